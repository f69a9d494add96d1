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

// ---- a second loader: the bytes scanned straight into columns ----------------------
//
// scan(bytes) gives the same columns as load(bytes) without JSON.parse: no
// object, array or string per row. One pass over the bytes reads each
// person's fields into typed arrays (title ids and person ids as byte spans);
// a second pass over those arrays, once the titles and the review date (which
// may come after "people" in the text) are known, checks the rows as load()
// does. Any valid JSON is read (whitespace, key order, repeated keys: the
// last one wins, as JSON.parse; escapes are decoded with JSON.parse, one
// string at a time); text that is not JSON throws. Strings are compared as
// UTF-8 bytes (the input is taken to be valid UTF-8).

const utf8 = new TextEncoder();
const decoder = new TextDecoder();
const FIELD = { id: 1, sex: 2, birth: 3, education: 4, politicalTheory: 5, ethnicMinority: 6, local: 7, retireAt60: 8, current: 9, planned: 10 };
// The field keys by length and first byte: one candidate, then compared whole.
const FIELD_BY = new Map(Object.entries(FIELD).map(([k, code]) => [k.length * 256 + k.charCodeAt(0), [utf8.encode(k), code]]));

/** The FIELD code of the key b[s..e), 0 for another key. */
function fieldOf(b, s, e) {
  const candidate = FIELD_BY.get((e - s) * 256 + b[s]);
  return candidate !== undefined && sameBytes(b, s, e, candidate[0]) ? candidate[1] : 0;
}
const EDUCATION_BYTES = EDUCATION.slice(0, -1).map((id) => utf8.encode(id));
const THEORY_BYTES = THEORY.slice(0, -1).map((id) => utf8.encode(id));
// Raw codes of a row, before the checks that need the titles and the review date.
const BAD = 255;
const ABSENT = 254;

let escaped = false; // set by skipString when the string holds a backslash

const isSpace = (c) => c === 32 || c === 10 || c === 13 || c === 9;

function ws(b, p) {
  while (p < b.length && isSpace(b[p])) p++;
  return p;
}

/** `p` at an opening quote → the index after the closing one; `escaped` says whether it held a backslash. */
function skipString(b, p) {
  escaped = false;
  p++;
  for (;;) {
    const c = b[p];
    if (c === 34) return p + 1;
    if (c === 92) {
      escaped = true;
      p += 2;
      continue;
    }
    if (c === undefined) throw new SyntaxError("unterminated string");
    p++;
  }
}

/** Any JSON value at `p` → the index after it. */
function skipValue(b, p) {
  const c = b[p];
  if (c === 34) return skipString(b, p);
  if (c === 123 || c === 91) {
    let depth = 0;
    for (;;) {
      const d = b[p];
      if (d === 34) {
        p = skipString(b, p);
        continue;
      }
      if (d === 123 || d === 91) depth++;
      else if (d === 125 || d === 93) {
        depth--;
        if (depth === 0) return p + 1;
      } else if (d === undefined) throw new SyntaxError("unterminated value");
      p++;
    }
  }
  // A number or a literal.
  const start = p;
  while (p < b.length) {
    const d = b[p];
    if (d === 44 || d === 125 || d === 93 || isSpace(d)) break;
    p++;
  }
  if (p === start) throw new SyntaxError(`unexpected byte ${c} at ${p}`);
  return p;
}

/** The value of the JSON text b[s..e) (a string with escapes, a number, a small object). */
const parseSlice = (b, s, e) => JSON.parse(decoder.decode(b.subarray(s, e)));

function sameBytes(b, s, e, key) {
  if (e - s !== key.length) return false;
  for (let k = 0; k < key.length; k++) if (b[s + k] !== key[k]) return false;
  return true;
}

function lookup(b, s, e, keys) {
  for (let k = 0; k < keys.length; k++) if (sameBytes(b, s, e, keys[k])) return k;
  return -1;
}

/** A growable Int32Array. */
class Ints {
  constructor(capacity) {
    this.a = new Int32Array(Math.max(16, capacity));
    this.n = 0;
  }
  push(x) {
    if (this.n === this.a.length) {
      const bigger = new Int32Array(this.a.length * 2);
      bigger.set(this.a);
      this.a = bigger;
    }
    this.a[this.n++] = x;
  }
}

