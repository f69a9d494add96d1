//! The roster (issue 18) under another review date or profile: it reads
//! again only the rows the review date can change (rows with problems,
//! births at the age bounds) and keeps each person's facts across a profile
//! or language switch. Every report equals `analyze` of the dataset given
//! back, here with people on both sides of the age bounds, so that rows
//! come and go as the review date moves.
#![cfg(not(target_arch = "wasm32"))]

use qhcb::date::Date;
use qhcb::lang::Lang;
use qhcb::report::{analyze_json, Options, PeopleForm};
use qhcb::roster::ops::Op;
use qhcb::roster::Roster;

/// People born around the bounds of age 18 and 75 on dates from 2025 to
/// 2028, planned, candidates, appointees, decided retirements, a duplicate
/// id, a title held past retirement and a bad row.
fn dataset() -> String {
    let mut rows = Vec::new();
    for (i, birth) in [
        "1950-01", "1950-06", "1951-03", "1952-12", "1953", "2007-01", "2007-12", "2008-06",
        "2009", "2010-02", "1975-04", "1980", "1966-02", "1962-11",
    ]
    .iter()
    .enumerate()
    {
        let sex = if i % 3 == 0 { "F" } else { "M" };
        let extra = match i % 5 {
            0 => r#","planned":["bt","pbt"],"current":["uv"]"#.to_owned(),
            1 => r#","candidacy":"first","current":["uv"]"#.to_owned(),
            2 => r#","appointment":{"title":"pbt","dossierDate":"2026-01-01"},"planned":["pbt"]"#
                .to_owned(),
            3 => r#","retirementDate":"2027-05","current":["pbt"]"#.to_owned(),
            _ => String::new(),
        };
        rows.push(format!(
            r#"{{"id":"p{i}","name":"Người {i}","sex":"{sex}","birth":"{birth}"{extra}}}"#
        ));
    }
    rows.push(r#"{"id":"p3","sex":"M","birth":"1970"}"#.to_owned());
    rows.push(r#"{"id":"bad","sex":"X","birth":"1940"}"#.to_owned());
    format!(
        r#"{{"format":"qhcb/1","asOf":"2026-01-15","termStart":"2026-03","unit":{{"name":"Tỉnh A","level":"province"}},"titles":[{{"id":"bt","name":"Bí thư","group":"key","seats":1,"rank":1}},{{"id":"pbt","name":"Phó Bí thư","group":"key","seats":2,"rank":2}},{{"id":"uv","name":"Ủy viên","group":"committee","seats":30}}],"people":[{}]}}"#,
        rows.join(",")
    )
}

fn options(as_of: Option<(i32, u8, u8)>, profile: Option<&str>, lang: Lang) -> Options {
    Options {
        people: PeopleForm::Rows,
        as_of: as_of.and_then(|(y, m, d)| Date::new(y, m, d)),
        profile: profile.map(str::to_owned),
        lang,
        ..Options::default()
    }
}

fn same_as_analyze(roster: &mut Roster, options: &Options) {
    let ours = format!("{:?}", roster.report(options));
    let theirs = format!("{:?}", analyze_json(&roster.to_json(), options));
    assert_eq!(ours, theirs, "with {options:?}");
}

#[test]
fn review_dates_move_rows_in_and_out_as_analyze_does() {
    let mut roster = Roster::from_json(&dataset()).unwrap();
    let dates = [
        None,
        Some((2027, 6, 30)),
        Some((2025, 2, 1)),
        Some((2028, 12, 31)),
        Some((2026, 1, 16)),
        None,
    ];
    let mut analysed = Vec::new();
    for (k, date) in dates.into_iter().enumerate() {
        same_as_analyze(&mut roster, &options(date, None, Lang::Vi));
        let report = roster.report(&options(date, None, Lang::Vi)).unwrap();
        analysed.push(report.counts.analysed);
        // A profile and a language switch on the same review date.
        same_as_analyze(&mut roster, &options(date, Some("ct35-2019"), Lang::En));
        same_as_analyze(&mut roster, &options(date, Some("qd50-2021"), Lang::Vi));
        // An edit between reports, at a bound.
        let birth = if k % 2 == 0 { "2008-01" } else { "1951-01" };
        let op = format!(r#"[{{"op":"set","person":{k},"field":"birth","value":"{birth}"}}]"#);
        roster.apply(Op::parse_list(&op).unwrap()).unwrap();
        same_as_analyze(&mut roster, &options(date, Some("qd50-2021"), Lang::Vi));
    }
    // The review dates moved people in and out of the analysis.
    analysed.sort_unstable();
    analysed.dedup();
    assert!(analysed.len() >= 3, "{analysed:?}");
}

#[test]
fn a_roster_read_without_a_review_date_reads_its_rows_at_the_report() {
    // Without `asOf`, the rows cannot be read when the roster is made; the
    // report's default review date reads them.
    let text = dataset().replace(r#""asOf":"2026-01-15","#, "");
    let mut roster = Roster::from_json(&text).unwrap();
    let options = Options {
        default_as_of: Date::new(2026, 1, 15),
        ..options(None, None, Lang::Vi)
    };
    same_as_analyze(&mut roster, &options);
    let other = Options {
        default_as_of: Date::new(2027, 9, 1),
        ..options.clone()
    };
    same_as_analyze(&mut roster, &other);
}
