// Text helpers of the page: the one folding used for search (no marks, "đ"
// as "d", lower case), Vietnamese name order for sorting, file names made
// from a unit's name and a date, and text pasted from a spreadsheet.

/** Removes the marks of Vietnamese letters, keeping case: "Định Hóa" → "Dinh Hoa". */
export function stripMarks(text) {
  return String(text ?? "")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");
}

/** Folds text for search and matching: no marks, "đ" as "d", lower case, spaces collapsed. */
export function fold(text) {
  return stripMarks(text).toLowerCase().replace(/\s+/g, " ").trim();
}

/** Vietnamese order for sorting; one collator is far faster than localeCompare per pair. */
export const COLLATOR = new Intl.Collator("vi");

/**
 * The parts of a full name in the order offices sort by: given name (the
 * last word), then the middle names, then the family name (the first word).
 * With `byFamily`, family name first, then middle, then given name.
 */
export function nameKey(fullName, byFamily = false) {
  const words = String(fullName ?? "").trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return ["", "", ""];
  if (words.length === 1) return [words[0], "", ""];
  const family = words[0];
  const given = words[words.length - 1];
  const middle = words.slice(1, -1).join(" ");
  return byFamily ? [family, middle, given] : [given, middle, family];
}

/**
 * The order of names as ranks: for each name, [given, middle, family] (or
 * family first) as integers that compare as the parts collate in Vietnamese.
 * Each distinct part is collated once, so sorting 100,000 rows compares numbers.
 */
export function nameRanks(names, byFamily = false) {
  const keys = names.map((name) => nameKey(name, byFamily));
  const ranks = [0, 1, 2].map((part) => {
    const distinct = [...new Set(keys.map((k) => k[part]))].sort(COLLATOR.compare);
    return new Map(distinct.map((word, rank) => [word, rank]));
  });
  return keys.map((k) => k.map((word, part) => ranks[part].get(word)));
}

/**
 * A download's file name: "QHCB-<unit>-<yyyy-mm-dd>.<ext>", marks removed
 * and spaces as hyphens ("QHCB-Dang-bo-huyen-Dinh-Hoa-2024-12-15.xlsx").
 * `date` is an ISO date; other characters than letters, digits and hyphens are left out.
 */
export function downloadName(unitName, date, ext) {
  const unit = stripMarks(unitName)
    .replace(/[^A-Za-z0-9\s-]+/g, " ")
    .trim()
    .replace(/[\s-]+/g, "-");
  return ["QHCB", unit, date].filter(Boolean).join("-") + `.${ext}`;
}
