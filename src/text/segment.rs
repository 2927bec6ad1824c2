//! Segmentation: paragraphs (blank-line separated, or one per line in a
//! text without blank lines whose lines end sentences), sentences (not
//! split inside quotations or after abbreviations such as U.S., Mr., Gen.,
//! Jan.; split at a line break after a headline-like line: title case, a
//! closing semicolon, a list number) and word/punctuation tokens, all as
//! byte ranges into the document. The tokenizer takes the common tokens
//! (plain words, common marks, possessives) by short paths and the rest by
//! a general step; a sentence's word pass (`attribution::sent`) runs the
//! same paths, classifying each token as it is found.

use crate::quotes::Quote;

/// A byte range.
pub type Span = (usize, usize);

/// Paragraphs of `text`: runs of text separated by blank lines, trimmed.
/// A text with no blank line whose lines mostly end a sentence (one
/// paragraph per line, as many scraped news datasets store articles) has
/// a paragraph per line; hard-wrapped text (lines ending mid-sentence)
/// stays one paragraph.
pub fn paragraphs(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    paragraphs_into(text, &mut out, &mut Vec::new());
    out
}

/// [`paragraphs`], appended to `out` (a vector reused from document to
/// document), with, for each, whether it may hold a line break, appended
/// to `breaks`: false when every line break of its text belongs to a
/// blank line or parts two paragraphs, so that
/// [`sentences_without_breaks_into`] serves it (true is no promise of
/// one).
///
/// Returns whether `text` holds a `<` or a `&` (the bytes that open
/// markup, [`crate::text::markup::clean`]): the extractor cleans only
/// such a text, and splits it again when cleaning changed it.
///
/// The line breaks, the last bytes of U+2029 and the markup bytes are
/// found in one pass, 64 bytes a block (`ByteHits`, compiled for AVX2
/// where the processor has it): a `memchr` search for each line break
/// (about 115 instructions a search for a paragraph of some 220 bytes)
/// and one more pass for the separator cost about twice as much.
pub fn paragraphs_into(text: &str, out: &mut Vec<Span>, breaks: &mut Vec<bool>) -> bool {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: the processor has AVX2 (just detected).
        return unsafe { paragraphs_avx2(text, out, breaks) };
    }
    // SAFETY: no AVX2 asked for.
    unsafe { paragraphs_with::<false>(text, out, breaks) }
}

/// [`paragraphs_into`] compiled for AVX2.
///
/// # Safety
///
/// The processor must have AVX2.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn paragraphs_avx2(text: &str, out: &mut Vec<Span>, breaks: &mut Vec<bool>) -> bool {
    // SAFETY: the processor has AVX2 (this function's contract).
    unsafe { paragraphs_with::<true>(text, out, breaks) }
}

/// The body of [`paragraphs_into`], the bytes found by AVX2 when `AVX2`.
///
/// # Safety
///
/// With `AVX2`, the processor must have AVX2.
#[inline(always)]
unsafe fn paragraphs_with<const AVX2: bool>(
    text: &str,
    out: &mut Vec<Span>,
    breaks: &mut Vec<bool>,
) -> bool {
    let base = out.len();
    let breaks_base = breaks.len();
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut from = 0;
    // Whether the text holds a `<` or a `&`.
    let mut markup = false;
    // A line break met in the paragraph being read that parts no
    // paragraphs and may lie inside it: one with text of the paragraph
    // before it and more text after it (a break closing the text, as many
    // do, or opening it, is trimmed off).
    let mut inner = false;
    // Whether the text holds U+2029 (E2 80 A9; its last byte is rare in
    // text, a continuation byte: "é" is C3 A9).
    let mut separator = false;
    // SAFETY: with `AVX2` the processor has AVX2 (this function's
    // contract).
    let hits = unsafe { ByteHits::<_, AVX2>::new_avx2_if(bytes, PARAGRAPH_BYTES) };
    for i in hits {
        if bytes[i] != b'\n' {
            if bytes[i] == 0xA9 {
                separator |= i >= 2 && bytes[i - 2..i] == [0xE2, 0x80];
            } else {
                markup = true;
            }
            continue;
        }
        // (The line breaks of a blank line's run, passed over below.)
        if i < from {
            continue;
        }
        // A blank line: newline, optional spaces, newline.
        let mut j = i + 1;
        while j < bytes.len() && (bytes[j] == b' ' || bytes[j] == b'\t' || bytes[j] == b'\r') {
            j += 1;
        }
        if j < bytes.len() && bytes[j] == b'\n' {
            push_flagged(text, (start, i), out, breaks, inner);
            inner = false;
            while j < bytes.len() && bytes[j].is_ascii_whitespace() {
                j += 1;
            }
            start = j;
            from = j;
        } else if bullet_len(&text[j..]) > 0 && !text[start..i].trim().is_empty() {
            // A bulleted line opens a paragraph of its own (a list of
            // quotes: `- "We will win," said X.`).
            push_flagged(text, (start, i), out, breaks, inner);
            inner = false;
            start = j;
        } else {
            inner |= i > start && j < bytes.len();
        }
    }
    let first = out.len();
    push_flagged(text, (start, bytes.len()), out, breaks, inner);
    // The Unicode paragraph separator (U+2029, from some content systems)
    // parts paragraphs like a blank line.
    debug_assert_eq!(separator, has_paragraph_separator(bytes));
    debug_assert_eq!(markup, memchr::memchr2(b'<', b'&', bytes).is_some());
    if separator {
        let whole = out.split_off(base);
        let flags = breaks.split_off(breaks_base);
        for ((a, b), f) in whole.into_iter().zip(flags) {
            let mut s = a;
            for (k, _) in text[a..b].match_indices('\u{2029}') {
                push_flagged(text, (s, a + k), out, breaks, f);
                s = a + k + '\u{2029}'.len_utf8();
            }
            push_flagged(text, (s, b), out, breaks, f);
        }
        return markup;
    }
    // No blank line at all (`start` never moved): one paragraph per line
    // when the lines end sentences.
    if start == 0 && out.len() == first + 1 && line_paragraphs(text) {
        out.pop();
        breaks.pop();
        let mut s = 0;
        for i in memchr::memchr_iter(b'\n', bytes) {
            push_flagged(text, (s, i), out, breaks, false);
            s = i + 1;
        }
        push_flagged(text, (s, bytes.len()), out, breaks, false);
    }
    markup
}

/// The bytes that may end a sentence, which the split looks for
/// ([`sentences_in`]): ASCII of distinct low halves (E, F, 1), so one
/// table lookup finds them ([`LowHalves`]).
const SENTENCE_STOPS: LowHalves<3> = LowHalves::new([b'.', b'?', b'!']);

/// The bytes the paragraph split stops at: the line break, the markup
/// bytes `<` and `&` (their low halves distinct: a table's), and the last
/// byte of U+2029.
const PARAGRAPH_BYTES: Nibbles<3> = Nibbles::new([b'\n', b'<', b'&'], 0xA9);

/// Whether `bytes` holds U+2029 (E2 80 A9): a search for its last byte,
/// each hit checked for the two before it (`paragraphs_into` finds it so
/// in its pass; this function checks it in debug builds and tests).
fn has_paragraph_separator(bytes: &[u8]) -> bool {
    memchr::memchr_iter(0xA9, bytes).any(|k| k >= 2 && bytes[k - 2..k] == [0xE2, 0x80])
}

/// [`push_trimmed`], and `flag` pushed to `breaks` when a paragraph was
/// pushed (the two vectors stay in line). Inline: a call for each of the
/// 16,000 paragraphs a pass cost more than the copies of its body.
#[inline]
fn push_flagged(text: &str, (s, e): Span, out: &mut Vec<Span>, breaks: &mut Vec<bool>, flag: bool) {
    let n = out.len();
    push_trimmed(text, s, e, out);
    if out.len() > n {
        breaks.push(flag);
    }
}

/// Whether the lines of `text` (two or more, no blank line) are
/// paragraphs: at least two thirds of those before the last end with
/// sentence-final punctuation or a closing quote.
fn line_paragraphs(text: &str) -> bool {
    let mut lines = 0usize;
    let mut ends = 0usize;
    let mut s = 0;
    for i in memchr::memchr_iter(b'\n', text.as_bytes()) {
        let line = text[s..i].trim_end();
        s = i + 1;
        if line.is_empty() {
            continue;
        }
        lines += 1;
        if line.ends_with(['.', '!', '?', '"', '”', '\'', '’', ':', ')']) {
            ends += 1;
        }
    }
    lines >= 2 && ends * 3 >= lines * 2
}

/// Pushes `text[s..e]` with the blanks (white space, invisible format
/// characters) and a list bullet at its start and the blanks at its end
/// trimmed, unless nothing is left.
///
/// Inline, with the trim by characters out of line: the common case is a
/// few tests and a push, which then saves no registers for the rare one.
#[inline(always)]
fn push_trimmed(text: &str, s: usize, e: usize, out: &mut Vec<Span>) {
    push_trimmed_from(text, s, s, e, out);
}

/// [`push_trimmed`] of `text[s..e]` when the bytes from `s` to `from` (at
/// most `e`) are known to be ASCII spaces: the trim of the spaces starts at
/// `from`. The sentence split gives the byte after the one space that
/// follows a stop (nearly every sentence but a paragraph's first starts
/// there), so the loop's first test is nearly always false, not a test
/// that goes with the sentence's place in its paragraph.
#[inline(always)]
fn push_trimmed_from(text: &str, s: usize, from: usize, e: usize, out: &mut Vec<Span>) {
    // Nearly always: ASCII spaces at most before the text (a sentence
    // after the first of its paragraph starts at the space after the
    // stop), then a character that is no blank and opens no bullet, and
    // one that is no blank at the end, so only the spaces are trimmed.
    let bytes = text.as_bytes();
    debug_assert!(s <= from && from <= e && bytes[s..from].iter().all(|&b| b == b' '));
    let mut a = from;
    while a < e && bytes[a] == b' ' {
        a += 1;
    }
    if a < e && solid_start(&bytes[a..e]) && solid_end(&bytes[a..e]) {
        out.push((a, e));
        return;
    }
    push_trimmed_by_chars(text, s, e, out);
}

/// Pushes [`trimmed`]`(text, s, e)` if there is one: the rare case of
/// [`push_trimmed`], out of line.
#[cold]
#[inline(never)]
fn push_trimmed_by_chars(text: &str, s: usize, e: usize, out: &mut Vec<Span>) {
    out.extend(trimmed(text, s, e));
}

/// `text[s..e]` trimmed as [`push_trimmed`] trims it, by characters; `None`
/// when nothing is left.
fn trimmed(text: &str, s: usize, e: usize) -> Option<Span> {
    let seg = &text[s..e];
    // Invisible format characters (direction marks such as U+202A, zero
    // widths, the byte order mark) that web text leaves at paragraph edges
    // are trimmed like spaces, so a quote after them still opens its
    // paragraph.
    let blank = |c: char| c.is_whitespace() || is_format_char(c);
    let mut lead = seg.len() - seg.trim_start_matches(blank).len();
    // A list bullet before the paragraph's text is no part of it.
    lead += bullet_len(&seg[lead..]);
    let trail = seg.trim_end_matches(blank).len();
    (trail > lead).then_some((s + lead, s + trail))
}

/// An ASCII character that is no white space.
#[inline(always)]
fn solid(c: u8) -> bool {
    c < 0x80 && !super::ascii_space(c)
}

/// Whether the non-empty `seg` opens with a character that is no blank
/// (white space, [`is_format_char`]) and opens no list bullet
/// ([`bullet_len`]): an ASCII one other than `-` and `*`, or `“`.
#[inline(always)]
fn solid_start(seg: &[u8]) -> bool {
    let f = seg[0];
    solid(f) && f != b'-' && f != b'*' || seg.starts_with("“".as_bytes())
}

/// Whether the non-empty `seg` ends with a character that is no blank:
/// an ASCII one, or `”` or `’` (the end of most quote paragraphs).
#[inline(always)]
fn solid_end(seg: &[u8]) -> bool {
    solid(seg[seg.len() - 1]) || seg.ends_with("”".as_bytes()) || seg.ends_with("’".as_bytes())
}

/// The length of a list bullet and the spaces after it opening `line`
/// (`• `, `▪ `, `● `, and `- ` or `* ` before a quote mark), or 0. A dash
/// before a name (`— a resident`, `- Amber Phillips.`) is no bullet.
fn bullet_len(line: &str) -> usize {
    let Some(c) = line.chars().next() else {
        return 0;
    };
    if !matches!(c, '•' | '▪' | '●' | '-' | '*') {
        return 0;
    }
    let rest = &line[c.len_utf8()..];
    let after = rest.trim_start_matches([' ', '\t', '\u{a0}']);
    if after.len() == rest.len() {
        return 0;
    }
    if matches!(c, '-' | '*') && !after.starts_with(['"', '“', '‘', '\'', '«', '„']) {
        return 0;
    }
    line.len() - after.len()
}

/// Invisible format characters: zero widths, direction marks and
/// embeddings, the word joiner and the byte order mark.
fn is_format_char(c: char) -> bool {
    matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}' | '\u{feff}')
}

pub(crate) const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "maj",
    "adm", "cmdr", "st", "ft", "mt", "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct",
    "nov", "dec", "no", "vs", "inc", "corp", "co", "ltd", "jr", "sr", "rev", "hon", "pres", "atty",
    "engr", "dept", "est", "approx", "fig", "e.g", "i.e", "etc", "u.s", "u.k", "u.n", "d.c", "a.m",
    "p.m", "coun", "cst", "supt", "insp", "cpl", "brig", "pvt", "rt", "msgr",
];

/// Bytes of the longest of [`ABBREVIATIONS`].
const ABBREVIATION_MAX: usize = 6;

/// Per length up to [`ABBREVIATION_MAX`] and per first byte `b` (at
/// `(b | 0x20) & 31`): bit `(c | 0x20) & 31` set for the second byte `c`
/// of each of [`ABBREVIATIONS`] of that length that starts with `b` (bytes
/// alike in their low five bits share a place, which lets through only
/// words the search then rejects; every abbreviation has two bytes or
/// more, so the words of one byte find no bit).
static ABBREVIATION_STARTS: [[u32; 32]; ABBREVIATION_MAX + 1] = {
    let mut t = [[0u32; 32]; ABBREVIATION_MAX + 1];
    let mut k = 0;
    while k < ABBREVIATIONS.len() {
        let a = ABBREVIATIONS[k].as_bytes();
        t[a.len()][((a[0] | 0x20) & 31) as usize] |= 1 << ((a[1] | 0x20) & 31);
        k += 1;
    }
    t
};

/// The first eight bytes of `w` (fewer when it is shorter) as one
/// little-endian number, byte `i` in bits `8i` and up, zero-padded (a NUL
/// byte packs to nothing), ASCII-lowercased when `fold`: the packer of
/// the [`ABBREVIATIONS`] (folded, each of at most [`ABBREVIATION_MAX`]
/// bytes: the whole word), of resolution's word keys and (unfolded) of
/// the rests of the lexicon's cue forms (`packed_tail`, which adds a mask
/// of the bytes and one of their lowercase letters). (`sent::pack` packs
/// sixteen bytes into a `u128`, always folded.)
#[inline(always)]
pub(crate) const fn packed_prefix(w: &[u8], fold: bool) -> u64 {
    let mut k = 0;
    let mut i = 0;
    while i < w.len() && i < 8 {
        let c = if fold {
            w[i].to_ascii_lowercase()
        } else {
            w[i]
        };
        k |= (c as u64) << (8 * i);
        i += 1;
    }
    k
}

/// Slots of [`ABBREVIATION_TABLE`] (a power of two, over twice the
/// abbreviations).
const ABBREVIATION_SLOTS: usize = 256;

/// The first slot of a packed word in [`ABBREVIATION_TABLE`]: the top
/// eight bits of a multiplicative hash.
#[inline(always)]
const fn abbreviation_slot(k: u64) -> usize {
    const { assert!(ABBREVIATION_SLOTS == 1 << 8) };
    (k.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 56) as usize
}

/// The packed [`ABBREVIATIONS`] ([`packed_prefix`], folded) in an open
/// addressing table built at compile time: each from its
/// [`abbreviation_slot`] on, in the first empty slot (0: no abbreviation
/// packs to 0), so a search from a word's slot meets it before an empty
/// one.
static ABBREVIATION_TABLE: [u64; ABBREVIATION_SLOTS] = {
    const { assert!(ABBREVIATIONS.len() * 2 < ABBREVIATION_SLOTS) };
    let mut t = [0u64; ABBREVIATION_SLOTS];
    let mut n = 0;
    while n < ABBREVIATIONS.len() {
        let k = packed_prefix(ABBREVIATIONS[n].as_bytes(), true);
        let mut i = abbreviation_slot(k);
        // (A repeated abbreviation would find itself.)
        while t[i] != 0 && t[i] != k {
            i = (i + 1) % ABBREVIATION_SLOTS;
        }
        t[i] = k;
        n += 1;
    }
    t
};

/// `word` (at most eight bytes) packed as [`packed_prefix`] packs it
/// but for the case of its bytes: from two loads that overlap (the bytes
/// they share are the same), not byte by byte.
#[inline(always)]
pub(crate) fn pack_short_word(word: &[u8]) -> u64 {
    let n = word.len();
    let at = |i: usize, m: usize| -> u64 {
        let mut b = [0u8; 8];
        b[..m].copy_from_slice(&word[i..i + m]);
        u64::from_le_bytes(b)
    };
    match n {
        0 => 0,
        1 => u64::from(word[0]),
        2..=3 => at(0, 2) | at(n - 2, 2) << (8 * (n - 2)),
        4..=7 => at(0, 4) | at(n - 4, 4) << (8 * (n - 4)),
        _ => at(0, 8),
    }
}

/// Whether `word` is one of [`ABBREVIATIONS`] in any ASCII case (every
/// word before a period is tested): the word lowercased and packed into
/// one integer, looked up in [`ABBREVIATION_TABLE`], when an abbreviation
/// of its length starts with its first two letters (most words before a
/// stop fail there, with no lookup). (A word ending in a NUL byte is looked
/// up: its NULs pack to nothing, so "mr\0" is found as "mr", at another
/// length. No caller passes one.)
pub(crate) fn is_abbreviation_word(word: &[u8]) -> bool {
    const L: u64 = 0x0101_0101_0101_0101;
    const H: u64 = 0x8080_8080_8080_8080;
    if word.len() > ABBREVIATION_MAX {
        return false;
    }
    if let (Some(&b0), Some(&last)) = (word.first(), word.last()) {
        let b1 = word.get(1).copied().unwrap_or(0);
        let seconds = ABBREVIATION_STARTS[word.len()][((b0 | 0x20) & 31) as usize];
        if seconds & 1 << ((b1 | 0x20) & 31) == 0 && last != 0 {
            return false;
        }
    }
    let x = pack_short_word(word);
    // Every byte of the word is in `x` (the bytes above it are 0).
    if x & H != 0 {
        return false;
    }
    // ASCII capitals get bit 5 (lowercase): `b | 0x80` less 'A' keeps bit
    // 7 for `b >= 'A'`, less 'Z' + 1 for `b > 'Z'` (no byte borrows from
    // the next, each being 0x80 or more).
    let upper = ((x | H) - L * u64::from(b'A')) & !((x | H) - L * u64::from(b'Z' + 1)) & H;
    let k = x | upper >> 2;
    let mut i = abbreviation_slot(k);
    loop {
        let e = ABBREVIATION_TABLE[i];
        // (No abbreviation is empty, so the empty word's 0 is never found.)
        if e == 0 {
            return false;
        }
        if e == k {
            return true;
        }
        i = (i + 1) % ABBREVIATION_SLOTS;
    }
}

/// Whether `word` is hyphenated with a capitalized abbreviation after its
/// last hyphen ("then-Gov", "ex-Sen", "Then-Rep"), as [`is_abbreviation`]
/// reads the word before a stop (the word after the hyphen). The tokenizer
/// leaves such a word's stop a token of its own ("then-Gov", "."); the
/// speaker phrase reads the pair as one title word.
/// (Only the last [`ABBREVIATION_MAX`] + 1 bytes are searched for the
/// hyphen: a longer part after it is no abbreviation.)
pub(crate) fn hyphen_abbreviation_word(word: &[u8]) -> bool {
    let tail = word
        .get(word.len().saturating_sub(ABBREVIATION_MAX + 1)..)
        .unwrap_or(word);
    tail.iter().rposition(|&c| c == b'-').is_some_and(|h| {
        tail.get(h + 1).is_some_and(u8::is_ascii_uppercase)
            && tail.get(h + 1..).is_some_and(is_abbreviation_word)
    })
}

/// Whether the word ending at the period at byte `dot` is an abbreviation
/// or an initial.
fn is_abbreviation(para: &str, dot: usize) -> bool {
    let before = &para[..dot];
    // The ASCII letters and digits before the stop, by bytes: seven or
    // more are no abbreviation nor initial (the last word of most
    // sentences), and after an ASCII byte that is no stop they are the
    // whole word.
    let b = before.as_bytes();
    let k = match dot.checked_sub(8).and_then(|s| b.get(s..dot)) {
        // The eight bytes before the stop tested at once: the letters and
        // digits that end them are the high bytes with bit 7 clear.
        Some(w) => {
            let stop = not_alnum_bytes(u64::from_le_bytes(w.try_into().expect("eight bytes")));
            dot - (stop.leading_zeros() / 8) as usize
        }
        None => {
            let mut k = dot;
            while k > 0 && b[k - 1].is_ascii_alphanumeric() {
                k -= 1;
            }
            k
        }
    };
    if dot - k > ABBREVIATION_MAX {
        return false;
    }
    let word_start = if k == 0 || b[k - 1] < 0x80 && b[k - 1] != b'.' {
        k
    } else {
        word_start_by_chars(before)
    };
    abbreviation_at(para, dot, word_start)
}

