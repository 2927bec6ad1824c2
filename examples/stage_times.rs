//! Time each pipeline stage on a JSONL corpus, single-threaded:
//! `cargo run --release --example stage_times -- docs.jsonl`.
//!
//! Stages: reading and JSON parsing, segmentation and quotes, cue scan,
//! gazetteer scan, whole extraction (which includes the scans above plus
//! rules and resolution), and JSONL serialization of the rows. Each stage
//! runs `REPS` times (default 3) and the fastest run is shown, which keeps
//! the figures steady on a busy machine.

use std::time::Instant;

use whosaid::input::{Event, Fields, Format, Reader};
use whosaid::output::{OutFormat, RowWriter};
use whosaid::quotes::document_quotes;
use whosaid::text::segment::{paragraphs, sentences};
use whosaid::Extractor;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .ok_or("usage: stage_times DOCS.jsonl")?;
    let reps: usize = std::env::var("REPS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(3)
        .max(1);
    // The fastest of `reps` runs of `f`, and its last result.
    fn best<T>(reps: usize, mut f: impl FnMut() -> T) -> (std::time::Duration, T) {
        let mut min = std::time::Duration::MAX;
        let mut out = None;
        for _ in 0..reps {
            let t = Instant::now();
            let r = f();
            min = min.min(t.elapsed());
            out = Some(r);
        }
        (min, out.expect("reps >= 1"))
    }
    let (startup, ex) = best(reps, Extractor::with_default_data);
    let ex = ex?;
    let path = std::path::PathBuf::from(path);
    let (read, docs) = best(reps, || {
        Reader::new(
            std::slice::from_ref(&path),
            Format::Jsonl,
            Fields::default(),
        )
        .filter_map(|e| match e {
            Event::Doc(d) => Some(d),
            _ => None,
        })
        .collect::<Vec<_>>()
    });
    let mb = docs.iter().map(|d| d.text.len()).sum::<usize>() as f64 / 1e6;

    let (seg, n) = best(reps, || {
        let mut n = 0;
        for d in &docs {
            let paras = paragraphs(&d.text);
            let q = document_quotes(&d.text, &paras);
            for &p in &paras {
                n += sentences(&d.text, p, &q).len();
            }
        }
        n
    });
    let (cue, cues) = best(reps, || {
        let mut cues = Vec::new();
        for d in &docs {
            ex.lexicon().find_cues(&d.text, 0, d.text.len(), &mut cues);
        }
        cues
    });
    let (gaz, mentions) = best(reps, || {
        docs.iter()
            .map(|d| ex.gazetteer().find_mentions(&d.text).len())
            .sum::<usize>()
    });
    let (extract, rows) = best(reps, || {
        docs.iter().flat_map(|d| ex.extract(d)).collect::<Vec<_>>()
    });
    let (write, bytes) = best(reps, || -> std::io::Result<usize> {
        let mut w = RowWriter::new(Vec::new(), OutFormat::Jsonl, false);
        for r in &rows {
            w.write(r)?;
        }
        Ok(w.finish()?.len())
    });
    let bytes = bytes?;

    let rate = |d: std::time::Duration| mb / d.as_secs_f64();
    println!("corpus: {} docs, {mb:.1} MB, {n} sentences, {} cues, {mentions} mentions, {} rows, {bytes} output bytes", docs.len(), cues.len(), rows.len());
    println!(
        "startup (gazetteer + lexicon + rules): {:.1} ms",
        startup.as_secs_f64() * 1e3
    );
    for (name, d) in [
        ("read + JSON parse", read),
        ("segment + quotes", seg),
        ("cue scan", cue),
        ("gazetteer scan", gaz),
        ("extract (all stages)", extract),
        ("write JSONL", write),
    ] {
        println!(
            "{name:<22} {:>8.1} ms  {:>8.1} MB/s",
            d.as_secs_f64() * 1e3,
            rate(d)
        );
    }
    Ok(())
}
