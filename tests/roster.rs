//! The roster (issue 18): its report equals `analyze` of the dataset it
//! gives back, after any sequence of operations, and the operations it
//! returns undo the edits.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use qhcb::date::Date;
use qhcb::lang::Lang;
use qhcb::report::{analyze_json, Options, PeopleForm};
use qhcb::roster::ops::{Op, OpError};
use qhcb::roster::text::object_entries;
use qhcb::roster::Roster;

/// A synthetic roster with rows the reader leaves out: a duplicate id, an
/// unknown title, a lone surrogate (read row by row), a key twice, a row
/// that is not an object.
fn dataset_text(people: usize, seed: u64) -> String {
    let text = serde_json::to_string(&qhcb::synthetic::dataset(people, seed)).unwrap();
    let extra = concat!(
        r#"{"id":"p1","name":"Trùng","sex":"F","birth":"1975"},"#,
        r#"{"id":"u","sex":"M","birth":"1970","current":["zz"]},"#,
        r#"{"id":"s","name":"\ud800","sex":"M","birth":"1970"},"#,
        r#"{"id":"d","sex":"M","sex":"F","birth":"1970"},"#,
        r#"7,"#,
        r#"{"id":"r","sex":"M","birth":"1971","planned":["bch","bch"]}"#
    );
    let at = text.find("\"people\":[").unwrap() + "\"people\":[".len();
    format!("{}{extra},{}", &text[..at], &text[at..])
}

fn options(form: PeopleForm, variant: u8) -> Options {
    Options {
        people: form,
        as_of: (variant % 3 == 1).then(|| Date::new(2027, 6, 30).unwrap()),
        // The congress profiles too: ct35-2019 has the age bands.
        profile: match variant % 5 {
            2 => Some("qd50-2021".to_owned()),
            3 => Some("ct35-2019".to_owned()),
            4 => Some("ct45-2025".to_owned()),
            _ => None,
        },
        default_as_of: Date::new(2026, 2, 1),
        lang: if variant % 2 == 0 { Lang::Vi } else { Lang::En },
        filing: false,
    }
}

/// The roster's report and `analyze` of its dataset, as text (a NaN share
/// compares equal to itself this way).
fn same_as_analyze(roster: &mut Roster, options: &Options) {
    let ours = format!("{:?}", roster.report(options));
    let theirs = format!("{:?}", analyze_json(&roster.to_json(), options));
    if ours != theirs {
        // Where they part, with some context: the whole reports are too long to read.
        let at = ours
            .bytes()
            .zip(theirs.bytes())
            .position(|(a, b)| a != b)
            .unwrap_or(ours.len().min(theirs.len()));
        let around = |s: &str| {
            let chars = s
                .char_indices()
                .filter(|(i, _)| i + 300 >= at && *i <= at + 300);
            chars.map(|(_, c)| c).collect::<String>()
        };
        panic!(
            "roster report differs from analyze at byte {at}:\nroster:  …{}…\nanalyze: …{}…",
            around(&ours),
            around(&theirs)
        );
    }
}

fn ops(json: &str) -> Vec<Op> {
    Op::parse_list(json).unwrap()
}

#[test]
fn a_roster_reports_what_analyze_reports() {
    let text = dataset_text(300, 7);
    let mut roster = Roster::from_json(&text).unwrap();
    assert_eq!(roster.to_json(), text);
    for form in [PeopleForm::Rows, PeopleForm::Columns, PeopleForm::None] {
        for variant in 0..6 {
            let options = options(form, variant);
            let ours = roster.report(&options).unwrap();
            assert_eq!(
                format!("{ours:?}"),
                format!("{:?}", analyze_json(&text, &options).unwrap())
            );
        }
    }
    let report = roster.report(&Options::default()).unwrap();
    assert_eq!(report.counts.rows, 306);
    assert_eq!(report.counts.excluded, 5);
}

