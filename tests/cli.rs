//! `whosaid extract` end to end: inputs of every kind, bad input, exit
//! status, determinism across thread counts, and `whosaid rules test`.

use crate::util::{rows, run, run_with_stdin, stderr, whosaid, Dir};

const ARTICLE: &str = "\"We will not sell the farm,\" said Maria Lopez, a spokeswoman for the cooperative.\n\nThe cooperative's board urged members to vote against the offer.\n";

#[test]
fn text_file_to_csv_has_header_and_rows() {
    let d = Dir::new();
    let f = d.write("a.txt", ARTICLE);
    let mut cmd = whosaid();
    cmd.args(["extract", "-q"]).arg(&f);
    let out = run(cmd);
    assert!(out.status.success(), "{}", stderr(&out));
    let mut rdr = csv::Reader::from_reader(&out.stdout[..]);
    let header: Vec<String> = rdr.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(header, whosaid::COLUMNS);
    let recs: Vec<csv::StringRecord> = rdr.records().map(|r| r.unwrap()).collect();
    assert_eq!(recs.len(), 2);
    assert_eq!(&recs[0][0], f.display().to_string().as_str());
    assert_eq!(&recs[0][1], "direct");
    assert_eq!(&recs[0][2], "Maria Lopez");
    assert_eq!(&recs[0][9], "We will not sell the farm,");
    assert_eq!(&recs[1][1], "stance");
}

#[test]
fn directory_is_read_recursively_in_order() {
    let d = Dir::new();
    d.write("in/b/two.txt", "\"Second file here,\" Smith said.");
    d.write("in/a.txt", "\"First file here,\" Jones said.");
    let mut cmd = whosaid();
    cmd.args(["extract", "-q", "--format", "jsonl"])
        .arg(d.path().join("in"));
    let out = run(cmd);
    let r = rows(&out.stdout);
    assert_eq!(r.len(), 2);
    assert_eq!(r[0]["speaker"], "Jones");
    assert_eq!(r[1]["speaker"], "Smith");
}

/// JSONL written by tools that open files with a UTF-8 byte order mark:
/// on stdin it is still told from text, and in a file its first line is
/// still read.
#[test]
fn jsonl_after_a_byte_order_mark() {
    let input = "\u{feff}{\"id\": \"d1\", \"text\": \"Ana Ruiz said the port was closed.\"}\n";
    let mut cmd = whosaid();
    cmd.args(["extract", "-q", "--format", "jsonl", "-"]);
    let out = run_with_stdin(cmd, input.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let r = rows(&out.stdout);
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0]["doc_id"], "d1");
    let dir = Dir::new();
    let f = dir.write("bom.jsonl", input);
    let mut cmd = whosaid();
    cmd.args(["extract", "-q", "--format", "jsonl"]).arg(&f);
    let out = run(cmd);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(rows(&out.stdout).len(), 1);
}

