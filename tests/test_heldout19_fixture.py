"""Checks of the nineteenth held-out gold set ``tests/fixtures/gold_heldout19.jsonl`` particular to it.

Six eastern-Indonesian articles from 2014–2018 written for the tests in our own words and annotated by
hand per ANNOTATION.md by someone who had not read the extractor (session 5): a regional parliament
hearing, a provincial BPS September release, a city press release with a bulleted list of sub-district
recipients, a question-and-answer interview, a short news item and a village feature. First-run figure
F1 0.832. The generic checks are in ``test_heldout_common_checks.py``; none of these runs the extractor.
"""

from __future__ import annotations

from .gold_fixtures import FIXTURES, load

FIXTURE = FIXTURES / "gold_heldout19.jsonl"
ARTICLES = load(FIXTURE)
BY_ID = {a["id"]: a for a in ARTICLES}


def test_the_bulleted_sub_district_counts_add_up_to_the_headline_total() -> None:
    art = BY_ID["heldout19-03"]
    lines = [f for f in art["figures"] if f["metric"] == "beneficiary_count" and f["region_code"].count(".") == 2]
    assert len(lines) == 8
    assert all(art["text"][:f["start"]].rsplit("\n", 1)[1].startswith("•") for f in lines)
    total = next(f for f in art["figures"] if f["start"] < art["text"].index("\n"))
    assert sum(f["value"] for f in lines) == total["value"]


def test_the_interview_marks_its_turns() -> None:
    text = BY_ID["heldout19-04"]["text"]
    assert text.count("\nTanya:") >= 2 and text.count("\nJawab:") >= 2
