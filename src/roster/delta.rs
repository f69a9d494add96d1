//! A held roster's report as the change from the report given before it
//! (issue 18). After one edit of 100,000 people almost all of a report is
//! as it was: its title and group tables, most of its findings, all but one
//! person's computed fields. The page keeps the report it was given and is
//! sent only what differs, so that neither the engine's thread nor the
//! page's turns the whole report into objects again after each keystroke.
//!
//! A change, as JSON text:
//!
//! ```text
//! { "seq": 8, "base": 7,
//!   "set": [[["cohorts", "planned", "ages"], {…}]], [path, value]: a field
//!                                                 replaced, the path its keys from the report down
//!   "unset": [["units"]],                          paths of fields no longer present
//!   "splice": { "findings": [[12, 1, [{…}]]] },   list edits, applied in order:
//!                                                 [at, remove, items] as Array.splice
//!   "columns": { "at": [41], "ageYears": [47], … } people's fields changed at
//!                                                 those positions (null: no columns) }
//! ```
//!
//! A change applies to the report numbered `base` only; the engine gives the
//! whole report (numbered `seq`) whenever the caller holds another one.

use std::cell::OnceCell;
use std::fmt::Write as _;
use std::ops::Range;

use crate::report::shape::{Options, PeopleColumns, PeopleForm, Report};
use crate::roster::Roster;
use crate::Error;

/// The report last given, kept to compare the next one with.
#[derive(Debug, Default)]
pub struct Given {
    /// Its number; 0 before any report was given.
    seq: u32,
    /// Its JSON text (without the people's columns).
    text: String,
    /// Its top-level fields, as places in `text`.
    fields: Fields,
    /// Its people's computed fields, when they were asked for as columns.
    columns: Option<PeopleColumns>,
    /// The options it was made with: its columns are kept for the next
    /// report under the same options, and only the people edited since are
    /// written again.
    options: Option<Options>,
}

/// A field of a report, as the place of its JSON in the report's text.
#[derive(Debug)]
enum Field {
    Text(Range<usize>),
    /// A top-level list: its whole text, and its items, found only when the
    /// list differs from the report's before (most edits leave the findings
    /// as they were: they are then compared whole, not split).
    List(Range<usize>, OnceCell<Vec<Range<usize>>>),
    /// An object of the first levels (the cohorts, each cohort, the counts), field by field.
    Object(Fields),
}

/// An object's fields in the order written (the report's struct order).
type Fields = Vec<(String, Field)>;

/// Whether two objects have the same keys in the same order.
fn same_keys(a: &Fields, b: &Fields) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|((x, _), (y, _))| x == y)
}

/// The field named `key` of `fields`.
fn field<'a>(fields: &'a Fields, key: &str) -> Option<&'a Field> {
    fields
        .iter()
        .find(|(name, _)| name == key)
        .map(|(_, field)| field)
}

/// How deep objects are compared field by field: `cohorts.planned.ages`
/// changes alone after an edit of one birth.
const OBJECT_DEPTH: usize = 3;

/// What to send for a report. The people's columns, when they go whole,
/// are [`Given::columns`] (read by reference, not copied).
#[derive(Debug)]
pub enum Change {
    /// The whole report (the caller holds no report, or another one), its
    /// columns apart.
    Whole { seq: u32, report: Box<Report> },
    /// The change from report `base`, as JSON text (see the module's
    /// documentation); `whole_columns`: the columns go whole, because they
    /// cannot be said as changes at positions (rows were added or removed).
    Delta { json: String, whole_columns: bool },
}

/// The people's columns of a new report.
enum Columns {
    /// None asked for.
    Absent,
    /// Made whole.
    Whole(PeopleColumns),
    /// The columns kept, written again in place at these positions.
    Kept(Vec<usize>),
}

impl Given {
    /// The number of the report last given.
    pub fn seq(&self) -> u32 {
        self.seq
    }

    /// The people's columns of the report last given (when asked for).
    pub fn columns(&self) -> Option<&PeopleColumns> {
        self.columns.as_ref()
    }

