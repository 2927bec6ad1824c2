//! Writers for attribution rows: CSV, TSV and JSONL.
//!
//! # Format
//! Every format has the columns of [`crate::COLUMNS`], in that order: CSV
//! and TSV with a header row, JSONL with those keys in that order (absent
//! values are `null` in JSONL and empty cells in CSV). Offsets are Unicode
//! code points into the document text.
//!
//! In CSV and TSV, a cell that starts with `=`, `+`, `-`, `@`, tab or
//! carriage return is prefixed with `'` so a spreadsheet does not run it
//! as a formula (OWASP, CSV injection); `raw` turns this off. JSONL is
//! never altered.

use std::io::Write;

use crate::model::{Attribution, Kind, Row, SpeakerType, COLUMNS};
use room::Room;

/// Output format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutFormat {
    /// Comma-separated, with header.
    Csv,
    /// Tab-separated, with header.
    Tsv,
    /// One JSON object per line.
    Jsonl,
}

impl OutFormat {
    /// The delimiter of a CSV/TSV row (a comma for JSONL, which has none).
    fn delimiter(self) -> u8 {
        if self == OutFormat::Tsv {
            b'\t'
        } else {
            b','
        }
    }
}

/// Writes rows in one format.
pub struct RowWriter<W: Write> {
    format: OutFormat,
    raw: bool,
    w: W,
    header_done: bool,
    /// The CSV/TSV row being written, kept from row to row: a row is built
    /// here by plain byte pushes and handed to `w` in one `write_all` (a
    /// row has about twenty pieces, each a call through `W` with its own
    /// capacity check and copy before). A writer into a vector builds its
    /// rows in the vector itself instead (`append_row`).
    row: Vec<u8>,
    /// The copy of the CSV/TSV row writer for this format's delimiter on
    /// this processor, chosen once (the test of both was about 45
    /// instructions a row).
    push: PushRow,
}

