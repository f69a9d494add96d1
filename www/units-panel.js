// Many units in one dataset (a city and its wards, a province and
// its communes). The Data tab's unit tree (add, rename, move, delete with
// its titles and people, copy the title set of one unit to others, filter
// the grid by unit), the Results' roll-up by level with the articles'
// wording and the table of units sorted by how far each is from the rules,
// and the same roll-up in the printed report. Loaded on demand: the tree
// when a dataset has units (units.js), the roll-up with the views of a report.
import { el, table } from "./dom.js";
import { format } from "./i18n.js";
import { fold } from "./names.js";
import { changedTitleIds, defaultValue, label, values } from "./vocabulary.js";
import { setOp } from "./store.js";
import { below, firstUnit, freshId, personUnit, titleUnits, tr, unitName } from "./units.js";


/** "1,4" (one decimal, as the articles write body multiples) or "2,01" (two). */
function times(x, digits) {
  return format.decimal(x, digits);
}

// ---- the Data tab: the unit tree ---------------------------------------------------

export class UnitsPanel {
  /**
   * `root`: the panel's element; `store`: the data; `onFilter(predicate | null)`
   * filters the people grid; `confirm(text)` asks before a deletion.
   */
  constructor(root, { store, onFilter, confirm = (text) => window.confirm(text) }) {
    this.root = root;
    this.store = store;
    this.onFilter = onFilter;
    this.confirm = confirm;
    this.filter = "";
    this.note = "";
  }

  commit(ops) {
    // A note says what the last action did; the next one replaces it.
    this.note = "";
    this.store.commit(ops.length === 1 ? ops[0] : { type: "batch", ops });
  }

  /** Splits a one-unit dataset: one unit named after the reviewing body, every title in it. */
  enable() {
    const data = this.store.dataset;
    const unit = firstUnit(data);
    const titles = (data.titles ?? []).map((t) => ({ ...t, unit: "u1" }));
    this.commit([setOp(data, ["units"], [unit]), setOp(data, ["titles"], titles)]);
  }

  add(name, level, parent) {
    const data = this.store.dataset;
    const units = data.units ?? [];
    const unit = { id: freshId(units), name: name.trim() || freshId(units), level };
    if (parent) unit.parent = parent;
    this.commit([setOp(data, ["units"], [...units, unit])]);
  }

  set(index, field, value) {
    const data = this.store.dataset;
    if (field === "parent" && value) {
      // A unit cannot move under itself or one of its own units.
      // (At most one step per unit: a loop of parents already in the data ends the walk.)
      const byId = new Map(data.units.map((u) => [u.id, u]));
      let steps = data.units.length;
      for (let at = byId.get(value); at && steps-- > 0; at = at.parent ? byId.get(at.parent) : null) {
        if (at.id === data.units[index].id) return false;
      }
    }
    const after = value === "" || value == null ? undefined : value;
    this.commit([setOp(data, ["units", index, field], after)]);
    return true;
  }

  /** Deletes a unit with its titles and the people who belong to it; its units move up. */
  remove(index) {
    const data = this.store.dataset;
    const unit = data.units[index];
    const gone = new Set((data.titles ?? []).filter((t) => t.unit === unit.id).map((t) => t.id));
    const titleUnit = titleUnits(data);
    const leaving = [];
    (data.people ?? []).forEach((p, i) => {
      if (personUnit(p, titleUnit) === unit.id) leaving.push(i);
    });
    if (!this.confirm(tr("removeConfirm", { name: unitName(unit), titles: gone.size, people: leaving.length }))) return;
    const ops = [];
    // Other people lose the titles that go.
    const leavingSet = new Set(leaving);
    (data.people ?? []).forEach((p, i) => {
      if (leavingSet.has(i)) return;
      for (const [path, value] of changedTitleIds(p ?? {}, (ids) => ids.filter((id) => !gone.has(id)))) {
        ops.push(setOp(data, ["people", i, ...path], value));
      }
    });
    // Rows removed from the last, so the indexes before stay right.
    for (const i of leaving.reverse()) {
      ops.push({ type: "splice", path: ["people"], index: i, removed: [structuredClone(data.people[i])], inserted: [] });
    }
    const units = data.units
      .filter((_, i) => i !== index)
      .map((u) => (u.parent === unit.id ? withParent(u, unit.parent) : u));
    ops.push(setOp(data, ["units"], units));
    ops.push(setOp(data, ["titles"], (data.titles ?? []).filter((t) => !gone.has(t.id))));
    this.commit(ops);
    if (this.filter === unit.id) this.setFilter("");
  }

