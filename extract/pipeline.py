"""The extraction pipeline: raw article → clean text → spans → records (one dict per row)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import spacy

from . import awards as awards_mod
from . import dates as dates_mod
from . import metadata
from . import officials as officials_mod
from . import percentages as pct_mod
from . import winners as winners_mod
from .cleaning import Cleaner
from .context import Cues, Doc
from .patterns import Patterns
from .patterns import load as load_patterns
from .reading import Article
from .regions import Gazetteer

TABLES = ("articles", "awards", "winners", "officials", "dates", "percentages")


@dataclass
class Result:
    """Everything extracted from one article."""

    article: dict
    clean: str = ""
    rows: dict[str, list[dict]] = field(default_factory=dict)


class Pipeline:
    """All compiled rules for one pattern set; build once, run on many articles."""

    def __init__(self, patterns: Patterns | str | Path | None = None):
        self.patterns = patterns if isinstance(patterns, Patterns) else load_patterns(patterns)
        p = self.patterns
        # The Indonesian tokenizer gives token boundaries for span alignment
        # (`doc.char_span(..., alignment_mode="expand")`); no model is loaded.
        self.nlp = spacy.blank("id")
        self.cleaner = Cleaner(p)
        self.gaz = Gazetteer(p)
        self.gaz.matcher(self.nlp)
        self.cues = Cues(p)
        self.dates = dates_mod.DateFinder(p)
        self.awards = awards_mod.AwardFinder(p, self.cues, self.nlp)
        self.officials = officials_mod.OfficialFinder(p, self.cues, self.gaz)
        self.winners = winners_mod.WinnerFinder(p, self.cues, self.gaz)
        self.percentages = pct_mod.PercentFinder(p, self.gaz)

    def run(self, art: Article) -> Result:
        """Extract one article; errors become an article row with ``status=error``."""
        row = {
            "article_id": art.article_id,
            "source": art.source,
            "title": art.title,
            "outlet": "",
            "dateline": "",
            "published": "",
            "author": "",
            "editor": "",
            "chars": 0,
            "status": "ok",
            "error": art.error,
        }
        if art.error:
            row["status"] = "error"
            return Result(row)
        try:
            return self._run(art, row)
        except Exception as exc:  # noqa: BLE001 - one bad article must not stop the run
            row.update(status="error", error=f"extraction failed: {type(exc).__name__}: {exc}")
            return Result(row)

    def _run(self, art: Article, row: dict) -> Result:
        clean = self.cleaner.clean(art.text)
        if not clean.strip():
            row.update(status="error", error="no text left after cleaning")
            return Result(row, clean)
        tokens = self.nlp.make_doc(clean)
        doc = Doc.build(art.article_id, clean, self.gaz, self.cues, tokens)
        outlet, place, line_no, doc.dateline = metadata.dateline_span(clean, self.gaz)
        if not outlet:
            outlet = metadata.trailing_outlet(clean)
        header_end = sum(len(x) + 1 for x in clean.split("\n")[: line_no + 1]) if line_no >= 0 else 600
        author, editor = metadata.credits(clean)
        spans = self.dates.find(clean)
        pub = metadata.published(clean, spans, header_end)
        pub_year = None
        published = dates_mod.normalize_timestamp(art.published) if art.published else ""
        if pub is not None and pub.year:
            published = dates_mod.parse_date(pub.day, pub.month, pub.year)
            published = published.isoformat() + (f"T{pub.time}" if pub.time and published else "") if published else ""
        if published:
            pub_year = int(published[:4])
        mentions = self.awards.mentions(doc)
        editions = [m.edition for m in mentions if m.edition]
        years = ([pub_year] if pub_year else []) + sorted(set(editions), key=editions.count, reverse=True)
        pub_date = dates_mod.dt.date.fromisoformat(published[:10]) if published else None  # ISO by now
        spans = self.dates.resolve(spans, clean, years, pub_date)
        award_rows = self.awards.awards(doc, mentions, [s for s in spans if s is not pub])
        officials = self.officials.find(doc)
        winners = self.winners.find(doc, mentions, award_rows, officials)
        percents = self.percentages.find(doc)
        row.update(
            title=art.title or metadata.title(clean),
            outlet=outlet,
            dateline=place,
            published=published,
            author=author,
            editor=editor,
            chars=len(clean),
        )
        rows = {
            "awards": awards_mod.to_rows(award_rows),
            "winners": winners_mod.to_rows(winners),
            "officials": officials_mod.to_rows(officials),
            "dates": dates_mod.to_rows(spans),
            "percentages": pct_mod.to_rows(percents),
        }
        for table in rows.values():
            for r in table:
                r["article_id"] = art.article_id
                # Snap to token boundaries so a span never cuts a word in half.
                span = tokens.char_span(r["start"], r["end"], alignment_mode="expand")
                if span is not None and span.text.strip() == clean[r["start"] : r["end"]].strip():
                    r["start"], r["end"] = span.start_char, span.end_char
                r["text"] = clean[r["start"] : r["end"]]
        return Result(row, clean, rows)
