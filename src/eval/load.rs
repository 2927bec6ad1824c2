//! Reading gold, prediction and document files (JSONL), with validation of
//! gold records.

use std::collections::HashMap;
use std::path::Path;

use serde_json::{Map, Value};

use super::error::{Error, ErrorKind};
use super::{Record, Report};

/// The kinds a gold record may have.
const KINDS: [&str; 4] = ["direct", "mixed", "indirect", "stance"];

/// Document texts by id, in file order.
#[derive(Clone, Debug, Default)]
pub struct DocTexts {
    ids: Vec<String>,
    texts: HashMap<String, (String, usize)>,
}

impl DocTexts {
    /// Adds a document; false if the id is already there.
    pub fn insert(&mut self, id: String, text: String) -> bool {
        if self.texts.contains_key(&id) {
            return false;
        }
        let len = text.chars().count();
        self.ids.push(id.clone());
        self.texts.insert(id, (text, len));
        true
    }

    /// The document ids, in file order.
    pub fn ids(&self) -> &[String] {
        &self.ids
    }

    /// The text of a document.
    pub fn text(&self, id: &str) -> Option<&str> {
        self.texts.get(id).map(|(t, _)| t.as_str())
    }

    /// The length of a document text, in code points.
    pub fn char_len(&self, id: &str) -> Option<usize> {
        self.texts.get(id).map(|&(_, n)| n)
    }
}

/// Calls `f` with each non-blank line of a JSONL file parsed as an object,
/// and its 1-based line number.
fn each_object(
    path: &Path,
    mut f: impl FnMut(&Map<String, Value>, usize) -> Result<(), ErrorKind>,
) -> Result<(), Error> {
    let data =
        std::fs::read_to_string(path).map_err(|e| Error::new(path, None, ErrorKind::Io(e)))?;
    for (i, line) in data.lines().enumerate() {
        let n = i + 1;
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let err = |kind| Error::new(path, Some(n), kind);
        let value: Value =
            serde_json::from_str(line).map_err(|e| err(ErrorKind::Json(e.to_string())))?;
        let obj = value.as_object().ok_or_else(|| err(ErrorKind::NotObject))?;
        f(obj, n).map_err(err)?;
    }
    Ok(())
}

/// Reads a documents file (SCHEMA.md): each line needs a string `id` and
/// `text`; ids must be unique.
pub fn load_docs(path: &Path) -> Result<DocTexts, Error> {
    let mut docs = DocTexts::default();
    each_object(path, |obj, _| {
        let id = required_str(obj, "id")?;
        let text = match obj.get("text") {
            Some(Value::String(s)) => s.clone(),
            None | Some(Value::Null) => return Err(ErrorKind::Missing("text")),
            Some(_) => {
                return Err(ErrorKind::Invalid {
                    key: "text",
                    expected: "a string",
                })
            }
        };
        if !docs.insert(id.clone(), text) {
            return Err(ErrorKind::DuplicateDoc(id));
        }
        Ok(())
    })?;
    Ok(docs)
}

/// Reads a predictions file leniently: every non-blank line must be a JSON
/// object; keys that are missing or ill-typed count as absent.
pub fn load_pred(path: &Path) -> Result<Vec<Record>, Error> {
    let mut out = Vec::new();
    each_object(path, |obj, n| {
        out.push(Record::from_json(obj, n));
        Ok(())
    })?;
    Ok(out)
}

/// Reads and validates a gold file.
///
/// Each record needs a string `doc_id`, a `kind` of SCHEMA.md, a string
/// `content` and integer offsets `content_start <= content_end`; speaker
/// offsets, when given, are integers with `speaker_start <= speaker_end`.
/// With `docs`, the doc id must be in it and no offset may pass the end of
/// the text.
pub fn load_gold(path: &Path, docs: Option<&DocTexts>) -> Result<Vec<Record>, Error> {
    let mut out = Vec::new();
    each_object(path, |obj, n| {
        let doc_id = required_str(obj, "doc_id")?;
        let kind = required_str(obj, "kind")?;
        if !KINDS.contains(&kind.as_str()) {
            return Err(ErrorKind::Invalid {
                key: "kind",
                expected: "one of direct, mixed, indirect, stance",
            });
        }
        match obj.get("content") {
            Some(Value::String(_)) => {}
            None | Some(Value::Null) => return Err(ErrorKind::Missing("content")),
            Some(_) => {
                return Err(ErrorKind::Invalid {
                    key: "content",
                    expected: "a string",
                })
            }
        }
        for key in ["speaker", "speaker_canonical"] {
            if !matches!(obj.get(key), None | Some(Value::Null | Value::String(_))) {
                return Err(ErrorKind::Invalid {
                    key,
                    expected: "a string or null",
                });
            }
        }
        let cs = offset(obj, "content_start", true)?;
        let ce = offset(obj, "content_end", true)?;
        check_order("content_start", cs, ce)?;
        let ss = offset(obj, "speaker_start", false)?;
        let se = offset(obj, "speaker_end", false)?;
        check_order("speaker_start", ss, se)?;
        if let Some(docs) = docs {
            let len = docs
                .char_len(&doc_id)
                .ok_or_else(|| ErrorKind::UnknownDoc(doc_id.clone()))?;
            for (key, v) in [
                ("content_start", cs),
                ("content_end", ce),
                ("speaker_start", ss),
                ("speaker_end", se),
            ] {
                if let Some(offset) = v.filter(|&v| v as u64 > len as u64) {
                    return Err(ErrorKind::PastEnd { key, offset, len });
                }
            }
        }
        out.push(Record::from_json(obj, n));
        Ok(())
    })?;
    Ok(out)
}

