//! Resource limits checked before a reader allocates.
//!
//! calamine builds a sheet as one dense block of cells from its first to its
//! last cell, keeps every shared string and copies it into each cell that
//! refers to it, expands the repeated rows and columns of ODS, and buffers
//! any run of text between two tags whole. A few kilobytes of crafted XML
//! can therefore ask for gigabytes. Before the bytes reach calamine, this
//! module unzips every part once, as a stream, and counts what the reader
//! would build: the bytes unzipped, the longest run between two tags, each
//! sheet's rows and columns from its first to its last cell (ODS repeats
//! counted, not expanded), and the text the cells would hold (a shared
//! string counted once per cell that uses it). The first count above its
//! limit refuses the file with an error that names it.

use std::io::{Cursor, Read};

use super::file_error::FileError;

/// The most cells one file may make, counted as each sheet's rows × columns
/// from its first to its last non-empty cell, for the readers that build
/// the table as they read (XLSX, CSV): a cell takes 16 bytes in the table
/// (in wasm) and its text about as much again, so 40 million cells, a
/// national roster of 1,000,000 people in 40 columns, are about 1.3 GB of
/// the file worker's 4 GB.
pub const MAX_CELLS: usize = 40_000_000;

/// The most cells of a file read through calamine's block of cells (XLS,
/// XLSB, ODS), which holds each cell three times over before the table.
pub const MAX_RANGE_CELLS: usize = 10_000_000;

/// The most rows a sheet (or a CSV file) may have: the rows a dataset may
/// hold, and a few above them for titles and the header.
pub const MAX_SHEET_ROWS: usize = crate::input::MAX_ROWS + HEADER_ALLOWANCE;

/// Rows above the data a sheet may have beyond [`crate::input::MAX_ROWS`].
pub const HEADER_ALLOWANCE: usize = 30;

/// The most bytes the parts of a workbook may unzip to, all together.
/// They are unzipped as streams, never held whole: this bounds the time a
/// crafted archive takes (the sheets of 1,000,000 people in 21 columns
/// unzip to 614 MB).
pub const MAX_UNZIPPED_BYTES: u64 = 2048 * 1024 * 1024;

/// The longest run of bytes between two tags (or inside one) of a part:
/// the XML reader holds such a run whole.
pub const MAX_XML_RUN: u64 = 16 * 1024 * 1024;

/// The most text the cells of a file may hold together, a shared string
/// counted once for each cell that uses it.
pub const MAX_TEXT_BYTES: u64 = 512 * 1024 * 1024;

/// Checks the parts of a zipped workbook (XLSX, ODS) against the limits.
/// A file that is not a zip archive is left for the reader to refuse.
pub fn check_zip(bytes: &[u8]) -> Result<(), FileError> {
    let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return Ok(());
    };
    let names: Vec<String> = archive
        .file_names()
        .map(|n| n.map(std::borrow::Cow::into_owned).unwrap_or_default())
        .collect();
    let mut budget = Budget::default();
    // Shared strings first: the sheets refer to them by index.
    let mut shared = SharedStrings::default();
    let shared_index = names
        .iter()
        .position(|n| n.eq_ignore_ascii_case("xl/sharedStrings.xml"));
    if let Some(i) = shared_index {
        let part = names[i].clone();
        if let Ok(entry) = archive.by_index(i) {
            scan(entry, &part, &mut budget, |event| shared.event(event))?;
        }
        budget.text(shared.total)?;
    }
    let ods = names.iter().any(|n| n == "content.xml");
    let mut cells = 0usize;
    for (i, name) in names.iter().enumerate() {
        if Some(i) == shared_index {
            continue;
        }
        let Ok(entry) = archive.by_index(i) else {
            continue;
        };
        let lower = name.to_ascii_lowercase();
        if ods && name == "content.xml" {
            let mut sheets = OdsSheets::default();
            scan(entry, name, &mut budget, |event| sheets.event(event))?;
            sheets.finish()?;
            for sheet in &sheets.done {
                budget.text(sheet.text)?;
                cells = check_area(
                    &sheet.name,
                    sheet.rows(),
                    sheet.width,
                    cells,
                    MAX_RANGE_CELLS,
                )?;
            }
        } else if !ods && (lower.ends_with(".xml") || lower.ends_with(".rels")) {
            let mut sheet = XlsxSheet::new(&shared.lengths);
            scan(entry, name, &mut budget, |event| sheet.event(event))?;
            budget.text(sheet.text)?;
            if let Some((rows, columns)) = sheet.area() {
                cells = check_area(&sheet_name(name), rows, columns, cells, MAX_CELLS)?;
            }
        } else {
            scan(entry, name, &mut budget, |_| Ok(()))?;
        }
    }
    Ok(())
}

