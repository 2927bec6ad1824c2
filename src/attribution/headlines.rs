//! Document-level rules of the first paragraphs: the headline colon
//! ("Russia: ...", a transcript's speaker label "KATE BOULDUAN: ..."), the
//! dateline that opens a story ("WASHINGTON (AP) --") and dash bylines. Each
//! finds where a leading label or dateline ends, and so what the first
//! sentence's speaker and content may be.

use super::*;

/// `s.tok_before(end)` for the span `start..end` whose first token is
/// `a` (`s.tok_at(start)`), walked to from `a`: the tokens follow one
/// another without overlap, so those before `a - 1` end before the span
/// starts, and a cue or a speaker is a few words (no second binary
/// search). When token `a` ends by `end`, so does the one before it, and
/// the walk goes on from `a + 1`; when it ends at `end` (a cue or speaker
/// of one word, most of them), the next one (not empty, starting at or
/// after `end`) ends past it, and `a + 1` is the answer.
pub(super) fn tok_end(s: &Sent, (start, end): Span, a: usize) -> usize {
    if start > end {
        return s.tok_before(end);
    }
    let toks = &s.toks[..];
    let mut b = match toks.get(a) {
        Some(t) if t.end == end => return a + 1,
        Some(t) if t.end < end => a + 1,
        _ => a.saturating_sub(1),
    };
    while b < toks.len() && toks[b].end <= end {
        b += 1;
    }
    b
}

/// Token index after a dateline ("MOSCOW -", "WASHINGTON (AP) —").
///
/// Every sentence is asked, and most have a second token that is a word
/// starting with a small ASCII letter ("The president said", "He said").
/// Such a sentence holds no dateline, known before the scans: that token
/// is no capitalized word of a left-over "(Reuters) -", no word in
/// capitals, comma, capital, day number, "(" or dash after a first word in
/// capitals, and no "(", capital, comma, stop or day number after the
/// first word of a place before an agency ([`agency_dateline_end`]).
#[inline]
pub(super) fn dateline_end(s: &Sent) -> usize {
    if let Some(t) = s.toks.get(1) {
        if t.kind == TokKind::Word
            && !s.is_cap(1)
            && s.text.as_bytes()[t.start..t.end]
                .first()
                .is_some_and(u8::is_ascii_lowercase)
        {
            return 0;
        }
    }
    // A dateline opens with a word in capitals (the scan's first form) or
    // holds a "(" in its first ten tokens (the "(Reuters) -" left over, an
    // agency in parentheses): a sentence with neither holds none, known
    // without the scans' token tests ("Donald Trump said", "“We ...":
    // most of the sentences past the test above).
    if !caps_word_may(s) && !paren_in_head(s) {
        return 0;
    }
    dateline_end_scan(s)
}

/// Whether the first token may be a word in capitals ([`caps_word`]): a
/// word of two bytes or more whose first two bytes are no small ASCII
/// letter (`caps_word` fails at the first such byte it reads, and reads
/// the second unless the first is past ASCII, when the second is a
/// continuation byte).
#[inline(always)]
pub(super) fn caps_word_may(s: &Sent) -> bool {
    s.toks.first().is_some_and(|t| {
        t.kind == TokKind::Word
            && t.end - t.start >= 2
            && !s.text.as_bytes()[t.start].is_ascii_lowercase()
            && !s.text.as_bytes()[t.start + 1].is_ascii_lowercase()
    })
}

/// Whether the bytes of the sentence's first ten tokens (from the first
/// token's start to the tenth's end) hold a "(": every "(" token that
/// [`dateline_end_scan`] and [`agency_dateline_end`] look for lies there.
/// Sixty-four bytes at a time ([`paren_mask64`]; a `memchr` call cost
/// more than its search of these fifty bytes or so).
#[inline(always)]
pub(super) fn paren_in_head(s: &Sent) -> bool {
    let n = s.len().min(10);
    if n == 0 {
        return false;
    }
    let b = s.text.as_bytes();
    let (mut k, end) = (s.toks[0].start, s.toks[n - 1].end);
    while k < end {
        let Some(m) = paren_mask64(b, k) else {
            return b[k..end].contains(&b'(');
        };
        // (Only the bits of bytes before `end`.)
        let rest = end - k;
        let keep = if rest >= 64 { !0 } else { (1u64 << rest) - 1 };
        if m & keep != 0 {
            return true;
        }
        k += 64;
    }
    false
}

/// The mask of the "(" bytes among the sixty-four bytes of `t` from `a`
/// (bit `k` for byte `a + k`; `segment::mask64`, by SSE2 on x86-64):
/// `None` when `t` has fewer than sixty-four bytes there.
#[inline(always)]
fn paren_mask64(t: &[u8], a: usize) -> Option<u64> {
    let block: &[u8; 64] = t.get(a..)?.first_chunk()?;
    Some(crate::text::segment::mask64(block, b"("))
}

