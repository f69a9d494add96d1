//! Issue 17: many units in one dataset. The figures of the source articles
//! (Hạ Long's wards and city, Bắc Kạn's communes) reproduced from rosters
//! built here, per-unit findings, the validation of `units`, and the
//! invariants: level sums equal the sums of their units, one unit gives
//! the figures of the dataset, and a dataset without `units` is unchanged.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{analyze, as_json, findings, person};
use proptest::prelude::*;
use qhcb::format::{number, percent};
use qhcb::messages::Lang;
use serde_json::{json, Value};

fn unit(id: &str, name: &str, level: &str, parent: Option<&str>) -> Value {
    let mut u = json!({ "id": id, "name": name, "level": level });
    if let Some(p) = parent {
        u["parent"] = json!(p);
    }
    u
}

fn title(unit: &str, id: &str, group: &str, seats: u32) -> Value {
    json!({ "id": id, "name": id, "group": group, "seats": seats, "unit": unit })
}

fn dataset(units: Value, titles: Value, people: Value) -> Value {
    json!({
        "format": "qhcb/1",
        "unit": { "name": "Ban Tổ chức Thành ủy", "level": "district" },
        "asOf": "2019-05-31",
        "profile": "qd50-2021",
        "units": units,
        "titles": titles,
        "people": people,
    })
}

/// A ward of Hạ Long: committee and standing seats, key titles, leader
/// title seats, and lượt planned in each group.
struct Ward {
    committee: u32,
    standing: u32,
    key_titles: u32,
    leader_seats: u32,
    planned: [u32; 4],
}

/// Adds a unit's titles and people: `planned[g]` lượt for committee,
/// standing, key (spread over the key titles) and leader; person i is
/// planned for one title of each group while i is below its count.
fn add_unit(id: &str, w: &Ward, titles: &mut Vec<Value>, people: &mut Vec<Value>) {
    titles.push(title(id, &format!("{id}-bch"), "committee", w.committee));
    titles.push(title(id, &format!("{id}-btv"), "standing", w.standing));
    for k in 0..w.key_titles {
        titles.push(title(id, &format!("{id}-key{k}"), "key", 1));
    }
    if w.leader_seats > 0 {
        titles.push(title(id, &format!("{id}-tb"), "leader", w.leader_seats));
    }
    let most = *w.planned[..3].iter().max().unwrap();
    for i in 0..most {
        let mut planned = Vec::new();
        if i < w.planned[0] {
            planned.push(format!("{id}-bch"));
        }
        if i < w.planned[1] {
            planned.push(format!("{id}-btv"));
        }
        if i < w.planned[2] {
            planned.push(format!("{id}-key{}", i % w.key_titles));
        }
        let sex = if i % 3 == 0 { "F" } else { "M" };
        let birth = format!("{}", 1975 + (i % 12));
        people.push(person(
            &format!("{id}-p{i}"),
            sex,
            &birth,
            json!({ "planned": planned, "unit": id }),
        ));
    }
    // Leaders planned by people planned for nothing else.
    for i in 0..w.planned[3] {
        people.push(person(
            &format!("{id}-l{i}"),
            "M",
            "1980",
            json!({ "planned": [format!("{id}-tb")], "unit": id }),
        ));
    }
    // The sitting committee: one current holder per committee seat.
    for s in 0..w.committee {
        people.push(person(
            &format!("{id}-c{s}"),
            "M",
            "1968",
            json!({ "current": [format!("{id}-bch")] }),
        ));
    }
}

/// Hạ Long, 2015–2020: the city and 20 wards. Ward totals: committee 299
/// seats, 419 lượt; standing 97 seats, 146 lượt; 132 key titles, 265 lượt;
/// leaders 65 lượt (895 in all). The city: 45 and 125, 14 and 34, key 29.
fn ha_long() -> Value {
    let mut units = vec![unit("hl", "Thành phố Hạ Long", "district", None)];
    let (mut titles, mut people) = (Vec::new(), Vec::new());
    add_unit(
        "hl",
        &Ward {
            committee: 45,
            standing: 14,
            key_titles: 10,
            leader_seats: 0,
            planned: [125, 34, 29, 0],
        },
        &mut titles,
        &mut people,
    );
    for w in 0..20u32 {
        let id = format!("w{w:02}");
        units.push(unit(&id, &format!("Phường {w}"), "commune", Some("hl")));
        // Ward 0: a 9-seat committee with 4 standing seats (above a third).
        let ward = if w == 0 {
            Ward {
                committee: 9,
                standing: 4,
                key_titles: 7,
                leader_seats: 3,
                planned: [20, 13, 15, 8],
            }
        } else {
            Ward {
                committee: if w <= 5 { 16 } else { 15 },
                standing: if w <= 2 { 4 } else { 5 },
                key_titles: if w <= 11 { 7 } else { 6 },
                leader_seats: 1,
                planned: [21, 7, if w <= 11 { 14 } else { 12 }, 3],
            }
        };
        add_unit(&id, &ward, &mut titles, &mut people);
    }
    dataset(json!(units), json!(titles), json!(people))
}

