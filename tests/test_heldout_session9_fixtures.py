"""Checks particular to the held-out gold sets of session 9 (``gold_heldout85`` on), each written in our own
words and annotated by hand per ANNOTATION.md by someone who had not read the extractor, then scored once
(first runs in README). None of these checks runs the extractor."""

from __future__ import annotations

from .gold_fixtures import FIXTURES, check_set_shape, load

SETS = {n: load(FIXTURES / f"gold_heldout{n}.jsonl") for n in range(85, 109)}


def test_each_set_has_six_articles_with_scored_figures() -> None:
    check_set_shape(SETS)


def test_the_maluku_set_codes_a_negeri_as_a_village() -> None:
    # gold_heldout85-03: "Di Negeri Tulehu, Kecamatan Salahutu" is a village of Maluku Tengah
    art = next(a for a in SETS[85] if a["id"] == "heldout85-03")
    assert any(f["region_code"] == "81.01.14.2003" for f in art["figures"])


def test_the_programme_set_has_registry_changes_both_ways() -> None:
    # gold_heldout86-03: families taken out of and put into the registry are changes of its count
    figs = [f for a in SETS[86] for f in a["figures"] if f["metric"] == "welfare_registry_count"]
    assert any(f["kind"] == "change" and f["value"] < 0 for f in figs)
    assert any(f["kind"] == "change" and f["value"] > 0 for f in figs)


def test_the_national_set_has_the_nation_a_province_and_a_regency() -> None:
    codes = {f["region_code"] for a in SETS[87] for f in a["figures"]}
    assert {"ID", "52", "52.08"} <= codes


def test_the_format_set_marks_the_letterhead_but_not_the_title_as_boilerplate() -> None:
    # gold_heldout88-01: the sender's lines above the title are boilerplate, the title is text
    art = next(a for a in SETS[88] if a["id"] == "heldout88-01")
    text = art["text"]
    lines = [text[b["start"]:b["end"]] for b in art["boilerplate"]]
    assert any(line.startswith("PEMERINTAH KABUPATEN") for line in lines)
    title = text.split("\n\n")[1]
    assert not any(b["start"] <= text.index(title) < b["end"] for b in art["boilerplate"])
