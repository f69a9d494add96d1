//! Reading datasets: what is not a dataset is an error; a bad row is an
//! `invalid-row` finding and an `excluded` entry, and the rest is analysed.

mod common;

use common::{analyze, analyze_err, as_json, dataset, findings, person, title};
use serde_json::json;

#[test]
fn non_object_is_not_a_dataset() {
    assert_eq!(
        analyze_err("[]"),
        "a dataset must be a qhcb/1 object, not a list"
    );
    assert_eq!(
        analyze_err("42"),
        "a dataset must be a qhcb/1 object, not a number"
    );
    assert_eq!(
        analyze_err("null"),
        "a dataset must be a qhcb/1 object, not null"
    );
}

#[test]
fn dataset_without_people_is_rejected() {
    assert_eq!(
        analyze_err(r#"{"asOf":"2025-01-01"}"#),
        "the dataset has no \"people\" list"
    );
    assert_eq!(
        analyze_err(r#"{"asOf":"2025-01-01","people":{}}"#),
        "\"people\" must be a list, not an object"
    );
}

#[test]
fn unknown_format_is_rejected() {
    assert_eq!(
        analyze_err(r#"{"format":"qhcb/9","asOf":"2025-01-01","people":[]}"#),
        "format \"qhcb/9\" is not supported; expected \"qhcb/1\""
    );
}

#[test]
fn missing_or_bad_review_date_is_rejected() {
    assert_eq!(
        analyze_err(r#"{"people":[]}"#),
        "the review date \"asOf\" is missing"
    );
    assert_eq!(
        analyze_err(r#"{"asOf":"2025-02-30","people":[]}"#),
        "\"asOf\": \"2025-02-30\" is not a valid date: 02/2025 has no day 30"
    );
}

#[test]
fn unknown_level_and_profile_are_rejected() {
    assert_eq!(
        analyze_err(r#"{"asOf":"2025-01-01","unit":{"level":"huyen"},"people":[]}"#),
        "\"unit.level\": \"huyen\" is not one of central, province, district, above-grassroots, commune, grassroots"
    );
    assert_eq!(
        analyze_err(r#"{"asOf":"2025-01-01","profile":"qd1","people":[]}"#),
        "there is no rule profile \"qd1\""
    );
}

#[test]
fn invalid_json_is_rejected_with_position() {
    assert!(analyze_err("{").starts_with("the dataset is not valid JSON: EOF while parsing"));
}

#[test]
fn bad_birth_month_excludes_only_that_row() {
    let data = dataset(
        json!([]),
        json!([
            person("a", "M", "1975-13", json!({})),
            person("b", "F", "1980", json!({})),
        ]),
    );
    let report = analyze(&data);
    assert_eq!(report.counts.analysed, 1);
    assert_eq!(report.people[0].id, "b");
    let invalid = findings(&report, "invalid-row");
    assert_eq!(invalid.len(), 1);
    assert_eq!(invalid[0].row, Some(0));
    assert_eq!(invalid[0].field, Some("birth"));
    assert_eq!(invalid[0].subject.id.as_deref(), Some("a"));
    assert_eq!(
        invalid[0].message,
        "Cán bộ dòng 1 (mã “a”): trường “birth”: “1975-13” không phải ngày hợp lệ: không có tháng 13; dòng này không được tính"
    );
    let excluded = &as_json(&report)["excluded"];
    assert_eq!(
        excluded,
        &json!([{ "index": 0, "id": "a", "fields": ["birth"],
        "reason": "trường “birth”: “1975-13” không phải ngày hợp lệ: không có tháng 13" }])
    );
}

#[test]
fn impossible_day_is_an_invalid_row() {
    let report = analyze(&dataset(
        json!([]),
        json!([person("a", "M", "1975-02-30", json!({}))]),
    ));
    assert_eq!(
        report.excluded[0].reason,
        "trường “birth”: “1975-02-30” không phải ngày hợp lệ: tháng 02/1975 không có ngày 30"
    );
}

#[test]
fn birth_after_review_date_is_an_invalid_row() {
    let report = analyze(&dataset(
        json!([]),
        json!([person("a", "M", "2027-01", json!({}))]),
    ));
    assert_eq!(report.excluded[0].fields, ["birth"]);
}

#[test]
fn sex_other_than_m_or_f_is_an_invalid_row() {
    let report = analyze(&dataset(
        json!([]),
        json!([person("a", "Nam", "1975", json!({}))]),
    ));
    assert_eq!(
        report.excluded[0].reason,
        "trường “sex”: “Nam” không thuộc M, F"
    );
}

#[test]
fn unknown_title_id_is_an_invalid_row() {
    let data = dataset(
        json!([title("bt", "key", 1)]),
        json!([person("a", "M", "1975", json!({"planned": ["bt", "ct"]}))]),
    );
    let report = analyze(&data);
    assert_eq!(
        report.excluded[0].reason,
        "trường “planned”: không có chức danh mã “ct”"
    );
    assert_eq!(
        report.titles[0].planned, 0,
        "an excluded row counts nowhere"
    );
}

#[test]
fn duplicate_id_excludes_the_later_row() {
    let data = dataset(
        json!([]),
        json!([
            person("a", "M", "1975", json!({})),
            person("a", "F", "1976", json!({})),
        ]),
    );
    let report = analyze(&data);
    assert_eq!(report.people.len(), 1);
    assert_eq!(report.people[0].age.years, 51);
    assert_eq!(report.excluded[0].index, 1);
    assert_eq!(
        report.excluded[0].reason,
        "trường “id”: mã “a” đã dùng ở dòng 1"
    );
}

/// Issue 16: an optional value outside its enumeration no longer excludes
/// the person; it counts as unknown with an `invalid-value` warning.
#[test]
fn value_outside_an_enumeration_is_unknown_with_a_warning() {
    let report = analyze(&dataset(
        json!([]),
        json!([person("a", "M", "1975", json!({"education": "phd"}))]),
    ));
    assert!(report.excluded.is_empty());
    assert_eq!(report.people.len(), 1);
    let warned = findings(&report, "invalid-value");
    assert_eq!(warned.len(), 1);
    assert_eq!(warned[0].field, Some("education"));
    assert_eq!(warned[0].row, Some(0));
    assert_eq!(warned[0].value, json!("phd"));
}

#[test]
fn every_bad_field_of_a_row_is_named() {
    let report = analyze(&dataset(
        json!([]),
        json!([{"id": "x", "sex": "?", "birth": "19", "local": "yes"}]),
    ));
    assert_eq!(report.excluded.len(), 1);
    assert_eq!(report.excluded[0].fields, ["sex", "birth", "local"]);
    assert_eq!(findings(&report, "invalid-row").len(), 3);
}

#[test]
fn row_that_is_not_an_object_is_reported() {
    let report = analyze(&dataset(json!([]), json!(["Nguyễn Văn A", null])));
    assert_eq!(report.counts.rows, 2);
    assert_eq!(report.counts.excluded, 2);
    assert_eq!(
        report.excluded[0].reason,
        "dòng phải là một đối tượng, không phải chuỗi ký tự"
    );
}

#[test]
fn missing_id_is_reported() {
    let report = analyze(&dataset(json!([]), json!([{"sex": "M", "birth": "1970"}])));
    assert_eq!(report.excluded[0].id, None);
    assert_eq!(report.excluded[0].reason, "trường “id”: bị thiếu");
}

#[test]
fn analysed_and_excluded_rows_add_up_to_input_rows() {
    let data = dataset(
        json!([]),
        json!([
            person("a", "M", "1975", json!({})),
            person("b", "M", "bad", json!({})),
            person("c", "F", "1990-06-15", json!({})),
        ]),
    );
    let report = analyze(&data);
    assert_eq!(
        report.counts.analysed + report.counts.excluded,
        report.counts.rows
    );
    assert_eq!(report.cohorts.get("all").unwrap().count, 2);
}

#[test]
fn invalid_title_is_reported_and_its_holders_excluded() {
    let data = dataset(
        json!([{ "id": "bt", "group": "boss", "seats": 1 }, title("pbt", "key", 2)]),
        json!([person("a", "M", "1975", json!({"current": ["bt"]}))]),
    );
    let report = analyze(&data);
    let bad = findings(&report, "invalid-title");
    assert_eq!(bad.len(), 1);
    assert_eq!(bad[0].field, Some("group"));
    assert_eq!(report.titles.len(), 1);
    assert_eq!(
        report.excluded[0].reason,
        "trường “current”: chức danh “bt” bị loại vì dữ liệu chức danh lỗi"
    );
}

#[test]
fn repeated_title_in_a_list_counts_once_with_a_warning() {
    let data = dataset(
        json!([title("bt", "key", 1)]),
        json!([person("a", "M", "1980", json!({"planned": ["bt", "bt"]}))]),
    );
    let report = analyze(&data);
    assert_eq!(report.people[0].planned_count, 1);
    assert_eq!(findings(&report, "repeated-title").len(), 1);
}

#[test]
fn english_messages_on_request() {
    let data = dataset(json!([]), json!([person("a", "X", "1975", json!({}))]));
    let options = qhcb::Options {
        lang: qhcb::messages::Lang::En,
        ..Default::default()
    };
    let report = qhcb::analyze_json(&data.to_string(), &options).unwrap();
    assert_eq!(
        report.excluded[0].reason,
        "field \"sex\": \"X\" is not one of M, F"
    );
}

#[test]
fn options_override_the_review_date_and_profile() {
    let data = dataset(json!([]), json!([person("a", "M", "1970-01", json!({}))]));
    let options = qhcb::Options {
        as_of: Some(common::date("2022-06-30")),
        profile: Some("qd50-2021".into()),
        ..Default::default()
    };
    let report = qhcb::analyze_json(&data.to_string(), &options).unwrap();
    assert_eq!(
        (report.as_of.as_str(), report.profile.as_str()),
        ("2022-06-30", "qd50-2021")
    );
    assert_eq!(report.people[0].age.years, 52);
}

#[test]
fn more_rows_than_a_browser_can_hold_are_refused_with_a_message() {
    let limit = qhcb::input::MAX_ROWS;
    let rows = vec!["0"; limit + 2].join(",");
    let text = format!(r#"{{"asOf":"2026-01-01","people":[{rows}]}}"#);
    assert_eq!(
        analyze_err(&text),
        "\"people\" has 3,000,002 rows, more than the 3,000,000 a browser can handle; split the data by unit"
    );
}
