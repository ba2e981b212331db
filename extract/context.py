"""Per-article context shared by the extractors: clean text, sentences and clauses, the typed
spans of the span layer, and the cue words of ``patterns/vocabulary.yaml``."""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass, field

import regex

from .frames import token_starts, tokens_between
from .normalize import text_of
from .patterns import Patterns
from .regions import Mention
from .scan import Prefiltered
from .spans import Item

_WORDS = regex.compile(r"[\p{L}]+")
_AFTER_COMMA = regex.compile(r"[,;]\s*")
_COMMA_SPACE = regex.compile(r",\s+")
_LIST_ITEM = regex.compile(r"(?:\d{1,2}[.)]|[•*·▪►–-])\s")


class Cues:
    """The cue-word lists of ``patterns/vocabulary.yaml`` as compiled regexes."""

    def __init__(self, pats: Patterns):
        voc = pats["vocabulary.yaml"]
        self._pre: dict[str, Prefiltered] = {}
        for name, items in voc.items():
            alt = "|".join(sorted(items, key=len, reverse=True))
            setattr(self, name, regex.compile(rf"(?<![\p{{L}}])(?:{alt})(?![\p{{L}}])", regex.I))
            self._pre[name] = Prefiltered(getattr(self, name), items)
            # The same cue anchored at the end of a left context ("… diserahkan oleh ").
            setattr(self, name + "_end", regex.compile(rf"(?<![\p{{L}}])(?:{alt})\s*$", regex.I))
        self.venue_heads_list = list(voc["venue_heads"])
        self._award_text: str | None = None
        self._award_spans: list[tuple[int, int]] = []

    def search(self, name: str, text: str, start: int = 0, end: int | None = None):
        """The first cue of list ``name`` in ``text[start:end]``; a list of plain words is
        tried only where one of its first words is written."""
        return self._pre[name].search(text, start, end)

    def finditer(self, name: str, text: str, start: int = 0, end: int | None = None):
        """Every cue of list ``name`` in ``text[start:end]``."""
        return self._pre[name].finditer(text, start, end)

    def award_word_spans(self, text: str) -> list[tuple[int, int]]:
        """Where the award words stand in ``text``: found once per article text, since the
        span layer, the awards and the context all ask."""
        if text is not self._award_text:
            self._award_spans = [m.span() for m in self.finditer("award_words", text)]
            self._award_text = text
        return self._award_spans


@functools.lru_cache(maxsize=8192)
def is_headline(line: str) -> bool:
    """Headlines capitalise (nearly) every word and end without a full stop, so names cannot
    be told from verbs there.

    >>> is_headline("Kota Batu Raih Penghargaan Swasti Saba Wiwerda"), is_headline("Kota Batu meraih penghargaan.")
    (True, False)
    """
    line = line.strip()
    words = _WORDS.findall(line)
    # `1. Rudi Hartono, Wali Kota Batu`: a numbered or bulleted line is an item of a list.
    if len(words) < 4 or line.endswith((".", "”", '"')) or _LIST_ITEM.match(line):
        return False
    return sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def headline_at(text: str, pos: int) -> bool:
    """The line of ``text`` that holds ``pos`` is a headline (each line checked once)."""
    ls = text.rfind("\n", 0, pos) + 1
    le = text.find("\n", pos)
    return is_headline(text[ls : le if le >= 0 else len(text)])


