//! Hardening (issue 8): the `whosaid` binary and the library on hostile or
//! broken input. CLI tests run the built binary in temporary directories.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use whosaid::output::{OutFormat, RowWriter};
use whosaid::{Attribution, Document, Extractor, Kind, SpeakerType};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_whosaid"))
}

fn run_in(dir: &Path, args: &[&str]) -> Output {
    bin()
        .current_dir(dir)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("run whosaid")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn jsonl_line(id: &str, text: &str) -> String {
    serde_json::json!({ "id": id, "text": text }).to_string()
}

fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).expect("write input");
    p
}

fn read_jsonl_rows(s: &str) -> Vec<Attribution> {
    s.lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad JSONL row {l:?}: {e}")))
        .collect()
}

fn read_csv_rows(path: &Path, delim: u8) -> (Vec<String>, Vec<Vec<String>>) {
    let mut r = csv::ReaderBuilder::new()
        .delimiter(delim)
        .from_path(path)
        .expect("open csv output");
    let header = r
        .headers()
        .expect("header")
        .iter()
        .map(str::to_string)
        .collect();
    let rows = r
        .records()
        .map(|rec| {
            rec.expect("csv record")
                .iter()
                .map(str::to_string)
                .collect()
        })
        .collect();
    (header, rows)
}

const DANGER: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Documents whose ids and quotes begin with every formula character.
fn injection_docs() -> String {
    let mut s = String::new();
    for (i, c) in DANGER.iter().enumerate() {
        let id = format!("{c}id{i}");
        let text = format!("\"{c}SUM(A1:A9) is plan {i},\" Lavrov said.\n\n\"{c}cmd|' /C calc'!A0 now,\" Putin said.");
        s.push_str(&jsonl_line(&id, &text));
        s.push('\n');
    }
    s
}

/// The string columns of a row, by CSV column index.
fn string_cells(a: &Attribution) -> Vec<(usize, String)> {
    let o = |v: &Option<String>| v.clone().unwrap_or_default();
    vec![
        (0, a.doc_id.clone()),
        (2, o(&a.speaker)),
        (3, o(&a.speaker_canonical)),
        (5, o(&a.speaker_country)),
        (6, o(&a.cue)),
        (7, o(&a.cue_lemma)),
        (8, o(&a.cue_class)),
        (9, a.content.clone()),
    ]
}

fn num_cells(a: &Attribution) -> Vec<(usize, String)> {
    let o = |v: Option<usize>| v.map(|n| n.to_string()).unwrap_or_default();
    vec![
        (1, a.kind.as_str().to_string()),
        (4, a.speaker_type.as_str().to_string()),
        (10, a.content_start.to_string()),
        (11, a.content_end.to_string()),
        (12, o(a.speaker_start)),
        (13, o(a.speaker_end)),
        (14, a.rule.clone()),
    ]
}

