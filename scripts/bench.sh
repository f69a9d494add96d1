#!/usr/bin/env bash
# Benchmarks (not tests): builds the engine and the generator, then measures
# analyze() on synthetic rosters. Results are recorded in BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
cargo build --release --bin qhcb-generate
node benches/analyze.mjs "${@:-10000 100000 1000000}"
