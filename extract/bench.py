"""Benchmark: throughput and peak memory of the full pipeline vs. the spaCy tokenizer alone,
and of whole runs (`python -m extract extract`) at scale: one process and all cores, peak
memory at 1,000 and at N articles, a re-run with nothing changed and with 1% changed.

Each measurement runs in its own process so that its peak resident memory is its own.
"""

from __future__ import annotations

import json
import os
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
    base = {a.text: a for a in arts}.values()  # each distinct article once
    if mode == "pipeline":
        from .pipeline import Pipeline

        pipe = Pipeline(patterns)
        t0 = time.perf_counter()
        for a in base:  # first use: dateparser's tables, the caches of words seen
            pipe.run(a)
        warm = time.perf_counter() - t0
        t0 = time.perf_counter()
        rows = sum(sum(len(v) for v in pipe.run(a).rows.values()) for a in arts)
    else:
        import spacy

        nlp = spacy.blank("id")
        t0 = time.perf_counter()
        for a in base:
            nlp.make_doc(a.text)
        warm = time.perf_counter() - t0
        t0 = time.perf_counter()
        rows = sum(len(nlp.make_doc(a.text)) for a in arts)
    dt = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "mode": mode,
        "articles": len(arts),
        "seconds": dt,
        "warm_seconds": warm,
        "per_second": len(arts) / dt,
        "peak_mb": peak_mb,
        "items": rows,
    }


def _scale_corpus(in_dir: Path, n: int, into: Path) -> None:
    """``n`` article files repeated from ``in_dir`` under names of their own."""
    base = [p for p in sorted(Path(in_dir).iterdir()) if p.suffix.lower() in (".txt", ".html", ".htm")]
    if not base:
        raise SystemExit(f"no .txt/.html articles in {in_dir}")
    into.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        src = base[i % len(base)]
        (into / f"{i:07d}-{src.name}").write_bytes(src.read_bytes())


def _timed_run(corpus: Path, out: Path, jobs: int, patterns: str | None) -> tuple[float, float]:
    """(seconds, peak MB) of one `extract` run in a process of its own (with its workers)."""
    cmd = [sys.executable, "-m", "extract", "extract", str(corpus), "--out", str(out), "--jobs", str(jobs)]
    if patterns:
        cmd += ["--patterns", patterns]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    dt = time.perf_counter() - t0
    if status != 0:
        raise SystemExit(f"benchmark run failed: {proc.stderr.read().decode()[-400:] if proc.stderr else status}")
    return dt, usage.ru_maxrss / 1024


def scale(in_dir: Path, n: int = 20000, patterns: str | None = None) -> str:
    """Whole runs on ``n`` articles: jobs 1 vs all cores, memory at 1,000 vs ``n``, re-runs."""
    import shutil
    import tempfile

    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory(prefix="extract-bench-") as tmp:
        tmp = Path(tmp)
        small, big = tmp / "in-1000", tmp / f"in-{n}"
        _scale_corpus(in_dir, 1000, small)
        _scale_corpus(in_dir, n, big)
        t_small, mb_small = _timed_run(small, tmp / "out-small", 1, patterns)
        t_one, mb_one = _timed_run(big, tmp / "out-one", 1, patterns)
        shutil.rmtree(tmp / "out-one")
        t_all, mb_all = _timed_run(big, tmp / "out-all", cores, patterns)
        t_same, _ = _timed_run(big, tmp / "out-all", cores, patterns)
        changed = sorted(big.iterdir())[:: 100]
        for p in changed:
            p.write_bytes(p.read_bytes() + b"\nKota Batu juga meraih penghargaan lain.\n")
        t_some, _ = _timed_run(big, tmp / "out-all", cores, patterns)
    lines = [
        f"whole runs on {n} articles (repeated from {in_dir}), {cores} cores",
        f"{'':<34}{'seconds':>9}{'articles/s':>12}{'peak MB':>9}",
        f"{'--jobs 1, 1,000 articles':<34}{t_small:>9.1f}{1000 / t_small:>12.1f}{mb_small:>9.1f}",
        f"{f'--jobs 1, {n} articles':<34}{t_one:>9.1f}{n / t_one:>12.1f}{mb_one:>9.1f}",
        f"{f'--jobs {cores}, {n} articles':<34}{t_all:>9.1f}{n / t_all:>12.1f}{mb_all:>9.1f}",
        f"{'re-run, nothing changed':<34}{t_same:>9.1f}",
        f"{f're-run, {len(changed)} articles (1%) changed':<34}{t_some:>9.1f}",
        f"speed-up --jobs {cores} / --jobs 1: {t_one / t_all:.2f}x (target >= 1.7x on 2 cores)",
        f"peak memory {n} / 1,000 articles: {mb_one / mb_small:.2f}x (target <= 1.25x)",
        f"re-run with nothing changed: {t_all / t_same:.1f}x faster than the first run (target >= 20x)",
    ]
    return "\n".join(lines)


def bench(in_dir: Path, n: int = 2000, patterns: str | None = None, rounds: int = 3) -> str:
    """Throughput of the pipeline and of the stock tokenizer, each in a process of its own,
    in ``rounds`` alternating rounds (a shared machine drifts; one pair of runs can be off by
    10%), and the median of the rounds' ratios. Each process first runs every distinct
    article once, untimed (loading tables, filling caches), then times the ``n`` articles."""
    rows, ratios = [], []
    for r in range(1, rounds + 1):
        res = {}
        for mode in ("pipeline", "tokenizer"):
            cmd = [sys.executable, "-m", "extract.bench", mode, str(in_dir), str(n), patterns or ""]
            got = subprocess.run(cmd, check=True, capture_output=True, text=True)
            res[mode] = json.loads(got.stdout.strip().splitlines()[-1])
        p, t = res["pipeline"], res["tokenizer"]
        ratios.append(p["per_second"] / t["per_second"])
        rows.append((r, p, t, ratios[-1]))
    p = rows[0][1]
    lines = [
        f"corpus: {p['articles']} articles (repeated from {in_dir}); {rounds} rounds",
        f"{'':<8}{'pipeline/s':>12}{'tokenizer/s':>13}{'ratio':>8}{'warm-up s':>11}{'peak MB':>9}",
    ]
    for r, p, t, ratio in rows:
        lines.append(
            f"{f'round {r}':<8}{p['per_second']:>12.1f}{t['per_second']:>13.1f}{ratio:>8.2f}"
            f"{p['warm_seconds']:>11.2f}{p['peak_mb']:>9.1f}"
        )
    ordered = sorted(ratios)
    median = ordered[len(ordered) // 2]
    lines.append(
        f"ratio pipeline / tokenizer: {median:.2f}x median of {rounds} "
        f"(range {ordered[0]:.2f}-{ordered[-1]:.2f}; target >= 1.0x)"
    )
    return "\n".join(lines)


if __name__ == "__main__":
    mode, in_dir, n, pats = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4] or None
    print(json.dumps(_worker(mode, in_dir, n, pats)))
