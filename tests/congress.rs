//! Congress checks: Chỉ thị 45-CT/TW (2025–2030) and Chỉ thị 35-CT/TW (2020–2025).

mod common;

use common::{analyze, findings, person, title};
use qhcb::profile::builtin;
use qhcb::rules::cutoffs;
use serde_json::{json, Value};

fn ct45_cutoff(reference: &str, candidacy: &str, sex: &str, at_60: bool) -> String {
    let profile = builtin().into_iter().find(|p| p.id == "ct45-2025").unwrap();
    let c = cutoffs(&profile, qhcb::lang::Lang::Vi)
        .into_iter()
        .find(|c| {
            c.reference == reference
                && c.candidacy == candidacy
                && c.sex == sex
                && c.retire_at60 == at_60
        })
        .unwrap_or_else(|| panic!("no cut-off {reference} {candidacy} {sex} {at_60}"));
    let (y, m) = c.born.split_once('-').unwrap();
    format!("{m}/{y}")
}

/// regulations.md §7, Chỉ thị 45 Phụ lục 2: (level, candidacy, sex, women at 60, born from).
const PHU_LUC_2: [(&str, &str, &str, bool, &str); 22] = [
    ("grassroots", "first", "M", false, "04/1968"),
    ("above-grassroots", "first", "M", false, "06/1968"),
    ("commune", "first", "M", false, "07/1968"),
    ("province", "first", "M", false, "09/1968"),
    ("grassroots", "first", "F", false, "01/1972"),
    ("above-grassroots", "first", "F", false, "02/1972"),
    ("commune", "first", "F", false, "03/1972"),
    ("province", "first", "F", false, "05/1972"),
    ("above-grassroots", "first", "F", true, "06/1970"),
    ("commune", "first", "F", true, "07/1970"),
    ("province", "first", "F", true, "09/1970"),
    ("grassroots", "reelection", "M", false, "04/1967"),
    ("above-grassroots", "reelection", "M", false, "06/1967"),
    ("commune", "reelection", "M", false, "07/1967"),
    ("province", "reelection", "M", false, "09/1967"),
    ("grassroots", "reelection", "F", false, "05/1971"),
    ("above-grassroots", "reelection", "F", false, "06/1971"),
    ("commune", "reelection", "F", false, "07/1971"),
    ("province", "reelection", "F", false, "09/1971"),
    ("province", "reelection", "F", true, "09/1969"),
    ("province", "deputy-secretary", "M", false, "03/1967"),
    ("province", "deputy-secretary", "F", true, "03/1969"),
];

#[test]
fn ct45_cutoffs_match_phu_luc_2_exactly() {
    for (level, candidacy, sex, at_60, expected) in PHU_LUC_2 {
        assert_eq!(
            ct45_cutoff(level, candidacy, sex, at_60),
            expected,
            "{level} {candidacy} {sex} at60={at_60}"
        );
    }
    assert_eq!(
        ct45_cutoff("province", "deputy-secretary", "F", false),
        "05/1971"
    );
}

#[test]
fn cutoffs_cover_every_reference_month_of_the_profile() {
    let profile = builtin().into_iter().find(|p| p.id == "ct45-2025").unwrap();
    let all = cutoffs(&profile, qhcb::lang::Lang::Vi);
    // 6 reference months × 2 candidacies × 3 sexes, plus 3 deputy-secretary rows.
    assert_eq!(all.len(), 6 * 2 * 3 + 3);
    let government = all
        .iter()
        .find(|c| c.reference == "government" && c.candidacy == "first" && c.sex == "M")
        .unwrap();
    assert_eq!(
        (government.month.as_str(), government.born.as_str()),
        ("2026-03", "1969-03")
    );
}

fn congress(level: &str, people: Value) -> Value {
    json!({
        "format": "qhcb/1", "unit": { "name": "Đảng bộ thử", "level": level },
        "asOf": "2025-03-01", "profile": "ct45-2025",
        "titles": [title("bch", "committee", 30)], "people": people
    })
}

fn candidate(id: &str, sex: &str, birth: &str, candidacy: &str) -> Value {
    person(
        id,
        sex,
        birth,
        json!({ "candidacy": candidacy, "planned": ["bch"] }),
    )
}

#[test]
fn congress_age_table() {
    // (level, sex, birth, candidacy, months left expected when flagged, flagged)
    let cases = [
        ("province", "M", "1968-09", "first", 60, false),
        ("province", "M", "1968-08", "first", 59, true),
        ("province", "F", "1972-05", "first", 60, false),
        ("province", "F", "1972-04", "first", 59, true),
        ("province", "M", "1967-09", "reelection", 48, false),
        ("province", "M", "1967-08", "reelection", 47, true),
        ("commune", "M", "1968-07", "first", 60, false),
        ("commune", "M", "1968-06", "first", 59, true),
        ("grassroots", "F", "1971-05", "reelection", 48, false),
        ("grassroots", "F", "1971-04", "reelection", 44, true), // 57y8m: 12/2028
    ];
    for (level, sex, birth, candidacy, left, flagged) in cases {
        let report = analyze(&congress(
            level,
            json!([candidate("a", sex, birth, candidacy)]),
        ));
        let f = findings(&report, "congress-age");
        assert_eq!(!f.is_empty(), flagged, "{level} {sex} {birth} {candidacy}");
        if flagged {
            assert_eq!(f[0].value, json!(left));
            assert!(f[0].source.starts_with("Chỉ thị 45-CT/TW"));
        }
    }
}

