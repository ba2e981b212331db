"""The span layer: every typed thing the extractors relate is recognised once, here.

`spacy.blank("id")` tokenizes; two `span_ruler` components built from ``patterns/`` mark
the phrases the pattern files know (case-sensitive: region names, abbreviations, titles,
unit acronyms, organisation heads, award acronyms; case-insensitive: award names,
institution names, category names, frame cues). Regular expressions add what is no phrase
(DATE, PERCENT, YEAR, RANK). The result is written to ``doc.spans`` under one key per label:

REGION (a :class:`regions.Mention`), ORG (an :class:`orgs.Org`), TITLE (a :class:`Title`),
AWARD, CATEGORY, RANK, DATE, PERCENT, YEAR, CUE; PERSON is added by the officials extractor,
which relates titles and names.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import NamedTuple

import regex
from spacy.attrs import IDX, LENGTH
from spacy.tokens import Span
from spacy.util import filter_spans

from . import tokenizer
from .normalize import text_of
from .patterns import Patterns

LABELS = ("REGION", "ORG", "PERSON", "TITLE", "AWARD", "CATEGORY", "RANK", "DATE", "PERCENT", "YEAR", "CUE")
RULER_KEY = "lexicon"
# A year of an edition or a statistic: not part of a longer number, a date written with
# slashes, the second year of a range, or a percentage.
YEAR_RX = regex.compile(r"(?<![\p{L}\d.,/])(?<!\d-)(?:19[5-9]\d|20\d\d)(?![\d]|[.,]\d|\s*(?:%|persen))")

if not Span.has_extension("data"):
    Span.set_extension("data", default=None)


@dataclass(frozen=True)
class Item:
    """One typed span: label, character offsets into the clean text, what it stands for."""

    label: str
    start: int
    end: int
    text: str
    data: object = field(default=None, compare=False, hash=False)


class Hit(NamedTuple):
    """One hit of a span ruler: tokens ``[start, end)``, characters ``[start_char, end_char)``,
    read as a spaCy Span would be (``label_``, ``id_``: the pattern's label and id)."""

    start: int
    end: int
    start_char: int
    end_char: int
    text: str
    label_: str
    id_: str


@dataclass(frozen=True)
class Title:
    """What a TITLE span stands for: the modifiers in front (`Wakil`, `Plt`) and the title
    entry of ``patterns/positions.yaml`` whose alias was written."""

    mods: tuple[str, ...]
    alias: str
    entry: dict = field(hash=False, compare=False)


def _ruler(nlp, name: str, attr: str):
    # Every option explicit: the factory's defaults differ from the class's.
    return nlp.add_pipe(
        "span_ruler",
        name=name,
        config={
            "spans_key": RULER_KEY,
            "phrase_matcher_attr": attr,
            "validate": True,
            "overwrite": False,
            "annotate_ents": False,
            "spans_filter": None,
        },
    )


class SpanLayer:
    """The tokenizer, the two span rulers and the regex recognisers of one pattern set."""

    def __init__(self, pats: Patterns, *, gaz, orgs, positions, awards, categories, frames, dates, ranks, percents):
        self.gaz, self.orgs, self.awards, self.categories = gaz, orgs, awards, categories
        self.dates, self.ranks, self.percents = dates, ranks, percents
        self.nlp = tokenizer.blank()
        orth = _ruler(self.nlp, "lexicon_orth", "ORTH")
        lower = _ruler(self.nlp, "lexicon_lower", "LOWER")
        self.mod_map: dict[str, str] = {}
        for m in positions["modifiers"]:
            for a in [m["title"], *(m.get("aliases") or [])]:
                self.mod_map[str(a)] = str(m["title"])
        self.title_map: dict[str, dict] = {}
        for t in positions["titles"]:
            for a in [t["title"], *(t.get("aliases") or [])]:
                self.title_map[str(a)] = t
        orth.add_patterns(
            gaz.patterns()
            + orgs.orth_patterns()
            + [{"label": "TITLE", "pattern": a, "id": a} for a in self.title_map]
            + [{"label": "MOD", "pattern": a, "id": a} for a in self.mod_map]
            + awards.orth_patterns()
        )
        lower.add_patterns(
            awards.lower_patterns() + orgs.lower_patterns() + categories.phrase_patterns(pats) + frames.cue_patterns()
        )
        tokenizer.cache(self.nlp)
        strings = self.nlp.vocab.strings
        # Per ruler, match id → (label, id, and their hashes, by which spaCy orders spans).
        self._rulers = []
        for ruler in (orth, lower):
            ids = {}
            for m_id, v in ruler._match_label_id_map.items():
                label, pid = v["label"], v["id"]
                ids[m_id] = (strings.add(label), strings.add(pid) if pid else 0, label, pid)
            self._rulers.append((ruler, ids))

    def __call__(self, text: str):
        """Tokenize ``text`` and run the rulers' matchers; typed spans come from :meth:`annotate`.

        The rulers' hits are kept as :class:`Hit` tuples in ``doc.user_data["ruler"]``, per
        label, in the order `span_ruler` writes them; :func:`write_doc_spans` makes them
        spaCy Spans under ``doc.spans["lexicon"]`` when a caller keeps the Doc. Building a
        Span for every hit, deduplicated and sorted as Span objects, cost more than the
        matching itself."""
        doc = self.nlp.make_doc(text)
        doc.user_data["text"] = text
        starts = doc.to_array(IDX).tolist()
        doc.user_data["starts"] = starts
        raw: dict[str, list[Hit]] = {}
        lengths = None
        for ruler, ids in self._rulers:
            matches = list(ruler.phrase_matcher(doc))
            if len(ruler.matcher):
                matches += ruler.matcher(doc)
            # (start, end, label hash, id hash, label, id): deduplicated and in spaCy's order
            # of spans (by offsets, then the hashes), as `span_ruler` writes them.
            found = sorted({(s, e, *ids[m_id]) for m_id, s, e in matches if s != e})
            if found and lengths is None:
                lengths = doc.to_array(LENGTH).tolist()
            for s, e, _, _, label, pid in found:
                a, b = starts[s], starts[e - 1] + lengths[e - 1]
                raw.setdefault(label, []).append(Hit(s, e, a, b, text[a:b], label, pid))
        doc.user_data["ruler"] = raw
        return doc

    def annotate(self, doc) -> dict[str, list[Item]]:
        """Typed spans of one tokenized article, per label (PERSON is left to officials)."""
        text = text_of(doc)
        raw = doc.user_data["ruler"]
        out: dict[str, list[Item]] = {label: [] for label in LABELS}
        regions = self.gaz.mentions_from_spans(doc, raw.get("REGION", []))
        out["REGION"] = [Item("REGION", m.start, m.end, m.text, m) for m in regions]
        out["TITLE"] = self._titles(doc, raw.get("TITLE", []), raw.get("MOD", []))
        out["CUE"] = [Item("CUE", s.start_char, s.end_char, s.text) for s in filter_spans(raw.get("CUE", []))]
        out["ORG"] = self._orgs(doc, raw, out)
        out["YEAR"] = [Item("YEAR", m.start(), m.end(), m.group(0), int(m.group(0))) for m in YEAR_RX.finditer(text)]
        out["DATE"] = [Item("DATE", d.start, d.end, d.text, d) for d in self.dates.find(text)]
        out["PERCENT"] = [Item("PERCENT", a, b, text[a:b], v) for a, b, v in self.percents.spans(text)]
        out["RANK"] = [Item("RANK", r.start, r.end, text[r.start : r.end], r) for r in self.ranks.find(text)]
        orgs = [(o.start, o.end) for o in out["ORG"]]
        found = self.awards.mentions_from_spans(doc, raw, orgs)
        out["AWARD"] = [Item("AWARD", a.start, a.end, a.text, a) for a in found]
        # `Anugerah Gemilang Desa Utama`: a shaped name that starts inside an award's name is
        # part of it.
        out["ORG"] = [o for o in out["ORG"] if not any(a.start < o.start < a.end for a in out["AWARD"])]
        # `sebagai Kepala Daerah Inovatif (KDI)`: a title inside an award's name is no title;
        # `Sekolah Menengah Pertama`: an ordinal inside a name is no rank.
        out["TITLE"] = [t for t in out["TITLE"] if not _inside_any(t, out["AWARD"])]
        out["RANK"] = [r for r in out["RANK"] if not _inside_any(r, out["AWARD"] + out["ORG"] + out["TITLE"])]
        # `WTP kesembilan`: a bare ordinal right after an award counts editions won, no rank.
        ends = {a.end for a in out["AWARD"]}
        out["RANK"] = [r for r in out["RANK"] if r.data.labelled or not any(r.start - e in (0, 1) for e in ends)]
        return out

    def categories_of(self, doc, out: dict[str, list[Item]], headlines, sents) -> list[Item]:
        """CATEGORY spans, once the awards are known (a category ends where an award begins)."""
        raw = doc.user_data["ruler"]
        # `kategori Kepala Daerah Inovatif`: a title right after a category marker names whom
        # the category honours, and belongs to it.
        after_marker = {sp.end for sp in raw.get("MARKER", [])}
        blocked = set()
        for label in ("REGION", "ORG", "TITLE", "CUE", "YEAR", "DATE", "PERCENT", "AWARD"):
            for it, (first, end) in zip(out[label], token_ranges(doc, out[label]), strict=True):
                if label == "REGION" and not it.data.type:
                    continue  # `kategori kota kecil`: a bare region word may be a category word
                if label == "TITLE" and first in after_marker:
                    continue
                blocked.update(range(first, end))
        known = [s for label in ("CATEGORY", "MARKER", "WEAK_MARKER") for s in raw.get(label, [])]
        known.sort(key=lambda s: (s.start, s.end))
        text = text_of(doc)
        found = self.categories.find(doc, text, blocked, known, out["AWARD"], headlines, [e for _, e in sents])
        return [Item("CATEGORY", s, e, text[s:e], c) for s, e, c in found]

    def _titles(self, doc, titles, mods) -> list[Item]:
        """Titles with the modifiers written in front of them (`Plt. Kepala Dinas`); two plain
        titles joined by `dan` or `&` are one person's (`Founder dan CEO PT X, Nama`)."""
        mod_at = {m.end: m for m in filter_spans(mods)}
        out: list[Item] = []
        whole = text_of(doc)
        for t in filter_spans(titles):
            start, names = t.start, []
            while start in mod_at:
                m = mod_at[start]
                names.insert(0, self.mod_map[m.text])
                start = m.start
            s = doc[start].idx
            entry = self.title_map[t.text]
            prev = out[-1] if out else None
            joined = prev is not None and whole[prev.end : s].strip() in ("dan", "&") and not names
            if joined and _plain(prev.data.entry) and _plain(entry):
                text = whole[prev.start : t.end_char]
                both = {
                    **entry,
                    "title": f"{prev.data.entry['title']} {whole[prev.end : s].strip()} {entry['title']}",
                }
                out[-1] = Item("TITLE", prev.start, t.end_char, text, Title(prev.data.mods, text, both))
                continue
            title = Title(tuple(names), t.text, entry)
            out.append(Item("TITLE", s, t.end_char, whole[s : t.end_char], title))
        return out

    def _orgs(self, doc, raw, out) -> list[Item]:
        """Institutions and units by name or abbreviation, and shaped names (`SMPN 3 …`); of
        overlapping ones the longest (`RSUD Sleman` is one hospital, not the unit `RSUD`)."""
        items = []
        for sp in filter_spans(raw.get("ORG", []) + raw.get("UNIT", [])):
            items.append(Item("ORG", sp.start_char, sp.end_char, sp.text, self.orgs.org_of(sp)))
        from .context import headline_at  # context builds on this module

        stops = set()
        text = text_of(doc)
        for label in ("TITLE", "CUE"):
            for it, (first, _) in zip(out[label], token_ranges(doc, out[label]), strict=True):
                if label == "CUE" and it.text[:1].isupper() and not headline_at(text, it.start):
                    continue  # `Koperasi Maju Bersama`: a capitalised word inside a name is the name's
                stops.add(first)
        region_starts, region_tokens = {}, set()
        for it, (first, end) in zip(out["REGION"], token_ranges(doc, out["REGION"]), strict=True):
            region_tokens.add(end - 1)
            if it.data.type:
                region_starts[first] = end
        taken = [(i.start, i.end) for i in items if i.data.kind != "unit"]
        titled = [(t.start, t.end) for t in out["TITLE"]]
        for head in filter_spans(raw.get("ORG_HEAD", [])):
            if any(a <= head.start_char < b for a, b in taken + titled):
                continue  # `Kepala Dinas Kesehatan X`: the title's own unit, read with the title
            got = self.orgs.shaped(doc, head, stops, region_starts, region_tokens, self.orgs.branch_words)
            if got is None:
                continue
            end_tok, org = got
            e = doc[end_tok - 1].idx + len(doc[end_tok - 1].text)
            items.append(Item("ORG", head.start_char, e, text[head.start_char : e], org))
        kept: list[Item] = []
        for it in sorted(items, key=lambda i: -(i.end - i.start)):
            if not any(it.start < k.end and k.start < it.end for k in kept):
                kept.append(it)
        return sorted(kept, key=lambda i: i.start)


def _plain(entry: dict) -> bool:
    """A title of no office of government (`Founder`, `CEO`): it takes no body, region or
    organisation of its own."""
    return not any(entry.get(k) for k in ("takes_body", "region_type", "default_org", "org_prefix"))


def _inside_any(it: Item, others: list[Item]) -> bool:
    return any(o.start <= it.start and it.end <= o.end for o in others)


def expand_to_tokens(doc, start: int, end: int) -> tuple[int, int] | None:
    """The character offsets of ``doc.char_span(start, end, alignment_mode="expand")`` for a
    doc made by :class:`SpanLayer`, found by bisection on the token offsets (a Span made for
    each row of every table cost more); None where spaCy gives no span."""
    starts = doc.user_data["starts"]
    n = len(starts)
    size = len(doc.user_data["text"])
    if not (0 <= start < size and 0 < end <= size) or n == 0:
        return _expanded_by_spacy(doc, start, end)
    first = bisect.bisect_right(starts, start) - 1  # the token whose text or space holds it
    last = bisect.bisect_right(starts, end - 1) - 1
    token = doc[first]
    if start == token.idx + len(token):
        first += 1  # a start on the space after a token is not inside it
    if first > last:
        return _expanded_by_spacy(doc, start, end)
    tail = doc[last]
    return starts[first], tail.idx + len(tail)


def _expanded_by_spacy(doc, start: int, end: int) -> tuple[int, int] | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return None if span is None else (span.start_char, span.end_char)


def token_ranges(doc, items) -> list[tuple[int, int]]:
    """For each of ``items`` (anything with ``start`` and ``end``), the tokens ``[first, end)``
    that cover its characters in a doc made by :class:`SpanLayer`, without making a Span."""
    starts = doc.user_data["starts"]
    left, right = bisect.bisect_right, bisect.bisect_left
    return [(max(0, left(starts, it.start) - 1), right(starts, it.end)) for it in items]


def write_doc_spans(doc, spans: dict[str, list[Item]]) -> None:
    """Mirror the typed spans into ``doc.spans[label]`` (token-aligned, data in ``span._.data``)."""
    n = len(doc)
    hits = sorted(h for group in doc.user_data.get("ruler", {}).values() for h in group)
    doc.spans[RULER_KEY] = [Span(doc, h.start, h.end, label=h.label_, span_id=h.id_) for h in hits]
    for label, items in spans.items():
        group = []
        for it, (first, end) in zip(items, token_ranges(doc, items), strict=True):
            if first < end <= n:
                sp = Span(doc, first, end, label=label)
                sp._.data = it.data
                group.append(sp)
        doc.spans[label] = group
