//! A strict reader for the common JSONL line: one object whose keys and
//! values are all strings. The strings are read straight from the line
//! (borrowed when they have no escapes, else decoded once into a `String`),
//! without serde's per-document scratch buffer and visitor.
//!
//! It reads the line's bytes and checks their UTF-8 as it goes: the scan
//! for a string's end stops at each byte past ASCII too, whose character
//! is checked there (no separate pass over the line, about 0.6
//! instructions a byte). Everything outside the strings it accepts is
//! ASCII, so a line it accepts is UTF-8 throughout.
//!
//! The text field's string, when it has escapes, is decoded into a buffer
//! the caller gives (a document's text buffer used before, see
//! `Reader::recycle`), not into a new allocation.
//!
//! It accepts only a subset of what `serde_json` accepts and gives up
//! (`None`) on anything else: a value that is not a string, an escaped
//! key, a control character, a bad escape or lone surrogate, trailing
//! characters, bytes that are not UTF-8. The caller then takes the serde
//! paths, which read such lines exactly as before and report bad ones
//! with the same messages.

use std::borrow::Cow;

use super::Fields;

/// The document fields of `s`, or `None` if the line is not a plain object
/// of strings (see the module docs). Later duplicate keys replace earlier
/// ones, as in a `serde_json::Value` object.
pub(super) struct Plain<'a> {
    pub id: Option<Cow<'a, str>>,
    pub text: Option<Cow<'a, str>>,
    pub title: Option<Cow<'a, str>>,
    /// The value of the first of `fields.date` that the line has (as the
    /// first present entry of one value a name: no vector a line).
    pub date: Option<Cow<'a, str>>,
}

/// Reads `b` as a plain object of strings (see the module docs); `None`
/// also when `b` is not UTF-8. A text with escapes is decoded into `room`
/// (taken: `text` is then `Cow::Owned` of its buffer, cleared and grown
/// when it is too small; a text without escapes leaves `room` as it
/// was). Where the processor has AVX2 (known once,
/// as the other stages do), the strings are scanned 32 bytes a step
/// ([`Avx2Scan`]), else sixteen ([`Sse2Scan`]).
pub(super) fn parse<'a>(b: &'a [u8], fields: &Fields, room: &mut String) -> Option<Plain<'a>> {
    #[cfg(target_arch = "x86_64")]
    if let Some(scan) = Avx2Scan::new() {
        return parse_with(b, fields, scan, room);
    }
    parse_with(b, fields, Sse2Scan, room)
}

/// `parse` with the string scan `scan`.
fn parse_with<'a, S: Scan>(
    b: &'a [u8],
    fields: &Fields,
    scan: S,
    room: &mut String,
) -> Option<Plain<'a>> {
    let mut p = Plain {
        id: None,
        text: None,
        title: None,
        date: None,
    };
    // The index in `fields.date` of the name `p.date` was read under
    // (`usize::MAX`: none yet). A key of a lower index replaces it, and so
    // does a later one of the same index (a later duplicate key): what
    // stays is the last value of the first name present.
    let mut date_at = usize::MAX;
    let mut i = skip_ws(b, 0);
    if b.get(i) != Some(&b'{') {
        return None;
    }
    i = skip_ws(b, i + 1);
    if b.get(i) == Some(&b'}') {
        i += 1;
    } else {
        loop {
            // A key without escapes, then a string value.
            if b.get(i) != Some(&b'"') {
                return None;
            }
            let Cow::Borrowed(key) = scan.string(b, &mut i, &mut String::new())? else {
                return None;
            };
            i = skip_ws(b, i);
            if b.get(i) != Some(&b':') {
                return None;
            }
            i = skip_ws(b, i + 1);
            if b.get(i) != Some(&b'"') {
                return None;
            }
            let is_text = key == fields.text;
            let val = if is_text {
                scan.string(b, &mut i, room)?
            } else {
                scan.string(b, &mut i, &mut String::new())?
            };
            if key == fields.id {
                p.id = Some(val.clone());
            }
            if key == fields.title {
                p.title = Some(val.clone());
            }
            if let Some(d) = fields.date.iter().position(|name| key == name.as_str()) {
                if d <= date_at {
                    date_at = d;
                    p.date = Some(val.clone());
                }
            }
            if is_text {
                p.text = Some(val);
            }
            i = skip_ws(b, i);
            match b.get(i) {
                Some(b',') => i = skip_ws(b, i + 1),
                Some(b'}') => {
                    i += 1;
                    break;
                }
                _ => return None,
            }
        }
    }
    (skip_ws(b, i) == b.len()).then_some(p)
}

