#!/usr/bin/env bash
# One command for a fresh machine with Swift: install what is missing, build kader, and run it on
# the example handbook in this repository.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
swift build -c release --product kader
bin="$(swift build -c release --show-bin-path)/kader"
echo "kader is at $bin"
"$bin" build .
