//! Any text as a dataset: analysis gives a report or an error, never a panic,
//! and the rows add up.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(report) = qhcb::analyze_json(text, &Default::default()) {
            assert_eq!(
                report.counts.analysed + report.counts.excluded,
                report.counts.rows
            );
        }
    }
});
