//! Files to tables of cells: XLSX, XLS and ODS through calamine; CSV with its
//! encoding (UTF-8 with or without BOM, UTF-16, Windows-1258) and delimiter
//! detected. Each reader is a separate entry point, so each can be fuzzed.

use std::io::Cursor;

use calamine::{open_workbook_auto_from_rs, Data, Reader};
use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252, WINDOWS_1258};
use serde::Serialize;

use crate::date::Date;

/// One cell as the file holds it.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Number(f64),
    /// A cell formatted as a date, already converted from its serial
    /// (the 1900 or 1904 system of its workbook).
    Date(Date),
    Bool(bool),
    /// An error value such as #N/A.
    Error(String),
}

impl Cell {
    pub fn is_empty(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(t) => t.trim().is_empty(),
            _ => false,
        }
    }

    /// The cell as text, for previews, headers and text fields.
    pub fn text(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(t) => t.clone(),
            Cell::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => format!("{}", *n as i64),
            Cell::Number(n) => n.to_string(),
            Cell::Date(d) => d.to_vietnamese(),
            Cell::Bool(b) => b.to_string(),
            Cell::Error(e) => e.clone(),
        }
    }
}

/// A sheet (or a CSV file) as rows of cells, with what the workbook says
/// about them beyond their values (issue 16): merged ranges, hidden rows,
/// whether the sheet is hidden and the workbook's date system.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Table {
    pub name: String,
    pub rows: Vec<Vec<Cell>>,
    /// The sheet is hidden (or very hidden) in its workbook.
    pub hidden: bool,
    /// Hidden rows, 0-based (XLSX).
    pub hidden_rows: Vec<usize>,
    /// Merged ranges, 0-based and inclusive: (top, left, bottom, right).
    pub merged: Vec<(usize, usize, usize, usize)>,
    /// The workbook counts dates in the 1904 system (`date1904` in
    /// xl/workbook.xml): plain numbers in date columns are read so.
    pub date1904: bool,
}

impl Table {
    /// A table of cells and nothing else known about it (a CSV file).
    pub fn new(name: impl Into<String>, rows: Vec<Vec<Cell>>) -> Table {
        Table {
            name: name.into(),
            rows,
            ..Table::default()
        }
    }
}

/// What kind of file was read, and how.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FileInfo {
    /// "xlsx", "xls", "ods" or "csv".
    pub kind: &'static str,
    /// For CSV: "utf-8", "utf-16le", "utf-16be", "windows-1258", or
    /// "windows-1252" for bytes typed with TCVN3 or VNI fonts.
    pub encoding: Option<&'static str>,
    /// For CSV: the delimiter found.
    pub delimiter: Option<char>,
}

pub use super::file_error::FileError;

/// Files above this size are refused with a message rather than freezing the tab.
pub const MAX_FILE_BYTES: usize = 200 * 1024 * 1024;

/// Reads a spreadsheet or a CSV file, telling them apart by their first bytes.
pub fn read_file(bytes: &[u8]) -> Result<(Vec<Table>, FileInfo), FileError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(FileError::TooLarge {
            bytes: bytes.len(),
            limit: MAX_FILE_BYTES,
        });
    }
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return read_workbook(bytes);
    }
    let (table, info) = read_csv(bytes)?;
    Ok((vec![table], info))
}

