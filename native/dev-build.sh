#!/usr/bin/env bash
# Build the native core (release) and drop the module into OUT_DIR (default: native/build-py),
# for a quick loop: `bash native/dev-build.sh /tmp/x && PYTHONPATH=/tmp/x pytest tests/native`.
# Installation for users goes through pip (`make install`), not this script.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${1:-$here/build-py}"
mkdir -p "$out"
target="${CARGO_TARGET_DIR:-$here/target}"
(cd "$here" && cargo build --release --quiet)
rm -f "$out"/vbgraph_native.*so
cp "$target/release/libvbgraph_native.so" "$out/vbgraph_native.so"
echo "built $out/vbgraph_native.so"
