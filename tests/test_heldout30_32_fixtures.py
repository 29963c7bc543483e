"""Checks particular to the held-out gold sets of session 6 written and first scored by others:
``gold_heldout30`` (Sumatra and Kalimantan ordinary regional news, first run 0.855), ``gold_heldout31``
(village, district and kampung stories, 0.889) and ``gold_heldout32`` (BPS releases and analysis from
Sulawesi, Maluku and the nation, 0.941). Each set was written in our own words and annotated by hand per
ANNOTATION.md by someone who had not read the extractor. None of these checks runs the extractor."""

from __future__ import annotations

from .gold_fixtures import FIXTURES, load

SET30 = load(FIXTURES / "gold_heldout30.jsonl")
SET31 = load(FIXTURES / "gold_heldout31.jsonl")
SET32 = load(FIXTURES / "gold_heldout32.jsonl")


def test_outlet_date_lines_are_boilerplate_in_every_set() -> None:
    for arts in (SET30, SET31, SET32):
        lines = [a["text"][b["start"]:b["end"]] for a in arts for b in a["boilerplate"]]
        assert sum(" | " in line or " – " in line or " — " in line for line in lines) >= 4


def test_the_village_set_has_village_level_figures_in_four_articles() -> None:
    per_article = [sum(1 for f in a["figures"] if (f["region_code"] or "").count(".") == 3) for a in SET31]
    assert sum(1 for n in per_article if n) >= 4 and sum(per_article) >= 25


def test_the_release_set_has_march_and_september_of_one_year_for_one_province() -> None:
    art = next(a for a in SET32 if a["id"] == "heldout32-06")
    months = {(f["year"], f["month"]) for f in art["figures"] if f["region_code"] == "82" and f["metric"] == "poverty_rate"}
    assert {(2022, 3), (2022, 9)} <= months


def test_the_ordinary_set_mixes_poverty_with_other_statistics() -> None:
    metrics = {f["metric"] for a in SET30 for f in a["figures"]}
    assert {"poverty_rate", "poverty_count", "budget", "unemployment_rate", "stunting_rate"} <= metrics
