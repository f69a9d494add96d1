//! Issue 19: findings that do not mislead and the rules of 2025–2026
//! (regulations.md §12): retirement-passed, congress-not-checked, a decided
//! retirementDate, the timeline over the whole term, perTitle, the two rank
//! ladders, the split discipline rule, the new sources and the notice for
//! units formed on 01/07/2025.

mod common;

use common::{analyze, as_json, dataset, findings, person, ranked, title};
use qhcb::messages::Lang;
use qhcb::profile::{builtin, Confidence, Severity};
use qhcb::report::{analyze_json, Options};
use serde_json::{json, Value};

fn with(mut data: Value, key: &str, value: Value) -> Value {
    data[key] = value;
    data
}

fn english(data: &Value) -> qhcb::report::Report {
    analyze_json(
        &data.to_string(),
        &Options {
            lang: Lang::En,
            ..Options::default()
        },
    )
    .unwrap()
}

// retirement-passed

#[test]
fn an_incumbent_past_retirement_gets_retirement_passed() {
    // A man born 01/1963 retires at 60y9m (reached 10/2023): 31/10/2023, before 15/01/2026.
    let data = dataset(
        json!([title("gd", "leader", 1)]),
        json!([person("old", "M", "1963-01", json!({ "current": ["gd"] }))]),
    );
    let report = analyze(&data);
    let f = findings(&report, "retirement-passed");
    assert_eq!(f.len(), 1);
    assert_eq!(
        (f[0].severity, f[0].subject.kind, f[0].subject.id.as_deref()),
        (Severity::Warning, "person", Some("old"))
    );
    assert!(
        f[0].messages.vi.contains("đã quá tuổi nghỉ hưu"),
        "{}",
        f[0].messages.vi
    );
    assert!(
        f[0].messages.vi.contains("31/10/2023"),
        "{}",
        f[0].messages.vi
    );
    assert!(f[0].messages.en.contains("past retirement age"));
    assert!(f[0].source.contains("NĐ 135/2020"));
    assert_eq!(f[0].confidence, Confidence::Confirmed);
    assert!(report.people[0].months_left < 0);
}

#[test]
fn retirement_passed_needs_a_current_title_and_a_past_date() {
    let data = dataset(
        json!([title("gd", "leader", 1)]),
        json!([
            // Past retirement but holds nothing.
            person("gone", "M", "1963-01", json!({})),
            // Retires at the end of this very month (31/01/2026 ≥ 15/01/2026).
            person(
                "now",
                "F",
                "1969-05",
                json!({ "current": ["gd"], "retirementDate": "2026-01" })
            ),
            person("young", "M", "1980", json!({ "current": ["gd"] })),
        ]),
    );
    assert!(findings(&analyze(&data), "retirement-passed").is_empty());
}

// congress-not-checked

#[test]
fn congress_profile_without_candidates_says_nothing_was_checked() {
    let data = with(
        dataset(
            json!([title("bch", "committee", 27)]),
            json!([person("a", "M", "1975", json!({ "current": ["bch"] }))]),
        ),
        "profile",
        json!("ct45-2025"),
    );
    let report = analyze(&data);
    let f = findings(&report, "congress-not-checked");
    assert_eq!(f.len(), 1);
    assert_eq!((f[0].severity, f[0].subject.kind), (Severity::Info, "unit"));
    assert!(f[0].messages.vi.contains("Chưa kiểm tra tuổi đại hội"));
    assert!(
        !report.findings.is_empty(),
        "the page's 'all met' line needs no findings"
    );
}

#[test]
fn congress_profile_with_a_candidate_checks_and_gives_no_notice() {
    let data = with(
        dataset(
            json!([title("bch", "committee", 27)]),
            json!([person("a", "M", "1975", json!({ "candidacy": "first" }))]),
        ),
        "profile",
        json!("ct45-2025"),
    );
    assert!(findings(&analyze(&data), "congress-not-checked").is_empty());
}

#[test]
fn planning_profiles_never_say_congress_not_checked() {
    let data = dataset(
        json!([title("bt", "key", 1)]),
        json!([person("a", "M", "1975", json!({}))]),
    );
    assert!(findings(&analyze(&data), "congress-not-checked").is_empty());
}

// retirementDate

