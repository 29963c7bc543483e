#!/usr/bin/env bash
# Experiment: `spacy pretrain` (character objective) of the NER tok2vec on local raw text, then
# train the NER with --paths.init_tok2vec (config: training/ner/config.cfg + filled [pretraining]).
#
#   bash training/ner/experiments/pretrain.sh [EPOCHS]
#
# Raw text: token column of the train+valid splits of NER-Grit, NERP and POSP (pretrain_raw.py;
# test splits are never read). Corpus for the NER: training/output/corpus/combined-mix (made by
# train.sh). Output: training/output/pretrain/ (gitignored). Nothing is installed to models/.
# Set SKIP_PRETRAIN=1 to reuse existing weights in training/output/pretrain/weights/.
#
# Result (2026-11-25, `bash training/ner/experiments/pretrain.sh 18`, niced, 1 thread, shared
# machine): raw text 17,001 sentences / 416,777 tokens; pretraining (PretrainCharacters, the
# tok2vec of config.cfg) 18 epochs at ~6k words/s = 27 min, model17.bin used; NER training
# (combined-mix corpus, seed 0, patience 2000) 12 min, best dev F1 0.728 at step 4600 (shipped
# run: 0.721). Test (benchmarks/ner_eval.py): NER-Grit P 0.697 R 0.670 F1 0.683 (PER 0.683,
# ORG 0.458, LOC 0.762), NERP F1 0.745; 26k words per CPU-second. Shipped model: NER-Grit 0.695,
# NERP 0.748, so pretraining on this little text (0.42M tokens) gives no gain (within seed noise).
set -euo pipefail
cd "$(dirname "$0")/../../.."
EPOCHS="${1:-20}"
PY="${PYTHON:-.venv/bin/python}"
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1
OUT=training/output/pretrain
CORPUS=training/output/corpus/combined-mix
mkdir -p "$OUT"
"$PY" training/ner/experiments/pretrain_raw.py --out "$OUT/raw.jsonl"
"$PY" -m spacy init fill-config training/ner/config.cfg "$OUT/pretrain.cfg" --pretraining
if [[ "${SKIP_PRETRAIN:-0}" != 1 ]]; then
nice -n 19 "$PY" -m spacy pretrain "$OUT/pretrain.cfg" "$OUT/weights" \
  --paths.raw_text "$OUT/raw.jsonl" --pretraining.max_epochs "$EPOCHS" --system.seed 0
fi
LAST=$(ls "$OUT"/weights/model*.bin | grep -v last | sort -V | tail -1)
echo "init_tok2vec: $LAST"
# NB: train with the filled config: training/ner/config.cfg has an empty [pretraining] section,
# and spaCy only loads init_tok2vec when that section is non-empty (Language.initialize), so
# --paths.init_tok2vec with config.cfg silently trains from scratch.
nice -n 19 "$PY" -m spacy train "$OUT/pretrain.cfg" --output "$OUT/ner" \
  --paths.train "$CORPUS/train.spacy" --paths.dev "$CORPUS/dev.spacy" \
  --paths.init_tok2vec "$LAST" --paths.raw_text "$OUT/raw.jsonl" --system.seed 0
"$PY" benchmarks/ner_eval.py --model "$OUT/ner/model-best" --no-domain