fn level<'a>(report: &'a Value, id: &str) -> &'a Value {
    report["levels"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["level"] == id)
        .unwrap()
}

fn group<'a>(scope: &'a Value, id: &str) -> &'a Value {
    scope["groups"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["group"] == id)
        .unwrap()
}

fn unit_report<'a>(report: &'a Value, id: &str) -> &'a Value {
    report["units"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["id"] == id)
        .unwrap()
}

fn figure(value: &Value, decimals: u32) -> String {
    number(value.as_f64().unwrap(), decimals, Lang::Vi)
}

#[test]
fn ha_long_wards_give_the_articles_figures() {
    let report = as_json(&analyze(&ha_long()));
    let wards = level(&report, "commune");
    assert_eq!(wards["units"], 20);
    let committee = group(wards, "committee");
    assert_eq!(
        (&committee["planned"], &committee["seats"]),
        (&json!(419), &json!(299))
    );
    // "419 lượt cán bộ được quy hoạch cấp ủy, đạt 1,4 lần so với cấp ủy hiện tại"
    assert_eq!(figure(&committee["multiple"], 1), "1,4");
    let standing = group(wards, "standing");
    assert_eq!(
        (&standing["planned"], &standing["seats"]),
        (&json!(146), &json!(97))
    );
    assert_eq!(figure(&standing["multiple"], 1), "1,5");
    let key = group(wards, "key");
    assert_eq!(
        (&key["planned"], &key["titles"]),
        (&json!(265), &json!(132))
    );
    // "Các chức danh chủ chốt đạt 2,01 lần trên 1 chức danh"
    assert_eq!(figure(&key["perTitle"], 2), "2,01");
    assert_eq!(figure(&key["multiple"], 2), "2,01");
    let all: u64 = wards["groups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["planned"].as_u64().unwrap())
        .sum();
    assert_eq!(all, 895, "quy hoạch ở cấp cơ sở 895 lượt cán bộ");
    // The engine words the roll-up as the article does.
    assert!(
        committee["sentence"].as_str().unwrap().starts_with(
            "419 lượt cán bộ được quy hoạch cấp ủy, đạt 1,4 lần so với cấp ủy hiện tại"
        ),
        "{}",
        committee["sentence"]
    );
    assert!(key["sentence"]
        .as_str()
        .unwrap()
        .ends_with("đạt 2,01 lần trên 1 chức danh"));
    assert_eq!(key["text"], "2,01 lần trên 1 chức danh");
    // Each unit counts its errors and warnings; the sum is every finding about a unit.
    let findings = report["findings"].as_array().unwrap();
    let about_units = |severity: &str| {
        findings
            .iter()
            .filter(|f| f["unit"].is_string() && f["severity"] == severity)
            .count() as u64
    };
    let sum = |field: &str| -> u64 {
        report["units"]
            .as_array()
            .unwrap()
            .iter()
            .map(|u| u[field].as_u64().unwrap())
            .sum()
    };
    assert_eq!(sum("errors"), about_units("error"));
    assert_eq!(sum("warnings"), about_units("warning"));
}

#[test]
fn ha_long_city_gives_the_articles_figures() {
    let report = as_json(&analyze(&ha_long()));
    let city = level(&report, "district");
    assert_eq!(city["units"], 1);
    let committee = group(city, "committee");
    assert_eq!(
        (&committee["planned"], &committee["seats"]),
        (&json!(125), &json!(45))
    );
    assert_eq!(figure(&committee["multiple"], 1), "2,8");
    let standing = group(city, "standing");
    assert_eq!(
        (&standing["planned"], &standing["seats"]),
        (&json!(34), &json!(14))
    );
    assert_eq!(figure(&standing["multiple"], 1), "2,4");
    let all: u64 = city["groups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["planned"].as_u64().unwrap())
        .sum();
    assert_eq!(all, 188, "đã quy hoạch được 188 lượt cán bộ");
    // The unit's own figures equal its level's (one unit of that level).
    let hl = unit_report(&report, "hl");
    assert_eq!(hl["groups"], city["groups"]);
    assert_eq!(hl["parent"], Value::Null);
    assert_eq!(unit_report(&report, "w03")["parent"], "hl");
}

#[test]
fn one_ward_with_too_many_standing_seats_is_flagged_while_the_sums_pass() {
    let report = analyze(&ha_long());
    let standing = findings(&report, "standing-size");
    assert_eq!(standing.len(), 1, "{standing:#?}");
    let f = &standing[0];
    assert_eq!(
        (f.subject.kind, f.subject.id.as_deref()),
        ("unit", Some("w00"))
    );
    assert_eq!(f.unit.as_deref(), Some("w00"));
    assert_eq!(f.value, json!(4));
    assert_eq!(f.limit, json!(3.0));
    assert!(f.messages.vi.starts_with("Phường 0: "), "{}", f.messages.vi);
    // The sum of the wards is within a third.
    let json = as_json(&report);
    let wards = level(&json, "commune");
    assert!(group(wards, "standing")["seats"].as_f64().unwrap() * 3.0 <= 299.0);
    let w0 = unit_report(&json, "w00");
    assert_eq!(group(w0, "standing")["seats"], 4);
    assert_eq!(group(w0, "committee")["seats"], 9);
}

#[test]
fn ward_cohorts_hold_their_own_people() {
    let report = as_json(&analyze(&ha_long()));
    let w0 = unit_report(&report, "w00");
    // 20 planned for the bodies and key titles, 8 for the leader title, 9 sitting members.
    assert_eq!(w0["people"], 37);
    assert_eq!(w0["cohorts"]["all"]["count"], 37);
    assert_eq!(w0["cohorts"]["planned"]["count"], 28);
    assert_eq!(w0["cohorts"]["current"]["count"], 9);
    assert_eq!(w0["cohorts"]["planned:standing"]["count"], 13);
    assert_eq!(w0["cohorts"]["current:standing"]["count"], 0);
    // Women: people 0, 3, 6, … of the 20 planned.
    assert_eq!(w0["cohorts"]["planned"]["women"]["count"], 7);
    let wards = level(&report, "commune");
    let sum: u64 = report["units"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|u| u["level"] == "commune")
        .map(|u| u["cohorts"]["all"]["count"].as_u64().unwrap())
        .sum();
    assert_eq!(wards["cohorts"]["all"]["count"].as_u64(), Some(sum));
    // The whole dataset keeps its v1 meaning: every person once.
    assert_eq!(
        report["cohorts"]["all"]["count"].as_u64(),
        Some(sum + unit_report(&report, "hl")["people"].as_u64().unwrap())
    );
}

#[test]
fn bac_kan_non_local_secretaries_and_chairs() {
    // 8 communes, a secretary and a chair each: 2 of the 16 are not local.
    let mut units = vec![unit("bk", "Thành phố Bắc Kạn", "district", None)];
    let (mut titles, mut people) = (Vec::new(), Vec::new());
    for c in 0..8 {
        let id = format!("x{c}");
        units.push(unit(&id, &format!("Xã {c}"), "commune", Some("bk")));
        for t in ["bt", "ct"] {
            let tid = format!("{id}-{t}");
            titles.push(title(&id, &tid, "key", 1));
            let local = !(c == 2 && t == "bt" || c == 5 && t == "ct");
            people.push(person(
                &format!("{tid}-p"),
                "M",
                "1972",
                json!({ "current": [tid], "local": local }),
            ));
        }
    }
    let report = as_json(&analyze(&dataset(
        json!(units),
        json!(titles),
        json!(people),
    )));
    let communes = level(&report, "commune");
    let key = &communes["cohorts"]["current:key"];
    assert_eq!(key["count"], 16);
    assert_eq!(key["nonLocal"]["count"], 2);
    assert_eq!(
        percent(key["nonLocal"]["share"].as_f64().unwrap(), Lang::Vi),
        "12,5%"
    );
    assert_eq!(communes["units"], 8);
    assert_eq!(group(communes, "key")["titles"], 16);
    // Each commune on its own, and the city with no titles of its own.
    assert_eq!(
        unit_report(&report, "x2")["cohorts"]["current:key"]["nonLocal"]["count"],
        1
    );
    assert_eq!(unit_report(&report, "bk")["people"], 0);
    assert_eq!(level(&report, "district")["groups"], json!([]));
}

#[test]
fn shares_are_checked_per_unit_and_per_level_naming_each() {
    // Two communes: one plans only men, the other half women.
    let units = json!([
        unit("a", "Xã A", "commune", None),
        unit("b", "Xã B", "commune", None)
    ]);
    let titles = json!([title("a", "a-bt", "key", 1), title("b", "b-bt", "key", 1)]);
    let people = json!([
        person("a1", "M", "1980", json!({ "planned": ["a-bt"] })),
        person("a2", "M", "1981", json!({ "planned": ["a-bt"] })),
        person("b1", "F", "1980", json!({ "planned": ["b-bt"] })),
        person("b2", "M", "1981", json!({ "planned": ["b-bt"] })),
    ]);
    let report = analyze(&dataset(units, titles, people));
    let women = findings(&report, "women-share");
    let about = |kind: &str, id: &str| {
        women
            .iter()
            .filter(|f| f.subject.kind == kind && f.subject.id.as_deref() == Some(id))
            .count()
    };
    // Unit A below 25 % (0 of 2); unit B at 50 %; the level at 25 % (1 of 4).
    assert_eq!(about("unit", "a"), 1, "{women:#?}");
    assert_eq!(about("unit", "b"), 0);
    assert!(women
        .iter()
        .filter(|f| f.unit.as_deref() == Some("a"))
        .all(|f| f.messages.vi.starts_with("Xã A: ")));
    assert!(women.iter().all(|f| f.unit.as_deref() != Some("b")));
    assert_eq!(about("level", "commune"), 0);
    assert!(women
        .iter()
        .all(|f| f.subject.kind != "unit" || f.unit.is_some()));
}

#[test]
fn titles_per_person_counts_within_one_level() {
    let units = json!([
        unit("t", "Tỉnh", "province", None),
        unit("x", "Xã", "commune", Some("t"))
    ]);
    let titles = json!([
        title("t", "t1", "key", 1),
        title("t", "t2", "key", 1),
        title("x", "x1", "key", 1),
        title("x", "x2", "key", 1),
        title("x", "x3", "key", 1),
        title("x", "x4", "key", 1),
    ]);
    let people = json!([
        // 4 titles over two levels: 2 and 2, within the rule.
        person(
            "a",
            "M",
            "1980",
            json!({ "planned": ["t1", "t2", "x1", "x2"] })
        ),
        // 4 titles at the commune level: above 3.
        person(
            "b",
            "M",
            "1980",
            json!({ "planned": ["x1", "x2", "x3", "x4"], "unit": "x" })
        ),
    ]);
    let report = analyze(&dataset(units, titles, people));
    let found = findings(&report, "titles-per-person");
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].subject.id.as_deref(), Some("b"));
    assert_eq!(found[0].value, json!(4));
    assert_eq!(found[0].unit.as_deref(), Some("x"));
    assert!(
        found[0].messages.vi.contains("ở cấp xã"),
        "{}",
        found[0].messages.vi
    );
}