#[test]
fn a_decided_retirement_date_overrides_the_roadmap() {
    // A woman born 05/1969 retires at 57y under NĐ 135 (05/2026); a decided
    // later retirement at 60 (NĐ 83/2022) gives 05/2029.
    let data = with(
        dataset(
            json!([title("pbt", "key", 1)]),
            json!([
                person(
                    "later",
                    "F",
                    "1969-05",
                    json!({ "current": ["pbt"], "retirementDate": "2029-05" })
                ),
                person("road", "F", "1969-05", json!({ "current": ["pbt"] })),
                person(
                    "early",
                    "M",
                    "1970-03-10",
                    json!({ "retirementDate": "2027-06-15" })
                ),
            ]),
        ),
        "termStart",
        json!("2025-10"),
    );
    let report = analyze(&data);
    let json = as_json(&report);
    let later = &json["people"][0];
    assert_eq!(later["retirementDate"], "2029-05-31");
    assert_eq!(later["retirementDecided"], true);
    // 2029-05 minus 2026-01.
    assert_eq!(later["monthsLeft"], 40);
    assert_eq!(later["monthsLeftAtTermStart"], 43);
    let road = &json["people"][1];
    assert_eq!(road["retirementDate"], "2026-05-31");
    assert_eq!(road["retirementDecided"], false);
    assert_eq!(road["monthsLeft"], 4);
    // A full date is kept as it is.
    assert_eq!(json["people"][2]["retirementDate"], "2027-06-15");
    assert_eq!(json["people"][2]["monthsLeft"], 17);
    // The decided month counts in the timeline too.
    let all = &report.retirements.rows[0];
    let y2029 = report
        .retirements
        .years
        .iter()
        .position(|&y| y == 2029)
        .unwrap();
    assert_eq!(all.counts[y2029], 1);
}

#[test]
fn a_decided_date_changes_the_planning_age_check() {
    let titles = json!([title("bt", "key", 1)]);
    let road = dataset(
        titles.clone(),
        json!([person("a", "F", "1969-05", json!({ "planned": ["bt"] }))]),
    );
    assert_eq!(findings(&analyze(&road), "planning-age").len(), 1);
    let later = dataset(
        titles,
        json!([person(
            "a",
            "F",
            "1969-05",
            json!({ "planned": ["bt"], "retirementDate": "2031-05" })
        )]),
    );
    assert!(findings(&analyze(&later), "planning-age").is_empty());
}

#[test]
fn a_bad_retirement_date_is_an_invalid_row_naming_the_field() {
    for bad in [
        json!("2030"),
        json!("31/12/2030"),
        json!("2030-13"),
        json!(2030),
        json!("1960-01"),
    ] {
        let data = dataset(
            json!([title("bt", "key", 1)]),
            json!([person(
                "a",
                "M",
                "1970-03",
                json!({ "retirementDate": bad.clone() })
            )]),
        );
        let report = analyze(&data);
        let f = findings(&report, "invalid-row");
        assert_eq!(f.len(), 1, "{bad}");
        assert_eq!(f[0].field, Some("retirementDate"), "{bad}");
        assert!(
            f[0].messages.vi.contains("retirementDate") || f[0].messages.vi.contains("nghỉ hưu"),
            "{}",
            f[0].messages.vi
        );
        assert_eq!(report.counts.excluded, 1);
    }
}

#[test]
fn a_decided_date_beyond_the_cap_is_an_error_and_a_much_earlier_one_a_warning() {
    let data = dataset(
        json!([title("bt", "key", 1)]),
        json!([
            // Woman born 01/1970: 60 at 01/2030; 02/2030 is past the cap.
            person(
                "late",
                "F",
                "1970-01",
                json!({ "retirementDate": "2030-02" })
            ),
            person(
                "cap",
                "F",
                "1970-01",
                json!({ "retirementDate": "2030-01" })
            ),
            // Man born 06/1975: roadmap 62y → 06/2037; 05/2032 is 61 months earlier.
            person(
                "early",
                "M",
                "1975-06",
                json!({ "retirementDate": "2032-05" })
            ),
            person(
                "fine",
                "M",
                "1975-06",
                json!({ "retirementDate": "2032-06" })
            ),
        ]),
    );
    let f = findings(&analyze(&data), "retirement-date");
    let ids: Vec<_> = f
        .iter()
        .map(|f| (f.subject.id.clone().unwrap(), f.severity))
        .collect();
    assert_eq!(
        ids,
        vec![
            ("late".to_owned(), Severity::Error),
            ("early".to_owned(), Severity::Warning)
        ]
    );
    assert!(f[0].source.contains("NĐ 83/2022"));
}

#[test]
fn the_older_retire_at_60_flag_still_reads() {
    let data = dataset(
        json!([title("bt", "key", 1)]),
        json!([person("a", "F", "1970-01", json!({ "retireAt60": true }))]),
    );
    let json = as_json(&analyze(&data));
    assert_eq!(json["people"][0]["retirementDate"], "2030-01-31");
    assert_eq!(json["people"][0]["retirementDecided"], false);
}

