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
    /// Rows that are not people (totals, sections, numbering, signatures,
    /// hidden rows left out): neither imported nor rejected.
    /// `rowsRead = imported + rejected + nonPerson.len() + blankRows.len()`.
    pub non_person: Vec<NonPerson>,
    /// Cells given the value of the merged cell above them.
    pub merged_cells: usize,
    /// Hidden rows among the rows read (1-based), imported unless `skipHidden`.
    pub hidden_rows: Vec<usize>,
    /// The sheet is hidden in its workbook.
    pub hidden_sheet: bool,
    /// People with the same name and birth as an earlier row, and no id to
    /// tell them apart (still imported).
    pub duplicates: Vec<Duplicate>,
    /// Cells from which invisible characters were removed (zero-width
    /// spaces, byte-order marks; non-breaking spaces made plain spaces).
    pub invisible_cleaned: usize,
    /// Plain numbers in date columns were read in the 1904 system.
    pub date1904: bool,
    /// The day/month order used for each date column with text dates.
    pub date_orders: Vec<DateOrderUsed>,
}

/// A row listed apart from people and rejected rows.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct NonPerson {
    /// The row number in the spreadsheet (1-based).
    pub row: usize,
    /// "total", "section", "numbering", "signature", "hidden", or
    /// "continuation" (a row of the person above, whose name is merged
    /// down over it: its titles are that person's).
    pub kind: &'static str,
    /// The row's text, its non-empty cells joined.
    pub text: String,
}

/// A person whose folded name and birth repeat an earlier row's.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Duplicate {
    pub row: usize,
    /// The first row with that name and birth.
    pub first: usize,
    pub name: String,
}

/// A date column's day/month order, and whether its values decided it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DateOrderUsed {
    /// The column letter.
    pub column: String,
    pub order: super::options::DateOrder,
    /// False when every value could be read either way (d/m was used) and
    /// no option named the order.
    pub decided: bool,
}

/// A remark on an import as a whole, put into words by the catalogues.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportNote {
    MergedCells(usize),
    HiddenRows {
        rows: Vec<usize>,
        skipped: bool,
    },
    HiddenSheet,
    Invisible(usize),
    Duplicates(Vec<Duplicate>),
    NonPerson(Vec<NonPerson>),
    Date1904,
    DateOrder {
        column: String,
        mdy: bool,
        decided: bool,
    },
    Warnings(usize),
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
    /// Values kept as written in imported rows, one entry per value (same
    /// shape as a rejection): an optional value not understood, a planned
    /// title that matches none, two columns that disagree.
    pub warnings: Vec<Rejection>,
    /// The summary's remarks as sentences in the user's language.
    pub notes: Vec<String>,
}

/// Puts a rejected cell's problem into words: the catalogues of `messages`
/// do, in the user's language (`import(&tables, &options, catalogue(lang))`);
/// this module writes no sentence itself.
pub trait Reasons {
    fn import_problem(&self, value: &str, problem: &ImportProblem) -> String;
    /// The headings of the rejected rows' CSV columns for the row number
    /// and the reasons ("Dòng", "Lý do").
    fn rejected_columns(&self) -> [&'static str; 2];
    /// A remark on the whole import (merged cells filled, hidden rows, …).
    fn import_note(&self, note: &ImportNote) -> String;
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
    /// A warning: an optional value not understood, kept as written.
    KeptAsWritten(CellError),
    /// A warning: a planned title that matches no title, left out.
    PlannedUnknown(String),
    /// A warning: a current post that matches no title, kept in `otherPosts`.
    OtherPost(String),
    /// Both the Nam and the Nữ column are filled (birth dates or marks);
    /// carries the other column's letter.
    BothSexes(String),
    /// A warning: another column for the same field (its letter) says
    /// otherwise; the first column's value is kept.
    Conflict(String),
}
