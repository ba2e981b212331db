"""Winners: which region (or other recipient) won which category, at what rank.

Three shapes of text are read: a sentence that reports a win (`Kota X meraih … kategori
Y`), a heading (`Smart Branding: Pemerintah Kota Surakarta`) or a category heading with a
list under it (`Kategori Kota Terinovatif:` + one region a line), and the narrative
ranking of a category (`juara pertama diraih X, disusul A, B dan C`).
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from .awards import Award, AwardMention
from .context import Cues, Doc
from .normalize import key
from .officials import Official
from .patterns import Patterns
from .regions import Gazetteer, Mention

_ORDINALS = {
    "pertama": 1,
    "kesatu": 1,
    "kedua": 2,
    "ketiga": 3,
    "keempat": 4,
    "kelima": 5,
    "keenam": 6,
    "ketujuh": 7,
    "kedelapan": 8,
    "kesembilan": 9,
    "kesepuluh": 10,
    "i": 1,
    "ii": 2,
    "iii": 3,
    "iv": 4,
    "v": 5,
    "vi": 6,
    "vii": 7,
    "viii": 8,
    "ix": 9,
    "x": 10,
}
_ORD_WORD = r"(?:pertama|kesatu|kedua|ketiga|keempat|kelima|keenam|ketujuh|kedelapan|kesembilan|kesepuluh)"
_RANK_NUM = rf"(?:ke-?\s?)?(?:\d{{1,2}}|{_ORD_WORD}|(?-i:[IVX]{{1,4}}))(?![\p{{L}}\d])"
_CAT_STOP = (
    r"(?:di|pada|dalam|yang|untuk|dari|dengan(?=\s+\p{Ll})|sebagai|oleh|ini|itu|tersebut|hanya|se|tingkat"
    r"|tahun|kepada|bersama|serta|adalah|ialah|merupakan|diberikan|diraih|dijuarai|diterima"
    r"|menduduki|meraih|berhasil|disusul|bagi|juara|peringkat|sebesar|dibedakan"
    r"|penghargaan|sekaligus|antara\s+lain|di\s?antaranya|yaitu|yakni|seperti|meliputi"
    r"|dan\s+(?:meraih|berhasil|juga))"
)
_TRAILING_YEAR = regex.compile(r"\s+(?:19|20)\d\d$")
_LIST_FILLER = regex.compile(r"[\s\d.,)(•*-]*(?:dan)?[\s.,]*")
_ITEMS_LEAD = regex.compile(r"\b(?:adalah|yaitu|yakni)\s+")
_ITEM_SPLIT = regex.compile(r",\s*(?:dan\s+)?|\s+dan\s+")
_KEPADA = regex.compile(r"\s+kepada\s+")
_CHAMPION = regex.compile(r"(?i)juara|dijuarai")
_CHAMPION_IS = regex.compile(r"(?i)\b(?:dijuarai|juara\b[^.]*\badalah)\b")
_TRAILING_JOIN = regex.compile(r"\s+(?:dan|serta|atau|&)$")
_LIST_SPLIT = regex.compile(r"\s*,\s*|\s+dan\s+")
_CAPS = regex.compile(r"\b\p{Lu}")
_HEADING = regex.compile(
    r"(?:\d{1,2}[.)]\s*)?(?:[Kk]ategori\s+)?(?P<c>[\p{L}][\p{L}\p{N} &/'’-]{1,60}?)\s*:\s*(?P<rest>.*)"
)
_PAREN_RANK = regex.compile(r"\s*\((\d{1,2})\)")
_ORD_WORD_RX = regex.compile(rf"(?i)(?<![\p{{L}}]){_ORD_WORD}(?![\p{{L}}])")
_SEQUENCE = regex.compile(r"(?i)\b(?:disusul|berikutnya|seterusnya|berturut-turut)\b")
_SERTA = regex.compile(r"(?i)\bserta\b")
_TYPE_WORDS = {"kota": "Kota", "kabupaten": "Kabupaten", "provinsi": "Provinsi"}
# `Untuk provinsi menengah diraih …`: a class of regions named without the word kategori.
_UNTUK_TYPE = regex.compile(
    r"(?<![\p{L}])[Uu]ntuk\s+(?P<c>(?:kota|kabupaten|provinsi)\s+(?!yang\b|dan\b|ini\b|itu\b|di\b|se)\p{Ll}{4,})(?![\p{L}])"
)
_BESIDES = regex.compile(r"^\W*(?:Selain|Di samping|Disamping)\s+(?:[^,]{0,60})$")
_KE_PREFIX = regex.compile(r"(?i)^ke-?\s?(?=\d)")
_RANK_LABEL = regex.compile(rf"(?i:juara|peringkat|terbaik|ranking|rangking|posisi|urutan)\s*(?P<n>{_RANK_NUM})")
_LIST_LEAD = regex.compile(r"^\W*(?:antara lain|di antaranya|diantaranya|yaitu|yakni|mereka adalah|berikut)\b", regex.I)
_LOCATION_LEFT = regex.compile(r"\b(?:di|ke|dari|se)\s+(?:[\p{Lu}\d(][^\s,]*[\s,]*){0,10}$")


@dataclass
class Winner:
    """One row of winners.csv."""

    recipient: str
    recipient_type: str
    region_code: str
    category: str
    rank: int | None
    award: str
    edition: int | None
    start: int
    end: int
    text: str


def _won(recipient, type_, code, category, rank, award: Award | None, start, end, text) -> Winner:
    """A winner row for ``award`` (the article's main award when the sentence names none)."""
    return Winner(
        recipient,
        type_,
        code,
        category,
        rank,
        award.award if award else "",
        award.edition if award else None,
        start,
        end,
        text[start:end],
    )


class WinnerFinder:
    """Compiled category patterns and win cues for one pattern set."""

    def __init__(self, pats: Patterns, cues: Cues, gaz: Gazetteer):
        self.cues, self.gaz = cues, gaz
        cat = pats["categories.yaml"]
        names = []
        for c in cat["names"]:
            if isinstance(c, str):
                names.append(c)
            else:
                names += [c["name"], *(c.get("aliases") or [])]
        alt = "|".join(r"\s+".join(regex.escape(w) for w in n.split()) for n in sorted(names, key=len, reverse=True))
        self.known_rx = regex.compile(rf"(?<![\p{{L}}])(?i:{alt})(?![\p{{L}}])") if names else None
        self.type_rx = [
            (regex.compile(rf"(?<![\p{{L}}])(?:{p['pattern']})(?![\p{{L}}])"), p.get("type"))
            for p in cat.get("patterns") or []
        ]
        # Patterns that spell a kind of region can only match where that word stands.
        self.needs_type_word = {
            rx for rx, _ in self.type_rx if regex.search(r"(?i)kota|kabupaten|provinsi", rx.pattern)
        }
        self.level_only = {key(x) for x in cat.get("level_only") or []}
        self.kategori_rx = regex.compile(
            rf"(?<![\p{{L}}])(?:[Kk]ategori|[Pp]redikat)\s+(?P<c>(?:(?!{_CAT_STOP}\b)[\p{{L}}\p{{N}}/&'’-]+\s*){{1,8}}?)"
            rf"(?=\s*(?:[,.;:)(“”\"]|$|{_CAT_STOP}\b|\n|(?:19|20)\d\d))",
        )
        self.penghargaan_rx = regex.compile(
            r"(?:(?<![\p{L}])(?P<cap>Penghargaan)|(?<![\p{L}])penghargaan)\s+"
            r"(?P<c>\p{Lu}[\p{L}]*(?:\s+(?:\p{Lu}[\p{L}]*|\d{1,3}|on|of|in|&)(?![\p{L}])){0,6})"
        )
        pos = pats["positions.yaml"]
        self.title_types = {}
        for t in pos["titles"]:
            if t.get("region_type"):
                for a in [t["title"], *(t.get("aliases") or [])]:
                    self.title_types[a] = t["region_type"]
        tt = "|".join(regex.escape(a) for a in sorted(self.title_types, key=len, reverse=True))
        self.title_left = regex.compile(rf"(?:{tt})\s*$")
        self.rank_rx = regex.compile(rf"(?i:(?:{cues.rank_words.pattern})\s+(?P<n>{_RANK_NUM}))")

    # -- categories --------------------------------------------------------------------
    def categories(self, sent: str, offset: int, award_spans) -> list[tuple[str, int, str | None]]:
        """Categories named in one sentence: (text, position, region type or None)."""
        found: list[tuple[str, int, int, str | None]] = []

        def add(text, s, e, t=None):
            for a, b in award_spans:
                if a < offset + e and offset + s < b:
                    if offset + s >= a:
                        return
                    # `Top 45 Kompetisi Inovasi Pelayanan Publik`: the category ends
                    # where the award's name begins.
                    e = a - offset
                    text = sent[s:e]
            text = _TRAILING_JOIN.sub("", _TRAILING_YEAR.sub("", text.strip(" ,.-")))
            if not text:
                return
            if t is None:
                t = next((tt for rx, tt in self.type_rx if rx.search(text)), None)
            if t is None:
                # `kabupaten besar`, `Provinsi Terinovatif`: a category that opens with a
                # kind of region is a category of that kind.
                t = _TYPE_WORDS.get(text.split()[0].casefold()) if text.split() else None
            found.append((text, s, e, t))

        low = sent.casefold()
        # Cheap substring checks first: most sentences name no category at all.
        has_type = "kota" in low or "kabupaten" in low or "provinsi" in low
        if has_type and "ntuk" in low:
            for m in _UNTUK_TYPE.finditer(sent):
                add(m["c"], m.start("c"), m.end("c"))
        for m in self.kategori_rx.finditer(sent) if ("ategori" in low or "redikat" in low) else ():
            c = m["c"].strip()
            parts = _LIST_SPLIT.split(c)
            if len(parts) > 1 and all(0 < len(p.split()) <= 4 for p in parts):
                pos = m.start("c")
                for p in parts:
                    i = sent.find(p, pos)
                    add(p, i, i + len(p))
                    pos = i + len(p)
            else:
                add(c, m.start("c"), m.end("c"))
        if self.known_rx is not None:
            for m in self.known_rx.finditer(sent):
                add(m.group(0), m.start(), m.end())
        for rx, t in self.type_rx:
            if not has_type and rx in self.needs_type_word:
                continue
            for m in rx.finditer(sent):
                add(m.group(0), m.start(), m.end(), t)
        if "enghargaan" in low:
            caps = _CAPS.findall(sent)
            headline = len(caps) >= 0.6 * max(1, len(sent.split())) and not sent.rstrip().endswith(".")
        else:
            headline = True
        for m in self.penghargaan_rx.finditer("" if headline else sent):
            # `Penghargaan Spesial` names a category only with its head word; in
            # `Penghargaan Best Smart Branding` the head is just "award".
            whole = m["cap"] and len(m["c"].split()) == 1
            text = m.group(0) if whole else m["c"]
            s = m.start() if whole else m.start("c")
            if self.gaz.lookup(m["c"]) is None:
                add(text, s, m.end())
        # Keep the longest of overlapping or nested names; an English gloss in brackets
        # after a category is the same category.
        found.sort(key=lambda x: (x[1], -(x[2] - x[1])))
        out: list[tuple[str, int, int, str | None]] = []
        for f in found:
            if any(f[1] >= o[1] and f[2] <= o[2] for o in out):
                continue
            if out and sent[out[-1][2] : f[1]].strip() == "(":
                continue
            out = [o for o in out if not (o[1] >= f[1] and o[2] <= f[2])]
            out.append(f)
        types = {key(o[0]) for o in out}
        if any(t not in self.level_only for t in types):
            out = [o for o in out if key(o[0]) not in self.level_only]
        return [(o[0], o[1], o[3]) for o in out]

    # -- recipients --------------------------------------------------------------------
    def _resolve(self, doc: Doc, m: Mention, prefer: str | None, typed: dict[str, str]):
        left = doc.text[max(0, m.start - 30) : m.start]
        tm = self.title_left.search(left)
        if tm and not m.type:
            prefer = self.title_types[tm.group(0).strip()]
        if not m.type and prefer is None:
            prefer = typed.get(m.candidates[0].name)
            if prefer is None and len({r.type for r in m.candidates}) > 1:
                prefer = "Kota"
        return m.pick(prefer)

    def _candidates(self, doc: Doc, s: int, e: int, official_spans) -> list[Mention]:
        out = []
        prev = None
        for m in doc.regions_in(s, e):
            if self._locates(doc, prev, m):
                prev = m
                continue
            prev = m
            left = doc.text[max(s, m.start - 120) : m.start]
            # `Jakarta - Sebanyak …`: the dateline's place is where the article was written.
            if _LOCATION_LEFT.search(left) or doc.dateline[0] <= m.start < doc.dateline[1]:
                continue
            if _BESIDES.search(doc.text[s : m.start]) and "," in doc.text[m.end : e]:
                # `Selain Surabaya, Kota Madiun juga meraih …`: the one named after
                # `Selain` won before; this sentence is about the others.
                continue
            if any(os <= m.start < oe for os, oe in official_spans) and not self.title_left.search(
                doc.text[max(0, m.start - 30) : m.start]
            ):
                continue
            out.append(m)
        return out

    def find(
        self, doc: Doc, mentions: list[AwardMention], awards: list[Award], officials: list[Official]
    ) -> list[Winner]:
        """All winners in the article, merged per (recipient, category)."""
        if not doc.award_article:
            return []
        text = doc.text
        award_spans = [(a.start, a.end) for a in mentions]
        main = max(awards, key=lambda a: a.mentions) if awards else None
        official_spans = [(o.start, o.end) for o in officials]
        typed = doc.typed
        rows: list[Winner] = []
        scope: tuple[str, str | None] | None = None
        last_rank = 0
        prev_win = False
        heading_lines = self._headings(doc, award_spans, main, typed, rows)
        for s, e in doc.sents:
            if any(hs <= s < he for hs, he in heading_lines):
                prev_win = False
                continue
            sent = text[s:e]
            win = bool(self.cues.win_verbs.search(sent))
            ranked = bool(self.cues.rank_words.search(sent))
            listed = prev_win and bool(_LIST_LEAD.search(sent))
            if not (win or listed or scope):
                prev_win = False
                continue
            cats = self.categories(sent, s, award_spans)
            if not (win or listed or (scope and (ranked or cats))):
                prev_win = False
                continue
            if self.cues.nominee_cues.search(sent) or (
                self.cues.score_cues.search(sent) and not self.cues.award_words.search(sent)
            ):
                prev_win = False
                continue
            personal = self._personal(doc, s, e, sent, cats, officials, mentions, awards, main)
            if personal:
                rows += personal
                prev_win = True
                continue
            cands = self._candidates(doc, s, e, official_spans)
            if not cands:
                if cats and win:
                    scope = (cats[0][0], cats[0][2])
                    last_rank = 0
                prev_win = win
                continue
            items = self._item_list(doc, s, e, sent, cands, officials, main)
            if items:
                rows += items
                prev_win = True
                continue
            if cats:
                scope = (cats[0][0], cats[0][2])
                last_rank = 0
            use = cats or ([(scope[0], 0, scope[1])] if scope and (ranked or listed) else [])
            if not use:
                # A win without a category must still be a win of an award in this
                # sentence (`Kota X meraih penghargaan …`), not a visit or an index rank.
                if not (self.cues.award_words.search(sent) or any(s <= a < e for a, _ in award_spans)):
                    prev_win = False
                    continue
                use = [("", 0, None)]
            prefer = next((c[2] for c in use if c[2]), None)
            ranks = self._ranks(sent, s, cands, last_rank)
            cat_ranks = self._category_ranks(sent, use) if len(cands) == 1 and len(use) > 1 else {}
            # `kategori A diraih X, sedangkan kategori B diraih Y`: each recipient takes the
            # category named last before it.
            paired = len(cands) > 1 and len(use) > 1 and all(c[1] for c in use)
            aw = self._award_for(s, e, mentions, awards, main)
            for m in cands:
                r = self._resolve(doc, m, prefer, typed)
                if r is None:
                    continue
                if not m.type and prefer is None and m.candidates[0].name not in typed and not (scope or listed):
                    # A bare name outside a ranked list is a recipient only when the article
                    # names it with its kind somewhere (`Kabupaten Langkat` … `Langkat`).
                    if r.type != "Provinsi":
                        continue
                rank = ranks.get(m.start)
                if rank:
                    last_rank = max(last_rank, rank)
                mine = use
                if paired:
                    before = [c for c in use if c[1] <= m.start - s]
                    mine = [before[-1]] if before else [min(use, key=lambda c: c[1])]
                for c in mine:
                    cr = cat_ranks.get(c[1], rank)
                    rows.append(_won(r.canonical, r.type, r.code, c[0], cr, aw, m.start, m.end, doc.text))
            prev_win = True
        return self._merge(rows)

    def _category_ranks(self, sent: str, use) -> dict[int, int]:
        """`juara I kategori A dan juara II untuk kategori B`: each category takes the rank
        written between it and the category before it."""
        out: dict[int, int] = {}
        prev = 0
        for _, pos, _ in sorted(use, key=lambda c: c[1]):
            found = [x for x in self.rank_rx.finditer(sent, prev, pos)]
            if found:
                n = self._num(found[-1]["n"])
                if n:
                    out[pos] = n
            prev = pos
        return out if len(out) == len(use) else {}

    @staticmethod
    def _locates(doc: Doc, prev: Mention | None, m: Mention) -> bool:
        """`Kota Makassar dan Kabupaten Gowa, Sulawesi Selatan`: a province right after a
        region of its own is where that region lies, not one more winner."""
        if prev is None or m.type or len(doc.text[prev.end : m.start].strip(" ,()")) > 0:
            return False
        prov = [r for r in m.candidates if r.type == "Provinsi"]
        return bool(prov) and any(r.code.split(".")[0] == prov[0].code for r in prev.candidates)

    def _award_for(self, s, e, mentions, awards, main):
        for a in mentions:
            if s <= a.start < e:
                for aw in awards:
                    if aw.award == a.canonical and (a.edition is None or aw.edition == a.edition):
                        return aw
        return main

    def _headings(self, doc: Doc, award_spans, main, typed, rows) -> list[tuple[int, int]]:
        """`Category: Region` lines and `Kategori X:` blocks with one region a line."""
        text = doc.text
        used = []
        block: tuple[str, str | None] | None = None
        prose: list[tuple[str, int]] = []
        pos = 0
        for line in text.split("\n"):
            ls, le = pos, pos + len(line)
            pos = le + 1
            stripped = line.strip()
            m = _HEADING.fullmatch(stripped) if ":" in stripped else None
            if m and (len(m["c"].split()) > 6 or self.gaz.lookup(m["c"])):
                m = None
            if not m and stripped:
                prose.append((stripped, ls + line.find(stripped)))
            if m:
                rest = m["rest"].strip()
                off = ls + line.find(stripped)
                cat_type = next((t for rx, t in self.type_rx if rx.search(m["c"])), None)
                rank = None
                label = m["c"]
                rm = _RANK_LABEL.fullmatch(label)
                if rm:
                    # `Juara 2: Kota Surakarta` under `… kategori Utama:`: a rank, and the
                    # category is the one named just before.
                    rank = self._num(rm["n"])
                    src = block or self._last_category(prose[-3:], award_spans)
                    label, cat_type = (src[0], src[1]) if src else ("", None)
                if not rest:
                    if rank is None:
                        block = (m["c"], cat_type)
                        used.append((ls, le))
                    continue
                ment = self._whole_line_region(doc, off + m.start("rest"), off + len(stripped))
                if ment is not None:
                    self._add(rows, doc, ment, label, cat_type, typed, main, rank)
                    used.append((ls, le))
                    block = None
                    continue
                block = None
                continue
            if block and stripped:
                off = ls + line.find(stripped)
                ment = self._whole_line_region(doc, off, off + len(stripped))
                if ment is not None:
                    self._add(rows, doc, ment, block[0], block[1], typed, main)
                    used.append((ls, le))
                    continue
                if len(stripped) > 80:
                    block = None
        return used

    def _last_category(self, lines, award_spans):
        """The category named last in ``lines`` (text, offset), as (name, type)."""
        for text, off in reversed(lines):
            cats = self.categories(text, off, award_spans)
            if cats:
                return cats[-1][0], cats[-1][2]
        return None

    def _whole_line_region(self, doc: Doc, s: int, e: int) -> Mention | None:
        ments = doc.regions_in(s, e)
        if len(ments) != 1:
            return None
        m = ments[0]
        rest = doc.text[s : m.start] + doc.text[m.end : e]
        if _LIST_FILLER.fullmatch(rest):
            return m
        return None

    def _add(self, rows, doc, m: Mention, cat, cat_type, typed, main, rank=None):
        r = self._resolve(doc, m, cat_type, typed)
        if r is None:
            return
        rows.append(_won(r.canonical, r.type, r.code, cat.strip(), rank, main, m.start, m.end, doc.text))

    def _personal(self, doc, s, e, sent, cats, officials, mentions, awards, main) -> list[Winner]:
        """`Sekda Kota Bogor X meraih penghargaan Tokoh Inspiratif`: an award for a person's
        own work goes to the person named first in the sentence, not to the region."""
        if not self.cues.personal_award_words.search(sent) or not self.cues.win_verbs.search(sent):
            return []
        first = None
        for o in officials:
            for a, b in o.mentions:
                if s <= a < e and (first is None or a < first[0]):
                    first = (a, b, o)
        if first is None:
            return []
        verb = self.cues.win_verbs.search(sent)
        if verb is None or s + verb.start() < first[0]:
            return []  # the person is not the one who won
        aw = self._award_for(s, e, mentions, awards, main)
        cat = next((c for c in cats if self.cues.personal_award_words.search(c[0])), cats[0] if cats else None)
        a, b, o = first
        return [_won(o.name, "other", "", cat[0] if cat else "", None, aw, a, b, doc.text)]

    def _item_list(self, doc, s, e, sent, cands, officials, main) -> list[Winner]:
        """`… yang diraih X adalah A 2020 kepada Bupati Y, B Pemkab X, dan C Pemkab X`."""
        lead = _ITEMS_LEAD.search(sent)
        if not lead:
            return []
        body_start = s + lead.end()
        items = []
        pos = body_start
        for part in _ITEM_SPLIT.split(doc.text[body_start:e]):
            ps = doc.text.find(part, pos)
            pos = ps + len(part)
            items.append((ps, ps + len(part), part))
        if len(items) < 2:
            return []
        out = []
        for ps, pe, part in items:
            person = next((o for o in officials if any(ps <= a < pe for a, _ in o.mentions)), None)
            kep = _KEPADA.search(part)
            reg = [m for m in cands if ps <= m.start < pe]
            if person is not None and kep:
                cat = part[: kep.start()]
                cat = cat.rstrip()
                out.append(_won(person.name, "other", "", cat, None, main, ps, ps + len(cat), doc.text))
            elif reg:
                cat = doc.text[ps : reg[0].start].strip()
                r = reg[0].pick(doc.typed.get(reg[0].candidates[0].name))
                if not cat or r is None or not cat[0].isupper():
                    return []
                out.append(_won(r.canonical, r.type, r.code, cat, None, main, ps, pe, doc.text))
            else:
                return []
        return out

    def _ranks(self, sent: str, offset: int, cands: list[Mention], last_rank: int) -> dict[int, int]:
        """Rank per candidate start offset, from the ways a ranking is written."""
        out: dict[int, int] = {}
        for m in cands:
            after = sent[m.end - offset : m.end - offset + 6]
            pm = _PAREN_RANK.match(after)
            if pm:
                out[m.start] = int(pm.group(1))
        if out:
            return out
        ords = [(x.start(), self._num(x.group("n"))) for x in self.rank_rx.finditer(sent)]
        lists = [(x.start(), self._num(x.group(0))) for x in _ORD_WORD_RX.finditer(sent)]
        if len(lists) > len(ords):
            ords = lists
        ords = [o for o in ords if o[1]]
        starts = [m.start for m in cands]
        if len(ords) == len(starts) and ords:
            return {st: o[1] for st, o in zip(starts, ords, strict=True)}
        seq = _SEQUENCE.search(sent)
        if seq:
            first_rank = ords[0][1] if len(ords) == 1 else None
            before = [m for m in cands if m.start - offset < seq.start()]
            after = [m for m in cands if m.start - offset > seq.start()]
            stop = _SERTA.search(sent)
            rank = last_rank
            if before:
                rank = first_rank or (last_rank + 1 if last_rank else 1)
                for m in before:
                    out[m.start] = rank
            elif first_rank:
                rank = first_rank - 1
            for m in after:
                if stop and m.start - offset > stop.start():
                    break
                rank += 1
                out[m.start] = rank
            return out
        if len(ords) == 1 and len(starts) == 1:
            out[starts[0]] = ords[0][1]
        elif len(ords) == 1 and _CHAMPION.search(sent) and starts:
            out[starts[0]] = ords[0][1]
        elif _CHAMPION_IS.search(sent) and starts:
            out[starts[0]] = 1
        return out

    @staticmethod
    def _num(t: str) -> int | None:
        """A rank written as a number, an ordinal word or a Roman numeral.

        >>> [WinnerFinder._num(x) for x in ("3", "ke-4", "ketiga", "kedua", "II")]
        [3, 4, 3, 2, 2]
        """
        t = _KE_PREFIX.sub("", t.strip())
        if t.isdigit():
            return int(t)
        return _ORDINALS.get(t.casefold())

    @staticmethod
    def _merge(rows: list[Winner]) -> list[Winner]:
        by_rec: dict[str, list[Winner]] = {}
        for w in rows:
            by_rec.setdefault(w.recipient, []).append(w)
        out = []
        for ws in by_rec.values():
            named = [w for w in ws if w.category]
            if not named:
                out.append(ws[0])
                continue
            kept: list[Winner] = []
            for w in sorted(named, key=lambda w: -len(w.category)):
                k = key(w.category)
                host = next((x for x in kept if k in key(x.category)), None)
                if host is not None:
                    host.rank = host.rank or w.rank
                    continue
                kept.append(w)
            out += sorted(kept, key=lambda w: w.start)
        return sorted(out, key=lambda w: w.start)


def to_rows(winners: list[Winner]) -> list[dict]:
    """Winners as rows of ``winners.csv`` (without ``article_id``)."""
    return [
        {
            "award": w.award,
            "edition": "" if w.edition is None else str(w.edition),
            "recipient": w.recipient,
            "recipient_type": w.recipient_type,
            "region_code": w.region_code,
            "category": w.category,
            "rank": "" if w.rank is None else str(w.rank),
            "start": w.start,
            "end": w.end,
            "text": w.text,
        }
        for w in winners
    ]
