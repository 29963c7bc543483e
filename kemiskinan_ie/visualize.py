"""Look at one article's extraction: entities and linked figures as HTML (displaCy based).

``render(result)`` returns an HTML string with three parts:

1. the article with its entities highlighted (displaCy ``ent`` style, one colour per label);
   Boilerplate stretches (related links, credits) are shaded grey and labelled BOILERPLATE.
2. the article again with each figure's quantity highlighted, labelled with its links
   (``poverty_rate · 63.11 · 2022 · 62.13``), one colour per metric;
3. a table of all figures (metric, value, unit, region, code, year, month, kind, approx, area,
   programme, source, speaker, offsets) and the result's warnings.

It takes an ``ArticleResult``, a gold article (``GoldArticle`` or dict in the ANNOTATION.md
format) or any dict with ``text``/``entities``/``figures``. In a notebook, ``show(result)``
displays it; ``render(result, jupyter=None)`` displays it when running inside Jupyter and
returns the HTML either way.
"""

from __future__ import annotations

import html
from typing import Any

from spacy import displacy

#: Colour of each entity label.
ENTITY_COLORS: dict[str, str] = {
    "OFFICIAL": "#f4a6a6",
    "AGENCY": "#a6c8f4",
    "PLACE": "#a6e3b0",
    "PROGRAM": "#f7d58b",
    "QUANTITY": "#e0e0e0",
    "DATE": "#d9c7f0",
    "METRIC": "#b8ece8",
    "BOILERPLATE": "#eeeeee",
}

#: Colour of each figure metric (anything else gets ``DEFAULT_FIGURE_COLOR``).
METRIC_COLORS: dict[str, str] = {
    "poverty_rate": "#ff9e80",
    "poverty_count": "#ffcc80",
    "poverty_line": "#fff59d",
    "poverty_line_food": "#fff59d",
    "poverty_line_nonfood": "#fff59d",
    "poverty_line_household": "#fff59d",
    "poverty_gap_index": "#e6ee9c",
    "poverty_severity_index": "#e6ee9c",
    "extreme_poverty_rate": "#ef9a9a",
    "extreme_poverty_count": "#ef9a9a",
    "unemployment_rate": "#90caf9",
    "unemployment_count": "#90caf9",
    "population": "#b0bec5",
    "gini_ratio": "#ce93d8",
    "hdi": "#80cbc4",
    "economic_growth": "#a5d6a7",
    "stunting_rate": "#f48fb1",
    "welfare_registry_count": "#bcaaa4",
    "beneficiary_count": "#81d4fa",
    "budget": "#c5e1a5",
    "household_size": "#b39ddb",
    "other": "#e0e0e0",
}
DEFAULT_FIGURE_COLOR = "#dddddd"

#: Which entity labels win when spans overlap (displaCy cannot draw overlapping spans).
_PRIORITY = {"OFFICIAL": 0, "AGENCY": 0, "PLACE": 0, "PROGRAM": 0, "METRIC": 1, "DATE": 2, "QUANTITY": 3, "BOILERPLATE": 5}

_CSS = """
<style>
.kie-viz { font-family: -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif; max-width: 1100px; }
.kie-viz h2 { font-size: 1.2em; margin: 1.2em 0 0.4em; border-bottom: 1px solid #ccc; }
.kie-viz table { border-collapse: collapse; font-size: 0.85em; margin-top: 0.5em; }
.kie-viz th, .kie-viz td { border: 1px solid #ccc; padding: 3px 6px; text-align: left; vertical-align: top; }
.kie-viz th { background: #f3f3f3; }
.kie-viz td.num { text-align: right; font-variant-numeric: tabular-nums; }
.kie-viz td.metric { white-space: nowrap; }
.kie-viz .swatch { display: inline-block; width: 0.9em; height: 0.9em; border-radius: 0.2em; margin-right: 0.3em;
  vertical-align: middle; }
.kie-viz .legend span.item { margin-right: 1em; font-size: 0.85em; }
.kie-viz .meta { color: #555; font-size: 0.9em; }
.kie-viz .warn { color: #a33; }
</style>
"""


def _as_dict(result: Any) -> dict:
    if hasattr(result, "model_dump"):
        return result.model_dump(mode="json")
    if isinstance(result, dict):
        return result
    raise TypeError(f"cannot render {type(result).__name__}: give an ArticleResult or a dict")


