//! Cohorts hold distinct people and count them into shares, bands and breakdowns.

mod common;

use common::{analyze, as_json, dataset, person, title};
use serde_json::json;

fn titles() -> serde_json::Value {
    json!([
        title("bch", "committee", 5),
        title("btv", "standing", 2),
        title("bt", "key", 1),
        title("tp", "leader", 1)
    ])
}

#[test]
fn person_with_two_titles_in_a_group_counts_once() {
    let data = dataset(
        titles(),
        json!([person(
            "a",
            "M",
            "1970",
            json!({"current": ["bch", "btv"], "planned": ["bt", "tp"]})
        )]),
    );
    let report = analyze(&data);
    for key in [
        "all",
        "current",
        "planned",
        "current:committee",
        "current:standing",
        "planned:key",
        "planned:leader",
    ] {
        assert_eq!(report.cohorts.get(key).unwrap().count, 1, "{key}");
    }
    assert_eq!(report.cohorts.get("planned:committee").unwrap().count, 0);
}

#[test]
fn group_cohorts_exist_for_every_group_with_titles_even_when_empty() {
    let report = analyze(&dataset(titles(), json!([])));
    let keys: Vec<&str> = report.cohorts.0.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(
        keys,
        [
            "all",
            "current",
            "planned",
            "current:committee",
            "planned:committee",
            "current:standing",
            "planned:standing",
            "current:key",
            "planned:key",
            "current:leader",
            "planned:leader"
        ]
    );
}

#[test]
fn empty_cohort_has_null_shares_and_mean() {
    let report = analyze(&dataset(titles(), json!([])));
    let all = &as_json(&report)["cohorts"]["all"];
    assert_eq!(all["count"], 0);
    assert_eq!(all["meanAge"], json!(null));
    assert_eq!(all["women"], json!({"count": 0, "share": null}));
    assert_eq!(
        all["young"],
        json!({"under": 40, "count": 0, "share": null})
    );
    assert_eq!(
        all["bands"][0],
        json!({"label": "≤ 40", "from": null, "to": 40, "count": 0, "share": null})
    );
    assert_eq!(
        all["education"]["unknown"],
        json!({"count": 0, "share": null})
    );
}

#[test]
fn bands_use_completed_years_with_40_and_50_in_the_lower_band() {
    // asOf 2026-01-15: born 1985-01 is 41, 1985-02 is 40; 1975-01 is 51, 1975-02 is 50.
    let people = json!([
        person("a", "M", "1985-02", json!({})),
        person("b", "M", "1985-01", json!({})),
        person("c", "F", "1975-02", json!({})),
        person("d", "F", "1975-01", json!({})),
    ]);
    let report = analyze(&dataset(titles(), people));
    let bands: Vec<u32> = report
        .cohorts
        .get("all")
        .unwrap()
        .bands
        .iter()
        .map(|b| b.count)
        .collect();
    assert_eq!(bands, [1, 2, 1]);
}

#[test]
fn young_means_younger_than_40_below_central_level() {
    let people = json!([
        person("a", "M", "1986-01-15", json!({})),
        person("b", "M", "1986-01-16", json!({}))
    ]);
    let report = analyze(&dataset(titles(), people));
    let young = report.cohorts.get("all").unwrap().young;
    assert_eq!((young.under, young.count), (40, 1));
}

#[test]
fn young_means_younger_than_45_at_central_level() {
    let mut data = dataset(titles(), json!([person("a", "M", "1982-01", json!({}))]));
    data["unit"]["level"] = json!("central");
    let young = analyze(&data).cohorts.get("all").unwrap().young;
    assert_eq!((young.under, young.count), (45, 1));
}

#[test]
fn mean_age_uses_months_as_twelfths() {
    // 40y6m and 41y0m at 2026-01-15.
    let people = json!([
        person("a", "M", "1985-07-01", json!({})),
        person("b", "F", "1985-01-01", json!({}))
    ]);
    let report = analyze(&dataset(titles(), people));
    assert_eq!(report.cohorts.get("all").unwrap().mean_age, Some(40.75));
}

#[test]
fn missing_education_is_unknown_not_none() {
    let people = json!([
        person(
            "a",
            "M",
            "1980",
            json!({"education": "none", "politicalTheory": "none"})
        ),
        person("b", "M", "1980", json!({})),
    ]);
    let all = &as_json(&analyze(&dataset(titles(), people)))["cohorts"]["all"];
    assert_eq!(all["education"]["none"], json!({"count": 1, "share": 0.5}));
    assert_eq!(
        all["education"]["unknown"],
        json!({"count": 1, "share": 0.5})
    );
    assert_eq!(all["politicalTheory"]["unknown"]["count"], 1);
    let keys: Vec<&String> = all["education"].as_object().unwrap().keys().collect();
    assert_eq!(keys.len(), 7);
}

#[test]
fn women_ethnic_minority_and_non_local_shares() {
    let people = json!([
        person(
            "a",
            "F",
            "1980",
            json!({"ethnicMinority": true, "local": false})
        ),
        person("b", "M", "1980", json!({})),
        person("c", "F", "1980", json!({"local": true})),
        person("d", "M", "1980", json!({"ethnicMinority": false})),
    ]);
    let all = analyze(&dataset(titles(), people))
        .cohorts
        .get("all")
        .unwrap()
        .clone();
    assert_eq!((all.women.count, all.women.share), (2, Some(0.5)));
    assert_eq!(
        (all.ethnic_minority.count, all.ethnic_minority.share),
        (1, Some(0.25))
    );
    assert_eq!((all.non_local.count, all.non_local.share), (1, Some(0.25)));
}
