// The page's engine plumbing, checked inside the served page (its modules as
// they are shipped): the worker wrapper (a later analysis supersedes an
// earlier one; cancel ends the work and the next call starts a fresh worker),
// the two forms of the report's people, and the sliced JSON text of the
// dataset that the analysis and the autosave share.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { withBrowser } from "./support.mjs";
import { dataset } from "./roster.mjs";

const browser = withBrowser();
let page;

before(async () => {
  ({ page } = await browser.open());
});

test("a later analysis supersedes an earlier one; cancel ends the work and the engine starts again", async () => {
  const outcome = await page.evaluate(async (text) => {
    const { Engine, isAborted } = await import(new URL("engine.js", location.href));
    const engine = new Engine();
    const settle = (promise) =>
      promise.then(
        (report) => `report of ${report.counts.rows}`,
        (error) => (isAborted(error) ? `aborted: ${error.message}` : `error: ${error.message}`),
      );
    const small = (n) => JSON.stringify({ ...JSON.parse(text), people: JSON.parse(text).people.slice(0, n) });
    // The first runs, the second waits and is replaced by the third; the first's result is stale.
    const three = await Promise.all([settle(engine.analyze(small(10), {})), settle(engine.analyze(small(20), {})), settle(engine.analyze(small(30), {}))]);
    const cancelled = settle(engine.analyze(text, {}));
    engine.cancel();
    const after = await settle(engine.analyze(small(5), {}));
    const columns = (await engine.analyze(small(3), {})).peopleColumns;
    return { three, cancelled: await cancelled, after, columns: Object.keys(columns), ages: [...columns.ageYears] };
  }, JSON.stringify(dataset(20000)));
  assert.deepEqual(outcome.three, ["aborted: superseded", "aborted: superseded", "report of 30"]);
  assert.equal(outcome.cancelled, "aborted: cancelled");
  assert.equal(outcome.after, "report of 5");
  assert.deepEqual(outcome.columns.sort(), ["ageMonths", "ageYears", "index", "monthsLeft", "monthsLeftAtTermStart", "plannedCount", "retirementDate", "retirementDecided"]);
  assert.equal(outcome.ages.length, 3);
});

test("the roster held in the worker: bytes in, an edit as an operation, the report analyze() gives; cancel forgets it", async () => {
  const outcome = await page.evaluate(async (text) => {
    const { Engine } = await import(new URL("engine.js", location.href));
    const { analyze } = await import(new URL("pkg/qhcb.js", location.href));
    const engine = new Engine();
    const bytes = new TextEncoder().encode(text);
    const loaded = await engine.rosterLoad(bytes, { lang: "en" });
    const { undo } = await engine.rosterApply([{ op: "set", person: 3, field: "birth", value: "1962-04" }]);
    const report = await engine.rosterReport({ people: "none" });
    const edited = JSON.parse(text);
    edited.people[3].birth = "1962-04";
    const same = JSON.stringify(report) === JSON.stringify(analyze(edited, { people: "none" }));
    const rows = await engine.rosterRows(2, 2);
    const refused = await engine.rosterApply([{ op: "remove", person: 99999 }]).catch((e) => e.message);
    await engine.rosterApply(undo);
    const restored = (await engine.rosterDataset()) === text;
    engine.cancel();
    const forgotten = await engine.rosterReport({}).catch((e) => e.message);
    return { loaded, detached: bytes.byteLength, same, undo, rows: rows.map((r) => r.birth), refused, restored, forgotten };
  }, JSON.stringify(dataset(2000)));
  assert.equal(outcome.loaded.rows, 2000);
  assert.equal(outcome.detached, 0, "the bytes are handed over, not copied");
  assert.ok(outcome.same, "the roster's report equals analyze() of the edited dataset");
  assert.equal(outcome.undo[0].op, "set");
  assert.equal(outcome.rows[1], "1962-04");
  assert.match(outcome.refused, /no row 99999/);
  assert.ok(outcome.restored);
  assert.match(outcome.forgotten, /no roster is loaded/);
});

