//! The context the rules share for one sentence: word lists, adverbials,
//! content boundaries, clause starts and the kind of a content span.

use super::super::sent::words::*;
use super::super::sent::{Sent, WordSet, AND, AND_BUT, ARTICLES, DAYS, OF, THAT, TIME_UNITS, TO};
use super::super::speaker::{
    backward, forward, Np, PARENTHETICALS, POLLED, QUANTIFIERS, QUANT_OPEN,
};
use super::super::WordList;
use super::MONTHS;
use super::{detail_turn, COORD_AUX, TIME_TURN_CUES};
use crate::lexicon::{frame, Form, Lexicon};
use crate::model::Kind;
use crate::quotes::Quote;
use crate::text::segment::Span;

/// Words after a long subject's head that open its post-modifier ("the
/// group who ...", "officials at ...").
pub(crate) const SUBJECT_LINKS: WordSet = WordSet::new(
    41,
    &[
        "who", "whose", "that", "to", "of", "in", "at", "for", "from", "with", "on", "among",
        "across", "like", "around",
    ],
);

/// Words that a long subject's post-modifier cannot hold.
pub(crate) const SUBJECT_BREAKS: WordSet = WordSet::new(
    42,
    &[
        "which", "not", "never", "he", "she", "they", "we", "i", "it", "is", "are", "was", "were",
        "be", "been",
    ],
);

/// Conjunctions and adverbs that may open a sentence before a long subject.
pub(crate) const LEAD_CONJ: WordSet = WordSet::new(
    43,
    &["but", "and", "so", "yet", "still", "now", "meanwhile"],
);

/// Conjunctions that end a to-infinitive stance ("vowed to stay despite
/// the loss").
pub(crate) const STANCE_ENDS: WordSet = WordSet::new(53, &["when", "despite", "because", "since"]);

/// Words after "to" that make it no infinitive ("to the press").
pub(crate) const INF_OBJECTS: WordSet = WordSet::new(
    58,
    &[
        "the",
        "a",
        "an",
        "his",
        "her",
        "their",
        "its",
        "reporters",
        "me",
        "us",
        "him",
        "them",
    ],
);

/// "ago" ("Two weeks ago, ...").
pub(crate) const AGO: WordSet = WordSet::new(59, &["ago"]);

/// Plural (and singular) spans of time before "later/earlier" in an
/// introductory phrase ("Hours later,", "A few days earlier,").
pub(crate) const TIME_SPANS: &[&str] = &[
    "seconds", "minutes", "hours", "days", "weeks", "months", "years", "moments", "decades",
    "minute", "hour", "day", "week", "month", "year", "moment", "decade",
];

/// "this", "last", "late", "early": before a time word only.
pub(crate) const TIME_DET: WordSet = WordSet::new(35, &["this", "last", "late", "early"]);

/// Words before a cue that make it a noun ("the claims", "his plans").
pub(crate) const NOUN_MARKERS: WordSet = WordSet::new(
    19,
    &[
        "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that",
        "these", "those", "no", "any", "whose",
    ],
);

/// The most tokens a sentence can have and still count as a Title Case
/// headline.
const MAX_HEADLINE_TOKENS: usize = 40;

/// Time adverbs skipped after a cue, besides the day words of
/// [`DAYS`].
pub(crate) const TIME_ADVERBS: WordSet = WordSet::new(
    9,
    &[
        "afterward",
        "afterwards",
        "later",
        "earlier",
        "again",
        "also",
        "repeatedly",
        "recently",
        "privately",
        "publicly",
        "separately",
        "previously",
        "last",
        "this",
        "late",
        "early",
        "frequently",
        "often",
        "once",
        "twice",
    ],
);

/// Time nouns after "this", "last", "late" or "early".
pub(crate) const TIME_NOUNS: WordSet = WordSet::new(
    96,
    &[
        "week",
        "month",
        "year",
        "night",
        "morning",
        "evening",
        "afternoon",
        "weekend",
        "spring",
        "summer",
        "fall",
        "autumn",
        "winter",
        "decade",
        "quarter",
        "time",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ],
);

pub(crate) const ADV_PREPS: WordSet = WordSet::new(
    10,
    &[
        "on",
        "in",
        "at",
        "during",
        "to",
        "from",
        "after",
        "before",
        "via",
        "through",
        "with",
        "over",
        "outside",
        "inside",
        "while",
        "when",
        "last",
        "this",
        "earlier",
        "late",
        "early",
        "about",
        "of",
        "for",
        "by",
        "following",
    ],
);

pub(crate) const BE: WordSet = WordSet::new(
    11,
    &[
        "is", "was", "were", "are", "be", "been", "being", "am", "'s", "’s",
    ],
);
pub(crate) const OBJ_PRONOUNS: WordSet = WordSet::new(
    12,
    &[
        "him",
        "her",
        "them",
        "me",
        "us",
        "you",
        "it",
        "reporters",
        "journalists",
    ],
);
pub(crate) const CUTS: WordSet = WordSet::new(
    13,
    &[
        "but", "which", "while", "although", "though", "whereas", "who", "whom", "whose", "where",
    ],
);

/// Participles that open a post-modifier of a poll or document noun.
pub(crate) const DOC_PARTICIPLES: WordSet = WordSet::new(
    40,
    &[
        "conducted",
        "released",
        "taken",
        "published",
        "compiled",
        "commissioned",
        "out",
        "obtained",
        "issued",
        "done",
        "posted",
        "sent",
        "seen",
        "filed",
        "circulated",
        "leaked",
        "shared",
        "signed",
        "dated",
        "prepared",
        "presented",
        "submitted",
    ],
);

/// Cue classes of speech proper: their bare clause ("said voters were
/// angry") needs no subject check. Other classes (believe, show, write,
/// know, ...) without "that" are mostly not reports on train.
pub(super) const SPEECH_CLASSES: &[&str] = &[
    "say",
    "tell",
    "add",
    "note",
    "suggest",
    "describe",
    "ask",
    "announce",
    "insist",
    "explain",
    "deny",
    "argue",
    "demand",
    "warn",
    "reply",
    "promise",
    "admit",
    "claim",
    "confirm",
    "predict",
    "urge",
    "criticize",
    "praise",
    "accuse",
    "threaten",
    "fear",
    "hope",
];

/// Cue forms that are more often nouns ("the states", "a post").
pub(crate) const NOUNISH: WordSet = WordSet::new(
    14,
    &[
        "states",
        "posts",
        "judges",
        "presses",
        "issues",
        "debates",
        "needs",
        "figures",
        "emails",
        "reads",
        "views",
        "reports",
        "claims",
        "notes",
        "calls",
        "pushes",
        "backs",
        "questions",
        "comments",
        "answers",
        "requests",
        "orders",
        "plans",
    ],
);

/// Words that end a noun-phrase object.
pub(crate) const OBJECT_STOPS: WordSet = WordSet::new(
    15,
    &[
        "when",
        "while",
        "during",
        "despite",
        "because",
        "after",
        "before",
        "as",
        "but",
        "since",
        "until",
        "although",
        "though",
        "throughout",
    ],
);

/// Nouns of the occasions and media that words are spoken at or in: the
/// head of a phrase after a cue's object that is no part of it ("praised
/// the plan in a statement", "thanked supporters at a rally", "mocked
/// Trump on Twitter"; [`Ctx::occasion_end`]).
const OCCASION_NOUNS: WordList = WordList::new(&[
    "statement",
    "statements",
    "interview",
    "interviews",
    "letter",
    "speech",
    "speeches",
    "email",
    "post",
    "posts",
    "tweet",
    "tweets",
    "briefing",
    "conference",
    "call",
    "memo",
    "release",
    "report",
    "filing",
    "hearing",
    "broadcast",
    "podcast",
    "appearance",
    "address",
    "column",
    "blog",
    "rally",
    "rallies",
    "event",
    "debate",
    "debates",
    "forum",
    "meeting",
    "stop",
    "summit",
    "dinner",
    "fundraiser",
    "convention",
    "show",
    "program",
    "radio",
    "television",
    "tv",
    "twitter",
    "facebook",
    "instagram",
    "session",
    "luncheon",
    "ceremony",
    "hall",
    "gathering",
    "breakfast",
    "remarks",
]);

/// Words that end the search for an occasion noun after a preposition
/// ([`Ctx::occasion_end`]): the phrase has ended or turned into another.
const OCCASION_BREAKS: WordList = WordList::new(&[
    "that", "which", "who", "and", "or", "but", "to", "of", "as", "on", "in", "at", "for", "with",
    "from", "about", "by", "during",
]);

/// Determiners opening a phrase of occasion ([`Ctx::occasion_end`]): "at a
/// rally", "in his speech".
const OCCASION_DETS: WordList = WordList::new(&[
    "a", "an", "another", "this", "his", "her", "their", "its", "our", "my", "your",
]);

/// Occasion nouns that take "the" in a phrase of occasion
/// ([`Ctx::occasion_end`]): events, not things ("at the rally", "in the
/// interview").
const OCCASION_EVENTS: WordList = WordList::new(&[
    "rally",
    "rallies",
    "debate",
    "debates",
    "conference",
    "briefing",
    "interview",
    "speech",
    "convention",
    "summit",
    "forum",
]);

/// Media named with "on" and no determiner ([`Ctx::occasion_end`]): "on
/// Twitter", "on television".
const OCCASION_MEDIA: WordList = WordList::new(&[
    "twitter",
    "facebook",
    "instagram",
    "television",
    "tv",
    "radio",
]);

/// Past forms with no "-ed" that a phrase of occasion after them belongs
/// to ([`Ctx::occasion_end`]): "the remarks he made at a rally".
const OCCASION_PAST: WordList = WordList::new(&[
    "made", "gave", "given", "said", "told", "held", "spoke", "spoken", "written", "wrote",
    "shown", "seen", "heard", "sent", "put", "read", "taken", "took",
]);

/// Relative and wh-words opening an object that is a clause: a phrase of
/// occasion in it is the inner clause's ([`Ctx::occasion_end`]).
const OCCASION_WH: WordList = WordList::new(&[
    "that", "which", "who", "whom", "whose", "how", "what", "why", "whether", "if", "where", "when",
]);

/// Words after "as he/she/they" that make the "as" clause a source or a
/// comparison, not a subordinate clause of the speaker ("as he said", "as
/// she put it", "as they did").
const AS_PRONOUN_NOT: &[&str] = &[
    "said",
    "says",
    "put",
    "puts",
    "noted",
    "wrote",
    "told",
    "explained",
    "described",
    "did",
    "does",
    "do",
    "should",
    "may",
    "might",
    "must",
];

/// Words that open a reported clause without "that".
const CLAUSE_WORDS_WORDS: &[&str] = &[
    "whether", "if", "how", "why", "what", "who", "when", "where",
];

/// [`CLAUSE_WORDS_WORDS`] as a [`WordSet`] bit.
pub(crate) const CLAUSE_WORDS: WordSet = WordSet::new(104, CLAUSE_WORDS_WORDS);

/// Adverbs between "and" and a second verb ("and then went", "and even
/// assured").
const AND_ADVERBS: &[&str] = &[
    "then",
    "also",
    "later",
    "quickly",
    "even",
    "still",
    "again",
    "never",
    "repeatedly",
];

/// Irregular past forms that are not cues: after an object and "and" they
/// open a second verb phrase of the speaker ("and took the stage").
const IRREGULAR_PASTS_WORDS: &[&str] = &[
    "went", "took", "made", "gave", "got", "came", "kept", "left", "led", "met", "ran", "saw",
    "sent", "spent", "won", "held", "brought", "built", "bought", "paid", "sought", "stood",
    "struck", "began", "became", "assured", "thought", "felt", "found", "wrote", "told", "threw",
    "put", "fell", "rose", "grew", "sold", "fled", "fought",
];

/// Verbs taking a that-less clause whose subject is a relative's gap
/// ("who colleagues said \[warned\]", "who polls show \[favour\]"): for
/// [`Ctx::long_subject`], a "who" + subject + one of these before the cue
/// makes the cue the gapped clause's verb. (Not "questioned", "advises":
/// their gap is an object.)
const GAP_CLAUSE_VERBS: &[&str] = &[
    "say",
    "says",
    "said",
    "show",
    "shows",
    "showed",
    "believe",
    "believes",
    "believed",
    "think",
    "thinks",
    "thought",
    "claim",
    "claims",
    "claimed",
    "allege",
    "alleges",
    "alleged",
    "fear",
    "fears",
    "feared",
    "suspect",
    "suspects",
    "suspected",
    "expect",
    "expects",
    "expected",
    "report",
    "reports",
    "reported",
];

/// Irregular pasts that [`IRREGULAR_PASTS`] lacks, after the second
/// phrase of a coordinated clause subject ("Kim and Trump shook hands",
/// "Apple and its suppliers cut production").
const COORD_PASTS: &[&str] = &[
    "cut", "shook", "spoke", "flew", "hit", "set", "drew", "broke", "chose", "lost", "sat",
    "swore", "withdrew", "heard", "knew", "taught", "struck", "stuck", "shut", "beat",
];

/// Irregular pasts beyond [`IRREGULAR_PASTS`] and [`COORD_PASTS`] that
/// make a content a that-less clause for [`Ctx::second_ed_phrase`] ("said
/// the suspect shot the officer and wounded ...").
const THATLESS_PASTS: &[&str] = &[
    "shot",
    "slew",
    "bit",
    "tore",
    "stole",
    "overran",
    "spread",
    "hurt",
    "let",
    "cost",
    "drove",
    "hid",
    "shed",
    "meant",
    "understood",
    "shrank",
    "sank",
    "swept",
    "burst",
    "dealt",
    "fed",
    "lent",
    "lit",
    "slid",
    "spun",
    "split",
    "quit",
    "wore",
    "woke",
    "forgot",
    "forgave",
    "bore",
];

/// Words ending in "-ed" that are no past ("hundred", "sacred").
const NOT_PASTS_ED: &[&str] = &[
    "hundred",
    "sacred",
    "naked",
    "wicked",
    "kindred",
    "rugged",
    "ragged",
    "wretched",
    "crooked",
    "beloved",
    "watershed",
    "bloodshed",
    "embed",
    "shred",
    "infrared",
];

/// Cues of saying, reporting or knowing, whose object may be a clause
/// without "that" ([`Ctx::second_ed_phrase`]).
const SAY_REPORT_CUES: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "reported",
    "reports",
    "added",
    "adds",
    "wrote",
    "writes",
    "noted",
    "notes",
    "claimed",
    "claims",
    "stated",
    "states",
    "argued",
    "argues",
    "warned",
    "warns",
    "insisted",
    "insists",
    "believed",
    "believes",
    "thought",
    "thinks",
    "estimated",
    "predicted",
    "alleged",
    "alleges",
    "explained",
    "indicated",
    "suggested",
    "testified",
    "knew",
    "heard",
    "learned",
    "feared",
    "fears",
    "hoped",
    "hopes",
    "expected",
    "recalled",
    "revealed",
    "reveals",
    "found",
    "showed",
    "shows",
    "assumed",
    "figured",
    "guessed",
    "felt",
];

/// Participles of saying or reporting, whose object may be a clause
/// without "that" ([`Ctx::second_ed_phrase`]: ", saying troops hit the
/// town and seized ..."; not "calling him a liar and contrasted ...").
const SAY_PARTICIPLES: &[&str] = &[
    "saying",
    "adding",
    "noting",
    "telling",
    "writing",
    "reporting",
    "claiming",
    "arguing",
    "warning",
    "insisting",
    "explaining",
    "stating",
    "alleging",
    "suggesting",
    "confirming",
    "announcing",
    "acknowledging",
    "indicating",
    "revealing",
];

/// [`IRREGULAR_PASTS_WORDS`] as a [`WordSet`] bit.
pub(crate) const IRREGULAR_PASTS: WordSet = WordSet::new(106, IRREGULAR_PASTS_WORDS);

/// Whether token `v` is a lowercase word of a finite verb form by its
/// spelling alone: an auxiliary, an irregular past or an -ed form of
/// five bytes or more ("would", "said", "wounded"). Asked by
/// `according_inside`, `subject_verb_at` and the inverted-speaker test
/// of a prepositional cue.
#[inline]
pub(super) fn finite_form(s: &Sent, v: usize) -> bool {
    s.is_word(v)
        && !s.is_cap(v)
        && (s.is_aux_like(v)
            || s.is_in(v, IRREGULAR_PASTS)
            || s.bytes(v).len() > 4 && s.bytes(v).ends_with(b"ed"))
}

/// The finite auxiliaries of [`Sent::is_aux_like`], "did", "does", "do",
/// "be", "been" and the [`IRREGULAR_PASTS`]: the words that make a content
/// clause verbal in `clause_end`.
pub(crate) const VERBAL: WordSet = WordSet::new(
    62,
    &[
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "did",
        "does", "do", "be", "been", "went", "took", "made", "gave", "got", "came", "kept", "left",
        "led", "met", "ran", "saw", "sent", "spent", "won", "held", "brought", "built", "bought",
        "paid", "sought", "stood", "struck", "began", "became", "assured", "thought", "felt",
        "found", "wrote", "told", "threw", "put",
    ],
);

/// "as", "though": tested at every word of a content clause in
/// `clause_end` (a subordinate clause of the speaker's sentence).
pub(crate) const AS_THOUGH: WordSet = WordSet::new(63, &["as", "though"]);

/// Words after a lone dash that open an afterthought outside the content
/// (an apposition, a contrast or an adverbial clause).
const AFTERTHOUGHT: &[&str] = &[
    "but", "with", "after", "starting", "there", "a", "an", "which", "even", "as", "while",
    "although", "because",
];

/// Time words after the cue of a closing attribution ("..., officials
/// said yesterday", "..., the ministry said late Sunday";
/// `Ctx::tail_attribution`).
const TAIL_TIMES: &[&str] = &[
    "last",
    "this",
    "earlier",
    "later",
    "yesterday",
    "today",
    "tonight",
    "late",
];

/// Determiners of the occasion after the cue of a closing attribution
/// ("..., the agency said in a statement", "..., the judge wrote in his
/// ruling"; `Ctx::tail_attribution`).
const TAIL_DETS: &[&str] = &["a", "an", "his", "her", "its", "their"];

/// Subordinators opening a content clause whose first comma ends the
/// subordinate clause, not the content (`Ctx::tail_attribution`: "said
/// that although the talks failed, he insisted ...").
const TAIL_SUBORDINATORS: &[&str] = &[
    "although", "though", "while", "when", "if", "because", "since", "after", "before", "as",
    "once", "until", "unless", "whereas", "even",
];

/// Prepositions and time words that open a phrase before the clause of a
/// "that" content ("that in March, the airline admitted ...", "that last
/// year, regulators warned ...").
const THAT_ADJUNCT_OPENERS: &[&str] = &[
    "in",
    "on",
    "at",
    "by",
    "for",
    "during",
    "last",
    "earlier",
    "over",
    "under",
    "within",
    "from",
    "despite",
    "amid",
    "following",
    "without",
    "since",
    "later",
    "according",
];

/// Subordinators opening a sentence whose clause holds a content that ends
/// before the main clause (`Ctx::content_end`: "While most of his rivals
/// called for a bigger effort, Trump hewed to ..."). Every one is a word
/// of `W_SUB_OPENERS` (unit test), whose bit is tested first.
const CONTENT_SUBORDINATORS: &[&str] = &[
    "while", "when", "after", "although", "though", "because", "since", "before", "until",
    "whereas", "once",
];

/// Conjunctions that open a second clause holding a long subject ("...,
/// but 55 percent of all voters say").
pub(crate) const CLAUSE_CONJ: WordSet = WordSet::new(
    60,
    &["but", "while", "though", "although", "because", "whereas"],
);

/// Subordinators of an introductory clause before a long subject ("When
/// her lead slipped, her boosters ... insisted").
pub(crate) const INTRO_SUBORD: WordSet =
    WordSet::new(61, &["when", "while", "after", "as", "if", "since"]);

/// Words before a long subject at the sentence start: "Even the organizer
/// of ... said", "Though executives who ... say", "Indeed, ...".
const LONG_SUBJECT_OPENERS_WORDS: &[&str] = &[
    "even", "indeed", "though", "although", "while", "because", "instead",
];

/// [`LONG_SUBJECT_OPENERS_WORDS`] as a [`WordSet`] bit.
pub(crate) const LONG_SUBJECT_OPENERS: WordSet = WordSet::new(101, LONG_SUBJECT_OPENERS_WORDS);

/// Auxiliaries and adverbs between a long subject and its cue.
pub(crate) const LONG_SUBJECT_AUX: WordSet = WordSet::new(
    39,
    &[
        "here",
        "has",
        "have",
        "had",
        "will",
        "would",
        "also",
        "still",
        "now",
        "all",
        "both",
        "often",
        "previously",
        "repeatedly",
        "recently",
        "again",
        "generally",
        "already",
        "could",
        "may",
        "might",
        "can",
        "do",
        "does",
        "did",
    ],
);

/// Sentence adverbs that open a clause before its subject and a comma
/// (a `WordList`: a word is compared only with the words of its length,
/// once its first and last bytes pass the masks of that length; the
/// speaker search asks about every capitalized word opening a clause).
pub(in crate::attribution) const SENTENCE_ADVERBS: WordList = WordList::new(&[
    "likewise",
    "similarly",
    "separately",
    "additionally",
    "finally",
    "moreover",
    "indeed",
    "again",
    "yesterday",
    "today",
    "tonight",
    "afterward",
    "afterwards",
    "ultimately",
    "eventually",
    "previously",
    "recently",
    "initially",
    "originally",
    "notably",
    "ironically",
    "predictably",
    "essentially",
    "basically",
    "clearly",
    "obviously",
    "importantly",
    "interestingly",
    "specifically",
    "unfortunately",
    "fortunately",
    "certainly",
    "surprisingly",
    "frankly",
    "tellingly",
]);

/// Prepositions and conjunctions that open an introductory phrase.
pub(crate) const INTRO: WordSet = WordSet::new(
    16,
    &[
        "in",
        "on",
        "at",
        "after",
        "before",
        "during",
        "since",
        "for",
        "with",
        "as",
        "while",
        "when",
        "although",
        "though",
        "despite",
        "by",
        "from",
        "over",
        "last",
        "earlier",
        "this",
        "following",
        "unlike",
        "like",
        "if",
        "because",
        "once",
        "until",
        "throughout",
        "among",
        "amid",
        "without",
    ],
);

/// Prepositions that open an introductory phrase like the words of
/// [`INTRO`], but only before a lowercase word ("Along with her husband,
/// she has given ... but plans to", "Against that backdrop, the bank
/// ..."): before a capital they may open a name ("Beyond Meat cut its
/// forecast, citing ...", "Against Malaria Foundation said").
const INTRO_NAMES: &[&str] = &[
    "along",
    "alongside",
    "against",
    "beyond",
    "besides",
    "across",
    "within",
];

/// Whether token `i` opens an introductory phrase: a word of [`INTRO`], or
/// one of [`INTRO_NAMES`] before a lowercase word.
fn intro_at(s: &Sent, i: usize) -> bool {
    s.is_in(i, INTRO) || s.is_in(i, INTRO_NAMES) && !s.is_cap(i + 1)
}

/// Irregular past participles that open an introductory phrase before a
/// subject ("Known until last month as ..., it was built", "Born in Ohio,
/// she ...", "Stung by the defeat, the party ..."): no subject themselves.
const INTRO_PARTICIPLES: &[&str] = &[
    "known", "born", "seen", "hit", "caught", "struck", "taken", "shaken", "driven", "beaten",
    "stung", "bound", "told", "left", "built", "made", "held", "written", "chosen", "drawn",
    "brought", "shown", "thrown", "torn", "hidden", "sworn", "spurred", "undone",
];

