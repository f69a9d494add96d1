//! Import of rosters from spreadsheets and CSV files.
//!
//! Two steps, as the page runs them: [`inspect`] reads a file and proposes,
//! per sheet, the header row, a field for each column (from common
//! Vietnamese headers: "Họ và tên", "Ngày sinh", "Giới tính", "Dân tộc", …)
//! and each column's text encoding (Unicode, TCVN3, VNI); the user confirms
//! or changes them; [`import`] then reads every row into `qhcb/1` people and
//! accounts for each one: imported, or rejected with its spreadsheet row
//! number, column, value and reason. Blank rows are skipped and said so.

pub mod file_error;
pub mod limits;
pub mod table;

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};

use crate::cells::{self, CellError};
use crate::date::Date;
use crate::legacy::{self, Legacy};
use crate::text::fold;
pub use table::{read_file, Cell, FileError, FileInfo, Table};

/// Fields a column can fill, in the order the page offers them: the
/// schema's importable person fields with the import-only ones (`ignore`
/// is skipped; `birthIfMale`/`birthIfFemale` are the Nam/Nữ birth columns).
pub fn fields() -> Vec<&'static str> {
    crate::schema::fields::import_fields()
        .into_iter()
        .map(|f| f.id)
        .collect()
}

/// Folded header texts and the field they name, most specific first: a
/// header is matched exactly, then by the first entry it contains.
const HEADERS: &[(&str, &str)] = &[
    ("quy hoach chuc danh", "planned"),
    ("chuc danh quy hoach", "planned"),
    ("du kien quy hoach", "planned"),
    ("quy hoach", "planned"),
    ("chuc vu hien tai", "current"),
    ("chuc danh hien tai", "current"),
    ("chuc vu", "current"),
    ("chuc danh", "current"),
    ("ho va ten", "name"),
    ("ho ten", "name"),
    ("ho, ten", "name"),
    ("ngay thang nam sinh", "birth"),
    ("ngay, thang, nam sinh", "birth"),
    ("ngay/thang/nam sinh", "birth"),
    ("ngay sinh", "birth"),
    ("nam sinh", "birth"),
    ("sinh ngay", "birth"),
    ("gioi tinh", "sex"),
    ("dan toc", "ethnicMinority"),
    ("que quan", "hometown"),
    ("nguyen quan", "hometown"),
    ("nguoi dia phuong", "local"),
    ("ly luan chinh tri", "politicalTheory"),
    ("llct", "politicalTheory"),
    ("ly luan", "politicalTheory"),
    ("trinh do chuyen mon", "education"),
    ("chuyen mon", "education"),
    ("trinh do dao tao", "education"),
    ("hoc vi", "education"),
    ("ma can bo", "id"),
    ("ma so", "id"),
    ("so hieu", "id"),
    ("ung cu", "candidacy"),
    ("nghi huu o tuoi 60", "retireAt60"),
   
    ("don vi", "unit"),
    ("xa/phuong", "unit"),
    ("xa, phuong", "unit"),
    ("xa, phuong, thi tran", "unit"),
    ("co quan", "unit"),
];

/// Headers that are exactly these words.
const EXACT: &[(&str, &str)] = &[
    ("ma", "id"),
    ("id", "id"),
    ("ten", "name"),
    ("gioi", "sex"),
    ("stt", "ignore"),
    ("tt", "ignore"),
    ("so tt", "ignore"),
    ("ghi chu", "ignore"),
];

