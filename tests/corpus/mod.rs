//! The import corpus (issue 16, item 6): realistic roster files written by
//! the test's own code, each with an expectation written by hand, and the
//! comparison an outside check makes.
//!
//! A file is authored once as a grid of cells in Unicode ([`Sheet`]) and
//! written as XLSX, ODS or CSV in an encoding (UTF-8, UTF-8 with BOM,
//! UTF-16LE, Windows-1258, or bytes typed with TCVN3 or VNI fonts). The
//! expectation ([`Case`]) lists, by spreadsheet row number, every person
//! with the values a reader of the form sees, the rows that are not people
//! (motto, titles, numbering, sections, totals, signatures) and the rows
//! that must be flagged (duplicates, both Nam and Nữ filled, hidden rows).
//! Nothing in an expectation is computed by the code under test.
//!
//! The check runs the import as the page does: `inspect`, the proposed
//! sheet, header row and columns (index, field, encoding) as they are, the
//! case's titles by id and name, no other option; then `import`.

#![allow(dead_code)]

pub mod files;

use std::collections::BTreeSet;
use std::io::{Cursor, Write};

use serde_json::{json, Value};

// ---------------------------------------------------------------- grids

/// One cell of an authored grid.
#[derive(Clone, Debug, PartialEq)]
pub enum V {
    E,
    S(String),
    N(f64),
    /// A date-formatted cell (dd/mm/yyyy); its serial follows the workbook's
    /// date system. In CSV it is written as dd/mm/yyyy text.
    D(i32, u32, u32),
}

/// A cell from its authored text: "" empty, "d:1975-03-15" a date cell,
/// "s:1975-03-15" a plain number holding the 1900-system serial,
/// "s4:1975-03-15" a plain number holding the 1904-system serial,
/// "n:12" a number; anything else is text.
pub fn cell(text: &str) -> V {
    let ymd = |s: &str| {
        let p: Vec<&str> = s.split('-').collect();
        (
            p[0].parse::<i32>().unwrap(),
            p[1].parse::<u32>().unwrap(),
            p[2].parse::<u32>().unwrap(),
        )
    };
    if text.is_empty() {
        V::E
    } else if let Some(d) = text.strip_prefix("d:") {
        let (y, m, dd) = ymd(d);
        V::D(y, m, dd)
    } else if let Some(d) = text.strip_prefix("s4:") {
        let (y, m, dd) = ymd(d);
        V::N(serial(y, m, dd, true))
    } else if let Some(d) = text.strip_prefix("s:") {
        let (y, m, dd) = ymd(d);
        V::N(serial(y, m, dd, false))
    } else if let Some(n) = text.strip_prefix("n:") {
        V::N(n.parse().unwrap())
    } else {
        V::S(text.to_owned())
    }
}

/// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
fn days_from_civil(y: i32, m: u32, d: u32) -> i64 {
    let y = i64::from(if m <= 2 { y - 1 } else { y });
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The Excel serial of a date (after 1900-03-01) in the 1900 or 1904 system.
pub fn serial(y: i32, m: u32, d: u32, date1904: bool) -> f64 {
    let epoch = if date1904 {
        days_from_civil(1904, 1, 1)
    } else {
        days_from_civil(1899, 12, 30)
    };
    (days_from_civil(y, m, d) - epoch) as f64
}

/// Text typed with a legacy font: which encoding, and which columns
/// (none listed: every text cell of the sheet).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Font {
    Tcvn3,
    Vni,
}

/// One sheet as authored: rows from 1, merges, hidden rows, a hidden sheet.
#[derive(Clone, Debug)]
pub struct Sheet {
    pub name: String,
    pub rows: Vec<Vec<V>>,
    /// (first row, first column, last row, last column): rows from 1,
    /// columns from 0; the value is the top-left cell's.
    pub merges: Vec<(usize, usize, usize, usize)>,
    pub hidden_rows: Vec<usize>,
    pub hidden: bool,
    /// Text typed with a legacy font, in these columns (empty: all).
    pub font: Option<(Font, Vec<usize>)>,
}

impl Sheet {
    pub fn new(name: &str) -> Sheet {
        Sheet {
            name: name.to_owned(),
            rows: Vec::new(),
            merges: Vec::new(),
            hidden_rows: Vec::new(),
            hidden: false,
            font: None,
        }
    }

