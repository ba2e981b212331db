import pytest

TABLE = [
    (
        "Kota Pekalongan meraih Indonesia Smart Nation Award (ISNA) 2025.",
        [("Indonesia Smart Nation Award", "ISNA", "2025")],
    ),
    (
        "di acara Indonesian Smart Nation Award (ISNA) 2024, di ICE BSD",
        [("Indonesia Smart Nation Award", "ISNA", "2024")],
    ),
    (
        "menerima penghargaan dalam gelaran ISNA ke-5, yang dihelat di ICE BSD",
        [("Indonesia Smart Nation Award", "ISNA", "2022")],
    ),
    (
        "meraih Penghargaan 4th Indonesia Smart Nation Award (ISNA) 2020",
        [("Indonesia Smart Nation Award", "ISNA", "2020")],
    ),
    (
        "telah berhasil menggelar ISNA 2015, 2016, 2018 dan 2020.",
        [("Indonesia Smart Nation Award", "ISNA", y) for y in ("2015", "2016", "2018", "2020")],
    ),
    (
        "Banyuwangi juga meraih penghargaan IGA pada 2019, 2021 dan 2022.",
        [("Innovative Government Award", "IGA", y) for y in ("2019", "2021", "2022")],
    ),
    (
        "meraih penghargaan Anugerah Kebudayaan Nusantara (AKN) 2023 dari kementerian",
        [("Anugerah Kebudayaan Nusantara", "AKN", "2023")],
    ),
    ("Kota Bogor meraih Smart City Leadership Award 2022 di Singapura.", [("Smart City Leadership Award", "", "2022")]),
]


@pytest.mark.parametrize("text,expected", TABLE)
def test_awards(run_text, text, expected):
    rows = run_text(text).rows["awards"]
    assert [(r["award"], r["acronym"], r["edition"]) for r in rows] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Penghargaan bergengsi ini diserahkan dalam seremoni resmi.",
        "Kabupaten Batang mengikuti Evaluasi Program Gerakan Menuju Kota Cerdas (Smart City) Tahun 2022.",
        "Langkat menggondol Penghargaan Spesial (Special Award) dalam ajang bergengsi itu.",
    ],
)
def test_not_award_rows(run_text, text):
    assert run_text(text).rows["awards"] == []


def test_year_fixed_by_the_ceremony_date(run_text):
    text = (
        "Penghargaan diterima Bupati Bojonegoro, Anna Mu’awanah, Selasa (14/12/2021). Gerakan menuju "
        "Smart City sendiri adalah gerakan untuk kota/kabupaten."
    )
    rows = run_text(text).rows["awards"]
    assert [(r["award"], r["edition"], r["event_date"]) for r in rows] == [
        ("Gerakan Menuju Smart City", "2021", "2021-12-14")
    ]
