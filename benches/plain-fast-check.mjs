#!/usr/bin/env node
// Checks the tuned plain-JavaScript peer's two loaders against each other and
// against the idiomatic peer (benches/plain.js) on small hand-made datasets
// with the cases the synthetic data never has: whitespace, keys in another
// order or twice, escapes, ids as numbers, duplicate ids, bad rows, unknown
// titles, dates without a day. The benchmark's cross-check covers only the
// generated data; scripts/bench.sh runs this first. Exit code 1 on a difference.
import * as fast from "./plain-fast.js";
import * as plain from "./plain.js";

const TITLES = [
  { id: "bch", group: "committee", seats: 3 },
  { id: "t\"q", group: "key", seats: 1 },
  { id: "7", group: "leader", seats: 0 },
  { id: "bch", group: "other", seats: 9 }, // a repeated id: ignored
  { id: "x", group: "nowhere", seats: 1 }, // an unknown group: ignored
];
const PEOPLE = [
  { id: "a", sex: "M", birth: "1970-05-20", current: ["bch"], planned: ["t\"q", "bch", "bch"] },
  { id: "b", sex: "F", birth: "1980-02", education: "master", politicalTheory: "advanced", ethnicMinority: true, local: false },
  { id: 3, sex: "F", birth: 1990, current: [7], planned: null, retireAt60: true },
  { id: "3", sex: "M", birth: "1991-01-01" }, // the id of the row before, as text: a duplicate
  { id: "a", sex: "M", birth: "1970-01-01" }, // a duplicate
  { id: "c", sex: "X", birth: "1970-01-01" }, // a bad sex (its id is still taken)
  { id: "c", sex: "M", birth: "1970-01-01" }, // a duplicate of a rejected row
  { id: "d", sex: "M", birth: "2030-01-01" }, // born after the review
  { id: "e", sex: "M", birth: "1970-02-30" }, // not a date
  { id: "f", sex: "M", birth: "1970-01-01", planned: ["nope"] }, // an unknown title
  { id: "g", sex: "M", birth: "1970-01-01", education: "phd" }, // an unknown level
  { id: "h", sex: "M", birth: "1970-01-01", local: "yes" }, // not a boolean
  { id: "  ", sex: "M", birth: "1970-01-01" }, // a blank id
  { id: "Nguyễn \u00e9", sex: "F", birth: " 1985-12-31 ", education: null, current: ["7"], local: null },
  null,
  [1, 2],
  "text",
  { id: "i", sex: "M", birth: "1960-01-16", current: "bch" }, // titles not a list
  { id: "j", sex: "M", birth: "1960-01-15", name: { nested: ["a", { b: "}" }] }, other: [1, [2, [3]]] },
  { id: "k", sex: "M", birth: "1960-01-16", planned: ["bch", "7"], current: [] },
];

/** The dataset as JSON text, written in one of several ways. */
function text(dataset, style) {
  if (style === 0) return JSON.stringify(dataset);
  if (style === 1) return JSON.stringify(dataset, null, 2).replaceAll("\n", "\r\n");
  if (style === 2) {
    // Every string with its ASCII letters as \u escapes, keys in reverse order, the people first.
    const escape = (s) => `"${[...s].map((ch) => (/[a-zA-Z]/.test(ch) ? `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}` : JSON.stringify(ch).slice(1, -1))).join("")}"`;
    const write = (v) => {
      if (typeof v === "string") return escape(v);
      if (Array.isArray(v)) return `[ ${v.map(write).join(" , ")} ]`;
      if (v && typeof v === "object") return `{ ${Object.keys(v).reverse().map((k) => `${escape(k)} : ${write(v[k])}`).join(" ,\n ")} }`;
      return JSON.stringify(v);
    };
    const head = Object.keys(dataset).filter((k) => k !== "people").reverse();
    return `{ ${escape("people")} : ${write(dataset.people)} , ${head.map((k) => `${escape(k)} : ${write(dataset[k])}`).join(" ,\t")} }`;
  }
  // A key twice: the first "people" is a decoy, the last one wins; a byte order mark first.
  return `\ufeff{"people":[{"id":"zz","sex":"M","birth":"1970"}],"sex":1,${JSON.stringify(dataset).slice(1)}`;
}

/** JSON with every object's keys sorted. */
const canonical = (v) =>
  JSON.stringify(v, (_, x) => (x && typeof x === "object" && !Array.isArray(x) ? Object.fromEntries(Object.keys(x).sort().map((k) => [k, x[k]])) : x));

const dataset = { format: "qhcb/1", unit: { level: "central" }, asOf: "2026-01-15", titles: TITLES, people: PEOPLE };
const expected = plain.analyzeDataset(dataset);
let failed = 0;
for (let style = 0; style <= 3; style++) {
  const source = text(dataset, style);
  // The text must be what it says: the same dataset.
  const reparsed = JSON.parse(source.replace(/^\ufeff/, ""));
  if (canonical(reparsed.people) !== canonical(PEOPLE)) throw new Error(`style ${style} does not write the same people`);
  const bytes = new TextEncoder().encode(source);
  const a = fast.compute(fast.load(bytes));
  const b = fast.compute(fast.scan(bytes));
  const same = JSON.stringify(a) === JSON.stringify(b);
  const analysed = a.analysed === expected.counts.analysed && a.cohorts.all.women === expected.cohorts.all.women.count;
  const titles = expected.titles.every((t) => a.titles[t.id].planned === t.planned && a.titles[t.id].current === t.current);
  if (!same || !analysed || !titles) {
    failed += 1;
    console.log(`plain-fast check, style ${style}: load ${JSON.stringify(a)}\n  scan ${JSON.stringify(b)}\n  plain.js analysed ${expected.counts.analysed}`);
  }
}
// Not JSON: both loaders throw.
for (const bad of ['{"people": [', '{"asOf": "2026-01-15", "people": [{"id": "a" "sex": "M"}]}']) {
  const bytes = new TextEncoder().encode(bad);
  for (const [name, f] of [["load", fast.load], ["scan", fast.scan]]) {
    let threw = false;
    try {
      f(bytes);
    } catch {
      threw = true;
    }
    if (!threw) {
      failed += 1;
      console.log(`plain-fast check: ${name} read ${JSON.stringify(bad)} without an error`);
    }
  }
}
console.error(failed === 0 ? `plain-fast check: load and scan agree with plain.js (${expected.counts.analysed} of ${PEOPLE.length} rows analysed)` : "");
process.exit(failed === 0 ? 0 : 1);
