"""Make a copy of a pattern set without the knowledge that only some articles need.

Used to measure generalisation: strip every programme and category that appears only in
the dev articles, then score the dev articles with what is left (`make eval-stripped`).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import regex
import yaml

from .patterns import DEFAULT_DIR
from .reading import read_dir


def _texts(folder: Path) -> str:
    return "\n".join(a.text for a in read_dir(folder) if not a.error).casefold()


def _mentioned(names: list[str], text: str) -> bool:
    return any(regex.search(rf"(?<![\p{{L}}]){regex.escape(n.casefold())}(?![\p{{L}}])", text) for n in names if n)


def strip_patterns(src: Path | None, keep_from: Path, drop_from: Path, into: Path) -> dict[str, list[str]]:
    """Copy ``src`` to ``into`` without programmes and categories named only in ``drop_from``."""
    src = Path(src) if src else DEFAULT_DIR
    keep, drop = _texts(keep_from), _texts(drop_from)
    if into.exists():
        shutil.rmtree(into)
    shutil.copytree(src, into)
    removed: dict[str, list[str]] = {"programmes": [], "categories": [], "category patterns": []}
    awards = yaml.safe_load((src / "awards.yaml").read_text(encoding="utf-8"))
    kept = []
    for p in awards["programmes"]:
        names = [p["canonical"], p.get("acronym", ""), *(p.get("aliases") or [])]
        if _mentioned(names, drop) and not _mentioned(names, keep):
            removed["programmes"].append(p["canonical"])
        else:
            kept.append(p)
    awards["programmes"] = kept
    (into / "awards.yaml").write_text(yaml.safe_dump(awards, allow_unicode=True, sort_keys=False), encoding="utf-8")
    cats = yaml.safe_load((src / "categories.yaml").read_text(encoding="utf-8"))
    names = []
    for c in cats["names"]:
        all_names = [c] if isinstance(c, str) else [c["name"], *(c.get("aliases") or [])]
        if _mentioned(all_names, drop) and not _mentioned(all_names, keep):
            removed["categories"].append(all_names[0])
        else:
            names.append(c)
    cats["names"] = names
    pats = []
    for p in cats.get("patterns") or []:
        rx = regex.compile(p["pattern"], regex.I)
        if rx.search(drop) and not rx.search(keep):
            removed["category patterns"].append(p["pattern"])
        else:
            pats.append(p)
    cats["patterns"] = pats
    (into / "categories.yaml").write_text(yaml.safe_dump(cats, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return removed
