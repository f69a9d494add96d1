// The computed fields of each person (age, retirement date, months left),
// read by row from the report's compact `peopleColumns` (the page always
// analyses with { people: "columns" }: typed arrays cross from the worker at
// no cost). Used by the grid (page) and the engine's tasks (worker).

/**
 * The buffers of the typed arrays among the values of `arrays`, for a
 * postMessage transfer list: only buffers an array owns whole (a view into
 * the engine's memory must be copied, not taken away from it).
 */
export function buffers(arrays) {
  const owned = Object.values(arrays).filter(
    (a) => ArrayBuffer.isView(a) && a.byteOffset === 0 && a.byteLength === a.buffer.byteLength,
  );
  return [...new Set(owned.map((a) => a.buffer))];
}

/**
 * A lookup of computed fields by row of dataset.people: `at(row)` is
 * { age: { years, months }, retirementDay (yyyymmdd), monthsLeft, monthsLeftAtTermStart,
 * plannedCount } (as in the contract), or null for a row left out.
 */
export function peopleByRow(report, before = null) {
  const c = report?.peopleColumns;
  if (!c) return { at: () => null };
  // Row → position in the columns; rows come in dataset order, so the last is the largest.
  // A report made from the one before with the same rows (issue 18) keeps its index, and this.
  const n = c.index.length;
  let position = before?.index === c.index ? before.position : null;
  if (!position) {
    position = new Int32Array(n ? c.index[n - 1] + 1 : 0).fill(-1);
    for (let k = 0; k < n; k++) position[c.index[k]] = k;
  }
  return {
    index: c.index,
    position,
    at(row) {
      const k = row < position.length ? position[row] : -1;
      if (k < 0) return null;
      return {
        age: { years: c.ageYears[k], months: c.ageMonths[k] },
        /** The number yyyymmdd (format.day shows it). */
        retirementDay: c.retirementDate[k],
        monthsLeft: c.monthsLeft[k],
        monthsLeftAtTermStart: c.monthsLeftAtTermStart ? c.monthsLeftAtTermStart[k] : null,
        plannedCount: c.plannedCount[k],
        retirementDecided: c.retirementDecided ? c.retirementDecided[k] === 1 : false,
      };
    },
  };
}
