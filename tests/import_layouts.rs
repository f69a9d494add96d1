#![cfg(feature = "io")]
//! Issue 16: the layouts offices keep, imported with the tool's own
//! proposal and nothing else (the outside checks copy only the sheet, the
//! header row, each column's field and encoding, and the titles). Every
//! file is built here: XLSX with rust_xlsxwriter (two-row headers, merged
//! cells, hidden rows), CSV as bytes.

use std::io::{Cursor, Write};

mod common;

use qhcb::import::{self, inspect, ImportOptions, Imported};
use qhcb::messages::Lang;
use rust_xlsxwriter::{Format, Workbook};
use serde_json::{json, Value};

/// The proposal copied as the outside checks copy it.
fn proposed(bytes: &[u8], titles: Value) -> (ImportOptions, import::Inspection) {
    let inspection = inspect(bytes).unwrap();
    let sheet = &inspection.sheets[0];
    let columns: Vec<Value> = sheet
        .columns
        .iter()
        .map(|c| json!({ "index": c.index, "field": c.field, "encoding": c.encoding }))
        .collect();
    let options =
        json!({ "sheet": 0, "headerRow": sheet.header_row, "columns": columns, "titles": titles });
    (serde_json::from_value(options).unwrap(), inspection)
}

fn run(bytes: &[u8], titles: Value, lang: Lang) -> Imported {
    let (options, _) = proposed(bytes, titles);
    let (tables, _) = import::read_file(bytes).unwrap();
    let result = import::import(&tables, &options, qhcb::messages::catalogue(lang)).unwrap();
    let s = &result.summary;
    assert_eq!(
        s.rows_read,
        s.imported + s.rejected + s.non_person.len() + s.blank_rows.len(),
        "every row is accounted for: {s:?}"
    );
    result
}

fn person<'a>(result: &'a Imported, name: &str) -> &'a Value {
    result
        .people
        .iter()
        .find(|p| p["name"] == name)
        .unwrap_or_else(|| panic!("{name} not imported: {:#?}", result.people))
}

fn titles() -> Value {
    json!([
        { "id": "bt", "name": "Bí thư Đảng ủy" },
        { "id": "pbt", "name": "Phó Bí thư Đảng ủy" },
        { "id": "ct-ubnd", "name": "Chủ tịch UBND" },
        { "id": "pct-ubnd", "name": "Phó Chủ tịch Ủy ban nhân dân" },
        { "id": "ct-hdnd", "name": "Chủ tịch HĐND" },
        { "id": "pct-hdnd-ubnd", "name": "Phó Chủ tịch HĐND/UBND xã" },
    ])
}