/// Lowercase words (besides pronouns and determiners) that open a clause.
pub(crate) const CLAUSE_OPENERS: WordSet = WordSet::new(
    17,
    &[
        "there",
        "no",
        "nobody",
        "none",
        "nothing",
        "everyone",
        "everybody",
        "everything",
        "someone",
        "somebody",
        "anyone",
        "anybody",
        "each",
        "every",
        "neither",
        "either",
        "if",
        "whether",
        "what",
        "why",
        "how",
        "when",
        "where",
        "who",
        "which",
        "my",
        "your",
        "if",
        "only",
        "not",
        "such",
        "much",
        "more",
        "less",
        "too",
        "now",
        "once",
        "despite",
        "although",
        "because",
        "after",
        "before",
        "him",
        "them",
        "me",
        "us",
        "himself",
        "herself",
        "themselves",
        "itself",
        "any",
        "those",
        "one",
    ],
);

/// Words after "and" that start a second verb phrase of the speaker, which
/// ends the content ("said she would stay and declined to say more").
pub(crate) const AND_VERB: WordSet = WordSet::new(
    18,
    &[
        "said",
        "says",
        "added",
        "told",
        "would",
        "will",
        "has",
        "have",
        "had",
        "did",
        "does",
        "declined",
        "refused",
        "called",
        "urged",
        "criticized",
        "accused",
        "argued",
        "insisted",
        "warned",
        "noted",
        "suggested",
        "praised",
        "promised",
        "vowed",
        "pledged",
        "questioned",
        "then",
        "also",
    ],
);

/// Everything the rules need about one sentence.
pub struct Ctx<'a, 'b> {
    /// The sentence.
    pub s: &'b Sent<'a>,
    /// The lexicon.
    pub lx: &'b Lexicon,
    /// All quotes of the document, sorted.
    pub quotes: &'b [Quote],
    /// Token index where the sentence's own text starts (after a dateline).
    pub lo: usize,
    /// [`Ctx::title_case`], found on first use: the rules ask it of most
    /// cues, and a sentence has several.
    title: std::cell::OnceCell<bool>,
    /// The number of quotes that close at or before the sentence's start
    /// (`s.span.0`): the index where the walks of [`Ctx::closed_by`] and
    /// [`Ctx::opened_by`] start.
    quote_lo: usize,
    /// The cue whose rules run ([`Ctx::set_cue`]): its lemma's index in
    /// the lexicon and the token after it; `(usize::MAX, usize::MAX)`
    /// outside the rules of a cue. [`Ctx::object_cue_before`] reads it.
    cue: std::cell::Cell<(usize, usize)>,
}

/// The quotes a walk of [`Ctx::closed_by`] or [`Ctx::opened_by`]
/// passes before it searches the rest: most sentences hold a few quotes.
const QUOTE_WALK: usize = 4;

/// The words of a share of respondents after its number ("more than 4 in
/// 10", "nearly half", "14 percent"; `Ctx::share_clause`).
const SHARE_WORDS: WordList = WordList::new(&[
    "more", "than", "nearly", "about", "almost", "roughly", "only", "just", "fewer", "less",
    "half", "percent", "in", "of", "out", "a", "third", "quarter", "some",
]);

/// The words of [`SHARE_WORDS`] that cannot open a share.
const SHARE_NOT_FIRST: &[&str] = &["in", "of", "a", "than", "percent", "out"];

/// The word sets that hold every word of [`SHARE_WORDS`] that can open a
/// share (not in [`SHARE_NOT_FIRST`]): one mask test before the lists'.
const SHARE_OPENERS: u128 = QUANT_OPEN.bit() | QUANTIFIERS.bit();

/// Finite verbs of saying that no prepositional adjunct holds.
const SAID_FORMS_WORDS: &[&str] = &[
    "said", "says", "told", "tells", "asked", "added", "adds", "wrote", "writes",
];

/// [`SAID_FORMS_WORDS`] as a [`WordSet`] bit.
pub(crate) const SAID_FORMS: WordSet = WordSet::new(100, SAID_FORMS_WORDS);

/// The word sets whose words open a step of [`Ctx::skip_adverbials`]
/// (with a comma, the only tokens that do): their bits. A superset: the
/// words of `TIME_DET`, `W_AT`, `W_ABOUT_AROUND` and `W_UP` that open a
/// step are in `TIME_ADVERBS` or `ADV_PREPS` too, or lead only to a test
/// that stops there ("around 40", "up to"); they cost the out-of-line
/// call, not a wrong answer.
const ADVERBIAL_OPENS: u128 = TIME_DET.bit()
    | DAYS.bit()
    | TIME_ADVERBS.bit()
    | W_AT.bit()
    | W_ABOUT_AROUND.bit()
    | W_UP.bit()
    | ADV_PREPS.bit();

/// Determiners after which a past form is a noun ("a cut", "its spread",
/// "the set"; [`Ctx::second_ed_phrase`]): articles, possessive and
/// demonstrative determiners and the singular quantifiers "every" and
/// "each" ("each cut"), not numbers or plural quantifiers, which may be a
/// that-less clause's subject ("confirmed two fled the city", "many
/// fled", "several hit the ground").
const NOUN_DETS: WordList = WordList::new(&[
    "a", "an", "the", "its", "his", "her", "their", "our", "my", "your", "this", "these", "those",
    "every", "each",
]);

/// Whether a time phrase opens at token `m`: "this", "that", "next" or
/// "last" + a time unit ("this week", "that day"), or "the" + "same",
/// "previous", "following", "next" or "prior" + a time unit ("the
/// previous day", "the same week"). A past right before it modifies a
/// noun ("the bloggers detained this month"; [`Ctx::speaker_clause_np`]).
fn time_phrase_at(s: &Sent, m: usize) -> bool {
    const UNITS: WordList = WordList::new(&[
        "day",
        "days",
        "night",
        "morning",
        "afternoon",
        "evening",
        "weeks",
        "months",
        "years",
        "quarter",
        "season",
        "term",
    ]);
    let unit = |t: usize| s.is_in(t, TIME_UNITS) || s.is_in(t, &UNITS);
    (s.is_in(m, &["this", "that", "next", "last"]) && unit(m + 1))
        || (s.is_in(m, &["the"])
            && s.is_in(m + 1, &["same", "previous", "following", "next", "prior"])
            && unit(m + 2))
}

/// The cue classes whose content after a noun phrase is a clause more
/// often than an object ([`Ctx::object_cue_before`]): saying, telling,
/// reporting, believing, knowing, confirming, admitting, fearing, hoping
/// and the like ("said the gunman and his brother fled", "confirmed the
/// army and the police killed", "hope the army and the police secured").
const CLAUSE_CUE_KEYS: u64 = crate::lexicon::key::classes(&[
    "say", "tell", "report", "note", "add", "write", "claim", "argue", "insist", "explain",
    "reply", "suggest", "warn", "believe", "know", "predict", "hope", "fear", "show", "confirm",
    "admit", "appear",
]);

/// The cue classes of demands and appeals, whose that-clause takes a
/// subjunctive ("called for the army withdraw"), not a finite past:
/// after their object, "and" + a subject + a past is another subject's
/// clause ("called for new elections \[and the president rejected
/// them\]"; [`thatless_clause_cue`]).
const SUBJUNCTIVE_CUE_KEYS: u64 = crate::lexicon::key::classes(&["demand", "urge", "ask"]);

/// Whether `cue` may take a that-less clause of a finite verb after it
/// ("denied its forces committed abuses", "complained the police
/// abandoned the town", "vowed the rebels would pay"): it has the that
/// frame ([`frame::THAT`]) and is no demand or appeal
/// ([`SUBJUNCTIVE_CUE_KEYS`]).
fn thatless_clause_cue(cue: &crate::lexicon::Cue) -> bool {
    cue.frames & frame::THAT != 0 && cue.keys & SUBJUNCTIVE_CUE_KEYS == 0
}

/// The that-frame cue classes of saying and claiming whose -ing form after
/// "before/after" is a second report of the sentence's subject
/// ([`Ctx::is_report_participle`]); not "believe", "know", "plan",
/// "appear", "fear", "hope", "want", "support" (perceiving, learning,
/// deciding, feeling: "after learning that ...", "before deciding
/// whether ...").
const REPORT_PARTICIPLE_KEYS: u64 = crate::lexicon::key::classes(&[
    "say",
    "add",
    "admit",
    "argue",
    "announce",
    "claim",
    "confirm",
    "deny",
    "explain",
    "insist",
    "note",
    "warn",
    "report",
    "tell",
    "criticize",
    "suggest",
    "reply",
    "agree",
    "promise",
    "write",
    "show",
    "predict",
    "urge",
    "demand",
    "oppose",
    "praise",
    "describe",
    "ask",
]);

impl<'a, 'b> Ctx<'a, 'b> {
    /// The rules' view of sentence `s`, whose own text starts at token
    /// `lo`.
    pub fn new(s: &'b Sent<'a>, lx: &'b Lexicon, quotes: &'b [Quote], lo: usize) -> Self {
        let quote_lo = quotes.partition_point(|q| q.close_end <= s.span.0);
        Self::with_quote_lo(s, lx, quotes, lo, quote_lo)
    }

    /// [`Ctx::new`] for a caller that knows `quote_lo`, the number of
    /// `quotes` that close at or before the sentence's start (the
    /// sentence loop walks the document's quotes along with its
    /// sentences).
    pub(crate) fn with_quote_lo(
        s: &'b Sent<'a>,
        lx: &'b Lexicon,
        quotes: &'b [Quote],
        lo: usize,
        quote_lo: usize,
    ) -> Self {
        debug_assert_eq!(
            quote_lo,
            quotes.partition_point(|q| q.close_end <= s.span.0)
        );
        Ctx {
            s,
            lx,
            quotes,
            lo,
            title: std::cell::OnceCell::new(),
            quote_lo,
            cue: std::cell::Cell::new((usize::MAX, usize::MAX)),
        }
    }

    /// Sets the cue whose rules run: `Some((lemma, cj))`, the lemma's
    /// index in the lexicon and the token after the cue; `None` after
    /// them.
    pub(super) fn set_cue(&self, cue: Option<(usize, usize)>) {
        self.cue.set(cue.unwrap_or((usize::MAX, usize::MAX)));
    }

    /// The number of the document's quotes that close at or before byte
    /// `pos` (`quotes.partition_point(|q| q.close_end <= pos)`). The quotes
    /// are disjoint and in order, so their closing ends never decrease:
    /// for a position in the sentence the count is walked from the
    /// sentence's first quote ([`QUOTE_WALK`] steps at most, then
    /// searched), not searched over the whole document for every cue.
    #[inline(always)]
    pub(super) fn closed_by(&self, pos: usize) -> usize {
        self.quotes_by(pos, |x| x.close_end <= pos)
    }

    /// For rule 1 of `apply_frames` (a quote right before the cue at token
    /// `ci`): the number of quotes that close at or before the cue's start
    /// ([`Ctx::closed_by`]), or 0 where that last quote is sure to fail the
    /// rule's first tests (that the first token after its closing mark lies
    /// in the clause, `gap_a >= ctx.lo`, and that only white space stands
    /// between the two). A quote that closes in the sentence before the
    /// cue is searched as before; else the last quote is the last one
    /// before the sentence (`quote_lo`), with no search, and its gap runs
    /// to the sentence's first token: most such gaps open with a word (the
    /// quote closed sentences before), which one byte tells, and the rule
    /// then asks nothing more.
    #[inline(always)]
    pub(super) fn quote_before(&self, ci: usize) -> usize {
        let q = self.quotes;
        let k = self.quote_lo;
        let pos = self.s.toks[ci].start;
        if q.get(k).is_some_and(|x| x.close_end <= pos) {
            return self.closed_by(pos);
        }
        // (The quote closed at or before the sentence's start, so at or
        // before its first token: the gap's first token is token 0.)
        if k > 0
            && self.lo == 0
            && super::white_newlines(self.s.text, q[k - 1].close_end, self.s.toks[0].start)
                .is_some()
        {
            k
        } else {
            0
        }
    }

    /// Whether token `i` lies inside one of the document's quotes
    /// ([`Sent::in_quote`], its search by [`Ctx::closed_by`]).
    #[inline]
    pub(super) fn in_quote(&self, i: usize) -> bool {
        let p = self.s.toks[i].start;
        let k = self.closed_by(p);
        k < self.quotes.len() && self.quotes[k].start <= p && p < self.quotes[k].end
    }

    /// The number of the document's quotes that open at or before byte
    /// `pos` (`quotes.partition_point(|q| q.open <= pos)`), walked as in
    /// [`Ctx::closed_by`]: a quote that closes at or before the sentence's
    /// start opens before it.
    #[inline(always)]
    pub(super) fn opened_by(&self, pos: usize) -> usize {
        self.quotes_by(pos, |x| x.open <= pos)
    }

    /// The number of the document's quotes that open before byte `pos`
    /// (`quotes.partition_point(|q| q.open < pos)`), walked as in
    /// [`Ctx::opened_by`].
    #[inline(always)]
    pub(super) fn opened_before(&self, pos: usize) -> usize {
        self.quotes_by(pos, |x| x.open < pos)
    }

    /// The number of the document's quotes that are `before` byte `pos`
    /// (their opening or closing end at or before it, or the opening
    /// before it: an edge that never decreases from quote to quote, so
    /// `before` holds for a prefix of them): for a position in the
    /// sentence walked from the sentence's first quote ([`QUOTE_WALK`]
    /// steps at most, then searched), else searched ([`Ctx::closed_by`],
    /// [`Ctx::opened_by`], [`Ctx::opened_before`]). Every quote before
    /// the sentence's first closes at or before the sentence's start, and
    /// so opens before it: `before` holds for each.
    #[inline(always)]
    fn quotes_by(&self, pos: usize, before: impl Fn(&Quote) -> bool) -> usize {
        let q = self.quotes;
        if pos < self.s.span.0 {
            return q.partition_point(before);
        }
        let mut k = self.quote_lo;
        for _ in 0..QUOTE_WALK {
            match q.get(k) {
                Some(x) if before(x) => k += 1,
                _ => return k,
            }
        }
        k + q[k..].partition_point(before)
    }

    pub(super) fn n(&self) -> usize {
        self.s.len()
    }

    /// The quote opening at token `j` when it closes the sentence (see
    /// [`Ctx::closes_sentence`]).
    pub(super) fn closing_quote_at(&self, j: usize) -> Option<&Quote> {
        let t = self.s.toks.get(j)?;
        crate::quotes::opening_at(self.quotes, t.start).filter(|q| self.closes_sentence(q))
    }

    /// Whether the quote `q` closes the sentence: at most one punctuation
    /// token after its closing mark.
    pub(super) fn closes_sentence(&self, q: &Quote) -> bool {
        let rest = self.s.tok_at(q.close_end);
        let n = self.n();
        rest >= n || rest + 1 >= n && self.s.is_punct(rest)
    }

    /// Skips adverbials (weekdays, short prepositional phrases) from `i`.
    /// (The search's quick exit in line: most searches stop at their first
    /// token, a word or mark that opens no adverbial, and the out-of-line
    /// search is called only for the others.)
    #[inline(always)]
    pub(super) fn skip_adverbials(&self, i: usize) -> usize {
        if !self.opens_adverbial(i) {
            return i;
        }
        self.skip_adverbials_with(i, true)
    }

    /// Whether token `i` may open one of the steps of
    /// [`Ctx::skip_adverbials`]: a word of one of their sets or a comma
    /// (past the sentence's end, none). The search stops at any other
    /// token.
    #[inline(always)]
    fn opens_adverbial(&self, i: usize) -> bool {
        let s = self.s;
        i < self.n() && (s.in_sets(i, ADVERBIAL_OPENS) || s.is_p(i, ","))
    }

    /// [`Ctx::skip_adverbials`]; with `quick`, a token that opens none of
    /// its steps ends the search at one mask test (`false`: every step's
    /// own tests, for the unit test that compares the two).
    fn skip_adverbials_with(&self, mut i: usize, quick: bool) -> usize {
        let s = self.s;
        let n = self.n();
        let mut guard = 0;
        // Every step below starts at a word of `ADVERBIAL_OPENS` or at a
        // comma; at any other token (most cues go on with "that", a name
        // or a pronoun) the adverbials end there, found with one test.
        while i < n && guard < 4 {
            if quick && !self.opens_adverbial(i) {
                break;
            }
            guard += 1;
            // "this", "last", "late", "early" only before a time word
            // ("said this week"; not "think this plan is").
            let time_det = s.is_in(i, TIME_DET);
            // "insists this time is different": the subject of the clause.
            let subject = time_det
                && i + 2 < n
                && (s.is_aux_like(i + 2)
                    || s.is_in(i + 2, &["may", "might", "must", "should", "does", "did"]));
            if subject {
                break;
            }
            if (s.is_in(i, DAYS) || s.is_in(i, TIME_ADVERBS))
                && !s.is_poss(i + 1)
                && (!time_det || s.is_in(i + 1, DAYS) || s.is_in(i + 1, TIME_NOUNS))
            {
                // "last week", "this month", "last spring", "this time",
                // "last quarter" (not a modal "may": "said this may hurt");
                // not a possessive time phrase opening the clause ("said
                // last week's vote was rigged").
                let noun = i + 1 < n
                    && (s.is_in(i + 1, W_TIME_OF_DAY)
                        || time_det
                            && s.is_in(i + 1, TIME_NOUNS)
                            && (s.is_cap(i + 1) || !s.is_in(i + 1, &["may", "march"])));
                if noun && s.is_poss(i + 2) {
                    break;
                }
                i += if noun { 2 } else { 1 };
                continue;
            }
            // "said late on Tuesday (that)", "early on Friday": the time
            // word before "on" and a day.
            if time_det
                && i + 2 < n
                && s.is_in(i, &["late", "early"])
                && s.is_in(i + 1, W_ON)
                && s.is_in(i + 2, DAYS)
            {
                i += 1;
                continue;
            }
            if time_det {
                break;
            }
            // "said at least 12 people died", "said about 40 were hurt",
            // "said up to 300 homes": a quantity opening the clause, not a
            // prepositional adjunct.
            if self.quantity_opener(i) {
                break;
            }
            // ", in reference to her first child, \"...\"": a prepositional
            // phrase between commas right before a quote.
            let comma_pp = i > 0
                && s.is_p(i, ",")
                && s.is_in(i + 1, ADV_PREPS)
                && !(s.is_in(i + 1, TO) && self.is_infinitive(i + 1));
            if comma_pp || s.is_in(i, ADV_PREPS) && !(s.is_in(i, TO) && self.is_infinitive(i)) {
                let start = i;
                if comma_pp {
                    i += 1;
                }
                let mut k = i + 1;
                let mut words = 0;
                // Whether a day or a statement noun closed the phrase before
                // the subject of the clause ("said on Monday the sanctions
                // were illegal", "said in a statement the plan").
                let mut headed = false;
                // The words of names after their first.
                let mut named = 0;
                // (Asked of the phrase's first word at every step below.)
                let in_at = s.is_in(i, &["in", "at"]);
                while k < n && words < 7 {
                    // (The class bits of token `k` first: the noun list of
                    // token `k - 1` is compared word by word.)
                    if words > 0
                        && (s.is_det(k) && !s.is_in(k, THAT)
                            || s.is_pronoun(k) && !s.is_in(k, W_IT)
                            || s.is_cap(k) && !s.is_in(k, DAYS))
                        && (s.is_in(k - 1, DAYS) && k == i + 2
                            || words >= 2 && s.is_in(k - 1, ADJUNCT_NOUNS))
                    {
                        headed = true;
                        break;
                    }
                    // A place name closes the phrase before the subject of
                    // the clause ("told reporters in Canberra the
                    // government would ...", "said at Fenway Park the team
                    // ...").
                    if words > 0
                        && in_at
                        && (i + 1..k).all(|j| s.is_cap(j))
                        && (s.is_det(k) && !s.is_in(k, THAT)
                            || s.is_pronoun(k) && !s.is_in(k, W_IT))
                    {
                        headed = true;
                        break;
                    }
                    // "said in a note to clients that ...": "to" and a
                    // plural before "that" are no infinitive.
                    // So are "to" and a plural noun or a body before the
                    // clause end, a comma or another preposition ("said in
                    // a speech to supporters.", "in a statement to
                    // parliament on Monday"): verbs seldom end in a single
                    // "s" ("to focus", "to discuss" do not count).
                    let plural = |w: &[u8]| {
                        w.ends_with(b"s")
                            && !w.ends_with(b"ss")
                            && !w.ends_with(b"us")
                            && !w.ends_with(b"is")
                    };
                    if s.is_in(k, TO)
                        && words > 0
                        && k + 1 < n
                        && s.is_word(k + 1)
                        && !s.is_cap(k + 1)
                        && (plural(s.bytes(k + 1))
                            && (k + 2 >= n
                                || s.is_in(k + 2, THAT)
                                || s.is_punct(k + 2) && !s.is_poss(k + 2)
                                || s.is_in(k + 2, ADV_PREPS))
                            || s.is_in(k + 1, &["parliament", "staff", "congress"])
                                && (k + 2 >= n
                                    || s.is_punct(k + 2) && !s.is_poss(k + 2)
                                    || s.is_in(k + 2, ADV_PREPS)
                                    || s.is_in(k + 2, THAT)))
                    {
                        k += 2;
                        words += 2;
                        continue;
                    }
                    // A program title in marks after a network's possessive
                    // or the preposition ("said on CBS' \"Face the
                    // Nation.\"", "on \"Meet the Press\" Sunday") is part
                    // of the adjunct, no quote of the speaker.
                    // (Only with a quote mark at `k` or after it: two class
                    // bits, before the bytes of the possessive's mark, read
                    // for every word of every adjunct.)
                    if s.is_quote_mark(k) || s.is_quote_mark(k + 1) {
                        let (q, title_ok) = if self.bare_possessive(k) {
                            (k + 1, true)
                        } else {
                            (k, s.is_poss(k - 1) || k == i + 1)
                        };
                        if title_ok && s.is_quote_mark(q) {
                            if let Some(e) = super::title_quote_end(self, q) {
                                k = e;
                                words += 1;
                                continue;
                            }
                        }
                    }
                    // "in response to queries", "in reply to questions":
                    // "to" after these nouns is no infinitive.
                    let to_noun = s.is_in(k, TO)
                        && words > 0
                        && s.is_in(k - 1, &["response", "reply", "answer", "reference"]);
                    if s.is_in(k, THAT)
                        || self.is_infinitive(k) && !to_noun
                        || s.is_pronoun(k) && (!s.is_in(k, W_IT) || k > i + 1)
                        || s.is_punct(k) && !s.is_poss(k)
                    {
                        break;
                    }
                    if s.is_in(k, ADV_PREPS)
                        && words > 0
                        && !s.is_in(k, &["of", "with", "to", "on", "at", "in"])
                    {
                        break;
                    }
                    // A conjoined clause with its own verb of saying:
                    // "asked for a photo and Clinton said, ..." is no
                    // adjunct.
                    if s.is_in(k, SAID_FORMS) && (start + 1..k).any(|j| s.is_in(j, AND_BUT)) {
                        return start;
                    }
                    // A name is one word of the phrase ("in response to
                    // queries from The Straits Times that", "in an email to
                    // The New York Times that").
                    if k > i + 1 && s.is_cap(k) && s.is_cap(k - 1) {
                        named += 1;
                    } else {
                        words += 1;
                    }
                    k += 1;
                }
                // Only before "that" does a phrase of seven words or more
                // count ("weighed in on allegations against Donald Trump's
                // campaign manager, who ..." is the content).
                if words + named >= 7 && !(k < n && s.is_in(k, THAT)) {
                    return start;
                }
                if words == 0 || words >= 7 {
                    return start;
                }
                if comma_pp && !(k + 1 < n && s.is_p(k, ",") && s.is_quote_mark(k + 1)) {
                    return start;
                }
                // "said on Monday — a day after the verdict — that ...",
                // "said on Tuesday — a day after the attack — it had
                // killed ...": an aside between dashes (closed by the next
                // dash) before "that" or a clause's subject (a pronoun, a
                // lowercase determiner or a capitalized word) is skipped
                // too. Before anything else ("— and profit doubled") the
                // opening dash is a boundary only as below.
                if k < n && super::super::speaker::is_dash(s, k) {
                    if let Some(m) = super::super::speaker::closing_dash(s, k) {
                        let j = super::super::speaker::after_dash(s, m);
                        if j < n
                            && (s.is_in(j, THAT)
                                || s.is_pronoun(j)
                                || s.is_det(j) && !s.is_cap(j)
                                || s.is_word(j) && s.is_cap(j) && !s.is_stop(j))
                        {
                            i = j;
                            continue;
                        }
                    }
                }
                // Only a phrase that ends at a clear boundary counts.
                // (A time phrase may follow: "said on Instagram late
                // Tuesday that", "in a statement early Friday that".)
                if k < n
                    && !headed
                    && !(s.is_in(k, THAT)
                        || s.is_in(k, TIME_DET)
                            && (s.is_in(k + 1, DAYS) || s.is_in(k + 1, TIME_NOUNS))
                        || self.is_infinitive(k)
                        || s.is_p(k, ",")
                        || s.is_p(k, ".")
                        || s.is_p(k, ":")
                        // "said on Tuesday -- a sign that ...": a dash
                        // before a noun phrase (a doubled hyphen is two
                        // tokens).
                        || super::super::speaker::dash_before_np(s, k)
                        || s.is_pronoun(k)
                        || s.is_quote_mark(k))
                {
                    return start;
                }
                i = k;
                continue;
            }
            break;
        }
        i
    }