    /// The report of `roster` under `options`, said for a caller holding
    /// report `base`. When the options are those of the last report and
    /// only some people were edited since ([`Roster::take_edited`]), the
    /// people's columns are the last ones with only those people written
    /// again, instead of every person's (1.4 of the 1.8 ms of a report at
    /// 100,000 people).
    pub fn report(
        &mut self,
        roster: &mut Roster,
        options: &Options,
        base: Option<u32>,
    ) -> Result<Change, Error> {
        let edited = roster.take_edited();
        let reuse = options.people == PeopleForm::Columns
            && self.columns.is_some()
            && self.options.as_ref() == Some(options);
        // A report that fails leaves the columns kept of no known options: the next is made whole.
        self.options = None;
        let mut kept = None;
        let report = match edited.filter(|_| reuse) {
            Some(rows) => {
                let without = Options {
                    people: PeopleForm::None,
                    ..options.clone()
                };
                let report = roster.report(&without)?;
                kept = self.write_again(roster, &rows);
                match kept {
                    Some(_) => report,
                    // People left the columns or joined them: all made again.
                    None => roster.report(options)?,
                }
            }
            None => roster.report(options)?,
        };
        self.options = Some(options.clone());
        Ok(self.give(base, report, kept))
    }

    /// Writes the people of `rows` again into the columns kept, and returns
    /// their positions; `None` (nothing written) when a person edited has
    /// left the columns or joined them, which moves the people after them.
    fn write_again(&mut self, roster: &Roster, rows: &[usize]) -> Option<Vec<usize>> {
        let columns = self.columns.as_mut()?;
        let reading = roster.assembled.as_ref()?;
        let people = &reading.dataset.people;
        let facts = &roster.memo.facts;
        if people.len() != columns.index.len()
            || facts.len() != people.len()
            || columns.months_left_at_term_start.is_some() != reading.dataset.term_start.is_some()
        {
            return None;
        }
        // Only the rows edited can have left the analysis or joined it: each must be where it was
        // (or still out), or the people between have moved.
        let mut positions = Vec::with_capacity(rows.len());
        for &row in rows {
            let before = columns.index.binary_search(&(row as u32));
            let now = people.binary_search_by_key(&row, |p| p.index);
            match (before, now) {
                (Ok(k), Ok(at)) if k == at => positions.push(k),
                (Err(_), Err(_)) => {}
                _ => return None,
            }
        }
        positions.sort_unstable();
        positions.dedup();
        for &k in &positions {
            columns.set(k, &people[k], &facts[k]);
        }
        Some(positions)
    }

    /// Keeps `report` as the one given and says what to send to a caller
    /// that holds report `base` (`None`: no report); `kept`: the report's
    /// columns are the ones kept, written again at these positions.
    fn give(&mut self, base: Option<u32>, mut report: Report, kept: Option<Vec<usize>>) -> Change {
        let columns = match (kept, report.people_columns.take()) {
            (Some(positions), _) => Columns::Kept(positions),
            (None, Some(columns)) => Columns::Whole(columns),
            (None, None) => Columns::Absent,
        };
        let text = serde_json::to_string(&report).unwrap_or_else(|_| "{}".into());
        let fields = match read(&text, 0..text.len(), 0) {
            Field::Object(fields) => fields,
            _ => Vec::new(),
        };
        let seq = self.seq.wrapping_add(1).max(1);
        // A report whose fields differ from the last one's (units given or taken away) goes
        // whole: its fields then come in the report's own order.
        let comparable =
            self.seq != 0 && base == Some(self.seq) && same_keys(&self.fields, &fields);
        let change = if comparable {
            let mut json = String::with_capacity(256);
            let _ = write!(json, "{{\"seq\":{seq},\"base\":{}", self.seq);
            let mut lists = Lists::default();
            let texts = Texts {
                old: &self.text,
                new: &text,
            };
            compare(&mut lists, texts, &mut Vec::new(), &self.fields, &fields);
            let _ = write!(
                json,
                ",\"set\":[{}],\"unset\":[{}],\"splice\":{{{}}}",
                lists.set, lists.unset, lists.splice
            );
            let mut whole_columns = false;
            json.push_str(",\"columns\":");
            match (&self.columns, &columns) {
                (_, Columns::Absent) => json.push_str("null"),
                (Some(now), Columns::Kept(positions)) => write_columns(&mut json, positions, now),
                (Some(old), Columns::Whole(new)) if same_rows(old, new) => {
                    write_columns(&mut json, &changed(old, new), new)
                }
                (_, Columns::Whole(_)) => {
                    json.push_str("\"whole\"");
                    whole_columns = true;
                }
                (None, Columns::Kept(_)) => unreachable!("columns kept without columns"),
            }
            json.push('}');
            Change::Delta {
                json,
                whole_columns,
            }
        } else {
            report.people_columns = None;
            Change::Whole {
                seq,
                report: Box::new(report),
            }
        };
        self.seq = seq;
        self.text = text;
        self.fields = fields;
        match columns {
            Columns::Absent => self.columns = None,
            Columns::Whole(new) => self.columns = Some(new),
            Columns::Kept(_) => {}
        }
        change
    }
}

