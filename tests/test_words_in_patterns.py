"""Words the extractors rely on live in patterns/: a word added to a pattern file changes what
the pipeline does, without touching code. The sentences are made up for these tests."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from extract.patterns import DEFAULT_DIR, PatternError, load
from extract.pipeline import Pipeline
from extract.reading import Article


def _replace(path, old, new):
    s = path.read_text(encoding="utf-8")
    assert s.count(old) == 1, old
    path.write_text(s.replace(old, new), encoding="utf-8")


@pytest.fixture(scope="module")
def extended(tmp_path_factory):
    """A pipeline over a copy of patterns/ with one more word in several word lists."""
    dst = tmp_path_factory.mktemp("words") / "patterns"
    shutil.copytree(DEFAULT_DIR, dst)
    _replace(dst / "honorifics.yaml", "Moh, Muh]", "Moh, Muh, Gg]")
    _replace(dst / "positions.yaml", "apposition_words: [selaku,", "apposition_words: [sekaligus, selaku,")
    _replace(dst / "percentages.yaml", "year_preps: [pada,", "year_preps: [sepanjang, pada,")
    _replace(dst / "awards.yaml", "edition_prefixes: [ke,", "edition_prefixes: [edisi ke, ke,")
    return Pipeline(dst)


def _rows(pipe, text: str, table: str) -> list[dict]:
    return pipe.run(Article("t", "t.txt", text=text)).rows[table]


def _sentences(pipe, text: str) -> list[str]:
    return [text[s:e] for s, e in pipe.sentences(text)]


def test_dotted_abbreviations_keep_a_sentence_whole(pipe, extended):
    text = "Rumah itu di Gg. Melati nomor 3. Warga datang."
    assert _sentences(pipe, text) == ["Rumah itu di Gg.", "Melati nomor 3.", "Warga datang."]
    assert _sentences(extended, text) == ["Rumah itu di Gg. Melati nomor 3.", "Warga datang."]
    # `Moh.` and `Muh.` (Mohammad, Muhammad) are on the shipped list.
    text = "Piagam diterima Moh. Arif dan Muh. Said di Palu. Acara usai."
    assert _sentences(pipe, text) == ["Piagam diterima Moh. Arif dan Muh. Said di Palu.", "Acara usai."]


def test_apposition_word_puts_the_name_before_the_title(pipe, extended):
    text = (
        "Penghargaan daerah tahun ini\n\n"
        "Rina Wulandari sekaligus Bupati Sleman menyerahkan piagam kepada para kepala desa di Sleman."
    )
    assert _rows(pipe, text, "officials") == []
    (row,) = _rows(extended, text, "officials")
    assert (row["name"], row["position"], row["organization"]) == ("Rina Wulandari", "Bupati", "Kabupaten Sleman")


def test_year_prep_binds_the_year_after_a_percentage(pipe, extended):
    text = (
        "Kemiskinan turun lagi\n\n"
        "Pada 2021 angka kemiskinan Kota Batu turun, sedangkan inflasi 2,1 persen sepanjang 2022."
    )
    assert [r["year"] for r in _rows(pipe, text, "percentages")] == ["2021"]
    assert [r["year"] for r in _rows(extended, text, "percentages")] == ["2022"]


def test_respectively_words_of_lists_yaml_pair_regions_with_percentages(pipe):
    text = "Inflasi dua kota\n\nInflasi tahunan di Kota Malang dan Kota Batu berturut-turut 2,1 persen dan 3,4 persen."
    assert [r["region"] for r in _rows(pipe, text, "percentages")] == ["Kota Malang", "Kota Batu"]


def test_edition_prefix_reads_the_ordinal_of_an_edition(pipe, extended):
    text = "Kota Batu juara lagi\n\nKota Batu meraih Indonesia Smart Nation Award (ISNA) edisi ke-5 di Jakarta."
    assert [r["edition"] for r in _rows(pipe, text, "awards")] == [""]
    assert [r["edition"] for r in _rows(extended, text, "awards")] == ["2022"]  # editions: {5: 2022}


def test_every_month_is_normalised_with_its_first_name(pipe):
    assert [pipe.dates.parse_date(28, m, 2024) for m in range(1, 13)] == [dt.date(2024, m, 28) for m in range(1, 13)]
    assert pipe.dates.month_names[2] == "Februari"  # dateparser's lower-case spelling, not `Pebruari`


def test_month_number_out_of_range_is_reported(tmp_path):
    dst = tmp_path / "patterns"
    shutil.copytree(DEFAULT_DIR, dst)
    path = dst / "dates.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("  ags: 8", "  ags: 13"), encoding="utf-8")
    with pytest.raises(PatternError, match=r"patterns/dates.yaml:\d+: month 'ags' needs a month number"):
        load(dst)


@pytest.mark.parametrize(
    "file,key",
    [
        ("positions.yaml", "connecting_words"),
        ("positions.yaml", "apposition_words"),
        ("honorifics.yaml", "dotted_abbreviations"),
        ("percentages.yaml", "year_preps"),
        ("awards.yaml", "head_words"),
        ("organizations.yaml", "unit_heads"),
    ],
)
def test_missing_word_list_is_reported(tmp_path, file, key):
    dst = tmp_path / "patterns"
    shutil.copytree(DEFAULT_DIR, dst)
    path = dst / file
    lines = path.read_text(encoding="utf-8").splitlines(True)
    start = next(i for i, ln in enumerate(lines) if ln.startswith(f"{key}:"))
    end = start + 1
    while end < len(lines) and lines[end].startswith(" "):
        end += 1  # the list's continuation lines
    path.write_text("".join(lines[:start] + lines[end:]), encoding="utf-8")
    with pytest.raises(PatternError, match=rf"patterns/{file}:\d+: missing field '{key}'"):
        load(dst)
