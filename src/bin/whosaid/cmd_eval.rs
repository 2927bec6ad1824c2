//! `whosaid eval`: score attributions against gold.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context};
use whosaid::eval::{self, Diff, Options, Record};

const EXAMPLES: &str = "\
Examples:
  # extract from the documents and score
  whosaid eval --gold dev.gold.jsonl dev.docs.jsonl
  # score an existing prediction file, listing 5 errors of each sort
  whosaid eval --gold dev.gold.jsonl --pred out.jsonl --docs dev.docs.jsonl --errors 5
  # save a report, then gate CI on it
  whosaid eval --gold g.jsonl --pred p.jsonl --json > base.json
  whosaid eval --gold g.jsonl --pred p.jsonl --baseline base.json --no-regressions --min-f1 0.5

Exit status: 0 ok; 1 --min-f1 or --no-regressions failed; 2 error.";

/// Score attributions against gold, as eval/score.py does.
#[derive(clap::Args, Debug)]
#[command(after_help = EXAMPLES)]
pub struct Args {
    /// Gold attributions (JSONL, see SCHEMA.md).
    #[arg(long, value_name = "GOLD.jsonl")]
    gold: PathBuf,
    /// Documents (JSONL): extracted from unless --pred is given. Scoring is
    /// restricted to their ids, gold offsets are checked against their
    /// texts, and --errors shows the sentence around each case.
    #[arg(value_name = "DOCS.jsonl")]
    docs_arg: Option<PathBuf>,
    /// The documents file, as a flag (same as the positional DOCS).
    #[arg(long = "docs", value_name = "DOCS.jsonl")]
    docs_flag: Option<PathBuf>,
    /// Score this prediction file instead of extracting.
    #[arg(long, value_name = "PRED.jsonl")]
    pred: Option<PathBuf>,
    /// Score only gold records and predictions of these kinds.
    #[arg(long, value_name = "KIND,...", value_delimiter = ',')]
    kinds: Vec<String>,
    /// Print the report as JSON (with per-case outcomes and any
    /// comparison; usable as --baseline); the text error list and
    /// comparison go to stderr.
    #[arg(long)]
    json: bool,
    /// List the first N missed, spurious and wrong-speaker cases each.
    #[arg(long, value_name = "N")]
    errors: Option<usize>,
    /// Compare with a report saved with --json.
    #[arg(long, value_name = "REPORT.json")]
    baseline: Option<PathBuf>,
    /// Exit with 1 when end-to-end F1 is below X.
    #[arg(long, value_name = "X")]
    min_f1: Option<f64>,
    /// Exit with 1 when end-to-end or quotes F1 dropped, or a gold record
    /// got worse, compared with --baseline.
    #[arg(long, requires = "baseline")]
    no_regressions: bool,
    /// Data files (gazetteer, verbs.csv, speaker_nouns.csv, rules.toml)
    /// that add to or override the embedded ones, for trying a data change
    /// without rebuilding (repeatable; not word_names.txt, nicknames.csv
    /// or given_names.txt, which are embedded only).
    #[arg(long = "gazetteer", value_name = "DIR")]
    gazetteer: Vec<PathBuf>,
    /// Date for documents without one (YYYY-MM-DD), to resolve roles.
    #[arg(long)]
    date: Option<String>,
}

/// Validated arguments.
struct Config {
    gold: PathBuf,
    docs: Option<PathBuf>,
    pred: Option<PathBuf>,
    kinds: Option<Vec<String>>,
    json: bool,
    errors: usize,
    baseline: Option<PathBuf>,
    min_f1: Option<f64>,
    no_regressions: bool,
    gazetteer: Vec<PathBuf>,
    date: Option<String>,
}

