"""Relation frames (``patterns/frames.yaml``) and the one engine that applies them.

A frame is a cue with an argument on one side of it (medspaCy ConText style): `diraih oleh`
+ the recipient after it, `X meraih` + the recipient before it, `kata` + the speaker after
it. The engine reads the CUE spans of the span layer and, for each, finds its argument
among the target spans (regions, organisations, persons) of the clause, extended over a
coordinated list (`A, B dan C`). Winners and officials' roles both read these relations.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

import regex
from spacy.attrs import IDX, IS_PUNCT, IS_SPACE

from .lexicon import is_verb
from .lists import ListShapes
from .patterns import Patterns
from .spans import Item

_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’-]*")
# `Bali (1), DI Yogyakarta (2)`: a place in brackets between the items of a ranked list.
_RANK_IN_GAP = regex.compile(r"\(\s*\d{1,2}\s*\)")
_DEFAULT_SCOPE = 30
_AND_GAP = regex.compile(r"\s*(?:dan|serta|&)\s*", regex.I)
_NOT_WORDY = regex.compile(r"[^\p{L}\p{N}\s'’-]")


@dataclass(frozen=True)
class Frame:
    """One rule of ``patterns/frames.yaml``."""

    name: str
    relation: str
    argument: str  # before | after
    prize: str | None
    max_scope: int
    needs_award: bool
    needs_prize: bool
    with_: tuple[str, ...]
    targets: tuple[str, ...] = ("REGION", "ORG", "PERSON")
    dates_edition: bool = False


@dataclass
class Relation:
    """A frame that holds in one clause: its cue, its argument and (for a win) the prize."""

    frame: Frame
    cue: Item
    clause: tuple[int, int]
    args: list[Item] = field(default_factory=list)
    prize: list[Item] = field(default_factory=list)  # CATEGORY / AWARD / RANK items, prize side first
    lead: int | None = None  # where a list lead (`yaitu`) put the argument, if it did


def load_frames(pats: Patterns) -> list[Frame]:
    """The frames of a pattern set, as rule objects."""
    out = []
    for f in pats["frames.yaml"]["frames"]:
        out.append(
            Frame(
                str(f["name"]),
                str(f["relation"]),
                str(f["argument"]),
                str(f["prize"]) if f.get("prize") else None,
                int(f.get("max_scope", _DEFAULT_SCOPE)),
                bool(f.get("needs_award", False)),
                bool(f.get("needs_prize", False)),
                tuple(str(x) for x in f.get("with") or ()),
                tuple(str(x) for x in f.get("targets") or ("REGION", "ORG", "PERSON")),
                bool(f.get("dates_edition", False)),
            )
        )
    return out


def _words(words) -> set[str]:
    return {str(w).casefold() for w in words}


class FrameEngine:
    """Applies every frame to the cue spans of an article."""

    def __init__(self, pats: Patterns, lists: ListShapes):
        fy = pats["frames.yaml"]
        self.frames = load_frames(pats)
        self.by_cue: dict[str, list[Frame]] = {}
        for f, raw in zip(self.frames, fy["frames"], strict=True):
            for c in raw["cues"]:
                self.by_cue.setdefault(" ".join(str(c).casefold().split()), []).append(f)
        self.not_subject = _words(fy["not_subject"])
        self.via = _words(fy["via"])
        self.subject_after = _words(fy["subject_after"])
        self.pronouns = _words(fy["pronouns"])
        self.negations = _words(fy.get("negations") or [])
        self.lists = lists

    def prize_cues(self) -> set[str]:
        """The cues of the frames that report a win in so many words with the prize after
        them (`meraih X`; not the weak `sebagai X`), lower-cased."""
        return {c for c, fs in self.by_cue.items() if any(f.dates_edition and f.prize == "after" for f in fs)}

    def edition_cues(self) -> set[str]:
        """The cues of frames that date an award's edition (``dates_edition``), lower-cased."""
        return {c for c, fs in self.by_cue.items() if any(f.dates_edition for f in fs)}

    def cue_patterns(self) -> list[dict]:
        """Every cue as a case-insensitive span-ruler pattern labelled CUE."""
        return [{"label": "CUE", "pattern": c, "id": c} for c in self.by_cue]

    # -- the engine ---------------------------------------------------------------------
    def relations(self, ctx, targets: list[Item], relations: tuple[str, ...]) -> list[Relation]:
        """Every frame of the given ``relations`` that holds in the article.

        ``targets`` are the spans that can be arguments (outermost first, sorted); ``ctx`` is
        the article context (text, clauses, spans, token positions)."""
        out: list[Relation] = []
        by_kind = {}
        for cue in ctx.items("CUE"):
            clause = ctx.clause_of(cue.start)
            for frame in self.by_cue.get(" ".join(cue.text.casefold().split()), ()):
                if frame.relation not in relations:
                    continue
                if frame.needs_award and not ctx.about_award(cue.start):
                    continue
                if frame.relation == "win" and self._negated(ctx, cue):
                    continue
                if frame.targets not in by_kind:
                    by_kind[frame.targets] = [t for t in targets if t.label in frame.targets]
                rel = self._apply(ctx, frame, cue, clause, by_kind[frame.targets])
                if rel is not None:
                    out.append(rel)
        kinds = {(r.clause, r.frame.relation) for r in out}
        return [r for r in out if not r.frame.with_ or any((r.clause, w) in kinds for w in r.frame.with_)]

    def _negated(self, ctx, cue: Item) -> bool:
        """`belum menerima`, `tidak berhasil meraih`: a negation up to two words before the cue."""
        ws = _WORD.findall(ctx.text, max(0, cue.start - 30), cue.start)[-2:]
        return any(w.casefold() in self.negations for w in ws)

    def _apply(self, ctx, frame: Frame, cue: Item, clause, targets) -> Relation | None:
        rel = Relation(frame, cue, clause)
        if frame.argument == "after":
            rel.args = self._after(ctx, cue, clause, targets, frame)
        else:
            rel.args = self._before(ctx, cue, clause, targets, frame)
            if not rel.args:
                rel.args, rel.lead = self._listed(ctx, cue, clause, targets)
            if not rel.args:
                rel.args = self._pronoun_or_after(ctx, cue, clause, targets)
            if not rel.args and frame.relation == "win":
                # `Dua daerah menerima X. Keduanya yakni A dan B.`
                rel.args = self._continued(ctx, clause, targets)
        if not rel.args:
            return None
        if frame.relation == "win":
            rel.prize = self._prize(ctx, rel)
            if frame.needs_prize and not any(p.label in ("CATEGORY", "RANK") for p in rel.prize):
                return None
        return rel

    def _after(self, ctx, cue: Item, clause, targets, frame: Frame) -> list[Item]:
        """The targets right after the cue: the first within the scope, with no other cue
        before it, and those coordinated with it. With none in the clause, a list that the
        next sentence opens with a lead (`… diraih 16 daerah. Antara lain, A, B …`)."""
        for i, t in enumerate(targets):
            if t.start < cue.end:
                continue
            if t.start >= clause[1]:
                break
            if ctx.tokens_between(cue.end, t.start) > frame.max_scope:
                return []
            # The scope ends at another cue (a list lead does not end it) or a preposition
            # (`kepada tim X, di acara Y, di Tangerang`: no argument).
            if any(
                c.end <= t.start and not self.lists.leads.fullmatch(c.text)
                for c in ctx.starting_in("CUE", cue.end, t.start)
            ):
                return []
            if any(w.casefold() in self.not_subject for w in _WORD.findall(ctx.text, cue.end, t.start)):
                return []
            return self._coordinated(ctx, targets, i, clause[1])
        return self._continued(ctx, clause, targets) if frame.relation == "win" else []

    def _continued(self, ctx, clause, targets) -> list[Item]:
        nxt = ctx.next_sentence(clause[1])
        if nxt is None:
            return []
        lead = self.lists.group_lead.match(ctx.text, nxt[0], nxt[1])
        if lead is None:
            return []
        for i, t in enumerate(targets):
            if t.start >= lead.end():
                if t.start >= nxt[1] or ctx.tokens_between(lead.end(), t.start) > 3:
                    return []
                return self._coordinated(ctx, targets, i, nxt[1])
        return []

    def _before(self, ctx, cue: Item, clause, targets, frame: Frame) -> list[Item]:
        """The subject of the clause: its first target before the cue that no preposition or
        other frame claims (`Kota X, yang hadir bersama Y, menerima …` → Kota X)."""
        text = ctx.text
        floor = clause[0]
        for c in ctx.starting_in("CUE", clause[0], cue.start):
            if c.end <= cue.start and self._has_subject(c):
                floor = c.end  # `Kota A meraih X, Kota B meraih Y`: a new subject after a predicate
        cands = [i for i, t in enumerate(targets) if t.start >= floor and t.end <= cue.start]
        claimed = self._claimed(ctx, cue, clause, targets)
        quoted = [] if _inside(cue.start, _quotes(text, clause)) else _quotes(text, clause)
        for n, i in enumerate(cands):
            t = targets[i]
            if i in claimed or self._after_preposition(text, clause[0], t.start) or _inside(t.start, quoted):
                continue
            if ctx.tokens_between(t.start, cue.start) > frame.max_scope:
                continue
            if _generic(t) and self._relative(text, t.end, cue.start):
                # `Bupati yang meraih … kategori X, yaitu Bupati A, Bupati B`: the title without a
                # name is the kind of recipient; the list after the lead names them.
                listed, _ = self._listed(ctx, cue, clause, targets)
                if listed:
                    return listed
            # `A melalui B menjelaskan`: the one after `melalui` acts for A.
            later = [j for j in cands[n + 1 :] if self._after_word(text, targets[j].start, self.via)]
            if later:
                return self._coordinated(ctx, targets, later[-1], cue.start)
            return self._coordinated(ctx, targets, i, cue.start)
        return []

    @staticmethod
    def _relative(text: str, a: int, b: int) -> bool:
        """A relative clause joins a subject to its verb (`yang` among the words between)."""
        words = [w.casefold() for w in _WORD.findall(text, a, b)]
        return "yang" in words[:3]  # `Bupati yang meraih`, `Kepala daerah yang meraih`

    def _has_subject(self, cue: Item) -> bool:
        return any(f.argument == "before" for f in self.by_cue.get(" ".join(cue.text.casefold().split()), ()))

    def _claimed(self, ctx, cue: Item, clause, targets) -> set[int]:
        """Targets of the clause before ``cue`` that an `after` cue already took
        (`bersama Y`, `didampingi Z`, `kepada W`)."""
        out: set[int] = set()
        for c in ctx.starting_in("CUE", clause[0], cue.start):
            if c.end > cue.start:
                continue
            frames = [
                f
                for f in self.by_cue.get(" ".join(c.text.casefold().split()), ())
                if f.argument == "after" and f.relation in ("accompany", "present")
            ]
            if not frames:
                continue
            scope = min([f.max_scope for f in frames] + [3])
            for i, t in enumerate(targets):
                between = ctx.text[c.end : t.start]
                crossed = any(q in between for q in "“”\"") or any(
                    o.end <= t.start for o in ctx.starting_in("CUE", c.end, t.start)
                )
                if c.end <= t.start < cue.start and ctx.tokens_between(c.end, t.start) <= scope and not crossed:
                    # `bersama A dan B`; not `dari A, B meraih …` (B is a subject of its own).
                    out.add(i)
                    j = i + 1
                    while j < len(targets) and targets[j].start < cue.start:
                        gap = ctx.text[targets[j - 1].end : targets[j].start]
                        if not _AND_GAP.fullmatch(gap):
                            break
                        out.add(j)
                        j += 1
                    break
        return out

    def _listed(self, ctx, cue: Item, clause, targets) -> tuple[list[Item], int | None]:
        """`lima daerah yang meraih X, yaitu A, B dan C`: with no subject, a list lead after
        the cue opens the list of those who won."""
        lead = self.lists.lead_in(ctx.text, cue.end, clause[1])
        if lead is None:
            return self._continued(ctx, clause, targets), None
        for i, t in enumerate(targets):
            if t.start >= lead.end() and t.start < clause[1]:
                if ctx.tokens_between(lead.end(), t.start) > 3:
                    return [], None
                return self._coordinated(ctx, targets, i, clause[1]), lead.start()
        return [], None

    def _pronoun_or_after(self, ctx, cue: Item, clause, targets) -> list[Item]:
        """No subject before the cue: `Usai menerima penghargaan, Bupati X …` has it after
        the comma; `…,” katanya, usai menerima …` refers to the person named last."""
        text = ctx.text
        before = [w.casefold() for w in _WORD.findall(text[clause[0] : cue.start])]
        if before and before[-1] in self.subject_after:
            comma = text.find(",", cue.end, clause[1])
            nxt = next((i for i, t in enumerate(targets) if comma >= 0 and comma < t.start < clause[1]), None)
            if nxt is not None and ctx.tokens_between(comma, targets[nxt].start) <= 3:
                return self._coordinated(ctx, targets, nxt, clause[1])
        # The pronoun must be the subject of the cue itself, a few words before it.
        near = before[-4:]
        if any(w in self.pronouns for w in near) and "yang" not in near:
            persons = [t for t in targets if t.label == "PERSON" and t.end <= clause[0]]
            if persons:
                return [persons[-1]]
        return []

    def _coordinated(self, ctx, targets, i: int, limit: int) -> list[Item]:
        return [targets[j] for j in self.coordinated(ctx, targets, i, limit)]

    def coordinated(self, ctx, targets, i: int, limit: int) -> list[int]:
        """Target ``i`` and the targets listed after it (`A, B dan C`, `A (1); B (2)`) before
        ``limit``, as indices into ``targets``; a location (`… Kota Padang`) is no item."""
        text = ctx.text
        out = [i]
        last = i
        j = i + 1
        while j < len(targets) and targets[j].start < limit:
            gap = _RANK_IN_GAP.sub(" ", text[targets[last].end : targets[j].start])
            if is_location(targets[last], targets[j], gap):
                last = j  # `SDN 4 Birugo Kota Bukittinggi`, `Kabupaten Gowa, Sulawesi Selatan`
            elif self.lists.is_separator_gap(gap, ctx.gap_words):
                out.append(j)
                last = j
            else:
                break
            j += 1
        return out

    def _after_preposition(self, text: str, clause_start: int, pos: int) -> bool:
        """A target after a preposition (`dari`, `di`) or a passive verb (`yang digelar BPJS`:
        the verb's agent) is no subject."""
        if self._after_word(text, pos, self.not_subject, clause_start, reach=2):
            return True
        ws = _WORD.findall(text, max(clause_start, pos - 30), pos)
        return bool(ws) and ws[-1].startswith("di") and is_verb(ws[-1])

    @staticmethod
    def _after_word(text: str, pos: int, words: set[str], floor: int = 0, reach: int = 1) -> bool:
        """One of ``words`` stands right before ``pos`` (or up to ``reach`` words before it,
        with no punctuation between: `di bawah komando Bupati X`)."""
        left = text[max(floor, pos - 40) : pos]
        tail = _NOT_WORDY.split(left)[-1]
        ws = _WORD.findall(tail)
        if ws and ws[-1].casefold() in words:
            return True
        # `di bawah komando Bupati X`: a common noun may stand between; a name may not
        # (`dari NTT Kabupaten Y`: Y is the subject).
        return reach > 1 and len(ws) > 1 and ws[-1][:1].islower() and ws[-2].casefold() in words

    def _prize(self, ctx, rel: Relation) -> list[Item]:
        """CATEGORY, AWARD and RANK spans of the clause, those on the frame's prize side
        first; nothing inside the argument."""
        a0 = min(a.start for a in rel.args)
        a1 = max(a.end for a in rel.args)
        s, e = rel.clause
        items = [
            x
            for label in ("CATEGORY", "AWARD", "RANK")
            for x in ctx.items(label)
            if s <= x.start < e and not (a0 <= x.start < a1)
        ]
        if rel.frame.prize == "after":
            near = [x for x in items if x.start >= rel.cue.end]
        else:
            near = [x for x in items if x.end <= rel.cue.start]
        far = [x for x in items if x not in near]
        return sorted(near, key=lambda x: x.start) + sorted(far, key=lambda x: x.start)


