//! Each rule of contract v1: a passing case, a failing case and the boundary,
//! under QĐ 377-QĐ/TW and QĐ 50-QĐ/TW.

mod common;

use common::{analyze, as_json, dataset, findings, person, ranked, title};
use qhcb::profile::Severity;
use serde_json::{json, Value};

fn planned(id: &str, sex: &str, birth: &str, titles: &[&str]) -> Value {
    person(id, sex, birth, json!({ "planned": titles }))
}

fn with_profile(mut data: Value, profile: &str) -> Value {
    data["profile"] = json!(profile);
    data
}

#[test]
fn planned_per_title_allows_three_per_seat() {
    let people: Vec<_> = (0..3)
        .map(|i| planned(&format!("p{i}"), "M", "1985", &["bt"]))
        .collect();
    let report = analyze(&dataset(json!([ranked("bt", "key", 1, 1)]), json!(people)));
    assert!(findings(&report, "planned-per-title").is_empty());
}

#[test]
fn planned_per_title_flags_a_fourth_person_for_one_seat() {
    let people: Vec<_> = (0..4)
        .map(|i| planned(&format!("p{i}"), "M", "1985", &["bt"]))
        .collect();
    let report = analyze(&dataset(json!([ranked("bt", "key", 1, 1)]), json!(people)));
    let f = findings(&report, "planned-per-title");
    assert_eq!(f.len(), 1);
    assert_eq!(
        (f[0].severity, f[0].subject.kind, f[0].subject.id.as_deref()),
        (Severity::Error, "title", Some("bt"))
    );
    assert_eq!(
        (f[0].value.clone(), f[0].limit.clone()),
        (json!(4), json!(3.0))
    );
    assert!(f[0].source.starts_with("QĐ 377-QĐ/TW"));
}

#[test]
fn planned_per_title_scales_with_seats() {
    let people: Vec<_> = (0..6)
        .map(|i| planned(&format!("p{i}"), "M", "1985", &["pct"]))
        .collect();
    let report = analyze(&dataset(json!([title("pct", "key", 2)]), json!(people)));
    assert!(findings(&report, "planned-per-title").is_empty());
}

#[test]
fn planned_per_title_ignores_committee_and_standing_bodies() {
    let people: Vec<_> = (0..5)
        .map(|i| planned(&format!("p{i}"), "M", "1985", &["bch", "btv"]))
        .collect();
    let report = analyze(&dataset(
        json!([title("bch", "committee", 1), title("btv", "standing", 1)]),
        json!(people),
    ));
    assert!(findings(&report, "planned-per-title").is_empty());
}

#[test]
fn titles_per_person_allows_three_and_flags_four() {
    let t = json!([
        title("a", "key", 1),
        title("b", "key", 1),
        title("c", "key", 1),
        title("d", "key", 1)
    ]);
    let ok = analyze(&dataset(
        t.clone(),
        json!([planned("x", "M", "1985", &["a", "b", "c"])]),
    ));
    assert!(findings(&ok, "titles-per-person").is_empty());
    let bad = analyze(&dataset(
        t,
        json!([planned("x", "M", "1985", &["a", "b", "c", "d"])]),
    ));
    let f = findings(&bad, "titles-per-person");
    assert_eq!(
        (f[0].subject.kind, f[0].value.clone(), f[0].limit.clone()),
        ("person", json!(4), json!(3.0))
    );
}

#[test]
fn planning_age_needs_sixty_months_at_term_start() {
    // Men born 04/1966 or later retire at 62. Term starts 2026-03.
    let mut data = dataset(
        json!([title("bt", "key", 1)]),
        json!([
            planned("ok", "M", "1969-03", &["bt"]), // retires 03/2031: 60 months
            planned("short", "M", "1969-02", &["bt"]), // retires 02/2031: 59 months
            person("idle", "M", "1960-01", json!({})), // not planned: not checked
        ]),
    );
    data["termStart"] = json!("2026-03");
    let report = analyze(&data);
    let f = findings(&report, "planning-age");
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].subject.id.as_deref(), Some("short"));
    assert_eq!(
        (f[0].value.clone(), f[0].limit.clone()),
        (json!(59), json!(60.0))
    );
    assert_eq!(
        f[0].message,
        "SHORT (short) còn 59 tháng công tác tính đến 03/2026 (nghỉ hưu 02/2031), chưa đủ 60 tháng"
            .replace("SHORT (short)", "short")
    );
}