/// The index of the first byte at or after `i` that is not JSON white
/// space.
fn skip_ws(b: &[u8], mut i: usize) -> usize {
    while matches!(b.get(i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
        i += 1;
    }
    i
}

/// The scan of a string for the bytes that stop a run of plain string
/// bytes ([`is_stop`]), and the reader of a string with it.
trait Scan: Copy {
    /// The first byte of `b` that [`is_stop`]; `None` if there is none.
    fn stop(self, b: &[u8]) -> Option<usize>;

    /// [`Scan::stop`], the bytes of `b` before the stop also written to
    /// `dst` (and maybe more of `b`'s bytes after them, each at its own
    /// offset: within `dst[..b.len()]`). Nothing is written for `None`.
    /// This one finds the stop, then copies.
    ///
    /// # Safety
    /// `dst` is valid for writes of `b.len()` bytes and does not overlap
    /// `b`.
    #[inline(always)]
    unsafe fn stop_into(self, b: &[u8], dst: *mut u8) -> Option<usize> {
        let k = self.stop(b)?;
        // SAFETY: `k < b.len()` bytes of `b`, to `dst`, valid for that many
        // writes and apart from `b` (the contract).
        unsafe { std::ptr::copy_nonoverlapping(b.as_ptr(), dst, k) };
        Some(k)
    }

    /// [`string`] with this scan (a copy of it compiled for the scan's
    /// instructions).
    fn string<'a>(self, b: &'a [u8], i: &mut usize, room: &mut String) -> Option<Cow<'a, str>>;
}

/// [`Scan`] sixteen bytes a step with SSE2 (part of every x86-64
/// processor; bytes one by one elsewhere).
#[derive(Clone, Copy)]
struct Sse2Scan;

impl Scan for Sse2Scan {
    #[inline(always)]
    fn stop(self, b: &[u8]) -> Option<usize> {
        stop(b)
    }

    fn string<'a>(self, b: &'a [u8], i: &mut usize, room: &mut String) -> Option<Cow<'a, str>> {
        string(b, i, self, room)
    }
}

/// [`Scan`] 32 bytes a step with AVX2. Its value exists only where the
/// processor has AVX2 (`Avx2Scan::new`).
#[cfg(target_arch = "x86_64")]
#[derive(Clone, Copy)]
struct Avx2Scan(());

#[cfg(target_arch = "x86_64")]
impl Avx2Scan {
    /// The scan where the processor has AVX2, else none.
    fn new() -> Option<Avx2Scan> {
        std::arch::is_x86_feature_detected!("avx2").then_some(Avx2Scan(()))
    }
}

#[cfg(target_arch = "x86_64")]
impl Scan for Avx2Scan {
    #[inline(always)]
    fn stop(self, b: &[u8]) -> Option<usize> {
        // SAFETY: an `Avx2Scan` exists only where the processor has AVX2.
        unsafe { stop_avx2::<false>(b, std::ptr::null_mut()) }
    }

    #[inline(always)]
    unsafe fn stop_into(self, b: &[u8], dst: *mut u8) -> Option<usize> {
        // SAFETY: as above; `dst` as `stop_avx2` needs it (the contract).
        unsafe { stop_avx2::<true>(b, dst) }
    }

    fn string<'a>(self, b: &'a [u8], i: &mut usize, room: &mut String) -> Option<Cow<'a, str>> {
        // SAFETY: as above.
        unsafe { string_avx2(b, i, self, room) }
    }
}

/// [`string`] compiled for AVX2, with its scan.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
fn string_avx2<'a>(
    b: &'a [u8],
    i: &mut usize,
    scan: Avx2Scan,
    room: &mut String,
) -> Option<Cow<'a, str>> {
    string(b, i, scan, room)
}

