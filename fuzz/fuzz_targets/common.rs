//! Shared by the fuzz targets: one extractor per process, a scratch file,
//! and the output invariants every row must hold. Not every target uses
//! every item.
#![allow(dead_code)]

use std::path::PathBuf;
use std::sync::OnceLock;

use whosaid::{Attribution, Document, Extractor};

pub fn extractor() -> &'static Extractor {
    static EX: OnceLock<Extractor> = OnceLock::new();
    EX.get_or_init(|| Extractor::with_default_data().expect("embedded data loads"))
}

/// A scratch file for this process (fuzzing forks/jobs run in separate
/// processes, so the pid keeps them apart).
pub fn scratch(ext: &str) -> PathBuf {
    let dir = std::env::var_os("WHOSAID_FUZZ_TMP")
        .map(PathBuf::from)
        .unwrap_or_else(std::env::temp_dir);
    dir.join(format!("whosaid-fuzz-{}.{ext}", std::process::id()))
}

/// Extracts `doc` and checks every row against the document text.
pub fn check_extract(doc: &Document) -> Vec<Attribution> {
    let rows = extractor().extract(doc);
    let chars: Vec<char> = doc.text.chars().collect();
    for a in &rows {
        assert_eq!(a.doc_id, doc.id);
        assert!(
            a.content_start <= a.content_end && a.content_end <= chars.len(),
            "content offsets out of range: {a:?}"
        );
        let c: String = chars[a.content_start..a.content_end].iter().collect();
        assert_eq!(
            c, a.content,
            "content column is not the text at its offsets"
        );
        match (a.speaker_start, a.speaker_end, &a.speaker) {
            (Some(s), Some(e), Some(sp)) => {
                assert!(
                    s <= e && e <= chars.len(),
                    "speaker offsets out of range: {a:?}"
                );
                let t: String = chars[s..e].iter().collect();
                assert_eq!(&t, sp, "speaker column is not the text at its offsets");
            }
            (None, None, None) => {}
            _ => panic!("speaker and its offsets disagree: {a:?}"),
        }
    }
    rows
}
