"""``kie_programs``: PROGRAM entities from a lexicon and name patterns.

``data/programs.yaml`` lists programmes with a case rule (``any``: "dana desa" counts; ``title``:
only capitalised; ``exact``: acronyms as written) and head words whose capitalised names are
programmes ("Kartu Jateng Sejahtera"). An acronym in brackets after a programme's long form is
a PROGRAM too. Results: PROGRAM spans in ``doc.ents`` and ``state(doc)["programs"]``.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from .. import lexicon
from ..regex_speed import LowerSearch, WordScan, gated, literal_trie
from .base import (
    Component,
    defer_entities,
    doc_text,
    lower_doc_text,
    set_entities,
    shared_spans,
    shared_word_scan,
    state,
    whole_word_spans,
)

_WORD_RE = re.compile(r"[^\W\d_]+")
#: the gap between two words of a name: spaces on one line ("Program X Y\n\nKUALA" is no name)
_GAP = r"[^\S\n]+"
#: a short form in capitals ("BPAN", "BLT-DD"), found again wherever the article repeats it
_ACRONYM_RE = re.compile(r"[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*")
_BRACKET_RE = re.compile(r"\s*\(\s*([A-Z][A-Za-z0-9-]{1,15})\s*\)")
# a short name of two or three capitalised words in brackets ("(Anggur Merah)", "(JPS Gemilang)")
_BRACKET_WORDS_RE = re.compile(r"\s*\(\s*([A-Z][A-Za-z0-9-]{1,15}(?: [A-Z][a-z0-9-]{1,15}){1,2})\s*\)")


def _spelled_out_before(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The range of the words spelling out an acronym in brackets right after them, in any case
    ("rumah tidak layak huni (RTLH)"), or None."""
    acr = text[start:end]
    if not (2 <= len(acr) <= 8 and acr.isupper() and text[start - 1:start] == "(" and text[end:end + 1] == ")"):
        return None
    words = list(_WORD_RE.finditer(text, max(0, start - 120), start - 1))
    if len(words) < len(acr):
        return None
    span = words[-len(acr):]
    if "".join(w.group()[0] for w in span).upper() != acr or "\n" in text[span[0].start():start]:
        return None
    if text[span[-1].end():start - 1].strip():
        return None
    return span[0].start(), span[-1].end()


