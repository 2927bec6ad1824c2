//! `whosaid extract`: read articles, write one row per attribution.
//!
//! The run is a three-stage stream: one thread reads documents and cuts
//! them into chunks, `-j` workers extract and format each chunk, and the
//! main thread writes the chunks in input order. Channels are bounded, so
//! memory stays constant whatever the input size. The workers give the
//! documents of each chunk back to the reader, which reuses their buffers
//! (`Reader::recycle`).

use std::collections::BTreeMap;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};
use std::sync::{Arc, Mutex};

use anyhow::Context;
use clap::ValueEnum;

use whosaid::gazetteer::GazetteerBuilder;
use whosaid::input::{Event, Fields, Format, Reader};
use whosaid::lexicon::Lexicon;
use whosaid::output::{DocId, OutFormat, RowWriter};
use whosaid::{Document, Extractor, Scratch};

#[derive(Clone, Copy, Debug, ValueEnum)]
enum OutArg {
    Csv,
    Tsv,
    Jsonl,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum InArg {
    Auto,
    Text,
    Jsonl,
    Csv,
    Tsv,
}

/// Extract attributions.
///
/// Examples:
///   whosaid extract article.txt
///   whosaid extract articles/ -o quotes.csv
///   whosaid extract --format jsonl docs.jsonl > rows.jsonl
///   cat docs.jsonl | whosaid extract --format jsonl -
///
/// Exit status: 0 all documents extracted, 1 some were skipped (each is
/// named on stderr), 2 usage or fatal error.
#[derive(clap::Args, Debug)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Files, directories (read recursively) or `-` for stdin.
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
    /// Write to this file (atomically: a temporary file renamed at the
    /// end) instead of stdout; a device (`/dev/null`) or a FIFO is written
    /// in place.
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value = "csv")]
    format: OutArg,
    /// Input format; auto decides by extension (.jsonl, .csv, .tsv, else
    /// text) and, for stdin, by the first byte.
    #[arg(long, value_enum, default_value = "auto")]
    input_format: InArg,
    /// JSONL/CSV field holding the document id.
    #[arg(long, default_value = "id")]
    id_field: String,
    /// JSONL/CSV field holding the text.
    #[arg(long, default_value = "text")]
    text_field: String,
    /// JSONL/CSV field holding the date (YYYY-MM-DD); `date` and
    /// `publication_date` are tried by default.
    #[arg(long)]
    date_field: Option<String>,
    /// Date for documents without one (YYYY-MM-DD), to resolve roles.
    #[arg(long)]
    date: Option<String>,
    /// Add or override data files from this directory: gazetteer tables,
    /// verbs.csv, speaker_nouns.csv, rules.toml (repeatable; not
    /// word_names.txt, nicknames.csv or given_names.txt, which are
    /// embedded only).
    #[arg(long = "gazetteer", value_name = "DIR")]
    gazetteer: Vec<PathBuf>,
    /// Start from an empty gazetteer instead of the embedded one.
    #[arg(long)]
    no_default_gazetteer: bool,
    /// Do not neutralize spreadsheet formulas in CSV/TSV cells.
    #[arg(long)]
    raw: bool,
    /// Start CSV/TSV output with a UTF-8 byte order mark, so that Excel
    /// reads curly quotes and accents as UTF-8.
    #[arg(long)]
    bom: bool,
    /// Worker threads (default: all cores).
    #[arg(short = 'j', long)]
    jobs: Option<usize>,
    /// Skip documents larger than this many bytes (with a message).
    #[arg(long, default_value_t = 64 << 20)]
    max_doc_bytes: usize,
    /// No progress bar or summary on stderr.
    #[arg(short, long)]
    quiet: bool,
}

