// The built module used from Node: initSync, then the contract API on the
// page's example and on a bad dataset.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { initSync, analyze, profiles, retirement, version } from "../../www/pkg/qhcb.js";

const root = new URL("../../", import.meta.url);
initSync({ module: readFileSync(fileURLToPath(new URL("www/pkg/qhcb_bg.wasm", root))) });
const example = JSON.parse(readFileSync(fileURLToPath(new URL("www/examples/phu-luong.json", root)), "utf8"));

test("analyze returns every field of the report for the example", () => {
  const report = analyze(example);
  assert.equal(report.asOf, "2018-04-30");
  assert.equal(report.profile, "qd50-2021");
  assert.equal(report.people.length, example.people.length);
  assert.deepEqual(Object.keys(report.people[0]), [
    "id", "age", "retirementDate", "monthsLeft", "monthsLeftAtTermStart", "plannedCount", "retirementDecided",
  ]);
  const standing = report.cohorts["current:standing"];
  assert.equal(standing.count, 11);
  assert.deepEqual(standing.education.master, { count: 4, share: 4 / 11 });
  assert.deepEqual(standing.politicalTheory.advanced, { count: 11, share: 1 });
  const committee = report.groups.find((g) => g.group === "committee");
  assert.equal(committee.multiple, 46 / 33);
  assert.deepEqual(report.excluded, []);
  assert.ok(report.findings.every((f) => f.source && f.message && f.subject && f.severity));
});

test("the dataset may be given as JSON text", () => {
  assert.deepEqual(analyze(JSON.stringify(example)), analyze(example));
});

test("a bad row is excluded and reported; the rest is analysed", () => {
  const data = structuredClone(example);
  data.people[3].birth = "1975-02-30";
  const report = analyze(data, { lang: "en" });
  assert.equal(report.people.length, example.people.length - 1);
  assert.equal(report.excluded[0].index, 3);
  const finding = report.findings.find((f) => f.code === "invalid-row");
  assert.equal(finding.row, 3);
  assert.equal(finding.field, "birth");
  assert.match(finding.message, /Person row 4 \(id "cb04"\): field "birth": "1975-02-30" is not a valid date/);
});

test("a non-dataset throws an Error", () => {
  assert.throws(() => analyze([1, 2]), { name: "Error", message: /qhcb\/1/ });
  assert.throws(() => analyze({ format: "other", people: [] }, { lang: "en" }), {
    message: 'format "other" is not supported; expected "qhcb/1"',
  });
});

test("profiles, retirement and version", () => {
  assert.deepEqual(profiles().map((p) => p.id), ["qd377-2025", "qd50-2021", "ct45-2025", "ct35-2019"]);
  assert.deepEqual(retirement("M", "1966-04"), { age: { years: 62, months: 0 }, month: "2028-04", date: "2028-04-30" });
  assert.match(version(), /^\d+\.\d+\.\d+$/);
});

test("issue 19 through analyze(): retirement-passed, congress-not-checked, retirementDate, the term's timeline, perTitle", () => {
  const data = {
    format: "qhcb/1",
    unit: { name: "Xã A", level: "commune" },
    asOf: "2026-01-15",
    termStart: "2025-10",
    profile: "qd377-2025",
    titles: [
      { id: "bt", name: "Bí thư", group: "key", seats: 1, rank: 1 },
      { id: "pbt", name: "Phó Bí thư", group: "key", seats: 2, rank: 2 },
      { id: "gd", name: "Giám đốc", group: "leader", seats: 1, rank: 5 },
    ],
    people: [
      { id: "old", sex: "M", birth: "1963-01", current: ["gd"] },
      { id: "later", sex: "F", birth: "1969-05", current: ["pbt"], retirementDate: "2029-05", planned: ["bt"] },
      { id: "m2030", sex: "M", birth: "1968-03", current: ["pbt"], planned: ["bt"] },
      { id: "x", sex: "M", birth: "1985", planned: ["pbt"] },
    ],
  };
  const report = analyze(data);
  const passed = report.findings.filter((f) => f.code === "retirement-passed");
  assert.deepEqual(passed.map((f) => [f.severity, f.subject.kind, f.subject.id]), [["warning", "person", "old"]]);
  assert.match(passed[0].message, /đã quá tuổi nghỉ hưu/);
  const later = report.people.find((p) => p.id === "later");
  assert.equal(later.retirementDate, "2029-05-31");
  assert.equal(later.retirementDecided, true);
  assert.equal(later.monthsLeft, 40);
  assert.equal(later.monthsLeftAtTermStart, 43);
  assert.deepEqual(report.retirements.years, [2025, 2026, 2027, 2028, 2029, 2030]);
  assert.equal(report.retirements.rows[0].counts.at(-1), 1);
  const key = report.groups.find((g) => g.group === "key");
  assert.equal(key.perTitle, 3 / 2);
  assert.equal(key.multiple, 3 / 3);
  assert.ok(!report.findings.some((f) => f.code === "congress-not-checked"));
  const congress = analyze(data, { profile: "ct45-2025" });
  const notice = congress.findings.filter((f) => f.code === "congress-not-checked");
  assert.deepEqual(notice.map((f) => [f.severity, f.subject.kind]), [["info", "unit"]]);
  const bad = analyze({ ...data, people: [{ id: "b", sex: "M", birth: "1970", retirementDate: "2030" }] });
  const invalid = bad.findings.find((f) => f.code === "invalid-row");
  assert.equal(invalid.field, "retirementDate");
});
