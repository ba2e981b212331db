import pytest

from extract import metadata

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
    outlet, place, _ = metadata.dateline(line, pipe.gaz)
    assert (outlet, place) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Penulis: dina indriani | Editor: m zaenal arifin", ("dina indriani", "m zaenal arifin")),
        ("Penulis | : | Sheila Respati |\nEditor | : | Sheila Respati |", ("Sheila Respati", "Sheila Respati")),
        ("Laporan : Vini", ("Vini", "")),
        ("Pewarta: Nur Suhra Wardyah\nEditor: Achmad Zaenal M", ("Nur Suhra Wardyah", "Achmad Zaenal M")),
    ],
)
def test_credits(text, expected):
    assert metadata.credits(text) == expected


def test_trailing_credit_outlet():
    assert metadata.trailing_outlet("… pungkasnya. (MC Batang, Jateng/Edo/Jumadi)") == "MC Batang"
