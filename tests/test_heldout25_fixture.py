"""Checks of the twenty-fifth held-out gold set ``tests/fixtures/gold_heldout25.jsonl`` particular to it.

Six Sumatran, Kalimantan, Riau Islands and NTT articles from 2023–2026 written for the tests in our own
words and annotated by hand per ANNOTATION.md by someone who had not read the extractor (session 5): a
BPS release with an urban/rural table, a mayor's Q&A, one amount for two programmes, a story of changes
against one base period, a correction note, and stunting with poverty. First-run figure F1 0.793. None of
these checks runs the extractor.
"""

from __future__ import annotations

from .gold_fixtures import FIXTURES, load

FIXTURE = FIXTURES / "gold_heldout25.jsonl"
ARTICLES = load(FIXTURE)
BY_ID = {a["id"]: a for a in ARTICLES}


def test_one_amount_for_two_programmes_is_two_figures() -> None:
    art = BY_ID["heldout25-03"]
    same = [f for f in art["figures"] if f["value"] == 4_500_000_000]
    assert len(same) == 2 and len({f["program"] for f in same}) == 2


def test_changes_take_the_end_period() -> None:
    art = BY_ID["heldout25-04"]
    changes = [f for f in art["figures"] if f["kind"] == "change"]
    assert len(changes) >= 4 and all((f["year"], f["month"]) == (2025, 3) for f in changes)
