//! `format` must never panic, whatever the input, and formatting its output changes nothing.
#![no_main]

use compiler_core::format::format;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(once) = format("main.go", &text) {
        match format("main.go", &once) {
            Ok(twice) => assert_eq!(once, twice, "format is not idempotent"),
            Err(d) => panic!("formatted output rejected: {}", d[0]),
        }
    }
});