#[test]
fn jsonl_from_stdin_keeps_ids_and_code_point_offsets() {
    let input = "{\"id\": \"d1\", \"text\": \"Zoë Ćirić said the café was closed.\"}\n{\"id\": \"d2\", \"text\": \"Nothing here.\"}\n";
    let mut cmd = whosaid();
    cmd.args(["extract", "-q", "--format", "jsonl", "-"]);
    let out = run_with_stdin(cmd, input.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let r = rows(&out.stdout);
    assert_eq!(r.len(), 1);
    assert_eq!(r[0]["doc_id"], "d1");
    let text: Vec<char> = "Zoë Ćirić said the café was closed.".chars().collect();
    let (a, b) = (
        r[0]["content_start"].as_u64().unwrap() as usize,
        r[0]["content_end"].as_u64().unwrap() as usize,
    );
    assert_eq!(text[a..b].iter().collect::<String>(), "the café was closed");
    assert_eq!(r[0]["speaker"], "Zoë Ćirić");
}

#[test]
fn custom_field_names() {
    let input = "{\"doc\": \"x\", \"body\": \"\\\"It works,\\\" Ana Silva said.\"}\n";
    let mut cmd = whosaid();
    cmd.args([
        "extract",
        "-q",
        "--format",
        "jsonl",
        "--id-field",
        "doc",
        "--text-field",
        "body",
        "-",
    ]);
    let out = run_with_stdin(cmd, input.as_bytes());
    let r = rows(&out.stdout);
    assert_eq!(r[0]["doc_id"], "x");
}

#[test]
fn csv_input_with_text_column() {
    let d = Dir::new();
    let f = d.write(
        "docs.csv",
        "id,text\nc1,\"\"\"We won,\"\" Dana Cho said.\"\n",
    );
    let mut cmd = whosaid();
    cmd.args(["extract", "-q", "--format", "jsonl"]).arg(&f);
    let r = rows(&run(cmd).stdout);
    assert_eq!(r.len(), 1);
    assert_eq!(r[0]["doc_id"], "c1");
}

#[test]
fn bad_lines_are_named_and_the_rest_still_comes_out() {
    let input = "{\"id\": \"ok1\", \"text\": \"\\\"Fine,\\\" Smith said.\"}\nnot json at all\n{\"id\": \"notext\"}\n{\"id\": \"ok2\", \"text\": \"\\\"Also fine,\\\" Jones said.\"}\n";
    let d = Dir::new();
    let f = d.write("docs.jsonl", input);
    let mut cmd = whosaid();
    cmd.args(["extract", "--format", "jsonl"]).arg(&f);
    let out = run(cmd);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("docs.jsonl:2: not JSON"), "{err}");
    assert!(
        err.contains("docs.jsonl:3: no string field `text`"),
        "{err}"
    );
    assert!(
        err.contains("2 documents read, 2 extracted, 2 skipped"),
        "{err}"
    );
    let r = rows(&out.stdout);
    assert_eq!(
        r.iter()
            .map(|v| v["doc_id"].as_str().unwrap())
            .collect::<Vec<_>>(),
        ["ok1", "ok2"]
    );
}

#[test]
fn missing_file_is_named_others_processed() {
    let d = Dir::new();
    let f = d.write("a.txt", "\"Here,\" Smith said.");
    let mut cmd = whosaid();
    cmd.args(["extract", "--format", "jsonl"])
        .arg(d.path().join("missing.txt"))
        .arg(&f);
    let out = run(cmd);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("missing.txt"), "{}", stderr(&out));
    assert_eq!(rows(&out.stdout).len(), 1);
}

#[test]
fn bom_flag_starts_csv_with_a_byte_order_mark() {
    let d = Dir::new();
    let f = d.write("a.txt", ARTICLE);
    for (fmt, bom) in [("csv", true), ("tsv", true), ("jsonl", false)] {
        let mut cmd = whosaid();
        cmd.args(["extract", "-q", "--bom", "--format", fmt])
            .arg(&f);
        let out = run(cmd);
        assert!(out.status.success(), "{}", stderr(&out));
        assert_eq!(out.stdout.starts_with(b"\xEF\xBB\xBF"), bom, "{fmt}");
    }
    let mut cmd = whosaid();
    cmd.args(["extract", "-q"]).arg(&f);
    assert!(run(cmd).stdout.starts_with(b"doc_id,"));
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

#[test]
fn gzipped_files_and_stdin_are_read_as_their_content() {
    let d = Dir::new();
    let jsonl = format!(
        "{}\n{}\n",
        serde_json::json!({"id": "a", "text": ARTICLE}),
        serde_json::json!({"id": "b", "text": "\"Second file here,\" Smith said."})
    );
    let plain = d.write("news.jsonl", &jsonl);
    let gz = d.write("news.jsonl.gz", gzip(jsonl.as_bytes()));
    let txt = d.write("article.txt.gz", gzip(ARTICLE.as_bytes()));
    let extract = |f: &std::path::Path| {
        let mut cmd = whosaid();
        cmd.args(["extract", "-q", "--format", "jsonl"]).arg(f);
        let out = run(cmd);
        assert!(out.status.success(), "{}", stderr(&out));
        out.stdout
    };
    let want = extract(&plain);
    assert_eq!(rows(&want).len(), 3);
    assert_eq!(extract(&gz), want);
    let r = rows(&extract(&txt));
    assert_eq!(r.len(), 2);
    assert_eq!(r[0]["speaker"], "Maria Lopez");
    let mut cmd = whosaid();
    cmd.args(["extract", "-q", "--format", "jsonl", "-"]);
    let out = run_with_stdin(cmd, &gzip(jsonl.as_bytes()));
    assert_eq!(out.stdout, want);
    // A truncated archive: the documents before the damage come out, and
    // the damage is named with file and line.
    let full = gzip(jsonl.repeat(200).as_bytes());
    let cut = d.write("cut.jsonl.gz", &full[..full.len() / 2]);
    let mut cmd = whosaid();
    cmd.args(["extract", "--format", "jsonl"]).arg(&cut);
    let out = run(cmd);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("cut.jsonl.gz:"), "{}", stderr(&out));
    assert!(rows(&out.stdout).len() > 10);
}

