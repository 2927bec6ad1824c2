//! The library's error type: every variant names where the problem is
//! (file and line, or document id) and what to do about it.

use std::fmt;

/// An error from loading data or reading input.
#[derive(Debug)]
pub struct Error {
    kind: ErrorKind,
}

/// What went wrong.
#[derive(Debug)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A data file (gazetteer, lexicon, rules) has a bad line. Fix the
    /// named line.
    Data {
        /// File name.
        file: String,
        /// 1-based line number (0 when the whole file is bad).
        line: usize,
        /// What is wrong.
        msg: String,
    },
    /// An input document could not be read. The rest of the batch is still
    /// processed.
    Input {
        /// File name (or `<stdin>`).
        file: String,
        /// 1-based line number (0 for a whole file).
        line: usize,
        /// What is wrong.
        msg: String,
    },
    /// An I/O error with the path it happened on.
    Io {
        /// The path.
        path: String,
        /// The underlying error.
        err: std::io::Error,
    },
}

impl Error {
    /// A data-file error at `file:line`.
    pub fn data(file: &str, line: usize, msg: impl Into<String>) -> Error {
        Error {
            kind: ErrorKind::Data {
                file: file.to_string(),
                line,
                msg: msg.into(),
            },
        }
    }

    /// An input error at `file:line`.
    pub fn input(file: &str, line: usize, msg: impl Into<String>) -> Error {
        Error {
            kind: ErrorKind::Input {
                file: file.to_string(),
                line,
                msg: msg.into(),
            },
        }
    }

    /// An I/O error on `path`.
    pub fn io(path: &str, err: std::io::Error) -> Error {
        Error {
            kind: ErrorKind::Io {
                path: path.to_string(),
                err,
            },
        }
    }

    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }
}

fn location(f: &mut fmt::Formatter<'_>, file: &str, line: usize) -> fmt::Result {
    if line > 0 {
        write!(f, "{file}:{line}")
    } else {
        write!(f, "{file}")
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::Data { file, line, msg } => {
                location(f, file, *line)?;
                write!(f, ": bad data: {msg}")
            }
            ErrorKind::Input { file, line, msg } => {
                location(f, file, *line)?;
                write!(f, ": {msg}")
            }
            ErrorKind::Io { path, err } => write!(f, "{path}: {err}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.kind {
            ErrorKind::Io { err, .. } => Some(err),
            _ => None,
        }
    }
}

/// A `Result` with [`Error`].
pub type Result<T> = std::result::Result<T, Error>;
