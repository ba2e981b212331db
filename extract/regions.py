"""Region gazetteer: find province/kabupaten/kota mentions and give their canonical form.

Names come from ``patterns/regions.csv`` (Kemendagri codes); prefixes (`Pemkot`,
`Kabupaten`) and aliases (`Solo`, `Tanjungpinang`) from ``patterns/regions.yaml``; the press's
abbreviations (`Sumsel`, `Tapteng`, `PPU`) from ``patterns/region_abbreviations.yaml``.
In article text regions are found by the span layer (:meth:`Gazetteer.patterns`);
:meth:`Gazetteer.mentions_in_name` reads a short name built by an extractor.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from .normalize import key, text_of
from .patterns import Patterns

_CAP_RUN = regex.compile(r"(?:\p{Lu}[\p{L}\p{N}'’\-]*\.?)(?:[ \t]+(?:\p{Lu}[\p{L}\p{N}'’\-]*\.?))*")
_WORD = regex.compile(r"\p{Lu}[\p{L}\p{N}'’\-]*\.?")
TYPE_ORDER = ("Kota", "Kabupaten", "Provinsi")


@dataclass(frozen=True)
class Region:
    """One row of regions.csv."""

    name: str
    type: str
    code: str

    @property
    def canonical(self) -> str:
        """``Kota Bontang``, ``Kabupaten Batang``, ``Provinsi Sumatera Selatan``."""
        return f"{self.type} {self.name}"


@dataclass
class Mention:
    """A region named in text; ``type`` is set when a prefix fixed the kind."""

    start: int
    end: int
    text: str
    name_start: int
    type: str | None
    candidates: list[Region] = field(default_factory=list)

    def pick(self, prefer: str | None = None) -> Region | None:
        """The region meant, preferring ``prefer`` (or the prefix's type) when ambiguous."""
        want = self.type or prefer
        if want:
            for r in self.candidates:
                if r.type == want:
                    return r
            if self.type:
                return None
        return sorted(self.candidates, key=lambda r: TYPE_ORDER.index(r.type))[0] if self.candidates else None


class Gazetteer:
    """Lookup tables for region names, aliases and prefixes."""

    def __init__(self, pats: Patterns):
        self.by_name: dict[str, list[Region]] = {}
        self.by_code: dict[str, Region] = {}
        for row in pats.regions:
            r = Region(row["name"], row["type"], row["code"])
            self.by_name.setdefault(key(r.name), []).append(r)
            self.by_code[r.code] = r
        self.exact_names: set[str] = {r["name"] for r in pats.regions}
        ry = pats["regions.yaml"]
        abbr = pats["region_abbreviations.yaml"]["abbreviations"]
        pairs = [(a["alias"], a) for a in ry.get("aliases") or []] + [(a["abbr"], a) for a in abbr]
        for alias, a in pairs:
            target = next(r for r in self.by_name[key(a["name"])] if r.type == a["type"])
            self.by_name.setdefault(key(alias), [])
            if target not in self.by_name[key(alias)]:
                self.by_name[key(alias)].append(target)
            self.exact_names.add(str(alias))
        # `Waykanan`, `Tanjungpinang`: the press writes two-word names closed up as well.
        for r in pats.regions:
            words = r["name"].split()
            closed = "".join(words[:1] + [w.lower() for w in words[1:]])
            if len(words) == 2 and words[1][:1].isupper():
                self.exact_names.add(closed)  # `key()` ignores spaces: by_name knows it already
        self.prefixes = sorted(((p["prefix"].split(), p["type"]) for p in ry["prefixes"]), key=lambda x: -len(x[0]))
        self.prefix_first = {p[0][0] for p in self.prefixes}
        self.national = {key(n) for n in ry.get("national") or []}
        alt = "|".join(regex.escape(" ".join(p)) for p, _ in self.prefixes)
        # Searched from the right: the prefix that ends right before a name, found at once
        # (the longest first, as a search from the left finds the one that starts first).
        self._prefix_rx = regex.compile(rf"(?<![\p{{L}}])(?P<p>{alt})[ \t]+$", regex.REVERSE)
        self._prefix_type = {" ".join(p): t for p, t in self.prefixes}
        self.max_words = max(len(n.split()) for n in self.exact_names)
        # First word -> the word counts of the names it starts, longest first.
        self.lengths: dict[str, list[int]] = {}
        for n in self.exact_names:
            w = n.split()
            self.lengths.setdefault(w[0], []).append(len(w))
        for v in self.lengths.values():
            v.sort(reverse=True)

    def lookup(self, name: str, type_: str | None = None) -> Region | None:
        """Region by name (or alias), of ``type_`` when given.

        Ambiguous bare names prefer Kota, then Kabupaten, then Provinsi.
        """
        cands = self.by_name.get(key(name), [])
        if type_:
            cands = [r for r in cands if r.type == type_]
        return sorted(cands, key=lambda r: TYPE_ORDER.index(r.type))[0] if cands else None

    def patterns(self) -> list[dict]:
        """Every name, alias and abbreviation as a case-sensitive span-ruler pattern."""
        return [{"label": "REGION", "pattern": str(n), "id": key(n)} for n in sorted(self.exact_names)]

    def mentions_from_spans(self, doc, spans) -> list[Mention]:
        """Region mentions from the span ruler's REGION hits; the prefix (`Pemkot`,
        `Kabupaten`) is read from the characters right before the name."""
        from spacy.util import filter_spans

        text = text_of(doc)
        out: list[Mention] = []
        for sp in sorted(filter_spans(spans), key=lambda x: x.start_char):
            s, e = sp.start_char, sp.end_char
            regions = self.by_name[sp.id_]  # the pattern's id is key() of its name
            pm = self._prefix_rx.search(text, max(0, s - 30), s)
            if pm:
                ptype = self._prefix_type[pm["p"]]
                typed = [r for r in regions if r.type == ptype]
                if typed:
                    ps = pm.start("p")
                    out.append(Mention(ps, e, text[ps:e], s, ptype, typed))
                    continue
            out.append(Mention(s, e, text[s:e], s, None, list(regions)))
        return out

    def mentions_in_name(self, text: str) -> list[Mention]:
        """Region mentions in a short name an extractor built (`Dinas Kesehatan Kota Batu`):
        typed (`Pemkot Bontang`) or bare (`Bandung`)."""
        out: list[Mention] = []
        for run in _CAP_RUN.finditer(text):
            words = [(w.start() + run.start(), w.end() + run.start(), w.group(0)) for w in _WORD.finditer(run.group(0))]
            i = 0
            while i < len(words):
                got = self._match_at(words, i, text)
                if got is None:
                    i += 1
                    continue
                out.append(got[0])
                i = got[1]
        return out

    def _match_at(self, words, i, text):
        for pwords, ptype in self.prefixes if words[i][2] in self.prefix_first else ():
            k = len(pwords)
            if [w[2] for w in words[i : i + k]] == pwords:
                name = self._longest(words, i + k)
                if name:
                    j, regions = name
                    typed = [r for r in regions if r.type == ptype]
                    if typed:
                        m = self._mention(words, i, j, text, words[i + k][0], ptype, typed)
                        return m, j
        name = self._longest(words, i)
        if name:
            j, regions = name
            return self._mention(words, i, j, text, words[i][0], None, regions), j
        return None

    def _longest(self, words, i):
        if i >= len(words):
            return None
        for k in self.lengths.get(words[i][2].rstrip("."), ()):
            if i + k > len(words):
                continue
            phrase = " ".join(w[2].rstrip(".") for w in words[i : i + k])
            if phrase in self.exact_names:
                return i + k, self.by_name[key(phrase)]
        return None

    @staticmethod
    def _mention(words, i, j, text, name_start, type_, regions):
        start = words[i][0]
        end = words[j - 1][1]
        if text[end - 1] == "." and words[j - 1][2].rstrip(".") not in ("Kab", "Prov"):
            end -= 1
        return Mention(start, end, text[start:end], name_start, type_, list(regions))
