//! The operations that edit a roster, read from and written as JSON:
//!
//! | JSON | what it does |
//! |---|---|
//! | `{ "op": "set", "person": i, "field": f, "value": v }` | sets field `f` of row `i` of `people`; without `value` (or `null`) removes it |
//! | `{ "op": "insert", "person": i, "value": row }` | inserts a row at `i` (0 ≤ i ≤ rows) |
//! | `{ "op": "remove", "person": i }` | removes row `i` |
//! | `{ "op": "replace", "person": i, "value": row }` | replaces row `i` whole |
//! | `setTitle`, `insertTitle`, `removeTitle`, `replaceTitle` with `title: i` | the same on `titles` |
//! | `setUnit`, `insertUnit`, `removeUnit`, `replaceUnit` with `unit: i` | the same on `units` |
//! | `{ "op": "setDataset", "field": f, "value": v }` | a field of the dataset itself (`unit`, `asOf`, `profile`, `termStart`, `titles`, …), not `people` |
//!
//! A leaf module: the sentences of [`OpError`] are in `crate::messages::roster`.

use serde_json::value::RawValue;

/// A list of the dataset that operations edit row by row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    People,
    Titles,
    Units,
}

impl Target {
    /// The dataset's key of the list.
    pub fn key(self) -> &'static str {
        match self {
            Target::People => "people",
            Target::Titles => "titles",
            Target::Units => "units",
        }
    }

    /// The key of an operation that names the row (`person`, `title`, `unit`).
    pub fn row_key(self) -> &'static str {
        match self {
            Target::People => "person",
            Target::Titles => "title",
            Target::Units => "unit",
        }
    }

    fn suffix(self) -> &'static str {
        match self {
            Target::People => "",
            Target::Titles => "Title",
            Target::Units => "Unit",
        }
    }
}

/// One edit. A `value` is JSON text kept as it is.
#[derive(Clone, Debug)]
pub enum Op {
    /// Sets (or, with `None`, removes) a field of a row.
    Set {
        target: Target,
        index: usize,
        field: String,
        value: Option<Box<RawValue>>,
    },
    Insert {
        target: Target,
        index: usize,
        value: Box<RawValue>,
    },
    Remove {
        target: Target,
        index: usize,
    },
    Replace {
        target: Target,
        index: usize,
        value: Box<RawValue>,
    },
    /// Sets (or removes) a field of the dataset other than `people`.
    SetDataset {
        field: String,
        value: Option<Box<RawValue>>,
    },
}

impl PartialEq for Op {
    fn eq(&self, other: &Op) -> bool {
        self.to_json() == other.to_json()
    }
}

/// An operation that cannot be read or applied; `at` is its position in
/// the list of operations.
#[derive(Clone, Debug, PartialEq)]
pub enum OpError {
    /// The operations are not JSON (the reason of the JSON reader).
    NotJson(String),
    /// The operations are not a list.
    NotAList,
    /// An operation is not an object.
    NotAnObject { at: usize },
    /// `op` names no operation.
    UnknownOp { at: usize, op: String },
    /// A key the operation needs is missing.
    Missing { at: usize, key: &'static str },
    /// A key holds the wrong kind of value (`expected` says which).
    WrongValue {
        at: usize,
        key: &'static str,
        expected: &'static str,
    },
    /// A row index beyond the list (`len` rows; `insert` may use `len`).
    OutOfRange {
        at: usize,
        target: Target,
        index: usize,
        len: usize,
    },
    /// A person field the vocabulary does not know.
    UnknownField { at: usize, field: String },
    /// `setDataset` of `people`: people are edited row by row.
    PeopleField { at: usize },
    /// The row is not a JSON object whose fields can be set one by one.
    RowNotAnObject {
        at: usize,
        target: Target,
        index: usize,
    },
    /// The dataset's `titles` or `units` is not a list.
    NotAListField { at: usize, target: Target },
    /// The list would hold more rows than a dataset may.
    TooManyRows { at: usize, limit: usize },
}

impl Op {
    /// The operation as JSON text.
    pub fn to_json(&self) -> String {
        let q = |s: &str| serde_json::to_string(s).unwrap_or_default();
        let value = |v: &Option<Box<RawValue>>| {
            v.as_ref()
                .map_or_else(String::new, |v| format!(",\"value\":{}", v.get()))
        };
        match self {
            Op::Set {
                target,
                index,
                field,
                value: v,
            } => format!(
                "{{\"op\":\"set{}\",\"{}\":{index},\"field\":{}{}}}",
                target.suffix(),
                target.row_key(),
                q(field),
                value(v)
            ),
            Op::Insert {
                target,
                index,
                value: v,
            } => format!(
                "{{\"op\":\"insert{}\",\"{}\":{index},\"value\":{}}}",
                target.suffix(),
                target.row_key(),
                v.get()
            ),
            Op::Remove { target, index } => format!(
                "{{\"op\":\"remove{}\",\"{}\":{index}}}",
                target.suffix(),
                target.row_key()
            ),
            Op::Replace {
                target,
                index,
                value: v,
            } => format!(
                "{{\"op\":\"replace{}\",\"{}\":{index},\"value\":{}}}",
                target.suffix(),
                target.row_key(),
                v.get()
            ),
            Op::SetDataset { field, value: v } => {
                format!(
                    "{{\"op\":\"setDataset\",\"field\":{}{}}}",
                    q(field),
                    value(v)
                )
            }
        }
    }

