// The people grid's columns, built from the engine's schema: every person
// field the schema places in the grid, then the computed ones. The page adds
// only how a column looks (its width, the frozen name column); which fields
// exist, their kinds and their enumerations are the engine's.

import { fieldLabel } from "./vocabulary.js";

/** The height of a grid row in pixels. */
export const ROW_HEIGHT = 32;

/** Width in pixels by the schema's kind of value. */
const WIDTH = { id: 80, text: 200, partialDate: 104, date: 104, bool: 90, enum: 128, titles: 170, computed: 104 };
/** The column kept on screen when scrolling sideways. */
const FROZEN = "name";

/** How the grid edits and shows a value of a schema kind. */
function gridKind(kind) {
  if (kind === "id") return "text";
  if (kind === "partialDate") return "date";
  return kind;
}

/**
 * The grid's columns from `schema(lang)`: [{ key, kind, width, frozen?,
 * enumeration?, defaultValue? }], the grid's editable fields first, then the
 * computed ones. An enumeration column's width fits its longest label.
 */
export function gridColumns(vocabulary) {
  const longest = (name) => Math.max(0, ...(vocabulary.enumerations[name] ?? []).map((v) => v.label.length));
  const column = (f, kind) => ({
    key: f.id,
    kind,
    width:
      kind === "enum"
        ? Math.max(WIDTH.enum - 40, Math.min(170, Math.round(longest(f.enum) * 7.5 + 30)))
        : f.id === FROZEN
          ? WIDTH.text
          : kind === "computed" && f.id === "age"
            ? 150
            : (WIDTH[f.kind] ?? WIDTH.text),
    frozen: f.id === FROZEN || undefined,
    enumeration: f.enum,
    defaultValue: f.default,
  });
  return [
    ...vocabulary.person.filter((f) => f.place === "grid").map((f) => column(f, gridKind(f.kind))),
    ...vocabulary.personComputed.filter((f) => f.place === "gridComputed").map((f) => column(f, "computed")),
  ];
}

/**
 * The grid's columns, made from the engine's vocabulary when the first grid
 * is built (kinds and ids do not depend on the language; labels are read
 * when shown) and shared by every grid on the page.
 */
export const COLUMNS = [];

/** Fills COLUMNS in place (modules that imported it see the columns). */
export function ensureColumns(vocabulary) {
  if (COLUMNS.length === 0) COLUMNS.push(...gridColumns(vocabulary));
}

/** The frozen name column's position. */
export function nameCol() {
  return Math.max(0, COLUMNS.findIndex((c) => c.frozen));
}

/** A column's heading: the schema's short label in the current language. */
export function heading(column) {
  return fieldLabel(column.kind === "computed" ? "personComputed" : "person", column.key, { short: true });
}
