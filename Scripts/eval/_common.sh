# Shared helpers for the Scripts/eval/*.sh evaluation scripts (sourced, not run).
# Environment:
#   HEARSAY_BIN    hearsay binary to evaluate (default: `swift build -c release` in the
#                  repo root, then .build/release/hearsay)
#   HEARSAY_JOBS   passed as --jobs N to hearsay (default: hearsay's own, all cores)
#   SCORE_PY       scorer (default: DATA_DIR/../tools/score.py, else
#                  /work/shared/tools/score.py)
#   EVAL_OUT_DIR   where result JSON goes (default: REPO/out/eval)
#   EVAL_KEEP_DIR  if set, the intermediate files (input JSONL, hearsay reports, scorer
#                  system file) are copied there; they contain corpus text, so keep
#                  this outside the repo

EVAL_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$EVAL_DIR/../.." && pwd)"
EVAL_OUT_DIR="${EVAL_OUT_DIR:-$REPO_ROOT/out/eval}"
PY="${PYTHON:-python3}"

die() { echo "$(basename "$0"): $*" >&2; exit 2; }

# resolve_bin: sets HEARSAY_BIN (building the default binary when unset) and exports it
resolve_bin() {
    if [[ -z "${HEARSAY_BIN:-}" ]]; then
        echo "building hearsay (swift build -c release) ..." >&2
        (cd "$REPO_ROOT" && swift build -c release >&2)
        HEARSAY_BIN="$REPO_ROOT/.build/release/hearsay"
    fi
    [[ -x "$HEARSAY_BIN" ]] || die "hearsay binary not found or not executable: $HEARSAY_BIN"
    export HEARSAY_BIN
}

# resolve_data DATA_DIR: checks the folder and finds the scorer; sets DATA_DIR, SCORE_PY
resolve_data() {
    [[ -n "${1:-}" ]] || die "missing DATA_DIR (the folder holding polnear/, conll2003/, scrapinghub/)"
    [[ -d "$1" ]] || die "DATA_DIR not found: $1"
    DATA_DIR="$(cd "$1" && pwd)"
    if [[ -z "${SCORE_PY:-}" ]]; then
        if [[ -f "$DATA_DIR/../tools/score.py" ]]; then
            SCORE_PY="$(cd "$DATA_DIR/../tools" && pwd)/score.py"
        else
            SCORE_PY=/work/shared/tools/score.py
        fi
    fi
    [[ -f "$SCORE_PY" ]] || die "scorer not found: $SCORE_PY (set SCORE_PY)"
}

# make_tmp: sets TMP_DIR, removed on exit (copied to EVAL_KEEP_DIR first if set)
make_tmp() {
    TMP_DIR="$(mktemp -d "${TMPDIR:-/tmp}/hearsay-eval.XXXXXX")"
    trap 'cleanup_tmp' EXIT
}
cleanup_tmp() {
    if [[ -n "${EVAL_KEEP_DIR:-}" && -d "${TMP_DIR:-}" ]]; then
        mkdir -p "$EVAL_KEEP_DIR"
        cp -f "$TMP_DIR"/* "$EVAL_KEEP_DIR"/ 2>/dev/null || true
    fi
    [[ -n "${TMP_DIR:-}" ]] && rm -rf "$TMP_DIR"
}

# run_hearsay IN.jsonl OUT.jsonl [extra analyze args...]
# Writes the timing of the hearsay process to $TMP_DIR/hearsay-timing.json (wall clock
# and CPU seconds). hearsay exits 1 when some inputs failed (they get error records):
# that is accepted here (report_to_score.py counts them); any other non-zero status
# is fatal.
run_hearsay() {
    local in="$1" out="$2"; shift 2
    local jobs=()
    [[ -n "${HEARSAY_JOBS:-}" ]] && jobs=(--jobs "$HEARSAY_JOBS")
    local rc=0
    "$PY" "$EVAL_DIR/_evalutil.py" timed-run "$TMP_DIR/hearsay-timing.json" -- \
        "$HEARSAY_BIN" analyze "$in" --format jsonl --output "$out" ${jobs[@]+"${jobs[@]}"} "$@" || rc=$?
    if [[ $rc -ne 0 && $rc -ne 1 ]]; then
        die "hearsay failed with exit status $rc"
    fi
    [[ -f "$out" ]] || die "hearsay wrote no output (exit status $rc)"
    if [[ $rc -eq 1 ]]; then
        echo "note: hearsay reported failed inputs (exit 1); they are scored as empty output" >&2
    fi
}

# git_rev: the commit evaluated, with "+dirty" when the working tree has changes
git_rev() {
    local rev
    rev="$(git -C "$REPO_ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
    if [[ "$rev" != unknown && -n "$(git -C "$REPO_ROOT" status --porcelain --untracked-files=no -- Sources Package.swift 2>/dev/null)" ]]; then
        rev="$rev+dirty"
    fi
    echo "$rev"
}

# count_errors REPORTS.jsonl: number of error records
count_errors() {
    "$PY" -c 'import json,sys; print(sum(1 for l in open(sys.argv[1], encoding="utf-8") if l.strip() and "error" in json.loads(l)))' "$1"
}

# eval_gold_text NAME GOLD.jsonl "SCORER FLAGS" [hearsay flags...]
# Runs hearsay on the gold texts as plain-text records, converts, scores; prints the
# scorer's lines and writes EVAL_OUT_DIR/NAME.json (scorer --json + "run").
eval_gold_text() {
    local name="$1" gold="$2" score_flags="$3"; shift 3
    [[ -f "$gold" ]] || die "gold file not found: $gold"
    make_tmp
    local input="$TMP_DIR/$name.input.jsonl" reports="$TMP_DIR/$name.reports.jsonl"
    local sys="$TMP_DIR/$name.system.jsonl" scorejson="$TMP_DIR/$name.score.json"
    "$PY" "$EVAL_DIR/_evalutil.py" make-input text "$gold" "$input"
    run_hearsay "$input" "$reports" "$@"
    "$PY" "$EVAL_DIR/report_to_score.py" "$reports" "$sys"
    local errors; errors="$(count_errors "$reports")"
    # shellcheck disable=SC2086
    "$PY" "$SCORE_PY" --gold "$gold" --system "$sys" $score_flags > "$TMP_DIR/$name.score.txt"
    # shellcheck disable=SC2086
    "$PY" "$SCORE_PY" --gold "$gold" --system "$sys" $score_flags --json > "$scorejson"
    echo "== $name (hearsay $(git_rev); score.py ${score_flags:-without flags})"
    cat "$TMP_DIR/$name.score.txt"
    [[ "$errors" -eq 0 ]] || echo "warning: $errors inputs failed in hearsay (error records, scored as empty)"
    local meta
    meta="$("$PY" -c 'import json,sys; a=sys.argv[1:]; print(json.dumps({"name":a[0],"gold":a[1],"hearsay_bin":a[2],"hearsay_args":a[3],"score_flags":a[4],"hearsay":json.load(open(a[5])),"error_records":int(a[6]),"git":a[7]}))' \
        "$name" "$gold" "$HEARSAY_BIN" "$*" "$score_flags" "$TMP_DIR/hearsay-timing.json" "$errors" "$(git_rev)")"
    mkdir -p "$EVAL_OUT_DIR"
    "$PY" "$EVAL_DIR/_evalutil.py" finish "$scorejson" "$EVAL_OUT_DIR/$name.json" --meta "$meta"
    echo "saved $EVAL_OUT_DIR/$name.json"
}
