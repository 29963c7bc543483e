"""Checks particular to the held-out gold sets of session 21 (``gold_heldout395`` on, seven articles each), written in
our own words and annotated by hand per ANNOTATION.md by someone who had not read the extractor, then scored once
(first runs in README). None of these checks runs the extractor."""

from __future__ import annotations

from .gold_fixtures import FIXTURES, article, check_mostly_national, check_set_shape, check_sets_keep_to, load

FIRST, LAST = 395, 418
SETS = {n: load(FIXTURES / f"gold_heldout{n}.jsonl") for n in range(FIRST, LAST + 1)}
NATIONAL = (398, 402, 406, 410, 414, 418)
#: the provinces each regional set was asked to keep to (its theme), by Kemendagri province code
ISLANDS = {395: {"33", "34"}, 396: {"15", "16", "17", "18"}, 397: {"53", "81", "82", "91", "92", "93", "94", "95", "96"},
           399: {"62", "63", "64", "65"}, 400: {"71", "72", "75", "76"}, 401: {"31", "32", "36"},
           403: {"11", "12", "13", "14", "21"}, 404: {"32", "35", "51"}, 405: {"52", "53", "73", "74", "81", "92"},
           407: {"61", "62"}, 408: {"33", "35"}, 409: {"73", "74", "76"}, 411: {"16", "17", "18", "19"},
           412: {"52", "53"}, 413: {"32", "36"}, 415: {"12", "14", "15"}, 416: {"33", "34"},
           417: {"63", "64", "72", "75"}}


def test_each_set_has_seven_articles_with_scored_figures() -> None:
    check_set_shape(SETS, articles=7, min_scored=40)


def test_the_regional_sets_keep_to_their_islands() -> None:
    check_sets_keep_to(SETS, ISLANDS)


def test_the_national_sets_are_mostly_the_nations() -> None:
    check_mostly_national(SETS, NATIONAL)


def test_villages_carry_their_kemendagri_codes() -> None:
    villages = [e for n in SETS for r in SETS[n] for e in r["entities"]
                if e["label"] == "PLACE" and e["text"].startswith("Desa ")]
    assert len(villages) >= 8
    assert all(e["attrs"]["code"] and len(e["attrs"]["code"].split(".")) == 4 for e in villages)


def test_a_table_of_indicators_by_period_is_annotated_cell_by_cell() -> None:
    # gold_heldout399-07: "Indikator | Maret 2022 | Maret 2023 | Maret 2024", the count row in thousands of people
    cells = {f["text"]: f for f in article(SETS, 399, 7)["figures"]}
    assert cells["7,93"]["metric"] == "poverty_count" and cells["7,93"]["value"] == 7930
    assert (cells["7,93"]["year"], cells["7,93"]["month"]) == (2022, 3)
