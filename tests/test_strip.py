"""`patterns strip`: a copy of the patterns without the names only the dropped articles use.

The texts below are written for the test; they mention names from the shipped pattern files.
"""

from __future__ import annotations

import yaml

from extract.patterns import load
from extract.strip import strip_patterns

KEEP = "Kota Batang meraih Adipura kategori kota kecil. Kepala BPBD Batang hadir."
DROP = (
    "Kabupaten Tapteng meraih Kalpataru. BPOM dan Basarnas masuk Top 99. "
    "Kota Batang juga meraih Adipura. Wakil Gubernur Kaltara hadir."
)


def _write(folder, text):
    folder.mkdir()
    (folder / "a.txt").write_text("Judul berita penghargaan daerah\n\n" + text + "\n", encoding="utf-8")
    return folder


def _stripped(tmp_path):
    keep = _write(tmp_path / "keep", KEEP)
    drop = _write(tmp_path / "drop", DROP)
    into = tmp_path / "stripped"
    removed = strip_patterns(None, [keep], [drop], into)
    return into, removed


def _yaml(path):
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def test_names_only_the_dropped_articles_use_go(tmp_path):
    into, removed = _stripped(tmp_path)
    programmes = {p["canonical"] for p in _yaml(into / "awards.yaml")["programmes"]}
    assert "Kalpataru" in removed["programmes"] and "Kalpataru" not in programmes
    institutions = {i["name"] for i in _yaml(into / "institutions.yaml")["institutions"]}
    assert not any("Pengawas Obat" in n or "Pencarian" in n for n in institutions)
    abbrs = {a["abbr"] for a in _yaml(into / "region_abbreviations.yaml")["abbreviations"]}
    assert {"Tapteng", "Kaltara"}.isdisjoint(abbrs)


def test_names_the_kept_articles_use_stay(tmp_path):
    into, removed = _stripped(tmp_path)
    programmes = {p["canonical"] for p in _yaml(into / "awards.yaml")["programmes"]}
    assert "Adipura" in programmes  # named by both sides
    assert "BPBD" in {u["abbr"] for u in _yaml(into / "units.yaml")["units"]}
    # Names neither side mentions are no evidence either way and stay.
    assert "Adiwiyata" in programmes
    assert "Sumbar" in {a["abbr"] for a in _yaml(into / "region_abbreviations.yaml")["abbreviations"]}


def test_stripped_copy_is_a_valid_pattern_set(tmp_path):
    into, _ = _stripped(tmp_path)
    pats = load(into)  # raises PatternError with file:line on a mistake
    assert pats["frames.yaml"]["frames"], "how news is written stays"
