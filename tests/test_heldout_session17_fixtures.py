"""Checks particular to the held-out gold sets of session 17 (``gold_heldout267`` on, seven articles each),
written in our own words and annotated by hand per ANNOTATION.md by someone who had not read the extractor,
then scored once (first runs in README). None of these checks runs the extractor."""

from __future__ import annotations

from .gold_fixtures import FIXTURES, article, load

FIRST, LAST = 267, 302
SETS = {n: load(FIXTURES / f"gold_heldout{n}.jsonl") for n in range(FIRST, LAST + 1)}


def test_the_registry_removals_are_signed_changes() -> None:
    # gold_heldout279-06: "Pencoretan terbanyak terjadi di Kecamatan Rantau Utara sebanyak 2.310 jiwa"
    changes = [f for f in article(SETS, 279, 6)["figures"] if f["metric"] == "welfare_registry_count" and f["kind"] == "change"]
    assert any(f["value"] < 0 for f in changes) and any(f["value"] > 0 for f in changes)


def test_the_island_groups_have_no_code() -> None:
    # gold_heldout282-05: "Bali-Nusa Tenggara 2,02 juta orang (7,1 persen), serta Maluku-Papua 1,56 juta orang"
    groups = {f["region"] for f in article(SETS, 282, 5)["figures"] if f["region"] and f["region"].startswith("Pulau")}
    assert {"Pulau Bali dan Nusa Tenggara", "Pulau Maluku dan Papua"} <= groups
    assert all(f["region_code"] is None for f in article(SETS, 282, 5)["figures"] if f["region"] in groups)