#[test]
fn binary_files_in_a_directory_are_skipped_and_named() {
    let d = Dir::new();
    d.write("in/a.txt", "\"First file here,\" Jones said.");
    d.write("in/b.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR");
    d.write("in/c.txt", "\"Third file here,\" Smith said.");
    let mut cmd = whosaid();
    cmd.args(["extract", "--format", "jsonl"])
        .arg(d.path().join("in"));
    let out = run(cmd);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("b.png: binary file (a NUL byte at byte 8)"),
        "{}",
        stderr(&out)
    );
    let r = rows(&out.stdout);
    assert_eq!(r.len(), 2);
    assert_eq!(r[1]["speaker"], "Smith");
}

#[test]
fn legacy_8bit_text_is_read_as_windows_1252_and_reported() {
    let d = Dir::new();
    // Windows-1252: 0x93/0x94 are curly double quotes, 0xE9 is e-acute.
    let bytes = b"\x93Caf\xe9 prices are up,\x94 Smith said.\n".to_vec();
    let f = d.write("latin1.txt", &bytes);
    let mut cmd = whosaid();
    cmd.args(["extract", "--format", "jsonl"]).arg(&f);
    let out = run(cmd);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        stderr(&out).contains("latin1.txt: not UTF-8, read as Windows-1252"),
        "{}",
        stderr(&out)
    );
    let r = rows(&out.stdout);
    assert_eq!(r.len(), 1);
    assert_eq!(r[0]["kind"], "direct");
    assert_eq!(r[0]["content"], "Caf\u{e9} prices are up,");
    assert_eq!(r[0]["speaker"], "Smith");
}

#[test]
fn damaged_utf8_is_repaired_and_reported() {
    let d = Dir::new();
    // UTF-8 curly quotes with one stray byte: the text stays UTF-8.
    let mut bytes = "\u{201C}Caf\u{e9} prices are up\u{FF},\u{201D} Smith said.\n"
        .as_bytes()
        .to_vec();
    let k = bytes
        .windows(2)
        .position(|w| w == "\u{FF}".as_bytes())
        .unwrap();
    bytes.splice(k..k + 2, [0xFF]);
    let f = d.write("damaged.txt", &bytes);
    let mut cmd = whosaid();
    cmd.args(["extract", "--format", "jsonl"]).arg(&f);
    let out = run(cmd);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        stderr(&out).contains("damaged.txt: invalid UTF-8 repaired with U+FFFD"),
        "{}",
        stderr(&out)
    );
    let r = rows(&out.stdout);
    assert_eq!(r[0]["content"], "Caf\u{e9} prices are up\u{fffd},");
}

