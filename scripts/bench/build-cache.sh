#!/usr/bin/env bash
# kader build with its cache on the benchmark corpus: bash scripts/bench/build-cache.sh
#   a full build (--no-cache), a build with nothing changed (the cache's shortcut), a build after
#   one story's title changed and one after its text changed (only the files decoded and the
#   pages made from it are made again: .kader-decoded, .kader-pages).
# RUNS each (default 3, median); output on tmpfs. KADER=path skips the release build; the corpus
# is the one vs-hugo.sh makes (TEAMS × WEEKS, default 100 × 100), made here when missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${RUNS:-3}"
work="${BENCH_DIR:-/tmp/kader-vs-hugo}"
corpus="$work/model"
out="/dev/shm/kader-cache-bench-out"
if [ -z "${KADER:-}" ]; then
  swift build -c release --product kader >/dev/null
  KADER="$(swift build -c release --show-bin-path)/kader"
fi
[ -d "$corpus" ] || python3 scripts/bench/make-model-corpus.py "$corpus" "${TEAMS:-100}" "${WEEKS:-100}" >/dev/null
repo="$work/model-cache"
rm -rf "$repo" "$out"; cp -r "$corpus" "$repo"
# A repository's files are older than the two seconds after which a stamp is trusted (.kader-stamps).
sleep 3
seconds() { /usr/bin/time -f "%e" -o "$work/time" "$@" >/dev/null 2>&1; cat "$work/time"; }
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
# This machine's speed drifts by a fifth within minutes, so each run makes a full build (into a
# folder of its own) right before the cached ones it is compared with: the percentages are the
# medians of each run's own ratios.
full_out="$out-full"
"$KADER" build "$repo" --output "$out" --today 2026-11-22 >/dev/null
story="$repo/content/stories/team-0-verhaal-1.md"
: > "$work/cache-runs"
for run in $(seq "$runs"); do
  rm -rf "$full_out"
  full=$(seconds "$KADER" build "$repo" --output "$full_out" --today 2026-11-22 --no-cache)
  same=$(seconds "$KADER" build "$repo" --output "$out" --today 2026-11-22)
  sed -i "s/^title: .*/title: Bewerking $run/" "$story"
  one=$(seconds "$KADER" build "$repo" --output "$out" --today 2026-11-22)
  printf '\nEen regel erbij (%s).\n' "$run" >> "$story"
  text=$(seconds "$KADER" build "$repo" --output "$out" --today 2026-11-22)
  echo "$full $same $one $text" >> "$work/cache-runs"
done
column() { cut -d' ' -f"$1" "$work/cache-runs" | median; }
share() { awk -v c="$1" '{ print 100 * $c / $1 }' "$work/cache-runs" | median; }
full=$(column 1); same=$(column 2); one=$(column 3); text=$(column 4)
files=$(find "$repo/content" -type f | wc -l)
echo "kader $(git rev-parse --short HEAD), $files files, $(nproc) cores, runs: $runs (median)"
printf '| full build (--no-cache) | %s s | 100 %% |\n' "$full"
printf '| nothing changed | %s s | %.1f %% |\n' "$same" "$(share 2)"
printf '| one story: title changed | %s s | %.1f %% |\n' "$one" "$(share 3)"
printf '| one story: text changed | %s s | %.1f %% |\n' "$text" "$(share 4)"
rm -rf "$repo" "$out" "$full_out"
