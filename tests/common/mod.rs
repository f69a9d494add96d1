//! Builders shared by the native tests: each test states its data in a line
//! or two of JSON and asserts on the report.
#![allow(dead_code)]

use qhcb::date::{Date, YearMonth};
use qhcb::report::{analyze_json, Options, Report};
use qhcb::rules::Finding;
use serde_json::{json, Value};

#[track_caller]
pub fn date(text: &str) -> Date {
    Date::parse(text).unwrap()
}

#[track_caller]
pub fn month(text: &str) -> YearMonth {
    let (y, m) = text.split_once('-').unwrap();
    YearMonth::new(y.parse().unwrap(), m.parse().unwrap()).unwrap()
}

/// A person row: id, sex, birth, then extra fields merged in.
pub fn person(id: &str, sex: &str, birth: &str, extra: Value) -> Value {
    let mut row = json!({ "id": id, "sex": sex, "birth": birth });
    if let (Some(row), Value::Object(extra)) = (row.as_object_mut(), extra) {
        row.extend(extra);
    }
    row
}

/// A title row.
pub fn title(id: &str, group: &str, seats: u32) -> Value {
    json!({ "id": id, "name": id.to_uppercase(), "group": group, "seats": seats })
}

/// A ranked title row.
pub fn ranked(id: &str, group: &str, seats: u32, rank: i64) -> Value {
    json!({ "id": id, "name": id.to_uppercase(), "group": group, "seats": seats, "rank": rank })
}

/// A dataset under QĐ 377 reviewed on 2026-01-15 at province level.
pub fn dataset(titles: Value, people: Value) -> Value {
    json!({
        "format": "qhcb/1",
        "unit": { "name": "Tỉnh thử", "level": "province" },
        "asOf": "2026-01-15",
        "profile": "qd377-2025",
        "titles": titles,
        "people": people,
    })
}

#[track_caller]
pub fn analyze(dataset: &Value) -> Report {
    analyze_json(&dataset.to_string(), &Options::default()).unwrap()
}

#[track_caller]
pub fn analyze_err(text: &str) -> String {
    analyze_json(text, &Options::default())
        .unwrap_err()
        .to_string()
}

/// The findings with this code.
pub fn findings(report: &Report, code: &str) -> Vec<Finding> {
    report
        .findings
        .iter()
        .filter(|f| f.code == code)
        .cloned()
        .collect()
}

/// The report as JSON, as JavaScript sees it.
pub fn as_json(report: &Report) -> Value {
    serde_json::to_value(report).unwrap()
}

/// An XLSX workbook with its date system switched to 1904 (xl/workbook.xml).
pub fn with_1904(bytes: &[u8]) -> Vec<u8> {
    rewrite_zip(bytes, "xl/workbook.xml", |text| {
        if text.contains("<workbookPr") {
            text.replacen("<workbookPr", "<workbookPr date1904=\"1\"", 1)
        } else {
            text.replacen("<bookViews>", "<workbookPr date1904=\"1\"/><bookViews>", 1)
        }
    })
}

/// The same zip with one part's text rewritten.
pub fn rewrite_zip(bytes: &[u8], part: &str, f: impl Fn(String) -> String) -> Vec<u8> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).unwrap();
        let name = file.name().unwrap().to_string();
        let mut content = Vec::new();
        std::io::Read::read_to_end(&mut file, &mut content).unwrap();
        if name == part {
            content = f(String::from_utf8(content).unwrap()).into_bytes();
        }
        out.start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        std::io::Write::write_all(&mut out, &content).unwrap();
    }
    out.finish().unwrap().into_inner()
}
