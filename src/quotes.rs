//! Quotation spans: paired marks within a paragraph.
//!
//! Straight double quotes pair by alternation (but a straight mark opening
//! a line inside an open quote reopens it, for paragraphs split by single
//! newlines, and a straight mark with a space before it and a word after
//! it opens a quote nested in an open straight one when marks glued to
//! words close both), and so does a doubled straight apostrophe (`''`, the
//! quote mark of some newspaper archives); doubled curly single marks
//! (`‘‘...’’`) are curly double quotes;
//! curly quotes (“ ” „) and
//! guillemets (« ») pair by direction (a “ inside an open “ quote opens a
//! nested one when two ” follow). A quote left open at the end of a
//! paragraph runs to the paragraph end (news style for quotes that go on in
//! the next paragraph, which reopens with a mark; paragraphs with no mark
//! after it, up to one whose closing mark has no opener, are inside it).
//! Single quotes are quotes
//! only at the top level of a paragraph with no double quotes, when the
//! opening mark follows a space and the closing mark is followed by a
//! non-letter, so apostrophes (don't, Jones') are not taken for quotes; a
//! single quote left open runs to the paragraph end (British style).
//! Nested quotes stay inside the content of the outer one.

use crate::text::segment::{ByteHits, Halves};

/// One quotation span, in byte offsets into the document text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quote {
    /// Offset of the opening mark.
    pub open: usize,
    /// Start of the content (just after the opening mark).
    pub start: usize,
    /// End of the content (the closing mark, or the paragraph end).
    pub end: usize,
    /// End of the closing mark (equal to `end` when unclosed).
    pub close_end: usize,
    /// Whether a closing mark was found.
    pub closed: bool,
}

/// The quotation spans of a whole document, paragraph by paragraph
/// (`paras` as from [`crate::text::segment::paragraphs`]), sorted.
pub fn document_quotes(text: &str, paras: &[(usize, usize)]) -> Vec<Quote> {
    let mut out = Vec::new();
    document_quotes_into(text, paras, &mut out);
    out
}

/// [`document_quotes`], appended to `out` (a vector reused from document
/// to document).
///
/// Compiled for AVX2 where the processor has it, as [`find_quotes`]: the
/// choice made once a document, each paragraph's search inline (not two
/// calls a paragraph, through `find_quotes` to its AVX2 body).
pub fn document_quotes_into(text: &str, paras: &[(usize, usize)], out: &mut Vec<Quote>) {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: the processor has AVX2 (just detected).
        unsafe { document_quotes_avx2(text, paras, out) };
        return;
    }
    // SAFETY: no AVX2 asked for.
    unsafe { document_quotes_with::<false>(text, paras, out) };
}

/// [`document_quotes_into`] compiled for AVX2.
///
/// # Safety
///
/// The processor must have AVX2.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn document_quotes_avx2(text: &str, paras: &[(usize, usize)], out: &mut Vec<Quote>) {
    // SAFETY: the processor has AVX2 (this function's contract).
    unsafe { document_quotes_with::<true>(text, paras, out) };
}

/// The body of [`document_quotes_into`], each paragraph's marks found by
/// AVX2 when `AVX2`.
///
/// # Safety
///
/// With `AVX2`, the processor must have AVX2.
#[inline(always)]
unsafe fn document_quotes_with<const AVX2: bool>(
    text: &str,
    paras: &[(usize, usize)],
    out: &mut Vec<Quote>,
) {
    // (Paragraph index of a quote left open at its paragraph end, and the
    // paragraphs after it with no mark, while looking for the closing one.)
    let mut open_run: Option<usize> = None;
    for (pi, &(a, b)) in paras.iter().enumerate() {
        let first = out.len();
        // SAFETY: with `AVX2` the processor has AVX2 (this function's
        // contract).
        unsafe { find_quotes_with::<AVX2>(text, a, b, out) };
        if let Some(k) = open_run {
            if out.len() == first && !has_mark(&text[a..b]) && pi - k <= 4 {
                continue;
            }
            open_run = None;
            // A paragraph with a closing mark and no quote before it ends
            // the run: the paragraphs between were inside the quote.
            if let Some(c) = lone_close(&text[a..b]) {
                if out[first..].iter().all(|q| q.open >= a + c) {
                    let mut run: Vec<Quote> = paras[k + 1..pi]
                        .iter()
                        .map(|&(x, y)| unclosed_quote(x, 0, 0, end_trim(&text[x..y], y - x)))
                        .collect();
                    let close_end = a + c + text[a + c..].chars().next().map_or(0, char::len_utf8);
                    run.push(Quote {
                        open: a,
                        start: a,
                        end: a + c,
                        close_end,
                        closed: true,
                    });
                    // The rest of the paragraph pairs anew after the mark.
                    out.truncate(first);
                    out.extend(run);
                    find_quotes(text, close_end, b, out);
                }
            }
        }
        if let Some(q) = out[first..].last() {
            if !q.closed && end_trim(&text[a..b], b - a) + a == q.end {
                open_run = Some(pi);
            }
        }
    }
}

/// Whether `t` holds a double quote mark.
fn has_mark(t: &str) -> bool {
    t.contains(['"', '“', '”', '«', '»', '„']) || t.contains("''")
}

/// The offset of a closing mark in `t` that no opening mark comes before:
/// a `”`, or a straight `"` glued to the word before it and followed by a
/// space or the end.
fn lone_close(t: &str) -> Option<usize> {
    let bytes = t.as_bytes();
    let (j, c) = next_double(t, 0, '"')?;
    let glued = j > 0 && !bytes[j - 1].is_ascii_whitespace();
    match c {
        '”' if glued => Some(j),
        '"' if bytes[j] == b'"'
            && glued
            && bytes.get(j + 1).is_none_or(|b| b.is_ascii_whitespace()) =>
        {
            Some(j)
        }
        _ => None,
    }
}

