//! Native phase timings of `analyze` on synthetic rosters (not a test): where
//! the time goes — reading the JSON, the analysis, serialising the report.
//!
//!     cargo bench --bench native -- 100000 1000000
//!     cargo bench --bench native -- --xlsx roster.xlsx   (file import, end to end)

use std::time::Instant;

use qhcb::input::{read, ReadOptions};
use qhcb::report::{Options, PeopleForm};

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs[xs.len() / 2]
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(at) = args.iter().position(|a| a == "--xlsx") {
        return import(&args[at + 1]);
    }
    let sizes: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let sizes = if sizes.is_empty() {
        vec![100_000]
    } else {
        sizes
    };
    println!("| people | people as | read ms | analyse ms | serialise ms | report MB |");
    println!("|---:|---|---:|---:|---:|---:|");
    for n in sizes {
        let text = serde_json::to_string(&qhcb::synthetic::dataset(n, 2026)).unwrap();
        for form in [PeopleForm::Rows, PeopleForm::Columns] {
            measure(&text, n, form);
        }
    }
}

fn measure(text: &str, n: usize, form: PeopleForm) {
    let options = Options {
        people: form,
        ..Options::default()
    };
    {
        let (mut reads, mut analyses, mut writes) = (vec![], vec![], vec![]);
        let mut bytes = 0;
        for _ in 0..5 {
            let start = Instant::now();
            let reading = read(text, &ReadOptions::default()).unwrap();
            let read_done = Instant::now();
            let report = qhcb::report::analyze(reading, &options).unwrap();
            let analysed = Instant::now();
            let mut report = report;
            let columns = report.people_columns.take();
            let json = serde_json::to_string(&report).unwrap();
            drop(columns);
            let written = Instant::now();
            bytes = json.len();
            reads.push((read_done - start).as_secs_f64() * 1e3);
            analyses.push((analysed - read_done).as_secs_f64() * 1e3);
            writes.push((written - analysed).as_secs_f64() * 1e3);
        }
        println!(
            "| {n} | {form:?} | {:.1} | {:.1} | {:.1} | {:.1} |",
            median(reads),
            median(analyses),
            median(writes),
            bytes as f64 / 1e6
        );
    }
}

/// A spreadsheet from bytes to the analysed report, as the page does it:
/// inspect (guess the header row and the columns), import with that mapping,
/// then analyse the people with the generator's titles.
fn import(path: &str) {
    use qhcb::import::{import, inspect, read_file, ImportOptions};
    let bytes = std::fs::read(path).expect("a readable file");
    let mut times = [vec![], vec![], vec![], vec![]];
    for _ in 0..3 {
        let start = Instant::now();
        let inspection = inspect(&bytes).unwrap();
        let inspected = Instant::now();
        let guess = &inspection.sheets[0];
        let columns: Vec<serde_json::Value> = guess
            .columns
            .iter()
            .map(|c| serde_json::json!({ "index": c.index, "field": c.field, "encoding": c.encoding }))
            .collect();
        let titles = qhcb::synthetic::titles(33);
        let options: ImportOptions = serde_json::from_value(serde_json::json!({
            "headerRow": guess.header_row, "columns": columns, "titles": titles
        }))
        .unwrap();
        let (tables, _) = read_file(&bytes).unwrap();
        let read = Instant::now();
        let imported = import(&tables, &options, qhcb::messages::Lang::Vi).unwrap();
        let converted = Instant::now();
        let dataset = serde_json::json!({
            "format": "qhcb/1", "asOf": "2026-01-15", "titles": titles, "people": imported.people
        });
        let report = qhcb::analyze_json(
            &dataset.to_string(),
            &Options {
                people: PeopleForm::Columns,
                ..Options::default()
            },
        )
        .unwrap();
        let analysed = Instant::now();
        assert_eq!(report.counts.analysed, imported.people.len());
        for (slot, (a, b)) in times.iter_mut().zip([
            (start, inspected),
            (inspected, read),
            (read, converted),
            (converted, analysed),
        ]) {
            slot.push((b - a).as_secs_f64() * 1e3);
        }
    }
    let [inspect_ms, read_ms, convert_ms, analyse_ms] = times.map(median);
    println!(
        "{path}: inspect {inspect_ms:.0} ms, read sheet {read_ms:.0} ms, convert {convert_ms:.0} ms, analyse {analyse_ms:.0} ms"
    );
}
