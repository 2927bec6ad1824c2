//! A tokenized sentence with the small word tests the rules share.
//!
//! Each word token gets its class bits (capitalized, function word,
//! pronoun, determiner) and its [`WordSet`] bits once, from one lookup, so
//! the rules' tests on named word lists are bit tests. The sentence runs
//! the tokenizer's loop itself: the most common tokens (plain words,
//! common marks, possessives) are found, looked up and scanned for cues in
//! one pass, the rest come from the tokenizer's general step. The token
//! vector (each token with its bits) is reused from one sentence to the
//! next ([`SentBuffers`]).

use crate::lexicon::{CueMatch, Form, Lexicon, MultiTail, NounType};
use crate::quotes::Quote;
use crate::text::segment::{
    ahead_word, ascii_word_at, is_ascii_alnum, plain_punct_len, plain_word_inside, possessive_len,
    token_by_chars_at, AlnumAhead, Span, TokKind, Token,
};

/// Whether the processor has AVX2, BMI1 and BMI2, which the word loop of
/// [`Sent::with_cues`] is compiled for: detected once a process and kept
/// here (0 not detected yet, 1 no, 2 yes). The three detections of the
/// standard library cost some 17 instructions a sentence (each feature's
/// cache loaded and tested on its own); this is a byte compared.
#[cfg(target_arch = "x86_64")]
static AVX2_BMI: std::sync::atomic::AtomicU8 = std::sync::atomic::AtomicU8::new(0);

/// Whether the processor has AVX2, BMI1 and BMI2 (detected on the first
/// call, then read from `AVX2_BMI`).
#[cfg(target_arch = "x86_64")]
#[inline]
fn has_avx2_bmi() -> bool {
    use std::sync::atomic::Ordering::Relaxed;
    match AVX2_BMI.load(Relaxed) {
        2 => true,
        1 => false,
        _ => detect_avx2_bmi(),
    }
}

/// Detects AVX2, BMI1 and BMI2 and keeps the answer in `AVX2_BMI` (two
/// threads that both detect store the same answer).
#[cfg(target_arch = "x86_64")]
#[cold]
#[inline(never)]
fn detect_avx2_bmi() -> bool {
    let yes = std::arch::is_x86_feature_detected!("avx2")
        && std::arch::is_x86_feature_detected!("bmi1")
        && std::arch::is_x86_feature_detected!("bmi2");
    AVX2_BMI.store(
        if yes { 2 } else { 1 },
        std::sync::atomic::Ordering::Relaxed,
    );
    yes
}

/// The token vector of a [`Sent`], kept from one sentence to the next so
/// tokenizing allocates only when a sentence is longer than any before.
#[derive(Default)]
pub struct SentBuffers {
    toks: Vec<Token>,
}

/// A sentence and its tokens.
pub struct Sent<'a> {
    /// The document text.
    pub text: &'a str,
    /// Byte span of the sentence.
    pub span: Span,
    /// Tokens of the sentence, with the word-class bits of each word
    /// ([`STOP_BIT`], ...) in `class` and its [`WordSet`] bits in `sets`,
    /// computed once.
    pub toks: Vec<Token>,
    /// Whether a token is a colon.
    colon: bool,
    /// Whether the sentence holds "words," ([`Sent::has_words_comma`]).
    words_comma: bool,
    /// Whether the tokens' class bits hold [`CUE_BIT`] and the noun types
    /// (the sentence was built with a lexicon's table, [`Sent::with_cues`]).
    lexicon_bits: bool,
}

const STOP_BIT: u8 = 1;
const PRONOUN_BIT: u8 = 2;
const DET_BIT: u8 = 4;
/// A word whose first byte is an ASCII capital: bit 5, the bit that
/// tells an ASCII letter's case, so that a plain word's takes no shift
/// ([`first_byte_bits_alnum`]).
const CAP_BIT: u8 = 0x20;
/// A one-word cue form (set only in the lexicon's table, see
/// [`Sent::cue_word`]).
const CUE_BIT: u8 = 128;
/// A number word of one unit ("six", "Twenty": `speaker::UNITS`, see
/// [`Sent::is_number_word`]) or a word whose first byte is an ASCII digit
/// ([`Sent::is_numeric`]): bit 6, the bit that is clear in an ASCII digit
/// and set in an ASCII letter, so that a plain word's takes no shift
/// either ([`first_byte_bits_alnum`]).
const NUMBER_BIT: u8 = 0x40;
/// A punctuation token that is a quotation mark ([`Sent::is_quote_mark`]):
/// the bit of [`NUMBER_BIT`], which only words have (every reader of
/// either tests the token's kind first).
const QUOTE_BIT: u8 = NUMBER_BIT;
/// Bits 3 and 4: 1 + the [`NounType`] of a speaker noun (set only in the
/// lexicon's table, see [`Sent::speaker_noun`]).
const NOUN_SHIFT: u32 = 3;

// Each class bit is a bit of its own, and the noun type's two bits are
// none of theirs (the bits are placed for the word loop: [`CAP_BIT`]).
const _: () = {
    let bits = [
        STOP_BIT,
        PRONOUN_BIT,
        DET_BIT,
        CAP_BIT,
        CUE_BIT,
        NUMBER_BIT,
        3 << NOUN_SHIFT,
    ];
    let mut seen = 0u8;
    let mut k = 0;
    while k < bits.len() {
        assert!(seen & bits[k] == 0, "class bits overlap");
        seen |= bits[k];
        k += 1;
    }
};

/// The [`NounType`] of each code of the bits at [`NOUN_SHIFT`].
const NOUN_TYPES: [Option<NounType>; 4] = [
    None,
    Some(NounType::Person),
    Some(NounType::Organization),
    Some(NounType::Document),
];

/// What the speaker search's head tests say of a token
/// ([`Sent::head_bits`], `speaker::head_class`): it can head a phrase.
pub(crate) const HEAD_OK: u8 = 1;
/// It is a personal pronoun (with [`HEAD_OK`]).
pub(crate) const HEAD_PRONOUN: u8 = 2;
/// It is a speaker noun that is no capitalized word (with [`HEAD_OK`]).
pub(crate) const HEAD_LOWER: u8 = 4;
/// It is a speaker noun of [`NounType::Person`] (with [`HEAD_OK`], not
/// with [`HEAD_PRONOUN`]).
pub(crate) const HEAD_PERSON: u8 = 8;
/// Its class bits do not tell: the head tests' own questions
/// (`speaker::head_class`).
pub(crate) const HEAD_ASK: u8 = 16;

/// [`Sent::head_bits`] of each index: the class bits below [`NUMBER_BIT`]
/// (stop, pronoun, determiner, noun type, capital) and, at
/// [`NUMBER_BIT`]'s place, whether the noun type is the token's (a word of
/// at most 16 ASCII letters and digits in a sentence built with the
/// lexicon's table: [`Sent::table_bits`]). A pronoun heads a phrase; a
/// capitalized function word may end a name ("Theresa May",
/// `speaker::name_end`), which the bits do not tell; any other capitalized
/// word heads one, and any other word only as a speaker noun. So one load
/// answers the head tests for nearly every head the phrase search asks
/// about, where their branches went either way with the text (the others:
/// marks, possessives, words not from the table, capitalized function
/// words, are asked the tests, [`HEAD_ASK`]).
static HEAD_BITS: [u8; 2 * NUMBER_BIT as usize] = {
    let mut t = [0; 2 * NUMBER_BIT as usize];
    let mut i = 0;
    while i < t.len() {
        let c = i as u8;
        let noun = c >> NOUN_SHIFT & 3;
        let person = if noun == 1 { HEAD_PERSON } else { 0 };
        t[i] = if c & PRONOUN_BIT != 0 {
            HEAD_OK | HEAD_PRONOUN
        } else if c & NUMBER_BIT == 0 || c & CAP_BIT != 0 && c & STOP_BIT != 0 {
            HEAD_ASK
        } else if c & CAP_BIT != 0 {
            HEAD_OK | person
        } else if noun != 0 {
            HEAD_OK | HEAD_LOWER | person
        } else {
            0
        };
        i += 1;
    }
    t
};

// [`HEAD_BITS`]' index: the class bits below [`NUMBER_BIT`] are those it
// reads, and [`NUMBER_BIT`]'s place, the top of the index, is free for the
// noun type's flag.
const _: () =
    assert!(STOP_BIT | PRONOUN_BIT | DET_BIT | CAP_BIT | 3 << NOUN_SHIFT == NUMBER_BIT - 1);

/// The code of `t` in the bits at [`NOUN_SHIFT`].
fn noun_code(t: NounType) -> u8 {
    match t {
        NounType::Person => 1,
        NounType::Organization => 2,
        NounType::Document => 3,
    }
}

/// A named word list whose membership test is one bit per token,
/// computed when the sentence is tokenized (case-insensitive, as
/// [`Sent::is_in`] with a plain list). Every set is listed in
/// [`WORD_SETS`] with its own bit.
#[derive(Clone, Copy, Debug)]
pub struct WordSet {
    bit: u128,
    words: &'static [&'static str],
}

impl WordSet {
    /// The set with bit `1 << index` (each set its own index).
    pub const fn new(index: u32, words: &'static [&'static str]) -> WordSet {
        WordSet {
            bit: 1 << index,
            words,
        }
    }

    /// The set's bit, to test several sets at once ([`Sent::in_sets`]).
    pub const fn bit(&self) -> u128 {
        self.bit
    }

    /// The words.
    pub fn words(&self) -> &'static [&'static str] {
        self.words
    }
}

/// "and".
pub const AND: WordSet = WordSet::new(20, &["and"]);
/// "and", "but".
pub const AND_BUT: WordSet = WordSet::new(21, &["and", "but"]);
/// "of".
pub const OF: WordSet = WordSet::new(22, &["of"]);
/// "to".
pub const TO: WordSet = WordSet::new(23, &["to"]);
/// "that".
pub const THAT: WordSet = WordSet::new(24, &["that"]);
/// The articles "the", "a", "an".
pub const ARTICLES: WordSet = WordSet::new(25, &["the", "a", "an"]);

/// Forms of "be" before a progressive ("is backing").
pub const BE_PROGRESSIVE: WordSet =
    WordSet::new(26, &["is", "are", "was", "were", "been", "be", "am"]);
/// Time units after "this", "last", "earlier" ("Trump last week said").
pub const TIME_UNITS: WordSet = WordSet::new(
    27,
    &[
        "week", "month", "year", "weekend", "spring", "summer", "fall",
    ],
);
/// "has", "have", "had".
pub const HAVE: WordSet = WordSet::new(28, &["has", "have", "had"]);

/// Small word lists the rules test often, as [`WordSet`] bits (bits 64 and up).
pub mod words {
    use super::WordSet;

    /// Whether a word's bytes end in a plural -s, not -ss ("voters",
    /// "emails", "polls"; not "press", "boss", "access"): the rules'
    /// one spelling test for a plural in -s.
    #[inline]
    pub fn plural_s(w: &[u8]) -> bool {
        w.ends_with(b"s") && !w.ends_with(b"ss")
    }

    /// Whether a lowercase word reads as a past in -ed: five letters or
    /// more, not in -eed ("armed", "killed", "seized"; not "red", "bed",
    /// "shed", "speed", "seed", "creed"). Four-letter pasts ("used",
    /// "owed") are rare in a subject's head phrase and let through.
    #[inline]
    pub fn ed_verb(w: &[u8]) -> bool {
        w.len() >= 5 && w.ends_with(b"ed") && !w.ends_with(b"eed")
    }

    /// "as".
    pub const W_AS: WordSet = WordSet::new(64, &["as"]);
    /// "at".
    pub const W_AT: WordSet = WordSet::new(65, &["at"]);
    /// "up".
    pub const W_UP: WordSet = WordSet::new(66, &["up"]);
    /// "in".
    pub const W_IN: WordSet = WordSet::new(67, &["in"]);
    /// "on".
    pub const W_ON: WordSet = WordSet::new(68, &["on"]);
    /// "with".
    pub const W_WITH: WordSet = WordSet::new(69, &["with"]);
    /// "one".
    pub const W_ONE: WordSet = WordSet::new(70, &["one"]);
    /// "no".
    pub const W_NO: WordSet = WordSet::new(71, &["no"]);
    /// "least".
    pub const W_LEAST: WordSet = WordSet::new(72, &["least"]);
    /// "many".
    pub const W_MANY: WordSet = WordSet::new(73, &["many"]);
    /// "than".
    pub const W_THAN: WordSet = WordSet::new(74, &["than"]);
    /// "a".
    pub const W_A: WordSet = WordSet::new(75, &["a"]);
    /// "will".
    pub const W_WILL: WordSet = WordSet::new(76, &["will"]);
    /// "he", "she".
    pub const W_HE_SHE: WordSet = WordSet::new(77, &["he", "she"]);
    /// "both", "all", "each".
    pub const W_BOTH_ALL: WordSet = WordSet::new(78, &["both", "all", "each"]);
    /// "since", "yet", "ever", "twice".
    pub const W_AUX_ADVERBS: WordSet = WordSet::new(79, &["since", "yet", "ever", "twice"]);
    /// "has", "have", "had", "not".
    pub const W_HAVE_NOT: WordSet = WordSet::new(80, &["has", "have", "had", "not"]);
    /// "majority", "plurality".
    pub const W_MAJORITY: WordSet = WordSet::new(81, &["majority", "plurality"]);
    /// "in", "on".
    pub const W_IN_ON: WordSet = WordSet::new(82, &["in", "on"]);
    /// "in", "of".
    pub const W_IN_OF: WordSet = WordSet::new(83, &["in", "of"]);
    /// "and", "or", "that", "who", "which".
    pub const W_OBJ_BREAKS: WordSet = WordSet::new(84, &["and", "or", "that", "who", "which"]);
    /// "used", "uses", "took", "takes", "went", "appeared".
    pub const W_PURPOSE_VERBS: WordSet =
        WordSet::new(85, &["used", "uses", "took", "takes", "went", "appeared"]);
    /// "continued", "seemed", "continues", "seems", "appeared", "appears".
    pub const W_CATENATIVES: WordSet = WordSet::new(
        86,
        &[
            "continued",
            "seemed",
            "continues",
            "seems",
            "appeared",
            "appears",
            "continue",
            "seem",
            "appear",
        ],
    );
    /// "and", "or".
    pub const W_AND_OR: WordSet = WordSet::new(87, &["and", "or"]);
    /// "and", "but", "that".
    pub const W_AND_BUT_THAT: WordSet = WordSet::new(88, &["and", "but", "that"]);
    /// "that", "who", "which".
    pub const W_THAT_WHO_WHICH: WordSet = WordSet::new(89, &["that", "who", "which"]);
    /// "even".
    pub const W_EVEN: WordSet = WordSet::new(90, &["even"]);
    /// "from".
    pub const W_FROM: WordSet = WordSet::new(91, &["from"]);
    /// "it".
    pub const W_IT: WordSet = WordSet::new(92, &["it"]);
    /// "he", "she", "they", "we", "i".
    pub const W_SUBJ_PRONOUNS: WordSet = WordSet::new(93, &["he", "she", "they", "we", "i"]);
    /// "week", "month", "year", "night", "morning", "evening", "afternoon",
    /// "weekend".
    pub const W_TIME_OF_DAY: WordSet = WordSet::new(
        97,
        &[
            "week",
            "month",
            "year",
            "night",
            "morning",
            "evening",
            "afternoon",
            "weekend",
        ],
    );
    /// "later", "ago", "earlier".
    pub const W_LATER_AGO_EARLIER: WordSet = WordSet::new(108, &["later", "ago", "earlier"]);
    /// "the", "this", "that", "these", "those".
    pub const W_THE_THIS_THAT: WordSet =
        WordSet::new(109, &["the", "this", "that", "these", "those"]);
    /// "each", "every", "only", "more", "less", "much", "no", "any".
    pub const W_EACH_EVERY_ONLY: WordSet = WordSet::new(
        110,
        &["each", "every", "only", "more", "less", "much", "no", "any"],
    );
    /// "does", "do", "did", "may", "might", "must", "should".
    pub const W_DO_MODALS: WordSet = WordSet::new(
        111,
        &["does", "do", "did", "may", "might", "must", "should"],
    );
    /// "there", "here".
    pub const W_THERE_HERE: WordSet = WordSet::new(112, &["there", "here"]);
    /// "state", "states".
    pub const W_STATE_STATES: WordSet = WordSet::new(113, &["state", "states"]);
    /// "after", "before", "though", "although", "when", "while", "if", "because", "since", "once", "until", "unless", "whereas", "as".
    pub const W_SUB_OPENERS: WordSet = WordSet::new(
        114,
        &[
            "after", "before", "though", "although", "when", "while", "if", "because", "since",
            "once", "until", "unless", "whereas", "as",
        ],
    );
    /// "so", "it", "this", "nothing", "something", "anything", "yes", "no".
    pub const W_SAID_OBJECTS: WordSet = WordSet::new(
        115,
        &[
            "so",
            "it",
            "this",
            "nothing",
            "something",
            "anything",
            "yes",
            "no",
        ],
    );
    /// "but", "and", "so", "yet", "still", "now", "then", "meanwhile", "also",
    /// "even".
    pub const W_CLAUSE_OPENERS: WordSet = WordSet::new(
        116,
        &[
            "but",
            "and",
            "so",
            "yet",
            "still",
            "now",
            "then",
            "meanwhile",
            "also",
            "even",
        ],
    );
    /// "but", "and", "yet", "so", "even".
    pub const W_BUT_AND_YET_SO_EVEN: WordSet =
        WordSet::new(117, &["but", "and", "yet", "so", "even"]);
    /// "are", "were", "have", "do".
    pub const W_ARE_WERE_HAVE_DO: WordSet = WordSet::new(118, &["are", "were", "have", "do"]);
    /// "and", "nor", "or".
    pub const W_AND_NOR_OR: WordSet = WordSet::new(119, &["and", "nor", "or"]);
    /// "to", "of", "for".
    pub const W_TO_OF_FOR: WordSet = WordSet::new(120, &["to", "of", "for"]);
    /// "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could".
    pub const W_AUX_LIKE: WordSet = WordSet::new(
        121,
        &[
            "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could",
        ],
    );
    /// "upon", "before", "after".
    pub const W_UPON_BEFORE_AFTER: WordSet = WordSet::new(123, &["upon", "before", "after"]);
    /// "about", "around" (a quantity opener, tested at every adverbial step).
    pub const W_ABOUT_AROUND: WordSet = WordSet::new(125, &["about", "around"]);
}

