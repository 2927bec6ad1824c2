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
pub mod lexicon;
pub mod model;
pub mod output;
pub mod quotes;
pub mod ruleset;
pub mod text;

pub use attribution::{Extractor, Scratch};
pub use error::{Error, Result};
pub use model::{Attribution, Document, Kind, SpeakerType, COLUMNS};
