//! The import itself: every row of one sheet read into a person, or
//! rejected with its row, column, value and reason.

use std::collections::HashMap;

use serde_json::{json, Map, Value};

use super::header::{fields, header_texts, width};
use super::inspect::column_letter;
use super::options::{ColumnMap, ImportOptions, OptionsError};
use super::outcome::{ImportProblem, Imported, Reasons, Rejection, Summary};
use super::rejected::rejected_csv;
use super::table::{Cell, Table};
use super::titles::TitleMatcher;
use super::values::{date_value, ethnic_value, plausible_birth};
use crate::cells;
use crate::legacy::{self, Legacy};

/// Reads the rows of one sheet into people.
pub fn import<R: Reasons + ?Sized>(
    tables: &[Table],
    options: &ImportOptions,
    text: &R,
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
        ..Summary::default()
    };
    let mut people = Vec::new();
    let mut rejections = Vec::new();
    let mut rejected_rows: Vec<usize> = Vec::new();
    let mut ids: HashMap<String, usize> =
        options.taken_ids.iter().map(|id| (id.clone(), 0)).collect();
    for r in header + 1..=last {
        let row = table.rows.get(r).map(Vec::as_slice).unwrap_or(&[]);
        let mapped = |c: &ColumnMap| row.get(c.index).unwrap_or(&Cell::Empty);
        if options
            .columns
            .iter()
            .filter(|c| c.field != "ignore")
            .all(|c| mapped(c).is_empty())
        {
            summary.blank_rows.push(r + 1);
            continue;
        }
        let mut person = Map::new();
        let mut problems = Vec::new();
        for column in options.columns.iter().filter(|c| c.field != "ignore") {
            let cell = mapped(column);
            if cell.is_empty() {
                continue;
            }
            let raw = cell.text();
            let value = match cell {
                Cell::Text(t) if column.encoding != Legacy::Unicode => {
                    summary.converted_cells += 1;
                    legacy::to_unicode(t, column.encoding)
                }
                Cell::Text(t) => legacy::to_unicode(t, Legacy::Unicode),
                _ => raw.clone(),
            };
            let problem = |reason: String| Rejection {
                row: r + 1,
                column: Some(column_letter(column.index)),
                header: headers.get(column.index).map(|(h, _)| h.clone()),
                value: value.clone(),
                reason,
            };
            if let Some(c) = value
                .chars()
                .find(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
            {
                problems.push(problem(text.import_problem(
                    &value,
                    &ImportProblem::ControlCharacter(u32::from(c)),
                )));
                continue;
            }
            match read_field(column.field.as_str(), cell, &value, options, &mut matcher) {
                Ok(fields) => {
                    for (key, v) in fields {
                        person.insert(key.to_owned(), v);
                    }
                }
                Err(e) => problems.push(problem(text.import_problem(&value, &e))),
            }
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
        for field in ["sex", "birth"] {
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
            person.insert("id".to_owned(), json!(id));
            people.push(Value::Object(person));
        } else {
            rejected_rows.push(r);
            rejections.extend(problems);
        }
    }
    if people.len() + options.taken_ids.len() > crate::input::MAX_ROWS {
        return Err(OptionsError::TooManyRows {
            rows: people.len() + options.taken_ids.len(),
            limit: crate::input::MAX_ROWS,
        });
    }
    summary.imported = people.len();
    summary.rejected = rejected_rows.len();
    let rejected_csv = rejected_csv(
        table,
        header,
        &rejected_rows,
        &rejections,
        text.rejected_columns(),
    );
    Ok(Imported {
        people,
        new_titles: matcher.created,
        summary,
        rejections,
        rejected_csv,
    })
}

fn read_field(
    field: &str,
    cell: &Cell,
    value: &str,
    options: &ImportOptions,
    titles: &mut TitleMatcher,
) -> Result<Vec<(&'static str, Value)>, ImportProblem> {
    let date = || {
        let date = date_value(cell, value, options).ok_or(ImportProblem::Date)?;
        plausible_birth(&date, options.reference_year)?;
        Ok(date)
    };
    Ok(match field {
        "birth" => vec![("birth", json!(date()?))],
        "birthIfMale" => vec![("birth", json!(date()?)), ("sex", json!("M"))],
        "birthIfFemale" => vec![("birth", json!(date()?)), ("sex", json!("F"))],
        "ethnicMinority" => vec![(
            "ethnicMinority",
            ethnic_value(value).map_err(|_| ImportProblem::Ethnic)?,
        )],
        "hometown" => vec![("hometown", json!(value.trim()))],
        "unit" => vec![("unit", json!(value.trim()))],
        "current" | "planned" => {
            let ids = titles.resolve(value).map_err(ImportProblem::UnknownTitle)?;
            vec![(
                if field == "current" {
                    "current"
                } else {
                    "planned"
                },
                json!(ids),
            )]
        }
        other => {
            let v = cells::parse_cell(other, value, &[]).map_err(ImportProblem::Cell)?;
            let key = crate::schema::fields::person(other).map_or("ignore", |f| f.id);
            vec![(key, v)]
        }
    })
}