/// A part's name as a sheet's, for messages: "sheet1" of "xl/worksheets/sheet1.xml".
fn sheet_name(part: &str) -> String {
    let file = part.rsplit('/').next().unwrap_or(part);
    file.strip_suffix(".xml").unwrap_or(file).to_owned()
}

/// Checks one sheet's rows and its cells, added to those of the sheets
/// before it, against `limit` cells.
fn check_area(
    sheet: &str,
    rows: u64,
    columns: u64,
    before: usize,
    limit: usize,
) -> Result<usize, FileError> {
    if rows > MAX_SHEET_ROWS as u64 {
        return Err(FileError::TooManyRows {
            sheet: sheet.to_owned(),
            rows: clamp(rows),
            limit: crate::input::MAX_ROWS,
        });
    }
    let area = rows.saturating_mul(columns);
    let total = (before as u64).saturating_add(area);
    if total > limit as u64 {
        return Err(FileError::TooManyCells {
            sheet: sheet.to_owned(),
            rows: clamp(rows),
            columns: clamp(columns),
            limit,
        });
    }
    Ok(total as usize)
}

fn clamp(n: u64) -> usize {
    usize::try_from(n).unwrap_or(usize::MAX)
}

/// What has been unzipped and counted so far.
#[derive(Default)]
struct Budget {
    unzipped: u64,
    text: u64,
}

impl Budget {
    fn text(&mut self, bytes: u64) -> Result<(), FileError> {
        self.text = self.text.saturating_add(bytes);
        if self.text > MAX_TEXT_BYTES {
            return Err(FileError::TooMuchText {
                bytes: self.text,
                limit: MAX_TEXT_BYTES,
            });
        }
        Ok(())
    }
}