/// Reads every sheet of an XLSX, XLS or ODS workbook.
pub fn read_workbook(bytes: &[u8]) -> Result<(Vec<Table>, FileInfo), FileError> {
    super::limits::check_zip(bytes)?;
    let mut workbook = open_workbook_auto_from_rs(Cursor::new(bytes.to_vec())).map_err(|e| {
        let text = e.to_string();
        if text.contains("Cannot detect file format") || text.contains("InvalidArchive") {
            FileError::NotASpreadsheet
        } else {
            FileError::Damaged(text)
        }
    })?;
    let kind = match &workbook {
        calamine::Sheets::Xls(_) => "xls",
        calamine::Sheets::Xlsx(_) => "xlsx",
        calamine::Sheets::Xlsb(_) => "xlsb",
        calamine::Sheets::Ods(_) => "ods",
    };
    let date1904 = match &workbook {
        calamine::Sheets::Xls(x) => x.has_1904_epoch(),
        calamine::Sheets::Xlsx(x) => x.has_1904_epoch(),
        calamine::Sheets::Xlsb(x) => x.has_1904_epoch(),
        calamine::Sheets::Ods(_) => false,
    };
    let hidden_sheets: Vec<String> = workbook
        .sheets_metadata()
        .iter()
        .filter(|s| s.visible != calamine::SheetVisible::Visible)
        .map(|s| s.name.clone())
        .collect();
    let mut hidden_rows = if kind == "xlsx" {
        super::sheet_xml::hidden_rows(bytes)
    } else {
        Default::default()
    };
    let mut ods = if kind == "ods" {
        super::sheet_xml::ods_facts(bytes)
    } else {
        Default::default()
    };
    let date1904 = date1904 || ods.date1904;
    let mut tables = Vec::new();
    for name in workbook.sheet_names() {
        let rows = match &mut workbook {
            calamine::Sheets::Xlsx(x) => xlsx_rows(x, &name)?,
            other => range_rows(other, &name)?,
        };
        let merged: Vec<(usize, usize, usize, usize)> = match &mut workbook {
            calamine::Sheets::Xlsx(x) => x.merge_cells_by_sheet_name(&name).unwrap_or_default(),
            calamine::Sheets::Xls(x) => x.merge_cells_by_sheet_name(&name).unwrap_or_default(),
            _ => Vec::new(),
        }
        .iter()
        .map(|d| {
            (
                d.start.0 as usize,
                d.start.1 as usize,
                d.end.0 as usize,
                d.end.1 as usize,
            )
        })
        // A merge far outside the cells read is not followed.
        .filter(|m| m.0 < rows.len() && m.2 <= rows.len() + 1 && m.2 >= m.0 && m.3 >= m.1)
        .collect();
        let ods_sheet = ods.sheets.remove(&name).unwrap_or_default();
        let mut merged = merged;
        merged.extend(
            ods_sheet
                .merged
                .into_iter()
                .filter(|m| m.0 < rows.len() && m.2 >= m.0),
        );
        let mut hidden_here = hidden_rows.remove(&name).unwrap_or_default();
        hidden_here.extend(
            ods_sheet
                .hidden_rows
                .into_iter()
                .filter(|&r| r < rows.len()),
        );
        tables.push(Table {
            hidden: hidden_sheets.contains(&name) || ods_sheet.hidden,
            hidden_rows: hidden_here,
            merged,
            date1904,
            name,
            rows,
        });
    }
    if tables
        .iter()
        .all(|t| t.rows.iter().all(|r| r.iter().all(Cell::is_empty)))
    {
        return Err(FileError::Empty);
    }
    Ok((
        tables,
        FileInfo {
            kind,
            encoding: None,
            delimiter: None,
        },
    ))
}

/// An XLS, XLSB or ODS sheet's rows, through calamine's range of cells.
fn range_rows(
    workbook: &mut calamine::Sheets<Cursor<Vec<u8>>>,
    name: &str,
) -> Result<Vec<Vec<Cell>>, FileError> {
    let range = workbook
        .worksheet_range(name)
        .map_err(|e| FileError::Damaged(e.to_string()))?;
    let (top, left) = range.start().unwrap_or((0, 0));
    let (height, width) = range.get_size();
    // XLS and XLSB are not scanned before reading: their sheets are
    // checked here, before the table doubles them.
    let rows_total = height.saturating_add(top as usize);
    if rows_total > super::limits::MAX_SHEET_ROWS {
        return Err(FileError::TooManyRows {
            sheet: name.to_owned(),
            rows: rows_total,
            limit: crate::input::MAX_ROWS,
        });
    }
    if height.saturating_mul(width.saturating_add(left as usize)) > super::limits::MAX_RANGE_CELLS {
        return Err(FileError::TooManyCells {
            sheet: name.to_owned(),
            rows: height,
            columns: width,
            limit: super::limits::MAX_RANGE_CELLS,
        });
    }
    let mut rows: Vec<Vec<Cell>> = (0..top).map(|_| Vec::new()).collect();
    let left = left as usize;
    for row in range.rows() {
        let mut cells: Vec<Cell> = (0..left).map(|_| Cell::Empty).collect();
        cells.extend(row.iter().map(cell_of));
        rows.push(cells);
    }
    Ok(rows)
}

