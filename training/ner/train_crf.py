"""Train the shipped CRF named-entity tagger: ``models/ner-crf/{model.crfsuite,meta.json}``.

A linear-chain CRF (python-crfsuite, L-BFGS, c1=0.1, c2=0.05, 150 iterations, all possible
transitions) over the features of :mod:`kemiskinan_ie.ner_features`, trained on

* NER-Grit train + valid, and
* NERP train + valid, with every second sentence title-cased (``prepare.py --nerp-case mix``)
  and NERP's labels mapped to PER/ORG/LOC (EVT/FNB dropped) as ``prepare.py`` maps them.

c1/c2 were chosen on NER-Grit valid in ``training/ner/experiments/crf_ner.py`` (its docstring
has the grid); the final model is refit with NER-Grit valid added. The test splits are scored
once (exact span + type, PER/ORG/LOC micro P/R/F1, the scoring of ``benchmarks/ner_eval.py``)
and the scores go into ``meta.json`` with the labels, feature version, dictionary fingerprint,
training data and the sha256 of the model file. ``--dev-check`` first fits on the training
splits only and reports NER-Grit valid scores (doubles the time).

Reproduce (about 2-3 minutes on one core; needs ``../shared/data/indonlu-ner``)::

    OMP_NUM_THREADS=1 nice -n 19 .venv/bin/python training/ner/train_crf.py

then ``OMP_NUM_THREADS=1 .venv/bin/python benchmarks/ner_eval.py --model crf``.

Result of the shipped model (2026-11-25, ``--dev-check``; a rerun wrote a byte-identical model file):
NER-Grit valid F1 0.725 (fit without it); test NER-Grit P 0.750 R 0.711 F1 0.730, NERP P 0.861
R 0.693 F1 0.768 (tagging the corpus sentences as given); 62-67 s of training on one core; 5.1 MB.
The experiment script's run of the same recipe on the same data files scores 0.736 / 0.768: its
features are the same except that false flags are sent as zero-valued attributes, which only
changes the order of the floating-point sums in L-BFGS; a difference of this size is noise.
The dictionary features come from the data files at training time (``lexicon_fingerprint`` in
``meta.json``); after large edits to ``titles.yaml``/``agencies.yaml``/the gazetteer, retrain.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.metadata
import importlib.util
import json
import platform
import time
from collections.abc import Iterable
from pathlib import Path

import pycrfsuite

from kemiskinan_ie.ner_features import FEATURE_VERSION, default_lexicon, sent_features

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "indonlu-ner"
DEFAULT_OUT = ROOT / "models" / "ner-crf"
LABELS = ("PER", "ORG", "LOC")
IDENT = {lab: lab for lab in LABELS}

Sentence = tuple[list[str], list[str]]


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


prep = _load("kie_ner_prepare", ROOT / "training" / "ner" / "prepare.py")


def spans_to_bio(n: int, spans: Iterable[tuple[int, int, str]]) -> list[str]:
    """BIO tags for ``n`` words from ``(start, end, label)`` spans."""
    tags = ["O"] * n
    for s, e, lab in spans:
        tags[s] = "B-" + lab
        for k in range(s + 1, e):
            tags[k] = "I-" + lab
    return tags


def load(data: Path, corpus: str, split: str, case: str = "keep") -> list[Sentence]:
    """Sentences ``(words, BIO over PER/ORG/LOC)`` of one split; ``case="mix"`` title-cases every 2nd."""
    out = []
    for n, (w, t) in enumerate(prep.read_bio(data / corpus / f"{split}.txt")):
        if case == "title" or (case == "mix" and n % 2 == 0):
            w = prep.title_case(w, t)
        out.append((w, spans_to_bio(len(w), prep.bio_to_spans(t, prep.LABEL_MAP[corpus]))))
    return out


def score(gold: list[list[str]], pred: list[list[str]]) -> dict:
    """Exact span + type P/R/F1 per label and micro (``benchmarks/ner_eval.py``'s ``score_spans``)."""
    ner_eval = _load("kie_ner_eval", ROOT / "benchmarks" / "ner_eval.py")
    g = [set(prep.bio_to_spans(t, IDENT)) for t in gold]
    p = [set(prep.bio_to_spans(t, IDENT)) for t in pred]
    return ner_eval.score_spans(g, p)


def fit(sents: list[Sentence], path: Path, c1: float, c2: float, max_iter: int) -> float:
    """Train a CRF on ``sents`` and write it to ``path``; return the training seconds."""
    t0 = time.time()
    trainer = pycrfsuite.Trainer(verbose=False)
    lex = default_lexicon()
    for words, tags in sents:
        trainer.append(sent_features(words, lex), tags)
    trainer.set_params(
        {"c1": c1, "c2": c2, "max_iterations": max_iter, "feature.possible_transitions": True}
    )
    trainer.train(str(path))
    return time.time() - t0


def tag_all(model: Path, sents: list[Sentence]) -> list[list[str]]:
    """Predicted BIO tags for each sentence."""
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    lex = default_lexicon()
    return [tagger.tag(sent_features(w, lex)) for w, _ in sents]


def main(argv: list[str] | None = None) -> dict:
    """Train, score the test splits, write the model and its meta.json."""
    ap = argparse.ArgumentParser(description="train the CRF NER model shipped in models/ner-crf")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--c1", type=float, default=0.1)
    ap.add_argument("--c2", type=float, default=0.05)
    ap.add_argument("--max-iter", type=int, default=150)
    ap.add_argument("--dev-check", action="store_true", help="also fit without NER-Grit valid and score it")
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    model = args.out / "model.crfsuite"

    lex = default_lexicon()
    train = load(args.data, "nergrit", "train")
    nerp = load(args.data, "nerp", "train", "mix") + load(args.data, "nerp", "valid", "mix")
    dev = load(args.data, "nergrit", "valid")
    meta: dict = {
        "name": "ner-crf",
        "description": "linear-chain CRF for PER/ORG/LOC (kemiskinan_ie.components.crf_ner)",
        "labels": list(LABELS),
        "tags": ["O"] + [f"{p}-{lab}" for lab in LABELS for p in "BI"],
        "feature_version": FEATURE_VERSION,
        "lexicon_fingerprint": lex.fingerprint(),
        "training": {
            "data": {
                "nergrit": ["train", "valid"],
                "nerp": ["train", "valid"],
                "nerp_case": "every 2nd sentence title-cased (prepare.py --nerp-case mix)",
                "label_map": prep.LABEL_MAP,
                "sentences": len(train) + len(nerp) + len(dev),
                "words": sum(len(w) for w, _ in train + nerp + dev),
            },
            "algorithm": "lbfgs",
            "c1": args.c1,
            "c2": args.c2,
            "max_iterations": args.max_iter,
            "possible_transitions": True,
            "python_crfsuite": importlib.metadata.version("python-crfsuite"),
            "python": platform.python_version(),
            "command": "OMP_NUM_THREADS=1 nice -n 19 .venv/bin/python training/ner/train_crf.py",
        },
    }
    if args.dev_check:
        tmp = args.out / "dev-check.crfsuite"
        fit(train + nerp, tmp, args.c1, args.c2, args.max_iter)
        meta["dev_nergrit_valid"] = score([t for _, t in dev], tag_all(tmp, dev))["micro"]
        tmp.unlink()
        print(f"dev (NER-Grit valid, fit without it): {meta['dev_nergrit_valid']}", flush=True)

    secs = fit(train + nerp + dev, model, args.c1, args.c2, args.max_iter)
    meta["training"]["seconds"] = round(secs)
    meta["test"] = {}
    for corpus in ("nergrit", "nerp"):
        test = load(args.data, corpus, "test")
        meta["test"][corpus] = score([t for _, t in test], tag_all(model, test))
    blob = model.read_bytes()
    meta["model_file"] = {"name": model.name, "bytes": len(blob), "sha256": hashlib.sha256(blob).hexdigest()}
    (args.out / "meta.json").write_text(json.dumps(meta, indent=1, ensure_ascii=False) + "\n", encoding="utf8")
    for corpus, res in meta["test"].items():
        m = res["micro"]
        per = " ".join(f"{lab} {res[lab]['f1']:.3f}" for lab in LABELS)
        print(f"{corpus} test: P {m['p']:.3f} R {m['r']:.3f} F1 {m['f1']:.3f} ({per})")
    print(f"trained in {secs:.0f}s; {model} {len(blob):,} bytes")
    return meta


if __name__ == "__main__":
    main()