/// A commune's form: the motto block, a two-row header with "Năm sinh"
/// over Nam/Nữ and "Quy hoạch chức danh" over three titles marked "x", a
/// numbering row, section rows, vertically merged ethnic and theory cells,
/// a hidden row, a person in both birth columns and one in neither, a
/// total row with counts under Nam/Nữ and the signature block.
fn commune_form() -> Vec<u8> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    let plain = Format::new();
    sheet.write_string(0, 0, "ĐẢNG BỘ HUYỆN PHÚ LƯƠNG").unwrap();
    sheet.write_string(0, 6, "ĐẢNG CỘNG SẢN VIỆT NAM").unwrap();
    sheet
        .merge_range(
            2,
            0,
            2,
            12,
            "DANH SÁCH QUY HOẠCH CÁN BỘ NHIỆM KỲ 2025-2030",
            &plain,
        )
        .unwrap();
    // Header rows 5 and 6 (0-based 4 and 5).
    for (c, h) in [
        (0, "STT"),
        (1, "Họ và tên"),
        (4, "Dân tộc"),
        (5, "Trình độ CM"),
        (6, "LLCT"),
        (7, "Chức vụ Đảng"),
        (8, "Chức vụ chính quyền"),
        (9, "Thời gian giữ chức vụ hiện tại"),
    ] {
        sheet.merge_range(4, c, 5, c, h, &plain).unwrap();
    }
    sheet.merge_range(4, 2, 4, 3, "Năm sinh", &plain).unwrap();
    sheet.write_string(5, 2, "Nam").unwrap();
    sheet.write_string(5, 3, "Nữ").unwrap();
    sheet
        .merge_range(4, 10, 4, 12, "Quy hoạch chức danh", &plain)
        .unwrap();
    sheet.write_string(5, 10, "BT").unwrap();
    sheet.write_string(5, 11, "PCT UBND").unwrap();
    sheet.write_string(5, 12, "Chủ tịch HĐND").unwrap();
    // The numbering row.
    for c in 0..13u16 {
        sheet.write_string(6, c, format!("({})", c + 1)).unwrap();
    }
    sheet
        .merge_range(7, 0, 7, 12, "I. KHỐI ĐẢNG", &plain)
        .unwrap();
    let mut r = 8u32;
    #[allow(clippy::type_complexity)]
    let people: [(
        &str,
        &str,
        &str,
        &str,
        &str,
        &str,
        &str,
        &str,
        &str,
        [&str; 3],
    ); 6] = [
        (
            "Nguyễn Văn An",
            "1970",
            "",
            "Tày",
            "Thạc sĩ",
            "Cao cấp",
            "Bí thư Đảng ủy",
            "",
            "01/2021",
            ["", "", "x"],
        ),
        (
            "Hoàng Thị Bình",
            "",
            "1980",
            "",
            "Đại học",
            "",
            "Phó Bí thư Đảng ủy",
            "Chủ tịch UBND",
            "",
            ["x", "", ""],
        ),
        (
            "Lý Văn Cường",
            "1985",
            "",
            "",
            "ĐH Luật",
            "Trung cấp",
            "",
            "Trưởng Công an xã",
            "",
            ["", "x", ""],
        ),
        (
            "Ma Thị Dung",
            "1982",
            "1982",
            "Kinh",
            "Đại học",
            "Trung cấp",
            "",
            "",
            "",
            ["", "", ""],
        ),
        (
            "Triệu Văn Em",
            "",
            "",
            "Dao",
            "Đại học",
            "Trung cấp",
            "",
            "",
            "",
            ["", "", ""],
        ),
        (
            "Nguyễn Văn An",
            "1970",
            "",
            "Kinh",
            "Đại học",
            "Cao cấp",
            "",
            "",
            "",
            ["", "", ""],
        ),
    ];
    for (i, p) in people.iter().enumerate() {
        if i == 3 {
            sheet
                .merge_range(r, 0, r, 12, "II. KHỐI CHÍNH QUYỀN", &plain)
                .unwrap();
            r += 1;
        }
        sheet.write_number(r, 0, (i + 1) as f64).unwrap();
        sheet.write_string(r, 1, p.0).unwrap();
        for (c, v) in [(2u16, p.1), (3, p.2)] {
            if !v.is_empty() {
                sheet.write_number(r, c, v.parse::<f64>().unwrap()).unwrap();
            }
        }
        for (c, v) in [
            (4u16, p.3),
            (5, p.4),
            (6, p.5),
            (7, p.6),
            (8, p.7),
            (9, p.8),
        ] {
            if !v.is_empty() {
                sheet.write_string(r, c, v).unwrap();
            }
        }
        for (k, v) in p.9.iter().enumerate() {
            if !v.is_empty() {
                sheet.write_string(r, 10 + k as u16, *v).unwrap();
            }
        }
        r += 1;
    }
    // Rows 9 and 10 (An and Bình): "Tày" and "Cao cấp" merged down.
    sheet.merge_range(8, 4, 9, 4, "Tày", &plain).unwrap();
    sheet.merge_range(8, 6, 9, 6, "Cao cấp", &plain).unwrap();
    // The last person (a repeat of An) is on a hidden row.
    sheet.set_row_hidden(r - 1).unwrap();
    sheet.write_string(r, 0, "Tổng cộng: 6 đồng chí").unwrap();
    sheet.write_number(r, 2, 3.0).unwrap();
    sheet.write_number(r, 3, 2.0).unwrap();
    sheet
        .write_string(r + 2, 8, "Phú Lương, ngày 15 tháng 3 năm 2025")
        .unwrap();
    sheet.write_string(r + 3, 8, "TM. BAN THƯỜNG VỤ").unwrap();
    sheet.write_string(r + 4, 8, "BÍ THƯ").unwrap();
    sheet.write_string(r + 7, 8, "Nguyễn Văn An").unwrap();
    book.save_to_buffer().unwrap()
}

