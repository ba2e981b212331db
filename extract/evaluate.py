"""Score extracted tables against hand-labelled gold by the contract's matching rules."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import regex

from .normalize import key
from .tables import read_table

SCORED = ("awards", "winners", "officials", "dates", "percentages")
_ATTRS = {
    "awards": ("organizer", "venue", "event_date"),
    "winners": ("rank", "recipient_type", "region_code", "award", "edition"),
    "officials": ("position", "organization", "role", "honorific"),
    "percentages": ("subject", "region", "year"),
    "dates": ("time",),
}


@dataclass
class TableScore:
    """Counts and attribute agreement for one table."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    dup: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)
    attrs: dict[str, list[int]] = field(default_factory=dict)
    wrong: list[str] = field(default_factory=list)  # matched rows with a wrong attribute worth reading

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def attr(self, name: str, ok: bool) -> None:
        got = self.attrs.setdefault(name, [0, 0])
        got[0] += int(ok)
        got[1] += 1

    def accuracy(self, name: str) -> float | None:
        got = self.attrs.get(name)
        return got[0] / got[1] if got and got[1] else None


def load_gold(folder: Path, ids: Iterable[str] | None = None) -> dict[str, dict]:
    """Gold records per article id; checks the shape before anything is scored."""
    gold = {}
    for path in sorted(Path(folder).glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        aid = data.get("article_id")
        if aid != path.stem:
            raise ValueError(f"{path}: article_id {aid!r} does not match the file name")
        for t in SCORED:
            if not isinstance(data.get(t, []), list):
                raise ValueError(f"{path}: {t} must be a list")
        if ids is None or aid in ids:
            gold[aid] = data
    return gold


def _norm(v) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return key(str(v))


def _names(g: dict, field_: str, alts: str) -> set[str]:
    return {key(x) for x in [g.get(field_) or "", *(g.get(alts) or [])] if x}


def _match(table: str, p: dict, g: dict) -> bool:
    if table == "awards":
        names = _names(g, "award", "alt_names") | ({key(g["acronym"])} if g.get("acronym") else set())
        same = key(p["award"]) in names or (p.get("acronym") and key(p["acronym"]) in names)
        return bool(same) and _norm(p["edition"]) == _norm(g.get("edition"))
    if table == "winners":
        # An empty string among the alternatives means "no category" is right too.
        no_category_ok = not g.get("category") or "" in (g.get("alt_categories") or [])
        return key(p["recipient"]) in _names(g, "recipient", "alt_recipients") and (
            key(p["category"]) in _names(g, "category", "alt_categories") or (not p["category"] and no_category_ok)
        )
    if table == "officials":
        return key(p["name"]) in _names(g, "name", "alt_names")
    if table == "percentages":
        return abs(float(p["value"]) - float(g["value"])) < 1e-6
    return False


def position_lenient(pred: str, gold: str) -> bool:
    """Positions agree when one is the other or extends it word by word.

    >>> position_lenient("Ketua IKAL Lemhanas", "Ketua"), position_lenient("Bupati", "Wali Kota")
    (True, False)
    """
    a, b = pred.casefold().split(), gold.casefold().split()
    n = min(len(a), len(b))
    return n > 0 and a[:n] == b[:n]


def _content_words(text: str) -> set[str]:
    from .lexicon import stop_words

    words = regex.findall(r"[\p{L}\p{N}]+", text.casefold())
    return {w[:-3] if w.endswith("nya") and len(w) > 5 else w for w in words if w not in stop_words()}


def subject_lenient(pred: str, gold: str) -> bool:
    """Subjects agree when each shares at least half of its content words with the other
    (stop words ignored, `-nya` cut).

    >>> subject_lenient("cakupan kepesertaan JKN", "cakupan JKN"), subject_lenient("inflasi", "kemiskinan")
    (True, False)
    """
    a, b = _content_words(pred), _content_words(gold)
    if not a or not b:
        return not a and not b
    common = len(a & b)
    return common >= len(a) / 2 and common >= len(b) / 2


def score_table(table: str, pred: list[dict], gold: list[dict], aid: str, ts: TableScore) -> None:
    """Add one article's counts for one table to ``ts``."""
    if table == "dates":
        pd_ = {p["date"] for p in pred}
        gd = {g["date"] for g in gold if not g.get("optional")}
        opt = {g["date"] for g in gold if g.get("optional")}
        ts.tp += len(pd_ & gd)
        ts.fp += len(pd_ - gd - opt)
        ts.fn += len(gd - pd_)
        ts.misses += [f"{aid}: {d}" for d in sorted(gd - pd_)]
        ts.extras += [f"{aid}: {d}" for d in sorted(pd_ - gd - opt)]
        return
    used: list[bool] = [False] * len(gold)
    for p in pred:
        hit = None
        for i, g in enumerate(gold):
            if not used[i] and _match(table, p, g):
                hit = i
                if not g.get("optional"):
                    break
        if hit is None:
            if any(_match(table, p, g) for g in gold):
                ts.dup += 1
            else:
                ts.fp += 1
                ts.extras.append(f"{aid}: {_show(table, p)}")
            continue
        used[hit] = True
        g = gold[hit]
        if g.get("optional"):
            continue
        ts.tp += 1
        for a in _ATTRS.get(table, ()):
            if a in g:
                ts.attr(a, _norm(p.get(a, "")) == _norm(g[a]))
        if table == "officials" and "position" in g:
            ts.attr("position (lenient)", position_lenient(p["position"], g["position"] or ""))
        if table == "percentages" and "subject" in g:
            ok = subject_lenient(p["subject"], g["subject"] or "")
            ts.attr("subject (lenient)", ok)
            if not ok:
                ts.wrong.append(f"{aid}: {p['value']} subject {p['subject']!r}, gold {g['subject']!r}")
    for i, g in enumerate(gold):
        if not used[i] and not g.get("optional"):
            ts.fn += 1
            ts.misses.append(f"{aid}: {_show(table, g)}")


def _show(table: str, r: dict) -> str:
    fields = {
        "awards": ("award", "edition"),
        "winners": ("recipient", "category", "rank"),
        "officials": ("name", "position", "organization", "role"),
        "percentages": ("value", "subject"),
    }[table]
    return " | ".join(str(r.get(f, "")) for f in fields)


def evaluate(out_dir: Path, gold_dir: Path, ids: Iterable[str] | None = None) -> dict:
    """Scores of the tables in ``out_dir`` against gold files for the articles there."""
    tables = {t: read_table(out_dir / f"{t}.csv") for t in (*SCORED, "articles")}
    art_ids = list(tables["articles"]["article_id"]) if ids is None else list(ids)
    gold = load_gold(gold_dir, set(art_ids))
    scores = {t: TableScore() for t in SCORED}
    published = TableScore()
    for aid, g in gold.items():
        for t in SCORED:
            pred = tables[t][tables[t]["article_id"] == aid].to_dict("records")
            score_table(t, pred, g.get(t) or [], aid, scores[t])
        arow = tables["articles"][tables["articles"]["article_id"] == aid]
        got = arow["published"].iloc[0] if len(arow) else ""
        want = g.get("published") or ""
        if got == want:
            published.tp += 1
        else:
            published.fn += 1
            published.misses.append(f"{aid}: published {got!r}, gold {want!r}")
    return _result(scores, published, len(gold))


def merge(results: list[dict]) -> dict:
    """Pool several evaluations (seeds and dev) into one."""
    tables = {t: TableScore() for t in SCORED}
    published = TableScore()
    for res in results:
        for t, s in res["tables"].items():
            m = tables[t]
            m.tp += s.tp
            m.fp += s.fp
            m.fn += s.fn
            m.dup += s.dup
            m.misses += s.misses
            m.extras += s.extras
            m.wrong += s.wrong
            for a, (ok, n) in s.attrs.items():
                got = m.attrs.setdefault(a, [0, 0])
                got[0] += ok
                got[1] += n
        published.tp += res["published"].tp
        published.fn += res["published"].fn
        published.misses += res["published"].misses
    return _result(tables, published, sum(x["articles"] for x in results))


def _result(tables: dict[str, TableScore], published: TableScore, articles: int) -> dict:
    """Per-table scores plus their micro average over all scored tables."""
    tp = sum(s.tp for s in tables.values())
    fp = sum(s.fp for s in tables.values())
    fn = sum(s.fn for s in tables.values())
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return {
        "tables": tables,
        "published": published,
        "micro": {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0},
        "articles": articles,
    }


def report(res: dict, details: bool = True) -> str:
    """Human-readable score table, attribute accuracies, misses and extras."""
    lines = [f"{'table':<12} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4} {'dup':>4}"]
    for t, s in res["tables"].items():
        lines.append(f"{t:<12} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.tp:4d} {s.fp:4d} {s.fn:4d} {s.dup:4d}")
    m = res["micro"]
    lines.append(f"{'micro':<12} {m['precision']:6.3f} {m['recall']:6.3f} {m['f1']:6.3f}")
    pub = res["published"]
    lines.append(f"published right: {pub.tp}/{pub.tp + pub.fn} articles")
    lines.append("attribute accuracy on matched rows:")
    for t, s in res["tables"].items():
        for a in s.attrs:
            lines.append(f"  {t}.{a}: {s.accuracy(a):.3f} ({s.attrs[a][0]}/{s.attrs[a][1]})")
    if details:
        for t, s in res["tables"].items():
            for x in s.misses:
                lines.append(f"MISS  {t:<11} {x}")
            for x in s.extras:
                lines.append(f"EXTRA {t:<11} {x}")
            for x in s.wrong:
                lines.append(f"WRONG {t:<11} {x}")
        for x in pub.misses:
            lines.append(f"MISS  articles    {x}")
    return "\n".join(lines)
