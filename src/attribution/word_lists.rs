//! Word lists and byte-level word scans shared by the stages: the user word
//! lists ([`WordList`], [`ShortWords`]) with their length and end masks, and
//! the scans for the word before or after a position, clitics and
//! two-word names, done on bytes in blocks of 16 where it pays.

use super::*;

/// A list of words tested in any ASCII case: bit masks of the words'
/// lengths and end letters first, then a compare with the words that pass
/// them. The one test of a word against a constant list: the draft
/// filters here use it, and so does `Sent::is_in` for a plain list (the
/// token tests of the rules and the speaker search, through `sent::Words`).
///
/// Two forms, for two kinds of list:
/// - [`WordList::plain_has`], for a list of a few words given where it is
///   tested (the `&[...]` of `Sent::is_in`, some 700 sites): the list's
///   [`Masks`] come from a loop that is always inlined, which the compiler
///   unrolls and folds to immediates where the list is a constant; a word
///   that passes their three bit tests is compared with the words in turn
///   (one loop, out of line, shared by all the sites). Masks by length, or
///   the words of each length as bits, do not fold at those sites and cost
///   more in the hot callers than the shared loop (the twenty-sixth round,
///   sent40); a `WordList` value made at each site (its index unused)
///   cost `rules::apply_cue` 0.3 M more instructions a pass than the
///   masks alone.
/// - [`WordList::new`], a longer list (at most 64 words of 1 to 16
///   lowercase letters) built as a constant: for each length, the masks
///   of the first and the last bytes of the words of that length and the
///   indexes of those words ([`LengthIndex`]), so a word of another
///   length, first or last letter (nearly every speaker and word the
///   filters ask about) is rejected by two bit tests, and one that passes
///   is compared only with the words of its length, as two numbers each
///   ([`folded_halves`]). (With list-wide masks, or with the first letters
///   alone, one speaker in eight, "Clinton" of "clearly", "Sanders" of
///   "shortly", went through the whole list of 44 sentence adverbs.)
///
/// (Resolution's `WordTable` is another mechanism for another kind of
/// list: up to 255 words, case-sensitive, in buckets by a hash of their
/// first two bytes, last two and length, also built at compile time.)
pub(super) struct WordList {
    /// The words (the tests compare the list's answers with theirs).
    #[cfg(test)]
    pub(super) words: &'static [&'static str],
    /// The list-wide masks (the first byte's for
    /// [`WordList::first_word_bit_at`], and the longest word).
    pub(super) masks: Masks,
    pub(super) index: LengthIndex,
    /// Word `k` packed by [`folded_halves`], for [`WordList::has_bytes`]'s
    /// compare.
    pub(super) keys: [[u64; 2]; 64],
}

/// The list-wide masks of a word list: a word whose length or first or
/// last byte has no bit set is none of the words.
#[derive(Clone, Copy)]
pub(super) struct Masks {
    /// Bit `n.min(31)` set when a word has `n` bytes ([`length_bit`]).
    lengths: u32,
    /// The [`end_bit`]s of the words' first bytes.
    firsts: u32,
    /// The [`end_bit`]s of the words' last bytes.
    lasts: u32,
    /// The length of the longest word.
    longest: usize,
}

impl Masks {
    /// The masks of `words` (always inlined: they fold to constants where
    /// `words` is one).
    #[inline(always)]
    pub(super) const fn of(words: &[&str]) -> Masks {
        let (mut lengths, mut firsts, mut lasts, mut longest) = (0, 0, 0, 0);
        let mut k = 0;
        while k < words.len() {
            let x = words[k].as_bytes();
            lengths |= length_bit(x.len());
            firsts |= end_bit(x.first());
            lasts |= end_bit(x.last());
            if x.len() > longest {
                longest = x.len();
            }
            k += 1;
        }
        Masks {
            lengths,
            firsts,
            lasts,
            longest,
        }
    }

    /// Whether `w` passes the masks (its length's bit as [`length_bit`]).
    #[inline(always)]
    pub(super) fn admit(&self, w: &[u8]) -> bool {
        self.lengths & 1 << w.len().min(31) != 0
            && self.firsts & end_bit(w.first()) != 0
            && self.lasts & end_bit(w.last()) != 0
    }
}

/// The masks by length of a [`WordList::new`]: for each length up to 16,
/// the [`end_bit`]s of the first and of the last bytes of the words of
/// that length, and bit `k` set when word `k` has that length (no word is
/// empty: the masks of length 0 are 0).
pub(super) struct LengthIndex {
    firsts: [u32; 17],
    lasts: [u32; 17],
    pub(super) words: [u64; 17],
}

/// Bit 5 of every byte: set in a byte, it lowercases an ASCII capital and
/// keeps a lowercase letter; a byte it makes a given lowercase letter was
/// that letter or its capital (a byte past ASCII stays past it).
const FOLD: u64 = 0x2020_2020_2020_2020;

/// The bytes `w` (1 to 16 of them) as a [`WordList`]'s keys hold its
/// words: the first eight and the last eight bytes (the first eight alone
/// for a word of at most eight, and 0), each packed as
/// `segment::packed_prefix` packs them, with [`FOLD`] set. Two words of
/// the same length have the same halves exactly when they are equal with
/// the bytes of one folded to bit 5 set, which for a word of lowercase
/// letters is `eq_ignore_ascii_case`.
#[inline(always)]
pub(super) fn folded_halves(w: &[u8]) -> [u64; 2] {
    use crate::text::segment::pack_short_word;
    let n = w.len();
    let lo = pack_short_word(w.get(..8).unwrap_or(w));
    let hi = if n > 8 {
        pack_short_word(w.get(n - 8..).unwrap_or(w))
    } else {
        0
    };
    [lo | FOLD, hi | FOLD]
}

