//! Text handling: offsets, segmentation into paragraphs, sentences and
//! tokens.

pub mod markup;
pub mod offsets;
pub mod segment;

/// Whether `b` is an ASCII byte that `char::is_whitespace` holds for:
/// space and U+0009..U+000D (not `u8::is_ascii_whitespace`, which leaves
/// out U+000B). Letters and most marks are above the space, so they are
/// told apart by one comparison.
#[inline]
pub(crate) fn ascii_space(b: u8) -> bool {
    b <= b' ' && (b == b' ' || (b'\t'..=b'\r').contains(&b))
}

/// `low[b & 15] & high[b >> 4]` for each byte `b` of the 32 bytes `x`:
/// a byte looked up in two tables of sixteen by its two halves, a
/// `vpshufb` on each (the gazetteer scan's classes, and the bytes of
/// [`segment::Halves`]).
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
#[inline]
pub(crate) fn by_halves32(
    x: std::arch::x86_64::__m256i,
    low: &[u8; 16],
    high: &[u8; 16],
) -> std::arch::x86_64::__m256i {
    use std::arch::x86_64::{
        _mm256_and_si256, _mm256_broadcastsi128_si256, _mm256_set1_epi8, _mm256_shuffle_epi8,
        _mm256_srli_epi16, _mm_loadu_si128,
    };
    // SAFETY: each load reads the sixteen bytes of a table (unaligned).
    let (low, high) = unsafe {
        (
            _mm256_broadcastsi128_si256(_mm_loadu_si128(low.as_ptr().cast())),
            _mm256_broadcastsi128_si256(_mm_loadu_si128(high.as_ptr().cast())),
        )
    };
    let nibble = _mm256_set1_epi8(0x0F);
    // (Shifted as 16-bit lanes: the bits of the next byte shifted in are
    // masked off.)
    let lo = _mm256_and_si256(x, nibble);
    let hi = _mm256_and_si256(_mm256_srli_epi16::<4>(x), nibble);
    _mm256_and_si256(_mm256_shuffle_epi8(low, lo), _mm256_shuffle_epi8(high, hi))
}

/// The bytes of `x` in `lo..=hi`, as a byte mask (`0xFF` where in the
/// range): one addition and one signed compare, with SSE2 (part of every
/// x86-64 processor). `x - lo` is at most `hi - lo` (unsigned) exactly
/// when `x - lo + 0x80` is below `hi - lo + 1 + 0x80` as signed bytes, for
/// a range of at most 128 bytes. The sixteen-byte classes of the sentence
/// split ([`segment`]'s letters and digits), the lexicon's word scan
/// (letters) and the gazetteer scan (alias starts) are made of it.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub(crate) fn bytes_in_range(
    x: std::arch::x86_64::__m128i,
    lo: u8,
    hi: u8,
) -> std::arch::x86_64::__m128i {
    use std::arch::x86_64::{_mm_add_epi8, _mm_cmplt_epi8, _mm_set1_epi8};
    debug_assert!(lo <= hi && hi - lo < 128);
    // SAFETY: SSE2 only (always available on x86-64), on registers.
    unsafe {
        _mm_cmplt_epi8(
            _mm_add_epi8(x, _mm_set1_epi8(0x80u8.wrapping_sub(lo) as i8)),
            _mm_set1_epi8((hi - lo).wrapping_add(0x81) as i8),
        )
    }
}

/// The bytes of `block` that are one of `needles`, as a bit mask (bit `k`
/// for byte `k`): one SSE2 compare per needle on x86-64, byte by byte
/// elsewhere. Used by the sentence and quotation scans, resolution's
/// backward search for marks and the CSV writer's quoting test.
#[inline]
pub(crate) fn bytes_among16(block: &[u8; 16], needles: &[u8]) -> u16 {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::{
            _mm_cmpeq_epi8, _mm_loadu_si128, _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8,
            _mm_setzero_si128,
        };
        // SAFETY: SSE2 is always available on x86-64; the load reads the
        // sixteen bytes of `block` (unaligned).
        unsafe {
            let x = _mm_loadu_si128(block.as_ptr().cast());
            let mut hit = _mm_setzero_si128();
            for &c in needles {
                hit = _mm_or_si128(hit, _mm_cmpeq_epi8(x, _mm_set1_epi8(c as i8)));
            }
            _mm_movemask_epi8(hit) as u16
        }
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        let mut m = 0u16;
        for (k, b) in block.iter().enumerate() {
            if needles.contains(b) {
                m |= 1 << k;
            }
        }
        m
    }
}

