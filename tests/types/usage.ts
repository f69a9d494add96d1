// Compiles against www/qhcb.d.ts: the types describe the API as used.
import init, { analyze, initSync, profiles, retirement, importFile, exportXlsx, exportDocx, terms, type Dataset, type QhcbAppElement, type QhcbAppEventMap } from "../../www/qhcb.js";

const dataset: Dataset = {
  format: "qhcb/1",
  unit: { name: "Xã A", level: "commune" },
  asOf: "2026-01-15",
  titles: [{ id: "bt", name: "Bí thư", group: "key", seats: 1, rank: 1 }],
  people: [{ id: "a", sex: "F", birth: "1985-06", planned: ["bt"], education: "master" }],
};

export async function example(bytes: Uint8Array, wasm: ArrayBuffer): Promise<number> {
  await init();
  initSync({ module: wasm });
  const report = analyze(dataset, { lang: "vi" });
  const share: number | null = report.cohorts["planned"].women.share;
  const columns = analyze(JSON.stringify(dataset), { people: "columns" }).peopleColumns;
  const firstAge: number = columns ? columns.ageYears[0] + (columns.monthsLeftAtTermStart?.[0] ?? 0) : 0;
  const ids: string[] = profiles().map((p) => p.id);
  const date: string = retirement("M", "1966-04").date;
  const imported = importFile(bytes, { headerRow: 1, columns: [{ index: 0, field: "name", encoding: "tcvn3" }] });
  const asJson: Uint8Array = importFile(bytes, { headerRow: 1, columns: [{ index: 0, field: "name" }], peopleAs: "json" }).peopleJson;
  const xlsx: Uint8Array = exportXlsx(dataset);
  const docx: Uint8Array = exportDocx({ ...dataset, report: { signer: "Nguyễn Văn A", recipients: ["- Lưu VP."] } }, { lang: "vi" });
  const filed = analyze(dataset, { filing: true }).filing;
  const perTitle: number | null | undefined = analyze(dataset).groups[0]?.perTitle;
  const start: string | undefined = terms("province")[0]?.start;
  void [docx, filed?.tables[0]?.head, perTitle, start, asJson];
  const tool = document.querySelector("qhcb-app") as QhcbAppElement;
  tool.data = dataset;
  let changed = 0;
  tool.addEventListener("qhcb-report", ((event: QhcbAppEventMap["qhcb-report"]) => {
    changed += (event.detail.summary?.planned ?? 0) + event.detail.revision + (event.detail.report?.findings.length ?? 0);
  }) as EventListener);
  return changed + (share ?? 0) + firstAge + ids.length + date.length + imported.summary.imported + xlsx.length;
}

// Issue 17: many units in one dataset.
import type { UnitReport, LevelReport, Report as QhcbReport } from "../../www/qhcb.js";
const split: Dataset = {
  units: [{ id: "tp", name: "Thành phố", level: "district" }, { id: "p1", level: "commune", parent: "tp" }],
  titles: [{ id: "p1-bch", group: "committee", seats: 9, unit: "p1" }],
  people: [{ id: "a", sex: "F", birth: "1980", unit: "p1", planned: ["p1-bch"] }],
};
const rolled: QhcbReport = analyze(split);
const wards: LevelReport | undefined = rolled.levels?.find((l) => l.level === "commune");
const perTitle: number | null | undefined = wards?.groups[0]?.perTitle;
const firstUnit: UnitReport | undefined = rolled.units?.[0];
const unitOfFinding: string | undefined = rolled.findings[0]?.unit;
void perTitle;
void firstUnit?.cohorts.all.count;
void unitOfFinding;

// Issue 18: the roster held by the engine.
import { Roster, type RosterOp } from "../../www/qhcb.js";
const held = Roster.fromJson(JSON.stringify(split), { lang: "en" });
const undo: RosterOp[] = held.apply([{ op: "set", person: 0, field: "birth", value: "1981" }]);
const heldReport: QhcbReport = held.report({ people: "none" });
held.apply(undo);
void heldReport.counts.rows;
void held.rows(0, 10).length;
void held.dataset().people.length;
const first = held.reportChange({ people: "columns" });
const next = held.reportChange({ people: "columns" }, first.seq);
if ("report" in next) void next.report.counts.rows;
else void [next.base, next.set.length, next.unset.length, Object.keys(next.splice)];
void held.toJsonBytes().byteLength;
held.free();
