//! The retirement timeline and the age pyramid.

mod common;

use common::{analyze, as_json, dataset, person, title};
use serde_json::json;

#[test]
fn incumbents_retiring_in_each_year_of_the_term() {
    let mut data = dataset(
        json!([title("bch", "committee", 5), title("bt", "key", 1)]),
        json!([
            person("a", "M", "1964-10", json!({"current": ["bch", "bt"]})), // 61y6m: 04/2026, before the term
            person("b", "M", "1966-06", json!({"current": ["bch"]})),       // 62y: 06/2028
            person("c", "F", "1971-01", json!({"current": ["bch"]})),       // 57y8m: 09/2028
            person("d", "M", "1990", json!({"current": ["bt"]})),           // 2052: after the term
            person("e", "M", "1966-06", json!({})),                         // no title: not counted
        ]),
    );
    data["termStart"] = json!("2026-06");
    let t = &as_json(&analyze(&data))["retirements"];
    // The term's 60 months run 06/2026–05/2031: six calendar years.
    assert_eq!(
        (t["from"].as_str(), t["to"].as_str()),
        (Some("2026-06"), Some("2031-05"))
    );
    assert_eq!(t["years"], json!([2026, 2027, 2028, 2029, 2030, 2031]));
    assert_eq!(
        t["rows"][0],
        json!({"group": "all", "incumbents": 4, "before": 1, "counts": [0, 0, 2, 0, 0, 0], "after": 1})
    );
    assert_eq!(
        t["rows"][1],
        json!({"group": "committee", "incumbents": 3, "before": 1, "counts": [0, 0, 2, 0, 0, 0], "after": 0})
    );
    assert_eq!(
        t["rows"][2],
        json!({"group": "key", "incumbents": 2, "before": 1, "counts": [0, 0, 0, 0, 0, 0], "after": 1})
    );
}

#[test]
fn timeline_starts_at_the_review_month_without_a_term() {
    let t = &as_json(&analyze(&dataset(json!([]), json!([]))))["retirements"];
    assert_eq!(
        (t["from"].as_str(), t["to"].as_str()),
        (Some("2026-01"), Some("2030-12"))
    );
    assert_eq!(
        t["rows"],
        json!([{"group": "all", "incumbents": 0, "before": 0, "counts": [0, 0, 0, 0, 0], "after": 0}])
    );
}

#[test]
fn pyramid_counts_men_and_women_by_five_year_band() {
    let report = analyze(&dataset(
        json!([]),
        json!([
            person("a", "M", "2002-01", json!({})), // 24
            person("b", "F", "2001-01", json!({})), // 25
            person("c", "F", "1966-01", json!({})), // 60
            person("d", "M", "1980-06", json!({})), // 45
        ]),
    ));
    let pyramid = &report.cohorts.get("all").unwrap().pyramid;
    let counts: Vec<(&str, u32, u32)> = pyramid.iter().map(|b| (b.label, b.men, b.women)).collect();
    assert_eq!(
        counts,
        [
            ("< 25", 1, 0),
            ("25–29", 0, 1),
            ("30–34", 0, 0),
            ("35–39", 0, 0),
            ("40–44", 0, 0),
            ("45–49", 1, 0),
            ("50–54", 0, 0),
            ("55–59", 0, 0),
            ("≥ 60", 0, 1)
        ]
    );
}