#[test]
fn empty_input_gives_header_only() {
    let mut cmd = whosaid();
    cmd.args(["extract", "-q", "-"]);
    let out = run_with_stdin(cmd, b"");
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8(out.stdout).unwrap().trim(),
        whosaid::COLUMNS.join(",")
    );
}

#[test]
fn thread_counts_give_identical_output() {
    let mut input = String::new();
    for i in 0..3000 {
        input.push_str(&format!("{{\"id\": \"d{i}\", \"text\": \"\\\"Number {i} is fine,\\\" Smith said. Jones said the plan would fail.\"}}\n"));
    }
    let d = Dir::new();
    let f = d.write("many.jsonl", input);
    let out = |j: &str| {
        let mut cmd = whosaid();
        cmd.args(["extract", "-q", "--format", "jsonl", "-j", j])
            .arg(&f);
        run(cmd).stdout
    };
    let one = out("1");
    assert_eq!(rows(&one).len(), 6000);
    assert!(one == out("2"), "-j 1 and -j 2 differ");
    assert!(one == out("4"), "-j 1 and -j 4 differ");
}

#[test]
fn output_file_is_written_and_no_temp_left() {
    let d = Dir::new();
    let f = d.write("a.txt", ARTICLE);
    let target = d.path().join("out.csv");
    let mut cmd = whosaid();
    cmd.args(["extract", "-q", "-o"]).arg(&target).arg(&f);
    assert!(run(cmd).status.success());
    assert!(std::fs::read_to_string(&target)
        .unwrap()
        .starts_with("doc_id,kind,"));
    let names: Vec<String> = std::fs::read_dir(d.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().all(|n| !n.ends_with(".tmp")), "{names:?}");
}

/// Runs `extract -o link input` and checks that the link is still a link.
#[cfg(unix)]
fn extract_through_link(link: &std::path::Path, input: &std::path::Path) {
    let mut cmd = whosaid();
    cmd.args(["extract", "-q", "-o"]).arg(link).arg(input);
    assert!(run(cmd).status.success());
    let md = std::fs::symlink_metadata(link).unwrap();
    assert!(
        md.file_type().is_symlink(),
        "the link was replaced by a file"
    );
}

/// `-o` through a link writes the file the link names and leaves the link
/// a link (the temporary file goes beside the real file).
#[cfg(unix)]
#[test]
fn output_through_a_link_keeps_the_link() {
    let d = Dir::new();
    let f = d.write("a.txt", ARTICLE);
    let real = d.write("real.csv", "old\n");
    let link = d.path().join("link.csv");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    extract_through_link(&link, &f);
    assert!(std::fs::read_to_string(&real)
        .unwrap()
        .starts_with("doc_id,kind,"));
}

/// `-o` through a link to nothing yet writes where the link points; an
/// old file's permissions stay with the new one.
#[cfg(unix)]
#[test]
fn output_through_a_dangling_link_and_an_old_files_mode() {
    use std::os::unix::fs::PermissionsExt;
    let d = Dir::new();
    let f = d.write("a.txt", ARTICLE);
    std::fs::create_dir(d.path().join("sub")).unwrap();
    let link = d.path().join("link.csv");
    std::os::unix::fs::symlink("sub/real.csv", &link).unwrap();
    extract_through_link(&link, &f);
    let real = d.path().join("sub/real.csv");
    assert!(std::fs::read_to_string(&real)
        .unwrap()
        .starts_with("doc_id,kind,"));
    std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o640)).unwrap();
    let mut cmd = whosaid();
    cmd.args(["extract", "-q", "-o"]).arg(&real).arg(&f);
    assert!(run(cmd).status.success());
    let mode = std::fs::metadata(&real).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o640, "{mode:o}");
}

