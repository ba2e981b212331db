"""Whole-text regex searches tried only where a match can start.

A pattern that opens with one of a few words (`peringkat`, `sebagai` …) can only match where
one of them is written; finding those places with ``str.find`` and trying the regex there
costs a fraction of letting the regex engine try every position of a long article.
"""

from __future__ import annotations


def first_words(phrases) -> list[str]:
    """The case-folded first words of ``phrases``: a match of any of them starts with one."""
    return sorted({str(p).split()[0].casefold() for p in phrases if str(p).split()})


def finditer_at(rx, text: str, words: list[str], start: int = 0, end: int | None = None):
    """``rx.finditer(text, start, end)`` for a pattern every match of which starts with one
    of ``words`` (case-insensitively): the same matches, tried only where a word starts."""
    end = len(text) if end is None else end
    low = text.casefold()
    if len(low) != len(text):
        # Case folding changed the length (`ß` → `ss`): offsets would not line up.
        yield from rx.finditer(text, start, end)
        return
    at = set()
    for w in words:
        i = low.find(w, start, end)
        while i >= 0:
            at.add(i)
            i = low.find(w, i + 1, end)
    last = start
    for i in sorted(at):
        if i < last:
            continue
        m = rx.match(text, i, end)
        if m:
            last = m.end()
            yield m