  /** Copies the titles of unit `from` to each unit of `to` (ids prefixed with the target's id). */
  copyTitles(from, to) {
    const data = this.store.dataset;
    const source = (data.titles ?? []).filter((t) => t.unit === from);
    const ids = new Set((data.titles ?? []).map((t) => t.id));
    const added = [];
    for (const target of to) {
      if (target === from) continue;
      for (const t of source) {
        const rest = t.id.startsWith(`${from}-`) ? t.id.slice(from.length + 1) : t.id;
        const id = `${target}-${rest}`;
        if (ids.has(id)) continue;
        ids.add(id);
        added.push({ ...t, id, unit: target });
      }
    }
    if (added.length) this.commit([setOp(data, ["titles"], [...(data.titles ?? []), ...added])]);
    this.note = tr("copied", { count: format.count(added.length) });
    return added.length;
  }

  setFilter(id) {
    this.filter = id;
    const data = this.store.dataset;
    if (!id || !data) {
      this.onFilter(null);
    } else {
      const titleUnit = titleUnits(data);
      this.onFilter((p) =>
        personUnit(p, titleUnit) === id ||
        [...(p.current ?? []), ...(p.planned ?? [])].some((t) => titleUnit.get(t) === id),
      );
    }
    const select = this.root.querySelector("#unit-filter");
    if (select) select.value = id;
  }

