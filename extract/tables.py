"""Records → the contract's CSV tables, written atomically."""

from __future__ import annotations

import csv
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


def _sort_value(v):
    # Numbers before strings: pandas would refuse to compare the two, so they never meet
    # in practice; the key only has to be total.
    return (0, v) if isinstance(v, (int, float)) and not isinstance(v, bool) else (1, "" if v is None else str(v))


def _cell(v) -> str:
    return "" if v is None or (isinstance(v, float) and v != v) else str(v)


class TableWriter:
    """Writes the six tables row by row, one article at a time, in the order and the bytes
    that :func:`write_tables` gives for the whole set: articles must come in ``article_id``
    order; each one's rows are sorted here. Memory holds one article, never a table."""

    def __init__(self, out: Path):
        self.files = {t: (out / f"{t}.csv").open("w", encoding="utf-8", newline="") for t in COLUMNS}
        self.writers = {t: csv.writer(f, lineterminator="\n") for t, f in self.files.items()}
        for t, w in self.writers.items():
            w.writerow(COLUMNS[t])

    def add(self, article: dict, rows: dict[str, list[dict]]) -> None:
        """Write one article's row and its rows of every other table."""
        self._write("articles", [article])
        for t in COLUMNS:
            if t != "articles":
                keys = _SORT[t][1:]
                self._write(t, sorted(rows.get(t, []), key=lambda r: tuple(_sort_value(r.get(k, "")) for k in keys)))

    def _write(self, table: str, rows: list[dict]) -> None:
        cols = COLUMNS[table]
        for r in rows:
            cells = [_cell(r.get(c, "")) for c in cols]
            safe = [v if c in NUMERIC else spreadsheet_safe(v) for c, v in zip(cols, cells, strict=True)]
            self.writers[table].writerow(safe)

    def close(self) -> None:
        for f in self.files.values():
            f.close()
