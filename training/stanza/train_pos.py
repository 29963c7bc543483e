"""Train the small Indonesian Stanza POS tagger shipped in ``models/stanza-id-pos/``.

Steps (all local, one CPU thread):

1. ``convert_posp.py``: IndoNLU POSP -> CoNLL-U (POSP tag in XPOS, mapped UPOS);
2. ``build_vectors.py``: PPMI+SVD word vectors from the training text -> Stanza pretrain ``.pt``;
3. Stanza's own tagger entry point (``stanza.models.tagger.main``) with small hidden sizes;
4. scoring on the POSP test split with the same entry point (``--mode predict``);
5. ``--install``: copy the model into the Stanza directory layout (``resources.json`` +
   ``id/pos/posp_small.pt`` + ``id/pretrain/posp_ppmi.pt``) with a ``kie_stanza.json`` manifest.

    OMP_NUM_THREADS=1 .venv/bin/python training/stanza/train_pos.py --max-steps 3000 --install
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))

#: Small network: the tagger stays a few MB and trains on one CPU thread.
SMALL_NET = [
    "--hidden_dim", "128",
    "--char_hidden_dim", "128",
    "--char_emb_dim", "50",
    "--word_emb_dim", "50",
    "--tag_emb_dim", "32",
    "--transformed_dim", "64",
    "--deep_biaff_hidden_dim", "128",
    "--composite_deep_biaff_hidden_dim", "64",
    "--num_layers", "2",
]

PACKAGE = "posp_small"
PRETRAIN = "posp_ppmi"


def stanza_args(work: Path, mode: str, eval_split: str, extra: list[str]) -> list[str]:
    """Command-line arguments for ``stanza.models.tagger.main``."""
    data = work / "data"
    return [
        "--mode", mode,
        "--lang", "id",
        "--shorthand", "id_posp",
        "--train_file", str(data / "id_posp.train.gold.conllu"),
        "--eval_file", str(data / f"id_posp.{eval_split}.gold.conllu"),
        "--output_file", str(work / f"{eval_split}.pred.conllu"),
        "--wordvec_pretrain_file", str(work / f"{PRETRAIN}.pt"),
        "--save_dir", str(work / "saved"),
        "--save_name", f"{PACKAGE}.pt",
        "--seed", "1234",
        *SMALL_NET,
        *extra,
    ]


def score(gold: Path, pred: Path) -> dict[str, float]:
    """Token accuracy of UPOS and XPOS (the files align token by token)."""
    def rows(p: Path) -> list[list[str]]:
        return [ln.split("\t") for ln in p.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]

    g, p = rows(gold), rows(pred)
    assert len(g) == len(p), "gold and prediction differ in length"
    n = len(g)
    return {
        "tokens": n,
        "upos": sum(a[3] == b[3] for a, b in zip(g, p, strict=True)) / n,
        "xpos": sum(a[4] == b[4] for a, b in zip(g, p, strict=True)) / n,
    }


def install(work: Path, dest: Path, scores: dict) -> None:
    """Lay the trained files out as a Stanza model directory that ``Pipeline`` loads offline."""
    (dest / "id" / "pos").mkdir(parents=True, exist_ok=True)
    (dest / "id" / "pretrain").mkdir(parents=True, exist_ok=True)
    shutil.copy(work / "saved" / f"{PACKAGE}.pt", dest / "id" / "pos" / f"{PACKAGE}.pt")
    shutil.copy(work / f"{PRETRAIN}.pt", dest / "id" / "pretrain" / f"{PRETRAIN}.pt")
    resources = {
        "id": {
            "lang_name": "Indonesian",
            "default_processors": {"tokenize": "pretokenized", "pos": PACKAGE},
            "pos": {PACKAGE: {"dependencies": [{"model": "pretrain", "package": PRETRAIN}]}},
            "pretrain": {PRETRAIN: {}},
        }
    }
    (dest / "resources.json").write_text(json.dumps(resources, indent=2) + "\n", encoding="utf-8")
    manifest = {
        "name": "stanza-id-pos",
        "description": "Small Indonesian POS tagger (UPOS + POSP XPOS) trained by kemiskinan_ie "
        "on IndoNLU POSP with PPMI word vectors; see training/stanza/.",
        "lang": "id",
        "lowercase": True,
        "processors": {"pos": PACKAGE},
        "test_scores": scores,
    }
    (dest / "kie_stanza.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    """Run the whole recipe; see the module docstring."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--posp", type=Path, default=ROOT.parent / "shared" / "data" / "indonlu-pos" / "posp")
    ap.add_argument("--work", type=Path, default=ROOT / "build" / "stanza")
    ap.add_argument("--dest", type=Path, default=ROOT / "models" / "stanza-id-pos")
    ap.add_argument("--max-steps", type=int, default=3000)
    ap.add_argument("--batch-size", type=int, default=32, help="sentences per training step")
    ap.add_argument("--eval-only", action="store_true", help="skip training, score the saved model")
    ap.add_argument("--install", action="store_true", help="copy the model into --dest")
    args = ap.parse_args(argv)

    os.environ.setdefault("OMP_NUM_THREADS", "1")
    import torch

    torch.set_num_threads(1)
    import build_vectors
    import convert_posp
    from stanza.models import tagger

    data = args.work / "data"
    if not args.eval_only:
        convert_posp.main([str(args.posp), str(data)])
        build_vectors.main([str(data / "id_posp.train.gold.conllu"), str(data / "id_posp.dev.gold.conllu"),
                            "--out", str(args.work / f"{PRETRAIN}.pt")])
        tagger.main(stanza_args(args.work, "train", "dev", [
            "--max_steps", str(args.max_steps), "--eval_interval", "200", "--fix_eval_interval",
            "--max_steps_before_stop", "1000", "--batch_size", str(args.batch_size), "--log_step", "50",
        ]))
    tagger.main(stanza_args(args.work, "predict", "test", []))
    scores = score(data / "id_posp.test.gold.conllu", args.work / "test.pred.conllu")
    print(json.dumps({"posp_test": scores}))
    if args.install:
        install(args.work, args.dest, scores)
        print("installed into", args.dest)


if __name__ == "__main__":
    main()