/// Where the word before the end of `before` starts: after the last
/// character that is no letter, digit or stop.
fn word_start_by_chars(before: &str) -> usize {
    before
        .rfind(|c: char| !(c.is_alphanumeric() || c == '.'))
        .map_or(0, |i| {
            i + before[i..].chars().next().map_or(1, char::len_utf8)
        })
}

/// [`is_abbreviation`] of the word `para[word_start..dot]`.
fn abbreviation_at(para: &str, dot: usize, word_start: usize) -> bool {
    let word = &para[word_start..dot];
    if word.is_empty() {
        return false;
    }
    // Initials: "J." or "U.S." style (single letters with dots). An
    // initialism of two letters or more ends its sentence before a word
    // that opens a clause and never follows it inside one ("... into the
    // U.S. He added that ...", "in Washington, D.C. The mayor said").
    // (An ASCII first byte with no stop after it opens a piece of two
    // characters or more: the last word of most sentences is no initial.)
    let w = word.as_bytes();
    let two_first = w[0] < 0x80 && w.len() > 1 && w[1] != b'.';
    if !two_first
        && super::split_byte(word, b'.')
            .all(|p| p.chars().count() == 1 && p.chars().all(char::is_uppercase))
    {
        return word.len() < 3 || !opens_sentence(&para[dot + 1..]);
    }
    // A clock's "a.m."/"p.m." ends its sentence before a word that opens a
    // clause ("by 6 a.m. He said repairs ..."), not before a day or a
    // zone ("at 10 a.m. Monday", "9 a.m. ET").
    if matches!(word, "a.m" | "p.m") {
        return !clock_ends_sentence(para, word_start, dot);
    }
    // A lowercase "no." abbreviates "number" only before one ("no. 10");
    // it ends a sentence otherwise ("the candidate said no. But he ...").
    // (A capitalized "No." stays an abbreviation: "No. 2", and a one-word
    // answer opening a transcript turn stays with the rest of the answer.)
    if word == "no" {
        return para[dot + 1..]
            .trim_start()
            .starts_with(|c: char| c.is_ascii_digit());
    }
    // "Rt." (Right, "the Rt. Rev.", "the Rt. Hon.") is a style before a
    // name; "RT." is the channel (Russia Today) ending its sentence ("The
    // remarks aired on RT. Peskov said ...").
    if word.len() == 2 && word.eq_ignore_ascii_case("rt") {
        return word == "Rt";
    }
    // A military or police rank is abbreviated capitalized before a name
    // ("Brig. Gen. Karen Holt", "Pvt. Ana Ruiz", "Cpl. Tom Vale"); written
    // in lowercase it is a word ending its sentence ("two nights in the
    // brig. The Navy said ...", "He was a pvt. Officers said ...").
    // Capitalized, it is a word ending its sentence too before a clause
    // opener, which no name starts with ("signed with Reliance Retail
    // Pvt. The company said ..."; "Pvt. Daniel Okafor" goes on).
    // (Asked only of an abbreviation.)
    if capitalized_rank(word) && rank_before_clause(&para[dot + 1..]) {
        return false;
    }
    is_abbreviation_word(word.as_bytes())
        && !(w[0].is_ascii_lowercase() && LOWERCASE_NO_RANK.contains(&word))
        && !time_zone_after_clock(para, word_start, word)
}

/// Whether `word` is one of [`LOWERCASE_NO_RANK`] capitalized ("Pvt",
/// "Brig"). (A match on the whole word: most abbreviations asked are
/// "Mr", "Mrs", "Dr", which it rejects at once.)
fn capitalized_rank(word: &str) -> bool {
    matches!(
        word,
        "Brig"
            | "Pvt"
            | "Cpl"
            | "Sgt"
            | "Capt"
            | "Maj"
            | "Cmdr"
            | "Col"
            | "Lt"
            | "Adm"
            | "Gen"
            | "Supt"
            | "Insp"
            | "Cst"
    )
}

/// Whether `rest`, after a capitalized rank abbreviation's stop, opens a
/// clause of its own ([`opens_sentence`], or the article "A" as a word of
/// its own, not an initial "A."): no name follows the rank.
fn rank_before_clause(rest: &str) -> bool {
    opens_sentence(rest)
        || rest
            .trim_start_matches([' ', '\n', '\r', '\t'])
            .starts_with("A ")
}

/// The rank abbreviations of [`ABBREVIATIONS`] that are abbreviations only
/// capitalized (see [`abbreviation_at`]).
const LOWERCASE_NO_RANK: &[&str] = &[
    "brig", "pvt", "cpl", "sgt", "capt", "maj", "cmdr", "col", "lt", "adm", "gen", "supt", "insp",
    "cst",
];

/// Whether the "a.m."/"p.m." whose stop is at `dot` (its word from
/// `word_start`) ends its sentence: before a word that opens a clause
/// ("by 6 a.m. He said"), and before any other capitalized word that is
/// no day, month, holiday or time zone ("after 2 a.m. Police said", "at
/// 3:15 a.m. Smith said"), unless a determiner or a possessive stands
/// before the clock, whose time then modifies a noun ("a 7 a.m. Delta
/// flight", "the 8 a.m. Mass"). Not before "ET", "GMT", "Eastern",
/// "Monday", "March", "Christmas", or a word before "time" ("Moscow
/// time").
fn clock_ends_sentence(para: &str, word_start: usize, dot: usize) -> bool {
    const NO_OPENERS: &[&str] = &[
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "Mon",
        "Tue",
        "Tues",
        "Wed",
        "Thu",
        "Thur",
        "Thurs",
        "Fri",
        "Sat",
        "Sun",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Sept",
        "Oct",
        "Nov",
        "Dec",
        "Eastern",
        "Central",
        "Pacific",
        "Mountain",
        "Atlantic",
        "Alaska",
        "Hawaii",
        "Greenwich",
        "Universal",
        "Coordinated",
        "Local",
        "Standard",
        "Daylight",
        "Today",
        "Tonight",
        "Tomorrow",
        "Yesterday",
        "Christmas",
        "Easter",
        "Thanksgiving",
        "Halloween",
        "New",
        "Election",
        "Memorial",
        "Labor",
        "Independence",
        "Veterans",
        "Zulu",
        "Noon",
        "Midnight",
    ];
    let rest = para.get(dot + 1..).unwrap_or("");
    if opens_sentence(rest) {
        return true;
    }
    let rest = rest.trim_start_matches([' ', '\n', '\r', '\t']);
    // An opening quote mark before the capital opens a quoted sentence
    // ("after 11 p.m. \"Our officers arrived,\" he said"): the word after
    // it is tested as if unquoted (a quoted "Monday Night Football" stays).
    let rest = rest
        .strip_prefix(['"', '\u{201C}'])
        .filter(|r| r.starts_with(|c: char| c.is_ascii_uppercase()))
        .unwrap_or(rest);
    if !rest.starts_with(|c: char| c.is_ascii_uppercase()) {
        return false;
    }
    let end = rest
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(rest.len());
    let w = &rest[..end];
    // A zone in capitals: "ET", "EDT", "GMT", "UTC", "Z", and the few
    // that do not end in T ("9 a.m. MSK, the exchange said"); any other
    // run of capitals is an opener ("5 p.m. CNN reported", "8 p.m. NATO,
    // meanwhile, said", "5 p.m. BP, the oil major, said").
    let caps = w.bytes().all(|b| b.is_ascii_uppercase());
    if caps
        && (w.len() == 1 || w.ends_with('T') || matches!(w, "UTC" | "MSK" | "MSD" | "WIB" | "WITA"))
    {
        return false;
    }
    // "Local" and "New" are a zone or place only before "time" (or "New
    // Year"): "8 a.m. Local businesses said", "6 a.m. New York Times
    // reporters said" open a sentence.
    let weak = matches!(w, "Local" | "New");
    if !weak && NO_OPENERS.contains(&w) {
        return false;
    }
    if w == "New" && rest[end..].trim_start().starts_with("Year") {
        return false;
    }
    // "3 p.m. Moscow time", "9 a.m. New York time", "9 p.m. Mexico City
    // local time", "10 a.m. San Juan de la Maguana time": "time" within
    // four words, particles not counted, past capitalized words,
    // particles and "local" only; not past a possessive ("11 p.m. Prime
    // Minister Keir Starmer's time in office") or a stop or comma.
    let mut words = 0;
    for raw in rest[end..].split_whitespace().take(8) {
        let x = raw.trim_end_matches(|c: char| !c.is_ascii_alphabetic());
        if x.eq_ignore_ascii_case("time") {
            return false;
        }
        let particle = matches!(x, "de" | "da" | "do" | "del" | "la" | "el" | "es");
        let go_on = x.len() == raw.len()
            && !x.ends_with("'s")
            && !x.ends_with("’s")
            && (particle || x == "local" || x.starts_with(|c: char| c.is_uppercase()));
        if !particle {
            words += 1;
        }
        if !go_on || words == 4 {
            break;
        }
    }
    // The clock's number before the word, and the word before it: no
    // number ("A.M." alone) keeps the stop inside the sentence.
    let before = para[..word_start].trim_end();
    let num = before.trim_end_matches(|c: char| c.is_ascii_digit() || c == ':' || c == '.');
    if num.len() == before.len() {
        return false;
    }
    let prev = num
        .trim_end()
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("");
    let det = [
        "a", "an", "the", "this", "that", "each", "every", "his", "her", "its", "their", "our",
        "my", "your", "next", "last", "first", "same",
    ]
    .iter()
    .any(|d| d.eq_ignore_ascii_case(prev))
        || prev.ends_with("'s")
        || prev.ends_with("’s");
    !det
}

/// Whether `word` (an abbreviation of the list, before a stop) is a time
/// zone in capitals ("CST", "EST") after a clock time ("10 a.m. CST.",
/// "9:30 p.m. EST.", "1500 EST."): the stop then ends the sentence, as
/// after any other zone ("GMT."). (Asked only of the listed abbreviations
/// that a zone spells: "Cst." before a name and "est." stay.)
fn time_zone_after_clock(para: &str, word_start: usize, word: &str) -> bool {
    if !matches!(word, "CST" | "EST") {
        return false;
    }
    let trim = |s: &str| s.trim_end_matches([' ', '\u{a0}']).len();
    let mut b = &para.as_bytes()[..trim(&para[..word_start])];
    let ends =
        |b: &[u8], s: &[u8]| b.len() >= s.len() && b[b.len() - s.len()..].eq_ignore_ascii_case(s);
    if ends(b, b"noon") || ends(b, b"midnight") {
        return true;
    }
    if let Some(m) = [&b"a.m."[..], b"p.m.", b"am", b"pm"]
        .into_iter()
        .find(|m| ends(b, m))
    {
        b = &para.as_bytes()[..trim(&para[..b.len() - m.len()])];
    }
    b.last().is_some_and(u8::is_ascii_digit)
}

/// Whether `rest` (the text after a stop) opens with a capitalized word
/// that begins a clause and never follows an initialism such as "U.S."
/// inside a sentence: a subject pronoun, a determiner or a conjunction.
fn opens_sentence(rest: &str) -> bool {
    const OPENERS: &[&str] = &[
        "He",
        "She",
        "They",
        "We",
        "It",
        "The",
        "This",
        "These",
        "Those",
        "His",
        "Her",
        "Their",
        "Its",
        "But",
        "And",
        "There",
        "While",
        "When",
        "If",
        "After",
        "However",
        "Meanwhile",
    ];
    let rest = rest.trim_start_matches([' ', '\n', '\r', '\t']);
    let end = rest
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(rest.len());
    OPENERS.contains(&&rest[..end])
}

/// Whether the word before the stop at `dot` is a title that a name
/// follows ("Sen.  Bernie Sanders", "Mr.  Trump").
fn is_title_before(para: &str, dot: usize) -> bool {
    let word = para[..dot]
        .rsplit(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    const TITLES: &[&str] = &[
        "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt",
        "maj", "adm", "cmdr", "st", "rev", "hon", "pres", "atty", "brig", "pvt", "rt", "msgr",
    ];
    // (The channel "RT." needs no test here: its caller asks only of a
    // stop that [`abbreviation_at`] takes, which "RT." is not.)
    TITLES.iter().any(|t| t.eq_ignore_ascii_case(word))
}

/// Sentences of the paragraph `para_span`; `quotes` are all quotes of the
/// document, sorted (or all but some that close before the paragraph, as
/// a caller that goes through the paragraphs in order may leave out: the
/// split then finds its first quote at once). Boundaries inside a
/// quotation are not used.
pub fn sentences(text: &str, para_span: Span, quotes: &[Quote]) -> Vec<Span> {
    let mut out = Vec::new();
    sentences_into(text, para_span, quotes, &mut out);
    out
}

/// [`sentences`], appended to `out` (a vector reused from paragraph to
/// paragraph).
pub fn sentences_into(text: &str, para_span: Span, quotes: &[Quote], out: &mut Vec<Span>) {
    // A title-case line glued to the next one by a single line break (a
    // live blog's entry headline: "...PMJeb Bush Hits Marco Rubio On Rape
    // Exception\nJeb Bush criticized ...") ends a sentence of its own.
    let (ps, pe) = para_span;
    let mut s = ps;
    for i in memchr::memchr_iter(b'\n', &text.as_bytes()[ps..pe]) {
        let nl = ps + i;
        if title_line_break(text, s, nl, pe, quotes) {
            sentences_in(text, (s, nl), quotes, out);
            s = nl + 1;
        }
    }
    sentences_in(text, (s, pe), quotes, out);
}

/// [`sentences_into`] of a paragraph with no line break, without the
/// search for one (a `memchr` call for each paragraph, about 100
/// instructions; see [`paragraphs_into`]).
pub fn sentences_without_breaks_into(
    text: &str,
    para_span: Span,
    quotes: &[Quote],
    out: &mut Vec<Span>,
) {
    debug_assert!(!text.as_bytes()[para_span.0..para_span.1].contains(&b'\n'));
    sentences_in(text, para_span, quotes, out);
}

/// Whether the line break at `nl` ends a line (from `s` or the line break
/// before) that is a sentence of its own before a capital opening the next
/// line, outside quotes: a line closed by a semicolon (a headline before
/// its deck), a list number, or a title-case line (among its last twelve
/// words, three capitalized or more and three in four, no lowercase word
/// of four letters or more; no closing stop, comma, colon or quote mark).
fn title_line_break(text: &str, s: usize, nl: usize, pe: usize, quotes: &[Quote]) -> bool {
    let line_start = memchr::memrchr(b'\n', &text.as_bytes()[s..nl]).map_or(s, |k| s + k + 1);
    let line = text[line_start..nl].trim();
    // The next line only: a run of lines of spaces (no-break spaces are no
    // blank line) must not be trimmed again at each of its breaks.
    let next_end = memchr::memchr(b'\n', &text.as_bytes()[nl + 1..pe]).map_or(pe, |k| nl + 1 + k);
    let next = text[nl + 1..next_end].trim_start();
    if !next.starts_with(|c: char| c.is_uppercase()) {
        return false;
    }
    // Not inside a quote.
    let q = quotes.partition_point(|q| q.close_end <= nl);
    if q < quotes.len() && quotes[q].open < nl && nl < quotes[q].end {
        return false;
    }
    // "Republicans' reaction: 'Is that all there is?'; \nCandidates say
    // president's anti-terror strategy is inadequate.": a headline and
    // its deck.
    // A list number on a line of its own ("2\nSalma Hayek Described Her
    // Experience ...", listicles).
    if line.ends_with(';')
        || (1..=3).contains(&line.len()) && line.bytes().all(|b| b.is_ascii_digit())
        || clock_line(line)
    {
        return true;
    }
    if line.ends_with(['.', '!', '?', ',', ':', '"', '”']) {
        return false;
    }
    let (mut words, mut caps) = (0, 0);
    for w in line.split_whitespace().rev().take(12) {
        let letters = w.chars().filter(|c| c.is_alphabetic()).count();
        if w.starts_with(|c: char| c.is_lowercase()) {
            if letters >= 4 {
                return false;
            }
        } else {
            caps += 1;
        }
        words += 1;
    }
    // Hard-wrapped prose ("... to be in New York\nCity Hall ...") has
    // lowercase short words between its names.
    caps >= 3 && caps * 4 >= words * 3
}

/// Nouns of answering that ask for the quote after them with a question
/// mark ("Her response? \"...\""): the question and its quote are one
/// sentence (`response_question`), which `rules::colon_quote` reads as a
/// label and its quote.
pub const REPLY_QUESTION_NOUNS: &[&str] = &[
    "response", "reaction", "answer", "reply", "retort", "verdict",
];

/// Whether `head` (a sentence up to its question mark) asks for a reply
/// that the quote opening `rest` gives ("Her response? \"...\"", "The
/// minister's answer? '...'"): at most four words, the last one of
/// [`REPLY_QUESTION_NOUNS`]. The question and its quote stay one
/// sentence, as with a colon.
fn response_question(head: &str, rest: &str) -> bool {
    let rest = rest.trim_start_matches([' ', '\u{a0}']);
    if !rest.starts_with(['"', '“', '\'', '‘']) {
        return false;
    }
    let mut words = head.split_whitespace();
    let last = words.next_back().unwrap_or("");
    // (The noun first, and at most four words counted: no scan of a long
    // sentence per question mark.)
    REPLY_QUESTION_NOUNS.contains(&last) && words.take(4).count() <= 3
}

/// Whether the quote opening at or after `at` (white space first) is
/// closed and no attribution follows it in the paragraph (the paragraph
/// ends or a new sentence opens): `Her response? "No." She left.`, not
/// `Her response? "No," she said.` (that quote has its own cue).
fn quote_alone(text: &str, quotes: &[Quote], at: usize, pe: usize) -> bool {
    let k = quotes.partition_point(|q| q.open < at);
    let Some(q) = quotes.get(k) else {
        return false;
    };
    if !q.closed || q.close_end > pe || !text[at..q.open].trim().is_empty() {
        return false;
    }
    let rest = text[q.close_end..pe].trim_start();
    rest.is_empty() || rest.starts_with(|c: char| c.is_uppercase())
}

/// Whether `line` is a clock time alone, as live blogs put one above each
/// entry ("11:42 p.m. ET", "2:15pm", "14:05 GMT", "9.30am BST"): hours and
/// minutes, then at most "am/pm" (with or without stops) and a time zone in
/// capitals.
fn clock_line(line: &str) -> bool {
    let b = line.as_bytes();
    let h = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if !(1..=2).contains(&h) || b.len() < h + 3 || !matches!(b[h], b':' | b'.') {
        return false;
    }
    if !(b[h + 1].is_ascii_digit() && b[h + 2].is_ascii_digit()) {
        return false;
    }
    let mut rest = line[h + 3..].trim_start();
    for m in ["a.m.", "p.m.", "am", "pm", "AM", "PM", "a.m", "p.m"] {
        if let Some(r) = rest.strip_prefix(m) {
            rest = r.trim_start();
            break;
        }
    }
    rest.len() <= 5 && rest.bytes().all(|c| c.is_ascii_uppercase())
}

/// The sentences of the paragraph `para_span` (no line break), pushed to
/// `out` ([`sentences_into`]): compiled for AVX2 where the processor has
/// it (the stops found 32 bytes to a compare, [`ByteHits`]).
fn sentences_in(text: &str, para_span: Span, quotes: &[Quote], out: &mut Vec<Span>) {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: the processor has AVX2 (just detected).
        unsafe { sentences_in_avx2(text, para_span, quotes, out) };
        return;
    }
    // SAFETY: no AVX2 asked for.
    unsafe { sentences_in_with::<false, false>(text, para_span, quotes, out) };
}

/// [`sentences_in`] compiled for AVX2.
///
/// # Safety
///
/// The processor must have AVX2.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn sentences_in_avx2(text: &str, para_span: Span, quotes: &[Quote], out: &mut Vec<Span>) {
    // SAFETY: the processor has AVX2 (this function's contract).
    unsafe { sentences_in_with::<true, false>(text, para_span, quotes, out) };
}

