// Types of the QHCB JavaScript API and of <qhcb-app>. www/pkg/qhcb.js (the
// core) has every function below but inspectFile, importFile, exportXlsx,
// exportDocx, exportCsv and worksheetCsv; www/pkg/qhcb_io.js has them all. The data and API contract is
// qhcb/1; see docs/integration.md.

/** A date "YYYY-MM-DD"; births may also be "YYYY" or "YYYY-MM". */
export type IsoDate = string;
/** A month "YYYY-MM". */
export type IsoMonth = string;

export type Level = "central" | "province" | "district" | "above-grassroots" | "commune" | "grassroots";
export type Group = "committee" | "standing" | "key" | "leader" | "other";
export type Sex = "M" | "F";
export type Education = "doctorate" | "master" | "university" | "college" | "vocational" | "none";
export type PoliticalTheory = "advanced" | "intermediate" | "elementary" | "none";
/** Issue 16: the 54 ethnic groups of Viet Nam (ids: the folded official names). */
export type EthnicGroup = "kinh" | "tay" | "thai" | "hoa" | "kho-me" | "muong" | "nung" | "mong" | "dao" | "gia-rai" | "ngai" | "e-de" | "ba-na" | "xo-dang" | "san-chay" | "co-ho" | "cham" | "san-diu" | "hre" | "mnong" | "ra-glai" | "xtieng" | "bru-van-kieu" | "tho" | "giay" | "co-tu" | "gie-trieng" | "ma" | "kho-mu" | "co" | "ta-oi" | "cho-ro" | "khang" | "xinh-mun" | "ha-nhi" | "chu-ru" | "lao" | "la-chi" | "la-ha" | "phu-la" | "la-hu" | "lu" | "lo-lo" | "chut" | "mang" | "pa-then" | "co-lao" | "cong" | "bo-y" | "si-la" | "pu-peo" | "brau" | "o-du" | "ro-mam";
/** Issue 16: an academic title, giáo sư or phó giáo sư. */
export type AcademicTitle = "GS" | "PGS";
export type Severity = "error" | "warning" | "info";
export type Confidence = "CONFIRMED" | "REPORTED" | "DERIVED" | "UNCONFIRMED";
export type Candidacy = "first" | "reelection";
export type CandidacyFor = "committee" | "deputy-secretary" | "government";
export type DisciplineLevel = "reprimand" | "warning" | "dismissal";
export type Lang = "vi" | "en";

export interface Title {
  id: string;
  name?: string;
  group: Group;
  seats: number;
  /** Lower is higher. */
  rank?: number;
  /** Issue 17: the id of the unit whose title it is; required when the dataset has `units`. */
  unit?: string;
}

export interface Person {
  id: string;
  /** Issue 17: the unit the person belongs to; without it, the unit of their first current title. */
  unit?: string;
  name?: string;
  sex: Sex;
  birth: IsoDate;
  /** Without it and with an ethnicGroup: true unless the group is Kinh. Given with a group, it is what counts. */
  ethnicMinority?: boolean;
  local?: boolean;
  /** Issue 16: one of the 54 groups; a value outside them is kept, counted as unknown, with an `invalid-value` warning. */
  ethnicGroup?: EthnicGroup;
  /** Issue 16: the hometown (quê quán) as written. */
  hometown?: string;
  education?: Education;
  /** Issue 16: the major as written ("Quản lý kinh tế"). */
  educationMajor?: string;
  /** Issue 16: GS or PGS. */
  academicTitle?: AcademicTitle;
  politicalTheory?: PoliticalTheory;
  /** Issue 16: posts not in the titles list, as written: shown and exported, never a planned title, never a reason to reject. */
  otherPosts?: string;
  /** Issue 16: where an import read the person (a 1-based sheet row), for messages. */
  source?: { sheet?: string; row?: number };
  current?: string[];
  planned?: string[];
  /** The older flag for women allowed to retire at 60; retirementDate overrides it. */
  retireAt60?: boolean;
  /**
   * A decided retirement date, "YYYY-MM" or "YYYY-MM-DD" (later retirement
   * under NĐ 83/2022 amended by NĐ 99/2024, or early retirement): it replaces
   * the NĐ 135/2020 roadmap in every months-left figure.
   */
  retirementDate?: string;
  candidacy?: Candidacy;
  candidacyFor?: CandidacyFor;
  postSince?: IsoDate;
  appointment?: { title: string; dossierDate: IsoDate; outside?: boolean };
  rotationDate?: IsoDate;
  /** `endDate`: when the disciplinary period ends (planning to a higher title needs it ended, QĐ 377). */
  discipline?: { level: DisciplineLevel; date: IsoDate; endDate?: IsoDate }[];
}

