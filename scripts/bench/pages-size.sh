#!/usr/bin/env bash
# How the handbook grows with its free pages: builds repositories of 10,000 and 20,000 free pages
# (scripts/bench/make-corpus.py --free-pages) and prints the size of the handbook each time. The
# target (issue 10): 10,000 pages ≤ 300 MB, 20,000 at most 2.1 × that. Output sizes do not depend
# on the build mode, so KADER=path/to/kader skips the release build.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ -z "${KADER:-}" ]; then
  swift build -c release --product kader
  KADER="$(swift build -c release --show-bin-path)/kader"
fi
previous=""
for pages in ${@:-10000 20000}; do
  corpus="${TMPDIR:-/tmp}/kader-pages-$pages"
  rm -rf "$corpus" "$corpus.bodies" "$corpus.out"
  python3 scripts/bench/make-corpus.py "$corpus" "$pages" --free-pages >/dev/null
  start=$(date +%s.%N)
  "$KADER" build "$corpus" --today 2026-11-22 --output "$corpus.out" >/dev/null
  seconds=$(echo "$(date +%s.%N) - $start" | bc)
  bytes=$(du -sb "$corpus.out/handbook" | cut -f1)
  files=$(find "$corpus.out/handbook" -type f | wc -l)
  largest=$(find "$corpus.out/handbook/pages" -type f -name 'pagina-*.html' -printf '%s\n' | sort -n | tail -1)
  line="$pages free pages: handbook $bytes bytes ($(echo "scale=1; $bytes / 1000000" | bc) MB) in $files files, largest free page $largest bytes, build ${seconds%.*} s"
  [ -n "$previous" ] && line="$line, $(echo "scale=2; $bytes / $previous" | bc) × the previous"
  echo "$line"
  previous=$bytes
  rm -rf "$corpus" "$corpus.bodies" "$corpus.out"
done
