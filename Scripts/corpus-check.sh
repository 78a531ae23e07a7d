#!/usr/bin/env bash
# Corpus check for issue 6 (not part of `swift test`): runs Hearsay over all PolNeAR articles
# (train, dev and test) as one corpus and verifies the spreadsheet, database, speakers and
# compare outputs against the JSONL reports.
#
#   bash Scripts/corpus-check.sh DATA_DIR        # DATA_DIR: the polnear folder, or its parent
#
# Environment: HEARSAY_BIN (default: swift build -c release, then .build/release/hearsay),
# WORK_DIR (default: a new folder under /tmp; the outputs hold corpus text, so never the repo).
set -euo pipefail
REPO="$(cd "$(dirname "$0")/.." && pwd)"
DATA="${1:?usage: corpus-check.sh DATA_DIR (the polnear folder or its parent)}"
[ -f "$DATA/train.jsonl" ] || DATA="$DATA/polnear"
for split in train dev test; do
  [ -f "$DATA/$split.jsonl" ] || { echo "corpus-check: $DATA/$split.jsonl not found" >&2; exit 2; }
done
if [ -z "${HEARSAY_BIN:-}" ]; then
  (cd "$REPO" && swift build -c release >&2)
  HEARSAY_BIN="$REPO/.build/release/hearsay"
fi
WORK="${WORK_DIR:-$(mktemp -d /tmp/hearsay-corpus-check.XXXXXX)}"
mkdir -p "$WORK"
case "$WORK" in "$REPO"*) echo "corpus-check: WORK_DIR must be outside the repository" >&2; exit 2;; esac
H="$HEARSAY_BIN"
echo "work folder: $WORK"

# The input: one {"id", "text", "title", "date", "site_name"} record per article.
python3 "$REPO/Scripts/polnear-corpus-input.py" "$DATA" "$WORK/input.jsonl"

# Row count and hash of every table, then the hash of the whole file.
db_digest() { python3 - "$1" <<'PY'
import hashlib, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
for table in ("articles", "quotes", "speakers", "people", "places", "mentions"):
    rows = db.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
    print(table, len(rows), hashlib.sha256(repr(rows).encode()).hexdigest())
print("file", hashlib.sha256(open(sys.argv[1], "rb").read()).hexdigest())
PY
}
timed() { local label="$1"; shift; local start=$(date +%s.%N); "$@"; local end=$(date +%s.%N);
          python3 -c "print(f'{\"$label\":<28} {float($end) - float($start):6.1f} s')"; }
rm -rf "$WORK/sheets" "$WORK/corpus.db" "$WORK/reports.jsonl"
timed "analyze --format jsonl" "$H" analyze "$WORK/input.jsonl" --format jsonl --output "$WORK/reports.jsonl" --quiet
timed "analyze --format csv" "$H" analyze "$WORK/input.jsonl" --format csv --output "$WORK/sheets" --quiet
timed "analyze --sqlite (1st)" "$H" analyze "$WORK/input.jsonl" --sqlite "$WORK/corpus.db" --quiet
db_digest "$WORK/corpus.db" > "$WORK/db-first.txt"
timed "analyze --sqlite (2nd)" "$H" analyze "$WORK/input.jsonl" --sqlite "$WORK/corpus.db" --quiet
db_digest "$WORK/corpus.db" > "$WORK/db-second.txt"
"$H" speakers "$WORK/reports.jsonl" --format csv --output "$WORK/speakers.csv"
"$H" speakers "$WORK/corpus.db" --format csv --output "$WORK/speakers-db.csv"
"$H" speakers "$WORK/reports.jsonl" --limit 10
for format in table json html; do
  timed "compare --format $format" "$H" compare "Donald Trump" "Hillary Clinton" --corpus "$WORK/reports.jsonl" --format "$format" --output "$WORK/compare.$format"
done
"$H" compare "Donald Trump" "Hillary Clinton" --corpus "$WORK/corpus.db" --format html --output "$WORK/compare-db.html"

