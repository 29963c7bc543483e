"""Checks of the twenty-first held-out gold set ``tests/fixtures/gold_heldout21.jsonl`` particular to it.

Six Java, Bali and NTB articles from the pandemic years (2019–2022) written for the tests in our own
words and annotated by hand per ANNOTATION.md by someone who had not read the extractor (session 5):
a Musrenbang on the COVID-19 rise, cash aid per family per month, a national March 2020 release with
provinces, numbers in words from a researcher, a coordination meeting of several officials, and
historical figures. First-run figure F1 0.850. None of these checks runs the extractor.
"""

from __future__ import annotations

from .gold_fixtures import FIXTURES, load

FIXTURE = FIXTURES / "gold_heldout21.jsonl"
ARTICLES = load(FIXTURE)
BY_ID = {a["id"]: a for a in ARTICLES}


def test_the_same_amount_for_two_programmes_is_two_figures() -> None:
    art = BY_ID["heldout21-02"]
    same = [f for f in art["figures"] if f["value"] == 300000]
    assert len(same) == 2 and len({f["program"] for f in same}) == 2 and len({f["start"] for f in same}) == 2


def test_a_number_in_words_is_a_figure_with_its_bound() -> None:
    art = BY_ID["heldout21-04"]
    worded = [f for f in art["figures"] if not any(ch.isdigit() for ch in art["text"][f["start"]:f["end"]])]
    assert worded and all(f["value"] >= 1 for f in worded)
    assert any(f["approx"] == "at_least" and f["value"] == 1_000_000 for f in worded)
