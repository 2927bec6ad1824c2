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

use crate::model::{Attribution, Row, COLUMNS};

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

/// Appends one CSV/TSV field to `out` as the `csv` crate writes it by
/// default: quoted (with doubled quotes) only when it holds the
/// delimiter, a quote or a line break; `guard` puts the formula guard `'`
/// before the content (a byte that never needs quoting itself). Inlined
/// into the row writer (a call per cell cost more than the test and copy
/// of a short cell), the quoted form out of line.
#[inline(always)]
fn push_field(out: &mut Vec<u8>, delim: u8, guard: bool, cell: &[u8]) {
    if !needs_quotes(cell, delim) {
        if guard {
            out.push(b'\'');
        }
        out.extend_from_slice(cell);
    } else {
        push_quoted(out, guard, cell);
    }
}

/// `push_field` of a cell that must be quoted.
#[inline(never)]
fn push_quoted(out: &mut Vec<u8>, guard: bool, cell: &[u8]) {
    out.push(b'"');
    if guard {
        out.push(b'\'');
    }
    let mut rest = cell;
    while let Some(q) = memchr::memchr(b'"', rest) {
        out.extend_from_slice(&rest[..=q]);
        out.push(b'"');
        rest = &rest[q + 1..];
    }
    out.extend_from_slice(rest);
    out.push(b'"');
}

