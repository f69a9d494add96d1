//! A held roster's report said as changes (issue 18, src/roster/delta.rs):
//! the report the page builds from the changes, applied as www/analysis.js
//! applies them, equals the whole report after every edit, insert and
//! remove, and a caller holding another report is given the whole one.
#![cfg(not(target_arch = "wasm32"))]

use qhcb::date::Date;
use qhcb::lang::Lang;
use qhcb::report::{Options, PeopleForm};
use qhcb::roster::delta::{Change, Given};
use qhcb::roster::ops::Op;
use qhcb::roster::Roster;
use serde_json::{json, Map, Value};

fn options(people: PeopleForm, profile: Option<&str>, lang: Lang) -> Options {
    Options {
        people,
        profile: profile.map(str::to_owned),
        default_as_of: Date::new(2026, 2, 1),
        lang,
        ..Options::default()
    }
}

/// A report as JSON, with its columns as lists (as the page holds them),
/// read back from its text as the page reads the change (a float read from
/// text may differ in its last bit from the float itself here, not in JS).
fn whole_json(report: &qhcb::Report) -> Value {
    serde_json::from_str(&serde_json::to_string(report).unwrap()).unwrap()
}

/// The page's step (www/analysis.js `applyChange`): the change applied to
/// the report held.
fn apply(held: &Value, change: &Value, columns: Option<&Value>) -> Value {
    let mut report: Map<String, Value> = held.as_object().unwrap().clone();
    for pair in change["set"].as_array().unwrap() {
        let (parent, last) = parent_of(&mut report, &pair[0]);
        parent.insert(last, pair[1].clone());
    }
    for path in change["unset"].as_array().unwrap() {
        let (parent, last) = parent_of(&mut report, path);
        parent.remove(&last);
    }
    for (key, edits) in change["splice"].as_object().unwrap() {
        let mut list = held[key].as_array().unwrap().clone();
        for edit in edits.as_array().unwrap() {
            let at = edit[0].as_u64().unwrap() as usize;
            let remove = edit[1].as_u64().unwrap() as usize;
            let items = edit[2].as_array().unwrap().clone();
            list.splice(at..at + remove, items);
        }
        report.insert(key.clone(), Value::Array(list));
    }
    match &change["columns"] {
        Value::Null => {
            report.remove("peopleColumns");
        }
        Value::String(whole) => {
            assert_eq!(whole, "whole");
            report.insert("peopleColumns".into(), columns.unwrap().clone());
        }
        Value::Object(at_positions) => {
            let mut before = held["peopleColumns"].as_object().unwrap().clone();
            let at = at_positions["at"].as_array().unwrap();
            for (name, values) in at_positions {
                if name == "at" {
                    continue;
                }
                let column = before.get_mut(name).unwrap().as_array_mut().unwrap();
                for (k, value) in at.iter().zip(values.as_array().unwrap()) {
                    column[k.as_u64().unwrap() as usize] = value.clone();
                }
            }
            report.insert("peopleColumns".into(), Value::Object(before));
        }
        other => panic!("unexpected columns {other}"),
    }
    Value::Object(report)
}

/// The object holding the field at `path` (a list of keys from the report
/// down), and the field's key.
fn parent_of<'a>(
    report: &'a mut Map<String, Value>,
    path: &Value,
) -> (&'a mut Map<String, Value>, String) {
    let keys: Vec<&str> = path
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k.as_str().unwrap())
        .collect();
    let (last, parents) = keys.split_last().unwrap();
    let mut target = report;
    for key in parents {
        target = target.get_mut(*key).unwrap().as_object_mut().unwrap();
    }
    (target, last.to_string())
}

/// Reports `roster` under `options`, checks the change against the whole
/// report, and returns the report the page now holds with its number. After
/// edits of some people alone, under the last options, only their columns
/// are written again (`Roster::take_edited`).
fn step(
    roster: &mut Roster,
    given: &mut Given,
    held: Option<(u32, Value)>,
    options: &Options,
) -> (u32, Value) {
    let expected = whole_json(&roster.report(options).unwrap());
    let base = held.as_ref().map(|(seq, _)| *seq);
    let now = match given.report(roster, options, base).unwrap() {
        Change::Whole { seq, mut report } => {
            assert!(
                held.is_none() || base != Some(seq - 1),
                "a whole report for a caller holding the last one"
            );
            // The columns go beside the report, as the binding adds them.
            report.people_columns = given.columns().cloned();
            (seq, whole_json(&report))
        }
        Change::Delta {
            json,
            whole_columns,
        } => {
            let change: Value = serde_json::from_str(&json).unwrap();
            let (seq, held) = held.expect("a change for a caller holding no report");
            assert_eq!(change["base"], json!(seq));
            let columns =
                whole_columns.then(|| serde_json::to_value(given.columns().unwrap()).unwrap());
            (
                change["seq"].as_u64().unwrap() as u32,
                apply(&held, &change, columns.as_ref()),
            )
        }
    };
    if let Some(path) = first_difference(&now.1, &expected) {
        panic!(
            "the report built from the change differs from the whole report at {path}: {} against {}",
            pointer(&now.1, &path),
            pointer(&expected, &path)
        );
    }
    assert_eq!(now.0, given.seq());
    now
}

