// The people grid's columns, built from the engine's schema: every person
// field the schema places in the grid, then the computed ones. The page adds
// only how a column looks (its width, the frozen name column); which fields
// exist, their kinds and their enumerations are the engine's.

/** Width in pixels by the schema's kind of value. */
const WIDTH = { id: 80, text: 200, partialDate: 104, date: 104, bool: 76, enum: 128, titles: 170, computed: 104 };
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
