#!/usr/bin/env bash
# Reproduce the statistical NER model shipped in models/ner-id.
#
#   bash training/ner/train.sh [VARIANT] [--no-install]
#
# VARIANT: "combined-mix" (default, shipped: NER-Grit + NERP train, NERP valid as extra
#          training data, every second NERP sentence title-cased: prepare.py --nerp-case mix),
#          "combined" (same without the title-casing),
#          "combined-tc" (every NERP sentence title-cased: prepare.py --nerp-case title),
#          "combined-f" (combined without the NERP sentences that leave a government body untagged:
#          see prepare.py --nerp-filter), "combined-fmix" (filtered, every second NERP
#          sentence title-cased: --nerp-filter --nerp-case mix)
#          or "nergrit" (NER-Grit train only). Model selection uses the NER-Grit valid split
#          in all cases; the test splits are never used here.
# Data:    $INDONLU_NER_DIR (default: ../shared/data/indonlu-ner next to the repository).
# Output:  training/output/{corpus,<VARIANT>}/ (gitignored); with --install (default) the
#          best model is copied to models/ner-id/.
# Runs on one thread: about 10 min on an idle core, 20-30 min on a busy shared 2-core machine.
set -euo pipefail
cd "$(dirname "$0")/../.."

VARIANT="${1:-combined-mix}"
INSTALL=1
[[ "${2:-}" == "--no-install" ]] && INSTALL=0
PY="${PYTHON:-.venv/bin/python}"
DATA="${INDONLU_NER_DIR:-$(cd .. && pwd)/shared/data/indonlu-ner}"
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1

case "$VARIANT" in
  combined) TRAIN_CORPORA="nergrit,nerp"; CASE=keep; FILTER="" ;;
  combined-tc) TRAIN_CORPORA="nergrit,nerp"; CASE=title; FILTER="" ;;
  combined-f) TRAIN_CORPORA="nergrit,nerp"; CASE=keep; FILTER="--nerp-filter" ;;
  combined-mix) TRAIN_CORPORA="nergrit,nerp"; CASE=mix; FILTER="" ;;
  combined-fmix) TRAIN_CORPORA="nergrit,nerp"; CASE=mix; FILTER="--nerp-filter" ;;
  nergrit) TRAIN_CORPORA="nergrit"; CASE=keep; FILTER="" ;;
  *) echo "unknown variant $VARIANT (use combined, combined-tc, combined-f, combined-mix, combined-fmix or nergrit)" >&2; exit 2 ;;
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