#[test]
fn a_commune_form_is_read_with_its_own_proposal() {
    let bytes = commune_form();
    let (_, inspection) = proposed(&bytes, titles());
    let sheet = &inspection.sheets[0];
    assert_eq!(sheet.header_row, 6);
    let fields: Vec<&str> = sheet.columns.iter().map(|c| c.field).collect();
    assert_eq!(
        fields,
        [
            "ignore",
            "name",
            "birthIfMale",
            "birthIfFemale",
            "ethnicGroup",
            "education",
            "politicalTheory",
            "current",
            "current",
            "ignore",
            "planned",
            "planned",
            "planned"
        ]
    );
    assert_eq!(sheet.columns[10].mark.as_deref(), Some("BT"));
    assert_eq!(sheet.columns[7].same_field, Some("merged"));
    assert_eq!(sheet.hidden_rows, [15]);
    assert_eq!(sheet.merged_ranges, 2, "the two data cells merged down");

    let result = run(&bytes, titles(), Lang::Vi);
    let s = &result.summary;
    let an = person(&result, "Nguyễn Văn An");
    assert_eq!(an["sex"], "M");
    assert_eq!(an["birth"], "1970");
    assert_eq!(an["ethnicGroup"], "tay");
    assert_eq!(an["ethnicMinority"], true);
    assert_eq!(an["education"], "master");
    assert_eq!(an["politicalTheory"], "advanced");
    assert_eq!(an["current"], json!(["bt"]));
    assert_eq!(an["planned"], json!(["ct-hdnd"]));
    let binh = person(&result, "Hoàng Thị Bình");
    assert_eq!(binh["sex"], "F");
    assert_eq!(
        binh["ethnicMinority"], true,
        "the merged Tày reaches row 10"
    );
    assert_eq!(
        binh["politicalTheory"], "advanced",
        "and the merged Cao cấp"
    );
    assert_eq!(
        binh["current"],
        json!(["pbt", "ct-ubnd"]),
        "both post columns"
    );
    assert_eq!(binh["planned"], json!(["bt"]), "BT is Bí thư Đảng ủy");
    let cuong = person(&result, "Lý Văn Cường");
    assert_eq!(cuong["planned"], json!(["pct-ubnd"]));
    assert_eq!(cuong["current"], json!([]));
    assert_eq!(cuong["otherPosts"], "Trưởng Công an xã");
    assert_eq!(s.merged_cells, 2);

    // Ma Thị Dung is in both birth columns, Triệu Văn Em in neither.
    let rejected: Vec<(usize, Option<&str>)> = result
        .rejections
        .iter()
        .map(|r| (r.row, r.column.as_deref()))
        .collect();
    assert_eq!(rejected, [(13, Some("C")), (13, Some("D")), (14, None)]);
    assert_eq!(result.rejections[2].reason, "thiếu ngày sinh");
    assert_eq!(s.rejected, 2);

    // The hidden repeat of An is imported, noted and flagged as a duplicate.
    assert_eq!(s.hidden_rows, [15]);
    assert_eq!(s.duplicates.len(), 1);
    assert_eq!((s.duplicates[0].row, s.duplicates[0].first), (15, 9));
    assert_eq!(s.imported, 4);

    let kinds: Vec<(usize, &str)> = s.non_person.iter().map(|n| (n.row, n.kind)).collect();
    assert_eq!(
        kinds,
        [
            (7, "numbering"),
            (8, "section"),
            (12, "section"),
            (16, "total"),
            (18, "signature"),
            (19, "signature"),
            (20, "signature"),
            (23, "signature"),
        ]
    );
    assert!(result.notes.iter().any(|n| n.contains("dòng ẩn")));
    assert!(result
        .notes
        .iter()
        .any(|n| n.contains("2 ô trong vùng gộp")));
}

#[test]
fn titles_are_created_only_from_imported_rows() {
    let bytes = commune_form();
    let (mut options, _) = proposed(&bytes, json!([]));
    options.create_titles = true;
    let (tables, _) = import::read_file(&bytes).unwrap();
    let result = import::import(&tables, &options, qhcb::messages::catalogue(Lang::En)).unwrap();
    let names: Vec<&str> = result
        .new_titles
        .iter()
        .map(|t| t["name"].as_str().unwrap())
        .collect();
    // Not "(11)", "TM. BAN THƯỜNG VỤ", "BÍ THƯ" or a person's name; and
    // none from the rejected rows.
    assert_eq!(
        names,
        [
            "Bí thư Đảng ủy",
            "Chủ tịch HĐND",
            "Phó Bí thư Đảng ủy",
            "Chủ tịch UBND",
            "BT",
            "Trưởng Công an xã",
            "PCT UBND"
        ]
    );
}

fn csv(text: &str) -> Vec<u8> {
    text.as_bytes().to_vec()
}

