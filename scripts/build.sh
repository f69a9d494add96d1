#!/usr/bin/env bash
# Builds the wasm module into www/pkg (wasm-bindgen, target web).
# Assumes scripts/setup.sh has run.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --release --target wasm32-unknown-unknown --lib
rm -rf www/pkg
wasm-bindgen --target web --out-dir www/pkg target/wasm32-unknown-unknown/release/qhcb.wasm
printf 'built www/pkg: %s bytes of wasm\n' "$(wc -c < www/pkg/qhcb_bg.wasm)" >&2
# Node reads www/pkg/qhcb.js as an ES module wherever the folder is copied.
printf '{ "type": "module" }\n' > www/pkg/package.json
# The single-file build: dist/qhcb.html opens from disk with no server.
node scripts/single-file.mjs
