#!/usr/bin/env bash
# Reproduce the statistical NER model shipped in models/ner-id.
#
#   bash training/ner/train.sh [VARIANT] [--no-install]
#
# VARIANT: "combined" (default: NER-Grit + NERP train, NERP valid as extra training data),
#          "combined-tc" (same, NERP title-cased: see prepare.py --nerp-case),
#          "combined-f" (same, without NERP sentences that leave a government body untagged:
#          see prepare.py --nerp-filter)
#          or "nergrit" (NER-Grit train only). Model selection uses the NER-Grit valid split
#          in both cases; the test splits are never used here.
# Data:    $INDONLU_NER_DIR (default: ../shared/data/indonlu-ner next to the repository).
# Output:  training/output/{corpus,<VARIANT>}/ (gitignored); with --install (default) the
#          best model is copied to models/ner-id/.
# Runs on one thread (about 15-25 min on one core of a 2-core machine).
set -euo pipefail
cd "$(dirname "$0")/../.."

VARIANT="${1:-combined}"
INSTALL=1
[[ "${2:-}" == "--no-install" ]] && INSTALL=0
PY="${PYTHON:-.venv/bin/python}"
DATA="${INDONLU_NER_DIR:-$(cd .. && pwd)/shared/data/indonlu-ner}"
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1

case "$VARIANT" in
  combined) TRAIN_CORPORA="nergrit,nerp"; CASE=keep; FILTER="" ;;
  combined-tc) TRAIN_CORPORA="nergrit,nerp"; CASE=title; FILTER="" ;;
  combined-f) TRAIN_CORPORA="nergrit,nerp"; CASE=keep; FILTER="--nerp-filter" ;;
  nergrit) TRAIN_CORPORA="nergrit"; CASE=keep; FILTER="" ;;
  *) echo "unknown variant $VARIANT (use combined, combined-tc, combined-f or nergrit)" >&2; exit 2 ;;
esac

CORPUS="training/output/corpus/$VARIANT"
OUT="training/output/$VARIANT"
"$PY" training/ner/prepare.py --data "$DATA" --out "$CORPUS" --train "$TRAIN_CORPORA" --dev nergrit --nerp-case "$CASE" $FILTER
"$PY" -m spacy train training/ner/config.cfg --output "$OUT" \
  --paths.train "$CORPUS/train.spacy" --paths.dev "$CORPUS/dev.spacy" --system.seed 0

if [[ "$INSTALL" == 1 ]]; then
  rm -rf models/ner-id
  cp -r "$OUT/model-best" models/ner-id
  "$PY" - "$VARIANT" <<'EOF'
import json, sys
from pathlib import Path

p = Path("models/ner-id/meta.json")
meta = json.loads(p.read_text())
meta.update(
    name="ner_id",
    version="0.1.0",
    description=(
        "Indonesian PER/ORG/LOC tagger (small CNN, no vectors) for kemiskinan_ie, trained on "
        f"IndoNLU NER corpora ({sys.argv[1]}: see training/ner/)."
    ),
    license="Apache-2.0",
    sources=[{"name": "IndoNLU NER-Grit and NERP", "url": "", "license": "Apache-2.0"}],
)
p.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n")
EOF
  du -sh models/ner-id
fi