/// CSV/TSV cells starting with a formula character get a `'`, `--raw`
/// leaves them alone, JSONL never alters them, offsets do not move.
#[test]
fn csv_injection_is_neutralized_cell_by_cell() {
    let dir = tempfile::tempdir().unwrap();
    let input = injection_docs();
    write(dir.path(), "in.jsonl", &input);
    for args in [
        &[
            "extract",
            "in.jsonl",
            "--format",
            "jsonl",
            "-o",
            "out.jsonl",
        ][..],
        &["extract", "in.jsonl", "-o", "out.csv"],
        &["extract", "in.jsonl", "--raw", "-o", "raw.csv"],
        &["extract", "in.jsonl", "--format", "tsv", "-o", "out.tsv"],
        &[
            "extract",
            "in.jsonl",
            "--format",
            "jsonl",
            "--raw",
            "-o",
            "raw.jsonl",
        ],
    ] {
        let o = run_in(dir.path(), args);
        assert!(o.status.success(), "{args:?}: {}", stderr(&o));
    }
    let rows = read_jsonl_rows(&std::fs::read_to_string(dir.path().join("out.jsonl")).unwrap());
    assert_eq!(
        rows.len(),
        2 * DANGER.len(),
        "every quote is found: {rows:#?}"
    );
    // JSONL is never altered: ids as given, content = text at its offsets.
    let texts: Vec<(String, String)> = input
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            (
                v["id"].as_str().unwrap().to_string(),
                v["text"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    for a in &rows {
        let (_, text) = texts
            .iter()
            .find(|(id, _)| *id == a.doc_id)
            .expect("doc_id unchanged in JSONL");
        let chars: Vec<char> = text.chars().collect();
        assert_eq!(
            chars[a.content_start..a.content_end]
                .iter()
                .collect::<String>(),
            a.content
        );
        // Content keeps its first character, but for white space (tab,
        // CR), which no content has at its edges.
        let c = a.doc_id.chars().next().unwrap();
        let first = match c {
            _ if !c.is_whitespace() => c,
            _ if a.content.contains("cmd|") => 'c',
            _ => 'S',
        };
        assert!(
            a.content.starts_with(first),
            "content kept its first character: {:?}",
            a.content
        );
    }
    assert_eq!(
        std::fs::read(dir.path().join("raw.jsonl")).unwrap(),
        std::fs::read(dir.path().join("out.jsonl")).unwrap(),
        "--raw does not change JSONL"
    );
    let mut prefixed = std::collections::BTreeSet::new();
    for (file, delim, raw) in [
        ("out.csv", b',', false),
        ("raw.csv", b',', true),
        ("out.tsv", b'\t', false),
    ] {
        let (header, cells) = read_csv_rows(&dir.path().join(file), delim);
        assert_eq!(header, whosaid::COLUMNS, "{file}");
        assert_eq!(cells.len(), rows.len(), "{file}");
        for (a, row) in rows.iter().zip(&cells) {
            assert_eq!(row.len(), 15, "{file}: {row:?}");
            for (i, v) in string_cells(a) {
                let want = if !raw && v.starts_with(DANGER) {
                    format!("'{v}")
                } else {
                    v.clone()
                };
                assert_eq!(
                    row[i],
                    want,
                    "{file}: column {} of {row:?}",
                    whosaid::COLUMNS[i]
                );
                if !raw && v.starts_with(DANGER) {
                    prefixed.insert((i, v.chars().next().unwrap()));
                }
            }
            for (i, v) in num_cells(a) {
                assert_eq!(
                    row[i],
                    v,
                    "{file}: offsets and fixed columns unchanged, column {}",
                    whosaid::COLUMNS[i]
                );
            }
        }
    }
    // Both doc_id and content were exercised with every character (but
    // content with white space, which it never has at its edges).
    for c in DANGER {
        assert!(
            prefixed.contains(&(0, c)) && (c.is_whitespace() || prefixed.contains(&(9, c))),
            "{c:?} not exercised: {prefixed:?}"
        );
    }
}

/// Every string column (speaker, canonical, cue, ... which the gazetteer
/// rarely lets start with `=`) is neutralized by the row writer itself.
#[test]
fn row_writer_neutralizes_every_string_column() {
    for c in DANGER {
        let s = |name: &str| format!("{c}{name}");
        let a = Attribution {
            doc_id: s("doc"),
            kind: Kind::Direct,
            speaker: Some(s("speaker")),
            speaker_canonical: Some(s("canon")),
            speaker_type: SpeakerType::Person,
            speaker_country: Some(s("RUS")),
            cue: Some(s("said")),
            cue_lemma: Some(s("say")),
            cue_class: Some(s("say")),
            content: s("content"),
            content_start: 3,
            content_end: 9,
            speaker_start: Some(11),
            speaker_end: Some(17),
            rule: "r".into(),
        };
        for (raw, fmt, delim) in [
            (false, OutFormat::Csv, b','),
            (true, OutFormat::Csv, b','),
            (false, OutFormat::Tsv, b'\t'),
        ] {
            let mut w = RowWriter::new(Vec::new(), fmt, raw);
            w.write(&a).unwrap();
            let bytes = w.finish().unwrap();
            let mut r = csv::ReaderBuilder::new()
                .delimiter(delim)
                .from_reader(&bytes[..]);
            let row: Vec<String> = r
                .records()
                .next()
                .unwrap()
                .unwrap()
                .iter()
                .map(str::to_string)
                .collect();
            for (i, v) in string_cells(&a) {
                let want = if raw { v } else { format!("'{v}") };
                assert_eq!(
                    row[i],
                    want,
                    "{c:?} raw={raw} column {}",
                    whosaid::COLUMNS[i]
                );
            }
            for (i, v) in num_cells(&a) {
                assert_eq!(row[i], v);
            }
        }
        let mut w = RowWriter::new(Vec::new(), OutFormat::Jsonl, false);
        w.write(&a).unwrap();
        let back: Attribution = serde_json::from_slice(&w.finish().unwrap()).unwrap();
        assert_eq!(back, a, "JSONL never altered");
    }
}

#[test]
fn invalid_utf8_in_text_file_is_repaired_and_extracted() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "bad.txt",
        // (UTF-8 with a damaged byte: "\xc3\xa9" is e-acute.)
        b"\"W\xc3\xa9 w\xffon the vote,\" Lavrov said.",
    );
    let o = run_in(dir.path(), &["extract", "bad.txt", "--format", "jsonl"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.lines()
            .any(|l| l.contains("warning") && l.contains("bad.txt") && l.contains("UTF-8")),
        "{err}"
    );
    let rows = read_jsonl_rows(&stdout(&o));
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(rows[0].content, "W\u{e9} w\u{FFFD}on the vote,");
    assert_eq!((rows[0].content_start, rows[0].content_end), (1, 18));
}

#[test]
fn invalid_utf8_in_jsonl_line_is_repaired_and_named() {
    let dir = tempfile::tempdir().unwrap();
    let mut input = Vec::new();
    input.extend_from_slice(jsonl_line("a", "\"We won,\" Putin said.").as_bytes());
    input.extend_from_slice(
        b"\n{\"id\":\"b\",\"text\":\"\\\"W\xc3\xa9 w\xc3on,\\\" Lavrov said.\"}\n",
    );
    write(dir.path(), "in.jsonl", &input);
    let o = run_in(dir.path(), &["extract", "in.jsonl", "--format", "jsonl"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.lines()
            .any(|l| l.contains("warning") && l.contains("in.jsonl:2") && l.contains("UTF-8")),
        "{err}"
    );
    let rows = read_jsonl_rows(&stdout(&o));
    let ids: Vec<&str> = rows.iter().map(|r| r.doc_id.as_str()).collect();
    assert_eq!(ids, ["a", "b"]);
    assert_eq!(rows[1].content, "W\u{e9} w\u{FFFD}on,");
}

#[test]
fn bad_jsonl_lines_are_skipped_and_named() {
    let dir = tempfile::tempdir().unwrap();
    let input = format!(
        "not json at all\n{{\"id\":\"notext\"}}\n{}\n{{\"id\":\"num\",\"text\":42}}\n",
        jsonl_line("ok", "\"We won,\" Lavrov said.")
    );
    write(dir.path(), "in.jsonl", input);
    let o = run_in(dir.path(), &["extract", "in.jsonl", "--format", "jsonl"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    for l in ["in.jsonl:1:", "in.jsonl:2:", "in.jsonl:4:"] {
        assert!(err.contains(l), "{l} not named: {err}");
    }
    assert!(!err.contains("in.jsonl:3"), "{err}");
    let rows = read_jsonl_rows(&stdout(&o));
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].doc_id, "ok");
}

#[test]
fn missing_or_unreadable_files_are_named_and_others_processed() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "good.txt", "\"We won,\" Lavrov said.");
    write(dir.path(), "plain", "x");
    // A missing file and a path through a regular file (ENOTDIR): both
    // unreadable even for root.
    let o = run_in(
        dir.path(),
        &[
            "extract",
            "missing.txt",
            "good.txt",
            "plain/inner.txt",
            "--format",
            "jsonl",
        ],
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("missing.txt"), "{err}");
    assert!(err.contains("plain/inner.txt"), "{err}");
    let rows = read_jsonl_rows(&stdout(&o));
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].doc_id, "good.txt");
}

