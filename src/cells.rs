//! Reading one cell typed or pasted by a user (or read from a spreadsheet)
//! into the value a `qhcb/1` field holds: "Nữ" → "F", "15/03/1978" →
//! "1978-03-15", "Thạc sỹ" → "master", "x" → true, "BT, PBT" → ["bt", "pbt"].
//!
//! The page's grid and the importers share these rules, so a value means the
//! same wherever it comes from. A value that is not recognised is an error
//! that says what the field expects; it is never guessed.

use serde_json::{json, Value};

use crate::date::{PartialDate, Precision};
use crate::text::fold;

/// Why a cell could not be read.
#[derive(Clone, Debug, PartialEq)]
pub enum CellError {
    /// The field is not one the grid edits.
    UnknownField(String),
    /// The text is not a value of the field; carries what the field expects.
    Unrecognised { expected: &'static str },
    /// A title that is not in the titles list.
    UnknownTitle(String),
}

/// A title as the matcher sees it.
#[derive(Clone, Debug, PartialEq)]
pub struct TitleName {
    pub id: String,
    pub name: Option<String>,
}

const SEX: &[(&str, &str)] = &[
    ("m", "M"),
    ("nam", "M"),
    ("male", "M"),
    ("f", "F"),
    ("nu", "F"),
    ("female", "F"),
];
const YES: &[&str] = &["x", "co", "true", "1", "yes", "v", "dung"];
const NO: &[&str] = &["", "khong", "false", "0", "no", "-"];
const EDUCATION: &[(&str, &str)] = &[
    ("doctorate", "doctorate"),
    ("tien si", "doctorate"),
    ("tien sy", "doctorate"),
    ("ts", "doctorate"),
    ("master", "master"),
    ("master's", "master"),
    ("thac si", "master"),
    ("thac sy", "master"),
    ("ths", "master"),
    ("university", "university"),
    ("dai hoc", "university"),
    ("dh", "university"),
    ("cu nhan", "university"),
    ("ky su", "university"),
    ("college", "college"),
    ("cao dang", "college"),
    ("cd", "college"),
    ("vocational", "vocational"),
    ("trung cap", "vocational"),
    ("tc", "vocational"),
    ("none", "none"),
    ("khong", "none"),
    ("chua qua dao tao", "none"),
];
const THEORY: &[(&str, &str)] = &[
    ("advanced", "advanced"),
    ("cao cap", "advanced"),
    ("cu nhan", "advanced"),
    ("cao cap, cu nhan", "advanced"),
    ("cc", "advanced"),
    ("intermediate", "intermediate"),
    ("trung cap", "intermediate"),
    ("tc", "intermediate"),
    ("elementary", "elementary"),
    ("so cap", "elementary"),
    ("sc", "elementary"),
    ("none", "none"),
    ("khong", "none"),
    ("chua qua dao tao", "none"),
];
const CANDIDACY: &[(&str, &str)] = &[
    ("first", "first"),
    ("lan dau", "first"),
    ("tham gia lan dau", "first"),
    ("reelection", "reelection"),
    ("re-election", "reelection"),
    ("tai cu", "reelection"),
];

fn lookup(table: &[(&str, &'static str)], folded: &str) -> Option<&'static str> {
    table.iter().find(|(k, _)| *k == folded).map(|(_, v)| *v)
}

/// Reads `text` as a value of the person field `field`. Empty text clears the
/// field (null), except for lists, which become empty.
///
/// ```
/// use qhcb::cells::parse_cell;
/// use serde_json::json;
/// assert_eq!(parse_cell("sex", "Nữ", &[]), Ok(json!("F")));
/// assert_eq!(parse_cell("birth", "15/3/1978", &[]), Ok(json!("1978-03-15")));
/// assert_eq!(parse_cell("education", "Thạc sỹ", &[]), Ok(json!("master")));
/// ```
pub fn parse_cell(field: &str, text: &str, titles: &[TitleName]) -> Result<Value, CellError> {
    let trimmed = text.trim();
    let folded = fold(trimmed);
    let unrecognised = |expected| Err(CellError::Unrecognised { expected });
    match field {
        "id" | "name" => Ok(if trimmed.is_empty() {
            Value::Null
        } else {
            json!(unquote_formula(trimmed))
        }),
        "sex" if folded.is_empty() => Ok(Value::Null),
        "sex" => lookup(SEX, &folded)
            .map(|s| json!(s))
            .map_or_else(|| unrecognised("sex"), Ok),
        "birth" if trimmed.is_empty() => Ok(Value::Null),
        "birth" => parse_date(trimmed)
            .map(|d| json!(d))
            .ok_or(CellError::Unrecognised { expected: "date" }),
        "ethnicMinority" if folded == "kinh" => Ok(json!(false)),
        "ethnicMinority" | "local" | "retireAt60" => {
            if YES.contains(&folded.as_str()) {
                Ok(json!(true))
            } else if NO.contains(&folded.as_str()) {
                Ok(json!(false))
            } else {
                unrecognised("yesNo")
            }
        }
        "education" | "politicalTheory" | "candidacy" if folded.is_empty() => Ok(Value::Null),
        "education" => lookup(EDUCATION, &folded)
            .map(|v| json!(v))
            .map_or_else(|| unrecognised("education"), Ok),
        "politicalTheory" => lookup(THEORY, &folded)
            .map(|v| json!(v))
            .map_or_else(|| unrecognised("politicalTheory"), Ok),
        "candidacy" => lookup(CANDIDACY, &folded)
            .map(|v| json!(v))
            .map_or_else(|| unrecognised("candidacy"), Ok),
        "current" | "planned" => parse_titles(trimmed, titles).map(|ids| json!(ids)),
        other => Err(CellError::UnknownField(other.to_owned())),
    }
}

/// Takes off the apostrophe that CSV export puts before text a spreadsheet
/// would read as a formula ("'=…" → "=…").
fn unquote_formula(text: &str) -> &str {
    match text.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@']) => rest,
        _ => text,
    }
}

/// A date as people write it: dd/mm/yyyy, d/m/yy is not accepted (the
/// century is ambiguous), mm/yyyy, yyyy, or ISO. Returns the ISO text.
///
/// ```
/// use qhcb::cells::parse_date;
/// assert_eq!(parse_date("01/02/1975").as_deref(), Some("1975-02-01"));
/// assert_eq!(parse_date("3/1975").as_deref(), Some("1975-03"));
/// assert_eq!(parse_date("31/02/1975"), None);
/// ```
pub fn parse_date(text: &str) -> Option<String> {
    let text = text.trim();
    if let Ok(d) = PartialDate::parse(text) {
        return Some(d.to_string());
    }
    let parts: Vec<&str> = text.split(['/', '.', '-']).map(str::trim).collect();
    let iso = match parts.as_slice() {
        [d, m, y] => format!(
            "{}-{:0>2}-{:0>2}",
            number(y, 4).filter(|y| y.len() == 4)?,
            number(m, 2)?,
            number(d, 2)?
        ),
        [m, y] => format!(
            "{}-{:0>2}",
            number(y, 4).filter(|y| y.len() == 4)?,
            number(m, 2)?
        ),
        _ => return None,
    };
    let parsed = PartialDate::parse(&iso).ok()?;
    debug_assert!(parsed.precision() != Precision::Year);
    Some(parsed.to_string())
}

/// 1 to `max_len` ASCII digits.
fn number(s: &str, max_len: usize) -> Option<&str> {
    (!s.is_empty() && s.len() <= max_len && s.bytes().all(|b| b.is_ascii_digit())).then_some(s)
}

/// Title ids or names separated by commas or semicolons, matched to the
/// titles list by id, then by folded name.
fn parse_titles(text: &str, titles: &[TitleName]) -> Result<Vec<String>, CellError> {
    let mut ids: Vec<String> = Vec::new();
    for part in text
        .split([',', ';', '\n'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        let folded = fold(part);
        let id = titles
            .iter()
            .find(|t| t.id == part)
            .or_else(|| titles.iter().find(|t| fold(&t.id) == folded))
            .or_else(|| {
                titles
                    .iter()
                    .find(|t| t.name.as_deref().is_some_and(|n| fold(n) == folded))
            })
            .map(|t| t.id.clone())
            .ok_or_else(|| CellError::UnknownTitle(part.to_owned()))?;
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    Ok(ids)
}
