"""Checks particular to the held-out gold sets of session 12 (``gold_heldout161`` on, seven articles each),
written in our own words and annotated by hand per ANNOTATION.md by someone who had not read the extractor,
then scored once (first runs in README). None of these checks runs the extractor."""

from __future__ import annotations

from .gold_fixtures import FIXTURES, article, check_set_shape, load

SETS = {n: load(FIXTURES / f"gold_heldout{n}.jsonl") for n in range(161, 181)}


def test_each_set_has_seven_articles_with_scored_figures() -> None:
    check_set_shape(SETS, articles=7, min_scored=60)


def test_the_sumatra_and_kalimantan_set_reaches_back_to_older_years() -> None:
    years = {f["year"] for a in SETS[161] for f in a["figures"] if f["year"] is not None}
    assert min(years) <= 2016 and max(years) >= 2024


def test_the_village_fund_story_moves_from_village_to_district_to_regency() -> None:
    # gold_heldout162-02: a village's BLT Dana Desa, the district's total, then the regency's Dana Desa ceiling
    codes = {f["region_code"] for f in article(SETS, 162, 2)["figures"] if f["metric"] in ("budget", "beneficiary_count")}
    assert {"52.03", "52.03.20"} <= codes and any(c and c.count(".") == 3 for c in codes)


def test_the_commodity_shares_of_the_line_are_not_poverty_rates() -> None:
    # gold_heldout162-05: "Komoditas penyumbang terbesar:" and a list of shares by area
    art = article(SETS, 162, 5)
    shares = [f for f in art["figures"] if f["unit"] == "percent" and f["area"] is not None and f["metric"] == "other"]
    assert len(shares) >= 3


def test_the_eastern_set_spans_three_island_groups() -> None:
    provinces = {f["region_code"].split(".")[0] for a in SETS[163] for f in a["figures"] if f["region_code"]}
    assert {"72", "81", "75"} & provinces and {"92", "95", "96"} & provinces


def test_the_national_ranking_story_is_the_nations() -> None:
    # gold_heldout164-04: a national release naming the top and bottom provinces once each
    art = article(SETS, 164, 4)
    national = [f for f in art["figures"] if f["region_code"] == "ID" and f["metric"] in ("poverty_rate", "poverty_count")]
    ranked = {f["region_code"] for f in art["figures"] if f["region_code"] and f["region_code"] != "ID"}
    assert len(national) >= 8 and len(ranked) >= 3


def test_the_pandemic_stories_compare_with_the_year_before_the_pandemic() -> None:
    # gold_heldout164-02 and -06: September 2020 and 2021 against September 2019
    periods = {(f["year"], f["month"]) for i in (2, 6) for f in article(SETS, 164, i)["figures"]}
    assert {(2019, 9), (2020, 9), (2021, 9)} <= periods


def test_the_bengkulu_wire_story_gives_each_regency_its_own_rate() -> None:
    # gold_heldout165-04: "Kabupaten Kaur dan Kabupaten Lebong ..., masing-masing 19,30 persen dan 18,16 persen"
    rates = {f["region_code"] for f in article(SETS, 165, 4)["figures"] if f["metric"] == "poverty_rate"}
    assert {"17.04", "17.07"} <= rates


def test_the_programme_set_counts_recipients_by_district() -> None:
    # gold_heldout166-01: a list of districts under "Kecamatan dengan penerima ... terbanyak"
    codes = {f["region_code"] for f in article(SETS, 166, 1)["figures"] if f["metric"] == "beneficiary_count"}
    assert len({c for c in codes if c and c.count(".") == 2}) >= 3


def test_the_older_releases_of_the_kalimantan_sulawesi_set() -> None:
    years = {f["year"] for i in (1, 5) for f in article(SETS, 167, i)["figures"]}
    assert years & {2013, 2014} and 2015 in years


def test_the_national_and_papua_set_has_a_september_2014_release() -> None:
    periods = {(f["year"], f["month"]) for f in article(SETS, 168, 7)["figures"] if f["region_code"] == "ID"}
    assert (2014, 9) in periods


