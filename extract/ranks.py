"""Ranks: the one grammar of places in a ranking (`juara II`, `peringkat ke-3`, `urutan kedua`,
`runner up`), read from ``patterns/ranks.yaml``."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from .patterns import Patterns
from .scan import finditer_at, first_words


@dataclass(frozen=True)
class Rank:
    """A rank written in the text: its offsets and the place it names."""

    start: int
    end: int
    value: int | None  # None: the place after the last one named (`peringkat berikutnya`)
    labelled: bool  # written after a label (`juara 2`) rather than as a bare ordinal word


def _alt(words) -> str:
    return "|".join(r"\s+".join(regex.escape(w) for w in str(x).split()) for x in sorted(words, key=len, reverse=True))


class RankReader:
    """Compiled rank patterns for one pattern set."""

    def __init__(self, pats: Patterns):
        r = pats["ranks.yaml"]
        self.ordinals = {str(k).casefold(): int(v) for k, v in r["ordinals"].items()}
        self.roman = {str(k): int(v) for k, v in (r.get("roman") or {}).items()}
        self.fixed = {" ".join(str(k).casefold().split()): int(v) for k, v in (r.get("fixed") or {}).items()}
        self.first_place = regex.compile(
            rf"(?<![\p{{L}}])(?i:{_alt(r.get('first_place') or []) or '(?!)'})(?![\p{{L}}])"
        )
        nxt = _alt(r.get("next_words") or []) or "(?!)"
        ords = _alt(self.ordinals)
        roman = "|".join(sorted(self.roman, key=len, reverse=True)) or "(?!)"
        # The number after a label: `2`, `ke-3`, `ketiga`, `II` (Roman only in capitals).
        self.number = rf"(?:ke-?\s?)?(?:\d{{1,2}}(?!\d)|(?i:{ords})|(?-i:{roman}))(?![\p{{L}}\d])"
        self.rx = regex.compile(
            rf"(?<![\p{{L}}])(?:(?i:{_alt(r['labels'])})\s*(?:(?P<n>{self.number})|(?P<next>(?i:{nxt}))(?![\p{{L}}]))"
            rf"|(?P<fixed>(?i:{_alt(self.fixed) or '(?!)'}))(?![\p{{L}}])"
            rf"|(?P<ord>(?i:{ords}))(?![\p{{L}}]))"
            rf"(?!\s+(?i:{_alt(r.get('not_before') or []) or '(?!)'})(?![\p{{L}}]))"
        )
        self._ke = regex.compile(r"(?i)^ke-?\s?(?=\d)")
        # Every rank opens with the first word of a label, a fixed phrase or an ordinal: the
        # regex is tried only where one of them is written.
        firsts = [*r["labels"], *(r.get("fixed") or {}), *self.ordinals]
        self._firsts = first_words(firsts)

    def value(self, text: str) -> int | None:
        """The place a rank number names.

        >>> from extract.patterns import load
        >>> r = RankReader(load())
        >>> [r.value(x) for x in ("3", "ke-4", "ketiga", "II", "runner up", "juara")]
        [3, 4, 3, 2, 2, None]
        """
        t = self._ke.sub("", text.strip())
        if t.isdigit():
            return int(t)
        low = " ".join(t.casefold().split())
        return self.ordinals.get(low) or self.roman.get(t) or self.fixed.get(low)

    def _matches(self, text: str, start: int, end: int):
        """``self.rx.finditer(text, start, end)``, tried only where a rank's first word is."""
        return finditer_at(self.rx, text, self._firsts, start, end)

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Rank]:
        """Every rank written in ``text[start:end]``."""
        out = []
        for m in self._matches(text, start, len(text) if end is None else end):
            if m["next"]:
                out.append(Rank(m.start(), m.end(), None, True))
                continue
            if m["n"]:
                v = self.value(m["n"])
                labelled = True
            else:
                v = self.value(m.group(0))
                labelled = bool(m["fixed"])
            if v:
                out.append(Rank(m.start(), m.end(), v, labelled))
        return out
