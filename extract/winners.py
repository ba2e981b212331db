"""Winners: who won which category of which award, at what rank.

Read from the win relations of ``patterns/frames.yaml`` over the span layer: a relation's
argument is the recipient (a region, an organisation, a person), its clause holds the
prize (categories, ranks, the award). Two shapes live in lines rather than sentences and
are read here: a heading with its item (`Smart Branding: Kota Surakarta`, `Juara 2 | Kota
X`) and a category heading with one recipient a line under it.
"""

from __future__ import annotations

import bisect
from collections import deque
from dataclasses import dataclass

import regex

from .awards import Award
from .categories import Category
from .context import Cues, Doc
from .frames import FrameEngine, Relation, is_location
from .lexicon import is_common_word, stop_words
from .lists import ListShapes
from .metadata import Header
from .normalize import key
from .officials import Person
from .patterns import Patterns
from .ranks import RankReader
from .regions import Gazetteer, Mention
from .spans import Item

_PAREN_RANK = regex.compile(r"\s*\((\d{1,2})\)")

_ENDS_JOINED = regex.compile(r"(?i)(?:^|\s)(?:dan|serta|&)$")
_SERTA = regex.compile(r"(?i)\bserta\b")
_CHAMPION_IS = regex.compile(r"(?i)\bjuara\b[^.]*\b(?:adalah|ialah)\b")
_LETTER = regex.compile(r"\p{L}")
_ITEM_CUT = regex.compile(r",|;|\(|\s[–—-]\s")
_CAPITALISED = regex.compile(r"\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*")
_COMMA_GAP = regex.compile(r"\s*,?\s*")
_LINE_FILLER = regex.compile(r"[\s\d.,)(•*·▪►–-]*(?:dan)?[\s.,]*")
_HEADING = regex.compile(r"(?P<num>\d{1,2}[.)]\s*)?(?:[Kk]ategori\s+)?(?P<c>[\p{L}][\p{L}\p{N} &/'’-]{1,60}?)\s*$")


@dataclass
class Winner:
    """One row of winners.csv."""

    recipient: str
    recipient_type: str
    region_code: str
    category: str
    rank: int | None
    award: str
    edition: int | None
    start: int
    end: int
    text: str
    soft: bool = False  # the category is a title of merit or the programme's own name


@dataclass
class Claim:
    """One recipient a relation or a line names, before it is resolved to a row."""

    target: Item
    category: Category | None
    rank: int | None
    award: Award | None
    type_hint: str | None = None  # the kind of region a shared type word or the category names
    listed: bool = False  # named in a ranked list or a category's list (bare names allowed)