/// The quote whose opening mark is at byte `pos`, in `quotes` sorted by
/// position (binary search).
pub fn opening_at(quotes: &[Quote], pos: usize) -> Option<&Quote> {
    let k = quotes.partition_point(|q| q.open < pos);
    quotes.get(k).filter(|q| q.open == pos)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mark {
    StraightDouble,
    Open,
    Close,
    SingleOpen,
    SingleClose,
    StraightSingle,
}

fn mark_of(c: char) -> Option<Mark> {
    Some(match c {
        '"' => Mark::StraightDouble,
        '“' | '„' | '«' | '‟' => Mark::Open,
        '”' | '»' => Mark::Close,
        '‘' => Mark::SingleOpen,
        '’' => Mark::SingleClose,
        '\'' => Mark::StraightSingle,
        _ => return None,
    })
}

/// Whether the candidate byte at `i` of a paragraph may be a mark that
/// [`find_quotes`] pairs (or the start of a character reference): not a
/// single straight or curly apostrophe standing alone (most are in words:
/// "don't", "Trump’s"; single quotes are paired by `single_quotes`
/// afterwards), and not a character of General Punctuation other than the
/// curly marks (dashes, the ellipsis). Those would be decoded, pass every
/// test and change nothing.
#[inline]
fn may_mark(bytes: &[u8], i: usize) -> bool {
    match bytes[i] {
        b'\'' => bytes.get(i + 1) == Some(&b'\''),
        0xE2 => match bytes.get(i + 1..i + 3) {
            Some([0x80, 0x99]) => bytes.get(i + 3..i + 6) == Some("’".as_bytes()),
            Some([0x80, 0x98 | 0x9C..=0x9F]) => true,
            _ => false,
        },
        _ => true,
    }
}

/// The bytes that may start a mark [`find_quotes`] decodes, found by their
/// two halves (six needles: one lookup a half, where six compares).
const MARK_STARTS: Halves<6> = Halves::new([b'"', b'\'', 0xE2, 0xC2, b'`', b'&']);

/// Finds the quotation spans of the paragraph `text[start..end]`.
///
/// Compiled for AVX2 where the processor has it: the bytes that may start
/// a mark are found 32 bytes to a compare (`ByteHits`).
pub fn find_quotes(text: &str, start: usize, end: usize, out: &mut Vec<Quote>) {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: the processor has AVX2 (just detected).
        unsafe { find_quotes_avx2(text, start, end, out) };
        return;
    }
    // SAFETY: no AVX2 asked for.
    unsafe { find_quotes_with::<false>(text, start, end, out) };
}

/// [`find_quotes`] compiled for AVX2.
///
/// # Safety
///
/// The processor must have AVX2.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn find_quotes_avx2(text: &str, start: usize, end: usize, out: &mut Vec<Quote>) {
    // SAFETY: the processor has AVX2 (this function's contract).
    unsafe { find_quotes_with::<true>(text, start, end, out) };
}

