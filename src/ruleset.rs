//! The rule data (`gazetteer/rules.toml`): every attribution rule's id,
//! the kind it produces, whether it is enabled, and its examples.
//!
//! [`RuleSet::test`] runs every positive example (the rule must produce a
//! row with the expected speaker, cue, content and kind) and every
//! counter-example (the rule must produce no row), and names each failing
//! rule and example. `whosaid rules test` and `cargo test` run it.

use serde::Deserialize;

use crate::error::{Error, Result};
use crate::model::{Document, Kind};
use crate::Extractor;

/// The embedded default rule file.
pub const DEFAULT_RULES: &str = include_str!("../gazetteer/rules.toml");

/// Every rule id the extractor can emit, in the order they are tried.
pub const RULE_IDS: &[&str] = &[
    "headline-colon",
    "transcript-colon",
    "according-to-first",
    "according-to-last",
    "according-to-mid",
    "quote-cue-speaker",
    "quote-speaker-cue",
    "quote-split",
    "opening-participle",
    "participle",
    "participle-subject",
    "quoted-by-as-saying",
    "quoted-as-saying",
    "with-participle",
    "speaker-cue-quote",
    "speaker-cue-colon",
    "intro-colon-quote",
    "as-speaker-cue",
    "clause-speaker-cue",
    "clause-speaker-cue-split",
    "speaker-cue-to",
    "speaker-cue-obj-to",
    "speaker-cue-that",
    "speaker-cue-obj",
    "relative-speaker-cue",
    "relative-speaker-as-quote",
    "relative-gap-cue",
    "passive-by",
    "received-from",
    "poss-noun-that",
    "poll-in",
    "to-view",
    "clause-cue-speaker",
    "quote-dash-byline",
    "continuation",
    "continuation-mixed",
];

/// A positive example.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Example {
    /// Document text.
    pub text: String,
    /// Expected speaker mention.
    pub speaker: Option<String>,
    /// Expected canonical speaker.
    pub canonical: Option<String>,
    /// Expected cue.
    pub cue: Option<String>,
    /// Expected content.
    pub content: String,
    /// Expected kind.
    pub kind: String,
}

/// A counter-example.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Counter {
    /// Document text on which the rule must not fire.
    pub text: String,
}

/// One rule's data.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    /// Rule id.
    pub id: String,
    /// Kind it produces by default.
    pub kind: String,
    /// What it matches.
    pub description: String,
    /// Whether the rule runs.
    #[serde(default = "yes")]
    pub enabled: bool,
    /// Positive examples.
    #[serde(default, rename = "example")]
    pub examples: Vec<Example>,
    /// Counter-examples.
    #[serde(default, rename = "counter")]
    pub counters: Vec<Counter>,
}

fn yes() -> bool {
    true
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    rule: Vec<Rule>,
}

/// The loaded rules.
#[derive(Clone, Debug)]
pub struct RuleSet {
    /// Rules in file order.
    pub rules: Vec<Rule>,
}

/// A failed example.
#[derive(Clone, Debug)]
pub struct Failure {
    /// Rule id.
    pub rule: String,
    /// 1-based number of the example (counter-examples after a `counter`
    /// prefix).
    pub example: String,
    /// What went wrong.
    pub msg: String,
}

impl RuleSet {
    /// The texts of every example and counter-example, rule by rule, for
    /// unit tests that compare a fast path with the plain one over them.
    #[cfg(test)]
    pub(crate) fn example_texts(&self) -> Vec<String> {
        self.rules
            .iter()
            .flat_map(|r| {
                let ex = r.examples.iter().map(|e| e.text.clone());
                ex.chain(r.counters.iter().map(|c| c.text.clone()))
            })
            .collect()
    }

    /// The embedded default rules.
    pub fn default_data() -> Result<RuleSet> {
        RuleSet::parse("gazetteer/rules.toml", DEFAULT_RULES)
    }

    /// Parses a rule file; every rule id must be known, kinds valid.
    pub fn parse(name: &str, text: &str) -> Result<RuleSet> {
        let f: File = toml::from_str(text).map_err(|e| {
            let line = e.span().map_or(0, |s| {
                text[..s.start.min(text.len())].lines().count().max(1)
            });
            Error::data(name, line, e.message().to_string())
        })?;
        for r in &f.rule {
            // (The line only for an error message: counting lines up to
            // every rule is most of the start-up's rule parsing.)
            let line = || {
                text.find(&format!("id = \"{}\"", r.id))
                    .map_or(0, |i| text[..i].lines().count() + 1)
            };
            if !RULE_IDS.contains(&r.id.as_str()) {
                return Err(Error::data(
                    name,
                    line(),
                    format!(
                        "unknown rule id `{}` (known: {})",
                        r.id,
                        RULE_IDS.join(", ")
                    ),
                ));
            }
            if Kind::parse(&r.kind).is_none()
                || r.examples.iter().any(|e| Kind::parse(&e.kind).is_none())
            {
                return Err(Error::data(
                    name,
                    line(),
                    format!(
                        "rule `{}`: kind must be direct, mixed, indirect or stance",
                        r.id
                    ),
                ));
            }
        }
        Ok(RuleSet { rules: f.rule })
    }