/// The bit of a length in a length mask (lengths from 31 on share bit 31).
#[inline(always)]
const fn length_bit(n: usize) -> u32 {
    1 << if n < 31 { n } else { 31 }
}

/// The bit of a word's first or last byte in a word list's masks: bit
/// `c & 31`, the same for the two cases of an ASCII letter (bytes alike in
/// their low five bits share it, which lets through only words the
/// compare then rejects); bit 0 for no byte.
#[inline(always)]
const fn end_bit(b: Option<&u8>) -> u32 {
    1 << match b {
        Some(&c) => c & 31,
        None => 0,
    }
}

impl WordList {
    /// Whether the bytes `w` are one of `words`, a list of a few words
    /// given in line, ASCII case ignored: the list's [`Masks`], then the
    /// words in turn (always inlined: the masks fold to constants where
    /// `words` is one; the loop is one copy, out of line).
    #[inline(always)]
    pub(super) fn plain_has(words: &[&str], w: &[u8]) -> bool {
        Masks::of(words).admit(w)
            // Length first: most entries differ there.
            && words
                .iter()
                .any(|x| x.len() == w.len() && x.as_bytes().eq_ignore_ascii_case(w))
    }

    /// The list of `words`, at most 64 of 1 to 16 lowercase ASCII letters,
    /// with its masks by length and its words packed (checked when the
    /// constant is built).
    pub(super) const fn new(words: &'static [&'static str]) -> WordList {
        assert!(words.len() <= 64);
        let mut index = LengthIndex {
            firsts: [0; 17],
            lasts: [0; 17],
            words: [0; 17],
        };
        let mut keys = [[0; 2]; 64];
        let mut k = 0;
        while k < words.len() {
            let x = words[k].as_bytes();
            assert!(!x.is_empty() && x.len() <= 16);
            // (Letters only: `folded_halves` folds case by setting bit 5,
            // which is exact only against a lowercase letter.)
            let mut i = 0;
            while i < x.len() {
                assert!(x[i].is_ascii_lowercase(), "a word not of lowercase letters");
                i += 1;
            }
            index.firsts[x.len()] |= end_bit(x.first());
            index.lasts[x.len()] |= end_bit(x.last());
            index.words[x.len()] |= 1 << k;
            let n = x.len();
            let lo = crate::text::segment::packed_prefix(x, false);
            let hi = if n > 8 {
                crate::text::segment::packed_prefix(x.split_at(n - 8).1, false)
            } else {
                0
            };
            keys[k] = [lo | FOLD, hi | FOLD];
            k += 1;
        }
        WordList {
            #[cfg(test)]
            words,
            masks: Masks::of(words),
            index,
            keys,
        }
    }

    /// `self.has(first_word(t))` for `t` the slice `text[a..a + t.len()]`:
    /// [`WordList::first_word_bit_at`]'s bit not 0.
    #[inline(always)]
    pub(super) fn has_first_word_at(&self, text: &str, a: usize, t: &str) -> bool {
        self.first_word_bit_at(text, a, t).0 != 0
    }

    /// The first word of `t` (`first_word(t)`), for `t` the slice
    /// `text[a..a + t.len()]`, as a word of the list: its bit (bit `k`
    /// for word `k`, as [`WordList::bit_of_bytes`]; 0 for none) and its
    /// end in `t`. After the first byte's test, when the sixteen bytes of
    /// `text` from `a` are there and the longest word has at most fifteen
    /// bytes, the word's end is the lowest bit of the mask of their white
    /// space, their bytes past ASCII and `t`'s end ([`first_masks16`]),
    /// not the byte loop's exit, which the word's length decides (some
    /// 20 K mispredicts a pass in `determiner_fragment` and
    /// `is_anonymity_request`); else by [`first_word`].
    #[inline(always)]
    pub(super) fn first_word_bit_at(&self, text: &str, a: usize, t: &str) -> (u64, usize) {
        debug_assert_eq!(text.get(a..a + t.len()), Some(t));
        // (The general test, and the word's end in `t` when it is one of
        // the words: then `first_word` gave a slice of `t`, not the empty
        // string of no word.)
        let general = || {
            let w = first_word(t);
            let bit = self.bit_of_bytes(w.as_bytes());
            let end = if bit == 0 {
                0
            } else {
                w.as_ptr() as usize - t.as_ptr() as usize + w.len()
            };
            (bit, end)
        };
        let b = t.as_bytes();
        match b.first() {
            Some(&c) if c > b' ' && c < 0x80 => {
                if self.masks.firsts & end_bit(Some(&c)) == 0 {
                    return (0, 0);
                }
                let Some(m) = first_masks16(text.as_bytes(), a).filter(|_| self.masks.longest < 16)
                else {
                    return general();
                };
                let k = (m.space | m.high | 1 << b.len().min(16)).trailing_zeros();
                if k as usize > self.masks.longest {
                    // No word end within the longest word's length.
                    return (0, 0);
                }
                if m.high >> k & 1 != 0 {
                    return general();
                }
                // (A `match`, not `map_or`: the lookup stays in line.)
                let bit = match b.get(..k as usize) {
                    Some(w) => self.bit_of_bytes(w),
                    None => 0,
                };
                (bit, k as usize)
            }
            _ => general(),
        }
    }

    /// Whether a word of the list may start with the printable ASCII byte
    /// `c` (the test of [`WordList::has_first_word_at`]'s first byte: when
    /// it fails, no first word of a text that opens with `c` is one).
    #[inline(always)]
    pub(super) fn may_start_with(&self, c: u8) -> bool {
        self.masks.firsts & end_bit(Some(&c)) != 0
    }

    /// Whether `w` is one of the words, in any case.
    #[inline(always)]
    pub(super) fn has(&self, w: &str) -> bool {
        self.has_bytes(w.as_bytes())
    }

    /// Whether the bytes `w` are one of the words, ASCII case ignored
    /// ([`WordList::bit_of_bytes`] not 0).
    #[inline(always)]
    pub(super) fn has_bytes(&self, w: &[u8]) -> bool {
        self.bit_of_bytes(w) != 0
    }

    /// The bit of the word that the bytes `w` are, ASCII case ignored (bit
    /// `k` for word `k`), or 0 for none: the masks of `w`'s length, then
    /// the words of that length, compared as two numbers each
    /// ([`folded_halves`]; `eq_ignore_ascii_case` byte by byte cost the
    /// draft filters about 0.5 M instructions a pass and its loop's exits
    /// some 16 K mispredicts).
    #[inline(always)]
    pub(super) fn bit_of_bytes(&self, w: &[u8]) -> u64 {
        let of_length = |masks: &[u32; 17]| masks.get(w.len()).copied().unwrap_or(0);
        if of_length(&self.index.firsts) & end_bit(w.first()) == 0
            || of_length(&self.index.lasts) & end_bit(w.last()) == 0
        {
            return 0;
        }
        // (The words of `w`'s length: `w` has 1 to 16 bytes, as no word
        // has another length.)
        let mut m = self.index.words.get(w.len()).copied().unwrap_or(0);
        let [lo, hi] = folded_halves(w);
        let mut bit = 0;
        while m != 0 && bit == 0 {
            let k = m.trailing_zeros();
            let [a, b] = self.keys[k as usize];
            bit = u64::from((a ^ lo) | (b ^ hi) == 0) << k;
            m &= m - 1;
        }
        bit
    }
}

