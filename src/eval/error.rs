//! Errors from reading gold, prediction, document and report files.

use std::fmt;
use std::path::{Path, PathBuf};

/// An error reading an eval input; names the file and, where it applies,
/// the line.
#[derive(Debug)]
pub struct Error {
    path: PathBuf,
    line: Option<usize>,
    kind: ErrorKind,
}

/// What went wrong. Each variant's message says what to fix.
#[derive(Debug)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The file could not be read.
    Io(std::io::Error),
    /// A line is not valid JSON.
    Json(String),
    /// A line is JSON but not an object.
    NotObject,
    /// A required key is missing or null.
    Missing(&'static str),
    /// A key has the wrong type or value.
    Invalid {
        /// The key.
        key: &'static str,
        /// What was expected.
        expected: &'static str,
    },
    /// An end offset is before its start offset.
    EndBeforeStart {
        /// The start key.
        start_key: &'static str,
        /// The start.
        start: i64,
        /// The end.
        end: i64,
    },
    /// An offset is past the end of the document text.
    PastEnd {
        /// The offset key.
        key: &'static str,
        /// The offset.
        offset: i64,
        /// Length of the document text, in code points.
        len: usize,
    },
    /// The doc id is not in the documents file.
    UnknownDoc(String),
    /// The same doc id is on two lines of the documents file.
    DuplicateDoc(String),
    /// A saved report could not be parsed.
    BadReport(String),
}

impl Error {
    pub(crate) fn new(path: &Path, line: Option<usize>, kind: ErrorKind) -> Error {
        Error {
            path: path.to_path_buf(),
            line,
            kind,
        }
    }

    /// The kind of error.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }

    /// The file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The 1-based line, if the error is about one line.
    pub fn line(&self) -> Option<usize> {
        self.line
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        write!(f, ": ")?;
        match &self.kind {
            ErrorKind::Io(e) => write!(f, "cannot read: {e}"),
            ErrorKind::Json(e) => {
                write!(f, "bad JSON: {e} (one JSON object per line)")
            }
            ErrorKind::NotObject => {
                write!(f, "not a JSON object (one object per line)")
            }
            ErrorKind::Missing(key) => {
                write!(f, "missing \"{key}\" (required, see SCHEMA.md)")
            }
            ErrorKind::Invalid { key, expected } => {
                write!(f, "\"{key}\" must be {expected}")
            }
            ErrorKind::EndBeforeStart {
                start_key,
                start,
                end,
            } => {
                let end_key = start_key.replace("start", "end");
                write!(
                    f,
                    "{end_key} {end} is before {start_key} {start} \
                     (end is exclusive and must be >= start)"
                )
            }
            ErrorKind::PastEnd { key, offset, len } => write!(
                f,
                "{key} {offset} is past the end of the document text \
                 ({len} code points); offsets count code points, not bytes"
            ),
            ErrorKind::UnknownDoc(id) => write!(
                f,
                "doc_id {id:?} is not in the documents file (wrong docs \
                 file, or a typo in the id)"
            ),
            ErrorKind::DuplicateDoc(id) => {
                write!(f, "doc id {id:?} is given twice; ids must be unique")
            }
            ErrorKind::BadReport(e) => {
                write!(f, "not a report written by `whosaid eval --json`: {e}")
            }
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.kind {
            ErrorKind::Io(e) => Some(e),
            _ => None,
        }
    }
}
