"""Score predictions against gold articles, exactly as ``ANNOTATION.md`` §5 defines it.

The numbers are the same as the reference scorer's (``tools/score.py`` in the shared folder):

* **figures**: gold and predicted figures of metric ``other`` or kind ``target`` are left out.
  Gold figures are walked in order and each takes the first unused prediction that fits
  (metric, kind, year, region, value within 0.5 %, or 0.005 absolute below 1). An unmatched
  prediction that restates a matched one (same metric, kind, year, month, region code, area
  and programme, value within 2 %) is dropped: neither a hit nor a false positive. On the
  remaining predictions a *loose* score (metric and value only) and a *strict* score (month
  too) are computed the same way, and F1 per gold metric.
* **entities per article**: per label (OFFICIAL, AGENCY, PLACE, PROGRAM), the set of normalised
  surface forms of gold spans outside gold boilerplate against the predicted set.
* **entities per span**: strict (same label, start and end) and partial (same label,
  overlapping) counts, each gold span matched by at most one prediction and vice versa.

``score(gold, pred)`` returns an :class:`EvalReport`; ``render_text`` prints it in the
reference scorer's line format followed by the per-span table and, on request, the errors.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .schema import SCORED_LABELS

#: Characters stripped from both ends of a surface form before comparing.
_STRIP_CHARS = " .,;:()\"'\u201c\u201d"
#: Relative value tolerance for a match, and the absolute one for gold values under 1.
VALUE_REL_TOL = 0.005
VALUE_ABS_TOL = 0.005
#: Relative value tolerance for a restatement of an already matched figure.
RESTATE_REL_TOL = 0.02
#: Fields that must be equal for a prediction to restate a matched one.
_RESTATE_FIELDS = ("metric", "kind", "year", "month", "region_code", "area", "program")


# --------------------------------------------------------------------------- input records


class _Loose(BaseModel):
    model_config = ConfigDict(extra="allow")


class FigureRecord(_Loose):
    """A gold or predicted figure as read for scoring (extra keys are kept, missing ones are None)."""

    metric: str | None = None
    value: float | int | None = None
    unit: str | None = None
    region: str | None = None
    region_code: str | None = None
    year: int | None = None
    month: int | None = None
    kind: str | None = None
    area: str | None = None
    program: str | None = None
    text: str = ""
    start: int | None = None
    end: int | None = None

    @field_validator("value", mode="before")
    @classmethod
    def _numeric(cls, v: Any) -> Any:
        """A value that is not a number (or a numeric string) can never match: keep it as None."""
        if v is None or (isinstance(v, (int, float)) and not isinstance(v, bool)):
            return v
        try:
            return float(v)
        except (TypeError, ValueError):
            return None


class EntityRecord(_Loose):
    """A gold or predicted entity span as read for scoring."""

    label: str | None = None
    text: str | None = None
    start: int | None = None
    end: int | None = None


class SpanRecord(_Loose):
    """A boilerplate stretch of a gold article."""

    start: int
    end: int


class ArticleRecord(_Loose):
    """One line of a gold or prediction JSONL file (ANNOTATION.md §1; ArticleResult fits too)."""

    id: str
    text: str = ""
    meta: dict[str, Any] | None = None
    entities: list[EntityRecord] = Field(default_factory=list)
    figures: list[FigureRecord] = Field(default_factory=list)
    boilerplate: list[SpanRecord] = Field(default_factory=list)

    @field_validator("entities", "figures", "boilerplate", mode="before")
    @classmethod
    def _null_is_empty(cls, v: Any) -> Any:
        """``null`` where a list is expected means no items."""
        return [] if v is None else v


Articles = dict[str, ArticleRecord]


def parse_lines(lines: Iterable[str], source: str = "<input>") -> Articles:
    """Parse JSONL lines into ``{id: ArticleRecord}`` in file order (a repeated id keeps the last line)."""
    out: Articles = {}
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rec = ArticleRecord.model_validate(json.loads(line))
        except (json.JSONDecodeError, ValidationError) as exc:
            raise ValueError(f"{source}:{n}: not a valid article line: {exc}") from exc
        out[rec.id] = rec
    return out


def load_jsonl(path: str | Path) -> Articles:
    """Read a gold or prediction JSONL file into ``{id: ArticleRecord}``."""
    path = Path(path)
    with path.open(encoding="utf-8") as fh:
        return parse_lines(fh, str(path))


def to_articles(items: Mapping[str, Any] | Iterable[Any]) -> Articles:
    """Accept ``{id: record}``, or records (dicts, ``ArticleResult``, ``ArticleRecord``) in order."""
    values = items.values() if isinstance(items, Mapping) else items
    out: Articles = {}
    for item in values:
        if isinstance(item, ArticleRecord):
            rec = item
        elif isinstance(item, BaseModel):
            rec = ArticleRecord.model_validate(item.model_dump(mode="json"))
        else:
            rec = ArticleRecord.model_validate(item)
        out[rec.id] = rec
    return out


def predict(gold: Mapping[str, ArticleRecord], *, ner: bool = False) -> Articles:
    """Run the kemiskinan_ie pipeline over the gold articles' id, text and ``meta.published``."""
    from .pipeline import extract_many, load

    nlp = load(ner=ner)
    records = [
        {"id": a.id, "text": a.text, "meta": {"published": (a.meta or {}).get("published")}} for a in gold.values()
    ]
    return to_articles(extract_many(records, nlp=nlp))


