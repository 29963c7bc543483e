"""The rule-change check in ``benchmarks/gold_diff.py``: which side of a change agrees with the gold."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

_PATH = Path(__file__).resolve().parents[1] / "benchmarks" / "gold_diff.py"
_SPEC = importlib.util.spec_from_file_location("gold_diff", _PATH)
gold_diff = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(gold_diff)


def fig(start: int, end: int, metric: str = "poverty_rate", kind: str = "level", year: int = 2024, region: str = "33.05"):
    return {"start": start, "end": end, "metric": metric, "kind": kind, "value": 1.0, "region_code": region,
            "year": year, "month": None}


def test_each_changed_figure_is_marked_against_the_gold():
    gold = {"g.jsonl:a": {"text": "x" * 100, "figures": [fig(0, 5), fig(10, 15), fig(20, 25, metric="other")]}}
    before = {"g.jsonl:a": {"figures": [fig(0, 5, year=2023), fig(10, 15), fig(20, 25, metric="other")], "entities": []}}
    after = {"g.jsonl:a": {"figures": [fig(0, 5), fig(10, 15, year=2023), fig(20, 25, metric="budget")], "entities": []}}
    lines, counts = gold_diff.compare(before, after, gold)
    # the first figure now agrees (+), the second no longer does (-), the third was unscored and became scored (-)
    assert counts == {"+": 1, "-": 2, "=": 0}
    assert [line[0] for line in lines] == ["+", "-", "-"]
    # an article whose figures did not change gives nothing
    assert gold_diff.compare(before, before, gold) == ([], {"+": 0, "-": 0, "=": 0})


def test_the_gold_files_are_the_fixtures(tmp_path):
    (tmp_path / "tests" / "fixtures").mkdir(parents=True)
    art = {"id": "x-01", "text": "Teks.", "figures": []}
    (tmp_path / "tests" / "fixtures" / "gold_a.jsonl").write_text(json.dumps(art) + "\n", encoding="utf-8")
    files = [f for f in gold_diff.gold_files(tmp_path) if f.parent.name == "fixtures"]
    assert [f.name for f in files] == ["gold_a.jsonl"]
    assert list(gold_diff.load_gold(files)) == ["gold_a.jsonl:x-01"]
