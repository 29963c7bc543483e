"""Checks particular to the held-out gold sets of session 16 (``gold_heldout241`` on, seven articles each),
written in our own words and annotated by hand per ANNOTATION.md by someone who had not read the extractor,
then scored once (first runs in README). None of these checks runs the extractor."""

from __future__ import annotations

from .gold_fixtures import FIXTURES, article, check_mostly_national, check_set_shape, check_sets_keep_to, load

FIRST, LAST = 241, 266
SETS = {n: load(FIXTURES / f"gold_heldout{n}.jsonl") for n in range(FIRST, LAST + 1)}
NATIONAL = (244, 248, 252, 256, 260, 266)
#: the provinces each regional set was asked to keep to (its theme), by Kemendagri province code
ISLANDS = {241: {"14", "15", "17", "62", "65"}, 242: {"33", "34", "36", "51", "52", "53"},
           243: {"72", "74", "75", "81", "82", "91", "92", "95", "96"}, 245: {"11", "13", "16", "61", "63", "64"},
           246: {"31", "32", "35", "51", "52", "53"}, 247: {"53", "71", "73", "76", "91", "93", "94"},
           249: {"12", "14", "18", "19", "21", "62", "63"}, 250: {"32", "33", "34", "35", "51", "52", "53"},
           251: {"72", "73", "75", "81", "82", "91", "96"}, 253: {"11", "13", "15", "17", "61", "64", "65"},
           254: {"32", "33", "35", "36", "51", "52", "53"}, 255: {"53", "74", "76", "81", "91", "92", "93", "94", "95"},
           257: {"12", "14", "16", "18", "62", "63"}, 258: {"32", "33", "34", "35", "36", "51", "52", "53"},
           259: {"71", "72", "73", "75", "81", "82", "91", "92"},
           261: {"11", "15", "16", "17", "32", "51", "64", "74", "96"}, 262: {"13", "17", "33", "52", "61", "76", "81"},
           263: {"12", "14", "16", "18", "21", "63", "65"}, 264: {"31", "32", "33", "34", "35", "36", "53"},
           265: {"53", "72", "73", "75", "82", "91", "93"}}


def test_each_set_has_seven_articles_with_scored_figures() -> None:
    check_set_shape(SETS, articles=7, min_scored=60)


def test_the_regional_sets_keep_to_their_islands() -> None:
    check_sets_keep_to(SETS, ISLANDS)


def test_the_national_sets_are_mostly_the_nations() -> None:
    check_mostly_national(SETS, NATIONAL)


def test_the_headlines_under_a_related_links_heading_carry_no_figure() -> None:
    # gold_heldout243-01 ends "Baca juga:\n• BPS: Gini Ratio Maluku Utara Maret 2019 Turun ke 0,309\n• ..."
    a = article(SETS, 243, 1)
    cut = a["text"].index("Baca juga:")
    assert not any(f["start"] >= cut for f in a["figures"])
    assert not any(e["start"] >= cut for e in a["entities"])


def test_the_districts_of_a_registry_breakdown_are_registry_counts() -> None:
    # gold_heldout241-04: "Kecamatan Tanjung Selor menempati urutan teratas dengan 4.215 jiwa" ... "Tanjung Palas dengan 2.876 jiwa"
    parts = [f for f in article(SETS, 241, 4)["figures"] if f["region_code"] and f["region_code"].count(".") == 2
             and f["unit"] == "persons" and f["kind"] == "level"]
    assert len(parts) == 10 and all(f["metric"] == "welfare_registry_count" for f in parts)
