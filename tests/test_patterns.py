"""Pattern files are the extension point: validation and new knowledge without code."""

from __future__ import annotations

import shutil

import pytest

from extract.cli import main
from extract.patterns import DEFAULT_DIR, PatternError, load
from extract.pipeline import Pipeline
from extract.reading import Article


@pytest.fixture
def pats_copy(tmp_path):
    dst = tmp_path / "patterns"
    shutil.copytree(DEFAULT_DIR, dst)
    return dst


def _append(path, text):
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def _replace(path, old, new):
    s = path.read_text(encoding="utf-8")
    assert old in s
    path.write_text(s.replace(old, new, 1), encoding="utf-8")


def _line_of(path, needle):
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return i
    raise AssertionError(needle)


def test_shipped_patterns_check(capsys):
    assert main(["patterns", "check"]) == 0
    assert "patterns OK" in capsys.readouterr().out


def test_unknown_key_reported_with_line(pats_copy):
    _replace(pats_copy / "awards.yaml", "    acronym: IGA\n", "    acronym: IGA\n    acronim: IGA\n")
    line = _line_of(pats_copy / "awards.yaml", "acronim: IGA")
    with pytest.raises(PatternError) as exc:
        load(pats_copy)
    assert f"patterns/awards.yaml:{line}: unknown key 'acronim'" in str(exc.value)


def test_missing_field_reported(pats_copy):
    _append(pats_copy / "awards.yaml", "  - acronym: XYZ\n")
    with pytest.raises(PatternError, match=r"patterns/awards.yaml:\d+: missing field 'canonical'"):
        load(pats_copy)


def test_duplicate_alias_reported(pats_copy):
    _append(pats_copy / "awards.yaml", "  - canonical: Another Award\n    aliases: [Smart Nation Award]\n")
    line = _line_of(pats_copy / "awards.yaml", "aliases: [Smart Nation Award]")
    with pytest.raises(PatternError) as exc:
        load(pats_copy)
    assert f"patterns/awards.yaml:{line}: duplicate award name 'Smart Nation Award'" in str(exc.value)


def test_bad_regex_reported(pats_copy):
    _replace(pats_copy / "boilerplate.yaml", "  - 'advertisement'\n", "  - 'advert(isement'\n")
    line = _line_of(pats_copy / "boilerplate.yaml", "advert(isement")
    with pytest.raises(PatternError, match=rf"patterns/boilerplate.yaml:{line}: regular expression does not compile"):
        load(pats_copy)


def test_wrong_region_alias_target(pats_copy):
    _append(pats_copy / "regions.yaml", "")
    _replace(
        pats_copy / "regions.yaml",
        "  - {alias: Solo, name: Surakarta, type: Kota}",
        "  - {alias: Solo, name: Surakartaa, type: Kota}",
    )
    with pytest.raises(PatternError, match=r"regions.yaml:\d+: alias target Kota 'Surakartaa' is not in regions.csv"):
        load(pats_copy)


# Each new pattern file reports its mistakes as `file:line: what`: (file, old, new, message).
MISTAKES = [
    ("frames.yaml", "    relation: win\n", "    relation: wins\n", "'wins' is not one of"),
    ("frames.yaml", "    argument: before\n", "    argument: behind\n", "'behind' is not one of"),
    ("org_shapes.yaml", "  - kind: school\n", "  - kind: skool\n", "'skool' is not one of"),
    ("institutions.yaml", "    kind: coordinating_ministry\n", "    kind: ministry_of_fun\n", "is not one of"),
    ("lists.yaml", "numbering: '(?:", "numbering: '((?:", "regular expression does not compile"),
    ("header.yaml", "bylines: [oleh", "bylinez: [oleh", "unknown key 'bylinez'"),
    (
        "units.yaml",
        "  - {abbr: BPBD, name: Badan Penanggulangan Bencana Daerah}\n",
        "  - {abbr: BPBD, name: Badan Penanggulangan Bencana Daerah}\n  - {abbr: BPBD, name: Badan Lain}\n",
        "repeats the entry of line",
    ),
    (
        "region_abbreviations.yaml",
        "  - {abbr: Tapteng, name: Tapanuli Tengah, type: Kabupaten}",
        "  - {abbr: Tapteng, name: Tapanuli Tengahh, type: Kabupaten}",
        "abbreviation target Kabupaten 'Tapanuli Tengahh' is not in regions.csv",
    ),
]


@pytest.mark.parametrize("file,old,new,message", MISTAKES, ids=[m[0] + ":" + m[3][:20] for m in MISTAKES])
def test_mistakes_in_new_files_reported_with_line(pats_copy, file, old, new, message):
    _replace(pats_copy / file, old, new)
    needle = new.strip().splitlines()[-1] if "repeats" in message else new.strip().splitlines()[0]
    line = _line_of(pats_copy / file, needle)
    with pytest.raises(PatternError) as exc:
        load(pats_copy)
    hits = [p for p in exc.value.problems if p.startswith(f"patterns/{file}:")]
    assert hits and message in hits[0], exc.value.problems
    assert any(p.startswith(f"patterns/{file}:{line}:") for p in hits), (line, hits)


def test_cli_reports_without_traceback(pats_copy, capsys):
    _replace(
        pats_copy / "positions.yaml",
        "  - {title: Bupati, region_type: Kabupaten}",
        "  - {title: Bupati, region_type: Kabupatn}",
    )
    assert main(["patterns", "check", "--patterns", str(pats_copy)]) == 2
    err = capsys.readouterr().err
    assert "patterns/positions.yaml:" in err and "'Kabupatn' is not one of" in err
    assert "Traceback" not in err