/// The body of [`find_quotes`], the candidates found by AVX2 when `AVX2`.
///
/// # Safety
///
/// With `AVX2`, the processor must have AVX2.
#[inline(always)]
unsafe fn find_quotes_with<const AVX2: bool>(
    text: &str,
    start: usize,
    end: usize,
    out: &mut Vec<Quote>,
) {
    let para = &text[start..end];
    let bytes = para.as_bytes();
    let mut open: Option<(usize, usize)> = None; // (mark offset, content start)
    let mut has_double = false;
    let first = out.len();
    let mut skip_to = 0;
    // Only bytes that can start a mark are decoded: `"`, `'`, and the
    // lead bytes of “ ” ‘ ’ „ ‟ (0xE2) and « » (0xC2), the backquote of
    // the ``...'' style and the `&` of a character reference, found in one
    // pass over the paragraph.
    // SAFETY: with `AVX2` the processor has AVX2 (this function's contract).
    let candidates = unsafe { ByteHits::<_, AVX2>::new_avx2_if(bytes, MARK_STARTS) };
    // Whether the paragraph holds a `'` or a 0xE2 lead byte (of ‘ ’): with
    // none, it holds no single quote.
    let mut singles = false;
    for i in candidates {
        singles |= matches!(bytes[i], b'\'' | 0xE2);
        if i < skip_to || !may_mark(bytes, i) {
            continue;
        }
        let Some(c) = para[i..].chars().next() else {
            continue;
        };
        let (mut m, mut len) = if c == '&' {
            // HTML character references left in scraped text: `&quot;`,
            // `&#34;`, `&ldquo;`/`&rdquo;`, `&#8220;`/`&#8221;`.
            let Some((m, len)) = entity_mark(&para[i..]) else {
                continue;
            };
            skip_to = i + len;
            (m, len)
        } else if c == '`' {
            // ``...'': a doubled backquote opens (a single one is no mark).
            if !para[i + 1..].starts_with('`') {
                continue;
            }
            skip_to = i + 2;
            (Mark::Open, 2)
        } else {
            let Some(m) = mark_of(c) else { continue };
            (m, c.len_utf8())
        };
        if c == '\'' && open.is_some() && para[i + 1..].starts_with("''") {
            // `'''` closing a quote: a nested single quote ends, then the
            // doubled mark (`'Kosovo is a special case,'''`).
            continue;
        }
        if c == '\'' && para[i + 1..].starts_with('\'') {
            // `''` is one straight double mark.
            m = Mark::StraightDouble;
            len = 2;
            skip_to = i + 2;
        }
        if c == '’' && open.is_some() && para[i + 3..].starts_with("’’") {
            // `’’’`: a nested single quote ends, then the doubled mark.
            continue;
        }
        if matches!(c, '‘' | '’') && para[i + 3..].starts_with(c) {
            // `‘‘...’’`: doubled curly single marks are one double mark
            // (wire copy and archives set in fonts without “ ”).
            m = if c == '‘' { Mark::Open } else { Mark::Close };
            len = 6;
            skip_to = i + 6;
        }
        if matches!(c, '"' | '”') && feet_inches(&para[..i]) {
            // `6'2"`, `5’2”`: an inch mark, no quote mark.
            continue;
        }
        match m {
            Mark::StraightDouble | Mark::Open | Mark::Close => {
                has_double = true;
                match (open, m) {
                    (None, Mark::Close) => {
                        // A closing mark with no opener opens a quote when
                        // the next double mark of the paragraph closes one
                        // too (`”… the train has left,” wrote X`, `He
                        // says,” there are ...”`); German-style »...«
                        // pairs the other way round.
                        match next_double(para, i + len, c) {
                            Some((j, '”')) if c == '”' && j > i + len => {
                                open = Some((i, i + len));
                            }
                            Some((j, '«')) if c == '»' && j > i + len => {
                                out.push(closed_quote(start, i, i + len, j, '«'.len_utf8()));
                                skip_to = j + '«'.len_utf8();
                            }
                            _ => {}
                        }
                    }
                    (None, Mark::StraightDouble) => {
                        // A straight mark glued to a word on its left and
                        // followed by a space or end looks like a closing
                        // mark with no opener: skip it.
                        let left_word = i > 0 && bytes[i - 1].is_ascii_alphanumeric();
                        let right_space =
                            bytes.get(i + len).is_none_or(|b| b.is_ascii_whitespace());
                        if !(left_word && right_space) {
                            open = Some((i, i + len));
                        }
                    }
                    (None, _) => open = Some((i, i + len)),
                    (Some((o, st)), Mark::StraightDouble | Mark::Open)
                        if (c == '"' && bytes[o] == b'"'
                            || c == '“' && para[o..].starts_with('“'))
                            && i > st
                            && matches!(bytes[i - 1], b' ' | b'\t' | b'(' | b'[')
                            && para[i + len..].starts_with(char::is_alphanumeric)
                            && para[st..i].contains(char::is_alphanumeric)
                            && nested_same_end(para, i + len, o == 0, c == '"').is_some() =>
                    {
                        // A quote nested in one of the same marks (`"It is
                        // not about "public safety" anymore. ..."`, curly
                        // marks made straight by a feed, or “ in “): a mark
                        // with a space before it and a word after it opens,
                        // and the next mark closes it; the outer quote
                        // stays open.
                        skip_to =
                            nested_same_end(para, i + len, o == 0, c == '"').unwrap_or(i + len);
                    }
                    (Some((o, s)), Mark::StraightDouble)
                        if i > s
                            && matches!(bytes[i - 1], b' ' | b'\t')
                            && para[s..i].trim_end().ends_with(['.', '?', '!'])
                            && bytes
                                .get(i + len)
                                .is_some_and(|&b| b.is_ascii_uppercase() || b.is_ascii_digit()) =>
                    {
                        // A straight mark after a sentence end and a space,
                        // before a capital, inside an open quote opens a new
                        // quote (`"We won. "We will win again," he said.`,
                        // or paragraphs run together on one line, the first
                        // quote going on into the next paragraph): the open
                        // one ends at the sentence end.
                        let e = end_trim(para, i);
                        out.push(unclosed_quote(start, o, s, e));
                        open = Some((i, i + len));
                    }
                    (Some((o, s)), Mark::StraightDouble)
                        if line_start(bytes, i).is_some_and(|nl| nl > s)
                            && bytes.get(i + len).is_some_and(|&b| {
                                b.is_ascii_alphanumeric() || b >= 0x80 || b == b'\''
                            }) =>
                    {
                        // A straight mark opening a line inside an open
                        // quote reopens it (a quote going on in the next
                        // paragraph, with single newlines between
                        // paragraphs): the open one ends at the line end.
                        let nl = line_start(bytes, i).unwrap_or(i);
                        let e = end_trim(para, nl);
                        if e > s {
                            out.push(unclosed_quote(start, o, s, e));
                        }
                        open = Some((i, i + len));
                    }
                    (Some((o, st)), Mark::Open)
                        if i > st
                            && (!bytes[i - 1].is_ascii_whitespace()
                                && bytes.get(i + len).is_none_or(|b| b.is_ascii_whitespace())
                                || para[i + len..].trim().is_empty()) =>
                    {
                        // An opening mark typed for a closing one, glued to
                        // the words before it (`“It's unusual,“ said X`) or
                        // ending the paragraph (`“We see that. “`).
                        out.push(closed_quote(start, o, st, i, len));
                        open = None;
                    }
                    (Some((o, st)), Mark::Open)
                        if matches!(bytes[o], b'"' | b'\'')
                            && para[st..i].contains(char::is_alphanumeric)
                            && nested_curly_end(para, i + len, o == 0).is_some() =>
                    {
                        // A curly quote nested in a straight one (`"It is
                        // not about “public safety” anymore. ..."`, text
                        // pasted into a quote typed with straight marks):
                        // the outer quote stays open over it.
                        skip_to = nested_curly_end(para, i + len, o == 0).unwrap_or(i + len);
                    }
                    (Some(_), Mark::Open) => {
                        // A second opener: the first one was stray.
                        open = Some((i, i + len));
                    }
                    (Some((o, s)), _) => {
                        out.push(closed_quote(start, o, s, i, len));
                        open = None;
                    }
                }
            }
            _ => {}
        }
    }
    if let Some((o, s)) = open {
        // Unclosed: runs to the paragraph end, unless it is empty.
        let content_end = end_trim(para, para.len());
        if content_end > s {
            out.push(unclosed_quote(start, o, s, content_end));
        }
    }
    // French spacing inside guillemets (`« Nous restons. »`, often with
    // a no-break space): the spaces are no part of the content. Any white
    // space goes, line breaks too: a `<br>` blanked to a line break and
    // spaces must go whole, or the content would end inside the tag.
    for q in &mut out[first..] {
        if text[q.open..].starts_with(['«', '»']) {
            let inner = &text[q.start..q.end];
            let lead = inner.len() - inner.trim_start().len();
            let body = inner.trim();
            if !body.is_empty() {
                q.start += lead;
                q.end = q.start + body.len();
            }
        }
    }
    if !has_double && singles {
        #[cfg(target_arch = "x86_64")]
        if AVX2 {
            // SAFETY: the processor has AVX2 (this function's contract).
            unsafe { single_quotes_avx2(para, start, out) };
        } else {
            single_quotes(para, start, out);
        }
        #[cfg(not(target_arch = "x86_64"))]
        single_quotes(para, start, out);
    }
    debug_assert!(out[first..].windows(2).all(|w| w[0].close_end <= w[1].open));
}

