#!/usr/bin/env bash
# PolNeAR quote extraction + attribution.
#   Scripts/eval/polnear.sh DATA_DIR [SPLIT=dev] [--indirect]
# DATA_DIR holds polnear/ (e.g. /work/shared/data). Runs hearsay on the SPLIT texts,
# scores quotes with --surface-speakers (gold speakers are surface mentions); with
# --indirect, hearsay also reports indirect speech and the scorer includes it.
# Writes out/eval/polnear-SPLIT.json (polnear-SPLIT-indirect.json with --indirect).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/_common.sh"

usage() { echo "usage: $0 DATA_DIR [SPLIT=dev] [--indirect]" >&2; exit 2; }
indirect=0; pos=()
for a in "$@"; do
    case "$a" in
        --indirect) indirect=1 ;;
        -h|--help) usage ;;
        -*) echo "unknown option: $a" >&2; usage ;;
        *) pos+=("$a") ;;
    esac
done
[[ ${#pos[@]} -ge 1 && ${#pos[@]} -le 2 ]] || usage
split="${pos[1]:-dev}"

resolve_data "${pos[0]}"
resolve_bin
gold="$DATA_DIR/polnear/$split.jsonl"
if [[ $indirect -eq 1 ]]; then
    eval_gold_text "polnear-$split-indirect" "$gold" "--surface-speakers --include-indirect" --indirect
else
    eval_gold_text "polnear-$split" "$gold" "--surface-speakers"
fi
