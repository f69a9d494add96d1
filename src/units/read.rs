//! Reading the `units` rows and resolving the unit ids that titles and
//! people name.

use std::collections::HashMap;

use crate::error::Error;
use crate::input::problems::{Problem, RowProblem};
use crate::input::rows::MAX_ROWS;
use crate::input::value::Value;
use crate::model::{Level, UnitDef};
use crate::schema::Vocabulary;

/// The code of a finding about a `units` row.
pub const INVALID_UNIT: &str = "invalid-unit";

/// A problem of one `units` row.
#[derive(Clone, Debug, PartialEq)]
pub struct UnitProblem {
    pub problem: RowProblem,
    /// The unit is still used (a parent that cannot be followed is dropped);
    /// otherwise the row is left out, with the titles that name it.
    pub kept: bool,
}

/// An id: text, or a whole number written as text.
fn id_of(value: &Value) -> Result<String, Problem> {
    match value {
        Value::Text(t) if !t.trim().is_empty() => Ok(t.trim().to_owned()),
        Value::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => Ok(format!("{}", *n as i64)),
        Value::Missing | Value::Null | Value::Text(_) => Err(Problem::Missing),
        _ => Err(Problem::WrongType {
            expected: crate::kinds::Expected::Text,
        }),
    }
}

/// Reads the dataset's `units`: the units that can be used, and a problem
/// for every row that cannot (missing or repeated id, unknown level) or
/// whose parent cannot be followed (unknown, or a loop).
pub fn read_units(value: &Value) -> Result<(Vec<UnitDef>, Vec<UnitProblem>), Error> {
    let rows = match value {
        Value::Missing | Value::Null => return Ok((Vec::new(), Vec::new())),
        Value::List(rows) => rows,
        other => {
            return Err(Error::NotAList {
                field: "units",
                found: other.kind(),
            })
        }
    };
    if rows.len() > MAX_ROWS {
        return Err(Error::TooManyRows {
            field: "units",
            count: rows.len(),
            limit: MAX_ROWS,
        });
    }
    let mut units: Vec<UnitDef> = Vec::with_capacity(rows.len());
    // The row of each kept unit, and its parent's id as written.
    let mut rows_of: Vec<(usize, Option<(String, String)>)> = Vec::with_capacity(rows.len());
    let mut problems = Vec::new();
    let mut first_row: HashMap<String, usize> = HashMap::with_capacity(rows.len());
    let mut rejected: Vec<String> = Vec::new();
    for (index, row) in rows.iter().enumerate() {
        let mut found: Vec<UnitProblem> = Vec::new();
        let mut fail = |id: &Option<String>, field: &'static str, value: &Value, problem| {
            found.push(UnitProblem {
                problem: RowProblem {
                    index,
                    id: id.clone(),
                    field,
                    value: value.show(),
                    problem,
                },
                kept: false,
            })
        };
        if !matches!(row, Value::Object(_)) {
            fail(&None, "", &Value::Missing, Problem::NotAnObject(row.kind()));
            problems.append(&mut found);
            continue;
        }
        let raw_id = row.get("id");
        let id = match id_of(raw_id) {
            Ok(id) => Some(id),
            Err(p) => {
                fail(&None, "id", raw_id, p);
                None
            }
        };
        if let Some(id) = &id {
            if let Some(&first) = first_row.get(id) {
                fail(&Some(id.clone()), "id", raw_id, Problem::DuplicateId(first));
            }
        }
        let raw_name = row.get("name");
        let name = match raw_name {
            Value::Missing | Value::Null => None,
            Value::Text(t) => Some(t.trim().to_owned()).filter(|t| !t.is_empty()),
            other => {
                fail(
                    &id,
                    "name",
                    other,
                    Problem::WrongType {
                        expected: crate::kinds::Expected::Text,
                    },
                );
                None
            }
        };
        let raw_level = row.get("level");
        let level = match raw_level {
            Value::Text(t) => match Level::from_id(t) {
                Some(level) => Some(level),
                None => {
                    fail(
                        &id,
                        "level",
                        raw_level,
                        Problem::NotInEnum(Level::id_list()),
                    );
                    None
                }
            },
            Value::Missing | Value::Null => {
                fail(&id, "level", raw_level, Problem::Missing);
                None
            }
            other => {
                fail(&id, "level", other, Problem::NotInEnum(Level::id_list()));
                None
            }
        };
        let raw_parent = row.get("parent");
        let parent = match raw_parent {
            Value::Missing | Value::Null => None,
            Value::Text(t) if t.trim().is_empty() => None,
            other => match id_of(other) {
                Ok(p) => Some((p, other.show())),
                Err(p) => {
                    fail(&id, "parent", other, p);
                    None
                }
            },
        };
        if !found.is_empty() {
            problems.append(&mut found);
            if let Some(id) = id.filter(|id| !first_row.contains_key(id)) {
                rejected.push(id);
            }
            continue;
        }
        let (Some(id), Some(level)) = (id, level) else {
            continue;
        };
        first_row.insert(id.clone(), units.len());
        units.push(UnitDef {
            id,
            name,
            level,
            parent: None,
        });
        rows_of.push((index, parent));
    }
    // `first_row` now maps each kept unit's id to its position in `units`.
    for (u, (index, parent)) in rows_of.iter().enumerate() {
        let Some((parent_id, shown)) = parent else {
            continue;
        };
        match first_row.get(parent_id) {
            Some(&p) => units[u].parent = Some(p),
            None => problems.push(UnitProblem {
                problem: RowProblem {
                    index: *index,
                    id: Some(units[u].id.clone()),
                    field: "parent",
                    value: shown.clone(),
                    problem: if rejected.contains(parent_id) {
                        Problem::RejectedUnit(parent_id.clone())
                    } else {
                        Problem::UnknownUnit(parent_id.clone())
                    },
                },
                kept: true,
            }),
        }
    }
    break_cycles(&mut units, &rows_of, &mut problems);
    problems.sort_by_key(|p| p.problem.index);
    Ok((units, problems))
}

