#!/usr/bin/env bash
# The whole test suite: install what the tests need, then run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh --test
swift build
# Tests write under $TMPDIR/kader-tests-PID (Tests/KaderTests/Support/Scratch.swift), which the test
# process removes when it ends; a folder left behind fails the run.
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
# The file-safety tests run kader as `nobody`, who must reach their folders.
chmod 755 "$scratch"
TMPDIR="$scratch" swift test
left="$(find "$scratch" -mindepth 1 -maxdepth 1 -name 'kader-*')"
if [ -n "$left" ]; then
  echo "test.sh: the tests left $left behind" >&2
  exit 1
fi
