//! Invariants of the analysis, checked on generated datasets (proptest):
//! shares in [0, 1] with counts that add up, bands that partition each
//! cohort, multiple = planned ÷ seats, analysed + excluded = rows, months
//! left that never grow with a later review nor shrink with a later birth,
//! and a result that does not depend on the order of the rows.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use qhcb::report::{analyze_json, Options, PeopleForm, Report};
use serde_json::{json, Value};

const TITLES: [(&str, &str, u32); 5] = [
    ("bch", "committee", 9),
    ("btv", "standing", 3),
    ("bt", "key", 1),
    ("pct", "key", 2),
    ("tp", "leader", 0),
];

fn person_strategy() -> impl Strategy<Value = Value> {
    (
        prop::sample::select(vec!["M", "F", "X"]),
        // Ages 21 to 70 at the review dates below (older or younger is an invalid row).
        1956..2005i32,
        0..14u8,
        prop::option::of(0..29u8),
        any::<bool>(),
        any::<bool>(),
        prop::option::of(prop::sample::select(vec![
            "doctorate",
            "master",
            "university",
            "college",
            "vocational",
            "none",
        ])),
        prop::sample::subsequence(vec!["bch", "btv", "bt", "pct", "tp"], 0..3),
        prop::sample::subsequence(vec!["bch", "btv", "bt", "pct", "tp", "zz"], 0..5),
    )
        .prop_map(
            |(sex, year, month, day, ethnic, local, education, current, planned)| {
                let birth = match (month, day) {
                    (0, _) => format!("{year}"),
                    (m, None) => format!("{year}-{m:02}"),
                    (m, Some(d)) => format!("{year}-{m:02}-{:02}", d.max(1)),
                };
                json!({ "sex": sex, "birth": birth, "ethnicMinority": ethnic, "local": local,
                    "education": education, "current": current, "planned": planned })
            },
        )
}

fn dataset_strategy() -> impl Strategy<Value = Value> {
    prop::collection::vec(person_strategy(), 0..40).prop_map(|rows| {
        let people: Vec<Value> = rows
            .into_iter()
            .enumerate()
            .map(|(i, mut p)| {
                p["id"] = json!(format!("p{i}"));
                p
            })
            .collect();
        let titles: Vec<Value> = TITLES.iter().map(|(id, group, seats)| json!({ "id": id, "group": group, "seats": seats })).collect();
        json!({ "format": "qhcb/1", "asOf": "2026-01-15", "termStart": "2026-03", "titles": titles, "people": people })
    })
}

