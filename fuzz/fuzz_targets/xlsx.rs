//! Any bytes as a spreadsheet (XLSX, XLS, ODS): read and inspected, or refused.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok((tables, _)) = qhcb::import::table::read_workbook(data) {
        for table in &tables {
            let _ = table
                .rows
                .iter()
                .flatten()
                .map(qhcb::import::Cell::text)
                .count();
        }
        let _ = qhcb::import::inspect(data);
    }
});
