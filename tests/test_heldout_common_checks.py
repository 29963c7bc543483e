"""Structural checks shared by the held-out gold sets written from session 3 on (``gold_heldout7`` and
later): every article validates, entity and figure spans are exact and canonical, regions resolve.
Set-specific checks live in ``test_heldout<N>_fixture.py``; none of them runs the extractor."""

from __future__ import annotations

from typing import Any

import pytest

from .gold_fixtures import FIXTURES, check_entities, check_envelope, check_figure_regions, check_figures, load

SETS = ["gold_heldout7.jsonl", "gold_heldout8.jsonl", "gold_heldout9.jsonl", "gold_heldout10.jsonl",
        "gold_heldout11.jsonl", "gold_heldout12.jsonl", "gold_heldout13.jsonl", "gold_heldout14.jsonl",
        "gold_heldout15.jsonl", "gold_heldout16.jsonl", "gold_heldout17.jsonl",
        "gold_heldout18.jsonl", "gold_heldout19.jsonl", "gold_heldout20.jsonl", "gold_heldout21.jsonl",
        "gold_heldout22.jsonl", "gold_heldout23.jsonl", "gold_heldout24.jsonl", "gold_heldout25.jsonl",
        "gold_heldout26.jsonl", "gold_heldout27.jsonl", "gold_heldout28.jsonl", "gold_heldout29.jsonl",
        "gold_heldout30.jsonl", "gold_heldout31.jsonl", "gold_heldout32.jsonl", "gold_heldout33.jsonl",
        "gold_heldout34.jsonl", "gold_heldout35.jsonl", "gold_heldout36.jsonl", "gold_heldout37.jsonl",
        "gold_heldout38.jsonl", "gold_heldout39.jsonl"] + [f"gold_heldout{n}.jsonl" for n in range(40, 471)]
ARTICLES = [a for name in SETS for a in load(FIXTURES / name)]
IDS = [a["id"] for a in ARTICLES]


@pytest.mark.parametrize("art", ARTICLES, ids=IDS)
def test_article_envelope(art: dict[str, Any]) -> None:
    check_envelope(art)


@pytest.mark.parametrize("art", ARTICLES, ids=IDS)
def test_entities_are_exact_and_well_formed(art: dict[str, Any]) -> None:
    check_entities(art)


@pytest.mark.parametrize("art", ARTICLES, ids=IDS)
def test_figures_use_canonical_values(art: dict[str, Any]) -> None:
    check_figures(art)


@pytest.mark.parametrize("art", ARTICLES, ids=IDS)
def test_figure_regions_resolve(art: dict[str, Any]) -> None:
    check_figure_regions(art["figures"])


#: the sets of sessions 5 to 7: the years their articles were published in (None: not constrained by
#: the brief)
SET_YEARS: dict[int, range | None] = {19: range(2014, 2019), 20: range(2025, 2027), 21: range(2019, 2023),
                                      22: range(2021, 2025), 23: None, 24: range(2017, 2020),
                                      25: range(2023, 2027), 26: range(2020, 2027), 27: range(2012, 2027),
                                      28: range(2018, 2027), 29: range(2011, 2027),
                                      30: range(2019, 2026), 31: range(2017, 2026), 32: range(2015, 2026),
                                      33: range(2016, 2026), 34: None, 35: range(2018, 2027),
                                      36: range(2015, 2026), 37: None, 38: range(2016, 2027), 39: range(2016, 2027),
                                      # session 7
                                      40: range(2019, 2026), 41: range(2020, 2026), 42: range(2017, 2026),
                                      43: range(2019, 2026), 44: range(2015, 2021), 45: range(2018, 2026),
                                      46: range(2017, 2026), 47: range(2016, 2026), 48: range(2019, 2026),
                                      49: range(2018, 2026), 50: range(2018, 2026), 51: range(2018, 2026),
                                      52: range(2018, 2026), 53: range(2017, 2026), 54: range(2017, 2026),
                                      56: range(2017, 2026)}
# (gold_heldout55 and 57-60 reuse regencies of earlier sets: few unused ones were left)


@pytest.mark.parametrize("n", sorted(SET_YEARS))
def test_later_sets_have_six_articles_new_regencies_and_their_years(n: int) -> None:
    from .gold_fixtures import new_regencies

    fixture = FIXTURES / f"gold_heldout{n}.jsonl"
    arts = load(fixture)
    assert [a["id"] for a in arts] == [f"heldout{n}-{i:02d}" for i in range(1, 7)]
    assert len(new_regencies(arts, fixture)) >= 3
    years = SET_YEARS[n]
    if years is not None:
        assert all(int(a["meta"]["published"][:4]) in years for a in arts)
