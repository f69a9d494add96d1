// The page's edits reach the worker's roster as the roster's operations
// (www/roster-ops.js, issue 18): after every kind of store operation — a
// cell, a whole person, rows inserted and removed in one batch, a nested
// field, titles, units, the dataset's own fields — and after undo and redo,
// the roster holds exactly the store's dataset and reports what analyze()
// reports of it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { initSync, analyze, Roster } from "../../www/pkg/qhcb.js";
import { Store, setOp } from "../../www/store.js";
import { rosterOps } from "../../www/roster-ops.js";

const root = new URL("../../", import.meta.url);
initSync({ module: readFileSync(fileURLToPath(new URL("www/pkg/qhcb_bg.wasm", root))) });
const text = readFileSync(fileURLToPath(new URL("www/examples/phu-luong.json", root)), "utf8");

/** A store and a roster of the same dataset, kept in step as the page keeps them. */
function pair() {
  const store = new Store();
  store.load(JSON.parse(text), { kind: "file", name: "x" });
  store.takeChanges();
  const roster = Roster.fromJson(text);
  const sync = () => {
    const changes = store.takeChanges();
    const ops = rosterOps({ type: "batch", ops: changes }, store.dataset);
    assert.notEqual(ops, false, "the changes are said as the roster's operations");
    if (ops.length) roster.apply(ops);
    assert.deepEqual(roster.dataset(), JSON.parse(JSON.stringify(store.dataset)));
    assert.deepEqual(roster.report({ people: "none" }), analyze(JSON.stringify(store.dataset), { people: "none" }));
  };
  return { store, roster, sync };
}

test("cells, people, rows moved in a batch, nested fields, titles and the dataset's fields follow, with undo and redo", () => {
  const { store, sync } = pair();
  const d = () => store.dataset;
  const steps = [
    setOp(d(), ["people", 3, "birth"], "1961-02"),
    setOp(d(), ["people", 4, "education"], "bogus"),
    setOp(d(), ["people", 5, "name"], undefined),
    setOp(d(), ["people", 6], { id: "moi", name: "Người Mới", sex: "F", birth: "1990" }),
    {
      type: "batch",
      ops: [
        { type: "splice", path: ["people"], index: 10, removed: d().people.slice(10, 13), inserted: [] },
        { type: "splice", path: ["people"], index: d().people.length - 3, removed: [], inserted: [{ id: "a1", sex: "M", birth: "1980" }, { id: "a2", sex: "F", birth: "1985" }] },
      ],
    },
    setOp(d(), ["people", 2, "planned"], ["bt", "pbt"]),
    setOp(d(), ["titles", 1, "seats"], 9),
    { type: "splice", path: ["titles"], index: d().titles.length, removed: [], inserted: [{ id: "moi", name: "Chức danh mới", group: "other", seats: 1 }] },
    setOp(d(), ["unit", "name"], "Đảng bộ đổi tên"),
    setOp(d(), ["asOf"], "2019-06-30"),
  ];
  for (const op of steps) {
    store.commit(op);
    sync();
  }
  // A nested field (a person's appointment title): sent whole.
  store.commit(setOp(d(), ["people", 7, "appointment"], { title: "bt", dossierDate: "2019-01-10" }));
  sync();
  store.commit(setOp(d(), ["people", 7, "appointment", "title"], "pbt"));
  sync();
  for (let i = 0; i < steps.length + 2; i++) {
    store.undo();
    sync();
  }
  assert.deepEqual(store.dataset, JSON.parse(text));
  for (let i = 0; i < 4; i++) {
    store.redo();
    sync();
  }
});

test("many rows at once, or the whole people list, are sent whole", () => {
  const { store } = pair();
  const many = Array.from({ length: 1500 }, (_, i) => ({ id: `n${i}`, sex: "M", birth: "1980" }));
  store.commit({ type: "splice", path: ["people"], index: 0, removed: [], inserted: many });
  assert.equal(rosterOps({ type: "batch", ops: store.takeChanges() }, store.dataset), false);
  store.commit(setOp(store.dataset, ["people"], []));
  assert.equal(rosterOps({ type: "batch", ops: store.takeChanges() }, store.dataset), false);
});
