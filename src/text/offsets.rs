//! Byte offsets to code-point offsets, in one place.
//!
//! Every stage works in byte offsets into the UTF-8 text; output rows carry
//! Unicode code-point offsets (what Python's `str` indexing uses). A
//! [`CharIndex`] converts in O(log n) per offset after an O(n) build.

/// Converts byte offsets of one text to code-point offsets.
pub struct CharIndex {
    /// For ASCII-only text the mapping is the identity.
    ascii: bool,
    /// Byte offset of every 64th code point.
    checkpoints: Vec<usize>,
}

impl CharIndex {
    /// Builds the index for `text`.
    pub fn new(text: &str) -> CharIndex {
        if text.is_ascii() {
            return CharIndex {
                ascii: true,
                checkpoints: Vec::new(),
            };
        }
        let checkpoints = text.char_indices().step_by(64).map(|(b, _)| b).collect();
        CharIndex {
            ascii: false,
            checkpoints,
        }
    }

    /// The code-point offset of byte offset `byte` (which must be on a
    /// character boundary or at the end of `text`).
    pub fn char_offset(&self, text: &str, byte: usize) -> usize {
        if self.ascii {
            return byte;
        }
        let i = match self.checkpoints.binary_search(&byte) {
            Ok(i) => return i * 64,
            Err(0) => 0,
            Err(i) => i - 1,
        };
        let start = self.checkpoints[i];
        let end = byte.min(text.len());
        i * 64 + text[start..end].chars().count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_is_identity() {
        let t = "hello world";
        let ix = CharIndex::new(t);
        assert_eq!(ix.char_offset(t, 6), 6);
    }

    #[test]
    fn non_ascii_counts_code_points() {
        let t = "«Да», сказал он. “Yes” — he said.".repeat(20);
        let ix = CharIndex::new(&t);
        for (ci, (b, _)) in t.char_indices().enumerate() {
            assert_eq!(ix.char_offset(&t, b), ci);
        }
        assert_eq!(ix.char_offset(&t, t.len()), t.chars().count());
    }
}
