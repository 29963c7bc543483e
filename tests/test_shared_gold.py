"""Checks against ../shared/gold (skipped on a fresh clone where ../shared is absent)."""

from __future__ import annotations

import json
import subprocess
import sys

import kemiskinan_ie
from kemiskinan_ie.evaluate import score

from .conftest import SHARED


def _gold(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_seed_articles_level_figures(shared_gold):
    """extract() on the five seed articles returns the figures the users gave us."""
    for g in _gold(shared_gold / "seeds.jsonl"):
        r = kemiskinan_ie.extract(g["text"], (g.get("meta") or {}).get("published"), id=g["id"])
        got = {(f.metric, f.kind, f.year, f.region_code, round(float(f.value), 2)) for f in r.figures}
        for f in g["figures"]:
            if f["metric"] == "other" or f["kind"] == "target":
                continue
            key = (f["metric"], f["kind"], f["year"], f["region_code"], round(float(f["value"]), 2))
            assert key in got, (g["id"], f["text"], key)


def test_dev_scores_stay_high(shared_gold, tmp_path):
    gold = _gold(shared_gold / "dev.jsonl")
    preds = [r.model_dump(mode="json") for r in kemiskinan_ie.extract_many(
        {"id": g["id"], "text": g["text"], "meta": {"published": g["meta"].get("published")}} for g in gold)]
    rep = score(gold, preds)
    assert rep.figures.f1 >= 0.85
    assert rep.entities_micro.f1 >= 0.85
    # the reference scorer reports the same numbers
    gp, pp = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gp.write_text("\n".join(json.dumps(g, ensure_ascii=False) for g in gold), encoding="utf-8")
    pp.write_text("\n".join(json.dumps(p, ensure_ascii=False) for p in preds), encoding="utf-8")
    out = subprocess.run([sys.executable, str(SHARED / "tools" / "score.py"), str(gp), str(pp), "--json"],
                         capture_output=True, text=True, check=True)
    ref = json.loads(out.stdout)
    assert abs(ref["figures"]["f1"] - rep.figures.f1) < 1e-9
    assert abs(ref["entities_micro"]["f1"] - rep.entities_micro.f1) < 1e-9