    /// Whether token `i` is an apostrophe glued to a word ending in "s"
    /// before a quote mark ("CBS' \"Face the Nation\"").
    fn bare_possessive(&self, i: usize) -> bool {
        let s = self.s;
        i > 0
            && matches!(s.bytes(i), b"'" | b"\xE2\x80\x99")
            && s.toks[i - 1].end == s.toks[i].start
            && s.is_word(i - 1)
            && s.bytes(i - 1).ends_with(b"S") | s.bytes(i - 1).ends_with(b"s")
            && s.is_quote_mark(i + 1)
    }

    pub(super) fn is_infinitive(&self, i: usize) -> bool {
        let s = self.s;
        // "vowed to “take our fight” ...": the verb inside a quote.
        if !s.is_in(i, TO) {
            return false;
        }
        let i = if s.is_quote_mark(i + 1) && s.is_word(i + 2) {
            i + 1
        } else {
            i
        };
        // A Title Case headline capitalizes the verb ("Ted Cruz Refuses to
        // Disavow ...").
        s.is_word(i + 1) && (!s.is_cap(i + 1) || self.title_case()) && !s.is_in(i + 1, INF_OBJECTS)
    }

    /// The subject of the sentence, for a cue at token `ci` that has none
    /// of its own: the phrase opening the sentence (after "But" or an
    /// introductory phrase ending in a comma), followed by a lowercase verb.
    pub(super) fn clause_subject(&self, ci: usize) -> Option<Np> {
        self.clause_subject_with(ci, true)
    }

    /// `clause_subject`; `appos_ok` takes a phrase before an apposition
    /// between commas ("Mitch McConnell, R-Ky., delivered", "David Axelrod,
    /// who was ..., tweeted this:").
    pub(super) fn clause_subject_with(&self, ci: usize, appos_ok: bool) -> Option<Np> {
        self.clause_subject_in(ci, appos_ok, true)
    }

    /// `clause_subject` of one party: no coordinated subject ("Trump and
    /// Cruz traded barbs: \"...\"": a quote is one speaker's words).
    pub(super) fn clause_subject_single(&self, ci: usize) -> Option<Np> {
        self.clause_subject_in(ci, true, false)
    }

    /// `clause_subject_with`; `coord_ok` takes a coordinated subject
    /// ("Netanyahu and other Israeli leaders shunned ..., claiming").
    pub(super) fn clause_subject_in(
        &self,
        ci: usize,
        appos_ok: bool,
        coord_ok: bool,
    ) -> Option<Np> {
        let s = self.s;
        let mut i = self.lo;
        // Up to three openers: "And then Trump went on the attack,
        // saying", "And even then, the rebels kept fighting, saying".
        for _ in 0..3 {
            if s.is_in(i, W_CLAUSE_OPENERS) {
                i += 1;
                if s.is_p(i, ",") {
                    i += 1;
                }
            }
        }
        // A sentence adverb and its comma: "Likewise, a paper from ... had
        // this to say: \"...\"".
        if s.is_p(i + 1, ",") && s.is_in(i, &SENTENCE_ADVERBS) {
            i += 2;
        }
        let intro_word = intro_at(s, i)
            || s.is_in(
                i,
                &[
                    "however",
                    "meanwhile",
                    "still",
                    "instead",
                    "later",
                    "earlier",
                ],
            );
        // An introductory participle or time phrase: "Asked on Monday
        // whether ..., Mrs. Clinton shook her head and said", "Eight years
        // ago, he supported ... and said".
        let intro_phrase = !intro_word
            && (s.is_cap(i)
                && s.is_word(i)
                && (s.bytes(i).ends_with(b"ing") || s.bytes(i).ends_with(b"ed"))
                && s.is_word(i + 1)
                && !s.is_cap(i + 1)
                || s.is_in(i, &["outside", "inside", "amid", "under", "given"])
                // An irregular participle ("Known until last month as ...,
                // it was built", "Born in Ohio, she ...", "Hit by ..., the
                // company ...").
                || s.is_in(i, INTRO_PARTICIPLES) && s.is_word(i + 1) && !s.is_cap(i + 1)
                // "Shortly after the announcement, ...", "Hours before the
                // vote, ...": a time word before a preposition of time.
                || s.is_in(
                    i,
                    &["shortly", "soon", "hours", "days", "minutes", "weeks", "months"],
                ) && s.is_in(i + 1, &["after", "before"])
                || (i + 1..ci.min(i + 6)).any(|k| s.is_in(k, AGO) && s.is_p(k + 1, ","))
                // "Hours later, Trump returned ..., telling", "Minutes
                // later, she sent an email saying": a span of time and
                // "later/earlier" is no subject.
                || (i + 1..ci.min(i + 4)).any(|k| {
                    s.is_in(k, &["later", "earlier"])
                        && s.is_p(k + 1, ",")
                        && s.is_in(k - 1, TIME_SPANS)
                }));
        // A subject with an unlisted head ("The port authority rejected
        // ... and urged"): the phrase the backward search finds before the
        // first lowercase word.
        let verb_at = |b: usize| {
            s.is_word(b)
                && !s.is_cap(b)
                && !s.is_in(b, &["and", "or", "of", "who", "which", "that"])
        };
        // A finite verb: an -ed form, an irregular past, a finite
        // auxiliary ("Jessie Elkins, 70, had served ...") or a past or
        // third-person cue form.
        let verbish = |j: usize| {
            verb_at(j)
                && (s.bytes(j).ends_with(b"ed")
                    // "Jones, the mayor, put it this way:", "X, 54, was
                    // blunt:", "X, an aide, had a message:".
                    || s.is_aux_like(j)
                    || s.is_in(j, IRREGULAR_PASTS)
                    || s.cue_word(self.lx, j)
                        .is_some_and(|(_, f)| matches!(f, Form::Past | Form::Third)))
        };
        // "Huma Abedin, vice chairwoman for the campaign, emailed ...": an
        // apposition between commas after the phrase ending at `b`.
        let appos = |b: usize| {
            s.is_p(b, ",")
                && (verbish(b + 1)
                    || (b + 2..ci.min(b + 16))
                        .find(|&j| s.is_p(j, ",") || s.is_quote_mark(j))
                        .is_some_and(|j| s.is_p(j, ",") && verbish(j + 1)))
        };
        // A party and state in parentheses after a name: "Sen. Ted Cruz
        // (R-Texas) continued his attack ..., calling him ...".
        let after_paren = |b: usize| {
            if b < ci && s.is_p(b, "(") && b > self.lo && s.is_cap(b - 1) {
                (b + 1..ci.min(b + 8))
                    .find(|&k| s.is_p(k, ")"))
                    .map_or(b, |k| k + 1)
            } else {
                b
            }
        };
        // A coordinated subject ("Netanyahu and other Israeli leaders
        // shunned ...", "Chaffetz (R-Utah) and Goodlatte (R-Va.) sent
        // ..."): the phrase after "and" ends before a finite verb
        // (`verbish` or a listed past, after "both/also" if there: not
        // "Walmart and Target shares rose"), and the whole coordination is the subject. Not before a
        // state ("Trump and Clinton are neck and neck in the polls,
        // suggesting"), nor with a comma between the verb and the one
        // before the cue ("Musk and Tesla's board clashed over pay,
        // prompting investors to sue, saying": a later clause's
        // participle).
        let coordinated = |np: Np| {
            let b = after_paren(np.b);
            if !coord_ok || b + 1 >= ci || !s.is_in(b, AND) {
                return None;
            }
            forward(s, self.lx, b + 1)
                .filter(|np2| {
                    // ("Sanders and Cruz both campaigned ...")
                    let v = after_paren(np2.b);
                    let v = if s.is_in(v, &["both", "also"]) {
                        v + 1
                    } else {
                        v
                    };
                    np2.a == b + 1
                        && v + 1 < ci
                        && (verbish(v) || verb_at(v) && s.is_in(v, COORD_PASTS))
                        && !(s.is_in(v, BE)
                            && !(s.bytes(v + 1).ends_with(b"ing")
                                || s.bytes(v + 1).ends_with(b"ed")))
                        && !(v + 1..ci - 1).any(|k| s.is_p(k, ","))
                })
                .map(|np2| Np { a: np.a, b: np2.b })
        };
        // A capitalized first word before a lowercase word that is no
        // verb, then "and" or a finite verb, is an adjective of that noun
        // ("Heavy rain and strong winds battered ...", "Pfizer shares
        // rose, citing ..."), no one-word name subject. (Before an armed
        // group's plural and a finite verb the two words are the subject:
        // `force_subject`.)
        let modifier = |np: Np| {
            np.b == np.a + 1
                && s.is_cap(np.a)
                && np.b + 1 < ci
                && s.is_word(np.b)
                && !s.is_stop(np.b)
                && s.bytes(np.b).first().is_some_and(u8::is_ascii_lowercase)
                && !s.bytes(np.b).ends_with(b"ly")
                && !verbish(np.b)
                && (s.is_in(np.b + 1, AND) || verbish(np.b + 1))
        };
        // "Israeli forces raided ..., saying", "Hamas gunmen attacked
        // ...": a name or adjective and an unlisted plural of an armed
        // group ([`FORCE_PLURALS`]) before a finite verb, both words.
        let force_subject = |np: Np| {
            (np.b == np.a + 1
                && s.is_cap(np.a)
                && np.b + 1 < ci
                && s.is_in(np.b, FORCE_PLURALS)
                && verbish(np.b + 1))
            .then_some(Np {
                a: np.a,
                b: np.b + 1,
            })
        };
        let subject_at = |i: usize| {
            let np = forward(s, self.lx, i)
                .and_then(|np| {
                    if let Some(np2) = force_subject(np) {
                        Some(np2)
                    } else if modifier(np) {
                        None
                    } else if verb_at(after_paren(np.b)) || appos(after_paren(np.b)) {
                        Some(np)
                    } else {
                        coordinated(np)
                    }
                })
                .or_else(|| {
                    // The first verb-like word: a cue form, an -ed form or an
                    // auxiliary.
                    let v = (i + 1..ci.min(i + 7)).find(|&k| {
                        s.is_word(k)
                            && !s.is_cap(k)
                            && (s.bytes(k).ends_with(b"ed")
                                || s.is_in(k, &["has", "had", "is", "was", "will", "would", "has"])
                                || s.cue_word(self.lx, k)
                                    .is_some_and(|(_, f)| matches!(f, Form::Past | Form::Third)))
                    })?;
                    backward(s, self.lx, v, self.lo).filter(|np| np.a == i)
                })?;
            let b = after_paren(np.b);
            (b < ci && (verb_at(b) || appos_ok && appos(b))).then_some(np)
        };
        // An introductory phrase with no comma before a subject pronoun
        // ("On Monday she toured the harbor and said", "After the storm
        // they rebuilt ... and vowed", "Two days later he met ... and
        // told"): the pronoun, when only words stand before it and a verb
        // after it. `time_only`: the word before the pronoun ends a time
        // phrase (a day, a time unit, "later/ago/earlier", a year).
        let bare = |i: usize, time_only: bool| -> Option<Np> {
            let k = (i + 1..ci.min(i + 9))
                .take_while(|&k| s.is_word(k))
                .find(|&k| s.is_pronoun(k))?;
            let time = s.is_in(k - 1, W_LATER_AGO_EARLIER)
                || s.is_in(k - 1, DAYS)
                || s.is_in(k - 1, TIME_UNITS)
                || s.bytes(k - 1).len() == 4 && s.bytes(k - 1).iter().all(u8::is_ascii_digit);
            // (No auxiliary inside the phrase: "This was the mayor we all
            // knew, who ... and asserts"; no dash, colon or semicolon
            // after the pronoun's clause opens: "For that she drew his
            // ire - he called her ... and said".)
            (k > i + 1
                && k + 1 < ci
                && s.is_in(k, W_SUBJ_PRONOUNS)
                && (time || !time_only)
                && !(i + 1..k).any(|j| s.is_aux_like(j))
                && !(k + 1..ci).any(|j| {
                    s.is_p(j, ";") || s.is_p(j, ":") || super::super::speaker::is_dash(s, j)
                })
                && verb_at(k + 1))
            .then_some(Np { a: k, b: k + 1 })
        };
        if intro_word {
            let comma = (i + 1..ci.min(i + 16)).find(|&k| s.is_p(k, ","));
            if let Some(np) = comma.and_then(|c| subject_at(c + 1)) {
                return Some(np);
            }
            // A longer introductory phrase ("In response to ...'s proposal
            // to bar ... from entering the United States, X rallied"): the
            // first later comma (within 25 tokens) after which a subject
            // stands.
            return (comma.map_or(i + 1, |c| c + 1)..ci.min(i + 25))
                .filter(|&k| s.is_p(k, ",") && !self.in_quote(k))
                .find_map(|k| subject_at(k + 1))
                .or_else(|| bare(i, false));
        }
        if intro_phrase {
            // The first comma (within 25 tokens) after which a subject
            // stands.
            if let Some(np) = (i + 1..ci.min(i + 25))
                .filter(|&k| s.is_p(k, ",") && !self.in_quote(k))
                .find_map(|k| subject_at(k + 1))
            {
                return Some(np);
            }
            return None;
        }
        subject_at(i)
            .or_else(|| {
                // A short introductory phrase of any shape ("Hours later,",
                // "Here in Columbia,"): the subject after its comma.
                let c = (i + 2..ci.min(i + 6)).find(|&k| s.is_p(k, ","))?;
                // A name and its apposition ("Paul Dales, chief economist at
                // Capital Economics, argued ... and predicted", "Mr. Trump,
                // who said ..., issued a statement saying"): the name, where
                // an apposition may stand.
                let name = (i..c)
                    .all(|k| s.is_word(k) && s.is_cap(k) && !s.is_stop(k) && !s.is_in(k, MONTHS));
                if name {
                    // (Not the participle right after the name's comma: "Nate
                    // Cohn, writing in the Times, noticed".)
                    return (appos_ok && ci > c + 1).then_some(Np { a: i, b: c });
                }
                (!s.is_p(i + 1, ",")).then(|| subject_at(c + 1)).flatten()
            })
            .or_else(|| bare(i, true))
    }

    /// A subject whose head is followed by a post-modifier, ending before
    /// the cue at token `ci` (its auxiliaries and adverbs skipped): a
    /// prepositional phrase, a relative clause or a to-infinitive ("Aides
    /// to Clinton say", "executives who have worked with him say", "the
    /// last man to mount a race says"). The head is a plain phrase opening
    /// the clause (a determiner, a capitalized word or a speaker noun, no
    /// verb) and the whole subject has no punctuation but commas. It
    /// never starts before [`Ctx::lo`].
    pub(super) fn long_subject(&self, ci: usize) -> Option<Np> {
        // (Walked once here, not by each search: see `aux_from`.)
        let aux = self.before_aux(self.lo, ci);
        if self.no_long_subject(aux) || !self.post_modifier_before(aux) {
            return None;
        }
        self.long_subject_walk(ci, aux)
    }

    /// Whether a token after the clause start and before `e` (the
    /// auxiliaries before the cue, `before_aux(lo, ci)`) is a word that
    /// may open a long subject's post-modifier: every search of
    /// [`Ctx::long_subject`] that finds a subject found its opener there
    /// (a start at or after [`Ctx::lo`], the opener after the start and
    /// before the subject's end, which is at most `e`). One pass over the
    /// tokens' set bits, asked once the word before the auxiliaries has let
    /// the cue through: it turns down about 28% of those cues (a pass over
    /// train: 3,373 walks of up to four searches -> 2,421).
    #[inline]
    fn post_modifier_before(&self, e: usize) -> bool {
        const OPENERS: u128 = SUBJECT_LINKS.bit() | DOC_PARTICIPLES.bit() | POLLED.bit();
        self.s
            .toks
            .get(self.lo + 1..e)
            .is_some_and(|t| t.iter().any(|t| t.sets() & OPENERS != 0))
    }

    /// Whether no start of [`Ctx::long_subject`] can find a subject,
    /// known from the word before the cue's auxiliaries alone: every
    /// search (`long_subject_from`, from a start `i` at or after the clause
    /// start) ends its subject where the auxiliaries before the cue begin,
    /// `e` (`before_aux` stops at `i`, and a subject of two tokens or less
    /// is none). Unless that word is a day or a comma (which move `e`),
    /// a function word, a pronoun or a preposition there ends no subject
    /// ("the study of \[support\]", "said she does not \[believe\]"). Most
    /// searches find nothing, after up to four walks. `e` is
    /// `before_aux(lo, ci)`.
    #[inline]
    fn no_long_subject(&self, e: usize) -> bool {
        let s = self.s;
        e <= self.lo + 2
            || (s.is_stop(e - 1) || s.is_pronoun(e - 1) || s.is_in(e - 1, ADV_PREPS))
                && !s.is_in(e - 1, DAYS)
                && !s.is_p(e - 1, ",")
    }

    /// [`Ctx::long_subject`] without its first test: the searches
    /// themselves (for the unit test that compares the two). `aux` is
    /// `before_aux(lo, ci)`.
    fn long_subject_walk(&self, ci: usize, aux: usize) -> Option<Np> {
        let s = self.s;
        let mut i = self.lo;
        if s.is_in(i, LEAD_CONJ) {
            i += 1;
            if s.is_p(i, ",") {
                i += 1;
            }
        }
        // "Even the organizer of a rally said", "Though executives who
        // ... say", "Indeed, proponents of ... say": an adverb or a
        // subordinating conjunction before the subject.
        let mut j = i;
        if s.is_in(j, LONG_SUBJECT_OPENERS) {
            j += 1;
            if s.is_in(j, &["though"]) {
                j += 1;
            }
            if s.is_p(j, ",") {
                j += 1;
            }
        }
        let first = if j > i {
            self.long_subject_from(j, ci, aux)
        } else {
            None
        };
        first
            .or_else(|| self.long_subject_from(i, ci, aux))
            .or_else(|| {
                // After an introductory phrase or clause ending in a comma
                // ("When her lead slipped, her boosters in the state insisted").
                // The subject after the comma has at most 20 tokens before the
                // auxiliaries of the cue, so a comma farther back cannot open it
                // (and the search stays constant per cue).
                let e = aux_from(aux, i, ci);
                // (A one-word opener too: "Nevertheless, a survey
                // conducted by ... found".)
                let c = ((i + 1).max(e.saturating_sub(22))..ci.saturating_sub(3))
                    .rev()
                    .find(|&k| s.is_p(k, ",") && !self.in_quote(k))?;
                (intro_at(s, i) || s.is_in(i, INTRO_SUBORD) || c <= i + 3)
                    .then(|| self.long_subject_from(c + 1, ci, aux))
                    .flatten()
            })
            .or_else(|| {
                // A second clause after a conjunction ("..., but 55 percent of
                // all voters say", "even though a number of attendees said"),
                // looked for within the same bounded window.
                let e = aux_from(aux, i, ci);
                // (A one-word opener too: "Nevertheless, a survey
                // conducted by ... found".)
                let c = ((i + 1).max(e.saturating_sub(22))..ci.saturating_sub(3))
                    .rev()
                    .find(|&k| s.is_in(k, CLAUSE_CONJ) && !self.in_quote(k))?;
                self.long_subject_from(c + 1, ci, aux)
            })
    }

    /// Where the auxiliaries and adverbs before the cue at `ci` begin
    /// ("... has also said"), not before `i`.
    fn before_aux(&self, i: usize, ci: usize) -> usize {
        let mut e = ci;
        while e > i && self.s.is_in(e - 1, LONG_SUBJECT_AUX) {
            e -= 1;
        }
        e
    }

