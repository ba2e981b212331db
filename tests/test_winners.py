import pytest

TABLE = [
    (
        "Melalui ajang Indonesia Smart Nation Award (ISNA) 2025, Kota Pekalongan dinobatkan sebagai "
        "Pemerintah Kota Terbaik dalam kategori Best Smart Branding Innovation 2025. Kota Pekalongan "
        "mendapatkan penghargaan terbaik 3 untuk kategori Smart Branding.",
        [("Kota Pekalongan", "Best Smart Branding Innovation", "3", "33.75")],
    ),
    (
        "Pemerintah Kabupaten Batang berhasil meraih dua kategori penghargaan sekaligus, yakni Smart "
        "Branding dan Smart Economy Kategori Pemerintah Kabupaten di ajang Indonesia Smart Nation "
        "Award (ISNA) 2022.",
        [("Kabupaten Batang", "Smart Branding", "", "33.25"), ("Kabupaten Batang", "Smart Economy", "", "33.25")],
    ),
    (
        "Penghargaan diberikan.\nSmart Branding: Pemerintah Kota Surakarta\nBerkat sejarahnya, Kota "
        "Solo dikenal.\nSmart Economy: Kota Semarang\nIsi.",
        [("Kota Surakarta", "Smart Branding", "", "33.72"), ("Kota Semarang", "Smart Economy", "", "33.74")],
    ),
    (
        "Pemerintah Kabupaten Langkat kembali juara. Langkat sukses menggondol Penghargaan Spesial "
        "(Special Award) dalam ajang ISNA ke-7 Tahun 2025, yang digelar di ICE BSD City, Tangerang Selatan.",
        [("Kabupaten Langkat", "Penghargaan Spesial", "", "12.05")],
    ),
    (
        "Gubernur Lampung meraih Penghargaan Anugerah Keterbukaan Informasi Publik Tahun 2022 "
        "kategori Pemerintah Provinsi dengan nilai 95,28.",
        [("Provinsi Lampung", "Pemerintah Provinsi", "", "18")],
    ),
    (
        "Untuk kategori kota menengah, juara pertama diraih Kota Surakarta. Peringkat kedua dan "
        "seterusnya adalah Yogyakarta, Cimahi, dan Balikpapan. Untuk provinsi menengah diraih Bali "
        "(1), DI Yogyakarta (2), dan Nusa Tenggara Barat (3). Penghargaan diserahkan.",
        [
            ("Kota Surakarta", "kota menengah", "1", "33.72"),
            ("Kota Yogyakarta", "kota menengah", "2", "34.71"),
            ("Kota Cimahi", "kota menengah", "3", "32.77"),
            ("Kota Balikpapan", "kota menengah", "4", "64.71"),
            ("Provinsi Bali", "provinsi menengah", "1", "51"),
            ("Provinsi DI Yogyakarta", "provinsi menengah", "2", "34"),
            ("Provinsi Nusa Tenggara Barat", "provinsi menengah", "3", "52"),
        ],
    ),
    (
        "Berikut daftar pemenang penghargaan per kategori\n  1. Kategori Kota Ter-inovatif: \n"
        "  1. Kota Mojokerto\n  2. Kota Pekanbaru, dan \n\n  1. Kategori Daerah Perbatasan "
        "Terinovatif: \n  1. Kabupaten Bintan\n  2. Kota Batam, dan \n",
        [
            ("Kota Mojokerto", "Kota Ter-inovatif", "", "35.76"),
            ("Kota Pekanbaru", "Kota Ter-inovatif", "", "14.71"),
            ("Kabupaten Bintan", "Daerah Perbatasan Terinovatif", "", "21.01"),
            ("Kota Batam", "Daerah Perbatasan Terinovatif", "", "21.71"),
        ],
    ),
]


@pytest.mark.parametrize("text,expected", TABLE)
def test_winners(run_text, text, expected):
    rows = run_text(text).rows["winners"]
    got = [(r["recipient"], r["category"], r["rank"], r["region_code"]) for r in rows]
    assert got == expected


