//! The UTF-8 check of one character, for the plain JSONL reader
//! (`plain_json`), which checks its strings' characters past ASCII with
//! [`char_len`] as it scans them, so that a line it accepts needs no
//! separate pass of `std::str::from_utf8` (a line it gives up on is
//! checked by `from_utf8` before the general parser reads it).

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

    /// Whether `s` is UTF-8, by [`char_len`] for each byte past ASCII.
    fn is_utf8(s: &[u8]) -> bool {
        let mut i = 0;
        while i < s.len() {
            if s[i] < 0x80 {
                i += 1;
            } else {
                match char_len(s, i) {
                    Some(n) => i += n,
                    None => return false,
                }
            }
        }
        true
    }

    fn same(s: &[u8]) {
        assert_eq!(is_utf8(s), std::str::from_utf8(s).is_ok(), "{s:?}");
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
            crate::next_random(&mut x);
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
