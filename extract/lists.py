"""List shapes from ``patterns/lists.yaml``: what may stand between the items of a list, what
opens one, what pairs items with prizes, what continues a ranking, what opens a clause."""

from __future__ import annotations

import regex

from .patterns import Patterns, alternation
from .scan import Prefiltered

_GAP_TOKEN = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’.-]*|[^\s\p{L}\p{N}]")
# `Bupati A, S.Sos., MMP; Bupati B`: academic degrees and the dots of abbreviations trail a
# name, between the items of a list of people.
_DEGREE = regex.compile(r"\.|\p{Lu}\.(?:\p{L}{1,4}\.?)+|\p{Lu}{2,4}\.?")


def phrase_rx(words) -> regex.Pattern:
    """Any of ``words`` (phrases: any spacing) as whole words, case-insensitively."""
    alt = "|".join(r"\s+".join(regex.escape(w) for w in str(x).split()) for x in sorted(words, key=len, reverse=True))
    return regex.compile(rf"(?<![\p{{L}}])(?:{alt})(?![\p{{L}}])", regex.I)


class ListShapes:
    """Compiled list-shape words for one pattern set."""

    def __init__(self, pats: Patterns):
        ls = pats["lists.yaml"]
        self.separators = {str(x) for x in ls["separators"]}
        self.joiners = {str(x).casefold() for x in ls["joiners"]}
        self.leads = phrase_rx(ls["leads"])
        # The phrases searched in every clause: tried only where their first word stands.
        self._leads = Prefiltered(self.leads, ls["leads"])
        self.co_leads = phrase_rx(ls["co_leads"])
        # `Keduanya yakni A dan B`: the group's word, then the lead.
        group, leads = alternation(ls.get("group_words") or []), alternation(ls["leads"])
        self.group_lead = regex.compile(rf"(?:(?:{group})\s+)?(?:{leads})(?![\p{{L}}])", regex.I)
        self.respectively = phrase_rx(ls["respectively"])
        self.sequence = phrase_rx(ls["sequence"])
        self._sequence = Prefiltered(self.sequence, ls["sequence"])
        self.clause_breaks = phrase_rx(ls["clause_breaks"])
        self.besides = phrase_rx(ls["besides"])
        self.heading_separators = [str(x) for x in ls["heading_separators"]]
        joiners = "|".join(regex.escape(j) for j in sorted(self.joiners, key=len, reverse=True))
        # Between the items of a list of prizes: `A kepada X, B Pemkab Y, dan C Pemkab Y`.
        self.item_split = regex.compile(rf"\s*[,;]\s*(?:(?:{joiners})\s+)?|\s+(?:{joiners})\s+", regex.I)
        handed = "|".join(regex.escape(str(w)) for w in ls["handed_to"])
        self.handed_to = regex.compile(rf"\s+(?:{handed})$", regex.I)
        self.numbering = regex.compile(rf"^\s*(?:{ls['numbering']})")
        # `A, B; C dan D`: a gap between two items holds separators and joiners only.
        self._gap_ok = self.separators | self.joiners | {"(", ")"}

    def is_separator_gap(self, gap: str, extra: set[str] | frozenset = frozenset()) -> bool:
        """``gap`` (the text between two items) only separates them.

        >>> from extract.patterns import load
        >>> ls = ListShapes(load())
        >>> [ls.is_separator_gap(g) for g in (", ", " dan ", ", dan ", "; ", " meraih ", "")]
        [True, True, True, True, False, False]
        """
        toks = _GAP_TOKEN.findall(gap)
        if not toks:
            return False
        return all(t.casefold() in self._gap_ok or t.casefold() in extra or _DEGREE.fullmatch(t) for t in toks)

    def lead_in(self, text: str, start: int, end: int):
        """The first list lead (`yaitu`, `antara lain` …) in ``text[start:end]``, or None."""
        return self._leads.search(text, start, end)

    def sequence_in(self, text: str, start: int, end: int):
        """The first word of a ranking going on (`dan seterusnya`) in ``text[start:end]``."""
        return self._sequence.search(text, start, end)
