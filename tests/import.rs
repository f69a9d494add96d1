#![cfg(feature = "io")]
//! Import from files the tests write themselves: XLSX with Vietnamese
//! headers, merged cells, blank rows, TCVN3 and VNI text and serial dates;
//! 1904-system dates; Windows-1258 and UTF-16 CSV; a file that is not a
//! spreadsheet. And export followed by import gives the same people.

mod common;

use qhcb::import::{self, inspect, FileError, ImportOptions};
use qhcb::legacy::{detect, tcvn3_to_unicode, vni_to_unicode, Legacy};
use qhcb::messages::Lang;
use rust_xlsxwriter::{Format, Workbook};
use serde_json::{json, Value};

/// Excel serial of a date in the 1900 system.
fn serial(y: i32, m: u8, d: u8) -> f64 {
    let date = qhcb::date::Date::new(y, m, d).unwrap();
    (date.days_since_epoch()
        - qhcb::date::Date::new(1899, 12, 30)
            .unwrap()
            .days_since_epoch()) as f64
}

/// Name, birth as a date cell or as text, sex, ethnic group, education,
/// political theory, planned titles.
type RosterRow = (
    &'static str,
    Option<(i32, u8, u8)>,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

/// A roster the way a district office keeps it: a merged title, a blank
/// row, Vietnamese headers, TCVN3 names, dates as serials and as text,
/// a blank row in the data and empty rows at the end.
fn district_roster() -> Vec<u8> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    let date = Format::new().set_num_format("dd/mm/yyyy");
    let merged = Format::new().set_bold();
    sheet
        .merge_range(
            0,
            0,
            0,
            7,
            "DANH SÁCH CÁN BỘ QUY HOẠCH NHIỆM KỲ 2025-2030",
            &merged,
        )
        .unwrap();
    let headers = [
        "STT",
        "Họ và tên",
        "Ngày sinh",
        "Giới tính",
        "Dân tộc",
        "Trình độ chuyên môn",
        "Lý luận chính trị",
        "Quy hoạch chức danh",
    ];
    for (c, h) in headers.iter().enumerate() {
        sheet.write_string(2, c as u16, *h).unwrap();
    }
    let rows: [RosterRow; 5] = [
        (
            "NguyÔn V¨n An",
            Some((1975, 3, 15)),
            "",
            "Nam",
            "Kinh",
            "Th¹c sÜ",
            "Cao cÊp",
            "Bí thư",
        ),
        (
            "TrÇn ThÞ B×nh",
            None,
            "20/08/1982",
            "Nữ",
            "Tày",
            "§¹i häc",
            "Trung cÊp",
            "Bí thư, Chủ tịch UBND",
        ),
        (
            "Lª V¨n C\u{AD}êng",
            Some((1968, 1, 2)),
            "",
            "Nam",
            "Kinh",
            "§¹i häc",
            "Cao cÊp",
            "",
        ),
        (
            "Ph¹m ThÞ Dung",
            None,
            "5/7/90",
            "Nữ",
            "Mường",
            "Th¹c sÜ",
            "Trung cÊp",
            "Phó Chủ tịch",
        ),
        (
            "Hoµng V¨n Em",
            None,
            "31/02/1986",
            "Nam",
            "Kinh",
            "§¹i häc",
            "S¬ cÊp",
            "",
        ),
    ];
    let mut r = 3u32;
    for (i, (name, serial_date, text_date, sex, ethnic, education, theory, planned)) in
        rows.iter().enumerate()
    {
        if i == 3 {
            r += 1; // a blank row among the data
        }
        sheet.write_number(r, 0, (i + 1) as f64).unwrap();
        sheet.write_string(r, 1, *name).unwrap();
        match serial_date {
            Some((y, m, d)) => sheet
                .write_number_with_format(r, 2, serial(*y, *m, *d), &date)
                .unwrap(),
            None => sheet.write_string(r, 2, *text_date).unwrap(),
        };
        for (c, v) in [sex, ethnic, education, theory, planned].iter().enumerate() {
            if !v.is_empty() {
                sheet.write_string(r, 3 + c as u16, **v).unwrap();
            }
        }
        r += 1;
    }
    // Rows at the end that hold only spaces.
    for extra in 0..3 {
        sheet.write_string(r + extra, 1, " ").unwrap();
    }
    book.save_to_buffer().unwrap()
}

