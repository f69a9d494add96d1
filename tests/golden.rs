//! Golden figures from the source article on Phú Lương district (11/05/2018):
//! "Ban Thường vụ Huyện ủy gồm 11 đồng chí … Thạc sỹ 4 = 36,4%, Đại học 7 =
//! 63,6%; Lý luận chính trị cử nhân, cao cấp 11 = 100%" and, for the standing
//! office of 7, "thạc sĩ 6/7 = 85,7%".

mod common;

use common::{analyze, person, title};
use qhcb::cohort::{Cohort, Share};
use qhcb::format::percent;
use qhcb::messages::Lang;
use serde_json::{json, Value};

fn shown(share: Share) -> (u32, String) {
    (share.count, percent(share.share.unwrap(), Lang::Vi))
}

fn phu_luong_standing_committee() -> Value {
    let people: Vec<Value> = (0..11)
        .map(|i| {
            let education = if i < 4 { "master" } else { "university" };
            person(
                &format!("btv{i}"),
                "M",
                "1968",
                json!({"education": education, "politicalTheory": "advanced", "current": ["btv"]}),
            )
        })
        .collect();
    json!({ "format": "qhcb/1", "unit": { "name": "Đảng bộ huyện Phú Lương", "level": "district" },
            "asOf": "2018-04-30", "profile": "qd50-2021",
            "titles": [title("bch", "committee", 33), title("btv", "standing", 11)], "people": people })
}

#[test]
fn standing_committee_of_eleven_gives_the_published_shares() {
    let report = analyze(&phu_luong_standing_committee());
    let btv = report.cohorts.get("current:standing").unwrap();
    assert_eq!(btv.count, 11);
    assert_eq!(
        shown(btv.education.get("master").unwrap()),
        (4, "36,4%".to_owned())
    );
    assert_eq!(
        shown(btv.education.get("university").unwrap()),
        (7, "63,6%".to_owned())
    );
    assert_eq!(
        shown(btv.political_theory.get("advanced").unwrap()),
        (11, "100%".to_owned())
    );
}

#[test]
fn standing_office_of_seven_with_six_masters_gives_85_7_percent() {
    let people: Vec<Value> = (0..7)
        .map(|i| person(&format!("tt{i}"), "M", "1970", json!({"education": if i < 6 { "master" } else { "university" }, "current": ["tt"]})))
        .collect();
    let data = json!({ "asOf": "2018-04-30", "titles": [title("tt", "key", 7)], "people": people });
    let key = analyze(&data).cohorts.get("current:key").unwrap().clone();
    assert_eq!(
        shown(key.education.get("master").unwrap()),
        (6, "85,7%".to_owned())
    );
}

fn example_cohort(key: &str) -> Cohort {
    let json = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/www/examples/phu-luong.json"
    ))
    .unwrap();
    let report = qhcb::analyze_json(&json, &Default::default()).unwrap();
    assert!(report.excluded.is_empty());
    report.cohorts.get(key).unwrap().clone()
}

#[test]
fn page_example_reproduces_the_article_figures() {
    let btv = example_cohort("current:standing");
    assert_eq!(
        shown(btv.education.get("master").unwrap()),
        (4, "36,4%".to_owned())
    );
    assert_eq!(
        shown(btv.education.get("university").unwrap()),
        (7, "63,6%".to_owned())
    );
    assert_eq!(
        shown(btv.political_theory.get("advanced").unwrap()),
        (11, "100%".to_owned())
    );
    let key = example_cohort("current:key");
    assert_eq!(key.count, 7);
    assert_eq!(
        shown(key.education.get("master").unwrap()),
        (6, "85,7%".to_owned())
    );
}