#[test]
fn empty_input_gives_header_only() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "empty.txt", "");
    write(dir.path(), "empty.jsonl", "");
    write(dir.path(), "blank.jsonl", "\n\n  \n");
    let header = format!("{}\n", whosaid::COLUMNS.join(","));
    for f in ["empty.txt", "empty.jsonl", "blank.jsonl"] {
        let o = run_in(dir.path(), &["extract", f]);
        assert_eq!(o.status.code(), Some(0), "{f}: {}", stderr(&o));
        assert_eq!(stdout(&o), header, "{f}");
        let o = run_in(dir.path(), &["extract", f, "--format", "jsonl"]);
        assert_eq!(o.status.code(), Some(0), "{f}: {}", stderr(&o));
        assert_eq!(stdout(&o), "", "{f}");
    }
    // Empty stdin.
    let o = run_in(dir.path(), &["extract", "-"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stdout(&o), header);
    // An empty CSV input has no header row: no crash, header-only output.
    write(dir.path(), "empty.csv", "");
    let o = run_in(dir.path(), &["extract", "empty.csv"]);
    assert!(matches!(o.status.code(), Some(0 | 1)), "{}", stderr(&o));
    assert_eq!(stdout(&o), header);
}

fn big_jsonl(n: usize) -> String {
    let mut s = String::with_capacity(n * 120);
    for i in 0..n {
        s.push_str(&jsonl_line(
            &format!("d{i}"),
            "\"We won the vote today,\" Lavrov said. Putin said that Russia will respond.",
        ));
        s.push('\n');
    }
    s
}

#[test]
fn closed_pipe_ends_quietly() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "big.jsonl", big_jsonl(5000));
    let mut child = bin()
        .current_dir(dir.path())
        .args(["extract", "big.jsonl", "--format", "jsonl"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    out.read_line(&mut line).unwrap();
    assert!(line.starts_with("{\"doc_id\":\"d0\""), "{line}");
    drop(out);
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stderr(&o), "", "a closed pipe is not an error");
}

