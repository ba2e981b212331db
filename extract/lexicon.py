"""Indonesian word lists that ship with PySastrawi: its root-word dictionary (to tell a
common word from a one-word name) and its stop-word list (to end an open category).

Nothing is downloaded: both lists are data files inside the installed package.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _roots() -> frozenset[str]:
    from importlib.resources import files

    text = files("Sastrawi").joinpath("Stemmer/data/kata-dasar.txt").read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.split() if w.strip())


@lru_cache(maxsize=1)
def _stemmer():
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer()


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """Sastrawi's Indonesian stop words (`yang`, `untuk`, `dalam` …)."""
    from Sastrawi.StopWordRemover.StopWordRemoverFactory import StopWordRemoverFactory

    return frozenset(StopWordRemoverFactory().get_stop_words())


_DERIVING_PREFIXES = ("me", "be", "te", "di", "pe", "ke", "se")


@lru_cache(maxsize=8192)
def is_common_word(word: str) -> bool:
    """``word`` is an ordinary Indonesian word: a stop word, or a word derived by affixes from
    a root word (`Selanjutnya` → lanjut, `Keputusan` → putus). A one-word "name" that is a
    common word is no name. Root words alone do not count: Sastrawi's root list also holds
    many personal names (`agus`, `suryani`).

    >>> [is_common_word(w) for w in ("Selanjutnya", "Keputusan", "Sementara", "Indartato", "Suryani", "Hadi")]
    [True, True, True, False, False, False]
    """
    w = word.casefold().strip(".,")
    if not w.isalpha() or len(w) < 2:
        return False
    if w in stop_words():
        return True
    # Only prefixed forms count: a suffix alone (`Hadi`, `Fadillah`) is too often a name.
    if not w.startswith(_DERIVING_PREFIXES):
        return False
    stem = _stemmer().stem(w)
    return stem != w and len(stem) >= 3 and stem in _roots()


_VERB_PREFIXES = ("me", "ber", "ter", "di")


@lru_cache(maxsize=8192)
def is_verb(word: str) -> bool:
    """``word`` is a verb formed with a verbal prefix from a root word (`mencatat`,
    `mensyaratkan`, `berjalan`, `dinilai`); nouns formed with `pe-`/`ke-` are not.

    >>> [is_verb(w) for w in ("mencatat", "berjalan", "pertumbuhan", "keaktifan", "Kota")]
    [True, True, False, False, False]
    """
    w = word.casefold()
    if not w.isalpha() or not w.startswith(_VERB_PREFIXES) or w in stop_words():
        return False
    stem = _stemmer().stem(w)
    return stem != w and stem in _roots()


def is_root_word(word: str) -> bool:
    """``word`` is in Sastrawi's list of root words (which holds some personal names too).

    >>> is_root_word("Korupsi"), is_root_word("Indartato")
    (True, False)
    """
    return word.casefold().strip(".,") in _roots()