/// Every [`WordSet`], so tokens can be tagged with their bits.
const WORD_SETS: [WordSet; 128] = [
    words::W_ABOUT_AROUND,
    super::speaker::DEGREE_ADVERBS,
    super::speaker::COPULAS,
    super::speaker::PREDICATE_NOUNS,
    super::rules::VERBAL,
    super::rules::AS_THOUGH,
    DAYS,
    super::speaker::SKIP_BACK,
    super::speaker::TITLES,
    super::speaker::PARTICLES,
    super::speaker::RELATIVES,
    super::speaker::PARENTHETICALS,
    super::speaker::POLLED,
    super::speaker::QUANTIFIERS,
    super::speaker::QUANT_OPEN,
    super::rules::TIME_ADVERBS,
    super::rules::ADV_PREPS,
    super::rules::BE,
    super::rules::OBJ_PRONOUNS,
    super::rules::CUTS,
    super::rules::NOUNISH,
    super::rules::OBJECT_STOPS,
    super::rules::INTRO,
    super::rules::CLAUSE_OPENERS,
    super::rules::AND_VERB,
    super::rules::NOUN_MARKERS,
    AND,
    AND_BUT,
    OF,
    TO,
    THAT,
    ARTICLES,
    BE_PROGRESSIVE,
    TIME_UNITS,
    HAVE,
    super::speaker::MEDIA,
    super::speaker::PP_PREPS,
    super::speaker::SAID_SAYS,
    super::speaker::CLAUSE_LINKS,
    super::speaker::QUANT_NOT,
    super::speaker::QUANT_CLAUSE,
    super::rules::TIME_DET,
    super::speaker::APPOS_OPENERS,
    super::speaker::APPOS_PARTICIPLES,
    super::speaker::OF_FOR_AND,
    super::rules::LONG_SUBJECT_AUX,
    super::rules::DOC_PARTICIPLES,
    super::rules::SUBJECT_LINKS,
    super::rules::SUBJECT_BREAKS,
    super::rules::LEAD_CONJ,
    super::rules::BY,
    super::rules::COORD_AUX,
    super::speaker::PERCENT,
    super::speaker::THEM_US,
    super::rules::CLAUSE_OPENS,
    super::rules::FORMER_RETIRED,
    super::rules::THE_THESE_THOSE,
    super::rules::SUBORDINATORS,
    super::rules::ADVERBIAL_OPENERS,
    super::rules::GAP_BREAKS,
    super::rules::QUANT_ALL,
    super::rules::QUOTE_PREPS,
    super::rules::STANCE_ENDS,
    super::rules::AGO,
    super::rules::INF_OBJECTS,
    super::speaker::POSS_DETS,
    super::rules::CLAUSE_CONJ,
    super::rules::INTRO_SUBORD,
    words::W_AS,
    words::W_AT,
    words::W_UP,
    words::W_IN,
    words::W_ON,
    words::W_WITH,
    words::W_ONE,
    words::W_NO,
    words::W_LEAST,
    words::W_MANY,
    words::W_THAN,
    words::W_A,
    words::W_WILL,
    words::W_HE_SHE,
    words::W_BOTH_ALL,
    words::W_AUX_ADVERBS,
    words::W_HAVE_NOT,
    words::W_MAJORITY,
    words::W_IN_ON,
    words::W_IN_OF,
    words::W_OBJ_BREAKS,
    words::W_PURPOSE_VERBS,
    words::W_CATENATIVES,
    words::W_AND_OR,
    words::W_AND_BUT_THAT,
    words::W_THAT_WHO_WHICH,
    words::W_EVEN,
    words::W_FROM,
    words::W_IT,
    words::W_SUBJ_PRONOUNS,
    super::speaker::NEG_CONTRACTIONS,
    super::speaker::SUBJECT_CONTROL,
    super::rules::TIME_NOUNS,
    words::W_TIME_OF_DAY,
    super::speaker::SUBJECT_STOPS,
    super::rules::STANCE_NOUNS,
    super::rules::SAID_FORMS,
    super::rules::LONG_SUBJECT_OPENERS,
    super::speaker::CAUSATIVES,
    super::speaker::SUBJECT_PREPS,
    super::rules::CLAUSE_WORDS,
    super::speaker::PLURAL_DETS,
    super::rules::IRREGULAR_PASTS,
    super::rules::RAISED_TOPICS,
    words::W_LATER_AGO_EARLIER,
    words::W_THE_THIS_THAT,
    words::W_EACH_EVERY_ONLY,
    words::W_DO_MODALS,
    words::W_THERE_HERE,
    words::W_STATE_STATES,
    words::W_SUB_OPENERS,
    words::W_SAID_OBJECTS,
    words::W_CLAUSE_OPENERS,
    words::W_BUT_AND_YET_SO_EVEN,
    words::W_ARE_WERE_HAVE_DO,
    words::W_AND_NOR_OR,
    words::W_TO_OF_FOR,
    words::W_AUX_LIKE,
    super::rules::THAT_NOUNS,
    words::W_UPON_BEFORE_AFTER,
];

/// Whether the punctuation token `t` of `text` is a quotation mark: one
/// of [`quote_mark_bytes`] or an HTML reference of a double quote mark.
fn punct_is_quote(text: &str, t: &Token) -> bool {
    // Bytes, not `&str`: no character-boundary checks.
    let b = &text.as_bytes()[t.start..t.end];
    match b.first() {
        Some(&c) if quote_lead(c) => quote_mark_bytes(b),
        Some(b'&') => crate::quotes::entity_quote_len(&text[t.start..t.end]) == b.len(),
        _ => false,
    }
}

/// [`punct_is_quote`] of a plain mark (one of `plain_punct_len`: an ASCII
/// mark that joins or pairs with nothing, so no `'`, backquote or `&`, or
/// one of five marks of three bytes from U+2000), from its last byte
/// `last`: `"`, or “ or ” (E2 80 9C, E2 80 9D), the only plain marks that
/// end in 0x22, 0x9C or 0x9D. One byte's compares for every mark, with
/// no branch: the mark's last byte is inside the text, where its third
/// byte (for “ and ”) had a bounds test on every mark, a branch taken for
/// a mark at the span's end and as unpredictable as the text. A unit
/// test checks it against [`quote_mark_bytes`] for every plain mark.
#[inline(always)]
const fn plain_mark_is_quote(last: u8) -> bool {
    matches!(last, b'"' | 0x9C | 0x9D)
}

/// The class bits of a plain mark by its last byte: [`QUOTE_BIT`] when
/// [`plain_mark_is_quote`], else 0 (one load in the word loop, where the
/// compiler made the test's compares two branches).
static QUOTE_CLASS_BY_LAST: [u8; 256] = {
    let mut t = [0; 256];
    let mut b = 0;
    while b < 256 {
        if plain_mark_is_quote(b as u8) {
            t[b] = QUOTE_BIT;
        }
        b += 1;
    }
    t
};

/// Whether `c` can open a mark of [`quote_mark_bytes`]: the marks' bytes
/// are compared only after it (most punctuation is a comma or a stop).
#[inline(always)]
fn quote_lead(c: u8) -> bool {
    matches!(c, b'"' | b'\'' | b'`' | 0xC2 | 0xE2)
}

/// Whether `b`, the bytes of a punctuation token, are a quotation mark
/// other than an entity: `"` “ ” „ « » ‘ ’ `'` `''` and the backquote pair.
/// Each starts with a byte of [`quote_lead`] (a unit test checks it).
fn quote_mark_bytes(b: &[u8]) -> bool {
    matches!(
        b,
        b"\""
            | b"\xE2\x80\x9C"
            | b"\xE2\x80\x9D"
            | b"\xE2\x80\x9E"
            | b"\xC2\xAB"
            | b"\xC2\xBB"
            | b"\xE2\x80\x98"
            | b"\xE2\x80\x99"
            | b"'"
            | b"''"
            | b"``"
            | b"\xE2\x80\x98\xE2\x80\x98"
            | b"\xE2\x80\x99\xE2\x80\x99"
    )
}

/// A word list to test a token against: a plain list (compared word by
/// word) or a [`WordSet`] (one bit test).
pub trait Words {
    /// Whether token `i` of `s`, a word, is in the list.
    fn has(&self, s: &Sent, i: usize) -> bool;

    /// Whether token `i` of `s` is a word in the list ([`Sent::is_in`]).
    #[inline(always)]
    fn has_word(&self, s: &Sent, i: usize) -> bool {
        s.is_word(i) && self.has(s, i)
    }
}

impl Words for WordSet {
    #[inline]
    fn has(&self, s: &Sent, i: usize) -> bool {
        s.toks[i].sets() & self.bit != 0
    }

    /// Only words have set bits: no token-kind test.
    #[inline]
    fn has_word(&self, s: &Sent, i: usize) -> bool {
        s.in_sets(i, self.bit)
    }
}

impl Words for &[&str] {
    /// The parent module's `WordList::plain_has`: inlined at each site,
    /// where the list's masks fold to constants.
    #[inline(always)]
    fn has(&self, s: &Sent, i: usize) -> bool {
        // Bytes, not `w(i)`: no character-boundary checks.
        let t = s.toks[i];
        super::WordList::plain_has(self, &s.text.as_bytes()[t.start..t.end])
    }
}

impl<const N: usize> Words for &[&str; N] {
    #[inline(always)]
    fn has(&self, s: &Sent, i: usize) -> bool {
        self.as_slice().has(s, i)
    }
}

/// Lowercase words of the class lists and the word sets, with their
/// class bits and set bits: ASCII words of up to 16 bytes in an
/// open-addressing table keyed by the word packed into a `u128` (one probe,
/// no string hashing), every word in a map for the rare other cases. The
/// lexicon's table ([`Lookup::new`]) also holds the first words of its cue
/// forms, so one probe answers both.
pub(crate) struct Lookup {
    /// Bit set over the slots of `short` (`mix(k) >> (64 - SHORT_BITS)`
    /// of every word of the table, short or long; small enough to stay in
    /// the first-level cache): a word of nine to sixteen bytes whose bit
    /// is clear reads one empty slot that stays in the cache, not a slot
    /// of the long table. (The short table's probe reads no filter: see
    /// [`Lookup::short_bits`].)
    filter: Box<[u64; SHORT_SLOTS / 64]>,
    /// The slots of the words of at most eight bytes (a packed key below
    /// 2^64, nearly every word of a text), as many as the filter's bits:
    /// 32 bytes each, so a probe reads one cache line, and the key is one
    /// compare.
    short: Box<[ShortSlot; SHORT_SLOTS]>,
    /// The slots of the words of nine to sixteen bytes, and of the words
    /// of at most eight bytes past the short table's [`SHORT_MAX`].
    slots: Vec<Slot>,
    /// Whether `slots` holds words of at most eight bytes ([`SHORT_MAX`]
    /// passed), which a probe of the short table that finds an empty slot
    /// looks up there.
    short_overflow: bool,
    /// 64 minus the bits of an index of `slots`.
    long_shift: u32,
    /// For each list of cue forms (by index): when the word loop may skip
    /// the cue step of its first word ([`cue_exit_mask`]), the lemma
    /// and form of its one-word form packed ([`CUE_NO_SINGLE`] for none)
    /// and the bytes its forms of several words share after the first
    /// word ([`CueExit`]), which the lexicon's cue step reads
    /// ([`Lookup::cue_exit`]) for the lists whose entry on the word's slot
    /// is not packed (not from its own list heads, a scattered read);
    /// empty but in the lexicon's table.
    cue_exits: Vec<CueExit>,
    /// Every word of the lists and sets, with its class and set bits.
    map: rustc_hash::FxHashMap<Box<[u8]>, (u8, u128)>,
    /// The set bits of the words of the map spelled with curly
    /// apostrophes and no straight one ("don’t"), by the word with its
    /// apostrophes made straight, packed ([`pack_curly`]): [`classes_of`]
    /// reads a word of ASCII and curly apostrophes from here and the
    /// packed table, not by two lookups of the map.
    curly_sets: rustc_hash::FxHashMap<u128, u128>,
    /// The bytes of the longest word of the map: an ASCII word longer is
    /// none of its words ([`classes_of`]).
    map_longest: usize,
}

/// One slot of the packed table of [`Lookup`] for a word of nine to
/// sixteen bytes (or one of at most eight past [`SHORT_MAX`]): 64 bytes,
/// aligned to 64, so that a probe reads one cache line (aligned to 32
/// only, every slot of a table that starts half a line in lies across
/// two).
#[derive(Clone, Copy)]
#[repr(align(64))]
struct Slot {
    /// The word packed by [`pack`] (0 = empty slot).
    key: u128,
    /// Its bits as the short table's slot holds them, `tag` 0 and the cue
    /// mask [`CUE_FULL`] for a word with a list (the masks are set for the
    /// short table only): the probe of a short word past [`SHORT_MAX`]
    /// gives this slot ([`Lookup::short_slot`]).
    short: ShortSlot,
    /// All ones when a word whose home is this slot (`mix(k) >>
    /// long_shift`) lies in a later one, else 0: a probe that does not
    /// find its word in its home slot looks further only when set
    /// ([`Lookup::long_short_slot`]). A mask, not a `bool`, so that the
    /// probe tests the key and the spill in one `and`. (In the slot's
    /// padding: the slot stays 64 bytes.)
    spill: u64,
}

impl Slot {
    /// An empty slot.
    const EMPTY: Slot = Slot {
        key: 0,
        short: ShortSlot {
            tag: 0,
            sets: [0; 2],
            list: 0,
            cls: 0,
        },
        spill: 0,
    };
}

/// The slot [`Lookup::long_short_slot`] reads for a word whose filter bit
/// is clear: empty (no word packs to 0), with nothing spilled, as
/// [`EMPTY_SHORT`] is for the short table.
static EMPTY_LONG: Slot = Slot::EMPTY;

/// One slot of the packed table of [`Lookup`] for a word of at most eight
/// bytes, with the key's low half only (the high half is 0) and the set
/// bits as two words (a `u128` would align the slot to 16 bytes and make
/// it 48 bytes): 32 bytes, aligned to 32, so no slot lies across two cache
/// lines.
#[derive(Clone, Copy)]
#[repr(align(32))]
struct ShortSlot {
    /// The word packed by [`pack`] (0 = empty slot), with [`NO_SPILL`]
    /// (bit 63, clear in every packed word: its bytes are ASCII) set when
    /// no word whose home is this slot (`mix(k) >> (64 - SHORT_BITS)`)
    /// lies elsewhere (a later slot, or the long table past
    /// [`SHORT_MAX`]): a probe that does not find its word in its home
    /// slot looks further only when it is clear ([`Lookup::short_bits`]).
    /// One word, so that the probe tests the key and the spill together.
    tag: u64,
    /// Its word set bits, low word first.
    sets: [u64; 2],
    /// The word's cue-form entry when it is the first word of a cue form,
    /// else 0: 1 + the index of its list, or, once the masks are set and
    /// for a list of one-word forms only that fits, the index and the
    /// one-word form packed ([`CUE_PACKED`], [`list_entry`]),
    /// which the cue step then reads from the line the word loop has just
    /// read, not from `cue_exits`, and for a list of forms of several
    /// words only whose second words start with "a" to "w" (so that `cls`
    /// holds its whole mask), 1 + the index marked [`CUE_MULTI`].
    list: u32,
    /// Its class bits (the low byte) and, above them, the cue mask of its
    /// list ([`fold_cue_mask`]; 0 for a word with no list), which the word
    /// loop reads from the slot's line, not from the list's entry in
    /// `cue_exits`.
    cls: u32,
}

/// The bit of [`ShortSlot`]'s `tag` set when nothing of its home is
/// elsewhere.
const NO_SPILL: u64 = 1 << 63;

impl ShortSlot {
    /// An empty slot with nothing spilled.
    const EMPTY: ShortSlot = ShortSlot {
        tag: NO_SPILL,
        sets: [0; 2],
        list: 0,
        cls: 0,
    };

    /// The packed word of the slot (0 for none).
    #[inline(always)]
    fn key(&self) -> u64 {
        self.tag & !NO_SPILL
    }

    /// The class bits with the cue mask (`cls`), the set bits and the
    /// cue-form entry, as [`Lookup::bits_cue`] gives them.
    #[inline(always)]
    fn bits_cue(&self) -> (u32, u128, u32) {
        let sets = u128::from(self.sets[1]) << 64 | u128::from(self.sets[0]);
        (self.cls, sets, self.list)
    }
}

/// The slot [`Lookup::short_bits`] gives for a word not in the table:
/// empty (no word packs to 0), with nothing spilled.
static EMPTY_SHORT: ShortSlot = ShortSlot::EMPTY;

/// [`Lookup::short_slot`]'s last step: `e` when the tag's difference `d`
/// (`tag ^ k`, not above 0 as signed) says the slot holds the word (0 or
/// [`NO_SPILL`]: `d << 1 == 0`), else [`EMPTY_SHORT`], with no branch. On
/// x86-64 the doubling's own flags pick the slot: from any Rust form of
/// the test we tried (`d << 1`, `d.wrapping_add(d)`, `d & !NO_SPILL`, a
/// rotation) the compiler shifts `d` and then tests the result, one
/// instruction more for nearly every word of a text.
#[inline(always)]
fn slot_if_hit(d: u64, e: &ShortSlot) -> &ShortSlot {
    #[cfg(target_arch = "x86_64")]
    {
        let mut p: *const ShortSlot = e;
        // SAFETY: the two instructions touch only their registers and the
        // flags (`pure, nomem, nostack`); `p` ends as `e` or as
        // `&EMPTY_SHORT` (`cmovnz` when `d + d` is not 0), both alive for
        // as long as `e`, so the reference made of it is valid.
        // (`nomem` is true: the pointers are picked, not read.)
        #[allow(clippy::pointers_in_nomem_asm_block)]
        unsafe {
            std::arch::asm!(
                "add {d}, {d}",
                "cmovnz {p}, {z}",
                d = inout(reg) d => _,
                p = inout(reg) p,
                z = in(reg) &raw const EMPTY_SHORT,
                options(pure, nomem, nostack),
            );
            &*p
        }
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        std::hint::select_unpredictable(d << 1 == 0, e, &EMPTY_SHORT)
    }
}

/// The cue-form entry, in the word loop, of a word with none (one that
/// [`word_bits`] does not look up in the packed table, as a word of more
/// than 16 bytes): its cue scan goes byte by byte. No entry of the table
/// is this (`Lookup::new` checks).
const NO_LIST: u32 = u32::MAX;

/// The bits of an index of the short table of [`Lookup`].
const SHORT_BITS: u32 = 14;

/// The slots of the short table of [`Lookup`]: a power of two, fixed so
/// that the word loop's probe shifts and masks by constants (the table's
/// size was loaded from memory at each probe, the loop having no register
/// to spare).
const SHORT_SLOTS: usize = 1 << SHORT_BITS;

/// The words of at most eight bytes that the short table takes, at most
/// (four slots a word, so most probes read one slot): the lexicon's table
/// holds some 2,300. Those past it go to the table of the longer words
/// ([`Lookup::new`]).
const SHORT_MAX: usize = SHORT_SLOTS / 4;

/// The bit of a mask of [`cue_exit_mask`] for a list whose first word
/// always takes the cue step.
pub(crate) const CUE_EXIT_ALWAYS: u32 = 1 << 31;

/// The bit of a mask of [`cue_exit_mask`] for a list with a form whose
/// second word starts with a byte that is no letter: a form of several
/// words may follow its first word whatever byte comes next.
pub(crate) const CUE_EXIT_ANY: u32 = 1 << 30;

/// The one-word form of an entry of the cue masks ([`CueExit`])
/// of a list with none.
pub(crate) const CUE_NO_SINGLE: u32 = u32::MAX;

/// The bit of a word's cue-form entry ([`ShortSlot`]'s `list`) set when
/// the entry is packed ([`list_entry`]): 1 + the list's index in
/// the low 16 bits and its one-word form ([`CUE_NO_SINGLE`] never) in the
/// 15 bits above, for a list with no form of several words. Clear, the
/// entry is 1 + the index (below 2^30, `Lookup::new` checks), with
/// [`CUE_MULTI`] or not.
pub(crate) const CUE_PACKED: u32 = 1 << 31;

/// The bit of a word's cue-form entry that is not packed ([`CUE_PACKED`]
/// clear) set when the word loop's test of the slot's cue mask
/// ([`cue_step_takes`]) is all of the list's mask test
/// ([`list_entry`]): a list of forms of several words only, whose mask
/// is its folded mask. The cue step of such an entry may skip the test
/// of the letter after the word (from the word loop, it passed; from
/// elsewhere, rare, the full step decides as well) and need not read
/// the mask.
pub(crate) const CUE_MULTI: u32 = 1 << 30;

/// One list's entry of the cue masks of [`Lookup`]
/// ([`Lookup::set_cue_exits`]): 32 bytes, aligned, so that the cue step
/// of a list whose entry on the word's slot is not packed reads one
/// cache line for its mask, one-word form and the bytes after its first
/// word, not two (the mask and the bytes were in two tables).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(align(32))]
pub(crate) struct CueExit {
    /// The list's mask ([`cue_exit_mask`]) and its one-word form packed by
    /// the lexicon ([`CUE_NO_SINGLE`] for none) ...
    pub(crate) head: [u32; 2],
    /// ... and what the bytes after its first word hold for any of its
    /// forms of several words to follow ([`MultiTail`]).
    pub(crate) tail: MultiTail,
}

/// The bits of a packed cue-form entry ([`CUE_PACKED`]) that hold 1 + the
/// list's index; the one-word form lies above them.
const PACKED_LIST_BITS: u32 = 16;

