"""Checks particular to the held-out gold sets of session 22 (``gold_heldout419`` on, seven articles each), written in
our own words and annotated by hand per ANNOTATION.md by someone who had not read the extractor, then scored once
(first runs in README). None of these checks runs the extractor."""

from __future__ import annotations

from .gold_fixtures import FIXTURES, article, load

FIRST, LAST = 419, 446
SETS = {n: load(FIXTURES / f"gold_heldout{n}.jsonl") for n in range(FIRST, LAST + 1)}


def test_the_new_papuan_provinces_carry_their_own_codes() -> None:
    # gold_heldout434-01: Papua Tengah's first release; its regencies are 94.xx, not Papua's 91.xx
    places = {e["text"]: e["attrs"]["code"] for e in article(SETS, 434, 1)["entities"] if e["label"] == "PLACE"}
    assert places["Papua Tengah"] == "94"
    assert all(code.startswith("94.") for text, code in places.items() if text in ("Intan Jaya", "Deiyai", "Puncak"))


def test_a_table_of_programmes_by_district_gives_each_cell_both() -> None:
    # gold_heldout422-05: "Kecamatan | PKH | BPNT" over "Tiris | 3.402 KPM | 5.611 KPM"
    cells = {f["text"]: f for f in article(SETS, 422, 5)["figures"]}
    assert (cells["3.402 KPM"]["program"], cells["3.402 KPM"]["region_code"]) == ("PKH", "35.13.07")
    assert (cells["5.611 KPM"]["program"], cells["5.611 KPM"]["region_code"]) == ("BPNT", "35.13.07")
