"""Load and validate the rule data in ``patterns/``; report mistakes as ``file:line``.

Every file has a schema below. Loading checks unknown keys, missing fields, wrong
types, duplicate aliases and regular expressions that do not compile, and collects
*all* mistakes before raising, so a user fixes a pattern set in one round.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

import regex
import yaml

DEFAULT_DIR = Path(__file__).resolve().parent.parent / "patterns"
REGION_TYPES = ("Kota", "Kabupaten", "Provinsi")
RELATIONS = ("win", "present", "speak", "accompany")
ORG_KINDS = ("school", "village", "university", "hospital", "company", "police", "office", "community", "government")
INSTITUTION_KINDS = (
    "ministry",
    "coordinating_ministry",
    "agency",
    "commission",
    "state_company",
    "state_bank",
    "legislature",
    "judiciary",
    "security",
    "other",
)


def alternation(words) -> str:
    """A regular-expression alternation of literal ``words``, longest first; a space inside a
    phrase matches any run of whitespace. An empty list matches nothing.

    >>> print(alternation(["di", "yang diwakili", "thn."]))
    yang\\s+diwakili|thn\\.|di
    """
    phrases = sorted((str(x) for x in words), key=len, reverse=True)
    return "|".join(r"\s+".join(regex.escape(w) for w in x.split()) for x in phrases) or "(?!)"


class PatternError(Exception):
    """One or more mistakes in pattern files; ``str()`` lists them as ``file:line: what``."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


class _Str(str):
    line = 0


class _Map(dict):
    line = 0


class _Seq(list):
    line = 0


class _LineLoader(yaml.SafeLoader):
    """SafeLoader that remembers the line of every mapping, sequence and string."""


def _construct_mapping(loader, node):
    m = _Map(loader.construct_mapping(node, deep=True))
    m.line = node.start_mark.line + 1
    return m


def _construct_seq(loader, node):
    s = _Seq(loader.construct_sequence(node, deep=True))
    s.line = node.start_mark.line + 1
    return s


def _construct_str(loader, node):
    s = _Str(loader.construct_scalar(node))
    s.line = node.start_mark.line + 1
    return s


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_seq)
_LineLoader.add_constructor("tag:yaml.org,2002:str", _construct_str)

