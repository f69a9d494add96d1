//! Crafted files and datasets, made here by the tests' own code: each either
//! gives a clear error naming what is too large or wrong, or a correct
//! result in which no row disappears without being counted. None may panic,
//! hang or take gigabytes (the limits are checked before the reader
//! allocates: src/import/limits.rs).

use std::io::{Cursor, Write};

use qhcb::import::{self, inspect, FileError, ImportOptions};
use qhcb::messages::{catalogue, Lang};
use qhcb::report::{analyze_json, Options};
use serde_json::{json, Value};

/// A zip archive of the given parts, deflated.
fn zipped(parts: &[(&str, &[u8])]) -> Vec<u8> {
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, bytes) in parts {
        out.start_file(*name, zip::write::SimpleFileOptions::default())
            .unwrap();
        out.write_all(bytes).unwrap();
    }
    out.finish().unwrap().into_inner()
}

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>"#;
const RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#;
const WORKBOOK: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="DS" sheetId="1" r:id="rId1"/></sheets></workbook>"#;
const WORKBOOK_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#;

/// An XLSX file with one sheet (its `<sheetData>` content) and shared strings.
fn xlsx(sheet_data: &str, shared: &[String]) -> Vec<u8> {
    let sheet = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{sheet_data}</sheetData></worksheet>"#
    );
    let sst = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{n}" uniqueCount="{n}">{}</sst>"#,
        shared
            .iter()
            .map(|s| format!("<si><t>{s}</t></si>"))
            .collect::<String>(),
        n = shared.len()
    );
    zipped(&[
        ("[Content_Types].xml", CONTENT_TYPES.as_bytes()),
        ("_rels/.rels", RELS.as_bytes()),
        ("xl/workbook.xml", WORKBOOK.as_bytes()),
        ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS.as_bytes()),
        ("xl/worksheets/sheet1.xml", sheet.as_bytes()),
        ("xl/sharedStrings.xml", sst.as_bytes()),
    ])
}

fn text_cell(r: &str, s: &str) -> String {
    format!(r#"<c r="{r}" t="inlineStr"><is><t>{s}</t></is></c>"#)
}

/// An ODS file whose one table is `rows` (the content of `<table:table>`).
fn ods(rows: &str) -> Vec<u8> {
    let content = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table table:name="DS">{rows}</table:table></office:spreadsheet></office:body></office:document-content>"#
    );
    let manifest = r#"<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#;
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    out.start_file("mimetype", stored).unwrap();
    out.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
        .unwrap();
    out.start_file(
        "META-INF/manifest.xml",
        zip::write::SimpleFileOptions::default(),
    )
    .unwrap();
    out.write_all(manifest.as_bytes()).unwrap();
    out.start_file("content.xml", zip::write::SimpleFileOptions::default())
        .unwrap();
    out.write_all(content.as_bytes()).unwrap();
    out.finish().unwrap().into_inner()
}

