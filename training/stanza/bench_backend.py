"""Time the default pipeline against ``backend="stanza"`` on the same articles.

    OMP_NUM_THREADS=1 .venv/bin/python training/stanza/bench_backend.py \
        /work/shared/gold/seeds.jsonl /work/shared/gold/dev.jsonl

Prints one JSON line per backend: articles, tokens, seconds, tokens/s, articles/s (best of
``--repeat`` runs, after one warm-up pass).
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> None:
    """Run the benchmark; see the module docstring."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("jsonl", type=Path, nargs="+", help="files of {id, text, ...} records")
    ap.add_argument("--stanza-dir", default=None, help="Stanza model directory (default: the shipped one)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--batch-size", type=int, default=32)
    args = ap.parse_args(argv)
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    import torch

    torch.set_num_threads(1)
    from kemiskinan_ie.pipeline import build

    texts = [json.loads(line)["text"] for p in args.jsonl for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
    for backend in ("default", "stanza"):
        nlp = build(backend=backend, stanza_dir=args.stanza_dir) if backend == "stanza" else build()
        ntok = sum(len(d) for d in nlp.pipe(texts, batch_size=args.batch_size))  # warm-up
        best = float("inf")
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            for _doc in nlp.pipe(texts, batch_size=args.batch_size):
                pass
            best = min(best, time.perf_counter() - t0)
        print(json.dumps({"backend": backend, "pipes": nlp.pipe_names, "articles": len(texts), "tokens": ntok,
                          "seconds": round(best, 3), "tokens_per_s": round(ntok / best),
                          "articles_per_s": round(len(texts) / best, 2)}))


if __name__ == "__main__":
    main()