# Schema language: a dict maps key -> (type, required). A type is str, int, bool, dict,
# "regex" (a string that must compile), a tuple of allowed strings, a list [T] of T, or
# a nested dict schema (for list items).
_STR_LIST = [str]
_REGEX_LIST = ["regex"]
SCHEMAS: dict[str, dict] = {
    "awards.yaml": {
        "programmes": (
            [
                {
                    "canonical": (str, True),
                    "acronym": (str, False),
                    "aliases": (_STR_LIST, False),
                    "organizer": (str, False),
                    "editions": (dict, False),
                    "kind": (("award", "programme"), False),
                    "categories": (_STR_LIST, False),
                    "grades": (_STR_LIST, False),
                    "personal": (bool, False),
                }
            ],
            True,
        ),
        "head_words": (_STR_LIST, True),
        "edition_prefixes": (_STR_LIST, True),
    },
    "categories.yaml": {
        "names": ([("name_or_map")], True),
        "patterns": ([{"pattern": ("regex", True), "type": (REGION_TYPES, False)}], False),
        "level_only": (_STR_LIST, False),
        "markers": (_STR_LIST, True),
        "anaphora": (_STR_LIST, False),
        "weak_markers": (_STR_LIST, False),
        "grades": (_STR_LIST, False),
        "keep_words": (_STR_LIST, False),
        "joining_words": (_STR_LIST, False),
        "award_markers": (_STR_LIST, False),
        "as_markers": (_STR_LIST, False),
        "evaluative": (_STR_LIST, False),
    },
    "positions.yaml": {
        "modifiers": ([{"title": (str, True), "aliases": (_STR_LIST, False)}], True),
        "titles": (
            [
                {
                    "title": (str, True),
                    "aliases": (_STR_LIST, False),
                    "takes_body": (bool, False),
                    "region_type": (REGION_TYPES, False),
                    "org_prefix": (str, False),
                    "default_org": (str, False),
                }
            ],
            True,
        ),
        "document_words": (_STR_LIST, False),
        "connecting_words": (_STR_LIST, True),
        "local_words": (_STR_LIST, True),
        "apposition_words": (_STR_LIST, True),
        "represented_by": (_STR_LIST, True),
        "head_titles": (_STR_LIST, True),
        "chaired_by": (_STR_LIST, True),
        "chair_title": (str, True),
    },
    "honorifics.yaml": {
        "honorifics": (_STR_LIST, True),
        "degrees": (_STR_LIST, True),
        "ranks": (_STR_LIST, False),
        "name_abbreviations": (_STR_LIST, False),
        "dotted_abbreviations": (_STR_LIST, True),
    },
    "organizations.yaml": {
        "abbreviations": ([{"short": (str, True), "full": (str, True)}], True),
        "starters": (_STR_LIST, True),
        "acronyms": (_STR_LIST, False),
        "suffixes": (_STR_LIST, False),
        "unit_words": (_STR_LIST, False),
        "unit_heads": (_STR_LIST, True),
    },
    "regions.yaml": {
        "prefixes": ([{"prefix": (str, True), "type": (REGION_TYPES, True)}], True),
        "aliases": (
            [{"alias": (str, True), "name": (str, True), "type": (REGION_TYPES, True)}],
            False,
        ),
        "national": (_STR_LIST, False),
    },
    "boilerplate.yaml": {
        "drop_lines": (_REGEX_LIST, True),
        "drop_with_next": (_REGEX_LIST, False),
        "cut_inline": (_REGEX_LIST, False),
    },
    "vocabulary.yaml": {
        k: (_REGEX_LIST, True)
        for k in (
            "award_words win_verbs rank_words receive_cues receive_verbs present_cues "
            "present_verbs speech_cues_before speech_verbs_after companion_cues "
            "organizer_cues venue_heads event_words nominee_cues score_cues personal_award_words award_lead_words "
            "award_heads time_words held_words"
        ).split()
    },
    "header.yaml": {
        "credit_labels": ({"author": (_STR_LIST, True), "editor": (_STR_LIST, True)}, True),
        "bylines": (_STR_LIST, True),
        "stamp_words": (_STR_LIST, True),
        "counters": (_STR_LIST, False),
        "not_title": (_STR_LIST, True),
        "domains": (_STR_LIST, True),
    },
    "dates.yaml": {
        "months": (dict, False),
        "weekdays": (dict, False),
        "zones": (_STR_LIST, True),
        "year_words": (_STR_LIST, True),
    },
    "frames.yaml": {
        "not_subject": (_STR_LIST, True),
        "via": (_STR_LIST, True),
        "subject_after": (_STR_LIST, True),
        "pronouns": (_STR_LIST, True),
        "negations": (_STR_LIST, False),
        "frames": (
            [
                {
                    "name": (str, True),
                    "relation": (RELATIONS, True),
                    "argument": (("before", "after"), True),
                    "prize": (("before", "after"), False),
                    "cues": (_STR_LIST, True),
                    "max_scope": (int, False),
                    "needs_award": (bool, False),
                    "needs_prize": (bool, False),
                    "dates_edition": (bool, False),
                    "targets": ([("REGION", "ORG", "PERSON")], False),
                    "with": ([RELATIONS], False),
                }
            ],
            True,
        ),
    },
    "lists.yaml": {
        k: (_STR_LIST, True)
        for k in (
            "separators joiners leads co_leads respectively sequence clause_breaks besides heading_separators handed_to"
        ).split()
    }
    | {"numbering": ("regex", True), "group_words": (_STR_LIST, False)},
    "ranks.yaml": {
        "labels": (_STR_LIST, True),
        "ordinals": (dict, True),
        "roman": (dict, False),
        "fixed": (dict, False),
        "next_words": (_STR_LIST, False),
        "first_place": (_STR_LIST, False),
        "not_before": (_STR_LIST, False),
    },
    "org_shapes.yaml": {
        "branch_words": (_STR_LIST, False),
        "shapes": (
            [
                {
                    "kind": (ORG_KINDS, True),
                    "heads": (_STR_LIST, True),
                    "number": (("none", "optional", "required"), False),
                    "name": (("required", "optional"), False),
                    "joins": (_STR_LIST, False),
                    "lead_words": (_STR_LIST, False),
                    "region": (("place", "part"), False),
                }
            ],
            True,
        )
    },
    "institutions.yaml": {
        "institutions": (
            [
                {
                    "name": (str, True),
                    "abbreviations": (_STR_LIST, False),
                    "aliases": (_STR_LIST, False),
                    "kind": (INSTITUTION_KINDS, True),
                    "since": (int, False),
                    "until": (int, False),
                    "predecessor": ("str_or_list", False),
                    "successor": ("str_or_list", False),
                }
            ],
            True,
        )
    },
    "units.yaml": {"units": ([{"abbr": (str, True), "name": (str, True)}], True)},
    "region_abbreviations.yaml": {
        "abbreviations": ([{"abbr": (str, True), "name": (str, True), "type": (REGION_TYPES, True)}], True)
    },
    "percentages.yaml": {
        "units": (_REGEX_LIST, True),
        "negative": (_REGEX_LIST, True),
        "ranges": (_REGEX_LIST, True),
        "subjects": (_STR_LIST, True),
        "linkers": (_STR_LIST, True),
        "boundaries": (_STR_LIST, True),
        "objects": (_STR_LIST, True),
        "year_preps": (_STR_LIST, True),
        "place_time_words": (_STR_LIST, True),
        "boundaries_after": (_STR_LIST, True),
        "relative_words": (_STR_LIST, True),
        "subject_suffixes": (_STR_LIST, True),
    },
}


