"""A self-contained HTML page to review extractions in place, with the gold diff.

One file, no network: inline CSS and a little JavaScript. Article text is always inserted
through ``html.escape``, never as markup.
"""

from __future__ import annotations

import html
from pathlib import Path

from .evaluate import SCORED, TableScore, evaluate, load_gold, score_table
from .tables import read_table, write_atomic

COLOURS = {
    "awards": "#f6c453",
    "winners": "#7bd389",
    "officials": "#7fb8f0",
    "dates": "#f08fb0",
    "percentages": "#c4a5f5",
}
LABEL = {
    "awards": lambda r: f"{r['award']} {r['edition']}".strip(),
    "winners": lambda r: " · ".join(
        x for x in (r["recipient"], r["category"], f"rank {r['rank']}" if r["rank"] else "") if x
    ),
    "officials": lambda r: " · ".join(x for x in (r["name"], r["position"], r["organization"], r["role"]) if x),
    "dates": lambda r: f"{r['date']} {r['time']}".strip(),
    "percentages": lambda r: " · ".join(x for x in (r["value"], r["subject"], r["region"], r["year"]) if x),
}
SHOWN = {
    "awards": ["award", "acronym", "edition", "organizer", "venue", "event_date"],
    "winners": ["recipient", "recipient_type", "region_code", "category", "rank", "award", "edition"],
    "officials": ["name", "honorific", "position", "organization", "role"],
    "dates": ["date", "time", "text"],
    "percentages": ["value", "subject", "region", "year"],
}

CSS = """
body{font:15px/1.5 system-ui,sans-serif;margin:0;background:#fafafa;color:#222}
header{position:sticky;top:0;background:#fff;border-bottom:1px solid #ddd;padding:8px 16px;z-index:5}
h1{font-size:18px;margin:0 0 6px}
.legend span{display:inline-block;padding:0 8px;margin-right:6px;border-radius:3px}
#filter{width:320px;padding:4px 8px;font-size:14px}
main{padding:12px 16px;max-width:1100px}
section.article{background:#fff;border:1px solid #ddd;border-radius:6px;margin:14px 0;padding:10px 14px}
section.article h2{font-size:16px;margin:0}
.meta{color:#555;font-size:13px}
.error{color:#b00020;font-weight:600}
.text{white-space:pre-wrap;border-left:3px solid #eee;padding-left:10px;margin:8px 0;font-family:Georgia,serif}
mark{position:relative;border-radius:2px;padding:0 1px;cursor:help;color:inherit}
mark:hover::after,mark:focus::after{content:attr(data-v);position:absolute;left:0;top:100%;z-index:9;
 background:#222;color:#fff;font:12px/1.3 system-ui;padding:3px 6px;border-radius:3px;white-space:nowrap}
mark.flash{outline:3px solid #e53935;animation:fl 1.2s}
@keyframes fl{from{outline-color:#e53935}to{outline-color:transparent}}
table{border-collapse:collapse;font-size:12.5px;margin:4px 0 8px}
td,th{border:1px solid #ddd;padding:2px 6px;text-align:left;vertical-align:top}
tr.row{cursor:pointer} tr.row:hover{background:#fff6d6}
h3{font-size:13px;margin:8px 0 2px;text-transform:uppercase;letter-spacing:.04em}
.diff li.miss{color:#b00020} .diff li.extra{color:#8a5a00}
.diff{font-size:13px;background:#fff8f8;border:1px solid #f3d0d0;padding:4px 10px;border-radius:4px}
.summary td.num{text-align:right}
.hidden{display:none}
"""

