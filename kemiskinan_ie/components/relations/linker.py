"""``RelationLinker``: the ``kie_relations`` component that reads each sentence in order and
turns its quantities into figures, carrying context forward (see the package docstring)."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from itertools import pairwise
from operator import itemgetter

from spacy.language import Language
from spacy.tokens import Doc

from ... import lexicon, number_words
from ...backends.syntax import has_syntax
from ...extensions import doc_ext, set_doc_ext
from ...gazetteer import Gazetteer
from ...numbers import tidy
from ...regex_speed import LowerSearch, SuffixSearch, gated
from ...text_units import clauses
from ..base import Component, doc_text, in_ranges, lower_doc_text, sentence_ranges, state
from ..dates import MONTHS
from ..metrics import cue_regex
from .metric import MetricLinking
from .patterns import (
    _BULLET,
    _FOR_RECIPIENTS_RE,
    _FROM_BEFORE,
    _PLACE_LIST_GAP_RE,
    _RANGE_OR_LIST_RE,
    _RECEIVE_RE,
    _SENTENCE_BOUND,
    _SOURCE_CUE_RE,
    _STAT_AGENCY_RE,
    _TO_VALUE_RE,
    EXTREME_AFTER,
    LABEL_VALUE,
    AlternativeNeedles,
    Needles,
    NeedleSets,
    Pieces,
    _in_range,
    _rx,
    found_before,
    literal_tail,
    lower_text,
    may_hold,
)
from .period import THEN_RE, PeriodLinking, restated_value
from .region import NATION_BENCHMARK_BEFORE_RE, RegionLinking, ancestor, list_parent, siblings
from .tables import column_at, find_tables, place_columns

#: the cue words of this module's patterns (``data/relation_cues.yaml``), compiled below once
_R = lexicon.load("relation_cues")
#: "se-kabupaten", "sekecamatan" before a count: the whole region of that level (levels kept of the code in view)
_WHOLE_LEVEL_BEFORE_RE = re.compile(_R["whole_level_before"], re.I)
#: an arrow after a value and before the next ("0,61 → 0,52"): the value is the earlier one, a from-value
_ARROWS = "|".join(re.escape(a) for a in _R["arrows"])
_ARROW_AFTER_RE = re.compile(_R["arrow_after"].replace("{arrows}", _ARROWS))
_ARROW_CHARS = tuple(sorted({a[-1] for a in _R["arrows"]}))  # (every arrow ends with one of these)


def _has_arrow(text: str) -> bool:
    """Whether ``text`` holds one of the arrows ``_ARROW_AFTER_RE`` looks for (a few substring finds)."""
    return any(c in text for c in _ARROW_CHARS)


_ARROW_GAP_RE = re.compile(r"[^\S\n]*(?:" + _ARROWS + r")[^\S\n]*")
_RANKED_BEFORE_WHOLE_RE = re.compile(_R["ranked_before_whole"], re.I)
_PER_HOUSEHOLD_LABEL_RE = re.compile(_R["per_household_label"], re.I)
_WHOLE_LEVELS = {"provinsi": 1, "kabupaten": 2, "kota": 2, "kecamatan": 3, "distrik": 3}

#: the fields two figures must share for one to restate the other
_DEDUP_FIELDS = ("metric", "kind", "year", "month", "region_code", "area")
_dedup_key = itemgetter(*_DEDUP_FIELDS)
#: ``numbers.tidy`` remembered for the values seen last (a figure's value is often repeated)
_tidy = lru_cache(maxsize=4096, typed=True)(tidy)


#: the working fields of a figure (set where the figure is made), dropped before it is stored
_PRIVATE_FIELDS = ("_how", "_family", "_from", "_scale", "_sent", "_range", "_base_metric", "_local", "_signed",
                   "_national_size", "_carried")

#: what a sentence holds when it holds nothing of a kind (never changed)
_NOTHING: tuple = ()
#: ``_kind`` of a quantity with no change or target word before it in its sentence
_LEVEL = ("level", 0)
#: the capital's province code: a story filed from there that names no region is national media's
_CAPITAL = "31"
#: the poverty statistics proper: what a story about poverty keeps coming back to
_POVERTY_METRICS = frozenset({"poverty_rate", "poverty_count", "extreme_poverty_rate", "extreme_poverty_count"})
#: the needle hits of a sentence without the words of "provinsi lainnya" (``_region`` skips that check)
_NO_OTHERS: dict = {}
#: the words one of which every match of ``_FROM_BEFORE`` holds
_FROM_WORDS = tuple(Needles(_FROM_BEFORE.rx).words or ())  # (empty: no gate)

#: metrics of programmes (not of a statistical release)
_NO_TABLES: dict = {}
_PROGRAMME_METRICS = frozenset({"beneficiary_count", "budget", "welfare_registry_count"})
#: metrics a share or count said to be of people below a poverty line never is (their own cue names them)
_NOT_BELOW_LINE = frozenset({"welfare_registry_count", "unemployment_rate", "unemployment_count", "economic_growth", "hdi",
                             "gini_ratio", "stunting_rate"})
#: between an amount or count and its change in percent right after it (", naik sekitar ")
_VALUE_THEN_CHANGE_GAP_RE = re.compile(_R["value_then_change_gap"], re.I)
#: between a share of the poor and its count told after it (", atau sekitar ", after "tergolong miskin")
_COUNT_TWIN_GAP_RE = re.compile(_R["count_twin_gap"], re.I)
#: a comparison word right after a change, before the base's own words and date ("naik 17,1 persen dibandingkan
#: perkiraan realisasi tahun ini")
_COMPARED_BASE_AFTER_RE = re.compile(_R["compared_base_after"], re.I)
#: a line opening on a dateline before ("PRINGSEWU – ..."): a later one opens another item of a brief
_EARLIER_DATELINE_RE = re.compile(_R["earlier_dateline"])
#: between two items of a list of targets: a comma or "dan" and the next item's metric words
_TARGET_LIST_GAP_RE = re.compile(
    _R["target_list_gap"],
    re.I)
#: the values of an infographic's "value: label" line, up to its colon ("• 10,84 persen dan 17,43 persen: ...")
_VALUE_ITEM = _R["value_item"]
_VALUE_LABEL_RE = re.compile(r"[^\S\n]*(?:[•*·–-][^\S\n]*)?" + _VALUE_ITEM + r"(?:[^\S\n]*(?:" + _R["value_label_joint"] + r")[^\S\n]*" + _VALUE_ITEM
                             + r")*[^\S\n]*:(?=[^\S\n]*[^\W\d])", re.I)
#: the end of the words between two items of a list ("... untuk pendidikan dan 20 persen")
_LIST_JOINT_END_RE = re.compile(_R["list_joint_end"], re.I)
#: a programme that is a fund by its name ("Dana Desa", "Alokasi Dana Kampung", "Dana Otsus")
_FUND_NAME_RE = re.compile(_R["fund_name"], re.I)
#: the label of a list line: "- Batugaing: 58 KPM" -> "Batugaing"
_LINE_LABEL_RE = re.compile(r"\s*" + _BULLET + r"?\s*([A-Z][\w'’]*(?:[ -][A-Z][\w'’]*){0,3})\s*:")
_LABEL_AFTER_RE = re.compile(LABEL_VALUE)
#: a list line's label closed by a dash ("Kawalu — stunting 11,8 persen; 3.214 keluarga")
_LABEL_DASH_AFTER_RE = re.compile(r"[^\S\n]+[—–][^\S\n]+")
_BULLET_RE = re.compile(r"\s*" + _BULLET + r"\s+")


#: a sentence that opens on "at that time" ("Saat itu ...", "Kala itu ...")
_THEN_OPENING_RE = re.compile(_R["then_opening"], re.I)
#: between a programme naming a list's line and its count ("Program Keluarga Harapan (PKH): 312 KK")
_PROGRAMME_LABEL_GAP_RE = re.compile(_R["programme_label_gap"])
#: a relative clause's or a negation's words right before a receiving verb after a count of places: not the people's
#: receiving ("di 12 kecamatan yang menerima", "belum menerima"; not "di 20 desa yang tersebar di lima kecamatan menerima")
_NOT_THEIRS_RE = re.compile(_R["not_theirs"], re.I)
#: the counted said to have graduated, right after the count ("2.960 KPM PKH se-Sulut telah graduasi")
_GRADUATED_AFTER_RE = re.compile(_R["graduated_after"], re.I)
#: the reason a count was struck off, right after the verb ("dicoret karena tidak lagi memenuhi syarat")
_REASON_AFTER_RE = re.compile(_R["reason_after"], re.I)
#: a registry's or listing's name right before a year: the vintage of the data, not the period of what follows
_REGISTRY_VINTAGE_BEFORE_RE = re.compile(_R["registry_vintage_before"])
#: people paid or trained with money, no recipients of aid ("untuk 50 guru honorer", "untuk 1.200 peserta")
_PAID_PEOPLE_RE = re.compile(_R["paid_people"], re.I)
#: a demonstrative right after a count ("2.400 KK tersebut"): the count told before
_POINTED_BACK_COUNT_RE = re.compile(_R["pointed_back_count"])
#: aid that people counted by what they are receive or are given, named with no programme ("menerima beasiswa")
_AID_NOUN_RE = re.compile(_R["aid_noun"], re.I)
#: a count of people put forward for a registry or a programme, said before it or after it [relation_cues.yaml:
#: proposed_before, proposed_after]
_PROPOSED_BEFORE = SuffixSearch(re.compile(_R["proposed_before"], re.I))
_PROPOSED_AFTER_RE = re.compile(_R["proposed_after"], re.I)
_VULNERABLE_AFTER_RE = re.compile(_R["vulnerable_after"])
_COMMA_GAP_RE = re.compile(r"(?:[^\S\n]+[\w-]+)?[^\S\n]*,[^\S\n]*")  # ("Dicoret, ")
#: entries new to a list after their count ("2.087 Keluarga Baru Masuk") [relation_cues.yaml: new_entries_after]
_NEW_ENTRIES_AFTER_RE = re.compile(_R["new_entries_after"], re.I)
#: a place ranked beside another ("Bengkulu menyusul di posisi kedua") [relation_cues.yaml: rank_aside]
_RANK_ASIDE_RE = re.compile(_R["rank_aside"], re.I)
_PROPOSABLE = frozenset({"welfare_registry_count", "beneficiary_count", "poverty_count"})
#: people named by their work, then where they live, before the verb of what they receive ("1.350 nelayan dan ojek di
#: Padang menerima ...") [relation_cues.yaml: people_in_place_gap]
_PEOPLE_IN_PLACE_GAP_RE = re.compile(_R["people_in_place_gap"])
#: a place pointed back to ("di sana", "daerah itu")
_PLACE_POINTED_BACK_RE = re.compile(
    _R["place_pointed_back"], re.I)
#: what was reached, beside targets ("Target dan realisasi penurunan kemiskinan:")
_ACHIEVED_RE = re.compile(_R["achieved"], re.I)
#: a level word not followed by a name ("Kecamatan dengan penerima terbanyak ...:"; not "Kecamatan Rembang")
_LEVEL_WORD_RE = re.compile(_R["level_word"], re.I)


#: what ends a count's own clause before a leavers' word after it ("20.430 KPM PKH dan 1.200 KPM yang keluar",
#: "14.562 KPM setelah 1.200 KPM graduasi"): another number, a comma or a conjunction
_OTHER_CLAUSE_RE = re.compile(_R["other_clause"], re.I)
#: the end of a clause
_CLAUSE_END_RE = re.compile(r"[,;.]\s")


def _round(value: float | int) -> bool:
    """Whether a value has at most two significant digits (7, 20.000, 1,5 juta): a round figure, not
    one read off a release (1,11 juta = 1.110.000)."""
    v = abs(float(value))
    if v == 0:
        return True
    while v >= 100:
        if v % 10:
            return False
        v /= 10
    return v == int(v) or v * 10 == int(v * 10) and v < 10


#: a partner joined right before ("... bersama pemerintah pusat")
_JOINT_BEFORE_RE = re.compile(_R["joint_before"], re.I)
#: a capitalised word, then a space, at the end (a place's name right before a verb: "Tianyar Barat dihuni")
_NAME_END_RE = re.compile(r"\b[A-Z][\w'’-]*\s+$")


def _only_present(dates: list[dict], pos: int) -> bool:
    """Whether the dates before ``pos`` (bases aside) are all words for now ("kini", "saat ini"), and there is one."""
    before = [d for d in dates if not d["base"] and d["end"] <= pos]
    return bool(before) and all(d.get("present") for d in before)


def _first_line_end(text: str, boilerplate) -> int:
    """Where the article's first line ends: the first line after a letterhead the text opens with (an
    opening paragraph of boilerplate lines, a bare upper-case heading such as "SIARAN PERS" among them,
    above the release's title); -1 when the text is one line."""
    start = 0
    if boilerplate:
        para_end = text.find("\n\n")
        if para_end > 0 and any(s < para_end for s, _e in boilerplate):
            pos = 0
            for line in text[:para_end].split("\n"):
                stripped = line.strip()
                if stripped and not (any(s <= pos + line.find(stripped) < e for s, e in boilerplate)
                                     or (len(stripped) <= 40 and stripped.isupper())):
                    break
                pos += len(line) + 1
            else:
                start = para_end + 2
                while start < len(text) and text[start].isspace():
                    start += 1
    return text.find("\n", start)


def _spread_count(phrase: str) -> int | None:
    """How many places a "tersebar di 23 desa" phrase counts (None for "seluruh desa", "semua desa", "puluhan desa")."""
    digits = re.search(r"\d+", phrase)
    if digits is not None:
        return int(digits.group(0))
    for word in phrase.lower().split():
        value = number_words.words_value(word)
        if value is not None:
            return int(value)
    return 19 if "belasan" in phrase.lower() else None


def _paragraph_opens(text: str, s0: int, boilerplate) -> bool:
    """Whether the sentence at ``s0`` opens a paragraph: the line before it is blank or boilerplate ("Baca juga: ...")."""
    if s0 < 2 or text[s0 - 1] != "\n":
        return False
    line_start = text.rfind("\n", 0, s0 - 1) + 1
    if not text[line_start:s0 - 1].strip():
        return True
    return any(bs <= line_start + (len(text[line_start:s0]) - len(text[line_start:s0].lstrip())) < be
               for bs, be in boilerplate)


def _headline_end(text: str, first_line_end: int) -> int:
    """Where the first line ends when it reads as a headline (short, no closing full stop), else -1."""
    end = first_line_end
    start = text.rfind("\n", 0, end) + 1 if end > 0 else 0
    return end if 0 < end - start <= 160 and not text[start:end].rstrip().endswith(".") else -1


