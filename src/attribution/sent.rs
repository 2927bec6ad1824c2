//! A tokenized sentence with the small word tests the rules share.

use crate::quotes::Quote;
use crate::text::segment::{tokenize, Span, TokKind, Token};

/// A sentence and its tokens.
pub struct Sent<'a> {
    /// The document text.
    pub text: &'a str,
    /// Byte span of the sentence.
    pub span: Span,
    /// Tokens of the sentence.
    pub toks: Vec<Token>,
    /// Word-class bits of each token ([`STOP_BIT`], ...), computed once.
    flags: Vec<u8>,
}

const STOP_BIT: u8 = 1;
const PRONOUN_BIT: u8 = 2;
const DET_BIT: u8 = 4;
const CAP_BIT: u8 = 8;

/// Lowercase function word -> its class bits.
fn word_classes() -> &'static rustc_hash::FxHashMap<&'static str, u8> {
    static CLASSES: std::sync::OnceLock<rustc_hash::FxHashMap<&'static str, u8>> =
        std::sync::OnceLock::new();
    CLASSES.get_or_init(|| {
        let mut m = rustc_hash::FxHashMap::default();
        for (set, bit) in [
            (STOP, STOP_BIT),
            (DAYS, STOP_BIT),
            (PRONOUNS, PRONOUN_BIT),
            (DETERMINERS, DET_BIT),
        ] {
            for w in set {
                *m.entry(*w).or_insert(0) |= bit;
            }
        }
        m
    })
}

/// The class bits of one word.
fn classes_of(w: &str) -> u8 {
    let mut bits = 0;
    if w.chars().next().is_some_and(char::is_uppercase) {
        bits |= CAP_BIT;
    }
    if w.len() <= 16 && w.is_ascii() {
        let mut buf = [0u8; 16];
        for (d, c) in buf.iter_mut().zip(w.bytes()) {
            *d = c.to_ascii_lowercase();
        }
        let lower = std::str::from_utf8(&buf[..w.len()]).unwrap_or("");
        bits |= word_classes().get(lower).copied().unwrap_or(0);
    } else if w.contains('’') {
        // "it’s", "don’t": curly apostrophes spell the same words.
        let l = w.to_lowercase().replace('’', "'");
        bits |= word_classes().get(l.as_str()).copied().unwrap_or(0);
    }
    bits
}

/// Function words that never start or continue a speaker phrase.
const STOP: &[&str] = &[
    "a",
    "about",
    "after",
    "again",
    "against",
    "all",
    "also",
    "although",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "because",
    "before",
    "being",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "during",
    "each",
    "earlier",
    "even",
    "ever",
    "for",
    "from",
    "had",
    "has",
    "have",
    "having",
    "here",
    "how",
    "however",
    "if",
    "in",
    "instead",
    "into",
    "is",
    "it",
    "its",
    "just",
    "later",
    "meanwhile",
    "more",
    "most",
    "much",
    "must",
    "nor",
    "not",
    "now",
    "of",
    "on",
    "once",
    "only",
    "or",
    "other",
    "over",
    "should",
    "since",
    "so",
    "some",
    "still",
    "such",
    "than",
    "that",
    "the",
    "then",
    "there",
    "these",
    "this",
    "those",
    "though",
    "through",
    "thus",
    "to",
    "today",
    "tomorrow",
    "under",
    "until",
    "upon",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "without",
    "would",
    "yesterday",
    "yet",
    "you",
    "last",
    "next",
    "both",
    "either",
    "neither",
    "many",
    "few",
    "very",
    "been",
    "be",
    "may",
    "might",
    "shall",
    "up",
    "down",
    "out",
    "off",
    "too",
    "like",
    "unlike",
    "why",
    "according",
    "amid",
    "among",
    "between",
    "despite",
    "toward",
    "towards",
    "per",
    "via",
    "no",
    "yes",
    "let",
    "here's",
    "there's",
    "it's",
    "that's",
    "what's",
    "i'm",
    "we're",
    "they're",
    "he's",
    "she's",
    "nobody",
    "everybody",
    "everyone",
    "someone",
    "somebody",
    "anyone",
    "anybody",
    "don't",
    "doesn't",
    "didn't",
    "won't",
    "can't",
    "isn't",
    "wasn't",
    "aren't",
];

/// Day words ("Monday", "yesterday") that stand between a subject, its
/// cue and its content as adverbials.
pub const DAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "yesterday",
    "today",
    "tonight",
];