def _check(value, typ, where: str, line: int, problems: list[str]) -> None:
    """Check ``value`` against schema type ``typ``; append ``file:line: what`` problems."""
    line = getattr(value, "line", 0) or line
    if typ == "name_or_map":
        if isinstance(value, dict):
            _check_map(value, {"name": (str, True), "aliases": (_STR_LIST, False)}, where, problems)
        elif not isinstance(value, str):
            problems.append(f"{where}:{line}: expected a category name or {{name, aliases}}")
        return
    if typ == "str_or_list":
        if isinstance(value, list):
            _check(value, _STR_LIST, where, line, problems)
        elif not isinstance(value, str):
            problems.append(f"{where}:{line}: expected text or a list of texts")
        return
    if typ == "regex":
        if not isinstance(value, str):
            problems.append(f"{where}:{line}: expected a regular expression (a string)")
            return
        try:
            regex.compile(value)
        except regex.error as exc:
            problems.append(f"{where}:{line}: regular expression does not compile: {exc}")
        return
    if isinstance(typ, tuple):
        if value not in typ:
            problems.append(f"{where}:{line}: {value!r} is not one of {', '.join(typ)}")
        return
    if isinstance(typ, list):
        if not isinstance(value, list):
            problems.append(f"{where}:{line}: expected a list")
            return
        for item in value:
            _check(item, typ[0], where, getattr(value, "line", line), problems)
        return
    if isinstance(typ, dict):
        if not isinstance(value, dict):
            problems.append(f"{where}:{line}: expected a mapping with keys {', '.join(typ)}")
            return
        _check_map(value, typ, where, problems)
        return
    if typ is str and not isinstance(value, str):
        problems.append(f"{where}:{line}: expected text, got {type(value).__name__}")
    elif typ is int and (isinstance(value, bool) or not isinstance(value, int)):
        problems.append(f"{where}:{line}: expected a whole number")
    elif typ is bool and not isinstance(value, bool):
        problems.append(f"{where}:{line}: expected true or false")
    elif typ is dict and not isinstance(value, dict):
        problems.append(f"{where}:{line}: expected a mapping")


def _check_map(data: dict, schema: dict, where: str, problems: list[str]) -> None:
    line = getattr(data, "line", 0)
    for key in data:
        if key not in schema:
            kline = getattr(key, "line", line)
            problems.append(f"{where}:{kline}: unknown key {key!r} (allowed: {', '.join(schema)})")
    for key, (typ, required) in schema.items():
        if key not in data:
            if required:
                problems.append(f"{where}:{line}: missing field {key!r}")
            continue
        _check(data[key], typ, where, line, problems)


def _aliases_unique(items, keys, where: str, problems: list[str], what: str) -> None:
    """Report an alias that names two different entries."""
    seen: dict[str, str] = {}
    for item in items or []:
        if not isinstance(item, dict):
            continue
        owner = str(item.get(keys[0], ""))
        names = [item.get(k) for k in keys[1:]]
        flat = []
        for n in names:
            flat.extend(n if isinstance(n, list) else [n] if n else [])
        for alias in flat:
            if not isinstance(alias, str):
                continue
            key = alias.casefold()
            if key in seen and seen[key] != owner:
                line = getattr(alias, "line", getattr(item, "line", 0))
                problems.append(f"{where}:{line}: duplicate {what} {alias!r} (already used by {seen[key]!r})")
            seen[key] = owner


def _unique(items, field_: str, where: str, problems: list[str]) -> None:
    """Report a ``field_`` value that two entries of one list share."""
    seen: dict[str, int] = {}
    for item in items or []:
        value = item.get(field_) if isinstance(item, dict) else None
        if not isinstance(value, str):
            continue
        line = getattr(item, "line", 0)
        if value in seen:
            problems.append(f"{where}:{line}: {field_} {value!r} repeats the entry of line {seen[value]}")
        seen[value] = line


