// The store's operations (store.js: set, splice, batch on paths of the
// dataset) as the engine's roster operations (src/roster/ops.rs: set,
// insert, remove, replace on people, titles and units; setDataset for the
// rest), so that an edit crosses to the worker as a few typed operations
// instead of the whole roster as JSON text (issue 18).
//
// A value deeper than one field (a person's appointment.title) is sent as the
// whole field it is in, read from `dataset`, the store's dataset after the
// operation: so a batch that also moves rows is loaded again whole instead.

/** Rows inserted or removed by one operation beyond which the roster is read again whole. */
const MANY_ROWS = 1000;

const LISTS = { people: ["", "person"], titles: ["Title", "title"], units: ["Unit", "unit"] };

/**
 * The roster operations that do to the engine's roster what `op` did to the
 * store's dataset, added to `out`; false for an operation this translation
 * cannot follow (the roster is then loaded again whole).
 */
export function rosterOps(op, dataset, out = [], moves = movesRows(op)) {
  if (op.type === "batch") {
    for (const inner of op.ops) if (!rosterOps(inner, dataset, out, moves)) return false;
    return out;
  }
  if (op.type !== "set" && op.type !== "splice") return false;
  const [key, index, field] = op.path;
  const list = LISTS[key];
  if (!list) {
    // A field of the dataset itself (unit, asOf, profile, customProfile, …), sent whole.
    out.push({ op: "setDataset", field: key, value: dataset[key] ?? null });
    return out;
  }
  const [suffix, rowKey] = list;
  if (op.path.length === 1) {
    // Many rows at once (an import, or its undo): each row operation shifts the rows after it,
    // so the roster is read again whole instead.
    if (op.type !== "splice" || op.removed.length + op.inserted.length > MANY_ROWS) return false;
    // Removed from the last: nothing after a removed row is shifted twice.
    for (let i = op.removed.length - 1; i >= 0; i--) out.push({ op: `remove${suffix}`, [rowKey]: op.index + i });
    op.inserted.forEach((row, i) => out.push({ op: `insert${suffix}`, [rowKey]: op.index + i, value: row }));
    return out;
  }
  if (op.type === "set" && op.path.length === 2) out.push({ op: `replace${suffix}`, [rowKey]: index, value: op.after ?? null });
  else if (op.type === "set" && op.path.length === 3) out.push({ op: `set${suffix}`, [rowKey]: index, field, value: op.after ?? null });
  else {
    // A change inside one field (a list item, appointment.title): the whole field as it is now.
    const row = dataset[key]?.[index];
    if (moves || row === undefined) return false;
    out.push({ op: `set${suffix}`, [rowKey]: index, field, value: row[field] ?? null });
  }
  return out;
}

/** Whether an operation inserts or removes rows of a list. */
function movesRows(op) {
  if (op.type === "batch") return op.ops.some(movesRows);
  return op.type === "splice" && op.path.length === 1;
}
