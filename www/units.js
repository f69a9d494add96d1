// Many units in one dataset: what the first load needs of them. The titles
// editor's unit column, rows placed in their units on import, the import
// panel's choice of unit, and the unit tree's place on the Data tab, which
// loads the tree itself (units-panel.js) the first time a dataset has units.
// A dataset of one unit, and a first visit, never download the tree.
import { el } from "./dom.js";
import { t, text, format } from "./i18n.js";
import { fold } from "./names.js";
import { changedTitleIds, defaultValue, values } from "./vocabulary.js";
import { setOp } from "./store.js";

/** A sentence of the units' catalogue section (www/i18n), or its list (column headings). */
export function tr(key, params = {}) {
  const value = text().units?.[key];
  return Array.isArray(value) ? value : t(`units.${key}`, params);
}

export const unitName = (u) => u?.name || u?.id || "";

/** The unit a person belongs to: their own, else the unit of their first current title. */
export function personUnit(person, titleUnit) {
  if (person?.unit) return person.unit;
  const first = (person?.current ?? [])[0];
  return first != null ? titleUnit.get(first) ?? null : null;
}

export function titleUnits(dataset) {
  return new Map((dataset.titles ?? []).map((t) => [t.id, t.unit]));
}

/** A unit id not used yet: "u1", "u2", … */
export function freshId(units, base = "u") {
  const used = new Set(units.map((u) => u.id));
  let n = units.length + 1;
  while (used.has(`${base}${n}`)) n++;
  return `${base}${n}`;
}

/** The first unit of a one-unit dataset: named after the reviewing body, every title in it. */
export function firstUnit(data) {
  return { id: "u1", name: data.unit?.name || tr("heading"), level: data.unit?.level ?? defaultValue("unit", "level") };
}

// ---- the Data tab: the place of the unit tree ---------------------------------------

/**
 * The unit tree on the Data tab, as app.js sees it (`render`, `setFilter`).
 * A dataset without units shows the offer to split it here; one with units
 * loads the tree (units-panel.js, `UnitsPanel`) and hands it everything.
 */
export class UnitsPlace {
  /** The options of `UnitsPanel`: `store`, `onFilter(predicate | null)`, `confirm(text)`. */
  constructor(root, options) {
    this.root = root;
    this.options = options;
    this.panel = null;
    this.load = null;
    this.filter = "";
  }

  /** The tree, loaded once (again after a failed load). */
  loaded() {
    return (this.load ??= import("./units-panel.js").then(
      ({ UnitsPanel }) => {
        this.panel = new UnitsPanel(this.root, this.options);
        return this.panel;
      },
      (error) => {
        this.load = null;
        throw error;
      },
    ));
  }

  render() {
    if (this.panel) return this.panel.render();
    const data = this.options.store.dataset;
    this.root.hidden = !data;
    if (!data) return;
    if (Array.isArray(data.units) && data.units.length > 0) {
      // Shown when it has loaded, with the dataset as it is then.
      this.loaded().then((panel) => panel.render(), () => {});
      return;
    }
    const heading = el("h2", { id: "units-heading" }, tr("heading"));
    const enable = el("button", { type: "button", id: "units-enable" }, tr("enable"));
    enable.addEventListener("click", () => {
      const { store } = this.options;
      const titles = (store.dataset.titles ?? []).map((t) => ({ ...t, unit: "u1" }));
      store.commit({ type: "batch", ops: [setOp(store.dataset, ["units"], [firstUnit(store.dataset)]), setOp(store.dataset, ["titles"], titles)] });
    });
    this.root.replaceChildren(heading, el("p", { class: "muted" }, tr("none")), enable);
    if (this.filter) this.setFilter("");
  }

  setFilter(id) {
    if (this.panel) return this.panel.setFilter(id);
    this.filter = id;
    if (!id) this.options.onFilter(null);
    else this.loaded().then((panel) => panel.setFilter(id), () => {});
  }
}

// ---- the titles editor: the unit of each title ------------------------------------

export const unitHeading = () => tr("heading");

/** The unit of title `index`: an id typed or picked from the units' list; `onChange(id)`. */
export function unitSelect(dataset, index, onChange) {
  const value = dataset.titles[index]?.unit ?? "";
  const input = el("input", {
    type: "text",
    list: "unit-ids",
    size: "8",
    value,
    "data-title-field": "unit",
    "aria-label": `${tr("heading")} ${index + 1}`,
  });
  input.addEventListener("change", () => {
    const typed = input.value.trim();
    const unit = dataset.units.find((u) => u.id === typed) ?? dataset.units.find((u) => fold(u.name) === fold(typed));
    onChange(unit ? unit.id : typed || undefined);
  });
  return input;
}

// ---- import: rows with a unit column -----------------------------------------------


/** The level of a unit created under one of `level`: the schema's level below. */
export function below(level) {
  return values("level").find((v) => v.id === level)?.below ?? values("level").find((v) => v.id === defaultValue("unit", "level"))?.below;
}

