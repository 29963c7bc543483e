"""``kie_places``: PLACE entities from the Kemendagri gazetteer, resolved in context.

A bare name can be a province, a regency and a city at once (Gorontalo), a regency in one
province and a city in another (Banjar), or a district or village anywhere. The resolver first
collects the places that are unambiguous, then picks for each ambiguous mention the candidate
that lies in (or contains) a region the article already names; bare district and village names
are only accepted inside a regency the article names. Results: ``state(doc)["places"]``
(start, end, code, name, kind) and PLACE spans in ``doc.ents`` with ``attrs.code``.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.language import Language
from spacy.tokens import Doc

from .. import lexicon
from ..extensions import set_many_span_attrs
from ..gazetteer import (
    CITY,
    COUNTRY,
    DISTRICT,
    ISLAND,
    PROVINCE,
    REGENCY,
    REGENCY_TYPE_WORDS,
    VILLAGE,
    Candidate,
    Gazetteer,
)
from ..regex_speed import gated
from ..text_units import outlet_range
from .base import (
    Component,
    ascii_doc,
    defer_entities,
    doc_text,
    in_ranges,
    set_entities,
    state,
    whole_word_spans,
)

#: the cue words of this module (``data/place_cues.yaml``), composed into the patterns below once
_CUES = lexicon.load("place_cues")
# (searches over the words before a place: ``gated`` lets them skip the places no match starts at)
#: the code prefixes of provinces whose villages are called "dusun" (Jambi)
_DUSUN_VILLAGES = tuple(_CUES["dusun_village_provinces"])
#: the words a hamlet's name opens with ("Dusun Krajan", "Kampung Cikujang"), in both cases
_HAMLET_HEADS = tuple(w + " " for head in _CUES["hamlet_heads"] for w in (head, head.lower()))
_NOT_A_PLACE_BEFORE_RE = gated(re.compile(
    # (and a region's nickname, "Bumi Arung Palakka", and a people's name, "orang asli Papua")
    # (on its line: "... Serbu Operasi Pasar" ending a line names no market "Pasar Kecamatan Harjamukti", session 22)
    r"(?:\b(?:" + "|".join(_CUES["street_heads"]) + r")\.?[^\S\n]+(?:[A-Z][\w.'’-]*[^\S\n]+){0,3}|\b" + _CUES["nickname_head"]
    + r"[^\S\n]+(?:[A-Z][\w'’-]*[^\S\n]+){0,3}|" + _CUES["native_people"] + r"|\b(?:" + "|".join(_CUES["landmark_heads"])
    + r")[^\S\n]+)$"
))
#: the word of a village fund right before "Desa" ("Dana Desa Lombok Timur")
_FUND_BEFORE_RE = re.compile(r"\bDana[^\S\n]+$", re.I)


#: the words naming a regency, city or province (or a village) right before its name
_REGENCY_NAMED_BEFORE = r"\b(?:" + "|".join(_CUES["regency_named_before"]) + r")\s+"
_VILLAGE_NAMED_BEFORE = _CUES["village_named_before"] + r"\s+"


def _regency_named(text: str, name: str) -> bool:
    """Whether the article names ``name`` as a regency, city or province ("Kabupaten Grobogan", "Pemkab
    Grobogan", "Bupati Grobogan") or opens its dateline with it ("GROBOGAN –")."""
    return re.search(_REGENCY_NAMED_BEFORE + re.escape(name) + r"\b", text, re.I) is not None or re.search(
        r"^[^\S\n]*" + re.escape(name.upper()) + r"\b[^\S\n]*[-–—,(]", text[:600], re.M) is not None


def _village_named(text: str, name: str) -> bool:
    """Whether the article names ``name`` as a village ("Desa Karanganyar") other than in "Dana Desa X"."""
    return re.search(_VILLAGE_NAMED_BEFORE + re.escape(name) + r"\b", text, re.I) is not None


#: the mayor's title right before "Kota X" (10 of 13 gold mentions tag the bare name)
_MAYOR_BEFORE_RE = re.compile(r"\bWali[^\S\n]+$")
#: a city's own word right before a bare name ("Kota Jambi", "Pemkot Jambi", "Walikota Bengkulu")
_PREFIX_KOTA_RE = gated(re.compile(r"\b(?:" + "|".join(_CUES["city_words_before"]) + r")\s*$", re.I))
_PREFIX_KAB_RE = gated(re.compile(r"\b(?:" + "|".join(_CUES["regency_words_before"]) + r")\s*$", re.I))
_DATELINE_RE = re.compile(r"^\s*[\"“(]?\s*$")
# a dateline: a town in capitals opening a line near the top, then a dash, a comma or the outlet
# in brackets ("SENDAWAR – ...", "KUPANG, KOMPAS.com – ...", "BATU (Antara) - ...")
_DATELINE_TOWN_RE = re.compile(r"^[ \t]*([A-Z][A-Z'’-]+(?:[ \t]+[A-Z][A-Z'’-]+){0,3})[ \t]*(?=[-–—,(])", re.M)
_DATELINE_WITHIN = 600
# an area noun in lower case before village names: "ke kawasan Kalibukbuk dan Pemuteran" (a bare
# village name is looked up only here and in a dateline; the resolver keeps it inside a named regency)
_AREA_NAMES_RE = gated(re.compile(
    r"\b(?:" + "|".join(_CUES["area_nouns"]) + r")\s+([A-Z][a-z]{2,}(?:(?:" + "|".join(_CUES["area_name_joiners"])
    + r")[A-Z][a-z]{2,})*)\b"))
_AREA_NAME_RE = re.compile(r"[A-Z][a-z]{2,}")
#: the label of a text table's column of places, and the kind of place its bare cells name ("Kelurahan": villages;
#: "Kecamatan | Jumlah KK" over "Karangasem | 5.417": the district, not the regency)
_COLUMN_KIND = {**dict.fromkeys(_CUES["village_column_labels"], VILLAGE),
                **dict.fromkeys(_CUES["district_column_labels"], DISTRICT)}
#: a list's lead naming villages, ending the line before its lines ("... di lima desa dan kelurahan terdekat ...:")
_VILLAGE_LEAD_RE = re.compile(r"\b(?:" + "|".join(_CUES["village_column_labels"]) + r")\b[^\n]*:[^\S\n]*\n(?:[^\n]*\n)*$",
                              re.I)
#: a table row's cell holding one capitalised name ("Tondo", "Sungai Ambawang Kuala")
_CELL_NAME_RE = re.compile(r"[ \t]*([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,3})[ \t]*")
#: a list line led by one capitalised name and its value ("Tamberu Daya – 318 KK", "- Bira Tengah: 241 KK", "3. Tobai
#: Timur | 196"): the name, for bare village names under a lead that names their district (session 20)
_LIST_LABEL_NAME_RE = re.compile(
    r"(?m)^[ \t]*(?:[-•*·][ \t]*|\d{1,2}[.)][ \t]*)?([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,3})[ \t]*(?:[:–—|]|-(?=[ \t]))"
    r"[ \t]*(?:sebanyak[ \t]+|sekitar[ \t]+)?\d")
_KIND_ORDER = {COUNTRY: 0, PROVINCE: 1, REGENCY: 2, CITY: 3, ISLAND: 4, DISTRICT: 5, VILLAGE: 6}


def _codes_with_parents(code: str | None) -> set[str]:
    if not code or code == "ID":
        return set()
    parts = code.split(".")
    return {".".join(parts[: i + 1]) for i in range(len(parts))}


#: what lies between two places of one list or table: separators, or the rest of a line of numbers
_LIST_NEIGHBOUR_RE = re.compile(_CUES["list_neighbour"], re.I)
#: what follows a dateline's place
_DATELINE_AFTER_RE = re.compile(r"\s*[,(–—-]")
#: a province's type word opening a place's name ("Provinsi Bengkulu", "Prov. Jambi")
_PROVINCE_WORD_RE = re.compile(r"(?:" + "|".join(_CUES["province_words"]) + r")\s", re.I)
#: a district's type word right before a bare name ("Distrik Kaimana" typed apart, "di kecamatan Kaimana")
_DISTRICT_WORD_BEFORE_RE = re.compile(r"\b(?:" + "|".join(_CUES["district_words_before"]) + r")\s*$", re.I)


class PlaceTagger(Component):
    """Gazetteer matching plus context resolution."""

    def __init__(self, nlp: Language, name: str = "kie_places"):
        self.name = name
        self._nlp = nlp
        self.cfg = {}
        self.gaz = Gazetteer.default()
        # the country's name inside a survey's, bank's or card's name ("Survei Status Gizi Indonesia")
        cues = lexicon.load("cues")
        words = cues.get("country_inside_names_after", [])
        self.bare_place_before_re = re.compile(cues["bare_place_before"], re.I)
        self.island_pair_apart_re = re.compile(cues["island_pair_apart_after"], re.I)
        self.island_pair_apart_before_re = re.compile(cues["island_pair_apart_before"], re.I)
        # regencies and cities whose bare name is kept out of running text, found again as list items
        self.listed_between_re = re.compile(cues["listed_sibling_between"], re.I)
        self.listed_after_re = re.compile(cues["listed_sibling_after"], re.I)
        kept_out = sorted({name for name, cands in self.gaz.excluded_index.items()
                           if any(c.region.kind in (REGENCY, CITY) for c in cands)}, key=len, reverse=True)
        # (case-sensitive, capitalised: "puncak" is a peak)
        self.kept_out_re = re.compile(r"\b(?:" + "|".join(re.escape(n.title()) for n in kept_out) + r")\b") \
            if kept_out else None
        # common words that are also village names ("Lima Desa Jadi Kantong Kemiskinan"): after a type word
        # they are the sentence's next word, not a village
        titles = lexicon.load("titles")
        self.common_words = frozenset(titles["not_names"])
        # a person's address word right before a name ("Ustaz Sengkang"): the name is no place
        self.person_before_re = re.compile(r"\b" + lexicon.literal_alternation(titles["address_words"]) + r"\.?\s+$", re.I)
        self.name_before_country_re = gated(re.compile(
            r"\b" + lexicon.literal_alternation(words) + r"(?:\s+[A-Z][\w-]*){0,4}\s+$")) if words else None

    @staticmethod
    def _common_noun_in_headline(text: str, start: int, end: int, headline_end: int, skip: list) -> bool:
        """Whether a place name of two words or more in a headline written in title case is a common noun the body
        writes in lower case and never as a name (nor in capitals) outside its boilerplate lines ("Kutim Kaya Batu Bara, tapi ..." over "... salah satu
        lumbung batu bara nasional", and "Baca juga: Produksi Batu Bara Kaltim ...") (session 21)."""
        name = text[start:end]
        low = name.lower()
        if low == name or " " not in name or re.search(r"\b" + re.escape(low) + r"\b", text[headline_end:]) is None:
            return False  # (a one-word name is a place: "Kemiskinan Malang Turun" over "Nasib malang ...")
        for form in (name, name.upper()):  # (a dateline in capitals names it too: "PALU –")
            at = text.find(form, headline_end)
            while at != -1:
                if not in_ranges(at, at + len(form), skip):
                    return False
                at = text.find(form, at + 1)
        return True

    def _describing_names(self, text: str, places: list[dict]) -> list[dict]:
        """A bare regency name right before another place it does not lie in, with only a space between, describes that
        place ("di Pesisir Selatan Tasikmalaya": its southern coast), names no region of its own (session 22)."""
        out = []
        for i, p in enumerate(places):
            nxt = places[i + 1] if i + 1 < len(places) else None
            if nxt is not None and p["code"] and nxt["code"] and p["kind"] in (REGENCY, CITY) \
                    and text[p["end"]:nxt["start"]] == " " and not p["code"].startswith(nxt["code"] + ".") \
                    and not nxt["code"].startswith(p["code"] + ".") and p["code"] != nxt["code"] \
                    and text[p["start"]:p["end"]].split(None, 1)[0].lower() not in self.gaz.type_words:
                continue
            out.append(p)
        return out

    @staticmethod
    def _hamlets_elsewhere(text: str, places: list[dict]) -> list[dict]:
        """A hamlet ("Dusun Krajan"; "Kampung Cikujang", session 22) whose name the gazetteer knows only as a village of
        another regency than the article's is that hamlet, with no code (session 21); in the province whose villages are called "dusun"
        (Jambi: Bungo, Tebo, Muaro Jambi) a "Dusun X" is the village and keeps its code."""
        regencies = {".".join(p["code"].split(".")[:2]) for p in places
                     if p["code"] and p["code"].count(".") >= 1 and not text.startswith(_HAMLET_HEADS, p["start"])}
        for p in places:
            if p["code"] and p["code"].count(".") == 3 and text.startswith(_HAMLET_HEADS, p["start"]) \
                    and ".".join(p["code"].split(".")[:2]) not in regencies and not p["code"].startswith(_DUSUN_VILLAGES):
                p["code"], p["name"] = None, text[p["start"]:p["end"]]
        return places

    @staticmethod
    def _ctx_depth(code: str | None, context: set[str]) -> int:
        """How many levels of ``code`` the article's context confirms (0: none)."""
        if not code or code == "ID":
            return 0
        parts = code.split(".")
        for n in range(len(parts), 0, -1):
            if ".".join(parts[:n]) in context:
                return n
        return 0

    def resolve(self, text: str, matches: list[tuple[int, int, list[Candidate]]]) -> list[dict]:
        """Choose one region per match (or drop it); returns place dicts in text order."""
        context: set[str] = set()
        for _s, _e, cands in matches:
            admin = [c for c in cands if c.region.kind in (PROVINCE, REGENCY, CITY)]
            if len(admin) == 1 and (len(cands) == 1 or admin[0].typed or admin[0].alias or all(
                    (c.region.code or "").startswith(admin[0].region.code + ".") for c in cands if c is not admin[0])):
                # (also a regency named like districts of its own: "Nganjuk", the regency and its seat)
                context |= _codes_with_parents(admin[0].region.code)
            elif len(cands) == 1 and cands[0].typed:
                context |= _codes_with_parents(cands[0].region.code)
        # "Kota Sukabumi" named somewhere makes a bare "Sukabumi" the city
        typed_kinds: dict[str, set[str]] = {}
        for s, e, cands in matches:
            for c in cands:
                if c.typed and c.region.kind in (REGENCY, CITY):
                    words = text[s:e].split(None, 1)
                    if len(words) == 2:
                        typed_kinds.setdefault(words[1].lower(), set()).add(c.region.kind)
        # provinces named with their type word ("BPS Provinsi Bengkulu"): a bare name shared with the
        # capital then stays the province
        named_provinces = {c.region.code for s, e, cands in matches for c in cands
                           if c.region.kind == PROVINCE and _PROVINCE_WORD_RE.match(text, s)}
        out: list[dict] = []
        regency_options: dict[int, Candidate] = {}  # (by place number) a regency passed over for a district
        for s, e, cands in matches:
            surface = text[s:e]
            before = text[max(0, s - 12):s]
            options = []
            for c in cands:
                r = c.region
                if r.kind in (DISTRICT, VILLAGE) and not c.typed and (not c.alias or self.person_before_re.search(before)):
                    # (a town the alias file lists, "Wamena", "Meulaboh", is a place wherever it is named, unless
                    # it names a person there: "Ustaz Sengkang")
                    parent = ".".join(r.code.split(".")[:2])
                    if parent not in context:
                        continue
                options.append(c)
            if not options:
                continue
            if len(options) > 1:
                # a province and its capital city of one name ("Bengkulu", "Gorontalo"): the dateline
                # names the town, a bare name elsewhere the province (unless "Kota" stands before it)
                provinces = [c for c in options if c.region.kind == PROVINCE]
                capitals = [c for c in options if c.region.kind == CITY and provinces
                            and c.region.code.startswith(provinces[0].region.code + ".")]
                if provinces and capitals and not any(c.typed for c in capitals):
                    # (a dateline opens a line near the top: "GORONTALO - ...", "BENGKULU, (ANTARA) –")
                    in_dateline = s < 400 and _DATELINE_RE.match(text[:s].split("\n")[-1]) is not None \
                        and _DATELINE_AFTER_RE.match(text, e) is not None
                    city_named = CITY in typed_kinds.get(surface.lower(), ())
                    if in_dateline or _PREFIX_KOTA_RE.search(before) or (
                            city_named and provinces[0].region.code not in named_provinces):
                        options = capitals  # ("Pemkot Jambi"; "Kota Jambi" named and no "Provinsi Jambi")
                    else:
                        options = provinces
            if len(options) > 1 and not _DISTRICT_WORD_BEFORE_RE.search(before):
                # a bare name shared by a regency and its own seat district ("Kaimana"): the regency,
                # however deep a typed mention of the district ("Distrik Kaimana") took the context
                seats = [c for c in options if c.region.kind == DISTRICT and any(
                    o.region.kind in (REGENCY, CITY) and c.region.code.startswith(o.region.code + ".") for o in options)]
                if seats:
                    options = [c for c in options if c not in seats]
            if len(options) > 1:
                scored = [(self._ctx_depth(c.region.code, context), c) for c in options]
                best = max(sc for sc, _ in scored)
                if best > 0:
                    options = [c for sc, c in scored if sc == best]
            if len(options) > 1 and surface.lower() in typed_kinds:
                # (it settles regency against city; a province of the same name stays what a bare
                # "Bengkulu" names, whatever "Kota Bengkulu" elsewhere says)
                same = [c for c in options if c.region.kind in typed_kinds[surface.lower()] or c.region.kind == PROVINCE]
                if same:
                    options = same
            if len(options) > 1:
                typed = [c for c in options if c.typed]
                if typed and len(typed) < len(options) and not all(c.region.kind == VILLAGE for c in typed):
                    options = typed
            if len(options) > 1:
                kinds = {c.region.kind for c in options}
                if REGENCY in kinds and CITY in kinds:
                    want_city = bool(_PREFIX_KOTA_RE.search(before)) or (
                        s < 40 and surface.isupper() and _DATELINE_RE.match(text[:s].split("\n")[-1])
                    ) or (s < 40 and _DATELINE_RE.match(text[:s].split("\n")[-1]) is not None and
                          _DATELINE_AFTER_RE.match(text[e:e + 3]) is not None)
                    if _PREFIX_KAB_RE.search(before):
                        want_city = False
                    options = [c for c in options if c.region.kind != (REGENCY if want_city else CITY)]
            if len(options) > 1:
                default = self.gaz.bare_default.get(surface.lower())
                if default:
                    pick = [c for c in options if c.region.code == default]
                    if pick:
                        options = pick
            options.sort(key=lambda c: (_KIND_ORDER[c.region.kind], c.region.code or ""))
            r = options[0].region
            if r.kind == DISTRICT and not options[0].typed:
                passed = [c for c in cands if c.region.kind in (REGENCY, CITY) and c.region.code]
                if len(passed) == 1:
                    regency_options[len(out)] = passed[0]
            out.append({"start": s, "end": e, "code": r.code, "name": r.name, "kind": r.kind})
        for i, c in regency_options.items():
            # a line of a list or table of regencies ("Teluk Wondama\t2.985 ... / Manokwari Selatan\t3.310
            # ... / Pegunungan Arfak"): the regency of that name, not a district elsewhere
            prov = c.region.code.split(".")[0]
            near = [out[j] for j in (i - 1, i + 1) if 0 <= j < len(out) and out[j]["kind"] in (REGENCY, CITY)
                    and out[j]["code"].split(".")[0] == prov and _LIST_NEIGHBOUR_RE.fullmatch(
                        text, min(out[j]["end"], out[i]["end"]), max(out[j]["start"], out[i]["start"]))]
            if near:
                r = c.region
                out[i] = {"start": out[i]["start"], "end": out[i]["end"], "code": r.code, "name": r.name, "kind": r.kind}
        return out

    def _dateline(self, text: str, skip: list[tuple[int, int]],
                  matches: list[tuple[int, int, list[Candidate]]]) -> tuple[int, int, list[Candidate]] | None:
        """The dateline's town when the gazetteer's running-text lookup left it out: a bare name
        kept out of running text ("BATU –", Kota Batu) or a district or village ("SENDAWAR –"), as a
        match for the resolver (which keeps a district or village only inside a named regency)."""
        for m in _DATELINE_TOWN_RE.finditer(text, 0, min(len(text), _DATELINE_WITHIN)):
            s, e = m.span(1)
            if in_ranges(s, e, skip):
                continue
            if any(ms < e and s < me for ms, me, _ in matches):
                return None  # the gazetteer found it
            cands = self.gaz.dateline_candidates(m.group(1))
            if cands:
                return s, e, cands
        return None

    def _area_villages(self, text: str, skip: list[tuple[int, int]],
                       matches: list[tuple[int, int, list[Candidate]]]) -> list[tuple[int, int, list[Candidate]]]:
        """Bare village names after a lower-case area noun ("kawasan Kalibukbuk dan Pemuteran") that
        the gazetteer's running-text lookup left out: untyped village candidates for the resolver."""
        out = []
        for m in _AREA_NAMES_RE.finditer(text):
            for w in _AREA_NAME_RE.finditer(text, m.start(1), m.end(1)):
                s, e = w.span()
                if in_ranges(s, e, skip) or any(ms < e and s < me for ms, me, _ in matches):
                    continue
                regs = self.gaz.typed_local[VILLAGE].get(w.group().lower())
                if regs:
                    out.append((s, e, [Candidate(r, False) for r in regs]))
        return out

    def _table_places(self, text: str, skip: list[tuple[int, int]],
                      matches: list[tuple[int, int, list[Candidate]]]) -> list[tuple[int, int, list[Candidate]]]:
        """Bare place names in the cells of a text table's column of places ("No | Kelurahan | Kecamatan | ..." then
        "1 | Tondo | Mantikulore | ..."): untyped candidates of the column's kind for the resolver. A cell whose name
        was found as a place of another level ("Babakan Ciparay", also a district) is read as the village of that name
        in a village column: its match is taken out of ``matches`` (session 22); so too a district column's cell named
        like the regency ("Kecamatan | Jumlah KK" over "Karangasem | 5.417", session 23)."""
        out = []
        column = None  # (the place column's position, the header's cell count, the kind of place its cells name)
        pos = 0
        for line in text.split("\n"):
            start, pos = pos, pos + len(line) + 1
            if "|" not in line:
                column = None
                continue
            cells = line.split("|")
            labels = [c.strip().lower().split() for c in cells]
            found = next((i for i, words in enumerate(labels) if words and len(words) <= 2
                          and words[-1] in _COLUMN_KIND), None)
            # (a header's labels may hold a number of their own, "Keluarga DTSEN | Desil 1"; no cell opens with one)
            if found is not None and not any(c.strip()[:1].isdigit() for c in cells):
                column = (found, len(cells), _COLUMN_KIND[labels[found][-1]])
                continue
            if column is None or len(cells) != column[1]:
                continue
            s = start + sum(len(c) + 1 for c in cells[:column[0]])
            name = _CELL_NAME_RE.fullmatch(cells[column[0]])
            if name is None:
                continue
            ns, ne = s + name.start(1), s + name.end(1)
            if in_ranges(ns, ne, skip):
                continue
            same = next((m for m in matches if m[0] == ns and m[1] == ne), None)
            if same is None and any(ms < ne and ns < me for ms, me, _ in matches):
                continue
            kind = column[2]
            regs = self.gaz.typed_local[kind].get(name.group(1).lower())
            if regs and (same is None or not all(c.region.kind == kind for c in same[2])):
                if same is not None:
                    matches.remove(same)
                out.append((ns, ne, [Candidate(r, False) for r in regs]))
        return out

    def _list_villages(self, text: str, skip: list[tuple[int, int]],
                       matches: list[tuple[int, int, list[Candidate]]]) -> list[tuple[int, int, list[Candidate]]]:
        """Bare village names leading the lines of a list ("Sebaran ... di Sokobanah menurut P3KE:" then "Tamberu Daya –
        318 KK", "Sokobanah Daya – 274 KK"): untyped village candidates for the resolver (which keeps them only inside a
        regency the article names), when at least two lines of the text give one."""
        out = []
        known = 0  # (labels already found as villages count towards the two lines too, session 22)
        for m in _LIST_LABEL_NAME_RE.finditer(text):
            s, e = m.span(1)
            if in_ranges(s, e, skip):
                continue
            same = next((x for x in matches if x[0] == s and x[1] == e), None)
            if same is not None and any(c.region.kind == VILLAGE for c in same[2]):
                known += 1
                continue
            regs = self.gaz.typed_local[VILLAGE].get(m.group(1).lower())
            if same is not None and regs and _VILLAGE_LEAD_RE.search(text, max(0, s - 300), text.rfind("\n", 0, s) + 1):
                # "Sebaran keluarga miskin di lima desa dan kelurahan ...:" then "3. Sepaku: 356 KK": under a lead naming
                # villages, the village of a district's name (its match is taken out of ``matches``) (session 22)
                matches.remove(same)
                out.append((s, e, [Candidate(r, False) for r in regs]))
                continue
            if any(ms < e and s < me for ms, me, _ in matches):
                continue
            if regs:
                out.append((s, e, [Candidate(r, False) for r in regs]))
        return out if len(out) + known >= 2 else []

    def _bare_repeats(self, text: str, skip: list[tuple[int, int]], places: list[dict]) -> list[dict]:
        """The other mentions, without the type word, of a district or village the article names with
        it ("Kepala Desa Pernasidi" ... "Warga Pernasidi Terima BLT"), or of a regency whose bare name is
        too common to look up ("Kabupaten Puncak" ... "di Puncak"): the same place, when a word that
        introduces a place or its people stands right before it (``bare_place_before``: many villages
        are called after common words, "Baru", "Jaya", "Tengah")."""
        named: dict[str, dict] = {}
        for p in places:
            if p["code"] and (p["kind"] in (DISTRICT, VILLAGE) or p["kind"] in (REGENCY, CITY)):
                words = text[p["start"]:p["end"]].split(None, 1)
                local = p["kind"] in (DISTRICT, VILLAGE)
                if len(words) == 2 and words[1][:1].isupper() and (
                        (local and words[0].lower() in self.gaz.type_words)
                        or (not local and words[0].lower() in REGENCY_TYPE_WORDS and words[1].lower() in self.gaz.excluded_index)):
                    # (a regency too whose bare name is kept out of running text: "Kabupaten Puncak" ...
                    # "Tingkat kemiskinan ekstrem di Puncak")
                    named.setdefault(words[1], p)
        if not named:
            return places
        taken = sorted((p["start"], p["end"]) for p in places)
        starts = [a for a, _ in taken]
        extra = []
        for name in sorted(named):
            p = named[name]
            for s, e in whole_word_spans(text, name):
                k = bisect_left(starts, e)  # (the places starting before its end: does the last one reach it?)
                if in_ranges(s, e, skip) or (k and max(b for _, b in taken[max(0, k - 3):k]) > s) \
                        or not self.bare_place_before_re.search(text, max(0, s - 25), s):
                    continue
                extra.append({"start": s, "end": e, "code": p["code"], "name": p["name"], "kind": p["kind"]})
        if not extra:
            return places
        return sorted(places + extra, key=lambda p: p["start"])

    def _listed_siblings(self, text: str, skip: list[tuple[int, int]], places: list[dict]) -> list[dict]:
        """A regency or city whose bare name is kept out of running text ("Puncak", "Batu", "Metro") named as an
        item of a list right after a sibling of the same province: "Paniai 37,52 persen, Puncak 36,08 persen,
        Puncak Jaya 34,67 persen" (``listed_sibling_between`` / ``listed_sibling_after`` in cues.yaml)."""
        extra = []
        starts = [p["start"] for p in places]
        for m in self.kept_out_re.finditer(text):
            s, e = m.span()
            k = bisect_left(starts, s)
            if (k < len(places) and places[k]["start"] < e) or (k and places[k - 1]["end"] > s) \
                    or not k or in_ranges(s, e, skip):
                continue  # (inside a place already found: "Puncak Jaya")
            prev = places[k - 1]
            if prev["kind"] not in (REGENCY, CITY) or not prev["code"] or s - prev["end"] > 45 \
                    or not self.listed_between_re.fullmatch(text, prev["end"], s) \
                    or not self.listed_after_re.match(text, e):
                continue
            province = prev["code"].split(".", 1)[0]
            cands = [c.region for c in self.gaz.excluded_index.get(m.group().lower(), ())
                     if c.region.kind in (REGENCY, CITY) and c.region.code.split(".", 1)[0] == province]
            if len(cands) == 1:
                extra.append({"start": s, "end": e, "code": cands[0].code, "name": cands[0].name, "kind": cands[0].kind})
        if not extra:
            return places
        return sorted(places + extra, key=lambda p: p["start"])

    def _merge_island_groups(self, text: str, places: list[dict]) -> list[dict]:
        """"Pulau Maluku dan Papua": one island group (BPS reports by island group), no code (not two
        places abroad: "Malaysia dan Arab Saudi"). Written without "Pulau", a group whose first part is a
        province is one when its second part is no province ("Bali dan Nusa Tenggara"), or when the
        text names at least two other islands ("Sumatera", "Kalimantan": a story by island group; else
        "Maluku dan Papua" are two provinces)."""
        out: list[dict] = []
        abroad = self.gaz.abroad
        groups = self.gaz.island_groups
        islands = None  # (how many islands of no group the text names, counted when first needed)
        for p in places:
            if out and p["kind"] in (ISLAND, PROVINCE) and text[out[-1]["end"]:p["start"]] in (" dan ", " & ") and \
                    text[out[-1]["start"]:out[-1]["end"]].lower() not in abroad and text[p["start"]:p["end"]].lower() not in abroad:
                prev = out[-1]
                name = text[prev["start"]:p["end"]]
                merge = prev["kind"] == ISLAND
                key = " ".join(name.lower().split()).replace(" & ", " dan ")
                parts = " dan ".join(reversed(key.removeprefix("pulau ").split(" dan ")))
                if not merge and prev["kind"] == PROVINCE and (key in groups or parts in groups):
                    if islands is None:
                        islands = sum(1 for x in places if x["kind"] == ISLAND and " dan " not in text[x["start"]:x["end"]])
                    # (not two provinces each with its value or its governor: "Maluku dan Papua masing-masing 15,78
                    # persen dan 20,23 persen", "Gubernur Maluku dan Papua")
                    merge = p["kind"] == ISLAND or (islands >= 2 and not self.island_pair_apart_re.match(text, p["end"])
                                                    and not self.island_pair_apart_before_re.search(
                                                        text, max(0, prev["start"] - 20), prev["start"]))
                if merge:
                    # (the group's own name, whichever order its parts come in: "Nusa Tenggara dan Bali")
                    name = groups.get(key.removeprefix("pulau "), groups.get(parts, name))
                    out[-1] = {"start": prev["start"], "end": p["end"], "code": None, "name": name, "kind": ISLAND}
                    continue
            out.append(p)
        return out

    def __call__(self, doc: Doc) -> Doc:
        st = state(doc)
        text = doc_text(doc)
        skip = st.get("boilerplate", [])
        matches = []
        outlet = outlet_range(text)
        headline_end = text.find("\n")
        for m in self.gaz.find(text, ascii=ascii_doc(doc)):
            if m[1] <= headline_end and self._common_noun_in_headline(text, m[0], m[1], headline_end, skip):
                continue
            if in_ranges(m[0], m[1], skip) or _NOT_A_PLACE_BEFORE_RE.search(text, max(0, m[0] - 40), m[0]):
                continue
            if outlet and outlet[0] <= m[0] and m[1] <= outlet[1] and (m[0], m[1]) != outlet:
                continue  # "TAMBOLAKA, POS SUMBA –": a place word inside the outlet's name
            if self.name_before_country_re is not None and any(c.region.kind == COUNTRY for c in m[2]) and \
                    self.name_before_country_re.search(text, max(0, m[0] - 60), m[0]):
                continue
            words = text[m[0]:m[1]].split()
            if len(words) == 2 and words[1] in self.common_words and words[0].lower() in self.gaz.type_words:
                continue  # "Lima Desa Jadi Kantong Kemiskinan"
            if len(words) >= 2 and words[0].lower() == "desa" and _FUND_BEFORE_RE.search(text, max(0, m[0] - 8), m[0]):
                # "pagu Dana Desa Lombok Timur": "Desa" is the fund's word; the place is the name after it
                # when that names a province, regency or city (else a village of that name, "Dana Desa Sukamaju")
                bare = m[0] + text[m[0]:m[1]].index(words[1])
                cands = [c for c in self.gaz.lookup(text[bare:m[1]]) if c.region.kind in (PROVINCE, REGENCY, CITY)]
                name = text[bare:m[1]]
                if cands and (_regency_named(text, name) or not _village_named(text, name)):
                    # (not "Desa Karanganyar di Kecamatan Karanganyar, Demak, menerima Dana Desa Karanganyar")
                    m = (bare, m[1], cands)
            if text.startswith("Kota ", m[0]) and _MAYOR_BEFORE_RE.search(text, max(0, m[0] - 6), m[0]):
                m = (m[0] + 5, m[1], m[2])  # "Wali Kota Baubau": "Kota" belongs to the title, the place is "Baubau"
            matches.append(m)
        dateline = self._dateline(text, skip, matches)
        extra = ([dateline] if dateline is not None else []) + self._area_villages(text, skip, matches) + (
            self._table_places(text, skip, matches) if "|" in text else []) + self._list_villages(text, skip, matches)
        if extra:
            matches.extend(extra)
            matches.sort(key=lambda m: m[0])
        places = self.resolve(text, matches)
        places = self._hamlets_elsewhere(text, places)
        places = self._merge_island_groups(text, places)
        places = self._describing_names(text, places)
        places = self._bare_repeats(text, skip, places)
        if self.kept_out_re is not None:
            places = self._listed_siblings(text, skip, places)
        st["places"] = places
        set_entities(doc, [(p["start"], p["end"], "PLACE") for p in places], write=not defer_entities(self._nlp))
        items = []
        for p in places:
            attrs = {"kind": p["kind"], "canonical": p["name"]}
            if p["code"]:
                attrs["code"] = p["code"]
            items.append((p["start"], p["end"], attrs))
        set_many_span_attrs(doc, "PLACE", items)
        return doc


@Language.factory("kie_places")
def make_places(nlp: Language, name: str) -> PlaceTagger:
    """Factory for the place tagger."""
    return PlaceTagger(nlp, name)
