//! Any text as the JSON of a quick worksheet: the engine answers with figures
//! and errors, never a panic; a field with an error leaves no figure.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    // Raw text as a count of every field, and the input as JSON.
    for kind in ["body", "keyTitles", "composition", "staffing", "growth", "rotation"] {
        let input = serde_json::json!({
            "kind": kind, "seats": text, "plannedPairs": text, "titles": text, "total": text,
            "assigned": text, "unitsCovered": text, "unitsTotal": "1.280", "down": text,
            "perTitle": [{ "name": text, "planned": text, "seats": text }],
            "groups": [{ "name": text, "mustAddUp": true, "parts": [{ "label": text, "count": text }] }],
        });
        check(input);
    }
    if let Ok(input) = serde_json::from_str::<serde_json::Value>(text) {
        check(input);
    }
});

fn check(input: serde_json::Value) {
    let Ok(sheet) = serde_json::from_value::<qhcb::worksheets::Sheet>(input) else {
        return;
    };
    for lang in [qhcb::messages::Lang::Vi, qhcb::messages::Lang::En] {
        let result = qhcb::worksheets::run(&sheet, lang);
        let invalid = result
            .errors
            .iter()
            .any(|e| !e.message.contains("cần nhập số") && !e.message.contains("a number is needed"));
        assert!(!invalid || result.figures.is_empty(), "{result:?}");
    }
}
