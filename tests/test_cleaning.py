import pytest

FURNITURE = [
    "Baca juga: Ancam Mogok Melaut, Nelayan Pantura Gelar Rembuk",
    "BACA JUGA :  Polres Bojonegoro Ciptakan Aplikasi 'Matur Pak Kapolres'",
    "Tombol Google News",
    "ADVERTISEMENT",
    "SCROLL TO CONTINUE WITH CONTENT",
    "Ads (728x90)",
    "© 2025 TRIBUNnews.com Network,a subsidiary of KG Media.",
    "All Right Reserved",
    "foto-wali-kota.jpg",
    "Dibaca 1.234 kali",
    "Home / Berita / Pemerintahan / PROGRAM SMART CITY",
    "facebook twitter whatsapp telegram line copy",
    "URL berhasil dicopy",
    "Nyaman tanpa iklan. Langganan BisnisPro",
]


@pytest.mark.parametrize("line", FURNITURE)
def test_furniture_lines_dropped(pipe, line):
    text = f"Kota Batang meraih penghargaan.\n{line}\nPenghargaan diserahkan di Jakarta.\n"
    assert line.strip() not in pipe.cleaner.clean(text)
    assert "Penghargaan diserahkan di Jakarta." in pipe.cleaner.clean(text)


def test_tags_and_the_tag_line_go(pipe):
    text = "Isi berita tentang ISNA.\n\nTags:\n\nInovasi digitalisasi Kota Pekalongan ISNA 2025"
    assert pipe.cleaner.clean(text).strip() == "Isi berita tentang ISNA."


def test_repeated_paragraph_and_title(pipe):
    para = "Batang - Berhasil melakukan inisiasi menuju Smart City atau kota cerdas."
    text = f"Judul Berita Tentang Smart City\n\nThumbnail Judul Berita Tentang Smart City\n{para}\n\n{para}\n"
    clean = pipe.cleaner.clean(text)
    assert clean.count(para) == 1 and clean.count("Judul Berita") == 1


def test_short_repeated_lines_are_list_items_and_stay(pipe):
    text = "Judul berita tentang penghargaan\n\nKategori A\n1. Kota Batu\n\nKategori B\n1. Kota Batu\n"
    assert pipe.cleaner.clean(text).count("1. Kota Batu") == 2


@pytest.mark.parametrize(
    "line",
    [
        "Kota Batu raih penghargaan", "  A_b, c--d!!  ", "Wali Kota: “Terima kasih”", "Ünïcode—kata ï",
        "", "...", "x\ty\u00a0z",
    ],
)
def test_line_key_is_the_words_joined(line):
    """The fast key of an ASCII line equals the regex one (`\\W+` → one space)."""
    import regex

    from extract.cleaning import line_key

    assert line_key(line) == regex.sub(r"\W+", " ", line.casefold()).strip()
