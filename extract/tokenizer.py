"""The tokenizer: spaCy's Indonesian rules, searched more cheaply and cached per word.

Tokens are exactly those of ``spacy.blank("id")`` with one extra infix rule; only the work
done to find them changes:

* Every prefix rule is anchored at the start of a chunk (``^…``), so the compiled prefix
  regex is *matched* there instead of *searched* through the chunk, which spaCy does and
  which tries every position before failing.
* spaCy caches how it split each whitespace-delimited chunk, but stops saving to that cache
  for the rest of a text once one chunk hit a special case (spaCy issue #1250) — and ``"\\n"``
  is a special case, so in a news article nothing after the first line is cached. Each chunk
  not seen before is split once on its own (where only its own special cases count), which
  fills spaCy's cache exactly as spaCy would; the text is then tokenized by spaCy as usual.
"""

from __future__ import annotations

import spacy
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

# `… Level Stars 4.Kepala Dinas …`: scraped pages glue a sentence to a number before it;
# spaCy splits `Jakarta.Adapun` already, this does the same after a digit.
EXTRA_INFIXES = (r"(?<=[0-9])\.(?=[A-Z][a-z]{2,})",)
# Distinct chunks remembered (and cached by spaCy). A news archive has a few hundred
# thousand distinct words; past this the tokenizer still works, just without new cache entries.
CACHE_CHUNKS = 300_000


class CachedTokenizer:
    """A callable ``text -> Doc`` wrapping a spaCy ``Tokenizer``; every other attribute is the
    wrapped tokenizer's, so spaCy components that use ``nlp.tokenizer`` work unchanged."""

    def __init__(self, tokenizer, limit: int = CACHE_CHUNKS):
        self._tok = tokenizer
        self._seen: set[str] = set()
        self._limit = limit
        tokenizer.max_cache_size = limit

    def __call__(self, text: str):
        """Tokenize ``text`` as spaCy does."""
        seen = self._seen
        if len(seen) < self._limit:
            tok = self._tok
            for chunk in set(text.split()).difference(seen):
                tok(chunk)
                seen.add(chunk)
        return self._tok(text)

    def pipe(self, texts, batch_size: int = 1000):
        """Tokenize a stream of texts."""
        for text in texts:
            yield self(text)

    def __getattr__(self, name):
        return getattr(self._tok, name)


@spacy.registry.tokenizers("extract.news_tokenizer.v1")
def news_tokenizer():
    """spaCy's tokenizer factory with the rules above; registered so that the tokenizer is
    built once (each rule set on a built tokenizer reloads its 16,000 special cases)."""

    def factory(nlp) -> Tokenizer:
        d = nlp.Defaults
        return Tokenizer(
            nlp.vocab,
            rules=d.tokenizer_exceptions,
            prefix_search=compile_prefix_regex(d.prefixes).match,
            suffix_search=compile_suffix_regex(d.suffixes).search,
            infix_finditer=compile_infix_regex([*d.infixes, *EXTRA_INFIXES]).finditer,
            token_match=d.token_match,
            url_match=d.url_match,
        )

    return factory


def blank():
    """``spacy.blank("id")`` with the project's tokenizer rules."""
    return spacy.blank("id", config={"nlp": {"tokenizer": {"@tokenizers": "extract.news_tokenizer.v1"}}})


def cache(nlp) -> None:
    """Wrap ``nlp``'s tokenizer in :class:`CachedTokenizer`. Called once the span rulers hold
    their patterns: thousands of short phrases gain nothing from the cache."""
    if not isinstance(nlp.tokenizer, CachedTokenizer):
        nlp.tokenizer = CachedTokenizer(nlp.tokenizer)
