"""Checks of the fifteenth held-out gold set ``tests/fixtures/gold_heldout15.jsonl`` particular to it.

Six Indonesian news articles written for the tests in our own words and annotated by hand per
ANNOTATION.md by someone who had not read the extractor (session 4): a scraped page with navigation
junk, Javanese quotes, a quarterly BPS round-up, a DPRD budget hearing, a cadre's profile with
Sundanese quotes, and a press release with a tab-separated table. First-run figure F1 0.729. The
generic checks are in ``test_heldout_common_checks.py``; none of these runs the extractor.
"""

from __future__ import annotations

from .gold_fixtures import FIXTURES, load, new_regencies

FIXTURE = FIXTURES / "gold_heldout15.jsonl"
ARTICLES = load(FIXTURE)
IDS = [a["id"] for a in ARTICLES]


def test_size_and_ids() -> None:
    assert IDS == [f"heldout15-{i:02d}" for i in range(1, 7)]


def test_regencies_are_new_to_the_gold_sets() -> None:
    assert len(new_regencies(ARTICLES, FIXTURE)) >= 5


def test_navigation_lines_are_boilerplate() -> None:
    """Menu words, "Advertisement", "Bagikan:" and comment counters never hold a figure or entity."""
    junk = ("Advertisement", "Bagikan:", "Komentar", "Tag:")
    seen = 0
    for art in ARTICLES:
        pos = 0
        for line in art["text"].split("\n"):
            if line.strip().startswith(junk) or line.strip().endswith("Komentar"):
                seen += 1
                assert any(b["start"] <= pos + len(line) - len(line.lstrip()) < b["end"] for b in art["boilerplate"]), line
            pos += len(line) + 1
    assert seen >= 3


def test_tab_table_cells_are_scaled_by_their_header() -> None:
    """A cell under "Anggaran (Rp juta)" is millions of rupiah."""
    seen = 0
    for art in ARTICLES:
        for f in art["figures"]:
            line_start = art["text"].rfind("\n", 0, f["start"]) + 1
            if "\t" in art["text"][line_start:f["start"]] and f["unit"] == "idr":
                seen += 1
                assert f["value"] >= 1e6
    assert seen >= 4
