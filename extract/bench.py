"""Benchmark: throughput and peak memory of the full pipeline vs. the spaCy tokenizer alone.

Each side runs in its own process so that its peak resident memory is its own.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from pathlib import Path


def _corpus(in_dir: Path, n: int):
    from .reading import read_dir

    base = [a for a in read_dir(in_dir) if not a.error]
    if not base:
        raise SystemExit(f"no readable articles in {in_dir}")
    reps = -(-n // len(base))
    out = []
    for i in range(reps):
        for a in base:
            out.append(type(a)(f"{a.article_id}-{i}", a.source, text=a.text))
    return out[: max(n, len(base))]


def _worker(mode: str, in_dir: str, n: int, patterns: str | None) -> dict:
    arts = _corpus(Path(in_dir), n)
    if mode == "pipeline":
        from .pipeline import Pipeline

        pipe = Pipeline(patterns)
        t0 = time.perf_counter()
        rows = sum(sum(len(v) for v in pipe.run(a).rows.values()) for a in arts)
    else:
        import spacy

        nlp = spacy.blank("id")
        t0 = time.perf_counter()
        rows = sum(len(nlp.make_doc(a.text)) for a in arts)
    dt = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "mode": mode,
        "articles": len(arts),
        "seconds": dt,
        "per_second": len(arts) / dt,
        "peak_mb": peak_mb,
        "items": rows,
    }


def bench(in_dir: Path, n: int = 2000, patterns: str | None = None) -> str:
    """Run both measurements and return a printable report."""
    res = {}
    for mode in ("pipeline", "tokenizer"):
        cmd = [sys.executable, "-m", "extract.bench", mode, str(in_dir), str(n), patterns or ""]
        got = subprocess.run(cmd, check=True, capture_output=True, text=True)
        res[mode] = json.loads(got.stdout.strip().splitlines()[-1])
    p, t = res["pipeline"], res["tokenizer"]
    ratio = p["per_second"] / t["per_second"]
    lines = [
        f"corpus: {p['articles']} articles (repeated from {in_dir})",
        f"{'':<22}{'articles/s':>12}{'seconds':>10}{'peak MB':>10}",
        f"{'full pipeline':<22}{p['per_second']:>12.1f}{p['seconds']:>10.2f}{p['peak_mb']:>10.1f}",
        f"{'spaCy tokenizer only':<22}{t['per_second']:>12.1f}{t['seconds']:>10.2f}{t['peak_mb']:>10.1f}",
        f"ratio pipeline / tokenizer: {ratio:.2f}x (target >= 0.5x)",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    mode, in_dir, n, pats = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4] or None
    print(json.dumps(_worker(mode, in_dir, n, pats)))