/// The mask of a list of cue forms that tells the word loop when its first
/// word may skip the cue step (`Lookup::skips_cue_step`, and folded, in
/// the word table's slots, [`cue_step_takes`]): bit `c - b'a'`
/// set when a form of several words has the letter `c` (lowercase) as the
/// first byte of its second word (`second`, a bit set over the bytes as
/// the lexicon's list heads hold it), [`CUE_EXIT_ANY`] when the list has a
/// second word starting with a byte that is no letter, and
/// [`CUE_EXIT_ALWAYS`] when it has such a form or a one-word form
/// (`single`).
pub(crate) fn cue_exit_mask(second: &[u64; 4], single: bool) -> u32 {
    let mut m = 0;
    for c in 0..=255u8 {
        if second[usize::from(c >> 6)] & (1 << (c & 63)) != 0 {
            if c.is_ascii_lowercase() {
                m |= 1 << (c - b'a');
            } else {
                m |= CUE_EXIT_ANY;
            }
        }
    }
    if single || m & CUE_EXIT_ANY != 0 {
        m |= CUE_EXIT_ALWAYS;
    }
    m
}

/// The cue mask ([`fold_cue_mask`]) of a list whose first word always
/// takes the cue step: all 24 bits.
pub(crate) const CUE_FULL: u32 = (1 << 24) - 1;

/// The mask of [`cue_exit_mask`] `m` in 24 bits, for [`ShortSlot`]: the
/// bits of the letters `a` to `w`, and bit 23 when `m` has any of `x`,
/// `y` and `z` (which share it), or [`CUE_FULL`] when `m` has
/// [`CUE_EXIT_ALWAYS`] or no letter. The word loop's test
/// ([`cue_step_takes`]) reads a letter's bit only, so the shared bit only
/// makes it take a cue step that finds nothing (as with no masks at all),
/// never skip one that the whole mask takes.
pub(crate) fn fold_cue_mask(m: u32) -> u32 {
    const PAST_W: u32 = 0b111 << 23;
    let folded = m & ((1 << 23) - 1) | u32::from(m & PAST_W != 0) << 23;
    if m & CUE_EXIT_ALWAYS != 0 || folded == 0 {
        CUE_FULL
    } else {
        folded
    }
}

/// [`CUE_FULL`] at its place in [`ShortSlot`]'s `cls` for a word with a
/// cue-form entry `list` (every cue step taken), 0 for none.
#[inline]
fn full_cue(list: u32) -> u32 {
    if list == 0 {
        0
    } else {
        CUE_FULL << 8
    }
}

/// Whether a plain word (ASCII letters and digits) ending at `end` inside
/// the span, with the cue mask `m` ([`fold_cue_mask`], not 0), skips its
/// cue step: `Lookup::skips_cue_step` from the word table's slot (the
/// step would find nothing). `bytes` is the text; `next` is `end + 1`
/// when a space follows the word, else `end`. (The word loop asks
/// [`cue_step_takes`], one test; this is its reference in the tests.)
#[cfg(test)]
fn cue_step_skips(m: u32, bytes: &[u8], end: usize, next: usize) -> bool {
    if m == CUE_FULL {
        return false;
    }
    match second_word_letter(bytes, end, next) {
        Some(c) => !(c < 26 && m & (1 << c.min(23)) != 0),
        None => true,
    }
}

/// Whether a plain word ending at `end` inside the span, with the cue
/// mask `m` ([`fold_cue_mask`], 0 for none), takes its cue step: `m != 0
/// && !cue_step_skips(m, bytes, end, next)`, in one test of the mask
/// against the bit of the byte after the space ([`CUE_LETTER_BITS`], 0
/// when no space follows or the text ends), not one branch for
/// [`CUE_FULL`] and more for the letter, each as unpredictable as the
/// text. `next` is `end + 1` when a space follows the word, else `end`.
#[inline(always)]
fn cue_step_takes(m: u32, bytes: &[u8], end: usize, next: usize) -> bool {
    debug_assert!(next - end <= 1 && m <= CUE_FULL);
    // (The byte read at `end` when no space follows is masked out.)
    let c = bytes.get(next).copied().unwrap_or(0);
    let v = CUE_LETTER_BITS[usize::from(c)] & 0u32.wrapping_sub((next - end) as u32);
    // `m` is [`CUE_FULL`] just when `m + 1` has bit 24 (`m` has 24 bits):
    // in the same `or`, so one test (two comparisons joined by `|` are
    // compiled as two branches).
    (m & v) | (m + 1) & (CUE_FULL + 1) != 0
}

/// The bit of a cue mask ([`fold_cue_mask`]) that a byte starting a
/// second word takes: `1 << (c - b'a').min(23)` for a letter `c` of
/// either case, 0 for a byte that is no letter ([`cue_step_takes`]).
static CUE_LETTER_BITS: [u32; 256] = {
    let mut t = [0u32; 256];
    let mut b = 0;
    while b < 256 {
        let c = (b as u8).to_ascii_lowercase();
        if c.is_ascii_lowercase() {
            let n = c - b'a';
            t[b] = 1 << if n < 23 { n } else { 23 };
        }
        b += 1;
    }
    t
};

/// The byte that would start the second word of a cue form after a word
/// ending at `end`, as a letter's place in the alphabet (0 for `a` or `A`
/// to 25 for `z`; 26 or more for a byte that is no letter): `None` when
/// no second word can follow, because no space follows the word (`next`
/// is `end`) or the text ends after the space. `next` is `end + 1` when a
/// space follows the word, else `end`.
#[cfg(test)]
fn second_word_letter(bytes: &[u8], end: usize, next: usize) -> Option<u8> {
    if next == end {
        return None;
    }
    let c = *bytes.get(next)?;
    Some(c.to_ascii_lowercase().wrapping_sub(b'a'))
}

/// The fewest slots of the packed table of the words of nine to sixteen
/// bytes (a power of two).
const LONG_SLOTS: usize = 1 << 8;

/// `w` (ASCII, at most 16 bytes) lowercased and packed.
#[inline]
pub(crate) fn pack(w: &[u8]) -> u128 {
    // In registers (a byte buffer read back as one value stalls).
    let (mut lo, mut hi) = (0u64, 0u64);
    for (i, &c) in w.iter().enumerate() {
        let c = c.to_ascii_lowercase() as u64;
        if i < 8 {
            lo |= c << (8 * i);
        } else {
            hi |= c << (8 * (i - 8));
        }
    }
    (hi as u128) << 64 | lo as u128
}