def test_shared_type_word_applies_to_list(run_text):
    text = "Penghargaan Adipura 2023 diraih Kabupaten Gowa, Bone dan Maros untuk kategori kota kecil."
    rows = run_text(text).rows["winners"]
    assert [r["recipient"] for r in rows] == ["Kabupaten Gowa", "Kabupaten Bone", "Kabupaten Maros"]


def test_nominees_and_scores_are_not_winners(run_text):
    text = (
        "Kota Kediri menduduki peringkat ke-4 di Jawa Timur berdasarkan indeks smart city 3,31. "
        "Kota Malang masuk nominasi."
    )
    assert run_text(text).rows["winners"] == []


def test_location_is_not_a_winner(run_text):
    text = "Kota Denpasar meraih penghargaan kategori Smart Society di ICE BSD City, Tangerang Selatan."
    rows = run_text(text).rows["winners"]
    assert [r["recipient"] for r in rows] == ["Kota Denpasar"]


def test_rank_headings_take_the_category_named_before(run_text):
    text = (
        "Pemerintah Kota Bogor kembali meraih Anugerah Parahita Ekapraya (APE) 2022.\n"
        "Berikut daftar penerima APE 2022 kategori Utama:\n"
        "Juara 1: Kota Bogor\nJuara 2: Kota Surakarta\nJuara 3: Kabupaten Banyuwangi\n"
    )
    rows = run_text(text).rows["winners"]
    got = [(r["recipient"], r["category"], r["rank"]) for r in rows if r["category"]]
    assert got == [
        ("Kota Bogor", "Utama", "1"),
        ("Kota Surakarta", "Utama", "2"),
        ("Kabupaten Banyuwangi", "Utama", "3"),
    ]


def test_category_stops_where_the_award_name_starts(run_text):
    text = (
        "Pemerintah Provinsi Kalimantan Timur meraih penghargaan Top 45 Kompetisi Inovasi Pelayanan "
        "Publik (KIPP) 2023 dari Kementerian PANRB."
    )
    rows = run_text(text).rows["winners"]
    assert [(r["recipient"], r["category"], r["award"]) for r in rows] == [
        ("Provinsi Kalimantan Timur", "Top 45", "Kompetisi Inovasi Pelayanan Publik")
    ]


def test_nominated_regions_are_not_winners(run_text):
    text = (
        "Kabupaten Banyuwangi meraih Digital Government Award 2024 kategori Inovasi Layanan Publik. "
        "Sementara Kota Denpasar dan Kabupaten Badung masuk nominasi namun tidak meraih penghargaan."
    )
    assert [r["recipient"] for r in run_text(text).rows["winners"]] == ["Kabupaten Banyuwangi"]


def test_besides_clause_names_an_earlier_winner(run_text):
    text = (
        "Kota Surabaya meraih Piala Adipura Kencana 2023 kategori kota metropolitan. Selain Surabaya, "
        "Kota Madiun juga meraih Adipura untuk kategori kota sedang."
    )
    rows = run_text(text).rows["winners"]
    assert [(r["recipient"], r["category"]) for r in rows] == [
        ("Kota Surabaya", "kota metropolitan"),
        ("Kota Madiun", "kota sedang"),
    ]


def test_receiving_something_else_is_no_win(run_text):
    text = (
        "Kota Bontang meraih penghargaan ISNA 2024 kategori Apresiasi Daerah Utama. "
        "Pemkot Bandung menerima kunjungan studi banding dari Pemkot Bontang. "
        "Kota Kediri menduduki peringkat ke-4 indeks smart city di Jawa Timur."
    )
    assert [r["recipient"] for r in run_text(text).rows["winners"]] == ["Kota Bontang"]


def test_ordinal_words_give_ranks(run_text):
    text = (
        "Penghargaan Pembangunan Daerah (PPD) 2024 telah diumumkan. Juara pertama kategori kabupaten "
        "diraih Kabupaten Badung, sedangkan juara ketiga diraih Kabupaten Banyuwangi."
    )
    rows = run_text(text).rows["winners"]
    assert [(r["recipient"], r["category"], r["rank"]) for r in rows] == [
        ("Kabupaten Badung", "kabupaten", "1"),
        ("Kabupaten Banyuwangi", "kabupaten", "3"),
    ]