/// Builds the extractor from the data options: each `--gazetteer DIR` may
/// hold gazetteer tables (added to the default, same ids override), and
/// `verbs.csv` + `speaker_nouns.csv` or `rules.toml`, which replace the
/// embedded lexicon or rules.
pub fn build_extractor(
    dirs: &[PathBuf],
    no_default: bool,
    date: Option<String>,
) -> anyhow::Result<Extractor> {
    let mut b = if no_default {
        GazetteerBuilder::new()
    } else {
        GazetteerBuilder::with_defaults()?
    };
    let read = |p: &std::path::Path| -> anyhow::Result<String> {
        std::fs::read_to_string(p).with_context(|| format!("cannot read {}", p.display()))
    };
    let mut lexicon = None;
    let mut rules = None;
    for d in dirs {
        b.add_dir(d)?;
        let (verbs, nouns) = (d.join("verbs.csv"), d.join("speaker_nouns.csv"));
        if verbs.exists() || nouns.exists() {
            let v = if verbs.exists() {
                read(&verbs)?
            } else {
                whosaid::lexicon::DEFAULT_VERBS.to_string()
            };
            let n = if nouns.exists() {
                read(&nouns)?
            } else {
                whosaid::lexicon::DEFAULT_SPEAKER_NOUNS.to_string()
            };
            lexicon = Some(Lexicon::parse(
                &verbs.display().to_string(),
                &v,
                &nouns.display().to_string(),
                &n,
            )?);
        }
        let r = d.join("rules.toml");
        if r.exists() {
            rules = Some(whosaid::ruleset::RuleSet::parse(
                &r.display().to_string(),
                &read(&r)?,
            )?);
        }
    }
    let lexicon = match lexicon {
        Some(l) => l,
        None => Lexicon::default_data()?,
    };
    let mut ex = Extractor::new(b.build()?, lexicon);
    if let Some(r) = rules {
        ex.set_rules(r);
    }
    ex.set_default_date(date);
    Ok(ex)
}

/// A chunk of input events, numbered in input order.
struct Chunk {
    seq: u64,
    events: Vec<Event>,
}

/// A formatted chunk: output bytes and the messages to print with it.
/// A chunk whose rows pass [`FLUSH_BYTES`] comes in parts (`part` 0, 1,
/// ...), each but the last with `more` set and no counts.
struct Done {
    seq: u64,
    part: u32,
    more: bool,
    bytes: Vec<u8>,
    messages: Vec<String>,
    counts: Counts,
    text_bytes: u64,
}

/// What a run did, for the summary line.
#[derive(Clone, Copy, Debug, Default)]
struct Counts {
    /// Documents parsed from the input.
    read: usize,
    /// Documents extracted (read and not too large).
    extracted: usize,
    /// Bad records and oversized documents, each named on stderr.
    skipped: usize,
    /// Rows written.
    rows: usize,
}

const CHUNK_DOCS: usize = 512;
const CHUNK_BYTES: usize = 1 << 20;
/// Output bytes a worker holds before it sends them on, in the middle of a
/// document if need be: a huge document's rows (which can take several
/// times its text) are not all held until it ends.
const FLUSH_BYTES: usize = 4 << 20;

pub fn run(args: Args) -> anyhow::Result<i32> {
    if let Some(d) = &args.date {
        anyhow::ensure!(
            d.len() == 10 && d.as_bytes()[4] == b'-' && d.as_bytes()[7] == b'-',
            "--date must be YYYY-MM-DD, not `{d}`"
        );
    }
    let jobs = args
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .max(1);
    let ex = build_extractor(
        &args.gazetteer,
        args.no_default_gazetteer,
        args.date.clone(),
    )?;
    let mut fields = Fields {
        id: args.id_field.clone(),
        text: args.text_field.clone(),
        ..Fields::default()
    };
    if let Some(d) = &args.date_field {
        fields.date = vec![d.clone()];
    }
    let format = match args.input_format {
        InArg::Auto => Format::Auto,
        InArg::Text => Format::Text,
        InArg::Jsonl => Format::Jsonl,
        InArg::Csv => Format::Csv,
        InArg::Tsv => Format::Tsv,
    };
    let out_format = match args.format {
        OutArg::Csv => OutFormat::Csv,
        OutArg::Tsv => OutFormat::Tsv,
        OutArg::Jsonl => OutFormat::Jsonl,
    };
    let (sink, tmp): Output = match &args.output {
        Some(p) => open_output(p)?,
        None => (
            Box::new(std::io::BufWriter::with_capacity(
                1 << 16,
                std::io::stdout().lock(),
            )),
            None,
        ),
    };
    let progress = Progress::new(!args.quiet && std::io::stderr().is_terminal(), &args.inputs);
    let mut out = RowWriter::new(sink, out_format, args.raw);
    if args.bom && out_format != OutFormat::Jsonl {
        out.get_mut().write_all("\u{FEFF}".as_bytes())?;
    }
    out.header()?;
    let mut out = out.finish()?;

    let counts = std::thread::scope(|scope| -> anyhow::Result<Counts> {
        // The workers own the input receiver: when they all stop (the
        // writer failed, e.g. a closed pipe), the reader's send fails and
        // it stops too.
        let (in_tx, in_rx) = sync_channel::<Chunk>(jobs * 2);
        let in_rx = Arc::new(Mutex::new(in_rx));
        let (out_tx, out_rx) = sync_channel::<Done>(jobs * 2);
        // The documents of each chunk, given back for their buffers (never
        // waited for: a worker drops them when the channel is full).
        let (back_tx, back_rx) = sync_channel::<Vec<Document>>(jobs * 2);
        let inputs = args.inputs.clone();
        let max = args.max_doc_bytes;
        scope.spawn(move || read_chunks(Reader::new(&inputs, format, fields), in_tx, back_rx));
        for _ in 0..jobs {
            let (in_rx, out_tx, ex) = (Arc::clone(&in_rx), out_tx.clone(), &ex);
            let back_tx = back_tx.clone();
            let raw = args.raw;
            scope.spawn(move || work(ex, &in_rx, out_tx, back_tx, out_format, raw, max));
        }
        drop(back_tx);
        drop(out_tx);
        drop(in_rx);
        write_in_order(out_rx, &mut out, &progress)
    })?;
    out.flush()?;
    drop(out);
    if let Some((t, target)) = tmp {
        t.persist(&target)?;
    }
    progress.finish();
    // The process ends here: freeing the gazetteer's many small strings
    // one by one would only cost time.
    std::mem::forget(ex);
    if !args.quiet {
        eprintln!(
            "whosaid: {} documents read, {} extracted, {} skipped, {} rows",
            counts.read, counts.extracted, counts.skipped, counts.rows
        );
    }
    Ok(if counts.skipped > 0 { 1 } else { 0 })
}

