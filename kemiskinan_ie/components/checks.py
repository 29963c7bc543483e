"""``kie_checks``: consistency checks on an article's figures, recorded as warnings.

Nothing is dropped: a researcher sees the figures and why they look wrong. Checks:
``conflicting_values`` (two different levels of one metric for the same region, period and
area), ``percent_out_of_range`` (a percentage above 100 or below 0), ``implied_population``
(a poverty count and rate that imply a population far from a stated one, or smaller than the
count itself).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import doc_ext, set_doc_ext
from .base import Component

_RATES = {"poverty_rate", "extreme_poverty_rate", "unemployment_rate", "stunting_rate"}


class ConsistencyChecker(Component):
    """Add ``doc._.warnings`` for contradictory or impossible figures."""

    def __init__(self, nlp: Language, name: str = "kie_checks", tolerance: float = 0.02,
                 population_tolerance: float = 0.25):
        self.name = name
        self.cfg = {"tolerance": tolerance, "population_tolerance": population_tolerance}
        self.tolerance = tolerance
        self.population_tolerance = population_tolerance

    def check(self, figures: list[dict]) -> list[dict]:
        """Warnings (dicts with code, message, figures) for a list of figure dicts."""
        warnings: list[dict] = []
        groups: dict[tuple, list[int]] = {}
        for i, f in enumerate(figures):
            if f["kind"] != "level" or f["metric"] == "other":
                continue
            key = (f["metric"], f["region_code"] or f["region"], f["year"], f["month"], f["area"], f["program"])
            groups.setdefault(key, []).append(i)
            if f["unit"] == "percent" and not 0 <= float(f["value"]) <= 100:
                warnings.append({"code": "percent_out_of_range",
                                 "message": f"{f['metric']} {f['value']} % is outside 0-100", "figures": [i]})
        for key, idx in groups.items():
            vals = [float(figures[i]["value"]) for i in idx]
            lo, hi = min(vals), max(vals)
            if hi - lo > self.tolerance * max(abs(hi), 1e-9) and hi - lo > 0.005:
                warnings.append({
                    "code": "conflicting_values",
                    "message": f"{key[0]} for {key[1]} {key[2] or ''} has different values: "
                               + ", ".join(str(figures[i]["value"]) for i in idx),
                    "figures": idx,
                })
        # count and rate imply a population
        for i, f in enumerate(figures):
            if f["metric"] != "poverty_rate" or f["kind"] != "level" or not f["value"]:
                continue
            for j, g in enumerate(figures):
                if g["metric"] != "poverty_count" or g["kind"] != "level":
                    continue
                if (g["region_code"], g["year"], g["month"], g["area"]) != (f["region_code"], f["year"], f["month"], f["area"]):
                    continue
                implied = float(g["value"]) * 100.0 / float(f["value"])
                for k, h in enumerate(figures):
                    if h["metric"] == "population" and h["region_code"] == f["region_code"] and h["year"] == f["year"]:
                        pop = float(h["value"])
                        if pop < float(g["value"]) or abs(implied - pop) > self.population_tolerance * pop:
                            warnings.append({
                                "code": "implied_population",
                                "message": f"count {g['value']} at {f['value']} % implies a population of "
                                           f"{implied:,.0f}, the article states {pop:,.0f}",
                                "figures": [i, j, k],
                            })
        return warnings

    def __call__(self, doc: Doc) -> Doc:
        set_doc_ext(doc, "warnings", self.check(doc_ext(doc, "figures") or []))
        return doc


@Language.factory("kie_checks", default_config={"tolerance": 0.02, "population_tolerance": 0.25})
def make_checks(nlp: Language, name: str, tolerance: float, population_tolerance: float) -> ConsistencyChecker:
    """Factory for the consistency checker."""
    return ConsistencyChecker(nlp, name, tolerance, population_tolerance)
