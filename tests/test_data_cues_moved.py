"""Cue words moved out of the code into data files (quantity_cues, text_cues, date_cues, place_cues, and new
keys of titles.yaml and programs.yaml): each key loads and compiles, and the component (or its module's
pattern) still finds a representative phrase through it, which it would not with the key emptied."""

from __future__ import annotations

import re

import pytest

from kemiskinan_ie import lexicon, text_units
from kemiskinan_ie.components import dates, officials, places, quantities
from kemiskinan_ie.components.dates import MONTHS, DateTagger
from kemiskinan_ie.components.quantities import QuantityTagger

MOVED = {
    "quantity_cues": ["currency_marks", "minus_words", "scale_words", "paren_scale_words", "more_word",
                      "more_before_nouns", "unit_words", "phone_words", "range_gap", "part_of_gap", "whole_first_before",
                      "whole_first_gap", "to_after", "change_words", "qualified_part_gap", "share_of_gap",
                      "unqualified_after", "fraction_of_tail", "per_capita", "month_before_words", "hijri_marks",
                      "numbering_words", "list_words", "list_joiners", "time_zones"],
    "text_cues": ["abbreviations", "clause_words", "clause_word_unless_dated", "dated_by"],
    "date_cues": ["months", "year_word", "year_range_words", "release_month_words", "bare_month_before", "weekdays",
                  "unit_after_year"],
    "place_cues": ["street_heads", "nickname_head", "native_people", "landmark_heads", "regency_named_before",
                   "village_named_before", "city_words_before", "regency_words_before", "area_nouns",
                   "area_name_joiners", "list_neighbour", "province_words", "district_words_before"],
    "titles": ["age_words", "leader_role_words", "name_particles", "apposition_end_words"],
    "programs": ["name_joiner"],
}


