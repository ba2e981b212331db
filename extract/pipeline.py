"""The extraction pipeline: raw article → clean text → spans → records (one dict per row)."""

from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from . import awards as awards_mod
from . import dates as dates_mod
from . import metadata
from . import officials as officials_mod
from . import percentages as pct_mod
from . import winners as winners_mod
from .categories import CategoryFinder
from .cleaning import Cleaner
from .context import Cues, Doc
from .defaults import MAX_CHARS, TABLES, TIME_LIMIT  # noqa: F401 - re-exported
from .frames import FrameEngine
from .lists import ListShapes
from .normalize import SentenceSplitter
from .orgs import OrgFinder
from .patterns import Patterns
from .patterns import load as load_patterns
from .ranks import RankReader
from .reading import Article
from .regions import Gazetteer
from .spans import SpanLayer, expand_to_tokens, write_doc_spans

RELATIONS = ("win", "present", "speak", "accompany")


class ArticleTimeout(Exception):
    """One article took longer than the pipeline's time limit."""


@contextmanager
def _time_limit(seconds: float | None):
    """Raise :class:`ArticleTimeout` in the block after ``seconds`` (a real-time timer; the
    `regex` module and spaCy both stop for it). Only in the main thread of a Unix process:
    elsewhere the block runs unbounded."""
    usable = seconds and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def _expired(signum, frame):
        raise ArticleTimeout()

    previous = signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@dataclass
class Result:
    """Everything extracted from one article."""

    article: dict
    clean: str = ""
    rows: dict[str, list[dict]] = field(default_factory=dict)
    doc: object = None  # the spaCy Doc with every typed span in doc.spans (run(keep_doc=True))


