"""Fuzzing with hypothesis: mutated real articles, random Unicode and the adversarial families
of issue #8 never crash, give exactly one article row, keep ``clean[start:end] == text``,
stay deterministic and finish inside the per-article time limit.

CI runs the bounded, fixed-seed ``ci`` profile; ``make fuzz`` runs the ``long`` one.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.pipeline import Pipeline
from extract.reading import read_dir

from .conftest import ROOT

settings.register_profile(
    "ci", max_examples=40, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("long", max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

PIPE = Pipeline()
ARTICLES = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus" / "raw").glob("*.txt"))]
ODD = [
    "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad",  # zero width
    "\u200e", "\u200f", "\u202a", "\u202b", "\u202e", "\u2066", "\u2069",  # bidi
    "\u00a0", "\u2007", "\u202f", "\u3000",  # odd spaces
    "\u2028", "\u2029", "\x85", "\r", "\t",  # line breaks
    "😀", "🏆", "👍🏽", "Ω", "ß", "İ", "ﬁ", "中文", "العربية", "हिन्दी", "ê", "e\u0301",  # other scripts
    "\x00", "\x1b[31m", "\x07",  # controls
]
FAMILIES = ["(", ")", "!", "/ ", " ", "wib ", "persen, ", "yang diwakili oleh ", "kategori ", "-", "Kota Batu\n",
            "12 Mei 2024 ", "%", "\n", "Kategori A:\n1. "]


def _run_bytes(data: bytes, name: str = "fuzz.txt"):
    with tempfile.TemporaryDirectory() as d:
        (Path(d) / name).write_bytes(data)
        arts = list(read_dir(Path(d)))
    return arts, [PIPE.run(a) for a in arts]


def _check(data: bytes, name: str = "fuzz.txt"):
    arts, results = _run_bytes(data, name)
    assert len(results) == 1  # one input, one article row
    res = results[0]
    assert res.article["status"] in ("ok", "error")
    assert "time limit" not in res.article["error"]
    for table, rows in res.rows.items():
        for r in rows:
            assert res.clean[r["start"] : r["end"]] == r["text"], (table, r)
    again = PIPE.run(arts[0])
    assert again.rows == res.rows and again.article == res.article  # deterministic


@st.composite
def mutated_article(draw):
    lines = draw(st.sampled_from(ARTICLES)).split("\n")
    for _ in range(draw(st.integers(0, 6))):
        op = draw(st.sampled_from(["drop", "double", "swap", "cut", "insert"]))
        if not lines:
            break
        i = draw(st.integers(0, len(lines) - 1))
        if op == "drop":
            lines.pop(i)
        elif op == "double":
            lines.insert(i, lines[i])
        elif op == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "cut" and lines[i]:
            lines[i] = lines[i][: draw(st.integers(0, len(lines[i])))]  # mid-word too
        else:
            pos = draw(st.integers(0, len(lines[i])))
            lines[i] = lines[i][:pos] + draw(st.sampled_from(ODD)) + lines[i][pos:]
    return "\n".join(lines)


@given(mutated_article())
@settings(max_examples=40)
def test_mutated_articles(text):
    _check(text.encode("utf-8"))


@given(st.lists(st.one_of(st.characters(codec="utf-8"), st.sampled_from(ODD)), max_size=300))
def test_random_unicode(pieces):
    _check(("Kota Batu meraih penghargaan Adipura 2024. " + "".join(pieces)).encode("utf-8"))


@given(st.lists(st.tuples(st.sampled_from(FAMILIES), st.integers(1, 3000)), min_size=1, max_size=4))
def test_adversarial_families(parts):
    text = "Kota Batu meraih penghargaan\n\n" + "".join(p * n for p, n in parts)
    _check(text.encode("utf-8"))


@given(
    st.sampled_from(ARTICLES),
    st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1252"]),
    st.sampled_from([".txt", ".html"]),
)
def test_encodings_and_containers(text, encoding, suffix):
    if suffix == ".html":
        paragraphs = "".join(f"<p>{ln}</p>" for ln in text.split("\n") if ln)
        text = f"<html><body><article>{paragraphs}</article></body></html>"
    _check(text.encode(encoding, errors="replace"), "fuzz" + suffix)