/// A piece of XML as the scanner meets it.
enum Event<'a> {
    /// A start tag: its name, its attributes' text, and whether it closes itself.
    Start(&'a [u8], &'a [u8], bool),
    End(&'a [u8]),
    /// Text between tags, in pieces.
    Text(&'a [u8]),
}

/// Unzips one part as a stream and hands each tag and piece of text to
/// `on`, counting the bytes against the budget and every run against
/// [`MAX_XML_RUN`].
fn scan(
    mut reader: impl Read,
    part: &str,
    budget: &mut Budget,
    mut on: impl FnMut(Event<'_>) -> Result<(), FileError>,
) -> Result<(), FileError> {
    let mut chunk = vec![0u8; 64 * 1024];
    let mut tag: Vec<u8> = Vec::new();
    let mut in_tag = false;
    let mut quote: Option<u8> = None;
    let mut run: u64 = 0;
    loop {
        let n = match reader.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => n,
            // A damaged part: the reader will say so.
            Err(_) => break,
        };
        budget.unzipped += n as u64;
        if budget.unzipped > MAX_UNZIPPED_BYTES {
            return Err(FileError::Unzipped {
                limit: MAX_UNZIPPED_BYTES,
            });
        }
        let data = &chunk[..n];
        let mut i = 0;
        // Jumps from one byte that matters to the next (memchr): text runs
        // to a `<`, a tag to a quote or a `>`, a quoted value to its quote.
        while i < data.len() {
            if !in_tag {
                match memchr::memchr(b'<', &data[i..]) {
                    Some(p) => {
                        run += p as u64;
                        check_run(run, part)?;
                        if p > 0 {
                            on(Event::Text(&data[i..i + p]))?;
                        }
                        in_tag = true;
                        quote = None;
                        run = 0;
                        i += p + 1;
                    }
                    None => {
                        run += (data.len() - i) as u64;
                        check_run(run, part)?;
                        on(Event::Text(&data[i..]))?;
                        i = data.len();
                    }
                }
                check_run(run, part)?;
                continue;
            }
            let found = match quote {
                Some(q) => memchr::memchr(q, &data[i..]),
                None => memchr::memchr3(b'"', b'\'', b'>', &data[i..]),
            };
            let Some(p) = found else {
                tag.extend_from_slice(&data[i..]);
                run += (data.len() - i) as u64;
                check_run(run, part)?;
                break;
            };
            let b = data[i + p];
            run += p as u64 + 1;
            check_run(run, part)?;
            if quote.is_some() {
                quote = None;
            } else if b == b'>' {
                tag.extend_from_slice(&data[i..i + p]);
                if tag_closes(&tag) {
                    in_tag = false;
                    run = 0;
                    tag_event(&tag, &mut on)?;
                    tag.clear();
                    i += p + 1;
                    continue;
                }
                tag.push(b);
                i += p + 1;
                continue;
            } else {
                quote = Some(b);
            }
            tag.extend_from_slice(&data[i..=i + p]);
            i += p + 1;
        }
    }
    Ok(())
}

fn check_run(run: u64, part: &str) -> Result<(), FileError> {
    if run > MAX_XML_RUN {
        return Err(FileError::LongRun {
            part: part.to_owned(),
            limit: MAX_XML_RUN,
        });
    }
    Ok(())
}

/// Whether a `>` ends the tag read so far: comments and CDATA end only at
/// `-->` and `]]>`.
fn tag_closes(tag: &[u8]) -> bool {
    if tag.starts_with(b"!--") {
        tag.len() >= 5 && tag.ends_with(b"--")
    } else if tag.starts_with(b"![CDATA[") {
        tag.ends_with(b"]]")
    } else {
        true
    }
}

fn tag_event(
    tag: &[u8],
    on: &mut impl FnMut(Event<'_>) -> Result<(), FileError>,
) -> Result<(), FileError> {
    match tag.first() {
        Some(b'/') => {
            let name = tag[1..]
                .split(|b| b.is_ascii_whitespace())
                .next()
                .unwrap_or(&[]);
            on(Event::End(name))
        }
        Some(b'?' | b'!') | None => Ok(()),
        Some(_) => {
            let closes = tag.ends_with(b"/");
            let body = if closes { &tag[..tag.len() - 1] } else { tag };
            let end = body
                .iter()
                .position(|b| b.is_ascii_whitespace())
                .unwrap_or(body.len());
            on(Event::Start(&body[..end], &body[end..], closes))
        }
    }
}

/// The value of attribute `key` in a tag's attribute text.
fn attr<'a>(attrs: &'a [u8], key: &[u8]) -> Option<&'a [u8]> {
    let mut rest = attrs;
    loop {
        let start = rest.iter().position(|b| !b.is_ascii_whitespace())?;
        rest = &rest[start..];
        let eq = rest.iter().position(|&b| b == b'=')?;
        let name = rest[..eq].trim_ascii();
        rest = rest[eq + 1..].trim_ascii_start();
        let q = *rest.first()?;
        if q != b'"' && q != b'\'' {
            return None;
        }
        let len = rest[1..].iter().position(|&b| b == q)?;
        let value = &rest[1..1 + len];
        if name == key {
            return Some(value);
        }
        rest = &rest[len + 2..];
    }
}