/// [`stop`] 32 bytes a step with AVX2, then sixteen and the last bytes
/// one by one as `stop` does. With `STORE`, [`Scan::stop_into`]: each
/// 32-byte block loaded is stored to `dst` at its offset before its test
/// (a stop in it or not), so the run before the stop is written with no
/// second read of it (a `memcpy` call after the scan cost about 33
/// instructions and a mispredict in its choice of length a run); the last
/// bytes, fewer than 32, are copied up to the stop. Without `STORE`, `dst`
/// is not used.
///
/// # Safety
/// The processor has AVX2; with `STORE`, `dst` is valid for writes of
/// `b.len()` bytes and does not overlap `b`.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
#[inline]
unsafe fn stop_avx2<const STORE: bool>(b: &[u8], dst: *mut u8) -> Option<usize> {
    use std::arch::x86_64::{
        _mm256_cmpeq_epi8, _mm256_cmpgt_epi8, _mm256_loadu_si256, _mm256_movemask_epi8,
        _mm256_or_si256, _mm256_set1_epi8, _mm256_storeu_si256,
    };
    let q = _mm256_set1_epi8(b'"' as i8);
    let bs = _mm256_set1_epi8(b'\\' as i8);
    let c = _mm256_set1_epi8(0x20);
    // The bytes of the whole blocks: the loop's bound, a multiple of 32 as
    // `i` is (with the store, a bound of `i + 32 <= b.len()` was compiled to
    // two more instructions a block, a second counter and its copy).
    let whole = b.len() & !31;
    let mut i = 0;
    while i < whole {
        // SAFETY: the load reads the 32 bytes at `i`, inside `b`
        // (`i + 32 <= whole <= b.len()`, both multiples of 32; unaligned).
        let x = unsafe { _mm256_loadu_si256(b.as_ptr().add(i).cast()) };
        if STORE {
            // SAFETY: the 32 bytes at `dst + i` are within `dst[..b.len()]`
            // (`i + 32 <= b.len()`), valid for writes and apart from `b`
            // (the contract); unaligned.
            unsafe { _mm256_storeu_si256(dst.add(i).cast(), x) };
        }
        // Signed, 0x20 is greater than a control byte and than a byte from
        // 0x80 up (negative): one compare for both.
        let low_or_high = _mm256_cmpgt_epi8(c, x);
        let qb = _mm256_or_si256(_mm256_cmpeq_epi8(x, q), _mm256_cmpeq_epi8(x, bs));
        let m = _mm256_movemask_epi8(_mm256_or_si256(qb, low_or_high)) as u32;
        if m != 0 {
            return Some(i + m.trailing_zeros() as usize);
        }
        i += 32;
    }
    let k = stop(&b[i..])?;
    if STORE {
        // SAFETY: the `k` bytes at `i` are within `b` (the stop at `i + k`
        // is), and their destination within `dst[..b.len()]`, valid for
        // writes and apart from `b` (the contract).
        unsafe { std::ptr::copy_nonoverlapping(b.as_ptr().add(i), dst.add(i), k) };
    }
    Some(i + k)
}

/// The run of plain string bytes at `b[k..]` as text, and the index of
/// the quote, backslash or control character that ends it; `None` if
/// there is none or the run is not UTF-8. (Inlined into `string`, where
/// the scan's constants are set once for all its runs: a call per run, a
/// paragraph of text between two escaped line breaks, cost more.)
#[inline(always)]
fn run<S: Scan>(b: &[u8], k: usize, scan: S) -> Option<(&str, usize)> {
    // SAFETY: with no store, `run_end` writes nothing.
    let end = unsafe { run_end::<S, false>(b, k, scan, std::ptr::null_mut()) }?;
    // SAFETY: the run is UTF-8 (`run_end`).
    Some((unsafe { std::str::from_utf8_unchecked(&b[k..end]) }, end))
}

/// [`run`] appended to `out` as it is scanned ([`Scan::stop_into`]: the
/// blocks the scan loads are stored, with no copy after it); the index of
/// the stop that ends it. On `None`, `out` is as it was (bytes past its
/// length may have been written).
///
/// # Safety
/// `out` has room for `b.len() - k` bytes past its length
/// (`out.capacity() - out.len() >= b.len() - k`, `k <= b.len()`).
#[inline(always)]
unsafe fn run_into<S: Scan>(b: &[u8], k: usize, scan: S, out: &mut String) -> Option<usize> {
    debug_assert!(k <= b.len() && out.capacity() - out.len() >= b.len() - k);
    // SAFETY: the bytes written below are those of `b[k..end]`, UTF-8
    // (`run_end`), and become the new length only once the run is
    // checked; the ones past it are past the length.
    let v = unsafe { out.as_mut_vec() };
    let len = v.len();
    // SAFETY: `dst`, the end of `out`'s bytes, has room for `b.len() - k`
    // bytes (the contract) and is apart from `b` (`out` is borrowed
    // mutably).
    let end = unsafe { run_end::<S, true>(b, k, scan, v.as_mut_ptr().add(len)) }?;
    // SAFETY: `run_end` wrote `b[k..end]` at `dst` (within the room above);
    // they are initialized bytes, UTF-8.
    unsafe { v.set_len(len + end - k) };
    Some(end)
}