  render() {
    const data = this.store.dataset;
    this.root.hidden = !data;
    if (!data) return;
    const units = Array.isArray(data.units) ? data.units : null;
    const heading = el("h2", { id: "units-heading" }, tr("heading"));
    if (!units || units.length === 0) {
      const enable = el("button", { type: "button", id: "units-enable" }, tr("enable"));
      enable.addEventListener("click", () => this.enable());
      this.root.replaceChildren(heading, el("p", { class: "muted" }, tr("none")), enable);
      if (this.filter) this.setFilter("");
      return;
    }
    const titleUnit = titleUnits(data);
    const titlesOf = new Map();
    for (const t of data.titles ?? []) titlesOf.set(t.unit, (titlesOf.get(t.unit) ?? 0) + 1);
    const peopleOf = new Map();
    for (const p of data.people ?? []) {
      const u = personUnit(p, titleUnit);
      if (u != null) peopleOf.set(u, (peopleOf.get(u) ?? 0) + 1);
    }
    const levelSelect = (value, attrs) =>
      el("select", attrs, values("level").map((l) => el("option", { value: l.id, selected: l.id === value }, l.label)));
    const parentSelect = (value, attrs) =>
      el(
        "select",
        attrs,
        el("option", { value: "" }, tr("noParent")),
        units.map((u) => el("option", { value: u.id, selected: u.id === value }, unitName(u))),
      );

    // The tree: each unit under its parent, depth first (without recursion: a
    // chain of thousands of units is a long list, not a deep call stack).
    const ids = new Set(units.map((u) => u.id));
    const children = new Map();
    units.forEach((u, i) => {
      const parent = u.parent && ids.has(u.parent) && u.parent !== u.id ? u.parent : "";
      if (!children.has(parent)) children.set(parent, []);
      children.get(parent).push(i);
    });
    const seen = new Set();
    const items = [];
    const walk = (roots) => {
      const stack = roots.map((i) => [i, 0]).reverse();
      while (stack.length) {
        const [i, depth] = stack.pop();
        if (seen.has(i)) continue;
        seen.add(i);
        items.push(this.unitItem(units[i], i, depth, titlesOf, peopleOf, levelSelect));
        const below = children.get(units[i].id) ?? [];
        for (let k = below.length - 1; k >= 0; k--) stack.push([below[k], depth + 1]);
      }
    };
    walk(children.get("") ?? []);
    // Units in a loop of parents are under no top unit: listed at the end.
    walk(units.map((_, i) => i).filter((i) => !seen.has(i)));
    const tree = el("ul", { id: "unit-tree", class: "unit-tree", "aria-labelledby": "units-heading" }, items);
    // One list of units for every unit's parent field and every title's unit field.
    const names = el("datalist", { id: "unit-ids" }, units.map((u) => el("option", { value: u.id }, unitName(u))));

    const name = el("input", { id: "unit-new-name", type: "text", "aria-label": tr("name"), placeholder: tr("name") });
    const level = levelSelect(below(units[0]?.level ?? defaultValue("unit", "level")), { id: "unit-new-level", "aria-label": tr("level") });
    const parent = parentSelect(units[0]?.id ?? "", { id: "unit-new-parent", "aria-label": tr("parent") });
    const add = el("button", { type: "button", id: "unit-add" }, tr("add"));
    add.addEventListener("click", () => this.add(name.value, level.value, parent.value));

    const from = el("select", { id: "unit-copy-from", "aria-label": tr("copyFrom") }, units.map((u) => el("option", { value: u.id }, unitName(u))));
    const targets = el(
      "fieldset",
      { id: "unit-copy-to", class: "unit-copy-to" },
      el("legend", {}, tr("copyTo")),
      units.map((u) => el("label", {}, el("input", { type: "checkbox", value: u.id }), " ", unitName(u))),
    );
    const copy = el("button", { type: "button", id: "unit-copy" }, tr("copyButton"));
    copy.addEventListener("click", () => {
      const to = [...targets.querySelectorAll("input:checked")].map((c) => c.value);
      this.copyTitles(from.value, to);
      // The copy re-renders the panel through the store; without a copy, the note alone.
      this.root.querySelector("#unit-note").textContent = this.note;
    });

    const filter = el(
      "select",
      { id: "unit-filter" },
      el("option", { value: "" }, tr("allUnits")),
      units.map((u) => el("option", { value: u.id, selected: u.id === this.filter }, unitName(u))),
    );
    filter.addEventListener("change", () => this.setFilter(filter.value));
    if (this.filter && !ids.has(this.filter)) this.setFilter("");

    this.root.replaceChildren(
      heading,
      el("p", { class: "row" }, el("label", { for: "unit-filter" }, tr("filterLabel")), " ", filter),
      tree,
      names,
      el("div", { class: "row unit-add" }, name, level, parent, add),
      el("details", { class: "unit-copy" }, el("summary", {}, tr("copy")), el("div", { class: "row" }, el("label", { for: "unit-copy-from" }, tr("copyFrom")), " ", from), targets, copy),
      el("p", { id: "unit-note", class: "muted", role: "status" }, this.note),
    );
  }

  unitItem(unit, index, depth, titlesOf, peopleOf, levelSelect) {
    const id = unit.id;
    // Ids by position: after the re-render an edit causes, focus returns to the same control.
    const name = el("input", { type: "text", id: `unit-name-${index}`, value: unit.name ?? "", "aria-label": `${tr("name")} ${id}`, "data-unit-field": "name" });
    name.addEventListener("change", () => this.set(index, "name", name.value.trim()));
    const level = levelSelect(unit.level, { id: `unit-level-${index}`, "aria-label": `${tr("level")} ${unitName(unit)}`, "data-unit-field": "level" });
    level.addEventListener("change", () => this.set(index, "level", level.value));
    // The parent: a unit id typed or picked from the list of units (a select per row
    // would hold every unit: a million options for a province of 1,000 units).
    const parent = el("input", {
      type: "text",
      id: `unit-parent-${index}`,
      list: "unit-ids",
      size: "8",
      value: unit.parent ?? "",
      placeholder: tr("noParent"),
      "aria-label": `${tr("parent")} ${unitName(unit)}`,
      "data-unit-field": "parent",
    });
    parent.addEventListener("change", () => {
      const units = this.store.dataset.units;
      const typed = parent.value.trim();
      const target = typed === "" ? "" : (units.find((u) => u.id === typed) ?? units.find((u) => fold(u.name) === fold(typed)))?.id;
      if (target === undefined || target === id || !this.set(index, "parent", target)) parent.value = unit.parent ?? "";
    });
    const show = el("button", { type: "button", id: `unit-show-${index}`, "data-unit-action": "filter" }, tr("filter"));
    show.addEventListener("click", () => this.setFilter(id));
    const remove = el("button", { type: "button", id: `unit-remove-${index}`, "data-unit-action": "remove" }, tr("remove"));
    remove.addEventListener("click", () => this.remove(index));
    return el(
      "li",
      { "data-unit": id, "data-depth": String(depth + 1), style: { paddingInlineStart: `${Math.min(depth, 12) * 1.5}rem` } },
      el("span", { class: "row" }, name, level, parent,
        el("span", { class: "muted" }, tr("counts", { titles: format.count(titlesOf.get(id) ?? 0), people: format.count(peopleOf.get(id) ?? 0) })),
        show, remove),
    );
  }
}

