"""Checks particular to the held-out gold sets of session 16 (``gold_heldout241`` on, seven articles each),
written in our own words and annotated by hand per ANNOTATION.md by someone who had not read the extractor,
then scored once (first runs in README). None of these checks runs the extractor."""

from __future__ import annotations

from .gold_fixtures import FIXTURES, article, load

FIRST, LAST = 241, 266
SETS = {n: load(FIXTURES / f"gold_heldout{n}.jsonl") for n in range(FIRST, LAST + 1)}


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