/// The last two bytes of the words of a list, as a table: for the low
/// five bits of a last byte (as [`end_bit`]), the bits of the low five
/// bits of the bytes that come before it in a word. The bytes of a word
/// of the list in any ASCII case pass ([`EndPairs::admit`]); so do some
/// others, which share their low five bits with them. A test before a
/// word is cut out of a text: the last two bytes of the text are those
/// of its last word when that word has two bytes or more.
pub(super) struct EndPairs(pub(super) [u32; 32]);

impl EndPairs {
    /// The pairs of `words`, each of two lowercase ASCII letters or more
    /// (checked when the constant is built).
    pub(super) const fn new(words: &[&str]) -> EndPairs {
        let mut pairs = [0; 32];
        let mut k = 0;
        while k < words.len() {
            let x = words[k].as_bytes();
            assert!(x.len() >= 2);
            let (p, c) = (x[x.len() - 2], x[x.len() - 1]);
            assert!(p.is_ascii_lowercase() && c.is_ascii_lowercase());
            pairs[(c & 31) as usize] |= end_bit(Some(&p));
            k += 1;
        }
        EndPairs(pairs)
    }

    /// Whether the bytes `p` and then `c` may end a word of the list: false
    /// only when they end none of them, in any ASCII case.
    #[inline(always)]
    pub(super) fn admit(&self, p: u8, c: u8) -> bool {
        self.0[usize::from(c & 31)] & end_bit(Some(&p)) != 0
    }
}

/// A `sent::Words` list made by [`WordList::new`]: a
/// constant with the masks of the first and last bytes of its words by
/// length, tested by `WordList::has_bytes` in line. For the longer lists
/// of `Sent::is_in` that common words pass the list-wide masks of (which
/// `WordList::plain_has` then compares with every word of the list, out of
/// line).
impl sent::Words for &WordList {
    #[inline(always)]
    fn has(&self, s: &Sent, i: usize) -> bool {
        // Bytes, not `w(i)`: no character-boundary checks.
        let t = s.toks[i];
        self.has_bytes(&s.text.as_bytes()[t.start..t.end])
    }
}

/// A `WordList` of at most eight words of ASCII letters, each of at most
/// eight bytes, with the words packed (`segment::packed_prefix`,
/// lowercase): a word that passes the list-wide masks
/// (`WordList::plain_has`'s first test) is packed and compared with the
/// packed words, constants at each site, in line, where `plain_has`
/// compares it with the words in a loop out of line. For the short lists
/// of `Sent::is_in` whose masks common words pass (those of "which, what,
/// than, whom, who" let "that" and "with" through).
pub(super) struct ShortWords {
    /// The list-wide masks of the words.
    pub(super) masks: Masks,
    /// The packed words, then `u64::MAX`, which no token's key in
    /// `has_at` equals: a key of fewer than eight bytes has a zero top
    /// byte, and one of eight would need every byte 0xdf or 0xff (0xff once
    /// bit 5 is set), but the list-wide masks turn away a token opening
    /// with either (their low five bits, 31, are no letter's).
    pub(super) packed: [u64; 8],
}

