//! Text handling: offsets, segmentation into paragraphs, sentences and
//! tokens.

pub mod offsets;
pub mod segment;
