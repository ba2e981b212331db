import pytest

DATELINES = [
    ("KETIK, PEKALONGAN – Prestasi membanggakan", ("KETIK", "Pekalongan")),
    ("Liputan6.com, Tangerang Smart city merupakan konsep", ("Liputan6.com", "Tangerang")),
    ("TANGERANG – malangpagi.com", ("malangpagi.com", "Tangerang")),
    ("Bojonegoro, Transnews.co.id – Kabupaten Bojonegoro", ("Transnews.co.id", "Bojonegoro")),
    ("Bojonegoro: Kabupaten Bojonegoro kembali memborong", ("", "Bojonegoro")),
    ("Jakarta (ANTARA) - Pemerintah Kota Bogor meraih", ("ANTARA", "Jakarta")),
    ("BANDUNG, TRIBUN-JABAR.ID - Pemkot Bandung", ("TRIBUN-JABAR.ID", "Bandung")),
    ("Jakarta, CNBC Indonesia - Badan Pusat Statistik", ("CNBC Indonesia", "Jakarta")),
    ("Nationalgeographic.co.id -- Gerakan Menuju Kota Cerdas", ("Nationalgeographic.co.id", "")),
    ("Smart Branding: Pemerintah Kota Surakarta", ("", "")),
]


@pytest.mark.parametrize("line,expected", DATELINES)
def test_datelines(pipe, line, expected):
    outlet, place, _ = pipe.header.dateline(line)
    assert (outlet, place) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Penulis: dina indriani | Editor: m zaenal arifin", ("dina indriani", "m zaenal arifin")),
        ("Penulis | : | Sheila Respati |\nEditor | : | Sheila Respati |", ("Sheila Respati", "Sheila Respati")),
        ("Laporan : Vini", ("Vini", "")),
        ("Pewarta: Nur Suhra Wardyah\nEditor: Achmad Zaenal M", ("Nur Suhra Wardyah", "Achmad Zaenal M")),
        # A bare label between the header's separators, no colon.
        ("Judul berita di sini\n\nRabu 4 Mei 2022 - Laporan Budi Santoso - 88 Views", ("Budi Santoso", "")),
        ("Judul\nKONTRIBUTOR Siti Aminah | 12 Maret 2021", ("Siti Aminah", "")),
        # In the body a capitalised `Laporan …` is a report, not a credit.
        ("Judul\n" + "isi.\n" * 12 + "Laporan Keuangan Daerah - disusun tiap tahun", ("", "")),
        ("Judul\nLaporan kinerja tahunan - dibahas DPRD", ("", "")),
    ],
)
def test_credits(pipe, text, expected):
    assert pipe.header.credits(text) == expected


def test_trailing_credit_outlet(pipe):
    assert pipe.header.trailing_outlet("… pungkasnya. (MC Batang, Jateng/Edo/Jumadi)") == "MC Batang"
