//! The UTF-8 check of a JSONL line that the plain reader (`plain_json`,
//! which checks its strings' characters with [`char_len`] as it scans
//! them) gives up on: the line read as a `&str` when it is UTF-8, as
//! `std::str::from_utf8` reads it, but with the ASCII runs that make up
//! nearly all of a news text (about 99% of the bytes of PolNeAR) passed
//! over 64 bytes per step with SSE2, and each character past ASCII checked
//! on its own (the standard check costs about one instruction a byte on
//! such text).

/// `s` as a `&str` if it is UTF-8, else `None` (the answer of
/// `std::str::from_utf8(s).ok()`).
pub(super) fn as_str(s: &[u8]) -> Option<&str> {
    if is_utf8(s) {
        // SAFETY: `is_utf8` accepts exactly the byte strings that are
        // UTF-8: the bytes below 0x80 each stand for themselves, and every
        // other byte is the lead of a sequence that `char_len` has checked
        // in full against the table of well-formed sequences (Unicode,
        // table 3-7), which is all UTF-8 allows. The unit tests compare it
        // with `std::str::from_utf8` on every sequence of up to three bytes
        // and on random texts.
        Some(unsafe { std::str::from_utf8_unchecked(s) })
    } else {
        None
    }
}

/// Whether `s` is UTF-8: ASCII runs by [`ascii_len`], each other character
/// by [`char_len`].
fn is_utf8(s: &[u8]) -> bool {
    let mut i = 0;
    while i < s.len() {
        if s[i] < 0x80 {
            i += ascii_len(&s[i..]);
        } else {
            match char_len(s, i) {
                Some(n) => i += n,
                None => return false,
            }
        }
    }
    true
}

/// The length of the run of ASCII bytes (below 0x80) that opens `s`:
/// sixty-four bytes per step with SSE2 (a byte's top bit is its bit of a
/// block's `movemask`, and the four blocks are OR-ed into one test; the
/// first other byte of a step found in the four masks put together), then
/// sixteen bytes per step, the tail byte by byte.
fn ascii_len(s: &[u8]) -> usize {
    let mut i = 0;
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::{_mm_loadu_si128, _mm_movemask_epi8, _mm_or_si128};
        // SAFETY: SSE2 is always available on x86-64, and each load reads
        // sixteen bytes inside `s` (unaligned): at `i` up to `i + 48`
        // while `i + 64 <= s.len()`, at `i` while `i + 16 <= s.len()`.
        unsafe {
            let at = |k: usize| _mm_loadu_si128(s.as_ptr().add(k).cast());
            while i + 64 <= s.len() {
                let (a, b, c, d) = (at(i), at(i + 16), at(i + 32), at(i + 48));
                let x = _mm_or_si128(_mm_or_si128(a, b), _mm_or_si128(c, d));
                if _mm_movemask_epi8(x) != 0 {
                    let mask = |v| u64::from(_mm_movemask_epi8(v) as u16);
                    let m = mask(a) | mask(b) << 16 | mask(c) << 32 | mask(d) << 48;
                    return i + m.trailing_zeros() as usize;
                }
                i += 64;
            }
            while i + 16 <= s.len() {
                let m = _mm_movemask_epi8(at(i));
                if m != 0 {
                    return i + m.trailing_zeros() as usize;
                }
                i += 16;
            }
        }
    }
    i + s[i..].iter().take_while(|&&c| c < 0x80).count()
}

/// The length of the well-formed UTF-8 sequence of two to four bytes that
/// starts at `s[i]` (a byte of 0x80 or more), or `None` if there is none
/// there: the lead byte gives the length and the range of the second byte
/// (no overlong forms, no surrogates, nothing past U+10FFFF), the bytes
/// after it are continuation bytes (0x80 to 0xBF). (Inlined into the
/// scans, which meet a character past ASCII every 200 bytes or so.)
#[inline(always)]
pub(super) fn char_len(s: &[u8], i: usize) -> Option<usize> {
    let cont = |k: usize| s.get(i + k).is_some_and(|&c| (0x80..=0xBF).contains(&c));
    let second = |lo: u8, hi: u8| s.get(i + 1).is_some_and(|&c| (lo..=hi).contains(&c));
    let n = match s[i] {
        0xC2..=0xDF => 2,
        0xE0 => return (second(0xA0, 0xBF) && cont(2)).then_some(3),
        0xE1..=0xEC | 0xEE..=0xEF => 3,
        0xED => return (second(0x80, 0x9F) && cont(2)).then_some(3),
        0xF0 => return (second(0x90, 0xBF) && cont(2) && cont(3)).then_some(4),
        0xF1..=0xF3 => 4,
        0xF4 => return (second(0x80, 0x8F) && cont(2) && cont(3)).then_some(4),
        _ => return None,
    };
    (1..n).all(cont).then_some(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same(s: &[u8]) {
        assert_eq!(as_str(s), std::str::from_utf8(s).ok(), "{s:?}");
    }

    #[test]
    fn every_sequence_of_up_to_three_bytes() {
        same(b"");
        for a in 0..=255u8 {
            same(&[a]);
            for b in 0..=255u8 {
                same(&[a, b]);
                for c in 0..=255u8 {
                    let v = [a, b, c];
                    assert_eq!(is_utf8(&v), std::str::from_utf8(&v).is_ok(), "{v:?}");
                }
            }
        }
    }

    #[test]
    fn four_byte_sequences() {
        // Every lead and second byte, the third and fourth from the edges
        // of the continuation range and outside it.
        let ends = [0x00, 0x41, 0x7F, 0x80, 0x81, 0xBF, 0xC0, 0xF4, 0xFF];
        for a in 0..=255u8 {
            for b in 0..=255u8 {
                for c in ends {
                    for d in ends {
                        same(&[a, b, c, d]);
                    }
                }
            }
        }
    }

    #[test]
    fn texts_of_ascii_runs_and_other_characters() {
        // Pieces put together at random (a fixed generator), then one
        // byte changed at each position: runs longer and shorter than a
        // block, characters across the blocks' edges, cut sequences.
        let pieces: [&[u8]; 12] = [
            b"The mayor said",
            b" ",
            b"a plain run of more than sixteen ASCII bytes, ",
            "\u{201c}".as_bytes(),
            "\u{201d}".as_bytes(),
            "\u{e9}".as_bytes(),
            "\u{1f600}".as_bytes(),
            "\u{ffff}".as_bytes(),
            b"\x7f\n\t",
            b"\xe2\x80",
            b"\xed\xa0\x80",
            b"\xc0\xaf",
        ];
        let mut x = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..3000 {
            let mut v = Vec::new();
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let mut r = x;
            for _ in 0..(r % 9) {
                r /= 9;
                v.extend_from_slice(pieces[(r % 12) as usize]);
                r /= 12;
            }
            same(&v);
            for at in 0..v.len() {
                for c in [0x41, 0x80, 0xBF, 0xC3, 0xE2, 0xF0, 0xFF] {
                    let mut w = v.clone();
                    w[at] = c;
                    same(&w);
                }
            }
        }
    }
}
