// A tuned plain-JavaScript peer for the comparison benchmark (issue 18): the
// same figures the cross-check compares (benches/compare-page.js
// summarize()), written for speed. The dataset's bytes are read once into
// columns (typed arrays: birth as yyyymmdd, sex, flags and enumerations as
// bytes, title sets as index lists), then the figures are computed from the
// columns with typed counters: no RegExp, no Date and no object per row.
//
// Rows are checked the way src/input.rs checks them (as benches/plain.js
// does: id, sex, birth, enumerations, booleans, known title ids), so that the
// same rows are analysed. Two steps, timed apart by the benchmark:
//
//   const columns = load(bytes);              // bytes → columns
//   const figures = compute(columns);         // columns → figures
//   compute(columns, { asOf: "2027-06-30" });  // again from the columns

export const GROUPS = ["committee", "standing", "key", "leader", "other"];
export const EDUCATION = ["doctorate", "master", "university", "college", "vocational", "none", "unknown"];
export const THEORY = ["advanced", "intermediate", "elementary", "none", "unknown"];
const EDUCATION_UNKNOWN = EDUCATION.length - 1;
const THEORY_UNKNOWN = THEORY.length - 1;
// Ages are counted exactly up to this many years; older ones share the last slot.
const AGE_SLOTS = 151;
const BANDS = [
  [0, 40],
  [41, 50],
  [51, AGE_SLOTS - 1],
];
const EDUCATION_INDEX = new Map(EDUCATION.slice(0, -1).map((id, i) => [id, i]));
const THEORY_INDEX = new Map(THEORY.slice(0, -1).map((id, i) => [id, i]));
const GROUP_INDEX = new Map(GROUPS.map((g, i) => [g, i]));
const FEMALE = 1;
const ETHNIC = 1;
const NON_LOCAL = 2;

/**
 * "YYYY", "YYYY-MM" or "YYYY-MM-DD" (or a whole year as a number) →
 * yyyymmdd (month and day 1 when absent), or 0 when it is not a date.
 * Character codes only.
 */
export function dateCode(value) {
  if (typeof value === "number") {
    return Number.isInteger(value) && value >= 1000 && value <= 9999 ? value * 10000 + 101 : 0;
  }
  if (typeof value !== "string") return 0;
  let start = 0;
  let end = value.length;
  // As the reference's trim(): surrounding spaces are allowed.
  while (start < end && value.charCodeAt(start) <= 32) start++;
  while (end > start && value.charCodeAt(end - 1) <= 32) end--;
  const length = end - start;
  if (length !== 4 && length !== 7 && length !== 10) return 0;
  const digit = (k) => {
    const c = value.charCodeAt(start + k) - 48;
    return c >= 0 && c <= 9 ? c : -1000000;
  };
  const year = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
  if (year < 0) return 0;
  let month = 1;
  let day = 1;
  if (length >= 7) {
    if (value.charCodeAt(start + 4) !== 45) return 0;
    month = digit(5) * 10 + digit(6);
    if (month < 1 || month > 12) return 0;
  }
  if (length === 10) {
    if (value.charCodeAt(start + 7) !== 45) return 0;
    day = digit(8) * 10 + digit(9);
    if (day < 1 || day > daysIn(year, month)) return 0;
  }
  return year * 10000 + month * 100 + day;
}

