#!/usr/bin/env bash
# The test suite under a sanitizer, in its own build folder:
#   bash scripts/sanitize.sh address   # AddressSanitizer, .build-asan
#   bash scripts/sanitize.sh thread    # ThreadSanitizer, .build-tsan
# Fails when a test fails or the sanitizer reports a memory error or a data race.
set -euo pipefail
cd "$(dirname "$0")/.."
sanitizer="${1:?name a sanitizer: address or thread}"
case "$sanitizer" in
  address) scratch=.build-asan ;;
  thread) scratch=.build-tsan ;;
  *) echo "sanitize.sh: address or thread, not $sanitizer" >&2; exit 2 ;;
esac
# Tests with a time budget scale it under a sanitizer (Tests/KaderTests/Support/TimeBudget.swift).
export KADER_SANITIZER="$sanitizer"
# The Swift runtime's own crash handler would get in the way of the sanitizer's report.
export SWIFT_BACKTRACE=enable=no
# Leaks are not checked here: at the end of the test process LeakSanitizer reports XCTest's own
# objects and Foundation's Process and Pipe (ServeTests, CommandLineTests), which are not kader's.
# scripts/fuzz.sh checks kader's code for leaks, input by input.
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=0:${ASAN_OPTIONS:-}"
export TSAN_OPTIONS="halt_on_error=1:${TSAN_OPTIONS:-}"
swift build --sanitize="$sanitizer" --scratch-path "$scratch" --build-tests
swift test --sanitize="$sanitizer" --scratch-path "$scratch" --skip-build
