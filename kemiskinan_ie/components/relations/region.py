"""Which region a quantity is about: place mentions, subjects and frames, the main region."""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from spacy.tokens import Doc

from ... import lexicon
from ...gazetteer import LOCAL_TYPE_WORDS, REGENCY_TYPE_WORDS, Gazetteer
from ...lexicon import literal_alternation
from ...regex_speed import SuffixSearch, gated
from ..base import state
from .patterns import (
    _BULLET,
    _DATELINE_RE,
    _LOCATIVE_BEFORE,
    _PLACE_LIST_GAP_RE,
    _SUBJECT_AFTER_RE,
    LABEL_VALUE,
    found_before,
    may_hold,
)

#: the cue words of this module's patterns (``data/relation_cues.yaml``), compiled below once
_R = lexicon.load("relation_cues")

#: a place followed directly by its own value ("Kota Tanjungpinang yang mencapai 10,34 persen"; not
#: "terendah di Kalsel, yaitu 2,45%", where the value is the subject's)
_OWN_VALUE_RE = re.compile(
    # (a date may stand between: "Jawa Barat yang pada September 2021 tercatat 7,97 persen", "Kabupaten Kepulauan
    # Sangihe yang pada periode yang sama mencatat 11,63 persen"; "..., yang
    # persentasenya ..." names the place's own value even after a comma)
    # ("Kalimantan Timur secara keseluruhan yang 5,78 persen"; or right before it: "lebih rendah dari Jawa
    # Tengah 4,51 persen"; after its abbreviation in brackets: "Provinsi Nusa Tenggara Timur (NTT) yang mencapai
    # 19,96 persen")
    # (or its period before "yang": "Provinsi Kalimantan Tengah pada Maret 2018 yang sebesar 5,10 persen"; or where
    # it lies: "Kabupaten Bima di sebelah timur yang masih 13,52 persen")
    _R["own_value"], re.I)
#: "di" (and a count word) right before the other regions a number is spread over ("di enam desa lainnya")
_IN_BEFORE_RE = re.compile(_R["in_before"], re.I)
_ACRONYM_THEN_COMMA_RE = re.compile(r"\([^()\d\n]{1,20}\)[^\S\n]*,")
_SHARED_LIST_GAPS = frozenset(_R["shared_list_gaps"])
_SHARED_VERB_RE = re.compile(_R["shared_verb_after"], re.I)
_RESPECTIVELY_AFTER_RE = re.compile(_R["respectively"], re.I)
#: a value followed by a comma and the next value ("16,34 persen, 14,87 persen, dan ..."): one of a list of values
_VALUE_LIST_AFTER_RE = re.compile(r"[^\S\n]*(?:persen|%)?[^\S\n]*,[^\S\n]*(?:dan[^\S\n]+)?\d")
#: the words before the country that make it the whole of it ("di seluruh Indonesia"; cues.yaml)
_WHOLE_COUNTRY_BEFORE_RE = re.compile(lexicon.load("cues")["whole_country_before"], re.I)
#: the rest of a quantity's clause, up to 60 characters and no further number
_CLAUSE_REST_RE = re.compile(r"[^\d.;\n]{0,60}")
#: between a count and the place phrase right after it that says where it is ("3.120 keluarga di kabupaten itu")
_ANAPHORA_AFTER_RE = re.compile(_R["anaphora_after"], re.I)
#: a type word or local head's title right before a bare district or village ("Kepala Desa Sembalun
#: Bumbung", "Lurah Sungai Lakam Barat") types it as surely as "Desa X" does
_TYPE_TITLES = tuple(_R["type_titles"])
_TYPED_BY_TITLE_RE = gated(re.compile(r"\b(?:" + "|".join(_TYPE_TITLES) + r")\s+$"))
_TITLE_LAST = frozenset(w[-1] for w in _TYPE_TITLES)  # the letters such a word ends with
#: a place named only to describe another ("di provinsi ujung barat Indonesia itu", "desa terpencil X itu", "di ibu
#: kota Provinsi Riau itu"; not
#: "sejumlah desa di Kecamatan X itu", where the place is where the villages lie), or a village described by
#: where it lies as the sentence's first words ("Kampung di Distrik Nimboran, Kabupaten Jayapura, itu")
_DESCRIBED_RE = re.compile(_R["described"])
#: a bare place named by the landscape it lies in ("di dataran tinggi Kintamani itu"; a typed regency, "di
#: kawasan pesisir Kabupaten Indramayu ini", stays the subject)
_LANDSCAPE_RE = re.compile(_R["landscape"])
_DEMONSTRATIVE_AFTER_RE = re.compile(_R["demonstrative_after"])
#: the demonstrative after the last of a place's appositions ("..., Kabupaten Jayapura, itu")
_DEMONSTRATIVE_AFTER_LIST_RE = re.compile(_R["demonstrative_after_list"])
#: a place name followed by a dateline separator ("Mataram (ANTARA) -")
_DATELINE_AFTER_RE = re.compile(r"\s*(?:\([^)]{0,30}\))?\s*[-–—,]")
#: the gap between two items of a list of places, with the first item's value in brackets
_LIST_GAP_RE = re.compile(
    _R["list_gap"])
#: a ranking that names the kind of its top place before it ("kecamatan dengan keluarga DTKS terbanyak adalah Teluk
#: Nibung"): the place is of that kind, typed as if the word stood before it
_LOCAL_TYPE_ALT = literal_alternation(list(LOCAL_TYPE_WORDS))
_RANKED_TYPE_BEFORE_RE = re.compile(
    r"\b(?:" + _LOCAL_TYPE_ALT + r")\s+(?:[\w/-]+\s+){0,6}?" + _R["ranked_type_tail"], re.I)
