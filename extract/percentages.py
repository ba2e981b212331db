"""Percentages: signed values with what they measure, the region and the year."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from .context import Doc
from .lexicon import is_verb, stop_words
from .lists import phrase_rx
from .normalize import parse_number
from .patterns import Patterns, alternation
from .regions import Gazetteer
from .scan import Prefiltered, folded, literal, positions

_NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?"
_YEAR_NUM = r"(?:19[5-9]\d|20\d\d)"
_TOKEN = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’/-]*(?:[.,]\d+)*|[^\s\p{L}\p{N}]")
MAX_SUBJECT_WORDS = 8


def _unit(word: str) -> bool:
    """A word that can follow a count (`jiwa`, `juta`, `kabupaten/kota`)."""
    return word.replace("/", "").isalpha() and word[:1].islower()


@dataclass
class Percentage:
    """One row of percentages.csv."""

    value: float
    subject: str
    region: str
    year: int | None
    start: int
    end: int
    text: str


_WORDY = regex.compile(r"[\p{L}\p{N}]")
# No percentage (sign, number, range, number, unit) is longer than this before its unit.
_REACH = 400


class PercentFinder:
    """Compiled percentage patterns for one pattern set."""

    def __init__(self, pats: Patterns, gaz: Gazetteer):
        p = pats["percentages.yaml"]
        self.gaz = gaz
        unit = "|".join(p["units"])
        # `5,16% di tahun 2021`: a year bound right after the number.
        self.year_after = regex.compile(
            rf"\s*(?:{alternation(p['year_preps'])})?\s*(?:{alternation(pats['dates.yaml']['year_words'])})?"
            rf"\s*(?P<y>{_YEAR_NUM})(?!\d)",
            regex.I,
        )
        # A year is no year when a percentage unit follows it (`2019 persen`).
        self.year = regex.compile(rf"(?<![\d.,/])(?<!\d-){_YEAR_NUM}(?![\d.,]\d|\s*(?:{unit}))")
        # Every percentage ends with a unit: the regex is run only near where a unit is
        # written (a unit of the file that is a regex, not a word, turns this off).
        units = [str(u).casefold() for u in p["units"]]
        self._unit_words = units if literal(units) else None
        self.respectively = phrase_rx(pats["lists.yaml"]["respectively"])
        # Tried only where a first word of the list is written.
        self.respectively_in = Prefiltered(self.respectively, pats["lists.yaml"]["respectively"])
        # `… di wilayahnya`, `… pada 2024`: a place or a time closing a subject is no part of it.
        self.place_time = {str(x).casefold() for x in p["place_time_words"]}
        self.boundaries_after = {str(x).casefold() for x in p["boundaries_after"]}
        self.relative = {str(x).casefold() for x in p["relative_words"]}
        neg = "|".join(p["negative"])
        rng = "|".join(p["ranges"])
        num = rf"(?P<sign>(?:(?:{neg})\s+)|[-–−]\s?)?(?P<n>{_NUM})"
        self.rx = regex.compile(
            rf"(?<![\p{{L}}\d.,]){num}(?:\s*(?:{rng})\s*(?P<sign2>[-–−]\s?)?(?P<n2>{_NUM}))?"
            rf"\s*(?:{unit})(?![\p{{L}}])",
            regex.I,
        )
        subjects = sorted(p["subjects"], key=len, reverse=True)
        cats = [c if isinstance(c, str) else c["name"] for c in pats["categories.yaml"]["names"]]
        alt = "|".join(regex.escape(s) for s in sorted([*subjects, *cats], key=len, reverse=True))
        # `pertumbuhan ekonominya 2,32 persen`: a subject may carry a suffix (-nya).
        suffix = alternation(p["subject_suffixes"])
        self.subject_rx = regex.compile(rf"(?<![\p{{L}}])(?P<subj>{alt})(?:{suffix})?(?![\p{{L}}])", regex.I)
        self.linkers = {" ".join(str(x).casefold().split()) for x in p["linkers"]}
        self.boundaries = {str(x).casefold() for x in p["boundaries"]}
        self.objects = {str(x).casefold() for x in p["objects"]}
        self.national = regex.compile(
            r"(?<![\p{L}])(?:"
            + "|".join(regex.escape(n) for n in pats["regions.yaml"].get("national") or [])
            + r")(?![\p{L}])",
            regex.I,
        )

    @staticmethod
    def _value(sign: str | None, n: str) -> float:
        v = parse_number(n)
        return -v if sign and sign.strip() else v

    def _matches(self, text: str):
        """``self.rx.finditer(text)``, run only over windows that end a little after each
        unit and start ``_REACH`` characters before it: no percentage is longer."""
        low = folded(text)
        if self._unit_words is None or len(low) != len(text):
            yield from self.rx.finditer(text)
            return
        at = sorted(positions(low, self._unit_words))
        tail = max(len(u) for u in self._unit_words) + 2
        windows: list[list[int]] = []
        for i in at:
            s, e = max(0, i - _REACH), min(len(text), i + tail)
            if windows and s <= windows[-1][1]:
                windows[-1][1] = e
            else:
                windows.append([s, e])
        for s, e in windows:
            yield from self.rx.finditer(text, s, e)

    def spans(self, text: str) -> list[tuple[int, int, float]]:
        """Every percentage in ``text`` as (start, end, value); a range gives one per end."""
        spans = []
        for m in self._matches(text):
            if m["n2"]:
                spans.append((m.start(), m.end("n"), self._value(m["sign"], m["n"])))
                s2 = m.start("n2") - (len(m["sign2"]) if m["sign2"] else 0)
                spans.append((s2, m.end(), self._value(m["sign2"], m["n2"])))
            else:
                spans.append((m.start(), m.end(), self._value(m["sign"], m["n"])))
        return spans

    def find(self, doc: Doc) -> list[Percentage]:
        """Every percentage in the article, with what it measures, region and year."""
        spans = [(i.start, i.end, i.data) for i in doc.items("PERCENT")]
        out = []
        prev_end = -1
        for a, b, v in spans:
            s, e = doc.sentence_of(a)
            # The clause of this number starts after the previous number of the sentence.
            cs = prev_end if prev_end >= s else s
            prev_end = b
            subject = self._subject(doc, s, a, b, cs)
            if not subject and cs > s and out:
                subject = out[-1].subject  # `turun dari 11,8 persen menjadi 9,5 persen`
            out.append(
                Percentage(
                    v,
                    subject,
                    self._region(doc, s, a),
                    self._year(doc, s, e, cs, a, b),
                    a,
                    b,
                    doc.text[a:b],
                )
            )
        self._respectively(doc, out)
        return out

    def _respectively(self, doc: Doc, items: list[Percentage]) -> None:
        """`Kota A dan Kota B … masing-masing 3,1 persen dan 1,8 persen`: the n-th region named
        before `masing-masing` goes with the n-th number after it."""
        for m in self.respectively_in.finditer(doc.text):
            s, e = doc.sentence_of(m.start())
            nums = [p for p in items if m.end() <= p.start < e]
            regs = doc.regions_starting_in(s, m.start())
            if len(nums) > 1 and len(regs) == len(nums):
                for p, r in zip(nums, regs, strict=True):
                    got = r.pick(r.type or doc.typed.get(r.candidates[0].name))
                    if got is not None:
                        p.region = got.canonical

    def _subject(self, doc: Doc, s: int, a: int, b: int, floor: int) -> str:
        """What the number at ``[a, b)`` measures, read from its clause: a known subject right
        before it, else the phrase before the words that link it to its number (`cakupan
        kepesertaan JKN mencapai 98 persen`), else the phrase after it when it is a verb's
        object (`membuat 100% penduduknya menjadi peserta`)."""
        text = doc.text
        start = max(s, floor)
        words = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text, start, a)]
        known = list(self.subject_rx.finditer(text, start, a))
        if known and len([w for w in words if w[0] >= known[-1].end()]) <= 3:
            return known[-1]["subj"]
        if words and words[-1][2].casefold() in self.objects:
            return self._phrase_after(doc, b, doc.sentence_of(a)[1])
        span = self._phrase_before(doc, words)
        if span:
            return text[span[0] : span[1]]
        if known:
            return known[-1]["subj"]
        if floor > s:
            return ""  # the subject of the number before it (`turun dari 11,8 persen menjadi 9,5`)
        return self._phrase_after(doc, b, doc.sentence_of(a)[1])

    def _phrase_before(self, doc: Doc, words) -> tuple[int, int] | None:
        """The noun phrase that ends right before a number's linking words."""
        i = len(words)
        while True:
            j = self._strip_linker(words, i)
            # `mencapai 144.853 jiwa atau 102,16%`: a count and its unit before `atau`.
            if j > 2 and words[j - 3][2][:1].isdigit() and _unit(words[j - 2][2]) and _unit(words[j - 1][2]):
                j -= 3  # `275 juta jiwa atau 98%`
            elif j > 1 and words[j - 2][2][:1].isdigit() and _unit(words[j - 1][2]):
                j -= 2
            elif j > 0 and words[j - 1][2][:1].isdigit():
                j -= 1
            if j == i:
                break
            i = j
        out = []
        for k in range(i - 1, -1, -1):
            w = words[k][2]
            low = w.casefold()
            if not _WORDY.match(w) or low in self.boundaries or w[:1].isdigit():
                break
            out.insert(0, words[k])
            if len(out) >= MAX_SUBJECT_WORDS:
                break
        # `Kota X mencatat deflasi`, `… mensyaratkan keaktifan`: what a verb takes is the subject.
        verbs = [
            k for k, w in enumerate(out[:-1]) if is_verb(w[2]) and not (k and out[k - 1][2].casefold() in self.relative)
        ]
        if verbs:
            out = out[verbs[-1] + 1 :]
        out = self._trim(doc, out)
        if all(w[2].casefold() in self.linkers or w[2].casefold() in stop_words() for w in out):
            return None
        if out and all(any(r.start <= w[0] < r.end for r in doc.regions) for w in out):
            return None  # `yakni Bali –9,31 persen`: a place, not what is measured
        return (out[0][0], out[-1][1]) if out else None

    def _phrase_after(self, doc: Doc, b: int, end: int) -> str:
        """`65 persen layanan perizinan di Sleman sudah …`: the phrase after the number."""
        words = []
        for m in _TOKEN.finditer(doc.text, b, end):
            w = m.group(0)
            low = w.casefold()
            if not _WORDY.match(w) or low in self.boundaries or low in self.boundaries_after:
                break
            if len(words) >= MAX_SUBJECT_WORDS or (words and (is_verb(w) or w[:1].isdigit())):
                break
            words.append((m.start(), m.end(), w))
        words = self._trim(doc, words)
        return doc.text[words[0][0] : words[-1][1]] if words else ""

    def _strip_linker(self, words, i: int) -> int:
        """``i`` moved left over the linking words that end ``words[:i]``."""
        for n in (3, 2, 1):
            if i - n >= 0 and " ".join(w[2].casefold() for w in words[i - n : i]) in self.linkers:
                return self._strip_linker(words, i - n)
        return i

    def _trim(self, doc: Doc, words):
        """Without function words at either end, or a place or time at the end (`… di
        wilayahnya`, `… Kota X`, `… tahun ini`, `… pada 2024`)."""
        stops = stop_words()
        while words and words[0][2].casefold() in stops:
            words = words[1:]
        changed = True
        while words and changed:
            changed = False
            last = words[-1]
            if last[2].casefold() in stops or last[2][:1].isdigit():
                words, changed = words[:-1], True
                continue
            reg = [r for r in doc.regions_starting_in(max(0, last[0] - 80), last[0] + 1) if last[0] < r.end]
            if reg and len(words) > 1:
                words = [w for w in words if w[0] < reg[0].start]
                changed = True
                continue
            if len(words) > 2 and words[-2][2].casefold() in self.place_time:
                words, changed = words[:-2], True
        return words

    def _region(self, doc: Doc, s: int, a: int) -> str:
        """The region named nearest before the number in its sentence, else the one before."""
        ments = doc.regions_starting_in(s, a)
        cache = doc.memo.setdefault("percent-national", {})
        if s not in cache:
            cache[s] = [(n.start(), n.end()) for n in self.national.finditer(doc.text, s, doc.sentence_of(s)[1])]
        nat = [ne for ns, ne in cache[s] if ne <= a]
        if nat and (not ments or nat[-1] > ments[-1].end):
            return "Indonesia"
        if not ments:
            ps, _ = doc.sentence_of(max(0, s - 2)) if s > 0 else (s, s)
            ments = doc.regions_starting_in(ps, s)
        if ments:
            m = ments[-1]
            r = m.pick(m.type or doc.typed.get(m.candidates[0].name))
            if r is not None:
                return r.canonical
        return ""

    def _years(self, doc: Doc, s: int, e: int) -> list:
        """The years of one sentence, read once (a sentence of many numbers asks often)."""
        cache = doc.memo.setdefault("percent-years", {})
        if (s, e) not in cache:
            cache[(s, e)] = list(self.year.finditer(doc.text, s, e))
        return cache[(s, e)]

    def _year(self, doc: Doc, s: int, e: int, cs: int, a: int, b: int) -> int | None:
        """A year bound right after the number (`5,16% di tahun 2021`), else the nearest one
        before it in its clause, else the nearest in the sentence, else the previous one."""
        after = self.year_after.match(doc.text, b)
        if after:
            return int(after["y"])
        years = self._years(doc, s, e)
        before = [y for y in years if cs <= y.start() and y.end() <= a]
        if before:
            return int(before[-1].group(0))
        best = None
        for y in years:
            d = a - y.end() if y.end() <= a else y.start() - b
            if best is None or d < best[0]:
                best = (d, int(y.group(0)))
        if best is None and s > 0:
            ps, pe = doc.sentence_of(s - 2)
            ys = list(self.year.finditer(doc.text, ps, pe))
            if ys:
                best = (0, int(ys[-1].group(0)))
        return best[1] if best else None


def to_rows(items: list[Percentage]) -> list[dict]:
    """Percentages as rows of ``percentages.csv`` (without ``article_id``)."""
    return [
        {
            "value": repr(round(p.value, 6)),
            "subject": p.subject,
            "region": p.region,
            "year": "" if p.year is None else str(p.year),
            "start": p.start,
            "end": p.end,
            "text": p.text,
        }
        for p in items
    ]
