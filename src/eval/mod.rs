//! Scoring attributions against gold, as the reference scorer `score.py`
//! does (see `eval/README.md` in the shared data).
//!
//! Gold and predicted files are JSONL with the keys of SCHEMA.md. They are
//! read leniently as JSON objects, so files written by other tools score
//! too: unknown keys are ignored, and in predictions a missing or ill-typed
//! key counts as absent. Gold files are validated ([`load_gold`]); every
//! error names the file and line.
//!
//! ```
//! use whosaid::eval::{score, Options, Record};
//!
//! let gold = Record {
//!     doc_id: Some("d1".into()),
//!     kind: Some("direct".into()),
//!     content: "We will respond".into(),
//!     content_start: Some(10),
//!     content_end: Some(25),
//!     speaker: Some("Sergey Lavrov".into()),
//!     ..Record::default()
//! };
//! let pred = Record {
//!     content_start: Some(10),
//!     content_end: Some(23),
//!     speaker: Some("Lavrov".into()),
//!     ..gold.clone()
//! };
//! let report = score(&[gold], &[pred], &Options::default());
//! assert_eq!(report.end_to_end.f1, 1.0);
//! ```
//!
//! Scoring, in short: a prediction matches a gold record of the same
//! document when their content spans overlap with Dice >= 0.5 (token Dice
//! on the text when either has no span), one-to-one, right speaker first
//! and then best overlap ([`matching`]). Quotes P/R/F1 count content
//! matches; end-to-end P/R/F1 also need the right speaker (a wrong speaker
//! is one false positive and one false negative). Optional gold records,
//! and gold records with neither `speaker` nor `speaker_canonical`, are
//! neither required nor counted against a prediction that matches them.

mod diff;
mod error;
mod load;
pub mod matching;
pub mod report;
mod score;

pub use error::{Error, ErrorKind};
pub use load::{load_docs, load_gold, load_pred, load_report, DocTexts};
pub use report::{Case, Diff, Outcome, Report};
pub use score::{score, Options};

use serde_json::{Map, Value};

use crate::Attribution;

/// One gold or predicted attribution, read leniently.
///
/// Fields mirror SCHEMA.md; a key that is missing, null or of the wrong
/// type is `None` (an empty string counts as missing, as in `score.py`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Record {
    /// Line number in the file it came from (1-based; 0 when built in
    /// code).
    pub line: usize,
    /// Document id.
    pub doc_id: Option<String>,
    /// Kind: direct, mixed, indirect or stance.
    pub kind: Option<String>,
    /// The content text.
    pub content: String,
    /// Start of the content, in code points.
    pub content_start: Option<i64>,
    /// End of the content, in code points, exclusive.
    pub content_end: Option<i64>,
    /// Speaker mention as written.
    pub speaker: Option<String>,
    /// Full name the speaker mention refers to.
    pub speaker_canonical: Option<String>,
    /// Start of the speaker mention, in code points.
    pub speaker_start: Option<i64>,
    /// End of the speaker mention, in code points, exclusive.
    pub speaker_end: Option<i64>,
    /// Gold only: a record a system need not find.
    pub optional: bool,
    /// Predictions: id of the rule that produced the record.
    pub rule: Option<String>,
}

impl Record {
    /// Reads a record from a JSON object, leniently.
    pub fn from_json(obj: &Map<String, Value>, line: usize) -> Record {
        let string = |k: &str| match obj.get(k) {
            Some(Value::String(s)) if !s.is_empty() => Some(s.clone()),
            _ => None,
        };
        let int = |k: &str| obj.get(k).and_then(Value::as_i64);
        Record {
            line,
            doc_id: string("doc_id"),
            kind: string("kind"),
            content: string("content").unwrap_or_default(),
            content_start: int("content_start"),
            content_end: int("content_end"),
            speaker: string("speaker"),
            speaker_canonical: string("speaker_canonical"),
            speaker_start: int("speaker_start"),
            speaker_end: int("speaker_end"),
            optional: obj.get("optional").is_some_and(truthy),
            rule: string("rule"),
        }
    }

    /// The content span, when both ends are given and `end > start`.
    pub fn content_span(&self) -> Option<(i64, i64)> {
        span(self.content_start, self.content_end)
    }

    /// The speaker span, when both ends are given and `end > start`.
    pub fn speaker_span(&self) -> Option<(i64, i64)> {
        span(self.speaker_start, self.speaker_end)
    }