/// Neutralizes a cell a spreadsheet would read as a formula.
pub fn neutralize(cell: &str) -> std::borrow::Cow<'_, str> {
    if needs_neutralizing(cell) {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

fn needs_neutralizing(cell: &str) -> bool {
    // (All ASCII: the first byte decides.)
    matches!(
        cell.as_bytes().first(),
        Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r')
    )
}

/// The most bytes [`push_field`] writes for a cell of `n` bytes: the
/// guard, the two quotes and each byte a quote (doubled); a plain cell
/// takes the guard, its bytes and the two bytes `Room::put_short` may
/// write past a cell of one or two bytes, which is no more.
const fn field_room(n: usize) -> usize {
    2 * n + 5
}

// [`row_room`] takes the room of the cells' lengths added: the room must be
// linear in the length.
const _: () = assert!(field_room(7) + field_room(5) == field_room(12) + field_room(0));

/// Appends one CSV/TSV field as the `csv` crate writes it by default:
/// quoted (with doubled quotes) only when it holds the delimiter, a quote
/// or a line break; `guard` puts the formula guard `'` before the content
/// (a byte that never needs quoting itself). The cell is copied as it is
/// tested (the test reads the words the copy writes) and, when it must be
/// quoted, cut off again and written quoted. Inlined into the row writer
/// (a call per cell cost more than the test and copy of a short cell), the
/// quoted form out of line.
///
/// # Safety
/// `out` has room for [`field_room`] of the cell's length.
#[inline(always)]
unsafe fn push_field<T: QuoteTest>(out: &mut Room<'_>, t: T, guard: bool, cell: &[u8]) {
    let start = out.at();
    // SAFETY: the guard, then at most `cell.len() + 2` bytes (the plain
    // copy) or, from `start` again, `2 * cell.len() + 3` (the quoted form):
    // within `field_room`.
    unsafe {
        if guard {
            out.put([b'\'']);
        }
        if put_plain(out, t, cell) {
            out.cut(start);
            out.put_quoted(guard, cell);
        }
    }
}

/// The quoting test of a block of sixteen bytes: whether it holds the
/// delimiter, a quote or a line break (a zero byte, the padding of a short
/// cell, is none of them).
trait QuoteTest: Copy {
    /// Whether `block` holds one of the four bytes.
    fn hit(self, block: &[u8; 16]) -> bool;
}

/// [`QuoteTest`] with SSE2 (or by bytes off x86-64): four compares, one a
/// byte, joined (the delimiter `D` a constant, a comma or a tab).
#[derive(Clone, Copy)]
struct Sse2Test<const D: u8>;

impl<const D: u8> QuoteTest for Sse2Test<D> {
    #[inline(always)]
    fn hit(self, block: &[u8; 16]) -> bool {
        crate::text::bytes_among16(block, &[D, b'"', b'\r', b'\n']) != 0
    }
}

/// [`QuoteTest`] by one table lookup a block (`pshufb`): the delimiter
/// (`,` 0x2C or tab 0x09), the quote (0x22), CR (0x0D) and LF (0x0A) have
/// four different low halves, so a table indexed by a byte's low half
/// holds the one of the four that can be there, and a byte is one of them
/// when it equals its entry (the other entries are 0xFF, which no byte
/// below 0x80 equals; a byte from 0x80 up looks up zero). Its value exists
/// only where the processor has AVX2 (`ShuffleTest::new`, or made by
/// `push_row_avx2`, which runs only there).
#[cfg(target_arch = "x86_64")]
#[derive(Clone, Copy, Debug)]
struct ShuffleTest<const D: u8>(());

#[cfg(target_arch = "x86_64")]
impl<const D: u8> ShuffleTest<D> {
    /// The table of the four bytes by their low halves.
    const TABLE: [u8; 16] = shuffle_table([D, b'"', b'\r', b'\n']);

    /// The test where the processor has AVX2, else none.
    fn new() -> Option<ShuffleTest<D>> {
        std::arch::is_x86_feature_detected!("avx2").then_some(ShuffleTest(()))
    }

    /// The test of another delimiter (the processor is the same).
    #[cfg(test)]
    fn for_delimiter<const E: u8>(self) -> ShuffleTest<E> {
        ShuffleTest(())
    }
}

/// The table of `ShuffleTest`: each byte of `needles` at its low half,
/// 0xFF elsewhere (needles below 0x80 with different low halves: checked
/// when the table is made, at compile time).
const fn shuffle_table(needles: [u8; 4]) -> [u8; 16] {
    let mut t = [0xFF; 16];
    let mut k = 0;
    while k < needles.len() {
        let n = needles[k];
        assert!(
            n < 0x80 && t[(n & 15) as usize] == 0xFF,
            "needles of different low halves"
        );
        t[(n & 15) as usize] = n;
        k += 1;
    }
    t
}

#[cfg(target_arch = "x86_64")]
impl<const D: u8> QuoteTest for ShuffleTest<D> {
    #[inline(always)]
    fn hit(self, block: &[u8; 16]) -> bool {
        // SAFETY: a `ShuffleTest` exists only where the processor has
        // AVX2 (`ShuffleTest::new`, `push_row_avx2`).
        unsafe { shuffle_hit(block, &Self::TABLE) }
    }
}

/// `ShuffleTest::hit`: whether a byte of `block` equals the entry of
/// `table` at its low half.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
#[inline]
fn shuffle_hit(block: &[u8; 16], table: &[u8; 16]) -> bool {
    use std::arch::x86_64::{_mm_cmpeq_epi8, _mm_loadu_si128, _mm_shuffle_epi8, _mm_testz_si128};
    // SAFETY: unaligned loads of the sixteen bytes of each array.
    let (x, t) = unsafe {
        (
            _mm_loadu_si128(block.as_ptr().cast()),
            _mm_loadu_si128(table.as_ptr().cast()),
        )
    };
    let eq = _mm_cmpeq_epi8(_mm_shuffle_epi8(t, x), x);
    _mm_testz_si128(eq, eq) == 0
}

/// Writes the bytes of `p` and tells whether they hold the delimiter, a
/// quote or a line break (a CSV cell that must be quoted): a cell of fewer
/// than sixteen bytes as one block of sixteen (`Room::put_short`), longer
/// ones sixteen bytes a step and their last sixteen (`Room::put_long`),
/// each block tested by `T`. When the answer is yes, the copy may stop
/// short: the caller cuts it off.
///
/// # Safety
/// `out` has room for `p.len() + 2` bytes.
#[inline(always)]
unsafe fn put_plain<T: QuoteTest>(out: &mut Room<'_>, t: T, p: &[u8]) -> bool {
    // SAFETY: the caller's room; `put_short` asks for the two bytes past
    // a short piece, `put_long` for the piece.
    unsafe {
        if p.len() < 16 {
            t.hit(&out.put_short(p))
        } else {
            out.put_long(p, |b| t.hit(b))
        }
    }
}

/// Room for the bytes of a row at the end of a vector, reserved once and
/// written with no capacity check a piece (see `room::fill`).
mod room {
    use std::marker::PhantomData;
    use std::mem::MaybeUninit;

    /// The spare capacity of a vector and how much of it is written. A
    /// row built in one keeps its length and the room's in registers (the
    /// pushes of a `Vec<u8>` read and write its length in memory again at
    /// each piece, as any byte stored might have changed it) and copies
    /// its pieces as words of fixed length, with no bounds check: the
    /// writer reserves room for the longest form of the row's cells once,
    /// and each method that writes asks for its room in its safety
    /// section (checked by `debug_assert!` in debug builds).
    ///
    /// Invariant: `ptr` is valid for writes of `len` bytes (a borrowed
    /// spare capacity, for `'a`), `at <= len`, and the first `at` bytes
    /// are initialized. Every method keeps it: each writes bytes first,
    /// within `len` by its precondition, and then moves `at` only over
    /// bytes it wrote (or back).
    pub(super) struct Room<'a> {
        ptr: *mut u8,
        len: usize,
        at: usize,
        _buf: PhantomData<&'a mut [MaybeUninit<u8>]>,
    }

    /// Runs `f` on the room of `most` bytes at the end of `out`, then
    /// keeps the bytes it wrote (as `push_row_with` does, written out
    /// there: a closure this large is not inlined, and a room passed to a
    /// call lives in memory).
    pub(super) fn fill(out: &mut Vec<u8>, most: usize, f: impl FnOnce(&mut Room<'_>)) {
        out.reserve(most);
        let len = out.len();
        let mut room = Room::new(&mut out.spare_capacity_mut()[..most]);
        f(&mut room);
        let n = room.written();
        // SAFETY: as in `push_row_with`: the first `Room::written` bytes
        // of the spare capacity are initialized (the invariant of `Room`).
        unsafe { out.set_len(len + n) }
    }

    impl<'a> Room<'a> {
        /// Room in `buf` (a vector's spare capacity), nothing written.
        #[inline(always)]
        pub(super) fn new(buf: &'a mut [MaybeUninit<u8>]) -> Room<'a> {
            Room {
                ptr: buf.as_mut_ptr().cast(),
                len: buf.len(),
                at: 0,
                _buf: PhantomData,
            }
        }

        /// The number of bytes written, all at the start of the room and
        /// initialized (the invariant).
        #[inline(always)]
        pub(super) fn written(self) -> usize {
            self.at
        }

        /// The number of bytes written.
        #[inline(always)]
        pub(super) fn at(&self) -> usize {
            self.at
        }

        /// The bytes of room not yet written.
        #[inline(always)]
        pub(super) fn left(&self) -> usize {
            self.len - self.at
        }

        /// Drops the bytes written after the first `at` (none if more
        /// were asked).
        #[inline(always)]
        pub(super) fn cut(&mut self, at: usize) {
            self.at = self.at.min(at);
        }

        /// Writes `bytes` from `at` + `k` (not moving `at`).
        ///
        /// # Safety
        /// `at + k + N <= len`, and the bytes from `at` up to `at + k` are
        /// written before `at` moves over them.
        #[inline(always)]
        unsafe fn write_at<const N: usize>(&mut self, k: usize, bytes: [u8; N]) {
            debug_assert!(self.at + k + N <= self.len, "room for a piece");
            // SAFETY: within the `len` bytes `ptr` may write (the
            // precondition); an unaligned write of plain bytes.
            unsafe {
                self.ptr
                    .add(self.at + k)
                    .cast::<[u8; N]>()
                    .write_unaligned(bytes)
            }
        }

        /// Writes `bytes`.
        ///
        /// # Safety
        /// Room for `N` bytes.
        #[inline(always)]
        pub(super) unsafe fn put<const N: usize>(&mut self, bytes: [u8; N]) {
            // SAFETY: the caller's room.
            unsafe { self.write_at(0, bytes) };
            self.at += N;
        }

        /// Writes the sixteen bytes of `block` and keeps its first `n`
        /// (the rest is written over by what follows or left past the
        /// written bytes).
        ///
        /// # Safety
        /// `n <= 16`, and room for sixteen bytes.
        #[inline(always)]
        pub(super) unsafe fn put_block(&mut self, block: [u8; 16], n: usize) {
            debug_assert!(n <= 16, "a block's first bytes");
            // SAFETY: the caller's room.
            unsafe { self.write_at(0, block) };
            self.at += n;
        }

        /// Writes `p` (a `memcpy` call of its length).
        ///
        /// # Safety
        /// Room for `p.len()` bytes.
        #[inline(always)]
        pub(super) unsafe fn put_slice(&mut self, p: &[u8]) {
            debug_assert!(self.at + p.len() <= self.len, "room for a piece");
            // SAFETY: within the room (the precondition); `p` is borrowed
            // apart from the room, which the room's borrow holds mutably.
            unsafe {
                std::ptr::copy_nonoverlapping(p.as_ptr(), self.ptr.add(self.at), p.len());
            }
            self.at += p.len();
        }

        /// Writes `cell` quoted, with its quotes doubled, `guard` putting
        /// the formula guard `'` after the opening quote (the form of a
        /// cell that must be quoted, rare: out of line, and given the room
        /// by value so that the room of the row stays in registers).
        ///
        /// # Safety
        /// Room for `2 * cell.len() + 3` bytes.
        #[inline(always)]
        pub(super) unsafe fn put_quoted(&mut self, guard: bool, cell: &[u8]) {
            // (The same room and count, copied: the invariant holds, and
            // only the copy writes until `at` is set from it.)
            let room = Room {
                ptr: self.ptr,
                len: self.len,
                at: self.at,
                _buf: PhantomData,
            };
            // SAFETY: the caller's room.
            self.at = unsafe { quoted(room, guard, cell) };
        }
    }

    /// `Room::put_quoted`; returns the number of bytes written after it.
    /// The cell is copied 32 bytes a step while they hold no quote, else
    /// sixteen, each block whole and cut after its first quote, which is
    /// doubled; the last bytes as one
    /// short piece (`Room::put_short`), or one by one when they hold a
    /// quote. (A `memchr` call and a `memcpy` call for each piece cost
    /// about 110 instructions a cell, most cells to quote holding a comma
    /// and no quote.)
    ///
    /// # Safety
    /// As `Room::put_quoted`: room for `2 * cell.len() + 3` bytes (the
    /// quotes, the guard, and each byte at most twice).
    #[inline(never)]
    unsafe fn quoted(mut room: Room<'_>, guard: bool, cell: &[u8]) -> usize {
        debug_assert!(room.left() >= 2 * cell.len() + 3, "room for a quoted cell");
        let quote_in = |b: &[u8; 16]| crate::text::bytes_among16(b, b"\"");
        // SAFETY (each write): with `c` bytes of the cell read and `r`
        // left (`c + r` its length), at most `2 + 2 * c` bytes are written
        // (the opening quote, the guard, each byte read at most twice);
        // two blocks (`r >= 32`) reach `34 + 2 * c`, one (`r >= 16`)
        // `18 + 2 * c`, the short
        // piece (`r >= 1`) `4 + 2 * c + r`, the bytes one by one and the
        // closing quote `3 + 2 * (c + r)`: all within the room.
        unsafe {
            room.put([b'"']);
            if guard {
                room.put([b'\'']);
            }
            let mut rest = cell;
            loop {
                // Two blocks a step while they hold no quote.
                while rest.len() >= 32 {
                    let a: &[u8; 16] = rest[..16].try_into().expect("sixteen bytes");
                    let b: &[u8; 16] = rest[16..32].try_into().expect("sixteen bytes");
                    if quote_in(a) | quote_in(b) != 0 {
                        break;
                    }
                    room.put(*a);
                    room.put(*b);
                    rest = &rest[32..];
                }
                if rest.len() < 16 {
                    break;
                }
                let block: &[u8; 16] = rest[..16].try_into().expect("sixteen bytes");
                let at = room.at;
                room.put(*block);
                let m = quote_in(block);
                if m == 0 {
                    rest = &rest[16..];
                } else {
                    let q = m.trailing_zeros() as usize;
                    room.cut(at + q + 1);
                    room.put([b'"']);
                    rest = &rest[q + 1..];
                }
            }
            if !rest.is_empty() {
                let at = room.at;
                if quote_in(&room.put_short(rest)) != 0 {
                    room.cut(at);
                    for &c in rest {
                        room.put([c]);
                        if c == b'"' {
                            room.put([b'"']);
                        }
                    }
                }
            }
            room.put([b'"']);
        }
        room.at
    }

    impl Room<'_> {
        /// Writes `p`, of fewer than sixteen bytes, by copies of fixed
        /// length: one of 8 to 15 bytes as its first and last eight bytes
        /// (they overlap: the second is written over the end of the
        /// first, the same bytes), one of four to seven as its first and
        /// last four, one of one to three as its first, middle and last
        /// byte (the three written; `at` moves by the length, so the last
        /// one or two are written over by what follows). Returns the bytes
        /// as one block of sixteen for the quoting test: the two words, or
        /// a shorter cell's bytes gathered into the first word, zero-padded.
        ///
        /// # Safety
        /// `p.len() < 16`, and room for `p.len() + 2` bytes.
        #[inline(always)]
        pub(super) unsafe fn put_short(&mut self, p: &[u8]) -> [u8; 16] {
            let n = p.len();
            debug_assert!(n < 16 && n + 2 <= self.left(), "room for a short piece");
            // SAFETY (each write): within the first `max(n, 3)` bytes of
            // the room; the words written cover the first `n` bytes.
            let (head, tail) = unsafe {
                match n {
                    0 => (0, 0),
                    1..=3 => {
                        let three = [p[0], p[n / 2], p[n - 1]];
                        self.write_at(0, three);
                        let x = u64::from(three[0]) | u64::from(three[1]) << 8;
                        (x | u64::from(three[2]) << 16, 0)
                    }
                    4..=7 => {
                        let word = |w: &[u8]| -> [u8; 4] { w.try_into().expect("four bytes") };
                        let (a, b) = (word(&p[..4]), word(&p[n - 4..]));
                        self.write_at(0, a);
                        self.write_at(n - 4, b);
                        let x = u64::from(u32::from_le_bytes(a));
                        (x | u64::from(u32::from_le_bytes(b)) << 32, 0)
                    }
                    _ => {
                        let word = |w: &[u8]| -> [u8; 8] { w.try_into().expect("eight bytes") };
                        // (`n` is below 16 by the precondition: the two
                        // words cover the piece.)
                        let (a, b) = (word(&p[..8]), word(&p[n - 8..n]));
                        self.write_at(0, a);
                        self.write_at(n - 8, b);
                        (u64::from_le_bytes(a), u64::from_le_bytes(b))
                    }
                }
            };
            self.at += n;
            let mut b = [0u8; 16];
            b[..8].copy_from_slice(&head.to_le_bytes());
            b[8..].copy_from_slice(&tail.to_le_bytes());
            b
        }

        /// Writes `p`, of sixteen bytes or more, sixteen bytes a step and
        /// its last sixteen (over the end of the last step), and tells
        /// whether `hit` is true of any of those blocks; at the first
        /// block it is true of, stops with that block written (the caller
        /// cuts the piece off).
        ///
        /// # Safety
        /// `p.len() >= 16`, and room for `p.len()` bytes.
        #[inline(always)]
        pub(super) unsafe fn put_long(
            &mut self,
            p: &[u8],
            hit: impl Fn(&[u8; 16]) -> bool,
        ) -> bool {
            let n = p.len();
            debug_assert!(n >= 16 && n <= self.left(), "room for a long piece");
            let start = self.at;
            for c in p.chunks_exact(16) {
                let c: &[u8; 16] = c.try_into().expect("sixteen bytes");
                // SAFETY: the blocks lie within the first `n` bytes.
                unsafe { self.put(*c) };
                if hit(c) {
                    return true;
                }
            }
            let last: &[u8; 16] = p[n - 16..].try_into().expect("sixteen bytes");
            // (The blocks above cover `p` up to its last multiple of
            // sixteen, this one from there on, from `start + n - 16`,
            // within what is written.)
            self.at = start;
            // SAFETY: bytes `n - 16..n` of the room, all written by the
            // blocks above and this one when `at` moves over them.
            unsafe { self.write_at(n - 16, *last) };
            self.at = start + n;
            hit(last)
        }

        /// Writes `p`, of sixteen bytes or more, with no test (a plain
        /// document id): one of up to 64 bytes as four blocks of sixteen,
        /// at 0, `min(16, n - 16)`, `min(32, n - 16)` and `n - 16`, with no
        /// loop (the blocks overlap when it is shorter: the same bytes
        /// written again); a longer one by [`Room::put_long`].
        ///
        /// # Safety
        /// `p.len() >= 16`, and room for `p.len()` bytes.
        #[inline(always)]
        pub(super) unsafe fn put_long_untested(&mut self, p: &[u8]) {
            let n = p.len();
            debug_assert!(n >= 16 && n <= self.left(), "room for a long piece");
            if n > 64 {
                // SAFETY: the caller's room.
                unsafe { self.put_long(p, |_| false) };
                return;
            }
            let block = |k: usize| -> [u8; 16] { p[k..k + 16].try_into().expect("sixteen bytes") };
            let (b, c) = (16.min(n - 16), 32.min(n - 16));
            // SAFETY: each block lies within the first `n` bytes (`b` and
            // `c` are at most `n - 16`), which the four cover: they start
            // at most sixteen bytes apart (`n <= 64`), and the last ends
            // at `n`.
            unsafe {
                self.write_at(0, block(0));
                self.write_at(b, block(b));
                self.write_at(c, block(c));
                self.write_at(n - 16, block(n - 16));
            }
            self.at += n;
        }
    }
}

/// The two digits of each number below 100, in order ("00" to "99").
const DIGIT_PAIRS: [u8; 200] = {
    let mut t = [0u8; 200];
    let mut i = 0;
    while i < 100 {
        t[2 * i] = b'0' + (i / 10) as u8;
        t[2 * i + 1] = b'0' + (i % 10) as u8;
        i += 1;
    }
    t
};

/// Appends `n` in decimal (the bytes of `write!(w, "{n}")`, without the
/// formatting machinery: four offsets per row), two digits per division.
/// Numbers below 10,000 (most offsets) are pushed as one, two, three or
/// four bytes of fixed length, with no copy through a stack buffer (a
/// `memcpy` call of a length known only at run time).
///
/// # Safety
/// Room for 20 bytes (the digits of `usize::MAX`).
#[inline(always)]
unsafe fn push_number(out: &mut Room<'_>, n: usize) {
    let pair = |k: usize| [DIGIT_PAIRS[2 * k], DIGIT_PAIRS[2 * k + 1]];
    // SAFETY (each write): at most 20 digits.
    unsafe { push_digits(out, n, pair) }
}

/// The body of `push_number`.
///
/// # Safety
/// As `push_number`.
#[inline(always)]
unsafe fn push_digits(out: &mut Room<'_>, n: usize, pair: impl Fn(usize) -> [u8; 2]) {
    // SAFETY (each write): at most 20 digits, the caller's room.
    unsafe {
        if n < 10 {
            out.put([b'0' + n as u8]);
        } else if n < 100 {
            out.put(pair(n));
        } else if n < 10_000 {
            let (hi, lo) = (n / 100, pair(n % 100));
            if hi < 10 {
                out.put([b'0' + hi as u8, lo[0], lo[1]]);
            } else {
                let hi = pair(hi);
                out.put([hi[0], hi[1], lo[0], lo[1]]);
            }
        } else {
            // (Out of line, the digits given back: a room passed to a call
            // would live in memory for the whole row.)
            let (digits, from) = long_number(n);
            out.put_slice(&digits[from..]);
        }
    }
}

/// The digits of a number of five digits or more for `push_number`: they
/// are the bytes from the index returned.
fn long_number(mut n: usize) -> ([u8; 20], usize) {
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    while n >= 100 {
        let r = 2 * (n % 100);
        n /= 100;
        i -= 2;
        buf[i..i + 2].copy_from_slice(&DIGIT_PAIRS[r..r + 2]);
    }
    if n >= 10 {
        i -= 2;
        buf[i..i + 2].copy_from_slice(&DIGIT_PAIRS[2 * n..2 * n + 2]);
    } else {
        i -= 1;
        buf[i] = b'0' + n as u8;
    }
    (buf, i)
}

impl<W: Write> RowWriter<W> {
    /// A writer to `w`.
    pub fn new(w: W, format: OutFormat, raw: bool) -> RowWriter<W> {
        RowWriter {
            format,
            raw,
            w,
            header_done: format == OutFormat::Jsonl,
            row: Vec::new(),
            push: pick_row_writer(format.delimiter()),
        }
    }

    /// A writer that never writes the header (for chunks of a stream whose
    /// header is written elsewhere).
    pub fn without_header(w: W, format: OutFormat, raw: bool) -> RowWriter<W> {
        let mut r = RowWriter::new(w, format, raw);
        r.header_done = true;
        r
    }

    fn delimiter(&self) -> u8 {
        self.format.delimiter()
    }

    /// Writes the header (CSV/TSV) if not yet written.
    pub fn header(&mut self) -> std::io::Result<()> {
        if !self.header_done {
            self.header_done = true;
            let mut line = Vec::new();
            if self.delimiter() == b'\t' {
                header_line::<_, b'\t'>(&mut line, Sse2Test::<b'\t'>);
            } else {
                header_line::<_, b','>(&mut line, Sse2Test::<b','>);
            }
            self.w.write_all(&line)?;
        }
        Ok(())
    }

    /// Writes one row.
    pub fn write(&mut self, a: &Attribution) -> std::io::Result<()> {
        self.write_row(&a.as_row())
    }

    /// Writes one borrowed row (the same bytes as [`RowWriter::write`] of
    /// its [`Attribution`]).
    pub fn write_row(&mut self, a: &Row) -> std::io::Result<()> {
        self.header()?;
        if self.format == OutFormat::Jsonl {
            serde_json::to_writer(&mut self.w, a)?;
            return self.w.write_all(b"\n");
        }
        let out = &mut self.row;
        out.clear();
        // SAFETY: `push` was picked for this processor.
        unsafe { (self.push)(out, self.raw, a, false) };
        self.w.write_all(out)
    }

    /// The inner writer (rows written so far, without a flush).
    pub fn get_mut(&mut self) -> &mut W {
        &mut self.w
    }

    /// Flushes and returns the inner writer.
    pub fn finish(mut self) -> std::io::Result<W> {
        self.header()?;
        self.w.flush()?;
        Ok(self.w)
    }
}

/// The document id of a document's rows, tested once for quoting and
/// the formula guard (for [`RowWriter::append_row_of`]): every row of a
/// document has its id, whose test took about 60 instructions a row.
pub struct DocId<'d> {
    id: &'d str,
    /// Written as it is (no quotes, no guard) in the writer's format.
    plain: bool,
}