class RelationLinker(MetricLinking, RegionLinking, PeriodLinking, Component):
    """Turn quantities into figures."""

    def __init__(self, nlp: Language, name: str = "kie_relations", data: str = "cues",
                 metric_data: str = "metric_cues", max_rate_change: float = 5.0):
        self.name = name
        self.cfg = {"data": data, "metric_data": metric_data, "max_rate_change": max_rate_change}
        cues = lexicon.load(data)
        mc = lexicon.load(metric_data)
        self.cue_table = mc["cues"]
        self.money_map = {"idr": "budget"}  # the map of the money words ("anggaran", "dana", "alokasi")
        self.units = mc["units"]
        self.rate_metrics = set(mc["rate_metrics"])
        self.released_with_lag = frozenset(mc["released_with_lag"])
        self.lag_until_month = int(mc["lag_until_month"])
        self.national_scale = {m: float(v) for m, v in (mc.get("national_scale") or {}).items()}
        self.regency_scale = {m: float(v) for m, v in (mc.get("regency_scale") or {}).items()}
        self.down_re = _rx(cues["change"]["down"])
        self.up_re = _rx(cues["change"]["up"])
        self.to_level_re = _rx(cues["to_level"])
        self.base_re = re.compile(r"(?<![\w-])" + lexicon.alternation(cues["base"]) + r"\s*(?:posisi\s+|kondisi\s+|keadaan\s+)?(?:tahun\s+|periode\s+|bulan\s+)?$"
                                  # ("berkurang 1.362 KPM dibanding akhir 2021"; not "sejak akhir 2021 hingga 2023")
                                  r"|(?<![\w-])" + lexicon.alternation(cues["base_edge"]) + r"\s+(?:akhir|awal|pertengahan)\s+(?:tahun\s+)?$"
                                  r"|(?<![\w-])" + lexicon.alternation(cues["base_edge"]) + r"\s+" + lexicon.alternation(cues["base_edge_nouns"])
                                  + r"\s+(?:tahun\s+|periode\s+|bulan\s+)?$",
                                  re.I)
        self.target_re = _rx(cues["target"])
        self.urban_re = _rx(cues["area"]["urban"])
        self.rural_re = _rx(cues["area"]["rural"])
        self.area_after_re = re.compile(cues["area_after"], re.I)
        self.frame_re = re.compile(r"(?:" + lexicon.alternation(cues["frame"] + [cues["electoral_district"]])
                                   + r")\s*(?:wilayah\s+|provinsi\s+|kabupaten\s+)?$", re.I)
        self.national_re = re.compile(r"(?<![\w-])" + lexicon.alternation(cues["national"]) + r"(?![\w-])", re.I)
        self.max_rate_change = max_rate_change
        self.local_re = re.compile(r"(?:" + "|".join(cues["local_subject"]) + r")\s*(?:wilayah\s+)?$", re.I)
        # these are used as pattern.match(text, pos): "^" would only match at the start of the text
        self.beneficiary_after_re = re.compile(cues["beneficiary_after"].lstrip("^"), re.I)
        self.share_of_re = re.compile(cues["share_of"].lstrip("^"), re.I)
        #: the level a counted place word names, as the dots in its code ("kabupaten/kota": 1)
        self.counted_level_depth: dict[str, int] = dict(cues["counted_level_depth"])
        self.max_regencies_in_province = int(cues["max_regencies_in_province"])
        self.side_re = re.compile(cues["side_sentence"].lstrip("^"), re.I)
        self.household_size_re = re.compile(cues["household_size_after"], re.I)
        self.labour_force_after_re = re.compile(cues["labour_force_after"], re.I)
        self.spread_over_re = re.compile(cues["spread_over_after"], re.I)
        self.leavers_re = gated(re.compile(cues["graduation"], re.I))
        self.graduation_re = gated(re.compile(cues["graduation"] + "|" + cues["not_yet_received"], re.I))
        self.per_hundred_before_re = re.compile(cues["per_hundred_before"], re.I)
        self.remaining_recipients_re = re.compile(cues["remaining_recipients"], re.I)
        self.registry_gone_re = re.compile(cues["registry_gone_after"].lstrip("^"), re.I)
        self.compared_before = SuffixSearch(re.compile(cues["compared_before"], re.I))
        self.subset_after_re = re.compile(cues["subset_after"], re.I)
        self.province_level_re = gated(re.compile(cues["province_level_before"], re.I))
        self.spender_before_re = re.compile(cues["spender_before"], re.I)
        self.central_spender_re = gated(re.compile(cues["central_spender"], re.I))
        self.recipients_place_after_re = re.compile(cues["recipients_place_after"], re.I)
        self.own_government_re = re.compile(cues["own_government"], re.I)
        for name in ("gap_before", "gap_after", "more_than_after", "other_aid",
                     "for_before", "price_change_object", "allocation_before", "holder_between"):
            setattr(self, name + "_re", re.compile(cues[name], re.I))
        self.next_number_cue_re = re.compile(cues["next_number_cues"], re.I)
        self.bracket_scale_re = re.compile(cues["bracket_scale"], re.I)
        for name in ("gap_to_after", "still", "example_after", "example_before", "clause_end_after", "compared_with_value",
                     "said_before", "own_value_after", "registry_release_between", "date_shared_gap",
                     "change_from_before", "pair_difference_gap", "group_bound_before",
                     "from_own_time_after", "from_own_time_before", "pair_own_period", "target_in_law_before",
                     "bound_change_after", "pair_difference_end", "visit_before", "holders_not_recipients_after",
                     "bound_between", "clause_opens_after_date", "change_clause_after_date", "compared_period_value", "consequence_between",
                     "from_list_gap", "from_own_date_gap", "change_list_gap", "change_list_after",
                     "compared_actual_before", "registry_pointed_holds",
                     "change_next_item_gap", "change_later_item_gap", "registry_pointed_other_source",
                     "registry_pointed_recipients_after", "headline_registry_down_before", "headline_registry_before_verb", "headline_registry_from_gap",
                     "headline_other_from_after", "listed_periods_back", "household_size_bracket",
                     "household_size_bracket_after", "counted_regions_sum", "national_acronym_after",
                     "national_name_lower_before"):
            setattr(self, name + "_re", re.compile(cues[name], re.I))
        # a country abroad named right before a value ("tingkat kemiskinan nasional Malaysia hanya 0,4 persen",
        # "Vietnam sekitar 2,0 persen"): that country's, a region with no Kemendagri code
        self.abroad_names = Gazetteer.default().abroad_names
        abroad = sorted(self.abroad_names, key=len, reverse=True)
        names = "|".join(re.escape(a) for a in abroad)
        self.abroad_before_re = re.compile(
            r"(?<![\w-])(" + names + r")[^\S\n]+(?:(?:" + cues["abroad_value_words"] + r")[^\S\n]+)*$") if abroad else None
        # (whether a document names one at all: the search before each value is made only then)
        self.abroad_word_re = gated(re.compile(r"(?<![\w-])(?:" + names + r")(?![\w-])")) if abroad else None
        # (session 19) a country as the setting or subject of its sentence, and its people right after a count
        self.abroad_opening_re = re.compile(
            cues["abroad_opening"].replace("{country}", "(?:" + names + r")(?![\w-])")) if abroad \
            else re.compile(r"(?!)")
        self.abroad_value_stop_re = re.compile(cues["abroad_value_stop"], re.I)
        self.abroad_people_after_re = re.compile(
            r"[^\S\n]+(?:(?:warga|penduduk|orang|rakyat|jiwa)[^\S\n]+)?(?:di[^\S\n]+)?(" + names + r")(?![\w-])") if abroad \
            else re.compile(r"(?!)")
        self.yearly_rate_after_re = re.compile(cues["yearly_rate_after"], re.I)
        self.beneficiary_units = frozenset(u.lower() for u in cues["beneficiary_units"])
        self.not_received_after_re = re.compile(cues["not_received_after"], re.I)
        self.staff_nouns = frozenset(w.lower() for w in cues["staff_nouns"])
        # the capitalised run right before a change word, opened by an office's or a unit's head word
        self.name_head_run_re = re.compile(r"\b(?-i:" + lexicon.alternation(cues["name_heads"])
                                           + r")(?:\s+(?-i:[A-Z][\w/-]*)|\s+dan){0,6}\s+$")
        self.registry_result_re = re.compile(cues["registry_result_opening"], re.I)
        self.national_agency_re = re.compile(cues["national_agency"])
        self.population_after_re = re.compile(cues["population_after"], re.I)
        # people counted by what they are before the number ("jumlah nelayan di Kota Langsa saat ini sekitar 2.150
        # orang"; not "jumlah petani miskin", "nelayan prasejahtera", "... yang tergolong kurang mampu"): no poverty
        # statistic
        self.counted_people_before_re = re.compile(
            r"\bjumlah\s+(?:" + lexicon.alternation(cues["person_nouns"]) + r")\b"
            r"(?![^.\n]*\b(?:miskin|prasejahtera|(?:kurang|tidak|tak)\s+mampu))[^.\n]{0,60}$", re.I)
        self.poor_clause_after_re = re.compile(cues["poor_clause_after"], re.I)
        self.poor_state_gap_re = re.compile(cues["poor_state_date_gap"], re.I)
        self.others_in_before_re = re.compile(cues["others_in_before"], re.I)
        self.inhabited_before_re = re.compile(cues["inhabited_before"], re.I)
        self.recorded_re = re.compile(cues["recorded_words"], re.I)
        self.earlier_opening_re = re.compile(cues["earlier_opening"], re.I)
        self.past_aside_re = re.compile(cues["past_aside"], re.I)
        self.compared_aside_re = re.compile(cues["compared_aside"], re.I)
        self.meaning_opening_re = re.compile(cues["meaning_opening"], re.I)
        self.compared_period_before_re = re.compile(cues["compared_period_before"], re.I)
        self.compared_opening_re = re.compile(cues["compared_opening"], re.I)
        self.electoral_district_before_re = re.compile(cues["electoral_district"] + r"\s*$", re.I)
        self.own_electoral_district_re = re.compile(cues["own_electoral_district"], re.I)
        self.money_anaphora_re = re.compile(cues["money_anaphora_opening"], re.I)
        self.budget_pointer_re = re.compile(cues["budget_pointer"], re.I)
        self.date_leads_value_re = re.compile(cues["date_leads_value"], re.I)
        self.value_arrived_at_re = re.compile(cues["value_arrived_at"], re.I)
        self.cause_before_date_re = re.compile(cues["cause_before_date"], re.I)
        self.lies_in_gap_re = re.compile(cues["lies_in_gap"], re.I)
        self.other_level_re = re.compile(cues["other_level_between"], re.I)
        self.contrast_stat_agency_re = re.compile(cues["contrast_stat_agency"], re.I)
        self.plan_money_re = re.compile(cues["plan_money"], re.I)
        self.estimate_word_re = re.compile(cues["estimate_word"], re.I)
        self.estimate_forecast_re = re.compile(cues["estimate_forecast_between"], re.I)
        self.every_year_re = re.compile(cues["every_year"], re.I)
        self.below_line_after_re = re.compile(cues["below_line_after"], re.I)
        self.recipients_money_re = re.compile(cues["recipients_money_between"], re.I)
        self.eligibility_cards = frozenset(c.casefold() for c in cues["eligibility_cards"])
        self.programme_group = {name.casefold(): i for i, group in enumerate(cues["programme_synonyms"]) for name in group}
        complements = cues["staff_noun_complements"]
        staff = "|".join(rf"{w}\s+(?:{'|'.join(complements[w])})" if w in complements else w for w in cues["staff_nouns"])
        self.staff_subject_before = SuffixSearch(re.compile(cues["staff_subject_before"].replace("{staff_nouns}", staff), re.I))
        self.left_programme_after_re = re.compile(cues["left_programme_after"], re.I)
        self.struck_after_re = re.compile(cues["struck_after"], re.I)
        self.reach_before = SuffixSearch(re.compile(cues["reach_before"], re.I))
        self.foreign_line_re = gated(re.compile(cues["foreign_line"], re.I))
        self.foreign_line_end_re = re.compile(cues["foreign_line_end"])
        self.foreign_line_words = tuple(Needles(self.foreign_line_re).words or ("",))
        # (each alternative needs words of its own, "us$" and "hari": a stronger test than any one word)
        self.foreign_line_gate = AlternativeNeedles(self.foreign_line_re)
        self.place_anaphora_kinds = {k.lower(): v for k, v in cues["place_anaphora"].items()}
        self.place_anaphora_re = gated(re.compile(
            # ("ibu kota provinsi itu" is the capital, a city, not the province)
            r"(?<!ibu\skota\s)(?<!ibukota\s)\b(" + lexicon.alternation(list(self.place_anaphora_kinds))
            + r")\s+(?:itu|tersebut|ini)\b"
            # ("kabupaten pesisir timur itu": a few plain words may describe a district, regency or province,
            # and end on the place it lies in: "kecamatan paling selatan Lombok Timur itu", "kabupaten termuda di Kaltim itu")
            + r"|\b(" + lexicon.alternation([k for k, v in self.place_anaphora_kinds.items() if v != "desa"])
            + r")(?:\s+(?!di\b|ke\b|dan\b|tahun\b|ini\b|lain\b|lainnya\b|tetangga\b|sekitar(?:nya)?\b)(?-i:[a-z]+)){1,3}?(?:\s+(?-i:di)(?=\s+[A-Z]))?(?:\s+(?-i:[A-Z][a-z]+)){0,2}"
            + r"\s+(?:itu|tersebut)\b"
            # ("di desanya ada 96 keluarga yang menerima PKH", said of the village head's own village)
            + r"|\bdi\s+(" + lexicon.alternation([k for k, v in self.place_anaphora_kinds.items() if v == "desa"]) + r")nya\b"
            # ("angka kemiskinan kabupaten tahun ini": the metric of the regency in view, its level word alone)
            + "|" + cues["metric_of_level_word"],
            re.I))
        self.population_before_re = re.compile(cues["population_before"], re.I)
        self.attended_before_re = re.compile(cues["attended_before"], re.I)
        self.span_of_years_re = gated(re.compile(cues["span_of_years"], re.I))
        self.respectively_re = gated(re.compile(cues["respectively"], re.I))
        self.both_anaphora_re = re.compile(cues["both_anaphora"], re.I)
        self.list_joint_re = re.compile(cues["list_joint"], re.I)
        self.poor_after_re = re.compile(cues["poor_after"], re.I)
        self.exit_poverty_after_re = re.compile(cues["exit_poverty_after"], re.I)
        self.new_poor_after_re = re.compile(cues["new_poor_after"], re.I)
        self.poor_after_residents_re = re.compile(cues["poor_after_residents"], re.I)
        # a superlative ("terbanyak", "paling rendah"): before a framed place ("tertinggi di Mamuju") and
        # between a place and its value ("mencatat penerima terbanyak, yakni"); not after a change noun
        self.superlative_before = SuffixSearch(re.compile(
            r"\b" + cues["superlatives"] + r"\s+(?:ada\s+|berada\s+)?di\s*$", re.I))
        self.ranking_re = gated(re.compile(r"\b" + cues["superlatives"] + r"\b", re.I))
        self.change_noun_before_re = re.compile(cues["change_noun_before"], re.I)
        self.other_spender_re = re.compile(cues["other_spender"], re.I)
        self.per_recipient_opening_re = re.compile(cues["per_recipient_opening"], re.I)
        self.narrative_then = frozenset(cues["narrative_then"])
        # (searches over a stretch of text: ``gated`` lets them skip the places no match starts at)
        self.counted_regions_re = gated(re.compile(
            cues["counted_regions_before"].replace("{number_words}", number_words.sequence_pattern()), re.I))
        self.actual_before_re = re.compile(_R["achieved"] + cues["achieved_value_tail"], re.I)
        self.group_before_anaphora_re = re.compile(
            cues["group_before_anaphora"].replace("{number_words}", number_words.sequence_pattern()), re.I)
        self.threshold_after_re = re.compile(cues["threshold_after"], re.I)
        self.target_after_re = re.compile(cues["target_after"], re.I)
        self.per_day_re = re.compile(cues["per_day_after"], re.I)
        self.village_funds_re = gated(re.compile(cues["village_funds"], re.I))
        self.sub_village_re = gated(re.compile(cues["sub_village"], re.I))
        self.province_funds_re = gated(re.compile(cues["province_funds"], re.I))
        self.province_value_re = re.compile(cues["province_value_before"], re.I)
        self.province_value_after_re = re.compile(cues["province_value_after"], re.I)
        self.poor_increase_before = SuffixSearch(re.compile(cues["poor_increase_before"], re.I))
        self.contraction_before = SuffixSearch(re.compile(cues["contraction_before"], re.I))
        self.cut_before = SuffixSearch(re.compile(cues["cut_before"], re.I))
        self.quarterly_after_re = re.compile(cues["quarterly_after"], re.I)
        self.fiscal_re = re.compile(cues["fiscal_year_before"], re.I)
        self.fiscal_compared_before = SuffixSearch(re.compile(cues["fiscal_compared_before"], re.I))
        self.registry_down_re = re.compile(cues["registry_change_after"]["down"], re.I)
        self.registry_up_re = re.compile(cues["registry_change_after"]["up"], re.I)
        self.registry_down_closing_re = re.compile(cues["registry_change_after"]["down_closing"], re.I)
        # (session 19) a registry's name right after "dari" ("dikeluarkan dari DTSEN"), and a part of an earlier count
        self.registry_after_from_re = re.compile(cues["registry_after_from"], re.I)
        self.part_of_before_re = re.compile(_R["part_of_before"], re.I)
        self.registry_work_re = re.compile(cues["registry_work"], re.I)
        self.registry_holds_re = re.compile(cues["registry_holds"], re.I)
        self.registry_down_before_re = re.compile(cues["registry_change_before"]["down"], re.I)
        self.struck_off_after_re = re.compile(cues["struck_off"]["after"], re.I)
        self.target_lead_re = re.compile(cues["target_lead"], re.I)
        self.struck_off_before_re = re.compile(cues["struck_off"]["before"], re.I)
        self.added_after_re = re.compile(cues["added_recipients"]["after"], re.I)
        self.added_before_re = re.compile(cues["added_recipients"]["before"], re.I)
        self.registry_up_before_re = re.compile(cues["registry_change_before"]["up"], re.I)
        self.registry_down_noun_re = re.compile(cues["registry_change_noun_before"]["down"], re.I)
        self.next_item_gap_re = re.compile(cues["next_item_gap"], re.I)
        self.registry_up_noun_re = re.compile(cues["registry_change_noun_before"]["up"], re.I)
        self.price_per_re = re.compile(cues["price_per_after"], re.I)
        self.price_unit_before_re = re.compile(cues["price_unit_before"], re.I)
        self.per_household_re = re.compile(cues["per_household_after"], re.I)
        self.per_month_re = re.compile(cues["per_month_after"], re.I)
        self.household_need_before_re = re.compile(cues["household_need_before"], re.I)
        self.national_name_before_re = re.compile(cues["national_name_before"])
        self.event_year_before_re = re.compile(cues["event_year_before"], re.I)
        self.event_needles = Needles(self.event_year_before_re)
        self.founding_year_before_re = re.compile(cues["founding_year_before"], re.I)
        self.founding_needles = Needles(self.founding_year_before_re)
        self.reference_year_before_re = re.compile(cues["reference_year_before"], re.I)
        self.reference_needles = Needles(self.reference_year_before_re)
        verbs = "|".join(cues["release_of_dated_source_verbs"])
        self.release_of_dated_source_re = re.compile(cues["release_of_dated_source_before"].replace("{verbs}", verbs), re.I)
        self.release_needles = Needles(re.compile(verbs, re.I))  # (the verbs: rare words, a cheap gate)
        self.registry_source_before_re = re.compile(cues["registry_source_before"], re.I)
        self.budget_before = SuffixSearch(re.compile(cues["budget_before"], re.I))
        self.change_anaphora_re = re.compile(cues["change_anaphora_after"], re.I)
        # the gap between a change and the same change in another unit ("0,36 persen poin, atau
        # berkurang 5,70 ribu orang"): "atau" and a change word
        self.change_twin_re = re.compile(
            r"\s*,?\s*atau\s+" + lexicon.alternation(cues["change"]["down"] + cues["change"]["up"])
            + r"(?:\s+sebanyak|\s+sebesar)?(?:\s+sekitar)?\s*", re.I)
        self.change_topic_re = re.compile(cues["change_topic_after"], re.I)
        self.others_fast = gated(re.compile(cues["other_regions"], re.I))
        self.places_pointed_back_re = re.compile(cues["places_pointed_back"], re.I)
        self.places_together_re = re.compile(cues["places_together_opening"] + cues["places_pointed_back"], re.I)
        self.release_before = SuffixSearch(re.compile(cues["release_before"], re.I))
        self.earlier_re = re.compile(cues["earlier_level"], re.I)
        self.registry_re = re.compile("(?:" + "|".join(mc["registries"]) + ")", re.I)
        self.registry_after_re = re.compile(
            r"\s*(?:yang\s+)?(?:(?:ter)?(?:daftar|catat|masuk)\s+(?:di|dalam)\s+|dalam\s+|di\s+)?(?:" + "|".join(mc["registries"]) + r")\b",
            re.I)
        self.max_line = float(mc.get("max_poverty_line_idr", 2e7))
        self.min_line = float(mc.get("min_poverty_line_idr", 1000))
        self.release_family: dict[str, str] = dict(mc.get("release_family", {}))
        self.plausible = {k: (float(lo), float(hi)) for k, (lo, hi) in mc.get("plausible", {}).items()}
        self.cue_rx = cue_regex(self.cue_table)
        self.event_before_patterns = list(cues["event_location_before"])
        self.event_before_re = re.compile("|".join(f"(?:{p})" for p in self.event_before_patterns), re.I)
        self.event_after_re = re.compile("|".join(f"(?:{p})" for p in cues["event_location_after"]), re.I)
        self.venue_before_re = re.compile(cues["venue_before"], re.I)
        self.outside_before_re = re.compile(cues["outside_before"], re.I)
        self._fast_patterns()

    def _fast_patterns(self) -> None:
        """Equivalents of the patterns above that run faster over a document (``regex_speed``):
        first-character gates for searches over a text, and ``SuffixSearch`` for the end-anchored
        checks of the words right before a place, date or number. Matches are the same."""
        self.down_fast = gated(self.down_re)
        self.up_fast = gated(self.up_re)
        self.to_level_fast = gated(self.to_level_re)
        self.target_fast = gated(self.target_re)
        self.urban_fast = gated(self.urban_re)
        self.rural_fast = gated(self.rural_re)
        self.national_fast = gated(self.national_re)
        self.base_before = SuffixSearch(self.base_re)
        self.frame_before = SuffixSearch(self.frame_re)
        self.local_before = SuffixSearch(self.local_re)
        self.earlier_before = SuffixSearch(self.earlier_re)
        # one end-anchored check per alternative: the alternation matches when any of them does; when
        # every alternative ends with "$", the alternation with one more "$" (at the same place, it
        # changes nothing) makes them one mirrored match
        alternatives = [SuffixSearch(re.compile(p, re.I)) for p in self.event_before_patterns]
        together = SuffixSearch(re.compile(f"(?:{self.event_before_re.pattern})$", re.I))
        self.event_before = [together] if together.rev is not None and all(
            a.rev is not None for a in alternatives) else alternatives
        # the same searches over the lower-cased text when the document allows (same spans; group texts
        # lower-cased, and "place_anaphora" reads its kind word lower-cased)
        self.beneficiary_after = LowerSearch(self.beneficiary_after_re)
        self.share_of = LowerSearch(self.share_of_re)
        self.composed_of_re = re.compile(_R["composed_of"], re.I)
        self.change_label_before_re = re.compile(_R["change_label_before"], re.I)
        self.own_area_re = re.compile(_R["own_area"], re.I)
        self.head_title_before_re = re.compile(_R["head_title_before"], re.I)
        self.place_anaphora = LowerSearch(self.place_anaphora_re)
        self.target_after = LowerSearch(self.target_after_re)
        self.fiscal = LowerSearch(self.fiscal_re)
        self.down_low, self.up_low = LowerSearch(self.down_fast), LowerSearch(self.up_fast)
        self.to_level_low = LowerSearch(self.to_level_fast)
        # the word every event pattern ends with ("di"): a place without it right before is no event's
        self.event_tail = literal_tail(self.event_before_re)
        # words one of which each match of a search holds: a piece without them needs no search
        self.needles = {name: Needles(getattr(self, name + "_fast"))
                        for name in ("down", "up", "target", "urban", "rural", "others", "national")}
        self.needles["earlier"] = Needles(self.earlier_re)
        # the same for the checks that look only at a figure's sentence up to the figure (inside its
        # piece): the words of each pattern, by the name its check asks ``hits`` for
        self.piece_checks = {
            "province_level": self.province_level_re, "province_value": self.province_value_re,
            "province_funds": self.province_funds_re, "ranking": self.ranking_re,
            "span_of_years": self.span_of_years_re, "counted_regions": self.counted_regions_re,
            "per_hundred": self.per_hundred_before_re, "compared_period": self.compared_period_before_re,
            "population_before": self.population_before_re, "attended_before": self.attended_before_re,
            "staff_subject": self.staff_subject_before.rx, "poor_increase": self.poor_increase_before.rx,
            "cut": self.cut_before.rx, "contraction": self.contraction_before.rx,
        }
        for name, rx in self.piece_checks.items():
            self.needles[name] = Needles(rx)
        # the sets indexed over the pieces before each figure, in one pass (all but "national")
        self.piece_needles = NeedleSets({k: v for k, v in self.needles.items() if k != "national"})

    def __call__(self, doc: Doc) -> Doc:
        st = state(doc)
        text = doc_text(doc)
        quantities = st.get("quantities", [])
        boilerplate = st.get("boilerplate", ())
        first_line_end = _first_line_end(text, boilerplate)
        article_date = doc_ext(doc, "article_date")
        article_year = int(article_date[:4]) if article_date else None
        early_in_year = article_date is not None and int(article_date[5:7]) <= self.lag_until_month
        syntax = None  # whether the doc has a dependency parse, read when first needed
        if not quantities:
            set_doc_ext(doc, "figures", [])
            st["figures"] = []
            return doc
        dates = [d for d in st.get("dates", []) if d["kind"] in ("year", "month", "range", "relative")
                 and (d.get("year") or d.get("context"))]
        # the document's lower-cased text when the components made it (it is what lower_text gives
        # then: only ASCII letters change case), else made here
        low = exact_low = lower_doc_text(doc)  # (``exact_low``: what the ``LowerSearch`` patterns may run on)
        if low is None:
            low = lower_text(text)
        if dates and self.event_needles.occur_in(low):
            # (the year of a disaster a time is counted from, "Enam tahun setelah gempa dan tsunami 2018", dates nothing)
            dates = [d for d in dates if not (d["kind"] == "year" and self.event_year_before_re.search(
                text, max(0, d["start"] - 60), d["start"]))]
        if dates and self.founding_needles.occur_in(low):
            # (the year a place was made, "provinsi hasil pemekaran 2022 itu", dates nothing either)
            dates = [d for d in dates if not (d["kind"] == "year" and self.founding_year_before_re.search(
                text, max(0, d["start"] - 60), d["start"]))]
        if dates and self.reference_needles.occur_in(low):
            # (the base year of purchasing power parity, "US$8,30 per orang per hari (paritas daya beli 2021)", neither)
            dates = [d for d in dates if not (d["kind"] == "year" and self.reference_year_before_re.search(
                text, max(0, d["start"] - 40), d["start"]))]
        if dates and self.release_needles.occur_in(low):
            # (when a source dated by its own year came out, "SSGI 2022 yang dirilis Kemenkes akhir Januari lalu", dates
            # nothing either)
            dates = [d for d in dates if not self.release_of_dated_source_re.search(text, max(0, d["start"] - 90), d["start"])]
        rlow = low[::-1] if low is not None else None  # for the checks of the words right before a date, number or place
        for d in dates:
            d["base"] = found_before(self.base_before, text, rlow, max(0, d["start"] - 40), d["start"])
        sents = sentence_ranges(doc)
        # two periods joined by an arrow ("(Maret 2023 → Maret 2024)"): the periods of a list of values written the same way
        arrow_periods = [(d1, d2) for d1, d2 in zip(dates, dates[1:], strict=False)
                         if d1.get("year") and _ARROW_GAP_RE.fullmatch(text, d1["end"], d2["start"])] \
            if dates and _has_arrow(text) else ()
        abroad_here = self.abroad_word_re is not None and self.abroad_word_re.search(text) is not None
        # rows of tables written as text ("Kabupaten Siak | 5,61 | 24,7 ribu"), by sentence number
        # (a table has cell separators, an infographic a caption line closed by its unit in brackets)
        tables = find_tables(text, sents, self._label_metric, [(p["start"], p["end"]) for p in st.get("places", ())],
                             [(p["start"], p["end"]) for p in st.get("programs", ())]) \
            if "|" in text or "\t" in text or ")\n" in text else _NO_TABLES
        per_sent, pieces = _quantities_by_sentence(quantities, sents)
        last_start = {n: end for n, (_, end) in zip(per_sent, pieces, strict=True)}  # each one's last quantity
        # the pieces checked for each quantity lie between its sentence's start and its own start
        joined = Pieces(low, pieces) if low is not None else None
        hits = self.piece_needles.index_pieces(joined)
        mentions = self._mentions(doc, text, low, rlow)
        main_region = self._main_region(mentions, len(text), text)
        if main_region is None and not any(m["code"] and not m["frame"] for m in mentions) \
                and any(self.national_agency_re.match(a["text"]) or (
                    all(m["frame"] and m["code"] == _CAPITAL and not self._dateline(text, m, text[m["end"]:m["end"] + 25])
                        for m in mentions) and _STAT_AGENCY_RE.fullmatch(a["text"]))
                        for a in st.get("agencies", [])):
            # "Kementerian Sosial (Kemensos) mendapat pagu anggaran Rp79,2 triliun": a ministry's story with no
            # region named is the nation's (as is one citing BPS that names no place but where it was told: "kami
            # mewawancarai peneliti ... di Jakarta")
            main_region = {"code": "ID", "name": "Indonesia", "start": 0, "end": 0}
        elif main_region is None and mentions and mentions[0]["frame"] and mentions[0]["start"] < 400 \
                and mentions[0]["code"] == _CAPITAL and (all(m["code"] == _CAPITAL for m in mentions) or (
                    all(m["frame"] for m in mentions)
                    and any(_STAT_AGENCY_RE.fullmatch(a["text"]) for a in st.get("agencies", [])))):
            # a story filed from Jakarta that names no region at all ("Jakarta – Penurunan angka kemiskinan dalam
            # lima tahun terakhir ..."), or one citing BPS whose other places are only where people spoke ("...,
            # katanya saat dihubungi di Yogyakarta"): the nation's
            main_region = {"code": "ID", "name": "Indonesia", "start": 0, "end": 0}
        elif main_region is not None and main_region["code"] != "ID" and main_region.get("start", 0) > len(text) // 2 \
                and not any(m["code"] and not m["frame"] and m["start"] < len(text) // 2 for m in mentions) \
                and any((self.national_agency_re.match(a["text"]) or (
                        _STAT_AGENCY_RE.fullmatch(a["text"]) and (self._as_example(text, main_region)
                                                                  or self._listed_province(text, main_region, mentions)
                                                                  # (or first named as the top or bottom of a ranking:
                                                                  # "provinsi dengan persentase kemiskinan tertinggi kini
                                                                  # adalah Papua Pegunungan", session 20)
                                                                  or self.ranking_re.search(
                                                                      text, max(0, main_region["start"] - 90),
                                                                      main_region["start"]) is not None)))
                        and a["start"] < main_region["start"] for a in st.get("agencies", [])):
            # a ministry's story whose only place comes in its second half ("Kemenko PM ... kemiskinan ekstrem
            # 0,83 persen" ... later "Bappeda Sumba Barat Daya"): the nation's, with a local example (so too a story
            # citing BPS with no place, whose place is brought in as an example: "Data Badan Pusat Statistik (BPS)
            # mencatat ... 9,03 persen" ... "Di Papua, misalnya, ... 20,23 persen"; or first named as one item of a list of
            # provinces: "Berikut beberapa provinsi pada September 2022:\n1. DKI Jakarta: Rp3.559.418 ...")
            main_region = {"code": "ID", "name": "Indonesia", "start": 0, "end": 0}
        # cues inside a programme's name ("Program Penurunan Kemiskinan") are not cues; but a fund's name
        # ("Alokasi Dana Kampung ... kita terima 72 juta") still says that money after it is its budget
        cues = st.get("cues", [])
        spans = [(p["start"], p["end"]) for p in st.get("programs", [])]
        if spans and cues:
            kept = _outside_spans(cues, spans)
            if len(kept) < len(cues):
                funds = [(p["start"], p["end"]) for p in st.get("programs", []) if _FUND_NAME_RE.match(p["text"])]
                if funds:
                    inside = {id(c) for c in _outside_spans(cues, [sp for sp in spans if sp not in funds])}
                    kept_ids = {id(c) for c in kept}
                    kept = [c for c in cues if id(c) in kept_ids or (
                        id(c) in inside and self.cue_table[c["cue"]].get("map") == self.money_map)]
            cues = kept
        if cues and st.get("agencies"):
            # nor one inside an agency's name before a cue that points back ("Ketua Tim Koordinasi Penanggulangan
            # Kemiskinan Daerah (TKPKD), ..., mengatakan angka tersebut turun dari 3,86 persen": the figure before it
            # tells the metric; but "TKPKD ... mencatat angka 5,6 persen" has no other cue)
            outside = {id(c) for c in _outside_spans(cues, [(a["start"], a["end"]) for a in st["agencies"]])}
            if len(outside) < len(cues):
                cues = [c for c, nxt in zip(cues, cues[1:] + [None], strict=True) if id(c) in outside or not (
                    nxt is not None and self.cue_table[nxt["cue"]].get("anaphora")
                    and nxt["start"] - c["end"] < 200 and "\n" not in text[c["end"]:nxt["start"]])]
        # the regency (or city) of the story's dateline, when it names one ("SUMBA TENGAH – ..."): "53.17" (looked for
        # only in a national story, the one place it is asked for)
        dateline_code = next((p["code"][:5] for p in st.get("places", ()) if p["code"] and "." in p["code"]
                              and p["start"] < 600 and self._dateline(text, p, text[p["end"]:p["end"] + 25])), None) \
            if main_region is not None and main_region["code"] == "ID" else None
        registries = st.get("registries", [])
        plausible = self.plausible
        programs = st.get("programs", [])
        officials = st.get("officials", [])
        agencies = st.get("agencies", [])

        agency_starts = _sorted_starts(agencies)
        official_starts = _sorted_starts(officials)
        # what each sentence holds, found once (by sentence number)
        sent_starts = [s for s, _ in sents]
        dates_of = _by_sentence(dates, sents, sent_starts)
        cues_of = _by_sentence(cues, sents, sent_starts)
        mentions_of = _by_sentence(mentions, sents, sent_starts)
        programs_of = _by_sentence(programs, sents, sent_starts)
        registries_of = _by_sentence(registries, sents, sent_starts)
        foreign = self._foreign_line_spans(text, sents, low)
        figures: list[dict] = []
        prev_sent_figs: list[dict] = []  # the figures of the two sentences before
        recent_figs: list[dict] = []
        ctx = {"region": None, "fiscal_years": set(), "year": None, "month": None, "month_family": None, "from_year": None, "from_month": None,
               "program": None, "metric": None, "metric_pair": {}, "rate_values": {}, "metric_by_family": {}, "family_sent": {}, "poverty_by_family": {},
               "sent_no": -1, "cue": None, "cue_sent": -9, "last": None, "article_year": article_year, "latest": None,
               "prev": None, "period_by_release": {}, "prev_by_release": {}, "headline_end": _headline_end(text, first_line_end),
               "national": main_region is not None and main_region["code"] == "ID",
               "main": main_region}
        last_sent = max(per_sent, default=-1)
        # the sentences up to the last figure's that hold something: the others move no context
        holding = set(per_sent).union(dates_of, cues_of, mentions_of, programs_of)
        if main_region is not None:  # section headings in capitals move the topic back to the main region
            holding.update(n for n, (s, e) in enumerate(sents[:last_sent]) if e - s < 80 and text[s:e].isupper())
        if ":\n" in text:  # a list's lead that names targets, though it holds nothing else: its lines are targets
            # (or a lead right after a sentence that named a metric: "Garis kemiskinan per rumah tangga berbeda
            # antarprovinsi. Berikut beberapa provinsi:", for the metric of the money in its lines)
            holding.update(n for n, (s, e) in enumerate(sents[:last_sent])
                           if text[e - 1] == ":" and (self.target_lead_re.search(text, s, e) or (n - 1) in cues_of))
        active = sorted(n for n in holding if n <= last_sent)
        for sent_no in active:
            s0, e0 = sents[sent_no]
            ctx["sent_no"] = sent_no
            recalled = ctx.get("recalled")
            if recalled is not None and recalled[0] == sent_no - 1 and _THEN_OPENING_RE.match(text, s0):
                # "... setelah pada Maret 2021 sempat 4,53 persen. Saat itu jumlah penduduk miskin ...": the period
                # recalled is the one the sentence tells of
                ctx["prev"] = (ctx["year"], ctx["month"])
                ctx["year"], ctx["month"] = recalled[1], recalled[2]
            lookback = ctx.get("lookback")
            if lookback is not None and s0 > lookback[2]:
                # a new paragraph after a look back ("Setahun sebelumnya, Tasikmalaya masih 11,01 persen, ..."):
                # the article is back at the period it was at before it
                if (ctx["year"], ctx["month"]) == lookback[3]:
                    ctx["year"], ctx["month"] = lookback[0], lookback[1]
                    ctx["prev"] = lookback[3]  # (the period a from-value with no date of its own compares from)
                ctx["lookback"] = None
            sent_qs = per_sent.get(sent_no)
            sent_dates = dates_of.get(sent_no, _NOTHING)
            sent_cues = cues_of.get(sent_no, _NOTHING)
            sent_mentions = mentions_of.get(sent_no, _NOTHING)
            sent_programs = programs_of.get(sent_no, _NOTHING)
            sent_registries = registries_of.get(sent_no)
            fiscal_years: set[int] = set()
            for d in sent_dates:
                if d.get("year") and d["kind"] == "year":
                    before = text[max(s0, d["start"] - 70):d["start"]]
                    fiscal = self.fiscal.search(before, exact_low[max(s0, d["start"] - 70):d["start"]]
                                                if exact_low is not None else None)
                    if fiscal is not None and not self.fiscal_compared_before.found(before[:fiscal.start()]) \
                            and not self.target_in_law_before_re.search(before, 0, fiscal.start()):
                        # "Rancangan APBD 2017": the year of the budgets to come (not a goal set in it: "Padahal
                        # target dalam APBN 2015 adalah 10 persen")
                        ctx["budget_year"] = d["year"]
                        fiscal_years.add(d["year"])
            # (money dated by its fiscal year, "Rp12,6 miliar dalam APBD 2018", leaves a release's period in view,
            # "Maret 2017", alone)
            ctx["fiscal_years"] = fiscal_years
            # the year the sentence before named of its own ("Tahun 2023 kami arahkan intervensi ke ..."), for a
            # budget that points back to it ("Anggarannya sekitar Rp9 miliar")
            ctx["prev_own_year"] = ctx.get("own_year")
            own_date = next((d for d in reversed(sent_dates) if d["kind"] in ("year", "month") and not d["base"]
                             and d.get("year")), None)
            ctx["own_year"] = (sent_no, own_date["year"], own_date.get("month")) if own_date is not None else None
            if text[e0 - 1] == ":":  # a list's lead: do its lines name places below a village?
                ctx["sub_village_list"] = sent_no if self.sub_village_re.search(text, s0, e0) else None
                # or count recipients who left ("Berikut sebaran KPM graduasi mandiri per kecamatan ...:") (session 21)
                # (not a list of those who remain: "Meski ada KPM graduasi, penerima PKH per kecamatan masih besar:")
                leavers = self.leavers_re.search(text, s0, e0)
                ctx["leavers_list"] = sent_no if leavers is not None \
                    and not self.remaining_recipients_re.search(text, leavers.end(), e0) else None
                # or districts or villages ("Kecamatan dengan penerima terbanyak antara lain:"), named bare in its lines
                level = _LEVEL_WORD_RE.search(text, s0, e0)
                kind = self.place_anaphora_kinds.get(level.group(1).lower()) if level is not None else None
                ctx["level_list"] = (sent_no, kind) if kind in ("kecamatan", "desa") else None
                # does it name shares ("Komoditas penyumbang terbesar:")? then its lines' percentages are shares
                # (not when a poverty statistic's cue follows the share word, "Kecamatan penyumbang angka kemiskinan
                # terbesar:", a ranking of places by it; "Sektor penyumbang pertumbuhan ekonomi terbesar:" is shares)
                pct = [m for m in (self.cue_table[c["cue"]].get("map", {}).get("pct") for c in sent_cues) if m is not None]
                ctx["share_list"] = sent_no if "other" in pct and not (
                    pct[-1].startswith("auto") or pct[-1] in _POVERTY_METRICS) else None
                # or targets ("target tahunan yang disusun Bappeda adalah sebagai berikut:"; not "Target dan realisasi
                # ...:", whose lines also tell what was reached)
                ctx["target_list"] = sent_no if self.target_lead_re.search(text, s0, e0) \
                    and not _ACHIEVED_RE.search(text, s0, e0) else None
                # a lead that names a year still to come ("Bappenas menyiapkan sejumlah indikator antara pada 2029, antara
                # lain:"): its lines' rates and indices are goals (not money or recipients planned for it) (session 20)
                # (or counted on from the article's date: "Sejumlah target ... untuk tahun depan juga dipatok, antara
                # lain:", session 22)
                ahead = [d["year"] if d["kind"] == "year" else article_year + d["offset"] for d in sent_dates
                         if article_year is not None and not d["base"] and (
                             (d["kind"] == "year" and (d.get("year") or 0) > article_year)
                             or (d["kind"] == "relative" and not d.get("context") and (d.get("offset") or 0) > 0))]
                ctx["future_list"] = sent_no if ahead and not _ACHIEVED_RE.search(text, s0, e0) else None
                ctx["list_year_ahead"] = (sent_no, ahead[-1]) if ahead and (
                    ctx["future_list"] is not None or ctx["target_list"] is not None) else None
            if sent_registries:
                ctx["registry"] = (sent_no, sent_registries[-1])
                # "... menurut DTKS:" and a list under it: the registry of every line of the list
                ctx["registry_list"] = sent_no if text[e0 - 1] == ":" else None
            if sent_registries or ctx.get("registry_source") is not None:
                # the sentence that gives a registry as the source of what follows ("... sebaran warga miskin ekstrem
                # berdasarkan data P3KE hasil verifikasi akhir 2023"), until a sentence names the statistics office
                stat = _STAT_AGENCY_RE.search(text, s0, e0) is not None
                ctx["registry_source"] = None if stat else ctx.get("registry_source")
                if sent_registries and not stat and any(self.registry_source_before_re.search(
                        text, max(s0, r["start"] - 90), r["start"]) for r in sent_registries):
                    ctx["registry_source"] = sent_no
            if not sent_qs and text[e0 - 1] == "?" and not sent_mentions and main_region is not None \
                    and (s0 == 0 or text[s0 - 1] == "\n") and text[e0:e0 + 1] in ("\n", "") \
                    and not _PLACE_POINTED_BACK_RE.search(text, s0, e0):
                # an interviewer's question on a line of its own ("Bagaimana dengan kemiskinan ekstrem?"): the answer is
                # about the article's region again, not the district the answer before went into (unless it points
                # back to it: "Lalu bagaimana di sana soal kemiskinan ekstrem?")
                ctx["region"] = {"code": main_region["code"], "name": main_region["name"]}
            if ctx["national"] and not sent_mentions and ctx["region"] is not None and "." in (ctx["region"]["code"] or "") \
                    and not (dateline_code and (ctx["region"]["code"] + ".").startswith(dateline_code[:5] + ".")) \
                    and text[s0] not in "\"“'" and _paragraph_opens(text, s0, boilerplate) \
                    and not _PLACE_POINTED_BACK_RE.search(text, s0, e0) \
                    and not (sent_cues and sent_cues[0]["start"] - s0 <= 2
                             and self.cue_table[sent_cues[0]["cue"]].get("anaphora")):
                # a national story's paragraph that names no place after one about a regency ("Di Kabupaten Jayawijaya,
                # misalnya, ... Kabupaten Sumba Timur ... juga masuk daftar prioritas." then "Tahun ini, anggaran ...
                # mencapai Rp48,6 triliun"): the country again, unless it points back there, a quote goes on with
                # what the regency's official said, or the story is datelined there (a minister's visit) (session 22)
                ctx["region"] = {"code": main_region["code"], "name": main_region["name"]}
            if not sent_qs:
                self._update_context_without_figures(ctx, sent_dates, sent_cues, sent_mentions, sent_programs, s0, e0, text)
                if sent_mentions and (head := self._own_area_head(text, s0, e0, sent_mentions)) is not None:
                    # "Camat Cibeber, Kabupaten Lebak, ... memaparkan sebaran rumah tangga miskin di wilayahnya": the place
                    # the official's title names is the topic of what follows (session 22)
                    ctx["region"] = {"code": head["code"], "name": head["name"]}
                if ctx["cue"] is not None and any(c["cue"] == ctx["cue"] for c in sent_cues):
                    ctx["cue_sent"] = sent_no
                elif not sent_cues and text[e0 - 1] == ":" and ctx["cue_sent"] == sent_no - 1:
                    # a list's lead naming no metric, right after the sentence that did ("Garis kemiskinan per rumah
                    # tangga berbeda antarprovinsi. Berikut beberapa provinsi pada September 2022:"): the money in its
                    # lines is of the line that sentence named
                    ctx["cue_lead"] = sent_no
                self._registry_date(ctx, sent_registries, sent_dates, text)
                self._narrative_time(ctx, sent_dates, text)
                continue
            # the sentence's clauses, found when a quantity without an attached date needs them (they
            # only tell which of the sentence's dates share its clause)
            cls = None
            attached = self._attach_dates(text, sent_qs, sent_dates)
            registry = sent_registries or _NOTHING
            row = tables.get(sent_no)
            list_line = row is not None or bool(_BULLET_RE.match(text, s0)) or (
                # a labelled line of a list ("Tanjung Jabung Timur: 11,04%")
                bool(sent_mentions) and sent_mentions[0]["start"] - s0 <= 3
                and (_LABEL_AFTER_RE.match(text, sent_mentions[0]["end"]) is not None
                     or (not sent_mentions[0]["frame"] and _LABEL_DASH_AFTER_RE.match(text, sent_mentions[0]["end"]) is not None
                         and text[sent_mentions[0]["start"] - 1:sent_mentions[0]["start"]] in ("\n", ""))))
            decile_of_registry = False
            if not registry and ctx.get("registry") and (_DECILE_RE.search(text, s0, e0) or (
                    sent_no > 0 and any(q["family"] == "households" for q in sent_qs)
                    and not any(not self._is_registry(p["text"]) for p in sent_programs)
                    and not _STAT_AGENCY_RE.search(text, s0, e0)  # (BPS's or a survey's count is no registry's)
                    and _DECILE_RE.search(text, *sents[sent_no - 1]))):
                # "143 keluarga masuk desil 1" after "... data DTSEN": its deciles (a decile is the registry's
                # however far back it was named: "Di Desa Kayupuring, keluarga desil 1 berkurang ..."), and the
                # households counted right after a sentence about a decile ("sebaran keluarga desil 1 tidak
                # merata. Kecamatan Kodi Bangedo mencatat ... 3.912 keluarga")
                registry = [ctx["registry"][1]]
                decile_of_registry = True
            if not registry and ctx.get("registry") and self.registry_work_re.search(text, s0, e0):
                # "Di Kalurahan Purwodadi, verval mengeluarkan 46 keluarga ...": the registry's own update work
                registry = [ctx["registry"][1]]
            if not registry and ctx.get("registry") and sent_no - ctx["registry"][0] == 1 \
                    and self.registry_result_re.match(text, s0) and self.recorded_re.search(text, s0, e0):
                # "... verifikasi dan validasi DTKS ... pada akhir 2022. Hasilnya, tercatat 4.812 keluarga miskin":
                # what the registry's update found, dated as the update was
                registry = [ctx["registry"][1]]
                prev_own = ctx.get("prev_own_year")
                result_date = prev_own[1:] if prev_own is not None and prev_own[0] == sent_no - 1 else None
            else:
                result_date = None
            sub_place = None
            leavers_line = list_line and ctx.get("leavers_list") is not None and sent_no - ctx["leavers_list"] == 1
            if leavers_line:
                ctx["leavers_list"] = sent_no  # (the next line of the list follows this one)
            if list_line and ctx.get("sub_village_list") is not None and sent_no - ctx["sub_village_list"] == 1:
                ctx["sub_village_list"] = sent_no  # (the next line of the list follows this one)
                label = _LINE_LABEL_RE.match(text, s0, e0)
                if label is not None and not any(m["start"] < label.end(1) and not m["frame"] for m in sent_mentions):
                    # "- Batugaing: 58 KPM" under "... di tiap banjar:": a hamlet, named, with no code
                    sub_place = {"code": None, "name": label.group(1)}
            elif list_line and (label := _LINE_LABEL_RE.match(text, s0, e0)) is not None \
                    and " " in label.group(1) and self.sub_village_re.match(label.group(1)) \
                    and not any(m["start"] < label.end(1) and m["code"] and not m["frame"] for m in sent_mentions):
                # "- Padukuhan Ngasem: 56 KK": a list line labelled by a hamlet's kind and name, with no code (session 22)
                sub_place = {"code": None, "name": label.group(1)}
            if not registry and ctx.get("registry") and sent_no - ctx["registry"][0] == 1 \
                    and ctx["last"] is not None and ctx["last"][0] == "welfare_registry_count" \
                    and not any(self.cue_table[c["cue"]].get("map") for c in sent_cues) \
                    and may_hold(hits["ranking"], s0, e0) and self.ranking_re.search(text, s0, e0):
                # "... data P3KE, terdapat 1.986 keluarga miskin ekstrem di Kota Pekalongan. Kelurahan Krapyak
                # mencatat jumlah terbanyak dengan 164 keluarga": the registry's count, ranked by place
                registry = [ctx["registry"][1]]
            if row is not None and sent_mentions:
                kinds = place_columns(row, self.place_anaphora_kinds)
                if kinds:
                    # "Tulung Selapan | 1.126 | 4.318" under "Kecamatan | Keluarga | Jiwa": the row's district, named bare
                    # (of several such columns the lowest level's: "No | Kelurahan | Kecamatan | ..."; the others' cells
                    # say where it lies)
                    cells = [(m, text.count(row[1], s0, m["start"])) for m in sent_mentions if m["code"]]
                    found = [(m, i) for m, i in cells if kinds.get(i) == m["kind"]]
                    if found:
                        low_m = max(found, key=lambda mi: mi[0]["code"].count("."))[0]
                        low_m["frame"] = False
                        for m, i in cells:
                            if i in kinds and m is not low_m:
                                m["frame"] = True
            if list_line and ctx.get("level_list") is not None and sent_no - ctx["level_list"][0] == 1:
                kind = ctx["level_list"][1]
                ctx["level_list"] = (sent_no, kind)  # (the next line of the list follows this one)
                for m in sent_mentions:
                    if m["kind"] == kind and m["code"] and m["frame"] and m["start"] - s0 <= 4 \
                            and _LABEL_AFTER_RE.match(text, m["end"]):
                        m["frame"] = False  # "- Rembang: 4.870 KPM" under it: that district's count
            share_line = list_line and ctx.get("share_list") is not None and sent_no - ctx["share_list"] == 1
            if share_line:
                ctx["share_list"] = sent_no  # (the next line of the list follows this one)
            target_line = list_line and ctx.get("target_list") is not None and sent_no - ctx["target_list"] == 1
            if target_line:
                ctx["target_list"] = sent_no
            future_line = list_line and ctx.get("future_list") is not None and sent_no - ctx["future_list"] == 1
            if future_line:
                ctx["future_list"] = sent_no
            if not registry and list_line and ctx.get("registry_list") is not None \
                    and (sent_no - ctx["registry_list"] == 1 or (
                        # (the first row of a table under the lead, past its header: "... menurut P3KE:" then "No |
                        # Kecamatan | Keluarga Desil 1" then "1 | Haurgeulis | 4.812", session 20)
                        row is not None and sent_no - ctx["registry_list"] == 2 and sent_no - 1 not in tables)):
                registry = [ctx["registry"][1]]
                ctx["registry_list"] = sent_no  # (the next line of the list follows this one)
            # the agencies and officials of this sentence, found once for all its quantities
            sent_agencies = _starting_in(agencies, agency_starts, s0, e0)
            sent_officials = _starting_in(officials, official_starts, s0, e0)
            sources = self._sentence_sources(text, s0, sent_agencies)
            # a sentence that looks away for a moment, or one item of a bulleted list ("- Papua: 20,23
            # persen"): its region does not become the article's topic
            # a member's district pointed back to ("di dapil saya"), looked for once per sentence
            own_district_sent = self.own_electoral_district_re.search(text, s0, e0) if low is None or (
                low.find("dapil", s0, e0) != -1 or low.find("pemilihan", s0, e0) != -1) else None
            side_sentence = list_line or s0 < ctx.get("side_until", -1)
            if not side_sentence or list_line:
                ctx["side_region"] = None
            if not side_sentence and self.side_re.match(text, s0):
                side_sentence = True
                # ("Sebagai pembanding, ... Kabupaten Pasuruan ... 9,10 persen. Sementara angka Jawa Timur tercatat
                # 10,35 persen."): the comparisons go on to the end of the paragraph
                end = text.find("\n\n", e0)
                ctx["side_until"] = end if end != -1 else len(text)
            # whether an area word can precede any of its quantities (else no figure needs the check)
            last_qs = last_start[sent_no]
            area_words = may_hold(hits["urban"], s0, last_qs) or may_hold(hits["rural"], s0, last_qs)
            # (and after one: "19,82 persen di perkotaan dan 23,15 persen di perdesaan")
            area_after = may_hold(hits["urban"], last_qs, e0) or may_hold(hits["rural"], last_qs, e0) or (
                area_words and (may_hold(hits["urban"], s0, e0) or may_hold(hits["rural"], s0, e0)))
            # whether a change or target word can precede any of them (else each is a level), and a
            # word of "provinsi lainnya" (else no check of the words before each needs it)
            kind_words = may_hold(hits["down"], s0, last_qs) or may_hold(hits["up"], s0, last_qs) \
                or may_hold(hits["target"], s0, last_qs)
            region_hits = hits if may_hold(hits["others"], s0, last_qs) else _NO_OTHERS
            earlier_words = may_hold(hits["earlier"], s0, last_qs)  # (else no "sebelumnya ..." before any)
            has_sources = bool(sources[0] or sources[1])
            prev_end = s0
            place_refs = None
            sent_part = False  # (a part of a sum received in a place named in this sentence: no new topic)
            sent_figs: list[dict] = []
            apposition: list[tuple[int, int]] | None = None  # (closed appositions, found when first needed)
            # an infographic's "value: label" line ("• 834,24 ribu orang: jumlah penduduk miskin"): the values
            # before the colon take the metric words after it, one by one when they are as many
            value_label = _VALUE_LABEL_RE.match(text, s0, e0) if sent_cues and text.find(":", s0, e0) > 0 else None
            if value_label is not None:
                colon = value_label.end()
                label_cues = []
                for c in sent_cues:  # (a cue and its abbreviation, "indeks kedalaman kemiskinan (P1)", name one metric)
                    if c["start"] >= colon and self.cue_table[c["cue"]].get("map") \
                            and not self.cue_table[c["cue"]].get("anaphora") and not (
                            label_cues and self.cue_table[label_cues[-1]["cue"]]["map"] == self.cue_table[c["cue"]]["map"]):
                        label_cues.append(c)
                labelled = [x for x in sent_qs if x["end"] <= colon]
                if not label_cues:
                    value_label = None
            for q in sent_qs:
                column = column_at(text, s0, q["start"], row) if row is not None else None
                if column is not None and column.index:
                    continue  # "1 | Tondo | ..." under "No | Kelurahan | ...": a row's number
                if column is not None and column.family is not None and q["family"] in ("bare", column.family):
                    # "| 10,84 |" under "Persentase (%)", "12.360,0" under "Anggaran (Rp juta)"
                    q = dict(q, family=column.family, unit=column.unit)
                    if column.scale != 1.0 and not q["scaled"]:
                        q.update(value=_tidy(q["value"] * column.scale), scaled=True, scale_factor=column.scale)
                q_cues = [c for c in sent_cues if c["end"] <= q["start"]] if sent_cues else sent_cues
                if value_label is not None and q["end"] <= colon:
                    i = next(k for k, x in enumerate(labelled) if x is q)
                    q_cues = [label_cues[i] if len(label_cues) == len(labelled) else label_cues[0]]
                if len(q_cues) > 1 and sent_figs and self.next_number_cue_re.fullmatch(
                        text, q_cues[-1]["start"], q_cues[-1]["end"]) and sent_figs[-1]["start"] >= q_cues[-1]["end"]:
                    # a cue that names only the number right after it ("kabupaten berpenduduk 86.310 jiwa pada 2023
                    # itu mencapai 27,43 ribu orang"): spent on that one
                    q_cues = q_cues[:-1]
                if len(q_cues) > 1 and apposition is None:
                    apposition = [m.span() for m in _APPOSITION_RE.finditer(text, s0, e0)]
                if len(q_cues) > 1 and apposition:
                    # "Garis kemiskinan, yakni batas pengeluaran minimum per orang, naik dari Rp421.905": the
                    # words of a closed apposition explain the cue before it and name no metric of their own
                    q_cues = [c for c in q_cues if not any(a <= c["start"] and c["end"] <= b <= q["start"]
                                                            for a, b in apposition)]
                twin = self._twin_of(text, q, sent_figs)
                money_change_twin = None
                if twin is not None and (twin["_base_metric"] != "other" or (
                        # (a registry's change in two units: "2.429 keluarga yang keluar dari DTKS ..., atau berkurang
                        # 7.558 jiwa")
                        twin["metric"] == "welfare_registry_count" and twin["kind"] == "change")):
                    tm = twin["_base_metric"] if twin["_base_metric"] != "other" else twin["metric"]
                    metric, strong = (self._sibling(tm, q["family"]) if twin["_family"] != q["family"] else tm), False
                    if tm == "budget" and twin["kind"] == "change" and q["family"] == "pct" and q["unit"] == "percent":
                        metric = "budget"  # "kenaikan sekitar Rp18,5 miliar atau 14,4 persen": the same rise, relative
                        money_change_twin = twin
                else:
                    # (a district's count that ends its clause: "Kecamatan X teratas dengan 4.215 jiwa."; not one that
                    # goes on to say what the people do or have, "Di Kecamatan Bunyu, 430 jiwa terdampak banjir")
                    prev_metric = self._prev_metric(q, q_cues, sent_figs, ctx, part=any(
                        m.get("typed") and not m["frame"] and m["code"] and m["code"].count(".") >= 2 and m["start"] < q["start"]
                        for m in sent_mentions) and self.clause_end_after_re.match(text, q.get("tail_end", q["end"])) is not None)
                    metric, strong = self._metric_for(q, q_cues, text, s0, prev_metric, bool(registry))
                    if metric == "other" and column is not None and not q_cues \
                            and (above := ctx.get("row_metrics")) is not None and above[0] == sent_no - 1:
                        # a table's cell with no word of its own: what the cell above it in its column counted
                        col = text.count(row[1], s0, q["start"])
                        metric = above[1].get(col, metric)
                        if metric != "other" and above[2].get(col) not in (None, q["family"]):
                            # (a cell of another unit than the one above it: as a rate or a count, "Persentase (%) |
                            # 8,69 | 8,41" under "Penduduk miskin (ribu jiwa)"; else no statistic of that row, "Rumah tidak
                            # layak huni (unit) | 1.200" under "Belanja bansos (juta rupiah)")
                            metric = self._sibling(metric, q["family"]) if q["family"] != "idr" else "other"
                    if metric == "extreme_poverty_rate" and not strong and q["unit"] == "percent" \
                            and not any(self.cue_table[c["cue"]].get("map", {}).get("pct") == metric for c in q_cues):
                        # a rate carried over from the extremely poor's that is the size of the poverty rate, not of
                        # theirs ("Angka kemiskinan ekstrem tercatat 1,06 persen. Muna masih lebih tinggi dibanding
                        # ... Muna Barat, yang mencatat 10,87 persen" after Muna's 12,41 persen): the poverty rate
                        ext, pov = ctx["rate_values"].get(metric), ctx["rate_values"].get("poverty_rate")
                        value = float(q["value"])
                        if ext and pov and value > 3 * ext and abs(value - pov) < 0.5 * pov:
                            metric = "poverty_rate"
                    if not strong and sent_cues and q["family"] != "bare":
                        later = self._cue_after_compared_opening(text, q, s0, e0, q_cues, sent_cues, sent_qs)
                        if later is None and (copula := _COPULA_AFTER_RE.match(text, q.get("tail_end", q["end"]))):
                            # "Sisanya, Rp98.582, merupakan garis kemiskinan bukan makanan": the metric it is said to be
                            later = next((self.cue_table[c["cue"]].get("map", {}).get(q["family"]) for c in sent_cues
                                          if c["start"] == copula.end()), None)
                            later = later if later is not None and not later.startswith("auto") else None
                        if later is not None:
                            metric = later
                    if q["family"] == "idr" and (prev_sent_figs or sent_figs) and not strong and not any(
                            "idr" in self.cue_table[c["cue"]].get("map", ()) for c in q_cues) \
                            and not any(pr["end"] <= q["start"] for pr in sent_programs):
                        # an amount named again, in its sentence or the two after, with no money word of its
                        # own ("Rp1,5 juta berarti ..." after "mengantongi Rp1,5 juta per bulan") is that
                        # amount again
                        again = next((f for f in reversed(prev_sent_figs + sent_figs)
                                      if f["_family"] == "idr" and f["value"] == q["value"]), None)
                        if again is not None:
                            metric = again["_base_metric"]
                        elif metric == "budget" and not sent_figs and recent_figs:
                            # "garis kemiskinan ... Rp452.911 per kapita per bulan. "Naik sekitar Rp21 ribu dari tahun
                            # lalu"": a rise or fall in money told right after the line, with no money word, is the line's
                            line = next((f for f in reversed(recent_figs) if f["_family"] == "idr"), None)
                            if line is not None and line["_sent"] == sent_no - 1 and line["metric"].startswith("poverty_line") \
                                    and (self.up_fast.search(text, s0, q["start"]) or self.down_fast.search(text, s0, q["start"])):
                                metric = line["metric"]
                    if metric == "other" and ctx["cue"] is not None and q["noun"] is None and not q["per_item"] \
                            and q["family"] in ("pct", "persons", "households", "bare") and (
                                ctx["cue_sent"] == sent_no - 1
                                # no figure has named a metric yet: the article's opening metric phrase holds
                                or ctx["metric"] is None) \
                            and all(self.cue_table[c["cue"]].get("anaphora") for c in q_cues):
                        carried = self.cue_table[ctx["cue"]].get("map", {}).get(q["family"])
                        if carried and not carried.startswith("auto"):
                            metric = carried
                    elif not strong and ctx["cue"] is not None and ctx["cue_sent"] == sent_no - 1 \
                            and (q_cues or (q["family"] == "pct" and (list_line or not sent_cues)) or (
                                # (counts too on the first line of a list under a lead naming their metric: "Sebaran
                                # penduduk miskin menurut wilayah:" "- Pulau Jawa: 13,24 juta orang", session 20)
                                list_line and q["family"] in ("persons", "households") and not sent_cues)) \
                            and not sent_figs and all(self.cue_table[c["cue"]].get("anaphora") for c in q_cues):
                        # "Kemiskinan ekstrem juga menyusut. Pada 2021 angkanya masih 3,05 persen": the metric the
                        # sentence before named, with no figure of its own, not the last figure's (also the first
                        # line of a list under it: "Daerah lain yang angka kemiskinannya ... adalah:" "- Rokan Hulu: 9,72
                        # persen", after the province's extreme-poverty rate; and a rate in a sentence naming no metric:
                        # "... tiga daerah dengan angka kemiskinan tertinggi. Merujuk data Maret 2023, Kabupaten Tojo
                        # Una-Una berada di 15,62 persen", "Tanya: Kemiskinan ekstrem? Jawab: ... sekitar 1,2 persen")
                        carried = self.cue_table[ctx["cue"]].get("map", {}).get(q["family"])
                        if (whole := self._composed_whole(q_cues, s0, recent_figs, sent_no, text)) is not None:
                            carried = whole["metric"]
                        if carried and not carried.startswith("auto"):
                            metric = carried
                    elif list_line and metric == "budget" and q["family"] == "idr" and not strong \
                            and ctx["cue"] is not None and not q_cues:
                        # the lines of a list of lines under its lead ("Berikut garis kemiskinan per rumah tangga ...
                        # pada Maret 2023:" then "1. Kota Kendari: Rp3.411.590"): the lead's line, not money spent
                        carried = self.cue_table[ctx["cue"]].get("map", {}).get("idr")
                        line_cue = ctx.get("line_cue")
                        if not (carried or "").startswith("poverty_line") and line_cue is not None \
                                and line_cue[0] == ctx["cue_sent"]:
                            carried = self.cue_table[line_cue[1]]["map"]["idr"]
                        last_money = next((f for f in reversed(recent_figs) if f["_family"] == "idr"), None)
                        if carried and carried.startswith("poverty_line") and (
                                ctx["cue_sent"] == sent_no - 1 or ctx.get("cue_lead") == sent_no - 1 or (
                                # (the list's line before, whatever other values it gave: "(4,62 anggota)")
                                last_money is not None and last_money["metric"] == carried
                                and last_money["_sent"] == sent_no - 1)):
                            metric = carried
                if not strong and q_cues and not sent_figs and ctx.get("aside_cue") is not None \
                        and ctx["aside_cue"][0] == sent_no - 1 and q["family"] in ("pct", "persons", "households") \
                        and all(self.cue_table[c["cue"]].get("anaphora") for c in q_cues):
                    carried = self.cue_table[ctx["aside_cue"][1]].get("map", {}).get(q["family"])
                    if carried and not carried.startswith("auto"):
                        metric = carried
                if share_line and q["family"] == "pct" and not strong \
                        and all(self.cue_table[c["cue"]].get("anaphora") for c in q_cues):
                    metric = "other"  # "- beras, 19,82 persen di perkotaan dan 23,15 persen di perdesaan" under the lead
                if column is not None and column.metric is not None and q["family"] == column.family:
                    metric = column.metric
                elif column is not None and column.family is not None and q["family"] == column.family and metric == "other":
                    # "Daerah | Persentase (%) | Jumlah (ribu jiwa)": the count beside a table's rate is its count
                    named = next((c.metric for c in row[0] if c.metric is not None and c is not column), None) or next(
                        (f["metric"] for f in reversed(sent_figs) if f["metric"] != "other" and f["_family"] != q["family"]), None)
                    if named is not None:
                        metric = self._sibling(named, q["family"])
                if q["family"] == "bare" and sent_figs and sent_figs[-1]["_family"] == "persons" and sent_figs[-1]["_scale"] != 1.0 \
                        and sent_figs[-1]["metric"] != "other" and "," in q.get("raw", "") and 1 <= q["value"] < 1000 \
                        and not any(sent_figs[-1]["end"] <= c["start"] and not self.cue_table[c["cue"]].get("anaphora")
                                    for c in q_cues):
                    # a list continues: "31,31 (ribu jiwa), lalu ... 31,29 pada 2022"
                    metric = sent_figs[-1]["metric"]
                    q = dict(q, value=q["value"] * sent_figs[-1]["_scale"], family="persons", unit="persons",
                             scale_factor=sent_figs[-1]["_scale"])
                elif q["family"] == "bare" and not q["scaled"] and "," in q.get("raw", "") and 1 <= q["value"] < 1000 \
                        and self.units.get(metric) in (None, "persons", "households") \
                        and (head := self._bracket_scale(text, q["start"])) is not None:
                    # "(penduduk miskin dalam ribu jiwa; persentase): Bangkalan 205,71 (21,41 persen)": its scale and unit
                    scale, family = head
                    q = dict(q, value=_tidy(q["value"] * scale), family=family, unit=family, scaled=True, scale_factor=scale)
                    if self.units.get(metric) not in (None, family):
                        metric = self._sibling(metric, family)
                # checks of the words right after the number, each made once per quantity (the
                # beneficiary words only for counts of people, or when a registry makes them matter)
                beneficiary_after = None
                household_size = q["family"] in ("persons", "bare") and (self.household_size_re.match(text, q["end"]) is not None or (
                    # "Rp3.559.418 (4,62 anggota)": the size beside a household's line
                    sent_figs and sent_figs[-1]["metric"] == "poverty_line_household"
                    and self.household_size_bracket_re.fullmatch(text, sent_figs[-1]["end"], q["start"]) is not None
                    and self.household_size_bracket_after_re.match(text, q["end"]) is not None)) \
                    and self._plausible("household_size", q["value"])  # "126 kelompok dengan 1.260 anggota": members
                if q["family"] in ("persons", "households", "people", "bare"):
                    beneficiary_after = self.beneficiary_after.match(text, exact_low, q.get("after", q["end"])) is not None \
                        and not (may_hold(hits["population_before"], max(s0, q["start"] - 15), q["start"])
                                 and self.population_before_re.search(text, max(s0, q["start"] - 15), q["start"])) \
                        and not (may_hold(hits["attended_before"], max(s0, q["start"] - 30), q["start"])
                                 and self.attended_before_re.search(text, max(s0, q["start"] - 30), q["start"]))
                    if beneficiary_after:
                        metric = "beneficiary_count"  # "18.904 di antaranya menerima PKH"
                    elif self.labour_force_after_re.match(text, q["end"]):
                        metric = "other"  # "9,8 ribu orang dari 238,4 ribu angkatan kerja": the labour force
                if (metric in ("other", "population") or (
                        # (not a programme's recipients carried over from the headline: "... Kawal Data Penerima
                        # Bantuan" then "Sekitar 21 ribu jiwa penduduk X masih hidup di bawah garis kemiskinan")
                        metric == "beneficiary_count" and not beneficiary_after
                        and not any(self.cue_table[c["cue"]].get("map") for c in q_cues))) \
                        and q["family"] in ("persons", "households", "pct") and \
                        (poor_after := self.poor_after_re.match(text, q.get("after", q["end"]))):
                    # "25 persen warga SBB masih hidup di bawah garis kemiskinan"
                    metric = "poverty_rate" if q["family"] == "pct" else "poverty_count"
                    if text.startswith(EXTREME_AFTER, poor_after.end()):
                        metric = "extreme_" + metric  # "2.300 warga masih hidup dalam kemiskinan ekstrem"
                if metric in ("other", "poverty_count") and sent_programs and (
                        q["family"] in ("persons", "households") or (q["family"] == "people" and any(
                            # (people named by their work, "1.150 nelayan yang memiliki Kartu Nelayan": holders only)
                            self.holder_between_re.fullmatch(text, q["end"], p["start"])
                            and not self.holders_not_recipients_after_re.search(text, p["end"], min(e0, p["end"] + 80))
                            for p in sent_programs if p["start"] >= q["end"]))):
                    nxt = next((p for p in sent_programs if p["start"] >= q["end"]), None)
                    if nxt is not None and not self._is_registry(nxt["text"]) and (
                            (q["noun"] is None and not text[q["end"]:nxt["start"]].strip())
                            or (self.holder_between_re.fullmatch(text, q["end"], nxt["start"])
                                and not self.holders_not_recipients_after_re.search(text, nxt["end"], min(e0, nxt["end"] + 80)))):
                        # "Bansos Tahap I untuk 24.318 Keluarga PKH", "5.106 nelayan yang memiliki Kartu Kusuka": the
                        # programme's families, its card holders
                        metric = "beneficiary_count"
                    elif metric == "other" and q["family"] == "households" and q["noun"] is None and self.for_before_re.search(
                            text, max(s0, q["start"] - 12), q["start"]):
                        last_programme = next((p for p in reversed(sent_programs) if p["end"] <= q["start"]), None)
                        if last_programme is not None and not self._is_registry(last_programme["text"]) \
                                and not self.other_aid_re.search(text, last_programme["end"], q["start"]) \
                                and not any(f["start"] > last_programme["end"] and f["_family"] in ("persons", "households")
                                            for f in sent_figs):
                            # "Rehabilitasi RTLH dialokasikan Rp24,5 miliar untuk 1.225 keluarga": the families it is
                            # for (not "..., serta bantuan bibit dan ternak bagi 600 keluarga": other aid; nor "RTLH milik 312
                            # keluarga dan penyambungan listrik gratis bagi 540 rumah tangga": the next count is another work's)
                            metric = "beneficiary_count"
                elif metric == "other" and ((q["family"] == "households" and q["noun"] is None) or q["family"] == "people") \
                        and sent_figs and sent_figs[-1]["metric"] == "budget" and sent_figs[-1]["program"] is not None:
                    gap = text[sent_figs[-1]["end"]:q["start"]]
                    if self.for_before_re.match(gap, len(gap) - len(gap.lstrip())):
                        # "desanya mengalokasikan Rp75,6 juta untuk 21 keluarga" in a story of a programme: the
                        # families its money is for (or the people: "PIP ... dialokasikan Rp9,4 triliun untuk 17,9 juta
                        # siswa")
                        metric = "beneficiary_count"
                if q["family"] == "pct" and metric != "other" \
                        and not any(self.cue_table[c["cue"]].get("map", {}).get("pct") for c in q_cues) \
                        and self.allocation_before_re.search(text, s0, q["start"]):
                    metric = "other"  # "mengalokasikan Dana Desa untuk ketahanan pangan paling sedikit 20 persen": a share
                if metric == "other" and q["family"] in ("persons", "households") and q["noun"] is None \
                        and not sent_figs and ctx["last"] is not None and ctx["last"][1] == "pct" \
                        and ctx["last"][0] in ("poverty_rate", "extreme_poverty_rate") \
                        and self.meaning_opening_re.match(text, s0) \
                        and not any(self.cue_table[c["cue"]].get("map") for c in q_cues):
                    # "... kemiskinan ekstrem Kubar pada 2022 tercatat 1,12 persen. 'Artinya masih ada sekitar 1.900
                    # jiwa yang harus kita angkat'": the people the rate just given stands for
                    metric = self._sibling(ctx["last"][0], q["family"])
                if q["family"] == "persons" and q["noun"] is None and metric in ("poverty_count", "population") \
                        and not any(self.cue_table[c["cue"]].get("map", {}).get("persons") for c in q_cues) \
                        and self.counted_people_before_re.search(text, max(s0, q["start"] - 90), q["start"]):
                    metric = "other"  # "jumlah nelayan di Kota Langsa saat ini sekitar 2.150 orang"
                if q["family"] == "persons" and q["noun"] is None and metric != "population" \
                        and self.population_after_re.match(text, q["end"]) \
                        and not self.poor_clause_after_re.match(text, q["end"], e0):
                    # "dari sekitar 1,19 juta jiwa penduduk": the residents (not "22,61 ribu jiwa penduduk Kapuas Hulu
                    # masih hidup di bawah garis kemiskinan": the poor)
                    metric = "population"
                elif q["family"] == "persons" and q["noun"] is None and (
                        metric == "other" or (metric == "poverty_count" and not q_cues)):
                    lived = self.inhabited_before_re.search(text, max(s0, q["start"] - 40), q["start"])
                    if lived is not None and _NAME_END_RE.search(text, max(s0, lived.start() - 30), lived.start()):
                        metric = "population"  # "Tianyar Barat dihuni sekitar 11.200 jiwa" (not "Rumah itu dihuni 6 orang")
                if household_size:
                    metric = "household_size"
                if q["family"] == "pct" and self.share_of.match(text, exact_low, q["end"]):
                    metric = "other"
                    if sent_figs and sent_figs[-1]["_family"] in ("persons", "households") \
                            and q["start"] - sent_figs[-1]["end"] < 40:
                        ctx["share_twins"] = sent_no  # a count and its share of the whole ("6,19 juta orang ... atau 21,9 persen
                        # dari total"): the counts after it in the paragraph are given with their shares too
                elif q["family"] == "pct" and metric != "other" and sent_figs and sent_figs[-1]["_family"] in ("persons", "households") \
                        and ctx.get("share_twins") is not None and 0 <= sent_no - ctx["share_twins"] <= 1 \
                        and text[sent_figs[-1]["end"]:q["start"]].strip() == "(" \
                        and "\n\n" not in text[sents[ctx["share_twins"]][0]:q["start"]]:
                    # "... atau 21,9 persen dari total. Berikutnya Pulau Sulawesi dengan 2,14 juta orang (7,6 persen)": the
                    # share again, in brackets
                    metric = "other"
                elif q["family"] == "pct" and metric != "other" and sent_figs and sent_figs[-1]["_family"] == "pct" \
                        and sent_figs[-1]["metric"] == "other" and q["start"] - sent_figs[-1]["end"] < 90 \
                        and _LIST_JOINT_END_RE.search(text, sent_figs[-1]["end"], q["start"]) \
                        and self.share_of.match(text, exact_low, sent_figs[-1]["end"]) \
                        and not any(c["start"] >= sent_figs[-1]["end"] and self.cue_table[c["cue"]].get("map", {}).get("pct")
                                    for c in q_cues):
                    # "paling sedikit 30 persen dana Otsus ... untuk pendidikan dan 20 persen untuk kesehatan": the
                    # next share of the same money
                    metric = "other"
                if metric == "budget" and q.get("per_capita") and "kapita" in text[q["end"]:q["end"] + 20].lower():
                    metric = "poverty_line"  # "nilainya mencapai Rp421.657 per kapita per bulan": money per head a month
                if metric == "budget" and (self.price_per_re.match(text, q["end"]) or self.price_unit_before_re.search(
                        text, max(s0, q["start"] - 60), q["start"])):
                    metric = "other"  # "Solar saja Rp 6.800 per liter": a price, no money spent
                if metric == "poverty_line" and q["family"] == "idr" and self.per_household_re.match(text, q["end"]):
                    metric = "poverty_line_household"  # "Garis Kemiskinan Padang Tembus Rp3,93 Juta per Rumah Tangga"
                elif (metric == "budget" or (metric == "poverty_line" and not q.get("per_capita"))) and q["family"] == "idr" \
                        and abs(float(q["value"])) <= self.max_line \
                        and self.per_month_re.match(text, q["end"]) and any(f["metric"] == "household_size" for f in sent_figs) \
                        and self.household_need_before_re.search(text, max(s0, q["start"] - 60), q["start"]) \
                        and not any(p["end"] <= q["start"] for p in sent_programs):
                    # "Dengan rata-rata 4,5 anggota per rumah tangga miskin, satu keluarga membutuhkan sedikitnya Rp2,3
                    # juta per bulan": what a poor household of that size needs a month is the household's line (not
                    # aid paid a month, "menerima PKH sebesar Rp750 ribu per bulan"); also after "Dengan garis kemiskinan
                    # tersebut" when the amount is not per head (session 21)
                    metric = "poverty_line_household"
                if q["family"] == "idr" and metric.startswith("poverty_line") and self.per_day_re.match(text, q["end"]):
                    metric = "other"  # "atau kurang dari Rp 16 ribu per orang per hari": the line per day
                elif q["family"] == "idr" and metric.startswith("poverty_line") and abs(float(q["value"])) > self.max_line:
                    metric = "budget"
                elif metric == "budget" and sent_figs and abs(float(q["value"])) <= self.max_line:
                    line = next((f for f in reversed(sent_figs) if f["metric"] not in ("other", "poverty_line")
                                 or f["_family"] == "idr"), None)
                    if line is not None and line["metric"].startswith("poverty_line") and line["_family"] == "idr" \
                            and _COMPARED_BEFORE_RE.search(text, line["end"], q["start"]):
                        # "Rp583.932 per kapita, naik 5,90% dibandingkan Maret 2023 yang senilai Rp550.458":
                        # the line's earlier value, not money spent
                        metric = line["metric"]
                elif metric == "budget" and not sent_figs and ctx["last"] is not None \
                        and ctx["last"][0].startswith("poverty_line") \
                        and abs(float(q["value"])) <= self.max_line and _COMPARED_BEFORE_RE.search(text, s0, q["start"]):
                    metric = ctx["last"][0]  # "... Dibanding September 2012 yang sebesar Rp 356.108, garis ..."
                if q["family"] == "people" and metric == "beneficiary_count" and not any(
                        not self._is_registry(p["text"]) and p["start"] >= text.rfind(", ", s0, q["start"])
                        for p in sent_programs) and not _AID_NOUN_RE.search(
                            text, max(text.rfind(", ", s0, q["start"]), q["start"] - 40, s0), q["start"]):
                    # "diikuti 120 peserta": people counted, but no programme's recipients (in their clause:
                    # "Penerima BLT Dana Desa berkurang, balita stunting tinggal 31 anak")
                    metric = "other"
                bounds = plausible.get(metric)  # (``_plausible``)
                if bounds is not None and not bounds[0] <= abs(float(q["value"])) <= bounds[1]:
                    metric = "other"
                if metric in self.rate_metrics and q["family"] != "pct" and abs(float(q["value"])) > 100:
                    metric = "other"  # "2.400" or "98.730" with no percent sign is no rate (a written "120 persen" is checked later)
                if sent_programs and metric in ("poverty_count", "extreme_poverty_count", "other") and (q["family"] == "people" or (
                        q["family"] in ("persons", "households") and q["noun"] is None)):
                    # people counted after a programme's name are its members ("program BAAS melibatkan
                    # 126 pejabat"), as are persons and households
                    last_cue = max((c["end"] for c in q_cues if not self.cue_table[c["cue"]].get("anaphora")), default=-1)
                    progs = [p for p in sent_programs if last_cue <= p["start"] and p["end"] <= q["start"]
                             and not self._is_registry(p["text"])]
                    if progs:
                        metric = "beneficiary_count"
                if sent_programs and metric in ("poverty_count", "other") and (q["family"] == "people" or (
                        q["family"] in ("persons", "households") and q["noun"] is None)):
                    # (no programme in the sentence: no verb to look for)
                    after = q.get("after", q["end"])  # (a part's verb comes after its whole)
                    # (the next count of people, not of places: "9.184 keluarga di 159 desa menerima BLT Dana Desa"; but
                    # not "58.200 jiwa di 12 kecamatan yang menerima Dana Desa", "3.500 KK di 21 kecamatan belum menerima")
                    nxt = next((x["start"] for x in sent_qs if x["start"] >= after and x["family"] != "count"), e0)
                    verb = _RECEIVE_RE.search(text, after, nxt)
                    places = [x for x in sent_qs if after <= x["start"] and verb is not None and x["end"] <= verb.start()]
                    if places and _NOT_THEIRS_RE.search(text, places[-1]["end"], verb.start()):
                        verb = None
                    if verb and any(verb.end() <= p["start"] <= verb.end() + 60 for p in sent_programs) and (
                            q["family"] != "people" or verb.start() - after <= 24
                            or _PEOPLE_IN_PLACE_GAP_RE.fullmatch(text, after, verb.start()) is not None):
                        # "112 keluarga di Desa X ... menerima BLT Dana Desa"; people named by what they are only
                        # with the verb right after them ("1.326 nelayan yang menerima BPAN"), or after where they
                        # live ("1.350 nelayan dan ojek di Padang menerima BLT BBM", session 23)
                        metric = "beneficiary_count"
                if metric == "other" and q["family"] == "people" and not q["per_item"] \
                        and sent_figs and sent_figs[-1]["metric"] == "budget" and sent_figs[-1]["kind"] == "level" \
                        and _FOR_RECIPIENTS_RE.fullmatch(text, sent_figs[-1].get("_after", sent_figs[-1]["end"]), q["start"]) \
                        and not (q["noun"] is not None and (q["noun"].split(None, 1)[0].lower() in self.staff_nouns
                                                            or _PAID_PEOPLE_RE.match(q["noun"]))):
                    # (not a course's participants: "Pelatihan kerja ... Rp3,4 miliar untuk sekitar 1.200 peserta")
                    # "Fakir dan miskin: Rp5,1 miliar untuk 6.200 mustahik", "menyalurkan zakat sebesar Rp9,6 miliar
                    # kepada sekitar 8.000 mustahik": the people named by what they are whom the money goes to (session 21;
                    # families with no programme in view stay `other`, session 13)
                    metric = "beneficiary_count"
                if metric == "other" and q["family"] == "people" and not q["per_item"]:
                    # "1.200 siswa dari keluarga tidak mampu menerima beasiswa": people named by what they are, who
                    # receive aid named right after the verb (session 21)
                    after = q.get("after", q["end"])
                    verb = _RECEIVE_RE.search(text, after, min(e0, after + 60))
                    if verb is not None and _AID_NOUN_RE.match(text, verb.end() + 1) \
                            and not any(x["start"] >= after and x["end"] <= verb.start() for x in sent_qs) \
                            and not any(c in text[after:verb.start()] for c in ",;:"):
                        # (in the count's own clause: not "dari sekitar 400 nelayan di desanya, baru sebagian yang
                        # menerima bantuan")
                        metric = "beneficiary_count"
                if metric == "other" and q["noun"] is None and not q["per_item"]:
                    if syntax is None:
                        syntax = has_syntax(doc)
                    if syntax:
                        metric = self._syntax_metric(doc, q) or metric
                if q["per_item"] and not (metric == "budget" and q["family"] == "bare" and q["scaled"]):
                    metric = "other"  # (money without "Rp" per person stays a budget: "pinjaman 1,5 jt per orang")
                if household_size:
                    metric = "household_size"  # a size is per household by definition
                if (q.get("whole") and metric != "population" and not self.poor_after_residents_re.match(text, q["end"])) \
                        or (q["family"] in ("persons", "households") and metric not in ("other", "beneficiary_count")
                            and self.struck_after_re.match(text, q.get("tail_end", q["end"]))) \
                        or (metric == "beneficiary_count" and (
                        self.not_received_after_re.match(text, q["end"])
                        or self.left_programme_after_re.match(text, q.get("tail_end", q["end"]))
                        or (q["noun"] is not None and q["noun"].split(None, 1)[0].lower() in self.staff_nouns))) \
                        or (q["family"] == "persons" and metric != "other"
                            and may_hold(hits["staff_subject"], max(s0, q["start"] - 60), q["start"])
                            and self.staff_subject_before.found(text[max(s0, q["start"] - 60):q["start"]])):
                    # "312 dari 1.140 rumah tangga": the whole the part is counted in (unless the whole is the
                    # population or the poor: "dari 314,19 ribu penduduk miskin, ..."); "1.500 RTS belum
                    # mengambil": recipients still waiting
                    metric = "other"
                if q["family"] in ("persons", "households", "people", "bare") and metric != "other" \
                        and may_hold(hits["per_hundred"], max(s0, q["start"] - 90), q["start"]) \
                        and self.per_hundred_before_re.search(text, max(s0, q["start"] - 90), q["start"]):
                    metric = "other"  # "dari setiap seratus warga ada sebelas sampai dua belas orang": a ratio's part
                if foreign and metric in ("poverty_rate", "poverty_count") and in_ranges(q["start"], q["end"], foreign) \
                        and not (metric == "poverty_count" and sent_figs and sent_figs[-1]["metric"] == "poverty_rate"
                                 and _COUNT_TWIN_GAP_RE.fullmatch(text, sent_figs[-1].get("_after", sent_figs[-1]["end"]),
                                                                 q["start"])):
                    # (but the count told with a share said to be poor, "68,3 persen penduduk Indonesia ... tergolong
                    # miskin, atau sekitar 194,7 juta orang": the poor's number, as the share is their rate)
                    metric = "other"  # "Dengan ukuran [Bank Dunia] tersebut, sekitar 60,3 persen ... miskin"
                base_metric = metric
                kind, sign = self._kind(text, q, s0, prev_end, hits, exact_low) if kind_words else _LEVEL
                if kind == "level" and q.get("signed") and float(q["value"]) < 0 \
                        and self.change_label_before_re.search(text, max(s0, q["start"] - 60), q["start"]):
                    kind = "change"  # "Perubahan jumlah penduduk miskin: -21,48 ribu jiwa": a change by its label and sign
                    # (session 22)
                if money_change_twin is not None and kind == "level" and metric == "budget":
                    kind, sign = "change", (-1 if float(money_change_twin["value"]) < 0 else 1)
                if kind == "level" and (target_line or (future_line and metric not in ("budget", "other", "beneficiary_count"))) \
                        and not found_before(_FROM_BEFORE, text, rlow, max(s0, q["start"] - 25), q["start"]):
                    # "- 2026: 5,9 persen" under a lead that names targets (not the baseline of one: "- pengangguran
                    # ditekan menjadi 4,1 persen dari 4,58 persen")
                    kind = "target"
                if kind == "change" and self.yearly_rate_after_re.match(text, q["end"]):
                    metric = "other"  # "penurunannya rata-rata sekitar 0,3 poin per tahun": an average pace, no change
                if q.get("unit") == "percent_point" and self.gap_to_after_re.match(text, q["end"]):
                    metric = "other"  # "Kita masih 1,38 persen poin di atasnya": a gap to another place or a target
                if kind == "level" and q["family"] == "bare" and metric.startswith("poverty_line") \
                        and abs(float(q["value"])) < self.min_line:
                    metric = "other"  # "garisnya US$3,65": no rupiah line per head a month is that small
                if kind == "level" and q["family"] in ("persons", "households") and q["noun"] is None \
                        and metric in ("other", "population", "poverty_count") \
                        and self.exit_poverty_after_re.match(text, q["end"]):
                    # "lebih dari 20 ribu warga Garut berhasil keluar dari kemiskinan": people who left
                    # poverty, a fall in the poverty count
                    metric, kind, sign = "poverty_count", "change", -1
                elif kind == "level" and q["family"] == "persons" and q["noun"] is None \
                        and metric in ("other", "population", "poverty_count") and self.new_poor_after_re.match(text, q["end"]):
                    metric, kind, sign = "poverty_count", "change", 1  # "sekitar 2,76 juta orang miskin baru"
                elif kind == "level" and metric == "poverty_count" and q["noun"] is None \
                        and may_hold(hits["poor_increase"], max(s0, q["start"] - 30), q["start"]) \
                        and self.poor_increase_before.found(text[max(s0, q["start"] - 30):q["start"]]):
                    kind, sign = "change", 1  # "ada tambahan sekitar 15 ribu penduduk miskin": a rise
                elif kind == "level" and q["family"] == "idr" and may_hold(hits["cut"], max(s0, q["start"] - 40), q["start"]) \
                        and self.cut_before.found(text[max(s0, q["start"] - 40):q["start"]]):
                    kind, sign = "change", -1  # "Artinya ada pemangkasan Rp10,5 miliar": a cut
                elif kind == "change" and sign < 0 and (q["family"] in ("idr", "persons", "households") or (
                        q["family"] == "pct" and q["unit"] != "percent_point")) and any(
                        f["kind"] == "level" and f["metric"] == metric and f["_family"] == q["family"]
                        and 0 < float(f["value"]) <= q["value"] for f in sent_figs[-2:]) \
                        and may_hold(hits["compared_period"], max(s0, q["start"] - 60), q["start"]) \
                        and self.compared_period_before_re.search(text, max(s0, q["start"] - 60), q["start"]):
                    # "hanya Rp46,2 miliar, turun dibanding tahun lalu sebesar Rp51,8 miliar", "2,31 persen, sedikit lebih
                    # rendah dibanding Agustus 2010 sebesar 2,54 persen": the value said after
                    # the period compared with, larger than the level just given, is that period's level (not
                    # "tinggal 2.150 jiwa, berkurang 4.870 jiwa dibanding tahun sebelumnya": a fall told first)
                    kind, sign = "level", 0
                if kind == "change" and metric == "other" and q["family"] == "pct" and sent_figs \
                        and sent_figs[-1]["metric"].startswith("poverty_line") and sent_figs[-1]["_family"] == "idr":
                    metric = sent_figs[-1]["metric"]  # "Rp421.657 per kapita per bulan, naik 4,81 persen": its rise
                elif kind == "change" and q["family"] == "pct" and q["unit"] != "percent_point" and not sent_figs \
                        and ctx["last"] is not None and ctx["last"][1] == "idr" and ctx["last"][0].startswith("poverty_line") \
                        and not any(self.cue_table[c["cue"]].get("map") for c in q_cues):
                    # "... naik dari Rp368.114 menjadi Rp392.540. 'Kenaikan sebesar 6,64 persen itu ...'": the rise
                    # of the line the sentence before gave, when nothing names another metric
                    whole = self._composed_whole(q_cues, s0, recent_figs, sent_no, text)
                    metric = whole["metric"] if whole is not None else ctx["last"][0]
                if q["unit"] == "percent_point" and kind == "level":
                    kind = "change"  # points are a difference by definition ("minus 0,12 persen poin")
                if kind in ("level", "change") and metric != "other" and self.target_after.match(text, exact_low, q["tail_end"]):
                    # "Angka 6,2 persen itu target kemiskinan dalam RKPD", "sulit turun di bawah 13 persen
                    # dalam dua tahun ke depan"
                    kind, sign = "target", 0
                threshold = q["approx"] in ("at_most", "at_least") and kind == "level" and (
                    (self.threshold_after_re.match(text, q["tail_end"]) is not None
                     # (counted people are members of a category, not its bound: "lebih dari 41 ribu jiwa masuk
                     # kategori desil 1 dan 2")
                     and (q["family"] not in ("persons", "households", "people")
                          # (but a group named by a bound on its count: "desa dengan lebih dari 500 keluarga miskin
                          # masuk kategori desa prioritas")
                          or self.group_bound_before_re.search(text, max(s0, q["start"] - 60), q["start"]) is not None))
                    or (may_hold(hits["counted_regions"], max(s0, q["start"] - 80), q["start"])
                        and (counted := self.counted_regions_re.search(text, max(s0, q["start"] - 80), q["start"])) is not None
                        # (not people counted over the regions: "penduduk miskin di enam provinsi Tanah Papua mencapai
                        # lebih dari 1,5 juta jiwa", their sum)
                        and not (q["family"] in ("persons", "households") and q["approx"] == "at_least"
                                 and text[max(0, counted.start() - 3):counted.start()].lower() == "di "
                                 and self.counted_regions_sum_re.search(text, s0, q["start"]) is not None)))
                if threshold:
                    metric = "other"  # a bound: "12 provinsi ... di bawah 0,5 persen", "di bawah 0,3 termasuk ..."
                if kind == "level" and sent_figs and sent_figs[-1]["kind"] == "target" and (
                        _RANGE_OR_LIST_RE.match(text[sent_figs[-1]["end"]:q["start"]])
                        or _TARGET_LIST_GAP_RE.match(text, sent_figs[-1]["end"], q["start"])) \
                        and not _FROM_BEFORE.found(text[max(s0, q["start"] - 25):q["start"]]) \
                        and not self.actual_before_re.search(text, max(s0, q["start"] - 30), q["start"]):
                    # "target kemiskinan 4,3 persen, kemiskinan ekstrem 0 persen" (but "... 9 hingga 10
                    # persen, dari 8,47 persen pada 2020": the level a projection starts from; nor "target 71,20,
                    # realisasi 70,96": what was reached)
                    kind = "target"
                if kind == "level" and len(sent_figs) >= 2 and sent_figs[-2]["_from"] and sent_figs[-1]["kind"] == "level" \
                        and sent_figs[-2]["kind"] == "level" and sent_figs[-1]["_family"] == q["family"] \
                        and sent_figs[-2]["metric"] == sent_figs[-1]["metric"] \
                        and self.pair_difference_gap_re.fullmatch(text, sent_figs[-1]["end"], q["start"]) \
                        and self.pair_difference_end_re.match(text, q.get("tail_end", q["end"])):
                    # "berkurang dari 38.940 jiwa menjadi 36.920 jiwa, atau sekitar 2.000 jiwa": the pair's difference
                    a, b = float(sent_figs[-2]["value"]), float(sent_figs[-1]["value"])
                    size = float(q["value"])
                    if a != b and size and abs(abs(b - a) - size) <= (0.1 if q["approx"] else 0.01) * size:
                        kind, sign = "change", (1 if b > a else -1)
                if sent_figs and (kind == "level" or (kind == "change" and not sign)) and sent_figs[-1]["kind"] == "change" \
                        and sent_figs[-1]["_signed"] and sent_figs[-1]["_family"] == q["family"] and ((
                            sent_figs[-1]["metric"] != "other"
                            and self.change_list_gap_re.fullmatch(text, sent_figs[-1]["end"], q["start"])
                            and self.change_list_after_re.match(text, q.get("tail_end", q["end"]))) or (
                            kind == "change" and (self.change_next_item_gap_re.fullmatch(text, sent_figs[-1]["end"], q["start"])
                                                  or (len(sent_figs) >= 2 and sent_figs[-2]["kind"] == "change"
                                                      and sent_figs[-2]["_signed"] and self.change_later_item_gap_re.fullmatch(
                                                          text, sent_figs[-1]["end"], q["start"]))))):
                    # "berkurang 0,21 juta orang dibanding September 2024 dan 1,37 juta orang dibanding Maret 2024":
                    # the same change against another base, in the same direction (so too the next of a ranking of
                    # changes: "... yang turun 0,42 persen poin, disusul Bali dan Nusa Tenggara sebesar 0,27 persen poin")
                    kind, sign = "change", (-1 if float(sent_figs[-1]["value"]) < 0 else 1)
                prev_end = q["end"]
                value = q["value"]
                unit = q["unit"]
                if metric == "other" and kind == "change" and q["family"] == "pct" and q["unit"] == "percent" and sent_figs \
                        and sent_figs[-1]["kind"] == "level" \
                        and self.units.get(sent_figs[-1]["metric"]) not in (None, "percent", "percent_point", "index") \
                        and _VALUE_THEN_CHANGE_GAP_RE.fullmatch(text, sent_figs[-1]["end"], q["start"]):
                    # "ditetapkan Rp118,6 miliar, naik sekitar 12 persen dibanding tahun lalu": the amount's (or count's)
                    # change in percent (session 20)
                    metric = sent_figs[-1]["metric"]
                if metric.startswith("@pct_change:"):
                    metric = metric.split(":", 1)[1] if kind == "change" else "other"
                if metric != "other" and metric in self.units:
                    target_unit = self.units[metric]
                    if unit in (None, "count") or (strong and unit in ("persons", "households", "idr")):
                        unit = target_unit
                    elif unit in ("percent", "percent_point") and target_unit == "index":
                        unit = "index"  # "IPM 70,30 persen", "P1 sebesar 3,30 persen"
                    elif unit == "idr" and target_unit == "idr_per_capita_month":
                        unit = target_unit
                if metric == "economic_growth" and self.quarterly_after_re.match(text, q["end"]):
                    metric = "other"  # "terkontraksi 2,1 persen (q-to-q)": against the quarter before
                if kind == "level" and metric == "economic_growth" and value > 0 \
                        and may_hold(hits["contraction"], max(s0, q["start"] - 40), q["start"]) \
                        and self.contraction_before.found(text[max(s0, q["start"] - 40):q["start"]]):
                    value = -value  # "setelah terkontraksi 4,06 persen": growth below zero
                if q["family"] in ("pct", "persons") and (metric not in _NOT_BELOW_LINE or not any(
                        # (a statistic only carried over from the sentence before does not hold: "... stunting ... 18,7
                        # persen. ... Bappeda mencatat 0,52 persen warga ... masuk kategori miskin ekstrem", session 21)
                        self.cue_table[c["cue"]].get("map") for c in q_cues)) \
                        and (below := self.below_line_after_re.match(text, q.get("after", q["end"]))) \
                        and not (below.group("pre") is None and q["family"] == "pct"):
                    # (a share with the words right after it names no people: "3.200 siswa atau sekitar 12 persen masuk
                    # kategori miskin" is the students' share; a count of persons may, "5.600 jiwa masuk kategori ...")
                    # "68,3 persen penduduk Indonesia, atau sekitar 194,7 juta orang, hidup di bawah garis kemiskinan"
                    metric = "poverty_rate" if q["family"] == "pct" else "poverty_count"
                    if text.startswith(EXTREME_AFTER, below.end()):
                        metric = "extreme_" + metric  # "2,3 persen penduduk masuk kategori miskin ekstrem"
                    kind, sign, value = "level", 0, abs(value)
                    unit = "percent" if q["family"] == "pct" else "persons"
                if kind == "change":
                    if sign and value > 0:
                        value = sign * value
                    if metric in self.rate_metrics and unit in ("percent", "percent_point"):
                        # "turun 7 persen" of a rate that size is a misread level; "naik 11,5 persen
                        # poin" written in points is a change whatever its size
                        if abs(value) >= self.max_rate_change and q["unit"] != "percent_point":
                            kind, value, unit = "level", abs(value), "percent"
                        else:
                            unit = "percent_point"
                if sent_registries and q["family"] in ("persons", "households") and any(
                        r["end"] <= q["start"] and self.registry_holds_re.fullmatch(text, r["end"], q["start"])
                        for r in sent_registries):
                    metric, kind = "welfare_registry_count", "level"  # "data P3KE yang memuat sekitar 35,1 juta keluarga"
                elif not sent_registries and q["family"] in ("persons", "households") and ctx.get("registry") \
                        and ctx["registry"][0] == sent_no - 1 and self.registry_pointed_holds_re.fullmatch(text, s0, q["start"]) \
                        and not self.registry_pointed_other_source_re.search(text, ctx["registry"][1]["end"], s0) \
                        and not self.registry_pointed_recipients_after_re.match(text, q.get("tail_end", q["end"])):
                    # "... mengacu pada DTSEN. Data itu mencakup sekitar 285 juta jiwa penduduk": what the registry holds
                    metric, kind = "welfare_registry_count", "level"
                    registry = [ctx["registry"][1]]
                if registry and kind == "level" and q["family"] in ("persons", "households") and not q.get("whole") \
                        and self.registry_after_re.match(text, q.get("after", q["end"])):
                    metric = "welfare_registry_count"  # "(112 keluarga DTKS)": counted in the registry named after it
                if (registry or metric == "welfare_registry_count") and kind == "level" \
                        and q["family"] in ("persons", "households") and q["noun"] is None:
                    # (also the registry's count carried from the sentence before: "... mencoret 3.412 keluarga dari DTSEN
                    # .... Pada saat yang sama, 1.087 keluarga baru ditambahkan")
                    before = text[max(s0, q["start"] - 40):q["start"]]
                    down = self.registry_down_re.match(text, q["end"]) or self.registry_down_before_re.search(before) or (
                        q.get("unit_word") not in self.beneficiary_units
                        and self.registry_down_closing_re.match(text, q["end"])) or (
                        # "Dinsos Coret 2.318 Warga dari DTKS": a headline's bare verb, the registry after "dari"
                        self.headline_registry_down_before_re.search(before)
                        and (any(r["start"] >= q["end"] and self.headline_registry_from_gap_re.fullmatch(text, q["end"], r["start"])
                                 for r in registry) or (
                            self.headline_registry_before_verb_re.search(before)
                            and any(r["end"] <= q["start"] for r in registry)
                            and not self.headline_other_from_after_re.match(text, q["end"]))))
                    up_ok = True
                    if not registry:
                        # (the registry carried from the sentence before: only its own entries, struck off it by the verb
                        # after the count, not "600 keluarga di antaranya ... dikeluarkan dari daftar penerima BPNT", a
                        # programme's list, nor a part of an earlier count)
                        if isinstance(down, re.Match) and down.re is self.registry_down_re \
                                and not self.registry_after_from_re.match(text, down.end()) \
                                and not _REASON_AFTER_RE.match(text, down.end()):
                            down = None  # (struck off by the verb after the count: only from the registry itself)
                        up_ok = not self.part_of_before_re.search(before)
                        if not up_ok:
                            down = None
                    if down or (up_ok and (self.registry_up_re.match(text, q["end"]) or self.registry_up_before_re.search(before))):
                        # "14.215 keluarga dikeluarkan dari DTSEN", "9.870 keluarga baru dimasukkan", "verval
                        # mengeluarkan 46 keluarga dan memasukkan 29 keluarga baru"
                        metric, kind = "welfare_registry_count", "change"
                        unit = "households" if q["family"] == "households" else "persons"
                        value = -abs(value) if down else abs(value)
                if metric == "welfare_registry_count" and kind == "level" and q["family"] in ("persons", "households") \
                        and q["noun"] is None and (not sent_figs or sent_figs[-1]["end"] < s0):
                    # the sentence's first count after a noun of striking off or adding ("Pencoretan terbanyak terjadi
                    # di Kecamatan Rantau Utara sebanyak 2.310 jiwa")
                    down = self.registry_down_noun_re.search(text, s0, q["start"])
                    if down or self.registry_up_noun_re.search(text, s0, q["start"]):
                        kind = "change"
                        unit = "households" if q["family"] == "households" else "persons"
                        value = -abs(value) if down else abs(value)
                elif metric == "welfare_registry_count" and kind == "level" and q["noun"] is None and sent_figs \
                        and sent_figs[-1]["metric"] == "welfare_registry_count" and sent_figs[-1]["kind"] == "change" \
                        and sent_figs[-1]["_family"] == q["family"] \
                        and self.next_item_gap_re.fullmatch(text, sent_figs[-1]["end"], q["start"]):
                    # the next item of a list of such changes ("... sebanyak 2.310 jiwa, disusul Kecamatan Bilah Hulu
                    # dengan 1.784 jiwa")
                    kind, unit = "change", sent_figs[-1]["unit"]
                    value = -abs(value) if float(sent_figs[-1]["value"]) < 0 else abs(value)
                elif metric == "welfare_registry_count" and kind == "level" and sent_figs \
                        and sent_figs[-1]["metric"] == "welfare_registry_count" and sent_figs[-1]["kind"] == "change" \
                        and float(sent_figs[-1]["value"]) < 0 and _COMMA_GAP_RE.fullmatch(text, sent_figs[-1]["end"], q["start"]) \
                        and _NEW_ENTRIES_AFTER_RE.match(text, q.get("tail_end", q["end"])):
                    # the added beside the struck off ("3.214 Keluarga Dicoret, 2.087 Keluarga Baru Masuk"): a rise of
                    # the same list (a lone "41 keluarga baru masuk" stays a level, session 22) (session 23)
                    kind, unit = "change", sent_figs[-1]["unit"]
                    value = abs(value)
                if metric == "beneficiary_count" and kind == "level" and q["family"] in ("persons", "households") and (
                        self.struck_off_after_re.match(text, q.get("after", q["end"]))
                        or self.struck_off_before_re.search(text, max(s0, q["start"] - 30), q["start"])):
                    kind, value = "change", -abs(value)  # "15 keluarga dicoret karena sudah terdaftar sebagai penerima PKH"
                elif metric == "beneficiary_count" and kind == "level" and q["family"] in ("persons", "households") and (
                        self.added_after_re.match(text, q.get("after", q["end"]))
                        or self.added_before_re.search(text, max(s0, q["start"] - 30), q["start"])):
                    kind, value = "change", abs(value)  # "498.115 KPM baru ditambahkan", "digantikan 6,9 juta jiwa"
                carried_beneficiary = metric == "beneficiary_count" and kind == "level"
                if registry and kind == "level" and q["family"] in ("persons", "households", "bare") and q["noun"] is None \
                        and not q.get("whole") and not (
                            # ("BPS mencatat penduduk miskin Tangsel ... 33,58 ribu jiwa, sedangkan DTSEN desil 1 sampai 4
                            # memuat 46.812 keluarga": the statistics office's count, the registry only after it)
                            # (so too the metric named after a registry named before it: "DTKS per Agustus 2019 memuat
                            # 98,6 juta jiwa, padahal BPS mencatat jumlah penduduk miskin Maret 2019 hanya 25,14 juta orang")
                            ((all(r["start"] >= q["end"] for r in registry)
                              and _STAT_AGENCY_RE.search(text, s0, q["start"]) is not None)
                             or (metric in ("poverty_count", "extreme_poverty_count") and q_cues
                                 and all(r["start"] >= q["end"] or r["end"] <= q_cues[-1]["start"] for r in registry)
                                 and self.contrast_stat_agency_re.search(
                                     text, max([s0] + [r["end"] for r in registry if r["end"] <= q["start"]]), q["start"])))
                            # (but "..., dan 15.600 jiwa di antaranya telah terdaftar di DTKS": recorded in it)
                            and not self.recorded_re.search(text, q["end"], min([r["start"] for r in registry] + [
                                x["start"] for x in sent_qs if x["start"] > q["end"]]))) \
                        and not (metric == "population" and (
                            strong or self.inhabited_before_re.search(text, max(s0, q["start"] - 40), q["start"]))) \
                        and (metric in ("poverty_count", "extreme_poverty_count", "other", "population") or (
                            metric == "beneficiary_count" and (
                                not self._explicit_beneficiary(q, q_cues, text, beneficiary_after)
                                # "Penerimanya dipilih dari data P3KE, yang ... mencatat 9.646 keluarga": the
                                # registry named after the recipients' word is what counts them
                                or (q_cues and q.get("unit_word") not in self.beneficiary_units and any(
                                    q_cues[-1]["end"] <= r["start"] < q["start"] for r in registry))))):
                    metric = "welfare_registry_count"
                    unit = "households" if q["family"] == "households" else "persons"
                    if carried_beneficiary and q["noun"] is None and (not sent_figs or sent_figs[-1]["end"] < s0) \
                            and self.registry_down_noun_re.search(text, s0, q["start"]):
                        kind, value = "change", -abs(value)  # (the noun of striking off, as above, once the count is
                        # the registry's: "data yang dinonaktifkan mencapai 3,9 juta jiwa" after a programme's fall)
                elif not registry and kind == "level" and not strong and metric in ("poverty_count", "extreme_poverty_count") \
                        and all(self.cue_table[c["cue"]].get("anaphora") for c in q_cues) and twin is None \
                        and q["family"] in ("persons", "households") and ctx.get("registry_source") is not None \
                        and (sent_no - ctx["registry_source"] <= 2 or (
                            recent_figs and recent_figs[-1]["metric"] == "welfare_registry_count"
                            and recent_figs[-1]["_sent"] == sent_no - 1) or (
                            # (or a list or table a few sentences on, when the registry's count was the last statistic
                            # given: "... data P3KE ..., tercatat 2.316 keluarga ... Lima kecamatan dengan jumlah
                            # terbanyak yakni:" "1. Semampir: 312 keluarga")
                            list_line and sent_no - ctx["registry_source"] <= 8
                            and (last_real := next((f for f in reversed(figures) if f["metric"] != "other"), None)) is not None
                            and last_real["metric"] == "welfare_registry_count"
                            and last_real["_sent"] >= ctx["registry_source"])) \
                        and not any(d["kind"] == "month" and not d["base"] for d in sent_dates):
                    # the poor counted right after a registry was given as the source ("... berdasarkan data P3KE.
                    # Totalnya tercatat 31.406 jiwa"), or after its counts ("Sementara jumlah paling sedikit ... 842
                    # jiwa"): the registry's count, not a survey estimate (a release month or BPS would make it one)
                    metric = "welfare_registry_count"
                    unit = "households" if q["family"] == "households" else "persons"
                elif kind == "level" and not strong and metric in ("poverty_count", "extreme_poverty_count") \
                        and q["family"] == "households" and registries and registries[0]["end"] <= q["start"] \
                        and not _STAT_AGENCY_RE.search(text, s0, e0) \
                        and not any(d["kind"] == "month" and not d["base"] and d.get("month") in (3, 9) for d in sent_dates):
                    # poor families counted in a story that named a registry before (not dated by a release month of
                    # the statistics office's surveys, March or September; "Per Juni 2023 ... 21.684 KK" is the registry's) ("Keluarga miskin ekstrem paling
                    # banyak di Kecamatan Teluk Keramat dengan 1.104 keluarga" after "data P3KE"): the statistics office
                    # counts people, the registries count families (session 20)
                    metric = "welfare_registry_count"
                if column is not None and column.direction and kind == "level" and (
                        metric in ("welfare_registry_count", "beneficiary_count")
                        or (metric == "other" and q["family"] in ("persons", "households", "bare") and ctx.get("registry"))):
                    # "Kecamatan | Dicoret | Ditambah" in a story of a registry's update: its falls and rises (session 23)
                    # (a bare number in such a table counts families, the registry's unit)
                    if metric == "other":
                        metric, unit = "welfare_registry_count", "persons" if q["family"] == "persons" else "households"
                    kind, value = "change", column.direction * abs(value)
                if metric in ("poverty_count", "extreme_poverty_count") and _VULNERABLE_AFTER_RE.match(text, q["end"]):
                    metric = "other"  # "115 juta orang Indonesia tergolong rentan": the vulnerable (session 23)
                if metric in _PROPOSABLE and kind == "level" and q["family"] in ("persons", "households", "people") \
                        and "usul" in text[max(s0, q["start"] - 60):min(e0, q["end"] + 60)].lower() and (
                        _PROPOSED_BEFORE.found(text[max(s0, q["start"] - 60):q["start"]])
                        or _PROPOSED_AFTER_RE.match(text, q.get("tail_end", q["end"]), min(e0, q["end"] + 60))):
                    # (one plain find first: most counts have no such word near them)
                    metric = "other"  # "mengusulkan 420 rumah tangga baru masuk DTKS", "1.870 keluarga baru diusulkan
                    # masuk": people put forward, not yet in the registry or the programme (session 23)
                if metric in ("beneficiary_count", "welfare_registry_count") and kind != "change" \
                        and (leavers_line or self._graduates(text, q, s0, e0, metric == "welfare_registry_count")):
                    metric = "other"  # "412 KPM PKH graduasi mandiri": recipients who leave the programme
                elif metric == "welfare_registry_count" and self.registry_gone_re.match(text, q["end"]):
                    metric = "other"  # "sekitar 900 sudah pindah atau meninggal": entries found gone
                if list_line and sent_programs and q["family"] in ("persons", "households") and q["noun"] is None \
                        and kind == "level" and metric in ("other", "poverty_count", "welfare_registry_count"):
                    label = next((p for p in sent_programs if p["end"] <= q["start"] and p["start"] - s0 <= 6), None)
                    if label is not None and not self._is_registry(label["text"]) \
                            and _PROGRAMME_LABEL_GAP_RE.fullmatch(text, label["end"], q["start"]):
                        # "- Program Keluarga Harapan (PKH): 312 KK" under "bantuan yang diterima warga tahun ini:":
                        # the programme's recipients (not a registry counted before the list)
                        metric = "beneficiary_count"
                if metric == "beneficiary_count" and (q["family"] == "households" or (
                        q["family"] == "bare" and sent_figs and sent_figs[-1]["unit"] == "households")):
                    unit = "households"
                # period
                # (every match holds one of the pattern's words: a window without them needs no search)
                from_start = max(0, q["start"] - 25)
                from_before = False
                if low is not None and _FROM_WORDS:
                    window = low[from_start:q["start"]]
                    for w in _FROM_WORDS:
                        if w in window:
                            from_before = found_before(_FROM_BEFORE, text, rlow, from_start, q["start"])
                            break
                else:
                    from_before = found_before(_FROM_BEFORE, text, rlow, from_start, q["start"])
                arrow_from = None
                if not from_before and _has_arrow(text[q["end"]:q["end"] + 30]) \
                        and _ARROW_AFTER_RE.match(text, q.get("tail_end", q["end"])):
                    # "Garis kemiskinan: Rp711.820 → Rp748.215": the earlier value, as "dari" would say; under a lead that
                    # names the two periods the same way ("(Maret 2023 → Maret 2024)"), the first of them
                    from_before = True
                    arrow_from = next((d1 for d1, d2 in reversed(arrow_periods) if d2["end"] <= q["start"]
                                       and q["start"] - d2["end"] <= 600), None)
                if cls is None and sent_dates and q["start"] not in attached:
                    cls = clauses(text, s0, e0)
                # (whether "kini" may name the latest release, of the year before: ``_resolve``)
                # (a round claim, "kini tinggal 7 persen", "saat ini sekitar 3 persen", is the speaker's
                # estimate of now, not a release's figure)
                ctx["lagged"] = early_in_year and metric in self.released_with_lag \
                    and not (q["approx"] and _round(q["value"]) and kind == "level") \
                    and not (q["family"] == "pct" and float(q["value"]).is_integer())
                if ctx["lagged"]:
                    other_value = [f for f in figures[-12:] + sent_figs if f["metric"] == metric and f["kind"] == kind
                                   and (f["year"], f["month"]) == (ctx["year"], ctx["month"]) and not restated_value(f, q)]
                    if other_value:
                        # (a value of another area of that release is no other value: "Persentase penduduk miskin
                        # perkotaan kini 7,88 persen" after the nation's 10,19 persen of September 2020)
                        q_area = self._area(text, s0, q["start"], hits, q["end"])
                        ctx["lagged"] = not any(f["area"] == q_area for f in other_value)
                # (nor a value other than the one that release gave: "Pada Maret 2023 ... 75.300 jiwa. Kini jumlahnya
                # sekitar 71.350 jiwa" is now, not March 2023)
                year, month, how = self._period(text, q, kind, attached, sent_dates, cls or [], ctx, article_year, from_before,
                                                self.release_family.get(metric))
                if arrow_from is not None and kind == "level" and how != "attached":
                    year, month, how = arrow_from["year"], arrow_from.get("month"), "from"
                if kind == "change" and q["family"] == "pct" and metric in ("budget", "beneficiary_count",
                                                                           "welfare_registry_count") \
                        and (how in ("context", "article", "none", "clause", "sentence") or (
                            # (a date after it that is the base compared with: "... dibandingkan perkiraan realisasi tahun
                            # ini")
                            how == "after" and _COMPARED_BASE_AFTER_RE.match(text, q.get("tail_end", q["end"])))):
                    # a change in percent of an amount or count told just before ("Rp381 triliun dalam RAPBN 2019. Nilai
                    # itu naik sekitar 17,1 persen dibandingkan perkiraan realisasi tahun ini"): of that amount's year
                    # (session 20)
                    of = next((f for f in reversed(sent_figs or recent_figs) if f["metric"] == metric
                               and f["kind"] == "level" and f["_family"] != "pct"), None)
                    if of is not None and of["year"] is not None:
                        year, month = of["year"], of["month"]
                subset_whole = None
                if kind == "target" and (target_line or future_line) and how in ("context", "article", "none") \
                        and ctx.get("list_year_ahead") is not None:
                    year, month, how = ctx["list_year_ahead"][1], None, "list"  # the year to come its lead names
                if column is not None and column.year is not None and how in ("context", "article", "none"):
                    year, month, how = column.year, column.month, "table"  # the period its header names
                elif column is not None and column.year is None and column.month is not None and month is None \
                        and how in ("clause", "sentence"):
                    month = column.month  # a row's year under a caption's month ("kondisi Maret ...:" then "2021 | 6,65")
                elif how != "attached" and sent_figs and self.subset_after_re.match(text, q["end"]):
                    year, month, how = sent_figs[-1]["year"], sent_figs[-1]["month"], "subset"  # "18.904 di antaranya"
                elif how in ("context", "article") and not sent_figs and recent_figs and q_cues \
                        and self.cue_table[q_cues[-1]["cue"]].get("subset") \
                        and not any(d["end"] <= q["start"] and not d["base"] for d in sent_dates):
                    # "Hingga November 2019, sebanyak 41.205 keluarga terdaftar dalam DTKS. Dari jumlah itu, 19.870
                    # keluarga menerima PKH": a part of the count just named, of its date
                    # (not a count given as an earlier value: "... menjadi 118.463 keluarga. Sebelumnya, di DTKS per
                    # Desember 2024 tercatat 121.000 keluarga. Dari jumlah itu, ...": of the 118.463)
                    whole = subset_whole = next((f for f in reversed(prev_sent_figs) if not f["_from"] and not (
                        self.earlier_opening_re.match(text, sents[f["_sent"]][0])) and not (
                        # (nor the amount compared with: "APBD 2025 senilai Rp6,32 triliun ... naik dibanding APBD 2024
                        # yang sebesar Rp6,05 triliun. Dari total tersebut, Rp412 miliar ..." is a part of the first)
                        f is not prev_sent_figs[0] and _COMPARED_BEFORE_RE.search(
                            text, max(sents[f["_sent"]][0], f["start"] - 45), f["start"]))), recent_figs[-1])
                    year, month, how = whole["year"], whole["month"], "subset"
                    if whole["metric"] == "welfare_registry_count" and kind == "level" \
                            and q["family"] in ("persons", "households") and metric in ("other", "poverty_count"):
                        # ("DTSEN per April 2025 mencatat 31.204 keluarga di desil 1 dan 2. Dari jumlah itu, 12.846
                        # keluarga belum menerima bantuan"): a part of the registry, counted in it
                        metric = "welfare_registry_count"
                if how == "context" and kind == "level" and year is not None and ctx["latest"] is not None \
                        and ctx["latest"] > (year, month or 0) \
                        and _TO_VALUE_RE.search(text, max(s0, q["start"] - 20), q["start"]) and any(
                        x["start"] > q["start"] and (d := attached.get(x["start"])) is not None
                        and d["kind"] in ("month", "year") and (d.get("year"), d.get("month")) == (year, month)
                        for x in sent_qs):
                    # "naik menjadi 7,89 persen dari 7,38 persen pada Maret 2020" after a look back to March 2020: the
                    # value arrived at is of the latest period the article has reached, the date is the from-value's
                    year, month = ctx["latest"][0], ctx["latest"][1] or None
                if how == "context" and kind == "level" and year is not None and ctx["latest"] is not None \
                        and sent_figs and sent_figs[-1]["_from"] and sent_figs[-1]["metric"] == metric \
                        and sent_figs[-1]["year"] is not None and (sent_figs[-1]["_how"] == "attached" or any(
                            d["kind"] in ("month", "full") and (d.get("year"), d.get("month"))
                            == (sent_figs[-1]["year"], sent_figs[-1]["month"]) for d in sent_dates)) \
                        and (year, month or 0) <= (sent_figs[-1]["year"], sent_figs[-1]["month"] or 0) \
                        < ctx["latest"] and _TO_VALUE_RE.search(text, max(s0, q["start"] - 20), q["start"]):
                    # "turun dari 7,89 persen pada Maret 2021 menjadi 7,60 persen" after a look back to September 2020:
                    # the value arrived at comes after its from-value's date, in the latest period named (session 23)
                    # (also a pair after the first, "..., sedangkan P2 turun dari 0,64 menjadi 0,59", its from-value
                    # dated by the sentence's month)
                    year, month = ctx["latest"][0], ctx["latest"][1] or None
                if how == "context" and kind == "level" and sent_figs and sent_figs[-1]["_from"] \
                        and sent_figs[-1]["metric"] == metric and year is not None \
                        and (sent_figs[-1]["year"], sent_figs[-1]["month"]) == (year, month) \
                        and not THEN_RE.search(text, s0, q["start"]) \
                        and _TO_VALUE_RE.search(text, max(s0, q["start"] - 20), q["start"]):
                    # the value a from-to pair arrives at, after a look back ("Setahun sebelumnya, garis
                    # kemiskinan masih Rp369.250. Indeks kedalaman kemiskinan naik dari 1,09 menjadi 1,17"):
                    # the later of the two periods its release was last at, not the look back's (only when the
                    # from-value is of the look back itself and the story is not told "ketika itu")
                    release = self.release_family.get(metric)
                    seen = [p for p in (ctx["period_by_release"].get(release), ctx["prev_by_release"].get(release))
                            if p is not None and p[0] is not None]
                    later = max(seen, key=lambda p: (p[0], p[1] or 0), default=None)
                    if later is not None and (later[0], later[1] or 0) > (year, month or 0):
                        year, month = later
                if how in ("clause", "sentence") and self.release_family.get(metric) is not None:
                    seen = ctx["period_by_release"].get(self.release_family[metric])
                    last_date = next((d for d in reversed(sent_dates) if d["end"] <= q["start"] and not d["base"]), None)
                    same = last_date if last_date is not None and last_date.get("same") else None
                    if seen is not None and same is not None and seen[0] is not None and seen[0] != year and not any(
                            d["end"] <= same["start"] and d["kind"] in ("year", "month", "range") for d in sent_dates):
                        # "pada periode yang sama" after an aside of another kind ("Tahun ini BPNT ... menjangkau
                        # 96.318 KPM"), with no date before it in its sentence: the period of the value's own release
                        year, month = seen[0], None if same.get("same_year") else seen[1]
                if month is not None and metric in _PROGRAMME_METRICS and how in ("clause", "sentence") \
                        and _only_present(sent_dates, q["start"]):
                    month = None  # "penerima PKH kini tersisa 14.562 KPM": now, in no month the text names
                if q["start"] < ctx["headline_end"] and how in ("attached", "clause", "sentence", "after") \
                        and _only_present(sent_dates, e0):
                    how = "article"  # a headline's "Kini" is the article's guess, no period the body can adopt
                if how in ("context", "sentence") and kind == "change":
                    # a change ends at the latest period the article has reached for this metric
                    # ("dalam delapan tahun ... turun 3,45 persen poin": over a span of years, the latest
                    # period the whole article has named)
                    span = may_hold(hits["span_of_years"], s0, q["start"]) \
                        and self.span_of_years_re.search(text, s0, q["start"]) is not None
                    if not span and how == "sentence" and sent_figs and sent_figs[-1]["metric"] == metric \
                            and sent_figs[-1]["kind"] == "level" and sent_figs[-1]["year"] == year \
                            and self.consequence_between_re.search(text, sent_figs[-1]["end"], q["start"]):
                        # the change from a level looked back to, told as its consequence ("Pada 2016 angkanya 5,08
                        # persen, sehingga hanya turun 0,16 persen poin dalam setahun"): up to the latest period named
                        span = True
                    latest = max(((f["year"], f["month"] or 0) for f in (figures if span else figures[-12:]) + sent_figs
                                  if f["metric"] == metric and f["year"] is not None and f["kind"] != "target"
                                  and f["_how"] not in ("article", "none")  # a headline's guess is no period
                                  and f["start"] > ctx["headline_end"]  # nor is its "Kini"
                                  and (span or f["_sent"] >= sent_no - 2)), default=None)
                    if latest is not None and year is not None and latest[0] > year \
                            and not (how == "sentence" and not sent_figs and self.earlier_opening_re.match(text, s0)):
                        # (not a change the sentence itself dates back, with no level before it: "Setahun sebelumnya,
                        # penurunan mencapai 0,71 persen poin" after March 2024 is the fall to March 2023, session 22)
                        # (and that period's month: "Setahun sebelumnya tercatat 72.540 jiwa, sehingga berkurang
                        # 3,33 ribu jiwa" after "69,21 ribu jiwa" of March 2024 ends in March 2024)
                        year, month = latest[0], latest[1] or None
                if how in ("context", "article", "none") and ctx.get("budget_year") is not None and not (
                        # (programme work of an earlier year just told: "Musrenbang RKPD 2015 ... sepanjang 2013 Pemkab
                        # menyalurkan Raskin kepada 13.420 rumah tangga. ... memperbaiki 412 unit rumah dengan anggaran
                        # Rp4,1 miliar": money spent then, not the plan's)
                        how == "context" and ctx["year"] is not None and ctx["year"] < ctx["budget_year"]
                        and self._work_just_told(ctx, sent_no, list_line, text, s0, e0)) and (
                        metric == "budget" or (metric == "beneficiary_count" and not (
                            # (not the recipients of money dated right before them: "Rp28,8 triliun pada 2021 untuk
                            # sekitar 8 juta keluarga")
                            sent_figs and sent_figs[-1]["metric"] == "budget" and sent_figs[-1]["_how"] == "attached"
                            and _FOR_RECIPIENTS_RE.fullmatch(text, sent_figs[-1]["end"], q["start"])) and (
                            any(x["family"] == "idr" for x in sent_qs)
                            # ("... dianggarkan Rp28,7 triliun untuk 10 juta KPM. Selain itu, PIP menyasar 20,4 juta
                            # siswa": the recipients told right after the budget's are of its year too)
                            or any(f["metric"] == "budget" and f["year"] == ctx["budget_year"] for f in recent_figs)
                            # ("... Rp479,1 triliun dalam RAPBN 2023. Nilai itu naik dibandingkan outlook 2022. ...
                            # anggaran tersebut antara lain untuk PKH bagi 10 juta KPM": the money pointed back to)
                            or (self.budget_pointer_re.search(text, s0, q["start"]) and any(
                                f["metric"] == "budget" and f["year"] == ctx["budget_year"] for f in figures[-12:]))))):
                    # "Rancangan APBD 2017 ... mengalokasikan Rp 3,42 miliar", and the recipients the money of
                    # that budget is for ("iuran PBI-JK bagi 21.500 jiwa dengan nilai Rp10,8 miliar")
                    year, month, how = ctx["budget_year"], None, "budget_year"
                elif how in ("context", "article", "none") and metric in ("beneficiary_count", "budget") and sent_figs and (
                        dated := next((f for f in reversed(sent_figs) if f["metric"] != "other"), None)) is not None \
                        and dated["metric"] in ("beneficiary_count", "budget") and dated["metric"] != metric \
                        and dated["_how"] in ("attached", "clause", "sentence") and dated["kind"] == "level":
                    # "... kepada 4.316 KPM pada 2024 dengan total anggaran sekitar Rp15,5 miliar": the money of the
                    # recipients just counted for a year (or those the money just dated is for) is of that year
                    year, month, how = dated["year"], dated["month"], "sentence"
                elif how in ("context", "article", "none") and metric == "beneficiary_count" and (
                        money := next((x for x in sent_qs if x["start"] > q["end"]), None)) is not None \
                        and money["family"] == "idr" and (paid := attached.get(money["start"])) is not None \
                        and not paid["base"] and paid.get("year") \
                        and self.recipients_money_re.fullmatch(text, q.get("after", q["end"]), money["start"]):
                    # "... bagi lebih dari 18.000 warga miskin ..., dengan anggaran Rp4,1 miliar pada 2015": the year of the
                    # money that pays for them
                    year, month = self._resolve(paid, sent_dates, ctx)
                    how = "sentence"
                elif how == "context" and metric in ("beneficiary_count", "budget", "welfare_registry_count", "other"):
                    # a release's period carried over says nothing about programme counts; a period named
                    # for the programme work ("penyaluran bantuan sepanjang 2025", "data P3KE per November
                    # 2022") does
                    prev_own = ctx.get("prev_own_year")
                    if metric == "budget" and prev_own is not None and prev_own[0] == sent_no - 1 \
                            and article_year is not None and prev_own[1] > article_year \
                            and self.money_anaphora_re.match(text, s0):
                        # (a plan's year still to come: not a from-value's or a launch's past year)
                        year, month = prev_own[1], None  # "Tahun 2023 kami ... . Anggarannya sekitar Rp9 miliar"
                    elif metric == "budget" and ctx.get("programme_metric") == "beneficiary_count" \
                            and self._work_just_told(ctx, sent_no, list_line, text, s0, e0):
                        # the money of the work told right after the dated recipients ("sepanjang 2013 Pemkab menyalurkan
                        # Raskin kepada 13.420 rumah tangga. ... memperbaiki 412 unit rumah dengan anggaran Rp4,1
                        # miliar"): of their year, a sum over it
                        month = None
                    elif not (ctx.get("year_of_programmes") and (ctx.get("programme_metric") in (None, metric) or (
                            # (what each of the recipients just counted gets: "... kepada 15,5 juta rumah tangga
                            # sasaran ... pada November 2014. Setiap rumah tangga menerima Rp200.000 per bulan")
                            metric == "budget" and ctx.get("programme_metric") == "beneficiary_count"
                            and self.per_recipient_opening_re.match(text, s0)))):
                        if article_year is not None:
                            year = article_year
                        month = None
                if result_date is not None and metric == "welfare_registry_count" and how in ("context", "article", "none"):
                    year, month = result_date  # ("... pada akhir Mei 2025. Hasilnya, 6.812 keluarga dikeluarkan")
                if decile_of_registry and metric == "welfare_registry_count" and how in ("context", "article", "none") \
                        and ctx.get("registry_period") is not None:
                    # "Di Kelurahan Sawah Luhur, jumlah keluarga desil 1 tercatat 286 keluarga" after "data P3KE per
                    # Juni 2023": the registry's own date
                    year, month = ctx["registry_period"]
                if how == "context" and month is None and year is not None and not q["approx"] \
                        and not q.get("range_partner") and not (sent_figs and sent_figs[-1]["_range"]):  # (a range's ends: an estimate)
                    # the month of the value's own release, when an aside of another kind in between named only
                    # the year ("PKH ... 21.460 keluarga tahun ini. ... Garis kemiskinan kami Rp655.210")
                    seen = ctx["period_by_release"].get(self.release_family.get(metric))
                    if seen is not None and seen[0] == year and seen[1]:
                        month = seen[1]
                if how == "context" and month is not None and ctx.get("month_family") and \
                        self.release_family.get(metric, ctx["month_family"]) != ctx["month_family"]:
                    month = None  # "Maret" of a poverty release says nothing about the IPM or the TPT
                province_aside = False
                region = None if threshold else (
                    sub_place or self._region(q, sent_mentions, ctx, main_region, text, s0, region_hits))
                if region is not None and sub_place is None and (own := self.own_area_re.search(text, s0, q["start"])) \
                        and own.end() >= q["start"] - 40 and (head := self._own_area_head(text, s0, own.end(), sent_mentions)) \
                        and region.get("code") != head["code"] and not any(
                            own.end() <= m["start"] < q["start"] for m in sent_mentions):
                    region = head  # "Kepala Desa Kanekes, ..., mengatakan penduduk desanya kini sekitar 26.300 jiwa" (session 23)
                if region is not None and metric.startswith("poverty_line") and region.get("code") \
                        and region["code"].count(".") >= 2 and not any(m is region for m in sent_mentions):
                    # BPS draws poverty lines for the nation, provinces, regencies and cities only: a district
                    # carried over from an example before ("Petani padi di sekitar Mbay, Kecamatan Aesesa, ...")
                    # is not the line's place; its regency is
                    region, province_aside = ancestor(region["code"], 2) or region, True
                if region is not None and value_label is not None and q["end"] <= colon:
                    # "• 10,14 persen: persentase penduduk miskin nasional": the place the label names
                    region = next((m for m in sent_mentions if m["start"] >= colon and m["code"] and not m["frame"]), region)
                if region is not None and not threshold and sub_place is None:
                    if place_refs is None:  # ("di kelurahan itu", looked for once per sentence)
                        place_refs = list(self.place_anaphora.finditer(text, exact_low, s0, e0))
                    if place_refs:
                        region = self._place_anaphora(place_refs, q["start"], mentions, sent_mentions, text, q["end"]) or region
                if own_district_sent is not None and own_district_sent.end() <= q["start"] and not threshold \
                        and sub_place is None:
                    # "Di dapil saya masih ada lebih dari 4.000 keluarga ...", "kemiskinan di daerah pemilihannya":
                    # the member's district, named before
                    region = next((m for m in reversed(mentions) if m["end"] <= own_district_sent.start() and m["code"]
                                   and self.electoral_district_before_re.search(text, max(0, m["start"] - 30), m["start"])),
                                  region)
                if side_sentence and not list_line and region is not None and "start" in region and region["code"] \
                        and not region.get("frame") and region["start"] >= s0:
                    # (the place a paragraph that looks away names: "Di tingkat provinsi, BPS Provinsi Bengkulu
                    # mencatat ... . Persentase penduduk miskin di perkotaan mencapai 19,13 persen")
                    ctx["side_region"] = region
                if region is not None and (region.get("frame") or (
                        "start" in region and region is not ctx["region"] and region is not main_region
                        and self.compared_before.found(text[max(s0, region["start"] - 40):region["start"]]))):
                    # "lebih rendah dari Jawa Tengah 4,51 persen", "kita masih di atas Kota Blitar yang 7,29 persen":
                    # the compared place's value, an aside (the topic stays where it was)
                    province_aside = True
                    if "start" in region and ctx["region"] is not None and region is not ctx["region"] \
                            and _OURS_RE.search(text, region["end"], q["start"]):
                        # "... dari kabupaten induk kami, Kepulauan Sula, yang 9,47 persen, tapi garis kemiskinan kita
                        # sudah Rp361.275": ours after the compared place is the speaker's own place again
                        region, province_aside = ctx["region"], False
                if region is not None and region["code"] == "ID" and main_region is not None \
                        and main_region["code"] not in (None, "ID") and ("start" not in region or region["start"] < s0) \
                        and _OURS_RE.search(text, s0, q["start"]) and not _NATION_WORD_RE.search(text, s0, q["start"]):
                    # "Rata-rata nasional pada periode yang sama 9,03 persen. ... Padahal pertumbuhan ekonomi kita tahun
                    # lalu 5,62 persen": ours after a look at the nation is the story's own place again
                    region = main_region
                if region is not None and region["code"] and "." in region["code"] and not threshold \
                        and q["family"] != "idr":  # (not "Bantuan dari provinsi sebesar Rp5 miliar diterima Kabupaten Bantul")
                    last_place = max((m["end"] for m in sent_mentions if m["end"] <= q["start"]), default=s0)
                    if may_hold(hits["province_level"], last_place, q["start"]) \
                            and self.province_level_re.search(text, last_place, q["start"]):
                        prov = next((m for m in mentions if m["code"] == region["code"].split(".")[0]), None) \
                            or ancestor(region["code"], 1)
                        if prov is not None:
                            region, province_aside = prov, True  # "angka provinsi yang ... 15,43 persen"
                if region is not None and region["code"] and region["code"].count(".") >= 2 and region.get("start", 0) < q["start"] \
                        and "se" in text[s0:q["start"]].lower():
                    whole = _WHOLE_LEVEL_BEFORE_RE.search(text, s0, q["start"])
                    if whole is not None and not any(whole.end() <= m["start"] < q["start"] and m["code"] for m in sent_mentions) \
                            and not _RANKED_BEFORE_WHOLE_RE.search(text, max(s0, whole.start() - 30), whole.start()):
                        # "Total penerima BLT-DD se-kabupaten tahun ini sebanyak 9.874 KPM": the whole regency of the
                        # village or district in view (not one named after the count: "dari 21.784 keluarga DTKS se-kota,
                        # sebanyak 8.153 keluarga berada di Pekalongan Utara"; nor a ranking: "tertinggi se-kabupaten dengan
                        # 12.300 jiwa" is the district's)
                        levels = _WHOLE_LEVELS[whole.group(1).lower()]
                        if region["code"].count(".") >= levels:
                            region = ancestor(region["code"], levels) or region
                spread = self.spread_over_re.match(text, q.get("tail_end", q["end"])) \
                    if region is not None and region["code"] and region["code"].count(".") >= 2 and not threshold else None
                if spread is not None and region["code"].count(".") == 3 and self.own_area_re.search(text, s0, q["start"]):
                    spread = None  # (the hamlets of the village in view: "penduduk desanya kini sekitar 26.300 jiwa yang
                    # tersebar di 68 kampung", session 23)
                if spread is not None:
                    # "untuk 410 keluarga penerima di 20 kecamatan": spread over the regency's districts (over a district's
                    # villages, "1.312 KPM yang tersebar di 23 desa" of Kecamatan Tebas, the district's)
                    own_district = not spread.group("districts") and region["code"].count(".") == 2 \
                        and region.get("end", q["start"] + 1) <= q["start"] \
                        and sum(1 for m in sent_mentions if m["end"] <= q["start"] and m["code"] and not m["frame"]
                                and m["code"].count(".") == 2) == 1 \
                        and not self.visit_before_re.search(text, max(0, region["start"] - 25), region["start"])
                    # (named before the count, not after it; the one district of its sentence; no visit's goal)
                    if not own_district and not spread.group("districts") and region["code"].count(".") == 2 \
                            and "start" not in region and not any(m["code"] and not m["frame"] for m in sent_mentions):
                        # (or the district in view, its villages all or a district's few: "terdapat 2.874 rumah tangga
                        # miskin yang tersebar di seluruh desa" after "Camat Cibeber ... di wilayahnya", session 22)
                        n = _spread_count(spread.group(0))
                        own_district = n is None or n < 50
                    parent = ancestor(region["code"], 3 if own_district else 2)
                    if parent is not None:
                        region = parent
                if region is not None and "start" in region and region["code"] and region["code"].count(".") >= 2 \
                        and region["end"] <= q["start"] and not threshold and any(
                            m["end"] <= region["start"] and m["code"] and siblings(m["code"], region["code"])
                            and _PLACE_LIST_GAP_RE.fullmatch(text, m["end"], region["start"]) for m in sent_mentions):
                    # "untuk 620 rumah di Kecamatan Amanuban Selatan, Kolbano dan Kot Olin, masing-masing sekitar Rp20
                    # juta": the last of a list of places is not the value's alone; their parent is
                    region = ancestor(region["code"], region["code"].count(".")) or region
                if metric == "budget" and region is None and not threshold and sub_place is None \
                        and self._central_spender(text, s0, q["start"]):
                    region = {"code": "ID", "name": "Indonesia"}  # (with no other place in view)
                if metric == "budget" and region is not None and sub_place is None:
                    spender = next((m for m in reversed(sent_mentions) if m["end"] <= q["start"] and m["in_agency"]
                                    and m["code"] and m["start"] > region.get("start", -1)
                                    and self.spender_before_re.search(text, max(s0, m["start"] - 25), m["start"])), None)
                    # the place the money goes to, named right after it ("Rp98,6 miliar bagi KPM di Garut")
                    goes_to = next((m for m in sent_mentions if m["start"] >= q["end"] and m["code"] and not m["frame"]
                                    and self.recipients_place_after_re.match(text, q["end"], m["start"])), None)
                    if spender is not None:
                        region = spender  # "..., Pemerintah Kabupaten Lamandau mengalokasikan Rp450 juta"
                    elif region["code"] != "ID" and goes_to is None and self._central_spender(text, s0, q["start"]):
                        region = {"code": "ID", "name": "Indonesia"}  # "Pemerintah pusat menyiapkan anggaran Rp 24,9 triliun"
                    elif main_region is not None and main_region["code"] and main_region["code"].count(".") == 1 \
                            and region["code"] != main_region["code"] and main_region["code"].startswith(region["code"] + ".") \
                            and self.own_government_re.search(text, s0, q["start"]):
                        # "pemkab mengalokasikan Rp9,3 miliar" after the province's rate: the story's regency spends
                        region = main_region
                    elif goes_to is not None and region["code"] and goes_to["code"].startswith(region["code"] + ".") \
                            and list_parent(goes_to, [m for m in sent_mentions if m["start"] >= goes_to["end"]], text) is None:
                        # (not a list of districts: "Rp6,2 miliar untuk bedah rumah 85 unit di Denpasar Selatan dan
                        # Denpasar Utara" is the city's money)
                        # "Rp3,1 miliar di antaranya diterima 5.214 KPM di Kecamatan Cawas" (a part: the topic stays,
                        # for the recipients counted with it too)
                        region, province_aside = goes_to, True
                        sent_part = bool(self.subset_after_re.match(text, q["end"]))
                if metric == "budget" and region is not None and region is ctx["region"] and main_region is not None \
                        and region["code"] and region["code"].count(".") >= 2 and main_region["code"] != "ID" \
                        and main_region["code"].count(".") <= 1 and region["code"].startswith(main_region["code"] + ".") \
                        and not self.village_funds_re.search(text, s0, q["start"]) \
                        and not (ctx["program"] and self.village_funds_re.search(ctx["program"])) \
                        and not self.per_recipient_opening_re.match(text, s0):
                    # a budget in a sentence naming no place is the regency's (or province's), not that of
                    # the district or village the sentence before was about (unless it is village money:
                    # "Total BLT DD tahun ini Rp403,2 juta", or the programme in view is: "Setiap keluarga
                    # membawa pulang Rp900.000" after the village's BLT DD, or the sentence gives the amount each
                    # recipient named before gets: "Setiap rumah mendapat bantuan Rp20 juta")
                    region = main_region
                elif metric == "beneficiary_count" and region is not None and region is ctx["region"] \
                        and main_region is not None and region["code"] and main_region["code"] != "ID" \
                        and main_region["code"].count(".") == 1 and region["code"].startswith(main_region["code"] + ".") \
                        and self.own_government_re.search(text, s0, q["start"]) \
                        and not any(m["start"] >= q["end"] for m in sent_mentions) \
                        and not self.place_anaphora_re.search(text, q["end"], e0) \
                        and not (region.get("name") and region["name"].split()[-1] in text[q["end"]:e0]):
                    # "pemkab menyalurkan bantuan pangan ... kepada 3.500 rumah tangga nelayan" after a village's story:
                    # the regency gives to its own people, not the village the sentence before was about
                    region = main_region
                if region is not None and region["code"] and "." in region["code"] and (
                        (metric in ("budget", "beneficiary_count") and may_hold(hits["province_funds"], s0, q["start"])
                         and self.province_funds_re.search(text, s0, q["start"]))
                        or (region is ctx["region"] or region is main_region)
                        and may_hold(hits["province_value"], s0, q["start"])
                        and self.province_value_re.search(text, s0, q["start"])
                        # (whatever place the sentence named before: "penduduk miskin Badung ... 13,2 ribu jiwa,
                        # dibandingkan 180,13 ribu jiwa di tingkat provinsi")
                        or self.province_value_after_re.match(text, q["end"])):
                    # "Dari anggaran provinsi, sebanyak Rp 214,6 miliar ...": the province's money
                    prov = next((m for m in mentions if m["code"] == region["code"].split(".")[0]), None) \
                        or ancestor(region["code"], 1)  # (also when the province is not named)
                    if prov is not None:
                        region, province_aside = prov, True  # (an aside: the topic stays where it was)
                if column is not None and column.place is not None:
                    # a cell under a header of places ("Indikator | Wonosobo | Jawa Tengah"): its column's place
                    named = {"code": "ID", "name": "Indonesia"} if column.nation else next(
                        (m for m in mentions if (m["start"], m["end"]) == column.place and m["code"]), None)
                    if named is not None:
                        region, province_aside = {"code": named["code"], "name": named["name"]}, True
                if q["family"] == "count" and q["noun"] is not None and region is not None and region.get("code") \
                        and region["code"] != "ID" \
                        and (depth := self.counted_level_depth.get(q["noun"].lower())) is not None \
                        and (region["code"].count(".") >= depth
                             or (depth == 1 and float(q["value"]) > self.max_regencies_in_province)):
                    # (more regencies and cities than any province has are the country's: "212 kabupaten/kota")
                    # places counted lie in a region above their level: "212 kabupaten/kota" after a regency named
                    # as an aside are the country's (in a national story) or the province's (session 22)
                    region = {"code": "ID", "name": "Indonesia"} if depth == 0 or ctx["national"] \
                        or region["code"].count(".") < depth else ancestor(region["code"], depth)
                    province_aside = True
                national_size = False
                program = None
                if metric in ("beneficiary_count", "budget", "welfare_registry_count"):
                    program = text[column.program[0]:column.program[1]] \
                        if column is not None and column.program is not None \
                        else self._program(q, sent_programs, ctx, metric, text, registry)
                    if program is None and subset_whole is not None and subset_whole["metric"] == metric:
                        program = subset_whole["program"]  # (a part of a registry's count: that registry)
                if region is not None and region.get("code") and region["code"] != "ID" and kind in ("level", "target") \
                        and ((metric in self.national_scale and abs(float(value)) >= self.national_scale[metric]) or (
                            "." in region["code"] and metric in self.regency_scale
                            and abs(float(value)) >= self.regency_scale[metric])) \
                        and not _CUMULATIVE_RE.search(text, s0, q["start"]):
                    # "10 juta KPM", "Rp408,8 triliun" in a story on Jawa Timur: no region below the nation's is that
                    # large in a year (an aside: the story's place stays; not a sum over years: "Sejak 2008, Aceh telah
                    # menerima dana otsus lebih dari Rp100 triliun")
                    region, province_aside = {"code": "ID", "name": "Indonesia"}, True
                    national_size = True
                pointed = ctx.get("aside_value_place")
                if pointed is not None and pointed[0] == sent_no - 1 and region is ctx["region"] and sent_cues \
                        and sent_cues[0]["start"] - s0 <= 2 and (self.cue_table[sent_cues[0]["cue"]].get("anaphora") or (
                            # (or a statistic of it named with "-nya": "Tingkat kemiskinan ekstremnya masih sekitar 2,3
                            # persen" after Brebes's count in a national story, session 20)
                            text[sent_cues[0]["start"]:sent_cues[0]["end"]].lower().endswith("nya"))) \
                        and q["family"] in pointed[3] and not any(m["end"] <= q["start"] for m in sent_mentions) \
                        and not self.other_level_re.search(text, s0, q["start"]):
                    # (of the value's own kind, and not after a word for another level: "Angka itu jauh di atas rata-rata
                    # provinsi sebesar 10,69 persen")
                    # "Angka itu turun 0,52 persen poin ..." after a ranked place's value: that place's change
                    region = {"code": pointed[1], "name": pointed[2]}
                aside = ctx.get("aside")
                if aside is not None and how == "context" and region is not None and region.get("code") == aside[0] \
                        and (year, month) == (ctx["year"], ctx["month"]) and not THEN_RE.search(text, s0, q["start"]) \
                        and (any(m["code"] == aside[0] and m["start"] < q["start"] for m in sent_mentions) or (
                            sent_no - 1 not in per_sent and sent_no - 1 not in dates_of
                            and any(m["code"] == aside[0] for m in mentions_of.get(sent_no - 1, ())))):
                    # back to the place in view, named again, after an earlier year of a part of it ("Di kabupaten
                    # kepulauan seperti Maluku Barat Daya, angka kemiskinan tahun 2013 masih sekitar 29 persen." ...
                    # "Kepala BPS Provinsi Maluku ... menjelaskan jumlah penduduk miskin berkurang 15,60 ribu jiwa"): the
                    # place's own period again (so too when the sentence before, with no figure nor date, named it: "Kepala BPS
                    # Maluku Utara ... menjelaskan penurunan terjadi ... . Persentase penduduk miskin perkotaan turun
                    # menjadi 3,15 persen")
                    year, month = aside[1], aside[2]
                if abroad_here and (ab := self.abroad_before_re.search(text, max(s0, q["start"] - 50), q["start"])) is not None:
                    region = {"code": None, "name": self.abroad_names[ab.group(1)]}  # "... Malaysia hanya 0,4 persen"
                elif abroad_here and (country := self._abroad_subject(text, q, s0, sent_mentions, st)) is not None:
                    region = {"code": None, "name": country}  # "Di Filipina, PSA mencatat ... pada 2023 sebesar 15,5 persen"
                fig = {
                    "metric": metric,
                    "value": _tidy(value),
                    "unit": unit if unit != "count" or metric == "other" else unit,
                    "region": region["name"] if region else None,
                    "region_code": region["code"] if region else None,
                    "year": year,
                    "month": month,
                    "kind": kind,
                    "approx": q["approx"],
                    "area": column.area if column is not None and column.area else
                    self._area(text, s0, q["start"], hits, q.get("after", q["end"]) if area_after else None)
                    if area_words or area_after else None,
                    "program": program,
                    "text": text[q["start"]:q["end"]],
                    "start": q["start"],
                    "end": q["end"],
                    "source": self._source(sources, q) if has_sources else None,
                    "speaker": self._speaker(sent_officials, text, q) if sent_officials else None,
                    "_how": how,
                    "_family": q["family"],
                    "_from": kind == "level" and (from_before or (earlier_words and self._earlier_before(text, rlow, hits, s0, q["start"]))
                                                  or _dated_aside(text, q["start"], sent_figs, sent_dates)
                                                  or self._listed_from_value(text, q, sent_figs, year, month)),
                    "_scale": q.get("scale_factor", 1.0),
                    "_sent": sent_no,
                    "_range": bool(q.get("range_partner")),
                    "_base_metric": base_metric,
                    "_signed": bool(sign) or float(value) < 0,  # (a change whose direction the text gives)
                    "_national_size": national_size,
                    # (the region carried from the context or the story's main region, no place of its sentence)
                    # (a place pointed back to, "di desa itu", is named again, not carried: session 21)
                    "_carried": region is not None and not any(m is region for m in sent_mentions) and not place_refs,
                    # (a part of a whole just named, and what the part's sentence goes on to count, tell no new topic:
                    # "Dari jumlah itu, Rp3,1 miliar di antaranya diterima 5.214 KPM di Kecamatan Cawas")
                    "_local": province_aside or side_sentence or sent_part or how == "subset" or bool(
                        sent_figs and sent_figs[0]["_how"] == "subset") or self.is_local(region, text) or (
                        # "Kecamatan Biringbulu mencatat penerima terbanyak, yakni 2.918 KPM": the top item of a
                        # ranking, not the story's new topic
                        region is not None and "start" in region and s0 <= region["start"] and region["end"] <= q["start"]
                        and may_hold(hits["ranking"], region["end"], q["start"])
                        and self._ranking_between(text, region["end"], q["start"])),
                }
                if twin is not None and how in ("context", "article", "none", "sentence", "clause"):
                    fig["year"], fig["month"], fig["_from"] = twin["year"], twin["month"], twin["_from"]
                bracket = ctx.get("bracket_period")
                if bracket is not None and list_line and how == "context" \
                        and text.rfind("(", s0, q["start"]) > text.rfind(")", s0, q["start"]):
                    # "- Kabupaten Nganjuk: 13,22 persen (13,91 persen)" under "... pada Maret 2013 (dalam kurung: Maret
                    # 2012):": the bracket's period
                    fig["year"], fig["month"], fig["_from"] = bracket[0], bracket[1], True  # (no new period)
                if how in ("base", "when") and kind == "level":
                    fig["_from"] = True  # (an earlier value the sentence looks back to: no new period)
                sent_figs.append(fig)
            self._list_period(text, sent_figs)
            if row is not None:
                ctx["row_metrics"] = (sent_no, {text.count(row[1], s0, f["start"]): f["metric"] for f in sent_figs},
                                      {text.count(row[1], s0, f["start"]): f["_family"] for f in sent_figs})
            self._series(text, s0, e0, sent_figs, ctx, article_year)
            if len(sent_figs) >= 2 and any(w in (low[s0:e0] if low is not None else text[s0:e0].lower())
                                           for w in ("masing", "turut")):
                self._respectively(text, s0, sent_figs, sent_cues, hits, sent_mentions, recent_figs, sent_dates)
                self._listed_periods_again(text, s0, e0, sent_figs, ctx)
            if article_year is not None:
                for f in sent_figs:
                    if f["kind"] == "target" and f["year"] is not None and (f["year"] < article_year or (
                            # (or a release month already past: "memperkirakan jumlah penduduk miskin, yakni 25,95 juta
                            # orang pada Maret 2018" in August 2018, session 23)
                            f["year"] == article_year and f.get("month") and f["month"] < int(article_date[5:7]))) \
                            and f["_how"] in ("attached", "clause", "sentence") and f["metric"] != "other":
                        said = list(self.target_re.finditer(text, s0, f["start"]))
                        if said and all(self.estimate_word_re.match(m.group()) for m in said) \
                                and not self.estimate_forecast_re.search(text, said[-1].end(), f["start"]) \
                                and not any(d["end"] <= said[0].start() and d.get("year") for d in sent_dates):
                            f["kind"] = "level"  # an estimate of a period gone by, no goal
                for f in sent_figs:
                    if f["kind"] == "level" and f["year"] is not None and f["year"] > article_year \
                            and f["metric"] not in ("budget", "other", "beneficiary_count") and f["_how"] != "budget_year":
                        f["kind"] = "target"  # a rate or count of a year still to come: a goal or a projection
            for f in sent_figs:
                if f["_family"] in ("persons", "households") and f["kind"] == "level" \
                        and _POINTED_BACK_COUNT_RE.match(text, f["end"]):
                    # "dari 2.400 KK tersebut baru sekitar 60 persen yang tercatat dalam DTSEN": the count told
                    # before, pointed back to, is that figure again (session 21)
                    g = next((g for g in reversed(figures) if g["_family"] == f["_family"] and g["metric"] != "other"
                              and g["kind"] == "level" and _same_value(g["value"], f["value"])
                              # (of the same place: not another regency's "2.400 KK tersebut")
                              and f["region_code"] in (None, g["region_code"])), None)
                    if g is not None:
                        for k in ("metric", "region", "region_code", "year", "month", "program", "area", "_base_metric"):
                            f[k] = g[k]
            figures.extend(sent_figs)
            prev_sent_figs = recent_figs + sent_figs  # (the figures of the two sentences before the next)
            recent_figs = sent_figs
            if sent_cues and sent_figs and all(f["metric"] == "other" for f in sent_figs):
                # (a statistic's phrase, apart from the count's own noun: not "diikuti lebih dari 300 peserta")
                named = [c for c in sent_cues if c["start"] > sent_figs[-1].get("_after", sent_figs[-1]["end"]) + 1
                         and not self.cue_table[c["cue"]].get("anaphora")
                         and self.cue_table[c["cue"]].get("map", {}).get("pct") not in (None, "other", "auto")
                         and not self.cue_table[c["cue"]]["map"]["pct"].startswith("auto")]
                if named:
                    # "sebanyak 29 provinsi mencatat penurunan persentase penduduk miskin ... . Penurunan terdalam ... yang
                    # angkanya turun 0,71 persen poin": the metric named after a count of other things, for the next
                    # sentence that points back with no metric of its own (session 22)
                    ctx["aside_cue"] = (sent_no, named[-1]["cue"])
            before = (ctx["year"], ctx["month"])
            self._update_context(ctx, sent_figs, sent_mentions, sent_programs, sent_dates, text, s0)
            if sent_mentions and (head := self._own_area_head(text, s0, e0, sent_mentions)) is not None \
                    and any(f["region_code"] == head["code"] for f in sent_figs):
                # "Bupati Sumba Tengah ... melaporkan angka kemiskinan di daerahnya ... 30,80 persen": the official's
                # area stays the topic of the sentences after it, even in a national story (session 22)
                ctx["region"] = {"code": head["code"], "name": head["name"]}
            if before[0] is not None and (ctx["year"], ctx["month"]) != before and self.earlier_opening_re.match(text, s0) \
                    and all(f["kind"] == "level" for f in sent_figs):
                # "Setahun sebelumnya, ...": the period looked back to holds to the end of its paragraph
                end = text.find("\n\n", e0)
                ctx["lookback"] = (*before, end if end != -1 else len(text), (ctx["year"], ctx["month"]))
            if not any(f["metric"] == "welfare_registry_count" and f["_how"] != "context" for f in sent_figs):
                self._registry_date(ctx, sent_registries, sent_dates, text)
            elif sent_registries:
                dated = next((f for f in reversed(sent_figs) if f["metric"] == "welfare_registry_count"
                              and f["kind"] == "level" and f["_how"] in ("attached", "clause", "sentence")), None)
                if dated is not None:
                    ctx["registry_period"] = (dated["year"], dated["month"])  # the registry's date, for its deciles
            self._narrative_time(ctx, sent_dates, text)
        for f, g in zip(figures, figures[1:], strict=False):
            if f["_range"] and g["_sent"] == f["_sent"] and 0 <= g["start"] - f["end"] <= 12 and g["metric"] != "other" \
                    and f["metric"] != g["metric"]:
                # a range's first end measures what its second does ("Sekitar 3-4 persen penduduk ... tergolong miskin
                # ekstrem": the cue after the second end names both)
                f["metric"], f["kind"] = g["metric"], g["kind"]
                if f["region_code"] is None:
                    f["region"], f["region_code"] = g["region"], g["region_code"]
        self._adopt_restated_years(figures)
        headline_end = first_line_end
        undated_headline = headline_end > 0 and not _HEADLINE_DATE.search(
            text, exact_low, text.rfind("\n", 0, headline_end) + 1, headline_end)
        if headline_end > 0:
            self._headline_as_in_body(figures, headline_end)
        if headline_end > 0:
            # (a headline naming only the year, "Kemiskinan Kota Solok 2019 Turun Jadi 3,44 Persen": the month of
            # the body's restatement in that year)
            self._headline_restated(figures, headline_end, year_only=not undated_headline)
        for f in figures:
            if f["kind"] == "change" and (f["_how"] in ("article", "none") or undated_headline) \
                    and 0 <= f["start"] < headline_end:
                # a headline's change ("Penduduk Miskin X Bertambah 320 Orang") ends at the latest period
                # the article gives that metric
                dated = [(g["year"], g["month"] or 0) for g in figures if g is not f and g["metric"] == f["metric"]
                         and g["kind"] != "target" and g["year"] is not None
                         and g["_how"] in ("attached", "clause", "sentence", "list", "series", "context")]
                if dated:
                    year, month = max(dated)
                    f["year"], f["month"] = year, month or None
        self._changes_between_levels(figures, text)
        self._pairs_of_shares(figures, text)
        if main_region is not None and main_region.get("code") not in (None, "ID"):
            self._national_story(figures, main_region["code"])
        figures = self._dedup(figures)
        for f in figures:
            for k in _PRIVATE_FIELDS:
                del f[k]
        st["figures"] = figures
        set_doc_ext(doc, "figures", figures)
        return doc

    def _narrative_time(self, ctx: dict, dates: list[dict], text: str) -> None:
        """"Saat itu pemerintah menaikkan harga Pertalite ...": the story is told at the period in view, and
        the programme figures after it ("BLT BBM ... disalurkan kepada 20,65 juta KPM") are of that time too."""
        if ctx["year"] is not None and any(d["kind"] == "relative" and d.get("context") and
                                           " ".join(text[d["start"]:d["end"]].lower().split()) in self.narrative_then
                                           for d in dates):
            ctx["year_of_programmes"], ctx["programme_metric"] = True, None

    def _registry_date(self, ctx: dict, registries: list | None, dates: list[dict], text: str) -> None:
        """A registry named with its own date ("DTSEN per Agustus 2025", "data P3KE hasil verifikasi akhir 2023")
        dates the registry counts that follow it (its list of districts, its total), not the release being
        discussed."""
        if not registries:
            return
        now = ctx["article_year"]
        own = [d for d in dates if not d["base"] and d.get("year") and (d["kind"] == "month" or (
            # (a year written right after the registry, "data P3KE hasil verifikasi akhir 2023"; not a goal's,
            # "penghapusan kemiskinan ekstrem yang ditargetkan tuntas pada 2024")
            d["kind"] == "year" and (now is None or d["year"] <= now) and any(
                0 <= d["start"] - r["end"] <= 40 and not self.target_fast.search(text, r["end"], d["start"])
                or 0 <= d["start"] - r["end"] <= 200 and self.registry_release_between_re.fullmatch(text, r["end"], d["start"])
                for r in registries)))]
        if own:
            ctx["year"], ctx["month"] = own[-1]["year"], own[-1].get("month")
            ctx["registry_period"] = (own[-1]["year"], own[-1].get("month"))
            ctx["year_of_programmes"], ctx["programme_metric"] = True, "welfare_registry_count"
            ctx["month_family"] = None

    def _graduates(self, text: str, q: dict, s0: int, e0: int, in_registry: bool = False) -> bool:
        """Whether count ``q`` counts recipients who leave a programme: a graduation word in its own clause
        after it ("412 KPM PKH graduasi", "412 keluarga penerima manfaat (KPM) PKH di Kabupaten Kolaka Timur
        menyatakan keluar dari program"), or before it with no recipients' word in between
        ("Graduasi terbanyak berasal dari Kecamatan Ladongi dengan 63 KPM"); never a count given to someone
        ("menyalurkan BLT kepada 5.200 KPM yang belum pernah menerima bantuan lain") or one that receives
        after all ("8.400 KPM yang tahun lalu belum menerima BPNT kini sudah mendapat bantuan")."""
        graduation_re = self.leavers_re if in_registry else self.graduation_re  # (waiting for aid is still in a registry)
        if _GRADUATED_AFTER_RE.match(text, q["end"]):
            return True  # "mencatat sekitar 2.960 KPM PKH se-Sulut telah graduasi" (session 21)
        if self.remaining_recipients_re.search(text, s0, q["start"]) and not graduation_re.search(text, s0, q["start"]):
            return False  # (a recipients' word before the count, and no leavers' word: the count receives)
        after = graduation_re.search(text, q["end"], min(e0, q["end"] + 130))
        if after is not None and not _OTHER_CLAUSE_RE.search(text, q["end"], after.start()):
            rest = _CLAUSE_END_RE.search(text, after.end(), e0)
            if not self.remaining_recipients_re.search(text, after.end(), rest.start() if rest else e0):
                return True
        last_end = max((m.end() for m in graduation_re.finditer(text, s0, q["start"])), default=None)
        return last_end is not None and self.remaining_recipients_re.search(text, last_end, q["start"]) is None

    def _ranking_between(self, text: str, a: int, b: int) -> bool:
        """A ranking's superlative between a place and its value ("mencatat penerima terbanyak, yakni"; not
        a change's, "mencatat penurunan terbesar, yakni")."""
        m = self.ranking_re.search(text, a, b)
        return m is not None and not self.change_noun_before_re.search(text, max(a, m.start() - 16), m.start())

    def _cue_after_compared_opening(self, text: str, q: dict, s0: int, e0: int, q_cues: list[dict],
                                    sent_cues: list[dict], sent_qs: list[dict]) -> str | None:
        """The metric named after the first comma of a sentence that opens on the period compared with and
        holds ``q`` before that comma, with no metric of its own ("Dibandingkan September 2014 yang sebesar
        Rp312.328, garis kemiskinan naik 5,91 persen"); None when the sentence is not so built."""
        if any(c["start"] >= s0 and not self.cue_table[c["cue"]].get("anaphora") for c in q_cues) \
                or not self.compared_opening_re.fullmatch(text, s0, q["start"]):
            return None
        comma = text.find(",", q.get("tail_end", q["end"]), min(e0, q["end"] + 40))
        if comma == -1 or any(q["end"] <= x["start"] < comma for x in sent_qs):
            return None
        for c in sent_cues:
            if comma < c["start"] < e0 and not self.cue_table[c["cue"]].get("anaphora"):
                if any(comma < x["start"] < c["start"] for x in sent_qs):
                    return None  # (a cue past the next value is that value's)
                metric = self.cue_table[c["cue"]].get("map", {}).get(q["family"])
                if metric is not None and not metric.startswith("auto"):
                    return metric
        return None

    def _central_spender(self, text: str, s0: int, qs: int) -> bool:
        """Whether the central government is the spender of the money at ``qs``: named before it in the
        sentence, with no other spender or contrast between ("..., sedangkan pemerintah daerah ...")."""
        last = None
        for m in self.central_spender_re.finditer(text, s0, qs):
            last = m
        # (not the partner of a government named first: "Pemerintah Kota Palembang bersama pemerintah pusat
        # menggelontorkan Rp18,25 miliar" is the city's money)
        return last is not None and self.other_spender_re.search(text, last.end(), qs) is None \
            and _JOINT_BEFORE_RE.search(text, max(s0, last.start() - 10), last.start()) is None

    @staticmethod
    def _headline_as_in_body(figures: list[dict], headline_end: int) -> None:
        """A headline count the body states again to the unit ("15.450 di Antaranya Warga Kampar" ... "data
        P3KE mencatat 15.450 jiwa di Kampar") is what the body, with its context, says it is: its metric
        and programme. Only exact repeats of distinctive values (100 and more, or with decimals)."""
        for f in figures:
            if f["start"] >= headline_end:
                break
            if f["kind"] != "level" or f["metric"] == "other" or f["_family"] not in ("persons", "households", "bare"):
                continue
            value = float(f["value"])
            if (abs(value) < 100 and value == int(value)) or (f["_family"] == "bare" and abs(value) < 1000):
                continue  # (a bare headline number repeats a count only when it is as long as one)
            g = next((g for g in figures if g["start"] >= headline_end and g["kind"] == "level"
                      and (g["_family"] == f["_family"] or (f["_family"] == "bare" and g["_family"] in ("persons", "households")))
                      and g["metric"] != "other" and float(g["value"]) == value), None)
            if g is None and f["_how"] in ("context", "article", "none"):
                # ("DTSEN Bantul: 6.812 Keluarga Dicoret, 4.275 Masuk" ... "6.812 keluarga dikeluarkan dari data,
                # sementara 4.275 keluarga baru dimasukkan"): the change the body tells, with its date
                ch = next((g for g in figures if g["start"] >= headline_end and g["kind"] == "change"
                           and g["_family"] in ("persons", "households") and g["metric"] != "other"
                           and abs(float(g["value"])) == value), None)
                if ch is not None:
                    f.update(metric=ch["metric"], program=ch["program"], unit=ch["unit"], kind="change", value=ch["value"],
                             year=ch["year"], month=ch["month"], region=ch["region"], region_code=ch["region_code"])
                    continue
            if g is not None and g["metric"] != f["metric"]:
                f["metric"], f["program"], f["unit"] = g["metric"], g["program"], g["unit"]
                if f["_family"] == "bare":
                    f["region"], f["region_code"] = g["region"], g["region_code"]
            if g is not None and g["region_code"] and f["region_code"] != g["region_code"] \
                    and f["region_code"] and g["region_code"].startswith(f["region_code"] + "."):
                # ("Kasemen Jadi Kantong Kemiskinan Ekstrem di Kota Serang, 3.112 Keluarga Masuk Desil 1" ...
                # "3.112 keluarga di Kasemen"): the body's count of the part the headline names, with its date
                f["region"], f["region_code"], f["year"], f["month"] = g["region"], g["region_code"], g["year"], g["month"]
            elif g is not None and f["month"] is None and g["month"] and f["year"] == g["year"] \
                    and f["_how"] in ("context", "article", "none") and f["metric"] == g["metric"]:
                # ("8.932 Keluarga di Paluta Masuk Desil 1" ... "DTSEN per April 2025 ... 8.932 keluarga"): the
                # month the body gives the count it repeats
                f["month"] = g["month"]

    def _changes_between_levels(self, figures: list[dict], text: str) -> None:
        """A change the text does not date, whose size is exactly the difference of two levels of its
        metric and region given before it ("... dari 11,84 persen pada 2017 menjadi 11,73 persen pada
        2018." ... "turunnya cuma 0,11 persen poin"), is the change between them: it ends at the later one,
        and when no word gives its direction ("Dalam setahun hanya 0,32 poin") it goes the way they went."""
        for i, f in enumerate(figures):
            if f["kind"] != "change" or f["_how"] not in ("context", "article", "none") or not f["value"]:
                continue
            size = abs(float(f["value"]))
            # (not when a figure of its own release moved the period there after the two levels: "... Maret 2023
            # turun menjadi 16,34 persen. Pada Maret 2024, jumlah penduduk miskin tercatat 180.000 jiwa.
            # Persentasenya kembali turun 0,3 persen poin" is the change to March 2024)
            setter = next((g for g in reversed(figures[:i]) if (g["year"], g["month"] or 0) == (f["year"], f["month"] or 0)), None) \
                if f["_how"] == "context" else None
            if setter is not None and (self.release_family.get(setter["metric"]) != self.release_family.get(f["metric"])
                                       or setter["region_code"] != f["region_code"]):
                setter = None  # (another kind of figure, or another region's aside: "rata-rata Kalteng ... Maret 2019")
            levels = [g for g in figures[:i] if g["kind"] == "level" and g["metric"] == f["metric"]
                      and g["region_code"] == f["region_code"] and g["year"] is not None][-8:]
            best = self._difference_period(levels, size, setter)
            if best is None and all(g["_how"] in ("article", "none", "context") for g in figures[:i + 1]):
                # a change told before anything is dated, and its two levels later ("Kemiskinan
                # Cuma Turun 0,21 Persen" ... "14,88 persen ... pada Maret 2023. Setahun sebelumnya, 15,09 persen")
                later = [g for g in figures[i + 1:] if g["kind"] == "level" and g["metric"] == f["metric"]
                         and g["region_code"] == f["region_code"] and g["_how"] not in ("article", "none")][:8]
                best = self._difference_period(later, size, None)
            if best is not None:
                f["year"], f["month"] = best[0][0], best[0][1] or None
                if not f["_signed"] and float(f["value"]) > 0 and best[1] < 0 and not self.gap_after_re.match(text, f["end"]) \
                        and not self.gap_before_re.search(text, max(0, f["start"] - 60), f["start"]):
                    f["value"] = _tidy(-float(f["value"]))

    @staticmethod
    def _national_story(figures: list[dict], main: str) -> None:
        """A story whose figures are the nation's by their size (two or more: "10 juta KPM", "Rp110 triliun")
        and that gives its main region figures of its own in one sentence at most ("1,3 juta KK berada di DKI Jakarta") is the
        nation's: the figures that only carried that region over are the nation's too."""
        own = {f["_sent"] for f in figures if f["region_code"] == main and not f["_carried"] and f["metric"] != "other"}
        if sum(1 for f in figures if f["_national_size"]) < (2 if own else 1):
            return  # (one is enough when the main region gives no figure of its own: "... 26,36 juta orang" in an
            # economist's story whose only province is named at its end for its minimum wage, session 21)
        if len(own) > 1:
            return  # (the main region's own figures in two sentences or more: a regional story with national asides)
        for f in figures:
            if f["_carried"] and (f["region_code"] == main or (
                    # (or its regency, where a poverty line carried over from a village climbs: session 21)
                    f["region_code"] and main and main.startswith(f["region_code"] + "."))):
                f["region"], f["region_code"] = "Indonesia", "ID"

    def _pairs_of_shares(self, figures: list[dict], text: str) -> None:
        """A from-value whose to-value is a share of something else ("kenaikan dana Otsus dari 2 persen menjadi 2,25
        persen dari plafon DAU") is that share too, no statistic of its own."""
        for f, g in zip(figures, figures[1:], strict=False):
            if f["_from"] and f["metric"] != "other" and g["metric"] == "other" and f["_sent"] == g["_sent"] \
                    and f["_family"] == g["_family"] == "pct" and _TO_VALUE_RE.search(text, max(f["end"], g["start"] - 20), g["start"]) \
                    and self.share_of_re.match(text, g["end"]):
                f["metric"] = "other"

    @staticmethod
    def _difference_period(levels: list[dict], size: float, setter: dict | None) -> tuple[tuple[int, int], int] | None:
        """The later period of two ``levels`` of different periods whose difference is ``size`` (the last such
        pair; with ``setter``, only a pair one of which is it or comes after it), and which way the value went
        from the earlier to the later (1 or -1); else None."""
        best = None
        for a, g in enumerate(levels):
            for h in levels[a + 1:]:
                pg, ph = (g["year"], g["month"] or 0), (h["year"], h["month"] or 0)
                if pg != ph and abs(abs(float(g["value"]) - float(h["value"])) - size) < 1e-6 * max(1.0, size) \
                        and (setter is None or setter["start"] <= max(g["start"], h["start"])):
                    early, late = (g, h) if pg < ph else (h, g)
                    best = (max(pg, ph), 1 if float(late["value"]) >= float(early["value"]) else -1)
        return best

    @staticmethod
    def _headline_restated(figures: list[dict], headline_end: int, year_only: bool = False) -> None:
        """A level in a headline that names no date ("Kemiskinan Berau Turun Tipis, Kini 5,12 Persen")
        takes the period of its restatement in the body dated there ("pada Maret 2023 ... 5,12 persen");
        with ``year_only`` (the headline names a year), a level with a year and no month takes the month of
        its restatement in that year."""
        for f in figures:
            if f["start"] >= headline_end:
                break
            if f["kind"] != "level" or f["metric"] == "other" or (year_only and (f["month"] is not None
                                                                                    or f["year"] is None)):
                continue
            for g in figures:
                if g["start"] < headline_end or g["_how"] not in ("attached", "clause", "sentence") or g["_from"] \
                        or (g["metric"], g["kind"], g["region_code"]) != (f["metric"], f["kind"], f["region_code"]) \
                        or (year_only and g["year"] != f["year"]):
                    continue
                if restated_value(f, g):
                    f["year"], f["month"] = g["year"], g["month"]
                    break

    def _abroad_subject(self, text: str, q: dict, s0: int, sent_mentions: list[dict], st: dict) -> str | None:
        """The country abroad quantity ``q`` is about, in the two forms that make a country a sentence's setting or
        subject: opening it ("Di Filipina, PSA mencatat ... 15,5 persen"; "Sementara Vietnam pada 2023 mencatat ...")
        with no place of Indonesia, no second country and no turn to Indonesia after it; or right after the count as
        its people ("17,5 juta warga Filipina"). Not a country in a side clause ("Saat Malaysia memperketat perbatasan,
        angka kemiskinan naik ...")."""
        qs = q["start"]
        after = self.abroad_people_after_re.match(text, q.get("tail_end", q["end"]))
        if after is not None:
            return self.abroad_names.get(after.group(1))
        opening = self.abroad_opening_re.match(text, s0, qs)
        if opening is None:
            return None
        country = self.abroad_word_re.search(text, opening.start(), opening.end())
        if country is None:
            return None
        name = country.group()
        rest_start = country.end()
        if any(rest_start <= m["start"] < qs and m["code"] and not m["frame"] for m in sent_mentions) \
                or self.abroad_value_stop_re.search(text, rest_start, qs) \
                or any(self.abroad_names.get(m.group()) != self.abroad_names.get(name)
                       for m in self.abroad_word_re.finditer(text, rest_start, qs)):
            return None  # (the same country again is no other: "Di Filipina, Otoritas Statistik Filipina (PSA) ...")
        return self.abroad_names.get(name)

    def _label_metric(self, label: str, family: str) -> str | None:
        """The metric the last cue in a table's column label (or caption) gives numbers of ``family``."""
        found = None
        for m in self.cue_rx.finditer(label):
            metric = self.cue_table[int(m.lastgroup[1:])].get("map", {}).get(family)
            if metric:
                found = metric
        if found == "poverty_line" and _PER_HOUSEHOLD_LABEL_RE.search(label):
            found = "poverty_line_household"  # "Garis Kemiskinan per Rumah Tangga"
        if found is None and family in ("persons", "households") \
                and any(self._is_registry(word) for word in label.replace("(", " ").replace(")", " ").split()):
            found = "welfare_registry_count"  # "Keluarga DTSEN": the families a registry counts (session 22)
        if found in ("auto", "auto_extreme"):
            extreme = found == "auto_extreme"
            rate = family == "pct"
            found = ("extreme_poverty_" if extreme else "poverty_") + ("rate" if rate else "count")
        return found

    def _plausible(self, metric: str, value: float) -> bool:
        """Whether ``value`` lies within the plausible range of ``metric`` (``metric_cues.yaml``)."""
        bounds = self.plausible.get(metric)
        return bounds is None or bounds[0] <= abs(float(value)) <= bounds[1]

    def _earlier_before(self, text: str, rlow: str | None, hits: dict, s0: int, qs: int) -> bool:
        """Whether the words right before the number at ``qs`` mark an earlier level ("sebelumnya
        ..."); searched only when one of the pattern's words lies there."""
        start = max(s0, qs - 40)
        return may_hold(hits["earlier"], start, qs) and found_before(self.earlier_before, text, rlow, start, qs)

    def _work_just_told(self, ctx: dict, sent_no: int, list_line: bool, text: str, s0: int, e0: int) -> bool:
        """Whether the sentence at ``s0:e0`` goes on about programme work the sentence right before dated with its
        recipients ("sepanjang 2013 Pemkab menyalurkan Raskin kepada 13.420 rumah tangga. ... memperbaiki 412 unit
        rumah dengan anggaran Rp4,1 miliar"): not a list's line, nor money set aside every year or planned."""
        return bool(ctx.get("year_of_programmes")) and ctx.get("programmes_sent") == sent_no - 1 and not list_line \
            and not self.every_year_re.search(text, s0, e0) and not self.plan_money_re.search(text, s0, e0)

    @staticmethod
    def _listed_province(text: str, place: dict, mentions: list[dict]) -> bool:
        """Whether province ``place`` is first named as the label of a bulleted or numbered line, among at least
        three such lines each opening on another province ("1. DKI Jakarta: ...", "2. Papua: ...")."""
        if not place.get("code") or "." in place["code"] or place["code"] == "ID":
            return False
        labels = set()
        for m in mentions:
            if m["code"] and "." not in m["code"] and m["code"] != "ID" and not m.get("apposition"):
                line = text.rfind("\n", 0, m["start"]) + 1
                if m["start"] > line and _BULLET_RE.fullmatch(text, line, m["start"]):
                    labels.add(m["code"])
                    if m["code"] == place["code"] and m["start"] > place["start"]:
                        return False  # (named in running text before its line)
        return place["code"] in labels and len(labels) >= 3

    def _as_example(self, text: str, place: dict) -> bool:
        """Whether ``place`` is named as an example ("Di Papua, misalnya, ...", "seperti di Papua")."""
        return bool(self.example_after_re.match(text, place.get("end", place["start"]))
                    or self.example_before_re.search(text, max(0, place["start"] - 30), place["start"]))

    def _bracket_scale(self, text: str, qs: int) -> tuple[float, str] | None:
        """(scale, unit family) of the last unit in brackets before ``qs`` in its paragraph ("(penduduk miskin
        dalam ribu jiwa; persentase)"), or None."""
        para = text.rfind("\n", 0, qs) + 1
        if text.find("(", para, qs) < 0:
            return None
        heads = list(self.bracket_scale_re.finditer(text, para, qs))
        if not heads:
            return None
        head = heads[-1]
        unit = head.group(2).lower()
        family = "persons" if unit in ("jiwa", "orang", "penduduk") else "households"
        return (1000.0 if head.group(1).lower() == "ribu" else 1_000_000.0), family

    def _prev_metric(self, q: dict, q_cues: list[dict], sent_figs: list[dict], ctx: dict,
                     part: bool = False) -> dict | None:
        """The metric before quantity ``q`` that it may repeat: the sentence's last real figure (in a
        list of pairs, "X 12,38 ribu jiwa (5,91 persen), Y 7,64 ribu jiwa (5,83 persen)", the last
        level of the same unit family), the last metric when an anaphora or subset cue is right
        before it, else the metric carried for its family or the last one (``part``: the sentence
        names a district or a village by its kind before ``q``, whose count it may be)."""
        fam = q["family"]
        last_real = None
        for f in reversed(sent_figs):
            if f["metric"] != "other":
                last_real = f
                break
        if last_real is not None:
            if fam == "idr" and last_real["_family"] == "pct" and last_real["kind"] == "change" \
                    and (last_real["metric"].startswith("poverty_line") or self.units.get(last_real["metric"]) == "idr"):
                # "Angka ini naik 6,12 persen dibanding Maret 2022 yang sebesar Rp798.447": the line the rise is of (or
                # the money: "Nilai itu naik sekitar 11,3 persen dibandingkan outlook 2023 yang diperkirakan Rp443,5 triliun")
                return {"metric": last_real["metric"], "family": "idr"}
            if last_real["_family"] != fam:
                for f in reversed(sent_figs):
                    if f["metric"] != "other" and f["_family"] == fam and f["kind"] == "level":
                        return {"metric": f["metric"], "family": f["_family"]}
            return {"metric": last_real["metric"], "family": last_real["_family"]}
        if fam == "idr" and q_cues and ctx.get("named_line") and (
                (entry := self.cue_table[q_cues[-1]["cue"]]).get("anaphora") or entry.get("line_anaphora")):
            return {"metric": ctx["named_line"], "family": "idr", "named_line": True}
        if ctx["last"] is not None and q_cues:
            entry = self.cue_table[q_cues[-1]["cue"]]
            if (entry.get("subset") or entry.get("anaphora")) and not (fam == "idr" and ctx["last"][1] != "idr"):
                # (money points back only to money: "... kepada 32.510 KPM. Nilainya naik menjadi Rp200 ribu" is the aid's)
                if fam == "pct" and q["unit"] == "percent" and ctx["last"][1] != "pct" \
                        and self.units.get(ctx["last"][0]) == "index" and ctx["metric_by_family"].get("pct"):
                    # an index is never in percent ("Dengan capaian tersebut, ... angka Provinsi
                    # Sumatera Barat 6,65 persen" after P2): the percent statistic named before
                    return {"metric": ctx["metric_by_family"]["pct"], "family": "pct"}
                if fam == "pct" and ctx["last"][1] == "idr" and ctx["metric_by_family"].get("pct") \
                        and ctx["family_sent"].get("pct", -9) >= ctx["sent_no"] - 1:
                    # "... 23,34 persen, dengan garis kemiskinan Rp282.914 ... . Angka itu turun dari 24,02 persen": the
                    # percent named with the line, not the line
                    return {"metric": ctx["metric_by_family"]["pct"], "family": "pct"}
                return {"metric": ctx["last"][0], "family": ctx["last"][1]}
        if fam == "idr":
            return None
        fam_prev = ctx["metric_by_family"].get(fam)
        poverty = ctx.get("poverty_by_family", {}).get(fam)
        if fam_prev and poverty and fam_prev not in _POVERTY_METRICS \
                and ctx.get("sent_no", -1) - ctx.get("family_sent", {}).get(fam, -9) > 2:
            # a side statistic named a while ago ("Pertumbuhan ekonomi ... 4,92 persen", three answers
            # back) does not carry to a bare value; the story's poverty statistic of that unit does
            # ("Dibanding provinsi? - Provinsi Lampung pada Maret 2024 sebesar 10,69 persen")
            fam_prev = poverty
        if fam_prev:
            return {"metric": fam_prev, "family": fam}
        if part and ctx["metric"] and ctx["metric"][1] != fam and ctx["metric_pair"].get(fam) == ctx["metric"][0]:
            # the last statistic was given in two units ("tercatat dalam DTKS ... 15.740 jiwa dari 5.214 keluarga"): a
            # district's bare count in the other of them is its part ("Kecamatan X menempati urutan teratas dengan 4.215
            # jiwa"; not "1.126 keluarga diusulkan masuk", a count of its own)
            return {"metric": ctx["metric"][0], "family": fam}
        return {"metric": ctx["metric"][0], "family": ctx["metric"][1]} if ctx["metric"] else None

    def _explicit_beneficiary(self, q: dict, q_cues: list[dict], text: str, beneficiary_after: bool | None) -> bool:
        """Whether the words right after ``q`` or the cue right before it name beneficiaries;
        ``beneficiary_after`` is the check of the words after, when already made."""
        if q.get("unit_word") in self.beneficiary_units:
            return True  # "94 KPM": keluarga penerima manfaat, beneficiaries by name
        if beneficiary_after is None:
            beneficiary_after = self.beneficiary_after_re.match(text, q["end"]) is not None
        return beneficiary_after or any(
            self.cue_table[c["cue"]].get("map", {}).get(q["family"]) == "beneficiary_count" for c in q_cues[-1:])

    def _own_area_head(self, text: str, s0: int, e0: int, sent_mentions: list[dict]) -> dict | None:
        """The place an official's title names ("Camat Cibeber", "Bupati Sumba Tengah") when the sentence points back to
        the area the official heads ("di wilayahnya", "di daerahnya"); None otherwise."""
        own = self.own_area_re.search(text, s0, e0)
        if own is None:
            return None
        return next((m for m in reversed(sent_mentions) if m["code"] and m["end"] <= own.start()
                     and not m.get("apposition") and self.head_title_before_re.search(
                         text, max(s0, m["start"] - 25), m["start"])), None)

    def _composed_whole(self, q_cues: list[dict], s0: int, recent_figs: list[dict], sent_no: int,
                        text: str) -> dict | None:
        """The whole the sentence before told first and then parted ("Garis kemiskinan ... Rp612.935, terdiri atas garis
        kemiskinan makanan Rp469.820 dan ... bukan makanan Rp143.115"), when a pointing-back phrase opens this sentence
        ("Nilai itu naik 5,12 persen"): that figure, not its last part (session 22); None otherwise."""
        if q_cues and q_cues[0]["start"] - s0 <= 2 and self.cue_table[q_cues[0]["cue"]].get("anaphora") \
                and len(recent_figs) >= 3 and recent_figs[0]["_sent"] == sent_no - 1 \
                and self.composed_of_re.search(text, recent_figs[0]["end"], recent_figs[1]["start"]):
            return recent_figs[0]
        return None

    def _program(self, q: dict, sent_programs: list[dict], ctx: dict, metric: str, text: str,
                 registry: list[dict]) -> str | None:
        if metric == "welfare_registry_count":
            regs = [r for r in registry]
            names = {text[r["start"]:r["end"]].upper() for r in regs}
            if len(names) == 1:
                short = [p["text"] for p in sent_programs if p["text"].upper() == next(iter(names))]
                return short[0] if short else text[regs[0]["start"]:regs[0]["end"]]
            acronyms = {n for n in names if " " not in n}
            if len(acronyms) == 1 and len(names) == 2:
                # "Data Tunggal Sosial dan Ekonomi Nasional (DTSEN)": one registry, by its short name
                return next(text[r["start"]:r["end"]] for r in regs if text[r["start"]:r["end"]].upper() in acronyms)
            return None
        after = [p for p in sent_programs if 0 <= p["start"] - q["end"] <= 60]
        if after and metric == "beneficiary_count" and (self.beneficiary_after_re.match(text, q["end"])
                                                        or self.holder_between_re.fullmatch(text, q["end"], after[0]["start"])):
            return after[0]["text"]  # (also the card's or cover's holders: "480 orang yang terlindungi Asuransi Nelayan")
        before = [p for p in sent_programs if p["end"] <= q["start"]]
        if before:
            return before[-1]["text"]
        if metric == "budget" and ctx["program"] is not None and self._is_registry(ctx["program"]):
            return None  # (a registry named before funds no money the next sentences tell: "... dipadankan ke DTSEN."
            # then "anggaran ... mencapai Rp48,6 triliun", session 22)
        return ctx["program"]

    @staticmethod
    def _sentence_sources(text: str, s0: int, agencies: list[dict]) -> tuple[list[dict], list[dict]]:
        """The agencies of a sentence that can be a figure's source, found once for all its figures:
        the statistics agencies, else those cited ("menurut BPS", "data Dinas Sosial")."""
        stat = [a for a in agencies if _STAT_AGENCY_RE.search(a["text"])]
        if stat:
            return stat, []
        return [], [a for a in agencies if _SOURCE_CUE_RE.search(text[max(s0, a["start"] - 30):a["start"]])]

    @staticmethod
    def _source(sources: tuple[list[dict], list[dict]], q: dict) -> str | None:
        """The source of quantity ``q`` among its sentence's ``_sentence_sources``."""
        stat, cited = sources
        if stat:
            return stat[-1]["text"] if stat[-1]["start"] < q["start"] else stat[0]["text"]
        cited = [a for a in cited if a["start"] < q["start"]]
        return cited[-1]["text"] if cited else None

    @staticmethod
    def _speaker(officials: list[dict], text: str, q: dict) -> str | None:
        """The official quoted: the first named after ``q`` in its sentence, else the last before."""
        if not officials:
            return None
        after = [o for o in officials if o["start"] >= q["end"]]
        pick = after[0] if after else officials[-1]
        return text[pick["start"]:pick["end"]]

    def _listed_from_value(self, text: str, q: dict, sent_figs: list[dict], year: int | None, month: int | None) -> bool:
        """A value listed after a dated from-value, of its own earlier date ("turun dari 15,47 persen pada Maret
        2022 dan 16,12 persen pada Maret 2021"): a from-value too (the period in view stays the to-value's; not
        "turun dari 14,52 persen pada Maret 2022 dan 13,90 persen pada Maret 2024", where the later one is)."""
        prev = sent_figs[-1] if sent_figs else None
        return prev is not None and prev["_from"] and prev["kind"] == "level" and prev["_family"] == q["family"] \
            and year is not None and prev["year"] is not None and (year, month or 0) < (prev["year"], prev["month"] or 0) \
            and self.from_list_gap_re.fullmatch(text, prev["end"], q["start"]) is not None

    def _listed_periods_again(self, text: str, s0: int, e0: int, figs: list[dict], ctx: dict) -> None:
        """Values listed one per period ("pada Maret 2022, Maret 2023, dan Maret 2024 berturut-turut sebesar 14,02
        persen, 13,65 persen, dan 13,10 persen"): their periods are kept for a next sentence that lists as many
        values for "those periods" ("jumlahnya pada tiga periode tersebut berturut-turut 116,47 ribu jiwa, ..."),
        which take them in order."""
        levels = [f for f in figs if f["kind"] == "level" and f["metric"] != "other"]
        periods = [(f["year"], f["month"]) for f in levels if f["year"] is not None and f["_how"] != "context"]
        if len(periods) >= 2 and len(periods) == len(levels) and len(set(periods)) == len(periods):
            ctx["listed_periods"] = (ctx["sent_no"], periods)
            return
        listed = ctx.get("listed_periods")
        if listed is None or ctx["sent_no"] - listed[0] > 4 or len(levels) != len(listed[1]) \
                or not all(f["_how"] in ("context", "article", "none") for f in levels) \
                or not self.listed_periods_back_re.search(text, s0, levels[0]["start"]):
            return
        for f, (year, month) in zip(levels, listed[1], strict=True):
            f["year"], f["month"], f["_how"] = year, month, "list"

    def _update_context(self, ctx: dict, figs: list[dict], mentions: list[dict], programs: list[dict],
                        dates: list[dict], text: str, s0: int) -> None:
        # the period moves on with figures dated in the text, not with side counts that only took the
        # article's date ("sekitar 76 persen dari garis kemiskinan tersebut"), nor with an earlier period
        # recalled in passing ("..., setelah pada September 2019 sempat mencapai 9,22 persen")
        recalled = self._recalled(ctx, figs, text, s0, dates)
        # (kept for a next sentence that goes on "at that time": "... sempat 4,53 persen. Saat itu jumlahnya ...")
        ctx["recalled"] = next(((ctx["sent_no"], f["year"], f["month"]) for f in reversed(figs) if id(f) in recalled), None)
        if figs and ctx["year"] is not None and all(f["_from"] for f in figs):
            # a sentence of from-values only, dated before the period in view ("Setahun sebelumnya 12,47 persen dengan
            # 17.020 jiwa"): the period the article compares with, for from-values after it with no date of their own
            dated = next((f for f in reversed(figs) if f["year"] is not None and f["_how"] in ("attached", "clause")), None)
            if dated is not None and (dated["year"], dated["month"] or 0) < (ctx["year"], ctx["month"] or 0):
                ctx["prev"] = (dated["year"], dated["month"])
        for last in reversed(figs):
            if not last["_from"] and last["year"] is not None and last["kind"] != "target" and id(last) not in recalled \
                    and not ((last["metric"] in _SENTENCE_BOUND or last["metric"] == "population")
                             and last["_how"] == "context") \
                    and not (last["metric"] == "other" and last["_how"] in ("article", "none") and any(
                        # (a side count of the article's year after a dated value: "... 21,37 persen pada 2015,
                        # tertinggi di antara 15 kecamatan")
                        f["_how"] not in ("article", "none", "context") for f in figs)) \
                    and not (last["metric"] == "budget" and last["year"] in ctx["fiscal_years"] and ctx["month"] is not None):
                view = (ctx.get("region") or {}).get("code")
                # a look back at a part of the place in view (an earlier year than the place was at): remembered, for
                # the place in view when the text comes back to it
                ctx["aside"] = (view, ctx["year"], ctx["month"]) if (
                    view and last["region_code"] and last["region_code"].startswith(view + ".") and ctx["year"] is not None
                    and last["_how"] in ("attached", "clause", "sentence")
                    and last["year"] < ctx["year"]) else None
                if ctx["year"] is not None and (last["year"], last["month"]) != (ctx["year"], ctx["month"]):
                    ctx["prev"] = (ctx["year"], ctx["month"])  # the period the article was at before this one
                ctx["year"], ctx["month"] = last["year"], last["month"]
                release = self.release_family.get(last["metric"])
                if release is not None and last["_how"] not in ("article", "none") and last["start"] > ctx["headline_end"]:
                    # the same, per release (an aside on growth leaves the poverty release's; a headline's
                    # "kini" or guess from the article's date is no period)
                    seen = ctx["period_by_release"].get(release)
                    if seen is not None and seen != (last["year"], last["month"]):
                        ctx["prev_by_release"][release] = seen
                    ctx["period_by_release"][release] = (last["year"], last["month"])
                if last["_how"] != "context" and (ctx["latest"] is None or (last["year"], last["month"] or 0) > ctx["latest"]):
                    ctx["latest"] = (last["year"], last["month"] or 0)  # the latest period the article has named
                # a registry's own date ("data P3KE per November 2022") holds for its next counts
                # (the recipients' year also when the amount each of them gets comes last: "sepanjang 2020 ... menyalurkan
                # BST kepada 21.450 KPM ... dengan nilai Rp600.000 per bulan")
                counted = figs[-2] if last["metric"] == "budget" and len(figs) >= 2 \
                    and figs[-2]["metric"] == "beneficiary_count" and figs[-2]["_how"] != "context" \
                    and (figs[-2]["year"], figs[-2]["month"]) == (last["year"], last["month"]) else last
                ctx["year_of_programmes"] = counted["metric"] in ("welfare_registry_count", "beneficiary_count") \
                    and last["_how"] != "context"
                ctx["programmes_sent"] = ctx["sent_no"]
                ctx["programme_metric"] = counted["metric"]
                ctx["month_family"] = self.release_family.get(last["metric"])
                break
        else:
            if all(f["metric"] == "other" for f in figs) and not any(f["kind"] == "target" for f in figs):
                # only side counts ("Pada 2017 Kolaka berada di urutan kedelapan dari 17 kabupaten"): the
                # sentence's own date moves the period on, as in a sentence without figures (not a goal's year:
                # "Padahal target dalam APBN 2015 adalah 10 persen")
                own = [d for d in dates if not d["base"] and d["kind"] in ("year", "month") and d.get("year")
                       # (not a from-value's own date: "212 kabupaten/kota pada 2024, naik dari 140 kabupaten/kota
                       # pada 2023" is at 2024)
                       and not any(f["_from"] and f["end"] <= d["start"]
                                   and self.from_own_date_gap_re.fullmatch(text, f["end"], d["start"]) for f in figs)]
                if own:
                    ctx["year"], ctx["month"] = own[-1]["year"], own[-1].get("month")
                    ctx["year_of_programmes"] = False
                    ctx["month_family"] = None
                # and a place it opens on moves the topic there ("Di Desa Songan A, Perbekel ... mengatakan 74
                # keluarga di desanya masuk sasaran bedah rumah"), as in a sentence without figures
                opening = next((m for m in mentions if m["code"] and not m["frame"]
                                and not m.get("apposition") and m["start"] - s0 <= 12
                                and text[max(s0, m["start"] - 3):m["start"]].lower() == "di "), None)
                if opening is not None:
                    ctx["region"] = {"code": opening["code"], "name": opening["name"]}
        last_real = topical = None
        codes = set()
        by_family = ctx["metric_by_family"]
        for f in figs:
            metric = f["metric"]
            if metric == "other":
                continue
            if metric != "population" or last_real is None:
                # (a population named as the denominator after the statistic, "3,19% dari sekitar 1,06 juta
                # penduduk", is not what "Angka ini" in the next sentence points back to)
                last_real = f
            codes.add(f["region_code"])
            if f["kind"] == "level" and f["unit"] == "percent":
                ctx["rate_values"][metric] = float(f["value"])  # (the last rate of each statistic, for its size)
            main = (ctx.get("main") or {}).get("code")
            # (nor another province ranked beside the story's, "Bengkulu menyusul di posisi kedua di Sumatera dengan 14,04
            # persen": an aside, session 23)
            ranked_aside = bool(main and main != "ID" and f["region_code"] and f["region_code"] != main
                                and not f["region_code"].startswith(main + ".")
                                and _RANK_ASIDE_RE.search(text, s0, f["start"]))
            if not f["_local"] and not ranked_aside and not (f["kind"] == "target" and f["region_code"] == "ID"
                                                             and (ctx.get("region") or {}).get("code") not in (None, "ID")):
                # (not the nation's goal a region's story measures itself against: "masih jauh dari target nasional 14
                # persen pada 2024", session 21)
                topical = f
            if metric in _SENTENCE_BOUND or metric == "population" or (f["_family"] == "pct" and (
                    f["unit"] not in ("percent", "percent_point")
                    or self.units.get(metric, "percent") not in ("percent", "percent_point", "index"))):
                continue  # programme counts, head counts and relative changes of lines do not carry over
            by_family[f["_family"]] = metric
            ctx["family_sent"][f["_family"]] = ctx["sent_no"]
            if metric in _POVERTY_METRICS:
                ctx["poverty_by_family"][f["_family"]] = metric
        real = [f for f in figs if f["metric"] != "other"]
        # the one place of a sentence whose figures all stay aside ("Kabupaten Lampung Utara kembali menjadi daerah dengan
        # persentase tertinggi, yakni 19,29 persen."), for a next sentence that points back to its value
        ctx["aside_value_place"] = (ctx["sent_no"], real[0]["region_code"], real[0]["region"],
                                    frozenset(f["_family"] for f in real)) \
            if real and all((f["_local"] or (ctx.get("national") and f["region_code"] != "ID"))
                            and f["region_code"] == real[0]["region_code"] and f["region"] == real[0]["region"]
                            for f in real) \
            and (real[0]["region_code"] or (real[0]["region"] and real[0]["region"].startswith("Pulau "))) else None
        # (an island group's too, which has no code: "... tinggal di Pulau Jawa. Angka itu berkurang sekitar 290 ribu")
        if last_real is not None:
            ctx["last"] = (last_real["metric"], last_real["_family"])
            ctx["named_line"] = None
            ctx["metric"] = (last_real["metric"], last_real["_family"])
            # the units the sentence gave that statistic in, when it gave it in two ("15.740 jiwa dari 5.214 keluarga")
            ctx["metric_pair"] = {f["_family"]: f["metric"] for f in real if f["metric"] == last_real["metric"]
                                  and f["kind"] == "level"}
            # a list of regions ("Jawa Timur 4,24 juta, Jawa Barat 4,05 juta"): none is the topic
            if len(codes) == 1 and topical is not None and topical["region_code"] and not (
                    ctx.get("national") and topical["region_code"] != "ID") and not (
                    topical["region_code"] == "ID" and any(m["code"] == "ID" and m.get("compared") for m in mentions)):
                # (nor is the country's value a region's story compares itself with: "di bawah angka nasional")
                # (in a national story a province's figure is an aside: the country stays the topic)
                ctx["region"] = {"code": topical["region_code"], "name": topical["region"]}
        elif figs and s0 > 0 and mentions and mentions[0]["start"] == s0 and not ctx.get("national") \
                and self._dateline(text, mentions[0], text[mentions[0]["end"]:mentions[0]["end"] + 25]) \
                and (subject := next((m for m in mentions[1:] if m["code"] and not m["frame"] and not m.get("apposition")
                                      and m["start"] - s0 <= 40), None)) is not None \
                and all(f["region_code"] == subject["code"] for f in figs) \
                and _EARLIER_DATELINE_RE.search(text, 0, s0) is not None:
            # a later dateline's item whose figures are side counts and goals only, all of the place it opens with
            # ("KAYUAGUNG – Dinas Perkim OKI targetkan bedah 120 unit RTLH"): the topic moves there, as for a sentence
            # without figures (session 20)
            ctx["region"] = {"code": subject["code"], "name": subject["name"]}
        b = next((d for d in reversed(dates) if d["base"]), None)
        if b is not None:
            if b["kind"] == "relative" and ctx["year"] is not None and (b.get("context") or (
                    b["offset"] < 0 and b.get("year") is not None and b["year"] >= ctx["year"])):
                # "naik 7,12 persen dari tahun sebelumnya": the year before the period just reached (so too "tahun
                # lalu" of a story filed the year after its release: "garis kemiskinan Maret 2024 ... naik 4,2 persen
                # dibandingkan tahun lalu", written in January 2025, compares with March 2023)
                ctx["from_year"], ctx["from_month"] = ctx["year"] + b["offset"], b.get("month") or ctx["month"]
            else:
                ctx["from_year"], ctx["from_month"] = b["year"], b.get("month")
        # dated values the sentence compares from: earlier items, and a from-value even when it ends
        # the sentence ("turun dari 12,61 persen pada Maret 2024")
        if b is None:
            # (a dated from-value first: "naik dari Rp412.870 pada Maret 2017 menjadi Rp431.265 pada
            # Maret 2018, atau 4,46 persen" compares from 2017, not from the to-value's 2018)
            f = next((f for f in reversed(figs) if f["_how"] == "attached" and f["_from"]), None) or next(
                (f for f in reversed(figs) if f["_how"] == "attached" and f is not figs[-1]), None)
            if f is None and ctx["year"] is not None and figs[-1]["kind"] == "change" \
                    and not any(d.get("present") and 0 <= d["start"] - figs[-1]["end"] <= 40 for d in dates):
                # a level of its own earlier date before the sentence's last figure ("Pada Maret 2022
                # persentasenya 28,39 persen, sehingga hanya turun 0,27 persen poin"): the base compared from
                # (not when the change runs to now, "turun 2,5 persen poin hingga kini": the date tagger's present)
                now = (ctx["year"], ctx["month"] or 0)
                f = next((f for f in reversed(figs[:-1]) if f["_how"] in ("clause", "sentence") and f["kind"] == "level"
                          and f["metric"] != "other" and f["year"] is not None and (f["year"], f["month"] or 0) < now),
                         None)
            if f is not None:
                ctx["from_year"], ctx["from_month"] = f["year"], f["month"]
        # the periods the sentence compared with ("... naik 0,41 persen poin terhadap Maret 2020 dan 0,97 persen poin
        # terhadap September 2019"), for a next sentence that gives their values
        ctx["bases"] = (ctx["sent_no"], frozenset((d["year"], d.get("month")) for d in dates if d["base"] and d.get("year")))
        if programs:
            ctx["program"] = programs[-1]["text"]

    def _recalled(self, ctx: dict, figs: list[dict], text: str, s0: int, dates: list[dict]) -> set[int]:
        """The ids of the figures of a sentence that recall an earlier period in passing ("sempat",
        "pernah" before them, or "dibandingkan" before a figure of the region in view): of a period before
        the one the article, or the sentence, was at (not when
        the sentence opens on that period: "Pada 2020, angka ini sempat mencapai 6,66 persen. Kala itu ...")."""
        out: set[int] = set()
        ref = (ctx["year"], ctx["month"] or 0) if ctx["year"] is not None else None
        bases = ctx.get("bases")
        if ref is not None and bases is not None and bases[0] == ctx["sent_no"] - 1 and bases[1] \
                and any(f["year"] is not None for f in figs) \
                and (len({(f["year"], f["month"]) for f in figs if f["year"] is not None}) >= 2
                     or self.still_re.search(text, s0, figs[-1]["start"]) is not None) \
                and all(f["year"] is None or ((f["year"], f["month"]) in bases[1] and (f["year"], f["month"] or 0) < ref)
                        for f in figs):
            # the values of the periods the sentence before compared with ("Pada Maret 2020 angkanya 9,78 persen,
            # sedangkan pada September 2019 masih 9,22 persen"): a look back, the period in view stays (two of them, or
            # one "masih" so: one alone may be where the story goes on, "Pada September 2022 tercatat 4,53 persen. ...
            # pada periode itu")
            return {id(f) for f in figs if f["year"] is not None}
        opening = next((d for d in dates if d["start"] - s0 <= 12 and d.get("year") and not d["base"]), None)
        if opening is not None:
            if ref is not None and len(figs) == 1 and opening["kind"] in ("year", "month") \
                    and (opening["year"], opening.get("month") or 0) < ref and all(
                    f["kind"] == "level" and f["year"] is not None and (f["year"], f["month"] or 0) < ref
                    and self.still_re.search(text, s0, f["start"]) for f in figs):
                # a sentence that opens on an earlier period only to say what its one value still was then ("Pada 2016,
                # angkanya masih di atas 82 ribu jiwa", "Pada Maret 2022, garis kemiskinan masih Rp429.606"): a look
                # back, the period in view stays
                return {id(f) for f in figs}
            return out
        prev_end = s0
        in_view = (ctx.get("region") or {}).get("code")
        for f in figs:
            if f["year"] is not None:
                period = (f["year"], f["month"] or 0)
                if ref is not None and period < ref and (
                        self.past_aside_re.search(text, prev_end, f["start"])
                        or (in_view and f["region_code"] == in_view
                            and self.compared_aside_re.search(text, prev_end, f["start"]))):
                    out.add(id(f))
                elif f["kind"] != "target" and not f["_from"] and (ref is None or period > ref):
                    ref = period
            prev_end = f["end"]
        return out

    def _update_context_without_figures(self, ctx: dict, dates: list[dict], cues: list[dict],
                                        mentions: list[dict], programs: list[dict], s0: int = 0,
                                        e0: int = 0, text: str = "") -> None:
        if programs:
            ctx["program"] = programs[-1]["text"]
        base = [d for d in dates if d["base"] and d["kind"] in ("month", "year") and d.get("year")]
        if base:  # a heading "DIBANDING MARET 2020": the period the next values are compared from
            ctx["from_year"], ctx["from_month"] = base[-1]["year"], base[-1].get("month")
        real_cues = [c for c in cues if not self.cue_table[c["cue"]].get("anaphora") and self.cue_table[c["cue"]].get("map")]
        # (the other regions inside a place are not it: "dibanding kabupaten lain di Maluku Utara")
        subj = [m for m in mentions if not m["frame"] and not m.get("apposition") and m["code"]
                and not self.others_in_before_re.search(text, max(s0, m["start"] - 30), m["start"])
                # (nor the nation's goal or average a region measures itself by: "kalau kita mau kejar target
                # nasional, desa harus ikut bergerak", session 21)
                and not (m["code"] == "ID" and NATION_BENCHMARK_BEFORE_RE.search(text, max(s0, m["start"] - 20), m["start"]))]
        listed = [m for m in mentions if m["code"] and not m.get("apposition")] if subj else []
        if len(listed) >= 2 and any(a["code"] != b["code"] and a["end"] <= b["start"] and subj[0] in (a, b)
                                    and _PLACE_LIST_GAP_RE.fullmatch(text, a["end"], b["start"])
                                    for a, b in pairwise(listed)):
            subj = []  # "... ada di Lombok Timur dan Lombok Tengah": places listed side by side are no topic (also
            # when one of them is framed, "ada di Fatuleu dan Kupang Timur")
        lead = e0 > s0 and text[e0 - 1] == ":"
        ctx["bracket_period"] = None
        if lead and dates and (own := self._own_dates(ctx, dates, text, s0)):
            # (a date in brackets is that of the values in brackets in the lines: "... pada Maret 2013 (dalam kurung:
            # Maret 2012):")
            bracketed = [d for d in own if text.rfind("(", s0, d["start"]) > text.rfind(")", s0, d["start"])]
            if bracketed and len(bracketed) < len(own) and bracketed[-1].get("year"):
                ctx["bracket_period"] = (bracketed[-1]["year"], bracketed[-1].get("month"))
                own = [d for d in own if d not in bracketed]
                dates = [d for d in dates if d not in bracketed]
        if lead and dates and own and own[-1].get("year"):
            # a list's lead that names its year ("Sepanjang 2024, bantuan yang sudah tersalur antara lain:"):
            # the programme work in its lines is of that year, not of a budget year named before it
            ctx["year"], ctx["month"] = own[-1]["year"], own[-1].get("month")
            ctx["month_family"] = None
            ctx["year_of_programmes"], ctx["programme_metric"] = True, None
            if ctx.get("budget_year") not in (None, own[-1]["year"]):
                ctx["budget_year"] = None
        if not real_cues:
            # a topic shift: "Sementara itu, Pemkab Tuban, Jawa Timur, menempuh jalan lain."
            short = e0 - s0 < 80
            early = [m for m in subj if m["start"] - s0 < 60 and (short or not self.is_locative(m, text))]
            if early:
                ctx["region"] = {"code": early[0]["code"], "name": early[0]["name"]}
            elif short and not subj and ctx.get("main") is not None and text[s0:e0].isupper():
                # a section heading naming no place ("KETENAGAKERJAAN DAN PEMBANGUNAN MANUSIA"): the
                # article's own region again, after a section about another
                ctx["region"] = {"code": ctx["main"]["code"], "name": ctx["main"]["name"]}
            # the release being reported: "BPS mencatat kondisi Maret 2023.", "Untuk tingkat kabupaten/kota, data
            # terakhir yang tersedia adalah tahun 2017."
            # (or a year counted back from the article's date: "data terbaru yang tersedia adalah data tahun lalu")
            release = [d for d in dates if (d["kind"] in ("month", "year") or (
                           d["kind"] == "relative" and d.get("year") and not d.get("context") and not d.get("present")))
                       and not d["base"]
                       and (self.release_before.found(text[max(s0, d["start"] - 40):d["start"]])
                            or _LATEST_DATA_RE.search(text, max(s0, d["start"] - 90), d["start"]))]
            if release:
                ctx["year"], ctx["month"] = release[-1]["year"], release[-1].get("month")
                ctx["year_of_programmes"] = False
                ctx["month_family"] = None
            return
        ctx["cue"] = real_cues[-1]["cue"]
        named = {m for m in self.cue_table[real_cues[-1]["cue"]]["map"].values() if m != "other"}
        if len(named) == 1 and (metric := next(iter(named))).startswith("poverty_line"):
            # a line named with no value ("GKBM mencakup kebutuhan minimum perumahan ...") is what money pointed back
            # to after it ("Nilainya ... Rp151.809") repeats, not a value before it (session 23)
            ctx["named_line"] = metric
        # (and the last that names a poverty line, for the money in a list under it: "Besarnya garis kemiskinan per
        # rumah tangga berbeda antarprovinsi, tergantung harga dan jumlah anggota keluarga.")
        line = next((c for c in reversed(real_cues)
                     if (self.cue_table[c["cue"]]["map"].get("idr") or "").startswith("poverty_line")), None)
        ctx["line_cue"] = (ctx["sent_no"], line["cue"]) if line is not None else None
        if subj:
            cur = ctx["region"] or ctx.get("main")
            if not (cur is not None and cur["code"] and subj[0]["code"].startswith(cur["code"] + ".")
                    and self.is_locative(subj[0], text)):
                # (a place inside the topic named as where something happens, "Banyak pekerja informal di
                # Kota Bengkulu yang penghasilannya ...", is no new topic)
                ctx["region"] = {"code": subj[0]["code"], "name": subj[0]["name"]}
        # (a year still to come is a goal's, "menargetkan kemiskinan ekstrem hilang pada 2026": the values
        # after it are not of that year; a budget document's year is kept as ``budget_year``; the start of
        # a duration, "diajukan sejak 2022", is no period either)
        own = self._own_dates(ctx, dates, text, s0)
        if own:
            ctx["year"], ctx["month"] = own[-1]["year"], own[-1].get("month")
            ctx["month_family"] = None
            # "melaporkan penyaluran bantuan sepanjang 2025": the year of the programme work to come
            ctx["year_of_programmes"] = lead or any(
                m in _PROGRAMME_METRICS for c in real_cues for m in self.cue_table[c["cue"]]["map"].values())
            ctx["programme_metric"] = None

    def _own_dates(self, ctx: dict, dates: list[dict], text: str, s0: int) -> list[dict]:
        """The dates of a sentence without figures that move the period on: not a comparison's, a goal's
        (a year still to come, or after a target word), the start of a duration ("sejak 2022") or a
        relative clause's."""
        future = ctx["article_year"]
        goal = self.target_fast.search(text, s0, dates[-1]["start"]) if dates else None
        return [d for d in dates if not d["base"] and d["kind"] != "relative"
                and not (future is not None and d.get("year") is not None and d["year"] > future)
                and not (goal is not None and goal.start() < d["start"])  # ("Target nasional ... nol persen pada akhir 2024")
                and not _SINCE_BEFORE_RE.search(text, max(s0, d["start"] - 14), d["start"])
                # (nor the vintage of a registry a count rests on: "mengacu pada data ... (PPLS) 2011", session 21)
                and not _REGISTRY_VINTAGE_BEFORE_RE.search(text, max(s0, d["start"] - 12), d["start"])
                and not (_RELATIVE_CLAUSE_DATE_RE.search(text, max(s0, d["start"] - 50), d["start"])
                         and not _LATEST_DATA_RE.search(text, max(s0, d["start"] - 90), d["start"]))]

    def _foreign_line_spans(self, text: str, sents: list[tuple[int, int]], low: str | None = None
                            ) -> list[tuple[int, int]]:
        """Where a poverty line other than BPS's is in force: from the sentence that names it to the end
        of its paragraph, or to the next sentence that names BPS."""
        spans: list[tuple[int, int]] = []
        if low is not None and (not self.foreign_line_gate.may_match(low) if self.foreign_line_gate.alternatives
                                else not any(w in low for w in self.foreign_line_words)):
            return spans  # (every match holds these words: most texts need no search)
        for m in self.foreign_line_re.finditer(text):
            if spans and m.start() < spans[-1][1]:
                continue
            i = next((k for k, (a, b) in enumerate(sents) if a <= m.start() < b), None)
            if i is None:
                continue
            start, end = sents[i][0], sents[i][1]
            for a, b in sents[i + 1:]:
                if "\n" in text[end:a] or self.foreign_line_end_re.search(text, a, b):
                    break
                end = b
            spans.append((start, end))
        return spans

    def _same_programme(self, a: str | None, b: str | None) -> bool:
        """Whether two figures' programmes may be one: either unnamed, a registry or an eligibility card, the same name in any
        case, or the same initials ("Program Keluarga Harapan" / "PKH", "BLT Dana Desa" / "BLT-DD"), one
        the start of the other ("BLT" / "BLT El Nino")."""
        if a is None or b is None or a.casefold() == b.casefold():
            return True
        if self.registry_re.fullmatch(a) or self.registry_re.fullmatch(b) \
                or a.casefold() in self.eligibility_cards or b.casefold() in self.eligibility_cards:
            return True
        ga, gb = self.programme_group.get(a.casefold()), self.programme_group.get(b.casefold())
        if ga is not None and ga == gb:
            return True  # "BPNT" / "Program Sembako": one programme, renamed
        ka, kb = _initials(a), _initials(b)
        return ka.startswith(kb) or kb.startswith(ka)

    def _dedup(self, figs: list[dict]) -> list[dict]:
        """Drop exact restatements (same metric, kind, period, region, area, value, and no other programme
        named: "BPNT ... Rp600.000" and "PKH ... Rp600.000 per tahap" are two amounts). Figures are grouped
        by those fields, so each is compared only with the kept figures of its group."""
        out: list[dict] = []
        kept: dict[tuple, list[dict]] = {}
        for f in figs:
            same = kept.setdefault(_dedup_key(f), [])
            if f["metric"] != "other" and any(_same_value(f["value"], g["value"]) and self._same_programme(
                    f["program"], g["program"]) for g in same):
                continue
            out.append(f)
            same.append(f)
        return out


def _initials(name: str) -> str:
    """A programme name's initials, acronyms kept whole: "BLT Dana Desa" -> "BLTDD", "PKH" -> "PKH"."""
    return "".join(w if w.isupper() else w[0].upper() for w in re.split(r"[\s-]+", name) if w)


def _group_in_order(items: list[dict], sents: list[tuple[int, int]], sent_starts: list[int]
                    ) -> dict[int, list[dict]] | None:
    """The items that start inside each sentence, by sentence number, found by bisection; None when
    the items are not in order of start (the callers then walk)."""
    out: dict[int, list[dict]] = {}
    prev = -1
    for x in items:
        st = x["start"]
        if st < prev:
            return None
        prev = st
        i = bisect_right(sent_starts, st) - 1
        if i >= 0 and st < sents[i][1]:
            group = out.get(i)
            if group is None:
                out[i] = [x]
            else:
                group.append(x)
    return out


def _by_sentence(items: list[dict], sents: list[tuple[int, int]], sent_starts: list[int]) -> dict[int, list[dict]]:
    """The items that start inside each sentence, in their order, by sentence number (sentences
    with none left out). Items not in order of start are cut as ``_in_range`` cuts them."""
    out = _group_in_order(items, sents, sent_starts)
    if out is not None:
        return out
    out = {}
    starts = [x["start"] for x in items]
    for i, (s0, e0) in enumerate(sents):
        group = _in_range(items, starts, s0, e0)
        if group:
            out[i] = group
    return out


def _outside_spans(items: list[dict], spans: list[tuple[int, int]]) -> list[dict]:
    """The items (in their order) that no span holds (a span equal to an item does not hold it).
    Only spans starting at or before an item, the largest end of which reaches the item's end,
    can hold it: the others are not looked at."""
    spans = sorted(spans)
    starts = [ps for ps, _ in spans]
    reach = []  # the largest end of the spans up to each
    top = -1
    for _, pe in spans:
        if pe > top:
            top = pe
        reach.append(top)
    out = []
    for c in items:
        cs, ce = c["start"], c["end"]
        k = bisect_right(starts, cs)
        if k and reach[k - 1] >= ce and any(ps <= cs and ce <= pe and (ps, pe) != (cs, ce) for ps, pe in spans[:k]):
            continue
        out.append(c)
    return out


def _quantities_by_sentence(quantities: list[dict], sents: list[tuple[int, int]]
                            ) -> tuple[dict[int, list[dict]], list[tuple[int, int]]]:
    """The quantities of each sentence (by sentence number; quantities in order of start), and the
    pieces of text their checks look at: each such sentence from its start to its last quantity."""
    pieces: list[tuple[int, int]] = []
    grouped = _group_in_order(quantities, sents, [s for s, _ in sents]) if sents else None
    if grouped is not None:
        for i, group in grouped.items():
            pieces.append((sents[i][0], group[-1]["start"]))  # (the largest start: they are in order)
        return grouped, pieces
    per_sent: dict[int, list[dict]] = {}  # not in order: walk the sentences
    qi, nq = 0, len(quantities)
    for sent_no, (s0, e0) in enumerate(sents):
        if qi == nq:
            break
        if quantities[qi]["start"] >= e0:
            continue
        sent_qs = []
        while qi < nq and quantities[qi]["start"] < e0:
            if quantities[qi]["start"] >= s0:
                sent_qs.append(quantities[qi])
            qi += 1
        if sent_qs:
            per_sent[sent_no] = sent_qs
            pieces.append((s0, max(q["start"] for q in sent_qs)))
    return per_sent, pieces


def _starting_in(items: list[dict], starts: list[int] | None, s0: int, e0: int) -> list[dict]:
    """The items that start inside ``[s0, e0)``, in their order; ``starts`` are their sorted
    starts (``_sorted_starts``), None when they are not in order."""
    if starts is not None:
        return _in_range(items, starts, s0, e0)
    return [x for x in items if s0 <= x["start"] < e0]


def _sorted_starts(items: list[dict]) -> list[int] | None:
    """The starts of ``items`` when they are in order of start, else None."""
    starts = [x["start"] for x in items]
    return starts if starts == sorted(starts) else None


#: a decile of a welfare registry ("masuk desil 1")
_DECILE_RE = gated(re.compile(_R["decile"], re.I))
#: a closed apposition explaining the word before it (", yakni batas pengeluaran minimum per orang,")
_APPOSITION_RE = re.compile(_R["apposition"])
#: the start of a duration right before a date ("sejak 2022", "sejak tahun 2019")
_SINCE_BEFORE_RE = re.compile(_R["since_before"], re.I)
#: a date inside a relative clause of a sentence without figures ("harga karet yang melemah sepanjang 2022 ikut
#: menahan pendapatan"): it describes a cause, it does not move the article to that period
_RELATIVE_CLAUSE_DATE_RE = re.compile(
    # (but "data yang dirilis BPS pada Juli 2023": the clause names the release, whose period it is)
    _R["relative_clause_date"], re.I)
#: ... unless the clause says it is the latest data ("data kemiskinan tingkat kabupaten yang terbaru masih kondisi
#: Maret 2020"; not "Bantuan pangan yang terakhir disalurkan pada Desember 2022")
_LATEST_DATA_RE = re.compile(_R["latest_data"], re.I)
#: a year or a month named in a headline (its figures keep their own date)
_HEADLINE_DATE_RE = gated(re.compile(r"\b(?:19|20)\d\d\b|\b(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b",
                                    re.I))
_HEADLINE_DATE = LowerSearch(_HEADLINE_DATE_RE)  # (over the lower-cased text when the document allows)
#: a comparison between a figure and a later amount in its sentence
#: a sum over years ("Sejak 2008 ...", "selama sepuluh tahun", "secara kumulatif")
_CUMULATIVE_RE = re.compile(_R["cumulative"], re.I)
#: the speaker's own ("garis kemiskinan kita", "angka kami")
_OURS_RE = re.compile(_R["ours"], re.I)
_NATION_WORD_RE = re.compile(_R["nation_words"], re.I)
#: a value said to be something ("Rp98.582, merupakan garis kemiskinan bukan makanan")
_COPULA_AFTER_RE = re.compile(_R["copula_after"], re.I)
_COMPARED_BEFORE_RE = gated(re.compile(_R["compared_before"], re.I))


def _dated_aside(text: str, start: int, sent_figs: list[dict], sent_dates: list[dict]) -> bool:
    """A value in brackets with its own date after another figure ("15,78 persen (Maret 2024: 16,14
    persen)"): a comparison, whose date does not become the article's period."""
    if not sent_figs:
        return False
    open_ = text.rfind("(", sent_figs[-1]["end"], start)
    return open_ != -1 and ")" not in text[open_:start] and any(open_ < d["start"] < start for d in sent_dates)


def _same_value(value, kept_value) -> bool:
    """Whether ``value`` restates ``kept_value`` (within half a percent); False when either is not
    a number."""
    try:
        return abs(float(value) - float(kept_value)) <= 0.005 * max(abs(float(kept_value)), 1e-9)
    except (TypeError, ValueError):
        return False



@Language.factory(
    "kie_relations",
    default_config={"data": "cues", "metric_data": "metric_cues", "max_rate_change": 5.0},
)
def make_relations(nlp: Language, name: str, data: str, metric_data: str, max_rate_change: float) -> RelationLinker:
    """Factory for the relation linker."""
    return RelationLinker(nlp, name, data, metric_data, max_rate_change)
