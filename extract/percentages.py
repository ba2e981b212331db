"""Percentages: signed values with what they measure, the region and the year."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from .context import Doc
from .normalize import parse_number
from .patterns import Patterns
from .regions import Gazetteer

_NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?"
_YEAR_AFTER = regex.compile(r"\s*(?:pada|di|dalam)?\s*(?:tahun|thn\.?)?\s*(?P<y>(?:19[5-9]\d|20\d\d))(?!\d)", regex.I)
_RESPECTIVELY = regex.compile(r"\bmasing-masing\b", regex.I)
_YEAR = regex.compile(r"(?<![\d.,/])(?<!\d-)(?:19[5-9]\d|20\d\d)(?![\d.,]\d|\s*(?:%|persen))")


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


class PercentFinder:
    """Compiled percentage patterns for one pattern set."""

    def __init__(self, pats: Patterns, gaz: Gazetteer):
        p = pats["percentages.yaml"]
        self.gaz = gaz
        unit = "|".join(p["units"])
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
        # `pertumbuhan ekonominya 2,32 persen`: a subject may carry the suffix -nya.
        self.subject_rx = regex.compile(rf"(?<![\p{{L}}])(?P<subj>{alt})(?:nya)?(?![\p{{L}}])", regex.I)
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

    def spans(self, text: str) -> list[tuple[int, int, float]]:
        """Every percentage in ``text`` as (start, end, value); a range gives one per end."""
        spans = []
        for m in self.rx.finditer(text):
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
        for i, (a, b, v) in enumerate(spans):
            s, e = doc.sentence_of(a)
            # The clause of this number starts after the previous number of the sentence.
            cs = max([pb for pa, pb, _ in spans[:i] if pa >= s] or [s])
            out.append(
                Percentage(
                    v,
                    self._subject(doc, s, a),
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
        """`Bali dan Papua Barat … masing-masing –2,47 persen dan –0,51 persen`: the n-th
        region named before `masing-masing` goes with the n-th number after it."""
        for m in _RESPECTIVELY.finditer(doc.text):
            s, e = doc.sentence_of(m.start())
            nums = [p for p in items if m.end() <= p.start < e]
            regs = [r for r in doc.regions if s <= r.start < m.start()]
            if len(nums) > 1 and len(regs) == len(nums):
                for p, r in zip(nums, regs, strict=True):
                    got = r.pick(r.type or doc.typed.get(r.candidates[0].name))
                    if got is not None:
                        p.region = got.canonical

    def _subject(self, doc: Doc, s: int, a: int) -> str:
        before = doc.text[s:a]
        hits = list(self.subject_rx.finditer(before))
        return hits[-1]["subj"] if hits else ""

    def _region(self, doc: Doc, s: int, a: int) -> str:
        """The region named nearest before the number in its sentence, else the one before."""
        ments = [m for m in doc.regions if s <= m.start < a]
        nat = [n.end() for n in self.national.finditer(doc.text, s, a)]
        if nat and (not ments or nat[-1] > ments[-1].end):
            return "Indonesia"
        if not ments:
            ps, _ = doc.sentence_of(max(0, s - 2)) if s > 0 else (s, s)
            ments = [m for m in doc.regions if ps <= m.start < s]
        if ments:
            m = ments[-1]
            r = m.pick(m.type or doc.typed.get(m.candidates[0].name))
            if r is not None:
                return r.canonical
        return ""

    def _year(self, doc: Doc, s: int, e: int, cs: int, a: int, b: int) -> int | None:
        """A year bound right after the number (`5,16% di tahun 2021`), else the nearest one
        before it in its clause, else the nearest in the sentence, else the previous one."""
        after = _YEAR_AFTER.match(doc.text, b)
        if after:
            return int(after["y"])
        before = list(_YEAR.finditer(doc.text, cs, a))
        if before:
            return int(before[-1].group(0))
        best = None
        for y in _YEAR.finditer(doc.text, s, e):
            d = a - y.end() if y.end() <= a else y.start() - b
            if best is None or d < best[0]:
                best = (d, int(y.group(0)))
        if best is None and s > 0:
            ps, pe = doc.sentence_of(s - 2)
            ys = list(_YEAR.finditer(doc.text, ps, pe))
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