test("the report's people read the same from the list and from the columns", async () => {
  const same = await page.evaluate(async () => {
    const { analyze, peopleList } = await import(new URL("pkg/qhcb.js", location.href));
    const { peopleByRow } = await import(new URL("report-people.js", location.href));
    const data = {
      format: "qhcb/1",
      asOf: "2026-01-15",
      termStart: "2026-10",
      titles: [],
      people: [
        { id: "a", sex: "M", birth: "1970" },
        { id: "b", sex: "X", birth: "1970" },
        { id: "c", sex: "F", birth: "1975-02" },
        null,
        { id: "a", sex: "F", birth: "1980" },
        { id: "e", sex: "M", birth: "1990-07-31" },
      ],
    };
    const report = analyze(data);
    const compact = analyze(data, { people: "columns" });
    const byRow = peopleByRow(compact);
    // The grid's per-row view: the list's figures, the retirement day as the number yyyymmdd.
    const asRow = ({ age, retirementDate, ...rest }) => ({ age, retirementDay: Number(retirementDate.replaceAll("-", "")), ...rest });
    const fromRows = data.people.map((p, row) => [p?.id, byRow.at(row)]).filter(([, fields]) => fields);
    const listedRows = report.people.map(({ id, ...fields }) => [id, asRow(fields)]);
    // The core's columns hold the list's figures, field by field.
    const fromList = {
      ageYears: report.people.map((p) => p.age.years),
      ageMonths: report.people.map((p) => p.age.months),
      retirementDate: report.people.map((p) => Number(p.retirementDate.replaceAll("-", ""))),
      monthsLeft: report.people.map((p) => p.monthsLeft),
      monthsLeftAtTermStart: report.people.map((p) => p.monthsLeftAtTermStart),
      plannedCount: report.people.map((p) => p.plannedCount),
    };
    const sameAsCore = Object.keys(fromList).every((key) => JSON.stringify(fromList[key]) === JSON.stringify([...compact.peopleColumns[key]]));
    // The engine gives the list back from the columns (what embedding pages read).
    const rebuilt = peopleList(compact.peopleColumns, data.people.map((p) => (p?.id == null ? "" : String(p.id))));
    return {
      rows: [...compact.peopleColumns.index],
      sameFromRows: JSON.stringify(fromRows) === JSON.stringify(listedRows),
      sameFromColumns: JSON.stringify(rebuilt) === JSON.stringify(report.people),
      excludedRow: byRow.at(1),
      sameAsCore,
    };
  });
  assert.deepEqual(same.rows, [0, 2, 5]);
  assert.equal(same.sameFromRows, true);
  assert.equal(same.sameFromColumns, true);
  assert.equal(same.excludedRow, null);
  assert.equal(same.sameAsCore, true);
});

