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
seconds() { /usr/bin/time -f "%e" -o "$work/time" "$@" >/dev/null 2>&1; cat "$work/time"; }
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
full=$(for _ in $(seq "$runs"); do seconds "$KADER" build "$repo" --output "$out" --today 2026-11-22 --no-cache; done | median)
"$KADER" build "$repo" --output "$out" --today 2026-11-22 >/dev/null
same=$(for _ in $(seq "$runs"); do seconds "$KADER" build "$repo" --output "$out" --today 2026-11-22; done | median)
story="$repo/content/stories/team-0-verhaal-1.md"
one=$(for run in $(seq "$runs"); do
  sed -i "s/^title: .*/title: Bewerking $run/" "$story"
  seconds "$KADER" build "$repo" --output "$out" --today 2026-11-22
done | median)
text=$(for run in $(seq "$runs"); do
  printf '\nEen regel erbij (%s).\n' "$run" >> "$story"
  seconds "$KADER" build "$repo" --output "$out" --today 2026-11-22
done | median)
files=$(find "$repo/content" -type f | wc -l)
echo "kader $(git rev-parse --short HEAD), $files files, $(nproc) cores, runs: $runs (median)"
printf '| full build (--no-cache) | %s s | 100 %% |\n' "$full"
printf '| nothing changed | %s s | %.1f %% |\n' "$same" "$(awk -v a="$same" -v b="$full" 'BEGIN { print 100 * a / b }')"
printf '| one story: title changed | %s s | %.1f %% |\n' "$one" "$(awk -v a="$one" -v b="$full" 'BEGIN { print 100 * a / b }')"
printf '| one story: text changed | %s s | %.1f %% |\n' "$text" "$(awk -v a="$text" -v b="$full" 'BEGIN { print 100 * a / b }')"
rm -rf "$repo" "$out"
