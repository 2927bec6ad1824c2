//! Integration tests: one binary (`autotests = false`), one module per
//! area.

// `whosaid eval` on hand-made gold, predictions and documents.
mod eval;