#[test]
fn name_parts_an_x_under_nu_and_us_dates() {
    let bytes = csv(
        "Họ và tên đệm,Tên,Nữ,Sinh\u{A0}năm,Dân tộc,TĐCM,Chức vụ hiện tại\u{200B}\n\
         Nguyễn Văn,An,,3/15/1975,Kinh,Thạc sĩ Quản lý kinh tế,PCT UBND\n\
         Trần Thị,Bình,x,4/5/1980,Tày,abc,Phó Chủ tịch HĐND/UBND xã\n\
         Lê\u{200B} Văn,Cường\u{A0},,12/31/1979,H’Mông,Đại học,Bí thư Đảng ủy – xã\n",
    );
    let (_, inspection) = proposed(&bytes, titles());
    let columns = &inspection.sheets[0].columns;
    assert_eq!(columns[0].same_field, Some("joined"));
    assert_eq!(columns[2].field, "sex");
    assert_eq!(columns[2].mark.as_deref(), Some("F"));
    assert_eq!(columns[3].field, "birth");
    assert_eq!(columns[3].date_order, Some(import::DateOrder::Mdy));
    assert!(columns[3].date_order_decided);
    let result = run(&bytes, titles(), Lang::En);
    assert_eq!(result.summary.imported, 3, "{:?}", result.rejections);
    let an = person(&result, "Nguyễn Văn An");
    assert_eq!(
        (an["sex"].as_str(), an["birth"].as_str()),
        (Some("M"), Some("1975-03-15"))
    );
    assert_eq!(an["current"], json!(["pct-ubnd"]));
    let binh = person(&result, "Trần Thị Bình");
    assert_eq!(
        (binh["sex"].as_str(), binh["birth"].as_str()),
        (Some("F"), Some("1980-04-05"))
    );
    assert_eq!(binh["education"], "abc", "kept as written");
    assert_eq!(
        binh["current"],
        json!(["pct-hdnd-ubnd"]),
        "the slash is inside the title"
    );
    let cuong = person(&result, "Lê Văn Cường");
    assert_eq!(
        cuong["current"],
        json!(["bt"]),
        "an en dash and a level word"
    );
    assert_eq!(result.summary.invisible_cleaned, 2);
    let warned: Vec<(usize, Option<&str>, &str)> = result
        .warnings
        .iter()
        .map(|w| (w.row, w.column.as_deref(), w.value.as_str()))
        .collect();
    assert!(warned.contains(&(3, Some("F"), "abc")), "{warned:?}");
    assert!(result.notes.iter().any(|n| n.contains("month/day/year")));
}

#[test]
fn an_ambiguous_date_column_is_read_day_first_and_says_so() {
    let bytes = csv("Họ và tên,Giới tính,Ngày sinh\nA B,Nam,3/4/1975\nC D,Nữ,5/6/1980\n");
    let (_, inspection) = proposed(&bytes, json!([]));
    assert!(!inspection.sheets[0].columns[2].date_order_decided);
    let result = run(&bytes, json!([]), Lang::Vi);
    assert_eq!(result.people[0]["birth"], "1975-04-03");
    assert!(result.notes.iter().any(|n| n.contains("hai cách")));
    // The user may say otherwise for the column.
    let (mut options, _) = proposed(&bytes, json!([]));
    options.columns[2].date_order = Some(import::DateOrder::Mdy);
    let (tables, _) = import::read_file(&bytes).unwrap();
    let result = import::import(&tables, &options, qhcb::messages::catalogue(Lang::Vi)).unwrap();
    assert_eq!(result.people[0]["birth"], "1975-03-04");
}

#[test]
fn sex_as_x_under_nam_and_nu_sub_columns_of_gioi_tinh() {
    let bytes = csv(
        "Họ và tên,Giới tính,,Năm sinh\n,Nam,Nữ,\nA B,x,,1975\nC D,,x,1980\nE F,x,x,1981\nG H,,,1982\n",
    );
    let (_, inspection) = proposed(&bytes, json!([]));
    let fields: Vec<&str> = inspection.sheets[0]
        .columns
        .iter()
        .map(|c| c.field)
        .collect();
    assert_eq!(fields, ["name", "sex", "sex", "birth"]);
    let result = run(&bytes, json!([]), Lang::Vi);
    assert_eq!(person(&result, "A B")["sex"], "M");
    assert_eq!(person(&result, "C D")["sex"], "F");
    let rows: Vec<usize> = result.rejections.iter().map(|r| r.row).collect();
    assert_eq!(
        rows,
        [5, 5, 6],
        "both marked (two cells named), neither marked"
    );
}

#[test]
fn hidden_rows_may_be_left_out() {
    let bytes = commune_form();
    let (mut options, _) = proposed(&bytes, titles());
    options.skip_hidden = true;
    let (tables, _) = import::read_file(&bytes).unwrap();
    let result = import::import(&tables, &options, qhcb::messages::catalogue(Lang::Vi)).unwrap();
    let s = &result.summary;
    assert_eq!(s.imported, 3);
    assert!(s
        .non_person
        .iter()
        .any(|n| n.row == 15 && n.kind == "hidden"));
    assert!(s.duplicates.is_empty());
    assert_eq!(
        s.rows_read,
        s.imported + s.rejected + s.non_person.len() + s.blank_rows.len()
    );
}