/// The JSON value at `place` in `text` as a [`Field`] at `depth` (0: the
/// report itself).
fn read(text: &str, place: Range<usize>, depth: usize) -> Field {
    let bytes = text.as_bytes();
    match bytes.get(place.start) {
        Some(b'{') if depth < OBJECT_DEPTH => {
            let mut fields = Vec::new();
            for (key, value) in parts(bytes, place.clone()) {
                // The writer's keys are names without escapes.
                let name = text[key.start + 1..key.end - 1].to_owned();
                fields.push((name, read(text, value, depth + 1)));
            }
            Field::Object(fields)
        }
        Some(b'[') if depth == 1 => Field::List(place, OnceCell::new()),
        _ => Field::Text(place),
    }
}

/// The texts of the items of the list at `place` in `text` (split once).
fn items<'t>(
    text: &'t str,
    place: &Range<usize>,
    split: &OnceCell<Vec<Range<usize>>>,
) -> Vec<&'t str> {
    split
        .get_or_init(|| {
            parts(text.as_bytes(), place.clone())
                .into_iter()
                .map(|(_, item)| item)
                .collect()
        })
        .iter()
        .map(|item| &text[item.clone()])
        .collect()
}

/// The parts of the object or list at `place`, as written by serde_json:
/// `(key, value)` for an object (the key with its quotes), `(empty, item)`
/// for a list.
fn parts(bytes: &[u8], place: Range<usize>) -> Vec<(Range<usize>, Range<usize>)> {
    let object = bytes[place.start] == b'{';
    let mut out = Vec::new();
    let mut i = place.start + 1;
    let end = place.end - 1;
    while i < end {
        let mut key = i..i;
        if object {
            let key_end = skip(bytes, i);
            key = i..key_end;
            i = key_end + 1; // the colon
        }
        let value_end = skip(bytes, i);
        out.push((key, i..value_end));
        i = value_end + 1; // the comma, or the closing bracket
    }
    out
}

/// The end of the JSON value starting at `i` (serde_json's compact text).
fn skip(bytes: &[u8], mut i: usize) -> usize {
    let mut depth = 0usize;
    let mut in_string = false;
    while i < bytes.len() {
        let b = bytes[i];
        if in_string {
            match b {
                b'\\' => i += 1,
                b'"' => {
                    in_string = false;
                    if depth == 0 {
                        return i + 1;
                    }
                }
                // Most of a report is text: its plain bytes are passed eight at a time.
                _ => i = plain_end(bytes, i + 1) - 1,
            }
        } else {
            match b {
                b'"' => in_string = true,
                b'{' | b'[' => depth += 1,
                b'}' | b']' if depth == 0 => return i,
                b'}' | b']' => {
                    depth -= 1;
                    if depth == 0 {
                        return i + 1;
                    }
                }
                b',' if depth == 0 => return i,
                _ => {}
            }
        }
        i += 1;
    }
    i
}

/// The first position from `i` holding a quote or a backslash (or the end),
/// read eight bytes at a time.
fn plain_end(bytes: &[u8], mut i: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let has = |word: u64, byte: u8| {
        let x = word ^ (ONES * u64::from(byte));
        x.wrapping_sub(ONES) & !x & HIGHS != 0
    };
    while let Some(chunk) = bytes.get(i..i + 8) {
        let word = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        if has(word, b'"') || has(word, b'\\') {
            break;
        }
        i += 8;
    }
    while i < bytes.len() && bytes[i] != b'"' && bytes[i] != b'\\' {
        i += 1;
    }
    i
}

