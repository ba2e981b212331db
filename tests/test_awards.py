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
    # editions said to be held, in the programme's sentence or right after it
    (
        "Kota Batu meraih IGA 2024. IGA yang pertama digelar pada 2019 itu terus tumbuh. "
        "Setelah edisi 2020 dan 2022, tahun ini pesertanya 300 daerah.",
        [("Innovative Government Award", "IGA", y) for y in ("2024", "2019", "2020", "2022")],
    ),
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


# -- programmes no pattern file knows (issue #7), each written anew ------------------------
UNKNOWN = [
    # a head word (either case) and a capitalised name with its year
    ("Kota Palu meraih penghargaan Kota Ramah Pejalan Kaki 2024.", [("Kota Ramah Pejalan Kaki", "", "2024")]),
    ("Kota Palu meraih Piala Citra Kota Bersih 2023.", [("Piala Citra Kota Bersih", "", "2023")]),
    # `X Award(s)` and a name with its own acronym after an award word
    ("Kota Palu meraih Green City Award 2024.", [("Green City Award", "", "2024")]),
    (
        "Kota Palu menerima anugerah Sahabat Lansia Nusantara (SLN) dari kementerian.",
        [("Sahabat Lansia Nusantara", "SLN", "")],
    ),
    # past editions in passing, in a sentence that reports a win
    (
        "Sebelumnya pada tahun 2019 dan 2021, Kota Palu juga meraih penghargaan Adipura.",
        [("Adipura", "", "2019"), ("Adipura", "", "2021")],
    ),
    # a name does not reach back over a sentence end, nor open with a word of grammar
    (
        "Piagam diserahkan kepada Rina. Pada Mitra Bisnis Award 2022, Rina juga menang.",
        [("Mitra Bisnis Award", "", "2022")],
    ),
    # one word shared by names written inside longer names is no programme of its own
    (
        "Kota Palu Raih Anugerah Gemar Daerah 2026\n\nKota Palu meraih peringkat pertama Anugerah Gemar "
        "Daerah 2026 kategori Kota Gemar Utama dari Perpustakaan Nasional.\n",
        [("Anugerah Gemar Daerah", "", "2026")],
    ),
    # a contest named with its head word and its year
    (
        "Desa Sukamaju meraih juara pertama Lomba Desa Tingkat Provinsi 2024.",
        [("Lomba Desa Tingkat Provinsi", "", "2024")],
    ),
    # a brand written in camel case is a word of the name
    ("Kota Palu meraih eGov Nusantara Awards 2024.", [("eGov Nusantara Awards", "", "2024")]),
]


@pytest.mark.parametrize("text,expected", UNKNOWN)
def test_programmes_no_pattern_knows(run_text, text, expected):
    rows = run_text(text).rows["awards"]
    assert [(r["award"], r["acronym"], r["edition"]) for r in rows] == expected


def test_acronym_defined_once_names_the_award_later(run_text):
    text = (
        "Wali Kota Palu meraih anugerah Sahabat Lansia Nusantara (SLN) 2024. Tahun depan Palu "
        "menargetkan SLN kategori Utama."
    )
    rows = run_text(text).rows["awards"]
    assert [(r["award"], r["edition"]) for r in rows] == [("Sahabat Lansia Nusantara", "2024")]


def test_index_score_is_no_award(run_text):
    text = "Nilai Indeks SPBE Kota Palu tahun 2024 mencapai 3,8 dan menjadi yang tertinggi."
    assert run_text(text).rows["awards"] == []


def test_the_dated_sentence_places_the_ceremony(run_text):
    text = (
        "Tiga Kabupaten Terima Penghargaan Swasti Saba\n\nTiga kabupaten di Provinsi Jambi menerima "
        "penghargaan Swasti Saba tahun 2023. Penghargaan diserahkan Wakil Menteri Kesehatan kepada para "
        "bupati di Jakarta, Selasa (28/11/2023).\n"
    )
    rows = run_text(text).rows["awards"]
    assert [(r["venue"], r["event_date"]) for r in rows] == [("Jakarta", "2023-11-28")]
