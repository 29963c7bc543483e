"""``kie_quantities``: numbers with their scale, unit and approximation cue.

Each quantity is stored as ``doc.spans["quantity"]`` (attrs: value, unit, approx) and, with the
details the relation layer needs (unit family, the noun after it, sign, per-capita tail), in
``state(doc)["quantities"]``. Years, dates, decree and phone numbers, ordinals and numbers glued
to codes are not quantities.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from .. import lexicon
from ..extensions import set_many_span_attrs
from ..number_words import find_number_words
from ..numbers import APPROX_SCALES, SCALES, parse_number, tidy
from ..regex_speed import SuffixSearch, ascii_twin, gated, lowered
from .base import Component, add_spans, ascii_doc, doc_text, in_ranges, lower_doc_text, state
from .dates import MONTHS

#: the cue words of this module (``data/quantity_cues.yaml``), composed into the patterns below once
_Q = lexicon.load("quantity_cues")

_NUM_RE = gated(re.compile(
    # not inside a word, code, number or clock time ("09:15 WITA"; not the "7" of "9,7"), but the second value of a
    # range of decimals ("8,5-9,0 persen", "9,2–9,7 persen") or of small whole percentages ("6–7 persen", "14-16%")
    r"(?:(?<![\w./\-–])|(?<=\d,\d[-–])(?=\d+,\d)|(?<=\d,\d\d[-–])(?=\d+,\d)"
    r"|(?<=(?<![\w.,/\-–])\d[-–])(?=\d{1,2}\s*(?:persen|%))|(?<=(?<![\w.,/\-–])\d\d[-–])(?=\d{1,2}\s*(?:persen|%)))"
    r"(?<!\d:)(?<!\d[.,])"
    r"(?P<cur>(?:" + "|".join(_Q["currency_marks"]) + r")\s?\.?\s?)?"
    r"(?P<sign>[-−–](?=\d)|" + "|".join(w + r"\s+" for w in _Q["minus_words"]) + r")?"
    r"(?P<num>\d+(?:[.,]\d+)*)"
    r"(?![\w]|[.,]\d|/\d|-(?!\d+,\d|\d{1,2}\s*(?:persen|%))\d)",
    re.I,
))
_NUM_ASCII = ascii_twin(_NUM_RE)  # (for ``ascii_safe`` texts: same matches)
# (a period after the scale belongs to it, "2 jt.", unless a word follows it, as a new sentence does: "Rp51,8
# miliar. Penduduk ..."; the text may be matched lower-cased, so any letter counts)
_SCALE = r"(?P<scale>" + "|".join(_Q["scale_words"]) + r")\b(?:\.(?!\s+[^\W\d_]))?"
_UNITS = _Q["unit_words"]
_TAIL_RE = re.compile(
    # spoken approximation: "300-an KK", "2.900-an jiwa", "180-an juta" (about)
    r"(?P<an>-an\b)?"
    r"(?P<paren>\s*\(\s*(?=(?:" + "|".join(_Q["paren_scale_words"]) + r")\b))?"
    # (a unit or scale is on the number's own line: "BANTUAN SOSIAL 2021\nKeluarga ..." is a heading's year)
    r"(?:[^\S\n]*" + _SCALE + r")?"
    r"(?P<lebih>\s*" + _Q["more_word"] + r"(?=\s+(?:" + "|".join(_Q["more_before_nouns"]) + r")\b))?"
    r"(?:[^\S\n]*(?P<unit>"
    + "|".join(f"(?P<{g}>" + "|".join(_UNITS[g]) + ")" for g in ("pp", "pct", "idr", "hh", "persons"))
    + r")(?!\w))?"
    r"(?P<close>\s*\))?",
    re.I,
)
_PHONE_CUE = r"(?:\(0\d{2,4}\)\s*|\b(?:" + "|".join(_Q["phone_words"]) + r")\.?\s*:?\s*)"
_PHONE_BEFORE_RE = re.compile(_PHONE_CUE + "$", re.I)
_AGE_RE = re.compile(r"[A-Z][a-z]+\s*\(\d{1,3}\)$")
#: a person's name and a comma right before a number followed by a comma ("Yanti, 41, yang ...")
_AGE_APPOSITION_RE = re.compile(r"\b[A-Z][a-z]+,\s$")
_RANGE_GAP_RE = re.compile(_Q["range_gap"], re.I)
#: between a part and its whole ("312 dari 1.140 rumah tangga", "312 dari total 1.140 KK")
_PART_OF_GAP_RE = re.compile(_Q["part_of_gap"], re.I)
#: a whole named first ("Dari 1.142 kepala keluarga di desa itu, 96 KK tercatat miskin"): "dari" opening a
#: sentence or clause right before it, and the gap to the part (a comma, no number, no "menjadi"; not a
#: count of its own, "Dari 312 KK yang diusulkan, hanya 241 KK ...", "dari 5.000 KPM penerima PKH, ...", nor a
#: from-value, "Dari 1.200 KPM tahun lalu, kini ...")
_WHOLE_FIRST_BEFORE_RE = re.compile(_Q["whole_first_before"])
_WHOLE_FIRST_GAP_RE = re.compile(_Q["whole_first_gap"], re.I)
#: between a part named with what makes it one and its whole ("93 keluarga miskin dari sekitar 410 keluarga")
#: a to-value right after a from-value ("dari 1.102 KK menjadi 888 KK"), and a change word before a count
_TO_AFTER_RE = re.compile(_Q["to_after"], re.I)
_CHANGE_BEFORE_RE = re.compile(r"\b(?:" + "|".join(_Q["change_words"]) + r")\b[^.;\d]*$", re.I)
_QUALIFIED_PART_GAP_RE = re.compile(_Q["qualified_part_gap"], re.I)
#: between a share and the whole it is a share of ("46 persen dari seluruh 21.400 KK"; not a change's
#: from-value, "turun 5 persen dari 12.000 jiwa menjadi ...")
_SHARE_OF_GAP_RE = re.compile(_Q["share_of_gap"], re.I)
#: what follows a whole that is no one's count but everyone's: a place, or the end of its clause
_UNQUALIFIED_AFTER_RE = re.compile(_Q["unqualified_after"])
#: a fraction in words and "dari" right before a count: the count is the whole ("seperempat dari 612 KK")
_FRACTION_OF_BEFORE_RE = re.compile(
    r"(?<![\w-])" + lexicon.alternation([w.replace(" ", r"\s+") for w in lexicon.load("number_words").get("fractions", ())])
    + _Q["fraction_of_tail"], re.I)
_PER_CAPITA_RE = re.compile(_Q["per_capita"], re.I)
_MONTHS = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
_MONTH_BEFORE_RE = re.compile(r"(?:\b" + _MONTHS + "".join(r"|\b" + w for w in _Q["month_before_words"]) + r")\.?\s*$", re.I)
_MONTH_AFTER_RE = re.compile(r"\s+" + _MONTHS + r"\b\.?\s+(?:19|20)\d\d", re.I)
#: a month and "lalu" after a day's number ("pada 15 Januari lalu"): the day of a date
_MONTH_LALU_AFTER_RE = re.compile(r"\s+" + _MONTHS + r"\b\.?\s+(?:yang\s+)?lalu\b", re.I)
_YEAR_RE = re.compile(r"^(19[5-9]\d|20[0-4]\d)$")
#: a radio frequency's unit right after a number ("98,6 FM")
_FREQUENCY_AFTER_RE = re.compile(r"\s?(?:FM|AM|MHz)\b")
#: a year of the Hijri calendar ("menjelang Idulfitri 1444 Hijriah", "1 Muharram 1446 H"): a date, no count
_HIJRI_YEAR_RE = re.compile(r"1[34]\d\d\s*(?:" + _Q["hijri_marks"] + ")", re.I)
_PRE_WORD = r"\b(?:" + "|".join(_Q["numbering_words"]) + r")\.?\s*:?\s*"
# (the street's name is capitalised, whatever the flags: "jalan dari PNPM nilainya 150 juta" is no address)
_PRE_STREET = r"\b(?:jalan|jl\.?)\s+(?:(?-i:[A-Z])[\w.'’-]*\s+){1,4}(?:no\.?\s*)?"
# the next item of a numbered list: "desil 1 dan 2", "tahap I hingga 3", "RT 02/03"
_PRE_LIST = r"\b(?:" + "|".join(_Q["list_words"]) + r")\s+\w{1,4}\s*(?:" + "|".join(_Q["list_joiners"]) + r")\s*"
_PRE_EXCLUDE_RE = re.compile(r"(?:" + _PRE_WORD + "|" + _PRE_STREET + "|" + _PRE_LIST + r")$", re.I)

# for lower-cased text (``regex_speed.lowered``): same matches; group texts come from ``text``
_TAIL_LOW = lowered(_TAIL_RE) or _TAIL_RE
assert _TAIL_LOW.groupindex == _TAIL_RE.groupindex
# group numbers of _TAIL_RE, read from ``match.regs`` (one lookup for every group of a match); each
# of these groups matches at least one character when it takes part, so "matched" is "non-empty"
_T_AN, _T_PAREN, _T_SCALE, _T_LEBIH, _T_UNIT, _T_PP, _T_PCT, _T_IDR, _T_HH, _T_PERSONS, _T_CLOSE = (
    _TAIL_RE.groupindex[k] for k in ("an", "paren", "scale", "lebih", "unit", "pp", "pct", "idr", "hh", "persons", "close"))
_MONTH_AFTER_LOW = lowered(_MONTH_AFTER_RE) or _MONTH_AFTER_RE
_MONTH_LALU_AFTER_LOW = lowered(_MONTH_LALU_AFTER_RE) or _MONTH_LALU_AFTER_RE
_PER_CAPITA_LOW = lowered(_PER_CAPITA_RE) or _PER_CAPITA_RE


@cache
def _lowered_or_same(rx: re.Pattern) -> re.Pattern:
    """``regex_speed.lowered(rx)``, or ``rx`` itself when it has none (kept out of the component,
    which then pickles: a lowered pattern has no source string)."""
    return lowered(rx) or rx


# the "before" checks must end right before the number: one mirrored match each (SuffixSearch)
_PRE_WORD_OR_LIST = SuffixSearch(re.compile(r"(?:" + _PRE_WORD + "|" + _PRE_LIST + r")$", re.I))
_PRE_STREET_BEFORE = SuffixSearch(re.compile(r"(?:" + _PRE_STREET + r")$", re.I))
_PRE_LIST_BEFORE = SuffixSearch(re.compile(r"(?:" + _PRE_LIST + r")$", re.I))
_PRE_WORD_BEFORE = SuffixSearch(re.compile(r"(?:" + _PRE_WORD + r")$", re.I))


#: any of ``_PRE_WORD_OR_LIST`` and ``_PHONE_BEFORE``: most numbers have neither before them, and
#: one check then settles both
_PRE_OR_PHONE_BEFORE = SuffixSearch(re.compile(r"(?:" + _PRE_WORD + "|" + _PRE_LIST + "|" + _PHONE_CUE + r")$", re.I))


def _pre_excluded(before: str, before_rev: str, low_rev: str | None, word_or_phone: bool = True) -> bool:
    """``_PRE_EXCLUDE_RE.search(before)``: a street name ("Jalan Ahmad Yani No. 12") is looked for
    only when the lower-cased text before the number holds "jl" or "jalan" (its costliest part,
    which backtracks over the words before nearly every number). ``word_or_phone`` False says
    ``_PRE_OR_PHONE_BEFORE`` found nothing before the number (no list or numbering word then)."""
    if word_or_phone and _PRE_WORD_OR_LIST.found(before, before_rev, low_rev):
        return True
    if low_rev is not None and "lj" not in low_rev and "nalaj" not in low_rev:
        return False
    return _PRE_STREET_BEFORE.found(before, before_rev, low_rev)
_PHONE_BEFORE = SuffixSearch(_PHONE_BEFORE_RE)
_MONTH_BEFORE = SuffixSearch(_MONTH_BEFORE_RE)


#: an Indonesian time zone after a time of day ("10.15 WIB")
_TIME_ZONE_AFTER_RE = re.compile(r"\s*(?:" + "|".join(_Q["time_zones"]) + r")\b")
_YEARS_AGO_AFTER_RE = re.compile(_Q["years_ago_after"], re.I)
#: the minutes of a time of day after its hour ("19:42 WIB", "08:05")
_CLOCK_AFTER_RE = re.compile(r":[0-5]\d(?![\d,.]\d)")

#: the unit group after a number in words -> (family, unit), first match wins
_WORD_UNITS = (("pp", ("pct", "percent_point")), ("pct", ("pct", "percent")), ("idr", ("idr", "idr")),
               ("hh", ("households", "households")), ("persons", ("persons", "persons")))


def _is_list_marker(text: str, start: int, end: int) -> bool:
    """A number that opens its line and is followed by ``.`` or ``)`` and a space: "1. ", "2) "."""
    if not text.startswith((".", ")"), end) or not text[end + 1:end + 2].isspace():
        return False
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip()


#: "lebih" closing a count written in words ("satu juta lebih."): at least that many
_MORE_AFTER_RE = re.compile(r"\s+" + _Q["more_word"] + r"(?=\s*(?:[.,;:)\"”]|$)|\s+(?:" + "|".join(_Q["more_after_words"])
                            + r")\b)", re.I)


class QuantityTagger(Component):
    """Find numeric quantities and normalise their values."""

    def __init__(self, nlp: Language, name: str = "kie_quantities", data: str = "cues"):
        self.name = name
        self.cfg = {"data": data}
        cues = lexicon.load(data)
        approx = cues["approx"]
        self.approx_before = [
            (kind, re.compile(r"(?:^|\W)" + lexicon.alternation(pats) + r"\s*(?:Rp\.?\s*)?$", re.I))
            for kind, pats in (("about", approx["about"]), ("at_most", approx["at_most"]), ("at_least", approx["at_least"]))
        ]
        self._approx_before = [(kind, SuffixSearch(rx)) for kind, rx in self.approx_before]
        # any of the three: most numbers have no cue, and one check then settles it
        self._approx_any = SuffixSearch(re.compile(
            r"(?:^|\W)(?:" + "|".join(lexicon.alternation(approx[k]) for k in ("about", "at_most", "at_least"))
            + r")\s*(?:Rp\.?\s*)?$",
            re.I,
        ))
        after = cues["approx_after"]
        self.approx_after = re.compile(r"^\s*(?:" + lexicon.alternation(after["at_least"]) + r")\b(?!\s+dari)", re.I)
        # (a noun on the next line names no count: "| 66,1 ribu\nKabupaten Siak | ...")
        self.noun_re = re.compile(r"^[^\S\n]*(" + lexicon.alternation(cues["other_nouns"] + cues["currency_nouns"]) + r")\b", re.I)
        self.currency_nouns = frozenset(w.lower() for w in cues["currency_nouns"])
        self.person_noun_re = re.compile(lexicon.alternation(cues["person_nouns"]), re.I)
        self.per_item_re = re.compile(r"^[^\S\n]*\w*[^\S\n]*(" + lexicon.alternation(cues["per_item"]) + r")\b", re.I)
        self.per_item_before_re = re.compile(cues["per_item_before"], re.I)

    def _per_item_before(self, text: str, s: int) -> bool:
        """Whether the words before the number at ``s`` give one item's share ("Tiap kelompok terdiri atas")."""
        lo = max(0, s - 60)
        w = text[lo:s].lower()
        if "tiap" not in w and "masing" not in w:
            return False  # (one plain find for the common case: no such word before)
        return self.per_item_before_re.search(text, lo, s) is not None

    def find(self, text: str, skip: list[tuple[int, int]], low: str | None = None, ascii: bool = False) -> list[dict]:
        """All quantities in ``text`` outside ``skip`` ranges, as dicts. ``low`` is
        ``regex_speed.lower_text(text)`` when known: the case-insensitive checks then run on it
        (same results, faster); ``ascii`` whether ``regex_speed.ascii_safe(text)`` holds."""
        out: list[dict] = []
        src = text if low is None else low  # where the case-insensitive patterns look
        tail_re = _TAIL_RE if low is None else _TAIL_LOW
        month_after_re = _MONTH_AFTER_RE if low is None else _MONTH_AFTER_LOW
        month_lalu_re = _MONTH_LALU_AFTER_RE if low is None else _MONTH_LALU_AFTER_LOW
        noun_re = self.noun_re if low is None else _lowered_or_same(self.noun_re)
        approx_after = self.approx_after if low is None else _lowered_or_same(self.approx_after)
        per_item_re = self.per_item_re if low is None else _lowered_or_same(self.per_item_re)
        per_capita_re = _PER_CAPITA_RE if low is None else _PER_CAPITA_LOW
        low_rev = None
        for m in (_NUM_ASCII if ascii else _NUM_RE).finditer(text):
            s, e = m.span()
            if skip and in_ranges(s, e, skip):
                continue
            cur_text, sign, num = m.group("cur", "sign", "num")
            cur = bool(cur_text)
            if not cur and len(num) <= 2 and _is_list_marker(text, s, e):
                continue  # "1. Majene: 13,88 persen": the number of a list line
            tail = tail_re.match(src, e)  # every part is optional: it always matches
            regs = tail.regs
            scale_start, scale_end = regs[_T_SCALE]
            scale = text[scale_start:scale_end] if scale_start >= 0 else None
            if scale and scale in ("M", "T") and not cur:
                scale = None
            unit_start, unit_end = regs[_T_UNIT]
            unit_group = text[unit_start:unit_end] if unit_start >= 0 else None
            # a year: the dates component handles it (with a unit word after it only after a month)
            year_like = not cur and not scale and _YEAR_RE.match(num) is not None
            if year_like and not unit_group:
                continue
            before = text[max(0, s - 30):s]
            before_rev = before[::-1]
            if low is not None:
                low_rev = low[max(0, s - 30):s][::-1]
            if year_like and _MONTH_BEFORE.found(before, before_rev, low_rev):
                continue
            if month_after_re.match(src, e) and not cur:
                continue  # the day of a date: "26 Maret 2022"
            if len(num) <= 2 and num.isdigit() and 1 <= int(num) <= 31 and not cur and month_lalu_re.match(src, e):
                continue  # the day of a date: "pada 15 Januari lalu"
            if not cur and not scale and _HIJRI_YEAR_RE.match(src, s):
                continue  # a Hijri year
            word_or_phone = _PRE_OR_PHONE_BEFORE.found(before, before_rev, low_rev)
            if not cur and _pre_excluded(before, before_rev, low_rev, word_or_phone) and not (
                    unit_group and _PRE_LIST_BEFORE.found(before, before_rev, low_rev)
                    and not _PRE_WORD_BEFORE.found(before, before_rev, low_rev)) and not (
                    # "menurun setiap tahun: 15,12 persen (2013), ...": a labelled value with its unit
                    unit_group and before.rstrip().endswith(":")):
                continue  # (but "desil 1 dan 98 keluarga": a count with its unit is no list item)
            if num.startswith("0") and len(num) > 1 and num.isdigit():
                continue  # phone numbers, area codes and ids ("0812...", "(0435)")
            if not cur and len(num) <= 2 and text.startswith(":", e) and _CLOCK_AFTER_RE.match(text, e):
                continue  # a time of day: "Selasa, 14 Mar 2023 19:42 WIB"
            if not cur and len(num) == 5 and num[2] in ".:" and _TIME_ZONE_AFTER_RE.match(text, e):
                continue  # a time of day with its zone: "10.15 WIB –", "09.30 WITA"
            if not cur and len(num) <= 2 and text.startswith(" ", e) and _YEARS_AGO_AFTER_RE.match(text, e):
                continue  # "5 tahun lalu": years counted back, a date
            if not cur and text.startswith((" FM", " AM", " MHz", "FM", "MHz"), e) and _FREQUENCY_AFTER_RE.match(text, e):
                continue  # a radio station's frequency: "Radio Suara Rangkasbitung 98,6 FM"
            # _AGE_RE ends with "\)$" and a number ends with a digit: only a ")" right after can match
            if (word_or_phone and _PHONE_BEFORE.found(before, before_rev, low_rev)) or (
                text.startswith(")", e) and _AGE_RE.search(text[max(0, s - 40):e + 1])
            ):
                continue  # "(0435) 821155", "Warsini (47)"
            if text.startswith(",", e) and len(num) <= 3 and num.isdigit() and not cur and \
                    _AGE_APPOSITION_RE.search(text, max(0, s - 40), s):
                continue  # "Ambil contoh Yanti, 41, yang tinggal ...": an age in apposition
            if len(num.replace(".", "").replace(",", "")) > 15:
                continue
            family = "bare"
            unit = None
            if cur or regs[_T_IDR][0] >= 0:
                family, unit = "idr", "idr"
            if unit_group:
                if regs[_T_PP][0] >= 0:
                    family, unit = "pct", "percent_point"
                elif regs[_T_PCT][0] >= 0:
                    family, unit = "pct", "percent"
                elif regs[_T_HH][0] >= 0:
                    family, unit = "households", "households"
                elif regs[_T_PERSONS][0] >= 0:
                    family, unit = "persons", "persons"
            end = e if regs[_T_AN][0] < 0 else regs[_T_AN][1]
            if scale or unit_group:
                end = unit_end if unit_group else scale_end
                if regs[_T_PAREN][0] >= 0 and regs[_T_CLOSE][0] >= 0:
                    end = regs[_T_CLOSE][1]
            scale_word = " ".join(scale.lower().rstrip(".").split()) if scale else None
            value = parse_number(num, scale=scale_word, unit_family=family)
            if value is None:
                continue
            if sign:
                value = -value
            noun = None
            per_capita = False
            rest = src[end:end + 60]
            pc = per_capita_re.match(rest)
            tail_end = end
            if pc:
                per_capita = True
                tail_end = end + pc.end()
            if family == "bare" or family == "idr":
                nm = noun_re.match(rest)
                if nm and family == "bare":
                    noun = nm.group(1).lower()
                    if self.person_noun_re.fullmatch(noun):
                        family, unit = "people", "persons"  # "12.760 siswa": people, but not residents
                    else:  # ("1,9 dolar": a thing counted, in no unit of ours)
                        family, unit = "count", None if noun in self.currency_nouns else "count"
            approx = None
            if self._approx_any.found(before, before_rev, low_rev):
                for kind, ss in self._approx_before:
                    if ss.found(before, before_rev, low_rev):
                        approx = kind
                        break
            if approx is None and (approx_after.match(rest) or regs[_T_LEBIH][0] >= 0):
                approx = "at_least"
            if approx is None and (regs[_T_AN][0] >= 0 or (unit_group or "").lower().endswith("persenan")
                                   or scale_word in APPROX_SCALES):
                approx = "about"  # "300-an KK", "40 persenan"
            per_item = family not in ("idr", "pct") and not per_capita and (
                bool(per_item_re.match(src[end:end + 40])) or self._per_item_before(src, s))
            out.append(
                {
                    "start": s,
                    "end": end,
                    "num_start": m.start("num"),
                    "value": tidy(value),
                    "unit": unit,
                    "family": family,
                    "scaled": scale_word is not None,
                    "scale_factor": SCALES.get(scale_word, 1.0) if scale_word else 1.0,
                    "signed": bool(sign),
                    "approx": approx,
                    "noun": noun,
                    "per_capita": per_capita,
                    "per_item": per_item,
                    "unit_word": (unit_group or "").lower(),
                    "tail_end": tail_end,
                    "raw": num,
                }
            )
        words = self._word_quantities(text, skip, low)
        if words:
            out = sorted(out + words, key=lambda q: q["start"])
        # a range "2,5 sampai 3 persen": the first end takes the unit of the second
        for a, b in zip(out, out[1:], strict=False):
            if a["family"] == "bare" and b["family"] in ("persons", "households", "people") and not a["scaled"] \
                    and _PART_OF_GAP_RE.match(text, a["end"], b["start"]) and a["value"] < b["value"]:
                # "312 dari 1.140 rumah tangga": the part is counted in the whole's unit; the whole is
                # only its frame
                a["family"], a["unit"], a["noun"] = b["family"], b["unit"], b["noun"]
                a["after"] = b["end"]  # (what is said of the part comes after the whole)
                b["whole"] = True
                continue
            if a["family"] in ("persons", "households") and b["family"] in ("persons", "households", "bare") \
                    and a["value"] > b["value"] and _WHOLE_FIRST_GAP_RE.fullmatch(text, a["end"], b["start"]) \
                    and _WHOLE_FIRST_BEFORE_RE.search(text, max(0, a["start"] - 30), a["start"]):
                a["whole"] = True  # "Dari 214 KK di kampungnya, sebanyak 131 KK ...": the whole first
                continue
            if a["family"] == b["family"] and a["family"] in ("persons", "households") and a["value"] < b["value"] \
                    and _QUALIFIED_PART_GAP_RE.fullmatch(text, a["end"], b["start"]):
                b["whole"] = True  # "93 keluarga miskin dari sekitar 410 keluarga": the whole of a qualified part
                continue
            if a["family"] == b["family"] and a["family"] in ("persons", "households") and a["value"] < b["value"] \
                    and _PART_OF_GAP_RE.match(text, a["end"], b["start"]) \
                    and not _TO_AFTER_RE.match(text, b["end"]) \
                    and not _CHANGE_BEFORE_RE.search(text, max(0, a["start"] - 30), a["start"]):
                b["whole"] = True  # "214 KK dari 1.102 KK di desanya": the whole (not "turun 214 KK dari 1.102 KK menjadi ...")
                continue
            if a["family"] == "pct" and b["family"] in ("persons", "households") \
                    and _SHARE_OF_GAP_RE.match(text, a["end"], b["start"]):
                b["whole"] = True  # "sekitar 46 persen dari seluruh 21.400 KK": the whole of a share
                continue
            if a["family"] == "bare" and b["family"] != "bare" and _RANGE_GAP_RE.match(text[a["end"]:b["start"]]):
                a["family"], a["unit"], a["range_partner"] = b["family"], b["unit"], True
                if b["scaled"] and not a["scaled"]:
                    a["value"] = tidy(a["value"] * b["scale_factor"])
                    a["scaled"], a["scale_factor"] = True, b["scale_factor"]
        for q in out:
            if q["family"] in ("persons", "households") and not q.get("whole") \
                    and _FRACTION_OF_BEFORE_RE.search(text, max(0, q["start"] - 45), q["start"]) \
                    and _UNQUALIFIED_AFTER_RE.match(text, q["end"]):
                # "hampir seperempat dari 612 kepala keluarga di desa tersebut" (not a qualified whole, "sepertiga dari
                # 9.600 keluarga yang terdaftar dalam DTKS", "separuh dari 3.200 keluarga miskin ekstrem")
                q["whole"] = True
        return out

    def _word_quantities(self, text: str, skip: list[tuple[int, int]], low: str | None = None) -> list[dict]:
        """Numbers written in words with a unit after them ("tujuh puluh empat ribu jiwa", "satu koma
        dua persen", "dua puluh juta rupiah"); words alone ("dua kabupaten") are no statistic. ``low``
        is ``regex_speed.lower_text(text)`` when known."""
        out: list[dict] = []
        # "satu keluarga", "nol persen": small whole numbers in words are idiom or slogan more often
        # than a statistic, so only ten and above (or with decimals) are read
        for s, e, value in find_number_words(text, min_value=10, low=low):
            if skip and in_ranges(s, e, skip):
                continue
            tail = _TAIL_RE.match(text, e)
            if not tail or not tail.group("unit") or tail.group("scale"):
                more = _MORE_AFTER_RE.match(text, e) if value >= 1000 else None
                if more is None:
                    continue
                # "yakni satu juta lebih.": a count in words closed by "lebih", its unit the sentence's
                out.append({
                    "start": s, "end": more.end(), "num_start": s, "value": tidy(value), "unit": None,
                    "family": "bare", "scaled": False, "scale_factor": 1.0, "signed": False, "approx": "at_least",
                    "noun": None, "per_capita": False, "per_item": False, "unit_word": "", "tail_end": more.end(),
                    "raw": text[s:e], "words": True,
                })
                continue
            family, unit = next(fu for group, fu in _WORD_UNITS if tail.group(group))
            end = tail.end("unit")
            before = text[max(0, s - 30):s]
            before_rev = before[::-1]
            approx = None
            if self._approx_any.found(before, before_rev):
                approx = next((kind for kind, ss in self._approx_before if ss.found(before, before_rev)), None)
            rest = text[end:end + 60]
            pc = _PER_CAPITA_RE.match(rest)
            out.append({
                "start": s, "end": end, "num_start": s, "value": tidy(value), "unit": unit, "family": family,
                "scaled": False, "scale_factor": 1.0, "signed": False, "approx": approx, "noun": None,
                "per_capita": bool(pc), "per_item": family not in ("idr", "pct") and not pc
                and (bool(self.per_item_re.match(text[end:end + 40])) or self._per_item_before(text, s)),
                "unit_word": tail.group("unit").lower(), "tail_end": end + (pc.end() if pc else 0),
                "raw": text[s:e], "words": True,
            })
        return out

    def __call__(self, doc: Doc) -> Doc:
        st = state(doc)
        qs = self.find(doc_text(doc), st.get("boilerplate", []), lower_doc_text(doc), ascii_doc(doc))
        st["quantities"] = qs
        add_spans(doc, "quantity", [(q["start"], q["end"], "QUANTITY") for q in qs])
        items = []
        for q in qs:
            attrs = {"value": q["value"]}
            if q["unit"]:
                attrs["unit"] = q["unit"]
            if q["approx"]:
                attrs["approx"] = q["approx"]
            items.append((q["start"], q["end"], attrs))
        set_many_span_attrs(doc, "QUANTITY", items)
        return doc


@Language.factory("kie_quantities", default_config={"data": "cues"})
def make_quantities(nlp: Language, name: str, data: str) -> QuantityTagger:
    """Factory for the quantity tagger."""
    return QuantityTagger(nlp, name, data)