/// The length of an HTML character reference of a double quote mark
/// opening `t` (`&quot;`, `&ldquo;`, `&#8221;`, ...), or 0: one mark for
/// the tokenizer too.
pub fn entity_quote_len(t: &str) -> usize {
    entity_mark(t).map_or(0, |(_, len)| len)
}

/// The quote mark of an HTML character reference opening `t`, with its
/// length.
fn entity_mark(t: &str) -> Option<(Mark, usize)> {
    if !t.starts_with('&') {
        return None;
    }
    const REFS: [(&str, Mark); 8] = [
        ("&quot;", Mark::StraightDouble),
        ("&QUOT;", Mark::StraightDouble),
        ("&#34;", Mark::StraightDouble),
        ("&#x22;", Mark::StraightDouble),
        ("&ldquo;", Mark::Open),
        ("&#8220;", Mark::Open),
        ("&rdquo;", Mark::Close),
        ("&#8221;", Mark::Close),
    ];
    REFS.iter()
        .find(|(r, _)| t.starts_with(r))
        .map(|&(r, m)| (m, r.len()))
}

/// The next double quote mark of `para` at or after byte `from`, with its
/// character: for `'»'` the next guillemet; otherwise a straight `"`, a
/// doubled `''` (given as `"`) or a curly mark.
fn next_double(para: &str, from: usize, after: char) -> Option<(usize, char)> {
    let rest = &para[from..];
    if after == '»' {
        return rest
            .find(['«', '»'])
            .and_then(|j| Some((j + from, rest[j..].chars().next()?)));
    }
    let bytes = rest.as_bytes();
    for j in memchr::memchr3_iter(b'"', b'\'', 0xE2, bytes) {
        if bytes[j] == b'"' || bytes[j] == b'\'' && bytes.get(j + 1) == Some(&b'\'') {
            return Some((j + from, '"'));
        }
        match rest[j..].chars().next() {
            Some(c @ ('“' | '”' | '„' | '‟')) => return Some((j + from, c)),
            Some('‘') if rest[j + 3..].starts_with('‘') => return Some((j + from, '“')),
            Some('’') if rest[j + 3..].starts_with('’') => return Some((j + from, '”')),
            _ => {}
        }
    }
    None
}

/// The end of the curly closing mark of a quote nested in a straight one,
/// its content starting at byte `from`: a `”` with no straight mark (`"`
/// or `''`) before it, followed later by a straight mark that closes the
/// outer quote, or by no double mark at all when the outer quote opens the
/// paragraph (`para_opening`: a quote going on in the next paragraph).
fn nested_curly_end(para: &str, from: usize, para_opening: bool) -> Option<usize> {
    let (j, c) = next_double(para, from, '“')?;
    if c != '”' {
        return None;
    }
    let after = j + '”'.len_utf8();
    match next_double(para, after, '“') {
        Some((_, '"')) => Some(after),
        None if para_opening => Some(after),
        _ => None,
    }
}

/// The end of the closing mark of a quote nested in a quote of the same
/// marks (`straight`: `"` in `"`, else “ in “), its content starting at
/// byte `from`: the next double mark closes (a straight `"` glued to the
/// word before it, or a `”`), and so does the double mark after it (it
/// closes the outer quote), or, for straight marks, there is none when the
/// outer quote opens the paragraph (`para_opening`: a quote going on in the
/// next paragraph; a curly opener there is more often stray)
/// and the inner mark follows no comma, colon or sentence end (`..., he
/// added, "this is ..."` with the closing mark before "he" left out, or
/// `"We lost. "We will be back," she said.`, paragraphs run together, open
/// a quote of their own).
fn nested_same_end(para: &str, from: usize, para_opening: bool, straight: bool) -> Option<usize> {
    let bytes = para.as_bytes();
    let closes = |(j, c): (usize, char)| {
        if straight {
            c == '"' && bytes[j] == b'"' && j > 0 && !bytes[j - 1].is_ascii_whitespace()
        } else {
            c == '”'
        }
    };
    let (j, c) = next_double(para, from, '"').filter(|&m| closes(m))?;
    if j <= from {
        return None;
    }
    let after = j + c.len_utf8();
    match next_double(para, after, '"') {
        Some(m) if closes(m) => Some(after),
        None if para_opening
            && straight
            && !para[..from]
                .trim_end_matches(['"', '“'])
                .trim_end()
                .ends_with([',', ':', '.', '?', '!']) =>
        {
            Some(after)
        }
        _ => None,
    }
}

/// A closed quote of the paragraph at `start`: opening mark at `o`,
/// content from `s`, closing mark of `len` bytes at `i` (paragraph
/// offsets).
fn closed_quote(start: usize, o: usize, s: usize, i: usize, len: usize) -> Quote {
    Quote {
        open: start + o,
        start: start + s,
        end: start + i,
        close_end: start + i + len,
        closed: true,
    }
}

/// A quote of the paragraph at `start` left open: opening mark at `o`,
/// content from `s` to `e` (paragraph offsets), where it was cut.
fn unclosed_quote(start: usize, o: usize, s: usize, e: usize) -> Quote {
    Quote {
        open: start + o,
        start: start + s,
        end: start + e,
        close_end: start + e,
        closed: false,
    }
}

