#!/usr/bin/env bash
# Benchmark: `kader check` on a generated repository of 10,000 files, next to cmark-gfm alone on
# the same bodies. Needs hyperfine and the cmark-gfm command (Debian packages of those names).
set -euo pipefail
cd "$(dirname "$0")/../.."
files="${1:-10000}"
corpus="${TMPDIR:-/tmp}/kader-bench-$files"
for tool in hyperfine cmark-gfm; do
  command -v "$tool" >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$tool" >/dev/null; }
done
rm -rf "$corpus" "$corpus.bodies"
python3 scripts/bench/make-corpus.py "$corpus" "$files"
swift build -c release --product kader
kader="$(swift build -c release --show-bin-path)/kader"
"$kader" check "$corpus" --today 2026-11-22 | tail -1
hyperfine --warmup 1 --runs 5 \
  "$kader check $corpus --today 2026-11-22 --format json" \
  "$kader build $corpus --today 2026-11-22 --output $corpus.out" \
  "cmark-gfm -e table -e strikethrough -e autolink -e tasklist -e tagfilter $corpus.bodies/all.md"
