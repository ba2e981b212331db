"""Running the pipeline over a folder: all cores, flat memory, incremental re-runs, progress.

One run reads the input folder as a stream, sends the articles that changed since the last
run (by a hash of each article, of the pattern files and of this code) to worker processes
(or a Dask cluster), writes each result as it comes into the new output folder, and merges
the tables at the end in ``article_id`` order, one article in memory at a time. An article
that did not change keeps its previous result: its files are linked into the new folder.

The output folder holds the state of the run in ``.state/``: ``manifest.json`` (the hashes)
and ``results/<article_id>.json`` (each article's rows).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

from .defaults import MAX_CHARS, TABLES, TIME_LIMIT
from .reading import SUFFIXES, Article, read_dir
from .transact import OutputFolder

if TYPE_CHECKING:
    from .pipeline import Pipeline, Result

STATE = ".state"
BATCH = 256  # articles handed to the workers at a time: bounds what is in flight
MIN_PER_JOB = 40  # fewer articles than this per worker and the run stays in one process


class InputError(Exception):
    """The input folder cannot be read: said in one line, nothing written."""


def code_version() -> str:
    """A hash of the package's source: a changed rule re-extracts every article."""
    h = hashlib.sha256()
    for p in sorted(Path(__file__).parent.glob("*.py")):
        h.update(p.name.encode() + b"\0" + p.read_bytes())
    return h.hexdigest()[:16]


def patterns_version(root: Path) -> str:
    """A hash of every file of a pattern set."""
    h = hashlib.sha256()
    for p in sorted(Path(root).rglob("*")):
        if p.is_file():
            h.update(str(p.relative_to(root)).encode() + b"\0" + p.read_bytes())
    return h.hexdigest()[:16]


def article_digest(art: Article) -> str:
    """A hash of everything the pipeline reads of one article (text, id, metadata)."""
    return hashlib.sha256(json.dumps(asdict(art), sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:24]


def count_articles(in_dir: Path) -> int:
    """How many articles a folder holds, without parsing them (a JSONL line is one)."""
    n = 0
    for p in Path(in_dir).iterdir():
        if p.is_file() and p.suffix.lower() in SUFFIXES:
            if p.suffix.lower() == ".jsonl":
                with p.open("rb") as fh:
                    n += sum(1 for line in fh if line.strip())
            else:
                n += 1
    return n


# -- workers ----------------------------------------------------------------------------
_PIPE: Pipeline | None = None
_NEW: Path | None = None


def store(new: Path, res: Result) -> tuple[str, bool]:
    """Write one article's result into the new output folder: its clean text (when it was
    extracted) and its rows; (article_id, extracted)."""
    aid = res.article["article_id"]
    ok = res.article["status"] == "ok"
    if ok:
        (new / "clean" / f"{aid}.txt").write_text(res.clean, encoding="utf-8")
    payload = {"article": res.article, "rows": res.rows}
    (new / STATE / "results" / f"{aid}.json").write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
    return aid, ok


def _init_worker(patterns, time_limit, max_chars, new) -> None:
    """Each worker process builds the pipeline once; Ctrl-C is the parent's to handle."""
    global _PIPE, _NEW
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from .pipeline import Pipeline

    _PIPE = Pipeline(patterns, time_limit=time_limit, max_chars=max_chars)
    _NEW = new


def _work(art: Article) -> tuple[str, bool]:
    # The worker writes the result itself: only the id and the status travel back.
    assert _PIPE is not None and _NEW is not None
    return store(_NEW, _PIPE.run(art))


def _work_batch(arts: list[Article], patterns, time_limit, max_chars) -> list[Result]:
    """A batch on a Dask worker: the pipeline is built once per worker process."""
    global _PIPE
    if _PIPE is None:
        from .pipeline import Pipeline

        _PIPE = Pipeline(patterns, time_limit=time_limit, max_chars=max_chars)
    return [_PIPE.run(a) for a in arts]


def _chain(first, rest: Iterator) -> Iterator:
    yield first
    yield from rest


def _batches(items: Iterable, n: int) -> Iterator[list]:
    batch = []
    for it in items:
        batch.append(it)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch


class _Progress:
    """A progress bar with articles/s and ETA on a terminal, shown once a run has taken
    a couple of seconds; nothing otherwise."""

    def __init__(self, total: int, enabled: bool):
        self.total, self.enabled, self.start = total, enabled, time.monotonic()
        self.done = 0
        self.bar = None
        self.task = None

    def advance(self, n: int = 1) -> None:
        self.done += n
        if not self.enabled:
            return
        if self.bar is None and time.monotonic() - self.start > 2:
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TaskProgressColumn,
                TextColumn,
                TimeRemainingColumn,
            )

            self.bar = Progress(
                TextColumn("extracting"),
                BarColumn(),
                MofNCompleteColumn(),
                TaskProgressColumn(),
                TextColumn("{task.fields[rate]:.0f} articles/s"),
                TimeRemainingColumn(),
                transient=True,
            )
            self.bar.start()
            self.task = self.bar.add_task("extract", total=self.total or None, rate=0.0)
        if self.bar is not None:
            rate = self.done / max(time.monotonic() - self.start, 1e-9)
            self.bar.update(self.task, completed=self.done, rate=rate)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()


