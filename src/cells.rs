//! Reading one cell typed or pasted by a user (or read from a spreadsheet)
//! into the value a `qhcb/1` field holds: "Nữ" → "F", "15/03/1978" →
//! "1978-03-15", "Thạc sỹ" → "master", "x" → true, "BT, PBT" → ["bt", "pbt"].
//!
//! The page's grid and the importers share these rules, so a value means the
//! same wherever it comes from. A value that is not recognised is an error
//! that says what the field expects; it is never guessed.

use serde_json::{json, Value};

use crate::date::{PartialDate, Precision};
use crate::schema::fields::{self, Kind, Place};
use crate::schema::{
    Candidacy, CandidacyFor, Education, PoliticalTheory, Sex, Vocabulary, NO, YES,
};
use crate::text::fold;

/// Why a cell could not be read.
#[derive(Clone, Debug, PartialEq)]
pub enum CellError {
    /// The field is not one the grid edits.
    UnknownField(String),
    /// The text is not a value of the field; carries what the field expects.
    Unrecognised { expected: Wanted },
    /// A title that is not in the titles list.
    UnknownTitle(String),
}

/// What a cell's field wants, when the text is not one of its values.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wanted {
    /// dd/mm/yyyy, mm/yyyy or yyyy.
    Date,
    /// Yes or no ("x" to tick).
    YesNo,
    /// A value of the schema's enumeration of this name; messages list its labels.
    OneOf(&'static str),
}

/// A title as the matcher sees it.
#[derive(Clone, Debug, PartialEq)]
pub struct TitleName {
    pub id: String,
    pub name: Option<String>,
}

/// The enumeration value `folded` names, as its contract id.
fn lookup<T: Vocabulary>(folded: &str) -> Option<&'static str> {
    T::from_folded(folded).map(|v| v.id())
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
    let Some(field) = fields::person(field).filter(|f| f.place == Place::Grid || f.import) else {
        return Err(CellError::UnknownField(field.to_owned()));
    };
    match field.kind {
        Kind::Id | Kind::Text => Ok(if trimmed.is_empty() {
            Value::Null
        } else {
            json!(unquote_formula(trimmed))
        }),
        Kind::PartialDate if trimmed.is_empty() => Ok(Value::Null),
        Kind::PartialDate => parse_date(trimmed)
            .map(|d| json!(d))
            .ok_or(CellError::Unrecognised {
                expected: Wanted::Date,
            }),
        // "Kinh" names the majority group: not a minority.
        Kind::Bool if field.id == "ethnicMinority" && folded == "kinh" => Ok(json!(false)),
        Kind::Bool => {
            if YES.contains(&folded.as_str()) {
                Ok(json!(true))
            } else if NO.contains(&folded.as_str()) {
                Ok(json!(false))
            } else {
                unrecognised(Wanted::YesNo)
            }
        }
        Kind::Enum(_) if folded.is_empty() => Ok(Value::Null),
        Kind::Enum(name) => enum_value(name, &folded)
            .map(|v| json!(v))
            .map_or_else(|| unrecognised(Wanted::OneOf(name)), Ok),
        Kind::Titles => parse_titles(trimmed, titles).map(|ids| json!(ids)),
        _ => Err(CellError::UnknownField(field.id.to_owned())),
    }
}

/// Reads a roster's text for one person field into every field it fills,
/// the one reading the grid, paste and import share (issue 16): "Tày" in an
/// ethnic column gives `ethnicGroup` and `ethnicMinority`, "Thạc sĩ Quản lý
/// kinh tế" gives `education` and `educationMajor`. An error means the text
/// is not a value of the field; the caller decides whether that rejects a
/// row (name, birth, sex) or is kept as written with a warning.
///
/// ```
/// use qhcb::cells::read_value;
/// use serde_json::json;
/// assert_eq!(read_value("sex", "Nữ"), Ok(vec![("sex", json!("F"))]));
/// ```
pub fn read_value(field: &str, text: &str) -> Result<Vec<(&'static str, Value)>, CellError> {
    let Some(f) = fields::person(field) else {
        return Err(CellError::UnknownField(field.to_owned()));
    };
    if f.id == "ethnicMinority" || f.id == "ethnicGroup" {
        let folded = fold(text.trim());
        if folded.is_empty() {
            return Ok(vec![("ethnicMinority", Value::Null)]);
        }
        if folded == "kinh" {
            return Ok(vec![
                ("ethnicGroup", json!("Kinh")),
                ("ethnicMinority", json!(false)),
            ]);
        }
        if YES.contains(&folded.as_str()) || NO.contains(&folded.as_str()) {
            return Ok(vec![(
                "ethnicMinority",
                json!(YES.contains(&folded.as_str())),
            )]);
        }
        return Ok(vec![
            ("ethnicGroup", json!(text.trim())),
            ("ethnicMinority", json!(true)),
        ]);
    }
    parse_cell(f.id, text, &[]).map(|v| vec![(f.id, v)])
}

