//! Inspection: per sheet, the header row, a field and an encoding proposed
//! for each column, and a preview, for the page to confirm.

use serde::Serialize;

use super::header::{field_for_header, fields, guess_header, header_texts, width};
use super::marks::{reading_of, Reading};
use super::options::DateOrder;
use super::table::{read_file, Cell, FileError, FileInfo, Table};
use super::values::column_date_order;
use crate::legacy::{self, Legacy};

/// A column as the page shows it for mapping.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ColumnGuess {
    pub index: usize,
    /// "A", "B", … "AA".
    pub letter: String,
    pub header: String,
    /// The field proposed for the column (or "ignore").
    pub field: &'static str,
    pub encoding: Legacy,
    /// A few values as read, and as they read after conversion.
    pub samples: Vec<String>,
    pub converted: Vec<String>,
    /// For a date column with text dates: the day/month order the import
    /// will use ("dmy" or "mdy"), and whether the column's values decided
    /// it (false: every value reads both ways; d/m is used, the page asks
    /// and may send `dateOrder` for the column).
    pub date_order: Option<DateOrder>,
    pub date_order_decided: bool,
    /// When another column is proposed for the same field: "joined" (name
    /// parts, joined in column order), "merged" (title lists, merged),
    /// "marks" (x-mark columns read together), or "choose" (the import
    /// keeps the first column's value and warns where they differ; the
    /// user should pick one).
    pub same_field: Option<&'static str>,
    /// An x-mark column: "M" or "F" for sex, or the title its header names.
    pub mark: Option<String>,
    /// The column is left as Unicode though some of its text looks like
    /// TCVN3 or VNI (too little to tell, as in a one-row file): the page
    /// asks the user to look at the samples rather than import it garbled
    /// without a word.
    pub encoding_unsure: bool,
}

/// A sheet as the page shows it for mapping.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SheetGuess {
    pub name: String,
    pub rows: usize,
    /// The proposed header row, 1-based as in the spreadsheet.
    pub header_row: usize,
    pub columns: Vec<ColumnGuess>,
    /// The first rows as text, for the preview.
    pub preview: Vec<Vec<String>>,
    /// The sheet is hidden in its workbook.
    pub hidden: bool,
    /// Hidden rows below the header (1-based): imported unless `skipHidden`.
    pub hidden_rows: Vec<usize>,
    /// Merged ranges in the data, whose value goes to every row they cover.
    pub merged_ranges: usize,
    /// The workbook uses the 1904 date system (used without asking).
    pub date1904: bool,
}

/// What `inspect` found in a file.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Inspection {
    pub file: FileInfo,
    pub sheets: Vec<SheetGuess>,
    /// The fields a column can be mapped to ([`fields`]), so the page need not repeat them.
    pub fields: Vec<&'static str>,
    /// The sheet proposed for import: the visible sheet whose columns name
    /// the most fields (a roster after a hidden or a cover sheet).
    #[serde(rename = "proposedSheet")]
    pub proposed_sheet: usize,
}

const PREVIEW_ROWS: usize = 12;
const SAMPLES: usize = 4;
const DETECT_CELLS: usize = 200;

/// Column letters: 0 → "A", 26 → "AA".
pub fn column_letter(mut index: usize) -> String {
    let mut letters = Vec::new();
    loop {
        letters.push((b'A' + (index % 26) as u8) as char);
        if index < 26 {
            break;
        }
        index = index / 26 - 1;
    }
    letters.iter().rev().collect()
}

/// Reads a file and proposes a mapping for each sheet.
pub fn inspect(bytes: &[u8]) -> Result<Inspection, FileError> {
    let (tables, file) = read_file(bytes)?;
    Ok(inspect_tables(&tables, file))
}

/// Proposes a mapping for each sheet of a file already read.
pub fn inspect_tables(tables: &[Table], file: FileInfo) -> Inspection {
    let sheets: Vec<SheetGuess> = tables.iter().map(guess_sheet).collect();
    let proposed_sheet = sheets
        .iter()
        .enumerate()
        .max_by_key(|(i, s)| {
            let known = s.columns.iter().filter(|c| c.field != "ignore").count();
            (!s.hidden, known, usize::MAX - i)
        })
        .map_or(0, |(i, _)| i);
    Inspection {
        file,
        sheets,
        fields: fields(),
        proposed_sheet,
    }
}