# -- the run ----------------------------------------------------------------------------
def run_extract(
    in_dir: Path,
    out_dir: Path,
    patterns: Path | None = None,
    progress: bool = False,
    time_limit: float | None = None,
    max_chars: int | None = None,
    jobs: int | None = 1,
    force: bool = False,
    engine: str = "local",
    scheduler: str | None = None,
) -> dict:
    """Extract every article in ``in_dir`` into the tables in ``out_dir``; return a summary.

    ``jobs`` worker processes (None: all cores); an article whose hash, the pattern set and
    the code are those of the last run into ``out_dir`` keeps its result unless ``force``.
    The output folder is replaced as a whole (:mod:`extract.transact`)."""
    from .patterns import DEFAULT_DIR
    from .patterns import load as load_patterns

    t0 = time.monotonic()
    in_dir, out_dir = Path(in_dir), Path(out_dir)
    if not in_dir.is_dir():
        raise InputError(f"input folder not found: {in_dir}")
    files = file_hashes(in_dir)
    if not files:
        raise InputError(f"no articles in {in_dir} (looked for {', '.join(SUFFIXES)}); {out_dir} left as it was")
    pat_root = Path(patterns) if patterns else DEFAULT_DIR
    time_limit = TIME_LIMIT if time_limit is None else time_limit
    max_chars = max_chars or MAX_CHARS
    versions = {
        "code": code_version(),
        "patterns": patterns_version(pat_root),
        "settings": f"time_limit={time_limit:g} max_chars={max_chars}",
    }
    managed = [f"{t}.csv" for t in TABLES] + ["clean", STATE]
    last: dict = {}
    if not force:
        OutputFolder(out_dir, managed).recover()  # what a killed run left goes first
        last = _manifest(out_dir)
        same = _unchanged(last, out_dir, versions, files)
        if same is not None:
            # The bytes of every file, the pattern set, the code and the settings are those
            # of the last (complete) run into this folder: its tables stand as they are.
            return {**same, "extracted": 0, "reused": same["articles"], "seconds": round(time.monotonic() - t0, 2)}
    load_patterns(pat_root)  # a broken pattern set stops the run before anything starts
    total = count_articles(in_dir)
    # Workers take seconds to build the pipeline: a few articles are not worth them.
    jobs = max(1, min(jobs or os.cpu_count() or 1, total // MIN_PER_JOB))
    previous = _previous(last, versions)

    counts = {"articles": 0, "ok": 0, "errors": 0, "extracted": 0, "reused": 0}
    manifest: dict[str, str] = {}
    bar = _Progress(total, progress)
    try:
        with OutputFolder(out_dir, managed) as new:
            (new / "clean").mkdir()
            (new / STATE / "results").mkdir(parents=True)
            statuses: dict[str, bool] = {}

            def keep(stored: tuple[str, bool]) -> None:
                aid, ok = stored
                statuses[aid] = ok
                counts["extracted"] += 1
                bar.advance()

            def fresh() -> Iterator[Article]:
                for art in read_dir(in_dir):
                    d = article_digest(art)
                    manifest[art.article_id] = d
                    if previous.get(art.article_id) == d and _reuse(out_dir, new, art.article_id):
                        statuses[art.article_id] = (new / "clean" / f"{art.article_id}.txt").exists()
                        counts["reused"] += 1
                        bar.advance()
                        continue
                    yield art

            _extract(fresh(), keep, new, pat_root, time_limit, max_chars, jobs, engine, scheduler)
            _merge(new, sorted(manifest))
            counts["articles"] = len(manifest)
            counts["ok"] = sum(statuses.values())
            counts["errors"] = counts["articles"] - counts["ok"]
            summary = {k: counts[k] for k in ("articles", "ok", "errors")}
            state = {**versions, "articles": manifest, "files": files, "summary": summary}
            (new / STATE / "manifest.json").write_text(
                json.dumps(state, ensure_ascii=False, sort_keys=True), encoding="utf-8"
            )
    finally:
        bar.close()
    counts["seconds"] = round(time.monotonic() - t0, 2)
    return counts


def file_hashes(in_dir: Path) -> dict[str, str]:
    """A hash of the bytes of each input file, by name: the quick test of a re-run."""
    out = {}
    for p in sorted(Path(in_dir).iterdir()):
        if p.is_file() and p.suffix.lower() in SUFFIXES:
            try:
                out[p.name] = hashlib.blake2b(p.read_bytes(), digest_size=16).hexdigest()
            except OSError:
                out[p.name] = ""  # read again, and reported, by the run itself
    return out


def _manifest(out_dir: Path) -> dict:
    """The state the last complete run left in ``out_dir`` (empty when there is none)."""
    try:
        data = json.loads((out_dir / STATE / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _unchanged(data: dict, out_dir: Path, versions: dict, files: dict[str, str]) -> dict | None:
    """The summary of the last run (its manifest ``data``) when it read exactly these files
    with this code, pattern set and settings, and its tables are all there; else None."""
    if not data:
        return None
    if any(data.get(k) != v for k, v in versions.items()) or data.get("files") != files or "" in files.values():
        return None
    if not all((out_dir / f"{t}.csv").is_file() for t in TABLES) or not (out_dir / "clean").is_dir():
        return None
    expected = {f"{aid}.txt" for aid in data.get("articles") or {}}
    if any(name not in expected for name in os.listdir(out_dir / "clean")):
        return None  # a file the run did not write (a temp file of a killed run): rebuild
    summary = data.get("summary")
    return dict(summary) if isinstance(summary, dict) else None


def _previous(data: dict, versions: dict) -> dict[str, str]:
    """The article hashes of the last run (its manifest ``data``), when its code, patterns
    and settings are these; otherwise nothing is reused."""
    if not data or any(data.get(k) != v for k, v in versions.items()):
        return {}
    return dict(data.get("articles") or {})


def _link(src: Path, dst: Path) -> None:
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


def _reuse(old: Path, new: Path, aid: str) -> bool:
    """Bring one article's previous result into the new folder; False when it is gone."""
    result = old / STATE / "results" / f"{aid}.json"
    if not result.exists():
        return False
    _link(result, new / STATE / "results" / f"{aid}.json")
    clean = old / "clean" / f"{aid}.txt"
    if clean.exists():
        _link(clean, new / "clean" / f"{aid}.txt")
    return True


def _extract(arts: Iterator[Article], keep, new: Path, patterns, time_limit, max_chars, jobs, engine, scheduler):
    first = next(arts, None)
    if first is None:
        return  # nothing changed: no pipeline, no workers
    arts = _chain(first, arts)
    if engine == "dask":
        _extract_dask(arts, keep, new, patterns, time_limit, max_chars, scheduler, jobs)
        return
    if jobs <= 1:
        from .pipeline import Pipeline

        pipe = Pipeline(patterns, time_limit=time_limit, max_chars=max_chars)
        for art in arts:
            keep(store(new, pipe.run(art)))
        return
    import multiprocessing as mp

    ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
    pool = ctx.Pool(jobs, initializer=_init_worker, initargs=(patterns, time_limit, max_chars, new))
    try:
        # The next batch is read and handed over before the results of the one in work are
        # collected: the workers never wait at a batch's end for the parent to read files.
        # Two batches in flight keep memory bounded.
        pending = None
        for batch in _batches(arts, BATCH):
            submitted = pool.imap(_work, batch, chunksize=max(1, len(batch) // (4 * jobs)))
            if pending is not None:
                for res in pending:
                    keep(res)
            pending = submitted
        for res in pending or ():
            keep(res)
        pool.close()
    except BaseException:
        pool.terminate()
        raise
    finally:
        pool.join()


def _extract_dask(arts, keep, new, patterns, time_limit, max_chars, scheduler, jobs) -> None:
    """The same work on a Dask cluster: batches of articles go to the workers, results come
    back as they finish (a bounded number in flight) and are written here, so the workers
    need no access to the output folder."""
    from dask.distributed import Client, LocalCluster, as_completed

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        limit = 2 * max(1, len(client.scheduler_info().get("workers", {})) or jobs)
        pending = as_completed()
        for batch in _batches(arts, 64):
            pending.add(client.submit(_work_batch, batch, str(patterns), time_limit, max_chars, pure=False))
            if pending.count() >= limit:
                for res in next(pending).result():
                    keep(store(new, res))
        for fut in pending:
            for res in fut.result():
                keep(store(new, res))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _merge(new: Path, ids: list[str]) -> None:
    """The six tables from the per-article results, in ``article_id`` order."""
    from .tables import TableWriter

    w = TableWriter(new)
    try:
        for aid in ids:
            data = json.loads((new / STATE / "results" / f"{aid}.json").read_text(encoding="utf-8"))
            w.add(data["article"], data["rows"])
    finally:
        w.close()


def summary_line(s: dict, out: Path) -> str:
    """One line for the end of a run (and for logs)."""
    rate = s["extracted"] / s["seconds"] if s.get("seconds") else 0.0
    return (
        f"{s['articles']} articles, {s['ok']} extracted, {s['errors']} with errors -> {out} "
        f"({s['extracted']} run, {s['reused']} unchanged, {s['seconds']:.1f} s, {rate:.0f} articles/s)"
    )


if __name__ == "__main__":  # pragma: no cover - for `python -m extract.run IN OUT`
    print(summary_line(run_extract(Path(sys.argv[1]), Path(sys.argv[2])), Path(sys.argv[2])))
