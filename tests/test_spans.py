"""The span layer: each kind of thing is recognised once, into doc.spans, from patterns/."""

import pytest


@pytest.fixture(scope="module")
def spans(pipe):
    """Typed spans of one text: {label: [(text, data)]}."""

    def _spans(text: str):
        doc = pipe.context("t", text)
        return {label: [(i.text, i.data) for i in items] for label, items in doc.spans.items()}

    return _spans


@pytest.mark.parametrize(
    "text,expected",
    [
        # a press abbreviation of a kabupaten, typed and bare
        (
            "Pemkab Tapteng menggelar rapat di Sibolga.",
            [("Pemkab Tapteng", "Kabupaten Tapanuli Tengah"), ("Sibolga", "Kota Sibolga")],
        ),
        ("Warga Kaltara memadati alun-alun.", [("Kaltara", "Provinsi Kalimantan Utara")]),
        # a two-word name written closed up
        ("Pemkab Lampungbarat menanam pohon.", [("Pemkab Lampungbarat", "Kabupaten Lampung Barat")]),
        # an alias spelled another way
        ("Wisatawan memenuhi Kota Solo saat libur.", [("Kota Solo", "Kota Surakarta")]),
    ],
)
def test_regions(spans, text, expected):
    got = [(t, m.pick(m.type).canonical) for t, m in spans(text)["REGION"]]
    assert got == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a school with its number; the region after it is where it is, not its name
        ("SMPN 4 Ciputat Kota Tangerang Selatan berbenah.", [("SMPN 4 Ciputat", "school")]),
        # a school named by its region alone keeps it
        ("MTsN Kota Bima berbenah.", [("MTsN Kota Bima", "school")]),
        # a village and a hospital by their heads
        (
            "Desa Wisata Pujon Kidul dan RSUD Sidoarjo dikunjungi.",
            [("Desa Wisata Pujon Kidul", "village"), ("RSUD Sidoarjo", "hospital")],
        ),
        # a hospital's shaped name wins over the bare unit acronym
        ("Puskesmas Cempaka melayani warga.", [("Puskesmas Cempaka", "hospital")]),
        # a national body by its abbreviation, expanded to its name
        ("Basarnas menerjunkan tim.", [("Basarnas", "Badan Nasional Pencarian dan Pertolongan")]),
        # a company
        ("PT Sinar Harapan Baru menyerahkan bantuan.", [("PT Sinar Harapan Baru", "company")]),
        # a hospital named after a doctor
        ("RSUD dr. H. Sutomo melayani warga.", [("RSUD dr. H. Sutomo", "hospital")]),
        # a region's own unit, written with the region; its fields joined by commas and `dan`
        (
            "Dinas Pariwisata, Pemuda dan Olahraga Kabupaten Sleman berbenah.",
            [("Dinas Pariwisata, Pemuda dan Olahraga Kabupaten Sleman", "government")],
        ),
        # without its region a unit word is just a word; in a title it is the title's unit
        ("Badan Publik wajib terbuka.", []),
        ("Kepala Dinas Sosial Kota Batu Rina Sari hadir.", []),
        # a capitalised cue word inside a name is part of the name; in a headline it is not
        ("Warga menyebut Koperasi Tani Bersama sudah lama berdiri.", [("Koperasi Tani Bersama", "company")]),
        ("Koperasi Tani Bersama Warga Bangun Gudang Baru\n\nIsi berita.", [("Koperasi Tani", "company")]),
    ],
)
def test_organisations(spans, text, expected):
    got = spans(text)["ORG"]
    kinds = ("school", "village", "hospital", "company", "government")
    assert [(t, d.kind if d.kind in kinds else d.name) for t, d in got] == expected


def test_titles_take_their_modifiers(spans):
    got = [(t, d.mods, d.entry["title"]) for t, d in spans("Plt. Kepala Dinas Kesehatan hadir.")["TITLE"]]
    assert got == [("Plt. Kepala Dinas", ("Pelaksana Tugas",), "Kepala Dinas")]


