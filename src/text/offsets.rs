//! Byte offsets to code-point offsets, in one place.
//!
//! Every stage works in byte offsets into the UTF-8 text; output rows carry
//! Unicode code-point offsets (what Python's `str` indexing uses). A
//! [`CharIndex`] converts in O(1) per offset (counting within one
//! 64-byte block) after an O(n) build.

/// Converts byte offsets of one text to code-point offsets.
pub struct CharIndex {
    /// For ASCII-only text the mapping is the identity.
    ascii: bool,
    /// Code points before each block of [`BLOCK`] bytes (and one entry for
    /// the end of the text).
    blocks: Vec<usize>,
}

/// Bytes per block of [`CharIndex`].
const BLOCK: usize = 64;

/// Code points in `b`: the bytes that are not UTF-8 continuation bytes
/// (`10xxxxxx`), counted sixteen at a time with SSE2 (part of every x86-64
/// processor), then eight at a time.
#[inline]
fn chars_in(b: &[u8]) -> usize {
    const H: u64 = 0x8080_8080_8080_8080;
    let mut continuation = 0;
    #[cfg(target_arch = "x86_64")]
    let b16 = {
        use std::arch::x86_64::{
            _mm_cmplt_epi8, _mm_loadu_si128, _mm_movemask_epi8, _mm_set1_epi8,
        };
        let mut blocks = b.chunks_exact(16);
        for w in &mut blocks {
            // SAFETY: SSE2 is always available on x86-64; the load reads
            // the sixteen bytes of `w` (unaligned). Continuation bytes
            // 0x80..=0xBF are the signed bytes below -64 (0xC0).
            continuation += unsafe {
                let x = _mm_loadu_si128(w.as_ptr().cast());
                _mm_movemask_epi8(_mm_cmplt_epi8(x, _mm_set1_epi8(0xC0u8 as i8))).count_ones()
            } as usize;
        }
        blocks.remainder()
    };
    #[cfg(not(target_arch = "x86_64"))]
    let b16 = b;
    let mut words = b16.chunks_exact(8);
    for w in &mut words {
        let x = u64::from_le_bytes(w.try_into().expect("eight bytes"));
        // Bit 7 set and bit 6 clear, at each byte's bit 7.
        continuation += (x & !(x << 1) & H).count_ones() as usize;
    }
    let tail = words.remainder();
    continuation += tail.iter().filter(|&&c| c & 0xC0 == 0x80).count();
    b.len() - continuation
}

/// The continuation bytes (`10xxxxxx`) of one whole block of [`BLOCK`]
/// bytes as a 64-bit mask (bit `i` for byte `i`): the four sixteen-byte
/// compares of SSE2 gathered into one mask, so that a block's code points
/// (the build of a [`CharIndex`]) or those of any prefix of it (an offset)
/// take one population count (`chars_in` counts each sixteen bytes, then
/// eight, then single bytes).
#[inline]
fn continuation_mask(b: &[u8; BLOCK]) -> u64 {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::{
            _mm_cmplt_epi8, _mm_loadu_si128, _mm_movemask_epi8, _mm_set1_epi8,
        };
        // SAFETY: SSE2 is always available on x86-64; each load reads
        // sixteen bytes inside the 64 bytes of `b` (unaligned).
        // Continuation bytes 0x80..=0xBF are the signed bytes below -64.
        unsafe {
            let c = _mm_set1_epi8(0xC0u8 as i8);
            let m = |i: usize| {
                let x = _mm_loadu_si128(b.as_ptr().add(i).cast());
                u64::from(_mm_movemask_epi8(_mm_cmplt_epi8(x, c)) as u16)
            };
            m(0) | m(16) << 16 | m(32) << 32 | m(48) << 48
        }
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        b.iter()
            .enumerate()
            .fold(0, |m, (i, &c)| m | u64::from(c & 0xC0 == 0x80) << i)
    }
}

