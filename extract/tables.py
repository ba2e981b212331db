"""Records → the contract's CSV tables, written atomically."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pandas as pd

COLUMNS = {
    "articles": [
        "article_id",
        "source",
        "title",
        "outlet",
        "dateline",
        "published",
        "author",
        "editor",
        "chars",
        "status",
        "error",
    ],
    "awards": ["article_id", "award", "acronym", "edition", "organizer", "venue", "event_date", "start", "end", "text"],
    "winners": [
        "article_id",
        "award",
        "edition",
        "recipient",
        "recipient_type",
        "region_code",
        "category",
        "rank",
        "start",
        "end",
        "text",
    ],
    "officials": ["article_id", "name", "honorific", "position", "organization", "role", "start", "end", "text"],
    "dates": ["article_id", "date", "time", "granularity", "start", "end", "text"],
    "percentages": ["article_id", "value", "subject", "region", "year", "start", "end", "text"],
}
_SORT = {
    "articles": ["article_id"],
    "awards": ["article_id", "start", "end", "award", "edition"],
    "winners": ["article_id", "start", "end", "recipient", "category"],
    "officials": ["article_id", "start", "end", "name"],
    "dates": ["article_id", "start", "end"],
    "percentages": ["article_id", "start", "end"],
}


def frame(table: str, rows: list[dict]) -> pd.DataFrame:
    """Rows as a DataFrame with exactly the contract's columns, sorted, no NaN."""
    cols = COLUMNS[table]
    df = pd.DataFrame([{c: r.get(c, "") for c in cols} for r in rows], columns=cols)
    if not df.empty:
        df = df.sort_values(_SORT[table], kind="stable")
    return df.fillna("").astype(str)


def write_atomic(path: Path, content: str) -> None:
    """Write via a temporary file and rename, so no reader sees half a table."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(content)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_tables(out: Path, rows: dict[str, list[dict]]) -> None:
    """Write every table as ``<out>/<table>.csv``."""
    for table in COLUMNS:
        df = frame(table, rows.get(table, []))
        write_atomic(out / f"{table}.csv", df.to_csv(index=False, lineterminator="\n"))
