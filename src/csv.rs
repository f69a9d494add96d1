//! CSV, read and written with the `csv` crate: every CSV file the tool
//! writes (the roster, an import's rejected rows, a quick worksheet's
//! figures) goes through [`Writer`], and import splits every CSV file it
//! reads into cells with [`read`]. The file's encoding is found by the
//! import (`import::table`); this module sees text.
//!
//! Written files are UTF-8 with a byte-order mark (so Excel reads the
//! accents) and CRLF line ends. A text cell a spreadsheet would read as a
//! formula gets a leading apostrophe ([`formula_safe`]); numbers are
//! written as numbers, negative ones included.

use std::borrow::Cow;

/// One cell to write.
#[derive(Clone, Debug, PartialEq)]
pub enum Field<'a> {
    /// Text: guarded against formulas.
    Text(Cow<'a, str>),
    /// A number, written as one ("-65", "0.25"); not guarded.
    Number(f64),
    Empty,
}

impl<'a> Field<'a> {
    /// A text cell.
    pub fn text(text: impl Into<Cow<'a, str>>) -> Field<'a> {
        Field::Text(text.into())
    }

    /// A number cell, empty when there is none.
    pub fn number(value: Option<f64>) -> Field<'a> {
        value.map_or(Field::Empty, Field::Number)
    }
}

/// A cell that a spreadsheet would read as a formula ("=…", "+…", "-…",
/// "@…", or one starting with a tab or a carriage return) gets a leading
/// apostrophe, so opening the CSV runs nothing; import takes the apostrophe
/// off again. Only text cells get it: a number is written as a number.
///
/// ```
/// assert_eq!(qhcb::csv::formula_safe("=cmd|' /C calc'!A0"), "'=cmd|' /C calc'!A0");
/// assert_eq!(qhcb::csv::formula_safe("Lê Văn A"), "Lê Văn A");
/// ```
pub fn formula_safe(text: &str) -> Cow<'_, str> {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// A number as a CSV cell: whole numbers without a decimal point.
fn number_text(value: f64) -> String {
    if !value.is_finite() {
        String::new()
    } else if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        value.to_string()
    }
}

/// Writes a CSV file in memory, one row at a time.
pub struct Writer {
    inner: ::csv::Writer<Vec<u8>>,
}

impl Default for Writer {
    fn default() -> Writer {
        Writer::new()
    }
}

impl Writer {
    /// An empty file: the byte-order mark, no rows yet.
    pub fn new() -> Writer {
        let mut bytes = Vec::with_capacity(4096);
        bytes.extend_from_slice("\u{feff}".as_bytes());
        Writer {
            inner: ::csv::WriterBuilder::new()
                .terminator(::csv::Terminator::CRLF)
                .flexible(true)
                .from_writer(bytes),
        }
    }

    /// Writes one row.
    pub fn row<'a>(&mut self, fields: impl IntoIterator<Item = Field<'a>>) {
        for field in fields {
            let written = match field {
                Field::Text(text) => self.inner.write_field(formula_safe(&text).as_bytes()),
                Field::Number(n) => self.inner.write_field(number_text(n)),
                Field::Empty => self.inner.write_field(""),
            };
            // Writing to memory does not fail (the writer's only errors are
            // its sink's).
            debug_assert!(written.is_ok());
        }
        let ended = self.inner.write_record(None::<&[u8]>);
        debug_assert!(ended.is_ok());
    }

    /// Writes a row of text cells.
    pub fn text_row<'a, S: AsRef<str> + 'a>(&mut self, cells: impl IntoIterator<Item = &'a S>) {
        self.row(cells.into_iter().map(|c| Field::text(c.as_ref())));
    }

    /// The file's text.
    pub fn finish(self) -> String {
        let bytes = self.inner.into_inner().unwrap_or_default();
        // Every field was a `str`, so the bytes are UTF-8.
        String::from_utf8(bytes)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
    }
}

/// Splits CSV text into rows of cells (RFC 4180: quoted fields may hold the
/// delimiter, quotes written twice, and line breaks), each cell made by
/// `cell` from its text. Every line outside quotes is a row, a blank one
/// too (the import counts and reports blank rows); a carriage return before
/// a line end is dropped.
pub fn read<T>(text: &str, delimiter: char, mut cell: impl FnMut(String) -> T) -> Vec<Vec<T>> {
    let mut reader = ::csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(u8::try_from(delimiter).unwrap_or(b','))
        // Only a line feed ends a row, as the shape check counts them; a
        // carriage return before it is taken off the row's last cell.
        .terminator(::csv::Terminator::Any(b'\n'))
        .from_reader(text.as_bytes());
    let mut rows: Vec<Vec<T>> = Vec::new();
    let mut record = ::csv::ByteRecord::new();
    let blank = |rows: &mut Vec<Vec<T>>, cell: &mut dyn FnMut(String) -> T, lines: u64| {
        for _ in 0..lines {
            rows.push(vec![cell(String::new())]);
        }
    };
    // The reader skips blank lines, and each one is a row of its own: the
    // line feeds a read consumed beyond the record's own (those in its
    // quoted cells and the one that ends it) are blank lines before it.
    let bytes = text.as_bytes();
    let mut line = reader.position().line();
    loop {
        // Reading from memory has no error to give: byte records are not
        // checked for UTF-8 (`text` is a `str`), rows may differ in length.
        let more = matches!(reader.read_byte_record(&mut record), Ok(true));
        let after = reader.position();
        let consumed = after.line().saturating_sub(line);
        line = after.line();
        if !more {
            blank(&mut rows, &mut cell, consumed);
            break;
        }
        let ended = usize::try_from(after.byte())
            .ok()
            .and_then(|end| end.checked_sub(1))
            .and_then(|last| bytes.get(last))
            == Some(&b'\n');
        let last = record.len().saturating_sub(1);
        let mut breaks = u64::from(ended);
        let row: Vec<T> = record
            .iter()
            .enumerate()
            .map(|(i, field)| {
                breaks += field.iter().filter(|&&b| b == b'\n').count() as u64;
                let field = match field {
                    [rest @ .., b'\r'] if i == last => rest,
                    whole => whole,
                };
                cell(String::from_utf8_lossy(field).into_owned())
            })
            .collect();
        blank(&mut rows, &mut cell, consumed.saturating_sub(breaks));
        rows.push(row);
    }
    rows
}

