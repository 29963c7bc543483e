"""``kie_officials``: OFFICIAL entities (a person's name with a job title).

Patterns, all driven by ``data/titles.yaml``:

* title then name: "Wakil Bupati Balangan Supiani", "Kepala BPS Kabupaten Gorontalo, Husain
  Duhengo", "Kabid Perlindungan dan Jaminan Sosial pada Dinas Sosial Provinsi Kalsel, H Achmadi";
* name then title (captions, appositions): "Ferdy Syaftiawan, Plt Kabid Penanganan Fakir Miskin";
* speaker after a speech verb: "ujar Darwis", "kata Ganjar";
* later mentions of a known official by part of the name ("Husain", "Habib Idrus").

The span is the name only (honorifics and academic suffixes stay out); ``attrs.title`` holds the
title as written. Boilerplate (bylines, credits) never yields officials. When the statistical NER
runs (``doc.spans["ner"]``), its PER spans next to a title or speech verb are accepted too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc

from .. import lexicon
from ..extensions import set_span_attrs
from ..regex_speed import LowerSearch, WordScan, ascii_twin, gated, literal_trie
from .base import (
    Component,
    ascii_doc,
    doc_text,
    in_ranges,
    lower_doc_text,
    set_entities,
    shared_spans,
    shared_word_scan,
    state,
)

#: the cue words of the module-level patterns below (``data/titles.yaml``), composed once
_WORDS = lexicon.load("titles")
_TOK_RE = re.compile(r"\s*([^\s,;:()\"“”]+|[,;:()\"“”])")
#: an age in brackets after a name ("Maria Ayomi (41)"): how news introduces residents, not officials
_AGE_AFTER_RE = re.compile(r"[^\S\n]*\(\d{1,3}(?:[^\S\n]*(?:" + "|".join(_WORDS["age_words"]) + r"))?\)")
_COMMA_RE = re.compile(r"[^\S\n]*,[^\S\n]*")
_ROLE_RE = gated(re.compile(r"\b(?:" + "|".join(_WORDS["leader_role_words"]) + r")\b", re.I))
_NAMEWORD_RE = re.compile(r"^(?:[A-Z][a-zà-ÿ'’]+(?:-[A-Za-z][a-z'’]+)?|[A-Z]{2,}|" + "|".join(_WORDS["name_particles"]) + r")$")


#: the number of an office ("Asisten II", "Komisi IV")
_ROMAN_RE = re.compile(r"^(?:I{1,3}|IV|VI{0,3}|IX|X)$")
#: what closes a title written after the name ("Ahmad, Kepala Bappeda X, mengatakan")
_APPOSITION_END_RE = re.compile(r"\s*(?:[,;:).]|\s*$|\s+(?:" + "|".join(_WORDS["apposition_end_words"]) + r")\b)")


def _wordish(ch: str) -> bool:
    """``re``'s ``[\\w-]`` for one character."""
    return ch.isalnum() or ch == "_" or ch == "-"


def find_words(text: str, words: Iterable[str]) -> list[tuple[int, int]]:
    """The ranges ``re.finditer(r"(?<![\\w-])" + literal_alternation(words) + r"(?![\\w-])", text)``
    finds, found with ``str.find`` (no pattern to compile for a word list made per document):
    at each position the longest word standing alone, left to right, without overlaps."""
    n = len(text)
    cands: list[tuple[int, int]] = []
    for w in set(words):
        if not w:
            continue
        i = text.find(w)
        while i >= 0:
            e = i + len(w)
            if (i == 0 or not _wordish(text[i - 1])) and (e == n or not _wordish(text[e])):
                cands.append((i, -len(w)))
            i = text.find(w, i + 1)
    cands.sort()
    out: list[tuple[int, int]] = []
    last = 0
    for i, neg in cands:
        if i >= last:
            last = i - neg
            out.append((i, last))
    return out


