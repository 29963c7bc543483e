"""Checks particular to the held-out gold sets of session 13 (``gold_heldout181`` on, seven articles each),
written in our own words and annotated by hand per ANNOTATION.md by someone who had not read the extractor,
then scored once (first runs in README). None of these checks runs the extractor."""

from __future__ import annotations

from .gold_fixtures import FIXTURES, article, check_mostly_national, check_set_shape, check_sets_keep_to, load

SETS = {n: load(FIXTURES / f"gold_heldout{n}.jsonl") for n in range(181, 197)}


def test_each_set_has_seven_articles_with_scored_figures() -> None:
    check_set_shape(SETS, articles=7, min_scored=70)


def test_each_set_reaches_back_to_data_before_2020() -> None:
    for n, arts in SETS.items():
        years = {f["year"] for a in arts for f in a["figures"] if f["year"] is not None}
        assert min(years) <= 2019, n


def test_the_regional_sets_keep_to_their_islands() -> None:
    islands = {181: {"11", "12", "13", "61", "62", "63"}, 182: {"33", "35", "51", "52", "53"},
               183: {"53", "71", "74", "81", "82", "93", "95"}, 185: {"12", "13", "16", "19", "21", "63", "64"},
               186: {"33", "35", "36", "51", "52", "53"}, 187: {"71", "72", "73", "81", "82", "92", "96"}}
    check_sets_keep_to(SETS, islands, also=frozenset({"31"}))


def test_the_national_sets_are_mostly_the_nations() -> None:
    check_mostly_national(SETS, (184, 188))


def test_the_targets_list_of_the_magelang_briefing_is_targets() -> None:
    # gold_heldout182-03: "target tahunan ... sebagai berikut:" and a line per year to 2029
    targets = {f["year"] for f in article(SETS, 182, 3)["figures"] if f["kind"] == "target" and f["metric"] == "poverty_rate"}
    assert {2026, 2027, 2028, 2029} <= targets


def test_the_struck_off_recipients_are_a_fall() -> None:
    # gold_heldout182-04: "15 keluarga dicoret karena sudah terdaftar sebagai penerima PKH"
    falls = [f for f in article(SETS, 182, 4)["figures"] if f["metric"] == "beneficiary_count" and f["kind"] == "change"]
    assert falls and all(f["value"] < 0 for f in falls)


def test_the_interview_set_names_the_questions_metrics() -> None:
    # gold_heldout187-07: a Q&A with a BPS head; "Kemiskinan ekstrem?" answered with a rate
    metrics = {f["metric"] for f in article(SETS, 187, 7)["figures"]}
    assert {"poverty_rate", "poverty_count", "extreme_poverty_rate", "poverty_line"} <= metrics


def test_the_economy_story_quotes_poverty_only_in_passing() -> None:
    # gold_heldout184-06: growth, exports, inflation and rates are no poverty statistics
    metrics = [f["metric"] for f in article(SETS, 184, 6)["figures"]]
    assert metrics.count("other") >= 4 and "economic_growth" in metrics