/// Reads a report saved by `whosaid eval --json`, for comparison.
pub fn load_report(path: &Path) -> Result<Report, Error> {
    let data =
        std::fs::read_to_string(path).map_err(|e| Error::new(path, None, ErrorKind::Io(e)))?;
    serde_json::from_str(&data)
        .map_err(|e| Error::new(path, Some(e.line()), ErrorKind::BadReport(e.to_string())))
}

fn required_str(obj: &Map<String, Value>, key: &'static str) -> Result<String, ErrorKind> {
    match obj.get(key) {
        Some(Value::String(s)) if !s.is_empty() => Ok(s.clone()),
        None | Some(Value::Null) => Err(ErrorKind::Missing(key)),
        Some(_) => Err(ErrorKind::Invalid {
            key,
            expected: "a non-empty string",
        }),
    }
}

/// A non-negative integer offset; `required` offsets may not be null.
fn offset(
    obj: &Map<String, Value>,
    key: &'static str,
    required: bool,
) -> Result<Option<i64>, ErrorKind> {
    match obj.get(key) {
        None | Some(Value::Null) if required => Err(ErrorKind::Missing(key)),
        None | Some(Value::Null) => Ok(None),
        Some(v) => match v.as_i64() {
            Some(i) if i >= 0 => Ok(Some(i)),
            _ => Err(ErrorKind::Invalid {
                key,
                expected: "a non-negative integer (code points)",
            }),
        },
    }
}

fn check_order(
    start_key: &'static str,
    start: Option<i64>,
    end: Option<i64>,
) -> Result<(), ErrorKind> {
    match (start, end) {
        (Some(start), Some(end)) if end < start => Err(ErrorKind::EndBeforeStart {
            start_key,
            start,
            end,
        }),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn file(lines: &str) -> tempfile::NamedTempFile {
        let mut f = tempfile::NamedTempFile::new().unwrap();
        f.write_all(lines.as_bytes()).unwrap();
        f
    }

    const OK: &str = r#"{"doc_id": "d", "kind": "direct", "content": "ça va", "content_start": 1, "content_end": 6, "speaker": "Ané", "speaker_start": 8, "speaker_end": 11}"#;

    fn gold_err(line2: &str, docs: Option<&DocTexts>) -> String {
        let f = file(&format!("{OK}\n\n{line2}\n"));
        let e = load_gold(f.path(), docs).unwrap_err();
        assert_eq!(e.line(), Some(3));
        let msg = e.to_string();
        assert!(msg.starts_with(&format!("{}:3: ", f.path().display())));
        msg
    }

    fn docs() -> DocTexts {
        let mut d = DocTexts::default();
        // 11 code points, 13 bytes
        d.insert("d".into(), "«ça va» Ané".into());
        d
    }

    #[test]
    fn gold_ok_with_non_ascii_text() {
        let f = file(&format!("{OK}\n{OK}\n"));
        let gold = load_gold(f.path(), Some(&docs())).unwrap();
        assert_eq!(gold.len(), 2);
        assert_eq!(gold[1].line, 2);
        assert_eq!(gold[0].speaker.as_deref(), Some("Ané"));
    }

    #[test]
    fn gold_errors_name_file_and_line() {
        let d = docs();
        assert!(gold_err("{not json", None).contains("bad JSON"));
        assert!(gold_err("[1]", None).contains("not a JSON object"));
        let m = gold_err(&OK.replace(r#""kind": "direct", "#, ""), None);
        assert!(m.contains(r#"missing "kind""#), "{m}");
        let m = gold_err(&OK.replace("direct", "quote"), None);
        assert!(m.contains(r#""kind" must be one of"#), "{m}");
        let m = gold_err(
            &OK.replace(r#""content_end": 6"#, r#""content_end": 0"#),
            None,
        );
        assert!(m.contains("content_end 0 is before content_start 1"), "{m}");
        let m = gold_err(
            &OK.replace(r#""content_end": 6"#, r#""content_end": "6""#),
            None,
        );
        assert!(m.contains(r#""content_end" must be a non-negative integer"#));
        let m = gold_err(
            &OK.replace(r#""speaker_end": 11"#, r#""speaker_end": 12"#),
            Some(&d),
        );
        assert!(m.contains("speaker_end 12 is past the end"), "{m}");
        let m = gold_err(
            &OK.replace(r#""doc_id": "d""#, r#""doc_id": "e""#),
            Some(&d),
        );
        assert!(m.contains(r#"doc_id "e" is not in the documents file"#));
    }

    #[test]
    fn pred_is_lenient_but_needs_objects() {
        let f = file("{\"doc_id\": 3, \"whatever\": true}\n\n{}\n");
        let pred = load_pred(f.path()).unwrap();
        assert_eq!(pred.len(), 2);
        assert_eq!(pred[0].doc_id, None);
        let f = file("{}\n\"x\"\n");
        let e = load_pred(f.path()).unwrap_err();
        assert_eq!(e.line(), Some(2));
    }

    #[test]
    fn docs_need_unique_ids() {
        let f = file("{\"id\": \"a\", \"text\": \"x\"}\n{\"id\": \"a\", \"text\": \"y\"}\n");
        let e = load_docs(f.path()).unwrap_err();
        assert!(e.to_string().contains("given twice"));
        let f = file("{\"id\": \"a\"}\n");
        let e = load_docs(f.path()).unwrap_err();
        assert!(e
            .to_string()
            .ends_with(":1: missing \"text\" (required, see SCHEMA.md)"));
        let e = load_docs(Path::new("/nonexistent/x.jsonl")).unwrap_err();
        assert!(e
            .to_string()
            .starts_with("/nonexistent/x.jsonl: cannot read"));
    }
}