# --------------------------------------------------------------------------- matching rules


def norm_surface(s: str | None) -> str:
    """Lower case, collapse white space (incl. no-break space), strip surrounding punctuation."""
    s = (s or "").lower().replace("\u00a0", " ")
    return " ".join(s.split()).strip(_STRIP_CHARS)


def value_close(gold: Any, pred: Any) -> bool:
    """Is ``pred`` within 0.5 % of ``gold`` (0.005 absolute when ``|gold| < 1``)?"""
    try:
        g, p = float(gold), float(pred)
    except (TypeError, ValueError):
        return False
    tol = VALUE_ABS_TOL if abs(g) < 1 else VALUE_REL_TOL * abs(g)
    return abs(g - p) <= tol


def region_agrees(gold: FigureRecord, pred: FigureRecord) -> bool:
    """Codes decide when gold has one; else the normalised names; no gold region needs none predicted."""
    if gold.region_code:
        return gold.region_code == pred.region_code
    if gold.region:
        return norm_surface(gold.region) == norm_surface(pred.region)
    return not pred.region_code and not pred.region


def _kind(f: FigureRecord) -> str:
    return f.kind or "level"


def figure_matches(gold: FigureRecord, pred: FigureRecord, *, loose: bool = False, month: bool = False) -> bool:
    """Does ``pred`` match ``gold``? ``loose``: metric and value only; ``month``: month must agree too."""
    if gold.metric != pred.metric or not value_close(gold.value, pred.value):
        return False
    if loose:
        return True
    return (
        (not month or gold.month == pred.month)
        and _kind(gold) == _kind(pred)
        and gold.year == pred.year
        and region_agrees(gold, pred)
    )


def is_scored(f: FigureRecord) -> bool:
    """Figures of metric ``other`` and kind ``target`` are left out of the figure scores."""
    return f.metric != "other" and _kind(f) != "target"


def restates(pred: FigureRecord, matched: FigureRecord) -> bool:
    """Does ``pred`` repeat the already matched prediction ``matched`` (same facts, value within 2 %)?"""
    if any(getattr(pred, k) != getattr(matched, k) for k in _RESTATE_FIELDS):
        return False
    try:
        ref = float(matched.value)  # type: ignore[arg-type]
        return abs(float(pred.value) - ref) <= RESTATE_REL_TOL * abs(ref)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False


def _match_in_order(gold: list[FigureRecord], pred: list[FigureRecord], **how: bool) -> dict[int, int]:
    """One-to-one: each gold figure in order takes the first unused prediction that fits."""
    taken: dict[int, int] = {}  # pred index -> gold index
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if pi not in taken and figure_matches(g, p, **how):
                taken[pi] = gi
                break
    return taken