fn read_chunks(mut reader: Reader, tx: SyncSender<Chunk>, back: Receiver<Vec<Document>>) {
    let mut seq = 0;
    let mut events = Vec::new();
    let mut bytes = 0;
    while let Some(ev) = reader.next() {
        if let Event::Doc(d) = &ev {
            bytes += d.text.len();
        }
        events.push(ev);
        if events.len() >= CHUNK_DOCS || bytes >= CHUNK_BYTES {
            if tx
                .send(Chunk {
                    seq,
                    events: std::mem::take(&mut events),
                })
                .is_err()
            {
                return;
            }
            seq += 1;
            bytes = 0;
            while let Ok(docs) = back.try_recv() {
                reader.recycle(docs);
            }
        }
    }
    if !events.is_empty() {
        let _ = tx.send(Chunk { seq, events });
    }
}

fn work(
    ex: &Extractor,
    rx: &Mutex<Receiver<Chunk>>,
    tx: SyncSender<Done>,
    back: SyncSender<Vec<Document>>,
    format: OutFormat,
    raw: bool,
    max: usize,
) {
    // Working vectors, reused for every document of this thread.
    let mut scratch = Scratch::default();
    loop {
        let chunk = {
            let Ok(rx) = rx.lock() else { return };
            match rx.recv() {
                Ok(c) => c,
                Err(_) => return,
            }
        };
        // Rows take about as many bytes as the text (CSV; 3.9 MB for the
        // 4.1 MB of train, some chunks more than their text): one buffer of
        // half as much again, instead of a doubling that copies the rows
        // (three a pass over train, 2.8 M instructions).
        let text_bytes: usize = chunk
            .events
            .iter()
            .map(|ev| match ev {
                Event::Doc(d) => d.text.len().min(max),
                _ => 0,
            })
            .sum();
        let mut w = RowWriter::without_header(
            Vec::with_capacity((text_bytes + text_bytes / 2).min(FLUSH_BYTES)),
            format,
            raw,
        );
        let mut done = Done {
            seq: chunk.seq,
            part: 0,
            more: false,
            bytes: Vec::new(),
            messages: Vec::new(),
            counts: Counts::default(),
            text_bytes: 0,
        };
        // The chunk's documents, for the reader to reuse.
        let mut spent = Vec::with_capacity(chunk.events.len());
        for ev in chunk.events {
            match ev {
                Event::Doc(doc) => {
                    done.counts.read += 1;
                    done.text_bytes += doc.text.len() as u64;
                    if doc.text.len() > max {
                        done.counts.skipped += 1;
                        done.messages.push(format!(
                            "whosaid: skipped: {}: document is {} bytes, over --max-doc-bytes {max}",
                            doc.id,
                            doc.text.len()
                        ));
                        continue;
                    }
                    let (mut rows, mut sent_rows) = (0, 0);
                    let id = DocId::new(&doc.id, format, raw);
                    let out = guarded(w.get_mut(), |buf, mark| {
                        let mut dw = RowWriter::without_header(buf, format, raw);
                        ex.extract_rows_with(&doc, &mut scratch, |r| {
                            // Writing to a Vec cannot fail.
                            let _ = dw.append_row_of(r, &id);
                            rows += 1;
                            let buf = dw.get_mut();
                            if buf.len() >= FLUSH_BYTES {
                                // Sent on now: the rows (of this document
                                // and the ones before it in the chunk) are
                                // final; if the writer has stopped, the
                                // last part's send fails too.
                                let _ = tx.send(Done {
                                    seq: done.seq,
                                    part: done.part,
                                    more: true,
                                    bytes: std::mem::take(*buf),
                                    messages: std::mem::take(&mut done.messages),
                                    counts: Counts::default(),
                                    text_bytes: 0,
                                });
                                done.part += 1;
                                *mark = 0;
                                sent_rows = rows;
                            }
                        });
                    });
                    match out {
                        Ok(()) => {
                            done.counts.extracted += 1;
                            done.counts.rows += rows;
                        }
                        Err(why) => {
                            // The working vectors may be half-filled.
                            scratch = Scratch::default();
                            done.counts.skipped += 1;
                            done.counts.rows += sent_rows;
                            let written = if sent_rows > 0 {
                                format!(" after {sent_rows} of its rows were written")
                            } else {
                                String::new()
                            };
                            done.messages.push(format!(
                                "whosaid: skipped: {}: internal error ({why}){written}; this is a bug, please report it with the document",
                                doc.id
                            ));
                        }
                    }
                    spent.push(doc);
                }
                Event::Skip(e) => {
                    done.counts.skipped += 1;
                    done.messages.push(format!("whosaid: skipped: {e}"));
                }
                Event::Warning(m) => done.messages.push(format!("whosaid: warning: {m}")),
            }
        }
        done.bytes = w.finish().unwrap_or_default();
        if tx.send(done).is_err() {
            return;
        }
        // (When the reader has not taken the chunks before, or has ended,
        // the documents are dropped here.)
        let _ = back.try_send(spent);
    }
}

