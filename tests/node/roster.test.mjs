// The roster of issue 18 from Node, as the outside check does it:
// Roster.fromJson(text) → apply a birth edit → report({ people: "none" })
// equals analyze() of the same dataset; the returned operations undo it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { initSync, analyze, Roster } from "../../www/pkg/qhcb.js";

const root = new URL("../../", import.meta.url);
initSync({ module: readFileSync(fileURLToPath(new URL("www/pkg/qhcb_bg.wasm", root))) });
const text = readFileSync(fileURLToPath(new URL("www/examples/phu-luong.json", root)), "utf8");

test("a birth edit: the roster's report equals analyze() of the edited dataset", () => {
  const roster = Roster.fromJson(text);
  const original = JSON.parse(text);
  assert.equal(roster.length, original.people.length);
  assert.deepEqual(roster.report({ people: "none" }), analyze(text, { people: "none" }));

  const undo = roster.apply([{ op: "set", person: 2, field: "birth", value: "1950-01" }]);
  assert.deepEqual(undo, [{ op: "set", person: 2, field: "birth", value: original.people[2].birth }]);
  const edited = structuredClone(original);
  edited.people[2].birth = "1950-01";
  assert.deepEqual(roster.dataset(), edited);
  for (const people of ["none", "rows", "columns"]) {
    for (const options of [{ people }, { people, lang: "en", profile: "qd377-2025", asOf: "2020-01-01" }]) {
      assert.deepEqual(roster.report(options), analyze(edited, options), JSON.stringify(options));
    }
  }
  // The edit shows: the person is now past the retirement age of 2018.
  const after = roster.report({ people: "rows" });
  const before = analyze(text, { people: "rows" });
  assert.notDeepEqual(after.people[2], before.people[2]);

  roster.apply(undo);
  assert.deepEqual(roster.dataset(), original);
  assert.deepEqual(roster.report({ people: "none" }), analyze(text, { people: "none" }));
});

test("from bytes, insert and remove, a title edit, and rows for the grid", () => {
  const roster = Roster.fromJson(new TextEncoder().encode(text), { lang: "en" });
  const original = JSON.parse(text);
  const person = { id: "moi-1", name: "Nguyễn Văn Mới", sex: "M", birth: "1980-02", current: [] };
  const undoInsert = roster.apply([{ op: "insert", person: 0, value: person }]);
  assert.deepEqual(undoInsert, [{ op: "remove", person: 0 }]);
  assert.deepEqual(roster.rows(0, 2), [person, original.people[0]]);
  assert.deepEqual(roster.rows(roster.length - 1, 10), [original.people.at(-1)]);
  const undoTitle = roster.apply([{ op: "setTitle", title: 0, field: "seats", value: 99 }]);
  const dataset = roster.dataset();
  assert.equal(dataset.titles[0].seats, 99);
  assert.deepEqual(roster.report({ people: "none" }), analyze(dataset, { people: "none" }));
  roster.apply(undoTitle);
  roster.apply(undoInsert);
  assert.deepEqual(roster.dataset(), original);
});

test("invalid operations throw a clear error and change nothing", () => {
  const roster = Roster.fromJson(text, { lang: "en" });
  assert.throws(
    () => roster.apply([{ op: "set", person: 0, field: "sex", value: "F" }, { op: "set", person: 10_000, field: "birth", value: "1970" }]),
    /Operation 2: there is no row 10000 in the people list/,
  );
  assert.throws(() => roster.apply([{ op: "set", person: 0, field: "shoeSize", value: 1 }]), /no field "shoeSize"/);
  assert.throws(() => roster.apply({ op: "set" }), /must be a list/);
  assert.throws(() => roster.apply([{ op: "fly" }], { lang: "vi" }), /Thao tác thứ 1: không có thao tác "fly"/);
  // The first operation of the refused list was undone.
  assert.deepEqual(roster.dataset(), JSON.parse(text));
  assert.throws(() => Roster.fromJson("[1,2]", { lang: "en" }), /object/);
  assert.throws(() => Roster.fromJson(new Uint8Array([0xff, 0xfe]), { lang: "en" }), /UTF-8/);
});

test("a file's bytes with a byte-order mark read as the same dataset", () => {
  const bytes = new TextEncoder().encode(text);
  const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
  assert.deepEqual(Roster.fromJson(withBom).report({ people: "none" }), analyze(text, { people: "none" }));
});