    /// A search of [`Ctx::long_subject`] from token `i`, at or after
    /// [`Ctx::lo`]; `aux` is `before_aux(lo, ci)`.
    fn long_subject_from(&self, i: usize, ci: usize, aux: usize) -> Option<Np> {
        let s = self.s;
        let mut e = aux_from(aux, i, ci);
        // A day closing the subject is a time adverbial ("voters in five
        // states going to the polls (on) Tuesday say").
        // "(on) Super Tuesday": a capitalized word before the day only
        // with "on" before it.
        if e > i + 4 && s.is_in(e - 1, DAYS) {
            e -= 1;
            if s.is_in(e - 1, &["on"]) {
                e -= 1;
            } else if e > i + 5 && s.is_cap(e - 1) && s.is_in(e - 2, &["on"]) {
                e -= 2;
            }
        }
        // A parenthetical between commas before the cue ("veterans
        // interviewed at rallies, including Mr. Jebens, said", "Supporters
        // of abortion rights, on the other hand, argued", "..., for
        // instance, said"): the subject ends before it.
        if e > i + 4 && s.is_p(e - 1, ",") {
            if let Some(c) = (e.saturating_sub(9).max(i + 3)..e - 2)
                .rev()
                .find(|&c| s.is_p(c, ","))
            {
                if (s.is_in(c + 1, PARENTHETICALS)
                    || s.is_in(c + 1, &["including", "like", "for", "in", "at"]))
                    && (c + 1..e - 1).all(|k| s.is_word(k) || s.is_p(k, "."))
                {
                    e = c;
                }
            }
        }
        if e <= i + 2 || e - i > 20 {
            return None;
        }
        // "nearly two-thirds of ...", "About four out of 10 voters", "At
        // least half of voters", "Only about 4 in 10 voters", "as many as
        // three-fourths of them": up to two approximating words (after "at
        // least", "as many as", "up to") before the quantity at `p`.
        let mut q = i;
        if s.is_in(i, W_AT) && s.is_in(i + 1, W_LEAST) {
            q = i + 2;
        } else if s.is_in(i, W_AS) && s.is_in(i + 1, W_MANY) && s.is_in(i + 2, W_AS) {
            q = i + 3;
        } else if s.is_in(i, W_UP) && s.is_in(i + 1, TO) {
            q = i + 2;
        }
        let mut p = q;
        while p < q + 2 && p + 1 < e && s.is_in(p, QUANT_OPEN) && !s.is_det(p) {
            p += 1;
        }
        let approx = p > i
            && p < e
            && (s.is_in(p, QUANTIFIERS)
                || p > q && s.is_in(p, W_THAN)
                || s.is_in(p, W_A)
                    && s.is_in(
                        p + 1,
                        &["dozen", "quarter", "third", "half", "majority", "handful"],
                    )
                || s.is_word(p)
                    && (s.bytes(p).first().is_some_and(u8::is_ascii_digit)
                        || s.is_number_word(p)
                        || s.bytes(p).ends_with(b"thirds")
                        || s.bytes(p).ends_with(b"quarters")
                        || s.bytes(p).ends_with(b"fourths")));
        // A lowercase head right after a conjunction or adverb opening the
        // sentence stands where a capitalized first word would ("But
        // current and former officials in the FBI have said", "And
        // engineers at the water authority said").
        let after_opener = i == self.lo + 1
            && (s.is_in(self.lo, LEAD_CONJ) || s.is_in(self.lo, LONG_SUBJECT_OPENERS));
        let opens = s.is_det(i)
            || approx
            || ((s.is_cap(i) || after_opener && s.is_word(i)) && !s.is_stop(i))
            || s.is_in(i + 1, OF)
            || s.speaker_noun(self.lx, i).is_some()
            || s.bytes(i).first().is_some_and(u8::is_ascii_digit);
        // Not an all-capitals headline ("AT LEAST 10 KILLED IN ..."), nor a
        // cue form before a possessive ("of Washington state's 44").
        // (The lowercase test first: it stops at the first lowercase
        // letter, mostly the second character, where the count of letters
        // read the whole word; asked of nearly every subject looked for.)
        let shout = |k: usize| {
            s.is_word(k)
                && !s.w(k).chars().any(char::is_lowercase)
                && s.w(k).chars().filter(|c| c.is_alphabetic()).count() > 1
        };
        // (Before the headline test below: both turn the subject down,
        // and this one mostly decides with class bits.)
        if !opens
            || s.is_pronoun(i)
            || s.is_in(i, ADV_PREPS) && !approx
            || intro_at(s, i) && !approx
            || s.bytes(i).ends_with(b"ing")
            || s.bytes(i).ends_with(b"ed")
            || self.title_case()
        {
            return None;
        }
        if shout(i) && shout(i + 1) || s.is_poss(ci + 1) {
            return None;
        }
        // A present cue form after a determiner is a noun ("for all three
        // state polls").
        // (The determiner first: the cue's word is looked up only after
        // one.)
        if e == ci
            && s.is_det(e - 1)
            && s.cue_word(self.lx, ci)
                .is_some_and(|(_, f)| matches!(f, Form::Base | Form::Third))
        {
            return None;
        }
        // A passive closing a "who" clause ("who asked not to be named
        // said").
        // So does any last word of a "whose" clause ("The officials whose
        // laws were rejected say"): a lowercase "whose" within the last six
        // words before the cue, at least two before it, with no relative
        // word or comma after it. (No passive or past is asked: the test
        // is read only where the subject's last word is an -ed word.)
        let who_passive = || {
            s.is_in(e - 2, BE) && (i..e).any(|k| s.is_in(k, &["who"]))
                || (e.saturating_sub(6).max(i + 1)..e.saturating_sub(2)).any(|k| {
                    s.bytes(k) == b"whose"
                        && !(k + 1..e).any(|j| s.is_in(j, W_THAT_WHO_WHICH) || s.is_p(j, ","))
                })
        };
        // The cue is a verb: the subject ends with a noun, not with a
        // preposition or a pronoun ("the former secretary of State", "said
        // they support").
        if s.is_stop(e - 1)
            || s.is_pronoun(e - 1)
            || s.is_in(e - 1, ADV_PREPS)
            || !s.is_cap(e - 1)
                && s.bytes(e - 1).ends_with(b"ed")
                && !s.is_in(e - 1, POLLED)
                && !who_passive()
        {
            return None;
        }
        // The post-modifier opener, after a plain head of up to six words.
        // A poll or document noun also takes a participle ("A poll
        // conducted by ...", "emails released this week", "a poll out
        // Monday").
        // So does a poll's participle after its respondents ("Economists
        // polled by Reuters").
        let m = (i + 1..e.min(i + 7)).find(|&k| {
            s.is_in(k, SUBJECT_LINKS)
                || s.is_in(k, DOC_PARTICIPLES)
                    && s.speaker_noun(self.lx, k - 1) == Some(crate::lexicon::NounType::Document)
                || s.is_in(k, POLLED)
                    && (s.is_in(k + 1, &["by"])
                        // "veterans interviewed at Trump rallies said":
                        // a place or time phrase after the plural's
                        // participle.
                        || s.is_in(k + 1, &["at", "in", "outside", "after", "this", "last", "on"])
                            && s.bytes(k - 1).ends_with(b"s")
                            && (!s.is_cap(k - 1) || k - 1 == i))
        })?;
        // "both/all" before a word inside the subject are determiners
        // ("Partisans on both sides", "voters in all five states"), not
        // floating quantifiers ("have all said").
        let aux = |k: usize| {
            s.is_in(k, LONG_SUBJECT_AUX)
                && !(s.is_in(k, W_BOTH_ALL)
                    && k + 1 < e
                    && s.is_word(k + 1)
                    && !s.is_in(k + 1, LONG_SUBJECT_AUX))
        };
        // A present cue form after "each/every/no/more", a possessive, a
        // number or a determiner and an adjective is a noun ("An earlier
        // report in ...", "voters in each state", "the group's plans"), and
        // so is a plural right before the cue ("Governors in more states
        // balked"). Not after a determiner alone (train +2 tp, +2 fp; dev
        // +1 fp).
        let noun = |k: usize| {
            s.cue_word(self.lx, k)
                .is_some_and(|(_, f)| matches!(f, Form::Base | Form::Third))
                && (k > i
                    && (s.is_poss(k - 1)
                        || s.is_in(k - 1, &["each", "every", "no", "more"])
                        || s.w(k - 1)
                            .chars()
                            .next()
                            .is_some_and(|c| c.is_ascii_digit())
                        // "voters in five states": a number word too.
                        || s.is_number_word(k - 1)
                        || k > i + 1
                            && s.is_det(k - 2)
                            && s.is_word(k - 1)
                            && !s.is_cap(k - 1)
                            && !s.is_stop(k - 1)
                            && s.cue_word(self.lx, k - 1).is_none())
                    || k + 1 == e && s.bytes(k).ends_with(b"s") && !s.bytes(k).ends_with(b"ss"))
        };
        // An -ing participle before the post-modifier ("Democrats trying
        // to regain ...").
        let participle =
            |k: usize| k + 1 == m && k > i && !s.is_cap(k) && s.bytes(k).ends_with(b"ing");
        // A document noun before its publication participle is a noun
        // even when it is a cue form ("A report released in September by
        // ... noted").
        let document = |k: usize| {
            k + 1 == m
                && s.is_in(m, DOC_PARTICIPLES)
                && s.speaker_noun(self.lx, k) == Some(crate::lexicon::NounType::Document)
        };
        let plain_head = (i..m).all(|k| {
            (s.is_word(k) || s.is_poss(k))
                && (s.is_cap(k)
                    || participle(k)
                    || document(k)
                    // A noun modifier between a determiner and the head
                    // ("The state officials whose ...", "A redacted copy
                    // of ..."): an -ed participle after the determiner is an
                    // adjective, but no auxiliary, "be" or irregular past,
                    // and a cue word only in its base form ("state").
                    || k > i
                        && k + 1 < m
                        && s.is_det(k - 1)
                        && s.is_word(k + 1)
                        && !s.is_stop(k + 1)
                        && !aux(k)
                        && !s.is_in(k, BE)
                        && !s.is_in(k, IRREGULAR_PASTS)
                        && s.cue_word(self.lx, k).is_none_or(|(_, f)| f == Form::Base)
                    || !(s.bytes(k).ends_with(b"ed")
                        || s.is_in(k, IRREGULAR_PASTS)
                        || aux(k)
                        || s.is_in(k, BE)
                        || s.cue_word(self.lx, k).is_some() && !noun(k)))
        });
        // No auxiliary or subject pronoun in the subject (another clause),
        // but auxiliaries inside a relative clause ("who have worked").
        // A relative clause may also close a prepositional phrase or a
        // partitive after the head ("Officials at the ministry who spoke
        // on condition of anonymity said", "Many of the delegates who
        // backed him said"): the words from its "who" on are read as a
        // relative clause's. (Only "who": a "that" after a noun phrase
        // may open a clause of its own.)
        // (Looked for only after a link that is no relative word: most
        // subjects have none.)
        let rel = if s.is_in(m, &["who", "that"]) || s.bytes(m) == b"whose" {
            m
        } else {
            (m + 2..e).find(|&k| s.is_in(k, &["who"])).unwrap_or(e)
        };
        // "A man who police said had been drinking", "the suspect who the
        // prosecutors say fled", "Rubio, who many in the establishment had
        // backed": a "who" right before a phrase with no verb that ends at
        // the cue is the gapped object of the cue's own clause, and that
        // phrase alone is the cue's subject (`gap_relative`); "executives
        // who Trump met said" has its verb. (Only "who": a "whom" is no
        // link of the subject search, and not read here.)
        // (A word of the gap phrase: no verb form.)
        let nominal = |k: usize| {
            (s.is_word(k) || s.is_poss(k))
                && !aux(k)
                && !s.is_in(k, BE)
                && !s.is_in(k, IRREGULAR_PASTS)
                && !s.is_in(k, COORD_PASTS)
                && (s.is_cap(k) || !(s.bytes(k).ends_with(b"ed") || s.bytes(k).ends_with(b"ing")))
        };
        if rel + 1 < e
            // A lowercase "who" (not the agency: "The WHO Africa office
            // said").
            && s.bytes(rel) == b"who"
            && (s.is_det(rel + 1)
                || s.is_cap(rel + 1)
                // A plural speaker noun ("who police said", "who officials
                // say", "who police in Ohio said"), no verb ("those who
                // advocate free speech say"): right before the cue, a
                // that-less clause's verb ("who polls show \[favour\]"),
                // "in", "at" or "from", not an -s verb before its object ("who
                // heads the agency said", "who chairs Senate Banking", "who
                // reports to the minister said").
                || s.speaker_noun(self.lx, rel + 1).is_some()
                    && (s.bytes(rel + 1).ends_with(b"s") || s.is_in(rel + 1, &["police", "people"]))
                    && (rel + 2 == e
                        || s.is_in(rel + 2, GAP_CLAUSE_VERBS)
                        || s.is_in(rel + 2, &["in", "at", "from"])))
        {
            // Its last word a name or a speaker noun, the clause's subject
            // (not a verb or an adjunct's noun: "workers who the unions
            // represent say", "Residents who Reuters spoke with by phone
            // said", "voters who Trump lost in 2020 say").
            if (rel + 1..e).all(nominal)
                && (s.is_cap(e - 1) || s.speaker_noun(self.lx, e - 1).is_some())
            {
                return Some(Np { a: rel + 1, b: e });
            }
            // A gap phrase closed by a verb taking a that-less clause ("The
            // nurse who colleagues said \[warned\] of the risks was fired",
            // "Voters who polls show \[favour\] ..."): the cue is the
            // gapped clause's verb, and no long subject speaks.
            if e >= rel + 3
                && (rel + 1..e - 1).all(nominal)
                && (s.is_cap(e - 2) || s.speaker_noun(self.lx, e - 2).is_some())
                && s.is_word(e - 1)
                && !s.is_cap(e - 1)
                && s.is_in(e - 1, GAP_CLAUSE_VERBS)
            {
                return None;
            }
        }
        // Such a late relative clause has a word of its own past its
        // auxiliaries before those of the cue (not "an adviser to the
        // campaign who has long \[dismissed\]": the cue is the clause's own
        // verb); else it is read as before.
        let rel = if rel > m
            && !(rel + 1..e).any(|k| {
                s.is_word(k)
                    && !aux(k)
                    && !s.is_in(k, &["long", "not", "never"])
                    && !super::super::speaker::ly_adverb(s, k)
            }) {
            e
        } else {
            rel
        };
        // A "whose" clause has a verb of its own before the cue's
        // auxiliaries ("whose shares fell 5 percent said", "whose economies
        // rely on oil warned": a word before a preposition), else the cue
        // is its verb ("The hacker whose mischief first \[revealed\]").
        if rel < e
            && s.bytes(rel) == b"whose"
            && !(rel + 2..e).any(|k| {
                s.is_word(k)
                    && !s.is_cap(k)
                    && (aux(k)
                        || s.is_in(k, SUBJECT_LINKS) && k > rel + 2
                        || s.is_in(k, BE)
                        || s.is_in(k, IRREGULAR_PASTS)
                        || s.bytes(k).ends_with(b"ed")
                        || s.cue_word(self.lx, k).is_some())
            })
        {
            return None;
        }
        let relative = |k: usize| k >= rel;
        // A "who" clause may hold "not" and "be" ("officials who were not
        // authorized to speak publicly", "a neighbour who did not want to
        // be named"), but no subject pronoun of its own.
        let who = rel < e && (s.is_in(rel, &["who"]) || s.bytes(rel) == b"whose");
        // (A closure: the walk over the post-modifier, with up to two cue
        // lookups a word, is made last, once the cheap tests below hold.)
        let clean = || {
            (m..e).all(|k| {
                (s.is_word(k) || s.is_poss(k) || s.is_p(k, ","))
                    && !self.in_quote(k)
                    && !(s.is_in(k, SUBJECT_BREAKS) && !(who && relative(k) && (s.is_in(k, BE) || s.is_in(k, &["not", "never"]))))
                    // ", but ...": a second clause, not a post-modifier.
                    && !(s.is_p(k, ",") && s.is_in(k + 1, &["but", "while", "whereas"]))
                    // "found that ...": the clause of another cue ("A survey
                    // released Monday found that most owners want").
                    && !(s.is_in(k, THAT) && s.cue_word(self.lx, k - 1).is_some())
                    && (relative(k)
                        || !aux(k)
                            && (noun(k)
                                || s.cue_word(self.lx, k).is_none_or(|(c, f)| {
                                    self.lx.cue(c).class != "say" && (f != Form::Third || s.is_cap(k))
                                })))
            })
        };
        // A partitive takes its head from the phrase after "of".
        let head_end = if s.is_in(m, OF) && (m == i + 1 || approx && m <= p + 2) {
            e
        } else {
            m
        };
        let has_head = (i..head_end).any(|k| {
            s.is_cap(k)
                || k == i && after_opener
                || s.speaker_noun(self.lx, k).is_some()
                || s.bytes(k).first().is_some_and(u8::is_ascii_digit)
        });
        (!s.is_p(e - 1, ",") && has_head && plain_head && clean()).then_some(Np { a: i, b: e })
    }

    /// The end of the object of a naming cue from token `i` (content end
    /// `end`): right after its first quote when "and", "but", a comma or a
    /// dash and then a verb phrase or clause follow it (`called the merger
    /// "a terrible deal" and ranked ...`, `called Cruz the "ultimate
    /// hypocrite," linking to ...`), not a second object (`a "new low" and
    /// a "bizarre attempt"`).
    pub(super) fn named_end(&self, i: usize, end: usize) -> usize {
        let s = self.s;
        if i >= end || end > self.n() {
            return end;
        }
        let a = s.toks[i].start;
        let b = s.toks[end - 1].end;
        let k = self.quotes.partition_point(|q| q.open < a);
        let Some(q) = self.quotes.get(k).filter(|q| q.closed && q.close_end <= b) else {
            return end;
        };
        let r = s.tok_at(q.close_end);
        let inner_comma = s.text[q.start..q.end].trim_end().ends_with(',');
        // What follows opens a new verb phrase or clause: a pronoun, a
        // participle or a past form ("and ranked", "linking to", "and he").
        let verbal = |j: usize| {
            j < end
                && (s.is_pronoun(j)
                    || s.is_in(j, &["his", "her", "their", "its", "but"])
                    || s.is_word(j)
                        && !s.is_cap(j)
                        && (s.bytes(j).ends_with(b"ing") || s.bytes(j).ends_with(b"ed")))
        };
        let sep = s.is_in(r, &["and", "but"])
            || s.is_p(r, ",")
            || s.is_p(r, "-")
            || s.is_p(r, "—")
            || s.is_p(r, "–");
        let cut = r < end && (sep && verbal(r + 1) || inner_comma && verbal(r));
        if cut {
            r
        } else {
            end
        }
    }

    /// The end of an object phrase from token `i` (content end `end`): at
    /// a comma, dash or colon, or an adverbial conjunction or preposition
    /// outside quotes ("endorsed Cruz \[,\] urging ...", "criticized the
    /// plan \[during\] a debate").
    pub(super) fn object_end(&self, i: usize, end: usize) -> usize {
        let s = self.s;
        // Whether a list comma was passed: a comma before "and/or" then
        // closes the list ("GOP voters, lawmakers, and thinkers for ...").
        let mut listed = false;
        (i + 1..end)
            .find(|&k| {
                let list = s.is_p(k, ",")
                    && (self.list_comma(k, end) || listed && s.is_in(k + 1, W_AND_OR));
                listed |= list;
                // (The token's own tests first, the quote search, a binary
                // search over the document's quotes, only for a token that
                // would end the object: it ran for every token.)
                // "criticized Cruz, especially his plan", "slammed the
                // plan as too vague": the object goes on.
                (s.is_p(k, ",") && !s.is_in(k + 1, &["including", "especially"]) && !list
                    || s.is_p(k, ":")
                    || s.is_p(k, "(")
                    || s.is_p(k, "-")
                    || s.is_p(k, "--")
                    || s.is_p(k, "—")
                    || s.is_p(k, "–")
                    || s.is_in(k, OBJECT_STOPS) && !s.is_in(k, W_AS)
                    || self.object_time_end(i, k, end)
                    // "asked for a photo \[and Clinton said\] ...",
                    // "accused Obama of ... \[and Donald Trump says\] ...":
                    // a new clause of another speaker.
                    || s.is_in(k, AND) && self.speaker_clause_at(k + 1, end))
                    && !self.in_quote(k)
            })
            // "condemned the tax even though ...": "even" opens the clause.
            .map(|k| {
                if k > i + 1 && s.is_in(k - 1, W_EVEN) {
                    k - 1
                } else {
                    k
                }
            })
            .unwrap_or(end)
    }

    /// The end of an object phrase from token `i` (content end `end`)
    /// before a phrase of the occasion or medium it was spoken at or in
    /// ([`Ctx::occasion_at`]): "at", "in", "on" or "during", then a
    /// determiner ("a", "an", "another", "this", a possessive pronoun; "the"
    /// or a possessive name only before an [`OCCASION_EVENTS`] noun or
    /// after "during") and up to five more words ending in an
    /// [`OCCASION_NOUNS`] noun ("thanked supporters \[at a rally\] in
    /// Ohio", "praised Trump \[in a statement\]", "endorsed Cruz \[at a
    /// news conference\] Monday"), or "on" and a medium ("mocked the plan
    /// \[on Twitter\]"), or a bare plural ("\[in statements\]"). The
    /// noun must end the phrase ([`Ctx::occasion_ends`]: "curbs on
    /// Facebook's data", "a ban on Twitter bots" go on). Also "on (the)
    /// condition of anonymity", the terms the source spoke on, whatever
    /// follows it but "as" within three tokens (the object's complement:
    /// "described the talks on condition of anonymity as tense" goes on;
    /// not an "as" that opens a clause, [`Ctx::as_clause`]: "as they were
    /// not authorized to speak publicly" is cut);
    /// a comma and "and/or" before it are cut too ("confirmed the talks
    /// \[and, on condition of anonymity, ...\]"). Not with "the"
    /// before other nouns (the phrase then mostly tells which thing the
    /// object is: "the language in the letter"), not after a participle
    /// that the phrase belongs to ("the claims made in an interview",
    /// "comments he gave at a rally"), and not after "that", "who" or
    /// "which" in the object or in an object that is a wh-clause (the
    /// phrase is then the inner verb's: "cited reports that he said in a
    /// call ..."). Looked for in the object's first 16 tokens (an object
    /// phrase with an occasion is short; a longer content is mostly a
    /// clause). `end` when there is none.
    pub(super) fn occasion_end(&self, i: usize, end: usize) -> usize {
        let s = self.s;
        if i >= end || s.is_in(i, &OCCASION_WH) {
            return end;
        }
        // (The prepositions and relatives by their set bits, the tokens
        // between them skipped in one scan: most objects have neither.)
        let inner = W_THAT_WHO_WHICH.bit();
        let preps = W_IN_ON.bit() | W_AT.bit();
        let last = end.min(i + 16);
        let mut k = i + 1;
        while k < last {
            k = s.next_punct_or_in(k, last, inner | preps | OBJECT_STOPS.bit());
            if k >= last {
                break;
            }
            if s.in_sets(k, inner) {
                return end;
            }
            if (s.in_sets(k, preps) || s.is_in(k, &["during"]))
                && !self.after_participle(k)
                && !self.in_quote(k)
            {
                if let Some(cut) = self.occasion_at(i, k, end) {
                    return cut;
                }
            }
            k += 1;
        }
        end
    }

    /// Whether "as" at token `m` opens a clause of reason or time, no
    /// complement of the object ("as they were not authorized to speak",
    /// "as the talks were secret"): a subject pronoun after it, or a
    /// phrase of up to three words (a determiner or a capitalized word
    /// first) and a finite form (`finite_form`, or a modal) after it.
    fn as_clause(&self, m: usize, end: usize) -> bool {
        let s = self.s;
        let j = m + 1;
        j < end
            && (s.is_pronoun(j) && !s.is_in(j, &["it"])
                || s.is_in(j, &["it"]) && finite_form(s, j + 1)
                || (s.is_det(j) || s.is_word(j) && s.is_cap(j))
                    && (j + 1..end.min(j + 5))
                        .take_while(|&q| s.is_word(q))
                        .any(|q| finite_form(s, q) || !s.is_cap(q) && s.is_in(q, W_DO_MODALS)))
    }

    /// [`Ctx::occasion_end`]'s test of the phrase opening with the
    /// preposition at token `k`: the object's new end, or `None`.
    fn occasion_at(&self, i: usize, k: usize, end: usize) -> Option<usize> {
        let s = self.s;
        // "supports Sanders and in a statement praised him": the
        // conjunction goes with the new phrase.
        let cut = if k > i + 1 && s.is_in(k - 1, W_AND_OR) {
            k - 1
        } else {
            k
        };
        // "discussed the talks on condition of anonymity": the terms the
        // source spoke on are no part of the object (not other conditions:
        // "offered talks on condition that sanctions are lifted", "blamed
        // the delay on the condition of the runway").
        // Not when "as" follows within three tokens (the object's
        // complement goes on, as in [`Ctx::occasion_ends`]: "described the
        // talks on condition of anonymity as tense"; not an "as" that opens
        // a clause, "as they were not authorized"); a comma and "and/or"
        // before "on" stay out of the object ("confirmed the talks and, on
        // condition of anonymity, described them ..." gives "the talks").
        if s.is_in(k, &["on"]) {
            let c = k + 1 + usize::from(s.is_in(k + 1, &["the"]));
            if s.is_in(c, &["condition"])
                && s.is_in(c + 1, &["of"])
                && s.is_in(c + 2, &["anonymity"])
            {
                if (c + 3..end.min(c + 6)).any(|m| s.is_in(m, &["as"]) && !self.as_clause(m, end)) {
                    return None;
                }
                let mut cut = k;
                while cut > i + 1 && (s.is_p(cut - 1, ",") || s.is_in(cut - 1, W_AND_OR)) {
                    cut -= 1;
                }
                return Some(cut);
            }
        }
        // A medium or a plural occasion with no determiner: "on Twitter",
        // "in statements".
        if s.is_in(k, &["on"]) && s.is_in(k + 1, &OCCASION_MEDIA)
            || s.is_in(k + 1, &OCCASION_NOUNS)
                && s.w(k + 1).ends_with('s')
                && !s.w(k + 1).ends_with("ss")
        {
            return self.occasion_ends(k + 1, end).then_some(cut);
        }
        // "the" or a possessive name only before an event or after
        // "during" ("during the debate", "at Saturday's rally"; not "the
        // figures in the report").
        let (first, the) = if s.is_in(k + 1, &OCCASION_DETS) {
            (k + 2, false)
        } else if s.is_in(k + 1, &["the"]) {
            (k + 2, true)
        } else if s.is_word(k + 1) && s.is_poss(k + 2) {
            (k + 3, true)
        } else {
            return None;
        };
        let events_only = the && !s.is_in(k, &["during"]);
        for j in first..end.min(k + 7) {
            if !(s.is_word(j) || s.is_poss(j)) || s.is_in(j, &OCCASION_BREAKS) {
                return None;
            }
            if s.is_in(j, &OCCASION_NOUNS)
                && (!events_only || s.is_in(j, &OCCASION_EVENTS))
                && self.occasion_ends(j, end)
            {
                return Some(cut);
            }
        }
        None
    }