/// [`dateline_end`] by the scans alone.
pub(super) fn dateline_end_scan(s: &Sent) -> usize {
    let n = s.len();
    // "(Reuters) -" left over when the place name ended in an
    // abbreviation ("ORLANDO, Fla. (Reuters) - ...").
    if s.is_p(0, "(") {
        if let Some(c) = (1..n.min(5)).find(|&k| s.is_p(k, ")")) {
            if c > 1 && (1..c).all(|k| s.is_cap(k)) && c + 1 < n && dateline_dash(s, c + 1) {
                return c + 2;
            }
        }
    }
    let mut i = 0;
    let mut caps = 0;
    let mut comma = false;
    // (Up to 16 tokens: "SAN JOSE, Calif., March 4 (Reuters) -".)
    while i < n && i < 16 {
        if caps_word(s, i) {
            caps += 1;
            i += 1;
        } else if caps > 0 && s.is_p(i, ",") {
            comma = true;
            i += 1;
        } else if caps > 0 && comma && (s.is_cap(i) || s.is_p(i, ".") || day_number(s, i)) {
            // "JAKARTA, Indonesia (AP) —", "AUSTIN, Texas —", "Calif.",
            // "WASHINGTON, Dec. 8 (UPI) —"
            i += 1;
        } else if caps > 0 && s.is_p(i, "(") {
            while i < n && !s.is_p(i, ")") {
                i += 1;
            }
            i += 1;
        } else {
            break;
        }
    }
    if caps > 0 && i < n && dateline_dash(s, i) {
        i + 1
    } else {
        agency_dateline_end(s)
    }
}

/// The end of a dateline closed by a news agency in parentheses with no
/// dash, as the Press Trust of India and other agencies write it ("New
/// Delhi, Mar 3 (PTI) The minister said ...", "NEW DELHI (IANS) Police
/// ..."): a place in capitals or a place and date with a comma (capitalized
/// words, commas, stops and day numbers), then a news agency alone in
/// parentheses, then a capital; else 0.
pub(super) fn agency_dateline_end(s: &Sent) -> usize {
    let n = s.len();
    // A token of the place (or date) before the agency.
    let place_at =
        |i: usize| s.is_cap(i) || i > 0 && (s.is_p(i, ",") || s.is_p(i, ".")) || day_number(s, i);
    // The first "(" of the second to tenth tokens, every token before it
    // of the place: the scan stops at the first token that is neither
    // (the first or second of nearly every sentence, "The president
    // said"; it read ten tokens for the "(" before the place was tested).
    // (The tokens' kinds and bytes side by side: `s.is_p(i, "(")` for
    // the tokens of nearly every sentence.)
    if !place_at(0) {
        return 0;
    }
    // (An index loop: the iterator's `skip(1)` and `enumerate` cost more
    // than the one or two tokens most sentences read.)
    let mut open = 1;
    loop {
        if open >= n.min(10) {
            return 0;
        }
        if s.is_p(open, "(") {
            break;
        }
        if !place_at(open) {
            return 0;
        }
        open += 1;
    }
    const AGENCIES: &[&str] = &[
        "PTI", "IANS", "ANI", "UNI", "APP", "AP", "AFP", "Reuters", "UPI", "AAP", "CP", "Xinhua",
        "Bernama", "Yonhap", "Kyodo", "dpa", "DPA", "ANSA", "EFE",
    ];
    let agency = open + 2 < n
        && s.is_p(open + 2, ")")
        && s.is_word(open + 1)
        && AGENCIES.contains(&s.w(open + 1));
    // A place in capitals or with a date after a comma ("The Democratic
    // National Committee (AP) ..." is no dateline).
    let dateline = (0..open).any(|i| s.is_p(i, ","))
        || (0..open).all(|i| !s.w(i).chars().any(char::is_lowercase));
    // (Every token before `open` is of the place: tested above.)
    if agency && dateline && open + 3 < n && s.is_cap(open + 3) {
        open + 3
    } else {
        0
    }
}

/// Whether the sentence opens with a dateline in capitals and a colon
/// (Indian and Pakistani press: "NEW DELHI: Union Minister X on Monday said
/// that ...", "LAHORE: Police said ..."), that is one to three words in
/// capitals before the colon (or before a date, "SRINAGAR, May 4:", or a
/// news agency in parentheses, "NEW DELHI (PTI):") and, after it, a capitalized subject (or
/// an opening quote and a capital: `NEW DELHI: "We will win," Gandhi said.`) and a
/// lowercase cue of saying or telling. Such a sentence is no headline
/// label "NAME: claim" ("AP: Trump chair routed ...", "HUFFPOLLSTER: A
/// 'Seismic Shift' ..."): its own cue gives its row. Returns the token
/// after the colon, where the sentence's rules start (the dateline is no
/// part of a content before the cue: "MUMBAI: The civic body will ..., the
/// commissioner said"), or `None`.
pub(super) fn dateline_colon(s: &Sent, cues: &[CueMatch], lx: &Lexicon) -> Option<usize> {
    // (Cheap first: most sentences open with no word in capitals.)
    if !caps_word_may(s) {
        return None;
    }
    let n = s.len();
    // One to three words in capitals, then the colon, or first a date
    // ("SRINAGAR, May 4:") or a news agency in parentheses ("NEW DELHI
    // (PTI):").
    let place = (0..n.min(3)).take_while(|&i| caps_word(s, i)).count();
    if place == 0 {
        return None;
    }
    let colon = if s.is_p(place, ":") {
        place
    } else if s.is_p(place + 3, ":")
        && (s.is_p(place, ",") && s.is_cap(place + 1) && day_number(s, place + 2)
            || s.is_p(place, "(") && caps_word(s, place + 1) && s.is_p(place + 2, ")"))
    {
        place + 3
    } else {
        return None;
    };
    // The subject, or an opening quote before a capital (`NEW DELHI: "We
    // will win," Gandhi said.`).
    let first = colon + 1 + usize::from(s.is_quote_mark(colon + 1));
    if first + 2 >= n || !s.is_cap(first) {
        return None;
    }
    let from = s.toks[first].end;
    cues.iter()
        .any(|cm| {
            cm.start > from
                && matches!(lx.cue(cm.cue).class.as_str(), "say" | "tell" | "announce")
                && s.text[cm.start..cm.end].starts_with(|c: char| c.is_lowercase())
        })
        .then_some(colon + 1)
}