function withParent(unit, parent) {
  const copy = { ...unit };
  if (parent) copy.parent = parent;
  else delete copy.parent;
  return copy;
}

// ---- Results: the roll-up by level and the units -----------------------------------

const group = (scope, id) => scope.groups.find((g) => g.group === id);

/** The articles' sentences of one level (or unit), as the engine words them: one per group with titles. */
export function levelSentences(scope) {
  return scope.groups.map((g) => g.sentence);
}

function totalSentence(scope) {
  const planned = scope.groups.reduce((sum, g) => sum + g.planned, 0);
  const cohort = scope.cohorts.planned;
  return tr("total", {
    planned: format.count(planned),
    people: format.count(cohort?.count ?? 0),
    women: format.percent(cohort?.women?.share),
    young: format.percent(cohort?.young?.share),
  });
}

function groupTable(scope) {
  const t = el("table", { class: "unit-groups" });
  table(
    t,
    tr("groupCols"),
    scope.groups.map((g) =>
      el("tr", {}, el("th", { scope: "row" }, label("group", g.group)), el("td", {}, format.count(g.titles)), el("td", {}, format.count(g.seats)),
        el("td", {}, format.count(g.planned)), el("td", {}, times(g.multiple, 2)), el("td", {}, times(g.perTitle, 2))),
    ),
  );
  return t;
}

/**
 * The units in order of how far each is from the rules (the engine counts
 * each unit's errors and warnings), then by name; each with its findings.
 */
export function unitsByDistance(report) {
  const findings = new Map();
  for (const f of report.findings) {
    if (f.unit) findings.set(f.unit, [...(findings.get(f.unit) ?? []), f]);
  }
  return report.units
    .map((u) => ({ unit: u, errors: u.errors, warnings: u.warnings, findings: findings.get(u.id) ?? [] }))
    .sort((a, b) => b.errors - a.errors || b.warnings - a.warnings || unitName(a.unit).localeCompare(unitName(b.unit), "vi"));
}

/** The units table's measured groups: the bodies (by their multiple), then the group measured per title. */
function measuredGroups() {
  const groups = values("group");
  return [
    ...groups.filter((g) => g.body).map((g) => ({ id: g.id, field: "multiple", head: tr("timesOf", { group: g.label }) })),
    ...groups.filter((g) => g.perTitle).map((g) => ({ id: g.id, field: "perTitle", head: tr("perTitleOf", { group: g.label }) })),
  ];
}

/** The units table's headings. */
function unitColumns() {
  return [...tr("cols"), ...measuredGroups().map((m) => m.head), tr("errors"), tr("warnings")];
}

/** A unit's measured groups as cells. */
function measuredCells(u) {
  return measuredGroups().map((m) => el("td", {}, times(group(u, m.id)?.[m.field] ?? null, 2)));
}

/**
 * The Results' roll-up: per level, the articles' sentences and the groups;
 * then the units sorted by distance from the rules, each row opening that
 * unit's figures and findings. `onShowPeople(id)` shows its people in the grid.
 */