/// The body of [`sentences_in`], the stops found by AVX2 when `AVX2`.
/// The paragraph's last byte is scanned only when `LAST` (the tests'
/// reference): a stop there never ends a sentence (below).
///
/// # Safety
///
/// With `AVX2`, the processor must have AVX2.
#[inline(always)]
unsafe fn sentences_in_with<const AVX2: bool, const LAST: bool>(
    text: &str,
    para_span: Span,
    quotes: &[Quote],
    out: &mut Vec<Span>,
) {
    let (ps, pe) = para_span;
    let para = &text[ps..pe];
    let bytes = para.as_bytes();
    let mut start = 0;
    // Where the trim of the sentence from `start` may start: past the one
    // space after the stop before, when a byte that is no blank follows it
    // (`next_after_blanks`); `start` itself stays, for the length test
    // and `response_question`.
    let mut from = 0;
    // First quote that might contain a position >= ps: nearly always the
    // first given (the document loop leaves out the quotes closed before
    // the paragraph), else found by a binary search.
    let mut qi = if quotes.first().is_none_or(|q| q.close_end > ps) {
        0
    } else {
        quotes.partition_point(|q| q.close_end <= ps)
    };
    // A stop at the paragraph's last byte (a third of all stops: most
    // paragraphs end with one) has no white space after it, so it ends no
    // sentence here (`at_space` is false, and the loop goes on to the next
    // stop at once, the quote cursor `qi` not moved):
    // the stops are sought in all bytes but the last. This
    // takes its turn of the loop away, and with it the mispredicted test
    // of the paragraph's end in `closing_mark_len` and `at_space`.
    let scanned = if LAST {
        bytes
    } else {
        &bytes[..bytes.len().saturating_sub(1)]
    };
    // (The closing marks a stop takes with it hold no stop, so the next
    // stop found is past them.)
    // SAFETY: with `AVX2` the processor has AVX2 (this function's contract).
    let stops = unsafe { ByteHits::<_, AVX2>::new_avx2_if(scanned, SENTENCE_STOPS) };
    for i in stops {
        let b = bytes[i];
        // Extend over closing marks and brackets (`"`, `'`, `)`, `]`, `”`,
        // `’`, `»`).
        let mut j = i + 1;
        while let Some(n) = closing_mark_len(bytes, j) {
            j += n;
        }
        let at_space = j < bytes.len()
            && (matches!(bytes[j], b' ' | b'\n' | b'\r' | b'\t')
                || para[j..].starts_with('\u{a0}'));
        // A stop with no white space after it ("U.S.", "3.5", ".com": a
        // fifth of the stops) ends no sentence: the next stop, before the
        // quote walk. (The walk moves `qi` on to the quote that may hold
        // the stop at hand, whichever stops walked before: skipping it
        // here leaves the next stop's walk to go as far.)
        if !at_space {
            continue;
        }
        let abs = ps + i;
        while qi < quotes.len() && quotes[qi].close_end <= abs {
            qi += 1;
        }
        let inside = qi < quotes.len() && quotes[qi].open < abs && abs < quotes[qi].end;
        // A stop just before the closing mark ends the sentence too:
        // `the probe is “ongoing.” He said ...`.
        let closes = inside && quotes[qi].close_end <= ps + j;
        // Two spaces after a stop end a sentence even after an
        // abbreviation or an initial ("... Biden Jr.  Mrs. Clinton says",
        // "9:05 p.m.  Hillary Clinton says": typed sentence spacing, or
        // paragraphs run together on one line). (Asked only of a stop that
        // may end an abbreviation.)
        let wide = || {
            (para[j..].starts_with("  ") || para[j..].starts_with(" \t"))
                && !is_title_before(para, i)
        };
        if (!inside || closes)
            && !(b == b'.' && j == i + 1 && !wide() && is_abbreviation(para, i))
            && !(b == b'?'
                && response_question(&para[start..i], &para[j..])
                && quote_alone(text, quotes, ps + j, pe))
        {
            let (next, after) = next_after_blanks(para, j);
            if next.is_uppercase()
                || next.is_ascii_digit()
                || matches!(next, '"' | '“' | '‘' | '\'' | '«' | '(' | '—' | '[' | '`')
            {
                push_sentence(text, ps + start, ps + from, ps + j, out);
                start = j;
                from = after;
            }
        }
    }
    push_sentence(text, ps + start, ps + from, pe, out);
}

/// The first character of `para[j..]` after its blanks (spaces, tabs,
/// line breaks, no-break spaces), or `a` at the end: what follows a
/// sentence's stop. Nearly always one space and an ASCII character, read
/// as bytes; else the blanks are trimmed by characters. With it, where
/// the trim of a sentence from `j` may start ([`push_trimmed_from`]): `j + 1`
/// past that one space, else `j`. (Always in line: out of line, the pair
/// came back through memory.)
#[inline(always)]
fn next_after_blanks(para: &str, j: usize) -> (char, usize) {
    match para.as_bytes().get(j..j + 2) {
        Some(&[b' ', c]) if c < 0x80 && !matches!(c, b' ' | b'\n' | b'\r' | b'\t') => {
            (char::from(c), j + 1)
        }
        _ => {
            let next = para[j..]
                .trim_start_matches([' ', '\n', '\r', '\u{a0}', '\t'])
                .chars()
                .next()
                .unwrap_or('a');
            (next, j)
        }
    }
}

/// The length of the closing mark or bracket at byte `j` of `bytes`
/// (`"`, `'`, `)`, `]`, `”`, `’` or `»`, which a sentence's stop takes
/// with it), if there is one.
#[inline]
fn closing_mark_len(bytes: &[u8], j: usize) -> Option<usize> {
    match bytes.get(j)? {
        b'"' | b'\'' | b')' | b']' => Some(1),
        0xE2 if matches!(bytes.get(j + 1..j + 3), Some([0x80, 0x9D | 0x99])) => Some(3),
        0xC2 if bytes.get(j + 1) == Some(&0xBB) => Some(2),
        _ => None,
    }
}

/// The positions of the bytes of `bytes` that are one of the needles `T`
/// (an array of bytes, or [`Halves`] for more of them; no needle 0), in
/// order: each 64-byte block is compared with the needles at once (SSE2,
/// sixteen bytes to a compare), and the hits are taken from the block's
/// bit mask. For the paragraph scans, whose hits are a
/// few a hundred bytes: a `memchr` search a hit pays its set-up again at
/// every hit, and searches for more than three bytes took a second pass.
///
/// With `AVX2` (made only by the unsafe [`ByteHits::new_avx2_if`]) the blocks
/// are compared 32 bytes at a time: about a third of the instructions a
/// block, when the loop that takes the hits is compiled for AVX2 too (see
/// [`sentences_in`]).
pub(crate) struct ByteHits<'a, T: Needles, const AVX2: bool = false> {
    bytes: &'a [u8],
    needles: T,
    /// Start of the block of `mask`.
    base: usize,
    /// Start of the next block: the blocks after the first tile the rest
    /// of `bytes` exactly (see [`ByteHits::new_avx2_if`]); `bytes.len()`
    /// or more when there is none.
    next: usize,
    /// The hits of the block not given yet.
    mask: u64,
}

impl<'a, T: Needles> ByteHits<'a, T> {
    /// The hits of `needles` in `bytes`.
    pub(crate) fn new(bytes: &'a [u8], needles: T) -> ByteHits<'a, T> {
        // SAFETY: no AVX2 asked for.
        unsafe { ByteHits::new_avx2_if(bytes, needles) }
    }
}

impl<'a, T: Needles, const AVX2: bool> ByteHits<'a, T, AVX2> {
    /// The hits of `needles` in `bytes`, the blocks compared with AVX2
    /// when `AVX2`.
    ///
    /// The first block is the first 64 bytes (padded with zeros when
    /// `bytes` is shorter), its hits kept up to the first block boundary
    /// counted back from the end (`(len - 1) % 64 + 1` bytes); the blocks
    /// after it, from there on, are whole and end where `bytes` ends. (A
    /// last, shorter block, compared as the last 64 bytes, asked for a
    /// branch at each block that followed the length of the paragraph:
    /// some 30,000 mispredicts a pass in the sentence split and the quote
    /// scan.)
    ///
    /// # Safety
    ///
    /// With `AVX2`, the processor must have AVX2.
    #[inline]
    pub(crate) unsafe fn new_avx2_if(bytes: &'a [u8], needles: T) -> ByteHits<'a, T, AVX2> {
        // SAFETY: as this function's contract.
        let first = unsafe { first_block_hits::<T, AVX2>(bytes, &needles) };
        // The bytes of the first block that no later block holds: 1 to
        // 64 (the text's length for a text of 1 to 64 bytes, whose padded
        // block is all there is; 64 for an empty text, whose block is all
        // zeros, or one of a multiple of 64).
        let head = bytes.len().wrapping_sub(1) % 64 + 1;
        ByteHits {
            bytes,
            needles,
            base: 0,
            next: head,
            mask: first & (u64::MAX >> (64 - head)),
        }
    }
}

impl<T: Needles, const AVX2: bool> Iterator for ByteHits<'_, T, AVX2> {
    type Item = usize;

    #[inline]
    fn next(&mut self) -> Option<usize> {
        while self.mask == 0 {
            let b = self.bytes.get(self.next..self.next + 64)?;
            self.base = self.next;
            self.next += 64;
            let b: &[u8; 64] = b.try_into().expect("64 bytes");
            #[cfg(target_arch = "x86_64")]
            if AVX2 {
                // SAFETY: with `AVX2` the processor has AVX2: such a
                // `ByteHits` is made only by `new_avx2_if`, whose contract
                // that is.
                self.mask = unsafe { self.needles.mask64_avx2(b) };
                continue;
            }
            self.mask = self.needles.mask64(b);
        }
        let k = self.mask.trailing_zeros() as usize;
        self.mask &= self.mask - 1;
        Some(self.base + k)
    }
}

/// Bit `k` set when byte `k` of `bytes` is one of `needles`, for its
/// first 64 bytes; when `bytes` is shorter than 64, in a copy padded with
/// zeros, which match no needle (a copy was a call to `memcpy` for every
/// paragraph scanned).
///
/// # Safety
///
/// With `AVX2`, the processor must have AVX2.
#[inline]
unsafe fn first_block_hits<T: Needles, const AVX2: bool>(bytes: &[u8], needles: &T) -> u64 {
    match bytes.first_chunk::<64>() {
        Some(b) => {
            #[cfg(target_arch = "x86_64")]
            if AVX2 {
                // SAFETY: the processor has AVX2 (this function's contract).
                return unsafe { needles.mask64_avx2(b) };
            }
            needles.mask64(b)
        }
        None => {
            // (By SSE2 with or without `AVX2`: with the same compares on
            // both paths, LLVM merged their masks as vectors of bits and
            // rebuilt the integer bit by bit.)
            let mut pad = [0u8; 64];
            pad[..bytes.len()].copy_from_slice(bytes);
            needles.mask64(&pad)
        }
    }
}

/// The needles of [`ByteHits`]: how a block of 64 bytes is told which of
/// its bytes are hits. No needle is 0 (the padding of a short first
/// block).
pub(crate) trait Needles: Copy {
    /// Bit `k` set when `block[k]` is a needle (by SSE2 on x86-64).
    fn mask64(&self, block: &[u8; 64]) -> u64;

    /// [`Needles::mask64`] with AVX2 (inlined into a caller compiled for
    /// it, as `ByteHits::next` is into each scan's AVX2 copy).
    ///
    /// # Safety
    ///
    /// The processor must have AVX2.
    #[cfg(target_arch = "x86_64")]
    unsafe fn mask64_avx2(&self, block: &[u8; 64]) -> u64;
}

/// A few needles, each compared with the block (two compares of 32 bytes
/// a needle with AVX2).
impl<const N: usize> Needles for [u8; N] {
    #[inline(always)]
    fn mask64(&self, block: &[u8; 64]) -> u64 {
        debug_assert!(!self.contains(&0));
        mask64(block, self)
    }

    #[cfg(target_arch = "x86_64")]
    #[inline(always)]
    unsafe fn mask64_avx2(&self, block: &[u8; 64]) -> u64 {
        debug_assert!(!self.contains(&0));
        // SAFETY: the processor has AVX2 (this function's contract).
        unsafe { mask64_avx2(block, self) }
    }
}

/// Needles found by each byte's two halves: a byte is one when the entry
/// of `low` at its low half and that of `high` at its high half share a
/// bit ([`crate::text::by_halves32`], a `vpshufb` a table), one bit for
/// each high half that some needle has. With AVX2, a block of 32 bytes
/// takes seven instructions whatever the number of needles, where a
/// compare and an `or` a needle took eleven for the quote scan's six.
/// Without AVX2 the needles are compared one by one, as an array's.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Halves<const N: usize> {
    needles: [u8; N],
    low: [u8; 16],
    high: [u8; 16],
}

impl<const N: usize> Halves<N> {
    /// The tables of `needles` (none 0, of at most eight high halves:
    /// checked when the constant is made).
    pub(crate) const fn new(needles: [u8; N]) -> Halves<N> {
        let (mut low, mut high) = ([0u8; 16], [0u8; 16]);
        let mut bits = 0;
        let mut k = 0;
        while k < N {
            let n = needles[k];
            assert!(n != 0, "no needle 0");
            let h = (n >> 4) as usize;
            if high[h] == 0 {
                assert!(bits < 8, "needles of at most eight high halves");
                high[h] = 1 << bits;
                bits += 1;
            }
            // (Only the needles of this high half have its bit: a byte is
            // a hit exactly when it is one of them.)
            low[(n & 15) as usize] |= high[h];
            k += 1;
        }
        Halves { needles, low, high }
    }
}

impl<const N: usize> Needles for Halves<N> {
    #[inline(always)]
    fn mask64(&self, block: &[u8; 64]) -> u64 {
        mask64(block, &self.needles)
    }

    #[cfg(target_arch = "x86_64")]
    #[inline(always)]
    unsafe fn mask64_avx2(&self, block: &[u8; 64]) -> u64 {
        // SAFETY: the processor has AVX2 (this function's contract).
        unsafe { halves_mask64_avx2(block, &self.low, &self.high) }
    }
}

/// ASCII needles of distinct low halves found by one table lookup, and
/// one more byte (any, past ASCII too) by a compare: with AVX2, a block of
/// 32 bytes takes a `vpshufb`, two compares and an `or` (four
/// instructions, where a compare and an `or` a needle took seven for
/// four needles). A byte below 0x80 is one of the table's needles when
/// it equals the entry at its low half (an entry of no needle is 0xFF,
/// which no such byte equals); for a byte from 0x80 up `vpshufb` gives 0,
/// which it does not equal either. Without AVX2 the needles are compared
/// one by one, as an array's.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Nibbles<const N: usize> {
    needles: [u8; N],
    table: [u8; 16],
    extra: u8,
}

impl<const N: usize> Nibbles<N> {
    /// The table of `needles` (each from 1 to 0x7F, of distinct low
    /// halves) and the byte `extra` (not 0): checked when the constant is
    /// made.
    pub(crate) const fn new(needles: [u8; N], extra: u8) -> Nibbles<N> {
        assert!(extra != 0, "no needle 0");
        let mut table = [0xFFu8; 16];
        let mut k = 0;
        while k < N {
            let n = needles[k];
            assert!(n != 0 && n < 0x80, "table needles are ASCII, not 0");
            assert!(table[(n & 15) as usize] == 0xFF, "distinct low halves");
            table[(n & 15) as usize] = n;
            k += 1;
        }
        Nibbles {
            needles,
            table,
            extra,
        }
    }
}

impl<const N: usize> Needles for Nibbles<N> {
    #[inline(always)]
    fn mask64(&self, block: &[u8; 64]) -> u64 {
        mask64(block, &self.needles) | mask64(block, &[self.extra])
    }

    #[cfg(target_arch = "x86_64")]
    #[inline(always)]
    unsafe fn mask64_avx2(&self, block: &[u8; 64]) -> u64 {
        // SAFETY: the processor has AVX2 (this function's contract).
        unsafe { nibbles_mask64_avx2(block, &self.table, self.extra) }
    }
}

/// [`Nibbles`]' mask of a block with AVX2.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
#[inline]
fn nibbles_mask64_avx2(block: &[u8; 64], table: &[u8; 16], extra: u8) -> u64 {
    use std::arch::x86_64::{
        _mm256_broadcastsi128_si256, _mm256_cmpeq_epi8, _mm256_loadu_si256, _mm256_movemask_epi8,
        _mm256_or_si256, _mm256_set1_epi8, _mm256_shuffle_epi8, _mm_loadu_si128,
    };
    let p = block.as_ptr();
    // SAFETY: the loads read bytes 0 to 31 and 32 to 63 of the 64 of
    // `block`, and the sixteen bytes of `table` (unaligned).
    let (x0, x1, t) = unsafe {
        (
            _mm256_loadu_si256(p.cast()),
            _mm256_loadu_si256(p.add(32).cast()),
            _mm256_broadcastsi128_si256(_mm_loadu_si128(table.as_ptr().cast())),
        )
    };
    let e = _mm256_set1_epi8(extra as i8);
    // (`vpshufb` indexes by a byte's low four bits, or gives 0 for a byte
    // from 0x80 up.)
    let hit = |x| {
        _mm256_or_si256(
            _mm256_cmpeq_epi8(_mm256_shuffle_epi8(t, x), x),
            _mm256_cmpeq_epi8(x, e),
        )
    };
    u64::from(_mm256_movemask_epi8(hit(x0)) as u32)
        | u64::from(_mm256_movemask_epi8(hit(x1)) as u32) << 32
}

/// ASCII needles of distinct low halves found by one table lookup alone
/// ([`Nibbles`] with no extra byte): with AVX2, a block of 32 bytes takes
/// a `vpshufb` and a compare, where a compare and an `or` a needle took
/// five for the sentence split's three stops (and three broadcasts of the
/// needles each time the scan starts). A byte is a needle when it equals
/// the entry at its low half (0xFF for no needle, which no ASCII byte
/// equals; `vpshufb` gives 0 for a byte from 0x80 up, which equals no
/// entry either, none being 0). Without AVX2 the needles are compared one
/// by one, as an array's.
#[derive(Clone, Copy, Debug)]
pub(crate) struct LowHalves<const N: usize> {
    needles: [u8; N],
    table: [u8; 16],
}

impl<const N: usize> LowHalves<N> {
    /// The table of `needles` (each from 1 to 0x7F, of distinct low
    /// halves): checked when the constant is made.
    pub(crate) const fn new(needles: [u8; N]) -> LowHalves<N> {
        let mut table = [0xFFu8; 16];
        let mut k = 0;
        while k < N {
            let n = needles[k];
            assert!(n != 0 && n < 0x80, "table needles are ASCII, not 0");
            assert!(table[(n & 15) as usize] == 0xFF, "distinct low halves");
            table[(n & 15) as usize] = n;
            k += 1;
        }
        LowHalves { needles, table }
    }
}

impl<const N: usize> Needles for LowHalves<N> {
    #[inline(always)]
    fn mask64(&self, block: &[u8; 64]) -> u64 {
        mask64(block, &self.needles)
    }

    #[cfg(target_arch = "x86_64")]
    #[inline(always)]
    unsafe fn mask64_avx2(&self, block: &[u8; 64]) -> u64 {
        // SAFETY: the processor has AVX2 (this function's contract).
        unsafe { low_halves_mask64_avx2(block, &self.table) }
    }
}

/// [`LowHalves`]' mask of a block with AVX2.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
#[inline]
fn low_halves_mask64_avx2(block: &[u8; 64], table: &[u8; 16]) -> u64 {
    use std::arch::x86_64::{
        _mm256_broadcastsi128_si256, _mm256_cmpeq_epi8, _mm256_loadu_si256, _mm256_movemask_epi8,
        _mm256_shuffle_epi8, _mm_loadu_si128,
    };
    let p = block.as_ptr();
    // SAFETY: the loads read bytes 0 to 31 and 32 to 63 of the 64 of
    // `block`, and the sixteen bytes of `table` (unaligned).
    let (x0, x1, t) = unsafe {
        (
            _mm256_loadu_si256(p.cast()),
            _mm256_loadu_si256(p.add(32).cast()),
            _mm256_broadcastsi128_si256(_mm_loadu_si128(table.as_ptr().cast())),
        )
    };
    // (`vpshufb` indexes by a byte's low four bits, or gives 0 for a byte
    // from 0x80 up.)
    let hit = |x| _mm256_cmpeq_epi8(_mm256_shuffle_epi8(t, x), x);
    u64::from(_mm256_movemask_epi8(hit(x0)) as u32)
        | u64::from(_mm256_movemask_epi8(hit(x1)) as u32) << 32
}

/// [`Halves`]' mask of a block with AVX2: the bytes whose two halves'
/// entries share no bit are found (a compare with zero), and the mask
/// of the others returned.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
#[inline]
fn halves_mask64_avx2(block: &[u8; 64], low: &[u8; 16], high: &[u8; 16]) -> u64 {
    use std::arch::x86_64::{
        _mm256_cmpeq_epi8, _mm256_loadu_si256, _mm256_movemask_epi8, _mm256_setzero_si256,
    };
    let p = block.as_ptr();
    // SAFETY: the loads read bytes 0 to 31 and 32 to 63 of the 64 of
    // `block` (unaligned).
    let (x0, x1) = unsafe {
        (
            _mm256_loadu_si256(p.cast()),
            _mm256_loadu_si256(p.add(32).cast()),
        )
    };
    let zero = _mm256_setzero_si256();
    let miss0 = _mm256_cmpeq_epi8(super::by_halves32(x0, low, high), zero);
    let miss1 = _mm256_cmpeq_epi8(super::by_halves32(x1, low, high), zero);
    !(u64::from(_mm256_movemask_epi8(miss0) as u32)
        | u64::from(_mm256_movemask_epi8(miss1) as u32) << 32)
}

/// [`mask64`] with AVX2: two compares of 32 bytes a needle.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
#[inline]
fn mask64_avx2<const N: usize>(block: &[u8; 64], needles: &[u8; N]) -> u64 {
    use std::arch::x86_64::{
        _mm256_cmpeq_epi8, _mm256_loadu_si256, _mm256_movemask_epi8, _mm256_or_si256,
        _mm256_set1_epi8, _mm256_setzero_si256,
    };
    let p = block.as_ptr();
    // SAFETY: the loads read bytes 0 to 31 and 32 to 63 of the 64 of
    // `block` (unaligned).
    let (x0, x1) = unsafe {
        (
            _mm256_loadu_si256(p.cast()),
            _mm256_loadu_si256(p.add(32).cast()),
        )
    };
    let (mut h0, mut h1) = (_mm256_setzero_si256(), _mm256_setzero_si256());
    for &c in needles {
        let n = _mm256_set1_epi8(c as i8);
        h0 = _mm256_or_si256(h0, _mm256_cmpeq_epi8(x0, n));
        h1 = _mm256_or_si256(h1, _mm256_cmpeq_epi8(x1, n));
    }
    u64::from(_mm256_movemask_epi8(h0) as u32) | u64::from(_mm256_movemask_epi8(h1) as u32) << 32
}

/// Bit `k` set when `block[k]` is one of `needles` (by
/// [`super::bytes_among16`], sixteen bytes at a time).
#[inline]
pub(crate) fn mask64<const N: usize>(block: &[u8; 64], needles: &[u8; N]) -> u64 {
    let mut m = 0u64;
    for (q, part) in block.chunks_exact(16).enumerate() {
        let part: &[u8; 16] = part.try_into().expect("sixteen bytes");
        m |= u64::from(super::bytes_among16(part, needles)) << (16 * q);
    }
    m
}

/// The longest sentence, in bytes: a longer span (no stop for pages, a
/// paragraph-long quote, generated input) is cut at white space into
/// pieces of about this size, so the work of each cue, which may scan its
/// whole sentence, stays bounded and a run stays linear in the input size.
/// Real sentences are far shorter (the longest on PolNeAR train is under
/// 1,500 bytes).
pub const MAX_SENTENCE_BYTES: usize = 4096;

