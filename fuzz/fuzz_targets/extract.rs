//! The extractor on arbitrary bytes (lossy-decoded), with the row
//! invariants checked. The first byte picks a date and a title so those
//! paths are fuzzed too.
#![no_main]

use libfuzzer_sys::fuzz_target;
use whosaid::Document;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let (flags, body) = match data.split_first() {
        Some((f, b)) => (*f, b),
        None => (0, data),
    };
    let text = String::from_utf8_lossy(body).into_owned();
    let date = (flags & 1 == 1).then(|| "2016-09-12".to_string());
    let title = (flags & 2 == 2).then(|| text.lines().next().unwrap_or("").to_string());
    let doc = Document {
        id: "fuzz".into(),
        text,
        date,
        title,
    };
    let a = common::check_extract(&doc);
    if flags & 4 == 4 {
        // Deterministic: a second run gives the same rows.
        assert_eq!(a, common::extractor().extract(&doc));
    }
});