#: the next place of a ranking after the first one's value ("Teluk Nibung, yakni 4.102 keluarga, disusul Datuk Bandar")
_RANKED_NEXT_GAP_RE = re.compile(_R["ranked_next_gap"])
#: a list line's label, from the line's start ("- Tongkuno: 612 keluarga"), and a list's lead that names the kind of
#: place its labels are ("Kecamatan dengan jumlah keluarga desil 1 terbanyak yakni:")
_LIST_LABEL_START_RE = re.compile(r"[^\S\n]*" + _BULLET + r"[^\S\n]*")
#: what follows a list line's label: a colon or a dash ("- Tongkuno: 612 keluarga", "Kawalu — 11,8 persen")
_LABEL_SEP_RE = re.compile(r"[^\S\n]*(?::|[—–]|-(?=[^\S\n]))")
#: a list line with no bullet: a capitalised label, then its separator
_UNBULLETED_LABEL_LINE_RE = re.compile(r"[^\S\n]*[A-Z][\w'’.-]*(?:[^\S\n]+[A-Z][\w'’.-]*){0,3}[^\S\n]*(?::|[—–]|-(?=[^\S\n]))")
_KIND_LEAD_RE = re.compile(
    r"(?:[^\n]*?[.!?][^\S\n]+)?[^.!?\n]*?\b(?:" + _LOCAL_TYPE_ALT + r")\b[^.!?\n]{0,120}:[^\S\n]*\n", re.I)
#: a comma after a place and a lower-case word: a sentence goes on, no dateline's comma ("Kupang, 12/3 (ANTARA) -")
_LOWER_APPOSITION_AFTER_RE = re.compile(r"\s*,\s*(?-i:[a-z])")
#: the gap between the labels of two lines of a list: the first label's value, then the next line's bullet
_LINE_LIST_GAP_RE = re.compile(LABEL_VALUE + r"[^\n]{0,40}\n[^\S\n]*" + _BULLET + r"?[^\S\n]*")
#: a place's first word that types it as a district or village ("Desa Sukamaju"), and the
#: characters such a word can start with (a place starting with another is not typed by its word)
_TYPE_WORDS = frozenset(LOCAL_TYPE_WORDS)
_TYPE_INITIALS = frozenset(w[0] for w in _TYPE_WORDS) | frozenset(w[0].upper() for w in _TYPE_WORDS)
#: type words of any level ("Kota Bima", "Kabupaten Bone", "Kecamatan Tebas")
_VENUE_TYPED_WORDS = _TYPE_WORDS | frozenset(w.lower() for w in REGENCY_TYPE_WORDS) | {"provinsi"}
# faster equivalents (``regex_speed``): same matches
_DESCRIBED_BEFORE = SuffixSearch(_DESCRIBED_RE)
#: a superlative right before a place ("tertinggi di", "paling sedikit di"), and the value right after it
#: ("... di Kabupaten Mahakam Ulu sebesar 10,37 persen", "terendah di Bali 3,79 persen")
_SUPERLATIVE_DI_RE = re.compile(_R["superlative_di"], re.I)
#: the same superlative with no "di", right before a place named by its kind ("yang paling sedikit Kecamatan X")
_SUPERLATIVE_BARE_RE = re.compile(_R["superlative_bare"], re.I)
#: a superlative right before "nasional" ("tertinggi secara nasional"): a ranking among the country's regions
_SUPERLATIVE_NATIONAL_RE = re.compile(_R["superlative_national"], re.I)
#: a place pointed back to as a sentence's subject ("Daerah ini", "Kabupaten itu", "Wilayah tersebut")
_PLACE_ANAPHORA_SUBJECT_RE = re.compile(
    _R["place_anaphora_subject"], re.I)
#: the value's place told after it ("..., sebesar 32,97 persen, ada di Papua Pegunungan")
_PLACE_AFTER_VALUE_RE = re.compile(_R["place_after_value"], re.I)
_VALUE_RIGHT_AFTER_RE = re.compile(_R["value_right_after"], re.I)
#: the whole a part is measured against, right before a word for the nation ("lebih dari separuh total nasional")
_NATIONAL_WHOLE_BEFORE_RE = re.compile(_R["national_whole_before"], re.I)
_LANDSCAPE_BEFORE = SuffixSearch(_LANDSCAPE_RE)
_REGION_TYPE_WORDS = frozenset({"kabupaten", "kota", "provinsi", "kab.", "kab"})
_ANY_TYPE_WORDS = _TYPE_WORDS | _REGION_TYPE_WORDS
#: the nation named as a goal or an average to measure against ("target nasional", "rata-rata nasional")
NATION_BENCHMARK_BEFORE_RE = re.compile(_R["nation_benchmark_before"], re.I)


def _typed_by_title(text: str, ps: int) -> bool:
    """``_TYPED_BY_TITLE_RE`` in the 12 characters before ``ps``, searched only when the last word
    before the spaces there ends with a letter a type word or title ends with."""
    lo = max(0, ps - 12)
    j = ps
    while j > lo and text[j - 1].isspace():
        j -= 1
    if j == ps or j == lo or text[j - 1] not in _TITLE_LAST:
        return False
    return bool(_TYPED_BY_TITLE_RE.search(text, lo, ps))


