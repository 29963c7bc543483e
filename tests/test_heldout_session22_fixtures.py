"""Checks particular to the held-out gold sets of session 22 (``gold_heldout419`` on, seven articles each), written in
our own words and annotated by hand per ANNOTATION.md by someone who had not read the extractor, then scored once
(first runs in README). None of these checks runs the extractor."""

from __future__ import annotations

from .gold_fixtures import FIXTURES, article, check_mostly_national, check_set_shape, check_sets_keep_to, load

FIRST, LAST = 419, 446
SETS = {n: load(FIXTURES / f"gold_heldout{n}.jsonl") for n in range(FIRST, LAST + 1)}
NATIONAL = (421, 424, 428, 432, 436, 444)  # (440 mixes formats: half its stories are regional)
#: the provinces each regional set was asked to keep to (its theme, and the places its stories compare with), by
#: Kemendagri province code
ISLANDS = {419: {"81", "82", "91", "92", "95"}, 420: {"11", "13", "16", "17"}, 422: {"33", "35"}, 423: {"52", "53"},
           425: {"61", "63", "65"}, 426: {"32"}, 427: {"14", "15", "17", "21"}, 429: {"34", "36"}, 430: {"73", "76"},
           431: {"35"}, 433: {"12"}, 434: {"53", "81", "93", "94", "95"}, 435: {"32"}, 437: {"71", "72", "75"},
           438: {"62", "64"}, 439: {"16", "18"}, 441: {"33"}, 442: {"51", "52", "81"}, 443: {"19", "21"},
           445: {"33", "35"}, 446: {"63", "65", "76"}}


def test_each_set_has_seven_articles_with_scored_figures() -> None:
    check_set_shape(SETS, articles=7, min_scored=40)


def test_the_regional_sets_keep_to_their_islands() -> None:
    check_sets_keep_to(SETS, ISLANDS)


def test_the_national_sets_are_mostly_the_nations() -> None:
    check_mostly_national(SETS, NATIONAL)


def test_the_new_papuan_provinces_carry_their_own_codes() -> None:
    # gold_heldout434-01: Papua Tengah's first release; its regencies are 94.xx, not Papua's 91.xx
    places = {e["text"]: e["attrs"]["code"] for e in article(SETS, 434, 1)["entities"] if e["label"] == "PLACE"}
    assert places["Papua Tengah"] == "94"
    assert all(code.startswith("94.") for text, code in places.items() if text in ("Intan Jaya", "Deiyai", "Puncak"))


def test_a_table_of_programmes_by_district_gives_each_cell_both() -> None:
    # gold_heldout422-05: "Kecamatan | PKH | BPNT" over "Tiris | 3.402 KPM | 5.611 KPM"
    cells = {f["text"]: f for f in article(SETS, 422, 5)["figures"]}
    assert (cells["3.402 KPM"]["program"], cells["3.402 KPM"]["region_code"]) == ("PKH", "35.13.07")
    assert (cells["5.611 KPM"]["program"], cells["5.611 KPM"]["region_code"]) == ("BPNT", "35.13.07")