/// `-o` to something that is no regular file (a FIFO here; `/dev/null`
/// alike) writes into it: renaming a temporary file over it would replace
/// the FIFO, or the device, with a plain file.
#[cfg(target_os = "linux")]
#[test]
fn output_to_a_fifo_writes_into_it() {
    use std::io::Read;
    use std::os::unix::fs::{FileTypeExt, OpenOptionsExt};
    let d = Dir::new();
    let f = d.write("a.txt", ARTICLE);
    let fifo = d.path().join("rows.fifo");
    assert!(std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    // The reading end opened first and without blocking (Linux's
    // O_NONBLOCK), so the writer's open does not wait and a wrong run
    // ends instead of hanging; the rows fit in the pipe's buffer.
    let mut reader = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(0o4000)
        .open(&fifo)
        .unwrap();
    let mut cmd = whosaid();
    cmd.args(["extract", "-q", "-o"]).arg(&fifo).arg(&f);
    let out = run(cmd);
    assert!(out.status.success(), "{}", stderr(&out));
    let md = std::fs::symlink_metadata(&fifo).unwrap();
    assert!(md.file_type().is_fifo(), "the FIFO was replaced: {md:?}");
    let mut rows = String::new();
    reader.read_to_string(&mut rows).unwrap();
    assert!(rows.starts_with("doc_id,kind,"), "{rows:?}");
    assert!(rows.lines().count() > 1, "{rows:?}");
}

/// `-o` naming a directory is an error that names it.
#[test]
fn output_to_a_directory_is_an_error() {
    let d = Dir::new();
    let f = d.write("a.txt", ARTICLE);
    let mut cmd = whosaid();
    cmd.args(["extract", "-q", "-o"]).arg(d.path()).arg(&f);
    let out = run(cmd);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("a directory"), "{}", stderr(&out));
}

#[test]
fn bad_date_is_a_usage_error() {
    let mut cmd = whosaid();
    cmd.args(["extract", "--date", "yesterday", "-"]);
    let out = run_with_stdin(cmd, b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--date must be YYYY-MM-DD"));
}

#[test]
fn user_gazetteer_adds_entries() {
    let d = Dir::new();
    d.write(
        "gaz/people.csv",
        "id,name,aliases,gender,country,short\nper:test-kowal,Anna Kowal,Anna Kowal,F,POL,Kowal\n",
    );
    d.write(
        "gaz/offices.csv",
        "person_id,role,country,valid_from,valid_to\nper:test-kowal,chief_tester,POL,2031-01-01,\n",
    );
    d.write("gaz/roles.csv", "role,forms\nchief_tester,chief tester\n");
    let f = d.write(
        "a.txt",
        "Poland's chief tester said the border would stay open.",
    );
    let mut cmd = whosaid();
    cmd.args([
        "extract",
        "-q",
        "--format",
        "jsonl",
        "--date",
        "2032-05-01",
        "--gazetteer",
    ])
    .arg(d.path().join("gaz"))
    .arg(&f);
    let out = run(cmd);
    assert!(out.status.success(), "{}", stderr(&out));
    let r = rows(&out.stdout);
    assert_eq!(r[0]["speaker_canonical"], "Anna Kowal");
}

#[test]
fn bad_gazetteer_file_names_file_and_line() {
    let d = Dir::new();
    d.write(
        "gaz/offices.csv",
        "person_id,role,country,valid_from,valid_to\nper:nobody,president,XXX,2020-13,\n",
    );
    let mut cmd = whosaid();
    cmd.args(["extract", "--gazetteer"])
        .arg(d.path().join("gaz"))
        .arg("-");
    let out = run_with_stdin(cmd, b"");
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("offices.csv:2"), "{err}");
}

