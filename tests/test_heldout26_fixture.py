"""Checks of the twenty-sixth held-out gold set ``tests/fixtures/gold_heldout26.jsonl`` particular to it.

Six *ordinary* regional articles from 2020–2026 (Sulawesi Tengah, Kalimantan Barat, NTB, Aceh, Maluku,
Papua Barat Daya) written for the tests in our own words and annotated by hand per ANNOTATION.md by
someone who had not read the extractor, at the end of session 5 after its fixes: a BPS release, a social
office payout, a regent's speech, BLT Dana Desa, a provincial round-up and stunting. First-run figure
F1 0.885. None of these checks runs the extractor.
"""

from __future__ import annotations

from .gold_fixtures import FIXTURES, load

FIXTURE = FIXTURES / "gold_heldout26.jsonl"
ARTICLES = load(FIXTURE)
BY_ID = {a["id"]: a for a in ARTICLES}


def test_every_article_has_a_scored_poverty_figure() -> None:
    for art in ARTICLES:
        assert any(f["metric"] in ("poverty_rate", "poverty_count") for f in art["figures"]), art["id"]
