//! CSV and TSV input through `Reader` (first byte picks the format and
//! whether the text field is renamed). Every document read is extracted.
#![no_main]

use libfuzzer_sys::fuzz_target;
use whosaid::input::{Event, Fields, Format, Reader};

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let (flags, body) = match data.split_first() {
        Some((f, b)) => (*f, b),
        None => (0, data),
    };
    let (fmt, ext) = if flags & 1 == 1 {
        (Format::Tsv, "tsv")
    } else {
        (Format::Csv, "csv")
    };
    let mut fields = Fields::default();
    if flags & 2 == 2 {
        fields.text = "body".into();
    }
    let path = common::scratch(ext);
    std::fs::write(&path, body).expect("scratch file");
    let mut n = 0usize;
    for ev in Reader::new(&[path.clone()], fmt, fields) {
        n += 1;
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
        // The reader must make progress: never more events than bytes + a few.
        assert!(n <= body.len() * 4 + 8, "reader does not end");
    }
});
