#!/usr/bin/env bash
# kader against Hugo on the same Markdown files, output on tmpfs: bash scripts/bench/vs-hugo.sh
#   (a) a model-shaped repository of TEAMS × WEEKS (default 100 × 100, 16,468 files), every file
#       also a Hugo page (make-model-corpus.py --hugo);
#   (b) 10,000 free pages (make-corpus.py --free-pages), the same files for Hugo;
#   and peak memory of `kader build` at 100 × 100 and at 300 × 100 (49k files).
# Builds alternate kader, Hugo, kader, … (RUNS each, default 3) and the median is reported.
# Needs Debian's hugo and GNU time (installed when missing). KADER=path skips building the release
# file and measures that binary instead.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${RUNS:-3}"
teams="${TEAMS:-100}"
weeks="${WEEKS:-100}"
big_teams="${BIG_TEAMS:-300}"
work="${BENCH_DIR:-/tmp/kader-vs-hugo}"
out="/dev/shm/kader-vs-hugo-out"
for tool in hugo:hugo /usr/bin/time:time; do
  command -v "${tool%%:*}" >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${tool##*:}" >/dev/null; }
done
mkdir -p "$work"
# The one file users install (scripts/release.sh), as Hugo is Debian's build of Hugo.
if [ -z "${KADER:-}" ]; then
  bash scripts/release.sh "$work/kader-release" >/dev/null
  KADER="$work/kader-release"
fi
corpus() { # name, generator arguments…
  local name="$1"; shift
  [ -d "$work/$name" ] || "$@" >/dev/null
}
corpus model python3 scripts/bench/make-model-corpus.py "$work/model" "$teams" "$weeks" --hugo "$work/model-hugo"
corpus pages python3 scripts/bench/make-corpus.py "$work/pages" 10000 --free-pages
if [ ! -d "$work/pages-hugo" ]; then
  mkdir -p "$work/pages-hugo/layouts/_default"
  cp "$work/model-hugo/layouts/_default/"*.html "$work/pages-hugo/layouts/_default/"
  sed "s|^contentDir = .*|contentDir = \"$work/pages/content\"|" "$work/model-hugo/config.toml" > "$work/pages-hugo/config.toml"
fi
corpus model-big python3 scripts/bench/make-model-corpus.py "$work/model-big" "$big_teams" "$weeks"

# One timed run: prints "seconds peak-KB".
timed() {
  rm -rf "$out"; mkdir -p "$out"
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || { cat "$work/stderr" >&2; exit 1; }
  cat "$work/time"
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

report() { # label, kader command…, --, hugo command…
  local label="$1"; shift
  local kader=() hugo=()
  while [ "$1" != "--" ]; do kader+=("$1"); shift; done; shift
  hugo=("$@")
  : > "$work/k"; : > "$work/h"
  for _ in $(seq "$runs"); do
    timed "${kader[@]}" >> "$work/k"
    [ ${#hugo[@]} -eq 0 ] || timed "${hugo[@]}" >> "$work/h"
  done
  local ks km hs
  ks=$(cut -d' ' -f1 "$work/k" | median); km=$(cut -d' ' -f2 "$work/k" | median)
  if [ ${#hugo[@]} -gt 0 ]; then
    hs=$(cut -d' ' -f1 "$work/h" | median)
    printf '| %s | %s s | %s MB | %s s | %.2f × |\n' "$label" "$ks" "$((km / 1024))" "$hs" "$(awk -v k="$ks" -v h="$hs" 'BEGIN { print k / h }')"
  else
    printf '| %s | %s s | %s MB | | |\n' "$label" "$ks" "$((km / 1024))"
  fi
}

files_a=$(find "$work/model/content" -type f | wc -l)
files_b=$(find "$work/pages/content" -type f | wc -l)
files_c=$(find "$work/model-big/content" -type f | wc -l)
echo "kader $(git rev-parse --short HEAD), $(hugo version | cut -d' ' -f1-2), $(nproc) cores, runs: $runs (median)"
echo
echo "| what | kader | kader peak | Hugo | kader / Hugo |"
echo "|---|---|---|---|---|"
hugo_a=(hugo --quiet --source "$work/model-hugo" --destination "$out/hugo")
report "(a) build, $teams × $weeks ($files_a files)" "$KADER" build "$work/model" --output "$out/kader" -- "${hugo_a[@]}"
report "(a) check, $teams × $weeks" "$KADER" check "$work/model" --format short -- "${hugo_a[@]}"
report "(b) build, 10,000 free pages ($files_b files)" "$KADER" build "$work/pages" --output "$out/kader" --today 2026-12-02 -- \
  hugo --quiet --source "$work/pages-hugo" --destination "$out/hugo"
report "build, $big_teams × $weeks ($files_c files)" "$KADER" build "$work/model-big" --output "$out/kader" --
rm -rf "$out"