/// Files in `dir` other than the inputs.
fn leftovers(dir: &Path, inputs: &[&str]) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !inputs.contains(&n.as_str()))
        .collect();
    v.sort();
    v
}

/// A write that fails midway (file size limit: EFBIG) leaves no file at
/// the target path and no temporary file.
#[test]
fn output_file_is_atomic_when_a_write_fails() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "big.jsonl", big_jsonl(3000));
    // SIGXFSZ ignored (inherited through exec), so write() returns EFBIG.
    let script = format!(
        "trap '' XFSZ; ulimit -f 8; exec '{}' extract big.jsonl -o out.csv",
        env!("CARGO_BIN_EXE_whosaid")
    );
    let o = Command::new("sh")
        .current_dir(dir.path())
        .args(["-c", &script])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("error"), "{}", stderr(&o));
    assert_eq!(leftovers(dir.path(), &["big.jsonl"]), Vec::<String>::new());
}

/// When the final rename fails (target is a directory), the target is
/// untouched and the temporary file is removed.
#[test]
fn output_file_is_atomic_when_the_rename_fails() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "in.jsonl", big_jsonl(3));
    std::fs::create_dir(dir.path().join("out.csv")).unwrap();
    let o = run_in(dir.path(), &["extract", "in.jsonl", "-o", "out.csv"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("out.csv"), "{}", stderr(&o));
    assert!(dir.path().join("out.csv").is_dir());
    assert_eq!(leftovers(dir.path(), &["in.jsonl"]), ["out.csv"]);
}