class WinnerFinder:
    """Win relations and line shapes → winners, for one pattern set."""

    def __init__(
        self, pats: Patterns, cues: Cues, gaz: Gazetteer, frames: FrameEngine, lists: ListShapes, ranks, categories
    ):
        self.cues, self.gaz, self.frames, self.lists = cues, gaz, frames, lists
        self.categories = categories
        self.header = Header(pats, gaz)
        self.personal = {str(p["canonical"]) for p in pats["awards.yaml"]["programmes"] if p.get("personal")}
        self.ranks: RankReader = ranks
        self.level_only = {key(x) for x in pats["categories.yaml"].get("level_only") or []}
        self.seps = [regex.escape(s) for s in lists.heading_separators]
        # `kategori Wali Kota Peduli Lansia`: a category opening with an office honours the
        # person who holds it.
        offices = {str(a) for t in pats["positions.yaml"]["titles"] for a in [t["title"], *(t.get("aliases") or [])]}
        self.office_rx = regex.compile(
            rf"(?i:{'|'.join(regex.escape(o) for o in sorted(offices, key=len, reverse=True))})\s+\p{{L}}"
        )

    # -- entry point ----------------------------------------------------------------------
    def find(self, doc: Doc, relations: list[Relation], awards: list[Award]) -> list[Winner]:
        """All winners of the article, merged per (recipient, category)."""
        if not doc.award_article:
            return []
        main = max(awards, key=lambda a: a.mentions) if awards else None
        claims: list[Claim] = []
        used_lines = self._lines(doc, awards, main, claims)
        by_clause: dict[tuple[int, int], list[Relation]] = {}
        for r in relations:
            if r.frame.relation == "win":
                by_clause.setdefault(r.clause, []).append(r)
        scope: Category | None = None
        last_rank = 0
        for clause in sorted(by_clause):
            if any(a <= clause[0] < b for a, b in used_lines) or self._not_a_win(doc, clause):
                continue
            got, scope, last_rank = self._clause(doc, clause, by_clause[clause], scope, last_rank, awards, main)
            claims += got
        claims += self._ranking_goes_on(doc, claims, by_clause, used_lines)
        rows = [w for c in claims if (w := self._row(doc, c, awards, main)) is not None]
        return self._merge(rows)

    def _ranking_goes_on(self, doc: Doc, claims: list[Claim], by_clause, used_lines) -> list[Claim]:
        """`Juara pertama diraih A. Juara kedua B, dan juara ketiga C.`: a sentence without a
        verb that opens with a place and names one recipient right after each place goes on
        with the ranking of the sentence before it (its category and award)."""
        out: list[Claim] = []
        ranked: dict[int, list[Claim]] = {}
        for c in claims:
            if c.rank is not None and c.target.start >= 0:
                ranked.setdefault(doc.sentence_index(c.target.start), []).append(c)
        if not ranked:
            return out
        with_verb = {doc.sentence_index(c[0]) for c in by_clause}
        lines = sorted(used_lines)
        starts = [a for a, _ in lines]
        for i, (s, e) in enumerate(doc.sents):
            before = ranked.get(i - 1)
            if not before or i in with_verb:
                continue
            k = bisect.bisect_right(starts, s) - 1
            if k >= 0 and lines[k][0] <= s < lines[k][1]:
                continue  # a list line, read already
            ranks = [r for r in doc.items_in("RANK", s, e) if r.data.labelled and r.data.value]
            if not ranks or doc.text[s : ranks[0].start].strip():
                continue
            pairs = []
            for r in ranks:
                nxt = doc.targets_in(r.end, e)
                if not nxt or doc.text[r.end : nxt[0].start].strip():
                    break
                pairs.append((r, nxt[0]))
            if len(pairs) != len(ranks):
                continue
            last = before[-1]
            for r, t in pairs:
                out.append(Claim(t, last.category, r.data.value, last.award, last.type_hint, listed=True))
        return out

    def _not_a_win(self, doc: Doc, clause) -> bool:
        """Nominees, and scores or index ranks in a sentence that names no award."""
        s, e = doc.sentence_of(clause[0])
        # `A dan B menerima X, sementara C masuk nominasi`: only C's clause names a nominee.
        if self.cues.search("nominee_cues", doc.text, *clause):
            return True
        # `… peringkat kedua kategori Pemerintah Kota dengan indeks 4,12`: a category makes
        # the rank a place in the award, its score only what earned it.
        if doc.about_award(s) or doc.items_in("CATEGORY", s, e):
            return False
        return bool(self.cues.search("score_cues", doc.text, s, e))

    # -- one clause -----------------------------------------------------------------------
    def _clause(self, doc: Doc, clause, rels: list[Relation], scope, last_rank: int, awards, main):
        text = doc.text
        items = self._prize_list(doc, clause, rels, main)
        if items:
            return items, scope, last_rank
        recips = self._recipients(doc, clause, rels)
        if not recips:
            return [], scope, last_rank
        prize = sorted({p for r in rels for p in r.prize}, key=lambda x: x.start)
        cats = self._categories(prize)
        ranks = [p for p in prize if p.label == "RANK"]
        award = self._award_of(prize, awards, main)
        sequence = self.lists.sequence_in(text, *clause)
        if cats:
            if scope is None or key(cats[0].data.name) != key(scope.name):
                last_rank = 0  # a new category starts a new ranking
            scope = cats[0].data
        elif scope is not None and (ranks or sequence or any(r.frame.name == "win_listed" for r in rels)):
            # `Peringkat kedua dan seterusnya adalah A, B`: the ranking of the category before.
            cats = [Item("CATEGORY", -1, -1, scope.name, scope)]
        if not cats and not self._about_prize(doc, clause, prize):
            return [], scope, last_rank
        rank_of = self._ranks(doc, clause, recips, ranks, rels, last_rank)
        if rank_of:
            last_rank = max([last_rank, *[v for v in rank_of.values() if v]])
        out = []
        pairs = self._pair(doc, clause, recips, cats, rels)
        per_cat = self._category_ranks(doc, cats, ranks) if len(recips) == 1 and len(cats) > 1 else {}
        hints = self._shared_types(recips)
        for t, c in pairs:
            rank = per_cat.get(c.start, rank_of.get(t.start)) if c is not None else rank_of.get(t.start)
            cat = c.data if c is not None else None
            type_hint = hints.get(t.start) or (cat.type if cat else None)
            out.append(Claim(t, cat, rank, award, type_hint, listed=len(recips) > 1 or bool(ranks)))
        return out, scope, last_rank

    def _prize_list(self, doc: Doc, clause, rels: list[Relation], main) -> list[Claim]:
        """`… yang diraih X adalah A 2020 kepada Bupati Y, B Pemkab X, dan C Pemkab X`: after a
        list lead, each item names a prize and then its recipient."""
        text = doc.text
        cue_end = min(r.cue.end for r in rels)
        lead = self.lists.lead_in(text, cue_end, clause[1])
        if lead is None:
            return []
        parts = []
        pos = lead.end()
        for m in self.lists.item_split.finditer(text, pos, clause[1]):
            parts.append((pos, m.start()))
            pos = m.end()
        parts.append((pos, clause[1]))
        if len(parts) < 2:
            return []
        out = []
        for ps, pe in parts:
            ts = [t for t in doc.targets if ps <= t.start < pe]
            if not ts:
                return []
            t = ts[0]
            name = text[ps : t.start].strip()
            name = self.lists.handed_to.sub("", name).strip()
            if not name or not name[0].isupper() or t.start == ps:
                return []
            out.append(Claim(t, Category(name, self.categories.type_of(name)), None, main, listed=True))
        return out

    def _recipients(self, doc: Doc, clause, rels: list[Relation]) -> list[Item]:
        """The arguments of the clause's win relations and the co-recipients after `bersama`,
        in text order, without the dateline's place or a location."""
        found: dict[int, Item] = {}
        for r in rels:
            for a in r.args:
                found.setdefault(a.start, a)
        targets = doc.targets
        for m in self.lists.co_leads.finditer(doc.text, *clause):
            idx = next((i for i, t in enumerate(targets) if t.start >= m.end() and t.start < clause[1]), None)
            if idx is not None and doc.tokens_between(m.end(), targets[idx].start) <= 2:
                for j in self.frames.coordinated(doc, targets, idx, clause[1]):
                    found.setdefault(targets[j].start, targets[j])
        # `Kota A meraih Terbaik I, Kota B Terbaik II dan Kota C Terbaik III`: the verb is
        # written once; each later recipient is followed by its own prize.
        if found:
            cue_end = min(r.cue.end for r in rels)
            prizes = [*doc.items_in("RANK", *clause), *doc.items_in("CATEGORY", *clause)]
            for t in targets:
                if t.start < cue_end or t.start >= clause[1] or t.start in found:
                    continue
                nxt = next((p for p in prizes if p.start >= t.end), None)
                before = doc.text[max(clause[0], t.start - 12) : t.start]
                if nxt is not None and self._prize_follows(doc.text[t.end : nxt.start]) and self._joined(before):
                    found[t.start] = t
            # `peringkat pertama diraih A, peringkat kedua B, dan urutan ketiga C`: after a
            # prize-first verb, each later recipient follows its own prize.
            if any(r.frame.prize == "before" for r in rels):
                last = max(found.values(), key=lambda t: t.end)
                for t in targets:
                    if t.start <= last.end or t.start >= clause[1]:
                        continue
                    own = [p for p in prizes if last.end <= p.start and p.end <= t.start]
                    if len(own) != 1 or not self._joined(doc.text[last.end : own[0].start]):
                        break
                    if doc.text[own[0].end : t.start].strip():
                        break
                    found[t.start] = last = t
        out = [t for _, t in sorted(found.items()) if not (doc.dateline[0] <= t.start < doc.dateline[1])]
        return out

    @staticmethod
    def _prize_follows(gap: str) -> bool:
        """Only a little stands between a recipient and its own prize (`Kota B Terbaik II`,
        `Kabupaten C di peringkat 3`, `B sebagai runner up`, `C kategori Pratama`)."""
        return len(gap.split()) <= 1 and "," not in gap

    @staticmethod
    def _verb_and_prize(gap: str) -> bool:
        """A verb and a marker stand between a recipient and its prize (`meraih kategori`)."""
        return "," not in gap and len(gap.split()) <= 4

    def _joined(self, before: str) -> bool:
        """``before`` ends with what joins one more item to a list (`, ` or `dan`)."""
        b = before.rstrip()
        return b.endswith((",", ";")) or bool(_ENDS_JOINED.search(b))

    def _categories(self, prize: list[Item]) -> list[Item]:
        """The clause's categories: those outside an award's name first, level-only names
        (`kategori kota`) only when nothing else is named."""
        cats = [p for p in prize if p.label == "CATEGORY"]
        awards = [p for p in prize if p.label == "AWARD"]
        outside = [c for c in cats if not any(a.start < c.end and c.start < a.end for a in awards)]
        cats = outside or cats
        cats = [c for c in cats if not c.data.soft] or cats
        named = [c for c in cats if key(c.data.name) not in self.level_only]
        return sorted(named or cats, key=lambda c: c.start)

    def _about_prize(self, doc: Doc, clause, prize: list[Item]) -> bool:
        """A win without a category is still a win of an award in its sentence (`Kota X
        meraih penghargaan …`), not a visit or an index rank."""
        return any(p.label == "AWARD" for p in prize) or doc.about_award(clause[0])

    @staticmethod
    def _award_of(prize: list[Item], awards: list[Award], main: Award | None) -> Award | None:
        for p in prize:
            if p.label != "AWARD":
                continue
            for aw in awards:
                if aw.award == p.data.canonical and (p.data.edition is None or aw.edition == p.data.edition):
                    return aw
        return main

    def _pair(self, doc: Doc, clause, recips: list[Item], cats: list[Item], rels: list[Relation] = ()):
        """(recipient, category) pairs: every category for one recipient; with several of
        each, `masing-masing` pairs them in order, else each takes the category before it."""
        if len(recips) > 1:
            # `A meraih kategori X dan B kategori Y`: each names its own, the verb left out
            # before the second (its category is no part of the first one's prize).
            own = self._own_categories(doc, clause, recips, doc.items_in("CATEGORY", *clause), verb_first=True)
            if len(own) == len(recips) and len({c.start for c in own.values()}) > 1:
                return [(t, own[t.start]) for t in recips]
        if not cats:
            return [(t, None) for t in recips]
        if len(recips) == 1 or len(cats) == 1:
            return [(t, c) for t in recips for c in cats]
        own = self._own_categories(doc, clause, recips, cats)
        if len(own) == len(recips):
            return [(t, own[t.start]) for t in recips]  # `A meraih kategori X dan B kategori Y`
        if self.lists.respectively.search(doc.text, *clause) and len(recips) == len(cats):
            return list(zip(recips, cats, strict=True))
        # `A dan B meraih kategori X, dan C mendapat kategori Y`: a recipient's own verb names
        # its category, the first one after that verb and before the next recipient.
        cue_of = {a.start: r.cue for r in rels if r.frame.prize == "after" for a in r.args}
        out = []
        for t in recips:
            cue = cue_of.get(t.start)
            if cue is not None and cue.start > t.start:
                nxt = min([x.start for x in recips if x.start > cue.end] + [clause[1]])
                mine = [c for c in cats if cue.end <= c.start < nxt]
                if mine:
                    out.append((t, mine[0]))
                    continue
            before = [c for c in cats if c.start <= t.start]
            out.append((t, before[-1] if before else cats[0]))
        return out

    def _own_categories(self, doc: Doc, clause, recips: list[Item], cats: list[Item], verb_first=False):
        """Recipient start → the first category written right after it, before the next
        recipient; with ``verb_first`` the first recipient's may follow its verb."""
        own = {}
        for n, t in enumerate(recips):
            limit = recips[n + 1].start if n + 1 < len(recips) else clause[1]
            near = self._verb_and_prize if verb_first and n == 0 else self._prize_follows
            mine = [c for c in cats if t.end <= c.start < limit and near(doc.text[t.end : c.start])]
            if mine:
                own[t.start] = mine[0]
        return own

    @staticmethod
    def _shared_types(recips: list[Item]) -> dict[int, str]:
        """`Kabupaten Gowa, Bone dan Maros`, `Kota Malang dan Mojokerto`: a bare name in a list
        takes the kind of the nearest name before it that is written with its kind."""
        out: dict[int, str] = {}
        current = None
        for t in recips:
            if t.label != "REGION":
                current = None
                continue
            if t.data.type:
                current = t.data.type
            elif current:
                out[t.start] = current
        return out

    # -- ranks ----------------------------------------------------------------------------
    def _ranks(self, doc: Doc, clause, recips: list[Item], ranks: list[Item], rels, last_rank: int) -> dict:
        """Rank per recipient start, from the ways a ranking is written."""
        text = doc.text
        out: dict[int, int] = {}
        for t in recips:
            pm = _PAREN_RANK.match(text, t.end)
            if pm:
                out[t.start] = int(pm.group(1))
        if out:
            return out
        # Each recipient followed closely by its own rank (`A meraih peringkat pertama,
        # disusul B sebagai runner up dan C di peringkat 3`).
        if len(recips) > 1 and len(ranks) >= len(recips):
            local = {}
            for n, t in enumerate(recips):
                limit = recips[n + 1].start if n + 1 < len(recips) else clause[1]
                mine = [r for r in ranks if t.end <= r.start < limit and r.data.value]
                if mine:
                    local[t.start] = mine[0].data.value
            if len(local) == len(recips):
                return local
            # Each recipient right after its own rank (`peringkat pertama diraih A, peringkat
            # kedua B`): the first one's rank may stand before the verb.
            ahead, prev = {}, clause[0]
            for t in recips:
                mine = [r for r in ranks if prev <= r.start and r.end <= t.start and r.data.value]
                if mine and len(text[mine[-1].end : t.start].split()) <= 3:
                    ahead[t.start] = mine[-1].data.value
                prev = t.end
            if len(ahead) == len(recips):
                return ahead
        vals = [r.data.value for r in ranks]
        starts = [t.start for t in recips]
        if len(vals) == len(starts) and vals and all(vals):
            return dict(zip(starts, vals, strict=True))
        seq = self.lists.sequence_in(text, *clause)
        if seq:
            known = [v for v in vals if v]
            if known:
                first = known[0]
            elif self._first_place(doc, clause, rels):
                first = 1
            else:
                first = last_rank + 1
            before = [t for t in recips if t.start < seq.start()]
            after = [t for t in recips if t.start > seq.start()]
            stop = _SERTA.search(text[seq.end() : clause[1]])
            rank = first
            for t in before:
                out[t.start] = first
            if not before:
                rank = first - 1
            for t in after:
                if stop and t.start - seq.end() > stop.start():
                    break
                rank += 1
                out[t.start] = rank
            return out
        if len(vals) == 1 and vals[0] is None and last_rank:
            vals = [last_rank + 1]
        if len(vals) == 1 and vals[0] and (len(starts) == 1 or self._champion(rels)):
            out[starts[0]] = vals[0]
        elif not vals and starts and self._first_place(doc, clause, rels):
            out[starts[0]] = 1
        return out

    @staticmethod
    def _champion(rels) -> bool:
        return any(r.frame.argument == "after" for r in rels)

    def _first_place(self, doc: Doc, clause, rels) -> bool:
        """`kota kecil dijuarai Kota Batu`, `Juara kategori X adalah Y`: the first named is first."""
        if any(self.ranks.first_place.fullmatch(r.cue.text) for r in rels):
            return True
        text = doc.text[clause[0] : clause[1]]
        return bool(_CHAMPION_IS.search(text))

    def _category_ranks(self, doc: Doc, cats: list[Item], ranks: list[Item]) -> dict[int, int]:
        """`juara I kategori A dan juara II untuk kategori B`: each category takes the rank
        written between it and the category before it."""
        out: dict[int, int] = {}
        prev = -1
        for c in cats:
            found = [r for r in ranks if prev <= r.start < c.start and r.data.value]
            if found:
                out[c.start] = found[-1].data.value
            prev = c.start
        return out if len(out) == len(cats) else {}

    # -- lines ----------------------------------------------------------------------------
    def _lines(self, doc: Doc, awards, main, claims: list[Claim]) -> list[tuple[int, int]]:
        """Lists written one item a line: `Category: Recipient` (also with `|`, `-`, `–`),
        `Recipient – Category`, `Juara 2: Kota X` under a category, and a heading
        (`Kategori X:`, `Berikut penerima … kategori X:`) with one recipient a line under it,
        a description after the recipient allowed (`Kota A – inovasi "…"`)."""
        text = doc.text
        used = []
        block: Category | None = None
        block_award = main
        recent: deque[tuple[int, int]] = deque(maxlen=3)  # the last lines that listed no one
        in_block = False
        prose: list[tuple[int, int]] = []
        pos = 0
        for line in text.split("\n"):
            ls, le = pos, pos + len(line)
            pos = le + 1
            body = line.strip()
            if not body:
                continue
            num = self.lists.numbering.match(body)
            off = ls + line.find(body) + (num.end() if num else 0)
            end = ls + line.find(body) + len(body)
            if off >= end or not _LETTER.search(text, off, end):
                continue  # `1.` on a line of its own
            shape = self._line_shape(doc, off, end, block if in_block else None)
            if shape is None and num is not None and in_block and block is not None:
                # `- Sadirin, warga Desa X …` under `Kategori Perintis Lingkungan:`: one
                # person (or group) a bulleted line, named before the description.
                named = self._named_item(doc, off, end)
                if named is not None:
                    shape = ("items", [named], block, None)
            if shape is None and ":" in body:
                # `Untuk kategori Pratama: Kabupaten A dan Kabupaten B. Kabupaten C …`: one
                # sentence of a paragraph shaped like a list line.
                for ss, se in doc.sents:
                    if off <= ss < end and ":" in text[ss:se]:
                        got = self._line_shape(doc, ss, se - (text[se - 1] == "."), None)
                        if got is not None and got[0] == "items":
                            claims += [
                                Claim(t, got[2], got[3], main, got[2].type if got[2] else None, listed=True)
                                for t in got[1]
                            ]
                            used.append((ss, se))
            if shape is None:
                if len(body) > 100 or body.endswith((".", "!", "?")):
                    in_block, block = False, None
                prose.append((off, end))
                recent.append((off, end))
                continue
            kind, targets, cat, rank = shape
            if kind == "head":
                if rank is not None:
                    # `Juara 2:` alone: the next line names who; keep the category before.
                    continue
                block = cat or self._last_category(doc, prose[-3:]) if cat is None else cat
                # `Berikut penerima Kalpataru 2018:` above the headings: the award its lists are of.
                before = block_award if in_block else main
                block_award = self._last_award(doc, [(ls, le), *reversed(recent)], awards, before)
                recent.append((ls, le))
                in_block = True
                used.append((ls, le))
                continue
            if rank is not None and cat is None:
                # `Juara 2: Kota Surakarta` under `… kategori Utama:`: the category before.
                cat = block or self._last_category(doc, prose[-3:])
            aw = block_award if in_block else main
            for t in targets:
                claims.append(Claim(t, cat, rank, aw, cat.type if cat else None, listed=True))
            used.append((ls, le))
        return used

    def _last_award(self, doc: Doc, lines, awards, main) -> Award | None:
        """The award named last in the first of ``lines`` (start, end) that names one."""
        for s, e in lines:
            got = doc.items_in("AWARD", s, e)
            if got:
                return self._award_of(got[-1:], awards, main)
        return main

    def _line_shape(self, doc: Doc, s: int, e: int, block: Category | None):
        """How one line names winners: ("head", [], category, rank) for a heading, ("items",
        targets, category, rank) for a line with recipients, or None for prose."""
        text = doc.text
        line = text[s:e]
        if len(line) > 200 or s <= doc.dateline[0] < e or self.header.is_credit_line(line):
            return None  # prose, the dateline (`CIBINONG - Kabupaten X …`), a credit
        if any(s < a < e for a in doc.sentence_starts_in(s, e)):
            return None  # a paragraph of sentences: each is read on its own
        targets = doc.targets_in(s, e)
        sep = self._separator(line)
        cats = doc.items_in("CATEGORY", s, e)
        if sep is None and not targets and cats and len(line.split()) <= 8 and line[:1].isupper():
            # `Kategori Daya Tarik Pengunjung` on a line of its own heads the lines below it.
            return "head", [], cats[-1].data, None
        if sep is None:
            if block is not None and targets:
                got = self._line_targets(doc, targets, s, e)
                if got:
                    # `Kelompok Tani X, Kabupaten Y`: the places after a recipient are its own.
                    end = self._titled_end(doc, got[-1], e)
                    end = self._located_end(doc, got[-1], e) if end == got[-1].end else end
                    if _LINE_FILLER.fullmatch(text[s : got[0].start] + text[end:e]):
                        return "items", got, block, None
            return None
        i, width = sep
        left, right = (s, s + i), (s + i + width, e)
        right_text = text[right[0] : right[1]].strip()
        left_targets = [t for t in targets if t.end <= left[1]]
        right_targets = [t for t in targets if t.start >= right[0]]
        if not left_targets:
            label = self._label(doc, *left)
            if label is None:
                return None
            cat, rank = label
            if not right_text:
                return "head", [], cat, rank
            got = self._line_targets(doc, right_targets, right[0], e)
            if got and got[0].start - right[0] <= 3 and self._item_tail(text[self._located_end(doc, got[-1], e) : e]):
                return "items", got, cat, rank
            return None
        # `Kota Tarakan – Swasti Saba Wistara`, `Kota A – inovasi "…"` under a heading.
        got = self._line_targets(doc, left_targets, s, left[1])
        if not got or got[0].start - s > 3 or not _LINE_FILLER.fullmatch(text[got[-1].end : left[1]]):
            return None
        cats = doc.items_in("CATEGORY", *right)
        if cats and len(right_text.split()) <= 8:
            return "items", got, cats[0].data, None
        if block is not None:
            return "items", got, block, None
        return None

    def _named_item(self, doc: Doc, s: int, e: int) -> Item | None:
        """The name that opens a list line, before a comma, bracket or dash (`Sadirin, warga
        …`, `Theresia Nggala (guru)`): one to four capitalised words, none of them a common
        word, no recognised span among them. None when the line opens otherwise."""
        text = doc.text
        cut = _ITEM_CUT.search(text[s:e])
        head = text[s : s + cut.start() if cut else e].rstrip()
        words = head.split()
        if not 1 <= len(words) <= 4 or not _CAPITALISED.fullmatch(head):
            return None
        if any(is_common_word(w) or w.casefold() in stop_words() for w in words):
            return None
        he = s + len(head)
        for label in ("REGION", "ORG", "PERSON", "TITLE", "CATEGORY", "AWARD", "DATE", "RANK", "CUE"):
            if any(s < it.end for it in doc.starting_in(label, max(0, s - 300), he)):
                return None
        return Item("NAME", s, he, head)

    @staticmethod
    def _titled_end(doc: Doc, t: Item, e: int) -> int:
        """Where a person's line ends with the title written after the name (`Rudi, Wali Kota
        Batu`): a list of persons gives each one's position."""
        if t.label != "PERSON":
            return t.end
        for title in doc.items_in("TITLE", t.end, e):
            if _COMMA_GAP.fullmatch(doc.text, t.end, title.start):
                return e
        return t.end

    @staticmethod
    def _located_end(doc: Doc, t: Item, e: int) -> int:
        """Where ``t`` ends with the places written after it (`Desa X, Kabupaten Y`)."""
        end = t.end
        for nxt in doc.targets:
            if nxt.start >= end and nxt.end <= e and is_location(t, nxt, doc.text[end : nxt.start]):
                end, t = nxt.end, nxt
        return end

    def _item_tail(self, tail: str) -> bool:
        """What may follow the recipients of a list line: nothing but filler, or a
        description after a separator or in brackets (`– inovasi "Si Pinter"`)."""
        t = tail.strip()
        return not t or bool(_LINE_FILLER.fullmatch(t)) or t[0] in "(–—-|:" or len(t.split()) <= 3

    def _separator(self, line: str) -> tuple[int, int] | None:
        """Where the first heading separator of a line stands: (index, width)."""
        best = None
        for sep in self.lists.heading_separators:
            needle = f" {sep} " if sep in "-–—" else sep
            i = line.find(needle)
            if i < 0 and sep in "-–—|" and line.rstrip().endswith(sep):
                i, needle = len(line.rstrip()) - len(sep), sep
            if i >= 0 and (best is None or i < best[0]):
                best = (i, len(needle))
        return best

    def _label(self, doc: Doc, s: int, e: int) -> tuple[Category | None, int | None] | None:
        """The category or rank a heading names (`Kategori Utama`, `Juara 2`, `Smart
        Branding`), or None when the text before the separator is no heading."""
        text = doc.text[s:e].strip()
        if not text or doc.items_in("PERSON", s, e):
            return None
        rk = self.ranks.find(text)
        if rk and rk[0].start == 0 and rk[0].end == len(text) and rk[0].value:
            return None, rk[0].value
        cats = doc.items_in("CATEGORY", s, e)
        if cats:
            return cats[-1].data, None
        if doc.items_in("AWARD", s, e):
            return None, None  # `Daftar penerima Anugerah X 2023:` names the award, no category
        m = _HEADING.fullmatch(text)
        if not m or len(m["c"].split()) > 6 or self.gaz.lookup(m["c"]) is not None:
            return None
        if text[0].islower():
            return None
        return Category(m["c"].strip(), self.categories.type_of(m["c"])), None

    def _line_targets(self, doc: Doc, targets: list[Item], s: int, e: int) -> list[Item]:
        """The recipients a line lists (`A`, `A dan B`, `A, B`), without their locations."""
        if not targets:
            return []
        all_t = doc.targets
        i = all_t.index(targets[0])
        return [all_t[j] for j in self.frames.coordinated(doc, all_t, i, e)]

    def _last_category(self, doc: Doc, lines) -> Category | None:
        """The category named last in the lines (start, end) just before a ranked list."""
        for s, e in reversed(lines):
            cats = doc.items_in("CATEGORY", s, e)
            if cats:
                return cats[-1].data
        return None

    # -- rows -----------------------------------------------------------------------------
    def _row(self, doc: Doc, c: Claim, awards, main) -> Winner | None:
        """The row a claim gives, or None when its recipient cannot be told."""
        t = c.target
        aw = c.award or main
        cat = c.category.name if c.category else ""
        if cat and cat.split()[0].casefold() in self.frames.negations:
            return None  # `masih masuk kualifikasi Tidak Informatif`: a grade of failing wins nothing
        soft = bool(c.category and c.category.soft)
        if t.label == "REGION":
            r = self._resolve(doc, t.data, c.type_hint)
            if r is None:
                return None
            near = doc.items_in("TITLE", max(0, t.start - 60), t.start)
            title = next((x for x in near if 0 <= t.start - x.end <= 1), None)
            if title is not None and self._personal(doc, t, c, aw):
                # `Bupati Siak terima Manggala Karya Kencana`: a personal award goes to the one
                # who holds the title, when the article names them; never to the region.
                holder = self._holder(doc, title, r.canonical)
                return None if holder is None else self._won(holder, "other", "", cat, c.rank, aw, t, soft)
            m: Mention = t.data
            if not m.type and c.type_hint is None and m.candidates[0].name not in doc.typed and not c.listed:
                # A bare name outside a list is a recipient only when the article names it
                # with its kind somewhere (`Kabupaten Langkat` … `Langkat`), or a province.
                if r.type != "Provinsi":
                    return None
            return self._won(r.canonical, r.type, r.code, cat, c.rank, aw, t, soft)
        if t.label in ("ORG", "NAME"):
            return self._won(t.text, "other", "", cat, c.rank, aw, t, soft)
        p: Person = t.data
        if self._personal(doc, t, c, aw):
            if p.official is None:
                return None
            return self._won(p.official.name, "other", "", cat, c.rank, aw, t, soft)
        org = p.organization or (p.official.organization if p.official else "")
        if not org:
            return None
        r = self.gaz.lookup(org.split(" ", 1)[1], org.split(" ", 1)[0]) if " " in org else None
        if r is not None and org.split(" ", 1)[0] in ("Kota", "Kabupaten", "Provinsi"):
            return self._won(r.canonical, r.type, r.code, cat, c.rank, aw, t, soft)
        return None

    @staticmethod
    def _holder(doc: Doc, title: Item, org: str) -> str | None:
        """The name of the official with ``title`` in ``org``, when the article gives it."""
        want = title.data.entry["title"]
        for p in doc.items("PERSON"):
            o = p.data.official
            if o is not None and o.organization == org and (o.position == want or o.position.endswith(" " + want)):
                return o.name
        return None

    def _personal(self, doc: Doc, t: Item, c: Claim, aw: Award | None) -> bool:
        """An award for a person's own work: a programme marked `personal`, or a category or
        award named with a word of ``personal_award_words`` (`Tokoh Inspiratif`, `TOP CEO`)."""
        words = self.cues.personal_award_words
        if c.category is not None and (words.search(c.category.name) or self.office_rx.match(c.category.name)):
            return True
        s, e = doc.clause_of(t.start)
        named = [a.data.canonical for a in doc.items_in("AWARD", s, e)] or ([aw.award] if aw else [])
        return any(n in self.personal or words.search(n) for n in named)

    def _resolve(self, doc: Doc, m: Mention, prefer: str | None):
        if not m.type and prefer and not any(r.type == prefer for r in m.candidates):
            prefer = None  # `Kota Tanjungpinang, Karimun`: the gazetteer decides
        if not m.type and prefer is None:
            prefer = doc.typed.get(m.candidates[0].name)
            if prefer is None and len({r.type for r in m.candidates}) > 1:
                prefer = "Kota"
        return m.pick(prefer)

    @staticmethod
    def _won(recipient, type_, code, category, rank, award: Award | None, t: Item, soft=False) -> Winner:
        return Winner(
            recipient,
            type_,
            code,
            category,
            rank,
            award.award if award else "",
            award.edition if award else None,
            t.start,
            t.end,
            t.text,
            soft,
        )

    @staticmethod
    def _merge(rows: list[Winner]) -> list[Winner]:
        """One row per (recipient, category): a row without a category goes when the
        recipient has one with; of two categories where one holds the other the longer is
        kept, with the rank of either."""
        by_rec: dict[str, list[Winner]] = {}
        for w in rows:
            by_rec.setdefault(w.recipient, []).append(w)
        out = []
        for ws in by_rec.values():
            named = [w for w in ws if w.category]
            firm = [w for w in named if not w.soft]
            if firm:
                # `sebagai Kabupaten Layak Anak` names the programme; the level won elsewhere
                # in the article is the category.
                named = firm
            if not named:
                out.append(ws[0])
                continue
            kept: list[Winner] = []
            for w in sorted(named, key=lambda w: -len(w.category)):
                k = key(w.category)
                host = next((x for x in kept if k in key(x.category)), None)
                if host is not None:
                    host.rank = host.rank or w.rank
                    continue
                kept.append(w)
            out += sorted(kept, key=lambda w: w.start)
        return sorted(out, key=lambda w: w.start)


def to_rows(winners: list[Winner]) -> list[dict]:
    """Winners as rows of ``winners.csv`` (without ``article_id``)."""
    return [
        {
            "award": w.award,
            "edition": "" if w.edition is None else str(w.edition),
            "recipient": w.recipient,
            "recipient_type": w.recipient_type,
            "region_code": w.region_code,
            "category": w.category,
            "rank": "" if w.rank is None else str(w.rank),
            "start": w.start,
            "end": w.end,
            "text": w.text,
        }
        for w in winners
    ]