    /// Whether the occasion noun at token `j` ends its phrase
    /// ([`Ctx::occasion_end`]): punctuation, the content's end `end`, a
    /// preposition, a subordinator, a time word or a participle after it
    /// ("at a rally in Ohio", "in an interview published Monday"), and no
    /// "as", "that", "if", "whether" or "of" within three tokens (the
    /// object's complement goes on: "described the group during an
    /// interview as ..."), and no "by" or "from" right after it (a source
    /// that says which object it is: "disputed the findings in a report
    /// by Hindenburg Research").
    fn occasion_ends(&self, j: usize, end: usize) -> bool {
        let s = self.s;
        let n = j + 1;
        let ends = n >= end
            || !s.is_word(n) && !s.is_poss(n)
            || s.is_in(n, &OCCASION_BREAKS) && !s.is_in(n, W_AND_OR)
            || s.is_in(n, &["when", "while", "after", "before", "where"])
            || s.is_in(n, DAYS)
            || s.is_in(n, TIME_ADVERBS)
            || s.is_in(n, TIME_DET)
            || s.is_word(n) && !s.is_cap(n) && (s.w(n).ends_with("ed") || s.w(n).ends_with("ing"));
        ends && !(n..end.min(j + 4)).any(|m| s.is_in(m, &["as", "that", "if", "whether", "of"]))
            // "the findings in a report by Hindenburg Research", "the
            // allegations in a letter from shareholders": "by/from" and a
            // source say which object it is.
            && !(n < end && s.is_in(n, &["by", "from"]) && self.source_at(n + 1, end))
    }

    /// Whether a source opens at token `j` (before `end`): within three
    /// words past a determiner or modifiers, a capitalized word or a
    /// speaker noun, or a singular whose plural is one ("by Hindenburg
    /// Research", "by the regulator", "from
    /// shareholders"; not "from its headquarters", "by the river").
    fn source_at(&self, j: usize, end: usize) -> bool {
        let s = self.s;
        for m in j..end.min(j + 3) {
            if !s.is_word(m) {
                return false;
            }
            // (A singular by its plural too: the nouns list has
            // "regulators", not "regulator".)
            if s.is_cap(m) || s.speaker_noun(self.lx, m).is_some() || self.plural_is_speaker(s.w(m))
            {
                return true;
            }
        }
        false
    }

    /// Whether `w + "s"` is a speaker noun ("regulator" as "regulators"),
    /// spelled in a buffer on the stack: no allocation (a word of 31 bytes
    /// or more is none).
    fn plural_is_speaker(&self, w: &str) -> bool {
        let mut buf = [0u8; 32];
        let b = w.as_bytes();
        if w.ends_with('s') || b.len() >= buf.len() {
            return false;
        }
        buf[..b.len()].copy_from_slice(b);
        buf[b.len()] = b's';
        std::str::from_utf8(&buf[..=b.len()]).is_ok_and(|p| self.lx.speaker_noun(p).is_some())
    }

    /// Whether the word before token `k` is a participle or a past verb
    /// that a phrase at `k` belongs to ("the claims made in an interview",
    /// "comments he gave at a rally", "testimony given at the hearing").
    fn after_participle(&self, k: usize) -> bool {
        let s = self.s;
        k > 0
            && s.is_word(k - 1)
            && !s.is_cap(k - 1)
            && (s.w(k - 1).ends_with("ed") || s.is_in(k - 1, &OCCASION_PAST))
    }

    /// Whether a time adverbial opening at token `k` ends the object
    /// noun phrase that starts at token `i`: "endorsed Cruz Wednesday",
    /// "backed Trump last week", "endorsed Sanders in early June". Only
    /// after a short plain object (no "for/of/with ..." complement:
    /// "attacked Trump for comments made this week" goes on), and not
    /// before a participle or a relative that still belongs to it ("an
    /// open letter Monday making it clear ...", "the announcement last
    /// year that ..."). Not a possessive ("Tuesday's vote").
    fn object_time_end(&self, i: usize, k: usize, end: usize) -> bool {
        let s = self.s;
        if k > i + 4 || k == i + 1 && !s.is_cap(i) {
            return false;
        }
        if (i..k).any(|j| !s.is_word(j) || s.is_stop(j) && !s.is_det(j)) {
            return false;
        }
        let poss = |j: usize| j + 1 < end && s.is_poss(j + 1);
        let month_or_year = |j: usize| {
            s.is_in(j, TIME_NOUNS) && !s.is_in(j, &["time", "may", "fall", "march"])
                || s.is_in(j, &["may", "march"]) && s.is_cap(j)
                || s.is_word(j)
                    && s.w(j).len() == 4
                    && s.w(j).starts_with(['1', '2'])
                    && s.w(j).chars().all(|c| c.is_ascii_digit())
        };
        let e = if s.is_in(k, DAYS) && !poss(k) {
            k + 1
        } else if s.is_in(k, &["last", "this", "next"])
            && s.is_in(k + 1, TIME_UNITS)
            && !poss(k + 1)
        {
            k + 2
        } else if s.is_in(k, &["in", "on"]) {
            let j = if s.is_in(k + 1, &["early", "late", "mid"]) {
                k + 2
            } else {
                k + 1
            };
            if (s.is_in(j, DAYS) || month_or_year(j)) && !poss(j) {
                j + 1
            } else {
                return false;
            }
        } else {
            return false;
        };
        // "Tuesday night", "June 5": the rest of the time phrase.
        let e = if e < end
            && (s.is_in(e, TIME_NOUNS)
                || s.is_word(e) && s.w(e).starts_with(|c: char| c.is_ascii_digit()))
        {
            e + 1
        } else {
            e
        };
        !(e < end
            && s.is_word(e)
            && !s.is_cap(e)
            && (s.bytes(e).ends_with(b"ing")
                || s.bytes(e).ends_with(b"ed")
                || s.is_in(e, &["that", "which", "who", "to"])))
    }

    /// Whether the comma at `k` separates items of a list: up to six
    /// words, then another comma or "and"/"or" ("Obama, Clinton and Biden").
    fn list_comma(&self, k: usize, end: usize) -> bool {
        let s = self.s;
        (k + 2..end.min(k + 8))
            .find(|&j| !(s.is_word(j) || s.is_poss(j)) || s.is_in(j, W_AND_OR))
            .is_some_and(|j| s.is_p(j, ",") || s.is_in(j, W_AND_OR))
    }

    /// End of a to-infinitive stance starting at token `i` (at most
    /// `end`): a dash, a comma before a determiner, or a conjunction of the
    /// main clause, outside quotes ("pledged to repeal the law - a first",
    /// "vowed to stay despite the loss"). Not a comma before a participle:
    /// "to deploy missiles to the region, bordering Poland, ...".
    pub(super) fn to_end(&self, i: usize, end: usize) -> usize {
        let s = self.s;
        (i + 1..end)
            // (The quote search only for a token that would end the
            // stance.)
            .find(|&k| {
                (s.is_p(k, "—")
                    || s.is_p(k, "–")
                    || s.is_p(k, "--")
                    || s.is_p(k, "-") && s.toks[k - 1].end < s.toks[k].start
                    || s.is_p(k, ",")
                        && s.is_in(k + 1, &["the", "a", "an", "his", "her", "their", "its"])
                    || s.is_in(k, STANCE_ENDS))
                    && !self.in_quote(k)
            })
            .unwrap_or(end)
    }

    /// An inverted speaker after `"...," said`: a determiner and up to four
    /// words, ending at punctuation ("said the 46-year-old").
    pub(super) fn plain_forward(&self, i: usize) -> Option<Np> {
        let s = self.s;
        // `"...," said another.`, `"...," said one.`: a lone pronoun of a
        // group of speakers ending the sentence.
        if s.is_in(i, &["another", "one"])
            && (i + 1 >= self.n() || s.is_p(i + 1, ".") || s.is_p(i + 1, ","))
        {
            return Some(Np { a: i, b: i + 1 });
        }
        if !s.is_in(i, &["the", "a", "an", "one"]) {
            return None;
        }
        let mut e = i + 1;
        // "said one of those advisers": a partitive after "one".
        if s.is_in(i, W_ONE) && s.is_in(e, OF) {
            e += 1;
            if s.is_in(
                e,
                &["the", "those", "these", "his", "her", "their", "its", "our"],
            ) {
                e += 1;
            }
        }
        while e < self.n() && e < i + 6 && s.is_word(e) && !s.is_stop(e) {
            e += 1;
        }
        // The phrase ends at punctuation, a relative clause or a
        // prepositional post-modifier ("said one owner of a shop that
        // sells ...", "said one of two witnesses who relayed ...").
        (e > i + 1
            && (e >= self.n()
                || s.is_punct(e)
                || s.is_in(
                    e,
                    &["who", "whose", "that", "of", "at", "from", "in", "with"],
                )))
        .then_some(Np { a: i, b: e })
    }

    /// Whether most words of the sentence are capitalized (a headline).
    /// Headlines are short: a long run of capitalized words is a list of
    /// names, not a headline (and checking stays constant per cue).
    pub(super) fn title_case(&self) -> bool {
        *self.title.get_or_init(|| self.title_case_scan())
    }

    /// [`Ctx::title_case`] by a pass over the tokens.
    fn title_case_scan(&self) -> bool {
        let s = self.s;
        if self.n() - self.lo > MAX_HEADLINE_TOKENS {
            return false;
        }
        // Words and capitalized words of more than three bytes, in one
        // pass over the tokens (lengths from the token spans).
        let (mut words, mut caps) = (0usize, 0usize);
        for i in self.lo..self.n() {
            let t = s.toks[i];
            if !s.is_word(i) {
                continue;
            }
            let len = t.end - t.start;
            let cap = s.is_cap(i);
            // A long lowercase word ("agreed", "announced") marks a
            // sentence full of names, not a title-case headline ("Iowa
            // State University's Dianne Bystrom agreed.").
            if !cap && len >= 6 {
                return false;
            }
            if len > 3 {
                words += 1;
                caps += cap as usize;
            }
        }
        words > 0 && caps * 10 >= words * 7
    }

    /// Whether token `i` is a number or a quantity word ("about half").
    pub(super) fn quantity_next(&self, i: usize) -> bool {
        let s = self.s;
        s.is_word(i) && s.bytes(i).first().is_some_and(u8::is_ascii_digit)
            || s.is_in(
                i,
                &[
                    "half", "a", "one", "two", "three", "four", "five", "six", "seven", "eight",
                    "nine", "ten", "twice", "as",
                ],
            )
    }

    /// Whether a quantity opens at token `i`: "at least/most", or
    /// "about/around/up to" before a number ("at least 12 people",
    /// "about 40", "up to 300").
    pub(super) fn quantity_opener(&self, i: usize) -> bool {
        let s = self.s;
        let number = |k: usize| {
            k < self.n()
                && s.is_word(k)
                && (s.bytes(k).first().is_some_and(u8::is_ascii_digit)
                    || super::super::speaker::is_number_word(&s.w(k).to_ascii_lowercase()))
        };
        s.is_in(i, W_AT) && s.is_in(i + 1, &["least", "most"]) && i + 2 < self.n()
            || s.is_in(i, W_ABOUT_AROUND) && number(i + 1)
            || s.is_in(i, W_UP) && s.is_in(i + 1, TO) && number(i + 2)
    }

    /// Whether token `i` can open a reported clause that has no "that":
    /// a pronoun, a determiner, a name, a number or a quotation mark.
    pub(super) fn clause_start(&self, i: usize) -> bool {
        let s = self.s;
        s.is_pronoun(i)
            || s.is_cap(i)
            || s.is_quote_mark(i)
            || s.is_p(i, ":")
            || s.is_word(i) && s.bytes(i).first().is_some_and(u8::is_ascii_digit)
            || s.is_det(i)
            || s.is_in(i, CLAUSE_OPENERS)
    }

    /// Whether lowercase token `i` is, as a whole, a cue match for which
    /// `keep` holds.
    fn lower_cue_is(&self, i: usize, keep: impl Fn(&crate::lexicon::CueMatch) -> bool) -> bool {
        if !self.s.is_word(i) || self.s.is_cap(i) {
            return false;
        }
        // A token that is a whole cue form is a form of one word, so it has
        // a `Sent::cue_word` (the lexicon's word map holds every form with
        // no space, the token's table bits every ASCII one): most words
        // asked about (after a comma in a content) have none, and the scan
        // is made only for the others.
        let Some((cue, form)) = self.s.cue_word(self.lx, i) else {
            return false;
        };
        // A plain word after a space is the one cue match the scan would
        // find in it: that form, whose lemma and form `cue_word` gave (no
        // scan, no vector for its match).
        let t = self.s.toks[i];
        if plain_word_after_space(self.s.text.as_bytes(), t) {
            let m = crate::lexicon::CueMatch {
                start: t.start,
                end: t.end,
                cue,
                form,
                tok: crate::lexicon::CueMatch::NO_TOK,
            };
            return keep(&m);
        }
        self.lower_cue_scan(i, keep)
    }

    /// [`Ctx::lower_cue_is`] past its tests of the token: the lexicon's
    /// scan of the token's text (a vector for its matches).
    fn lower_cue_scan(&self, i: usize, keep: impl Fn(&crate::lexicon::CueMatch) -> bool) -> bool {
        let t = self.s.toks[i];
        let mut m = Vec::new();
        self.lx.find_cues(self.s.text, t.start, t.end, &mut m);
        m.iter()
            .any(|c| c.start == t.start && c.end == t.end && keep(c))
    }

    /// Whether token `i` is a lowercase past form of a cue ("found").
    pub(super) fn is_past_cue(&self, i: usize) -> bool {
        self.lower_cue_is(i, |c| c.form == Form::Past)
    }

    /// Whether token `i` is the -ing form of a cue ("saying", "calling").
    pub(super) fn is_cue_participle(&self, i: usize) -> bool {
        self.lower_cue_is(i, |c| {
            c.form == Form::Ing && self.lx.cue(c.cue).class != "appear"
        })
    }

    /// Token `k` opens the clause of a that-frame: "that", a subject
    /// pronoun, "why/how/whether".
    #[inline]
    pub(super) fn opens_that_clause(&self, k: usize) -> bool {
        let s = self.s;
        s.is_in(k, THAT) || s.is_in(k, W_SUBJ_PRONOUNS) || s.is_in(k, &["why", "how", "whether"])
    }

    /// Whether an -ing cue at token `i` of keys `keys` and frames `frames`
    /// after "before/after" reports a statement: a that-frame cue of
    /// saying or claiming ([`REPORT_PARTICIPLE_KEYS`]: "adding",
    /// "admitting", "concluding", "determining", "finding"), not of
    /// perceiving, learning or deciding ("hearing", "learning",
    /// "realizing", "deciding", "feeling") nor "discovering", "showing",
    /// "reading" ("resigned after learning that ...",
    /// "will wait before deciding whether ...": no row).
    #[inline]
    pub(super) fn is_report_participle(&self, i: usize, keys: u64, frames: u8) -> bool {
        frames & crate::lexicon::frame::THAT != 0
            && keys & REPORT_PARTICIPLE_KEYS != 0
            && !self.s.is_in(i, &["discovering", "showing", "reading"])
    }

    /// "before adding that ...", "after arguing he ...": "before/after" +
    /// an -ing cue of saying or claiming ([`Ctx::is_report_participle`])
    /// at token `i` + a clause ("that", a subject pronoun,
    /// "why/how/whether"): a second report of the sentence's subject (see
    /// `participle_rules`).
    pub(super) fn is_that_participle(&self, i: usize) -> bool {
        i + 2 < self.n()
            && self.opens_that_clause(i + 1)
            && self.lower_cue_is(i, |c| {
                let e = self.lx.cue(c.cue);
                c.form == Form::Ing && self.is_report_participle(i, e.keys, e.frames)
            })
    }

    /// End of the content that starts at token `i`: the sentence end or a
    /// clause boundary outside quotes; a lone dash before an afterthought
    /// ("an overwhelming victory - a landslide win based on ...", "that
    /// Comey was referring only to her interviews - but she also ..."); an
    /// unclosed parenthesis.
    pub(super) fn content_end(&self, i: usize) -> usize {
        self.content_end_with(i, true, true)
    }

    /// [`Ctx::content_end`] without the end before a subordinate clause of
    /// the speaker's own ([`Ctx::sub_clause_at`]): for a forecast or a
    /// fear, whose content the clause completes ("expect a sell-off when
    /// the Fed raises rates").
    pub(super) fn content_end_whole(&self, i: usize) -> usize {
        self.content_end_with(i, true, false)
    }

    /// Whether a noun-phrase content starting at token `i` and ending at
    /// `end` was cut before a subordinate clause of the speaker's own:
    /// [`Ctx::sub_clause_at`], or with `as_too` also
    /// [`Ctx::as_clause_at`] after a plain object ("acknowledged some
    /// plagiarism even as he defended ..."); the cut at "even" of "even
    /// though/as" counts.
    pub(super) fn cut_at_sub(&self, i: usize, end: usize, as_too: bool) -> bool {
        let s = self.s;
        if end <= i
            || end >= self.n()
            || s.is_in(i, THAT)
            || s.is_pronoun(i)
            || s.is_in(i, CLAUSE_WORDS)
        {
            return false;
        }
        let at = |k: usize| {
            self.sub_clause_at(i, k)
                || as_too
                    && s.is_in(k, AS_THOUGH)
                    && self.as_clause_at(i, k)
                    && self.plain_object(i, k)
        };
        at(end) || s.is_in(end, W_EVEN) && at(end + 1)
    }

    /// [`Ctx::content_end`]; with `quick`, the clause end's walk passes
    /// the tokens that no step of it reads in one slice search (`false`:
    /// token by token, for the unit test that compares the two).
    /// With `sub` false, no end before a subordinate clause
    /// ([`Ctx::content_end_whole`]).
    fn content_end_with(&self, i: usize, quick: bool, sub: bool) -> usize {
        // The first mark the walk passed that may be a dash or an opening
        // parenthesis (`usize::MAX` for none; without `quick`, 0: the
        // search below from the content's start): most contents have none,
        // and the search for them below is made only for the others, from
        // that mark on (the marks before it are neither).
        let mut first_mark = if quick { usize::MAX } else { 0 };
        let end = self.clause_end(i, quick, sub, &mut first_mark);
        if first_mark >= end {
            return end;
        }
        let s = self.s;
        // The token first, the quote search (a binary search) only for a
        // dash.
        // (Each mark as bytes: "—", "–", "--", and "-" after a space.)
        let dash = |k: usize| {
            s.is_punct(k)
                && match s.bytes(k) {
                    b"\xE2\x80\x94" | b"\xE2\x80\x93" | b"--" => true,
                    b"-" => s.toks[k - 1].end < s.toks[k].start,
                    _ => false,
                }
                && !self.in_quote(k)
        };
        // "raising the minimum wage (with far less intensity than ...": a
        // parenthesis that opens with a lowercase word or a quote and runs
        // to the end of the content is the writer's aside.
        let aside = |k: usize| {
            s.is_p(k, "(")
                && !self.in_quote(k)
                && (s.is_word(k + 1) && !s.is_cap(k + 1) || s.is_quote_mark(k + 1))
        };
        // One pass over the punctuation of the content for the first two
        // dashes and the first aside.
        // (From punctuation to punctuation: the words between are skipped
        // over the tokens in one slice.)
        let (mut first_dash, mut second_dash, mut first_open) = (None, false, None);
        let mut k = s.next_punct_or_in(first_mark.max(i + 2), end, 0);
        while k < end {
            if !second_dash && dash(k) {
                second_dash = first_dash.is_some();
                first_dash.get_or_insert(k);
            } else if first_open.is_none() && aside(k) {
                first_open = Some(k);
            }
            if second_dash && first_open.is_some() {
                break;
            }
            k = s.next_punct_or_in(k + 1, end, 0);
        }
        let end = match first_dash {
            // A pair of dashes holds a parenthetical; the content goes on.
            Some(d) if s.is_in(d + 1, AFTERTHOUGHT) && !second_dash => d,
            _ => end,
        };
        let open = first_open.filter(|&o| o < end);
        // It closes, if at all, at the end of the content.
        let close = open.and_then(|o| (o + 1..end).find(|&k| s.is_p(k, ")")));
        match (open, close) {
            (Some(o), None) => o,
            (Some(o), Some(c)) if (c + 1..end).all(|j| s.is_punct(j)) => o,
            _ => end,
        }
    }

