//! What calamine does not read from a workbook: the rows an XLSX sheet
//! hides (`<row r="7" hidden="1">`); an ODS file's merged cells, hidden
//! rows and sheets and its null date. The parts were already unzipped and
//! counted against the limits (`limits::check_zip`) before this runs.

use std::collections::HashMap;
use std::io::{Cursor, Read};

/// The 0-based hidden rows of each sheet, by sheet name. A part that
/// cannot be read gives no hidden rows (calamine reports a damaged file).
pub(super) fn hidden_rows(bytes: &[u8]) -> HashMap<String, Vec<usize>> {
    let mut out = HashMap::new();
    let Ok(mut zip) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return out;
    };
    let mut part = |name: &str| -> Option<String> {
        let mut file = zip.by_name(name).ok()?;
        let mut text = String::new();
        file.read_to_string(&mut text).ok()?;
        Some(text)
    };
    let (Some(book), Some(rels)) = (part("xl/workbook.xml"), part("xl/_rels/workbook.xml.rels"))
    else {
        return out;
    };
    let targets: HashMap<String, String> = tags(&rels, "Relationship")
        .filter_map(|t| Some((attr(t, "Id")?, attr(t, "Target")?)))
        .collect();
    for sheet in tags(&book, "sheet") {
        let (Some(name), Some(id)) = (attr(sheet, "name"), attr(sheet, "r:id")) else {
            continue;
        };
        let Some(target) = targets.get(&id) else {
            continue;
        };
        let path = match target.strip_prefix('/') {
            Some(absolute) => absolute.to_owned(),
            None => format!("xl/{target}"),
        };
        let Ok(xml) = zip.by_name(&path) else {
            continue;
        };
        let mut rows: Vec<usize> = Vec::new();
        hidden_tags(xml, |text| {
            rows.extend(
                tags(text, "row")
                    .filter(|t| matches!(attr(t, "hidden").as_deref(), Some("1" | "true")))
                    .filter_map(|t| attr(t, "r")?.parse::<usize>().ok())
                    .filter(|&r| r >= 1)
                    .map(|r| r - 1),
            );
        });
        if !rows.is_empty() {
            out.insert(unescape(&name), rows);
        }
    }
    out
}

/// Hands `on` the whole tags of a part, a piece at a time, that say
/// "hidden": a sheet of a national roster unzips to 600 MB, read here as a
/// stream, not as one string, and the pieces without that word (all of
/// them, mostly) are not looked at tag by tag.
fn hidden_tags(mut part: impl Read, mut on: impl FnMut(&str)) {
    let mut chunk = vec![0u8; 1 << 20];
    let mut held: Vec<u8> = Vec::new();
    loop {
        let n = match part.read(&mut chunk) {
            Ok(0) | Err(_) => break,
            Ok(n) => n,
        };
        held.extend_from_slice(&chunk[..n]);
        // Up to the last tag's end; a tag cut by the chunk waits for the next.
        let Some(open) = memchr::memrchr(b'<', &held) else {
            held.clear();
            continue;
        };
        let whole = match memchr::memchr(b'>', &held[open..]) {
            Some(_) => held.len(),
            None => open,
        };
        // From the first tag: text before it is not a tag's.
        let first = memchr::memchr(b'<', &held[..whole]).unwrap_or(whole);
        if memchr::memmem::find(&held[first..whole], b"hidden").is_some() {
            on(&String::from_utf8_lossy(&held[first..whole]));
        }
        held.drain(..whole);
    }
}

/// The attribute texts of every `<name …>` tag (with or without a namespace prefix).
fn tags<'a>(xml: &'a str, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
    xml.split('<').filter_map(move |piece| {
        let tag = piece.split('>').next()?;
        let local = tag.split([' ', '/', '\t', '\n', '\r']).next()?;
        let local = local.rsplit(':').next()?;
        (local == name).then_some(tag)
    })
}

/// An attribute's value in a tag's text: ` key="value"`.
fn attr(tag: &str, key: &str) -> Option<String> {
    let mut rest = tag;
    while let Some(at) = rest.find(key) {
        let before = rest[..at].chars().last();
        let after = &rest[at + key.len()..];
        rest = after;
        if !matches!(before, Some(' ' | '\t' | '\n' | '\r')) {
            continue;
        }
        let after = after.trim_start();
        let Some(after) = after.strip_prefix('=') else {
            continue;
        };
        let after = after.trim_start();
        let quote = after.chars().next()?;
        if quote != '"' && quote != '\'' {
            continue;
        }
        let value = &after[1..];
        return value.find(quote).map(|end| value[..end].to_owned());
    }
    None
}

fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// What an ODS workbook says of its sheets beyond their cells.
#[derive(Debug, Default)]
pub(super) struct OdsFacts {
    /// By sheet name: hidden rows (0-based), merged ranges (top, left,
    /// bottom, right) and whether the sheet is hidden.
    pub sheets: HashMap<String, OdsSheet>,
    /// `table:null-date` is 1904-01-01.
    pub date1904: bool,
}

#[derive(Debug, Default)]
pub(super) struct OdsSheet {
    pub hidden_rows: Vec<usize>,
    pub merged: Vec<(usize, usize, usize, usize)>,
    pub hidden: bool,
}

/// Hidden rows beyond this many in one run are not listed (an ODS file
/// repeats its last empty rows a million times).
const MAX_LISTED_RUN: usize = 10_000;

/// Reads content.xml of an ODS workbook: merged cells
/// (`table:number-rows-spanned`), hidden rows (`table:visibility`), hidden
/// sheets (a table style with `table:display="false"`) and the null date.
pub(super) fn ods_facts(bytes: &[u8]) -> OdsFacts {
    let mut facts = OdsFacts::default();
    let Ok(mut zip) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return facts;
    };
    let Some(xml) = zip.by_name("content.xml").ok().and_then(|mut f| {
        let mut text = String::new();
        f.read_to_string(&mut text).ok().map(|_| text)
    }) else {
        return facts;
    };
    let mut hidden_styles: Vec<String> = Vec::new();
    let mut style = String::new();
    let mut sheet: Option<(String, OdsSheet)> = None;
    // `row`: the next row's index; `current`: the row being read.
    let (mut row, mut current, mut column) = (0usize, 0usize, 0usize);
    let number = |tag: &str, key: &str| -> usize {
        attr(tag, key)
            .and_then(|v| v.parse::<usize>().ok())
            .unwrap_or(1)
            .max(1)
    };
    for piece in xml.split('<') {
        let Some(tag) = piece.split('>').next() else {
            continue;
        };
        let name = tag
            .split([' ', '/', '\t', '\n', '\r'])
            .next()
            .unwrap_or_default();
        match name {
            "style:style" => style = attr(tag, "style:name").unwrap_or_default(),
            "style:table-properties" if attr(tag, "table:display").as_deref() == Some("false") => {
                hidden_styles.push(style.clone());
            }
            "table:null-date" => {
                facts.date1904 =
                    attr(tag, "table:date-value").is_some_and(|d| d.starts_with("1904-01-01"));
            }
            "table:table" => {
                if let Some((name, done)) = sheet.take() {
                    facts.sheets.insert(name, done);
                }
                let name = unescape(&attr(tag, "table:name").unwrap_or_default());
                let hidden =
                    attr(tag, "table:style-name").is_some_and(|s| hidden_styles.contains(&s));
                sheet = Some((
                    name,
                    OdsSheet {
                        hidden,
                        ..OdsSheet::default()
                    },
                ));
                row = 0;
            }
            "table:table-row" => {
                column = 0;
                current = row;
                let repeat = number(tag, "table:number-rows-repeated");
                let collapsed = matches!(
                    attr(tag, "table:visibility").as_deref(),
                    Some("collapse" | "filter")
                );
                if let Some((_, s)) = sheet.as_mut() {
                    if collapsed && repeat <= MAX_LISTED_RUN {
                        s.hidden_rows.extend(row..row.saturating_add(repeat));
                    }
                }
                // The row's own index is `row`; the next starts after its repeats.
                row = row.saturating_add(repeat);
            }
            "table:table-cell" | "table:covered-table-cell" => {
                let repeat = number(tag, "table:number-columns-repeated");
                let rows = number(tag, "table:number-rows-spanned");
                let columns = number(tag, "table:number-columns-spanned");
                if name == "table:table-cell" && (rows > 1 || columns > 1) {
                    if let Some((_, s)) = sheet.as_mut() {
                        s.merged.push((
                            current,
                            column,
                            current.saturating_add(rows - 1),
                            column.saturating_add(columns - 1),
                        ));
                    }
                }
                column = column.saturating_add(repeat);
            }
            _ => {}
        }
    }
    if let Some((name, done)) = sheet.take() {
        facts.sheets.insert(name, done);
    }
    facts
}
