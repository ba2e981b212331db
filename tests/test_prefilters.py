"""Searches that run a regex only where a match can start (ranks: at a rank's first word;
percentages: in windows around each unit) find exactly what the regex finds over the whole
text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

PIECES = [
    "juara", "Juara II", "peringkat ke-3", "urutan kedua", "posisi", "runner up", "terbaik", "KETIGA",
    "pertama kali", "rank", "ranking 5", "nomor 1", "kesatuan", "sebagai terbaik ke 2",
    "12", "12,5", "1.250,75", "%", " persen", "persentase", "per sen", "PERSEN", "minus", "-", "–", "hingga",
    " ", "  ", "\n", ",", ".", "(", ")", "Kota Batu", "naik", "x", "İ",
]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


@given(TEXTS)
def test_rank_candidates_find_what_the_regex_finds(pipe, text):
    r = pipe.ranks
    assert [m.span() for m in r._matches(text, 0, len(text))] == [m.span() for m in r.rx.finditer(text)]


@given(TEXTS, st.integers(0, 60), st.integers(0, 60))
def test_rank_candidates_in_a_range(pipe, text, a, b):
    r = pipe.ranks
    s, e = sorted((min(a, len(text)), min(b, len(text))))
    assert [m.span() for m in r._matches(text, s, e)] == [m.span() for m in r.rx.finditer(text, s, e)]


@given(TEXTS)
def test_percentage_windows_find_what_the_regex_finds(pipe, text):
    p = pipe.percentages
    assert [m.span() for m in p._matches(text)] == [m.span() for m in p.rx.finditer(text)]


def test_percentages_far_apart_and_close_together(pipe):
    p = pipe.percentages
    text = "naik 5 persen. " + "kata " * 200 + "turun 2,5% dan 3 hingga 4 persen."
    got = [m.group(0) for m in p._matches(text)]
    assert got == [m.group(0) for m in p.rx.finditer(text)] == ["5 persen", "2,5%", "3 hingga 4 persen"]



def _finds_what_the_regex_finds(rx, words, text):
    """``finditer_at`` with ``words`` gives the spans of ``rx.finditer`` over ``text``."""
    from extract.scan import finditer_at

    assert [m.span() for m in finditer_at(rx, text, words)] == [m.span() for m in rx.finditer(text)]


MERIT = st.lists(
    st.sampled_from(["sebagai", "Sebagai", "menjadi", "jadi", "predikat", " ", "camat terbaik", "Kota Terbaik",
                     "yang", "Desa", "Inovatif", "\n", ",", "kejadian", "sebagaimana"]),
    max_size=30,
).map("".join)


@given(MERIT)
def test_merit_titles_found_where_the_regex_finds_them(pipe, text):
    _finds_what_the_regex_finds(pipe.categories.as_marker_rx, pipe.categories._as_firsts, text)


AWARDISH = st.lists(
    st.sampled_from(["Penghargaan", "penghargaan", "anugerah", "AWARD", "Awards", "piala", "juara", "kejuaraan",
                     "penganugerahan", "trofi", " ", "\n", ",", "Kota", "x", "ß", "(", "-"]),
    max_size=30,
).map("".join)


@given(AWARDISH)
def test_award_words_found_where_the_regex_finds_them(pipe, text):
    cues = pipe.cues
    assert cues.award_word_spans(str(text)) == [m.span() for m in cues.award_words.finditer(text)]


NAMES = st.lists(
    st.sampled_from(["Tim", "Penilai", "Kota", "Cerdas", "Budi", "Santoso", "O’Neil", "yang diketuai",
                     "yang diketuai oleh", "yang dipimpin", "(TPKC)", "(TP)", "(X)", "(abc)", "( TP )", "2024",
                     " ", "  ", "\n", ",", ", ", ".", "(", ")", "oleh", "dan", "é"]),
    max_size=40,
).map("".join)


@given(NAMES)
def test_acronym_definitions_found_where_the_regex_finds_them(text):
    from extract.officials import _ACR_DEF, acronym_definitions

    assert [m.span() for m in acronym_definitions(text)] == [m.span() for m in _ACR_DEF.finditer(text)]


@given(NAMES)
def test_chaired_bodies_found_where_the_regex_finds_them(pipe, text):
    o = pipe.officials
    assert [m.span() for m in o.chaired_in(text)] == [m.span() for m in o.chaired_rx.finditer(text)]


def test_windowed_definitions_in_a_long_text(pipe):
    """Definitions and chaired bodies far apart, in my own words."""
    from extract.officials import _ACR_DEF, acronym_definitions

    text = (
        "Dewan Riset Daerah (DRD) menilai. " + "kata biasa, " * 300
        + "Tim Juri Lomba Desa, yang diketuai Siti Aminah, dan Komite Sekolah Sehat (KSS) hadir. "
        + "Panitia Pusat yang dipimpin oleh Agus Salim."
    )
    got = [m.group(0) for m in acronym_definitions(text)]
    assert got == [m.group(0) for m in _ACR_DEF.finditer(text)]
    assert got == ["Dewan Riset Daerah (DRD)", "Komite Sekolah Sehat (KSS)"]
    o = pipe.officials
    chaired = [(m["body"], m["n"]) for m in o.chaired_in(text)]
    assert chaired == [(m["body"], m["n"]) for m in o.chaired_rx.finditer(text)]
    assert chaired == [("Tim Juri Lomba Desa", "Siti Aminah"), ("Panitia Pusat", "Agus Salim")]


def test_first_words_leave_out_a_word_another_opens():
    from extract.scan import first_words

    assert first_words(["Rank", "ranking 5", "runner up", "Runner-up", "juara umum"]) == ["juara", "rank", "runner"]
    assert first_words([]) == []


@given(st.lists(st.sampled_from(["a", "B", ".", " ", "é", "1", ",", "\n", "Dr.", "’"]), max_size=20).map("".join))
def test_last_word_from_the_right_is_the_last_word(text):
    import regex

    from extract.officials import _LAST_WORD

    forward = regex.compile(r"[\p{L}.]+$").search(text)
    got = _LAST_WORD.search(text)
    assert (got and got.span()) == (forward and forward.span())


def _prefix_texts():
    from extract.patterns import load

    prefixes = [str(p["prefix"]) for p in load()["regions.yaml"]["prefixes"]]
    pieces = prefixes + [" ", "  ", "\t", "x", "A", ".", ",", "\n", "kab", "Pem"]
    return st.lists(st.sampled_from(pieces), max_size=8).map("".join)


@given(_prefix_texts())
def test_region_prefix_from_the_right_is_the_one_from_the_left(pipe, text):
    import regex

    g = pipe.gaz
    forward = regex.compile(g._prefix_rx.pattern)
    a, b = forward.search(text), g._prefix_rx.search(text)
    assert (a and (a.span(), a["p"])) == (b and (b.span(), b["p"]))


LEFT = st.lists(
    st.sampled_from(["Budi", "Santoso", "McDonald", "O’Neil", "Jean-Luc", "H.", "dr.", "selaku", "sebagai",
                     "yang merupakan", " ", "  ", "\n", ",", "(", ")", "kata", "A", "É", "'", "-", "."]),
    max_size=14,
).map("".join)


@given(LEFT)
def test_left_name_from_the_right_is_the_one_from_the_left(pipe, text):
    import regex

    rx = pipe.officials.left_name_rx
    forward = regex.compile(rx.pattern, rx.flags & ~regex.REVERSE)
    a, b = forward.search(text), rx.search(text)
    assert (a and (a.span(), a.span("n"))) == (b and (b.span(), b.span("n")))


BEFORE_AWARD = st.lists(
    st.sampled_from(["Radar", "Jember", "iNews", "Pada", "of", "on", "for", "in", "&", "Smart", "123", "2024",
                     "Jl.", "Abc.", "kota", " ", "  ", "\n", ",", ".", "-", "’", "A", "b", "É", "dan"]),
    max_size=12,
).map(lambda ws: "".join(ws) + " ")


@given(BEFORE_AWARD)
def test_name_before_award_from_the_right_is_the_one_from_the_left(pipe, text):
    import regex

    rx = pipe.awards.generic_before
    forward = regex.compile(rx.pattern, rx.flags & ~regex.REVERSE)
    a, b = forward.search(text), rx.search(text)
    assert (a and a.span()) == (b and b.span())


AFTER_AWARD_WORD = st.lists(
    st.sampled_from(["penghargaan", "Penghargaan", "PENGHARGAAN", "mendapat", "Kota", "Sehat", "2024", "of", " ",
                     "  ", "\n", ",", ".", "xpenghargaan", "Best", "&", "İ"]),
    max_size=16,
).map("".join)


@given(AFTER_AWARD_WORD)
def test_names_after_penghargaan_found_where_the_regex_finds_them(pipe, text):
    from extract.categories import _PENGHARGAAN

    _finds_what_the_regex_finds(pipe.categories.penghargaan_rx, _PENGHARGAAN, text)


LEADS = st.lists(
    st.sampled_from(["yaitu", "Yakni", "antara lain", "antara  lain", "di antaranya", "diikuti", "lalu", "kemudian",
                     "seterusnya", "dan", "Kota A", " ", "\n", ",", ":", "xyaitu", "İ"]),
    max_size=16,
).map("".join)


def _window(text: str, a: int, b: int) -> tuple[int, int]:
    return tuple(sorted((min(a, len(text)), min(b, len(text)))))


def _same_search(got, rx, text: str, s: int, e: int) -> None:
    want = rx.search(text, s, e)
    assert (got and got.span()) == (want and want.span())


@given(LEADS, st.integers(0, 40), st.integers(0, 80))
def test_list_leads_found_where_the_regex_finds_them(pipe, text, a, b):
    ls = pipe.lists
    s, e = _window(text, a, b)
    _same_search(ls.lead_in(text, s, e), ls.leads, text, s, e)
    _same_search(ls.sequence_in(text, s, e), ls.sequence, text, s, e)


CUE_TEXT = st.lists(
    st.sampled_from(["nominasi", "Masuk Nominasi", "finalis", "gagal meraih", "tidak  berhasil", "indeks", "SKOR",
                     "poin", "xnilai", "nilainya", "Kota A", " ", "\n", ",", "İ"]),
    max_size=16,
).map("".join)


@given(CUE_TEXT, st.integers(0, 40), st.integers(0, 80))
def test_cue_lists_found_where_their_regex_finds_them(pipe, text, a, b):
    s, e = _window(text, a, b)
    for name in ("nominee_cues", "score_cues"):
        _same_search(pipe.cues.search(name, text, s, e), getattr(pipe.cues, name), text, s, e)


ABBREVIATED = st.lists(
    st.sampled_from(["Kemendagri", "Diskominfo", "Kab.", "Kemenristek/BRIN", "ATR/BPN", "Dinas", "Kabupaten", "Sleman",
                     "BPBD", "Bappeda", " ", "  ", ",", "(", ")", "x", "é", "-", "1", "KemendagriX", "Kemen"]),
    max_size=10,
).map("".join)


@given(ABBREVIATED)
def test_abbreviation_table_replaces_what_the_alternation_replaces(pipe, text):
    o = pipe.officials
    assert o.abbrev_table.sub(text) == o.abbrev_rx.sub(lambda x: o.abbrev[x.group(0)], text)


def test_word_table_in_my_own_words():
    import regex

    from extract.scan import WordTable

    table = {"Dinkes": "Dinas Kesehatan", "Dinkes Prov": "Dinas Kesehatan Provinsi", "X": "Eks"}
    wt = WordTable(table)
    alt = "|".join(regex.escape(w) for w in sorted(table, key=len, reverse=True))
    rx = regex.compile(rf"(?<![\p{{L}}])(?:{alt})(?![\p{{L}}])")
    for text in ["Kepala Dinkes Prov Jambi", "Dinkesnya", "aDinkes", "X dan Y", "(Dinkes)", ""]:
        assert wt.sub(text) == rx.sub(lambda m: table[m.group(0)], text)
    assert wt.sub("Kepala Dinkes Prov Jambi") == "Kepala Dinas Kesehatan Provinsi Jambi"


RESPECTIVELY = st.lists(
    st.sampled_from(["masing-masing", "Masing-masing", "secara berturut-turut", "secara  berturut-turut",
                     "berturut-turut", "secara", "3,1 persen", "dan", " ", "\n", ",", "xmasing-masing", "İ"]),
    max_size=14,
).map("".join)


@given(RESPECTIVELY)
def test_respectively_found_where_the_regex_finds_it(pipe, text):
    _finds_what_the_regex_finds(pipe.percentages.respectively, pipe.percentages.respectively_in.firsts, text)
