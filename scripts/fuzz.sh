#!/usr/bin/env bash
# Fuzzing: builds the libFuzzer targets fuzz-load and fuzz-markdown (Sources/fuzz-*, entry points in
# Sources/Kader/FuzzEntry.swift) with -sanitize=fuzzer,address into .build-fuzz, seeds them from
# the example handbook (content/ and kader.yml), runs each for SECONDS (default 60) and fails on
# a crash, a leak, a timeout (one input slower than 15 s) or running out of memory (2,560 MB).
#   bash scripts/fuzz.sh [SECONDS]
# Findings are written to .build-fuzz/findings/<target>/; replay one with the normal build:
#   swift run fuzz-load .build-fuzz/findings/load/crash-…
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
scratch=.build-fuzz
bash scripts/install-deps.sh

# The fuzzer's flags only in this build folder: the normal build compiles the targets as reproducers.
# Every module (Swift and C) gets AddressSanitizer and libFuzzer's coverage; KADER_FUZZING makes
# Package.swift link libFuzzer into the two fuzz targets alone (-sanitize=fuzzer everywhere would
# also give the build plugin's tool libFuzzer's main).
export KADER_FUZZING=1
coverage=edge,trace-cmp,inline-8bit-counters,pc-table
flags=(-c release --scratch-path "$scratch"
  -Xswiftc -sanitize=address -Xswiftc "-sanitize-coverage=$coverage" -Xcc -fsanitize=fuzzer-no-link,address)
for target in load markdown; do
  swift build "${flags[@]}" --product "fuzz-$target"
done
bin="$(swift build "${flags[@]}" --show-bin-path)"

# Seeds, made fresh from the example handbook. fuzz-load reads a first byte that picks the file's
# place (the index in FuzzEntry.places; +128 also renders the handbook and the reports);
# fuzz-markdown's first byte sets the first line and unsafe_html, the rest is a body.
seeds="$scratch/seeds"
rm -rf "$seeds"
mkdir -p "$seeds/load" "$seeds/markdown"
place_of() {
  case "$1" in
    kader.yml) echo 0 ;;
    content/organization.md) echo 1 ;;
    content/teams/*) echo 2 ;;
    content/people/*) echo 3 ;;
    content/mandates/*) echo 4 ;;
    content/stories/*) echo 5 ;;
    content/evaluations/*) echo 6 ;;
    content/sessions/*) echo 7 ;;
    content/pages/*/*) echo 9 ;;
    content/pages/*) echo 8 ;;
    *) echo "" ;;
  esac
}
n=0
while IFS= read -r file; do
  place="$(place_of "$file")"
  [ -n "$place" ] || continue
  n=$((n + 1))
  # Every other seed also renders the handbook, so both paths start with coverage.
  [ $((n % 2)) -eq 0 ] && place=$((place + 128))
  { printf "\\$(printf '%03o' "$place")"; cat "$file"; } > "$seeds/load/$n"
  if [ "$file" != kader.yml ]; then
    # The body: everything after the second `---` line.
    { printf '\001'; awk 'fences >= 2 { print } /^---[ \t]*$/ { fences++ }' "$file"; } > "$seeds/markdown/$n"
  fi
done < <(find content -name '*.md' | LC_ALL=C sort; echo kader.yml)

status=0
summary=()
for target in load markdown; do
  corpus="$scratch/corpus/$target"
  findings="$scratch/findings/$target"
  # The corpus grows from run to run; the findings are this run's.
  rm -rf "$findings"
  mkdir -p "$corpus" "$findings"
  log="$scratch/fuzz-$target.log"
  set +e
  # The Swift runtime's own crash handler would get in the way of AddressSanitizer's report.
  SWIFT_BACKTRACE=enable=no ASAN_OPTIONS="detect_leaks=1:${ASAN_OPTIONS:-}" \
  LSAN_OPTIONS="suppressions=$PWD/scripts/fuzz-lsan.supp:${LSAN_OPTIONS:-}" "$bin/fuzz-$target" \
    -max_total_time="$seconds" -rss_limit_mb=2560 -timeout=15 -detect_leaks=1 \
    -print_final_stats=1 -artifact_prefix="$findings/" "$corpus" "$seeds/$target" > "$log" 2>&1
  code=$?
  set -e
  executions="$(grep -Eo 'stat::number_of_executed_units: [0-9]+' "$log" | grep -Eo '[0-9]+$' || echo 0)"
  corpus_size="$(find "$corpus" -type f | wc -l)"
  crashes="$(find "$findings" -name 'crash-*' | wc -l)"
  leaks="$(find "$findings" -name 'leak-*' | wc -l)"
  timeouts="$(find "$findings" -name 'timeout-*' | wc -l)"
  ooms="$(find "$findings" -name 'oom-*' | wc -l)"
  line="fuzz-$target: ${executions:-0} executions in ${seconds}s, corpus $corpus_size inputs, findings: $crashes crashes, $leaks leaks, $timeouts timeouts, $ooms out of memory (exit $code)"
  summary+=("$line")
  if [ "$code" -ne 0 ] || [ $((crashes + leaks + timeouts + ooms)) -gt 0 ]; then
    status=1
    echo "fuzz-$target failed; the end of its log ($log):" >&2
    tail -40 "$log" >&2
  fi
done
printf '%s\n' "${summary[@]}"
exit "$status"
