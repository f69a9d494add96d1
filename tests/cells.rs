//! Typed and pasted cells: Vietnamese words and dates become field values.

use qhcb::cells::{parse_cell, parse_date, CellError, TitleName};
use qhcb::text::fold;
use serde_json::{json, Value};

fn titles() -> Vec<TitleName> {
    vec![
        TitleName {
            id: "bt".into(),
            name: Some("Bí thư Huyện ủy".into()),
        },
        TitleName {
            id: "pbt".into(),
            name: Some("Phó Bí thư Huyện ủy".into()),
        },
    ]
}

#[track_caller]
fn cell(field: &str, text: &str) -> Value {
    parse_cell(field, text, &titles()).unwrap()
}

#[test]
fn sex_is_read_in_vietnamese_and_english() {
    for (text, value) in [
        ("Nam", "M"),
        ("nữ", "F"),
        ("NỮ", "F"),
        ("Nu", "F"),
        ("M", "M"),
        ("f", "F"),
    ] {
        assert_eq!(cell("sex", text), json!(value), "{text}");
    }
    assert_eq!(
        parse_cell("sex", "X", &[]),
        Err(CellError::Unrecognised {
            expected: qhcb::cells::Wanted::OneOf("sex")
        })
    );
    assert_eq!(cell("sex", " "), Value::Null);
}

#[test]
fn dates_are_read_as_people_write_them() {
    for (text, iso) in [
        ("15/03/1978", "1978-03-15"),
        ("5/3/1978", "1978-03-05"),
        ("15.03.1978", "1978-03-15"),
        ("03/1978", "1978-03"),
        ("1978", "1978"),
        ("1978-03-15", "1978-03-15"),
    ] {
        assert_eq!(parse_date(text).as_deref(), Some(iso), "{text}");
    }
    for text in ["31/02/1978", "15/13/1978", "1/1/78", "abc", "15/03/1978/1"] {
        assert_eq!(parse_date(text), None, "{text}");
    }
}

#[test]
fn education_and_theory_words_are_recognised() {
    for (text, value) in [
        ("Thạc sĩ", "master"),
        ("Thạc sỹ", "master"),
        ("ThS", "master"),
        ("Tiến sĩ", "doctorate"),
        ("Đại học", "university"),
        ("Cao đẳng", "college"),
        ("Trung cấp", "vocational"),
    ] {
        assert_eq!(cell("education", text), json!(value), "{text}");
    }
    for (text, value) in [
        ("Cao cấp", "advanced"),
        ("Cử nhân", "advanced"),
        ("Trung cấp", "intermediate"),
        ("Sơ cấp", "elementary"),
    ] {
        assert_eq!(cell("politicalTheory", text), json!(value), "{text}");
    }
    assert!(parse_cell("education", "Giỏi", &[]).is_err());
}

#[test]
fn ticks_and_ethnic_names() {
    assert_eq!(cell("ethnicMinority", "x"), json!(true));
    assert_eq!(cell("ethnicMinority", "Kinh"), json!(false));
    assert_eq!(cell("local", "Không"), json!(false));
    assert_eq!(cell("local", "có"), json!(true));
    assert_eq!(
        parse_cell("local", "maybe", &[]),
        Err(CellError::Unrecognised {
            expected: qhcb::cells::Wanted::YesNo
        })
    );
}

#[test]
fn titles_are_matched_by_id_or_name() {
    assert_eq!(
        cell("planned", "bt, Phó bí thư huyện ủy"),
        json!(["bt", "pbt"])
    );
    assert_eq!(cell("current", "BT; bt"), json!(["bt"]));
    assert_eq!(cell("planned", ""), json!([]));
    assert_eq!(
        parse_cell("planned", "bt, ct", &titles()),
        Err(CellError::UnknownTitle("ct".into()))
    );
}

#[test]
fn messages_say_what_the_field_expects() {
    let text = qhcb::messages::catalogue(qhcb::messages::Lang::Vi);
    let error = parse_cell("birth", "31/02/1978", &[]).unwrap_err();
    assert_eq!(
        text.cell_error("31/02/1978", &error),
        "“31/02/1978” không hợp lệ; cần ngày dạng dd/mm/yyyy, mm/yyyy hoặc yyyy"
    );
}

#[test]
fn folding_ignores_marks_case_and_spacing() {
    assert_eq!(fold("Đặng  THỊ   Hồng"), "dang thi hong");
    assert_eq!(fold("Nguyễn"), fold("nguyen"));
}

#[test]
fn formula_apostrophe_from_csv_export_is_taken_off() {
    assert_eq!(
        cell("name", "'=cmd|' /C calc'!A0"),
        json!("=cmd|' /C calc'!A0")
    );
    assert_eq!(cell("name", "'Tên có dấu nháy"), json!("'Tên có dấu nháy"));
}

/// A pasted block: tabs and line breaks split cells and rows; a quoted cell
/// may hold both, its quotes doubled; a quote that does not close a cell is
/// a literal one; blank lines at the end are dropped.
#[test]
fn pasted_blocks_split_as_spreadsheets_copy_them() {
    use qhcb::cells::split_block;
    assert_eq!(
        split_block("a\tb\r\nc\td\r\n\r\n"),
        vec![vec!["a", "b"], vec!["c", "d"]]
    );
    assert_eq!(
        split_block("\"x\ty\"\t\"say \"\"hi\"\"\"\nz"),
        vec![vec!["x\ty", "say \"hi\""], vec!["z"]]
    );
    // A quote left open is kept as typed; the rows after it still split.
    assert_eq!(
        split_block("\"open\tb\nc\td\n\"x\"y\tz"),
        vec![vec!["\"open", "b"], vec!["c", "d"], vec!["\"x\"y", "z"]]
    );
    assert_eq!(split_block(""), Vec::<Vec<String>>::new());
}

#[test]
fn indexed_titles_match_as_parse_cell_does() {
    use qhcb::cells::{parse_cell, parse_cell_indexed, TitleIndex, TitleName};
    let titles = vec![
        TitleName {
            id: "bt".into(),
            name: Some("Bí thư".into()),
        },
        TitleName {
            id: "pbt".into(),
            name: Some("Phó Bí thư".into()),
        },
        TitleName {
            id: "Bi thu".into(),
            name: None,
        },
    ];
    let index = TitleIndex::new(&titles);
    for text in [
        "bt",
        "BÍ THƯ",
        "bí thư; Phó Bí thư, bt",
        "",
        "Bi thu",
        "x, bt",
    ] {
        assert_eq!(
            parse_cell_indexed("planned", text, &index),
            parse_cell("planned", text, &titles),
            "{text}"
        );
    }
    assert_eq!(
        parse_cell_indexed("sex", "Nữ", &index),
        parse_cell("sex", "Nữ", &titles)
    );
}
