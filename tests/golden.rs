//! Golden-output tests: every `tests/golden/<case>/` holds an input
//! (`input.txt` or `input.jsonl`) and the expected rows
//! (`expected.jsonl`). Rows are parsed into `whosaid::Attribution` (unknown
//! keys are an error, so schema drift fails) and compared as values. Run
//! with `WHOSAID_BLESS=1` to rewrite the expected files, then review the
//! diff.

use std::path::Path;

use whosaid::Attribution;

use crate::util::{run, whosaid};

fn parse(text: &str, what: &Path) -> Vec<Attribution> {
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .enumerate()
        .map(|(i, l)| {
            serde_json::from_str(l).unwrap_or_else(|e| panic!("{}:{}: {e}", what.display(), i + 1))
        })
        .collect()
}

fn check(case: &str) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(case);
    let input = ["input.jsonl", "input.txt"]
        .iter()
        .map(|n| dir.join(n))
        .find(|p| p.exists())
        .expect("an input file");
    let mut cmd = whosaid();
    cmd.current_dir(&dir)
        .args(["extract", "-q", "--format", "jsonl", "-j", "1"])
        .arg(input.file_name().unwrap());
    let out = run(cmd);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let got_text = String::from_utf8(out.stdout).unwrap();
    let expected_path = dir.join("expected.jsonl");
    if std::env::var_os("WHOSAID_BLESS").is_some() {
        std::fs::write(&expected_path, &got_text).unwrap();
        return;
    }
    let want_text = std::fs::read_to_string(&expected_path).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (run with WHOSAID_BLESS=1 to create it)",
            expected_path.display()
        )
    });
    let got = parse(&got_text, &input);
    let want = parse(&want_text, &expected_path);
    for (i, (g, w)) in got.iter().zip(&want).enumerate() {
        assert_eq!(g, w, "case {case}: row {} differs", i + 1);
    }
    assert_eq!(
        got.len(),
        want.len(),
        "case {case}: {} rows, expected {}",
        got.len(),
        want.len()
    );
}

/// Each kind and each extraction rule on one article.
#[test]
fn kinds() {
    check("kinds");
}

/// Role phrases by date (two holders of one office), metonyms, pronouns,
/// government forms.
#[test]
fn roles_and_pronouns() {
    check("roles-and-pronouns");
}

/// Scare quotes, titles, page furniture, an unclosed quote: no rows.
#[test]
fn negatives() {
    check("negatives");
}

/// The bundled example article of the README.
#[test]
fn example_article() {
    check("example");
}
