#!/usr/bin/env bash
# Makes the package integrators vendor: dist/qhcb-web-<version>/ (and a .tar.gz)
# with the web build (module, element, styles, wasm), TypeScript types, the
# single-file build, the integration guide, the changelog and the licence.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
version=$(awk -F'"' '/^version = /{print $2; exit}' Cargo.toml)
out="dist/qhcb-web-$version"
rm -rf "$out"
mkdir -p "$out/web"
cp -r www/. "$out/web/"
cp www/qhcb.d.ts "$out/web/pkg/qhcb.d.ts"
cp www/qhcb.d.ts "$out/web/pkg/qhcb_io.d.ts"
cp dist/qhcb.html "$out/qhcb.html"
cp docs/integration.md CHANGELOG.md LICENSE README.md "$out/"
tar -czf "$out.tar.gz" -C dist "qhcb-web-$version"
echo "package: $out.tar.gz" >&2
