#!/usr/bin/env bash
# Builds one `kader` file that runs on a plain Debian or Ubuntu machine without Swift and without
# cmark-gfm: the Swift standard library and Foundation linked in (--static-swift-stdlib), and
# cmark-gfm and jemalloc from Debian's static libraries. It needs libxml2 (package libxml2, on every standard
# Debian and Ubuntu install). Prints the file's path, size, SHA-256 and the libraries it loads.
#   bash scripts/release.sh [OUT]     (default OUT: dist/kader-linux-x86_64)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh --release
out="${1:-dist/kader-linux-$(uname -m)}"
# Sources/CCmarkGFMStatic names Debian's static archives of cmark-gfm by file, so they are linked
# into the file. Foundation's XML (which reads .xlsx) still loads the system's libxml2, the one
# library the file needs beyond Debian's base system: its autolinked -lxml2 wins over a static
# archive.
export KADER_STATIC_LINK=1
# jemalloc's static archive as one object, whose malloc and free the file exports, so that glibc
# and the shared libraries allocate with it too (see Package.swift).
jemalloc=".build-release/jemalloc"
mkdir -p "$jemalloc/parts"
(cd "$jemalloc/parts" && ar x /usr/lib/"$(gcc -print-multiarch)"/libjemalloc_pic.a)
ld -r -o "$jemalloc/jemalloc.o" "$jemalloc"/parts/*.o
export KADER_JEMALLOC_OBJECT="$PWD/$jemalloc/jemalloc.o"
flags=(-c release --product kader --scratch-path .build-release --static-swift-stdlib)
swift build "${flags[@]}"
bin="$(swift build "${flags[@]}" --show-bin-path)/kader"
mkdir -p "$(dirname "$out")"
cp "$bin" "$out"
strip "$out" 2>/dev/null || true
if ldd "$out" 2>/dev/null | grep -Eq 'libswift|libFoundation|libcmark|libjemalloc'; then
  echo "release: $out still needs a shared Swift, cmark-gfm or jemalloc library:" >&2
  ldd "$out" >&2
  exit 1
fi
size="$(stat -c %s "$out")"
sum="$(sha256sum "$out" | cut -d' ' -f1)"
echo "$sum  $(basename "$out")" > "$out.sha256"
echo "release: $out"
echo "size: $size bytes"
echo "sha256: $sum"
echo "needs: $(ldd "$out" | awk '{print $1}' | grep -v -e linux-vdso -e ld-linux | sort | tr '\n' ' ')"
# glibc and the shared libraries must allocate with the file's jemalloc, not their own malloc.
bindings="$(LD_DEBUG=bindings "$out" --help 2>&1)"
if ! grep -q "binding file /.*libc.so.6 .* to $out .*symbol \`malloc'" <<< "$bindings"; then
  echo "release: glibc does not allocate with the file's jemalloc" >&2
  exit 1
fi
echo "allocator: jemalloc, for glibc and the shared libraries too"
