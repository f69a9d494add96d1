//! The report an official files (`filing`): the header and closing blocks,
//! the composition tables with a total column over everyone planned, the
//! per-title table, the short list sorted by given name, the timeline and
//! the findings in the report's language.

mod common;

use common::{dataset, person, ranked, title};
use qhcb::filing::{name_key, Filing, Table};
use qhcb::messages::Lang;
use qhcb::report::{analyze_json, Options};
use serde_json::{json, Value};

fn filing(data: &Value, lang: Lang) -> Filing {
    let options = Options {
        filing: true,
        lang,
        ..Options::default()
    };
    analyze_json(&data.to_string(), &options)
        .unwrap()
        .filing
        .unwrap()
}

fn table<'f>(f: &'f Filing, id: &str) -> &'f Table {
    f.tables
        .iter()
        .chain(&f.annex)
        .find(|t| t.id == id)
        .unwrap()
}

fn cell<'t>(t: &'t Table, label: &str, column: usize) -> &'t str {
    &t.rows.iter().find(|r| r.cells[0] == label).unwrap().cells[column]
}

fn example() -> Value {
    serde_json::from_str(include_str!("../www/examples/phu-luong.json")).unwrap()
}

#[test]
fn phu_luong_planned_total_column_is_over_everyone_planned() {
    // Counted by hand from www/examples/phu-luong.json: 66 people planned,
    // 21 women, 33 under 40 on 30/04/2018; of the 13 planned for the
    // standing committee, 4 women (30,8%) and 6 young (46,2%).
    let f = filing(&example(), Lang::Vi);
    let planned = table(&f, "planned");
    let last = planned.head.len() - 1;
    assert_eq!(planned.head[last], "Tổng số (toàn bộ nguồn quy hoạch)");
    assert_eq!(cell(planned, "Tổng số", last), "66");
    assert_eq!(cell(planned, "Nữ", last), "21 (31,8%)");
    assert_eq!(cell(planned, "Cán bộ trẻ (dưới 40 tuổi)", last), "33 (50%)");
    let standing = planned
        .head
        .iter()
        .position(|h| h == "Ban Thường vụ")
        .unwrap();
    assert_eq!(cell(planned, "Nữ", standing), "4 (30,8%)");
    assert_eq!(
        cell(planned, "Cán bộ trẻ (dưới 40 tuổi)", standing),
        "6 (46,2%)"
    );
    assert_eq!(cell(planned, "Thạc sĩ", last), "19 (28,8%)");
    let current = table(&f, "current");
    assert_eq!(
        current.head.last().unwrap(),
        "Tổng số (toàn bộ đương nhiệm)"
    );
}

#[test]
fn header_and_closing_blocks_of_a_party_document() {
    let mut data = example();
    let f = filing(&data, Lang::Vi);
    assert_eq!(f.header.party, "ĐẢNG CỘNG SẢN VIỆT NAM");
    assert_eq!(f.header.issuer, "ĐẢNG BỘ HUYỆN PHÚ LƯƠNG (VÍ DỤ)");
    assert!(f.header.number.starts_with("Số:"));
    assert!(f.header.place_date.contains("ngày") && f.header.place_date.contains("tháng"));
    assert_eq!(f.title, "BÁO CÁO");
    assert_eq!(f.closing.recipients_label, "Nơi nhận:");
    assert_eq!(f.closing.on_behalf, "T/M BAN THƯỜNG VỤ");
    assert!(
        f.note.contains("Tài liệu làm việc") && f.note.contains("30/04/2018"),
        "{}",
        f.note
    );
    assert_eq!(f.page_label, "Trang {page}/{pages}");
    data["report"] = json!({ "superior": "ĐẢNG BỘ TỈNH THÁI NGUYÊN", "issuer": "HUYỆN ỦY PHÚ LƯƠNG",
        "number": "Số: 15-BC/HU", "placeDate": "Phú Lương, ngày 30 tháng 4 năm 2018",
        "onBehalf": "T/M HUYỆN ỦY", "signerTitle": "BÍ THƯ", "signer": "Nguyễn Văn A",
        "recipients": ["- Ban Tổ chức Tỉnh ủy,", "- Lưu VP."] });
    let f = filing(&data, Lang::Vi);
    assert_eq!(f.header.superior, "ĐẢNG BỘ TỈNH THÁI NGUYÊN");
    assert_eq!(f.header.number, "Số: 15-BC/HU");
    assert_eq!(f.closing.on_behalf, "T/M HUYỆN ỦY");
    assert_eq!(
        (f.closing.signer_title.as_str(), f.closing.signer.as_str()),
        ("BÍ THƯ", "Nguyễn Văn A")
    );
    assert_eq!(
        f.closing.recipients,
        ["- Ban Tổ chức Tỉnh ủy,", "- Lưu VP."]
    );
}