/// The index of the quote, backslash or control character that ends the
/// run of plain string bytes at `b[k..]` ([`run`]); `None` if there is none
/// or the run is not UTF-8. The run, `b[k..end]`, is UTF-8. With `STORE`,
/// its bytes are written to `dst` too (and maybe some of `b`'s bytes after
/// it, at their offsets: all within `dst[..b.len() - k]`).
///
/// # Safety
/// With `STORE`, `dst` is valid for writes of `b.len() - k` bytes (with
/// `k <= b.len()`) and does not overlap `b`; without, it is not used.
#[inline(always)]
unsafe fn run_end<S: Scan, const STORE: bool>(
    b: &[u8],
    k: usize,
    scan: S,
    dst: *mut u8,
) -> Option<usize> {
    let rest = b.get(k..)?;
    let mut end = k + if STORE {
        // SAFETY: `dst` has room for `rest.len()` bytes and is apart from
        // `b` (the contract).
        unsafe { scan.stop_into(rest, dst) }?
    } else {
        scan.stop(rest)?
    };
    while b[end] >= 0x80 {
        let n = super::utf8::char_len(b, end)?;
        if STORE {
            // SAFETY: the character's `n` bytes (four when four are there,
            // a fixed copy) are within `b`, and their destination,
            // `dst + (end - k)`, within `dst[..b.len() - k]`: valid for
            // writes and apart from `b` (the contract).
            unsafe {
                let (from, to) = (b.as_ptr().add(end), dst.add(end - k));
                if end + 4 <= b.len() {
                    to.cast::<[u8; 4]>()
                        .write_unaligned(from.cast::<[u8; 4]>().read_unaligned());
                } else {
                    std::ptr::copy_nonoverlapping(from, to, n);
                }
            }
        }
        end += n;
        end += if STORE {
            // SAFETY: the bytes from `end` on and `dst + (end - k)`, as
            // above.
            unsafe { scan.stop_into(&b[end..], dst.add(end - k)) }?
        } else {
            scan.stop(&b[end..])?
        };
    }
    // The bytes of `b[k..end]` below 0x80 are characters of their own, and
    // every byte from 0x80 up that `stop` met starts a sequence that
    // `char_len` checked as well-formed in full before the scan went on
    // past it (`stop` stops at every such byte, so none is skipped, and no
    // sequence runs past `end`, a byte below 0x80): the run is UTF-8.
    Some(end)
}

/// The JSON string whose opening quote is at `*i`; `*i` moves past its
/// closing quote. `None` for a control character, a bad escape, a lone
/// surrogate, bytes that are not UTF-8 or no closing quote. A string with
/// escapes is decoded into the buffer of `room`, taken (an empty string
/// left there) and cleared, or a new one when it holds too few bytes.
/// (Inlined into the copy of each scan, `Scan::string`.)
#[inline(always)]
fn string<'a, S: Scan>(
    b: &'a [u8],
    i: &mut usize,
    scan: S,
    room: &mut String,
) -> Option<Cow<'a, str>> {
    let start = *i + 1;
    let (first, mut k) = run(b, start, scan)?;
    if b[k] < 0x20 {
        return None;
    }
    if b[k] == b'"' {
        *i = k + 1;
        return Some(Cow::Borrowed(first));
    }
    let mut out = emptied_for(std::mem::take(room), b.len() - start);
    out.push_str(first);
    loop {
        // `b[k]` is a backslash.
        let e = *b.get(k + 1)?;
        k += 2;
        let simple = SIMPLE_ESCAPES[usize::from(e)];
        if simple != 0 {
            // SAFETY: the byte is ASCII (`SIMPLE_ESCAPES`), a character of
            // its own; as for the runs below, `out` holds at most
            // `k - 2 - start` bytes (the decoded form of `b[start..k - 2]`)
            // and the escape's two bytes decode to one.
            unsafe { push_within_capacity(&mut out, &[simple]) };
        } else {
            if e != b'u' {
                return None;
            }
            let hi = hex4(b, k)?;
            k += 4;
            let c = if (0xD800..0xDC00).contains(&hi) {
                if b.get(k..k + 2)? != b"\\u" {
                    return None;
                }
                let lo = hex4(b, k + 2)?;
                if !(0xDC00..0xE000).contains(&lo) {
                    return None;
                }
                k += 6;
                0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
            } else {
                hi
            };
            out.push(char::from_u32(c)?);
        }
        // An escape right after this one (the second `\n` between two
        // paragraphs, 15,000 a pass of train) has no run before it: its
        // scan stopped at once and its copy was an empty `memcpy` call.
        if b.get(k) == Some(&b'\\') {
            continue;
        }
        // SAFETY: `out` has room for `b.len() - start` bytes (its capacity,
        // made so above) and holds the decoded form of `b[start..k]`, at
        // most `k - start` bytes (each escape decodes to fewer bytes than
        // it takes, each run is copied as it is): room for `b.len() - k`
        // more, the run and anything the scan stores past it, with no
        // growth (nor a test for it).
        let end = unsafe { run_into(b, k, scan, &mut out) }?;
        if b[end] < 0x20 {
            return None;
        }
        k = end;
        if b[k] == b'"' {
            *i = k + 1;
            return Some(Cow::Owned(out));
        }
    }
}

