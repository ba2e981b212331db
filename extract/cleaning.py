"""Turn raw article text into the cleaned text that every offset refers to.

Page furniture is removed by the rules in ``patterns/boilerplate.yaml``; repeated
paragraphs and lines that only repeat the headline are removed here.
"""

from __future__ import annotations

import regex

from .patterns import Patterns

_NON_WORD = regex.compile(r"\W+")
# The same for a line of ASCII, where `\W` is every sign but letters, digits and `_`:
# str.translate is faster than the regex.
_ASCII_NON_WORD = str.maketrans({chr(i): " " for i in range(128) if not (chr(i).isalnum() or chr(i) == "_")})


def line_key(line: str) -> str:
    """The words of ``line``, case-folded and joined by single spaces: two lines with one key
    say the same.

    >>> line_key("  Kota Batu—Raih “Penghargaan”! "), line_key("KOTA BATU: raih penghargaan")
    ('kota batu raih penghargaan', 'kota batu raih penghargaan')
    """
    low = line.casefold()
    if low.isascii():
        return " ".join(low.translate(_ASCII_NON_WORD).split())
    return _NON_WORD.sub(" ", low).strip()
# No text has a sign repeated 20 times or a word of 200 characters; the tokenizer pays
# quadratic time for both (each split re-reads the rest of the chunk), so they are cut.
MAX_RUN, MAX_CHUNK = 20, 200
_RUN = regex.compile(rf"([^\w\s])\1{{{MAX_RUN},}}")
_CHUNK = regex.compile(rf"\S{{{MAX_CHUNK + 1},}}")


def _tame(text: str) -> str:
    """``text`` with runs of one sign cut to ``MAX_RUN`` and spaces put into overlong chunks.
    Neither a run nor a chunk holds a space, so the whole text is tamed at once.

    >>> _tame("wah" + "!" * 50), len(_tame("x" * 450).split())
    ('wah!!!!!!!!!!!!!!!!!!!!', 3)
    """
    text = _RUN.sub(lambda m: m.group(1) * MAX_RUN, text)
    # str.split finds the longest chunk faster than the regex can look for one.
    if len(text) <= MAX_CHUNK or max(map(len, text.split()), default=0) <= MAX_CHUNK:
        return text
    return _CHUNK.sub(lambda m: " ".join(regex.findall(rf".{{1,{MAX_CHUNK}}}", m.group(0))), text)


def _alternation(patterns: list[str]):
    """One case-insensitive regex for a list of line rules, or None for none."""
    if not patterns:
        return None
    return regex.compile("|".join(f"(?:{p})" for p in patterns), regex.IGNORECASE | regex.V0)


class Cleaner:
    """Compiled boilerplate rules; build once per pattern set."""

    def __init__(self, pats: Patterns):
        bp = pats["boilerplate.yaml"]
        # A rule that opens with `.*` says "a line that holds …": alone, regex looks for its
        # words directly; in one alternation with the others it would walk every line.
        lines = [str(p) for p in bp["drop_lines"]]
        self.drop = _alternation([p for p in lines if not p.startswith(".*")])
        self.drop_holding = _alternation([p for p in lines if p.startswith(".*")])
        nxt = bp.get("drop_with_next") or []
        self.drop_next = regex.compile("|".join(f"(?:{p})" for p in nxt), regex.IGNORECASE) if nxt else None
        cut = bp.get("cut_inline") or []
        self.cut = regex.compile("|".join(f"(?:{p})" for p in cut)) if cut else None

    def clean(self, text: str) -> str:
        """Return ``text`` without furniture lines, duplicates and surplus blank lines."""
        out: list[str] = []
        seen: set[str] = set()
        title_key = ""
        skip_next = False
        for raw in _tame(text).split("\n"):
            line = raw.rstrip()
            if self.cut is not None:
                line = self.cut.sub("", line).rstrip()
            stripped = line.strip()
            if not stripped:
                if out and out[-1] != "":
                    out.append("")
                continue
            if skip_next:
                skip_next = False
                continue
            if self.drop_next is not None and self.drop_next.fullmatch(stripped):
                skip_next = True
                continue
            if (self.drop is not None and self.drop.fullmatch(stripped)) or (
                self.drop_holding is not None and self.drop_holding.fullmatch(stripped)
            ):
                continue
            key = line_key(stripped)
            if not key:
                continue
            # A headline repeated in caps (breadcrumb) or a paragraph pasted twice adds
            # nothing and would double every extraction it holds. A short line repeated is
            # an item of two lists (`1. Kota X` under two categories) and stays.
            if key in seen and (key == title_key or len(key.split()) >= 6):
                continue
            if title_key and key != title_key and key.endswith(title_key) and len(key) < 2 * len(title_key) + 20:
                continue
            if not title_key and len(key.split()) >= 4:
                title_key = key
            seen.add(key)
            out.append(line)
        while out and out[-1] == "":
            out.pop()
        return "\n".join(out) + "\n" if out else ""
