"""Award programmes and editions: known names from ``patterns/awards.yaml`` plus a
general detector for award names no pattern knows."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import regex

from .context import Cues, Doc
from .dates import DateSpan
from .lexicon import stop_words
from .normalize import key, text_of
from .patterns import Patterns, alternation
from .scan import Prefiltered, finditer_at

_YEAR = r"(?:19[5-9]\d|20\d\d)"
# A capitalised word of a name (`Jember`, `H.`, `iNews`, `2`); a dot after three lower-case
# letters ends a sentence (`kepada Fitria. Pada …`), not an abbreviation.
_CAP = r"(?:(?:\p{Lu}|\p{Ll}(?=\p{Lu}))[\p{L}\p{N}'’&.-]*(?<!\p{Ll}{3}\.)|\d{1,3}(?!\d))"
_YEAR_RX = regex.compile(_YEAR)
_WORD_BEFORE = regex.compile(r"(\p{L}+)[ \t]+$")
_FIRST_WORD = regex.compile(r"(\p{L}+)\s+")
_PAREN_ACR = regex.compile(r"\(\p{Lu}[\p{Lu}\p{N}-]{1,9}\)")
_YEAR_TAIL = regex.compile(rf"\s+(?:[Tt]ahun\s+)?{_YEAR}$")
_ORD_EN = r"(?P<ordpre>\d{1,2})(?:st|nd|rd|th)"


@dataclass
class AwardMention:
    """One place where an award is named; ``edition`` is None when it cannot be told."""

    start: int
    end: int
    text: str
    canonical: str
    acronym: str
    edition: int | None
    known: bool
    extra_years: list[tuple[int, int, int]] = field(default_factory=list)


@dataclass
class Award:
    """One row of awards.csv."""

    award: str
    acronym: str
    edition: int | None
    start: int
    end: int
    text: str
    organizer: str = ""
    venue: str = ""
    event_date: str = ""
    mentions: int = 0


class AwardFinder:
    """Compiled award-name patterns for one pattern set."""

    def __init__(self, pats: Patterns, cues: Cues, win_cues: set[str], list_lead, prize_cues: set[str]):
        self.cues = cues
        self.win_cues = win_cues
        self.list_lead = list_lead
        self.when_before = regex.compile(
            rf"(?:(?:{cues.time_words.pattern})\s+|\(\s*|(?:{_YEAR})\s*(?:,\s*(?:dan\s+|&\s*)?|dan\s+|&\s*))$", regex.I
        )
        aw = pats["awards.yaml"]
        self.programmes = aw["programmes"]
        # `Penghargaan Kota Sehat 2023` found by the general detector is compared with the
        # categories without its head word.
        self.award_head = regex.compile(rf"^(?:{alternation(aw['head_words'])})\s+")
        # An organiser's name ends with its company suffix (`Citiasia Inc. …`).
        suffixes = {str(x).rstrip(".") for x in pats["organizations.yaml"].get("suffixes") or []}
        self.suffix_end = regex.compile(rf"^(.*?\b(?:{alternation(suffixes)})\.?)\s.*$")
        # `ISNA ke-5`, `untuk kali ke-3`: the ordinal of an edition.
        ordinal = rf"(?:{alternation(aw['edition_prefixes'])})-?\s?(?P<ord>\d{{1,2}})"
        self.by_surface: dict[str, dict] = {}
        acronyms: list[str] = []
        for p in self.programmes:
            for n in [p["canonical"], *(p.get("aliases") or [])]:
                self.by_surface[key(n)] = p
            if p.get("acronym"):
                self.by_surface[key(p["acronym"])] = p
                acronyms.append(p["acronym"])
        acr_alt = "|".join(regex.escape(a) for a in sorted(acronyms, key=len, reverse=True)) or "x^"
        # What may follow a name: `(ISNA)`, `ke-5`, `Tahun 2025`, `2015, 2016 dan 2020`.
        self.tail_rx = regex.compile(
            rf"(?P<acr>\s*\(\s*(?:{acr_alt}|\p{{Lu}}[\p{{L}}\p{{N}}-]{{1,9}})\s*\))?(?:\s+{ordinal})?"
            rf"(?:\s*,?\s*(?:(?:[Tt]ahun|(?P<pada>pada(?:\s+tahun)?))\s+)?(?P<year>{_YEAR})(?!\d))?"
            rf"(?P<more>(?:\s*(?:,|dan|&)\s*{_YEAR}(?!\d))*)"
        )
        self.ord_before = regex.compile(rf"(?:[Tt]he\s+)?{_ORD_EN}\s+$")
        # General detector: a capitalised name headed or closed by an award word, with an
        # edition year or an acronym after it, so ordinary nouns (`Penghargaan ini`) pass.
        # `penghargaan Sekolah Ramah Anak 2024`: the head word in either case, the name capitalised.
        self.generic_heads = tuple(str(w).casefold() for w in pats["vocabulary.yaml"]["award_heads"])
        heads = "|".join(regex.escape(h) for h in self.generic_heads)
        self.generic_head = regex.compile(
            rf"(?<![\p{{L}}])(?P<name>(?i:{heads})(?:\s+(?!Tahun\b){_CAP}){{1,7}})"
        )
        self.generic_award = regex.compile(r"(?<![\p{L}])Awards?(?![\p{L}])")
        # A name right after an award word (`penghargaan Adipura`) or a prize cue (`meraih X`):
        # the award words by one regex, the cues from the span layer's CUE spans.
        self.prize_cues = {" ".join(c.split()) for c in prize_cues}
        self.name_after = regex.compile(r"\s+(?P<name>\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|/|&)){0,5})")
        # A programme's name never opens with an award word, a kind of region or a body.
        self.not_names = (
            {w.casefold() for w in stop_words()}
            | {str(w).casefold() for w in pats["vocabulary.yaml"]["award_words"]}
            | {str(p["prefix"]).split()[0].casefold() for p in pats["regions.yaml"]["prefixes"]}
            | {str(w).casefold() for w in pats["organizations.yaml"]["starters"]}
            | {"penganugerahan", "tahun", "kategori", "predikat", "juara", "terbaik", "top"}
        )
        # Searched from the right, where the name ends (before `Award`): the same name a
        # search from the left finds, without trying every position of the 120 characters.
        self.generic_before = regex.compile(
            rf"(?:{_CAP}(?:\s+(?:{_CAP}|on|of|for|in|&)){{0,6}})\s+$", regex.REVERSE
        )
        self.generic_tail = regex.compile(
            rf"(?:\s*\((?P<acr>\p{{Lu}}{{2,8}})\))?(?:\s*,?\s*(?:[Tt]ahun\s+)?(?P<year>{_YEAR})(?!\d))?"
        )
        # `sebagai Kepala Daerah Inovatif (KDI) 2022`, `penghargaan Provinsi Layak Anak (PROVILA)`:
        # a capitalised name with its own acronym, right after an award word.
        self.generic_defined = regex.compile(
            rf"(?:(?i:{cues.award_words.pattern}|{cues.award_lead_words.pattern})\s+(?:(?i:sebagai|predikat)\s+)?"
            rf"|(?i:sebagai)\s+(?=[^()]{{3,80}}\(\p{{Lu}}[\p{{Lu}}\p{{N}}-]{{1,9}}\)\s*,?\s*(?:[Tt]ahun\s+)?{_YEAR}))"
            rf"(?P<name>{_CAP}(?:\s+(?:{_CAP}|on|of|for|in|&|dan|/)){{1,7}})\s*\((?P<acr>\p{{Lu}}[\p{{Lu}}\p{{N}}-]{{1,9}})\)"
        )
        voc = pats["vocabulary.yaml"]
        self.defined = Prefiltered(self.generic_defined, [*voc["award_words"], *voc["award_lead_words"], "sebagai"])
        heads = "|".join(regex.escape(h) for h in cues.venue_heads_list)
        self.venue_rx = regex.compile(
            rf"\bdi\s+(?P<v>(?:{_CAP}|\((?:{_CAP})\))(?:[ ]+(?:{_CAP}|\((?:{_CAP})\)))*"
            rf"(?:,[ ]+(?!(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)\b){_CAP}(?:[ ]+{_CAP})*)*)"
        )
        self.head_rx = regex.compile(rf"\b(?:{heads})\b")
        self.org_rx = regex.compile(
            rf"(?:{cues.organizer_cues.pattern})\s+(?P<o>(?:{_CAP})(?:[ ]+(?:{_CAP}))*(?:,\s*Inc\.?)?)"
        )
        starters = "|".join(regex.escape(w) for w in pats["organizations.yaml"]["starters"])
        self.org_after = regex.compile(rf"[ ]+(?P<o>(?:{starters})(?:[ ]+(?!Tahun\b){_CAP})*)")
        self.categories = {key(c if isinstance(c, str) else c["name"]) for c in pats["categories.yaml"]["names"]}

    def _edition(self, prog: dict, year: str | None, ordinal: str | None) -> int | None:
        if year:
            return int(year)
        if ordinal:
            eds = {int(k): int(v) for k, v in (prog.get("editions") or {}).items()}
            return eds.get(int(ordinal))
        return None

    def lower_patterns(self) -> list[dict]:
        """Programme names and aliases, matched case-insensitively by the span layer."""
        return [
            {"label": "AWARD", "pattern": str(n), "id": str(p["canonical"])}
            for p in self.programmes
            for n in [p["canonical"], *(p.get("aliases") or [])]
        ]

    def orth_patterns(self) -> list[dict]:
        """Programme acronyms, matched case-sensitively by the span layer."""
        return [
            {"label": "AWARD", "pattern": str(p["acronym"]), "id": str(p["canonical"])}
            for p in self.programmes
            if p.get("acronym")
        ]

    def _known(self, spans):
        """(start, end, programme) of the known names; overlapping names of one programme
        are one mention (`Piala Adipura` + `Adipura Kencana` → `Piala Adipura Kencana`)."""
        hits = sorted(
            ((sp.start_char, sp.end_char, self.by_surface.get(key(sp.text))) for sp in spans), key=lambda x: x[0]
        )
        out: list[list] = []
        for s, e, prog in hits:
            if out and s < out[-1][1]:
                if prog is out[-1][2] or e - s <= out[-1][1] - out[-1][0]:
                    out[-1][1] = max(out[-1][1], e) if prog is out[-1][2] else out[-1][1]
                    continue
                out[-1] = [s, e, prog] if s == out[-1][0] else out[-1]
                continue
            out.append([s, e, prog])
        for s, e, prog in out:
            yield s, e, prog

    def mentions_from_spans(self, doc, raw: dict[str, list], orgs=()) -> list[AwardMention]:
        """Every award mention of a tokenized article: the span layer's AWARD hits of known
        programmes, with what follows them (edition, acronym), and the general detector;
        ``orgs`` are the organisations found, whose names are no award's."""
        text = text_of(doc)
        award_article = bool(self.cues.award_word_spans(text))
        out: list[AwardMention] = []
        taken: list[tuple[int, int]] = []
        for s, e, prog in self._known(raw.get("AWARD", [])):
            if prog is None:
                continue
            if prog.get("kind") == "programme" and not award_article:
                continue
            ob = self.ord_before.search(text, max(0, s - 12), s)
            if ob:
                s = ob.start()
            t = self.tail_rx.match(text, e)
            if t["pada"] and not t["more"]:
                # `mengikuti X pada 2021` tells when, not which edition; a list of years
                # (`meraih X pada 2019, 2021 dan 2022`) names editions.
                t = self.tail_rx.match(text[: t.start("pada")], e)
            ordinal = t["ord"] or (ob["ordpre"] if ob else None)
            end = t.end("year") if t["year"] else (t.end() if t["ord"] else (t.end("acr") if t["acr"] else e))
            extra = [
                (int(y.group(0)), y.start() + t.start("more"), y.end() + t.start("more"))
                for y in _YEAR_RX.finditer(t["more"] or "")
            ]
            out.append(
                AwardMention(
                    s,
                    end,
                    text[s:end],
                    prog["canonical"],
                    prog.get("acronym", ""),
                    self._edition(prog, t["year"], ordinal),
                    True,
                    extra,
                )
            )
            taken.append((s, end))
        blocked = [(sp.start_char, sp.end_char) for label in ("ORG", "UNIT", "REGION") for sp in raw.get(label, [])]
        if award_article:
            out += self._recurring(text, raw, taken, orgs)
        for s, e, name in self._generic(text):
            t = self.generic_tail.match(text, e)
            if not (t["year"] or t["acr"]):
                continue
            end = t.end()
            if any(a < end and s < b for a, b in taken):
                continue
            if any(a <= s and e <= b for a, b in blocked):
                continue  # an institution or region with its acronym, not an award
            bare = self.award_head.sub("", name)
            if key(name) in self.categories or key(bare) in self.categories:
                continue
            out.append(
                AwardMention(s, end, text[s:end], name, t["acr"] or "", int(t["year"]) if t["year"] else None, False)
            )
            taken.append((s, end))
        out += self._acronyms_again(text, out, taken)
        out.sort(key=lambda a: a.start)
        return out

    def _recurring(self, text: str, raw: dict[str, list], taken, orgs=()) -> list[AwardMention]:
        """Award programmes no pattern knows, found by how an article keeps naming them: a
        capitalised name right after an award word (`penghargaan Adipura`) or after a verb
        of winning (`meraih Adiwiyata Mandiri`) that the article writes at least twice, once
        after an award word unless it has two words or more. Where names differ only in
        their last word (`Swasti Saba Wiwerda`, `Swasti Saba Padapa`), the shared part is the
        programme and the last words its grades."""
        blocked = [
            (sp.start_char, sp.end_char)
            for label in ("ORG", "UNIT", "REGION", "TITLE", "MOD", "AWARD")
            for sp in raw.get(label, [])
        ] + list(orgs)
        categories = [(sp.start_char, sp.end_char) for sp in raw.get("CATEGORY", [])]
        found: dict[str, bool] = {}  # name -> written right after an award word
        hard = [(a, b) for a, b in blocked if (a, b) not in set(orgs)]  # a shaped name may sit inside
        for after_award, m in self._names_after_cues(text, raw.get("CUE", [])):
            s, e = m.start("name"), m.end("name")
            if any(a <= s < b for a, b in taken) or any(s <= a < e for a, _ in categories):
                continue  # `penghargaan Dimensi Smart Governance`: a category, not a programme
            cut = min([a for a, b in hard if s <= a < e] + [e])
            if any(a <= s < b for a, b in blocked) or cut == s:
                continue
            name = _YEAR_TAIL.sub("", text[s:cut].strip()).strip(" ,/&")
            first = name.split()[0] if name.split() else ""
            if len(name) < 4 or first.casefold() in self.not_names or key(name) in self.categories:
                continue
            found[name] = found.get(name, False) or after_award
        # `Kategori Tokoh Muda … Penghargaan Tokoh Muda diserahkan …`: a name the article also
        # writes after a category marker is that category, not a programme.
        marker_ends = {sp.end_char for sp in raw.get("MARKER", [])}
        found = {n: a for n, a in found.items() if not self._after_marker(text, n, marker_ends)}
        programmes: set[str] = set()
        for name, after_award in found.items():
            words = name.split()
            prefix = " ".join(words[:-1])
            if len(words) > 1 and len(prefix) >= 4 and len(self._endings(text, prefix)) >= 2:
                programmes.add(prefix)
            elif self._count(text, name) >= 2 and (after_award or len(words) > 1):
                programmes.add(name)
        out = []
        for prog in sorted({self._with_head(text, p, blocked) for p in programmes}, key=len, reverse=True):
            rx = regex.compile(rf"(?<![\p{{L}}]){regex.escape(prog)}(?![\p{{L}}])")
            for m in rx.finditer(text):
                if any(a < m.end() and m.start() < b for a, b in taken) or any(
                    a <= m.start() and m.end() <= b for a, b in blocked
                ):
                    continue  # `Desa Wisata Tete Batu` is a village, not the programme
                t = self.generic_tail.match(text, m.end())
                end = t.end() if (t["year"] or t["acr"]) else m.end()
                year = int(t["year"]) if t["year"] else None
                out.append(AwardMention(m.start(), end, text[m.start() : end], prog, t["acr"] or "", year, False))
                taken.append((m.start(), end))
        return out

    def _names_after_cues(self, text: str, cue_spans):
        """(after an award word?, match of the name) for each capitalised name written right
        after an award word or a prize cue, left to right, none inside the one before."""
        starts = [(s, e, True) for s, e in self.cues.award_word_spans(text)]
        starts += [(c.start_char, c.end_char, False) for c in cue_spans if c.id_ in self.prize_cues]
        last = -1
        for s, e, award in sorted(starts):
            if s < last:
                continue
            m = self.name_after.match(text, e)
            if m:
                last = m.end()
                yield award, m

    @staticmethod
    def _after_marker(text: str, name: str, marker_ends: set[int]) -> bool:
        """``name`` stands somewhere right after a category marker (`Kategori: X`)."""
        if not marker_ends:
            return False
        for m in regex.finditer(rf"(?<![\p{{L}}]){regex.escape(name)}(?![\p{{L}}])", text):
            i = m.start()
            while i > 0 and text[i - 1] in " :":
                i -= 1
            if i in marker_ends:
                return True
        return False

    def _with_head(self, text: str, name: str, blocked) -> str:
        """`Anugerah Gemilang Desa`: a capitalised award word written before every mention of
        a programme (outside other names) is part of its name."""
        rx = regex.compile(rf"(?<![\p{{L}}])(?:(?P<h>\p{{Lu}}\p{{Ll}}+)\s+)?{regex.escape(name)}(?![\p{{L}}])")
        heads = {m["h"] for m in rx.finditer(text) if not any(a <= m.start(m.lastindex or 0) < b for a, b in blocked)}
        if len(heads) == 1:
            (h,) = heads
            if h and self.cues.award_words.fullmatch(h):
                return f"{h} {name}"
        return name

    def _endings(self, text: str, prefix: str) -> set[str]:
        """The capitalised words written right after ``prefix`` where it opens a name: not
        after another capitalised word, unless an award word (`Kota Literasi Utama` is a
        name of its own, `Penghargaan Swasti Saba Wiwerda` a grade of Swasti Saba)."""
        rx = regex.compile(rf"(?<![\p{{L}}]){regex.escape(prefix)}\s+(\p{{Lu}}[\p{{L}}]+)")
        out = set()
        for m in rx.finditer(text):
            before = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
            if before and before.group(1)[0].isupper() and not self.cues.award_words.fullmatch(before.group(1)):
                continue
            out.add(m.group(1))
        return out

    @staticmethod
    def _count(text: str, name: str) -> int:
        return len(regex.findall(rf"(?<![\p{{L}}]){regex.escape(name)}(?![\p{{L}}])", text))

    def _acronyms_again(self, text: str, found: list[AwardMention], taken) -> list[AwardMention]:
        """`… Kepala Daerah Inovatif (KDI) 2022 … meraih anugerah KDI 2022`: an acronym an
        article defines for an award no pattern knows names that award wherever it stands."""
        out = []
        for a in [m for m in found if not m.known and m.acronym]:
            rx = regex.compile(rf"(?<![\p{{L}}\p{{N}}]){regex.escape(a.acronym)}(?![\p{{L}}\p{{N}}])")
            for m in rx.finditer(text):
                if any(x <= m.start() < y for x, y in taken):
                    continue
                t = self.generic_tail.match(text, m.end())
                end = t.end("year") if t["year"] else m.end()
                year = int(t["year"]) if t["year"] else None
                out.append(AwardMention(m.start(), end, text[m.start() : end], a.canonical, a.acronym, year, False))
                taken.append((m.start(), end))
        return out

    def _generic(self, text: str):
        """Candidate names of awards no pattern knows: (start, end, name)."""
        for m in finditer_at(self.generic_head, text, self.generic_heads):
            if m["name"][0].islower():
                # `penghargaan Sekolah Ramah Anak 2024`: the lower-case word is no part of the name.
                head = m["name"].split()[0]
                yield m.start() + len(head) + 1, m.end(), m["name"][len(head) + 1 :]
            else:
                yield m.start(), m.end(), m["name"]
        # A defined name ends with its acronym: only the text before each `(ACR)` is read.
        seen = set()
        for p in _PAREN_ACR.finditer(text):
            for m in self.defined.finditer(text, max(0, p.start() - 400), p.end()):
                if m.end() == p.end() and m.span() not in seen:
                    seen.add(m.span())
                    yield m.start("name"), m.end("name"), m["name"]
        for m in self.generic_award.finditer(text):
            b = self.generic_before.search(text, max(0, m.start() - 120), m.start())
            if b:
                # `Pada Radar Jember Award`: a capitalised word of grammar opens no name.
                s = b.start()
                while (w := _FIRST_WORD.match(text, s, m.start())) and w.group(1).casefold() in stop_words():
                    s = w.end()
                yield s, m.end(), text[s : m.end()]

    def awards(
        self, doc: Doc, mentions: list[AwardMention], dates: list[DateSpan], fallback_year: int | None = None
    ) -> list[Award]:
        """Group mentions into one row per (programme, edition) and fill event details.

        ``fallback_year`` is the year an edition takes when the article states none and names
        no ceremony date (its publication year, or the one year its dates share)."""
        self._past_editions(doc, mentions)
        rows: dict[tuple[str, int | None], Award] = {}
        counts: Counter = Counter()
        passing: set[tuple[str, int | None]] = set()  # editions only named in a list of past years
        bare: Counter = Counter()  # undated mentions that carry no past years of their own
        for a in mentions:
            if a.edition is None and not a.extra_years:
                bare[a.canonical] += 1
            editions = [(a.edition, a.start, a.end, a.text, False)]
            editions += [(y, s, e, doc.text[s:e], True) for y, s, e in a.extra_years]
            for ed, s, e, t, past in editions:
                k = (a.canonical, ed)
                counts[k] += 1
                if past and k not in rows:
                    passing.add(k)
                elif not past:
                    passing.discard(k)
                if k not in rows:
                    rows[k] = Award(a.canonical, a.acronym, ed, s, e, t)
        # A mention without an edition belongs to the edition the article talks about.
        for name, ed in list(rows):
            named = [k for k in rows if k[0] == name and k[1] is not None and k not in passing]
            if ed is None and named:
                best = max(named, key=lambda k: counts[k])
                counts[best] += counts.pop((name, None))
                del rows[(name, None)]
            elif ed is None and not bare[name] and any(k[0] == name and k[1] is not None for k in rows):
                # `Pada 2019 dan 2021, X meraih Adipura`: the name is those past editions only.
                del rows[(name, None)]
                counts.pop((name, None))
        if not rows:
            return []
        main = max(rows, key=lambda k: (counts[k], -rows[k].start))
        venue, event, organizer = self._event(doc, dates, mentions)
        award = rows[main]
        award.venue, award.organizer = venue, organizer
        award.event_date = event.isoformat() if event else ""
        # An edition the article fixes only through its ceremony date, else through its own
        # date (the publication, or the one year all its dates share).
        # Only the award whose ceremony the article reports: one named in passing keeps none.
        fixed = event.year if event is not None else fallback_year
        if award.edition is None and fixed is not None:
            if (award.award, fixed) in rows:
                # `meraih Adiwiyata … pada 2018`: the dated mention is this edition.
                rows[(award.award, fixed)].mentions += counts.pop(main)
                del rows[main]
                award = rows[(award.award, fixed)]
                main = (award.award, fixed)
                award.venue, award.organizer = venue, organizer
                award.event_date = event.isoformat() if event else ""
            else:
                award.edition = fixed
        for k, a in rows.items():
            a.mentions = counts[k] + a.mentions
        return sorted(rows.values(), key=lambda a: a.start)

    def _past_editions(self, doc: Doc, mentions: list[AwardMention]) -> None:
        """`Sebelumnya pada tahun 2019 dan 2021, X meraih penghargaan KLA`, `kategori Pratama
        (2019), Madya (2020, 2021)`: in a sentence that reports a win of one programme, the
        years written as when (after `pada`, `tahun`, `sejak`, or in brackets) are editions."""
        win_cues = [c for c in doc.items("CUE") if " ".join(c.text.casefold().split()) in self.win_cues]
        held = self.cues.held_words
        for i, (s, e) in enumerate(doc.sents):
            here = [m for m in mentions if s <= m.start < e]
            if not here and i > 0:
                # `Setelah edisi 2016 dan 2018, …` right after a sentence about the programme.
                ps, pe = doc.sents[i - 1]
                before = [m for m in mentions if ps <= m.start < pe]
                if before and held.search(doc.text, s, e):
                    here = before
            if len({m.canonical for m in here}) != 1:
                continue
            if not (any(s <= c.start < e for c in win_cues) or held.search(doc.text, s, e)):
                continue
            nxt = doc.sents[i + 1] if i + 1 < len(doc.sents) else None
            if nxt and self.list_lead.match(doc.text, nxt[0]) and not any(nxt[0] <= m.start < nxt[1] for m in mentions):
                e = nxt[1]  # `… meraih predikat KLA. Yaitu pada tahun 2012, 2013, 2015.`
            own = {m.edition for m in here} | {y for m in here for y, _, _ in m.extra_years}
            first = here[0]
            for y in doc.items_in("YEAR", s, e):
                if y.data in own or any(d.start <= y.start < d.end for d in doc.items_in("DATE", s, e)):
                    continue
                if any(m.start <= y.start < m.end for m in here) or not self._when_year(doc.text, s, y):
                    continue
                first.extra_years.append((y.data, y.start, y.end))
                own.add(y.data)

    def _when_year(self, text: str, floor: int, y) -> bool:
        """A year written as the time something happened: `pada (tahun) 2019`, `sejak 2017`,
        `(2019)`, or the next year of such a list (`2019, 2020 dan 2021`)."""
        left = text[max(floor, y.start - 40) : y.start]
        return bool(self.when_before.search(left))

    def _venue(self, doc: Doc, s: int, sent: str, heads_only: bool = False) -> str:
        """`di ICE BSD Hall 5, Tangerang` in a sentence: a place with a venue word, or a
        short place name (`di Jakarta`) unless ``heads_only``."""
        for vm in self.venue_rx.finditer(sent):
            v = vm["v"].rstrip(",. ")
            if self.head_rx.search(v):
                return v
            if (
                not heads_only
                and len(v.split()) <= 3
                and any(r.start >= s + vm.start("v") and r.end <= s + vm.end("v") for r in doc.regions)
            ):
                return v
        return ""

    def _event(self, doc: Doc, dates: list[DateSpan], mentions: list[AwardMention]):
        """Venue, ceremony date and organiser from the sentences that describe the event."""
        venue, event, organizer = "", None, ""
        dated_venue = ""
        org_rx = self.org_rx
        mention_sents = {doc.sentence_index(m.start) for m in mentions}
        # The sentences with an event word and with an award word, from one pass over the
        # text each (no word crosses a sentence's end).
        award_sents = {doc.sentence_index(a) for a, _ in self.cues.award_word_spans(doc.text)}
        event_sents = {doc.sentence_index(m.start()) for m in self.cues.finditer("event_words", doc.text)}
        for s, e in doc.sents:
            sent = doc.text[s:e]
            idx = doc.sentence_index(s)
            is_event = idx in event_sents and (idx in mention_sents or idx in award_sents or "acara" in sent)
            # `X meraih … dalam ISNA ke-8 di ICE BSD, Tangerang, Sabtu (6/11/2027)`: a
            # sentence naming the award and a venue describes the ceremony too.
            if not is_event and not (idx in mention_sents and self._venue(doc, s, sent, heads_only=True)):
                continue
            dated = next((d.date for d in dates if s <= d.start < e), None)
            here = self._venue(doc, s, sent)
            if here and dated is not None and not dated_venue:
                # `… diserahkan … di Jakarta, Selasa (28/11/2023)`: the sentence that dates
                # the ceremony places it, before one that only says where the winners are.
                dated_venue = here
            if not venue:
                venue = here
            if event is None:
                event = dated
            if dated_venue and event:
                break
        venue = dated_venue or venue
        for s, e in doc.sents:
            sent = doc.text[s:e]
            if doc.sentence_index(s) not in mention_sents and doc.sentence_index(s) not in award_sents:
                continue
            m = org_rx.search(sent)
            if m:
                organizer = self.suffix_end.sub(r"\1", m["o"].rstrip(","))
                if organizer.endswith(".") and len(organizer.split()[-1]) > 5:
                    organizer = organizer[:-1]  # the sentence's full stop, not `Inc.`
                break
        if not organizer:
            # `Innovative Government Award (IGA) Kementerian Dalam Negeri`: the body named
            # right after the award's name organises it.
            for a in mentions:
                m = self.org_after.match(doc.text, a.end)
                if m:
                    organizer = m["o"]
                    break
        return venue, event, organizer


def to_rows(awards: list[Award]) -> list[dict]:
    """Awards as rows of ``awards.csv`` (without ``article_id``)."""
    return [
        {
            "award": a.award,
            "acronym": a.acronym,
            "edition": "" if a.edition is None else str(a.edition),
            "organizer": a.organizer,
            "venue": a.venue,
            "event_date": a.event_date,
            "start": a.start,
            "end": a.end,
            "text": a.text,
        }
        for a in awards
    ]
