"""Award categories, recognised once per article from ``patterns/categories.yaml``.

A category is named in five ways: a known name (`Smart Branding`), a family pattern
(`kota kecil`, `Top 45`), a marker and what follows it (`kategori X`, `predikat X`,
`tingkat Pratama`), a grade right after an award (`KLA Nindya`, `UHC Utama`), and a
capitalised head after `penghargaan` (`Penghargaan Spesial`). An open capture after a
marker ends at a stop word, a cue, a recipient, an award, a year or punctuation, and a known
category name inside it bounds it.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

import regex

from .lexicon import stop_words
from .normalize import key
from .patterns import REGION_TYPES, Patterns
from .scan import finditer_at, first_words, folded

MAX_WORDS = 8
# A category named after a kind of region is for that kind (`kabupaten besar`): the kinds are
# the region types of the pattern schema (`type: Kabupaten`).
_TYPE_WORDS = {t.casefold(): t for t in REGION_TYPES}
_TRAILING_YEAR = regex.compile(r"\s+(?:19|20)\d\d$")
_LIST_SPLIT = regex.compile(r"\s*,\s*(?:dan\s+)?|\s+dan\s+|\s*&\s*")
_INNER = {"-", "/", "&", "–"}
# `Kabupaten Layak Anak (KLA) Tahun 2023` named as a category: its acronym and year go.
_NAME_TAIL = regex.compile(r"(?:\s*\([^)]*\))?(?:\s+(?:[Tt]ahun\s+)?(?:19|20)\d\d)?(?:\s+[Tt]ahun)?$")
# A grade stands on the award's own line (`… Daerah 2024\n\nKamis` is the next line's word).
_GRADE_AFTER = regex.compile(
    r"(?:[^\S\n]*\([^\S\n]*\p{Lu}{2,10}[^\S\n]*\))?[^\S\n]+(?P<g>\p{Lu}[\p{L}]+(?:[^\S\n]+\p{Lu}[\p{L}]+)?)"
    r"(?![\p{L}])(?![^\S\n]+\p{Lu})"
)
_ACRONYM_AFTER = regex.compile(r"\s*\(\s*\p{Lu}[\p{Lu}\p{N}-]{1,9}\s*\)")


@dataclass(frozen=True)
class Category:
    """What a CATEGORY span stands for."""

    name: str
    type: str | None  # the kind of region the category is for (`kota kecil` → Kota)
    known: bool = False  # a name from the pattern files, not an open capture
    soft: bool = False  # a title of merit or the programme's own name: gives way to a named one
    refers: bool = False  # `kategori itu`: the category named just before, not the words here


def _phrase_alt(words) -> str:
    return "|".join(r"\s+".join(regex.escape(w) for w in str(x).split()) for x in sorted(words, key=len, reverse=True))


_PENGHARGAAN = ["penghargaan"]  # every match of `penghargaan_rx` opens with it


class CategoryFinder:
    """Compiled category knowledge for one pattern set."""

    def __init__(self, pats: Patterns, award_words: list[str]):
        cat = pats["categories.yaml"]
        self.names: dict[str, str] = {}
        for c in cat["names"]:
            if isinstance(c, str):
                self.names[key(c)] = str(c)
            else:
                for n in [c["name"], *(c.get("aliases") or [])]:
                    self.names[key(n)] = str(c["name"])
        self._types: dict[str, str | None] = {}
        self.type_rx = [
            (regex.compile(rf"(?<![\p{{L}}])(?:{p['pattern']})(?![\p{{L}}])"), p.get("type"))
            for p in cat.get("patterns") or []
        ]
        self.level_only = {key(x) for x in cat.get("level_only") or []}
        self.markers = [str(m).casefold().split() for m in cat["markers"]]
        self.weak_markers = [str(m).casefold().split() for m in cat.get("weak_markers") or []]
        self.anaphora = {str(w).casefold() for w in cat.get("anaphora") or []}
        self.grades = {key(g): str(g) for g in cat.get("grades") or []}
        self.grade_words = {w.casefold() for g in cat.get("grades") or [] for w in str(g).split()}
        # Each programme's own categories and grades (awards.yaml): distinctive names are
        # known anywhere; a single ordinary word only right after the programme's name.
        self.own: dict[str, set[str]] = {}
        self.programme_grades: dict[str, set[str]] = {}
        self.distinctive: list[str] = []
        for prog in pats["awards.yaml"]["programmes"]:
            names = [str(x) for x in [*(prog.get("categories") or []), *(prog.get("grades") or [])]]
            self.own[str(prog["canonical"])] = {key(n) for n in names}
            for n in prog.get("categories") or []:
                if len(str(n).split()) > 1 or (str(n).isupper() and len(str(n)) >= 3):
                    self.distinctive.append(str(n))
                    self.names.setdefault(key(n), str(n))
            self.programme_grades[str(prog["canonical"])] = {key(g) for g in prog.get("grades") or []}
        keep = {str(w).casefold() for w in cat.get("keep_words") or []}
        self.stops = (set(stop_words()) - keep) | {str(w).casefold() for w in award_words} | {"tahun"}
        self.joining = {str(w).casefold() for w in cat.get("joining_words") or []} | {"dan", "&"}
        heads = "|".join(regex.escape(str(w)) for w in award_words)
        # Only the lower-case word is generic: `Anugerah Gemilang Desa` keeps its own head.
        self.award_head = regex.compile(rf"^(?:{heads})\s+(?=\S)")
        self.award_markers = {str(w).casefold() for w in cat.get("award_markers") or []}
        self.award_marker_rx = regex.compile(
            rf"(?<![\p{{L}}])(?i:{_phrase_alt(cat.get('award_markers') or []) or '(?!)'})\s+$"
        )
        # `dinobatkan sebagai camat terbaik` (group `lc`): written in lower case, one or two
        # words and the evaluative word right after them.
        evaluative = _phrase_alt(cat.get("evaluative") or []) or "(?!)"
        self._as_firsts = first_words(cat.get("as_markers") or [])
        self.as_marker_rx = regex.compile(
            rf"(?<![\p{{L}}])(?i:{_phrase_alt(cat.get('as_markers') or []) or '(?!)'})\s+"
            r"(?:(?P<c>\p{Lu}[\p{L}\p{N}]*(?:\s+(?:\p{Lu}[\p{L}\p{N}]*|\d+|dan|&)){0,6})"
            rf"|(?P<lc>(?P<w>\p{{Ll}}+(?:\s+\p{{Ll}}+)?)\s+(?:{evaluative})(?![\p{{L}}])))"
        )
        self.evaluative_rx = regex.compile(
            rf"^.*?(?<![\p{{L}}])(?i:{_phrase_alt(cat.get('evaluative') or []) or '(?!)'})(?![\p{{L}}])"
        )
        self.penghargaan_rx = regex.compile(
            r"(?:(?<![\p{L}])(?P<cap>Penghargaan)|(?<![\p{L}])penghargaan)\s+"
            r"(?P<c>\p{Lu}[\p{L}]*(?:\s+(?:\p{Lu}[\p{L}]*|\d{1,3}(?!\d)|on|of|in|&)(?![\p{L}])){0,6})"
        )

    def phrase_patterns(self, pats: Patterns) -> list[dict]:
        """Every known name and alias, and the programmes' distinctive categories, as
        span-ruler patterns labelled CATEGORY."""
        out = []
        for c in pats["categories.yaml"]["names"]:
            names = [c] if isinstance(c, str) else [c["name"], *(c.get("aliases") or [])]
            canonical = names[0]
            for n in names:
                out.append({"label": "CATEGORY", "pattern": str(n), "id": str(canonical)})
        out += [{"label": "CATEGORY", "pattern": n, "id": n} for n in self.distinctive]
        # The words that open a category (`kategori`, `tingkat`): found once by the ruler; the
        # id keeps the order of the file, which decides between two that start together.
        for label, markers in (("MARKER", self.markers), ("WEAK_MARKER", self.weak_markers)):
            out += [{"label": label, "pattern": " ".join(m), "id": f"{i:04d}"} for i, m in enumerate(markers)]
        return out

    def type_of(self, name: str) -> str | None:
        """The kind of region a category is for: from its family pattern, else from its first
        word (`kabupaten besar`, `Provinsi Terinovatif`)."""
        if name in self._types:
            return self._types[name]
        t = next((tt for rx, tt in self.type_rx if tt and rx.search(name)), None)
        if t is None and name.split():
            t = _TYPE_WORDS.get(name.split()[0].casefold())
        if len(self._types) < 100_000:
            self._types[name] = t
        return t

    # -- finding ------------------------------------------------------------------------
    def find(self, doc, text: str, blocked: set[int], known_spans, award_items, headline_lines, sent_ends) -> list:
        """Categories of one article as (start, end, Category), longest of overlapping kept.

        ``doc`` is the spaCy doc, ``blocked`` the token indices inside recipients, awards,
        titles, cues, dates, years and percentages; ``known_spans`` the ruler's CATEGORY
        spans; ``award_items`` the AWARD spans; ``headline_lines`` the character
        ranges of headlines, where every word is capitalised and no `penghargaan X` is read;
        ``sent_ends`` the sorted end offsets of the sentences (no capture crosses one).
        """
        self._sent_ends = sent_ends
        self._marker_starts: set[int] = set()
        self._text = text  # spaCy's `Doc.text` joins every token on each read
        self._award_items = award_items
        awards = [(a.start, a.end) for a in award_items]
        found: list[tuple[int, int, Category]] = []
        marks = {"MARKER": [], "WEAK_MARKER": []}
        for sp in known_spans:
            if sp.label_ in marks:
                marks[sp.label_].append(sp)
                continue
            found.append((sp.start_char, sp.end_char, Category(sp.text, self.type_of(sp.text), True)))
        for rx, t in self.type_rx:
            for m in rx.finditer(text):
                s, e = (m.start("c"), m.end("c")) if "c" in rx.groupindex else m.span()
                name = text[s:e]
                # A family pattern is knowledge too: `Top 45` stands inside an award's name.
                found.append((s, e, Category(name, t or self.type_of(name), True)))
        low = folded(text)
        self._referring: list[tuple[int, int]] = []
        self._marker_starts = {sp.start for sp in marks["MARKER"] + marks["WEAK_MARKER"]}
        found += self._captures(doc, blocked, marks["MARKER"], weak=False)
        found += self._captures(doc, blocked, marks["WEAK_MARKER"], weak=True)
        found += self._programmes_as_categories(doc)
        found += self._titles_of_merit(doc, text)
        found += self._grades(text, award_items)
        if "penghargaan" in low:
            for m in finditer_at(self.penghargaan_rx, text, _PENGHARGAAN):
                if any(a <= m.start() < b for a, b in headline_lines):
                    continue
                if any(a < m.end() and m.start("c") < b for a, b in awards) or _ACRONYM_AFTER.match(text, m.end()):
                    continue  # `Penghargaan IGA`, `penghargaan Universal Health Coverage (UHC)`: an award
                # `Penghargaan Spesial` names a category with its head word; in `penghargaan
                # Best Smart Branding` the head is just "award".
                whole = m["cap"] and len(m["c"].split()) == 1
                s = m.start() if whole else m.start("c")
                found.append((s, m.end(), Category(text[s : m.end()], self.type_of(m["c"]))))
        found += self._referred(found)
        return self._clean(text, found, awards)

    def _referred(self, found) -> list[tuple]:
        """`… finalis kategori Best Smart Environment. Kategori itu diraih Kota X`: a marker
        with a demonstrative names the category written last before it, in its sentence or
        the one before."""
        out = []
        for s, e in self._referring:
            k = bisect.bisect_right(self._sent_ends, s)
            floor = self._sent_ends[k - 2] if k >= 2 else 0
            before = [f for f in found if floor <= f[0] and f[1] <= s]
            if before:
                c = max(before, key=lambda f: f[1])[2]
                out.append((s, e, Category(c.name, c.type, c.known, c.soft, refers=True)))
        return out

    def _captures(self, doc, blocked: set[int], marker_spans, weak: bool) -> list[tuple]:
        """Open captures after the marker words the ruler found (``marker_spans``); of two
        markers starting at one token the one listed first in the file."""
        out = []
        n = len(doc)
        first: dict[int, object] = {}
        for sp in marker_spans:
            if sp.start not in first or sp.id_ < first[sp.start].id_:
                first[sp.start] = sp
        for i in sorted(first):
            j = first[i].end
            if j >= n:
                continue
            if weak:
                nxt = doc[j].text
                if not (nxt[:1].isupper() or nxt.casefold() in self.grade_words):
                    continue
            award = next((a for a in self._award_items if a.start == doc[j].idx), None)
            if award is not None and doc[i].lower_ in self.award_markers:
                # `Penghargaan Kategori Provinsi Layak Anak`: a programme named as a category.
                out.append((award.start, award.end, Category(award.text, self.type_of(award.text), True)))
                continue
            if not weak and doc[j].lower_ in self.anaphora:
                self._referring.append((doc[i].idx, doc[j].idx + len(doc[j].text)))
                continue
            got = self._capture(doc, j, blocked)
            if got:
                s, e = got
                name = self._text[s:e]
                out.append((s, e, Category(name, self.type_of(name))))
        return out

    def _programmes_as_categories(self, doc) -> list[tuple]:
        """`dinobatkan sebagai Provinsi Layak Anak (Provila)`: a programme named right after an
        award marker is also the category won."""
        out = []
        for a in self._award_items:
            m = self.award_marker_rx.search(self._text, max(0, a.start - 20), a.start)
            if m:
                name = _NAME_TAIL.sub("", self._without_head(a.text))
                s = a.end - len(self._without_head(a.text))
                out.append((s, s + len(name), Category(name, self.type_of(name), True, soft=True)))
        return out

    def _titles_of_merit(self, doc, text: str) -> list[tuple]:
        """`dinobatkan sebagai Puskesmas Pembina STBM Terbaik`: after `sebagai`, a capitalised
        phrase with an evaluative word is a category, even when it is shaped like a name."""
        out = []
        for m in finditer_at(self.as_marker_rx, text, self._as_firsts):
            if m["lc"]:
                if not any(w in self.stops for w in m["w"].split()):
                    out.append((m.start("lc"), m.end("lc"), Category(m["lc"], self.type_of(m["lc"]), soft=True)))
                continue
            ev = self.evaluative_rx.search(m["c"])
            if ev:
                end = m.start("c") + ev.end()
                cat = Category(text[m.start("c") : end], self.type_of(m["c"]), soft=True)
                out.append((m.start("c"), end, cat))
        return out

    def _capture(self, doc, j: int, blocked: set[int]) -> tuple[int, int] | None:
        """The words of an open category from token ``j``: (start char, end char)."""
        n = len(doc)
        end = j
        words = 0
        k = bisect.bisect_right(self._sent_ends, doc[j].idx)
        limit = self._sent_ends[k] if k < len(self._sent_ends) else len(self._text)
        while end < n and words < MAX_WORDS and doc[end].idx < limit:
            t = doc[end]
            low = t.lower_
            if end in blocked or t.is_space:
                break
            if end in self._marker_starts and end - 1 > j and doc[end - 1].lower_ in self.joining:
                break  # `kategori A dan kategori B`: a marker after `dan` opens the next category
            if (
                t.text == "("
                and end + 3 < n
                and doc[end + 2].text == ")"
                and doc[end + 1].text.isupper()
                and doc[end + 3].text[:1].islower()
                and doc[end + 3].lower_ not in self.stops
            ):
                end += 3  # `organisasi perangkat daerah (OPD) provinsi`: an acronym inside the name
                continue
            if t.is_punct and t.text not in _INNER:
                break
            if low in self.stops and low not in ("dan", "&"):
                joins = low in self.joining and doc[j].text[:1].isupper()
                if not (joins and end + 1 < n and doc[end + 1].text[:1].isupper() and end + 1 not in blocked):
                    break
            if t.like_num and len(t.text) == 4 and t.text[:2] in ("19", "20"):
                break
            end += 1
            words += not t.is_punct
        while end > j and (doc[end - 1].lower_ in self.joining or doc[end - 1].text in _INNER):
            end -= 1
        if end <= j:
            return None
        return doc[j].idx, doc[end - 1].idx + len(doc[end - 1].text)

    def _grades(self, text: str, awards) -> list[tuple]:
        """`KLA Nindya`, `Universal Health Coverage (UHC) Utama`, `Adipura Kencana`: a grade
        right after an award's name, or an award's name that already ends in one."""
        out = []
        for a in awards:
            own = self.own.get(a.data.canonical, set())
            grades = self.programme_grades.get(a.data.canonical, set()) | set(self.grades)
            words = a.text.split()
            # `Manggala Karya Kencana` is a programme's own name, whatever its last word.
            own_name = a.data.known and key(words[-1]) not in self.programme_grades.get(a.data.canonical, set())
            if len(words) > 1 and key(words[-1]) in grades and not own_name:
                name = self._without_head(a.text)
                s = a.end - len(name)
                out.append((s, a.end, Category(name, self.type_of(name), True)))
                continue
            m = _GRADE_AFTER.match(text, a.end)
            if not m:
                continue
            g = m["g"]
            if not a.data.known and len(g.split()) == 1 and key(g) not in self.names:
                pass  # `Adipura Kencana` of a programme the article taught us: its grade
            elif key(g) not in self.grades and key(g) not in own:
                g = g.split()[0]
                if key(g) not in self.grades and key(g) not in own:
                    continue
            e = m.start("g") + len(g)
            name = self._without_head(text[a.start : e])
            out.append((e - len(name), e, Category(name, self.type_of(name))))
        return out

    def _without_head(self, name: str) -> str:
        """`penghargaan UHC Utama` → `UHC Utama`: the generic award word is no part of it."""
        return self.award_head.sub("", name)

    def _clean(self, text: str, found, awards) -> list[tuple]:
        """Tidy names, drop what lies inside an award's own name, keep the longest of
        overlapping categories; an English gloss in brackets after one is the same one."""
        tidy = []
        for s, e, c in found:
            if c.refers:
                tidy.append((s, e, c))
                continue
            name = _TRAILING_YEAR.sub("", text[s:e].strip(" ,.-"))
            if not name:
                continue
            s = s + text[s:e].find(name)
            e = s + len(name)
            inside_award = any(a <= s and e <= b for a, b in awards)
            if inside_award and not c.known:
                continue
            known = c.known or key(name) in self.names
            tidy.append((s, e, Category(name, c.type, known, c.soft)))
        tidy.sort(key=lambda x: (x[0], -(x[1] - x[0])))
        out: list[tuple] = []
        for f in tidy:
            if any(f[0] >= o[0] and f[1] <= o[1] for o in out):
                continue
            if out and text[out[-1][1] : f[0]].strip() == "(":
                continue
            out = [o for o in out if not (o[0] >= f[0] and o[1] <= f[1])]
            out.append(f)
        return self._split_lists(text, out)

    def _split_lists(self, text: str, found) -> list[tuple]:
        """`kategori Smart Society dan smart ecosystem`: short parts joined by `dan` or a comma
        are categories of their own."""
        out = []
        for s, e, c in found:
            name = c.name
            parts = [p for p in _LIST_SPLIT.split(name) if p]
            if c.known or len(parts) < 2 or not all(0 < len(p.split()) <= 4 for p in parts):
                out.append((s, e, c))
                continue
            pos = s
            for p in parts:
                i = text.find(p, pos)
                out.append((i, i + len(p), Category(p, self.type_of(p), key(p) in self.names)))
                pos = i + len(p)
        return out

    def level_only_filter(self, cats: list) -> list:
        """Drop categories that only name the level of government when others are named."""
        if any(key(c.name) not in self.level_only for c in cats):
            return [c for c in cats if key(c.name) not in self.level_only]
        return cats
