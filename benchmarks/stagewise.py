"""Stage-by-stage ``nlp.pipe`` against one ``Doc`` through every component at a time, in one process.

    .venv/bin/python benchmarks/stagewise.py [--corpus news] [--reps 2]

On articles each contender has not seen (the protocol of ``throughput.unseen_ratio``), alternating the two ways of
running the components (``Component.pipe`` as shipped, and a per-document version of it) and bare
``spacy.blank("id")``; prints milliseconds per article and each way's ratio to ``blank("id")``.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import bases_of, build_corpus  # noqa: E402


def _per_doc(self, docs: Iterable, batch_size: int = 128) -> Iterator:
    for doc in docs:
        yield self(doc)


def main(argv: list[str] | None = None) -> None:
    """Print ms per article for ``blank("id")``, per-document and stage-by-stage pipelines."""
    import spacy

    from kemiskinan_ie.components import base
    from kemiskinan_ie.pipeline import build, make_doc

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", choices=("gold", "news"), default="gold")
    ap.add_argument("--reps", type=int, default=2)
    args = ap.parse_args(argv)
    stagewise = base.Component.pipe
    recs = build_corpus(len(bases_of(args.corpus)), corpus=args.corpus)
    halves = (recs[0::2], recs[1::2])
    seconds = {"blank": 0.0, "per_doc": 0.0, "stagewise": 0.0}
    try:
        for _ in range(args.reps):
            for mode in ("per_doc", "stagewise"):
                base.Component.pipe = _per_doc if mode == "per_doc" else stagewise
                for timed, warm in (halves, halves[::-1]):
                    nlp = build()
                    gc.collect()
                    gc.freeze()
                    blank = spacy.blank("id")
                    for _doc in blank.pipe((r["text"] for r in warm), batch_size=64):
                        pass
                    t = time.perf_counter()
                    for _doc in blank.pipe((r["text"] for r in timed), batch_size=64):
                        pass
                    seconds["blank"] += time.perf_counter() - t
                    for _doc in nlp.pipe((make_doc(nlp, r["text"], "2024-06-01") for r in warm), batch_size=64):
                        pass
                    t = time.perf_counter()
                    for _doc in nlp.pipe((make_doc(nlp, r["text"], "2024-06-01") for r in timed), batch_size=64):
                        pass
                    seconds[mode] += time.perf_counter() - t
    finally:
        base.Component.pipe = stagewise
    n = len(recs) * args.reps
    blank_ms = seconds["blank"] / 2 / n * 1000
    print(f"{args.corpus}: blank('id') {blank_ms:.3f} ms/article")
    for mode in ("per_doc", "stagewise"):
        ms = seconds[mode] / n * 1000
        print(f"  {mode:10s} {ms:.3f} ms/article  ({blank_ms / ms:.2f}x of blank)")


if __name__ == "__main__":
    main()