impl ShortWords {
    /// The list of `words` (checked when the constant is built).
    pub(super) const fn new(words: &'static [&'static str]) -> ShortWords {
        assert!(words.len() <= 8);
        let mut packed = [u64::MAX; 8];
        let mut k = 0;
        while k < words.len() {
            let w = words[k].as_bytes();
            assert!(!w.is_empty() && w.len() <= 8);
            let mut i = 0;
            while i < w.len() {
                assert!(w[i].is_ascii_alphabetic());
                i += 1;
            }
            packed[k] = crate::text::segment::packed_prefix(w, true);
            k += 1;
        }
        ShortWords {
            masks: Masks::of(words),
            packed,
        }
    }

    /// Whether `text[a..b]` is one of the words, ASCII case ignored: the
    /// list-wide masks, then the bytes packed as `packed_prefix` packs them
    /// (eight read at once when the text has them, the bytes past `b`
    /// masked off) with bit 5 set in each, compared with the packed words:
    /// a byte with bit 5 set is a given lowercase letter only when it was
    /// that letter or its capital, and a word of another length differs in
    /// its padding.
    #[inline(always)]
    pub(super) fn has_at(&self, text: &[u8], a: usize, b: usize) -> bool {
        let w = &text[a..b];
        if !self.masks.admit(w) {
            return false;
        }
        // The low `n` bytes (the masks admit no word of more than eight
        // bytes, nor an empty one).
        let n = w.len().min(8);
        let low = (u128::from(u64::MAX) >> (64 - 8 * n)) as u64;
        let k = match text.get(a..a + 8) {
            Some(x) => u64::from_le_bytes([x[0], x[1], x[2], x[3], x[4], x[5], x[6], x[7]]),
            None => crate::text::segment::packed_prefix(w, false),
        };
        let k = (k | FOLD) & low;
        self.packed.iter().fold(false, |found, &p| found | (p == k))
    }
}

impl sent::Words for &ShortWords {
    #[inline(always)]
    fn has(&self, s: &Sent, i: usize) -> bool {
        let t = s.toks[i];
        self.has_at(s.text.as_bytes(), t.start, t.end)
    }
}

/// The draft before a cue of the sentence whose speaker the cue may share
/// (a participle after a comma, a coordinated verb): the last draft, unless
/// its speaker lies inside the content of an earlier draft that ends before
/// the cue ("Trump announced that he filed his statement, saying ...": the
/// participle is Trump's, not that of the nested "he filed"). Only the last
/// nine drafts of the sentence are looked at. A draft whose speaker is
/// an agent, not the subject of its clause ("He was praised by Democrats",
/// "The mayor drew criticism from the union"), is passed over: a
/// participle after it ("..., saying ...") is the subject's.
pub(super) fn outer_prev(sent: &[Draft], cue_start: usize) -> Option<&Draft> {
    let lo = sent.len().saturating_sub(9);
    let mut i = (lo..sent.len())
        .rev()
        .find(|&k| !matches!(sent[k].rule, "passive-by" | "received-from"))?;
    while let Some(sp) = sent[i].speaker {
        // Only an earlier draft: the walk cannot turn back.
        let outer = (lo..i).rev().find(|&k| {
            let e = &sent[k];
            let inner = sent[i].content;
            // Not when each holds the other's speaker (a content running
            // over the next attribution: "X intends ..., Y said, adding").
            e.speaker
                .is_some_and(|o| !(inner.0 <= o.0 && o.1 <= inner.1))
                && e.content.0 <= sp.0
                && sp.1 <= e.content.1
                && e.content.1 <= cue_start
        });
        match outer {
            Some(k) => i = k,
            None => break,
        }
    }
    Some(&sent[i])
}

/// `t.split_whitespace().next().unwrap_or("")`, the first word of `t`.
///
/// The filters of `Extractor::sentence` ask for the first word of a
/// speaker or a content for every draft, and most reject the draft on it;
/// the standard split decodes and classifies every character. Here the
/// bytes are read while they are ASCII (where only six bytes are
/// whitespace); at the first byte past ASCII the standard split takes over
/// from the word's start, so the result is the same for any text.
#[inline]
pub(super) fn first_word(t: &str) -> &str {
    let b = t.as_bytes();
    let mut i = 0;
    while i < b.len() && ascii_space(b[i]) {
        i += 1;
    }
    let mut j = i;
    // (Eight bytes at a time while all are printable ASCII, above the
    // space and below 0x80: the bit of the first other byte is the lowest
    // set, as a borrow of the subtraction starts only at such a byte.)
    const L: u64 = 0x0101_0101_0101_0101;
    const H: u64 = 0x8080_8080_8080_8080;
    while let Some(w) = b.get(j..j + 8) {
        let x = u64::from_le_bytes(w.try_into().expect("eight bytes"));
        let stop = (x.wrapping_sub(L * 0x21) & !x | x) & H;
        if stop != 0 {
            j += (stop.trailing_zeros() / 8) as usize;
            break;
        }
        j += 8;
    }
    while j < b.len() && !ascii_space(b[j]) {
        if b[j] >= 0x80 {
            // (Only ASCII before `i`: a character boundary.)
            return t[i..].split_whitespace().next().unwrap_or("");
        }
        j += 1;
    }
    &t[i..j]
}

/// `text[a..b].bytes().rposition(|c| c == byte)` (for `a <= b <= text.len()`
/// and an ASCII `byte`), from the masks of the blocks of sixteen bytes of
/// `text` that end at `b`, `b - 16`, ... (`bytes_among16`), back to the
/// block that holds the last such byte or the slice's start; by the byte
/// loop only for the bytes of the slice among the text's first sixteen. A
/// speaker phrase is short, and the loop's exit, which the byte's place
/// decides, mispredicted; the loop over the whole slice past its last
/// sixteen bytes (some 950 speakers a pass, 29 bytes each, in
/// `passive_cue`) cost 0.17 M instructions a pass.
#[inline(always)]
pub(super) fn rposition_in(text: &str, a: usize, b: usize, byte: u8) -> Option<usize> {
    debug_assert!(byte.is_ascii() && a <= b && b <= text.len());
    let mut e = b;
    while let Some(block) = block16_ending_at(text.as_bytes(), e) {
        // (Bit `k` for byte `e - 16 + k`: the slice's last `len` up to `e`.)
        let len = e.saturating_sub(a);
        let inside = 0xffff_u32 << (16 - len.min(16)) & 0xffff;
        let m = u32::from(crate::text::bytes_among16(block, &[byte])) & inside;
        if m != 0 {
            // (The last one, at `e - 16 + k`: `len + k - 16` past `a`,
            // not below 0 as the byte is inside.)
            let k = 31 - m.leading_zeros() as usize;
            return Some(len + k - 16);
        }
        if len <= 16 {
            return None;
        }
        e -= 16;
    }
    text.as_bytes().get(a..e)?.iter().rposition(|&c| c == byte)
}