impl Lookup {
    /// The table of the class lists and word sets, and of `first`: the
    /// lowercase first words of cue forms with the index of their forms
    /// (those of ASCII letters only, at most 16 bytes, are kept); the
    /// lowercase one-word cue forms `cue_words` get [`CUE_BIT`] and the
    /// lowercase speaker nouns `nouns` their type at [`NOUN_SHIFT`] (all
    /// of those of ASCII, at most 16 bytes).
    pub(crate) fn new<'w>(
        first: impl Iterator<Item = (&'w [u8], u32)>,
        cue_words: impl Iterator<Item = &'w [u8]>,
        nouns: impl Iterator<Item = (&'w [u8], NounType)>,
    ) -> Lookup {
        let mut map: rustc_hash::FxHashMap<Box<[u8]>, (u8, u128)> = Default::default();
        let mut add = |w: &str, class: u8, set: u128| {
            let e = map
                .entry(w.as_bytes().to_ascii_lowercase().into())
                .or_insert((0, 0));
            e.0 |= class;
            e.1 |= set;
        };
        for (list, bit) in [
            (STOP, STOP_BIT),
            (DAYS.words, STOP_BIT),
            (PRONOUNS, PRONOUN_BIT),
            (DETERMINERS, DET_BIT),
            (super::speaker::UNITS, NUMBER_BIT),
        ] {
            for w in list {
                add(w, bit, 0);
            }
        }
        for set in WORD_SETS {
            for w in set.words {
                add(w, 0, set.bit);
            }
        }
        let mut entries: rustc_hash::FxHashMap<u128, ((u8, u128), u32)> = map
            .iter()
            .filter(|(w, _)| w.is_ascii() && !w.is_empty() && w.len() <= 16)
            .map(|(w, &v)| (pack(w), (v, 0)))
            .collect();
        for (w, l) in first {
            if !w.is_empty() && w.len() <= 16 && w.iter().all(u8::is_ascii_lowercase) {
                // (No entry is `NO_LIST`, which the word loop reads as
                // none: the assertion keeps lists below 2^30.)
                // Nor has any its `CUE_PACKED` or `CUE_MULTI` bit set
                // until the masks are set and it is packed or marked.
                assert!(l < CUE_MULTI - 1, "too many lists of cue forms");
                entries.entry(pack(w)).or_insert(((0, 0), 0)).1 = l + 1;
            }
        }
        for w in cue_words {
            if !w.is_empty() && w.len() <= 16 && w.is_ascii() {
                entries.entry(pack(w)).or_insert(((0, 0), 0)).0 .0 |= CUE_BIT;
            }
        }
        for (w, t) in nouns {
            // (Not a noun with a NUL, which would pack as a shorter word:
            // `Lookup::noun_type` leaves such words to the lexicon's map.)
            if !w.is_empty() && w.len() <= 16 && w.is_ascii() && !w.contains(&0) {
                entries.entry(pack(w)).or_insert(((0, 0), 0)).0 .0 |= noun_code(t) << NOUN_SHIFT;
            }
        }
        // The words of at most eight bytes past `SHORT_MAX` go to the
        // long table (none for the default lexicon).
        let short_words = entries.keys().filter(|&&k| k >> 64 == 0).count();
        let short_overflow = short_words > SHORT_MAX;
        // (The words of nine to sixteen bytes are fewer: at least two slots
        // a word.)
        let long_words = entries.len() - short_words.min(SHORT_MAX);
        let long_slots = (long_words * 2).next_power_of_two().max(LONG_SLOTS);
        let long_shift = 64 - long_slots.trailing_zeros();
        let mut filter = Box::new([0u64; SHORT_SLOTS / 64]);
        let mut short: Box<[ShortSlot; SHORT_SLOTS]> = vec![ShortSlot::EMPTY; SHORT_SLOTS]
            .into_boxed_slice()
            .try_into()
            .unwrap_or_else(|_| unreachable!("SHORT_SLOTS slots"));
        let mut table = vec![Slot::EMPTY; long_slots];
        let mut in_short = 0;
        // The shorter words first (by length, then key): they take their
        // home slots, and a word put past its home is a longer one, most
        // often a rarer one in a text, whose probe looks further
        // ([`Lookup::short_bits`]).
        let mut entries: Vec<_> = entries.into_iter().collect();
        entries.sort_unstable_by_key(|&(k, _)| ((128 - k.leading_zeros()).div_ceil(8), k));
        for (k, ((class, sets), list)) in entries {
            let h = mix(k);
            let i = (h >> (64 - SHORT_BITS)) as usize;
            filter[i >> 6] |= 1 << (i & 63);
            if k >> 64 == 0 && in_short < SHORT_MAX {
                in_short += 1;
                let home = i;
                let mut i = i;
                while short[i].key() != 0 {
                    i = (i + 1) & (SHORT_SLOTS - 1);
                }
                if i != home {
                    short[home].tag &= !NO_SPILL;
                }
                // (A packed word's bit 63 is clear: its bytes are ASCII.)
                debug_assert_eq!(k as u64 & NO_SPILL, 0);
                short[i] = ShortSlot {
                    tag: k as u64 | short[i].tag & NO_SPILL,
                    sets: [sets as u64, (sets >> 64) as u64],
                    list,
                    // (Every cue step taken until the masks are set.)
                    cls: u32::from(class) | full_cue(list),
                };
            } else {
                if k >> 64 == 0 {
                    // A short word past `SHORT_MAX`, in the long table.
                    short[i].tag &= !NO_SPILL;
                }
                let home = (h >> long_shift) as usize;
                let mut i = home;
                while table[i].key != 0 {
                    i = (i + 1) & (long_slots - 1);
                }
                if i != home {
                    table[home].spill = u64::MAX;
                }
                table[i] = Slot {
                    key: k,
                    short: ShortSlot {
                        tag: 0,
                        sets: [sets as u64, (sets >> 64) as u64],
                        list,
                        cls: u32::from(class) | full_cue(list),
                    },
                    spill: 0,
                };
            }
        }
        // What the unchecked probe of `long_slot` relies on (`new` is the
        // only constructor): a power of two of slots, and hashes shifted
        // to the bits of a slot index. (The short table's are constants.)
        assert!(
            long_slots.is_power_of_two()
                && table.len() == long_slots
                && long_shift == 64 - long_slots.trailing_zeros()
        );
        Lookup {
            filter,
            short,
            slots: table,
            short_overflow,
            long_shift,
            cue_exits: Vec::new(),
            curly_sets: map
                .iter()
                .filter_map(|(w, &(_, sets))| Some((pack_curly(w)?, sets)))
                .collect(),
            map_longest: map.keys().map(|w| w.len()).max().unwrap_or(0),
            map,
        }
    }

    /// The bits of an ASCII word of at most 16 bytes.
    #[inline]
    fn packed(&self, w: &[u8]) -> (u8, u128) {
        let (c, s, _) = self.bits(pack(w));
        (c, s)
    }

    /// Whether the filter bit of hash `h` is set (every word of the table
    /// has its own set).
    #[inline(always)]
    fn filter_has(&self, h: u64) -> bool {
        // The top `SHORT_BITS` bits of the hash: below `SHORT_SLOTS`, 64
        // to a word of the filter (a constant length: no bounds check).
        let i = (h >> (64 - SHORT_BITS)) as usize;
        self.filter[i >> 6] & (1 << (i & 63)) != 0
    }

    /// The class bits, set bits and cue-form entry ([`ShortSlot`]'s
    /// `list`, 0 for none) of a word of at most eight bytes packed by
    /// [`pack`] (`k`, not 0); all 0 when it is not in the table. The probe of nearly every
    /// word of a text.
    ///
    /// The common cases take one path with no branch on the text: the
    /// slot read is the word's home slot, and it is given when it holds
    /// the word, else [`EMPTY_SHORT`] (a select, not a branch: a word is
    /// in the table or not as the text has it, which no branch predictor
    /// learns). Only a word not in its home slot when a word of that home
    /// was put elsewhere ([`NO_SPILL`] clear in [`ShortSlot`]'s `tag`)
    /// probes on, out of line. A home slot that no word of the table has
    /// for home keeps [`NO_SPILL`] (only a word of that home clears it),
    /// empty or holding a word spilled from before it, so a word whose
    /// home it is misses there without the filter's bit, which the probe
    /// read first until the sixty-seventh round (it kept most missing
    /// words' slots out of the cache, for five instructions a word:
    /// 2.5 M instructions a pass of train, against some 90 K more misses
    /// of the first-level cache without it).
    #[inline(always)]
    fn short_bits(&self, k: u64) -> (u8, u128, u32) {
        let (cls, sets, list) = self.short_bits_cue(k);
        (cls as u8, sets, list)
    }

    /// [`Lookup::short_bits`] with the class bits and the cue mask of the
    /// word as [`ShortSlot`]'s `cls` holds them.
    #[inline(always)]
    fn short_bits_cue(&self, k: u64) -> (u32, u128, u32) {
        self.short_slot(k).bits_cue()
    }

    /// The slot of [`Lookup::short_bits_cue`]: the word's, or one with its
    /// fields 0 (and [`CUE_FULL`] in `cls` for a word of the long table
    /// with a list) when it is not in the table. A reference, so that the
    /// word loop copies the set bits from the slot to the token as they
    /// lie, 16 bytes at once.
    #[inline(always)]
    fn short_slot(&self, k: u64) -> &ShortSlot {
        let h = mix(u128::from(k));
        // (Below `SHORT_SLOTS`: no bounds check.)
        let i = (h >> (64 - SHORT_BITS)) as usize;
        let e = &self.short[i];
        // The tag against the word: 0 or `NO_SPILL` when the slot holds
        // it; otherwise bit 63 is set unless something of this home lies
        // elsewhere. So one test (`d` above 0 as signed: bit 63 clear and
        // another word) sends on only a word not in its home slot when
        // that home spilled, which is rare (the key's test alone would be
        // as unpredictable as the text).
        debug_assert_eq!(k & NO_SPILL, 0, "a packed word's bytes are ASCII");
        let d = e.tag ^ k;
        if d as i64 > 0 {
            return self.short_slot_on(k, i);
        }
        // The slot when it holds the word, else the empty one.
        slot_if_hit(d, e)
    }

    /// [`Lookup::short_slot`] by probing the short table from slot `i`,
    /// the home slot of `k` (and the long table when the short one is
    /// full, [`SHORT_MAX`]).
    #[inline(never)]
    #[cold]
    fn short_slot_on(&self, k: u64, mut i: usize) -> &ShortSlot {
        loop {
            let e = &self.short[i];
            if e.key() == k {
                return e;
            }
            if e.key() == 0 {
                if !self.short_overflow {
                    return &EMPTY_SHORT;
                }
                return self
                    .long_slot(u128::from(k))
                    .map_or(&EMPTY_SHORT, |e| &e.short);
            }
            i = (i + 1) & (SHORT_SLOTS - 1);
        }
    }

    /// The slot of a word packed by [`pack`] in the long table (a word of
    /// nine to sixteen bytes, or one of at most eight past [`SHORT_MAX`]),
    /// if it is there.
    #[inline]
    fn long_slot(&self, k: u128) -> Option<&Slot> {
        let h = mix(k);
        if !self.filter_has(h) {
            return None;
        }
        let mut i = (h >> self.long_shift) as usize;
        debug_assert!(i < self.slots.len());
        loop {
            // SAFETY: `i` is below `slots.len()` (`long_shift` is 64 minus
            // the bits of an index of `slots`, a power of two, and the
            // probe wraps around).
            let e = unsafe { self.slots.get_unchecked(i) };
            if e.key == k {
                return Some(e);
            }
            if e.key == 0 {
                return None;
            }
            i = (i + 1) & (self.slots.len() - 1);
        }
    }

    /// The long table's slot's bits of a word packed by [`pack`], as
    /// [`Lookup::long_slot`] finds it, or [`EMPTY_SHORT`] when it is not
    /// there: the probe of the words of nine to sixteen bytes in the word
    /// loop. As [`Lookup::short_slot`], with no branch on the text: the
    /// slot read is the word's home slot when the filter has its bit, else
    /// [`EMPTY_LONG`] (a select), and the slot's bits are kept when its
    /// key is the word's (a select); only a word not in its home slot
    /// when a word of that home lies further (`spill`) probes on, out of
    /// line. (The filter's test and the key's were each a branch as
    /// unpredictable as the text.)
    #[inline(always)]
    fn long_short_slot(&self, k: u128) -> &ShortSlot {
        let h = mix(k);
        let i = (h >> self.long_shift) as usize;
        debug_assert!(i < self.slots.len());
        // SAFETY: `i` is below `slots.len()`, as in `long_slot`.
        let home = unsafe { self.slots.get_unchecked(i) };
        let e = std::hint::select_unpredictable(self.filter_has(h), home, &EMPTY_LONG);
        // The key against the word, its two halves joined: 0 when the
        // slot holds it. (One `and` with the spill mask, not two tests:
        // the compiler splits `miss && spill` into a branch on the key,
        // as unpredictable as the text.)
        let d = e.key ^ k;
        let d = d as u64 | (d >> 64) as u64;
        if d & e.spill != 0 {
            return self.long_short_slot_on(k);
        }
        std::hint::select_unpredictable(d == 0, &e.short, &EMPTY_SHORT)
    }

    /// [`Lookup::long_short_slot`] of a word not in its home slot when
    /// that home spilled: the whole probe.
    #[inline(never)]
    #[cold]
    fn long_short_slot_on(&self, k: u128) -> &ShortSlot {
        self.long_slot(k).map_or(&EMPTY_SHORT, |e| &e.short)
    }

    /// The class bits, set bits and cue-form entry ([`ShortSlot`]'s
    /// `list`, 0 for none) of a word packed by [`pack`]; all 0 when it is
    /// not in the table.
    #[inline(always)]
    fn bits(&self, k: u128) -> (u8, u128, u32) {
        if k >> 64 == 0 {
            return self.short_bits(k as u64);
        }
        self.long_bits(k)
    }

    /// [`Lookup::bits`] with the class bits and the cue mask as
    /// [`ShortSlot`]'s `cls` holds them: the short table's for a word of at
    /// most eight bytes in it, [`CUE_FULL`] for a word with a list in the
    /// long table.
    #[inline(always)]
    fn bits_cue(&self, k: u128) -> (u32, u128, u32) {
        if k >> 64 == 0 {
            return self.short_bits_cue(k as u64);
        }
        self.long_bits_cue(k)
    }

    /// [`Lookup::long_bits`] as [`Lookup::bits_cue`] gives it.
    #[inline]
    fn long_bits_cue(&self, k: u128) -> (u32, u128, u32) {
        self.long_short_slot(k).bits_cue()
    }

    /// [`Lookup::bits`] from the long table alone.
    #[inline]
    fn long_bits(&self, k: u128) -> (u8, u128, u32) {
        let (cls, sets, list) = self.long_bits_cue(k);
        (cls as u8, sets, list)
    }

    /// The speaker-noun type (any case) of `w` when the table can tell: a
    /// word of 1 to 16 ASCII bytes with no NUL (which [`pack`] would read
    /// as the end of a shorter word), whose entry holds its type at
    /// [`NOUN_SHIFT`] in the lexicon's table (every speaker noun of ASCII
    /// of at most 16 bytes with no NUL, `Lookup::new`); `None` for other
    /// words. The word is packed eight bytes at a time ([`pack_at`] on a
    /// copy), not byte by byte.
    #[inline]
    pub(crate) fn noun_type(&self, w: &[u8]) -> Option<Option<NounType>> {
        const L: u64 = 0x0101_0101_0101_0101;
        const H: u64 = 0x8080_8080_8080_8080;
        let n = w.len();
        if n == 0 || n > 16 {
            return None;
        }
        let mut buf = [0u8; 16];
        buf[..n].copy_from_slice(w);
        let k = pack_at(&buf, 0, n)?;
        // A NUL among the word's bytes: a zero byte below the word's
        // length (the bytes past it are the copy's zeros). (The lowest
        // zero byte of a word is always flagged: exact for "any".)
        let (lo, hi) = (k as u64, (k >> 64) as u64);
        let zero = |x: u64, n: usize| {
            n != 0 && (x.wrapping_sub(L) & !x & H & (u64::MAX >> (8 * (8 - n)))) != 0
        };
        if zero(lo, n.min(8)) || zero(hi, n.saturating_sub(8)) {
            return None;
        }
        let (class, _, _) = self.bits(k);
        Some(NOUN_TYPES[usize::from(class >> NOUN_SHIFT & 3)])
    }

    /// Sets the masks of the lists of cue forms ([`cue_exit_mask`], one a
    /// list, by index), for the word loop's skip of the cue step, each with the
    /// list's one-word form packed by the lexicon ([`CUE_NO_SINGLE`] for
    /// none) and the bytes after its first word, for [`Lookup::cue_exit`].
    /// The short table's slots take the masks folded ([`fold_cue_mask`]).
    /// The slots' cue-form entries become [`list_entry`]'s (packed
    /// where they fit; marked [`CUE_MULTI`] where the folded mask is the
    /// mask, in the short table only: the long table's slots hold
    /// [`CUE_FULL`], so the word loop tests nothing for their words).
    pub(crate) fn set_cue_exits(&mut self, exits: Vec<CueExit>) {
        self.cue_exits = exits;
        for e in self.short.iter_mut() {
            if e.list != 0 {
                let l = list_index(e.list);
                let m = self
                    .cue_exits
                    .get(l as usize)
                    .map_or(CUE_FULL, |x| fold_cue_mask(x.head[0]));
                e.cls = e.cls & 0xFF | m << 8;
                e.list = list_entry(&self.cue_exits, l, true);
            }
        }
        for e in self.slots.iter_mut() {
            if e.short.list != 0 {
                e.short.list = list_entry(&self.cue_exits, list_index(e.short.list), false);
            }
        }
    }

    /// The cue-form entry the short table's slots hold for list `l` (by
    /// index) once the masks are set ([`list_entry`]).
    #[cfg(test)]
    pub(crate) fn list_entry(&self, l: u32) -> u32 {
        list_entry(&self.cue_exits, l, true)
    }

    /// The entry of the cue masks of list `l` (by index, [`list_index`])
    /// as given to [`Lookup::set_cue_exits`], if set.
    #[inline(always)]
    pub(crate) fn cue_exit(&self, l: u32) -> Option<&CueExit> {
        self.cue_exits.get(l as usize)
    }

    /// The index of the list of a word's cue-form entry `list` as the
    /// table gives it (not 0), with the list's mask ([`cue_exit_mask`])
    /// and packed one-word form as given to [`Lookup::set_cue_exits`], if
    /// set: from the entry itself when it is packed ([`CUE_PACKED`]: a
    /// list with no form of several words, whose mask is
    /// [`CUE_EXIT_ALWAYS`] alone), else from `cue_exits`.
    #[cfg(test)]
    pub(crate) fn cue_head(&self, list: u32) -> (u32, Option<[u32; 2]>) {
        let l = list_index(list);
        if let Some(single) = entry_single(list) {
            return (l, Some([CUE_EXIT_ALWAYS, single]));
        }
        (l, self.cue_exit(l).map(|x| x.head))
    }

    /// Whether the cue step of a plain word (ASCII letters and digits)
    /// with the cue-form entry `list` (as the table gives it, not 0),
    /// ending at `end` inside the span, would find nothing and move the
    /// scan no further than the word's end: every form of its list has
    /// several words (no one-word form, no second word that starts with a
    /// byte that is no letter), and the text after the word is no space and a byte that
    /// starts a second word of one of them (what `Lexicon::first_word_at`
    /// tests first). `bytes` is the text; `next` is `end + 1` when a space
    /// follows the word, else `end` (the word loop's next position). False
    /// when the masks are not set or for `NO_LIST`. (The word loop reads
    /// the folded mask of the word's slot, [`cue_step_skips`]; this is the
    /// reference its test compares it with.)
    #[cfg(test)]
    pub(crate) fn skips_cue_step(&self, list: u32, bytes: &[u8], end: usize, next: usize) -> bool {
        if list == 0 || list == NO_LIST {
            return false;
        }
        let (_, Some([m, _])) = self.cue_head(list) else {
            return false;
        };
        if m & CUE_EXIT_ALWAYS != 0 {
            return false;
        }
        match second_word_letter(bytes, end, next) {
            Some(c) => !(c < 26 && m & (1 << c) != 0),
            None => true,
        }
    }

    /// The index of the cue forms whose first word is `k` (packed), if
    /// any (the lexicon's table only).
    #[cfg(test)]
    pub(crate) fn first_word(&self, k: u128) -> Option<u32> {
        let list = self.bits(k).2;
        (list != 0).then(|| list_index(list))
    }
}

/// The one-word form (packed, as in `cue_exits`) of a packed cue-form
/// entry `list` ([`CUE_PACKED`]: its list has no other form), `None` for
/// an entry not packed, whose list's masks are read from `cue_exits`
/// ([`Lookup::cue_exit`]).
#[inline(always)]
pub(crate) fn entry_single(list: u32) -> Option<u32> {
    (list & CUE_PACKED != 0).then_some((list & !CUE_PACKED) >> PACKED_LIST_BITS)
}

/// The index of the list of a cue-form entry `list` (not 0), packed
/// ([`CUE_PACKED`]) or not, marked ([`CUE_MULTI`]) or not.
#[inline(always)]
pub(crate) fn list_index(list: u32) -> u32 {
    let one_more = if list & CUE_PACKED != 0 {
        list & ((1 << PACKED_LIST_BITS) - 1)
    } else {
        list & (CUE_MULTI - 1)
    };
    one_more.wrapping_sub(1)
}

/// The cue-form entry of list `l` (by index) with the masks `exits`
/// ([`Lookup::set_cue_exits`]): packed ([`CUE_PACKED`]) when the list has
/// no form of several words (its mask is [`CUE_EXIT_ALWAYS`] alone, so a
/// one-word form that fits, [`CUE_NO_SINGLE`] never), 1 + `l` fits in
/// [`PACKED_LIST_BITS`] (not all ones: an entry is never [`NO_LIST`]) and
/// its one-word form in the bits above; else 1 + `l`, whose list's entry
/// the cue step reads from `exits` (a user's lexicon past the bounds),
/// with [`CUE_MULTI`] when `folded` (the entry of a slot that holds the
/// mask folded, [`fold_cue_mask`]) and the folded mask is the mask (forms
/// of several words only, whose second words start with the letters `a`
/// to `w`).
fn list_entry(exits: &[CueExit], l: u32, folded: bool) -> u32 {
    match exits.get(l as usize).map(|x| x.head) {
        Some([m, single])
            if m == CUE_EXIT_ALWAYS
                && single < 1 << (31 - PACKED_LIST_BITS)
                && l + 1 < (1 << PACKED_LIST_BITS) - 1 =>
        {
            CUE_PACKED | single << PACKED_LIST_BITS | (l + 1)
        }
        // (Bits of the letters `a` to `w` only, so the folded mask, which
        // shares bit 23 among `x`, `y` and `z`, is the mask.)
        Some([m, CUE_NO_SINGLE]) if folded && m != 0 && m < 1 << 23 => CUE_MULTI | (l + 1),
        _ => l + 1,
    }
}

/// The hash of a packed word; its top bits are the slot.
#[inline]
fn mix(k: u128) -> u64 {
    let x = (k as u64) ^ ((k >> 64) as u64).rotate_left(29);
    x.wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

/// The word lookup without cue words, built on first use.
fn lookup() -> &'static Lookup {
    static LOOKUP: std::sync::OnceLock<Lookup> = std::sync::OnceLock::new();
    LOOKUP.get_or_init(|| Lookup::new(std::iter::empty(), std::iter::empty(), std::iter::empty()))
}

/// `text[a..a + len]` (1 to 16 bytes) lowercased and packed as [`pack`]
/// does, from one or two eight-byte loads; `None` when a byte is not ASCII
/// or the loads would pass the end of `text`.
#[inline]
fn pack_at(text: &[u8], a: usize, len: usize) -> Option<u128> {
    const L: u64 = 0x0101_0101_0101_0101;
    const H: u64 = 0x8080_8080_8080_8080;
    let load = |at: usize, n: usize| -> Option<u64> {
        if n == 0 {
            return Some(0);
        }
        let b: [u8; 8] = text.get(at..at + 8)?.try_into().ok()?;
        let x = u64::from_le_bytes(b);
        // The low `n` bytes (n is 1 to 8): shifted out past the top, then back.
        let x = x << (8 * (8 - n)) >> (8 * (8 - n));
        if x & H != 0 {
            return None;
        }
        // ASCII uppercase letters get bit 5 (lowercase).
        let upper = ((x | H) - L * b'A' as u64) & !((x | H) - L * (b'Z' + 1) as u64) & H;
        Some(x | upper >> 2)
    };
    let lo = load(a, len.min(8))?;
    let hi = load(a + 8, len.saturating_sub(8))?;
    Some((hi as u128) << 64 | lo as u128)
}

/// [`pack_at`] for a word of ASCII letters and digits only (a simple
/// token): setting bit 5 of every byte lowercases a letter and keeps a
/// digit, so no ASCII or uppercase test is needed. With sixteen bytes left
/// from `a` (nearly always), both words come from one bounds check.
#[inline]
fn pack_alnum_at(text: &[u8], a: usize, len: usize) -> Option<u128> {
    const LOWER: u64 = 0x2020_2020_2020_2020;
    if let Some(Ok(w)) = text.get(a..a + 16).map(<[u8; 16]>::try_from) {
        let word = u128::from_le_bytes(w) | u128::from(LOWER) << 64 | u128::from(LOWER);
        // The low `len` bytes (1 to 16), by a mask from a table (two loads,
        // not the shifts of a `u128` by a computed count).
        return (1..=16).contains(&len).then(|| word & LOW_BYTES16[len]);
    }
    let load = |at: usize, n: usize| -> Option<u64> {
        if n == 0 {
            return Some(0);
        }
        let b: [u8; 8] = text.get(at..at + 8)?.try_into().ok()?;
        // The low `n` bytes (n is 1 to 8), with bit 5 set in each.
        let keep = 8 * (8 - n) as u32;
        Some((u64::from_le_bytes(b) | LOWER) << keep >> keep)
    };
    let lo = load(a, len.min(8))?;
    let hi = load(a + 8, len.saturating_sub(8))?;
    Some((hi as u128) << 64 | lo as u128)
}

/// `LOW_BYTES16[n]`: the low `n` bytes of a `u128` set, the others clear
/// (`n` 0 to 16).
static LOW_BYTES16: [u128; 17] = {
    let mut t = [0; 17];
    let mut n = 1;
    while n <= 16 {
        t[n] = u128::MAX >> (128 - 8 * n);
        n += 1;
    }
    t
};

/// The class bits a word takes from its first byte `b`: [`CAP_BIT`] when
/// it is an ASCII capital, [`NUMBER_BIT`] when it is an ASCII digit.
/// (Read from [`FIRST_BYTE_BITS`]: one load, where the two range tests
/// cost some ten instructions for each word that is not plain.)
#[inline(always)]
fn first_byte_bits(b: u8) -> u8 {
    FIRST_BYTE_BITS[usize::from(b)]
}

/// Whether token `t` is a word of ASCII letters and digits of at most 16
/// bytes (`simple`, which only words are): its class bits are then its
/// entry's in the word table's packed keys, so [`NUMBER_BIT`] tells a
/// number word or a first digit ([`Sent::is_number_word`],
/// [`Sent::is_numeric`]), and, in a sentence built with the lexicon's
/// table, [`CUE_BIT`] and the noun type are the lexicon's
/// ([`Sent::table_bits`]).
#[inline(always)]
fn packed_word(t: &Token) -> bool {
    debug_assert!(!t.simple || t.kind == TokKind::Word);
    t.simple & (t.end - t.start <= 16)
}

/// [`first_byte_bits`] of every byte.
static FIRST_BYTE_BITS: [u8; 256] = {
    let mut t = [0; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        if c.is_ascii_uppercase() {
            t[b] = CAP_BIT;
        } else if c.is_ascii_digit() {
            t[b] = NUMBER_BIT;
        }
        b += 1;
    }
    t
};

/// [`first_byte_bits`] of an ASCII letter or digit `b`, by its bits 5 and
/// 6 alone (bit 5 clear in a capital, set in a small letter and a digit;
/// bit 6 clear in a digit, set in a letter): fewer instructions than the
/// range tests, for every plain word, and no shift ([`CAP_BIT`] and
/// [`NUMBER_BIT`] are those bits).
#[inline(always)]
fn first_byte_bits_alnum(b: u8) -> u8 {
    const { assert!(CAP_BIT == 0x20 && NUMBER_BIT == 0x40) };
    !b & (CAP_BIT | NUMBER_BIT)
}

/// The class bits (with the cue mask above them, as [`Lookup::bits_cue`]
/// gives it; [`CUE_FULL`] for a word with no entry), set bits and cue-form
/// entry ([`ShortSlot`]'s `list`, 0 for none) of the word token `t` (its class bits
/// still 0): a word of ASCII of at most 16 bytes takes one probe of the
/// packed table (and has an entry); other words go through
/// [`classes_of`] (and have none).
#[inline(always)]
fn word_bits(lk: &Lookup, text: &str, t: &Token) -> (u32, u128, Option<u32>) {
    let bytes = text.as_bytes();
    let (a, b) = (t.start, t.end);
    let key = if b - a > 16 {
        None
    } else if t.simple {
        pack_alnum_at(bytes, a, b - a)
    } else {
        pack_at(bytes, a, b - a)
    };
    match key {
        Some(k) => {
            // (A simple word has no hyphen: the article test only for
            // the rest; [`classes_of`] makes it for the words below.)
            let article = if t.simple {
                0
            } else {
                article_name_bits(bytes, a, b)
            };
            let (c, s, l) = lk.bits_cue(k);
            (
                u32::from(first_byte_bits(bytes[a]) | article) | c,
                s,
                Some(l),
            )
        }
        None => {
            let (c, s) = classes_of(lk, &text[a..b]);
            (u32::from(c) | CUE_FULL << 8, s, None)
        }
    }
}

/// [`CAP_BIT`] for a name opened by the Arabic article "al-" or "el-"
/// and a capital (`al-Assad`, `el-Sisi`, `al-Jubeir`, `al-Qaida`), else
/// 0: such a word is part of a name as a capitalized word is ("President
/// Bashar al-Assad said ..." gave no row: the phrase search stopped at a
/// lowercase word). Not "all-Star" (three letters before the hyphen) nor
/// a lowercase word after the hyphen ("el-niño").
#[inline]
fn article_name_bits(bytes: &[u8], a: usize, b: usize) -> u8 {
    match bytes.get(a..b) {
        Some([b'a' | b'e', b'l', b'-', c, ..]) if c.is_ascii_uppercase() => CAP_BIT,
        // A title of a former holder ("said then-Sen. Barack Obama", "In
        // 2008, then-Senator X said", "ex-Gov. Y"): part of the name
        // phrase as "Then-Senator" and "former Senator" are.
        // (Out of line: the word loop keeps its code.)
        Some(w @ ([_, _, b'-', ..] | [_, _, _, _, b'-', ..])) => former_title_bits(w),
        _ => 0,
    }
}

/// [`CAP_BIT`] for a title of a former holder, "then-" or "ex-" and a
/// capital ("then-Sen.", "ex-Governor"), else 0.
#[inline(never)]
fn former_title_bits(w: &[u8]) -> u8 {
    match w {
        [b't', b'h', b'e', b'n', b'-', c, ..] | [b'e', b'x', b'-', c, ..]
            if c.is_ascii_uppercase() =>
        {
            CAP_BIT
        }
        _ => 0,
    }
}

/// The class bits that the lexicon's table adds to a word's entry, which
/// the lists' map has not.
const LEXICON_BITS: u8 = CUE_BIT | 3 << NOUN_SHIFT;

/// `w` lowercased with its curly apostrophes made straight, packed
/// ([`pack`]), when `w` is ASCII but for at least one curly apostrophe
/// (U+2019), has no straight one and no NUL, and is then at most 16 bytes
/// ("don’t", "It’s"): for such a word, the map's word lowercased is the
/// packed word with every apostrophe made curly again, one to one. One
/// pass over the bytes, packing as it goes (no searches, no copy).
#[inline]
fn pack_curly(w: &[u8]) -> Option<u128> {
    let (mut lo, mut hi, mut n, mut i, mut curly) = (0u64, 0u64, 0, 0, false);
    while let Some(&c) = w.get(i) {
        let out = if c == 0xE2 && w.get(i + 1..i + 3) == Some(&[0x80, 0x99]) {
            curly = true;
            i += 3;
            b'\''
        } else if c == 0 || c == b'\'' || c >= 0x80 {
            return None;
        } else {
            i += 1;
            c.to_ascii_lowercase()
        };
        // (In two words, as `pack`: no shifts of a `u128`.)
        match n {
            0..8 => lo |= u64::from(out) << (8 * n),
            8..16 => hi |= u64::from(out) << (8 * (n - 8)),
            _ => return None,
        }
        n += 1;
    }
    curly.then_some(u128::from(hi) << 64 | u128::from(lo))
}

/// The class bits and set bits of one word ([`article_name_bits`] among
/// them).
fn classes_of(lk: &Lookup, w: &str) -> (u8, u128) {
    let (c, s) = classes_of_plain(lk, w);
    (c | article_name_bits(w.as_bytes(), 0, w.len()), s)
}

/// [`classes_of`] but for the Arabic article's capital.
fn classes_of_plain(lk: &Lookup, w: &str) -> (u8, u128) {
    let b = w.as_bytes();
    let Some(&b0) = b.first() else { return (0, 0) };
    if b0 < 0x80 && b.len() <= 16 && w.is_ascii() {
        let (c, s) = lk.packed(b);
        return (first_byte_bits(b0) | c, s);
    }
    // An ASCII word (longer than 16 bytes, some 700 a pass over train)
    // longer than every word of the map: no lookup.
    if b.len() > lk.map_longest && w.is_ascii() {
        return (first_byte_bits(b0), 0);
    }
    // A word of ASCII and curly apostrophes ("don’t", "It’s", some 1,800
    // a pass): its class bits are those of the word made straight, in the
    // packed table (less what the lexicon adds, which the map has not),
    // its set bits those of `curly_sets`; the same as the map's two
    // lookups below (`classes_of_map`).
    if b0 < 0x80 {
        if let Some(k) = pack_curly(b) {
            let class = lk.bits(k).0 & !LEXICON_BITS;
            let sets = lk.curly_sets.get(&k).copied().unwrap_or(0);
            return (first_byte_bits(b0) | class, sets);
        }
    }
    classes_of_map(lk, w)
}

/// [`classes_of`] of a word that is not ASCII or is longer than 16 bytes,
/// from the map.
fn classes_of_map(lk: &Lookup, w: &str) -> (u8, u128) {
    let b = w.as_bytes();
    let mut bits = if w.chars().next().is_some_and(char::is_uppercase) {
        CAP_BIT
    } else {
        article_name_bits(b, 0, b.len())
    };
    // (A digit first: the number bit, as every other word's.)
    bits |= b.first().map_or(0, |&c| first_byte_bits(c) & NUMBER_BIT);
    // Lowercased on the stack when it fits.
    let mut buf = [0u8; 32];
    let sets = match buf.get_mut(..b.len()) {
        Some(l) => {
            l.copy_from_slice(b);
            l.make_ascii_lowercase();
            lk.map.get(&*l)
        }
        None => lk.map.get(&*b.to_ascii_lowercase()),
    }
    .map_or(0, |e| e.1);
    if !w.is_ascii() && w.contains('’') {
        // "it’s", "don’t": curly apostrophes spell the same words. A word
        // of ASCII and curly apostrophes is lowercased on the stack.
        bits |= match curly_to_straight(b, &mut buf) {
            Some(l) => lk.map.get(l).map_or(0, |e| e.0),
            None => {
                let l = w.to_lowercase().replace('’', "'");
                lk.map.get(l.as_bytes()).map_or(0, |e| e.0)
            }
        };
    }
    (bits, sets)
}

/// `w` lowercased with its curly apostrophes (U+2019) made straight, in
/// `buf`, when `w` is otherwise ASCII and fits (which is what
/// `to_lowercase` and the replacement give then); else `None`.
fn curly_to_straight<'b>(w: &[u8], buf: &'b mut [u8; 32]) -> Option<&'b [u8]> {
    let (mut i, mut n) = (0, 0);
    while i < w.len() {
        let c = w[i];
        let (out, len) = if c < 0x80 {
            (c.to_ascii_lowercase(), 1)
        } else if w[i..].starts_with("’".as_bytes()) {
            (b'\'', 3)
        } else {
            return None;
        };
        *buf.get_mut(n)? = out;
        n += 1;
        i += len;
    }
    Some(&buf[..n])
}