_QUOTE = regex.compile(r"[“\"](?P<q>[^“”\"]*)[”\"]")


def _quotes(text: str, clause) -> list[tuple[int, int]]:
    """The quoted stretches of a clause."""
    return [m.span() for m in _QUOTE.finditer(text, clause[0], clause[1])]


def _inside(pos: int, spans) -> bool:
    return any(a <= pos < b for a, b in spans)


def _generic(t: Item) -> bool:
    """A title written without a name (`Bupati`): a kind of person, not someone."""
    return t.label == "PERSON" and t.data.official is None


def is_location(prev: Item, nxt: Item, gap: str) -> bool:
    """``nxt`` says where ``prev`` is rather than naming one more target: a region right
    after an organisation or a person (`SMPN 3 X Kabupaten Agam`, `SMPN X, Kabupaten Agam`),
    or a province right after a region of its own (`Kabupaten Gowa, Sulawesi Selatan`)."""
    if nxt.label != "REGION":
        return False
    if prev.label in ("ORG", "PERSON") and not gap.strip(" ,"):
        return True
    if prev.label != "REGION" or gap.strip(" ,()") or nxt.data.type:
        return False
    prov = [r for r in nxt.data.candidates if r.type == "Provinsi"]
    return bool(prov) and any(r.code.split(".")[0] == prov[0].code for r in prev.data.candidates)


def token_starts(doc) -> list[int]:
    """Character offsets of the word tokens of a spaCy doc, for token distances."""
    a = doc.to_array([IDX, IS_SPACE, IS_PUNCT])  # one array instead of a Token object per word
    return a[(a[:, 1] == 0) & (a[:, 2] == 0), 0].tolist()


def tokens_between(starts: list[int], a: int, b: int) -> int:
    """Number of word tokens that start in ``[a, b)``."""
    return bisect.bisect_left(starts, b) - bisect.bisect_left(starts, a)