#[test]
fn findings_about_titles_and_people_carry_their_unit() {
    let units = json!([
        unit("a", "Xã A", "commune", None),
        unit("b", "Xã B", "commune", None)
    ]);
    let titles = json!([title("a", "a-bt", "key", 1), title("b", "b-bt", "key", 1)]);
    // Planned too late in life (planning-age), in unit b through the current title.
    let people = json!([person(
        "old",
        "M",
        "1960",
        json!({ "current": ["b-bt"], "planned": ["a-bt"] })
    )]);
    let report = analyze(&dataset(units, titles, people));
    let unplanned = findings(&report, "title-unplanned");
    assert_eq!(unplanned.len(), 1);
    assert_eq!(unplanned[0].unit.as_deref(), Some("b"));
    let age = findings(&report, "planning-age");
    assert_eq!(age.len(), 1);
    assert_eq!(age[0].unit.as_deref(), Some("b"));
    // In JSON the unit is a field of the finding.
    let json = as_json(&report);
    let f = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "title-unplanned")
        .unwrap();
    assert_eq!(f["unit"], "b");
}

#[test]
fn a_person_may_be_planned_for_a_title_of_another_unit() {
    let units = json!([
        unit("a", "Phường A", "commune", None),
        unit("b", "Phường B", "commune", None)
    ]);
    let titles = json!([title("a", "a-ct", "key", 1), title("b", "b-ct", "key", 1)]);
    let people = json!([person(
        "r",
        "F",
        "1982",
        json!({ "current": ["a-ct"], "planned": ["b-ct"] })
    )]);
    let report = as_json(&analyze(&dataset(units, titles, people)));
    let (a, b) = (unit_report(&report, "a"), unit_report(&report, "b"));
    assert_eq!(
        (a["people"].as_u64(), b["people"].as_u64()),
        (Some(1), Some(0))
    );
    assert_eq!(a["cohorts"]["planned"]["count"], 0);
    assert_eq!(b["cohorts"]["planned"]["count"], 1);
    assert_eq!(group(b, "key")["planned"], 1);
    // One level, one person: counted once in its cohorts.
    let level = level(&report, "commune");
    assert_eq!(level["cohorts"]["all"]["count"], 1);
    assert_eq!(level["cohorts"]["planned"]["count"], 1);
    assert_eq!(level["cohorts"]["current"]["count"], 1);
}

