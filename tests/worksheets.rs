//! Worksheets reproduce the published figures of the source articles from
//! the counts printed beside them.

use qhcb::messages::Lang;
use qhcb::worksheets::{run, Sheet, SheetResult};
use serde_json::{json, Value};

#[track_caller]
fn sheet(input: Value) -> SheetResult {
    let sheet: Sheet = serde_json::from_value(input).unwrap();
    run(&sheet, Lang::Vi)
}

fn texts(result: &SheetResult) -> Vec<&str> {
    result.figures.iter().map(|f| f.vi.as_str()).collect()
}

fn codes(result: &SheetResult) -> Vec<&str> {
    result.findings.iter().map(|f| f.code).collect()
}

/// Phú Lương (003): "Thạc sỹ 4 = 36,4%, Đại học 7 = 63,6%; Lý luận chính trị cử nhân, cao cấp 11 = 100%".
#[test]
fn phu_luong_standing_committee_composition() {
    let r = sheet(json!({ "kind": "composition", "total": 11, "groups": [
        { "name": "Chuyên môn", "mustAddUp": true, "parts": [{ "label": "Thạc sỹ", "count": 4 }, { "label": "Đại học", "count": 7 }] },
        { "name": "Lý luận chính trị", "parts": [{ "label": "Lý luận chính trị cử nhân, cao cấp", "count": 11 }] }
    ]}));
    assert_eq!(
        texts(&r),
        [
            "Thạc sỹ 4 = 36,4%",
            "Đại học 7 = 63,6%",
            "Lý luận chính trị cử nhân, cao cấp 11 = 100%"
        ]
    );
    assert!(r.findings.is_empty() && r.errors.is_empty());
}

/// Phú Lương (003): "thạc sĩ 6/7 = 85,7%, Lý luận chính trị cử nhân, cao cấp 7/7 = 100%".
#[test]
fn phu_luong_standing_office_composition() {
    let r = sheet(json!({ "kind": "composition", "total": 7, "groups": [
        { "name": "Chuyên môn", "parts": [{ "label": "thạc sĩ", "count": 6 }] },
        { "name": "LLCT", "parts": [{ "label": "cử nhân, cao cấp", "count": 7 }] }
    ]}));
    assert_eq!(
        texts(&r),
        ["thạc sĩ 6 = 85,7%", "cử nhân, cao cấp 7 = 100%"]
    );
}

/// Phú Lương (003): 92 cadres add up; the commune cadres' education does not (62 + 7 + 125 = 194 of 239).
#[test]
fn parts_that_must_add_up_are_checked() {
    let r = sheet(json!({ "kind": "composition", "total": 92, "groups": [
        { "name": "Chuyên môn", "mustAddUp": true, "parts": [{ "label": "Thạc sỹ", "count": 18 }, { "label": "Đại học", "count": 71 }, { "label": "Cao đẳng", "count": 3 }] },
        { "name": "Lý luận chính trị", "mustAddUp": true, "parts": [{ "label": "Cao cấp", "count": 41 }, { "label": "Trung cấp", "count": 51 }] }
    ]}));
    assert!(r.findings.is_empty());
    let r = sheet(json!({ "kind": "composition", "total": 239, "groups": [
        { "name": "Chuyên môn", "mustAddUp": true, "parts": [{ "label": "Đại học", "count": 62 }, { "label": "Cao đẳng", "count": 7 }, { "label": "Trung cấp", "count": 125 }] },
        { "name": "Lý luận chính trị", "mustAddUp": true, "parts": [{ "label": "Cao cấp", "count": 1 }, { "label": "Trung cấp", "count": 170 }, { "label": "Sơ cấp", "count": 68 }] }
    ]}));
    assert_eq!(codes(&r), ["parts-do-not-add-up"]);
    assert_eq!(
        r.findings[0].message,
        "Chuyên môn: các phần cộng lại được 194, khác tổng số 239 (chênh 45)"
    );
    assert_eq!(r.findings[0].severity, qhcb::profile::Severity::Warning);
}

#[test]
fn a_part_above_the_total_is_an_error() {
    let r = sheet(
        json!({ "kind": "composition", "total": 10, "groups": [{ "name": "Nữ", "parts": [{ "label": "Nữ", "count": 12 }] }] }),
    );
    assert_eq!(codes(&r), ["part-exceeds-total"]);
    assert_eq!(r.findings[0].severity, qhcb::profile::Severity::Error);
}

