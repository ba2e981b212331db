"""Discover what the pattern files miss in new articles, in a form to paste into them."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import regex

from .normalize import key
from .pipeline import Pipeline
from .reading import read_dir

_CAP = r"\p{Lu}[\p{L}\p{N}'’&.-]*"
_AJANG = regex.compile(
    rf"\b(?:ajang|gelaran|program|penganugerahan)\s+(?P<n>{_CAP}(?:\s+(?:{_CAP}|of|on|for|&)){{1,7}})"
)
_APPOSITION_TITLE = regex.compile(
    rf"\b(?:selaku|menjabat(?: sebagai)?)\s+(?P<t>{_CAP}(?:\s+(?:{_CAP}|of|in|&)){{0,4}})"
)
_TYPED_REGION = regex.compile(
    rf"\b(?P<p>Pemerintah Kota|Pemerintah Kabupaten|Pemerintah Provinsi|Pemkot|Pemkab|Pemprov)"
    rf"\s+(?P<n>{_CAP}(?:\s+{_CAP}){{0,2}})"
)
_TYPE = {"Pemkot": "Kota", "Pemkab": "Kabupaten", "Pemprov": "Provinsi"}


class _Found:
    def __init__(self):
        self.count: Counter = Counter()
        self.example: dict[str, str] = {}

    def add(self, item: str, sentence: str) -> None:
        self.count[item] += 1
        self.example.setdefault(item, " ".join(sentence.split())[:160])


def suggest(in_dir: Path, patterns: str | None = None) -> str:
    """Candidate award names, categories, positions and region names the patterns miss."""
    pipe = Pipeline(patterns)
    known_awards = set(pipe.awards.by_surface)
    known_titles = set(pipe.officials.title_map) | set(pipe.officials.mod_map)
    known_cats = {
        key(n)
        for c in pipe.patterns["categories.yaml"]["names"]
        for n in ([c] if isinstance(c, str) else [c["name"], *(c.get("aliases") or [])])
    }
    awards, cats, titles, regions = _Found(), _Found(), _Found(), _Found()
    for art in read_dir(in_dir):
        if art.error:
            continue
        clean = pipe.cleaner.clean(art.text)
        doc = pipe.context(art.article_id, clean)
        mentions = [a.data for a in doc.items("AWARD")]
        for m in mentions:
            if not m.known:
                awards.add(m.canonical, clean[slice(*doc.sentence_of(m.start))])
        for m in _AJANG.finditer(clean):
            name = regex.sub(r"\s+(?:19|20)\d\d$", "", m["n"]).strip()
            if key(name) not in known_awards and regex.search(r"(?i)award|anugerah|penghargaan", name):
                awards.add(name, clean[slice(*doc.sentence_of(m.start()))])
        for c in doc.items("CATEGORY"):
            if key(c.text) not in known_cats and not c.text[0].islower():
                cats.add(c.text, clean[slice(*doc.sentence_of(c.start))])
        for m in _APPOSITION_TITLE.finditer(clean):
            t = m["t"]
            if not any(t.startswith(k) for k in known_titles):
                titles.add(t, clean[slice(*doc.sentence_of(m.start()))])
        for m in _TYPED_REGION.finditer(clean):
            type_ = _TYPE.get(m["p"], m["p"].split()[-1])
            words = m["n"].split()
            if any(pipe.gaz.lookup(" ".join(words[:k]), type_) for k in range(len(words), 0, -1)):
                continue
            regions.add(f"{words[0]}|{type_}", clean[slice(*doc.sentence_of(m.start()))])
    out = ["# Paste what is right into the file named above each block; then `make check`."]
    out.append("\n# patterns/awards.yaml  (under programmes:)")
    for n, c in awards.count.most_common():
        out.append(f"  - canonical: {n}    # {c}x: {awards.example[n]}")
    out.append("\n# patterns/categories.yaml  (under names:)")
    for n, c in cats.count.most_common():
        out.append(f"  - {n}    # {c}x: {cats.example[n]}")
    out.append("\n# patterns/positions.yaml  (under titles:)")
    for n, c in titles.count.most_common():
        out.append(f"  - {{title: {n}}}    # {c}x: {titles.example[n]}")
    out.append("\n# patterns/regions.yaml  (under aliases:; set `name` to the regions.csv spelling)")
    for n, c in regions.count.most_common():
        alias, type_ = n.split("|")
        out.append(f"  - {{alias: {alias}, name: ?, type: {type_}}}    # {c}x: {regions.example[n]}")
    return "\n".join(out)