// The timeline over the whole term

#[test]
fn the_timeline_covers_every_month_of_the_term() {
    // Term 10/2025–09/2030; a man born 03/1968 retires at 62 in 03/2030.
    let data = with(
        dataset(
            json!([title("gd", "leader", 1)]),
            json!([
                person("m2030", "M", "1968-03", json!({ "current": ["gd"] })),
                // Born 10/1968: 10/2030, after the term.
                person("after", "M", "1968-10", json!({ "current": ["gd"] })),
            ]),
        ),
        "termStart",
        json!("2025-10"),
    );
    let report = analyze(&data);
    let t = &report.retirements;
    assert_eq!(t.years, vec![2025, 2026, 2027, 2028, 2029, 2030]);
    assert_eq!((t.from.as_str(), t.to.as_str()), ("2025-10", "2030-09"));
    assert_eq!(t.rows[0].counts, vec![0, 0, 0, 0, 0, 1]);
    assert_eq!(t.rows[0].after, 1);
}

#[test]
fn a_term_from_january_has_five_years() {
    let data = with(
        dataset(
            json!([title("gd", "leader", 1)]),
            json!([person("a", "M", "1980", json!({}))]),
        ),
        "termStart",
        json!("2026-01"),
    );
    assert_eq!(
        analyze(&data).retirements.years,
        vec![2026, 2027, 2028, 2029, 2030]
    );
}

// perTitle

#[test]
fn key_titles_give_per_title_beside_the_multiple_of_seats() {
    // 14 pairs on 4 titles with 5 seats: 3,5 per title, 2,8 per seat.
    let titles = json!([
        ranked("bt", "key", 1, 1),
        ranked("pbt", "key", 2, 2),
        ranked("ct-hdnd", "key", 1, 2),
        ranked("ct-ubnd", "key", 1, 2),
    ]);
    let mut people = Vec::new();
    for (t, n) in [("bt", 3), ("pbt", 5), ("ct-hdnd", 3), ("ct-ubnd", 3)] {
        for i in 0..n {
            people.push(person(
                &format!("{t}{i}"),
                "M",
                "1985",
                json!({ "planned": [t] }),
            ));
        }
    }
    let json = as_json(&analyze(&dataset(titles, json!(people))));
    let key = &json["groups"][0];
    assert_eq!(key["group"], "key");
    assert_eq!(key["planned"], 14);
    assert_eq!(key["perTitle"], 3.5);
    assert_eq!(key["multiple"], 2.8);
}

#[test]
fn per_title_is_null_without_titles_and_present_for_bodies() {
    let data = dataset(
        json!([title("bch", "committee", 0)]),
        json!([person("a", "M", "1985", json!({ "planned": ["bch"] }))]),
    );
    let json = as_json(&analyze(&data));
    assert_eq!(json["groups"][0]["perTitle"], 1.0);
    assert_eq!(json["groups"][0]["multiple"], Value::Null);
}

// Rank: bodies and posts are two ladders

#[test]
fn a_committee_seat_is_not_a_rung_of_the_post_ladder() {
    // A department head (rank 5) who sits on the committee (rank 2 there)
    // planned for deputy secretary (rank 2): higher than the post held.
    let titles = json!([
        ranked("bch", "committee", 33, 2),
        ranked("pbt", "key", 2, 2),
        ranked("gd", "leader", 1, 5),
    ]);
    let data = dataset(
        titles,
        json!([person(
            "a",
            "M",
            "1980",
            json!({ "current": ["bch", "gd"], "planned": ["pbt"] })
        )]),
    );
    assert!(findings(&analyze(&data), "planned-not-higher").is_empty());
}

#[test]
fn not_higher_explains_the_ranks() {
    let titles = json!([ranked("pbt", "key", 2, 2), ranked("ct", "key", 1, 2)]);
    let data = dataset(
        titles,
        json!([person(
            "a",
            "M",
            "1980",
            json!({ "current": ["ct"], "planned": ["pbt"] })
        )]),
    );
    let f = findings(&analyze(&data), "planned-not-higher");
    assert_eq!(f.len(), 1);
    let vi = &f[0].messages.vi;
    assert!(
        vi.contains("bậc 2") && vi.contains("số bậc nhỏ hơn là cao hơn"),
        "{vi}"
    );
    assert!(
        vi.contains("ủy viên cấp ủy, ban thường vụ được so riêng"),
        "{vi}"
    );
    assert!(f[0].messages.en.contains("a smaller rank is higher"));
}

