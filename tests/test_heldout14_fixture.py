"""Checks of the fourteenth held-out gold set ``tests/fixtures/gold_heldout14.jsonl`` particular to it.

Six Indonesian news articles written for the tests in our own words and annotated by hand per
ANNOTATION.md by someone who had not read the extractor (session 4): a fact-check of a campaign
claim, a DPRD member's op-ed, a BPS press conference with urban/rural values in brackets, a Balinese
village feature with banjar, a P3KE list by district and a wire item. First-run figure F1 0.704. The
generic checks are in ``test_heldout_common_checks.py``; none of these runs the extractor.
"""

from __future__ import annotations

import re

from .gold_fixtures import FIXTURES, load, new_regencies

FIXTURE = FIXTURES / "gold_heldout14.jsonl"
ARTICLES = load(FIXTURE)
IDS = [a["id"] for a in ARTICLES]


def test_size_and_ids() -> None:
    assert IDS == [f"heldout14-{i:02d}" for i in range(1, 7)]


def test_regencies_are_new_to_the_gold_sets() -> None:
    assert len(new_regencies(ARTICLES, FIXTURE)) >= 5


def test_bracketed_urban_and_rural_values_carry_their_area() -> None:
    """"(perkotaan 3,12; perdesaan 5,40)": each bracketed value is a figure of its own area."""
    seen = 0
    for art in ARTICLES:
        for m in re.finditer(r"\((?:di\s+)?perkotaan\s+([\d.,]+)[^)]*?perdesaan\s+([\d.,]+)", art["text"]):
            for grp, area in ((1, "urban"), (2, "rural")):
                f = next(f for f in art["figures"] if f["start"] == m.start(grp))
                assert f["area"] == area
                seen += 1
    assert seen >= 4


def test_places_below_a_village_keep_their_name_and_no_code() -> None:
    for art in ARTICLES:
        for f in art["figures"]:
            if f["region"] and f["region_code"] is None:
                assert any(e["label"] == "PLACE" and e["text"] == f["region"] for e in art["entities"])
