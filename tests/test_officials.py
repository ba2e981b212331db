import pytest

# (text from the corpus, expected (name, honorific, position, organization, role))
TABLE = [
    (
        "Penghargaan diserahkan langsung oleh Dirjen Teknologi Pemerintah Digital Kominfo, Mira "
        "Tayyiba dan diterima Wakil Wali Kota Pekalongan, Hj. Balgis Diab.",
        [
            (
                "Mira Tayyiba",
                "",
                "Direktur Jenderal Teknologi Pemerintah Digital",
                "Kementerian Komunikasi dan Informatika",
                "presenter",
            ),
            ("Balgis Diab", "Hj.", "Wakil Wali Kota", "Kota Pekalongan", "recipient"),
        ],
    ),
    (
        "“Kami bangga,” kata Penjabat (Pj) Bupati Batang Lani Dwi Rejeki, saat ditemui.",
        [("Lani Dwi Rejeki", "", "Penjabat Bupati", "Kabupaten Batang", "speaker")],
    ),
    (
        "Seperti diungkap Plt Walikota Semarang, Hevearita G Rahayu, integrasi data penting.",
        [("Hevearita G Rahayu", "", "Pelaksana Tugas Wali Kota", "Kota Semarang", "speaker")],
    ),
    (
        "Seperti diungkap Yana Mulyana (Walikota Bandung), layanan kini digital.",
        [("Yana Mulyana", "", "Wali Kota", "Kota Bandung", "speaker")],
    ),
    (
        "Acara dihadiri Farid Subkhan selaku Co Founder Citiasia, dan Didi Kaspi Kasim selaku "
        "Editor in Chief National Geographic Indonesia.",
        [
            ("Farid Subkhan", "", "Co Founder", "Citiasia", "other"),
            ("Didi Kaspi Kasim", "", "Editor in Chief", "National Geographic Indonesia", "other"),
        ],
    ),
    (
        "Mewakili Bupati, Sekretaris Daerah Kabupaten Langkat H. Amril, S.Sos, M.AP naik ke panggung "
        "untuk menerima penghargaan, didampingi Inspektur Kabupaten Langkat Drs. Hermansyah, M.IP.",
        [
            ("Amril", "H.", "Sekretaris Daerah", "Kabupaten Langkat", "recipient"),
            ("Hermansyah", "Drs.", "Inspektur", "Kabupaten Langkat", "other"),
        ],
    ),
    (
        "Chairman Citiasia, Inc, Dr. Ir. Cahyana Ahmadjayadi, SH, MH, menegaskan bahwa ajang ini riset.",
        [("Cahyana Ahmadjayadi", "Dr. Ir.", "Chairman", "Citiasia Inc", "speaker")],
    ),
    (
        "Acara dihadiri oleh Menteri Dalam Negeri Muhammad Tito Karnavian dan Menteri Pendayagunaan "
        "Aparatur Negara dan Reformasi Birokrasi Abdullah Azwar Anas.",
        [
            ("Muhammad Tito Karnavian", "", "Menteri Dalam Negeri", "Kementerian Dalam Negeri", "other"),
            (
                "Abdullah Azwar Anas",
                "",
                "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
                "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
                "other",
            ),
        ],
    ),
    (
        "“Alhamdulillah meningkat,” ungkap Apip Permana, Kepala Diskominfo Kota Kediri, Rabu.",
        [("Apip Permana", "", "Kepala Dinas Komunikasi dan Informatika", "Kota Kediri", "speaker")],
    ),
    (
        "Penghargaan diserahkan Wakil Presiden Ma'ruf Amin kepada Wali Kota Bogor Bima Arya di Istana.",
        [
            ("Ma'ruf Amin", "", "Wakil Presiden", "Republik Indonesia", "presenter"),
            ("Bima Arya", "", "Wali Kota", "Kota Bogor", "recipient"),
        ],
    ),
    (
        "Penghargaan diterima langsung oleh Penjabat (Pj) Gubernur Jawa Tengah Nana Sudjana dari "
        "Mendagri Tito Karnavian.",
        [
            ("Nana Sudjana", "", "Penjabat Gubernur", "Provinsi Jawa Tengah", "recipient"),
            ("Tito Karnavian", "", "Menteri Dalam Negeri", "Kementerian Dalam Negeri", "presenter"),
        ],
    ),
    (
        "Penghargaan diterima Plt. Kepala Dinas Kesehatan Kabupaten Gowa, dr. Suryani, M.Kes, di Jakarta.",
        [("Suryani", "dr.", "Pelaksana Tugas Kepala Dinas Kesehatan", "Kabupaten Gowa", "recipient")],
    ),
    (
        "Gerakan ini melibatkan Kemendagri, Kementrian PU PR, Menpan RB, Bapenas dan Kantor Staf Kepresidenan.",
        [],
    ),
    (
        "Penghargaan diserahkan Dirjen Aptika Kominfo Semuel Abrijani Pangerapan kepada Wali Kota Bogor Bima Arya.",
        [
            (
                "Semuel Abrijani Pangerapan",
                "",
                "Direktur Jenderal Aptika",
                "Kementerian Komunikasi dan Informatika",
                "presenter",
            ),
            ("Bima Arya", "", "Wali Kota", "Kota Bogor", "recipient"),
        ],
    ),
    (
        "Kepala Bappeda Sleman, Hery Dwikuryanto, mengatakan penilaian meliputi tiga tahap.",
        [("Hery Dwikuryanto", "", "Kepala Badan Perencanaan Pembangunan Daerah", "Kabupaten Sleman", "speaker")],
    ),
    (
        "Wali Kota Makassar Moh Ramdhan Pomanto atau Danny Pomanto menerima penghargaan tersebut di Jakarta.",
        [("Moh Ramdhan Pomanto", "", "Wali Kota", "Kota Makassar", "recipient")],
    ),
    (
        "Kepala Dinas Komunikasi dan Informatika Kota Pekalongan, Arif Karyadi melalui Kepala Bidang "
        "Aplikasi dan Persandian setempat, Kusuma Adi Achmad saat ditemui menjelaskan bahwa branding penting.",
        [
            ("Arif Karyadi", "", "Kepala Dinas Komunikasi dan Informatika", "Kota Pekalongan", "other"),
            (
                "Kusuma Adi Achmad",
                "",
                "Kepala Bidang Aplikasi dan Persandian",
                "Dinas Komunikasi dan Informatika Kota Pekalongan",
                "speaker",
            ),
        ],
    ),
    (
        "Penganugerahan diberikan langsung oleh Komisioner Komisi Informasi (KI) Pusat Gede Narayana kepada "
        "Gubernur Lampung yang diwakili oleh Asisten Perekonomian & Pembangunan, Kusnardi, di Hotel Atria.",
        [
            ("Gede Narayana", "", "Komisioner", "Komisi Informasi Pusat", "presenter"),
            ("Kusnardi", "", "Asisten Perekonomian & Pembangunan", "Provinsi Lampung", "recipient"),
        ],
    ),
    (
        "Penghargaan diterima Budi Santoso yang merupakan Kepala Dinas Lingkungan Hidup Kota Malang.",
        [("Budi Santoso", "", "Kepala Dinas Lingkungan Hidup", "Kota Malang", "recipient")],
    ),
    (
        "Penghargaan tersebut langsung diberikan Menteri Pariwisata Arif Yahya kepada Walikota "
        "Tangsel Airin Rachmi Diany di ICE BSD.",
        [
            ("Arif Yahya", "", "Menteri Pariwisata", "Kementerian Pariwisata", "presenter"),
            ("Airin Rachmi Diany", "", "Wali Kota", "Kota Tangerang Selatan", "recipient"),
        ],
    ),
]


