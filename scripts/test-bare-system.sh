#!/usr/bin/env bash
# Proves the release file needs nothing of this machine: a minimal Debian root made with
# debootstrap (with libxml2) gets only the `kader` file, and `kader init`, `kader check` and `kader build` run
# there under chroot. Needs root (CI runs as root); the root is cached in .build-bare-root/.
#   bash scripts/test-bare-system.sh [KADER_FILE]   (default: build it with scripts/release.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$(id -u)" -ne 0 ]; then
  echo "bare-system: skipped, needs root for debootstrap and chroot" >&2
  exit 0
fi
binary="${1:-}"
if [ -z "$binary" ]; then
  bash scripts/release.sh dist/kader-linux-"$(uname -m)"
  binary="dist/kader-linux-$(uname -m)"
fi
command -v debootstrap >/dev/null || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null; }
root="$PWD/.build-bare-root"
mirror="$(awk '/^URIs:/ { print $2; exit }' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)"
mirror="${mirror:-http://deb.debian.org/debian}"
# minbase plus libxml2, the one library the file loads beyond Debian's base system (Foundation's
# XML, for .xlsx survey exports); it is on every standard Debian and Ubuntu install.
if [ ! -x "$root/bin/sh" ] || ! ls "$root"/usr/lib/*/libxml2.so.2 >/dev/null 2>&1; then
  rm -rf "$root"
  debootstrap --variant=minbase --include=libxml2 bookworm "$root" "$mirror" >/dev/null
fi
# Nothing of Swift, cmark-gfm or jemalloc may be in the root: only what Debian's minbase has.
if find "$root" \( -name 'libswiftCore.so*' -o -name 'libcmark-gfm*' -o -name 'libFoundation.so*' -o -name 'libjemalloc*' \) | grep -q .; then
  echo "bare-system: the root holds Swift, cmark-gfm or jemalloc libraries; it proves nothing" >&2
  exit 1
fi
work="/tmp/kader-bare-$$"
rm -rf "$root$work"
mkdir -p "$root$work"
cp "$binary" "$root/usr/local/bin/kader"
chmod 755 "$root/usr/local/bin/kader"
# Every real machine has /proc (the Swift runtime reads the command line from it); it is the
# kernel's, not a file of this machine.
mount -t proc proc "$root/proc"
trap 'umount "$root/proc" 2>/dev/null || true' EXIT
status=0
chroot "$root" /bin/sh -c "cd $work && kader init handboek --today 2026-11-22 && kader check handboek --today 2026-11-22 && kader build handboek --today 2026-11-22 && test -f handboek/output/handbook/index.html && test -f handboek/output/reports/index.html" || status=$?
rm -rf "$root$work" "$root/usr/local/bin/kader"
if [ "$status" -ne 0 ]; then
  echo "bare-system: kader failed in a bare Debian root (status $status)" >&2
  exit 1
fi
echo "bare-system: kader init, check and build ran in a bare Debian root with only the kader file"
