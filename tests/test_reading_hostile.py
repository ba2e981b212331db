"""Reading hostile files: encodings by detection, invisible characters, safe and unique ids."""

from __future__ import annotations

import json

import pytest

from extract.reading import MAX_ID_BYTES, decode, normalize_spaces, read_dir, safe_id

TEXT = "Kota Bandung meraih penghargaan “Kota Cerdas” untuk kafe dan café, kata Wali Kota."


@pytest.mark.parametrize(
    "encoding,bom",
    [
        ("utf-8", b"\xef\xbb\xbf"),
        ("utf-8", b""),
        ("utf-16-le", b"\xff\xfe"),
        ("utf-16-be", b"\xfe\xff"),
        ("utf-16-le", b""),
        ("utf-16-be", b""),
        ("utf-32-le", b"\xff\xfe\x00\x00"),
        ("utf-32-be", b"\x00\x00\xfe\xff"),
        ("utf-32-le", b""),
        ("cp1252", b""),
    ],
)
def test_encodings_read_correctly(encoding, bom):
    got = decode(bom + (TEXT * 4).encode(encoding))
    assert got.text == TEXT * 4
    assert got.encoding.replace("_", "-").startswith(encoding.split("-")[0])
    assert not got.warning


def test_utf8_with_one_stray_byte_stays_utf8_with_a_warning():
    data = TEXT.encode("utf-8") + b" Caf\xe9 " + TEXT.encode("utf-8")
    got = decode(data)
    assert got.encoding == "utf-8"
    assert "“Kota Cerdas”" in got.text and "Caf\ufffd" in got.text
    assert "not valid UTF-8" in got.warning


def test_binary_is_refused():
    with pytest.raises(ValueError, match="binary"):
        decode(bytes(range(256)) * 20)


@pytest.mark.parametrize(
    "raw,clean",
    [
        ("satu\u2028dua\u2029tiga\x85empat", "satu\ndua\ntiga\nempat"),
        ("\u200fK\u200fo\u200ft\u200fa", "Kota"),  # a right-to-left mark after every letter
        ("Kota\x00 Bandung", "Kota Bandung"),
        ("\x1b[1;31mKota\x1b[0m Bandung", "Kota Bandung"),
        ("a\u202eb\u202cc", "abc"),
    ],
)
def test_invisible_characters_and_line_separators(raw, clean):
    assert normalize_spaces(raw) == clean


@pytest.mark.parametrize(
    "raw,expected",
    [
        ("../../elsewhere/notes", "elsewhere_notes"),
        ("/etc/passwd", "etc_passwd"),
        ("C:\\temp\\x", "C__temp_x"),
        ("berita\x00nul", "berita_nul"),
        ("..", "article"),
        ("biasa-saja 2024", "biasa-saja 2024"),
    ],
)
def test_safe_ids(raw, expected):
    assert safe_id(raw) == expected


def test_long_ids_are_cut_and_stay_distinct():
    a, b = safe_id("x" * 300), safe_id("x" * 299 + "y")
    assert len(a.encode()) <= MAX_ID_BYTES and len(b.encode()) <= MAX_ID_BYTES
    assert a != b
    assert len(safe_id("é" * 200).encode()) <= MAX_ID_BYTES


def test_duplicate_ids_get_a_suffix_and_a_warning(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a.html").write_text(f"<html><body><article><p>{TEXT}</p></article></body></html>", encoding="utf-8")
    recs = [{"id": "b", "text": TEXT}, {"id": "b", "text": TEXT}, {"id": "../b", "text": TEXT}]
    (tmp_path / "feed.jsonl").write_text("\n".join(json.dumps(r) for r in recs), encoding="utf-8")
    arts = list(read_dir(tmp_path))
    ids = [a.article_id for a in arts]
    assert len(ids) == len(set(ids)) == 5
    assert sorted(ids) == ["a", "a-2", "b", "b-2", "b-3"]
    dup = next(a for a in arts if a.article_id == "a-2")
    assert "already used by" in dup.warning
    moved = next(a for a in arts if "'../b'" in a.source)
    assert moved.article_id == "b-3"


def test_encoding_recorded(tmp_path):
    (tmp_path / "w.txt").write_bytes(TEXT.encode("utf-16"))
    (art,) = read_dir(tmp_path)
    assert art.encoding.startswith("utf-16") and art.text == TEXT