/// The masks of [`first_masks16`]: bit `k` for byte `a + k`.
#[derive(Clone, Copy)]
pub(super) struct FirstMasks {
    /// ASCII white space (`ascii_space`).
    pub(super) space: u32,
    /// Bytes past ASCII.
    pub(super) high: u32,
}

/// The masks of the sixteen bytes of `t` from `a` (SSE2 on x86-64;
/// elsewhere never): `None` when `t` has fewer than sixteen bytes there.
/// For [`WordList::first_word_bit_at`] and [`second_of_two_words_at`].
#[inline(always)]
pub(super) fn first_masks16(t: &[u8], a: usize) -> Option<FirstMasks> {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::{
            _mm_add_epi8, _mm_cmpeq_epi8, _mm_cmplt_epi8, _mm_loadu_si128, _mm_movemask_epi8,
            _mm_or_si128, _mm_set1_epi8,
        };
        let block: &[u8; 16] = t.get(a..a.checked_add(16)?)?.try_into().ok()?;
        // SAFETY: SSE2 is always available on x86-64; the load reads the
        // sixteen bytes of `block` (unaligned).
        unsafe {
            let x = _mm_loadu_si128(block.as_ptr().cast());
            // `ascii_space`: the space, or 9 to 13 (moved to -128..-124
            // by adding 0x77, the only bytes that go below -123).
            let controls =
                _mm_cmplt_epi8(_mm_add_epi8(x, _mm_set1_epi8(0x77)), _mm_set1_epi8(-123));
            let spaces = _mm_cmpeq_epi8(x, _mm_set1_epi8(b' ' as i8));
            Some(FirstMasks {
                space: _mm_movemask_epi8(_mm_or_si128(spaces, controls)) as u32,
                // (A byte past ASCII has its top bit set.)
                high: _mm_movemask_epi8(x) as u32,
            })
        }
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        let _ = (t, a);
        None
    }
}

/// `t.split(' ').next()`: `t` up to its first space (by
/// [`crate::text::split_byte`]'s byte loop: the filters ask this of cue
/// words and speakers, which are short, where the standard split sets up a
/// `memchr` search).
#[inline]
pub(super) fn to_space(t: &str) -> &str {
    crate::text::split_byte(t, b' ').next().unwrap_or(t)
}

/// `t.rsplit(' ').next()`: `t` after its last space (as [`to_space`]).
/// When one of the last sixteen bytes is a space, from their mask
/// ([`spaces_of_last16`]): `quoted_title` asks this of the forty bytes
/// before every direct quote, where the byte loop's exit at the last
/// word's start followed the text.
#[inline]
pub(super) fn after_space(t: &str) -> &str {
    if let Some(m) = spaces_of_last16(t.as_bytes()) {
        if m != 0 {
            // (The last space: byte `len - 16 + h` for the mask's highest
            // bit `h`; an ASCII byte, so a character boundary after it.)
            let h = 15 - m.leading_zeros() as usize;
            return &t[t.len() - 16 + h + 1..];
        }
    }
    crate::text::split_byte(t, b' ').next_back().unwrap_or(t)
}

/// The speaker span `sp` of a row without a final "'s" that is the
/// contraction of "has": "Trump's told aides ..." (a person's name that
/// the gazetteer knows without the "'s", its canonical name not ending in
/// one, the span a name alone: every word capitalized) is the speaker
/// "Trump"; a company named with the "'s" keeps it ("Moody's said",
/// canonical "Moody's"), and so does a phrase whose "'s" is on another
/// name than the person's, after a lowercase word ("Mark Zandi of Moody's
/// said", canonical "Mark Zandi"). A name the gazetteer does not know
/// keeps it too ("Powell's said").
#[inline]
pub(super) fn has_clitic_trimmed<'r>(
    text: &str,
    sp: Span,
    names: impl FnOnce() -> (SpeakerType, Option<&'r str>),
) -> Span {
    let (a, b) = sp;
    let w = &text.as_bytes()[a..b];
    // (The bytes first: most speakers end in no "'s", and the names are
    // looked up only for those that do.)
    let clitic = if w.ends_with(b"'s") {
        2
    } else if w.ends_with("\u{2019}s".as_bytes()) {
        4
    } else {
        return sp;
    };
    match names() {
        (SpeakerType::Person, Some(c))
            if b - a > clitic
                && !c.ends_with("'s")
                && !c.ends_with("\u{2019}s")
                && text[a..b - clitic]
                    .split(' ')
                    .all(|w| !w.starts_with(|ch: char| ch.is_lowercase())) =>
        {
            (a, b - clitic)
        }
        _ => sp,
    }
}

/// `&text[a..b]`, its bounds tested with one branch: `a <= b` and both
/// character boundaries (the end, or a byte that continues no character),
/// combined without a branch on the bytes; a failing test takes the
/// slice, which panics as it did. (The slice's own tests branch on each
/// bound, about six branches, some mispredicted in the filters of every
/// draft and in `resolve_one`.) A panic names the caller's line, as the
/// slice's own did.
#[inline(always)]
#[track_caller]
pub(crate) fn slice_of(text: &str, a: usize, b: usize) -> &str {
    let t = text.as_bytes();
    let boundary = |i: usize| t.get(i).map_or(i == t.len(), |&c| (c as i8) >= -0x40);
    if (a <= b) & boundary(a) & boundary(b) {
        // SAFETY: `boundary(b)` holds only for `b <= text.len()`, and
        // `a <= b`; both are character boundaries of `text` (the end, or
        // a byte that is no UTF-8 continuation byte, 0x80..=0xBF, which
        // are the bytes below -0x40 as `i8`).
        unsafe { text.get_unchecked(a..b) }
    } else {
        &text[a..b]
    }
}

