//! Any text as a date, and any number as an Excel serial.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(date) = qhcb::date::PartialDate::parse(&text) {
        // What parses prints back and parses to the same date.
        assert_eq!(qhcb::date::PartialDate::parse(&date.to_string()), Ok(date));
    }
    if let Some(iso) = qhcb::cells::parse_date(&text) {
        assert!(qhcb::date::PartialDate::parse(&iso).is_ok());
    }
    if data.len() >= 8 {
        let serial = f64::from_le_bytes(data[..8].try_into().expect("eight bytes"));
        let _ = qhcb::import::excel_serial_date(serial, data[0] & 1 == 1);
    }
});