function daysIn(year, month) {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function readId(value) {
  if (typeof value === "string") {
    for (let k = 0; k < value.length; k++) if (value.charCodeAt(k) > 32) return value;
    return null;
  }
  if (typeof value === "number" && Number.isInteger(value)) return String(value);
  return null;
}

/** Titles as src/input.rs keeps them: a unique id, a known group, whole seats ≥ 0. */
function readTitles(rows) {
  const seen = new Set();
  const ids = [];
  const group = [];
  const seats = [];
  for (const t of Array.isArray(rows) ? rows : []) {
    const id = readId(t?.id);
    if (id === null || seen.has(id)) continue;
    seen.add(id);
    const g = GROUP_INDEX.get(t.group);
    if (g === undefined || !Number.isInteger(t.seats) || t.seats < 0) continue;
    ids.push(id);
    group.push(g);
    seats.push(t.seats);
  }
  return { ids, group: Uint8Array.from(group), seats: Float64Array.from(seats) };
}

/**
 * The dataset's bytes (UTF-8 JSON) → columns of the rows that are analysed.
 * The text is parsed once with JSON.parse (the fastest JSON reader a page
 * has); each row is then read straight into typed arrays. `afterParse`,
 * if given, is called once the text is parsed.
 */
export function load(bytes, afterParse) {
  const dataset = JSON.parse(new TextDecoder().decode(bytes));
  // The benchmark reads the JS heap here, while the parsed objects are alive.
  afterParse?.();
  return fromDataset(dataset);
}

/** A parsed dataset → columns. */
export function fromDataset(dataset) {
  const asOf = dateCode(dataset.asOf);
  if (asOf === 0 || typeof dataset.asOf !== "string" || dataset.asOf.length !== 10) throw new Error("asOf is not a date");
  const titles = readTitles(dataset.titles);
  const titleIndex = new Map(titles.ids.map((id, i) => [id, i]));
  const rows = Array.isArray(dataset.people) ? dataset.people : [];
  const n = rows.length;
  const birth = new Int32Array(n);
  const sex = new Uint8Array(n);
  const flags = new Uint8Array(n);
  const education = new Uint8Array(n);
  const theory = new Uint8Array(n);
  // Title sets: person k's current titles are currentList[currentStart[k] .. currentStart[k + 1]].
  const currentStart = new Int32Array(n + 1);
  const plannedStart = new Int32Array(n + 1);
  let currentList = new Uint16Array(Math.max(16, n >> 1));
  let plannedList = new Uint16Array(Math.max(16, n >> 1));
  let currentEnd = 0;
  let plannedEnd = 0;
  const seen = new Set();
  let kept = 0;
  // Title indexes of one row, before they are kept (a row may be rejected late).
  const scratch = new Int32Array(256);

  /** Appends a row's distinct known title indexes to `list` from `end`; -1 when one is unknown. */
  const titleList = (value, list, end) => {
    if (value === undefined || value === null) return 0;
    if (!Array.isArray(value) || value.length > scratch.length) return -1;
    let count = 0;
    for (let j = 0; j < value.length; j++) {
      const key = value[j];
      const t = titleIndex.get(typeof key === "number" ? String(key) : key);
      if (t === undefined) return -1;
      let dup = false;
      for (let q = 0; q < count; q++) if (scratch[q] === t) dup = true;
      if (!dup) scratch[count++] = t;
    }
    if (end + count > list.length) return -2 - count; // grow and retry
    for (let q = 0; q < count; q++) list[end + q] = scratch[q];
    return count;
  };
  const grow = (list) => {
    const bigger = new Uint16Array(list.length * 2);
    bigger.set(list);
    return bigger;
  };

  for (let r = 0; r < n; r++) {
    const row = rows[r];
    if (row === null || typeof row !== "object" || Array.isArray(row)) continue;
    const id = readId(row.id);
    let ok = id !== null && !seen.has(id);
    if (ok) seen.add(id);
    const s = row.sex;
    const female = s === "F";
    ok = ok && (female || s === "M");
    const b = dateCode(row.birth);
    ok = ok && b !== 0 && b <= asOf;
    let e = EDUCATION_UNKNOWN;
    const ev = row.education;
    if (ev !== undefined && ev !== null) {
      const v = EDUCATION_INDEX.get(ev);
      if (v === undefined) ok = false;
      else e = v;
    }
    let th = THEORY_UNKNOWN;
    const tv = row.politicalTheory;
    if (tv !== undefined && tv !== null) {
      const v = THEORY_INDEX.get(tv);
      if (v === undefined) ok = false;
      else th = v;
    }
    const em = row.ethnicMinority;
    const local = row.local;
    const r60 = row.retireAt60;
    ok = ok && (em === undefined || em === null || em === true || em === false);
    ok = ok && (local === undefined || local === null || local === true || local === false);
    ok = ok && (r60 === undefined || r60 === null || r60 === true || r60 === false);
    if (!ok) {
      // The reference still checks the titles (and rejects on them), but the row is gone either way.
      continue;
    }
    let c = titleList(row.current, currentList, currentEnd);
    if (c < -1) {
      currentList = grow(currentList);
      c = titleList(row.current, currentList, currentEnd);
    }
    if (c < 0) continue;
    let p = titleList(row.planned, plannedList, plannedEnd);
    if (p < -1) {
      plannedList = grow(plannedList);
      p = titleList(row.planned, plannedList, plannedEnd);
    }
    if (p < 0) continue;
    birth[kept] = b;
    sex[kept] = female ? FEMALE : 0;
    flags[kept] = (em === true ? ETHNIC : 0) | (local === false ? NON_LOCAL : 0);
    education[kept] = e;
    theory[kept] = th;
    currentEnd += c;
    plannedEnd += p;
    kept++;
    currentStart[kept] = currentEnd;
    plannedStart[kept] = plannedEnd;
  }
  return {
    length: kept,
    rows: n,
    asOf,
    level: dataset.unit?.level ?? null,
    titles,
    birth,
    sex,
    flags,
    education,
    theory,
    currentStart,
    currentList,
    plannedStart,
    plannedList,
  };
}

/** Young means younger than this (the contract: 45 at central level, else 40). */
const youngUnder = (level) => (level === "central" ? 45 : 40);

// Per-cohort counters, in one Float64Array per cohort slot.
const COUNT = 0;
const MONTHS = 1;
const WOMEN = 2;
const ETHNIC_COUNT = 3;
const NON_LOCAL_COUNT = 4;
const EDU_AT = 5;
const THEORY_AT = EDU_AT + EDUCATION.length;
const AGE_AT = THEORY_AT + THEORY.length;
const WIDTH = AGE_AT + AGE_SLOTS;

/**
 * Columns → the figures (the shape of compare-page.js summarize()).
 * `options.asOf` ("YYYY-MM-DD") overrides the dataset's review date.
 */
export function compute(columns, options = {}) {
  const { length: n, birth, sex, flags, education, theory, currentStart, currentList, plannedStart, plannedList, titles } = columns;
  const asOf = options.asOf ? dateCode(options.asOf) : columns.asOf;
  const asOfMonths = Math.floor(asOf / 10000) * 12 + (Math.floor(asOf / 100) % 100);
  const asOfDay = asOf % 100;
  const titleCount = titles.ids.length;
  const titleGroup = titles.group;

  // Cohort slots: all, current, planned, then current:g and planned:g for each group g.
  const slots = 3 + 2 * GROUPS.length;
  const counters = new Float64Array(slots * WIDTH);
  const current = new Int32Array(titleCount);
  const planned = new Int32Array(titleCount);
  const plannedPeople = new Int32Array(GROUPS.length);
  let s1 = 0;
  let s2 = 0;

  for (let k = 0; k < n; k++) {
    const b = birth[k];
    const by = (b / 10000) | 0;
    const bm = ((b / 100) | 0) % 100;
    const months = asOfMonths - (by * 12 + bm) - (asOfDay < b % 100 ? 1 : 0);
    s1 += months;
    s2 += (k + 1) * months;
    // The cohorts this person is in, as a bit mask over the slots.
    let mask = 1;
    const c0 = currentStart[k];
    const c1 = currentStart[k + 1];
    const p0 = plannedStart[k];
    const p1 = plannedStart[k + 1];
    if (c1 > c0) mask |= 2;
    if (p1 > p0) mask |= 4;
    for (let j = c0; j < c1; j++) {
      const t = currentList[j];
      current[t]++;
      mask |= 8 << (2 * titleGroup[t]);
    }
    let plannedGroups = 0;
    for (let j = p0; j < p1; j++) {
      const t = plannedList[j];
      planned[t]++;
      plannedGroups |= 1 << titleGroup[t];
    }
    for (let g = 0; g < GROUPS.length; g++) {
      if (plannedGroups & (1 << g)) {
        mask |= 16 << (2 * g);
        plannedPeople[g]++;
      }
    }
    const years = months < 0 ? 0 : Math.min((months / 12) | 0, AGE_SLOTS - 1);
    const f = sex[k];
    const fl = flags[k];
    const e = EDU_AT + education[k];
    const th = THEORY_AT + theory[k];
    const a = AGE_AT + years;
    for (let slot = 0; mask !== 0; slot++, mask >>>= 1) {
      if ((mask & 1) === 0) continue;
      const o = slot * WIDTH;
      counters[o + COUNT]++;
      counters[o + MONTHS] += months;
      counters[o + WOMEN] += f;
      counters[o + ETHNIC_COUNT] += fl & ETHNIC;
      counters[o + NON_LOCAL_COUNT] += fl >> 1;
      counters[o + e]++;
      counters[o + th]++;
      counters[o + a]++;
    }
  }

  // The cohorts the report has: all, current, planned, and per group with a title.
  const under = youngUnder(columns.level);
  const between = (o, from, to) => {
    let sum = 0;
    for (let y = from; y <= to; y++) sum += counters[o + AGE_AT + y];
    return sum;
  };
  const cohort = (slot) => {
    const o = slot * WIDTH;
    const count = counters[o + COUNT];
    const levels = (names, at) => {
      const out = {};
      for (let i = 0; i < names.length; i++) out[names[i]] = counters[o + at + i];
      return out;
    };
    return {
      count,
      meanAge: count > 0 ? counters[o + MONTHS] / 12 / count : null,
      women: counters[o + WOMEN],
      ethnicMinority: counters[o + ETHNIC_COUNT],
      nonLocal: counters[o + NON_LOCAL_COUNT],
      young: under > 0 ? between(o, 0, under - 1) : 0,
      youngUnder: under,
      bands: BANDS.map(([from, to]) => between(o, from, to)),
      education: levels(EDUCATION, EDU_AT),
      politicalTheory: levels(THEORY, THEORY_AT),
    };
  };
  const present = GROUPS.map((_, g) => titleGroup.includes(g));
  const cohorts = { all: cohort(0), current: cohort(1), planned: cohort(2) };
  GROUPS.forEach((name, g) => {
    if (!present[g]) return;
    cohorts[`current:${name}`] = cohort(3 + 2 * g);
    cohorts[`planned:${name}`] = cohort(4 + 2 * g);
  });

  const perSeat = (count, seats) => (seats > 0 ? count / seats : null);
  const titleFigures = {};
  for (let t = 0; t < titleCount; t++) {
    titleFigures[titles.ids[t]] = { current: current[t], planned: planned[t], plannedPerSeat: perSeat(planned[t], titles.seats[t]) };
  }
  const groups = {};
  GROUPS.forEach((name, g) => {
    if (!present[g]) return;
    let count = 0;
    let seats = 0;
    let pairs = 0;
    for (let t = 0; t < titleCount; t++) {
      if (titleGroup[t] !== g) continue;
      count++;
      seats += titles.seats[t];
      pairs += planned[t];
    }
    groups[name] = { titles: count, seats, planned: pairs, multiple: perSeat(pairs, seats), plannedPeople: plannedPeople[g] };
  });
  return { analysed: n, ages: { s1, s2 }, cohorts, titles: titleFigures, groups };
}
