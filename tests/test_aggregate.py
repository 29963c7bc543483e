"""Corpus aggregation: merging repeated figures, conflict flags, provenance, table files."""

from __future__ import annotations

import json

import pytest

from kemiskinan_ie.aggregate import aggregate, aggregate_rows, values_agree, written_precision
from kemiskinan_ie.schema import ArticleResult, Figure

pd = pytest.importorskip("pandas")


def _fig(text: str, value: float, metric: str = "poverty_rate", *, start: int = 0, **kw) -> Figure:
    base = {"unit": "percent" if metric.endswith("rate") else "persons", "region": "Kabupaten Tapin",
            "region_code": "63.05", "year": 2022}
    base.update(kw)
    return Figure(metric=metric, value=value, text=text, start=start, end=start + len(text), **base)


def _art(id: str, text: str, figures: list[Figure], published: str | None = None) -> ArticleResult:
    return ArticleResult(id=id, text=text, meta={"published": published}, figures=figures)


@pytest.fixture()
def corpus() -> list[ArticleResult]:
    a_text = "Angka kemiskinan Tapin pada 2022 sebesar 5,32 persen, kata Kepala BPS. Penduduk miskin 7.064 jiwa."
    b_text = "Tingkat kemiskinan Tapin 2022 mencapai 0,24 persen. Penduduk miskin Tapin 2022 sebanyak 7064 orang."
    a = _art("a", a_text, [
        _fig("5,32 persen", 5.32, start=a_text.index("5,32"), speaker="Nurul Aini", source="BPS Tapin"),
        _fig("7.064 jiwa", 7064, "poverty_count", start=a_text.index("7.064")),
    ], "2023-01-10")
    b = _art("b", b_text, [
        _fig("0,24 persen", 0.24, start=b_text.index("0,24"), source="Bappeda Tapin"),
        _fig("7064 orang", 7064, "poverty_count", start=b_text.index("7064")),
    ], "2023-02-01")
    err = ArticleResult.error_record("broken", "cannot read", text="x")
    return [a, b, err]


def _row(df, **key):
    sel = df
    for k, v in key.items():
        sel = sel[sel[k] == v]
    assert len(sel) == 1, sel
    return sel.iloc[0]


def test_repeated_figure_from_two_articles_is_one_row(corpus):
    df = aggregate(corpus)
    row = _row(df, metric="poverty_count")
    assert row["n_mentions"] == 2 and row["n_articles"] == 2
    assert list(row["article_ids"]) == ["a", "b"]
    assert not row["conflict"]
    assert row["value"] == 7064
    assert row["spread"] == 0


def test_conflicting_poverty_rate_is_flagged_with_spread(corpus):
    df = aggregate(corpus)
    row = _row(df, metric="poverty_rate")
    assert row["conflict"]
    assert row["conflict_scope"] == "across_articles"
    assert list(row["values"]) == [0.24, 5.32]
    assert row["spread"] == pytest.approx(5.08)
    assert row["region_code"] == "63.05" and row["year"] == 2022


def test_provenance_columns(corpus):
    df = aggregate(corpus)
    row = _row(df, metric="poverty_rate")
    assert list(row["speakers"]) == ["Nurul Aini"]
    assert list(row["sources"]) == ["BPS Tapin", "Bappeda Tapin"]
    mentions = list(row["mentions"])
    texts = {"a": corpus[0].text, "b": corpus[1].text}
    for m in mentions:
        assert texts[m["article_id"]][m["start"]:m["end"]] == m["text"]
    assert {m["published"] for m in mentions} == {"2023-01-10", "2023-02-01"}


def test_error_records_are_skipped_and_counted(corpus):
    df = aggregate(corpus)
    assert df.attrs["skipped"]["error"] == 1
    assert "broken" not in {aid for ids in df["article_ids"] for aid in ids}


def test_rounded_restatement_merges_but_a_real_difference_does_not():
    text = "25,1 juta ... 25,14 juta jiwa ... 25,4 juta"
    figs = [
        _fig("25,1 juta", 25_100_000, "poverty_count", region="Indonesia", region_code="ID"),
        _fig("25,14 juta jiwa", 25_140_000, "poverty_count", start=14, region="Indonesia", region_code="ID"),
    ]
    rows = aggregate_rows([_art("x", text, figs)])
    assert len(rows) == 1 and not rows[0]["conflict"]
    assert rows[0]["value"] == 25_140_000  # the most precise spelling represents the row
    figs.append(_fig("25,4 juta", 25_400_000, "poverty_count", start=34, region="Indonesia", region_code="ID"))
    rows = aggregate_rows([_art("x", text, figs)])
    assert rows[0]["conflict"] and rows[0]["conflict_scope"] == "within_article"


def test_written_precision_and_agreement():
    assert written_precision("25,1 juta", 25_100_000) == pytest.approx(100_000)
    assert written_precision("7.064 jiwa", 7064) == 1
    assert written_precision("7.064,00 jiwa", 7064) == pytest.approx(0.01)
    assert written_precision("5,32 %", 5.32) == pytest.approx(0.01)
    assert values_agree(7.75, 0.01, 7.8, 0.1)
    assert not values_agree(5.32, 0.01, 0.24, 0.01)
    assert not values_agree(7000, 1, 7064, 1)


