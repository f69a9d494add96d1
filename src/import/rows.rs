//! The import itself: every row of one sheet read into a person, listed
//! apart as a row that is not a person, or rejected with its row, column,
//! value and reason.
//!
//! Only what makes a person unusable rejects a row: no name, no usable
//! birth, no sex. Any other value that cannot be read is kept as written
//! with a warning naming its row, column and value.

use std::collections::HashMap;

use serde_json::{json, Map, Value};

use super::header::{fields, header_texts, width};
use super::inspect::column_letter;
use super::marks::{is_mark, reading_of, Reading};
use super::options::{ColumnMap, DateOrder, ImportOptions, OptionsError};
use super::outcome::{
    DateOrderUsed, Duplicate, ImportNote, ImportProblem, Imported, NonPerson, Reasons, Rejection,
    Summary,
};
use super::rejected::rejected_csv;
use super::table::{Cell, Table};
use super::titles::TitleMatcher;
use super::values::{column_date_order, date_value, plausible_birth, without_invisible};
use crate::cells;
use crate::legacy::{self, Legacy};
use crate::schema::fields::Kind;
use crate::text::fold;

/// A mapped column, with what the import decided about it.
struct Column<'o> {
    map: &'o ColumnMap,
    reading: Reading,
    /// For date columns: the day/month order of its text dates.
    order: DateOrder,
    header: String,
    /// A yes/no column of ticks ("DTTS" with "x"): a blank cell is "no".
    blank_is_no: bool,
}

fn is_date_field(field: &str) -> bool {
    matches!(field, "birth" | "birthIfMale" | "birthIfFemale")
        || crate::schema::fields::person(field)
            .is_some_and(|f| matches!(f.kind, Kind::PartialDate | Kind::Date))
}

/// A row's texts, ready for the reading: converted from its legacy
/// encoding, invisible characters removed.
struct RowText {
    /// One entry per mapped column (same order as `columns`), empty when blank.
    mapped: Vec<String>,
    /// Every non-empty cell of the row, as text.
    all: Vec<String>,
}

/// Reads the rows of one sheet into people.
pub fn import<R: Reasons + ?Sized>(
    tables: &[Table],
    options: &ImportOptions,
    text: &R,
) -> Result<Imported, OptionsError> {
    let mut people = Vec::new();
    let mut imported = import_each(tables, options, text, &mut |person| people.push(person))?;
    imported.people = people;
    Ok(imported)
}