export interface RuleChange {
  code: string;
  severity?: Severity;
  enabled?: boolean;
  params?: Record<string, unknown>;
}

export interface CustomProfile {
  id: string;
  name?: string;
  basedOn: string;
  effectiveFrom?: IsoDate;
  effectiveTo?: IsoDate;
  rules?: RuleChange[];
}

export interface Dataset {
  format?: "qhcb/1";
  /** `formed`: the day the unit was formed (01/7/2025 for merged units); `planningApproved`: it has approved planning. */
  unit?: { name?: string; level?: Level; formed?: IsoDate; planningApproved?: boolean };
  asOf?: IsoDate;
  termStart?: IsoMonth;
  profile?: string;
  profiles?: CustomProfile[];
  titles?: Title[];
  people: Person[];
  /** The filed report's header and signature; empty fields print as dotted lines. */
  report?: ReportSettings;
  /** Issue 17: the units whose titles and people the dataset holds (a city and its wards).
   * Without it the dataset is one unit; `unit` stays the reviewing body. */
  units?: UnitRow[];
}

/** Issue 17: one unit of a dataset. `parent`: the id of the unit above it. */
export interface UnitRow {
  id: string;
  name?: string;
  level: Level;
  parent?: string | null;
}

/** Issue 17: planning of one group in a unit or a level (sums of titles, seats and lượt). */
export interface GroupStats {
  group: Group;
  titles: number;
  seats: number;
  planned: number;
  /** planned ÷ seats ("đạt 1,4 lần so với cấp ủy hiện tại"). */
  multiple: number | null;
  /** planned ÷ titles ("2,01 lần trên 1 chức danh"). */
  perTitle: number | null;
  current: number;
  /** Distinct people planned for a title of the group. */
  plannedPeople: number;
  /** The multiple in words ("1,4 lần", "2,01 lần trên 1 chức danh"). */
  text: string;
  /** The articles' sentence ("419 lượt cán bộ được quy hoạch cấp ủy, đạt 1,4 lần so với cấp ủy hiện tại (299 ủy viên)"). */
  sentence: string;
}

/** Issue 17: one unit's own figures. Cohorts: `all` = people who belong to the unit;
 * `current` / `planned` = people with a current / planned title of the unit. */
export interface UnitReport {
  id: string;
  name: string | null;
  level: Level;
  parent: string | null;
  /** People who belong to the unit (= cohorts.all.count). */
  people: number;
  groups: GroupStats[];
  /** As in contract v1, without the age pyramid (`pyramid` is absent). */
  cohorts: Record<string, Omit<Cohort, "pyramid">>;
  /** Findings about the unit, its titles and people, of severity error / warning. */
  errors: number;
  warnings: number;
  /** Issue 16: the optional fields the unit's own people record (as `Report.recorded`). */
  recorded: Recorded;
}

/** Issue 17: the sum over every unit of one level; cohorts hold distinct people. */
export interface LevelReport {
  level: Level;
  /** The number of units of this level. */
  units: number;
  groups: GroupStats[];
  /** Distinct people, without the age pyramid. */
  cohorts: Record<string, Omit<Cohort, "pyramid">>;
  /** Issue 16: the optional fields the people of the level's units record. */
  recorded: Recorded;
}