fn options_from(inspection: &import::Inspection, sheet: usize, extra: Value) -> ImportOptions {
    let guess = &inspection.sheets[sheet];
    let columns: Vec<Value> = guess
        .columns
        .iter()
        .map(|c| json!({ "index": c.index, "field": c.field, "encoding": c.encoding }))
        .collect();
    let mut options = json!({ "sheet": sheet, "headerRow": guess.header_row, "columns": columns, "referenceYear": 2026 });
    if let (Some(o), Value::Object(extra)) = (options.as_object_mut(), extra) {
        o.extend(extra);
    }
    serde_json::from_value(options).unwrap()
}

fn titles() -> Value {
    json!([{ "id": "bt", "name": "Bí thư" }, { "id": "pct", "name": "Phó Chủ tịch" }])
}

#[test]
fn district_roster_is_recognised() {
    let inspection = inspect(&district_roster()).unwrap();
    assert_eq!(inspection.file.kind, "xlsx");
    let sheet = &inspection.sheets[0];
    assert_eq!(
        sheet.header_row, 3,
        "the merged title and the blank row are above the headers"
    );
    let fields: Vec<&str> = sheet.columns.iter().map(|c| c.field).collect();
    assert_eq!(
        fields,
        [
            "ignore",
            "name",
            "birth",
            "sex",
            "ethnicGroup",
            "education",
            "politicalTheory",
            "planned"
        ]
    );
    let encodings: Vec<Legacy> = sheet.columns.iter().map(|c| c.encoding).collect();
    assert_eq!(encodings[1], Legacy::Tcvn3);
    assert_eq!(encodings[5], Legacy::Tcvn3);
    assert_eq!(encodings[3], Legacy::Unicode);
    assert_eq!(sheet.columns[1].converted[0], "Nguyễn Văn An");
}

#[test]
fn district_roster_imports_every_row_or_says_why() {
    let bytes = district_roster();
    let inspection = inspect(&bytes).unwrap();
    let options = options_from(&inspection, 0, json!({ "titles": titles() }));
    let (tables, _) = import::read_file(&bytes).unwrap();
    let result = import::import(&tables, &options, qhcb::messages::catalogue(Lang::Vi)).unwrap();
    let s = &result.summary;
    // Issue 16: a planned title that matches none is a warning, not a
    // rejected person.
    assert_eq!((s.rows_read, s.imported, s.rejected), (6, 4, 1));
    assert_eq!(
        s.blank_rows,
        [7],
        "the blank row among the data is skipped and named"
    );
    assert_eq!(s.trailing_empty, 3);
    assert!(s.converted_cells >= 10);

    let names: Vec<&str> = result
        .people
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "Nguyễn Văn An",
            "Trần Thị Bình",
            "Lê Văn Cường",
            "Phạm Thị Dung"
        ]
    );
    let an = &result.people[0];
    assert_eq!(an["birth"], "1975-03-15");
    assert_eq!(an["education"], "master");
    assert_eq!(an["politicalTheory"], "advanced");
    assert_eq!(an["ethnicMinority"], false);
    assert_eq!(an["planned"], json!(["bt"]));
    assert_eq!(an["id"], "r4");
    let binh = &result.people[1];
    assert_eq!(binh["planned"], json!(["bt"]), "the known title is kept");
    assert_eq!(binh["ethnicGroup"], "tay");
    let dung = &result.people[3];
    assert_eq!(dung["birth"], "1990-07-05", "d/m/yy with a two-digit year");
    assert_eq!(dung["ethnicMinority"], true);
    assert_eq!(dung["planned"], json!(["pct"]));

    let reasons: Vec<(usize, Option<&str>, &str)> = result
        .rejections
        .iter()
        .map(|r| (r.row, r.column.as_deref(), r.reason.as_str()))
        .collect();
    assert_eq!(
        reasons,
        [
            (9, Some("C"), "“31/02/1986” không phải ngày (dd/mm/yyyy, d/m/yy, mm/yyyy, yyyy hoặc số ngày của Excel)"),
        ]
    );
    let warnings: Vec<(usize, Option<&str>, &str)> = result
        .warnings
        .iter()
        .map(|r| (r.row, r.column.as_deref(), r.reason.as_str()))
        .collect();
    assert_eq!(
        warnings,
        [(5, Some("H"), "chức danh quy hoạch “Chủ tịch UBND” không có trong bảng chức danh nên không được ghi; hãy thêm chức danh rồi nhập lại")]
    );
    assert!(
        result.rejected_csv.contains("Hoµng V¨n Em")
            || result.rejected_csv.contains("Hoàng Văn Em")
    );
    assert!(
        result.rejected_csv.lines().count() == 2,
        "a header and one row"
    );
}