    /// The next row, from authored cell texts ([`cell`]).
    pub fn row(mut self, cells: &[&str]) -> Sheet {
        self.rows.push(cells.iter().map(|c| cell(c)).collect());
        self
    }

    /// `n` empty rows.
    pub fn blank(mut self, n: usize) -> Sheet {
        for _ in 0..n {
            self.rows.push(Vec::new());
        }
        self
    }

    pub fn merge(mut self, r1: usize, c1: usize, r2: usize, c2: usize) -> Sheet {
        self.merges.push((r1, c1, r2, c2));
        self
    }

    pub fn hide_row(mut self, r: usize) -> Sheet {
        self.hidden_rows.push(r);
        self
    }

    pub fn hidden(mut self) -> Sheet {
        self.hidden = true;
        self
    }

    pub fn font(mut self, font: Font, columns: &[usize]) -> Sheet {
        self.font = Some((font, columns.to_vec()));
        self
    }

    /// The text of a cell as written to the file: in its legacy font when
    /// the sheet or the column is typed so.
    fn written(&self, col: usize, text: &str) -> String {
        match &self.font {
            Some((font, cols)) if cols.is_empty() || cols.contains(&col) => match font {
                Font::Tcvn3 => to_tcvn3(text),
                Font::Vni => to_vni(text),
            },
            _ => text.to_owned(),
        }
    }

    fn covered(&self, r: usize, c: usize) -> bool {
        self.merges.iter().any(|&(r1, c1, r2, c2)| {
            (r1..=r2).contains(&r) && (c1..=c2).contains(&c) && (r, c) != (r1, c1)
        })
    }

    fn width(&self) -> usize {
        self.rows.iter().map(Vec::len).max().unwrap_or(0)
    }
}

// ---------------------------------------------------------------- legacy fonts

/// TCVN3 codes and their letters: the chart the reader decodes, inverted
/// here to write files (the round-trip test checks the two agree).
use qhcb::legacy::TCVN3;

/// Unicode text as typed with a TCVN3 (ABC) font. Capitals with a tone had
/// their own font reusing the small letters' codes, so they are written
/// with those (and read back small); the seven capitals with codes keep them.
pub fn to_tcvn3(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    text.nfc()
        .map(|c| {
            let find = |x: char| TCVN3.iter().find(|(_, l)| *l == x).map(|(code, _)| *code);
            find(c)
                .or_else(|| {
                    let lower = c.to_lowercase().next().unwrap_or(c);
                    if lower != c {
                        find(lower)
                    } else {
                        None
                    }
                })
                .unwrap_or(c)
        })
        .collect()
}

/// Unicode text as typed with a VNI-Windows font: a base letter and a mark
/// character; đ, ơ, ư and the i (and ỵ) with tones have single codes.
pub fn to_vni(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let mut out = String::new();
    for c in text.nfc() {
        let lower = c.to_lowercase().next().unwrap_or(c);
        let capital = lower != c;
        let decomposed: Vec<char> = lower.to_string().nfd().collect();
        let base = decomposed[0];
        if !"aeiouy".contains(base) || decomposed.len() == 1 && lower != 'đ' {
            out.push(match c {
                'đ' => 'ñ',
                'Đ' => 'Ñ',
                _ => c,
            });
            continue;
        }
        let has = |m: char| decomposed.contains(&m);
        // Tone: sắc, huyền, hỏi, ngã, nặng.
        let tone = ['\u{301}', '\u{300}', '\u{309}', '\u{303}', '\u{323}']
            .iter()
            .position(|&m| has(m));
        let (hat, breve, horn) = (has('\u{302}'), has('\u{306}'), has('\u{31B}'));
        let case = |s: char| {
            if capital {
                s.to_uppercase().next().unwrap()
            } else {
                s
            }
        };
        if base == 'i' {
            out.push(case(match tone {
                None => 'i',
                Some(0) => 'í',
                Some(1) => 'ì',
                Some(2) => 'æ',
                Some(3) => 'ó',
                _ => 'ò',
            }));
            continue;
        }
        if base == 'y' && tone == Some(4) {
            out.push(case('î'));
            continue;
        }
        let written_base = match (base, horn) {
            ('o', true) => 'ô',
            ('u', true) => 'ö',
            _ => base,
        };
        out.push(case(written_base));
        let mark = if hat {
            Some(['â', 'á', 'à', 'å', 'ã', 'ä'][tone.map_or(0, |t| t + 1)])
        } else if breve {
            Some(['ê', 'é', 'è', 'ú', 'ü', 'ë'][tone.map_or(0, |t| t + 1)])
        } else {
            tone.map(|t| ['ù', 'ø', 'û', 'õ', 'ï'][t])
        };
        if let Some(m) = mark {
            out.push(case(m));
        }
    }
    out
}

