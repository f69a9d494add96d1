//! What calamine does not read from an XLSX workbook: the rows a sheet
//! hides (`<row r="7" hidden="1">`). The parts were already unzipped and
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
        let Some(xml) = part(&path) else { continue };
        let rows: Vec<usize> = tags(&xml, "row")
            .filter(|t| matches!(attr(t, "hidden").as_deref(), Some("1" | "true")))
            .filter_map(|t| attr(t, "r")?.parse::<usize>().ok())
            .filter(|&r| r >= 1)
            .map(|r| r - 1)
            .collect();
        if !rows.is_empty() {
            out.insert(unescape(&name), rows);
        }
    }
    out
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
