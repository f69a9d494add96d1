//! Native phase timings of `analyze` on synthetic rosters (not a test): where
//! the time goes — reading the JSON, the analysis, serialising the report.
//!
//!     cargo bench --bench native -- 100000 1000000

use std::time::Instant;

use qhcb::input::{read, ReadOptions};
use qhcb::report::{Options, PeopleForm};

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs[xs.len() / 2]
}

fn main() {
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