#[test]
fn a_birth_edit_is_reported_and_undone() {
    let text = dataset_text(50, 3);
    let mut roster = Roster::from_json(&text).unwrap();
    let options = options(PeopleForm::Rows, 0);
    let before = roster.report(&options).unwrap();
    let undo = roster
        .apply(ops(
            r#"[{"op":"set","person":10,"field":"birth","value":"1961-02"}]"#,
        ))
        .unwrap();
    assert_eq!(
        Op::list_json(&undo),
        format!(
            r#"[{{"op":"set","person":10,"field":"birth","value":{}}}]"#,
            serde_json::to_string(&qhcb::synthetic::dataset(50, 3)["people"][4]["birth"]).unwrap()
        )
    );
    let after = roster.report(&options).unwrap();
    let row = after.people.iter().find(|p| p.index == 10).unwrap();
    assert_eq!(row.age.years, 64);
    assert_ne!(after, before);
    same_as_analyze(&mut roster, &options);
    roster.apply(undo).unwrap();
    assert_eq!(roster.to_json(), text);
    assert_eq!(roster.report(&options).unwrap(), before);
}

#[test]
fn bad_operations_are_refused_and_change_nothing() {
    let text = dataset_text(20, 1);
    let mut roster = Roster::from_json(&text).unwrap();
    let cases: [(&str, OpError); 7] = [
        ("{}", OpError::NotAList),
        ("[5]", OpError::NotAnObject { at: 0 }),
        (
            r#"[{"op":"explode"}]"#,
            OpError::UnknownOp {
                at: 0,
                op: "explode".into(),
            },
        ),
        (
            r#"[{"op":"set","person":0,"field":"birth"},{"op":"set","person":"x","field":"birth"}]"#,
            OpError::WrongValue {
                at: 1,
                key: "person",
                expected: "index",
            },
        ),
        (
            r#"[{"op":"set","person":1,"field":"shoeSize","value":3}]"#,
            OpError::UnknownField {
                at: 0,
                field: "shoeSize".into(),
            },
        ),
        (
            r#"[{"op":"remove","person":0},{"op":"remove","person":999}]"#,
            OpError::OutOfRange {
                at: 1,
                target: qhcb::roster::ops::Target::People,
                index: 999,
                len: 25,
            },
        ),
        (
            r#"[{"op":"setDataset","field":"people","value":[]}]"#,
            OpError::PeopleField { at: 0 },
        ),
    ];
    for (json, expected) in cases {
        let error = Op::parse_list(json)
            .and_then(|ops| roster.apply(ops))
            .unwrap_err();
        assert_eq!(error, expected, "{json}");
        assert!(!error.to_string().is_empty());
        assert_eq!(roster.to_json(), text, "{json} left a change");
    }
    // The row that is not an object: fields cannot be set, the row can be replaced.
    let error = roster
        .apply(ops(
            r#"[{"op":"set","person":4,"field":"sex","value":"F"}]"#,
        ))
        .unwrap_err();
    assert!(matches!(error, OpError::RowNotAnObject { index: 4, .. }));
    assert!(qhcb::messages::roster::op_error(Lang::Vi, &error).contains("dòng 4"));
}

#[test]
fn a_roster_refuses_what_is_no_dataset() {
    for text in [
        "",
        "[]",
        r#"{"format":"qhcb/1"}"#,
        r#"{"people":5}"#,
        r#"{"people":[],"people":[]}"#,
    ] {
        let ours = Roster::from_json(text).err().unwrap();
        let theirs = analyze_json(text, &Options::default()).unwrap_err();
        assert_eq!(ours, theirs, "{text}");
    }
}

/// An edit, by choices the test turns into an operation on the roster as it is.
#[derive(Clone, Debug)]
enum Edit {
    Set(usize, usize, usize),
    Insert(usize, usize),
    Remove(usize),
    Replace(usize, usize),
    Title(usize, usize),
    Dataset(usize),
}