/// Reads the rows of one sheet, handing each person to `each` as it is
/// read (the returned [`Imported`] has no people): a national roster's
/// people can be written out one by one instead of held as values, a
/// kilobyte each.
pub fn import_each<R: Reasons + ?Sized>(
    tables: &[Table],
    options: &ImportOptions,
    text: &R,
    each: &mut dyn FnMut(Value),
) -> Result<Imported, OptionsError> {
    let table = tables
        .get(options.sheet)
        .ok_or(OptionsError::NoSheet(options.sheet))?;
    if options.header_row == 0 || options.header_row > table.rows.len().max(1) {
        return Err(OptionsError::HeaderOutside(options.header_row));
    }
    let known = fields();
    for column in &options.columns {
        if !known.contains(&column.field.as_str()) {
            return Err(OptionsError::UnknownField(column.field.clone()));
        }
    }
    let header = options.header_row - 1;
    let headers = header_texts(table, header, width(table));
    let mut matcher = TitleMatcher::new(&options.titles, options.create_titles);
    let last = table
        .rows
        .iter()
        .rposition(|r| !r.iter().all(Cell::is_empty))
        .map_or(header, |l| l.max(header));
    if last - header > crate::input::MAX_ROWS {
        return Err(OptionsError::TooManyRows {
            rows: last - header,
            limit: crate::input::MAX_ROWS,
        });
    }
    let mut summary = Summary {
        rows_read: last - header,
        trailing_empty: table.rows.len().saturating_sub(last + 1),
        hidden_sheet: table.hidden,
        ..Summary::default()
    };
    // The data rows, with vertically merged cells given their value: the
    // sheet's own rows unless a merge below the header fills cells (a copy
    // of a national roster's cells is a gigabyte).
    let data_rows = table.rows.get(header + 1..=last).unwrap_or_default();
    let fills = options.fill_merged
        && table
            .merged
            .iter()
            .any(|&(top, left, bottom, _)| top > header && bottom > top && left < width(table));
    let mut grid: std::borrow::Cow<[Vec<Cell>]> = std::borrow::Cow::Borrowed(data_rows);
    // One person over several rows: a name merged down over rows whose
    // own name cell is empty. Those rows continue the person above (their
    // titles join the person's) and are listed as "continuation" rows.
    let mut continuation: HashMap<usize, usize> = HashMap::new();
    let name_columns: Vec<usize> = options
        .columns
        .iter()
        .filter(|c| c.field == "name")
        .map(|c| c.index)
        .collect();
    let title_columns: Vec<usize> = options
        .columns
        .iter()
        .filter(|c| matches!(c.field.as_str(), "current" | "planned"))
        .map(|c| c.index)
        .collect();
    if fills {
        let grid = grid.to_mut();
        // Merged ranges of a crafted file may overlap: the cells visited
        // are bounded by the grid's size, whatever the ranges say.
        let mut budget = grid
            .len()
            .saturating_mul(width(table).max(1))
            .saturating_add(table.merged.len());
        for &(top, left, bottom, _) in &table.merged {
            // A range outside the cells read is not followed (a crafted
            // merge at column 16,000 must not widen every row).
            if top <= header || bottom <= top || left >= width(table) {
                continue;
            }
            let Some(value) = grid
                .get(top - header - 1)
                .and_then(|r| r.get(left))
                .filter(|c| !c.is_empty())
                .cloned()
            else {
                continue;
            };
            if name_columns.contains(&left) {
                for r in top + 1..=bottom.min(last) {
                    if budget < title_columns.len() + 1 {
                        break;
                    }
                    budget -= title_columns.len() + 1;
                    continuation.insert(r, top);
                    for &c in &title_columns {
                        let Some(more) = grid[r - header - 1]
                            .get(c)
                            .filter(|x| !x.is_empty())
                            .map(Cell::text)
                        else {
                            continue;
                        };
                        let first = &mut grid[top - header - 1];
                        if first.len() <= c {
                            first.resize(c + 1, Cell::Empty);
                        }
                        let joined = match &first[c] {
                            x if x.is_empty() => more,
                            x if is_mark(&x.text()) && is_mark(&more) => x.text(),
                            x => format!("{}, {more}", x.text()),
                        };
                        first[c] = Cell::Text(joined);
                    }
                }
                continue;
            }
            for r in top + 1..=bottom.min(last) {
                if budget == 0 {
                    break;
                }
                budget -= 1;
                let row = &mut grid[r - header - 1];
                if row.len() <= left {
                    row.resize(left + 1, Cell::Empty);
                }
                if row[left].is_empty() {
                    row[left] = value.clone();
                    summary.merged_cells += 1;
                }
            }
        }
    }
    let date1904 = options.date1904.unwrap_or(table.date1904);
    let columns: Vec<Column> = options
        .columns
        .iter()
        .filter(|c| c.field != "ignore")
        .map(|map| {
            let (own, parent) = headers.get(map.index).cloned().unwrap_or_default();
            let order = if is_date_field(&map.field) {
                let found = column_date_order(grid.iter().filter_map(|r| match r.get(map.index) {
                    Some(Cell::Text(t)) => Some(t.as_str()),
                    _ => None,
                }));
                let used = match (map.date_order, found) {
                    (Some(order), _) => Some((order, true)),
                    (None, found) => found,
                };
                if let Some((order, decided)) = used {
                    summary.date_orders.push(DateOrderUsed {
                        column: column_letter(map.index),
                        order,
                        decided,
                    });
                }
                used.map_or(DateOrder::Dmy, |(o, _)| o)
            } else {
                DateOrder::Dmy
            };
            let yes_no = crate::schema::fields::person(&map.field)
                .is_some_and(|f| matches!(f.kind, Kind::Bool));
            // Every written cell of a yes/no column a tick or a "no", one a tick.
            let blank_is_no = yes_no && {
                let (mut ticked, mut only_marks) = (false, true);
                for cell in grid.iter().filter_map(|r| r.get(map.index)) {
                    if cell.is_empty() {
                        continue;
                    }
                    let tick = fold(cell.text().trim());
                    let yes = crate::schema::YES.contains(&tick.as_str());
                    ticked |= yes;
                    if !yes && !crate::schema::NO.contains(&tick.as_str()) {
                        only_marks = false;
                        break;
                    }
                }
                ticked && only_marks
            };
            Column {
                map,
                reading: reading_of(&map.field, &own, &parent),
                order,
                header: own,
                blank_is_no,
            }
        })
        .collect();
    // A lone "Nữ" (or "Nam") mark column: a blank cell is the other sex.
    let sex_marks: Vec<&'static str> = columns
        .iter()
        .filter_map(|c| match c.reading {
            Reading::SexMark(s) => Some(s),
            _ => None,
        })
        .collect();
    let blank_sex = match sex_marks.as_slice() {
        ["F"] => Some("M"),
        ["M"] => Some("F"),
        _ => None,
    };
    let has_id_column = columns.iter().any(|c| c.map.field == "id");
    let hidden: std::collections::HashSet<usize> = table.hidden_rows.iter().copied().collect();
    let mut people = 0usize;
    let mut rejections = Vec::new();
    let mut warnings = Vec::new();
    let mut rejected_rows: Vec<usize> = Vec::new();
    let mut ids: HashMap<String, usize> =
        options.taken_ids.iter().map(|id| (id.clone(), 0)).collect();
    let mut seen: HashMap<(String, String), usize> = HashMap::new();
    let mut in_signature = false;
    let mut serial_read = false;
    for r in header + 1..=last {
        let row = grid.get(r - header - 1).map(Vec::as_slice).unwrap_or(&[]);
        let cell_of = |c: &Column| row.get(c.map.index).unwrap_or(&Cell::Empty);
        if continuation.contains_key(&r) {
            let texts = row_text(row, &columns, &mut summary);
            summary.non_person.push(NonPerson {
                row: r + 1,
                kind: "continuation",
                text: texts.all.join(" | "),
            });
            continue;
        }
        let unmapped_only = columns.iter().all(|c| cell_of(c).is_empty());
        if unmapped_only && row.iter().all(Cell::is_empty) {
            summary.blank_rows.push(r + 1);
            continue;
        }
        let texts = row_text(row, &columns, &mut summary);
        if unmapped_only {
            // Text only in columns left out: a section heading or a
            // signature line is listed as such; anything else is blank for
            // the import (an STT number alone).
            let kind = if options.find_non_person_rows {
                non_person_kind(&texts.all, false, false, &mut in_signature)
            } else {
                None
            };
            match kind {
                Some(kind) => summary.non_person.push(NonPerson {
                    row: r + 1,
                    kind,
                    text: texts.all.join(" | "),
                }),
                None => summary.blank_rows.push(r + 1),
            }
            continue;
        }
        if hidden.contains(&r) {
            summary.hidden_rows.push(r + 1);
            if options.skip_hidden {
                summary.non_person.push(NonPerson {
                    row: r + 1,
                    kind: "hidden",
                    text: texts.all.join(" | "),
                });
                continue;
            }
        }
        if options.find_non_person_rows {
            let (mut has_birth, mut has_sex) = (false, false);
            for (c, v) in columns.iter().zip(&texts.mapped) {
                if v.is_empty() {
                    continue;
                }
                match (&c.reading, c.map.field.as_str()) {
                    (Reading::SexMark(_), _) => has_sex |= is_mark(v),
                    (_, "sex") => has_sex |= cells::read_value("sex", v).is_ok(),
                    (_, "birth" | "birthIfMale" | "birthIfFemale") => {
                        has_birth |=
                            date_value(cell_of(c), v, date1904, c.order, options.reference_year)
                                .is_some_and(|d| {
                                    plausible_birth(&d, options.reference_year).is_ok()
                                });
                    }
                    _ => {}
                }
            }
            if let Some(kind) = non_person_kind(&texts.all, has_birth, has_sex, &mut in_signature) {
                summary.non_person.push(NonPerson {
                    row: r + 1,
                    kind,
                    text: texts.all.join(" | "),
                });
                continue;
            }
        }
        let mark = matcher.mark();
        let mut person = Map::new();
        let mut problems = Vec::new();
        let mut row_warnings = Vec::new();
        let mut names: Vec<String> = Vec::new();
        let mut sexes: Vec<(&'static str, &Column)> = Vec::new();
        let mut births: Vec<(String, &Column)> = Vec::new();
        let mut current: Vec<String> = Vec::new();
        let mut planned: Vec<String> = Vec::new();
        let mut other_posts: Vec<String> = Vec::new();
        let mut filled: HashMap<&'static str, (Value, &Column)> = HashMap::new();
        for (column, value) in columns.iter().zip(&texts.mapped) {
            if value.is_empty() {
                continue;
            }
            let cell = cell_of(column);
            let entry = |reason: String| Rejection {
                row: r + 1,
                column: Some(column_letter(column.map.index)),
                header: Some(column.header.clone()),
                value: value.clone(),
                reason,
            };
            if let Some(c) = value
                .chars()
                .find(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
            {
                problems.push(entry(text.import_problem(
                    value,
                    &ImportProblem::ControlCharacter(u32::from(c)),
                )));
                continue;
            }
            let field = column.map.field.as_str();
            match (&column.reading, field) {
                (Reading::SexMark(sex), _) => {
                    if is_mark(value) {
                        sexes.push((sex, column));
                    } else {
                        match cells::read_value("sex", value) {
                            Ok(v) => sexes.extend(
                                v.iter()
                                    .filter_map(|(_, s)| s.as_str())
                                    .map(|s| (if s == "F" { "F" } else { "M" }, column)),
                            ),
                            Err(e) => problems
                                .push(entry(text.import_problem(value, &ImportProblem::Cell(e)))),
                        }
                    }
                }
                (Reading::TitleMark(title), "current" | "planned") if is_mark(value) => {
                    match matcher.resolve_one(title) {
                        Some(id) if field == "current" => current.push(id),
                        Some(id) => planned.push(id),
                        None if field == "current" => {
                            other_posts.push(title.clone());
                            row_warnings.push(entry(
                                text.import_problem(
                                    value,
                                    &ImportProblem::OtherPost(title.clone()),
                                ),
                            ));
                        }
                        None => {
                            row_warnings.push(entry(text.import_problem(
                                value,
                                &ImportProblem::PlannedUnknown(title.clone()),
                            )))
                        }
                    }
                }
                (_, "current" | "planned") => {
                    let (found, unknown) = matcher.resolve_all(value);
                    if field == "current" {
                        current.extend(found);
                    } else {
                        planned.extend(found);
                    }
                    for part in unknown {
                        let problem = if field == "current" {
                            other_posts.push(part.clone());
                            ImportProblem::OtherPost(part)
                        } else {
                            ImportProblem::PlannedUnknown(part)
                        };
                        row_warnings.push(entry(text.import_problem(value, &problem)));
                    }
                }
                // A formula guard of the rejected rows' CSV ("'=…") comes off.
                (_, "name") => match cells::parse_cell("name", value, &[]) {
                    Ok(Value::String(name)) => names.push(name),
                    _ => names.push(value.trim().to_owned()),
                },
                (_, "birth" | "birthIfMale" | "birthIfFemale") => {
                    let date =
                        date_value(cell, value, date1904, column.order, options.reference_year)
                            .ok_or(ImportProblem::Date)
                            .and_then(|d| plausible_birth(&d, options.reference_year).map(|()| d));
                    serial_read |=
                        matches!(cell, Cell::Number(n) if !(1900.0..=2100.0).contains(n));
                    match date {
                        Ok(d) => {
                            births.push((d, column));
                            match field {
                                "birthIfMale" => sexes.push(("M", column)),
                                "birthIfFemale" => sexes.push(("F", column)),
                                _ => {}
                            }
                        }
                        Err(e) => problems.push(entry(text.import_problem(value, &e))),
                    }
                }
                (_, "sex") => match cells::read_value("sex", value) {
                    Ok(v) => sexes.extend(
                        v.iter()
                            .filter_map(|(_, s)| s.as_str())
                            .map(|s| (if s == "F" { "F" } else { "M" }, column)),
                    ),
                    Err(e) => {
                        problems.push(entry(text.import_problem(value, &ImportProblem::Cell(e))))
                    }
                },
                (_, "id") => match cells::parse_cell("id", value, &[]) {
                    Ok(v) => {
                        filled.entry("id").or_insert((v, column));
                    }
                    Err(e) => {
                        problems.push(entry(text.import_problem(value, &ImportProblem::Cell(e))))
                    }
                },
                (_, field) => {
                    let read = if is_date_field(field) {
                        date_value(cell, value, date1904, column.order, options.reference_year)
                            .map(|d| {
                                let key =
                                    crate::schema::fields::person(field).map_or("ignore", |f| f.id);
                                vec![(key, json!(d))]
                            })
                            .ok_or(cells::CellError::Unrecognised {
                                expected: cells::Wanted::Date,
                            })
                    } else {
                        cells::read_value(field, value)
                    };
                    let read = match read {
                        Ok(read) => read,
                        Err(e) => {
                            row_warnings.push(entry(
                                text.import_problem(value, &ImportProblem::KeptAsWritten(e)),
                            ));
                            let key =
                                crate::schema::fields::person(field).map_or("ignore", |f| f.id);
                            vec![(key, json!(value.trim()))]
                        }
                    };
                    for (key, v) in read {
                        if v.is_null() {
                            continue;
                        }
                        match filled.get(key) {
                            None => {
                                filled.insert(key, (v, column));
                            }
                            Some((first, earlier)) if *first != v => {
                                if earlier.map.index != column.map.index {
                                    row_warnings.push(entry(text.import_problem(
                                        value,
                                        &ImportProblem::Conflict(column_letter(earlier.map.index)),
                                    )));
                                }
                            }
                            Some(_) => {}
                        }
                    }
                }
            }
        }
        // Name parts in column order ("Họ và tên đệm" + "Tên"); a "Tên"
        // column kept beside a full "Họ và tên" for sorting repeats the
        // name's last words and is not added again.
        let mut name = String::new();
        for part in &names {
            let whole: Vec<String> = name.split_whitespace().map(fold).collect();
            let tail: Vec<String> = part.split_whitespace().map(fold).collect();
            if !tail.is_empty() && whole.ends_with(&tail) {
                continue;
            }
            if !name.is_empty() {
                name.push(' ');
            }
            name.push_str(part);
        }
        if !name.is_empty() {
            person.insert("name".to_owned(), json!(name));
        }
        // Births: the first; another column that says otherwise is a warning.
        if let Some((birth, column)) = births.first() {
            person.insert("birth".to_owned(), json!(birth));
            for (other, later) in &births[1..] {
                let both_sexed =
                    matches!(column.map.field.as_str(), "birthIfMale" | "birthIfFemale")
                        && matches!(later.map.field.as_str(), "birthIfMale" | "birthIfFemale")
                        && column.map.field != later.map.field;
                if other != birth && !both_sexed {
                    row_warnings.push(Rejection {
                        row: r + 1,
                        column: Some(column_letter(later.map.index)),
                        header: Some(later.header.clone()),
                        value: other.clone(),
                        reason: text.import_problem(
                            other,
                            &ImportProblem::Conflict(column_letter(column.map.index)),
                        ),
                    });
                }
            }
        }
        // Sex: every column that tells must agree.
        let first_sex = sexes.first().map(|(s, _)| *s);
        if let Some(&(_, clash)) = sexes.iter().find(|(s, _)| Some(*s) != first_sex) {
            let (_, first) = sexes[0];
            for (column, other) in [(first, clash), (clash, first)] {
                let cell = row
                    .get(column.map.index)
                    .map(Cell::text)
                    .unwrap_or_default();
                problems.push(Rejection {
                    row: r + 1,
                    column: Some(column_letter(column.map.index)),
                    header: Some(column.header.clone()),
                    value: cell.clone(),
                    reason: text.import_problem(
                        &cell,
                        &ImportProblem::BothSexes(column_letter(other.map.index)),
                    ),
                });
            }
        } else if let Some(sex) = first_sex.or(blank_sex) {
            person.insert("sex".to_owned(), json!(sex));
        }
        for (column, value) in columns.iter().zip(&texts.mapped) {
            if column.blank_is_no && value.is_empty() {
                if let Some(f) = crate::schema::fields::person(&column.map.field) {
                    filled.entry(f.id).or_insert((json!(false), column));
                }
            }
        }
        let mut keys: Vec<_> = filled.into_iter().collect();
        keys.sort_by_key(|(_, (_, c))| c.map.index);
        for (key, (v, _)) in keys {
            person.insert(key.to_owned(), v);
        }
        let unique = |ids: Vec<String>| {
            let mut out: Vec<String> = Vec::new();
            for id in ids {
                if !out.contains(&id) {
                    out.push(id);
                }
            }
            out
        };
        if columns.iter().any(|c| c.map.field == "current") {
            person.insert("current".to_owned(), json!(unique(current)));
        }
        if columns.iter().any(|c| c.map.field == "planned") {
            person.insert("planned".to_owned(), json!(unique(planned)));
        }
        if !other_posts.is_empty() {
            let mut text = person
                .get("otherPosts")
                .and_then(Value::as_str)
                .map(str::to_owned)
                .into_iter()
                .collect::<Vec<_>>();
            text.extend(other_posts);
            person.insert("otherPosts".to_owned(), json!(text.join("; ")));
        }
        let id = match person.get("id").and_then(Value::as_str) {
            Some(id) => id.to_owned(),
            // Without an id column, the row number names the person; a name
            // taken by an earlier import gets a suffix instead of a clash.
            None => {
                let base = format!("r{}", r + 1);
                let mut id = base.clone();
                let mut n = 2;
                while ids.contains_key(&id) {
                    id = format!("{base}-{n}");
                    n += 1;
                }
                id
            }
        };
        if let Some(&first) = ids.get(&id) {
            problems.push(Rejection {
                row: r + 1,
                column: None,
                header: None,
                value: id.clone(),
                reason: text.import_problem(&id, &ImportProblem::DuplicateId(first)),
            });
        }
        for field in ["name", "birth", "sex"] {
            if !person.contains_key(field) && problems.is_empty() {
                problems.push(Rejection {
                    row: r + 1,
                    column: None,
                    header: None,
                    value: String::new(),
                    reason: text.import_problem("", &ImportProblem::Missing(field)),
                });
            }
        }
        if problems.is_empty() {
            ids.insert(id.clone(), r + 1);
            if !has_id_column {
                let birth = person
                    .get("birth")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_owned();
                let key = (
                    fold(&name).split_whitespace().collect::<Vec<_>>().join(" "),
                    birth,
                );
                match seen.get(&key) {
                    Some(&first) => summary.duplicates.push(Duplicate {
                        row: r + 1,
                        first,
                        name: name.clone(),
                    }),
                    None => {
                        seen.insert(key, r + 1);
                    }
                }
            }
            person.insert("id".to_owned(), json!(id));
            people += 1;
            each(Value::Object(person));
            warnings.extend(row_warnings);
        } else {
            matcher.roll_back(mark);
            rejected_rows.push(r);
            rejections.extend(problems);
        }
    }
    if people + options.taken_ids.len() > crate::input::MAX_ROWS {
        return Err(OptionsError::TooManyRows {
            rows: people + options.taken_ids.len(),
            limit: crate::input::MAX_ROWS,
        });
    }
    summary.imported = people;
    summary.rejected = rejected_rows.len();
    summary.date1904 = date1904 && serial_read;
    let rejected_csv = rejected_csv(
        table,
        header,
        &rejected_rows,
        &rejections,
        text.rejected_columns(),
    );
    let notes = notes(&summary, options, warnings.len())
        .iter()
        .map(|n| text.import_note(n))
        .collect();
    Ok(Imported {
        people: Vec::new(),
        new_titles: matcher.created,
        summary,
        rejections,
        rejected_csv,
        warnings,
        notes,
    })
}

/// The remarks the summary calls for.
fn notes(summary: &Summary, options: &ImportOptions, warnings: usize) -> Vec<ImportNote> {
    let mut notes = Vec::new();
    if summary.hidden_sheet {
        notes.push(ImportNote::HiddenSheet);
    }
    if !summary.hidden_rows.is_empty() {
        notes.push(ImportNote::HiddenRows {
            rows: summary.hidden_rows.clone(),
            skipped: options.skip_hidden,
        });
    }
    let listed: Vec<NonPerson> = summary
        .non_person
        .iter()
        .filter(|n| n.kind != "hidden")
        .cloned()
        .collect();
    if !listed.is_empty() {
        notes.push(ImportNote::NonPerson(listed));
    }
    if summary.merged_cells > 0 {
        notes.push(ImportNote::MergedCells(summary.merged_cells));
    }
    if summary.invisible_cleaned > 0 {
        notes.push(ImportNote::Invisible(summary.invisible_cleaned));
    }
    if !summary.duplicates.is_empty() {
        notes.push(ImportNote::Duplicates(summary.duplicates.clone()));
    }
    if summary.date1904 {
        notes.push(ImportNote::Date1904);
    }
    for used in &summary.date_orders {
        if used.order == DateOrder::Mdy || !used.decided {
            notes.push(ImportNote::DateOrder {
                column: used.column.clone(),
                mdy: used.order == DateOrder::Mdy,
                decided: used.decided,
            });
        }
    }
    if warnings > 0 {
        notes.push(ImportNote::Warnings(warnings));
    }
    notes
}

/// A row's texts: mapped columns converted from their encoding, every
/// cell without invisible characters (counted).
fn row_text(row: &[Cell], columns: &[Column], summary: &mut Summary) -> RowText {
    let mut clean = |text: String| match without_invisible(&text) {
        Some(cleaned) => {
            summary.invisible_cleaned += 1;
            cleaned
        }
        None => text,
    };
    let mut mapped = Vec::with_capacity(columns.len());
    for column in columns {
        let cell = row.get(column.map.index).unwrap_or(&Cell::Empty);
        if cell.is_empty() {
            mapped.push(String::new());
            continue;
        }
        let value = match cell {
            Cell::Text(t) if column.map.encoding != Legacy::Unicode => {
                summary.converted_cells += 1;
                legacy::to_unicode(t, column.map.encoding)
            }
            Cell::Text(t) => legacy::to_unicode(t, Legacy::Unicode),
            other => other.text(),
        };
        mapped.push(clean(value));
    }
    let all = row
        .iter()
        .enumerate()
        .filter(|(_, c)| !c.is_empty())
        .map(|(i, c)| {
            columns
                .iter()
                .position(|col| col.map.index == i)
                .map_or_else(|| c.text().trim().to_owned(), |p| mapped[p].clone())
        })
        .filter(|t| !t.trim().is_empty())
        .collect();
    RowText { mapped, all }
}

/// What kind of row that is not a person a row is, from its texts: a
/// numbering row ("1 2 3 …", "(1) (2) …"), a total ("Tổng cộng: 12 đồng
/// chí", "Cộng" with counts), a signature block ("TM. BAN THƯỜNG VỤ",
/// "Người lập biểu", the date line, and every row after them without a
/// birth or a sex) or a section heading ("I. Khối Đảng", "A. XÃ …").
/// `has_birth`, `has_sex`: the row has a readable birth, a sex (a count
/// "1" under a "Nữ" mark column reads as a sex, so a total is known
/// without it).
pub(super) fn non_person_kind(
    texts: &[String],
    has_birth: bool,
    has_sex: bool,
    in_signature: &mut bool,
) -> Option<&'static str> {
    let numeral = |t: &str| {
        let t = t
            .trim()
            .trim_start_matches('(')
            .trim_end_matches([')', '.']);
        !t.is_empty() && t.len() <= 3 && t.bytes().all(|b| b.is_ascii_digit())
    };
    if texts.len() >= 3 && texts.iter().all(|t| numeral(t)) {
        return Some("numbering");
    }
    // A readable birth makes a person; a total's counts are no birth.
    if has_birth {
        return None;
    }
    let words: Vec<String> = texts.iter().map(|t| fold(t.trim())).collect();
    let label = words
        .iter()
        .find(|w| !w.is_empty() && !numeral(w))
        .cloned()
        .unwrap_or_default();
    let small_number = |t: &str| {
        let t = t.trim();
        t.parse::<f64>().is_ok_and(|n| (0.0..1000.0).contains(&n))
    };
    let total_label = [
        "tong cong",
        "tong so",
        "tong:",
        "cong:",
        "cong :",
        "cong cong",
    ]
    .iter()
    .any(|p| {
        // "Tổng cộng: 12", "Tổng số cán bộ", not "Tống Công Minh".
        label.strip_prefix(p).is_some_and(|rest| {
            let rest = rest.trim_start();
            rest.is_empty()
                || !rest.starts_with(char::is_alphabetic)
                || rest.chars().any(|c| c.is_ascii_digit())
                || ["dong chi", "nguoi", "can bo"]
                    .iter()
                    .any(|w| rest.contains(w))
        })
    }) || ((label == "tong" || label == "cong" || label == "cong.")
        && texts
            .iter()
            .zip(&words)
            .all(|(t, w)| *w == label || small_number(t) || w.contains("dong chi")));
    // "Danh sách gồm 12 đồng chí", "(Có 12 đồng chí)".
    let count_line = texts.len() <= 3 && words.iter().any(|w| w.contains("dong chi"));
    if total_label || count_line {
        return Some("total");
    }
    if has_sex {
        return None;
    }
    let signature_start = [
        "ghi chu:",
        "luu y",
        "chu thich",
        "nguon:",
        "tm.",
        "tm ",
        "t/m",
        "t.m",
        "kt.",
        "kt ",
        "k/t",
        "q.",
        "nguoi lap",
        "nguoi ky",
        "noi nhan",
        "xac nhan",
        "thu truong",
        "ky ten",
        "ky, ghi ro",
        "(ky",
    ];
    let date_line = |w: &str| w.contains("ngay") && w.contains("thang") && w.contains("nam");
    let upper_post = texts.iter().any(|t| {
        let t = t.trim();
        t.chars().any(char::is_alphabetic)
            && !t.chars().any(char::is_lowercase)
            && [
                "bi thu",
                "pho bi thu",
                "chu tich",
                "pho chu tich",
                "truong ban",
                "giam doc",
                "thu truong don vi",
                "truong phong",
            ]
            .contains(&fold(t).as_str())
    });
    if words
        .iter()
        .any(|w| signature_start.iter().any(|p| w.starts_with(p)))
        || (texts.len() <= 2 && words.iter().any(|w| date_line(w)))
        || upper_post
    {
        *in_signature = true;
        return Some("signature");
    }
    if *in_signature {
        return Some("signature");
    }
    let roman = |w: &str| {
        let head = w.split(['.', ')', ' ']).next().unwrap_or_default();
        !head.is_empty()
            && head.len() <= 5
            && head.chars().all(|c| "IVXL".contains(c))
            && (w.len() == head.len() || w[head.len()..].starts_with(['.', ')', ' ']))
    };
    let lettered = |t: &str| {
        let mut chars = t.trim().chars();
        matches!((chars.next(), chars.next()), (Some(c), Some('.' | ')')) if c.is_uppercase())
    };
    // "1. Đảng ủy xã", "2) Khối chính quyền": a number, a stop, words.
    let numbered = |t: &str| {
        let t = t.trim();
        let digits = t.chars().take_while(char::is_ascii_digit).count();
        digits > 0
            && digits <= 2
            && t[digits..].starts_with(['.', ')'])
            && t[digits + 1..]
                .trim_start()
                .starts_with(char::is_alphabetic)
    };
    let shouting = |t: &str| {
        t.split_whitespace()
            .filter(|w| w.chars().any(char::is_alphabetic))
            .count()
            >= 2
            && !t.chars().any(char::is_lowercase)
    };
    if texts.len() <= 2
        && texts.iter().any(|t| {
            roman(t.trim())
                || lettered(t)
                || numbered(t)
                || shouting(t)
                || fold(t).starts_with("khoi ")
        })
    {
        return Some("section");
    }
    None
}