/// Whether `lead` (the text before a double mark) ends in a height in
/// feet and inches (`6'2`, `5’11`): a digit, an apostrophe and one or two
/// digits.
fn feet_inches(lead: &str) -> bool {
    let inches = lead.trim_end_matches(|c: char| c.is_ascii_digit());
    let n = lead.len() - inches.len();
    (1..=2).contains(&n)
        && inches
            .strip_suffix(['\'', '’'])
            .is_some_and(|feet| feet.ends_with(|c: char| c.is_ascii_digit()))
}

/// The offset of the newline before byte `i` when only spaces, tabs or a
/// carriage return lie between them (the mark at `i` opens a line).
fn line_start(bytes: &[u8], i: usize) -> Option<usize> {
    let k = bytes[..i]
        .iter()
        .rposition(|&b| !matches!(b, b' ' | b'\t' | b'\r'))?;
    (bytes[k] == b'\n').then_some(k)
}

fn end_trim(para: &str, end: usize) -> usize {
    para[..end].trim_end().len()
}

/// The single quotes of a paragraph with no double quote (see the module
/// docs), appended to `out`: compiled for AVX2 where the processor has it
/// (the marks' bytes found by `ByteHits`).
fn single_quotes(para: &str, start: usize, out: &mut Vec<Quote>) {
    // SAFETY: no AVX2 asked for.
    unsafe { single_quotes_with::<false>(para, start, out) }
}

/// [`single_quotes`] compiled for AVX2.
///
/// # Safety
///
/// The processor must have AVX2.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn single_quotes_avx2(para: &str, start: usize, out: &mut Vec<Quote>) {
    // SAFETY: the processor has AVX2 (this function's contract).
    unsafe { single_quotes_with::<true>(para, start, out) }
}

/// Where the last closing single mark that ends a clause stands (a stop,
/// a comma or the paragraph end after it), or 0: a plural possessive
/// before it ("two days’ notice. It’s chaos.’") is no closing mark.
/// Asked only of a paragraph with a mark that may close a quote after an
/// "s" and before a lowercase word: few are.
#[cold]
#[inline(never)]
fn strong_close(para: &str) -> usize {
    memchr::memrchr2_iter(b'\'', 0xE2, para.as_bytes())
        .find(|&i| {
            para[i..]
                .chars()
                .next()
                .and_then(mark_of)
                .is_some_and(|m| matches!(m, Mark::SingleClose | Mark::StraightSingle))
                && {
                    let len = para[i..].chars().next().map_or(1, char::len_utf8);
                    para[i + len..]
                        .chars()
                        .next()
                        .is_none_or(|n| ".,;:!?)".contains(n) || n == '\n' || n == '\r')
                }
        })
        .unwrap_or(0)
}

/// The body of [`single_quotes`], the bytes of the marks found by AVX2
/// when `AVX2`.
///
/// # Safety
///
/// With `AVX2`, the processor must have AVX2.
#[inline(always)]
unsafe fn single_quotes_with<const AVX2: bool>(para: &str, start: usize, out: &mut Vec<Quote>) {
    let bytes = para.as_bytes();
    let mut open: Option<(usize, usize)> = None;
    // `strong_close(para)`, found when first asked.
    let mut strong: Option<usize> = None;
    // Only marks matter: the characters at `'` and at the lead byte 0xE2
    // of ‘ ’ (the other characters of General Punctuation, double marks
    // and dashes among them, are no single mark), with the characters
    // just before and after them, read only when the mark's test asks.
    // SAFETY: with `AVX2` the processor has AVX2 (this function's contract).
    let marks = unsafe { ByteHits::<_, AVX2>::new_avx2_if(bytes, [b'\'', 0xE2]) };
    for i in marks {
        let m = match bytes.get(i..i + 3) {
            _ if bytes[i] == b'\'' => Mark::StraightSingle,
            Some([_, 0x80, 0x98]) => Mark::SingleOpen,
            Some([_, 0x80, 0x99]) => Mark::SingleClose,
            _ => continue,
        };
        let len = if m == Mark::StraightSingle { 1 } else { 3 };
        let prev = || para[..i].chars().next_back();
        let next = || para[i + len..].chars().next();
        if open.is_none() {
            if matches!(m, Mark::SingleOpen | Mark::StraightSingle)
                && prev().is_none_or(|p| p.is_whitespace() || p == '(' || p == '—')
                && next().is_some_and(|n| n.is_alphanumeric())
            {
                open = Some((i, i + len));
            }
        } else if matches!(m, Mark::SingleClose | Mark::StraightSingle)
            && next().is_none_or(|n| !n.is_alphanumeric())
            && prev().is_some_and(|p| p.is_alphanumeric() || ".,!?".contains(p))
            && !(plural_possessive(para, i, len)
                && i < *strong.get_or_insert_with(|| strong_close(para)))
        {
            let (o, s) = open.take().unwrap_or((i, i));
            // Possessive plural ("the Joneses' house") looks the
            // same; require at least two words inside, or one that
            // ends a sentence of speech ([`one_word_quote`]).
            if para[s..i].trim().contains(' ') || one_word_quote(para, o, s, i) {
                out.push(closed_quote(start, o, s, i, len));
            }
        }
    }
    // British style (`‘We will stick to it,’ she said. ‘The plan works.` /
    // `‘...’`): a single quote left open runs to the paragraph end like a
    // double one, the next paragraph reopening it. Only a curly opener, or a
    // straight one opening the paragraph, before a letter (not `‘90s`), and
    // two words at least.
    if let Some((o, s)) = open {
        let e = end_trim(para, para.len());
        if (bytes[o] != b'\'' || para[..o].trim().is_empty())
            && para[s..].starts_with(char::is_alphabetic)
            && e > s
            && para[s..e].contains(' ')
        {
            out.push(unclosed_quote(start, o, s, e));
        }
    }
}

