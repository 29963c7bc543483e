"""Checks particular to the held-out gold sets of session 18 (``gold_heldout303`` on, seven articles each),
written in our own words and annotated by hand per ANNOTATION.md by someone who had not read the extractor,
then scored once (first runs in README). None of these checks runs the extractor."""

from __future__ import annotations

from .gold_fixtures import FIXTURES, article, load

FIRST, LAST = 303, 330
SETS = {n: load(FIXTURES / f"gold_heldout{n}.jsonl") for n in range(FIRST, LAST + 1)}


def test_a_table_of_districts_gives_each_row_its_district() -> None:
    # gold_heldout303-07: "Kecamatan | Keluarga | Jiwa" then "Tulung Selapan | 1.126 | 4.318"
    rows = [f for f in article(SETS, 303, 7)["figures"] if f["region_code"] and f["region_code"].count(".") == 2]
    assert len({f["region_code"] for f in rows}) == 5 and len(rows) == 10


def test_changes_against_two_bases_are_both_changes() -> None:
    # gold_heldout306-03: "berkurang 0,21 juta orang dibanding September 2024 dan 1,37 juta orang dibanding Maret 2024"
    changes = [f for f in article(SETS, 306, 3)["figures"] if f["metric"] == "poverty_count" and f["kind"] == "change"]
    assert len(changes) >= 2 and all(f["value"] < 0 for f in changes)


def test_the_island_groups_written_out_have_no_code() -> None:
    # gold_heldout310-03: "3. Bali dan Nusa Tenggara: 13,63 persen (2,05 juta orang)"
    groups = {f["region"] for f in article(SETS, 310, 3)["figures"] if f["region"] and f["region"].startswith("Pulau ")}
    assert {"Pulau Bali dan Nusa Tenggara", "Pulau Maluku dan Papua"} <= groups
    assert all(f["region_code"] is None for f in article(SETS, 310, 3)["figures"] if f["region"] in groups)


def test_a_registry_list_by_district_keeps_the_registry() -> None:
    # gold_heldout316-02: "Berdasarkan data ... (P3KE) ... tercatat 2.316 keluarga" then "1. Semampir: 312 keluarga"
    rows = [f for f in article(SETS, 316, 2)["figures"] if f["region_code"] and f["region_code"].count(".") == 2]
    assert len(rows) >= 5 and all(f["metric"] == "welfare_registry_count" for f in rows)
