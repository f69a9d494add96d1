#!/usr/bin/env node
// Builds dist/qhcb.html: one HTML file holding the JavaScript, the CSS, the
// wasm engine and the example, which opens from disk (file://) with no server
// and no network. Run after scripts/build.sh (it reads www/ and www/pkg/).
//
// The page's ES modules are joined into one inline module: each module body
// runs in a function of its own (its names stay private), its imports read
// the exports of the modules before it, and its exports are collected.
// This handles the forms of import and export that www/ uses; an unknown
// form stops the build rather than producing a broken file. The engine's
// worker (engine-worker.js) is joined the same way into a second script,
// carried as text and started from a blob: URL (the page's CSP allows
// `worker-src blob:`), so analysis and import leave the page's thread here too.
// It is a classic worker: Chromium refuses module workers from a file:// page.

import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const WWW = join(ROOT, "www");
const OUT = process.argv[2] ?? join(ROOT, "dist", "qhcb.html");
const ENTRY = "qhcb-app.js";
const WORKER_ENTRY = "engine-worker.js";

const IMPORT = /^import\s+(?:([\w$]+)\s*,?\s*)?(?:\{([^}]*)\}\s*)?from\s+"([^"]+)";?/gm;
/**
 * A page module loaded on demand, beside this one or in a folder of www/
 * (not the engine's in pkg/: those are chosen at run time).
 */
const IMPORT_LATER = /\bimport\("(\.\/(?!pkg\/)[\w/-]+\.js)"\)/g;
const IMPORT_ALL = /^import\s+\*\s+as\s+([\w$]+)\s+from\s+"([^"]+)";?/gm;

/** Module path (relative to www/) → { code, deps, later, exports }; shared by both bundles. */
const modules = new Map();

/** The single file carries one engine: the full one, with file import and export. */
const SOURCES = { "pkg/qhcb.js": "pkg/qhcb_io.js" };

function load(path) {
  if (modules.has(path)) return;
  const source = readFileSync(join(WWW, SOURCES[path] ?? path), "utf8");
  const deps = [];
  const later = [];
  const imports = [];
  const code = source
    // A page module loaded on demand (`import("./x.js")`) is in the file already: it is taken from
    // there once every module of the file has run (it may import the module that asks for it).
    .replace(IMPORT_LATER, (_, from) => {
      const target = normalize(join(dirname(path), from)).replaceAll("\\", "/");
      later.push(target);
      return `__later(${JSON.stringify(target)})`;
    })
    .replace(IMPORT_ALL, (_, name, from) => {
      const target = normalize(join(dirname(path), from)).replaceAll("\\", "/");
      deps.push(target);
      imports.push(`const ${name} = __modules[${JSON.stringify(target)}];`);
      return "";
    })
    .replace(IMPORT, (_, def, names, from) => {
    const target = normalize(join(dirname(path), from)).replaceAll("\\", "/");
    deps.push(target);
    const parts = [];
    if (def) parts.push(`default: ${def}`);
    for (const name of (names ?? "").split(",").map((n) => n.trim()).filter(Boolean)) {
      const [orig, alias] = name.split(/\s+as\s+/);
      parts.push(alias ? `${orig}: ${alias}` : orig);
    }
    imports.push(`const { ${parts.join(", ")} } = __modules[${JSON.stringify(target)}];`);
    return "";
  });
  const exports = [];
  let body = code
    .replace(/^export (async function|function|class|const|let) ([\w$]+)/gm, (_, kind, name) => {
      exports.push(name);
      return `${kind} ${name}`;
    })
    .replace(/^export default /gm, () => {
      exports.push("default: __default");
      return "const __default = ";
    })
    .replace(/^export \{([^}]*)\};?/gm, (_, names) => {
      for (const name of names.split(",").map((n) => n.trim()).filter(Boolean)) {
        const [orig, alias] = name.split(/\s+as\s+/);
        exports.push(alias ? `${alias}: ${orig}` : orig);
      }
      return "";
    });
  if (/^\s*(import|export)\s/m.test(body)) {
    throw new Error(`${path}: an import or export form the single-file build does not handle`);
  }
  modules.set(path, { deps, later, code: `${imports.join("\n")}\n${body}`, exports });
  for (const dep of [...deps, ...later]) load(dep);
}

