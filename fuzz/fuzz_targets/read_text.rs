//! Plain-text input through `Reader` (Format::Text and Format::Auto on a
//! .txt file): exactly one document, repaired, then extracted.
#![no_main]

use libfuzzer_sys::fuzz_target;
use whosaid::input::{Event, Fields, Format, Reader};

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let path = common::scratch("txt");
    std::fs::write(&path, data).expect("scratch file");
    let fmt = if data.first().is_some_and(|b| b & 1 == 1) {
        Format::Auto
    } else {
        Format::Text
    };
    let mut docs = 0;
    for ev in Reader::new(&[path.clone()], fmt, Fields::default()) {
        match ev {
            Event::Doc(d) => {
                docs += 1;
                assert_eq!(d.text, String::from_utf8_lossy(data));
                common::check_extract(&d);
            }
            Event::Warning(w) => {
                assert!(
                    std::str::from_utf8(data).is_err(),
                    "warning on valid UTF-8: {w}"
                );
                assert!(w.starts_with(&path.display().to_string()));
            }
            Event::Skip(e) => panic!("a readable text file was skipped: {e}"),
        }
    }
    assert_eq!(docs, 1);
});