/// Whether single marks at `o` (opening, its text from `s`) and `i`
/// (closing) around one word are a quotation: the word ends in a stop,
/// comma, "!" or "?" and the mark opens the paragraph or follows a colon
/// ("Mr Raab said: 'No.'", "'Never,' she said."; not "the so-called
/// 'experts'", "the Joneses' house", "'90s").
fn one_word_quote(para: &str, o: usize, s: usize, i: usize) -> bool {
    let before = para[..o].trim_end();
    let word = &para[s..i];
    (before.is_empty() || before.ends_with(':'))
        && word.ends_with(['.', ',', '!', '?'])
        && word.len() > 1
}

/// Whether the mark at `i` (of `len` bytes) reads as the apostrophe of a
/// plural possessive: after an "s" and before a lowercase word that is no
/// pronoun or verb of saying ("two days’ notice", "the workers’ union";
/// not `‘... these rules’ she said`).
fn plural_possessive(para: &str, i: usize, len: usize) -> bool {
    let rest = &para[i + len..];
    para[..i].ends_with('s')
        && rest.starts_with(' ')
        && rest[1..].starts_with(|c: char| c.is_ascii_lowercase())
        && {
            let w = rest[1..]
                .split(|c: char| !c.is_ascii_alphabetic())
                .next()
                .unwrap_or("");
            !matches!(
                w,
                "he" | "she"
                    | "they"
                    | "i"
                    | "we"
                    | "it"
                    | "you"
                    | "said"
                    | "says"
                    | "added"
                    | "told"
                    | "asked"
                    | "wrote"
                    | "according"
                    | "and"
                    | "or"
                    | "but"
            )
        }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `single_quotes` as it was before its fast paths: every `'` and
    /// 0xE2 decoded, the characters around it read at once, the last
    /// strong closing mark found first.
    fn single_quotes_plain(para: &str, start: usize, out: &mut Vec<Quote>) {
        let bytes = para.as_bytes();
        let mut open: Option<(usize, usize)> = None;
        let strong_close = strong_close(para);
        for i in memchr::memchr2_iter(b'\'', 0xE2, bytes) {
            let Some(c) = para[i..].chars().next() else {
                continue;
            };
            let Some(m) = mark_of(c) else { continue };
            let len = c.len_utf8();
            let prev = para[..i].chars().next_back();
            let next = para[i + len..].chars().next();
            let before_space = prev.is_none_or(|p| p.is_whitespace() || p == '(' || p == '—');
            let after_letter = next.is_some_and(|n| n.is_alphanumeric());
            let after_nonletter = next.is_none_or(|n| !n.is_alphanumeric());
            let prev_letter = prev.is_some_and(|p| p.is_alphanumeric() || ".,!?".contains(p));
            match m {
                Mark::SingleOpen | Mark::StraightSingle
                    if open.is_none() && before_space && after_letter =>
                {
                    open = Some((i, i + len));
                }
                Mark::SingleClose | Mark::StraightSingle
                    if open.is_some()
                        && after_nonletter
                        && prev_letter
                        && !(i < strong_close && plural_possessive(para, i, len)) =>
                {
                    let (o, s) = open.take().unwrap_or((i, i));
                    if para[s..i].trim().contains(' ') || one_word_quote(para, o, s, i) {
                        out.push(closed_quote(start, o, s, i, len));
                    }
                }
                _ => {}
            }
        }
        if let Some((o, s)) = open {
            let e = end_trim(para, para.len());
            if (bytes[o] != b'\'' || para[..o].trim().is_empty())
                && para[s..].starts_with(char::is_alphabetic)
                && e > s
                && para[s..e].contains(' ')
            {
                out.push(unclosed_quote(start, o, s, e));
            }
        }
    }

    #[test]
    fn single_quotes_agree_with_the_plain_version() {
        // Marks, their neighbours (letters, an "s" before a lowercase
        // word, stops, spaces, brackets, dashes) and other characters of
        // General Punctuation and past ASCII, in paragraphs long enough to
        // take several blocks of `ByteHits`.
        let pieces = [
            "'",
            "\u{2018}",
            "\u{2019}",
            "\u{201c}",
            "\u{2014}",
            "\u{2026}",
            "s",
            " ",
            " days",
            " notice",
            " he",
            "It",
            ".",
            ",",
            "!",
            "(",
            "\u{e9}",
            "\u{a0}",
            "x",
            "9",
            "\n",
            "''",
            "workers\u{2019} union",
            " said",
            "\u{2018}90s",
        ];
        let mut seed = 0x51_6e91_e5a7_u64;
        let mut quoted = 0;
        for _ in 0..20_000 {
            let t = crate::random_text(&mut seed, &pieces, 90);
            let mut want = Vec::new();
            single_quotes_plain(&t, 7, &mut want);
            let mut got = Vec::new();
            single_quotes(&t, 7, &mut got);
            assert_eq!(got, want, "{t:?}");
            #[cfg(target_arch = "x86_64")]
            if std::arch::is_x86_feature_detected!("avx2") {
                let mut got = Vec::new();
                // SAFETY: the processor has AVX2 (just detected).
                unsafe { single_quotes_avx2(&t, 7, &mut got) };
                assert_eq!(got, want, "{t:?}");
            }
            quoted += usize::from(!want.is_empty());
        }
        // The texts hold quotes, closed and open.
        assert!(quoted > 1_000, "{quoted}");
    }

    #[test]
    fn no_single_quote_without_a_single_mark_byte() {
        // What `find_quotes` relies on to skip `single_quotes`; and with
        // the marks, the same text gives single quotes.
        for t in [
            "He said no (yes) to it, twice. \u{e9}t\u{e9} \u{ab}x",
            "",
            "a b c",
        ] {
            let mut out = Vec::new();
            single_quotes(t, 0, &mut out);
            assert!(out.is_empty());
        }
        assert_eq!(
            quotes("He said \u{2018}no to that\u{2019} twice."),
            ["no to that"]
        );
        assert_eq!(quotes("He said 'no to that' twice."), ["no to that"]);
    }

    #[test]
    fn candidates_passed_over_are_lone_single_marks_or_no_marks() {
        // Every character of General Punctuation, and straight and curly
        // single marks alone, doubled and tripled.
        let mut t: String = (0x2000..0x2070).filter_map(char::from_u32).collect();
        t.push_str(" don't '' ''' it’s ’’ ’’’ ‘‘ x' ’ \"a\" “b” «c» ``d'' &quot; '");
        let b = t.as_bytes();
        for i in (0..t.len()).filter(|&i| t.is_char_boundary(i)) {
            if may_mark(b, i) {
                continue;
            }
            let c = t[i..].chars().next().unwrap();
            let rest = &t[i + c.len_utf8()..];
            let lone = match c {
                '\'' => !rest.starts_with('\''),
                '’' => !rest.starts_with('’'),
                _ => mark_of(c).is_none() && !matches!(c, '&' | '`'),
            };
            assert!(lone, "{i} {c:?}");
        }
    }

    fn quotes(t: &str) -> Vec<&str> {
        let mut out = Vec::new();
        find_quotes(t, 0, t.len(), &mut out);
        out.iter().map(|q| &t[q.start..q.end]).collect()
    }

    #[test]
    fn straight_and_curly() {
        assert_eq!(
            quotes(r#""We won," she said. "Again.""#),
            ["We won,", "Again."]
        );
        assert_eq!(quotes("“Да,” он сказал «нет»."), ["Да,", "нет"]);
    }

    #[test]
    fn straight_mark_opening_a_line_reopens() {
        // Paragraphs separated by single newlines, the quote going on in
        // the second one: alternation alone would pair the marks wrongly.
        let t = "\"We came to win. We lost.\n\"We will be back,\" she said. \"Soon.\"";
        assert_eq!(
            quotes(t),
            ["We came to win. We lost.", "We will be back,", "Soon."]
        );
        // Not when the mark closes at the line start (no word after it).
        assert_eq!(quotes("\"Line one\n\" and more"), ["Line one\n"]);
        assert_eq!(quotes("\"Line one\n\", he said."), ["Line one\n"]);
    }

    #[test]
    fn straight_mark_after_a_sentence_end_and_a_space_reopens() {
        // Paragraphs run together on one line, the first quote going on
        // into the next paragraph.
        let t = "\"We came to win. We lost.  \"We will be back,\" she said. \"Soon.\"";
        assert_eq!(
            quotes(t),
            ["We came to win. We lost.", "We will be back,", "Soon."]
        );
        // A closing mark glued to its sentence closes.
        assert_eq!(quotes("\"We lost.\" Then we won."), ["We lost."]);
    }

    #[test]
    fn unmarked_paragraphs_inside_a_quote_over_several_paragraphs() {
        let t = "\"We saw the water rise. The pumps failed.\n\nBy midnight the town was dark.\n\nWe will rebuild,\" she said. \"Soon.\"";
        let paras = crate::text::segment::paragraphs(t);
        let q = document_quotes(t, &paras);
        let got: Vec<&str> = q.iter().map(|q| &t[q.start..q.end]).collect();
        assert_eq!(
            got,
            [
                "We saw the water rise. The pumps failed.",
                "By midnight the town was dark.",
                "We will rebuild,",
                "Soon."
            ]
        );
        // Not without a closing mark glued to a word, nor over a paragraph
        // with a quote of its own.
        for t in [
            "\"We saw the water rise.\n\nBy midnight the town was dark.\n\nShe left \" soon.",
            "\"We saw the water rise.\n\nHe said \"no\" twice.\n\nWe will rebuild,\" she said.",
        ] {
            let paras = crate::text::segment::paragraphs(t);
            let q = document_quotes(t, &paras);
            assert!(
                q.iter().all(|q| !t[q.start..q.end].starts_with("By")),
                "{t:?}"
            );
        }
    }

    #[test]
    fn feet_and_inches_are_no_quote_marks() {
        assert_eq!(
            quotes("“Which is why his hands are the size of someone who is 5’2”. You know.” Then"),
            ["Which is why his hands are the size of someone who is 5’2”. You know."]
        );
        assert_eq!(
            quotes(r#""He is taller than me; he's like 6'2"," Rubio said. "I'm 5'10"." Then"#),
            [r#"He is taller than me; he's like 6'2","#, r#"I'm 5'10"."#]
        );
    }

    #[test]
    fn unclosed_runs_to_paragraph_end() {
        assert_eq!(
            quotes("“We will go on. And on."),
            ["We will go on. And on."]
        );
    }

    #[test]
    fn a_plural_possessive_inside_a_single_quote_does_not_close_it() {
        for (t, inner) in [
            (
                "One parent said: ‘We were given two days’ notice. It’s chaos.’",
                "We were given two days’ notice. It’s chaos.",
            ),
            (
                "One parent said: 'We were given two days' notice. It's chaos.'",
                "We were given two days' notice. It's chaos.",
            ),
        ] {
            assert_eq!(quotes(t), [inner], "{t}");
        }
        // A closing mark before a pronoun and a cue still closes.
        assert_eq!(
            quotes("‘I hate these rules’ she said. ‘They are bad.’"),
            ["I hate these rules", "They are bad."]
        );
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert!(quotes("Russia's plan doesn't work, the Joneses' dog said.").is_empty());
        assert_eq!(
            quotes("He called it ‘a total mess’ on Monday."),
            ["a total mess"]
        );
    }

    #[test]
    fn british_single_quote_left_open_runs_to_the_paragraph_end() {
        assert_eq!(
            quotes("‘We will stick to it,’ she said. ‘The plan works and we know it."),
            ["We will stick to it,", "The plan works and we know it."]
        );
        assert_eq!(
            quotes("'The plan works and we know it."),
            ["The plan works and we know it."]
        );
        // Not a straight mark inside the paragraph, a year or one word.
        assert!(quotes("He said Jones's plan 'works and we know it.").is_empty());
        assert!(quotes("Back in the ‘90s it was different.").is_empty());
        assert!(quotes("‘Missing").is_empty());
    }

    #[test]
    fn nested_single_inside_double() {
        assert_eq!(
            quotes(r#""He said 'no way' to me," she said."#),
            ["He said 'no way' to me,"]
        );
    }

    #[test]
    fn doubled_apostrophes_are_double_quotes() {
        assert_eq!(
            quotes("''We won,'' she said. ''It's 'fine' now.''"),
            ["We won,", "It's 'fine' now."]
        );
    }

    #[test]
    fn doubled_curly_single_marks_are_double_quotes() {
        assert_eq!(
            quotes("‘‘We won,’’ she said. ‘‘It’s ‘fine’ now.’’"),
            ["We won,", "It’s ‘fine’ now."]
        );
        assert_eq!(
            quotes("‘‘They told us, ‘it is over,’’’ he said. ‘‘Not so.’’"),
            ["They told us, ‘it is over,’", "Not so."]
        );
    }

    #[test]
    fn triple_apostrophes_close_a_nested_quote() {
        assert_eq!(
            quotes("''They told us, 'it is over,''' he said. ''Not so.''"),
            ["They told us, 'it is over,'", "Not so."]
        );
    }

    #[test]
    fn opening_mark_typed_as_closing() {
        assert_eq!(
            quotes("“It is unusual,“ said Noble. “It is hard.”"),
            ["It is unusual,", "It is hard."]
        );
    }

    #[test]
    fn stray_close_ignored() {
        assert_eq!(quotes("a” b “c” d"), ["c"]);
        assert_eq!(quotes("it ends here.” He said it was “fine.”"), ["fine."]);
    }

    #[test]
    fn closing_mark_typed_as_opening() {
        // The next double mark closes too: the first one opened.
        assert_eq!(
            quotes("”… the train has left the station,” wrote the paper."),
            ["… the train has left the station,"]
        );
        assert_eq!(
            quotes("He says,” there are many who never get listened to.”"),
            [" there are many who never get listened to."]
        );
        // An opening mark ending the paragraph closes the quote.
        assert_eq!(quotes("“They see that. “"), ["They see that. "]);
    }

    #[test]
    fn curly_quote_nested_in_a_straight_one() {
        assert_eq!(
            quotes(r#""It is not about “public safety” anymore. It is about him." Then"#),
            ["It is not about “public safety” anymore. It is about him."]
        );
        // A paragraph-opening quote going on in the next paragraph.
        assert_eq!(
            quotes(r#""It is not about “public safety” anymore."#),
            ["It is not about “public safety” anymore."]
        );
        // With no straight mark after it, or no word between the marks,
        // the straight one was stray.
        assert_eq!(quotes(r#"a " b “c” d"#), ["c"]);
        assert_eq!(
            quotes(r#""“We lost,” he said. And "so" it goes."#),
            ["We lost,", "so"]
        );
    }

    #[test]
    fn straight_quote_nested_in_a_straight_one() {
        // Curly marks made straight: a mark with a space before it and a
        // word after it opens an inner quote when marks glued to words
        // close it and then the outer one.
        assert_eq!(
            quotes(r#"She wrote, "It listens even when "the wrong side" is speaking." Then"#),
            ["It listens even when \"the wrong side\" is speaking."]
        );
        // A paragraph-opening quote going on in the next paragraph.
        assert_eq!(
            quotes(r#""The board is not about "open government" anymore."#),
            ["The board is not about \"open government\" anymore."]
        );
        // Alternation otherwise: two quotes, a closing mark left out before
        // an attribution, a mark closing with no word after it.
        assert_eq!(
            quotes(r#""We won," he said. "Again.""#),
            ["We won,", "Again."]
        );
        assert_eq!(
            quotes(r#""Absent a deal, he added, "this is how it ends.""#),
            ["Absent a deal, he added, "]
        );
        assert_eq!(
            quotes(r#"the "Gang of Eight" bill "is dead," he said"#),
            ["Gang of Eight", "is dead,"]
        );
    }

    #[test]
    fn curly_quote_nested_in_a_curly_one() {
        assert_eq!(
            quotes("She wrote, “They were promised “a fair hearing” and got a closed door.” Then"),
            ["They were promised “a fair hearing” and got a closed door."]
        );
        // A stray opener before a quote of its own stays stray.
        assert_eq!(quotes("“a stray “We won,” he said."), ["We won,"]);
    }

    #[test]
    fn a_quote_after_a_sentence_end_inside_a_straight_one() {
        // Nested when a mark closes the outer quote after it ...
        assert_eq!(
            quotes(r#""He told us. "No more delays." That was all.""#),
            [r#"He told us. "No more delays." That was all."#]
        );
        // ... a quote of its own when none does (paragraphs run together).
        assert_eq!(
            quotes(r#""We came to win. We lost. "We will be back," she said."#),
            ["We came to win. We lost.", "We will be back,"]
        );
    }

    #[test]
    fn html_references_of_quote_marks() {
        assert_eq!(
            quotes(
                "&quot;We won,&quot; said AT&T. &ldquo;Again.&rdquo; &#8220;Yes.&#8221; &amp; no"
            ),
            ["We won,", "Again.", "Yes."]
        );
    }

    #[test]
    fn backquote_style() {
        assert_eq!(
            quotes("``We will rebuild,'' Ruiz said. ``Soon.'' A ` is no mark."),
            ["We will rebuild,", "Soon."]
        );
    }

    #[test]
    fn guillemets_both_ways() {
        assert_eq!(
            quotes("Er sagte: »Wir bleiben.« Dann ging er."),
            ["Wir bleiben."]
        );
        // French spacing inside the marks is no part of the content.
        assert_eq!(quotes("Il a dit : « Nous restons. »"), ["Nous restons."]);
        assert_eq!(
            quotes("Il a dit : «\u{a0}Nous restons.\u{a0}»"),
            ["Nous restons."]
        );
    }
}
