#!/usr/bin/env bash
# Fuzzes the whole pipeline (extraction to JSON report) with libFuzzer in ONE process.
#
# Usage: Scripts/fuzz.sh [SECONDS] [extra libFuzzer flags...]    (default: 60 seconds)
#
# Builds the HearsayFuzz product with -sanitize=fuzzer into .build/fuzz (its own scratch
# folder, so the normal builds stay incremental), seeds a corpus kept in .build/fuzz/corpus from
# Corpora/, the hostile fixtures and the fuzz regressions, and runs. A crashing input is written
# to .build/fuzz/artifacts/; keep it under Tests/HearsayTests/Fixtures/fuzz-regressions/ once
# fixed (the tests run every file there). Replay one without libFuzzer:
#   swift run HearsayFuzz FILE
set -euo pipefail

seconds=${1:-60}
shift || true
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
scratch=.build/fuzz

swift build -c release --product HearsayFuzz --scratch-path "$scratch" \
    -Xswiftc -sanitize=fuzzer -Xswiftc -DHEARSAY_LIBFUZZER

mkdir -p "$scratch/corpus" "$scratch/seeds" "$scratch/artifacts"
for file in Corpora/*.html Tests/HearsayTests/Fixtures/hostile/* Tests/HearsayTests/Fixtures/fuzz-regressions/*; do
    [ -f "$file" ] && cp "$file" "$scratch/seeds/"
done

SWIFT_BACKTRACE=enable=no "$scratch/release/HearsayFuzz" "$scratch/corpus" "$scratch/seeds" \
    -dict=Scripts/fuzz.dict \
    -max_total_time="$seconds" \
    -max_len=8192 \
    -timeout=10 \
    -rss_limit_mb=2048 \
    -artifact_prefix="$scratch/artifacts/" \
    -print_final_stats=1 \
    "$@"
