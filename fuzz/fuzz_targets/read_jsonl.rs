//! JSONL input: `parse_json_doc` on each lossy-decoded line, and the
//! `Reader` over the same bytes in a file. Every document read is
//! extracted.
#![no_main]

use libfuzzer_sys::fuzz_target;
use whosaid::input::{parse_json_doc, Event, Fields, Format, Reader};

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let fields = Fields::default();
    let text = String::from_utf8_lossy(data);
    for (i, line) in text.lines().enumerate() {
        if let Event::Doc(d) = parse_json_doc("fuzz.jsonl", i + 1, line, &fields) {
            common::check_extract(&d);
        }
    }
    let path = common::scratch("jsonl");
    std::fs::write(&path, data).expect("scratch file");
    for ev in Reader::new(&[path.clone()], Format::Jsonl, Fields::default()) {
        match ev {
            Event::Doc(d) => {
                common::check_extract(&d);
            }
            Event::Skip(e) => assert!(
                e.to_string().starts_with(&path.display().to_string()),
                "skip without file name: {e}"
            ),
            Event::Warning(w) => assert!(
                w.starts_with(&path.display().to_string()),
                "warning without file name: {w}"
            ),
        }
    }
});