#[test]
fn per_title_table_has_seats_incumbents_planned_women_and_young() {
    let data = dataset(
        json!([ranked("bt", "key", 1, 1), ranked("pbt", "key", 2, 2)]),
        json!([
            person(
                "a",
                "F",
                "1990",
                json!({ "current": ["pbt"], "planned": ["bt"] })
            ),
            person(
                "b",
                "M",
                "1975",
                json!({ "current": ["pbt"], "planned": ["bt"] })
            ),
            person("c", "M", "1989", json!({ "planned": ["pbt"] })),
        ]),
    );
    let f = filing(&data, Lang::Vi);
    let t = table(&f, "titles");
    assert_eq!(
        t.head,
        [
            "TT",
            "Chức danh",
            "Số vị trí",
            "Đương nhiệm",
            "Quy hoạch",
            "Người / vị trí",
            "Nữ",
            "Trẻ"
        ]
    );
    assert_eq!(
        t.rows[0].cells,
        ["1", "BT", "1", "0", "2", "2", "1 (50%)", "1 (50%)"]
    );
    assert_eq!(
        t.rows[1].cells,
        ["2", "PBT", "2", "2", "1", "0,5", "0", "1 (100%)"]
    );
    let groups = table(&f, "groups");
    assert_eq!(groups.head[6], "Lần trên 1 chức danh");
    assert_eq!(groups.head[7], "Lần so với số vị trí");
    assert_eq!(groups.rows[0].cells[6..], ["1,5", "1"]);
}

#[test]
fn the_short_list_is_per_title_and_sorted_by_given_name() {
    let data = with_term(dataset(
        json!([title("bt", "key", 1), title("pbt", "key", 2)]),
        json!([
            person(
                "1",
                "M",
                "1975-03-04",
                json!({ "name": "Trần Văn Thắng", "planned": ["bt"], "education": "master", "politicalTheory": "advanced" })
            ),
            person(
                "2",
                "F",
                "1980-05",
                json!({ "name": "Nguyễn Thị Ánh", "planned": ["bt", "pbt"], "ethnicMinority": true, "current": ["pbt"] })
            ),
            person(
                "3",
                "M",
                "1978",
                json!({ "name": "Lê Văn Bình", "planned": ["bt"], "retirementDate": "2036-01" })
            ),
        ]),
    ));
    let f = filing(&data, Lang::Vi);
    let t = table(&f, "list");
    assert!(t.landscape);
    assert_eq!(t.head.len(), 10);
    let rows: Vec<Vec<String>> = t.rows.iter().map(|r| r.cells.clone()).collect();
    assert_eq!(rows[0], ["BT"]);
    assert_eq!(t.rows[0].kind, "section");
    let names: Vec<&str> = rows[1..4].iter().map(|r| r[1].as_str()).collect();
    assert_eq!(names, ["Nguyễn Thị Ánh", "Lê Văn Bình", "Trần Văn Thắng"]);
    assert_eq!(
        rows[1],
        [
            "1",
            "Nguyễn Thị Ánh",
            "05/1980",
            "Nữ",
            "Dân tộc thiểu số",
            "Chưa rõ",
            "Chưa rõ",
            "PBT",
            "BT; PBT",
            "175"
        ]
    );
    assert_eq!(rows[2][9], "123 (đã có quyết định)");
    assert_eq!(
        rows[3][2..7],
        ["04/03/1975", "Nam", "Kinh", "Thạc sĩ", "Cao cấp, cử nhân"]
    );
    assert_eq!(rows[4], ["PBT"]);
}

fn with_term(mut data: Value) -> Value {
    data["termStart"] = json!("2025-10");
    data
}