    /// The cue whose rules run ([`Ctx::set_cue`]) when the content at
    /// token `i` is its own and the cue takes a noun-phrase object there
    /// more often than a clause ([`Ctx::clause_end`]): the content starts
    /// right after the cue or after at most six words with no mark (an
    /// adjunct or a listener: "said in a statement", "said earlier this
    /// month", "announced on Tuesday", "told reporters"), not right after
    /// "that"; the cue's lexicon class is none of [`CLAUSE_CUE_KEYS`]
    /// (saying, reporting, believing, confirming, ...: "said in a
    /// televised address the government and its allies rejected",
    /// "believe the gunman and his brother planned") and it takes no
    /// clause only ([`frame::CLAUSE`]: "argue"). The cue is the row's,
    /// not the nearest cue word before the content ("address", "call",
    /// "release" in the adjunct are none). No cue set: `None`.
    fn object_cue_before(&self, i: usize) -> Option<&'b crate::lexicon::Cue> {
        let s = self.s;
        let (lemma, cj) = self.cue.get();
        if lemma == usize::MAX
            || cj > i
            || i > cj + 6
            || i == 0
            || s.is_in(i - 1, THAT)
            || !(cj..i).all(|m| s.is_word(m))
        {
            return None;
        }
        let cue = self.lx.cue(lemma);
        (cue.keys & CLAUSE_CUE_KEYS == 0 && cue.frames & frame::CLAUSE == 0).then_some(cue)
    }

    /// Whether the word at token `m` may name an agent, the subject of a
    /// clause: a capitalized word, a pronoun, or a person or organization
    /// noun of the lexicon, itself or less a plural "s" or "ies" for
    /// "y" ("police", "companies",
    /// "government", "executives", "forces"); not a document noun
    /// ("report", "plan") nor any other word ("cut", "dividend", "offer").
    fn agent_word(&self, m: usize) -> bool {
        use crate::lexicon::NounType;
        let s = self.s;
        if !s.is_word(m) {
            return false;
        }
        if s.is_cap(m) || s.is_pronoun(m) {
            return true;
        }
        let agent =
            |t: Option<NounType>| matches!(t, Some(NounType::Person | NounType::Organization));
        let w = s.w(m);
        agent(s.speaker_noun(self.lx, m))
            || w.strip_suffix('s')
                .is_some_and(|w| agent(self.lx.speaker_noun(w)))
            || w.strip_suffix("ies")
                .is_some_and(|w| agent(self.lx.speaker_noun(&format!("{w}y"))))
    }

    /// Whether the noun-phrase content from token `i` to "and" at token
    /// `k` holds a verb: a listed irregular past ([`IRREGULAR_PASTS`],
    /// [`COORD_PASTS`] or a few intransitive ones of its own: "its profits
    /// fell", "the pipes froze", "the buses
    /// broke down") not right after an article, a possessive or
    /// demonstrative determiner or an owner ([`NOUN_DETS`]: "a cut in its
    /// dividend" is a noun), or a lowercase -ed word right after the
    /// content's first noun phrase (an -ly word between: "exports jumped",
    /// "its shares sharply climbed"). Such a content is a that-less clause,
    /// and "and" + "were/was/has" continues it ([`Ctx::clause_end`]).
    fn content_has_verb(&self, i: usize, k: usize) -> bool {
        let s = self.s;
        const INTRANSITIVE_PASTS: WordList = WordList::new(&[
            "froze", "fell", "rose", "grew", "broke", "sank", "shrank", "slid", "shook", "fled",
            "ran", "burst", "soared", "sprang",
        ]);
        (i..k).any(|m| {
            (s.is_in(m, IRREGULAR_PASTS)
                || s.is_in(m, COORD_PASTS)
                || s.is_in(m, &INTRANSITIVE_PASTS))
                && !(m > i && (s.is_in(m - 1, &NOUN_DETS) || s.is_poss(m - 1)))
        }) || forward(s, self.lx, i).is_some_and(|np| {
            let v = np.b + 1 + usize::from(np.b + 1 < k && s.bytes(np.b + 1).ends_with(b"ly"));
            np.a == i && v < k && s.is_word(v) && !s.is_cap(v) && s.bytes(v).ends_with(b"ed")
        })
    }

    /// Whether "and" at token `k` after the noun-phrase content from `i`
    /// opens the speaker's second verb phrase with the -ed past at token
    /// `j` ([`Ctx::clause_end`]): `j` is a lowercase past of five letters or
    /// more ("indeed", "need", "hundred" ... are none) before a determiner
    /// or an object pronoun ("and appointed a new chairman", "and freed
    /// them"; not "the charges and related documents"); the word before
    /// `i` is the cue, a verb that takes an object and is no verb of
    /// saying or reporting ("rejected", "confirmed", "vetoed"; not
    /// "said", "reported", a participle "saying" of [`SAY_PARTICIPLES`]
    /// or the comma after "According to police"); and no word of the content is a verb of a
    /// that-less clause the -ed past may be coordinated with (an irregular
    /// past of [`IRREGULAR_PASTS`], [`COORD_PASTS`] or
    /// [`THATLESS_PASTS`]: "confirmed the blast tore through the market
    /// and killed ...", "the company cut jobs and closed ..."), unless it
    /// follows an article, a possessive or demonstrative determiner
    /// ([`NOUN_DETS`]) or an owner's "'s" in the content, a noun then
    /// ("announced a cut in its dividend and lowered ..."; after a number
    /// or quantifier it is still a verb: "confirmed two fled the city and
    /// joined ...").
    fn second_ed_phrase(&self, i: usize, k: usize, j: usize) -> bool {
        let s = self.s;
        if !s.is_word(j) || s.is_cap(j) {
            return false;
        }
        let w = s.bytes(j);
        w.len() > 4
            && w.ends_with(b"ed")
            && (!w.ends_with(b"eed") || s.is_in(j, &["freed", "agreed", "decreed", "guaranteed"]))
            && !s.is_in(j, NOT_PASTS_ED)
            && (s.is_det(j + 1) || s.is_in(j + 1, &["him", "them", "it", "us", "me"]))
            && i > 0
            && s.is_word(i - 1)
            && !s.is_cap(i - 1)
            && !s.is_in(i - 1, SAY_PARTICIPLES)
            && !s.is_in(i - 1, SAY_REPORT_CUES)
            // (A past form right after an article, a possessive or
            // demonstrative determiner or an owner is a noun: "announced a
            // cut in its dividend and lowered ...", "the company's cut";
            // not after a number or quantifier: "confirmed two fled".)
            && !(i..k).any(|m| {
                (s.is_in(m, IRREGULAR_PASTS) || s.is_in(m, COORD_PASTS) || s.is_in(m, THATLESS_PASTS))
                    && !(m > i && (s.is_in(m - 1, &NOUN_DETS) || s.is_poss(m - 1)))
            })
    }
    /// The clause boundary that ends a content starting at token `i`. With
    /// `quick`, the tokens no step reads are passed in one slice search
    /// each (see [`Ctx::content_end_with`]): before a verb, a word that is
    /// no verb and none of `ends`; then any mark but a comma, a semicolon
    /// or a quotation mark, which no test below reads. Lowers `first_mark`
    /// to the first such mark that may be a dash or an opening parenthesis
    /// (every token up to the end found is walked, every mark stopped at).
    fn clause_end(&self, i: usize, quick: bool, sub: bool, first_mark: &mut usize) -> usize {
        let s = self.s;
        let n = self.n();
        let mut k = i + 1;
        // Whether the content opens a clause, and whether a finite verb was
        // seen in it so far (else it is a noun phrase object).
        let clause = s.is_in(i, THAT) || s.is_pronoun(i) || s.is_in(i, CLAUSE_WORDS);
        let verbal = |k: usize| {
            s.is_in(k, VERBAL)
                // "urged the candidate to dig in": an infinitive.
                || s.is_in(k, TO) && s.is_word(k + 1) && !s.is_cap(k + 1) && !s.is_stop(k + 1)
                // (Not a negated auxiliary: "n't" counted only with a
                // straight apostrophe, so straight and curly text ended
                // "isn't going anywhere, and most don't expect ..."
                // differently; counted with both, train lost a row.)
                // (The capital first: its class bit, before the word's
                // bytes.)
                || s.is_word(k) && !s.is_cap(k) && {
                    let w = s.bytes(k);
                    w.len() > 4 && w.ends_with(b"ed")
                }
        };
        let mut verb = verbal(i);
        // "While most of his rivals called for a bigger effort, Trump hewed
        // to ...": a content inside an opening subordinate clause (no comma
        // between the subordinator and the content) ends before the main
        // clause, a subject and a finite verb after a comma.
        let lo = self.lo;
        // (The word-set bit of a wider list first: most first words are
        // none of them.)
        let in_subordinate = i > lo
            && i <= lo + 40
            && s.is_in(lo, W_SUB_OPENERS)
            && s.is_in(lo, CONTENT_SUBORDINATORS)
            && (lo + 1..i).all(|j| !s.is_p(j, ","));
        let main_clause = |k: usize| self.subject_verb_at(k + 1, n).is_some();
        // Every test below but the verb first needs token `k` to be
        // punctuation or a word of one of these sets.
        let ends = AND.bit() | AND_BUT.bit() | AS_THOUGH.bit();
        // Before a verb of a noun-phrase content, "before/after" too (the
        // test of a that-participle after it, below).
        let object_ends = if clause {
            ends
        } else {
            ends | W_UPON_BEFORE_AFTER.bit()
        };
        // After the verb of a to-infinitive too, governed by a past act
        // of declining, refusing, agreeing, vowing, promising or
        // threatening ("declined to comment before confirming that ...");
        // not after a plan or wish ("plans to cut rates after confirming
        // that ...": no claim made yet).
        let to_cut = !clause
            && i > 0
            && s.is_in(i, TO)
            && s.is_in(
                i - 1,
                &[
                    "declined",
                    "refused",
                    "agreed",
                    "vowed",
                    "pledged",
                    "promised",
                    "threatened",
                ],
            );
        let verb_ends = if to_cut { object_ends } else { ends };
        // Before a verb also a subordinator, in the first words of a
        // content that opens no clause (the noun-phrase content's end
        // test below, [`Ctx::sub_clause_at`]; none after them, nor without
        // `sub`).
        let mut subs = if clause || !sub {
            0
        } else {
            W_SUB_OPENERS.bit()
        };
        while k < n {
            if !verb {
                if k > i + 8 {
                    subs = 0;
                }
                // (Quick: straight to the next token that is punctuation,
                // a word of `object_ends` or one `verbal` may take.)
                if quick {
                    k = next_verbal_or_stop(s, k, n, object_ends | subs | VERBAL.bit() | TO.bit());
                    if k == n {
                        break;
                    }
                }
                // (A mark is no verb: `verbal`'s three tests, each of which
                // fails for it, are asked of words only. Most tokens the
                // scan above stops at are marks.)
                if !s.is_punct(k) {
                    verb = verbal(k);
                    if !verb && !s.in_sets(k, object_ends | subs) {
                        k += 1;
                        continue;
                    }
                }
            }
            // Once a verb is seen only the tests below are left, and a token
            // that is no punctuation and no word of `ends` passes them all:
            // skip to the next one that is.
            if verb {
                k = s.next_punct_or_in(k, n, verb_ends);
                if k == n {
                    break;
                }
            }
            // A mark that is no comma, semicolon or quotation mark (most
            // often the sentence's stop) passes every test below.
            if quick && s.is_punct(k) && !s.is_quote_mark(k) {
                let b = s.text.as_bytes()[s.toks[k].start];
                if !matches!(b, b',' | b';') {
                    // ("-", "(", or the lead byte of a long dash; the first
                    // one is the least, kept without a branch.)
                    let may_be = matches!(b, b'-' | b'(' | 0xE2);
                    *first_mark = (*first_mark).min(if may_be { k } else { usize::MAX });
                    k += 1;
                    continue;
                }
            }
            // A mark reads only the tests of marks, a word (of `ends`) only
            // those of words.
            if s.is_punct(k) {
                // (Whether the mark is a comma, read once: five of the tests
                // below ask it, and the other two hold for a semicolon or a
                // quotation mark, the only other marks that come here with
                // `quick`.)
                let comma = s.is_p(k, ",");
                if !comma && s.is_p(k, ";") && !self.in_quote(k) {
                    return k;
                }
                if in_subordinate && comma && !self.in_quote(k) && main_clause(k) {
                    return k;
                }
                // "X told aides that he saw Sanders as a threat, according to
                // someone in attendance": the source of the whole sentence
                // follows; the content ends before it. (Not a source between
                // commas inside the clause: "said the bill, according to the
                // budget office, would cost ...".)
                if comma
                    && self.according_next(k + 1)
                    && !self.according_inside(k + 3)
                    && !self.in_quote(k)
                {
                    return k;
                }
                if comma
                    && s.is_in(k + 1, CUTS)
                    && !self.in_quote(k)
                    // "X, where ...": a relative on a place in the content.
                    && !s.is_in(k + 1, &["where"])
                    // "believes there are no good options, but that sometimes
                    // ...": a second complement clause of the same cue (like
                    // "and that" below) goes on, after a clause content.
                    // Not "that" as a determiner ("but that group was ...").
                    && !((clause || verb)
                        && s.is_in(k + 1, &["but"])
                        && s.is_in(k + 2, THAT)
                        && !(s.is_word(k + 3)
                            && !s.is_cap(k + 3)
                            && !s.is_pronoun(k + 3)
                            && !s.is_det(k + 3)
                            && s.is_aux_like(k + 4)))
                    // "that the plan, which critics fought, was ...": a relative
                    // on the short subject of a that-clause.
                    && !(s.is_in(k + 1, &["who", "which", "whose"])
                        && k <= i + 5
                        && (s.is_in(i, &["that"]) || i > 0 && s.is_in(i - 1, &["that"]))
                        && (i..k).all(|j| s.is_word(j) || s.is_poss(j)))
                {
                    return k;
                }
                // ", and its leaders threatened ...": a new clause with its own
                // subject and cue.
                if comma && s.is_in(k + 1, AND_BUT) && !self.in_quote(k) {
                    let new_clause = (k + 3..(k + 7).min(n))
                        .take_while(|&j| s.is_word(j) || s.is_poss(j))
                        .any(|j| {
                            s.cue_word(self.lx, j)
                                .is_some_and(|(_, f)| matches!(f, Form::Past | Form::Third))
                        })
                        // ", and he railed against ...", ", and I think ...": a
                        // personal pronoun opening the next clause.
                        || s.is_in(k + 2, W_SUBJ_PRONOUNS)
                            && s.is_word(k + 3)
                            && !s.is_stop(k + 3)
                        // ", and Ms. Brainard is ...": a name and an auxiliary.
                        || s.is_cap(k + 2)
                            && !s.is_stop(k + 2)
                            && (k + 3..(k + 6).min(n))
                                .take_while(|&j| s.is_cap(j) && s.is_word(j) || s.is_aux_like(j))
                                .any(|j| s.is_aux_like(j))
                        // "denied any role in the attacks, and the U.S. has
                        // never ...": after a noun-phrase content, a verb in the
                        // next words opens a clause of its own.
                        || !clause
                            && !verb
                            && !s.is_in(k + 2, W_THAT_WHO_WHICH)
                            && (k + 2..(k + 10).min(n))
                                .take_while(|&j| {
                                    !s.is_in(j, W_THAT_WHO_WHICH)
                                        && !s.is_p(j, ":")
                                        && !s.is_p(j, ";")
                                })
                                .any(|j| {
                                    verbal(j)
                                        || s.is_in(j, &["say", "says", "want", "wants"])
                                        || s.cue_word(self.lx, j).is_some_and(|(_, f)| {
                                            matches!(f, Form::Past | Form::Third)
                                        })
                                });
                    if new_clause {
                        return k;
                    }
                }
                // "... would rise, the company said.": the writer's own
                // attribution of the sentence closes it (after three words
                // of the content at least, which a row needs: "He said
                // prices rose, analysts said" keeps its one content).
                if comma
                    && k >= i + usize::from(s.is_in(i, THAT)) + 3
                    && self.tail_attribution(k)
                    && !self.opening_subordinate(i, k)
                    && !self.in_quote(k)
                {
                    return k;
                }
                // "..., calling it X": a participle clause of the speaker.
                if comma && self.is_cue_participle(k + 1) && !self.in_quote(k) {
                    return k;
                }
                // "..., before adding that ...": after an object or a
                // to-infinitive ("called it a stunt, before adding that",
                // "declined to comment, before confirming that"), not after
                // a clause, whose own subject the participle may have
                // ("said the suspect was released on bail, after admitting
                // that ...").
                // After a clause too for ", before adding / saying /
                // noting that ...": the speaker's next words ("said 12
                // people had died, before adding that the toll could rise").
                if comma
                    && (!clause && (!verb || s.is_in(i, TO))
                        || s.is_in(k + 1, &["before"])
                            && s.is_in(k + 2, &["adding", "saying", "noting"]))
                    && s.is_in(k + 1, W_UPON_BEFORE_AFTER)
                    && self.is_that_participle(k + 2)
                    && !self.in_quote(k)
                {
                    return k;
                }
                // The same with the comma inside the closing mark: `... was
                // "corrupt," noting that ...`, `"...," while ...`.
                if !comma
                    && s.is_quote_mark(k)
                    && k > i + 1
                    && s.is_p(k - 1, ",")
                    && self.in_quote(k - 1)
                    && !self.in_quote(k)
                    && (self.is_cue_participle(k + 1)
                        || s.is_in(k + 1, CUTS)
                        || self.according_next(k + 1))
                {
                    return k + 1;
                }
            } else {
                // "barely mentioned Clinton's remarks and went right back to
                // ...": an irregular past after an object opens a second verb
                // phrase of the speaker. So does an -ed past with an object
                // of its own after a cue with a noun-phrase object
                // ([`Ctx::second_ed_phrase`]: "denied the charges and
                // accused the officers of ...", "condemned the attack and
                // urged ...").
                if !clause && !verb && k > i + 1 && s.is_in(k, AND) && !self.in_quote(k) {
                    let j = if s.is_in(k + 1, AND_ADVERBS) {
                        k + 2
                    } else {
                        k + 1
                    };
                    if s.is_in(j, IRREGULAR_PASTS) {
                        return k;
                    }
                    if self.second_ed_phrase(i, k, j) {
                        return k;
                    }
                    // After the row's cue when it takes a noun-phrase
                    // object there ([`Ctx::object_cue_before`]: not one of
                    // saying, believing or confirming, even after an
                    // adjunct or a listener: "said in a televised address
                    // the government and its allies rejected", "believe
                    // the gunman and his brother planned"; nor after a mark
                    // or "that", whose clause's subject the phrase may be:
                    // "According to police, the gunman and his brother
                    // fled", "showed that moderates and women backed
                    // Clinton"):
                    // (1) "denied the allegations \[and was cleared\]",
                    // "accused X of fraud \[and is seeking damages\]": a finite
                    // "be", "have" or modal right after "and" has the speaker
                    // for its subject (the object is a noun phrase with no
                    // verb: no cut when the content holds one,
                    // [`Ctx::content_has_verb`]: "announced its profits fell
                    // and were expected to fall further").
                    // (2) "called for a ceasefire \[and the army rejected
                    // it\]": a clause of another subject, as after an object
                    // of `speaker-cue-obj` ([`Ctx::object_end`]); when the
                    // cue may take a that-less clause of a finite verb
                    // ([`thatless_clause_cue`]), only if the word before
                    // "and" names no agent ([`Ctx::agent_word`]: "denied
                    // its forces and allied militias committed abuses",
                    // "complained the police and the army abandoned the
                    // town", "announced the government and the unions
                    // signed a deal" are the cue's clause; "announced a
                    // rate cut \[and its governor said\]", "accepted the
                    // report \[and the findings shocked\]" are cut); an -s
                    // verb (after an -ly word, the word after it) before a
                    // word ("and Japanese comments." is no clause; "and the
                    // speaker agreed." is one).
                    if let Some(cue) = self.object_cue_before(i) {
                        if s.is_aux_like(j)
                            && s.is_word(j + 1)
                            && !s.is_cap(j + 1)
                            && !self.content_has_verb(i, k)
                        {
                            return k;
                        }
                        if j == k + 1
                            && !(thatless_clause_cue(cue) && self.agent_word(k - 1))
                            && self.speaker_clause_np(k + 1, n).is_some_and(|np| {
                                let v = np.b + usize::from(s.bytes(np.b).ends_with(b"ly"));
                                s.is_word(v + 1) || !s.bytes(v).ends_with(b"s")
                            })
                        {
                            return k;
                        }
                    }
                }
                // "called her son a hero before explaining why ...": after
                // an object of two words or more with no verb before it (not
                // inside a clause, whose own subject the participle may
                // have: "said the gunman fled after shouting that ..."), a
                // participle of saying or claiming (`is_that_participle`).
                // After a to-infinitive of a past act too (`to_cut`,
                // "declined to comment before confirming that ...").
                if !clause
                    && (!verb || to_cut)
                    && k >= i + 2
                    && s.is_in(k, W_UPON_BEFORE_AFTER)
                    && self.is_that_participle(k + 1)
                    && !self.in_quote(k)
                {
                    return k;
                }
                // "preferred Clinton while 6 in 10 men backed Sanders",
                // "denied the charges after prosecutors filed them",
                // "criticized the plan before leaving": after a noun-phrase
                // content, a subordinate clause with its own subject and
                // verb, or an -ing participle, goes with the speaker's verb
                // (not "a time when ...": a relative on a time noun).
                if !verb && subs != 0 && self.sub_clause_at(i, k) {
                    return if s.is_in(k - 1, W_EVEN) { k - 1 } else { k };
                }
                // "... and urged X to": a second cue sharing the subject,
                // right after "and/but". After auxiliaries, adverbs or "not"
                // (the walk of the coordinated cue's own rule, `COORD_AUX`)
                // the walked words mostly go on with the content's own
                // subject ("said his client has cooperated and has denied
                // ...", "the suspect fled to Mexico and later denied ...",
                // "had resigned but had not explained why"): only "but" +
                // auxiliaries other than "had" + a verb of saying or giving
                // details with no object ([`detail_turn`]: "said the talks
                // would go on but did not say when") turns to the speaker,
                // and only with three words of content before it, which a
                // row needs ("said sales fell but did not say by how much"
                // keeps its one content). "not" right after the conjunction
                // only before a base form.
                // (The quote test, a binary search, last.)
                if s.is_in(k, AND_BUT) {
                    // A time phrase between the conjunction and the cue
                    // ("said the toll had risen to 40 and on Tuesday said
                    // it could rise further", "and last week warned"), as
                    // `apply_frames` skips it (not the second of "Monday
                    // and Tuesday"), before a verb of saying only
                    // ([`TIME_TURN_CUES`]; "and later denied", "and on
                    // Sunday claimed" go on with the content's subject).
                    // (Also after "then" and "late/early" before "on":
                    // "and then on Friday said", "and late on Wednesday
                    // told".)
                    let mut p = k + 1;
                    if s.is_in(p, &["then"]) {
                        p += 1;
                    }
                    if s.is_in(p, &["late", "early"]) && s.is_in(p + 1, &["on"]) {
                        p += 1;
                    }
                    let t = if s.is_in(k - 1, DAYS) {
                        k + 1
                    } else if s.is_in(p, &["on"]) && s.is_in(p + 1, DAYS)
                        || s.is_in(p, &["last", "this"]) && s.is_in(p + 1, TIME_UNITS)
                    {
                        p + 2
                    } else if s.is_in(p, DAYS) {
                        p + 1
                    } else {
                        k + 1
                    };
                    let mut j = t;
                    while j < n && j < t + 2 && s.is_in(j, COORD_AUX) {
                        j += 1;
                    }
                    let turns = j == t
                        || k >= i + usize::from(s.is_in(i, THAT)) + 3
                            && detail_turn(s, k, j)
                            && !(k + 1..j).any(|a| s.is_in(a, &["had"]));
                    if turns
                        && j < n
                        && s.is_word(j)
                        && (t == k + 1 || s.is_in(j, TIME_TURN_CUES))
                        && s.cue_word(self.lx, j).is_some_and(|(_, f)| {
                            matches!(f, Form::Past | Form::Third) && !s.is_in(k + 1, &["not"])
                                || f == Form::Base && j > t
                        })
                        && !self.in_quote(k)
                    {
                        return k;
                    }
                }
                // "painted a dire portrait as he accepted the nomination", "the
                // overthrow of Assad, even though it was clear ...": a
                // subordinate clause of the speaker's sentence with a pronoun
                // subject (not "as he said", "as long as he").
                if s.is_in(k, AS_THOUGH) && self.as_clause_at(i, k) {
                    return if s.is_in(k - 1, W_EVEN) { k - 1 } else { k };
                }
                // "... the party doesn't care, and one in four said it was
                // out of touch", "21 percent said yes and 14 percent said no",
                // ", and more than 4 in 10 said ...": a share of respondents
                // after "and" opens a new clause with its own cue.
                if s.is_in(k, AND) && k > i + 1 && self.share_clause(k + 1) && !self.in_quote(k) {
                    return if s.is_p(k - 1, ",") { k - 1 } else { k };
                }
                // "... and would not say": a second verb phrase of the speaker.
                if s.is_in(k, AND)
                    && k > i + 1
                    && s.is_in(k + 1, AND_VERB)
                    // (After a finite verb of the content, "and would/has
                    // ..." goes on with the reported clause: "said it was
                    // ready to act and would use all its tools".)
                    && !(verb && s.is_in(k + 1, &["would", "will", "has", "have", "had"]))
                    && !self.in_quote(k)
                {
                    return if s.is_p(k - 1, ",") { k - 1 } else { k };
                }
            }
            k += 1;
        }
        n
    }

    /// Whether "as" or "even though/as" at token `k` opens a subordinate
    /// clause of the speaker's sentence with a pronoun subject, ending a
    /// content that starts at token `i` ([`Ctx::clause_end`]: "painted a
    /// dire portrait as he accepted the nomination", "the overthrow of
    /// Assad, even though it was clear ..."; not "as he said", "as long
    /// as he").
    fn as_clause_at(&self, i: usize, k: usize) -> bool {
        let s = self.s;
        k > i + 1
            && (s.is_in(k, W_AS) || s.is_in(k - 1, W_EVEN))
            && !(k > i + 2 && s.is_in(k - 2, W_AS))
            && s.is_in(k + 1, W_SUBJ_PRONOUNS)
            && s.is_word(k + 2)
            && !s.is_aux_like(k + 2)
            && !s.is_in(k + 2, AS_PRONOUN_NOT)
            && !self.in_quote(k)
    }

    /// Whether a noun-phrase content starting at token `i` ends before a
    /// subordinate clause of the speaker's own at token `k`
    /// ([`Ctx::clause_end`]): within its first eight tokens, a
    /// subordinator of `CONTENT_SUBORDINATORS` but "since" ("the worst
    /// losses since regulators tightened ...": "since" mostly dates the
    /// noun) after a [`Ctx::plain_object`], followed by a subject and a
    /// finite verb or by an -ing participle, outside quotes.
    pub(super) fn sub_clause_at(&self, i: usize, k: usize) -> bool {
        let s = self.s;
        k > i
            && k <= i + 8
            && k < self.n()
            && s.in_sets(k, W_SUB_OPENERS.bit())
            && s.is_in(k, CONTENT_SUBORDINATORS)
            && !s.is_in(k, &["since"])
            && self.plain_object(i, k)
            && (s.is_word(k + 1)
                && !s.is_cap(k + 1)
                && s.bytes(k + 1).len() > 5
                && s.bytes(k + 1).ends_with(b"ing")
                && !s.is_stop(k + 1)
                || self.subject_verb_at(k + 1, self.n()).is_some())
            && !self.in_quote(k)
    }

    /// Whether tokens `i..k` before a subordinator at `k` are a plain
    /// noun-phrase object ([`Ctx::clause_end`]): not after "that", not
    /// opening with a gerund, no auxiliary, past form or "as" in them
    /// ("that Clinton used a private server while ...", "described him
    /// as weak because ...", "sitting in on groups when ..."), and the
    /// word before the subordinator a content word or a comma, not a
    /// preposition, an adverb or a time noun ("for once", "particularly
    /// when", "the days when").
    fn plain_object(&self, i: usize, k: usize) -> bool {
        let s = self.s;
        // (Past "even" and a comma: ", even though ...".)
        let mut q = k;
        if q > i + 1 && s.is_in(q - 1, W_EVEN) {
            q -= 1;
        }
        if q > i + 1 && s.is_p(q - 1, ",") {
            q -= 1;
        }
        let p = q - 1;
        if p < i
            || i > 0 && s.is_in(i - 1, THAT)
            || s.bytes(i).ends_with(b"ing")
            || !s.is_word(p) && !s.is_poss(p) && !s.is_quote_mark(p)
            || s.is_word(p) && (s.is_stop(p) || s.bytes(p).ends_with(b"ly"))
            || s.is_in(p, TIME_NOUNS)
            || s.is_in(
                p,
                &[
                    "time", "times", "moment", "moments", "point", "era", "days", "back",
                ],
            )
        {
            return false;
        }
        (i..k).all(|j| {
            !s.is_word(j)
                || !(s.is_aux_like(j)
                    || s.is_in(j, W_DO_MODALS)
                    || s.is_in(j, IRREGULAR_PASTS)
                    // "he'll", "they're", "don't": a contracted verb.
                    || contracted(s.bytes(j))
                    || s.is_in(j, W_AS)
                    || !s.is_cap(j) && s.bytes(j).len() > 3 && s.bytes(j).ends_with(b"ed"))
        })
    }

    /// Whether the comma at token `k` opens the writer's attribution of
    /// the whole sentence, at its end: a subject and a past or present cue
    /// form ("..., the company said.", "..., analysts said Monday", "...,
    /// Reuters reported, citing ...", "..., he replied, \"We ...\"", "...,
    /// officials said that ..."), maybe after "and" or "but" or an -ly
    /// adverb ("Politico recently reported"), which ends a content before
    /// it (`Ctx::clause_end`, not after an opening subordinate clause of
    /// the content: [`Ctx::opening_subordinate`]). Not a parenthetical the
    /// content goes on after ("the suspect, he told them, had fled", "Mr.
    /// Ruiz, she believed, had misled ..."), nor a verb followed by
    /// anything else ("..., I wrote in \"Ralph Nader\"";
    /// [`Ctx::attribution_tail`]).
    fn tail_attribution(&self, k: usize) -> bool {
        let s = self.s;
        let n = self.n();
        let j = if s.is_in(k + 1, AND_BUT) {
            k + 2
        } else {
            k + 1
        };
        // (The subject's first word: a determiner, a pronoun, a name, a
        // plural noun, a speaker noun or a modifier before one ("police",
        // "state media", "local police"); not a relative.)
        // (The class bits by `|`, without a branch each.)
        if !s.is_word(j)
            || !(s.is_det(j) | s.is_pronoun(j) | s.is_cap(j) | s.bytes(j).ends_with(b"s")
                || s.speaker_noun(self.lx, j).is_some()
                || s.is_word(j + 1) && s.speaker_noun(self.lx, j + 1).is_some())
            || s.is_in(j, W_THAT_WHO_WHICH)
        {
            return false;
        }
        // The cue first, by its token bits, within the next words (the
        // subject search, which costs more, only for a cue with a tail):
        // a past or present form in lowercase.
        let last = n.min(j + 8);
        let mut v = j + 1;
        while v < last && (s.is_word(v) || s.is_poss(v)) {
            if s.is_word(v)
                && !s.is_cap(v)
                && s.cue_word(self.lx, v)
                    .is_some_and(|(_, f)| matches!(f, Form::Past | Form::Third))
                && self.attribution_tail(v)
            {
                // The subject runs from `j` to the cue (maybe before an
                // -ly adverb: "Politico recently reported").
                return forward(s, self.lx, j).is_some_and(|np| {
                    np.a == j && (np.b == v || np.b + 1 == v && s.bytes(np.b).ends_with(b"ly"))
                });
            }
            v += 1;
        }
        false
    }

    /// Whether what follows the cue at token `v` of a closing attribution
    /// ([`Ctx::tail_attribution`]; after the hearer of "told": "told
    /// reporters", "told Reuters") may end the sentence's attribution: the
    /// sentence's end, a reported clause or quote of the tag's own, a
    /// time, the occasion ("in a statement"), or after a comma a
    /// participle or a contrast.
    fn attribution_tail(&self, v: usize) -> bool {
        let s = self.s;
        let n = self.n();
        let a = if s.is_in(v, &["told"]) && s.is_word(v + 1) && !s.is_in(v + 1, THAT) {
            forward(s, self.lx, v + 1)
                .filter(|o| o.a == v + 1)
                .map_or(v + 2, |o| o.b)
        } else {
            v + 1
        };
        // A time or the occasion after the cue ("said on Tuesday", "said
        // late Sunday", "said in a statement"): the tag ends after it
        // unless a comma and a verb follow, the rest of a content the tag
        // sits inside ("the virus, officials said on Tuesday, had
        // spread"; "..., diplomats said late Sunday, as fighting went
        // on" ends it).
        let adjunct = s.is_in(a, DAYS)
            || s.is_in(a, &["on"]) && s.is_in(a + 1, DAYS)
            || s.is_in(a, TAIL_TIMES)
            || s.is_in(a, &["in", "at"]) && s.is_in(a + 1, TAIL_DETS);
        if adjunct {
            let mut p = a + 1;
            while p < n && p < a + 8 && s.is_word(p) {
                p += 1;
            }
            let verb_after = |q: usize| {
                s.is_in(q, VERBAL)
                    || s.is_in(q, W_DO_MODALS)
                    || s.is_in(q, &["not", "never", "also"])
                    || s.is_word(q) && !s.is_cap(q) && s.bytes(q).ends_with(b"ed")
            };
            return if s.is_p(p, ",") {
                !verb_after(p + 1)
            } else {
                self.tag_ends_at(p)
            };
        }
        s.is_in(a, THAT) || self.tag_ends_at(a)
    }

    /// Whether a closing attribution's tag ends at token `a`: the
    /// sentence's end, a mark other than a comma, or a comma before a
    /// quotation, a contrast or an "-ing" participle ("..., the agency
    /// reported, citing ...").
    fn tag_ends_at(&self, a: usize) -> bool {
        let s = self.s;
        a >= self.n()
            || s.is_punct(a) && !s.is_p(a, ",")
            || s.is_p(a, ",")
                && (s.is_quote_mark(a + 1) && s.is_cap(a + 2)
                    || s.is_in(
                        a + 1,
                        &["but", "though", "although", "while", "whereas", "and"],
                    )
                    || s.is_word(a + 1) && !s.is_cap(a + 1) && s.w(a + 1).ends_with("ing"))
    }

    /// Whether the comma at token `k` closes the subordinate clause that
    /// opens the content starting at token `i` (after "that"): "that
    /// although the talks failed, he insisted ..." goes on with its own
    /// main clause. So does a time or place phrase after "that" ("said
    /// that in March, the airline admitted that ...", "that during the
    /// trial, witnesses testified ...").
    fn opening_subordinate(&self, i: usize, k: usize) -> bool {
        let s = self.s;
        let after_that = s.is_in(i, THAT);
        let c0 = if after_that { i + 1 } else { i };
        let that_before = after_that || i > 0 && s.is_in(i - 1, THAT);
        // (The phrase is short, three tokens at most: "that in March
        // sales fell, the company said" ends at its tag.)
        (s.is_in(c0, TAIL_SUBORDINATORS)
            || that_before && k <= c0 + 3 && s.is_in(c0, THAT_ADJUNCT_OPENERS))
            && (c0 + 1..k).all(|m| !s.is_p(m, ","))
    }

    /// Whether a share of respondents opens a clause at token `j` with
    /// "say/says/said" within seven tokens: a number (digits or a
    /// word) or a quantity opener ("more than 4 in 10", "one in four",
    /// "14 percent", "nearly half") followed only by numbers, "%",
    /// "percent", "in/of/than" and quantity words before the cue.
    fn share_clause(&self, j: usize) -> bool {
        let s = self.s;
        let number = |k: usize| {
            s.is_word(k)
                && (s.bytes(k).first().is_some_and(u8::is_ascii_digit) || s.is_number_word(k))
        };
        let n = self.n();
        // (The word-set bits first: every word of the list that may open
        // the share is a quantity opener or quantifier, and the list's
        // own test, a loop over its words, is made only for those.)
        if j >= n
            || !(number(j)
                || s.in_sets(j, SHARE_OPENERS)
                    && s.is_in(j, &SHARE_WORDS)
                    && !s.is_in(j, SHARE_NOT_FIRST))
        {
            return false;
        }
        let mut has_number = false;
        for k in j..n.min(j + 7) {
            if number(k) || s.is_p(k, "%") || s.is_in(k, &["half", "third", "quarter"]) {
                has_number = true;
                continue;
            }
            if !s.is_word(k) {
                return false;
            }
            if s.is_in(k, &SHARE_WORDS) {
                continue;
            }
            // (Only "say/says/said": "and 42 percent favored X" after a
            // poll's finding goes on with the finding.)
            return has_number && k > j && s.is_in(k, &["say", "says", "said"]);
        }
        false
    }

    /// Whether "according to" opens at token `i`.
    fn according_next(&self, i: usize) -> bool {
        self.s.is_in(i, &["according"]) && self.s.is_in(i + 1, TO)
    }

    /// Whether the source of an "according to" starting at token `i` is
    /// an aside inside a clause: a comma within a dozen tokens, then the
    /// clause goes on with its finite verb (an auxiliary, an irregular
    /// past or an -ed form: "the bill, according to the budget office,
    /// would cost ...", "the attack, according to early reports, killed
    /// 12"), not an apposition or a new clause of the source.
    fn according_inside(&self, i: usize) -> bool {
        let s = self.s;
        let n = self.n();
        let Some(c) = (i..n.min(i + 12)).find(|&k| !s.is_word(k) && !s.is_poss(k)) else {
            return false;
        };
        let v = c + 1;
        s.is_p(c, ",") && finite_form(s, v)
    }

    /// A subject phrase opening at token `g` and followed, before token
    /// `end`, by a finite verb (maybe after an -ly adverb): an auxiliary,
    /// an irregular past, an -ed form or a past or -s cue form ("Trump
    /// hewed", "the league strongly denounced", "Emanuel said").
    pub(super) fn subject_verb_at(&self, g: usize, end: usize) -> Option<Np> {
        let s = self.s;
        let np = forward(s, self.lx, g).filter(|np| np.a == g && np.b < end)?;
        let v = if s.bytes(np.b).ends_with(b"ly") {
            np.b + 1
        } else {
            np.b
        };
        // (A pronoun's contracted "is/has": "she's tacked to the left".)
        let contracted = np.b == np.a + 1 && s.is_pronoun(np.a) && s.is_poss(np.b);
        let verb = contracted
            || v < end
                && (finite_form(s, v)
                    || s.is_word(v)
                        && !s.is_cap(v)
                        && s.cue_word(self.lx, v)
                            .is_some_and(|(_, f)| matches!(f, Form::Past | Form::Third)));
        verb.then_some(np)
    }

    /// Whether a subject phrase opening at token `g` is followed, before
    /// token `end`, by an -s form of a cue, "said/warned/complained/...",
    /// or another past form of a cue not followed by a preposition or a
    /// time word ("and Clinton said", "and Donald Trump says", "and the
    /// army claimed responsibility"): a clause of its own speaker, not a
    /// coordinated object ("Kasich and
    /// Rand Paul paid ..." is no cue; "the executives named in the
    /// lawsuit", "the militias accused of the massacre", "the evidence
    /// cited by them", "the workers dismissed in 2020": a past participle
    /// modifying the noun).
    fn speaker_clause_at(&self, g: usize, end: usize) -> bool {
        self.speaker_clause_np(g, end).is_some()
    }

    /// [`Ctx::speaker_clause_at`] with the subject phrase found.
    fn speaker_clause_np(&self, g: usize, end: usize) -> Option<Np> {
        const AFTER_PARTICIPLE: WordList = WordList::new(&[
            "in", "by", "of", "for", "at", "on", "from", "during", "under", "with", "after",
            "over", "since", "as", "to", "into", "against", "about", "before", "last", "earlier",
        ]);
        // Past forms that hardly modify a noun ("and the company warned
        // of job cuts", "and the governor said in a statement").
        const FINITE_PAST: &[&str] = &[
            "said",
            "warned",
            "complained",
            "insisted",
            "argued",
            "testified",
            "spoke",
            "responded",
            "replied",
            "explained",
            "added",
            "stressed",
        ];
        let s = self.s;
        self.subject_verb_at(g, end).filter(|np| {
            let v = if s.bytes(np.b).ends_with(b"ly") {
                np.b + 1
            } else {
                np.b
            };
            v < end
                && match s.cue_word(self.lx, v) {
                    Some((_, f)) => {
                        f == Form::Third
                            || f == Form::Past
                                && (s.is_in(v, FINITE_PAST) || !s.is_in(v + 1, &AFTER_PARTICIPLE))
                    }
                    // A past that is no cue after a subject with an
                    // article, with an object of its own (a determiner, an
                    // object pronoun or a number), which no participle
                    // modifying the noun takes ("asked for a stay and the
                    // court granted it", "and the judge rejected the
                    // request"; not "the documents filed in court", "the
                    // firefighters sent overnight", "and the money
                    // raised").
                    None => {
                        s.is_in(np.a, ARTICLES)
                            && !s.is_aux_like(v)
                            && (finite_form(s, v) || s.is_word(v) && s.is_in(v, VERBAL))
                            && v + 1 < end
                            && !time_phrase_at(s, v + 1)
                            && (s.is_det(v + 1)
                                || s.is_in(v + 1, &["it", "them", "him", "her", "us"])
                                || s.bytes(v + 1).first().is_some_and(u8::is_ascii_digit))
                    }
                }
        })
    }

    /// The first comma outside quotes after token `i` (or the sentence end).
    pub(super) fn comma_end(&self, i: usize) -> usize {
        let s = self.s;
        (i + 1..self.n())
            .find(|&k| s.is_p(k, ",") && !self.in_quote(k))
            .unwrap_or(self.n())
    }

    pub(super) fn span(&self, a: usize, b: usize) -> Span {
        trim_span(self.s, a, b)
    }

    /// The kind of content `span` by its quotation marks.
    pub(super) fn kind_of(&self, span: Span, default: Kind) -> Kind {
        let mut quoted = 0usize;
        // The same with the marks: a span that is one quote with its
        // curly marks (3 bytes each: `“...”`) or doubled ones (`''...''`)
        // is as direct as one in straight marks.
        let mut marked = 0usize;
        let mut any = false;
        // Quotes are sorted and do not overlap, so their ends are sorted:
        // the first that may overlap by binary search.
        let first = self.closed_by(span.0);
        for q in &self.quotes[first..] {
            if q.open >= span.1 {
                break;
            }
            let ov = span.1.min(q.end).saturating_sub(span.0.max(q.start));
            if ov > 0 {
                any = true;
                quoted += ov;
                marked += span.1.min(q.close_end).saturating_sub(span.0.max(q.open));
            }
        }
        if !any {
            return default;
        }
        let len = span.1 - span.0;
        if quoted + 2 >= len || marked >= len {
            Kind::Direct
        } else if default == Kind::Stance {
            Kind::Stance
        } else {
            Kind::Mixed
        }
    }
}

