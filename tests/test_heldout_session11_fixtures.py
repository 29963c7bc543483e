"""Checks particular to the held-out gold sets of session 11 (``gold_heldout133`` on, seven articles each),
written in our own words and annotated by hand per ANNOTATION.md by someone who had not read the extractor,
then scored once (first runs in README). None of these checks runs the extractor."""

from __future__ import annotations

from .gold_fixtures import FIXTURES, check_set_shape, load

SETS = {n: load(FIXTURES / f"gold_heldout{n}.jsonl") for n in range(133, 161)}


def test_each_set_has_seven_articles_with_scored_figures() -> None:
    check_set_shape(SETS, articles=7, min_scored=60)


def test_the_jambi_list_gives_one_rate_per_regency_or_city() -> None:
    # gold_heldout133-03: a numbered list of eleven regencies and cities of Jambi, one rate each
    art = next(a for a in SETS[133] if a["id"] == "heldout133-03")
    codes = {f["region_code"] for f in art["figures"] if f["metric"] == "poverty_rate"}
    assert len({c for c in codes if c and c.startswith("15.")}) >= 11


def test_the_programme_set_keeps_programme_names_out_of_area() -> None:
    figs = [f for a in SETS[134] for f in a["figures"]]
    assert all(f["area"] in (None, "urban", "rural") for f in figs)
    assert sum(f["metric"] == "beneficiary_count" and f["program"] is not None for f in figs) >= 8


def test_the_eastern_set_has_depth_and_severity_of_an_earlier_release() -> None:
    # gold_heldout135-04: P1 and P2 of March 2024 and of the March 2023 release they are compared with
    art = next(a for a in SETS[135] if a["id"] == "heldout135-04")
    periods = {(f["metric"], f["year"], f["month"]) for f in art["figures"]}
    assert {("poverty_gap_index", 2023, 3), ("poverty_severity_index", 2023, 3)} <= periods


def test_the_national_budget_story_is_the_nations_and_of_the_budget_year() -> None:
    # gold_heldout136-05: the ministry's 2025 ceiling set in a meeting in Jakarta
    art = next(a for a in SETS[136] if a["id"] == "heldout136-05")
    budgets = [f for f in art["figures"] if f["metric"] == "budget"]
    assert budgets and {f["region_code"] for f in budgets} == {"ID"}
    assert sum(f["year"] == 2025 for f in budgets) >= 5


def test_the_registry_set_counts_the_extreme_poor_of_p3ke_as_registry_counts() -> None:
    # gold_heldout137-02: a district list of the extreme poor "menurut data P3KE"
    art = next(a for a in SETS[137] if a["id"] == "heldout137-02")
    registry = [f for f in art["figures"] if f["metric"] == "welfare_registry_count"]
    assert len(registry) >= 6 and not any(f["metric"] == "extreme_poverty_count" for f in art["figures"])


def test_the_household_line_list_gives_one_line_per_place() -> None:
    # gold_heldout139-05: "Berikut garis kemiskinan per rumah tangga ...:" and a numbered list
    art = next(a for a in SETS[139] if a["id"] == "heldout139-05")
    lines = [f for f in art["figures"] if f["metric"] == "poverty_line_household"]
    assert len({f["region_code"] for f in lines}) >= 5 and all(f["unit"] == "idr" for f in lines)


def test_the_bulleted_district_list_codes_each_district() -> None:
    # gold_heldout140-05: "- Kecamatan Pujut: ..." then bare district names
    art = next(a for a in SETS[140] if a["id"] == "heldout140-05")
    codes = {f["region_code"] for f in art["figures"] if f["metric"] == "welfare_registry_count"}
    assert len({c for c in codes if c and c.count(".") == 2}) >= 6


def test_the_national_commentary_is_all_the_nations() -> None:
    # gold_heldout144-06: an economist's series of national figures, filed from Jakarta, no region named
    art = next(a for a in SETS[144] if a["id"] == "heldout144-06")
    scored = [f for f in art["figures"] if f["metric"] != "other" and f["kind"] != "target"]
    assert len(scored) >= 10 and {f["region_code"] for f in scored} == {"ID"}
