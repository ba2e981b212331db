"""Article metadata from the clean text: title, outlet, dateline, published, credits."""

from __future__ import annotations

import regex

from .dates import DateSpan
from .normalize import title_case
from .regions import Gazetteer

_DOMAIN = regex.compile(r"^[\w.-]+\.(?:com|co\.id|co|id|net|org|news|tv|web\.id|or\.id|go\.id)$", regex.I)
# `KETIK, PEKALONGAN – `, `Bojonegoro: `, `BANDUNG, TRIBUN-JABAR.ID - ` (a hyphen inside a
# name is no separator), `Jakarta (ANTARA) - `.
_DATELINE = regex.compile(
    r"^(?P<a>[^\n,–—:|]{2,40}?)(?:,\s*(?P<b>[^\n,–—:|]{2,40}?))?\s*"
    r"(?:(?P<sep>(?<=\s)[–—-]{1,2}|[–—]|:)\s+|(?P<sep2>--)\s*)(?P<rest>\S.*)"
)
_PAREN_OUTLET = regex.compile(r"^(?P<place>\p{Lu}[\p{L} .]{1,30}?)\s*\((?P<o>[\w.-]{2,30})\)\s*[–—-]{1,2}\s+\S")
_CAMEL_OUTLET = regex.compile(r"^[a-z]+[A-Z][\w.]+$")
_DOMAIN_COMMA = regex.compile(r"^(?P<o>[\w.-]+\.\w{2,})\s*,\s*(?P<rest>.+)")
_TRAILING_CREDIT = regex.compile(r"\((?P<o>[^(),/]{2,30}),\s*[^()]*?/[^()]*\)\s*$")
_NOT_TITLE = regex.compile(r"(?i)(?:oleh|foto|sumber)\b")
_CLOCK_OR_DATE = regex.compile(r"\d{1,2}[:/]\d")
_CREDIT = regex.compile(
    r"(?P<k>Penulis|Reporter|Laporan|Pewarta|Wartawan|Editor|Penyunting|Redaktur)\s*(?:[|:]\s*)+"
    r"(?P<v>[^|\n:]+?)\s*(?=\||$|\n)",
    regex.I | regex.M,
)
_HEADER_FILLER = regex.compile(
    r"(?i)^(?:tanggal|diterbitkan|dipublikasikan|diperbarui|published|posted|update[d]?|terbit|pukul|jam"
    r"|wib|wita|wit|[\s,|:\-–—]"
    # a credit or the outlet's name may share the line: `Oleh Ahmad | 27 Februari 2023`
    r"|(?:oleh|by|penulis|reporter)\s*:?\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3}"
    r"|[\w-]+\.(?:com|co\.id|id|net|co)\b)*$"
)


def _looks_outlet(part: str) -> bool:
    return bool(_DOMAIN.match(part.strip())) or (part.isupper() and len(part.split()) <= 2)


def dateline(text: str, gaz: Gazetteer) -> tuple[str, str, int]:
    """(outlet, place, line index) from the first line shaped like a dateline."""
    outlet, place, line, _ = dateline_span(text, gaz)
    return outlet, place, line


def dateline_span(text: str, gaz: Gazetteer) -> tuple[str, str, int, tuple[int, int]]:
    """(outlet, place, line index, (start, end)): the offsets in ``text`` of the dateline
    itself, before the article proper starts ((0, 0) when there is none)."""
    pos = 0
    for i, raw in enumerate(text.split("\n")[:40]):
        base = pos + len(raw) - len(raw.lstrip())
        pos += len(raw) + 1
        got = _read_dateline(raw.strip(), gaz)
        if got is not None:
            outlet, place, end = got
            return outlet, place, i, (base, base + end)
    return "", "", -1, (0, 0)


