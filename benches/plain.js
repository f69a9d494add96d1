// A plain, idiomatic JavaScript version of the statistics of analyze()
// (src/report.rs, src/cohort.rs, src/planning.rs, src/age.rs and the
// contract), for the comparison benchmark. It computes per person the age,
// the cohorts (all, current, planned, current:<group>, planned:<group>) with
// their counts, bands, breakdowns and mean age, per title the planned count
// and planned per seat, per group the pairs and the multiple.
//
// It does less than analyze(): no retirement dates or months left, no
// findings, no pyramid, no messages for rejected rows. Rows are checked
// the way src/input.rs checks them (id, sex, birth, enumerations, known
// title ids), so that the same rows are analysed.

export const GROUPS = ["committee", "standing", "key", "leader", "other"];
export const EDUCATION = ["doctorate", "master", "university", "college", "vocational", "none"];
export const THEORY = ["advanced", "intermediate", "elementary", "none"];
export const BANDS = [
  { label: "≤ 40", from: null, to: 40 },
  { label: "41–50", from: 41, to: 50 },
  { label: "> 50", from: 51, to: null },
];
// Ages are counted exactly up to this many years; older ones share the last slot.
const AGE_SLOTS = 151;

/** JSON text → report-like object; also returns how long each step took. */
export function analyzeText(text) {
  const start = performance.now();
  const dataset = JSON.parse(text);
  const parsed = performance.now();
  const report = analyzeDataset(dataset);
  const done = performance.now();
  return { report, parseMs: parsed - start, computeMs: done - parsed };
}

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD" → { year, month, day }, or null. */
export function parseDate(text) {
  if (typeof text === "number" && Number.isInteger(text)) text = String(text);
  if (typeof text !== "string") return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : 1;
  const day = m[3] ? Number(m[3]) : 1;
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  return { year, month, day };
}