#[test]
fn unknown_titles_can_be_created() {
    let bytes = district_roster();
    let inspection = inspect(&bytes).unwrap();
    let options = options_from(
        &inspection,
        0,
        json!({ "titles": [], "createTitles": true }),
    );
    let (tables, _) = import::read_file(&bytes).unwrap();
    let result = import::import(&tables, &options, qhcb::messages::catalogue(Lang::Vi)).unwrap();
    let ids: Vec<&str> = result
        .new_titles
        .iter()
        .map(|t| t["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["bi-thu", "chu-tich-ubnd", "pho-chu-tich"]);
    assert_eq!(result.summary.imported, 4);
}

#[test]
fn dates_of_the_1904_system_are_read_as_such() {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    let date = Format::new().set_num_format("dd/mm/yyyy");
    sheet.write_string(0, 0, "Họ và tên").unwrap();
    sheet.write_string(0, 1, "Ngày sinh").unwrap();
    sheet.write_string(0, 2, "Giới tính").unwrap();
    sheet.write_string(1, 0, "Ngô Thị Hà").unwrap();
    // 1904 serial of 15/03/1975 is 1,462 days less than the 1900 one.
    sheet
        .write_number_with_format(1, 1, serial(1975, 3, 15) - 1462.0, &date)
        .unwrap();
    sheet.write_string(1, 2, "Nữ").unwrap();
    let bytes = common::with_1904(&book.save_to_buffer().unwrap());
    let inspection = inspect(&bytes).unwrap();
    let options = options_from(&inspection, 0, json!({}));
    let (tables, _) = import::read_file(&bytes).unwrap();
    let result = import::import(&tables, &options, qhcb::messages::catalogue(Lang::Vi)).unwrap();
    assert_eq!(result.people[0]["birth"], "1975-03-15");
}

#[test]
fn excel_serials_of_both_systems() {
    assert_eq!(
        import::excel_serial_date(serial(1975, 3, 15), false)
            .unwrap()
            .to_string(),
        "1975-03-15"
    );
    assert_eq!(
        import::excel_serial_date(serial(1975, 3, 15) - 1462.0, true)
            .unwrap()
            .to_string(),
        "1975-03-15"
    );
    assert_eq!(
        import::excel_serial_date(59.0, false).unwrap().to_string(),
        "1900-02-28"
    );
    assert!(
        import::excel_serial_date(60.0, false).is_none(),
        "the 29/02/1900 that never was"
    );
    assert!(import::excel_serial_date(-1.0, false).is_none());
    assert!(import::excel_serial_date(f64::NAN, false).is_none());
}

fn csv_options(bytes: &[u8]) -> (Vec<import::Table>, ImportOptions) {
    let inspection = inspect(bytes).unwrap();
    let options = options_from(&inspection, 0, json!({}));
    (import::read_file(bytes).unwrap().0, options)
}

const CSV: &str = "Họ và tên;Ngày sinh;Giới tính;Trình độ chuyên môn\r\nNguyễn Thị Huế;15/03/1980;Nữ;Thạc sỹ\r\nĐặng Văn Lực;1977;Nam;Đại học\r\n";

/// Text as Windows-1258 writes it: letters with a hat, breve or horn are
/// single codes, tone marks follow as combining characters.
fn cp1258_form(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let mut out: Vec<char> = Vec::new();
    for c in text.nfd() {
        let joined = match (out.last().copied(), c) {
            (Some(b), '\u{302}') => "aAeEoO".find(b).map(|i| ['â', 'Â', 'ê', 'Ê', 'ô', 'Ô'][i]),
            (Some(b), '\u{306}') => "aA".find(b).map(|i| ['ă', 'Ă'][i]),
            (Some(b), '\u{31b}') => "oOuU".find(b).map(|i| ['ơ', 'Ơ', 'ư', 'Ư'][i]),
            _ => None,
        };
        // A dot below sorts before the hat or breve: join across it.
        let across = match (
            out.len().checked_sub(2).map(|i| out[i]),
            out.last().copied(),
            c,
        ) {
            (Some(b), Some('\u{323}'), '\u{302}' | '\u{306}') => Some(b),
            _ => None,
        };
        match (joined, across) {
            (Some(j), _) => *out.last_mut().unwrap() = j,
            (None, Some(b)) => {
                let j = if c == '\u{302}' {
                    "aAeEoO".find(b).map(|i| ['â', 'Â', 'ê', 'Ê', 'ô', 'Ô'][i])
                } else {
                    "aA".find(b).map(|i| ['ă', 'Ă'][i])
                };
                let len = out.len();
                out[len - 2] = j.unwrap_or(b);
            }
            (None, None) => out.push(c),
        }
    }
    out.into_iter().collect()
}

#[test]
fn windows_1258_csv_is_decoded_and_composed() {
    let text = cp1258_form(CSV);
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1258.encode(&text);
    assert!(!unmappable, "the test text fits Windows-1258");
    let inspection = inspect(&bytes).unwrap();
    assert_eq!(
        (inspection.file.encoding, inspection.file.delimiter),
        (Some("windows-1258"), Some(';'))
    );
    let (tables, options) = csv_options(&bytes);
    let result = import::import(&tables, &options, qhcb::messages::catalogue(Lang::Vi)).unwrap();
    assert_eq!(result.people[0]["name"], "Nguyễn Thị Huế");
    assert_eq!(
        result.people[0]["name"].as_str().unwrap(),
        "Nguyễn Thị Huế".chars().collect::<String>()
    );
    assert_eq!(result.people[1]["name"], "Đặng Văn Lực");
    assert_eq!(result.people[0]["education"], "master");
}

#[test]
fn utf16_csv_with_and_without_bom_is_read() {
    let mut le = vec![0xFF, 0xFE];
    le.extend(CSV.encode_utf16().flat_map(u16::to_le_bytes));
    let mut be: Vec<u8> = Vec::new();
    be.extend(
        CSV.replace(';', "\t")
            .encode_utf16()
            .flat_map(u16::to_be_bytes),
    );
    for (bytes, encoding) in [(le, "utf-16le"), (be, "utf-16be")] {
        let inspection = inspect(&bytes).unwrap();
        assert_eq!(inspection.file.encoding, Some(encoding));
        let (tables, options) = csv_options(&bytes);
        let result =
            import::import(&tables, &options, qhcb::messages::catalogue(Lang::Vi)).unwrap();
        assert_eq!(result.summary.imported, 2, "{encoding}");
        assert_eq!(result.people[1]["birth"], "1977");
    }
}

#[test]
fn utf8_csv_with_bom_and_quoted_fields() {
    let text = "\u{feff}Họ và tên,Ngày sinh,Giới tính,Chức vụ hiện tại\n\"Lê, Văn A\",01/02/1970,Nam,\"Bí thư; Phó Chủ tịch\"\n";
    let (tables, mut options) = csv_options(text.as_bytes());
    options.titles = serde_json::from_value(titles()).unwrap();
    let result = import::import(&tables, &options, qhcb::messages::catalogue(Lang::Vi)).unwrap();
    assert_eq!(result.people[0]["name"], "Lê, Văn A");
    assert!(result.rejections.is_empty() || result.rejections[0].reason.contains("Bí thư"));
}

#[test]
fn tcvn3_and_vni_convert_to_unicode() {
    assert_eq!(
        tcvn3_to_unicode("§¶ng Céng s¶n ViÖt Nam"),
        "Đảng Cộng sản Việt Nam"
    );
    assert_eq!(
        tcvn3_to_unicode("Hoµng ThÞ Thu H\u{AD}¬ng"),
        "Hoàng Thị Thu Hương"
    );
    assert_eq!(
        vni_to_unicode("Ñaûng Coäng saûn Vieät Nam"),
        "Đảng Cộng sản Việt Nam"
    );
    assert_eq!(
        vni_to_unicode("Hoaøng Thò Thu Höông"),
        "Hoàng Thị Thu Hương"
    );
    assert_eq!(
        vni_to_unicode("Laâm Ñoàng, Quaûng Trò"),
        "Lâm Đồng, Quảng Trị"
    );
    assert_eq!(
        detect(&["Ñaûng Coäng saûn", "Hoaøng Thò Thu Höông"]),
        Legacy::Vni
    );
    assert_eq!(
        detect(&["§¶ng Céng s¶n", "Hoµng ThÞ Thu H\u{AD}¬ng"]),
        Legacy::Tcvn3
    );
    assert_eq!(detect(&["Hòa Bình", "Lê Thế Anh"]), Legacy::Unicode);
}

#[test]
fn converted_text_is_nfc() {
    let decomposed = "Nguye\u{302}\u{303}n";
    assert_eq!(
        qhcb::legacy::to_unicode(decomposed, Legacy::Unicode),
        "Nguyễn"
    );
}

#[test]
fn a_file_that_is_not_a_spreadsheet_is_refused() {
    let png = [
        0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0, 0, 0, 0, 1, 2, 3, 4, 0,
        0, 0, 0,
    ];
    assert_eq!(inspect(&png).unwrap_err(), FileError::NotASpreadsheet);
    assert!(matches!(
        inspect(b"PK\x03\x04garbage").unwrap_err(),
        FileError::NotASpreadsheet | FileError::Damaged(_)
    ));
    assert_eq!(inspect(b"").unwrap_err(), FileError::Empty);
    let text = qhcb::messages::catalogue(Lang::Vi).file_error(&FileError::NotASpreadsheet);
    assert_eq!(
        text,
        "tệp không phải bảng tính (XLSX, XLS, ODS) hay tệp CSV"
    );
}

/// A person with the defaults written out, for comparing datasets.
fn normalised(person: &Value) -> Value {
    let mut p = person.as_object().unwrap().clone();
    p.entry("ethnicMinority").or_insert(json!(false));
    p.entry("local").or_insert(json!(true));
    p.entry("retireAt60").or_insert(json!(false));
    p.retain(|_, v| !v.is_null() && *v != json!([]));
    Value::Object(p)
}

#[test]
fn export_then_import_gives_the_same_people() {
    let json = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/www/examples/phu-luong.json"
    ))
    .unwrap();
    let dataset: Value = serde_json::from_str(&json).unwrap();
    let report = qhcb::analyze_json(&json, &Default::default()).unwrap();
    let titles = dataset["titles"].clone();

    let xlsx = qhcb::export::workbook(&dataset, &report, Lang::Vi).unwrap();
    let csv = qhcb::export::roster_csv(&dataset, &report, Lang::Vi);
    for bytes in [xlsx, csv.into_bytes()] {
        let inspection = inspect(&bytes).unwrap();
        let options = options_from(&inspection, 0, json!({ "titles": titles }));
        let (tables, _) = import::read_file(&bytes).unwrap();
        let result =
            import::import(&tables, &options, qhcb::messages::catalogue(Lang::Vi)).unwrap();
        assert!(
            result.rejections.is_empty(),
            "{:?}",
            result.rejections.first()
        );
        let original: Vec<Value> = dataset["people"]
            .as_array()
            .unwrap()
            .iter()
            .map(normalised)
            .collect();
        let back: Vec<Value> = result.people.iter().map(normalised).collect();
        assert_eq!(back.len(), original.len());
        for (a, b) in original.iter().zip(&back) {
            assert_eq!(a, b);
        }
    }
}

