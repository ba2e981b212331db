"""Whole-text regex searches tried only where a match can start.

A pattern that opens with one of a few words (`peringkat`, `sebagai` …) can only match where
one of them is written; finding those places with ``str.find`` and trying the regex there
costs a fraction of letting the regex engine try every position of a long article.
"""

from __future__ import annotations

import regex

_REGEX_SIGNS = regex.compile(r"[\\.^$*+?{}\[\]|()]")


def literal(words) -> bool:
    """Every entry of a pattern list is a plain word or phrase, no regular expression: only
    then can ``str.find`` stand in for the regex."""
    return not any(_REGEX_SIGNS.search(str(w)) for w in words)


def positions(text: str, words, start: int = 0, end: int | None = None) -> set[int]:
    """Every offset where one of ``words`` stands in ``text[start:end]`` (overlaps included).
    One loop of ``str.find`` per word: a generator per word costs more than the finds."""
    end = len(text) if end is None else end
    at: set[int] = set()
    find = text.find
    for w in words:
        i = find(w, start, end)
        while i >= 0:
            at.add(i)
            i = find(w, i + 1, end)
    return at


def first_words(phrases) -> list[str]:
    """The case-folded first words of ``phrases``: a match of any of them starts with one.
    A word that another one opens is left out (`rank` finds every `ranking`)."""
    words = sorted({str(p).split()[0].casefold() for p in phrases if str(p).split()})
    return [w for w in words if not any(w != o and w.startswith(o) for o in words)]


_FOLDED: tuple[str, str] = ("", "")


def folded(text: str) -> str:
    """``text.casefold()``, kept for the last text asked: the stages of one article ask for
    the same text several times. One tuple is swapped whole, so threads never see a text
    with another's fold."""
    global _FOLDED
    last = _FOLDED
    if last[0] is text:
        return last[1]
    low = text.casefold()
    _FOLDED = (text, low)
    return low


def finditer_at(rx, text: str, words: list[str], start: int = 0, end: int | None = None):
    """``rx.finditer(text, start, end)`` for a pattern every match of which starts with one
    of ``words`` (case-insensitively): the same matches, tried only where a word starts."""
    end = len(text) if end is None else end
    low = folded(text)
    if len(low) != len(text):
        # Case folding changed the length (`ß` → `ss`): offsets would not line up.
        yield from rx.finditer(text, start, end)
        return
    at = positions(low, words, start, end)
    last = start
    for i in sorted(at):
        if i < last:
            continue
        m = rx.match(text, i, end)
        if m:
            last = m.end()
            yield m


class Prefiltered:
    """A regex built from a list of phrases, whose every match opens with a phrase's first
    word: searched only where one of those words is written when the phrases are plain
    words, else as the regex itself."""

    def __init__(self, rx, phrases):
        self.rx = rx
        phrases = [str(p) for p in phrases]
        self.firsts = first_words(phrases) if literal(phrases) else None

    def finditer(self, text: str, start: int = 0, end: int | None = None):
        """``rx.finditer(text, start, end)``."""
        end = len(text) if end is None else end
        if self.firsts is None:
            return self.rx.finditer(text, start, end)
        return finditer_at(self.rx, text, self.firsts, start, end)

    def search(self, text: str, start: int = 0, end: int | None = None):
        """``rx.search(text, start, end)``: the first match that ``finditer`` yields."""
        return next(iter(self.finditer(text, start, end)), None)


class WordTable:
    """Replace whole-word occurrences of literal names (`Kemendagri`, `Diskominfo`) by their
    values: ``_word_alternation(names).sub(…)`` without the regex, which tries all of several
    hundred alternatives at every position. At each position that no letter precedes, the
    names opening with its two characters are tried, longest first, as the alternation does."""

    def __init__(self, table: dict[str, str]):
        self.table = table
        self._by_start: dict[str, list[str]] = {}
        for name in sorted(table, key=len, reverse=True):
            if name:
                self._by_start.setdefault(name[:2], []).append(name)
        self._one = [name for name in sorted(table) if len(name) == 1]  # tried after the longer ones

    def sub(self, text: str) -> str:
        """``text`` with each name standing as a whole word replaced, left to right."""
        out: list[str] = []
        last, n = 0, len(text)
        for i in range(n):
            if i < last or (i and text[i - 1].isalpha()):
                continue
            for name in [*self._by_start.get(text[i : i + 2], ()), *self._one]:
                j = i + len(name)
                if text.startswith(name, i) and (j == n or not text[j].isalpha()):
                    out.append(text[last:i])
                    out.append(self.table[name])
                    last = j
                    break
        if not out:
            return text
        out.append(text[last:])
        return "".join(out)


# The last character before ``pos`` that is neither a letter nor a space, found from the right.
_NOT_LETTER_OR_SPACE = regex.compile(r"[^\p{L}\s]", regex.REVERSE)


def letter_run_start(text: str, pos: int, floor: int = 0) -> int:
    """Where the run of letters and spaces that ends at ``pos`` starts (not before ``floor``).
    A pattern built of words and spaces up to ``pos`` cannot start before it."""
    m = _NOT_LETTER_OR_SPACE.search(text, floor, pos)
    return m.end() if m else floor


def finditer_before(rx, text: str, anchors, *, floor_at=lambda text, a: a[0], end_at=lambda text, a: a[1]):
    """``rx.finditer(text)`` for a pattern whose every match holds one of ``anchors`` (spans
    found cheaply, left to right) and cannot start before ``floor_at(text, anchor)`` or end
    after ``end_at(text, anchor)``: the regex is tried only in those windows."""
    last = 0
    for a in anchors:
        if a[0] < last:
            continue
        m = rx.search(text, max(last, floor_at(text, a)), end_at(text, a))
        if m:
            last = m.end()
            yield m