def test_province_after_a_region_is_its_location(run_text):
    text = "Kota Makassar dan Kabupaten Gowa, Sulawesi Selatan, meraih penghargaan Smart City Award 2023."
    rows = run_text(text).rows["winners"]
    assert [r["recipient"] for r in rows] == ["Kota Makassar", "Kabupaten Gowa"]


def test_predikat_names_the_category(run_text):
    text = (
        "Provinsi Bali meraih predikat Provinsi Informatif dalam Anugerah Keterbukaan Informasi Publik 2023. "
        "Selain Bali, provinsi lain yang meraih predikat Informatif antara lain Jawa Tengah dan Jawa Timur."
    )
    rows = run_text(text).rows["winners"]
    assert [(r["recipient"], r["category"]) for r in rows] == [
        ("Provinsi Bali", "Provinsi Informatif"),
        ("Provinsi Jawa Tengah", "Informatif"),
        ("Provinsi Jawa Timur", "Informatif"),
    ]


def test_two_categories_two_ranks_one_region(run_text):
    text = (
        "Kabupaten Banyuwangi meraih dua penghargaan dalam ajang Digital Government Award 2024. Banyuwangi "
        "menjadi juara I kategori Kabupaten dengan Indeks SPBE Terbaik dan juara II untuk kategori Inovasi "
        "Layanan Publik Digital."
    )
    rows = run_text(text).rows["winners"]
    assert sorted((r["category"], r["rank"]) for r in rows) == [
        ("Inovasi Layanan Publik Digital", "2"),
        ("Kabupaten dengan Indeks SPBE Terbaik", "1"),
    ]


def test_each_recipient_takes_the_category_before_it(run_text):
    text = (
        "Pada Innovative Government Award (IGA) 2023, kategori provinsi terinovatif diraih Jawa Timur, "
        "sedangkan kategori kota terinovatif diraih Kota Surabaya."
    )
    rows = run_text(text).rows["winners"]
    assert [(r["recipient"], r["category"]) for r in rows] == [
        ("Provinsi Jawa Timur", "provinsi terinovatif"),
        ("Kota Surabaya", "kota terinovatif"),
    ]


def test_dateline_place_is_no_winner(run_text):
    text = "Jakarta - Sebanyak 10 pemerintah daerah menerima penghargaan Anugerah Meritokrasi 2024 dari KASN."
    assert run_text(text).rows["winners"] == []


def test_award_for_a_persons_own_work_goes_to_the_person(run_text):
    text = (
        "Sekda Kota Bogor Syarifah Sofiah Dwikorawati meraih penghargaan kategori Tokoh Inspiratif dalam "
        "Anugerah ASN 2023 di Jakarta."
    )
    rows = run_text(text).rows["winners"]
    assert [(r["recipient"], r["recipient_type"], r["category"]) for r in rows] == [
        ("Syarifah Sofiah Dwikorawati", "other", "Tokoh Inspiratif")
    ]


