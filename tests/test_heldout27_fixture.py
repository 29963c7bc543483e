"""Checks of the twenty-seventh held-out gold set ``tests/fixtures/gold_heldout27.jsonl`` particular to it.

Six articles in less common but real formats (2014–2024) written for the tests in our own words and
annotated by hand per ANNOTATION.md by someone who had not read the extractor, at the end of session 5:
a live blog with timestamps, an infographic written as lines, a Diskominfo press release, a family
feature, an ANTARA-style wire item, and an editorial disputing an official's claim. First-run figure F1
0.803. None of these checks runs the extractor.
"""

from __future__ import annotations

import re

from .gold_fixtures import FIXTURES, load

FIXTURE = FIXTURES / "gold_heldout27.jsonl"
ARTICLES = load(FIXTURE)
BY_ID = {a["id"]: a for a in ARTICLES}


def test_live_blog_timestamps_are_no_figures() -> None:
    art = BY_ID["heldout27-01"]
    stamps = [m.start() for m in re.finditer(r"\b\d{2}\.\d{2} WIB", art["text"])]
    assert len(stamps) >= 4
    assert not any(f["start"] in stamps for f in art["figures"])
