"""Checks of the ninth held-out gold set ``tests/fixtures/gold_heldout9.jsonl`` particular to it.

Eight Indonesian news articles written for the tests in our own words and annotated by hand per
ANNOTATION.md by someone who had not read the extractor: a Tribun story with "Baca juga" lines in the
middle, a multi-year urban/rural analysis, a provincial press release on extreme poverty, a district
stunting story, a September release published the following January, a regent's claim checked
against BPS data, a business-outlet piece full of English loanwords, and a short radio item. The
generic checks are in ``test_heldout_common_checks.py``; none of these runs the extractor.
"""

from __future__ import annotations

import re
from datetime import date

from .gold_fixtures import FIXTURES, load, new_regencies

FIXTURE = FIXTURES / "gold_heldout9.jsonl"
ARTICLES = load(FIXTURE)
IDS = [a["id"] for a in ARTICLES]


def test_size_and_ids() -> None:
    assert IDS == [f"heldout9-{i:02d}" for i in range(1, 9)]


def test_regencies_are_new_to_the_gold_sets() -> None:
    assert len(new_regencies(ARTICLES, FIXTURE)) >= 8


def test_read_more_lines_inside_the_text_are_boilerplate() -> None:
    """A "Baca juga" line in the middle of an article is boilerplate, and no figure or entity sits in it."""
    inside = 0
    for art in ARTICLES:
        for m in re.finditer(r"^Baca juga:.*$", art["text"], re.MULTILINE):
            assert any(b["start"] <= m.start() and m.end() <= b["end"] for b in art["boilerplate"]), m.group()
            inside += m.end() < len(art["text"].rstrip()) - 200
            for span in art["figures"] + art["entities"]:
                assert not (m.start() <= span["start"] < m.end()), span
    assert inside >= 1


def test_a_release_from_last_year_is_dated_to_it() -> None:
    """Articles published in January about the previous September's release date those figures to it."""
    found = False
    for art in ARTICLES:
        pub = date.fromisoformat(art["meta"]["published"])
        if pub.month == 1 and "September" in art["text"]:
            sept = [f for f in art["figures"] if f["month"] == 9]
            assert sept and all(f["year"] == pub.year - 1 for f in sept)
            found = True
    assert found