# -- shapes of issue #7, each written anew ------------------------------------------------
SHAPES = [
    # recipients that are not regions: agencies, schools, villages, hospitals, companies
    (
        "Kementerian Sosial, BPOM dan Basarnas meraih penghargaan Top 45 Inovasi 2024.",
        [("Kementerian Sosial", "Top 45"), ("BPOM", "Top 45"), ("Basarnas", "Top 45")],
    ),
    (
        "SMAN 2 Wonosari Kabupaten Gunungkidul meraih penghargaan Sekolah Ramah Anak 2024 kategori Utama.",
        [("SMAN 2 Wonosari", "Utama")],
    ),
    (
        "Desa Wisata Ngargoretno dan RSUD Tidar meraih penghargaan Pelayanan Prima 2023 kategori Sangat Baik.",
        [("Desa Wisata Ngargoretno", "Sangat Baik"), ("RSUD Tidar", "Sangat Baik")],
    ),
    # a category names a list; the nearest type word holds, the gazetteer decides the rest
    (
        "Penghargaan Adipura 2024 kategori kota sedang diraih Kota Kendari, Kota Palu dan Bitung, "
        "serta Kabupaten Sigi dan Donggala.",
        [
            ("Kota Kendari", "kota sedang"),
            ("Kota Palu", "kota sedang"),
            ("Kota Bitung", "kota sedang"),
            ("Kabupaten Sigi", "kota sedang"),
            ("Kabupaten Donggala", "kota sedang"),
        ],
    ),
    (
        "Penghargaan APE 2024 kategori Madya diraih Kota Bitung, Minahasa dan Kabupaten Minahasa Utara.",
        [("Kota Bitung", "Madya"), ("Kabupaten Minahasa", "Madya"), ("Kabupaten Minahasa Utara", "Madya")],
    ),
    # `kategori A diraih X, sedangkan kategori B diraih Y`
    (
        "Pada penghargaan KLA 2024, kategori Utama diraih Kota Padang, sedangkan kategori Nindya "
        "diraih Kabupaten Agam.",
        [("Kota Padang", "Utama"), ("Kabupaten Agam", "Nindya")],
    ),
    # `masing-masing` pairs recipients and categories in order
    (
        "Kota Palu dan Kabupaten Sigi masing-masing meraih kategori Madya dan Pratama dalam penghargaan KLA 2024.",
        [("Kota Palu", "Madya"), ("Kabupaten Sigi", "Pratama")],
    ),
]


@pytest.mark.parametrize("text,expected", SHAPES)
def test_winner_shapes(run_text, text, expected):
    rows = run_text(text).rows["winners"]
    assert [(r["recipient"], r["category"]) for r in rows] == expected


RANKED = [
    (
        "Untuk kategori kabupaten, posisi pertama ditempati oleh Kabupaten Sleman. Urutan kedua diraih "
        "Kabupaten Bantul, sedangkan Kabupaten Kulon Progo berada di urutan ketiga dalam penghargaan PPD 2024.",
        [("Kabupaten Sleman", "1"), ("Kabupaten Bantul", "2"), ("Kabupaten Kulon Progo", "3")],
    ),
    # the verb written once: each recipient with its own rank
    (
        "Dalam TPID Award 2024 kategori kota, Kota Kendari meraih Terbaik I, Kota Palu Terbaik II "
        "dan Kota Bitung Terbaik III.",
        [("Kota Kendari", "1"), ("Kota Palu", "2"), ("Kota Bitung", "3")],
    ),
    (
        "Kabupaten Sigi meraih juara I TPID Award 2024 kategori kabupaten, disusul Kabupaten Poso "
        "sebagai runner up dan "
        "Kabupaten Donggala di peringkat 3.",
        [("Kabupaten Sigi", "1"), ("Kabupaten Poso", "2"), ("Kabupaten Donggala", "3")],
    ),
    # a verbless sentence of places and recipients goes on with the ranking before it
    (
        "Lomba Kebersihan Antarkota 2024\n\nPemprov mengumumkan pemenang Lomba Kebersihan Antarkota 2024. "
        "Juara pertama diraih Kota Magelang. Juara kedua Kota Salatiga, dan juara ketiga Kota Tegal.\n",
        [("Kota Magelang", "1"), ("Kota Salatiga", "2"), ("Kota Tegal", "3")],
    ),
    # without a ranking before it, such a sentence names no winner
    (
        "Lomba Kebersihan Antarkota 2024\n\nPemprov mengumumkan Lomba Kebersihan Antarkota 2024. "
        "Juara kedua Kota Salatiga tahun lalu.\n",
        [],
    ),
]


@pytest.mark.parametrize("text,expected", RANKED)
def test_ranks_by_position(run_text, text, expected):
    rows = run_text(text).rows["winners"]
    assert [(r["recipient"], r["rank"]) for r in rows] == expected


