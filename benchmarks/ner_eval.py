"""Evaluate a shipped statistical NER model on the IndoNLU test splits.

``--model crf`` (default) is the CRF tagger in ``models/ner-crf`` run by the ``kie_crf_ner``
component (sentence split, features, python-crfsuite; spans from ``doc.spans["ner"]``);
``--model cnn`` is the spaCy CNN model in ``models/ner-id`` (entities from ``doc.ents``).
``--model-dir`` points at another folder of the chosen kind.

Reports exact-span precision/recall/F1 per label and micro-averaged on NER-Grit test and on
NERP test separately (labels mapped to PER/ORG/LOC exactly as in ``training/ner/prepare.py``;
NERP's EVT/FNB are not scored), next to a published reference, and the speed in words/s of
``nlp.pipe`` on one thread. With the project's dev gold present (``../shared/gold``) it also
reports how many gold OFFICIAL/AGENCY/PLACE spans the model's PER/ORG/LOC spans recover.

Usage::

    OMP_NUM_THREADS=1 .venv/bin/python benchmarks/ner_eval.py [--model crf|cnn] [--model-dir DIR] [--json]
"""

from __future__ import annotations

import os

for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_v, "1")

import argparse  # noqa: E402
import importlib.util  # noqa: E402
import json  # noqa: E402
import time  # noqa: E402
from collections import Counter  # noqa: E402
from pathlib import Path  # noqa: E402

import spacy  # noqa: E402
from spacy.language import Language  # noqa: E402
from spacy.tokens import Doc  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
#: Default model folder per ``--model`` kind.
MODEL_DIRS = {"crf": ROOT / "models" / "ner-crf", "cnn": ROOT / "models" / "ner-id"}
SHARED = ROOT.parent / "shared"
LABELS = ("PER", "ORG", "LOC")

#: Published results (entity F1 on the NER-Grit test split). Only numbers we are sure of.
REFERENCES: dict[str, list[tuple[str, float]]] = {
    "nergrit": [("IndoBERT-base fine-tuned (IndoNLU paper, Wilie et al. 2020), approx.", 0.83)],
    "nerp": [],
}


