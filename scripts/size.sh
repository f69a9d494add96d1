#!/usr/bin/env bash
# The size budget: what a first visit to the page downloads (HTML, CSS, JS,
# the core wasm), gzip-compressed, must stay within the budget. The file
# module (qhcb_io) loads only when a file is imported or exported; its size
# is reported, not budgeted.
set -euo pipefail
cd "$(dirname "$0")/../www"
budget_kb=${QHCB_SIZE_BUDGET_KB:-300}
files=(index.html page.css style.css ./*.js i18n/*.js pkg/qhcb.js pkg/qhcb_bg.wasm)
total=0
for f in "${files[@]}"; do
  [ "$f" = "./sw.js" ] && continue
  total=$((total + $(gzip -9 -c "$f" | wc -c)))
done
io=$(( $(gzip -9 -c pkg/qhcb_io_bg.wasm | wc -c) + $(gzip -9 -c pkg/qhcb_io.js | wc -c) ))
printf 'web build, first load: %d KB gzip (budget %d KB); file module on demand: %d KB gzip\n' \
  $((total / 1024)) "$budget_kb" $((io / 1024))
if [ "$total" -gt $((budget_kb * 1024)) ]; then
  echo "the web build is over its size budget" >&2
  exit 1
fi
