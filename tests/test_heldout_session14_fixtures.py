"""Checks particular to the held-out gold sets of session 14 (``gold_heldout197`` on, seven articles each),
written in our own words and annotated by hand per ANNOTATION.md by someone who had not read the extractor,
then scored once (first runs in README). None of these checks runs the extractor."""

from __future__ import annotations

from .gold_fixtures import FIXTURES, article, check_mostly_national, check_set_shape, check_sets_keep_to, load

SETS = {n: load(FIXTURES / f"gold_heldout{n}.jsonl") for n in range(197, 217)}


def test_each_set_has_seven_articles_with_scored_figures() -> None:
    check_set_shape(SETS, articles=7, min_scored=60)


def test_each_set_reaches_back_to_data_before_2015() -> None:
    for n, arts in SETS.items():
        years = {f["year"] for a in arts for f in a["figures"] if f["year"] is not None}
        assert min(years) <= 2014, n


def test_the_regional_sets_keep_to_their_islands() -> None:
    islands = {197: {"13", "16", "17", "21", "62", "63", "65"}, 198: {"32", "33", "35", "36", "51", "53"},
               199: {"72", "73", "76", "93", "94", "95"}, 201: {"11", "12", "19", "61", "62", "63"},
               202: {"32", "35", "51", "52", "53"}, 203: {"53", "73", "74", "76", "82", "94", "96"},
               205: {"11", "13", "19", "61", "63", "64"}, 206: {"32", "33", "35", "51", "52", "53"},
               210: {"32", "33", "35", "51", "52", "53"}, 211: {"71", "73", "74", "76", "81", "94"},
               213: {"18", "21", "61", "62"}, 214: {"32", "33", "35", "51", "52", "53"},
               215: {"53", "71", "73", "81", "82", "94", "96"}}
    check_sets_keep_to(SETS, islands)


def test_the_national_sets_are_mostly_the_nations() -> None:
    check_mostly_national(SETS, (200, 204, 208, 212, 216))


def test_the_programme_groups_members_are_recipients() -> None:
    # gold_heldout198-05: "28 Kelompok Usaha Bersama (Kube) beranggotakan 280 orang"
    kube = [f for f in article(SETS, 198, 5)["figures"] if f["program"] == "Kube" and f["metric"] == "beneficiary_count"]
    assert [f["value"] for f in kube] == [280]


def test_the_registry_clean_up_counts_removals_and_additions() -> None:
    # gold_heldout204-03: "612.340 keluarga penerima manfaat (KPM) dikeluarkan ..., sementara 498.115 KPM baru ditambahkan"
    changes = {f["value"] for f in article(SETS, 204, 3)["figures"] if f["kind"] == "change"}
    assert {-612340, 498115} <= changes


def test_the_budget_list_is_of_the_draft_budgets_year() -> None:
    # gold_heldout200-02: "Berikut rincian ... dalam RAPBN 2022 dibandingkan outlook 2021:" then a line per programme
    years = {f["year"] for f in article(SETS, 200, 2)["figures"] if f["metric"] == "budget"}
    assert years == {2021, 2022}
