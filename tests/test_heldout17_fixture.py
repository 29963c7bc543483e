"""Checks of the seventeenth held-out gold set ``tests/fixtures/gold_heldout17.jsonl`` particular to it.

Six ordinary regional news articles written for the tests in our own words and annotated by hand per
ANNOTATION.md by someone who had not read the extractor (end of session 4, after all its fixes): a
BPS regency release, a Dinsos programme story, a TKPK meeting, a DPRD member's comparison, a village
BLT payout and a provincial round-up. First-run figure F1 0.870 (loose 1.000). The generic checks
are in ``test_heldout_common_checks.py``; none of these runs the extractor.
"""

from __future__ import annotations

from .gold_fixtures import FIXTURES, load, new_regencies

FIXTURE = FIXTURES / "gold_heldout17.jsonl"
ARTICLES = load(FIXTURE)
IDS = [a["id"] for a in ARTICLES]


def test_size_and_ids() -> None:
    assert IDS == [f"heldout17-{i:02d}" for i in range(1, 7)]


def test_regencies_are_new_to_the_gold_sets() -> None:
    assert len(new_regencies(ARTICLES, FIXTURE)) >= 5


def test_regency_figures_of_a_provincial_round_up_are_annual() -> None:
    """Regency and city rates are annual releases: no month."""
    for art in ARTICLES:
        for f in art["figures"]:
            if f["metric"] == "poverty_rate" and f["region_code"] and f["region_code"].count(".") == 1:
                assert f["month"] is None, f
