#!/usr/bin/env bash
# Benchmarks (not tests). Makes the synthetic rosters with qhcb-generate, then
# runs the comparison in one headless Chromium (benches/compare.mjs): this
# project's analyze() against plain JavaScript and DuckDB-Wasm, XLSX import
# against SheetJS, the page's time to interactive, and wasm memory.
#
#   scripts/bench.sh                       # 10,000, 100,000 and 1,000,000 people; XLSX of 100,000
#   scripts/bench.sh 10000 100000 2500000  # other sizes
#   XLSX_SIZE=10000 RUNS=5 scripts/bench.sh
#   SKIP_BUILD=1 scripts/bench.sh          # use the www/pkg and generator already built
#
# Inputs are kept in $BENCH_DATA (default /tmp/qhcb-bench) and made only once per
# size. Results are recorded in BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=("${@:-10000 100000 1000000}")
sizes=(${sizes[*]})
xlsx_size=${XLSX_SIZE:-100000}
data=${BENCH_DATA:-/tmp/qhcb-bench}

if [ "${SKIP_BUILD:-}" != 1 ]; then
  scripts/setup.sh
  scripts/build.sh
  cargo build --release --bin qhcb-generate
elif [ ! -x target/release/qhcb-generate ]; then
  cargo build --release --bin qhcb-generate
fi
# The comparison's own npm packages (pinned in package.json).
for package in @duckdb/duckdb-wasm xlsx playwright-core; do
  [ -d "node_modules/$package" ] || { npm ci --no-audit --no-fund; break; }
done

mkdir -p "$data"
generate() { # people, extra output
  local n=$1
  if [ ! -s "$data/people-$n.json" ] || { [ -n "${2:-}" ] && [ ! -s "$data/people-$n.xlsx" ]; }; then
    local start=$SECONDS
    target/release/qhcb-generate "$n" "$data/people-$n.json" ${2:+"$data/people-$n.xlsx"}
    echo "generated $n people${2:+ with XLSX} in $((SECONDS - start)) s" >&2
  fi
}
for n in "${sizes[@]}"; do
  [ "$n" = "$xlsx_size" ] || generate "$n"
done
[ -z "$xlsx_size" ] || generate "$xlsx_size" xlsx

sizes_csv=$(IFS=,; echo "${sizes[*]}")
node benches/compare.mjs --data "$data" --sizes "$sizes_csv" --xlsx "$xlsx_size" --runs "${RUNS:-5}"
