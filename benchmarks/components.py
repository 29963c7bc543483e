"""Per-component cost of the rule pipeline, in milliseconds per article.

    .venv/bin/python benchmarks/components.py --n 300 --reps 5 [--corpus news] [--min]

Each repetition tokenises the benchmark corpus (``throughput.build_corpus``), runs every pipeline
component over all documents in turn, then ``doc_to_result``; the table shows the median over the
repetitions (``--min``: the fastest), next to bare ``spacy.blank("id")`` tokenisation. The cyclic garbage collector is
paused while timing so that a collection does not land on whichever component happens to run
then (the numbers are steadier; absolute cost with the collector on is a little higher).
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import build_corpus  # noqa: E402


def measure(n: int, corpus: str = "gold") -> dict[str, float]:
    """One repetition: seconds per stage over ``n`` articles."""
    import spacy

    import kemiskinan_ie
    from kemiskinan_ie import pipeline

    recs = build_corpus(n, corpus=corpus)
    texts = [r["text"] for r in recs]
    nlp = kemiskinan_ie.load()
    blank = spacy.blank("id")
    for x in texts[:20]:  # warm up caches and lazy imports
        nlp(pipeline.make_doc(nlp, x, "2024-06-01"))
        blank(x)
    gc.collect()
    gc.disable()
    try:
        out: dict[str, float] = {}
        t = time.perf_counter()
        for x in texts:
            blank(x)
        out["blank(id)"] = time.perf_counter() - t
        t = time.perf_counter()
        docs = [pipeline.make_doc(nlp, x, "2024-06-01") for x in texts]
        out["tokenizer"] = time.perf_counter() - t
        for name, proc in nlp.pipeline:
            t = time.perf_counter()
            docs = [proc(d) for d in docs]
            out[name] = time.perf_counter() - t
        t = time.perf_counter()
        for d, r in zip(docs, recs, strict=True):
            pipeline.doc_to_result(d, r["id"], r.get("meta"))
        out["doc_to_result"] = time.perf_counter() - t
    finally:
        gc.enable()
    return out


def main(argv: list[str] | None = None) -> None:
    """Print the median ms/article of each stage over ``--reps`` repetitions."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=300, help="articles in the corpus")
    ap.add_argument("--reps", type=int, default=5, help="repetitions (median reported)")
    ap.add_argument("--corpus", choices=("gold", "news"), default="gold",
                    help="gold: fixture and gold articles (dense in statistics); news: general news")
    ap.add_argument("--min", action="store_true",
                    help="report the fastest repetition instead of the median (steadier on a busy machine)")
    args = ap.parse_args(argv)
    runs = [measure(args.n, args.corpus) for _ in range(args.reps)]
    total = [sum(v for k, v in r.items() if k != "blank(id)") for r in runs]
    pick = min if args.min else statistics.median
    for key in runs[0]:
        ms = pick(r[key] for r in runs) / args.n * 1000
        print(f"{key:16s} {ms:7.3f}")
    print(f"{'pipeline total':16s} {pick(total) / args.n * 1000:7.3f}  (tokenizer .. doc_to_result)")


if __name__ == "__main__":
    main()