/// Personal pronouns that can be speakers.
pub const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i", "you"];

/// Determiners that may open a speaker phrase.
pub const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "our", "this", "these", "those", "another",
    "one", "two", "three", "several", "many", "some", "most", "other", "both", "all", "few",
];

impl<'a> Sent<'a> {
    /// Tokenizes `span` of `text`.
    pub fn new(text: &'a str, span: Span) -> Sent<'a> {
        // About one token per five bytes of news text.
        let mut toks = Vec::with_capacity((span.1 - span.0) / 4 + 4);
        tokenize(text, span, &mut toks);
        let flags = toks
            .iter()
            .map(|t| {
                if t.kind == TokKind::Word {
                    classes_of(&text[t.start..t.end])
                } else {
                    0
                }
            })
            .collect();
        Sent {
            text,
            span,
            toks,
            flags,
        }
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// The text of token `i`.
    pub fn w(&self, i: usize) -> &'a str {
        let t = self.toks[i];
        &self.text[t.start..t.end]
    }

    /// Lowercase text of token `i`.
    pub fn lw(&self, i: usize) -> String {
        self.w(i).to_lowercase()
    }

    /// Whether token `i` is a word.
    pub fn is_word(&self, i: usize) -> bool {
        i < self.toks.len() && self.toks[i].kind == TokKind::Word
    }

    /// Whether token `i` is the possessive clitic.
    pub fn is_poss(&self, i: usize) -> bool {
        i < self.toks.len() && self.toks[i].kind == TokKind::Possessive
    }

    /// Whether token `i` is the punctuation character `c`.
    pub fn is_p(&self, i: usize, c: &str) -> bool {
        i < self.toks.len() && self.toks[i].kind == TokKind::Punct && self.w(i) == c
    }

    /// Whether token `i` is punctuation.
    pub fn is_punct(&self, i: usize) -> bool {
        i < self.toks.len() && self.toks[i].kind == TokKind::Punct
    }

    /// Whether token `i` is a word starting with an uppercase letter.
    pub fn is_cap(&self, i: usize) -> bool {
        self.flags.get(i).is_some_and(|f| f & CAP_BIT != 0)
    }

    /// Whether token `i` is (case-insensitively) one of `set`.
    pub fn is_in(&self, i: usize, set: &[&str]) -> bool {
        if !self.is_word(i) {
            return false;
        }
        let w = self.w(i);
        set.iter().any(|s| s.eq_ignore_ascii_case(w))
    }

    /// Whether token `i` is a function word.
    pub fn is_stop(&self, i: usize) -> bool {
        self.flags.get(i).is_some_and(|f| f & STOP_BIT != 0)
    }

    /// Whether token `i` is a determiner that may open a speaker phrase.
    pub fn is_det(&self, i: usize) -> bool {
        self.flags.get(i).is_some_and(|f| f & DET_BIT != 0)
    }

    /// Whether token `i` is a personal pronoun.
    pub fn is_pronoun(&self, i: usize) -> bool {
        self.flags.get(i).is_some_and(|f| f & PRONOUN_BIT != 0)
    }

    /// Whether token `i` is a quotation mark.
    pub fn is_quote_mark(&self, i: usize) -> bool {
        self.is_punct(i)
            && matches!(
                self.w(i),
                "\"" | "“" | "”" | "„" | "«" | "»" | "‘" | "’" | "'" | "''"
            )
    }

    /// Index of the first token starting at or after byte `pos`.
    pub fn tok_at(&self, pos: usize) -> usize {
        self.toks.partition_point(|t| t.start < pos)
    }

    /// Index of the last token ending at or before byte `pos`, plus one.
    pub fn tok_before(&self, pos: usize) -> usize {
        self.toks.partition_point(|t| t.end <= pos)
    }

    /// Byte span of tokens `a..b` (b exclusive, b > a).
    pub fn span_of(&self, a: usize, b: usize) -> Span {
        (self.toks[a].start, self.toks[b - 1].end)
    }

    /// Whether token `i` lies inside one of `quotes`.
    pub fn in_quote(&self, i: usize, quotes: &[Quote]) -> bool {
        let p = self.toks[i].start;
        let k = quotes.partition_point(|q| q.close_end <= p);
        k < quotes.len() && quotes[k].start <= p && p < quotes[k].end
    }
}
