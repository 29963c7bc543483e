"""Helpers shared by the structural tests of the held-out gold sets in ``tests/fixtures``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED_GOLD = Path(__file__).resolve().parents[1].parent / "shared" / "gold"

#: Rate metrics whose change is written in percentage points (ANNOTATION.md section 3).
POINT_METRICS = {"poverty_rate", "extreme_poverty_rate", "unemployment_rate", "economic_growth", "stunting_rate"}


def load(path: Path) -> list[dict[str, Any]]:
    """The articles of a gold JSONL file."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def in_boilerplate(span: dict[str, Any], art: dict[str, Any]) -> bool:
    """True when the span overlaps one of the article's boilerplate spans."""
    return any(b["start"] < span["end"] and span["start"] < b["end"] for b in art["boilerplate"])


def covered(start: int, end: int, spans: list[dict[str, Any]]) -> bool:
    """True when ``[start, end)`` lies inside one of the spans."""
    return any(s["start"] <= start and end <= s["end"] for s in spans)


def overlapping(spans: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """Texts of neighbouring spans that overlap."""
    ordered = sorted(spans, key=lambda s: (s["start"], s["end"]))
    return [(a["text"], b["text"]) for a, b in zip(ordered, ordered[1:], strict=False) if b["start"] < a["end"]]


def regencies(arts: list[dict[str, Any]]) -> set[str]:
    """Regency/city codes (two levels) the figures of these articles are about."""
    return {
        ".".join(f["region_code"].split(".")[:2])
        for a in arts
        for f in a["figures"]
        if f["region_code"] not in (None, "ID") and "." in f["region_code"]
    }