/// A value of the enumeration `name` read from folded text.
fn enum_value(name: &str, folded: &str) -> Option<&'static str> {
    match name {
        Sex::NAME => lookup::<Sex>(folded),
        Education::NAME => lookup::<Education>(folded),
        PoliticalTheory::NAME => lookup::<PoliticalTheory>(folded),
        Candidacy::NAME => lookup::<Candidacy>(folded),
        CandidacyFor::NAME => lookup::<CandidacyFor>(folded),
        _ => None,
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

/// Titles indexed by id, folded id and folded name, for reading many cells:
/// the same matches as [`parse_cell`] (the first title that fits, by id,
/// then folded id, then folded name), each in constant time.
#[derive(Clone, Debug, Default)]
pub struct TitleIndex {
    ids: std::collections::HashMap<String, String>,
    folded_ids: std::collections::HashMap<String, String>,
    folded_names: std::collections::HashMap<String, String>,
}

impl TitleIndex {
    pub fn new(titles: &[TitleName]) -> TitleIndex {
        let mut index = TitleIndex::default();
        for t in titles {
            index
                .ids
                .entry(t.id.clone())
                .or_insert_with(|| t.id.clone());
            index
                .folded_ids
                .entry(fold(&t.id))
                .or_insert_with(|| t.id.clone());
            if let Some(name) = &t.name {
                index
                    .folded_names
                    .entry(fold(name))
                    .or_insert_with(|| t.id.clone());
            }
        }
        index
    }

    fn find(&self, part: &str) -> Option<&String> {
        self.ids.get(part).or_else(|| {
            let folded = fold(part);
            self.folded_ids
                .get(&folded)
                .or_else(|| self.folded_names.get(&folded))
        })
    }
}

/// As [`parse_cell`], with the titles indexed.
pub fn parse_cell_indexed(
    field: &str,
    text: &str,
    titles: &TitleIndex,
) -> Result<Value, CellError> {
    match field {
        "current" | "planned" => {
            let mut ids: Vec<String> = Vec::new();
            for part in text
                .trim()
                .split([',', ';', '\n'])
                .map(str::trim)
                .filter(|p| !p.is_empty())
            {
                let id = titles
                    .find(part)
                    .cloned()
                    .ok_or_else(|| CellError::UnknownTitle(part.to_owned()))?;
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
            Ok(json!(ids))
        }
        other => parse_cell(other, text, &[]),
    }
}

/// A block of cells copied from a spreadsheet: rows split at line breaks,
/// cells at tabs, as Excel and LibreOffice put them on the clipboard (a
/// cell holding a tab, a line break or a quote comes quoted, its quotes
/// doubled). Blank lines at the end are dropped.
///
/// ```
/// use qhcb::cells::split_block;
/// assert_eq!(split_block("a\tb\r\n\"x\ny\"\tz\n\n"), vec![vec!["a", "b"], vec!["x\ny", "z"]]);
/// ```
pub fn split_block(text: &str) -> Vec<Vec<String>> {
    let bytes = text.as_bytes();
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut row: Vec<String> = Vec::new();
    let mut i = 0;
    // No closing quote (one followed by a tab, a line break or the end) at
    // or after this offset: a quote opening a cell there is a literal one.
    let mut no_close_from = usize::MAX;
    loop {
        let mut cell = String::new();
        let quoted_end = if bytes.get(i) == Some(&b'"') && i < no_close_from {
            match closing_quote(bytes, i + 1) {
                Ok(end) => Some(end),
                Err(true) => {
                    no_close_from = i;
                    None
                }
                Err(false) => None,
            }
        } else {
            None
        };
        if let Some(end) = quoted_end {
            cell.push_str(&text[i + 1..end].replace("\"\"", "\""));
            i = end + 1;
        } else {
            let stop = text[i..].find(['\t', '\n']).map_or(text.len(), |p| i + p);
            cell.push_str(&text[i..stop]);
            i = stop;
        }
        row.push(cell.strip_suffix('\r').map(str::to_owned).unwrap_or(cell));
        match bytes.get(i) {
            Some(b'\t') => i += 1,
            Some(b'\n') => {
                i += 1;
                rows.push(std::mem::take(&mut row));
            }
            _ => {
                rows.push(row);
                break;
            }
        }
    }
    while rows
        .last()
        .is_some_and(|r| r.iter().all(|c| c.trim().is_empty()))
    {
        rows.pop();
    }
    rows
}

/// The offset of the quote that closes a quoted cell whose text starts at
/// `from`: one not doubled, followed by a tab, a line break or the end.
/// `Err(true)` when the text ends first, `Err(false)` when the first such
/// quote is followed by more text (the opening quote was a literal one).
fn closing_quote(bytes: &[u8], from: usize) -> Result<usize, bool> {
    let mut i = from;
    while i < bytes.len() {
        if bytes[i] == b'"' {
            if bytes.get(i + 1) == Some(&b'"') {
                i += 2;
                continue;
            }
            return if matches!(bytes.get(i + 1), None | Some(b'\t' | b'\n' | b'\r')) {
                Ok(i)
            } else {
                Err(false)
            };
        }
        i += 1;
    }
    Err(true)
}