/// Whether `text[a..b]` is all spaces (b' ', or empty): false for a
/// range that is no slice of `text` (reversed, past its end or inside a
/// character; no panic). The gap between a speaker and its cue
/// ([`speaker_before_cue`]) is one space nearly always, known by that
/// byte with no slice and no loop, the two tests combined with no branch
/// between them (the first alone mispredicted); else by the bytes.
#[inline(always)]
pub(super) fn only_spaces(text: &str, a: usize, b: usize) -> bool {
    let one = text.as_bytes().get(a).is_some_and(|&c| c == b' ');
    if (b == a.wrapping_add(1)) & one {
        return true;
    }
    text.get(a..b).is_some_and(|g| g.bytes().all(|c| c == b' '))
}

/// A draft's speaker `sp` and cue `c0..c1` (lemma `ci`), the speaker right
/// before the cue: made only by [`speaker_before_cue`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Adjacent {
    pub(super) sp: Span,
    pub(super) c0: usize,
    pub(super) c1: usize,
    pub(super) ci: CueId,
}

/// Draft `d`'s speaker and cue when it has both, the speaker ending
/// before the cue with only spaces between (`text[sp.1..c0]`, often one),
/// and the cue inside `text`: the first test of `singular_before_base`,
/// `naming_participle` and `plural_after_quantifier`, which take its
/// answer, so `dropped_draft` asks it once for the three (each asked it,
/// with the same bounds, from its own copies of the draft's fields).
#[inline(always)]
pub(super) fn speaker_before_cue(text: &str, d: &Draft) -> Option<Adjacent> {
    let (Some(sp), Some((c0, c1, ci))) = (d.speaker, d.cue) else {
        return None;
    };
    (sp.1 <= c0 && c1 <= text.len() && only_spaces(text, sp.1, c0)).then_some(Adjacent {
        sp,
        c0,
        c1,
        ci,
    })
}

/// The sixteen bytes of `t` that end at `b` (`t[b - 16..b]`), for the
/// masks of a phrase that ends there: `None` when `b` is below sixteen
/// or past the end of `t`.
#[inline(always)]
pub(super) fn block16_ending_at(t: &[u8], b: usize) -> Option<&[u8; 16]> {
    t.get(..b)?.last_chunk()
}

/// The mask of the spaces among the last sixteen bytes of `t` (bit `k`
/// for byte `t.len() - 16 + k`; `text::bytes_among16`, by SSE2 on
/// x86-64): `None` when `t` is shorter.
#[inline(always)]
pub(super) fn spaces_of_last16(t: &[u8]) -> Option<u16> {
    Some(crate::text::bytes_among16(t.last_chunk()?, b" "))
}

/// The first piece of `t` split at spaces that is not empty
/// (`t.split(' ').find(|w| !w.is_empty())`), or "" (as [`to_space`]).
#[inline]
pub(super) fn first_piece(t: &str) -> &str {
    crate::text::split_byte(t, b' ')
        .find(|w| !w.is_empty())
        .unwrap_or("")
}

/// The last piece of `t` split at spaces that is not empty, when there
/// are two such pieces or more (`t.split(' ').filter(|w| !w.is_empty())`,
/// its first taken, then `next_back`): with the spaces at both ends cut,
/// the text after the last space, if any (a space is one byte: the
/// positions are character boundaries).
#[inline]
pub(super) fn last_of_pieces(t: &str) -> Option<&str> {
    let b = t.as_bytes();
    let e = b.len() - b.iter().rev().take_while(|&&c| c == b' ').count();
    let s = b[..e].iter().take_while(|&&c| c == b' ').count();
    let k = b[s..e].iter().rposition(|&c| c == b' ')?;
    Some(&t[s + k + 1..e])
}

/// [`second_of_two_words`] of `t`, the slice `text[a..a + t.len()]`:
/// when `t` has at most sixteen bytes, all ASCII, and the sixteen bytes
/// of `text` from `a` are there, from the mask of its white space
/// ([`first_masks16`]): the words' first bytes are the bytes of no space
/// after a space or at the start, and with two of them the second word
/// runs from the second to the next space or `t`'s end. The byte loops'
/// exits, which the words' lengths decide, were some 10 K mispredicts a
/// pass in `determiner_fragment`. A longer phrase with three words in
/// its first sixteen bytes has none either.
#[inline(always)]
pub(super) fn second_of_two_words_at<'t>(text: &str, a: usize, t: &'t str) -> Option<&'t str> {
    debug_assert_eq!(text.get(a..a + t.len()), Some(t));
    let n = t.len();
    let Some(m) = first_masks16(text.as_bytes(), a) else {
        return second_of_two_words(t);
    };
    // (The bits of `t`'s bytes among the sixteen.)
    let inside = (1u32 << n.min(16)) - 1;
    if m.high & inside != 0 {
        return second_of_two_words(t);
    }
    let solid = !m.space & inside;
    let starts = solid & !(solid << 1);
    if n > 16 {
        // A longer phrase: three words in its first sixteen bytes are
        // more than two (a phrase of many words, the byte loop's walk
        // over its first two); else the byte loop decides.
        return if starts.count_ones() > 2 {
            None
        } else {
            second_of_two_words(t)
        };
    }
    if starts.count_ones() != 2 {
        return None;
    }
    let start = (starts & (starts - 1)).trailing_zeros();
    // (Bit `n` is no byte of `t`, so the word ends by it.)
    let end = (!solid & (u32::MAX << start)).trailing_zeros();
    // (Both are ASCII bytes' places or `n`: character boundaries.)
    t.get(start as usize..end as usize)
}

