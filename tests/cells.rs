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

/// Issue 16: the ethnic groups as the official list and rosters spell them.
#[test]
fn ethnic_groups_are_read_in_their_usual_spellings() {
    use qhcb::cells::read_value;
    use qhcb::schema::{EthnicGroup, Vocabulary};
    assert_eq!(EthnicGroup::ALL.len(), 54);
    // Every official name reads as its own group, as do the ids.
    for g in EthnicGroup::ALL {
        assert_eq!(
            EthnicGroup::read(g.label(qhcb::lang::Lang::Vi)),
            Some(g),
            "{g:?}"
        );
        assert_eq!(EthnicGroup::read(g.id()), Some(g), "{g:?}");
        assert_eq!(g.is_minority(), g != EthnicGroup::Kinh);
    }
    for (text, id) in [
        ("Kinh", "kinh"),
        ("Tày", "tay"),
        ("Khơ-me", "kho-me"),
        ("Khơ me", "kho-me"),
        ("Khmer", "kho-me"),
        ("Gia-rai", "gia-rai"),
        ("Jrai", "gia-rai"),
        ("Gia Rai", "gia-rai"),
        ("Ê-đê", "e-de"),
        ("Êđê", "e-de"),
        ("Ê Đê", "e-de"),
        ("Ba-na", "ba-na"),
        ("Bahnar", "ba-na"),
        ("Xơ-đăng", "xo-dang"),
        ("Cơ-tu", "co-tu"),
        ("Bru-Vân Kiều", "bru-van-kieu"),
        ("Vân Kiều", "bru-van-kieu"),
        ("H’Mông", "mong"),
        ("H'Mông", "mong"),
        ("Hmông", "mong"),
        ("HMÔNG", "mong"),
        ("Mèo", "mong"),
        ("Mông Hoa", "mong"),
        ("Dao đỏ", "dao"),
        ("Dao Tiền", "dao"),
        ("Sán Chay (Cao Lan)", "san-chay"),
        ("Cao Lan", "san-chay"),
        ("Thái đen", "thai"),
        ("Thái trắng", "thai"),
        ("M'Nông", "mnong"),
        ("M’Nông", "mnong"),
        ("Mnông", "mnong"),
        ("Giẻ-Triêng", "gie-trieng"),
        ("Chu-ru", "chu-ru"),
        ("Ra-glai", "ra-glai"),
        ("Xtiêng", "xtieng"),
        ("Khơ-mú", "kho-mu"),
        ("Tà-ôi", "ta-oi"),
        ("Chơ-ro", "cho-ro"),
        ("Xinh-mun", "xinh-mun"),
        ("Hà Nhì", "ha-nhi"),
        ("La Chí", "la-chi"),
        ("La Ha", "la-ha"),
        ("Phù Lá", "phu-la"),
        ("La Hủ", "la-hu"),
        ("Pà Thẻn", "pa-then"),
        ("Lự", "lu"),
        ("Ngái", "ngai"),
        ("Chứt", "chut"),
        ("Lô Lô", "lo-lo"),
        ("Mảng", "mang"),
        ("Cờ Lao", "co-lao"),
        ("Bố Y", "bo-y"),
        ("Cống", "cong"),
        ("Si La", "si-la"),
        ("Pu Péo", "pu-peo"),
        ("Rơ-măm", "ro-mam"),
        ("Brâu", "brau"),
        ("Ơ-đu", "o-du"),
        ("Sán Dìu", "san-diu"),
        ("Cơ-ho", "co-ho"),
        ("K'Ho", "co-ho"),
        ("Mạ", "ma"),
        ("Hrê", "hre"),
        ("Chăm", "cham"),
        ("Hoa", "hoa"),
        ("Nùng", "nung"),
        ("Mường", "muong"),
        ("Thổ", "tho"),
        ("Giáy", "giay"),
        ("Lào", "lao"),
        ("Kháng", "khang"),
        ("Co", "co"),
        ("Dân tộc Tày", "tay"),
        // As the statistics office's list spells them.
        ("Ra Glay", "ra-glai"),
        ("Pu Piéo", "pu-peo"),
        ("Cơ Ho", "co-ho"),
        ("Xơ Đăng", "xo-dang"),
        ("Gié Triêng", "gie-trieng"),
        ("X’tiêng", "xtieng"),
        ("LôLô", "lo-lo"),
        ("Mèo Hoa", "mong"),
    ] {
        let minority = id != "kinh";
        assert_eq!(
            read_value("ethnicGroup", text),
            Ok(vec![
                ("ethnicGroup", json!(id)),
                ("ethnicMinority", json!(minority))
            ]),
            "{text}"
        );
        // The yes/no column reads a group's name too: its own field first.
        assert_eq!(
            read_value("ethnicMinority", text),
            Ok(vec![
                ("ethnicMinority", json!(minority)),
                ("ethnicGroup", json!(id))
            ]),
            "{text}"
        );
        // The grid: typing "Tày" in the ethnic column is accepted.
        assert_eq!(cell("ethnicMinority", text), json!(minority), "{text}");
        assert_eq!(cell("ethnicGroup", text), json!(id), "{text}");
    }
    // Marks give whether the person is a minority, nothing else.
    for (text, minority) in [
        ("x", true),
        ("DTTS", true),
        ("Có", true),
        ("", false),
        ("không", false),
    ] {
        assert_eq!(
            read_value("ethnicMinority", text),
            Ok(vec![("ethnicMinority", json!(minority))]),
            "{text}"
        );
    }
    // In the group's own column a mark leaves the group unknown: the cell's own field comes first.
    assert_eq!(
        read_value("ethnicGroup", "x"),
        Ok(vec![
            ("ethnicGroup", Value::Null),
            ("ethnicMinority", json!(true))
        ])
    );
    assert_eq!(cell("ethnicGroup", "x"), Value::Null);
    // Every field's answer starts with the field itself.
    for field in [
        "ethnicGroup",
        "ethnicMinority",
        "education",
        "academicTitle",
        "politicalTheory",
        "sex",
        "birth",
        "local",
    ] {
        for text in [
            "x",
            "1",
            "0",
            "-",
            "",
            "Có",
            "không",
            "DTTS",
            "Tày",
            "PGS.TS",
            "Cao cấp",
            "Nữ",
            "1975",
        ] {
            if let Ok(values) = read_value(field, text) {
                assert_eq!(values[0].0, field, "{field} {text}");
            }
        }
    }
    assert_eq!(
        read_value("ethnicGroup", ""),
        Ok(vec![("ethnicGroup", Value::Null)])
    );
    // Unknown text is an error the caller keeps as written.
    for text in ["Đảng viên", "Việt Nam", "abc", "Tày, Nùng"] {
        assert!(read_value("ethnicGroup", text).is_err(), "{text}");
        assert!(read_value("ethnicMinority", text).is_err(), "{text}");
    }
}