class OfficialTagger(Component):
    """Find officials and their titles."""

    def __init__(self, nlp: Language, name: str = "kie_officials", data: str = "titles"):
        self.name = name
        self.cfg = {"data": data}
        d = lexicon.load(data)
        prefixes = literal_trie(d["prefixes"])
        heads = literal_trie(d["heads"])
        self.title_re = gated(re.compile(r"(?<![\w-])(?:" + prefixes + r"\s+)*" + heads + r"(?![\w-])"))
        self.title_ascii = ascii_twin(self.title_re)  # (for ``ascii_safe`` texts: same matches)
        self.regional = {h.lower() for h in d["regional_heads"]}
        self.regional_ends = tuple(self.regional)
        self.honorifics = set(d["honorifics"])
        self.suffixes = {s.lower().rstrip(".") for s in d["suffixes"]}
        self.not_names = set(d["not_names"])
        self.dept = set(d["dept_words"])
        self.head_words = {h.split()[0] for h in d["heads"]} | {p.rstrip(".") for p in d["prefixes"]}
        self.name_abbrev = set(d.get("name_abbreviations", []))
        self.name_prefixes = set(d.get("name_prefixes", []))
        low = d.get("lowercase_heads", [])
        # "kata kepala dinas sosial setempat, Rini": a lower-case title, a few words, a comma, the name
        self.lower_title_re = gated(re.compile(
            r"(?<![\w-])(?:" + literal_trie(low, ignore_case=True) + r")(?:\s+[\w./&()-]+){0,6}?\s*,\s+(?=[A-Z])", re.I
        )) if low else None
        self.lower_title_search = LowerSearch(self.lower_title_re) if low else None  # same matches, faster
        # the words that may stand between a title and the comma before the name ("Anggota Banggar lainnya,
        # Nurlaila")
        self.after_title_fillers = frozenset(d.get("after_title_fillers", []))
        self.alias_res = [re.compile(p) for p in d.get("alias_patterns", [])]
        self.role_res = [re.compile(p) for p in d.get("role_patterns", [])]
        self.speech_re = gated(re.compile(r"(?<![\w-])" + literal_trie(d["speech_verbs"]) + r"\s+(?=[A-Z])"))
        # the speech verbs, and the lower-case titles over the lower-cased text, each found in one
        # pass (same spans as the two searches; ``automaton`` None without pyahocorasick)
        self.speech_scan = WordScan([(d["speech_verbs"], "-", None, re.compile(r"\s+(?=[A-Z])"))])
        self.lower_title_scan = WordScan(
            [(low, "-", None, re.compile(r"(?:\s+[\w./&()-]+){0,6}?\s*,\s+(?=[A-Z])", re.I))], ignore_case=True
        ) if low else None
        # both in one pass over the lower-cased text, the speech verbs read in their own case (same spans)
        self.title_speech_scan = WordScan(
            [self.lower_title_scan.lists[0], self.speech_scan.lists[0]], ignore_case=True, exact=(False, True)
        ) if low else None
        # ... and with the other entity components' lists, in the pipeline's one pass per document
        self._shared = shared_word_scan(nlp)
        self._slot = self._shared.add(self.title_speech_scan.lists, (False, True)) if low else None

    # -- name scanning -------------------------------------------------------------------
    def _name_at(self, text: str, pos: int, limit: int = 6) -> tuple[int, int] | None:
        """A person's name starting at ``pos`` (after spaces/commas): returns its range."""
        # tokens are read one ahead of the word in hand (a name rarely runs past a few of them)
        toks = _TOK_RE.finditer(text, pos, min(len(text), pos + 120))
        nxt = next(toks, None)
        while nxt is not None and nxt.group(1) in self.honorifics:
            nxt = next(toks, None)
        start = end = None
        n = 0
        while nxt is not None and n < limit:
            s, w = nxt.start(1), nxt.group(1)
            nxt = next(toks, None)
            if start is not None and "\n" in text[end:s]:
                break
            clean = w.rstrip(".")
            next_upper = nxt is not None and nxt.group(1)[:1].isupper()
            initial = next_upper and (
                (clean != w and clean in self.name_abbrev) or (n > 0 and len(w) == 1 and w.isupper())  # "Wempi W Mawa"
                or clean in self.name_prefixes)  # "I Nyoman Widiarta", "Ni Luh Ayu"
            if not initial and (not _NAMEWORD_RE.match(clean) or clean.lower() in self.suffixes):
                break
            if n == 0 and (clean in self.not_names or clean in self.head_words or (clean in self.dept and not initial)):
                return None  # (a noble word opening a name is no department: "Anak Agung Gde Raka")
            if n > 0 and (clean in self.head_words or clean in self.not_names):
                break
            if start is None:
                start = s
            abbrev = clean != w and clean in self.name_abbrev and next_upper
            end = s + (len(w) if abbrev else len(clean))
            n += 1
            if clean != w and not abbrev:  # sentence-final period
                break
        if start is None:
            return None
        # drop a trailing all-caps suffix glued without comma ("Idorway SH MM")
        return start, end

    def _resident(self, text: str, end: int) -> bool:
        """Whether the name ending at ``end`` is introduced as a resident: an age in brackets after it and no
        title after that ("Maria Ayomi (41), salah satu penerima"; not "Dedi Kurniawan (45), Camat Cibeber")."""
        age = _AGE_AFTER_RE.match(text, end)
        if age is None:
            return False
        comma = _COMMA_RE.match(text, age.end())
        return comma is None or self.title_re.match(text, comma.end()) is None

    def _strip_suffix_words(self, text: str, s: int, e: int) -> tuple[int, int]:
        words = text[s:e].split()
        while len(words) > 1 and words[-1].lower().rstrip(".") in self.suffixes:
            words.pop()
        return s, s + len(" ".join(words))

    def _after_title(self, text: str, head_start: int, head_end: int, ents: dict[int, tuple[int, str]],
                     regional: bool) -> tuple[int, tuple[int, int] | None]:
        """Scan a title's complement; returns (title end, name range or None)."""
        pos = head_end
        title_end = head_end
        for a_start, (a_end, _label) in ents.items():  # an agency that begins inside the head
            if head_start <= a_start < head_end < a_end:
                pos = title_end = a_end
                break
        for _ in range(14):
            toks = _TOK_RE.match(text, pos)
            if toks is None:
                break
            s, e, w = toks.start(1), toks.end(1), toks.group(1)
            if "\n" in text[pos:s]:
                break
            if s in ents:  # an agency or place: part of the title
                pos = title_end = ents[s][0]
                continue
            if w == "(":
                close = text.find(")", s, s + 30)
                if close > 0 and (s + 1) in ents or (close > 0 and text[s + 1:close].isalnum()):
                    pos = title_end = close + 1
                    continue
                break
            if w == ",":
                # "Kepala BPS X, Nama" or "..., Kabid ..., Nama"
                nxt = _TOK_RE.match(text, e)
                if nxt is not None and nxt.start(1) in ents and ents[nxt.start(1)][1] == "PLACE" \
                        and text.startswith(",", ents[nxt.start(1)][0]):
                    # "Kepala Distrik Tigi, Kabupaten Deiyai, Yulianus": the unit's parent region
                    pos = ents[nxt.start(1)][0]
                    continue
                name = self._name_at(text, e)
                if name:
                    return title_end, name
                break
            if w == "di":
                nxt = _TOK_RE.match(text, e)
                if nxt and nxt.start(1) in ents and ents[nxt.start(1)][1] == "PLACE":
                    pos = title_end = ents[nxt.start(1)][0]
                    continue
                break
            if w in ("selaku", "sebagai"):
                comma = text.find(",", e, e + 60)
                if comma > 0 and "\n" not in text[e:comma]:
                    name = self._name_at(text, comma + 1)
                    if name:
                        return title_end, name
                break
            clean = w.rstrip(".")
            if _ROMAN_RE.match(clean) or (w in self.after_title_fillers and text.startswith(",", e)):
                # "Asisten II Setda Asmat, ...": the office's number; "Anggota Banggar lainnya, Nurlaila"
                pos = title_end = e
                continue
            if w in self.honorifics:
                name = self._name_at(text, s)
                if name:
                    return title_end, name
                break
            if not regional and (clean in self.dept or w in ("dan", "pada")):
                pos = title_end = s + len(clean) if w not in ("dan", "pada") else e
                if w in ("dan", "pada"):
                    title_end = s - 1 if text[s - 1] == " " else s
                continue
            if _NAMEWORD_RE.match(clean):
                if (regional and title_end == head_end) or title_end > head_end:
                    # "Lurah Dayeuh-luhur, Rosidin", "Camat Kodi Utara, Agustinus Rangga Kaka", "Kepala
                    # Bappeda Tanjab Barat, Ahmad": unknown place words (up to three) before a comma,
                    # then the name
                    run = self._name_at(text, s, limit=3)
                    nxt = _TOK_RE.match(text, run[1]) if run else None
                    if nxt and nxt.group(1) == ",":
                        after = self._name_at(text, nxt.end(1))
                        if after:
                            return run[1], after
                name = self._name_at(text, s)
                if name:
                    inner = min((k for k in ents if name[0] < k < name[1]), default=None)
                    if inner is not None:
                        after = _TOK_RE.match(text, ents[inner][0])
                        if ents[inner][0] < name[1] or (after is not None and after.group(1) == ","
                                                        and self._name_at(text, after.end(1))):
                            # "Kepala Bappelitbang Berau, Sri", "Dirjen ... Kemendes PDT Harun Wicaksana": a
                            # run of capitalised words reaching into a place or agency, then a comma and a
                            # name or more name words, is the title's unit (but a place word ending a name
                            # before its comma, "Kepala Dinas Sosial Garut Andi Bandung, mengatakan", is not)
                            pos = title_end = ents[inner][0]
                            continue
                    return title_end, name
            break
        return title_end, None

    # -- main --------------------------------------------------------------------------------
    def _given(self, words: list[str]) -> list[str]:
        """The name without the noble or birth-order words before it ("Teuku Rizki Maulana" -> "Rizki
        Maulana", "I Made Suarta" -> "Suarta"): a later mention may use what follows them. ``words``
        itself when there are none."""
        i = 0
        while i < len(words) - 1 and words[i] in self.name_prefixes:
            i += 1
        return words[i:] if i else words

    def find(self, doc: Doc) -> list[dict]:
        """Official dicts ``{start, end, title}`` (name ranges)."""
        text = doc_text(doc)
        st = state(doc)
        skip = st.get("boilerplate", [])
        ents = {a["start"]: (a["end"], "AGENCY") for a in st.get("agencies", [])}
        ents_all = {(a["start"], a["end"]) for a in st.get("agencies", [])} | {
            (p["start"], p["end"]) for p in st.get("places", [])} | {(p["start"], p["end"]) for p in st.get("programs", [])}
        for p in st.get("places", []):
            if not p.get("in_agency"):
                ents.setdefault(p["start"], (p["end"], "PLACE"))
        for pr in st.get("programs", []):
            ents.setdefault(pr["start"], (pr["end"], "PROGRAM"))
        found: list[dict] = []
        agency_ranges = [(a["start"], a["end"]) for a in st.get("agencies", [])]
        for m in (self.title_ascii if ascii_doc(doc) else self.title_re).finditer(text):
            if in_ranges(m.start(), m.end(), skip):
                continue
            if any(a_s < m.start() < a_e for a_s, a_e in agency_ranges):
                continue  # a title word inside an agency's name ("Kementerian Koordinator Bidang ...")
            low = m.group().lower()
            regional = low in self.regional or low.split()[-1] in self.regional or low.endswith(self.regional_ends)
            title_end, name = self._after_title(text, m.start(), m.end(), ents, regional)
            if name is None:
                # name before the title: "Ferdy Syaftiawan, Plt Kabid ..."
                before = text[max(0, m.start() - 60):m.start()]
                bm = re.search(r"((?:[A-Z][\w'’-]+\s){0,3}[A-Z][\w'’-]+)\s*,\s*$", before)
                if bm:
                    s0 = m.start() - len(before) + bm.start(1)
                    nm = self._name_at(text, s0)
                    t_end, _ = self._after_title(text, m.start(), m.end(), ents, regional)
                    # (a place before the comma is a headline's topic, not a name: "HUT ke-20 Luwu Timur, Bupati: ...",
                    # "Aceh Masih Termiskin di Sumatera, Anggota DPRA: ...")
                    topic = nm is not None and any(s0 <= st < nm[1] for st, (_, lab) in ents.items() if lab == "PLACE")
                    if nm and nm[1] == s0 + len(bm.group(1)) and not topic \
                            and _APPOSITION_END_RE.match(text, max(t_end, m.end())):
                        # "Ferdy Syaftiawan, Plt Kabid ..., mengatakan": the title, closed by a comma
                        # or a speech verb (not "Rembuk Stunting, Wabup Minta ..." in a headline)
                        name = nm
                        title_end = max(title_end, t_end)
            if name is None:
                continue
            s, e = self._strip_suffix_words(text, *name)
            if in_ranges(s, e, skip):
                continue
            title = " ".join(text[m.start():title_end].split()).rstrip(",")
            found.append({"start": s, "end": e, "title": title})
        low_text = lower_doc_text(doc)
        # the lower-case titles and the speech verbs, found in one pass when the text allows
        both = shared_spans(doc, self._shared, self._slot) if self._slot is not None else None
        if both is None and low_text is not None and self.title_speech_scan is not None \
                and self.title_speech_scan.automaton is not None:
            both = self.title_speech_scan.scan(low_text, text)
        if self.lower_title_search is not None:
            titled_starts = {f["start"] for f in found}
            if both is not None:
                lower_titles = both[0]
            elif low_text is not None and self.lower_title_scan is not None and self.lower_title_scan.automaton is not None:
                lower_titles = self.lower_title_scan.scan(low_text)[0]
            else:
                lower_titles = [m.span() for m in self.lower_title_search.finditer(text, low_text)]
            for ms, me in lower_titles:
                if in_ranges(ms, me, skip) or "\n" in text[ms:me] or any(a_s < ms < a_e for a_s, a_e in agency_ranges):
                    continue
                name = self._name_at(text, me)
                if name is None or name[0] in titled_starts:
                    continue
                after = text[name[1]:name[1] + 2]
                if not after or after[0] not in ",.;" and not self.speech_re.match(text, name[1] + 1):
                    continue  # "kepala keluarga, Budi dan ..." reads as a list, not as a title
                s, e = self._strip_suffix_words(text, *name)
                title = " ".join(text[ms:me].split()).rstrip(", ")
                found.append({"start": s, "end": e, "title": title})
        # speakers after speech verbs
        if both is not None:
            speech_ends = [e for _, e in both[1]]
        elif self.speech_scan.automaton is not None:
            speech_ends = [e for _, e in self.speech_scan.scan(text)[0]]
        else:
            speech_ends = [m.end() for m in self.speech_re.finditer(text)]
        for speech_end in speech_ends:
            nm = self._name_at(text, speech_end, limit=4)
            if nm and not in_ranges(nm[0], nm[1], skip) and not self._resident(text, nm[1]):
                found.append({"start": nm[0], "end": nm[1], "title": None})
        # statistical NER persons next to a title or speech verb were handled above through
        # the shared name scanner; plain NER persons are accepted only when named again by title
        known = {text[f["start"]:f["end"]]: f["title"] for f in found if f["title"]}
        for f in found:
            if f["title"] is None:
                full = next((k for k in known if k.startswith(text[f["start"]:f["end"]]) or
                             k.endswith(text[f["start"]:f["end"]])), None)
                f["title"] = known.get(full) if full else None
        titled = [f for f in found if f["title"]]
        # later mentions of known names by their parts
        forms: dict[str, str] = {}
        first_words: dict[str, int] = {}
        for full_name in {text[f["start"]:f["end"]] for f in titled}:
            words = full_name.split()
            for first in {words[0], self._given(words)[0]} if words else ():
                first_words[first] = first_words.get(first, 0) + 1
        for f in titled:
            full = text[f["start"]:f["end"]]
            forms[full] = f["title"]
            words = full.split()
            given = self._given(words)
            if len(given) >= 2 and given is not words and first_words.get(given[0], 0) == 1:
                forms.setdefault(given[0], f["title"])  # "Teuku Rizki Maulana" ... "kata Rizki"
            if len(words) >= 2:
                forms.setdefault(words[-1], f["title"])
                if first_words.get(words[0], 0) == 1:
                    forms.setdefault(words[0], f["title"])
            if len(words) >= 3:
                forms.setdefault(" ".join(words[:2]), f["title"])
        if self.role_res and "kepemimpinan" in text:
            for rx in self.role_res:
                for m in rx.finditer(text):
                    name = m.group("name")
                    if not in_ranges(m.start("name"), m.end("name"), skip) and name.split()[0] not in self.not_names:
                        forms.setdefault(name, None)  # "masa kepemimpinan Nelson Pomalingo": a leader, title unwritten
        if titled and self.alias_res and ("disapa" in text or "dipanggil" in text):
            for rx in self.alias_res:
                for m in rx.finditer(text):
                    before = [f for f in titled if f["end"] <= m.start("name")]
                    if before and not in_ranges(m.start(), m.end(), skip):
                        # "Madi, begitu ia biasa disapa": the official named last is called so from now on
                        forms.setdefault(m.group("name"), max(before, key=lambda f: f["end"])["title"])
        forms = {k: v for k, v in forms.items() if k not in self.not_names and k not in self.head_words and len(k) > 2}
        ents_ranges = sorted(ents_all)
        for s, e in find_words(text, forms):
            if in_ranges(s, e, skip):
                continue
            found.append({"start": s, "end": e, "title": forms[text[s:e]]})
        # statistical NER persons (when the pipeline has kie_stat_ner): multi-word names that no
        # rule found; their parts then count as later mentions like any other name
        if "ner" in doc.spans:
            known_spans = [(f["start"], f["end"]) for f in found]
            for sp in doc.spans["ner"]:
                if sp.label_ != "PER" or in_ranges(sp.start_char, sp.end_char, skip):
                    continue
                window = text[max(0, sp.start_char - 80):min(len(text), sp.end_char + 80)]
                if not (self.title_re.search(window) or self.speech_re.search(window) or _ROLE_RE.search(window)):
                    continue  # a person without any role nearby is not an official
                nm = self._name_at(text, sp.start_char, limit=5)
                if nm is None or nm[1] > sp.end_char + 1 or " " not in text[nm[0]:nm[1]] \
                        or self._resident(text, nm[1]):
                    continue
                if in_ranges(nm[0], nm[1], known_spans) or in_ranges(nm[0], nm[1], list(ents_ranges)):
                    continue
                found.append({"start": nm[0], "end": nm[1], "title": None, "ner": True})
                full = text[nm[0]:nm[1]]
                words = full.split()
                for form in (full, words[-1]):
                    if form not in forms and form not in self.not_names and len(form) > 2:
                        forms[form] = None
            if forms:
                rx = re.compile(r"(?<![\w-])" + lexicon.literal_alternation(list(forms)) + r"(?![\w-])")
                seen = {(f["start"], f["end"]) for f in found}
                for m in rx.finditer(text):
                    if (m.start(), m.end()) not in seen and not in_ranges(m.start(), m.end(), skip):
                        found.append({"start": m.start(), "end": m.end(), "title": forms[m.group()], "ner": True})
        taken = sorted({(a["start"], a["end"]) for a in st.get("agencies", [])} |
                       {(p["start"], p["end"]) for p in st.get("programs", [])})
        out: list[dict] = []
        found.sort(key=lambda f: (f["start"], -(f["end"] - f["start"])))
        for f in found:
            if in_ranges(f["start"], f["end"], taken):
                continue
            if not f["title"] and " " not in text[f["start"]:f["end"]] and not f.get("ner"):
                continue
            if out and f["start"] < out[-1]["end"]:
                continue
            out.append(f)
        return out

    def __call__(self, doc: Doc) -> Doc:
        st = state(doc)
        officials = self.find(doc)
        st["officials"] = officials
        set_entities(doc, [(o["start"], o["end"], "OFFICIAL") for o in officials])
        for o in officials:
            if o["title"]:
                set_span_attrs(doc, "OFFICIAL", o["start"], o["end"], {"title": o["title"]})
        return doc


@Language.factory("kie_officials", default_config={"data": "titles"})
def make_officials(nlp: Language, name: str, data: str) -> OfficialTagger:
    """Factory for the official tagger."""
    return OfficialTagger(nlp, name, data)
