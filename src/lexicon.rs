//! The cue lexicon: speech, thought and stance verbs with all their forms,
//! a class each and the frames they take (`gazetteer/verbs.csv`), and the
//! common nouns that head a speaker phrase without a name
//! (`gazetteer/speaker_nouns.csv`).
//!
//! Cue forms are matched by one case-insensitive Aho-Corasick automaton
//! (leftmost-longest, whole words), so phrasal forms ("pointed out") win
//! over their first word.

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use crate::error::{Error, Result};
use crate::gazetteer::is_word_boundary;

/// The embedded default verb lexicon.
pub const DEFAULT_VERBS: &str = include_str!("../gazetteer/verbs.csv");
/// The embedded default speaker nouns.
pub const DEFAULT_SPEAKER_NOUNS: &str = include_str!("../gazetteer/speaker_nouns.csv");

/// Frames a cue can take.
pub mod frame {
    /// Attaches to a direct quote.
    pub const QUOTE: u8 = 1;
    /// Takes a reported clause ("said (that) ...").
    pub const THAT: u8 = 2;
    /// Takes a to-infinitive ("threatened to ...").
    pub const TO: u8 = 4;
    /// Takes an object and an infinitive ("urged X to ...").
    pub const OBJ_TO: u8 = 8;
    /// Takes a noun-phrase object as a stance ("supports X").
    pub const OBJ: u8 = 16;
    /// A prepositional cue ("according to").
    pub const PREP: u8 = 32;
}

/// One cue lemma.
#[derive(Clone, Debug)]
pub struct Cue {
    /// Lemma ("say").
    pub lemma: String,
    /// Class ("say", "threaten", ...).
    pub class: String,
    /// Bit set of [`frame`] values.
    pub frames: u8,
}

/// Form of a matched cue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// Base or present form ("say").
    Base,
    /// Third person singular ("says").
    Third,
    /// Past or participle ("said").
    Past,
    /// -ing participle ("saying").
    Ing,
    /// Other (phrases, prepositions).
    Other,
}

/// A cue found in text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CueMatch {
    /// Byte start.
    pub start: usize,
    /// Byte end.
    pub end: usize,
    /// Index of the lemma in [`Lexicon::cues`].
    pub cue: usize,
    /// The form.
    pub form: Form,
}

/// Type of a speaker noun.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NounType {
    /// A person ("official").
    Person,
    /// An organization ("campaign").
    Organization,
    /// A document or poll ("report").
    Document,
}

/// The cue lexicon and speaker nouns.
pub struct Lexicon {
    cues: Vec<Cue>,
    forms: Vec<(usize, Form)>,
    automaton: AhoCorasick,
    nouns: HashMap<String, NounType>,
    /// Single-word forms -> (lemma, form).
    words: HashMap<String, (usize, Form)>,
}

/// The frame names of `verbs.csv`.
pub const FRAME_NAMES: [(&str, u8); 6] = [
    ("quote", frame::QUOTE),
    ("that", frame::THAT),
    ("to", frame::TO),
    ("obj_to", frame::OBJ_TO),
    ("obj", frame::OBJ),
    ("prep", frame::PREP),
];

fn form_of(lemma: &str, form: &str) -> Form {
    let first = form.split(' ').next().unwrap_or(form);
    let lfirst = lemma.split(' ').next().unwrap_or(lemma);
    if form == lemma || first == lfirst {
        Form::Base
    } else if first.ends_with("ing") && !lfirst.ends_with("ing") {
        Form::Ing
    } else if first.ends_with('s')
        && first.len() <= lfirst.len() + 2
        && first.starts_with(&lfirst[..lfirst.len().saturating_sub(1).max(1)])
    {
        Form::Third
    } else {
        Form::Past
    }
}

impl Lexicon {
    /// The embedded default lexicon.
    pub fn default_data() -> Result<Lexicon> {
        Lexicon::parse(
            "gazetteer/verbs.csv",
            DEFAULT_VERBS,
            "gazetteer/speaker_nouns.csv",
            DEFAULT_SPEAKER_NOUNS,
        )
    }

