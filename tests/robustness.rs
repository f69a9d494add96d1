//! No input may panic: every field of a row and of the dataset is set to
//! hostile values, and analysis either reports the row or throws a clear
//! error, with analysed + excluded = rows.

mod common;

use qhcb::report::{analyze_json, Options};
use serde_json::{json, Value};

fn hostile_values() -> Vec<Value> {
    vec![
        json!(null),
        json!(true),
        json!(0),
        json!(-1),
        json!(1.5),
        json!(1e308),
        json!(-1e308),
        json!(u64::MAX),
        json!(""),
        json!(" "),
        json!("x"),
        json!("0000"),
        json!("1975-00"),
        json!("1975-02-29"),
        json!("9999-12-31"),
        json!("1000-01-01"),
        json!("<script>alert(1)</script>"),
        json!("\u{202e}\u{200b}Nguyễn"),
        json!("x".repeat(10_000)),
        json!([]),
        json!([null, 1, "bt", ["bt"], {}]),
        json!({}),
        json!({"id": "bt"}),
        json!([[[[[[[[[[1]]]]]]]]]]),
    ]
}

fn base() -> Value {
    json!({
        "format": "qhcb/1",
        "unit": { "name": "Đơn vị", "level": "commune" },
        "asOf": "2026-01-15",
        "termStart": "2026-03",
        "titles": [
            { "id": "bch", "group": "committee", "seats": 15 },
            { "id": "btv", "group": "standing", "seats": 5 },
            { "id": "bt", "name": "Bí thư", "group": "key", "seats": 1, "rank": 1 }
        ],
        "people": [
            { "id": "a", "name": "Lê Văn A", "sex": "M", "birth": "1970-05-03", "ethnicMinority": true,
              "local": false, "education": "master", "politicalTheory": "advanced",
              "current": ["bch", "btv"], "planned": ["bt"], "retireAt60": false },
            { "id": "b", "sex": "F", "birth": "1985", "planned": ["btv"] }
        ]
    })
}

#[test]
fn hostile_values_in_person_fields_never_panic() {
    let fields = [
        "id",
        "name",
        "sex",
        "birth",
        "ethnicMinority",
        "local",
        "education",
        "politicalTheory",
        "current",
        "planned",
        "retireAt60",
    ];
    for field in fields {
        for value in hostile_values() {
            let mut data = base();
            data["people"][0][field] = value.clone();
            let report = analyze_json(&data.to_string(), &Options::default())
                .unwrap_or_else(|e| panic!("{field} = {value}: {e}"));
            assert_eq!(
                report.counts.analysed + report.counts.excluded,
                report.counts.rows,
                "{field} = {value}"
            );
            assert!(
                report.counts.analysed >= 1,
                "{field} = {value}: the other row is still analysed"
            );
        }
    }
}

#[test]
fn hostile_values_in_title_fields_never_panic() {
    for field in ["id", "name", "group", "seats", "rank"] {
        for value in hostile_values() {
            let mut data = base();
            data["titles"][1][field] = value.clone();
            let report = analyze_json(&data.to_string(), &Options::default())
                .unwrap_or_else(|e| panic!("{field} = {value}: {e}"));
            assert_eq!(
                report.counts.analysed + report.counts.excluded,
                report.counts.rows
            );
        }
    }
}

#[test]
fn hostile_values_in_dataset_fields_give_a_report_or_an_error() {
    for field in [
        "format",
        "unit",
        "asOf",
        "termStart",
        "profile",
        "titles",
        "people",
    ] {
        for value in hostile_values() {
            let mut data = base();
            data[field] = value.clone();
            match analyze_json(&data.to_string(), &Options::default()) {
                Ok(report) => assert_eq!(
                    report.counts.analysed + report.counts.excluded,
                    report.counts.rows
                ),
                Err(e) => assert!(!e.to_string().is_empty()),
            }
        }
    }
}

#[test]
fn hostile_rows_never_panic() {
    for value in hostile_values() {
        let mut data = base();
        data["people"].as_array_mut().unwrap().push(value.clone());
        data["titles"].as_array_mut().unwrap().push(value.clone());
        let report = analyze_json(&data.to_string(), &Options::default()).unwrap();
        assert_eq!(report.counts.rows, 3);
        assert_eq!(
            report.counts.analysed + report.counts.excluded,
            3,
            "{value}"
        );
    }
}

#[test]
fn truncated_and_deeply_nested_json_is_an_error() {
    let text = base().to_string();
    for cut in (0..text.len()).step_by(7) {
        if text.is_char_boundary(cut) {
            assert!(analyze_json(&text[..cut], &Options::default()).is_err());
        }
    }
    // Nesting too deep in one row costs that row, not the dataset.
    let deep = format!(
        "{{\"asOf\":\"2026-01-01\",\"people\":[{{\"name\":{}{}}}]}}",
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    let report = analyze_json(&deep, &Options::default()).unwrap();
    assert_eq!((report.counts.rows, report.counts.excluded), (1, 1));
    assert_eq!(
        report
            .findings
            .iter()
            .find(|f| f.code == "invalid-row")
            .and_then(|f| f.field),
        Some("name")
    );
    // Outside any row it is still the dataset's error.
    let deep = format!(
        "{{\"asOf\":\"2026-01-01\",\"unit\":{}{},\"people\":[]}}",
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    assert!(analyze_json(&deep, &Options::default()).is_err());
}