/// Whether word `w` holds an apostrophe, straight or curly, that is no
/// possessive "'s" ending it: a contracted verb ("he'll", "they're",
/// "don't", "won’t").
fn contracted(w: &[u8]) -> bool {
    let curly = "’".as_bytes();
    w.contains(&b'\'') && !w.ends_with(b"'s")
        || w.windows(3).any(|x| x == curly) && !w.ends_with("’s".as_bytes())
}

/// Whether token `t` of `text` is a word of ASCII letters alone
/// (`Token::simple`, no digit) right after a space: the lexicon's scan of
/// `text[..t.end]` from `t.start` reads it as one word that stands alone
/// and ends the text, so a cue form equal to it (`Lexicon::cue_word`) is
/// the one match the scan finds there, and the whole token (a form of
/// several words cannot fit, a form is listed once). Of fewer than 64
/// bytes: the scan tries no first word longer than 63 bytes (its filter of
/// first words by length), while the word map holds a form of any length
/// (a user lexicon's), so a longer word takes the scan's path.
fn plain_word_after_space(text: &[u8], t: crate::text::segment::Token) -> bool {
    t.simple
        && t.end - t.start < 64
        && t.start > 0
        && text[t.start - 1] == b' '
        && text[t.start..t.end].iter().all(u8::is_ascii_alphabetic)
}

/// The first token of `a..b` (or `b`) that [`Ctx::content_end`]'s walk
/// before a verb stops at: punctuation, a word in one of the sets of
/// `mask`, or a lowercase word of more than four bytes ending in "-ed"
/// (its `verbal` test). Over the tokens in one slice.
#[inline]
fn next_verbal_or_stop(s: &Sent, a: usize, b: usize, mask: u128) -> usize {
    use crate::text::segment::TokKind;
    let text = s.text.as_bytes();
    s.toks[a..b]
        .iter()
        .enumerate()
        .position(|(j, t)| {
            // (The "-ed" ending before the kind and the length: most
            // words do not end so, where the kind and the length went
            // either way. The two bytes before the token's end are in the
            // text when it ends at byte 2 or later, whatever its length.)
            t.kind == TokKind::Punct
                || t.sets() & mask != 0
                || t.end >= 2
                    && text[t.end - 2..t.end] == *b"ed"
                    && t.end - t.start > 4
                    && t.kind == TokKind::Word
                    && !s.is_cap(a + j)
        })
        .map_or(b, |p| a + p)
}

/// The quotation marks `"“”«»` in `t` plus the non-overlapping pairs of
/// `'` and of backquotes.
fn count_marks(t: &[u8]) -> usize {
    // The marks' first bytes found sixteen at a time
    // ([`crate::text::bytes_among16`], SSE2 on x86-64), then each
    // candidate byte told by the bytes after it. The last block of a text
    // of sixteen bytes or more is its last sixteen bytes, those compared
    // before masked off; a shorter text is compared in a copy padded with
    // zeros, which match no needle. (Two memchr searches over the span,
    // and a call for every `’`, whose lead byte is a needle, cost more
    // than the blocks of the span of a clause.)
    // A run of k `'` (or backquotes) makes k / 2 pairs, as a
    // left-to-right scan that takes each pair whole counts them: `skip`
    // is the byte after the last pair taken.
    const NEEDLES: [u8; 5] = [b'"', 0xE2, 0xC2, b'\'', b'`'];
    let mut n = 0;
    let mut skip = 0;
    let mut base = 0;
    while base < t.len() {
        let among = |b: &[u8]| crate::text::bytes_among16(b.try_into().expect("16"), &NEEDLES);
        let mut m = if base + 16 <= t.len() {
            among(&t[base..base + 16])
        } else if t.len() >= 16 {
            // The last sixteen bytes, those before `base` (compared
            // already) masked off: no copy.
            let from = t.len() - 16;
            let m = among(&t[from..]) & (u16::MAX << (base - from));
            base = from;
            m
        } else {
            let mut pad = [0u8; 16];
            pad[..t.len()].copy_from_slice(t);
            among(&pad)
        };
        while m != 0 {
            let i = base + m.trailing_zeros() as usize;
            m &= m - 1;
            match t[i] {
                b'"' => n += 1,
                // “ ” (E2 80 9C/9D) and « » (C2 AB/BB); `t` is UTF-8, so a
                // lead byte has its continuation bytes.
                0xE2 => n += (t[i + 1] == 0x80 && matches!(t[i + 2], 0x9C | 0x9D)) as usize,
                0xC2 => n += matches!(t[i + 1], 0xAB | 0xBB) as usize,
                c => {
                    if i >= skip && t.get(i + 1) == Some(&c) {
                        n += 1;
                        skip = i + 2;
                    }
                }
            }
        }
        base += 16;
    }
    n
}

/// The bytes a text that opens with a quotation mark may start with
/// (bit [`MARK_FIRST`]: `"`, the lead bytes of `“ ”` (E2) and `« »` (C2),
/// and the first byte of `''` and of two backquotes) and those a text
/// that closes with one may end with (bit [`MARK_LAST`]: `"`, the last
/// bytes of `“ ”` (9C, 9D) and `« »` (AB, BB), and `'`).
const MARK_EDGE: [u8; 256] = {
    let mut t = [0u8; 256];
    let first = [b'"', 0xE2, 0xC2, b'\'', b'`'];
    let last = [b'"', 0x9C, 0x9D, 0xAB, 0xBB, b'\''];
    let mut i = 0;
    while i < first.len() {
        t[first[i] as usize] |= MARK_FIRST;
        i += 1;
    }
    let mut i = 0;
    while i < last.len() {
        t[last[i] as usize] |= MARK_LAST;
        i += 1;
    }
    t
};

/// [`MARK_EDGE`]'s bit of the bytes that may open a text with a mark.
const MARK_FIRST: u8 = 1;

/// [`MARK_EDGE`]'s bit of the bytes that may close a text with a mark.
const MARK_LAST: u8 = 2;

/// Whether text `t` may open or close with a quotation mark (the marks
/// of [`trim_span`]): its first byte may open one or its last byte may
/// close one, two table reads and one branch. False for most contents,
/// which open with a letter and close with one or a mark of punctuation;
/// the marks' own test (which decodes the first and the last character)
/// is made only for the others.
#[inline(always)]
fn may_open_or_close_with_mark(t: &[u8]) -> bool {
    match (t.first(), t.last()) {
        (Some(&f), Some(&l)) => {
            MARK_EDGE[usize::from(f)] & MARK_FIRST | MARK_EDGE[usize::from(l)] & MARK_LAST != 0
        }
        _ => false,
    }
}

/// Whether text `t` opens or closes with a quotation mark (`marks`) or
/// with two straight quotes (`''`; to open, two backquotes as well).
fn edge_mark(t: &str, marks: impl Fn(char) -> bool + Copy) -> bool {
    t.starts_with(marks)
        || t.ends_with(marks)
        || t.starts_with("''")
        || t.starts_with("``")
        || t.ends_with("''")
}

/// Trims punctuation and spaces at the ends of tokens `a..b`.
pub(super) fn trim_span(s: &Sent, a: usize, b: usize) -> Span {
    trim_span_with(s, a, b, true)
}

/// [`trim_span`]; with `quick`, the quotation marks of the text are
/// counted only when a mark opens or closes it (`false`: always, for the
/// unit test that compares the two).
fn trim_span_with(s: &Sent, mut a: usize, mut b: usize, quick: bool) -> Span {
    while a < b && s.is_punct(a) && !s.is_quote_mark(a) {
        a += 1;
    }
    while b > a + 1 && s.is_punct(b - 1) && !s.is_quote_mark(b - 1) {
        b -= 1;
    }
    if a >= b {
        return (
            s.toks[a.min(s.len() - 1)].start,
            s.toks[a.min(s.len() - 1)].start,
        );
    }
    let (mut st, mut en) = s.span_of(a, b);
    // A lone leading or trailing quote mark without its pair is dropped.
    // (The marks counted only for a text that opens or closes with one:
    // for any other text the count changes nothing, and most contents
    // have no mark at their ends. Its first and last bytes answer for
    // most texts, read from the bytes: a `&str` slice checks both its
    // ends for character boundaries, and the `&str` is made only for a
    // text whose first or last byte may be a mark's.)
    let bytes = &s.text.as_bytes()[st..en];
    if quick && !may_open_or_close_with_mark(bytes) {
        return (st, en);
    }
    let text = &s.text[st..en];
    let marks = |c: char| matches!(c, '"' | '“' | '”' | '«' | '»');
    let edge = !quick || edge_mark(text, marks);
    if edge && count_marks(bytes) % 2 == 1 {
        if text.starts_with("''") || text.starts_with("``") {
            st += 2;
        } else if text.ends_with("''") {
            en -= 2;
        } else if text.starts_with(marks) {
            st += text.chars().next().map_or(0, char::len_utf8);
        } else if text.ends_with(marks) {
            en -= text.chars().last().map_or(0, char::len_utf8);
        }
    }
    (st, en)
}

