"""Checks particular to the held-out gold sets of session 7 (``gold_heldout40`` to ``gold_heldout60``), each
written in our own words and annotated by hand per ANNOTATION.md by someone who had not read the extractor,
then scored once (first runs in README; 53-60 on the session's final code). None of these checks runs the
extractor."""

from __future__ import annotations

from .gold_fixtures import FIXTURES, load

SETS = {n: load(FIXTURES / f"gold_heldout{n}.jsonl") for n in range(40, 61)}


def test_the_registry_set_dates_its_registry_counts_by_their_snapshots() -> None:
    # gold_heldout41: DTKS/P3KE/DTSEN updates in villages and districts (first run 0.862)
    counts = [f for a in SETS[41] for f in a["figures"] if f["metric"] == "welfare_registry_count"]
    assert len(counts) >= 15
    assert sum(1 for f in counts if f["month"] is not None) >= 12  # "per Juni 2024", "per September 2025"
    assert any(f["kind"] == "change" for f in counts)


def test_the_release_set_splits_urban_and_rural_and_gives_both_indices() -> None:
    # gold_heldout42: provincial and regency BPS releases (first run 0.977)
    figs = [f for a in SETS[42] for f in a["figures"]]
    assert {"urban", "rural"} <= {f["area"] for f in figs}
    assert {"poverty_gap_index", "poverty_severity_index", "gini_ratio"} <= {f["metric"] for f in figs}


def test_the_older_news_set_has_plan_targets_beside_their_measured_baselines() -> None:
    # gold_heldout44: news of 2015-2020 with an RPJMD target story (first run 0.914)
    art = next(a for a in SETS[44] if a["id"] == "heldout44-04")
    kinds = {f["kind"] for f in art["figures"]}
    assert {"level", "target"} <= kinds
    assert all(a["meta"]["published"] < "2021" for a in SETS[44])


def test_programme_leavers_are_no_beneficiaries_in_the_sets_that_have_them() -> None:
    # PKH graduation (gold_heldout46-03) and members switched off (gold_heldout48-05) are `other`
    grad = next(a for a in SETS[46] if a["id"] == "heldout46-03")
    assert all(f["metric"] == "other" for f in grad["figures"] if f["text"].endswith("KPM") and f["value"] < 600)
    off = next(a for a in SETS[48] if a["id"] == "heldout48-05")
    assert any(f["metric"] == "other" and f["value"] == 21450 for f in off["figures"])


def test_every_set_of_the_session_is_six_articles_of_ordinary_length() -> None:
    for n, arts in SETS.items():
        assert len(arts) == 6, n
        words = [len(a["text"].split()) for a in arts]
        assert min(words) >= 200 and max(words) <= 600, (n, words)


def test_the_final_code_sets_cover_every_region_of_the_country() -> None:
    # gold_heldout53-56: ordinary news from Sumatra, Java and Bali, Kalimantan and Sulawesi, and the east
    provinces = {(f["region_code"] or "").split(".")[0] for n in (53, 54, 55, 56) for a in SETS[n] for f in a["figures"]}
    assert {"12", "35", "64", "73", "53", "91", "ID"} <= provinces
    assert any(f["metric"] == "economic_growth" and f["value"] < 0 for a in SETS[55] for f in a["figures"])
