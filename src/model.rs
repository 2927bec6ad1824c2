//! The data model shared by every stage: input [`Document`]s and output
//! [`Attribution`] rows.
//!
//! An [`Attribution`] serializes (JSONL, CSV) with the keys of DESIGN.md's
//! "Output row", in that order. Offsets are Unicode code points into the
//! document text, so a JSONL output is a valid prediction file for the
//! reference scorer.

use serde::{Deserialize, Serialize};

/// One input article.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Document {
    /// Document id, copied into every row as `doc_id`.
    pub id: String,
    /// Full text; paragraphs are separated by blank lines (or, in a text
    /// with none, one per line when the lines end sentences).
    pub text: String,
    /// Publication date `YYYY-MM-DD`, used to resolve role phrases.
    pub date: Option<String>,
    /// Optional title, scanned as a headline when the text lacks it.
    pub title: Option<String>,
}

/// What kind of attribution a row is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// The whole content is inside quotation marks.
    Direct,
    /// Partly quoted.
    Mixed,
    /// Reported speech or thought without quotation marks.
    Indirect,
    /// A claim or attitude verb with an infinitive or an object.
    Stance,
}

impl Kind {
    /// The lowercase names used in output, in the order of the variants
    /// (a unit test checks them against serde's names of every variant).
    pub const NAMES: [&'static str; 4] = ["direct", "mixed", "indirect", "stance"];

    /// The lowercase name used in output.
    pub fn as_str(self) -> &'static str {
        Self::NAMES[self as usize]
    }

    /// Parses a lowercase kind name.
    pub fn parse(s: &str) -> Option<Kind> {
        match s {
            "direct" => Some(Kind::Direct),
            "mixed" => Some(Kind::Mixed),
            "indirect" => Some(Kind::Indirect),
            "stance" => Some(Kind::Stance),
            _ => None,
        }
    }
}

/// The type of a resolved speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerType {
    /// A named or described person.
    Person,
    /// A state (country or territory), or a metonym for one.
    State,
    /// An organization.
    Organization,
    /// Not known.
    #[default]
    Unknown,
}

impl SpeakerType {
    /// The lowercase names used in output, in the order of the variants
    /// (a unit test checks them against serde's names of every variant).
    pub const NAMES: [&'static str; 4] = ["person", "state", "organization", "unknown"];

    /// The lowercase name used in output.
    pub fn as_str(self) -> &'static str {
        Self::NAMES[self as usize]
    }
}

/// One output row: who said what, where.
///
/// Field order is the column order of the CSV output and the key order of
/// the JSONL output.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Attribution {
    /// Id of the document.
    pub doc_id: String,
    /// Kind of attribution.
    pub kind: Kind,
    /// Speaker mention as written (nearest the cue), if any.
    pub speaker: Option<String>,
    /// Full name the speaker mention refers to.
    pub speaker_canonical: Option<String>,
    /// Type of the speaker.
    pub speaker_type: SpeakerType,
    /// ISO 3166-1 alpha-3 code of the speaker's country, if known.
    pub speaker_country: Option<String>,
    /// The cue as written ("said", "according to"), if any.
    pub cue: Option<String>,
    /// Lemma of the cue ("say").
    pub cue_lemma: Option<String>,
    /// Class of the cue ("say", "threaten", ...).
    pub cue_class: Option<String>,
    /// The quoted or reported content as it appears in the document.
    pub content: String,
    /// Start of the content, in code points, inclusive.
    pub content_start: usize,
    /// End of the content, in code points, exclusive.
    pub content_end: usize,
    /// Start of the speaker mention, in code points.
    pub speaker_start: Option<usize>,
    /// End of the speaker mention, in code points, exclusive.
    pub speaker_end: Option<usize>,
    /// Id of the rule that produced the row.
    pub rule: String,
}