fn number(value: &[u8]) -> Option<u64> {
    std::str::from_utf8(value).ok()?.trim().parse().ok()
}

/// Lengths of the strings of `xl/sharedStrings.xml`.
#[derive(Default)]
struct SharedStrings {
    lengths: Vec<u32>,
    current: Option<u64>,
    total: u64,
}

/// A tag's name without its namespace prefix ("x:c" → "c"), as calamine
/// matches the parts of an XLSX file.
fn local(event: Event<'_>) -> Event<'_> {
    let strip =
        |name: &'_ [u8]| -> usize { name.iter().rposition(|&b| b == b':').map_or(0, |i| i + 1) };
    match event {
        Event::Start(name, attrs, closes) => Event::Start(&name[strip(name)..], attrs, closes),
        Event::End(name) => Event::End(&name[strip(name)..]),
        text => text,
    }
}

impl SharedStrings {
    fn event(&mut self, event: Event<'_>) -> Result<(), FileError> {
        match local(event) {
            // calamine reserves room for the count the file declares.
            Event::Start(b"sst", attrs, _) => {
                let declared = attr(attrs, b"uniqueCount").and_then(number).unwrap_or(0);
                if declared > MAX_CELLS as u64 {
                    return Err(FileError::TooManyCells {
                        sheet: "sharedStrings".to_owned(),
                        rows: clamp(declared),
                        columns: 1,
                        limit: MAX_CELLS,
                    });
                }
            }
            Event::Start(b"si", _, closes) => {
                if closes {
                    self.push(0)?;
                } else {
                    self.current = Some(0);
                }
            }
            Event::Text(text) => {
                if let Some(n) = &mut self.current {
                    *n += text.len() as u64;
                }
            }
            Event::End(b"si") => {
                let n = self.current.take().unwrap_or(0);
                self.push(n)?;
            }
            _ => {}
        }
        Ok(())
    }

    fn push(&mut self, len: u64) -> Result<(), FileError> {
        if self.lengths.len() >= MAX_CELLS {
            return Err(FileError::TooManyCells {
                sheet: "sharedStrings".to_owned(),
                rows: self.lengths.len() + 1,
                columns: 1,
                limit: MAX_CELLS,
            });
        }
        self.total += len;
        self.lengths.push(u32::try_from(len).unwrap_or(u32::MAX));
        Ok(())
    }
}

/// "AB12" → (column 27, row 11), both 0-based.
fn cell_ref(text: &[u8]) -> Option<(u64, u64)> {
    let letters = text.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    let mut column: u64 = 0;
    for &b in &text[..letters] {
        column = column
            .checked_mul(26)?
            .checked_add(u64::from(b.to_ascii_uppercase() - b'A' + 1))?;
    }
    let row = number(&text[letters..])?;
    if letters == 0 || row == 0 {
        return None;
    }
    Some((column - 1, row - 1))
}

/// The cells of an XLSX worksheet, as calamine would place them.
struct XlsxSheet<'s> {
    shared: &'s [u32],
    row: u64,
    rows_seen: bool,
    column: u64,
    bounds: Option<(u64, u64, u64, u64)>,
    in_cell_shared: bool,
    in_value: bool,
    in_text: bool,
    value: Vec<u8>,
    text: u64,
}

