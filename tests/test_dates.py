import pytest

TABLE = [
    # text as in the corpus, publication year, expected ISO date, time
    ("Sabtu, 8 November 2025", None, "2025-11-08", ""),
    ("Kamis (17/11/2022)", None, "2022-11-17", ""),
    ("Kamis (8/8)", 2024, "2024-08-08", ""),
    ("Selasa, (14/12/21)", None, "2021-12-14", ""),
    ("10 Nov 2025 14:17", None, "2025-11-10", "14:17"),
    ("Minggu 20-11-2022,17:22 WIB", None, "2022-11-20", "17:22"),
    ("Kamis | 03-08-2017 | 19:50 WIB", None, "2017-08-03", "19:50"),
    ("Tanggal :19 April 2024", None, "2024-04-19", ""),
    ("Rabu, 14 Desember 2022 | 14:18 WIB", None, "2022-12-14", "14:18"),
    ("tanggal (5/12/2022) perihal", None, "2022-12-05", ""),
    ("Rabu (1/12/2022) dengan seminar", None, "2022-12-01", ""),
    ("pada 23-12-2022", None, "2022-12-23", ""),
    ("Jumat, 23 Desember 2022 di Gedung", None, "2022-12-23", ""),
    ("Selasa (13/10)", 2020, "2020-10-13", ""),
    ("acara (Rabu, 14/12/2022) di", None, "2022-12-14", ""),
    ("Kamis (8/8/2024) pukul 19.30 WIB", None, "2024-08-08", "19:30"),
]


@pytest.mark.parametrize("text,year,iso,time", TABLE)
def test_date_spans(pipe, text, year, iso, time):
    spans = pipe.dates.resolve(pipe.dates.find(text), text, [year] if year else [])
    assert [s.date.isoformat() for s in spans] == [iso]
    assert spans[0].time == time
    assert text[spans[0].start : spans[0].end] == spans[0].text


@pytest.mark.parametrize(
    "text",
    [
        "RPJMD 2017-2022",
        "nilai 80-89,9",
        "Nomor B-1003/DJAI/AI.01.04/12/2022",
        "sejak awal Oktober 2022",
        "pada kuartal I/2022",
        "Smart Governance 89,7 persen",
    ],
)
def test_not_dates(pipe, text):
    spans = pipe.dates.resolve(pipe.dates.find(text), text, [2022])
    assert spans == []


def test_weekday_chooses_year(pipe):
    # 8 August is a Thursday in 2024, not in 2025: the weekday picks the year.
    text = "Kamis (8/8)"
    spans = pipe.dates.resolve(pipe.dates.find(text), text, [2025, 2024])
    assert spans[0].date.isoformat() == "2024-08-08"


def test_year_from_context_when_none_given(pipe):
    text = "Pada 2020 lalu acara digelar Selasa (13/10) di Denpasar."
    spans = pipe.dates.resolve(pipe.dates.find(text), text, [])
    assert [s.date.isoformat() for s in spans] == ["2020-10-13"]


def test_range_of_days_gives_a_row_per_day(pipe):
    text = "Pameran digelar pada 1-3 Desember 2023 di Jakarta."
    spans = pipe.dates.resolve(pipe.dates.find(text), text, [])
    assert [(s.text, s.date.isoformat()) for s in spans] == [("1", "2023-12-01"), ("3 Desember 2023", "2023-12-03")]


@pytest.mark.parametrize(
    "header,published",
    [
        ("Senin, 27 Februari 2023 15:30 WIB", "2023-02-27T15:30"),
        ("Oleh Ahmad Faisal | 27 Februari 2023 | 15:30 WIB", "2023-02-27T15:30"),
        ("Kompas.com - 27/02/2023, 15:30 WIB", "2023-02-27T15:30"),
        ("Diperbarui: 2023-02-27", "2023-02-27"),
        ("Tanggal :19 April 2024", "2024-04-19"),
        # A credit and a page counter may share the stamp line; so may a later update stamp.
        ("Tanggal 4 Mei 2022 - Laporan Budi Santoso - 88 Views", "2022-05-04"),
        ("Rabu, 4 Mei 2022 | 09:15 WIB Last Updated 2022-05-06T10:00:00Z", "2022-05-04T09:15"),
        ("4 Mei 2022 | 1.250 kali dibaca", "2022-05-04"),
    ],
)
def test_published_line_in_header(run_text, header, published):
    text = f"Judul Berita Penghargaan Kota\n\n{header}\n\nJAKARTA - Kota Bogor meraih penghargaan, Kamis (23/2/2023)."
    assert run_text(text).article["published"] == published


def test_date_in_a_caption_is_not_published(run_text):
    text = "Judul Berita Penghargaan Kota\n\nBupati menerima penghargaan, Kamis (6/10/2022).\n\nBATANG - Isi."
    assert run_text(text).article["published"] == ""


def test_day_without_year_before_new_year(pipe):
    import datetime as dt

    text = "Acara itu digelar pada (28/12) lalu."
    spans = pipe.dates.resolve(pipe.dates.find(text), text, [2024], dt.date(2024, 1, 5))
    assert [s.date.isoformat() for s in spans] == ["2023-12-28"]