def test_two_plain_titles_of_one_person(spans):
    got = [d.entry["title"] for _, d in spans("Founder dan CEO PT Arunika Data, Sekar Ayu, hadir.")["TITLE"]]
    assert got == ["Founder dan CEO"]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("meraih juara II lomba", [2]),
        ("menempati urutan kedua", [2]),
        ("posisi ketiga ditempati oleh", [3]),
        ("keluar sebagai runner up", [2]),
        ("Terbaik III diraih", [3]),
        ("peringkat ke-4", [4]),
        # a count of times is no rank
        ("untuk ketiga kalinya meraih", []),
    ],
)
def test_ranks(spans, text, expected):
    assert [d.value for _, d in spans(text)["RANK"]] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a marker and what follows, up to a stop word
        ("Kota Kendari meraih kategori kota sedang tahun ini.", ["kota sedang"]),
        # a capitalised category goes on over a joining word before a capital
        ("meraih predikat Wilayah Bebas dari Korupsi pada tahun ini", ["Wilayah Bebas dari Korupsi"]),
        # a weak marker needs a grade or a capital after it
        ("meraih tingkat Madya, bukan tingkat nasional", ["Madya"]),
        # a grade right after an award's name or acronym
        ("meraih UHC Paripurna dari pemerintah pusat", ["UHC Paripurna"]),
        # a programme named after `sebagai` is the category too
        ("dinobatkan sebagai Provinsi Layak Anak (Provila) 2024", ["Provinsi Layak Anak"]),
        # a title of merit after `sebagai`
        ("dinobatkan sebagai Sekolah Sehat Terbaik di kabupaten itu", ["Sekolah Sehat Terbaik"]),
        # an acronym in brackets inside an open category; one closing it is its gloss
        (
            "untuk kategori badan usaha milik daerah (BUMD) kabupaten tahun ini",
            ["badan usaha milik daerah (BUMD) kabupaten"],
        ),
        ("meraih predikat Wilayah Bebas dari Korupsi (WBK), kata dia", ["Wilayah Bebas dari Korupsi"]),
        # a programme whose own name ends in a grade word names no grade (`Kencana`)
        ("menerima Manggala Karya Kencana dari BKKBN; Kota Batu meraih Adipura Kencana", ["Adipura Kencana"]),
        # two markers joined by `dan` open two categories
        (
            "meraih dua penghargaan, yaitu kategori Kuliner Terbaik dan kategori Festival Terpopuler.",
            ["Kuliner Terbaik", "Festival Terpopuler"],
        ),
        # an intensifier stays inside an open category
        ("Kota Blitar meraih predikat kota sangat inovatif tahun ini.", ["kota sangat inovatif"]),
        # a title right after `kategori` belongs to the category; a lower-case title of merit
        ("dinobatkan dalam kategori Kepala Desa Peduli Air", ["Kepala Desa Peduli Air"]),
        ("dinobatkan sebagai guru berprestasi tingkat nasional", ["guru berprestasi"]),
    ],
)
def test_categories(spans, text, expected):
    assert [t for t, _ in spans(text)["CATEGORY"]] == expected


def test_category_never_swallows_a_recipient(spans):
    cats = [t for t, _ in spans("Kategori Madya ada Kota Kendari dan Kota Bau-Bau.")["CATEGORY"]]
    assert cats == ["Madya"]


def test_spans_are_written_to_the_spacy_doc(pipe):
    from extract.reading import Article

    text = "Pemkab Tapteng meraih Adipura 2024 kategori kota kecil. Bupati Tapteng Masinton Pasaribu hadir."
    res = pipe.run(Article("t", "t.txt", text=text), keep_doc=True)
    assert res.article["status"] == "ok"
    doc = res.doc
    assert [s.text for s in doc.spans["REGION"]][0] == "Pemkab Tapteng"
    assert [s.text for s in doc.spans["CATEGORY"]] == ["kota kecil"]
    assert doc.spans["AWARD"][0]._.data.canonical == "Adipura"
    assert [s.text for s in doc.spans["PERSON"]] == ["Bupati Tapteng Masinton Pasaribu"]
    # a batch run keeps no doc
    assert pipe.run(Article("t", "t.txt", text=text)).doc is None


def _ruler_spans(doc):
    return sorted((s.start, s.end, s.start_char, s.end_char, s.text, s.label_, s.id_) for s in doc.spans["lexicon"])


@pytest.mark.parametrize(
    "text",
    [
        # known names of each ruler: a region and a title (case-sensitive), an award and a
        # category written in capitals and in lower case (case-insensitive)
        "Bupati Sleman menerima Piala ADIPURA kategori kota kecil di Jakarta.",
        "Pemkot Surabaya meraih adipura dan Kota Layak Anak, Wakil Gubernur hadir.",
        "Kabupaten Batang (Jawa Tengah) dan Kab. Batang: satu daerah, dua tulisan.",
        "",
    ],
)
def test_layer_reads_the_rulers_as_span_ruler_writes_them(pipe, text):
    """The span layer reads the rulers' matchers itself (cheaper than spaCy Spans); what it
    reads is what the `span_ruler` components themselves put in ``doc.spans``."""
    layer = pipe.layer
    ours = layer(text)
    hits = sorted(h for group in ours.user_data["ruler"].values() for h in group)
    stock = layer.nlp(text)  # the components, run as spaCy runs them
    assert [tuple(h) for h in hits] == _ruler_spans(stock)
    assert hits or not text


def test_layer_reads_the_rulers_on_the_corpus(pipe):
    from extract.reading import read_dir

    from .conftest import ROOT

    for art in read_dir(ROOT / "corpus" / "raw"):
        clean = pipe.cleaner.clean(art.text)
        hits = sorted(tuple(h) for group in pipe.layer(clean).user_data["ruler"].values() for h in group)
        assert hits == _ruler_spans(pipe.layer.nlp(clean)), art.article_id
        assert len(hits) > 20


@pytest.mark.parametrize(
    "text",
    [
        "Kota Batu  meraih penghargaan.\n\nBupati (Plt.) hadir, 12,5% naik!",
        " awal spasi dan akhir spasi ",
        "satu",
        "a\n",
    ],
)
def test_expand_to_tokens_is_char_span_expand(pipe, text):
    """Every (start, end) of a text, in my own words: the offsets spaCy's expand alignment gives."""
    from extract.spans import expand_to_tokens

    doc = pipe.layer(text)
    for start in range(-1, len(text) + 2):
        for end in range(start, len(text) + 2):
            span = doc.char_span(start, end, alignment_mode="expand") if start >= 0 else None
            want = None if span is None else (span.start_char, span.end_char)
            assert expand_to_tokens(doc, start, end) == want, (start, end)
