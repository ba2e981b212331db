"""Award programmes and editions: known names from ``patterns/awards.yaml`` plus a
general detector for award names no pattern knows."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import regex

from .context import Cues, Doc
from .dates import DateSpan
from .normalize import key
from .patterns import Patterns

_YEAR = r"(?:19[5-9]\d|20\d\d)"
_CAP = r"(?:\p{Lu}[\p{L}\p{N}'’&.-]*|\d+)"
_ORD_EN = r"(?P<ordpre>\d{1,2})(?:st|nd|rd|th)"
_ORD_ID = r"(?:ke-?\s?(?P<ord>\d{1,2})|kali\s+ke-?\s?(?P<ord2>\d{1,2}))"


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

    def __init__(self, pats: Patterns, cues: Cues):
        self.cues = cues
        self.programmes = pats["awards.yaml"]["programmes"]
        self.by_surface: dict[str, dict] = {}
        names: list[str] = []
        acronyms: list[str] = []
        for p in self.programmes:
            for n in [p["canonical"], *(p.get("aliases") or [])]:
                self.by_surface[key(n)] = p
                names.append(n)
            if p.get("acronym"):
                self.by_surface[key(p["acronym"])] = p
                acronyms.append(p["acronym"])
        name_alt = "|".join(
            r"\s+".join(regex.escape(w) for w in n.split())
            for n in sorted(names, key=len, reverse=True)
        )
        acr_alt = "|".join(regex.escape(a) for a in sorted(acronyms, key=len, reverse=True))
        surface = rf"(?i:{name_alt})(?:\s*\(\s*(?:{acr_alt or 'x^'})\s*\))?"
        if acr_alt:
            surface = rf"(?:{surface}|(?:{acr_alt}))"
        tail = (
            rf"(?:\s+{_ORD_ID})?(?:\s*,?\s*(?:[Tt]ahun\s+)?(?P<year>{_YEAR})(?!\d))?"
            rf"(?P<more>(?:\s*(?:,|dan|&)\s*{_YEAR}(?!\d))*)"
        )
        self.known_rx = regex.compile(
            rf"(?<![\p{{L}}\p{{N}}])(?:(?:[Tt]he\s+)?{_ORD_EN}\s+)?(?P<name>{surface})(?![\p{{L}}]){tail}"
        )
        # General detector: a capitalised name headed or closed by an award word, with an
        # edition year or an acronym after it, so ordinary nouns (`Penghargaan ini`) pass.
        self.generic_rx = regex.compile(
            rf"(?<![\p{{L}}])(?P<name>(?:Penghargaan|Anugerah|Piala|Trofi)(?:\s+{_CAP}){{1,7}}"
            rf"|{_CAP}(?:\s+(?:{_CAP}|on|of|for|in|&)){{0,6}}\s+Awards?)"
            rf"(?:\s*\((?P<acr>\p{{Lu}}{{2,8}})\))?(?:\s*,?\s*(?:[Tt]ahun\s+)?(?P<year>{_YEAR})(?!\d))?"
        )
        self.categories = {key(c if isinstance(c, str) else c["name"]) for c in pats["categories.yaml"]["names"]}

    def _edition(self, prog: dict, m) -> int | None:
        if m["year"]:
            return int(m["year"])
        ordinal = m["ord"] or m["ord2"] or m["ordpre"]
        if ordinal:
            eds = {int(k): int(v) for k, v in (prog.get("editions") or {}).items()}
            return eds.get(int(ordinal))
        return None

    def mentions(self, doc: Doc) -> list[AwardMention]:
        """Every award mention in the article, known and general."""
        out: list[AwardMention] = []
        taken: list[tuple[int, int]] = []
        for m in self.known_rx.finditer(doc.text):
            surface = regex.sub(r"\s*\(.*\)$", "", m["name"]).strip()
            prog = self.by_surface.get(key(surface))
            if prog is None:
                continue
            if prog.get("kind") == "programme" and not doc.award_article:
                continue
            end = m.end("year") if m["year"] else m.end()
            if m["more"]:
                end = m.end("year")
            if not m["year"] and not (m["ord"] or m["ord2"]):
                end = m.end("name")
            extra = [
                (int(y.group(0)), y.start() + m.start("more"), y.end() + m.start("more"))
                for y in regex.finditer(_YEAR, m["more"] or "")
            ]
            out.append(
                AwardMention(
                    m.start(), end, doc.text[m.start() : end], prog["canonical"],
                    prog.get("acronym", ""), self._edition(prog, m), True, extra,
                )
            )
            taken.append((m.start(), end))
        for m in self.generic_rx.finditer(doc.text):
            if not (m["year"] or m["acr"]):
                continue
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            name = m["name"].strip()
            bare = regex.sub(r"^(?:Penghargaan|Anugerah)\s+", "", name)
            if key(name) in self.categories or key(bare) in self.categories:
                continue
            end = m.end()
            out.append(
                AwardMention(
                    m.start(), end, doc.text[m.start() : end], name, m["acr"] or "",
                    int(m["year"]) if m["year"] else None, False,
                )
            )
        out.sort(key=lambda a: a.start)
        return out

    def awards(self, doc: Doc, mentions: list[AwardMention], dates: list[DateSpan]) -> list[Award]:
        """Group mentions into one row per (programme, edition) and fill event details."""
        rows: dict[tuple[str, int | None], Award] = {}
        counts: Counter = Counter()
        for a in mentions:
            editions = [(a.edition, a.start, a.end, a.text)] + [
                (y, s, e, doc.text[s:e]) for y, s, e in a.extra_years
            ]
            for ed, s, e, t in editions:
                k = (a.canonical, ed)
                counts[k] += 1
                if k not in rows:
                    rows[k] = Award(a.canonical, a.acronym, ed, s, e, t)
        # A mention without an edition belongs to the edition the article talks about.
        for (name, ed) in list(rows):
            if ed is None and any(n == name and e is not None for n, e in rows):
                best = max((k for k in rows if k[0] == name and k[1] is not None), key=lambda k: counts[k])
                counts[best] += counts.pop((name, None))
                del rows[(name, None)]
        if not rows:
            return []
        main = max(rows, key=lambda k: (counts[k], -rows[k].start))
        venue, event, organizer = self._event(doc, dates, mentions)
        award = rows[main]
        award.venue, award.organizer = venue, organizer
        award.event_date = event.isoformat() if event else ""
        # An edition that the article fixes only through its ceremony date.
        for k, a in list(rows.items()):
            if a.edition is None and event is not None:
                a.edition = event.year
        for k, a in rows.items():
            a.mentions = counts[k]
        return sorted(rows.values(), key=lambda a: a.start)

    def _event(self, doc: Doc, dates: list[DateSpan], mentions: list[AwardMention]):
        """Venue, ceremony date and organiser from the sentences that describe the event."""
        venue, event, organizer = "", None, ""
        heads = "|".join(regex.escape(h) for h in self.cues.venue_heads_list)
        venue_rx = regex.compile(
            rf"\bdi\s+(?P<v>(?:{_CAP}|\((?:{_CAP})\))(?:[ ]+(?:{_CAP}|\((?:{_CAP})\)))*"
            rf"(?:,[ ]+(?!(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)\b){_CAP}(?:[ ]+{_CAP})*)*)"
        )
        head_rx = regex.compile(rf"\b(?:{heads})\b")
        mention_sents = {doc.sentence_index(m.start) for m in mentions}
        for s, e in doc.sents:
            sent = doc.text[s:e]
            idx = doc.sentence_index(s)
            is_event = self.cues.event_words.search(sent) and (
                idx in mention_sents or self.cues.award_words.search(sent) or "acara" in sent
            )
            if not is_event:
                continue
            if not venue:
                for vm in venue_rx.finditer(sent):
                    v = vm["v"].rstrip(",. ")
                    if head_rx.search(v) or (
                        len(v.split()) <= 3 and any(r.start >= s + vm.start("v") and r.end <= s + vm.end("v") for r in doc.regions)
                    ):
                        venue = v
                        break
            if event is None:
                for d in dates:
                    if s <= d.start < e and (d.text != doc.published):
                        event = d.date
                        break
            if venue and event:
                break
        org_rx = regex.compile(
            rf"(?:{self.cues.organizer_cues.pattern})\s+(?P<o>(?:{_CAP})(?:[ ]+(?:{_CAP}))*(?:,\s*Inc\.?)?)"
        )
        for s, e in doc.sents:
            sent = doc.text[s:e]
            if doc.sentence_index(s) not in mention_sents and not self.cues.award_words.search(sent):
                continue
            m = org_rx.search(sent)
            if m:
                organizer = m["o"].rstrip(",")
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