/// `t.split_whitespace().next_back()`, the last word of `t`, read back
/// by bytes while they are ASCII (where [`ascii_space`] is the white-space
/// test); at the first byte past ASCII the standard split takes over, so
/// the result is the same for any text. Asked of speaker phrases for every
/// draft, which are short and mostly ASCII.
#[inline]
pub(crate) fn last_word(t: &str) -> Option<&str> {
    let b = t.as_bytes();
    let mut j = b.len();
    while j > 0 && ascii_space(b[j - 1]) {
        j -= 1;
    }
    if j == 0 {
        return None;
    }
    let mut i = j;
    while i > 0 && !ascii_space(b[i - 1]) {
        if b[i - 1] >= 0x80 {
            return t.split_whitespace().next_back();
        }
        i -= 1;
    }
    Some(&t[i..j])
}

/// `s.split(b as char)` for an ASCII byte `b`, the separator found by a
/// byte loop: for the short texts split in the rules (words, names,
/// gazetteer cells), where the memchr call per piece of `str::split`
/// costs more than the bytes it passes. The same pieces (empty ones
/// included), from either end.
pub(crate) fn split_byte(s: &str, b: u8) -> SplitByte<'_> {
    debug_assert!(b.is_ascii());
    SplitByte(Some(s), b)
}

/// The iterator of [`split_byte`]: the text not split yet, and the byte.
pub(crate) struct SplitByte<'a>(Option<&'a str>, u8);

impl<'a> Iterator for SplitByte<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let rest = self.0?;
        // (An ASCII byte is a character boundary on both sides.)
        match rest.bytes().position(|c| c == self.1) {
            Some(k) => {
                self.0 = Some(&rest[k + 1..]);
                Some(&rest[..k])
            }
            None => {
                self.0 = None;
                Some(rest)
            }
        }
    }
}

impl DoubleEndedIterator for SplitByte<'_> {
    fn next_back(&mut self) -> Option<Self::Item> {
        let rest = self.0?;
        match rest.bytes().rposition(|c| c == self.1) {
            Some(k) => {
                self.0 = Some(&rest[..k]);
                Some(&rest[k + 1..])
            }
            None => {
                self.0 = None;
                Some(rest)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every byte against every range the scans use and the widest one
    /// (128 bytes, from each end), in each of the sixteen lanes.
    #[cfg(target_arch = "x86_64")]
    #[test]
    fn bytes_in_range_is_the_range_test() {
        use std::arch::x86_64::{_mm_loadu_si128, _mm_movemask_epi8};
        let ranges = [
            (b'a', b'z'),
            (b'A', b'Z'),
            (b'0', b'9'),
            (0xC0, 0xFF),
            (b't', b't'),
            (0, 127),
            (128, 255),
            (0, 0),
            (255, 255),
        ];
        for (lo, hi) in ranges {
            for first in (0..=255u8).step_by(16) {
                let block: [u8; 16] = std::array::from_fn(|k| first + k as u8);
                // SAFETY: SSE2 is always available on x86-64; the load
                // reads the sixteen bytes of `block`.
                let got = unsafe {
                    _mm_movemask_epi8(bytes_in_range(
                        _mm_loadu_si128(block.as_ptr().cast()),
                        lo,
                        hi,
                    ))
                } as u16;
                let want = block.iter().enumerate().fold(0u16, |m, (k, &b)| {
                    m | u16::from((lo..=hi).contains(&b)) << k
                });
                assert_eq!(got, want, "{lo}..={hi} from {first}");
            }
        }
    }

    #[test]
    fn split_byte_splits_as_str_split() {
        for t in [
            "",
            " ",
            "  ",
            "Tom",
            "Sen. Tom Briggs",
            " lead",
            "trail ",
            "a  b",
            "Müller of  Kühn ",
            "U.S.",
            "a|b||c|",
            "three-quarters",
        ] {
            for b in [b' ', b'.', b'|', b'-'] {
                let c = b as char;
                let want: Vec<&str> = t.split(c).collect();
                assert_eq!(split_byte(t, b).collect::<Vec<_>>(), want, "{t:?}");
                let want: Vec<&str> = t.rsplit(c).collect();
                assert_eq!(split_byte(t, b).rev().collect::<Vec<_>>(), want, "{t:?}");
                // From both ends at once.
                let (mut x, mut y) = (t.split(c), split_byte(t, b));
                loop {
                    assert_eq!(x.next(), y.next(), "{t:?}");
                    let back = x.next_back();
                    assert_eq!(back, y.next_back(), "{t:?}");
                    if back.is_none() {
                        break;
                    }
                }
            }
        }
    }
}
