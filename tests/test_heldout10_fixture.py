"""Checks of the tenth held-out gold set ``tests/fixtures/gold_heldout10.jsonl`` particular to it.

Six Indonesian news articles written for the tests in our own words and annotated by hand per
ANNOTATION.md by someone who had not read the extractor: a DPRD member disputing a governor's
figure, a fishing-village feature, a BPS head's year-end round-up, BLT Dana Desa per village, a
ministry's extreme-poverty ranking, and a short editorial. It was scored once and no rule was
changed for it in session 3. The generic checks are in ``test_heldout_common_checks.py``; none of
these runs the extractor.
"""

from __future__ import annotations

import re

from .gold_fixtures import FIXTURES, load, new_regencies

FIXTURE = FIXTURES / "gold_heldout10.jsonl"
ARTICLES = load(FIXTURE)
IDS = [a["id"] for a in ARTICLES]


def test_size_and_ids() -> None:
    assert IDS == [f"heldout10-{i:02d}" for i in range(1, 7)]


def test_regencies_are_new_to_the_gold_sets() -> None:
    assert len(new_regencies(ARTICLES, FIXTURE)) >= 5


def test_a_place_name_made_of_number_words_is_no_figure() -> None:
    """"Lima Puluh Kota" is a regency, not fifty of anything."""
    for art in ARTICLES:
        for m in re.finditer(r"Lima Puluh Kota", art["text"]):
            assert not any(f["start"] < m.end() and m.start() < f["end"] for f in art["figures"])
            assert any(e["start"] <= m.start() and m.end() <= e["end"] and e["label"] in ("PLACE", "AGENCY")
                       for e in art["entities"]) or any(
                b["start"] <= m.start() < b["end"] for b in art["boilerplate"])


def test_targets_come_in_pairs_for_ranges() -> None:
    """A projected or targeted range ("0,3 hingga 0,5 persen") gives one target figure per end."""
    for art in ARTICLES:
        targets = sorted((f for f in art["figures"] if f["kind"] == "target"), key=lambda f: f["start"])
        for a, b in zip(targets, targets[1:], strict=False):
            if re.fullmatch(r"\s*(?:persen\s*)?(?:hingga|sampai|-|–)\s*", art["text"][a["end"]:b["start"]]):
                assert (a["metric"], a["year"]) == (b["metric"], b["year"])
