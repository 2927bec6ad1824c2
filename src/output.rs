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

use crate::model::{Attribution, COLUMNS};

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
    csv: Option<csv::Writer<W>>,
    plain: Option<W>,
    header_done: bool,
}

/// Neutralizes a cell a spreadsheet would read as a formula.
pub fn neutralize(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

fn opt_num(v: Option<usize>) -> String {
    v.map(|n| n.to_string()).unwrap_or_default()
}

impl<W: Write> RowWriter<W> {
    /// A writer to `w`.
    pub fn new(w: W, format: OutFormat, raw: bool) -> RowWriter<W> {
        match format {
            OutFormat::Jsonl => RowWriter {
                format,
                raw,
                csv: None,
                plain: Some(w),
                header_done: true,
            },
            _ => {
                let c = csv::WriterBuilder::new()
                    .delimiter(if format == OutFormat::Tsv {
                        b'\t'
                    } else {
                        b','
                    })
                    .from_writer(w);
                RowWriter {
                    format,
                    raw,
                    csv: Some(c),
                    plain: None,
                    header_done: false,
                }
            }
        }
    }

    /// A writer that never writes the header (for chunks of a stream whose
    /// header is written elsewhere).
    pub fn without_header(w: W, format: OutFormat, raw: bool) -> RowWriter<W> {
        let mut r = RowWriter::new(w, format, raw);
        r.header_done = true;
        r
    }

    /// Writes the header (CSV/TSV) if not yet written.
    pub fn header(&mut self) -> std::io::Result<()> {
        if !self.header_done {
            self.header_done = true;
            if let Some(c) = self.csv.as_mut() {
                c.write_record(COLUMNS)?;
            }
        }
        Ok(())
    }

    /// Writes one row.
    pub fn write(&mut self, a: &Attribution) -> std::io::Result<()> {
        self.header()?;
        match self.format {
            OutFormat::Jsonl => {
                let w = self.plain.as_mut().expect("jsonl has a plain writer");
                serde_json::to_writer(&mut *w, a)?;
                w.write_all(b"\n")
            }
            _ => {
                let raw = self.raw;
                let cell = |s: &str| -> String {
                    if raw {
                        s.to_string()
                    } else {
                        neutralize(s).into_owned()
                    }
                };
                let o = |s: &Option<String>| cell(s.as_deref().unwrap_or(""));
                let rec = [
                    cell(&a.doc_id),
                    a.kind.as_str().to_string(),
                    o(&a.speaker),
                    o(&a.speaker_canonical),
                    a.speaker_type.as_str().to_string(),
                    o(&a.speaker_country),
                    o(&a.cue),
                    o(&a.cue_lemma),
                    o(&a.cue_class),
                    cell(&a.content),
                    a.content_start.to_string(),
                    a.content_end.to_string(),
                    opt_num(a.speaker_start),
                    opt_num(a.speaker_end),
                    a.rule.clone(),
                ];
                self.csv.as_mut().expect("csv writer").write_record(&rec)?;
                Ok(())
            }
        }
    }

    /// Flushes and returns the inner writer.
    pub fn finish(mut self) -> std::io::Result<W> {
        self.header()?;
        if let Some(c) = self.csv.take() {
            return c.into_inner().map_err(|e| e.into_error());
        }
        let mut w = self.plain.take().expect("one writer");
        w.flush()?;
        Ok(w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralized() {
        assert_eq!(neutralize("=1+1"), "'=1+1");
        assert_eq!(neutralize("-x"), "'-x");
        assert_eq!(neutralize("fine"), "fine");
    }
}
