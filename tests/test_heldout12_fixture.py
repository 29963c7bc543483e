"""Checks of the twelfth held-out gold set ``tests/fixtures/gold_heldout12.jsonl`` particular to it.

Six Indonesian news articles written for the tests in our own words and annotated by hand per
ANNOTATION.md by someone who had not read the extractor (session 4): a Q&A with a BPS head, a
provincial press release, a live report of a DPRD plenary, a village (pekon) story, a national
extreme-poverty story, and a fishers' economy piece. First-run figure F1 0.663. The generic checks
are in ``test_heldout_common_checks.py``; none of these runs the extractor.
"""

from __future__ import annotations

import re

from .gold_fixtures import FIXTURES, load, new_regencies

FIXTURE = FIXTURES / "gold_heldout12.jsonl"
ARTICLES = load(FIXTURE)
IDS = [a["id"] for a in ARTICLES]


def test_size_and_ids() -> None:
    assert IDS == [f"heldout12-{i:02d}" for i in range(1, 7)]


def test_regencies_are_new_to_the_gold_sets() -> None:
    assert len(new_regencies(ARTICLES, FIXTURE)) >= 5


def test_pekon_figures_are_village_level() -> None:
    """Figures on a line opened by "Pekon X:" belong to a village (a four-part code)."""
    seen = 0
    for art in ARTICLES:
        for line in re.finditer(r"(?m)^Pekon [A-Z]\w+:.*$", art["text"]):
            for f in art["figures"]:
                if line.start() <= f["start"] < line.end() and f["metric"] != "other":
                    seen += 1
                    assert f["region_code"] and f["region_code"].count(".") == 3
    assert seen >= 4


def test_bracketed_years_date_their_values() -> None:
    """"dari 21,34 persen (2009) menjadi 19,30 persen (2011)": each value has the year in its brackets."""
    seen = 0
    for art in ARTICLES:
        for f in art["figures"]:
            m = re.match(r"\s*\((\d{4})\)", art["text"][f["end"]:])
            if m and f["kind"] == "level":
                seen += 1
                assert f["year"] == int(m.group(1))
    assert seen >= 2