/// Whether token `i` is a word in capitals of two letters or more (a
/// dateline's place: "WASHINGTON", "NEW DELHI").
pub(super) fn caps_word(s: &Sent, i: usize) -> bool {
    if !s.is_word(i) {
        return false;
    }
    // By bytes while they are ASCII (the test of every sentence's first
    // word: most fail at their second letter); a word past ASCII by its
    // characters.
    let mut letters = 0;
    for &c in s.bytes(i) {
        if c >= 0x80 {
            return caps_chars(s.w(i));
        }
        if c.is_ascii_lowercase() {
            return false;
        }
        letters += usize::from(c.is_ascii_uppercase());
    }
    letters >= 2
}

/// [`caps_word`] of a word by its characters: no lowercase letter, two
/// letters or more.
pub(super) fn caps_chars(w: &str) -> bool {
    // (The lowercase test first: it fails at once on most words.)
    w.chars().all(|c| !c.is_lowercase()) && w.chars().filter(|c| c.is_alphabetic()).count() >= 2
}

/// Whether token `i` is a day of the month in a dateline (one or two
/// digits: "Dec. 8", "Mar 3").
pub(super) fn day_number(s: &Sent, i: usize) -> bool {
    // (By bytes: no character-boundary checks.)
    s.is_word(i) && s.bytes(i).len() <= 2 && s.bytes(i).iter().all(u8::is_ascii_digit)
}

/// Whether token `i` is the dash that ends a dateline.
fn dateline_dash(s: &Sent, i: usize) -> bool {
    s.is_punct(i) && matches!(s.w(i), "-" | "—" | "–" | "―")
}

/// The quote around each position of a sentence asked in order, found by
/// a walk over the sentence's near quotes ([`NearQuotes`], sorted by their
/// ends) instead of a binary search a position: the index
/// `near.partition_point(|q| q.close_end <= p)` of the first quote that
/// closes past `p`. The positions of a sentence's cues come in text order
/// (an earlier one starts the walk again), and a sentence has few quotes:
/// the walk's test mostly stops at once, where the binary search's steps
/// and its test of an empty slice followed the text.
#[derive(Default)]
pub(super) struct QuoteWalk {
    /// The first near quote not known to close at or before `at`.
    pub(super) k: usize,
    /// The last position asked.
    pub(super) at: usize,
}

impl QuoteWalk {
    /// The number of `near` quotes that close at or before `p` (the same
    /// `near` at each call of a walk).
    #[inline(always)]
    pub(super) fn closed_by(&mut self, near: &[Quote], p: usize) -> usize {
        if p < self.at {
            self.k = 0;
        }
        self.at = p;
        while self.k < near.len() && near[self.k].close_end <= p {
            self.k += 1;
        }
        self.k
    }

    /// Whether `p` lies inside the content of a quote of `near`
    /// ([`Sent::in_quote`] of the token starting at `p`).
    #[inline(always)]
    pub(super) fn in_quote(&mut self, near: &[Quote], p: usize) -> bool {
        let k = self.closed_by(near, p);
        k < near.len() && near[k].start <= p && p < near[k].end
    }

    /// Whether the bytes `a..b` lie inside the content of one quote of
    /// `near`. Then every token starting in `a..b` is inside it too
    /// ([`Sent::in_quote`]), so a cue there is skipped whichever token it
    /// starts.
    #[inline(always)]
    pub(super) fn within(&mut self, near: &[Quote], a: usize, b: usize) -> bool {
        let k = self.closed_by(near, a);
        k < near.len() && near[k].start <= a && b <= near[k].end
    }
}

/// Whether sentence `sspan` opens paragraph `para`.
pub(super) fn para_start(text: &str, para: Span, sspan: Span) -> bool {
    text[para.0..sspan.0].trim().is_empty()
}

/// Whether paragraph `p` opens with one to four capitalized words and a
/// colon ("Lopez:", "KATE BOULDUAN:").
pub(super) fn colon_label(text: &str, p: Span) -> bool {
    let t = &text[p.0..p.1];
    // (Every paragraph is asked: most fail at their first words, before
    // the search for a colon through the whole paragraph.)
    label_start(t.as_bytes()) && opens_with_label(t)
}