/**
 * Issue 16: which optional person fields are recorded (true when a row gives the field a value):
 * a share whose field no one carries is "no data", not 0% (`nonLocal` without `local`).
 */
export interface Recorded {
  local: boolean;
  hometown: boolean;
  /** `ethnicMinority` or `ethnicGroup` (the first is derived from the second). */
  ethnicMinority: boolean;
  ethnicGroup: boolean;
  education: boolean;
  educationMajor: boolean;
  academicTitle: boolean;
  politicalTheory: boolean;
  otherPosts: boolean;
}

export interface ReportSettings {
  superior?: string;
  issuer?: string;
  number?: string;
  placeDate?: string;
  onBehalf?: string;
  signerTitle?: string;
  signer?: string;
  recipients?: string[];
}

/** The report an official files (`analyze(..., { filing: true })`): every cell is formatted text. */
export interface Filing {
  header: { superior: string; issuer: string; motto: string; number: string; party: string; placeDate: string };
  title: string;
  subtitle: string;
  unit: string;
  note: string;
  tables: FilingTable[];
  closing: { recipientsLabel: string; recipients: string[]; onBehalf: string; signerTitle: string; signer: string };
  /** After the closing block: the short list of the people planned per title. */
  annex: FilingTable[];
  /** "Trang {page}/{pages}" */
  pageLabel: string;
}

export interface FilingTable {
  id: "current" | "planned" | "groups" | "titles" | "list" | "timeline" | "findings";
  caption: string;
  unit: string | null;
  head: string[];
  rows: { kind: "" | "section" | "total"; cells: string[] }[];
  landscape: boolean;
}

export interface Share {
  count: number;
  /** In [0, 1]; null when the cohort is empty. */
  share: number | null;
}

export interface Cohort {
  count: number;
  meanAge: number | null;
  women: Share;
  ethnicMinority: Share;
  nonLocal: Share;
  young: { under: number; count: number; share: number | null };
  bands: { label: string; from: number | null; to: number | null; count: number; share: number | null }[];
  education: Record<Education | "unknown", Share>;
  politicalTheory: Record<PoliticalTheory | "unknown", Share>;
  pyramid: { label: string; from: number | null; to: number | null; men: number; women: number }[];
}

export interface Finding {
  code: string;
  severity: Severity;
  /** Issue 17: "level" for a share target checked on the sum of one level (id: the level). */
  subject: { kind: "person" | "title" | "group" | "unit" | "level"; id: string | null };
  value: unknown;
  limit: unknown;
  message: string;
  messages: { vi: string; en: string };
  source: string;
  confidence: Confidence;
  row?: number;
  field?: string;
  title?: string;
  /** Issue 17: with units, the unit the finding is about (its own, or its title's or person's). */
  unit?: string;
  /** Issue 17: for a finding about the sum of one level, that level. */
  level?: Level;
}

export interface Rule {
  code: string;
  severity: Severity;
  params: Record<string, unknown>;
  source: string;
  /** The same in English (document names stay as they are). */
  sourceEn: string;
  confidence: Confidence;
  document: string;
  article: string;
  articleEn: string;
  url: string | null;
  enabled: boolean;
  variants?: { id: string; label: string; params: Record<string, unknown> }[];
  customized: boolean;
}

export interface Profile {
  id: string;
  name: string;
  kind: "planning" | "congress";
  effectiveFrom: IsoDate;
  effectiveTo: IsoDate | null;
  basedOn: string | null;
  rules: Rule[];
}

