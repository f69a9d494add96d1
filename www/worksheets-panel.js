// Quick worksheets: forms for aggregate counts (a body's seats and planned
// pairs, key titles, composition, staffing quota, party growth, rotation).
// The engine's worksheet() computes every figure and finding; this module
// reads the fields, shows the results, marks fields the engine rejects,
// prints one worksheet and exports its figures as CSV.

import { el, layer } from "./dom.js";
import { download } from "./download.js";
import { t, lang } from "./i18n.js";
import { values } from "./vocabulary.js";

/** The worksheets and their fields: [name, kind of input]. */
const SHEETS = {
  body: [["body", "bodies"], ["seats"], ["plannedPairs"], ["plannedPeople"], ["women"], ["young"], ["ethnicMinority"], ["decimals", "select:1,2"], ["profile", "profile"]],
  keyTitles: [["titles"], ["plannedPairs"], ["decimals", "select:2,1"], ["profile", "profile"]],
  // The levels of education and of political theory come from the engine's schema.
  composition: [["total"], ["education", "levels"], ["politicalTheory", "levels"], ["women"], ["ethnicMinority"], ["young"], ["nonLocal"]],
  staffing: [["requested"], ["assigned"], ["reserve"], ["filled"]],
  growth: [["membersFrom"], ["yearFrom"], ["membersTo"], ["yearTo"], ["admitted"], ["population"], ["unitsCovered"], ["unitsTotal"]],
  rotation: [["down"], ["up"], ["across"]],
};

/** The composition fields of an enumeration's levels: [{ name, label }], name "education-master". */
function levelFields(enumeration) {
  return values(enumeration).map((v) => ({
    name: `${enumeration}-${v.id}`,
    label: enumeration === "politicalTheory" ? t("sheets.theoryPart", { level: v.label.toLocaleLowerCase(t("locale")) }) : v.label,
  }));
}

/** A worksheet's fields with the schema's levels spread out: [name, type, label?]. */
function sheetFields(kind) {
  return SHEETS[kind].flatMap(([name, type]) =>
    type === "levels" ? levelFields(name).map((f) => [f.name, "count", f.label]) : [[name, type]],
  );
}

const SINGLES = ["women", "ethnicMinority", "young", "nonLocal"];

export class WorksheetsPanel {
  constructor(root, { worksheet, profiles, worksheetCsv }) {
    this.root = root;
    this.worksheet = worksheet;
    /** (input, options) → Promise of the CSV text: the engine writes it (guarded cells, numbers as numbers). */
    this.worksheetCsv = worksheetCsv;
    this.profiles = profiles;
    this.values = {};
    this.perTitle = [];
    this.results = {};
    /** Per worksheet, the engine's name of a field → the data-field of its input, where they differ. */
    this.paths = {};
    /** Worksheets the user has filled in: the others show no result (and no "needs a number") yet. */
    this.touched = new Set();
  }

  /** The engine's input for a worksheet, from the form's values. */
  input(kind) {
    const v = this.values[kind] ?? {};
    const number = (name) => (v[name] === undefined || v[name] === "" ? undefined : v[name]);
    if (kind === "composition") {
      const part = ({ name, label }) => ({ name, label, count: number(name) });
      const present = (fields) => fields.filter((f) => number(f.name) !== undefined).map(part);
      const single = (name) => ({ name, label: t(`sheets.fields.${name}`) });
      const groups = [
        { name: t("sheets.groups.education"), mustAddUp: !!v.mustAddUp, parts: present(levelFields("education")) },
        { name: t("sheets.groups.theory"), mustAddUp: !!v.mustAddUp, parts: present(levelFields("politicalTheory")) },
        ...SINGLES.filter((n) => number(n) !== undefined).map((n) => ({ name: t(`sheets.fields.${n}`), parts: [part(single(n))] })),
      ].filter((g) => g.parts.length);
      // The engine names a part's field by its place ("groups[0].parts[1].count"): map it back to its input.
      this.paths.composition = {};
      groups.forEach((g, gi) =>
        g.parts.forEach((p, pi) => {
          this.paths.composition[`groups[${gi}].parts[${pi}].count`] = p.name;
        }),
      );
      return { kind, total: number("total"), groups: groups.map((g) => ({ ...g, parts: g.parts.map(({ name, ...rest }) => rest) })), decimals: 1 };
    }
    const input = { kind };
    for (const [name, type] of sheetFields(kind)) {
      const value = number(name);
      if (value === undefined) continue;
      input[name] = type?.startsWith("select") && name === "decimals" ? Number(value) : value;
    }
    if (kind === "keyTitles") {
      const rows = this.perTitle.map((r, i) => ({ ...r, i })).filter((r) => r.name || r.planned);
      this.paths.keyTitles = {};
      rows.forEach((r, k) => {
        for (const key of ["planned", "seats"]) this.paths.keyTitles[`perTitle[${k}].${key}`] = `perTitle.${r.i}.${key}`;
      });
      input.perTitle = rows.map((r) => ({ name: r.name, planned: r.planned, seats: r.seats || undefined }));
    }
    return input;
  }

