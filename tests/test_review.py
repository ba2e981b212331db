"""The review page: escaping, highlights, gold diff, and a real render in headless Chromium."""

from __future__ import annotations

import html
import re
import shutil
import subprocess

import pytest

from extract.cli import main, run_extract
from extract.review import render
from extract.tables import read_table

from .conftest import ROOT

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--enable-logging=stderr",
    "--v=0",
]


@pytest.fixture(scope="module")
def corpus_page(tmp_path_factory):
    out = tmp_path_factory.mktemp("review")
    run_extract(ROOT / "corpus" / "raw", out)
    assert main(["review", str(out), "--gold", str(ROOT / "corpus" / "gold")]) == 0
    return out


def _row_count(out):
    return sum(
        len(read_table(out / f"{t}.csv"))
        for t in ("awards", "winners", "officials", "dates", "percentages")
    )


def test_article_text_is_escaped(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    evil = 'Kota Batang meraih penghargaan ISNA 2022 <script>alert("x")</script> <b>tebal</b> & "kutip".'
    (src / "evil.txt").write_text(evil, encoding="utf-8")
    out = tmp_path / "out"
    run_extract(src, out)
    page = render(out)
    assert '<script>alert("x")</script>' not in page
    assert "<b>tebal</b>" not in page
    assert html.escape('<script>alert("x")</script>') in page
    assert page.count("<script>") == 1  # only the page's own script


def test_every_row_has_one_highlight(corpus_page):
    page = (corpus_page / "review.html").read_text(encoding="utf-8")
    ids = re.findall(r'<mark id="([^"]+)"', page)
    assert len(ids) == len(set(ids)) == _row_count(corpus_page)
    targets = re.findall(r'data-target="([^"]+)"', page)
    assert sorted(targets) == sorted(ids)


def test_gold_diff_and_summary(corpus_page):
    page = (corpus_page / "review.html").read_text(encoding="utf-8")
    assert "Scores against gold" in page and "Worst articles" in page
    assert page.count('class="diff"') == 5


def test_error_articles_show_their_error(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    run_extract(src, out)
    assert "error: unreadable: empty file" in render(out)


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (.ci/run installs it)")
def test_page_renders_in_chromium(corpus_page, tmp_path):
    url = (corpus_page / "review.html").as_uri()
    profile = tmp_path / "profile"
    got = subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "--dump-dom", url],
        capture_output=True,
        text=True,
        timeout=120,
    )
    dom = got.stdout
    console = [line for line in got.stderr.splitlines() if ":CONSOLE" in line]
    assert console == [], console
    # The script ran (it counts the highlights) and the DOM holds highlights and the diff.
    m = re.search(r'<body data-ready="(\d+)"', dom)
    assert m and int(m.group(1)) == _row_count(corpus_page)
    assert dom.count("<mark id=") == _row_count(corpus_page)
    assert "gold diff" in dom and "Scores against gold" in dom
    shot = ROOT / "outputs" / "review.png"
    got = subprocess.run(
        [
            CHROMIUM,
            *FLAGS,
            f"--user-data-dir={profile}",
            "--window-size=1280,1800",
            "--hide-scrollbars",
            f"--screenshot={shot}",
            url,
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert shot.exists() and shot.stat().st_size > 20_000