/// Function words that never start or continue a speaker phrase.
pub(crate) const STOP: &[&str] = &[
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
pub const DAYS: WordSet = WordSet::new(
    0,
    &[
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
    ],
);

/// Personal pronouns that can be speakers.
pub const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i", "you"];

/// Determiners that may open a speaker phrase.
pub const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "our", "this", "these", "those", "another",
    "one", "two", "three", "several", "many", "some", "most", "other", "both", "all", "few",
    "neither", "each", "every",
];

/// The bytes of a stretch of the word loop ([`Sent::with_cues`]), for
/// which room for as many tokens is reserved at once.
const STRETCH: usize = 1024;

/// Appends `t` to `toks` with no capacity test.
///
/// # Safety
///
/// `toks.len() < toks.capacity()`.
#[inline(always)]
unsafe fn push_within(toks: &mut Vec<Token>, t: Token) {
    debug_assert!(toks.len() < toks.capacity());
    let n = toks.len();
    // SAFETY: slot `n` is inside the allocation (the caller's promise)
    // and past the initialized tokens; it is written before the length
    // takes it in.
    unsafe {
        toks.as_mut_ptr().add(n).write(t);
        toks.set_len(n + 1);
    }
}

impl<'a> Sent<'a> {
    /// Tokenizes `span` of `text`.
    pub fn new(text: &'a str, span: Span) -> Sent<'a> {
        Sent::with_buffers(text, span, SentBuffers::default())
    }

    /// Tokenizes `span` of `text` into the (cleared) vectors of `bufs`,
    /// which [`Sent::into_buffers`] gives back for the next sentence.
    pub fn with_buffers(text: &'a str, span: Span, bufs: SentBuffers) -> Sent<'a> {
        // SAFETY: no AVX2 asked for.
        unsafe { Sent::build::<false>(text, span, bufs, lookup(), false, |_, _, _| {}) }
    }

    /// [`Sent::with_buffers`] that also runs the cue scan of `lx` over
    /// the sentence's words, appending the cues to `cues`: the words
    /// found once serve the word classes and the cue lookup (see
    /// [`Lexicon::scan_token`]). `at` is where the scan stopped in the
    /// sentences before (a cue phrase may run past a sentence's end);
    /// called for the sentences of a text in order, from `at` 0, the cues
    /// are those of [`Lexicon::find_cues`] over the whole text.
    #[inline]
    pub fn with_cues(
        text: &'a str,
        span: Span,
        bufs: SentBuffers,
        lx: &Lexicon,
        at: &mut usize,
        cues: &mut Vec<CueMatch>,
    ) -> Sent<'a> {
        #[cfg(target_arch = "x86_64")]
        let mut s = if has_avx2_bmi() {
            // SAFETY: the processor has AVX2, BMI1 and BMI2
            // (`has_avx2_bmi`).
            unsafe { Sent::with_cues_avx2(text, span, bufs, lx, at, cues) }
        } else {
            Sent::with_cues_plain(text, span, bufs, lx, at, cues)
        };
        #[cfg(not(target_arch = "x86_64"))]
        let mut s = Sent::with_cues_plain(text, span, bufs, lx, at, cues);
        // The test of the sentence's first byte (a sentence span starts at
        // its first token) keeps the call off almost every sentence; the
        // test of the first byte of the word after an opening quote mark
        // keeps it off the sentences that open with one.
        if matches!(text.as_bytes().get(span.0),
            Some(&c) if c == b'G' || c == b'F' || c == b'&' || quote_lead(c))
            && s.opens_with_g_or_f()
        {
            s.mark_opening_preposition();
        }
        s
    }

    /// [`Sent::with_cues`] compiled for AVX2, BMI1 and BMI2 (the letters
    /// of the text classified 32 bytes to a compare).
    ///
    /// # Safety
    ///
    /// The processor must have AVX2, BMI1 and BMI2.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2,bmi1,bmi2")]
    #[inline(never)]
    unsafe fn with_cues_avx2(
        text: &'a str,
        span: Span,
        bufs: SentBuffers,
        lx: &Lexicon,
        at: &mut usize,
        cues: &mut Vec<CueMatch>,
    ) -> Sent<'a> {
        // SAFETY: the processor has AVX2 (this function's contract).
        unsafe { Sent::with_cues_in::<true>(text, span, bufs, lx, at, cues) }
    }