/** Byte strings that are not in the input as they are (escaped, or numbers made text): a side buffer. */
class Side {
  constructor() {
    this.bytes = new Uint8Array(1024);
    this.n = 0;
  }
  /** Adds a string; its span's start is -(offset + 1). */
  add(text) {
    const encoded = utf8.encode(text);
    if (this.n + encoded.length > this.bytes.length) {
      const bigger = new Uint8Array(Math.max(this.bytes.length * 2, this.n + encoded.length));
      bigger.set(this.bytes);
      this.bytes = bigger;
    }
    this.bytes.set(encoded, this.n);
    this.n += encoded.length;
    return -(this.n - encoded.length + 1);
  }
}

/** Distinct person ids as byte spans: open addressing on an FNV-1a hash, compared byte for byte. */
class IdSet {
  constructor(b, side, capacity) {
    this.b = b;
    this.side = side;
    this.size = 1 << Math.ceil(Math.log2(Math.max(64, capacity * 2)));
    this.slots = new Int32Array(this.size); // id number + 1; 0 is empty
    this.start = new Ints(capacity);
    this.length = new Ints(capacity);
  }
  hash(start, length) {
    const bytes = start >= 0 ? this.b : this.side.bytes;
    const at = start >= 0 ? start : -start - 1;
    let h = 0x811c9dc5;
    for (let k = 0; k < length; k++) h = Math.imul(h ^ bytes[at + k], 0x01000193);
    return h >>> 0;
  }
  equal(id, start, length) {
    if (this.length.a[id] !== length) return false;
    const held = this.start.a[id];
    const x = held >= 0 ? this.b : this.side.bytes;
    const xa = held >= 0 ? held : -held - 1;
    const y = start >= 0 ? this.b : this.side.bytes;
    const ya = start >= 0 ? start : -start - 1;
    for (let k = 0; k < length; k++) if (x[xa + k] !== y[ya + k]) return false;
    return true;
  }
  /** Adds the id; false when it was there already. */
  add(start, length) {
    if ((this.start.n + 1) * 2 > this.size) this.grow();
    const mask = this.size - 1;
    for (let slot = this.hash(start, length) & mask; ; slot = (slot + 1) & mask) {
      const held = this.slots[slot];
      if (held === 0) {
        this.slots[slot] = this.start.n + 1;
        this.start.push(start);
        this.length.push(length);
        return true;
      }
      if (this.equal(held - 1, start, length)) return false;
    }
  }
  grow() {
    this.size *= 2;
    this.slots = new Int32Array(this.size);
    const mask = this.size - 1;
    for (let id = 0; id < this.start.n; id++) {
      let slot = this.hash(this.start.a[id], this.length.a[id]) & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = id + 1;
    }
  }
}

const notDigit = (x) => x < 0 || x > 9;

/** yyyymmdd from the date text b[s..e) (as dateCode), 0 when it is not a date. */
function dateCodeBytes(b, s, e) {
  while (s < e && b[s] <= 32) s++;
  while (e > s && b[e - 1] <= 32) e--;
  const length = e - s;
  if (length !== 4 && length !== 7 && length !== 10) return 0;
  // Each digit's value (a byte that is not a digit sets `bad`).
  const d0 = b[s] - 48;
  const d1 = b[s + 1] - 48;
  const d2 = b[s + 2] - 48;
  const d3 = b[s + 3] - 48;
  let bad = notDigit(d0) || notDigit(d1) || notDigit(d2) || notDigit(d3);
  const year = d0 * 1000 + d1 * 100 + d2 * 10 + d3;
  let month = 1;
  let day = 1;
  if (length >= 7) {
    if (b[s + 4] !== 45) return 0;
    const m0 = b[s + 5] - 48;
    const m1 = b[s + 6] - 48;
    if (notDigit(m0) || notDigit(m1)) bad = true;
    month = m0 * 10 + m1;
    if (bad || month < 1 || month > 12) return 0;
  }
  if (length === 10) {
    if (b[s + 7] !== 45) return 0;
    const e0 = b[s + 8] - 48;
    const e1 = b[s + 9] - 48;
    if (notDigit(e0) || notDigit(e1)) bad = true;
    day = e0 * 10 + e1;
    if (bad || day < 1 || day > daysIn(year, month)) return 0;
  }
  return bad ? 0 : year * 10000 + month * 100 + day;
}

