"""Build small word vectors from the POSP training text and save them as a Stanza pretrain file.

No downloaded embeddings: count word co-occurrences in a +-window, weight them with positive PMI
(context counts smoothed by ^0.75), and keep the top ``dim`` directions of a randomized SVD (numpy
only). The vectors are written as word2vec text and then converted with Stanza's own ``Pretrain``
class, so the ``.pt`` has exactly the layout Stanza loads (``{"vocab": ..., "emb": ...}``).

    python training/stanza/build_vectors.py build/stanza/data/id_posp.train.gold.conllu \
        build/stanza/data/id_posp.dev.gold.conllu --out build/stanza/posp_ppmi.pt
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import numpy as np


def read_words(paths: list[Path]) -> list[list[str]]:
    """Sentences (lists of FORM values) from CoNLL-U files."""
    sents: list[list[str]] = []
    cur: list[str] = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line:
                if cur:
                    sents.append(cur)
                    cur = []
            elif not line.startswith("#"):
                cur.append(line.split("\t")[1])
    if cur:
        sents.append(cur)
    return sents


def ppmi_svd(sents: list[list[str]], min_count: int, window: int, dim: int, seed: int) -> tuple[list[str], np.ndarray]:
    """Return (vocabulary, vectors) for words seen at least ``min_count`` times."""
    counts = Counter(w for s in sents for w in s)
    vocab = sorted((w for w, c in counts.items() if c >= min_count), key=lambda w: (-counts[w], w))
    index = {w: i for i, w in enumerate(vocab)}
    n = len(vocab)
    co = np.zeros((n, n), dtype=np.float32)
    for s in sents:
        ids = [index.get(w, -1) for w in s]
        for i, a in enumerate(ids):
            if a < 0:
                continue
            for j in range(max(0, i - window), min(len(ids), i + window + 1)):
                b = ids[j]
                if j != i and b >= 0:
                    co[a, b] += 1.0 / abs(i - j)
    total = co.sum()
    row = co.sum(axis=1, keepdims=True)
    ctx = co.sum(axis=0, keepdims=True) ** 0.75
    ctx = ctx / ctx.sum()
    with np.errstate(divide="ignore", invalid="ignore"):
        pmi = np.log((co / total) / ((row / total) * ctx))
    pmi[~np.isfinite(pmi)] = 0.0
    np.maximum(pmi, 0.0, out=pmi)
    # randomized SVD: project, orthonormalise, two power iterations, exact SVD of the small matrix
    rng = np.random.default_rng(seed)
    q, _ = np.linalg.qr(pmi @ rng.standard_normal((n, dim + 20)).astype(np.float32))
    for _ in range(2):
        q, _ = np.linalg.qr(pmi @ (pmi.T @ q))
    u_small, s, _ = np.linalg.svd(q.T @ pmi, full_matrices=False)
    vecs = (q @ u_small[:, :dim]) * np.sqrt(s[:dim])
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True) + 1e-8
    return vocab, vecs.astype(np.float32)


def main(argv: list[str] | None = None) -> None:
    """Build the vectors and write ``--out`` (Stanza pretrain ``.pt``) plus a ``.vec`` text copy."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("conllu", type=Path, nargs="+")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--dim", type=int, default=50)
    ap.add_argument("--window", type=int, default=3)
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args(argv)
    vocab, vecs = ppmi_svd(read_words(args.conllu), args.min_count, args.window, args.dim, args.seed)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    vec_path = args.out.with_suffix(".vec")
    with vec_path.open("w", encoding="utf-8") as f:
        f.write(f"{len(vocab)} {args.dim}\n")
        for w, v in zip(vocab, vecs, strict=True):
            f.write(w + " " + " ".join(f"{x:.5f}" for x in v) + "\n")
    from stanza.models.common.pretrain import Pretrain

    if args.out.exists():
        args.out.unlink()
    pt = Pretrain(str(args.out), str(vec_path), max_vocab=-1)
    pt.load()  # reads the text vectors and saves the .pt
    print(f"{len(vocab)} words x {args.dim} dims -> {args.out}")


if __name__ == "__main__":
    main()