/// Pushes the sentence `text[s..e]` trimmed, cut into pieces of at most
/// about [`MAX_SENTENCE_BYTES`] when longer; the bytes from `s` to `from`
/// are ASCII spaces ([`push_trimmed_from`]).
///
/// (Inline, with the cut of a long one out of line: nearly every sentence
/// is shorter.)
#[inline(always)]
fn push_sentence(text: &str, s: usize, from: usize, e: usize, out: &mut Vec<Span>) {
    // (The length from `s`, the sentence's start, not from `from`: a
    // sentence of `MAX_SENTENCE_BYTES + 1` bytes from `s` is cut.)
    if e - s > MAX_SENTENCE_BYTES {
        push_long_sentence(text, s, e, out);
    } else {
        push_trimmed_from(text, s, from, e, out);
    }
}

/// [`push_sentence`] of a sentence longer than [`MAX_SENTENCE_BYTES`].
#[cold]
#[inline(never)]
fn push_long_sentence(text: &str, mut s: usize, e: usize, out: &mut Vec<Span>) {
    while e - s > MAX_SENTENCE_BYTES {
        let from = s + MAX_SENTENCE_BYTES;
        // The next white space (a character boundary), else the next
        // character boundary.
        let cut = memchr::memchr3(b' ', b'\n', b'\t', &text.as_bytes()[from..e])
            .map(|k| from + k)
            .unwrap_or_else(|| (from..e).find(|&k| text.is_char_boundary(k)).unwrap_or(e));
        if cut >= e {
            break;
        }
        push_trimmed(text, s, cut, out);
        s = cut;
    }
    push_trimmed(text, s, e, out);
}

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokKind {
    /// Letters, digits, internal apostrophes, hyphens and dots.
    Word,
    /// The possessive clitic `'s` / `’s` (or a bare `'` after -s).
    Possessive,
    /// Any other single character that is not a space.
    Punct,
}

/// A token: a byte range and its kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Byte start.
    pub start: usize,
    /// Byte end.
    pub end: usize,
    /// Kind.
    pub kind: TokKind,
    /// A word that is one run of ASCII letters and digits (nothing joined
    /// by punctuation, no final dot, nothing outside ASCII).
    pub simple: bool,
    /// Word-class bits that a tokenized sentence gives its words (0 from
    /// [`tokenize`]); kept here, in what would be padding, so that a token
    /// and its class are one store.
    pub(crate) class: u8,
    /// The `attribution::sent::WordSet` bits that a tokenized sentence
    /// gives its words (0 from [`tokenize`]); kept in the token so that a
    /// sentence builds one vector, with one push a token, not a second
    /// vector of set bits beside it. As two words, low first ([`Token::sets`]):
    /// a `u128` would align the token to 16 bytes, 48 bytes instead of 40.
    pub(crate) sets: [u64; 2],
}

impl Token {
    /// The word-set bits (see the field `sets`).
    #[inline(always)]
    pub(crate) fn sets(&self) -> u128 {
        u128::from(self.sets[1]) << 64 | u128::from(self.sets[0])
    }

    /// Sets the word-set bits to `bits`.
    #[inline(always)]
    pub(crate) fn set_sets(&mut self, bits: u128) {
        self.sets = [bits as u64, (bits >> 64) as u64];
    }

    /// A word of one run of ASCII letters and digits (`simple`), with no
    /// class bits yet.
    #[inline(always)]
    pub(crate) fn plain(start: usize, end: usize) -> Token {
        Token {
            start,
            end,
            kind: TokKind::Word,
            simple: true,
            class: 0,
            sets: [0; 2],
        }
    }

    /// A token that is no word of one run of ASCII letters and digits
    /// (a mark, a possessive), with no class bits.
    pub(crate) fn mark(start: usize, end: usize, kind: TokKind) -> Token {
        Token {
            start,
            end,
            kind,
            simple: false,
            class: 0,
            sets: [0; 2],
        }
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// The character at byte `i` of `seg` (a character boundary), decoded
/// only when it is not ASCII.
#[inline]
fn char_at(seg: &str, i: usize) -> Option<char> {
    let b = *seg.as_bytes().get(i)?;
    if b < 0x80 {
        Some(b as char)
    } else {
        seg[i..].chars().next()
    }
}

/// `char::is_alphanumeric`, with quick answers for ASCII and for the
/// General Punctuation block (U+2000..U+206F: dashes, curly quotation
/// marks, spaces), which has no letters or digits.
#[inline]
fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else if ('\u{2000}'..='\u{206F}').contains(&c) {
        false
    } else {
        c.is_alphanumeric()
    }
}

/// Whether the character at byte `i` of `seg` is a letter or digit.
#[inline]
fn alnum_at(seg: &str, i: usize) -> bool {
    char_at(seg, i).is_some_and(is_alnum)
}

/// Per ASCII byte: a letter or digit.
static ASCII_ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// The end of the run of ASCII letters and digits from `i` (at most
/// `bytes.len()`) in `bytes`. On x86-64, when `bytes` has sixteen bytes or
/// more, sixteen bytes are classified at once by SSE2 ([`alnum_mask16`]):
/// those from `i`, or the last sixteen when fewer are left (their bits
/// shifted down to `i`, a bit set for the end): no branch a byte, whose
/// exit at the run's end the word decides (most runs end in the first
/// sixteen bytes). Else eight bytes at a time while eight are left (a
/// table test of each, no bound test), then byte by byte.
#[inline]
fn alnum_run_end(bytes: &[u8], mut i: usize) -> usize {
    #[cfg(target_arch = "x86_64")]
    if let Some(last) = bytes.len().checked_sub(16) {
        use std::arch::x86_64::{__m128i, _mm_loadu_si128};
        debug_assert!(i <= bytes.len());
        loop {
            // The sixteen bytes from `from`: those from `i`, or the last
            // sixteen, which start at most 16 bytes before `i`.
            let from = i.min(last);
            // SAFETY: `from + 16 <= last + 16 == bytes.len()`: the load
            // reads bytes `from..from + 16` of `bytes` (unaligned); the
            // rest is SSE2, which every x86-64 processor has.
            let m = unsafe {
                alnum_mask16(_mm_loadu_si128(bytes.as_ptr().add(from).cast::<__m128i>()))
            };
            // Bit `k` for byte `i + k` that is no letter or digit, and bit
            // `from + 16 - i` (16, or the end's) set: the run ends by then.
            let n = ((u32::from(!m) | 1 << 16) >> (i - from)).trailing_zeros() as usize;
            i += n;
            // (`n` is 16 only when `from == i` and the sixteen bytes are
            // all letters and digits: the run goes on, unless at the end.)
            if n < 16 || i == bytes.len() {
                return i;
            }
        }
    }
    while let Some(chunk) = bytes.get(i..i + 8) {
        for (k, &c) in chunk.iter().enumerate() {
            if !ASCII_ALNUM[c as usize] {
                return i + k;
            }
        }
        i += 8;
    }
    while i < bytes.len() && ASCII_ALNUM[bytes[i] as usize] {
        i += 1;
    }
    i
}

/// Tokenizes `text[span]`, appending to `out`.
pub fn tokenize(text: &str, span: Span, out: &mut Vec<Token>) {
    // The text up to the span's end: a word is cut there.
    let bytes = &text.as_bytes()[..span.1];
    // Whether an opening single mark came before (see [`token_at`]).
    let mut open_single = false;
    let mut i = span.0;
    while let Some(&b) = bytes.get(i) {
        // Spaces, the most common byte between tokens, first.
        if b == b' ' {
            i += 1;
            continue;
        }
        if let Some(end) = plain_word_end(bytes, i) {
            out.push(Token::plain(i, end));
            i = end;
            continue;
        }
        let n = plain_punct_len(bytes, i);
        let after_word = out
            .last()
            .is_some_and(|t| t.end == i && t.kind == TokKind::Word);
        let poss = if after_word {
            possessive_len(bytes, i)
        } else {
            0
        };
        if poss > 0 {
            out.push(Token::mark(i, i + poss, TokKind::Possessive));
            i += poss;
            continue;
        }
        if n > 0 {
            if !(b == b'+' && after_word && glued_plus(bytes, i)) {
                out.push(Token::mark(i, i + n, TokKind::Punct));
            }
            i += n;
            continue;
        }
        i = token_at(text, span, i, &mut open_single, out);
    }
}

/// Per byte: an ASCII character that is a punctuation token of its own
/// whatever follows or came before (no letter or digit, no white space,
/// not `&`, `'` or the backquote, which may join or pair).
static ASCII_PUNCT: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] =
            !c.is_ascii_alphanumeric() && !matches!(c, b' ' | b'\t'..=b'\r' | b'&' | b'\'' | b'`');
        b += 1;
    }
    t
};

/// The length of the punctuation token at byte `i` of `bytes` when it is
/// one that [`token_at`] would give as a token of its own with no other
/// test: an ASCII mark of [`ASCII_PUNCT`], or a dash, curly double
/// quotation mark or ellipsis (U+2013, U+2014, U+201C, U+201D, U+2026);
/// else 0. The most common tokens after plain words.
#[inline(always)]
pub(crate) fn plain_punct_len(bytes: &[u8], i: usize) -> usize {
    match bytes.get(i) {
        Some(&b) if ASCII_PUNCT[b as usize] => 1,
        Some(0xE2) => match bytes.get(i + 1..i + 3) {
            Some([0x80, 0x93 | 0x94 | 0x9C | 0x9D | 0xA6]) => 3,
            _ => 0,
        },
        _ => 0,
    }
}

/// The end of the word of ASCII letters and digits at byte `i` of `bytes`
/// (the text up to the end of the span tokenized) when it ends at a byte
/// that joins nothing (a space, most punctuation, a comma after a letter,
/// the end), else `None` (also when byte `i` is no ASCII letter or digit).
/// Such a word is the most common token and takes this short path:
/// [`token_at`] would find the same token.
#[inline(always)]
pub(crate) fn plain_word_end(bytes: &[u8], i: usize) -> Option<usize> {
    plain_word(bytes, i).map(|(end, _)| end)
}

/// [`plain_word_end`], with the word lowercased and packed as
/// `attribution::sent` packs its words (byte `k` of the word in bits `8k`
/// and up) when it has at most eight bytes and eight bytes are left from
/// `i`, else 0 (no word packs to 0). The eight bytes are tested at once
/// for letters and digits ([`alnum_bits8`]), and the loaded value is
/// the packed word: a short word is found and packed with one load (a
/// word of eight bytes too, once its run is found to end there).
#[inline(always)]
pub(crate) fn plain_word(bytes: &[u8], i: usize) -> Option<(usize, u64)> {
    if !ASCII_ALNUM[*bytes.get(i)? as usize] {
        return None;
    }
    let (end, key) = match bytes.get(i..i + 8) {
        Some(chunk) => {
            let x = u64::from_le_bytes(chunk.try_into().ok()?);
            // (Byte 0 is a letter or digit: `n` is 1 to 8.)
            let n = alnum_len8(x);
            if n == 8 {
                let end = alnum_run_end(bytes, i + 8);
                (
                    end,
                    if end == i + 8 {
                        x | 0x2020_2020_2020_2020
                    } else {
                        0
                    },
                )
            } else {
                // The word's bytes: 1 to 7 (a mask from a table: one
                // load, not the two shifts by a computed count).
                let key = (x | 0x2020_2020_2020_2020) & LOW_BYTES[(n & 7) as usize];
                (i + n as usize, key)
            }
        }
        None => (alnum_run_end(bytes, i + 1), 0),
    };
    word_ends_at(bytes, i, end).then_some((end, key))
}

/// [`plain_word`] of a word that ends before the end of `bytes` (the text
/// up to the end of the span), else `None`: the word loop leaves a word at
/// the span's end to the general step, and reads the byte after the others
/// with no bounds test.
#[inline(always)]
pub(crate) fn plain_word_inside(bytes: &[u8], i: usize) -> Option<(usize, u64)> {
    plain_word(bytes, i).filter(|&(end, _)| end < bytes.len())
}

/// The bytes of the text after the word loop's position `i` that are no
/// ASCII letter or digit, for [`ahead_word`]: bit `k` set when byte
/// `i + k` is classified and is no letter or digit, clear when it is a
/// letter or digit or is not classified. The bits are the text's alone,
/// whatever the span tokenized (a word that runs to the span's end or
/// past it is no plain word inside it: [`ahead_word`] tests its end), so
/// the word loop keeps them over any step, moved by the bytes it
/// passed ([`AlnumAhead::skip_far`]). The classified bytes come first: 64 from where
/// [`ahead_word`] classified them last (one vector classification for the
/// words of 64 bytes), and the word loop moves the bits with `i`
/// ([`AlnumAhead::skip`]), the bytes after them coming in as clear bits.
/// A plain word's end is then the first set bit (one count of trailing
/// zeros), and a word whose run reaches the bytes not classified finds no
/// set bit at all (`0`): it classifies the bytes from its start.
///
/// A set bit is always one of the 64 bytes from the position of the last
/// classification, which had [`AHEAD_ROOM`] bytes of the text from it on:
/// so eight bytes of the text are left from any position with a set bit
/// ahead.
#[derive(Clone, Copy, Debug)]
pub(crate) struct AlnumAhead(u64);

/// The bytes of the text that [`AlnumAhead::at`] needs from its position:
/// the 64 it loads, and an eight-byte load from any of them.
const AHEAD_ROOM: usize = 64 + 8;

impl AlnumAhead {
    /// Nothing classified.
    pub(crate) const UNKNOWN: AlnumAhead = AlnumAhead(0);

    /// The bits for the position `k` bytes on (`k` below 64).
    #[inline(always)]
    pub(crate) fn skip(&mut self, k: usize) {
        debug_assert!(k < 64);
        self.0 = self.0.wrapping_shr(k as u32);
    }

    /// The bits for the position `k` bytes on, any `k` (none known from
    /// 64 on): for the steps that move by more than [`AlnumAhead::skip`]'s.
    #[inline(always)]
    pub(crate) fn skip_far(&mut self, k: usize) {
        self.0 = if k < 64 { self.0 >> k } else { 0 };
    }

    /// The bits at `at` of `bytes` (the text), classifying 64 bytes, if
    /// the text has [`AHEAD_ROOM`] bytes from `at`; by AVX2 when `AVX2`.
    ///
    /// # Safety
    ///
    /// With `AVX2`, the processor must have AVX2.
    #[inline(always)]
    unsafe fn at<const AVX2: bool>(bytes: &[u8], at: usize) -> Option<AlnumAhead> {
        let rest = bytes.get(at..)?;
        if rest.len() < AHEAD_ROOM {
            return None;
        }
        let block: &[u8; 64] = rest[..64].try_into().ok()?;
        #[cfg(target_arch = "x86_64")]
        let bits = if AVX2 {
            // SAFETY: the processor has AVX2 (the caller's promise).
            unsafe { alnum_bits64_avx2(block) }
        } else {
            alnum_bits64(block)
        };
        #[cfg(not(target_arch = "x86_64"))]
        let bits = alnum_bits64(block);
        Some(AlnumAhead(!bits))
    }
}

/// [`plain_word_inside`] of `&bytes[..len]` at `i` (below `len`: no word
/// that ends at `len`), the word's end
/// found in `ahead`, the bytes from `i` on that are no letters or digits
/// ([`AlnumAhead`]), which are classified anew from `i` when the word runs
/// past those classified (by AVX2 when `AVX2`); a word of at most eight
/// bytes is packed from one load masked to its length. `ahead` is left
/// with the bits for the word's end when it gives a word, else for `i`.
/// The same word end as [`plain_word_inside`] always, and the same packed
/// word but when [`plain_word`] gives 0 because fewer than eight bytes of
/// the span are left (the load reads on into the text). It is
/// [`plain_word_inside`] itself near the text's end, and for a run of 64
/// letters or more (`ahead` is then left with no set bit).
///
/// The word loop uses it only with AVX2 (`Sent::with_cues`): without,
/// the classification of 64 bytes by SSE2 costs more than it saves, and
/// the loop calls [`plain_word_inside`]. The form without AVX2 is kept as
/// the portable reference the unit test checks the AVX2 one against.
///
/// # Safety
///
/// With `AVX2`, the processor must have AVX2. `ahead` must be
/// [`AlnumAhead::UNKNOWN`] or the bits this function left for a position
/// `j` (at most `i`) of the same `bytes` (with any `len`), skipped by
/// `i - j` in steps ([`AlnumAhead::skip`], [`AlnumAhead::skip_far`]):
/// then each of its set bits is a byte at or after `i` that the last
/// classification kept, and the word's key is loaded with no bounds check.
#[inline(always)]
pub(crate) unsafe fn ahead_word<const AVX2: bool>(
    bytes: &[u8],
    len: usize,
    i: usize,
    ahead: &mut AlnumAhead,
) -> Option<(usize, u64)> {
    let mut m = ahead.0;
    if m & 1 != 0 {
        return None;
    }
    if m == 0 {
        // The run reaches the bytes not classified: those from `i` on.
        // SAFETY: as this function's.
        let Some(a) = (unsafe { AlnumAhead::at::<AVX2>(bytes, i) }) else {
            return plain_word_inside(&bytes[..len], i);
        };
        *ahead = a;
        m = a.0;
        if m & 1 != 0 {
            return None;
        }
        if m == 0 {
            return plain_word_inside(&bytes[..len], i);
        }
    }
    let n = m.trailing_zeros() as usize;
    let end = i + n;
    // (The word's bytes are no longer needed: the bits for its end.)
    ahead.0 = m >> n;
    // SAFETY: `m` has a set bit (tested above), a byte at or after `i`
    // among the 64 of the last classification (the caller's promise),
    // made at a position `at` with `AHEAD_ROOM` bytes of the text from it
    // (`AlnumAhead::at` tests that): so `i < at + 64` and
    // `i + 8 <= at + AHEAD_ROOM <= bytes.len()`.
    debug_assert!(i + 8 <= bytes.len(), "a set bit ahead leaves eight bytes");
    let x = unsafe { bytes.as_ptr().add(i).cast::<u64>().read_unaligned() };
    // (`LOW_BYTES64[n]` is 0 for a word of more than eight bytes: `n` is
    // at most 63, as bit `n` is set.)
    let key = (u64::from_le(x) | 0x2020_2020_2020_2020) & LOW_BYTES64[n];
    // SAFETY: `end` is below `len` (tested first), and above `i` (bit 0
    // of `m` is clear, so `n` is at least 1).
    if end < len && unsafe { word_ends_inside(&bytes[..len], i, end) } {
        Some((end, key))
    } else {
        // (The bits for `i`, for the step that takes the token there:
        // those past the word moved back by the word's length, as the
        // bits below it were all clear, not `m` itself, so that neither
        // `m` nor `n` need be kept through the end's tests beside the
        // bits past the word and the word's end. Hidden from LLVM, which
        // would make the shift back `m & (!0 << n)` and keep `m` and `n`.)
        let (past, end) = std::hint::black_box((ahead.0, end));
        *ahead = AlnumAhead(past << (end - i));
        None
    }
}

/// `LOW_BYTES64[n]`: the low `n` bytes of a `u64` set, the others clear,
/// for `n` 0 to 8; 0 for `n` 9 to 63 (no packed word).
static LOW_BYTES64: [u64; 64] = {
    let mut t = [0; 64];
    let mut n = 1;
    while n <= 8 {
        t[n] = u64::MAX >> (64 - 8 * n);
        n += 1;
    }
    t
};

/// Bit `k` set when byte `k` of `v` is an ASCII letter or digit, by SSE2
/// (always available on x86-64): two range compares of all sixteen bytes.
///
/// # Safety
///
/// None beyond SSE2, which every x86-64 processor has: the intrinsics work
/// on the value `v` alone and read no memory.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
unsafe fn alnum_mask16(v: std::arch::x86_64::__m128i) -> u16 {
    use super::bytes_in_range;
    use std::arch::x86_64::{_mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8};
    // SAFETY: SSE2 only, on registers.
    unsafe {
        // Bit 5 set lowercases a letter; a digit is tested as it is.
        let letter = bytes_in_range(_mm_or_si128(v, _mm_set1_epi8(0x20)), b'a', b'z');
        let digit = bytes_in_range(v, b'0', b'9');
        _mm_movemask_epi8(_mm_or_si128(letter, digit)) as u16
    }
}

/// Bit `k` set when byte `k` of `block` is an ASCII letter or digit: the
/// classification of [`alnum_bits8`] for 64 bytes, sixteen at a time.
#[inline(always)]
fn alnum_bits64(block: &[u8; 64]) -> u64 {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::{__m128i, _mm_loadu_si128};
        let mut bits = 0;
        for (k, chunk) in block.chunks_exact(16).enumerate() {
            // SAFETY: SSE2 is always available on x86-64; the one load
            // reads the sixteen bytes of `chunk` (unaligned).
            let m = unsafe { alnum_mask16(_mm_loadu_si128(chunk.as_ptr().cast::<__m128i>())) };
            bits |= u64::from(m) << (16 * k);
        }
        bits
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        block.iter().enumerate().fold(0, |bits, (k, c)| {
            bits | u64::from(c.is_ascii_alphanumeric()) << k
        })
    }
}