@pytest.mark.parametrize("text,expected", TABLE)
def test_officials(run_text, text, expected):
    rows = run_text(text).rows["officials"]
    got = [(r["name"], r["honorific"], r["position"], r["organization"], r["role"]) for r in rows]
    assert got == expected


def test_variants_of_one_person_merge(run_text):
    text = (
        "Penghargaan diterima Wakil Wali Kota Pekalongan, Hj. Balgis Diab. Usai menerima "
        "penghargaan, Wawalkot Balgis Hj Balgis Diab menyampaikan terima kasih."
    )
    rows = run_text(text).rows["officials"]
    assert [r["name"] for r in rows] == ["Balgis Diab"]


def test_person_without_position_is_no_row(run_text):
    text = "Diiringi alunan suara Anggun C. Sasmi, tarian 28 penari, dan orkestra gamelan."
    assert run_text(text).rows["officials"] == []


def test_headline_is_not_read_for_names(run_text):
    text = "Gubernur Lampung Meraih Penghargaan Anugerah Keterbukaan Informasi Publik\n\nIsi berita."
    assert run_text(text).rows["officials"] == []


def test_spelling_variants_of_one_name_merge(run_text):
    text = (
        "“Kami bangga,” kata Penjabat (Pj) Bupati Batang Lani Dwi Rejeki. Dalam program itu, Pj Bupati "
        "Batang Lany juga mengimbau organisasi perangkat daerah."
    )
    rows = run_text(text).rows["officials"]
    assert [(r["name"], r["position"]) for r in rows] == [("Lani Dwi Rejeki", "Penjabat Bupati")]


def test_month_like_first_name(run_text):
    text = "Penghargaan diberikan oleh Ketua KASN Agus Pramusinto di Jakarta, Kamis (14/3/2024)."
    rows = run_text(text).rows["officials"]
    assert [(r["name"], r["position"], r["role"]) for r in rows] == [("Agus Pramusinto", "Ketua", "presenter")]


