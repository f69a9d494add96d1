// The page's two catalogues (www/i18n/vi.js, en.js) hold the same keys, and
// every key the page's scripts ask for by name exists in both: a key missing
// in one language would show its dotted path instead of a sentence.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import vi from "../../www/i18n/vi.js";
import en from "../../www/i18n/en.js";

const WWW = fileURLToPath(new URL("../../www/", import.meta.url));
const CATALOGUES = { vi, en };

/** Every path of a catalogue ("workspace.lock"), each with the kind of value it holds. */
function paths(node, prefix = "", out = new Map()) {
  for (const [key, value] of Object.entries(node)) {
    const path = prefix ? `${prefix}.${key}` : key;
    const kind = Array.isArray(value) ? "array" : value === null ? "null" : typeof value;
    out.set(path, kind);
    if (kind === "object" || kind === "array") paths(value, path, out);
  }
  return out;
}

const at = (catalogue, path) => path.split(".").reduce((node, key) => node?.[key], catalogue);

/** The placeholders of a sentence: "{name}" → "name", sorted. */
const placeholders = (text) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

/**
 * The first argument of each `t(` call in a script: the text up to the comma
 * or bracket that ends it (brackets and strings balanced).
 */
function firstArguments(source) {
  const out = [];
  for (const match of source.matchAll(/(?<![\w$.])t\(/g)) {
    let depth = 0;
    let quote = null;
    let i = match.index + 2;
    const start = i;
    for (; i < source.length; i++) {
      const c = source[i];
      if (quote) {
        if (c === "\\") i++;
        else if (c === quote) quote = null;
      } else if (c === '"' || c === "'" || c === "`") quote = c;
      else if ("([{".includes(c)) depth++;
      else if (")]}".includes(c)) {
        if (depth === 0) break;
        depth--;
      } else if (c === "," && depth === 0) break;
    }
    out.push(source.slice(start, i).trim());
  }
  return out;
}

/**
 * The keys an argument names: a literal ("key"), each branch of a
 * conditional of literals (a ? "one" : "two"; the literals compared against
 * are not keys), and the fixed head of a template (`sources.${kind}` →
 * the group "sources"). Anything else (a variable) names no key here.
 */
function keysOf(argument) {
  const keys = [];
  const groups = [];
  const template = /^`([\w.]+)\.\$\{/.exec(argument);
  if (template) groups.push(template[1]);
  for (const m of argument.matchAll(/(^|[?:(]\s*)"([^"\\]+)"/g)) keys.push(m[2]);
  return { keys, groups };
}

const scripts = readdirSync(WWW)
  .filter((name) => name.endsWith(".js"))
  .map((name) => ({ name, source: readFileSync(`${WWW}${name}`, "utf8") }));

test("the Vietnamese and English catalogues have exactly the same keys", () => {
  const vp = paths(vi);
  const ep = paths(en);
  const onlyVi = [...vp.keys()].filter((p) => !ep.has(p));
  const onlyEn = [...ep.keys()].filter((p) => !vp.has(p));
  assert.deepEqual(onlyVi, [], "keys only in vi.js");
  assert.deepEqual(onlyEn, [], "keys only in en.js");
  const differ = [...vp].filter(([path, kind]) => ep.get(path) !== kind).map(([path]) => path);
  assert.deepEqual(differ, [], "keys holding a sentence in one catalogue and a group in the other");
  assert.ok(vp.size > 100, `the catalogues were read (${vp.size} keys)`);
});

test("a sentence has the same placeholders in both languages", () => {
  const differ = [];
  for (const [path, kind] of paths(vi)) {
    if (kind !== "string") continue;
    const a = placeholders(at(vi, path));
    const b = placeholders(at(en, path) ?? "");
    if (a.join() !== b.join()) differ.push(`${path}: vi {${a}} en {${b}}`);
  }
  assert.deepEqual(differ, []);
});

test("every key the page's scripts ask for exists in both catalogues", () => {
  const missing = [];
  let named = 0;
  for (const { name, source } of scripts) {
    const uses = firstArguments(source).map(keysOf);
    // The static markup names its text in data-i18n and data-i18n-label attributes.
    for (const m of source.matchAll(/data-i18n(?:-label)?="([^"]+)"/g)) uses.push({ keys: [m[1]], groups: [] });
    for (const { keys, groups } of uses) {
      for (const key of keys) {
        named++;
        for (const [code, catalogue] of Object.entries(CATALOGUES)) {
          if (typeof at(catalogue, key) !== "string") missing.push(`${name}: "${key}" not a sentence in ${code}.js`);
        }
      }
      for (const group of groups) {
        named++;
        for (const [code, catalogue] of Object.entries(CATALOGUES)) {
          const node = at(catalogue, group);
          if (!node || typeof node !== "object") missing.push(`${name}: group "${group}" missing in ${code}.js`);
        }
      }
    }
  }
  assert.deepEqual(missing, []);
  assert.ok(named > 200, `the scripts' keys were found (${named})`);
});

test("the key finder reads the forms the page uses", () => {
  assert.deepEqual(firstArguments('x; t("a.b", { n }); format(t(c ? "d" : "e"));'), ['"a.b"', 'c ? "d" : "e"']);
  assert.deepEqual(keysOf('mode === "reader" ? "w.one" : "w.two"').keys, ["w.one", "w.two"]);
  assert.deepEqual(keysOf('banner === "lost" ? (unsaved ? "w.a" : "w.b") : "w.c"').keys, ["w.a", "w.b", "w.c"]);
  assert.deepEqual(keysOf("`sources.${kind}`").groups, ["sources"]);
  assert.deepEqual(keysOf("labelKey"), { keys: [], groups: [] });
});
