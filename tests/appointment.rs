//! Appointment, discipline and rotation checks (QĐ 377 Điều 34, HD 06-HD/BTCTW,
//! QĐ 80, QĐ 65): a passing case, a failing case and the boundary for each.

mod common;

use common::{analyze, dataset, findings, person, ranked};
use serde_json::{json, Value};

fn titles() -> Value {
    json!([
        ranked("bt", "key", 1, 1),
        ranked("pbt", "key", 2, 2),
        ranked("ct", "key", 1, 2),
        ranked("tp", "leader", 1, 5)
    ])
}

fn appointee(id: &str, birth: &str, extra: Value) -> Value {
    let mut row = person(
        id,
        "M",
        birth,
        json!({ "current": ["tp"], "planned": ["pbt"], "postSince": "2020-01-01",
        "appointment": { "title": "pbt", "dossierDate": "2026-01-10" } }),
    );
    if let (Some(row), Value::Object(extra)) = (row.as_object_mut(), extra) {
        row.extend(extra);
    }
    row
}

#[test]
fn appointment_needs_sixty_months_at_the_dossier_date() {
    // Men born 04/1966 or later retire at 62. Dossier 01/2026.
    let report = analyze(&dataset(
        titles(),
        json!([
            appointee("ok", "1969-01", json!({})),    // 01/2031: 60 months
            appointee("short", "1968-12", json!({})), // 12/2030: 59 months
        ]),
    ));
    let f = findings(&report, "appointment-age");
    assert_eq!(f.len(), 1);
    assert_eq!(
        (
            f[0].subject.id.as_deref(),
            f[0].value.clone(),
            f[0].limit.clone()
        ),
        (Some("short"), json!(59), json!(60.0))
    );
    assert_eq!(f[0].title.as_deref(), Some("pbt"));
    assert_eq!(f[0].confidence, qhcb::profile::Confidence::Confirmed);
    assert!(f[0].source.starts_with("HD 06-HD/BTCTW"));
}

#[test]
fn appointment_needs_24_months_in_the_current_post() {
    let report = analyze(&dataset(
        titles(),
        json!([
            appointee("ok", "1980", json!({"postSince": "2024-01-10"})),
            appointee("short", "1980", json!({"postSince": "2024-01-11"})),
        ]),
    ));
    let f = findings(&report, "appointment-tenure");
    assert_eq!(f.len(), 1);
    assert_eq!(
        (f[0].subject.id.as_deref(), f[0].value.clone()),
        (Some("short"), json!(23))
    );
}

#[test]
fn missing_post_date_is_said_not_assumed() {
    let mut row = appointee("a", "1980", json!({}));
    row.as_object_mut().unwrap().remove("postSince");
    let report = analyze(&dataset(titles(), json!([row])));
    assert!(findings(&report, "appointment-tenure").is_empty());
    let f = &findings(&report, "missing-data")[0];
    assert_eq!(f.field, Some("postSince"));
}

#[test]
fn appointee_must_be_planned_for_the_title_or_a_higher_one() {
    let report = analyze(&dataset(
        titles(),
        json!([
            appointee("same", "1980", json!({"planned": ["pbt"]})),
            appointee("equivalent", "1980", json!({"planned": ["ct"]})),
            appointee("higher", "1980", json!({"planned": ["bt"]})),
            appointee("lower", "1980", json!({"planned": ["tp"]})),
            appointee("none", "1980", json!({"planned": []})),
            appointee(
                "outside",
                "1980",
                json!({"planned": ["tp"], "appointment": {"title": "pbt", "dossierDate": "2026-01-10", "outside": true}})
            ),
        ]),
    ));
    let ids: Vec<_> = findings(&report, "appointment-planned")
        .iter()
        .map(|f| f.subject.id.clone().unwrap())
        .collect();
    assert_eq!(ids, ["lower", "none", "outside"]);
    let outside = &findings(&report, "appointment-planned")[2];
    assert!(outside.messages.vi.contains("nhân sự từ nơi khác"));
}

