//! Contract tests of the JavaScript API in headless Chromium
//! (wasm-bindgen-test): the shapes of contract v1, a bad row, a non-dataset.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Object, Reflect, JSON};
use qhcb::wasm::{analyze, export_docx, profiles, retirement, rule_specs, terms, version};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn js(text: &str) -> JsValue {
    JSON::parse(text).unwrap()
}

fn get(value: &JsValue, path: &str) -> JsValue {
    path.split('.')
        .fold(value.clone(), |v, key| match key.parse::<u32>() {
            Ok(i) if Array::is_array(&v) => Array::from(&v).get(i),
            _ => Reflect::get(&v, &JsValue::from_str(key)).unwrap(),
        })
}

fn keys(value: &JsValue) -> Vec<String> {
    Object::keys(value.unchecked_ref::<Object>())
        .iter()
        .map(|k| k.as_string().unwrap())
        .collect()
}

fn stringify(value: &JsValue) -> String {
    JSON::stringify(value).unwrap().as_string().unwrap()
}

const DATASET: &str = r#"{
  "format": "qhcb/1",
  "unit": { "name": "Đảng bộ huyện Phú Lương", "level": "district" },
  "asOf": "2018-04-30", "termStart": "2020-10", "profile": "qd50-2021",
  "titles": [
    { "id": "bch", "name": "Ủy viên Ban Chấp hành", "group": "committee", "seats": 33 },
    { "id": "btv", "name": "Ủy viên Ban Thường vụ", "group": "standing", "seats": 11 },
    { "id": "bt",  "name": "Bí thư Huyện ủy", "group": "key", "seats": 1, "rank": 1 }
  ],
  "people": [
    { "id": "p1", "name": "Nguyễn Thị A", "sex": "F", "birth": "1978-03",
      "ethnicMinority": true, "local": false, "education": "master", "politicalTheory": "advanced",
      "current": ["btv"], "planned": ["bt"] },
    { "id": "p2", "name": "Trần Văn B", "sex": "M", "birth": "1975-13", "current": ["bch"] }
  ]
}"#;

fn report() -> JsValue {
    analyze(js(DATASET), JsValue::UNDEFINED).unwrap()
}

#[wasm_bindgen_test]
fn report_has_every_top_level_field_of_the_contract() {
    let r = report();
    for key in [
        "asOf", "profile", "people", "cohorts", "titles", "groups", "findings", "excluded",
    ] {
        assert!(keys(&r).contains(&key.to_owned()), "{key}");
    }
    assert_eq!(get(&r, "asOf").as_string().unwrap(), "2018-04-30");
    assert_eq!(get(&r, "profile").as_string().unwrap(), "qd50-2021");
}

#[wasm_bindgen_test]
fn person_report_matches_the_contract() {
    let p = get(&report(), "people.0");
    assert_eq!(
        stringify(&p),
        r#"{"id":"p1","age":{"years":40,"months":1},"retirementDate":"2038-03-31","monthsLeft":239,"monthsLeftAtTermStart":209,"plannedCount":1,"retirementDecided":false}"#
    );
}