/// The delimiter of a CSV text: the one of `,` `;` tab that splits the
/// first lines most evenly into more than one cell.
pub fn delimiter(text: &str) -> char {
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(20)
        .collect();
    [',', ';', '\t']
        .into_iter()
        .map(|d| {
            let counts: Vec<usize> = lines
                .iter()
                .map(|l| read(l, d, |_| ()).first().map_or(0, Vec::len))
                .collect();
            let first = counts.first().copied().unwrap_or(1);
            let steady = counts.iter().filter(|&&c| c == first).count();
            (d, if first > 1 { steady * 1000 + first } else { 0 })
        })
        .max_by_key(|&(_, score)| score)
        .map_or(',', |(d, _)| d)
}

/// Rows and columns of a CSV text, counted before any cell is made.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Shape {
    pub rows: usize,
    pub columns: usize,
}

/// A quote that opens a field on `line` and is not closed before the end
/// of the text, or only after `closed_at`'s line.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Unclosed {
    pub line: usize,
    pub closed_at: Option<usize>,
}

/// A quoted field longer than a cell of Excel, or spanning more lines than
/// this, is a quote left open by mistake rather than a cell.
const MAX_QUOTED_LINES: usize = 100;
const MAX_QUOTED_CHARS: usize = 32_767;

/// Counts the rows and the widest row of a CSV text (RFC 4180: quoted fields
/// may hold delimiters, quotes and line breaks), and finds a quote left open:
/// one never closed, or closed only after more lines or characters than a
/// cell holds, is refused with the line it opened on rather than read as one
/// cell that swallows the rows after it. The limits are checked on these
/// counts before [`read`] makes a cell.
pub fn shape(text: &str, delimiter: char) -> Result<Shape, Unclosed> {
    let mut rows = 0usize;
    let mut columns = 0usize;
    let mut fields = 1usize;
    let mut line = 1usize;
    let mut quoted: Option<usize> = None;
    let mut quoted_chars = 0usize;
    let mut field_start = true;
    let mut row_has_content = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if let Some(opened) = quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                }
                '"' => {
                    // A field that spans lines must end at its closing
                    // quote: text after it means the quote that opened it
                    // was a stray one, and the lines between are rows.
                    let next = chars.peek().copied();
                    if line > opened
                        && !matches!(next, None | Some('\r' | '\n'))
                        && next != Some(delimiter)
                    {
                        return Err(Unclosed {
                            line: opened,
                            closed_at: Some(line),
                        });
                    }
                    quoted = None;
                }
                '\n' => line += 1,
                _ => {}
            }
            quoted_chars += 1;
            if quoted.is_some()
                && (line - opened > MAX_QUOTED_LINES || quoted_chars > MAX_QUOTED_CHARS)
            {
                return Err(Unclosed {
                    line: opened,
                    closed_at: closing_line(chars, line),
                });
            }
            continue;
        }
        match c {
            '"' if field_start => {
                quoted = Some(line);
                quoted_chars = 0;
                row_has_content = true;
                field_start = false;
            }
            c if c == delimiter => {
                fields += 1;
                field_start = true;
            }
            '\n' => {
                rows += 1;
                columns = columns.max(fields);
                fields = 1;
                field_start = true;
                row_has_content = false;
                line += 1;
            }
            '\r' => {}
            _ => {
                row_has_content = true;
                field_start = false;
            }
        }
    }
    if let Some(opened) = quoted {
        return Err(Unclosed {
            line: opened,
            closed_at: None,
        });
    }
    if row_has_content || fields > 1 {
        rows += 1;
        columns = columns.max(fields);
    }
    Ok(Shape { rows, columns })
}

/// The line where a long quoted field finally closes, if it does.
fn closing_line(
    mut chars: std::iter::Peekable<std::str::Chars<'_>>,
    mut line: usize,
) -> Option<usize> {
    while let Some(c) = chars.next() {
        match c {
            '"' if chars.peek() == Some(&'"') => {
                chars.next();
            }
            '"' => return Some(line),
            '\n' => line += 1,
            _ => {}
        }
    }
    None
}