LINES = [
    # a heading and one recipient a line, numbered, a description after each
    (
        "Berikut penerima penghargaan KKS 2024:\nKategori Wistara\n1. Kota Kendari – tatanan pasar sehat\n"
        "2. Kabupaten Konawe – tatanan permukiman\n",
        [("Kota Kendari", "Wistara"), ("Kabupaten Konawe", "Wistara")],
    ),
    # `Recipient – Category` and `Category | Recipient`
    (
        "Daftar penerima penghargaan Adipura 2024:\nKota Kendari – Adipura Kencana\nKota Sedang | Kota Palu\n",
        [("Kota Kendari", "Adipura Kencana"), ("Kota Palu", "Kota Sedang")],
    ),
    # rank headings under a category
    (
        "Pemenang Anugerah Desa Wisata 2024 kategori Homestay:\nJuara I: Desa Wisata Tete Batu, "
        "Kabupaten Lombok Timur\n"
        "Juara II: Desa Wisata Sade\n",
        [("Desa Wisata Tete Batu", "Homestay", "1"), ("Desa Wisata Sade", "Homestay", "2")],
    ),
]


@pytest.mark.parametrize("text,expected", LINES)
def test_list_lines(run_text, text, expected):
    rows = run_text(text).rows["winners"]
    got = [
        (r["recipient"], r["category"], r["rank"]) if len(expected[0]) == 3 else (r["recipient"], r["category"])
        for r in rows
    ]
    assert got == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a programme that honours persons: the official who receives it wins
        (
            "Bupati Poso Irma Santika menerima Satyalancana Wira Karya 2024 dari Presiden.",
            [("Irma Santika", "other")],
        ),
        # a personal category word, with the list after a lead and `;` between people
        (
            "Kepala daerah yang meraih anugerah Kepala Daerah Berprestasi 2024, yaitu Bupati Poso Irma Santika; "
            "Bupati Sigi Rizal Hamdani, S.Sos.; dan Wali Kota Palu Hadi Santoso.",
            [("Irma Santika", "other"), ("Rizal Hamdani", "other"), ("Hadi Santoso", "other")],
        ),
        # an award for the region, handed to its official: the region wins
        (
            "Penghargaan Adipura 2024 diserahkan Menteri Lingkungan Hidup Ratna Dewi kepada Wali "
            "Kota Palu Hadi Santoso.",
            [("Kota Palu", "Kota")],
        ),
    ],
)
def test_person_or_region(run_text, text, expected):
    rows = run_text(text).rows["winners"]
    assert [(r["recipient"], r["recipient_type"]) for r in rows] == expected


def test_unknown_programme_learned_from_the_article(run_text):
    text = (
        "Kabupaten Konawe meraih penghargaan Anugerah Gemilang Desa 2024. Anugerah Gemilang Desa diberikan "
        "kepada daerah yang desanya maju. Tahun ini Anugerah Gemilang Desa Utama diraih Kabupaten Konawe."
    )
    res = run_text(text)
    assert [(r["award"], r["edition"]) for r in res.rows["awards"]] == [("Anugerah Gemilang Desa", "2024")]
    assert [(r["recipient"], r["category"]) for r in res.rows["winners"]] == [
        ("Kabupaten Konawe", "Anugerah Gemilang Desa Utama")
    ]