def _read_dateline(line: str, gaz: Gazetteer) -> tuple[str, str, int] | None:
    """(outlet, place, end of the dateline in ``line``) when ``line`` opens with one."""
    p = _PAREN_OUTLET.match(line)
    if p:
        return p["o"], title_case(p["place"].strip()), p.end() - 1
    m = _DATELINE.match(line)
    if m:
        a, b = m["a"].strip(" ()"), (m["b"] or "").strip(" ()")
        end = m.start("rest")
        if b:
            if _DOMAIN.match(b) and not _DOMAIN.match(a):
                return b, title_case(a), end
            a_place = gaz.lookup(title_case(a)) is not None
            b_place = gaz.lookup(title_case(b)) is not None
            if a_place and not b_place and not _DOMAIN.match(a):
                return b, title_case(a), end  # `Jakarta, CNBC Indonesia -`
            if _looks_outlet(b) and not _looks_outlet(a):
                return b, title_case(a), end
            if _looks_outlet(a) or a.isupper():
                return a, title_case(b), end
        else:
            if _DOMAIN.match(a) or _CAMEL_OUTLET.match(a):
                return a, "", end
            if _DOMAIN.match(m["rest"].strip()):
                return m["rest"].strip(), title_case(a), len(line)  # `TANGERANG – malangpagi.com`
            is_place = gaz.lookup(title_case(a)) is not None
            if a.isupper() and len(a.split()) <= 3 and m["sep"] != ":":
                return ("", title_case(a), end) if is_place or len(a.split()) <= 2 else (a, "", end)
            if is_place and len(a.split()) <= 3:
                return "", title_case(a), end
    # `Liputan6.com, Tangerang Smart city …`: a domain, a comma and a known place.
    m = _DOMAIN_COMMA.match(line)
    if m and _DOMAIN.match(m["o"]):
        words = m["rest"].split()
        for k in range(min(3, len(words)), 0, -1):
            place = " ".join(words[:k])
            if gaz.lookup(place) is not None:
                return m["o"], place, m.start("rest") + len(place)
        return m["o"], "", m.start("rest")
    return None


def is_credit_line(line: str) -> bool:
    """``line`` is a credit (`Penulis: X`, `Editor: Y`), not a list of winners."""
    return bool(_CREDIT.match(line.strip()))


def credits(text: str) -> tuple[str, str]:
    """(author, editor) from credit lines like `Penulis: X | Editor: Y`."""
    author = editor = ""
    for m in _CREDIT.finditer(text):
        v = m["v"].strip(" .|")
        if not v or len(v.split()) > 5:
            continue
        if m["k"].casefold() in ("editor", "penyunting", "redaktur"):
            editor = editor or v
        else:
            author = author or v
    return author, editor


def trailing_outlet(text: str) -> str:
    """Outlet from a closing credit such as `(MC Batang, Jateng/Edo/Jumadi)`."""
    m = _TRAILING_CREDIT.search(text.strip())
    return m["o"].strip() if m else ""


def title(text: str) -> str:
    """The headline: the first line of four words or more that is no sentence or date."""
    for line in text.split("\n")[:8]:
        s = line.strip()
        if _CREDIT.match(s) or _NOT_TITLE.match(s):
            continue
        if len(s.split()) >= 4 and not s.endswith(".") and not _CLOCK_OR_DATE.search(s):
            return s
    return ""


def published(text: str, spans: list[DateSpan], header_end: int) -> DateSpan | None:
    """The publication date: a date that stands on a line of its own in the header, or a
    repost stamp (`Tanggal : 19 April 2024`)."""
    for s in spans:
        if s.start > header_end:
            break
        ls = text.rfind("\n", 0, s.start) + 1
        le = text.find("\n", s.end)
        le = len(text) if le < 0 else le
        rest = text[ls : s.start] + text[s.end : le]
        others = [o for o in spans if ls <= o.start < le and o is not s]
        for o in others:
            rest = rest.replace(o.text, " ")
        if _HEADER_FILLER.match(rest):
            return s
    return None