/// The field a header names, if any. `parent` is the header cell above a
/// merged group (a "Năm sinh" over "Nam" and "Nữ" columns).
///
/// ```
/// use qhcb::import::field_for_header;
/// assert_eq!(field_for_header("Họ và tên", ""), Some("name"));
/// assert_eq!(field_for_header("Quy hoạch chức danh", ""), Some("planned"));
/// assert_eq!(field_for_header("Nữ", "Năm sinh"), Some("birthIfFemale"));
/// ```
pub fn field_for_header(header: &str, parent: &str) -> Option<&'static str> {
    let folded = fold(header.trim().trim_end_matches(':'));
    let parent = fold(parent);
    if parent.contains("sinh") {
        match folded.as_str() {
            "nam" => return Some("birthIfMale"),
            "nu" => return Some("birthIfFemale"),
            _ => {}
        }
    }
    if folded.is_empty() {
        return None;
    }
    EXACT
        .iter()
        .find(|(h, _)| *h == folded)
        .or_else(|| HEADERS.iter().find(|(h, _)| *h == folded))
        .map(|(_, f)| *f)
        .or_else(|| labelled_field(&folded))
        .or_else(|| {
            HEADERS
                .iter()
                .find(|(h, _)| folded.contains(h))
                .map(|(_, f)| *f)
        })
}

/// The importable person field whose schema label, in either language, is
/// the folded header (issue 15: the exports head their columns so, and an
/// English export imports back).
fn labelled_field(folded: &str) -> Option<&'static str> {
    crate::schema::fields::PERSON
        .iter()
        .filter(|f| f.import)
        .find(|f| {
            crate::lang::Lang::ALL
                .iter()
                .any(|&lang| fold(f.label(lang)) == folded)
        })
        .map(|f| f.id)
}

/// Excel serial numbers: the 1900 system (with its fictional 29/02/1900,
/// serial 60) or the 1904 system.
///
/// ```
/// use qhcb::import::excel_serial_date;
/// assert_eq!(excel_serial_date(27_000.0, false).unwrap().to_string(), "1973-12-02");
/// assert_eq!(excel_serial_date(1.0, false).unwrap().to_string(), "1900-01-01");
/// assert_eq!(excel_serial_date(61.0, false).unwrap().to_string(), "1900-03-01");
/// assert!(excel_serial_date(60.0, false).is_none());
/// assert_eq!(excel_serial_date(0.0, true).unwrap().to_string(), "1904-01-01");
/// ```
pub fn excel_serial_date(serial: f64, date1904: bool) -> Option<Date> {
    if !serial.is_finite() || !(0.0..3_000_000.0).contains(&serial) {
        return None;
    }
    let days = serial.floor() as i64;
    let epoch = |y, m, d| Date::new(y, m, d).map(Date::days_since_epoch);
    let day = if date1904 {
        epoch(1904, 1, 1)? + days
    } else {
        match days {
            // Excel counts a 29 February 1900 that never was.
            60 => return None,
            0 => return None,
            1..=59 => epoch(1899, 12, 31)? + days,
            _ => epoch(1899, 12, 30)? + days,
        }
    };
    Date::from_days_since_epoch(day)
}

// ---- inspection ---------------------------------------------------------------

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
const HEADER_SEARCH_ROWS: usize = 30;
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

fn cell_at(table: &Table, row: usize, col: usize) -> &Cell {
    table
        .rows
        .get(row)
        .and_then(|r| r.get(col))
        .unwrap_or(&Cell::Empty)
}

/// A column's header text: its cell in the header row, or for a merged
/// group, the text carried from the left in the row above. Legacy-encoded
/// headers ("Hä vµ tªn") are converted, judged on the whole row.
fn header_texts(table: &Table, header: usize, width: usize) -> Vec<(String, String)> {
    let decode_row = |row: usize| -> Vec<String> {
        let raw: Vec<String> = (0..width)
            .map(|c| cell_at(table, row, c).text().trim().to_owned())
            .collect();
        let encoding = legacy::detect(&raw);
        raw.iter()
            .map(|t| legacy::to_unicode(t, encoding))
            .collect()
    };
    let own = decode_row(header);
    let above = if header == 0 {
        vec![String::new(); width]
    } else {
        decode_row(header - 1)
    };
    let mut carried = String::new();
    let parents: Vec<String> = above
        .iter()
        .map(|text| {
            if !text.is_empty() {
                carried = text.clone();
            }
            carried.clone()
        })
        .collect();
    (0..width)
        .map(|c| {
            if own[c].is_empty() {
                // A header merged down from the row above.
                (above[c].clone(), String::new())
            } else {
                (own[c].clone(), parents[c].clone())
            }
        })
        .collect()
}

