"""Checks of the thirteenth held-out gold set ``tests/fixtures/gold_heldout13.jsonl`` particular to it.

Six Indonesian news articles written for the tests in our own words and annotated by hand per
ANNOTATION.md by someone who had not read the extractor (session 4): a magazine family feature, a
table written as text, a Diskominfo item with long formal titles, an English-Indonesian urban piece,
a BAZNAS zakat story and a flood story. First-run figure F1 0.796. The generic checks are in
``test_heldout_common_checks.py``; none of these runs the extractor.
"""

from __future__ import annotations

from .gold_fixtures import FIXTURES, load, new_regencies

FIXTURE = FIXTURES / "gold_heldout13.jsonl"
ARTICLES = load(FIXTURE)
IDS = [a["id"] for a in ARTICLES]


def test_size_and_ids() -> None:
    assert IDS == [f"heldout13-{i:02d}" for i in range(1, 7)]


def test_regencies_are_new_to_the_gold_sets() -> None:
    assert len(new_regencies(ARTICLES, FIXTURE)) >= 5


def test_every_number_cell_of_the_text_table_is_a_figure() -> None:
    """Each numeric cell of a "A | B | C" row under a header is annotated, with the row's place."""
    seen = 0
    for art in ARTICLES:
        text = art["text"]
        lines = text.split("\n")
        pos = 0
        header = None
        for line in lines:
            if "|" in line and not any(ch.isdigit() for ch in line):
                header = line
            elif header and "|" in line and line.count("|") == header.count("|") and any(ch.isdigit() for ch in line):
                cells = line.split("|")
                start = pos + len(cells[0]) + 1
                for cell in cells[1:]:
                    s = start + len(cell) - len(cell.lstrip())
                    assert any(f["start"] == s for f in art["figures"]), (art["id"], cell)
                    seen += 1
                    start += len(cell) + 1
            else:
                header = None
            pos += len(line) + 1
    assert seen >= 10