function daysIn(year, month) {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function before(a, b) {
  return a.year !== b.year ? a.year < b.year : a.month !== b.month ? a.month < b.month : a.day < b.day;
}

/** Completed months at `at` of someone born on `birth` (src/age.rs). */
export function ageMonths(birth, at) {
  const months = at.year * 12 + at.month - (birth.year * 12 + birth.month);
  return at.day < birth.day ? months - 1 : months;
}

/** Young means younger than this (the contract: 45 at central level, else 40). */
export function youngUnder(level) {
  return level === "central" ? 45 : 40;
}

/** The statistics of a parsed qhcb/1 dataset. */
export function analyzeDataset(dataset) {
  const asOf = parseDate(dataset.asOf);
  if (!asOf) throw new Error("asOf is not a date");
  const titles = readTitles(dataset.titles ?? []);
  const titleIndex = new Map(titles.map((t, i) => [t.id, i]));
  const rows = dataset.people ?? [];
  const people = [];
  const seen = new Set();
  for (const row of rows) {
    const person = readPerson(row, titleIndex, seen, asOf);
    if (person) people.push(person);
  }

  // Groups with at least one title get their two cohorts, in the contract's order.
  const groups = GROUPS.filter((g) => titles.some((t) => t.group === g));
  const counters = new Map([["all", new Cohort()], ["current", new Cohort()], ["planned", new Cohort()]]);
  for (const g of groups) {
    counters.set(`current:${g}`, new Cohort());
    counters.set(`planned:${g}`, new Cohort());
  }
  const current = new Array(titles.length).fill(0);
  const planned = new Array(titles.length).fill(0);
  const plannedPeople = Object.fromEntries(groups.map((g) => [g, 0]));

  for (const p of people) {
    counters.get("all").add(p);
    if (p.current.length > 0) counters.get("current").add(p);
    if (p.planned.length > 0) counters.get("planned").add(p);
    // A person counts once per cohort, however many titles of the group they have.
    const currentGroups = new Set(p.current.map((t) => titles[t].group));
    const plannedGroups = new Set(p.planned.map((t) => titles[t].group));
    for (const g of currentGroups) counters.get(`current:${g}`).add(p);
    for (const g of plannedGroups) {
      counters.get(`planned:${g}`).add(p);
      plannedPeople[g] += 1;
    }
    for (const t of p.current) current[t] += 1;
    for (const t of p.planned) planned[t] += 1;
  }

  const under = youngUnder(dataset.unit?.level);
  const ratio = (count, seats) => (seats > 0 ? count / seats : null);
  const titleStats = titles.map((t, i) => ({
    id: t.id,
    group: t.group,
    seats: t.seats,
    current: current[i],
    planned: planned[i],
    plannedPerSeat: ratio(planned[i], t.seats),
  }));
  const groupStats = groups.map((group) => {
    const members = titleStats.filter((t) => t.group === group);
    const seats = members.reduce((sum, t) => sum + t.seats, 0);
    const pairs = members.reduce((sum, t) => sum + t.planned, 0);
    return {
      group,
      titles: members.length,
      seats,
      planned: pairs,
      multiple: ratio(pairs, seats),
      current: members.reduce((sum, t) => sum + t.current, 0),
      plannedPeople: plannedPeople[group],
    };
  });
  return {
    asOf: dataset.asOf,
    people: people.map((p) => ({ id: p.id, age: { years: Math.floor(p.months / 12), months: p.months % 12 }, plannedCount: p.planned.length })),
    cohorts: Object.fromEntries([...counters].map(([key, c]) => [key, c.finish(under)])),
    titles: titleStats,
    groups: groupStats,
    counts: { rows: rows.length, analysed: people.length, excluded: rows.length - people.length },
  };
}

/** Titles as src/input.rs keeps them: a unique id, a known group, whole seats ≥ 0. */
function readTitles(rows) {
  const seen = new Set();
  const titles = [];
  for (const t of rows) {
    const id = readId(t?.id);
    if (id === null || seen.has(id)) continue;
    seen.add(id);
    if (!GROUPS.includes(t.group) || !Number.isInteger(t.seats) || t.seats < 0) continue;
    titles.push({ id, group: t.group, seats: t.seats });
  }
  return titles;
}

function readId(value) {
  if (typeof value === "string" && value.trim() !== "") return value;
  if (typeof value === "number" && Number.isInteger(value)) return String(value);
  return null;
}

const optionalEnum = (value, allowed) => value === undefined || value === null || allowed.includes(value);
const optionalBool = (value) => value === undefined || value === null || typeof value === "boolean";

/** One row → { id, female, months, …, current, planned } with title indexes; null when rejected. */
function readPerson(row, titleIndex, seen, asOf) {
  if (row === null || typeof row !== "object" || Array.isArray(row)) return null;
  const id = readId(row.id);
  let ok = id !== null && !seen.has(id);
  if (id !== null && !seen.has(id)) seen.add(id);
  const birth = parseDate(row.birth);
  ok &&= (row.sex === "M" || row.sex === "F") && birth !== null && !before(asOf, birth);
  ok &&= optionalEnum(row.education, EDUCATION) && optionalEnum(row.politicalTheory, THEORY);
  ok &&= optionalBool(row.ethnicMinority) && optionalBool(row.local) && optionalBool(row.retireAt60);
  const current = titleList(row.current, titleIndex);
  const planned = titleList(row.planned, titleIndex);
  if (!ok || !current || !planned) return null;
  return {
    id,
    female: row.sex === "F",
    months: ageMonths(birth, asOf),
    ethnicMinority: row.ethnicMinority === true,
    local: row.local !== false,
    education: row.education ?? "unknown",
    politicalTheory: row.politicalTheory ?? "unknown",
    current,
    planned,
  };
}

/** Title ids → distinct title indexes; null when an id is unknown. */
function titleList(value, titleIndex) {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return null;
  const out = [];
  for (const key of value) {
    const t = titleIndex.get(typeof key === "number" ? String(key) : key);
    if (t === undefined) return null;
    if (!out.includes(t)) out.push(t);
  }
  return out;
}

/** Counts one cohort of distinct people (src/cohort.rs). */
class Cohort {
  constructor() {
    this.count = 0;
    this.ageMonths = 0;
    this.women = 0;
    this.ethnicMinority = 0;
    this.nonLocal = 0;
    this.byAge = new Array(AGE_SLOTS).fill(0);
    this.education = Object.fromEntries([...EDUCATION, "unknown"].map((k) => [k, 0]));
    this.politicalTheory = Object.fromEntries([...THEORY, "unknown"].map((k) => [k, 0]));
  }

  add(p) {
    this.count += 1;
    this.ageMonths += p.months;
    if (p.female) this.women += 1;
    if (p.ethnicMinority) this.ethnicMinority += 1;
    if (!p.local) this.nonLocal += 1;
    this.byAge[Math.min(Math.floor(p.months / 12), AGE_SLOTS - 1)] += 1;
    this.education[p.education] += 1;
    this.politicalTheory[p.politicalTheory] += 1;
  }

  /** People aged from…to completed years (inclusive; null is open). */
  between(from, to) {
    let sum = 0;
    for (let age = from ?? 0; age <= (to ?? AGE_SLOTS - 1); age++) sum += this.byAge[age];
    return sum;
  }

  finish(under) {
    const total = this.count;
    const share = (count) => ({ count, share: total > 0 ? count / total : null });
    const shares = (counts) => Object.fromEntries(Object.entries(counts).map(([k, c]) => [k, share(c)]));
    const young = under > 0 ? this.between(null, under - 1) : 0;
    return {
      count: total,
      meanAge: total > 0 ? this.ageMonths / 12 / total : null,
      women: share(this.women),
      ethnicMinority: share(this.ethnicMinority),
      nonLocal: share(this.nonLocal),
      young: { under, ...share(young) },
      bands: BANDS.map((b) => ({ ...b, ...share(this.between(b.from, b.to)) })),
      education: shares(this.education),
      politicalTheory: shares(this.politicalTheory),
    };
  }
}

// ---- from a spreadsheet (SheetJS rows) to a dataset ------------------------------

// The labels src/export.rs writes for each field's values.
const LABELS = {
  sex: { Nam: "M", "Nữ": "F" },
  education: { "Tiến sĩ": "doctorate", "Thạc sĩ": "master", "Đại học": "university", "Cao đẳng": "college", "Trung cấp": "vocational", "Chưa qua đào tạo": "none" },
  politicalTheory: { "Cao cấp, cử nhân": "advanced", "Cao cấp": "advanced", "Trung cấp": "intermediate", "Sơ cấp": "elementary", "Chưa qua đào tạo": "none" },
};

/**
 * The rows of the roster sheet (sheet_to_json objects keyed by the
 * Vietnamese headers of the export) → qhcb/1 people. A minimal mapper for the
 * export's own layout; it does not guess headers or encodings as importFile does.
 */
export function peopleFromRows(rows) {
  const list = (cell) => (cell ? String(cell).split(",").map((s) => s.trim()).filter(Boolean) : []);
  const yes = (cell) => cell === "x";
  return rows.map((r) => {
    const [d, m, y] = String(r["Ngày sinh"] ?? "").split("/");
    const birth = y ? `${y}-${m}-${d}` : m ? `${m}-${d}` : d; // dd/mm/yyyy, mm/yyyy or yyyy
    return {
      id: String(r["Mã"]),
      name: r["Họ và tên"],
      sex: LABELS.sex[r["Giới tính"]] ?? r["Giới tính"],
      birth,
      ethnicMinority: yes(r["Dân tộc thiểu số"]),
      local: r["Người địa phương"] === undefined ? true : yes(r["Người địa phương"]),
      education: LABELS.education[r["Trình độ chuyên môn"]] ?? r["Trình độ chuyên môn"],
      politicalTheory: LABELS.politicalTheory[r["Lý luận chính trị"]] ?? r["Lý luận chính trị"],
      current: list(r["Chức vụ hiện tại"]),
      planned: list(r["Quy hoạch chức danh"]),
    };
  });
}
