#!/usr/bin/env bash
# The whole test suite: install what the tests need, then run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh --test
swift build
swift test