JS = """
document.addEventListener('click', function (e) {
  var tr = e.target.closest('tr.row');
  if (!tr) return;
  var m = document.getElementById(tr.dataset.target);
  if (!m) return;
  m.scrollIntoView({behavior: 'smooth', block: 'center'});
  m.classList.remove('flash'); void m.offsetWidth; m.classList.add('flash');
  m.focus({preventScroll: true});
});
document.getElementById('filter').addEventListener('input', function () {
  var q = this.value.trim().toLowerCase();
  document.querySelectorAll('section.article').forEach(function (sec) {
    var hit = !q || sec.textContent.toLowerCase().indexOf(q) >= 0;
    sec.classList.toggle('hidden', !hit);
    var rows = sec.querySelectorAll('tr.row');
    var rowHit = false;
    rows.forEach(function (r) { if (q && r.textContent.toLowerCase().indexOf(q) >= 0) rowHit = true; });
    rows.forEach(function (r) {
      r.classList.toggle('hidden', rowHit && r.textContent.toLowerCase().indexOf(q) < 0);
    });
  });
});
document.body.dataset.ready = document.querySelectorAll('mark[id]').length;
"""


def _anchor(aid: str) -> str:
    return "a-" + "".join(ch if ch.isalnum() else "-" for ch in aid)


def _marked_text(clean: str, spans: list[tuple[int, int, str, str, str]]) -> str:
    """Clean text as escaped HTML with one <mark> per span; nested spans nest, a span that
    crosses its parent's end is clipped there so every row keeps exactly one highlight."""
    spans = sorted(spans, key=lambda s: (s[0], -s[1]))
    out: list[str] = []
    pos = 0
    stack: list[int] = []
    for start, end, table, ident, value in spans:
        while stack and stack[-1] <= start:
            top = stack.pop()
            out.append(html.escape(clean[pos:top]))
            out.append("</mark>")
            pos = top
        if stack:
            end = min(end, stack[-1])
        out.append(html.escape(clean[pos:start]))
        out.append(
            f'<mark id="{ident}" class="t-{table}" tabindex="0" style="background:{COLOURS[table]}" '
            f'data-v="{html.escape(table + ": " + value)}" title="{html.escape(value)}">'
        )
        pos = start
        stack.append(max(end, start))
    while stack:
        top = stack.pop()
        out.append(html.escape(clean[pos:top]))
        out.append("</mark>")
        pos = top
    out.append(html.escape(clean[pos:]))
    return "".join(out)


def _row_table(table: str, rows: list[dict], idents: list[str]) -> str:
    cols = SHOWN[table]
    head = "".join(f"<th>{html.escape(c)}</th>" for c in cols)
    body = "".join(
        f'<tr class="row" data-target="{i}">' + "".join(f"<td>{html.escape(str(r[c]))}</td>" for c in cols) + "</tr>"
        for r, i in zip(rows, idents, strict=True)
    )
    swatch = f"<span style='background:{COLOURS[table]}'>&nbsp;&nbsp;</span>"
    return f"<h3>{swatch} {table} ({len(rows)})</h3><table><tr>{head}</tr>{body}</table>"


def _diff(aid: str, gold: dict, per_table: dict[str, list[dict]]) -> tuple[str, float]:
    items = []
    tp = fp = fn = 0
    for t in SCORED:
        ts = TableScore()
        score_table(t, per_table[t], gold.get(t) or [], aid, ts)
        tp, fp, fn = tp + ts.tp, fp + ts.fp, fn + ts.fn
        items += [f'<li class="miss">missed {t}: {html.escape(x.split(": ", 1)[1])}</li>' for x in ts.misses]
        items += [f'<li class="extra">extra {t}: {html.escape(x.split(": ", 1)[1])}</li>' for x in ts.extras]
    f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0
    body = "".join(items) or "<li>no differences</li>"
    return f'<div class="diff"><b>gold diff</b> (F1 {f1:.3f})<ul>{body}</ul></div>', f1