export interface Report {
  asOf: IsoDate;
  profile: string;
  profileName: string;
  unit: { name: string | null; level: Level; formed?: IsoDate; planningApproved?: boolean };
  termStart: IsoMonth | null;
  people: {
    id: string;
    age: { years: number; months: number };
    retirementDate: IsoDate;
    monthsLeft: number;
    monthsLeftAtTermStart: number | null;
    plannedCount: number;
    /** The retirement date is the person's decided retirementDate. */
    retirementDecided: boolean;
  }[];
  cohorts: Record<string, Cohort>;
  titles: { id: string; name: string | null; group: Group; seats: number; rank: number | null; current: number; planned: number; plannedPerSeat: number | null; plannedWomen: number; plannedYoung: number }[];
  /**
   * `multiple` = planned ÷ seats ("so với số vị trí"); `perTitle` = planned ÷ titles ("lần trên 1 chức danh");
   * `text`: the multiple as the articles write it, in the report's language ("1,4 lần", "2,01 lần trên 1 chức danh").
   */
  groups: { group: Group; titles: number; seats: number; planned: number; multiple: number | null; perTitle: number | null; current: number; plannedPeople: number; text: string }[];
  findings: Finding[];
  /** Issue 17: present when the dataset has `units`: each unit's own figures, in the dataset's order. */
  units?: UnitReport[];
  /** Issue 17: present when the dataset has `units`: the sums by level, central to grassroots. */
  levels?: LevelReport[];
  /** `source` (issue 16): where an import read the row, when the dataset's row says. */
  excluded: { index: number; id: string | null; reason: string; fields: string[]; source?: { sheet?: string; row?: number } }[];
  /** errors / warnings: findings of that severity. */
  counts: { rows: number; analysed: number; excluded: number; errors: number; warnings: number };
  /** Issue 16: the optional person fields the dataset records (every row, read or left out). */
  recorded: Recorded;
  activeProfile: Profile;
  /** `label`: the kind in words ("Tái cử — nữ"); `referenceLabel`: the level (or HĐND, UBND) in words. */
  cutoffs: { reference: string; month: IsoMonth; candidacy: string; sex: Sex; retireAt60: boolean; months: number; born: IsoMonth; label: string; referenceLabel: string }[];
  /** Every calendar year with a month of the 60-month term from `from` to `to` (10/2025–09/2030: 2025…2030). */
  retirements: { from: IsoMonth; to: IsoMonth; years: number[]; rows: { group: Group | "all"; incumbents: number; before: number; counts: number[]; after: number }[] };
  version: string;
  /** Present only with the option people: "columns". */
  peopleColumns?: PeopleColumns;
  /** Present only with the option filing: true. */
  filing?: Filing;
}

/** A row of an import with its column, value and reason: a rejection, or a warning (the value kept as written). */
export interface ImportRowNote {
  row: number;
  column: string | null;
  header: string | null;
  value: string;
  reason: string;
}

export interface ImportResult {
  people: Person[];
  newTitles: Title[];
  /** Always rowsRead = imported + rejected + nonPerson.length + blankRows.length (issue 16). */
  summary: {
    rowsRead: number;
    imported: number;
    rejected: number;
    blankRows: number[];
    trailingEmpty: number;
    convertedCells: number;
    /** Total, section, numbering and signature rows, and hidden rows left out (skipHidden). */
    nonPerson: { row: number; kind: "total" | "section" | "numbering" | "signature" | "hidden" | "continuation"; text: string }[];
    /** Cells given the value of the merged cell above them. */
    mergedCells: number;
    hiddenRows: number[];
    hiddenSheet: boolean;
    /** Same folded name and birth as an earlier row, no id column: still imported. */
    duplicates: { row: number; first: number; name: string }[];
    invisibleCleaned: number;
    /** Plain numbers in date columns were read in the 1904 system. */
    date1904: boolean;
    dateOrders: { column: string; order: "dmy" | "mdy"; decided: boolean }[];
  };
  rejections: ImportRowNote[];
  rejectedCsv: string;
  /** Values kept as written in imported rows (an optional value not understood, a planned title matching none, two columns that disagree). */
  warnings: ImportRowNote[];
  /** The summary's remarks as sentences in the options' language. */
  notes: string[];
}

