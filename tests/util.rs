//! Helpers: a temporary work directory and a command runner for the built
//! binary.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// A temporary directory for one test.
pub struct Dir {
    dir: tempfile::TempDir,
}

impl Dir {
    pub fn new() -> Dir {
        Dir {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Writes `contents` to `name` inside the directory and returns its path.
    pub fn write(&self, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let p = self.dir.path().join(name);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).unwrap();
        }
        std::fs::write(&p, contents).unwrap();
        p
    }
}

/// The `whosaid` command.
pub fn whosaid() -> Command {
    Command::new(env!("CARGO_BIN_EXE_whosaid"))
}

/// Runs `cmd` with `stdin` as input.
pub fn run_with_stdin(mut cmd: Command, stdin: &[u8]) -> Output {
    use std::io::Write;
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

/// Runs `cmd` and returns its output.
pub fn run(mut cmd: Command) -> Output {
    cmd.output().unwrap()
}

/// Parses JSONL rows into values.
pub fn rows(out: &[u8]) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(out)
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// The rows of `text` (one document, no date) with the default data; the
/// extractor is built once for all tests.
pub fn extract(text: &str) -> Vec<whosaid::Attribution> {
    static EX: std::sync::OnceLock<whosaid::Extractor> = std::sync::OnceLock::new();
    EX.get_or_init(|| whosaid::Extractor::with_default_data().unwrap())
        .extract(&whosaid::Document {
            id: "t".into(),
            text: text.into(),
            date: None,
            title: None,
        })
}

/// The contents of all rows of `text`, whatever their speaker.
pub fn all_contents(text: &str) -> Vec<String> {
    extract(text).into_iter().map(|a| a.content).collect()
}

/// The contents of the rows of `text` with this speaker.
pub fn contents(text: &str, speaker: &str) -> Vec<String> {
    extract(text)
        .into_iter()
        .filter(|a| a.speaker.as_deref() == Some(speaker))
        .map(|a| a.content)
        .collect()
}

/// The (speaker, content) pairs of all rows of `text` (an empty speaker
/// for a row without one).
pub fn speaker_contents(text: &str) -> Vec<(String, String)> {
    extract(text)
        .into_iter()
        .map(|a| (a.speaker.unwrap_or_default(), a.content))
        .collect()
}