def test_the_round_up_of_central_kalimantan_names_four_regencies() -> None:
    # gold_heldout169-04: a wire round-up of four regencies (and the provincial capital)
    codes = {f["region_code"] for f in article(SETS, 169, 4)["figures"] if f["metric"] == "poverty_rate"}
    assert len({c for c in codes if c and c.startswith("62.")}) >= 4


def test_the_kube_story_gives_money_per_group_and_in_total() -> None:
    # gold_heldout170-07: "Setiap Kube mendapat modal Rp20 juta, sehingga total anggarannya Rp960 juta"
    budgets = {f["value"] for f in article(SETS, 170, 7)["figures"] if f["metric"] == "budget"}
    assert {20_000_000, 960_000_000} <= budgets


def test_the_ntt_release_of_2018_is_dated_september() -> None:
    periods = {(f["year"], f["month"]) for f in article(SETS, 171, 7)["figures"] if f["metric"] == "poverty_rate"}
    assert (2018, 9) in periods


def test_the_economists_series_dates_each_value_by_position() -> None:
    # gold_heldout172-05: "pada 2013, 2014 dan 2015 masing-masing 5,56 persen, 5,01 persen dan 4,79 persen"
    growth = sorted((f["year"], f["value"]) for f in article(SETS, 172, 5)["figures"] if f["metric"] == "economic_growth")
    assert [y for y, _ in growth][:3] == [2013, 2014, 2015]


def test_the_wire_story_of_south_sumatra_covers_several_regions() -> None:
    # gold_heldout173-07: Empat Lawang, Pagar Alam, Lahat and OKU Selatan in one story
    codes = {f["region_code"] for f in article(SETS, 173, 7)["figures"] if f["region_code"]}
    assert len({c for c in codes if c.startswith("16.")}) >= 4


def test_the_yogyakarta_story_counts_p3ke_by_district() -> None:
    # gold_heldout174-07: "Kemantren Umbulharjo sebanyak 286 jiwa, disusul Mergangsan 214 jiwa ..."
    codes = {f["region_code"] for f in article(SETS, 174, 7)["figures"] if f["metric"] == "welfare_registry_count"}
    assert len({c for c in codes if c and c.startswith("34.71.")}) >= 3


def test_the_flores_timur_story_of_2017_counts_insured_fishers_as_recipients() -> None:
    art = article(SETS, 175, 3)
    assert art["meta"]["published"].startswith("2017")
    assert any(f["metric"] == "beneficiary_count" and f["program"] for f in art["figures"])


def test_the_national_set_spans_a_decade_of_releases() -> None:
    years = {f["year"] for a in SETS[176] for f in a["figures"] if f["region_code"] == "ID" and f["year"]}
    assert min(years) <= 2016 and max(years) >= 2024


def test_the_final_sumatra_kalimantan_set_has_a_2016_round_up() -> None:
    # gold_heldout177-05: a wire round-up of four places in Central Kalimantan, 2015 data
    art = article(SETS, 177, 5)
    codes = {f["region_code"] for f in art["figures"] if f["region_code"]}
    assert art["meta"]["published"].startswith("2016") and len({c for c in codes if c.startswith("62.")}) >= 4


def test_the_jakarta_round_up_names_the_administrative_cities() -> None:
    # gold_heldout178-06: DKI Jakarta's five cities and Kepulauan Seribu
    codes = {f["region_code"] for f in article(SETS, 178, 6)["figures"] if f["region_code"]}
    assert len({c for c in codes if c.startswith("31.")}) >= 5


def test_the_west_sulawesi_release_of_september_2019() -> None:
    periods = {(f["year"], f["month"]) for f in article(SETS, 179, 2)["figures"] if f["region_code"] == "76"}
    assert (2019, 9) in periods


def test_the_final_national_set_starts_in_2013() -> None:
    years = {f["year"] for f in article(SETS, 180, 1)["figures"] if f["region_code"] == "ID"}
    assert 2013 in years
