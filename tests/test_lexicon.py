"""Word lists packaged with PySastrawi: common words and verbs are no names or subjects."""

import pytest

from extract.lexicon import is_common_word, is_root_word, is_verb, stop_words


@pytest.mark.parametrize(
    "word,common",
    [
        ("Selanjutnya", True),
        ("Keputusan", True),
        ("Pencegahan", True),
        ("Sementara", True),
        ("Indartato", False),
        ("Hadi", False),
        ("Fadillah", False),
        ("I", False),
    ],
)
def test_common_words(word, common):
    assert is_common_word(word) is common


@pytest.mark.parametrize("word,verb", [("mencatat", True), ("dinilai", True), ("pertumbuhan", False), ("Kota", False)])
def test_verbs(word, verb):
    assert is_verb(word) is verb


def test_lists_come_from_the_package():
    assert "yang" in stop_words() and is_root_word("korupsi")