/// [`colon_label`] of the paragraph text `t` without the test of its first
/// words by bytes.
pub(super) fn opens_with_label(t: &str) -> bool {
    let Some(i) = memchr::memchr(b':', t.as_bytes()) else {
        return false;
    };
    // A party and state in parentheses may follow the name ("SEN. JONES
    // (R-Texas):").
    let label = t[..i].trim_end();
    let label = match label.strip_suffix(')').and_then(|l| l.rfind('(')) {
        Some(k) if k > 0 => &label[..k],
        _ => label,
    };
    let mut words = 0;
    for w in label.split_whitespace() {
        words += 1;
        if words > 4 || !w.chars().next().is_some_and(char::is_uppercase) {
            return false;
        }
    }
    words > 0 && i + 2 < t.len()
}

/// Whether the words of `t` before its first `(` or `:` may open a label
/// of [`colon_label`]: false when, read by bytes, one of them opens with
/// no capital or there are five, so that no label of at most four
/// capitalized words can hold them (a label cut at its parenthesis keeps
/// all the words before it). True whenever the bytes do not tell (a byte
/// past ASCII). The first sixteen bytes decide it for most paragraphs
/// (`label_start16`); the others are read byte by byte.
#[inline]
pub(super) fn label_start(t: &[u8]) -> bool {
    label_start16(t).unwrap_or_else(|| label_start_bytes(t))
}

/// [`label_start`] when the first sixteen bytes of `t` decide it, by
/// masks of the block (SSE2 on x86-64; elsewhere never): with `s` the
/// first byte that ends the test (`(`, `:` or past ASCII), the words that
/// open before `s` are those the byte loop reads; it says false at the
/// first of them that opens with no capital or is the fifth, and true at
/// `s` when none did. Undecided (`None`) when the block holds no such byte
/// (a fifth word or a word opening with no capital may come after it) or
/// `t` is shorter.
#[inline]
pub(super) fn label_start16(t: &[u8]) -> Option<bool> {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::{
            _mm_add_epi8, _mm_cmpeq_epi8, _mm_cmplt_epi8, _mm_loadu_si128, _mm_movemask_epi8,
            _mm_or_si128, _mm_set1_epi8,
        };
        let block: &[u8; 16] = t.get(..16)?.try_into().ok()?;
        // SAFETY: SSE2 is always available on x86-64; the load reads the
        // sixteen bytes of `block` (unaligned).
        let (space, stop, upper) = unsafe {
            let x = _mm_loadu_si128(block.as_ptr().cast());
            let mask = |m| _mm_movemask_epi8(m) as u32;
            // `ascii_space`: the space, or 9 to 13 (moved to -128..-124
            // by adding 0x77, the only bytes that go below -123).
            let controls =
                _mm_cmplt_epi8(_mm_add_epi8(x, _mm_set1_epi8(0x77)), _mm_set1_epi8(-123));
            let space = mask(_mm_or_si128(
                _mm_cmpeq_epi8(x, _mm_set1_epi8(b' ' as i8)),
                controls,
            ));
            let marks = _mm_or_si128(
                _mm_cmpeq_epi8(x, _mm_set1_epi8(b'(' as i8)),
                _mm_cmpeq_epi8(x, _mm_set1_epi8(b':' as i8)),
            );
            // A byte past ASCII has its top bit set.
            let stop = mask(_mm_or_si128(marks, x));
            // 'A' to 'Z' (moved to -128..-103 by adding 0x3f, the only
            // bytes that go below -102).
            let upper = mask(_mm_cmplt_epi8(
                _mm_add_epi8(x, _mm_set1_epi8(0x3f)),
                _mm_set1_epi8(-102),
            ));
            (space, stop, upper)
        };
        let solid = !space & 0xffff;
        // The bytes that open a word: solid, after a space or at the start.
        let opens = solid & !(solid << 1);
        let before = if stop == 0 {
            0xffff
        } else {
            (1u32 << stop.trailing_zeros()) - 1
        };
        let words = opens & before;
        if words.count_ones() >= 5 || words & !upper != 0 {
            return Some(false);
        }
        (stop != 0).then_some(true)
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        let _ = t;
        None
    }
}

/// `last_word(&text[a..b])` (the last word of the slice, see
/// `text::last_word`), for `a..b` a slice of `text` at character
/// boundaries: from the sixteen bytes that end at `b` when they decide it
/// (`last_word16`), else by the byte loop. Asked of the speaker phrase
/// and the words before the cue by two filters of `dropped_draft` (some
/// 8,000 drafts a pass), where the byte loop's exit at the word's start
/// mispredicted about four times a call.
#[inline(always)]
pub(super) fn last_word_in(text: &str, a: usize, b: usize) -> Option<&str> {
    match last_word16(text.as_bytes(), a, b) {
        // SAFETY: `a <= i < j <= b <= text.len()` (`last_word16` read the
        // sixteen bytes `b - 16..b` of `text`, and the word holds a byte),
        // and both are character boundaries of `text` for any `a` and `b`,
        // not only by the caller's contract: every byte of `i..j` is ASCII
        // (`last_word16` leaves a word with a byte past ASCII undecided),
        // so `i` is an ASCII byte, which starts a character, and `j`
        // follows one, which ends a character.
        Some(Some((i, j))) => Some(unsafe { text.get_unchecked(i..j) }),
        Some(None) => None,
        None => last_word(&text[a..b]),
    }
}