#[test]
fn discipline_waiting_times_for_appointment_under_qd377_are_24_36_60_months() {
    // Dossier 2026-01-10; QĐ 377 counts the wait for appointment only
    // (planning needs the discipline's period to have ended: rules2026.rs).
    let cases = [
        ("reprimand", "2024-01-10", false),
        ("reprimand", "2024-01-11", true),
        ("warning", "2023-01-10", false),
        ("warning", "2023-01-11", true),
        ("dismissal", "2021-01-10", false),
        ("dismissal", "2021-01-11", true),
    ];
    for (level, date, flagged) in cases {
        let row = appointee(
            "a",
            "1980",
            json!({"discipline": [{"level": level, "date": date, "endDate": "2021-01-01"}]}),
        );
        let report = analyze(&dataset(titles(), json!([row])));
        assert_eq!(
            !findings(&report, "discipline-appointment").is_empty(),
            flagged,
            "{level} {date}"
        );
        assert!(
            findings(&report, "discipline-planning").is_empty(),
            "{level} {date}"
        );
    }
}

#[test]
fn discipline_waiting_times_under_qd50_follow_qd80() {
    let row = person(
        "a",
        "M",
        "1980",
        json!({"planned": ["pbt"], "discipline": [{"level": "warning", "date": "2022-01-01"}]}),
    );
    let mut data = dataset(titles(), json!([row]));
    data["profile"] = json!("qd50-2021");
    data["asOf"] = json!("2024-06-30");
    // 29 months after a warning: below QĐ 80's 30 (QĐ 80 counts for planning too).
    let f = &findings(&analyze(&data), "discipline-planning")[0];
    assert_eq!((f.value.clone(), f.limit.clone()), (json!(29), json!(30.0)));
    data["asOf"] = json!("2024-07-01");
    assert!(findings(&analyze(&data), "discipline-planning").is_empty());
}

#[test]
fn discipline_variant_can_be_chosen_in_a_custom_profile() {
    let row = appointee(
        "a",
        "1980",
        json!({"discipline": [{"level": "reprimand", "date": "2024-06-01", "endDate": "2025-06-01"}]}),
    );
    let mut data = dataset(titles(), json!([row]));
    assert_eq!(
        findings(&analyze(&data), "discipline-appointment").len(),
        1,
        "19 months < 24"
    );
    // The former code names the appointment rule.
    data["profiles"] = json!([{ "id": "qd80-times", "basedOn": "qd377-2025",
        "rules": [{ "code": "discipline-wait", "params": {"reprimand": 12, "warning": 30, "dismissal": 60} }] }]);
    data["profile"] = json!("qd80-times");
    assert!(
        findings(&analyze(&data), "discipline-appointment").is_empty(),
        "19 months ≥ 12"
    );
}

#[test]
fn discipline_is_checked_at_the_dossier_date_for_appointments() {
    let row = appointee(
        "a",
        "1980",
        json!({"planned": [], "discipline": [{"level": "reprimand", "date": "2025-01-01"}]}),
    );
    let report = analyze(&dataset(titles(), json!([row])));
    let f = &findings(&report, "discipline-appointment")[0];
    assert_eq!(f.value, json!(12));
    assert!(f.messages.vi.contains("bổ nhiệm"));
}

#[test]
fn rotation_needs_120_months_left() {
    let report = analyze(&dataset(
        titles(),
        json!([
            person("ok", "F", "1976-07", json!({"rotationDate": "2026-07-01"})), // 60y: 07/2036, 120 months
            person(
                "short",
                "F",
                "1976-06",
                json!({"rotationDate": "2026-07-01"})
            ), // 06/2036, 119 months
        ]),
    ));
    let f = findings(&report, "rotation-age");
    assert_eq!(f.len(), 1);
    assert_eq!(
        (f[0].subject.id.as_deref(), f[0].value.clone()),
        (Some("short"), json!(119))
    );
}

#[test]
fn bad_appointment_and_discipline_fields_are_invalid_rows() {
    let report = analyze(&dataset(
        titles(),
        json!([
            person(
                "a",
                "M",
                "1980",
                json!({"appointment": {"title": "xx", "dossierDate": "2026-13-01"}})
            ),
            person(
                "b",
                "M",
                "1980",
                json!({"discipline": [{"level": "severe", "date": "2025-01-01"}], "candidacy": "again"})
            ),
        ]),
    ));
    let fields: Vec<_> = report.excluded.iter().map(|e| e.fields.clone()).collect();
    assert_eq!(
        fields,
        [
            vec!["appointment.title", "appointment.dossierDate"],
            vec!["candidacy", "discipline.level"]
        ]
    );
}
