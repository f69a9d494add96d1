// The file module from Node: a file is read once for inspect and import (the
// module keeps the last file's sheets), and another file is never answered
// from that memory.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { initSync, inspectFile, importFile, exportXlsx, exportCsv } from "../../www/pkg/qhcb_io.js";

const root = new URL("../../", import.meta.url);
initSync({ module: readFileSync(fileURLToPath(new URL("www/pkg/qhcb_io_bg.wasm", root))) });
const example = JSON.parse(readFileSync(fileURLToPath(new URL("www/examples/phu-luong.json", root)), "utf8"));

/** The example with only its first `n` people, renamed so two files differ. */
function roster(n, prefix) {
  const people = example.people.slice(0, n).map((p) => ({ ...p, id: `${prefix}${p.id}`, name: `${prefix} ${p.name}` }));
  return { ...example, people };
}

function importWithGuess(bytes) {
  const sheet = inspectFile(bytes).sheets[0];
  return importFile(bytes, {
    headerRow: sheet.headerRow,
    columns: sheet.columns.map(({ index, field, encoding }) => ({ index, field, encoding })),
    titles: example.titles,
  });
}

test("inspect then import gives the file's own people, file after file", () => {
  const xlsx = exportXlsx(roster(5, "X"));
  const csv = new TextEncoder().encode(exportCsv(roster(3, "C")));
  for (const [bytes, prefix, count] of [[xlsx, "X", 5], [csv, "C", 3], [xlsx, "X", 5]]) {
    const result = importWithGuess(bytes);
    assert.equal(result.summary.imported, count);
    assert.ok(result.people.every((p) => p.id.startsWith(prefix)), `${prefix}: ${result.people.map((p) => p.id)}`);
  }
});

test("a file inspected, then another imported: the other file's rows", () => {
  const a = exportXlsx(roster(4, "A"));
  const b = exportXlsx(roster(2, "B"));
  const sheet = inspectFile(a).sheets[0];
  const options = {
    headerRow: sheet.headerRow,
    columns: sheet.columns.map(({ index, field, encoding }) => ({ index, field, encoding })),
    titles: example.titles,
  };
  const result = importFile(b, options);
  assert.deepEqual(result.people.map((p) => p.id.slice(0, 1)), ["B", "B"]);
  // The same bytes in a new array are the same file.
  assert.equal(importFile(new Uint8Array(a), options).summary.imported, 4);
});