#[test]
fn planning_age_says_how_far_past_retirement_not_a_negative_time_left() {
    // A man born 10/1963 retired in 10/2024 (NĐ 135/2020), 17 months before a term starting
    // 03/2026 (the planned are checked at the term's start).
    let mut data = dataset(
        json!([title("bt", "key", 1)]),
        json!([planned("late", "M", "1963-10", &["bt"])]),
    );
    data["termStart"] = json!("2026-03");
    let f = findings(&analyze(&data), "planning-age");
    assert_eq!(f.len(), 1);
    let left = f[0].value.as_i64().expect("months left");
    assert!(left < 0, "{left}");
    let months = -left;
    assert_eq!(
        f[0].message,
        format!("late đã quá tuổi nghỉ hưu {months} tháng tính đến 03/2026 (nghỉ hưu 10/2024), chưa đủ 60 tháng")
    );
    let options = qhcb::report::shape::Options {
        lang: qhcb::lang::Lang::En,
        ..Default::default()
    };
    let en = qhcb::report::analyze_json(&data.to_string(), &options).unwrap();
    let f = findings(&en, "planning-age");
    let message = &f[0].message;
    assert!(
        message.starts_with(&format!("late is {months} months past retirement at "))
            && message.contains("(retired ")
            && message.ends_with("; 60 months needed"),
        "{message}"
    );
}

#[test]
fn planning_age_uses_review_date_without_term_start() {
    let data = dataset(
        json!([title("bt", "key", 1)]),
        json!([planned("a", "F", "1975-06", &["bt"])]),
    );
    // Women born 05/1975 or later retire at 60: 06/2035, 113 months after 01/2026.
    assert!(findings(&analyze(&data), "planning-age").is_empty());
    let data = dataset(
        json!([title("bt", "key", 1)]),
        json!([planned("a", "F", "1972-01", &["bt"])]),
    );
    let f = &findings(&analyze(&data), "planning-age")[0];
    assert_eq!(f.value, json!(52)); // 58y4m: 05/2030
}

#[test]
fn planning_age_respects_retire_at_60() {
    let data = dataset(
        json!([title("bt", "key", 1)]),
        json!([person(
            "a",
            "F",
            "1970-01",
            json!({"planned": ["bt"], "retireAt60": true})
        )]),
    );
    // 60 years: 01/2030, 48 months after 01/2026; without the flag 57y4m: 05/2027.
    let f = &findings(&analyze(&data), "planning-age")[0];
    assert_eq!(f.value, json!(48));
}

#[test]
fn planned_for_held_title_is_a_warning() {
    let data = dataset(
        json!([ranked("pct", "key", 2, 3)]),
        json!([person(
            "a",
            "M",
            "1980",
            json!({"current": ["pct"], "planned": ["pct"]})
        )]),
    );
    let report = analyze(&data);
    let f = findings(&report, "planned-not-higher");
    assert_eq!(f.len(), 1);
    assert_eq!(
        (f[0].severity, f[0].title.as_deref()),
        (Severity::Warning, Some("pct"))
    );
    assert_eq!(
        f[0].message,
        "A (a) được quy hoạch vào chức danh PCT (pct) đang đảm nhiệm".replace("A (a)", "a")
    );
}