    /// [`Sent::with_cues`] with no AVX2: the words found byte by byte
    /// ([`plain_word_inside`]).
    #[inline(never)]
    fn with_cues_plain(
        text: &'a str,
        span: Span,
        bufs: SentBuffers,
        lx: &Lexicon,
        at: &mut usize,
        cues: &mut Vec<CueMatch>,
    ) -> Sent<'a> {
        // SAFETY: no AVX2 asked for.
        unsafe { Sent::with_cues_in::<false>(text, span, bufs, lx, at, cues) }
    }

    /// The body of [`Sent::with_cues`], by AVX2 when `AVX2`.
    ///
    /// # Safety
    ///
    /// With `AVX2`, the processor must have AVX2.
    #[inline(always)]
    unsafe fn with_cues_in<const AVX2: bool>(
        text: &'a str,
        span: Span,
        bufs: SentBuffers,
        lx: &Lexicon,
        at: &mut usize,
        cues: &mut Vec<CueMatch>,
    ) -> Sent<'a> {
        let bytes = text.as_bytes();
        // A local copy, written back once: it can stay in a register.
        let mut pos = *at;
        // SAFETY: as this function's.
        let s = unsafe {
            // (In line, with the sixteen-byte no-cue test of
            // `Lexicon::scan_token` in it, which LLVM would otherwise take
            // out of line: a call for every word with a cue step.)
            Sent::build::<AVX2>(
                text,
                span,
                bufs,
                lx.word_table(),
                true,
                #[inline(always)]
                |t, k, list| {
                    if t.end > pos {
                        // (The kind is known at each call of `word` but the
                        // tokenizer's general step's.)
                        if t.kind == TokKind::Possessive {
                            pos = lx.scan_possessive(bytes, t.start, t.end, k, pos, cues);
                        } else {
                            let list = list.filter(|_| t.simple);
                            lx.scan_token(bytes, t.start, t.end, k, list, &mut pos, cues);
                        }
                    }
                },
            )
        };
        *at = pos;
        s
    }

    /// Tokenizes `span` into `bufs` and gives each word its class and set
    /// bits from `lk`; `word` sees every word and possessive token in
    /// order, with its index in the tokens and, when the word is ASCII
    /// of at most 16 bytes, its entry of cue forms in `lk` ([`ShortSlot`]'s
    /// `list`, 0 for none), but for a word
    /// with entry 0, or whose forms cannot start there
    /// ([`cue_step_takes`]), that ends before the span's end (the
    /// cue scan has nothing to do there). The letters of the text are
    /// classified by AVX2 when `AVX2`.
    ///
    /// # Safety
    ///
    /// With `AVX2`, the processor must have AVX2.
    #[inline(always)]
    unsafe fn build<const AVX2: bool>(
        text: &'a str,
        span: Span,
        bufs: SentBuffers,
        lk: &Lookup,
        lexicon_bits: bool,
        mut word: impl FnMut(&Token, usize, Option<u32>),
    ) -> Sent<'a> {
        let SentBuffers { mut toks } = bufs;
        toks.clear();
        let bytes = text.as_bytes();
        // The text up to the sentence's end: a word is cut there.
        let upto = &bytes[..span.1];
        let mut open_single = false;
        let mut colon = false;
        let mut words_comma = false;
        // The letters and digits from `i` on ([`ahead_word`]), moved with
        // `i` by every step.
        let mut ahead = AlnumAhead::UNKNOWN;
        // The tokenizer's loop ([`tokenize`]) with each token classified
        // as it is found: a plain word (ASCII letters and digits, ending at
        // a byte that joins nothing), the most common token, is packed,
        // looked up and scanned for cues here, without a second pass over
        // the tokens; so are the common punctuation marks; the other
        // tokens come from the tokenizer's general step.
        let mut i = span.0;
        // The loop runs in stretches of at most `STRETCH` bytes, each with
        // room reserved for a token at every byte of it: every step pushes
        // at most one token, which starts at the step's byte and is past
        // the one before, so a stretch cannot push more tokens than it has
        // bytes, and the common steps push without a capacity test
        // ([`push_within`]). (A bound on the stretch keeps a long span
        // from reserving 40 bytes for each of its bytes.)
        while i < upto.len() {
            let room = (upto.len() - i).min(STRETCH);
            toks.reserve(room);
            let head = &upto[..i + room];
            while i < head.len() {
                // The common tokens, plain words and marks, in a loop of
                // their own with no call but for rare cases, left for a
                // word's cue step (given back) or another token: its
                // values can stay in registers that a call would clobber.
                let step = loop {
                    let Some(&c) = head.get(i) else { break None };
                    if let Some((end, key)) = if AVX2 {
                        // SAFETY: AVX2 as this function's. `ahead` is
                        // `UNKNOWN` or was left by `ahead_word` for the
                        // word's end or an earlier `i`, and every step
                        // since has skipped it by as many bytes as it
                        // moved `i` (the space after a word, a mark and the
                        // space after it, a space: at most four; a
                        // possessive or the general step's token, by
                        // `skip_far`; carried over a stretch's end
                        // unchanged, `i` not moved).
                        unsafe { ahead_word::<AVX2>(bytes, upto.len(), i, &mut ahead) }
                    } else {
                        // (Without AVX2, classifying 64 bytes at a time
                        // costs more than it saves: byte by byte.)
                        plain_word_inside(upto, i)
                    } {
                        let mut t = Token::plain(i, end);
                        // (`list` is `NO_LIST` for a word with no entry: one
                        // compare below, not an `Option`'s two.)
                        // (`cls` holds the class bits and, above them, the
                        // cue mask: [`ShortSlot`]'s.)
                        // (Pushed in each arm: the set bits go from the
                        // slot to the token as they lie, one 16-byte load
                        // and store, not two values joined from both arms.)
                        let (cls, list) = if key != 0 {
                            let e = lk.short_slot(key);
                            // (`c` is an ASCII letter or digit: `plain_word`.)
                            let cls = e.cls | u32::from(first_byte_bits_alnum(c));
                            t.class = cls as u8;
                            t.sets = e.sets;
                            // SAFETY: `i` is inside the stretch (below
                            // `head.len()`), which has room for a token at
                            // each of its bytes.
                            unsafe { push_within(&mut toks, t) };
                            (cls, e.list)
                        } else {
                            let (cls, set, list) = word_bits(lk, text, &t);
                            t.class = cls as u8;
                            t.set_sets(set);
                            // SAFETY: as above.
                            unsafe { push_within(&mut toks, t) };
                            (cls, list.unwrap_or(NO_LIST))
                        };
                        // A word known to start no cue form (`Some(0)`) and ending
                        // inside the span (so at a byte that is no letter and no
                        // hyphen: no cue word runs on from it) can move the cue
                        // scan nowhere that matters: it would set the scan's
                        // position to its end, and every later token starts there
                        // or after. The position may already lie inside the word
                        // (a sentence cut in a run of letters, scanned on from the
                        // piece before), but no cue starts inside a run of ASCII
                        // letters and digits, whose byte before is a word byte. So
                        // most words skip the cue step. So does a first word of
                        // forms of several words only, when the text after it
                        // starts none of their second words
                        // ([`cue_step_takes`], from the slot: the step would find
                        // nothing and set the position to the word's end).
                        // The space after most words, without a turn of the
                        // loop. (A word at the span's end, some 50 a pass, is
                        // left to the general step, which takes the cue step;
                        // `ahead` holds the bits for `end`.)
                        debug_assert!(end < upto.len(), "a plain word inside the span");
                        // SAFETY: `end` is below `upto.len()`: the word
                        // ends inside the span (`ahead_word`,
                        // `plain_word_inside`). (A volatile read: the byte
                        // was read before the probe, and a plain read
                        // would be that value held across it, in the
                        // stack: a store and a load, not one load.)
                        let d = unsafe { upto.as_ptr().add(end).read_volatile() };
                        let k = usize::from(d == b' ');
                        ahead.skip(k);
                        i = end + k;
                        // (And most first words of forms of several words
                        // only, when no second word of one can follow.)
                        // (The mask is 0 just when `list` is.)
                        let cue = cls >> 8;
                        if cue != 0 && cue_step_takes(cue, bytes, end, i) {
                            break Some((t, (list != NO_LIST).then_some(list)));
                        }
                        continue;
                    }
                    // (A space here is rare: the steps take the space after
                    // a word or mark; so it is tested after a word.)
                    if c == b' ' {
                        i += 1;
                        ahead.skip(1);
                        continue;
                    }
                    let n = plain_punct_len(upto, i);
                    if n > 0 {
                        let mut t = Token::mark(i, i + n, TokKind::Punct);
                        // [`punct_is_quote`] of a plain mark, by its last
                        // byte, from a table: no branch (quote marks come
                        // as the text has them).
                        // SAFETY: the mark's `n` bytes from `i` are inside
                        // `upto` (`plain_punct_len`), so byte `i + n - 1` is.
                        let last = unsafe { *upto.get_unchecked(i + n - 1) };
                        t.class = QUOTE_CLASS_BY_LAST[usize::from(last)];
                        // SAFETY: as for a plain word above.
                        unsafe { push_within(&mut toks, t) };
                        // (Every ':' is a token of its own, and every ',' but one
                        // between digit groups, which no letter precedes; both are
                        // plain marks. A question before a quote counts too: "Her
                        // response? \"...\"", `rules::colon_quote`.)
                        // (One branch on the mark, not each test's compare for
                        // every mark.)
                        match c {
                            b',' => {
                                words_comma |= i >= span.0 + 5 && bytes[i - 5..i] == *b"words";
                            }
                            b':' => colon = true,
                            // A "+" glued to a name before no letter or
                            // digit ("OPEC+ said") gives no token, as in
                            // `segment::tokenize`.
                            b'+' if crate::text::segment::glued_plus(upto, i)
                                && toks.len() >= 2
                                && toks[toks.len() - 2].end == i
                                && toks[toks.len() - 2].kind == TokKind::Word =>
                            {
                                toks.pop();
                            }
                            b'?' => {
                                colon |= bytes.get(i + 1) == Some(&b' ')
                                    && matches!(bytes.get(i + 2), Some(b'"' | b'\'' | 0xE2));
                            }
                            _ => {}
                        }
                        // (And the space after a comma or stop, inside the
                        // span. The byte is read from the text, whose end
                        // is rare, and the span's end is a second test, not
                        // a branch: a bounds test on the span was a branch
                        // taken for the last mark of most sentences and
                        // not for the commas, as unpredictable as the
                        // text.)
                        let space = bytes.get(i + n).is_some_and(|&d| d == b' ');
                        let k = n + std::hint::select_unpredictable(
                            i + n < upto.len(),
                            usize::from(space),
                            0,
                        );
                        ahead.skip(k);
                        i += k;
                        continue;
                    }
                    break None;
                };
                if let Some((t, list)) = step {
                    // (`t` is the last token pushed.)
                    word(&t, toks.len() - 1, list);
                    continue;
                }
                // (The inner loop also stops at the stretch's end.)
                let Some(&c) = head.get(i) else { break };
                // (`ahead` holds the bits for `i`, and is moved over the
                // step's bytes: they are the text's, whatever the step.)
                // The possessive after a word ("Trump's", "Trump’s").
                if toks
                    .last()
                    .is_some_and(|t| t.end == i && t.kind == TokKind::Word)
                {
                    let n = possessive_len(upto, i);
                    if n > 0 {
                        let t = Token::mark(i, i + n, TokKind::Possessive);
                        toks.push(t);
                        word(&t, toks.len() - 1, None);
                        i += n;
                        ahead.skip_far(n);
                        continue;
                    }
                }
                let n = toks.len();
                let from = i;
                // [`token_at`]'s two paths called here, the ASCII word's
                // (most tokens that reach this step: "well-known", "Mr.",
                // "10,000") with no call of the general step's large frame.
                let ascii = if is_ascii_alnum(c) {
                    ascii_word_at(upto, i)
                } else {
                    None
                };
                i = if let Some((end, simple)) = ascii {
                    let mut t = Token::plain(i, end);
                    t.simple = simple;
                    // SAFETY: `i` is inside the stretch (below
                    // `head.len()`), which has room for a token at each of
                    // its bytes.
                    unsafe { push_within(&mut toks, t) };
                    end
                } else {
                    token_by_chars_at(text, span, i, &mut open_single, &mut toks)
                };
                ahead.skip_far(i - from);
                let Some(t) = toks.get_mut(n) else { continue };
                let list = match t.kind {
                    TokKind::Word => {
                        let (cls, set, list) = word_bits(lk, text, t);
                        t.class = cls as u8;
                        t.set_sets(set);
                        list
                    }
                    TokKind::Punct => {
                        if punct_is_quote(text, t) {
                            t.class = QUOTE_BIT;
                        }
                        None
                    }
                    _ => None,
                };
                if t.kind != TokKind::Punct {
                    word(t, n, list);
                }
            }
        }
        Sent {
            text,
            span,
            toks,
            colon,
            words_comma,
            lexicon_bits,
        }
    }

    /// Whether the sentence's first token, or the one after an opening
    /// quote mark, starts with "G" or "F": the first test of
    /// [`Sent::mark_opening_preposition`], in line.
    #[inline]
    fn opens_with_g_or_f(&self) -> bool {
        let k = usize::from(self.is_quote_mark(0));
        self.toks
            .get(k)
            .and_then(|t| self.text.as_bytes().get(t.start))
            .is_some_and(|&c| c == b'G' || c == b'F')
    }

    /// A sentence's first word "Given" or "Following" (after an opening
    /// quote mark at most) that opens a phrase is a function word
    /// ([`STOP_BIT`]) there, so no name takes it in ("Given Ramos's
    /// injury, ...", "Following Monday's storm, ..."): when the word after
    /// it is a determiner, a number, a day or month, a lowercase word that
    /// is no one-word cue form ("Given recent events"), or one to three
    /// capitalized words and a possessive. Anywhere else, and before a
    /// cue, a comma or a name that is no possessive ("Given said", "Given,
    /// 34, said", "Shay Given said", "Grace Following said"), the word is
    /// a name's like any other.
    #[inline(never)]
    fn mark_opening_preposition(&mut self) {
        let k = usize::from(self.is_quote_mark(0));
        if !self.is_cap(k)
            || !self.is_word(k)
            || !matches!(
                self.bytes(k),
                b"Given" | b"Following" | b"GIVEN" | b"FOLLOWING"
            )
        {
            return;
        }
        let j = k + 1;
        if !self.is_word(j) {
            return;
        }
        let opens = self.is_det(j)
            || self.is_numeric(j)
            || self.is_in(j, DAYS)
            || self.is_in(j, super::rules::MONTHS)
            || !self.is_cap(j)
                && self.table_bits(&self.toks[j])
                && self.toks[j].class & CUE_BIT == 0
            || (j..j + 3)
                .take_while(|&i| self.is_word(i) && self.is_cap(i))
                .any(|i| self.is_poss(i + 1));
        if opens {
            self.toks[k].class |= STOP_BIT;
        }
    }

    /// Whether the sentence has a colon, or a question mark, a space and a
    /// quote mark (`"`, `'` or a curly one: any character whose UTF-8
    /// starts with 0xE2), which `rules::colon_quote` reads as a colon.
    pub fn has_colon(&self) -> bool {
        self.colon
    }

    /// Whether the sentence holds "words," (it may hold "in X's words,
    /// \"...\"", `rules::in_words_quote`), from its comma tokens.
    pub fn has_words_comma(&self) -> bool {
        self.words_comma
    }

    /// The vectors of this sentence, for reuse.
    pub fn into_buffers(self) -> SentBuffers {
        SentBuffers { toks: self.toks }
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

    /// The bytes of token `i` (no character-boundary checks).
    /// (Always inlined: with `#[inline]` the large callers, the rules'
    /// `apply_frames` and the speaker search, called it out of line, some
    /// 15,000 calls a pass of train for a load and a slice.)
    #[inline(always)]
    pub fn bytes(&self, i: usize) -> &'a [u8] {
        let t = self.toks[i];
        &self.text.as_bytes()[t.start..t.end]
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
    #[inline(always)]
    pub fn is_p(&self, i: usize, c: &str) -> bool {
        // Bytes, not `w(i)`: no character-boundary checks. Most marks
        // asked for are one byte (",", ":", "."), compared as a byte, not
        // by a call to compare slices. Always inlined, with no closure
        // (which stayed out of line when forced in): the rules ask it
        // about 100,000 times a pass, at some hundred places, and the call
        // cost more than the test.
        let c = c.as_bytes();
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        t.kind == TokKind::Punct
            && match *c {
                // (The length and the byte joined in one test.)
                [b] => {
                    let x = self.text.as_bytes()[t.start];
                    ((t.end - t.start) ^ 1) | usize::from(x ^ b) == 0
                }
                _ => t.end - t.start == c.len() && self.text.as_bytes()[t.start..t.end] == *c,
            }
    }

    /// Whether token `i` is punctuation.
    #[inline]
    pub fn is_punct(&self, i: usize) -> bool {
        i < self.toks.len() && self.toks[i].kind == TokKind::Punct
    }

    /// [`Lexicon::cue_word`] of token `i` (`lx` the lexicon the sentence
    /// was built with, [`Sent::with_cues`]): a word of ASCII letters and
    /// digits of at most 16 bytes took its class bits from the lexicon's
    /// table, where every one-word cue form of ASCII and at most 16 bytes
    /// has [`CUE_BIT`], so without the bit it is no cue form, with no map
    /// lookup.
    #[inline]
    pub fn cue_word(&self, lx: &Lexicon, i: usize) -> Option<(usize, Form)> {
        let t = self.toks[i];
        if self.table_bits(&t) && t.class & CUE_BIT == 0 {
            return None;
        }
        lx.cue_word(self.w(i))
    }

    /// [`Lexicon::speaker_noun`] of token `i` (`lx` the lexicon the
    /// sentence was built with, [`Sent::with_cues`]): a word of ASCII
    /// letters and digits of at most 16 bytes took its class bits from the
    /// lexicon's table, which holds the type of every speaker noun of ASCII
    /// and at most 16 bytes, so no map lookup.
    #[inline]
    pub fn speaker_noun(&self, lx: &Lexicon, i: usize) -> Option<NounType> {
        let t = self.toks[i];
        if self.table_bits(&t) {
            return NOUN_TYPES[usize::from(t.class >> NOUN_SHIFT & 3)];
        }
        lx.speaker_noun(self.w(i))
    }

    /// Whether a lowercase word of `a..b` follows a word that may be a
    /// person or organization noun ([`Sent::speaker_noun`]; a word whose
    /// class bits do not tell counts as one): from the tokens' bits alone,
    /// the first test of `speaker::reduced_relative`, which runs on many
    /// cues ("Workers laid off ...": a noun, then its participle). Only
    /// the pairs after the last token of `a..b` that is no word or
    /// possessive count: the participle's phrase holds no other token.
    #[inline]
    pub fn lower_after_person_noun(&self, a: usize, b: usize) -> bool {
        if a == 0 || a >= b || b > self.toks.len() {
            return false;
        }
        // Backward from `b`, up to the first token that is no word or
        // possessive: the participle phrase holds only those, so a pair
        // before such a token is no participle's (the caller turns it down
        // later). A plain loop: the iterator adapters' form cost twice as
        // much.
        let mut lower = false;
        for t in self.toks[a - 1..b].iter().rev() {
            let word = t.kind == TokKind::Word;
            // Codes 1 and 2 of the noun type bits ([`NOUN_TYPES`]).
            if lower && word && (!self.table_bits(t) || matches!(t.class >> NOUN_SHIFT & 3, 1 | 2))
            {
                return true;
            }
            if !word && t.kind != TokKind::Possessive {
                return false;
            }
            lower = word && t.class & CAP_BIT == 0;
        }
        false
    }

    /// Whether token `t`'s class bits came from the lexicon's table (so its
    /// cue bit and noun type are the lexicon's): a [`packed_word`] in a
    /// sentence built with the table. Read by [`Sent::cue_word`],
    /// [`Sent::speaker_noun`] and [`Sent::head_bits`]; by `&`, one branch
    /// at most.
    #[inline(always)]
    fn table_bits(&self, t: &Token) -> bool {
        self.lexicon_bits & packed_word(t)
    }

    /// What token `i`'s class bits tell the speaker search's head tests
    /// ([`HEAD_OK`], [`HEAD_PRONOUN`], [`HEAD_LOWER`], [`HEAD_PERSON`]), or
    /// [`HEAD_ASK`] when they do not tell ([`HEAD_BITS`]); 0 past the end.
    /// The noun type is the token's where [`Sent::speaker_noun`] reads it
    /// from the bits ([`Sent::table_bits`]), told to the table at
    /// [`NUMBER_BIT`]'s place.
    #[inline(always)]
    pub(crate) fn head_bits(&self, i: usize) -> u8 {
        let Some(t) = self.toks.get(i) else {
            return 0;
        };
        let typed = u8::from(self.table_bits(t)) * NUMBER_BIT;
        HEAD_BITS[usize::from(t.class & (NUMBER_BIT - 1) | typed)]
    }

    /// `speaker::is_number_word` of token `i`: a word of ASCII letters and
    /// digits of at most 16 bytes has no hyphen, so it is one when it is a
    /// unit, which its class bits tell (with a first byte that is no digit:
    /// [`NUMBER_BIT`] is a digit's too).
    /// (Always inlined: the rules ask it where a number may stand, and
    /// `#[inline]` had left it out of line in the phrase search.)
    #[inline(always)]
    pub fn is_number_word(&self, i: usize) -> bool {
        let t = self.toks[i];
        if packed_word(&t) {
            // (The bit is also a digit's, which no number word opens with.)
            return t.class & NUMBER_BIT != 0 && !self.text.as_bytes()[t.start].is_ascii_digit();
        }
        super::speaker::is_number_word(self.w(i))
    }

    /// Whether token `i` is a word that is a number: its first byte is an
    /// ASCII digit ("42", "2016", "10,000") or it is a number word
    /// ([`Sent::is_number_word`]). A word of ASCII letters and digits of
    /// at most 16 bytes has both in its [`NUMBER_BIT`], one test.
    /// (The phrase search asks it of most phrases' first token and of the
    /// token before it, and of most heads: numbers are few.)
    #[inline(always)]
    pub fn is_numeric(&self, i: usize) -> bool {
        let Some(&t) = self.toks.get(i) else {
            return false;
        };
        if t.kind != TokKind::Word {
            return false;
        }
        if packed_word(&t) {
            return t.class & NUMBER_BIT != 0;
        }
        self.text.as_bytes()[t.start].is_ascii_digit() || super::speaker::is_number_word(self.w(i))
    }

    /// Whether token `i` is a word starting with an uppercase letter.
    pub fn is_cap(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.class & CAP_BIT != 0)
    }

    /// Whether token `i` is a word and (case-insensitively) one of `set`.
    #[inline(always)]
    pub fn is_in(&self, i: usize, set: impl Words) -> bool {
        set.has_word(self, i)
    }

    /// Whether token `i` is a finite form of "be", "have" or a modal.
    pub fn is_aux_like(&self, i: usize) -> bool {
        self.is_in(i, words::W_AUX_LIKE)
    }

    /// Whether token `i` is a function word.
    pub fn is_stop(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.class & STOP_BIT != 0)
    }

    /// Whether token `i` is a determiner that may open a speaker phrase.
    pub fn is_det(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.class & DET_BIT != 0)
    }

    /// Whether token `i` is a personal pronoun.
    pub fn is_pronoun(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.class & PRONOUN_BIT != 0)
    }

    /// Whether token `i` is a quotation mark: its [`QUOTE_BIT`], set as
    /// the sentence is tokenized ([`punct_is_quote`]).
    ///
    /// The rules and the speaker search ask this of about 200,000 tokens
    /// a pass over train, some 48,000 of them punctuation; the bit spares
    /// comparing those tokens' bytes with the marks at every question.
    #[inline]
    pub fn is_quote_mark(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.kind == TokKind::Punct && t.class & QUOTE_BIT != 0)
    }

    /// Whether token `i` is a word in one of the [`WordSet`]s whose bits
    /// are `mask` (see [`WordSet::bit`]): one test for several sets.
    #[inline]
    pub fn in_sets(&self, i: usize, mask: u128) -> bool {
        // Only words have set bits.
        self.toks.get(i).is_some_and(|t| t.sets() & mask != 0)
    }

    /// The first token of `a..b` that is punctuation or a word in one of
    /// the [`WordSet`]s whose bits are `mask`, or `b` if none is: what
    /// `(a..b).find(|&k| s.is_punct(k) || s.in_sets(k, mask))` finds, over
    /// the tokens in one slice (a content end skips most of a sentence's
    /// tail this way).
    #[inline]
    pub fn next_punct_or_in(&self, a: usize, b: usize, mask: u128) -> usize {
        match self.toks.get(a..b) {
            Some(toks) => toks
                .iter()
                .position(|t| t.kind == TokKind::Punct || t.sets() & mask != 0)
                .map_or(b, |p| a + p),
            None => (a..b)
                .find(|&k| self.is_punct(k) || self.in_sets(k, mask))
                .unwrap_or(b),
        }
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

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    #[cfg(target_arch = "x86_64")]
    #[test]
    fn cached_feature_choice_agrees_with_detection() {
        let yes = std::arch::is_x86_feature_detected!("avx2")
            && std::arch::is_x86_feature_detected!("bmi1")
            && std::arch::is_x86_feature_detected!("bmi2");
        // The first call may detect, the next ones read the kept answer.
        for _ in 0..3 {
            assert_eq!(has_avx2_bmi(), yes);
            assert_eq!(
                AVX2_BMI.load(std::sync::atomic::Ordering::Relaxed),
                1 + u8::from(yes)
            );
        }
        assert_eq!(detect_avx2_bmi(), yes);
    }

    #[test]
    fn packed_loads_agree_with_pack() {
        let t = "Officials LATER said the U.S.-led élan x 0123456789abcdefXYZ it’s [Zz@`{";
        let b = t.as_bytes();
        for a in 0..b.len() {
            for len in 1..=16 {
                let Some(w) = b.get(a..a + len) else { break };
                if w.iter().all(u8::is_ascii_alphanumeric) {
                    assert_eq!(pack_alnum_at(b, a, len), pack_at(b, a, len));
                }
                if let Some(k) = pack_at(b, a, len) {
                    assert!(w.is_ascii());
                    assert_eq!(k, pack(w), "{:?}", &t[a..a + len]);
                } else {
                    assert!(
                        !w.is_ascii() || a + len.max(8) > b.len() || len > 8 && a + 16 > b.len()
                    );
                }
            }
        }
    }

    #[test]
    fn cues_from_tokens_agree_with_the_text_scan() {
        let lx = Lexicon::default_data().unwrap();
        let texts = [
            "Lavrov Said that he had pointed out the risk, according to aides: “no”.",
            "The U.S.-led talks, she said/told CNN, were co-2 e-mail re-said 3pm. Smith's aide said.",
            "“We won,” said Lee. He insisted on Monday that it held; they insisted on it.",
            "élan said; Garci\u{301}a said — X’s staff said ‘no’ and Jones’ aide told reporters.",
            "Officials pointed\nout that extraordinarily-long-hyphenated words said-so well-known said",
            "internationalizationsaid said- -said SAID Said.Then he said A.B.C. said it's don't said",
            "In her words, “no,” she said; keywords,swords, Words, words ,words,, 9words,1,000 said",
            "words, he said in other words,",
            "Trump's aide and Trump’s and Sanders' campaign said, as the Jones's did; it’s X’s.",
            // Words with digits, and words with no cue form before a hyphen
            // or a cue word (the spans cut them anywhere).
            "The 2said e-mail x-said 1e-said, 's-based said9 told-123 a said3b e said it told.",
        ];
        for t in texts {
            let mut want = Vec::new();
            lx.find_cues(t, 0, t.len(), &mut want);
            assert!(!want.is_empty());
            // Spans cut anywhere (mid-word too), covering the text.
            for step in [1, 2, 3, 5, 7, 11, 16, 40, t.len()] {
                let mut got = Vec::new();
                let (mut at, mut a) = (0, 0);
                while a < t.len() {
                    let mut b = (a + step).min(t.len());
                    while !t.is_char_boundary(b) {
                        b += 1;
                    }
                    let n = got.len();
                    let s =
                        Sent::with_cues(t, (a, b), SentBuffers::default(), &lx, &mut at, &mut got);
                    // Each cue carries its first token.
                    for c in &mut got[n..] {
                        assert_eq!(c.tok as usize, s.tok_at(c.start), "{t:?} {c:?}");
                        c.tok = CueMatch::NO_TOK;
                    }
                    assert_eq!(s.len(), Sent::new(t, (a, b)).len());
                    // The tokens of the tokenizer, each word with its class
                    // (each quote mark with its bit).
                    let mut toks = Vec::new();
                    crate::text::segment::tokenize(t, (a, b), &mut toks);
                    assert_eq!(s.toks.len(), toks.len());
                    for (k, (x, y)) in s.toks.iter().zip(&toks).enumerate() {
                        assert_eq!(
                            Token {
                                class: 0,
                                sets: [0; 2],
                                ..*x
                            },
                            *y
                        );
                        let want = match x.kind {
                            TokKind::Word => classes_of(lx.word_table(), s.w(k)),
                            TokKind::Punct if punct_is_quote(t, x) => (QUOTE_BIT, 0),
                            _ => (0, 0),
                        };
                        assert_eq!((x.class, x.sets()), want, "{:?}", s.w(k));
                    }
                    assert_eq!(s.has_colon(), t[a..b].contains(':'));
                    assert_eq!(s.has_words_comma(), t[a..b].contains("words,"));
                    a = b;
                }
                assert_eq!(got, want, "{t:?} cut every {step}");
            }
        }
    }

    /// A user's lexicon past the bounds of a packed cue-form entry
    /// (`CUE_PACKED`): 66,000 lemmas of one one-word form each, so lists
    /// past 2^16 - 2 and lemmas past 2^12 (a one-word form past 15 bits),
    /// most in the long table (the short one takes `SHORT_MAX` words),
    /// and a few lists with forms of several words. The entries fit just
    /// for the lists of one-word forms only within both bounds, and the
    /// word loop's cues (packed entries, and the list's masks read for the
    /// others) are the text scan's.
    #[test]
    fn cues_past_the_packed_bounds_agree_with_the_text_scan() {
        let word = zq_word;
        let mut csv = String::from("lemma,class,forms,frames\n");
        let n = 66_000;
        for k in 0..n {
            let w = word(k);
            // (A few lists with a form of several words too, and a few
            // with such forms only, `CUE_MULTI` in the short table.)
            match k % 9_999 {
                0 => csv.push_str(&format!("{w},say,{w}|{w} up,quote\n")),
                100 => csv.push_str(&format!("{w},say,{w} up|{w} out,quote\n")),
                _ => csv.push_str(&format!("{w},say,{w},quote\n")),
            }
        }
        csv.push_str("zz,say,zz|zz up,quote\n");
        let lx = Lexicon::parse("v.csv", &csv, "n.csv", "noun,forms,type\n").unwrap();
        let lk = lx.word_table();
        let (mut packed, mut past, mut marked_n) = (0, 0, 0);
        for k in 0..n {
            let l = lk.first_word(pack(word(k).as_bytes())).unwrap();
            assert_eq!(l as usize, k);
            let (cls, _, entry) = lk.bits_cue(pack(word(k).as_bytes()));
            // (Marked just where the slot holds the mask folded, in the
            // short table: the long table's word takes every cue step.)
            let multi = k % 9_999 == 100;
            let folded = cls >> 8 != CUE_FULL;
            let marked = entry & (CUE_PACKED | CUE_MULTI) == CUE_MULTI;
            assert_eq!(marked, multi && folded, "{k}");
            marked_n += usize::from(marked);
            if folded {
                assert_eq!(entry, lk.list_entry(l));
            }
            // Lemma `k`'s one-word form packs to `k << 3` (the base form).
            let fits = !matches!(k % 9_999, 0 | 100) && k < 1 << 12 && k + 1 < (1 << 16) - 1;
            assert_eq!(entry & CUE_PACKED != 0, fits, "{k}");
            if fits {
                packed += 1;
                assert_eq!(lk.cue_head(entry), lk.cue_head(l + 1));
            } else {
                past += 1;
                assert_eq!(list_index(entry), l);
                assert_eq!(entry & !CUE_MULTI, l + 1);
            }
        }
        assert!(packed == (1 << 12) - 2 && past > 60_000, "{packed} {past}");
        // Lemma 100's list (in the short table) is marked; 10,099's and
        // later ones are in the long table, which marks none.
        assert_eq!(marked_n, 1);
        let mut t = String::new();
        for k in [
            0, 1, 100, 4_095, 4_096, 5_000, 9_999, 10_099, 15_000, 20_000, 65_533, 65_534, 65_535,
            65_999,
        ] {
            let w = word(k);
            t.push_str(&format!(
                "He {w} it. \u{201c}No,\u{201d} {w} Lee. Zz {w} up, {w}-x {w}s zz up zz {w} out {w} o \
                 {w} in {w} u."
            ));
        }
        let mut want = Vec::new();
        lx.find_cues(&t, 0, t.len(), &mut want);
        assert!(want.len() > 40, "{}", want.len());
        assert_eq!(word_loop_cues(&lx, &t), want);
    }

    /// The word loop's cues over all of `t` as one sentence, without
    /// their tokens (to compare with the text scan's).
    fn word_loop_cues(lx: &Lexicon, t: &str) -> Vec<CueMatch> {
        let (mut at, mut got) = (0, Vec::new());
        Sent::with_cues(
            t,
            (0, t.len()),
            SentBuffers::default(),
            lx,
            &mut at,
            &mut got,
        );
        for c in &mut got {
            c.tok = CueMatch::NO_TOK;
        }
        got
    }

    /// Word `n` of the packed-bound tests: "zq" and four letters.
    fn zq_word(n: usize) -> String {
        let mut w = b"zq".to_vec();
        w.extend((0..4).map(|k| b'a' + (n / 26usize.pow(k) % 26) as u8));
        String::from_utf8(w).unwrap()
    }

    /// The list bound of a packed cue-form entry on its own: one lemma
    /// (index 0, within the lemma bound) of 66,000 one-word forms, one
    /// list each, so the lists from 2^16 - 2 on stay unpacked by their
    /// index alone, and the word loop's cues on both sides of the bound
    /// are the text scan's.
    #[test]
    fn lists_past_the_packed_list_bound_are_not_packed() {
        let n = 66_000;
        let forms: Vec<String> = (0..n).map(zq_word).collect();
        let csv = format!(
            "lemma,class,forms,frames\nzqsay,say,{},quote\n",
            forms.join("|")
        );
        let lx = Lexicon::parse("v.csv", &csv, "n.csv", "noun,forms,type\n").unwrap();
        let lk = lx.word_table();
        let bound = (1 << 16) - 2;
        for (k, w) in forms.iter().enumerate() {
            let l = lk.first_word(pack(w.as_bytes())).unwrap();
            let entry = lk.bits_cue(pack(w.as_bytes())).2;
            assert_eq!(entry, lk.list_entry(l));
            assert_eq!(entry & CUE_PACKED != 0, (l as usize) < bound, "{k} {l}");
            if entry & CUE_PACKED == 0 {
                assert_eq!(entry, l + 1);
            }
        }
        let mut t = String::new();
        for w in [0, 1, bound - 1, bound, bound + 1, n - 1].map(|k| &forms[k]) {
            t.push_str(&format!("He {w} it. \u{201c}No,\u{201d} {w} Lee. "));
        }
        let mut want = Vec::new();
        lx.find_cues(&t, 0, t.len(), &mut want);
        assert!(want.len() >= 12, "{}", want.len());
        assert_eq!(word_loop_cues(&lx, &t), want);
    }

    #[test]
    fn plain_marks_are_quotes_as_by_their_bytes() {
        // Every plain mark: each ASCII byte and each three-byte sequence
        // from 0xE2 that `plain_punct_len` takes, before any byte.
        let mut seen = 0;
        for a in [0xE2u8].into_iter().chain(0..0x80) {
            for b in 0..=255u8 {
                for c in 0..=255u8 {
                    let t = [a, b, c, b' '];
                    let n = crate::text::segment::plain_punct_len(&t, 0);
                    if n == 0 || (n == 1 && (b, c) != (0, 0)) {
                        continue;
                    }
                    seen += 1;
                    assert_eq!(
                        plain_mark_is_quote(t[n - 1]),
                        quote_mark_bytes(&t[..n]),
                        "{:?}",
                        &t[..n]
                    );
                }
            }
        }
        assert!(seen >= 30, "{seen}");
    }

    #[test]
    fn long_spans_tokenize_across_stretches() {
        // Spans of several stretches, with a token at every byte (marks),
        // words across the stretches' edges, and buffers reused from a
        // shorter or longer sentence before.
        let lx = Lexicon::default_data().unwrap();
        let units = [
            ",", "a ", "ab", "said, ", "“x” ", "e-mail ", "U.S. ", "it’s ", "é",
        ];
        let mut bufs = SentBuffers::default();
        for (k, u) in units.iter().enumerate() {
            for n in [1, STRETCH / 3, STRETCH - 1, STRETCH, 3 * STRETCH + 7] {
                let t = format!("{}{}", u.repeat(n), units[(k + 1) % units.len()].repeat(n));
                for span in [(0, t.len()), (1, t.len()), (0, t.len() / 2)] {
                    if !t.is_char_boundary(span.0) || !t.is_char_boundary(span.1) {
                        continue;
                    }
                    let (mut at, mut got) = (span.0, Vec::new());
                    let s = Sent::with_cues(&t, span, bufs, &lx, &mut at, &mut got);
                    // Each cue carries its first token.
                    for c in &mut got {
                        assert_eq!(c.tok as usize, s.tok_at(c.start), "{u:?} {span:?} {c:?}");
                        c.tok = CueMatch::NO_TOK;
                    }
                    let mut toks = Vec::new();
                    crate::text::segment::tokenize(&t, span, &mut toks);
                    assert_eq!(s.toks.len(), toks.len(), "{u:?} {n} {span:?}");
                    for (x, y) in s.toks.iter().zip(&toks) {
                        let x = Token {
                            class: 0,
                            sets: [0; 2],
                            ..*x
                        };
                        assert_eq!(x, *y);
                    }
                    // (The scan of a span cut before the text's end may
                    // run on past it, as for the sentences of a text.)
                    if span.1 == t.len() {
                        let mut want = Vec::new();
                        lx.find_cues(&t, span.0, span.1, &mut want);
                        assert_eq!(got, want);
                    }
                    bufs = s.into_buffers();
                }
            }
        }
    }

    /// Every word of the forms and nouns of the default lexicon (and some
    /// others: long, non-ASCII, joined, at the text end), in three cases.
    pub(crate) fn lexicon_words() -> String {
        let mut words: Vec<String> = Vec::new();
        for csv in [
            crate::lexicon::DEFAULT_VERBS,
            crate::lexicon::DEFAULT_SPEAKER_NOUNS,
        ] {
            for line in csv.lines().skip(1) {
                for f in line.split(',').nth(1).unwrap_or("").split('|') {
                    for w in f.split(' ') {
                        words.push(w.to_string());
                        words.push(w.to_uppercase());
                        let mut c = w.chars();
                        if let Some(a) = c.next() {
                            words.push(a.to_uppercase().chain(c).collect());
                        }
                    }
                }
            }
        }
        let mut t = words.join(" ");
        t.push_str(
            " the Said U.S. it’s don't said-so spokesperson’s internationalizationsaid \
             déclaré 2016 Officials officials SPOKESMAN spokeswomen said six Sixty-six TWENTY \
             twenty-one one-fifth hundreds Hundred on ten tens sixtyfour nine 42 7th \
             3-year-old 12345678901234567890 1’s 0 9",
        );
        t
    }

    #[test]
    fn cue_words_and_speaker_nouns_of_tokens_agree_with_the_lexicon() {
        let lx = Lexicon::default_data().unwrap();
        let t = lexicon_words();
        let (mut at, mut cues) = (0, Vec::new());
        let s = Sent::with_cues(
            &t,
            (0, t.len()),
            SentBuffers::default(),
            &lx,
            &mut at,
            &mut cues,
        );
        let (mut hits, mut nouns, mut numbers, mut digits) = (0, 0, 0, 0);
        for i in 0..s.len() {
            let w = s.w(i);
            assert_eq!(s.cue_word(&lx, i), lx.cue_word(w), "{w:?}");
            assert_eq!(s.speaker_noun(&lx, i), lx.speaker_noun(w), "{w:?}");
            let number = super::super::speaker::is_number_word(w);
            assert_eq!(s.is_number_word(i), number, "{w:?}");
            let digit = s.is_word(i) && w.as_bytes()[0].is_ascii_digit();
            assert_eq!(s.is_numeric(i), s.is_word(i) && number || digit, "{w:?}");
            numbers += usize::from(number);
            digits += usize::from(digit);
            hits += usize::from(lx.cue_word(w).is_some());
            nouns += usize::from(lx.speaker_noun(w).is_some());
        }
        assert!(
            hits > 1000 && nouns > 1000 && numbers >= 7 && digits >= 7,
            "{hits} {nouns} {numbers} {digits}"
        );
        // Without the lexicon's table, every word is looked up.
        let plain = Sent::new(&t, (0, t.len()));
        for i in (0..plain.len()).step_by(7) {
            assert_eq!(plain.cue_word(&lx, i), lx.cue_word(plain.w(i)));
            assert_eq!(plain.speaker_noun(&lx, i), lx.speaker_noun(plain.w(i)));
            let number = super::super::speaker::is_number_word(plain.w(i));
            assert_eq!(plain.is_number_word(i), number);
            let digit = plain.is_word(i) && plain.bytes(i)[0].is_ascii_digit();
            assert_eq!(plain.is_numeric(i), plain.is_word(i) && number || digit);
        }
    }

    #[test]
    fn list_test_agrees_with_the_plain_loop() {
        // Every word set's words as a plain list, against every word of
        // the sets and the lexicon in three cases, and odd tokens.
        let mut t = lexicon_words();
        for set in &WORD_SETS {
            for w in set.words {
                let half: String = w.chars().take(w.chars().count() / 2).collect();
                t += &format!(" {w} {} {half}", w.to_uppercase());
            }
        }
        t += " 1 a-b x. @ ` _ {|} \u{e9}t\u{e9} aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
        let s = Sent::new(&t, (0, t.len()));
        let mut hits = 0;
        for set in &WORD_SETS {
            let list: &[&str] = set.words;
            for i in 0..s.len() {
                let w = s.w(i).as_bytes();
                let plain = list
                    .iter()
                    .any(|x| x.len() == w.len() && x.as_bytes().eq_ignore_ascii_case(w));
                assert_eq!(list.has(&s, i), plain, "{:?}", s.w(i));
                hits += usize::from(plain);
            }
        }
        assert!(hits > 1000, "{hits}");
        let long: &[&str] = &["", "@x", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"];
        let found: Vec<&str> = (0..s.len())
            .filter(|&i| long.has(&s, i))
            .map(|i| s.w(i))
            .collect();
        assert_eq!(found, ["aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"]);
    }

    #[test]
    fn quote_bits_agree_with_the_marks_bytes() {
        // Every string of up to three bytes, and of six bytes made of a
        // three-byte mark after any first byte and two more bytes.
        let mut threes = Vec::new();
        for n in 0..1u32 << 24 {
            let b = n.to_le_bytes();
            for len in 1..=3 {
                if (len < 3 && b[len..3].iter().any(|&x| x != 0)) || !quote_mark_bytes(&b[..len]) {
                    continue;
                }
                assert!(quote_lead(b[0]), "{:?}", &b[..len]);
                if len == 3 {
                    threes.push([b[0], b[1], b[2]]);
                }
            }
        }
        assert_eq!(threes.len(), 5);
        for m in &threes {
            for m2 in &threes {
                for c in 0..=255u8 {
                    let b = [c, m[1], m[2], m2[0], m2[1], m2[2]];
                    assert!(!quote_mark_bytes(&b) || quote_lead(c), "{b:?}");
                }
            }
        }
        let t = "\u{201C}Yes,\u{201D} he said. ``No'' &quot;x&quot; \"a\" 'b' & ; \u{AB}c\u{BB}";
        let s = Sent::new(t, (0, t.len()));
        let marks: Vec<&str> = (0..s.len())
            .filter(|&i| s.is_quote_mark(i))
            .map(|i| s.w(i))
            .collect();
        assert_eq!(
            marks,
            [
                "\u{201C}", "\u{201D}", "``", "''", "&quot;", "&quot;", "\"", "\"", "'", "'",
                "\u{AB}", "\u{BB}"
            ]
        );
    }

    #[test]
    fn curly_words_lowercase_on_the_stack_as_by_to_lowercase() {
        for w in [
            "It’s",
            "DON’T",
            "’",
            "a’b’c",
            "é’s",
            "’tis",
            "x’",
            "Ǆ’s",
            &"a’".repeat(11),
        ] {
            let mut buf = [0u8; 32];
            let want = w.to_lowercase().replace('’', "'");
            match curly_to_straight(w.as_bytes(), &mut buf) {
                Some(l) => assert_eq!(l, want.as_bytes()),
                None => assert!(!w.replace('’', "").is_ascii() || want.len() > 32, "{w}"),
            }
        }
    }

    #[test]
    fn a_then_or_ex_title_is_capitalized() {
        // "then-Senator", "ex-Gov." take the capital's class as "al-Assad"
        // does; not "then-senator", "exile", "thence" nor "ex-wife".
        for (w, cap) in [
            ("then-Senator", true),
            ("ex-Gov.", true),
            ("al-Assad", true),
            ("then-senator", false),
            ("ex-wife", false),
            ("exile", false),
            ("thence", false),
            ("then-", false),
        ] {
            let b = w.as_bytes();
            assert_eq!(article_name_bits(b, 0, b.len()) == CAP_BIT, cap, "{w}");
        }
    }

    #[test]
    fn first_byte_bits_of_letters_and_digits_by_bits_5_and_6() {
        let alnum = (0..=255u8).filter(u8::is_ascii_alphanumeric);
        assert_eq!(alnum.clone().count(), 62);
        for b in alnum {
            assert_eq!(first_byte_bits_alnum(b), first_byte_bits(b), "{b}");
        }
        for b in 0..=255u8 {
            let want = if b.is_ascii_uppercase() {
                CAP_BIT
            } else if b.is_ascii_digit() {
                NUMBER_BIT
            } else {
                0
            };
            assert_eq!(first_byte_bits(b), want, "{b}");
        }
        assert_eq!(first_byte_bits(b'7'), NUMBER_BIT);
        assert_eq!(first_byte_bits(b'Q'), CAP_BIT);
        assert_eq!(first_byte_bits(b'q'), 0);
        assert_eq!(first_byte_bits(b'-'), 0);
        assert_eq!(first_byte_bits(0xE2), 0);
    }

    #[test]
    fn slot_indices_stay_in_the_table() {
        // What the unchecked probe of `Lookup::long_slot` relies on, and
        // the short table's layout.
        let lx = Lexicon::default_data().unwrap();
        for lk in [lookup(), lx.word_table()] {
            let m = lk.slots.len();
            assert!(m.is_power_of_two() && m >= LONG_SLOTS);
            assert_eq!(lk.long_shift, 64 - m.trailing_zeros());
            for k in [1u128, u128::MAX, pack(b"said"), 0x8000_0000_0000_0000] {
                assert!(((mix(k) >> lk.long_shift) as usize) < m);
            }
            // The default lexicon's words fit the short table.
            assert!(!lk.short_overflow);
            // A short slot is 32 bytes on a 32-byte boundary: one cache
            // line; the filter has a bit a slot.
            assert_eq!(std::mem::size_of::<ShortSlot>(), 32);
            assert_eq!(lk.short.as_ptr() as usize % 32, 0);
            assert_eq!(lk.filter.len() * 64, lk.short.len());
        }
    }

    /// The bits of every word of the map (and of each word with a byte
    /// changed, cut or run on, and of random words), from the two packed
    /// tables, against the map: both tables give what the map holds, and
    /// nothing for a word it does not hold (the lexicon's first words are
    /// checked in `lexicon::tests::word_table_holds_the_letter_first_words`).
    #[test]
    fn packed_tables_agree_with_the_map() {
        let lx = Lexicon::default_data().unwrap();
        let mut rng = 0x2545_f491_4f6c_dd1du64;
        for lk in [lookup(), lx.word_table()] {
            let mut words: Vec<Vec<u8>> = Vec::new();
            for w in lk.map.keys() {
                words.push(w.to_vec());
                words.push(w.to_ascii_uppercase());
                for k in 0..w.len() {
                    for b in [b'a', b'z', b'e', b'0', b'\'', b'-'] {
                        let mut v = w.to_vec();
                        v[k] = b;
                        words.push(v);
                    }
                    words.push(w[..k].to_vec());
                }
                words.push([&w[..], b"s"].concat());
                words.push([&w[..], b"ed"].concat());
            }
            for _ in 0..20_000 {
                let len = 1 + crate::next_random(&mut rng) as usize % 16;
                let w: Vec<u8> = (0..len)
                    .map(|_| {
                        b"abcdefghijklmnopqrstuvwxyz0123456789"
                            [crate::next_random(&mut rng) as usize % 36]
                    })
                    .collect();
                words.push(w);
            }
            let mut short = 0;
            for w in &words {
                if w.is_empty() || w.len() > 16 || !w.is_ascii() {
                    continue;
                }
                let want = lk
                    .map
                    .get(&*w.to_ascii_lowercase())
                    .copied()
                    .unwrap_or((0, 0));
                let k = pack(w);
                let (c, s, l) = lk.bits(k);
                // The class and set bits of the lists and sets (the
                // lexicon's table adds cue and noun bits to the class).
                assert_eq!(s, want.1, "{:?}", String::from_utf8_lossy(w));
                assert_eq!(c & want.0, want.0, "{:?}", String::from_utf8_lossy(w));
                if want == (0, 0) && l == 0 {
                    assert_eq!(c & !(CUE_BIT | 3 << NOUN_SHIFT), 0);
                }
                if w.len() <= 8 {
                    assert_eq!(lk.short_bits(k as u64), (c, s, l));
                    short += 1;
                } else {
                    assert!(k >> 64 != 0);
                }
            }
            assert!(short > 10_000, "{short}");
        }
    }

    /// `slot_if_hit` keeps the slot for the two differences of a hit (0
    /// and `NO_SPILL`) and gives the empty slot for every other one the
    /// probe hands it (not above 0 as signed).
    #[test]
    fn slot_if_hit_keeps_the_slot_only_for_a_hit() {
        let e = ShortSlot {
            tag: 7,
            sets: [1, 2],
            list: 3,
            cls: 4,
        };
        for d in [0, NO_SPILL] {
            assert!(std::ptr::eq(slot_if_hit(d, &e), &e), "{d:#x}");
        }
        for d in [
            NO_SPILL | 1,
            NO_SPILL | 1 << 62,
            u64::MAX,
            NO_SPILL | 0x8000,
        ] {
            assert!(std::ptr::eq(slot_if_hit(d, &e), &EMPTY_SHORT), "{d:#x}");
        }
    }

    /// The short table's probe with no branch on a hit (`short_bits`)
    /// against the plain probe from the word's home slot (`short_slot_on`)
    /// over the words of the tables, each with a byte changed, and random
    /// words, with the default tables and one past [`SHORT_MAX`]: the same
    /// bits for every word, and words put past their home slots (the
    /// spill path) and words whose home slot spills but holds them are
    /// among those tried.
    #[test]
    fn short_probe_agrees_with_the_plain_probe() {
        let lx = Lexicon::default_data().unwrap();
        let mut rng = 0x51_7cc1_b727_220au64;
        let mut many = std::collections::BTreeSet::new();
        while many.len() < SHORT_MAX + 500 {
            let len = 1 + crate::next_random(&mut rng) as usize % 8;
            let w: Vec<u8> = (0..len)
                .map(|_| b'a' + (crate::next_random(&mut rng) % 26) as u8)
                .collect();
            many.insert(w);
        }
        let big = Lookup::new(
            many.iter().enumerate().map(|(l, w)| (&w[..], l as u32)),
            std::iter::empty(),
            std::iter::empty(),
        );
        for lk in [lookup(), lx.word_table(), &big] {
            let mut keys: Vec<u64> = Vec::new();
            for w in lk
                .map
                .keys()
                .map(|w| w.to_vec())
                .chain(many.iter().cloned())
            {
                if w.is_empty() || w.len() > 8 || !w.is_ascii() {
                    continue;
                }
                keys.push(pack(&w) as u64);
                for k in 0..w.len() {
                    let mut v = w.clone();
                    v[k] = b"aeiouxz09"[crate::next_random(&mut rng) as usize % 9];
                    keys.push(pack(&v) as u64);
                }
            }
            for _ in 0..20_000 {
                keys.push(crate::next_random(&mut rng) & 0x7f7f_7f7f_7f7f_7f7f | 1);
            }
            let (mut displaced, mut spilled_home) = (0, 0);
            for &k in &keys {
                let home = (mix(u128::from(k)) >> (64 - SHORT_BITS)) as usize;
                let want = lk.short_slot_on(k, home).bits_cue();
                assert_eq!(lk.short_bits_cue(k), want, "{k:#x}");
                if lk.short[home].tag & NO_SPILL == 0 {
                    if lk.short[home].key() == k {
                        spilled_home += 1;
                    } else if want != (0, 0, 0) {
                        displaced += 1;
                    }
                }
            }
            assert!(
                displaced > 0 && spilled_home > 0,
                "{displaced} {spilled_home}"
            );
        }
    }

    /// The word loop's cue-step test from the slot's folded mask
    /// (`cue_step_skips`) against `Lookup::skips_cue_step` (the list's
    /// whole mask in `cue_exits`): every word of the default lexicon's
    /// short table with a list holds its list's mask folded, and before
    /// every byte, after a space or not, skips just where the whole mask
    /// skips (the default lexicon has no second word starting with a
    /// letter past "w"); random masks (with letters past "w") skip before
    /// every byte just where the whole mask skips (no letter, or a letter
    /// not in it, "x", "y" and "z" taking the step when any is in it),
    /// with no space after the word, and at the text's end; and a table
    /// whose masks were never set takes every cue step. Fails with the
    /// fold's bits out of place, the letters past "w" dropped, or a byte
    /// that is no letter read as one. A slot's entry is marked
    /// `CUE_MULTI` just for a list of forms of several words only whose
    /// folded mask is its mask, so that the word loop's test is the
    /// list's whole test.
    #[test]
    fn folded_cue_masks_skip_as_the_lists_masks() {
        let lx = Lexicon::default_data().unwrap();
        let lk = lx.word_table();
        let (mut lists, mut skips, mut marked) = (0, 0, 0);
        for e in lk.short.iter().filter(|e| e.list != 0) {
            lists += 1;
            let (_, Some([m, single])) = lk.cue_head(e.list) else {
                panic!("no mask for {:#x}", e.list)
            };
            let cue = e.cls >> 8;
            assert_eq!(cue, fold_cue_mask(m));
            let multi = e.list & (CUE_PACKED | CUE_MULTI) == CUE_MULTI;
            assert_eq!(
                multi,
                single == CUE_NO_SINGLE && m & !((1 << 23) - 1) == 0,
                "{:#x}",
                e.list
            );
            if multi {
                assert_eq!(cue, m, "{:#x}", e.list);
                marked += 1;
            }
            for b in 0..=255u8 {
                for space in [false, true] {
                    let mut text = b"word".to_vec();
                    if space {
                        text.push(b' ');
                    }
                    text.extend([b, b'a', b' ']);
                    let (end, next) = (4, 4 + usize::from(space));
                    let new = cue_step_skips(cue, &text, end, next);
                    let old = lk.skips_cue_step(e.list, &text, end, next);
                    assert_eq!(new, old, "{:#x} {b} {space}", e.list);
                    assert_eq!(cue_step_takes(cue, &text, end, next), !new);
                    skips += usize::from(new && space);
                }
            }
        }
        assert!(
            lists > 1000 && skips > 1000 && marked > 100,
            "{lists} {skips} {marked}"
        );
        let mut rng = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..2000 {
            let m = crate::next_random(&mut rng) as u32 & ((1 << 26) - 1);
            let cue = fold_cue_mask(m);
            for b in 0..=255u8 {
                let text = [b'w', b' ', b, b' '];
                let skips = cue_step_skips(cue, &text, 1, 2);
                let c = b.to_ascii_lowercase();
                let want = if !c.is_ascii_lowercase() {
                    true
                } else if c > b'w' {
                    m >> 23 == 0
                } else {
                    m & (1 << (c - b'a')) == 0
                };
                assert_eq!(skips, want && m != 0, "{m:#x} {b}");
                // The word loop's one test, as the reference says (0 for
                // a word with no list: no step).
                assert_eq!(cue_step_takes(cue, &text, 1, 2), !skips, "{m:#x} {b}");
                assert!(!cue_step_takes(0, &text, 1, 2));
                // No space after the word: no second word follows.
                assert_eq!(cue_step_skips(cue, &text, 1, 1), m != 0, "{m:#x}");
                assert_eq!(cue_step_takes(cue, &text, 1, 1), cue == CUE_FULL);
            }
            // A space at the text's end: nothing after it.
            assert_eq!(cue_step_skips(cue, b"w ", 1, 2), m != 0, "{m:#x}");
            assert_eq!(cue_step_takes(cue, b"w ", 1, 2), cue == CUE_FULL);
        }
        // A list that always takes its step takes it before anything.
        for text in [&b"w x"[..], b"w 1", b"w,", b"w "] {
            assert!(cue_step_takes(
                CUE_FULL,
                text,
                1,
                1 + usize::from(text[1] == b' ')
            ));
        }
        // No masks set: every word with a list takes its cue step.
        let first: [&[u8]; 4] = [b"said", b"according", b"told", b"x"];
        let bare = Lookup::new(
            first.iter().enumerate().map(|(l, &w)| (w, l as u32)),
            std::iter::empty(),
            std::iter::empty(),
        );
        for w in first {
            let (cls, _, list) = bare.bits_cue(pack(w));
            assert!(list != 0 && cls >> 8 == CUE_FULL, "{w:?}");
        }
        assert_eq!(lookup().bits_cue(pack(b"said")).0 >> 8, 0);
    }

    /// `count` distinct random lowercase words of `shortest` to
    /// `shortest + 7` bytes, in byte order (the same words for one seed).
    fn random_words(rng: &mut u64, count: usize, shortest: usize) -> Vec<Vec<u8>> {
        let mut words = std::collections::BTreeSet::new();
        while words.len() < count {
            let len = shortest + crate::next_random(rng) as usize % 8;
            let w: Vec<u8> = (0..len)
                .map(|_| b'a' + (crate::next_random(rng) % 26) as u8)
                .collect();
            words.insert(w);
        }
        words.into_iter().collect()
    }

    /// The word loop's probe of the long table (`Lookup::long_short_slot`,
    /// with no branch on the key) against the probe that walks
    /// (`Lookup::long_slot`): the same slot's bits for every word of a
    /// table of many words of nine to sixteen bytes (so that homes spill),
    /// and for each with a byte changed or cut, and random words; and
    /// every word not in its home slot has its home's `spill` set. Fails
    /// with the spill left unset (a word past its home not found) or the
    /// key's halves joined wrong.
    #[test]
    fn long_probe_agrees_with_the_walk() {
        let mut rng = 0x243f_6a88_85a3_08d3u64;
        let words = random_words(&mut rng, 3000, 9);
        let lx = Lexicon::default_data().unwrap();
        let many = Lookup::new(
            words.iter().enumerate().map(|(l, w)| (&w[..], l as u32)),
            std::iter::empty(),
            std::iter::empty(),
        );
        let mut spilled = 0;
        for lk in [lookup(), lx.word_table(), &many] {
            let m = lk.slots.len();
            for (i, e) in lk.slots.iter().enumerate().filter(|(_, e)| e.key != 0) {
                let home = (mix(e.key) >> lk.long_shift) as usize;
                if home != i {
                    assert_eq!(lk.slots[home].spill, u64::MAX, "{i}");
                    spilled += 1;
                }
                assert!(lk.slots[i].spill == 0 || lk.slots[i].spill == u64::MAX);
            }
            let walk = |k: u128| lk.long_slot(k).map_or((0, 0, 0), |e| e.short.bits_cue());
            let mut keys: Vec<u128> = lk.slots.iter().map(|e| e.key).filter(|&k| k != 0).collect();
            for k in keys.clone() {
                keys.extend([k ^ 1, k ^ 1 << 64, k >> 8, k & !(0xff << 64)]);
            }
            for _ in 0..20 * m {
                let lo = crate::next_random(&mut rng) & 0x7f7f_7f7f_7f7f_7f7f;
                keys.push(
                    u128::from(crate::next_random(&mut rng) % 0x7f7f + 1) << 64 | u128::from(lo),
                );
            }
            for k in keys.into_iter().filter(|&k| k >> 64 != 0) {
                assert_eq!(lk.long_short_slot(k).bits_cue(), walk(k), "{k:#x}");
                assert_eq!(lk.long_bits_cue(k), walk(k), "{k:#x}");
            }
        }
        assert!(spilled > 100, "{spilled}");
    }

    /// A table with more words of at most eight bytes than the short
    /// table takes ([`SHORT_MAX`]): those past it are found in the long
    /// table, every word with its entry, and no other word.
    #[test]
    fn short_words_past_the_short_table_go_to_the_long_one() {
        let mut rng = 0x9e37_79b9_7f4a_7c15u64;
        let words = random_words(&mut rng, SHORT_MAX * 2, 1);
        let lk = Lookup::new(
            words.iter().enumerate().map(|(l, w)| (&w[..], l as u32)),
            std::iter::empty(),
            std::iter::empty(),
        );
        assert!(lk.short_overflow);
        for (l, w) in words.iter().enumerate() {
            let k = pack(w);
            let want = lk.map.get(&w[..]).copied().unwrap_or((0, 0));
            assert_eq!(lk.bits(k), (want.0, want.1, l as u32 + 1), "{w:?}");
            assert_eq!(lk.short_bits(k as u64), lk.bits(k));
            assert_eq!(lk.first_word(k), Some(l as u32));
        }
        // Words not in the table (with a digit) find nothing.
        for w in &words {
            let mut v = w.clone();
            v[0] = b'0';
            let k = pack(&v);
            assert_eq!(lk.short_bits(k as u64), (0, 0, 0), "{v:?}");
        }
    }

    /// Every sentence of the real texts and of random ones, built by the
    /// word loop of each build (AVX2 when the processor has it, and the
    /// plain one), against the tokenizer and the word classes of each
    /// token, and the cues of the whole text against `find_cues`.
    #[test]
    fn word_loop_builds_agree_on_real_and_random_sentences() {
        let lx = Lexicon::default_data().unwrap();
        let mut texts = crate::attribution::rules::real_texts();
        let pieces = [
            "said ",
            "Said",
            " ",
            "  ",
            ", ",
            ". ",
            "the ",
            "in ",
            "was ",
            "told ",
            "Trump",
            "'s ",
            "’s ",
            "don't ",
            "U.S. ",
            "e-mail ",
            "“",
            "” ",
            "\"",
            "'",
            "‘",
            "’",
            "é",
            "3pm ",
            "100,000 ",
            "words, ",
            "? ",
            ": ",
            "—",
            "internationalization ",
            "according to ",
            "pointed out ",
            "said-so ",
            "A.",
            "\n",
            "\n\n",
            "Mr. ",
            "x",
            "12345678",
            "abcdefghi",
        ];
        let mut rng = 0x1234_5678_9abc_def1u64;
        for _ in 0..3000 {
            texts.push(crate::random_text(&mut rng, &pieces, 60));
        }
        let mut sentences = 0;
        for t in &texts {
            let paras = crate::text::segment::paragraphs(t);
            let quotes = crate::quotes::document_quotes(t, &paras);
            #[cfg(target_arch = "x86_64")]
            let avx2 = std::arch::is_x86_feature_detected!("avx2")
                && std::arch::is_x86_feature_detected!("bmi1")
                && std::arch::is_x86_feature_detected!("bmi2");
            #[cfg(not(target_arch = "x86_64"))]
            let avx2 = false;
            let (mut at, mut cues) = (0, Vec::new());
            let (mut at_plain, mut cues_plain) = (0, Vec::new());
            for &p in &paras {
                for span in crate::text::segment::sentences(t, p, &quotes) {
                    sentences += 1;
                    let bufs = SentBuffers::default();
                    let plain =
                        Sent::with_cues_plain(t, span, bufs, &lx, &mut at_plain, &mut cues_plain);
                    let s = if avx2 {
                        #[cfg(target_arch = "x86_64")]
                        // SAFETY: the processor has AVX2, BMI1 and BMI2.
                        unsafe {
                            Sent::with_cues_avx2(
                                t,
                                span,
                                SentBuffers::default(),
                                &lx,
                                &mut at,
                                &mut cues,
                            )
                        }
                        #[cfg(not(target_arch = "x86_64"))]
                        unreachable!()
                    } else {
                        Sent::with_cues(t, span, SentBuffers::default(), &lx, &mut at, &mut cues)
                    };
                    assert_eq!(s.toks, plain.toks, "{:?}", &t[span.0..span.1]);
                    assert_eq!(
                        (s.colon, s.words_comma, at),
                        (plain.colon, plain.words_comma, at_plain)
                    );
                    let mut toks = Vec::new();
                    crate::text::segment::tokenize(t, span, &mut toks);
                    assert_eq!(s.toks.len(), toks.len(), "{:?}", &t[span.0..span.1]);
                    for (k, (x, y)) in s.toks.iter().zip(&toks).enumerate() {
                        let bare = Token {
                            class: 0,
                            sets: [0; 2],
                            ..*x
                        };
                        assert_eq!(bare, *y);
                        let want = match x.kind {
                            TokKind::Word => classes_of(lx.word_table(), s.w(k)),
                            TokKind::Punct if punct_is_quote(t, x) => (QUOTE_BIT, 0),
                            _ => (0, 0),
                        };
                        // An opening "Given"/"Following" may be marked a
                        // function word after the loop (`mark_opening_preposition`).
                        let opening = k < 2
                            && matches!(
                                s.bytes(k),
                                b"Given" | b"Following" | b"GIVEN" | b"FOLLOWING"
                            );
                        let stop = if opening { STOP_BIT } else { 0 };
                        assert_eq!(
                            (x.class & !stop, x.sets()),
                            (want.0 & !stop, want.1),
                            "{:?}",
                            s.w(k)
                        );
                    }
                }
            }
            assert_eq!(cues, cues_plain);
            let mut want = Vec::new();
            lx.find_cues(t, 0, t.len(), &mut want);
            for c in &mut cues {
                c.tok = CueMatch::NO_TOK;
            }
            assert_eq!(cues, want, "{t:?}");
        }
        assert!(sentences > 10_000, "{sentences}");
    }

    /// The packed path of a word of ASCII and curly apostrophes
    /// (`pack_curly`, `curly_sets`) against the map's two lookups, over
    /// every word of the map and a few others with their apostrophes
    /// curly, straight or both, capitalized, cut, with a NUL
    /// or a letter past ASCII, and longer than 16 bytes.
    #[test]
    fn curly_words_agree_with_the_map() {
        let lx = Lexicon::default_data().unwrap();
        for lk in [lookup(), lx.word_table()] {
            let mut words: Vec<String> = Vec::new();
            let base: Vec<String> = lk
                .map
                .keys()
                .map(|w| &w[..])
                .chain([&b"said"[..], b"o'clock", b"rock'n'roll", b"it's"])
                .filter_map(|w| std::str::from_utf8(w).ok().map(str::to_string))
                .collect();
            for w in &base {
                let straight = w.replace('’', "'");
                let curly = straight.replace('\'', "’");
                let mut cap = curly.clone();
                if let Some(c) = cap.get_mut(..1) {
                    c.make_ascii_uppercase();
                }
                words.extend([
                    straight.clone(),
                    curly.clone(),
                    cap,
                    format!("{curly}’s"),
                    format!("’{curly}"),
                    format!("{curly}\0"),
                    format!("{straight}’"),
                    format!("{curly}'"),
                    format!("{curly}é"),
                    format!("{curly}’aaaaaaaaaaaaaaaa"),
                    format!("{straight}aaaaaaaaaaaaaaaa"),
                    format!("{}{straight}", "A".repeat(lk.map_longest)),
                    curly.chars().take(3).collect(),
                ]);
            }
            let mut fast = 0;
            for w in &words {
                // (The ASCII words of at most 16 bytes take the packed
                // table before either.)
                if w.is_ascii() && w.len() <= 16 {
                    continue;
                }
                assert_eq!(classes_of(lk, w), classes_of_map(lk, w), "{w:?}");
                fast += usize::from(pack_curly(w.as_bytes()).is_some());
            }
            // Some 13 words of the map are spelled with curly apostrophes.
            assert!(lk.curly_sets.len() >= 10, "{}", lk.curly_sets.len());
            assert!(fast > 1000, "{fast}");
        }
        assert_eq!(pack_curly("don’t".as_bytes()), Some(pack(b"don't")));
        assert_eq!(pack_curly("Don’t".as_bytes()), Some(pack(b"don't")));
        for w in [
            "don't",
            "don’t'",
            "don\0’t",
            "dön’t",
            "’",
            "aaaaaaaaaaaaaaaa’",
        ] {
            let want = if w == "’" { Some(pack(b"'")) } else { None };
            assert_eq!(pack_curly(w.as_bytes()), want, "{w:?}");
        }
    }

    #[test]
    fn word_sets_have_distinct_bits() {
        let mut all = 0u128;
        for set in WORD_SETS {
            assert_eq!(set.bit.count_ones(), 1);
            assert_eq!(all & set.bit, 0, "two sets share a bit: {:?}", set.words);
            all |= set.bit;
        }
    }

    #[test]
    fn punctuation_tests_compare_whole_marks() {
        let t = "Yes, he said: no -- not — ever; (really) 5% $4 , ,, –.";
        let s = Sent::new(t, (0, t.len()));
        let marks: Vec<usize> = (0..s.len()).filter(|&i| s.is_punct(i)).collect();
        assert!(marks.len() >= 10);
        for i in 0..s.len() + 2 {
            for c in [
                ",", ":", "--", "-", "—", "–", ";", "(", ")", "%", "$", ".", ",,", "", "é",
            ] {
                // The same answer as comparing the token's text.
                let want = s.is_punct(i) && s.w(i) == c;
                assert_eq!(
                    s.is_p(i, c),
                    want,
                    "token {i} {:?} against {c:?}",
                    s.toks.get(i)
                );
            }
        }
    }

    #[test]
    fn quote_marks_and_set_masks_by_bytes() {
        let t = "He said \"no\" and “yes” and ‘maybe’ „so“ «non» ''x'' ``y'' – it was Al’s.";
        let s = Sent::new(t, (0, t.len()));
        let marks = ["\"", "“", "”", "„", "«", "»", "‘", "’", "'", "''", "``"];
        for i in 0..s.len() + 2 {
            let by_str = s.is_punct(i) && marks.contains(&s.w(i));
            assert_eq!(s.is_quote_mark(i), by_str, "token {i}");
            let mask = words::W_AUX_LIKE.bit() | super::AND.bit();
            let by_sets = s.is_in(i, words::W_AUX_LIKE) || s.is_in(i, super::AND);
            assert_eq!(s.in_sets(i, mask), by_sets, "token {i}");
        }
        assert!((0..s.len()).filter(|&i| s.is_quote_mark(i)).count() >= 12);
    }

    #[test]
    fn word_sets_match_like_plain_lists() {
        let t = "Officials Later said The U.S. ’s polled Monday it’s";
        let s = Sent::new(t, (0, t.len()));
        for i in 0..s.len() {
            for set in WORD_SETS {
                assert_eq!(s.is_in(i, set), s.is_in(i, set.words), "{}", s.w(i));
            }
        }
        assert!(s.is_in(1, super::super::speaker::SKIP_BACK));
        assert!(s.is_stop(3) && s.is_det(3) && s.is_cap(3));
    }

    /// The plain-list test (inlined at every call site, so that the
    /// compiler folds the constant entries) agrees with comparing the
    /// token's text with each entry, ASCII case ignored: words, marks,
    /// multibyte words, an entry one byte longer or shorter, no entries.
    #[test]
    fn plain_lists_match_word_by_word() {
        let t = "SAID “Élan” n't said, U.S. saïd Saids sai d — 'The' said.";
        let s = Sent::new(t, (0, t.len()));
        let lists: [&[&str]; 6] = [
            &[],
            &["said"],
            &["sai", "saids", "said"],
            &["n't", "u.s.", "élan", "saïd"],
            &["—", ",", "'"],
            &["the", "", "d"],
        ];
        for list in lists {
            for i in 0..s.len() {
                let w = s.w(i);
                let want = s.is_word(i) && list.iter().any(|x| x.eq_ignore_ascii_case(w));
                assert_eq!(s.is_in(i, list), want, "{w:?} in {list:?}");
            }
        }
        assert!(s.is_in(0, &["said"]) && !s.is_in(0, &["sai"]));
    }
}