/// A column's encoding: its own evidence, or the sheet's when the column has
/// too little (a "N÷" among "Nam" in a TCVN3 sheet) and reads differently
/// in it.
fn column_encoding(values: &[String], sheet: Legacy) -> Legacy {
    match legacy::detect(values) {
        Legacy::Unicode if legacy::has_signs_of(values, sheet) => sheet,
        // Two legacy encodings: the one whose text reads as Vietnamese,
        // the sheet's when they read alike.
        own if own != Legacy::Unicode && sheet != Legacy::Unicode && own != sheet => {
            legacy::better_of(values, sheet, own)
        }
        own => own,
    }
}

fn guess_sheet(table: &Table) -> SheetGuess {
    let header = guess_header(table);
    let width = width(table);
    let headers = header_texts(table, header, width);
    let all: Vec<String> = table
        .rows
        .iter()
        .flatten()
        .map(Cell::text)
        .filter(|t| !t.trim().is_empty())
        .take(2000)
        .collect();
    let sheet_encoding = legacy::detect(&all);
    let mut columns: Vec<ColumnGuess> = headers
        .iter()
        .enumerate()
        .map(|(c, (text, parent))| {
            let values: Vec<String> = table
                .rows
                .iter()
                .skip(header + 1)
                .map(|r| r.get(c).map(Cell::text).unwrap_or_default())
                .filter(|t| !t.trim().is_empty())
                .take(DETECT_CELLS)
                .collect();
            let encoding = column_encoding(&values, sheet_encoding);
            let samples: Vec<String> = values.iter().take(SAMPLES).cloned().collect();
            let header_text = legacy::to_unicode(text, legacy::detect(&[text]));
            let mut field = field_for_header(&header_text, parent).unwrap_or("ignore");
            // "Nam" / "Nữ" columns of birth years or dates, without a
            // "Năm sinh" above them: the birth-date layout, not marks.
            let datelike = |v: &String| {
                let v = v.trim();
                v.len() >= 4 && v.chars().all(|c| c.is_ascii_digit() || "/.-".contains(c))
            };
            let letter_mark = |v: &String| {
                super::marks::is_mark(v) && !v.trim().chars().all(|c| c.is_ascii_digit())
            };
            if field == "sex" && values.iter().any(datelike) && !values.iter().any(letter_mark) {
                match crate::text::fold(header_text.trim()).as_str() {
                    "nam" => field = "birthIfMale",
                    "nu" => field = "birthIfFemale",
                    _ => {}
                }
            }
            let is_date = matches!(field, "birth" | "birthIfMale" | "birthIfFemale");
            let order = if is_date {
                column_date_order(table.rows.iter().skip(header + 1).filter_map(
                    |r| match r.get(c) {
                        Some(Cell::Text(t)) => Some(t.as_str()),
                        _ => None,
                    },
                ))
            } else {
                None
            };
            let mark = match reading_of(field, &header_text, parent) {
                Reading::SexMark(s) => Some(s.to_owned()),
                Reading::TitleMark(t) => Some(t),
                Reading::Value => None,
            };
            ColumnGuess {
                index: c,
                letter: column_letter(c),
                header: header_text,
                field,
                date_order: order.map(|(o, _)| o),
                date_order_decided: order.is_some_and(|(_, d)| d),
                same_field: None,
                mark,
                encoding_unsure: encoding == Legacy::Unicode
                    && (legacy::has_signs_of(&values, Legacy::Tcvn3)
                        || legacy::has_signs_of(&values, Legacy::Vni)),
                encoding,
                converted: samples
                    .iter()
                    .map(|s| legacy::to_unicode(s, encoding))
                    .collect(),
                samples,
            }
        })
        .collect();
    let fields: Vec<&'static str> = columns.iter().map(|c| c.field).collect();
    for column in &mut columns {
        if column.field == "ignore" || fields.iter().filter(|f| **f == column.field).count() < 2 {
            continue;
        }
        column.same_field = Some(match column.field {
            "name" => "joined",
            "current" | "planned" => "merged",
            "sex" | "birthIfMale" | "birthIfFemale" => "marks",
            _ => "choose",
        });
    }
    SheetGuess {
        name: table.name.clone(),
        rows: table.rows.len(),
        header_row: header + 1,
        columns,
        preview: table
            .rows
            .iter()
            .take(PREVIEW_ROWS)
            .map(|r| r.iter().map(Cell::text).collect())
            .collect(),
        hidden: table.hidden,
        hidden_rows: table
            .hidden_rows
            .iter()
            .filter(|&&r| r > header)
            .map(|r| r + 1)
            .collect(),
        merged_ranges: table
            .merged
            .iter()
            .filter(|m| m.0 > header && m.2 > m.0)
            .count(),
        date1904: table.date1904,
    }
}