/// An output row borrowing its strings (from the document, the lexicon
/// and the resolved speakers): an [`Attribution`] without allocations,
/// with the same fields in the same order, so it serializes the same.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Row<'a> {
    /// Id of the document.
    pub doc_id: &'a str,
    /// Kind of attribution.
    pub kind: Kind,
    /// Speaker mention as written.
    pub speaker: Option<&'a str>,
    /// Full name the speaker mention refers to.
    pub speaker_canonical: Option<&'a str>,
    /// Type of the speaker.
    pub speaker_type: SpeakerType,
    /// ISO 3166-1 alpha-3 code of the speaker's country.
    pub speaker_country: Option<&'a str>,
    /// The cue as written.
    pub cue: Option<&'a str>,
    /// Lemma of the cue.
    pub cue_lemma: Option<&'a str>,
    /// Class of the cue.
    pub cue_class: Option<&'a str>,
    /// The content as it appears in the document.
    pub content: &'a str,
    /// Start of the content, in code points.
    pub content_start: usize,
    /// End of the content, in code points, exclusive.
    pub content_end: usize,
    /// Start of the speaker mention, in code points.
    pub speaker_start: Option<usize>,
    /// End of the speaker mention, in code points, exclusive.
    pub speaker_end: Option<usize>,
    /// Id of the rule that produced the row.
    pub rule: &'a str,
}

impl Row<'_> {
    /// The owned row.
    pub fn to_attribution(&self) -> Attribution {
        let own = |s: Option<&str>| s.map(str::to_string);
        Attribution {
            doc_id: self.doc_id.to_string(),
            kind: self.kind,
            speaker: own(self.speaker),
            speaker_canonical: own(self.speaker_canonical),
            speaker_type: self.speaker_type,
            speaker_country: own(self.speaker_country),
            cue: own(self.cue),
            cue_lemma: own(self.cue_lemma),
            cue_class: own(self.cue_class),
            content: self.content.to_string(),
            content_start: self.content_start,
            content_end: self.content_end,
            speaker_start: self.speaker_start,
            speaker_end: self.speaker_end,
            rule: self.rule.to_string(),
        }
    }
}

impl Attribution {
    /// The borrowed view of this row.
    pub fn as_row(&self) -> Row<'_> {
        Row {
            doc_id: &self.doc_id,
            kind: self.kind,
            speaker: self.speaker.as_deref(),
            speaker_canonical: self.speaker_canonical.as_deref(),
            speaker_type: self.speaker_type,
            speaker_country: self.speaker_country.as_deref(),
            cue: self.cue.as_deref(),
            cue_lemma: self.cue_lemma.as_deref(),
            cue_class: self.cue_class.as_deref(),
            content: &self.content,
            content_start: self.content_start,
            content_end: self.content_end,
            speaker_start: self.speaker_start,
            speaker_end: self.speaker_end,
            rule: &self.rule,
        }
    }
}

/// The output columns, in order.
pub const COLUMNS: [&str; 15] = [
    "doc_id",
    "kind",
    "speaker",
    "speaker_canonical",
    "speaker_type",
    "speaker_country",
    "cue",
    "cue_lemma",
    "cue_class",
    "content",
    "content_start",
    "content_end",
    "speaker_start",
    "speaker_end",
    "rule",
];

#[cfg(test)]
mod tests {
    use super::{Kind, SpeakerType};

    /// The names serde gives every variant of `T` (lowercase), read from
    /// the message of an unknown variant ("expected one of `a`, `b`"):
    /// the list serde's derive makes of the enum itself.
    fn serde_names<T: serde::de::DeserializeOwned>() -> Vec<(String, T)> {
        let e = serde_json::from_str::<T>("\"?\"")
            .err()
            .expect("no variant named ?");
        let msg = e.to_string();
        let expected = &msg[msg.find("expected").expect("the variants listed")..];
        expected
            .split('`')
            .skip(1)
            .step_by(2)
            .map(|n| {
                let v = serde_json::from_str::<T>(&format!("\"{n}\"")).expect("a variant");
                (n.to_string(), v)
            })
            .collect()
    }

    /// `Kind::NAMES` and `SpeakerType::NAMES` (which the row writer's room
    /// is sized by) name every variant, in the variants' order, as serde
    /// names them: a variant added to an enum and not to its table fails
    /// here.
    #[test]
    fn name_tables_name_every_variant_as_serde_does() {
        let kinds = serde_names::<Kind>();
        assert_eq!(kinds.len(), Kind::NAMES.len());
        for (n, k) in kinds {
            assert_eq!(Kind::NAMES[k as usize], n);
            assert_eq!(k.as_str(), n);
            assert_eq!(Kind::parse(&n), Some(k));
        }
        let types = serde_names::<SpeakerType>();
        assert_eq!(types.len(), SpeakerType::NAMES.len());
        for (n, t) in types {
            assert_eq!(SpeakerType::NAMES[t as usize], n);
            assert_eq!(t.as_str(), n);
        }
    }
}
