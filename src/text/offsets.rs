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
    /// The processor has POPCNT (the table was built by the copy for
    /// AVX2 and POPCNT): an offset counts its bits with it.
    popcnt: bool,
    /// One entry for each block of [`BLOCK`] bytes (and one for the end of
    /// the text).
    blocks: CharBlocks,
}

/// The block table of a [`CharIndex`], kept from text to text by
/// [`CharIndex::with_buffer`] and [`CharIndex::into_buffer`].
#[derive(Default)]
pub struct CharBlocks(Vec<Block>);

/// One block of [`BLOCK`] bytes: the code points before it and its
/// continuation bytes as a mask (bit `i` for byte `i`; a last, partial
/// block as if zero bytes followed), so that an offset is one population
/// count of the mask's bits below it (the mask was made again from the
/// text's bytes for every offset, about 40 instructions).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Block {
    before: usize,
    continuation: u64,
}

/// Bytes per block of [`CharIndex`].
const BLOCK: usize = 64;

/// The continuation bytes (`10xxxxxx`) of one whole block of [`BLOCK`]
/// bytes as a 64-bit mask (bit `i` for byte `i`): the four sixteen-byte
/// compares of SSE2 gathered into one mask, so that a block's code points
/// (the build of a [`CharIndex`]) or those of any prefix of it (an offset)
/// take one population count.
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

/// Fills the empty table `v` with the blocks of `text`, `mask` giving
/// the continuation bytes of a whole block; the last, partial block as if
/// zero bytes followed, then an entry for the end of the text. (Inlined
/// into the build of each instruction set.)
#[inline(always)]
fn fill(text: &[u8], v: &mut Vec<Block>, mask: impl Fn(&[u8; BLOCK]) -> u64) {
    let mut n = 0;
    let mut block = |m: u64| {
        let b = Block {
            before: n,
            continuation: m,
        };
        n += BLOCK - m.count_ones() as usize;
        b
    };
    // (The whole blocks written into the table's spare capacity: no
    // capacity check a block, and no iterator adapter left out of line in
    // the copy for AVX2.)
    let count = text.len() / BLOCK;
    let mut whole = text.chunks_exact(BLOCK);
    v.reserve(count + 2);
    let len = v.len();
    for (slot, b) in v.spare_capacity_mut()[..count].iter_mut().zip(&mut whole) {
        slot.write(block(mask(b.try_into().expect("a whole block"))));
    }
    // SAFETY: `whole` has exactly `count` chunks, so the loop wrote the
    // first `count` slots of the spare capacity (reserved above).
    unsafe { v.set_len(len + count) };
    let rest = whole.remainder();
    if !rest.is_empty() {
        let mut b = [0u8; BLOCK];
        b[..rest.len()].copy_from_slice(rest);
        v.push(block(mask(&b)));
    }
    // The end of the text, whose offset counts no byte of this entry.
    v.push(block(0));
}

/// [`fill`] compiled for AVX2 and POPCNT.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2,popcnt")]
fn fill_avx2(text: &[u8], v: &mut Vec<Block>) {
    fill(text, v, |b| continuation_mask_avx2(b));
}

/// `x.count_ones()` by the POPCNT instruction.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "popcnt")]
fn ones_popcnt(x: u64) -> usize {
    x.count_ones() as usize
}

/// [`continuation_mask`] by two 32-byte compares with AVX2.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
#[inline]
fn continuation_mask_avx2(b: &[u8; BLOCK]) -> u64 {
    use std::arch::x86_64::{
        _mm256_cmpgt_epi8, _mm256_loadu_si256, _mm256_movemask_epi8, _mm256_set1_epi8,
    };
    // Continuation bytes 0x80..=0xBF are the signed bytes below -64.
    let c = _mm256_set1_epi8(0xC0u8 as i8);
    // SAFETY: each load reads 32 bytes inside the 64 bytes of `b`
    // (unaligned).
    let (lo, hi) = unsafe {
        (
            _mm256_loadu_si256(b.as_ptr().cast()),
            _mm256_loadu_si256(b.as_ptr().add(32).cast()),
        )
    };
    let m = |x| u64::from(_mm256_movemask_epi8(_mm256_cmpgt_epi8(c, x)) as u32);
    m(lo) | m(hi) << 32
}

impl CharIndex {
    /// Builds the index for `text`.
    pub fn new(text: &str) -> CharIndex {
        CharIndex::with_buffer(text, CharBlocks::default())
    }

