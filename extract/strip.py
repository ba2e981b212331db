"""Make a copy of a pattern set without the knowledge that only some articles need.

Used to measure generalisation: strip every programme, category, alias and institution that
appears in the dev articles but in none of the kept ones, then score the dev articles with
what is left (`make eval-stripped`). What the pipeline knows about how news is *written*
(frames, list shapes, ranks, cue words) stays; only the *names* go.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import regex
import yaml

from .patterns import DEFAULT_DIR
from .reading import read_dir


def _texts(folders: list[Path]) -> str:
    return "\n".join(a.text for f in folders for a in read_dir(f) if not a.error).casefold()


def _mentioned(names, text: str) -> bool:
    return any(regex.search(rf"(?<![\p{{L}}]){regex.escape(str(n).casefold())}(?![\p{{L}}])", text) for n in names if n)


class _Stripper:
    """Decides, name by name, what only the dropped articles mention."""

    def __init__(self, keep: str, drop: str):
        self.keep, self.drop = keep, drop
        self.removed: dict[str, list[str]] = {}

    def only_dropped(self, names) -> bool:
        names = [n for n in names if n]
        return _mentioned(names, self.drop) and not _mentioned(names, self.keep)

    def note(self, what: str, name) -> None:
        self.removed.setdefault(what, []).append(str(name))

    def names(self, values, what: str) -> list:
        """``values`` without the names only the dropped articles mention."""
        out = []
        for v in values or []:
            if self.only_dropped([v]):
                self.note(what, v)
            else:
                out.append(v)
        return out

    def entries(self, items, fields, what: str, list_fields=()) -> list:
        """Entries without those only the dropped articles name (by any of ``fields``), and
        the kept entries without such names in ``list_fields``."""
        out = []
        for it in items or []:
            names = [it.get(f) for f in fields if isinstance(it.get(f), str)]
            names += [n for f in list_fields for n in it.get(f) or []]
            if self.only_dropped(names):
                self.note(what, names[0])
                continue
            for f in list_fields:
                if it.get(f):
                    it[f] = self.names(it[f], f"{what} {f}")
            out.append(it)
        return out


def _load(path: Path):
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _dump(path: Path, data) -> None:
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def strip_patterns(src: Path | None, keep_from: list[Path], drop_from: list[Path], into: Path) -> dict[str, list[str]]:
    """Copy ``src`` to ``into`` without the names mentioned only in ``drop_from``: award
    programmes (and their aliases, categories, grades), categories, region aliases and
    abbreviations, institutions and unit acronyms."""
    src = Path(src) if src else DEFAULT_DIR
    st = _Stripper(_texts(keep_from), _texts(drop_from))
    if into.exists():
        shutil.rmtree(into)
    shutil.copytree(src, into)

    awards = _load(src / "awards.yaml")
    kept = []
    for p in awards["programmes"]:
        names = [p["canonical"], p.get("acronym", ""), *(p.get("aliases") or [])]
        if st.only_dropped(names):
            st.note("programmes", p["canonical"])
            continue
        for f in ("aliases", "categories", "grades"):
            if p.get(f):
                p[f] = st.names(p[f], f"programme {f}")
        if p.get("acronym") and st.only_dropped([p["acronym"]]):
            st.note("programme acronyms", p.pop("acronym"))
        kept.append(p)
    awards["programmes"] = kept
    _dump(into / "awards.yaml", awards)

    cats = _load(src / "categories.yaml")
    names = []
    for c in cats["names"]:
        all_names = [c] if isinstance(c, str) else [c["name"], *(c.get("aliases") or [])]
        if st.only_dropped(all_names):
            st.note("categories", all_names[0])
        else:
            names.append(c)
    cats["names"] = names
    pats = []
    for p in cats.get("patterns") or []:
        rx = regex.compile(p["pattern"], regex.I)
        if rx.search(st.drop) and not rx.search(st.keep):
            st.note("category patterns", p["pattern"])
        else:
            pats.append(p)
    cats["patterns"] = pats
    cats["grades"] = st.names(cats.get("grades"), "grades")
    _dump(into / "categories.yaml", cats)

    regions = _load(src / "regions.yaml")
    regions["aliases"] = st.entries(regions.get("aliases"), ["alias"], "region aliases")
    _dump(into / "regions.yaml", regions)
    abbr = _load(src / "region_abbreviations.yaml")
    abbr["abbreviations"] = st.entries(abbr["abbreviations"], ["abbr"], "region abbreviations")
    _dump(into / "region_abbreviations.yaml", abbr)

    inst = _load(src / "institutions.yaml")
    inst["institutions"] = st.entries(inst["institutions"], ["name"], "institutions", ("abbreviations", "aliases"))
    known = {i["name"] for i in inst["institutions"]}
    for i in inst["institutions"]:
        for k in ("predecessor", "successor"):
            v = i.get(k)
            if isinstance(v, list):
                i[k] = [x for x in v if x in known] or None
            elif v is not None and v not in known:
                i[k] = None
            if i.get(k) is None:
                i.pop(k, None)
    _dump(into / "institutions.yaml", inst)
    units = _load(src / "units.yaml")
    units["units"] = st.entries(units["units"], ["abbr"], "units")
    _dump(into / "units.yaml", units)
    return st.removed