/// The span `(i, j)` of [`last_word_in`]'s word (`None` for no word),
/// from masks of the sixteen bytes that end at `b` (SSE2 on x86-64;
/// elsewhere never): the last byte of the slice `a..b` that is no ASCII
/// white space (`ascii_space`) ends the word, the last such space before
/// it or the slice's start opens it. Undecided (outer `None`) when `b` is
/// below sixteen, when the block holds no start of the word or no byte of
/// it while the slice runs on before the block, or when the word holds a
/// byte past ASCII (where the byte loop hands over to the split by
/// characters).
#[inline(always)]
pub(super) fn last_word16(t: &[u8], a: usize, b: usize) -> Option<Option<(usize, usize)>> {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::{
            _mm_add_epi8, _mm_cmpeq_epi8, _mm_cmplt_epi8, _mm_loadu_si128, _mm_movemask_epi8,
            _mm_or_si128, _mm_set1_epi8,
        };
        let block = block16_ending_at(t, b)?;
        // (`b` is sixteen or more: there is a block.)
        let lo = b - 16;
        let len = b.checked_sub(a)?;
        // SAFETY: SSE2 is always available on x86-64; the load reads the
        // sixteen bytes of `block` (unaligned).
        let (space, high) = unsafe {
            let x = _mm_loadu_si128(block.as_ptr().cast());
            // `ascii_space`: the space, or 9 to 13 (moved to -128..-124
            // by adding 0x77, the only bytes that go below -123).
            let controls =
                _mm_cmplt_epi8(_mm_add_epi8(x, _mm_set1_epi8(0x77)), _mm_set1_epi8(-123));
            let space = _mm_movemask_epi8(_mm_or_si128(
                _mm_cmpeq_epi8(x, _mm_set1_epi8(b' ' as i8)),
                controls,
            )) as u32;
            // (A byte past ASCII has its top bit set.)
            (space, _mm_movemask_epi8(x) as u32)
        };
        // The block's bytes inside the slice: its last `len` (all when
        // the slice is longer).
        let inside = 0xffff_u32 << (16 - len.min(16)) & 0xffff;
        let space = space & inside;
        let solid = !space & inside;
        // (Every outcome below follows the text: each is computed without
        // a branch, and one test of them all says whether the block
        // decides.) The last byte of the word (0 when there is none) and
        // the first: after the last space before it, else the slice's
        // start.
        let last = 31 - (solid | 1).leading_zeros();
        let before = space & ((1u32 << last) - 1);
        let first = std::hint::select_unpredictable(
            before != 0,
            32 - before.leading_zeros(),
            16 - len.min(16) as u32,
        );
        let word = (2u32 << last).wrapping_sub(1u32 << first);
        // Undecided: no word in the block, or none of its start, while
        // the slice runs on before it; a byte past ASCII in the word.
        // (With no word, `before` is 0.)
        if (before == 0) & (len > 16) | ((solid != 0) & (high & word != 0)) {
            return None;
        }
        if solid == 0 {
            return Some(None);
        }
        Some(Some((lo + first as usize, lo + last as usize + 1)))
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        let _ = (t, a, b);
        None
    }
}

/// [`label_start`] byte by byte.
pub(super) fn label_start_bytes(t: &[u8]) -> bool {
    let mut words = 0;
    let mut i = 0;
    loop {
        while i < t.len() && ascii_space(t[i]) {
            i += 1;
        }
        let Some(&c) = t.get(i) else {
            return true;
        };
        if matches!(c, b'(' | b':') || c >= 0x80 {
            return true;
        }
        words += 1;
        if words > 4 || !c.is_ascii_uppercase() {
            return false;
        }
        while i < t.len() && !ascii_space(t[i]) {
            if matches!(t[i], b'(' | b':') || t[i] >= 0x80 {
                return true;
            }
            i += 1;
        }
    }
}

/// Whether a sentence opens "To ..." or "In ... view/opinion/mind, ..."
/// (for [`rules::to_view`]).
pub(super) fn opens_view(t: &str) -> bool {
    let t = t.trim_start();
    t.starts_with("To ")
        || t.starts_with("In ")
            && t.get(..48).unwrap_or(t).split(',').next().is_some_and(|h| {
                ["view", "opinion", "mind", "estimation", "judgment"]
                    .iter()
                    .any(|w| h.ends_with(w))
            })
}

/// Whether a sentence mentions a poll or survey (for [`rules::poll_in`]).
pub(super) fn has_poll_word(t: &str) -> bool {
    // "poll"/"Poll" and "survey"/"Survey", by their fairly rare bytes 'p',
    // 'P' and 'v', each checked in place. (Their positions from the
    // 64-byte masks of `ByteHits`: most sentences have a few of them, and
    // a `memchr3` search paid its set-up again at each.)
    let b = t.as_bytes();
    ByteHits::new(b, [b'p', b'P', b'v']).any(|i| {
        if b[i] == b'v' {
            // ("survey": 's' or 'S', "ur" before the 'v', "ey" after it.)
            i >= 3
                && matches!(b[i - 3], b's' | b'S')
                && &b[i - 2..i] == b"ur"
                && b.get(i + 1..i + 3) == Some(b"ey")
        } else {
            b.get(i + 1..i + 4) == Some(b"oll")
        }
    })
}