/// Follows every parent chain once (linear): a chain that comes back to a
/// unit on it is a loop, broken at the unit where it closes.
fn break_cycles(
    units: &mut [UnitDef],
    rows_of: &[(usize, Option<(String, String)>)],
    problems: &mut Vec<UnitProblem>,
) {
    // 0: not visited, 1: on the current chain, 2: done.
    let mut state = vec![0u8; units.len()];
    let mut chain: Vec<usize> = Vec::new();
    for start in 0..units.len() {
        chain.clear();
        let mut at = Some(start);
        while let Some(u) = at {
            match state[u] {
                2 => break,
                1 => {
                    // The loop: from `u` on the chain to its end, whose parent is `u`.
                    let from = chain.iter().position(|&c| c == u).unwrap_or(0);
                    let last = *chain.last().unwrap_or(&u);
                    let looped = &chain[from..];
                    // A long loop is shown by its first and last units.
                    let mut ids: Vec<String> = if looped.len() > 8 {
                        let mut ids: Vec<String> =
                            looped[..4].iter().map(|&c| units[c].id.clone()).collect();
                        ids.push("…".to_owned());
                        ids.extend(
                            looped[looped.len() - 3..]
                                .iter()
                                .map(|&c| units[c].id.clone()),
                        );
                        ids
                    } else {
                        looped.iter().map(|&c| units[c].id.clone()).collect()
                    };
                    ids.push(units[u].id.clone());
                    problems.push(UnitProblem {
                        problem: RowProblem {
                            index: rows_of[last].0,
                            id: Some(units[last].id.clone()),
                            field: "parent",
                            value: units[u].id.clone(),
                            problem: Problem::ParentCycle(ids),
                        },
                        kept: true,
                    });
                    units[last].parent = None;
                    break;
                }
                _ => {
                    state[u] = 1;
                    chain.push(u);
                    at = units[u].parent;
                }
            }
        }
        for &c in &chain {
            state[c] = 2;
        }
    }
}

/// Unit ids of the dataset, to resolve `titles[].unit` and `people[].unit`.
#[derive(Debug, Default)]
pub struct UnitIds {
    /// Empty when the dataset has no units.
    index: HashMap<String, usize>,
    rejected: Vec<String>,
}

impl UnitIds {
    pub fn new(units: &[UnitDef], problems: &[UnitProblem]) -> UnitIds {
        UnitIds {
            index: units
                .iter()
                .enumerate()
                .map(|(i, u)| (u.id.clone(), i))
                .collect(),
            rejected: problems
                .iter()
                .filter(|p| !p.kept)
                .filter_map(|p| p.problem.id.clone())
                .collect(),
        }
    }

    /// Whether the dataset has units (then every title names one).
    pub fn active(&self) -> bool {
        !self.index.is_empty() || !self.rejected.is_empty()
    }

    fn resolve(&self, value: &Value) -> Result<usize, Problem> {
        // Text is looked up as it is (no copy per row of a large roster).
        if let Value::Text(t) = value {
            if let Some(&u) = self.index.get(t.trim()) {
                return Ok(u);
            }
        }
        let id = id_of(value)?;
        match self.index.get(&id) {
            Some(&u) => Ok(u),
            None if self.rejected.contains(&id) => Err(Problem::RejectedUnit(id)),
            None => Err(Problem::UnknownUnit(id)),
        }
    }

    /// A title's unit: required when the dataset has units; ignored without.
    pub fn title_unit(&self, value: &Value) -> Result<Option<usize>, Problem> {
        if !self.active() {
            return Ok(None);
        }
        self.resolve(value).map(Some)
    }

    /// A person's unit: optional; ignored when the dataset has no units.
    pub fn person_unit(&self, value: &Value) -> Result<Option<usize>, Problem> {
        match value {
            _ if !self.active() => Ok(None),
            Value::Missing | Value::Null => Ok(None),
            Value::Text(t) if t.trim().is_empty() => Ok(None),
            other => self.resolve(other).map(Some),
        }
    }
}