def _in_boilerplate(e: EntityRecord, spans: list[SpanRecord]) -> bool:
    if e.start is None or e.end is None:
        return False
    return any(b.start <= e.start and e.end <= b.end for b in spans)


def _max_overlap_matching(gold: list[tuple[int, int]], pred: list[tuple[int, int]]) -> int:
    """Size of a maximum one-to-one matching between overlapping spans (augmenting paths)."""
    adj = [[j for j, (ps, pe) in enumerate(pred) if max(gs, ps) < min(ge, pe)] for gs, ge in gold]
    owner: dict[int, int] = {}  # pred index -> gold index

    def augment(gi: int, seen: set[int]) -> bool:
        for pj in adj[gi]:
            if pj in seen:
                continue
            seen.add(pj)
            if pj not in owner or augment(owner[pj], seen):
                owner[pj] = gi
                return True
        return False

    return sum(1 for gi in range(len(gold)) if augment(gi, set()))


# --------------------------------------------------------------------------- report


class PRF(BaseModel):
    """Precision, recall, F1 and the counts behind them."""

    p: float
    r: float
    f1: float
    tp: int
    pred: int
    gold: int

    @classmethod
    def of(cls, tp: int, pred: int, gold: int) -> PRF:
        """Compute P/R/F1 from counts (0.0 where undefined)."""
        p = tp / pred if pred else 0.0
        r = tp / gold if gold else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return cls(p=p, r=r, f1=f1, tp=tp, pred=pred, gold=gold)


class FigureError(BaseModel):
    """A gold figure that no prediction matched, or a prediction that matched no gold figure."""

    article_id: str
    text: str
    start: int | None = None
    end: int | None = None
    metric: str | None = None
    kind: str | None = None
    value: float | int | None = None
    unit: str | None = None
    region: str | None = None
    region_code: str | None = None
    year: int | None = None
    month: int | None = None
    note: str = Field("", description="why: how the nearest candidate on the other side differs")


class EvalReport(BaseModel):
    """All scores of one evaluation run (field names follow the reference scorer's JSON)."""

    articles: int
    missing_predictions: int = Field(description="gold articles with no prediction line (scored as empty)")
    figures: PRF
    figures_value_metric_only: PRF = Field(description="loose: metric and value only")
    figures_with_month: PRF = Field(description="strict: month must agree too")
    figures_by_metric: dict[str, PRF] = Field(description="per gold metric, sorted by name")
    restatements_ignored: int = Field(0, description="predictions dropped as restatements of matched ones")
    entities: dict[str, PRF] = Field(description="per article sets of normalised surface forms, per label")
    entities_micro: PRF
    entity_spans_strict: dict[str, PRF] = Field(description="same label, start and end")
    entity_spans_strict_micro: PRF
    entity_spans_partial: dict[str, PRF] = Field(description="same label, overlapping, one-to-one")
    entity_spans_partial_micro: PRF
    figure_misses: list[FigureError] = Field(default_factory=list)
    figure_false_positives: list[FigureError] = Field(default_factory=list)


def _describe_gap(f: FigureRecord, other: FigureRecord, f_is_gold: bool) -> list[str]:
    g, p = (f, other) if f_is_gold else (other, f)
    diffs = []
    if g.metric != p.metric:
        diffs.append(f"metric {other.metric}")
    if _kind(g) != _kind(p):
        diffs.append(f"kind {_kind(other)}")
    if g.year != p.year:
        diffs.append(f"year {other.year}")
    if not region_agrees(g, p):
        diffs.append(f"region {other.region_code or other.region}")
    return diffs


def _explain(f: FigureRecord, others: list[FigureRecord], f_is_gold: bool, other_used: set[int]) -> str:
    side = "prediction" if f_is_gold else "gold figure"
    same_value = [
        (i, o) for i, o in enumerate(others)
        if (value_close(f.value, o.value) if f_is_gold else value_close(o.value, f.value))
    ]
    if not same_value:
        return f"no {side} with this value"
    same_value.sort(key=lambda io: (io[1].metric != f.metric, io[0] in other_used))
    i, o = same_value[0]
    diffs = _describe_gap(f, o, f_is_gold)
    where = f" '{o.text}'" if o.text else ""
    if not diffs and f_is_gold:
        return f"the fitting prediction{where} was taken by an earlier gold figure"
    if not diffs:
        return (f"repeats the already matched gold figure{where}, but is no restatement of its "
                "prediction (month, area, programme or value differ)")
    taken = " (already matched)" if i in other_used else ""
    return f"nearest {side}{where}{taken} differs: " + ", ".join(diffs)