/// Nouns that close an adjunct after a cue before the subject of the
/// reported clause ("said in a statement the ...", "told reporters at a
/// news conference the ...").
const ADJUNCT_NOUNS: &[&str] = &[
    "statement",
    "interview",
    "note",
    "letter",
    "speech",
    "email",
    "e-mail",
    "post",
    "tweet",
    "briefing",
    "conference",
    "call",
    "memo",
    "release",
    "report",
    "filing",
    "hearing",
    "broadcast",
    "podcast",
    "video",
    "appearance",
    "address",
    "op-ed",
    "column",
    "blog",
];

/// `before_aux(i, ci)` from `aux`, `before_aux(lo, ci)` for the clause
/// start `lo <= i`: the walk back from the cue stops at the first token
/// that is no auxiliary or at `i`, whichever it reaches first (at `ci` for
/// `i` past it), so the searches of [`Ctx::long_subject`] from several
/// starts share one walk (`aux_from_as_the_walk` compares the two).
#[inline(always)]
fn aux_from(aux: usize, i: usize, ci: usize) -> usize {
    aux.max(i).min(ci)
}

/// Unlisted plurals of an armed group that make a subject with the name or
/// adjective before them ("Israeli forces", "Hamas fighters", "Taliban
/// gunmen"; `clause_subject_in`).
const FORCE_PLURALS: &[&str] = &[
    "forces",
    "fighters",
    "gunmen",
    "militiamen",
    "commandos",
    "paratroopers",
    "marines",
];

#[cfg(test)]
mod tests {
    use super::count_marks;
    use super::Ctx;
    use crate::attribution::sent::Sent;
    use crate::lexicon::Lexicon;

    /// `Sent::next_punct_or_in`, which the content end skips with once a
    /// verb is seen, finds what a token-by-token search finds, for every
    /// range of sentences with commas, dashes, "and", "as", multibyte
    /// marks and none.
    #[test]
    fn next_stop_as_token_by_token() {
        use super::{AS_THOUGH, W_UPON_BEFORE_AFTER};
        use crate::attribution::sent::{AND, AND_BUT};
        let ends = AND.bit() | AND_BUT.bit() | AS_THOUGH.bit() | W_UPON_BEFORE_AFTER.bit();
        for t in [
            "He said the plan, which critics fought, was dead and buried.",
            "She said it was over as he left \u{2014} but «très bien» — über.",
            "They said last week's vote was rigged though nobody knew",
            "He called it a stunt before adding that it ended after all.",
            "",
            ",",
            "and",
            "words without any stop at all",
        ] {
            let s = Sent::new(t, (0, t.len()));
            let n = s.len();
            for a in 0..=n + 1 {
                for b in a..=n + 1 {
                    for mask in [ends, 0, u128::MAX] {
                        let slow = (a..b)
                            .find(|&k| s.is_punct(k) || s.in_sets(k, mask))
                            .unwrap_or(b);
                        assert_eq!(s.next_punct_or_in(a, b, mask), slow, "{t:?} {a}..{b}");
                    }
                }
            }
        }
    }

    /// `lower_cue_is` with its `cue_word` filter agrees with the scan alone
    /// at every token of a text of every form of the default lexicon in
    /// three cases and of test sentences (joined, hyphenated, possessive
    /// and non-ASCII words), with and without the table's bits.
    #[test]
    fn lower_cue_filter_as_scan() {
        let lx = Lexicon::default_data().unwrap();
        let mut words: Vec<String> = Vec::new();
        for line in crate::lexicon::DEFAULT_VERBS.lines().skip(1) {
            for f in line.split(',').nth(2).unwrap_or("").split('|') {
                for w in [
                    f.to_string(),
                    f.to_uppercase(),
                    f.chars()
                        .take(1)
                        .flat_map(char::to_uppercase)
                        .chain(f.chars().skip(1))
                        .collect(),
                ] {
                    words.push(w.clone());
                    words.push(format!("{w}, {w}-based {w}s re{w} {w}’s"));
                }
            }
        }
        let text = words.join(" ")
            + " said, saying that he was asking, noting it: according-to e-mailing déclarant \
               telling-off co-2 saying9 said-so internationalizationsaying";
        let keeps: [&dyn Fn(&crate::lexicon::CueMatch) -> bool; 3] =
            [&|_| true, &|c| c.form == crate::lexicon::Form::Ing, &|c| {
                c.form == crate::lexicon::Form::Past
            }];
        // (And the lemma and the form each match gives.)
        let by_lemma: [&dyn Fn(&crate::lexicon::CueMatch) -> bool; 4] = [
            &|c| c.cue % 2 == 0,
            &|c| c.cue % 3 == 1,
            &|c| c.cue / 7 % 2 == 0,
            &|c| c.form == crate::lexicon::Form::Base || c.form == crate::lexicon::Form::Third,
        ];
        let keeps: Vec<&dyn Fn(&crate::lexicon::CueMatch) -> bool> =
            keeps.into_iter().chain(by_lemma).collect();
        lower_cue_as_scan(&text, &lx, &keeps, |_, found| assert!(found > 1000));
    }

    /// Asserts that [`Ctx::lower_cue_is`] agrees with the scan alone
    /// ([`Ctx::lower_cue_scan`], on the lowercase words) at every token of
    /// `text` as one sentence, with and without the word loop's bits, for
    /// each of `keeps`; then calls `check` with each form of the sentence
    /// and the matches kept in it.
    fn lower_cue_as_scan(
        text: &str,
        lx: &Lexicon,
        keeps: &[&dyn Fn(&crate::lexicon::CueMatch) -> bool],
        check: impl Fn(&Sent, usize),
    ) {
        let span = (0, text.len());
        let (mut at, mut got) = (0, Vec::new());
        let with_bits = Sent::with_cues(text, span, Default::default(), lx, &mut at, &mut got);
        for s in [Sent::new(text, span), with_bits] {
            let ctx = Ctx::new(&s, lx, &[], 0);
            let mut found = 0;
            for k in 0..s.len() {
                for &keep in keeps {
                    let want = s.is_word(k) && !s.is_cap(k) && ctx.lower_cue_scan(k, keep);
                    assert_eq!(ctx.lower_cue_is(k, keep), want, "{:?}", s.w(k));
                    found += usize::from(want);
                }
            }
            check(&s, found);
        }
    }

    /// A user lexicon's one-word form of 64 bytes or more is in the word
    /// map (`cue_word` has it) but no first word of the scan (whose filter
    /// holds lengths up to 63): `lower_cue_is` agrees with the scan alone
    /// on such words, after a space and elsewhere, and on those one byte
    /// shorter, which the scan finds.
    #[test]
    fn lower_cue_of_long_forms_as_scan() {
        let lens = [62, 63, 64, 65, 70];
        let mut verbs =
            String::from("lemma,class,forms,frames\nsay,say,say|said|saying,quote|that\n");
        let mut text = String::from("said, saying");
        for n in lens {
            let w = "z".repeat(n - 3) + &"y".repeat(3);
            let (ed, ing) = (format!("{}ed", &w[2..]), format!("{}ing", &w[3..]));
            verbs += &format!("{w},say,{w}|{ed}|{ing},quote|that\n");
            for f in [&w, &ed, &ing] {
                assert_eq!(f.len(), n);
                text += &format!(" {f}, {f}.({f}) “{f}” -{f}");
            }
        }
        let lx = Lexicon::parse("v.csv", &verbs, "n.csv", "noun,forms,type\n").unwrap();
        let keeps: [&dyn Fn(&crate::lexicon::CueMatch) -> bool; 3] =
            [&|_| true, &|c| c.form == crate::lexicon::Form::Ing, &|c| {
                c.form == crate::lexicon::Form::Past
            }];
        lower_cue_as_scan(&text, &lx, &keeps, |s, found| {
            let long = (0..s.len())
                .filter(|&k| s.w(k).len() >= 64 && s.cue_word(&lx, k).is_some())
                .count();
            // (The forms of 62 and 63 bytes found, those longer in the map.)
            assert!(found >= 2 * 3 * 4 && long >= 3 * 3 * 4, "{found} {long}");
        });
    }

    /// The quick exit of `skip_adverbials` (one mask test at a token that
    /// opens no step), in the search and in line before it, stops where
    /// every step's own tests stop, from every token (and past the last)
    /// of sentences full of adverbials, quantities and commas and of the
    /// real texts.
    #[test]
    fn adverbials_skipped_as_without_the_quick_exit() {
        let lx = Lexicon::default_data().unwrap();
        let check = |ctx: &Ctx, s: &Sent, t: &str| {
            for i in 0..=s.len() + 1 {
                let plain = ctx.skip_adverbials_with(i, false);
                assert_eq!(ctx.skip_adverbials_with(i, true), plain, "{t:?} from {i}");
                assert_eq!(ctx.skip_adverbials(i), plain, "{t:?} from {i}");
            }
        };
        let mut skipped = 0;
        for text in test_texts() {
            crate::attribution::rules::for_each_sentence(&text, &lx, |s, quotes, _| {
                let ctx = Ctx::new(s, &lx, quotes, 0);
                check(&ctx, s, &text);
                skipped += (0..s.len()).filter(|&i| ctx.skip_adverbials(i) > i).count();
            });
        }
        // (The real texts reach the search's steps, not only its exits.)
        assert!(skipped > 1000, "{skipped}");
        for t in [
            "He said on Monday that the plan, in his view, would fail.",
            "She told reporters in Canberra late on Tuesday the government would act.",
            "They said last week's vote was rigged and this time is different.",
            "Officials said at least 12 people died, about 40 were hurt and up to 300 homes burned.",
            "He said early Friday in a statement to parliament on Monday, \"we will win.\"",
            "Sie sagte am Montag — «très bien» — über die Straße, 2015.",
            "",
            ",",
            "in",
        ] {
            let s = Sent::new(t, (0, t.len()));
            let ctx = Ctx::new(&s, &lx, &[], 0);
            check(&ctx, &s, t);
        }
    }

    /// The texts of the rules' examples and counter-examples, the bench and
    /// eval corpora and the golden inputs, with hand-made sentences of
    /// contents: the real inputs the fast paths of the walks are compared
    /// on.
    fn test_texts() -> Vec<String> {
        let mut texts = crate::attribution::rules::real_texts();
        texts.push(
            "While most of his rivals called for a bigger effort, Trump hewed to his line. \
             He said the plan -- a landslide win based on nothing -- was dead; the rest \
             (with far less intensity) went on, according to aides. She said \"it's over,\" \
             noting that 21 percent said yes and 14 percent said no, even though they left. \
             They said it was ready to act and would use all its tools, and he railed on."
                .to_string(),
        );
        texts
    }

    /// The counts of quotes closed, opened and opened before a position,
    /// walked from the sentence's first quote (`Ctx::closed_by`,
    /// `Ctx::opened_by`, `Ctx::opened_before`), are the binary searches
    /// over all of the document's quotes, at every token start and end of
    /// every sentence of the test texts, at every quote's edges, at the
    /// sentence's ends and before its start; also a sentence given
    /// quotes many times more than a walk passes (each quote twice, so
    /// the order holds).
    #[test]
    fn quote_counts_as_by_search() {
        let lx = Lexicon::default_data().unwrap();
        use super::QUOTE_WALK;
        let (mut asked, mut walked_past) = (0, 0);
        let mut texts = test_texts();
        texts.push(r#"He said "a" "b" "c" "d" "e" "f" "g" "h" and "i" today."#.to_string());
        for text in texts {
            crate::attribution::rules::for_each_sentence(&text, &lx, |s, quotes, span| {
                let ctx = Ctx::new(s, &lx, quotes, 0);
                let mut at: Vec<usize> = vec![0, span.0.saturating_sub(1), span.0, span.1];
                at.extend(s.toks.iter().flat_map(|t| [t.start, t.end]));
                // (And every quote's edges and the bytes after them.)
                at.extend(
                    quotes
                        .iter()
                        .flat_map(|q| [q.open, q.open + 1, q.close_end]),
                );
                for p in at {
                    let closed = quotes.partition_point(|q| q.close_end <= p);
                    assert_eq!(ctx.closed_by(p), closed, "{text:?} {p}");
                    let opened = quotes.partition_point(|q| q.open <= p);
                    assert_eq!(ctx.opened_by(p), opened, "{text:?} {p}");
                    let before = quotes.partition_point(|q| q.open < p);
                    assert_eq!(ctx.opened_before(p), before, "{text:?} {p}");
                    walked_past += usize::from(closed > ctx.quote_lo + QUOTE_WALK);
                    asked += 1;
                }
            });
        }
        assert!(asked > 100_000 && walked_past > 0, "{asked} {walked_past}");
    }

    /// The quick walk of `content_end` (slice searches to the next token a
    /// step reads; the search for dashes and asides only after a mark that
    /// may be one) ends where the walk token by token ends, from every
    /// token of every sentence of the test texts, with the document's
    /// quotes and the lexicon's bits, from the sentence's first and second
    /// token.
    #[test]
    fn content_end_as_token_by_token() {
        let lx = Lexicon::default_data().unwrap();
        let mut asked = 0;
        for text in test_texts() {
            crate::attribution::rules::for_each_sentence(&text, &lx, |s, quotes, span| {
                for lo in 0..2.min(s.len()) {
                    let ctx = Ctx::new(s, &lx, quotes, lo);
                    for i in lo..s.len() {
                        assert_eq!(
                            ctx.content_end_with(i, true, true),
                            ctx.content_end_with(i, false, true),
                            "{:?} from {i}",
                            &text[span.0..span.1]
                        );
                        asked += 1;
                    }
                }
            });
        }
        assert!(asked > 100_000, "{asked}");
    }

    /// `trim_span` with its count of quotation marks only for a text that
    /// opens or closes with one trims what it trims with the count always
    /// made, for every token range of every sentence of the test texts and
    /// of sentences with straight, curly, doubled and lone marks.
    #[test]
    fn spans_trimmed_as_with_every_count() {
        let mut texts = test_texts();
        texts.push(
            "He said ''it is over'' and ``done.'' She called it “a sham” and «très» \"bad\". \
             Then 'no,' he said, \"it's over.\" Lone “ marks \" and ” here « too."
                .to_string(),
        );
        let (mut asked, mut trimmed) = (0, 0);
        for text in &texts {
            let paras = crate::text::segment::paragraphs(text);
            let quotes = crate::quotes::document_quotes(text, &paras);
            for &p in &paras {
                for span in crate::text::segment::sentences(text, p, &quotes) {
                    let s = Sent::new(text, span);
                    for a in 0..s.len() {
                        for b in a..=s.len() {
                            let plain = super::trim_span_with(&s, a, b, false);
                            assert_eq!(super::trim_span(&s, a, b), plain, "{span:?} {a}..{b}");
                            asked += 1;
                            trimmed += usize::from(b > a && plain != s.span_of(a, b));
                        }
                    }
                }
            }
        }
        assert!(asked > 100_000 && trimmed > 1000, "{asked} {trimmed}");
    }

    /// The byte tables' quick test holds for every text that opens or
    /// closes with a quotation mark or a doubled straight quote or
    /// backquote (so `trim_span` counts the marks of each such text), over
    /// random texts of marks, letters, and other characters with the same
    /// lead or last bytes; and fails for some texts.
    #[test]
    fn mark_edges_pass_the_byte_test() {
        use super::{edge_mark, may_open_or_close_with_mark};
        let marks = |c: char| matches!(c, '"' | '“' | '”' | '«' | '»');
        let pieces = [
            "\"", "“", "”", "«", "»", "'", "`", "a", "Z", " ", ".", "’", "‘", "—", "é", "¬", "–",
            "„", "\u{a0}", "»x", "x«",
            // Not marks, but ending in a mark's last byte (9C, 9D, AB, BB),
            // "✜" opening with its lead byte as well.
            "Ŝ", "ĝ", "ë", "Ļ", "✜",
        ];
        let mut seed = 0x5eed_ed6e_u64;
        let (mut edges, mut quick_false) = (0, 0);
        for _ in 0..50_000 {
            let t = crate::random_text(&mut seed, &pieces, 6);
            let quick = may_open_or_close_with_mark(t.as_bytes());
            if edge_mark(&t, marks) {
                assert!(quick, "{t:?}");
                edges += 1;
            }
            quick_false += usize::from(!quick);
        }
        assert!(
            edges > 10_000 && quick_false > 1000,
            "{edges} {quick_false}"
        );
    }

    /// `long_subject` with its first tests (the word before the cue's
    /// auxiliaries, then a post-modifier's opener before them) finds what
    /// its searches alone find, before every token
    /// of every rule example and counter-example and of sentences with
    /// long subjects, from the first and the second token.
    #[test]
    fn long_subject_as_without_the_first_test() {
        let lx = Lexicon::default_data().unwrap();
        let rules = crate::ruleset::RuleSet::default_data().unwrap();
        let mut texts = rules.example_texts();
        texts.extend(
            [
                "Aides to Clinton who have worked with him for years say he is ready.",
                "But current and former officials in the FBI have said the case is closed.",
                "When her lead slipped, her boosters in the state insisted she would win.",
                "About four out of 10 voters in five states going to the polls on Tuesday say so.",
                "Veterans interviewed at rallies, including Mr. Jebens, said they were angry.",
                "A survey of likely voters conducted by the firm this week found him ahead.",
                "Some of the study of support for the plan in the state they said was wrong.",
            ]
            .map(String::from),
        );
        let (mut first, mut opener, mut found) = (0, 0, 0);
        for t in &texts {
            let s = Sent::new(t, (0, t.len()));
            for lo in 0..2.min(s.len()) {
                let ctx = Ctx::new(&s, &lx, &[], lo);
                for ci in lo + 1..s.len() {
                    let aux = ctx.before_aux(lo, ci);
                    let walk = ctx.long_subject_walk(ci, aux);
                    assert_eq!(ctx.long_subject(ci), walk, "{t:?} at {ci} from {lo}");
                    first += ctx.no_long_subject(aux) as usize;
                    opener +=
                        (!ctx.no_long_subject(aux) && !ctx.post_modifier_before(aux)) as usize;
                    found += walk.is_some() as usize;
                }
            }
        }
        assert!(
            first > 1000 && opener > 1000 && found > 50,
            "{first} {opener} {found}"
        );
    }

    /// `aux_from` gives what the walk back from the cue over its
    /// auxiliaries gives, `before_aux(i, ci)`, from the walk from the
    /// clause start, for every start `i` at or after it (and past the cue)
    /// and every cue token of the real texts, from the first and the second
    /// token (fails with the clamp to `ci` or to `i` left out).
    #[test]
    fn aux_from_as_the_walk() {
        let lx = Lexicon::default_data().unwrap();
        let (mut asked, mut walked, mut clamped) = (0, 0, 0);
        let mut texts = crate::attribution::rules::real_texts();
        texts.push(
            "Officials here have also long said so. He has not yet said it. They had \
             still only now said that they would have also said more. Aides in the \
             state have all often previously said so. Both may still have recently \
             repeatedly said it, and voters could again already have generally said no."
                .into(),
        );
        for text in texts {
            crate::attribution::rules::for_each_sentence(&text, &lx, |s, _, _| {
                for lo in 0..2.min(s.len()) {
                    let ctx = Ctx::new(s, &lx, &[], lo);
                    for ci in lo..=s.len() {
                        let aux = ctx.before_aux(lo, ci);
                        walked += usize::from(aux < ci);
                        for i in lo..=s.len() + 1 {
                            let want = ctx.before_aux(i, ci);
                            assert_eq!(super::aux_from(aux, i, ci), want, "{lo} {i} {ci}");
                            clamped += usize::from(want == i && i > aux && i < ci);
                            asked += 1;
                        }
                    }
                }
            });
        }
        assert!(
            asked > 100_000 && walked > 1000 && clamped > 50,
            "{asked} {walked} {clamped}"
        );
    }

    /// Every word of `SHARE_WORDS` that can open a share (none of
    /// `SHARE_NOT_FIRST`) is in a set of `SHARE_OPENERS`, whose bits the
    /// share test reads before the lists, in lowercase and capitalized.
    #[test]
    fn share_openers_hold_every_first_share_word() {
        use super::{SHARE_NOT_FIRST, SHARE_OPENERS, SHARE_WORDS};
        let mut firsts = 0;
        for w in SHARE_WORDS
            .words
            .iter()
            .filter(|w| !SHARE_NOT_FIRST.contains(w))
        {
            for t in [w.to_string(), w[..1].to_uppercase() + &w[1..]] {
                let s = Sent::new(&t, (0, t.len()));
                assert!(s.in_sets(0, SHARE_OPENERS), "{t}");
                firsts += 1;
            }
        }
        assert!(firsts >= 20, "{firsts}");
    }

    /// Every word of `CONTENT_SUBORDINATORS` is a word of
    /// `W_SUB_OPENERS`, whose bit the content end tests before the list,
    /// in lowercase and capitalized.
    #[test]
    fn content_subordinators_are_sub_openers() {
        use super::CONTENT_SUBORDINATORS;
        use crate::attribution::sent::words::W_SUB_OPENERS;
        for w in CONTENT_SUBORDINATORS {
            let cap = w[..1].to_uppercase() + &w[1..];
            for t in [w.to_string(), cap] {
                let s = Sent::new(&t, (0, t.len()));
                assert!(s.is_in(0, CONTENT_SUBORDINATORS), "{t}");
                assert!(s.is_in(0, W_SUB_OPENERS), "{t}");
            }
        }
    }

    /// The byte-by-byte count `count_marks` replaced.
    fn count_marks_bytewise(t: &[u8]) -> usize {
        let mut n = 0;
        let mut i = 0;
        while i < t.len() {
            match t[i] {
                b'"' => n += 1,
                0xE2 if t[i + 1] == 0x80 && matches!(t[i + 2], 0x9C | 0x9D) => n += 1,
                0xC2 if matches!(t[i + 1], 0xAB | 0xBB) => n += 1,
                b'\'' | b'`' if t.get(i + 1) == Some(&t[i]) => {
                    n += 1;
                    i += 1;
                }
                _ => {}
            }
            i += 1;
        }
        n
    }

    #[test]
    fn marks_counted_as_byte_by_byte_random() {
        // Texts of up to 80 characters drawn from marks, their look-alikes
        // (other characters with the lead bytes E2 and C2) and letters,
        // every suffix of each: blocks, the masked last block and the
        // padded short text, with pairs of `'` across block edges.
        let pieces = [
            "\"", "“", "”", "«", "»", "‘", "’", "„", "—", "°", "'", "`", "a", " ", "é",
        ];
        let mut x = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..2000 {
            let t = crate::random_text(&mut x, &pieces, 80);
            for a in (0..=t.len()).filter(|&i| t.is_char_boundary(i)) {
                let u = &t.as_bytes()[a..];
                assert_eq!(count_marks(u), count_marks_bytewise(u), "{:?}", &t[a..]);
            }
        }
    }

    #[test]
    fn marks_counted_as_byte_by_byte() {
        for t in [
            "",
            "\"a\" “b” «c» ‘d’ ''e'' '''f'''' don't — ``g'' ` ```",
            "''''' ' '' \"\"\" “”„ «» ’’ ° «",
            "plain text without marks",
        ] {
            for a in (0..=t.len()).filter(|&i| t.is_char_boundary(i)) {
                let u = &t.as_bytes()[a..];
                assert_eq!(count_marks(u), count_marks_bytewise(u), "{:?}", &t[a..]);
            }
        }
    }
}
