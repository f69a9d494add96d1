//! How to import, as the user confirmed it: the sheet, the header row, each
//! column's field and encoding, the titles; and why options cannot be used.

use serde::Deserialize;

use crate::legacy::Legacy;

/// One column's mapping, as the user confirmed it.
#[derive(Clone, Debug, Deserialize)]
pub struct ColumnMap {
    pub index: usize,
    pub field: String,
    #[serde(default = "unicode")]
    pub encoding: Legacy,
    /// For a date column: the order of day and month in its text dates
    /// ("dmy" or "mdy"). Absent: decided from the whole column's evidence
    /// (a "3/15/1975" proves m/d), d/m when every value could be either.
    #[serde(default, rename = "dateOrder")]
    pub date_order: Option<DateOrder>,
}

/// The order of day and month in a column's text dates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DateOrder {
    /// 15/03/1975, the Vietnamese order.
    Dmy,
    /// 3/15/1975, as a US-locale Excel writes CSV.
    Mdy,
}

fn yes() -> bool {
    true
}

fn unicode() -> Legacy {
    Legacy::Unicode
}

/// How to import.
#[derive(Clone, Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ImportOptions {
    /// The sheet, by position.
    #[serde(default)]
    pub sheet: usize,
    /// The header row, 1-based; data starts below it.
    pub header_row: usize,
    pub columns: Vec<ColumnMap>,
    /// The dataset's titles, to match title names to ids.
    #[serde(default)]
    pub titles: Vec<TitleIn>,
    /// Create a title for a name that matches none (group "other", no seats).
    #[serde(default)]
    pub create_titles: bool,
    /// Numbers in date columns are serials of the 1904 system. Absent:
    /// the workbook's own setting (`date1904` in xl/workbook.xml).
    #[serde(default)]
    pub date1904: Option<bool>,
    /// Leave out hidden rows (they are then listed as non-person rows of
    /// kind "hidden"). Default: hidden rows are imported and the summary
    /// lists them (`summary.hiddenRows`).
    #[serde(default)]
    pub skip_hidden: bool,
    /// Give the value of a vertically merged cell to every row it covers
    /// (default true; the summary counts the cells filled).
    #[serde(default = "yes")]
    pub fill_merged: bool,
    /// Recognise total, section, numbering and signature rows and list them
    /// apart (default true).
    #[serde(default = "yes")]
    pub find_non_person_rows: bool,
    /// The review year, to read two-digit years (d/m/yy).
    #[serde(default)]
    pub reference_year: Option<i32>,
    /// Ids already in the dataset: imported ids must not repeat them.
    #[serde(default)]
    pub taken_ids: Vec<String>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct TitleIn {
    pub id: String,
    #[serde(default)]
    pub name: Option<String>,
}

/// Why import options cannot be used at all.
#[derive(Clone, Debug, PartialEq)]
pub enum OptionsError {
    NoSheet(usize),
    HeaderOutside(usize),
    UnknownField(String),
    /// More rows than a dataset may hold: the sheet's rows below the
    /// header, or the people imported and those already in the dataset.
    TooManyRows {
        rows: usize,
        limit: usize,
    },
}