/// The texts of the report given before and of the new one.
#[derive(Clone, Copy)]
struct Texts<'a> {
    old: &'a str,
    new: &'a str,
}

/// Whether a field of the old report is the same as one of the new.
fn same(texts: Texts, old: &Field, new: &Field) -> bool {
    match (old, new) {
        (Field::Text(a), Field::Text(b)) => texts.old[a.clone()] == texts.new[b.clone()],
        // The compact writer's text of equal items is the same text.
        (Field::List(a, _), Field::List(b, _)) => texts.old[a.clone()] == texts.new[b.clone()],
        (Field::Object(a), Field::Object(b)) => {
            a.len() == b.len()
                && a.iter()
                    .zip(b)
                    .all(|((ka, fa), (kb, fb))| ka == kb && same(texts, fa, fb))
        }
        _ => false,
    }
}

/// A field of the new report as JSON text.
fn write_field(out: &mut String, text: &str, field: &Field) {
    match field {
        Field::Text(place) => out.push_str(&text[place.clone()]),
        Field::List(place, _) => out.push_str(&text[place.clone()]),
        Field::Object(fields) => {
            out.push('{');
            for (i, (key, field)) in fields.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push('"');
                out.push_str(key);
                out.push_str("\":");
                write_field(out, text, field);
            }
            out.push('}');
        }
    }
}

/// The parts of a change being written: `set` and `unset` list `[path,
/// value]` and `path` (a path is the list of keys from the report down),
/// `splice` maps a top-level list to its edits.
#[derive(Default)]
struct Lists {
    set: String,
    unset: String,
    splice: String,
}

/// Appends an item to a comma-separated list.
fn push_item(list: &mut String, item: impl FnOnce(&mut String)) {
    if !list.is_empty() {
        list.push(',');
    }
    item(list);
}

fn write_path(out: &mut String, path: &[&str]) {
    out.push('[');
    for (i, key) in path.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push('"');
        out.push_str(key);
        out.push('"');
    }
    out.push(']');
}

/// Writes into `lists` what makes the object `old` at `path` into `new`.
fn compare<'a>(
    lists: &mut Lists,
    texts: Texts,
    path: &mut Vec<&'a str>,
    old: &'a Fields,
    new: &'a Fields,
) {
    for (key, field) in new {
        path.push(key);
        match (self::field(old, key), field) {
            // The same keys in the same order: field by field, writing nothing where nothing
            // changed (a key added would come last on the page, not where the report has it:
            // such an object is set whole).
            (Some(Field::Object(before)), Field::Object(now)) if same_keys(before, now) => {
                compare(lists, texts, path, before, now)
            }
            (Some(before), now) if same(texts, before, now) => {}
            (Some(Field::List(before, old_split)), Field::List(now, new_split)) => {
                let old_items = items(texts.old, before, old_split);
                let new_items = items(texts.new, now, new_split);
                push_item(&mut lists.splice, |out| {
                    let _ = write!(out, "\"{key}\":[");
                    for (i, (at, remove, items)) in
                        list_edits(&old_items, &new_items).into_iter().enumerate()
                    {
                        if i > 0 {
                            out.push(',');
                        }
                        let _ = write!(out, "[{at},{remove},[{}]]", new_items[items].join(","));
                    }
                    out.push(']');
                });
            }
            (_, now) => push_item(&mut lists.set, |out| {
                out.push('[');
                write_path(out, path);
                out.push(',');
                write_field(out, texts.new, now);
                out.push(']');
            }),
        }
        path.pop();
    }
    for (key, _) in old
        .iter()
        .filter(|(key, _)| self::field(new, key).is_none())
    {
        path.push(key);
        push_item(&mut lists.unset, |out| write_path(out, path));
        path.pop();
    }
}

/// How far ahead [`list_edits`] looks for an item again after a difference.
const LOOK_AHEAD: usize = 64;