/** Initialises the engine (browser: fetches qhcb_bg.wasm beside the module). */
export default function init(input?: { module_or_path?: RequestInfo | URL | BufferSource | WebAssembly.Module }): Promise<unknown>;
/** Initialises the engine from bytes or a module (Node: initSync({ module: readFileSync(...) })). */
export function initSync(input: { module: BufferSource | WebAssembly.Module }): unknown;

/**
 * The computed fields of the analysed people as typed arrays, one per field,
 * in dataset order (`analyze(..., { people: "columns" })`): no object and no
 * string per person, for rosters of 100,000 people and more.
 */
export interface PeopleColumns {
  /** The row of each analysed person in `dataset.people` (rows left out are absent). */
  index: Uint32Array;
  ageYears: Uint32Array;
  ageMonths: Uint8Array;
  /** The last day of the retirement month as the number yyyymmdd (20380331). */
  retirementDate: Uint32Array;
  monthsLeft: Int32Array;
  /** null when the dataset has no termStart. */
  monthsLeftAtTermStart: Int32Array | null;
  plannedCount: Uint32Array;
  /** 1 where the retirement date is the person's decided retirementDate. */
  retirementDecided: Uint8Array;
}

export interface AnalyzeOptions {
  asOf?: IsoDate;
  profile?: string;
  lang?: Lang;
  /** "rows" (default): report.people; "columns": report.people is [] and report.peopleColumns holds the figures; "none": neither. */
  people?: "rows" | "columns" | "none";
  /** Add report.filing: the report an official files. */
  filing?: boolean;
}

/** One field of the contract as `schema()` describes it. */
export interface SchemaField {
  id: string;
  kind: "id" | "text" | "partialDate" | "date" | "month" | "bool" | "count" | "whole" | "enum" | "titles" | "record" | "computed";
  required: boolean;
  /** The field holds title ids (itself, or inside it: appointment.title). */
  holdsTitles: boolean;
  /** The label of forms, import and export. */
  label: string;
  /** The grid's column heading. */
  short: string;
  place: "grid" | "gridComputed" | "titlesTable" | "unitForm" | "stored";
  /** A spreadsheet column can be imported into it. */
  import: boolean;
  /** For `kind: "enum"`: the enumeration's name in `enumerations`. */
  enum?: string;
  /** The value when the field is absent (local: true). */
  default?: boolean;
}

/** The vocabulary in one language: what `schema(lang)` returns. */
export interface Schema {
  lang: Lang;
  /** Every enumeration's values with their labels: sex, level, group, education, politicalTheory, ethnicGroup, academicTitle, candidacy, candidacyFor, discipline, severity, confidence. */
  enumerations: Record<string, { id: string; label: string; note?: string; inForms?: boolean; body?: boolean; perTitle?: boolean; below?: string }[]>;
  /** The label of a count of values nobody recorded ("Chưa rõ"). */
  unknown: string;
  person: SchemaField[];
  personComputed: SchemaField[];
  title: SchemaField[];
  unit: SchemaField[];
  discipline: SchemaField[];
  appointment: SchemaField[];
  /** The fields a spreadsheet column can be imported into, in the order offered. */
  importFields: { id: string; label: string }[];
  /** Where a person holds title ids: [["current"], ["planned"], ["appointment", "title"]]. */
  titleReferences: string[][];
  /** Finding codes (rules and data findings) with their names. */
  findings: { id: string; label: string }[];
  /** Rule parameters with their labels. */
  params: { id: string; label: string }[];
}

/** The contract's `people` list from a report's `peopleColumns` and the ids of the dataset's rows. */
export function peopleList(columns: PeopleColumns, ids: string[]): Report["people"];
/** The vocabulary (fields, enumerations, labels) in one language; Vietnamese by default. */
export function schema(lang?: Lang): Schema;
export function analyze(dataset: Dataset | string, options?: AnalyzeOptions): Report;

/**
 * Issue 18: an edit of a roster held by the engine. `person`, `title` and
 * `unit` are row indexes (from 0) in `people`, `titles` and `units`; a `set`
 * without `value` (or with `null`) removes the field.
 */