const FIELDS: [(&str, &[&str]); 18] = [
    (
        "birth",
        &[
            r#""1970-05""#,
            r#""1980""#,
            r#""2031-01""#,
            "1975",
            r#""bad""#,
            "null",
            r#""1940""#,
        ],
    ),
    ("sex", &[r#""M""#, r#""F""#, r#""X""#, "null"]),
    (
        "id",
        &[r#""p1""#, r#""p2""#, r#""n1""#, "42", "null", r#""d""#],
    ),
    (
        "current",
        &[
            r#"["bch"]"#,
            r#"["bch","bch"]"#,
            r#"["zz"]"#,
            "[]",
            r#""bch""#,
            r#"["new"]"#,
        ],
    ),
    ("planned", &[r#"["btv","pbt"]"#, r#"["tp","tp"]"#, "null"]),
    ("name", &[r#""Lê Văn A""#, "5"]),
    ("unit", &[r#""u0""#, r#""u1""#, r#""u9""#, "null"]),
    ("retirementDate", &[r#""2030-01""#, r#""x""#, "null"]),
    ("education", &[r#""master""#, r#""bogus""#]),
    // Fields the person-level rules read (congress, appointment,
    // discipline, rotation, retirement).
    ("candidacy", &[r#""first""#, r#""reelection""#, "null"]),
    (
        "candidacyFor",
        &[r#""deputy-secretary""#, r#""government""#, "null"],
    ),
    (
        "appointment",
        &[
            r#"{"title":"pbt","dossierDate":"2026-01-10"}"#,
            r#"{"title":"bt","dossierDate":"2025-06-01","outside":true}"#,
            r#"{"title":"zz","dossierDate":"2025-06-01"}"#,
            "null",
        ],
    ),
    ("postSince", &[r#""2020-01-01""#, r#""2025-06-01""#, "null"]),
    (
        "discipline",
        &[
            r#"[{"level":"warning","date":"2025-01-01"}]"#,
            r#"[{"level":"reprimand","date":"2024-05-01","endDate":"2027-01-01"},{"level":"reprimand","date":"2023-05-01"}]"#,
            "null",
        ],
    ),
    (
        "rotationDate",
        &[r#""2026-03-01""#, r#""2019-01-01""#, "null"],
    ),
    ("retireAt60", &["true", "false"]),
    ("ethnicMinority", &["true", "false"]),
    ("local", &["false", "true"]),
];

const ROWS: [&str; 5] = [
    r#"{"id":"n2","sex":"F","birth":"1979-09","current":["bt"],"planned":["bch"]}"#,
    r#"{"id":"p3","sex":"M","birth":"1965"}"#,
    "5",
    "{}",
    r#"{"id":"n3","sex":"M","birth":"1990","current":["pp"],"unit":"u1"}"#,
];

const TITLE_EDITS: [&str; 7] = [
    r#"{"op":"setTitle","title":I,"field":"seats","value":3}"#,
    r#"{"op":"setTitle","title":I,"field":"seats","value":-1}"#,
    r#"{"op":"setTitle","title":I,"field":"unit","value":"u1"}"#,
    r#"{"op":"insertTitle","title":I,"value":{"id":"new","name":"Mới","group":"key","seats":1}}"#,
    r#"{"op":"insertTitle","title":I,"value":{"id":"bch","group":"key","seats":1}}"#,
    r#"{"op":"removeTitle","title":I}"#,
    r#"{"op":"replaceTitle","title":I,"value":{"id":"btv","group":"standing","seats":2}}"#,
];

const DATASET_EDITS: [&str; 10] = [
    r#"{"op":"setDataset","field":"asOf","value":"2027-06-30"}"#,
    r#"{"op":"setDataset","field":"asOf","value":"bad"}"#,
    r#"{"op":"setDataset","field":"profile","value":"qd50-2021"}"#,
    r#"{"op":"setDataset","field":"profile"}"#,
    r#"{"op":"setDataset","field":"units","value":[{"id":"u0","name":"Tỉnh","level":"province"},{"id":"u1","name":"Xã","level":"commune","parent":"u0"}]}"#,
    r#"{"op":"setDataset","field":"units"}"#,
    r#"{"op":"setDataset","field":"unit","value":{"name":"Xã A","level":"commune"}}"#,
    r#"{"op":"setDataset","field":"termStart"}"#,
    r#"{"op":"setDataset","field":"termStart","value":"2026-03"}"#,
    // The titles the rows are read against, replaced whole: every row is read again.
    r#"{"op":"setDataset","field":"titles","value":[{"id":"bch","name":"BCH","group":"committee","seats":5},{"id":"btv","name":"BTV","group":"standing","seats":2}]}"#,
];

fn edit_strategy() -> impl Strategy<Value = Edit> {
    prop_oneof![
        6 => (any::<usize>(), 0..FIELDS.len(), any::<usize>()).prop_map(|(r, f, v)| Edit::Set(r, f, v)),
        2 => (any::<usize>(), 0..ROWS.len()).prop_map(|(r, k)| Edit::Insert(r, k)),
        2 => any::<usize>().prop_map(Edit::Remove),
        1 => (any::<usize>(), 0..ROWS.len()).prop_map(|(r, k)| Edit::Replace(r, k)),
        1 => (any::<usize>(), 0..TITLE_EDITS.len()).prop_map(|(t, k)| Edit::Title(t, k)),
        1 => (0..DATASET_EDITS.len()).prop_map(Edit::Dataset),
    ]
}

fn operation(edit: &Edit, rows: usize, titles: usize) -> String {
    let row = |r: usize, extra: usize| r % (rows + extra).max(1);
    match edit {
        Edit::Set(r, f, v) => {
            let (field, values) = FIELDS[*f];
            format!(
                r#"{{"op":"set","person":{},"field":"{field}","value":{}}}"#,
                row(*r, 0),
                values[v % values.len()]
            )
        }
        Edit::Insert(r, k) => format!(
            r#"{{"op":"insert","person":{},"value":{}}}"#,
            row(*r, 1),
            ROWS[*k]
        ),
        Edit::Remove(r) => format!(r#"{{"op":"remove","person":{}}}"#, row(*r, 0)),
        Edit::Replace(r, k) => format!(
            r#"{{"op":"replace","person":{},"value":{}}}"#,
            row(*r, 0),
            ROWS[*k]
        ),
        Edit::Title(t, k) => {
            let extra = usize::from(TITLE_EDITS[*k].contains("insert"));
            TITLE_EDITS[*k].replace('I', &(t % (titles + extra).max(1)).to_string())
        }
        Edit::Dataset(k) => DATASET_EDITS[*k].to_owned(),
    }
}

/// The dataset's fields (sorted by key, `people` aside) and its rows.
fn parts(json: &str) -> (Vec<(String, String)>, String) {
    let mut entries: Vec<(String, String)> = object_entries(json)
        .unwrap()
        .into_iter()
        .map(|(k, v)| (k, v.get().to_owned()))
        .collect();
    entries.sort();
    let people = entries.iter().position(|(k, _)| k == "people").unwrap();
    let rows = entries.remove(people).1;
    (entries, rows)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn edits_report_as_analyze_and_undo(
        seed in 1..1000u64,
        batches in prop::collection::vec(prop::collection::vec(edit_strategy(), 1..4), 1..8),
        variant in 0..12u8,
    ) {
        let text = dataset_text(25, seed);
        let mut roster = Roster::from_json(&text).unwrap();
        let forms = [PeopleForm::Rows, PeopleForm::Columns, PeopleForm::None];
        // A report before the edits: the edits then change a held reading.
        same_as_analyze(&mut roster, &options(forms[usize::from(variant) % 3], variant));
        let mut undo: Vec<Vec<Op>> = Vec::new();
        for (b, batch) in batches.iter().enumerate() {
            let titles = object_entries(&roster.to_json())
                .unwrap()
                .into_iter()
                .find(|(k, _)| k == "titles")
                .and_then(|(_, v)| serde_json::from_str::<Vec<serde_json::Value>>(v.get()).ok())
                .map_or(0, |t| t.len());
            // The operations of a batch are made for the roster before it;
            // a batch with an operation out of range is refused whole.
            let json = format!(
                "[{}]",
                batch.iter().map(|e| operation(e, roster.len(), titles)).collect::<Vec<_>>().join(",")
            );
            let before = roster.to_json();
            match roster.apply(Op::parse_list(&json).unwrap()) {
                Ok(inverse) => {
                    if std::env::var_os("ROSTER_TRACE").is_some() {
                        eprintln!("applied {json}");
                    }
                    undo.push(inverse)
                }
                Err(e) => {
                    if std::env::var_os("ROSTER_TRACE").is_some() {
                        eprintln!("refused {json}: {e}");
                    }
                    prop_assert_eq!(parts(&roster.to_json()), parts(&before))
                }
            }
            let variant = variant.wrapping_add(b as u8);
            same_as_analyze(&mut roster, &options(forms[usize::from(variant) % 3], variant));
        }
        for inverse in undo.into_iter().rev() {
            roster.apply(inverse).unwrap();
        }
        prop_assert_eq!(parts(&roster.to_json()), parts(&text));
        same_as_analyze(&mut roster, &options(PeopleForm::Rows, variant));
    }
}

fn edit_held_strategy() -> impl Strategy<Value = Edit> {
    prop_oneof![
        12 => (any::<usize>(), 0..FIELDS.len(), any::<usize>()).prop_map(|(r, f, v)| Edit::Set(r, f, v)),
        2 => (any::<usize>(), 0..ROWS.len()).prop_map(|(r, k)| Edit::Insert(r, k)),
        2 => any::<usize>().prop_map(Edit::Remove),
        2 => (any::<usize>(), 0..ROWS.len()).prop_map(|(r, k)| Edit::Replace(r, k)),
        1 => (any::<usize>(), 0..TITLE_EDITS.len()).prop_map(|(t, k)| Edit::Title(t, k)),
        1 => (0..DATASET_EDITS.len()).prop_map(Edit::Dataset),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    /// The same options for every report (so the roster's memo of each
    /// person's facts and findings is used from edit to edit), once in a
    /// while another language or profile and back; every report equals
    /// `analyze` of the dataset given back.
    #[test]
    fn edits_under_the_same_options_report_as_analyze(
        seed in 1..1000u64,
        with_units in any::<bool>(),
        batches in prop::collection::vec(prop::collection::vec(edit_held_strategy(), 1..3), 1..14),
        variant in 0..12u8,
        detour in 0..14usize,
    ) {
        let text = dataset_text(25, seed);
        let mut roster = Roster::from_json(&text).unwrap();
        if with_units {
            roster.apply(ops(&format!("[{}]", DATASET_EDITS[4]))).unwrap();
        }
        let forms = [PeopleForm::Rows, PeopleForm::Columns, PeopleForm::None];
        let held = options(forms[usize::from(variant) % 3], variant);
        same_as_analyze(&mut roster, &held);
        for (b, batch) in batches.iter().enumerate() {
            let titles = object_entries(&roster.to_json())
                .unwrap()
                .into_iter()
                .find(|(k, _)| k == "titles")
                .and_then(|(_, v)| serde_json::from_str::<Vec<serde_json::Value>>(v.get()).ok())
                .map_or(0, |t| t.len());
            let json = format!(
                "[{}]",
                batch.iter().map(|e| operation(e, roster.len(), titles)).collect::<Vec<_>>().join(",")
            );
            let _ = roster.apply(Op::parse_list(&json).unwrap());
            if b == detour {
                let other = options(forms[usize::from(variant) % 3], variant.wrapping_add(1));
                same_as_analyze(&mut roster, &other);
            }
            same_as_analyze(&mut roster, &held);
        }
    }
}

/// Edits of the fields the person-level rules read, on a roster of people
/// who are candidates, appointees and disciplined: the findings about them
/// come and go as analyze makes them, in its order.
#[test]
fn person_findings_follow_each_edit() {
    let rows: Vec<String> = (0..40)
        .map(|i| {
            format!(
                r#"{{"id":"q{i}","sex":"{}","birth":"{}","current":["tp"],"planned":["pbt","bch"],"candidacy":"{}","postSince":"2024-0{}-01","appointment":{{"title":"pbt","dossierDate":"2026-01-10"}},"discipline":[{{"level":"warning","date":"2025-0{}-01"}}]}}"#,
                if i % 2 == 0 { "M" } else { "F" },
                1960 + i % 30,
                if i % 3 == 0 { "first" } else { "reelection" },
                1 + i % 9,
                1 + i % 9,
            )
        })
        .collect();
    let text = format!(
        r#"{{"format":"qhcb/1","asOf":"2026-01-15","unit":{{"name":"Tỉnh A","level":"province"}},"titles":{},"people":[{}]}}"#,
        qhcb::synthetic::titles(15),
        rows.join(",")
    );
    for profile in [
        None,
        Some("ct45-2025"),
        Some("ct35-2019"),
        Some("qd50-2021"),
    ] {
        let held = Options {
            people: PeopleForm::None,
            default_as_of: Date::new(2026, 2, 1),
            profile: profile.map(str::to_owned),
            ..Options::default()
        };
        findings_follow_edits(&text, &held);
    }
}

fn findings_follow_edits(text: &str, held: &Options) {
    let mut roster = Roster::from_json(text).unwrap();
    same_as_analyze(&mut roster, held);
    let before = roster.report(held).unwrap().findings.len();
    assert!(before > 10, "{before} findings");
    let edits = [
        r#"{"op":"set","person":3,"field":"birth","value":"1995"}"#,
        r#"{"op":"set","person":3,"field":"birth","value":"1961-01"}"#,
        r#"{"op":"set","person":7,"field":"candidacy","value":null}"#,
        r#"{"op":"set","person":8,"field":"candidacyFor","value":"government"}"#,
        r#"{"op":"set","person":9,"field":"discipline","value":null}"#,
        r#"{"op":"set","person":0,"field":"appointment","value":null}"#,
        r#"{"op":"insert","person":5,"value":{"id":"x","sex":"F","birth":"1966","current":["bt"],"candidacy":"first"}}"#,
        r#"{"op":"set","person":6,"field":"planned","value":["bt","bt"]}"#,
        r#"{"op":"remove","person":2}"#,
        r#"{"op":"set","person":10,"field":"id","value":"q1"}"#,
        r#"{"op":"set","person":10,"field":"id","value":"q11"}"#,
    ];
    for edit in edits {
        roster.apply(ops(&format!("[{edit}]"))).unwrap();
        same_as_analyze(&mut roster, held);
    }
}

/// Beyond the listed rows (50,000), rows left out are counted by field:
/// an edit that fixes a listed row moves the first unlisted one into the
/// list, and the roster counts as the reader does.
#[test]
fn rows_beyond_the_listed_ones_are_counted_as_the_reader_counts_them() {
    let bad = qhcb::input::MAX_LISTED_ROWS + 3;
    let mut rows: Vec<String> = (0..bad)
        .map(|i| {
            if i % 2 == 0 {
                format!(r#"{{"id":"b{i}","sex":"X","birth":"1970"}}"#)
            } else {
                format!(r#"{{"id":"b{i}","sex":"M","birth":"bad"}}"#)
            }
        })
        .collect();
    rows.push(r#"{"id":"ok","sex":"F","birth":"1980"}"#.to_owned());
    let text = format!(
        r#"{{"format":"qhcb/1","asOf":"2026-01-15","titles":[],"people":[{}]}}"#,
        rows.join(",")
    );
    let mut roster = Roster::from_json(&text).unwrap();
    let options = Options {
        people: PeopleForm::None,
        ..Options::default()
    };
    same_as_analyze(&mut roster, &options);
    let undo = roster
        .apply(ops(
            r#"[{"op":"set","person":2,"field":"sex","value":"F"},{"op":"set","person":50002,"field":"sex","value":"M"}]"#,
        ))
        .unwrap();
    same_as_analyze(&mut roster, &options);
    let report = roster.report(&options).unwrap();
    assert_eq!(report.counts.excluded, bad - 2);
    roster
        .apply(ops(r#"[{"op":"remove","person":0}]"#))
        .unwrap();
    same_as_analyze(&mut roster, &options);
    roster
        .apply(ops(
            r#"[{"op":"insert","person":0,"value":{"id":"b0","sex":"X","birth":"1970"}}]"#,
        ))
        .unwrap();
    roster.apply(undo).unwrap();
    assert_eq!(roster.to_json(), text);
    same_as_analyze(&mut roster, &options);
}