#[test]
fn bad_units_titles_and_people_are_named() {
    let units = json!([
        unit("a", "Xã A", "commune", Some("zz")),
        unit("a", "Xã A lặp", "commune", None),
        { "id": "b", "name": "Xã B", "level": "hamlet" },
        unit("c", "C", "commune", Some("d")),
        unit("d", "D", "commune", Some("c")),
        42
    ]);
    let titles = json!([
        title("a", "ok", "key", 1),
        { "id": "nounit", "group": "key", "seats": 1 },
        title("q", "unknown", "key", 1),
        title("b", "rejected", "key", 1),
    ]);
    let people = json!([
        person("p1", "M", "1980", json!({ "current": ["ok"] })),
        person("p2", "M", "1980", json!({ "unit": "nowhere" })),
    ]);
    let report = analyze(&dataset(units, titles, people));
    let bad_units = findings(&report, "invalid-unit");
    let at = |row: usize, field: &str| {
        bad_units
            .iter()
            .find(|f| f.row == Some(row) && f.field == Some(field))
            .unwrap_or_else(|| panic!("no finding on row {row} {field}: {bad_units:#?}"))
    };
    assert!(at(0, "parent")
        .messages
        .vi
        .contains("không có đơn vị mã “zz”"));
    assert!(at(1, "id").messages.vi.contains("đã dùng ở dòng 1"));
    assert!(at(2, "level").messages.en.contains("hamlet"));
    assert!(at(4, "parent").messages.vi.contains("vòng lặp"));
    assert!(bad_units.iter().any(|f| f.row == Some(5)));
    let bad_titles = findings(&report, "invalid-title");
    let title_at = |id: &str| {
        bad_titles
            .iter()
            .find(|f| f.subject.id.as_deref() == Some(id))
            .unwrap_or_else(|| panic!("no finding for title {id}: {bad_titles:#?}"))
    };
    assert_eq!(title_at("nounit").field, Some("unit"));
    assert!(title_at("unknown")
        .messages
        .vi
        .contains("không có đơn vị mã “q”"));
    assert!(title_at("rejected").messages.en.contains("left out"));
    let bad_people = findings(&report, "invalid-row");
    assert_eq!(bad_people.len(), 1);
    assert_eq!(bad_people[0].field, Some("unit"));
    // The units kept: a (without parent), c and d (the loop broken once).
    let json = as_json(&report);
    let ids: Vec<&str> = json["units"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["a", "c", "d"]);
    assert_eq!(unit_report(&json, "a")["people"], 1);
    let parents: Vec<&Value> = ["c", "d"]
        .iter()
        .map(|u| &unit_report(&json, u)["parent"])
        .collect();
    assert_eq!(parents.iter().filter(|p| p.is_null()).count(), 1);
}

