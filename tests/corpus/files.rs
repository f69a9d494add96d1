//! The corpus: each file as an office keeps it, and what a reader of the
//! form sees in it, written by hand, row by row.
//!
//! Cell texts follow [`super::cell`]: "" empty, "d:YYYY-MM-DD" a date cell,
//! "s:…" / "s4:…" a plain serial number (1900 / 1904 system), "n:…" a
//! number. Row numbers in the expectations are the spreadsheet's (CSV: the
//! line), counted from the `.row(…)` calls; a comment marks them.

use super::{
    csv_text, latin1, ods, p, utf16le_bom, utf8_bom, windows_1258, xlsx, Case, Font, Person, Sheet,
};

/// A district's titles (the list the dataset already holds).
const HUYEN: &[(&str, &str)] = &[
    ("bt-hu", "Bí thư Huyện ủy"),
    ("pbt-hu", "Phó Bí thư Huyện ủy"),
    ("uvbtv-hu", "Ủy viên Ban Thường vụ Huyện ủy"),
    ("ct-hdnd", "Chủ tịch HĐND huyện"),
    ("pct-hdnd", "Phó Chủ tịch HĐND huyện"),
    ("ct-ubnd", "Chủ tịch UBND huyện"),
    ("pct-ubnd", "Phó Chủ tịch UBND huyện"),
    ("cn-ubkt", "Chủ nhiệm Ủy ban Kiểm tra Huyện ủy"),
    ("tb-tc", "Trưởng Ban Tổ chức Huyện ủy"),
    ("ct-mttq", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
];

/// A commune's titles.
const XA: &[(&str, &str)] = &[
    ("bt", "Bí thư Đảng ủy"),
    ("pbt", "Phó Bí thư Đảng ủy"),
    ("uvbtv", "Ủy viên Ban Thường vụ"),
    ("ct-hdnd", "Chủ tịch HĐND"),
    ("pct-hdnd", "Phó Chủ tịch HĐND"),
    ("ct-ubnd", "Chủ tịch UBND"),
    ("pct-ubnd", "Phó Chủ tịch UBND"),
    ("ct-mttq", "Chủ tịch Ủy ban MTTQ"),
];

/// Titles named without their level, as many lists keep them, and a few
/// long names: abbreviations, a slash inside a name, a dash.
const SHORT: &[(&str, &str)] = &[
    ("bt", "Bí thư"),
    ("pbt", "Phó Bí thư"),
    ("uvbtv", "Ủy viên Ban Thường vụ"),
    ("ct-hdnd", "Chủ tịch HĐND"),
    ("ct-ubnd", "Chủ tịch UBND"),
    ("pct-ubnd", "Phó Chủ tịch UBND"),
    ("bt-hu", "Bí thư Huyện ủy"),
    ("pct-hdnd-ubnd", "Phó Chủ tịch HĐND/UBND huyện"),
    ("tb-tgdv", "Trưởng Ban Tuyên giáo - Dân vận"),
];

/// Every case, in the order of the report.
pub fn all() -> Vec<Case> {
    vec![
        huyen_form_xlsx(),
        huyen_form_ods(),
        huyen_form_csv(),
        split_name_and_posts(),
        ethnic_groups_merged_xlsx(),
        ethnic_groups_merged_ods(),
        nu_and_dtts_marks_csv(),
        education_majors_csv_bom(),
        free_form_titles(),
        hidden_sheet_and_row(),
        ods_hidden_row_and_sheet(),
        invisible_characters(),
        utf16_tab_text(),
        duplicates_without_ids(),
        both_sexes_filled(),
        mixed_dates(),
        us_locale_dates(),
        date_system_1904(),
        windows_1258_csv(),
        tcvn3_form(),
        vni_form(),
        tcvn3_titles_with_uy_csv(),
        tcvn3_one_row(),
        vni_two_rows(),
        tcvn3_two_rows_xlsx(),
        clean_roster(),
        signature_in_name_column(),
        sections_and_subtotals_csv(),
        gender_and_planned_marks_ods(),
        instructions_sheet_first(),
    ]
}

// ------------------------------------------------------------ 1, 2: a district form

/// The form of a district Party committee: the motto block, a two-row
/// header (birth date over Nam | Nữ, planned titles over their own
/// columns marked "x"), a numbering row, section rows, a total row and a
/// signature block.
fn huyen_form() -> Sheet {
    Sheet::new("QH 2025-2030")
        // 1
        .row(&[
            "HUYỆN ỦY HẢI LĂNG",
            "",
            "",
            "",
            "",
            "",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        ])
        .merge(1, 0, 1, 3)
        .merge(1, 6, 1, 11)
        // 2
        .row(&["*", "", "", "", "", "", "Độc lập - Tự do - Hạnh phúc"])
        .merge(2, 6, 2, 11)
        // 3
        .blank(1)
        // 4
        .row(&[
            "DANH SÁCH QUY HOẠCH CÁN BỘ DIỆN BAN THƯỜNG VỤ HUYỆN ỦY QUẢN LÝ NHIỆM KỲ 2025 - 2030",
        ])
        .merge(4, 0, 4, 11)
        // 5
        .row(&["(Kèm theo Nghị quyết số 45-NQ/HU ngày 10/3/2026 của Ban Thường vụ Huyện ủy)"])
        .merge(5, 0, 5, 11)
        // 6
        .row(&[
            "STT",
            "Họ và tên",
            "Ngày tháng năm sinh",
            "",
            "Dân tộc",
            "Trình độ chuyên môn",
            "Lý luận chính trị",
            "Chức vụ hiện tại",
            "Quy hoạch chức danh",
            "",
            "",
            "Ghi chú",
        ])
        .merge(6, 0, 7, 0)
        .merge(6, 1, 7, 1)
        .merge(6, 2, 6, 3)
        .merge(6, 4, 7, 4)
        .merge(6, 5, 7, 5)
        .merge(6, 6, 7, 6)
        .merge(6, 7, 7, 7)
        .merge(6, 8, 6, 10)
        .merge(6, 11, 7, 11)
        // 7
        .row(&[
            "",
            "",
            "Nam",
            "Nữ",
            "",
            "",
            "",
            "",
            "Bí thư Huyện ủy",
            "Phó Bí thư Huyện ủy",
            "Chủ tịch UBND huyện",
            "",
        ])
        // 8
        .row(&[
            "(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)", "(11)", "(12)",
        ])
        // 9
        .row(&["I. KHỐI ĐẢNG"])
        .merge(9, 0, 9, 11)
        // 10
        .row(&[
            "n:1",
            "Lê Quang Huy",
            "12/05/1972",
            "",
            "Kinh",
            "Thạc sĩ Quản lý kinh tế",
            "Cao cấp",
            "Phó Bí thư Huyện ủy",
            "x",
            "",
            "",
            "",
        ])
        // 11
        .row(&[
            "n:2",
            "Hồ Thị Thu Hà",
            "",
            "03/11/1978",
            "Kinh",
            "Cử nhân Luật",
            "Cao cấp",
            "Trưởng Ban Tổ chức Huyện ủy",
            "",
            "x",
            "",
            "",
        ])
        // 12
        .row(&[
            "n:3",
            "Nguyễn Đăng Khoa",
            "20/01/1980",
            "",
            "Bru-Vân Kiều",
            "Kỹ sư nông nghiệp",
            "Trung cấp",
            "Chủ nhiệm Ủy ban Kiểm tra Huyện ủy",
            "",
            "x",
            "",
            "",
        ])
        // 13
        .row(&["II. KHỐI CHÍNH QUYỀN"])
        .merge(13, 0, 13, 11)
        // 14
        .row(&[
            "n:4",
            "Trần Minh Tâm",
            "08/08/1975",
            "",
            "Kinh",
            "Tiến sĩ Kinh tế",
            "Cao cấp",
            "Chủ tịch UBND huyện",
            "x",
            "",
            "",
            "",
        ])
        // 15
        .row(&[
            "n:5",
            "Phan Thị Ngọc Ánh",
            "",
            "25/12/1983",
            "Kinh",
            "Thạc sĩ",
            "Cao cấp",
            "Phó Chủ tịch UBND huyện",
            "",
            "",
            "x",
            "",
        ])
        // 16
        .row(&[
            "n:6",
            "Võ Thị Mai Hương",
            "",
            "14/02/1986",
            "Kinh",
            "Đại học Sư phạm",
            "Trung cấp",
            "Phó Chủ tịch HĐND huyện",
            "",
            "",
            "x",
            "",
        ])
        // 17
        .row(&["", "Tổng cộng: 6 đồng chí", "n:3", "n:3"])
        // 18
        .blank(1)
        // 19
        .row(&[
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "Hải Lăng, ngày 10 tháng 3 năm 2026",
        ])
        .merge(19, 7, 19, 11)
        // 20
        .row(&["", "Nơi nhận:", "", "", "", "", "", "TM. BAN THƯỜNG VỤ"])
        .merge(20, 7, 20, 11)
        // 21
        .row(&["", "- Ban Tổ chức Tỉnh ủy;", "", "", "", "", "", "BÍ THƯ"])
        .merge(21, 7, 21, 11)
        // 22
        .row(&["", "- Lưu VP."])
        // 23
        .blank(1)
        // 24
        .row(&["", "", "", "", "", "", "", "Nguyễn Văn Thắng"])
        .merge(24, 7, 24, 11)
}

fn huyen_people() -> Vec<Person> {
    vec![
        p(10, "Lê Quang Huy", "M", "1972-05-12")
            .group("Kinh")
            .edu("master")
            .theory("advanced")
            .cur(&["pbt-hu"])
            .plan(&["bt-hu"]),
        p(11, "Hồ Thị Thu Hà", "F", "1978-11-03")
            .group("Kinh")
            .edu("university")
            .theory("advanced")
            .cur(&["tb-tc"])
            .plan(&["pbt-hu"]),
        p(12, "Nguyễn Đăng Khoa", "M", "1980-01-20")
            .group("Bru-Vân Kiều")
            .edu("university")
            .theory("intermediate")
            .cur(&["cn-ubkt"])
            .plan(&["pbt-hu"]),
        p(14, "Trần Minh Tâm", "M", "1975-08-08")
            .group("Kinh")
            .edu("doctorate")
            .theory("advanced")
            .cur(&["ct-ubnd"])
            .plan(&["bt-hu"]),
        p(15, "Phan Thị Ngọc Ánh", "F", "1983-12-25")
            .group("Kinh")
            .edu("master")
            .theory("advanced")
            .cur(&["pct-ubnd"])
            .plan(&["ct-ubnd"]),
        p(16, "Võ Thị Mai Hương", "F", "1986-02-14")
            .group("Kinh")
            .edu("university")
            .theory("intermediate")
            .cur(&["pct-hdnd"])
            .plan(&["ct-ubnd"]),
    ]
}

const HUYEN_NON_PERSON: &[usize] = &[1, 2, 4, 5, 6, 7, 8, 9, 13, 17, 19, 20, 21, 22, 24];

fn huyen_form_xlsx() -> Case {
    Case::new(
        "huyen-form-xlsx",
        "xlsx",
        "district form: motto block, two-row header (Nam|Nữ birth, planned titles marked x), numbering row, sections, total row, signature block",
        xlsx(&[huyen_form()], false),
    )
    .titles(HUYEN)
    .people(huyen_people())
    .non_person(HUYEN_NON_PERSON)
}

fn huyen_form_ods() -> Case {
    Case::new(
        "huyen-form-ods",
        "ods",
        "the district form saved by LibreOffice (spanned and covered cells)",
        ods(&[huyen_form()]),
    )
    .titles(HUYEN)
    .people(huyen_people())
    .non_person(HUYEN_NON_PERSON)
}

fn huyen_form_csv() -> Case {
    Case::new(
        "huyen-form-csv",
        "csv utf-8 bom",
        "the district form saved by Excel as \"CSV UTF-8\" (merges gone: a merged cell's text in its first cell)",
        utf8_bom(&csv_text(&huyen_form(), ',', false)),
    )
    .titles(HUYEN)
    .people(huyen_people())
    .non_person(HUYEN_NON_PERSON)
}

// ------------------------------------------------------------ 3: split name, two post columns

fn split_name_and_posts() -> Case {
    let sheet = Sheet::new("Sheet1")
        // 1
        .row(&["DANH SÁCH CÁN BỘ CHỦ CHỐT ĐẢNG ỦY XÃ TÂN LẬP"])
        .merge(1, 0, 1, 10)
        // 2
        .blank(1)
        // 3
        .row(&[
            "STT",
            "Họ và tên đệm",
            "Tên",
            "Sinh năm",
            "Giới tính",
            "",
            "Chức vụ Đảng",
            "Chức vụ chính quyền",
            "Thời gian giữ chức vụ hiện tại",
            "TĐCM",
            "LLCT",
        ])
        .merge(3, 0, 4, 0)
        .merge(3, 1, 4, 1)
        .merge(3, 2, 4, 2)
        .merge(3, 3, 4, 3)
        .merge(3, 4, 3, 5)
        .merge(3, 6, 4, 6)
        .merge(3, 7, 4, 7)
        .merge(3, 8, 4, 8)
        .merge(3, 9, 4, 9)
        .merge(3, 10, 4, 10)
        // 4
        .row(&["", "", "", "", "Nam", "Nữ"])
        // 5
        .row(&[
            "n:1",
            "Đinh Công",
            "Tráng",
            "n:1971",
            "x",
            "",
            "Bí thư Đảng ủy",
            "Chủ tịch HĐND",
            "d:2020-10-15",
            "Đại học",
            "Cao cấp",
        ])
        // 6
        .row(&[
            "n:2",
            "Lường Thị",
            "Xuân",
            "n:1979",
            "",
            "x",
            "Phó Bí thư Đảng ủy",
            "Chủ tịch UBND",
            "d:2021-06-01",
            "Thạc sĩ",
            "Cao cấp",
        ])
        // 7
        .row(&[
            "n:3",
            "Hà Văn",
            "Dũng",
            "n:1983",
            "x",
            "",
            "Ủy viên Ban Thường vụ",
            "Phó Chủ tịch UBND",
            "d:2021-06-01",
            "Đại học",
            "Trung cấp",
        ])
        // 8
        .row(&[
            "n:4",
            "Bạc Cầm",
            "Khiêm",
            "n:1988",
            "x",
            "",
            "Đảng ủy viên",
            "Phó Chủ tịch HĐND",
            "d:2022-01-10",
            "Đại học",
            "Trung cấp",
        ])
        // 9
        .row(&[
            "n:5",
            "Quàng Thị",
            "Mơ",
            "n:1990",
            "",
            "x",
            "Ủy viên Ban Thường vụ",
            "",
            "d:2023-03-20",
            "Cao đẳng",
            "Sơ cấp",
        ]);
    Case::new(
        "split-name-two-post-columns",
        "xlsx",
        "\"Họ và tên đệm\" + \"Tên\", \"Sinh năm\" years, sex as x under Giới tính › Nam | Nữ, \"Chức vụ Đảng\" + \"Chức vụ chính quyền\", a \"Thời gian giữ chức vụ hiện tại\" date column, TĐCM, LLCT",
        xlsx(&[sheet], false),
    )
    .titles(XA)
    .people(vec![
        p(5, "Đinh Công Tráng", "M", "1971")
            .edu("university")
            .theory("advanced")
            .cur(&["bt", "ct-hdnd"]),
        p(6, "Lường Thị Xuân", "F", "1979")
            .edu("master")
            .theory("advanced")
            .cur(&["pbt", "ct-ubnd"]),
        p(7, "Hà Văn Dũng", "M", "1983")
            .edu("university")
            .theory("intermediate")
            .cur(&["uvbtv", "pct-ubnd"]),
        // "Đảng ủy viên" is not in the titles list: kept aside, not a title.
        p(8, "Bạc Cầm Khiêm", "M", "1988")
            .edu("university")
            .theory("intermediate")
            .cur(&["pct-hdnd"]),
        p(9, "Quàng Thị Mơ", "F", "1990")
            .edu("college")
            .theory("elementary")
            .cur(&["uvbtv"]),
    ])
    .non_person(&[1, 3, 4])
}

// ------------------------------------------------------------ 4, 5: ethnic groups, merged cells

/// Ethnic groups as the official list spells them and as rosters write
/// them; "Tày" merged over three rows and "Cao cấp" over two.
fn ethnic_sheet() -> Sheet {
    Sheet::new("Danh sách")
        // 1
        .row(&[
            "STT",
            "Họ và tên",
            "Ngày sinh",
            "Giới tính",
            "Dân tộc",
            "Trình độ chuyên môn",
            "Lý luận chính trị",
            "Chức vụ hiện tại",
        ])
        // 2
        .row(&[
            "n:1",
            "Lâm Sóc Phi",
            "d:1974-02-10",
            "Nam",
            "Khơ-me",
            "Đại học",
            "Cao cấp",
            "Chủ tịch UBND",
        ])
        // 3
        .row(&[
            "n:2",
            "Rơ Mah Thuận",
            "d:1980-07-21",
            "Nam",
            "Gia-rai",
            "Đại học",
            "Trung cấp",
            "Phó Chủ tịch UBND",
        ])
        // 4
        .row(&[
            "n:3",
            "H’Nga Niê Kdăm",
            "d:1986-03-08",
            "Nữ",
            "Ê-đê",
            "Thạc sĩ",
            "Trung cấp",
            "",
        ])
        // 5
        .row(&[
            "n:4",
            "Đinh Thị Hlen",
            "d:1990-11-02",
            "Nữ",
            "Ba-na",
            "Đại học",
            "Sơ cấp",
            "",
        ])
        // 6
        .row(&[
            "n:5",
            "Briu Quân",
            "d:1978-05-19",
            "Nam",
            "Cơ-tu",
            "Đại học",
            "Cao cấp",
            "Bí thư Đảng ủy",
        ])
        // 7
        .row(&[
            "n:6",
            "A Đình Thơ",
            "d:1982-09-27",
            "Nam",
            "Xơ-đăng",
            "Cao đẳng",
            "Trung cấp",
            "",
        ])
        // 8
        .row(&[
            "n:7",
            "Nông Văn Lịch",
            "d:1973-01-15",
            "Nam",
            "Tày",
            "Đại học",
            "Trung cấp",
            "Phó Bí thư Đảng ủy",
        ])
        .merge(8, 4, 10, 4)
        // 9
        .row(&[
            "n:8",
            "Lục Thị Nhàn",
            "d:1981-06-30",
            "Nữ",
            "",
            "Thạc sĩ",
            "Cao cấp",
            "Chủ tịch HĐND",
        ])
        .merge(9, 6, 10, 6)
        // 10
        .row(&[
            "n:9",
            "Bế Văn Dương",
            "d:1977-12-12",
            "Nam",
            "",
            "Đại học",
            "",
            "Phó Chủ tịch HĐND",
        ])
        // 11
        .row(&[
            "n:10",
            "Sùng A Páo",
            "d:1984-04-04",
            "Nam",
            "H’Mông",
            "Đại học",
            "Trung cấp",
            "",
        ])
        // 12
        .row(&[
            "n:11",
            "Triệu Thị Mai",
            "d:1989-08-16",
            "Nữ",
            "Dao đỏ",
            "Cao đẳng",
            "Sơ cấp",
            "",
        ])
        // 13
        .row(&[
            "n:12",
            "Lỷ Văn Thanh",
            "d:1976-10-01",
            "Nam",
            "Sán Chay (Cao Lan)",
            "Đại học",
            "Cao cấp",
            "Chủ tịch Ủy ban MTTQ",
        ])
        // 14
        .row(&[
            "n:13",
            "Phạm Văn Toàn",
            "d:1971-02-28",
            "Nam",
            "Kinh",
            "Đại học",
            "Cao cấp",
            "Ủy viên Ban Thường vụ",
        ])
}

fn ethnic_people() -> Vec<Person> {
    vec![
        p(2, "Lâm Sóc Phi", "M", "1974-02-10")
            .group("Khơ-me")
            .edu("university")
            .theory("advanced")
            .cur(&["ct-ubnd"]),
        p(3, "Rơ Mah Thuận", "M", "1980-07-21")
            .group("Gia-rai")
            .edu("university")
            .theory("intermediate")
            .cur(&["pct-ubnd"]),
        p(4, "H’Nga Niê Kdăm", "F", "1986-03-08")
            .group("Ê-đê")
            .edu("master")
            .theory("intermediate"),
        p(5, "Đinh Thị Hlen", "F", "1990-11-02")
            .group("Ba-na")
            .edu("university")
            .theory("elementary"),
        p(6, "Briu Quân", "M", "1978-05-19")
            .group("Cơ-tu")
            .edu("university")
            .theory("advanced")
            .cur(&["bt"]),
        p(7, "A Đình Thơ", "M", "1982-09-27")
            .group("Xơ-đăng")
            .edu("college")
            .theory("intermediate"),
        p(8, "Nông Văn Lịch", "M", "1973-01-15")
            .group("Tày")
            .edu("university")
            .theory("intermediate")
            .cur(&["pbt"]),
        p(9, "Lục Thị Nhàn", "F", "1981-06-30")
            .group("Tày")
            .edu("master")
            .theory("advanced")
            .cur(&["ct-hdnd"]),
        p(10, "Bế Văn Dương", "M", "1977-12-12")
            .group("Tày")
            .edu("university")
            .theory("advanced")
            .cur(&["pct-hdnd"]),
        p(11, "Sùng A Páo", "M", "1984-04-04")
            .group("Mông")
            .edu("university")
            .theory("intermediate"),
        p(12, "Triệu Thị Mai", "F", "1989-08-16")
            .group("Dao")
            .edu("college")
            .theory("elementary"),
        p(13, "Lỷ Văn Thanh", "M", "1976-10-01")
            .group("Sán Chay")
            .edu("university")
            .theory("advanced")
            .cur(&["ct-mttq"]),
        p(14, "Phạm Văn Toàn", "M", "1971-02-28")
            .group("Kinh")
            .edu("university")
            .theory("advanced")
            .cur(&["uvbtv"]),
    ]
}

fn ethnic_groups_merged_xlsx() -> Case {
    Case::new(
        "ethnic-groups-merged-xlsx",
        "xlsx",
        "ethnic groups as officially spelled (Khơ-me, Gia-rai, Ê-đê, Ba-na, Cơ-tu, Xơ-đăng, H’Mông, Dao đỏ, Sán Chay (Cao Lan)); \"Tày\" merged over 3 rows, \"Cao cấp\" over 2",
        xlsx(&[ethnic_sheet()], false),
    )
    .titles(XA)
    .people(ethnic_people())
}

fn ethnic_groups_merged_ods() -> Case {
    Case::new(
        "ethnic-groups-merged-ods",
        "ods",
        "the same roster in ODS: table:number-rows-spanned and covered cells",
        ods(&[ethnic_sheet()]),
    )
    .titles(XA)
    .people(ethnic_people())
}

// ------------------------------------------------------------ 6: "Nữ" and "DTTS" marked x

fn nu_and_dtts_marks_csv() -> Case {
    let sheet = Sheet::new("CSV")
        // 1
        .row(&[
            "STT",
            "Họ và tên",
            "Sinh năm",
            "Nữ",
            "DTTS",
            "Trình độ CM",
            "Chức vụ",
        ])
        // 2
        .row(&[
            "1",
            "Phạm Văn Bình",
            "1969",
            "",
            "",
            "Đại học",
            "Bí thư Đảng ủy",
        ])
        // 3
        .row(&[
            "2",
            "Lò Thị Thanh",
            "1981",
            "x",
            "x",
            "Thạc sĩ",
            "Phó Bí thư Đảng ủy",
        ])
        // 4
        .row(&[
            "3",
            "Vi Văn Quyết",
            "1985",
            "",
            "x",
            "Đại học",
            "Chủ tịch UBND",
        ])
        // 5
        .row(&[
            "4",
            "Đỗ Thị Lan",
            "1992",
            "x",
            "",
            "Cao đẳng",
            "Phó Chủ tịch UBND",
        ])
        // 6
        .row(&[
            "5",
            "Nguyễn Hữu Thọ",
            "1977",
            "",
            "",
            "Trung cấp",
            "Chủ tịch Ủy ban MTTQ",
        ]);
    Case::new(
        "nu-dtts-marks-csv",
        "csv utf-8",
        "sex as x under a lone \"Nữ\" column, minority as x under \"DTTS\", \"Sinh năm\", \"Trình độ CM\"",
        csv_text(&sheet, ',', false).into_bytes(),
    )
    .titles(XA)
    .people(vec![
        p(2, "Phạm Văn Bình", "M", "1969").edu("university").cur(&["bt"]),
        p(3, "Lò Thị Thanh", "F", "1981")
            .minority()
            .edu("master")
            .cur(&["pbt"]),
        p(4, "Vi Văn Quyết", "M", "1985")
            .minority()
            .edu("university")
            .cur(&["ct-ubnd"]),
        p(5, "Đỗ Thị Lan", "F", "1992").edu("college").cur(&["pct-ubnd"]),
        p(6, "Nguyễn Hữu Thọ", "M", "1977")
            .edu("vocational")
            .cur(&["ct-mttq"]),
    ])
}

// ------------------------------------------------------------ 7: education and theory spellings

fn education_majors_csv_bom() -> Case {
    let sheet = Sheet::new("CSV")
        // 1
        .row(&[
            "Họ và tên",
            "Ngày sinh",
            "Giới tính",
            "Trình độ chuyên môn",
            "Lý luận chính trị",
            "Chức vụ hiện tại",
        ])
        // 2
        .row(&[
            "Nguyễn Thị Minh Nguyệt",
            "14/07/1976",
            "Nữ",
            "Thạc sĩ Quản lý kinh tế",
            "Cao cấp LLCT",
            "Chủ tịch HĐND",
        ])
        // 3
        .row(&[
            "Trương Công Định",
            "02/09/1970",
            "Nam",
            "ThS. Kinh tế",
            "Cử nhân chính trị",
            "Bí thư Đảng ủy",
        ])
        // 4
        .row(&[
            "Lê Văn Hiếu",
            "30/04/1968",
            "Nam",
            "Tiến sĩ Luật",
            "Cao cấp",
            "",
        ])
        // 5
        .row(&[
            "Mai Xuân Thưởng",
            "19/05/1966",
            "Nam",
            "PGS.TS",
            "Cao cấp lý luận chính trị",
            "",
        ])
        // 6
        .row(&[
            "Đào Thị Hồng",
            "08/03/1985",
            "Nữ",
            "Cử nhân Luật",
            "Trung cấp LLCT",
            "Phó Chủ tịch UBND",
        ])
        // 7
        .row(&[
            "Quách Văn Tuấn",
            "27/07/1982",
            "Nam",
            "ĐH Luật",
            "Trung cấp",
            "",
        ])
        // 8
        .row(&[
            "Kha Thị Liên",
            "11/11/1987",
            "Nữ",
            "Kỹ sư nông nghiệp",
            "Sơ cấp",
            "",
        ])
        // 9
        .row(&[
            "Ngô Đức Thành",
            "01/06/1979",
            "Nam",
            "Đại học Sư phạm",
            "Cao cấp",
            "Chủ tịch UBND",
        ])
        // 10
        .row(&[
            "Huỳnh Thị Thảo",
            "15/10/1990",
            "Nữ",
            "Cao đẳng Kế toán",
            "Sơ cấp",
            "",
        ]);
    Case::new(
        "education-majors-csv-bom",
        "csv utf-8 bom ;",
        "education with a major or degree title (Thạc sĩ Quản lý kinh tế, ThS. Kinh tế, Tiến sĩ Luật, PGS.TS, Cử nhân Luật, ĐH Luật, Kỹ sư nông nghiệp, Đại học Sư phạm); theory as Cao cấp LLCT, Cử nhân chính trị, Trung cấp LLCT",
        utf8_bom(&csv_text(&sheet, ';', false)),
    )
    .titles(XA)
    .people(vec![
        p(2, "Nguyễn Thị Minh Nguyệt", "F", "1976-07-14")
            .edu("master")
            .theory("advanced")
            .cur(&["ct-hdnd"]),
        p(3, "Trương Công Định", "M", "1970-09-02")
            .edu("master")
            .theory("advanced")
            .cur(&["bt"]),
        p(4, "Lê Văn Hiếu", "M", "1968-04-30")
            .edu("doctorate")
            .theory("advanced"),
        p(5, "Mai Xuân Thưởng", "M", "1966-05-19")
            .edu("doctorate")
            .theory("advanced"),
        p(6, "Đào Thị Hồng", "F", "1985-03-08")
            .edu("university")
            .theory("intermediate")
            .cur(&["pct-ubnd"]),
        p(7, "Quách Văn Tuấn", "M", "1982-07-27")
            .edu("university")
            .theory("intermediate"),
        p(8, "Kha Thị Liên", "F", "1987-11-11")
            .edu("university")
            .theory("elementary"),
        p(9, "Ngô Đức Thành", "M", "1979-06-01")
            .edu("university")
            .theory("advanced")
            .cur(&["ct-ubnd"]),
        p(10, "Huỳnh Thị Thảo", "F", "1990-10-15")
            .edu("college")
            .theory("elementary"),
    ])
}

// ------------------------------------------------------------ 8: free-form titles

fn free_form_titles() -> Case {
    let sheet = Sheet::new("Sheet1")
        // 1
        .row(&[
            "Họ và tên",
            "Ngày sinh",
            "Giới tính",
            "Chức vụ hiện tại",
            "Quy hoạch chức danh",
        ])
        // 2
        .row(&[
            "Vũ Đức Hạnh",
            "03/02/1970",
            "Nam",
            "UVBTV, PCT UBND",
            "Bí thư HU",
        ])
        // 3
        .row(&[
            "Tạ Thị Kim Oanh",
            "21/09/1978",
            "Nữ",
            "PBT, Chủ tịch HĐND",
            "Phó Chủ tịch HĐND/UBND huyện",
        ])
        // 4
        .row(&[
            "Cao Văn Sơn",
            "16/06/1982",
            "Nam",
            "Trưởng Ban Tuyên giáo – Dân vận",
            "UVBTV",
        ])
        // 5
        .row(&[
            "Lưu Quang Vinh",
            "07/07/1975",
            "Nam",
            "Phó Chủ tịch Ủy ban nhân dân",
            "Chủ tịch UBND",
        ])
        // 6
        .row(&[
            "Đoàn Thị Thắm",
            "29/01/1984",
            "Nữ",
            "Giám đốc Trung tâm Y tế huyện",
            "PCT UBND",
        ])
        // 7
        .row(&["Khổng Minh Đức", "11/12/1973", "Nam", "Bí thư HU", ""]);
    Case::new(
        "free-form-titles",
        "xlsx",
        "titles written free-form: UVBTV, PBT, PCT UBND, Bí thư HU, \"Ủy ban nhân dân\", an en dash for a hyphen, a slash inside a title, a post not in the titles list",
        xlsx(&[sheet], false),
    )
    .titles(SHORT)
    .people(vec![
        p(2, "Vũ Đức Hạnh", "M", "1970-02-03")
            .cur(&["uvbtv", "pct-ubnd"])
            .plan(&["bt-hu"]),
        p(3, "Tạ Thị Kim Oanh", "F", "1978-09-21")
            .cur(&["pbt", "ct-hdnd"])
            .plan(&["pct-hdnd-ubnd"]),
        p(4, "Cao Văn Sơn", "M", "1982-06-16")
            .cur(&["tb-tgdv"])
            .plan(&["uvbtv"]),
        p(5, "Lưu Quang Vinh", "M", "1975-07-07")
            .cur(&["pct-ubnd"])
            .plan(&["ct-ubnd"]),
        // The director's post is not a title of the list: the person stays.
        p(6, "Đoàn Thị Thắm", "F", "1984-01-29").plan(&["pct-ubnd"]),
        p(7, "Khổng Minh Đức", "M", "1973-12-11").cur(&["bt-hu"]),
    ])
}

// ------------------------------------------------------------ 9, 10: hidden sheets and rows

fn hidden_sheet_and_row() -> Case {
    let old = Sheet::new("DS cũ (2020)")
        .row(&["Họ và tên", "Ngày sinh", "Giới tính", "Chức vụ hiện tại"])
        .row(&["Hoàng Đình Cử", "d:1958-04-12", "Nam", "Bí thư Đảng ủy"])
        .row(&["Mạc Thị Sen", "d:1962-10-10", "Nữ", "Chủ tịch UBND"])
        .hidden();
    let now = Sheet::new("DS 2025")
        // 1
        .row(&[
            "Họ và tên",
            "Ngày sinh",
            "Giới tính",
            "Trình độ chuyên môn",
            "Chức vụ hiện tại",
        ])
        // 2
        .row(&[
            "Bùi Thanh Tùng",
            "d:1976-06-18",
            "Nam",
            "Đại học",
            "Bí thư Đảng ủy",
        ])
        // 3
        .row(&[
            "Lăng Thị Hồng Nhung",
            "d:1984-09-09",
            "Nữ",
            "Thạc sĩ",
            "Chủ tịch UBND",
        ])
        // 4: moved away, hidden
        .row(&[
            "Tống Văn Bằng",
            "d:1966-01-05",
            "Nam",
            "Đại học",
            "Phó Chủ tịch UBND",
        ])
        .hide_row(4)
        // 5
        .row(&[
            "Kiều Văn Nam",
            "d:1988-12-30",
            "Nam",
            "Đại học",
            "Phó Chủ tịch UBND",
        ]);
    Case::new(
        "hidden-sheet-and-row",
        "xlsx",
        "a hidden first sheet (last term's list) and a hidden row in the visible sheet",
        xlsx(&[old, now], false),
    )
    .titles(XA)
    .hidden_sheet(0)
    .people(vec![
        p(2, "Bùi Thanh Tùng", "M", "1976-06-18")
            .edu("university")
            .cur(&["bt"]),
        p(3, "Lăng Thị Hồng Nhung", "F", "1984-09-09")
            .edu("master")
            .cur(&["ct-ubnd"]),
        p(4, "Tống Văn Bằng", "M", "1966-01-05")
            .edu("university")
            .cur(&["pct-ubnd"])
            .optional(),
        p(5, "Kiều Văn Nam", "M", "1988-12-30")
            .edu("university")
            .cur(&["pct-ubnd"]),
    ])
    .flag(4, "hidden row")
}

fn ods_hidden_row_and_sheet() -> Case {
    let data = Sheet::new("Cán bộ")
        // 1
        .row(&[
            "STT",
            "Họ và tên",
            "Ngày sinh",
            "Giới tính",
            "Lý luận chính trị",
            "Chức vụ hiện tại",
        ])
        // 2
        .row(&[
            "n:1",
            "Thái Văn Lâm",
            "d:1972-03-03",
            "Nam",
            "Cao cấp",
            "Bí thư Đảng ủy",
        ])
        .merge(2, 4, 3, 4)
        // 3
        .row(&[
            "n:2",
            "Châu Thị Yến",
            "d:1980-05-25",
            "Nữ",
            "",
            "Chủ tịch HĐND",
        ])
        // 4: hidden
        .row(&[
            "n:3",
            "Lạc Văn Phúc",
            "d:1969-09-09",
            "Nam",
            "Trung cấp",
            "",
        ])
        .hide_row(4)
        // 5
        .row(&[
            "n:4",
            "Ninh Thị Hảo",
            "d:1991-01-31",
            "Nữ",
            "Sơ cấp",
            "Phó Chủ tịch UBND",
        ]);
    let scratch = Sheet::new("Nháp")
        .row(&["Họ và tên", "Ngày sinh", "Giới tính"])
        .row(&["Người Thử", "01/01/1980", "Nam"])
        .hidden();
    Case::new(
        "ods-hidden-row-and-sheet",
        "ods",
        "ODS with a collapsed (hidden) row, a hidden second sheet and \"Cao cấp\" spanning two rows",
        ods(&[data, scratch]),
    )
    .titles(XA)
    .hidden_sheet(1)
    .people(vec![
        p(2, "Thái Văn Lâm", "M", "1972-03-03")
            .theory("advanced")
            .cur(&["bt"]),
        p(3, "Châu Thị Yến", "F", "1980-05-25")
            .theory("advanced")
            .cur(&["ct-hdnd"]),
        p(4, "Lạc Văn Phúc", "M", "1969-09-09")
            .theory("intermediate")
            .optional(),
        p(5, "Ninh Thị Hảo", "F", "1991-01-31")
            .theory("elementary")
            .cur(&["pct-ubnd"]),
    ])
    .flag(4, "hidden row")
}

// ------------------------------------------------------------ 11, 12: invisible characters

fn invisible_characters() -> Case {
    let sheet = Sheet::new("Sheet1")
        // 1
        .row(&[
            "Mã cán bộ",
            "Họ và tên",
            "Ngày sinh",
            "Giới tính",
            "Trình độ chuyên môn",
            "Chức vụ hiện tại",
        ])
        // 2
        .row(&[
            "CB\u{200B}001",
            "Nguyễn\u{A0}Văn\u{200B} Hải",
            "d:1974-07-07",
            "Nam",
            "Đại\u{A0}học",
            "Bí\u{A0}thư Đảng ủy",
        ])
        // 3
        .row(&[
            "CB002\u{A0}",
            "\u{FEFF}Trịnh Thị Loan",
            "d:1983-02-14",
            "Nữ",
            "Thạc sĩ",
            "Chủ tịch\u{A0}UBND",
        ])
        // 4
        .row(&[
            "CB\u{200B}003",
            "Dương\u{200C} Văn\u{A0}\u{A0}Khánh",
            "d:1987-08-08",
            "Nam\u{A0}",
            "Đại học",
            "Phó Chủ tịch UBND",
        ]);
    Case::new(
        "invisible-characters",
        "xlsx",
        "zero-width and non-breaking spaces inside names, codes, titles and values",
        xlsx(&[sheet], false),
    )
    .titles(XA)
    .people(vec![
        p(2, "Nguyễn Văn Hải", "M", "1974-07-07")
            .edu("university")
            .cur(&["bt"]),
        p(3, "Trịnh Thị Loan", "F", "1983-02-14")
            .edu("master")
            .cur(&["ct-ubnd"]),
        p(4, "Dương Văn Khánh", "M", "1987-08-08")
            .edu("university")
            .cur(&["pct-ubnd"]),
    ])
}

fn utf16_tab_text() -> Case {
    let sheet = Sheet::new("CSV")
        // 1
        .row(&[
            "STT",
            "Họ và tên",
            "Ngày, tháng, năm sinh",
            "Giới tính",
            "Dân tộc",
            "Trình độ chuyên môn",
            "Lý luận chính trị",
        ])
        // 2
        .row(&[
            "1",
            "Hứa Văn Đồng",
            "05/05/1970",
            "Nam",
            "Nùng",
            "Đại học",
            "Cao cấp",
        ])
        // 3
        .row(&[
            "2",
            "Ma Thị\u{A0}Thủy",
            "17/10/1985",
            "Nữ",
            "Tày",
            "Thạc sĩ",
            "Trung cấp",
        ])
        // 4
        .row(&[
            "3",
            "Ông Văn Ích",
            "22/02/1979",
            "Nam",
            "Kinh",
            "Cao đẳng",
            "Sơ cấp",
        ]);
    Case::new(
        "utf16le-tab-text",
        "csv utf-16le bom tab",
        "Excel's \"Unicode text\": UTF-16LE with BOM, tab-delimited, a non-breaking space in a name",
        utf16le_bom(&csv_text(&sheet, '\t', false)),
    )
    .people(vec![
        p(2, "Hứa Văn Đồng", "M", "1970-05-05")
            .group("Nùng")
            .edu("university")
            .theory("advanced"),
        p(3, "Ma Thị Thủy", "F", "1985-10-17")
            .group("Tày")
            .edu("master")
            .theory("intermediate"),
        p(4, "Ông Văn Ích", "M", "1979-02-22")
            .group("Kinh")
            .edu("college")
            .theory("elementary"),
    ])
}

// ------------------------------------------------------------ 13, 14: flagged rows

fn duplicates_without_ids() -> Case {
    let sheet = Sheet::new("CSV")
        // 1
        .row(&[
            "TT",
            "Họ và tên",
            "Ngày sinh",
            "Giới tính",
            "Chức vụ hiện tại",
        ])
        // 2
        .row(&[
            "1",
            "Nguyễn Văn Long",
            "10/10/1975",
            "Nam",
            "Bí thư Đảng ủy",
        ])
        // 3
        .row(&["2", "Trần Thị Hoa", "02/03/1980", "Nữ", "Chủ tịch UBND"])
        // 4
        .row(&[
            "3",
            "Nguyễn Văn Long",
            "10/10/1975",
            "Nam",
            "Bí thư Đảng ủy",
        ])
        // 5: same name, another birth: another person
        .row(&["4", "Trần Thị Hoa", "15/08/1991", "Nữ", "Phó Chủ tịch UBND"])
        // 6: same name and birth, the date written another way
        .row(&["5", "Trần Thị Hoa", "2/3/1980", "Nữ", "Chủ tịch UBND"]);
    Case::new(
        "duplicates-without-ids",
        "csv utf-8",
        "the same person (same name and birth) twice without an id column; a namesake with another birth",
        csv_text(&sheet, ',', false).into_bytes(),
    )
    .titles(XA)
    .people(vec![
        p(2, "Nguyễn Văn Long", "M", "1975-10-10").cur(&["bt"]),
        p(3, "Trần Thị Hoa", "F", "1980-03-02").cur(&["ct-ubnd"]),
        p(4, "Nguyễn Văn Long", "M", "1975-10-10")
            .cur(&["bt"])
            .optional(),
        p(5, "Trần Thị Hoa", "F", "1991-08-15").cur(&["pct-ubnd"]),
        p(6, "Trần Thị Hoa", "F", "1980-03-02")
            .cur(&["ct-ubnd"])
            .optional(),
    ])
    .flag(4, "duplicate of row 2")
    .flag(6, "duplicate of row 3")
}

fn both_sexes_filled() -> Case {
    let sheet = Sheet::new("Sheet1")
        // 1
        .row(&["Họ và tên", "Năm sinh", "", "Chức vụ hiện tại"])
        .merge(1, 1, 1, 2)
        // 2
        .row(&["", "Nam", "Nữ", ""])
        .merge(1, 0, 2, 0)
        .merge(1, 3, 2, 3)
        // 3
        .row(&["Chu Văn Kiên", "1974", "", "Bí thư Đảng ủy"])
        // 4
        .row(&["Doãn Thị Nga", "", "1982", "Chủ tịch HĐND"])
        // 5: both filled
        .row(&["Giang Thanh Bình", "1979", "1979", "Phó Chủ tịch UBND"])
        // 6: neither filled
        .row(&["Từ Văn Hòa", "", "", "Chủ tịch UBND"])
        // 7
        .row(&["Âu Thị Ngọc", "", "1990", ""]);
    Case::new(
        "nam-nu-both-or-neither",
        "xlsx",
        "birth year under Năm sinh › Nam | Nữ with one row filled under both and one under neither",
        xlsx(&[sheet], false),
    )
    .titles(XA)
    .people(vec![
        p(3, "Chu Văn Kiên", "M", "1974").cur(&["bt"]),
        p(4, "Doãn Thị Nga", "F", "1982").cur(&["ct-hdnd"]),
        p(5, "Giang Thanh Bình", "", "1979")
            .cur(&["pct-ubnd"])
            .optional(),
        p(7, "Âu Thị Ngọc", "F", "1990"),
    ])
    .non_person(&[1, 2])
    .flag(5, "both Nam and Nữ filled")
    .flag(6, "neither Nam nor Nữ filled")
}

// ------------------------------------------------------------ 15–17: dates

fn mixed_dates() -> Case {
    let sheet = Sheet::new("Sheet1")
        // 1
        .row(&["Họ và tên", "Ngày sinh", "Giới tính", "Chức vụ hiện tại"])
        // 2: text dd/mm/yyyy
        .row(&["Lê Hoàng Phong", "09/04/1971", "Nam", "Bí thư Đảng ủy"])
        // 3: a date cell
        .row(&["Tô Thị Hạnh", "d:1983-11-23", "Nữ", "Chủ tịch HĐND"])
        // 4: a plain serial number (not formatted as a date)
        .row(&["Khúc Văn Thịnh", "s:1978-06-15", "Nam", "Chủ tịch UBND"])
        // 5: a year
        .row(&["Văn Thị Huyền", "n:1986", "Nữ", ""])
        // 6: month and year
        .row(&["Phí Văn Tài", "03/1980", "Nam", "Phó Chủ tịch UBND"])
        // 7: d/m/yyyy without leading zeros
        .row(&["Hà Thị Mận", "1/9/1988", "Nữ", ""])
        // 8: dotted
        .row(&["Lại Văn Cường", "20.12.1969", "Nam", "Chủ tịch Ủy ban MTTQ"]);
    Case::new(
        "mixed-dates",
        "xlsx",
        "births as dd/mm/yyyy text, date cells, plain serial numbers, years, mm/yyyy, d/m/yyyy and dd.mm.yyyy",
        xlsx(&[sheet], false),
    )
    .titles(XA)
    .people(vec![
        p(2, "Lê Hoàng Phong", "M", "1971-04-09").cur(&["bt"]),
        p(3, "Tô Thị Hạnh", "F", "1983-11-23").cur(&["ct-hdnd"]),
        p(4, "Khúc Văn Thịnh", "M", "1978-06-15").cur(&["ct-ubnd"]),
        p(5, "Văn Thị Huyền", "F", "1986"),
        p(6, "Phí Văn Tài", "M", "1980-03").cur(&["pct-ubnd"]),
        p(7, "Hà Thị Mận", "F", "1988-09-01"),
        p(8, "Lại Văn Cường", "M", "1969-12-20").cur(&["ct-mttq"]),
    ])
}

fn us_locale_dates() -> Case {
    // Saved by Excel on a computer set to English (United States): m/d/yyyy.
    let text = "Họ và tên,Ngày sinh,Giới tính\r\n\
                Đặng Quốc Bảo,3/15/1975,Nam\r\n\
                Lương Thị Vân,4/5/1980,Nữ\r\n\
                Kim Văn Hùng,12/1/1969,Nam\r\n\
                Tăng Thị Mỹ,7/22/1985,Nữ\r\n\
                Thân Văn Lợi,1/2/1990,Nam\r\n";
    Case::new(
        "us-locale-dates-csv",
        "csv utf-8",
        "a US-locale Excel CSV: m/d/yyyy, with \"3/15/1975\" and \"7/22/1985\" proving the order for the ambiguous ones",
        text.as_bytes().to_vec(),
    )
    .people(vec![
        p(2, "Đặng Quốc Bảo", "M", "1975-03-15"),
        p(3, "Lương Thị Vân", "F", "1980-04-05"),
        p(4, "Kim Văn Hùng", "M", "1969-12-01"),
        p(5, "Tăng Thị Mỹ", "F", "1985-07-22"),
        p(6, "Thân Văn Lợi", "M", "1990-01-02"),
    ])
}

fn date_system_1904() -> Case {
    let sheet = Sheet::new("Sheet1")
        // 1
        .row(&["Họ và tên", "Ngày sinh", "Giới tính"])
        // 2: a date cell (its serial in the 1904 system)
        .row(&["Quan Văn Đức", "d:1975-03-15", "Nam"])
        // 3: plain numbers holding 1904 serials
        .row(&["Mông Thị Hà", "s4:1982-08-20", "Nữ"])
        // 4
        .row(&["Tiêu Văn Hòa", "s4:1970-01-01", "Nam"]);
    Case::new(
        "date-system-1904",
        "xlsx 1904",
        "a workbook in the 1904 date system (workbookPr date1904): date cells and plain serial numbers",
        xlsx(&[sheet], true),
    )
    .people(vec![
        p(2, "Quan Văn Đức", "M", "1975-03-15"),
        p(3, "Mông Thị Hà", "F", "1982-08-20"),
        p(4, "Tiêu Văn Hòa", "M", "1970-01-01"),
    ])
}

// ------------------------------------------------------------ 18: Windows-1258

fn windows_1258_csv() -> Case {
    let sheet = Sheet::new("CSV")
        // 1
        .row(&[
            "Họ và tên",
            "Ngày sinh",
            "Giới tính",
            "Dân tộc",
            "Trình độ chuyên môn",
            "Lý luận chính trị",
            "Chức vụ hiện tại",
        ])
        // 2
        .row(&[
            "Nguyễn Thị Huế",
            "15/03/1980",
            "Nữ",
            "Kinh",
            "Thạc sỹ",
            "Cao cấp",
            "Chủ tịch HĐND",
        ])
        // 3
        .row(&[
            "Đặng Văn Lực",
            "01/12/1977",
            "Nam",
            "Mường",
            "Đại học",
            "Trung cấp",
            "Phó Chủ tịch UBND",
        ])
        // 4
        .row(&[
            "Ừng Thị Ổn",
            "28/06/1984",
            "Nữ",
            "Thái",
            "Cử nhân Luật",
            "Sơ cấp",
            "",
        ])
        // 5
        .row(&[
            "Bạch Văn Ửng",
            "09/09/1973",
            "Nam",
            "Kinh",
            "Kỹ sư Xây dựng",
            "Cao cấp",
            "Bí thư Đảng ủy",
        ]);
    Case::new(
        "windows-1258-csv",
        "csv windows-1258",
        "a CSV saved by Vietnamese Windows (code page 1258, tone marks as combining bytes)",
        windows_1258(&csv_text(&sheet, ',', false)),
    )
    .titles(XA)
    .people(vec![
        p(2, "Nguyễn Thị Huế", "F", "1980-03-15")
            .group("Kinh")
            .edu("master")
            .theory("advanced")
            .cur(&["ct-hdnd"]),
        p(3, "Đặng Văn Lực", "M", "1977-12-01")
            .group("Mường")
            .edu("university")
            .theory("intermediate")
            .cur(&["pct-ubnd"]),
        p(4, "Ừng Thị Ổn", "F", "1984-06-28")
            .group("Thái")
            .edu("university")
            .theory("elementary"),
        p(5, "Bạch Văn Ửng", "M", "1973-09-09")
            .group("Kinh")
            .edu("university")
            .theory("advanced")
            .cur(&["bt"]),
    ])
}

// ------------------------------------------------------------ 19–24: legacy fonts

/// A form typed entirely with a legacy font (capitals with tones come back
/// small in TCVN3: only the motto and headers have them).
fn legacy_form(font: Font) -> Sheet {
    Sheet::new("Sheet1")
        // 1
        .row(&["ĐẢNG BỘ XÃ PHÚ LỘC", "", "", "", "ĐẢNG CỘNG SẢN VIỆT NAM"])
        // 2
        .row(&["", "", "", "", "Phú Lộc, ngày 20 tháng 02 năm 2026"])
        // 3
        .row(&["DANH SÁCH CÁN BỘ QUY HOẠCH"])
        // 4
        .row(&[
            "TT",
            "Họ và tên",
            "Ngày sinh",
            "Giới tính",
            "Trình độ chuyên môn",
            "Lý luận chính trị",
            "Chức vụ hiện tại",
            "Quy hoạch chức danh",
        ])
        // 5
        .row(&[
            "n:1",
            "Nguyễn Văn Thành",
            "12/03/1973",
            "Nam",
            "Đại học",
            "Cao cấp",
            "Bí thư Đảng ủy",
            "",
        ])
        // 6
        .row(&[
            "n:2",
            "Trần Thị Thu Hường",
            "05/09/1981",
            "Nữ",
            "Thạc sĩ",
            "Trung cấp",
            "Phó Bí thư Đảng ủy",
            "Bí thư Đảng ủy",
        ])
        // 7
        .row(&[
            "n:3",
            "Lê Đức Mạnh",
            "27/11/1985",
            "Nam",
            "Đại học",
            "Trung cấp",
            "Phó Chủ tịch UBND",
            "Chủ tịch UBND",
        ])
        // 8
        .row(&[
            "n:4",
            "Phạm Thị Ngọc Diệp",
            "18/04/1990",
            "Nữ",
            "Cao đẳng",
            "Sơ cấp",
            "",
            "Phó Chủ tịch UBND",
        ])
        // 9
        .row(&[
            "n:5",
            "Đỗ Quang Huấn",
            "02/01/1968",
            "Nam",
            "Đại học",
            "Cao cấp",
            "Chủ tịch Ủy ban MTTQ",
            "",
        ])
        // 10
        .blank(1)
        // 11
        .row(&["", "Người lập biểu", "", "", "", "T/M ĐẢNG ỦY"])
        // 12
        .row(&["", "Hoàng Thị Lụa", "", "", "", "Nguyễn Văn Thành"])
        .font(font, &[])
}

fn legacy_people() -> Vec<Person> {
    vec![
        p(5, "Nguyễn Văn Thành", "M", "1973-03-12")
            .edu("university")
            .theory("advanced")
            .cur(&["bt"]),
        p(6, "Trần Thị Thu Hường", "F", "1981-09-05")
            .edu("master")
            .theory("intermediate")
            .cur(&["pbt"])
            .plan(&["bt"]),
        p(7, "Lê Đức Mạnh", "M", "1985-11-27")
            .edu("university")
            .theory("intermediate")
            .cur(&["pct-ubnd"])
            .plan(&["ct-ubnd"]),
        p(8, "Phạm Thị Ngọc Diệp", "F", "1990-04-18")
            .edu("college")
            .theory("elementary")
            .plan(&["pct-ubnd"]),
        p(9, "Đỗ Quang Huấn", "M", "1968-01-02")
            .edu("university")
            .theory("advanced")
            .cur(&["ct-mttq"]),
    ]
}

fn tcvn3_form() -> Case {
    Case::new(
        "tcvn3-form-xlsx",
        "xlsx tcvn3",
        "a form typed with a TCVN3 (ABC) font throughout: header block, headers, people, signature",
        xlsx(&[legacy_form(Font::Tcvn3)], false),
    )
    .titles(XA)
    .people(legacy_people())
    .non_person(&[1, 2, 3, 4, 11, 12])
}

fn vni_form() -> Case {
    Case::new(
        "vni-form-xlsx",
        "xlsx vni",
        "the same form typed with a VNI-Windows font",
        xlsx(&[legacy_form(Font::Vni)], false),
    )
    .titles(XA)
    .people(legacy_people())
    .non_person(&[1, 2, 3, 4, 11, 12])
}

fn tcvn3_titles_with_uy_csv() -> Case {
    let sheet = Sheet::new("CSV")
        // 1
        .row(&["Họ và tên", "Năm sinh", "Giới tính", "Chức vụ hiện tại"])
        // 2
        .row(&["Vương Văn Tú", "1976", "Nam", "Chủ tịch UBND"])
        // 3
        .row(&["Lò Văn Sủy", "1983", "Nam", "Phó Chủ tịch UBND"])
        // 4
        .row(&["Hà Thị Thủy", "1988", "Nữ", "Chủ tịch Ủy ban MTTQ"])
        .font(Font::Tcvn3, &[]);
    Case::new(
        "tcvn3-uy-titles-csv",
        "csv tcvn3",
        "a small CSV typed with TCVN3 whose title column holds \"ủ\" (TCVN3 ñ, VNI's đ) as often as its other signs",
        latin1(&csv_text(&sheet, ',', false)),
    )
    .titles(XA)
    .people(vec![
        p(2, "Vương Văn Tú", "M", "1976").cur(&["ct-ubnd"]),
        p(3, "Lò Văn Sủy", "M", "1983").cur(&["pct-ubnd"]),
        p(4, "Hà Thị Thủy", "F", "1988").cur(&["ct-mttq"]),
    ])
}

fn tcvn3_one_row() -> Case {
    let sheet = Sheet::new("CSV")
        .row(&["Họ và tên", "Ngày sinh", "Giới tính", "Chức vụ hiện tại"])
        .row(&["Nguyễn Thị Hằng", "21/05/1984", "Nữ", "Phó Chủ tịch UBND"])
        .font(Font::Tcvn3, &[]);
    Case::new(
        "tcvn3-one-row-csv",
        "csv tcvn3",
        "a one-person CSV typed with TCVN3",
        latin1(&csv_text(&sheet, ',', false)),
    )
    .titles(XA)
    .people(vec![
        p(2, "Nguyễn Thị Hằng", "F", "1984-05-21").cur(&["pct-ubnd"])
    ])
}

fn vni_two_rows() -> Case {
    let sheet = Sheet::new("CSV")
        .row(&["Họ và tên", "Ngày sinh", "Giới tính", "Chức vụ hiện tại"])
        .row(&[
            "Trương Văn Thủy",
            "11/11/1979",
            "Nam",
            "Ủy viên Ban Thường vụ",
        ])
        .row(&["Lê Thị Ngọc Ánh", "03/03/1987", "Nữ", "Chủ tịch HĐND"])
        .font(Font::Vni, &[]);
    Case::new(
        "vni-two-rows-csv",
        "csv vni",
        "a two-person CSV typed with VNI",
        latin1(&csv_text(&sheet, ',', false)),
    )
    .titles(XA)
    .people(vec![
        p(2, "Trương Văn Thủy", "M", "1979-11-11").cur(&["uvbtv"]),
        p(3, "Lê Thị Ngọc Ánh", "F", "1987-03-03").cur(&["ct-hdnd"]),
    ])
}

fn tcvn3_two_rows_xlsx() -> Case {
    let sheet = Sheet::new("Sheet1")
        .row(&[
            "Họ và tên",
            "Năm sinh",
            "Giới tính",
            "Chức vụ hiện tại",
            "Quy hoạch chức danh",
        ])
        .row(&[
            "Bùi Văn Thụy",
            "n:1981",
            "Nam",
            "Phó Chủ tịch UBND",
            "Chủ tịch UBND",
        ])
        .row(&[
            "Mai Thị Tuyết",
            "n:1986",
            "Nữ",
            "Chủ tịch Ủy ban MTTQ",
            "Chủ tịch HĐND",
        ])
        .font(Font::Tcvn3, &[0, 3, 4]);
    Case::new(
        "tcvn3-two-rows-xlsx",
        "xlsx tcvn3",
        "two people; names and title columns typed with TCVN3 (titles with \"ủy\"), headers in Unicode",
        xlsx(&[sheet], false),
    )
    .titles(XA)
    .people(vec![
        p(2, "Bùi Văn Thụy", "M", "1981")
            .cur(&["pct-ubnd"])
            .plan(&["ct-ubnd"]),
        p(3, "Mai Thị Tuyết", "F", "1986")
            .cur(&["ct-mttq"])
            .plan(&["ct-hdnd"]),
    ])
}

// ------------------------------------------------------------ 25–29

fn clean_roster() -> Case {
    let sheet = Sheet::new("Danh sách")
        // 1
        .row(&[
            "Mã",
            "Họ và tên",
            "Ngày sinh",
            "Giới tính",
            "Dân tộc",
            "Trình độ chuyên môn",
            "Lý luận chính trị",
            "Chức vụ hiện tại",
            "Quy hoạch chức danh",
        ])
        // 2
        .row(&[
            "CB01",
            "Đặng Thị Kim Liên",
            "d:1979-09-02",
            "Nữ",
            "Kinh",
            "Thạc sĩ",
            "Cao cấp",
            "Chủ tịch UBND",
            "Bí thư Đảng ủy",
        ])
        // 3
        .row(&[
            "CB02",
            "Phùng Văn Kha",
            "d:1972-12-01",
            "Nam",
            "Mường",
            "Đại học",
            "Cao cấp",
            "Bí thư Đảng ủy",
            "",
        ])
        // 4
        .row(&[
            "CB03",
            "Hầu Thị Dợ",
            "d:1990-06-06",
            "Nữ",
            "Mông",
            "Đại học",
            "Trung cấp",
            "Phó Chủ tịch UBND",
            "Chủ tịch UBND",
        ])
        // 5
        .row(&[
            "CB04",
            "Giáp Văn Thái",
            "d:1984-03-19",
            "Nam",
            "Kinh",
            "Đại học",
            "Trung cấp",
            "Phó Chủ tịch HĐND",
            "Chủ tịch HĐND",
        ]);
    Case::new(
        "clean-roster",
        "xlsx",
        "a clean one-row-header roster with an id column (the control)",
        xlsx(&[sheet], false),
    )
    .titles(XA)
    .people(vec![
        p(2, "Đặng Thị Kim Liên", "F", "1979-09-02")
            .group("Kinh")
            .edu("master")
            .theory("advanced")
            .cur(&["ct-ubnd"])
            .plan(&["bt"]),
        p(3, "Phùng Văn Kha", "M", "1972-12-01")
            .group("Mường")
            .edu("university")
            .theory("advanced")
            .cur(&["bt"]),
        p(4, "Hầu Thị Dợ", "F", "1990-06-06")
            .group("Mông")
            .edu("university")
            .theory("intermediate")
            .cur(&["pct-ubnd"])
            .plan(&["ct-ubnd"]),
        p(5, "Giáp Văn Thái", "M", "1984-03-19")
            .group("Kinh")
            .edu("university")
            .theory("intermediate")
            .cur(&["pct-hdnd"])
            .plan(&["ct-hdnd"]),
    ])
}

fn signature_in_name_column() -> Case {
    let sheet = Sheet::new("Sheet1")
        // 1
        .row(&[
            "STT",
            "Họ và tên",
            "Năm sinh",
            "Giới tính",
            "Chức vụ hiện tại",
        ])
        // 2
        .row(&["n:1", "Tạ Văn Quang", "n:1970", "Nam", "Bí thư Đảng ủy"])
        // 3
        .row(&["n:2", "Nghiêm Thị Thanh", "n:1982", "Nữ", "Chủ tịch UBND"])
        // 4
        .row(&["n:3", "Lã Văn Hưng", "n:1986", "Nam", "Phó Chủ tịch UBND"])
        // 5
        .row(&["", "Danh sách này có 03 đồng chí./."])
        // 6
        .blank(1)
        // 7
        .row(&["", "", "", "", "Yên Thế, ngày 05 tháng 01 năm 2026"])
        // 8
        .row(&["", "NGƯỜI LẬP BIỂU", "", "", "TM. ĐẢNG ỦY"])
        // 9
        .row(&["", "(Ký, ghi rõ họ tên)", "", "", "BÍ THƯ"])
        // 10
        .blank(2)
        // 12
        .row(&["", "Lê Thị Hồng", "", "", "Tạ Văn Quang"]);
    Case::new(
        "signature-in-name-column",
        "xlsx",
        "a closing line and a signature block whose left half (NGƯỜI LẬP BIỂU and a name) sits in the name column",
        xlsx(&[sheet], false),
    )
    .titles(XA)
    .people(vec![
        p(2, "Tạ Văn Quang", "M", "1970").cur(&["bt"]),
        p(3, "Nghiêm Thị Thanh", "F", "1982").cur(&["ct-ubnd"]),
        p(4, "Lã Văn Hưng", "M", "1986").cur(&["pct-ubnd"]),
    ])
    .non_person(&[5, 7, 8, 9, 12])
}

fn sections_and_subtotals_csv() -> Case {
    let sheet = Sheet::new("CSV")
        // 1
        .row(&[
            "TT",
            "Họ và tên",
            "Ngày sinh",
            "Giới tính",
            "Chức vụ hiện tại",
        ])
        // 2
        .row(&["A", "KHỐI ĐẢNG, MẶT TRẬN VÀ CÁC ĐOÀN THỂ"])
        // 3
        .row(&["1", "Kha Văn Tiến", "04/04/1974", "Nam", "Bí thư Đảng ủy"])
        // 4
        .row(&[
            "2",
            "Nông Thị Xoan",
            "19/08/1983",
            "Nữ",
            "Chủ tịch Ủy ban MTTQ",
        ])
        // 5
        .row(&["", "Cộng: 2 đồng chí", "", "1", ""])
        // 6
        .row(&["B", "KHỐI CHÍNH QUYỀN"])
        // 7
        .row(&["1", "Chu Văn An", "13/10/1977", "Nam", "Chủ tịch UBND"])
        // 8
        .row(&["2", "Đàm Thị Hiền", "30/06/1988", "Nữ", "Phó Chủ tịch UBND"])
        // 9
        .row(&["3", "Ma Văn Khuê", "07/01/1991", "Nam", "Phó Chủ tịch UBND"])
        // 10
        .row(&["", "Cộng: 3 đồng chí", "", "1", ""])
        // 11
        .row(&["", "Tổng cộng: 5 đồng chí", "", "2", ""]);
    Case::new(
        "sections-subtotals-csv",
        "csv utf-8 ;",
        "section rows (A, B) and subtotal rows \"Cộng: …\" in the name column, a grand total",
        csv_text(&sheet, ';', false).into_bytes(),
    )
    .titles(XA)
    .people(vec![
        p(3, "Kha Văn Tiến", "M", "1974-04-04").cur(&["bt"]),
        p(4, "Nông Thị Xoan", "F", "1983-08-19").cur(&["ct-mttq"]),
        p(7, "Chu Văn An", "M", "1977-10-13").cur(&["ct-ubnd"]),
        p(8, "Đàm Thị Hiền", "F", "1988-06-30").cur(&["pct-ubnd"]),
        p(9, "Ma Văn Khuê", "M", "1991-01-07").cur(&["pct-ubnd"]),
    ])
    .non_person(&[2, 5, 6, 10, 11])
}

fn gender_and_planned_marks_ods() -> Case {
    let sheet = Sheet::new("Quy hoạch")
        // 1
        .row(&[
            "STT",
            "Họ và tên",
            "Năm sinh",
            "Giới tính",
            "",
            "Dân tộc",
            "Quy hoạch chức danh",
            "",
            "",
            "",
        ])
        .merge(1, 0, 2, 0)
        .merge(1, 1, 2, 1)
        .merge(1, 2, 2, 2)
        .merge(1, 3, 1, 4)
        .merge(1, 5, 2, 5)
        .merge(1, 6, 1, 9)
        // 2
        .row(&[
            "",
            "",
            "",
            "Nam",
            "Nữ",
            "",
            "Bí thư Đảng ủy",
            "Phó Bí thư Đảng ủy",
            "Chủ tịch UBND",
            "Chủ tịch HĐND",
        ])
        // 3
        .row(&[
            "(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)",
        ])
        // 4
        .row(&[
            "n:1",
            "Vi Văn Thắng",
            "n:1978",
            "x",
            "",
            "Thái",
            "x",
            "",
            "",
            "",
        ])
        // 5
        .row(&[
            "n:2",
            "Lương Thị Diệu",
            "n:1984",
            "",
            "x",
            "Thái",
            "",
            "x",
            "",
            "x",
        ])
        // 6
        .row(&[
            "n:3",
            "Cầm Văn Hưởng",
            "n:1987",
            "x",
            "",
            "Kinh",
            "",
            "",
            "x",
            "",
        ])
        // 7
        .row(&[
            "n:4",
            "Hoàng Thị Hoa",
            "n:1992",
            "",
            "x",
            "Nùng",
            "",
            "",
            "",
            "",
        ])
        // 8
        .row(&[
            "",
            "Tổng số",
            "",
            "n:2",
            "n:2",
            "",
            "n:1",
            "n:1",
            "n:1",
            "n:1",
        ]);
    Case::new(
        "gender-and-planned-marks-ods",
        "ods",
        "sex as x under Giới tính › Nam | Nữ and planned titles as x under Quy hoạch chức danh › titles, a numbering row and a total row with counts under every mark column",
        ods(&[sheet]),
    )
    .titles(XA)
    .people(vec![
        p(4, "Vi Văn Thắng", "M", "1978").group("Thái").plan(&["bt"]),
        p(5, "Lương Thị Diệu", "F", "1984")
            .group("Thái")
            .plan(&["pbt", "ct-hdnd"]),
        p(6, "Cầm Văn Hưởng", "M", "1987")
            .group("Kinh")
            .plan(&["ct-ubnd"]),
        p(7, "Hoàng Thị Hoa", "F", "1992").group("Nùng"),
    ])
    .non_person(&[1, 2, 3, 8])
}

fn instructions_sheet_first() -> Case {
    let help = Sheet::new("Hướng dẫn")
        .row(&["HƯỚNG DẪN GHI BIỂU"])
        .row(&["1. Cột Họ và tên ghi đầy đủ, có dấu."])
        .row(&["2. Ngày sinh ghi theo dạng dd/mm/yyyy."])
        .row(&["3. Chức vụ ghi theo danh mục chức danh."]);
    let data = Sheet::new("Biểu 01")
        // 1
        .row(&[
            "Họ và tên",
            "Ngày sinh",
            "Giới tính",
            "Trình độ chuyên môn",
            "Lý luận chính trị",
            "Chức vụ hiện tại",
        ])
        // 2
        .row(&[
            "Ôn Văn Hậu",
            "d:1975-05-05",
            "Nam",
            "Thạc sĩ",
            "Cao cấp",
            "Bí thư Đảng ủy",
        ])
        // 3
        .row(&[
            "Ứng Thị Bích",
            "d:1986-12-12",
            "Nữ",
            "Đại học",
            "Trung cấp",
            "Phó Chủ tịch HĐND",
        ]);
    Case::new(
        "instructions-sheet-first",
        "xlsx",
        "a workbook whose first sheet is instructions and the roster is the second",
        xlsx(&[help, data], false),
    )
    .titles(XA)
    .people(vec![
        p(2, "Ôn Văn Hậu", "M", "1975-05-05")
            .edu("master")
            .theory("advanced")
            .cur(&["bt"]),
        p(3, "Ứng Thị Bích", "F", "1986-12-12")
            .edu("university")
            .theory("intermediate")
            .cur(&["pct-hdnd"]),
    ])
}
