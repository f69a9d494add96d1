// Issue 17 through the built module, as outside checks call it: analyze() on
// a dataset of a city and two wards gives `units`, `levels` and per-unit
// findings in the contract's shapes; without `units`, neither field.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { initSync, analyze } from "../../www/pkg/qhcb.js";

const root = new URL("../../", import.meta.url);
initSync({ module: readFileSync(fileURLToPath(new URL("www/pkg/qhcb_bg.wasm", root))) });

function dataset() {
  const units = [
    { id: "tp", name: "Thành phố", level: "district" },
    { id: "p1", name: "Phường 1", level: "commune", parent: "tp" },
    { id: "p2", name: "Phường 2", level: "commune", parent: "tp" },
  ];
  const titles = [];
  const people = [];
  const shape = { tp: [12, 4], p1: [9, 4], p2: [9, 3] };
  for (const [unit, [committee, standing]] of Object.entries(shape)) {
    titles.push({ id: `${unit}-bch`, group: "committee", seats: committee, unit });
    titles.push({ id: `${unit}-btv`, group: "standing", seats: standing, unit });
    titles.push({ id: `${unit}-bt`, name: "Bí thư", group: "key", seats: 1, unit });
    for (let i = 0; i < committee; i++) {
      people.push({ id: `${unit}-${i}`, sex: i % 2 ? "M" : "F", birth: "1980", unit, planned: i < standing ? [`${unit}-bch`, `${unit}-btv`] : [`${unit}-bch`] });
    }
  }
  // A person of ward 1 planned for the secretary of ward 2 (rotation between wards).
  people[12].planned.push("p2-bt");
  return { format: "qhcb/1", asOf: "2025-12-01", profile: "qd377-2025", units, titles, people };
}

test("analyze gives each unit and each level in the contract's shapes", () => {
  const report = analyze(dataset());
  assert.deepEqual(report.units.map((u) => [u.id, u.name, u.level, u.parent, u.people]), [
    ["tp", "Thành phố", "district", null, 12],
    ["p1", "Phường 1", "commune", "tp", 9],
    ["p2", "Phường 2", "commune", "tp", 9],
  ]);
  const p2 = report.units[2];
  assert.deepEqual(Object.keys(p2.cohorts), ["all", "current", "planned", "current:committee", "planned:committee", "current:standing", "planned:standing", "current:key", "planned:key"]);
  assert.equal(p2.cohorts.planned.count, 10, "its 9 and the rotated person of ward 1");
  assert.deepEqual(report.levels.map((l) => [l.level, l.units]), [["district", 1], ["commune", 2]]);
  const communes = report.levels[1];
  const committee = communes.groups.find((g) => g.group === "committee");
  assert.deepEqual([committee.titles, committee.seats, committee.planned, committee.multiple], [2, 18, 18, 1]);
  const key = communes.groups.find((g) => g.group === "key");
  assert.deepEqual([key.titles, key.planned, key.perTitle], [2, 1, 0.5]);
  assert.equal(communes.cohorts.all.count, 18);
  // Ward 1's 4 standing seats on 9 are above a third; ward 2's 3 and the city's 4 on 12 are not.
  const standing = report.findings.filter((f) => f.code === "standing-size");
  assert.deepEqual(standing.map((f) => [f.subject.kind, f.subject.id, f.unit, f.value]), [["unit", "p1", "p1", 4]]);
  // Findings about titles carry their unit.
  const unplanned = report.findings.filter((f) => f.code === "title-unplanned");
  assert.deepEqual(unplanned.map((f) => [f.subject.id, f.unit]).sort(), [["p1-bt", "p1"], ["tp-bt", "tp"]]);
});

test("a dataset without units has neither units nor levels", () => {
  const plain = dataset();
  delete plain.units;
  for (const t of plain.titles) delete t.unit;
  for (const p of plain.people) delete p.unit;
  const report = analyze(plain);
  assert.equal(report.units, undefined);
  assert.equal(report.levels, undefined);
  assert.ok(report.findings.every((f) => !("unit" in f)));
  // Read as one unit, the sum is checked: 11 standing seats on 30, one finding about the whole.
  const standing = report.findings.filter((f) => f.code === "standing-size");
  assert.deepEqual(standing.map((f) => [f.subject.kind, f.value]), [["unit", 11]]);
});
