import pytest

TABLE = [
    ("Smart Governance 89,7 persen", [89.7]),
    ("pertumbuhan ekonomi yang sempat minus 1,61% di tahun 2020", [-1.61]),
    ("ekonomi tumbuh 13,45 % tahun ini", [13.45]),
    ("yakni masing-masing –2,47 persen dan –0,51 persen", [-2.47, -0.51]),
    ("dari 2020 yang masih negatif 2,07 persen", [-2.07]),
    ("naik 8 hingga 10 persen", [8.0, 10.0]),
    ("lebih dari 50 persen program", [50.0]),
    ("turun 2 persen", [2.0]),
    ("sebesar 12 per sen", [12.0]),
    ("inflasi 3 prosen", [3.0]),
]


@pytest.mark.parametrize("text,values", TABLE)
def test_percentage_values(run_text, text, values):
    rows = run_text(text).rows["percentages"]
    assert [float(r["value"]) for r in rows] == values


@pytest.mark.parametrize("text", ["dengan nilai 95,28", "indeks 3,31", "(92,14)", "Rp7,5 triliyun"])
def test_scores_without_percent_word_are_not_rows(run_text, text):
    assert run_text(text).rows["percentages"] == []


def test_subject_region_year(run_text):
    text = (
        "Seperti daerah lain, Kota Semarang merasakan dampak. Hal ini tercermin dari "
        "pertumbuhan ekonomi yang sempat minus 1,61% di tahun 2020."
    )
    (row,) = run_text(text).rows["percentages"]
    assert (row["subject"], row["region"], row["year"]) == ("pertumbuhan ekonomi", "Kota Semarang", "2020")


# What a number measures, read from its clause (issue #7), each written anew.
SUBJECTS = [
    ("Cakupan imunisasi dasar di Kota Palu mencapai 96,5 persen.", "Cakupan imunisasi dasar"),
    ("Tingkat kehadiran siswa tercatat sebesar 92 persen tahun ini.", "Tingkat kehadiran siswa"),
    # a count before `atau` and its number
    ("Peserta program itu mencapai 1.250 orang atau 64 persen dari target.", "Peserta program"),
    # a verb takes what is measured
    ("Kota Palu mencatat inflasi 2,1 persen pada Mei.", "inflasi"),
    # the number as a verb's object: what is measured follows it
    ("Pemkot menargetkan 100 persen rumah tangga memakai air bersih.", "rumah tangga"),
    # the second number of `dari … menjadi …` measures the same
    ("Angka stunting turun dari 28 persen menjadi 21,5 persen.", "Angka stunting"),
]


@pytest.mark.parametrize("text,subject", SUBJECTS)
def test_subject_from_the_clause(run_text, text, subject):
    rows = run_text(text).rows["percentages"]
    assert rows and rows[-1]["subject"] == subject
