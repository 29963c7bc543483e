"""Merge the figures of a whole corpus into one table, with provenance and conflict flags.

Every figure of every (non-error) ``ArticleResult`` is a *mention*. Mentions that describe the
same fact are merged into one row keyed by

    (region, metric, program, year, month, area, kind, unit)

where ``region`` is the Kemendagri ``region_code`` when there is one, else the normalised
region name (an island, say), else nothing. ``program`` is part of the key only for the metrics
that belong to a programme or registry (``beneficiary_count``, ``budget``,
``welfare_registry_count``); ``unit`` is part of the key so that a change in percentage points
never merges with a relative change in percent, nor a count of households with one of persons.

Two values *agree* when they round to each other at the precision they were written with: the
place value of the last digit written in the figure's text (``25,1 juta`` -> 100 000,
``25,14 juta`` -> 10 000, ``7.064 jiwa`` -> 1, ``5,32 %`` -> 0.01). They agree when they differ by
at most half of the coarser of the two precisions. Mentions of one key that fall into more than
one group of agreeing values make the row a ``conflict``; ``spread`` is max - min of the values.

Some figures are never flagged:

* metric ``other`` has no subject field (meeting participants, a calorie threshold...), so each
  mention stays its own row and is never merged nor compared;
* kind ``target`` figures are goals, and two different targets (an RPJMD target and a national
  one) are not a contradiction; kind ``change`` figures have a baseline that is not recorded
  ("turun 0,08 poin dibanding September" and "turun 0,2 poin dibanding Maret tahun lalu" can both
  be true); ``budget``/``beneficiary_count``/``welfare_registry_count`` without a programme are about
  unnamed things. For these, agreeing values merge and different values become separate rows.

A conflict inside one article (``conflict_scope == "within_article"``) is often a sub-period the
schema does not capture (PKH *tahap I* and *tahap II* of the same year); across articles it is more
often a real disagreement or a revised figure.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .schema import ArticleResult

#: Metrics whose key includes the programme / registry the figure belongs to.
PROGRAM_METRICS: frozenset[str] = frozenset({"beneficiary_count", "budget", "welfare_registry_count"})

#: Columns of the table returned by :func:`aggregate`, in order.
COLUMNS: tuple[str, ...] = (
    "region_code",
    "region",
    "metric",
    "program",
    "year",
    "month",
    "area",
    "kind",
    "unit",
    "value",
    "values",
    "n_mentions",
    "n_articles",
    "conflict",
    "conflict_scope",
    "spread",
    "spread_rel",
    "article_ids",
    "speakers",
    "sources",
    "mentions",
)

#: Columns of the long table returned by :func:`mentions_table`, in order.
MENTION_COLUMNS: tuple[str, ...] = (
    "article_id",
    "published",
    "region_code",
    "region",
    "metric",
    "program",
    "year",
    "month",
    "area",
    "kind",
    "unit",
    "value",
    "approx",
    "precision",
    "text",
    "start",
    "end",
    "speaker",
    "source",
)

_NUM_RE = re.compile(r"\d+(?:[.,]\d+)*")


def _norm(s: str | None) -> str | None:
    if s is None:
        return None
    s = " ".join(str(s).lower().split()).strip(" .,;:()\"'")
    return s or None


def written_precision(text: str | None, value: float) -> float:
    """The place value of the last digit written for ``value`` in ``text``.

    The digits of the first number in ``text`` (separators dropped) are matched against the value:
    ``("25,1 juta", 25_100_000) -> 100000.0``, ``("7.064,00 jiwa", 7064) -> 0.01``,
    ``("5,32 %", 5.32) -> 0.01``. When the text does not spell the value (or is missing) the
    precision is read from the value itself: 1 for whole numbers, else its last decimal place.
    """
    v = abs(float(value))
    if text:
        for m in _NUM_RE.finditer(text):
            digits = re.sub(r"\D", "", m.group())
            n = int(digits) if digits else 0
            if v == 0 or n == 0:
                if v == 0 and n == 0:
                    tail = re.split(r"[.,]", m.group())[-1] if re.search(r"[.,]", m.group()) else ""
                    return 10.0 ** -len(tail) if tail and len(tail) != 3 else 1.0
                continue
            e = round(math.log10(v / n))
            if abs(n * 10.0**e - v) <= 1e-6 * v:
                return 10.0**e
    if v == int(v):
        return 1.0
    s = repr(v)
    if "e" in s:
        return 10.0 ** math.floor(math.log10(v) - 6)
    return 10.0 ** -len(s.split(".")[1])


def values_agree(a: float, pa: float, b: float, pb: float) -> bool:
    """True when ``a`` (written to precision ``pa``) and ``b`` (to ``pb``) round to each other."""
    tol = max(pa, pb) / 2.0
    return abs(a - b) <= tol + 1e-9 * max(abs(a), abs(b), 1.0)


def _cluster(mentions: list[dict]) -> list[list[dict]]:
    """Group mentions into runs of agreeing values (single linkage over sorted values)."""
    ordered = sorted(mentions, key=lambda m: (m["value"], m["precision"]))
    groups: list[list[dict]] = []
    for m in ordered:
        if groups and any(values_agree(m["value"], m["precision"], o["value"], o["precision"]) for o in groups[-1]):
            groups[-1].append(m)
        else:
            groups.append([m])
    return groups


def iter_results(results_or_paths: Any, skipped: dict[str, int] | None = None) -> Iterator[ArticleResult]:
    """Yield the usable ``ArticleResult`` objects of paths, dicts or results (error records skipped).

    Accepts one JSONL path (``str``/``Path``), an ``ArticleResult``, a dict, or an iterable of any
    mix of these. ``skipped`` (when given) counts ``error`` records and ``unreadable`` lines.
    """
    counts = skipped if skipped is not None else {}
    counts.setdefault("error", 0)
    counts.setdefault("unreadable", 0)
    if isinstance(results_or_paths, (str, Path, ArticleResult, dict)):
        results_or_paths = [results_or_paths]
    for item in results_or_paths:
        if isinstance(item, (str, Path)):
            with Path(item).open(encoding="utf-8") as fh:
                for line in fh:
                    if not line.strip():
                        continue
                    try:
                        obj = json.loads(line)
                    except json.JSONDecodeError:
                        counts["unreadable"] += 1
                        continue
                    yield from iter_results([obj], counts)
            continue
        if isinstance(item, dict):
            if item.get("error"):
                counts["error"] += 1
                continue
            try:
                item = ArticleResult.model_validate(item)
            except Exception:  # noqa: BLE001  (a malformed line must not stop a corpus)
                counts["unreadable"] += 1
                continue
        if not isinstance(item, ArticleResult):
            counts["unreadable"] += 1
            continue
        if item.error is not None:
            counts["error"] += 1
            continue
        yield item


def _mentions(results: Iterable[ArticleResult]) -> list[dict]:
    out: list[dict] = []
    for r in results:
        published = r.meta.published if r.meta else None
        for f in r.figures:
            out.append(
                {
                    "article_id": r.id,
                    "published": published,
                    "region_code": f.region_code,
                    "region": f.region,
                    "metric": f.metric,
                    "program": f.program,
                    "year": f.year,
                    "month": f.month,
                    "area": f.area,
                    "kind": f.kind,
                    "unit": f.unit,
                    "value": float(f.value),
                    "approx": f.approx,
                    "precision": written_precision(f.text, f.value),
                    "text": f.text,
                    "start": f.start,
                    "end": f.end,
                    "speaker": f.speaker,
                    "source": f.source,
                }
            )
    return out


def _key(m: dict) -> tuple:
    region = m["region_code"] or (("name:" + _norm(m["region"])) if _norm(m["region"]) else "")
    program = (_norm(m["program"]) or "") if m["metric"] in PROGRAM_METRICS else ""
    return (
        region,
        m["metric"],
        program,
        m["year"] if m["year"] is not None else -1,
        m["month"] if m["month"] is not None else -1,
        m["area"] or "",
        m["kind"],
        m["unit"] or "",
    )


def _first(values: Iterable[Any]) -> Any:
    for v in values:
        if v is not None:
            return v
    return None


def _unique(values: Iterable[Any]) -> list:
    seen: list = []
    for v in values:
        if v is not None and v not in seen:
            seen.append(v)
    return seen


def _row(group: list[dict], clusters: list[list[dict]], flag: bool) -> dict:
    group = sorted(group, key=lambda m: (m["article_id"], m["start"], m["end"]))
    # representative value: the largest agreeing cluster (ties: the most recently published, then the
    # most precisely written), and within it the most precise mention
    best = max(clusters, key=lambda c: (len(c), max(m["published"] or "" for m in c), -min(m["precision"] for m in c)))
    rep = min(best, key=lambda m: (m["precision"], m["article_id"], m["start"]))
    vals = sorted({m["value"] for m in group})
    conflict = flag and len(clusters) > 1
    scope = None
    if conflict:
        ids_per_cluster = [{m["article_id"] for m in c} for c in clusters]
        within = any(
            len({i for i, c in enumerate(ids_per_cluster) if aid in c}) > 1 for aid in {m["article_id"] for m in group}
        )
        scope = "within_article" if within else "across_articles"
    spread = (vals[-1] - vals[0]) if conflict else 0.0
    top = max(abs(v) for v in vals) if vals else 0.0
    program = _first(m["program"] for m in group) if group[0]["metric"] in PROGRAM_METRICS else None
    return {
        "region_code": _first(m["region_code"] for m in group),
        "region": _first(m["region"] for m in group),
        "metric": group[0]["metric"],
        "program": program,
        "year": group[0]["year"],
        "month": _first(m["month"] for m in group),
        "area": group[0]["area"],
        "kind": group[0]["kind"],
        "unit": group[0]["unit"],
        "value": rep["value"],
        "values": vals,
        "n_mentions": len(group),
        "n_articles": len({m["article_id"] for m in group}),
        "conflict": conflict,
        "conflict_scope": scope,
        "spread": spread,
        "spread_rel": (spread / top) if (conflict and top) else 0.0,
        "article_ids": _unique(m["article_id"] for m in group),
        "speakers": _unique(m["speaker"] for m in group),
        "sources": _unique(m["source"] for m in group),
        "mentions": [
            {
                "article_id": m["article_id"],
                "start": m["start"],
                "end": m["end"],
                "text": m["text"],
                "value": m["value"],
                "speaker": m["speaker"],
                "source": m["source"],
                "published": m["published"],
            }
            for m in group
        ],
    }


def _sort_key(row: dict) -> tuple:
    return (
        row["region_code"] is None,
        row["region_code"] or "",
        _norm(row["region"]) or "",
        row["metric"],
        _norm(row["program"]) or "",
        row["year"] is None,
        row["year"] or 0,
        row["month"] or 0,
        row["area"] or "",
        row["kind"],
        row["unit"] or "",
        row["value"],
        row["article_ids"],
        row["mentions"][0]["start"],
    )


def comparable(metric: str, kind: str, program: str | None) -> bool:
    """Whether two different values under one key contradict each other (and make a conflict).

    Not for targets (different goals coexist), changes (the baseline, "dibanding September" or
    "dibanding tahun lalu", is not part of the key) and programme metrics without a programme (two
    budgets of unnamed things are two things). ``other`` never gets here: it is never merged.
    """
    if kind in ("target", "change"):
        return False
    if metric in PROGRAM_METRICS and not _norm(program):
        return False
    return True


def _fold_missing_months(groups: dict[tuple, list[dict]]) -> None:
    """Merge a no-month group into the one group of the same key that has a month, if only one has.

    "pada 2021 angka kemiskinan 3,5 persen" and "pada Maret 2021 ... 3,52 persen" are one fact when
    the corpus knows only March for that region/metric/year; with March and September both present
    the no-month mentions stay on their own row.
    """
    month_pos = 4
    with_month: dict[tuple, list[tuple]] = {}
    for k in groups:
        if k[month_pos] != -1:
            with_month.setdefault(k[:month_pos] + k[month_pos + 1:], []).append(k)
    for key in [k for k in groups if k[month_pos] == -1 and k[3] != -1]:
        siblings = with_month.get(key[:month_pos] + key[month_pos + 1:], [])
        if len(siblings) == 1:
            groups[siblings[0]].extend(groups.pop(key))


def aggregate_rows(results_or_paths: Any, skipped: dict[str, int] | None = None) -> list[dict]:
    """The rows of :func:`aggregate` as plain dicts (no pandas needed)."""
    mentions = _mentions(iter_results(results_or_paths, skipped))
    groups: dict[tuple, list[dict]] = {}
    for m in mentions:
        groups.setdefault(_key(m), []).append(m)
    _fold_missing_months(groups)
    rows: list[dict] = []
    for group in groups.values():
        metric, kind = group[0]["metric"], group[0]["kind"]
        if metric == "other":
            for m in group:
                rows.append(_row([m], [[m]], flag=False))
            continue
        clusters = _cluster(group)
        if not comparable(metric, kind, group[0]["program"]):
            for c in clusters:
                rows.append(_row(c, [c], flag=False))
            continue
        rows.append(_row(group, clusters, flag=True))
    rows.sort(key=_sort_key)
    return rows


def aggregate(results_or_paths: Any) -> Any:
    """Merge all figures of a corpus into one ``pandas.DataFrame`` (one row per fact).

    ``results_or_paths``: ``ArticleResult`` objects, their dicts, or paths of JSONL files written
    by ``kemiskinan-ie annotate`` (or a mix). Error records are skipped; how many is in
    ``df.attrs["skipped"]``. Columns are :data:`COLUMNS`: the key, the representative ``value``
    (the value most mentions agree on; on a tie the one from the most recently published article;
    its most precise spelling), all distinct ``values``, ``conflict``
    (values disagree beyond rounding) with ``conflict_scope`` (``within_article`` when one
    article states both, else ``across_articles``), ``spread`` (max - min) and ``spread_rel``,
    and provenance: ``article_ids``, ``speakers``, ``sources`` and ``mentions`` (one dict per
    mention: article_id, start, end, text, value, speaker, source, published).
    """
    import pandas as pd

    skipped: dict[str, int] = {}
    rows = aggregate_rows(results_or_paths, skipped)
    df = pd.DataFrame(rows, columns=list(COLUMNS))
    df = _typed(df)
    df.attrs["skipped"] = dict(skipped)
    return df


def mentions_table(results_or_paths: Any) -> Any:
    """One row per figure mention (long format, before merging), as a ``pandas.DataFrame``."""
    import pandas as pd

    skipped: dict[str, int] = {}
    rows = _mentions(iter_results(results_or_paths, skipped))
    df = pd.DataFrame(rows, columns=list(MENTION_COLUMNS))
    for col in ("year", "month", "start", "end"):
        df[col] = df[col].astype("Int64")
    df.attrs["skipped"] = dict(skipped)
    return df


def _typed(df: Any) -> Any:
    for col in ("year", "month"):
        df[col] = df[col].astype("Int64")
    df["n_mentions"] = df["n_mentions"].astype("int64")
    df["n_articles"] = df["n_articles"].astype("int64")
    df["conflict"] = df["conflict"].astype(bool)
    for col in ("value", "spread", "spread_rel"):
        df[col] = df[col].astype("float64")
    return df


#: Columns holding lists/dicts; written as JSON text in CSV files.
NESTED_COLUMNS: tuple[str, ...] = ("values", "article_ids", "speakers", "sources", "mentions")


def write_table(df: Any, path: str | Path) -> Path:
    """Write the aggregate table as ``.csv`` (nested columns as JSON text) or ``.parquet``."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        df.to_parquet(path, index=False)
    elif suffix in (".csv", ".tsv"):
        flat = df.copy()
        for col in NESTED_COLUMNS:
            if col in flat.columns:
                flat[col] = [json.dumps(v, ensure_ascii=False, separators=(",", ":")) for v in flat[col]]
        flat.to_csv(path, index=False, sep="\t" if suffix == ".tsv" else ",")
    else:
        raise ValueError(f"unknown table format {path.suffix!r}: use .csv, .tsv or .parquet")
    return path