def _valid(span: dict, n: int) -> bool:
    try:
        s, e = int(span["start"]), int(span["end"])
    except (KeyError, TypeError, ValueError):
        return False
    return 0 <= s < e <= n


def _drop_overlaps(spans: list[dict], rank: Any) -> list[dict]:
    """Keep a non-overlapping subset: best rank first, then longer, then earlier."""
    chosen: list[dict] = []
    taken: list[tuple[int, int]] = []
    for sp in sorted(spans, key=lambda s: (rank(s), -(s["end"] - s["start"]), s["start"])):
        if all(sp["end"] <= a or sp["start"] >= b for a, b in taken):
            chosen.append(sp)
            taken.append((sp["start"], sp["end"]))
    return sorted(chosen, key=lambda s: (s["start"], s["end"]))


def _fmt_value(v: Any) -> str:
    if v is None:
        return "?"
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        v = int(v)
    if isinstance(v, int):
        return f"{v:,}"
    return f"{v:,.6g}" if abs(v) >= 1e6 else repr(v)


def figure_label(fig: dict) -> str:
    """The short label drawn on a figure span: metric · region code · year[-month] · value."""
    parts = [str(fig.get("metric") or "?")]
    if fig.get("kind") and fig.get("kind") != "level":
        parts[0] += f" ({fig['kind']})"
    region = fig.get("region_code") or fig.get("region")
    parts.append(str(region) if region else "no region")
    year = fig.get("year")
    when = str(year) if year is not None else "no year"
    if fig.get("month"):
        when += f"-{int(fig['month']):02d}"
    parts.append(when)
    value = _fmt_value(fig.get("value"))
    if fig.get("unit") in ("percent", "percent_point"):
        value += " %" if fig["unit"] == "percent" else " pp"
    parts.append(value)
    if fig.get("area"):
        parts.append(str(fig["area"]))
    if fig.get("program"):
        parts.append(str(fig["program"]))
    return " · ".join(parts)


def _entity_part(d: dict, labels: tuple[str, ...] | None) -> str:
    text = d.get("text") or ""
    ents = [e for e in d.get("entities") or [] if _valid(e, len(text))]
    ents += [{"label": "BOILERPLATE", "start": b["start"], "end": b["end"]}
             for b in d.get("boilerplate") or [] if _valid(b, len(text))]
    if labels is not None:
        ents = [e for e in ents if e.get("label") in labels]
    ents = _drop_overlaps(ents, lambda s: _PRIORITY.get(s.get("label"), 4))
    spans = [{"start": e["start"], "end": e["end"], "label": html.escape(str(e["label"]))} for e in ents]
    colors = {k.upper(): v for k, v in ENTITY_COLORS.items()}
    return displacy.render(
        {"text": text, "ents": spans, "title": None}, style="ent", manual=True, jupyter=False,
        options={"colors": colors},
    )


def _figure_part(d: dict) -> str:
    text = d.get("text") or ""
    figs = [f for f in d.get("figures") or [] if _valid(f, len(text))]
    order = {id(f): i for i, f in enumerate(figs)}
    figs = _drop_overlaps(figs, lambda s: order[id(s)])
    spans, colors = [], {}
    for f in figs:
        label = html.escape(figure_label(f))
        colors[label.upper()] = METRIC_COLORS.get(str(f.get("metric")), DEFAULT_FIGURE_COLOR)
        spans.append({"start": f["start"], "end": f["end"], "label": label})
    return displacy.render(
        {"text": text, "ents": spans, "title": None}, style="ent", manual=True, jupyter=False,
        options={"colors": colors},
    )


_FIG_COLUMNS = (
    "metric", "value", "unit", "region", "region_code", "year", "month", "kind", "approx", "area", "program",
    "text", "source", "speaker", "start", "end",
)