@dataclass
class Patterns:
    """Validated pattern data, as plain Python values, plus the directory it came from."""

    root: Path
    data: dict[str, dict] = field(default_factory=dict)
    regions: list[dict] = field(default_factory=list)

    def __getitem__(self, name: str) -> dict:
        return self.data[name]


def load(root: str | Path | None = None) -> Patterns:
    """Load every pattern file under ``root`` (default ``patterns/``), validated.

    Raises :class:`PatternError` listing each mistake as ``patterns/<file>:<line>: …``.
    """
    root = Path(root) if root else DEFAULT_DIR
    problems: list[str] = []
    pats = Patterns(root=root)
    if not root.is_dir():
        raise PatternError([f"{root}: pattern folder not found"])
    for name, schema in SCHEMAS.items():
        path = root / name
        where = f"{root.name}/{name}"
        if not path.exists():
            problems.append(f"{where}:0: file is missing")
            continue
        try:
            data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LineLoader)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line = mark.line + 1 if mark else 0
            problems.append(f"{where}:{line}: not valid YAML: {getattr(exc, 'problem', exc)}")
            continue
        if not isinstance(data, dict):
            problems.append(f"{where}:1: expected a mapping at the top level")
            continue
        _check_map(data, schema, where, problems)
        pats.data[name] = data
    if "awards.yaml" in pats.data:
        _aliases_unique(
            pats.data["awards.yaml"].get("programmes"),
            ["canonical", "canonical", "acronym", "aliases"],
            f"{root.name}/awards.yaml",
            problems,
            "award name",
        )
    if "positions.yaml" in pats.data:
        _aliases_unique(
            pats.data["positions.yaml"].get("titles"),
            ["title", "title", "aliases"],
            f"{root.name}/positions.yaml",
            problems,
            "title alias",
        )
    if "institutions.yaml" in pats.data:
        items = pats.data["institutions.yaml"].get("institutions")
        where = f"{root.name}/institutions.yaml"
        _aliases_unique(items, ["name", "name", "abbreviations", "aliases"], where, problems, "institution name")
        names = {str(i.get("name")) for i in items or [] if isinstance(i, dict)}
        for i in items or []:
            for k in ("predecessor", "successor"):
                targets = i.get(k) if isinstance(i, dict) else None
                for t in [targets] if isinstance(targets, str) else targets or []:
                    if t not in names:
                        problems.append(f"{where}:{getattr(i, 'line', 0)}: {k} {t!r} is not an entry of this file")
    _months_complete((pats.data.get("dates.yaml") or {}).get("months"), f"{root.name}/dates.yaml", problems)
    for file, list_key, field_ in (
        ("units.yaml", "units", "abbr"),
        ("frames.yaml", "frames", "name"),
        ("region_abbreviations.yaml", "abbreviations", "abbr"),
    ):
        _unique((pats.data.get(file) or {}).get(list_key), field_, f"{root.name}/{file}", problems)
    pats.regions = _load_regions(root, problems)
    if pats.regions:
        known = {(r["name"], r["type"]) for r in pats.regions}
        checks = [("regions.yaml", "aliases", "alias"), ("region_abbreviations.yaml", "abbreviations", "abbreviation")]
        for file, list_key, what in checks:
            for a in (pats.data.get(file) or {}).get(list_key) or []:
                if isinstance(a, dict) and (a.get("name"), a.get("type")) not in known:
                    problems.append(
                        f"{root.name}/{file}:{getattr(a, 'line', 0)}: {what} target "
                        f"{a.get('type')} {a.get('name')!r} is not in regions.csv"
                    )
    if problems:
        raise PatternError(problems)
    return pats


def _months_complete(months, where: str, problems: list[str]) -> None:
    """Every extra month name maps to a month number from 1 to 12."""
    if not isinstance(months, dict):
        return
    for name, number in months.items():
        if isinstance(number, bool) or not isinstance(number, int) or not 1 <= number <= 12:
            line = getattr(name, "line", 0) or getattr(months, "line", 0)
            problems.append(f"{where}:{line}: month {name!r} needs a month number from 1 to 12")


def _load_regions(root: Path, problems: list[str]) -> list[dict]:
    path = root / "regions.csv"
    if not path.exists():
        problems.append(f"{root.name}/regions.csv:0: file is missing")
        return []
    rows = []
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        need = {"code", "name", "type", "province_code", "province"}
        if not need <= set(reader.fieldnames or []):
            problems.append(f"{root.name}/regions.csv:1: header must have {', '.join(sorted(need))}")
            return []
        for i, row in enumerate(reader, start=2):
            if row["type"] not in REGION_TYPES:
                problems.append(f"{root.name}/regions.csv:{i}: unknown type {row['type']!r}")
            rows.append(row)
    return rows