class ProgramTagger(Component):
    """Find programme names."""

    def __init__(self, nlp: Language, name: str = "kie_programs", data: str = "programs"):
        self.name = name
        self._nlp = nlp
        self.cfg = {"data": data}
        d = lexicon.load(data)
        anycase, cased = [], []
        for e in d["entries"]:
            n = e["name"]
            if e.get("case") == "any":
                anycase.append(n)
            elif e.get("case") == "title":
                cased.extend([n, n.upper()])
            else:
                cased.append(n)
        self.any_re = gated(re.compile(r"(?<![\w-])" + literal_trie(anycase, ignore_case=True) + r"(?![\w-])", re.I))
        self.cased_re = gated(re.compile(r"(?<![\w-])" + literal_trie(cased) + r"(?![\w-])"))
        stop = "|".join(re.escape(w) for w in d["name_stop"])
        self.any_search = LowerSearch(self.any_re)  # same matches, over lower-cased text when possible
        # the two name scans in one pass each (same spans; ``automaton`` None without pyahocorasick)
        self.any_scan = WordScan([(anycase, "-", "-", None)], ignore_case=True)
        self.cased_scan = WordScan([(cased, "-", "-", None)])
        # both in one pass over the lower-cased text, the cased names read in their own case (same spans)
        self.name_scan = WordScan([(anycase, "-", "-", None), (cased, "-", "-", None)], ignore_case=True,
                                  exact=(False, True))
        # ... and with the other entity components' lists, in the pipeline's one pass per document
        self._shared = shared_word_scan(nlp)
        self._slot = self._shared.add(self.name_scan.lists, (False, True))
        self.generic = set(d.get("generic_words", []))
        lower_heads = d.get("lower_name_heads", [])
        inner = d.get("name_inner_words", [])
        # a lower-case word may stand inside the name, between capitalised words ("Anggaran untuk
        # Rakyat Menuju Sejahtera")
        inner_alt = r"(?:" + _GAP + r"(?:" + "|".join(re.escape(w) for w in inner) + r"))?" if inner else ""
        self.lower_head_re = gated(re.compile(
            r"(?<![\w-])" + literal_trie(lower_heads) + _GAP + r"((?!(?:" + stop + r")\b)[A-Z][\w-]*(?:"
            + inner_alt + r"[^\S\n]+[A-Z][\w-]*){0,5})"
        )) if lower_heads else re.compile(r"(?!)")
        from .relations.patterns import AlternativeNeedles  # (here: the relations package imports this one)

        self.lower_head_gate = AlternativeNeedles(self.lower_head_re)  # (the words every match holds)
        # a capitalised head-word name with a lower-case inner word counts when a bracketed short
        # form follows it ("Program Subsidi Beras bagi Masyarakat Berpendapatan Rendah (Raskin)")
        self.head_inner_re = gated(re.compile(
            r"(?<![\w-])" + literal_trie(d["name_heads"]) + r"(?:[^\S\n]+(?!(?:" + stop + r")\b)[A-Z][\w-]*){1,5}"
            + r"(?:" + _GAP + r"(?:" + "|".join(re.escape(w) for w in inner) + r")(?:[^\S\n]+[A-Z][\w-]*){1,4})+(?=\s*\()"
        )) if inner else re.compile(r"(?!)")
        # a capitalised name starting with one of these words counts only with its short form in brackets
        # right after it ("Bantuan Premi Asuransi Nelayan (BPAN)"; not "Bantuan Pendidikan Masyarakat")
        acr_heads = d.get("acronym_name_heads", [])
        self.acronym_head_re = gated(re.compile(
            r"(?<![\w-])" + literal_trie(acr_heads) + r"(?:[^\S\n]+(?!(?:" + stop + r")\b)[A-Z][\w-]*){1,5}"
            + r"(?=[^\S\n]*\([^\S\n]*[A-Z][A-Z0-9-]{1,9}[^\S\n]*\))"
        )) if acr_heads else re.compile(r"(?!)")
        brands = d.get("brand_words", [])
        self.brand_re = re.compile(r"[ \t]+(?:" + "|".join(re.escape(w) for w in brands) + r")(?![\w-])") \
            if brands else None
        self.head_re = gated(re.compile(
            r"(?<![\w-])" + literal_trie(d["name_heads"])
            + r"(?:[^\S\n]+(?!(?:" + stop + r")\b)[A-Z][\w-]*){1,5}(?:[^\S\n]+" + d["name_joiner"] + r"[^\S\n]+(?!(?:" + stop
            + r")\b)[A-Z][\w-]*(?:[^\S\n]+[A-Z][\w-]*){0,3})?"
        ))

    def _with_brand(self, text: str, cands: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Programme names written with a region's brand word after them ("JPS Gemilang"): the
        longer ranges (the name must be capitalised as written)."""
        if self.brand_re is None:
            return []
        out = []
        for s, e in cands:
            if not text[s:s + 1].isupper():
                continue
            m = self.brand_re.match(text, e)
            if m:
                out.append((s, m.end()))
        return out

    def _after_lower_heads(self, text: str, lex: list[tuple[int, int]], low: str | None = None) -> list[tuple[int, int]]:
        """Capitalised names of two words or more after "program"/"gerakan" in lower case; ``low`` is
        ``regex_speed.lower_text(text)`` when known (a text without the head words needs no search)."""
        out = []
        if not self.lower_head_gate.may_match(low):
            return out
        for m in self.lower_head_re.finditer(text):
            s, e = m.span(1)
            words = m.group(1).split()
            if len(words) < 2 or all(w in self.generic for w in words):
                continue
            if any(ls <= s < le for ls, le in lex):
                continue  # "program Keluarga Harapan": the lexicon has the name
            out.append((s, e))
        return out

    def find(self, text: str, skip: list[tuple[int, int]], taken: list[tuple[int, int]],
             low: str | None = None, scans: list[list[tuple[int, int]]] | None = None) -> list[tuple[int, int]]:
        """Programme ranges, longest first without overlaps, outside ``skip`` and ``taken``;
        ``low`` is ``regex_speed.lower_text(text)`` when known, ``scans`` the spans of the any-case
        and cased name lists when already found."""
        cands: list[tuple[int, int]]
        if scans is not None:
            cands = scans[0] + scans[1]
        elif low is not None and self.name_scan.automaton is not None:
            cands, cased_cands = self.name_scan.scan(low, text)
            cands.extend(cased_cands)
        else:
            if low is not None and self.any_scan.automaton is not None:
                cands = self.any_scan.scan(low)[0]
            else:
                cands = [m.span() for m in self.any_search.finditer(text, low)]
            if self.cased_scan.automaton is not None:
                cands.extend(self.cased_scan.scan(text)[0])
            else:
                cands.extend(m.span() for m in self.cased_re.finditer(text))
        lex = list(cands)
        for m in self.head_re.finditer(text):
            words = m.group().split()[1:]
            if all(w in self.generic for w in words):
                continue
            if any(m.start() < s and e <= m.end() for s, e in lex):
                continue  # "Program UEP Perorangan": the lexicon name is the programme
            cands.append(m.span())
        cands.extend(m.span() for m in self.head_inner_re.finditer(text))
        # (not around a name the lexicon has: "Bantuan Program Keluarga Harapan (PKH)")
        cands.extend(m.span() for m in self.acronym_head_re.finditer(text)
                     if not any(m.start() < s and e <= m.end() for s, e in lex))
        cands.extend(self._after_lower_heads(text, lex, low))
        for s, e in lex:
            long_form = _spelled_out_before(text, s, e)
            if long_form is not None:
                cands.append(long_form)
        cands.extend(self._with_brand(text, cands))
        short_names: set[str] = set()
        for _s, e in list(cands):
            b = _BRACKET_RE.match(text, e) or _BRACKET_WORDS_RE.match(text, e)
            if b:
                cands.append(b.span(1))
                if " " in b.group(1) or _ACRONYM_RE.fullmatch(b.group(1)):
                    short_names.add(b.group(1))
        # "... (Anggur Merah)" ... "dana Anggur Merah", "... (BLT-DD)" ... "penyaluran BLT-DD": the short name again
        for name in sorted(short_names):
            cands.extend(whole_word_spans(text, name))
        cands.sort(key=lambda x: (-(x[1] - x[0]), x[0]))
        # occupied characters as a bytearray: overlap checks stay O(length) in C on very long texts
        occupied = bytearray(len(text))
        for s, e in list(skip) + list(taken):
            occupied[s:e] = b"\x01" * (e - s)
        kept: list[tuple[int, int]] = []
        for s, e in cands:
            if occupied.find(1, s, e) >= 0:
                continue
            occupied[s:e] = b"\x01" * (e - s)
            kept.append((s, e))
        kept.sort()
        return kept

    def __call__(self, doc: Doc) -> Doc:
        st = state(doc)
        taken = [(a["start"], a["end"]) for a in st.get("agencies", [])]
        progs = self.find(doc_text(doc), st.get("boilerplate", []), taken, lower_doc_text(doc),
                          shared_spans(doc, self._shared, self._slot))
        st["programs"] = [{"start": s, "end": e, "text": doc_text(doc)[s:e]} for s, e in progs]
        set_entities(doc, [(s, e, "PROGRAM") for s, e in progs], write=not defer_entities(self._nlp))
        return doc


@Language.factory("kie_programs", default_config={"data": "programs"})
def make_programs(nlp: Language, name: str, data: str) -> ProgramTagger:
    """Factory for the programme tagger."""
    return ProgramTagger(nlp, name, data)
