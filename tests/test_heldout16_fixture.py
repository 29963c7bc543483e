"""Checks of the sixteenth held-out gold set ``tests/fixtures/gold_heldout16.jsonl`` particular to it.

Six Indonesian news articles written for the tests in our own words and annotated by hand per
ANNOTATION.md by someone who had not read the extractor (session 4): a registry-error
investigation, per-district extreme-poverty rates in one sentence, a university survey, a village
head's speech with spoken numbers, numeric dates and period spans, and a TV site with photo
captions. First-run figure F1 0.623. The generic checks are in ``test_heldout_common_checks.py``;
none of these runs the extractor.
"""

from __future__ import annotations

import re

from .gold_fixtures import FIXTURES, load, new_regencies

FIXTURE = FIXTURES / "gold_heldout16.jsonl"
ARTICLES = load(FIXTURE)
IDS = [a["id"] for a in ARTICLES]


def test_size_and_ids() -> None:
    assert IDS == [f"heldout16-{i:02d}" for i in range(1, 7)]


def test_regencies_are_new_to_the_gold_sets() -> None:
    assert len(new_regencies(ARTICLES, FIXTURE)) >= 5


def test_spoken_an_numbers_are_approximate() -> None:
    """"300-an KK", "40 persenan": the spoken suffix makes the figure approximate."""
    seen = 0
    for art in ARTICLES:
        for f in art["figures"]:
            if re.search(r"\d-an\b|persenan", f["text"]):
                seen += 1
                assert f["approx"] == "about", f
    assert seen >= 3


def test_survey_numbers_are_other() -> None:
    """Sample sizes, margins of error and shares of respondents are no poverty statistic."""
    seen = 0
    for art in ARTICLES:
        text = art["text"]
        for f in art["figures"]:
            if re.search(r"responden|margin|sampel", text[max(0, f["start"] - 60):f["start"]], re.I):
                seen += 1
                assert f["metric"] == "other", f
    assert seen >= 2