/// Headline colon: a short first paragraph "Russia: claim", or a speaker
/// label in an interview transcript (`headline` false) "KATE BOULDUAN: ...",
/// which takes the whole paragraph. `lower` tells whether a label is
/// named again in the document.
#[inline(never)] // (Large, and for the first paragraphs only.)
pub(super) fn headline<'t>(
    ctx: &rules::Ctx<'t, '_>,
    para: Span,
    is_headline: bool,
    gaz: &Gazetteer,
    lower: &NameCounts<'t>,
    out: &mut Vec<Draft>,
) {
    let s = ctx.s;
    let n = s.len();
    // The headline is its paragraph; in a text with no paragraph break (run
    // together on one line), the first sentence of the text.
    let one_para_start = s.span.0 == para.0
        && s.text[..para.0].trim().is_empty()
        && s.text[para.1..].trim().is_empty();
    if is_headline && (n > 30 || s.span != para && !one_para_start) {
        return;
    }
    if !is_headline && s.span.0 != para.0 {
        return;
    }
    // A headline may open with a tag and a dash ("EXCLUSIVE – Roger Stone:
    // ...") and name the audience or place after the speaker ("Clinton to
    // Planned Parenthood: ...", "Mukasey at RNC: ...").
    let a = if is_headline
        && n > 4
        && s.is_in(0, &["exclusive", "watch", "breaking"])
        && (s.is_p(1, "–") || s.is_p(1, "—") || s.is_p(1, "-"))
    {
        2
    } else {
        0
    };
    let Some(colon) = (a + 1..n.min(a + 12)).find(|&i| s.is_p(i, ":")) else {
        return;
    };
    let b = if is_headline {
        (a + 1..colon)
            .find(|&i| s.is_in(i, &["to", "at"]))
            .unwrap_or(colon)
    } else if colon > a + 3 && s.is_p(colon - 1, ")") {
        // A transcript label with the party and state in parentheses:
        // "SEN. JONES (R-Texas):", "REP. GARCIA (D-Calif.):".
        match (a + 1..colon - 1).rev().find(|&i| s.is_p(i, "(")) {
            Some(k) if (k + 1..colon - 1).all(|i| !s.is_p(i, "(") && !s.is_p(i, ")")) => k,
            _ => return,
        }
    } else {
        colon
    };
    if b - a > 5
        || colon + 3 > n
        || !(a..b).all(|i| s.is_cap(i) || s.is_poss(i))
        || is_headline && !(b..colon).all(|i| s.is_word(i) || s.is_p(i, "."))
    {
        return;
    }
    let sp = s.span_of(a, b);
    let name = &s.text[sp.0..sp.1];
    // In a transcript: a name in capitals ("CLINTON:", "MR. SMITH:"),
    // which need not be named again. ("Q:"/"A:" turns stay no rows: on
    // train one interview has rows for its turns, another only for the
    // reported speech inside them.)
    let caps = !is_headline
        && name.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !name.chars().any(char::is_lowercase);
    // A place in capitals opening paragraphs is a dateline of a news
    // digest ("BRUSSELS: EU ministers agreed ...", "NEW DELHI: India
    // will ..."), not a speaker's turn.
    if caps && is_place(gaz, name) {
        return;
    }
    let known = !gaz.lookup_alias(name).is_empty();
    // An unknown one-word name must be page furniture-free and named
    // again in the article ("Trump: ..."); longer ones must look like a
    // person's name.
    const FURNITURE: &[&str] = &[
        // Section labels of explainers ("WHAT HAPPENED: ...", "WHY IT
        // MATTERS: ...").
        "What Happened",
        "Why It Matters",
        "What's Next",
        "What Comes Next",
        "The Big Picture",
        "Key Points",
        "Bottom Line",
        "The Bottom Line",
        "Update",
        "Updated",
        "Watch",
        "Video",
        "Photos",
        "Exclusive",
        "Breaking",
        "Opinion",
        "Analysis",
        "Editorial",
        "Live",
        "Read",
        "Correction",
        "Related",
        "Listen",
        "Editor",
        "Note",
        "Sources",
        "Source",
        "Photo",
        "Credit",
        "Advertisement",
        "Comment",
        "Commentary",
        "Review",
        "Factbox",
        "Explainer",
        "Timeline",
        "Interview",
        "Transcript",
        "Obituary",
        "Profile",
        "Preview",
        "Recap",
        "Podcast",
        "Q",
        // Series and section labels: AP's live updates ("The Latest:
        // Sanders wins Minnesota caucuses"), paid death notices.
        "The Latest",
        "THE LATEST",
        "Paid Notice",
        "Fact Check",
        "FACT CHECK",
    ];
    // A named storm or event as the topic of a headline ("Cyclone Hera:
    // Civil Defence warns of ...", "Typhoon Lando: ..."): no speaker.
    const EVENT_HEADS: &[&str] = &[
        "Cyclone",
        "Hurricane",
        "Typhoon",
        "Storm",
        "Tropical",
        "Tornado",
        "Earthquake",
        "Quake",
        "Wildfire",
        "Bushfire",
        "Flood",
        "Floods",
        "Heatwave",
        "Drought",
        "Election",
        "Budget",
        "Brexit",
    ];
    let first_word = name.split_whitespace().next().unwrap_or(name);
    // (Not a body named after one: "Election Board", "Budget Committee",
    // "Storm Prediction Center".)
    let body = name
        .split_whitespace()
        .last()
        .is_some_and(resolve::is_org_word);
    if !known {
        if b - a > 3
            || b < colon && is_headline
            || FURNITURE.iter().any(|f| f.eq_ignore_ascii_case(name))
            || is_headline
                && !body
                && EVENT_HEADS
                    .iter()
                    .any(|f| f.eq_ignore_ascii_case(first_word))
        {
            return;
        }
        // (a transcript label may be the surname in capitals: "MORALES").
        // Looked up only when it matters; for a label, by searches of the
        // text, or word counts made once per document when the searches
        // have read too much (`NameCounts`).
        let repeated = || {
            if is_headline {
                s.text[s.span.1..].contains(name)
            } else {
                lower.named_twice(name)
            }
        };
        // A speaker noun needs no repetition ("Poll: ...", "Report: ...",
        // "Newspaper: ...").
        let noun = b - a == 1 && ctx.lx.speaker_noun(name).is_some();
        if b - a == 1 && !noun && !caps && !repeated() {
            return;
        }
    }
    let end = if s.is_punct(n - 1) && !s.is_quote_mark(n - 1) {
        n - 1
    } else {
        n
    };
    // A headline with its subtitle after a semicolon ("Khans: Trump stirs
    // 'ugliness'; Muslim couple cope with sudden fame"): the claim ends at
    // the semicolon.
    let end = if is_headline {
        (colon + 1..end).find(|&i| s.is_p(i, ";")).unwrap_or(end)
    } else {
        end
    };
    // (No claim at all: "Name: ; ...".)
    if end <= colon + 1 {
        return;
    }
    let mut content = s.span_of(colon + 1, end);
    if !is_headline {
        // The label's turn runs to the paragraph end; tallies ("Clinton:
        // 547.") and short notes are not turns, but a short sentence of
        // words after a label in capitals is ("TRUMP: Wrong. Wrong.",
        // "KATE BOULDUAN: Why not debate?").
        content.1 = s.text[..para.1].trim_end().len();
        let turn = &s.text[content.0..content.1];
        let short_turn = caps
            && turn.ends_with(['.', '?', '!'])
            && turn
                .split_whitespace()
                .any(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2);
        if name.chars().count() < 2 || turn.split_whitespace().nth(3).is_none() && !short_turn {
            return;
        }
        // A list of names ("Iowa: Tim Albrecht, Brad Anderson, Rob Barron,
        // ..."): a roster, not a turn.
        if name_list(&s.text[content.0..content.1]) {
            return;
        }
    }
    // A headline quote "Name: ‘Claim’": the content is inside the marks.
    let inner = &s.text[content.0..content.1];
    let open = inner
        .chars()
        .next()
        .filter(|&c| matches!(c, '‘' | '“' | '"' | '\''));
    if let Some(o) = open {
        let close = inner
            .chars()
            .last()
            .filter(|&c| matches!(c, '’' | '”' | '"' | '\''));
        if let Some(c) = close.filter(|_| inner.chars().count() > 2) {
            content = (content.0 + o.len_utf8(), content.1 - c.len_utf8());
        }
    }
    let inner = &s.text[content.0..content.1];
    let kind = if open.is_some() {
        Kind::Direct
    } else if inner.contains(['“', '"']) || single_quoted_phrase(inner) {
        // A quoted phrase inside the claim ("Clinton: Trump's view is
        // 'dangerously wrong'").
        Kind::Mixed
    } else {
        Kind::Indirect
    };
    let rule = if is_headline {
        "headline-colon"
    } else {
        "transcript-colon"
    };
    out.push(Draft {
        conj: 0,
        sp_tok: Draft::NO_TOK,
        kind,
        content,
        speaker: Some(sp),
        cue: None,
        rule,
        inherit: None,
    });
}