# -- name boundaries and roles of issue #7, each written anew ------------------------------
BOUNDARIES = [
    # a press abbreviation of a region between the title and the name
    ("Bupati Tapsel Dolly Harahap meresmikan pasar.", [("Dolly Harahap", "Bupati", "Kabupaten Tapanuli Selatan")]),
    # a unit acronym: the unit is the position, the region the organisation
    (
        "Kepala BPBD Kabupaten Sigi, Asrul Rahman, meninjau lokasi.",
        [("Asrul Rahman", "Kepala Badan Penanggulangan Bencana Daerah", "Kabupaten Sigi")],
    ),
    # `Dr` without a dot is an honorific
    ("Wali Kota Kendari Dr Sulkarnain Kadir hadir.", [("Sulkarnain Kadir", "Wali Kota", "Kota Kendari")]),
    # an organisation between a foreign title and the name
    (
        "Direktur Utama Bank Sulteng Rahmat Hidayat menyerahkan bantuan.",
        [("Rahmat Hidayat", "Direktur Utama", "Bank Sulteng")],
    ),
    (
        "Founder dan CEO PT Arunika Data, Sekar Ayu Lestari, menjadi pembicara.",
        [("Sekar Ayu Lestari", "Founder dan CEO", "PT Arunika Data")],
    ),
    # a unit written with commas up to its acronym
    (
        "Kepala Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak (DP3A) Kota Palu, Hana Saleh, hadir.",
        [("Hana Saleh", "Kepala Dinas Sosial Pemberdayaan Perempuan dan Perlindungan Anak", "Kota Palu")],
    ),
    # the organisation after the words of a unit: the person follows the comma
    (
        "Deputi Bidang Perlindungan Anak Kementerian Sosial, Ratna Sari, membuka acara.",
        [("Ratna Sari", "Deputi Bidang Perlindungan Anak", "Kementerian Sosial")],
    ),
    # a village the article names elsewhere is the head's body, not part of the name
    (
        "Desa Sukamaju meraih penghargaan. Kepala Desa Sukamaju Budi Santoso bersyukur.",
        [("Budi Santoso", "Kepala Desa", "Desa Sukamaju")],
    ),
    # a title of two titles' words (`Asisten Deputi`) is one title
    (
        "Asisten Deputi Bidang Pemenuhan Hak Anak Kementerian Sosial, Rina Wati, membuka acara.",
        [("Rina Wati", "Asisten Deputi Bidang Pemenuhan Hak Anak", "Kementerian Sosial")],
    ),
    # a military or police rank is an honorific, a name abbreviation part of the name
    (
        "Kapolres Sigi AKBP Muh. Rizal Hamdani hadir.",
        [("Muh. Rizal Hamdani", "Kepala Kepolisian Resor", "Kabupaten Sigi")],
    ),
]


@pytest.mark.parametrize("text,expected", BOUNDARIES)
def test_name_boundaries(run_text, text, expected):
    rows = run_text(text).rows["officials"]
    assert [(r["name"], r["position"], r["organization"]) for r in rows] == expected


@pytest.mark.parametrize(
    "text",
    [
        # ordinary words and documents are no names
        "Keputusan Menteri Sosial Nomor 12 Tahun 2024 mengatur hal itu.",
        "Direktur Pencegahan Korupsi belum memberi keterangan.",
        "Selanjutnya, Bupati menyerahkan santunan kepada warga.",
        # a title inside a category names whom the category honours, no one
        "Anugerah Warta Daerah 2025 digelar. Tahun lalu ia meraih kategori Wali Kota Inspiratif.",
    ],
)
def test_no_person_named(run_text, text):
    assert run_text(text).rows["officials"] == []


ROLES = [
    (
        "Penghargaan itu diserahkan oleh Menteri Sosial Ratna Dewi kepada Bupati Poso Irma Santika.",
        [("Ratna Dewi", "presenter"), ("Irma Santika", "recipient")],
    ),
    (
        "Penghargaan diterima oleh Sekda Poso Hasan Basri mewakili Bupati Poso Irma Santika.",
        [("Hasan Basri", "recipient"), ("Irma Santika", "other")],
    ),
    (
        "“Kerja bersama warga,” kata Wali Kota Palu Hadi Santoso usai menerima penghargaan itu.",
        [("Hadi Santoso", "recipient")],
    ),
    (
        "Kepala Dinas Kesehatan Kota Palu Sri Wahyuni mengatakan penghargaan itu buah kerja puskesmas.",
        [("Sri Wahyuni", "speaker")],
    ),
]


@pytest.mark.parametrize("text,expected", ROLES)
def test_roles_from_frames(run_text, text, expected):
    rows = run_text(text).rows["officials"]
    assert [(r["name"], r["role"]) for r in rows] == expected
