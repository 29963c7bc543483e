"""Tests of the evaluator: each scoring rule on small hand-made articles, and agreement with the
reference scorer (``shared/tools/score.py``) on the dev gold files when ``shared`` is present."""

from __future__ import annotations

import copy
import json
import random
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kemiskinan_ie.cli import app
from kemiskinan_ie.evaluate import (
    EvalReport,
    load_jsonl,
    norm_surface,
    parse_lines,
    render_text,
    score,
    value_close,
)

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SCORE_PY = SHARED / "tools" / "score.py"
GOLD_FILES = sorted((SHARED / "gold").glob("*.jsonl")) if SHARED.is_dir() else []

TEXT = (
    "Badan Pusat Statistik (BPS) Kabupaten Balangan mencatat persentase penduduk miskin "
    "pada Maret 2023 sebesar 5,32 persen atau 7.064 jiwa. Bupati Abdul Hadi menyebut "
    "angka itu turun. Baca juga: Harga beras naik di Paringin. Foto: ANTARA/Rina"
)


def fig(metric: str = "poverty_rate", value: float = 5.32, **kw) -> dict:
    """A figure dict with the usual defaults (Balangan, 2023, level)."""
    base = {"metric": metric, "value": value, "unit": "percent", "region": "Kabupaten Balangan",
            "region_code": "63.11", "year": 2023, "month": None, "kind": "level", "approx": None,
            "area": None, "program": None, "text": f"{value}", "start": 0, "end": 4}
    base.update(kw)
    return base


