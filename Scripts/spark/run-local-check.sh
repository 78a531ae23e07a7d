#!/usr/bin/env bash
# Spark check for issue 9 (not part of `swift test` or .ci/run: it downloads pyspark). Runs the
# PySpark job in local mode (local[2]) over all 1,008 PolNeAR articles, then the single-machine
# `hearsay analyze` + `hearsay speakers` on the same records, and checks that both give the same
# quotes (ids, texts, speakers) and the same speakers table. Prints PASS or FAIL and the timings.
#
#   bash Scripts/spark/run-local-check.sh DATA_DIR      # DATA_DIR: the polnear folder, or its parent
#
# Environment: HEARSAY_BIN (default: swift build -c release, then .build/release/hearsay),
# WORK_DIR (default: a new folder under /tmp), VENV (default /tmp/hearsay-spark-venv),
# PYSPARK_VERSION (default 3.5.5, pinned). Java 17 must be on the PATH.
set -euo pipefail
REPO="$(cd "$(dirname "$0")/../.." && pwd)"
DATA="${1:?usage: run-local-check.sh DATA_DIR (the polnear folder or its parent)}"
[ -f "$DATA/train.jsonl" ] || DATA="$DATA/polnear"
for split in train dev test; do
  [ -f "$DATA/$split.jsonl" ] || { echo "spark-check: $DATA/$split.jsonl not found" >&2; exit 2; }
done
BEGIN=$(date +%s)
VENV="${VENV:-/tmp/hearsay-spark-venv}"
PYSPARK_VERSION="${PYSPARK_VERSION:-3.5.5}"
java -version 2>&1 | head -1
if ! "$VENV/bin/python" -c "import pyspark, sys; sys.exit(pyspark.__version__ != '$PYSPARK_VERSION')" 2>/dev/null; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q "pyspark==$PYSPARK_VERSION"
fi
if [ -z "${HEARSAY_BIN:-}" ]; then
  (cd "$REPO" && swift build -c release >&2)
  HEARSAY_BIN="$REPO/.build/release/hearsay"
fi
WORK="${WORK_DIR:-$(mktemp -d /tmp/hearsay-spark-check.XXXXXX)}"
case "$WORK" in "$REPO"*) echo "spark-check: WORK_DIR must be outside the repository" >&2; exit 2;; esac
rm -rf "$WORK/spark" "$WORK/single"
mkdir -p "$WORK/single"
echo "work folder: $WORK"

# The input: one {"id", "text", "title", "date", "site_name"} record per article, as corpus-check.sh makes it.
python3 "$REPO/Scripts/polnear-corpus-input.py" "$DATA" "$WORK/input.jsonl"

now() { date +%s.%N; }
t0=$(now)
PYSPARK_PYTHON="$VENV/bin/python" PYSPARK_DRIVER_PYTHON="$VENV/bin/python" \
  "$VENV/bin/spark-submit" --master 'local[2]' --driver-memory 2g --conf spark.ui.enabled=false \
  "$REPO/Scripts/spark/hearsay_spark.py" --hearsay "$HEARSAY_BIN" --output "$WORK/spark" "$WORK/input.jsonl" \
  2> "$WORK/spark.log"
t1=$(now)
"$HEARSAY_BIN" analyze "$WORK/input.jsonl" --format jsonl --output "$WORK/single/reports.jsonl" --quiet --jobs 2 || true
t2=$(now)
"$HEARSAY_BIN" speakers "$WORK/single/reports.jsonl" --format json --output "$WORK/single/speakers.json"
t3=$(now)
END=$(date +%s)

python3 - "$WORK" "$t0" "$t1" "$t2" "$t3" "$((END - BEGIN))" <<'PY'
import csv, glob, json, os, sys
work = sys.argv[1]
t0, t1, t2, t3 = map(float, sys.argv[2:6])
failures = []
def check(ok, message):
    print(("ok   " if ok else "FAIL ") + message)
    if not ok: failures.append(message)

size = os.path.getsize(f"{work}/input.jsonl")
single = [json.loads(l) for l in open(f"{work}/single/reports.jsonl", encoding="utf-8")]
spark = [json.loads(l) for p in sorted(glob.glob(f"{work}/spark/reports/part-*")) for l in open(p, encoding="utf-8")]
print(f"input: {len(single)} articles, {size / 1e6:.1f} MB of records")
check(len(single) == 1008 and not any("error" in r for r in single), "single machine: 1,008 reports, no error records")
check([r["id"] for r in spark] == [r["id"] for r in single], f"spark: {len(spark)} reports, same ids in the same order")
check(spark == single, "spark reports equal the single-machine reports, field for field")

quotes = [(r["id"], q["text"], (q.get("speaker") or {}).get("name")) for r in single for q in r.get("quotes", [])]
rows = []
for path in sorted(glob.glob(f"{work}/spark/quotes/part-*.csv")):
    with open(path, newline="", encoding="utf-8") as f:
        rows += [(r["id"], r["quote"], r["speaker"] or None) for r in csv.DictReader(f)]
check(rows == quotes, f"quotes table: {len(rows)} rows, the same ids, texts and speakers as the {len(quotes)} single-machine quotes")

def normal(s):
    return {**s, "first_date": s.get("first_date"), "last_date": s.get("last_date")}
expected = [normal(s) for s in json.load(open(f"{work}/single/speakers.json", encoding="utf-8"))]
got = [normal(json.loads(l)) for p in sorted(glob.glob(f"{work}/spark/speakers/part-*")) for l in open(p, encoding="utf-8")]
check(got == expected, f"speakers table: {len(got)} speakers, equal to `hearsay speakers` ({len(expected)})")
if got != expected:
    for a, b in zip(got, expected):
        if a != b: print("     first difference:\n     spark ", a, "\n     single", b); break
top = ", ".join(f"{s['name']} ({s['quotes']})" for s in got[:5])
print(f"     top speakers: {top}")
spark_s, single_s, speakers_s = t1 - t0, t2 - t1, t3 - t2
print(f"spark local[2] job (start-up, analysis, quotes, speakers): {spark_s:6.1f} s  "
      f"{len(single) / spark_s:6.1f} articles/s  {size / 1e6 / spark_s:5.2f} MB/s")
print(f"single machine analyze --jobs 2:                            {single_s:6.1f} s  "
      f"{len(single) / single_s:6.1f} articles/s  {size / 1e6 / single_s:5.2f} MB/s")
print(f"single machine speakers:                                    {speakers_s:6.1f} s")
print(f"whole check (install, build, both runs, comparison):         {int(sys.argv[6])} s")
print("FAIL" if failures else "PASS")
sys.exit(1 if failures else 0)
PY