/// [`alnum_bits64`] by AVX2, 32 bytes at a time.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
#[inline]
fn alnum_bits64_avx2(block: &[u8; 64]) -> u64 {
    use std::arch::x86_64::{
        __m256i, _mm256_add_epi8, _mm256_cmpgt_epi8, _mm256_loadu_si256, _mm256_movemask_epi8,
        _mm256_or_si256, _mm256_set1_epi8,
    };
    // The bytes in `lo..lo + n`: `v - lo` is below `n` (unsigned) exactly
    // when `v - lo + 0x80` is below `n + 0x80` as signed bytes.
    let range = |v: __m256i, lo: u8, n: u8| {
        _mm256_cmpgt_epi8(
            _mm256_set1_epi8(0x80u8.wrapping_add(n) as i8),
            _mm256_add_epi8(v, _mm256_set1_epi8(0x80u8.wrapping_sub(lo) as i8)),
        )
    };
    let class = |v: __m256i| {
        let letter = range(_mm256_or_si256(v, _mm256_set1_epi8(0x20)), b'a', 26);
        let digit = range(v, b'0', 10);
        _mm256_movemask_epi8(_mm256_or_si256(letter, digit)) as u32
    };
    let p = block.as_ptr();
    // SAFETY: the loads read bytes 0 to 31 and 32 to 63 of the 64 of
    // `block` (unaligned).
    let (x0, x1) = unsafe {
        (
            _mm256_loadu_si256(p.cast()),
            _mm256_loadu_si256(p.add(32).cast()),
        )
    };
    u64::from(class(x0)) | u64::from(class(x1)) << 32
}

/// `LOW_BYTES[n]`: the low `n` bytes of a `u64` set, the others clear.
static LOW_BYTES: [u64; 8] = {
    let mut t = [0; 8];
    let mut n = 1;
    while n < 8 {
        t[n] = u64::MAX >> (64 - 8 * n);
        n += 1;
    }
    t
};

/// Bit `k` set when byte `k` of `x` (from the low end) is an ASCII letter
/// or digit, for the eight bytes (no bit above them): the opposite of
/// what [`not_alnum_bytes`] tells in bit 7 of each byte. On x86-64 by
/// SSE2, two range compares of all the bytes at once (about half the
/// instructions of the range tests in a general register, which also
/// reload their eight-byte constants in the word loop, short of
/// registers); every plain word of the text is found so. The bits of the
/// letters and digits, not of the others, so that the length of the run
/// at the start is one complement and one count ([`alnum_len8`]).
#[inline(always)]
fn alnum_bits8(x: u64) -> u32 {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::_mm_cvtsi64_si128;
        // SAFETY: SSE2 is always available on x86-64 (the only reason
        // these intrinsics are `unsafe` to call), and none of them takes a
        // pointer or reads memory: they work on the value `x` alone.
        // (The upper eight bytes of `v` are 0, no letter or digit.)
        unsafe { u32::from(alnum_mask16(_mm_cvtsi64_si128(x as i64))) }
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        let m = not_alnum_bytes(x);
        (0..8).fold(0, |bits, k| bits | ((!m >> (8 * k + 7)) as u32 & 1) << k)
    }
}

/// The number of ASCII letters and digits at the start (the low end) of
/// the eight bytes of `x`, 0 to 8: one complement and one count of
/// [`alnum_bits8`] (no bit is set above the eight).
#[inline(always)]
fn alnum_len8(x: u64) -> u32 {
    (!alnum_bits8(x)).trailing_zeros()
}

/// For each of the eight bytes of `x`: bit 7 set when it is no ASCII
/// letter or digit (range tests on all bytes at once; the bytes' bit 7 is
/// cleared first, so no sum carries into the next byte).
#[inline(always)]
fn not_alnum_bytes(x: u64) -> u64 {
    const L: u64 = 0x0101_0101_0101_0101;
    const H: u64 = 0x8080_8080_8080_8080;
    let x7 = x & !H;
    // Bit 7 of each byte: `x7 >= lo` from `x7 + (0x80 - lo)`.
    let digit = (x7 + L * (0x80 - b'0' as u64)) & !(x7 + L * (0x80 - b'9' as u64 - 1));
    let y = x7 | (L * 0x20);
    let letter = (y + L * (0x80 - b'a' as u64)) & !(y + L * (0x80 - b'z' as u64 - 1));
    !((digit | letter) & !x) & H
}

/// Per word's last byte and the byte after it, read as one little-endian
/// `u16` (`last | d << 8`): `d` ends a word of [`word_ends_at`] with no
/// other test (an ASCII byte but `-`, `&` and `/`, which join, and `,`,
/// `.` and `'`, which may; and a comma after a byte that is no digit,
/// where after a digit it joins digit groups). (The comma, before about
/// one word in eighteen, took the byte tests and their branches, as
/// unpredictable as the text. Indexed by the two bytes as they are
/// loaded, with no shift: 64 KB, of which a word's reads touch a few
/// lines, those of the common bytes after a word, each over the letters
/// and digits.)
static ENDS_PLAIN: [bool; 1 << 16] = {
    let mut t = [false; 1 << 16];
    let mut x = 0;
    while x < 1 << 16 {
        let (last, d) = ((x & 0xFF) as u8, (x >> 8) as u8);
        t[x] = d < 0x80
            && (!matches!(d, b'-' | b'&' | b'/' | b',' | b'.' | b'\'')
                || d == b',' && !last.is_ascii_digit());
        x += 1;
    }
    t
};

/// Whether the word of ASCII letters and digits `bytes[i..end]` (a whole
/// run, not empty) ends there: at the end, or before a byte that joins
/// nothing.
#[inline(always)]
fn word_ends_at(bytes: &[u8], i: usize, end: usize) -> bool {
    debug_assert!(i < end, "a word has a byte");
    // (`end` is above `i`, so `end - 1` does not wrap; were it 0, the
    // range would be none and go to the byte tests, as does a word at
    // the end of `bytes`.)
    match bytes.get(end.wrapping_sub(1)..end + 1) {
        // Nearly always a space or a mark that joins nothing: one table
        // test, not the tests of the bytes one by one.
        Some(&[last, d]) if ENDS_PLAIN[usize::from(u16::from_le_bytes([last, d]))] => true,
        _ => word_ends_by_bytes(bytes, i, end),
    }
}

/// [`word_ends_at`] of a word that ends before the end of `bytes`: the
/// word's last byte and the byte after it in one load of two bytes, for
/// [`ENDS_PLAIN`] (LLVM makes two byte loads and their join of the safe
/// slice's bytes).
///
/// # Safety
///
/// `i < end < bytes.len()`.
#[inline(always)]
unsafe fn word_ends_inside(bytes: &[u8], i: usize, end: usize) -> bool {
    debug_assert!(i < end && end < bytes.len());
    // SAFETY: `end - 1` and `end` are inside `bytes` (this function's
    // contract; `end - 1` does not wrap, as `end` is above `i`).
    let w = u16::from_le(unsafe { bytes.as_ptr().add(end - 1).cast::<u16>().read_unaligned() });
    ENDS_PLAIN[usize::from(w)] || {
        // SAFETY: `end` is inside `bytes`, as above. (A volatile read: the
        // byte tests read it anew, so that the loaded two bytes are not
        // kept for them in a register through every word's table test.)
        let d = unsafe { bytes.as_ptr().add(end).read_volatile() };
        word_ends_before(bytes, i, end, d)
    }
}

/// [`word_ends_at`] by the tests of the byte at `end` one by one (for
/// every byte: those of [`ENDS_PLAIN`] but the comma take the last arm).
#[inline(always)]
fn word_ends_by_bytes(bytes: &[u8], i: usize, end: usize) -> bool {
    bytes
        .get(end)
        .is_none_or(|&d| word_ends_before(bytes, i, end, d))
}

/// [`word_ends_by_bytes`] of a word followed by the byte `d` (at `end`).
#[inline(always)]
fn word_ends_before(bytes: &[u8], i: usize, end: usize, d: u8) -> bool {
    match d {
        b',' => !bytes[end - 1].is_ascii_digit(),
        // A stop that joins no letter or digit after it, after a word that
        // is no abbreviation or initial (the last word of most sentences).
        b'.' => {
            let joins = match bytes.get(end + 1) {
                None => false,
                Some(&a) if a < 0x80 => a.is_ascii_alphanumeric(),
                // General Punctuation (U+2000..U+203F: closing quotation
                // marks) has no letter or digit.
                Some(&0xE2) => bytes.get(end + 2) != Some(&0x80),
                Some(_) => true,
            };
            let initial = end - i == 1 && bytes[i].is_ascii_uppercase();
            !(joins || initial || is_abbreviation_word(&bytes[i..end]))
        }
        // General Punctuation but the curly apostrophe (U+2019), which may
        // join ("don’t"), and the no-break space.
        0xE2 => {
            bytes.get(end + 1) == Some(&0x80)
                && (bytes.get(end + 2) != Some(&0x99) || possessive_len(bytes, end) == 3 + 1)
        }
        0xC2 => bytes.get(end + 1) == Some(&0xA0),
        // An apostrophe before a possessive "s" ("Trump's").
        b'\'' => possessive_len(bytes, end) == 2,
        _ => d < 0x80 && !matches!(d, b'-' | b'&' | b'/'),
    }
}

/// The length of the possessive clitic `'s` or `’s` at byte `i` of
/// `bytes` (the text up to the end of the span tokenized) when it is
/// followed by the end, an ASCII byte that is no letter or digit or
/// General Punctuation (U+2000..U+203F), else 0. After a word token ending
/// at `i`, [`token_at`] gives it as a possessive token, and a word of
/// ASCII letters and digits before it ends there.
#[inline(always)]
pub(crate) fn possessive_len(bytes: &[u8], i: usize) -> usize {
    let n = match bytes.get(i..i + 2) {
        Some(b"'s") => 2,
        Some([0xE2, 0x80]) if bytes.get(i + 2..i + 4) == Some(b"\x99s") => 4,
        _ => return 0,
    };
    let alone = match bytes.get(i + n) {
        None => true,
        Some(&a) if a < 0x80 => !a.is_ascii_alphanumeric(),
        Some(&0xE2) => bytes.get(i + n + 1) == Some(&0x80),
        Some(_) => false,
    };
    if alone {
        n
    } else {
        0
    }
}

/// One step of the tokenizer at byte `i` of `text` (inside `span`, a
/// character boundary, no space): the token there appended to `out`, or
/// none when the character is white space. Returns where the next step
/// starts. `open_single` tells whether an opening single mark came
/// before in the span (a curly apostrophe after it may close a quote
/// instead of marking a possessive; every '‘' is a punctuation token, so
/// the steps passed tell), and is updated.
///
/// A word of ASCII letters and digits joined by ASCII marks or curly
/// apostrophes ("well-known", "don’t", "Mr.", "10,000": most words that
/// reach this step) is found byte by byte (`ascii_word_end`); any other
/// token by the general step, by characters.
#[inline(never)]
pub(crate) fn token_at(
    text: &str,
    span: Span,
    i: usize,
    open_single: &mut bool,
    out: &mut Vec<Token>,
) -> usize {
    let bytes = &text.as_bytes()[span.0..span.1];
    let k = i - span.0;
    if ASCII_ALNUM[bytes[k] as usize] {
        if let Some((end, simple)) = ascii_word_end(bytes, k) {
            out.push(Token {
                start: i,
                end: span.0 + end,
                kind: TokKind::Word,
                simple,
                class: 0,
                sets: [0; 2],
            });
            return span.0 + end;
        }
    }
    token_at_by_chars(text, span, i, open_single, out)
}

/// Whether byte `b` is an ASCII letter or digit (a table's test): for the
/// word loop (`Sent::with_cues`), which takes a word of ASCII runs by
/// [`ascii_word_at`] and any other token by [`token_by_chars_at`], as
/// [`token_at`] would.
#[inline(always)]
pub(crate) fn is_ascii_alnum(b: u8) -> bool {
    ASCII_ALNUM[usize::from(b)]
}

/// [`token_at`]'s ASCII word path for the word loop (`Sent::with_cues`),
/// which has the text up to the span's end at hand (`upto`) and knows that
/// byte `i` is an ASCII letter or digit: the word's end (in the text, as
/// `i`) and whether it is simple, or `None` for the general step
/// ([`token_by_chars_at`]). The same word as [`token_at`]'s: the path reads
/// only bytes from `i` to the span's end, so a slice that starts before
/// the span's start gives it the same bytes. Out of line with a small
/// frame: [`token_at`] has the general step in line, whose registers it
/// saves for every word (about 18,000 of its 25,000 calls a pass were
/// such words).
#[inline(never)]
pub(crate) fn ascii_word_at(upto: &[u8], i: usize) -> Option<(usize, bool)> {
    debug_assert!(upto.get(i).copied().is_some_and(is_ascii_alnum));
    ascii_word_end(upto, i)
}

/// [`token_at`]'s general step (by characters), for the word loop, which
/// asks [`ascii_word_at`] first when byte `i` is an ASCII letter or digit:
/// [`token_at`] with no second try of the ASCII path.
#[inline(never)]
pub(crate) fn token_by_chars_at(
    text: &str,
    span: Span,
    i: usize,
    open_single: &mut bool,
    out: &mut Vec<Token>,
) -> usize {
    token_at_by_chars(text, span, i, open_single, out)
}

/// What a byte after a run of ASCII letters and digits does to a word in
/// [`ascii_word_end`]: ends it (an ASCII byte that joins nothing), may
/// join when a letter or digit follows ('-', '/', '.'), a straight
/// apostrophe, a comma, 0xE2 (a curly apostrophe, which may join; other
/// General Punctuation, which ends the word; else the general step), or
/// leaves the word to the general step (`&` and the other bytes past
/// ASCII).
/// (One bit each, tested in turn by `&`: a `match` on the class became a
/// jump table, whose target the text decides.)
const JOIN_END: u8 = 0;
const JOIN_BEFORE_ALNUM: u8 = 1;
const JOIN_APOSTROPHE: u8 = 2;
const JOIN_COMMA: u8 = 4;
const JOIN_E2: u8 = 8;
const JOIN_BY_CHARS: u8 = 16;

/// [`ascii_word_end`]'s class of each byte (`JOIN_*`).
static JOIN_CLASS: [u8; 256] = {
    let mut t = [JOIN_BY_CHARS; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = match b as u8 {
            b'-' | b'/' | b'.' => JOIN_BEFORE_ALNUM,
            b'\'' => JOIN_APOSTROPHE,
            b',' => JOIN_COMMA,
            b'&' => JOIN_BY_CHARS,
            _ => JOIN_END,
        };
        b += 1;
    }
    t[0xE2] = JOIN_E2;
    t
};

/// The word token [`token_at_by_chars`] finds at byte `i` of `bytes` (the
/// span; an ASCII letter or digit at `i`), found byte by byte while every
/// byte it tests is ASCII or a curly apostrophe or other General
/// Punctuation after a run: its end and whether it is simple (one run).
/// `None` leaves the word to the general step: a byte past ASCII that may
/// be a letter, a combining mark or mojibake, where it decides, an `&`
/// (which may begin a quote's entity), and an abbreviation, initial or
/// dotted word whose stop a hyphen follows ("U.S.-led", "Mr.-").
///
/// The general step's rules, for a word of ASCII runs: a run's last byte
/// (`prev` there) is an ASCII letter or digit, so its `is_alnum(prev)`
/// holds and a comma joins after a digit; a mark joins when a letter or
/// digit follows it; an apostrophe before "s" and no letter or digit is a
/// possessive, which ends the word; a stop that joins nothing ends an
/// abbreviation ("Mr."), an initial ("J.") or a dotted word ("U.S.").
#[inline(always)]
fn ascii_word_end(bytes: &[u8], i: usize) -> Option<(usize, bool)> {
    // Whether `bytes[at]` is an ASCII letter or digit: `Some(false)` past
    // the end, `None` past ASCII (a letter, maybe: the general step).
    let alnum_next = |at: usize| match bytes.get(at) {
        None => Some(false),
        Some(&a) if a < 0x80 => Some(ASCII_ALNUM[a as usize]),
        Some(_) => None,
    };
    let mut end = i + 1;
    let mut joined = false;
    let mut dotted = false;
    loop {
        end = alnum_run_end(bytes, end);
        let Some(&d) = bytes.get(end) else {
            return Some((end, !joined));
        };
        let class = JOIN_CLASS[d as usize];
        if class == JOIN_END {
            return Some((end, !joined));
        }
        // The width of an apostrophe at `end` (straight or curly).
        let apostrophe = if class & JOIN_BEFORE_ALNUM != 0 {
            if alnum_next(end + 1)? {
                dotted |= d == b'.';
                joined = true;
                end += 1;
                continue;
            }
            if d != b'.' {
                return Some((end, !joined));
            }
            // A stop that joins nothing.
            let word = &bytes[i..end];
            // (Not a decimal number closing a sentence: "$2.20.")
            let abbreviation = dotted && !word[0].is_ascii_digit()
                || is_abbreviation_word(word)
                || word.len() == 1 && word[0].is_ascii_uppercase();
            if !abbreviation {
                return Some((end, !joined));
            }
            if bytes.get(end + 1) == Some(&b'-') {
                return None;
            }
            return Some((end + 1, false));
        } else if class & JOIN_APOSTROPHE != 0 {
            1
        } else if class & JOIN_E2 != 0 {
            match bytes.get(end + 1..end + 3) {
                Some([0x80, 0x99]) => 3,
                // General Punctuation (U+2000..U+203F): no letter, digit
                // or mark that joins.
                Some([0x80, _]) => return Some((end, !joined)),
                _ => return None,
            }
        } else if class & JOIN_COMMA != 0 {
            let groups = bytes[end - 1].is_ascii_digit()
                && bytes
                    .get(end + 1..end + 4)
                    .is_some_and(|g| g.iter().all(u8::is_ascii_digit))
                && !bytes.get(end + 4).is_some_and(u8::is_ascii_digit);
            if !groups {
                return Some((end, !joined));
            }
            joined = true;
            end += 1;
            continue;
        } else {
            return None;
        };
        // An apostrophe joins before a letter or digit, but not as a
        // possessive "s" ("Trump's").
        let after = end + apostrophe;
        if !alnum_next(after)? {
            return Some((end, !joined));
        }
        if bytes[after] == b's' && !alnum_next(after + 1)? {
            return Some((end, !joined));
        }
        joined = true;
        end = after;
    }
}

/// [`token_at`] by characters, for every token.
#[inline(always)]
fn token_at_by_chars(
    text: &str,
    span: Span,
    i: usize,
    open_single: &mut bool,
    out: &mut Vec<Token>,
) -> usize {
    let s = span.0;
    let seg = &text[s..span.1];
    let bytes = seg.as_bytes();
    let i = i - s;
    let b = bytes[i];
    // An ASCII letter or digit, the most common byte at a token start,
    // by one table test (no decoding, no space test).
    let (c, cl, alnum) = if ASCII_ALNUM[b as usize] {
        (b as char, 1, true)
    } else {
        let c = char_at(seg, i).expect("a character starts at i");
        let cl = c.len_utf8();
        if c.is_whitespace() {
            return s + i + cl;
        }
        (c, cl, is_alnum(c))
    };
    if alnum {
        let mut end = i + cl;
        let mut prev = c;
        let mut simple = c.is_ascii();
        loop {
            // A run of ASCII letters and digits joins without checks.
            if end < bytes.len() && ASCII_ALNUM[bytes[end] as usize] {
                end = alnum_run_end(bytes, end + 1);
                prev = bytes[end - 1] as char;
            }
            // An ASCII byte other than these (and not a letter or
            // digit, which the run above took) ends the word; a comma
            // may join digit groups.
            if bytes.get(end).is_some_and(|&d| {
                d < 0x80 && !matches!(d, b'-' | b'.' | b'&' | b'\'' | b'/' | b',')
            }) {
                break;
            }
            let Some(d) = char_at(seg, end) else { break };
            let dl = d.len_utf8();
            let join = is_alnum(d)
                // Combining diacritics of decomposed letters ("Garci\u{301}a").
                || ('\u{300}'..='\u{36F}').contains(&d)
                // Mojibake of UTF-8 read as Latin-1 ("PeÃ±a", "FranÃ§ois",
                // also with the "Ã" decomposed): a continuation character
                // after a lead character.
                || ('\u{A1}'..='\u{BF}').contains(&d)
                    && (('\u{C2}'..='\u{DF}').contains(&prev) || prev == '\u{303}')
                || ((d == '-' || d == '.' || d == '&' || is_apostrophe(d) || d == '/')
                    && alnum_at(seg, end + dl)
                    && is_alnum(prev)
                    && !(d == '&' && crate::quotes::entity_quote_len(&seg[end..]) > 0))
                // "100,000", "$1,300": a comma between digit groups.
                || d == ','
                    && prev.is_ascii_digit()
                    && bytes.len() >= end + 4
                    && bytes[end + 1..end + 4].iter().all(u8::is_ascii_digit)
                    && !bytes.get(end + 4).is_some_and(u8::is_ascii_digit);
            if !join {
                break;
            }
            // Stop before a possessive 's.
            if is_apostrophe(d)
                && bytes.get(end + dl) == Some(&b's')
                && !alnum_at(seg, end + dl + 1)
            {
                break;
            }
            end += dl;
            prev = d;
            simple = false;
        }
        // Abbreviations with a final dot: "U.S." "Jan." "Mr."
        if bytes.get(end) == Some(&b'.') {
            let word = &seg[i..end];
            // (Not a decimal number closing a sentence: "$2.20.")
            let dotted = word.contains('.') && !word.starts_with(|c: char| c.is_ascii_digit())
                || is_abbreviation_word(word.as_bytes())
                || (word.chars().count() == 1 && c.is_uppercase());
            if dotted {
                simple = false;
                end += 1;
                // "U.S.-led": a hyphenated word continues after the dot.
                if bytes.get(end) == Some(&b'-') && alnum_at(seg, end + 1) {
                    while let Some(d) = char_at(seg, end) {
                        if d.is_alphanumeric() || d == '-' {
                            end += d.len_utf8();
                        } else {
                            break;
                        }
                    }
                }
            }
        }
        out.push(Token {
            start: s + i,
            end: s + end,
            kind: TokKind::Word,
            simple,
            class: 0,
            sets: [0; 2],
        });
        return s + end;
    }
    if c == '&' {
        // An HTML reference of a quote mark (`&quot;`) is one mark.
        let len = crate::quotes::entity_quote_len(&seg[i..]);
        if len > 0 {
            out.push(Token::mark(s + i, s + i + len, TokKind::Punct));
            return s + i + len;
        }
    }
    if matches!(c, '‘' | '’') && seg[i + cl..].starts_with(c) {
        // `‘‘` and `’’`: doubled curly single marks are one quotation
        // mark.
        out.push(Token::mark(s + i, s + i + 2 * cl, TokKind::Punct));
        return s + i + 2 * cl;
    }
    if (c == '\'' || c == '`') && bytes.get(i + 1) == Some(&(c as u8)) {
        // `''` (and the opening ``) is one quotation mark.
        out.push(Token::mark(s + i, s + i + 2, TokKind::Punct));
        return s + i + 2;
    }
    if is_apostrophe(c) {
        let after = i + cl;
        let prev_word = out
            .last()
            .is_some_and(|t| t.end == s + i && t.kind == TokKind::Word);
        // "Sanders' campaign": a bare apostrophe after -s, then a space
        // and a word, is the possessive.
        let prev_s = out.last().is_some_and(|t| {
            t.end == s + i && t.kind == TokKind::Word && seg[t.start - s..i].ends_with(['s', 'S'])
        });
        let then_word = bytes.get(after) == Some(&b' ') && alnum_at(seg, after + 1);
        // The same with a curly mark when no single quote opened before
        // it ("Sanders’ campaign manager", not "‘a mess’ on Monday").
        let curly_poss = c == '’' && !*open_single;
        if (c == '\'' || curly_poss) && prev_s && then_word {
            out.push(Token::mark(s + i, s + i + cl, TokKind::Possessive));
            return s + i + cl;
        }
        if prev_word && bytes.get(after) == Some(&b's') && !alnum_at(seg, after + 1) {
            out.push(Token::mark(s + i, s + i + cl + 1, TokKind::Possessive));
            return s + i + cl + 1;
        }
    }
    *open_single |= c == '‘';
    let after_word = out
        .last()
        .is_some_and(|t| t.end == s + i && t.kind == TokKind::Word);
    if !(c == '+' && after_word && glued_plus(bytes, i)) {
        out.push(Token::mark(s + i, s + i + cl, TokKind::Punct));
    }
    s + i + cl
}