#[wasm_bindgen_test]
fn people_as_columns_are_typed_arrays_with_the_same_figures() {
    let r = analyze(js(DATASET), js(r#"{"people":"columns"}"#)).unwrap();
    assert_eq!(stringify(&get(&r, "people")), "[]");
    let columns = get(&r, "peopleColumns");
    let field = |name: &str| get(&columns, name);
    assert!(field("index").is_instance_of::<js_sys::Uint32Array>());
    assert!(field("ageYears").is_instance_of::<js_sys::Uint32Array>());
    assert!(field("ageMonths").is_instance_of::<js_sys::Uint8Array>());
    assert!(field("retirementDate").is_instance_of::<js_sys::Uint32Array>());
    assert!(field("monthsLeft").is_instance_of::<js_sys::Int32Array>());
    assert!(field("monthsLeftAtTermStart").is_instance_of::<js_sys::Int32Array>());
    assert!(field("plannedCount").is_instance_of::<js_sys::Uint32Array>());
    assert!(field("retirementDecided").is_instance_of::<js_sys::Uint8Array>());
    // p2 (row 1) has a bad birth and is left out: one analysed person, row 0,
    // with the figures of person_report_matches_the_contract.
    let first = |field: &str| {
        let array: js_sys::Array = js_sys::Array::from(&get(&columns, field));
        (array.length(), array.get(0).as_f64().unwrap())
    };
    assert_eq!(first("index"), (1, 0.0));
    assert_eq!(first("ageYears"), (1, 40.0));
    assert_eq!(first("ageMonths"), (1, 1.0));
    assert_eq!(first("retirementDate"), (1, 20380331.0));
    assert_eq!(first("monthsLeft"), (1, 239.0));
    assert_eq!(first("monthsLeftAtTermStart"), (1, 209.0));
    assert_eq!(first("plannedCount"), (1, 1.0));
    // Everything else is the same report.
    let rows = report();
    assert_eq!(
        stringify(&get(&r, "cohorts")),
        stringify(&get(&rows, "cohorts"))
    );
    assert_eq!(
        stringify(&get(&r, "findings")),
        stringify(&get(&rows, "findings"))
    );
}

#[wasm_bindgen_test]
fn people_none_leaves_out_both_forms_and_a_bad_form_throws() {
    let r = analyze(js(DATASET), js(r#"{"people":"none"}"#)).unwrap();
    assert_eq!(stringify(&get(&r, "people")), "[]");
    assert!(get(&r, "peopleColumns").is_undefined());
    let error = analyze(js(DATASET), js(r#"{"people":"table"}"#)).unwrap_err();
    let message = String::from(
        JsValue::from(error)
            .unchecked_into::<js_sys::Error>()
            .message(),
    );
    assert!(
        message.contains("\"rows\", \"columns\" or \"none\""),
        "{message}"
    );
}

#[wasm_bindgen_test]
fn cohorts_are_plain_objects_with_null_for_empty_shares() {
    let cohorts = get(&report(), "cohorts");
    assert_eq!(
        keys(&cohorts),
        [
            "all",
            "current",
            "planned",
            "current:committee",
            "planned:committee",
            "current:standing",
            "planned:standing",
            "current:key",
            "planned:key"
        ]
    );
    let empty = get(&cohorts, "planned:committee");
    assert_eq!(get(&empty, "count").as_f64(), Some(0.0));
    assert!(get(&empty, "meanAge").is_null());
    assert!(get(&empty, "women.share").is_null());
    let standing = get(&cohorts, "current:standing");
    assert_eq!(
        stringify(&get(&standing, "women")),
        r#"{"count":1,"share":1}"#
    );
    assert_eq!(
        stringify(&get(&standing, "education.master")),
        r#"{"count":1,"share":1}"#
    );
    assert_eq!(get(&standing, "bands").unchecked_ref::<Array>().length(), 3);
}

#[wasm_bindgen_test]
fn titles_and_groups_carry_multiples() {
    let r = report();
    assert_eq!(get(&r, "titles.2.plannedPerSeat").as_f64(), Some(1.0));
    assert_eq!(get(&r, "groups.2.group").as_string().unwrap(), "key");
    assert_eq!(get(&r, "groups.2.multiple").as_f64(), Some(1.0));
    assert!(get(&r, "groups.0.multiple").as_f64() == Some(0.0));
}

#[wasm_bindgen_test]
fn bad_row_is_an_invalid_row_finding_and_excluded() {
    let r = report();
    assert_eq!(
        stringify(&get(&r, "excluded")),
        r#"[{"index":1,"id":"p2","reason":"trường “birth”: “1975-13” không phải ngày hợp lệ: không có tháng 13","fields":["birth"]}]"#
    );
    let findings = Array::from(&get(&r, "findings"));
    let invalid = findings
        .iter()
        .find(|f| get(f, "code").as_string().as_deref() == Some("invalid-row"))
        .expect("an invalid-row finding");
    assert_eq!(get(&invalid, "severity").as_string().unwrap(), "error");
    assert_eq!(
        stringify(&get(&invalid, "subject")),
        r#"{"kind":"person","id":"p2"}"#
    );
    assert_eq!(get(&invalid, "row").as_f64(), Some(1.0));
    assert_eq!(get(&invalid, "field").as_string().unwrap(), "birth");
    assert!(get(&invalid, "source")
        .as_string()
        .unwrap()
        .contains("qhcb/1"));
}

#[wasm_bindgen_test]
fn non_dataset_throws_a_js_error_with_a_clear_message() {
    for (input, message) in [
        (
            JsValue::from_f64(42.0),
            "a dataset must be a qhcb/1 object, not a number",
        ),
        (JsValue::NULL, "a dataset must be a qhcb/1 object, not null"),
        (js("[]"), "a dataset must be a qhcb/1 object, not a list"),
        (
            js(r#"{"asOf":"2020-01-01"}"#),
            "the dataset has no \"people\" list",
        ),
        (
            js(r#"{"format":"x","people":[]}"#),
            "format \"x\" is not supported; expected \"qhcb/1\"",
        ),
    ] {
        let error = analyze(input, js(r#"{"lang":"en"}"#)).unwrap_err();
        let error: js_sys::Error = JsValue::from(error).dyn_into().expect("a JS Error");
        assert_eq!(String::from(error.message()), message);
    }
}

#[wasm_bindgen_test]
fn options_override_as_of_and_profile() {
    let r = analyze(
        js(DATASET),
        js(r#"{"asOf":"2025-12-01","profile":"qd377-2025"}"#),
    )
    .unwrap();
    assert_eq!(get(&r, "asOf").as_string().unwrap(), "2025-12-01");
    assert_eq!(get(&r, "profile").as_string().unwrap(), "qd377-2025");
    assert_eq!(get(&r, "people.0.age.years").as_f64(), Some(47.0));
}

#[wasm_bindgen_test]
fn bad_options_throw() {
    let error = analyze(js(DATASET), js(r#"{"asOf":"2025-13-01"}"#)).unwrap_err();
    let error: js_sys::Error = JsValue::from(error).dyn_into().unwrap();
    assert!(String::from(error.message()).contains("options.asOf"));
}

#[wasm_bindgen_test]
fn profiles_list_rules_with_sources() {
    let all = profiles().unwrap();
    assert_eq!(get(&all, "0.id").as_string().unwrap(), "qd377-2025");
    assert_eq!(
        get(&all, "0.effectiveFrom").as_string().unwrap(),
        "2025-10-08"
    );
    assert!(get(&all, "0.effectiveTo").is_null());
    assert_eq!(
        get(&all, "1.effectiveTo").as_string().unwrap(),
        "2025-10-07"
    );
    let rule = get(&all, "0.rules.0");
    for key in [
        "code",
        "severity",
        "params",
        "source",
        "confidence",
        "document",
        "article",
        "enabled",
    ] {
        assert!(keys(&rule).contains(&key.to_owned()), "{key}");
    }
    let ids: Vec<String> = Array::from(&all)
        .iter()
        .map(|p| get(&p, "id").as_string().unwrap())
        .collect();
    assert_eq!(ids, ["qd377-2025", "qd50-2021", "ct45-2025", "ct35-2019"]);
}

#[wasm_bindgen_test]
fn retirement_follows_the_roadmap() {
    let r = retirement(
        JsValue::from_str("M"),
        JsValue::from_str("1964-10"),
        JsValue::UNDEFINED,
    )
    .unwrap();
    assert_eq!(
        stringify(&r),
        r#"{"age":{"years":61,"months":6},"month":"2026-04","date":"2026-04-30"}"#
    );
    let r = retirement(
        JsValue::from_str("F"),
        JsValue::from_str("1970-01"),
        js(r#"{"retireAt60":true}"#),
    )
    .unwrap();
    assert_eq!(get(&r, "date").as_string().unwrap(), "2030-01-31");
    assert!(retirement(
        JsValue::from_str("X"),
        JsValue::from_str("1970"),
        JsValue::UNDEFINED
    )
    .is_err());
}

#[wasm_bindgen_test]
fn version_is_the_crate_version() {
    assert_eq!(version(), env!("CARGO_PKG_VERSION"));
}

#[wasm_bindgen_test]
fn rule_specs_list_parameters_by_kind() {
    let specs = rule_specs().unwrap();
    let first = get(&specs, "0");
    assert_eq!(
        get(&first, "code").as_string().unwrap(),
        "planned-per-title"
    );
    assert_eq!(
        stringify(&get(&first, "params")),
        r#"[{"name":"perSeat","kind":"ratio"},{"name":"min","kind":"count"}]"#
    );
}

#[wasm_bindgen_test]
fn custom_profile_in_the_dataset_changes_findings_with_both_languages() {
    let data = js(DATASET);
    let custom = js(
        r#"[{"id":"strict","name":"Strict","basedOn":"qd50-2021","rules":[{"code":"planning-age","params":{"months":300}}]}]"#,
    );
    Reflect::set(&data, &JsValue::from_str("profiles"), &custom).unwrap();
    Reflect::set(
        &data,
        &JsValue::from_str("profile"),
        &JsValue::from_str("strict"),
    )
    .unwrap();
    let r = analyze(data, js(r#"{"lang":"en"}"#)).unwrap();
    assert_eq!(get(&r, "profile").as_string().unwrap(), "strict");
    assert_eq!(
        get(&r, "activeProfile.basedOn").as_string().unwrap(),
        "qd50-2021"
    );
    let finding = Array::from(&get(&r, "findings"))
        .iter()
        .find(|f| get(f, "code").as_string().as_deref() == Some("planning-age"))
        .expect("a planning-age finding");
    assert_eq!(get(&finding, "limit").as_f64(), Some(300.0));
    assert_eq!(
        get(&finding, "message").as_string(),
        get(&finding, "messages.en").as_string()
    );
    assert!(get(&finding, "messages.vi")
        .as_string()
        .unwrap()
        .contains("tháng công tác"));
}

#[wasm_bindgen_test]
fn the_filed_report_comes_with_the_filing_option_and_as_a_word_document() {
    let r = analyze(js(DATASET), js(r#"{"filing":true}"#)).unwrap();
    assert_eq!(
        get(&r, "filing.header.party").as_string().unwrap(),
        "ĐẢNG CỘNG SẢN VIỆT NAM"
    );
    let plain = analyze(js(DATASET), JsValue::UNDEFINED).unwrap();
    assert!(get(&plain, "filing").is_undefined());
    let bytes = export_docx(js(DATASET), js(r#"{"lang":"en"}"#)).unwrap();
    assert_eq!(&bytes[..2], b"PK");
}

#[wasm_bindgen_test]
fn terms_by_level() {
    let t = terms("commune", JsValue::UNDEFINED).unwrap();
    assert_eq!(get(&t, "0.start").as_string().unwrap(), "2025-07");
    assert_eq!(get(&t, "2.start").as_string().unwrap(), "2026-03");
}