/// Latin-1 bytes of text typed with a legacy font (every code is below U+0100).
pub fn latin1(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?'))
        .collect()
}

// ---------------------------------------------------------------- writers

/// An XLSX workbook of the sheets; `date1904` sets the workbook's date system.
pub fn xlsx(sheets: &[Sheet], date1904: bool) -> Vec<u8> {
    use rust_xlsxwriter::{Format, Workbook};
    let mut book = Workbook::new();
    let date = Format::new().set_num_format("dd/mm/yyyy");
    let plain = Format::new();
    let first_visible = sheets.iter().position(|s| !s.hidden).unwrap_or(0);
    for (i, s) in sheets.iter().enumerate() {
        let ws = book.add_worksheet();
        ws.set_name(&s.name).unwrap();
        if s.hidden {
            ws.set_hidden(true);
        }
        if i == first_visible {
            ws.set_active(true);
        }
        for &(r1, c1, r2, c2) in &s.merges {
            ws.merge_range(
                r1 as u32 - 1,
                c1 as u16,
                r2 as u32 - 1,
                c2 as u16,
                "",
                &plain,
            )
            .unwrap();
        }
        for (r, row) in s.rows.iter().enumerate() {
            for (c, v) in row.iter().enumerate() {
                if s.covered(r + 1, c) {
                    continue;
                }
                let (r, c16) = (r as u32, c as u16);
                match v {
                    V::E => {}
                    V::S(t) => {
                        ws.write_string(r, c16, s.written(c, t)).unwrap();
                    }
                    V::N(n) => {
                        ws.write_number(r, c16, *n).unwrap();
                    }
                    V::D(y, m, d) => {
                        ws.write_number_with_format(r, c16, serial(*y, *m, *d, date1904), &date)
                            .unwrap();
                    }
                }
            }
        }
        for &r in &s.hidden_rows {
            ws.set_row_hidden(r as u32 - 1).unwrap();
        }
    }
    let bytes = book.save_to_buffer().unwrap();
    if date1904 {
        crate::common::with_1904(&bytes)
    } else {
        bytes
    }
}