export type RosterOp =
  | { op: "set"; person: number; field: string; value?: unknown }
  | { op: "insert"; person: number; value: unknown }
  | { op: "remove"; person: number }
  | { op: "replace"; person: number; value: unknown }
  | { op: "setTitle"; title: number; field: string; value?: unknown }
  | { op: "insertTitle"; title: number; value: unknown }
  | { op: "removeTitle"; title: number }
  | { op: "replaceTitle"; title: number; value: unknown }
  | { op: "setUnit"; unit: number; field: string; value?: unknown }
  | { op: "insertUnit"; unit: number; value: unknown }
  | { op: "removeUnit"; unit: number }
  | { op: "replaceUnit"; unit: number; value: unknown }
  | { op: "setDataset"; field: string; value?: unknown };

/**
 * A held roster's report as the change from the report numbered `base`
 * (src/roster/delta.rs): fields replaced by their path from the report down,
 * top-level lists edited as Array.prototype.splice does, the people's
 * columns changed at positions (`at` and one list per column), sent whole,
 * or absent (`null`).
 */
export type ReportChange =
  | { seq: number; report: Report }
  | {
      seq: number;
      base: number;
      set: [string[], unknown][];
      unset: string[][];
      splice: Record<string, [number, number, unknown[]][]>;
      columns: null | ({ at: number[] } & Record<string, number[]>) | Record<string, ArrayLike<number>>;
    };

/**
 * Issue 18: a dataset held by the engine, edited by operations; `report()`
 * equals `analyze(roster.dataset(), options)`. Free it with `free()`.
 */
export class Roster {
  private constructor();
  /** The dataset's JSON text, the UTF-8 bytes of it, or a dataset object. */
  static fromJson(input: string | Uint8Array | Dataset, options?: { lang?: Lang }): Roster;
  /** Applies the operations in order; returns the operations that undo them. Throws on an invalid one, changing nothing. */
  apply(ops: RosterOp[], options?: { lang?: Lang }): RosterOp[];
  report(options?: AnalyzeOptions): Report;
  /**
   * The report of `report(options)` as the change from the report numbered
   * `base` the caller holds (whole the first time, or for another base).
   */
  reportChange(options: AnalyzeOptions | undefined, base?: number | null): ReportChange;
  dataset(): Dataset;
  toJson(): string;
  /** The dataset's JSON text as UTF-8 bytes. */
  toJsonBytes(): Uint8Array;
  /** Rows `from .. from + count` of `people`, as they are in the dataset. */
  rows(from: number, count: number): unknown[];
  readonly length: number;
  free(): void;
}
export function profiles(): Profile[];
export function ruleSpecs(): { code: string; params: { name: string; kind: string }[] }[];
export function retirement(sex: Sex, birth: IsoDate, options?: { retireAt60?: boolean }): {
  age: { years: number; months: number };
  month: IsoMonth;
  date: IsoDate;
};
export function version(): string;
/** The Party and State terms for a level: `start` is the value for termStart. */
export function terms(level: Level, options?: { lang?: Lang }): { body: "party" | "state"; label: string; start: IsoMonth; end: IsoMonth }[];
/** `also`: the other fields the same text fills ("Tày" in ethnicMinority: `{ ethnicGroup: "tay" }`). */
export function parseCell(field: string, text: string, options?: { titles?: { id: string; name?: string | null }[]; lang?: Lang }): { value: unknown; also?: Record<string, unknown> } | { error: string };
/** A block pasted into the grid (tab-separated), read in one call: `fields` names the field of each grid column from the one pasted into (`null`: not writable). */
export function parsePaste(
  text: string,
  options: { fields: (string | null)[]; titles?: { id: string; name?: string | null }[]; lang?: Lang },
): { rows: ({ value: unknown; also?: Record<string, unknown> } | { error: string; text: string } | null)[][]; width: number; dropped: number[]; maxRows: number };
export function inspectFile(bytes: Uint8Array, options?: { lang?: Lang }): unknown;
/**
 * With `peopleAs: "json"`: the people as the UTF-8 bytes of their JSON array
 * (one person a line) in `peopleJson`, for `Roster.fromJson`, instead of `people`.
 */
