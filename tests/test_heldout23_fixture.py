"""Checks of the twenty-third held-out gold set ``tests/fixtures/gold_heldout23.jsonl`` particular to it.

Six national, analytical articles (2013–2016, 2023–2024) written for the tests in our own words and
annotated by hand per ANNOTATION.md by someone who had not read the extractor (session 5): fuel prices
and poverty, Java against eastern Indonesia, Raskin, PKH and BPNT amounts, inequality, and a column on
measuring poverty with two lines (World Bank shares are ``other``). First-run figure F1 0.718 (a national
story read as its late local example's). None of these checks runs the extractor.
"""

from __future__ import annotations

from .gold_fixtures import FIXTURES, load

FIXTURE = FIXTURES / "gold_heldout23.jsonl"
ARTICLES = load(FIXTURE)
BY_ID = {a["id"]: a for a in ARTICLES}


def test_national_stories_are_mostly_national() -> None:
    for aid in ("heldout23-01", "heldout23-04", "heldout23-05"):
        scored = [f for f in BY_ID[aid]["figures"] if f["metric"] != "other" and f["kind"] != "target"]
        assert sum(f["region_code"] == "ID" for f in scored) > len(scored) / 2, aid


def test_world_bank_shares_are_other() -> None:
    art = BY_ID["heldout23-06"]
    wb = [f for f in art["figures"] if "Bank Dunia" in art["text"][max(0, f["start"] - 200):f["start"]]]
    assert wb and all(f["metric"] == "other" for f in wb)