python3 - "$WORK" <<'PY'
import csv, json, sqlite3, sys
work = sys.argv[1]
failures = []
def check(ok, message):
    print(("ok   " if ok else "FAIL ") + message)
    if not ok: failures.append(message)

reports = [json.loads(l) for l in open(f"{work}/reports.jsonl", encoding="utf-8")]
errors = [r for r in reports if "error" in r]
quotes = [(r["id"], q["text"]) for r in reports if "error" not in r for q in r["quotes"]]
print(f"reports: {len(reports)} ({len(errors)} errors), quotes: {len(quotes)}")
check(len(reports) == 1008 and not errors, "1,008 reports, no error records")

with open(f"{work}/sheets/quotes.csv", newline="", encoding="utf-8") as f:
    rows = list(csv.reader(f, strict=True))
header, body = rows[0], rows[1:]
check(all(len(r) == len(header) for r in body), f"quotes.csv parses cleanly: {len(body)} rows of {len(header)} cells")
check(len(body) == len(quotes), f"quotes.csv has one row per quote ({len(body)} rows, {len(quotes)} quotes)")
check([(r[0], r[5]) for r in body] == quotes, "quotes.csv rows are the reports' quotes, in order, text intact")
tricky = sum(1 for r in body if any(c in r[5] + r[14] for c in ',"\n'))
print(f"     {tricky} rows have a comma, a double quote or a line break in the quote or context")
for name in ("articles", "people", "places"):
    with open(f"{work}/sheets/{name}.csv", newline="", encoding="utf-8") as f:
        t = list(csv.reader(f, strict=True))
    check(all(len(r) == len(t[0]) for r in t), f"{name}.csv parses cleanly: {len(t) - 1} rows")

db = sqlite3.connect(f"{work}/corpus.db")
db_quotes = db.execute("SELECT count(*) FROM quotes").fetchone()[0]
check(db_quotes == len(quotes), f"database has the same number of quote rows ({db_quotes})")
first, second = open(f"{work}/db-first.txt").read(), open(f"{work}/db-second.txt").read()
print("     " + first.replace("\n", "\n     ").strip())
check(first == second, "the second --sqlite run changed nothing (every table, and the file's bytes)")

for path in ("speakers.csv", "speakers-db.csv"):
    with open(f"{work}/{path}", newline="", encoding="utf-8") as f:
        names = [r["name"] for r in csv.DictReader(f)]
    counts = {n: names.count(n) for n in ("Donald Trump", "Hillary Clinton", "Trump", "Mr. Trump", "Clinton", "Mrs. Clinton")}
    check(counts["Donald Trump"] == 1 and counts["Hillary Clinton"] == 1, f"{path}: Donald Trump and Hillary Clinton once each ({len(names)} speakers)")
    check(not any(counts[n] for n in ("Trump", "Mr. Trump", "Clinton", "Mrs. Clinton")), f"{path}: no Trump, Mr. Trump, Clinton or Mrs. Clinton rows")

comparison = json.load(open(f"{work}/compare.json", encoding="utf-8"))
check([s["name"] for s in comparison["speakers"]] == ["Donald Trump", "Hillary Clinton"], "compare --format json names both")
html = open(f"{work}/compare.html", encoding="utf-8").read()
check(html.count("<svg") >= 2 and "<script" not in html and "src=\"http" not in html, f"compare --format html: self-contained, {html.count('<svg')} SVG charts")
check("Donald Trump" in open(f"{work}/compare.table", encoding="utf-8").read(), "compare --format table")
for s in comparison["speakers"]:
    print(f"     {s['name']}: {s['quotes']} quotes in {s['articles']} articles; distinctive: {', '.join(w['word'] for w in s['distinctive'][:8])}")
print(f"{len(failures)} failed" if failures else "all checks passed")
sys.exit(1 if failures else 0)
PY
