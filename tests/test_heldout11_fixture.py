"""Checks of the eleventh held-out gold set ``tests/fixtures/gold_heldout11.jsonl`` particular to it.

Six Indonesian news articles written for the tests in our own words and annotated by hand per
ANNOTATION.md by someone who had not read the extractor (session 4): a provincial BPS release with
abbreviated months, an infographic of labelled lines, a TV transcript with mixed number formats and
a correction, a stunting story, an academic's column with year series, and a TKPK coordination
meeting. First-run figure F1 0.674. The generic checks are in ``test_heldout_common_checks.py``;
none of these runs the extractor.
"""

from __future__ import annotations

import re

from .gold_fixtures import FIXTURES, load, new_regencies

FIXTURE = FIXTURES / "gold_heldout11.jsonl"
ARTICLES = load(FIXTURE)
IDS = [a["id"] for a in ARTICLES]


def test_size_and_ids() -> None:
    assert IDS == [f"heldout11-{i:02d}" for i in range(1, 7)]


def test_regencies_are_new_to_the_gold_sets() -> None:
    assert len(new_regencies(ARTICLES, FIXTURE)) >= 5


def test_correction_lines_are_boilerplate_and_hold_no_figure() -> None:
    """An editor's correction ("Ralat: ... yang benar ...") is not article text: its numbers are no figures."""
    seen = 0
    for art in ARTICLES:
        for m in re.finditer(r"(?m)^Ralat:.*$", art["text"]):
            seen += 1
            assert any(b["start"] <= m.start() and m.end() <= b["end"] for b in art["boilerplate"])
            assert not any(m.start() <= f["start"] < m.end() for f in art["figures"])
    assert seen >= 1


def test_dot_decimal_formats_keep_their_value() -> None:
    """"12.5%" is twelve and a half percent, not 125."""
    for art in ARTICLES:
        for f in art["figures"]:
            if re.fullmatch(r"\d+\.\d%", f["text"]):
                assert f["value"] == float(f["text"][:-1])
