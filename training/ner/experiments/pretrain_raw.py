"""Write the raw-text JSONL for ``spacy pretrain`` from the local IndoNLU corpora (no labels).

Reads only the token column of the train and valid splits of NER-Grit, NERP and POSP (the test
splits are never opened) and writes one ``{"text": "..."}`` line per sentence (tokens joined by one space; ``spacy.JsonlCorpus``
reads only ``text``). NERP and POSP
are lower-cased in the source; every second of their sentences gets a capitalised first token
so that the pretraining text is not all lower case (same spirit as ``prepare.py --nerp-case``).

    .venv/bin/python training/ner/experiments/pretrain_raw.py --out training/output/pretrain/raw.jsonl

Used by ``training/ner/experiments/pretrain.sh`` (see that file for the result).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SHARED = ROOT.parent / "shared" / "data"
SOURCES: tuple[tuple[str, str], ...] = (
    ("indonlu-ner/nergrit", "keep"),
    ("indonlu-ner/nerp", "mix"),
    ("indonlu-pos/posp", "mix"),
)
SPLITS: tuple[str, ...] = ("train", "valid")  # never "test"


def read_tokens(path: Path) -> list[list[str]]:
    """Sentences (first column, multi-word tokens split on spaces) of a token-TAB-tag file."""
    sents: list[list[str]] = []
    cur: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur:
                sents.append(cur)
            cur = []
            continue
        token = line.rpartition("\t")[0] or line
        cur.extend(token.split())
    if cur:
        sents.append(cur)
    return sents


def main(argv: list[str] | None = None) -> None:
    """Write the JSONL and print sentence/token counts."""
    ap = argparse.ArgumentParser(description="raw text for spacy pretrain (train+valid splits only)")
    ap.add_argument("--data", type=Path, default=SHARED)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    n_sent = n_tok = 0
    with args.out.open("w", encoding="utf-8") as fh:
        for rel, case in SOURCES:
            for split in SPLITS:
                for k, words in enumerate(read_tokens(args.data / rel / f"{split}.txt")):
                    if case == "mix" and k % 2 == 0 and words[0][:1].isalpha():
                        words = [words[0][:1].upper() + words[0][1:], *words[1:]]
                    fh.write(json.dumps({"text": " ".join(words)}, ensure_ascii=False) + "\n")
                    n_sent += 1
                    n_tok += len(words)
    print(f"{args.out}: {n_sent} sentences, {n_tok} tokens")


if __name__ == "__main__":
    main()