# Lists under category headings: (text, [(recipient, category)]). Made-up articles.
HEADED_LISTS = [
    # a region that wins in two lists keeps both rows: its short line is no repeated paragraph
    (
        "Pemenang Penghargaan Kota Hebat 2025\n\nKota Batu meraih Penghargaan Kota Hebat 2025.\n\n"
        "Kategori Kota Bersih\n1. Kota Malang\n2. Kota Batu\n\nKategori Kota Ramah\n1. Kota Batu\n",
        [("Kota Malang", "Kota Bersih"), ("Kota Batu", "Kota Bersih"), ("Kota Batu", "Kota Ramah")],
    ),
    # a person listed with the title after the name, under a personal category
    (
        "Pemenang Penghargaan Kota Hebat 2025\n\nKota Batu meraih Penghargaan Kota Hebat 2025.\n\n"
        "Kategori Kota Ramah\n1. Kota Batu\n\nKategori Tokoh Kota\n1. Rudi Hartono, Wali Kota Batu\n\n"
        "Penghargaan Tokoh Kota diserahkan Menteri Dalam Negeri kepada Rudi Hartono.\n",
        [("Kota Batu", "Kota Ramah"), ("Rudi Hartono", "Tokoh Kota")],
    ),
    # `kategori itu` points back to the category named just before
    (
        "Pemenang Penghargaan Kota Hebat 2025\n\nKabupaten Malang dan Kota Blitar sempat menjadi finalis "
        "kategori Kota Hijau pada Penghargaan Kota Hebat 2025. Kategori itu tahun ini diraih Kota Kediri.\n",
        [("Kota Kediri", "Kota Hijau")],
    ),


    # each recipient takes the category its own verb names
    (
        "Judul berita penghargaan daerah\n\nProvinsi Bali menerima Penghargaan Sehat Prima 2024 kategori Madya. "
        "Sementara Kabupaten Badung dan Kota Denpasar meraih kategori Utama, dan Kabupaten Gianyar, Bangli "
        "serta Kabupaten Tabanan mendapat kategori Madya.\n",
        [
            ("Provinsi Bali", "Madya"),
            ("Kabupaten Badung", "Utama"),
            ("Kota Denpasar", "Utama"),
            ("Kabupaten Gianyar", "Madya"),
            ("Kabupaten Bangli", "Madya"),
            ("Kabupaten Tabanan", "Madya"),
        ],
    ),
    # a sentence of a paragraph shaped like a list line
    (
        "Judul berita penghargaan daerah\n\nPenghargaan Sehat Prima 2024 diumumkan. Untuk kategori Pratama: "
        "Kabupaten Sampang dan Kabupaten Bangkalan. Kabupaten Sumenep belum menerima penghargaan.\n",
        [("Kabupaten Sampang", "Pratama"), ("Kabupaten Bangkalan", "Pratama")],
    ),
    # a nominee in another clause of the sentence leaves the winners of this one alone
    (
        "Judul berita penghargaan daerah\n\nKabupaten Wonosobo dan Kabupaten Purworejo menerima Sertifikat "
        "Adipura, sementara Kabupaten Rembang masuk nominasi namun belum lolos.\n",
        [("Kabupaten Wonosobo", "Sertifikat Adipura"), ("Kabupaten Purworejo", "Sertifikat Adipura")],
    ),
]


@pytest.mark.parametrize("text,expected", HEADED_LISTS)
def test_headed_lists(run_text, text, expected):
    res = run_text(text)
    assert [(r["recipient"], r["category"]) for r in res.rows["winners"]] == expected
    # a category the article writes after `kategori` is no programme of its own
    assert len(res.rows["awards"]) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Untuk kategori kabupaten, peringkat pertama diraih Kabupaten Kaur, peringkat kedua Kabupaten Lebong, "
        "dan urutan ketiga Kabupaten Seluma.",
        "Juara pertama diraih Kabupaten Kaur, juara kedua Kabupaten Lebong dan juara ketiga Kabupaten Seluma.",
    ],
)
def test_ranks_written_before_each_recipient(run_text, sentence):
    text = f"Judul berita penghargaan daerah\n\nAnugerah Informasi Prima 2023 diumumkan di Bengkulu. {sentence}\n"
    rows = run_text(text).rows["winners"]
    got = [(r["recipient"], r["rank"]) for r in rows]
    assert got == [("Kabupaten Kaur", "1"), ("Kabupaten Lebong", "2"), ("Kabupaten Seluma", "3")]


def test_agent_of_a_passive_verb_is_no_subject(run_text):
    text = (
        "Judul berita penghargaan daerah\n\nPada Anugerah Mitra Kerja 2023 yang digelar PT Bumi Jaya, "
        "Pemprov Kalsel menempati peringkat kedua kategori provinsi.\n"
    )
    rows = run_text(text).rows["winners"]
    assert [(r["recipient"], r["rank"]) for r in rows] == [("Provinsi Kalimantan Selatan", "2")]