fn width(table: &Table) -> usize {
    table.rows.iter().map(Vec::len).max().unwrap_or(0)
}

/// The header row: the one among the first rows that names the most fields.
fn guess_header(table: &Table) -> usize {
    let width = width(table);
    (0..table.rows.len().min(HEADER_SEARCH_ROWS))
        .map(|r| {
            let known = header_texts(table, r, width)
                .iter()
                .filter(|(h, p)| field_for_header(h, p).is_some_and(|f| f != "ignore"))
                .count();
            (r, known)
        })
        .max_by_key(|&(r, known)| (known, usize::MAX - r))
        .map_or(0, |(r, _)| r)
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

// ---- import ---------------------------------------------------------------------

/// One column's mapping, as the user confirmed it.
#[derive(Clone, Debug, Deserialize)]
pub struct ColumnMap {
    pub index: usize,
    pub field: String,
    #[serde(default = "unicode")]
    pub encoding: Legacy,
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
    /// Numbers in date columns are serials of the 1904 system.
    #[serde(default)]
    pub date1904: bool,
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

/// Ethnic groups of Viet Nam other than Kinh, folded (minority = true).
const MINORITIES: &[&str] = &[
    "tay",
    "thai",
    "muong",
    "khmer",
    "kho me",
    "khome",
    "hoa",
    "nung",
    "mong",
    "h'mong",
    "hmong",
    "dao",
    "gia rai",
    "jrai",
    "e de",
    "ede",
    "ba na",
    "bahnar",
    "xo dang",
    "san chay",
    "co ho",
    "cham",
    "san diu",
    "hre",
    "ra glai",
    "raglai",
    "mnong",
    "m'nong",
    "tho",
    "xtieng",
    "stieng",
    "kho mu",
    "khmu",
    "bru van kieu",
    "bru - van kieu",
    "van kieu",
    "co tu",
    "giay",
    "ta oi",
    "ma",
    "gie trieng",
    "gie-trieng",
    "co",
    "cho ro",
    "xinh mun",
    "ha nhi",
    "chu ru",
    "lao",
    "la chi",
    "khang",
    "phu la",
    "la hu",
    "la ha",
    "pa then",
    "lu",
    "ngai",
    "chut",
    "lo lo",
    "mang",
    "co lao",
    "bo y",
    "cong",
    "si la",
    "pu peo",
    "ro mam",
    "brau",
    "o du",
    "dan toc thieu so",
    "dtts",
];

fn ethnic_value(text: &str) -> Result<Value, &'static str> {
    let folded = fold(text);
    if folded == "kinh" || folded.is_empty() {
        return Ok(json!(false));
    }
    if MINORITIES.contains(&folded.as_str()) {
        return Ok(json!(true));
    }
    match cells::parse_cell("ethnicMinority", text, &[]) {
        Ok(v) => Ok(v),
        Err(_) => Err("ethnic"),
    }
}

/// A date cell: a date-formatted cell, a serial, a year, or text.
fn date_value(cell: &Cell, text: &str, options: &ImportOptions) -> Option<String> {
    match cell {
        Cell::Date(d) => Some(d.to_string()),
        Cell::Number(n) if n.fract() == 0.0 && (1900.0..=2100.0).contains(n) => {
            Some(format!("{}", *n as i32))
        }
        Cell::Number(n) => excel_serial_date(*n, options.date1904).map(|d| d.to_string()),
        _ => cells::parse_date(text).or_else(|| two_digit_year(text, options.reference_year)),
    }
}

/// d/m/yy: a two-digit year is in the 2000s when that makes the person at
/// least 16 at the review year, else in the 1900s.
fn two_digit_year(text: &str, reference: Option<i32>) -> Option<String> {
    let parts: Vec<&str> = text.trim().split(['/', '.', '-']).collect();
    let [d, m, y] = parts.as_slice() else {
        return None;
    };
    if y.len() != 2 || !y.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let yy: i32 = y.parse().ok()?;
    let reference = reference.unwrap_or(2026);
    let year = if 2000 + yy <= reference - 16 {
        2000 + yy
    } else {
        1900 + yy
    };
    cells::parse_date(&format!("{d}/{m}/{year}"))
}

/// A title name or id to its id; new titles are made when allowed. Ids and
/// folded ids and names are indexed, so that matching and creating titles
/// take the same time for the 20,000th title as for the first.
struct TitleMatcher {
    /// Exact id → id.
    ids: HashMap<String, String>,
    /// Folded id, then folded name → the id of the first title that has it.
    folded_ids: HashMap<String, String>,
    folded_names: HashMap<String, String>,
    /// The next number to try after a base id that is taken.
    next_suffix: HashMap<String, usize>,
    create: bool,
    created: Vec<Value>,
}

impl TitleMatcher {
    fn new(titles: &[TitleIn], create: bool) -> TitleMatcher {
        let mut matcher = TitleMatcher {
            ids: HashMap::with_capacity(titles.len()),
            folded_ids: HashMap::with_capacity(titles.len()),
            folded_names: HashMap::with_capacity(titles.len()),
            next_suffix: HashMap::new(),
            create,
            created: Vec::new(),
        };
        for title in titles {
            matcher.add(&title.id, title.name.as_deref());
        }
        matcher
    }

    fn add(&mut self, id: &str, name: Option<&str>) {
        self.ids
            .entry(id.to_owned())
            .or_insert_with(|| id.to_owned());
        self.folded_ids
            .entry(fold(id))
            .or_insert_with(|| id.to_owned());
        if let Some(name) = name {
            self.folded_names
                .entry(fold(name))
                .or_insert_with(|| id.to_owned());
        }
    }

    /// As `cells::parse_cell("planned", …)` matches one title: by id, by
    /// folded id, then by folded name.
    fn find(&self, part: &str) -> Option<String> {
        if let Some(id) = self.ids.get(part) {
            return Some(id.clone());
        }
        let folded = fold(part);
        self.folded_ids
            .get(&folded)
            .or_else(|| self.folded_names.get(&folded))
            .cloned()
    }

    fn resolve(&mut self, text: &str) -> Result<Vec<String>, String> {
        let mut ids = Vec::new();
        for part in text
            .split([',', ';', '\n', '/'])
            .map(str::trim)
            .filter(|p| !p.is_empty())
        {
            let id = match self.find(part) {
                Some(id) => id,
                None if self.create => self.create_title(part),
                None => return Err(part.to_owned()),
            };
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        Ok(ids)
    }

    fn create_title(&mut self, name: &str) -> String {
        let base: String = fold(name)
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
            .collect::<String>()
            .split('-')
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join("-");
        let base = if base.is_empty() {
            "chuc-danh".to_owned()
        } else {
            base.chars().take(40).collect()
        };
        let mut id = base.clone();
        if self.ids.contains_key(&id) {
            let mut n = self.next_suffix.get(&base).copied().unwrap_or(2);
            loop {
                id = format!("{base}-{n}");
                n += 1;
                if !self.ids.contains_key(&id) {
                    break;
                }
            }
            self.next_suffix.insert(base, n);
        }
        self.add(&id, Some(name));
        self.created
            .push(json!({ "id": id, "name": name, "group": "other", "seats": 0 }));
        id
    }
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

/// Reads the rows of one sheet into people.
pub fn import<R: Reasons + ?Sized>(
    tables: &[Table],
    options: &ImportOptions,
    text: &R,
) -> Result<Imported, OptionsError> {
    let table = tables
        .get(options.sheet)
        .ok_or(OptionsError::NoSheet(options.sheet))?;
    if options.header_row == 0 || options.header_row > table.rows.len().max(1) {
        return Err(OptionsError::HeaderOutside(options.header_row));
    }
    let known = fields();
    for column in &options.columns {
        if !known.contains(&column.field.as_str()) {
            return Err(OptionsError::UnknownField(column.field.clone()));
        }
    }
    let header = options.header_row - 1;
    let headers = header_texts(table, header, width(table));
    let mut matcher = TitleMatcher::new(&options.titles, options.create_titles);
    let last = table
        .rows
        .iter()
        .rposition(|r| !r.iter().all(Cell::is_empty))
        .map_or(header, |l| l.max(header));
    if last - header > crate::input::MAX_ROWS {
        return Err(OptionsError::TooManyRows {
            rows: last - header,
            limit: crate::input::MAX_ROWS,
        });
    }
    let mut summary = Summary {
        rows_read: last - header,
        trailing_empty: table.rows.len().saturating_sub(last + 1),
        ..Summary::default()
    };
    let mut people = Vec::new();
    let mut rejections = Vec::new();
    let mut rejected_rows: Vec<usize> = Vec::new();
    let mut ids: HashMap<String, usize> =
        options.taken_ids.iter().map(|id| (id.clone(), 0)).collect();
    for r in header + 1..=last {
        let row = table.rows.get(r).map(Vec::as_slice).unwrap_or(&[]);
        let mapped = |c: &ColumnMap| row.get(c.index).unwrap_or(&Cell::Empty);
        if options
            .columns
            .iter()
            .filter(|c| c.field != "ignore")
            .all(|c| mapped(c).is_empty())
        {
            summary.blank_rows.push(r + 1);
            continue;
        }
        let mut person = Map::new();
        let mut problems = Vec::new();
        for column in options.columns.iter().filter(|c| c.field != "ignore") {
            let cell = mapped(column);
            if cell.is_empty() {
                continue;
            }
            let raw = cell.text();
            let value = match cell {
                Cell::Text(t) if column.encoding != Legacy::Unicode => {
                    summary.converted_cells += 1;
                    legacy::to_unicode(t, column.encoding)
                }
                Cell::Text(t) => legacy::to_unicode(t, Legacy::Unicode),
                _ => raw.clone(),
            };
            let problem = |reason: String| Rejection {
                row: r + 1,
                column: Some(column_letter(column.index)),
                header: headers.get(column.index).map(|(h, _)| h.clone()),
                value: value.clone(),
                reason,
            };
            if let Some(c) = value
                .chars()
                .find(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
            {
                problems.push(problem(text.import_problem(
                    &value,
                    &ImportProblem::ControlCharacter(u32::from(c)),
                )));
                continue;
            }
            match read_field(column.field.as_str(), cell, &value, options, &mut matcher) {
                Ok(fields) => {
                    for (key, v) in fields {
                        person.insert(key.to_owned(), v);
                    }
                }
                Err(e) => problems.push(problem(text.import_problem(&value, &e))),
            }
        }
        let id = match person.get("id").and_then(Value::as_str) {
            Some(id) => id.to_owned(),
            // Without an id column, the row number names the person; a name
            // taken by an earlier import gets a suffix instead of a clash.
            None => {
                let base = format!("r{}", r + 1);
                let mut id = base.clone();
                let mut n = 2;
                while ids.contains_key(&id) {
                    id = format!("{base}-{n}");
                    n += 1;
                }
                id
            }
        };
        if let Some(&first) = ids.get(&id) {
            problems.push(Rejection {
                row: r + 1,
                column: None,
                header: None,
                value: id.clone(),
                reason: text.import_problem(&id, &ImportProblem::DuplicateId(first)),
            });
        }
        for field in ["sex", "birth"] {
            if !person.contains_key(field) && problems.is_empty() {
                problems.push(Rejection {
                    row: r + 1,
                    column: None,
                    header: None,
                    value: String::new(),
                    reason: text.import_problem("", &ImportProblem::Missing(field)),
                });
            }
        }
        if problems.is_empty() {
            ids.insert(id.clone(), r + 1);
            person.insert("id".to_owned(), json!(id));
            people.push(Value::Object(person));
        } else {
            rejected_rows.push(r);
            rejections.extend(problems);
        }
    }
    if people.len() + options.taken_ids.len() > crate::input::MAX_ROWS {
        return Err(OptionsError::TooManyRows {
            rows: people.len() + options.taken_ids.len(),
            limit: crate::input::MAX_ROWS,
        });
    }
    summary.imported = people.len();
    summary.rejected = rejected_rows.len();
    let rejected_csv = rejected_csv(
        table,
        header,
        &rejected_rows,
        &rejections,
        text.rejected_columns(),
    );
    Ok(Imported {
        people,
        new_titles: matcher.created,
        summary,
        rejections,
        rejected_csv,
    })
}

use crate::input::{MAX_AGE, MIN_AGE};

/// A birth (ISO text) whose year makes an age outside 18–75 at the
/// reference year, give or take the year (the analysis checks the age at
/// the review date; here only years are known): an Excel serial 1 (01/01/1900)
/// or a typo ("1075") is the row's problem, not a cadre of 126.
fn plausible_birth(iso: &str, reference: Option<i32>) -> Result<(), ImportProblem> {
    let reference = reference.unwrap_or(2026);
    let Some(year) = iso.get(..4).and_then(|y| y.parse::<i32>().ok()) else {
        return Ok(());
    };
    let age = reference - year;
    if !(MIN_AGE - 1..=MAX_AGE + 1).contains(&age) {
        return Err(ImportProblem::ImplausibleBirth { year, reference });
    }
    Ok(())
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

fn read_field(
    field: &str,
    cell: &Cell,
    value: &str,
    options: &ImportOptions,
    titles: &mut TitleMatcher,
) -> Result<Vec<(&'static str, Value)>, ImportProblem> {
    let date = || {
        let date = date_value(cell, value, options).ok_or(ImportProblem::Date)?;
        plausible_birth(&date, options.reference_year)?;
        Ok(date)
    };
    Ok(match field {
        "birth" => vec![("birth", json!(date()?))],
        "birthIfMale" => vec![("birth", json!(date()?)), ("sex", json!("M"))],
        "birthIfFemale" => vec![("birth", json!(date()?)), ("sex", json!("F"))],
        "ethnicMinority" => vec![(
            "ethnicMinority",
            ethnic_value(value).map_err(|_| ImportProblem::Ethnic)?,
        )],
        "hometown" => vec![("hometown", json!(value.trim()))],
       
        "unit" => vec![("unit", json!(value.trim()))],
        "current" | "planned" => {
            let ids = titles.resolve(value).map_err(ImportProblem::UnknownTitle)?;
            vec![(
                if field == "current" {
                    "current"
                } else {
                    "planned"
                },
                json!(ids),
            )]
        }
        other => {
            let v = cells::parse_cell(other, value, &[]).map_err(ImportProblem::Cell)?;
            let key = crate::schema::fields::person(other).map_or("ignore", |f| f.id);
            vec![(key, v)]
        }
    })
}

/// The rejected rows as CSV: the header row's cells, the row number, the
/// original cells and the reasons, for fixing and importing again. Written
/// by the one CSV module (issue 15): a text cell that starts like a formula
/// is guarded, a number cell stays a number; one pass over the rows and
/// one over the rejections, which come in row order.
fn rejected_csv(
    table: &Table,
    header: usize,
    rows: &[usize],
    rejections: &[Rejection],
    [row_heading, reason_heading]: [&'static str; 2],
) -> String {
    use crate::csv::{Field, Writer};
    let width = width(table);
    let field = |cell: &Cell| match cell {
        Cell::Number(n) => Field::Number(*n),
        Cell::Empty => Field::Empty,
        other => Field::text(other.text()),
    };
    let mut out = Writer::new();
    out.row(
        std::iter::once(Field::text(row_heading))
            .chain((0..width).map(|c| Field::text(cell_at(table, header, c).text())))
            .chain(std::iter::once(Field::text(reason_heading))),
    );
    let mut next = 0;
    for &r in rows {
        while next < rejections.len() && rejections[next].row < r + 1 {
            next += 1;
        }
        let start = next;
        while next < rejections.len() && rejections[next].row == r + 1 {
            next += 1;
        }
        let reasons: Vec<&str> = rejections[start..next]
            .iter()
            .map(|x| x.reason.as_str())
            .collect();
        out.row(
            std::iter::once(Field::Number((r + 1) as f64))
                .chain((0..width).map(|c| field(cell_at(table, r, c))))
                .chain(std::iter::once(Field::text(reasons.join("; ")))),
        );
    }
    out.finish()
}
