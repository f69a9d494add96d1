#!/usr/bin/env bash
# The second README command: installs what is missing, then runs every check
# and every test layer: format, clippy (native and wasm32), native tests, the
# wasm build, contract tests in headless Chromium (wasm-bindgen-test), the
# Node contract tests and the end-to-end tests of the page (playwright-core).
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

step "setup"
scripts/setup.sh

step "format"
cargo fmt --all -- --check

step "clippy (native and wasm32)"
cargo clippy --all-targets -- -D warnings
cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings
# The core module is built without the file features: it must be clean too.
cargo clippy --target wasm32-unknown-unknown --lib --no-default-features --target-dir target/core -- -D warnings

step "only the binding module touches wasm-bindgen"
leaks=$(grep -rlE 'wasm_bindgen|js_sys|JsValue' src | grep -vE '^src/(lib|wasm)\.rs$' || true)
if [ -n "$leaks" ]; then
  echo "wasm-bindgen outside src/wasm.rs: $leaks" >&2
  exit 1
fi

step "native tests"
cargo test

step "build www/pkg"
scripts/build.sh

step "size budget of the web build (gzip)"
scripts/size.sh

step "contract tests in headless Chromium (wasm-bindgen-test)"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
CHROMEDRIVER="${CHROMEDRIVER:-$(command -v chromedriver)}" \
  cargo test --target wasm32-unknown-unknown --test web

step "TypeScript types (www/qhcb.d.ts) compile against their use"
npx --no-install tsc --noEmit --strict --target es2022 --module es2022 --moduleResolution bundler \
  --lib es2022,dom www/qhcb.d.ts tests/types/usage.ts

step "Node contract tests"
node --test tests/node/

step "end-to-end tests of the page"
node --test --test-concurrency=1 tests/e2e/