#[test]
fn exported_workbook_has_its_sheets() {
    let json = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/www/examples/phu-luong.json"
    ))
    .unwrap();
    let dataset: Value = serde_json::from_str(&json).unwrap();
    let report = qhcb::analyze_json(&json, &Default::default()).unwrap();
    let xlsx = qhcb::export::workbook(&dataset, &report, Lang::Vi).unwrap();
    let (tables, info) = import::read_file(&xlsx).unwrap();
    assert_eq!(info.kind, "xlsx");
    let names: Vec<&str> = tables.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Danh sách cán bộ",
            "Cơ cấu",
            "Chức danh và nhóm",
            "Kết quả kiểm tra"
        ]
    );
    // The retirement date is a real date cell (found by its heading: the
    // columns move as the person model grows).
    let column = tables[0].rows[0]
        .iter()
        .position(|c| c.text() == "Ngày nghỉ hưu")
        .expect("a retirement date column");
    assert!(matches!(tables[0].rows[1][column], import::Cell::Date(_)));
    assert_eq!(tables[3].rows.len(), report.findings.len() + 1);
}

/// Latin-1 bytes of text (each char below U+0100 is one byte).
fn latin1(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| u8::try_from(u32::from(c)).expect("a Latin-1 character"))
        .collect()
}