/// Hạ Long (004) and the domain notes: "419 lượt … đạt 1,4 lần" with 299 committee seats.
#[test]
fn ha_long_committee_multiple() {
    let r = sheet(json!({ "kind": "body", "seats": 299, "plannedPairs": 419, "decimals": 1 }));
    assert_eq!(
        texts(&r),
        ["419 lượt cán bộ được quy hoạch cấp ủy, đạt 1,4 lần so với cấp ủy hiện tại (299 người)"]
    );
    let r = sheet(
        json!({ "kind": "body", "body": "standing", "seats": 97, "plannedPairs": 146, "decimals": 1 }),
    );
    assert!(texts(&r)[0].contains("đạt 1,5 lần so với ban thường vụ hiện tại"));
    // City level: 125 pairs, 2,8 lần; 34 pairs, 2,4 lần.
    assert!(texts(&sheet(
        json!({ "kind": "body", "seats": 45, "plannedPairs": 125, "decimals": 1 })
    ))[0]
        .contains("đạt 2,8 lần"));
    assert!(texts(&sheet(json!({ "kind": "body", "body": "standing", "seats": 14, "plannedPairs": 34, "decimals": 1 })))[0].contains("đạt 2,4 lần"));
}

/// Hạ Long (004): "Các chức danh chủ chốt đạt 2,01 lần trên 1 chức danh".
#[test]
fn key_titles_per_title() {
    let r = sheet(json!({ "kind": "keyTitles", "titles": 100, "plannedPairs": 201 }));
    assert_eq!(
        texts(&r),
        ["Các chức danh chủ chốt đạt 2,01 lần trên 1 chức danh (201 lượt cho 100 chức danh)"]
    );
}

#[test]
fn key_titles_over_the_per_title_limit_are_flagged() {
    let r = sheet(
        json!({ "kind": "keyTitles", "titles": 2, "plannedPairs": 7, "asOf": "2026-01-15",
        "perTitle": [{ "name": "Bí thư", "planned": 4, "seats": 1 }, { "name": "Phó Bí thư", "planned": 3, "seats": 2 }] }),
    );
    assert_eq!(codes(&r), ["planned-per-title"]);
    assert_eq!(
        r.findings[0].message,
        "Chức danh Bí thư có 4 người quy hoạch, vượt mức tối đa 3"
    );
    assert!(r.findings[0].source.starts_with("QĐ 377-QĐ/TW"));
}

#[test]
fn planning_shares_are_checked_against_the_profile() {
    let r = sheet(
        json!({ "kind": "body", "seats": 33, "plannedPairs": 46, "plannedPeople": 40, "women": 8, "young": 8, "ethnicMinority": 5, "profile": "qd50-2021" }),
    );
    assert_eq!(
        &texts(&r)[1..],
        [
            "Cán bộ nữ 8 = 20%",
            "Cán bộ trẻ 8 = 20%",
            "Cán bộ dân tộc thiểu số 5 = 12,5%"
        ]
    );
    assert_eq!(codes(&r), ["women-share"]);
    assert!(r.findings[0].source.starts_with("QĐ 50-QĐ/TW"));
}

/// Hạ Long (004): down 40, up 17, across 24.
#[test]
fn rotation_by_direction() {
    let r = sheet(json!({ "kind": "rotation", "down": 40, "up": 17, "across": 24 }));
    assert_eq!(
        texts(&r),
        [
            "Tổng số luân chuyển 81 lượt",
            "Từ trên xuống 40 = 49,4%",
            "Từ dưới lên 17 = 21%",
            "Sang ngang 24 = 29,6%"
        ]
    );
}

/// Bắc Kạn (002): "1.253 trong tổng số 1.280 chi bộ thôn"; 23.815 → 35.238 members; 14.787 admitted in 2010–2020.
#[test]
fn bac_kan_growth_and_coverage() {
    let r = sheet(
        json!({ "kind": "growth", "membersFrom": "23.815", "membersTo": "35.238", "yearFrom": 2010, "yearTo": 2020,
        "admitted": 14787, "unitsCovered": 1253, "unitsTotal": 1280 }),
    );
    assert_eq!(
        texts(&r),
        [
            "Số đảng viên tăng từ 23.815 lên 35.238: tăng 11.423 = 48%",
            "Bình quân tăng 1.142,3 đảng viên mỗi năm (10 năm)",
            "Bình quân kết nạp 1.478,7 đảng viên mỗi năm (10 năm)",
            "1.253/1.280 = 97,9%",
        ]
    );
}

