#!/usr/bin/env bash
# Builds the hostile-input corpus in OUTDIR: the small checked-in fixtures from
# Tests/HearsayTests/Fixtures/hostile/ plus the inputs too large or too special to check in
# (a 4 GiB gzip bomb, 200,000 nested elements, a 10 MB line, thousands of unmatched quote
# marks, an unreadable file, a FIFO, dangling symlinks and symlink loops).
#
# Usage: Scripts/make-hostile-corpus.sh OUTDIR
# The tests run this script into a temporary folder; every file it makes is described in
# README.md ("Robustness").
set -euo pipefail

out=${1:?usage: make-hostile-corpus.sh OUTDIR}
root=$(cd "$(dirname "$0")/.." && pwd)
if [ -e "$out" ] && [ -n "$(ls -A "$out")" ]; then
    echo "make-hostile-corpus.sh: $out is not empty; give a new or empty folder" >&2
    exit 64
fi
mkdir -p "$out"
cp -R "$root/Tests/HearsayTests/Fixtures/hostile/." "$out/"
cd "$out"

# A gzip bomb: 64 MiB of zeros compressed once (about 64 KB), repeated as 64 gzip members.
# `gzip -d` inflates it to 4 GiB; Hearsay must stop at its 256 MiB cap.
head -c $((64 << 20)) /dev/zero | gzip -9 -n > .bomb-member
: > gzip-bomb-4GiB.html.gz
for _ in $(seq 64); do cat .bomb-member >> gzip-bomb-4GiB.html.gz; done
rm -f .bomb-member

# 200,000 nested elements around one good paragraph.
{
    printf '<html><body>'
    awk 'BEGIN { for (i = 0; i < 200000; i++) printf "<div>" }'
    printf '<p>“We went all the way down,” said Ann Lee, the explorer who led the team.</p>'
    awk 'BEGIN { for (i = 0; i < 200000; i++) printf "</div>" }'
    printf '</body></html>\n'
} > nested-200000.html

# A 10 MB line with no spaces (a page of minified script saved as text).
head -c $((10 << 20)) /dev/zero | tr '\0' 'x' > long-line-10MB.txt

# Thousands of unmatched quote marks: openers that never close, closers that never opened,
# stray straight and single marks, then one good quote in a paragraph of its own.
{
    for _ in $(seq 3000); do printf '“word '; done
    printf '\n\n'
    for _ in $(seq 3000); do printf 'word” '; done
    printf '\n\n'
    for _ in $(seq 2000); do printf '" ‘ « „ '; done
    printf '\n\n“This one is real,” said Ann Lee.\n'
} > unmatched-quotes.txt

# Unreadable inputs. chmod 000 stops everyone but root; a FIFO with no writer would block a
# reader forever; a dangling symlink points nowhere.
printf '<p>“Secret,” said Ann Lee.</p>\n' > unreadable.html
chmod 000 unreadable.html
rm -f fifo.html && mkfifo fifo.html
ln -sfn does-not-exist.html dangling-link.html

# Symlink loops: a directory linking to its parent, a link to itself, two links to each other.
mkdir -p loop-dir
ln -sfn .. loop-dir/parent
ln -sfn self-link.html self-link.html
ln -sfn link-b.html link-a.html
ln -sfn link-a.html link-b.html
