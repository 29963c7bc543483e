"""Structural checks of the seventh held-out gold set ``tests/fixtures/gold_heldout7.jsonl``.

Ten Indonesian news articles written for the tests in our own words and annotated by hand per
ANNOTATION.md by someone who had not read the extractor, in the styles of regional outlets the
earlier sets use little: a BPS release retold as news, a radio interview, a DPRD budget hearing, a
village story, a numbered ranking of regencies, articles from 2015 and 2016 on the data of the year
before, a stunting round-up, a story with numbers written in words, and a 2025 release. The generic
checks are in ``test_heldout_common_checks.py``; these never run the extractor either.
"""

from __future__ import annotations

import re

from kemiskinan_ie.number_words import words_value

from .gold_fixtures import (
    FIXTURES,
    load,
    new_regencies,
)

FIXTURE = FIXTURES / "gold_heldout7.jsonl"
ARTICLES = load(FIXTURE)
IDS = [a["id"] for a in ARTICLES]
FIGURES = [f for a in ARTICLES for f in a["figures"]]


def test_size_and_ids() -> None:
    assert IDS == [f"heldout7-{i:02d}" for i in range(1, 11)]


def test_numbers_in_words_spell_their_value() -> None:
    """The set's figures written in words ("tujuh puluh empat ribu jiwa") read back to their value."""
    worded = [f for f in FIGURES if not re.search(r"\d", f["text"])]
    assert len(worded) >= 3
    for fig in worded:
        words = re.match(r"((?:\w+\s+)*?\w+)\s+(?:persen|jiwa|orang|keluarga|rupiah|unit)\b", fig["text"], re.I)
        assert words, fig
        value = words_value(words.group(1))
        assert value is not None and abs(abs(fig["value"]) - value) < 1e-9 * max(1, value), fig


def test_a_numbered_ranking_gives_a_rate_and_a_count_per_line() -> None:
    ranked = [a for a in ARTICLES if re.search(r"^\d\. ", a["text"], re.MULTILINE)]
    assert ranked
    for art in ranked:
        for line in re.finditer(r"^\d\. .*$", art["text"], re.MULTILINE):
            figs = [f for f in art["figures"] if line.start() <= f["start"] < line.end()]
            assert {f["metric"] for f in figs} == {"poverty_rate", "poverty_count"}, line.group()
            assert len({f["region_code"] for f in figs}) == 1


def test_most_regencies_are_new_to_the_gold_sets() -> None:
    """The set reaches regencies no other gold set has (the Sulawesi Barat ranking repeats a few)."""
    assert len(new_regencies(ARTICLES, FIXTURE)) >= 6