/// Bắc Kạn (002): "đề nghị 917, giao 874, dự phòng 43".
#[test]
fn bac_kan_staffing_quota() {
    let r = sheet(json!({ "kind": "staffing", "requested": 917, "assigned": 874, "reserve": 43 }));
    assert_eq!(
        texts(&r),
        [
            "Số đề nghị hơn số được giao 43 biên chế",
            "Giao 874 biên chế = 95,3% số đề nghị",
            "Dự phòng 43 biên chế = 4,7% số đề nghị"
        ]
    );
    assert!(r.findings.is_empty());
    let r = sheet(
        json!({ "kind": "staffing", "requested": 917, "assigned": 900, "reserve": 43, "filled": 901 }),
    );
    assert_eq!(codes(&r), ["quota-exceeds-request", "filled-exceeds-quota"]);
}

/// Bắc Kạn city (000): "Tỷ lệ bí thư đảng ủy, chủ tịch UBND các xã, phường không phải là người địa
/// phương … mới đạt 12,5%": 1 of its 8 wards and communes. (Its 13,8% has no counts beside it.)
#[test]
fn bac_kan_city_non_local_share() {
    let r = sheet(
        json!({ "kind": "composition", "total": 8, "groups": [{ "name": "Không phải người địa phương", "parts": [{ "label": "Không phải người địa phương", "count": 1 }] }] }),
    );
    assert_eq!(texts(&r), ["Không phải người địa phương 1 = 12,5%"]);
}

#[test]
fn bad_counts_name_their_field() {
    let r = sheet(json!({ "kind": "body", "seats": -3, "plannedPairs": "abc" }));
    let errors: Vec<(&str, &str)> = r
        .errors
        .iter()
        .map(|e| (e.field.as_str(), e.message.as_str()))
        .collect();
    assert_eq!(
        errors,
        [
            ("seats", "“-3” không phải số nguyên không âm"),
            ("plannedPairs", "“abc” không phải số nguyên không âm")
        ]
    );
    let r = sheet(json!({ "kind": "staffing" }));
    assert_eq!(r.errors[0].field, "assigned");
    assert_eq!(r.errors[0].message, "cần nhập số");
}

#[test]
fn figures_come_in_english_too() {
    let r = sheet(json!({ "kind": "body", "seats": 299, "plannedPairs": 419, "decimals": 1 }));
    assert_eq!(
        r.figures[0].en,
        "419 person–title pairs planned for the committee: 1.4 times its 299 seats"
    );
}

/// Vietnamese numbers: a dot groups thousands, three digits a group; "1.5"
/// is neither 15 nor 1½, and "4,5" is not a count. A value that is not a
/// count marks its field and leaves no stale figure.
#[test]
fn counts_follow_vietnamese_number_rules() {
    let growth = |covered: Value| {
        sheet(json!({ "kind": "growth", "unitsCovered": covered, "unitsTotal": "1.280" }))
    };
    assert_eq!(texts(&growth(json!("1.253"))), ["1.253/1.280 = 97,9%"]);
    assert_eq!(texts(&growth(json!("1 253"))), ["1.253/1.280 = 97,9%"]);
    for bad in ["1.5", "12.34", "1.2345", "1..253", ".253"] {
        let r = growth(json!(bad));
        assert!(r.figures.is_empty(), "{bad}: {:?}", texts(&r));
        assert_eq!(r.errors.len(), 1, "{bad}");
        assert_eq!(r.errors[0].field, "unitsCovered");
        assert!(
            r.errors[0].message.contains("tách hàng nghìn"),
            "{bad}: {}",
            r.errors[0].message
        );
    }
    for bad in [
        json!("4,5"),
        json!("-3"),
        json!("abc"),
        json!(4.5),
        json!(true),
    ] {
        let r = growth(bad.clone());
        assert!(r.figures.is_empty(), "{bad}");
        assert_eq!(r.errors[0].field, "unitsCovered", "{bad}");
    }
    // An emptied field is a missing one, not an invalid value.
    let r = sheet(json!({ "kind": "composition", "total": "", "groups": [] }));
    assert_eq!(r.errors[0].message, "cần nhập số");
}

