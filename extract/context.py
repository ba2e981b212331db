"""Per-article context shared by the extractors: clean text, sentences, cue words, regions."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

import regex

from .normalize import sentences
from .patterns import Patterns
from .regions import Gazetteer, Mention


class Cues:
    """The cue-word lists of ``patterns/vocabulary.yaml`` as compiled regexes."""

    def __init__(self, pats: Patterns):
        voc = pats["vocabulary.yaml"]
        for name, items in voc.items():
            alt = "|".join(sorted(items, key=len, reverse=True))
            setattr(self, name, regex.compile(rf"(?<![\p{{L}}])(?:{alt})(?![\p{{L}}])", regex.I))
            # The same cue anchored at the end of a left context ("… diserahkan oleh ").
            setattr(self, name + "_end", regex.compile(rf"(?<![\p{{L}}])(?:{alt})\s*$", regex.I))
        self.venue_heads_list = list(voc["venue_heads"])


@dataclass
class Doc:
    """One article while it is being extracted."""

    article_id: str
    text: str
    sents: list[tuple[int, int]] = field(default_factory=list)
    regions: list[Mention] = field(default_factory=list)
    dateline: tuple[int, int] = (0, 0)  # offsets of `KOTA, OUTLET –` before the body
    award_article: bool = False
    typed: dict[str, str] = field(default_factory=dict)
    tokens: object = None
    _starts: list[int] = field(default_factory=list)

    @classmethod
    def build(cls, article_id: str, text: str, gaz: Gazetteer, cues: Cues, tokens=None) -> Doc:
        """Split into sentences and find region mentions once for all extractors."""
        d = cls(article_id, text)
        d.tokens = tokens
        d.sents = sentences(text)
        d._starts = [s for s, _ in d.sents]
        d.regions = gaz.mentions_in_tokens(tokens) if tokens is not None else gaz.mentions(text)
        d.award_article = bool(cues.award_words.search(text))
        d.typed = d.region_types()
        return d

    def sentence_of(self, pos: int) -> tuple[int, int]:
        """The sentence span holding character ``pos``."""
        i = bisect.bisect_right(self._starts, pos) - 1
        return self.sents[max(i, 0)] if self.sents else (0, len(self.text))

    def sentence_index(self, pos: int) -> int:
        return max(bisect.bisect_right(self._starts, pos) - 1, 0)

    def regions_in(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.regions if m.start >= start and m.end <= end]

    def region_types(self) -> dict[str, str]:
        """Bare name → kind, from the typed mentions in this article (`Pemkab Batang`)."""
        out: dict[str, str] = {}
        for m in self.regions:
            if m.type and m.candidates:
                out.setdefault(m.candidates[0].name, m.type)
        return out
