#!/usr/bin/env bash
# Installs what the build and the tests need and is missing on this machine:
# the wasm32 target, wasm-bindgen-cli at the version in Cargo.lock, Chromium
# with its driver (Debian packages), and the npm packages of package.json.
# Safe to run again: each step checks first.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# The CLI must match the wasm-bindgen crate exactly, or the build stops with a schema mismatch.
[ -f Cargo.lock ] || cargo generate-lockfile
wb_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$wb_version" ]; then
  say "installing wasm-bindgen-cli $wb_version (builds from source, about 2 minutes)"
  cargo install wasm-bindgen-cli --version "$wb_version" --locked || cargo install wasm-bindgen-cli --version "$wb_version"
fi

if [ "${QHCB_NO_BROWSER:-}" != 1 ]; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "installing chromium and chromium-driver (Debian packages)"
    sudo_cmd=""
    [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
    $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get update -q
    $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver
  fi
fi

# npm packages: binaryen (wasm-opt, for the build), playwright-core (drives the
# system Chromium; no browser download), typescript, axe-core, and the
# benchmark's comparison libraries.
missing=""
for package in binaryen playwright-core typescript axe-core; do
  [ -d "node_modules/$package" ] || missing="$missing $package"
done
if [ -n "$missing" ]; then
  say "installing npm packages"
  npm ci --no-audit --no-fund
fi