/// The second word of `t` when `t` has two words, split at white space
/// (`t.split_whitespace()` giving two): by bytes when `t` is ASCII (where
/// [`ascii_space`] is the white-space test), else by that split.
#[inline]
pub(super) fn second_of_two_words(t: &str) -> Option<&str> {
    if !t.is_ascii() {
        let mut words = t.split_whitespace().skip(1);
        return match (words.next(), words.next()) {
            (Some(w), None) => Some(w),
            _ => None,
        };
    }
    let b = t.as_bytes();
    let n = b.len();
    let skip = |mut i: usize, space: bool| {
        while i < n && ascii_space(b[i]) == space {
            i += 1;
        }
        i
    };
    let first = skip(0, true);
    let start = skip(skip(first, false), true);
    let end = skip(start, false);
    (first < start && start < end && skip(end, true) == n).then(|| &t[start..end])
}

/// The lowercase nouns that close a media organization's name ("the TASS
/// news \[agency\]", "the NHK state \[broadcaster\]", "the Kommersant
/// \[daily\]"), with whether the speaker search takes the noun only before
/// punctuation (an adverb too: "briefs Tass daily on ..."). Each may
/// follow "state", "news" or "state news" ([`MEDIA_MODIFIERS`]). The one
/// list of the speaker search (`speaker::media_tail`, which takes the
/// noun into the speaker) and of resolution (`resolve::before_media_noun`,
/// which names the speaker by its words before the noun). (Not
/// "magazine", "channel", "network" or "radio" of `speaker_nouns.csv`,
/// which more often head a phrase of their own: "the network's
/// president", "a Fox News channel host".)
pub(super) const MEDIA_NAME_NOUNS: [(&str, bool); 7] = [
    ("agency", false),
    ("newspaper", false),
    ("broadcaster", false),
    ("television", false),
    ("tabloid", false),
    ("daily", true),
    ("weekly", true),
];

/// The nouns that head a news outlet named as a speaker of its own
/// verification note ("The magazine could not verify the claim", "The news
/// agency was unable to confirm it"; `draft_filters::outlet_note`, which
/// takes "agency" only after "news"). [`MEDIA_NAME_NOUNS`] and
/// "magazine", "website", "outlet", "network", "channel": here the
/// speaker's phrase ends at the noun, so the reason those stay out of
/// [`MEDIA_NAME_NOUNS`] (a phrase of their own after the noun) does not
/// apply. (Not the list of media after a telling cue in `rules`, "told ABC
/// radio", of words that close a name after "told": "radio", "tv", "news"
/// and "media" there, no "tabloid" or "outlet".)
pub(super) const OUTLET_HEADS: [&str; 12] = [
    "agency",
    "newspaper",
    "broadcaster",
    "television",
    "tabloid",
    "daily",
    "weekly",
    "magazine",
    "website",
    "outlet",
    "network",
    "channel",
];

/// The last words of newspaper names, by which a paper names itself in
/// its own copy ("The Times", "The Post", "The Journal", "The Globe",
/// "The Chronicle"): see [`paper_short_name`].
const PAPER_WORDS: &[&str] = &[
    "Times",
    "Post",
    "Journal",
    "Globe",
    "Guardian",
    "Telegraph",
    "Herald",
    "Tribune",
    "Chronicle",
    "Gazette",
    "Inquirer",
    "Examiner",
    "Sun",
    "Star",
    "Mirror",
    "Observer",
    "Express",
];

/// Words that join a paper word in a hyphenated masthead besides the
/// paper words themselves ("Review-Journal", "Banner-Herald",
/// "Times-Picayune" has "Times"): see [`paper_word`].
const MASTHEAD_PARTS: &[&str] = &[
    "Review", "Banner", "News", "Press", "Democrat", "Leader", "Record", "Union", "Courier",
    "Ledger", "Beacon", "Standard", "Mail", "Register", "Dispatch", "Bee",
];

/// Whether `w`, the last word of a name, is one of [`PAPER_WORDS`] or a
/// hyphen compound of one after a masthead word ("Chronicle", "Sun-Times",
/// "Star-Tribune", "Post-Gazette", "Review-Journal": the part before the
/// hyphen a paper word or one of [`MASTHEAD_PARTS`]; not "All-Star"): a
/// newspaper's name ([`paper_name`]), no group's (`resolve::orgs`: "the
/// group" does not take "the Chicago Sun-Times" named before).
pub(super) fn paper_word(w: &str) -> bool {
    // (A capital first: every word of both lists has one, and most words
    // asked, "the spokesman", "the group", have none; no hyphen search or
    // list compared for them.)
    if !w.as_bytes().first().is_some_and(u8::is_ascii_uppercase) {
        return false;
    }
    match w.split_once('-') {
        None => PAPER_WORDS.contains(&w),
        Some((a, b)) => {
            PAPER_WORDS.contains(&b) && (PAPER_WORDS.contains(&a) || MASTHEAD_PARTS.contains(&a))
        }
    }
}

/// Whether a speaker's phrase is a newspaper's short name: "The" and one
/// capitalized word of [`PAPER_WORDS`] ("The Times could not independently
/// verify the claims", "The Chronicle said", "The Gazette confirmed"),
/// which no gazetteer entity resolves (each outlet of a city has one): the
/// newsroom, an organization, not a person named "Chronicle"
/// (`draft_filters::outlet_note`). A lowercase noun is not one: "the star
/// said", "the observer said". (The full name, "The San Francisco
/// Chronicle", is [`paper_name`]'s.)
#[inline]
pub(super) fn paper_short_name(phrase: &str) -> bool {
    paper_name(phrase).is_some_and(|n| !n.contains(' '))
}

