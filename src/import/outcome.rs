//! What an import gives back: people, new titles, the counts and every
//! rejected row, with the problems the catalogues put into words.

use serde::Serialize;
use serde_json::Value;

use crate::cells::CellError;

/// A row that was not imported.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Rejection {
    /// The row number in the spreadsheet (1-based).
    pub row: usize,
    /// The column letter and header, when one column is at fault.
    pub column: Option<String>,
    pub header: Option<String>,
    pub value: String,
    pub reason: String,
}

/// The counts the page reports: "N rows read, M imported, K rejected".
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Summary {
    /// Rows below the header up to the last non-blank row.
    pub rows_read: usize,
    pub imported: usize,
    pub rejected: usize,
    /// Blank rows among the data, skipped (their numbers).
    pub blank_rows: Vec<usize>,
    /// Empty rows after the data, ignored.
    pub trailing_empty: usize,
    /// Cells converted from TCVN3 or VNI.
    pub converted_cells: usize,
}

/// The result of an import.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Imported {
    /// `qhcb/1` person rows.
    pub people: Vec<Value>,
    /// Titles created for names that matched none.
    pub new_titles: Vec<Value>,
    pub summary: Summary,
    /// Every rejected row with every reason (one entry per problem).
    pub rejections: Vec<Rejection>,
    /// The rejected rows as CSV (original cells and the reasons), to fix and import again.
    pub rejected_csv: String,
}

/// Puts a rejected cell's problem into words: the catalogues of `messages`
/// do, in the user's language (`import(&tables, &options, catalogue(lang))`);
/// this module writes no sentence itself.
pub trait Reasons {
    fn import_problem(&self, value: &str, problem: &ImportProblem) -> String;
    /// The headings of the rejected rows' CSV columns for the row number
    /// and the reasons ("Dòng", "Lý do").
    fn rejected_columns(&self) -> [&'static str; 2];
}

/// Why one cell could not be imported.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportProblem {
    Cell(CellError),
    Ethnic,
    Date,
    UnknownTitle(String),
    DuplicateId(usize),
    Missing(&'static str),
    /// A NUL or another control character in the cell (its code point).
    ControlCharacter(u32),
    /// A birth year that makes an age outside 18–75 at the reference year.
    ImplausibleBirth {
        year: i32,
        reference: i32,
    },
}
