"""Organisations: national institutions (`patterns/institutions.yaml`), units of regional
government (`patterns/units.yaml`) and the shapes of names no list can hold
(`patterns/org_shapes.yaml`: `SMPN 3 …`, `Desa Wisata …`, `RSUD …`, `PT …`)."""

from __future__ import annotations

from dataclasses import dataclass

from .patterns import Patterns

MAX_NAME_TOKENS = 8


@dataclass(frozen=True)
class Org:
    """What an ORG span stands for."""

    name: str  # the full name: an institution's or unit's own name, a shaped name as written
    kind: str  # an institution kind, `unit`, or an org-shape kind (school, village …)
    short: str = ""  # the abbreviation written in the text, when it was one


class OrgFinder:
    """Phrase patterns for the span layer, and the rules that turn its hits into ORG spans."""

    def __init__(self, pats: Patterns):
        self.institutions = list(pats["institutions.yaml"]["institutions"])
        self.units = list(pats["units.yaml"]["units"])
        self.shapes = list(pats["org_shapes.yaml"]["shapes"])
        self.unit_by_abbr = {str(u["abbr"]): str(u["name"]) for u in self.units}
        self.branch_words = {str(w) for w in pats["org_shapes.yaml"].get("branch_words") or []}
        self.institution_by_abbr: dict[str, str] = {}
        for inst in self.institutions:
            for a in inst.get("abbreviations") or []:
                self.institution_by_abbr[str(a)] = str(inst["name"])

    # -- patterns for the span rulers ---------------------------------------------------
    def orth_patterns(self) -> list[dict]:
        """Case-sensitive phrases: abbreviations, unit acronyms, shape heads."""
        out = []
        for i, inst in enumerate(self.institutions):
            for a in inst.get("abbreviations") or []:
                out.append({"label": "ORG", "pattern": str(a), "id": f"inst:{i}"})
        for i, u in enumerate(self.units):
            out.append({"label": "UNIT", "pattern": str(u["abbr"]), "id": f"unit:{i}"})
        for i, sh in enumerate(self.shapes):
            for h in sh["heads"]:
                out.append({"label": "ORG_HEAD", "pattern": str(h), "id": f"shape:{i}"})
        return out

    def lower_patterns(self) -> list[dict]:
        """Case-insensitive phrases: the full names and aliases of institutions."""
        out = []
        for i, inst in enumerate(self.institutions):
            for n in [inst["name"], *(inst.get("aliases") or [])]:
                out.append({"label": "ORG", "pattern": str(n), "id": f"inst:{i}"})
        return out

    # -- spans --------------------------------------------------------------------------
    def org_of(self, span) -> Org:
        """The Org an institution or unit hit of the rulers stands for."""
        kind, _, idx = span.id_.partition(":")
        if kind == "unit":
            return Org(str(self.units[int(idx)]["name"]), "unit", span.text)
        inst = self.institutions[int(idx)]
        short = span.text if span.text in (inst.get("abbreviations") or []) else ""
        return Org(str(inst["name"]), str(inst["kind"]), short)

    def shaped(
        self,
        doc,
        head,
        stops: set[int],
        region_starts: dict[int, int],
        region_tokens=frozenset(),
        branch_words=frozenset(),
    ) -> tuple[int, Org] | None:
        """Extend a shape head (`SMPN`) over its number and name; (end token, Org) or None.

        ``stops`` are token indices where a name cannot go on (titles, cues); ``region_starts``
        maps the first token of a region mention to its end token: a region of its own after
        a name word is where the organisation is, not part of its name.
        """
        sh = self.shapes[int(head.id_.split(":")[1])]
        i = head.end
        n = len(doc)
        number = sh.get("number", "optional")
        if i < n and doc[i].text == "(":
            # `Sekolah Menengah Pertama Negeri (SMPN) Lubukbasung`: a bracketed acronym.
            j = i + 1
            while j < n and j - i < 4 and doc[j].text != ")":
                j += 1
            if j < n and doc[j].text == ")":
                i = j + 1
        has_number = i < n and doc[i].like_num and doc[i].text[:1].isdigit()
        if has_number and number != "none":
            i += 1
        elif number == "required":
            return None
        name_start = i
        if i < n and doc[i].like_num:
            return None  # `Desa 2024`: a number is no name
        ends_at_region = sh["kind"] == "company"
        joins, leads = set(sh.get("joins") or []), set(sh.get("lead_words") or [])
        while i < n and i - name_start < MAX_NAME_TOKENS and i not in stops:
            if i in region_starts and i > name_start:
                if sh.get("region") == "part":
                    # `Dinas Kesehatan Provinsi Bengkulu`: the region's own unit.
                    return region_starts[i], Org(doc[head.start : region_starts[i]].text, str(sh["kind"]))
                break
            joining = (doc[i].text in joins and i > name_start) or (doc[i].text in leads and i == name_start)
            if joining and i + 1 < n and _nameish(doc[i + 1]) and i + 1 not in stops:
                i += 1
                continue
            if doc[i].text == "(" and i > name_start and i + 3 < n and doc[i + 2].text == ")":
                if doc[i + 1].text.isupper() and (i + 3 in region_starts or _nameish(doc[i + 3])):
                    i += 3  # `Dinas Pendidikan, Kepemudaan dan Olahraga (Disdikpora) Bantul`
                    continue
            if not _nameish(doc[i]):
                break
            i += 1
            if ends_at_region and i - 1 in region_tokens:
                # `Bank Sulteng Rahmat Hidayat`: a company named after a region ends with it
                # (or with a branch of it: `Bank Jatim Cabang Jember`).
                while i < n and doc[i].text in branch_words and i + 1 < n and _nameish(doc[i + 1]):
                    i += 2
                break
        if i == name_start and (sh.get("name", "required") == "required" or not has_number):
            return None
        if sh.get("region") == "part":
            return None  # `Badan Publik`: a unit is named with its region
        return i, Org(doc[head.start : i].text, str(sh["kind"]))


def _nameish(tok) -> bool:
    """A token that can stand in an organisation's name: a capitalised word or a number."""
    t = tok.text
    return bool(t) and (t[0].isupper() or t[0].isdigit())
