// The unit form and the titles table: small editors whose every change is
// one undoable operation on the store.

import { el } from "./dom.js";
import { unitSelect, unitHeading } from "./units.js";
import { t, format, isoFromTyped } from "./i18n.js";
import { emptyDataset, setOp, today } from "./store.js";
import { changedTitleIds, defaultValue, fieldLabel, placed, values } from "./vocabulary.js";


/** "03/2025" or "2025-03" → "2025-03"; null when not a month. */
function isoMonth(typed) {
  const text = typed.trim();
  let match = /^(\d{1,2})[/.-](\d{4})$/.exec(text);
  if (match) return `${match[2]}-${match[1].padStart(2, "0")}`;
  match = /^(\d{4})-(\d{2})$/.exec(text);
  return match ? text : null;
}

/**
 * The workspace, made empty (dated today) when there is none yet: on a first
 * visit, typing, pasting or adding a person or a title starts one.
 */
export function ensureDataset(store) {
  if (!store.dataset) store.load(emptyDataset(today()), { kind: "new", name: "" });
  return store.dataset;
}

/**
 * The rule profile control: "by the review date", the built-in profiles
 * (the engine's profiles()) and the dataset's own. Changing it is one
 * undoable step (and starts a workspace when there is none).
 */
export function profileSelect(store, profiles, id) {
  const data = store.dataset;
  const custom = (data?.profiles ?? []).filter((p) => p && typeof p.id === "string");
  const select = el(
    "select",
    { id },
    el("option", { value: "" }, t("profileAuto")),
    profiles.map((p) => el("option", { value: p.id }, p.name)),
    custom.map((p) => el("option", { value: p.id }, p.name ?? p.id)),
  );
  select.value = data?.profile ?? "";
  select.addEventListener("change", () => {
    const dataset = ensureDataset(store);
    const value = select.value || undefined;
    if ((dataset.profile ?? undefined) !== value) store.commit(setOp(dataset, ["profile"], value));
  });
  return select;
}

/** The profile switch shown above the results and the rules (`root` gets a labelled select). */
export function renderProfileSwitch(root, store, profiles, id) {
  if (!root) return;
  root.replaceChildren(el("div", { class: "field inline" }, el("label", { for: id }, t("profile")), profileSelect(store, profiles, id)));
}

function field(id, label, control) {
  return el("label", { class: "field", for: id }, el("span", {}, label), control);
}

/** The level of a unit that names none: the schema's default. */
const DEFAULT_LEVEL = () => defaultValue("unit", "level");

/**
 * The unit form: name, level, review date, term start, profile.
 * `profiles` is the engine's profiles(); `say(message)` reports typing errors.
 */
export function renderUnitForm(root, store, profiles, say, termsFor = () => []) {
  // Without a workspace the form shows empty: the first change starts one.
  const data = store.dataset;
  const commit = (path, value) => {
    const dataset = ensureDataset(store);
    const now = path.reduce((node, key) => node?.[key], dataset);
    if (JSON.stringify(now ?? null) !== JSON.stringify(value ?? null)) store.commit(setOp(dataset, path, value));
  };
  const name = el("input", { id: "unit-name", type: "text", value: data?.unit?.name ?? "", autocomplete: "off" });
  name.addEventListener("change", () => commit(["unit", "name"], name.value.trim() || undefined));
  const level = el(
    "select",
    { id: "unit-level" },
    values("level").map((l) => el("option", { value: l.id, selected: (data?.unit?.level ?? DEFAULT_LEVEL()) === l.id }, l.label)),
  );
  level.addEventListener("change", () => commit(["unit", "level"], level.value));
  const asOf = el("input", {
    id: "dataset-as-of",
    type: "text",
    inputmode: "numeric",
    placeholder: "dd/mm/yyyy",
    value: typeof data?.asOf === "string" ? format.date(data.asOf) : "",
  });
  asOf.addEventListener("change", () => {
    const iso = isoFromTyped(asOf.value);
    if (!iso) {
      asOf.setAttribute("aria-invalid", "true");
      say(t("badDate", { value: asOf.value }));
      return;
    }
    asOf.removeAttribute("aria-invalid");
    commit(["asOf"], iso);
  });
  const term = el("input", {
    id: "dataset-term",
    type: "text",
    inputmode: "numeric",
    placeholder: "mm/yyyy",
    value: typeof data?.termStart === "string" ? format.date(data.termStart.slice(0, 7)) : "",
  });
  term.addEventListener("change", () => {
    if (term.value.trim() === "") {
      term.removeAttribute("aria-invalid");
      if (store.dataset) commit(["termStart"], undefined);
      return;
    }
    const iso = isoMonth(term.value);
    if (!iso) {
      term.setAttribute("aria-invalid", "true");
      say(t("badMonth", { value: term.value }));
      return;
    }
    term.removeAttribute("aria-invalid");
    commit(["termStart"], iso);
  });
  // Terms by level (the engine's terms()): Party 2025–2030, State 2026–2031 and the next ones.
  const terms = termsFor(data?.unit?.level ?? DEFAULT_LEVEL());
  const preset = el(
    "select",
    { id: "dataset-term-preset" },
    el("option", { value: "" }, t("unit.termPick")),
    terms.map((option) => el("option", { value: option.start, selected: option.start === data?.termStart }, option.label)),
  );
  preset.addEventListener("change", () => preset.value && commit(["termStart"], preset.value));
  const profile = profileSelect(store, profiles, "dataset-profile");
  root.replaceChildren(
    el(
      "div",
      { class: "form-grid" },
      field("unit-name", fieldLabel("unit", "name"), name),
      field("unit-level", fieldLabel("unit", "level"), level),
      field("dataset-as-of", t("asOf"), asOf),
      field("dataset-term", t("unit.termStart"), term),
      field("dataset-term-preset", t("unit.termPreset"), preset),
      field("dataset-profile", t("profile"), profile),
    ),
  );
}



