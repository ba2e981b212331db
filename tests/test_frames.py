"""Relation frames (patterns/frames.yaml): one engine finds each cue's argument."""

import pytest

from extract.pipeline import RELATIONS


@pytest.fixture(scope="module")
def relations(pipe):
    """(frame name, argument texts) of every relation of one text."""

    def _rel(text: str):
        doc = pipe.context("t", text)
        pipe.officials.find(doc)
        rels = pipe.frames.relations(doc, doc.targets, RELATIONS)
        return [(r.frame.relation, [a.text for a in r.args]) for r in rels]

    return _rel


@pytest.mark.parametrize(
    "text,expected",
    [
        # the subject before an active verb
        ("Kota Kendari meraih penghargaan Adipura 2024.", [("win", ["Kota Kendari"])]),
        # the argument after a passive verb, with the list joined to it
        (
            "Penghargaan Adipura 2024 diraih oleh Kota Kendari, Kota Palu dan Kabupaten Gowa.",
            [("win", ["Kota Kendari", "Kota Palu", "Kabupaten Gowa"])],
        ),
        # with no subject, the list after a lead is who won
        (
            "Tiga daerah meraih penghargaan Adipura 2024, yaitu Kota Kendari dan Kota Palu.",
            [("win", ["Kota Kendari", "Kota Palu"])],
        ),
        # a list the next sentence opens with a lead
        (
            "Penghargaan Adipura 2024 juga diraih 12 daerah lain. Antara lain Kota Palu dan Kota Bitung.",
            [("win", ["Kota Palu", "Kota Bitung"])],
        ),
        # a place after a preposition is no subject
        ("Di Kota Palu, Kabupaten Sigi meraih penghargaan Adipura 2024.", [("win", ["Kabupaten Sigi"])]),
        # a province after a region of its own is where it lies
        ("Kabupaten Gowa, Sulawesi Selatan, meraih penghargaan Adipura 2024.", [("win", ["Kabupaten Gowa"])]),
    ],
)
def test_win_frames(relations, text, expected):
    assert [r for r in relations(text) if r[0] == "win"] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Penghargaan diserahkan oleh Menteri Sosial Ratna Dewi kepada Wali Kota Palu Hadi Santoso.",
            [("present", ["Menteri Sosial Ratna Dewi"]), ("win", ["Wali Kota Palu Hadi Santoso"])],
        ),
        # `kata X`: the speaker after the cue; `X menjelaskan`: the speaker before it
        ("“Kami bersyukur,” kata Bupati Sigi Rizal Hamdani.", [("speak", ["Bupati Sigi Rizal Hamdani"])]),
        # `A melalui B menjelaskan`: B speaks for A
        (
            "Kepala Dinas Kesehatan Kota Palu, Sri Wahyuni, melalui Kepala Bidang Pelayanan, Nur "
            "Aini, menjelaskan bahwa layanan membaik.",
            [("speak", ["Kepala Bidang Pelayanan, Nur Aini"])],
        ),
        # who only came along is claimed by `didampingi`, not by the verb after
        (
            "Bupati Sigi Rizal Hamdani didampingi Sekda Sigi Ahmad Yani menerima penghargaan itu.",
            [("accompany", ["Sekda Sigi Ahmad Yani"]), ("win", ["Bupati Sigi Rizal Hamdani"])],
        ),
    ],
)
def test_people_frames(relations, text, expected):
    assert sorted(relations(text)) == sorted(expected)


def test_subject_after_a_time_word(relations):
    text = "Usai menerima penghargaan, Bupati Sigi Rizal Hamdani menyampaikan terima kasih."
    assert ("win", ["Bupati Sigi Rizal Hamdani"]) in relations(text)


def test_quoted_subject_is_not_the_speakers(relations):
    text = "“Kota Palu layak meraih lebih,” ujar Wali Kota Palu Hadi Santoso saat menerima penghargaan itu."
    # `menerima` outside the quote takes the speaker, not the region named inside it
    assert ("win", ["Wali Kota Palu Hadi Santoso"]) in relations(text)
