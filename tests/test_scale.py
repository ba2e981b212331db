"""Scale (issue #9): all cores, a Dask cluster, incremental re-runs; every way gives the
same bytes as one process running everything."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time

import pytest

from extract.run import STATE, run_extract
from extract.tables import read_table

from .conftest import ROOT

TABLE_FILES = [f"{t}.csv" for t in ("articles", "awards", "winners", "officials", "dates", "percentages")]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """About 100 articles: the seeds and the probes, each twice under another name."""
    d = tmp_path_factory.mktemp("corpus")
    sources = [*(ROOT / "corpus" / "raw").glob("*.txt"), *(ROOT / "corpus" / "probes").glob("*/raw/*.txt")]
    for n in range(2):
        for p in sources:
            shutil.copy(p, d / f"{n}-{p.name}")
    return d


@pytest.fixture(scope="module")
def one_process(corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("one") / "out"
    run_extract(corpus, out, jobs=1)
    return out


def _same_tables(a, b):
    for name in TABLE_FILES:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name
    assert sorted(p.name for p in (a / "clean").iterdir()) == sorted(p.name for p in (b / "clean").iterdir())


def test_two_workers_give_the_same_bytes(corpus, one_process, tmp_path):
    out = tmp_path / "out"
    summary = run_extract(corpus, out, jobs=2)
    assert summary["extracted"] == summary["articles"] >= 80
    _same_tables(one_process, out)


def test_dask_local_cluster_gives_the_same_bytes(corpus, one_process, tmp_path):
    pytest.importorskip("dask.distributed")
    out = tmp_path / "out"
    run_extract(corpus, out, jobs=2, engine="dask")
    _same_tables(one_process, out)


def test_incremental_run_after_one_edit_equals_a_full_run(corpus, tmp_path):
    src = tmp_path / "in"
    shutil.copytree(corpus, src)
    out = tmp_path / "out"
    first = run_extract(src, out, jobs=1)
    edited = sorted(src.iterdir())[3]
    edited.write_text(edited.read_text(encoding="utf-8").replace("Kota", "Kabupaten", 1), encoding="utf-8")
    again = run_extract(src, out, jobs=1)
    assert (again["extracted"], again["reused"]) == (1, first["articles"] - 1)
    full = tmp_path / "full"
    run_extract(src, full, jobs=1, force=True)
    _same_tables(full, out)
    for p in (out / "clean").iterdir():
        assert p.read_bytes() == (full / "clean" / p.name).read_bytes()


def test_nothing_changed_extracts_nothing(corpus, one_process, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(one_process, out)
    again = run_extract(corpus, out, jobs=1)
    assert again["extracted"] == 0 and again["reused"] == again["articles"]
    _same_tables(one_process, out)


def test_a_changed_setting_re_extracts_everything(corpus, one_process, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(one_process, out)
    again = run_extract(corpus, out, jobs=1, max_chars=250_000)
    assert again["extracted"] == again["articles"] and again["reused"] == 0
    _same_tables(one_process, out)  # the same tables, for no article is that long


def test_nothing_changed_after_a_kill_cleans_up(corpus, one_process, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(one_process, out)
    left = tmp_path / ".out.new-999999"  # what a killed run leaves beside the folder
    left.mkdir()
    (left / "awards.csv").write_text("half", encoding="utf-8")
    again = run_extract(corpus, out, jobs=1)
    assert again["extracted"] == 0 and not left.exists()
    _same_tables(one_process, out)


def test_a_changed_pattern_set_re_extracts_everything(tmp_path):
    src = tmp_path / "in"
    shutil.copytree(ROOT / "corpus" / "raw", src)
    pats = tmp_path / "patterns"
    shutil.copytree(ROOT / "patterns", pats)
    out = tmp_path / "out"
    run_extract(src, out, pats, jobs=1)
    with (pats / "positions.yaml").open("a", encoding="utf-8") as fh:
        fh.write("\n")  # any byte of the pattern set counts
    again = run_extract(src, out, pats, jobs=1)
    assert again["extracted"] == again["articles"] == 5
    assert json.loads((out / STATE / "manifest.json").read_text(encoding="utf-8"))["articles"]


def test_force_re_extracts_everything(one_process, corpus, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(one_process, out)
    again = run_extract(corpus, out, jobs=1, force=True)
    assert again["extracted"] == again["articles"]


def test_sigkill_mid_way_with_workers_leaves_the_previous_tables(corpus, one_process, tmp_path):
    big = tmp_path / "big"
    big.mkdir()
    copies = 12  # long enough (~1,200 articles) to be mid-way at both kills
    for n in range(copies):
        for p in corpus.iterdir():
            shutil.copy(p, big / f"{n}{p.name}")
    out = tmp_path / "out"
    shutil.copytree(one_process, out)
    cmd = [sys.executable, "-m", "extract", "extract", str(big), "--out", str(out), "--jobs", "2"]
    for delay in (1.0, 2.5):
        proc = subprocess.Popen(
            cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
        )
        time.sleep(delay)
        os.killpg(proc.pid, signal.SIGKILL)  # the parent and its workers, at once
        assert proc.wait() == -signal.SIGKILL, "the run ended before the kill: the corpus is too small"
        _same_tables(one_process, out)  # the previous run, whole
    run_extract(big, out, jobs=2)  # the next run cleans up and completes
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.")]
    assert len(read_table(out / "articles.csv")) == copies * len(list(corpus.iterdir()))


def test_a_dask_worker_builds_the_pipeline_once_for_all_its_batches(monkeypatch):
    import extract.run as run
    from extract.reading import read_dir

    arts = list(read_dir(ROOT / "corpus" / "raw"))[:2]
    monkeypatch.setattr(run, "_PIPE", None)
    first = run._work_batch(arts[:1], None, 5.0, 300_000)
    pipe = run._PIPE
    second = run._work_batch(arts[1:], None, 5.0, 300_000)
    assert run._PIPE is pipe  # the second batch reuses the worker's pipeline
    assert [r.article["status"] for r in first + second] == ["ok", "ok"]