@dataclass
class Doc:
    """One article while it is being extracted."""

    article_id: str
    text: str
    sents: list[tuple[int, int]] = field(default_factory=list)
    clauses: list[tuple[int, int]] = field(default_factory=list)
    spans: dict[str, list[Item]] = field(default_factory=dict)
    dateline: tuple[int, int] = (0, 0)  # offsets of `KOTA, OUTLET –` before the body
    header: tuple = ("", "", -1, (0, 0))  # (outlet, place, line index, dateline offsets)
    award_article: bool = False
    typed: dict[str, str] = field(default_factory=dict)
    tokens: object = None
    gap_words: frozenset[str] = frozenset()
    _starts: list[int] = field(default_factory=list)
    _clause_starts: list[int] = field(default_factory=list)
    _word_starts: list[int] = field(default_factory=list)
    _award_sents: set[int] = field(default_factory=set)
    _targets: list[Item] | None = None
    _target_starts: list[int] | None = None
    _regions: list[Mention] | None = None
    _sorted: dict = field(default_factory=dict)
    memo: dict = field(default_factory=dict)  # per-article results an extractor keeps for reuse

    @classmethod
    def build(
        cls, article_id: str, tokens, spans: dict[str, list[Item]], cues: Cues, clause_breaks, gap_words, sents
    ) -> Doc:
        """Sentences, clauses and typed spans of one tokenized article; ``sents`` are its
        sentence spans (:class:`~extract.normalize.SentenceSplitter`)."""
        text = text_of(tokens)
        d = cls(article_id, text, tokens=tokens, spans=spans, gap_words=frozenset(gap_words))
        d.sents = sents
        d._starts = [s for s, _ in d.sents]
        d.clauses = _clauses(text, d.sents, clause_breaks)
        d._clause_starts = [s for s, _ in d.clauses]
        d._word_starts = token_starts(tokens)
        awards = [a.start for a in spans.get("AWARD", [])]
        words = [s for s, _ in cues.award_word_spans(text)]
        d.award_article = bool(awards) or bool(words)
        for pos in [*awards, *words]:
            d._award_sents.add(d.sentence_index(pos))
        d.typed = d.region_types()
        return d

    # -- spans ----------------------------------------------------------------------------
    def items(self, label: str) -> list[Item]:
        """The typed spans of one label, in text order."""
        return self.spans.get(label, [])

    def _by_start(self, label: str) -> tuple[list[int], list[Item]]:
        """The spans of ``label`` sorted by start, with their starts (built once per label):
        every range query is a bisection, so a long article costs no quadratic scan."""
        got = self._sorted.get(label)
        if got is None:
            items = sorted(self.items(label), key=lambda i: (i.start, -i.end))
            got = self._sorted[label] = ([i.start for i in items], items)
        return got

    def items_in(self, label: str, start: int, end: int) -> list[Item]:
        """The spans of ``label`` that lie within ``[start, end)``."""
        starts, items = self._by_start(label)
        out = []
        for k in range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)):
            if items[k].end <= end:
                out.append(items[k])
        return out

    def starting_in(self, label: str, start: int, end: int) -> list[Item]:
        """The spans of ``label`` that start within ``[start, end)``."""
        starts, items = self._by_start(label)
        return items[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]

    def add(self, label: str, items: list[Item]) -> None:
        """Add spans a later stage recognised (PERSON from the officials extractor)."""
        self.spans[label] = sorted([*self.items(label), *items], key=lambda i: (i.start, -i.end))
        self._targets = None
        self._sorted.pop(label, None)
        self._regions = None

    def targets_in(self, start: int, end: int) -> list[Item]:
        """The targets that lie within ``[start, end)``."""
        ts = self.targets
        if self._target_starts is None:
            self._target_starts = [t.start for t in ts]
        out = []
        for k in range(bisect.bisect_left(self._target_starts, start), bisect.bisect_left(self._target_starts, end)):
            if ts[k].end <= end:
                out.append(ts[k])
        return out

    @property
    def targets(self) -> list[Item]:
        """The spans a relation can take as its argument: persons, organisations and regions,
        outermost only (`Bupati Batang X` is one person, not a person and a region)."""
        if self._targets is None:
            cands = sorted(
                [*self.items("PERSON"), *self.items("ORG"), *self.items("REGION")], key=lambda i: (i.start, -i.end)
            )
            out: list[Item] = []
            for it in cands:
                if out and it.start < out[-1].end:
                    continue
                out.append(it)
            self._targets = out
            self._target_starts = None
        return self._targets

    @property
    def regions(self) -> list[Mention]:
        """Every region mention, in text order."""
        if self._regions is None:
            self._regions = [i.data for i in self.items("REGION")]
        return self._regions

    def regions_in(self, start: int, end: int) -> list[Mention]:
        return [i.data for i in self.items_in("REGION", start, end)]

    def regions_starting_in(self, start: int, end: int) -> list[Mention]:
        """The region mentions that start within ``[start, end)``."""
        return [i.data for i in self.starting_in("REGION", start, end)]

    def region_types(self) -> dict[str, str]:
        """Bare name → kind, from the typed mentions in this article (`Pemkab Batang`)."""
        out: dict[str, str] = {}
        for m in self.regions:
            if m.type and m.candidates:
                out.setdefault(m.candidates[0].name, m.type)
        return out

    # -- sentences and clauses --------------------------------------------------------------
    def sentence_of(self, pos: int) -> tuple[int, int]:
        """The sentence span holding character ``pos``."""
        i = bisect.bisect_right(self._starts, pos) - 1
        return self.sents[max(i, 0)] if self.sents else (0, len(self.text))

    def sentence_index(self, pos: int) -> int:
        return max(bisect.bisect_right(self._starts, pos) - 1, 0)

    def next_sentence(self, pos: int) -> tuple[int, int] | None:
        """The sentence that starts at or after ``pos``."""
        i = bisect.bisect_left(self._starts, pos)
        return self.sents[i] if i < len(self.sents) else None

    def sentence_starts_in(self, start: int, end: int) -> list[int]:
        """Where the sentences that start within ``[start, end)`` start."""
        i = bisect.bisect_left(self._starts, start)
        j = bisect.bisect_left(self._starts, end)
        return self._starts[i:j]

    def clause_of(self, pos: int) -> tuple[int, int]:
        """The clause holding ``pos``: a sentence, cut before `sedangkan`, `sementara` …"""
        i = bisect.bisect_right(self._clause_starts, pos) - 1
        return self.clauses[max(i, 0)] if self.clauses else (0, len(self.text))

    def about_award(self, pos: int) -> bool:
        """The sentence holding ``pos`` names an award (an award word or programme)."""
        return self.sentence_index(pos) in self._award_sents

    def tokens_between(self, a: int, b: int) -> int:
        """Word tokens that start in ``[a, b)``."""
        return tokens_between(self._word_starts, a, b)

    def headline(self, pos: int) -> bool:
        """The line holding ``pos`` is a headline."""
        return headline_at(self.text, pos)


def _clauses(text: str, sents, clause_breaks) -> list[tuple[int, int]]:
    """Sentences cut before a clause-break word that follows a comma or semicolon
    (`kategori A diraih X, sedangkan kategori B diraih Y`)."""
    out = []
    for s, e in sents:
        start = s
        if is_headline(text[s:e]):
            # `Sleman Borong Penghargaan, RSUD Sleman Raih WBBM`: a headline's commas part
            # its clauses.
            for m in _COMMA_SPACE.finditer(text[s:e]):
                out.append((start, s + m.start()))
                start = s + m.end()
            out.append((start, e))
            continue
        if "," not in text[s:e] and ";" not in text[s:e]:
            out.append((start, e))  # a break follows a comma or semicolon
            continue
        # A break word is looked for only where one may stand: after a comma or semicolon.
        for m in _AFTER_COMMA.finditer(text, s, e):
            p = m.end()
            if p > start and clause_breaks.match(text, p, e):
                out.append((start, p))
                start = p
        out.append((start, e))
    return out
