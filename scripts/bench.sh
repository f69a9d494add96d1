#!/usr/bin/env bash
# Benchmarks (not tests). Makes the synthetic rosters with qhcb-generate, then
# runs the comparison in one headless Chromium (benches/compare.mjs): this
# project's roster (JSON bytes → first report, the full analysis again from
# the held roster), its CSV and XLSX import, against a tuned plain-JavaScript
# peer and DuckDB-Wasm through its own CSV reader, with the cross-check (a
# figure that differs or is missing, ours included, fails the run); also the
# idiomatic plain JavaScript of before, SheetJS, the page's time to
# interactive and memory. Then the page as a user feels it (benches/edit.mjs).
#
#   scripts/bench.sh                        # 5,000, 100,000 and 1,000,000 people; XLSX of 100,000 and 1,000,000
#   scripts/bench.sh 10000 100000 2500000   # other sizes
#   XLSX_SIZES="100000" RUNS=3 TTI_RUNS=3 scripts/bench.sh
#   SKIP_BUILD=1 scripts/bench.sh           # use the www/pkg and generator already built
#   SKIP_EDIT=1 scripts/bench.sh            # the comparison only
#
# Inputs are kept in $BENCH_DATA (default /tmp/qhcb-bench) and made only once per
# size: people-N.json and people-N.xlsx by qhcb-generate, people-N.csv (the
# page's own CSV export of the same people) by benches/make-csv.mjs. Results
# are recorded in BENCHMARKS.md. The exit code is the comparison's: 1 when the
# cross-check failed.
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=("${@:-5000 100000 1000000}")
sizes=(${sizes[*]})
xlsx_sizes=(${XLSX_SIZES-100000 1000000})
sheetjs_sizes=(${SHEETJS_SIZES-100000})
data=${BENCH_DATA:-/tmp/qhcb-bench}
runs=${RUNS:-5}

if [ "${SKIP_BUILD:-}" != 1 ]; then
  scripts/setup.sh
  scripts/build.sh
  cargo build --release --bin qhcb-generate
elif [ ! -x target/release/qhcb-generate ]; then
  cargo build --release --bin qhcb-generate
fi
# The comparison's own npm packages (pinned in package.json).
for package in @duckdb/duckdb-wasm xlsx playwright-core apache-arrow; do
  [ -d "node_modules/$package" ] || { npm ci --no-audit --no-fund; break; }
done

mkdir -p "$data"
json() { # people
  local n=$1
  if [ ! -s "$data/people-$n.json" ]; then
    local start=$SECONDS
    target/release/qhcb-generate "$n" "$data/people-$n.json.part"
    mv "$data/people-$n.json.part" "$data/people-$n.json"
    echo "generated $n people in $((SECONDS - start)) s" >&2
  fi
}
xlsx() { # people: the workbook of the same people (the generator writes its JSON again, aside)
  local n=$1
  if [ ! -s "$data/people-$n.xlsx" ]; then
    local start=$SECONDS
    target/release/qhcb-generate "$n" "$data/people-$n.again.json" "$data/people-$n.xlsx.part"
    cmp -s "$data/people-$n.again.json" "$data/people-$n.json" || { echo "qhcb-generate $n is not deterministic" >&2; exit 1; }
    rm "$data/people-$n.again.json"
    mv "$data/people-$n.xlsx.part" "$data/people-$n.xlsx"
    echo "generated the XLSX of $n people in $((SECONDS - start)) s" >&2
  fi
}
for n in "${sizes[@]}" "${xlsx_sizes[@]}"; do json "$n"; done
for n in "${xlsx_sizes[@]}"; do xlsx "$n"; done

join() { local IFS=,; echo "$*"; }
# The tuned peer's two loaders agree on the cases the generated data lacks.
node benches/plain-fast-check.mjs
status=0
node benches/compare.mjs --data "$data" --sizes "$(join "${sizes[@]}")" --xlsx "$(join "${xlsx_sizes[@]}")" \
  --sheetjs "$(join "${sheetjs_sizes[@]}")" --runs "$runs" --tti-runs "${TTI_RUNS:-5}" || status=$?
if [ "${SKIP_EDIT:-}" != 1 ]; then
  node benches/edit.mjs --data "$data" --sizes "$(join "${sizes[@]}")" --runs "$runs" || status=$?
fi
exit "$status"