/// Whether the `+` at byte `i` of `bytes`, right after a word, ends that
/// name ("OPEC+ said", "Disney+ subscribers"): no letter or digit follows
/// it. Such a mark gives no token, so that the name before it is a name
/// as without it ("OPEC+" is the OPEC of the gazetteer); "A+B" keeps its
/// mark.
#[inline]
pub(crate) fn glued_plus(bytes: &[u8], i: usize) -> bool {
    !bytes
        .get(i + 1)
        .is_some_and(|&d| ASCII_ALNUM[usize::from(d)])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The byte search for U+2029 against `str::contains`, over texts of
    /// characters that share its bytes (U+2028 its first two, U+20A9 its
    /// first and last, U+20029 its last two, "é" and "©" its last) at every
    /// position.
    #[test]
    fn paragraph_separator_found_as_by_contains() {
        let pieces = [
            "a",
            " ",
            "\u{e9}",
            "\u{a9}",
            "\u{2028}",
            "\u{20a9}",
            "\u{201c}",
            "\u{2029}",
            "\u{1f600}",
            "\u{20029}",
        ];
        let mut seed = 0x5eed_2029_u64;
        let (mut with, mut without) = (0, 0);
        for _ in 0..20_000 {
            let n = crate::next_random(&mut seed) as usize % 12;
            let t: String = (0..n)
                .map(|_| pieces[crate::next_random(&mut seed) as usize % pieces.len()])
                .collect();
            let want = t.contains('\u{2029}');
            assert_eq!(has_paragraph_separator(t.as_bytes()), want, "{t:?}");
            if want {
                with += 1;
            } else {
                without += 1;
            }
        }
        assert!(with > 1_000 && without > 1_000, "{with} {without}");
    }

    /// `paragraphs_into` as it was before its one pass of `ByteHits`: a
    /// `memchr` search for each line break and a search for U+2029.
    fn paragraphs_into_plain(text: &str, out: &mut Vec<Span>, breaks: &mut Vec<bool>) {
        let base = out.len();
        let breaks_base = breaks.len();
        let bytes = text.as_bytes();
        let mut start = 0;
        let mut from = 0;
        let mut inner = false;
        while let Some(k) = memchr::memchr(b'\n', &bytes[from..]) {
            let i = from + k;
            from = i + 1;
            let mut j = i + 1;
            while j < bytes.len() && (bytes[j] == b' ' || bytes[j] == b'\t' || bytes[j] == b'\r') {
                j += 1;
            }
            if j < bytes.len() && bytes[j] == b'\n' {
                push_flagged(text, (start, i), out, breaks, inner);
                inner = false;
                while j < bytes.len() && bytes[j].is_ascii_whitespace() {
                    j += 1;
                }
                start = j;
                from = j;
            } else if bullet_len(&text[j..]) > 0 && !text[start..i].trim().is_empty() {
                push_flagged(text, (start, i), out, breaks, inner);
                inner = false;
                start = j;
            } else {
                inner |= i > start && j < bytes.len();
            }
        }
        let first = out.len();
        push_flagged(text, (start, bytes.len()), out, breaks, inner);
        if has_paragraph_separator(bytes) {
            let whole = out.split_off(base);
            let flags = breaks.split_off(breaks_base);
            for ((a, b), f) in whole.into_iter().zip(flags) {
                let mut s = a;
                for (k, _) in text[a..b].match_indices('\u{2029}') {
                    push_flagged(text, (s, a + k), out, breaks, f);
                    s = a + k + '\u{2029}'.len_utf8();
                }
                push_flagged(text, (s, b), out, breaks, f);
            }
            return;
        }
        if start == 0 && out.len() == first + 1 && line_paragraphs(text) {
            out.pop();
            breaks.pop();
            let mut s = 0;
            for i in memchr::memchr_iter(b'\n', bytes) {
                push_flagged(text, (s, i), out, breaks, false);
                s = i + 1;
            }
            push_flagged(text, (s, bytes.len()), out, breaks, false);
        }
    }

    /// The paragraphs and flags of the one pass of `ByteHits` (SSE2, and
    /// AVX2 where the processor has it) are those of the former search
    /// for each line break, on 30,000 random texts of line breaks, blank
    /// lines of spaces, tabs and CRs, bullets, U+2029 and its neighbours
    /// ("é" ends in its last byte), `<` and `&`, after words of up to 90
    /// bytes (blocks of 64 crossed), appended to vectors that already
    /// hold paragraphs; and the pass tells whether the text holds a `<`
    /// or a `&`.
    #[test]
    fn paragraphs_in_one_pass_agree_with_the_searches() {
        let long = "w".repeat(90);
        let pieces = [
            "a.",
            "Bb",
            " ",
            "\n",
            "\n\n",
            " \n",
            "\r\n",
            "\t",
            "- \"x",
            "• ",
            "* ",
            "\u{2029}",
            "é",
            "\u{80a9}",
            "\u{20a9}",
            "\u{a9}",
            "xy",
            "<",
            "&",
            &long[..63],
            &long[..64],
            &long,
        ];
        let mut seed = 0x9a9a_2029_u64;
        let (mut with_sep, mut with_markup) = (0, 0);
        for _ in 0..30_000 {
            let n = crate::next_random(&mut seed) as usize % 16;
            let t: String = (0..n)
                .map(|_| pieces[crate::next_random(&mut seed) as usize % pieces.len()])
                .collect();
            let (mut want, mut want_breaks) = (vec![(0, 1)], vec![true]);
            paragraphs_into_plain(&t, &mut want, &mut want_breaks);
            with_sep += usize::from(t.contains('\u{2029}'));
            let markup = t.contains(['<', '&']);
            with_markup += usize::from(markup);
            let mut got = (vec![(0, 1)], vec![true]);
            // SAFETY: no AVX2 asked for.
            let marked = unsafe { paragraphs_with::<false>(&t, &mut got.0, &mut got.1) };
            assert_eq!(got, (want.clone(), want_breaks.clone()), "{t:?}");
            assert_eq!(marked, markup, "{t:?}");
            #[cfg(target_arch = "x86_64")]
            if std::arch::is_x86_feature_detected!("avx2") {
                let mut got = (vec![(0, 1)], vec![true]);
                // SAFETY: the processor has AVX2 (just detected).
                let marked = unsafe { paragraphs_avx2(&t, &mut got.0, &mut got.1) };
                assert_eq!(got, (want.clone(), want_breaks.clone()), "{t:?}");
                assert_eq!(marked, markup, "{t:?}");
            }
        }
        assert!(with_sep > 1_000, "{with_sep}");
        assert!(with_markup > 1_000, "{with_markup}");
    }

    #[test]
    fn no_inner_line_break_means_none_in_a_paragraph() {
        let pieces = ["a.", " ", "\n", "\r", "\t", "- \"x", "• ", "B", "\u{2029}"];
        let mut texts = vec![String::new()];
        for round in 1..=5 {
            texts = texts
                .iter()
                .flat_map(|t| pieces.iter().map(move |p| format!("{t}{p}")))
                .collect();
            let (mut without, mut with) = (0, 0);
            for t in &texts {
                let (mut paras, mut breaks) = (Vec::new(), Vec::new());
                paragraphs_into(t, &mut paras, &mut breaks);
                assert_eq!(paras.len(), breaks.len(), "{t:?}");
                for (&(a, b), &may) in paras.iter().zip(&breaks) {
                    if may {
                        with += 1;
                    } else {
                        without += 1;
                        assert!(!t[a..b].contains('\n'), "{t:?}");
                    }
                }
                assert_eq!(paras, paragraphs(t));
            }
            // (A break inside a paragraph needs text on both sides.)
            assert!(without > 0 && (with > 0 || round < 3), "{with} {without}");
        }
    }
    use crate::quotes::find_quotes;

    #[test]
    fn split_with_the_quotes_from_the_paragraph_on_agrees_with_all() {
        // Random paragraphs of quotes, stops, abbreviations and line
        // breaks: the split of each paragraph given every quote of the
        // document, or the quotes from any one that closes before it (as
        // the document loop gives them), cuts the same sentences.
        let pieces = [
            "He said",
            " ",
            ". ",
            "? ",
            "! ",
            "\"",
            "\u{201c}",
            "\u{201d}",
            "'",
            "Mr. ",
            "U.S. ",
            "The ",
            "she ",
            "\n\n",
            "\n",
            "It was",
            "no. 5 ",
            "Her response? ",
            "\"Yes.\" ",
            ", ",
            "x",
        ];
        let mut seed = 0x005e_ed0f_5e47_u64;
        let mut checked = 0;
        for _ in 0..3_000 {
            let t = crate::random_text(&mut seed, &pieces, 60);
            let ps = paragraphs(&t);
            let mut q = Vec::new();
            crate::quotes::document_quotes_into(&t, &ps, &mut q);
            for &p in &ps {
                let all = sentences(&t, p, &q);
                let first = q.partition_point(|x| x.close_end <= p.0);
                for k in [first, first / 2, first.saturating_sub(1)] {
                    assert_eq!(sentences(&t, p, &q[k..]), all, "{t:?} {p:?} {k}");
                    checked += 1;
                }
            }
        }
        assert!(checked > 3_000, "{checked}");
    }

    #[test]
    fn a_stop_at_the_paragraph_end_ends_no_sentence() {
        // The split that skips the paragraph's last byte (as built, and its
        // AVX2 copy where the processor has AVX2) cuts the sentences of the
        // one that scans every stop, for random paragraphs starting at the
        // text's start or inside it and ending with stops, closing marks
        // and spaces.
        #[cfg(target_arch = "x86_64")]
        let avx2 = std::arch::is_x86_feature_detected!("avx2");
        let pieces = [
            "He said", " ", ".", "?", "!", ". ", "\"", "\u{201d}", "\u{2019}", "\u{bb}", "\u{a0}",
            ")", "'", "Mr.", "U.S.", "no.", "The ", "\n", "\t", "\r", "x",
        ];
        let mut seed = 0x0a57_0b1e_5e77_u64;
        let mut ended = 0;
        for _ in 0..20_000 {
            let t = crate::random_text(&mut seed, &pieces, 24);
            let mut q = Vec::new();
            find_quotes(&t, 0, t.len(), &mut q);
            // Every cut of the text as a paragraph: the last byte is
            // every byte in turn, from the text's start and from a
            // character boundary a third of the way in.
            let third = (t.len() / 3..=t.len())
                .find(|&s| t.is_char_boundary(s))
                .unwrap_or(0);
            for s in [0, third] {
                for e in (s..=t.len()).filter(|&e| t.is_char_boundary(e)) {
                    let (mut a, mut b) = (Vec::new(), Vec::new());
                    // SAFETY: no AVX2 asked for.
                    unsafe {
                        sentences_in_with::<false, false>(&t, (s, e), &q, &mut a);
                        sentences_in_with::<false, true>(&t, (s, e), &q, &mut b);
                    }
                    assert_eq!(a, b, "{t:?} {s} {e}");
                    #[cfg(target_arch = "x86_64")]
                    if avx2 {
                        let mut c = Vec::new();
                        // SAFETY: the processor has AVX2 (tested above).
                        unsafe { sentences_in_avx2(&t, (s, e), &q, &mut c) };
                        assert_eq!(c, b, "AVX2: {t:?} {s} {e}");
                    }
                    ended += usize::from(t[s..e].ends_with(['.', '?', '!']));
                }
            }
        }
        assert!(ended > 10_000, "{ended}");
    }

    fn sents(t: &str) -> Vec<&str> {
        let mut q = Vec::new();
        let ps = paragraphs(t);
        for &(a, b) in &ps {
            find_quotes(t, a, b, &mut q);
        }
        ps.iter()
            .flat_map(|&p| sentences(t, p, &q))
            .map(|(a, b)| &t[a..b])
            .collect()
    }

    #[test]
    fn abbreviations_are_short_lowercase_ascii() {
        for a in ABBREVIATIONS {
            assert!(a.len() <= ABBREVIATION_MAX && a.is_ascii());
            assert_eq!(a.to_ascii_lowercase(), *a);
            assert!(
                is_abbreviation_word(a.as_bytes())
                    && is_abbreviation_word(a.to_uppercase().as_bytes())
            );
        }
        assert!(!is_abbreviation_word(b"mister") && !is_abbreviation_word("Mé".as_bytes()));
    }

    #[test]
    fn abbreviation_filter_agrees_with_the_list() {
        // The search alone (packed words, as before the filter).
        let plain = |w: &[u8]| {
            let pack = |w: &[u8]| {
                w.iter().enumerate().fold(0u64, |k, (i, b)| {
                    k | (b.to_ascii_lowercase() as u64) << (8 * i)
                })
            };
            w.len() <= ABBREVIATION_MAX
                && w.is_ascii()
                && ABBREVIATIONS.iter().any(|a| pack(a.as_bytes()) == pack(w))
        };
        // Every abbreviation with each byte replaced by every byte, cut
        // short and run on; and the words of up to three bytes of these.
        let mut words: Vec<Vec<u8>> = vec![Vec::new()];
        for a in ABBREVIATIONS {
            let a = a.as_bytes();
            for k in 0..a.len() {
                for b in 0..=255u8 {
                    let mut w = a.to_vec();
                    w[k] = b;
                    words.push(w);
                }
            }
            words.push(a[..a.len() - 1].to_vec());
            words.push([a, b"s"].concat());
            words.push([a, b"\0"].concat());
            words.push([a, b"\0\0"].concat());
            words.push(a.to_ascii_uppercase());
        }
        let bytes = b"aAmMsSdDpPzZ.0@`";
        for &x in bytes {
            words.push(vec![x]);
            for &y in bytes {
                words.push(vec![x, y]);
                for &z in bytes {
                    words.push(vec![x, y, z]);
                }
            }
        }
        // Random words of every length to eight, of letters of both cases
        // and other bytes.
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        let pool = b"aAbBcCdDeEgGiImMnNoOpPrRsStTuUvV.@[`{\0\x7f\x80\xc3\xff";
        for _ in 0..200_000 {
            let n = crate::next_random(&mut seed) as usize % 9;
            words.push(
                (0..n)
                    .map(|_| pool[crate::next_random(&mut seed) as usize % pool.len()])
                    .collect(),
            );
        }
        let mut hits = 0;
        for w in &words {
            if w.len() <= 8 {
                let packed = w
                    .iter()
                    .enumerate()
                    .fold(0u64, |k, (i, &b)| k | u64::from(b) << (8 * i));
                assert_eq!(pack_short_word(w), packed, "{w:?}");
            }
            assert_eq!(is_abbreviation_word(w), plain(w), "{w:?}");
            hits += usize::from(plain(w));
        }
        assert!(hits > 2 * ABBREVIATIONS.len(), "{hits}");
    }

    #[test]
    fn simple_words_are_one_ascii_run() {
        let t = "Said 3pm U.S. e-mail élan it's Jones' Smith’s a/b 1,000 G20";
        let mut toks = Vec::new();
        tokenize(t, (0, t.len()), &mut toks);
        let simple: Vec<&str> = toks
            .iter()
            .filter(|k| k.simple)
            .map(|k| &t[k.start..k.end])
            .collect();
        assert_eq!(simple, ["Said", "3pm", "it", "Jones", "Smith", "G20"]);
        assert!(toks.iter().all(|k| !k.simple || k.kind == TokKind::Word));
    }

    #[test]
    fn alnum_runs_end_where_a_byte_scan_ends_them() {
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        for _ in 0..5_000 {
            // Of every length to 60: the byte loop below sixteen bytes,
            // the blocks of sixteen and the last sixteen above.
            crate::next_random(&mut seed);
            let mut bytes = vec![0u8; (seed % 61) as usize];
            // One text in two of letters and digits but one byte in
            // sixteen on average, with runs past sixteen bytes.
            let alnum_only = seed.is_multiple_of(2);
            for b in bytes.iter_mut() {
                crate::next_random(&mut seed);
                // Mostly letters and digits, so runs are long.
                let pick = if alnum_only && !seed.is_multiple_of(16) {
                    (seed >> 8) % 10
                } else {
                    seed % 20
                };
                *b = b"aZz09AgQkm@[`{/:\x80\xC3 -"[pick as usize];
            }
            for start in 0..=bytes.len() {
                let want = (start..bytes.len())
                    .find(|&k| !bytes[k].is_ascii_alphanumeric())
                    .unwrap_or(bytes.len());
                assert_eq!(alnum_run_end(&bytes, start), want, "{bytes:?} {start}");
            }
        }
    }

    /// The pieces of the random texts that `token_at` and the word loop's
    /// two paths are compared on (see the two tests that use them).
    const TOKEN_PIECES: &[&str] = &[
        "a",
        "Mr",
        "U",
        "S",
        "s",
        "1",
        "12",
        "000",
        "x9",
        "abcdefghij",
        "-",
        "/",
        ".",
        ",",
        "'",
        "&",
        "&quot;",
        "&amp;",
        "\u{2019}",
        "\u{2018}",
        "\u{201d}",
        "\u{2014}",
        "\u{2070}",
        "\u{2160}",
        "\u{e9}",
        "\u{301}",
        "\u{c3}\u{b1}",
        "\u{a0}",
        " ",
        "\n",
        ":",
        "\"",
        "Jan",
        "e",
        "v",
        "no",
        "U.S.-led",
        "9,99",
        "1,0000",
        "'s ",
        "\u{2019}s",
    ];

    #[test]
    fn ascii_word_step_as_by_chars() {
        // Runs of ASCII letters and digits joined by every byte the
        // ASCII step tests or leaves to the general step: marks before and
        // not before letters, apostrophes before "s", curly apostrophes and
        // other General Punctuation, letters, combining marks and mojibake
        // past ASCII, entities, digit groups, abbreviations and initials.
        let pieces = TOKEN_PIECES;
        let mut seed = 0x7ac0_a5c1_1e57_u64;
        let (mut words, mut fast) = (0, 0);
        for _ in 0..4_000 {
            let t = crate::random_text(&mut seed, pieces, 14);
            for end in [t.len(), t.len().saturating_sub(1), t.len() / 2] {
                if !t.is_char_boundary(end) {
                    continue;
                }
                let span = (0, end);
                for i in (0..end).filter(|&i| t.is_char_boundary(i)) {
                    for open in [false, true] {
                        let (mut o1, mut o2) = (open, open);
                        let (mut a, mut b) = (Vec::new(), Vec::new());
                        let n1 = token_at(&t, span, i, &mut o1, &mut a);
                        let n2 = token_at_by_chars(&t, span, i, &mut o2, &mut b);
                        assert_eq!((n1, o1), (n2, o2), "{t:?} {span:?} {i}");
                        assert_eq!(a, b, "{t:?} {span:?} {i}");
                        words += usize::from(a.first().is_some_and(|k| k.kind == TokKind::Word));
                        let b = &t.as_bytes()[..end];
                        fast += usize::from(
                            ASCII_ALNUM[b[i] as usize] && ascii_word_end(b, i).is_some(),
                        );
                    }
                }
            }
        }
        assert!(words > 100_000, "{words}");
        // The byte-by-byte step settles most of them (a step that always
        // left the word to the general one would pass the compares).
        assert!(fast > words / 2, "{fast} of {words}");
    }

    #[test]
    fn word_loop_paths_give_the_tokens_of_token_at() {
        // The word loop (`Sent::with_cues`) calls `token_at`'s two paths
        // itself, the ASCII word's with the text up to the span's end
        // (from the text's start, not the span's): over spans that start
        // inside the text, mid-word and after letters, digits, marks and
        // stops, every token and position must be `token_at`'s.
        let pieces = TOKEN_PIECES;
        let mut seed = 0x51d3_9a07_44e1_u64;
        let (mut ascii, mut general) = (0, 0);
        for _ in 0..3_000 {
            let t = crate::random_text(&mut seed, pieces, 14);
            let bounds: Vec<usize> = (0..=t.len()).filter(|&i| t.is_char_boundary(i)).collect();
            for &s in bounds.iter().step_by(3) {
                for e in [t.len(), (s + t.len()) / 2, t.len().saturating_sub(2)] {
                    if e <= s || !t.is_char_boundary(e) {
                        continue;
                    }
                    let span = (s, e);
                    let upto = &t.as_bytes()[..e];
                    for i in (s..e).filter(|&i| t.is_char_boundary(i)) {
                        let open = seed.is_multiple_of(2);
                        crate::next_random(&mut seed);
                        let (mut o1, mut o2) = (open, open);
                        let (mut a, mut b) = (Vec::new(), Vec::new());
                        let n1 = token_at(&t, span, i, &mut o1, &mut a);
                        let found = if is_ascii_alnum(upto[i]) {
                            ascii_word_at(upto, i)
                        } else {
                            None
                        };
                        let n2 = if let Some((end, simple)) = found {
                            ascii += 1;
                            let mut k = Token::plain(i, end);
                            k.simple = simple;
                            b.push(k);
                            end
                        } else {
                            general += 1;
                            token_by_chars_at(&t, span, i, &mut o2, &mut b)
                        };
                        assert_eq!((n1, o1, &a), (n2, o2, &b), "{t:?} {span:?} {i}");
                    }
                }
            }
        }
        assert!(ascii > 10_000 && general > 10_000, "{ascii} {general}");
    }

    #[test]
    fn short_path_words_end_where_the_general_path_ends_them() {
        // Words of ASCII letters and digits before each byte that may or
        // may not join, at the end and mid-text.
        let t = "said, 1,000 2,5 x-y U.S. it's a/b A&B Mr. ab\u{e9} ab\u{301} ab:cd ab\u{2019}s ab's abcdefghijklmnopq";
        let mut toks = Vec::new();
        tokenize(t, (0, t.len()), &mut toks);
        let words: Vec<(&str, bool)> = toks
            .iter()
            .filter(|k| k.kind == TokKind::Word)
            .map(|k| (&t[k.start..k.end], k.simple))
            .collect();
        assert_eq!(
            words,
            [
                ("said", true),
                ("1,000", false),
                ("2", true),
                ("5", true),
                ("x-y", false),
                ("U.S.", false),
                ("it", true),
                ("a/b", false),
                ("A&B", false),
                ("Mr.", false),
                ("ab\u{e9}", false),
                ("ab\u{301}", false),
                ("ab", true),
                ("cd", true),
                ("ab", true),
                ("ab", true),
                ("abcdefghijklmnopq", true),
            ]
        );
    }

    /// [`tokenize`] without its short paths: the general step at every
    /// byte that is no space.
    fn tokenize_general(text: &str, span: Span) -> Vec<Token> {
        let (mut out, mut open_single, mut i) = (Vec::new(), false, span.0);
        while i < span.1 {
            if text.as_bytes()[i] == b' ' {
                i += 1;
            } else {
                i = token_at(text, span, i, &mut open_single, &mut out);
            }
        }
        out
    }

    #[test]
    fn short_paths_give_the_tokens_of_the_general_step() {
        // Every ASCII byte between words, the marks of the short path and
        // their neighbours (U+2012..U+2027, curly single marks that may
        // pair or close), multibyte words, cuts mid-word and at the ends.
        let mut t = String::from(
            "He said: \u{201c}No\u{2014}never\u{2026}\u{201d} It\u{2019}s \u{2018}a mess\u{2019} \
             Jones\u{2019} aide \u{2018}\u{2018}x\u{2019}\u{2019} ab\u{2013}cd \u{2012}\u{2015}\u{2027} \
             \u{2028}\u{200b}\u{a0}\u{e9}t\u{e9} 1,000 a,b words, U.S.-led it's Smith' x ",
        );
        for b in 0u8..128 {
            t.push_str("ab");
            t.push(b as char);
            t.push_str("cd 9");
            t.push(b as char);
        }
        // Words before a stop (abbreviations, initials, digits) and before
        // what may follow a stop or a word.
        for w in ["ab", "A", "a", "mr", "Sept", "NO", "ABCDEFG", "9"] {
            for f in [
                ".",
                ". x",
                ".x",
                ".5",
                ".\u{201d}",
                ".\u{e9}",
                ".\u{2019}s",
                ".\u{a0}",
                ".-",
                "..",
                "\u{a0}x",
                "\u{a0}",
                "\u{2019}s",
                "\u{2019}t",
                "\u{2018}",
                "\u{e9}",
                "\u{301}",
                "'s",
                "'s.",
                "'sa",
                "'s\u{e9}",
                "'s'",
                "\u{2019}s\u{201d}",
                "\u{2019}s\u{2019}s",
                "\u{2019}sa",
            ] {
                t.push(' ');
                t.push_str(w);
                t.push_str(f);
            }
        }
        for c in '\u{2010}'..='\u{2030}' {
            t.push_str(" w");
            t.push(c);
            t.push('w');
            t.push(c);
        }
        let cuts: Vec<usize> = (0..=t.len()).filter(|&k| t.is_char_boundary(k)).collect();
        for (n, &a) in cuts.iter().enumerate() {
            for &b in cuts[n..].iter().take(12).chain([&t.len()]) {
                let mut got = Vec::new();
                tokenize(&t, (a, b), &mut got);
                assert_eq!(got, tokenize_general(&t, (a, b)), "{:?}", &t[a..b]);
            }
        }
        assert_eq!(plain_punct_len(b"", 0), 0);
        assert_eq!(plain_punct_len("\u{2014}".as_bytes(), 0), 3);
        assert_eq!(plain_punct_len(&"\u{2014}".as_bytes()[..2], 0), 0);
    }

    #[test]
    fn byte_tests_at_once_agree_with_one_at_a_time() {
        for b in 0..=255u8 {
            for k in 0..8 {
                // The byte among letters and among others.
                for fill in [b'a', b' ', 0xC3] {
                    let mut w = [fill; 8];
                    w[k] = b;
                    let m = not_alnum_bytes(u64::from_le_bytes(w));
                    let bits = alnum_bits8(u64::from_le_bytes(w));
                    assert!(bits < 0x100, "{w:?}");
                    for (j, &c) in w.iter().enumerate() {
                        let want = !c.is_ascii_alphanumeric();
                        assert_eq!(m >> (8 * j) & 0xFF, u64::from(want) << 7, "{w:?}");
                        assert_eq!(bits >> j & 1, u32::from(!want), "{w:?}");
                    }
                    let run = w.iter().take_while(|c| c.is_ascii_alphanumeric()).count();
                    assert_eq!(alnum_len8(u64::from_le_bytes(w)), run as u32, "{w:?}");
                }
            }
        }
    }

    #[test]
    fn spans_trim_as_by_characters() {
        // Every span between character boundaries of texts with blanks,
        // bullets, curly marks and multibyte characters at their edges.
        let texts = [
            "  He said. \u{201c}We won.\u{201d}  She left’ \t\n- \"No,\" X \u{a0}",
            "\u{200b}\u{201c}\u{2022} A \u{25aa}\u{a0}b * 'c' -d\u{feff} \u{2019}s\u{2029}",
            "   ",
            "",
            "a\r\n\u{201c}\u{201d}\u{2018}\u{2019} \u{e9}t\u{e9} 1-2 *x* \u{b7}\u{3000}z",
        ];
        for t in texts {
            let cuts: Vec<usize> = (0..=t.len()).filter(|&k| t.is_char_boundary(k)).collect();
            for (x, &s) in cuts.iter().enumerate() {
                for &e in &cuts[x..] {
                    let mut out = Vec::new();
                    push_trimmed(t, s, e, &mut out);
                    assert_eq!(
                        out,
                        trimmed(t, s, e).into_iter().collect::<Vec<_>>(),
                        "{:?}",
                        &t[s..e]
                    );
                }
            }
        }
    }

    #[test]
    fn stops_take_closing_marks_and_find_words_as_by_characters() {
        let t = "U.S. Mr. no. said. J. x.\u{201d} it\u{2019}s.\u{2019}) \u{e9}t\u{e9}.                  Caf\u{e9}s. a.b.c. 2.5. ab\u{bb}] ABCDEFG. abcdefgh.\"' \u{2019}'.\u{a0}z \
                 approx. e.g. x\u{e9}approx. 9approx. Sept.Oct. -no. ";
        let b = t.as_bytes();
        for j in (0..=t.len()).filter(|&j| t.is_char_boundary(j)) {
            let c = t[j..].chars().next();
            let want = c
                .filter(|c| {
                    matches!(
                        c,
                        '"' | '\u{201d}' | '\u{2019}' | '\'' | ')' | ']' | '\u{bb}'
                    )
                })
                .map(char::len_utf8);
            assert_eq!(closing_mark_len(b, j), want, "{j}");
        }
        for dot in memchr::memchr_iter(b'.', b) {
            let by_chars = abbreviation_at(t, dot, word_start_by_chars(&t[..dot]));
            assert_eq!(is_abbreviation(t, dot), by_chars, "{:?}", &t[..dot]);
        }
    }

    #[test]
    fn the_character_after_blanks_is_read_as_by_the_trim() {
        let pieces = [
            " ", "  ", "\t", "\n", "\r", "\u{a0}", "A", "a", "1", "“", "é", ".",
        ];
        let mut texts = vec![String::new()];
        for _ in 0..4 {
            let mut more = Vec::new();
            for t in &texts {
                for p in pieces {
                    more.push(format!("{t}{p}"));
                }
            }
            texts.extend(more);
        }
        for t in &texts {
            for j in (0..=t.len()).filter(|&j| t.is_char_boundary(j)) {
                let trimmed = t[j..]
                    .trim_start_matches([' ', '\n', '\r', '\u{a0}', '\t'])
                    .chars()
                    .next()
                    .unwrap_or('a');
                let (next, from) = next_after_blanks(t, j);
                assert_eq!(next, trimmed, "{t:?} {j}");
                // The trim may start at `from`: only spaces before it, and
                // a byte after it (the sentence is not empty there).
                assert!(
                    from == j || from == j + 1 && t.as_bytes()[j] == b' ',
                    "{t:?} {j}"
                );
                assert!(from == j || from < t.len(), "{t:?} {j}");
            }
        }
    }

    #[test]
    fn byte_hits_are_the_positions_of_the_needles() {
        // Needles at every position of texts of every length around the
        // block size, among ASCII and multibyte bytes.
        let needles = [b'"', b'\'', 0xE2, 0xC2, b'`', b'&'];
        let fill = "ab \u{e9}\u{201c}x\u{201d}'\"&`\u{ab}.?!";
        for len in 0..200 {
            let base: Vec<u8> = fill.bytes().cycle().skip(len % 7).take(len).collect();
            for at in 0..=len {
                let mut b = base.clone();
                if at < len {
                    b[at] = b'&';
                }
                let want: Vec<usize> = (0..b.len()).filter(|&k| needles.contains(&b[k])).collect();
                assert_eq!(
                    ByteHits::new(&b, needles).collect::<Vec<_>>(),
                    want,
                    "{len} {at}"
                );
                assert_eq!(
                    ByteHits::new(&b, Halves::new(needles)).collect::<Vec<_>>(),
                    want,
                    "{len} {at}"
                );
                let stops: Vec<usize> = (0..b.len()).filter(|&k| b"?!.".contains(&b[k])).collect();
                assert_eq!(ByteHits::new(&b, SENTENCE_STOPS).collect::<Vec<_>>(), stops);
                // The blocks compared with AVX2, where the processor has it.
                #[cfg(target_arch = "x86_64")]
                if std::arch::is_x86_feature_detected!("avx2") {
                    // SAFETY: the processor has AVX2 (just detected).
                    let (six, halves, three) = unsafe {
                        (
                            ByteHits::<_, true>::new_avx2_if(&b, needles).collect::<Vec<_>>(),
                            ByteHits::<_, true>::new_avx2_if(&b, Halves::new(needles))
                                .collect::<Vec<_>>(),
                            ByteHits::<_, true>::new_avx2_if(&b, SENTENCE_STOPS)
                                .collect::<Vec<_>>(),
                        )
                    };
                    assert_eq!(six, want, "{len} {at}");
                    assert_eq!(halves, want, "{len} {at}");
                    assert_eq!(three, stops, "{len} {at}");
                }
            }
        }
    }

    /// Checks that the masks of `h` (and its AVX2 masks, where the
    /// processor has them) set just the bits of the bytes `is` names, for
    /// every byte value at every position of a block of one other byte.
    fn assert_needles_found(h: impl Needles, is: impl Fn(u8) -> bool, what: &str) {
        for c in 0..=255u8 {
            for at in [0, 1, 15, 16, 31, 32, 33, 47, 63] {
                let mut block = [b'a'; 64];
                if is(b'a') {
                    block = [0x01; 64];
                }
                block[at] = c;
                let want = (0..64)
                    .filter(|&k| is(block[k]))
                    .fold(0u64, |m, k| m | 1 << k);
                assert_eq!(h.mask64(&block), want, "{what} {c} {at}");
                #[cfg(target_arch = "x86_64")]
                if std::arch::is_x86_feature_detected!("avx2") {
                    // SAFETY: the processor has AVX2 (just detected).
                    let got = unsafe { h.mask64_avx2(&block) };
                    assert_eq!(got, want, "{what} {c} {at}");
                }
            }
        }
    }

    /// `Halves` finds every byte that is one of its needles and no other,
    /// at every position of a block: needles sharing high halves, sharing
    /// low halves, of eight high halves, past ASCII.
    #[test]
    fn halves_find_their_needles_and_no_other_byte() {
        fn check<const N: usize>(needles: [u8; N]) {
            let what = format!("{needles:?}");
            assert_needles_found(Halves::new(needles), |b| needles.contains(&b), &what);
        }
        check([b'"', b'\'', 0xE2, 0xC2, b'`', b'&']);
        check([0x12, 0x21, 0x22, 0x11]);
        check([0x0A, 0x1A, 0x2A, 0x3A, 0x4A, 0x5A, 0x6A, 0xFA]);
        check([0x80, 0x8F, 0xFF, b'a', b'A']);
        check([b'.']);
    }

    /// `Nibbles` finds every byte that is one of its needles and no other,
    /// at every position of a block: the paragraph split's, sixteen
    /// needles of all low halves with a byte past ASCII, and needles
    /// whose low halves are those of the extra byte and of 0.
    #[test]
    fn nibbles_find_their_needles_and_no_other_byte() {
        fn check<const N: usize>(needles: [u8; N], extra: u8) {
            let what = format!("{needles:?} {extra}");
            let is = |b: u8| needles.contains(&b) || b == extra;
            assert_needles_found(Nibbles::new(needles, extra), is, &what);
        }
        check([b'\n', b'<', b'&'], 0xA9);
        check(std::array::from_fn::<u8, 16, _>(|k| 0x70 | k as u8), 0xFF);
        check([0x10, 0x29, 0x7F], 0x09);
        check([b'.'], b'.');
    }

    /// `LowHalves` finds every byte that is one of its needles and no
    /// other, at every position of a block: the sentence split's stops,
    /// sixteen needles of every low half, needles next to 0xFF's and 0's
    /// low halves. (It fails with an unused entry 0, or the needle's own
    /// byte, in the table.)
    #[test]
    fn low_halves_find_their_needles_and_no_other_byte() {
        fn check<const N: usize>(needles: [u8; N]) {
            let what = format!("{needles:?}");
            assert_needles_found(LowHalves::new(needles), |b| needles.contains(&b), &what);
        }
        check([b'.', b'?', b'!']);
        check(std::array::from_fn::<u8, 16, _>(|k| 0x70 | k as u8));
        check([0x10, 0x2F, 0x7E]);
        check([b'a']);
    }

    /// The blocks of `ByteHits` (the first one's hits cut where the
    /// blocks counted back from the end start) against a byte filter, on
    /// random texts of up to 120 pieces (mostly four or five blocks), with
    /// both compares.
    #[test]
    fn byte_hits_tile_random_texts() {
        let pieces = [
            "a",
            "bc",
            " ",
            ".",
            "?",
            "!",
            "\"",
            "'",
            "\u{201c}",
            "\u{2019}",
            "\u{ab}",
            "&",
            "`",
            "\n",
            "\u{e9}",
            "wxyz0123456789",
        ];
        let needles = [b'"', b'\'', 0xE2, 0xC2, b'`', b'&'];
        let mut seed = 0x1234_5678_9abc_def1;
        for _ in 0..20_000 {
            let t = crate::random_text(&mut seed, &pieces, 120);
            let b = t.as_bytes();
            let want: Vec<usize> = (0..b.len()).filter(|&k| needles.contains(&b[k])).collect();
            let stops: Vec<usize> = (0..b.len()).filter(|&k| b"?!.".contains(&b[k])).collect();
            assert_eq!(ByteHits::new(b, needles).collect::<Vec<_>>(), want, "{t:?}");
            assert_eq!(ByteHits::new(b, SENTENCE_STOPS).collect::<Vec<_>>(), stops);
            #[cfg(target_arch = "x86_64")]
            if std::arch::is_x86_feature_detected!("avx2") {
                // SAFETY: the processor has AVX2 (just detected).
                let (six, halves, three) = unsafe {
                    (
                        ByteHits::<_, true>::new_avx2_if(b, needles).collect::<Vec<_>>(),
                        ByteHits::<_, true>::new_avx2_if(b, Halves::new(needles))
                            .collect::<Vec<_>>(),
                        ByteHits::<_, true>::new_avx2_if(b, SENTENCE_STOPS).collect::<Vec<_>>(),
                    )
                };
                assert_eq!(six, want, "{t:?}");
                assert_eq!(halves, want, "{t:?}");
                assert_eq!(three, stops, "{t:?}");
            }
        }
    }

    #[test]
    fn word_ends_by_table_as_by_the_byte_tests() {
        for word in [&b"said"[..], b"Mr", b"A", b"9", b"x9", b"9x", b"Z"] {
            for d in 0..=255u8 {
                for after in [
                    &b""[..],
                    b" ",
                    b"s ",
                    b"s",
                    b"x",
                    b"\x80\x99s",
                    b"\x80\x9d",
                    b"\xa0",
                ] {
                    let mut t = word.to_vec();
                    t.push(d);
                    t.extend_from_slice(after);
                    let n = word.len();
                    assert_eq!(
                        word_ends_at(&t, 0, n),
                        word_ends_by_bytes(&t, 0, n),
                        "{t:?}"
                    );
                    // SAFETY: `0 < n < t.len()` (the byte `d` follows).
                    let inside = unsafe { word_ends_inside(&t, 0, n) };
                    assert_eq!(inside, word_ends_by_bytes(&t, 0, n), "{t:?}");
                }
            }
        }
    }

    /// Walks `b` from each of its first `starts` bytes as the word loop
    /// does, with the span ending at `len`, comparing [`ahead_word`] (by
    /// AVX2 when `AVX2`) with [`plain_word_inside`] at every step; returns the
    /// words compared.
    fn walk_ahead_words<const AVX2: bool>(
        b: &[u8],
        len: usize,
        starts: usize,
        seed: &mut u64,
    ) -> usize {
        let mut words = 0;
        for start in 0..len.min(starts) {
            let mut ahead = AlnumAhead::UNKNOWN;
            let mut i = start;
            while i < len {
                // SAFETY: AVX2 is asked for only where detected (the
                // callers); `ahead` is moved with `i` below as the word
                // loop moves it, or made unknown.
                let got = unsafe { ahead_word::<AVX2>(b, len, i, &mut ahead) };
                let want = plain_word_inside(&b[..len], i);
                assert_eq!(got.map(|g| g.0), want.map(|w| w.0), "{b:?} {len} {i}");
                match (got, want) {
                    (Some((end, key)), Some((_, plain_key))) => {
                        words += 1;
                        let w = &b[i..end];
                        let packed = w
                            .iter()
                            .rev()
                            .fold(0u64, |k, c| k << 8 | u64::from(c.to_ascii_lowercase()));
                        assert!(plain_key == 0 || key == plain_key, "{w:?}");
                        assert!(key == 0 || w.len() <= 8 && key == packed, "{w:?}");
                        // `ahead` holds the bits for `end`; the space after
                        // the word is skipped with it, as in the word loop.
                        i = end;
                        if b.get(end) == Some(&b' ') && end < len {
                            ahead.skip(1);
                            i += 1;
                        }
                    }
                    _ if !ASCII_ALNUM[b[i] as usize] => {
                        // A mark or other byte: one to four bytes on (the
                        // steps of the marks and spaces).
                        let k = (1 + crate::next_random(seed) as usize % 4).min(len - i);
                        ahead.skip(k);
                        i += k;
                    }
                    _ => {
                        // `ahead` holds the bits for `i` (left there when
                        // the word's end did not do, moved back from the
                        // bits past the word): the bytes from `i` that are
                        // no letter or digit, among those classified.
                        // SAFETY: as above.
                        if let Some(fresh) = unsafe { AlnumAhead::at::<AVX2>(b, i) } {
                            assert_eq!(ahead.0 & !fresh.0, 0, "{b:?} {len} {i}");
                            assert!(
                                ahead.0 == 0
                                    || ahead.0.trailing_zeros() == fresh.0.trailing_zeros(),
                                "{b:?} {len} {i}"
                            );
                        }
                        // A word of the general step: the bits moved over
                        // it (one to 80 bytes on), as in the word loop.
                        let k = (1 + crate::next_random(seed) as usize % 80).min(len - i);
                        ahead.skip_far(k);
                        i += k;
                    }
                }
                if crate::next_random(seed).is_multiple_of(50) {
                    ahead = AlnumAhead::UNKNOWN;
                }
            }
        }
        words
    }

    #[test]
    fn ahead_words_agree_with_plain_words() {
        let mut real = String::new();
        for t in [
            include_str!("../../benches/corpus.jsonl"),
            include_str!("../../tests/golden/example/input.txt"),
            include_str!("../../tests/golden/kinds/input.txt"),
        ] {
            real.push_str(t);
        }
        let pieces = [
            "a ",
            "Ab",
            "said",
            ", ",
            ". ",
            "Mr.",
            "U.S.",
            "it's",
            "Trump's",
            "Trump’s",
            "don’t",
            "2,000",
            "3.5",
            "well-known",
            "AT&T",
            "and/or",
            "x\u{e9}",
            "caf\u{e9} ",
            "—",
            "“",
            "”",
            "\u{a0}",
            " ",
            "  ",
            "\n",
            "\"",
            "'",
            "abcdefgh",
            "abcdefghi",
            "0123456789abcdef",
            "Officials ",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
            "...",
            "?",
            "e.g.",
            "(",
            ")",
            "-",
            "_",
            "@",
            "`",
            "{",
            "\t",
            "\r",
        ];
        let mut seed = 0x0a4e_ad17_5eed_u64;
        let mut texts = vec![real.into_bytes()];
        for _ in 0..400 {
            texts.push(crate::random_text(&mut seed, &pieces, 120).into_bytes());
        }
        // And bytes at random, from letters, digits, marks and non-ASCII.
        for _ in 0..200 {
            let n = crate::next_random(&mut seed) as usize % 300;
            let t = (0..n)
                .map(|_| {
                    b"aZz09AgQkm@[`{/:.,'-&\x80\xC3\xE2  "
                        [crate::next_random(&mut seed) as usize % 25]
                })
                .collect();
            texts.push(t);
        }
        let mut words = 0;
        for t in &texts {
            let n = t.len();
            // The span's end: the text's, and cuts before it (in a word,
            // after a space, near the end).
            let mut ends = vec![
                n,
                n.saturating_sub(1),
                n.saturating_sub(9),
                n.saturating_sub(80),
            ];
            ends.extend((0..4).map(|_| crate::next_random(&mut seed) as usize % (n + 1)));
            // (The real text, long, from its first two bytes only.)
            let starts = if n > 5_000 { 2 } else { 70 };
            for len in ends {
                words += walk_ahead_words::<false>(t, len, starts, &mut seed);
                #[cfg(target_arch = "x86_64")]
                if std::arch::is_x86_feature_detected!("avx2") {
                    words += walk_ahead_words::<true>(t, len, starts, &mut seed);
                }
            }
        }
        assert!(words > 100_000, "{words}");
    }

    #[test]
    fn plain_words_are_packed_when_short() {
        let t = "a Ab 9z said, Mr. SAID. abcdefg abcdefgh x\u{e9} it's 2,000 ok \
                 Official Officials 0123456A 0123456789 Abcdefgh. abcdefgh,";
        let b = t.as_bytes();
        for upto in 0..=b.len() {
            for i in 0..upto {
                let Some((end, key)) = plain_word(&b[..upto], i) else {
                    continue;
                };
                let w = &b[i..end];
                let want = w
                    .iter()
                    .rev()
                    .fold(0u64, |k, c| k << 8 | c.to_ascii_lowercase() as u64);
                assert!(
                    key == 0 && (w.len() > 8 || i + 8 > upto) || key == want,
                    "{w:?}"
                );
                assert!(key != 0 || w.len() > 8 || i + 8 > upto, "{w:?}");
            }
        }
    }

    #[test]
    fn quick_alnum_agrees_with_std() {
        for c in (0..0x3000u32).filter_map(char::from_u32) {
            assert_eq!(is_alnum(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn bulleted_lines_are_paragraphs_without_their_bullets() {
        let t = "They said:\n\n- \"We won,\" said A.\n* \"We lost,\" said B.\n• Nobody else spoke.\n- not a bullet";
        let p: Vec<&str> = paragraphs(t).iter().map(|&(a, b)| &t[a..b]).collect();
        assert_eq!(
            p,
            [
                "They said:",
                "\"We won,\" said A.",
                "\"We lost,\" said B.",
                "Nobody else spoke.\n- not a bullet"
            ]
        );
        // A dash before a name is no bullet.
        assert_eq!(paragraphs("- Amber Phillips."), [(0, 17)]);
    }

    #[test]
    fn paragraph_separators_part_paragraphs() {
        let t = "One.\u{2029}Two\nstill two.\u{2029}\u{2029}Three";
        let p: Vec<&str> = paragraphs(t).iter().map(|&(a, b)| &t[a..b]).collect();
        assert_eq!(p, ["One.", "Two\nstill two.", "Three"]);
    }

    #[test]
    fn paragraphs_split_on_blank_lines() {
        let t = "One.\n\nTwo\nstill two.\n \n\nThree";
        let p: Vec<&str> = paragraphs(t).iter().map(|&(a, b)| &t[a..b]).collect();
        assert_eq!(p, ["One.", "Two\nstill two.", "Three"]);
        // Direction marks and zero widths at the edges are trimmed.
        let t = "\u{202a}“We won.”\u{200b}\n\n\u{feff}Two.";
        let p: Vec<&str> = paragraphs(t).iter().map(|&(a, b)| &t[a..b]).collect();
        assert_eq!(p, ["“We won.”", "Two."]);
    }

    #[test]
    fn lines_are_paragraphs_without_blank_lines() {
        // One paragraph per line, as scraped datasets store articles.
        let t = "Rates rose.\n\"We will act,\" she said.\nThe bank declined to comment.";
        let p: Vec<&str> = paragraphs(t).iter().map(|&(a, b)| &t[a..b]).collect();
        assert_eq!(
            p,
            [
                "Rates rose.",
                "\"We will act,\" she said.",
                "The bank declined to comment."
            ]
        );
        // Hard-wrapped text (lines ending mid-sentence) stays one paragraph.
        let t = "The bank raised rates on\nThursday, saying inflation\nwas too high.";
        assert_eq!(paragraphs(t), [(0, t.len())]);
        // With a blank line anywhere, single newlines are wraps.
        let t = "One.\nstill one.\n\nTwo.";
        let p: Vec<&str> = paragraphs(t).iter().map(|&(a, b)| &t[a..b]).collect();
        assert_eq!(p, ["One.\nstill one.", "Two."]);
    }

    #[test]
    fn a_time_zone_after_a_clock_time_ends_the_sentence() {
        // "CST"/"EST" in capitals after a clock time end the sentence at
        // their stop, as "GMT." does; "Cst." before a name and "Est." do not.
        for (t, first) in [
            (
                "Launch is at 10 a.m. CST. Officials said it could slip.",
                "Launch is at 10 a.m. CST.",
            ),
            (
                "Polls close at 9:30 p.m. EST. Leaders said they had won.",
                "Polls close at 9:30 p.m. EST.",
            ),
            (
                "It airs at 9pm EST. Critics said it was weak.",
                "It airs at 9pm EST.",
            ),
            (
                "Trading ends at 1500 EST. Brokers said it was calm.",
                "Trading ends at 1500 EST.",
            ),
            (
                "Talks start at noon EST. Aides said little.",
                "Talks start at noon EST.",
            ),
        ] {
            assert_eq!(sents(t)[0], first, "{t}");
        }
        for t in [
            "The driver was named by Cst. Ravi Dhillon of the police.",
            "The firm (est. 1892) said it would close.",
        ] {
            assert_eq!(sents(t).len(), 1, "{t}");
        }
    }

    #[test]
    fn a_clock_time_ends_the_sentence_before_a_clause_opener() {
        // "a.m."/"p.m." end their sentence before a pronoun or determiner
        // that opens a clause, not before a day, a zone or a lowercase word.
        for (t, first) in [
            (
                "Crews closed the break by 6 a.m. He said repairs would take days.",
                "Crews closed the break by 6 a.m.",
            ),
            (
                "Polls close at 7 p.m. The governor said he would wait.",
                "Polls close at 7 p.m.",
            ),
            (
                "Polls close at 7 p.m. Monday. Time is short, he said.",
                "Polls close at 7 p.m. Monday.",
            ),
            (
                "The show ends at 5 p.m. CNN reported the delay.",
                "The show ends at 5 p.m.",
            ),
            (
                "Voting ended at 8 p.m. NATO, meanwhile, said it was ready.",
                "Voting ended at 8 p.m.",
            ),
            (
                "The address ended at 9 p.m. ABC, NBC and CBS said it drew viewers.",
                "The address ended at 9 p.m.",
            ),
            (
                "The vote was at 11 p.m. Prime Minister Keir Starmer's time is short.",
                "The vote was at 11 p.m.",
            ),
            (
                "Parliament rose at 10 p.m. Chancellor Rachel Reeves’s time is short.",
                "Parliament rose at 10 p.m.",
            ),
            (
                "Doors open at 8 a.m. Local businesses said it was time.",
                "Doors open at 8 a.m.",
            ),
            (
                "The polls opened at 6 a.m. New York Times reporters said lines were long.",
                "The polls opened at 6 a.m.",
            ),
        ] {
            assert_eq!(sents(t)[0], first, "{t}");
        }
        for t in [
            "The meeting starts at 10 a.m. Monday in the council chamber.",
            "The office opens at 9 a.m. ET on weekdays.",
            "Trains run until 11 p.m. on Fridays, officials said.",
            "The match starts at 8 p.m. GMT, organizers said.",
            "The store opens at 9 a.m. Eastern, a spokesman said.",
            "Voting ends at 8 p.m. Pacific time, the clerk said.",
            "The rally began at 3 p.m. Moscow time, witnesses said.",
            "The rally began at 9 p.m. Mexico City local time, witnesses said.",
            "The vote starts at 10 a.m. Rio de Janeiro time, the court said.",
            "Markets open at 9 a.m. MSK, the exchange said.",
            "Markets open at 9 a.m. MSK on weekdays, the exchange said.",
            "The rally ended at 5 p.m. San Juan de la Maguana time, organizers said.",
            "Bulletins air at 8 a.m. Local time, the station said.",
            "The vote opens at 6 a.m. New York time, officials said.",
            "Crowds gathered by 11 p.m. New Year's Eve, police said.",
            "The vote is set for 10 a.m. March 3, the clerk said.",
            "She boarded a 7 a.m. Delta flight to Atlanta, her lawyer said.",
            "The 8 a.m. Mass was canceled, the parish said.",
            "Sunday's 6 p.m. Vespers drew a crowd.",
        ] {
            assert_eq!(sents(t).len(), 1, "{t}");
        }
        // Before any other capital: a new clause ("Police", a name, a
        // plural noun).
        for (t, first) in [
            (
                "The fire started shortly after 2 a.m. Police said the victim was found.",
                "The fire started shortly after 2 a.m.",
            ),
            (
                "Power went out at 3:15 a.m. Smith said most residents were asleep.",
                "Power went out at 3:15 a.m.",
            ),
            (
                "The meeting ran until 11 p.m. Council members said they would vote.",
                "The meeting ran until 11 p.m.",
            ),
            // An opening quote mark before the capital: a quoted sentence.
            (
                "The fire started after 11 p.m. \"Our officers arrived within minutes,\" Elliott said.",
                "The fire started after 11 p.m.",
            ),
            (
                "Shots rang out at 2:40 a.m. \u{201C}It was chaos,\u{201D} a neighbor said.",
                "Shots rang out at 2:40 a.m.",
            ),
        ] {
            assert_eq!(sents(t)[0], first, "{t}");
        }
        // A quoted day or title after the clock, or a determiner before
        // it, keeps the sentence whole.
        for t in [
            "The game starts at 8 p.m. \"Monday Night Football\" fans said they would watch.",
            "She hosts the 9 a.m. \"Morning Call\" show, the station said.",
            "It ended at 5 p.m. \"sharp,\" he said.",
        ] {
            assert_eq!(sents(t).len(), 1, "{t}");
        }
    }

    #[test]
    fn sentences_respect_abbreviations_and_quotes() {
        assert_eq!(
            sents("Mr. Smith met U.S. officials. \"We won. Again,\" he said. Gen. Lee left."),
            [
                "Mr. Smith met U.S. officials.",
                "\"We won. Again,\" he said.",
                "Gen. Lee left."
            ]
        );
    }

    #[test]
    fn military_ranks_brig_and_pvt_end_no_sentence() {
        assert_eq!(
            sents("Brig. Gen. Daniel Hagari said the tunnels were mined. Pvt. Ana Ruiz agreed."),
            [
                "Brig. Gen. Daniel Hagari said the tunnels were mined.",
                "Pvt. Ana Ruiz agreed."
            ]
        );
    }

    #[test]
    fn clergy_styles_rt_and_msgr_end_no_sentence() {
        // "the Rt. Rev." and "Msgr." stand before a name like "Rev.".
        assert_eq!(
            sents("\"We will pray,\" said the Rt. Rev. Anne Hollis. Msgr. Kevin Sullivan agreed."),
            [
                "\"We will pray,\" said the Rt. Rev. Anne Hollis.",
                "Msgr. Kevin Sullivan agreed."
            ]
        );
    }

    #[test]
    fn the_channel_rt_ends_its_sentence() {
        assert_eq!(
            sents("The remarks aired on RT. Peskov said the Kremlin would not comment."),
            [
                "The remarks aired on RT.",
                "Peskov said the Kremlin would not comment."
            ]
        );
    }

    #[test]
    fn capitalized_ranks_are_the_lowercase_no_ranks() {
        for r in LOWERCASE_NO_RANK {
            let mut c = r.to_string();
            c[..1].make_ascii_uppercase();
            assert!(capitalized_rank(&c), "{c}");
        }
        assert!(!capitalized_rank("Mr") && !capitalized_rank("pvt"));
    }

    #[test]
    fn a_capitalized_rank_before_a_clause_opener_ends_its_sentence() {
        // An Indian company name ends in "Pvt.": before "The" no name
        // follows, so the stop ends the sentence.
        assert_eq!(
            sents("The deal was signed with Reliance Retail Pvt. The company said it was pleased."),
            [
                "The deal was signed with Reliance Retail Pvt.",
                "The company said it was pleased."
            ]
        );
        assert_eq!(
            sents("It went to Tata Pvt. A spokesman said so. Pvt. A. Okafor agreed."),
            [
                "It went to Tata Pvt.",
                "A spokesman said so.",
                "Pvt. A. Okafor agreed."
            ]
        );
        // A name after the rank goes on.
        assert_eq!(
            sents("The unit was led by Pvt. Daniel Okafor, who said it was ready."),
            ["The unit was led by Pvt. Daniel Okafor, who said it was ready."]
        );
    }

    #[test]
    fn lowercase_ranks_end_their_sentence() {
        // "brig." (a ship's jail) and the other rank abbreviations in
        // lowercase are words that end a sentence, not titles.
        assert_eq!(
            sents("The sailor spent two nights in the brig. The Navy said he would face trial."),
            [
                "The sailor spent two nights in the brig.",
                "The Navy said he would face trial."
            ]
        );
        assert_eq!(
            sents("He was a pvt. Officers said he had served less than a year."),
            [
                "He was a pvt.",
                "Officers said he had served less than a year."
            ]
        );
        assert_eq!(
            sents("They crossed the col. Guides said the snow was deep."),
            ["They crossed the col.", "Guides said the snow was deep."]
        );
        assert_eq!(
            sents("Army Pvt. Lena Brooks agreed. Maj. Tom Vance did not."),
            ["Army Pvt. Lena Brooks agreed.", "Maj. Tom Vance did not."]
        );
    }

    #[test]
    fn an_initialism_ends_a_sentence_before_a_clause_opener() {
        assert_eq!(
            sents("The ships sailed into the U.S. He said the cargo was safe."),
            [
                "The ships sailed into the U.S.",
                "He said the cargo was safe."
            ]
        );
        assert_eq!(
            sents("She spoke in Washington, D.C. The crowd cheered."),
            ["She spoke in Washington, D.C.", "The crowd cheered."]
        );
        // A name or a noun after it stays in the sentence; so does a
        // single initial.
        for t in [
            "The U.S. Senate voted on Monday.",
            "Officials in the U.S. State Department said no.",
            "The letter was signed by J. The Younger.",
        ] {
            assert_eq!(sents(t), [t]);
        }
    }

    #[test]
    fn two_spaces_end_a_sentence_after_an_abbreviation() {
        assert_eq!(
            sents("He met Joseph Biden Jr.  Mrs. Clinton spoke at 9 p.m.  She left."),
            [
                "He met Joseph Biden Jr.",
                "Mrs. Clinton spoke at 9 p.m.",
                "She left."
            ]
        );
        assert_eq!(
            sents("He met Joseph Biden Jr. on Monday."),
            ["He met Joseph Biden Jr. on Monday."]
        );
    }

    #[test]
    fn an_overlong_sentence_is_cut_at_white_space() {
        let t = "word ".repeat(3 * MAX_SENTENCE_BYTES / 5) + "end.";
        let s = sents(&t);
        assert!(s.len() >= 3, "{}", s.len());
        assert!(s.iter().all(|p| p.len() <= MAX_SENTENCE_BYTES + 5));
        assert_eq!(s.concat().replace(' ', ""), t.replace(' ', ""));
        // No white space at all: cut at a character boundary.
        let t = "é".repeat(MAX_SENTENCE_BYTES);
        assert!(sents(&t).iter().all(|p| p.chars().all(|c| c == 'é')));
    }

    #[test]
    fn windows_line_ends_end_sentences() {
        // "\r\n" (Windows files, many scraped datasets) ends a sentence
        // like "\n".
        assert_eq!(
            sents("The bank raised rates.\r\nIt said more may come."),
            ["The bank raised rates.", "It said more may come."]
        );
        assert_eq!(
            sents("\u{201c}We will act.\u{201d}\r\nShe left."),
            ["\u{201c}We will act.\u{201d}", "She left."]
        );
    }

    #[test]
    fn a_wrapped_line_of_names_does_not_end_a_sentence() {
        // Hard-wrapped text: a line break before a capital after a line
        // that is mostly names is not a sentence end.
        assert_eq!(
            sents("The minister met with Vladimir Putin and Donald Trump in\nMoscow on Friday, he said."),
            ["The minister met with Vladimir Putin and Donald Trump in\nMoscow on Friday, he said."]
        );
    }

    /// The words of `t` as the tokenizer cuts them.
    fn words(t: &str) -> Vec<&str> {
        let mut toks = Vec::new();
        tokenize(t, (0, t.len()), &mut toks);
        toks.iter().map(|k| &t[k.start..k.end]).collect()
    }

    #[test]
    fn a_plus_glued_to_a_word_gives_no_token() {
        assert_eq!(words("OPEC+ said"), ["OPEC", "said"]);
        assert_eq!(
            words("Disney+, the service"),
            ["Disney", ",", "the", "service"]
        );
        // Before a letter or digit, or after a space, the mark stays.
        assert_eq!(words("A+B and + 2"), ["A", "+", "B", "and", "+", "2"]);
        let mut general = Vec::new();
        let t = "OPEC+ said";
        let (mut open, mut i) = (false, 0);
        while i < t.len() {
            if t.as_bytes()[i] == b' ' {
                i += 1;
            } else {
                i = token_at(t, (0, t.len()), i, &mut open, &mut general);
            }
        }
        assert_eq!(general.len(), 2);
    }

    #[test]
    fn tokens_keep_abbreviations_and_possessives() {
        assert_eq!(
            words("Russia’s U.S.-led plan, Mr. Lavrov's “no”."),
            [
                "Russia", "’s", "U.S.-led", "plan", ",", "Mr.", "Lavrov", "'s", "“", "no", "”", "."
            ]
        );
    }

    #[test]
    fn a_hyphenated_title_abbreviation_keeps_the_sentence_whole() {
        // "then-Gov." ends no sentence (the stop is the abbreviation's after
        // the last hyphen); its stop stays a token of its own, which the
        // speaker phrase reads as part of the title.
        assert_eq!(
            sents("He said then-Gov. Paul Sherwood and ex-Sen. Lee Fox agreed. It ended."),
            [
                "He said then-Gov. Paul Sherwood and ex-Sen. Lee Fox agreed.",
                "It ended."
            ]
        );
        assert_eq!(
            words("said then-Gov. Paul Sherwood."),
            ["said", "then-Gov", ".", "Paul", "Sherwood", "."]
        );
        assert!(hyphen_abbreviation_word(b"then-Gov") && hyphen_abbreviation_word(b"x-y-Rep"));
        assert!(!hyphen_abbreviation_word(b"Gov") && !hyphen_abbreviation_word(b"then-"));
        assert!(
            !hyphen_abbreviation_word(b"then-gov") && !hyphen_abbreviation_word(b"then-Senate")
        );
    }

    #[test]
    fn decomposed_letters_and_mojibake_stay_in_the_word() {
        assert_eq!(
            words("Garci\u{301}a met Pe\u{c3}\u{b1}a Nieto, FranA\u{303}\u{a7}ois and caf\u{c3}\u{a9}."),
            [
                "Garci\u{301}a",
                "met",
                "Pe\u{c3}\u{b1}a",
                "Nieto",
                ",",
                "FranA\u{303}\u{a7}ois",
                "and",
                "caf\u{c3}\u{a9}",
                "."
            ]
        );
        // A plus-minus sign after a plain letter is no mojibake.
        assert_eq!(words("a\u{b1}b"), ["a", "\u{b1}", "b"]);
    }

    #[test]
    fn digit_groups_stay_one_token() {
        assert_eq!(
            words("were 100,000 or $1,300,500, 12, 1,5 and 2016,2017."),
            [
                "were",
                "100,000",
                "or",
                "$",
                "1,300,500",
                ",",
                "12",
                ",",
                "1",
                ",",
                "5",
                "and",
                "2016",
                ",",
                "2017",
                "."
            ]
        );
    }

    #[test]
    fn curly_plural_possessive_unless_a_single_quote_opened() {
        let kinds = |t: &str| {
            let mut toks = Vec::new();
            tokenize(t, (0, t.len()), &mut toks);
            toks.iter()
                .filter(|k| &t[k.start..k.end] == "’")
                .map(|k| k.kind)
                .collect::<Vec<_>>()
        };
        assert_eq!(kinds("Sanders’ campaign manager"), [TokKind::Possessive]);
        assert_eq!(kinds("He called it ‘a mess’ on Monday"), [TokKind::Punct]);
    }
}