  compute(kind) {
    this.touched.add(kind);
    try {
      this.results[kind] = this.worksheet(this.input(kind), { lang: lang() });
    } catch (error) {
      this.results[kind] = { figures: [], findings: [], errors: [{ field: "", message: error.message }] };
    }
    this.showResult(kind);
  }

  render() {
    const forms = Object.keys(SHEETS).map((kind) => this.form(kind));
    this.root.replaceChildren(el("p", { class: "muted" }, t("sheets.hint")), ...forms);
    for (const kind of Object.keys(SHEETS)) if (this.touched.has(kind)) this.compute(kind);
  }

  form(kind) {
    const fields = sheetFields(kind).map(([name, type, label]) => this.field(kind, name, type, label));
    const extra = [];
    if (kind === "composition") {
      const box = el("input", { type: "checkbox", id: "sheet-composition-mustAddUp", checked: !!this.values.composition?.mustAddUp });
      box.addEventListener("change", () => {
        (this.values.composition ??= {}).mustAddUp = box.checked;
        this.compute(kind);
      });
      extra.push(el("label", { class: "check" }, box, " ", t("sheets.mustAddUp")));
    }
    if (kind === "keyTitles") extra.push(this.perTitleTable());
    const print = el("button", { type: "button", "data-sheet-print": kind }, t("sheets.print"));
    print.addEventListener("click", () => this.print(kind));
    const exportButton = el("button", { type: "button", "data-sheet-export": kind }, t("sheets.export"));
    exportButton.addEventListener("click", () => this.exportCsv(kind));
    return el(
      "section",
      { class: "panel worksheet", id: `sheet-${kind}`, "aria-labelledby": `sheet-${kind}-title` },
      el("h2", { id: `sheet-${kind}-title` }, t(`sheets.titles.${kind}`)),
      el("p", { class: "muted" }, t(`sheets.about.${kind}`)),
      el("div", { class: "form-grid" }, fields),
      extra,
      el("div", { class: "sheet-result", id: `sheet-${kind}-result`, "aria-live": "polite" }),
      el("div", { class: "row no-print" }, print, exportButton),
    );
  }

  field(kind, name, type, label = t(`sheets.fields.${name}`)) {
    const id = `sheet-${kind}-${name}`;
    const value = this.values[kind]?.[name] ?? "";
    let control;
    if (type === "profile") {
      control = el(
        "select",
        { id, "data-field": name },
        el("option", { value: "" }, t("profileAuto")),
        this.profiles.map((p) => el("option", { value: p.id, selected: p.id === value }, p.name)),
      );
    } else if (type === "bodies") {
      const bodies = values("group").filter((g) => g.body);
      control = el(
        "select",
        { id, "data-field": name },
        bodies.map((g) => el("option", { value: g.id, selected: String(value || bodies[0].id) === g.id }, g.label)),
      );
      (this.values[kind] ??= {})[name] ??= bodies[0].id;
    } else if (type?.startsWith("select:")) {
      const options = type.slice(7).split(",");
      control = el(
        "select",
        { id, "data-field": name },
        options.map((o) => el("option", { value: o, selected: String(value || options[0]) === o }, t(`sheets.options.${name}.${o}`))),
      );
      (this.values[kind] ??= {})[name] ??= options[0];
    } else {
      control = el("input", { id, type: "text", inputmode: "numeric", autocomplete: "off", value: String(value), "data-field": name, "aria-describedby": `${id}-error` });
    }
    const store = () => {
      (this.values[kind] ??= {})[name] = control.value.trim();
      this.compute(kind);
    };
    control.addEventListener(control.tagName === "SELECT" ? "change" : "input", store);
    return el(
      "label",
      { class: "field", for: id },
      el("span", {}, label),
      control,
      el("small", { class: "field-error", id: `${id}-error` }),
    );
  }

