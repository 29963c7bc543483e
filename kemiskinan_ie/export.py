"""Export predictions to annotation tools and read corrected annotations back as gold JSONL.

Formats:

* ``docbin``: a spaCy ``DocBin`` (``.spacy``). ``doc.ents`` holds the OFFICIAL/AGENCY/PLACE/PROGRAM
  entities, ``doc.spans["figures"]`` the figure quantities labelled with their metric id,
  ``doc.spans["boilerplate"]`` the boilerplate stretches; the full figure records are in
  ``doc._.figures``, entity attributes in ``doc._.span_attrs`` and the article id/meta in
  ``doc.user_data["kie_id"]``/``["kie_meta"]`` (stored with ``store_user_data=True``).
* ``labelstudio``: a JSON list of Label Studio tasks (``data.text``) with the spans as
  ``predictions`` (pre-annotations, default) or ``annotations``. Entities are regions of the
  ``label`` control, figures regions of the ``figure`` control labelled with the metric id, and the
  other fields of a region (a figure's value, year, region...; an entity's title or code) are a JSON
  text in the per-region ``attrs`` TextArea. ``labelstudio_config()`` gives the matching labeling
  configuration.
* ``doccano``: JSONL for doccano's sequence labelling projects: ``text`` and
  ``label: [[start, end, LABEL], ...]`` (entity labels and metric ids), plus ``kie_id``,
  ``kie_meta``, ``kie_attrs`` (entity attributes keyed ``"LABEL:start:end"``), ``kie_figures``
  (the full figure records) and ``kie_boilerplate`` that doccano keeps as metadata.

What round-trips through ``import_annotations`` (into the gold format of ANNOTATION.md):

* entities: label, offsets, text always; attributes through Label Studio's ``attrs`` text, and
  through doccano metadata while the span keeps its label and offsets;
* figures: metric and offsets always; all other fields through Label Studio's ``attrs`` text
  (edit the JSON to correct them), and through doccano metadata while the span is unchanged.
  A figure span added in doccano (or in Label Studio without ``attrs``) comes back with
  ``value: null`` and ``"review": true`` for the annotator to complete.
* QUANTITY/DATE/METRIC building blocks are not exported (the gold format does not list them).

Offsets are Python code points, as Label Studio (since 2022) and doccano use; a region whose
``text`` does not match the article at its offsets is moved to the nearest occurrence of its text.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .aggregate import iter_results
from .schema import METRICS, SCORED_LABELS, ArticleResult

#: Fields of a gold figure besides metric/text/start/end, in ANNOTATION.md order (plus provenance).
FIGURE_FIELDS: tuple[str, ...] = (
    "value", "unit", "region", "region_code", "year", "month", "kind", "approx", "area", "program", "source", "speaker",
)

FORMATS: tuple[str, ...] = ("docbin", "labelstudio", "doccano")


# --------------------------------------------------------------------------- gold-like records


def to_gold(result: ArticleResult | dict) -> dict:
    """One result (or gold dict) as a gold record: scored entities and all figures."""
    d = result.model_dump(mode="json", exclude_none=True) if isinstance(result, ArticleResult) else dict(result)
    ents = []
    for e in d.get("entities") or []:
        if e.get("label") not in SCORED_LABELS:
            continue
        item = {"label": e["label"], "text": e["text"], "start": e["start"], "end": e["end"]}
        attrs = {k: v for k, v in (e.get("attrs") or {}).items() if v is not None and k != "source"}
        if attrs:
            item["attrs"] = attrs
        ents.append(item)
    figs = []
    for f in d.get("figures") or []:
        item = {"metric": f.get("metric")}
        for k in FIGURE_FIELDS:
            item[k] = f.get(k)
        if item["kind"] is None:
            item["kind"] = "level"
        item.update(text=f.get("text"), start=f.get("start"), end=f.get("end"))
        figs.append(item)
    meta = d.get("meta") or {}
    out = {"id": str(d.get("id")), "text": d.get("text") or "", "meta": meta, "entities": ents, "figures": figs}
    if d.get("boilerplate"):
        out["boilerplate"] = [{k: v for k, v in b.items() if v is not None} for b in d["boilerplate"]]
    return out


def _records(results_or_paths: Any) -> list[dict]:
    """Gold-like records from results, gold dicts or JSONL paths (error records skipped)."""
    if isinstance(results_or_paths, (str, Path, ArticleResult, dict)):
        results_or_paths = [results_or_paths]
    out = []
    for item in results_or_paths:
        if isinstance(item, dict) and not item.get("error") and _is_gold_like(item):
            out.append(to_gold(item))
            continue
        if isinstance(item, (str, Path)):
            for line in Path(item).read_text(encoding="utf-8").splitlines():
                if not line.strip():
                    continue
                obj = json.loads(line)
                if obj.get("error"):
                    continue
                out.extend(_records([obj]))
            continue
        for r in iter_results([item]):
            out.append(to_gold(r))
    return out


def _is_gold_like(d: dict) -> bool:
    """A dict that ``ArticleResult`` would reject but has the gold shape (e.g. a gold line)."""
    try:
        ArticleResult.model_validate(d)
        return False
    except Exception:  # noqa: BLE001
        return "text" in d and "id" in d


# --------------------------------------------------------------------------- spaCy DocBin


def _split_doc(vocab: Any, text: str, cuts: Iterable[int]) -> Any:
    """Tokenise ``text`` with the project tokenizer, then split tokens at every offset in ``cuts``."""
    from spacy.tokens import Doc

    from .tokenizer import RegexTokenizer

    base = RegexTokenizer(vocab)(text)
    cutset = set(cuts)
    words: list[str] = []
    spaces: list[bool] = []
    for tok in base:
        s, e = tok.idx, tok.idx + len(tok.text)
        inner = sorted(c for c in cutset if s < c < e)
        bounds = [s, *inner, e]
        for i in range(len(bounds) - 1):
            words.append(text[bounds[i]:bounds[i + 1]])
            spaces.append(bool(tok.whitespace_) if i == len(bounds) - 2 else False)
    return Doc(vocab, words=words, spaces=spaces)


def to_docbin(results_or_paths: Any, path: str | Path | None = None) -> Any:
    """Build a spaCy ``DocBin`` of the predictions (and write it to ``path`` when given)."""
    from spacy.tokens import DocBin
    from spacy.util import filter_spans
    from spacy.vocab import Vocab

    from . import extensions

    extensions.register()
    vocab = Vocab()
    db = DocBin(store_user_data=True)
    for rec in _records(results_or_paths):
        text = rec["text"]
        spans = rec["entities"] + rec["figures"] + rec.get("boilerplate", [])
        cuts = {x for s in spans for x in (s["start"], s["end"])}
        doc = _split_doc(vocab, text, cuts)
        ents = []
        for e in rec["entities"]:
            sp = doc.char_span(e["start"], e["end"], label=e["label"])
            if sp is not None:
                ents.append(sp)
        doc.ents = filter_spans(ents)
        figs = []
        for f in rec["figures"]:
            sp = doc.char_span(f["start"], f["end"], label=str(f["metric"]))
            if sp is not None:
                figs.append(sp)
        doc.spans["figures"] = figs
        boiler = []
        for b in rec.get("boilerplate", []):
            sp = doc.char_span(b["start"], b["end"], label=str(b.get("kind") or "boilerplate"))
            if sp is not None:
                boiler.append(sp)
        doc.spans["boilerplate"] = boiler
        doc._.figures = rec["figures"]
        doc._.span_attrs = {f"{e['label']}:{e['start']}:{e['end']}": e["attrs"] for e in rec["entities"] if e.get("attrs")}
        doc._.published = (rec.get("meta") or {}).get("published")
        doc.user_data["kie_id"] = rec["id"]
        doc.user_data["kie_meta"] = rec.get("meta") or {}
        db.add(doc)
    if path is not None:
        db.to_disk(path)
    return db


def from_docbin(path: str | Path) -> list[dict]:
    """Read a ``DocBin`` written by :func:`to_docbin` (possibly corrected) back as gold records."""
    from spacy.tokens import DocBin
    from spacy.vocab import Vocab

    from . import extensions

    extensions.register()
    vocab = Vocab()
    out = []
    for n, doc in enumerate(DocBin().from_disk(path).get_docs(vocab)):
        attrs = doc._.span_attrs or {}
        ents = []
        for sp in doc.ents:
            e = {"label": sp.label_, "text": sp.text, "start": sp.start_char, "end": sp.end_char}
            a = attrs.get(f"{sp.label_}:{sp.start_char}:{sp.end_char}")
            if a:
                e["attrs"] = dict(a)
            ents.append(e)
        known = {(f["start"], f["end"], f["metric"]): f for f in doc._.figures or []}
        figs = []
        for sp in doc.spans.get("figures", []):
            f = known.get((sp.start_char, sp.end_char, sp.label_))
            figs.append(dict(f) if f else _bare_figure(sp.label_, sp.text, sp.start_char, sp.end_char))
        rec = {
            "id": str(doc.user_data.get("kie_id", n)),
            "text": doc.text,
            "meta": dict(doc.user_data.get("kie_meta") or {}),
            "entities": ents,
            "figures": figs,
        }
        if "boilerplate" in doc.spans and len(doc.spans["boilerplate"]):
            rec["boilerplate"] = [
                {"start": s.start_char, "end": s.end_char, "kind": s.label_} for s in doc.spans["boilerplate"]
            ]
        out.append(rec)
    return out


# --------------------------------------------------------------------------- Label Studio


def labelstudio_config() -> str:
    """The Label Studio labeling configuration (XML) that matches :func:`to_labelstudio`."""
    from .visualize import ENTITY_COLORS, METRIC_COLORS

    ent = "\n".join(f'    <Label value="{lab}" background="{ENTITY_COLORS[lab]}"/>' for lab in SCORED_LABELS)
    fig = "\n".join(f'    <Label value="{m}" background="{METRIC_COLORS.get(m, "#dddddd")}"/>' for m in METRICS)
    return (
        "<View>\n"
        '  <Labels name="label" toName="text">\n' + ent + "\n  </Labels>\n"
        '  <Labels name="figure" toName="text">\n' + fig + "\n  </Labels>\n"
        '  <Text name="text" value="$text"/>\n'
        '  <TextArea name="attrs" toName="text" perRegion="true" editable="true" rows="3"\n'
        '            placeholder="JSON: figure value, unit, region_code, year, month, kind... / entity title, code"/>\n'
        "</View>\n"
    )


def _ls_region(rid: str, control: str, label: str, span: dict, attrs: dict | None) -> list[dict]:
    value = {"start": span["start"], "end": span["end"], "text": span["text"]}
    out = [{"id": rid, "from_name": control, "to_name": "text", "type": "labels", "value": {**value, "labels": [label]}}]
    if attrs:
        text = json.dumps(attrs, ensure_ascii=False, sort_keys=False)
        out.append({"id": rid, "from_name": "attrs", "to_name": "text", "type": "textarea", "value": {**value, "text": [text]}})
    return out


def to_labelstudio(results_or_paths: Any, path: str | Path | None = None, *, as_annotations: bool = False) -> list[dict]:
    """Label Studio tasks for the predictions (written as a JSON list to ``path`` when given)."""
    from . import __version__

    tasks = []
    for rec in _records(results_or_paths):
        result: list[dict] = []
        for i, e in enumerate(rec["entities"]):
            result += _ls_region(f"e{i}", "label", e["label"], e, e.get("attrs"))
        for i, f in enumerate(rec["figures"]):
            attrs = {k: f.get(k) for k in FIGURE_FIELDS}
            result += _ls_region(f"f{i}", "figure", str(f["metric"]), f, attrs)
        data = {"text": rec["text"], "kie_id": rec["id"], "kie_meta": rec.get("meta") or {}}
        if rec.get("boilerplate"):
            data["kie_boilerplate"] = rec["boilerplate"]
        task: dict[str, Any] = {"data": data}
        if as_annotations:
            task["annotations"] = [{"result": result}]
        else:
            task["predictions"] = [{"model_version": f"kemiskinan_ie-{__version__}", "result": result}]
        tasks.append(task)
    if path is not None:
        Path(path).write_text(json.dumps(tasks, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return tasks


def _load_json_or_jsonl(path: str | Path) -> list[dict]:
    raw = Path(path).read_text(encoding="utf-8")
    stripped = raw.lstrip()
    if stripped.startswith("["):
        return json.loads(raw)
    if stripped.startswith("{"):
        try:
            obj = json.loads(raw)
            return [obj]
        except json.JSONDecodeError:
            pass
    return [json.loads(line) for line in raw.splitlines() if line.strip()]


def _fix_offsets(text: str, start: int, end: int, span_text: str | None) -> tuple[int, int]:
    """Offsets where ``span_text`` really is: as given, else its nearest occurrence, else as given."""
    if not span_text or text[start:end] == span_text:
        return start, end
    best = None
    pos = text.find(span_text)
    while pos != -1:
        if best is None or abs(pos - start) < abs(best - start):
            best = pos
        pos = text.find(span_text, pos + 1)
    if best is None:
        return start, end
    return best, best + len(span_text)


def _span(text: str, start: Any, end: Any, span_text: Any) -> tuple[int, int, str] | None:
    try:
        s, e = int(start), int(end)
    except (TypeError, ValueError):
        return None
    s, e = _fix_offsets(text, s, e, span_text if isinstance(span_text, str) else None)
    if not (0 <= s < e <= len(text)):
        return None
    return s, e, text[s:e]


def _bare_figure(metric: str, text: str, start: int, end: int) -> dict:
    f: dict[str, Any] = {"metric": metric}
    for k in FIGURE_FIELDS:
        f[k] = None
    f["kind"] = "level"
    f.update(text=text, start=start, end=end, review=True)
    return f


def _make_entity(label: str, s: int, e: int, t: str, attrs: dict | None) -> dict:
    item: dict[str, Any] = {"label": label, "text": t, "start": s, "end": e}
    if attrs:
        item["attrs"] = attrs
    return item


def _make_figure(metric: str, s: int, e: int, t: str, attrs: dict | None) -> dict:
    if not attrs or "value" not in attrs:
        f = _bare_figure(metric, t, s, e)
        if attrs:
            f.update({k: v for k, v in attrs.items() if k in FIGURE_FIELDS})
        return f
    f = {"metric": metric}
    for k in FIGURE_FIELDS:
        f[k] = attrs.get(k)
    if f["kind"] is None:
        f["kind"] = "level"
    f.update(text=t, start=s, end=e)
    return f


def _pick_result(task: dict) -> list[dict]:
    anns = [a for a in task.get("annotations") or task.get("completions") or []
            if isinstance(a, dict) and not a.get("was_cancelled")]
    if anns:
        return anns[-1].get("result") or []
    preds = [p for p in task.get("predictions") or [] if isinstance(p, dict)]  # exports may list ids only
    return (preds[-1].get("result") or []) if preds else []


def from_labelstudio(path_or_tasks: Any) -> list[dict]:
    """Read Label Studio tasks (its JSON export, a JSON list or JSONL) as gold records.

    The last non-cancelled annotation of a task is used, else its last prediction.
    """
    tasks = _load_json_or_jsonl(path_or_tasks) if isinstance(path_or_tasks, (str, Path)) else list(path_or_tasks)
    out = []
    for n, task in enumerate(tasks):
        data = task.get("data") or {}
        text = data.get("text") or ""
        regions: dict[str, dict] = {}
        order: list[str] = []
        for res in _pick_result(task):
            rid = str(res.get("id", len(order)))
            if rid not in regions:
                regions[rid] = {}
                order.append(rid)
            val = res.get("value") or {}
            if res.get("type") == "labels" or "labels" in val:
                regions[rid]["labels"] = list(val.get("labels") or [])
                regions[rid]["span"] = (val.get("start"), val.get("end"), val.get("text"))
            elif res.get("type") == "textarea" or res.get("from_name") == "attrs":
                texts = val.get("text") or []
                raw = "\n".join(texts) if isinstance(texts, list) else str(texts)
                try:
                    parsed = json.loads(raw) if raw.strip() else {}
                except json.JSONDecodeError:
                    parsed = {"note": raw}
                regions[rid]["attrs"] = parsed if isinstance(parsed, dict) else {"note": raw}
                regions[rid].setdefault("span", (val.get("start"), val.get("end"), None))
        ents, figs = [], []
        for rid in order:
            reg = regions[rid]
            if not reg.get("labels"):
                continue
            sp = _span(text, *reg["span"])
            if sp is None:
                continue
            for label in reg["labels"]:
                if label in SCORED_LABELS:
                    ents.append(_make_entity(label, *sp, reg.get("attrs")))
                elif label in METRICS:
                    figs.append(_make_figure(label, *sp, reg.get("attrs")))
        rec = {
            "id": str(data.get("kie_id") or data.get("id") or task.get("id") or n),
            "text": text,
            "meta": data.get("kie_meta") or data.get("meta") or {},
            "entities": sorted(ents, key=lambda e: (e["start"], e["end"], e["label"])),
            "figures": sorted(figs, key=lambda f: (f["start"], f["end"], f["metric"])),
        }
        if data.get("kie_boilerplate"):
            rec["boilerplate"] = data["kie_boilerplate"]
        out.append(rec)
    return out


# --------------------------------------------------------------------------- doccano


def to_doccano(results_or_paths: Any, path: str | Path | None = None) -> list[dict]:
    """doccano sequence-labelling lines for the predictions (written as JSONL to ``path``)."""
    lines = []
    for rec in _records(results_or_paths):
        label = [[e["start"], e["end"], e["label"]] for e in rec["entities"]]
        label += [[f["start"], f["end"], str(f["metric"])] for f in rec["figures"]]
        label.sort(key=lambda x: (x[0], x[1], x[2]))
        line = {
            "text": rec["text"],
            "label": label,
            "kie_id": rec["id"],
            "kie_meta": rec.get("meta") or {},
            "kie_attrs": {f"{e['label']}:{e['start']}:{e['end']}": e["attrs"] for e in rec["entities"] if e.get("attrs")},
            "kie_figures": rec["figures"],
        }
        if rec.get("boilerplate"):
            line["kie_boilerplate"] = rec["boilerplate"]
        lines.append(line)
    if path is not None:
        with Path(path).open("w", encoding="utf-8") as fh:
            for line in lines:
                fh.write(json.dumps(line, ensure_ascii=False) + "\n")
    return lines


def _doccano_spans(line: dict) -> list[tuple[Any, Any, str]]:
    spans = []
    for key in ("label", "labels"):
        for item in line.get(key) or []:
            if isinstance(item, (list, tuple)) and len(item) >= 3:
                spans.append((item[0], item[1], str(item[2])))
            elif isinstance(item, dict):
                spans.append((item.get("start_offset"), item.get("end_offset"), str(item.get("label"))))
    for item in line.get("entities") or []:
        if isinstance(item, dict):
            spans.append((item.get("start_offset"), item.get("end_offset"), str(item.get("label"))))
    return spans


def from_doccano(path_or_lines: Any) -> list[dict]:
    """Read doccano JSONL (its export of a sequence-labelling project) as gold records."""
    lines = _load_json_or_jsonl(path_or_lines) if isinstance(path_or_lines, (str, Path)) else list(path_or_lines)
    out = []
    for n, line in enumerate(lines):
        meta_box = line.get("meta") if isinstance(line.get("meta"), dict) else {}

        def get(key: str, default: Any = None, _line: dict = line, _box: dict = meta_box) -> Any:
            return _line.get(key, _box.get(key, default))

        text = line.get("text") or line.get("data") or ""
        attrs = get("kie_attrs") or {}
        known = {(f.get("start"), f.get("end"), f.get("metric")): f for f in get("kie_figures") or []}
        ents, figs = [], []
        for s, e, label in _doccano_spans(line):
            sp = _span(text, s, e, None)
            if sp is None:
                continue
            if label in SCORED_LABELS:
                ents.append(_make_entity(label, *sp, attrs.get(f"{label}:{sp[0]}:{sp[1]}")))
            elif label in METRICS:
                f = known.get((sp[0], sp[1], label))
                figs.append(dict(f) if f else _bare_figure(label, sp[2], sp[0], sp[1]))
        rec = {
            "id": str(get("kie_id") or line.get("id", n)),
            "text": text,
            "meta": get("kie_meta") or {},
            "entities": sorted(ents, key=lambda e: (e["start"], e["end"], e["label"])),
            "figures": sorted(figs, key=lambda f: (f["start"], f["end"], f["metric"])),
        }
        if get("kie_boilerplate"):
            rec["boilerplate"] = get("kie_boilerplate")
        out.append(rec)
    return out


# --------------------------------------------------------------------------- dispatch


def export(results_or_paths: Any, fmt: str, path: str | Path, *, as_annotations: bool = False) -> int:
    """Write predictions in ``fmt`` (``docbin``, ``labelstudio``, ``doccano``); return the article count."""
    if fmt == "docbin":
        return len(to_docbin(results_or_paths, path))
    if fmt == "labelstudio":
        return len(to_labelstudio(results_or_paths, path, as_annotations=as_annotations))
    if fmt == "doccano":
        return len(to_doccano(results_or_paths, path))
    raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")


def import_annotations(path: str | Path, fmt: str) -> list[dict]:
    """Read a corrected file of ``fmt`` (``labelstudio``, ``doccano``, ``docbin``) as gold records."""
    if fmt == "labelstudio":
        return from_labelstudio(path)
    if fmt == "doccano":
        return from_doccano(path)
    if fmt == "docbin":
        return from_docbin(path)
    raise ValueError(f"unknown format {fmt!r}: use labelstudio, doccano or docbin")


def write_gold(records: Iterable[dict], path: str | Path) -> int:
    """Write gold records as JSONL (one article per line); return how many."""
    n = 0
    with Path(path).open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
    return n