def test_group_word_and_lead_in_the_next_sentence(run_text):
    text = (
        "Judul berita penghargaan daerah\n\nTiga daerah menerima Penghargaan Layanan Prima 2023. "
        "Ketiganya yakni Pemprov Sulsel, Pemkot Makassar dan Pemkab Gowa.\n"
    )
    rows = run_text(text).rows["winners"]
    assert [r["recipient"] for r in rows] == ["Provinsi Sulawesi Selatan", "Kota Makassar", "Kabupaten Gowa"]


def test_personal_award_named_by_title_goes_to_the_holder(run_text):
    # the headline names only titles; the body names the people who hold them
    text = (
        "Bupati Siak dan Wali Kota Dumai Terima Manggala Karya Kencana\n\n"
        "Dua kepala daerah di Riau menerima Penghargaan Manggala Karya Kencana dari BKKBN. "
        "Mereka adalah Bupati Siak Ridwan Harahap dan Wali Kota Dumai Ahmad Lubis.\n"
    )
    rows = run_text(text).rows["winners"]
    assert [(r["recipient"], r["recipient_type"], r["category"]) for r in rows] == [
        ("Ridwan Harahap", "other", ""),
        ("Ahmad Lubis", "other", ""),
    ]


NAMED_ITEMS = [
    # persons named before a description, one per bulleted line under category headings; the
    # award is the one the line above the headings names, not the article's most named one
    (
        "Pemenang Anugerah Hijau Nusantara 2023\n\nPanitia mengumumkan pemenang Anugerah Hijau Nusantara 2023. "
        "Selain itu Piala Sungai Bersih juga diserahkan. Piala Sungai Bersih diberikan kepada Kota Blitar. "
        "Piala Sungai Bersih tahun depan digelar lagi.\n\n"
        "Daftar penerima Anugerah Hijau Nusantara 2023:\n\nKategori Pelopor Hijau:\n"
        "- Wagiman, petani di Kabupaten Klaten, yang merawat mata air\n"
        "- Sri Lestari Ningsih (guru, Kota Magelang)\n\nKategori Pembina Hijau:\n"
        "1. Kelompok Tani Sido Makmur, Kabupaten Boyolali\n",
        [
            ("Kota Blitar", ""),
            ("Wagiman", "Pelopor Hijau"),
            ("Sri Lestari Ningsih", "Pelopor Hijau"),
            ("Kelompok Tani Sido Makmur", "Pembina Hijau"),
        ],
        {"Wagiman": "Anugerah Hijau Nusantara"},
    ),
    # a bulleted line that opens with a common word or a lower-case word names no one
    (
        "Penghargaan Desa Tangguh 2024\n\nPenghargaan Desa Tangguh 2024 diumumkan.\n\nKategori Utama:\n"
        "- Selanjutnya, panitia menilai berkas\n- tim juri turun ke lapangan\n- Desa Sukamaju, Kabupaten Garut\n",
        [("Desa Sukamaju", "Utama")],
        {},
    ),
]


@pytest.mark.parametrize("text,expected,awards", NAMED_ITEMS)
def test_named_list_items(run_text, text, expected, awards):
    rows = run_text(text).rows["winners"]
    got = [(r["recipient"], r["category"]) for r in rows]
    assert sorted(got) == sorted(expected)
    for who, award in awards.items():
        assert next(r["award"] for r in rows if r["recipient"] == who).startswith(award)


GAPPED = [
    # the verb written once: the second recipient names its category right after it
    (
        "Penghargaan Sehat Prima 2024\n\nPenghargaan Sehat Prima 2024 diumumkan. Kabupaten Sikka meraih "
        "kategori Madya dan Kabupaten Ende kategori Pratama.\n",
        [("Kabupaten Sikka", "Madya"), ("Kabupaten Ende", "Pratama")],
    ),
    # one category for both stays one category for both
    (
        "Penghargaan Sehat Prima 2024\n\nPenghargaan Sehat Prima 2024 diumumkan. Kabupaten Sikka dan "
        "Kabupaten Ende meraih kategori Madya.\n",
        [("Kabupaten Sikka", "Madya"), ("Kabupaten Ende", "Madya")],
    ),
]