fn ods_row(cells: &[&str], repeat: usize) -> String {
    let cells: String = cells
        .iter()
        .map(|c| format!(r#"<table:table-cell office:value-type="string"><text:p>{c}</text:p></table:table-cell>"#))
        .collect();
    format!(r#"<table:table-row table:number-rows-repeated="{repeat}">{cells}</table:table-row>"#)
}

fn both_languages(error: &FileError) -> (String, String) {
    (
        catalogue(Lang::Vi).file_error(error),
        catalogue(Lang::En).file_error(error),
    )
}

#[test]
fn a_far_cell_is_refused_by_the_sheets_size_before_reading() {
    // Two cells, A1 and XFD1048576: a 16,384 × 1,048,576 block if read.
    let bytes = xlsx(
        &format!(
            "<row r=\"1\">{}</row><row r=\"1048576\">{}</row>",
            text_cell("A1", "Họ và tên"),
            text_cell("XFD1048576", "x")
        ),
        &[],
    );
    assert!(bytes.len() < 4000, "{} bytes", bytes.len());
    let error = inspect(&bytes).unwrap_err();
    assert_eq!(
        error,
        FileError::TooManyCells {
            sheet: "sheet1".into(),
            rows: 1_048_576,
            columns: 16_384,
            limit: import::limits::MAX_CELLS,
        }
    );
    let (vi, en) = both_languages(&error);
    assert!(vi.contains("1.048.576 dòng × 16.384 cột"), "{vi}");
    assert!(en.contains("1,048,576 rows × 16,384 columns"), "{en}");
}

#[test]
fn a_huge_shared_string_is_refused() {
    // 20 MB in one string: longer than any cell (Excel's: 32,767 characters).
    let big = "x".repeat(20 * 1024 * 1024);
    let cells: String = (1..=300)
        .map(|r| format!(r#"<row r="{r}"><c r="A{r}" t="s"><v>0</v></c></row>"#))
        .collect();
    let bytes = xlsx(&cells, &[big]);
    assert!(bytes.len() < 100_000, "{} bytes", bytes.len());
    let error = inspect(&bytes).unwrap_err();
    assert!(
        matches!(&error, FileError::LongRun { part, .. } if part == "xl/sharedStrings.xml"),
        "{error:?}"
    );
}

#[test]
fn a_shared_string_used_many_times_is_refused_by_its_text() {
    let big = "x".repeat(10 * 1024 * 1024);
    let cells: String = (1..=300)
        .map(|r| format!(r#"<row r="{r}"><c r="A{r}" t="s"><v>0</v></c></row>"#))
        .collect();
    let bytes = xlsx(&cells, &[big]);
    assert!(bytes.len() < 100_000, "{} bytes", bytes.len());
    let error = inspect(&bytes).unwrap_err();
    assert!(
        matches!(error, FileError::TooMuchText { limit, .. } if limit == import::limits::MAX_TEXT_BYTES),
        "{error:?}"
    );
    let (vi, en) = both_languages(&error);
    assert!(vi.contains("văn bản"), "{vi}");
    assert!(en.contains("of text"), "{en}");
}

#[test]
fn a_whitespace_padded_sheet_is_refused_by_its_longest_run() {
    let pad = " ".repeat(20 * 1024 * 1024);
    let bytes = xlsx(
        &format!("<row r=\"1\">{}</row>{pad}", text_cell("A1", "Họ và tên")),
        &[],
    );
    assert!(bytes.len() < 100_000, "{} bytes", bytes.len());
    let error = inspect(&bytes).unwrap_err();
    assert!(
        matches!(&error, FileError::LongRun { part, .. } if part == "xl/worksheets/sheet1.xml"),
        "{error:?}"
    );
}

#[test]
fn a_declared_count_of_shared_strings_is_checked_before_calamine_reserves_it() {
    // A count the file declares, far above what it holds.
    let sst = r#"<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" uniqueCount="4000000000"></sst>"#;
    let sheet = format!(
        r#"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">{}</row></sheetData></worksheet>"#,
        text_cell("A1", "x")
    );
    let bytes = zipped(&[
        ("[Content_Types].xml", CONTENT_TYPES.as_bytes()),
        ("_rels/.rels", RELS.as_bytes()),
        ("xl/workbook.xml", WORKBOOK.as_bytes()),
        ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS.as_bytes()),
        ("xl/worksheets/sheet1.xml", sheet.as_bytes()),
        ("xl/sharedStrings.xml", sst.as_bytes()),
    ]);
    assert!(matches!(
        inspect(&bytes).unwrap_err(),
        FileError::TooManyCells { .. }
    ));
}

#[test]
fn an_ordinary_crafted_xlsx_still_reads() {
    let bytes = xlsx(
        &format!(
            "<row r=\"1\">{}{}{}</row><row r=\"2\">{}<c r=\"B2\" t=\"s\"><v>0</v></c>{}</row>",
            text_cell("A1", "Họ và tên"),
            text_cell("B1", "Giới tính"),
            text_cell("C1", "Năm sinh"),
            text_cell("A2", "Nguyễn Văn A"),
            r#"<c r="C2"><v>1975</v></c>"#
        ),
        &["Nam".to_owned()],
    );
    let inspection = inspect(&bytes).unwrap();
    let sheet = &inspection.sheets[0];
    assert_eq!(sheet.rows, 2);
    assert_eq!(sheet.preview[1], ["Nguyễn Văn A", "Nam", "1975"]);
}

#[test]
fn ods_repeated_rows_are_counted_before_they_are_expanded() {
    // 854 bytes or so: one row of 20 cells repeated a million times.
    let cells = ["x"; 20];
    let bytes = ods(&format!(
        "{}{}",
        ods_row(&["Họ và tên"], 1),
        ods_row(&cells, 1_000_000)
    ));
    assert!(bytes.len() < 2000, "{} bytes", bytes.len());
    let error = inspect(&bytes).unwrap_err();
    assert!(
        matches!(
            error,
            FileError::TooManyCells {
                rows: 1_000_001,
                columns: 20,
                ..
            }
        ),
        "{error:?}"
    );
    // Repeated columns too.
    let wide = ods(
        r#"<table:table-row table:number-rows-repeated="1000"><table:table-cell table:number-columns-repeated="1000000" office:value-type="float" office:value="1"/></table:table-row>"#,
    );
    assert!(matches!(
        inspect(&wide).unwrap_err(),
        FileError::TooManyCells { .. }
    ));
    // More rows than a roster may hold.
    let tall = ods(&ods_row(&["x"], 5_000_000));
    let error = inspect(&tall).unwrap_err();
    assert_eq!(
        error,
        FileError::TooManyRows {
            sheet: "DS".into(),
            rows: 5_000_000,
            limit: 3_000_000
        }
    );
    let (vi, en) = both_languages(&error);
    assert!(
        vi.contains("5.000.000 dòng") && vi.contains("3.000.000"),
        "{vi}"
    );
    assert!(
        en.contains("5,000,000 rows") && en.contains("3,000,000"),
        "{en}"
    );
}

#[test]
fn ods_trailing_empty_repeats_as_libreoffice_writes_them_are_fine() {
    let bytes = ods(&format!(
        "{}{}{}",
        ods_row(&["Họ và tên", "Giới tính", "Năm sinh"], 1),
        ods_row(&["Lê Thị B", "Nữ", "1980"], 3),
        r#"<table:table-row table:number-rows-repeated="1048572"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>"#
    ));
    let inspection = inspect(&bytes).unwrap();
    assert_eq!(inspection.sheets[0].rows, 4);
}

#[test]
fn a_csv_of_millions_of_short_rows_is_refused_with_its_row_count() {
    let csv = "a\n".repeat(3_100_000);
    let error = inspect(csv.as_bytes()).unwrap_err();
    assert_eq!(
        error,
        FileError::TooManyRows {
            sheet: "CSV".into(),
            rows: 3_100_000,
            limit: 3_000_000
        }
    );
}

#[test]
fn the_file_size_message_does_not_round_to_the_limit() {
    let error = FileError::TooLarge {
        bytes: 200 * 1024 * 1024 + 100,
        limit: 200 * 1024 * 1024,
    };
    let (vi, en) = both_languages(&error);
    assert!(en.contains("209,715,300 bytes"), "{en}");
    assert!(en.contains("209,715,200 bytes (200 MB)"), "{en}");
    assert!(vi.contains("209.715.300 byte"), "{vi}");
    assert!(!en.contains("200 MB, above the limit of 200 MB"), "{en}");
}

fn csv_options(bytes: &[u8], extra: Value) -> (Vec<import::Table>, ImportOptions) {
    let inspection = inspect(bytes).unwrap();
    let guess = &inspection.sheets[0];
    let columns: Vec<Value> = guess
        .columns
        .iter()
        .map(|c| json!({ "index": c.index, "field": c.field, "encoding": c.encoding }))
        .collect();
    let mut options = json!({ "sheet": 0, "headerRow": guess.header_row, "columns": columns, "referenceYear": 2026 });
    if let (Some(o), Value::Object(extra)) = (options.as_object_mut(), extra) {
        o.extend(extra);
    }
    (
        import::read_file(bytes).unwrap().0,
        serde_json::from_value(options).unwrap(),
    )
}

fn roster_csv(rows: usize) -> String {
    let mut csv = String::from("Họ và tên,Giới tính,Ngày sinh\n");
    for i in 0..rows {
        csv.push_str(&format!("Người {i},Nam,01/02/1975\n"));
    }
    csv
}

#[test]
fn an_unterminated_quote_is_refused_with_its_line() {
    let mut csv = roster_csv(1000);
    csv = csv.replacen("Người 0,", "\"Người 0,", 1);
    let error = inspect(csv.as_bytes()).unwrap_err();
    assert_eq!(
        error,
        FileError::UnclosedQuote {
            line: 2,
            closed_at: None
        }
    );
    let (vi, en) = both_languages(&error);
    assert!(vi.starts_with("dòng 2 mở dấu ngoặc kép"), "{vi}");
    assert!(en.starts_with("line 2 opens a quote"), "{en}");
    // A stray quote closed by the next quoted field, lines later.
    let csv =
        "Họ và tên,Giới tính,Ngày sinh\n\"Lê A,Nam,1975\nLê B,Nam,1976\n\"Hà Nội\",Nam,1977\n";
    assert_eq!(
        inspect(csv.as_bytes()).unwrap_err(),
        FileError::UnclosedQuote {
            line: 2,
            closed_at: Some(4)
        }
    );
}

#[test]
fn quoted_fields_as_excel_writes_them_are_read() {
    let csv = "Họ và tên,Ghi chú,Giới tính,Ngày sinh\r\n\"Lê, Thị A\",\"hai\r\ndòng \"\"trích\"\"\",Nữ,1980\r\nTrần B,,Nam,1975\r\n";
    let inspection = inspect(csv.as_bytes()).unwrap();
    let sheet = &inspection.sheets[0];
    assert_eq!(sheet.rows, 3);
    assert_eq!(sheet.preview[1][0], "Lê, Thị A");
    assert_eq!(sheet.preview[1][1], "hai\r\ndòng \"trích\"");
    assert_eq!(sheet.preview[2][0], "Trần B");
}

#[test]
fn a_nul_in_a_csv_cell_costs_that_row_only() {
    let csv = roster_csv(5).replacen("Người 2", "Người\u{0}2", 1);
    let (tables, options) = csv_options(csv.as_bytes(), json!({}));
    let imported = import::import(&tables, &options, qhcb::messages::catalogue(Lang::Vi)).unwrap();
    assert_eq!(imported.summary.imported, 4);
    assert_eq!(imported.summary.rejected, 1);
    let rejection = &imported.rejections[0];
    assert_eq!(rejection.row, 4);
    assert_eq!(rejection.column.as_deref(), Some("A"));
    assert!(rejection.reason.contains("U+0000"), "{}", rejection.reason);
}

#[test]
fn an_excel_serial_1_birth_is_the_rows_problem() {
    let csv = "Họ và tên,Giới tính,Ngày sinh\nLê A,Nam,01/01/1900\nLê B,Nam,1075\nLê C,Nữ,1980\n";
    let (tables, options) = csv_options(csv.as_bytes(), json!({}));
    let imported = import::import(&tables, &options, qhcb::messages::catalogue(Lang::En)).unwrap();
    assert_eq!(imported.summary.imported, 1);
    assert_eq!(imported.summary.rejected, 2);
    assert!(
        imported.rejections[0].reason.contains("age of 126"),
        "{}",
        imported.rejections[0].reason
    );
    assert_eq!(imported.rejections[1].row, 3);
}

#[test]
fn creating_many_titles_and_rejecting_many_rows_is_linear() {
    // 20,000 distinct titles (153 s when each was matched against all before).
    let mut csv = String::from("Họ và tên,Giới tính,Ngày sinh,Quy hoạch chức danh\n");
    for i in 0..20_000 {
        csv.push_str(&format!("Người {i},Nam,1975,Chức danh số {i}\n"));
    }
    // And 20,000 rejected rows.
    for i in 0..20_000 {
        csv.push_str(&format!("Người x{i},?,1975,Chức danh số {i}\n"));
    }
    let (tables, options) = csv_options(csv.as_bytes(), json!({ "createTitles": true }));
    let imported = import::import(&tables, &options, qhcb::messages::catalogue(Lang::Vi)).unwrap();
    assert_eq!(imported.summary.imported, 20_000);
    assert_eq!(imported.summary.rejected, 20_000);
    assert_eq!(imported.new_titles.len(), 20_000);
    assert_eq!(imported.new_titles[7]["id"], "chuc-danh-so-7");
    assert_eq!(imported.people[7]["planned"], json!(["chuc-danh-so-7"]));
    // The rejected rows' CSV has each row with its reason.
    assert_eq!(imported.rejected_csv.lines().count(), 20_001);
    assert!(imported
        .rejected_csv
        .lines()
        .nth(20_000)
        .unwrap()
        .starts_with("40001,"));
}

#[test]
fn a_title_name_met_twice_makes_one_title_and_a_clash_gets_a_suffix() {
    let csv = "Họ và tên,Giới tính,Ngày sinh,Quy hoạch chức danh\nA,Nam,1975,Bí thư\nB,Nam,1975,BÍ THƯ\nC,Nam,1975,Bi-thu\n";
    let (tables, options) = csv_options(
        csv.as_bytes(),
        json!({ "createTitles": true, "titles": [{ "id": "bi-thu", "name": "Trưởng ban" }] }),
    );
    let imported = import::import(&tables, &options, qhcb::messages::catalogue(Lang::Vi)).unwrap();
    // "Bí thư" matches no id or name: created, its id taken, so suffixed;
    // "BÍ THƯ" matches the created title's name; "Bi-thu" the existing id.
    assert_eq!(imported.people[0]["planned"], json!(["bi-thu-2"]));
    assert_eq!(imported.people[1]["planned"], json!(["bi-thu-2"]));
    assert_eq!(imported.people[2]["planned"], json!(["bi-thu"]));
    assert_eq!(imported.new_titles.len(), 1);
}

// ---- datasets ----------------------------------------------------------------

fn dataset_text(people: &[String]) -> String {
    format!(
        r#"{{"format":"qhcb/1","asOf":"2025-06-01","titles":[{{"id":"bt","group":"key","seats":1}}],"people":[{}]}}"#,
        people.join(",")
    )
}

fn person(id: &str, name: &str) -> String {
    format!(r#"{{"id":"{id}","name":"{name}","sex":"M","birth":"1975-02","planned":["bt"]}}"#)
}

fn analysed(json: &str) -> qhcb::Report {
    analyze_json(json, &Options::default()).unwrap()
}

fn invalid(report: &qhcb::Report) -> Vec<&qhcb::rules::Finding> {
    report
        .findings
        .iter()
        .filter(|f| f.code == "invalid-row")
        .collect()
}

#[test]
fn a_lone_surrogate_costs_its_row_not_the_dataset() {
    let json = dataset_text(&[
        person("a", "Nguyễn A"),
        person("b", r"Lê B \ud83d"),
        person("c", r"Trần C \ud83d\ude00"),
    ]);
    let report = analysed(&json);
    assert_eq!(report.counts.rows, 3);
    assert_eq!(report.counts.analysed, 2);
    assert_eq!(report.counts.excluded, 1);
    let bad = invalid(&report);
    assert_eq!(bad.len(), 1);
    assert_eq!(bad[0].row, Some(1));
    assert_eq!(bad[0].field, Some("name"));
    assert!(
        bad[0].message.contains("Lê B \u{FFFD}"),
        "{}",
        bad[0].message
    );
    assert_eq!(report.excluded[0].id.as_deref(), Some("b"));
}

#[test]
fn deep_nesting_or_a_duplicate_key_costs_its_row() {
    let deep = format!(
        r#"{{"id":"d","sex":"M","birth":"1975","discipline":{}1{}}}"#,
        "[".repeat(200),
        "]".repeat(200)
    );
    let twice = r#"{"id":"t","sex":"M","birth":"1975","name":"A","name":"B"}"#.to_owned();
    let json = dataset_text(&[person("a", "A"), deep, twice, person("z", "Z")]);
    let report = analysed(&json);
    assert_eq!(report.counts.rows, 4);
    assert_eq!(report.counts.analysed, 2);
    let bad = invalid(&report);
    assert_eq!(bad.len(), 2);
    assert_eq!((bad[0].row, bad[0].field), (Some(1), Some("discipline")));
    assert!(bad[0].message.contains("126"), "{}", bad[0].message);
    assert_eq!((bad[1].row, bad[1].field), (Some(2), Some("name")));
    assert_eq!(report.excluded[1].id.as_deref(), Some("t"));
}

#[test]
fn a_damaged_list_is_still_the_datasets_error() {
    let json =
        r#"{"format":"qhcb/1","asOf":"2025-06-01","people":[{"id":"a","sex":"M","birth":"1975"}"#;
    assert!(matches!(
        analyze_json(json, &Options::default()),
        Err(qhcb::Error::Json(_))
    ));
}

#[test]
fn an_implausible_age_is_an_invalid_row_naming_the_birth() {
    let json = dataset_text(&[
        r#"{"id":"old","sex":"M","birth":"1075"}"#.to_owned(),
        r#"{"id":"young","sex":"F","birth":"2010-01"}"#.to_owned(),
        r#"{"id":"ok","sex":"F","birth":"1950-06"}"#.to_owned(),
        r#"{"id":"ok2","sex":"F","birth":"2007-05"}"#.to_owned(),
    ]);
    let report = analysed(&json);
    let bad = invalid(&report);
    assert_eq!(bad.len(), 2, "{bad:?}");
    assert_eq!(bad[0].field, Some("birth"));
    assert!(bad[0].message.contains("950"), "{}", bad[0].message);
    assert_eq!(bad[1].subject.id.as_deref(), Some("young"));
    assert_eq!(report.counts.analysed, 2);
    let en = analyze_json(
        &json,
        &Options {
            lang: Lang::En,
            ..Options::default()
        },
    )
    .unwrap();
    assert!(
        invalid(&en)[0].message.contains("age of 950"),
        "{}",
        invalid(&en)[0].message
    );
}

#[test]
fn many_invalid_rows_are_counted_and_listed_up_to_a_limit() {
    let rows: Vec<String> = (0..60_000)
        .map(|i| format!(r#"{{"id":"p{i}","sex":"M","birth":"01/02/1975"}}"#))
        .collect();
    let report = analysed(&dataset_text(&rows));
    assert_eq!(report.counts.rows, 60_000);
    assert_eq!(report.counts.excluded, 60_000);
    assert_eq!(report.counts.analysed, 0);
    assert_eq!(report.excluded.len(), qhcb::input::MAX_LISTED_ROWS);
    let bad = invalid(&report);
    assert_eq!(bad.len(), qhcb::input::MAX_LISTED_ROWS + 1);
    let summary = bad.last().unwrap();
    assert_eq!(summary.row, None);
    assert!(summary.message.contains("10.000"), "{}", summary.message);
    assert!(
        summary.message.contains("birth: 10.000"),
        "{}",
        summary.message
    );
}

#[test]
fn group_seats_add_up_without_overflow() {
    let json = format!(
        r#"{{"format":"qhcb/1","asOf":"2025-06-01","titles":[{{"id":"a","group":"key","seats":{m}}},{{"id":"b","group":"key","seats":{m}}}],"people":[]}}"#,
        m = u32::MAX
    );
    let report = analysed(&json);
    assert_eq!(report.groups[0].seats, 2 * u64::from(u32::MAX));
}

#[test]
fn an_over_long_text_is_cut_in_the_export_and_noted_by_row() {
    let long = "Ngô ".repeat(10_000);
    let json = dataset_text(&[person("a", "A"), person("b", long.trim())]);
    let value: Value = serde_json::from_str(&json).unwrap();
    for (lang, notes, marker, named) in [
        (
            Lang::Vi,
            "Ghi chú",
            "… [đã cắt bớt]",
            "dòng 3, trường “name”",
        ),
        (Lang::En, "Notes", "… [truncated]", "row 3, field \"name\""),
    ] {
        let report = analyze_json(
            &json,
            &Options {
                lang,
                ..Options::default()
            },
        )
        .unwrap();
        let bytes = qhcb::export::workbook(&value, &report, lang).unwrap();
        let (tables, _) = import::read_file(&bytes).unwrap();
        let roster = &tables[0];
        let cell = roster.rows[2][1].text();
        assert_eq!(cell.chars().count(), qhcb::export::MAX_CELL_CHARS);
        assert!(cell.ends_with(marker), "{}", &cell[cell.len() - 40..]);
        let sheet = tables
            .iter()
            .find(|t| t.name == notes)
            .expect("a notes sheet");
        let note = sheet.rows[0][0].text();
        assert!(note.contains(named), "{note}");
    }
}

#[test]
fn an_xlsx_sheet_is_laid_out_from_its_first_to_its_last_cell() {
    // Cells out of order, a gap row, the block starting at B3: read one by
    // one (not through calamine's block), the table is laid out as before.
    let bytes = xlsx(
        &format!(
            "<row r=\"5\">{}{}</row><row r=\"3\">{}</row>",
            text_cell("D5", "d5"),
            text_cell("B5", "b5"),
            text_cell("C3", "c3"),
        ),
        &[],
    );
    let (tables, info) = import::read_file(&bytes).unwrap();
    assert_eq!(info.kind, "xlsx");
    let rows = &tables[0].rows;
    let text = |r: usize| rows[r].iter().map(import::Cell::text).collect::<Vec<_>>();
    assert_eq!(rows.len(), 5);
    assert!(rows[0].is_empty() && rows[1].is_empty());
    assert_eq!(text(2), ["", "", "c3", ""]);
    assert_eq!(text(3), ["", "", "", ""]);
    assert_eq!(text(4), ["", "b5", "", "d5"]);
}

#[test]
fn hidden_rows_are_found_in_a_sheet_read_in_pieces() {
    // A sheet of about 3 MB, read a megabyte at a time: hidden rows at its
    // start, its end and wherever a piece ends inside a row's tag.
    let hidden = [2usize, 4_001, 8_002, 11_999];
    let data: String = (1..=12_000)
        .map(|r| {
            let flag = if hidden.contains(&r) {
                " hidden=\"1\""
            } else {
                ""
            };
            let name = text_cell(
                &format!("A{r}"),
                &format!("Người số {r:05} {}", "x".repeat(150)),
            );
            format!("<row r=\"{r}\" spans=\"1:2\"{flag}>{name}<c r=\"B{r}\"><v>{r}</v></c></row>")
        })
        .collect();
    assert!(data.len() > 2_200_000, "{} bytes", data.len());
    let bytes = xlsx(&data, &[]);
    let (tables, _) = import::read_file(&bytes).unwrap();
    let expected: Vec<usize> = hidden.iter().map(|r| r - 1).collect();
    assert_eq!(tables[0].hidden_rows, expected);
}

#[test]
fn a_national_roster_is_within_the_limits_where_a_wider_block_is_not() {
    // 1,000,000 people in 21 columns, as the page exports them: 21 million
    // cells from A1 to U1000001, within the limits of the XLSX reader,
    // which builds the table as it reads. 41 columns are beyond them, and a
    // block read through calamine (ODS here) stays at 10 million cells.
    let corners = |last: &str| {
        xlsx(
            &format!(
                "<row r=\"1\">{}</row><row r=\"1000001\">{}</row>",
                text_cell("A1", "Họ và tên"),
                text_cell(&format!("{last}1000001"), "x")
            ),
            &[],
        )
    };
    assert_eq!(import::limits::check_zip(&corners("U")), Ok(()));
    assert!(matches!(
        import::limits::check_zip(&corners("AO")),
        Err(FileError::TooManyCells {
            rows: 1_000_001,
            columns: 41,
            ..
        })
    ));
    let ods = ods(&format!(
        "{}{}",
        ods_row(&["Họ và tên"], 1),
        ods_row(&["x"; 21], 1_000_000)
    ));
    assert!(matches!(
        import::limits::check_zip(&ods),
        Err(FileError::TooManyCells {
            limit: import::limits::MAX_RANGE_CELLS,
            ..
        })
    ));
}

#[test]
fn cells_far_right_count_from_column_a_as_the_table_pads_them() {
    // 20,000 rows, each one cell in column XFD: one column from its first
    // cell to its last, but the table pads every row from column A, 16,384
    // cells wide: refused before anything is read.
    let data: String = (1..=20_000)
        .map(|r| format!("<row r=\"{r}\"><c r=\"XFD{r}\" t=\"b\"><v>1</v></c></row>"))
        .collect();
    let bytes = xlsx(&data, &[]);
    assert!(matches!(
        import::limits::check_zip(&bytes),
        Err(FileError::TooManyCells {
            rows: 20_000,
            columns: 16_384,
            ..
        })
    ));
    assert!(matches!(
        import::read_file(&bytes),
        Err(FileError::TooManyCells { .. })
    ));
}
