#!/usr/bin/env bash
# Scrapinghub article-extraction benchmark: article-body text F1 + throughput.
#   Scripts/eval/scrapinghub.sh DATA_DIR
# DATA_DIR holds scrapinghub/ (test.jsonl + html/*.html.gz). All 181 pages go through
# one hearsay process ({"id","path"} records, full analysis, not just extraction),
# which is timed: pages/s and MB/s of inflated HTML (MB = 10^6 bytes). The extracted
# `text` is scored with score.py --text (4-gram shingle P/R/F1, the benchmark's
# measure), on all pages and on the English subset (lang == "en").
# Writes out/eval/scrapinghub.json (scorer --json + "throughput", "text_en", "run").
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/_common.sh"

[[ $# -eq 1 && "$1" != -* ]] || { echo "usage: $0 DATA_DIR" >&2; exit 2; }
resolve_data "$1"
resolve_bin
gold="$DATA_DIR/scrapinghub/test.jsonl"
[[ -f "$gold" ]] || die "gold file not found: $gold"
make_tmp
name=scrapinghub
input="$TMP_DIR/$name.input.jsonl"; reports="$TMP_DIR/$name.reports.jsonl"
sys="$TMP_DIR/$name.system.jsonl"

"$PY" "$EVAL_DIR/_evalutil.py" make-input path "$gold" "$input" --base "$DATA_DIR/scrapinghub"
pages="$(grep -c . "$input")"
bytes="$("$PY" "$EVAL_DIR/_evalutil.py" inflated-size "$input")"
run_hearsay "$input" "$reports"
"$PY" "$EVAL_DIR/report_to_score.py" "$reports" "$sys"
errors="$(count_errors "$reports")"

"$PY" "$SCORE_PY" --gold "$gold" --system "$sys" --text > "$TMP_DIR/$name.score.txt"
"$PY" "$SCORE_PY" --gold "$gold" --system "$sys" --text --json > "$TMP_DIR/$name.score.json"
n_en="$("$PY" "$EVAL_DIR/_evalutil.py" filter "$gold" "$TMP_DIR/gold-en.jsonl" lang=en)"
"$PY" "$SCORE_PY" --gold "$TMP_DIR/gold-en.jsonl" --system "$sys" --text --json > "$TMP_DIR/$name.score-en.json"
rm -f "$TMP_DIR/gold-en.jsonl"
"$PY" -c 'import json,sys; print(json.dumps(json.load(open(sys.argv[1]))["text"]))' \
    "$TMP_DIR/$name.score-en.json" > "$TMP_DIR/$name.text-en.json"

jobs="${HEARSAY_JOBS:-all cores ($(nproc 2>/dev/null || echo '?'))}"
"$PY" - "$pages" "$bytes" "$TMP_DIR/hearsay-timing.json" "$jobs" > "$TMP_DIR/$name.throughput.json" <<'PYEOF'
import json, sys
pages, nbytes, timing, jobs = int(sys.argv[1]), int(sys.argv[2]), json.load(open(sys.argv[3])), sys.argv[4]
wall = timing["wall_s"]
cpu = timing["cpu_user_s"] + timing["cpu_sys_s"]
print(json.dumps({"pages": pages, "inflated_bytes": nbytes, "seconds": wall,
                  "pages_per_s": round(pages / wall, 2), "mb_per_s": round(nbytes / 1e6 / wall, 2),
                  "cpu_seconds": round(cpu, 3),
                  "pages_per_cpu_s": round(pages / cpu, 2) if cpu else None,
                  "mb_per_cpu_s": round(nbytes / 1e6 / cpu, 2) if cpu else None,
                  "jobs": jobs,
                  "note": "one hearsay analyze process incl. startup; seconds = wall clock, "
                          "cpu_seconds = user+sys of the process (MB = 10^6 bytes of inflated HTML)"}))
PYEOF

meta="$("$PY" -c 'import json,sys; a=sys.argv[1:]; print(json.dumps({"name":"scrapinghub","gold":a[0],"hearsay_bin":a[1],"score_flags":"--text","error_records":int(a[2]),"git":a[3]}))' \
    "$gold" "$HEARSAY_BIN" "$errors" "$(git_rev)")"
mkdir -p "$EVAL_OUT_DIR"
"$PY" "$EVAL_DIR/_evalutil.py" finish "$TMP_DIR/$name.score.json" "$EVAL_OUT_DIR/$name.json" \
    --meta "$meta" --extra "throughput=$TMP_DIR/$name.throughput.json" \
    --extra "text_en=$TMP_DIR/$name.text-en.json"

echo "== $name (hearsay $(git_rev); score.py --text)"
cat "$TMP_DIR/$name.score.txt"
"$PY" - "$EVAL_OUT_DIR/$name.json" "$n_en" <<'PYEOF'
import json, sys
r = json.load(open(sys.argv[1]))
t, te, tp = r["text"], r["text_en"], r["throughput"]
print(f"text F1      all {t['docs']} pages: {t['f1']:.3f} (P={t['precision']:.3f} R={t['recall']:.3f}); "
      f"English {sys.argv[2]} pages: {te['f1']:.3f} (P={te['precision']:.3f} R={te['recall']:.3f})")
print(f"throughput   {tp['pages']} pages, {tp['inflated_bytes'] / 1e6:.1f} MB inflated HTML in "
      f"{tp['seconds']:.2f} s wall: {tp['pages_per_s']:.1f} pages/s, {tp['mb_per_s']:.1f} MB/s "
      f"(jobs: {tp['jobs']}); per CPU second: {tp['pages_per_cpu_s']} pages, {tp['mb_per_cpu_s']} MB "
      f"({tp['cpu_seconds']:.2f} CPU s)")
PYEOF
[[ "$errors" -eq 0 ]] || echo "warning: $errors pages failed in hearsay (error records, scored as empty)"
echo "saved $EVAL_OUT_DIR/$name.json"