    /// A list of operations as JSON text.
    pub fn list_json(ops: &[Op]) -> String {
        let parts: Vec<String> = ops.iter().map(Op::to_json).collect();
        format!("[{}]", parts.join(","))
    }

    /// Reads a list of operations from JSON text.
    pub fn parse_list(text: &str) -> Result<Vec<Op>, OpError> {
        let items: Vec<Box<RawValue>> = serde_json::from_str(text).map_err(|e| {
            // Valid JSON that is no list, or not JSON at all.
            match serde_json::from_str::<Box<RawValue>>(text) {
                Ok(_) => OpError::NotAList,
                Err(_) => OpError::NotJson(e.to_string()),
            }
        })?;
        items
            .iter()
            .enumerate()
            .map(|(at, item)| Op::parse(at, item.get()))
            .collect()
    }

    fn parse(at: usize, text: &str) -> Result<Op, OpError> {
        let entries: Vec<(String, Box<RawValue>)> =
            crate::roster::text::object_entries(text).ok_or(OpError::NotAnObject { at })?;
        let get = |key: &str| {
            entries
                .iter()
                .rev()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.clone())
        };
        let text_of = |key: &'static str| -> Result<String, OpError> {
            let raw = get(key).ok_or(OpError::Missing { at, key })?;
            serde_json::from_str::<String>(raw.get()).map_err(|_| OpError::WrongValue {
                at,
                key,
                expected: "text",
            })
        };
        let index_of = |key: &'static str| -> Result<usize, OpError> {
            let raw = get(key).ok_or(OpError::Missing { at, key })?;
            serde_json::from_str::<usize>(raw.get()).map_err(|_| OpError::WrongValue {
                at,
                key,
                expected: "index",
            })
        };
        // `null` and no value alike: the field is removed.
        let optional = get("value").filter(|v| v.get() != "null");
        let required = || get("value").ok_or(OpError::Missing { at, key: "value" });
        let name = text_of("op")?;
        let (verb, target) = [Target::People, Target::Titles, Target::Units]
            .into_iter()
            .find_map(|t| {
                ["set", "insert", "remove", "replace"]
                    .into_iter()
                    .find(|verb| name == format!("{verb}{}", t.suffix()))
                    .map(|verb| (verb, t))
            })
            .unwrap_or(("", Target::People));
        if name == "setDataset" {
            let field = text_of("field")?;
            if field == "people" {
                return Err(OpError::PeopleField { at });
            }
            return Ok(Op::SetDataset {
                field,
                value: optional,
            });
        }
        match verb {
            "set" => {
                let field = text_of("field")?;
                Ok(Op::Set {
                    target,
                    index: index_of(target.row_key())?,
                    field,
                    value: optional,
                })
            }
            "insert" => Ok(Op::Insert {
                target,
                index: index_of(target.row_key())?,
                value: required()?,
            }),
            "remove" => Ok(Op::Remove {
                target,
                index: index_of(target.row_key())?,
            }),
            "replace" => Ok(Op::Replace {
                target,
                index: index_of(target.row_key())?,
                value: required()?,
            }),
            _ => Err(OpError::UnknownOp { at, op: name }),
        }
    }
}
