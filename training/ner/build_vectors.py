"""Build small lower-cased static word vectors from local Indonesian text (no downloads).

Text: the token column of the IndoNLU NER train/valid splits (NER-Grit, NERP) and POS (POSP)
train/valid splits, plus the article texts of the project's gold JSONL files. The test splits
are never read. Words are lower-cased; each word is described by its co-occurrence counts
(+-window, weighted 1/distance) with the ``n_ctx`` most frequent words, weighted with positive
PMI (context distribution smoothed by ^0.75), and reduced to ``dim`` dimensions by an SVD of
the small context-by-context Gram matrix (numpy only). Output is word2vec text for
``spacy init vectors --attr LOWER``.

    python training/ner/build_vectors.py --out training/output/vectors/ppmi.vec
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
_WORD = re.compile(r"\w+(?:[-.']\w+)*|[^\w\s]", re.UNICODE)


def read_tsv_tokens(path: Path) -> list[list[str]]:
    """Sentences (lower-cased first column) of a token-TAB-tag file, blank line between sentences."""
    sents: list[list[str]] = []
    cur: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur:
                sents.append(cur)
            cur = []
            continue
        token = line.rpartition("\t")[0] or line
        cur.extend(t.lower() for t in token.split())
    if cur:
        sents.append(cur)
    return sents


def read_jsonl_texts(path: Path) -> list[list[str]]:
    """Lower-cased, roughly tokenised lines of the ``text`` field of every JSONL record."""
    sents: list[list[str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            for para in json.loads(line).get("text", "").split("\n"):
                toks = _WORD.findall(para.lower())
                if toks:
                    sents.append(toks)
    return sents


def local_corpus() -> list[list[str]]:
    """All local training text (never a test split)."""
    sents: list[list[str]] = []
    data = SHARED / "data"
    for sub in ("indonlu-ner/nergrit", "indonlu-ner/nerp", "indonlu-pos/posp"):
        for split in ("train", "valid"):
            p = data / sub / f"{split}.txt"
            if p.exists():
                sents.extend(read_tsv_tokens(p))
    for p in sorted((SHARED / "gold").glob("*.jsonl")) + sorted((ROOT / "tests" / "fixtures").glob("*.jsonl")):
        sents.extend(read_jsonl_texts(p))
    return sents


def ppmi_svd(sents: list[list[str]], min_count: int, n_ctx: int, window: int, dim: int) -> tuple[list[str], np.ndarray]:
    """Return (vocabulary, unit-length vectors) for words seen at least ``min_count`` times."""
    counts = Counter(w for s in sents for w in s)
    vocab = sorted((w for w, c in counts.items() if c >= min_count), key=lambda w: (-counts[w], w))
    index = {w: i for i, w in enumerate(vocab)}
    co = np.zeros((len(vocab), n_ctx), dtype=np.float32)
    for s in sents:
        ids = [index.get(w, -1) for w in s]
        for i, a in enumerate(ids):
            if a < 0:
                continue
            for j in range(max(0, i - window), min(len(ids), i + window + 1)):
                b = ids[j]
                if j != i and 0 <= b < n_ctx:
                    co[a, b] += 1.0 / abs(i - j)
    total = co.sum()
    row = co.sum(axis=1, keepdims=True) + 1e-8
    ctx = co.sum(axis=0, keepdims=True) ** 0.75
    ctx = ctx / ctx.sum()
    with np.errstate(divide="ignore", invalid="ignore"):
        pmi = np.log((co / total) / ((row / total) * ctx))
    pmi[~np.isfinite(pmi)] = 0.0
    np.maximum(pmi, 0.0, out=pmi)
    gram = (pmi.T @ pmi).astype(np.float64)
    evals, evecs = np.linalg.eigh(gram)
    top = np.argsort(evals)[::-1][:dim]
    vecs = pmi @ evecs[:, top].astype(np.float32)  # = U * s; damp to U * sqrt(s)
    vecs /= np.sqrt(np.sqrt(np.maximum(evals[top], 1e-8))).astype(np.float32)
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True) + 1e-8
    return vocab, vecs.astype(np.float32)


def main(argv: list[str] | None = None) -> None:
    """Build the vectors and write ``--out`` as word2vec text."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--dim", type=int, default=64)
    ap.add_argument("--ctx", type=int, default=4000)
    ap.add_argument("--window", type=int, default=3)
    ap.add_argument("--min-count", type=int, default=2)
    args = ap.parse_args(argv)
    sents = local_corpus()
    vocab, vecs = ppmi_svd(sents, args.min_count, args.ctx, args.window, args.dim)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as f:
        f.write(f"{len(vocab)} {args.dim}\n")
        for w, v in zip(vocab, vecs, strict=True):
            f.write(w.replace(" ", "_") + " " + " ".join(f"{x:.4f}" for x in v) + "\n")
    print(f"{sum(map(len, sents))} tokens, {len(vocab)} words x {args.dim} dims -> {args.out}")


if __name__ == "__main__":
    main()
