#!/usr/bin/env bash
# Builds the engine into www/pkg (wasm-bindgen, target web) in two modules:
#   qhcb.js / qhcb_bg.wasm        the core: analysis, profiles, cells, worksheets;
#   qhcb_io.js / qhcb_io_bg.wasm  the same plus file import and export, which the
#                                 page loads only when a file is imported or exported.
# Then the single-file build dist/qhcb.html. Assumes scripts/setup.sh has run
# (the wasm32 target, wasm-bindgen-cli, and the npm packages: binaryen's wasm-opt).
set -euo pipefail
cd "$(dirname "$0")/.."

# The core module is on every first visit: LLVM's inliner is held to a threshold of
# 120 (opt-level 3 uses about 250) and its loop unroller to 50 for it, which take
# 9 and 4 KB off its gzip size for no measurable change in analyze() (BENCHMARKS.md,
# "First load"). Its own target directory keeps these flags from rebuilding the
# file module's crates.
RUSTFLAGS="${RUSTFLAGS:-} -C llvm-args=-inline-threshold=${QHCB_CORE_INLINE_THRESHOLD:-120} -C llvm-args=-unroll-threshold=${QHCB_CORE_UNROLL_THRESHOLD:-50}" \
  cargo build --release --target wasm32-unknown-unknown --lib --no-default-features --target-dir target/core
cargo build --release --target wasm32-unknown-unknown --lib --features io
rm -rf www/pkg
wasm-bindgen --target web --out-dir www/pkg target/core/wasm32-unknown-unknown/release/qhcb.wasm
wasm-bindgen --target web --out-dir www/pkg --out-name qhcb_io target/wasm32-unknown-unknown/release/qhcb.wasm
# The core module is on every first visit: binaryen's optimiser (npm devDependency)
# takes about 10 % off its gzip size. -O1, not -O3: measured in V8, -O3 and -Oz made
# analyze() about 25 % slower for the same size (BENCHMARKS.md). The file module loads
# on demand and is left as built.
node_modules/.bin/wasm-opt -O1 --enable-bulk-memory --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue \
  www/pkg/qhcb_bg.wasm -o www/pkg/qhcb_bg.wasm
# Node reads www/pkg/*.js as ES modules wherever the folder is copied.
printf '{ "type": "module" }\n' > www/pkg/package.json
printf 'built www/pkg: core %s bytes, io %s bytes of wasm\n' \
  "$(wc -c < www/pkg/qhcb_bg.wasm)" "$(wc -c < www/pkg/qhcb_io_bg.wasm)" >&2

# The single-file build: dist/qhcb.html opens from disk with no server.
node scripts/single-file.mjs
