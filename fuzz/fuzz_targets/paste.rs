//! Any text as a block pasted into the grid: split into rows and cells and
//! each cell read into its column's field, as parsePaste does. No panic, and
//! a block without quotes keeps every character of its rows.
#![no_main]
use libfuzzer_sys::fuzz_target;
use qhcb::cells::{parse_cell_indexed, split_block, TitleIndex, TitleName};

const FIELDS: &[&str] = &[
    "id",
    "name",
    "sex",
    "birth",
    "ethnicMinority",
    "local",
    "education",
    "politicalTheory",
    "current",
    "planned",
    "retireAt60",
    "candidacy",
];

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let titles = TitleIndex::new(&[
        TitleName {
            id: "bt".into(),
            name: Some("Bí thư".into()),
        },
        TitleName {
            id: "pct".into(),
            name: Some("Phó Chủ tịch".into()),
        },
    ]);
    let rows = split_block(text);
    for row in &rows {
        for (cell, field) in row.iter().zip(FIELDS.iter().cycle()) {
            let _ = parse_cell_indexed(field, cell, &titles);
        }
    }
    // Without quotes or carriage returns, the rows joined back are the
    // text itself, less blank lines at its end.
    if !text.contains(['"', '\r']) {
        let joined = rows
            .iter()
            .map(|r| r.join("\t"))
            .collect::<Vec<_>>()
            .join("\n");
        assert!(text.starts_with(&joined), "{joined:?} of {text:?}");
    }
});
