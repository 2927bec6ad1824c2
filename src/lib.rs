//! whosaid: extract who said, claimed, threatened, urged or feared what from
//! news text.
//!
//! The pipeline runs once per document: read ([`input`]), segment
//! ([`text`]), find quotation spans ([`quotes`]), find entities
//! ([`gazetteer`]), find cues ([`lexicon`]), link cues, content and speakers
//! ([`attribution`]), write rows ([`output`]). [`eval`] scores rows
//! against gold, as the reference scorer `score.py` does.

#![deny(missing_docs)]

pub mod attribution;
pub mod error;
pub mod eval;
pub mod gazetteer;
pub mod input;
pub mod irregular;
pub mod lexicon;
pub mod model;
pub mod output;
pub mod quotes;
pub mod ruleset;
pub mod text;

pub use attribution::{Extractor, Scratch};
pub use error::{Error, Result};
pub use model::{Attribution, Document, Kind, SpeakerType, COLUMNS};

/// One step of a xorshift generator, for the unit tests that compare a
/// fast path with a plain one on random input (no dependency, the same
/// sequence on every run).
#[cfg(test)]
pub(crate) fn next_random(seed: &mut u64) -> u64 {
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    *seed ^= *seed << 17;
    *seed
}

/// A random text of fewer than `most` pieces of `pieces`, for the same
/// unit tests.
#[cfg(test)]
pub(crate) fn random_text(seed: &mut u64, pieces: &[&str], most: u64) -> String {
    let n = next_random(seed) % most;
    (0..n)
        .map(|_| pieces[(next_random(seed) % pieces.len() as u64) as usize])
        .collect()
}

/// Every span `(a, b)` of `t` between two character boundaries, `a <= b`
/// (the empty ones too), for the unit tests that compare a fast test with
/// a plain one on every span of their texts.
#[cfg(test)]
pub(crate) fn char_spans(t: &str) -> Vec<(usize, usize)> {
    let bounds: Vec<usize> = (0..=t.len()).filter(|&i| t.is_char_boundary(i)).collect();
    let mut spans = Vec::new();
    for (k, &a) in bounds.iter().enumerate() {
        spans.extend(bounds[k..].iter().map(|&b| (a, b)));
    }
    spans
}

/// `pieces` and white space of every kind (ASCII spaces and controls, an
/// information separator, no-break, thin and next-line spaces), for the
/// random texts of the unit tests that compare a word split by masks with
/// the standard one.
#[cfg(test)]
pub(crate) fn with_white_space<'a>(pieces: &[&'a str]) -> Vec<&'a str> {
    const WHITE: &[&str] = &[
        " ", "  ", "\t", "\n", "\r", "\u{b}", "\u{c}", "\u{1c}", "\u{a0}", "\u{2009}", "\u{85}",
    ];
    WHITE.iter().chain(pieces).copied().collect()
}