/// Whether `p` holds the delimiter, a quote or a line break (a CSV cell
/// that must be quoted). Fields of 8 to 15 bytes as two overlapping
/// eight-byte words, shorter ones gathered into one, in one block of
/// sixteen bytes; longer ones sixteen bytes per step
/// ([`crate::text::bytes_among16`], SSE2 on x86-64) and their
/// last sixteen bytes (one SSE2 compare costs fewer instructions than
/// the eight-byte bit tricks of each word).
#[inline]
fn needs_quotes(p: &[u8], delim: u8) -> bool {
    let needles = [delim, b'"', b'\r', b'\n'];
    let block = |b: &[u8; 16]| crate::text::bytes_among16(b, &needles) != 0;
    if p.len() < 16 {
        // One block of sixteen bytes: the first and the last eight bytes
        // (they overlap), or a shorter cell's bytes gathered into one
        // word, zero-padded (a zero byte is none of the four: the
        // delimiter is a comma or a tab). A cell of four to seven bytes
        // is its first and last four (they overlap), one of one to three
        // its first, middle and last byte (which cover it): no loop over
        // its bytes.
        let (head, tail) = if p.len() < 8 {
            let x = match p.len() {
                0 => 0,
                1..=3 => {
                    let n = p.len();
                    u64::from(p[0]) | u64::from(p[n / 2]) << 8 | u64::from(p[n - 1]) << 16
                }
                n => {
                    let word = |w: &[u8]| u32::from_le_bytes(w.try_into().expect("four bytes"));
                    u64::from(word(&p[..4])) | u64::from(word(&p[n - 4..])) << 32
                }
            };
            (x, 0)
        } else {
            let word = |w: &[u8]| u64::from_le_bytes(w.try_into().expect("eight bytes"));
            (word(&p[..8]), word(&p[p.len() - 8..]))
        };
        let mut b = [0u8; 16];
        b[..8].copy_from_slice(&head.to_le_bytes());
        b[8..].copy_from_slice(&tail.to_le_bytes());
        return block(&b);
    }
    // Sixteen bytes at a time (SSE2 on x86-64), then the last sixteen
    // (overlapping the last block).
    let chunk = |b: &[u8]| block(b.try_into().expect("sixteen bytes"));
    p.chunks_exact(16).any(chunk) || chunk(&p[p.len() - 16..])
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
#[inline(always)]
fn push_number(out: &mut Vec<u8>, n: usize) {
    let pair = |k: usize| [DIGIT_PAIRS[2 * k], DIGIT_PAIRS[2 * k + 1]];
    if n < 10 {
        out.push(b'0' + n as u8);
    } else if n < 100 {
        out.extend_from_slice(&pair(n));
    } else if n < 10_000 {
        let (hi, lo) = (n / 100, pair(n % 100));
        if hi < 10 {
            out.extend_from_slice(&[b'0' + hi as u8, lo[0], lo[1]]);
        } else {
            let hi = pair(hi);
            out.extend_from_slice(&[hi[0], hi[1], lo[0], lo[1]]);
        }
    } else {
        push_long_number(out, n);
    }
}

/// `push_number` for numbers of five digits or more.
fn push_long_number(out: &mut Vec<u8>, mut n: usize) {
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
    out.extend_from_slice(&buf[i..]);
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
        if self.format == OutFormat::Tsv {
            b'\t'
        } else {
            b','
        }
    }

    /// Writes the header (CSV/TSV) if not yet written.
    pub fn header(&mut self) -> std::io::Result<()> {
        if !self.header_done {
            self.header_done = true;
            let d = self.delimiter();
            let mut line = Vec::new();
            for (i, c) in COLUMNS.iter().enumerate() {
                if i > 0 {
                    line.push(d);
                }
                push_field(&mut line, d, false, c.as_bytes());
            }
            line.push(b'\n');
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
        let d = self.delimiter();
        let out = &mut self.row;
        out.clear();
        push_row(out, d, self.raw, a);
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
        let d = self.delimiter();
        push_row(self.w, d, self.raw, a);
        Ok(())
    }
}

/// A text cell and its delimiter `d`, with the formula guard unless
/// `raw`. (Inlined: out of line, its call cost more than it saved.)
#[inline(always)]
fn push_cell(out: &mut Vec<u8>, d: u8, raw: bool, s: &str) {
    push_field(out, d, !raw && needs_neutralizing(s), s.as_bytes());
    out.push(d);
}

/// Appends the CSV/TSV row of `a` (with its line break) to `out`, `d`
/// the delimiter.
fn push_row(out: &mut Vec<u8>, d: u8, raw: bool, a: &Row) {
    let cell = |out: &mut Vec<u8>, s: &str| push_cell(out, d, raw, s);
    // An absent value is an empty cell: no quoting, no guard.
    let opt = |out: &mut Vec<u8>, s: Option<&str>| match s {
        Some(s) => cell(out, s),
        None => out.push(d),
    };
    let num = |out: &mut Vec<u8>, n: Option<usize>| {
        if let Some(n) = n {
            push_number(out, n);
        }
        out.push(d);
    };
    cell(out, a.doc_id);
    // The kind and the speaker type are plain lowercase words (a unit
    // test checks them): no quoting test.
    out.extend_from_slice(a.kind.as_str().as_bytes());
    out.push(d);
    opt(out, a.speaker);
    opt(out, a.speaker_canonical);
    out.extend_from_slice(a.speaker_type.as_str().as_bytes());
    out.push(d);
    opt(out, a.speaker_country);
    opt(out, a.cue);
    opt(out, a.cue_lemma);
    opt(out, a.cue_class);
    cell(out, a.content);
    num(out, Some(a.content_start));
    num(out, Some(a.content_end));
    num(out, a.speaker_start);
    num(out, a.speaker_end);
    push_field(out, d, false, a.rule.as_bytes());
    out.push(b'\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_as_format_writes_them() {
        for n in (0..200_000).chain([999_999, 1_000_000, 12_345_678, usize::MAX]) {
            let mut v = Vec::new();
            push_number(&mut v, n);
            assert_eq!(v, n.to_string().into_bytes());
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
                    let mut v = vec![b'x'];
                    push_field(&mut v, delim, guard, c.as_bytes());
                    assert_eq!(v[1..], field_by_rule(delim, guard, c)[..], "{c:?}");
                }
            }
        }
    }

    #[test]
    fn kinds_and_speaker_types_need_no_quoting() {
        use crate::model::{Kind, SpeakerType};
        let kinds = [Kind::Direct, Kind::Mixed, Kind::Indirect, Kind::Stance].map(Kind::as_str);
        let types = [
            SpeakerType::Person,
            SpeakerType::State,
            SpeakerType::Organization,
            SpeakerType::Unknown,
        ]
        .map(SpeakerType::as_str);
        for w in kinds.iter().chain(&types) {
            assert!(w.bytes().all(|b| b.is_ascii_lowercase()), "{w}");
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