class Pipeline:
    """All compiled rules for one pattern set; build once, run on many articles."""

    def __init__(
        self,
        patterns: Patterns | str | Path | None = None,
        time_limit: float | None = TIME_LIMIT,
        max_chars: int = MAX_CHARS,
    ):
        self.patterns = patterns if isinstance(patterns, Patterns) else load_patterns(patterns)
        self.time_limit, self.max_chars = time_limit, max_chars
        p = self.patterns
        self.cleaner = Cleaner(p)
        self.sentences = SentenceSplitter(p["honorifics.yaml"]["dotted_abbreviations"])
        self.gaz = Gazetteer(p)
        self.cues = Cues(p)
        self.lists = ListShapes(p)
        self.ranks = RankReader(p)
        self.orgs = OrgFinder(p)
        self.frames = FrameEngine(p, self.lists)
        self.dates = dates_mod.DateFinder(p)
        self.awards = awards_mod.AwardFinder(
            p, self.cues, self.frames.edition_cues(), self.lists.leads, self.frames.prize_cues()
        )
        self.categories = CategoryFinder(p, p["vocabulary.yaml"]["award_words"])
        self.percentages = pct_mod.PercentFinder(p, self.gaz)
        # One span layer: `spacy.blank("id")` + span rulers built from the pattern files.
        self.layer = SpanLayer(
            p,
            gaz=self.gaz,
            orgs=self.orgs,
            positions=p["positions.yaml"],
            awards=self.awards,
            categories=self.categories,
            frames=self.frames,
            dates=self.dates,
            ranks=self.ranks,
            percents=self.percentages,
        )
        self.nlp = self.layer.nlp
        self.header = metadata.Header(p, self.gaz)
        hon = p["honorifics.yaml"]
        self.gap_words = {str(w).casefold() for w in [*hon["honorifics"], *hon["degrees"]]}
        self.officials = officials_mod.OfficialFinder(p, self.cues, self.gaz, self.orgs)
        self.winners = winners_mod.WinnerFinder(
            p, self.cues, self.gaz, self.frames, self.lists, self.ranks, self.categories
        )

    def run(self, art: Article, keep_doc: bool = False) -> Result:
        """Extract one article; errors become an article row with ``status=error``.

        With ``keep_doc`` the result carries the spaCy Doc, its ``doc.spans[label]`` holding
        every typed span the extractors related (``span._.data`` what it stands for); a
        batch run has no use for it and does not build it."""
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
            "encoding": art.encoding,
            "warning": art.warning,
        }
        if art.error:
            row["status"] = "error"
            return Result(row)
        if len(art.text) > self.max_chars:
            row.update(status="error", error=f"too long: {len(art.text):,} characters (limit {self.max_chars:,})")
            return Result(row)
        try:
            with _time_limit(self.time_limit):
                return self._run(art, row, keep_doc)
        except ArticleTimeout:
            row.update(status="error", error=f"took longer than the time limit of {self.time_limit:g} s; skipped")
            return Result(row)
        except Exception as exc:  # noqa: BLE001 - one bad article must not stop the run
            row.update(status="error", error=f"extraction failed: {type(exc).__name__}: {exc}")
            return Result(row)

    def context(self, article_id: str, clean: str) -> Doc:
        """The article context of a cleaned text: tokens, the typed spans of the span layer,
        sentences and clauses, the dateline's offsets."""
        tokens = self.layer(clean)
        spans = self.layer.annotate(tokens)
        sents = self.sentences(clean)
        spans["CATEGORY"] = self.layer.categories_of(tokens, spans, _headline_ranges(clean), sents)
        doc = Doc.build(article_id, tokens, spans, self.cues, self.lists.clause_breaks, self.gap_words, sents)
        doc.header = self.header.dateline_span(clean)
        doc.dateline = doc.header[3]
        return doc

    def _run(self, art: Article, row: dict, keep_doc: bool = False) -> Result:
        clean = self.cleaner.clean(art.text)
        if not clean.strip():
            row.update(status="error", error="no text left after cleaning")
            return Result(row, clean)
        doc = self.context(art.article_id, clean)
        tokens = doc.tokens
        outlet, place, line_no, _ = doc.header
        if not outlet:
            outlet = self.header.trailing_outlet(clean)
        header_end = sum(len(x) + 1 for x in clean.split("\n")[: line_no + 1]) if line_no >= 0 else 600
        author, editor = self.header.credits(clean)
        date_spans = [i.data for i in doc.items("DATE")]
        pub = self.header.published(clean, date_spans, header_end)
        pub_year = None
        published = dates_mod.normalize_timestamp(art.published) if art.published else ""
        if pub is not None and pub.year:
            published = self.dates.parse_date(pub.day, pub.month, pub.year)
            published = published.isoformat() + (f"T{pub.time}" if pub.time and published else "") if published else ""
        if published:
            pub_year = int(published[:4])
        mentions = [i.data for i in doc.items("AWARD")]
        editions = [m.edition for m in mentions if m.edition]
        years = ([pub_year] if pub_year else []) + sorted(set(editions), key=editions.count, reverse=True)
        pub_date = dates_mod.dt.date.fromisoformat(published[:10]) if published else None  # ISO by now
        dates = self.dates.resolve(date_spans, clean, years, pub_date)
        dated = {d.date.year for d in dates if d.date}
        fallback = pub_year or (dated.pop() if len(dated) == 1 else None)
        award_rows = self.awards.awards(doc, mentions, [s for s in dates if s is not pub], fallback)
        officials = self.officials.find(doc)
        # The dateline's place is where the article was written, never an argument.
        targets = [t for t in doc.targets if not (doc.dateline[0] <= t.start < doc.dateline[1])]
        relations = self.frames.relations(doc, targets, RELATIONS)
        self.officials.assign_roles(doc, officials, relations)
        winners = self.winners.find(doc, relations, award_rows)
        percents = self.percentages.find(doc)
        if keep_doc:
            write_doc_spans(tokens, doc.spans)
        row.update(
            title=art.title or self.header.title(clean),
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
            "dates": dates_mod.to_rows(dates),
            "percentages": pct_mod.to_rows(percents),
        }
        for table in rows.values():
            for r in table:
                r["article_id"] = art.article_id
                # Snap to token boundaries so a span never cuts a word in half.
                span = expand_to_tokens(tokens, r["start"], r["end"])
                if span is not None and clean[span[0] : span[1]].strip() == clean[r["start"] : r["end"]].strip():
                    r["start"], r["end"] = span
                r["text"] = clean[r["start"] : r["end"]]
        return Result(row, clean, rows, tokens if keep_doc else None)


def _headline_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of the lines that are headlines."""
    from .context import is_headline

    out, pos = [], 0
    for line in text.split("\n"):
        if is_headline(line):
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out
