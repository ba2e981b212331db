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