/// The edits that make `old` into `new`, as `(at, remove, items of new)`
/// applied in order (as `Array.prototype.splice`): a finding added, gone or
/// changed is one small edit, wherever it is in the list. After a
/// difference, an item found again a little further on in the other list
/// makes the items before it an insertion or a removal; else the item is
/// replaced.
fn list_edits(old: &[&str], new: &[&str]) -> Vec<(usize, usize, Range<usize>)> {
    let mut edits: Vec<(usize, usize, Range<usize>)> = Vec::new();
    // Adds an edit, joined to the last one when they touch.
    let mut push = |at: usize, remove: usize, items: Range<usize>| {
        if let Some(last) = edits.last_mut() {
            if last.0 + last.2.len() == at && last.2.end == items.start {
                last.1 += remove;
                last.2.end = items.end;
                return;
            }
        }
        edits.push((at, remove, items));
    };
    let (mut i, mut j, mut at) = (0, 0, 0);
    while i < old.len() && j < new.len() {
        if old[i] == new[j] {
            i += 1;
            j += 1;
            at += 1;
            continue;
        }
        let inserted = new[j..new.len().min(j + LOOK_AHEAD)]
            .iter()
            .position(|item| *item == old[i]);
        let removed = old[i..old.len().min(i + LOOK_AHEAD)]
            .iter()
            .position(|item| *item == new[j]);
        match (inserted, removed) {
            (Some(d), r) if r.is_none_or(|r| d <= r) => {
                push(at, 0, j..j + d);
                j += d;
                at += d;
            }
            (_, Some(d)) => {
                push(at, d, j..j);
                i += d;
            }
            _ => {
                push(at, 1, j..j + 1);
                i += 1;
                j += 1;
                at += 1;
            }
        }
    }
    if i < old.len() || j < new.len() {
        push(at, old.len() - i, j..new.len());
    }
    edits
}

/// Whether two reports' columns are of the same rows (a change can then be
/// said position by position).
fn same_rows(old: &PeopleColumns, new: &PeopleColumns) -> bool {
    old.index == new.index
        && old.months_left_at_term_start.is_some() == new.months_left_at_term_start.is_some()
}

/// The positions where two reports' columns of the same rows differ.
fn changed(old: &PeopleColumns, new: &PeopleColumns) -> Vec<usize> {
    (0..new.index.len())
        .filter(|&k| {
            old.age_years[k] != new.age_years[k]
                || old.age_months[k] != new.age_months[k]
                || old.retirement_date[k] != new.retirement_date[k]
                || old.months_left[k] != new.months_left[k]
                || old.planned_count[k] != new.planned_count[k]
                || old.retirement_decided[k] != new.retirement_decided[k]
                || matches!((&old.months_left_at_term_start, &new.months_left_at_term_start),
                    (Some(a), Some(b)) if a[k] != b[k])
        })
        .collect()
}