/// Runs `f` on `buf`; if it panics (a bug: no input should make the
/// extractor panic), drops what it wrote and returns the panic message, so
/// one document is skipped and the rest of the run goes on. `f` sets the
/// mark (where the document's bytes start in `buf`) to 0 when it sends
/// `buf` on in the middle of the document.
fn guarded(buf: &mut Vec<u8>, f: impl FnOnce(&mut Vec<u8>, &mut usize)) -> Result<(), String> {
    let mut mark = buf.len();
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(&mut *buf, &mut mark))) {
        Ok(()) => Ok(()),
        Err(e) => {
            buf.truncate(mark);
            Err(e
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| e.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "panic".to_string()))
        }
    }
}

fn write_in_order(
    rx: Receiver<Done>,
    out: &mut Box<dyn Write>,
    progress: &Progress,
) -> anyhow::Result<Counts> {
    let mut pending: BTreeMap<(u64, u32), Done> = BTreeMap::new();
    let mut next = (0u64, 0u32);
    let mut c = Counts::default();
    for d in rx {
        pending.insert((d.seq, d.part), d);
        while let Some(d) = pending.remove(&next) {
            for m in &d.messages {
                progress.println(m);
            }
            out.write_all(&d.bytes)?;
            c.read += d.counts.read;
            c.extracted += d.counts.extracted;
            c.skipped += d.counts.skipped;
            c.rows += d.counts.rows;
            progress.add(d.counts.read, d.text_bytes);
            next = if d.more {
                (next.0, next.1 + 1)
            } else {
                (next.0 + 1, 0)
            };
        }
    }
    Ok(c)
}

/// A progress bar on stderr when it is a terminal.
struct Progress {
    bar: Option<indicatif::ProgressBar>,
    docs: std::cell::Cell<u64>,
}

impl Progress {
    fn new(show: bool, inputs: &[PathBuf]) -> Progress {
        if !show {
            return Progress {
                bar: None,
                docs: Default::default(),
            };
        }
        let total: Option<u64> = inputs.iter().map(|p| size_of(p)).sum();
        let bar = match total {
            Some(t) => indicatif::ProgressBar::new(t).with_style(
                indicatif::ProgressStyle::with_template(
                    "{bar:30} {bytes}/{total_bytes} {bytes_per_sec} ETA {eta} {msg}",
                )
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
            ),
            None => indicatif::ProgressBar::new_spinner().with_style(
                indicatif::ProgressStyle::with_template("{spinner} {bytes} {bytes_per_sec} {msg}")
                    .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
            ),
        };
        Progress {
            bar: Some(bar),
            docs: Default::default(),
        }
    }