def test_every_command_takes_patterns(pats_copy, tmp_path, capsys):
    _replace(pats_copy / "awards.yaml", "programmes:", "programs:")
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Kota Batang meraih penghargaan.", encoding="utf-8")
    for argv in (["extract", str(src), "--out", str(tmp_path / "o")], ["suggest", str(src)]):
        assert main([*argv, "--patterns", str(pats_copy)]) == 2
    assert "unknown key 'programs'" in capsys.readouterr().err


ARTICLE = (
    "KOTA MADIUN – Pemerintah Kota Madiun meraih penghargaan Smart Resilience City dalam ajang "
    "Anugerah Kota Tangguh ke-1 yang digelar di ICE BSD, Tangerang, Sabtu "
    "(6/11/2027). Penghargaan diserahkan oleh Kurator Utama AKTN, Rudi Hartono, kepada Wali "
    "Kota Madiun Maidi."
)


def _extract(pats_dir):
    res = Pipeline(pats_dir).run(Article("aktn", "aktn.txt", text=ARTICLE))
    assert res.article["status"] == "ok", res.article["error"]
    return res.rows


def test_new_knowledge_without_code(pats_copy):
    before = _extract(pats_copy)
    assert before["awards"] == []
    assert not any(o["name"] == "Rudi Hartono" for o in before["officials"])
    _append(
        pats_copy / "awards.yaml",
        "  - canonical: Anugerah Kota Tangguh Nusantara\n    acronym: AKTN\n"
        "    aliases: [Anugerah Kota Tangguh]\n    editions: {1: 2027}\n",
    )
    _replace(pats_copy / "categories.yaml", "names:\n", "names:\n  - Smart Resilience City\n")
    _replace(pats_copy / "positions.yaml", "titles:\n", "titles:\n  - {title: Kurator Utama}\n")
    rows = _extract(pats_copy)
    awards = {(a["award"], a["acronym"], a["edition"]) for a in rows["awards"]}
    assert ("Anugerah Kota Tangguh Nusantara", "AKTN", "2027") in awards
    winners = {(w["recipient"], w["category"], w["award"]) for w in rows["winners"]}
    assert ("Kota Madiun", "Smart Resilience City", "Anugerah Kota Tangguh Nusantara") in winners
    officials = {(o["name"], o["position"], o["role"]) for o in rows["officials"]}
    assert ("Rudi Hartono", "Kurator Utama", "presenter") in officials


def test_removing_an_entry_removes_its_extractions(pats_copy):
    before = _extract(pats_copy)
    assert any(o["position"] == "Wali Kota" for o in before["officials"])
    path = pats_copy / "positions.yaml"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(ln for ln in lines if not ln.startswith("  - {title: Wali Kota,")), encoding="utf-8")
    after = _extract(pats_copy)
    assert not any(o["position"] == "Wali Kota" for o in after["officials"])
    text = "Kota Bontang meraih penghargaan ISNA 2024 kategori Apresiasi Daerah Utama."
    assert Pipeline(pats_copy).run(Article("b", "b.txt", text=text)).rows["awards"]
    _replace(pats_copy / "awards.yaml", "    acronym: ISNA\n", "")
    _replace(pats_copy / "awards.yaml", "      - Smart Nation Award\n", "")
    rows = Pipeline(pats_copy).run(Article("b", "b.txt", text=text)).rows
    assert not any(a["award"] == "Indonesia Smart Nation Award" for a in rows["awards"])


def test_suggest_lists_unknown_award_and_category(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(
        ARTICLE
        + " Anugerah Kota Tangguh Nusantara (AKTN) 2027 meriah. Kota Madiun juga meraih kategori Kota Tangguh Bencana.",
        encoding="utf-8",
    )
    assert main(["suggest", str(src)]) == 0
    out = capsys.readouterr().out
    assert "Anugerah Kota Tangguh Nusantara" in out
    assert "Kota Tangguh Bencana" in out


def test_readme_walkthrough_isna_2027(pats_copy):
    """The steps of patterns/README.md, done on a copy: edition 8 and a new category."""
    awards = pats_copy / "awards.yaml"
    _replace(awards, "7: 2025}", "7: 2025, 8: 2027}")
    _replace(
        pats_copy / "categories.yaml",
        "names:\n",
        "names:\n  - {name: Smart Resilience City, aliases: [Smart City Resilience]}\n",
    )
    text = (
        "Kota Madiun meraih penghargaan Smart Resilience City dalam Indonesia Smart Nation Awards ke-8 "
        "di ICE BSD, Tangerang, Sabtu (6/11/2027)."
    )
    rows = Pipeline(pats_copy).run(Article("isna", "isna.txt", text=text)).rows
    assert [(a["award"], a["acronym"], a["edition"], a["venue"], a["event_date"]) for a in rows["awards"]] == [
        ("Indonesia Smart Nation Award", "ISNA", "2027", "ICE BSD, Tangerang", "2027-11-06")
    ]
    assert [(w["recipient"], w["recipient_type"], w["region_code"], w["category"]) for w in rows["winners"]] == [
        ("Kota Madiun", "Kota", "35.77", "Smart Resilience City")
    ]
