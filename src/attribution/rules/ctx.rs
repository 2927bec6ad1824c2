//! The context the rules share for one sentence: word lists, adverbials,
//! content boundaries, clause starts and the kind of a content span.

use super::super::sent::words::*;
use super::super::sent::{Sent, WordSet, AND, AND_BUT, ARTICLES, DAYS, OF, THAT, TIME_UNITS, TO};
use super::super::speaker::{
    backward, forward, ly_adverb, tag_adverb, Np, PARENTHETICALS, POLLED, QUANTIFIERS, QUANT_OPEN,
};
use super::super::WordList;
use super::MONTHS;
use super::{detail_turn, COORD_AUX, TIME_TURN_CUES};
use crate::lexicon::{frame, Form, Lexicon};
use crate::model::Kind;
use crate::quotes::Quote;
use crate::text::segment::Span;

mod adverbials;
mod content_ends;
mod phrase_ends;
mod subjects;

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
        // "defended Trump \[amid\] the backlash": the circumstances, no
        // part of the object.
        "amid",
        "amidst",
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

/// The irregular pasts that are as often a noun in news ("cut", "hit",
/// "set", "cost", "spread", "slew", "bit", "shot", "fed"; class `noun` of
/// `gazetteer/irregular_verbs.csv`, [`crate::irregular`]), which
/// [`IRREGULAR_PASTS`] lacks: a verb where the rule's context wants one,
/// after the second phrase of a coordinated clause subject ("Apple and its
/// suppliers cut production"), in a that-less clause for
/// [`Ctx::second_ed_phrase`] ("said the blast hit the market and wounded
/// ...") and after a clause's subject (`stance`).
pub(crate) const NOUN_PASTS: &[&str] = crate::irregular::PASTS_NOUN;

/// The irregular pasts that are as often an adjective before a bare noun
/// ("lost sales", "stuck valves", "a hung jury", "a lay preacher", "lit
/// candles"; class `adj` of `gazetteer/irregular_verbs.csv`, also in
/// [`IRREGULAR_PASTS`]): no second verb phrase after "and" + a bare noun
/// (`clause_end`), and a noun modifier after a determiner in a subject
/// (`long_subject`).
pub(crate) const ADJ_PASTS: &[&str] = crate::irregular::PASTS_ADJ;

/// The irregular pasts spelled like their base ("put", "cut", "set",
/// "cost"; [`crate::irregular`]): in `stance`, a verb of a clause only
/// before an object ("to give Americans a tax cut was popular" has none).
pub(crate) const BASE_LIKE_PASTS: &[&str] = crate::irregular::PASTS_LIKE_BASE;

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

/// The irregular pasts that read as verbs, as a [`WordSet`] bit: "went",
/// "took", "spoke", "lost", "fled", "put" ... (the rows of class none or
/// `adj` of `gazetteer/irregular_verbs.csv`, [`crate::irregular`]; those
/// that are as often nouns are [`NOUN_PASTS`]). It holds "said", "read",
/// "let" and "lay" too (the hand list it replaced did not), so
/// [`finite_form`], the "according to" apposition test, the whose-clause
/// test and `verbish` take them as finite verbs.
/// Not cues alone: after an object and "and" they open a second verb
/// phrase of the speaker ("and took the stage").
pub(crate) const IRREGULAR_PASTS: WordSet = WordSet::new(106, crate::irregular::PASTS_VERB);

/// Whether the word at `w` is a speaker noun of a person or an
/// organization ("senator", "farmers", "union"): the one test of an agent
/// noun for the stance rules that need a speaker able to hold a view.
pub(super) fn agent_noun(ctx: &Ctx, w: usize) -> bool {
    matches!(
        ctx.s.speaker_noun(ctx.lx, w),
        Some(crate::lexicon::NounType::Person | crate::lexicon::NounType::Organization)
    )
}

/// Where the verb of a subject phrase `np` stands: right after it, or
/// after one -ly adverb right after it ("officials strongly denied").
pub(super) fn verb_after(s: &Sent, np: Np) -> usize {
    np.b + usize::from(s.bytes(np.b).ends_with(b"ly"))
}

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
/// "be", "been" and 33 common pasts ("went", "took", "made" ...
/// "put"; a hand list, not all of [`IRREGULAR_PASTS`]: the whole set
/// made "said profits fell \[and has warned ...\]" lose its cut): the
/// words that make a content clause verbal in `clause_end`. A content with
/// another irregular past ("said the suspect stole a truck and drove ...")
/// is not cut at "and" + a past either ([`Ctx::content_has_verb`]).
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
    /// The sentence's cues as the scan found them (empty for a context
    /// made by [`Ctx::new`]): [`Ctx::clause_end`] reads a cue of several
    /// words there ("and points out that ...").
    cues: &'b [crate::lexicon::CueMatch],
    /// The gazetteer, when the caller has one (`Ctx::with_gazetteer`):
    /// a rule asks it whether a word opens a person's name.
    pub gaz: Option<&'b crate::gazetteer::Gazetteer>,
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
        Self::with_quote_lo(s, lx, quotes, lo, quote_lo, &[])
    }

    /// [`Ctx::new`] for a caller that knows `quote_lo`, the number of
    /// `quotes` that close at or before the sentence's start (the
    /// sentence loop walks the document's quotes along with its
    /// sentences), with the sentence's `cues`.
    pub(crate) fn with_quote_lo(
        s: &'b Sent<'a>,
        lx: &'b Lexicon,
        quotes: &'b [Quote],
        lo: usize,
        quote_lo: usize,
        cues: &'b [crate::lexicon::CueMatch],
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
            cues,
            gaz: None,
        }
    }

    /// This context with the gazetteer `gaz` for the rules that ask it.
    pub(crate) fn with_gazetteer(mut self, gaz: &'b crate::gazetteer::Gazetteer) -> Self {
        self.gaz = Some(gaz);
        self
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

/// Whether token `i` is a percent sign written against the token before
/// it ("rose 12%"): part of the amount, so no punctuation to trim from a
/// content's end ("said sales rose 12%." keeps "12%").
#[inline(always)]
fn percent_sign(s: &Sent, i: usize) -> bool {
    i > 0 && s.text.as_bytes()[s.toks[i].start] == b'%' && s.toks[i - 1].end == s.toks[i].start
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
    while b > a + 1 && s.is_punct(b - 1) && !s.is_quote_mark(b - 1) && !percent_sign(s, b - 1) {
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
mod tests;