def siblings(a: str, b: str) -> bool:
    """Two different regions of one level under one parent ("76.02" and "76.03"; two provinces)."""
    return a != b and "ID" not in (a, b) and a.count(".") == b.count(".") and a.rpartition(".")[0] == b.rpartition(".")[0]


def ancestor(code: str, levels: int) -> dict | None:
    """The region of ``code`` cut to its first ``levels`` parts (1: the province, 2: the regency or city),
    as a place (code and name), from the gazetteer."""
    region = Gazetteer.default().by_code.get(".".join(code.split(".")[:levels]))
    return {"code": region.code, "name": region.name} if region is not None else None


def list_parent(m: dict, after: list[dict], text: str) -> dict | None:
    """The parent of district or village ``m`` when the next of the mentions ``after`` it is a sibling
    joined to it as a list ("di Kecamatan Melaya, Mendoyo dan Pekutatan"); None otherwise. Regencies
    listed so give their province ("3.500 keluarga ... di Kabupaten Pulau Taliabu dan Kabupaten Halmahera
    Selatan", session 21)."""
    nxt = after[0] if after else None
    if m["code"] and m["code"].count(".") >= 1 and nxt is not None and nxt["code"] \
            and siblings(m["code"], nxt["code"]) and _PLACE_LIST_GAP_RE.fullmatch(text, m["end"], nxt["start"]):
        return ancestor(m["code"], m["code"].count("."))
    return None