/// The name after "The" of a newspaper named as a speaker: "The" (or
/// "the") and one to four capitalized words, the last one of
/// [`PAPER_WORDS`] or ending in one after a hyphen ("The Chronicle", "the
/// San Francisco Chronicle", "The Chicago Sun-Times", "The Minneapolis
/// Star-Tribune"). No person's name takes "The", so the phrase is taken
/// as the paper, an organization (`resolve::resolve_one`), but only after
/// the surname lookup there: a person of the word's surname named before
/// in the article still takes it ("Lisa Sun ... The Sun said" gives Lisa
/// Sun). `None` for any other phrase ("the star said", "The Rev. Sun",
/// "The paper").
pub(super) fn paper_name(phrase: &str) -> Option<&str> {
    // (Length and article first: most phrases end here.)
    if phrase.len() > 48 {
        return None;
    }
    let name = phrase
        .strip_prefix("The ")
        .or_else(|| phrase.strip_prefix("the "))?;
    // (The last word by the last space's byte, not `rsplit`: no
    // `memrchr` call for each phrase.)
    let last = name
        .as_bytes()
        .iter()
        .rposition(|&b| b == b' ')
        .map_or(name, |i| &name[i + 1..]);
    let ok = paper_word(last)
        && name.split(' ').count() <= 4
        && name.split(' ').all(|w| {
            w.len() > 1
                && w.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-')
                && w.as_bytes()[0].is_ascii_uppercase()
        });
    ok.then_some(name)
}

/// Whether the word `w` looks like a past participle used as an adjective
/// before a place ("occupied", "besieged", "annexed"): "-ed" after three
/// letters or more, not "-eed" ("indeed", "proceed"). Not "red", "bed",
/// "need" or "seed". (`resolve::names::place_adjective` and the "in" +
/// participle exemption of `speaker`'s noun-PP subject.)
#[inline]
pub(super) fn place_participle(w: &[u8]) -> bool {
    w.len() >= 5 && w.ends_with(b"ed") && !w.ends_with(b"eed")
}

/// Whether the word `w` negates the verb after it: "not" or "never" (ASCII
/// case ignored) or a contracted "-n't" form ("didn't", "hasn’t"). The one
/// test of the rules (`clause_rules::negation`, `quote_before`, `stance`)
/// and of the filters (`draft_filters::note_negation`).
#[inline]
pub(super) fn is_negation(w: &[u8]) -> bool {
    w.eq_ignore_ascii_case(b"not") || w.eq_ignore_ascii_case(b"never") || contracted_negation(w)
}

/// Whether the word `w` is a contracted negation, "-n't" or "-n’t"
/// ("didn't", "hasn’t"; part of [`is_negation`]).
#[inline]
pub(super) fn contracted_negation(w: &[u8]) -> bool {
    w.ends_with(b"n't") || w.ends_with("n’t".as_bytes())
}

/// The words that may come between a media name and its noun of
/// [`MEDIA_NAME_NOUNS`], in this order: "the TASS \[state news\] agency".
pub(super) const MEDIA_MODIFIERS: [&str; 2] = ["state", "news"];

/// Byte `b` is the first byte of a word of [`MEDIA_NAME_NOUNS`] or
/// [`MEDIA_MODIFIERS`] (`first`), or the last byte of a noun (`!first`):
/// one test of a token or a phrase before the lists are searched.
pub(super) const fn media_byte(b: u8, first: bool) -> bool {
    let mut i = 0;
    while i < MEDIA_NAME_NOUNS.len() {
        let w = MEDIA_NAME_NOUNS[i].0.as_bytes();
        if b == if first { w[0] } else { w[w.len() - 1] } {
            return true;
        }
        i += 1;
    }
    let mut i = 0;
    while i < MEDIA_MODIFIERS.len() {
        if first && b == MEDIA_MODIFIERS[i].as_bytes()[0] {
            return true;
        }
        i += 1;
    }
    false
}

#[cfg(test)]
mod paper_tests {
    use super::{paper_name, paper_short_name};

    #[test]
    fn paper_names_need_the_and_a_paper_word_last() {
        assert_eq!(paper_name("The Chronicle"), Some("Chronicle"));
        assert_eq!(paper_name("the Boston Globe"), Some("Boston Globe"));
        assert_eq!(
            paper_name("the Chicago Sun-Times"),
            Some("Chicago Sun-Times")
        );
        for no in [
            "Lisa Sun",
            "the star",
            "The Rev. Sun",
            "The paper",
            "The Times of London and more words",
            "The é Sun",
            "The",
            "",
        ] {
            assert_eq!(paper_name(no), None, "{no}");
        }
        assert_eq!(
            paper_name("the Las Vegas Review-Journal"),
            Some("Las Vegas Review-Journal")
        );
        // (A hyphen compound is a masthead only when its first part is a
        // paper word or a masthead word.)
        assert_eq!(paper_name("The All-Star"), None);
        assert_eq!(paper_name("The Un-Star-Times"), None);
        assert!(paper_short_name("The Gazette"));
        assert!(!paper_short_name("The Montreal Gazette"));
    }

    #[test]
    fn paper_words_are_capitalized() {
        use super::paper_word;
        for yes in ["Times", "Sun-Times", "Review-Journal", "Star-Tribune"] {
            assert!(paper_word(yes), "{yes}");
        }
        // (The capital test comes first: lowercase and empty words, a
        // hyphen first or a lowercase part before the hyphen, are none.)
        for no in [
            "times",
            "",
            "-Times",
            "sun-Times",
            "review-Journal",
            "TIMES",
            "É",
        ] {
            assert!(!paper_word(no), "{no}");
        }
    }
}
