//! Titles and groups: people per title, pairs (lượt) per group, multiples.

mod common;

use common::{analyze, as_json, dataset, person, ranked, title};
use serde_json::json;

#[test]
fn committee_multiple_is_pairs_over_seats() {
    // "419 lượt … đạt 1,4 lần": here 7 planned over 5 seats.
    let people: Vec<_> = (0..7)
        .map(|i| person(&format!("p{i}"), "M", "1985", json!({"planned": ["bch"]})))
        .collect();
    let report = analyze(&dataset(
        json!([title("bch", "committee", 5)]),
        json!(people),
    ));
    let group = &report.groups[0];
    assert_eq!(
        (group.seats, group.planned, group.multiple),
        (5, 7, Some(1.4))
    );
    assert_eq!(
        qhcb::format::multiple(group.multiple.unwrap(), qhcb::messages::Lang::Vi),
        "1,4"
    );
    // The engine words it as the articles do; the page shows this text.
    assert_eq!(group.text, "1,4 lần");
}

#[test]
fn group_counts_pairs_not_people() {
    let people = json!([
        person("a", "M", "1985", json!({"planned": ["bt", "ct"]})),
        person("b", "M", "1985", json!({"planned": ["bt"]})),
    ]);
    let report = analyze(&dataset(
        json!([ranked("bt", "key", 1, 1), ranked("ct", "key", 1, 2)]),
        people,
    ));
    let key = &as_json(&report)["groups"][0];
    assert_eq!(key["planned"], 3);
    assert_eq!(key["plannedPeople"], 2);
    assert_eq!(key["multiple"], 1.5);
    assert_eq!(key["titles"], 2);
    // Key titles: "lần trên 1 chức danh" (one seat each, so no "so với số vị trí").
    assert_eq!(key["text"], "1,5 lần trên 1 chức danh");
}

#[test]
fn key_titles_with_more_seats_than_titles_say_both_multiples() {
    let people = json!([
        person("a", "M", "1985", json!({"planned": ["pct"]})),
        person("b", "M", "1985", json!({"planned": ["pct"]})),
        person("c", "M", "1985", json!({"planned": ["pct"]})),
    ]);
    let vi = analyze(&dataset(
        json!([ranked("pct", "key", 2, 2)]),
        people.clone(),
    ));
    assert_eq!(
        vi.groups[0].text,
        "3 lần trên 1 chức danh; 1,5 lần so với số vị trí"
    );
    let en = qhcb::analyze_json(
        &dataset(json!([ranked("pct", "key", 2, 2)]), people).to_string(),
        &qhcb::Options {
            lang: qhcb::lang::Lang::En,
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(en.groups[0].text, "3× per title; 1.5× the number of seats");
}

#[test]
fn planned_per_seat_is_null_without_seats() {
    let report = analyze(&dataset(
        json!([title("x", "other", 0)]),
        json!([person("a", "M", "1985", json!({"planned": ["x"]}))]),
    ));
    let row = &as_json(&report)["titles"][0];
    assert_eq!(row["plannedPerSeat"], json!(null));
    assert_eq!(row["planned"], 1);
    assert_eq!(as_json(&report)["groups"][0]["multiple"], json!(null));
}

#[test]
fn titles_count_current_holders_and_planned_people() {
    let people = json!([
        person(
            "a",
            "M",
            "1975",
            json!({"current": ["pbt"], "planned": ["bt"]})
        ),
        person(
            "b",
            "F",
            "1978",
            json!({"current": ["pbt"], "planned": ["bt"]})
        ),
    ]);
    let report = analyze(&dataset(
        json!([ranked("bt", "key", 1, 1), ranked("pbt", "key", 2, 2)]),
        people,
    ));
    let t = &as_json(&report)["titles"];
    assert_eq!(
        t[0],
        json!({"id": "bt", "name": "BT", "group": "key", "seats": 1, "rank": 1, "current": 0, "planned": 2, "plannedPerSeat": 2.0,
               "plannedWomen": 1, "plannedYoung": 0})
    );
    assert_eq!(
        (t[1]["current"].as_u64(), t[1]["planned"].as_u64()),
        (Some(2), Some(0))
    );
}

#[test]
fn groups_are_listed_in_contract_order_and_only_when_they_have_titles() {
    let report = analyze(&dataset(
        json!([title("tp", "leader", 1), title("bch", "committee", 3)]),
        json!([]),
    ));
    let groups: Vec<&str> = report.groups.iter().map(|g| g.group.id()).collect();
    assert_eq!(groups, ["committee", "leader"]);
}

#[test]
fn person_report_has_months_left_at_review_and_term_start() {
    let mut data = dataset(
        json!([]),
        json!([person("a", "M", "1966-04-20", json!({}))]),
    );
    data["termStart"] = json!("2026-03");
    let p = &as_json(&analyze(&data))["people"][0];
    // Men born 04/1966 retire at 62 in 04/2028: 27 months from 01/2026, 25 from 03/2026.
    assert_eq!(
        p,
        &json!({"id": "a", "age": {"years": 59, "months": 8}, "retirementDate": "2028-04-30",
        "monthsLeft": 27, "monthsLeftAtTermStart": 25, "plannedCount": 0,
        "retirementDecided": false})
    );
}

#[test]
fn months_left_without_term_start_is_null_at_term_start() {
    let p = &as_json(&analyze(&dataset(
        json!([]),
        json!([person("a", "F", "1990", json!({}))]),
    )))["people"][0];
    assert_eq!(p["monthsLeftAtTermStart"], json!(null));
    assert_eq!(p["monthsLeft"], 2050 * 12 - (2026 * 12));
}

#[test]
fn months_left_may_be_negative_after_retirement() {
    let p = &as_json(&analyze(&dataset(
        json!([]),
        json!([person("a", "M", "1960-01", json!({}))]),
    )))["people"][0];
    assert_eq!(p["retirementDate"], "2020-01-31");
    assert_eq!(p["monthsLeft"], -72);
}