#[test]
fn csv_typed_with_tcvn3_or_vni_fonts_is_converted() {
    let tcvn3 = "Hä vµ tªn,Ngµy sinh,Giíi tÝnh\r\nNguyÔn V¨n An,15/03/1975,Nam\r\nTrÇn ThÞ B×nh,1982,N÷\r\n";
    let vni = "Hoï vaø teân,Ngaøy sinh,Giôùi tính\r\nNguyeãn Vaên An,15/03/1975,Nam\r\nTraàn Thò Bình,1982,Nöõ\r\n";
    for (text, encoding) in [(tcvn3, Legacy::Tcvn3), (vni, Legacy::Vni)] {
        let bytes = latin1(text);
        let inspection = inspect(&bytes).unwrap();
        assert_eq!(
            inspection.file.encoding,
            Some("windows-1252"),
            "{encoding:?}"
        );
        let sheet = &inspection.sheets[0];
        assert_eq!(sheet.columns[0].encoding, encoding);
        assert_eq!(sheet.columns[0].header, "Họ và tên");
        let (tables, options) = csv_options(&bytes);
        let result =
            import::import(&tables, &options, qhcb::messages::catalogue(Lang::Vi)).unwrap();
        let names: Vec<&str> = result
            .people
            .iter()
            .map(|p| p["name"].as_str().unwrap())
            .collect();
        assert_eq!(names, ["Nguyễn Văn An", "Trần Thị Bình"], "{encoding:?}");
        assert_eq!(result.people[1]["sex"], "F");
    }
}