#[test]
fn body_seats_compare_with_bodies_only() {
    // Standing committee member (rank 1 among bodies) planned for the committee (rank 2).
    let titles = json!([
        ranked("bch", "committee", 33, 2),
        ranked("btv", "standing", 11, 1),
        ranked("vp", "leader", 1, 9)
    ]);
    let data = dataset(
        titles,
        json!([
            person(
                "a",
                "M",
                "1980",
                json!({ "current": ["btv"], "planned": ["bch"] })
            ),
            person(
                "b",
                "M",
                "1980",
                json!({ "current": ["vp"], "planned": ["bch"] })
            ),
        ]),
    );
    let f = findings(&analyze(&data), "planned-not-higher");
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].subject.id.as_deref(), Some("a"));
}

// Discipline: two rules

#[test]
fn qd377_has_a_planning_and_an_appointment_discipline_rule() {
    let qd377 = builtin()
        .into_iter()
        .find(|p| p.id == "qd377-2025")
        .unwrap();
    let planning = qd377.rule("discipline-planning").unwrap();
    let appointment = qd377.rule("discipline-appointment").unwrap();
    assert!(qd377.rule("discipline-wait").is_none());
    assert!(
        planning.params.is_empty(),
        "no months for planning under QĐ 377"
    );
    assert_eq!(
        (
            appointment.number("reprimand"),
            appointment.number("warning"),
            appointment.number("dismissal")
        ),
        (Some(24.0), Some(36.0), Some(60.0))
    );
    assert_ne!(planning.url, appointment.url);
    assert_eq!(
        (planning.confidence, appointment.confidence),
        (Confidence::Reported, Confidence::Reported)
    );
}

#[test]
fn planning_under_qd377_needs_the_discipline_period_to_have_ended() {
    let titles = json!([title("bt", "key", 1)]);
    let data = dataset(
        titles,
        json!([
            person(
                "running",
                "M",
                "1980",
                json!({ "planned": ["bt"],
                "discipline": [{ "level": "warning", "date": "2025-06-01", "endDate": "2026-06-01" }] })
            ),
            person(
                "ended",
                "M",
                "1980",
                json!({ "planned": ["bt"],
                "discipline": [{ "level": "reprimand", "date": "2025-01-10", "endDate": "2026-01-10" }] })
            ),
            person(
                "unknown",
                "M",
                "1980",
                json!({ "planned": ["bt"],
                "discipline": [{ "level": "reprimand", "date": "2025-06-01" }] })
            ),
        ]),
    );
    let report = analyze(&data);
    let f = findings(&report, "discipline-planning");
    assert_eq!(f.len(), 1);
    assert_eq!(
        (f[0].subject.id.as_deref(), f[0].severity),
        (Some("running"), Severity::Error)
    );
    assert!(f[0].messages.vi.contains("chưa kết thúc"));
    let missing = findings(&report, "missing-data");
    assert_eq!(missing.len(), 1);
    assert_eq!(missing[0].field, Some("discipline.endDate"));
    // A month-old reprimand does not bar planning once its period has ended,
    // and the appointment wait is not applied to planning.
    assert!(findings(&report, "discipline-appointment").is_empty());
}

#[test]
fn appointment_under_qd377_waits_24_36_60_months() {
    let titles = json!([ranked("bt", "key", 1, 1)]);
    let row = |id: &str, level: &str, date: &str| {
        person(
            id,
            "M",
            "1980",
            json!({ "planned": ["bt"], "postSince": "2020-01",
            "appointment": { "title": "bt", "dossierDate": "2026-01-15" },
            "discipline": [{ "level": level, "date": date, "endDate": "2024-01-01" }] }),
        )
    };
    let data = dataset(
        titles,
        json!([
            row("r23", "reprimand", "2024-02-01"),
            row("r24", "reprimand", "2024-01-15"),
            row("w35", "warning", "2023-02-01"),
            row("d59", "dismissal", "2021-02-01"),
        ]),
    );
    let f = findings(&analyze(&data), "discipline-appointment");
    let ids: Vec<_> = f.iter().map(|f| f.subject.id.clone().unwrap()).collect();
    assert_eq!(ids, vec!["r23", "w35", "d59"]);
    assert!(f[0].source.starts_with("QĐ 377-QĐ/TW"));
}

#[test]
fn qd50_counts_qd80_months_for_planning() {
    let data = json!({ "format": "qhcb/1", "asOf": "2023-01-15", "profile": "qd50-2021",
        "titles": [title("bt", "key", 1)],
        "people": [person("a", "M", "1980", json!({ "planned": ["bt"],
            "discipline": [{ "level": "warning", "date": "2021-01-01" }] }))] });
    let f = findings(&analyze(&data), "discipline-planning");
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].limit, json!(30.0));
    assert!(f[0].source.starts_with("QĐ 80-QĐ/TW"));
}

