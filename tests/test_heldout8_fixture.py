"""Structural checks of the eighth held-out gold set ``tests/fixtures/gold_heldout8.jsonl``.

Ten Indonesian news articles written for the tests in our own words and annotated by hand per
ANNOTATION.md by someone who had not read the extractor: a national outlet on a provincial
release with neighbouring provinces in brackets, a Q&A interview, an opinion column, a regency
press release with yearly targets, a village story with DTSEN deciles, a city story mixing August
unemployment and March poverty, a data revision, a 2013 article with numbers in words, bulleted
release summaries, and an economist's projection. The tests check only that the annotation is well
formed and self-consistent; they never run the extractor.
"""

from __future__ import annotations

import re
from datetime import date

from kemiskinan_ie.number_words import words_value

from .gold_fixtures import (
    FIXTURES,
    load,
    new_regencies,
)

FIXTURE = FIXTURES / "gold_heldout8.jsonl"
ARTICLES = load(FIXTURE)
IDS = [a["id"] for a in ARTICLES]
FIGURES = [f for a in ARTICLES for f in a["figures"]]


def test_size_and_ids() -> None:
    assert IDS == [f"heldout8-{i:02d}" for i in range(1, 11)]


def test_numbers_in_words_spell_their_value() -> None:
    """Figures written in words ("seribu lima ratus RTS") read back to their value."""
    worded = [f for f in FIGURES if not re.search(r"\d", f["text"])]
    assert worded
    for fig in worded:
        value = words_value(fig["text"].rsplit(None, 1)[0])
        assert value is not None and abs(abs(fig["value"]) - value) < 1e-9 * max(1, value), fig


def test_bulleted_summaries_and_questions_and_answers() -> None:
    bulleted = [a for a in ARTICLES if re.search(r"^- .*\d", a["text"], re.MULTILINE)]
    assert bulleted
    for art in bulleted:
        for line in re.finditer(r"^- .*$", art["text"], re.MULTILINE):
            if re.search(r"\d", line.group()):
                assert any(line.start() <= f["start"] < line.end() for f in art["figures"]), line.group()
    assert any(re.search(r"^Tanya:", a["text"], re.MULTILINE) and re.search(r"^Jawab:", a["text"], re.MULTILINE)
               for a in ARTICLES)


def test_future_years_are_targets() -> None:
    """A rate for a year after publication is a goal or a projection, never a level."""
    for art in ARTICLES:
        year = date.fromisoformat(art["meta"]["published"]).year
        for fig in art["figures"]:
            if fig["metric"].endswith("_rate") and fig["year"] > year:
                assert fig["kind"] == "target", fig


def test_most_regencies_are_new_to_the_gold_sets() -> None:
    """The set reaches regencies no other gold set has."""
    assert len(new_regencies(ARTICLES, FIXTURE)) >= 10
