// The crafted files and large inputs of issue 14 through the shipped wasm
// modules (www/pkg, built by scripts/build.sh), one at a time: the time of
// each call and the process's resident memory after it. A benchmark, not a
// test: `node benches/hostile.mjs` (one case: `node benches/hostile.mjs far-cell`).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { zip as zipWith } from "../tests/support/zip.mjs";
import { initSync, inspectFile, importFile, analyze, parsePaste } from "../www/pkg/qhcb_io.js";

initSync({ module: readFileSync(fileURLToPath(new URL("../www/pkg/qhcb_io_bg.wasm", import.meta.url))) });

/** The crafted archives deflated as hard as a hostile author would. */
const zip = (parts) => zipWith(parts, { level: 9 });

const xlsx = (sheetData, shared = "") =>
  zip({
    "_rels/.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="DS" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    "xl/worksheets/sheet1.xml": sheetData,
    "xl/sharedStrings.xml": `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${shared}</sst>`,
  });
const sheet = (rows) => `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;
const cell = (r, text) => `<c r="${r}" t="inlineStr"><is><t>${text}</t></is></c>`;

const CASES = {
  "far-cell": () => [`XLSX, cells A1 and XFD1048576`, xlsx(sheet(`<row r="1">${cell("A1", "x")}</row><row r="1048576">${cell("XFD1048576", "x")}</row>`))],
  "shared-string": () => [
    "XLSX, one 20 MB shared string used 300 times",
    xlsx(sheet(Array.from({ length: 300 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>0</v></c></row>`).join("")), `<si><t>${"x".repeat(20 * 1024 * 1024)}</t></si>`),
  ],
  whitespace: () => {
    const pad = Buffer.alloc(1024 * 1024, " ");
    const pieces = [Buffer.from(`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`)];
    for (let r = 1; r <= 1500; r++) pieces.push(Buffer.from(`<row r="${r}"><c r="A${r}"><v>1</v></c></row>`), pad);
    pieces.push(Buffer.from("</sheetData></worksheet>"));
    const bytes = xlsx(Buffer.concat(pieces));
    return ["XLSX, 1.5 GB of padding between rows", bytes];
  },
  "ods-repeats": () => [
    "ODS, 1,000,000 repeated rows",
    zip({
      mimetype: "application/vnd.oasis.opendocument.spreadsheet",
      "content.xml": `<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="DS"><table:table-row table:number-rows-repeated="1000000"><table:table-cell table:number-columns-repeated="1024" office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>`,
    }),
  ],
  "csv-rows": () => {
    const line = "Nguyễn Văn An,Nam,15/03/1975\n";
    const rows = Math.floor((200 * 1024 * 1024 - 1) / Buffer.byteLength(line));
    return [`CSV, ${rows.toLocaleString("en")} rows`, new Uint8Array(Buffer.from(line.repeat(rows)))];
  },
};

function run(name) {
  const started = performance.now();
  let outcome;
  if (name === "invalid" || name === "dates") {
    const n = name === "invalid" ? 3_000_000 : 1_000_000;
    const birth = name === "invalid" ? "x" : "01/02/1975";
    const parts = [];
    for (let i = 0; i < n; i++) parts.push(`{"id":"p${i}","sex":"M","birth":"${birth}"}`);
    const text = `{"asOf":"2026-01-15","people":[${parts.join(",")}]}`;
    const t = performance.now();
    const report = analyze(text, { people: "columns" });
    return [`analyze(), ${n.toLocaleString("en")} rows with birth "${birth}"`, performance.now() - t, `${report.counts.excluded.toLocaleString("en")} excluded, ${report.excluded.length.toLocaleString("en")} listed`];
  }
  if (name === "paste") {
    const block = Array.from({ length: 50_000 }, (_, i) => `p${i}\tNgười ${i}\tNam\t15/03/1975\tx\tThạc sĩ\tCao cấp\tbt`).join("\r\n");
    const t = performance.now();
    const result = parsePaste(block, { fields: ["id", "name", "sex", "birth", "local", "education", "politicalTheory", "planned"], titles: [{ id: "bt", name: "Bí thư" }] });
    return ["parsePaste(), 50,000 rows × 8 cells", performance.now() - t, `${result.rows.length.toLocaleString("en")} rows`];
  }
  if (name === "titles" || name === "rejected") {
    const lines = ["Họ và tên,Giới tính,Năm sinh,Quy hoạch chức danh"];
    for (let i = 0; i < 100_000; i++) lines.push(name === "titles" ? `Người ${i},Nam,1975,Chức danh ${i}` : `Người ${i},?,1975,`);
    const bytes = new TextEncoder().encode(lines.join("\n"));
    const t = performance.now();
    const guess = inspectFile(bytes).sheets[0];
    const imported = importFile(bytes, { headerRow: guess.headerRow, columns: guess.columns.map(({ index, field }) => ({ index, field })), createTitles: true, referenceYear: 2026 });
    return [name === "titles" ? "importFile(), 100,000 created titles" : "importFile(), 100,000 rejected rows", performance.now() - t, `${imported.newTitles.length} titles, ${imported.summary.rejected} rejected`];
  }
  const [label, bytes] = CASES[name]();
  const t = performance.now();
  try {
    inspectFile(bytes, { lang: "en" });
    outcome = "read";
  } catch (error) {
    outcome = error.message.slice(0, 90);
  }
  void started;
  return [`inspectFile(): ${label} (${bytes.length.toLocaleString("en")} bytes)`, performance.now() - t, outcome];
}

const names = process.argv.slice(2);
const all = names.length ? names : ["far-cell", "shared-string", "whitespace", "ods-repeats", "csv-rows", "invalid", "dates", "paste", "titles", "rejected"];
console.log("| case | ms | outcome | RSS after (MB) |");
console.log("|---|---:|---|---:|");
for (const name of all) {
  const [label, ms, outcome] = run(name);
  console.log(`| ${label} | ${ms.toFixed(0)} | ${outcome} | ${(process.memoryUsage().rss / 1048576).toFixed(0)} |`);
}
