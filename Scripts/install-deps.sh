#!/usr/bin/env bash
# Installs the system libraries Hearsay builds against when they are missing (Debian/Ubuntu).
# A fresh machine of this project's kind has libicu-dev and libxml2-dev; zlib1g-dev and libsqlite3-dev
# (for GRDB) are checked too.
set -euo pipefail
need=()
[ -f /usr/include/unicode/ubrk.h ] || need+=(libicu-dev)
[ -f /usr/include/libxml2/libxml/HTMLparser.h ] || need+=(libxml2-dev)
[ -f /usr/include/zlib.h ] || need+=(zlib1g-dev)
[ -f /usr/include/sqlite3.h ] || need+=(libsqlite3-dev)
command -v pkg-config >/dev/null 2>&1 || need+=(pkg-config)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq "${need[@]}"
fi
