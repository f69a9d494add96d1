// The engine's vocabulary for the page: fields, enumeration values and their
// labels, as schema(lang) gives them. The page holds no copy of an engine
// enumeration: dropdowns, the grid's columns, the import field list and every
// label of a value come from here, in the page's current language.

import { schema } from "./pkg/qhcb.js";
import { lang } from "./i18n.js";

const cache = new Map();

/** The whole vocabulary in the current language (computed once per language). */
export function vocabulary() {
  const code = lang();
  if (!cache.has(code)) cache.set(code, schema(code));
  return cache.get(code);
}

/** The values of an enumeration ("education", "group", …): [{ id, label }]. */
export function values(name) {
  return vocabulary().enumerations[name] ?? [];
}

/** The label of one value, or the value itself when the engine has no label for it. */
export function label(name, id) {
  if (id == null) return "";
  return values(name).find((v) => v.id === id)?.label ?? String(id);
}

/** "Chưa rõ": a count of values nobody recorded. */
export function unknownLabel() {
  return vocabulary().unknown;
}

/** A field of `table` ("person", "personComputed", "title", "unit", …) by id. */
export function field(table, id) {
  return vocabulary()[table]?.find((f) => f.id === id) ?? null;
}

/** A field's label: `short` for a column heading, the full label otherwise. */
export function fieldLabel(table, id, { short = false } = {}) {
  const f = field(table, id);
  return f ? (short ? f.short : f.label) : id;
}

/** The fields placed at `place` ("grid", "gridComputed", "titlesTable", "unitForm"). */
export function placed(table, place) {
  return vocabulary()[table].filter((f) => f.place === place);
}

/** The fields a spreadsheet column can be imported into: [{ id, label }]. */
export function importFields() {
  return vocabulary().importFields;
}

/** Where a person holds title ids: [["current"], ["planned"], ["appointment", "title"]]. */
export function titleReferences() {
  return vocabulary().titleReferences;
}

/**
 * A person with the title ids `change(ids)` gives in every place the schema
 * says a person holds them (current, planned, appointment.title…): a list is
 * replaced by the ids returned, a single id by the first of them or, when
 * none is left, its record (the appointment) is dropped. Returns the
 * [path, value] pairs that changed.
 */
export function changedTitleIds(person, change) {
  const out = [];
  for (const path of titleReferences()) {
    const held = path.reduce((node, key) => node?.[key], person);
    if (Array.isArray(held)) {
      const ids = change(held);
      if (ids.length !== held.length || ids.some((id, k) => id !== held[k])) out.push([path, ids]);
    } else if (typeof held === "string") {
      const [id] = change([held]);
      if (id !== held) out.push(id === undefined ? [path.slice(0, -1), undefined] : [path, id]);
    }
  }
  return out;
}

/** The value of a person field when the row does not give it (local: true). */
export function defaultValue(table, id) {
  return field(table, id)?.default;
}

/** How sure a rule's source is, in words ("theo báo chí"): the confidence's note. */
export function confidenceNote(id) {
  return values("confidence").find((v) => v.id === id)?.note ?? label("confidence", id);
}

/** A congress reference key by its label: a level, or the People's Council and Committee. */
export function referenceLabel(key) {
  const level = values("level").find((v) => v.id === key);
  return level ? level.label : label("candidacyFor", key);
}

/** A finding's or a rule's name ("Tỷ lệ cán bộ nữ trong quy hoạch"), or its code. */
export function findingName(code) {
  return vocabulary().findings.find((f) => f.id === code)?.label ?? code;
}

/** A rule parameter's label ("số tháng"), or its name. */
export function paramLabel(name) {
  return vocabulary().params.find((p) => p.id === name)?.label ?? name;
}
