"""Command line: ``python -m extract {extract,eval,patterns,suggest,review,bench}``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .patterns import DEFAULT_DIR, PatternError
from .run import InputError, run_extract, summary_line  # noqa: F401 - run_extract is the command's engine


def _cmd_extract(a) -> int:
    summary = run_extract(
        Path(a.in_dir),
        Path(a.out),
        a.patterns,
        progress=sys.stderr.isatty(),
        time_limit=a.time_limit,
        max_chars=a.max_chars,
        jobs=a.jobs,
        force=a.force,
        engine=a.engine,
        scheduler=a.scheduler,
    )
    print(summary_line(summary, Path(a.out)))
    return 0 if summary["ok"] or not summary["articles"] else 1


def _cmd_eval(a) -> int:
    from .evaluate import evaluate, merge, report

    results = []
    for out, gold in zip(a.out, a.gold, strict=True):
        results.append(evaluate(Path(out), Path(gold)))
    res = results[0] if len(results) == 1 else merge(results)
    print(report(res, details=not a.quiet))
    return 0


def _cmd_patterns(a) -> int:
    from .patterns import load

    if a.action == "strip":
        from .strip import strip_patterns

        if not (a.keep_from and a.drop_from and a.into):
            print("patterns strip needs --keep-from, --drop-from and --into", file=sys.stderr)
            return 2
        removed = strip_patterns(
            Path(a.patterns), [Path(x) for x in a.keep_from], [Path(x) for x in a.drop_from], Path(a.into)
        )
        for what, items in removed.items():
            print(f"removed {len(items)} {what}: {', '.join(items)}")
        load(a.into)
        return 0

    pats = load(a.patterns)
    n = sum(len(v) if isinstance(v, list) else 1 for d in pats.data.values() for v in d.values())
    print(f"patterns OK: {len(pats.data)} files, {n} entries, {len(pats.regions)} regions in {pats.root}")
    return 0


def _cmd_suggest(a) -> int:
    from .suggest import suggest

    print(suggest(Path(a.in_dir), a.patterns))
    return 0


def _cmd_review(a) -> int:
    from .review import write_review

    path = write_review(Path(a.out), Path(a.gold) if a.gold else None)
    print(f"review page: {path}")
    return 0


def _cmd_bench(a) -> int:
    from .bench import bench, scale

    print(bench(Path(a.in_dir), a.n, a.patterns, a.rounds))
    if a.scale:
        print(scale(Path(a.in_dir), a.scale, a.patterns))
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser; every sub-command takes ``--patterns DIR``."""
    ap = argparse.ArgumentParser(
        prog="python -m extract",
        description="Extract Indonesian award news into the tables of CONTRACT.md, score them, review them.",
    )
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--patterns", default=str(DEFAULT_DIR), help="pattern folder (default: patterns/)")
    sub = ap.add_subparsers(dest="cmd", required=True)
    e = sub.add_parser("extract", parents=[common], help="extract tables from a folder of articles")
    e.add_argument("in_dir", nargs="?", default="corpus/raw")
    e.add_argument("--out", default="outputs")
    e.add_argument("--time-limit", type=float, default=None, help="seconds one article may take (default 5; 0: none)")
    e.add_argument("--max-chars", type=int, default=None, help="longest article read (default 300,000 characters)")
    e.add_argument("--jobs", type=int, default=None, help="worker processes (default: all cores)")
    e.add_argument("--force", action="store_true", help="re-extract every article, changed or not")
    e.add_argument("--engine", choices=["local", "dask"], default="local", help="local processes or a Dask cluster")
    e.add_argument("--scheduler", default=None, help="dask: scheduler address (default: a LocalCluster)")
    e.set_defaults(fn=_cmd_extract)
    v = sub.add_parser("eval", parents=[common], help="score tables against gold")
    v.add_argument("--out", action="append", required=True, help="tables folder (repeatable)")
    v.add_argument("--gold", action="append", required=True, help="gold folder (one per --out)")
    v.add_argument("--quiet", action="store_true", help="scores only, no misses and extras")
    v.set_defaults(fn=_cmd_eval)
    p = sub.add_parser("patterns", parents=[common], help="pattern files")
    p.add_argument("action", choices=["check", "strip"], help="check: validate; strip: see extract/strip.py")
    p.add_argument("--keep-from", action="append", help="strip: articles whose knowledge is kept (repeatable)")
    p.add_argument("--drop-from", action="append", help="strip: articles whose own knowledge is removed (repeatable)")
    p.add_argument("--into", help="strip: folder for the stripped copy")
    p.set_defaults(fn=_cmd_patterns)
    s = sub.add_parser("suggest", parents=[common], help="candidate patterns found in new articles")
    s.add_argument("in_dir")
    s.set_defaults(fn=_cmd_suggest)
    r = sub.add_parser("review", parents=[common], help="write OUT/review.html")
    r.add_argument("out", nargs="?", default="outputs")
    r.add_argument("--gold", default=None)
    r.set_defaults(fn=_cmd_review)
    b = sub.add_parser("bench", parents=[common], help="throughput and memory")
    b.add_argument("in_dir", nargs="?", default="corpus/raw")
    b.add_argument("-n", type=int, default=2000, help="articles in the benchmark corpus")
    b.add_argument("--rounds", type=int, default=3, help="alternating pipeline/tokenizer rounds (median ratio)")
    b.add_argument("--scale", type=int, default=0, help="also time whole runs on this many articles (e.g. 20000)")
    b.set_defaults(fn=_cmd_bench)
    return ap


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the exit code."""
    args = build_parser().parse_args(argv)
    try:
        return args.fn(args)
    except PatternError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted: the previous output is left as it was", file=sys.stderr)
        return 130
