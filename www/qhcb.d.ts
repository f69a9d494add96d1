// Types of the QHCB JavaScript API and of <qhcb-app>. www/pkg/qhcb.js (the
// core) has every function below but inspectFile, importFile, exportXlsx and
// exportCsv; www/pkg/qhcb_io.js has them all. The data and API contract is
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
export type Severity = "error" | "warning" | "info";
export type Confidence = "CONFIRMED" | "REPORTED" | "DERIVED" | "UNCONFIRMED";
export type Lang = "vi" | "en";

export interface Title {
  id: string;
  name?: string;
  group: Group;
  seats: number;
  /** Lower is higher. */
  rank?: number;
}

export interface Person {
  id: string;
  name?: string;
  sex: Sex;
  birth: IsoDate;
  ethnicMinority?: boolean;
  local?: boolean;
  education?: Education;
  politicalTheory?: PoliticalTheory;
  current?: string[];
  planned?: string[];
  retireAt60?: boolean;
  candidacy?: "first" | "reelection";
  candidacyFor?: "committee" | "deputy-secretary" | "government";
  postSince?: IsoDate;
  appointment?: { title: string; dossierDate: IsoDate; outside?: boolean };
  rotationDate?: IsoDate;
  discipline?: { level: "reprimand" | "warning" | "dismissal"; date: IsoDate }[];
  hometown?: string;
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
  unit?: { name?: string; level?: Level };
  asOf?: IsoDate;
  termStart?: IsoMonth;
  profile?: string;
  profiles?: CustomProfile[];
  titles?: Title[];
  people: Person[];
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
  subject: { kind: "person" | "title" | "group" | "unit"; id: string | null };
  value: unknown;
  limit: unknown;
  message: string;
  messages: { vi: string; en: string };
  source: string;
  confidence: Confidence;
  row?: number;
  field?: string;
  title?: string;
}

export interface Rule {
  code: string;
  severity: Severity;
  params: Record<string, unknown>;
  source: string;
  confidence: Confidence;
  document: string;
  article: string;
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
  unit: { name: string | null; level: Level };
  termStart: IsoMonth | null;
  people: {
    id: string;
    age: { years: number; months: number };
    retirementDate: IsoDate;
    monthsLeft: number;
    monthsLeftAtTermStart: number | null;
    plannedCount: number;
  }[];
  cohorts: Record<string, Cohort>;
  titles: { id: string; name: string | null; group: Group; seats: number; rank: number | null; current: number; planned: number; plannedPerSeat: number | null }[];
  groups: { group: Group; titles: number; seats: number; planned: number; multiple: number | null; current: number; plannedPeople: number }[];
  findings: Finding[];
  excluded: { index: number; id: string | null; reason: string; fields: string[] }[];
  counts: { rows: number; analysed: number; excluded: number };
  activeProfile: Profile;
  cutoffs: { reference: string; month: IsoMonth; candidacy: string; sex: Sex; retireAt60: boolean; months: number; born: IsoMonth }[];
  retirements: { from: IsoMonth; years: number[]; rows: { group: Group | "all"; incumbents: number; before: number; counts: number[] }[] };
  version: string;
  /** Present only with the option people: "columns". */
  peopleColumns?: PeopleColumns;
}

export interface ImportResult {
  people: Person[];
  newTitles: Title[];
  summary: { rowsRead: number; imported: number; rejected: number; blankRows: number[]; trailingEmpty: number; convertedCells: number };
  rejections: { row: number; column: string | null; header: string | null; value: string; reason: string }[];
  rejectedCsv: string;
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
}

export interface AnalyzeOptions {
  asOf?: IsoDate;
  profile?: string;
  lang?: Lang;
  /** "rows" (default): report.people; "columns": report.people is [] and report.peopleColumns holds the figures; "none": neither. */
  people?: "rows" | "columns" | "none";
}

export function analyze(dataset: Dataset | string, options?: AnalyzeOptions): Report;
export function profiles(): Profile[];
export function ruleSpecs(): { code: string; params: { name: string; kind: string }[] }[];
export function retirement(sex: Sex, birth: IsoDate, options?: { retireAt60?: boolean }): {
  age: { years: number; months: number };
  month: IsoMonth;
  date: IsoDate;
};
export function version(): string;
export function parseCell(field: string, text: string, options?: { titles?: { id: string; name?: string | null }[]; lang?: Lang }): { value: unknown } | { error: string };
/** A block pasted into the grid (tab-separated), read in one call: `fields` names the field of each grid column from the one pasted into (`null`: not writable). */
export function parsePaste(
  text: string,
  options: { fields: (string | null)[]; titles?: { id: string; name?: string | null }[]; lang?: Lang },
): { rows: ({ value: unknown } | { error: string; text: string } | null)[][]; width: number; dropped: number[]; maxRows: number };
export function inspectFile(bytes: Uint8Array, options?: { lang?: Lang }): unknown;
export function importFile(bytes: Uint8Array, options: {
  sheet?: number;
  headerRow: number;
  columns: { index: number; field: string; encoding?: "unicode" | "tcvn3" | "vni" }[];
  titles?: { id: string; name?: string | null }[];
  createTitles?: boolean;
  date1904?: boolean;
  referenceYear?: number;
  takenIds?: string[];
  lang?: Lang;
}): ImportResult;
export function exportXlsx(dataset: Dataset, options?: { lang?: Lang }): Uint8Array;
export function exportCsv(dataset: Dataset, options?: { lang?: Lang }): string;

/** The <qhcb-app> element (www/qhcb-app.js). */
export interface QhcbAppElement extends HTMLElement {
  /** The working dataset; setting it replaces the workspace. */
  data: Dataset | null;
  readonly report: Report | null;
  readonly ready: Promise<QhcbAppElement>;
}

export interface QhcbAppEventMap {
  "qhcb-change": CustomEvent<{ dataset: Dataset; reason: string }>;
  "qhcb-report": CustomEvent<{ report: Report | null }>;
  "qhcb-ready": CustomEvent<void>;
}