/// The capacity of a new string for `n` bytes that is to be used again
/// for other documents' strings (`Reader::recycle`): `n` rounded up to a
/// power of two, so that most strings given to it later fit (the id of
/// one document in the buffer of another's, a text in a text's), `n` from
/// 64 KB up (a large buffer is not doubled for the few that fit).
pub(super) fn room_for(n: usize) -> usize {
    if n < 1 << 16 {
        n.next_power_of_two()
    } else {
        n
    }
}

/// `buf` emptied, when it holds `n` bytes; else a new string of
/// [`room_for`] `n` (`buf` dropped). Every string the plain reader fills
/// for a document is made by it (its text here, the rest in the reader).
#[inline]
pub(super) fn emptied_for(mut buf: String, n: usize) -> String {
    buf.clear();
    if buf.capacity() < n {
        buf = String::with_capacity(room_for(n));
    }
    buf
}

/// The byte each one-character escape of JSON stands for (`\"`, `\\`,
/// `\/`, `\b`, `\f`, `\n`, `\r`, `\t`), by the byte after the backslash;
/// 0 for the others (`\u` and the bad ones). One lookup, where a `match`
/// of eight arms was a jump through a table (mispredicted when the
/// escapes alternate: `\"` within `\n` paragraphs).
const SIMPLE_ESCAPES: [u8; 256] = {
    let mut t = [0u8; 256];
    t[b'"' as usize] = b'"';
    t[b'\\' as usize] = b'\\';
    t[b'/' as usize] = b'/';
    t[b'b' as usize] = 0x08;
    t[b'f' as usize] = 0x0C;
    t[b'n' as usize] = b'\n';
    t[b'r' as usize] = b'\r';
    t[b't' as usize] = b'\t';
    t
};

/// Appends `bytes` to `out` with no capacity test (each run of a string
/// with escapes: a `push_str` tested the capacity, and skipped its copy
/// for an empty run, a branch that followed the text's escapes).
///
/// # Safety
/// `bytes` is UTF-8 (appended to UTF-8, the string stays UTF-8), and
/// `out.len() + bytes.len() <= out.capacity()`.
#[inline(always)]
unsafe fn push_within_capacity(out: &mut String, bytes: &[u8]) {
    debug_assert!(out.len() + bytes.len() <= out.capacity());
    // SAFETY: `bytes` is UTF-8 (this function's contract), appended whole
    // to UTF-8; the destination is within the capacity (the contract) and
    // cannot overlap `bytes`, a borrow of another buffer (`out` is
    // borrowed mutably); the bytes written become the new length.
    unsafe {
        let v = out.as_mut_vec();
        let len = v.len();
        std::ptr::copy_nonoverlapping(bytes.as_ptr(), v.as_mut_ptr().add(len), bytes.len());
        v.set_len(len + bytes.len());
    }
}

/// Whether `c` stops the scan of a string: a quote, a backslash or a
/// control character (below 0x20, which JSON strings may not hold
/// unescaped) end a run of plain string bytes; a byte from 0x80 up starts
/// a character past ASCII, to be checked.
fn is_stop(c: u8) -> bool {
    c == b'"' || c == b'\\' || !(0x20..0x80).contains(&c)
}

/// The first byte of `b` that [`is_stop`], found in one pass sixteen bytes
/// at a time with SSE2 (part of every x86-64 processor); `None` if there is
/// none. (A search for the quote or backslash, then a second pass over the
/// run for control characters, read each byte twice.)
#[inline(always)]
fn stop(b: &[u8]) -> Option<usize> {
    let mut i = 0;
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::{
            _mm_cmpeq_epi8, _mm_loadu_si128, _mm_min_epu8, _mm_movemask_epi8, _mm_or_si128,
            _mm_set1_epi8,
        };
        // SAFETY: SSE2 is always available on x86-64, and each load reads
        // the sixteen bytes at `i`, inside `b` (unaligned).
        unsafe {
            let q = _mm_set1_epi8(b'"' as i8);
            let bs = _mm_set1_epi8(b'\\' as i8);
            let c = _mm_set1_epi8(0x1F);
            while i + 16 <= b.len() {
                let x = _mm_loadu_si128(b.as_ptr().add(i).cast());
                // A byte below 0x20 is its own unsigned minimum with 0x1F.
                let low = _mm_cmpeq_epi8(_mm_min_epu8(x, c), x);
                let qb = _mm_or_si128(_mm_cmpeq_epi8(x, q), _mm_cmpeq_epi8(x, bs));
                // A byte from 0x80 up has its top bit set in `x` itself.
                let m = _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(qb, low), x));
                if m != 0 {
                    return Some(i + m.trailing_zeros() as usize);
                }
                i += 16;
            }
        }
    }
    b[i..].iter().position(|&c| is_stop(c)).map(|k| i + k)
}

