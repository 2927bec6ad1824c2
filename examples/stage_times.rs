//! Time each pipeline stage on a JSONL corpus, single-threaded:
//! `cargo run --release --example stage_times -- docs.jsonl`.
//!
//! Stages: reading and JSON parsing, segmentation and quotes, cue scan,
//! gazetteer scan, whole extraction (which includes the scans above plus
//! rules and resolution), and JSONL serialization of the rows.

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
    let t = Instant::now();
    let ex = Extractor::with_default_data()?;
    let startup = t.elapsed();
    let t = Instant::now();
    let docs: Vec<_> = Reader::new(&[path.into()], Format::Jsonl, Fields::default())
        .filter_map(|e| match e {
            Event::Doc(d) => Some(d),
            _ => None,
        })
        .collect();
    let read = t.elapsed();
    let mb = docs.iter().map(|d| d.text.len()).sum::<usize>() as f64 / 1e6;

    let t = Instant::now();
    let mut n = 0;
    for d in &docs {
        let paras = paragraphs(&d.text);
        let q = document_quotes(&d.text, &paras);
        for &p in &paras {
            n += sentences(&d.text, p, &q).len();
        }
    }
    let seg = t.elapsed();
    let t = Instant::now();
    let mut cues = Vec::new();
    for d in &docs {
        ex.lexicon().find_cues(&d.text, 0, d.text.len(), &mut cues);
    }
    let cue = t.elapsed();
    let t = Instant::now();
    let mentions: usize = docs
        .iter()
        .map(|d| ex.gazetteer().find_mentions(&d.text).len())
        .sum();
    let gaz = t.elapsed();
    let t = Instant::now();
    let rows: Vec<_> = docs.iter().flat_map(|d| ex.extract(d)).collect();
    let extract = t.elapsed();
    let t = Instant::now();
    let mut w = RowWriter::new(Vec::new(), OutFormat::Jsonl, false);
    for r in &rows {
        w.write(r)?;
    }
    let bytes = w.finish()?.len();
    let write = t.elapsed();

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