/// The people's fields at positions `at` of the columns.
fn write_columns(json: &mut String, at: &[usize], new: &PeopleColumns) {
    fn list<T: std::fmt::Display>(json: &mut String, name: &str, at: &[usize], column: &[T]) {
        let _ = write!(json, ",\"{name}\":[");
        for (i, &k) in at.iter().enumerate() {
            if i > 0 {
                json.push(',');
            }
            let _ = write!(json, "{}", column[k]);
        }
        json.push(']');
    }
    json.push_str("{\"at\":[");
    for (i, k) in at.iter().enumerate() {
        if i > 0 {
            json.push(',');
        }
        let _ = write!(json, "{k}");
    }
    json.push(']');
    list(json, "ageYears", at, &new.age_years);
    list(json, "ageMonths", at, &new.age_months);
    list(json, "retirementDate", at, &new.retirement_date);
    list(json, "monthsLeft", at, &new.months_left);
    if let Some(column) = &new.months_left_at_term_start {
        list(json, "monthsLeftAtTermStart", at, column);
    }
    list(json, "plannedCount", at, &new.planned_count);
    list(json, "retirementDecided", at, &new.retirement_decided);
    json.push('}');
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `skip` byte by byte, as it was before plain text was passed eight bytes at a time.
    fn skip_slowly(bytes: &[u8], mut i: usize) -> usize {
        let (mut depth, mut in_string) = (0usize, false);
        while i < bytes.len() {
            match (in_string, bytes[i]) {
                (true, b'\\') => i += 1,
                (true, b'"') => {
                    in_string = false;
                    if depth == 0 {
                        return i + 1;
                    }
                }
                (true, _) => {}
                (false, b'"') => in_string = true,
                (false, b'{' | b'[') => depth += 1,
                (false, b'}' | b']') if depth == 0 => return i,
                (false, b'}' | b']') => {
                    depth -= 1;
                    if depth == 0 {
                        return i + 1;
                    }
                }
                (false, b',') if depth == 0 => return i,
                _ => {}
            }
            i += 1;
        }
        i
    }

    #[test]
    fn skip_finds_each_value_end_across_escapes_and_long_text() {
        let long = "Người \\ \"được\" quy hoạch ".repeat(7);
        let values = serde_json::json!([
            "",
            "a",
            "\"",
            "\\",
            "ký tự \u{1F600} dài hơn tám byte",
            long,
            {"message": long, "n": [1, 2, {"k": "\\\""}]},
            [long, "x\\", "y\"z"],
            12345,
            null
        ]);
        let text = serde_json::to_string(&values).unwrap();
        let bytes = text.as_bytes();
        // From every position, a value's start or not, the two agree; then the items of the list.
        for start in 0..bytes.len() {
            assert_eq!(
                skip(bytes, start),
                skip_slowly(bytes, start),
                "from {start}"
            );
        }
        let items: Vec<&str> = parts(bytes, 0..bytes.len())
            .into_iter()
            .map(|(_, item)| &text[item])
            .collect();
        let again: Vec<String> = values
            .as_array()
            .unwrap()
            .iter()
            .map(|v| serde_json::to_string(v).unwrap())
            .collect();
        assert_eq!(items, again);
    }

    /// Applies edits as the page does (Array.prototype.splice, in order).
    fn apply(old: &[&str], new: &[&str], edits: &[(usize, usize, Range<usize>)]) -> Vec<String> {
        let mut list: Vec<String> = old.iter().map(|s| s.to_string()).collect();
        for (at, remove, items) in edits {
            list.splice(
                *at..*at + *remove,
                new[items.clone()].iter().map(|s| s.to_string()),
            );
        }
        list
    }

    #[test]
    fn list_edits_rebuild_the_new_list() {
        let cases: &[(&[&str], &[&str])] = &[
            (&["a", "b", "c"], &["a", "b", "c"]),
            (&["a", "b", "c"], &["a", "x", "c"]),
            (&["a", "b", "c", "d"], &["x", "b", "c", "y"]),
            (&["a", "b", "c"], &["a", "b", "x", "c"]),
            (&["a", "b", "c"], &["a", "c"]),
            (&[], &["a"]),
            (&["a"], &[]),
            (&["a", "a", "a"], &["a", "a"]),
            (&["a", "b"], &["b", "a", "b"]),
            (
                &["a", "b", "c", "d", "e"],
                &["x", "a", "c", "d", "y", "e", "z"],
            ),
            (&["a", "b", "c"], &["c", "b", "a"]),
        ];
        for (old, new) in cases {
            let edits = list_edits(old, new);
            assert_eq!(
                apply(old, new, &edits),
                *new,
                "{old:?} → {new:?}: {edits:?}"
            );
        }
        // A finding changed at the top and one added near the end of a long list: two small edits.
        let old: Vec<String> = (0..500).map(|i| format!("f{i}")).collect();
        let mut new = old.clone();
        new[0] = "changed".into();
        new.insert(450, "added".into());
        let (old, new): (Vec<&str>, Vec<&str>) = (
            old.iter().map(|s| &**s).collect(),
            new.iter().map(|s| &**s).collect(),
        );
        let edits = list_edits(&old, &new);
        assert_eq!(apply(&old, &new, &edits), new);
        assert_eq!(edits.len(), 2, "{edits:?}");
        assert!(edits
            .iter()
            .all(|(_, remove, items)| *remove <= 1 && items.len() == 1));
    }
}
