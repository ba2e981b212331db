"""Article metadata from the clean text: title, outlet, dateline, published, credits."""

from __future__ import annotations

import regex

from .dates import DateSpan
from .normalize import title_case
from .patterns import alternation as _alt
from .regions import Gazetteer
from .scan import literal

# `KETIK, PEKALONGAN – `, `Bojonegoro: `, `BANDUNG, TRIBUN-JABAR.ID - ` (a hyphen inside a
# name is no separator), `Jakarta (ANTARA) - `.
_DATELINE = regex.compile(
    r"^(?P<a>[^\n,–—:|]{2,40}?)(?:,\s*(?P<b>[^\n,–—:|]{2,40}?))?\s*"
    r"(?:(?P<sep>(?<=\s)[–—-]{1,2}|[–—]|:)\s+|(?P<sep2>--)\s*)(?P<rest>\S.*)"
)
_PAREN_OUTLET = regex.compile(r"^(?P<place>\p{Lu}[\p{L} .]{1,30}?)\s*\((?P<o>[\w.-]{2,30})\)\s*[–—-]{1,2}\s+\S")
_CAMEL_OUTLET = regex.compile(r"^[a-z]+[A-Z][\w.]+$")
_DOMAIN_COMMA = regex.compile(r"^(?P<o>[\w.-]+\.\w{2,})\s*,\s*(?P<rest>.+)")
_TRAILING_CREDIT = regex.compile(r"\((?P<o>[^(),/]{2,30}),\s*[^()]*?/[^()]*\)\s*$")
_STAMP_LINE = 200  # characters a publication stamp line may have at most
_CLOCK_OR_DATE = regex.compile(r"\d{1,2}[:/]\d")
# A header holds the outlet, credits and stamp within its first lines.
_HEADER_LINES = 12


