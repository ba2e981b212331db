"""Find calendar-day mentions and normalise them to ISO dates.

Spans are found with regular expressions built from ``patterns/dates.yaml``; each span
is then normalised by ``dateparser.parse`` (day-month-year order). ``search_dates`` is
never used: over a whole article it is slow and reads dates into percentages.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

import dateparser
import regex

from .patterns import Patterns

# One settings object for every call, so normalisation is the same everywhere.
DATEPARSER_SETTINGS = {
    "DATE_ORDER": "DMY",
    "PREFER_DAY_OF_MONTH": "first",
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RETURN_AS_TIMEZONE_AWARE": False,
}
_YEAR = regex.compile(r"(?<![\d.,/-])(?:19[5-9]\d|20\d\d)(?![\d.,/-]\d)")


@lru_cache(maxsize=4096)
def _parse_date(day: int, month: int, year: int, month_name: str) -> dt.date | None:
    text = f"{day} {month_name} {year}"
    got = dateparser.parse(text, languages=["id"], settings=DATEPARSER_SETTINGS)
    if got is None or (got.day, got.month, got.year) != (day, month, year):
        return None
    return got.date()


_MONTH_KEYS = (
    "january february march april may june july august september october november december"
).split()
_WEEKDAY_KEYS = "monday tuesday wednesday thursday friday saturday sunday".split()


@lru_cache(maxsize=1)
def locale_calendar() -> tuple[dict[str, int], dict[str, int], dict[int, str]]:
    """(month name → number, weekday name → ISO weekday, number → full month name) from
    dateparser's packaged locale data: every Indonesian spelling it knows (`Djanuari`,
    `Pebruari`, `Mrt`, `Nopember`, `Ahad`) and the English month names the press also uses.

    >>> months, weekdays, full = locale_calendar()
    >>> months["djanuari"], months["mrt"], weekdays["ahad"], full[2]
    (1, 3, 7, 'Februari')
    """
    from dateparser.languages.loader import default_loader

    idn, eng = default_loader.get_locale("id").info, default_loader.get_locale("en").info
    months: dict[str, int] = {}
    full: dict[int, str] = {}
    for n, k in enumerate(_MONTH_KEYS, start=1):
        names = [str(x) for x in idn.get(k, [])]
        for x in names + [str(x) for x in eng.get(k, [])]:
            months.setdefault(x.casefold().rstrip("."), n)
        # The full name: the longest spelling written in lower case (`februari`, not `Pebruari`).
        full[n] = max((x for x in names if x.islower()), key=len).capitalize()
    weekdays = {str(x).casefold(): n for n, k in enumerate(_WEEKDAY_KEYS, start=1) for x in idn.get(k, [])}
    return months, weekdays, full


def normalize_timestamp(text: str) -> str:
    """A publication stamp from page metadata as `2025-11-10` or `2025-11-10T14:17`.

    >>> normalize_timestamp("2022-11-18T10:00:00+07:00"), normalize_timestamp("18 November 2022")
    ('2022-11-18T10:00', '2022-11-18')
    >>> normalize_timestamp("bukan tanggal")
    ''
    """
    text = text.strip()
    m = regex.match(r"(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?", text)
    if m:
        return m[1] + (f"T{m[2]}" if m[2] and m[2] != "00:00" else "")
    got = dateparser.parse(text, languages=["id", "en"], settings=DATEPARSER_SETTINGS)
    if got is None:
        return ""
    return got.date().isoformat() + (f"T{got:%H:%M}" if (got.hour, got.minute) != (0, 0) else "")


def expand_year(text: str) -> int:
    """Two-digit years are 20xx (``21`` → 2021).

    >>> expand_year("21"), expand_year("2019")
    (2021, 2019)
    """
    y = int(text)
    return 2000 + y if len(text) == 2 else y


@dataclass
class DateSpan:
    """A date mention: offsets into the clean text, parts as written, and the result."""

    start: int
    end: int
    text: str
    day: int
    month: int
    year: int | None
    weekday: int | None
    time: str = ""
    date: dt.date | None = None


class DateFinder:
    """Compiled date-span patterns for one pattern set."""

    def __init__(self, pats: Patterns):
        d = pats["dates.yaml"]
        # dateparser's locale data first; dates.yaml adds only what it lacks.
        months, weekdays, self.month_names = locale_calendar()
        self.months, self.weekdays = dict(months), dict(weekdays)
        self.months.update({str(k).casefold(): int(v) for k, v in (d.get("months") or {}).items()})
        self.weekdays.update({str(k).casefold(): int(v) for k, v in (d.get("weekdays") or {}).items()})
        mon = "|".join(sorted((regex.escape(m) for m in self.months), key=len, reverse=True))
        wd = "|".join(sorted((regex.escape(w) for w in self.weekdays), key=len, reverse=True))
        zones = "|".join(regex.escape(z) for z in d["zones"])
        time = (
            rf"(?:\s{{0,4}}[,|]?\s{{0,4}}(?:pukul\s{{0,4}})?(?P<hh>[01]?\d|2[0-3])[:.](?P<mm>[0-5]\d)"
            rf"(?!\d)(?:\s{{0,4}}(?:{zones})\b)?)?"
        )
        core = (
            # 8 November 2025 / 10 Nov 2025 / 8 November / 1-3 Desember 2023
            rf"(?:(?P<d0>\d{{1,2}})\s{{0,4}}(?:-|–|hingga|sampai(?:\s+dengan)?|s\.d\.?|s/d|dan)\s{{0,4}})?"
            rf"(?P<d1>\d{{1,2}})\s{{0,4}}(?P<mon>\b(?:{mon}))\b\.?(?:\s{{0,4}},?\s{{0,4}}(?P<y1>\d{{4}})(?!\d))?"
            # (17/11/2022) (8/8) (14/12/21) (Rabu, 14/12/2022)
            rf"|\(\s{{0,4}}(?:(?P<wd2>\b(?:{wd}))\b\s{{0,4}},?\s{{0,4}})?(?P<d2>\d{{1,2}})/(?P<m2>\d{{1,2}})(?:/(?P<y2>\d{{4}}|\d{{2}}))?\s{{0,4}}\)"
            # 6/10/2022  23-12-2022  03.08.2017 (four-digit year when not in brackets)
            r"|(?<![\w./-])(?P<d3>\d{1,2})(?P<sep>[/.-])(?P<m3>\d{1,2})(?P=sep)(?P<y3>\d{4})(?![\w/-])"
            # 2022-12-23
            r"|(?<![\w./-])(?P<y4>\d{4})-(?P<m4>\d{1,2})-(?P<d4>\d{1,2})(?![\w/-])"
        )
        # Spaces between the parts are bounded (`\s{0,4}`): two unbounded runs side by side
        # would make a date followed by pages of blanks cost quadratic time.
        # Every date starts with a digit or a bracket; the weekday before it is looked up
        # afterwards, which keeps the scan from trying a weekday at every position.
        self.rx = regex.compile(rf"(?<![\w/])(?:{core}){time}", regex.IGNORECASE | regex.VERSION0)
        self.weekday_rx = regex.compile(rf"(?<![\w/])(?P<wd>\b(?:{wd}))\b\s{{0,4}}[,|]?\s{{0,4}}$", regex.IGNORECASE)
        # Short month forms (`Nov`, `Agt`) count only with a year; short full names (`Mei`) always.
        full = {n.casefold() for n in self.month_names.values()}
        self._abbrev = {m for m in self.months if len(m) <= 4 and m not in full}

    def parse_date(self, day: int, month: int, year: int) -> dt.date | None:
        """Normalise one day/month/year with dateparser; None when it is no calendar day.

        >>> from extract.patterns import load
        >>> f = DateFinder(load())
        >>> f.parse_date(8, 11, 2025), f.parse_date(31, 2, 2024)
        (datetime.date(2025, 11, 8), None)
        """
        if not (1 <= month <= 12 and 1 <= day <= 31) or month not in self.month_names:
            return None
        return _parse_date(day, month, year, self.month_names[month])

    def find(self, text: str) -> list[DateSpan]:
        """Every date-like span in ``text`` with its parts (year may still be missing)."""
        spans = []
        for m in self.rx.finditer(text):
            if m["d1"]:
                mon = m["mon"].casefold()
                if mon in self._abbrev and not m["y1"]:
                    continue
                day, month = int(m["d1"]), self.months[mon]
                year = int(m["y1"]) if m["y1"] else None
            elif m["d2"]:
                day, month = int(m["d2"]), int(m["m2"])
                year = expand_year(m["y2"]) if m["y2"] else None
            elif m["d3"]:
                day, month, year = int(m["d3"]), int(m["m3"]), int(m["y3"])
            else:
                day, month, year = int(m["d4"]), int(m["m4"]), int(m["y4"])
            if not (1 <= day <= 31 and 1 <= month <= 12):
                continue
            start, end = m.span()
            before = self.weekday_rx.search(text, max(0, start - 16), start)
            if before:
                start = before.start()
            wd_text = (before["wd"] if before else None) or m["wd2"]
            wd = self.weekdays.get(wd_text.casefold()) if wd_text else None
            t = f"{int(m['hh']):02d}:{m['mm']}" if m["hh"] else ""
            if m["d0"]:
                # A range of days gives one row per end; each row keeps its own words.
                d0 = int(m["d0"])
                spans.append(DateSpan(start, m.end("d0"), text[start : m.end("d0")], d0, month, year, wd, ""))
                start, wd = m.start("d1"), None
            spans.append(DateSpan(start, end, text[start:end], day, month, year, wd, t))
        return spans

    def resolve(
        self, spans: list[DateSpan], text: str, years: list[int], published: dt.date | None = None
    ) -> list[DateSpan]:
        """Fill in missing years and normalise; drop spans that are no calendar day.

        ``years`` are the preferred years for a date written without one, best first
        (publication year, award edition); the nearest year in the text before the
        mention comes after them. A weekday, when written, must agree. Without a weekday,
        a day that would lie months after ``published`` is taken from the year before
        (`(28/12)` in an article of 5 January).
        """
        out = []
        for s in spans:
            if s.year is not None:
                s.date = self.parse_date(s.day, s.month, s.year)
            else:
                s.date = self._guess(s, text, years)
                if s.date and s.weekday is None and published and (s.date - published).days > 60:
                    s.date = self.parse_date(s.day, s.month, s.date.year - 1) or s.date
            if s.date is not None:
                out.append(s)
        return out

    def _guess(self, s: DateSpan, text: str, years: list[int]) -> dt.date | None:
        before = [int(y) for y in _YEAR.findall(text[max(0, s.start - 600) : s.start])]
        cands: list[int] = []
        for y in [*years, *(yy - 1 for yy in years[:1]), *reversed(before)]:
            if y not in cands:
                cands.append(y)
        for y in cands:
            d = self.parse_date(s.day, s.month, y)
            if d is None:
                continue
            if s.weekday is None or d.isoweekday() == s.weekday:
                return d
        return None


def to_rows(spans: list[DateSpan]) -> list[dict]:
    """Date spans as rows of ``dates.csv`` (without ``article_id``)."""
    return [
        {
            "date": s.date.isoformat(),
            "time": s.time,
            "granularity": "datetime" if s.time else "day",
            "start": s.start,
            "end": s.end,
            "text": s.text,
        }
        for s in spans
    ]
