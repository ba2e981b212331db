"""The project's tokenizer gives exactly the tokens of spaCy's Indonesian tokenizer (with the
one extra infix rule), however often a text or a word comes back: the per-word cache and the
anchored prefix match change the work done, never the result."""

from __future__ import annotations

import pytest
import spacy
from hypothesis import given
from hypothesis import strategies as st
from spacy.util import compile_infix_regex

from extract import tokenizer

from .conftest import ROOT

REF = spacy.blank("id")
REF.tokenizer.infix_finditer = compile_infix_regex([*REF.Defaults.infixes, *tokenizer.EXTRA_INFIXES]).finditer
OURS = tokenizer.blank()
tokenizer.cache(OURS)


def _tokens(nlp, text):
    return [(t.text, t.whitespace_, t.norm_) for t in nlp.tokenizer(text)]


# Shapes where whitespace, special cases (`dr.`, reduplication, emoticons), affixes and
# infixes meet; each text is tokenized twice so the second pass comes from the cache.
CASES = [
    "",
    " ",
    "  ",
    " di depan",
    "dua  spasi",
    "baris\nbaru \n lagi",
    "tab\tdan akhir ",
    "akhir  ",
    "\n\nKota Baru",
    "tanpa\u00a0putus",
    "Dr. Ir. H. Budi, M.Si. menerima anak-anak (:",
    "kata-kata :) (Bogor) :-) selesai.",
    "tgl. 5.Kepala Dinas 12,5% (2024/2025)",
    "https://contoh.id/a-b?c=1 surat@contoh.id",
    "“Kami bangga,” ujarnya.",
    "\n",
]


@pytest.mark.parametrize("text", CASES)
def test_same_tokens_as_spacy(text):
    assert _tokens(OURS, text) == _tokens(REF, text)
    assert _tokens(OURS, text) == _tokens(REF, text)


def test_same_tokens_on_the_corpus():
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").rglob("raw/*.txt"))]
    assert len(texts) >= 5
    for text in texts + texts:
        assert _tokens(OURS, text) == _tokens(REF, text)


def test_a_special_case_does_not_stop_caching():
    # `\n` is one of spaCy's special cases; words after it are still cached, which the
    # second, identical result shows is harmless.
    text = "Judul\nKota Baru meraih penghargaan."
    first = _tokens(OURS, text)
    assert first == _tokens(OURS, text) == _tokens(REF, text)
    assert "meraih" in OURS.tokenizer._seen


WORDS = st.sampled_from(
    ["Kota", "dr.", "anak-anak", ":)", "(", ")", "12,5%", "5.Kepala", "“", "\n", " ", "\u00a0", "-", "e-mail"]
)


@given(st.lists(st.one_of(WORDS, st.text(max_size=6)), max_size=30))
def test_same_tokens_on_random_text(parts):
    text = "".join(parts)
    assert _tokens(OURS, text) == _tokens(REF, text)