fn xml_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// An ODS workbook as LibreOffice writes one: mimetype first and stored,
/// a manifest, content.xml with spanned cells and their covered cells,
/// collapsed (hidden) rows and a hidden table's style.
pub fn ods(sheets: &[Sheet]) -> Vec<u8> {
    let mut content = String::from(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3"><office:automatic-styles><style:style style:name="ta1" style:family="table" style:master-page-name="Default"><style:table-properties table:display="true" style:writing-mode="lr-tb"/></style:style><style:style style:name="ta2" style:family="table" style:master-page-name="Default"><style:table-properties table:display="false" style:writing-mode="lr-tb"/></style:style><number:date-style style:name="N37"><number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/></number:date-style><style:style style:name="ce1" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N37"/></office:automatic-styles><office:body><office:spreadsheet>"#,
    );
    for s in sheets {
        let width = s.width().max(1);
        content.push_str(&format!(
            r#"<table:table table:name="{}" table:style-name="{}"><table:table-column table:number-columns-repeated="{}"/>"#,
            xml_escape(&s.name),
            if s.hidden { "ta2" } else { "ta1" },
            width
        ));
        for (r, row) in s.rows.iter().enumerate() {
            let rn = r + 1;
            if s.hidden_rows.contains(&rn) {
                content.push_str(r#"<table:table-row table:visibility="collapse">"#);
            } else {
                content.push_str("<table:table-row>");
            }
            for c in 0..width {
                if s.covered(rn, c) {
                    content.push_str("<table:covered-table-cell/>");
                    continue;
                }
                let span = s
                    .merges
                    .iter()
                    .find(|&&(r1, c1, _, _)| (r1, c1) == (rn, c))
                    .map(|&(r1, c1, r2, c2)| {
                        format!(
                            r#" table:number-columns-spanned="{}" table:number-rows-spanned="{}""#,
                            c2 - c1 + 1,
                            r2 - r1 + 1
                        )
                    })
                    .unwrap_or_default();
                match row.get(c).unwrap_or(&V::E) {
                    V::E if span.is_empty() => content.push_str("<table:table-cell/>"),
                    V::E => content.push_str(&format!("<table:table-cell{span}/>")),
                    V::S(t) => {
                        let t = xml_escape(&s.written(c, t));
                        content.push_str(&format!(
                            r#"<table:table-cell office:value-type="string"{span}><text:p>{t}</text:p></table:table-cell>"#
                        ))
                    }
                    V::N(n) => content.push_str(&format!(
                        r#"<table:table-cell office:value-type="float" office:value="{n}"{span}><text:p>{n}</text:p></table:table-cell>"#
                    )),
                    V::D(y, m, d) => content.push_str(&format!(
                        r#"<table:table-cell table:style-name="ce1" office:value-type="date" office:date-value="{y:04}-{m:02}-{d:02}"{span}><text:p>{d:02}/{m:02}/{y:04}</text:p></table:table-cell>"#
                    )),
                }
            }
            content.push_str("</table:table-row>");
        }
        content.push_str("</table:table>");
    }
    content.push_str("</office:spreadsheet></office:body></office:document-content>");
    let manifest = r#"<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#;
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    out.start_file("mimetype", stored).unwrap();
    out.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
        .unwrap();
    let deflated = zip::write::SimpleFileOptions::default();
    out.start_file("META-INF/manifest.xml", deflated).unwrap();
    out.write_all(manifest.as_bytes()).unwrap();
    out.start_file("content.xml", deflated).unwrap();
    out.write_all(content.as_bytes()).unwrap();
    out.finish().unwrap().into_inner()
}

/// A sheet as CSV text: date cells as dd/mm/yyyy (or m/d/yyyy with `us`),
/// fields quoted when they hold the delimiter, a quote or a line break.
pub fn csv_text(s: &Sheet, delimiter: char, us: bool) -> String {
    let width = s.width();
    let mut out = String::new();
    for row in &s.rows {
        let fields: Vec<String> = (0..width)
            .map(|c| {
                let text = match row.get(c).unwrap_or(&V::E) {
                    V::E => String::new(),
                    V::S(t) => s.written(c, t),
                    V::N(n) if n.fract() == 0.0 => format!("{}", *n as i64),
                    V::N(n) => n.to_string(),
                    V::D(y, m, d) if us => format!("{m}/{d}/{y}"),
                    V::D(y, m, d) => format!("{d:02}/{m:02}/{y}"),
                };
                if text.contains([delimiter, '"', '\n', '\r']) {
                    format!("\"{}\"", text.replace('"', "\"\""))
                } else {
                    text
                }
            })
            .collect();
        out.push_str(&fields.join(&delimiter.to_string()));
        out.push_str("\r\n");
    }
    out
}

pub fn utf8_bom(text: &str) -> Vec<u8> {
    let mut bytes = vec![0xEF, 0xBB, 0xBF];
    bytes.extend_from_slice(text.as_bytes());
    bytes
}

pub fn utf16le_bom(text: &str) -> Vec<u8> {
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    bytes
}

/// Text as Windows-1258 writes it: letters with a hat, breve or horn are
/// single codes, tone marks follow as combining characters.
pub fn windows_1258(text: &str) -> Vec<u8> {
    use unicode_normalization::UnicodeNormalization;
    let mut out: Vec<char> = Vec::new();
    for c in text.nfd() {
        let join = |b: char, m: char| match m {
            '\u{302}' => "aAeEoO".find(b).map(|i| ['â', 'Â', 'ê', 'Ê', 'ô', 'Ô'][i]),
            '\u{306}' => "aA".find(b).map(|i| ['ă', 'Ă'][i]),
            '\u{31b}' => "oOuU".find(b).map(|i| ['ơ', 'Ơ', 'ư', 'Ư'][i]),
            _ => None,
        };
        let n = out.len();
        if let Some(j) = out.last().and_then(|&b| join(b, c)) {
            out[n - 1] = j;
        } else if n >= 2 && out[n - 1] == '\u{323}' && join(out[n - 2], c).is_some() {
            // A dot below sorts before the hat or breve: join across it.
            out[n - 2] = join(out[n - 2], c).unwrap();
        } else {
            out.push(c);
        }
    }
    let text: String = out.into_iter().collect();
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1258.encode(&text);
    assert!(!unmappable, "the corpus text fits Windows-1258");
    bytes.into_owned()
}

// ---------------------------------------------------------------- expectations

/// One person as a reader of the form sees them.
#[derive(Clone, Debug)]
pub struct Person {
    /// The spreadsheet row (1-based; for CSV the line).
    pub row: usize,
    pub name: &'static str,
    /// "M" or "F"; "" when the form leaves it open (both Nam and Nữ filled).
    pub sex: &'static str,
    /// ISO "YYYY-MM-DD", "YYYY-MM" or "YYYY"; "" when left open.
    pub birth: &'static str,
    pub minority: bool,
    /// The official group, checked loosely when the import gives one.
    pub group: Option<&'static str>,
    pub education: Option<&'static str>,
    pub theory: Option<&'static str>,
    pub current: Vec<&'static str>,
    pub planned: Vec<&'static str>,
    /// May be imported or not (a hidden row, a duplicate, both Nam and Nữ
    /// filled): when imported, its values must be right.
    pub optional: bool,
}

/// A person: row, name, sex, birth; the rest by the builder methods.
pub fn p(row: usize, name: &'static str, sex: &'static str, birth: &'static str) -> Person {
    Person {
        row,
        name,
        sex,
        birth,
        minority: false,
        group: None,
        education: None,
        theory: None,
        current: Vec::new(),
        planned: Vec::new(),
        optional: false,
    }
}

impl Person {
    /// An ethnic group: "Kinh" is not a minority, every other group is.
    pub fn group(mut self, g: &'static str) -> Person {
        self.minority = g != "Kinh";
        self.group = Some(g);
        self
    }
    /// A minority without a group named (a DTTS column with x).
    pub fn minority(mut self) -> Person {
        self.minority = true;
        self
    }
    pub fn edu(mut self, e: &'static str) -> Person {
        self.education = Some(e);
        self
    }
    pub fn theory(mut self, t: &'static str) -> Person {
        self.theory = Some(t);
        self
    }
    pub fn cur(mut self, ids: &[&'static str]) -> Person {
        self.current = ids.to_vec();
        self
    }
    pub fn plan(mut self, ids: &[&'static str]) -> Person {
        self.planned = ids.to_vec();
        self
    }
    pub fn optional(mut self) -> Person {
        self.optional = true;
        self
    }
}

/// One file of the corpus and what it must give.
pub struct Case {
    pub name: &'static str,
    /// The layout, for the report and the README.
    pub about: &'static str,
    /// "xlsx", "ods", "csv utf-8", …
    pub format: &'static str,
    pub bytes: Vec<u8>,
    /// The sheet to import when the case names it (else the proposed one).
    pub sheet: Option<usize>,
    /// The dataset's titles, by id and name.
    pub titles: Vec<(&'static str, &'static str)>,
    pub people: Vec<Person>,
    /// Rows that are not people (motto, title, numbering, section, total,
    /// signature, date line, sub-header rows).
    pub non_person: Vec<usize>,
    /// Rows that must be flagged: their number appears in a rejection, a
    /// warning or a summary list.
    pub flagged: Vec<(usize, &'static str)>,
    /// A hidden sheet: not proposed, and noted by the inspection.
    pub hidden_sheet: Option<usize>,
}

impl Case {
    pub fn new(
        name: &'static str,
        format: &'static str,
        about: &'static str,
        bytes: Vec<u8>,
    ) -> Case {
        Case {
            name,
            about,
            format,
            bytes,
            sheet: None,
            titles: Vec::new(),
            people: Vec::new(),
            non_person: Vec::new(),
            flagged: Vec::new(),
            hidden_sheet: None,
        }
    }
    pub fn titles(mut self, t: &[(&'static str, &'static str)]) -> Case {
        self.titles = t.to_vec();
        self
    }
    pub fn people(mut self, people: Vec<Person>) -> Case {
        self.people = people;
        self
    }
    pub fn non_person(mut self, rows: &[usize]) -> Case {
        self.non_person = rows.to_vec();
        self
    }
    pub fn flag(mut self, row: usize, why: &'static str) -> Case {
        self.flagged.push((row, why));
        self
    }
    pub fn sheet(mut self, i: usize) -> Case {
        self.sheet = Some(i);
        self
    }
    pub fn hidden_sheet(mut self, i: usize) -> Case {
        self.hidden_sheet = Some(i);
        self
    }
}

// ---------------------------------------------------------------- the check

/// Lower case without marks, letters and digits only: "H’Mông" → "hmong".
pub fn loose(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    text.nfd()
        .filter(|c| !('\u{300}'..='\u{36F}').contains(c))
        .map(|c| match c {
            'đ' | 'Đ' => 'd',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// The spreadsheet row a person came from: its source when the import
/// gives one, else the row-number id ("r12", "r12-2").
fn person_row(person: &Value) -> Option<usize> {
    let source = &person["source"];
    for v in [&source["row"], &person["sourceRow"], &person["row"]] {
        if let Some(n) = v.as_u64() {
            return Some(n as usize);
        }
    }
    let id = person["id"].as_str()?;
    let digits: String = id
        .strip_prefix('r')?
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().ok()
}

fn text_of(v: &Value) -> Option<String> {
    match v {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        other => Some(other.to_string()),
    }
}

fn ids(v: &Value) -> BTreeSet<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

/// Whether a row number appears anywhere in an import's result outside
/// its people, new titles, rejected CSV, blank rows and non-person list:
/// a rejection's row, a warning's row, a summary list.
fn row_noted(result: &Value, row: usize) -> bool {
    fn walk(v: &Value, key: &str, row: usize) -> bool {
        let skip = ["people", "newTitles", "rejectedCsv", "blankRows"];
        if skip.contains(&key) || key.to_lowercase().contains("non") {
            return false;
        }
        match v {
            Value::Number(n) => {
                n.as_u64() == Some(row as u64)
                    && (key == "row" || key == "rows" || key.ends_with("Rows") || key == "[]")
            }
            Value::Array(a) => a.iter().any(|x| {
                walk(
                    x,
                    if key == "row"
                        || key == "rows"
                        || key.ends_with("Rows")
                        || key.ends_with("rows")
                    {
                        "rows"
                    } else {
                        "[]"
                    },
                    row,
                )
            }),
            Value::Object(o) => o.iter().any(|(k, x)| walk(x, k, row)),
            _ => false,
        }
    }
    walk(result, "", row)
}

/// Rows listed as non-person in the summary: the first list field whose
/// name says "non" (numbers, or objects with a row).
fn non_person_list(summary: &Value) -> Option<(String, Vec<usize>)> {
    let o = summary.as_object()?;
    o.iter()
        .find(|(k, v)| k.to_lowercase().contains("non") && v.is_array())
        .map(|(k, v)| {
            let rows = v
                .as_array()
                .unwrap()
                .iter()
                .filter_map(|x| x.as_u64().or_else(|| x["row"].as_u64()))
                .map(|n| n as usize)
                .collect();
            (k.clone(), rows)
        })
}

/// Whether the inspection says a sheet is hidden: a truthy key naming
/// "hidden", `visible: false`, or a state or visibility saying "hidden".
fn sheet_noted_hidden(sheet: &Value) -> bool {
    sheet.as_object().is_some_and(|o| {
        o.iter().any(|(k, v)| {
            let k = k.to_lowercase();
            (k.contains("hidden") && v == &json!(true))
                || (k == "visible" && v == &json!(false))
                || ((k == "state" || k == "visibility")
                    && v.as_str()
                        .is_some_and(|s| s.to_lowercase().contains("hidden")))
        })
    })
}

/// The proposed sheet: the inspection's own proposal when it makes one
/// (a top-level number under a key naming a proposed sheet), else the first
/// sheet not marked hidden that has people: columns proposed for the name
/// and for the birth or the sex.
fn proposed_sheet(inspection: &Value) -> Option<usize> {
    if let Some(o) = inspection.as_object() {
        for (k, v) in o {
            let k = k.to_lowercase();
            if (k.contains("propos") || k == "sheet") && v.is_u64() {
                return v.as_u64().map(|n| n as usize);
            }
        }
    }
    let sheets = inspection["sheets"].as_array()?;
    let fields = |s: &Value| -> Vec<String> {
        s["columns"]
            .as_array()
            .map(|cols| {
                cols.iter()
                    .filter_map(|c| c["field"].as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default()
    };
    let visible = |s: &&Value| !sheet_noted_hidden(s);
    let people = |s: &Value| {
        let f = fields(s);
        f.iter().any(|f| f == "name")
            && f.iter().any(|f| {
                matches!(
                    f.as_str(),
                    "birth" | "birthIfMale" | "birthIfFemale" | "sex"
                )
            })
    };
    sheets
        .iter()
        .position(|s| visible(&s) && people(s))
        .or_else(|| {
            sheets
                .iter()
                .position(|s| visible(&s) && fields(s).iter().any(|f| f == "name"))
        })
        .or_else(|| sheets.iter().position(|s| visible(&s)))
}

/// The outcome of one case: every mismatch found, in words.
pub struct Outcome {
    pub mismatches: Vec<String>,
    pub people: usize,
    /// The summary's list of non-person rows: its key and length, if any.
    pub non_person_list: Option<(String, usize)>,
}

/// Runs one case as an outside check does and lists every mismatch.
pub fn check(case: &Case) -> Outcome {
    let mut out = Vec::new();
    let mut fail = |s: String| out.push(s);
    let inspection = match qhcb::import::inspect(&case.bytes) {
        Ok(i) => i,
        Err(e) => {
            return Outcome {
                mismatches: vec![format!("inspect failed: {e:?}")],
                people: 0,
                non_person_list: None,
            }
        }
    };
    let inspection = serde_json::to_value(&inspection).unwrap();
    let Some(sheet) = case.sheet.or_else(|| proposed_sheet(&inspection)) else {
        return Outcome {
            mismatches: vec!["the inspection gives no sheet".to_owned()],
            people: 0,
            non_person_list: None,
        };
    };
    if let Some(h) = case.hidden_sheet {
        if sheet == h {
            fail(format!("sheet {h} is hidden but it is the one proposed"));
        }
        if !sheet_noted_hidden(&inspection["sheets"][h]) {
            fail(format!(
                "sheet {h} is hidden but the inspection does not say so"
            ));
        }
    }
    let guess = &inspection["sheets"][sheet];
    let columns: Vec<Value> = guess["columns"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| json!({ "index": c["index"], "field": c["field"], "encoding": c["encoding"] }))
        .collect();
    let titles: Vec<Value> = case
        .titles
        .iter()
        .map(|(id, name)| json!({ "id": id, "name": name }))
        .collect();
    let options = json!({
        "sheet": sheet,
        "headerRow": guess["headerRow"],
        "columns": columns,
        "titles": titles,
    });
    let options: qhcb::import::ImportOptions = serde_json::from_value(options).unwrap();
    let (tables, _) = qhcb::import::read_file(&case.bytes).unwrap();
    let result = match qhcb::import::import(
        &tables,
        &options,
        qhcb::messages::catalogue(qhcb::messages::Lang::Vi),
    ) {
        Ok(r) => r,
        Err(e) => {
            out.push(format!("import failed: {e:?}"));
            return Outcome {
                mismatches: out,
                people: 0,
                non_person_list: None,
            };
        }
    };
    let result = serde_json::to_value(&result).unwrap();
    let people = result["people"].as_array().cloned().unwrap_or_default();
    let rejections = result["rejections"].as_array().cloned().unwrap_or_default();
    let rejected_for = |row: usize| -> Vec<String> {
        rejections
            .iter()
            .filter(|r| r["row"].as_u64() == Some(row as u64))
            .map(|r| {
                format!(
                    "{} {:?}: {}",
                    r["column"].as_str().unwrap_or("-"),
                    r["value"].as_str().unwrap_or(""),
                    r["reason"].as_str().unwrap_or("")
                )
            })
            .collect()
    };
    // Each expected person's imported match: by row (the person's source,
    // or its row-number id), else by name, else by the name's letters (a
    // name imported with invisible characters still matches its row).
    let rows: Vec<Option<usize>> = people.iter().map(person_row).collect();
    let mut taken = vec![false; people.len()];
    let mut matches: Vec<Option<usize>> = Vec::new();
    for want in &case.people {
        let free = |i: &usize| !taken[*i];
        let found = (0..people.len())
            .filter(free)
            .find(|&i| rows[i] == Some(want.row))
            .or_else(|| {
                (0..people.len())
                    .filter(free)
                    .find(|&i| rows[i].is_none() && people[i]["name"].as_str() == Some(want.name))
            })
            .or_else(|| {
                (0..people.len()).filter(free).find(|&i| {
                    rows[i].is_none()
                        && people[i]["name"].as_str().map(loose) == Some(loose(want.name))
                })
            });
        if let Some(i) = found {
            taken[i] = true;
        }
        matches.push(found);
    }
    for (want, found) in case.people.iter().zip(&matches) {
        let Some(got) = found.map(|i| &people[i]) else {
            if want.optional {
                continue;
            }
            let why = rejected_for(want.row);
            if why.is_empty() {
                fail(format!(
                    "row {}: {} not imported (nor rejected)",
                    want.row, want.name
                ));
            } else {
                fail(format!(
                    "row {}: {} rejected: {}",
                    want.row,
                    want.name,
                    why.join(" | ")
                ));
            }
            continue;
        };
        let r = want.row;
        let mut field = |name: &str, expected: String, got: String| {
            if expected != got {
                fail(format!(
                    "row {r} {name}: expected {expected}, got {got} ({})",
                    want.name
                ));
            }
        };
        let show = |v: Option<String>| v.map_or("(absent)".to_owned(), |s| format!("{s:?}"));
        field(
            "name",
            format!("{:?}", want.name),
            show(text_of(&got["name"])),
        );
        if !want.sex.is_empty() {
            field("sex", format!("{:?}", want.sex), show(text_of(&got["sex"])));
        }
        if !want.birth.is_empty() {
            field(
                "birth",
                format!("{:?}", want.birth),
                show(text_of(&got["birth"])),
            );
        }
        field(
            "ethnicMinority",
            want.minority.to_string(),
            got["ethnicMinority"].as_bool().unwrap_or(false).to_string(),
        );
        if let (Some(g), Some(have)) = (want.group, got["ethnicGroup"].as_str()) {
            let (a, b) = (loose(g), loose(have));
            // "Dao đỏ" for Dao, "H’Mông" for Mông, "Sán Chay (Cao Lan)" for Sán Chay.
            if !(a.contains(&b) || b.contains(&a)) {
                field("ethnicGroup", format!("{g:?}"), format!("{have:?}"));
            }
        }
        field(
            "education",
            show(want.education.map(str::to_owned)),
            show(text_of(&got["education"])),
        );
        field(
            "politicalTheory",
            show(want.theory.map(str::to_owned)),
            show(text_of(&got["politicalTheory"])),
        );
        for key in ["current", "planned"] {
            let expected: BTreeSet<String> = if key == "current" {
                &want.current
            } else {
                &want.planned
            }
            .iter()
            .map(|s| (*s).to_owned())
            .collect();
            let have = ids(&got[key]);
            if expected != have {
                field(key, format!("{expected:?}"), format!("{have:?}"));
            }
        }
    }
    for (i, person) in people.iter().enumerate() {
        if taken[i] {
            continue;
        }
        let name = person["name"].as_str().unwrap_or("?");
        match rows[i] {
            Some(r) if case.non_person.contains(&r) => {
                fail(format!("row {r}: not a person, imported as {name:?}"))
            }
            Some(r) => fail(format!("row {r}: unexpected person {name:?}")),
            None => fail(format!("a person of unknown row: {name:?}")),
        }
    }
    for &r in &case.non_person {
        let why = rejected_for(r);
        if !why.is_empty() {
            fail(format!(
                "row {r}: not a person, listed as rejected: {}",
                why.join(" | ")
            ));
        }
    }
    let mut sheet_note = guess.clone();
    if let Some(o) = sheet_note.as_object_mut() {
        for key in ["preview", "columns", "rows", "headerRow"] {
            o.remove(key);
        }
    }
    for &(r, why) in &case.flagged {
        if !row_noted(&result, r) && !row_noted(&sheet_note, r) {
            fail(format!(
                "row {r}: {why}, but no rejection, warning or summary list names it"
            ));
        }
    }
    let summary = &result["summary"];
    let n = |k: &str| summary[k].as_u64().unwrap_or(0) as usize;
    let blank = summary["blankRows"].as_array().map_or(0, Vec::len);
    let (read, imported, rejected) = (n("rowsRead"), n("imported"), n("rejected"));
    let listed = non_person_list(summary);
    match &listed {
        Some((key, rows)) => {
            if read != imported + rejected + blank + rows.len() {
                fail(format!(
                    "rows not accounted for: read {read} ≠ imported {imported} + rejected {rejected} + blank {blank} + {key} {}",
                    rows.len()
                ));
            }
        }
        None => {
            if read != imported + rejected + blank {
                fail(format!(
                    "rows not accounted for: read {read} ≠ imported {imported} + rejected {rejected} + blank {blank} (the summary has no list of non-person rows)"
                ));
            }
        }
    }
    Outcome {
        mismatches: out,
        people: people.len(),
        non_person_list: listed.map(|(k, rows)| (k, rows.len())),
    }
}