fn analyze(data: &Value) -> Report {
    analyze_json(&data.to_string(), &Options::default()).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn shares_are_shares_and_counts_add_up(data in dataset_strategy()) {
        let report = analyze(&data);
        for (key, c) in &report.cohorts.0 {
            for share in [c.women, c.ethnic_minority, c.non_local] {
                prop_assert!(share.count <= c.count, "{key}");
                prop_assert!(share.share.is_none_or(|s| (0.0..=1.0).contains(&s)), "{key}");
            }
            let education: u32 = c.education.0.iter().map(|(_, s)| s.count).sum();
            let theory: u32 = c.political_theory.0.iter().map(|(_, s)| s.count).sum();
            prop_assert_eq!(education, c.count);
            prop_assert_eq!(theory, c.count);
            let bands: u32 = c.bands.iter().map(|b| b.count).sum();
            prop_assert_eq!(bands, c.count, "bands partition {}", key);
            let pyramid: u32 = c.pyramid.iter().map(|b| b.men + b.women).sum();
            prop_assert_eq!(pyramid, c.count);
            prop_assert_eq!(c.count == 0, c.mean_age.is_none());
        }
    }

    #[test]
    fn columns_hold_the_same_figures_as_rows(data in dataset_strategy()) {
        let rows = analyze(&data);
        let options = Options { people: PeopleForm::Columns, ..Options::default() };
        let report = analyze_json(&data.to_string(), &options).unwrap();
        let columns = report.people_columns.as_ref().unwrap();
        prop_assert!(report.people.is_empty());
        prop_assert_eq!(columns.index.len(), rows.people.len());
        let source = data["people"].as_array().unwrap();
        for (i, person) in rows.people.iter().enumerate() {
            prop_assert_eq!(source[columns.index[i] as usize]["id"].as_str(), Some(person.id.as_str()));
            prop_assert_eq!(i64::from(columns.age_years[i]), i64::from(person.age.years));
            prop_assert_eq!(i32::from(columns.age_months[i]), person.age.months);
            let date = columns.retirement_date[i];
            prop_assert_eq!(format!("{:04}-{:02}-{:02}", date / 10_000, date / 100 % 100, date % 100), person.retirement_date.clone());
            prop_assert_eq!(columns.months_left[i], person.months_left);
            prop_assert_eq!(columns.months_left_at_term_start.as_ref().map(|c| c[i]), person.months_left_at_term_start);
            prop_assert_eq!(columns.planned_count[i], person.planned_count);
        }
        prop_assert_eq!(&report.cohorts, &rows.cohorts);
        prop_assert_eq!(&report.findings, &rows.findings);
    }

    #[test]
    fn multiples_are_planned_over_seats(data in dataset_strategy()) {
        let report = analyze(&data);
        for g in &report.groups {
            match g.multiple {
                Some(m) => prop_assert!((m - g.planned as f64 / g.seats as f64).abs() < 1e-12),
                None => prop_assert_eq!(g.seats, 0),
            }
            let pairs: u32 = report.titles.iter().filter(|t| t.group == g.group).map(|t| t.planned).sum();
            prop_assert_eq!(u64::from(pairs), g.planned);
        }
    }

    #[test]
    fn every_row_is_analysed_or_excluded(data in dataset_strategy()) {
        let report = analyze(&data);
        let rows = data["people"].as_array().unwrap().len();
        prop_assert_eq!(report.counts.analysed + report.counts.excluded, rows);
        prop_assert_eq!(report.people.len(), report.counts.analysed);
        prop_assert_eq!(report.cohorts.get("all").unwrap().count as usize, report.counts.analysed);
    }

    #[test]
    fn months_left_never_grow_with_a_later_review(data in dataset_strategy(), later in 1..60i32) {
        let early = analyze(&data);
        let mut moved = data.clone();
        let (y, m) = (2026 + (later / 12), 1 + later % 12);
        moved["asOf"] = json!(format!("{y}-{m:02}-15"));
        let late = analyze(&moved);
        for (a, b) in early.people.iter().zip(&late.people) {
            prop_assert_eq!(&a.id, &b.id);
            prop_assert!(b.months_left <= a.months_left);
        }
    }

    #[test]
    fn months_left_never_shrink_with_a_later_birth(sex in prop::sample::select(vec!["M", "F"]), year in 1951..2000i32, month in 1..12u8) {
        let data = |birth: String| json!({ "asOf": "2026-01-15", "people": [{ "id": "a", "sex": sex, "birth": birth }] });
        let earlier = analyze(&data(format!("{year}-{month:02}")));
        let later = analyze(&data(format!("{year}-{:02}", month + 1)));
        prop_assert!(later.people[0].months_left >= earlier.people[0].months_left);
    }

    #[test]
    fn analysis_is_deterministic_and_ignores_row_order(data in dataset_strategy()) {
        let a = serde_json::to_value(analyze(&data)).unwrap();
        let b = serde_json::to_value(analyze(&data)).unwrap();
        prop_assert_eq!(&a, &b);
        let mut reversed = data.clone();
        reversed["people"].as_array_mut().unwrap().reverse();
        let r = serde_json::to_value(analyze(&reversed)).unwrap();
        // Figures that do not name rows are the same whatever the order.
        prop_assert_eq!(&a["cohorts"], &r["cohorts"]);
        prop_assert_eq!(&a["titles"], &r["titles"]);
        prop_assert_eq!(&a["groups"], &r["groups"]);
        prop_assert_eq!(&a["counts"], &r["counts"]);
        let mut people_a: Vec<String> = a["people"].as_array().unwrap().iter().map(Value::to_string).collect();
        let mut people_r: Vec<String> = r["people"].as_array().unwrap().iter().map(Value::to_string).collect();
        people_a.sort();
        people_r.sort();
        prop_assert_eq!(people_a, people_r);
        let codes = |v: &Value| {
            let mut c: Vec<String> = v["findings"].as_array().unwrap().iter()
                .filter(|f| f["code"] != "invalid-row")
                .map(|f| format!("{}{}", f["code"], f["subject"])).collect();
            c.sort();
            c
        };
        prop_assert_eq!(codes(&a), codes(&r));
    }
}
