#!/usr/bin/env bash
# CoNLL-2003 people / places / entities (PER, LOC, ORG; hearsay has no MISC).
#   Scripts/eval/conll.sh DATA_DIR [SPLIT=dev]
# DATA_DIR holds conll2003/. The tokenised texts (space separated, one sentence a
# line) are run as plain text, so entity offsets compare exactly against gold.
# Writes out/eval/conll-SPLIT.json.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/_common.sh"

[[ $# -ge 1 && $# -le 2 && "$1" != -* ]] || { echo "usage: $0 DATA_DIR [SPLIT=dev]" >&2; exit 2; }
split="${2:-dev}"
resolve_data "$1"
resolve_bin
# the scorer skips the quotes layer (empty in every CoNLL gold document)
eval_gold_text "conll-$split" "$DATA_DIR/conll2003/$split.jsonl" ""
