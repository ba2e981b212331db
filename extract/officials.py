"""Officials: a named person with a position, the position's organisation, and a role.

A position is built from ``patterns/positions.yaml`` (modifier + title + unit); the
person's name stands after it (`Bupati Batang Lani Dwi Rejeki`, `Kepala Dinas …, Arif
Karyadi`) or before it (`Yana Mulyana (Walikota Bandung)`, `Farid Subkhan selaku Co
Founder Citiasia`, `Apip Permana, Kepala Diskominfo …`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import regex
from rapidfuzz import fuzz

from .context import Cues, Doc
from .dates import locale_calendar
from .lexicon import is_common_word, is_root_word
from .normalize import key
from .orgs import OrgFinder
from .patterns import ORG_KINDS, REGION_TYPES, Patterns, alternation
from .regions import Gazetteer
from .scan import WordTable, finditer_before, letter_run_start
from .spans import Item

_TOKEN = regex.compile(r"\(?[\p{L}\p{N}][\p{L}\p{N}'’.&/-]*\)?|&|,|\(|\)")
_ROLE_RANK = {"recipient": 3, "presenter": 2, "speaker": 1, "other": 0}
_GLUED_HONORIFIC = regex.compile(r"(?P<h>\p{Lu}\p{Ll}{0,2}\.)(?P<rest>\p{Lu}\p{Ll}{2,}.*)")
_ROLE_OF = {"win": "recipient", "present": "presenter", "speak": "speaker", "accompany": "other"}
_DEGREES_AFTER = regex.compile(r",?\s*(?P<d>[\p{L}][\p{L}.]{0,9}\.?)(?=[\s,;)]|$)")
_CLAUSE_STOP = regex.compile(r"[.;:!?”\"](?:\s|$)|\n|[“\"]")
# Searched from the right: the run of letters and dots that ends the text, found at once.
_LAST_WORD = regex.compile(r"[\p{L}.]+$", regex.REVERSE)
_PAREN_ACR = regex.compile(r"\s*\(\s*\p{Lu}{2,8}\s*\)")
_ACR_YEAR = regex.compile(r"(?P<a>\p{Lu}{2,8})\s+(?P<y>(?:19|20)\d\d)")
_ACR_DEF = regex.compile(r"(?P<full>(?:\p{Lu}[\p{L}]+\s+){1,6}?\p{Lu}[\p{L}]+)\s*\((?P<a>\p{Lu}{2,8})\)")
_ACR_PAREN = regex.compile(r"\((?P<a>\p{Lu}{2,8})\)")
# After a chairing cue, the name: letters, spaces and apostrophes.
_NAME_RUN = regex.compile(r"[\p{L}\s'’]*")
_CAPS_WORD = regex.compile(r"\b\p{Lu}{2,8}\b")


class _LazyAcronyms(dict):
    """`Long Name (LN)` definitions of one article, collected on first use."""

    def __init__(self, text: str, known: set[str]):
        super().__init__()
        self._text, self._known, self._done = text, known, False

    def _load(self):
        if not self._done:
            self._done = True
            self.update({m["a"]: m["full"] for m in acronym_definitions(self._text) if m["a"] not in self._known})

    def __bool__(self):
        self._load()
        return dict.__len__(self) > 0


def acronym_definitions(text: str):
    """``_ACR_DEF.finditer(text)``, tried only before each `(ACR)`: a definition is words and
    spaces up to its bracket, so it starts where the run of letters and spaces does."""
    return finditer_before(_ACR_DEF, text, (m.span() for m in _ACR_PAREN.finditer(text)), floor_at=_run_to)


def _run_to(text: str, span) -> int:
    return letter_run_start(text, span[0])


def _find_word(text: str, word: str):
    """Offsets of ``word`` standing as a whole word in ``text``."""
    i = text.find(word)
    while i >= 0:
        j = i + len(word)
        if (i == 0 or not text[i - 1].isalpha()) and (j == len(text) or not text[j].isalpha()):
            yield i, j
        i = text.find(word, j)


@lru_cache(maxsize=256)
def _cached_alternation(words: tuple[str, ...]) -> regex.Pattern:
    return _word_alternation(words)


def _word_alternation(words) -> regex.Pattern:
    """One regex matching any of ``words`` as a whole word, longest first."""
    alt = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
    return regex.compile(rf"(?<![\p{{L}}])(?:{alt})(?![\p{{L}}])")


@dataclass
class Official:
    """A person with a position, merged over all mentions in one article."""

    name: str
    honorific: str
    position: str
    organization: str
    start: int
    end: int
    text: str
    role: str = "other"
    mentions: list[tuple[int, int]] = field(default_factory=list)  # where the name is written
    title_key: str = ""
    extents: list[tuple[int, int]] = field(default_factory=list)  # title, unit and name together


@dataclass(frozen=True)
class Person:
    """What a PERSON span stands for: an official, or a title written without a name
    (`Bupati`, `Gubernur Lampung`), with the position and organisation it names."""

    official: Official | None
    position: str
    organization: str


class OfficialFinder:
    """Compiled position patterns and name rules for one pattern set."""

    def __init__(self, pats: Patterns, cues: Cues, gaz: Gazetteer, orgs: OrgFinder):
        self.cues, self.gaz = cues, gaz
        pos = pats["positions.yaml"]
        self.mod_map: dict[str, str] = {}
        for m in pos["modifiers"]:
            for a in [m["title"], *(m.get("aliases") or [])]:
                self.mod_map[a] = m["title"]
        self.title_map: dict[str, dict] = {}
        for t in pos["titles"]:
            for a in [t["title"], *(t.get("aliases") or [])]:
                self.title_map[a] = t
        hon = pats["honorifics.yaml"]
        self.honorifics = set(hon["honorifics"]) | set(hon.get("ranks") or [])
        self.name_abbrevs = set(hon.get("name_abbreviations") or [])
        self.document_words = regex.compile(
            rf"(?:{'|'.join(regex.escape(str(w)) for w in pos.get('document_words') or ['(?!)'])})\s+$",
            regex.REVERSE,  # asked only whether the text before a title ends so
        )
        self.degrees = {d.replace(".", "").casefold() for d in hon["degrees"]}
        org = pats["organizations.yaml"]
        # Abbreviations of bodies: national institutions, units of regional government, and
        # the others organizations.yaml lists (universities …).
        self.abbrev = {
            **orgs.institution_by_abbr,
            **orgs.unit_by_abbr,
            **{a["short"]: a["full"] for a in org["abbreviations"]},
        }
        self.starters = set(org["starters"])
        self.acronyms = set(org.get("acronyms") or [])
        self.suffixes = {s.rstrip(".") for s in org.get("suffixes") or []}
        self.unit_words = set(org.get("unit_words") or [])
        self.title_words = {w for t in self.title_map for w in t.split()} | {w for m in self.mod_map for w in m.split()}
        d = pats["dates.yaml"]
        # Weekdays end a name (`…, Rabu`); month names do not: Agus, Juni, April are names.
        self.calendar_words = set(locale_calendar()[1]) | {str(w).casefold() for w in d.get("weekdays") or {}}
        self.abbrev_rx = _word_alternation(self.abbrev)
        self.abbrev_table = WordTable(self.abbrev)  # abbrev_rx.sub without the regex
        # Lower-case words inside a unit or organisation (`Dinas Pariwisata dan Kebudayaan`,
        # `Editor in Chief`, `Sekretaris Dinas setempat`); no unit ends with one.
        self.local_words = {str(w) for w in pos["local_words"]}
        self.connect = {str(w) for w in pos["connecting_words"]} | self.local_words
        self.local_rx = regex.compile(rf"\b(?:{alternation(self.local_words)})\b")
        # `X selaku …`, `X sebagai …`, `X (…`, `X yang merupakan …`, `X yang menjabat sebagai …`
        appose = alternation(pos["apposition_words"])
        # Asked only whether the left context ends so: searched from the right.
        self.apposition_rx = regex.compile(rf"(?:\b(?:{appose})|\()\s*$", regex.REVERSE)
        # Searched from the right, where it ends: the same name as a search from the left
        # finds (the longest run of words before the comma or apposition), without trying
        # every position of the left context.
        self.left_name_rx = regex.compile(
            rf"(?P<n>(?:\p{{Lu}}[\p{{L}}'’.-]*\s+){{0,4}}\p{{Lu}}[\p{{L}}'’.-]*)\s*(?:,|\(|{appose})\s*$",
            regex.REVERSE,
        )
        self.represented_rx = regex.compile(rf"(?P<who>[^,.;]{{3,80}}?)\s+(?:{alternation(pos['represented_by'])})\s*$")
        # Titles that head the unit after them (`Kepala Dinas X` heads Dinas X) and the units
        # such a title heads when a unit's abbreviation follows it (`Kepala Bappeda Sleman`).
        self.head_titles = sorted((str(w) for w in pos["head_titles"]), key=len, reverse=True)
        self.unit_heads = {str(w) for w in org["unit_heads"]}
        # `Tim Penilai Kota Cerdas, yang diketuai Budi Santoso` → Ketua Tim Penilai Kota Cerdas.
        chaired = alternation(pos["chaired_by"])
        self.chair_title = str(pos["chair_title"])
        self.chaired_cue = regex.compile(chaired)
        self.chaired_rx = regex.compile(
            rf"(?P<body>(?:\p{{Lu}}[\p{{L}}]*\s+){{0,4}}\p{{Lu}}[\p{{L}}]*),?\s+(?:{chaired})\s+"
            r"(?P<n>\p{Lu}[\p{L}'’]*(?:\s+\p{Lu}[\p{L}'’]*){0,3})"
        )
        self.award_acronyms = {
            p["acronym"]: p["canonical"] for p in pats["awards.yaml"]["programmes"] if p.get("acronym")
        }

    # -- names -------------------------------------------------------------------------
    def _is_org_token(self, tok: str) -> bool:
        t = tok.strip("()")
        return (
            t in self.starters
            or t in self.abbrev
            or t in self.acronyms
            or t in self.unit_words
            or t.rstrip(".") in self.suffixes
            or t in self.gaz.exact_names
            or t in self.title_words
            or t in self.award_acronyms
            or t.isdigit()
        )

    def _is_name_token(self, tok: str) -> bool:
        if not tok or not tok[0].isupper() or tok.startswith("("):
            return False
        if self._is_org_token(tok):
            return False
        if tok.isupper() and len(tok) > 3 and "." not in tok:
            return False
        if tok in self.name_abbrevs:
            return True
        # `Selanjutnya`, `Pencegahan`, `Nomor`: ordinary words are no names.
        return tok.casefold() not in self.calendar_words and not is_common_word(tok)

    def _split_honorific(self, toks: list[str]) -> tuple[str, list[str]]:
        """Strip honorifics in front; a name that repeats after one keeps the last part."""
        hon: list[str] = []
        last_cut = -1
        for i, t in enumerate(toks):
            # A one-letter honorific written last is an initial (`Ramli H`).
            if t in self.honorifics and not (len(t) == 1 and i == len(toks) - 1):
                last_cut = i
        if last_cut >= 0:
            pre = [t for t in toks[: last_cut + 1] if t in self.honorifics]
            hon = pre if all(t in self.honorifics for t in toks[: last_cut + 1]) else [toks[last_cut]]
            toks = toks[last_cut + 1 :]
        return " ".join(hon), toks

    # -- positions ---------------------------------------------------------------------
    def _tail(self, text: str, pos: int, titles, limit: int = 160):
        """Tokens after a title up to the end of the clause, with offsets."""
        seg = text[pos : pos + limit]
        for stop in _CLAUSE_STOP.finditer(seg):
            if stop.group(0).startswith("."):
                word = _LAST_WORD.search(seg[: stop.start()])
                w = (word.group(0) if word else "") + "."
                if w in self.honorifics or w in self.name_abbrevs or (len(w) == 2 and w[0].isupper()):
                    continue
            seg = seg[: stop.start()]
            break
        # The next title starts the next person (`… Tito Karnavian dan Menteri PANRB …`).
        nxt = next((t.start for t in titles if pos < t.start < pos + len(seg)), None)
        if nxt is not None:
            seg = seg[: nxt - pos]
        toks = []
        for m in _TOKEN.finditer(seg):
            t = m.group(0)
            if t[0].islower() and t not in self.connect and t not in self.honorifics:
                break
            s, e = pos + m.start(), pos + m.end()
            glued = _GLUED_HONORIFIC.match(t)
            if glued and glued["h"] in self.honorifics:
                # `H.Muhammad Yusuf Kalla`: an honorific written without its space.
                toks.append((glued["h"], s, s + len(glued["h"])))
                s, t = s + len(glued["h"]), glued["rest"]
            toks.append((t, s, e))
        # Initials keep their dot (`Widya L. Larasati`); a sentence-final dot was cut above.
        return toks

    @staticmethod
    def _first_segment(toks):
        out = []
        for t in toks:
            if t[0] == ",":
                break
            out.append(t)
        return out

    def _region_len(self, toks, i) -> int:
        """Number of tokens from ``i`` that spell a region name (`Jawa Tengah`), else 0."""
        for k in self.gaz.lengths.get(toks[i][0], ()):
            if i + k <= len(toks) and " ".join(t[0] for t in toks[i : i + k]) in self.gaz.exact_names:
                return k
        return 0

    def _bare_region_word(self, tok: str) -> bool:
        t = tok.strip("()")
        return t in self.gaz.exact_names and t not in self.unit_words and t not in self.starters

    def _parse_tail(self, toks, spans=()):
        """Split tail tokens into unit/organisation tokens and the person's name.

        The name is the last run of name words in a comma-separated segment that no
        organisation follows (`Deputi Bidang X Kementerian Y, Lenny N Rosalin` → Lenny N
        Rosalin); words inside an organisation or award span (``spans``) are never part of a
        name; a unit written with commas up to its bracketed acronym (`Dinas A, B dan C
        (DPPKBP3A), Anna`) is one segment."""
        segs: list[list] = [[]]
        joined = self._join_bracketed_unit(toks)
        for t in joined:
            if t[0] == ",":
                segs.append([])
            else:
                segs[-1].append(t)
        first = segs[0]
        if joined:
            # Only the spans around this tail can hold one of its tokens.
            lo, hi = min(t[1] for t in joined), max(t[1] for t in joined)
            spans = [(a, b) for a, b in spans if a <= hi and b > lo]

        def spanned(t) -> bool:
            return any(a <= t[1] < b for a, b in spans)

        def namey(t) -> bool:
            return not spanned(t) and (self._is_name_token(t[0]) or t[0] in self.honorifics)

        i = 0
        region_seen = False
        while i < len(first):
            k = self._region_len(first, i)
            if k and not region_seen:
                i += k
                region_seen = True
                continue
            if namey(first[i]) or (region_seen and self._bare_region_word(first[i][0])):
                break
            i += 1

        # After the title's own region, a region word is part of the name (`Wali Kota
        # Bogor Bima Arya`: Bima is a regency too, here a first name).
        def in_name(t) -> bool:
            return namey(t) or (region_seen and not spanned(t) and self._bare_region_word(t[0]))

        j = i
        while j < len(first) and j - i < 6 and in_name(first[j]):
            j += 1
        # The name closes the segment: of several capitalised runs the last one is the
        # person (`Dirjen Aptika Kominfo Semuel Abrijani Pangerapan`).
        k = j
        while k < len(first):
            if in_name(first[k]) and not self._is_org_token(first[k][0]):
                start = k
                while k < len(first) and k - start < 6 and in_name(first[k]):
                    k += 1
                i, j = start, k
            else:
                k += 1
        name = first[i:j]
        org_toks = list(first[:i])
        if len(name) == 1 and i > 0 and is_root_word(name[0][0]) and self._is_body_word(first[i - 1][0]):
            # `Direktur Pencegahan Korupsi`: one ordinary word after the words of a unit is
            # one more of them, not a name.
            name, org_toks = [], list(first)
        later_name = len(segs) > 1 and any(namey(t) for t in segs[1])
        if name and len(segs) > 1 and name[0][0] not in self.honorifics:
            followed = any(self._is_org_token(t[0]) or spanned(t) for t in first[j:])
            if i == 0 or (followed and later_name):
                # `Chairman Citiasia, Inc, Dr. Ir. Cahyana …`, `Deputi Bidang Tumbuh Kembang
                # Anak Kementerian PPPA, Lenny`: the capitalised words of the first segment
                # belong to the organisation, the person comes after the comma.
                org_toks, name = list(first), []
        if not name:
            org_toks = list(first)
            for seg in segs[1:]:
                words = [t for t in seg if t[0] not in ("(", ")")]
                if not words:
                    break
                if all(w[0].rstrip(".") in self.suffixes or spanned(w) for w in words):
                    org_toks += words
                    continue
                k = 0
                while k < len(words) and namey(words[k]):
                    k += 1
                if 0 < k <= 6 and (k == len(words) or words[k][0] in self.connect):
                    # One capitalised word in a list of bodies (`Menpan RB, Bapenas dan
                    # Kantor Staf …`) is an organisation, not a person.
                    listed = k == 1 and k + 1 < len(words) and words[k + 1][0][:1].isupper()
                    if not listed:
                        name = words[:k]
                break
        return org_toks, name

    def _is_body_word(self, tok: str) -> bool:
        """A word of a unit's name: listed as one, or an ordinary word (`Pencegahan`)."""
        return tok in self.unit_words or is_common_word(tok) or is_root_word(tok)

    def _join_bracketed_unit(self, toks):
        """`Dinas Pengendalian Penduduk, Keluarga Berencana, … (DPPKBP3A), Anna`: the commas
        before a unit's bracketed acronym are part of the unit's name."""
        for n in range(len(toks) - 1, -1, -1):
            inner = toks[n][0].strip("()")
            if toks[n][0].startswith("(") and inner in self.abbrev and any(t[0] == "," for t in toks[:n]):
                return [t for t in toks[:n] if t[0] != ","] + list(toks[n:])
        return toks

    def _position(self, m: Item, org_toks) -> tuple[str, str, str]:
        """(position, organisation text, title key) from a TITLE span and its unit tokens."""
        mods = list(m.data.mods)
        t = m.data.entry
        title = t["title"]
        body: list[str] = []
        # A bracketed acronym (`(LHK)`, `(Pj)`) repeats what stands before it.
        rest = [x[0] for x in org_toks if not (x[0].startswith("(") and x[0].endswith(")"))]
        rest = [x.strip("()") for x in rest if x not in ("(", ")")]
        if t.get("takes_body"):
            while rest and not self._starts_org(rest):
                body.append(rest.pop(0))
        if t.get("takes_body") and not body and len(rest) > 1 and rest[0] in self.abbrev:
            unit = self.abbrev[rest[0]]
            if unit.split()[0] in self.unit_heads:
                # `Kepala Bappeda Sleman`: the head of the unit, of the region after it.
                body, rest = [unit], rest[1:]
        while body and body[-1] in self.connect:
            body.pop()
        position = " ".join([*mods, title, *body])
        while rest and rest[-1] in self.connect:
            rest.pop()
        org = " ".join(rest)
        org = _PAREN_ACR.sub("", org).strip(" ,")
        if not org and t.get("org_prefix") and body:
            org = f"{t['org_prefix']} {' '.join(body)}"
        return position, org, title

    def _starts_org(self, rest: list[str]) -> bool:
        tok = rest[0].strip("()")
        if tok in self.starters or tok in self.abbrev or tok in self.acronyms:
            return True
        if tok in self.award_acronyms:
            return True
        phrase = " ".join(rest[:4])
        return any(
            phrase.startswith(n) and (len(phrase) == len(n) or not phrase[len(n)].isalpha())
            for n in (tok, " ".join(rest[:2]), " ".join(rest[:3]))
            if n in self.gaz.exact_names or n.split()[0] in REGION_TYPES
        )

    def _normalize_org(self, org: str, title: str, doc: Doc, acr: dict[str, str]) -> str:
        if not org:
            return ""
        if any(o.text == org and o.data.kind in ORG_KINDS for o in doc.items("ORG")):
            return org  # `Bank Sulteng`: a shaped name keeps its own words
        org = self.abbrev_table.sub(org)
        if _CAPS_WORD.search(org) and acr:
            org = _cached_alternation(tuple(sorted(acr))).sub(lambda x: acr[x.group(0)], org)
        m = _ACR_YEAR.fullmatch(org)
        if m and m["a"] in self.award_acronyms:
            return f"{self.award_acronyms[m['a']]} {m['y']}"
        ments = self.gaz.mentions_in_name(org)
        if ments and ments[-1].end == len(org):
            mm = ments[-1]
            t = self.title_map.get(title, {}).get("region_type")
            r = mm.pick(mm.type or t or doc.typed.get(mm.text))
            if r is not None:
                return (org[: mm.start] + r.canonical).strip()
        return org

    # -- main --------------------------------------------------------------------------
    def find(self, doc: Doc) -> list[Official]:
        """All officials in the article, merged per person; their mentions are added to the
        article as PERSON spans (roles come later, from the frames: :meth:`assign_roles`)."""
        text = doc.text
        # Acronyms the article defines (`Komisi Informasi (KI)`), read only when needed.
        acr = _LazyAcronyms(text, self.acronyms)
        raw: list[Official] = []
        titles_only: list[tuple[int, int, str]] = []
        consumed_until = -1
        titles = doc.items("TITLE")
        spans = [(i.start, i.end) for i in [*doc.items("ORG"), *doc.items("AWARD")]]
        for m in titles:
            if m.start < consumed_until or doc.headline(m.start):
                continue
            if self.document_words.search(text, max(0, m.start - 30), m.start):
                continue  # `Keputusan Menteri Dalam Negeri Nomor …` names a document
            if any(c.end > m.start for c in doc.starting_in("CATEGORY", max(0, m.start - 200), m.start + 1)):
                continue  # `kategori Kepala Daerah Inspiratif` names a category, no one
            toks = self._tail(text, m.end, titles)
            org_toks, name = self._parse_tail(toks, spans)
            left = text[max(0, m.start - 80) : m.start]
            lname = None
            if self.apposition_rx.search(left) or left.rstrip().endswith(","):
                lname = self._left_name(text, m.start)
            if lname and (self.apposition_rx.search(left) or not name):
                # The title belongs to the name on its left; everything after it is unit
                # and organisation (`Didi Kaspi Kasim selaku Editor in Chief National …`).
                org_toks = self._first_segment(toks)
                name = []
            position, org, title = self._position(m, org_toks)
            seg = self._first_segment(toks)
            while seg and seg[-1][0] in self.connect:
                seg = seg[:-1]  # `Menteri Dalam Negeri dan Menteri …`: the `dan` joins two titles
            seg_end = seg[-1][2] if seg else m.end
            if not name and not lname:
                titles_only.append((m.start, max(m.end, seg_end), position, m, org))
                continue
            if name:
                words = [t[0].rstrip(",") for t in name]
                hon, words = self._split_honorific(words)
                front = len(name) - len(words)  # honorifics cut in front
                words = self._strip_degrees(words)
                # `Kepala Desa Sukamaju Budi Santoso` where the article also writes `Desa
                # Sukamaju`: the words that make up that body with the title's last word are
                # the body's, not the name's.
                if not org and words:
                    head = m.text.split()[-1]
                    cut = self._known_body(doc, head, words)
                    if cut:
                        org, words, front = " ".join([head, *words[:cut]]), words[cut:], front + cut
                if not words:
                    titles_only.append((m.start, max(m.end, seg_end), position, m, org))
                    continue
                ns = name[front][1]
                ne = self._name_end(text, ns, words)
                start, end = m.start, ne
                consumed_until = ne
            else:
                hon, words, ns, ne = lname
                start, end = ns, m.end + sum(len(t[0]) + 1 for t in org_toks)
                end = min(end, len(text))
                end = self._trim_end(text, start, end)
            org = self._normalize_org(org, m.data.alias, doc, acr)
            t = m.data.entry
            if not org and t.get("default_org"):
                org = t["default_org"]
            if not org and t.get("region_type"):
                org = self._main_region(doc, t["region_type"])
            if not org:
                org = self._context_org(doc, m.start, m.end + 80, raw)
            raw.append(
                Official(
                    " ".join(words),
                    hon,
                    position,
                    org,
                    start,
                    end,
                    text[start:end],
                    mentions=[(ns, ne)],
                    title_key=key(position),
                    extents=[(start, self._degrees_end(text, end))],
                )
            )
        raw += self._chaired(doc)
        merged = self._merge(raw)
        doc.add("PERSON", self._person_items(doc, merged, titles_only, acr))
        return merged

    @staticmethod
    def _known_body(doc: Doc, head: str, words: list[str]) -> int:
        """How many of ``words`` make, after ``head`` (`Desa`), an organisation the article
        names elsewhere; 0 when none does (at least one word is left for the name)."""
        names = doc.memo.setdefault("org-names", {i.text for i in doc.items("ORG")})
        for k in range(min(3, len(words) - 1), 0, -1):
            if " ".join([head, *words[:k]]) in names:
                return k
        return 0

    def _context_org(self, doc: Doc, start: int, tail_end: int, before: list[Official]) -> str:
        """The organisation a title gets from its context: `setempat` (the unit of the
        official named just before) or `X yang diwakili oleh <title>` (X's region)."""
        text = doc.text
        tail = text[start:tail_end].split(",")[0]
        if self.local_rx.search(tail) and before:
            prev = before[-1]
            head = next((h for h in self.head_titles if prev.position.startswith(h + " ")), None)
            unit = prev.position[len(head) + 1 :] if head else ""
            return f"{unit} {prev.organization}".strip()
        floor = max(0, start - 120)
        w = self.represented_rx.search(text, floor, start)
        if w:
            tm = doc.items_in("TITLE", w.start("who"), w.end("who"))
            ments = doc.regions_in(w.start("who"), w.end("who"))
            if tm and ments:
                t = tm[-1].data.entry
                r = ments[-1].pick(ments[-1].type or t.get("region_type"))
                if r is not None:
                    return r.canonical
        return ""

    def _strip_degrees(self, words: list[str]) -> list[str]:
        while words and words[-1].replace(".", "").casefold() in self.degrees:
            words = words[:-1]
        return words

    @staticmethod
    def _name_end(text: str, ns: int, words: list[str]) -> int:
        pos = ns
        for w in words:
            i = text.find(w, pos)
            if i < 0:
                break
            pos = i + len(w)
        return pos

    def _trim_end(self, text: str, start: int, end: int) -> int:
        while end > start:
            if text[end - 1] in " ,.;:)":
                end -= 1
                continue
            w = _LAST_WORD.search(text, start, end)
            if w is not None and w.group(0) in self.connect and w.start() > start:
                end = w.start()  # `X selaku Direktur Y dan` + the next person
                continue
            break
        if text[start:end].count("(") > text[start:end].count(")") and end < len(text) and text[end] == ")":
            end += 1
        return end

    def _left_name(self, text: str, pos: int):
        """A name written right before a title: `Apip Permana, Kepala …`, `X selaku …`."""
        left = text[max(0, pos - 80) : pos]
        m = self.left_name_rx.search(left)
        if not m:
            return None
        words = m["n"].split()
        while words and not self._is_name_token(words[0]) and words[0] not in self.honorifics:
            if self._is_org_token(words[0]):
                return None  # `Kementrian PU PR, Menpan RB …`: a list of bodies
            words = words[1:]
        if not words or not all(self._is_name_token(w) or w in self.honorifics for w in words):
            return None
        if all(w.isupper() for w in words):
            return None
        hon, words = self._split_honorific(words)
        if not words:
            return None
        ns = pos - len(left) + m.start("n") + (len(m["n"]) - len(" ".join(words)))
        ns = text.find(words[0], max(0, ns - 2))  # `Name, Title` may open the article
        ne = self._name_end(text, ns, words)
        return hon, words, ns, ne

    def chaired_in(self, text: str):
        """``chaired_rx.finditer(text)``, tried only around each chairing cue: the body
        before it is words and spaces (a comma right before the cue), the name after it
        words, spaces and apostrophes."""

        def floor(text, span):
            k = span[0]
            while k > 0 and text[k - 1].isspace():
                k -= 1
            return letter_run_start(text, k - 1 if k > 0 and text[k - 1] == "," else span[0])

        def end(text, span):
            return _NAME_RUN.match(text, span[1]).end()

        cues = (m.span() for m in self.chaired_cue.finditer(text))
        return finditer_before(self.chaired_rx, text, cues, floor_at=floor, end_at=end)

    def _chaired(self, doc: Doc) -> list[Official]:
        """`Tim Penilai Kota Cerdas, yang diketuai Budi Santoso` → Ketua Tim Penilai Kota Cerdas."""
        out = []
        for m in self.chaired_in(doc.text):
            words = [w for w in m["n"].split() if self._is_name_token(w)]
            if not words:
                continue
            ns = m.start("n")
            ne = self._name_end(doc.text, ns, words)
            out.append(
                Official(
                    " ".join(words),
                    "",
                    f"{self.chair_title} {m['body']}",
                    "",
                    m.start(),
                    ne,
                    doc.text[m.start() : ne],
                    mentions=[(ns, ne)],
                    title_key=key(f"{self.chair_title} {m['body']}"),
                    extents=[(m.start(), ne)],
                )
            )
        return out

    @staticmethod
    def _main_region(doc: Doc, type_: str) -> str:
        counts: dict[str, int] = {}
        for m in doc.regions:
            if m.type == type_ and m.candidates:
                c = m.candidates[0].canonical
                counts[c] = counts.get(c, 0) + 1
        return max(counts, key=counts.get) if counts else ""

    @staticmethod
    def _same(a: Official, b: Official) -> bool:
        ta, tb = a.name.split(), b.name.split()
        ka, kb = {key(t) for t in ta}, {key(t) for t in tb}
        if ka <= kb or kb <= ka:
            return True
        if a.title_key and a.title_key == b.title_key and fuzz.ratio(key(ta[0]), key(tb[0])) >= 75:
            # `Lani Dwi Rejeki` and `Lany`: one spelling of one person; `Karna Suswandi` and
            # `Karna Sobahi` are two people with the same first name.
            return min(len(ta), len(tb)) == 1 or fuzz.ratio(key(ta[-1]), key(tb[-1])) >= 75
        return False

    def _merge(self, raw: list[Official]) -> list[Official]:
        out: list[Official] = []
        for o in raw:
            for p in out:
                if self._same(o, p):
                    if len(o.name) > len(p.name):
                        p.name = o.name
                    p.honorific = p.honorific or o.honorific
                    if len(o.position) > len(p.position) and (
                        not p.position or o.position.startswith(p.position.split()[0])
                    ):
                        p.position = o.position
                    elif not p.position:
                        p.position = o.position
                    p.organization = p.organization or o.organization
                    p.mentions += o.mentions
                    p.extents += o.extents
                    break
            else:
                out.append(o)
        return out

    # -- persons and roles ---------------------------------------------------------------
    def _degrees_end(self, text: str, end: int) -> int:
        """The end of the academic degrees written after a name (`…, S.Sos., M.Si`)."""
        m = _DEGREES_AFTER.match(text, end)
        while m and m["d"].replace(".", "").casefold() in self.degrees:
            end = m.end()
            m = _DEGREES_AFTER.match(text, end)
        return end

    def _person_items(self, doc: Doc, officials: list[Official], titles_only, acr) -> list[Item]:
        """PERSON spans: every mention of an official (title and name together), every later
        use of the name alone (`Ali menjelaskan`), and titles written without a name."""
        text = doc.text
        items: list[Item] = []
        for o in officials:
            for s, e in o.extents:
                items.append(Item("PERSON", s, e, text[s:e], Person(o, o.position, o.organization)))
        taken = [(i.start, i.end) for i in items]
        for o in officials:
            variants = {o.name, *o.name.split()}
            variants = {v for v in variants if len(v) >= 3 and v[0].isupper() and not self._is_org_token(v)}
            for v in sorted(variants, key=len, reverse=True):
                for ms, me in _find_word(text, v):
                    if not any(s <= ms < e for s, e in taken):
                        items.append(Item("PERSON", ms, me, text[ms:me], Person(o, o.position, o.organization)))
                        taken.append((ms, me))
        for s, e, position, m, org in titles_only:
            if any(a <= s < b for a, b in taken):
                continue
            org = self._normalize_org(org, m.data.alias, doc, acr)
            same = [o for o in officials if o.title_key == key(position)]
            if org:
                same = [o for o in same if o.organization == org] or ([] if len(same) > 1 else same)
            who = same[0] if len(same) == 1 else None
            if not org:
                org = who.organization if who else self._title_org(doc, m)
            items.append(Item("PERSON", s, e, text[s:e], Person(who, position, org)))
        return items

    def _title_org(self, doc: Doc, m: Item) -> str:
        t = m.data.entry
        if t.get("default_org"):
            return t["default_org"]
        if t.get("region_type"):
            return self._main_region(doc, t["region_type"])
        return ""

    def assign_roles(self, doc: Doc, officials: list[Official], relations) -> None:
        """Each official's role from the frames that name them: the highest of recipient,
        presenter, speaker, other over all their mentions."""
        del officials  # roles are set on the officials the PERSON spans point at
        for rel in relations:
            role = _ROLE_OF[rel.frame.relation]
            if rel.frame.relation == "win" and not doc.about_award(rel.cue.start):
                continue
            for a in rel.args:
                o = a.data.official if a.label == "PERSON" else None
                if o is not None and _ROLE_RANK[role] > _ROLE_RANK[o.role]:
                    o.role = role


def to_rows(officials: list[Official]) -> list[dict]:
    """Officials as rows of ``officials.csv`` (without ``article_id``)."""
    return [
        {
            "name": o.name,
            "honorific": o.honorific,
            "position": o.position,
            "organization": o.organization,
            "role": o.role,
            "start": o.start,
            "end": o.end,
            "text": o.text,
        }
        for o in officials
    ]
