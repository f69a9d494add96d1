//! Any bytes as a CSV file: read, inspected and imported with the proposed
//! mapping; every row is imported or rejected.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok((table, _)) = qhcb::import::table::read_csv(data) else {
        return;
    };
    import_all(&[table], data);
});

fn import_all(tables: &[qhcb::import::Table], data: &[u8]) {
    let Ok(inspection) = qhcb::import::inspect(data) else {
        return;
    };
    for (i, sheet) in inspection.sheets.iter().enumerate() {
        let columns: Vec<serde_json::Value> = sheet
            .columns
            .iter()
            .map(|c| serde_json::json!({ "index": c.index, "field": c.field, "encoding": c.encoding }))
            .collect();
        let options = serde_json::json!({ "sheet": i, "headerRow": sheet.header_row, "columns": columns, "createTitles": true });
        let options: qhcb::import::ImportOptions =
            serde_json::from_value(options).expect("valid options");
        if let Ok(result) = qhcb::import::import(tables, &options, qhcb::messages::catalogue(qhcb::messages::Lang::Vi)) {
            let s = result.summary;
            assert_eq!(s.imported + s.rejected + s.blank_rows.len(), s.rows_read);
        }
    }
}