def test_keys_keep_different_facts_apart():
    figs = [
        _fig("3,5 persen", 3.5, year=2021),
        _fig("3,52 persen", 3.52, year=2021, month=3, start=20),  # no-month mention folds into March
        _fig("3,41 persen", 3.41, year=2022, start=40),
        _fig("3,1 persen", 3.1, year=2022, area="rural", start=60),
        _fig("0,12 persen poin", -0.12, year=2022, kind="change", unit="percent_point", start=80),
        _fig("Rp2,5 miliar", 2.5e9, "budget", unit="idr", program="PKH", start=100),
        _fig("Rp1 miliar", 1e9, "budget", unit="idr", program="BPNT", start=120),
    ]
    rows = aggregate_rows([_art("x", "x" * 200, figs)])
    assert not any(r["conflict"] for r in rows)
    by = {(r["metric"], r["year"], r["month"], r["area"], r["kind"], r["program"]): r for r in rows}
    assert by[("poverty_rate", 2021, 3, None, "level", None)]["n_mentions"] == 2
    assert ("budget", 2022, None, None, "level", "PKH") in by and ("budget", 2022, None, None, "level", "BPNT") in by
    assert len(rows) == 6


def test_targets_and_other_are_never_conflicts():
    figs = [
        _fig("3 persen", 3.0, year=2024, kind="target"),
        _fig("2 persen", 2.0, year=2024, kind="target", start=10),
        _fig("3 persen", 3.0, year=2024, kind="target", start=20),
        _fig("120 orang", 120, "other", unit="count", start=30),
        _fig("45 orang", 45, "other", unit="count", start=40),
    ]
    rows = aggregate_rows([_art("x", "x" * 60, figs)])
    assert not any(r["conflict"] for r in rows)
    targets = sorted((r["value"], r["n_mentions"]) for r in rows if r["kind"] == "target")
    assert targets == [(2.0, 1), (3.0, 2)]
    assert sorted(r["value"] for r in rows if r["metric"] == "other") == [45, 120]


def test_reads_jsonl_paths_and_writes_csv_and_parquet(tmp_path, corpus):
    from kemiskinan_ie.aggregate import write_table

    src = tmp_path / "out.jsonl"
    src.write_text("\n".join(r.to_json() for r in corpus) + "\nnot json\n", encoding="utf-8")
    df = aggregate([src])
    assert len(df) == 2 and df.attrs["skipped"] == {"error": 1, "unreadable": 1}
    csv = write_table(df, tmp_path / "t.csv")
    back = pd.read_csv(csv)
    assert json.loads(back.loc[back.metric == "poverty_rate", "article_ids"].iloc[0]) == ["a", "b"]
    pytest.importorskip("pyarrow")
    pq = write_table(df, tmp_path / "t.parquet")
    back = pd.read_parquet(pq)
    assert bool(back.loc[back.metric == "poverty_rate", "conflict"].iloc[0])
    assert list(back.loc[back.metric == "poverty_count", "article_ids"].iloc[0]) == ["a", "b"]


def test_empty_corpus_has_all_columns():
    from kemiskinan_ie.aggregate import COLUMNS

    df = aggregate([])
    assert list(df.columns) == list(COLUMNS) and len(df) == 0


def test_cli_aggregate(tmp_path, corpus):
    from typer.testing import CliRunner

    from kemiskinan_ie.cli import app

    src = tmp_path / "out.jsonl"
    src.write_text("\n".join(r.to_json() for r in corpus) + "\n", encoding="utf-8")
    out = tmp_path / "table.csv"
    res = CliRunner().invoke(app, ["aggregate", str(src), "-o", str(out)])
    assert res.exit_code == 0, res.output
    table = pd.read_csv(out)
    assert table["conflict"].tolist().count(True) == 1


def test_annotated_research_corpus(tmp_path):
    """The hand-annotated fixture: 2022 rates disagree across articles, the 2021 restatement merges."""
    from pathlib import Path

    src = Path(__file__).resolve().parent / "fixtures" / "research" / "annotated.jsonl"
    df = aggregate([src])
    rate = df[(df.metric == "poverty_rate") & (df.region_code == "63.05") & (df.kind == "level")]
    y2022 = _row(rate, year=2022)
    assert y2022["conflict"] and list(y2022["values"]) == [3.41, 4.31]
    assert y2022["value"] == 4.31  # tie: the more recently published article
    assert set(y2022["article_ids"]) == {"tapin-2023", "tapin-2024"}
    y2021 = _row(rate, year=2021)
    assert not y2021["conflict"] and y2021["n_articles"] == 2 and y2021["month"] == 3
    assert int(df["conflict"].sum()) == 1


def test_changes_and_programme_less_budgets_are_not_conflicts_but_programme_budgets_are():
    figs = [
        _fig("0,08 poin", -0.08, year=2019, month=3, kind="change", unit="percent_point"),
        _fig("0,2 poin", -0.2, year=2019, month=3, kind="change", unit="percent_point", start=10),
        _fig("Rp7,5 juta", 7.5e6, "budget", unit="idr", start=20),
        _fig("Rp15 juta", 1.5e7, "budget", unit="idr", start=30),
        _fig("Rp69,276 miliar", 69.276e9, "budget", unit="idr", program="PKH", start=40),
        _fig("Rp68,180 miliar", 68.18e9, "budget", unit="idr", program="pkh", start=60),
    ]
    rows = aggregate_rows([_art("x", "x" * 90, figs)])
    changes = [r for r in rows if r["kind"] == "change"]
    assert len(changes) == 2 and not any(r["conflict"] for r in changes)
    unnamed = [r for r in rows if r["metric"] == "budget" and r["program"] is None]
    assert len(unnamed) == 2 and not any(r["conflict"] for r in unnamed)
    pkh = [r for r in rows if r["metric"] == "budget" and r["program"]]
    assert len(pkh) == 1 and pkh[0]["conflict"] and pkh[0]["conflict_scope"] == "within_article"
