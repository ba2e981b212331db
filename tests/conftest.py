"""Shared fixtures: one pipeline per session, paths to the corpus and to ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def pipe():
    from extract.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def run_text(pipe):
    """Extract one text; returns the Result."""
    from extract.reading import Article

    def _run(text: str, aid: str = "t"):
        return pipe.run(Article(aid, f"{aid}.txt", text=text))

    return _run


@pytest.fixture(scope="session")
def shared_dir():
    if not (SHARED / "corpus" / "dev").is_dir():
        pytest.skip("../shared is absent (a user's fresh clone); CI has it")
    return SHARED