/// Issue 16: education with its major and academic title, political theory
/// in its usual spellings.
#[test]
fn education_with_major_and_title_and_theory_spellings() {
    use qhcb::cells::read_value;
    let ed = |text: &str| read_value("education", text).unwrap_or_else(|e| panic!("{text}: {e:?}"));
    for (text, level, major, title) in [
        (
            "Thạc sĩ Quản lý kinh tế",
            "master",
            Some("Quản lý kinh tế"),
            None,
        ),
        ("ThS. Kinh tế", "master", Some("Kinh tế"), None),
        ("Ths Luật", "master", Some("Luật"), None),
        ("Thạc sỹ", "master", None, None),
        ("Tiến sĩ Luật", "doctorate", Some("Luật"), None),
        ("TS", "doctorate", None, None),
        ("TS.", "doctorate", None, None),
        ("PGS.TS", "doctorate", None, Some("PGS")),
        ("PGS. TS Kinh tế", "doctorate", Some("Kinh tế"), Some("PGS")),
        ("GS.TS", "doctorate", None, Some("GS")),
        ("GS.TSKH Vật lý", "doctorate", Some("Vật lý"), Some("GS")),
        ("Phó Giáo sư, Tiến sĩ", "doctorate", None, Some("PGS")),
        ("Cử nhân Luật", "university", Some("Luật"), None),
        ("ĐH Luật", "university", Some("Luật"), None),
        ("Đại học", "university", None, None),
        ("Kỹ sư nông nghiệp", "university", Some("nông nghiệp"), None),
        ("Đại học Sư phạm", "university", Some("Sư phạm"), None),
        (
            "Đại học chuyên ngành Xây dựng Đảng",
            "university",
            Some("Xây dựng Đảng"),
            None,
        ),
        ("Bác sĩ đa khoa", "university", Some("đa khoa"), None),
        ("Cao đẳng Sư phạm", "college", Some("Sư phạm"), None),
        ("Trung cấp Kế toán", "vocational", Some("Kế toán"), None),
        ("Trung cấp", "vocational", None, None),
        (
            "Cử nhân Luật, Thạc sĩ Quản lý công",
            "master",
            Some("Quản lý công"),
            None,
        ),
        ("12/12, Đại học Luật", "university", Some("Luật"), None),
        ("Đại học (Kinh tế)", "university", Some("Kinh tế"), None),
        (
            "Đại học Luật (Kinh tế)",
            "university",
            Some("Luật (Kinh tế)"),
            None,
        ),
        ("Thạc sỹ QLKT", "master", Some("QLKT"), None),
    ] {
        let mut want = vec![("education", json!(level))];
        if let Some(m) = major {
            want.push(("educationMajor", json!(m)));
        }
        if let Some(t) = title {
            want.push(("academicTitle", json!(t)));
        }
        assert_eq!(ed(text), want, "{text}");
        assert_eq!(cell("education", text), json!(level), "{text}");
    }
    assert!(read_value("education", "Giỏi").is_err());
    assert!(read_value("education", "12/12").is_err());
    assert_eq!(
        read_value("education", " "),
        Ok(vec![("education", Value::Null)])
    );
    // The academic title column: the title first, with the doctorate it implies.
    assert_eq!(
        read_value("academicTitle", "PGS.TS"),
        Ok(vec![
            ("academicTitle", json!("PGS")),
            ("education", json!("doctorate"))
        ])
    );
    assert!(read_value("academicTitle", "Thạc sĩ").is_err());
    // Its own name alone gives only the title.
    for text in ["Phó Giáo sư", "Associate professor", "pgs"] {
        assert_eq!(
            read_value("academicTitle", text),
            Ok(vec![("academicTitle", json!("PGS"))]),
            "{text}"
        );
    }

    for (text, theory) in [
        ("Cử nhân chính trị", "advanced"),
        ("Cử nhân", "advanced"),
        ("Cao cấp", "advanced"),
        ("Cao cấp LLCT", "advanced"),
        ("Cao cấp lý luận chính trị", "advanced"),
        ("CC", "advanced"),
        ("CC LLCT", "advanced"),
        ("Trung cấp LLCT", "intermediate"),
        ("Trung cấp lý luận chính trị", "intermediate"),
        ("TC", "intermediate"),
        ("Sơ cấp", "elementary"),
        ("SC", "elementary"),
        ("Sơ cấp LLCT", "elementary"),
        ("Chưa qua đào tạo", "none"),
        ("Cao cấp LL", "advanced"),
        ("CCLLCT", "advanced"),
        ("TCLLCT", "intermediate"),
        ("Cử nhân CT", "advanced"),
        ("Trung cấp (LLCT)", "intermediate"),
    ] {
        assert_eq!(
            read_value("politicalTheory", text),
            Ok(vec![("politicalTheory", json!(theory))]),
            "{text}"
        );
        assert_eq!(cell("politicalTheory", text), json!(theory), "{text}");
    }
    assert!(read_value("politicalTheory", "Giỏi").is_err());
    assert!(read_value("politicalTheory", "Lý luận chính trị").is_err());
    assert!(read_value("politicalTheory", "Đang học cao cấp").is_err());
    // Text fields keep the text as written.
    assert_eq!(
        read_value("otherPosts", " Trưởng ban Dân vận "),
        Ok(vec![("otherPosts", json!("Trưởng ban Dân vận"))])
    );
    assert_eq!(
        read_value("hometown", "xã Tân Lập, Phú Thọ"),
        Ok(vec![("hometown", json!("xã Tân Lập, Phú Thọ"))])
    );
}