def _figure_error(aid: str, f: FigureRecord, note: str) -> FigureError:
    return FigureError(
        article_id=aid, text=f.text, start=f.start, end=f.end, metric=f.metric, kind=f.kind, value=f.value,
        unit=f.unit, region=f.region, region_code=f.region_code, year=f.year, month=f.month, note=note,
    )


def score(gold: Mapping[str, Any] | Iterable[Any], pred: Mapping[str, Any] | Iterable[Any]) -> EvalReport:
    """Score predictions against gold (see the module docstring for the rules).

    Both sides are ``{id: ArticleRecord}`` (as ``load_jsonl`` returns) or records in order
    (dicts, ``ArticleResult``). Gold articles without a prediction count as empty predictions;
    predictions for articles not in gold are ignored.
    """
    gold_a, pred_a = to_articles(gold), to_articles(pred)
    empty = ArticleRecord(id="")
    missing = 0
    fig = Counter()  # tp, pred, gold, loose_tp, month_tp, restated
    m_tp, m_pred, m_gold = Counter(), Counter(), Counter()
    e_tp, e_pred, e_gold = Counter(), Counter(), Counter()
    s_tp, sp_tp, s_pred, s_gold = Counter(), Counter(), Counter(), Counter()
    misses: list[FigureError] = []
    false_pos: list[FigureError] = []

    for aid, g in gold_a.items():
        p = pred_a.get(aid)
        if p is None:
            missing += 1
            p = empty
        gf = [f for f in g.figures if is_scored(f)]
        pf = [f for f in p.figures if is_scored(f)]
        main = _match_in_order(gf, pf)
        matched = [pf[i] for i in sorted(main)]
        keep = [i for i, q in enumerate(pf) if i in main or not any(restates(q, m) for m in matched)]
        fig["restated"] += len(pf) - len(keep)
        matched_gold = set(main.values())
        for gi, f in enumerate(gf):
            m_gold[f.metric] += 1
            if gi in matched_gold:
                m_tp[f.metric] += 1
            else:
                misses.append(_figure_error(aid, f, _explain(f, [pf[i] for i in keep], True,
                                                             {k for k, i in enumerate(keep) if i in main})))
        for i in keep:
            m_pred[pf[i].metric] += 1
            if i not in main:
                false_pos.append(_figure_error(aid, pf[i], _explain(pf[i], gf, False, matched_gold)))
        kept = [pf[i] for i in keep]
        fig["tp"] += len(main)
        fig["pred"] += len(kept)
        fig["gold"] += len(gf)
        fig["loose"] += len(_match_in_order(gf, kept, loose=True))
        fig["month"] += len(_match_in_order(gf, kept, month=True))

        gold_ents = [e for e in g.entities if e.label in SCORED_LABELS and not _in_boilerplate(e, g.boilerplate)]
        pred_ents = [e for e in p.entities if e.label in SCORED_LABELS]
        for lab in SCORED_LABELS:
            ge = [e for e in gold_ents if e.label == lab]
            pe = [e for e in pred_ents if e.label == lab]
            gs, ps = {norm_surface(e.text) for e in ge}, {norm_surface(e.text) for e in pe}
            e_tp[lab] += len(gs & ps)
            e_pred[lab] += len(ps)
            e_gold[lab] += len(gs)
            g_off = [(e.start, e.end) for e in ge if e.start is not None and e.end is not None]
            p_off = [(e.start, e.end) for e in pe if e.start is not None and e.end is not None]
            s_gold[lab] += len(ge)
            s_pred[lab] += len(pe)
            s_tp[lab] += sum((Counter(g_off) & Counter(p_off)).values())
            sp_tp[lab] += _max_overlap_matching(g_off, p_off)

    def per_label(tp: Counter, npred: Counter, ngold: Counter) -> tuple[dict[str, PRF], PRF]:
        table = {lab: PRF.of(tp[lab], npred[lab], ngold[lab]) for lab in SCORED_LABELS}
        micro = PRF.of(sum(tp.values()), sum(npred.values()), sum(ngold.values()))
        return table, micro

    ents, ents_micro = per_label(e_tp, e_pred, e_gold)
    strict, strict_micro = per_label(s_tp, s_pred, s_gold)
    partial, partial_micro = per_label(sp_tp, s_pred, s_gold)
    return EvalReport(
        articles=len(gold_a),
        missing_predictions=missing,
        figures=PRF.of(fig["tp"], fig["pred"], fig["gold"]),
        figures_value_metric_only=PRF.of(fig["loose"], fig["pred"], fig["gold"]),
        figures_with_month=PRF.of(fig["month"], fig["pred"], fig["gold"]),
        figures_by_metric={m: PRF.of(m_tp[m], m_pred[m], m_gold[m]) for m in sorted(m_gold, key=str)},
        restatements_ignored=fig["restated"],
        entities=ents,
        entities_micro=ents_micro,
        entity_spans_strict=strict,
        entity_spans_strict_micro=strict_micro,
        entity_spans_partial=partial,
        entity_spans_partial_micro=partial_micro,
        figure_misses=misses,
        figure_false_positives=false_pos,
    )


