"""Checks of the twenty-fourth held-out gold set ``tests/fixtures/gold_heldout24.jsonl`` particular to it.

Six Java and Banten articles from 2017–2019 written for the tests in our own words and annotated by hand
per ANNOTATION.md by someone who had not read the extractor (session 5): a BPS press conference with
three years in one sentence, a district's numbered village list, PKH graduation, a city against its
province, a rounded headline restated exactly, and zakat and CSR aid. First-run figure F1 0.788. None of
these checks runs the extractor.
"""

from __future__ import annotations

from .gold_fixtures import FIXTURES, load

FIXTURE = FIXTURES / "gold_heldout24.jsonl"
ARTICLES = load(FIXTURE)
BY_ID = {a["id"]: a for a in ARTICLES}


def test_a_rounded_headline_is_the_annotated_mention() -> None:
    art = BY_ID["heldout24-05"]
    head_end = art["text"].index("\n")
    head = [f for f in art["figures"] if f["end"] <= head_end]
    assert len(head) == 1 and head[0]["approx"] is not None
    assert not any(f["value"] == 19874 for f in art["figures"])  # the exact body value is a repeat


def test_numbered_village_lines_are_registry_counts_of_villages() -> None:
    art = BY_ID["heldout24-02"]
    lines = [f for f in art["figures"] if f["region_code"] and f["region_code"].count(".") == 3 and f["text"].endswith("KK")]
    assert len(lines) == 5 and {f["metric"] for f in lines} == {"welfare_registry_count"}
