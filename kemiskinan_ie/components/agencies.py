"""``kie_agencies``: AGENCY entities from Indonesian institutional naming patterns.

Three shapes, all from ``data/agencies.yaml``: a long form that starts with a head word
("Dinas Sosial Provinsi Kalsel", "Badan Perencanaan Pembangunan, Penelitian dan Pengembangan"),
a head that needs a region ("Pemkab Bartim", "Pemerintah Kabupaten Balangan"), and a known
acronym with an optional region ("BPS Balangan", "BPS RI", "Dinsos P3AP2KB"). An acronym in
brackets right after a long form is its own AGENCY span. A place inside an agency name is not a
PLACE entity, but its region is kept as the agency's region for the relation layer.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from .. import lexicon
from ..extensions import set_span_attrs
from ..regex_speed import WordScan, gated, literal_trie
from ..text_units import outlet_range
from .base import (
    Component,
    defer_entities,
    doc_text,
    in_ranges,
    set_entities,
    shared_spans,
    shared_word_scan,
    state,
    whole_word_spans,
)

_TOK_RE = re.compile(r"\s*([^\s,;:()\"“”]+|[,;:()\"“”])")
_CAP_RE = re.compile(r"^(?:[A-Z][\w&'’/-]*|[A-Z0-9]{2,}[\w/-]*)$")


class AgencyTagger(Component):
    """Find agency names and record them in ``doc.ents`` and ``state(doc)["agencies"]``."""

    def __init__(self, nlp: Language, name: str = "kie_agencies", data: str = "agencies"):
        self.name = name
        self._nlp = nlp
        self.cfg = {"data": data}
        d = lexicon.load(data)
        self.heads = set(d["heads"])
        self.head_re = gated(re.compile(r"(?<![\w])" + literal_trie(d["heads"]) + r"(?![\w-])"))
        self.region_head_re = gated(re.compile(r"(?<![\w])" + literal_trie(d["region_heads"]) + r"(?![\w-])"))
        self.acr_re = gated(re.compile(r"(?<![\w/-])" + literal_trie(d["acronyms"]) + r"(?![\w/-])"))
        # the three scans above in one pass over the text (same spans; None without pyahocorasick)
        self.word_scan = WordScan([(d["heads"], "", "-", None), (d["region_heads"], "", "-", None),
                                   (d["acronyms"], "/-", "/-", None)])
        # ... and with the other entity components' lists, in the pipeline's one pass per document
        self._shared = shared_word_scan(nlp)
        self._slot = self._shared.add(self.word_scan.lists, (True, True, True))
        self.acronyms = set(d["acronyms"])
        self.tail_re = re.compile(r"\s+(" + d["acronym_tail"] + r")(?![\w-])")
        self.short_tail_re = re.compile(r"\s+([A-Z]{2})(?![\w-])")
        self.stop = set(d["stop_words"])
        self.region_words_re = re.compile(r"\s+" + lexicon.literal_alternation(d["region_words"]) + r"(?![\w-])")
        self.bracket_re = re.compile(r"\s*\(\s*([A-Z][A-Za-z0-9&-]{1,20})\s*\)")
        self.not_agencies = tuple(d.get("not_agencies", []))
        self.not_agency_acronyms = set(d.get("not_agency_acronyms", []))
        self.head_words = {h.split()[0] for h in d["heads"]} | {a.split()[0] for a in d["acronyms"]}
        self.unit_code_heads = set(d.get("unit_code_heads", []))
        self.council_parts = tuple(d.get("council_parts", []))
        self.councils = tuple(d.get("councils", []))
        self.unit_heads = tuple(d.get("unit_heads", []))
        self.parent_heads = set(d.get("parent_heads", []))
        self.complete_names = frozenset(d.get("complete_names", []))

    def _place_at(self, places: dict[int, dict], text: str, pos: int) -> dict | None:
        """A place that starts right after whitespace at ``pos``."""
        j = pos
        while j < len(text) and text[j] in " \t":
            j += 1
        if j == pos and pos < len(text) and text[pos] not in " \t":
            return places.get(pos)
        return places.get(j)

    def _extend_region(self, text: str, end: int, places: dict[int, dict]) -> tuple[int, dict | None]:
        p = self._place_at(places, text, end)
        if p is not None:
            return p["end"], p
        m = self.region_words_re.match(text, end)
        if m:
            e = m.end()
            p = self._place_at(places, text, e)  # "Provinsi" + place
            if p is not None and text[m.start():m.end()].strip() == "Provinsi":
                return p["end"], p
            return e, None
        return end, None

    def _long_form(self, text: str, start: int, head_end: int, places: dict[int, dict]) -> tuple[int, dict | None]:
        """Scan a long-form name from its head; returns (end, region place or None)."""
        # the tokens after the head, read only as far as the scan goes (most names end within a
        # few words of their head): ``has(k)`` tells whether ``toks[k]`` exists, reading up to it
        found = _TOK_RE.finditer(text, head_end, min(len(text), head_end + 200))
        toks: list[tuple[int, int, str]] = []

        def has(k: int) -> bool:
            while len(toks) <= k:
                m = next(found, None)
                if m is None:
                    return False
                toks.append((m.start(1), m.end(1), m.group(1)))
            return True

        end = head_end
        words = 0
        enum_used = False
        # a university's unit names its university: the parent's head word does not end the name
        unit = text.startswith(self.unit_heads, start)
        i = 0
        while has(i):
            s, e, w = toks[i]
            gap = text[toks[i - 1][1] if i else head_end:s]
            if "\n" in gap:
                break
            p = places.get(s)
            if p is not None and words > 0:
                return p["end"], p
            if w == ",":
                look = re.match(r",\s+((?:[A-Z][\w-]*\s+)+)dan\s+[A-Z]", text[s:s + 80])
                if look and not enum_used and words > 0:
                    enum_used = True
                    i += 1
                    continue
                break
            if w in ("dan", "&") and words > 0:
                if has(i + 1) and _CAP_RE.match(toks[i + 1][2]) and toks[i + 1][2] not in self.head_words:
                    i += 1
                    continue
                break
            final = False
            if len(w) > 1 and w[-1] in ".!?":
                w, e, final = w.rstrip(".!?"), e - (len(w) - len(w.rstrip(".!?"))), True
            if not _CAP_RE.match(w) or w in self.stop:
                break
            if words > 0 and (w in self.acronyms or w in self.head_words) and not (unit and w in self.parent_heads):
                break
            words += 1
            end = e
            i += 1
            if final:
                break
            if text[start:end] in self.complete_names:
                # a whole name: a region right after it joins it ("Badan Pusat Statistik Provinsi Bali", "... RI"), a
                # person's name does not ("Kepala Badan Pusat Statistik Darmawan Sukirno")
                if has(i) and "\n" not in text[end:toks[i][0]]:
                    p = places.get(toks[i][0])
                    if p is not None:
                        return p["end"], p
                    if toks[i][2] == "RI":
                        return toks[i][1], None
                return end, None
            if words == 1 and w in self.acronyms and not unit:
                # a head and a known short name make the name, with a region right after it ("Perum
                # Bulog", "Sekretariat TKPK Kota Jambi"), not the name of the person after it
                p = places.get(toks[i][0]) if has(i) and "\n" not in text[e:toks[i][0]] else None
                return (p["end"], p) if p is not None else (end, None)
        if words == 0:
            return start, None
        return end, None

    def find(self, text: str, places: list[dict], skip: list[tuple[int, int]],
             scans: list[list[tuple[int, int]]] | None = None) -> list[dict]:
        """Agency dicts ``{start, end, region_code, region}`` in text order (non-overlapping);
        ``scans`` are the spans of the head, region-head and acronym lists when already found."""
        by_start = {p["start"]: p for p in places}
        found: list[dict] = []
        if scans is not None:
            heads, region_heads, acronyms = scans
        elif self.word_scan.automaton is not None:
            heads, region_heads, acronyms = self.word_scan.scan(text)
        else:
            heads, region_heads, acronyms = ([m.span() for m in rx.finditer(text)]
                                             for rx in (self.head_re, self.region_head_re, self.acr_re))
        for ms, me in heads:
            if text.startswith(self.not_agencies, ms):
                continue
            end, region = self._long_form(text, ms, me, by_start)
            if end > me:
                found.append({"start": ms, "end": end, "place": region})
        for ms, me in region_heads:
            p = self._place_at(by_start, text, me)
            if p is not None:
                found.append({"start": ms, "end": p["end"], "place": p})
        for ms, me in acronyms:
            end, region = me, None
            t = self.tail_re.match(text, end) or self.short_tail_re.match(text, end)
            if t and t.start(1) not in by_start and not t.group(1).isdigit() and (
                    any(c.isdigit() for c in t.group(1)) or self._place_at(by_start, text, t.end()) is not None
                    or (text[ms:me] in self.unit_code_heads and t.re is self.tail_re)):
                end = t.end()  # a unit code: "Dinsos P3AP2KB", "Dinsos PM Bulungan" (a short one needs the
                # region); a number alone is a year or a count ("Data BPS 2015"), no unit code
            end, region = self._extend_region(text, end, by_start)
            found.append({"start": ms, "end": end, "place": region})
        # bracketed acronym right after a long form
        extra = []
        for a in found:
            b = self.bracket_re.match(text, a["end"])
            if b and b.group(1) not in self.acronyms and b.start(1) not in by_start:
                extra.append({"start": b.start(1), "end": b.end(1), "place": None})
        found.extend(extra)
        # the short form introduced in brackets names the agency wherever the article repeats it
        # ("Universitas Mataram (Unram)" ... "di kampus Unram")
        for name in sorted({text[a["start"]:a["end"]] for a in extra}):
            found.extend({"start": s, "end": e, "place": None} for s, e in whole_word_spans(text, name, "/-"))
        found = [a for a in found if not in_ranges(a["start"], a["end"], skip)]
        outlet = outlet_range(text)
        if outlet:  # "KAPUAS HULU, Diskominfo –": the outlet of a dateline is a byline, not an agency
            found = [a for a in found if not (outlet[0] <= a["start"] and a["end"] <= outlet[1])]
        # longest first, no overlaps
        found.sort(key=lambda a: (-(a["end"] - a["start"]), a["start"]))
        kept: list[dict] = []
        for a in found:
            if all(a["end"] <= k["start"] or k["end"] <= a["start"] for k in kept):
                kept.append(a)
        kept.sort(key=lambda a: a["start"])
        kept = self._join_council_parts(text, kept)
        for a in kept:
            inner = [p for p in places if a["start"] <= p["start"] and p["end"] <= a["end"]]
            pl = a.pop("place") or (inner[-1] if inner else None)
            a["region_code"] = pl["code"] if pl else None
            a["region"] = pl["name"] if pl else None
            a["text"] = text[a["start"]:a["end"]]
        return kept

    def _join_council_parts(self, text: str, kept: list[dict]) -> list[dict]:
        """A part of a council and the council right after it are one agency ("Komisi III" + "DPRD
        Kabupaten Halmahera Selatan" -> "Komisi III DPRD Kabupaten Halmahera Selatan")."""
        out: list[dict] = []
        for a in kept:
            prev = out[-1] if out else None
            if prev is not None and text[prev["end"]:a["start"]] == " " and \
                    text.startswith(self.council_parts, prev["start"]) and text.startswith(self.councils, a["start"]):
                out[-1] = {"start": prev["start"], "end": a["end"], "place": a["place"] or prev["place"]}
                continue
            out.append(a)
        return out

    def from_ner(self, doc: Doc, text: str, taken: list[tuple[int, int]], skip: list[tuple[int, int]]) -> list[dict]:
        """Organisation names from the statistical NER (``doc.spans["ner"]``) that no rule found.

        Kept only when they look institutional: a known head word inside, or an all-capitals
        acronym that is not a plan, budget, survey or programme.
        """
        if "ner" not in doc.spans:
            return []
        out = []
        for sp in doc.spans["ner"]:
            if sp.label_ != "ORG":
                continue
            s, e = sp.start_char, sp.end_char
            name = text[s:e]
            if in_ranges(s, e, taken) or in_ranges(s, e, skip) or name in self.not_agency_acronyms:
                continue
            words = name.split()
            institutional = len(words) >= 2 and words[0] in self.head_words
            if not institutional or any(w in self.not_agency_acronyms for w in words):
                continue
            if any(p["start"] < e and s < p["end"] for p in state(doc).get("places", []) if p["start"] == s):
                continue
            out.append({"start": s, "end": e, "place": None, "region_code": None, "region": None, "text": name,
                        "source": "ner"})
        return out

    def __call__(self, doc: Doc) -> Doc:
        st = state(doc)
        places = st.get("places", [])
        agencies = self.find(doc_text(doc), places, st.get("boilerplate", []), shared_spans(doc, self._shared, self._slot))
        extra = self.from_ner(doc, doc_text(doc), [(a["start"], a["end"]) for a in agencies], st.get("boilerplate", []))
        if extra:
            agencies = sorted(agencies + extra, key=lambda a: a["start"])
        st["agencies"] = agencies
        for p in places:
            p["in_agency"] = any(a["start"] <= p["start"] and p["end"] <= a["end"] for a in agencies)
        set_entities(doc, [(a["start"], a["end"], "AGENCY") for a in agencies], write=not defer_entities(self._nlp))
        for a in agencies:
            if a["region_code"]:
                set_span_attrs(doc, "AGENCY", a["start"], a["end"], {"code": a["region_code"]})
        return doc


@Language.factory("kie_agencies", default_config={"data": "agencies"})
def make_agencies(nlp: Language, name: str, data: str) -> AgencyTagger:
    """Factory for the agency tagger."""
    return AgencyTagger(nlp, name, data)
