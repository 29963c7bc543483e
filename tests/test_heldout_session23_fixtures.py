"""Checks particular to the held-out gold sets of session 23 (``gold_heldout447`` on, seven articles each), written in
our own words and annotated by hand per ANNOTATION.md by someone who had not read the extractor, then scored once
(first runs in README). The shape checks every session shares are in ``test_heldout_sessions.py``. None of these checks
runs the extractor."""

from __future__ import annotations

from .gold_fixtures import FIXTURES, article, load

FIRST, LAST = 447, 470
SETS = {n: load(FIXTURES / f"gold_heldout{n}.jsonl") for n in range(FIRST, LAST + 1)}


def test_a_table_of_struck_off_and_added_families_is_annotated_as_signed_changes() -> None:
    # gold_heldout455-06: "Kecamatan | Dicoret | Ditambah" over "Stabat | 712 | 538"
    cells = {f["text"]: f for f in article(SETS, 455, 6)["figures"]}
    assert (cells["712"]["kind"], cells["712"]["value"], cells["712"]["region_code"]) == ("change", -712, "12.05.07")
    assert (cells["538"]["kind"], cells["538"]["value"]) == ("change", 538)
    assert cells["3.278"]["region_code"] is None  # the "Kecamatan lainnya" row: no one district


def test_the_gap_between_urban_and_rural_rates_is_no_rate() -> None:
    # gold_heldout448-06: "Selisihnya 4,3 persen poin", "selisih itu sekitar 5,4 persen poin"
    gaps = [f for f in article(SETS, 448, 6)["figures"] if f["unit"] == "percent_point"]
    assert len(gaps) == 2 and all(f["metric"] == "other" for f in gaps)


def test_the_kapanewon_of_a_table_carry_district_codes() -> None:
    # gold_heldout457-01: "| Kapanewon | Keluarga dalam DTKS |" over "| Semanu | 6.412 |"
    places = {e["text"]: e["attrs"]["code"] for e in article(SETS, 457, 1)["entities"] if e["label"] == "PLACE"}
    assert (places["Semanu"], places["Ponjong"]) == ("34.03.08", "34.03.10")