/// Code points in one whole block.
#[inline]
fn chars_in_block(b: &[u8; BLOCK]) -> usize {
    BLOCK - continuation_mask(b).count_ones() as usize
}

impl CharIndex {
    /// Builds the index for `text`.
    pub fn new(text: &str) -> CharIndex {
        CharIndex::with_buffer(text, Vec::new())
    }

    /// Builds the index for `text` in `blocks` (a vector reused from text
    /// to text, see [`CharIndex::into_buffer`]).
    pub fn with_buffer(text: &str, mut blocks: Vec<usize>) -> CharIndex {
        blocks.clear();
        if text.is_ascii() {
            return CharIndex {
                ascii: true,
                blocks,
            };
        }
        blocks.reserve(text.len() / BLOCK + 1);
        let mut n = 0;
        let mut whole = text.as_bytes().chunks_exact(BLOCK);
        for b in &mut whole {
            blocks.push(n);
            n += chars_in_block(b.try_into().expect("a whole block"));
        }
        if !whole.remainder().is_empty() {
            blocks.push(n);
            n += chars_in(whole.remainder());
        }
        blocks.push(n);
        CharIndex {
            ascii: false,
            blocks,
        }
    }

    /// The block vector, for reuse.
    pub fn into_buffer(self) -> Vec<usize> {
        self.blocks
    }

    /// The code-point offset of byte offset `byte` (which must be on a
    /// character boundary or at the end of `text`).
    pub fn char_offset(&self, text: &str, byte: usize) -> usize {
        if self.ascii {
            return byte;
        }
        let byte = byte.min(text.len());
        let k = byte / BLOCK;
        let start = k * BLOCK;
        let before = match text.as_bytes().get(start..start + BLOCK) {
            // A whole block: the code points of its first `byte - start`
            // bytes (fewer than 64) from its mask.
            Some(b) => {
                let n = byte - start;
                let mask = continuation_mask(b.try_into().expect("a whole block"));
                n - (mask & ((1u64 << n) - 1)).count_ones() as usize
            }
            // The last, partial block.
            None => chars_in(&text.as_bytes()[start..byte]),
        };
        self.blocks[k] + before
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

    #[test]
    fn block_count_agrees_with_chars() {
        let t = "aé€😀ü“x”—ñ\u{0}\u{7f}\u{80}\u{7ff}\u{800}\u{ffff}\u{10000}".repeat(9);
        for a in 0..t.len() - BLOCK {
            let b: &[u8; BLOCK] = t.as_bytes()[a..a + BLOCK].try_into().unwrap();
            assert_eq!(chars_in_block(b), chars_in(b));
            let by_hand = b.iter().filter(|&&c| c & 0xC0 != 0x80).count();
            assert_eq!(chars_in_block(b), by_hand);
        }
        assert_eq!(chars_in_block(&[b'x'; BLOCK]), BLOCK);
        let ix = CharIndex::new(&t);
        for (ci, (b, _)) in t.char_indices().enumerate() {
            assert_eq!(ix.char_offset(&t, b), ci);
        }
        assert_eq!(ix.char_offset(&t, t.len()), t.chars().count());
        // A text of whole blocks: its end is the start of no block.
        let whole = "é".repeat(BLOCK);
        let ix = CharIndex::new(&whole);
        assert_eq!(ix.char_offset(&whole, whole.len()), BLOCK);
        assert_eq!(ix.char_offset(&whole, 64), 32);
        assert_eq!(chars_in_block(&[0x80; BLOCK]), 0);
    }

    #[test]
    fn eight_byte_count_agrees_with_chars() {
        let t = "aé€😀ü“x”—ñ".repeat(7);
        for a in (0..t.len()).filter(|&i| t.is_char_boundary(i)) {
            for b in (a..=t.len()).filter(|&i| t.is_char_boundary(i)) {
                assert_eq!(chars_in(&t.as_bytes()[a..b]), t[a..b].chars().count());
            }
        }
    }
}