def _load_prepare():
    """Import ``training/ner/prepare.py`` (the corpus reader and label mapping)."""
    spec = importlib.util.spec_from_file_location("kie_ner_prepare", ROOT / "training" / "ner" / "prepare.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


def prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    """Precision, recall and F1 from counts (0.0 where undefined)."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn, "support": tp + fn}


def score_spans(gold: list[set], pred: list[set]) -> dict[str, dict]:
    """Exact-span scores per label and micro over sets of ``(start, end, label)``."""
    tp: Counter = Counter()
    fp: Counter = Counter()
    fn: Counter = Counter()
    for g, p in zip(gold, pred, strict=True):
        for s in p & g:
            tp[s[2]] += 1
        for s in p - g:
            fp[s[2]] += 1
        for s in g - p:
            fn[s[2]] += 1
    out = {lab: prf(tp[lab], fp[lab], fn[lab]) for lab in LABELS}
    out["micro"] = prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    return out


def load_model(kind: str, path: Path) -> Language:
    """A Language that tags pre-tokenised Docs: the CNN pipeline itself, or a blank one with ``kie_crf_ner``."""
    if kind == "cnn":
        return spacy.load(path)
    if kind != "crf":
        raise ValueError(f"unknown model kind {kind!r}: use 'crf' or 'cnn'")
    from kemiskinan_ie.components.crf_ner import add_crf_ner  # noqa: PLC0415
    from kemiskinan_ie.tokenizer import RegexTokenizer  # noqa: PLC0415

    nlp = spacy.blank("id")
    nlp.tokenizer = RegexTokenizer(nlp.vocab)
    add_crf_ner(nlp, path.parent, model_name=path.name)
    return nlp


def predicted_spans(doc: Doc) -> set:
    """``(start, end, label)`` of PER/ORG/LOC predictions: ``doc.spans["ner"]`` if set, else ``doc.ents``."""
    ents = doc.spans["ner"] if "ner" in doc.spans else doc.ents
    return {(e.start, e.end, e.label_) for e in ents if e.label_ in LABELS}


def run_model(nlp: Language, docs: list[Doc], batch_size: int = 256) -> list[Doc]:
    """Run the model's components on copies of pre-tokenised docs."""
    fresh = [Doc(nlp.vocab, words=[t.text for t in d], spaces=[bool(t.whitespace_) for t in d]) for d in docs]
    return list(nlp.pipe(fresh, batch_size=batch_size))


def evaluate_corpus(nlp: Language, prep, data: Path, corpus: str) -> dict:
    """Score one corpus's test split."""
    docs = prep.load_split(data, corpus, "test", nlp.vocab)
    pred = run_model(nlp, docs)
    gold_sets = [{(e.start, e.end, e.label_) for e in d.ents} for d in docs]
    pred_sets = [predicted_spans(d) for d in pred]
    return {"sentences": len(docs), "words": sum(len(d) for d in docs), "scores": score_spans(gold_sets, pred_sets)}


def measure_speed(nlp: Language, docs: list[Doc], min_seconds: float = 5.0) -> tuple[float, float]:
    """Words per second of ``nlp.pipe`` over pre-tokenised docs (repeated to run >= min_seconds).

    Returns ``(per wall-clock second, per CPU second of this process)``; with one thread the
    second is the speed of one core even when other jobs share the machine.
    """
    words = [[t.text for t in d] for d in docs]
    run_model(nlp, docs[:50])  # warm up
    n_words = 0
    start, cpu_start = time.perf_counter(), time.process_time()
    while True:
        batch = [Doc(nlp.vocab, words=w) for w in words]
        for _ in nlp.pipe(batch, batch_size=256):
            pass
        n_words += sum(len(w) for w in words)
        elapsed = time.perf_counter() - start
        if elapsed >= min_seconds:
            return n_words / elapsed, n_words / max(time.process_time() - cpu_start, 1e-9)


def domain_check(model_path: Path, kind: str = "crf") -> dict | None:
    """Recall of the project's dev gold OFFICIAL/AGENCY/PLACE spans by PER/ORG/LOC predictions.

    Gold entities are only the officials, agencies and places in poverty news, so only recall is
    meaningful: ``exact`` counts identical character spans, ``overlap`` any overlap.
    """
    files = [SHARED / "gold" / n for n in ("seeds.jsonl", "dev.jsonl")]
    files = [f for f in files if f.exists()]
    if not files:
        return None
    from kemiskinan_ie.components.crf_ner import add_crf_ner  # noqa: PLC0415
    from kemiskinan_ie.components.stat_ner import add_stat_ner  # noqa: PLC0415
    from kemiskinan_ie.tokenizer import RegexTokenizer  # noqa: PLC0415

    nlp = spacy.blank("id")
    nlp.tokenizer = RegexTokenizer(nlp.vocab)
    add = add_crf_ner if kind == "crf" else add_stat_ner
    add(nlp, model_path.parent, model_name=model_path.name)
    pairs = {"OFFICIAL": "PER", "AGENCY": "ORG", "PLACE": "LOC"}
    hit_exact: Counter = Counter()
    hit_overlap: Counter = Counter()
    total: Counter = Counter()
    for f in files:
        for line in f.read_text(encoding="utf8").splitlines():
            if not line.strip():
                continue
            rec = json.loads(line)
            doc = nlp(rec["text"])
            pred = [(s.start_char, s.end_char, s.label_) for s in doc.spans["ner"]]
            for ent in rec.get("entities", []):
                want = pairs.get(ent["label"])
                if want is None:
                    continue
                total[ent["label"]] += 1
                same = [p for p in pred if p[2] == want]
                if any(p[0] == ent["start"] and p[1] == ent["end"] for p in same):
                    hit_exact[ent["label"]] += 1
                if any(p[0] < ent["end"] and ent["start"] < p[1] for p in same):
                    hit_overlap[ent["label"]] += 1
    return {
        lab: {
            "gold": total[lab],
            "exact_recall": round(hit_exact[lab] / total[lab], 4) if total[lab] else 0.0,
            "overlap_recall": round(hit_overlap[lab] / total[lab], 4) if total[lab] else 0.0,
        }
        for lab in pairs
    }


def main(argv: list[str] | None = None) -> dict:
    """Run the evaluation, print a table (or JSON) and return the results."""
    ap = argparse.ArgumentParser(description="Evaluate a shipped NER model on the IndoNLU NER test splits.")
    ap.add_argument("--model", default="crf",
                    help="crf: models/ner-crf via kie_crf_ner (default); cnn: the spaCy model models/ner-id; "
                    "or a model folder (a CRF one if it holds model.crfsuite, else a spaCy pipeline)")
    ap.add_argument("--model-dir", type=Path, default=None, help="model folder (default: the shipped one)")
    ap.add_argument("--data", type=Path, default=SHARED / "data" / "indonlu-ner")
    ap.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    ap.add_argument("--no-speed", action="store_true", help="skip the speed measurement")
    ap.add_argument("--no-domain", action="store_true", help="skip the check against the project's dev gold")
    args = ap.parse_args(argv)

    prep = _load_prepare()
    if args.model not in MODEL_DIRS:  # a folder given directly (older usage: --model <spaCy model dir>)
        args.model_dir = args.model_dir or Path(args.model)
        args.model = "crf" if (args.model_dir / "model.crfsuite").is_file() else "cnn"
    model_dir = args.model_dir or MODEL_DIRS[args.model]
    nlp = load_model(args.model, model_dir)
    results: dict = {"model": args.model, "model_dir": str(model_dir), "threads": os.environ.get("OMP_NUM_THREADS"), "corpora": {}}
    for corpus in ("nergrit", "nerp"):
        results["corpora"][corpus] = evaluate_corpus(nlp, prep, args.data, corpus)
        results["corpora"][corpus]["references"] = REFERENCES[corpus]
    if not args.no_speed:
        docs = prep.load_split(args.data, "nergrit", "test", nlp.vocab) + prep.load_split(
            args.data, "nerp", "test", nlp.vocab
        )
        wall, cpu = measure_speed(nlp, docs)
        results["words_per_second"] = round(wall)
        results["words_per_cpu_second"] = round(cpu)
        results["load_average"] = round(os.getloadavg()[0], 2)
    if not args.no_domain:
        results["domain_dev_gold"] = domain_check(model_dir, args.model)

    if args.json:
        print(json.dumps(results, ensure_ascii=False, sort_keys=True))
        return results
    print(f"model: {args.model} ({model_dir})")
    for corpus, res in results["corpora"].items():
        scored = "PER/ORG/LOC only (EVT, FNB not scored)" if corpus == "nerp" else "PER/ORG/LOC"
        print(f"\n{corpus} test: {res['sentences']} sentences, {res['words']} words; exact spans, {scored}")
        print(f"  {'label':<8}{'P':>8}{'R':>8}{'F1':>8}{'support':>9}")
        for lab in (*LABELS, "micro"):
            s = res["scores"][lab]
            print(f"  {lab:<8}{s['p']:>8.3f}{s['r']:>8.3f}{s['f1']:>8.3f}{s['support']:>9}")
        for name, f1 in res["references"]:
            print(f"  reference: {name}: F1 {f1:.2f}")
    if "words_per_second" in results:
        print(
            f"\nspeed (nlp.pipe, OMP_NUM_THREADS={results['threads']}): {results['words_per_second']:,} words/s wall-clock, "
            f"{results['words_per_cpu_second']:,} words per CPU-second (load average {results['load_average']})"
        )
    dom = results.get("domain_dev_gold")
    if dom:
        print("\nproject dev gold (seeds+dev): recall of gold spans by model spans")
        for lab, d in dom.items():
            print(f"  {lab:<9}n={d['gold']:<4} exact {d['exact_recall']:.3f}  overlap {d['overlap_recall']:.3f}")
    return results


if __name__ == "__main__":
    main()
