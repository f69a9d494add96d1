// Crafted files through the shipped file module (wasm), as outside checks
// run them: each gives a clear error naming what is too large, or a correct
// result; none traps the module, and the module keeps working after each.
// The files are made here (a small zip writer over node:zlib).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { zip } from "../support/zip.mjs";
import { initSync, inspectFile, importFile, analyze } from "../../www/pkg/qhcb_io.js";

initSync({ module: readFileSync(fileURLToPath(new URL("../../www/pkg/qhcb_io_bg.wasm", import.meta.url))) });


function xlsx(sheetData, shared = "") {
  return zip({
    "[Content_Types].xml": `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    "_rels/.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="DS" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    "xl/worksheets/sheet1.xml": `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetData}</sheetData></worksheet>`,
    "xl/sharedStrings.xml": `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${shared}</sst>`,
  });
}

const cell = (r, text) => `<c r="${r}" t="inlineStr"><is><t>${text}</t></is></c>`;
const ROSTER = `<row r="1">${cell("A1", "Họ và tên")}${cell("B1", "Giới tính")}${cell("C1", "Năm sinh")}</row><row r="2">${cell("A2", "Lê A")}${cell("B2", "Nam")}<c r="C2"><v>1975</v></c></row>`;

/** The module still answers after a refused file. */
function stillWorks() {
  const bytes = xlsx(ROSTER);
  const sheet = inspectFile(bytes).sheets[0];
  const imported = importFile(bytes, { headerRow: sheet.headerRow, columns: sheet.columns.map(({ index, field }) => ({ index, field })) });
  assert.equal(imported.summary.imported, 1);
}

const refuses = (bytes, pattern) => {
  assert.throws(() => inspectFile(bytes, { lang: "en" }), (e) => e instanceof Error && !(e instanceof WebAssembly.RuntimeError) && pattern.test(e.message));
  stillWorks();
};

test("crafted workbooks are refused by what is too large, and the module keeps working", () => {
  refuses(xlsx(`<row r="1">${cell("A1", "x")}</row><row r="1048576">${cell("XFD1048576", "x")}</row>`), /1,048,576 rows × 16,384 columns/);
  const big = "x".repeat(10 * 1024 * 1024);
  const uses = Array.from({ length: 300 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>0</v></c></row>`).join("");
  refuses(xlsx(uses, `<si><t>${big}</t></si>`), /MB of text/);
  refuses(xlsx(`${ROSTER}${" ".repeat(20 * 1024 * 1024)}`), /longer than 16 MB/);
  const ods = zip({
    mimetype: "application/vnd.oasis.opendocument.spreadsheet",
    "content.xml": `<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="DS"><table:table-row table:number-rows-repeated="1000000"><table:table-cell table:number-columns-repeated="20" office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>`,
  });
  assert.ok(ods.length < 1000, `${ods.length} bytes`);
  refuses(ods, /1,000,000 rows × 20 columns/);
});

test("CSV: millions of rows refused with the count; an open quote names its line; a NUL costs its row", () => {
  refuses(new TextEncoder().encode("a,b\n".repeat(3_200_000)), /has 3,200,000 rows; a roster may have at most 3,000,000/);
  const lines = ["Họ và tên,Giới tính,Năm sinh"];
  for (let i = 0; i < 1000; i++) lines.push(`Người ${i},Nam,1975`);
  lines[2] = `"${lines[2]}`;
  refuses(new TextEncoder().encode(lines.join("\n")), /^line 3 opens a quote/);
  const nul = new TextEncoder().encode("Họ và tên,Giới tính,Năm sinh\nLê A,Nam,1975\nLê\u0000B,Nam,1976\n");
  const sheet = inspectFile(nul).sheets[0];
  const imported = importFile(nul, { headerRow: sheet.headerRow, columns: sheet.columns.map(({ index, field }) => ({ index, field })), lang: "en" });
  assert.equal(imported.summary.imported, 1);
  assert.equal(imported.rejections[0].row, 3);
  assert.match(imported.rejections[0].reason, /U\+0000/);
});

test("analyze: a million rows of dd/mm/yyyy births and a lone surrogate are counted, not fatal", () => {
  const people = [];
  for (let i = 0; i < 1_000_000; i++) people.push(`{"id":"p${i}","sex":"M","birth":"01/02/1975"}`);
  const report = analyze(`{"asOf":"2026-01-15","people":[${people.join(",")}]}`, { people: "none" });
  assert.equal(report.counts.rows, 1_000_000);
  assert.equal(report.counts.excluded, 1_000_000);
  assert.ok(report.findings.filter((f) => f.code === "invalid-row").length <= 50_001);
  const surrogate = analyze(String.raw`{"asOf":"2026-01-15","people":[{"id":"a","sex":"M","birth":"1975","name":"Lê \ud83d"},{"id":"b","sex":"F","birth":"1980"}]}`, { lang: "en" });
  assert.equal(surrogate.counts.analysed, 1);
  const finding = surrogate.findings.find((f) => f.code === "invalid-row");
  assert.equal(finding.field, "name");
  assert.equal(finding.row, 0);
});