export function importFile(bytes: Uint8Array, options: ImportFileOptions & { peopleAs: "json" }): Omit<ImportResult, "people"> & { peopleJson: Uint8Array };
export function importFile(bytes: Uint8Array, options: ImportFileOptions & { peopleAs?: "objects" }): ImportResult;
export type ImportFileOptions = {
  sheet?: number;
  headerRow: number;
  /** `dateOrder`: a date column's day/month order; absent, decided from the column's values (d/m when they read both ways). */
  columns: { index: number; field: string; encoding?: "unicode" | "tcvn3" | "vni"; dateOrder?: "dmy" | "mdy" }[];
  titles?: { id: string; name?: string | null }[];
  createTitles?: boolean;
  /** Absent: the workbook's own date system. */
  date1904?: boolean;
  /** Leave hidden rows out (default false: imported and listed). */
  skipHidden?: boolean;
  /** Give a vertically merged cell's value to every row it covers (default true). */
  fillMerged?: boolean;
  /** List total, section, numbering and signature rows apart (default true). */
  findNonPersonRows?: boolean;
  referenceYear?: number;
  takenIds?: string[];
  lang?: Lang;
};
/**
 * The workbook (roster with computed fields, composition, titles and groups,
 * findings): sheet names, headings, labels and findings in `lang` (default "vi").
 */
export function exportXlsx(dataset: Dataset, options?: { lang?: Lang }): Uint8Array;
/**
 * The roster with computed fields as CSV (UTF-8 with BOM): headers and labels
 * in `lang`; text cells that start like a formula get a leading apostrophe,
 * numbers (months left, negative ones too) are written as numbers.
 */
export function exportCsv(dataset: Dataset, options?: { lang?: Lang }): string;
/**
 * A quick worksheet (the input of `worksheet`, with its `kind`) run and its
 * figures and findings written as CSV: figure key or rule code, value, text.
 */
export function worksheetCsv(input: { kind: "body" | "keyTitles" | "composition" | "staffing" | "growth" | "rotation"; [field: string]: unknown }, options?: { lang?: Lang }): string;
/** The filed report as a Word document (.docx bytes). */
export function exportDocx(dataset: Dataset, options?: { lang?: Lang }): Uint8Array;

/** The <qhcb-app> element (www/qhcb-app.js). */
export interface QhcbAppElement extends HTMLElement {
  /** A copy of the working dataset; setting it replaces the workspace. */
  data: Dataset | null;
  /** A copy of the latest report. */
  readonly report: Report | null;
  readonly ready: Promise<QhcbAppElement>;
}

/** Headline figures of a report: no names. */
export interface ReportSummary {
  people: number;
  planned: number;
  women: number | null;
  young: number | null;
  findings: number;
  errors: number;
}

export interface QhcbAppEventMap {
  /** `dataset` (a copy) only when the element has the `expose-data` attribute. */
  "qhcb-change": CustomEvent<{ reason: string; people: number; titles: number; revision: number; dataset?: Dataset }>;
  /** `report` (a copy) only when the element has the `expose-data` attribute. */
  "qhcb-report": CustomEvent<{ summary: ReportSummary | null; revision: number; report?: Report | null }>;
  "qhcb-ready": CustomEvent<void>;
}

/**
 * Hometowns against the province a user names (file module, src/places.rs): the row indexes of
 * people from it (local), from another province (nonLocal) and whose hometown names none
 * (unknown). Province names before and after the 2025 merger are both understood.
 */
export function hometownMarks(
  hometowns: Array<string | null>,
  province: string,
): { province: string | null; local: number[]; nonLocal: number[]; unknown: number[]; provinces: string[] };
