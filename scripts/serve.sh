#!/usr/bin/env bash
# The first README command: installs what is missing, builds, and serves the
# page on http://127.0.0.1:${PORT:-8000}/ (loopback only).
set -euo pipefail
cd "$(dirname "$0")/.."
QHCB_NO_BROWSER=1 scripts/setup.sh
scripts/build.sh
port="${PORT:-8000}"
echo "QHCB: open http://127.0.0.1:$port/ (Ctrl+C to stop)"
exec python3 -m http.server "$port" --bind 127.0.0.1 --directory www
