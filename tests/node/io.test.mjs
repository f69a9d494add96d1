// The file module from Node: a file is read once for inspect and import (the
// module keeps the last file's sheets), and another file is never answered
// from that memory.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { initSync, inspectFile, importFile, exportXlsx, exportCsv, worksheetCsv } from "../../www/pkg/qhcb_io.js";
import { jsonSlices } from "../../www/engine-tasks.js";

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

test("peopleAs json: the same people as the UTF-8 bytes of a JSON array, and nothing else changes", () => {
  const people = roster(40, "J").people;
  // A row the import rejects (no birth) and one it keeps with a warning.
  people[3] = { ...people[3], birth: undefined };
  people[7] = { ...people[7], education: "Tiến sĩ khoa học vũ trụ" };
  const bytes = exportXlsx({ ...example, people });
  const sheet = inspectFile(bytes).sheets[0];
  const options = {
    headerRow: sheet.headerRow,
    columns: sheet.columns.map(({ index, field, encoding }) => ({ index, field, encoding })),
    titles: example.titles,
  };
  const { people: objects, ...plain } = importFile(bytes, options);
  const { peopleJson, ...json } = importFile(bytes, { ...options, peopleAs: "json" });
  assert.ok(peopleJson instanceof Uint8Array);
  assert.equal(json.people, undefined);
  assert.deepEqual(JSON.parse(new TextDecoder().decode(peopleJson)), objects);
  assert.deepEqual(json, plain);
  // The worker hands them to the page in slices of JSON text (engine-tasks.js).
  for (const size of [1, 7, 39, 1000]) {
    const slices = jsonSlices(peopleJson, size);
    assert.equal(slices.length, Math.ceil(39 / size));
    assert.deepEqual(slices.flatMap((slice) => JSON.parse(slice)), objects);
  }
  assert.equal(plain.summary.imported, 39);
  assert.equal(plain.rejections.length, 1);
  // No one imported: an empty array.
  const header = new TextEncoder().encode("Họ và tên,Ngày sinh,Giới tính\nNguyễn Văn A,,Nam\n");
  const csvSheet = inspectFile(header).sheets[0];
  const none = importFile(header, { headerRow: csvSheet.headerRow, columns: csvSheet.columns, peopleAs: "json" });
  assert.deepEqual(JSON.parse(new TextDecoder().decode(none.peopleJson)), []);
  assert.deepEqual(jsonSlices(none.peopleJson, 10), []);
  assert.equal(none.summary.rejected, 1);
});

// Issue 15: the exports through the documented API.

/** A CSV text's sheet as the file module inspects it. */
function inspectCsv(csv) {
  return inspectFile(new TextEncoder().encode(csv)).sheets[0];
}

test("exportCsv: an excluded duplicate-id row has no figures, negative months are numbers, lang is honoured", () => {
  const dataset = {
    format: "qhcb/1",
    asOf: "2025-06-30",
    termStart: "2026-01",
    titles: [],
    people: [
      { id: "a", name: "Nguyễn Văn Cả", sex: "M", birth: "1955-01-15" },
      { id: "a", name: "Trần Thị Trẻ", sex: "F", birth: "1995-03-10" },
    ],
  };
  const csv = exportCsv(dataset, { lang: "en" });
  const lines = csv.split("\r\n");
  assert.equal(
    lines[0],
    "\ufeffId,Full name,Sex,Birth date,Ethnic minority,Ethnic group,Local,Hometown,Education,Field of study,Academic title,Political theory,Current titles,Other posts,Planned for,Woman retiring at 60,Candidacy,Age,Retirement date,Months of service left,Months left at the term's start",
  );
  // The first row: retired years ago, months left negative and written as numbers.
  assert.match(lines[1], /^a,Nguyễn Văn Cả,Male,15\/01\/1955,no,,yes,,,,,,,,,no,,70 years 5 months,\d\d\/\d\d\/\d{4},-\d+,-\d+$/);
  // The excluded duplicate: its own fields, no figures of the first row.
  assert.equal(lines[2], "a,Trần Thị Trẻ,Female,10/03/1995,no,,yes,,,,,,,,,no,,,,,");
  assert.match(exportCsv(dataset).split("\r\n")[0], /^\ufeffMã,Họ và tên,Giới tính/);
  assert.ok(inspectCsv(csv).columns.some((c) => c.field === "name"));
});

test("worksheetCsv guards a finding that starts with a title name and writes values as numbers", () => {
  const input = { kind: "keyTitles", titles: 2, plannedPairs: 12, perTitle: [{ name: "=HYPERLINK(\"x\")", planned: 9, seats: 1 }] };
  const csv = worksheetCsv(input, { lang: "en" });
  const lines = csv.split("\r\n");
  assert.equal(lines[0], "\ufeffFigure,Value,Text");
  assert.match(lines[1], /^perTitle,6,/);
  assert.ok(lines.some((l) => l.includes(',"\'=HYPERLINK(""x"") has 9 people planned')), csv);
  assert.equal(worksheetCsv(input, { lang: "vi" }).split("\r\n")[0], "\ufeffChỉ tiêu,Giá trị,Nội dung");
  assert.throws(() => worksheetCsv({ kind: "nothing" }), /invalid worksheet/);
});

test("exportXlsx in English: English sheet names, headers and findings", () => {
  const en = inspectFile(exportXlsx(example, { lang: "en" })).sheets;
  assert.deepEqual(en.slice(0, 4).map((s) => s.name), ["Roster", "Composition", "Titles and groups", "Findings"]);
  const vi = inspectFile(exportXlsx(example, { lang: "vi" })).sheets;
  assert.deepEqual(vi.slice(0, 4).map((s) => s.name), ["Danh sách cán bộ", "Cơ cấu", "Chức danh và nhóm", "Kết quả kiểm tra"]);
  // The English roster imports back: every column is recognised.
  const roster = en[0];
  assert.deepEqual(roster.columns.slice(0, 4).map((c) => c.field), ["id", "name", "sex", "birth"]);
  const result = importWithGuess(exportXlsx(example, { lang: "en" }));
  assert.equal(result.summary.imported, example.people.length);
});

test("importFile: the rejected rows' CSV guards formulas", () => {
  const bytes = new TextEncoder().encode('Họ và tên,Giới tính,Ngày sinh\n"=HYPERLINK(""http://x.invalid"")",?,1975\n');
  const sheet = inspectFile(bytes).sheets[0];
  const result = importFile(bytes, { headerRow: sheet.headerRow, columns: sheet.columns.map(({ index, field, encoding }) => ({ index, field, encoding })), lang: "en" });
  assert.equal(result.summary.rejected, 1);
  const [head, row] = result.rejectedCsv.split("\r\n");
  assert.equal(head, "\ufeffRow,Họ và tên,Giới tính,Ngày sinh,Reason");
  assert.ok(row.startsWith('2,"\'=HYPERLINK(""http://x.invalid"")",?,1975,'), row);
});