#[test]
fn an_invalid_part_of_a_composition_clears_every_figure() {
    let r = sheet(json!({ "kind": "composition", "total": 11, "groups": [
        { "name": "Chuyên môn", "parts": [{ "label": "Thạc sỹ", "count": "4,5" }, { "label": "Đại học", "count": 7 }] }
    ]}));
    assert!(r.figures.is_empty() && r.findings.is_empty());
    assert_eq!(r.errors[0].field, "groups[0].parts[0].count");
}

/// Issue 19: the key titles sheet gives the same "lần trên 1 chức danh" as
/// groups[].perTitle (14 pairs on 4 titles: 3,5) and, when each title's seats
/// are given, "so với số vị trí" as groups[].multiple (14 on 5 seats: 2,8).
#[test]
fn key_titles_per_title_and_per_seat() {
    let r = sheet(
        json!({ "kind": "keyTitles", "titles": 4, "plannedPairs": 14,
        "perTitle": [ { "name": "Bí thư", "planned": 3, "seats": 1 }, { "name": "Phó Bí thư", "planned": 5, "seats": "2" },
                      { "name": "Chủ tịch HĐND", "planned": 3, "seats": 1 }, { "name": "Chủ tịch UBND", "planned": 3, "seats": 1 } ] }),
    );
    assert_eq!(
        texts(&r),
        [
            "Các chức danh chủ chốt đạt 3,5 lần trên 1 chức danh (14 lượt cho 4 chức danh)",
            "Các chức danh chủ chốt đạt 2,8 lần so với số vị trí (14 lượt cho 5 vị trí)"
        ]
    );
    // Without every title's seats there is no multiple of seats.
    let r = sheet(
        json!({ "kind": "keyTitles", "titles": 4, "plannedPairs": 14,
        "perTitle": [ { "name": "Bí thư", "planned": 3 } ] }),
    );
    assert_eq!(texts(&r).len(), 1);
}

/// A worksheet's input is read field by field: a count left out or `null` is
/// no value (the worksheet says which is missing), a field of the wrong type
/// is refused with its name, and an unknown worksheet names the known ones.
#[test]
fn the_input_is_read_field_by_field() {
    let r =
        sheet(json!({ "kind": "staffing", "requested": 10, "assigned": null, "extra": "ignored" }));
    assert!(
        !r.errors.is_empty(),
        "the assigned count is missing: {:?}",
        r.errors
    );
    let body: Sheet = serde_json::from_value(json!({ "kind": "body", "seats": 15, "profile": "qd50-2021", "asOf": "2025-01-01", "decimals": 1 })).unwrap();
    let Sheet::Body(body) = body else {
        panic!("a body worksheet")
    };
    assert_eq!(body.seats, Some(json!(15)));
    assert_eq!(body.context.profile.as_deref(), Some("qd50-2021"));
    assert_eq!(body.context.as_of.as_deref(), Some("2025-01-01"));
    assert_eq!(body.context.decimals, Some(1));
    for (input, field) in [
        (json!({ "kind": "body", "decimals": "two" }), "decimals"),
        (json!({ "kind": "body", "body": 3 }), "body"),
        (
            json!({ "kind": "composition", "groups": [{ "name": "x", "mustAddUp": "yes" }] }),
            "mustAddUp",
        ),
        (json!({ "kind": "keyTitles", "perTitle": {} }), "perTitle"),
        (
            json!({ "kind": "composition", "groups": [{ "parts": [{ "label": 1 }] }] }),
            "label",
        ),
    ] {
        let error = serde_json::from_value::<Sheet>(input)
            .unwrap_err()
            .to_string();
        assert!(error.contains(field), "{error}");
    }
    let error = serde_json::from_value::<Sheet>(json!({ "kind": "nothing" }))
        .unwrap_err()
        .to_string();
    assert!(
        error.contains("nothing") && error.contains("keyTitles"),
        "{error}"
    );
    let error = serde_json::from_value::<Sheet>(json!({ "seats": 1 }))
        .unwrap_err()
        .to_string();
    assert!(error.contains("kind"), "{error}");
}