#[test]
fn plain_numbers_follow_the_workbooks_own_date_system() {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    for (c, h) in ["Họ và tên", "Giới tính", "Ngày sinh"].iter().enumerate() {
        sheet.write_string(0, c as u16, *h).unwrap();
    }
    sheet.write_string(1, 0, "A B").unwrap();
    sheet.write_string(1, 1, "Nam").unwrap();
    // 15/03/1975 in the 1904 system (1462 days fewer than in the 1900 one).
    sheet.write_number(1, 2, 27468.0 - 1462.0).unwrap();
    let bytes = common::with_1904(&book.save_to_buffer().unwrap());
    assert!(inspect(&bytes).unwrap().sheets[0].date1904);
    let result = run(&bytes, json!([]), Lang::En);
    assert_eq!(result.people[0]["birth"], "1975-03-15");
    assert!(result.summary.date1904);
}

#[test]
fn a_one_row_tcvn3_file_with_uy_is_not_read_as_vni() {
    // "Nguyễn Văn Hùng", "Phó Chủ tịch Ủy ban" in TCVN3.
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    for (c, h) in ["Họ và tên", "Giới tính", "Năm sinh", "Chức vụ"]
        .iter()
        .enumerate()
    {
        sheet.write_string(0, c as u16, *h).unwrap();
    }
    sheet.write_string(1, 0, "NguyÔn V¨n Hïng").unwrap();
    sheet.write_string(1, 1, "Nam").unwrap();
    sheet.write_number(1, 2, 1975.0).unwrap();
    sheet.write_string(1, 3, "Phã Chñ tÞch ñy ban").unwrap();
    let bytes = book.save_to_buffer().unwrap();
    let (_, inspection) = proposed(&bytes, json!([]));
    let columns = &inspection.sheets[0].columns;
    assert_eq!(columns[0].encoding, qhcb::legacy::Legacy::Tcvn3);
    assert_eq!(columns[3].encoding, qhcb::legacy::Legacy::Tcvn3);
    let result = run(
        &bytes,
        json!([{ "id": "pct", "name": "Phó Chủ tịch UBND" }]),
        Lang::Vi,
    );
    assert_eq!(result.people[0]["name"], "Nguyễn Văn Hùng");
    assert_eq!(result.people[0]["otherPosts"], "Phó Chủ tịch ủy ban");
}

#[test]
fn a_tcvn3_csv_with_a_bad_date_keeps_its_counts() {
    // The page's own end-to-end file (tests/e2e/import.test.mjs).
    let text = [
        "STT;Hä vµ tªn;Ngµy sinh;Giíi tÝnh;D©n téc;Tr×nh ®é chuyªn m«n",
        "1;NguyÔn V¨n An;15/03/1975;Nam;Kinh;Th¹c sÜ",
        "2;TrÇn ThÞ B×nh;20/08/1982;N÷;Tµy;§¹i häc",
        "3;Lª V¨n C\u{ad}êng;31/02/1968;Nam;Kinh;§¹i häc",
        "",
        "4;Ph¹m ThÞ Dung;05/1990;N÷;M\u{ad}êng;Th¹c sÜ",
        "",
    ]
    .join("\r\n");
    let bytes: Vec<u8> = text.chars().map(|c| c as u32 as u8).collect();
    let result = run(&bytes, json!([]), Lang::Vi);
    let s = &result.summary;
    assert_eq!((s.rows_read, s.imported, s.rejected), (5, 3, 1));
    assert_eq!(s.blank_rows, [5]);
    assert_eq!(person(&result, "Trần Thị Bình")["ethnicMinority"], true);
    assert_eq!(person(&result, "Phạm Thị Dung")["ethnicGroup"], "muong");
}

#[test]
fn nam_and_nu_columns_of_years_are_the_birth_layout() {
    let bytes = csv(
        "Họ và tên,Nam,Nữ,Chức vụ\nA B,1975,,9\nC D,,1980,\nTống Công Minh,1970,,\nTổng cộng,2,1,\n",
    );
    let (_, inspection) = proposed(&bytes, json!([]));
    let fields: Vec<&str> = inspection.sheets[0]
        .columns
        .iter()
        .map(|c| c.field)
        .collect();
    assert_eq!(fields, ["name", "birthIfMale", "birthIfFemale", "current"]);
    let (mut options, _) = proposed(&bytes, json!([]));
    options.create_titles = true;
    let (tables, _) = import::read_file(&bytes).unwrap();
    let result = import::import(&tables, &options, qhcb::messages::catalogue(Lang::Vi)).unwrap();
    assert_eq!(person(&result, "A B")["sex"], "M");
    assert_eq!(person(&result, "C D")["sex"], "F");
    assert!(result.new_titles.is_empty(), "\"9\" is not a title");
    assert_eq!(person(&result, "A B")["otherPosts"], "9");
    assert_eq!(person(&result, "Tống Công Minh")["birth"], "1970");
    assert_eq!(result.summary.non_person.len(), 1);
    assert_eq!(result.summary.non_person[0].kind, "total");
}