/// An XLSX sheet's rows, its cells read one by one from the sheet's XML
/// into the table: calamine's range would hold every cell three times
/// over (the cells as read, a dense block, then owned values with each
/// shared string copied), which a national roster cannot afford. The
/// table is laid out as from the range: rows above the first cell empty,
/// every row from the first to the last cell as wide as the widest.
/// [`super::limits::check_zip`] has bounded the rows and columns already.
fn xlsx_rows(
    workbook: &mut calamine::Xlsx<Cursor<Vec<u8>>>,
    name: &str,
) -> Result<Vec<Vec<Cell>>, FileError> {
    let damaged = |e: calamine::XlsxError| FileError::Damaged(e.to_string());
    let mut reader = match workbook.worksheet_cells_reader(name) {
        Ok(reader) => reader,
        // A chart sheet has no cells.
        Err(calamine::XlsxError::NotAWorksheet(_)) => return Ok(Vec::new()),
        Err(e) => return Err(damaged(e)),
    };
    let mut rows: Vec<Vec<Cell>> = Vec::new();
    let (mut top, mut width) = (usize::MAX, 0);
    while let Some(cell) = reader.next_cell().map_err(damaged)? {
        let value = cell_of_ref(cell.get_value());
        if value == Cell::Empty {
            continue;
        }
        let (r, c) = cell.get_position();
        let (r, c) = (r as usize, c as usize);
        // What check_zip counted, checked again before anything is allocated
        // (a sheet it did not recognise as one).
        if r >= super::limits::MAX_SHEET_ROWS {
            return Err(FileError::TooManyRows {
                sheet: name.to_owned(),
                rows: r + 1,
                limit: crate::input::MAX_ROWS,
            });
        }
        if c >= XLSX_COLUMNS {
            return Err(FileError::TooManyCells {
                sheet: name.to_owned(),
                rows: r + 1,
                columns: c + 1,
                limit: super::limits::MAX_CELLS,
            });
        }
        // The block the table will be, checked before it grows (rows are padded from column A).
        let (block_top, block_width) = (top.min(r), width.max(c + 1));
        let height = rows.len().max(r + 1) - block_top;
        if height.saturating_mul(block_width) > super::limits::MAX_CELLS {
            return Err(FileError::TooManyCells {
                sheet: name.to_owned(),
                rows: height,
                columns: block_width,
                limit: super::limits::MAX_CELLS,
            });
        }
        if rows.len() <= r {
            rows.resize_with(r + 1, Vec::new);
        }
        let row = &mut rows[r];
        if row.len() <= c {
            row.resize(c + 1, Cell::Empty);
        }
        row[c] = value;
        (top, width) = (block_top, block_width);
    }
    for row in rows.iter_mut().skip(top) {
        row.resize(width, Cell::Empty);
    }
    Ok(rows)
}

/// The columns an XLSX sheet can have (A to XFD).
const XLSX_COLUMNS: usize = 16_384;

fn cell_of_ref(data: &calamine::DataRef<'_>) -> Cell {
    use calamine::DataRef;
    match data {
        DataRef::SharedString(s) => Cell::Text(crate::legacy::nfc(s)),
        DataRef::String(s) => Cell::Text(crate::legacy::nfc(s)),
        DataRef::Empty => Cell::Empty,
        DataRef::Int(i) => Cell::Number(*i as f64),
        DataRef::Float(f) => Cell::Number(*f),
        DataRef::Bool(b) => Cell::Bool(*b),
        DataRef::DateTime(dt) => date_time(dt),
        DataRef::DateTimeIso(s) => date_time_iso(s),
        DataRef::DurationIso(s) => Cell::Text(s.clone()),
        DataRef::Error(e) => Cell::Error(format!("{e:?}")),
    }
}

/// A cell formatted as a date: the date, or its serial when it is a time.
fn date_time(dt: &calamine::ExcelDateTime) -> Cell {
    if !dt.is_datetime() {
        return Cell::Number(dt.as_f64());
    }
    let (y, m, d, ..) = dt.to_ymd_hms_milli();
    Date::new(i32::from(y), m, d).map_or(Cell::Number(dt.as_f64()), Cell::Date)
}

fn date_time_iso(s: &str) -> Cell {
    crate::date::PartialDate::parse(s.get(..10).unwrap_or(s))
        .map_or_else(|_| Cell::Text(s.to_owned()), |d| Cell::Date(d.date()))
}

fn cell_of(data: &Data) -> Cell {
    match data {
        Data::Empty => Cell::Empty,
        Data::String(s) => Cell::Text(crate::legacy::nfc(s)),
        Data::Int(i) => Cell::Number(*i as f64),
        Data::Float(f) => Cell::Number(*f),
        Data::Bool(b) => Cell::Bool(*b),
        Data::DateTime(dt) => date_time(dt),
        Data::DateTimeIso(s) => date_time_iso(s),
        Data::DurationIso(s) => Cell::Text(s.clone()),
        Data::Error(e) => Cell::Error(format!("{e:?}")),
    }
}