/** The titles table: id, name, group, seats, rank; add and delete rows. */
export function renderTitles(root, store, report) {
  const data = store.dataset;
  const titles = data?.titles ?? [];
  const units = Array.isArray(data?.units) && data.units.length ? data.units : null;
  const problems = new Map(
    (report?.findings ?? []).filter((f) => f.code === "invalid-title").map((f) => [`${f.row}:${f.field ?? ""}`, f.message]),
  );
  const input = (i, key, attrs, toValue) => {
    const value = titles[i]?.[key];
    const problem = problems.get(`${i}:${key}`);
    const node = el("input", {
      ...attrs,
      value: value == null ? "" : String(value),
      "data-title-field": key,
      "aria-label": `${fieldLabel("title", key)} ${i + 1}`,
      "aria-invalid": problem ? "true" : null,
      title: problem ?? null,
    });
    node.addEventListener("change", () => changeTitle(store, i, key, toValue(node.value)));
    return node;
  };
  const whole = (text) => (text.trim() === "" ? undefined : Number.isInteger(Number(text)) ? Number(text) : text.trim());
  const rows = titles.map((title, i) => {
    const group = el(
      "select",
      { "aria-label": `${fieldLabel("title", "group")} ${i + 1}`, "data-title-field": "group" },
      values("group").map((g) => el("option", { value: g.id, selected: title?.group === g.id }, g.label)),
    );
    group.addEventListener("change", () => changeTitle(store, i, "group", group.value));
    const remove = el("button", { type: "button", class: "icon", "aria-label": t("titles.delete", { id: title?.id ?? i + 1 }) }, "✕");
    remove.addEventListener("click", () => deleteTitle(store, i));
    return el(
      "tr",
      { "data-title-row": String(i) },
      el("td", {}, input(i, "id", { type: "text", size: "8" }, (v) => v.trim() || undefined)),
      el("td", {}, input(i, "name", { type: "text", size: "30" }, (v) => v.trim() || undefined)),
      el("td", {}, group),
      el("td", {}, input(i, "seats", { type: "number", min: "0", step: "1", size: "4" }, whole)),
      el("td", {}, input(i, "rank", { type: "number", step: "1", size: "4" }, whole)),
     
      units ? el("td", {}, unitSelect(data, i, (value) => changeTitle(store, i, "unit", value))) : null,
      el("td", {}, remove),
    );
  });
  const add = el("button", { type: "button", id: "add-title" }, t("titles.add"));
  add.addEventListener("click", () => {
    const titles = ensureDataset(store).titles ?? [];
    const taken = new Set(titles.map((x) => x?.id));
    let n = titles.length + 1;
    while (taken.has(`cd${n}`)) n++;
    store.commit({
      type: "splice",
      path: ["titles"],
      index: titles.length,
      removed: [],
      inserted: [
        {
          id: `cd${n}`,
          name: "",
          group: defaultValue("title", "group"),
          seats: defaultValue("title", "seats"),
          ...(units ? { unit: units[0].id } : {}),
        },
      ],
    });
    // After the re-render that the change triggers: focus the new title's name.
    const row = store.dataset.titles.length - 1;
    setTimeout(() => root.querySelector(`tr[data-title-row="${row}"] input[data-title-field="name"]`)?.focus(), 0);
  });
  root.replaceChildren(
    el(
      "div",
      { class: "scroll" },
      el(
        "table",
        { id: "titles-editor", class: "editor" },
        el("thead", {}, el("tr", {}, placed("title", "titlesTable").map((f) => el("th", { scope: "col" }, f.label)), units ? el("th", { scope: "col" }, unitHeading()) : null, el("th", {}, ""))),
        el("tbody", {}, rows),
      ),
    ),
    add,
  );
}

/** Changes a title field; renaming an id renames it in every person's lists too. */
function changeTitle(store, index, key, value) {
  const data = store.dataset;
  const before = data.titles[index]?.[key];
  if (JSON.stringify(before ?? null) === JSON.stringify(value ?? null)) return;
  const ops = [setOp(data, ["titles", index, key], value)];
  if (key === "id" && typeof before === "string" && typeof value === "string") {
    data.people.forEach((person, p) => ops.push(...renameTitleOps(data, p, person, before, value)));
  }
  store.commit(ops.length === 1 ? ops[0] : { type: "batch", ops });
}

function deleteTitle(store, index) {
  const removed = [structuredClone(store.dataset.titles[index])];
  store.commit({ type: "splice", path: ["titles"], index, removed, inserted: [] });
}

/**
 * The operations that rename the title id `from` to `to` in one person, in
 * every place the schema says a person holds title ids (current, planned,
 * appointment.title, …).
 */
export function renameTitleOps(data, p, person, from, to) {
  return changedTitleIds(person, (ids) => ids.map((id) => (id === from ? to : id))).map(([path, value]) =>
    setOp(data, ["people", p, ...path], value),
  );
}
