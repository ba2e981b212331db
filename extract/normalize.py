"""Small pure normalisers shared by the extractors (numbers, names, keys, sentences)."""

from __future__ import annotations

import functools

import regex

from .patterns import alternation

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


@functools.lru_cache(maxsize=65536)
def key(text: str) -> str:
    """Comparison key: case, punctuation and spacing ignored.

    >>> key("Anna Mu’awanah") == key("anna muawanah")
    True
    """
    return _KEY.sub("", text.casefold())


class SentenceSplitter:
    """Splits clean text into sentences. A dot after one of ``abbreviations`` (honorifics.yaml
    `dotted_abbreviations`: `Jl`, `Kab`, `Dr` …, case-sensitive) or after a single capital
    letter (an initial) ends none."""

    def __init__(self, abbreviations):
        words = [str(w).rstrip(".") for w in abbreviations if str(w).rstrip(".")]
        # Asked only whether a dot closes an abbreviation: searched from the right.
        self._abbrev = regex.compile(rf"\b(?:[A-Z]|{alternation(words)})\.$", regex.REVERSE)
        self._reach = max([1, *(len(w) for w in words)])  # how far before a dot one can start

    def __call__(self, text: str) -> list[tuple[int, int]]:
        """Sentence spans ``(start, end)`` of ``text``; newlines always split.

        >>> t = "Kata Dr. Eko. Lalu pergi.\\nBaris dua"
        >>> [t[s:e] for s, e in SentenceSplitter(["Dr"])(t)]
        ['Kata Dr. Eko.', 'Lalu pergi.', 'Baris dua']
        """
        out = []
        start = 0
        for m in _SENT_END.finditer(text):
            end = m.end()
            if m.group(0) != "\n" and self._abbrev.search(text, max(0, m.start() - self._reach), m.start() + 1):
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


def text_of(doc) -> str:
    """The text of a spaCy doc made by the span layer: kept at tokenization, because
    ``Doc.text`` joins every token again on each read."""
    return doc.user_data.get("text") or doc.text