def _fragments(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        if all(isinstance(v, int) for v in value.values()):  # a word -> number mapping
            return list(value)
        return [f for v in value.values() for f in _fragments(v)]
    return list(value)


@pytest.mark.parametrize("name,key", [(n, k) for n, keys in MOVED.items() for k in keys])
def test_moved_key_loads_and_compiles(name: str, key: str) -> None:
    value = lexicon.load(name)[key]
    assert value
    frags = _fragments(value)
    assert frags and all(isinstance(f, str) and f for f in frags)
    for f in frags:
        re.compile(f)
    re.compile("|".join(frags))


def test_months_cover_the_year() -> None:
    assert set(MONTHS.values()) == set(range(1, 13))
    assert MONTHS["maret"] == 3 and MONTHS["nopember"] == 11


# -- quantities --------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def qt() -> QuantityTagger:
    return QuantityTagger(None)


def _q(qt: QuantityTagger, text: str) -> list[dict]:
    return qt.find(text, [])


def test_quantity_scale_unit_and_sign_words(qt) -> None:
    (q,) = _q(qt, "Jumlahnya 2,5 juta jiwa.")
    assert (q["value"], q["unit"]) == (2500000, "persons")
    (q,) = _q(qt, "angkanya turun 0,5 persen poin")
    assert q["unit"] == "percent_point"
    (q,) = _q(qt, "garis kemiskinan Rp 550.000/kapita/bulan")
    assert q["unit"] == "idr" and q["per_capita"]
    (q,) = _q(qt, "tumbuh minus 2,1 persen")
    assert q["value"] == -2.1 and q["unit"] == "percent"
    (q,) = _q(qt, "sebanyak 66,1 (ribu) orang")
    assert q["value"] == 66100
    (q,) = _q(qt, "sebanyak 66,1 (orang)")
    assert q["unit"] is None
    (q,) = _q(qt, "yakni satu juta lebih.")
    assert q["value"] == 1000000 and q["approx"] == "at_least"
    (q,) = _q(qt, "garis kemiskinan Rp 550.000 untuk makan")
    assert not q["per_capita"]
    (q,) = _q(qt, "ada 300 lebih jiwa")
    assert q["approx"] == "at_least"
    (q,) = _q(qt, "ada 120 KK")
    assert q["unit"] == "households"


def test_quantity_numbering_phone_time_and_dates_are_no_counts(qt) -> None:
    assert _q(qt, "sebanyak 812345")
    assert not _q(qt, "hubungi 812345")
    assert not _q(qt, "lihat nomor 12")
    assert not _q(qt, "pada 2020 orang")
    assert _q(qt, "sebanyak 2020 orang")
    assert not _q(qt, "menjelang Idulfitri 1444 Hijriah")
    assert _q(qt, "sebanyak 1444 orang")
    assert quantities._PRE_EXCLUDE_RE.search("kuintil 1 dan ")
    assert not quantities._PRE_EXCLUDE_RE.search("naik 1 dan ")
    assert quantities._TIME_ZONE_AFTER_RE.match(" WITA")
    assert not quantities._TIME_ZONE_AFTER_RE.match(" warga")


def test_quantity_parts_and_wholes(qt) -> None:
    a, b = _q(qt, "naik 2,5 sampai 3 persen")
    assert a["unit"] == "percent" and a.get("range_partner")
    a, b = _q(qt, "ada 312 dari 1.140 rumah tangga")
    assert a["unit"] == "households" and b.get("whole")
    a, b = _q(qt, "ada 312 dan 1.140 rumah tangga")  # (no range, no part of a whole)
    assert a["unit"] is None and not b.get("whole")
    a, b = _q(qt, "Di desa itu 214 KK dari 1.102 KK di desanya.")
    assert b.get("whole")
    qs = _q(qt, "Di desa itu turun 214 KK dari 1.102 KK menjadi 888 KK.")
    assert not any(q.get("whole") for q in qs)
    a, b = _q(qt, "Dari 214 KK di kampungnya, sebanyak 131 KK tercatat miskin.")
    assert a.get("whole") and not b.get("whole")
    a, b = _q(qt, "Sebanyak 214 KK di kampungnya, sebanyak 131 KK tercatat miskin.")
    assert not a.get("whole")
    a, b = _q(qt, "ada 93 keluarga miskin dari sekitar 410 keluarga")
    assert b.get("whole")
    a, b = _q(qt, "sekitar 46 persen dari seluruh 21.400 KK")
    assert b.get("whole")
    a, b = _q(qt, "sekitar 46 persen dan 21.400 KK")
    assert not b.get("whole")
    (q,) = _q(qt, "hampir seperempat dari 612 kepala keluarga di desa tersebut")
    assert q.get("whole")
    (q,) = _q(qt, "sepertiga dari 9.600 keluarga yang terdaftar dalam DTKS")
    assert not q.get("whole")
    (q,) = _q(qt, "seperempat warga, yakni 612 kepala keluarga di desa itu")
    assert not q.get("whole")


# -- text units --------------------------------------------------------------------------------

def test_sentences_keep_abbreviations() -> None:
    text = "Ia tinggal di Kab. Balangan. Warga miskin naik."
    assert len(text_units.sentences(text)) == 2


def test_clause_words() -> None:
    text = "Angka naik sedangkan target turun"
    assert len(text_units.clauses(text, 0, len(text))) == 2
    text = "Angka naik lalu turun"
    assert len(text_units.clauses(text, 0, len(text))) == 2
    text = "Pada September tahun lalu angka naik"
    assert len(text_units.clauses(text, 0, len(text))) == 1


# -- dates -------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def dtag() -> DateTagger:
    return DateTagger(None)


def _dates(dtag: DateTagger, text: str) -> list[dict]:
    return [d for d in dtag.find(text, []) if d["kind"] != "relative" or d.get("month")]


def test_date_words(dtag) -> None:
    (d,) = _dates(dtag, "kondisi Maret tahun 2023")
    assert (d["kind"], d["year"], d["month"]) == ("month", 2023, 3)
    (d,) = _dates(dtag, "periode 2015 sampai 2019")
    assert (d["kind"], d["year_from"], d["year"]) == ("range", 2015, 2019)
    (d,) = _dates(dtag, "angka 2017 (kondisi Maret)")
    assert (d["year"], d["month"]) == (2017, 3)
    (d,) = _dates(dtag, "Kamis (28/11)")
    assert (d["kind"], d["month"], d["day"]) == ("daymonth", 11, 28)
    assert not _dates(dtag, "angka (28/11)")
    # (the tagger calls ``_UNIT_AFTER_RE.match(text, end)``, where "^" never matches: the pattern itself is checked)
    assert dates._UNIT_AFTER_RE.match(" jiwa") and dates._WEEKDAY_RE.search("Jum'at (")
    assert not dates._UNIT_AFTER_RE.match(" tahun")
    assert [d["month"] for d in _dates(dtag, "turun pada September menjadi")] == [9]


# -- places ------------------------------------------------------------------------------------

def test_place_words() -> None:
    for before in ("di Jalan ", "ke Sungai ", "di Bumi Arung ", "orang asli "):
        assert places._NOT_A_PLACE_BEFORE_RE.search(before), before
    assert not places._NOT_A_PLACE_BEFORE_RE.search("warga di ")
    assert places._regency_named("Pemkab Grobogan menyalurkan", "Grobogan")
    assert not places._regency_named("warga di Grobogan", "Grobogan")
    assert places._village_named("Warga Desa Karanganyar", "Karanganyar")
    assert not places._village_named("pagu Dana Desa Karanganyar", "Karanganyar")
    assert places._PREFIX_KOTA_RE.search("oleh Pemkot ")
    assert not places._PREFIX_KOTA_RE.search("oleh warga ")
    assert not places._DISTRICT_WORD_BEFORE_RE.search("oleh warga ")
    assert not places._AREA_NAMES_RE.search("ke Kalibukbuk")
    assert places._PREFIX_KAB_RE.search("di Kab. ")
    assert places._AREA_NAMES_RE.search("ke kawasan Kalibukbuk dan Pemuteran").group(1) == "Kalibukbuk dan Pemuteran"
    assert places._LIST_NEIGHBOUR_RE.fullmatch(", dan ")
    assert places._PROVINCE_WORD_RE.match("Prov. Jambi")
    assert places._DISTRICT_WORD_BEFORE_RE.search("di kecamatan ")


# -- officials and programmes ------------------------------------------------------------------

def test_official_words() -> None:
    assert officials._AGE_AFTER_RE.fullmatch(" (41 tahun)")
    assert officials._ROLE_RE.search("rapat dipimpin oleh")
    assert not officials._ROLE_RE.search("rapat oleh")
    assert not officials._APPOSITION_END_RE.match(" dan")
    assert officials._NAMEWORD_RE.match("binti")
    assert officials._APPOSITION_END_RE.match(" mengatakan")


def test_program_name_joiner(nlp) -> None:
    m = nlp.get_pipe("kie_programs").head_re.search("Program Keluarga Harapan dan Sembako Murah diluncurkan")
    assert m and m.group() == "Program Keluarga Harapan dan Sembako Murah"
