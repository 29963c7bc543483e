"""Checks particular to the held-out gold sets of session 21 (``gold_heldout395`` on, seven articles each), written in
our own words and annotated by hand per ANNOTATION.md by someone who had not read the extractor, then scored once
(first runs in README). None of these checks runs the extractor."""

from __future__ import annotations

from .gold_fixtures import FIXTURES, article, load

FIRST, LAST = 395, 418
SETS = {n: load(FIXTURES / f"gold_heldout{n}.jsonl") for n in range(FIRST, LAST + 1)}


def test_villages_carry_their_kemendagri_codes() -> None:
    villages = [e for n in SETS for r in SETS[n] for e in r["entities"]
                if e["label"] == "PLACE" and e["text"].startswith("Desa ")]
    assert len(villages) >= 8
    assert all(e["attrs"]["code"] and len(e["attrs"]["code"].split(".")) == 4 for e in villages)


def test_a_table_of_indicators_by_period_is_annotated_cell_by_cell() -> None:
    # gold_heldout399-07: "Indikator | Maret 2022 | Maret 2023 | Maret 2024", the count row in thousands of people
    cells = {f["text"]: f for f in article(SETS, 399, 7)["figures"]}
    assert cells["7,93"]["metric"] == "poverty_count" and cells["7,93"]["value"] == 7930
    assert (cells["7,93"]["year"], cells["7,93"]["month"]) == (2022, 3)