    fn add(&self, docs: usize, bytes: u64) {
        if let Some(b) = &self.bar {
            b.inc(bytes);
            self.docs.set(self.docs.get() + docs as u64);
            b.set_message(format!("{} docs", self.docs.get()));
        }
    }

    fn println(&self, m: &str) {
        match &self.bar {
            Some(b) => b.suspend(|| eprintln!("{m}")),
            None => eprintln!("{m}"),
        }
    }

    fn finish(&self) {
        if let Some(b) = &self.bar {
            b.finish_and_clear();
        }
    }
}

/// Total size of a file or directory tree, `None` for stdin and gzipped
/// files (whose text is larger than the file).
fn size_of(p: &std::path::Path) -> Option<u64> {
    if p.as_os_str() == "-" || p.extension().is_some_and(|e| e.eq_ignore_ascii_case("gz")) {
        return None;
    }
    let md = std::fs::metadata(p).ok()?;
    if md.is_dir() {
        let rd = std::fs::read_dir(p).ok()?;
        return rd.filter_map(|e| e.ok()).map(|e| size_of(&e.path())).sum();
    }
    Some(md.len())
}

/// Where the rows go, and the temporary file with its target when they go
/// to a regular file.
type Output = (Box<dyn Write>, Option<(TempPath, PathBuf)>);

/// Opens `-o`'s target. A regular file, new or old, is written to a
/// temporary file beside it and renamed over it when the run is done, so a
/// failed run leaves an old file whole; a link to one is followed, so the
/// link stays a link. Anything else that exists (a device such as
/// `/dev/null`, a FIFO, a terminal) is written in place: renaming over it
/// would put a plain file where the device was.
fn open_output(p: &std::path::Path) -> anyhow::Result<Output> {
    let target = match std::fs::metadata(p) {
        Ok(md) if md.is_dir() => anyhow::bail!("cannot write to {}: a directory", p.display()),
        Ok(md) if !md.is_file() => {
            let f = std::fs::OpenOptions::new()
                .write(true)
                .open(p)
                .with_context(|| format!("cannot open {}", p.display()))?;
            return Ok((
                Box::new(std::io::BufWriter::with_capacity(1 << 16, f)),
                None,
            ));
        }
        Ok(_) => {
            std::fs::canonicalize(p).with_context(|| format!("cannot resolve {}", p.display()))?
        }
        Err(_) => p.to_path_buf(),
    };
    let t = TempPath::beside(&target);
    let f = std::fs::File::create(&t.path)
        .with_context(|| format!("cannot create {}", t.path.display()))?;
    Ok((
        Box::new(std::io::BufWriter::with_capacity(1 << 16, f)),
        Some((t, target)),
    ))
}

/// A temporary path beside the target, removed unless persisted.
struct TempPath {
    path: PathBuf,
    keep: bool,
}

impl TempPath {
    fn beside(target: &std::path::Path) -> TempPath {
        let dir = target
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(std::path::Path::new("."));
        let name = target.file_name().and_then(|n| n.to_str()).unwrap_or("out");
        TempPath {
            path: dir.join(format!(".{name}.{}.tmp", std::process::id())),
            keep: false,
        }
    }

    fn persist(mut self, target: &std::path::Path) -> anyhow::Result<()> {
        std::fs::rename(&self.path, target).with_context(|| {
            format!(
                "cannot rename {} to {}",
                self.path.display(),
                target.display()
            )
        })?;
        self.keep = true;
        Ok(())
    }
}

impl Drop for TempPath {
    fn drop(&mut self) {
        if !self.keep {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::guarded;

    #[test]
    fn a_panicking_document_is_dropped_whole() {
        let mut buf = b"row 1\n".to_vec();
        assert_eq!(
            guarded(&mut buf, |b, _| b.extend_from_slice(b"row 2\n")),
            Ok(())
        );
        let r = guarded(&mut buf, |b, _| {
            b.extend_from_slice(b"half a row");
            panic!("index out of bounds");
        });
        assert_eq!(r, Err("index out of bounds".to_string()));
        assert_eq!(buf, b"row 1\nrow 2\n");
        let r = guarded(&mut buf, |_, _| panic!("{} {}", "formatted", 7));
        assert_eq!(r, Err("formatted 7".to_string()));
        // A document that sent its first rows on (the mark set to 0) drops
        // the rest of them.
        let r = guarded(&mut buf, |b, mark| {
            b.clear();
            *mark = 0;
            b.extend_from_slice(b"row 3 (after the first part)\n");
            panic!("late");
        });
        assert_eq!(r, Err("late".to_string()));
        assert!(buf.is_empty());
    }
}
