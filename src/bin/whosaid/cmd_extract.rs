//! `whosaid extract`: read articles, write one row per attribution.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;
use clap::ValueEnum;

use whosaid::gazetteer::GazetteerBuilder;
use whosaid::input::{Event, Fields, Format, Reader};
use whosaid::lexicon::Lexicon;
use whosaid::output::{OutFormat, RowWriter};
use whosaid::Extractor;

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
#[derive(clap::Args, Debug)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Files, directories (read recursively) or `-` for stdin.
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
    /// Write to this file (atomically) instead of stdout.
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value = "csv")]
    format: OutArg,
    /// Input format; auto decides by extension (.jsonl, .csv, .tsv, else text).
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
    /// Add or override gazetteer files from this directory (repeatable).
    #[arg(long = "gazetteer", value_name = "DIR")]
    gazetteer: Vec<PathBuf>,
    /// Start from an empty gazetteer instead of the embedded one.
    #[arg(long)]
    no_default_gazetteer: bool,
    /// Do not neutralize spreadsheet formulas in CSV/TSV cells.
    #[arg(long)]
    raw: bool,
    /// No progress or summary on stderr.
    #[arg(short, long)]
    quiet: bool,
}

/// Builds the extractor from the gazetteer options.
pub fn build_extractor(dirs: &[PathBuf], no_default: bool, date: Option<String>) -> anyhow::Result<Extractor> {
    let mut b = if no_default { GazetteerBuilder::new() } else { GazetteerBuilder::with_defaults()? };
    for d in dirs {
        b.add_dir(d)?;
    }
    let mut ex = Extractor::new(b.build()?, Lexicon::default_data()?);
    ex.set_default_date(date);
    Ok(ex)
}

pub fn run(args: Args) -> anyhow::Result<i32> {
    if let Some(d) = &args.date {
        anyhow::ensure!(d.len() == 10 && d.as_bytes()[4] == b'-' && d.as_bytes()[7] == b'-', "--date must be YYYY-MM-DD, not `{d}`");
    }
    let ex = build_extractor(&args.gazetteer, args.no_default_gazetteer, args.date.clone())?;
    let mut fields = Fields { id: args.id_field.clone(), text: args.text_field.clone(), ..Fields::default() };
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
    let (sink, tmp): (Box<dyn Write>, Option<(tempfile_path::TempPath, PathBuf)>) = match &args.output {
        Some(p) => {
            let t = tempfile_path::TempPath::create(p)?;
            let f = std::fs::File::create(t.path()).with_context(|| format!("cannot create {}", t.path().display()))?;
            (Box::new(std::io::BufWriter::with_capacity(1 << 16, f)), Some((t, p.clone())))
        }
        None => (Box::new(std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock())), None),
    };
    let mut w = RowWriter::new(sink, out_format, args.raw);
    let (mut read, mut skipped, mut rows) = (0usize, 0usize, 0usize);
    for ev in Reader::new(&args.inputs, format, fields) {
        match ev {
            Event::Doc(doc) => {
                read += 1;
                for a in ex.extract(&doc) {
                    w.write(&a)?;
                    rows += 1;
                }
            }
            Event::Skip(e) => {
                skipped += 1;
                eprintln!("whosaid: skipped: {e}");
            }
            Event::Warning(m) => eprintln!("whosaid: warning: {m}"),
        }
    }
    let mut inner = w.finish()?;
    inner.flush()?;
    drop(inner);
    if let Some((t, target)) = tmp {
        t.persist(&target)?;
    }
    if !args.quiet {
        eprintln!("whosaid: {read} documents read, {} extracted, {skipped} skipped, {rows} rows", read);
    }
    Ok(if skipped > 0 { 1 } else { 0 })
}

/// A temporary path beside the target, removed unless persisted.
mod tempfile_path {
    use std::path::{Path, PathBuf};

    pub struct TempPath {
        path: PathBuf,
        keep: bool,
    }

    impl TempPath {
        pub fn create(target: &Path) -> anyhow::Result<TempPath> {
            let dir = target.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
            let name = target.file_name().and_then(|n| n.to_str()).unwrap_or("out");
            let path = dir.join(format!(".{name}.{}.tmp", std::process::id()));
            Ok(TempPath { path, keep: false })
        }

        pub fn path(&self) -> &Path {
            &self.path
        }

        pub fn persist(mut self, target: &Path) -> anyhow::Result<()> {
            std::fs::rename(&self.path, target).map_err(|e| anyhow::anyhow!("cannot rename {} to {}: {e}", self.path.display(), target.display()))?;
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
}
