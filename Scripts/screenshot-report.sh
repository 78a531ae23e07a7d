#!/usr/bin/env bash
# Renders the HTML quote report of an article (default: the seed) and, when a headless Chromium
# is installed (Debian: apt-get install -y chromium), takes a screenshot of it: a manual check
# that the page opens offline with its quotes highlighted. Not part of `swift test`.
#
# Usage: bash Scripts/screenshot-report.sh [ARTICLE] [OUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
article="${1:-Corpora/seed-article.html}"
out="${2:-${TMPDIR:-/tmp}}"
mkdir -p "$out"
swift build -c release --product hearsay >/dev/null
.build/release/hearsay analyze "$article" --format html --output "$out/report.html"
echo "wrote $out/report.html"
browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [ -z "$browser" ]; then
    echo "no headless Chromium found: open $out/report.html in a browser to look at it"
    exit 0
fi
"$browser" --headless --no-sandbox --disable-gpu --window-size=1200,1600 \
    --screenshot="$out/report.png" "file://$(cd "$out" && pwd)/report.html" 2>/dev/null
echo "wrote $out/report.png"