/// Where two JSON values first differ, as a JSON pointer.
fn first_difference(a: &Value, b: &Value) -> Option<String> {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            for key in x.keys().chain(y.keys()) {
                match (x.get(key), y.get(key)) {
                    (Some(p), Some(q)) => {
                        if let Some(rest) = first_difference(p, q) {
                            return Some(format!("/{key}{rest}"));
                        }
                    }
                    _ => return Some(format!("/{key}")),
                }
            }
            None
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => x
            .iter()
            .zip(y)
            .enumerate()
            .find_map(|(i, (p, q))| first_difference(p, q).map(|rest| format!("/{i}{rest}"))),
        _ => (a != b).then(String::new),
    }
}

fn pointer(value: &Value, path: &str) -> String {
    let found = value
        .pointer(path)
        .map(Value::to_string)
        .unwrap_or_else(|| "nothing".into());
    found.chars().take(300).collect()
}

fn ops(json: &str) -> Vec<Op> {
    Op::parse_list(json).unwrap()
}

#[test]
fn changes_rebuild_the_report_after_edits_inserts_and_removes() {
    let text = serde_json::to_string(&qhcb::synthetic::dataset(400, 7)).unwrap();
    let mut roster = Roster::from_json(&text).unwrap();
    let mut given = Given::default();
    let columns = options(PeopleForm::Columns, None, Lang::Vi);
    let mut held = step(&mut roster, &mut given, None, &columns);

    // One birth edited: a few people's fields and findings change; the change is small.
    roster
        .apply(ops(
            r#"[{"op":"set","person":3,"field":"birth","value":"1962-01-15"}]"#,
        ))
        .unwrap();
    let whole = serde_json::to_string(&roster.report(&columns).unwrap())
        .unwrap()
        .len();
    match given.report(&mut roster, &columns, Some(held.0)).unwrap() {
        Change::Delta {
            json,
            whole_columns,
        } => {
            assert!(!whole_columns);
            assert!(
                json.len() * 4 < whole,
                "a one-person edit sends {} of {whole} bytes",
                json.len()
            );
            let change: Value = serde_json::from_str(&json).unwrap();
            assert!(change["columns"]["at"]
                .as_array()
                .unwrap()
                .contains(&json!(3)));
            assert!(
                change["set"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .all(|pair| pair[0][0] != "titles"),
                "the titles table did not change"
            );
        }
        Change::Whole { .. } => panic!("a whole report for the caller holding the last one"),
    }
    // The caller did not take that change: it holds an older report and is given the whole one.
    held = step(&mut roster, &mut given, Some(held), &columns);

    for (i, edit) in [
        r#"[{"op":"set","person":5,"field":"birth","value":"1999-12-31"}]"#,
        r#"[{"op":"set","person":8,"field":"sex","value":"F"}]"#,
        r#"[{"op":"set","person":9,"field":"planned","value":["bt"]}]"#,
        r#"[{"op":"insert","person":2,"value":{"id":"new","name":"Mới","sex":"F","birth":"1990"}}]"#,
        r#"[{"op":"remove","person":0},{"op":"remove","person":0}]"#,
        r#"[{"op":"set","person":1,"field":"birth","value":"not a date"}]"#,
        r#"[{"op":"setDataset","field":"termStart","value":"2025-10-01"}]"#,
        // Row 2 takes row 0's id: it repeats it and leaves the analysis. Then row 0 takes row
        // 3's id: row 2 joins again and row 3 leaves, the same number of people analysed.
        r#"[{"op":"set","person":2,"field":"id","value":"__ID0__"}]"#,
        r#"[{"op":"set","person":0,"field":"id","value":"__ID3__"}]"#,
        r#"[{"op":"set","person":1,"field":"birth","value":"1970-02-02"}]"#,
    ]
    .iter()
    .enumerate()
    {
        let dataset: Value = serde_json::from_str(&roster.to_json()).unwrap();
        let id = |row: usize| dataset["people"][row]["id"].as_str().unwrap().to_owned();
        let edit = edit.replace("__ID0__", &id(0)).replace("__ID3__", &id(3));
        let edit_ops = ops(&edit);
        roster.apply(edit_ops).unwrap_or_else(|e| panic!("{edit}: {e:?}"));
        // The profile and language switch too: the change is then large, and still right.
        let options = match i % 4 {
            1 => options(PeopleForm::Columns, Some("qd50-2021"), Lang::En),
            _ => columns.clone(),
        };
        held = step(&mut roster, &mut given, Some(held), &options);
    }
    // Without columns (people: "none"), and back.
    held = step(
        &mut roster,
        &mut given,
        Some(held),
        &options(PeopleForm::None, None, Lang::Vi),
    );
    step(&mut roster, &mut given, Some(held), &columns);
}

#[test]
#[ignore]
fn time_a_change_at_scale() {
    let text = serde_json::to_string(&qhcb::synthetic::dataset(100_000, 7)).unwrap();
    let mut roster = Roster::from_json(&text).unwrap();
    let mut given = Given::default();
    let columns = options(PeopleForm::Columns, None, Lang::Vi);
    given.report(&mut roster, &columns, None).unwrap();
    for i in 0..5 {
        let edit = format!(
            r#"[{{"op":"set","person":{i},"field":"birth","value":"1961-0{}-15"}}]"#,
            i + 1
        );
        roster.apply(ops(&edit)).unwrap();
        let t0 = std::time::Instant::now();
        let change = given
            .report(&mut roster, &columns, Some(given.seq()))
            .unwrap();
        let size = match change {
            Change::Delta { json, .. } => json.len(),
            _ => 0,
        };
        eprintln!("report and its change: {:?} ({size} B)", t0.elapsed());
    }
}
