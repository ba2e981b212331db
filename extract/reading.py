"""Read article files (.txt, .html/.htm, .jsonl) into :class:`Article` objects.

A file that cannot be read becomes an Article with ``error`` set, never an exception:
one bad article must not stop a run.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import regex

SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
# cp1252 covers the Windows-saved pages that still circulate; latin-1 never fails, so it
# is the last resort after a check that the text is not binary.
_ENCODINGS = ("utf-8-sig", "cp1252", "latin-1")
_SPACES = regex.compile(r"[\u00a0\u2007\u202f\u2000-\u200a\u3000]")
_ZERO_WIDTH = regex.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_LETTER = regex.compile(r"\p{L}")


@dataclass
class Article:
    """One input article: raw text plus what the container told us about it."""

    article_id: str
    source: str
    text: str = ""
    title: str = ""
    published: str = ""
    url: str = ""
    error: str = ""


def normalize_spaces(text: str) -> str:
    """Unify line ends, turn exotic spaces into spaces and drop zero-width characters.

    >>> normalize_spaces("a\\u00a0b\\u200bc\\r\\n")
    'a bc\\n'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _ZERO_WIDTH.sub("", _SPACES.sub(" ", text))


def decode(data: bytes) -> str:
    """Decode bytes as UTF-8, falling back to legacy encodings; refuse binary data."""
    if not data.strip():
        raise ValueError("empty file")
    if b"\x00" in data[:4096]:
        raise ValueError("binary file (NUL bytes), not text")
    for enc in _ENCODINGS:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        controls = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\n\r\t\f")
        if controls > max(8, len(text[:4096]) // 50):
            raise ValueError("binary file (control characters), not text")
        return text
    raise ValueError("cannot decode text")  # pragma: no cover - latin-1 always decodes


def _html_to_article(html: str, article_id: str, source: str) -> Article:
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    if doc is None:
        raise ValueError("no article text found in HTML")
    get = doc.get if isinstance(doc, dict) else lambda k: getattr(doc, k, None)
    text = get("text") or ""
    title = get("title") or ""
    date = get("date") or ""
    # trafilatura leaves the headline out of the main text; offsets refer to our clean
    # text, so the headline is put back as its first line.
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    return Article(article_id, source, text=text, title=title, published=date or "")


def _check_text(art: Article) -> Article:
    art.text = normalize_spaces(art.text)
    if not art.error and not _LETTER.search(art.text):
        art.error = "no text: the file holds no letters"
    return art


def read_file(path: Path) -> Iterator[Article]:
    """Yield the articles of one file (one for .txt/.html, one per line for .jsonl)."""
    source = path.name
    stem = path.stem
    try:
        data = path.read_bytes()
        text = decode(data)
    except (OSError, ValueError) as exc:
        yield Article(stem, source, error=f"unreadable: {exc}")
        return
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from _read_jsonl(text, stem, source)
        return
    if suffix in (".html", ".htm"):
        try:
            yield _check_text(_html_to_article(text, stem, source))
        except Exception as exc:  # noqa: BLE001 - any parser failure is this article's error
            yield Article(stem, source, error=f"HTML not readable: {exc}")
        return
    yield _check_text(Article(stem, source, text=text))


def _read_jsonl(text: str, stem: str, source: str) -> Iterator[Article]:
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        aid = f"{stem}-{n}"
        try:
            rec = json.loads(line)
            if not isinstance(rec, dict):
                raise ValueError("line is not a JSON object")
        except ValueError as exc:
            yield Article(aid, f"{source}:{n}", error=f"bad JSON on line {n}: {exc}")
            continue
        aid = str(rec.get("id") or aid)
        src = f"{source}:{n}"
        try:
            if rec.get("text"):
                art = Article(aid, src, text=str(rec["text"]))
            elif rec.get("html"):
                art = _html_to_article(str(rec["html"]), aid, src)
            else:
                raise ValueError("neither 'text' nor 'html' given")
        except Exception as exc:  # noqa: BLE001
            yield Article(aid, src, error=f"line {n}: {exc}")
            continue
        art.title = str(rec.get("title") or art.title)
        art.published = str(rec.get("published") or art.published)
        art.url = str(rec.get("url") or "")
        yield _check_text(art)


def read_dir(folder: Path) -> Iterator[Article]:
    """Yield every article under ``folder`` in file-name order."""
    for path in sorted(p for p in Path(folder).iterdir() if p.is_file()):
        if path.suffix.lower() in SUFFIXES:
            yield from read_file(path)