    /// Whether rule `id` is enabled (unknown ids are).
    pub fn enabled(&self, id: &str) -> bool {
        self.rules
            .iter()
            .find(|r| r.id == id)
            .is_none_or(|r| r.enabled)
    }

    /// Runs every example of every enabled rule.
    pub fn test(&self, ex: &Extractor) -> Vec<Failure> {
        let mut fails = Vec::new();
        for r in self.rules.iter().filter(|r| r.enabled) {
            for (i, e) in r.examples.iter().enumerate() {
                let doc = Document {
                    id: format!("{}#{}", r.id, i + 1),
                    text: e.text.clone(),
                    date: None,
                    title: None,
                };
                let rows = ex.extract(&doc);
                let ok = rows.iter().any(|a| {
                    a.rule == r.id
                        && a.content == e.content
                        && a.kind.as_str() == e.kind
                        && (e.speaker.is_none() || a.speaker == e.speaker)
                        && (e.canonical.is_none() || a.speaker_canonical == e.canonical)
                        && (e.cue.is_none() || a.cue == e.cue)
                });
                if !ok {
                    let got: Vec<String> = rows
                        .iter()
                        .map(|a| {
                            format!(
                                "[{}] {} {:?}/{:?} cue {:?}: {:?}",
                                a.rule,
                                a.kind.as_str(),
                                a.speaker,
                                a.speaker_canonical,
                                a.cue,
                                a.content
                            )
                        })
                        .collect();
                    fails.push(Failure {
                        rule: r.id.clone(),
                        example: format!("example {}", i + 1),
                        msg: format!(
                            "text {:?}\n    want {} {:?}/{:?} cue {:?}: {:?}\n    got  {}",
                            e.text,
                            e.kind,
                            e.speaker,
                            e.canonical,
                            e.cue,
                            e.content,
                            if got.is_empty() {
                                "nothing".into()
                            } else {
                                got.join("\n         ")
                            }
                        ),
                    });
                }
            }
            for (i, c) in r.counters.iter().enumerate() {
                let doc = Document {
                    id: format!("{}#c{}", r.id, i + 1),
                    text: c.text.clone(),
                    date: None,
                    title: None,
                };
                if let Some(a) = ex.extract(&doc).into_iter().find(|a| a.rule == r.id) {
                    fails.push(Failure {
                        rule: r.id.clone(),
                        example: format!("counter-example {}", i + 1),
                        msg: format!(
                            "text {:?}\n    must not fire, got {:?}/{:?}: {:?}",
                            c.text,
                            a.kind.as_str(),
                            a.speaker,
                            a.content
                        ),
                    });
                }
            }
        }
        fails
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_example_passes() {
        let rs = RuleSet::default_data().unwrap();
        let ex = Extractor::with_default_data().unwrap();
        let fails = rs.test(&ex);
        let msg: Vec<String> = fails
            .iter()
            .map(|f| format!("{} {}: {}", f.rule, f.example, f.msg))
            .collect();
        assert!(fails.is_empty(), "{}", msg.join("\n"));
    }

    #[test]
    fn every_rule_has_data_and_examples() {
        let rs = RuleSet::default_data().unwrap();
        for id in RULE_IDS {
            let r = rs
                .rules
                .iter()
                .find(|r| r.id == *id)
                .unwrap_or_else(|| panic!("rule {id} missing from rules.toml"));
            assert!(!r.examples.is_empty(), "rule {id} has no example");
        }
    }

    #[test]
    fn unknown_rule_id_names_line() {
        let e = RuleSet::parse(
            "r.toml",
            "[[rule]]\nid = \"nope\"\nkind = \"direct\"\ndescription = \"x\"\n",
        )
        .unwrap_err()
        .to_string();
        assert!(e.starts_with("r.toml:2"), "{e}");
    }

    #[test]
    fn bad_kind_names_line_of_its_rule() {
        let ok = format!(
            "[[rule]]\nid = \"{}\"\nkind = \"direct\"\ndescription = \"x\"\n",
            RULE_IDS[0]
        );
        let bad = format!(
            "[[rule]]\nid = \"{}\"\nkind = \"shout\"\ndescription = \"x\"\n",
            RULE_IDS[1]
        );
        let e = RuleSet::parse("r.toml", &format!("{ok}\n{bad}"))
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("r.toml:7"), "{e}");
    }
}