#[test]
fn given_names_sort_before_family_names() {
    // Vietnamese order: a < ă < â … d < đ …; tones only break ties.
    let mut names = [
        "Trần An",
        "Nguyễn Bình",
        "Lê Ân",
        "Phạm An",
        "Vũ Đức",
        "Hà Dũng",
        "Đỗ Ánh",
    ];
    names.sort_by_key(|n| name_key(n));
    assert_eq!(
        names,
        [
            "Phạm An",
            "Trần An",
            "Đỗ Ánh",
            "Lê Ân",
            "Nguyễn Bình",
            "Hà Dũng",
            "Vũ Đức"
        ]
    );
}

#[test]
fn english_report_is_english_with_document_names_as_they_are() {
    let data = with_term(dataset(
        json!([title("bt", "key", 1)]),
        json!([person(
            "a",
            "M",
            "1966-01",
            json!({ "name": "Hà Văn Sơn", "planned": ["bt"] })
        )]),
    ));
    let f = filing(&data, Lang::En);
    assert_eq!(f.header.party, "COMMUNIST PARTY OF VIETNAM");
    assert_eq!(f.closing.recipients_label, "To:");
    let findings = table(&f, "findings");
    assert_eq!(findings.head, ["No.", "Level", "Finding", "Source"]);
    let age = findings
        .rows
        .iter()
        .find(|r| r.cells[2].contains("months of working time"))
        .unwrap();
    assert_eq!(age.cells[1], "Breach");
    assert!(
        age.cells[3].starts_with("QĐ 377-QĐ/TW ngày 08/10/2025, cadres planned"),
        "{}",
        age.cells[3]
    );
    assert!(age.cells[3].ends_with("(as reported by the press)"));
    for t in f.tables.iter().chain(&f.annex) {
        for r in &t.rows {
            for c in &r.cells {
                assert!(
                    !c.contains("planned-per-title") && !c.contains("planning-age"),
                    "raw code in {c}"
                );
            }
        }
    }
    let list = table(&f, "list");
    assert_eq!(list.rows[1].cells[2..5], ["January 1966", "Male", "Kinh"]);
}

#[test]
fn vietnamese_findings_print_no_raw_codes_nor_english_confidence() {
    let data = dataset(
        json!([title("bt", "key", 1)]),
        json!((0..4)
            .map(|i| person(&format!("p{i}"), "M", "1985", json!({ "planned": ["bt"] })))
            .collect::<Vec<_>>()),
    );
    let f = filing(&data, Lang::Vi);
    let findings = table(&f, "findings");
    assert_eq!(findings.head, ["TT", "Mức", "Nội dung", "Căn cứ"]);
    let row = &findings.rows[0].cells;
    assert_eq!(row[1], "Vi phạm");
    assert!(
        row[3].ends_with("(theo báo chí, cổng thông tin)"),
        "{}",
        row[3]
    );
    for c in row {
        assert!(
            !c.contains("planned-per-title") && !c.contains("REPORTED"),
            "{c}"
        );
    }
}

#[test]
fn the_timeline_table_runs_over_the_term() {
    let data = with_term(dataset(
        json!([title("gd", "leader", 1)]),
        json!([person("a", "M", "1968-03", json!({ "current": ["gd"] }))]),
    ));
    let f = filing(&data, Lang::Vi);
    let t = table(&f, "timeline");
    assert_eq!(
        t.head,
        [
            "Nhóm",
            "Đương nhiệm",
            "Trước 10/2025",
            "2025",
            "2026",
            "2027",
            "2028",
            "2029",
            "2030",
            "Sau 09/2030"
        ]
    );
    assert_eq!(
        t.rows[0].cells,
        [
            "Tất cả đương nhiệm",
            "1",
            "0",
            "0",
            "0",
            "0",
            "0",
            "0",
            "1",
            "0"
        ]
    );
}

#[test]
fn no_filing_unless_asked() {
    let data = dataset(json!([]), json!([]));
    let report = analyze_json(&data.to_string(), &Options::default()).unwrap();
    assert!(report.filing.is_none());
    assert!(serde_json::to_value(&report)
        .unwrap()
        .get("filing")
        .is_none());
}
