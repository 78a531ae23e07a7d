#!/usr/bin/env bash
# CI accuracy regression check.
#   Scripts/eval/check.sh [DATA_DIR]      (default: ../shared/data relative to the repo root)
# Skips (exit 0) when DATA_DIR does not exist. Otherwise runs polnear.sh (dev),
# conll.sh (dev) and scrapinghub.sh, then compare_floors.py against floors.json:
# one line per metric, exit 1 naming every metric below its floor.
# Env: HEARSAY_BIN (skip the build), EVAL_FLOORS (another floors file), and those of
# _common.sh.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/_common.sh"

[[ $# -le 1 ]] || { echo "usage: $0 [DATA_DIR]" >&2; exit 2; }
data="${1:-$REPO_ROOT/../shared/data}"
if [[ ! -d "$data" ]]; then
    echo "accuracy check skipped: $data not present"
    exit 0
fi
resolve_bin   # build once; the sub-scripts reuse the exported HEARSAY_BIN
# stale results must not pass the check
for name in polnear-dev conll-dev scrapinghub; do rm -f "$EVAL_OUT_DIR/$name.json"; done
"$EVAL_DIR/polnear.sh" "$data" dev
"$EVAL_DIR/conll.sh" "$data" dev
"$EVAL_DIR/scrapinghub.sh" "$data"
floors="${EVAL_FLOORS:-$EVAL_DIR/floors.json}"
echo "== accuracy floors ($floors)"
"$PY" "$EVAL_DIR/compare_floors.py" --floors "$floors" --results "$EVAL_OUT_DIR"