#[test]
fn units_that_are_not_a_list_are_an_error() {
    let mut d = dataset(json!([]), json!([]), json!([]));
    d["units"] = json!({ "a": 1 });
    let err = qhcb::report::analyze_json(&d.to_string(), &Default::default()).unwrap_err();
    assert!(err.to_string().contains("units"), "{err}");
}

// ---- invariants ----

const GROUPS: [&str; 4] = ["committee", "standing", "key", "leader"];

/// A dataset of 1–6 units over two levels, each with titles of random
/// groups and seats, and people with random current and planned titles.
fn units_dataset() -> impl Strategy<Value = Value> {
    (1usize..7)
        .prop_flat_map(|n| {
            (
                Just(n),
                prop::collection::vec((0usize..2, 0usize..4, 0u32..12), n..n * 4),
                prop::collection::vec(
                    (
                        prop::sample::select(vec!["M", "F"]),
                        1960..2000i32,
                        any::<bool>(),
                        prop::collection::vec(0usize..64, 0..3),
                        prop::collection::vec(0usize..64, 0..4),
                        prop::option::of(0usize..8),
                    ),
                    0..40,
                ),
                prop::collection::vec(0usize..2, n),
            )
        })
        .prop_map(|(n, title_rows, people_rows, unit_levels)| {
            let units: Vec<Value> = (0..n)
                .map(|u| {
                    let level = ["province", "commune"][unit_levels[u]];
                    unit(&format!("u{u}"), &format!("Đơn vị {u}"), level, None)
                })
                .collect();
            let titles: Vec<Value> = title_rows
                .iter()
                .enumerate()
                .map(|(i, &(_, g, seats))| title(&format!("u{}", i % n), &format!("t{i}"), GROUPS[g], seats))
                .collect();
            let pick = |list: &[usize]| -> Vec<String> {
                let mut ids: Vec<String> = list.iter().map(|i| format!("t{}", i % titles.len())).collect();
                ids.dedup();
                ids
            };
            let people: Vec<Value> = people_rows
                .iter()
                .enumerate()
                .map(|(i, (sex, year, local, current, planned, unit))| {
                    let mut extra = json!({ "current": pick(current), "planned": pick(planned), "local": local });
                    if let Some(u) = unit {
                        extra["unit"] = json!(format!("u{}", u % n));
                    }
                    person(&format!("p{i}"), sex, &year.to_string(), extra)
                })
                .collect();
            dataset(json!(units), json!(titles), json!(people))
        })
}