#[test]
fn planned_for_lower_or_equal_rank_is_a_warning_and_higher_is_not() {
    let t = json!([
        ranked("bt", "key", 1, 1),
        ranked("pbt", "key", 2, 2),
        ranked("ct", "key", 1, 2),
        ranked("pct", "key", 2, 3)
    ]);
    let people = json!([
        person(
            "up",
            "M",
            "1980",
            json!({"current": ["pbt"], "planned": ["bt"]})
        ),
        person(
            "same",
            "M",
            "1980",
            json!({"current": ["pbt"], "planned": ["ct"]})
        ),
        person(
            "down",
            "M",
            "1980",
            json!({"current": ["pbt"], "planned": ["pct"]})
        ),
        person("new", "M", "1980", json!({"planned": ["pct"]})),
    ]);
    let report = analyze(&dataset(t, people));
    let ids: Vec<_> = findings(&report, "planned-not-higher")
        .iter()
        .map(|f| f.subject.id.clone().unwrap())
        .collect();
    assert_eq!(ids, ["same", "down"]);
}

#[test]
fn title_with_seats_and_nobody_planned_is_a_warning() {
    let report = analyze(&dataset(
        json!([
            title("bt", "key", 1),
            title("none", "other", 0),
            title("bch", "committee", 9)
        ]),
        json!([]),
    ));
    let ids: Vec<_> = findings(&report, "title-unplanned")
        .iter()
        .map(|f| f.subject.id.clone().unwrap())
        .collect();
    assert_eq!(ids, ["bt", "bch"]);
}

#[test]
fn standing_committee_may_be_a_third_of_the_committee() {
    let ok = analyze(&dataset(
        json!([title("bch", "committee", 33), title("btv", "standing", 11)]),
        json!([]),
    ));
    assert!(findings(&ok, "standing-size").is_empty());
    let bad = analyze(&dataset(
        json!([title("bch", "committee", 33), title("btv", "standing", 12)]),
        json!([]),
    ));
    let f = findings(&bad, "standing-size");
    assert_eq!((f[0].subject.kind, f[0].value.clone()), ("unit", json!(12)));
    // CG-07a: from 30/07/2021 the basis is QĐ 24-QĐ/TW and its successors,
    // whose article is unread: a warning (regulations.md §12.4).
    assert!(
        f[0].source.starts_with("QĐ 24-QĐ/TW ngày 30/07/2021"),
        "{}",
        f[0].source
    );
    assert_eq!(f[0].severity, qhcb::profile::Severity::Warning);
}

#[test]
fn standing_size_needs_committee_seats() {
    let report = analyze(&dataset(json!([title("btv", "standing", 11)]), json!([])));
    assert!(findings(&report, "standing-size").is_empty());
}

fn share_data(women: usize, young: usize, total: usize) -> Value {
    let people: Vec<_> = (0..total)
        .map(|i| {
            planned(
                &format!("p{i}"),
                if i < women { "F" } else { "M" },
                if i < young { "1990" } else { "1975" },
                &["bch"],
            )
        })
        .collect();
    dataset(json!([title("bch", "committee", 20)]), json!(people))
}

#[test]
fn women_share_at_target_passes_and_below_warns() {
    assert!(findings(&analyze(&share_data(5, 20, 20)), "women-share").is_empty());
    let report = analyze(&share_data(4, 20, 20));
    let f = findings(&report, "women-share");
    let subjects: Vec<_> = f
        .iter()
        .map(|f| (f.subject.kind, f.subject.id.clone()))
        .collect();
    assert_eq!(
        subjects,
        [
            ("unit", Some("Tỉnh thử".to_owned())),
            ("group", Some("committee".to_owned()))
        ]
    );
    assert_eq!(
        (f[0].value.clone(), f[0].limit.clone()),
        (json!(0.2), json!(0.25))
    );
    assert_eq!(
        f[0].message,
        "Tỷ lệ cán bộ nữ trong toàn bộ nguồn quy hoạch: 4/20 = 20%, thấp hơn mục tiêu 25%"
    );
}