/// An ODS workbook with one sheet of text rows; `merged` rows-spanned
/// cells are written as such, `hidden` rows collapsed.
fn ods(rows: &[Vec<(&str, usize)>], hidden: &[usize]) -> Vec<u8> {
    let mut table = String::new();
    for (r, row) in rows.iter().enumerate() {
        let visibility = if hidden.contains(&r) {
            " table:visibility=\"collapse\""
        } else {
            ""
        };
        table.push_str(&format!("<table:table-row{visibility}>"));
        for (text, span) in row {
            if *text == "^" {
                table.push_str("<table:covered-table-cell/>");
            } else if text.is_empty() {
                table.push_str("<table:table-cell/>");
            } else {
                let spanned = if *span > 1 {
                    format!(
                        " table:number-rows-spanned=\"{span}\" table:number-columns-spanned=\"1\""
                    )
                } else {
                    String::new()
                };
                table.push_str(&format!(
                    "<table:table-cell office:value-type=\"string\"{spanned}><text:p>{text}</text:p></table:table-cell>"
                ));
            }
        }
        table.push_str("</table:table-row>");
    }
    let content = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\"><office:body><office:spreadsheet><table:table table:name=\"DS\">{table}</table:table></office:spreadsheet></office:body></office:document-content>"
    );
    let manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\"><manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/><manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>";
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    out.start_file("mimetype", stored).unwrap();
    out.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
        .unwrap();
    out.start_file("META-INF/manifest.xml", stored).unwrap();
    out.write_all(manifest.as_bytes()).unwrap();
    out.start_file("content.xml", stored).unwrap();
    out.write_all(content.as_bytes()).unwrap();
    out.finish().unwrap().into_inner()
}

#[test]
fn ods_merged_cells_and_hidden_rows() {
    let c = |t| (t, 1);
    let bytes = ods(
        &[
            vec![
                c("Họ và tên"),
                c("Giới tính"),
                c("Năm sinh"),
                c("Dân tộc"),
                c("Lý luận chính trị"),
            ],
            vec![c("A B"), c("Nam"), c("1975"), ("Tày", 2), ("Cao cấp", 3)],
            vec![c("C D"), c("Nữ"), c("1980"), c("^"), c("^")],
            vec![c("E F"), c("Nữ"), c("1981"), c("Kinh"), c("^")],
        ],
        &[3],
    );
    let (_, inspection) = proposed(&bytes, json!([]));
    assert_eq!(inspection.file.kind, "ods");
    assert_eq!(inspection.sheets[0].hidden_rows, [4]);
    let result = run(&bytes, json!([]), Lang::Vi);
    let cd = person(&result, "C D");
    assert_eq!(cd["ethnicMinority"], true);
    assert_eq!(cd["politicalTheory"], "advanced");
    assert_eq!(person(&result, "E F")["politicalTheory"], "advanced");
    assert_eq!(person(&result, "E F")["ethnicMinority"], false);
    assert_eq!(result.summary.merged_cells, 3);
    assert_eq!(result.summary.hidden_rows, [4]);
}

#[test]
fn a_sheet_title_right_above_the_header_groups_nothing() {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet
        .merge_range(0, 0, 0, 4, "DANH SÁCH CÁN BỘ QUY HOẠCH", &Format::new())
        .unwrap();
    for (c, h) in [
        "Họ và tên",
        "Giới tính",
        "Năm sinh",
        "Số điện thoại",
        "Quy hoạch",
    ]
    .iter()
    .enumerate()
    {
        sheet.write_string(1, c as u16, *h).unwrap();
    }
    for (c, v) in ["A B", "Nam", "1975", "0912", "Bí thư Đảng ủy"]
        .iter()
        .enumerate()
    {
        sheet.write_string(2, c as u16, *v).unwrap();
    }
    let bytes = book.save_to_buffer().unwrap();
    let (_, inspection) = proposed(&bytes, titles());
    let fields: Vec<&str> = inspection.sheets[0]
        .columns
        .iter()
        .map(|c| c.field)
        .collect();
    assert_eq!(fields, ["name", "sex", "birth", "ignore", "planned"]);
    let result = run(&bytes, titles(), Lang::Vi);
    assert_eq!(result.people[0]["planned"], json!(["bt"]));
}

