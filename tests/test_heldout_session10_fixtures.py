"""Checks particular to the held-out gold sets of session 10 (``gold_heldout109`` on), each written in our own
words and annotated by hand per ANNOTATION.md by someone who had not read the extractor, then scored once
(first runs in README). None of these checks runs the extractor."""

from __future__ import annotations

from .gold_fixtures import FIXTURES, check_set_shape, load

SETS = {n: load(FIXTURES / f"gold_heldout{n}.jsonl") for n in range(109, 133)}


def test_each_set_has_six_articles_with_scored_figures() -> None:
    check_set_shape(SETS)


def test_the_sumatra_kalimantan_set_has_signed_changes_of_the_rate() -> None:
    # gold_heldout109: falls of the rate written without a direction word are negative points
    changes = [f for a in SETS[109] for f in a["figures"] if f["kind"] == "change" and f["metric"] == "poverty_rate"]
    assert changes and all(f["value"] < 0 and f["unit"] == "percent_point" for f in changes)


def test_the_programme_set_counts_registry_checks_in_households() -> None:
    figs = [f for a in SETS[110] for f in a["figures"] if f["metric"] == "welfare_registry_count"]
    assert len(figs) >= 5 and all(f["unit"] == "households" for f in figs)


def test_the_eastern_set_compares_a_province_with_two_regencies() -> None:
    # gold_heldout111-02: Maluku, Maluku Barat Daya and Kepulauan Aru in one paragraph
    art = next(a for a in SETS[111] if a["id"] == "heldout111-02")
    assert {"81", "81.07", "81.08"} <= {f["region_code"] for f in art["figures"]}


def test_the_national_set_has_the_depth_severity_and_gini_of_a_province() -> None:
    art = next(a for a in SETS[112] if a["id"] == "heldout112-02")
    assert {"poverty_gap_index", "poverty_severity_index", "gini_ratio"} <= {f["metric"] for f in art["figures"]}


def test_the_twin_cities_set_codes_a_city_and_its_namesake_regency_apart() -> None:
    # gold_heldout114-02: Kota Kediri and Kabupaten Kediri, a figure each
    art = next(a for a in SETS[114] if a["id"] == "heldout114-02")
    assert {"35.06", "35.71"} <= {f["region_code"] for f in art["figures"]}


def test_the_formats_set_has_a_text_table_with_its_rows_dated_by_the_caption() -> None:
    # gold_heldout116-04: "Wilayah | Persentase (%) | ..." rows, March 2023 from the line before the table
    art = next(a for a in SETS[116] if a["id"] == "heldout116-04")
    assert "|" in art["text"]
    rows = [f for f in art["figures"] if art["text"].rfind("\n", 0, f["start"]) < f["start"]
            and "|" in art["text"][art["text"].rfind("\n", 0, f["start"]):f["start"]]]
    assert rows and all((f["year"], f["month"]) == (2023, 3) for f in rows)


def test_the_economy_set_keeps_most_of_its_numbers_out_of_the_poverty_metrics() -> None:
    # gold_heldout120: growth, wages, prices and budget lines around a poverty rate quoted in passing
    figs = [f for a in SETS[120] for f in a["figures"]]
    poverty = [f for f in figs if f["metric"].startswith(("poverty", "extreme_poverty"))]
    assert len(poverty) < len(figs) // 4
    assert {"economic_growth", "gini_ratio", "hdi", "unemployment_rate"} <= {f["metric"] for f in figs}