fn sum_field(groups: &[&Value], group: &str, field: &str) -> u64 {
    groups
        .iter()
        .flat_map(|g| g.as_array().unwrap())
        .filter(|g| g["group"] == group)
        .map(|g| g[field].as_u64().unwrap())
        .sum()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn level_sums_equal_the_sums_of_their_units(d in units_dataset()) {
        let report = as_json(&analyze(&d));
        let units = report["units"].as_array().unwrap();
        for lvl in report["levels"].as_array().unwrap() {
            let members: Vec<&Value> = units.iter().filter(|u| u["level"] == lvl["level"]).collect();
            prop_assert_eq!(lvl["units"].as_u64(), Some(members.len() as u64));
            let unit_groups: Vec<&Value> = members.iter().map(|u| &u["groups"]).collect();
            for g in lvl["groups"].as_array().unwrap() {
                let id = g["group"].as_str().unwrap();
                for field in ["titles", "seats", "planned", "current"] {
                    prop_assert_eq!(g[field].as_u64(), Some(sum_field(&unit_groups, id, field)), "{} {}", id, field);
                }
                let seats = g["seats"].as_f64().unwrap();
                if seats > 0.0 {
                    prop_assert!((g["multiple"].as_f64().unwrap() - g["planned"].as_f64().unwrap() / seats).abs() < 1e-12);
                }
                // Distinct people: at most the sum over units, at least the largest unit.
                let people: Vec<u64> = members.iter().flat_map(|u| u["groups"].as_array().unwrap().iter())
                    .filter(|x| x["group"] == id).map(|x| x["plannedPeople"].as_u64().unwrap()).collect();
                let p = g["plannedPeople"].as_u64().unwrap();
                prop_assert!(p <= people.iter().sum::<u64>());
                prop_assert!(p >= people.iter().copied().max().unwrap_or(0));
            }
            // `all`: each person belongs to one unit, so the level's count is the units' sum.
            let all: u64 = members.iter().map(|u| u["cohorts"]["all"]["count"].as_u64().unwrap()).sum();
            prop_assert_eq!(lvl["cohorts"]["all"]["count"].as_u64(), Some(all));
            for key in ["current", "planned"] {
                let counts: Vec<u64> = members.iter().map(|u| u["cohorts"][key]["count"].as_u64().unwrap()).collect();
                let c = lvl["cohorts"][key]["count"].as_u64().unwrap();
                prop_assert!(c <= counts.iter().sum::<u64>() && c >= counts.iter().copied().max().unwrap_or(0));
            }
        }
        // The top-level groups are the sums over all units.
        let all_groups: Vec<&Value> = units.iter().map(|u| &u["groups"]).collect();
        for g in report["groups"].as_array().unwrap() {
            let id = g["group"].as_str().unwrap();
            prop_assert_eq!(g["planned"].as_u64(), Some(sum_field(&all_groups, id, "planned")));
            prop_assert_eq!(g["seats"].as_u64(), Some(sum_field(&all_groups, id, "seats")));
        }
    }

    #[test]
    fn one_unit_gives_the_figures_of_the_whole_dataset(d in units_dataset()) {
        // Everything in unit u0, every person belonging to it.
        let mut d = d;
        d["units"] = json!([unit("u0", "Đơn vị", "province", None)]);
        for t in d["titles"].as_array_mut().unwrap() { t["unit"] = json!("u0"); }
        for p in d["people"].as_array_mut().unwrap() { p["unit"] = json!("u0"); }
        let mut report = as_json(&analyze(&d));
        // Units' and levels' cohorts leave out the age pyramid.
        for cohort in report["cohorts"].as_object_mut().unwrap().values_mut() {
            cohort.as_object_mut().unwrap().remove("pyramid");
        }
        // The unit's groups are the dataset's, with the articles' sentence besides.
        let mut only = report["units"][0].clone();
        for g in only["groups"].as_array_mut().unwrap() {
            prop_assert!(g["sentence"].as_str().is_some_and(|s| !s.is_empty()));
            g.as_object_mut().unwrap().remove("sentence");
        }
        prop_assert_eq!(&only["groups"], &report["groups"]);
        prop_assert_eq!(&only["cohorts"], &report["cohorts"]);
        prop_assert_eq!(&report["levels"][0]["cohorts"], &report["cohorts"]);
    }

    #[test]
    fn a_dataset_without_units_is_unchanged(d in units_dataset()) {
        // Without `units`, the `unit` fields of titles and people mean nothing.
        let mut with_fields = d.clone();
        with_fields.as_object_mut().unwrap().remove("units");
        let mut plain = with_fields.clone();
        for t in plain["titles"].as_array_mut().unwrap() { t.as_object_mut().unwrap().remove("unit"); }
        for p in plain["people"].as_array_mut().unwrap() { p.as_object_mut().unwrap().remove("unit"); }
        let (a, b) = (analyze(&with_fields), analyze(&plain));
        prop_assert_eq!(&a, &b);
        let json = as_json(&b);
        prop_assert!(json.get("units").is_none() && json.get("levels").is_none());
        for f in json["findings"].as_array().unwrap() {
            prop_assert!(f.get("unit").is_none() && f.get("level").is_none());
        }
    }
}