test("the dataset's JSON text follows every kind of change, slice by slice; a cancelled import is taken back", async () => {
  const checks = await page.evaluate(async (text) => {
    const { DatasetText } = await import(new URL("dataset-text.js", location.href));
    const { Store } = await import(new URL("store.js", location.href));
    // A store of its own that saves nowhere (no workspace).
    const store = new Store();
    const results = [];
    const check = async (label) => {
      const fresh = new DatasetText();
      results.push([label, store.json() === JSON.stringify(store.dataset), (await store.jsonSoon()) === fresh.text(store.dataset)]);
    };
    store.load(JSON.parse(text), { kind: "new" });
    await check("load");
    store.commit({ type: "set", path: ["people", 7001, "name"], before: undefined, after: "Tên Mới" });
    await check("set in one slice");
    store.commit({ type: "splice", path: ["people"], index: 3, removed: [], inserted: [{ id: "x", name: "Chen" }] });
    await check("insert shifts the rest");
    store.commit({ type: "splice", path: ["people"], index: 11000, removed: [store.dataset.people[11000]], inserted: [] });
    await check("delete near the end");
    store.commit({ type: "set", path: ["unit", "name"], before: undefined, after: "Đơn vị khác" });
    await check("a field outside people");
    store.undo();
    store.undo();
    await check("undo");
    store.redo();
    await check("redo");
    // A cancelled import is taken back for good: no redo, and only while it is the latest step.
    const added = { type: "splice", path: ["people"], index: store.dataset.people.length, removed: [], inserted: [{ id: "new" }], fresh: true };
    const count = store.dataset.people.length;
    store.commit(added);
    store.commit({ type: "set", path: ["unit", "name"], before: "Đơn vị khác", after: "Sau" });
    results.push(["retract refused under a later step", !store.retract(added), store.dataset.people.length === count + 1]);
    store.undo();
    results.push(["retract", store.retract(added) && store.dataset.people.length === count, store.redoStack.length === 1 && store.redoStack[0].path[1] === "name"]);
    await check("after retract");
    // An import undone, then cancelled: the data stays without it and redo cannot bring it back.
    const again = { ...added, inserted: [{ id: "again" }] };
    store.commit(again);
    store.undo();
    results.push(["retract after undo", store.retract(again) && store.dataset.people.length === count, !store.canRedo()]);
    // Rows inserted or removed move people to other rows; a field edit does not.
    const layout = store.layout;
    store.commit({ type: "set", path: ["people", 0, "name"], before: undefined, after: "Khác" });
    const afterSet = store.layout;
    store.commit({ type: "batch", ops: [{ type: "splice", path: ["people"], index: 0, removed: [], inserted: [{ id: "y" }] }] });
    results.push(["layout counts moves only", afterSet === layout, store.layout === layout + 1]);
    return results;
  }, JSON.stringify(dataset(12000)));
  for (const [label, first, second] of checks) {
    assert.equal(first, true, `${label} (1)`);
    assert.equal(second, true, `${label} (2)`);
  }
});

test("a trapped engine is dropped: the next call runs on a fresh instance, in the worker and on the page", async () => {
  const outcome = await page.evaluate(async () => {
    const csv = new TextEncoder().encode("Họ và tên,Giới tính,Ngày sinh\nLê A,Nam,1975\n");
    const { Engine } = await import(new URL("engine.js", location.href));
    const engine = new Engine();
    const fail = (promise) => promise.then(() => "no error", (error) => ({ message: error.message, trapped: error.trapped }));
    // In the worker: the file module panics on purpose; the worker is ended and a new one answers.
    const before = (await engine.inspectFile(csv, {})).sheets[0].rows;
    const firstWorker = engine.worker;
    const trap = await fail(engine.call("trapForTest", {}));
    const after = (await engine.inspectFile(csv, {})).sheets[0].rows;
    const newWorker = engine.worker !== firstWorker && engine.worker !== null;
    const analysed = (await engine.analyze(JSON.stringify({ asOf: "2026-01-15", people: [{ id: "a", sex: "M", birth: "1975" }] }), {})).counts.rows;
    // On the page's thread (no worker): the same tasks, with fresh modules after the trap.
    const { run, io } = await import(new URL("engine-tasks.js", location.href));
    const firstModule = await io();
    const localTrap = await fail(run("trapForTest", {}));
    const localAfter = (await run("inspectFile", { bytes: csv, options: {} })).result.sheets[0].rows;
    const newModule = (await io()) !== firstModule;
    const localAnalysed = (await run("analyze", { text: JSON.stringify({ asOf: "2026-01-15", people: [] }), options: {} })).result.counts.rows;
    return { before, trap, after, newWorker, analysed, localTrap, localAfter, newModule, localAnalysed };
  });
  assert.equal(outcome.before, 2);
  assert.equal(outcome.trap.trapped, true);
  assert.match(outcome.trap.message, /panic requested by a test/);
  assert.equal(outcome.after, 2);
  assert.equal(outcome.newWorker, true);
  assert.equal(outcome.analysed, 1);
  assert.equal(outcome.localTrap.trapped, true);
  assert.match(outcome.localTrap.message, /panic requested by a test/);
  assert.equal(outcome.localAfter, 2);
  assert.equal(outcome.newModule, true);
  assert.equal(outcome.localAnalysed, 0);
});