/** Dependencies before the modules that use them. */
function order(path, seen = new Set(), out = []) {
  if (seen.has(path)) return out;
  seen.add(path);
  for (const dep of modules.get(path).deps) order(dep, seen, out);
  out.push(path);
  return out;
}

/**
 * The modules of `entry` and all it imports, joined in order: the modules it
 * imports statically before it, then those loaded on demand (and theirs).
 */
function bundle(entry) {
  load(entry);
  const seen = new Set();
  const paths = order(entry, seen);
  for (let i = 0; i < paths.length; i++) {
    for (const path of modules.get(paths[i]).later) order(path, seen, paths);
  }
  return paths
    .map((path) => {
      const { code, exports } = modules.get(path);
      const chunk = `// ---- ${path}\n__modules[${JSON.stringify(path)}] = await (async () => {\n${code}\nreturn { ${exports.join(", ")} };\n})();`;
      // The page asks for the file module on demand: it is this same engine.
      return path === "pkg/qhcb.js" ? `${chunk}\nglobalThis.QHCB_IO_MODULE = __modules["pkg/qhcb.js"];` : chunk;
    })
    .join("\n");
}

/**
 * Before the joined modules: `__later(path)`, a module loaded on demand,
 * resolves once all of them have run (the bundle ends with `__loaded()`).
 */
const PREAMBLE = `const __modules = {};
let __loaded;
const __allLoaded = new Promise((resolve) => (__loaded = resolve));
const __later = (path) => __allLoaded.then(() => __modules[path]);`;

const chunks = bundle(ENTRY);
// The joined modules run with awaits between them, and the worker's listener is
// added last: messages that arrive before it (the wasm bytes, the first task) wait
// in a queue and are given to it in order. A classic script has no import.meta;
// the engine is always given its bytes there, so the wasm's own URL is never used.
const workerSource = `(async () => {
${PREAMBLE}
const __early = [];
const __queue = (event) => __early.push(event.data);
self.addEventListener("message", __queue);
${bundle(WORKER_ENTRY).replaceAll("import.meta.url", "self.location.href")}
__loaded();
self.removeEventListener("message", __queue);
for (const data of __early) self.dispatchEvent(new MessageEvent("message", { data }));
})();
`;

const wasm = readFileSync(join(WWW, "pkg", "qhcb_io_bg.wasm")).toString("base64");
const style = readFileSync(join(WWW, "style.css"), "utf8");
const example = readFileSync(join(WWW, "examples", "phu-luong.json"), "utf8");
const version = /^version\s*=\s*"([^"]+)"/m.exec(readFileSync(join(ROOT, "Cargo.toml"), "utf8"))?.[1] ?? "";

// JSON.stringify makes safe JS string literals; "</" is escaped so no text can end the script element.
const literal = (text) => JSON.stringify(text).replaceAll("</", "<\\/");

const html = `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline' 'wasm-unsafe-eval'; style-src 'unsafe-inline'; img-src data: blob:; connect-src 'none'; worker-src blob:; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<title>QHCB — Kiểm tra quy hoạch cán bộ</title>
<link rel="icon" href="data:,">
<style>
html, body { margin: 0; background: #f5f6f8; }
qhcb-app { display: block; }
@media print { html, body { background: #fff; } }
</style>
</head>
<body>
<qhcb-app standalone data-legacy-key="single-file"></qhcb-app>
<noscript><p>Trang cần JavaScript và WebAssembly. / This page needs JavaScript and WebAssembly.</p></noscript>
<script type="module">
// QHCB single-file build ${version}: everything below runs in this page; nothing is fetched.
const bytes = Uint8Array.from(atob(${literal(wasm)}), (c) => c.charCodeAt(0));
globalThis.QHCB_WASM = bytes;
globalThis.QHCB_STYLE = ${literal(style)};
globalThis.QHCB_EXAMPLE = ${literal(example)};
globalThis.QHCB_WORKER_SOURCE = ${literal(workerSource)};
${PREAMBLE}
${chunks.replaceAll("</script", "<\\/script")}
__loaded();
</script>
</body>
</html>
`;

mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, html);
console.error(`built ${relative(process.cwd(), OUT)}: ${(html.length / 1024).toFixed(0)} KB`);
