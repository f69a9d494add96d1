// The computed fields of each person (age, retirement date, months left),
// read by row from either form of the report: the contract's `people` list
// of objects, or the compact `peopleColumns` of typed arrays that crosses
// from the worker at no cost (analyze(text, { people: "columns" })).

/** "20280930" → "2028-09-30" */
function isoDate(yyyymmdd) {
  const s = String(yyyymmdd).padStart(8, "0");
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
}

/**
 * The report's people in the compact form. The contract's list holds the
 * analysed rows in dataset order without the excluded ones (report.excluded),
 * which gives each entry its row.
 */
export function toColumns(report) {
  if (report.peopleColumns) return report.peopleColumns;
  const people = report.people ?? [];
  const n = people.length;
  const excluded = new Set((report.excluded ?? []).map((e) => e.index));
  const columns = {
    index: new Uint32Array(n),
    ageYears: new Uint8Array(n),
    ageMonths: new Uint8Array(n),
    retirementDate: new Uint32Array(n),
    monthsLeft: new Int32Array(n),
    monthsLeftAtTermStart: people.some((p) => p.monthsLeftAtTermStart != null) ? new Int32Array(n) : null,
    plannedCount: new Uint16Array(n),
  };
  let row = 0;
  people.forEach((p, k) => {
    while (excluded.has(row)) row++;
    columns.index[k] = row++;
    columns.ageYears[k] = p.age.years;
    columns.ageMonths[k] = p.age.months;
    columns.retirementDate[k] = Number(p.retirementDate.replaceAll("-", ""));
    columns.monthsLeft[k] = p.monthsLeft;
    if (columns.monthsLeftAtTermStart) columns.monthsLeftAtTermStart[k] = p.monthsLeftAtTermStart ?? 0;
    columns.plannedCount[k] = p.plannedCount;
  });
  return columns;
}

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
 * { age: { years, months }, retirementDate, monthsLeft, monthsLeftAtTermStart,
 * plannedCount } (as in the contract), or null for a row left out.
 */
export function peopleByRow(report) {
  if (!report) return { at: () => null };
  const c = toColumns(report);
  // Row → position in the columns; rows come in dataset order, so the last is the largest.
  const n = c.index.length;
  const position = new Int32Array(n ? c.index[n - 1] + 1 : 0).fill(-1);
  for (let k = 0; k < n; k++) position[c.index[k]] = k;
  return {
    at(row) {
      const k = row < position.length ? position[row] : -1;
      if (k < 0) return null;
      return {
        age: { years: c.ageYears[k], months: c.ageMonths[k] },
        retirementDate: isoDate(c.retirementDate[k]),
        monthsLeft: c.monthsLeft[k],
        monthsLeftAtTermStart: c.monthsLeftAtTermStart ? c.monthsLeftAtTermStart[k] : null,
        plannedCount: c.plannedCount[k],
      };
    },
  };
}

/**
 * Gives a compact report its contract `people` list back, built on first
 * read: embedding pages (the `report` property, the qhcb-report event) keep
 * contract v1 while the page itself reads the columns. `people` is the
 * dataset's list the report was made from (for the ids).
 */
export function withPeopleList(report, people) {
  if (!report?.peopleColumns || report.people?.length || report.peopleColumns.index.length === 0) return report;
  let list = null;
  const byRow = peopleByRow(report);
  Object.defineProperty(report, "people", {
    enumerable: true,
    configurable: true,
    get() {
      list ??= Array.from(report.peopleColumns.index, (row) => ({ id: people[row]?.id, ...byRow.at(row) }));
      return list;
    },
  });
  return report;
}