#[test]
fn provincial_deputy_secretary_needs_42_months() {
    let people = json!([
        person(
            "ok",
            "M",
            "1967-03",
            json!({"candidacy": "reelection", "candidacyFor": "deputy-secretary"})
        ),
        person(
            "short",
            "M",
            "1967-02",
            json!({"candidacy": "reelection", "candidacyFor": "deputy-secretary"})
        ),
    ]);
    let report = analyze(&congress("province", people));
    let f = findings(&report, "congress-deputy-secretary");
    assert_eq!(f.len(), 1);
    assert_eq!(
        (
            f[0].subject.id.as_deref(),
            f[0].value.clone(),
            f[0].limit.clone()
        ),
        (Some("short"), json!(41), json!(42.0))
    );
    assert!(findings(&report, "congress-age").is_empty());
}

#[test]
fn government_candidates_are_measured_at_march_2026() {
    let people = json!([
        person(
            "a",
            "M",
            "1969-03",
            json!({"candidacy": "first", "candidacyFor": "government"})
        ),
        person(
            "b",
            "M",
            "1969-02",
            json!({"candidacy": "first", "candidacyFor": "government"})
        ),
    ]);
    let report = analyze(&congress("province", people));
    let ids: Vec<_> = findings(&report, "congress-age")
        .iter()
        .map(|f| f.subject.id.clone().unwrap())
        .collect();
    assert_eq!(ids, ["b"]);
}

#[test]
fn people_without_candidacy_are_not_congress_checked() {
    let report = analyze(&congress(
        "province",
        json!([person("a", "M", "1950", json!({}))]),
    ));
    assert!(findings(&report, "congress-age").is_empty());
}

#[test]
fn a_level_without_reference_month_is_reported_not_guessed() {
    let report = analyze(&congress(
        "central",
        json!([candidate("a", "M", "1970", "first")]),
    ));
    assert!(findings(&report, "congress-age").is_empty());
    let f = &findings(&report, "missing-data")[0];
    assert_eq!(f.severity, qhcb::profile::Severity::Info);
    assert!(
        f.messages
            .vi
            .contains("không có tháng đại hội cho cấp Trung ương"),
        "{}",
        f.messages.vi
    );
}

#[test]
fn ct35_reelection_needs_30_months_at_the_provincial_congress() {
    // Men born 06/1963 retire at 60y9m in 03/2024: 42 months after 09/2020.
    let mut data = congress(
        "province",
        json!([
            candidate("a", "M", "1963-06", "reelection"),
            candidate("b", "M", "1962-01", "reelection")
        ]),
    );
    data["profile"] = json!("ct35-2019");
    data["asOf"] = json!("2020-06-01");
    let report = analyze(&data);
    let f = findings(&report, "congress-age");
    assert_eq!(f.len(), 1);
    assert_eq!(
        (f[0].subject.id.as_deref(), f[0].limit.clone()),
        (Some("b"), json!(30.0))
    );
    assert_eq!(f[0].confidence, qhcb::profile::Confidence::Derived);
}

fn ct35_body(women_committee: usize, women_standing: usize, ages: &[&str]) -> Value {
    let mut people = Vec::new();
    for (i, birth) in ages.iter().enumerate() {
        let sex = if i < women_committee { "F" } else { "M" };
        let mut titles = vec!["bch"];
        if i < 3 {
            titles.push("btv");
        }
        let sex = if i < 3 && i >= women_standing && sex == "F" {
            "M"
        } else {
            sex
        };
        people.push(person(
            &format!("p{i}"),
            sex,
            birth,
            json!({ "planned": titles }),
        ));
    }
    json!({ "format": "qhcb/1", "unit": { "level": "province" }, "asOf": "2020-06-01", "profile": "ct35-2019",
            "titles": [title("bch", "committee", 10), title("btv", "standing", 3)], "people": people })
}

#[test]
fn ct35_women_in_committee_and_standing_committee() {
    let ages = ["1975"; 10];
    // 1 woman of 10 in the committee (10 % < 15 %), none in the standing committee.
    let report = analyze(&ct35_body(0, 0, &ages));
    let women = findings(&report, "women-share");
    assert_eq!(women.len(), 1, "committee scope only");
    assert_eq!(women[0].subject.id.as_deref(), Some("committee"));
    assert_eq!(findings(&report, "standing-women").len(), 1);
    // 2 women of 10 (20 %), both in the standing committee.
    let report = analyze(&ct35_body(2, 2, &ages));
    assert!(findings(&report, "women-share").is_empty());
    assert!(findings(&report, "standing-women").is_empty());
}

#[test]
fn ct35_three_age_bands() {
    // At 2020-06-01: 1985 → 35, 1975 → 45, 1960 → 60.
    let balanced = [
        "1985", "1975", "1975", "1975", "1975", "1960", "1960", "1960", "1960", "1960",
    ];
    let report = analyze(&ct35_body(2, 2, &balanced));
    let committee: Vec<_> = findings(&report, "age-bands")
        .into_iter()
        .filter(|f| f.subject.id.as_deref() == Some("committee"))
        .collect();
    assert!(
        committee.is_empty(),
        "10 % young, 40 % middle: {committee:?}"
    );
    let old = [
        "1975", "1975", "1975", "1975", "1975", "1975", "1960", "1960", "1960", "1960",
    ];
    let report = analyze(&ct35_body(2, 2, &old));
    let committee: Vec<_> = findings(&report, "age-bands")
        .into_iter()
        .filter(|f| f.subject.id.as_deref() == Some("committee"))
        .collect();
    let limits: Vec<_> = committee
        .iter()
        .map(|f| (f.value.clone(), f.limit.clone()))
        .collect();
    assert_eq!(limits, [(json!(0.0), json!(0.1)), (json!(0.6), json!(0.5))]);
}