def _figure_table(d: dict) -> str:
    figs = d.get("figures") or []
    if not figs:
        return "<p class='meta'>No figures.</p>"
    head = "".join(f"<th>{c}</th>" for c in ("#",) + _FIG_COLUMNS)
    rows = []
    for i, f in enumerate(figs):
        cells = [f"<td class='num'>{i}</td>"]
        for c in _FIG_COLUMNS:
            v = f.get(c)
            shown = "" if v is None else (_fmt_value(v) if c == "value" else str(v))
            if c == "metric":
                color = METRIC_COLORS.get(str(v), DEFAULT_FIGURE_COLOR)
                shown = f"<span class='swatch' style='background:{color}'></span>{html.escape(shown)}"
            else:
                shown = html.escape(shown)
            cls = " class='num'" if c in ("value", "year", "month", "start", "end") else ""
            cls = " class='metric'" if c == "metric" else cls
            cells.append(f"<td{cls}>{shown}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _legend(d: dict) -> str:
    present = sorted({e.get("label") for e in d.get("entities") or []} & set(ENTITY_COLORS))
    if d.get("boilerplate"):
        present.append("BOILERPLATE")
    items = "".join(
        f"<span class='item'><span class='swatch' style='background:{ENTITY_COLORS[lab]}'></span>{lab}</span>"
        for lab in present
    )
    return f"<div class='legend'>{items}</div>" if items else ""


def render(
    result: Any,
    jupyter: bool | None = None,
    *,
    page: bool = False,
    labels: tuple[str, ...] | None = None,
    title: str | None = None,
) -> str:
    """Render one article's entities, figures and figure table as HTML and return it.

    jupyter: display the HTML in the notebook (``None``: only when running inside Jupyter).
    page: wrap the HTML in a complete ``<html>`` page (what ``kemiskinan-ie show`` writes).
    labels: entity labels to draw (default: all; overlapping spans keep the scored labels first).
    title: heading (default: the result's id and meta title).
    """
    d = _as_dict(result)
    meta = d.get("meta") or {}
    heading = title if title is not None else " — ".join(str(x) for x in (d.get("id"), meta.get("title")) if x)
    info = []
    for k in ("published", "source"):
        if meta.get(k):
            info.append(f"{k}: {meta[k]}")
    if d.get("article_date"):
        info.append(f"article date: {d['article_date']}")
    n_ents = len(d.get("entities") or [])
    n_figs = len(d.get("figures") or [])
    info.append(f"{n_ents} entities, {n_figs} figures")
    parts = [_CSS, "<div class='kie-viz'>"]
    if heading:
        parts.append(f"<h1 style='font-size:1.4em'>{html.escape(heading)}</h1>")
    parts.append(f"<p class='meta'>{html.escape(' · '.join(info))}</p>")
    if d.get("error"):
        err = d["error"]
        parts.append(f"<p class='warn'>Error record: {html.escape(str(err.get('type')))}: "
                     f"{html.escape(str(err.get('message')))}</p>")
    parts.append("<h2>Entities</h2>")
    parts.append(_legend(d))
    parts.append(_entity_part(d, labels))
    parts.append("<h2>Figures in the text</h2>")
    parts.append(_figure_part(d))
    parts.append("<h2>Figures</h2>")
    parts.append(_figure_table(d))
    warns = d.get("warnings") or []
    if warns:
        items = "".join(
            f"<li><b>{html.escape(str(w.get('code')))}</b>: {html.escape(str(w.get('message')))}"
            f" (figures {html.escape(str(w.get('figures', [])))})</li>"
            for w in warns
        )
        parts.append(f"<h2>Warnings</h2><ul class='warn'>{items}</ul>")
    parts.append("</div>")
    out = "\n".join(parts)
    if page:
        doc_title = html.escape(heading or "kemiskinan_ie")
        out = (
            "<!DOCTYPE html>\n<html lang='id'><head><meta charset='utf-8'>"
            f"<title>{doc_title}</title></head>\n<body style='margin:1.5em'>\n{out}\n</body></html>\n"
        )
    if jupyter or (jupyter is None and _in_jupyter()):
        from IPython.display import HTML, display

        display(HTML(f'<span class="tex2jax_ignore">{out}</span>'))
    return out


def show(result: Any, **kwargs: Any) -> None:
    """Display one article in a Jupyter notebook (see :func:`render` for the options)."""
    render(result, jupyter=True, **kwargs)


def _in_jupyter() -> bool:
    try:
        from spacy.util import is_in_jupyter

        return bool(is_in_jupyter())
    except Exception:  # noqa: BLE001
        return False
