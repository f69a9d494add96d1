// Issue 17: analyze() of the shipped core module (wasm, in Node) on the same
// people as one unit, as one unit holding every unit's titles (the wards
// flattened into titles by hand), and as a province of many units, each unit
// with its own copy of the title set, a unit's rows together. The cases take turns in
// each round; minimum and median of the rounds.
//
//     node benches/units.mjs [people=100000] [units=1000] [rounds=7]
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { initSync, analyze } from "../www/pkg/qhcb.js";

initSync({ module: readFileSync(fileURLToPath(new URL("../www/pkg/qhcb_bg.wasm", import.meta.url))) });

const [people = 100000, unitCount = 1000, rounds = 7] = process.argv.slice(2).map(Number);

let seed = 2026;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};

const TITLES = (committee) => [
  { id: "bch", name: "Ủy viên Ban Chấp hành", group: "committee", seats: committee },
  { id: "btv", name: "Ủy viên Ban Thường vụ", group: "standing", seats: Math.max(1, Math.floor(committee / 3)) },
  { id: "bt", name: "Bí thư", group: "key", seats: 1, rank: 1 },
  { id: "pbt", name: "Phó Bí thư", group: "key", seats: 2, rank: 2 },
  { id: "ct", name: "Chủ tịch UBND", group: "key", seats: 1, rank: 2 },
  { id: "pct", name: "Phó Chủ tịch UBND", group: "key", seats: 3, rank: 3 },
  { id: "tp", name: "Trưởng phòng", group: "leader", seats: committee, rank: 5 },
  { id: "pp", name: "Phó Trưởng phòng", group: "leader", seats: committee * 2, rank: 6 },
];

function roles() {
  const r = random();
  if (r < 0.01) return [["bch", "btv"], ["pbt"]];
  if (r < 0.05) return [["bch"], ["btv"]];
  if (r < 0.15) return [["tp"], ["bch"]];
  if (r < 0.35) return [["pp"], ["tp"]];
  if (r < 0.4) return [[], ["bch", "pp"]];
  return [[], []];
}

const rows = Array.from({ length: people }, (_, i) => {
  const age = 25 + Math.floor(((random() + random() + random()) / 3) * 36);
  const [current, planned] = roles();
  return {
    id: `p${i + 1}`,
    name: `Cán bộ ${i + 1}`,
    sex: random() < 0.32 ? "F" : "M",
    birth: `${2026 - age}-${String(1 + Math.floor(random() * 12)).padStart(2, "0")}-10`,
    ethnicMinority: random() < 0.12,
    local: random() > 0.1,
    education: ["master", "university", "university", "college"][Math.floor(random() * 4)],
    politicalTheory: ["advanced", "intermediate", "elementary"][Math.floor(random() * 3)],
    current,
    planned,
  };
});
const base = { format: "qhcb/1", unit: { name: "Tỉnh", level: "province" }, asOf: "2026-01-15", termStart: "2026-03" };
const one = JSON.stringify({ ...base, titles: TITLES(Math.min(200, Math.max(15, Math.floor(Math.sqrt(people))))), people: rows });
const perUnit = Math.max(1, Math.floor(people / unitCount));
const unitTitles = TITLES(Math.min(200, Math.max(15, Math.floor(Math.sqrt(perUnit)))));
const units = Array.from({ length: unitCount }, (_, u) =>
  u === 0 ? { id: "u0", name: "Tỉnh", level: "province" } : { id: `u${u}`, name: `Xã ${u}`, level: "commune", parent: "u0" },
);
const many = JSON.stringify({
  ...base,
  units,
  titles: units.flatMap((u) => unitTitles.map((t) => ({ ...t, id: `${u.id}-${t.id}`, unit: u.id }))),
  people: rows.map((p, i) => {
    const u = `u${Math.floor((i * unitCount) / people)}`;
    return { ...p, unit: u, current: p.current.map((t) => `${u}-${t}`), planned: p.planned.map((t) => `${u}-${t}`) };
  }),
});

if (process.env.DUMP) { (await import("node:fs")).writeFileSync(process.env.DUMP, many); process.exit(0); }
// The same people and titles as one unit: the wards flattened into titles by hand (no `units`).
const flatData = JSON.parse(many);
delete flatData.units;
const flat = JSON.stringify(flatData);
const cases = [["one unit", one], ["one unit, every unit's titles", flat], [`${unitCount} units`, many]];
const times = cases.map(() => []);
let last = [];
for (let round = 0; round < rounds; round++) {
  cases.forEach(([, text], c) => {
    const start = performance.now();
    const report = analyze(text, { people: "columns" });
    times[c].push(performance.now() - start);
    last[c] = report;
  });
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log("| dataset | people | units | findings | analyze() ms min / median |");
console.log("|---|---:|---:|---:|---:|");
cases.forEach(([name], c) => {
  console.log(`| ${name} | ${people} | ${last[c].units?.length ?? 1} | ${last[c].findings.length} | ${Math.min(...times[c]).toFixed(0)} / ${median(times[c]).toFixed(0)} |`);
});
const ratio = (c, f) => f(times[2]) / f(times[c]);
for (const c of [0, 1]) {
  console.log(`units ÷ ${cases[c][0]}: ${ratio(c, (x) => Math.min(...x)).toFixed(2)} (min), ${ratio(c, median).toFixed(2)} (median)`);
}