def evaluate_files(gold_path: str | Path, pred_path: str | Path) -> EvalReport:
    """Load both JSONL files and score them."""
    return score(load_jsonl(gold_path), load_jsonl(pred_path))


# --------------------------------------------------------------------------- text output


def _prf_line(x: PRF) -> str:
    return f"P {x.p:.3f} R {x.r:.3f} F1 {x.f1:.3f}"


def _fmt_error(e: FigureError) -> str:
    where = e.region_code or e.region or "-"
    when = f"{e.year if e.year is not None else '-'}" + (f"-{e.month:02d}" if e.month else "")
    return (f"  {e.article_id} [{e.start}:{e.end}] {e.text!r}  {e.metric} {e.kind or 'level'} {e.value}"
            f"  region {where}  period {when}  -- {e.note}")


def render_text(report: EvalReport, show_errors: bool = False) -> str:
    """Human-readable report: the reference scorer's lines, the per-span table, optionally the errors."""
    r = report
    f = r.figures
    lines = [
        f"articles {r.articles} (no prediction: {r.missing_predictions})",
        f"figures  {_prf_line(f)}  (tp {f.tp}, pred {f.pred}, gold {f.gold})",
        f"figures, value+metric only  {_prf_line(r.figures_value_metric_only)}",
        f"figures, month too          {_prf_line(r.figures_with_month)}",
    ]
    lines += [f"  {m:28} F1 {v.f1:.3f}  (gold {v.gold})" for m, v in r.figures_by_metric.items()]
    lines += [f"entities {lab:9} {_prf_line(v)}  (gold {v.gold})" for lab, v in r.entities.items()]
    lines.append(f"entities micro  {_prf_line(r.entities_micro)}")
    lines.append(f"(restatements ignored: {r.restatements_ignored})")
    lines.append("entity spans  label      strict P     R     F1     partial P     R     F1     gold  pred")
    rows = [*((lab, r.entity_spans_strict[lab], r.entity_spans_partial[lab]) for lab in r.entity_spans_strict),
            ("micro", r.entity_spans_strict_micro, r.entity_spans_partial_micro)]
    for lab, s, p in rows:
        lines.append(f"              {lab:9}         {s.p:.3f} {s.r:.3f} {s.f1:.3f}          "
                     f"{p.p:.3f} {p.r:.3f} {p.f1:.3f}  {s.gold:5d} {s.pred:5d}")
    if show_errors:
        lines.append(f"figure misses ({len(r.figure_misses)}):")
        lines += [_fmt_error(e) for e in r.figure_misses]
        lines.append(f"figure false positives ({len(r.figure_false_positives)}):")
        lines += [_fmt_error(e) for e in r.figure_false_positives]
    return "\n".join(lines)