export function renderUnitsResults(root, report, { onShowPeople } = {}) {
  root.hidden = !report?.units?.length;
  if (root.hidden) {
    root.replaceChildren();
    return;
  }
  const levels = report.levels.map((l) =>
    el("section", { class: "unit-level", "data-level": l.level },
      el("h3", {}, `${label("level", l.level)} — ${tr("unitsCount", { count: format.count(l.units) })}`),
      el("ul", { class: "level-sentences" }, levelSentences(l).map((s) => el("li", {}, s))),
      el("p", {}, totalSentence(l)),
      el("div", { class: "scroll", tabindex: "0", role: "region", "aria-label": label("level", l.level) }, groupTable(l))),
  );
  const detail = el("section", { id: "unit-detail", class: "unit-detail", hidden: true, "aria-live": "polite" });
  const open = (entry) => {
    const u = entry.unit;
    const close = el("button", { type: "button" }, tr("close"));
    close.addEventListener("click", () => {
      detail.hidden = true;
    });
    const people = el("button", { type: "button", "data-unit-people": u.id }, tr("filter"));
    people.addEventListener("click", () => onShowPeople?.(u.id));
    detail.replaceChildren(
      el("h3", { tabindex: "-1" }, unitName(u)),
      el("ul", { class: "level-sentences" }, levelSentences(u).map((s) => el("li", {}, s))),
      el("p", {}, totalSentence(u)),
      el("div", { class: "scroll", tabindex: "0", role: "region", "aria-label": unitName(u) }, groupTable(u)),
      entry.findings.length
        ? el("ul", { class: "unit-findings" }, entry.findings.map((f) => el("li", { class: `finding ${f.severity}` }, f.message)))
        : el("p", { class: "muted" }, tr("noFindings")),
      el("p", { class: "row" }, people, close),
    );
    detail.hidden = false;
    detail.querySelector("h3").focus();
  };
  const rows = unitsByDistance(report).map((entry) => {
    const u = entry.unit;
    const button = el("button", { type: "button", class: "link", "data-open-unit": u.id, "aria-label": tr("open", { name: unitName(u) }) }, unitName(u));
    button.addEventListener("click", () => open(entry));
    return el("tr", { "data-unit": u.id },
      el("th", { scope: "row" }, button), el("td", {}, label("level", u.level)), el("td", {}, format.count(u.people)),
      measuredCells(u),
      el("td", {}, format.count(entry.errors)), el("td", {}, format.count(entry.warnings)));
  });
  const units = el("table", { id: "units-table" });
  table(units, unitColumns(), rows);
  root.replaceChildren(
    el("h2", { id: "units-results-heading" }, tr("rollHeading")),
    ...levels,
    el("h3", {}, tr("unitsHeading")),
    el("div", { class: "scroll", tabindex: "0", role: "region", "aria-label": tr("unitsHeading") }, units),
    detail,
  );
}

// ---- the printed report -----------------------------------------------------------

/** Appends the roll-up by level and the table of units to the report sheet. */
export function renderUnitsReport(sheet, report) {
  sheet.querySelector("#units-report")?.remove();
  if (!report?.units?.length) return;
  const rows = unitsByDistance(report).map(({ unit: u, errors, warnings }) =>
    el("tr", {}, el("td", {}, unitName(u)), el("td", {}, label("level", u.level)), el("td", {}, format.count(u.people)),
      measuredCells(u), el("td", {}, format.count(errors)), el("td", {}, format.count(warnings))),
  );
  const units = el("table", { class: "report-table" });
  table(units, unitColumns(), rows);
  sheet.append(
    el("section", { id: "units-report", class: "report-units" },
      el("h2", {}, tr("rollHeading")),
      report.levels.map((l) =>
        el("div", {}, el("h3", {}, `${label("level", l.level)} — ${tr("unitsCount", { count: format.count(l.units) })}`),
          el("ul", {}, levelSentences(l).map((s) => el("li", {}, s))), el("p", {}, totalSentence(l)))),
      el("h3", {}, tr("unitsHeading")),
      units),
  );
}

/** Wraps the report renderer so that every rendering of the sheet has the units' part. */
export function withUnits(render) {
  return (sheet, report, ...rest) => {
    const out = render(sheet, report, ...rest);
    renderUnitsReport(sheet, report);
    return out;
  };
}
