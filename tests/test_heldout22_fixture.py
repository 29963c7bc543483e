"""Checks of the twenty-second held-out gold set ``tests/fixtures/gold_heldout22.jsonl`` particular to it.

Six Sulawesi, Maluku Utara and Papua Selatan articles from 2021–2024 written for the tests in our own
words and annotated by hand per ANNOTATION.md by someone who had not read the extractor (session 5): a
BPS release with a bulleted key-points list, a radio bulletin with spoken numbers, a fishing-village
feature, regencies compared in running text, a budget hearing and extreme poverty with P3KE deciles.
First-run figure F1 0.936. None of these checks runs the extractor.
"""

from __future__ import annotations

from .gold_fixtures import FIXTURES, load

FIXTURE = FIXTURES / "gold_heldout22.jsonl"
ARTICLES = load(FIXTURE)
BY_ID = {a["id"]: a for a in ARTICLES}


def test_spoken_numbers_are_figures() -> None:
    art = BY_ID["heldout22-02"]
    worded = [f for f in art["figures"] if not any(ch.isdigit() for ch in f["text"])]
    assert len(worded) >= 3
    assert any("koma" in f["text"] and f["unit"] == "percent" for f in worded)


def test_regencies_compared_in_running_text_share_one_period() -> None:
    art = BY_ID["heldout22-04"]
    rates = [f for f in art["figures"] if f["metric"] == "poverty_rate" and f["region_code"]
             and f["region_code"].count(".") == 1]
    assert len(rates) >= 5 and len({(f["year"], f["month"]) for f in rates}) == 1