/// The four hex digits at `b[k..]` as a number.
fn hex4(b: &[u8], k: usize) -> Option<u32> {
    let d = b.get(k..k + 4)?;
    let mut v = 0;
    for &c in d {
        v = v * 16 + (c as char).to_digit(16)?;
    }
    Some(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Option<String> {
        parse(s.as_bytes(), &Fields::default(), &mut String::new())
            .and_then(|p| p.text.map(|t| t.into_owned()))
    }

    #[test]
    fn stop_finds_the_first_quote_backslash_control_or_byte_past_ascii() {
        let plain = "The mayor ~said\u{7f} 'no' [x] ".repeat(4);
        assert_eq!(stop(b""), None);
        for len in 0..plain.len() {
            let base = &plain.as_bytes()[..len];
            assert_eq!(stop(base), None, "{len}");
            for at in 0..len {
                for c in [b'"', b'\\', 0, 0x1F, b'\n', b'\t', 0x80, 0xC3, 0xE2, 0xFF] {
                    let mut v = base.to_vec();
                    v[at] = c;
                    let naive = v.iter().position(|&c| is_stop(c));
                    assert_eq!(stop(&v), naive, "{len} {at} {c}");
                    assert_eq!(stop_each(&v), naive, "{len} {at} {c}");
                    assert_eq!(naive, Some(at));
                    // A second stop after the first changes nothing.
                    if at + 1 < len {
                        v[len - 1] = b'"';
                        assert_eq!(stop(&v), Some(at));
                        assert_eq!(stop_each(&v), Some(at));
                    }
                }
            }
        }
        // Bytes 0x20 to 0x7F that are not quote or backslash never stop.
        let all: Vec<u8> = (0x20..=0x7Fu8)
            .filter(|&c| c != b'"' && c != b'\\')
            .collect();
        assert_eq!(stop(&all), None);
        assert_eq!(stop_each(&all), None);
        assert_eq!(stop_each(&plain.as_bytes()[1..]), None);
    }

    /// `stop` by each scan this processor has (the AVX2 one where it has
    /// AVX2), and `stop_into` by each; panics unless they agree.
    fn stop_each(b: &[u8]) -> Option<usize> {
        let sse2 = Sse2Scan.stop(b);
        stop_into_writes_the_run(Sse2Scan, b, sse2);
        #[cfg(target_arch = "x86_64")]
        if let Some(avx2) = Avx2Scan::new() {
            assert_eq!(avx2.stop(b), sse2, "{b:?}");
            stop_into_writes_the_run(avx2, b, sse2);
        }
        sse2
    }

    /// Panics unless `scan.stop_into` finds `want` and writes the bytes of
    /// `b` before it to its destination, and nothing past `b.len()`
    /// bytes of it (bytes of `b` past the stop may be written, each at its
    /// offset).
    fn stop_into_writes_the_run<S: Scan>(scan: S, b: &[u8], want: Option<usize>) {
        const GUARD: u8 = 0xA5;
        let mut dst = vec![GUARD; b.len() + 64];
        // SAFETY: `dst` has `b.len() + 64` bytes, a buffer of its own.
        let got = unsafe { scan.stop_into(b, dst.as_mut_ptr()) };
        assert_eq!(got, want, "{b:?}");
        let k = got.unwrap_or(0);
        assert_eq!(&dst[..k], &b[..k], "{b:?}");
        for (at, &c) in dst.iter().enumerate().skip(k) {
            assert!(c == GUARD || (at < b.len() && c == b[at]), "{b:?} {at}");
        }
        assert!(dst[b.len()..].iter().all(|&c| c == GUARD), "{b:?}");
    }

    /// The id and text `parse` reads from `b` with each scan this
    /// processor has; panics unless they agree.
    fn parse_each(b: &[u8]) -> Option<(Option<String>, Option<String>)> {
        let fields = |p: Plain<'_>| {
            let own = |s: Option<Cow<'_, str>>| s.map(Cow::into_owned);
            (own(p.id), own(p.text))
        };
        let sse2 = parse_with(b, &Fields::default(), Sse2Scan, &mut String::new()).map(fields);
        #[cfg(target_arch = "x86_64")]
        if let Some(avx2) = Avx2Scan::new() {
            let got = parse_with(b, &Fields::default(), avx2, &mut String::new()).map(fields);
            assert_eq!(got, sse2, "{b:?}");
            // A used buffer (too small, or large and holding bytes) gives
            // the same text.
            for used in [String::from("x"), "old text ".repeat(40)] {
                let mut room = used;
                let got = parse_with(b, &Fields::default(), avx2, &mut room).map(fields);
                assert_eq!(got, sse2, "{b:?}");
            }
        }
        sse2
    }

    #[test]
    fn reads_plain_objects_as_serde_does() {
        for s in [
            r#"{"id":"a","text":"x"}"#,
            r#" { "text" : "a \"b\" \\ \/ \b\f\n\r\t \u00e9 \ud83d\ude00 c" , "id":"q" } "#,
            r#"{"text":"first","text":"second"}"#,
            r#"{"text":""}"#,
        ] {
            let v: serde_json::Value = serde_json::from_str(s).unwrap();
            assert_eq!(text(s).as_deref(), v["text"].as_str(), "{s}");
        }
    }

    #[test]
    fn a_character_at_the_lines_end_is_copied_whole() {
        // After an escape, each run is stored as it is scanned, and a
        // character past ASCII copied by four bytes where four are left
        // in the line, else by its own: both, with characters of two to
        // four bytes, the line cut after the closing quote or not.
        for c in ["\u{e9}", "\u{201c}", "\u{1f600}"] {
            for tail in ["", "}", "} ", "}  "] {
                let line = format!("{{\"text\":\"\\n{c}\"{tail}");
                let want = (!tail.is_empty()).then(|| format!("\n{c}"));
                assert_eq!(
                    parse_each(line.as_bytes()).and_then(|p| p.1),
                    want,
                    "{line}"
                );
            }
        }
    }

    proptest::proptest! {
        /// Whenever the plain reader accepts a line, serde reads the same
        /// `id` and `text` from it. Lines are objects of string pairs with
        /// escapes, and one piece of noise put in at a random place, so
        /// that many are accepted and many are near misses.
        #[test]
        fn agrees_with_serde_where_it_accepts(
            pairs in proptest::collection::vec(
                (
                    proptest::sample::select(vec!["id", "text", "title", "x", "te\\u0078t"]),
                    proptest::collection::vec(
                        proptest::sample::select(vec![
                            "a", " ", "é", "\\\"", "\\\\", "\\/", "\\n", "\\u00e9",
                            "\\ud83d\\ude00", "\\ud83d", "\\ude00", "\\q", "\\u12",
                            "\u{1}", "\u{7f}",
                            "a run of plain words longer than thirty-two bytes ",
                        ]),
                        0..6,
                    ),
                ),
                0..4,
            ),
            noise in proptest::sample::select(vec![
                "", "", "", " ", ",", ":", "\"", "1", "}", "{", "[", "\\", "x", "\n",
            ]),
            at in 0usize..200,
        ) {
            let body: Vec<String> = pairs
                .iter()
                .map(|(k, v)| format!("\"{k}\" : \"{}\"", v.concat()))
                .collect();
            let mut line = format!("{{{}}}", body.join(","));
            let mut at = at.min(line.len());
            while !line.is_char_boundary(at) {
                at -= 1;
            }
            line.insert_str(at, noise);
            if let Some((id, text)) = parse_each(line.as_bytes()) {
                let v: serde_json::Value = serde_json::from_str(&line)
                    .unwrap_or_else(|e| panic!("plain accepted what serde rejects: {line:?}: {e}"));
                proptest::prop_assert!(v.is_object(), "{:?}", line);
                proptest::prop_assert_eq!(text.as_deref(), v["text"].as_str(), "{:?}", line);
                proptest::prop_assert_eq!(id.as_deref(), v["id"].as_str(), "{:?}", line);
            }
        }

        /// Well-formed objects of strings are accepted and read as serde
        /// reads them.
        #[test]
        fn reads_generated_objects(id in "\\PC{0,8}", text in "\\PC{0,40}") {
            let line = serde_json::json!({"id": id, "text": text}).to_string();
            let p = parse(line.as_bytes(), &Fields::default(), &mut String::new());
            proptest::prop_assert!(p.is_some(), "{:?}", line);
            let p = p.unwrap();
            proptest::prop_assert_eq!(p.text.as_deref(), Some(text.as_str()));
            proptest::prop_assert_eq!(p.id.as_deref(), Some(id.as_str()));
        }
    }

    #[test]
    fn accepts_only_utf8_and_reads_it_as_the_str_path() {
        // Lines of text pieces past ASCII, escapes and bytes that are not
        // UTF-8 (a fixed generator), then one byte changed at each
        // position: a line read from bytes is always UTF-8, and read as
        // serde reads its `str`.
        let pieces: [&[u8]; 11] = [
            b"The mayor said",
            "\u{201c}".as_bytes(),
            "\u{e9}\u{1f600}".as_bytes(),
            b" a run of more than sixteen plain bytes ",
            b"\\n\\n",
            b"\\\"",
            b"\\u00e9",
            b"\xe2\x80",
            b"\xed\xa0\x80",
            b"\x93",
            b"\xc0\xaf",
        ];
        let mut x = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..2000 {
            crate::next_random(&mut x);
            let mut r = x;
            let mut line = b"{\"id\":\"".to_vec();
            line.extend_from_slice(pieces[(r % 11) as usize]);
            r /= 11;
            line.extend_from_slice(b"\", \"text\": \"");
            for _ in 0..(r % 7) {
                r /= 7;
                line.extend_from_slice(pieces[(r % 11) as usize]);
                r /= 11;
            }
            line.extend_from_slice(b"\"}");
            for at in 0..=line.len() {
                let mut v = line.clone();
                if at < line.len() {
                    v[at] = [b'a', 0x80, 0xE2, b'"', b'\\', 0x1F][at % 6];
                }
                let p = parse_each(&v);
                let Ok(s) = std::str::from_utf8(&v) else {
                    assert!(p.is_none(), "{v:?}");
                    continue;
                };
                if let Some((id, text)) = p {
                    let w: serde_json::Value = serde_json::from_str(s).unwrap();
                    assert_eq!(text.as_deref(), w["text"].as_str(), "{s:?}");
                    assert_eq!(id.as_deref(), w["id"].as_str(), "{s:?}");
                }
            }
        }
    }

    #[test]
    fn every_escape_byte_reads_as_serde_reads_it() {
        // Each byte after a backslash (`SIMPLE_ESCAPES` and the rest), in
        // strings of escapes alone (the decoded text as long as its room
        // allows: the debug build checks the room of each copy), with
        // empty and plain runs between them and a byte past ASCII.
        for e in 0..=255u8 {
            let esc = [b'\\', e];
            for form in 0..4 {
                let mut t: Vec<u8> = Vec::new();
                for k in 0..5 {
                    t.extend_from_slice(&esc);
                    match (form, k % 2) {
                        (1, _) => t.extend_from_slice(b"\\n"),
                        (2, 1) => t.extend_from_slice(b"a run of plain bytes"),
                        (3, _) => t.extend_from_slice("\u{e9}x".as_bytes()),
                        _ => {}
                    }
                }
                let mut line = b"{\"text\":\"".to_vec();
                line.extend_from_slice(&t);
                line.extend_from_slice(b"\"}");
                let p = parse_each(&line).map(|(_, text)| text);
                let w = std::str::from_utf8(&line)
                    .ok()
                    .and_then(|s| serde_json::from_str::<serde_json::Value>(s).ok());
                match w {
                    Some(w) => assert_eq!(p.flatten().as_deref(), w["text"].as_str(), "{line:?}"),
                    None => assert!(p.is_none(), "{line:?}"),
                }
            }
        }
    }

    #[test]
    fn new_rooms_are_powers_of_two_below_64_kb() {
        for (n, room) in [
            (0, 1),
            (1, 1),
            (10, 16),
            (16, 16),
            (17, 32),
            (65_535, 65_536),
        ] {
            assert_eq!(room_for(n), room, "{n}");
        }
        assert_eq!(room_for(65_536), 65_536);
        assert_eq!(room_for(100_000), 100_000);
    }

    #[test]
    fn gives_up_on_anything_else() {
        for s in [
            r#"{"id":1,"text":"x"}"#,
            r#"{"text":"x"} x"#,
            r#"{"text":"x",}"#,
            r#"{"te\u0078t":"x"}"#,
            r#"{"text":"\q"}"#,
            r#"{"text":"\ud800"}"#,
            r#"{"text":"\udc00"}"#,
            r#"{"text":"\u12"}"#,
            "{\"text\":\"a\u{1}b\"}",
            r#"{"text":"x"#,
            r#"[1]"#,
            "",
        ] {
            assert!(
                parse(s.as_bytes(), &Fields::default(), &mut String::new()).is_none(),
                "{s}"
            );
        }
    }
}