  perTitleTable() {
    const rows = this.perTitle.map((row, i) => {
      const input = (key, attrs) => {
        const node = el("input", { type: "text", value: row[key] ?? "", "aria-label": `${t(`sheets.perTitle.${key}`)} ${i + 1}`, "data-field": `perTitle.${i}.${key}`, ...attrs });
        node.addEventListener("input", () => {
          row[key] = node.value.trim();
          this.compute("keyTitles");
        });
        return node;
      };
      return el("tr", {}, el("td", {}, input("name", {})), el("td", {}, input("planned", { inputmode: "numeric" })), el("td", {}, input("seats", { inputmode: "numeric" })));
    });
    const add = el("button", { type: "button", id: "sheet-keyTitles-add" }, t("sheets.perTitle.add"));
    add.addEventListener("click", () => {
      this.perTitle.push({ name: "", planned: "", seats: "" });
      this.render();
      this.root.querySelector("#sheet-keyTitles tbody tr:last-child input")?.focus();
    });
    return el(
      "div",
      { class: "per-title" },
      el("p", {}, t("sheets.perTitle.heading")),
      el(
        "table",
        { class: "editor" },
        el("thead", {}, el("tr", {}, ["name", "planned", "seats"].map((k) => el("th", { scope: "col" }, t(`sheets.perTitle.${k}`))))),
        el("tbody", {}, rows),
      ),
      add,
    );
  }

  showResult(kind) {
    const result = this.results[kind];
    const target = this.root.querySelector(`#sheet-${kind}-result`);
    if (!target || !result) return;
    // Clear old marks, then mark the fields the engine rejected.
    for (const node of this.root.querySelectorAll(`#sheet-${kind} [data-field]`)) node.removeAttribute("aria-invalid");
    for (const node of this.root.querySelectorAll(`#sheet-${kind} .field-error`)) node.textContent = "";
    // Inputs are found by their data-field, never by a selector made of the engine's field
    // names ("perTitle[0].planned" is not a valid selector).
    const inputs = new Map([...this.root.querySelectorAll(`#sheet-${kind} [data-field]`)].map((node) => [node.dataset.field, node]));
    const errors = result.errors.filter((e) => {
      const input = inputs.get(this.paths[kind]?.[e.field] ?? e.field);
      if (!input) return true;
      input.setAttribute("aria-invalid", "true");
      const note = input.id ? this.root.querySelector(`[id="${input.id}-error"]`) : null;
      if (!note) return true;
      note.textContent = e.message;
      return false;
    });
    const key = lang();
    const parts = [
      result.figures.length ? el("ul", { class: "figures" }, result.figures.map((f) => el("li", { "data-figure": f.key }, f[key]))) : null,
      result.findings.length
        ? el(
            "ul",
            { class: "sheet-findings" },
            result.findings.map((f) =>
              el("li", { class: f.severity, "data-code": f.code }, el("span", { class: "message" }, f.message), el("small", { class: "source" }, `${t("source")}: ${f.source}`)),
            ),
          )
        : null,
      errors.length ? el("p", { class: "error-text" }, errors.map((e) => e.message).join("; ")) : null,
    ];
    target.replaceChildren(...parts.filter(Boolean));
  }

  print(kind) {
    const frame = layer(this.root);
    frame.dataset.printing = kind;
    for (const node of this.root.querySelectorAll(".worksheet")) node.classList.toggle("printing", node.id === `sheet-${kind}`);
    window.print();
    delete frame.dataset.printing;
  }

  async exportCsv(kind) {
    if (!this.results[kind]) return;
    let csv;
    try {
      csv = await this.worksheetCsv(this.input(kind), { lang: lang() });
    } catch (error) {
      this.results[kind] = { figures: [], findings: [], errors: [{ field: "", message: error.message }] };
      this.showResult(kind);
      return;
    }
    download(`qhcb-${kind}.csv`, csv, "text/csv;charset=utf-8", this.root);
  }
}