impl<'d> DocId<'d> {
    /// The id `id` as a writer of `format` (`raw`: no formula guard)
    /// writes it.
    pub fn new(id: &'d str, format: OutFormat, raw: bool) -> DocId<'d> {
        let (d, b) = (format.delimiter(), id.as_bytes());
        let quote =
            memchr::memchr3(d, b'"', b'\r', b).is_some() || memchr::memchr(b'\n', b).is_some();
        DocId {
            id,
            plain: !quote && (raw || !needs_neutralizing(id)),
        }
    }
}

impl RowWriter<&mut Vec<u8>> {
    /// [`RowWriter::write_row`] into a vector: a CSV/TSV row is built in
    /// the vector itself, not in the writer's row buffer and then copied
    /// (a `memcpy` call of the whole row and a capacity check, about 60
    /// instructions a row). A row cut short by a panic is the caller's to
    /// cut off, as with any writer.
    pub fn append_row(&mut self, a: &Row) -> std::io::Result<()> {
        if self.format == OutFormat::Jsonl || !self.header_done {
            return self.write_row(a);
        }
        // SAFETY: `push` was picked for this processor.
        unsafe { (self.push)(self.w, self.raw, a, false) };
        Ok(())
    }

    /// [`RowWriter::append_row`] of a row of the document `id` (made for
    /// this writer's format and `raw`): when the row's id is that one (the
    /// same string: the same address and length) and needs neither quotes
    /// nor the guard, it is copied without its test; any other row is
    /// written as `append_row` writes it. (Inlined: the caller's row
    /// callback calls the row writer itself, with no call of this
    /// function and its saved registers between, about 20 instructions a
    /// row.)
    #[inline]
    pub fn append_row_of(&mut self, a: &Row, id: &DocId<'_>) -> std::io::Result<()> {
        if self.format == OutFormat::Jsonl || !self.header_done {
            return self.write_row(a);
        }
        // (Two live `&str` of one address and length are the same bytes.)
        let plain_id = id.plain && std::ptr::eq(a.doc_id, id.id);
        // SAFETY: `push` was picked for this processor.
        unsafe { (self.push)(self.w, self.raw, a, plain_id) };
        Ok(())
    }
}

/// The header line of the columns, `D` the delimiter and `T` its quoting
/// test.
fn header_line<T: QuoteTest, const D: u8>(line: &mut Vec<u8>, t: T) {
    // Each name with its delimiter (the first has none, the line break
    // takes its place).
    let most = COLUMNS.iter().map(|c| most_bytes(c.as_bytes())).sum();
    room::fill(line, most, |out| {
        for (i, c) in COLUMNS.iter().enumerate() {
            // SAFETY: `most` counts `most_bytes` of each name: its field
            // and a delimiter before it or the line break after the last.
            unsafe {
                if i > 0 {
                    out.put([D]);
                }
                push_field(out, t, false, c.as_bytes());
            }
        }
        // SAFETY: as above.
        unsafe { out.put([b'\n']) };
    });
}

/// A text cell and its delimiter `D`, with the formula guard unless
/// `raw`. (Inlined: out of line, its call cost more than it saved.)
///
/// # Safety
/// Room for [`most_bytes`] of `s`.
#[inline(always)]
unsafe fn push_cell<T: QuoteTest, const D: u8>(out: &mut Room<'_>, t: T, raw: bool, s: &str) {
    // SAFETY: the field's room and the delimiter's.
    unsafe {
        push_field(out, t, !raw && needs_neutralizing(s), s.as_bytes());
        out.put([D]);
    }
}

/// The most bytes a text cell of `s` takes with its delimiter: its
/// [`field_room`] and the delimiter.
fn most_bytes(s: &[u8]) -> usize {
    field_room(s.len()) + 1
}

/// A copy of the CSV/TSV row writer, for one delimiter and one quoting
/// test: it appends the row of `a` (with its line break) to `out`, with
/// the formula guard unless `raw`; `plain_id`: the document id is known to
/// need neither quotes nor the guard.
///
/// Calling one is unsafe: the processor must have the features the copy
/// was compiled for, which holds of each [`pick_row_writer`] gives.
type PushRow = unsafe fn(&mut Vec<u8>, bool, &Row<'_>, bool);

/// The copy of the row writer for the delimiter `d` on this processor:
/// where it has AVX2 (known once, as the other stages do), one compiled
/// for it, whose quoting test is one table lookup a block
/// ([`ShuffleTest`]). Chosen once a writer ([`RowWriter`]'s `push`).
fn pick_row_writer(d: u8) -> PushRow {
    #[cfg(target_arch = "x86_64")]
    if ShuffleTest::<b','>::new().is_some() {
        return if d == b'\t' {
            push_row_avx2::<b'\t'>
        } else {
            push_row_avx2::<b','>
        };
    }
    if d == b'\t' {
        push_row_sse2::<b'\t'>
    } else {
        push_row_sse2::<b','>
    }
}

/// `push_row_with` with the SSE2 quoting test (a [`PushRow`]).
fn push_row_sse2<const D: u8>(out: &mut Vec<u8>, raw: bool, a: &Row, plain_id: bool) {
    push_row_with::<_, D>(out, Sse2Test::<D>, raw, a, plain_id);
}

/// `push_row_with` compiled for AVX2, with the table-lookup quoting test
/// (a [`PushRow`]).
///
/// # Safety
/// The processor has AVX2.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn push_row_avx2<const D: u8>(out: &mut Vec<u8>, raw: bool, a: &Row, plain_id: bool) {
    // (The test's token, made here: the processor has AVX2, the
    // precondition.)
    push_row_with::<_, D>(out, ShuffleTest::<D>(()), raw, a, plain_id);
}

/// The longest name of a kind or a speaker type (`Kind::NAMES`,
/// `SpeakerType::NAMES`): the two cells written with no quoting test, by
/// one short copy of fewer than sixteen bytes (checked when compiled).
const FIXED_NAME: usize = {
    let (kind, stype) = (longest(&Kind::NAMES), longest(&SpeakerType::NAMES));
    let most = if kind > stype { kind } else { stype };
    assert!(most < 16, "a kind or speaker type name fits one short copy");
    most
};

/// The cells of the kinds and of the speaker types with the delimiter `D`:
/// each name (`Kind::NAMES`, `SpeakerType::NAMES`) and `D` in a block of
/// sixteen bytes, zero-padded, and its length with the delimiter. The row
/// writer copies a whole block and moves on by the length: one copy of
/// fixed length, where a copy of the name's length chose among three by
/// the name (kinds and speaker types of 5 to 12 bytes, which no predictor
/// learns).
struct FixedCells<const D: u8>;

impl<const D: u8> FixedCells<D> {
    /// The cells of `Kind::NAMES`, in the variants' order.
    const KINDS: [([u8; 16], usize); 4] = fixed_cells(Kind::NAMES, D);
    /// The cells of `SpeakerType::NAMES`, in the variants' order.
    const SPEAKER_TYPES: [([u8; 16], usize); 4] = fixed_cells(SpeakerType::NAMES, D);
}

/// The blocks of [`FixedCells`]: each name followed by `d`, zero-padded,
/// and the length of both (each name of at most `FIXED_NAME` bytes,
/// below sixteen: checked when compiled).
const fn fixed_cells(names: [&str; 4], d: u8) -> [([u8; 16], usize); 4] {
    let mut cells = [([0u8; 16], 0); 4];
    let mut i = 0;
    while i < names.len() {
        let name = names[i].as_bytes();
        assert!(name.len() <= FIXED_NAME, "a name longer than FIXED_NAME");
        let mut k = 0;
        while k < name.len() {
            cells[i].0[k] = name[k];
            k += 1;
        }
        cells[i].0[k] = d;
        cells[i].1 = k + 1;
        i += 1;
    }
    cells
}

/// The length of the longest of `names` (for [`FIXED_NAME`], at compile
/// time).
const fn longest(names: &[&str]) -> usize {
    let (mut most, mut i) = (0, 0);
    while i < names.len() {
        if names[i].len() > most {
            most = names[i].len();
        }
        i += 1;
    }
    most
}

/// The most bytes of a row of `a`: [`most_bytes`] of each of its nine
/// text cells (an absent one as an empty one), sixteen for each of the two
/// fixed cells (kind and speaker type: a block of [`FixedCells`]), 21 for
/// each of the four numbers (twenty digits and the delimiter) and the line
/// break. (`field_room` is linear in the length: the nine cells' rooms
/// are taken as the room of their lengths' sum less an empty cell's, and
/// nine empty cells', so that an absent cell costs the test of its pointer
/// and a zero length.)
fn row_room(a: &Row) -> usize {
    let len = |s: Option<&str>| s.map_or(0, str::len);
    let bytes = a.doc_id.len()
        + len(a.speaker)
        + len(a.speaker_canonical)
        + len(a.speaker_country)
        + len(a.cue)
        + len(a.cue_lemma)
        + len(a.cue_class)
        + a.content.len()
        + a.rule.len();
    field_room(bytes) - field_room(0) + 9 * most_bytes(b"") + 2 * 16 + 4 * 21 + 1
}

/// A [`PushRow`] with the delimiter `D` a constant and `T` its quoting test
/// (a delimiter known only at run time was spread over a block again for
/// every cell). The row is written into the vector's spare capacity,
/// reserved once for the row's longest form ([`row_room`]), with no
/// capacity check a piece.
#[inline(always)]
fn push_row_with<T: QuoteTest, const D: u8>(
    out: &mut Vec<u8>,
    t: T,
    raw: bool,
    a: &Row,
    plain_id: bool,
) {
    let most = row_room(a);
    out.reserve(most);
    let len = out.len();
    // (The room cut to the row's: the debug checks of `Room` test the
    // bound.)
    let mut room = Room::new(&mut out.spare_capacity_mut()[..most]);
    // SAFETY: the room holds `most` bytes, the sum of the rooms each
    // piece below asks for in turn: `most_bytes` for each text cell with
    // its delimiter (an absent value writes the delimiter alone),
    // sixteen for the kind and the speaker type with theirs (a block of
    // `FixedCells`; the plain id its own
    // `most_bytes`), 21 for each number and its delimiter, and the line
    // break.
    unsafe {
        let out = &mut room;
        let cell = |out: &mut Room<'_>, s: &str| push_cell::<T, D>(out, t, raw, s);
        // An absent value is an empty cell: no quoting, no guard.
        let opt = |out: &mut Room<'_>, s: Option<&str>| match s {
            Some(s) => cell(out, s),
            None => out.put([D]),
        };
        let num = |out: &mut Room<'_>, n: Option<usize>| {
            if let Some(n) = n {
                push_number(out, n);
            }
            out.put([D]);
        };
        if plain_id {
            let id = a.doc_id.as_bytes();
            if id.len() < 16 {
                out.put_short(id);
            } else {
                out.put_long_untested(id);
            }
            out.put([D]);
        } else {
            cell(out, a.doc_id);
        }
        // The kind and the speaker type are plain lowercase words of at
        // most `FIXED_NAME` bytes (a unit test checks them): no quoting
        // test.
        let (block, n) = FixedCells::<D>::KINDS[a.kind as usize];
        out.put_block(block, n);
        opt(out, a.speaker);
        opt(out, a.speaker_canonical);
        let (block, n) = FixedCells::<D>::SPEAKER_TYPES[a.speaker_type as usize];
        out.put_block(block, n);
        opt(out, a.speaker_country);
        opt(out, a.cue);
        opt(out, a.cue_lemma);
        opt(out, a.cue_class);
        cell(out, a.content);
        num(out, Some(a.content_start));
        num(out, Some(a.content_end));
        num(out, a.speaker_start);
        num(out, a.speaker_end);
        push_field(out, t, false, a.rule.as_bytes());
        out.put([b'\n']);
    }
    let n = room.written();
    // SAFETY: `Room::written` bytes at the start of the spare capacity are
    // initialized (the invariant of `Room`, kept by each of its methods,
    // whose fields only they touch) and within it, so the first `len + n`
    // bytes of the vector are.
    unsafe { out.set_len(len + n) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_as_format_writes_them() {
        for n in (0..200_000).chain([999_999, 1_000_000, 12_345_678, usize::MAX]) {
            let mut v = b"x".to_vec();
            // SAFETY: room for the 20 digits.
            room::fill(&mut v, 20, |out| unsafe { push_number(out, n) });
            assert_eq!(v[1..], n.to_string().into_bytes());
        }
    }

    /// `put_plain`'s answer, after checking that a cell it says needs no
    /// quoting was copied whole after the bytes already there.
    /// (With each quoting test this processor has: they must agree.)
    fn needs_quotes(p: &[u8], delim: u8) -> bool {
        let answers: Vec<bool> = tests(delim)
            .into_iter()
            .map(|t| {
                let mut v = b"before".to_vec();
                let mut quote = false;
                // SAFETY: room for the cell and the two bytes past it.
                room::fill(&mut v, p.len() + 2, |out| unsafe {
                    quote = put_plain(out, t, p);
                });
                if !quote {
                    assert_eq!(&v[..6], b"before");
                    assert_eq!(&v[6..], p);
                }
                quote
            })
            .collect();
        assert!(answers.iter().all(|&a| a == answers[0]), "{p:?}");
        answers[0]
    }

    /// A quoting test of either delimiter as a value of one type.
    #[derive(Clone, Copy, Debug)]
    enum AnyTest {
        Sse2Comma,
        Sse2Tab,
        #[cfg(target_arch = "x86_64")]
        ShuffleComma(ShuffleTest<b','>),
        #[cfg(target_arch = "x86_64")]
        ShuffleTab(ShuffleTest<b'\t'>),
    }

    impl QuoteTest for AnyTest {
        fn hit(self, block: &[u8; 16]) -> bool {
            match self {
                AnyTest::Sse2Comma => Sse2Test::<b','>.hit(block),
                AnyTest::Sse2Tab => Sse2Test::<b'\t'>.hit(block),
                #[cfg(target_arch = "x86_64")]
                AnyTest::ShuffleComma(t) => t.hit(block),
                #[cfg(target_arch = "x86_64")]
                AnyTest::ShuffleTab(t) => t.hit(block),
            }
        }
    }

    /// The quoting tests of the delimiter `delim` this processor has, the
    /// SSE2 one first.
    fn tests(delim: u8) -> Vec<AnyTest> {
        let tab = delim == b'\t';
        let mut v = vec![if tab {
            AnyTest::Sse2Tab
        } else {
            AnyTest::Sse2Comma
        }];
        #[cfg(target_arch = "x86_64")]
        if let Some(t) = ShuffleTest::<b','>::new() {
            v.push(if tab {
                AnyTest::ShuffleTab(t.for_delimiter())
            } else {
                AnyTest::ShuffleComma(t)
            });
        }
        v
    }

    #[test]
    fn quoting_tests_agree_on_every_byte_at_every_position() {
        let mut seed = 0xb10c_4e57;
        for delim in [b',', b'\t'] {
            let tests = tests(delim);
            let check = |block: &[u8; 16]| {
                let want = block
                    .iter()
                    .any(|b| [delim, b'"', b'\r', b'\n'].contains(b));
                for &t in &tests {
                    assert_eq!(t.hit(block), want, "{t:?} {block:?}");
                }
            };
            for at in 0..16 {
                for b in 0..=255u8 {
                    let mut block = [b'x'; 16];
                    block[at] = b;
                    check(&block);
                    block = [0; 16];
                    block[at] = b;
                    check(&block);
                }
            }
            for _ in 0..100_000 {
                let mut block = [0u8; 16];
                for b in &mut block {
                    *b = crate::next_random(&mut seed) as u8;
                }
                check(&block);
            }
        }
    }

    /// `push_field` after the byte `x`.
    fn field(delim: u8, guard: bool, cell: &[u8]) -> Vec<u8> {
        let fields: Vec<Vec<u8>> = tests(delim)
            .into_iter()
            .map(|t| {
                let mut v = b"x".to_vec();
                // SAFETY: the field's room.
                room::fill(&mut v, field_room(cell.len()), |out| unsafe {
                    push_field(out, t, guard, cell)
                });
                v
            })
            .collect();
        assert!(fields.iter().all(|f| *f == fields[0]), "{cell:?}");
        fields[0].clone()
    }

    #[test]
    fn plain_cells_are_copied_whole() {
        let mut seed = 0x5eed_0fc0;
        for _ in 0..20_000 {
            let len = (crate::next_random(&mut seed) % 300) as usize;
            let cell: Vec<u8> = (0..len)
                .map(|_| b' ' + (crate::next_random(&mut seed) % 95) as u8)
                .filter(|&b| b != b'"' && b != b',')
                .collect();
            assert!(!needs_quotes(&cell, b','));
        }
    }

    #[test]
    fn random_fields_are_quoted_as_the_rule_says() {
        let pieces = [
            "a",
            "word ",
            ",",
            "\t",
            "\"",
            "\r",
            "\n",
            "=",
            "-",
            "é",
            "“",
            "\u{2019}",
            "'",
            "a longer piece of plain text",
        ];
        let mut seed = 0x0dd_ba11;
        for _ in 0..20_000 {
            let cell = crate::random_text(&mut seed, &pieces, 24);
            for delim in [b',', b'\t'] {
                for guard in [false, true] {
                    let v = field(delim, guard, cell.as_bytes());
                    assert_eq!(v[1..], field_by_rule(delim, guard, &cell)[..], "{cell:?}");
                }
            }
        }
    }

    #[test]
    fn random_rows_are_the_cells_as_the_rule_says() {
        use crate::model::{Kind, Row, SpeakerType};
        let pieces = ["\"", "\"\"", ",", "\t", "\n", "a", "=", "é", "plain words "];
        let mut seed = 0x00c0_ffee;
        for _ in 0..5_000 {
            let mut texts: Vec<String> = (0..9)
                .map(|_| crate::random_text(&mut seed, &pieces, 40))
                .collect();
            let mut next = || texts.pop().expect("nine texts");
            let (doc_id, speaker, canonical, country) = (next(), next(), next(), next());
            let (cue, lemma, class, content, rule) = (next(), next(), next(), next(), next());
            let number = |seed: &mut u64| {
                (crate::next_random(seed) >> (crate::next_random(seed) % 64)) as usize
            };
            let (n1, n2, n3) = (number(&mut seed), number(&mut seed), number(&mut seed));
            let row = Row {
                doc_id: &doc_id,
                kind: Kind::Indirect,
                speaker: Some(&speaker),
                speaker_canonical: Some(canonical.as_str()).filter(|_| n1 % 2 == 0),
                speaker_type: SpeakerType::Organization,
                speaker_country: Some(&country),
                cue: Some(&cue),
                cue_lemma: Some(&lemma),
                cue_class: Some(&class),
                content: &content,
                content_start: n1,
                content_end: n2,
                speaker_start: Some(n3),
                speaker_end: None,
                rule: &rule,
            };
            for (d, raw) in [(b',', false), (b'\t', true)] {
                let cell = |s: &str| field_by_rule(d, !raw && needs_neutralizing(s), s);
                let mut want = Vec::new();
                for (i, c) in [
                    cell(&doc_id),
                    b"indirect".to_vec(),
                    cell(&speaker),
                    if n1 % 2 == 0 {
                        cell(&canonical)
                    } else {
                        Vec::new()
                    },
                    b"organization".to_vec(),
                    cell(&country),
                    cell(&cue),
                    cell(&lemma),
                    cell(&class),
                    cell(&content),
                    n1.to_string().into_bytes(),
                    n2.to_string().into_bytes(),
                    n3.to_string().into_bytes(),
                    Vec::new(),
                    field_by_rule(d, false, &rule),
                ]
                .iter()
                .enumerate()
                {
                    if i > 0 {
                        want.push(d);
                    }
                    want.extend_from_slice(c);
                }
                want.push(b'\n');
                let format = if d == b',' {
                    OutFormat::Csv
                } else {
                    OutFormat::Tsv
                };
                // (And with the id's test made once, when it needs none.)
                for plain_id in [false, DocId::new(&doc_id, format, raw).plain] {
                    let mut got = b"before".to_vec();
                    // SAFETY: picked for this processor.
                    unsafe { pick_row_writer(d)(&mut got, raw, &row, plain_id) };
                    assert_eq!(&got[..6], b"before");
                    assert_eq!(
                        String::from_utf8_lossy(&got[6..]),
                        String::from_utf8_lossy(&want)
                    );
                    // (The SSE2 writer too, where the pick was AVX2.)
                    let mut sse2 = b"before".to_vec();
                    if d == b'\t' {
                        push_row_sse2::<b'\t'>(&mut sse2, raw, &row, plain_id);
                    } else {
                        push_row_sse2::<b','>(&mut sse2, raw, &row, plain_id);
                    }
                    assert_eq!(sse2, got);
                }
            }
        }
    }

    #[test]
    fn quoting_test_finds_every_special_byte_at_every_position() {
        for delim in [b',', b'\t'] {
            for len in 0..70 {
                let plain = vec![b'x'; len];
                assert!(!needs_quotes(&plain, delim));
                for at in 0..len {
                    for b in [delim, b'"', b'\r', b'\n'] {
                        let mut v = plain.clone();
                        v[at] = b;
                        assert!(needs_quotes(&v, delim), "{len} {at} {b}");
                        // And written quoted as the rule says, with a
                        // second quote at each later place too.
                        for second in (at..len).step_by(7) {
                            if b == b'"' {
                                v[second] = b'"';
                            }
                            let cell = String::from_utf8(v.clone()).unwrap();
                            for guard in [false, true] {
                                let want = field_by_rule(delim, guard, &cell);
                                assert_eq!(field(delim, guard, &v)[1..], want[..], "{cell:?}");
                            }
                        }
                    }
                }
            }
        }
    }

    /// The quoting of `push_field` as the `csv` crate's rule says it:
    /// quote when the delimiter, a quote or a line break is in the cell,
    /// doubling each quote.
    fn field_by_rule(delim: u8, guard: bool, cell: &str) -> Vec<u8> {
        let text = if guard {
            format!("'{cell}")
        } else {
            cell.to_string()
        };
        if text.contains([delim as char, '"', '\r', '\n']) {
            format!("\"{}\"", text.replace('"', "\"\"")).into_bytes()
        } else {
            text.into_bytes()
        }
    }

    #[test]
    fn fields_are_quoted_as_the_rule_says() {
        let cells = [
            "",
            "a",
            "\"",
            "say \"no\"",
            "a,b",
            "a\tb",
            "line\nbreak",
            "cr\r",
            "é, ü and “quotes” ’",
            "=1+1",
            "a sentence of more than sixteen bytes, with a comma",
            "a sentence of more than sixteen bytes with \"quotes\" at the end\"",
            "\u{00a0}\u{200b}\"",
        ];
        for delim in [b',', b'\t'] {
            for guard in [false, true] {
                for c in cells {
                    let v = field(delim, guard, c.as_bytes());
                    assert_eq!(v[1..], field_by_rule(delim, guard, c)[..], "{c:?}");
                }
            }
        }
    }

    /// `row_room` taken from the lengths' sum is its pieces' rooms added
    /// cell by cell: `most_bytes` of each text cell (an absent one as an
    /// empty one), sixteen for each fixed cell, 21 for each number and the
    /// line break; over rows whose six optional cells are each present or
    /// absent, of up to 60 bytes each.
    #[test]
    fn row_room_is_the_cells_rooms_added() {
        use crate::model::{Kind, Row, SpeakerType};
        let mut seed = 0x0400_u64;
        for _ in 0..2000 {
            let bits = crate::next_random(&mut seed);
            let texts: Vec<String> = (0..9)
                .map(|_| "x".repeat((crate::next_random(&mut seed) % 61) as usize))
                .collect();
            let opt = |k: usize| (bits >> k & 1 == 1).then_some(texts[k].as_str());
            let row = Row {
                doc_id: &texts[6],
                kind: Kind::Direct,
                speaker: opt(0),
                speaker_canonical: opt(1),
                speaker_type: SpeakerType::Person,
                speaker_country: opt(2),
                cue: opt(3),
                cue_lemma: opt(4),
                cue_class: opt(5),
                content: &texts[7],
                content_start: 0,
                content_end: 0,
                speaker_start: None,
                speaker_end: None,
                rule: &texts[8],
            };
            let cells =
                (0..6)
                    .map(|k| opt(k).unwrap_or(""))
                    .chain([row.doc_id, row.content, row.rule]);
            let want: usize =
                cells.map(|c| most_bytes(c.as_bytes())).sum::<usize>() + 2 * 16 + 4 * 21 + 1;
            assert_eq!(row_room(&row), want, "{bits:b} {texts:?}");
        }
    }

    /// What `push_row_with` writes the kind and the speaker type by, with
    /// no quoting test and no bounds check, relies on: plain lowercase
    /// words (no quoting, no guard) of at most `FIXED_NAME` bytes, which
    /// with the delimiter fit the block of sixteen `FixedCells` gives and
    /// `row_room` sizes their cells by (checked when `FIXED_NAME` is
    /// compiled). The names are the enums'
    /// own tables (`model`'s tests check that they name every variant).
    #[test]
    fn kinds_and_speaker_types_need_no_quoting() {
        use crate::model::{Kind, SpeakerType};
        for w in Kind::NAMES.iter().chain(&SpeakerType::NAMES) {
            assert!(w.bytes().all(|b| b.is_ascii_lowercase()), "{w}");
            assert!(!w.is_empty() && w.len() <= FIXED_NAME, "{w}");
        }
        assert_eq!(FIXED_NAME, "organization".len());
    }

    /// The blocks the row writer copies for the kind and the speaker type
    /// (`FixedCells`) are each variant's name and the delimiter, then
    /// zeros, and their lengths those of the name and the delimiter, for
    /// both delimiters (the variants' order is `model`'s tests').
    #[test]
    fn fixed_cells_are_the_names_and_the_delimiter() {
        use crate::model::{Kind, SpeakerType};
        fn check(cells: &[([u8; 16], usize); 4], names: &[&str; 4], d: u8) {
            for ((block, n), name) in cells.iter().zip(names) {
                let mut want = name.as_bytes().to_vec();
                want.push(d);
                assert_eq!(&block[..*n], &want[..], "{name}");
                assert!(block[*n..].iter().all(|&b| b == 0), "{name}");
            }
        }
        check(&FixedCells::<b','>::KINDS, &Kind::NAMES, b',');
        check(&FixedCells::<b'\t'>::KINDS, &Kind::NAMES, b'\t');
        check(
            &FixedCells::<b','>::SPEAKER_TYPES,
            &SpeakerType::NAMES,
            b',',
        );
        check(
            &FixedCells::<b'\t'>::SPEAKER_TYPES,
            &SpeakerType::NAMES,
            b'\t',
        );
        for (k, name) in Kind::NAMES.iter().enumerate() {
            let kind = [Kind::Direct, Kind::Mixed, Kind::Indirect, Kind::Stance][k];
            assert_eq!(kind.as_str(), *name);
            assert_eq!(FixedCells::<b','>::KINDS[kind as usize].1, name.len() + 1);
        }
    }

    #[test]
    fn rows_built_in_the_vector_give_the_same_bytes() {
        use crate::model::{Kind, Row, SpeakerType};
        let row = |content: &'static str, n: usize| Row {
            doc_id: "d,1",
            kind: Kind::Mixed,
            speaker: Some("Ann \"A\" Lee"),
            speaker_canonical: None,
            speaker_type: SpeakerType::Person,
            speaker_country: Some("USA"),
            cue: Some("said"),
            cue_lemma: Some("say"),
            cue_class: None,
            content,
            content_start: n,
            content_end: n + 123_456,
            speaker_start: Some(n + 7),
            speaker_end: None,
            rule: "speaker-cue",
        };
        let rows = [
            row("=a long content, with a comma and \"quotes\"", 0),
            row("short", 99),
            row("", 100_000),
        ];
        for format in [OutFormat::Csv, OutFormat::Tsv] {
            // One writer for all the rows.
            let mut one = RowWriter::without_header(Vec::new(), format, false);
            for r in &rows {
                one.write_row(r).unwrap();
            }
            // A writer per row, each building its row in the vector.
            let mut out = b"before".to_vec();
            for r in &rows {
                RowWriter::without_header(&mut out, format, false)
                    .append_row(r)
                    .unwrap();
            }
            let mut want = b"before".to_vec();
            want.extend(one.finish().unwrap());
            assert_eq!(out, want);
        }
    }

    #[test]
    fn rows_of_a_document_id_give_the_bytes_of_append_row() {
        use crate::model::{Kind, Row, SpeakerType};
        fn row(doc_id: &str) -> Row<'_> {
            Row {
                doc_id,
                kind: Kind::Direct,
                speaker: Some("Ann"),
                speaker_canonical: None,
                speaker_type: SpeakerType::Person,
                speaker_country: None,
                cue: Some("said"),
                cue_lemma: Some("say"),
                cue_class: Some("say"),
                content: "words, and more",
                content_start: 1,
                content_end: 16,
                speaker_start: Some(20),
                speaker_end: Some(23),
                rule: "speaker-cue-quote",
            }
        }
        let ids = [
            "d1",
            "breitbart_2015-11-11_the-ninth-circle-the-hellish-vie#0",
            "=formula",
            "-1",
            "a,b",
            "a\tb",
            "say \"x\"",
            "line\nbreak",
            "",
            "exactly sixteen!",
        ];
        // Plain ids of every length to 80: a short copy, four overlapping
        // blocks (`Room::put_long_untested`, 16 to 64 bytes), and the loop
        // past them.
        let alphabet: Vec<u8> = (b'a'..=b'z')
            .chain(b'A'..=b'Z')
            .chain(b'0'..=b'9')
            .collect();
        let plain: Vec<String> = (0..=80)
            .map(|n| String::from_utf8(alphabet.iter().cycle().take(n).copied().collect()).unwrap())
            .collect();
        let ids = ids.iter().copied().chain(plain.iter().map(String::as_str));
        for format in [OutFormat::Csv, OutFormat::Tsv, OutFormat::Jsonl] {
            for raw in [false, true] {
                for id in ids.clone() {
                    let doc = DocId::new(id, format, raw);
                    // The same string, and an equal one elsewhere.
                    let copy = id.to_string();
                    for r in [row(id), row(&copy)] {
                        let (mut a, mut b) = (b"x".to_vec(), b"x".to_vec());
                        RowWriter::without_header(&mut a, format, raw)
                            .append_row(&r)
                            .unwrap();
                        RowWriter::without_header(&mut b, format, raw)
                            .append_row_of(&r, &doc)
                            .unwrap();
                        assert_eq!(a, b, "{id:?} {format:?} {raw}");
                    }
                }
            }
        }
    }

    #[test]
    fn an_absent_value_is_written_as_an_empty_one() {
        use crate::model::{Kind, Row, SpeakerType};
        let row = |v: Option<&'static str>| Row {
            doc_id: "d",
            kind: Kind::Direct,
            speaker: v,
            speaker_canonical: v,
            speaker_type: SpeakerType::Unknown,
            speaker_country: v,
            cue: v,
            cue_lemma: v,
            cue_class: v,
            content: "c",
            content_start: 1,
            content_end: 2,
            speaker_start: None,
            speaker_end: None,
            rule: "r",
        };
        for format in [OutFormat::Csv, OutFormat::Tsv] {
            for raw in [false, true] {
                let mut a = RowWriter::without_header(Vec::new(), format, raw);
                a.write_row(&row(None)).unwrap();
                let mut b = RowWriter::without_header(Vec::new(), format, raw);
                b.write_row(&row(Some(""))).unwrap();
                assert_eq!(a.finish().unwrap(), b.finish().unwrap());
            }
        }
    }

    #[test]
    fn formulas_are_neutralized() {
        assert_eq!(neutralize("=1+1"), "'=1+1");
        assert_eq!(neutralize("-x"), "'-x");
        assert_eq!(neutralize("fine"), "fine");
    }
}