impl<'s> XlsxSheet<'s> {
    fn new(shared: &'s [u32]) -> XlsxSheet<'s> {
        XlsxSheet {
            shared,
            row: 0,
            rows_seen: false,
            column: 0,
            bounds: None,
            in_cell_shared: false,
            in_value: false,
            in_text: false,
            value: Vec::new(),
            text: 0,
        }
    }

    fn event(&mut self, event: Event<'_>) -> Result<(), FileError> {
        match local(event) {
            Event::Start(b"row", attrs, _) => {
                self.row = match attr(attrs, b"r").and_then(number) {
                    Some(r) if r > 0 => r - 1,
                    _ if self.rows_seen => self.row + 1,
                    _ => 0,
                };
                self.rows_seen = true;
                self.column = 0;
            }
            Event::Start(b"c", attrs, closes) => {
                if let Some((c, r)) = attr(attrs, b"r").and_then(cell_ref) {
                    self.column = c;
                    self.row = r;
                }
                if !closes {
                    let (r, c) = (self.row, self.column);
                    self.bounds = Some(match self.bounds {
                        None => (r, r, c, c),
                        Some((r0, r1, c0, c1)) => (r0.min(r), r1.max(r), c0.min(c), c1.max(c)),
                    });
                    self.in_cell_shared = attr(attrs, b"t") == Some(b"s");
                }
                self.column += 1;
            }
            Event::End(b"c") => self.in_cell_shared = false,
            Event::Start(b"v", _, false) if self.in_cell_shared => {
                self.in_value = true;
                self.value.clear();
            }
            Event::End(b"v") if self.in_value => {
                self.in_value = false;
                let index = number(&self.value).and_then(|i| usize::try_from(i).ok());
                let len = index.and_then(|i| self.shared.get(i)).copied().unwrap_or(0);
                self.text += u64::from(len);
                self.check_text()?;
            }
            Event::Text(text) if self.in_value && self.value.len() < 32 => {
                self.value.extend_from_slice(text);
            }
            Event::Text(_) if self.in_value => {}
            // The text of values (`<v>`) and inline strings (`<t>`); space
            // between elements is only counted as bytes unzipped.
            Event::Start(b"v" | b"t", _, false) => self.in_text = true,
            Event::End(b"v" | b"t") => self.in_text = false,
            Event::Text(text) if self.in_text => {
                self.text += text.len() as u64;
                self.check_text()?;
            }
            _ => {}
        }
        Ok(())
    }

    fn check_text(&self) -> Result<(), FileError> {
        if self.text > MAX_TEXT_BYTES {
            return Err(FileError::TooMuchText {
                bytes: self.text,
                limit: MAX_TEXT_BYTES,
            });
        }
        Ok(())
    }

    /// Rows from the first cell to the last, and columns from A to the last
    /// cell's: the table pads every row from column A.
    fn area(&self) -> Option<(u64, u64)> {
        self.bounds.map(|(r0, r1, _, c1)| (r1 - r0 + 1, c1 + 1))
    }
}

/// One table of an ODS file, repeats counted.
#[derive(Default)]
struct OdsSheet {
    name: String,
    first: Option<u64>,
    end: u64,
    width: u64,
    text: u64,
}

impl OdsSheet {
    fn rows(&self) -> u64 {
        self.first.map_or(0, |first| self.end - first)
    }
}

/// The tables of an ODS `content.xml`, as calamine would expand them.
#[derive(Default)]
struct OdsSheets {
    done: Vec<OdsSheet>,
    sheet: Option<OdsSheet>,
    row: u64,
    row_repeat: u64,
    column: u64,
    row_content: bool,
    row_width: u64,
    /// Text of one instance of the current row.
    row_text: u64,
    cell_repeat: Option<u64>,
}

fn repeat(attrs: &[u8], key: &[u8]) -> u64 {
    attr(attrs, key).and_then(number).unwrap_or(1).max(1)
}

impl OdsSheets {
    fn event(&mut self, event: Event<'_>) -> Result<(), FileError> {
        match event {
            Event::Start(b"table:table", attrs, closes) => {
                self.close_table();
                let name = attr(attrs, b"table:name")
                    .map(|n| String::from_utf8_lossy(n).into_owned())
                    .unwrap_or_default();
                self.sheet = Some(OdsSheet {
                    name,
                    ..OdsSheet::default()
                });
                self.row = 0;
                if closes {
                    self.close_table();
                }
            }
            Event::End(b"table:table") => self.close_table(),
            Event::Start(b"table:table-row", attrs, closes) => {
                self.row_repeat = repeat(attrs, b"table:number-rows-repeated");
                self.column = 0;
                self.row_content = false;
                self.row_width = 0;
                self.row_text = 0;
                if closes {
                    self.end_row()?;
                }
            }
            Event::End(b"table:table-row") => self.end_row()?,
            Event::Start(b"table:table-cell" | b"table:covered-table-cell", attrs, closes) => {
                let n = repeat(attrs, b"table:number-columns-repeated");
                let content = attr(attrs, b"office:value-type").is_some()
                    || attr(attrs, b"table:formula").is_some();
                self.column = self.column.saturating_add(n);
                if content {
                    self.row_content = true;
                    self.row_width = self.column;
                    // Attribute values are copied into each repeat.
                    self.add_text(attrs.len() as u64 * n)?;
                }
                self.cell_repeat = (!closes && content).then_some(n);
            }
            Event::End(b"table:table-cell" | b"table:covered-table-cell") => {
                self.cell_repeat = None;
            }
            Event::Start(b"text:s", attrs, _) => {
                if let Some(n) = self.cell_repeat {
                    let spaces = attr(attrs, b"text:c").and_then(number).unwrap_or(1);
                    self.add_text(spaces.saturating_mul(n))?;
                }
            }
            Event::Text(text) => {
                if let Some(n) = self.cell_repeat {
                    self.add_text((text.len() as u64).saturating_mul(n))?;
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// Adds text to one instance of the current row (the row's repeats
    /// are counted at its end, after its cells).
    fn add_text(&mut self, bytes: u64) -> Result<(), FileError> {
        self.row_text = self.row_text.saturating_add(bytes);
        if self.row_text > MAX_TEXT_BYTES {
            return Err(FileError::TooMuchText {
                bytes: self.row_text,
                limit: MAX_TEXT_BYTES,
            });
        }
        Ok(())
    }

    fn end_row(&mut self) -> Result<(), FileError> {
        let start = self.row;
        self.row = self.row.saturating_add(self.row_repeat);
        if let Some(sheet) = &mut self.sheet {
            if self.row_content {
                sheet.first.get_or_insert(start);
                sheet.end = self.row;
                sheet.width = sheet.width.max(self.row_width);
                // Checked as the rows come: a sheet of a billion rows is
                // refused at once, not after them all.
                check_area(&sheet.name, sheet.rows(), sheet.width, 0, MAX_RANGE_CELLS)?;
                let text = self.row_text.saturating_mul(self.row_repeat.max(1));
                sheet.text = sheet.text.saturating_add(text);
                if sheet.text > MAX_TEXT_BYTES {
                    return Err(FileError::TooMuchText {
                        bytes: sheet.text,
                        limit: MAX_TEXT_BYTES,
                    });
                }
            }
        }
        self.row_repeat = 1;
        Ok(())
    }

    fn close_table(&mut self) {
        if let Some(sheet) = self.sheet.take() {
            self.done.push(sheet);
        }
    }

    fn finish(&mut self) -> Result<(), FileError> {
        self.close_table();
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attributes_are_read_by_whole_name() {
        let attrs = br#" spans="1:3" r="12" t='s'"#;
        assert_eq!(attr(attrs, b"r"), Some(&b"12"[..]));
        assert_eq!(attr(attrs, b"t"), Some(&b"s"[..]));
        assert_eq!(attr(attrs, b"s"), None);
    }

    #[test]
    fn cell_references() {
        assert_eq!(cell_ref(b"A1"), Some((0, 0)));
        assert_eq!(cell_ref(b"AB12"), Some((27, 11)));
        assert_eq!(cell_ref(b"XFD1048576"), Some((16383, 1_048_575)));
        assert_eq!(cell_ref(b"12"), None);
    }
}