class Header:
    """The article header read with the words of ``patterns/header.yaml``: outlet and
    dateline, credits, headline, publication stamp."""

    def __init__(self, pats, gaz: Gazetteer):
        h = pats["header.yaml"]
        self.gaz = gaz
        self.editor_labels = {str(w).casefold() for w in h["credit_labels"]["editor"]}
        words = [*h["credit_labels"]["author"], *h["credit_labels"]["editor"]]
        labels = _alt(words)
        shouted = _alt([str(w).upper() for w in words])
        # Every credit holds one of its labels: where the labels are plain words, a text
        # that holds none of them is not searched.
        self._labels = sorted({str(w).casefold() for w in words}) if literal(words) else None
        self.credit = regex.compile(rf"(?P<k>{labels})\s*(?:[|:]\s*)+(?P<v>[^|\n:]+?)\s*(?=\||$|\n)", regex.I | regex.M)
        # `Laporan Novitasari - 1019 Views`: in the header a capitalised label may stand
        # straight before a capitalised name that a separator or the line's end closes.
        self.bare_credit = regex.compile(
            rf"(?:^|(?<=[|–—-]\s?))\s*(?P<k>{labels}|{shouted})\s+"
            r"(?P<v>\p{Lu}[\p{L}.'’]*(?:\s+\p{Lu}[\p{L}.'’]*){0,3})\s*(?=\s[|–—-]\s|\||$)",
            regex.M,  # case matters: a capitalised name after a label as the header writes it
        )
        self.domain = regex.compile(rf"^[\w.-]+\.(?:{_alt(h['domains'])})$", regex.I)
        self.not_title = regex.compile(rf"(?i)(?:{_alt(h['not_title'])})\b")
        bylines = _alt(h["bylines"])
        counters = _alt(h.get("counters") or [])
        self.filler = regex.compile(
            rf"(?i)^(?:\b(?:{_alt(h['stamp_words'])})\b|[\s,|:\-–—]"
            # a credit or the outlet's name may share the line: `Oleh Ahmad | 27 Februari 2023`
            rf"|\b(?:{bylines})\s*:?\s*\p{{Lu}}[\p{{L}}.]*(?:\s+\p{{Lu}}[\p{{L}}.]*){{0,3}}"
            rf"|\d[\d.,]*\s*(?:{counters})\b"
            # a machine stamp the date reader leaves: `2023-03-22T00:58:40Z`
            r"|\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d)?(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)?)?"
            rf"|[\w-]+\.(?:{_alt(h['domains'])})\b)*$"
        )

    def is_credit_line(self, line: str) -> bool:
        """``line`` is a credit (`Penulis: X`, `Editor: Y`), not a list of winners."""
        return self._may_hold_label(line) and bool(self.credit.match(line.strip()))

    def credits(self, text: str) -> tuple[str, str]:
        """(author, editor) from credit lines like `Penulis: X | Editor: Y`, or a bare
        `Laporan X` among the header's separators."""
        author = editor = ""
        head = "\n".join(text.split("\n")[:_HEADER_LINES])
        # A credit with a label has its `:` or `|`: other lines are not searched.
        found = [
            m
            for ln in text.split("\n")
            if (":" in ln or "|" in ln) and self._may_hold_label(ln)
            for m in self.credit.finditer(ln)
        ]
        if self._may_hold_label(head):
            found += self.bare_credit.finditer(head)
        for m in found:
            v = m["v"].strip(" .|")
            if not v or len(v.split()) > 5:
                continue
            if m["k"].casefold() in self.editor_labels:
                editor = editor or v
            else:
                author = author or v
        return author, editor

    def _may_hold_label(self, text: str) -> bool:
        if self._labels is None:
            return True
        low = text.casefold()
        return any(w in low for w in self._labels)

    def dateline(self, text: str) -> tuple[str, str, int]:
        """(outlet, place, line index) from the first line shaped like a dateline."""
        outlet, place, line, _ = self.dateline_span(text)
        return outlet, place, line

    def dateline_span(self, text: str) -> tuple[str, str, int, tuple[int, int]]:
        """(outlet, place, line index, (start, end)): the offsets in ``text`` of the dateline
        itself, before the article proper starts ((0, 0) when there is none)."""
        pos = 0
        for i, raw in enumerate(text.split("\n")[:40]):
            base = pos + len(raw) - len(raw.lstrip())
            pos += len(raw) + 1
            got = self._read_dateline(raw.strip())
            if got is not None:
                outlet, place, end = got
                return outlet, place, i, (base, base + end)
        return "", "", -1, (0, 0)

    def trailing_outlet(self, text: str) -> str:
        """Outlet from a closing credit such as `(MC Batang, Jateng/Edo/Jumadi)`."""
        m = _TRAILING_CREDIT.search(text.strip())
        return m["o"].strip() if m else ""

    def title(self, text: str) -> str:
        """The headline: the first line of four words or more that is no sentence or date."""
        for line in text.split("\n")[:8]:
            s = line.strip()
            if self.credit.match(s) or self.not_title.match(s):
                continue
            if len(s.split()) >= 4 and not s.endswith(".") and not _CLOCK_OR_DATE.search(s):
                return s
        return ""

    def published(self, text: str, spans: list[DateSpan], header_end: int) -> DateSpan | None:
        """The publication date: a date that stands on a line of its own in the header, or a
        repost stamp (`Tanggal : 19 April 2024`)."""
        for s in spans:
            if s.start > header_end:
                break
            ls = text.rfind("\n", 0, s.start) + 1
            le = text.find("\n", s.end)
            le = len(text) if le < 0 else le
            if le - ls > _STAMP_LINE:
                continue  # a stamp line is short; a long one is body text
            rest = text[ls : s.start] + " " + text[s.end : le]
            others = [o for o in spans if ls <= o.start < le and o is not s]
            for o in others:
                rest = rest.replace(o.text, " ")
            for m in self.bare_credit.finditer(rest):
                rest = rest.replace(m.group(0), " ")
            if self.filler.match(rest):
                return s
        return None

    def _looks_outlet(self, part: str) -> bool:
        return bool(self.domain.match(part.strip())) or (part.isupper() and len(part.split()) <= 2)

    def _read_dateline(self, line: str) -> tuple[str, str, int] | None:
        """(outlet, place, end of the dateline in ``line``) when ``line`` opens with one."""
        p = _PAREN_OUTLET.match(line)
        if p:
            return p["o"], title_case(p["place"].strip()), p.end() - 1
        # A dateline's separator is a dash or a colon: a line with neither has none.
        m = _DATELINE.match(line) if any(c in line for c in "–—-:") else None
        if m:
            a, b = m["a"].strip(" ()"), (m["b"] or "").strip(" ()")
            end = m.start("rest")
            if b:
                if self.domain.match(b) and not self.domain.match(a):
                    return b, title_case(a), end
                a_place = self.gaz.lookup(title_case(a)) is not None
                b_place = self.gaz.lookup(title_case(b)) is not None
                if a_place and not b_place and not self.domain.match(a):
                    return b, title_case(a), end  # `Jakarta, CNBC Indonesia -`
                if self._looks_outlet(b) and not self._looks_outlet(a):
                    return b, title_case(a), end
                if self._looks_outlet(a) or a.isupper():
                    return a, title_case(b), end
            else:
                if self.domain.match(a) or _CAMEL_OUTLET.match(a):
                    return a, "", end
                if self.domain.match(m["rest"].strip()):
                    return m["rest"].strip(), title_case(a), len(line)  # `TANGERANG – malangpagi.com`
                is_place = self.gaz.lookup(title_case(a)) is not None
                if a.isupper() and len(a.split()) <= 3 and m["sep"] != ":":
                    return ("", title_case(a), end) if is_place or len(a.split()) <= 2 else (a, "", end)
                if is_place and len(a.split()) <= 3:
                    return "", title_case(a), end
        # `Liputan6.com, Tangerang Smart city …`: a domain, a comma and a known place.
        m = _DOMAIN_COMMA.match(line)
        if m and self.domain.match(m["o"]):
            words = m["rest"].split()
            for k in range(min(3, len(words)), 0, -1):
                place = " ".join(words[:k])
                if self.gaz.lookup(place) is not None:
                    return m["o"], place, m.start("rest") + len(place)
            return m["o"], "", m.start("rest")
        return None
