// The report of a held roster said as changes (issue 18): the report the
// page builds with its own applyChange (www/analysis.js) from the changes of
// Roster.reportChange equals roster.report() after each edit, insert,
// remove, profile and language switch, on a generated roster of 3,000 people.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { initSync, Roster } from "../../www/pkg/qhcb.js";
import { applyChange } from "../../www/analysis.js";

const root = new URL("../../", import.meta.url);
initSync({ module: readFileSync(fileURLToPath(new URL("www/pkg/qhcb_bg.wasm", root))) });

/** A roster as offices have them: births, sexes, titles held and planned (deterministic). */
function dataset(n) {
  const titles = ["bt", "pbt", "ct", "pct", "ubtv"].map((id) => ({ id, name: id.toUpperCase(), seats: 1 }));
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const people = Array.from({ length: n }, (_, i) => ({
    id: `p${i}`,
    name: `Người ${i}`,
    sex: next() < 0.32 ? "F" : "M",
    birth: `${1962 + Math.floor(next() * 35)}-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 9)}`,
    ethnicMinority: next() < 0.12,
    current: next() < 0.1 ? [titles[Math.floor(next() * 5)].id] : [],
    planned: next() < 0.4 ? [titles[Math.floor(next() * 5)].id] : [],
  }));
  return { format: "qhcb/1", unit: { name: "Huyện thử", level: "district" }, asOf: "2026-01-01", titles, people };
}

/** The report with its typed columns as plain lists, for deepEqual. */
const plain = (report) => ({
  ...report,
  peopleColumns: report.peopleColumns && Object.fromEntries(Object.entries(report.peopleColumns).map(([k, v]) => [k, v && Array.from(v)])),
});

test("the page's report built from changes equals the whole report", () => {
  const roster = Roster.fromJson(JSON.stringify(dataset(3000)));
  let held = null;
  const step = (options) => {
    const change = roster.reportChange(options, held?.seq);
    if (held) assert.equal(change.base, held.seq, "a change, not the whole report, for the caller holding the last one");
    const report = applyChange(held, change);
    assert.deepEqual(plain(report), plain(roster.report(options)), JSON.stringify(options));
    held = { seq: change.seq, report };
    return change;
  };
  const columns = { people: "columns" };
  assert.ok(step(columns).report, "the first report is whole");
  const edits = [
    [{ op: "set", person: 3, field: "birth", value: "1961-01-15" }],
    [{ op: "set", person: 4, field: "sex", value: "F" }],
    [{ op: "set", person: 5, field: "planned", value: ["bt", "pct"] }],
    [{ op: "insert", person: 1, value: { id: "moi", name: "Người mới", sex: "F", birth: "1991-05-05" } }],
    [{ op: "remove", person: 0 }],
    [{ op: "set", person: 6, field: "birth", value: "not a date" }],
    [{ op: "setDataset", field: "termStart", value: "2025-10-01" }],
  ];
  for (const ops of edits) {
    roster.apply(ops);
    const change = step(columns);
    // One person's edit sends a small change, not the report (the columns go whole when a row
    // leaves or joins them: typed arrays, handed over without a copy).
    const { columns: changed, ...rest } = change;
    if (ops[0].op === "set") assert.ok(JSON.stringify(rest).length < 20000, JSON.stringify(ops));
    if (ops[0].op === "set" && ops[0].value !== "not a date") assert.ok(Array.isArray(changed.at), JSON.stringify(ops));
  }
  step({ people: "columns", lang: "en", profile: "qd50-2021" });
  step({ people: "none" });
  step(columns);
  // A caller holding an older report (or none) is given the whole report.
  const stale = roster.reportChange(columns, held.seq - 1);
  assert.ok(stale.report);
  assert.throws(() => applyChange(held, { ...roster.reportChange(columns, stale.seq), base: 999 }));
});

test("an id edited moves other people in and out; a group added keeps the report's key order", () => {
  const titles = [
    { id: "a", name: "A", seats: 1, group: "committee" },
    { id: "c", name: "C", seats: 1, group: "leader" },
  ];
  const person = (i, extra = {}) => ({ id: `p${i}`, name: `Người ${i}`, sex: i % 3 ? "M" : "F", birth: `${1965 + i}-05-01`, current: i % 4 ? [] : ["a"], planned: i % 3 ? [] : ["c"], ...extra });
  const people = [person(0, { id: "X" }), person(1, { id: "A" }), person(2, { id: "X" }), person(3, { id: "Y" }), ...Array.from({ length: 20 }, (_, i) => person(i + 4))];
  const roster = Roster.fromJson(JSON.stringify({ format: "qhcb/1", asOf: "2026-01-01", titles, people }));
  const columns = { people: "columns" };
  let held = null;
  const step = () => {
    const change = roster.reportChange(columns, held?.seq);
    const report = applyChange(held, change);
    held = { seq: change.seq, report };
    const whole = roster.report(columns);
    assert.deepEqual(plain(report), plain(whole));
    // The same order of fields: the cohort picker and the cohorts' table follow it.
    assert.deepEqual(Object.keys(report), Object.keys(whole));
    assert.deepEqual(Object.keys(report.cohorts), Object.keys(whole.cohorts));
  };
  step();
  // Row 0 takes row 3's id: row 2 is no longer a repeat (it joins), row 3 now is (it leaves).
  roster.apply([{ op: "set", person: 0, field: "id", value: "Y" }]);
  step();
  assert.deepEqual(Array.from(held.report.peopleColumns.index).slice(0, 4), [0, 1, 2, 4]);
  // A title of a group the dataset did not have: its cohorts come where the report puts them.
  roster.apply([{ op: "insertTitle", title: 1, value: { id: "b", name: "B", seats: 1, group: "standing" } }]);
  step();
  roster.apply([{ op: "set", person: 5, field: "planned", value: ["b"] }]);
  step();
});