#[test]
fn import_reads_a_unit_column() {
    use qhcb::import::field_for_header;
    for header in [
        "Đơn vị",
        "Xã/phường",
        "Xã, phường",
        "Cơ quan",
        "Cơ quan, đơn vị công tác",
    ] {
        assert_eq!(field_for_header(header, ""), Some("unit"), "{header}");
    }
    // Headers that name a post first stay the post.
    assert_eq!(
        field_for_header("Chức vụ, đơn vị công tác", ""),
        Some("current")
    );
    assert!(qhcb::import::fields().contains(&"unit"));
}

#[test]
fn a_level_below_target_is_named_by_its_level() {
    // Two communes planning only men: each unit and their level below the women target.
    let units = json!([
        unit("a", "Xã A", "commune", None),
        unit("b", "Xã B", "commune", None)
    ]);
    let titles = json!([title("a", "a-bt", "key", 1), title("b", "b-bt", "key", 1)]);
    let people = json!([
        person("a1", "M", "1980", json!({ "planned": ["a-bt"] })),
        person("b1", "M", "1981", json!({ "planned": ["b-bt"] })),
    ]);
    let report = analyze(&dataset(units, titles, people));
    let women = findings(&report, "women-share");
    let level: Vec<_> = women.iter().filter(|f| f.subject.kind == "level").collect();
    assert_eq!(level.len(), 1, "{women:#?}");
    assert_eq!(level[0].subject.id.as_deref(), Some("commune"));
    assert_eq!(level[0].level, Some(qhcb::model::Level::Commune));
    assert_eq!(level[0].unit, None);
    assert!(
        level[0]
            .messages
            .vi
            .starts_with("Cấp xã, phường, đặc khu: "),
        "{}",
        level[0].messages.vi
    );
    assert!(
        level[0].messages.en.starts_with("Commune level: "),
        "{}",
        level[0].messages.en
    );
    // The key group of the level, named by its level too.
    assert!(women
        .iter()
        .any(|f| f.subject.kind == "group" && f.level == Some(qhcb::model::Level::Commune)));
    let json = as_json(&report);
    let f = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["subject"]["kind"] == "level")
        .unwrap();
    assert_eq!(f["level"], "commune");
}