/** The bytes of a UTF-8 JSON dataset → columns, as load(bytes) gives them. */
export function scan(bytes) {
  const b = bytes;
  const side = new Side();
  // Rows are counted as they come: the capacity is a guess from the size.
  let capacity = Math.max(16, (b.length / 150) | 0);
  let birth = new Int32Array(capacity);
  let sex = new Uint8Array(capacity);
  let flags = new Uint8Array(capacity);
  let education = new Uint8Array(capacity);
  let theory = new Uint8Array(capacity);
  let ok = new Uint8Array(capacity);
  // Per row, the spans of its current and planned title ids: [from, to) in spanStart/spanLength.
  let curFrom = new Int32Array(capacity);
  let curTo = new Int32Array(capacity);
  let plFrom = new Int32Array(capacity);
  let plTo = new Int32Array(capacity);
  const spanStart = new Ints(capacity);
  const spanLength = new Ints(capacity);
  const ids = new IdSet(b, side, capacity);
  let n = 0;
  const grow = () => {
    capacity *= 2;
    const more = (old, Type) => {
      const a = new Type(capacity);
      a.set(old);
      return a;
    };
    birth = more(birth, Int32Array);
    sex = more(sex, Uint8Array);
    flags = more(flags, Uint8Array);
    education = more(education, Uint8Array);
    theory = more(theory, Uint8Array);
    ok = more(ok, Uint8Array);
    curFrom = more(curFrom, Int32Array);
    curTo = more(curTo, Int32Array);
    plFrom = more(plFrom, Int32Array);
    plTo = more(plTo, Int32Array);
  };

  /** A title list at `p` → the index after it; its spans are pushed; false in `titlesOk` when it is not a list of ids. */
  let titlesOk = true;
  const titleList = (p) => {
    const c = b[p];
    if (c === 110) return p + 4; // null: no titles
    if (c !== 91) {
      titlesOk = false;
      return skipValue(b, p);
    }
    p = ws(b, p + 1);
    if (b[p] === 93) return p + 1;
    for (;;) {
      const d = b[p];
      if (d === 34) {
        const s = p + 1;
        p = skipString(b, p);
        if (escaped) {
          const text = parseSlice(b, s - 1, p);
          spanStart.push(side.add(text));
          spanLength.push(utf8.encode(text).length);
        } else {
          spanStart.push(s);
          spanLength.push(p - 1 - s);
        }
      } else if (d === 45 || (d >= 48 && d <= 57)) {
        const s = p;
        p = skipValue(b, p);
        const text = String(parseSlice(b, s, p));
        spanStart.push(side.add(text));
        spanLength.push(utf8.encode(text).length);
      } else {
        titlesOk = false;
        p = skipValue(b, p);
      }
      p = ws(b, p);
      if (b[p] === 44) p = ws(b, p + 1);
      else if (b[p] === 93) return p + 1;
      else throw new SyntaxError(`expected , or ] at ${p}`);
    }
  };
  /** A boolean field's code: 0 absent or null, 1 true, 2 false, BAD otherwise. */
  let boolCode = 0;
  const bool = (p) => {
    const c = b[p];
    boolCode = c === 116 ? 1 : c === 102 ? 2 : c === 110 ? 0 : BAD;
    return skipValue(b, p);
  };
  /** An enumeration's index: ABSENT for null, BAD for anything not one of `keys`. */
  let enumCode = 0;
  const enumeration = (p, keys, all) => {
    const c = b[p];
    if (c === 110) {
      enumCode = ABSENT;
      return p + 4;
    }
    if (c !== 34) {
      enumCode = BAD;
      return skipValue(b, p);
    }
    const s = p + 1;
    p = skipString(b, p);
    if (escaped) {
      const k = all.indexOf(parseSlice(b, s - 1, p));
      enumCode = k < 0 || k === all.length - 1 ? BAD : k;
    } else {
      const k = lookup(b, s, p - 1, keys);
      enumCode = k < 0 ? BAD : k;
    }
    return p;
  };

  /** One person object at `p` → the index after it; its fields in row `n`. */
  const person = (p) => {
    if (n === capacity) grow();
    const row = n++;
    if (b[p] !== 123) {
      ok[row] = 0;
      curFrom[row] = curTo[row] = plFrom[row] = plTo[row] = spanStart.n;
      return skipValue(b, p);
    }
    let idStart = 0;
    let idLength = -1; // no id
    let sx = BAD;
    let bd = 0;
    let edu = ABSENT;
    let th = ABSENT;
    let em = 0;
    let local = 0;
    let r60 = 0;
    let cur0 = spanStart.n;
    let cur1 = cur0;
    let pl0 = cur0;
    let pl1 = cur0;
    let good = true;
    p = ws(b, p + 1);
    if (b[p] === 125) p++;
    else
      for (;;) {
        if (b[p] !== 34) throw new SyntaxError(`expected a key at ${p}`);
        const ks = p + 1;
        p = skipString(b, p);
        const field = escaped ? FIELD[parseSlice(b, ks - 1, p)] ?? 0 : fieldOf(b, ks, p - 1);
        p = ws(b, p);
        if (b[p] !== 58) throw new SyntaxError(`expected : at ${p}`);
        p = ws(b, p + 1);
        const c = b[p];
        switch (field) {
          case 1: {
            // id: a string with a character above space, or an integer.
            if (c === 34) {
              const s = p + 1;
              p = skipString(b, p);
              if (escaped) {
                const text = readId(parseSlice(b, s - 1, p));
                if (text === null) idLength = -1;
                else {
                  idStart = side.add(text);
                  idLength = utf8.encode(text).length;
                }
              } else {
                let any = false;
                for (let k = s; k < p - 1; k++) if (b[k] > 32) any = true;
                idStart = s;
                idLength = any ? p - 1 - s : -1;
              }
            } else {
              const s = p;
              p = skipValue(b, p);
              const text = c === 45 || (c >= 48 && c <= 57) ? readId(parseSlice(b, s, p)) : null;
              if (text === null) idLength = -1;
              else {
                idStart = side.add(text);
                idLength = text.length;
              }
            }
            break;
          }
          case 2: {
            sx = BAD;
            if (c === 34) {
              const s = p + 1;
              p = skipString(b, p);
              if (escaped) {
                const text = parseSlice(b, s - 1, p);
                sx = text === "F" ? FEMALE : text === "M" ? 0 : BAD;
              } else if (p - 1 - s === 1) sx = b[s] === 70 ? FEMALE : b[s] === 77 ? 0 : BAD;
            } else p = skipValue(b, p);
            break;
          }
          case 3: {
            if (c === 34) {
              const s = p + 1;
              p = skipString(b, p);
              bd = escaped ? dateCode(parseSlice(b, s - 1, p)) : dateCodeBytes(b, s, p - 1);
            } else {
              const s = p;
              p = skipValue(b, p);
              bd = c === 45 || (c >= 48 && c <= 57) ? dateCode(parseSlice(b, s, p)) : 0;
            }
            break;
          }
          case 4:
            p = enumeration(p, EDUCATION_BYTES, EDUCATION);
            edu = enumCode;
            break;
          case 5:
            p = enumeration(p, THEORY_BYTES, THEORY);
            th = enumCode;
            break;
          case 6:
            p = bool(p);
            em = boolCode;
            break;
          case 7:
            p = bool(p);
            local = boolCode;
            break;
          case 8:
            p = bool(p);
            r60 = boolCode;
            break;
          case 9:
          case 10: {
            titlesOk = true;
            const from = spanStart.n;
            p = titleList(p);
            if (field === 9) {
              cur0 = from;
              cur1 = titlesOk ? spanStart.n : -1;
            } else {
              pl0 = from;
              pl1 = titlesOk ? spanStart.n : -1;
            }
            break;
          }
          default:
            p = skipValue(b, p);
        }
        p = ws(b, p);
        if (b[p] === 44) p = ws(b, p + 1);
        else if (b[p] === 125) {
          p++;
          break;
        } else throw new SyntaxError(`expected , or } at ${p}`);
      }
    // The checks of load() that need neither the titles nor the review date.
    // The id is taken by the first row that has it, whether that row is kept or not.
    if (idLength < 0 || !ids.add(idStart, idLength)) good = false;
    if (sx === BAD || bd === 0 || edu === BAD || th === BAD || em === BAD || local === BAD || r60 === BAD) good = false;
    ok[row] = good ? 1 : 0;
    birth[row] = bd;
    sex[row] = sx;
    flags[row] = (em === 1 ? ETHNIC : 0) | (local === 2 ? NON_LOCAL : 0);
    education[row] = edu === ABSENT ? EDUCATION_UNKNOWN : edu;
    theory[row] = th === ABSENT ? THEORY_UNKNOWN : th;
    curFrom[row] = cur0;
    curTo[row] = cur1;
    plFrom[row] = pl0;
    plTo[row] = pl1;
    return p;
  };

  // The top level: "people" scanned as it comes, every other key parsed whole (they are small).
  const head = {};
  let p = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  p = ws(b, p);
  if (b[p] !== 123) throw new SyntaxError("the dataset is not a JSON object");
  p = ws(b, p + 1);
  let sawPeople = false;
  while (b[p] !== 125) {
    if (b[p] !== 34) throw new SyntaxError(`expected a key at ${p}`);
    const ks = p;
    p = skipString(b, p);
    const key = escaped ? parseSlice(b, ks, p) : decoder.decode(b.subarray(ks + 1, p - 1));
    p = ws(b, p);
    if (b[p] !== 58) throw new SyntaxError(`expected : at ${p}`);
    p = ws(b, p + 1);
    if (key === "people" && b[p] === 91) {
      // A repeated "people" key: the last one wins.
      n = 0;
      sawPeople = true;
      p = ws(b, p + 1);
      if (b[p] === 93) p++;
      else
        for (;;) {
          p = ws(b, person(p));
          if (b[p] === 44) p = ws(b, p + 1);
          else if (b[p] === 93) {
            p++;
            break;
          } else throw new SyntaxError(`expected , or ] at ${p}`);
        }
    } else {
      const s = p;
      p = skipValue(b, p);
      head[key] = parseSlice(b, s, p);
      if (key === "people") sawPeople = false;
    }
    p = ws(b, p);
    if (b[p] === 44) p = ws(b, p + 1);
    else if (b[p] !== 125) throw new SyntaxError(`expected , or } at ${p}`);
  }
  if (!sawPeople) n = 0;

  // The second pass: titles and review date known, the rows are checked and packed.
  const asOf = dateCode(head.asOf);
  if (asOf === 0 || typeof head.asOf !== "string" || head.asOf.length !== 10) throw new Error("asOf is not a date");
  const titles = readTitles(head.titles);
  const titleBytes = titles.ids.map((id) => utf8.encode(id));
  const currentStart = new Int32Array(n + 1);
  const plannedStart = new Int32Array(n + 1);
  const currentList = new Uint16Array(Math.max(16, spanStart.n));
  const plannedList = new Uint16Array(Math.max(16, spanStart.n));
  let currentEnd = 0;
  let plannedEnd = 0;
  /** The spans [from, to) as distinct title indexes from `end` in `list`; -1 when one is unknown. */
  const resolve = (from, to, list, end) => {
    if (to < 0) return -1;
    let count = 0;
    for (let j = from; j < to; j++) {
      const start = spanStart.a[j];
      const length = spanLength.a[j];
      const bytes = start >= 0 ? b : side.bytes;
      const at = start >= 0 ? start : -start - 1;
      let t = -1;
      for (let k = 0; k < titleBytes.length; k++) {
        if (sameBytes(bytes, at, at + length, titleBytes[k])) {
          t = k;
          break;
        }
      }
      if (t < 0) return -1;
      let dup = false;
      for (let q = end; q < end + count; q++) if (list[q] === t) dup = true;
      if (!dup) list[end + count++] = t;
    }
    return count;
  };
  let kept = 0;
  for (let r = 0; r < n; r++) {
    if (ok[r] === 0 || birth[r] > asOf) continue;
    const c = resolve(curFrom[r], curTo[r], currentList, currentEnd);
    if (c < 0) continue;
    const q = resolve(plFrom[r], plTo[r], plannedList, plannedEnd);
    if (q < 0) continue;
    birth[kept] = birth[r];
    sex[kept] = sex[r];
    flags[kept] = flags[r];
    education[kept] = education[r];
    theory[kept] = theory[r];
    currentEnd += c;
    plannedEnd += q;
    kept++;
    currentStart[kept] = currentEnd;
    plannedStart[kept] = plannedEnd;
  }
  return {
    length: kept,
    rows: n,
    asOf,
    level: head.unit?.level ?? null,
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