    /// Builds the index for `text` in `blocks` (a table reused from text
    /// to text, see [`CharIndex::into_buffer`]). Where the processor has
    /// AVX2 and POPCNT (known once, as the other stages do), the table is
    /// built by a copy of the build compiled for them: a block's mask from
    /// two 32-byte compares and its count by one instruction (the
    /// x86-64 baseline has no population count: some twenty instructions
    /// a block).
    pub fn with_buffer(text: &str, mut blocks: CharBlocks) -> CharIndex {
        let v = &mut blocks.0;
        v.clear();
        if text.is_ascii() {
            return CharIndex {
                ascii: true,
                popcnt: false,
                blocks,
            };
        }
        #[cfg(target_arch = "x86_64")]
        if std::arch::is_x86_feature_detected!("avx2")
            && std::arch::is_x86_feature_detected!("popcnt")
        {
            // SAFETY: the processor has AVX2 and POPCNT.
            unsafe { fill_avx2(text.as_bytes(), v) };
            return CharIndex {
                ascii: false,
                popcnt: true,
                blocks,
            };
        }
        fill(text.as_bytes(), v, continuation_mask);
        CharIndex {
            ascii: false,
            popcnt: false,
            blocks,
        }
    }

    /// Whether the text is all ASCII (every byte a character: the code
    /// points are the bytes).
    pub fn is_ascii(&self) -> bool {
        self.ascii
    }

    /// The block table, for reuse.
    pub fn into_buffer(self) -> CharBlocks {
        self.blocks
    }

    /// The code-point offset of byte offset `byte` (which must be on a
    /// character boundary or at the end of `text`). (Inlined: four calls a
    /// row, each a few instructions now.)
    #[inline]
    pub fn char_offset(&self, text: &str, byte: usize) -> usize {
        if self.ascii {
            return byte;
        }
        let byte = byte.min(text.len());
        // The code points of the block's first `n` bytes (fewer than 64)
        // from its mask.
        let (k, n) = (byte / BLOCK, byte % BLOCK);
        let b = self.blocks.0[k];
        b.before + n - self.ones(b.continuation & ((1u64 << n) - 1))
    }

    /// The bits set in `x`: by the POPCNT instruction where the processor
    /// has it (a call of a few instructions: the software count of the
    /// x86-64 baseline takes some twenty).
    #[inline(always)]
    fn ones(&self, x: u64) -> usize {
        #[cfg(target_arch = "x86_64")]
        if self.popcnt {
            // SAFETY: `popcnt` is set only where the processor has POPCNT
            // (`with_buffer`).
            return unsafe { ones_popcnt(x) };
        }
        x.count_ones() as usize
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
        let chars_in_block = |b: &[u8; BLOCK]| BLOCK - continuation_mask(b).count_ones() as usize;
        for a in 0..t.len() - BLOCK {
            let b: &[u8; BLOCK] = t.as_bytes()[a..a + BLOCK].try_into().unwrap();
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
    fn the_build_for_avx2_makes_the_plain_table() {
        // Texts of 0 to 400 bytes at four starts, with characters of one
        // to four bytes across the blocks' edges: the table of `fill` with
        // the SSE2 mask and that of `with_buffer` (the copy for AVX2 where
        // the processor has it), and every offset counted by each.
        let t = "aé€😀ü“x”—ñ Dа\u{80}\u{7ff}\u{800}\u{ffff}\u{10000}".repeat(10);
        for end in (0..=t.len().min(400)).filter(|&i| t.is_char_boundary(i)) {
            for start in [0, 1, 2, 3] {
                let Some(text) = t.get(start..end) else {
                    continue;
                };
                let mut plain = Vec::new();
                fill(text.as_bytes(), &mut plain, continuation_mask);
                let ix = CharIndex::new(text);
                if text.is_ascii() {
                    assert!(ix.ascii);
                    continue;
                }
                assert_eq!(ix.blocks.0, plain, "{text:?}");
                let by_software = CharIndex {
                    ascii: false,
                    popcnt: false,
                    blocks: CharBlocks(plain),
                };
                for b in (0..=text.len()).filter(|&b| text.is_char_boundary(b)) {
                    let want = text[..b].chars().count();
                    assert_eq!(ix.char_offset(text, b), want, "{text:?} {b}");
                    assert_eq!(by_software.char_offset(text, b), want, "{text:?} {b}");
                }
            }
        }
    }

    #[test]
    fn every_offset_of_texts_of_every_length() {
        // Texts of 0 to 300 bytes, so that the last block is whole or
        // partial at every length, with characters of one to four bytes
        // across the blocks' edges; one table reused throughout.
        let t = "aé€😀ü“x”—ñ Dа".repeat(10);
        let mut blocks = CharBlocks::default();
        for end in (0..=t.len().min(300)).filter(|&i| t.is_char_boundary(i)) {
            for start in [0, 1, 2, 3] {
                let Some(text) = t.get(start..end) else {
                    continue;
                };
                let ix = CharIndex::with_buffer(text, blocks);
                for (ci, (b, _)) in text.char_indices().enumerate() {
                    assert_eq!(ix.char_offset(text, b), ci, "{text:?} {b}");
                }
                let n = text.chars().count();
                assert_eq!(ix.char_offset(text, text.len()), n);
                blocks = ix.into_buffer();
            }
        }
    }
}