#[test]
fn a_total_with_a_count_under_the_nu_mark_column_is_no_woman() {
    let bytes = csv(
        "Họ và tên,Nữ,Năm sinh\nA B,,1975\nC D,x,1980\nTống Công Minh,,\nTổng cộng: 2 đồng chí,1,\n",
    );
    let result = run(&bytes, json!([]), Lang::En);
    assert_eq!(result.summary.imported, 2);
    let kinds: Vec<(usize, &str)> = result
        .summary
        .non_person
        .iter()
        .map(|n| (n.row, n.kind))
        .collect();
    assert_eq!(kinds, [(5, "total")]);
    // Tống Công Minh has no birth: rejected as a person, not taken for a total.
    assert_eq!(result.rejections[0].row, 4);
    assert_eq!(result.rejections[0].reason, "birth date is missing");
}

#[test]
fn section_rows_of_every_kind() {
    let bytes = csv("STT,Họ và tên,Giới tính,Năm sinh\n\
         1,2,3,4\n\
         ,A. XÃ TÂN AN,,\n\
         I,Khối Đảng,,\n\
         ,1. Đảng ủy xã,,\n\
         1,Nguyễn Văn An,Nam,1975\n\
         ,KHỐI CHÍNH QUYỀN,,\n\
         2,Lò Thị Bình,Nữ,1980\n\
         ,Cộng,1,1\n\
         ,\"Tân An, ngày 15 tháng 3 năm 2025\",,\n\
         ,Người lập biểu,,\n\
         ,Hoàng Văn Chung,,\n");
    let result = run(&bytes, json!([]), Lang::Vi);
    assert_eq!(result.summary.imported, 2);
    assert_eq!(result.summary.rejected, 0, "{:?}", result.rejections);
    let kinds: Vec<&str> = result.summary.non_person.iter().map(|n| n.kind).collect();
    assert_eq!(
        kinds,
        [
            "numbering",
            "section",
            "section",
            "section",
            "section",
            "total",
            "signature",
            "signature",
            "signature"
        ]
    );
}

#[test]
fn a_dtts_column_of_ticks_reads_a_blank_as_no() {
    let bytes = csv("Họ và tên,Giới tính,Năm sinh,DTTS\nA B,Nam,1975,x\nC D,Nữ,1980,\n");
    let result = run(&bytes, json!([]), Lang::Vi);
    assert_eq!(person(&result, "A B")["ethnicMinority"], true);
    assert_eq!(person(&result, "C D")["ethnicMinority"], false);
}

#[test]
fn a_column_with_a_stray_legacy_sign_is_flagged_not_converted() {
    let bytes = csv("Họ và tên,Giới tính,Năm sinh,Ghi chú\nLê Văn An,Nam,1975,Công ty ©\n");
    let (_, inspection) = proposed(&bytes, json!([]));
    let column = &inspection.sheets[0].columns[3];
    assert_eq!(column.encoding, qhcb::legacy::Legacy::Unicode);
    assert!(column.encoding_unsure);
    assert!(!inspection.sheets[0].columns[0].encoding_unsure);
}

#[test]
fn a_person_over_two_rows_is_one_person_with_both_rows_titles() {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    let plain = Format::new();
    for (c, h) in ["Họ và tên", "Giới tính", "Năm sinh", "Quy hoạch chức danh"]
        .iter()
        .enumerate()
    {
        sheet.write_string(0, c as u16, *h).unwrap();
    }
    sheet
        .merge_range(1, 0, 2, 0, "Nguyễn Văn An", &plain)
        .unwrap();
    sheet.merge_range(1, 1, 2, 1, "Nam", &plain).unwrap();
    sheet.merge_range(1, 2, 2, 2, "1975", &plain).unwrap();
    sheet.write_string(1, 3, "Bí thư Đảng ủy").unwrap();
    sheet.write_string(2, 3, "Chủ tịch UBND").unwrap();
    sheet.write_string(3, 0, "Lò Thị Bình").unwrap();
    sheet.write_string(3, 1, "Nữ").unwrap();
    sheet.write_string(3, 2, "1980").unwrap();
    let bytes = book.save_to_buffer().unwrap();
    let result = run(&bytes, titles(), Lang::En);
    assert_eq!(result.summary.imported, 2);
    assert_eq!(
        person(&result, "Nguyễn Văn An")["planned"],
        json!(["bt", "ct-ubnd"])
    );
    assert_eq!(result.summary.non_person[0].kind, "continuation");
    assert_eq!(result.summary.non_person[0].row, 3);
}