def render(out_dir: Path, gold_dir: Path | None = None) -> str:
    """The review page for the tables in ``out_dir`` as an HTML string."""
    tables = {t: read_table(out_dir / f"{t}.csv") for t in ("articles", *SCORED)}
    gold = load_gold(gold_dir) if gold_dir else {}
    sections = []
    scores: list[tuple[float, str]] = []
    for art in tables["articles"].to_dict("records"):
        aid = art["article_id"]
        anchor = _anchor(aid)
        meta = " · ".join(
            html.escape(f"{k}: {art[k]}") for k in ("outlet", "dateline", "published", "author", "editor") if art[k]
        )
        head = f"<h2>{html.escape(art['title'] or aid)}</h2><div class='meta'>{html.escape(aid)} · {meta}</div>"
        if art["status"] != "ok":
            sections.append(
                f'<section class="article" id="{anchor}">{head}'
                f'<p class="error">error: {html.escape(art["error"])}</p></section>'
            )
            continue
        clean_path = out_dir / "clean" / f"{aid}.txt"
        clean = clean_path.read_text(encoding="utf-8") if clean_path.exists() else ""
        spans = []
        per_table: dict[str, list[dict]] = {}
        blocks = []
        for t in SCORED:
            df = tables[t]
            rows = df[df["article_id"] == aid].to_dict("records")
            per_table[t] = rows
            idents = [f"{anchor}-{t}-{i}" for i in range(len(rows))]
            for r, ident in zip(rows, idents, strict=True):
                spans.append((int(r["start"]), int(r["end"]), t, ident, LABEL[t](r)))
            if rows:
                blocks.append(_row_table(t, rows, idents))
        diff = ""
        if aid in gold:
            diff, f1 = _diff(aid, gold[aid], per_table)
            scores.append((f1, aid))
        sections.append(
            f'<section class="article" id="{anchor}">{head}{diff}'
            f'<div class="text">{_marked_text(clean, spans)}</div>{"".join(blocks)}</section>'
        )
    summary = _summary(out_dir, gold_dir, scores) if gold_dir else ""
    legend = "".join(f'<span style="background:{c}">{t}</span>' for t, c in COLOURS.items())
    return (
        "<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<title>Review: {html.escape(str(out_dir))}</title><style>{CSS}</style></head><body>"
        f"<header><h1>Extraction review — {len(sections)} articles</h1>"
        f"<div class='legend'>{legend} <input id='filter' type='search' "
        "placeholder='filter: region, person, category…'></div></header>"
        f"<main>{summary}{''.join(sections)}</main><script>{JS}</script></body></html>\n"
    )


def _summary(out_dir: Path, gold_dir: Path, scores: list[tuple[float, str]]) -> str:
    res = evaluate(out_dir, gold_dir)
    rows = "".join(
        f"<tr><td>{t}</td><td class='num'>{s.precision:.3f}</td><td class='num'>{s.recall:.3f}</td>"
        + "".join(f"<td class='num'>{v}</td>" for v in (f"{s.f1:.3f}", s.tp, s.fp, s.fn))
        + "</tr>"
        for t, s in res["tables"].items()
    )
    m = res["micro"]
    worst = sorted(scores)[:5]
    links = "".join(f"<li><a href='#{_anchor(aid)}'>{html.escape(aid)}</a> (F1 {f1:.3f})</li>" for f1, aid in worst)
    return (
        "<section class='article summary'><h2>Scores against gold</h2><table>"
        "<tr><th>table</th><th>P</th><th>R</th><th>F1</th><th>tp</th><th>fp</th><th>fn</th></tr>"
        f"{rows}<tr><td><b>micro</b></td><td class='num'>{m['precision']:.3f}</td>"
        f"<td class='num'>{m['recall']:.3f}</td>"
        f"<td class='num'><b>{m['f1']:.3f}</b></td><td colspan=3></td></tr></table>"
        f"<div>Worst articles:<ul>{links}</ul></div></section>"
    )


def write_review(out_dir: Path, gold_dir: Path | None = None) -> Path:
    """Write ``out_dir/review.html`` and return its path."""
    path = out_dir / "review.html"
    write_atomic(path, render(out_dir, gold_dir))
    return path


__all__ = ["render", "write_review"]
