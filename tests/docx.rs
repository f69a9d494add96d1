//! The filed report as a Word document and as report sheets of the workbook:
//! the .docx is unzipped and its word/document.xml read for the header
//! block, the tables and the closing block; the footer holds "Trang x/y".

#![cfg(feature = "io")]

use std::io::{Cursor, Read};

use qhcb::messages::Lang;
use qhcb::report::{analyze_json, Options};
use serde_json::Value;

fn example() -> (Value, qhcb::Report) {
    let json = include_str!("../www/examples/phu-luong.json");
    let options = Options {
        filing: true,
        ..Options::default()
    };
    (
        serde_json::from_str(json).unwrap(),
        analyze_json(json, &options).unwrap(),
    )
}

fn part(bytes: &[u8], name: &str) -> String {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut text = String::new();
    archive
        .by_name(name)
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    text
}

#[test]
fn docx_has_the_header_the_tables_and_the_closing() {
    let (_, report) = example();
    let bytes = qhcb::docx::docx(report.filing.as_ref().unwrap()).unwrap();
    assert_eq!(&bytes[..2], b"PK");
    // For a look with a word processor: QHCB_DOCX_OUT=/tmp/report.docx.
    if let Ok(path) = std::env::var("QHCB_DOCX_OUT") {
        std::fs::write(path, &bytes).unwrap();
    }
    let xml = part(&bytes, "word/document.xml");
    for text in [
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "ĐẢNG BỘ HUYỆN PHÚ LƯƠNG (VÍ DỤ)",
        "Số: ……-BC/……",
        "BÁO CÁO",
        "Biểu 1. Cơ cấu đội ngũ cán bộ đương nhiệm",
        "Biểu 2. Cơ cấu nguồn cán bộ quy hoạch",
        "Tổng số (toàn bộ nguồn quy hoạch)",
        "21 (31,8%)",
        "Biểu 4. Quy hoạch theo từng chức danh",
        "Phụ lục. Danh sách trích ngang cán bộ quy hoạch theo chức danh",
        "Nơi nhận:",
        "T/M BAN THƯỜNG VỤ",
        "Tài liệu làm việc",
    ] {
        assert!(xml.contains(text), "{text} missing");
    }
    // Two borderless blocks (header, closing) and the seven tables.
    assert_eq!(xml.matches("<w:tbl>").count(), 9);
    // Header rows repeat on each page; the short list is on landscape pages.
    assert!(xml.contains("<w:tblHeader/>"));
    assert!(xml.contains(r#"w:orient="landscape""#));
    assert!(!xml.contains("planned-per-title") && !xml.contains("REPORTED"));
    let footer = part(&bytes, "word/footer1.xml");
    assert!(
        footer.contains("Trang ") && footer.contains(" PAGE ") && footer.contains(" NUMPAGES ")
    );
    // Well-formed enough for Word: every part is declared.
    let types = part(&bytes, "[Content_Types].xml");
    assert!(types.contains("/word/document.xml") && types.contains("/word/footer1.xml"));
}

#[test]
fn docx_in_english_is_english() {
    let json = include_str!("../www/examples/phu-luong.json");
    let options = Options {
        filing: true,
        lang: Lang::En,
        ..Options::default()
    };
    let report = analyze_json(json, &options).unwrap();
    let bytes = qhcb::docx::docx(report.filing.as_ref().unwrap()).unwrap();
    let xml = part(&bytes, "word/document.xml");
    assert!(xml.contains("COMMUNIST PARTY OF VIETNAM") && xml.contains("Annex. Short list"));
    assert!(part(&bytes, "word/footer1.xml").contains("Page "));
}

#[test]
fn text_is_escaped() {
    let mut data: Value =
        serde_json::from_str(include_str!("../www/examples/phu-luong.json")).unwrap();
    data["unit"]["name"] = Value::from("A & B <C>");
    let options = Options {
        filing: true,
        ..Options::default()
    };
    let report = analyze_json(&data.to_string(), &options).unwrap();
    let xml = part(
        &qhcb::docx::docx(report.filing.as_ref().unwrap()).unwrap(),
        "word/document.xml",
    );
    assert!(xml.contains("A &amp; B &lt;C&gt;"));
}

#[test]
fn workbook_has_the_report_sheets() {
    let (dataset, report) = example();
    let bytes = qhcb::export::workbook(&dataset, &report, Lang::Vi).unwrap();
    let workbook = part(&bytes, "xl/workbook.xml");
    assert!(workbook.contains(r#"name="Báo cáo""#), "{workbook}");
    assert!(workbook.contains(r#"name="Danh sách trích ngang""#));
    let strings = part(&bytes, "xl/sharedStrings.xml");
    for text in [
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Tổng số (toàn bộ nguồn quy hoạch)",
        "Nơi nhận:",
        "theo báo chí, cổng thông tin",
    ] {
        assert!(strings.contains(text), "{text} missing");
    }
    assert!(!strings.contains("REPORTED"));
}
