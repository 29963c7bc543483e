"""Checks of the twenty-eighth held-out gold set ``tests/fixtures/gold_heldout28.jsonl`` particular to it.

Six *ordinary* regional articles from 2018–2026 (Sumatera Barat, Bengkulu, Lampung, Jawa Tengah,
Kalimantan Selatan, Jambi) written for the tests in our own words and annotated by hand per
ANNOTATION.md by someone who had not read the extractor, on the final code of session 5: a BPS release,
a social office update, a regent's target, BLT Dana Desa, a DPRD budget and unemployment. First-run
figure F1 0.862. The generic checks are in ``test_heldout_common_checks.py``; none of these runs the
extractor.
"""

from __future__ import annotations

from .gold_fixtures import FIXTURES, load

ARTICLES = load(FIXTURES / "gold_heldout28.jsonl")


def test_only_the_assigned_provinces_are_used() -> None:
    provinces = {f["region_code"].split(".")[0] for a in ARTICLES for f in a["figures"] if f["region_code"]}
    assert provinces <= {"13", "15", "17", "18", "33", "63", "ID"}