impl Args {
    fn config(self) -> anyhow::Result<Config> {
        let docs = match (self.docs_arg, self.docs_flag) {
            (Some(a), Some(b)) if a != b => {
                bail!(
                    "two documents files given: {} and {}",
                    a.display(),
                    b.display()
                )
            }
            (a, b) => a.or(b),
        };
        if self.pred.is_none() && docs.is_none() {
            bail!("give the documents to extract from (DOCS.jsonl), or --pred PRED.jsonl");
        }
        for k in &self.kinds {
            if whosaid::Kind::parse(k).is_none() {
                bail!("--kinds: unknown kind {k:?} (direct, mixed, indirect, stance)");
            }
        }
        if let Some(x) = self.min_f1 {
            if !(0.0..=1.0).contains(&x) {
                bail!("--min-f1 must be between 0 and 1, not {x}");
            }
        }
        Ok(Config {
            gold: self.gold,
            docs,
            pred: self.pred,
            kinds: (!self.kinds.is_empty()).then_some(self.kinds),
            json: self.json,
            errors: self.errors.unwrap_or(0),
            baseline: self.baseline,
            min_f1: self.min_f1,
            no_regressions: self.no_regressions,
            gazetteer: self.gazetteer,
            date: self.date,
        })
    }
}

/// Runs `whosaid eval`; returns the exit code.
pub fn run(args: Args) -> anyhow::Result<i32> {
    let cfg = args.config()?;
    // Read the baseline first: a bad one fails before any extraction.
    let base = cfg.baseline.as_deref().map(eval::load_report).transpose()?;
    let docs = cfg.docs.as_deref().map(eval::load_docs).transpose()?;
    let gold = eval::load_gold(&cfg.gold, docs.as_ref())?;
    let (pred, pred_name) = match &cfg.pred {
        Some(p) => (eval::load_pred(p)?, p.display().to_string()),
        None => {
            let path = cfg.docs.as_deref().expect("checked in config");
            let ex = crate::cmd_extract::build_extractor(&cfg.gazetteer, false, cfg.date.clone())?;
            (predict(&ex, path)?, "whosaid".to_string())
        }
    };
    let opts = Options {
        doc_ids: docs.as_ref().map(|d| d.ids().to_vec()),
        kinds: cfg.kinds.clone(),
    };
    let mut report = eval::score(&gold, &pred, &opts);
    report.comparison = base.map(|base| Diff::new(&base, &report));
    let baseline_name = cfg.baseline.as_ref().map(|p| p.display().to_string());

    let mut main_out = String::new();
    let mut side_out = String::new();
    if cfg.json {
        main_out = serde_json::to_string(&report)?;
        main_out.push('\n');
    } else {
        main_out.push_str(&format!(
            "##### whosaid eval: {} vs {} #####\n\n",
            pred_name,
            cfg.gold.display()
        ));
        main_out.push_str(&report.to_text());
    }
    let extra = if cfg.json {
        &mut side_out
    } else {
        &mut main_out
    };
    if cfg.errors > 0 {
        extra.push_str(&report.errors_text(cfg.errors, docs.as_ref()));
    }
    if let (Some(diff), Some(name)) = (&report.comparison, &baseline_name) {
        extra.push_str(&diff.to_text(name));
    }

    let mut code = 0;
    if let Some(x) = cfg.min_f1 {
        if report.end_to_end.f1 < x {
            side_out.push_str(&format!(
                "FAIL: end-to-end F1 {:.3} is below --min-f1 {x}\n",
                report.end_to_end.f1
            ));
            code = 1;
        }
    }
    if cfg.no_regressions {
        if let Some(diff) = report.comparison.as_ref().filter(|d| d.is_regression()) {
            side_out.push_str(&format!(
                "FAIL: regression: {}\n",
                diff.regressions.join("; ")
            ));
            code = 1;
        }
    }
    // A closed stdout pipe is fine, but the checks still decide the code.
    let written = std::io::stdout().lock().write_all(main_out.as_bytes());
    if let Err(e) = written {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            return Err(e).context("writing the report");
        }
    }
    std::io::stderr().lock().write_all(side_out.as_bytes())?;
    Ok(code)
}

/// Extracts attributions from the documents file.
fn predict(ex: &whosaid::Extractor, docs_path: &Path) -> anyhow::Result<Vec<Record>> {
    use whosaid::input::{Event, Fields, Format, Reader};
    let mut out = Vec::new();
    for ev in Reader::new(&[docs_path.to_path_buf()], Format::Jsonl, Fields::default()) {
        match ev {
            Event::Doc(doc) => out.extend(ex.extract(&doc).iter().map(Record::from)),
            Event::Skip(e) => bail!("{e}"),
            Event::Warning(m) => eprintln!("whosaid: warning: {m}"),
        }
    }
    Ok(out)
}
