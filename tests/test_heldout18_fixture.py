"""Checks of the eighteenth held-out gold set ``tests/fixtures/gold_heldout18.jsonl`` particular to it.

Six ordinary national, city and provincial news articles written for the tests in our own words and
annotated by hand per ANNOTATION.md by someone who had not read the extractor (end of session 4,
after all its fixes): a national BPS release, a mayor's programme, extreme poverty with P3KE, stunting
and poverty, unemployment and growth, and an academic's two-province column. First-run figure F1
0.971. The generic checks are in ``test_heldout_common_checks.py``; none of these runs the extractor.
"""

from __future__ import annotations

from .gold_fixtures import FIXTURES, load, new_regencies

FIXTURE = FIXTURES / "gold_heldout18.jsonl"
ARTICLES = load(FIXTURE)
IDS = [a["id"] for a in ARTICLES]


def test_size_and_ids() -> None:
    assert IDS == [f"heldout18-{i:02d}" for i in range(1, 7)]


def test_regencies_are_new_to_the_gold_sets() -> None:
    assert len(new_regencies(ARTICLES, FIXTURE)) >= 3


def test_changes_in_points_are_signed_rate_changes() -> None:
    seen = 0
    for art in ARTICLES:
        for f in art["figures"]:
            if f["unit"] == "percent_point" and f["metric"] != "other":
                seen += 1
                assert f["kind"] == "change"
    assert seen >= 3
