//! Reading the `titles` list: one [`Title`] per good row, a problem for each
//! bad one.

use std::collections::HashMap;

use crate::model::{Group, Title};

use super::fields::{read_enum, read_id, read_name, read_whole};
use super::problems::{Problem, RowProblem};
use super::rows::{RawTitle, Row};
use super::value::Value;

pub(crate) fn read_titles(
    rows: Vec<Row<RawTitle>>,
    problems: &mut Vec<RowProblem>,
    unit_ids: &crate::units::read::UnitIds,
) -> Vec<Title> {
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut titles = Vec::with_capacity(rows.len());
    for (index, row) in rows.into_iter().enumerate() {
        let raw = match row {
            Row::Record(raw) => raw,
            Row::NotAnObject(kind) => {
                problems.push(RowProblem {
                    index,
                    id: None,
                    field: "",
                    value: String::new(),
                    problem: Problem::NotAnObject(kind),
                });
                continue;
            }
        };
        let before = problems.len();
        let mut fail =
            |field: &'static str, value: &Value, problem: Problem, id: &Option<String>| {
                problems.push(RowProblem {
                    index,
                    id: id.clone(),
                    field,
                    value: value.show(),
                    problem,
                })
            };
        let id = read_id(&raw.id)
            .map_err(|p| fail("id", &raw.id, p, &None))
            .ok();
        if let Some(id) = &id {
            if let Some(&first) = seen.get(id) {
                fail(
                    "id",
                    &raw.id,
                    Problem::DuplicateId(first),
                    &Some(id.clone()),
                );
            } else {
                seen.insert(id.clone(), index);
            }
        }
        let name = read_name(&raw.name)
            .map_err(|p| fail("name", &raw.name, p, &id))
            .ok();
        let group = match read_enum::<Group>(&raw.group) {
            Ok(Some(g)) => Some(g),
            Ok(None) => {
                fail("group", &raw.group, Problem::Missing, &id);
                None
            }
            Err(p) => {
                fail("group", &raw.group, p, &id);
                None
            }
        };
        let seats = match read_whole(&raw.seats) {
            Ok(Some(s)) if (0..=i64::from(u32::MAX)).contains(&s) => Some(s as u32),
            Ok(None) => {
                fail("seats", &raw.seats, Problem::Missing, &id);
                None
            }
            _ => {
                fail("seats", &raw.seats, Problem::NotWholeNumber, &id);
                None
            }
        };
        let rank = read_whole(&raw.rank)
            .map_err(|p| fail("rank", &raw.rank, p, &id))
            .ok();
        // The title's unit, required when the dataset has units.
        let unit = unit_ids
            .title_unit(&raw.unit)
            .map_err(|p| fail("unit", &raw.unit, p, &id))
            .ok();
        if problems.len() > before {
            continue;
        }
        // Every field was read above, or a problem was pushed and we continued.
        if let (Some(id), Some(name), Some(group), Some(seats), Some(rank), Some(unit)) =
            (id, name, group, seats, rank, unit)
        {
            titles.push(Title {
                id,
                name,
                group,
                seats,
                rank,
                unit,
            });
        }
    }
    titles
}