    /// Whether a gold record is required: not optional, and it names a
    /// speaker.
    pub fn required(&self) -> bool {
        !self.optional && (self.speaker.is_some() || self.speaker_canonical.is_some())
    }

    /// The speaker for display: the mention, else the canonical name.
    pub fn speaker_display(&self) -> Option<&str> {
        self.speaker
            .as_deref()
            .or(self.speaker_canonical.as_deref())
    }
}

impl From<&Attribution> for Record {
    fn from(a: &Attribution) -> Record {
        let int = |v: usize| i64::try_from(v).ok();
        Record {
            line: 0,
            doc_id: Some(a.doc_id.clone()).filter(|s| !s.is_empty()),
            kind: Some(a.kind.as_str().to_string()),
            content: a.content.clone(),
            content_start: int(a.content_start),
            content_end: int(a.content_end),
            speaker: a.speaker.clone().filter(|s| !s.is_empty()),
            speaker_canonical: a.speaker_canonical.clone().filter(|s| !s.is_empty()),
            speaker_start: a.speaker_start.and_then(int),
            speaker_end: a.speaker_end.and_then(int),
            optional: false,
            rule: Some(a.rule.clone()).filter(|s| !s.is_empty()),
        }
    }
}

fn span(start: Option<i64>, end: Option<i64>) -> Option<(i64, i64)> {
    match (start, end) {
        (Some(s), Some(e)) if e > s => Some((s, e)),
        _ => None,
    }
}

/// Python truthiness of a JSON value.
fn truthy(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_f64().is_some_and(|x| x != 0.0),
        Value::String(s) => !s.is_empty(),
        Value::Array(a) => !a.is_empty(),
        Value::Object(o) => !o.is_empty(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> Record {
        let v: Value = serde_json::from_str(s).unwrap();
        Record::from_json(v.as_object().unwrap(), 7)
    }

    #[test]
    fn lenient_fields() {
        let r = parse(
            r#"{"doc_id": "d", "content": 5, "content_start": 1.5,
                "content_end": 9, "speaker": "", "speaker_canonical": "X",
                "optional": 1, "extra": [1]}"#,
        );
        assert_eq!(r.line, 7);
        assert_eq!(r.content, "");
        assert_eq!(r.content_start, None);
        assert_eq!(r.content_end, Some(9));
        assert_eq!(r.speaker, None);
        assert!(r.optional);
        assert!(!r.required());
        assert_eq!(r.speaker_display(), Some("X"));
    }

    #[test]
    fn required_needs_a_speaker() {
        assert!(parse(r#"{"speaker": "he"}"#).required());
        assert!(parse(r#"{"speaker_canonical": "Lavrov"}"#).required());
        assert!(!parse(r#"{"speaker": null}"#).required());
        assert!(!parse(r#"{"speaker": "he", "optional": true}"#).required());
        assert!(parse(r#"{"speaker": "he", "optional": false}"#).required());
    }

    #[test]
    fn from_attribution() {
        let a = Attribution {
            doc_id: "d".into(),
            kind: crate::Kind::Stance,
            speaker: Some("Putin".into()),
            speaker_canonical: Some(String::new()),
            speaker_type: crate::SpeakerType::Person,
            speaker_country: None,
            cue: Some("threatened".into()),
            cue_lemma: None,
            cue_class: None,
            content: "to leave".into(),
            content_start: 17,
            content_end: 25,
            speaker_start: Some(0),
            speaker_end: Some(5),
            rule: "threaten-to".into(),
        };
        let r = Record::from(&a);
        assert_eq!(r.kind.as_deref(), Some("stance"));
        assert_eq!(r.content_span(), Some((17, 25)));
        assert_eq!(r.speaker_span(), Some((0, 5)));
        assert_eq!(r.speaker_canonical, None);
        assert_eq!(r.rule.as_deref(), Some("threaten-to"));
        assert!(r.required());
    }

    #[test]
    fn spans_need_end_after_start() {
        let r = parse(r#"{"content_start": 4, "content_end": 4}"#);
        assert_eq!(r.content_span(), None);
        let r = parse(r#"{"speaker_start": 4, "speaker_end": 6}"#);
        assert_eq!(r.speaker_span(), Some((4, 6)));
    }
}
