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
        # added after the contract's columns: how the file was decoded, and what was repaired
        "encoding",
        "warning",
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


# Numbers are written as they are (`-1.61` stays a number); a text cell that a spreadsheet
# would read as a formula (`=HYPERLINK(…)`, `+…`, `-…`, `@…`) gets the usual leading `'`, and
# so does one that already starts with `'`, so that :func:`read_table` can undo it exactly.
NUMERIC = {"chars", "start", "end", "edition", "rank", "value", "year"}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "'")


def spreadsheet_safe(cell: str) -> str:
    """``cell`` as a spreadsheet shows it as text.

    >>> print(spreadsheet_safe('=HYPERLINK("http://x","Klik")'), spreadsheet_safe("Kota Batu"))
    '=HYPERLINK("http://x","Klik") Kota Batu
    """
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def frame(table: str, rows: list[dict]) -> pd.DataFrame:
    """Rows as a DataFrame with exactly the contract's columns, sorted, no NaN, text cells
    spreadsheet-safe."""
    cols = COLUMNS[table]
    df = pd.DataFrame([{c: r.get(c, "") for c in cols} for r in rows], columns=cols)
    if not df.empty:
        df = df.sort_values(_SORT[table], kind="stable")
    df = df.fillna("").astype(str)
    for c in cols:
        if c not in NUMERIC:
            df[c] = df[c].map(spreadsheet_safe)
    return df


def read_table(path: Path) -> pd.DataFrame:
    """A table as written by :func:`write_tables`, with the spreadsheet guard taken off
    again, so that ``clean[start:end] == text`` holds on what is read."""
    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    for c in df.columns:
        if c not in NUMERIC:
            df[c] = df[c].map(lambda v: v[1:] if v.startswith("'") else v)
    return df


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
