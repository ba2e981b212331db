import json

import pytest

from extract.reading import decode, normalize_spaces, read_dir, read_file


def test_legacy_encoding_falls_back(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes("Wali Kota Bandung menerima penghargaan — “Smart City”".encode("cp1252"))
    (art,) = read_file(p)
    assert not art.error and "“Smart City”" in art.text


def test_spaces_normalised():
    assert normalize_spaces("Kota\u00a0Batang\u200b\r\n") == "Kota Batang\n"


@pytest.mark.parametrize(
    "data,fragment",
    [(b"", "empty"), (b"   \n ", "empty"), (b"\x00\x01\x02PNG\x00", "binary"), (bytes(range(1, 31)) * 20, "binary")],
)
def test_unreadable(data, fragment):
    with pytest.raises(ValueError, match=fragment):
        decode(data)


def test_text_free_file_is_an_error(tmp_path):
    p = tmp_path / "n.txt"
    p.write_text("12345 ... 678 !!!\n", encoding="utf-8")
    (art,) = read_file(p)
    assert "no text" in art.error


def test_html_main_text_title_and_date(tmp_path):
    html = """<html><head><title>Kota Malang Raih Penghargaan</title>
    <meta property="article:published_time" content="2022-11-18T10:00:00+07:00"></head>
    <body><nav>Home | Berita</nav><article><h1>Kota Malang Raih Penghargaan</h1>
    <p>TANGERANG – Pemerintah Kota Malang meraih penghargaan Best Smart Branding dalam ajang
    Indonesia Smart Nation Award (ISNA) 2022 yang digelar di ICE BSD Tangerang, Kamis (17/11/2022).</p>
    <p>Walikota Malang Sutiaji menerima penghargaan tersebut bersama jajaran Diskominfo.</p>
    </article><footer>© 2022 Contoh Media</footer></body></html>"""
    p = tmp_path / "page.html"
    p.write_text(html, encoding="utf-8")
    (art,) = read_file(p)
    assert not art.error
    assert art.title == "Kota Malang Raih Penghargaan"
    assert art.published.startswith("2022-11-18")
    assert "Best Smart Branding" in art.text and "Home | Berita" not in art.text


def test_jsonl_ids_and_errors(tmp_path):
    lines = [
        json.dumps({"id": "a1", "text": "Kota Batang meraih penghargaan.", "published": "2022-11-21"}),
        json.dumps({"text": "Kota Bontang meraih penghargaan."}),
        "{not json",
        json.dumps({"url": "http://x"}),
    ]
    p = tmp_path / "batch.jsonl"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    arts = list(read_file(p))
    assert [a.article_id for a in arts] == ["a1", "batch-2", "batch-3", "batch-4"]
    assert arts[0].published == "2022-11-21" and not arts[0].error
    assert "bad JSON" in arts[2].error and "neither" in arts[3].error


def test_read_dir_ignores_other_files(tmp_path):
    (tmp_path / "a.txt").write_text("Kota Batang.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("x", encoding="utf-8")
    assert [a.article_id for a in read_dir(tmp_path)] == ["a"]