#[test]
fn a_long_chain_and_a_large_loop_of_parents_do_not_overflow() {
    // 100,000 units each under the next, the last under the first: one loop, broken once.
    let n = 100_000;
    let units: Vec<Value> = (0..n)
        .map(|i| {
            unit(
                &format!("u{i}"),
                "x",
                "commune",
                Some(&format!("u{}", (i + 1) % n)),
            )
        })
        .collect();
    let report = analyze(&dataset(json!(units), json!([]), json!([])));
    let loops: Vec<_> = findings(&report, "invalid-unit");
    assert_eq!(loops.len(), 1);
    assert_eq!(loops[0].field, Some("parent"));
    assert!(loops[0].message.len() < 300, "{}", loops[0].message);
    assert!(
        loops[0].message.contains("u0 → u1 → u2 → u3 → … →"),
        "{}",
        loops[0].message
    );
    assert_eq!(report.units.len(), n);
    assert_eq!(
        report.units.iter().filter(|u| u.parent.is_none()).count(),
        1
    );
}

#[test]
fn the_workbook_has_a_sheet_of_units() {
    use qhcb::import::{read_file, Cell};
    let d = ha_long();
    let report = analyze(&d);
    let bytes = qhcb::export::workbook(&d, &report, Lang::Vi).unwrap();
    let (tables, _) = read_file(&bytes).unwrap();
    let sheet = tables
        .iter()
        .find(|t| t.name == "Đơn vị")
        .expect("a sheet Đơn vị");
    let text = |c: &Cell| c.text();
    // Header, 2 levels, 21 units; ward 0 (the standing committee above a third) first of the units.
    assert_eq!(sheet.rows.len(), 1 + 2 + 21);
    assert_eq!(text(&sheet.rows[2][1]), "Xã, phường, đặc khu");
    assert_eq!(text(&sheet.rows[2][7]), "419");
    assert_eq!(text(&sheet.rows[2][10]), "146");
    assert_eq!(text(&sheet.rows[2][13]), "265");
    assert_eq!(text(&sheet.rows[3][0]), "w00");
    let flagged = |r: usize| -> (u32, u32) {
        (
            text(&sheet.rows[r][15]).parse().unwrap(),
            text(&sheet.rows[r][16]).parse().unwrap(),
        )
    };
    assert!(flagged(3) > (0, 0), "{:?}", sheet.rows[3]);
    assert!((4..sheet.rows.len()).all(|r| flagged(r) <= flagged(3)));
    // In English: the sheet, its headings and the levels in English.
    let bytes = qhcb::export::workbook(&d, &report, Lang::En).unwrap();
    let (tables, _) = read_file(&bytes).unwrap();
    let sheet = tables
        .iter()
        .find(|t| t.name == "Units")
        .expect("a sheet Units");
    let head: Vec<String> = sheet.rows[0].iter().map(|c| c.text()).collect();
    assert_eq!(
        &head[..6],
        ["Unit id", "Unit", "Level", "Parent unit", "Units", "People"]
    );
    assert_eq!(head[6], "Party committee: seats");
    assert_eq!(head[14], "Key titles: per title");
    assert_eq!(&head[15..], ["Breach", "Warning"]);
    assert_eq!(text(&sheet.rows[2][1]), "Commune, ward, special zone");
    // A dataset without units has no such sheet.
    let mut plain = d.clone();
    plain.as_object_mut().unwrap().remove("units");
    let plain_report = analyze(&plain);
    let bytes = qhcb::export::workbook(&plain, &plain_report, Lang::Vi).unwrap();
    let (tables, _) = read_file(&bytes).unwrap();
    assert!(tables.iter().all(|t| t.name != "Đơn vị"));
}