#[test]
fn young_share_at_target_passes_and_below_warns() {
    assert!(findings(&analyze(&share_data(20, 3, 20)), "young-share").is_empty());
    let f = &findings(&analyze(&share_data(20, 2, 20)), "young-share")[0];
    assert_eq!(f.value, json!(0.1));
    assert_eq!(f.message, "Tỷ lệ cán bộ trẻ (dưới 40 tuổi) trong toàn bộ nguồn quy hoạch: 2/20 = 10%, thấp hơn mục tiêu 15%");
}

#[test]
fn shares_are_not_checked_without_planned_people() {
    let report = analyze(&dataset(
        json!([title("bch", "committee", 20)]),
        json!([person("a", "M", "1970", json!({}))]),
    ));
    assert!(findings(&report, "women-share").is_empty());
    assert!(findings(&report, "young-share").is_empty());
}

#[test]
fn every_rule_runs_under_qd50_with_its_own_source() {
    let t = json!([
        ranked("bt", "key", 1, 1),
        title("bch", "committee", 3),
        title("btv", "standing", 2),
        title("tp", "leader", 1),
        title("cvp", "leader", 1)
    ]);
    let people = json!([
        person(
            "a",
            "M",
            "1960",
            json!({"current": ["bt"], "planned": ["bt", "bch", "btv", "tp"]})
        ),
        planned("b", "M", "1980", &["bt"]),
        planned("c", "M", "1981", &["bt"]),
        planned("d", "M", "1982", &["bt"]),
        person("e", "Z", "1982", json!({})),
    ]);
    let mut data = with_profile(dataset(t, people), "qd50-2021");
    data["asOf"] = json!("2024-06-30");
    let report = analyze(&data);
    let codes: Vec<&str> = report.findings.iter().map(|f| f.code).collect();
    for code in [
        "invalid-row",
        "standing-size",
        "planned-per-title",
        "title-unplanned",
        "titles-per-person",
        "planning-age",
        "planned-not-higher",
        "young-share",
        "women-share",
    ] {
        assert!(codes.contains(&code), "{code} missing from {codes:?}");
    }
    for f in &report.findings {
        assert!(!f.source.is_empty(), "{} has no source", f.code);
        if f.code != "standing-size" && f.code != "invalid-row" && f.code != "retirement-passed" {
            assert!(
                f.source.starts_with("QĐ 50-QĐ/TW"),
                "{}: {}",
                f.code,
                f.source
            );
        }
    }
}

#[test]
fn profile_is_chosen_by_review_date() {
    let mut data = dataset(json!([]), json!([]));
    data.as_object_mut().unwrap().remove("profile");
    for (as_of, profile) in [
        ("2025-10-07", "qd50-2021"),
        ("2025-10-08", "qd377-2025"),
        ("2021-12-27", "qd50-2021"),
    ] {
        data["asOf"] = json!(as_of);
        let report = analyze(&data);
        assert_eq!(report.profile, profile, "{as_of}");
        assert!(findings(&report, "profile-not-in-force").is_empty());
    }
}

#[test]
fn review_before_any_profile_uses_the_oldest_and_says_so() {
    let mut data = dataset(json!([]), json!([]));
    data.as_object_mut().unwrap().remove("profile");
    data["asOf"] = json!("2018-04-30");
    let report = analyze(&data);
    assert_eq!(report.profile, "qd50-2021");
    let f = findings(&report, "profile-not-in-force");
    assert_eq!(f[0].severity, Severity::Info);
}

#[test]
fn findings_serialise_with_contract_fields() {
    let report = analyze(&dataset(json!([title("bt", "key", 1)]), json!([])));
    let f = &as_json(&report)["findings"][0];
    for key in [
        "code",
        "severity",
        "subject",
        "value",
        "limit",
        "message",
        "source",
        "confidence",
    ] {
        assert!(f.get(key).is_some(), "{key}");
    }
    assert_eq!(f["subject"], json!({"kind": "title", "id": "bt"}));
    assert_eq!(f["severity"], "warning");
}
