//! Inspection: per sheet, the header row, a field and an encoding proposed
//! for each column, and a preview, for the page to confirm.

use serde::Serialize;

use super::header::{field_for_header, fields, guess_header, header_texts, width};
use super::table::{read_file, Cell, FileError, FileInfo, Table};
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
}

/// What `inspect` found in a file.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Inspection {
    pub file: FileInfo,
    pub sheets: Vec<SheetGuess>,
    /// The fields a column can be mapped to ([`fields`]), so the page need not repeat them.
    pub fields: Vec<&'static str>,
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
    Inspection {
        file,
        sheets: tables.iter().map(guess_sheet).collect(),
        fields: fields(),
    }
}

/// A column's encoding: its own evidence, or the sheet's when the column has
/// too little (a "N÷" among "Nam" in a TCVN3 sheet) and reads differently
/// in it.
fn column_encoding(values: &[String], sheet: Legacy) -> Legacy {
    match legacy::detect(values) {
        Legacy::Unicode if legacy::has_signs_of(values, sheet) => sheet,
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
    let columns = headers
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
            ColumnGuess {
                index: c,
                letter: column_letter(c),
                header: legacy::to_unicode(text, legacy::detect(&[text])),
                field: field_for_header(&legacy::to_unicode(text, legacy::detect(&[text])), parent)
                    .unwrap_or("ignore"),
                encoding,
                converted: samples
                    .iter()
                    .map(|s| legacy::to_unicode(s, encoding))
                    .collect(),
                samples,
            }
        })
        .collect();
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
    }
}