class RegionLinking:
    """Which region a quantity is about: place mentions, subjects and frames, the main region (part of ``RelationLinker``)."""

    def _mentions(self, doc: Doc, text: str, low: str | None = None, rlow: str | None = None) -> list[dict]:
        """The place mentions of the document, with whether each can be a figure's subject, and
        "nasional" as Indonesia; ``low`` is ``lower_text(text)`` and ``rlow`` it read backwards, when
        known (the checks before each place then run faster, and a text without a national word
        needs no search for one)."""
        out = []
        places = state(doc).get("places", [])
        programs = state(doc).get("programs", [])
        typed_codes: set[str] = set()
        if rlow is None and low is not None:
            rlow = low[::-1]
        if programs:
            # a place inside a programme's name, or starting inside one ("BLT Dana Desa Tiga Bulan"), is
            # none: some programme starting at or before it reaches past its start (the largest end of
            # those starting up to each, by bisection)
            prog_spans = sorted((pr["start"], pr["end"]) for pr in programs)
            prog_starts = [a for a, _ in prog_spans]
            prog_reach = list(accumulate((b for _, b in prog_spans), max))
        abroad = Gazetteer.default().abroad
        for p in places:
            ps, pe = p["start"], p["end"]
            if programs:
                k = bisect_right(prog_starts, ps)
                if k and prog_reach[k - 1] > ps:
                    continue
            if not p["code"] and abroad and text[ps:pe].lower() in abroad:
                continue  # (a place abroad, "... mengirim pekerja ke Singapura": no figure's region)
            b0 = max(0, ps - 40)
            # (the demonstrative after the place is the cheaper half of the described-place check)
            frame = found_before(self.frame_before, text, rlow, b0, ps) or (
                _DEMONSTRATIVE_AFTER_RE.match(text, pe) is not None and (_DESCRIBED_BEFORE.found(text[b0:ps]) or (
                    text[ps:pe].split(None, 1)[0].lower() not in _REGION_TYPE_WORDS
                    and _LANDSCAPE_BEFORE.found(text[b0:ps])))) or (
                # the next item of a framed list ("berbatasan dengan Trenggalek dan Pacitan"; not a place of another
                # level after it: "tertinggi di Kulon Progo, Kalurahan Hargotirto menyalurkan ...")
                bool(out) and out[-1]["frame"] and _PLACE_LIST_GAP_RE.fullmatch(text, out[-1]["end"], ps) is not None
                and not (p["code"] and out[-1]["code"] and p["code"].count(".") != out[-1]["code"].count(".")))
            if not frame and out and out[-1]["code"] and ps - out[-1]["end"] <= 40 \
                    and (p["code"] is None or out[-1]["code"].startswith(p["code"] + ".")) \
                    and self.lies_in_gap_re.fullmatch(text, out[-1]["end"], ps):
                frame = True  # "Kecamatan Telutih di pesisir selatan Pulau Seram": where Telutih lies
            local = None
            if frame and p["kind"] != "country" and (value := _VALUE_RIGHT_AFTER_RE.match(text, pe)) is not None \
                    and (_SUPERLATIVE_DI_RE.search(text, max(0, ps - 40), ps) or (
                        # "Adapun yang paling sedikit Kecamatan Jatisampurna dengan 18.650 jiwa": a place named by its
                        # kind right after the superlative, no "di" (session 21)
                        text[ps:pe].split(None, 1)[0].lower() in _ANY_TYPE_WORDS
                        and _SUPERLATIVE_BARE_RE.search(text, max(0, ps - 40), ps))):
                # the place a superlative names, its value right after it, with no other place as the subject of
                # its sentence before it ("persentase tertinggi di Kabupaten Mahakam Ulu sebesar 10,37 persen"; not
                # "Kabupaten X mencatat angka tertinggi di Kalsel, yakni 12 persen", "Daerah ini mencatat ...", nor
                # "tertinggi di NTT sebesar 37,9 persen tercatat di Kabupaten TTS"): that value's place, one item
                s_open = max(text.rfind(". ", 0, ps), text.rfind("\n", 0, ps))
                s_end = text.find(". ", value.end())
                # (a place the superlative's lies in may be the subject: "Di Kecamatan Paranggupito ... 1.384 keluarga
                # ..., terbanyak di Desa Songbledeg dengan 312 keluarga", session 22)
                if not any(m["start"] > s_open and m["code"] and not m["frame"]
                           and not (p["code"] or "").startswith(m["code"] + ".") for m in out) \
                        and not _PLACE_ANAPHORA_SUBJECT_RE.search(text, s_open + 1, ps) \
                        and not _PLACE_AFTER_VALUE_RE.search(text, value.end(), s_end if s_end != -1 else len(text)):
                    frame, local = False, True
            first = text[ps]
            typed = ((first in _TYPE_INITIALS or first.isspace() or not first.isascii())
                     and text[ps:pe].split(None, 1)[0].lower() in _TYPE_WORDS) \
                or _typed_by_title(text, ps)
            if not typed and p["code"] and p["code"].count(".") >= 2 and p["kind"] not in ("kabupaten", "kota") and (
                    _RANKED_TYPE_BEFORE_RE.search(text, max(0, ps - 90), ps) or self._kind_led_list_label(text, ps, pe)):
                typed = True  # "kecamatan dengan keluarga DTKS terbanyak adalah Teluk Nibung", "Kecamatan dengan ...
                # terbanyak yakni:\n- Tongkuno: 612 keluarga"
            if not typed and p["code"] and p["code"].count(".") >= 2 and out and (
                    lead := self._list_lead(text, ps, pe)) is not None and text[lead[0]:lead[1]].rstrip().endswith(":") \
                    and any(lead[0] <= m["start"] < lead[1] and m["code"] and p["code"].startswith(m["code"] + ".")
                            for m in out):
                typed = True  # a list under a lead that names the district its labels lie in ("Sebaran keluarga miskin
                # ekstrem di Sokobanah menurut P3KE:" then "Tamberu Daya – 318 KK") (session 20)
            if not typed and out and out[-1].get("typed") and p["code"] and out[-1]["code"] \
                    and siblings(p["code"], out[-1]["code"]) and (_LIST_GAP_RE.fullmatch(text, out[-1]["end"], ps)
                                                                  or _LINE_LIST_GAP_RE.fullmatch(text, out[-1]["end"], ps)
                                                                  or _RANKED_NEXT_GAP_RE.fullmatch(text, out[-1]["end"], ps)):
                typed = True  # "Kecamatan Medan Belawan (6.430 keluarga), Medan Labuhan (5.876 keluarga)"; the next
                # line of a list ("- Kecamatan Pujut: 7.904 keluarga" then "- Praya Timur: 6.118 keluarga")
            if not typed and p["code"] and p["code"].count(".") >= 2 and typed_codes \
                    and self.own_value_after_re.match(text, pe) and any(siblings(p["code"], c) for c in typed_codes if c):
                typed = True  # a sibling of a district the article named by its kind, its value right after it ("Kecamatan
                # Tanjung Selor ... teratas dengan 4.215 jiwa." ... "Posisi berikutnya ditempati Tanjung Palas dengan 2.876
                # jiwa ... Lalu Sekatak 1.503 jiwa")
            if typed:
                typed_codes.add(p["code"])
            # the rest of the country, outside an island ("13,06 juta orang di luar Jawa"): a region of its own, no frame
            # (an island's, not a metropolitan area's: "9 juta keluarga di luar Jabodetabek" are the nation's)
            outside = p["kind"] == "island" and not p["code"] and p["name"].startswith(("Pulau ", "Kepulauan ")) \
                and self.outside_before_re.search(text, max(0, ps - 12), ps) is not None
            if outside:
                frame = False
            # a frame, a dateline, no subject kind or an event's place: not the subject of a figure
            not_subject = frame
            if not not_subject:
                after = text[pe:pe + 25]
                not_subject = self._dateline(text, p, after) or not (
                    p["kind"] in ("provinsi", "kabupaten", "kota", "country", "island") or typed
                    or p["code"] in typed_codes or text[max(0, ps - 3):ps].lower() == "di ") or \
                    self._event_place(text, p, after, low, rlow)
            # "local" and "locative" are found when first asked for (``is_local``, ``is_locative``)
            name = p["name"]
            if outside:
                name = "luar " + text[ps:pe]
            out.append({"start": ps, "end": pe, "code": p["code"], "name": name,
                        "kind": p["kind"], "frame": not_subject, "in_agency": p.get("in_agency", False), "typed": typed,
                        "local": local, "locative": None})
        national = self.national_fast.finditer(text) if self.needles["national"].occur_in(low) else ()
        agencies = state(doc).get("agencies", [])
        for m in national:
            if any(o["start"] <= m.start() < o["end"] for o in out):
                continue
            if any(x["start"] <= m.start() <= x["end"] + 2 for x in programs) or any(
                    x["start"] <= m.start() < x["end"] for x in agencies):
                continue  # "Data Tunggal Sosial dan Ekonomi Nasional", "Badan Pangan Nasional": a name (and
                # "Penerima Bantuan Iuran (PBI) nasional": the programme's own kind)
            if text.startswith("Nasional", m.start()) and self.national_name_before_re.search(
                    text, max(0, m.start() - 60), m.start()):
                continue  # "Survei Angkatan Kerja Nasional (Sakernas)": the last word of a name
            if self.national_acronym_after_re.match(text, m.end()) and self.national_name_lower_before_re.search(
                    text, max(0, m.start() - 60), m.start()):
                continue  # so too written in lower case with its acronym after it: "survei kesehatan nasional (SKI)"
            out.append({"start": m.start(), "end": m.end(), "code": "ID", "name": "Indonesia", "kind": "country",
                        # ("garis kemiskinan tertinggi secara nasional, yakni Rp846.085": Jakarta's, ranked nationally)
                        # (nor the whole a part is measured against: "lebih dari separuh total nasional", session 20)
                        "frame": _SUPERLATIVE_NATIONAL_RE.search(text, max(0, m.start() - 30), m.start()) is not None
                        or _NATIONAL_WHOLE_BEFORE_RE.search(text, max(0, m.start() - 30), m.start()) is not None,
                        "in_agency": False, "local": False, "locative": False,
                        "compared": self.compared_before.found(text[max(0, m.start() - 40):m.start()]),
                        # (the nation's goal or average a region's story measures itself by, "target nasional": no
                        # vote for the story's own region, session 21)
                        "benchmark": NATION_BENCHMARK_BEFORE_RE.search(text, max(0, m.start() - 20), m.start()) is not None})
        out.sort(key=lambda m: m["start"])
        # appositions: "Bone, Sulawesi Selatan (Sulsel)", "Kabupaten Barito Kuala (Batola)"
        for a, b in zip(out, out[1:], strict=False):
            gap = text[a["end"]:b["start"]]
            g = gap.strip()
            if g == "di" and a["code"] and b["code"] and a["code"].startswith(b["code"] + "."):
                b["apposition"] = True
            if ((g in (",", "(", ", (", "", "),") and len(gap) <= 3) or _ACRONYM_THEN_COMMA_RE.fullmatch(g)) \
                    and a["code"] and b["code"]:
                # (also past the first place's own short name: "Kabupaten Parigi Moutong (Parimo), Sulawesi Tengah")
                if a["code"] == b["code"] or a["code"].startswith(b["code"] + ".") or b["code"] == "ID" or (
                        g == "(" and "." in a["code"]):
                    b["apposition"] = True
        for i, a in enumerate(out):
            # a place named with its parents only to say where another lies ("Kampung di Distrik
            # Nimboran, Kabupaten Jayapura, itu"): the whole chain is a frame
            if a["frame"] or a.get("apposition") or i + 1 >= len(out) or not out[i + 1].get("apposition"):
                continue
            j = i + 1
            while j + 1 < len(out) and out[j + 1].get("apposition"):
                j += 1
            if _DEMONSTRATIVE_AFTER_LIST_RE.match(text, out[j]["end"]) and \
                    _DESCRIBED_BEFORE.found(text[max(0, a["start"] - 40):a["start"]]):
                for m in out[i:j + 1]:
                    m["frame"] = True
        return out

    @staticmethod
    def _dateline(text: str, p: dict, after: str) -> bool:
        """Whether place ``p`` opens a dateline ("Mataram (ANTARA) -"); ``after`` is the text after it."""
        ps = p["start"]
        # (the cheapest test first: a dateline's place is among the first 60 characters of its line)
        nl = text.rfind("\n", max(0, ps - 60), ps)
        if nl < 0 and ps >= 60:
            return False
        if not _DATELINE_AFTER_RE.match(after) or _LOWER_APPOSITION_AFTER_RE.match(after):
            return False  # (nor "Kabupaten Malaka, daerah otonom baru ..., mencatat": a sentence's subject)
        line_start = nl + 1
        if ps > line_start and _LIST_LABEL_START_RE.fullmatch(text, line_start, ps):
            return False  # "- Kelurahan Gedongkiwo, Kecamatan Mantrijeron: 1.127 KK": a list's item, no dateline
        if not _DATELINE_RE.match(text[line_start:ps]) or p.get("in_agency"):
            return False
        # (not a list line's label under its lead: "Kawalu — 11,8 persen" under "Kecamatan ...:" or under any lead
        # that ends on a colon, "Sebaran ... di Sokobanah menurut P3KE:" then "Tamberu Daya – 318 KK")
        lead = RegionLinking._list_lead(text, ps, p["end"])
        return lead is None or not (_KIND_LEAD_RE.fullmatch(text, lead[0], lead[1]) is not None
                                    or text[lead[0]:lead[1]].rstrip().endswith(":"))

    def is_local(self, m: dict | None, text: str) -> bool:
        """Whether mention ``m`` is named as one item of a list ("tertinggi ada di ..."); found once,
        when first asked for. False for a region carried over (no mention)."""
        if m is None:
            return False
        local = m.get("local")
        if local is None and "start" in m:
            local = m["local"] = self.local_before.found(text[max(0, m["start"] - 50):m["start"]])
        return bool(local)

    @staticmethod
    def is_locative(m: dict, text: str) -> bool:
        """Whether mention ``m`` follows a locative word ("di", "ke", "dari"); found once."""
        locative = m["locative"]
        if locative is None:
            locative = m["locative"] = _LOCATIVE_BEFORE.found(text[max(0, m["start"] - 30):m["start"]])
        return locative

    def _event_place(self, text: str, p: dict, after: str, low: str | None = None, rlow: str | None = None) -> bool:
        """Whether place ``p`` is named as where something was said or held ("ditemui di X",
        "di X, Senin (3/6)"); ``after`` is the text right after it; ``low`` and ``rlow`` as for
        ``_mentions`` (``lower_text`` and it read backwards)."""
        ps, pe = p["start"], p["end"]
        b0 = max(0, ps - 60)
        gap = text.rfind("\n\n", b0, ps)
        if gap >= 0:
            b0 = gap + 2  # (not the paragraph before: "Baca juga: Festival Kembali Digelar" then "Di Desa Egon, ...")
        venue = self.venue_before_re.search(text, max(b0, ps - 48), ps) if after[:1] in (",", " ", ".", "\n", "") else None
        if venue is not None and "nya" in venue.group().lower() and text[ps:pe].split(None, 1)[0].lower() in _VENUE_TYPED_WORDS:
            venue = None  # "di kantornya, Kota Bima": a place named with its type is the story's, not only a venue's city
        if venue is not None and (
                (after[:1] in (".", "\n", "") and text.startswith(", ", ps - 2)
                 and self.said_before_re.search(text, max(0, ps - 120), ps)) or self.event_after_re.match(after)):
            return True  # "menyerahkan bantuan di Pendapa Kecamatan Rejoso, Senin (20/2/2023)": where it was held; so
            # too the city of a venue that closes a sentence of someone speaking ("ujarnya usai rapat paripurna di Kompleks
            # Parlemen, Jakarta."; not "Rakor digelar di Aula Kantor Bupati, Kabupaten Lebak.", the story's place)
        if after[:1] in (".", "\n", "") and text[max(0, ps - 5):ps].lower() == ", di " \
                and self.said_before_re.search(text, max(0, ps - 120), ps - 5):
            return True  # "..., kata Deputi Bidang Statistik Sosial BPS, Wening Kusumastuti, di Jakarta.": where it was said
            # (session 22)
        tail = self.event_tail
        if low is not None and tail and "di".endswith(tail) and not low[b0:ps].rstrip().endswith(tail):
            # every event pattern ends with this word right before the place; so does "di" right
            # before it (the check below: ``low`` is the text lower-cased letter by letter)
            return False
        if text[max(0, ps - 4):ps].strip().lower() == "di" and self.event_after_re.match(after):
            return True
        if low is not None and tail and not low[b0:ps].rstrip().endswith(tail):
            return False  # every event pattern ends with this word right before the place
        if rlow is not None and len(self.event_before) == 1:
            return found_before(self.event_before[0], text, rlow, b0, ps)
        return self._event_before(text[b0:ps])

    def _event_before(self, before: str) -> bool:
        """``event_before_re.search(before)``: a place named as where something was said or held."""
        if len(self.event_before) == 1:
            return self.event_before[0].found(before)
        reversed_before = before[::-1]
        return any(alt.found(before, reversed_before) for alt in self.event_before)

    def _main_region(self, mentions: list[dict], text_len: int | None = None, text: str | None = None,
                     examples: bool = False) -> dict | None:
        """The region the article is about: the place named most often as a subject (its parents named with it count
        for it); the country for a national story naming several provinces, none often; ``examples``: count the
        places named as examples ("Di Kabupaten Jayawijaya, misalnya, ...") too, as when nothing else is named."""
        counts: dict[str, int] = {}
        first: dict[str, dict] = {}
        head = None  # the place the last appositions belong to
        example_after = getattr(self, "example_after_re", None) if text is not None and not examples else None
        for i, m in enumerate(mentions):
            if m.get("apposition"):
                # "Desa Baturinggit, Kecamatan Kubu, Kabupaten Karangasem": a place introduced with its
                # parents is the one the story is about; each parent named with it counts for it
                if head is not None:
                    counts[head] += 1
                continue
            head = None
            if m["frame"] or not m["code"] or m.get("benchmark"):
                continue
            if example_after is not None:
                # (with its parents: "Di Kabupaten Jayawijaya, Papua Pegunungan, misalnya, ...")
                j = i
                while j + 1 < len(mentions) and mentions[j + 1].get("apposition"):
                    j += 1
                if example_after.match(text, mentions[j]["end"]):
                    continue  # a place named as an example of the story's subject is not that subject (session 22)
            counts[m["code"]] = counts.get(m["code"], 0) + 1
            first.setdefault(m["code"], m)
            head = m["code"]
        if not counts:
            return None if example_after is None else self._main_region(mentions, text_len, text, True)
        provinces = len({c.split(".")[0] for c in counts if c != "ID"})
        if "ID" in counts and provinces >= 3 and \
                max(n for c, n in counts.items() if c != "ID") <= max(2, counts["ID"], 3 if provinces >= 8 else 0):
            # a national story that names several provinces, none of them often ("Papua (7,67
            # persen), Papua Barat ..., NTB ..."; a top five and a bottom five, one of them three times): the
            # country is its subject
            return first["ID"]
        if "ID" not in counts and len(counts) >= 6 and all("." not in c for c in counts) and max(counts.values()) <= 3:
            # (six provinces or more and nothing below them, none named more than three times: "Persentase penduduk
            # miskin pada Maret 2023 ... Papua Pegunungan ... Papua Tengah ... Bali ... DKI Jakarta ...", session 22)
            return {"code": "ID", "name": "Indonesia", "start": 0, "end": 0}
        if "ID" not in counts and len(counts) >= 3 and all(n == 1 and "." not in c for c, n in counts.items()):
            # provinces only, each named once ("Papua mencatat persentase tertinggi 26,56 persen, diikuti Papua
            # Barat ... terendah Bali"): a national story's ranking; the country is its subject
            return {"code": "ID", "name": "Indonesia", "start": 0, "end": 0}
        # (a tie with the whole country goes to the country: "... 1,3 juta KK berada di DKI Jakarta" and "9 juta KK di
        # seluruh Indonesia" in a ministry's story are a part and the whole)
        whole = "ID" in counts and text is not None and _WHOLE_COUNTRY_BEFORE_RE.search(
            text, max(0, first["ID"]["start"] - 12), first["ID"]["start"]) is not None
        best = max(counts.items(), key=lambda kv: (kv[1], whole and kv[0] == "ID", -first[kv[0]]["start"]))[0]
        if text_len and best != "ID" and "ID" in counts and first["ID"]["start"] < first[best]["start"] \
                and first[best]["start"] > text_len // 2:
            # the country named early ("... 18,8 juta KPM di seluruh Indonesia"), a regency only in the
            # second half ("Di Kabupaten Bogor, ..."): a national story with a local example
            return first["ID"]
        return first[best]

    def _shared_by_list(self, outside: list[dict], prior: list[dict], text: str, qs: int, q_end: int) -> bool:
        """Whether the sentence's last places before the quantity at ``qs:q_end`` are a list of three or more
        places of one level ("Kebumen, Wonosobo, dan Brebes"), its subject, with nothing giving each its own
        value (no "masing-masing", no list of values: "16,34 persen, 14,87 persen, dan 14,91 persen")."""
        if outside[-1] is not prior[-1] or outside[-1]["code"] is None \
                or self.own_value_after_re.match(text, outside[-1]["end"]):
            return False
        level = outside[-1]["code"].count(".")
        run = 1
        for a, b in zip(reversed(outside[:-1]), reversed(outside), strict=False):
            if a["code"] is None or a["code"].count(".") != level or a["code"] == b["code"] \
                    or text[a["end"]:b["start"]].strip().lower() not in _SHARED_LIST_GAPS:
                break
            run += 1
        return run >= 3 and _RESPECTIVELY_AFTER_RE.search(text, outside[-1]["end"], qs) is None \
            and _SHARED_VERB_RE.match(text, outside[-1]["end"]) is not None \
            and _VALUE_LIST_AFTER_RE.match(text, q_end) is None

    @staticmethod
    def _kind_led_list_label(text: str, ps: int, pe: int) -> bool:
        """Whether the place at ``ps:pe`` is the label of a list line ("- Tongkuno: 612 keluarga") under a lead that names
        the kind of place (a district, a village) its labels are."""
        lead = RegionLinking._list_lead(text, ps, pe)
        return lead is not None and _KIND_LEAD_RE.fullmatch(text, lead[0], lead[1]) is not None

    @staticmethod
    def _list_lead(text: str, ps: int, pe: int) -> tuple[int, int] | None:
        """The span of the lead line of the list whose line the place at ``ps:pe`` labels ("- Tongkuno: 612 keluarga",
        "Tamberu Daya – 318 KK"), or None when the place labels no list line."""
        line = text.rfind("\n", 0, ps) + 1
        bulleted = _LIST_LABEL_START_RE.fullmatch(text, line, ps) is not None
        # (also a line that opens on its label with no bullet, "Kawalu — stunting 11,8 persen; 3.214 keluarga")
        if not (bulleted or ps == line) or not _LABEL_SEP_RE.match(text, pe):
            return None
        while line > 0:  # back over the list's earlier lines (and blank lines) to its lead
            prev = text.rfind("\n", 0, line - 1) + 1
            if not text[prev:line].strip() or (_LIST_LABEL_START_RE.match(text, prev) if bulleted
                                               else _UNBULLETED_LABEL_LINE_RE.match(text, prev)):
                line = prev
                continue
            return prev, line
        return None

    def _place_anaphora(self, refs: list, qs: int, mentions: list[dict], sent_mentions: list[dict],
                        text: str = "", qe: int | None = None) -> dict | None:
        """The place "di kelurahan itu" before quantity ``qs`` names (``refs``: the sentence's matches of
        ``place_anaphora_re``), or right after it when ``qe`` is given ("3.120 keluarga di kabupaten itu"):
        the last place of that kind named before the phrase (None when there is no such phrase, or a
        place is named between it and the quantity)."""
        found = None
        for m in refs:
            if m.end() > qs:
                if found is None and qe is not None and m.start() >= qe and _ANAPHORA_AFTER_RE.fullmatch(text, qe, m.start()):
                    found = m
                break
            found = m
        if found is None or (found.end() <= qs and any(
                found.end() <= m["start"] < qs and m["code"] and not m["frame"] for m in sent_mentions)):
            return None
        if text and self.frame_before.found(text[max(0, found.start() - 40):found.start()]):
            return None  # "daerah dengan kemiskinan terendah di provinsi ini": a frame, not the figure's place
        if text and self.group_before_anaphora_re.search(text, max(0, found.start() - 30), found.start()):
            return None  # "480 keluarga di enam kecamatan tersebut": a group of places, no one of them
        kind = self.place_anaphora_kinds[found.group(found.lastindex).lower()]
        return next((m for m in reversed(mentions) if m["end"] <= found.start() and m["code"] and m["kind"] == kind
                     and not m["frame"]), None)

    def _region(self, q: dict, sent_mentions: list[dict], ctx: dict, main: dict | None, text: str = "",
                s0: int | None = None, hits: dict | None = None) -> dict | None:
        """The subject place of quantity ``q``: after it ("... 27 ribu warga Buru"), before it in the
        sentence, carried over, or the article's main region; None for "provinsi lainnya".
        ``hits`` as for ``RelationLinker._kind``."""
        qs, qe = q["start"], q["end"]
        prior = []  # the sentence's mentions that end before the quantity
        for j, m in enumerate(sent_mentions):
            if m["end"] <= qs:
                prior.append(m)
            elif m["start"] >= qe and (not m["frame"] or text[m["start"] - 3:m["start"]].lower() == "se-") \
                    and (m["code"] or m["kind"] == "island") \
                    and (after := _SUBJECT_AFTER_RE.match(text[qe:m["start"]])) is not None \
                    and (after.group("outside") is None or m["name"].startswith("luar ")):
                # ("se-" frames a place, "tertinggi se-Jawa Timur", but right after a count it names all of the
                # place's: "918 KPM se-Kecamatan Pulokulon", session 22)
                # ("... 27 ribu warga Buru", "sekitar 14,83 juta orang, tinggal di Pulau Jawa")
                # ("250 keluarga miskin di Kecamatan Melaya, Mendoyo dan Pekutatan": spread over districts,
                # their regency's)
                return list_parent(m, sent_mentions[j + 1:], text) or m
        for i in range(len(prior) - 1, -1, -1):
            m = prior[i]
            own = _OWN_VALUE_RE.match(text, m["end"], qs) if m["code"] else None
            if own is not None and own.group("sized") and (q["family"] == "idr" or q.get("unit") == "percent_point"):
                own = None  # (not money: "Alokasi Dana Desa dari APBD Paser sebesar Rp 1,06 miliar" is the village's; nor a
                # gap: "lebih tinggi dari Provinsi Bengkulu sebesar 4,07 persen poin" is the story's place's)
            if own is not None and (own.group("comma") is None or own.group("its") or self.compared_before.found(
                    text[max(0, m["start"] - 40):m["start"]])):
                # (", yang" only after a comparison: "dibanding Provinsi Sumatera Utara, yang pada Maret 2019
                # tercatat 8,83 persen"; not "garis tertinggi di Indonesia, yang naik 5,3 persen")
                while m.get("apposition") and i > 0:
                    i -= 1  # "Desa Silurah di Kecamatan Wonotunggal 274 rumah tangga": the place the parent describes
                    m = prior[i]
                return m  # "lebih tinggi dibanding Kabupaten Bintan yang 6,76 persen": the compared place's value
        if s0 is not None and (hits is None or "others" in hits):
            seg_start = s0  # after the last place before the quantity
            for m in prior:
                if m["end"] > seg_start:
                    seg_start = m["end"]
            if (hits is None or may_hold(hits["others"], seg_start, qs)) and \
                    self.others_fast.search(text, seg_start, qs):
                return None  # "sebagian besar provinsi lainnya di bawah 15 persen": no one region

        if s0 is not None and not any(m["code"] for m in prior) and self.places_together_re.match(text, s0):
            view = (ctx.get("region") or main or {}).get("code")
            if view and view != "ID" and self.province_level_re.search(text, s0, qs):
                # "Kelima daerah itu masih berada di atas angka kemiskinan provinsi yang tercatat 14,04 persen": the
                # province of the places in view
                return ancestor(view, 1)
            return None  # "Ketiga provinsi itu menampung lebih dari 12 juta orang miskin": no one region
        if "lain" in text[qe:qe + 60]:
            after = _CLAUSE_REST_RE.match(text, qe)
            other = self.others_fast.search(text, qe, after.end()) if after is not None else None
            if other is not None and _IN_BEFORE_RE.search(text, max(qe, other.start() - 20), other.start()):
                return None  # "Sisanya, 1.312 KK, tersebar di enam desa lainnya": no one region
        if not prior:
            if ctx.get("side_region") is not None:
                return ctx["side_region"]  # (the place of the paragraph that looks away for a moment)
            return ctx["region"] if ctx["region"] is not None else main
        cands = [m for m in prior if not m["frame"] and not m.get("apposition")
                 and not (m["in_agency"] and m["code"] == "ID")]
        outside = [m for m in cands if not m["in_agency"]]
        if len(outside) >= 2 and outside[-1]["kind"] == outside[-2]["kind"] == "provinsi" \
                and outside[-1]["code"] != outside[-2]["code"] and outside[-2] is prior[-2] and outside[-1] is prior[-1] \
                and text[outside[-2]["end"]:outside[-1]["start"]].strip().lower() in ("dan", "&", "serta") \
                and not self.own_value_after_re.match(text, outside[-1]["end"]):
            return None  # "Provinsi Papua dan Papua Barat telah menerima Dana Otsus lebih dari Rp138 triliun": both
        if len(outside) >= 3 and self._shared_by_list(outside, prior, text, qs, qe):
            return None  # "Kebumen, Wonosobo, dan Brebes masih berkutat di kisaran 14 hingga 16 persen": all three
        if outside:
            last = next((m for m in reversed(prior) if m["code"]), None)
            if last is not None and last["frame"] and outside[-1]["code"] and siblings(last["code"], outside[-1]["code"]) \
                    and self.superlative_before.found(text[max(0, last["start"] - 30):last["start"]]):
                return last  # "tertinggi di Mamuju Rp 512.406, sedangkan yang terendah di Mamasa Rp 398.112"
            return outside[-1]
        if cands:
            return cands[-1]
        if ctx["region"] is not None:
            return ctx["region"]
        return main
