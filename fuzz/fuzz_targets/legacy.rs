//! Any text through TCVN3 and VNI detection and conversion.
#![no_main]
use libfuzzer_sys::fuzz_target;
use qhcb::legacy::{detect, to_unicode, Legacy};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let parts: Vec<&str> = text.split('\n').collect();
    let _ = detect(&parts);
    for encoding in [Legacy::Unicode, Legacy::Tcvn3, Legacy::Vni] {
        let converted = to_unicode(&text, encoding);
        // Conversion is idempotent on its own output for Unicode.
        if encoding == Legacy::Unicode {
            assert_eq!(to_unicode(&converted, Legacy::Unicode), converted);
        }
    }
});