#[test]
fn rules_test_passes() {
    let mut cmd = whosaid();
    cmd.args(["rules", "test"]);
    let out = run(cmd);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn rules_test_names_failing_rule() {
    let d = Dir::new();
    let f = d.write(
        "rules.toml",
        "[[rule]]\nid = \"quote-speaker-cue\"\nkind = \"direct\"\ndescription = \"x\"\n[[rule.example]]\ntext = \"Nothing is quoted here.\"\nspeaker = \"Nobody\"\ncontent = \"x\"\nkind = \"direct\"\n",
    );
    let mut cmd = whosaid();
    cmd.args(["rules", "test", "--rules"]).arg(&f);
    let out = run(cmd);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("FAIL quote-speaker-cue example 1"));
}

#[test]
fn gazetteer_check_names_problems() {
    let d = Dir::new();
    d.write("gaz/people.csv", "id,name,aliases,gender,country,short\nper:a,Ann Lee,Ann Lee,F,USA,\nper:a,Ann Lee,Ann Lee,F,XXQ,\n");
    let mut cmd = whosaid();
    cmd.args(["gazetteer", "check"]).arg(d.path().join("gaz"));
    let out = run(cmd);
    assert_eq!(out.status.code(), Some(1));
    let o = String::from_utf8_lossy(&out.stdout);
    assert!(
        o.contains("people.csv:3: duplicate id `per:a` (first on line 2)"),
        "{o}"
    );
    assert!(o.contains("people.csv:3: unknown country `XXQ`"), "{o}");
}

#[test]
fn gazetteer_lookup_shows_role_holders_by_date() {
    let mut cmd = whosaid();
    cmd.args([
        "gazetteer",
        "lookup",
        "the British prime minister",
        "--date",
        "2016-03-01",
    ]);
    let out = run(cmd);
    assert!(out.status.success());
    let o = String::from_utf8_lossy(&out.stdout);
    assert!(
        o.contains("David Cameron") && !o.contains("Theresa May"),
        "{o}"
    );
    let mut cmd = whosaid();
    cmd.args(["gazetteer", "lookup", "the Kremlin"]);
    assert!(String::from_utf8_lossy(&run(cmd).stdout).contains("Russia (RUS)"));
}

#[test]
fn data_dir_overrides_rules_and_lexicon() {
    let d = Dir::new();
    let f = d.write(
        "a.txt",
        "\"It is over,\" said Ann Lee. The mayor warned that the bridge would close.",
    );
    let rows_with = |dir: Option<&std::path::Path>| {
        let mut cmd = whosaid();
        cmd.args(["extract", "-q", "--format", "jsonl"]);
        if let Some(dir) = dir {
            cmd.arg("--gazetteer").arg(dir);
        }
        cmd.arg(&f);
        rows(&run(cmd).stdout)
    };
    assert_eq!(rows_with(None).len(), 2);
    // A rule switched off in rules.toml produces nothing.
    d.write("off/rules.toml", "[[rule]]\nid = \"quote-cue-speaker\"\nkind = \"direct\"\ndescription = \"off\"\nenabled = false\n");
    let r = rows_with(Some(&d.path().join("off")));
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0]["cue"], "warned");
    // A lexicon without "warn" does not see that cue.
    d.write(
        "lex/verbs.csv",
        "lemma,class,forms,frames\nsay,say,say|says|said|saying,quote|that\n",
    );
    let r = rows_with(Some(&d.path().join("lex")));
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0]["cue"], "said");
}

/// `gazetteer lookup` and `rules list` into a pipe already closed (`|
/// head -1` that has read its line): the write fails and the command ends
/// quietly with 0, as `extract` does; `println!` panicked there (found by
/// the pr117 probe, `gazetteer lookup ... | head -1`).
#[test]
fn closed_pipe_ends_lookup_and_list_quietly() {
    for args in [
        &["gazetteer", "lookup", "Heathrow"][..],
        &["rules", "list"][..],
    ] {
        let mut cmd = whosaid();
        cmd.args(args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped());
        let mut child = cmd.spawn().unwrap();
        // The reading end closed before the command writes (it loads its
        // data first).
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!err.contains("panicked"), "{args:?}: {err}");
        assert_eq!(out.status.code(), Some(0), "{args:?}: {err}");
    }
}