#[test]
fn the_roster_after_a_hidden_sheet_is_proposed() {
    let mut book = Workbook::new();
    let cover = book.add_worksheet().set_name("Data").unwrap();
    cover.write_string(0, 0, "Họ và tên").unwrap();
    cover.write_string(0, 1, "Giới tính").unwrap();
    cover.write_string(0, 2, "Năm sinh").unwrap();
    cover.write_string(0, 3, "Dân tộc").unwrap();
    cover.set_hidden(true);
    let roster = book.add_worksheet().set_name("DS").unwrap();
    for (c, h) in ["Họ và tên", "Giới tính", "Năm sinh"].iter().enumerate() {
        roster.write_string(0, c as u16, *h).unwrap();
    }
    book.worksheet_from_index(1).unwrap().set_active(true);
    let bytes = book.save_to_buffer().unwrap();
    let inspection = inspect(&bytes).unwrap();
    assert!(inspection.sheets[0].hidden);
    assert!(!inspection.sheets[1].hidden);
    assert_eq!(inspection.proposed_sheet, 1);
}

#[test]
fn every_row_is_accounted_for_in_any_mix_of_rows() {
    // A small generator: rows mixing people, totals, sections, signatures,
    // marks, bad dates, invisible characters and TCVN3 text, under headers
    // of every layout. No panic; every row counted once.
    const CELLS: &[&str] = &[
        "",
        "x",
        "X",
        "1",
        "6",
        "Nam",
        "Nữ",
        "1975",
        "15/03/1975",
        "3/15/1975",
        "31/02/1986",
        "5/7/90",
        "Tổng cộng: 12 đồng chí",
        "Cộng",
        "I. KHỐI ĐẢNG",
        "A. XÃ TÂN AN",
        "TM. BAN THƯỜNG VỤ",
        "BÍ THƯ",
        "Người lập biểu",
        "Tân An, ngày 15 tháng 3 năm 2025",
        "Nguyễn\u{200B} Văn An",
        "NguyÔn V¨n An",
        "Tày",
        "Thạc sĩ",
        "abc",
        "Bí thư, PCT UBND",
        "Phó Chủ tịch HĐND/UBND xã",
        "(1)",
        "=SUM(A1)",
    ];
    const HEADERS: &[&str] = &[
        "STT,Họ và tên,Giới tính,Ngày sinh,Dân tộc,Trình độ CM,Chức vụ,Quy hoạch chức danh",
        "Họ và tên đệm,Tên,Nữ,Sinh năm,DTTS,TĐCM,Chức vụ Đảng,Chức vụ chính quyền",
        "Họ và tên,Giới tính,,Năm sinh,Dân tộc,LLCT,Quy hoạch chức danh,\n,Nam,Nữ,,,,BT,PCT UBND",
        "Họ và tên,Năm sinh,,Dân tộc,LLCT,Chức vụ hiện tại,Thời gian giữ chức vụ hiện tại,Ghi chú\n,Nam,Nữ,,,,,",
    ];
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = |n: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n as u64) as usize
    };
    for round in 0..160 {
        let mut text = String::from(HEADERS[round % HEADERS.len()]);
        text.push('\n');
        for _ in 0..next(12) {
            let row: Vec<String> = (0..8)
                .map(|_| {
                    let cell = CELLS[next(CELLS.len())];
                    if cell.contains([',', '"', '\n']) {
                        format!("\"{}\"", cell.replace('"', "\"\""))
                    } else {
                        cell.to_owned()
                    }
                })
                .collect();
            text.push_str(&row.join(","));
            text.push('\n');
        }
        let bytes = text.into_bytes();
        let Ok(inspection) = inspect(&bytes) else {
            continue;
        };
        let sheet = &inspection.sheets[0];
        let columns: Vec<Value> = sheet
            .columns
            .iter()
            .map(|c| json!({ "index": c.index, "field": c.field, "encoding": c.encoding }))
            .collect();
        let options: ImportOptions = serde_json::from_value(json!({
            "headerRow": sheet.header_row,
            "columns": columns,
            "titles": titles(),
            "createTitles": round % 3 == 0,
        }))
        .unwrap();
        let (tables, _) = import::read_file(&bytes).unwrap();
        let result =
            import::import(&tables, &options, qhcb::messages::catalogue(Lang::Vi)).unwrap();
        let s = &result.summary;
        assert_eq!(
            s.rows_read,
            s.imported + s.rejected + s.non_person.len() + s.blank_rows.len(),
            "round {round}: {s:?}"
        );
        assert_eq!(s.imported, result.people.len());
        for p in &result.people {
            assert!(p["name"].is_string() && p["sex"].is_string() && p["birth"].is_string());
        }
    }
}

#[test]
fn a_ten_column_beside_a_full_name_is_not_added_twice() {
    let bytes = csv(
        "Họ và tên,Tên,Giới tính,Năm sinh\nNguyễn Văn An,An,Nam,1975\nLò Thị Bình,Bình,Nữ,1980\n",
    );
    let result = run(&bytes, json!([]), Lang::Vi);
    let names: Vec<&str> = result
        .people
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Nguyễn Văn An", "Lò Thị Bình"]);
}
