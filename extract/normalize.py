"""Small pure normalisers shared by the extractors (numbers, names, keys, sentences)."""

from __future__ import annotations

import regex

_ABBREV_BEFORE_DOT = regex.compile(
    r"(?:\b(?:[A-Z]|Jl|Jln|No|Dr|Ir|Prof|Drs|Dra|Hj|H|St|Inc|Tbk|Co|dkk|dll|dsb|Bpk|Sdr|Kab|Prov|Kec|Kel|Rp|M|S|Plt|Plh|Pj|dr|drg|Ny|Tn|Sdri|Yth|KH|Bapak|Ibu)\.)$"
)
# A sentence also ends at a dot glued to the next sentence (`Stars 4.Kepala Dinas`), which
# scraped pages produce often; `Citiasia.Inc` and initials are not such ends.
_SENT_END = regex.compile(
    # `H Ramli. MS; Bupati …`: a short capitalised abbreviation followed by `;`
    # continues the list after a stray dot.
    r"[.!?…]+[\"”’)]*(?=\s+[\"“‘(]?[\p{Lu}\d])(?!\s+\p{Lu}{2,4};)|\n"
    r"|(?<=[\p{Ll}\d]|[\p{Ll}\d]\))[.!?](?=[“\"]?\p{Lu}\p{Ll}{2,})(?!Inc|Tbk|Co\b|Ltd)"
)
_KEY = regex.compile(r"[^\p{L}\p{N}]+")


def parse_number(text: str) -> float:
    """Read an Indonesian number: comma decimals, dot thousands.

    >>> parse_number("89,7"), parse_number("1.000"), parse_number("1.234,5"), parse_number("6")
    (89.7, 1000.0, 1234.5, 6.0)
    >>> parse_number("12.5")
    12.5
    """
    t = text.strip()
    if "," in t:
        return float(t.replace(".", "").replace(",", "."))
    if regex.fullmatch(r"\d{1,3}(?:\.\d{3})+", t):
        return float(t.replace(".", ""))
    return float(t)


def key(text: str) -> str:
    """Comparison key: case, punctuation and spacing ignored.

    >>> key("Anna Mu’awanah") == key("anna muawanah")
    True
    """
    return _KEY.sub("", text.casefold())


def sentences(text: str) -> list[tuple[int, int]]:
    """Split clean text into sentence spans ``(start, end)``; newlines always split.

    >>> t = "Kata Dr. Eko. Lalu pergi.\\nBaris dua"
    >>> [t[s:e] for s, e in sentences(t)]
    ['Kata Dr. Eko.', 'Lalu pergi.', 'Baris dua']
    """
    out = []
    start = 0
    for m in _SENT_END.finditer(text):
        end = m.end()
        if m.group(0) != "\n" and _ABBREV_BEFORE_DOT.search(text[max(0, m.start() - 6) : m.start() + 1]):
            continue
        seg = text[start:end]
        if seg.strip():
            ls = len(seg) - len(seg.lstrip())
            out.append((start + ls, start + len(seg.rstrip())))
        start = end
    seg = text[start:]
    if seg.strip():
        ls = len(seg) - len(seg.lstrip())
        out.append((start + ls, start + len(seg.rstrip())))
    return out


def title_case(text: str) -> str:
    """Title-case a word written in capitals (``PEKALONGAN`` → ``Pekalongan``).

    >>> title_case("TANGERANG SELATAN"), title_case("Tangerang")
    ('Tangerang Selatan', 'Tangerang')
    """
    return text.title() if text.isupper() else text
