"""Read article files (.txt, .html/.htm, .jsonl) into :class:`Article` objects.

A file that cannot be read becomes an Article with ``error`` set, never an exception:
one bad article must not stop a run.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import regex

SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
# A byte-order mark decides the encoding; UTF-32 before UTF-16, whose LE mark it starts with.
_BOMS = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe", "utf-16-le"),
)
# Single-byte Latin code pages a detector cannot tell apart on Indonesian text (Latin script,
# few accents); the one Windows newsroom exports use wins the tie.
_LATIN_TIE = "cp1252"
_SPACES = regex.compile(r"[\u00a0\u2007\u202f\u2000-\u200a\u3000]")
# Line and paragraph separators and NEL break lines like a newline does.
_LINE_BREAKS = regex.compile(r"\r\n|[\r\u2028\u2029\x85\x0b\x0c]")
# Invisible characters: zero-width, soft hyphen, bidi marks and embeddings, terminal
# escapes (ESC and the sequence it opens) and every other control character but tab/newline.
_INVISIBLE = regex.compile(
    r"\x1b\[[0-9;?]{0,32}[ -/]{0,4}[@-~]|\x1b\][^\x07\x1b]{0,256}(?:\x07|\x1b\\)?|\x1b[@-_]?"
    r"|[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u00ad\u061c]"
    r"|[\x00-\x08\x0e-\x1f\x7f\x80-\x84\x86-\x9f]"
)
_LETTER = regex.compile(r"\p{L}")
# Ids become file names (`clean/<id>.txt`): no separators, dots at the start, control or
# reserved characters, and at most this many UTF-8 bytes.
_ID_BAD = regex.compile(r"[\x00-\x1f\x7f/\\:*?\"<>|]|\.\.+")
MAX_ID_BYTES = 120


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
    encoding: str = ""
    warning: str = ""


def normalize_spaces(text: str) -> str:
    """Unify line ends, turn exotic spaces into spaces and drop invisible characters.

    >>> normalize_spaces("a\\u00a0b\\u200bc\\r\\nd\\u2028e\\x1b[31m!")
    'a bc\\nd\\ne!'
    """
    text = _LINE_BREAKS.sub("\n", text)
    return _INVISIBLE.sub("", _SPACES.sub(" ", text))


@dataclass
class Decoded:
    """Text decoded from bytes, the encoding used and what went wrong on the way."""

    text: str
    encoding: str
    warning: str = ""


# Control characters other than line breaks, tab, form feed and ESC (a terminal escape,
# removed in cleaning).
_CONTROLS = regex.compile(r"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")


def decode(data: bytes) -> Decoded:
    """Decode bytes: a byte-order mark first, then strict UTF-8, then UTF-8 with a few bad
    bytes replaced (with a warning), then charset-normalizer's guess; refuse binary data."""
    if not data.strip(b" \t\r\n\x00"):
        raise ValueError("empty file")
    got = _by_bom(data) or _as_utf8(data) or _detected(data)
    controls = len(_CONTROLS.findall(got.text, 0, 4096))
    # One stray control character is noise in a text; many are a binary file.
    if controls > max(1, len(got.text[:4096]) // 50):
        raise ValueError("binary file (control characters), not text")
    return got


def _by_bom(data: bytes) -> Decoded | None:
    for bom, enc in _BOMS:
        if data.startswith(bom):
            text = data[len(bom) :].decode(enc, errors="replace")
            bad = text.count("\ufffd")
            return Decoded(text, enc, f"{bad} undecodable byte(s) replaced" if bad else "")
    return None


def _as_utf8(data: bytes) -> Decoded | None:
    if _looks_wide(data):
        return None  # `K\x00o\x00t\x00a\x00` is valid UTF-8, but it is UTF-16 text
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ord(ch) > 127 and ch != "\ufffd")
    # `Caf\xe9` in a file whose other accents and quotes are UTF-8: a stray byte from a
    # copy-paste, not a file in another encoding.
    if good and bad <= max(2, good // 4):
        return Decoded(text, "utf-8", f"{bad} byte(s) not valid UTF-8 replaced by U+FFFD")
    return None


def _looks_wide(data: bytes) -> bool:
    """UTF-16/32 without a mark: NUL bytes in every other (or every fourth) place."""
    head = data[:4096]
    return head.count(0) > len(head) // 4


def _detected(data: bytes) -> Decoded:
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        if b"\x00" in data:
            raise ValueError("binary file (NUL bytes), not text")
        return Decoded(data.decode("latin-1"), "latin-1", "encoding not detected; read as latin-1")
    best = matches[0]
    # Code pages that decode these bytes to the same text are listed with the best guess.
    if _LATIN_TIE in best.could_be_from_charset:
        return Decoded(data.decode(_LATIN_TIE), _LATIN_TIE)
    return Decoded(str(best), best.encoding.replace("_", "-"))


def safe_id(raw: str) -> str:
    """``raw`` as a safe file name: no separators, `..`, control or reserved characters,
    at most ``MAX_ID_BYTES`` bytes (a long id keeps a hash of the whole so it stays unique).

    >>> safe_id("../../elsewhere/notes"), safe_id("a b"), safe_id("x\\x00y")
    ('elsewhere_notes', 'a b', 'x_y')
    """
    s = unicodedata.normalize("NFC", raw)
    s = _ID_BAD.sub("_", s).strip("._ ")
    if len(s.encode("utf-8")) > MAX_ID_BYTES:
        digest = hashlib.sha1(raw.encode("utf-8", "surrogatepass")).hexdigest()[:10]
        cut = s.encode("utf-8")[: MAX_ID_BYTES - 11].decode("utf-8", errors="ignore")
        s = f"{cut}-{digest}"
    return s or "article"


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
    stem = safe_id(path.stem)
    try:
        data = path.read_bytes()
        got = decode(data)
    except (OSError, ValueError) as exc:
        yield Article(stem, source, error=f"unreadable: {exc}")
        return
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        for art in _read_jsonl(got.text, stem, source):
            art.encoding = got.encoding
            art.warning = "; ".join(w for w in (got.warning, art.warning) if w)
            yield art
        return
    if suffix in (".html", ".htm"):
        try:
            art = _html_to_article(got.text, stem, source)
        except Exception as exc:  # noqa: BLE001 - any parser failure is this article's error
            art = Article(stem, source, error=f"HTML not readable: {exc}")
    else:
        art = Article(stem, source, text=got.text)
    art.encoding, art.warning = got.encoding, got.warning
    yield _check_text(art)


def _read_jsonl(text: str, stem: str, source: str) -> Iterator[Article]:
    for n, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        aid = f"{stem}-{n}"
        src = f"{source}:{n}"
        try:
            rec = json.loads(line)
            if not isinstance(rec, dict):
                raise ValueError("line is not a JSON object")
        except ValueError as exc:
            yield Article(aid, src, error=f"bad JSON on line {n}: {exc}")
            continue
        given = rec.get("id")
        if given not in (None, ""):
            aid = safe_id(str(given))
            if aid != str(given):
                src = f"{src} (id {str(given)!r})"
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
    """Yield every article under ``folder`` in file-name order, each id used once: a
    second `a` (`a.txt` and `a.html`, two JSONL records) becomes `a-2`, with a warning."""
    seen: dict[str, str] = {}
    for path in sorted(p for p in Path(folder).iterdir() if p.is_file()):
        if path.suffix.lower() not in SUFFIXES:
            continue
        for art in read_file(path):
            if art.article_id in seen:
                first, n = art.article_id, 2
                while f"{first}-{n}" in seen:
                    n += 1
                art.article_id = f"{first}-{n}"
                note = f"article id {first!r} already used by {seen[first]}; this one is {art.article_id!r}"
                art.warning = "; ".join(w for w in (art.warning, note) if w)
            seen[art.article_id] = art.source
            yield art