/**
 * Places imported rows that name their unit ("Đơn vị", "Xã/phường", "Cơ quan"
 * column: a unit's id or name) in that unit. A unit not in the data is
 * created under the first top unit (a dataset of one unit is split first:
 * its titles go to a unit named after the reviewing body). A title a row
 * holds or is planned for is the title of the same name in the row's unit,
 * created there (a copy) when the unit has none. Returns null when no row
 * names a unit; else the new `units`, `titles` and the rows.
 */
export function placeImported(data, imported) {
  const people = imported.people ?? [];
  if (!people.some((p) => typeof p.unit === "string" && p.unit.trim() !== "")) return null;
  const units = structuredClone(Array.isArray(data.units) ? data.units : []);
  let titles = [...structuredClone(data.titles ?? []), ...structuredClone(imported.newTitles ?? [])];
  if (!units.length) {
    units.push(firstUnit(data));
    titles = titles.map((t) => ({ ...t, unit: "u1" }));
  } else {
    titles = titles.map((t) => (t.unit ? t : { ...t, unit: units[0].id }));
  }
  const top = units.find((u) => !u.parent) ?? units[0];
  const unitOf = new Map();
  for (const u of units) {
    unitOf.set(fold(u.id), u.id);
    if (u.name) unitOf.set(fold(u.name), u.id);
  }
  const byId = new Map(titles.map((t) => [t.id, t]));
  // Titles by unit and folded name (or id when unnamed).
  const key = (unit, t) => `${unit}\u0000${fold(t.name || t.id)}`;
  const inUnit = new Map(titles.map((t) => [key(t.unit, t), t.id]));
  const ids = new Set(titles.map((t) => t.id));
  const placed = people.map((row) => {
    const p = { ...row };
    if (typeof p.unit !== "string" || p.unit.trim() === "") {
      delete p.unit;
      return p;
    }
    let unit = unitOf.get(fold(p.unit));
    if (!unit) {
      unit = freshId(units);
      units.push({ id: unit, name: p.unit.trim(), level: below(top.level), parent: top.id });
      unitOf.set(fold(p.unit), unit);
    }
    p.unit = unit;
    const inUnitIds = (list) =>
      list.map((id) => {
        const title = byId.get(id);
        if (!title || title.unit === unit) return id;
        const same = inUnit.get(key(unit, title));
        if (same) return same;
        let copyId = `${unit}-${id}`;
        for (let n = 2; ids.has(copyId); n++) copyId = `${unit}-${id}-${n}`;
        const copy = { ...title, id: copyId, unit };
        titles.push(copy);
        ids.add(copyId);
        byId.set(copyId, copy);
        inUnit.set(key(unit, copy), copyId);
        return copyId;
      });
    for (const [path, value] of changedTitleIds(p, inUnitIds)) {
      let node = p;
      for (const part of path.slice(0, -1)) node = node[part] = { ...node[part] };
      node[path.at(-1)] = value;
    }
    return p;
  });
  return { units, titles, people: placed };
}

// ---- import: one file per unit -------------------------------------------------------

/** A file name without its extension: the name of the unit it holds. */
const fileUnitName = (fileName) => String(fileName ?? "").replace(/\.[^.]+$/, "").trim();

/**
 * The import panel's choice of the unit of a file's rows: "" (as the rows
 * say: a unit column, or none), an existing unit's id, or "new" (a unit
 * named after the file). A file named after an existing unit goes there; one
 * of several files goes to a new unit named after it.
 */
export function unitChooser(dataset, fileName, several) {
  const units = Array.isArray(dataset?.units) ? dataset.units : [];
  const name = fileUnitName(fileName);
  const match = units.find((u) => fold(u.name) === fold(name) || fold(u.id) === fold(name));
  const chosen = match ? match.id : several ? "new" : "";
  const select = el(
    "select",
    { id: "import-unit" },
    el("option", { value: "", selected: chosen === "" }, tr("importByRows")),
    units.map((u) => el("option", { value: u.id, selected: u.id === chosen }, unitName(u))),
    name ? el("option", { value: "new", selected: chosen === "new" }, tr("importNew", { name })) : null,
  );
  return el("label", { class: "field", for: "import-unit" }, el("span", {}, tr("importUnit")), select);
}

/** The imported rows with the chosen unit (rows that name their own unit keep it). */
export function withChosenUnit(result, choice, dataset, fileName) {
  if (!choice) return result;
  const unit = choice === "new" ? fileUnitName(fileName) : (dataset?.units ?? []).find((u) => u.id === choice)?.id ?? choice;
  if (!unit) return result;
  return { ...result, people: result.people.map((p) => (p.unit ? p : { ...p, unit })) };
}

/** "Còn 2 tệp sẽ nhập tiếp." */
export const queueNote = (count) => tr("importQueue", { count: format.count(count) });
