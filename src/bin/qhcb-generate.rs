//! Writes a deterministic synthetic roster of any size, as a dataset JSON
//! and (when a second path is given) as an XLSX workbook, for benchmarks:
//!
//!     cargo run --release --bin qhcb-generate -- 100000 data.json data.xlsx [seed]

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let Some(people) = args.get(1).and_then(|n| n.parse::<usize>().ok()) else {
        eprintln!("usage: qhcb-generate PEOPLE OUT.json [OUT.xlsx] [SEED]");
        return ExitCode::from(2);
    };
    let json_path = args.get(2).map_or("data.json", String::as_str);
    let seed = args.get(4).and_then(|s| s.parse().ok()).unwrap_or(2026);
    let dataset = qhcb::synthetic::dataset(people, seed);
    let text = serde_json::to_string(&dataset).expect("a JSON value serialises");
    if let Err(e) = std::fs::write(json_path, &text) {
        eprintln!("cannot write {json_path}: {e}");
        return ExitCode::FAILURE;
    }
    if let Some(xlsx_path) = args.get(3) {
        let report = match qhcb::analyze_json(&text, &Default::default()) {
            Ok(report) => report,
            Err(e) => {
                eprintln!("the synthetic dataset does not analyse: {e}");
                return ExitCode::FAILURE;
            }
        };
        let bytes = match qhcb::export::workbook(&dataset, &report, qhcb::messages::Lang::Vi) {
            Ok(bytes) => bytes,
            Err(e) => {
                eprintln!("cannot make the workbook: {e}");
                return ExitCode::FAILURE;
            }
        };
        if let Err(e) = std::fs::write(xlsx_path, bytes) {
            eprintln!("cannot write {xlsx_path}: {e}");
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