/// Reads a CSV file: BOM or byte patterns give the encoding, the delimiter
/// is the one of `,` `;` tab that splits the first lines most evenly; the
/// one CSV module (`crate::csv`) finds it, checks the shape and splits the
/// text into cells.
pub fn read_csv(bytes: &[u8]) -> Result<(Table, FileInfo), FileError> {
    let (encoding, body) = csv_encoding(bytes);
    let (text, _, _) = encoding.decode(body);
    // Windows-1258 keeps tone marks apart from their letters: compose them.
    let text = crate::legacy::nfc(&text);
    // A binary file read as text is mostly control characters; a NUL or a
    // control character in a cell of a text file is that cell's problem
    // (the import rejects its row, naming the cell).
    let sample: Vec<char> = text.chars().take(4096).collect();
    let controls = sample
        .iter()
        .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
        .count();
    if controls >= 2 && controls * 10 > sample.len() {
        return Err(FileError::NotASpreadsheet);
    }
    let delimiter = crate::csv::delimiter(&text);
    let shape = crate::csv::shape(&text, delimiter).map_err(|open| FileError::UnclosedQuote {
        line: open.line,
        closed_at: open.closed_at,
    })?;
    if shape.rows > super::limits::MAX_SHEET_ROWS {
        return Err(FileError::TooManyRows {
            sheet: "CSV".to_owned(),
            rows: shape.rows,
            limit: crate::input::MAX_ROWS,
        });
    }
    if shape.rows.saturating_mul(shape.columns) > super::limits::MAX_CELLS {
        return Err(FileError::TooManyCells {
            sheet: "CSV".to_owned(),
            rows: shape.rows,
            columns: shape.columns,
            limit: super::limits::MAX_CELLS,
        });
    }
    let rows = crate::csv::read(&text, delimiter, |text| {
        if text.is_empty() {
            Cell::Empty
        } else {
            Cell::Text(text)
        }
    });
    if rows.iter().all(|r| r.iter().all(Cell::is_empty)) {
        return Err(FileError::Empty);
    }
    let name = match encoding.name() {
        "UTF-8" => "utf-8",
        "UTF-16LE" => "utf-16le",
        "UTF-16BE" => "utf-16be",
        "windows-1252" => "windows-1252",
        _ => "windows-1258",
    };
    Ok((
        Table::new("CSV", rows),
        FileInfo {
            kind: "csv",
            encoding: Some(name),
            delimiter: Some(delimiter),
        },
    ))
}

/// The encoding of CSV bytes and the bytes after any byte-order mark.
fn csv_encoding(bytes: &[u8]) -> (&'static Encoding, &[u8]) {
    if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        return (encoding, &bytes[bom..]);
    }
    // UTF-16 without a BOM: every other byte of ASCII text is zero.
    let sample = &bytes[..bytes.len().min(512)];
    let zeros_even = sample.iter().step_by(2).filter(|b| **b == 0).count();
    let zeros_odd = sample
        .iter()
        .skip(1)
        .step_by(2)
        .filter(|b| **b == 0)
        .count();
    if sample.len() >= 4 && zeros_odd * 3 > sample.len() / 2 && zeros_even == 0 {
        return (UTF_16LE, bytes);
    }
    if sample.len() >= 4 && zeros_even * 3 > sample.len() / 2 && zeros_odd == 0 {
        return (UTF_16BE, bytes);
    }
    if std::str::from_utf8(bytes).is_ok() {
        return (UTF_8, bytes);
    }
    // One byte per character: Vietnamese Windows (1258) writes Unicode text
    // so, but text typed with TCVN3 or VNI fonts is saved byte for byte and
    // reads right as Windows-1252, ready for the legacy converter.
    // Windows-1258 keeps tone marks as separate bytes, which read as
    // letters in 1252 and can look like TCVN3; but TCVN3 text always uses
    // its codes in the symbol range (µ ¸ ª « ­ § for à á ê ô ư Đ).
    let (latin, _, _) = WINDOWS_1252.decode(bytes);
    let words: Vec<&str> = latin.split([',', ';', '\t', '\n']).take(400).collect();
    let symbols = latin
        .chars()
        .filter(|c| ('\u{A1}'..='\u{BF}').contains(c))
        .count();
    match crate::legacy::detect(&words) {
        crate::legacy::Legacy::Vni => (WINDOWS_1252, bytes),
        crate::legacy::Legacy::Tcvn3 if symbols >= 2 => (WINDOWS_1252, bytes),
        _ => (WINDOWS_1258, bytes),
    }
}