def ent(label: str, surface: str, occurrence: int = 0, text: str = TEXT) -> dict:
    """An entity dict on the n-th occurrence of ``surface`` in ``text``."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(surface, start + 1)
    return {"label": label, "text": surface, "start": start, "end": start + len(surface)}


def art(aid: str = "a1", figures: list | None = None, entities: list | None = None, **kw) -> dict:
    return {"id": aid, "text": TEXT, "meta": {"published": "2023-07-17"}, "entities": entities or [],
            "figures": figures or [], **kw}


def fscore(gold_figs: list, pred_figs: list) -> EvalReport:
    return score([art(figures=gold_figs)], [art(figures=pred_figs)])


# --------------------------------------------------------------------------- figure rules


def test_value_tolerance_relative_and_absolute_under_one() -> None:
    assert value_close(1000, 1004) and not value_close(1000, 1006)
    assert value_close(9.36, 9.40) and not value_close(9.36, 9.41)
    assert value_close(0.41, 0.414) and not value_close(0.41, 0.416)  # absolute 0.005 below 1
    assert not value_close(0.41, None) and not value_close("x", 1)
    assert fscore([fig(value=7064)], [fig(value=7095)]).figures.tp == 1  # 0.44 %
    assert fscore([fig(value=7064)], [fig(value=7110)]).figures.tp == 0  # 0.65 %


def test_region_by_code_then_by_normalised_name() -> None:
    # gold has a code: the code decides, the name does not matter
    assert fscore([fig()], [fig(region="Balangan")]).figures.tp == 1
    assert fscore([fig()], [fig(region_code="63")]).figures.tp == 0
    # gold without a code: the normalised name decides, whatever code the prediction has
    island = fig(region="Pulau Kalimantan", region_code=None)
    assert fscore([island], [fig(region="pulau  KALIMANTAN.", region_code="64")]).figures.tp == 1
    assert fscore([island], [fig(region="Kalimantan", region_code=None)]).figures.tp == 0
    # gold about no region: only a prediction without region matches
    nowhere = fig(region=None, region_code=None)
    assert fscore([nowhere], [fig(region=None, region_code=None)]).figures.tp == 1
    assert fscore([nowhere], [fig(region="Balangan", region_code=None)]).figures.tp == 0
    assert fscore([nowhere], [fig(region=None)]).figures.tp == 0


def test_year_must_be_equal_and_null_equals_null() -> None:
    assert fscore([fig(year=None)], [fig(year=None)]).figures.tp == 1
    assert fscore([fig(year=None)], [fig(year=2023)]).figures.tp == 0
    assert fscore([fig(year=2023)], [fig(year=None)]).figures.tp == 0
    assert fscore([fig()], [fig(kind="change")]).figures.tp == 0
    assert fscore([fig()], [fig(kind=None)]).figures.tp == 1  # missing kind means level


def test_metric_other_and_kind_target_are_left_out() -> None:
    gold = [fig(), fig("other", 2100), fig(value=4.5, kind="target", year=2024)]
    pred = [fig(), fig("other", 2100), fig(value=4.5, kind="target", year=2024), fig("other", 17)]
    r = fscore(gold, pred)
    assert (r.figures.tp, r.figures.pred, r.figures.gold) == (1, 1, 1)
    assert list(r.figures_by_metric) == ["poverty_rate"]


def test_restatement_is_neither_hit_nor_false_positive() -> None:
    r = fscore([fig()], [fig(), fig(value=5.4, text="5,4")])  # within 2 % of the matched 5.32
    assert (r.figures.tp, r.figures.pred, r.restatements_ignored) == (1, 1, 1)
    assert r.figures.p == 1.0
    r = fscore([fig()], [fig(), fig(value=5.5)])  # 3.4 % away: a different value, a false positive
    assert (r.figures.tp, r.figures.pred) == (1, 2)
    r = fscore([fig()], [fig(), fig(value=5.32, month=9)])  # another release is not a repeat
    assert (r.figures.tp, r.figures.pred) == (1, 2)
    r = fscore([fig()], [fig(year=2022), fig(year=2022)])  # nothing matched: nothing to restate
    assert (r.figures.tp, r.figures.pred) == (0, 2)
    assert len(r.figure_false_positives) == 2


def test_matching_is_one_to_one_in_gold_order() -> None:
    low, high = fig(value=100, unit="persons", metric="poverty_count"), fig(
        value=100.6, unit="persons", metric="poverty_count")
    p_mid, p_high = dict(low, value=100.3), dict(low, value=100.9)
    r = fscore([low, high], [p_mid, p_high])  # low takes 100.3, high takes 100.9
    assert (r.figures.tp, r.figures.pred, r.figures.gold) == (2, 2, 2)
    r = fscore([high, low], [p_mid, p_high])  # high takes 100.3 first; 100.9 is too far from 100
    assert r.figures.tp == 1
    assert r.figures.pred == 1  # 100.9 restates the matched 100.3 (within 2 %)
    assert [m.value for m in r.figure_misses] == [100]
    r = fscore([low, low], [low])  # one prediction cannot serve two gold figures
    assert (r.figures.tp, r.figures.gold) == (1, 2)


def test_month_only_counts_in_strict_score_and_loose_ignores_context() -> None:
    r = fscore([fig(month=3)], [fig(month=9)])
    assert r.figures.tp == 1 and r.figures_with_month.tp == 0
    assert r.figures_with_month.f1 == 0.0 and r.figures.f1 == 1.0
    r = fscore([fig(month=3)], [fig(month=3)])
    assert r.figures_with_month.tp == 1
    r = fscore([fig()], [fig(year=2019, region_code="62", kind="change")])
    assert r.figures.tp == 0 and r.figures_value_metric_only.tp == 1
    assert fscore([fig()], [fig("poverty_count")]).figures_value_metric_only.tp == 0


def test_per_metric_scores_and_prf_values() -> None:
    gold = [fig(), fig("poverty_count", 7064, unit="persons")]
    pred = [fig(), fig("poverty_count", 9000, unit="persons"), fig("gini_ratio", 0.31, unit="index")]
    r = fscore(gold, pred)
    assert r.figures.p == pytest.approx(1 / 3) and r.figures.r == pytest.approx(0.5)
    assert r.figures.f1 == pytest.approx(0.4)
    assert set(r.figures_by_metric) == {"poverty_rate", "poverty_count"}  # gold metrics only
    assert r.figures_by_metric["poverty_rate"].f1 == 1.0
    pc = r.figures_by_metric["poverty_count"]
    assert (pc.tp, pc.pred, pc.gold, pc.f1) == (0, 1, 1, 0.0)


def test_misses_and_false_positives_say_why() -> None:
    r = fscore([fig(text="5,32 persen", start=100, end=111)], [fig(year=2022, text="5,32")])
    (miss,) = r.figure_misses
    assert (miss.article_id, miss.text, miss.start, miss.end, miss.year) == ("a1", "5,32 persen", 100, 111, 2023)
    assert "year 2022" in miss.note
    (fp,) = r.figure_false_positives
    assert fp.year == 2022 and "year 2023" in fp.note
    r = fscore([fig()], [fig("poverty_count", 999)])
    assert "no prediction with this value" in r.figure_misses[0].note


def test_missing_prediction_and_unknown_articles() -> None:
    r = score([art("a1", [fig()]), art("a2", [fig()])], [art("a1", [fig()]), art("zz", [fig()])])
    assert r.missing_predictions == 1
    assert (r.figures.tp, r.figures.pred, r.figures.gold) == (1, 1, 2)


# --------------------------------------------------------------------------- entity rules


def test_entity_sets_per_article_ignore_boilerplate_and_normalise() -> None:
    bp_start = TEXT.index("Baca juga")
    gold = art(entities=[ent("PLACE", "Kabupaten Balangan"), ent("PLACE", "Paringin"), ent("AGENCY", "ANTARA"),
                         ent("AGENCY", "BPS"), ent("OFFICIAL", "Abdul Hadi")],
               boilerplate=[{"start": bp_start, "end": len(TEXT)}])
    pred = art(entities=[
        dict(ent("PLACE", "Kabupaten Balangan"), text="kabupaten  Balangan,"),
        ent("AGENCY", "BPS"), ent("AGENCY", "Badan Pusat Statistik"),
        ent("QUANTITY", "7.064 jiwa"),  # not a scored label
        dict(ent("OFFICIAL", "Rina"), label="OFFICIAL"),  # a photo credit: a false positive
    ])
    r = score([gold], [pred])
    place, agency, official = r.entities["PLACE"], r.entities["AGENCY"], r.entities["OFFICIAL"]
    assert (place.tp, place.pred, place.gold) == (1, 1, 1)  # Paringin is inside boilerplate
    assert (agency.tp, agency.pred, agency.gold) == (1, 2, 1)  # ANTARA is inside boilerplate
    assert (official.tp, official.pred, official.gold) == (0, 1, 1)
    assert r.entities_micro.tp == 2 and r.entities_micro.gold == 3 and r.entities_micro.pred == 4
    assert norm_surface(" \u201cDinas  Sosial\u00a0Balangan.\u201d ") == "dinas sosial balangan"


def test_entity_sets_count_each_surface_once_per_article() -> None:
    text2 = "Warga Balangan dan warga Balangan lainnya."
    two = [ent("PLACE", "Balangan", 0, text2), ent("PLACE", "Balangan", 1, text2)]
    g = {"id": "b", "text": text2, "entities": two, "figures": []}
    r = score([g], [dict(g, entities=two[:1])])
    assert (r.entities["PLACE"].tp, r.entities["PLACE"].gold) == (1, 1)
    s = r.entity_spans_strict["PLACE"]
    assert (s.tp, s.pred, s.gold) == (1, 1, 2)  # spans are counted one by one


def test_spans_strict_versus_partial() -> None:
    bp_start = TEXT.index("Baca juga")
    gold = art(entities=[ent("PLACE", "Kabupaten Balangan"), ent("AGENCY", "Badan Pusat Statistik"),
                         ent("PLACE", "Paringin")],
               boilerplate=[{"start": bp_start, "end": len(TEXT)}])
    shorter = ent("PLACE", "Balangan")  # inside "Kabupaten Balangan"
    wider = dict(ent("AGENCY", "Badan Pusat Statistik (BPS)"))
    pred = art(entities=[shorter, dict(shorter, start=shorter["start"] + 1), wider, dict(wider, label="PLACE")])
    r = score([gold], [pred])
    sp, pp = r.entity_spans_strict["PLACE"], r.entity_spans_partial["PLACE"]
    assert (sp.tp, sp.pred, sp.gold) == (0, 3, 1)  # Paringin (boilerplate) is not counted
    assert (pp.tp, pp.pred, pp.gold) == (1, 3, 1)  # two overlapping predictions, one gold span
    assert r.entity_spans_partial["AGENCY"].tp == 1 and r.entity_spans_strict["AGENCY"].tp == 0
    exact = score([gold], [art(entities=[ent("PLACE", "Kabupaten Balangan")])])
    assert exact.entity_spans_strict["PLACE"].tp == 1 and exact.entity_spans_partial["PLACE"].tp == 1
    assert exact.entity_spans_strict_micro.gold == 2


def test_partial_matching_finds_the_largest_one_to_one_assignment() -> None:
    text = "abcdefghijklmnopqrstuvwxyz"
    g = {"id": "s", "text": text, "figures": [], "entities": [
        {"label": "PLACE", "text": text[0:10], "start": 0, "end": 10},
        {"label": "PLACE", "text": text[8:20], "start": 8, "end": 20}]}
    p = dict(g, entities=[{"label": "PLACE", "text": text[5:9], "start": 5, "end": 9},
                          {"label": "PLACE", "text": text[0:3], "start": 0, "end": 3}])
    r = score([g], [p])
    assert r.entity_spans_partial["PLACE"].tp == 2  # first gold takes 0-3, second takes 5-9


# --------------------------------------------------------------------------- loading, output, CLI


def test_loader_tolerates_extra_keys_and_null_lists_and_reports_bad_lines() -> None:
    line = json.dumps({"id": "x", "text": "t", "figures": None, "warnings": [], "extra": 1,
                       "entities": [{"label": "PLACE", "text": "t", "start": 0, "end": 1,
                                     "attrs": {"code": "63"}}]})
    arts = parse_lines(["", line])
    assert arts["x"].figures == [] and arts["x"].entities[0].label == "PLACE"
    with pytest.raises(ValueError, match=":2:"):
        parse_lines([line, '{"text": "no id"}'])


def test_render_text_has_reference_lines_and_errors() -> None:
    r = fscore([fig(month=3)], [fig(year=2022)])
    text = render_text(r, show_errors=True)
    lines = text.splitlines()
    assert lines[0] == "articles 1 (no prediction: 0)"
    assert lines[1] == "figures  P 0.000 R 0.000 F1 0.000  (tp 0, pred 1, gold 1)"
    assert "  poverty_rate                 F1 0.000  (gold 1)" in lines
    assert any(x.startswith("entities micro  P ") for x in lines)
    assert "figure misses (1):" in lines and "figure false positives (1):" in lines
    assert "figure misses" not in render_text(r)


def test_cli_evaluate_with_prediction_file(tmp_path: Path) -> None:
    gold_p, pred_p = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gold_p.write_text(json.dumps(art(figures=[fig(), fig("poverty_count", 7064)])) + "\n", encoding="utf-8")
    pred_p.write_text(json.dumps(art(figures=[fig()])) + "\n", encoding="utf-8")
    runner = CliRunner()
    res = runner.invoke(app, ["evaluate", str(gold_p), "--pred", str(pred_p)])
    assert res.exit_code == 0, res.output
    assert "figures  P 1.000 R 0.500 F1 0.667  (tp 1, pred 1, gold 2)" in res.output
    res = runner.invoke(app, ["evaluate", str(gold_p), "--pred", str(pred_p), "--json"])
    data = json.loads(res.output)
    assert data["figures"]["tp"] == 1 and data["figure_misses"][0]["value"] == 7064
    res = runner.invoke(app, ["evaluate", str(gold_p), "--pred", str(pred_p), "--show-errors"])
    assert "figure misses (1):" in res.output and "7064" in res.output


# --------------------------------------------------------------------------- agreement with score.py

METRIC_SWAP = {"poverty_rate": "unemployment_rate", "poverty_count": "population"}


def _perturb_figure(f: dict, rng: random.Random) -> list[dict]:
    """Return 0, 1 or 2 predicted figures derived from one gold figure."""
    op = rng.randrange(16)
    g = copy.deepcopy(f)
    v = g.get("value") or 0
    if op == 0:
        return []
    if op == 1:
        g["value"] = v * 1.003 if abs(v) >= 1 else v + 0.004
    elif op == 2:
        g["value"] = v * 1.01 if abs(v) >= 1 else v + 0.006
    elif op == 3:
        g["year"] = None if g.get("year") is None and rng.random() < 0.5 else (g.get("year") or 2020) + 1
    elif op == 4:
        g["month"] = 9 if g.get("month") == 3 else (3 if g.get("month") else None)
    elif op == 5:
        g["region_code"] = rng.choice([None, "99", "63"])
    elif op == 6:
        g["region"] = (g.get("region") or "Nowhere").upper() + "."
    elif op == 7:
        g["kind"] = rng.choice(["change", "target", None, "level"])
    elif op == 8:
        g["metric"] = METRIC_SWAP.get(g["metric"], "other")
    elif op == 9:
        return [g, dict(g, value=v * 1.015, text="dup")]  # a restatement
    elif op == 10:
        return [g, dict(g, value=v * 1.05, text="dup")]  # too far for a restatement
    elif op == 11:
        return [g, dict(g, area=rng.choice(["urban", "rural", None]), program="X")]
    elif op == 12:
        g["value"] = str(v) if rng.random() < 0.5 else "banyak"
    return [g]


def _perturb_entity(e: dict, rng: random.Random) -> list[dict]:
    op = rng.randrange(8)
    e = copy.deepcopy(e)
    if op == 0:
        return []
    if op == 1:
        e["text"] = e["text"].upper() + ","
    elif op == 2:
        e["label"] = rng.choice(["AGENCY", "PLACE", "QUANTITY"])
    elif op == 3:
        e["start"] += 1
    elif op == 4:
        return [e, dict(e)]
    return [e]


def _variants(gold: list[dict]) -> dict[str, tuple[list[dict], list[dict]]]:
    """(gold, prediction) pairs built from one gold file."""
    out: dict[str, tuple[list[dict], list[dict]]] = {"identity": (gold, copy.deepcopy(gold))}
    for seed in range(3):
        rng = random.Random(seed)
        pred = []
        for a in gold:
            if rng.random() < 0.1:
                continue  # missing prediction
            p = copy.deepcopy(a)
            p["figures"] = [q for f in a["figures"] for q in _perturb_figure(f, rng)]
            if rng.random() < 0.3:
                rng.shuffle(p["figures"])
            p["figures"].append(dict(a["figures"][0] if a["figures"] else {}, metric="poverty_rate",
                                     value=rng.uniform(0, 50), text="noise", start=0, end=5))
            p["entities"] = [q for e in a["entities"] for q in _perturb_entity(e, rng)]
            p.pop("boilerplate", None)
            pred.append(p)
        pred.append({"id": "not-in-gold", "figures": [], "entities": []})
        out[f"perturbed-{seed}"] = (gold, pred)
    # a changed gold: codes removed, regions removed, boilerplate over some entities
    rng = random.Random(7)
    gold2 = copy.deepcopy(gold)
    for a in gold2:
        for f in a["figures"]:
            r = rng.random()
            if r < 0.2:
                f["region_code"] = None
            elif r < 0.3:
                f["region_code"], f["region"] = None, None
        if a["entities"] and rng.random() < 0.7:
            e = rng.choice(a["entities"])
            a.setdefault("boilerplate", []).append({"start": max(0, e["start"] - 3), "end": e["end"] + 2})
    out["gold-changed"] = (gold2, _variants_pred_for(gold2, rng))
    return out


def _variants_pred_for(gold: list[dict], rng: random.Random) -> list[dict]:
    pred = []
    for a in gold:
        p = copy.deepcopy(a)
        p["figures"] = [q for f in a["figures"] for q in _perturb_figure(f, rng)]
        for f in p["figures"]:
            if rng.random() < 0.3:
                f["region"] = (f.get("region") or "") + " "
        pred.append(p)
    return pred


def _write(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def _reference(gold_p: Path, pred_p: Path) -> tuple[dict, str]:
    run = [sys.executable, str(SCORE_PY), str(gold_p), str(pred_p)]
    js = subprocess.run([*run, "--json"], capture_output=True, text=True, check=True).stdout
    txt = subprocess.run(run, capture_output=True, text=True, check=True).stdout
    return json.loads(js), txt


def _assert_same(ref: dict, ref_text: str, mine: EvalReport) -> None:
    assert mine.articles == ref["articles"]
    assert mine.missing_predictions == ref["missing_predictions"]
    f = mine.figures
    assert {"p": f.p, "r": f.r, "f1": f.f1, "tp": f.tp, "pred": f.pred, "gold": f.gold} == ref["figures"]
    for key in ("figures_value_metric_only", "figures_with_month", "entities_micro"):
        x = getattr(mine, key)
        assert {"p": x.p, "r": x.r, "f1": x.f1} == ref[key], key
    assert {m: {"p": x.p, "r": x.r, "f1": x.f1, "gold": x.gold} for m, x in mine.figures_by_metric.items()} \
        == ref["figures_by_metric"]
    assert {lab: {"p": x.p, "r": x.r, "f1": x.f1, "gold": x.gold} for lab, x in mine.entities.items()} \
        == ref["entities"]
    assert [[m.article_id, m.text, m.metric, m.region_code, m.year] for m in mine.figure_misses] \
        == ref["figure_misses"]
    assert render_text(mine).startswith(ref_text.rstrip("\n") + "\n")


@pytest.mark.skipif(not SCORE_PY.is_file(), reason="shared folder with the reference scorer not present")
@pytest.mark.parametrize("gold_file", GOLD_FILES, ids=lambda p: p.stem)
def test_agrees_with_reference_scorer(gold_file: Path, tmp_path: Path) -> None:
    gold_rows = [json.loads(x) for x in gold_file.read_text(encoding="utf-8").splitlines() if x.strip()]
    checked = 0
    for name, (g_rows, p_rows) in _variants(gold_rows).items():
        gold_p = _write(tmp_path / f"{name}-gold.jsonl", g_rows)
        pred_p = _write(tmp_path / f"{name}-pred.jsonl", p_rows)
        ref, ref_text = _reference(gold_p, pred_p)
        _assert_same(ref, ref_text, score(load_jsonl(gold_p), load_jsonl(pred_p)))
        checked += 1
        if name != "identity":  # the perturbations must actually move the numbers
            assert ref["figures"]["f1"] < 1.0
    assert checked == 5


@pytest.mark.slow
@pytest.mark.skipif(not SCORE_PY.is_file(), reason="shared folder with the reference scorer not present")
def test_agrees_with_reference_scorer_on_pipeline_output(tmp_path: Path) -> None:
    from kemiskinan_ie.evaluate import predict

    gold_file = SHARED / "gold" / "seeds.jsonl"
    gold = load_jsonl(gold_file)
    pred = predict(gold)
    pred_p = _write(tmp_path / "pred.jsonl", [a.model_dump(mode="json", exclude_none=True) for a in pred.values()])
    ref, ref_text = _reference(gold_file, pred_p)
    _assert_same(ref, ref_text, score(gold, load_jsonl(pred_p)))
    _assert_same(ref, ref_text, score(gold, pred))  # in memory, without the JSON round trip