#[test]
fn custom_profiles_naming_the_old_discipline_rule_change_the_appointment_rule() {
    let mut data = dataset(json!([title("bt", "key", 1)]), json!([]));
    data["profiles"] = json!([{ "id": "mine", "basedOn": "qd377-2025",
        "rules": [{ "code": "discipline-wait", "params": { "reprimand": 12 } }] }]);
    data["profile"] = json!("mine");
    let report = analyze(&data);
    let rule = report
        .active_profile
        .rule("discipline-appointment")
        .unwrap();
    assert_eq!(rule.number("reprimand"), Some(12.0));
}

// Sources

#[test]
fn sources_follow_regulations_2025_2026() {
    for profile in builtin() {
        for rule in &profile.rules {
            assert!(
                !rule.source.contains("Nghệ An") && !rule.url.unwrap_or("").contains("nghe-an"),
                "{} {}: a provincial regulation as the basis of a central rule",
                profile.id,
                rule.code
            );
            assert!(
                !rule.source.contains("138/2020"),
                "{} {}",
                profile.id,
                rule.code
            );
            assert_ne!(
                rule.article_en, rule.article,
                "{} {} has no English article",
                profile.id, rule.code
            );
        }
    }
    let qd377 = builtin()
        .into_iter()
        .find(|p| p.id == "qd377-2025")
        .unwrap();
    let standing = qd377
        .rules
        .iter()
        .find(|r| r.code == "standing-size")
        .unwrap();
    assert!(standing.source.starts_with("QĐ 24-QĐ/TW"));
    assert_eq!(
        (standing.severity, standing.confidence),
        (Severity::Warning, Confidence::Unconfirmed)
    );
    let appointment_age = qd377.rule("appointment-age").unwrap();
    assert!(appointment_age.source.contains("NĐ 170/2025/NĐ-CP"));
    let ct35 = builtin().into_iter().find(|p| p.id == "ct35-2019").unwrap();
    assert!(ct35
        .rule("standing-size")
        .unwrap()
        .source
        .starts_with("QĐ 29-QĐ/TW"));
}

#[test]
fn english_findings_have_english_sources_and_dates() {
    let data = with(
        dataset(
            json!([title("bt", "key", 1)]),
            json!([person("a", "M", "1966-01", json!({ "planned": ["bt"] }))]),
        ),
        "termStart",
        json!("2025-10"),
    );
    let report = english(&data);
    let f = findings(&report, "planning-age");
    assert_eq!(f.len(), 1);
    assert!(f[0].message.contains("October 2025"), "{}", f[0].message);
    assert!(!f[0].message.contains("2025-10"));
    assert!(
        f[0].source
            .starts_with("QĐ 377-QĐ/TW ngày 08/10/2025, cadres planned"),
        "{}",
        f[0].source
    );
}

// Units formed on 01/07/2025

#[test]
fn a_unit_formed_in_july_2025_without_planning_gets_a_notice() {
    let mut data = dataset(
        json!([title("bt", "key", 1)]),
        json!([person("a", "M", "1980", json!({}))]),
    );
    data["unit"] = json!({ "name": "Xã mới", "level": "commune", "formed": "2025-07-01" });
    let report = analyze(&data);
    let f = findings(&report, "unit-formed");
    assert_eq!(f.len(), 1);
    assert_eq!((f[0].severity, f[0].subject.kind), (Severity::Info, "unit"));
    assert!(f[0].messages.vi.contains("01/07/2025"));
    // Titles with nobody planned are notices too, not warnings.
    let unplanned = findings(&report, "title-unplanned");
    assert_eq!(unplanned.len(), 1);
    assert_eq!(unplanned[0].severity, Severity::Info);
    assert!(report
        .findings
        .iter()
        .all(|f| f.severity != Severity::Error));
}

#[test]
fn an_approved_or_older_unit_gets_no_notice() {
    for unit in [
        json!({ "name": "Xã mới", "level": "commune", "formed": "2025-07-01", "planningApproved": true }),
        json!({ "name": "Huyện cũ", "level": "district", "formed": "1990-01-01" }),
        json!({ "name": "Tỉnh", "level": "province" }),
    ] {
        let mut data = dataset(json!([title("bt", "key", 1)]), json!([]));
        data["unit"] = unit;
        assert!(findings(&analyze(&data), "unit-formed").is_empty());
    }
}