/// Whether `text` is a list of four or more comma-separated names of one
/// to four capitalized words each (a roster of members or participants).
fn name_list(text: &str) -> bool {
    let mut items = 0usize;
    for item in text.trim_end_matches(['.', ' ']).split(',') {
        let item = item.trim().trim_start_matches("and ");
        let words = item.split_whitespace().count();
        let names = (1..=4).contains(&words)
            && item
                .split_whitespace()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase));
        if !names {
            return false;
        }
        items += 1;
    }
    items >= 4
}

/// A paragraph that is one whole quote, followed by a short paragraph of
/// a dash and a name (the "quotable" and fact-check layout: `"We will
/// win." ¶ - Jane Ruiz.`, `—President Obama, tweeting after the speech.`):
/// the name speaks the quote.
pub(super) fn dash_bylines(
    text: &str,
    paras: &[Span],
    quotes: &[Quote],
    lx: &Lexicon,
    drafts: &mut Vec<Draft>,
) {
    // The byline on the quote's own line: `"We will win this fight." —
    // Maria Lopez, union organizer`.
    // (The quote opening at each paragraph's start found by a walk over
    // the quotes with the paragraphs, both in order, for a binary search
    // of `quotes::opening_at` a paragraph: about 35 instructions each.)
    debug_assert!(paras.windows(2).all(|w| w[0].0 < w[1].0));
    let mut k = 0;
    for &para in paras {
        while quotes.get(k).is_some_and(|q| q.open < para.0) {
            k += 1;
        }
        let Some(q) = quotes.get(k).filter(|q| q.open == para.0) else {
            continue;
        };
        if !q.closed || q.end <= q.start {
            continue;
        }
        // (Most quotes that open a paragraph go on with a cue or a new
        // sentence: the first byte past the ASCII white space after the
        // quote tells, with no `trim` of the paragraph's rest. A '-' or a
        // byte past ASCII (a dash, or a white space `trim` passes over)
        // goes on to the test below; another ASCII byte starts a rest that
        // opens with no dash, and no byte leaves it empty: both fail it.)
        let first = text.as_bytes()[q.close_end..para.1]
            .iter()
            .find(|&&c| !crate::text::ascii_space(c));
        if first.is_none_or(|&c| c != b'-' && c < 0x80) {
            continue;
        }
        let rest = text[q.close_end..para.1].trim();
        if rest.len() > 120 || !rest.starts_with(['-', '—', '–']) {
            continue;
        }
        let Some(speaker) = dash_byline_name(rest, lx) else {
            continue;
        };
        let at = para.1 - text[q.close_end..para.1].trim_start().len();
        drafts.push(Draft {
            conj: 0,
            sp_tok: Draft::NO_TOK,
            kind: Kind::Direct,
            content: (q.start, q.end),
            speaker: Some((at + speaker.0, at + speaker.1)),
            cue: None,
            rule: "quote-dash-byline",
            inherit: None,
        });
    }
    for w in paras.windows(2) {
        let (prev, para) = (w[0], w[1]);
        let t = &text[para.0..para.1];
        if t.len() > 120 || !t.starts_with(['-', '—', '–']) {
            continue;
        }
        let Some(speaker) = dash_byline_name(t, lx) else {
            continue;
        };
        let Some(q) = crate::quotes::opening_at(quotes, prev.0) else {
            continue;
        };
        if !q.closed || !matches!(text[q.close_end..prev.1].trim(), "" | ".") || q.end <= q.start {
            continue;
        }
        drafts.push(Draft {
            conj: 0,
            sp_tok: Draft::NO_TOK,
            kind: Kind::Direct,
            content: (q.start, q.end),
            speaker: Some((para.0 + speaker.0, para.0 + speaker.1)),
            cue: None,
            rule: "quote-dash-byline",
            inherit: None,
        });
    }
}