/// A process killed after it started writing leaves nothing at the target
/// path (a `.tmp` file beside it may remain: SIGKILL runs no cleanup).
#[test]
fn output_file_is_atomic_when_killed_midway() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "big.jsonl", big_jsonl(60_000));
    let mut child = bin()
        .current_dir(dir.path())
        .args(["extract", "big.jsonl", "-o", "out.csv", "-q"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let t0 = Instant::now();
    let started = loop {
        let tmp = leftovers(dir.path(), &["big.jsonl"])
            .into_iter()
            .find(|n| n.ends_with(".tmp"));
        if let Some(n) = tmp {
            if std::fs::metadata(dir.path().join(&n))
                .map(|m| m.len() > 0)
                .unwrap_or(false)
            {
                break true;
            }
        }
        if t0.elapsed() > Duration::from_secs(120) || child.try_wait().unwrap().is_some() {
            break false;
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    assert!(
        child.try_wait().unwrap().is_none(),
        "finished before it could be killed; make the input bigger"
    );
    assert!(started, "no temporary file was written");
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(
        !dir.path().join("out.csv").exists(),
        "a partial output was left at the target path"
    );
}

#[test]
fn exit_status_and_summary_line() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "ok.jsonl",
        format!(
            "{}\n{}\n",
            jsonl_line("a", "\"We won,\" Lavrov said."),
            jsonl_line("b", "No quote here.")
        ),
    );
    write(
        dir.path(),
        "mixed.jsonl",
        format!("{}\nbroken\n", jsonl_line("a", "\"We won,\" Lavrov said.")),
    );
    let o = run_in(dir.path(), &["extract", "ok.jsonl"]);
    assert_eq!(o.status.code(), Some(0));
    let last = stderr(&o).lines().last().unwrap_or("").to_string();
    assert!(
        last.contains("2 documents read") && last.contains("0 skipped") && last.contains("1 rows"),
        "{last}"
    );
    let o = run_in(dir.path(), &["extract", "mixed.jsonl"]);
    assert_eq!(o.status.code(), Some(1));
    let last = stderr(&o).lines().last().unwrap_or("").to_string();
    assert!(
        last.contains("1 documents read") && last.contains("1 skipped"),
        "{last}"
    );
    // -q: no summary.
    let o = run_in(dir.path(), &["extract", "-q", "ok.jsonl"]);
    assert_eq!(stderr(&o), "");
    // Usage errors: 2.
    assert_eq!(
        run_in(dir.path(), &["extract", "ok.jsonl", "--no-such-flag"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        run_in(dir.path(), &["extract", "ok.jsonl", "--date", "yesterday"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(run_in(dir.path(), &["extract"]).status.code(), Some(2));
}

/// "extracted" counts the documents that were extracted, so with oversized
/// documents skipped it differs from "read".
#[test]
fn summary_counts_read_extracted_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let big = format!("\"We won,\" Lavrov said. {}", "word ".repeat(100));
    write(
        dir.path(),
        "in.jsonl",
        format!(
            "{}\n{}\nbroken\n",
            jsonl_line("small", "\"We won,\" Lavrov said."),
            jsonl_line("big", &big)
        ),
    );
    let o = run_in(
        dir.path(),
        &["extract", "in.jsonl", "--max-doc-bytes", "200"],
    );
    let last = stderr(&o).lines().last().unwrap_or("").to_string();
    assert!(
        last.contains("2 documents read")
            && last.contains("1 extracted")
            && last.contains("2 skipped"),
        "{last}"
    );
}

#[test]
fn max_doc_bytes_skips_oversized_documents() {
    let dir = tempfile::tempdir().unwrap();
    let big = format!("\"We won,\" Lavrov said. {}", "word ".repeat(100));
    write(
        dir.path(),
        "in.jsonl",
        format!(
            "{}\n{}\n{}\n",
            jsonl_line("small", "\"We won,\" Lavrov said."),
            jsonl_line("big", &big),
            jsonl_line("after", "\"We lost,\" Putin said.")
        ),
    );
    write(dir.path(), "big.txt", &big);
    write(
        dir.path(),
        "in.csv",
        format!(
            "id,text\nc1,\"\"\"We won,\"\" Lavrov said.\"\nc2,\"{}\"\n",
            big.replace('"', "\"\"")
        ),
    );
    let o = run_in(
        dir.path(),
        &[
            "extract",
            "in.jsonl",
            "big.txt",
            "in.csv",
            "--max-doc-bytes",
            "200",
            "--format",
            "jsonl",
        ],
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    for name in ["big", "big.txt", "c2"] {
        assert!(
            err.lines()
                .any(|l| l.contains(name) && l.contains("skipped")),
            "{name} not named: {err}"
        );
    }
    let ids: Vec<String> = read_jsonl_rows(&stdout(&o))
        .into_iter()
        .map(|r| r.doc_id)
        .collect();
    assert_eq!(ids, ["small", "after", "c1"]);
    // Under the limit: extracted.
    let o = run_in(
        dir.path(),
        &["extract", "big.txt", "--max-doc-bytes", "100000"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

#[test]
fn rows_of_a_huge_document_are_sent_on_in_parts_in_order() {
    // The rows of one document pass the workers' 4 MB flush size several
    // times (JSONL rows take several times the text here): they are sent
    // on as they are made, and the output is the same as each document
    // extracted alone, in input order, with one or two workers.
    let dir = tempfile::tempdir().unwrap();
    let unit = "The treasurer said the levy would raise less than hoped, aides said on Friday. ";
    let docs = [
        jsonl_line("before", "\"It will pass,\" the senator said."),
        jsonl_line("huge", &unit.repeat(30_000)),
        jsonl_line("after", "Officials said the road would reopen."),
    ];
    let mut alone = String::new();
    for (i, d) in docs.iter().enumerate() {
        let name = format!("doc{i}.jsonl");
        write(dir.path(), &name, format!("{d}\n"));
        let o = run_in(dir.path(), &["extract", "-q", "--format", "jsonl", &name]);
        assert!(o.status.success(), "{}", stderr(&o));
        alone.push_str(&stdout(&o));
    }
    assert!(alone.len() > 12 << 20, "{} bytes of rows", alone.len());
    write(dir.path(), "all.jsonl", docs.join("\n") + "\n");
    for jobs in ["1", "2"] {
        let o = run_in(
            dir.path(),
            &["extract", "--format", "jsonl", "-j", jobs, "all.jsonl"],
        );
        assert!(o.status.success(), "{}", stderr(&o));
        assert!(stdout(&o) == alone, "-j {jobs}: output differs");
        assert!(
            stderr(&o).contains("3 documents read, 3 extracted, 0 skipped, 60002 rows"),
            "{}",
            stderr(&o)
        );
    }
}

#[test]
fn max_doc_bytes_default_is_64_mib() {
    let dir = tempfile::tempdir().unwrap();
    let mut f = std::fs::File::create(dir.path().join("huge.txt")).unwrap();
    let chunk = "word ".repeat(1 << 12);
    let mut n = 0;
    while n <= 64 << 20 {
        f.write_all(chunk.as_bytes()).unwrap();
        n += chunk.len();
    }
    drop(f);
    write(dir.path(), "small.txt", "\"We won,\" Lavrov said.");
    let o = run_in(
        dir.path(),
        &["extract", "huge.txt", "small.txt", "--format", "jsonl"],
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("huge.txt"), "{}", stderr(&o));
    assert_eq!(read_jsonl_rows(&stdout(&o)).len(), 1);
    assert!(bin()
        .args(["extract", "--help"])
        .output()
        .map(|o| stdout(&o).contains("--max-doc-bytes"))
        .unwrap());
}

// ---- Pathological inputs, through the library: they must finish and keep
// the row invariants (timings are in the issue report, not here).

fn extractor() -> &'static Extractor {
    static EX: std::sync::OnceLock<Extractor> = std::sync::OnceLock::new();
    EX.get_or_init(|| Extractor::with_default_data().unwrap())
}

fn check(text: String) -> usize {
    let doc = Document {
        id: "p".into(),
        text,
        date: None,
        title: None,
    };
    let rows = extractor().extract(&doc);
    let chars: Vec<char> = doc.text.chars().collect();
    // The text of offsets `a..b`: with HTML markup, as the extractor reads
    // it (tags blanked, character references decoded).
    let at = |a: usize, b: usize| {
        let s: String = chars[a..b].iter().collect();
        whosaid::text::markup::clean(&s).map_or(s, |c| c.text)
    };
    for a in &rows {
        assert!(a.content_start <= a.content_end && a.content_end <= chars.len());
        assert_eq!(at(a.content_start, a.content_end), a.content, "{a:?}");
        if let (Some(s), Some(e), Some(sp)) = (a.speaker_start, a.speaker_end, &a.speaker) {
            assert!(s <= e && e <= chars.len());
            assert_eq!(&at(s, e), sp, "{a:?}");
        }
    }
    rows.len()
}

#[test]
fn pathological_unmatched_quote_marks() {
    check("\"".repeat(100_000));
    check("“".repeat(100_000));
    check("” said Lavrov ".repeat(20_000));
    check("“We won, said Lavrov ".repeat(20_000));
    check("'".repeat(100_000));
}

#[test]
fn pathological_single_long_line() {
    // 5 MB without a line break, sentence end or paragraph.
    let unit = "Lavrov said that word \"quote ";
    let mut s = unit.repeat(5_000_000 / unit.len());
    s.push_str("end.");
    check(s);
    check("a".repeat(5_000_000));
    // 40,000 sentences of two attributions in one paragraph: the nested-row
    // drop after each sentence looks at that sentence's rows only (it
    // passed over every row of the document, quadratic in the length).
    let unit =
        "The minister said the plan would cost more than expected, officials said on Tuesday. ";
    assert_eq!(check(unit.repeat(40_000)), 80_000);
}

#[test]
fn pathological_capitalized_names() {
    check("Sergey Lavrov Vladimir Putin Barack Obama Kerry ".repeat(50_000 / 7));
    check(format!("{} said that it works.", "Name ".repeat(50_000)));
    check(format!("\"It works,\" said {}.", "Lavrov ".repeat(50_000)));
    // One sentence with a cue every other word: each cue's subject search
    // must look back a bounded distance, not to the sentence start.
    check("Name said ".repeat(25_000));
    check(format!(
        "When Name spoke, {}",
        "the Name has said ".repeat(10_000)
    ));
}

#[test]
fn pathological_nested_quotes() {
    let depth = 10_000;
    check(format!(
        "{}deep{} Lavrov said.",
        "“‘«\"".repeat(depth),
        "\"»’”".repeat(depth)
    ));
    check(format!("{}x{}", "“".repeat(depth), "”".repeat(depth)));
    check(format!(
        "{} he said.",
        "\"a \"b 'c' d\" e,\" Lavrov said. ".repeat(depth)
    ));
}

#[test]
fn pathological_many_short_paragraphs_and_cues() {
    check("\"We won,\" Lavrov said.\n\n".repeat(20_000));
    check("said said said according to ".repeat(20_000));
    check("\n".repeat(200_000));
}

/// Regression: the title-case line test of the sentence splitter trimmed
/// all the text after each line break to find the next line's first
/// letter, so a paragraph of lines of no-break spaces (no blank lines)
/// was quadratic (40,000 lines took 1.2 s, 10,000 0.1 s). Now only the
/// next line is looked at. A title-case line still ends a sentence.
#[test]
fn pathological_lines_of_no_break_spaces() {
    check(format!(
        "Mayor Backs New Transit Plan{}",
        "\n\u{a0}".repeat(100_000)
    ));
    check(format!(
        "{}\nThe mayor said the plan works.",
        "Mayor Backs New Transit Plan\n \u{a0}".repeat(30_000)
    ));
    let rows = extract_repeated(
        "Mayor Backs New Transit Plan\nThe mayor said the plan would cut delays.\n\n",
        2,
    );
    let said: Vec<&str> = rows
        .iter()
        .filter(|a| a.cue.as_deref() == Some("said"))
        .map(|a| a.content.as_str())
        .collect();
    assert_eq!(said, ["the plan would cut delays"; 2]);
}

/// A transcript with thousands of different speakers: a one-word label
/// is checked against word counts made once (it searched the whole text
/// per label), and people sharing a surname are compared with a bounded
/// number of earlier ones (every new name was compared with all of them).
#[test]
fn pathological_transcript_labels() {
    let n = 20_000;
    let roster: Vec<String> = (0..n)
        .map(|i| format!("SPEAKER{i} LASTNAME: We will win the vote today."))
        .collect();
    assert_eq!(check(roster.join("\n\n")), n);
    let labels: Vec<String> = (0..n)
        .map(|i| format!("Kel{i}: We will win the vote today, Kel{i} insisted."))
        .collect();
    assert!(check(labels.join("\n\n")) >= n);
}

/// The rows of one document of `unit` repeated `n` times.
fn extract_repeated(unit: &str, n: usize) -> Vec<Attribution> {
    extractor().extract(&Document {
        id: "r".into(),
        text: unit.repeat(n),
        date: None,
        title: None,
    })
}

/// The cue vector holds one sentence's cues at a time (it held the whole
/// document's, several per sentence): a paragraph of many sentences,
/// each with cues, some with a cue phrase cut by the sentence's end
/// ("according" / "To"), gives the rows of one unit over and over, at
/// the offsets of each copy.
#[test]
fn cues_are_found_sentence_by_sentence_in_a_long_paragraph() {
    let unit = "Aides said the mayor warned that the fund would shrink, according to the memo. Staff were told about it according. To the critics, the plan failed, Lee argued. Officials said the bridge would reopen. ";
    let one = extract_repeated(unit, 1);
    assert!(one.len() >= 3, "{one:?}");
    let n = 2_000;
    let rows = extract_repeated(unit, n);
    assert_eq!(rows.len(), one.len() * n);
    let step = unit.chars().count();
    for (k, copy) in rows.chunks(one.len()).enumerate() {
        for (a, b) in copy.iter().zip(&one) {
            assert_eq!(a.content_start, b.content_start + k * step);
            assert_eq!((&a.cue, &a.speaker, &a.rule), (&b.cue, &b.speaker, &b.rule));
        }
    }
}

/// The rows are ordered by their contents' byte offsets and take their
/// speaker span from the draft they resolve through (their own or the one
/// they continue): in a text of multibyte characters, the rows come in
/// order of content in code points, and every speaker's offsets give its
/// text, for the quote paragraphs that continue a speaker too.
#[test]
fn rows_in_content_order_with_speakers_through_their_drafts() {
    let unit = "“Façade é première,” said Zoë Ångström, the minister. “Ça va — à bientôt.”\n\n“Encore une fois, déjà vu,” she added.\n\n“Naïve ideas rarely survive,” the café owner told reporters, “but some do.”\n\n";
    let rows = extract_repeated(unit, 50);
    assert!(rows.len() >= 150, "{}", rows.len());
    let text = unit.repeat(50);
    let chars: Vec<char> = text.chars().collect();
    let span = |a: usize, b: usize| chars[a..b].iter().collect::<String>();
    for w in rows.windows(2) {
        assert!((w[0].content_start, w[0].content_end) <= (w[1].content_start, w[1].content_end));
    }
    for r in &rows {
        assert_eq!(span(r.content_start, r.content_end), r.content);
        if let (Some(a), Some(b), Some(sp)) = (r.speaker_start, r.speaker_end, &r.speaker) {
            assert_eq!(&span(a, b), sp);
        }
    }
    assert!(
        rows.iter()
            .filter(|r| r.speaker.as_deref() == Some("Zoë Ångström"))
            .count()
            >= 100
    );
}

/// A huge document holds one draft for every few words until its rows
/// are written: its size is much of the memory per byte of such a
/// document (120 bytes before the fifteenth speed round, 96 after).
#[test]
fn per_draft_records_stay_compact() {
    assert!(std::mem::size_of::<whosaid::attribution::Draft>() <= 96);
}

/// Many speakers in a text full of gazetteer mentions: whether a
/// gazetteer name runs over the "and" of a coordinated speaker is looked
/// up among the mentions inside that speaker (every speaker looked at
/// every mention of the document). Coordinations still resolve.
#[test]
fn pathological_speakers_among_many_mentions() {
    let unit = "Britain, France and Germany said they would act. The Securities and Exchange Commission said the rule stands. Russia and China agreed. ";
    let n = 20_000;
    let rows = extract_repeated(unit, n);
    assert_eq!(rows.len(), 2 * n);
    for pair in rows.chunks(2) {
        assert_eq!(
            pair[0].speaker_canonical.as_deref(),
            Some("United Kingdom; France; Germany")
        );
        assert_eq!(
            pair[1].speaker_canonical.as_deref(),
            Some("Securities and Exchange Commission")
        );
    }
}

/// Regression: whether a gazetteer name in "of" followed by "and" and a
/// capitalized word ("The Bank of England and Wales said") is the front of
/// a longer name looked for a mention at that word among every mention of
/// the document, once per speaker (80,000 such sentences took 4.1 s,
/// 40,000 1.2 s); now a binary search. The speaker stays the longer name.
#[test]
fn pathological_of_and_names() {
    let unit = "The Bank of England and Wales said it would act. ";
    let n = 40_000;
    let rows = extract_repeated(unit, n);
    assert_eq!(rows.len(), n);
    assert!(rows
        .iter()
        .all(|a| a.speaker_canonical.as_deref() == Some("Bank of England and Wales")));
}

/// Regression for the quadratic passes in attribution (dedupe,
/// continuations, mentions inside a speaker, pronoun antecedents): a
/// document with 4 x 5,000 attributions gives exactly the rows of the
/// small one, repeated, with continuations and pronouns still resolved.
#[test]
fn large_document_keeps_every_row_and_continuation() {
    let unit = "\"We won the vote today,\" Lavrov said. \"This is the next quote here.\"\n\n\"And it goes on for a while,\" he added.\n\n\"A bare continuation quote stands here.\"\n\n";
    let small = extractor().extract(&Document {
        id: "d".into(),
        text: unit.into(),
        date: None,
        title: None,
    });
    let rules: Vec<&str> = small.iter().map(|a| a.rule.as_str()).collect();
    assert_eq!(
        rules,
        [
            "quote-speaker-cue",
            "continuation",
            "quote-speaker-cue",
            "continuation"
        ]
    );
    assert!(
        small
            .iter()
            .all(|a| a.speaker_canonical.as_deref() == Some("Sergey Lavrov")),
        "{small:#?}"
    );
    let n = 5_000;
    let big = extractor().extract(&Document {
        id: "d".into(),
        text: unit.repeat(n),
        date: None,
        title: None,
    });
    assert_eq!(big.len(), small.len() * n);
    let width = unit.chars().count();
    for (k, a) in big.iter().enumerate() {
        let s = &small[k % small.len()];
        let shift = width * (k / small.len());
        assert_eq!(
            (
                a.content_start - shift,
                a.content_end - shift,
                a.rule.as_str(),
                a.speaker_canonical.as_deref()
            ),
            (
                s.content_start,
                s.content_end,
                s.rule.as_str(),
                s.speaker_canonical.as_deref()
            ),
            "row {k}"
        );
    }
}

/// A definite role ("The senator") finds its titled antecedent whatever
/// multibyte text lies within the bytes looked at around the name: the
/// window is cut at character boundaries, not dropped.
#[test]
fn titled_antecedent_survives_multibyte_windows() {
    for pad in ["", "x", "xx"] {
        let text = format!(
            "At the rally, Sen. Ann Lee said {pad}the ééééééééééééééééé would fail.\n\n\
             The senator said later that it was dead.\n"
        );
        let rows = extractor().extract(&Document {
            id: "d".into(),
            text,
            date: None,
            title: None,
        });
        let a = rows
            .iter()
            .find(|a| a.speaker.as_deref() == Some("The senator"))
            .unwrap_or_else(|| panic!("no row of the senator: {rows:#?}"));
        assert_eq!(
            a.speaker_canonical.as_deref(),
            Some("Ann Lee"),
            "pad {pad:?}"
        );
    }
}

/// Hostile markup: tags, comments and references that never close,
/// multibyte text inside tags and right next to references, a comment
/// closed only at the end of megabytes of openings. The markup scan stays
/// one pass, and the rows' offsets map back through thousands of
/// references (`check` reads offsets through the markup).
#[test]
fn pathological_html_markup() {
    check("<p class=\"x\" <a href=\"/é\" ".repeat(100_000));
    check(format!("<a {}", "é".repeat(3_000)).repeat(500));
    check(format!("{}-->", "<!-- é ".repeat(200_000)));
    check("&amp &rsquo x&#8221 &#+65; &#129; ".repeat(50_000));
    let unit = "<p>Jo Hart, the minister&rsquo;s aide, said &ldquo;we are ready&rdquo; on <a href=\"/é\">Monday</a>.</p>\n";
    assert_eq!(check(unit.repeat(20_000)), 20_000);
    let unit =
        "é&ldquo;Ann L&eacute;e&rdquo;é said&#8212;&nbsp;the plan&rsquo;s cost would rise.<br/>é ";
    check(unit.repeat(20_000));
}

#[test]
fn headline_with_a_semicolon_right_after_its_colon() {
    // The claim of a headline ends at its first ";": one right after the
    // colon leaves no claim (it sliced an empty span backwards).
    for t in [
        "Trump: ; Clinton wins big",
        "Harbor board: ; ferry fares to rise\n\nThe board met on Monday.",
        "Pike:; “We will win”",
        "Pike: “;” said the mayor",
    ] {
        check(t.to_string());
        check(format!("{t}\n\n").repeat(2_000));
    }
}
