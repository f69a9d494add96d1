// The page builds from the engine's vocabulary: the grid's columns and the
// import field list come from schema(lang); renaming a title follows every
// place the schema says a person holds title ids; and the page's JavaScript
// spells no engine enumeration id.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { initSync, analyze, parseCell, schema } from "../../www/pkg/qhcb.js";
import { gridColumns } from "../../www/columns.js";
import { renameTitleOps } from "../../www/editors.js";
import { Store } from "../../www/store.js";

const root = new URL("../../", import.meta.url);
initSync({ module: readFileSync(fileURLToPath(new URL("www/pkg/qhcb_bg.wasm", root))) });

test("the grid's columns are the schema's grid fields, then the computed ones", () => {
  const vocabulary = schema("vi");
  const columns = gridColumns(vocabulary);
  const grid = vocabulary.person.filter((f) => f.place === "grid").map((f) => f.id);
  const computed = vocabulary.personComputed.filter((f) => f.place === "gridComputed").map((f) => f.id);
  assert.deepEqual(columns.map((c) => c.key), [...grid, ...computed]);
  assert.ok(grid.includes("education") && grid.includes("current"));
  const education = columns.find((c) => c.key === "education");
  assert.equal(education.kind, "enum");
  assert.equal(education.enumeration, "education");
  assert.deepEqual(
    vocabulary.enumerations.education.map((v) => v.label),
    ["Tiến sĩ", "Thạc sĩ", "Đại học", "Cao đẳng", "Trung cấp", "Chưa qua đào tạo"],
  );
  assert.equal(columns.find((c) => c.key === "local").defaultValue, true);
  assert.equal(columns.filter((c) => c.frozen).length, 1);
  assert.equal(columns.find((c) => c.key === "birth").kind, "date");
  // A new enumeration value or person field reaches the grid with no change to the page:
  // a schema with one more education level and one more grid field.
  const extended = structuredClone(vocabulary);
  extended.enumerations.education.push({ id: "postdoc", label: "Sau tiến sĩ" });
  extended.person.push({ ...vocabulary.person.find((f) => f.id === "name"), id: "nickname", label: "Bí danh", short: "Bí danh" });
  const more = gridColumns(extended);
  assert.ok(more.some((c) => c.key === "nickname" && c.kind === "text"));
});

test("issue 16: the ethnic group column offers the 54 groups; one typed name fills both ethnic fields", () => {
  const vocabulary = schema("vi");
  const columns = gridColumns(vocabulary);
  const group = columns.find((c) => c.key === "ethnicGroup");
  assert.equal(group.kind, "enum");
  assert.equal(group.enumeration, "ethnicGroup");
  assert.equal(vocabulary.enumerations.ethnicGroup.length, 54);
  assert.ok(vocabulary.enumerations.ethnicGroup.some((v) => v.id === "kho-me" && v.label === "Khơ-me"));
  assert.equal(schema("en").enumerations.ethnicGroup.find((v) => v.id === "kho-me").label, "Khmer");
  for (const key of ["educationMajor", "otherPosts"]) assert.equal(columns.find((c) => c.key === key)?.kind, "text", key);
  // "Tày" in the yes/no column: accepted, with the group beside it.
  assert.deepEqual(parseCell("ethnicMinority", "Tày", { lang: "vi" }), { value: true, also: { ethnicGroup: "tay" } });
  assert.deepEqual(parseCell("ethnicGroup", "H’Mông", { lang: "vi" }), { value: "mong", also: { ethnicMinority: true } });
  assert.deepEqual(parseCell("education", "PGS.TS Kinh tế", { lang: "vi" }), {
    value: "doctorate",
    also: { educationMajor: "Kinh tế", academicTitle: "PGS" },
  });
  // A one-field answer is as before.
  assert.deepEqual(parseCell("sex", "Nữ", { lang: "vi" }), { value: "F" });
  assert.ok(parseCell("ethnicGroup", "Sao Hỏa", { lang: "vi" }).error);
});

test("the import field list and its labels come from the schema, in both languages", () => {
  const vi = schema("vi");
  const en = schema("en");
  assert.deepEqual(vi.importFields.map((f) => f.id), en.importFields.map((f) => f.id));
  assert.equal(vi.importFields[0].id, "ignore");
  for (const f of vi.person.filter((f) => f.import)) assert.ok(vi.importFields.some((x) => x.id === f.id), f.id);
  assert.equal(vi.importFields.find((f) => f.id === "name").label, "Họ và tên");
  assert.equal(en.importFields.find((f) => f.id === "name").label, "Full name");
  assert.throws(() => schema("fr"), /unknown language/);
});

test("renaming a title id renames it in current, planned and appointment.title", () => {
  const dataset = {
    format: "qhcb/1",
    asOf: "2025-01-01",
    unit: { name: "X", level: "district" },
    titles: [
      { id: "bt", name: "Bí thư", group: "key", seats: 1, rank: 1 },
      { id: "pbt", name: "Phó Bí thư", group: "key", seats: 2, rank: 2 },
    ],
    people: [
      { id: "a", sex: "M", birth: "1975", current: ["pbt"], planned: ["bt"], appointment: { title: "bt", dossierDate: "2024-12-01" } },
    ],
  };
  assert.equal(analyze(dataset).counts.excluded, 0);
  const store = new Store();
  store.load(structuredClone(dataset), { kind: "file", name: "x" });
  const data = store.dataset;
  const ops = [{ type: "set", path: ["titles", 0, "id"], before: "bt", after: "bt-moi" }];
  data.people.forEach((person, p) => ops.push(...renameTitleOps(data, p, person, "bt", "bt-moi")));
  assert.deepEqual(
    ops.slice(1).map((op) => op.path.join(".")),
    ["people.0.planned", "people.0.appointment.title"],
  );
  store.commit({ type: "batch", ops });
  assert.deepEqual(store.dataset.people[0].planned, ["bt-moi"]);
  assert.equal(store.dataset.people[0].appointment.title, "bt-moi");
  // The person is still analysed: no reference to the old id is left behind.
  const report = analyze(store.dataset);
  assert.equal(report.counts.excluded, 0, JSON.stringify(report.excluded));
});

test("the page's JavaScript spells no engine enumeration id", () => {
  const vocabulary = schema("vi");
  // Words that are also the page's own (an "error" event, a CSS class "info", a
  // "key" attribute, "none"/"first"/"other" in prose and CSS): the ids that
  // only the engine's vocabulary would spell are checked.
  const generic = new Set(["error", "warning", "info", "key", "none", "first", "other", "M", "F"]);
  const ids = new Set(
    Object.values(vocabulary.enumerations)
      .flat()
      .map((v) => v.id)
      .filter((id) => !generic.has(id)),
  );
  const www = fileURLToPath(new URL("www/", root));
  const files = [
    ...readdirSync(www).filter((f) => f.endsWith(".js")).map((f) => `${www}${f}`),
    ...readdirSync(`${www}i18n`).filter((f) => f.endsWith(".js")).map((f) => `${www}i18n/${f}`),
  ];
  const found = [];
  for (const file of files) {
    const code = readFileSync(file, "utf8").replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, "");
    for (const match of code.matchAll(/["'`]([A-Za-z-]+)["'`]|^\s*"?([A-Za-z-]+)"?\s*:/gm)) {
      const word = match[1] ?? match[2];
      if (ids.has(word)) found.push(`${file.slice(www.length)}: ${word}`);
    }
  }
  assert.deepEqual(found, []);
});