    /// Parses the verb and noun files; errors name file and line.
    pub fn parse(verbs_name: &str, verbs: &str, nouns_name: &str, nouns: &str) -> Result<Lexicon> {
        let mut cues = Vec::new();
        let mut forms: Vec<(usize, Form)> = Vec::new();
        let mut patterns: Vec<String> = Vec::new();
        let mut seen: HashMap<String, usize> = HashMap::new();
        let mut words: HashMap<String, (usize, Form)> = HashMap::new();
        let mut rdr = csv::Reader::from_reader(verbs.as_bytes());
        for rec in rdr.records() {
            let rec = rec.map_err(|e| {
                Error::data(
                    verbs_name,
                    e.position().map_or(0, |p| p.line() as usize),
                    e.to_string(),
                )
            })?;
            let line = rec.position().map_or(0, |p| p.line() as usize);
            let (lemma, class, fs, frames) = (
                rec.get(0).unwrap_or("").trim(),
                rec.get(1).unwrap_or("").trim(),
                rec.get(2).unwrap_or("").trim(),
                rec.get(3).unwrap_or("").trim(),
            );
            if lemma.is_empty() || class.is_empty() || fs.is_empty() {
                return Err(Error::data(
                    verbs_name,
                    line,
                    "lemma, class and forms must not be empty",
                ));
            }
            let mut bits = 0u8;
            for f in frames.split('|').map(str::trim).filter(|f| !f.is_empty()) {
                match FRAME_NAMES.iter().find(|(n, _)| *n == f) {
                    Some((_, b)) => bits |= b,
                    None => {
                        return Err(Error::data(
                            verbs_name,
                            line,
                            format!("unknown frame `{f}`"),
                        ))
                    }
                }
            }
            let ci = cues.len();
            cues.push(Cue {
                lemma: lemma.to_string(),
                class: class.to_string(),
                frames: bits,
            });
            for form in fs.split('|').map(str::trim).filter(|f| !f.is_empty()) {
                let lf = form.to_lowercase();
                if let Some(prev) = seen.get(&lf) {
                    return Err(Error::data(
                        verbs_name,
                        line,
                        format!("form `{form}` already belongs to `{}`", cues[*prev].lemma),
                    ));
                }
                seen.insert(lf.clone(), ci);
                let f = form_of(lemma, &lf);
                if !lf.contains(' ') {
                    words.insert(lf.clone(), (ci, f));
                }
                forms.push((ci, f));
                patterns.push(lf);
            }
        }
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(true)
            // A DFA: a few ms more to build for ~1,600 forms, about twice
            // the scan speed of the NFA.
            .kind(Some(AhoCorasickKind::DFA))
            .build(&patterns)
            .map_err(|e| Error::data(verbs_name, 0, e.to_string()))?;
        let mut noun_map = HashMap::new();
        let mut rdr = csv::Reader::from_reader(nouns.as_bytes());
        for rec in rdr.records() {
            let rec = rec.map_err(|e| {
                Error::data(
                    nouns_name,
                    e.position().map_or(0, |p| p.line() as usize),
                    e.to_string(),
                )
            })?;
            let line = rec.position().map_or(0, |p| p.line() as usize);
            let t = match rec.get(2).unwrap_or("").trim() {
                "person" => NounType::Person,
                "organization" => NounType::Organization,
                "document" => NounType::Document,
                other => {
                    return Err(Error::data(
                        nouns_name,
                        line,
                        format!("type must be person, organization or document, not `{other}`"),
                    ))
                }
            };
            for f in rec
                .get(1)
                .unwrap_or("")
                .split('|')
                .map(str::trim)
                .filter(|f| !f.is_empty())
            {
                noun_map.insert(f.to_lowercase(), t);
            }
        }
        Ok(Lexicon {
            cues,
            forms,
            automaton,
            nouns: noun_map,
            words,
        })
    }

    /// All cue lemmas.
    pub fn cues(&self) -> &[Cue] {
        &self.cues
    }

    /// The cue lemma at `i`.
    pub fn cue(&self, i: usize) -> &Cue {
        &self.cues[i]
    }

    /// Whole-word cue matches in `text[start..end]`.
    pub fn find_cues(&self, text: &str, start: usize, end: usize, out: &mut Vec<CueMatch>) {
        let bytes = text.as_bytes();
        for m in self.automaton.find_iter(&text[start..end]) {
            let (s, e) = (start + m.start(), start + m.end());
            if !is_word_boundary(bytes, s, e) {
                continue;
            }
            let (cue, form) = self.forms[m.pattern().as_usize()];
            out.push(CueMatch {
                start: s,
                end: e,
                cue,
                form,
            });
        }
    }

    /// The cue lemma and form of a single word (any case), if it is a cue.
    pub fn cue_word(&self, word: &str) -> Option<(usize, Form)> {
        if word.bytes().any(|b| b.is_ascii_uppercase()) {
            return self.words.get(&word.to_ascii_lowercase()).copied();
        }
        self.words.get(word).copied()
    }

    /// The type of a lowercase speaker noun, if it is one.
    pub fn speaker_noun(&self, word: &str) -> Option<NounType> {
        self.nouns.get(word).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_lexicon_loads_and_matches() {
        let lx = Lexicon::default_data().unwrap();
        let t = "Lavrov Said that he had pointed out the risk, according to aides.";
        let mut out = Vec::new();
        lx.find_cues(t, 0, t.len(), &mut out);
        let found: Vec<&str> = out.iter().map(|m| &t[m.start..m.end]).collect();
        assert!(found.contains(&"Said"));
        assert!(found.contains(&"according to"));
        assert!(lx.speaker_noun("officials").is_some());
    }

    #[test]
    fn bad_frame_names_line() {
        let e = Lexicon::parse(
            "v.csv",
            "lemma,class,forms,frames\nsay,say,say|said,quote\nx,y,z,bogus\n",
            "n.csv",
            "noun,forms,type\n",
        )
        .err()
        .unwrap()
        .to_string();
        assert!(e.contains("v.csv:3"), "{e}");
    }

    #[test]
    fn duplicate_form_is_an_error() {
        let e = Lexicon::parse(
            "v.csv",
            "lemma,class,forms,frames\nsay,say,say|said,quote\ntell,tell,said,quote\n",
            "n.csv",
            "noun,forms,type\n",
        );
        assert!(e.is_err());
    }
}