def test_a_failing_grade_wins_nothing(run_text):
    text = (
        "Anugerah Informasi Publik 2024\n\nKabupaten Sikka meraih Anugerah Informasi Publik 2024 kategori "
        "Informatif. Tiga kabupaten, yaitu Kabupaten Ende, Nagekeo dan Ngada, masih masuk kualifikasi Tidak "
        "Informatif.\n"
    )
    got = [(r["recipient"], r["category"]) for r in run_text(text).rows["winners"]]
    assert got == [("Kabupaten Sikka", "Informatif")]


@pytest.mark.parametrize("text,expected", GAPPED)
def test_gapped_verb(run_text, text, expected):
    assert [(r["recipient"], r["category"]) for r in run_text(text).rows["winners"]] == expected


PERSONAL_CATEGORIES = [
    # a title right after `kategori` belongs to the category, and the titled person wins it
    (
        "Anugerah Warta Daerah 2025 Digelar\n\nAnugerah Warta Daerah 2025 digelar di Hotel Melati.\n\n"
        "Wali Kota Salatiga Budi Santosa dinobatkan dalam kategori Wali Kota Peduli Lansia.\n",
        [("Budi Santosa", "Wali Kota Peduli Lansia")],
    ),
    # a title of merit written in lower case after `sebagai`
    (
        "Anugerah Warta Daerah 2025 Digelar\n\nAnugerah Warta Daerah 2025 digelar di Hotel Melati.\n\n"
        "Lurah Sukasari, Dewi Anggraini, dinobatkan sebagai lurah teladan berkat layanan malam.\n",
        [("Dewi Anggraini", "lurah teladan")],
    ),
    # `menjadi yang terbaik` names no category
    (
        "Anugerah Warta Daerah 2025 Digelar\n\nAnugerah Warta Daerah 2025 digelar di Hotel Melati.\n\n"
        "Kabupaten Sragen meraih Anugerah Warta Daerah 2025 dan menjadi yang terbaik.\n",
        [("Kabupaten Sragen", "")],
    ),
]


@pytest.mark.parametrize("text,expected", PERSONAL_CATEGORIES)
def test_personal_categories(run_text, text, expected):
    assert [(r["recipient"], r["category"]) for r in run_text(text).rows["winners"]] == expected


def test_a_word_on_the_next_line_is_no_grade(run_text):
    text = (
        "Kota Palu Raih Anugerah Pesisir Lestari 2024\n\nKamis, 14 November 2024\n\nKota Palu meraih "
        "Anugerah Pesisir Lestari 2024 dari kementerian.\n"
    )
    assert [(r["recipient"], r["category"]) for r in run_text(text).rows["winners"]] == [("Kota Palu", "")]


def test_a_category_makes_a_rank_with_a_score_a_win(run_text):
    text = (
        "Kota Blitar Raih Anugerah Layanan Digital 2024\n\nKota Blitar kembali meraih Anugerah Layanan Digital "
        "2024. Blitar menempati peringkat kedua kategori Pemerintah Kota dengan indeks 4,12.\n"
    )
    got = [(r["recipient"], r["category"], r["rank"]) for r in run_text(text).rows["winners"]]
    assert got == [("Kota Blitar", "Pemerintah Kota", "2")]


def test_an_index_rank_without_a_category_is_no_win(run_text):
    text = (
        "Kota Blitar Raih Anugerah Layanan Digital 2024\n\nKota Blitar kembali meraih Anugerah Layanan Digital "
        "2024. Dalam indeks kemudahan berusaha, Kabupaten Kediri menempati peringkat kedua se-Jawa Timur.\n"
    )
    assert [r["recipient"] for r in run_text(text).rows["winners"]] == ["Kota Blitar"]