/// The name of a dash byline paragraph `t` ("- Sen. Ana Ruiz, D-Calif."):
/// after one or two dashes, up to the first comma or the final period, one
/// to five capitalized words (with "of/de/van/von/al" between), not opened
/// by a function word or a credit label ("An immigrant himself", "Reporting
/// by ..."). Or an unnamed person: "a"/"an", up to two lowercase words and
/// a person noun ("— a resident", "— an emergency room nurse"). Byte span
/// within `t`.
pub(super) fn dash_byline_name(t: &str, lx: &Lexicon) -> Option<Span> {
    let body = t.trim_start_matches(['-', '—', '–']);
    if t.len() - body.len() > '—'.len_utf8() * 2 {
        return None;
    }
    let lead = t.len() - body.trim_start().len();
    let body = body.trim_start();
    let end = body.find(',').unwrap_or(body.len());
    let name = body[..end].trim_end().trim_end_matches('.');
    let words: Vec<&str> = name.split_whitespace().collect();
    let first = *words.first()?;
    if matches!(first, "a" | "an" | "A" | "An")
        && (2..=4).contains(&words.len())
        && words[1..]
            .iter()
            .all(|w| w.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
        && lx.speaker_noun(words[words.len() - 1]) == Some(crate::lexicon::NounType::Person)
    {
        return Some((lead, lead + name.len()));
    }
    if words.len() > 5
        || !first.starts_with(char::is_uppercase)
        || matches!(
            first,
            "A" | "An"
                | "The"
                | "This"
                | "That"
                | "These"
                | "Those"
                | "It"
                | "He"
                | "She"
                | "They"
                | "We"
                | "I"
                | "You"
                | "In"
                | "On"
                | "At"
                | "For"
                | "And"
                | "But"
                | "Or"
                | "By"
                | "With"
                | "From"
                | "To"
                | "As"
                | "Reporting"
                | "Editing"
                | "Writing"
                | "Additional"
                | "Photo"
                | "Source"
                | "Sources"
                | "Note"
                | "Read"
                | "See"
                | "Follow"
                | "Contact"
                | "Updated"
                | "Posted"
        )
        || !words.iter().all(|w| {
            (w.starts_with(char::is_uppercase)
                || matches!(*w, "of" | "de" | "van" | "von" | "al" | "la" | "del"))
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-'))
        })
    {
        return None;
    }
    Some((lead, lead + name.len()))
}
