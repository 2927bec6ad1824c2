//! Finding the speaker phrase next to a cue: backward (subject before the
//! cue, skipping auxiliaries, adverbs and appositions) or forward (inverted
//! "said Lavrov", "according to officials").

use super::rules::DOC_PARTICIPLES;
use super::sent::words::*;
use super::sent::{
    Sent, WordSet, Words, AND, ARTICLES, BE_PROGRESSIVE, DAYS, HEAD_ASK, HEAD_LOWER, HEAD_OK,
    HEAD_PERSON, HEAD_PRONOUN, OF, TIME_UNITS, TO,
};
use super::word_lists::{media_byte, MEDIA_MODIFIERS, MEDIA_NAME_NOUNS};
use crate::lexicon::Lexicon;
use crate::text::segment::{hyphen_abbreviation_word, TokKind};

/// Words between a subject and its cue that are skipped.
pub(crate) const SKIP_BACK: WordSet = WordSet::new(
    1,
    &[
        "has",
        "have",
        "had",
        "also",
        "previously",
        "reportedly",
        "repeatedly",
        "later",
        "then",
        "again",
        "once",
        "recently",
        "already",
        "never",
        "long",
        "publicly",
        "privately",
        "often",
        "frequently",
        "initially",
        "originally",
        "first",
        "still",
        "even",
        "just",
        "flatly",
        "would",
        "will",
        "could",
        "may",
        "might",
        "did",
        "does",
        "do",
        "should",
        "can",
        "must",
        "further",
        "similarly",
        "separately",
        "earlier",
        "quickly",
        "famously",
        "personally",
        "specifically",
        "explicitly",
        "openly",
        "simply",
        "not",
        "always",
        "ultimately",
        "eventually",
        "yesterday",
        "today",
        "now",
        "herself",
        "himself",
        "themselves",
        "itself",
        "subsequently",
        "consistently",
        "essentially",
        "effectively",
        "apparently",
        "allegedly",
        "immediately",
        "notably",
        "insisted",
        "here",
        "sometimes",
        "seldom",
        "however",
        "both",
        "all",
        "each",
        "soon",
        "afterward",
        "afterwards",
        "instead",
        "likewise",
        "meanwhile",
        "nonetheless",
        "nevertheless",
        "only",
        "too",
    ],
);

/// One-word sentence adverbs that open a sentence before a comma
/// ("However, the ministry, citing ..., said"); not the clause-opening
/// adverbs of `rules::SENTENCE_ADVERBS`.
const OPENING_ADVERBS: &[&str] = &[
    "however",
    "meanwhile",
    "still",
    "instead",
    "earlier",
    "later",
    "also",
    "now",
    "then",
    "indeed",
    "moreover",
    "furthermore",
    "nevertheless",
    "nonetheless",
    "afterward",
    "afterwards",
    "overall",
    "again",
    "yet",
];

/// Contracted negations of an auxiliary ("isn't", "didn’t").
pub(crate) const NEG_CONTRACTIONS: WordSet = WordSet::new(
    94,
    &[
        "isn't",
        "isn’t",
        "aren't",
        "aren’t",
        "wasn't",
        "wasn’t",
        "didn't",
        "didn’t",
        "doesn't",
        "doesn’t",
        "don't",
        "don’t",
        "hasn't",
        "hasn’t",
        "haven't",
        "haven’t",
        "hadn't",
        "hadn’t",
        "wouldn't",
        "wouldn’t",
        "won't",
        "won’t",
        "couldn't",
        "couldn’t",
    ],
);

/// Title words that open a name ("President", "Sen.").
pub(crate) const TITLES: WordSet = WordSet::new(
    2,
    &[
        "president",
        "pres.",
        "prime",
        "minister",
        "secretary",
        "sen.",
        "senator",
        "rep.",
        "representative",
        "gov.",
        "governor",
        "mr.",
        "mrs.",
        "ms.",
        "dr.",
        "gen.",
        "general",
        "adm.",
        "admiral",
        "col.",
        "lt.",
        "capt.",
        "sgt.",
        "maj.",
        "chancellor",
        "king",
        "queen",
        "prince",
        "pope",
        "chairman",
        "chairwoman",
        "mayor",
        "judge",
        "justice",
        "speaker",
        "leader",
        "ambassador",
        "attorney",
        "atty.",
        "commissioner",
        "director",
        "chief",
        "vice",
        "deputy",
        "foreign",
        "defense",
        "defence",
        "state",
        "sir",
        "lord",
        "lady",
        "rev.",
        "father",
        "sheriff",
        "professor",
        "prof.",
    ],
);

/// Lowercase particles inside names ("de Vries", "von der Leyen", "de los
/// Santos"; Malay
/// "bin" and "binti", Arabic "bint", Kalenjin "arap": "Wan Azizah binti
/// Wan Ismail", "Daniel arap Moi").
pub(crate) const PARTICLES: WordSet = WordSet::new(
    3,
    &[
        "de", "van", "von", "der", "den", "da", "di", "du", "la", "le", "bin", "binti", "bint",
        "arap", "al", "el", "ibn", "dos", "das", "del", "della", "ter", "ten", "los", "las", "zu",
    ],
);

/// A speaker phrase: token range in the sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Np {
    /// First token.
    pub a: usize,
    /// One past the last token.
    pub b: usize,
}

/// Whether token `i` can head a speaker phrase: a pronoun, a capitalized
/// word (not a function word, unless it ends a name) or a speaker noun
/// ([`head_class`]).
#[inline]
fn head_ok(s: &Sent, lx: &Lexicon, i: usize) -> bool {
    head_class(s, lx, i) & HEAD_OK != 0
}

/// What the head tests say of token `i`: [`HEAD_OK`] when it can head a
/// speaker phrase (as [`head_ok`]), with [`HEAD_PRONOUN`] for a pronoun,
/// else [`HEAD_LOWER`] for a word that is not capitalized and
/// [`HEAD_PERSON`] for a speaker noun of a person; 0 for no head.
/// Inlined: asked about 25,000 times a pass by the phrase search, where
/// the token's class bits answer for nearly every token with one load
/// ([`Sent::head_bits`]), and the pronoun, capital and speaker-noun tests
/// went either way with the text.
#[inline]
fn head_class(s: &Sent, lx: &Lexicon, i: usize) -> u8 {
    let bits = s.head_bits(i);
    if bits & HEAD_ASK == 0 {
        return bits;
    }
    head_class_asked(s, lx, i)
}

/// [`head_class`] by the tests themselves: for the tokens whose class bits
/// do not tell ([`HEAD_ASK`]: a capitalized function word, which may end a
/// name; a mark or possessive; a word whose noun type is not in its bits,
/// which is every word of a sentence built without the lexicon's table).
/// The unit test compares the two on every token.
#[inline(never)]
fn head_class_asked(s: &Sent, lx: &Lexicon, i: usize) -> u8 {
    if s.is_pronoun(i) {
        return HEAD_OK | HEAD_PRONOUN;
    }
    if !s.is_word(i) {
        return 0;
    }
    let noun = s.speaker_noun(lx, i);
    let person = if noun == Some(crate::lexicon::NounType::Person) {
        HEAD_PERSON
    } else {
        0
    };
    if s.is_cap(i) {
        if !s.is_stop(i) || name_end(s, i) || noun.is_some() {
            HEAD_OK | person
        } else {
            0
        }
    } else if noun.is_some() {
        HEAD_OK | HEAD_LOWER | person
    } else {
        0
    }
}

/// Whether the capitalized function word at `i` ends a name after a
/// capitalized word mid-sentence ("Theresa May", "Yin Myint May"), an
/// auxiliary or adverb the walk back skips among them ("Linh Do said",
/// "Midfielder Emre Can on Sunday said", "Coach Tom Still said") when
/// the word after it is not capitalized too (a headline's title case:
/// "Trump Has Said").
fn name_end(s: &Sent, i: usize) -> bool {
    i > 0
        && s.is_cap(i)
        && (s.is_in(i, &["may", "will", "long", "young", "rice", "little"])
            || s.is_in(i, SKIP_BACK) && !s.is_cap(i + 1))
        && s.is_word(i - 1)
        && s.is_cap(i - 1)
        && !s.is_stop(i - 1)
        || will_name(s, i)
}

/// A capitalized "Will" before a past or -s verb is a name, not the
/// auxiliary ("Instead, Will called for ...", "While Will acknowledges").
fn will_name(s: &Sent, i: usize) -> bool {
    s.is_cap(i)
        && s.is_in(i, W_WILL)
        && (i == 0 || !s.is_quote_mark(i - 1) && !s.is_p(i - 1, ":"))
        && s.is_word(i + 1)
        && !s.is_cap(i + 1)
        && !s.is_stop(i + 1)
        && (s.bytes(i + 1).ends_with(b"ed") || plural_s(s.bytes(i + 1)))
}

/// Media before "in"/"on" in a speaker phrase ("Trump on Twitter said").
pub(crate) const MEDIA: WordSet = WordSet::new(
    29,
    &[
        "statement",
        "interview",
        "post",
        "letter",
        "tweet",
        "tweets",
        "email",
        "speech",
        "op-ed",
        "twitter",
        "facebook",
    ],
);

/// Prepositions (and adjectives) that open a phrase after a speaker noun.
pub(crate) const PP_PREPS: WordSet = WordSet::new(
    30,
    &[
        "for", "of", "at", "with", "from", "in", "by", "familiar", "close", "briefed",
    ],
);

/// "said", "says".
pub(crate) const SAID_SAYS: WordSet = WordSet::new(31, &["said", "says"]);

/// Words before a speaker phrase with a prepositional phrase that let it
/// open a clause.
pub(crate) const CLAUSE_LINKS: WordSet =
    WordSet::new(32, &["and", "but", "that", "while", "as", "because"]);

/// Quantifiers that are no quantity subject on their own.
pub(crate) const QUANT_NOT: WordSet = WordSet::new(
    33,
    &[
        "one", "two", "three", "four", "five", "each", "all", "percent",
    ],
);

/// Words before a quantity subject that let it open a clause.
pub(crate) const QUANT_CLAUSE: WordSet = WordSet::new(
    34,
    &[
        "and", "but", "while", "whereas", "that", "though", "although", "because",
    ],
);

/// First words of an apposition after a name ("X, who ...", "X, a
/// lawyer, ...", "X, now ...").
pub(crate) const APPOS_OPENERS: WordSet = WordSet::new(
    36,
    &[
        "who",
        "a",
        "an",
        "the",
        "which",
        "where",
        "whose",
        "one",
        "now",
        "then",
        "also",
        "formerly",
        "its",
        "his",
        "her",
        "their",
        "another",
        "both",
        "two",
        "three",
        "our",
        "my",
        "former",
        "longtime",
        "fellow",
        "himself",
        "herself",
        "themselves",
    ],
);

/// Participles and prepositions that open an apposition ("X, speaking to
/// reporters, said", "X, in a statement, said").
pub(crate) const APPOS_PARTICIPLES: WordSet = WordSet::new(
    37,
    &[
        "speaking",
        "asked",
        "interviewed",
        "reached",
        "pressed",
        "contacted",
        "like",
        "unlike",
        "in",
        "at",
        "for",
        "with",
        "from",
        "after",
        "during",
        "when",
        "while",
        "still",
        "without",
        // Irregular participles ("The group, known by its French
        // initials MSF, said").
        // (Only forms that are no simple past: "whose agency, Fenton,
        // made the ads, said".)
        "known",
        "born",
        "seen",
        "chosen",
        "written",
        "given",
        "taken",
        "shown",
    ],
);

/// Determiners and possessives before a speaker noun.
pub(crate) const POSS_DETS: WordSet =
    WordSet::new(56, &["the", "a", "an", "his", "her", "their", "its", "our"]);

/// "percent".
pub(crate) const PERCENT: WordSet = WordSet::new(46, &["percent"]);

/// Whether token `i` is a percent sign or the word "percent" (a poll
/// share's or a figure's unit: "56 percent", "12%").
pub(crate) fn is_percent(s: &Sent, i: usize) -> bool {
    s.is_p(i, "%") || s.is_in(i, PERCENT)
}

/// "them", "us" ("many of them say").
pub(crate) const THEM_US: WordSet = WordSet::new(47, &["them", "us", "you"]);

/// "of", "for", "and" inside a name ("Secretary of State John Kerry").
pub(crate) const OF_FOR_AND: WordSet = WordSet::new(38, &["of", "for", "and"]);

/// The name before a long apposition that closes with the comma at
/// `close`: a run of up to six capitalized words (initials and particles
/// inside) opening its clause (the sentence start, after "But/And", or
/// after a short introductory phrase and its comma), then a comma and an
/// apposition of up to 45 tokens with no colon, semicolon or unpaired quote
/// mark. Bounded: looks at most 48 tokens back.
#[inline(never)]
pub(crate) fn name_before_appos(s: &Sent, lo: usize, close: usize) -> Option<Np> {
    let floor = close.saturating_sub(48).max(lo);
    let mut marks = 0;
    let mut c = close;
    while c > floor {
        c -= 1;
        // (Every test below holds only for punctuation: a word is passed
        // with one kind test.)
        if !s.is_punct(c) {
            continue;
        }
        if s.is_p(c, ";") || s.is_p(c, ":") {
            return None;
        }
        if s.is_quote_mark(c) {
            marks += 1;
            continue;
        }
        if !s.is_p(c, ",") || marks % 2 != 0 || c + 2 > close {
            continue;
        }
        // The name: capitalized words ending at the comma.
        let mut a = c;
        while a > lo
            && c - a < 6
            && (s.is_cap(a - 1) && s.is_word(a - 1) && !s.is_stop(a - 1)
                || s.is_p(a - 1, ".") && a - 1 > lo && s.is_cap(a - 2)
                || s.is_in(a - 1, PARTICLES) && a - 1 > lo && s.is_cap(a - 2))
        {
            a -= 1;
        }
        if a == c || !s.is_cap(a) || s.is_stop(a) {
            continue;
        }
        let opens = a == lo
            || a == lo + 1 && s.is_in(lo, &["but", "and", "yet"])
            || a > lo + 2
                && s.is_p(a - 1, ",")
                && a - lo <= 10
                && s.is_in(
                    lo,
                    &["in", "on", "at", "after", "during", "earlier", "later"],
                )
                && (lo..a - 1).all(|k| s.is_word(k) || s.is_poss(k));
        if opens {
            // The apposition must open like one: a determiner, a lowercase
            // word or a number ("a businessman", "assistant secretary",
            // "35").
            if s.is_det(c + 1) || s.is_word(c + 1) && !s.is_cap(c + 1) {
                return Some(Np { a, b: c });
            }
        }
    }
    None
}

/// Predicate nouns of stance ("a supporter of", "critics of"): a word
/// set, as they are tested at every cue.
pub(crate) const PREDICATE_NOUNS: WordSet = WordSet::new(
    124,
    &[
        "supporter",
        "supporters",
        "critic",
        "critics",
        "backer",
        "backers",
        "opponent",
        "opponents",
        "proponent",
        "proponents",
        "defender",
        "defenders",
    ],
);

/// For a predicate noun of stance at `cue` before "of" ("is a fervent
/// supporter of", "has been an outspoken critic of", "remains a proponent
/// of", "were among the earliest supporters of"), the token where the
/// subject search goes on: the copula "is/was/been/..." (the progressive
/// step skips it) or "remains/became". `None` when no copula and article
/// stand before the noun: "Supporters of the plan say" is a subject.
///
/// The two word-set tests of the noun and "of" are made where it is asked
/// (inlined; asked by the phrase search where [`no_step_before_cue`]
/// fails, and most cues are no such noun), the rest out of line.
#[inline]
pub(crate) fn predicate_noun_copula(s: &Sent, lo: usize, cue: usize) -> Option<usize> {
    if !s.is_in(cue, PREDICATE_NOUNS) || !s.is_in(cue + 1, OF) {
        return None;
    }
    predicate_noun_copula_before(s, lo, cue)
}

/// `predicate_noun_copula` once the noun and "of" are found.
fn predicate_noun_copula_before(s: &Sent, lo: usize, cue: usize) -> Option<usize> {
    let mut k = cue;
    while k > lo
        && cue - k < 3
        && s.is_word(k - 1)
        && !s.is_cap(k - 1)
        && (!s.is_stop(k - 1) || s.is_in(k - 1, &["most", "earliest", "first"]))
        && !s.is_in(k - 1, &["a", "an", "the"])
    {
        k -= 1;
    }
    if k < lo + 2 || !s.is_in(k - 1, &["a", "an", "the"]) {
        return None;
    }
    let mut a = k - 1;
    // "one of the", "among the".
    if s.is_in(a, &["the"]) && a > lo + 1 && s.is_in(a - 1, &["among", "of"]) {
        a -= 1;
        if s.is_in(a, OF) && a > lo + 1 && s.is_in(a - 1, &["one"]) {
            a -= 1;
        }
    }
    if a == lo {
        return None;
    }
    let v = a - 1;
    if s.is_in(v, &["is", "are", "was", "were", "been", "be"]) {
        Some(a)
    } else if s.is_in(v, &["remains", "remained", "became", "becomes", "become"]) && v > lo {
        Some(v)
    } else {
        None
    }
}

/// The first token of a verb that hands its subject to the infinitive
/// whose "to" is token `to`: a verb of subject control
/// ([`subject_control`]: "refused to endorse", "voted to condemn");
/// "continued (is continuing) to insist", "seemed (appeared) to confirm",
/// "went on to say", "was quick to point out", "were more likely to
/// say", "was prompted (forced) to say"; the verb before a short object
/// of a purpose infinitive ("used his speech to call", "took to Twitter
/// to criticize", "went on CNN to defend", "went out of his way to say",
/// "took the podium to announce": [`took_the_floor`]; a purpose clause
/// after a place, "traveled to Iowa to endorse", is none); or a verb of a
/// public act before a purpose infinitive of reporting
/// ([`speech_purpose`]: "tweeted on Friday to say he would run"). Looks
/// back at most seven tokens.
pub(crate) fn catenative(s: &Sent, lo: usize, to: usize) -> Option<usize> {
    if to < lo + 2 || !s.is_in(to, TO) {
        return None;
    }
    let v = to - 1;
    if s.is_in(v, W_CATENATIVES) {
        return Some(v);
    }
    if let Some(h) = subject_control(s, lo, to) {
        return Some(h);
    }
    if let Some(h) = conative(s, lo, to) {
        return Some(h);
    }
    // "is continuing to insist", "were continuing to argue".
    if s.is_in(v, &["continuing"])
        && v > lo + 1
        && s.is_in(v - 1, &["is", "are", "was", "were", "been"])
    {
        return Some(v - 1);
    }
    if s.is_in(v, W_ON) && s.is_in(v - 1, &["went", "goes"]) {
        return Some(v - 1);
    }
    // "Caucus-goers were slightly more likely to say ...", "voters are
    // less likely to describe ...": a comparative of poll reports (plain
    // "is likely to say" predicts, and is rarely annotated).
    if s.is_in(v, &["likely"]) && v > lo + 2 && s.is_in(v - 1, &["more", "less"]) {
        let mut b = v - 1;
        if b > lo + 1 && s.is_word(b - 1) && !s.is_cap(b - 1) && s.bytes(b - 1).ends_with(b"ly") {
            b -= 1;
        }
        if b > lo + 1 && s.is_in(b - 1, &["was", "were", "is", "are", "appeared", "seemed"]) {
            return Some(b - 1);
        }
    }
    // A passive causative: "was prompted to say", "were forced to admit",
    // "was moved to write" (the passive subject speaks).
    if s.is_in(
        v,
        &[
            "prompted",
            "forced",
            "moved",
            "compelled",
            "pressed",
            "pushed",
            "inspired",
        ],
    ) && v > lo + 1
        && s.is_in(v - 1, &["was", "were", "is", "are", "been", "be"])
    {
        return Some(v - 1);
    }
    if s.is_in(v, &["quick"]) {
        let mut b = v;
        if b > lo + 1 && s.is_in(b - 1, &["all", "also"]) {
            b -= 1;
        }
        return (b > lo + 1 && s.is_in(b - 1, &["was", "were", "is", "are", "been"]))
            .then_some(b - 1);
    }
    // A purpose infinitive after a short object of "used", "took to",
    // "took the floor", "went on", "went out of (his way)", "appeared on".
    let k = object_head(s, lo, v - 1, 5, W_PURPOSE_VERBS);
    let ok = k.is_some_and(|k| {
        if s.is_in(k, &["used", "uses"]) {
            k + 1 < v
        } else if s.is_in(k, &["took", "takes"]) {
            s.is_in(k + 1, TO) && k + 2 < to || took_the_floor(s, k, to)
        } else {
            // "went on CNN to say", "went out of his way to say".
            s.is_in(k + 1, W_ON) && k + 2 < to
                || s.is_in(k, &["went"]) && s.is_in(k + 1, &["out"]) && s.is_in(k + 2, OF)
        }
    });
    if ok {
        return k;
    }
    speech_purpose(s, lo, to)
}

/// The nearest word of `set` among the `width` tokens before token `v`
/// and `v` itself, over words and owner marks only, stopping at
/// "and/or/that/who/which": the verb whose short object or adjuncts end
/// at `v` ("used [his speech]", "tweeted [on Friday]").
fn object_head(
    s: &Sent,
    lo: usize,
    v: usize,
    width: usize,
    set: impl Words + Copy,
) -> Option<usize> {
    (v.saturating_sub(width).max(lo + 1)..=v)
        .rev()
        .take_while(|&k| (s.is_word(k) || s.is_poss(k)) && !s.is_in(k, W_OBJ_BREAKS))
        .find(|&k| s.is_in(k, set))
}

/// "took the stage / the podium / the floor to say": the subject of
/// "took" speaks (as after "took to Twitter"), for an infinitive of
/// reporting ([`PURPOSE_REPORTS`]) only: not "took the stage to thank
/// her parents" or "took the floor to vote".
fn took_the_floor(s: &Sent, k: usize, to: usize) -> bool {
    k + 3 == to
        && s.is_in(to + 1, PURPOSE_REPORTS)
        && s.is_in(k + 1, &["the"])
        && s.is_in(
            k + 2,
            &[
                "stage",
                "podium",
                "floor",
                "microphone",
                "lectern",
                "pulpit",
            ],
        )
}

/// Verbs of a public act whose purpose infinitive of reporting is said
/// by their subject: "tweeted (on Friday) to say", "wrote to the council
/// to argue", "stood at the rally to say", "rose on the Senate floor to
/// warn", "issued a statement to deny". ("called" is left out: a naming
/// cue of its own, "called reporters to say"; "held" only for a news
/// conference, briefing or rally: [`HELD_EVENTS`].)
const PURPOSE_ACTS: &[&str] = &[
    "tweeted", "wrote", "posted", "held", "stood", "rose", "returned", "paused", "stopped",
    "issued", "released", "stepped",
];

/// What "held" must have held (in the window before "to") for its
/// purpose infinitive of reporting to be said by its subject: "held a
/// news conference in Rome (a briefing, a rally) to say", not "held the
/// town (rates steady) to insist".
const HELD_EVENTS: &[&str] = &["conference", "briefing", "rally"];

/// Infinitives of reporting after a [`PURPOSE_ACTS`] verb: what the act
/// was for is a report of the act's subject. Not infinitives of
/// learning, asking, thanking or discussing ("held talks to discuss",
/// "stopped to ask", "paused to thank"): their object is no report.
/// ("brag" and "boast": "bragged that" is an ordinary report.)
const PURPOSE_REPORTS: &[&str] = &[
    "say",
    "argue",
    "claim",
    "insist",
    "warn",
    "announce",
    "declare",
    "deny",
    "explain",
    "boast",
    "brag",
    "assert",
    "stress",
    "complain",
    "confirm",
    "tell",
    "reiterate",
    "suggest",
    "predict",
];

/// Words ending in "-ing" that are nouns of a time or an event or the
/// preposition "during", not verb forms, in the window before a purpose
/// infinitive ("tweeted Friday morning to say", "held a briefing to
/// say", "paused during the speech to say").
const ING_NOUNS: &[&str] = &[
    "morning", "evening", "briefing", "meeting", "hearing", "during",
];

/// Whether token `k` is a verb form that ends the window of
/// [`speech_purpose`]: a finite form of "be", "have" or a modal, or a
/// lowercase -ed or -ing word (not an [`ING_NOUNS`] noun). "wrote a letter
/// asking the minister to explain", "released guidance allowing doctors
/// to confirm": the infinitive belongs to that second verb.
fn window_verb(s: &Sent, k: usize) -> bool {
    if s.is_aux_like(k) {
        return true;
    }
    if !s.is_word(k) || s.is_cap(k) {
        return false;
    }
    let w = s.bytes(k);
    ed_verb(w) || w.len() >= 5 && w.ends_with(b"ing") && !s.is_in(k, ING_NOUNS)
}

/// Whether the report content starting at token `c` is a clause: "that",
/// a wh-word or a quotation mark, or a subject pronoun or up to four
/// words ending before a finite "be", "have" or modal ("he had never
/// backed the plan", "the city would not raise taxes"). For "tell" and
/// "warn" an addressee of up to three words comes first ("tell reporters
/// he would not resign"). Not a noun phrase: "claim a 2-1 victory",
/// "deny Kane", "declare a state of emergency" are no reports.
fn clausal_content(s: &Sent, verb: usize, c: usize) -> bool {
    let skip = if s.is_in(verb, &["tell", "warn"]) {
        3
    } else {
        0
    };
    (c..=c + skip).any(|c| {
        s.is_in(
            c,
            &[
                "that", "why", "how", "what", "whether", "when", "where", "who",
            ],
        ) || s.is_quote_mark(c)
            || s.is_in(c, W_SUBJ_PRONOUNS) && s.is_word(c + 1)
            || (c + 1..c + 5)
                .take_while(|&k| s.is_word(k) && !s.is_in(k, W_OBJ_BREAKS))
                .any(|k| s.is_aux_like(k))
    })
}

/// A purpose infinitive of reporting (token `to` + a [`PURPOSE_REPORTS`]
/// word) with a clause for content ([`clausal_content`]) after a
/// lowercase verb of a public act ([`PURPOSE_ACTS`]) and up to five words
/// of its object or adjuncts, none of them a verb form
/// ([`window_verb`]) or "and/or/that/who/which": the act's verb, whose
/// subject speaks. `The mayor tweeted on Friday to say he had never
/// backed the plan.` Not `Chelsea held on to claim a 2-1 victory.`, `The
/// party issued a statement urging the mayor to deny the claims.`, `Pete
/// Rose to say he regrets nothing.`
fn speech_purpose(s: &Sent, lo: usize, to: usize) -> Option<usize> {
    if to < lo + 2 || !s.is_in(to + 1, PURPOSE_REPORTS) || !clausal_content(s, to + 1, to + 2) {
        return None;
    }
    let v = to - 1;
    let k = object_head(s, lo, v, 5, PURPOSE_ACTS)?;
    let held_ok = !s.is_in(k, &["held"]) || (k + 1..=v).any(|j| s.is_in(j, HELD_EVENTS));
    (!s.is_cap(k) && held_ok && !(k + 1..=v).any(|j| window_verb(s, j))).then_some(k)
}

/// Verbs of subject control whose subject takes a stand by the act of
/// the infinitive after them, granted, refused or put off ([`subject_control`]):
/// "Trump refused to endorse Ryan", "The council voted to condemn the
/// ban", "Cruz vowed to oppose the bill", "Rubio declined to assail him".
/// Every form; the forms that are also nouns ([`CONTROL_NOUN_FORMS`]:
/// "the vote to", "her pledge to") only as verbs. Not "want", "hope",
/// "begin", "start", "try" (the conatives are [`conative`]'s): a wish or
/// an onset is no stand taken ("Americans are starting to feel more
/// confident"); not "fail", "hesitate", "move", "has yet to", "was
/// unwilling (ready, eager) to": no act or stand asserted ("failed to
/// deny", "hesitated to criticize", "have yet to identify the victims";
/// "moved to dismiss" is a court motion); not "asked", "urged", "told"
/// (object control: the object acts, "urged voters to oppose"). A
/// [`WordSet`]: tested for every cue after "to".
pub(crate) const SUBJECT_CONTROL: WordSet = WordSet::new(
    95,
    &[
        "refused",
        "refuses",
        "refuse",
        "refusing",
        "declined",
        "declines",
        "declining",
        "voted",
        "votes",
        "vote",
        "voting",
        "vowed",
        "vows",
        "vow",
        "vowing",
        "pledged",
        "pledges",
        "pledge",
        "pledging",
        "promised",
        "promises",
        "promise",
        "promising",
        "planned",
        "plans",
        "plan",
        "planning",
        "intended",
        "intends",
        "intend",
        "intending",
        "threatened",
        "threatens",
        "threaten",
        "threatening",
        "agreed",
        "agrees",
        "agree",
        "agreeing",
        "decided",
        "decides",
        "decide",
        "deciding",
        "offered",
        "offers",
        "offer",
        "offering",
    ],
);

/// Forms of [`SUBJECT_CONTROL`] that are also nouns ("the vote to
/// confirm", "a vote to endorse"): verbs only where
/// [`verb_before_noun_form`] says.
const CONTROL_NOUN_FORMS: &[&str] = &[
    "vote", "votes", "decline", "declines", "vow", "vows", "pledge", "pledges", "promise",
    "promises", "plan", "plans", "offer", "offers",
];

/// Subordinators that end the words between a cue after a verb of
/// subject control and its content: "declined to comment before
/// confirming that ..." (the participle's clause, no content of
/// "comment").
pub(crate) const CONTROL_GAP_ENDS: &[&str] = &[
    "before", "after", "while", "when", "because", "since", "until", "as", "if",
];

/// The first token of a verb of subject control before the "to" (token
/// `to`) of an infinitive cue, whose subject is the cue's speaker: a verb
/// of [`SUBJECT_CONTROL`], maybe with an "-ly" adverb before the "to"
/// ("Trump refused to endorse Ryan", "voted unanimously to condemn"); not
/// a past form after a copula, a passive ("was voted to the board"); a
/// noun form only as a verb ([`CONTROL_NOUN_FORMS`]).
pub(crate) fn subject_control(s: &Sent, lo: usize, to: usize) -> Option<usize> {
    if to < lo + 2 || !s.is_in(to, TO) {
        return None;
    }
    let mut v = to - 1;
    // "voted unanimously to condemn", "refused repeatedly to endorse".
    if v > lo + 1 && s.is_in(v - 1, SUBJECT_CONTROL) && ly_adverb(s, v) {
        v -= 1;
    }
    if !s.is_in(v, SUBJECT_CONTROL) {
        return None;
    }
    let passive = s.bytes(v).ends_with(b"ed") && s.is_in(v - 1, COPULAS);
    let noun = s.is_in(v, CONTROL_NOUN_FORMS) && !verb_before_noun_form(s, lo, v - 1);
    (!passive && !noun).then_some(v)
}

/// Verbs of trying and succeeding: their subject does, or sets out to
/// do, the act of the infinitive after them ("tried to argue", "is
/// trying to show", "struggled to explain", "managed to convince").
const CONATIVES: &[&str] = &[
    "tried",
    "trying",
    "attempted",
    "attempting",
    "struggled",
    "struggling",
    "managed",
    "managing",
    "tries",
    "try",
    "attempts",
    "attempt",
    "struggles",
    "struggle",
    "manages",
    "manage",
];

/// Adjectives after a copula whose subject does the act of the
/// infinitive after them ("was able to convince", "were reluctant to
/// criticize", "is right to note").
const SUBJECT_ADJECTIVES: &[&str] = &[
    "able",
    "reluctant",
    "hesitant",
    "careful",
    "right",
    "correct",
    "wrong",
];

/// The first token of a verb of trying ([`CONATIVES`]), or of a copula
/// and an adjective of [`SUBJECT_ADJECTIVES`], before the "to" (token
/// `to`, past `lo + 1`) of an infinitive cue: the subject before it
/// speaks ("Smith tried to argue that ...", "Smith was able to show that
/// ..."). (Not "is going to", "is expected to": a forecast of what will
/// be said, not a report; nor "was unable to say", "unable to confirm":
/// what was not said.) "attempt", "try", "tries" and "struggle" are no
/// verbs after a determiner or possessive ("an attempt to show", "his
/// struggle to explain"); "attempts" and "struggles", mostly nouns of
/// news ("Previous attempts to argue", "Government attempts to blame"),
/// are verbs only where [`verb_before_noun_form`] says. Not an evaluative
/// adjective of an extraposed "it" ("It is wrong to say that ...", "It
/// would be wrong to suggest": no speaker).
pub(crate) fn conative(s: &Sent, lo: usize, to: usize) -> Option<usize> {
    if to < lo + 2 || !s.is_in(to, TO) {
        return None;
    }
    let v = to - 1;
    if s.is_in(v, CONATIVES) {
        let verb = if s.is_in(v, &["attempts", "struggles"]) {
            verb_before_noun_form(s, lo, v - 1)
        } else if s.is_in(v, &["attempt", "try", "tries", "struggle"]) {
            !det_or_possessive(s, lo, v - 1)
        } else {
            true
        };
        return verb.then_some(v);
    }
    let be = |k: usize| s.is_in(k, &["is", "are", "was", "were", "am", "be", "been"]);
    if s.is_in(v, SUBJECT_ADJECTIVES) && be(v - 1) {
        // An evaluative adjective's subject, back over modals, "be" and
        // adverbs ("It would not be right to ..."); "able", "reluctant",
        // "hesitant" and "careful" are said of a speaker, "it" a company
        // or a government ("It would not be able to show that ...").
        let mut m = v - 1;
        if s.is_in(v, &["right", "correct", "wrong"]) {
            while m > lo && s.is_in(m - 1, EXTRAPOSED_STEPS) {
                m -= 1;
            }
        }
        let it = m > lo && s.is_in(m - 1, &["it", "this", "that", "there"]);
        return (!it).then_some(v - 1);
    }
    None
}

/// Words between an extraposed "it" and the adjective's copula ("It
/// would be wrong to", "It may also be right to").
const EXTRAPOSED_STEPS: &[&str] = &[
    "would",
    "might",
    "may",
    "could",
    "should",
    "must",
    "will",
    "can",
    "be",
    "also",
    "not",
    "still",
    "never",
    "always",
    "clearly",
    "certainly",
];

/// Whether token `p`, before a form of [`CONATIVES`] that may be a noun,
/// makes that form a verb: a subject pronoun, an auxiliary, modal or
/// "not", an "-ly" adverb, a capitalized word past the clause's first
/// ("Smith attempts to"), or a noun after a determiner ("The company
/// attempts to"; not an adjective or a number: "The repeated attempts",
/// "The latest attempts", "the two attempts"). Another lowercase word
/// before it, or a capitalized first word, reads as a modifier of a noun
/// ("Previous attempts to", "Government attempts to").
fn verb_before_noun_form(s: &Sent, lo: usize, p: usize) -> bool {
    if det_or_possessive(s, lo, p) {
        return false;
    }
    let noun_after_det = || {
        let w = s.bytes(p);
        s.is_word(p)
            && !s.is_cap(p)
            && !w.ends_with(b"ed")
            && !w.ends_with(b"est")
            && !is_number_word(s.w(p))
            && !s.is_in(
                p,
                &[
                    "new", "recent", "previous", "earlier", "other", "many", "several",
                ],
            )
    };
    p > lo && s.is_det(p - 1) && noun_after_det()
        || s.is_in(p, W_SUBJ_PRONOUNS)
        || s.is_in(
            p,
            &["you", "it", "who", "not", "to", "also", "still", "often"],
        )
        || s.is_aux_like(p)
        || s.is_in(p, W_DO_MODALS)
        || clitic_is(s, lo, p)
        || ly_adverb(s, p)
        || p > lo && s.is_cap(p)
}

/// Whether token `p` is a determiner or a possessive (not the clitic
/// "'s" of "he's"): what makes a form of [`CONATIVES`] after it a noun
/// ("an attempt to", "his struggle to").
fn det_or_possessive(s: &Sent, lo: usize, p: usize) -> bool {
    s.is_det(p) || s.is_poss(p) && !clitic_is(s, lo, p)
}

/// Whether token `k` is the clitic "'s" ("is/has") after a subject
/// pronoun ("he's", "she's", "who's"), not a possessive.
fn clitic_is(s: &Sent, lo: usize, k: usize) -> bool {
    s.is_poss(k) && k > lo && (s.is_in(k - 1, W_HE_SHE) || s.is_in(k - 1, &["who", "it"]))
}

/// Verbs that make their object the subject of an infinitive cue:
/// "led some allies to worry", "leaving many to wonder", "prompted
/// Anderson Cooper to accuse".
pub(crate) const CAUSATIVES_WORDS: &[&str] = &[
    "led",
    "leads",
    "leading",
    "leaving",
    "leaves",
    "caused",
    "causes",
    "causing",
    "prompted",
    "prompts",
    "prompting",
    "spurred",
    "spurring",
];

/// [`CAUSATIVES_WORDS`] as a [`WordSet`] bit.
pub(crate) const CAUSATIVES: WordSet = WordSet::new(102, CAUSATIVES_WORDS);

/// The object of a causative verb right before the "to" (token `to`) of
/// an infinitive cue: that object speaks ("has led some allies to worry
/// whether ...", "leaving many to wonder whether ...", "prompted her to
/// declare that ..."). A short phrase: an object pronoun, or a speaker
/// phrase of at most six tokens found by the backward search (which stops
/// at the causative: it is no name).
pub(crate) fn causative_object(s: &Sent, lx: &Lexicon, lo: usize, to: usize) -> Option<Np> {
    if to < lo + 2 || !s.is_in(to, TO) {
        return None;
    }
    let v = to - 1;
    if s.is_in(
        v,
        &[
            "him", "her", "them", "us", "me", "many", "some", "others", "several",
        ],
    ) {
        return s.is_in(v - 1, CAUSATIVES).then_some(Np { a: v, b: to });
    }
    let k = (to.saturating_sub(7).max(lo + 1)..v)
        .rev()
        .take_while(|&k| s.is_word(k) || s.is_poss(k))
        .find(|&k| s.is_in(k, CAUSATIVES))?;
    forward(s, lx, k + 1).filter(|np| np.a == k + 1 && np.b == to)
}

/// The token after a short quoted title that opens at token `j` and
/// modifies a person noun right after it, in a phrase after an article
/// (`said the "Succession" star`, `the "Barbie" director said`): one to
/// four words inside the marks, the first capitalized, a "!" or "?" at
/// the end ("Jeopardy!"), and a lowercase speaker noun after the closing
/// mark. `None` for anything else: a quote's opening mark is no title.
/// (The quotation mark first: most tokens asked are words.)
#[inline(always)]
pub(crate) fn quoted_title_end(s: &Sent, lx: &Lexicon, j: usize) -> Option<usize> {
    if !s.is_quote_mark(j) {
        return None;
    }
    quoted_title_rest(s, lx, j)
}

/// [`quoted_title_end`] past its test of the opening mark at `j`.
#[inline(never)]
fn quoted_title_rest(s: &Sent, lx: &Lexicon, j: usize) -> Option<usize> {
    let close = (j + 2..(j + 7).min(s.len())).find(|&k| !s.is_word(k) && !s.is_poss(k))?;
    let close = if s.is_p(close, "!") || s.is_p(close, "?") {
        close + 1
    } else {
        close
    };
    let h = close + 1;
    (s.is_quote_mark(close)
        && s.is_cap(j + 1)
        && h < s.len()
        && s.is_word(h)
        && !s.is_cap(h)
        && s.speaker_noun(lx, h).is_some())
    .then_some(h)
}

/// The speaker phrase ending just before token `cue` (the cue's first
/// token), or `None`.
pub fn backward(s: &Sent, lx: &Lexicon, cue: usize, lo: usize) -> Option<Np> {
    let np = backward_plain(s, lx, cue, lo)?;
    // `the "Barbie" director said`: a quoted title between the article
    // and the head ([`quoted_title_end`]) belongs to the phrase.
    // (The mark before the phrase first: most phrases follow none.)
    if np.a >= lo + 4 && s.is_quote_mark(np.a - 1) {
        if let Some(o) = (np.a.saturating_sub(8).max(lo + 1)..np.a - 2)
            .rev()
            .find(|&o| s.is_quote_mark(o))
            .filter(|&o| s.is_det(o - 1) && quoted_title_end(s, lx, o) == Some(np.a))
            // (Not the object of a preposition, which the plain search
            // reads in its own way: `Some in the "Bernie or Bust" crowd`.)
            .filter(|&o| !(o >= lo + 2 && s.is_word(o - 2) && s.is_stop(o - 2)))
        {
            return Some(Np { a: o - 1, b: np.b });
        }
    }
    Some(np)
}

/// [`backward`] before its quoted title.
#[inline(always)]
fn backward_plain(s: &Sent, lx: &Lexicon, cue: usize, lo: usize) -> Option<Np> {
    // A capitalized conjunction opening the clause ("But the former mayor
    // John Smith said", "And Democratic leaders warned"): a phrase that
    // opens the clause after it is the subject.
    // (The word sets first: one bit test turns most first words down
    // before their bytes are compared.)
    if cue > lo + 2
        && s.in_sets(lo, W_BUT_AND_YET_SO_EVEN.bit() | W_AND_OR.bit())
        && matches!(s.bytes(lo), b"But" | b"And" | b"Yet" | b"Or")
    {
        if let Some(np) = backward_from(s, lx, cue, lo + 1).filter(|np| np.a == lo + 1) {
            return Some(participle_adjuncts(s, cue, np));
        }
    }
    match backward_from(s, lx, cue, lo) {
        // A phrase after a preposition may be the agent or place of a
        // participle phrase ("Experts quoted by \[the agency\] said").
        // (The participle stands before that preposition: the search for
        // it ends there.)
        Some(np) if np.a > lo + 2 && s.is_word(np.a - 1) && s.is_stop(np.a - 1) => {
            reduced_relative(s, lx, cue, lo, np.a - 1).or(Some(participle_adjuncts(s, cue, np)))
        }
        Some(np) => Some(participle_adjuncts(s, cue, np)),
        None => reduced_relative(s, lx, cue, lo, cue),
    }
}

/// The subject before an aside closed by a dash right before the cue,
/// when the walks above find none ("Insiders in the next two states —
/// Nevada and South Carolina — said", "Democratic leaders — and, in
/// particular, Senate Minority Leader Harry Reid — insisted", "A former
/// candidate -- John McCain, who lost in 2008 -- said", "Some economists
/// — notably Jason Furman — have warned"): the phrase that
/// ends before the opening dash, searched as if the cue stood there. Both
/// dashes in the clause, the aside up to 40 tokens long and with no
/// quote mark, the phrase right before the opening dash.
/// (Out of line: asked only when the walks find no subject, and its first
/// test, a dash before the cue, turns most of those down.)
#[inline(never)]
fn dash_aside_subject(s: &Sent, lx: &Lexicon, cue: usize, lo: usize) -> Option<Np> {
    // Up to two auxiliaries or adverbs between the closing dash and the
    // cue ("— have warned", "— also said"); no modal, a duty or a guess
    // ("— must file their reports"). (The dash test first: most cues
    // asked have a word before them of no such set.)
    let mut end = cue;
    while end + 2 > cue
        && end > lo
        && !is_dash(s, end - 1)
        && (s.is_in(end - 1, SKIP_BACK) || s.is_in(end - 1, &["since"]))
        && !s.is_in(
            end - 1,
            &[
                "would", "will", "could", "may", "might", "should", "can", "must",
            ],
        )
    {
        end -= 1;
    }
    if end < lo + 4 || !is_dash(s, end - 1) {
        return None;
    }
    let close = dash_start(s, end - 1, lo);
    let open = (close.saturating_sub(40).max(lo + 1)..close)
        .rev()
        .take_while(|&k| !s.is_quote_mark(k))
        .find(|&k| is_dash(s, k))?;
    let open = dash_start(s, open, lo);
    // An aside of one word or none is no aside ("well-known", "- -"); a
    // question inside is the writer's ("that booming voice -- is it God?
    // -- raises").
    if open + 2 >= close
        || open <= lo
        || !s.is_word(open - 1)
        || (open..close).any(|k| s.is_p(k, "?") || s.is_p(k, "!"))
    {
        return None;
    }
    backward_from(s, lx, open, lo)
        .filter(|np| np.b == open)
        // A base-form cue after a short singular phrase is a noun with its
        // modifier before the aside ("His strong - and largely unwavering -
        // support", "an aggressive - some say unrealistic - pledge"); not
        // after an auxiliary, nor after a person or organization noun, a
        // plural without -s too ("Local people — many of them farmers —
        // say", "The police — already stretched thin — say"), but a
        // singular one before a cue that may be a noun is that noun's
        // modifier ("Each worker — and employer — claim must be filed";
        // "The government — and opposition — agree that" speaks).
        .filter(|np| {
            np.b > np.a + 2
                || end < cue
                || s.is_cap(np.b - 1)
                || s.bytes(np.b - 1).ends_with(b"s")
                || matches!(
                    s.speaker_noun(lx, np.b - 1),
                    Some(crate::lexicon::NounType::Person | crate::lexicon::NounType::Organization)
                ) && (!s.is_in(cue, super::draft_filters::CUE_NOUNS)
                    || super::rules::invariant_plural(s, np.b - 1))
                || s.cue_word(lx, cue)
                    .is_some_and(|(_, f)| f != crate::lexicon::Form::Base)
        })
        // A cue that may be a noun after a phrase ending in a modifier is
        // that noun, whatever the phrase's length ("Washington's
        // long-standing -- if rarely stated -- fears that", "The
        // government's latest — and gloomiest — forecast shows", "Their
        // deepest – and least discussed – hopes rest on").
        .filter(|np| {
            s.cue_word(lx, cue)
                .is_some_and(|(_, f)| f == crate::lexicon::Form::Past)
                || !modifier_word(s, lx, np.b - 1)
        })
        .map(|np| participle_adjuncts(s, open, np))
}

/// Whether token `k`, the last of a phrase, is a modifier that cannot
/// head it ([`dash_aside_subject`]): a possessive clitic, or a lowercase
/// word that is no speaker noun and looks like an adjective (a
/// superlative "deepest", a participle "repeated"/"long-standing", an
/// "-ous"/"-ive"/"-ful" word, or one of a few others: "new", "own").
fn modifier_word(s: &Sent, lx: &Lexicon, k: usize) -> bool {
    if s.is_poss(k) {
        return true;
    }
    let w = s.bytes(k);
    if !s.is_word(k) || s.is_cap(k) || s.speaker_noun(lx, k).is_some() {
        return false;
    }
    let long = w.len() > 4;
    (long
        && (w.ends_with(b"est")
            || w.ends_with(b"ed")
            || w.ends_with(b"ing")
            || w.ends_with(b"ous")
            || w.ends_with(b"ive")
            || w.ends_with(b"ful")))
        || w.contains(&b'-')
        || matches!(
            w,
            b"new" | b"own" | b"old" | b"last" | b"first" | b"recent" | b"early" | b"private"
        )
        || super::draft_filters::CUE_NOUN_ADJECTIVES
            .iter()
            .any(|a| a.as_bytes() == w)
}

/// Whether `np`, the phrase [`backward`] gave for the cue at `cue`, is a
/// participle phrase's ([`reduced_relative`]: "Troops backed by tanks",
/// "Men armed with machetes"). Such a subject is taken for a cue that
/// reports a clause or a quote ("Workers laid off on Monday said ..."),
/// not for a cue of force read in its object frame ("Troops backed by
/// tanks attacked the town": the bodily sense). (The same dispatch as
/// [`backward`]; the length test first: such a phrase holds a noun, the
/// participle and at least one word after it.)
pub(crate) fn participle_phrase_subject(
    s: &Sent,
    lx: &Lexicon,
    cue: usize,
    lo: usize,
    np: Np,
) -> bool {
    if np.b < np.a + 3 || np.b > cue {
        return false;
    }
    if cue > lo + 2
        && s.in_sets(lo, W_BUT_AND_YET_SO_EVEN.bit() | W_AND_OR.bit())
        && matches!(s.bytes(lo), b"But" | b"And" | b"Yet" | b"Or")
        && backward_from(s, lx, cue, lo + 1).is_some_and(|b| b.a == lo + 1)
    {
        return false;
    }
    let end = match backward_from(s, lx, cue, lo) {
        Some(b) if b.a > lo + 2 && s.is_word(b.a - 1) && s.is_stop(b.a - 1) => b.a - 1,
        Some(_) => return false,
        None => cue,
    };
    reduced_relative(s, lx, cue, lo, end) == Some(np)
}

/// The words that may open a reduced relative's adjuncts right after its
/// participle, besides [`INTRO_PREPOSITIONS`], the days and the particles
/// and adverbs that may also close them ([`ADVERB_ENDS`]: "laid off",
/// "arrested overnight"): time words ("arrested late on Saturday", "laid
/// off last month"), place adverbs ("trapped underground", "sent home")
/// and prepositions.
const REDUCED_RELATIVE_OPENERS: &[&str] = &[
    "late",
    "early",
    "last",
    "this",
    "underground",
    "home",
    "to",
    "into",
    "near",
    "outside",
    "inside",
    "across",
    "for",
    "over",
    "about",
    "through",
    "against",
];

/// Irregular participles that head a reduced relative after a person
/// noun ("Tourists caught in the storm", "Prisoners held without charge",
/// "Workers laid off", "Hostages taken in the raid"); the -ed words need
/// no entry ([`ed_verb`]); pasts with a participle of their own ("began",
/// "took") are finite verbs there.
const REDUCED_PARTICIPLES: &[&str] = &[
    "freed",
    "caught",
    "held",
    "laid",
    "left",
    "kept",
    "sent",
    "led",
    "paid",
    "hit",
    "hurt",
    "shot",
    "struck",
    "stuck",
    "taken",
    "given",
    "chosen",
    "driven",
    "thrown",
    "known",
    "stolen",
    "bitten",
    "beaten",
    "hidden",
    "forgotten",
    "born",
    "brought",
    "taught",
];

/// Particles and adverbs that may close a reduced relative's adjuncts
/// ("Workers laid off said", "Two men arrested overnight said"); other
/// function words there leave the cue a noun ("erupted into \[cheers\]").
const ADVERB_ENDS: &[&str] = &[
    "off",
    "out",
    "up",
    "down",
    "away",
    "abroad",
    "overseas",
    "overnight",
    "there",
    "here",
    "earlier",
    "yesterday",
    "today",
];

/// Plural person nouns with no -s ("Two men arrested overnight said").
const PLURAL_PERSONS: &[&str] = &["men", "women", "children", "people", "police"];

/// A subject whose person or group noun takes a participle phrase (a
/// reduced relative) before the cue, when the phrase search found none:
/// "Residents evacuated from the valley overnight said", "Two men
/// arrested overnight said", "Workers laid off last month said",
/// "Officials involved in the talks said". The participle (a lowercase
/// -ed word or one of [`REDUCED_PARTICIPLES`]) stands within seven words
/// before the auxiliaries and adverbs before the cue, right after a
/// person or organization noun that ends a phrase of its own opening the
/// clause; the words after it, opening with a preposition, time word,
/// particle or adverb ([`REDUCED_RELATIVE_OPENERS`]; no object: "Police
/// arrested two men and said" is a clause), are words with no auxiliary,
/// pronoun, conjunction or relative word, and the last of them is a
/// content word (a noun: not "erupted into \[cheers\]", "began by
/// \[saying\]"). A participle that is a cue form ("quoted", "cited",
/// "released") needs a plural noun before it and "by", a day or a time
/// word after it ("Experts quoted by the agency said"; not "The agency
/// announced on Friday ..."). The cue is a finite verb: no -ing form, and
/// a base form only of saying or believing. Things keep what the search
/// gives them ("The report released on Friday said").
///
/// The participle stands before token `end` (the preposition before the
/// phrase the search found, or the cue). (Its first test in line, before
/// the call: the word before the cue, past the auxiliaries and adverbs,
/// ends the adjuncts (a noun, an adverb or a day: no other function word)
/// or is the participle; punctuation, an article or a preposition there
/// ("..., said", "who said") turns most cues down before any scan.)
#[inline(always)]
fn reduced_relative(s: &Sent, lx: &Lexicon, cue: usize, lo: usize, end: usize) -> Option<Np> {
    if cue < lo + 2 || cue >= s.len() || !s.is_word(cue) {
        return None;
    }
    let mut e = cue;
    while e > lo + 2 && s.is_in(e - 1, SKIP_BACK) {
        e -= 1;
    }
    if !s.is_word(e - 1) || (s.is_stop(e - 1) || s.is_det(e - 1)) && !adjunct_end(s, e - 1) {
        return None;
    }
    reduced_relative_rest(s, lx, cue, lo, e, end)
}

/// Whether function word `k` may close a reduced relative's adjuncts: a
/// particle or adverb of [`ADVERB_ENDS`] or a day ("Workers laid off on
/// Monday said"; the days carry the stop bit).
/// (The days' bit first: one test.)
#[inline]
fn adjunct_end(s: &Sent, k: usize) -> bool {
    s.is_in(k, DAYS) || s.is_in(k, ADVERB_ENDS)
}

/// [`reduced_relative`] past its first test (`e`: the cue's first token
/// before its auxiliaries and adverbs).
fn reduced_relative_rest(
    s: &Sent,
    lx: &Lexicon,
    cue: usize,
    lo: usize,
    mut e: usize,
    end: usize,
) -> Option<Np> {
    let person = |k: usize| {
        s.is_word(k)
            && matches!(
                s.speaker_noun(lx, k),
                Some(crate::lexicon::NounType::Person | crate::lexicon::NounType::Organization)
            )
    };
    let participle = |p: usize| {
        s.is_word(p) && !s.is_cap(p) && (ed_verb(s.bytes(p)) || s.is_in(p, REDUCED_PARTICIPLES))
    };
    let window = e.saturating_sub(7).max(lo + 1)..e.min(end);
    // The cheap tests first (the function runs on many cues): a person
    // noun's bits before a lowercase word, before any word's bytes are
    // read, then a participle there.
    if !s.lower_after_person_noun(window.start, window.end)
        || !window.clone().any(|p| person(p - 1) && participle(p))
    {
        return None;
    }
    let p = window.clone().find(|&p| participle(p))?;
    if s.bytes(cue).ends_with(b"ing") {
        return None;
    }
    let opener = |k: usize, e: usize| {
        k == e
            || s.is_in(k, INTRO_PREPOSITIONS)
            || s.is_in(k, DAYS)
            || s.is_in(k, ADVERB_ENDS)
            || s.is_in(k, REDUCED_RELATIVE_OPENERS)
    };
    let adjunct = |k: usize| {
        (s.is_word(k) || s.is_poss(k))
            && !s.is_aux_like(k)
            && !s.is_pronoun(k)
            && !s.is_in(k, AND)
            && !s.is_in(k, RELATIVES)
            && !s.is_in(
                k,
                &[
                    "that", "but", "or", "not", "what", "whether", "if", "how", "why", "where",
                    "when", "whom",
                ],
            )
            && (!s.is_in(k, TO) || !s.is_word(k + 1) || s.is_det(k + 1) || s.is_cap(k + 1))
    };
    // An adverb of the cue and a time phrase after the adjuncts ("A
    // newspaper owned by X also this week published"): the phrase ends
    // before them.
    if let Some(k) = (p + 1..e).find(|&k| s.is_in(k, SKIP_BACK)) {
        let time = |i: usize| {
            s.is_in(i, SKIP_BACK)
                || s.is_in(i, DAYS)
                || s.is_in(i, TIME_UNITS)
                || s.is_in(i, &["this", "last", "on", "late", "early"])
        };
        if !(k..e).all(time) {
            return None;
        }
        e = k;
    }
    if e <= p || !person(p - 1) || !opener(p + 1, e) || !(p + 1..e).all(adjunct) {
        return None;
    }
    // The last adjunct word a noun or adverb, no function word.
    if e > p + 1 && (s.is_stop(e - 1) || s.is_det(e - 1)) && !adjunct_end(s, e - 1) {
        return None;
    }
    let cue_form = s.cue_word(lx, cue);
    if let Some((c, crate::lexicon::Form::Base)) = cue_form {
        if !matches!(lx.cue(c).class.as_str(), "say" | "believe") {
            return None;
        }
    }
    if s.cue_word(lx, p).is_some() {
        let plural = plural_s(s.bytes(p - 1)) || s.is_in(p - 1, PLURAL_PERSONS);
        let by_or_time = s.is_in(p + 1, &["by"])
            || s.is_in(p + 1, DAYS)
            || s.is_in(
                p + 1,
                &[
                    "late",
                    "early",
                    "last",
                    "this",
                    "earlier",
                    "overnight",
                    "on",
                ],
            ) && (s.is_in(p + 2, DAYS)
                || s.is_in(p + 2, TIME_UNITS)
                || s.is_in(p + 1, &["overnight"]));
        if !plural || !by_or_time {
            return None;
        }
    }
    let np = backward_from(s, lx, p, lo)?;
    let opens = np.a == lo
        || np.a == lo + 1 && s.is_in(lo, W_BUT_AND_YET_SO_EVEN)
        || s.is_punct(np.a - 1) && !s.is_poss(np.a - 1) && !s.is_quote_mark(np.a - 1);
    (np.b == p && opens).then_some(Np { a: np.a, b: e })
}

/// A phrase ending in an -ed participle after its noun, words between it
/// and the cue ("The man arrested late on Saturday told police"): those
/// words, opening with a preposition or time word and holding no
/// auxiliary and no "to" (other verbs are not tested),
/// are the participle's adjuncts, so the phrase runs over them, up to the
/// auxiliaries and adverbs of [`SKIP_BACK`] before the cue. (Its
/// first test in line: most phrases end at the cue.)
#[inline(always)]
fn participle_adjuncts(s: &Sent, cue: usize, np: Np) -> Np {
    if np.b >= cue || np.b < np.a + 2 {
        return np;
    }
    participle_adjuncts_rest(s, cue, np)
}

/// [`participle_adjuncts`] past its first test.
fn participle_adjuncts_rest(s: &Sent, cue: usize, np: Np) -> Np {
    let p = np.b - 1;
    if !s.is_word(p) || s.is_cap(p) || !ed_verb(s.bytes(p)) || !s.is_word(p - 1) || s.is_det(p - 1)
    {
        return np;
    }
    let mut e = cue;
    while e > np.b && s.is_in(e - 1, SKIP_BACK) {
        e -= 1;
    }
    // (A preposition or time word opening them, no verb among them: not
    // "The actors involved are all quick to point out".)
    let adjunct = s.is_in(np.b, INTRO_PREPOSITIONS)
        || s.is_in(np.b, &["late", "early", "last", "this", "overnight"]);
    if adjunct
        && e > np.b
        && e - np.b <= 5
        && (np.b..e).all(|k| s.is_word(k) && !s.is_aux_like(k) && !s.is_in(k, TO))
    {
        Np { a: np.a, b: e }
    } else {
        np
    }
}

/// A subject with conjuncts before it ("France, Britain and Germany said",
/// "Sanders and Clinton said", "The mayor and the governor said"): the
/// whole coordination, when it opens its clause (at `lo` or after
/// punctuation) and every conjunct is a speaker phrase of its own (a name,
/// a pronoun or a speaker noun at its end). Bounded: at most eight
/// conjuncts. Applied to the speakers of a sentence's drafts once the
/// rules have run (the rules see the last conjunct, as before).
/// (Its first test in line, before the call: most phrases follow no "and".)
#[inline(always)]
pub(crate) fn coordinated(s: &Sent, lx: &Lexicon, lo: usize, np: Np) -> Np {
    if np.a < lo + 2 || !s.is_in(np.a - 1, AND) {
        return np;
    }
    coordinated_rest(s, lx, lo, np)
}

/// [`coordinated`] past its first test (`np` follows "and", two tokens or
/// more after `lo`).
fn coordinated_rest(s: &Sent, lx: &Lexicon, lo: usize, np: Np) -> Np {
    // A singular description with no determiner of its own shares the
    // one before "and": one person described twice ("The influential
    // delegate and conservative activist", "The front-runner and former
    // secretary of state"). Not two bodies ("The police and army", "The
    // government and military"): an organization noun on both sides.
    if !s.is_cap(np.a) && !s.is_det(np.a) && !s.is_poss(np.a) && !s.is_pronoun(np.a) {
        let h = np.b - 1;
        if !s.bytes(h).ends_with(b"s") && !s.is_cap(h) && !two_bodies(s, lx, np) {
            return np;
        }
    }
    // "Food and Drug Administration", "Department of Energy and Natural
    // Resources": one name whose words after "and" open with a capital,
    // an organization word on one side only.
    let org_word = |a: usize, b: usize| (a..b).any(|i| super::resolve::is_org_word(s.w(i)));
    // (Not a name with a title: "Donald Trump and House Speaker Paul
    // Ryan".)
    // (The phrase's side of the test found once, and its word tests only
    // for a capitalized phrase: the test is asked of each conjunct.)
    let named = s.is_cap(np.a)
        && !s.is_det(np.a)
        && s.is_cap(np.b - 1)
        && !(np.a..np.b).any(|i| is_title(s, i));
    let named_org = named && org_word(np.a, np.b);
    let one_name = |c: Np| named && org_word(c.a, c.b) != named_org;
    let mut j = np.a - 1;
    // "A, B, and C": the serial comma.
    if j > lo + 1 && s.is_p(j - 1, ",") {
        j -= 1;
    }
    let mut best = None;
    // Once a modifier sharing the head is a member, so is every one before
    // it ("Police, fire and hospital officials"); no name or phrase of its
    // own ("Overnight, fire and hospital officials": an opening adverb).
    let mut modifiers = false;
    for _ in 0..8 {
        let own = if modifiers {
            None
        } else {
            backward_from(s, lx, j, lo)
                .filter(|c| c.b == j && c.a < c.b && simple_conjunct(s, lx, *c) && !one_name(*c))
        };
        let Some(c) = own.or_else(|| {
            let m = shared_modifier(s, lx, lo, np, j);
            modifiers |= m.is_some();
            m
        }) else {
            break;
        };
        // After a comma only when an introductory phrase ends there ("On
        // Tuesday, Sanders and Clinton said", "In Paris, France and
        // Germany"): a capitalized word or number before it, the clause
        // opening with a function word; else the list may be inside a
        // longer phrase ("A group of Latin American artists, writers and
        // scientists").
        let intro_comma = |k: usize| {
            s.is_p(k, ",")
                && k > lo + 1
                && s.is_in(lo, INTRO_PREPOSITIONS)
                && (s.is_cap(k - 1) || s.bytes(k - 1).first().is_some_and(u8::is_ascii_digit))
        };
        if c.a == lo
            || s.is_punct(c.a - 1) && !s.is_quote_mark(c.a - 1) && !s.is_p(c.a - 1, ",")
            || intro_comma(c.a - 1)
        {
            best = Some(c.a);
        } else if c.a - 1 == lo && s.is_in(lo, INTRO_PREPOSITIONS) {
            // The conjunct is the object of the opening preposition ("On
            // Tuesday"): the one after it opened the subject.
            break;
        } else if !s.is_p(c.a - 1, ",") {
            // A list inside a longer phrase ("voters in Alabama, Georgia
            // and Virginia", "the National Academies of Sciences,
            // Engineering and Medicine").
            return np;
        }
        if c.a > lo + 1 && s.is_p(c.a - 1, ",") {
            j = c.a - 1;
        } else {
            break;
        }
    }
    // "Current and former officials", "Minority and women voters": an
    // adjective opening the sentence, coordinated with the modifier of a
    // lowercase phrase; not a speaker noun of its own ("Police and
    // hospital officials said").
    let adjective = |a: usize| {
        a + 1 < np.a
            && s.is_in(a + 1, AND)
            && !s.bytes(a).ends_with(b"s")
            && s.speaker_noun(lx, a).is_none()
            && !s.is_cap(np.a)
            && !s.is_det(np.a)
            && !s.is_poss(np.a)
            && !s.is_pronoun(np.a)
    };
    match best {
        Some(a) if !adjective(a) => Np { a, b: np.b },
        _ => np,
    }
}

/// A modifier in a list that shares the head of `np`, a compound of a
/// singular noun and a plural head ([`noun_modifier`]: "hospital
/// officials"), the word right before `j` ("Police, fire and hospital
/// officials said"): one lowercase singular word with a comma before it,
/// or a speaker noun opening the clause ("Police", "State"). Not "the
/// blaze and hospital officials" (no comma) nor an -ed, -ing or -ly word;
/// not a capitalized word opening the clause that the lexicon does not
/// know as a speaker noun: an opening adverb and its comma ("Overnight,
/// fire and hospital officials said": "fire and hospital officials" is
/// no list with "Overnight").
fn shared_modifier(s: &Sent, lx: &Lexicon, lo: usize, np: Np, j: usize) -> Option<Np> {
    let k = j.checked_sub(1)?;
    let ok = np.b == np.a + 2
        && noun_modifier(s, np.a, np.a + 1)
        && k >= lo
        && s.is_word(k)
        && !s.is_stop(k)
        && (if k == lo {
            s.speaker_noun(lx, k).is_some()
        } else {
            !s.is_cap(k) && s.is_p(k - 1, ",")
        })
        && !plural_s(s.bytes(k))
        && !s.bytes(k).ends_with(b"ed")
        && !s.bytes(k).ends_with(b"ing")
        && !s.bytes(k).ends_with(b"ly");
    ok.then_some(Np { a: k, b: j })
}

/// Whether `np`, a bare word after "and", and the word before the "and"
/// are both organization nouns ("The police and army", "the government
/// and military"): two bodies, not one described twice.
fn two_bodies(s: &Sent, lx: &Lexicon, np: Np) -> bool {
    use crate::lexicon::NounType::Organization;
    np.b == np.a + 1
        && s.speaker_noun(lx, np.a) == Some(Organization)
        && s.speaker_noun(lx, np.a - 2) == Some(Organization)
}

/// Two speaker phrases joined by "and" right after a comma, `np` the
/// second ([`simple_conjunct`] both): the pair, for a cue that closes the
/// sentence after adjuncts (`..., residents and officials told Reuters.`,
/// `..., police and firefighters said on Monday.`). None for any other
/// phrase ("taxes and other issues related to ...", "an offer the
/// leadership rebuffed").
pub(crate) fn pair_after_comma(s: &Sent, lx: &Lexicon, lo: usize, np: Np) -> Option<Np> {
    if np.a < lo + 3 || !s.is_in(np.a - 1, AND) || !simple_conjunct(s, lx, np) {
        return None;
    }
    let j = np.a - 1;
    let c = backward_from(s, lx, j, lo)
        .filter(|c| c.b == j && c.a < c.b && simple_conjunct(s, lx, *c))?;
    (c.a > lo && s.is_p(c.a - 1, ",") && !opener_only(s, lo, c.a - 1))
        .then_some(Np { a: c.a, b: np.b })
}

/// Whether the tokens `lo..comma` are only an introductory phrase: a
/// preposition ([`INTRO_PREPOSITIONS`]) or "\<time\> after/before" opening
/// them, no comma and no verb form (a finite "be", "have" or modal, an -ed
/// word) in them. `After the explosion, police and firefighters said on
/// Monday.`: a fragment, with no report before the comma.
fn opener_only(s: &Sent, lo: usize, comma: usize) -> bool {
    (s.is_in(lo, INTRO_PREPOSITIONS) || s.is_in(lo + 1, &["after", "before"]))
        && (lo..comma)
            .all(|k| !(s.is_p(k, ",") || s.is_aux_like(k) || s.is_word(k) && ed_verb(s.bytes(k))))
}

/// Prepositions that open an introductory phrase before a subject.
pub(crate) const INTRO_PREPOSITIONS: &[&str] = &[
    "on",
    "in",
    "at",
    "after",
    "before",
    "during",
    "since",
    "from",
    "by",
    "with",
    "under",
    "amid",
    "despite",
    "following",
    "until",
];

/// A conjunct of a coordinated subject: a pronoun; a name, with titles,
/// owners and particles ("MSNBC's Alex Seitz-Wald", "Sen. Rand Paul of
/// Kentucky"); or up to four words ending in a speaker noun whose other
/// words are no participle or verb-like -ed/-ing word and no speaker noun,
/// but for a singular lowercase one right before a plural head
/// ([`noun_modifier`]: "hospital officials", "union leaders") ("some
/// other religious groups", "his advisers", "U.S. officials"; not "The
/// rally drew supporters", "including labor unions").
fn simple_conjunct(s: &Sent, lx: &Lexicon, c: Np) -> bool {
    let h = c.b - 1;
    if c.a == h && s.is_pronoun(h) {
        return true;
    }
    if c.b - c.a > 8 {
        return false;
    }
    // A lowercase role with an "of" complement of one or two lowercase
    // words ("the mayor's chief of staff", "its director of public
    // affairs"): the words before "of" are the phrase, the role its head.
    let c = match of_role_head(s, lx, c) {
        Some(o) => Np { a: c.a, b: o },
        None => c,
    };
    let h = c.b - 1;
    if !head_ok(s, lx, h) {
        return false;
    }
    // A number before a singular word is no group ("Eleven progressive
    // and Muslim organizations": an adjective).
    let number = (c.a..h).any(|i| {
        s.bytes(i).first().is_some_and(u8::is_ascii_digit)
            || s.is_number_word(i) && !s.is_in(i, &["one"])
            || s.is_in(i, &["dozens", "hundreds", "thousands"])
    });
    if number && !s.bytes(h).ends_with(b"s") {
        return false;
    }
    let lower_ok = |i: usize| {
        s.is_det(i)
            || is_title(s, i)
            || s.is_in(i, &["former", "then", "fellow", "state", "both", "of"])
            || s.bytes(i).first().is_some_and(u8::is_ascii_digit)
    };
    if s.is_cap(h) {
        // Titles alone ("Former Secretary of State and Democratic
        // front-runner Hillary Clinton") describe the name after "and".
        let office = (c.a..c.b).all(|i| is_title(s, i) || s.is_in(i, &["of", "former", "state"]));
        return !office && (c.a..h).all(|i| s.is_cap(i) || s.is_poss(i) || lower_ok(i));
    }
    // A speaker noun in the owner before a possessive is no head of its
    // own ("the mayor's spokesman", "The school district's director"),
    // and the owner may take one more word.
    let poss = (c.a + 1..h).rev().find(|&i| s.is_poss(i));
    c.b - c.a <= 4 + usize::from(poss.is_some())
        && (c.a..h).all(|i| {
            s.is_poss(i)
                || s.is_det(i)
                || s.is_word(i)
                    && (s.speaker_noun(lx, i).is_none()
                        || noun_modifier(s, i, h)
                        || poss.is_some_and(|q| i < q))
                    && !s.bytes(i).ends_with(b"ed")
                    && !s.bytes(i).ends_with(b"ing")
        })
}

/// The "of" of a lowercase role with a complement of one or two
/// lowercase words that closes the conjunct `c` ("chief of staff",
/// "director of public affairs"): a title or speaker noun before it, one
/// more word at least before that. `None` for any other phrase.
fn of_role_head(s: &Sent, lx: &Lexicon, c: Np) -> Option<usize> {
    let h = c.b - 1;
    if s.is_cap(h) {
        return None;
    }
    let o = (h.saturating_sub(2).max(c.a + 2)..h).find(|&o| s.is_in(o, OF))?;
    let lower = |i: usize| s.is_word(i) && !s.is_cap(i) && !s.is_stop(i);
    ((o + 1..=h).all(lower)
        && lower(o - 1)
        && (is_title(s, o - 1) || s.speaker_noun(lx, o - 1).is_some()))
    .then_some(o)
}

/// Whether the speaker noun at `i` modifies the plural head right after
/// it, a noun compound of wire copy ("hospital officials", "union
/// leaders", "police sources", "party officials"): a lowercase singular
/// word (no plural -s) before a lowercase plural. Not "the protesters
/// police" or "voters supporters" (a plural before the head).
fn noun_modifier(s: &Sent, i: usize, h: usize) -> bool {
    i + 1 == h && !s.is_cap(i) && !s.is_cap(h) && !plural_s(s.bytes(i)) && plural_s(s.bytes(h))
}

/// [`backward`] for a clause starting at `lo`.
#[inline]
fn backward_from(s: &Sent, lx: &Lexicon, cue: usize, lo: usize) -> Option<Np> {
    match backward_phrase(s, lx, cue, lo).map(|np| {
        // "Then-Gov. Paul Sherwood said", "A spokesman for then-Gov. Rick
        // Perry said": the title before the stop of its abbreviation, a
        // token of its own ([`hyphen_title_stop`]), before the walk over a
        // longer subject.
        if np.a >= lo + 2 && hyphen_title_stop(s, np.a - 1) {
            Np { a: np.a - 2, ..np }
        } else {
            np
        }
    }) {
        // "WHO chief Tedros Adhanom Ghebreyesus said", "WHO spokesman
        // Tarik Jasarevic said": the agency's name, not the relative. A
        // phrase inside the prepositional phrase of a longer subject ("A
        // study by the liberal watchdog group [Media Matters] found"): the
        // whole subject.
        // (One arm for both: this function stays small enough to inline.)
        Some(np) if np.a > lo && !s.is_punct(np.a - 1) => Some(if caps_who_before(s, np.a) {
            Np { a: np.a - 1, ..np }
        } else {
            pp_subject_over(s, lx, cue, lo, np)
        }),
        Some(np) => Some(np),
        None => dash_aside_subject(s, lx, cue, lo).or_else(|| noun_pp_subject(s, lx, cue, lo)),
    }
}

/// The subject with a prepositional phrase ([`noun_pp_subject`]) that
/// holds `np`, the phrase the search found before the cue (with the same
/// end, starting before it), or `np`. The walk back is taken only when
/// the word before `np` is one it passes ([`pp_walk_passes`]: not "and he
/// said", "that Trump said"): a longer subject must hold that word.
/// (Not inlined, so that [`backward_from`] is.)
#[inline(never)]
fn pp_subject_over(s: &Sent, lx: &Lexicon, cue: usize, lo: usize, np: Np) -> Np {
    if !pp_walk_passes(s, np.a - 1) {
        return np;
    }
    noun_pp_subject(s, lx, cue, lo)
        .filter(|w| w.a < np.a && w.b == np.b)
        .unwrap_or(np)
}

/// Whether the walk back of [`noun_pp_subject`] may pass the token `i`
/// (no punctuation), so that the phrase it finds may start before `i`:
/// a possessive, or a word that is no pronoun, no word of
/// [`SUBJECT_STOPS`] and no clause link or quantity clause word (unless
/// "and" between two names: "A survey by the AP and NORC Center ...").
/// `false` proves that [`noun_pp_subject`] finds no phrase that starts
/// at or before `i` and ends after it: the phrase after `i` that the
/// search found is then kept without that walk ("and he said", "that
/// Trump said").
/// (The walk's own step, [`walk_step`], with no lower bound for "and":
/// the looser test, so `true` is the safe answer.)
#[inline(always)]
fn pp_walk_passes(s: &Sent, i: usize) -> bool {
    !s.is_word(i) || walk_step(s, i, 0, true) == WalkStep::Pass
}

/// What the walk back of [`noun_pp_subject`] does at the word `i`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum WalkStep {
    /// The phrase may start before `i`: the walk goes on.
    Pass,
    /// A clause link or quantity clause word: the phrase starts after `i`.
    Clause,
    /// A pronoun or a word of [`SUBJECT_STOPS`]: no phrase.
    Stop,
}

/// The step of the walk back of [`noun_pp_subject`] over the word `i`
/// (walked down to `w0`): a clause link or quantity clause word
/// ([`WalkStep::Clause`], unless "and" between two names inside the
/// phrase: "A survey by the AP and NORC Center for Public Affairs
/// Research found"), a pronoun or a word of [`SUBJECT_STOPS`]
/// ([`WalkStep::Stop`]), else [`WalkStep::Pass`]. With `quick`, a word
/// in none of the sets it tests (and no pronoun) passes on one mask test
/// (most words of a phrase; the same answer as the tests one by one).
#[inline(always)]
fn walk_step(s: &Sent, i: usize, w0: usize, quick: bool) -> WalkStep {
    let steps = AND.bit() | CLAUSE_LINKS.bit() | QUANT_CLAUSE.bit() | SUBJECT_STOPS.bit();
    if quick && !s.in_sets(i, steps) && !s.is_pronoun(i) {
        return WalkStep::Pass;
    }
    let name_and = s.is_in(i, AND)
        && i > w0
        && s.is_cap(i - 1)
        && (s.is_cap(i + 1) || s.is_in(i + 1, &["the"]) && s.is_cap(i + 2));
    if !name_and && (s.is_in(i, CLAUSE_LINKS) || s.is_in(i, QUANT_CLAUSE)) {
        WalkStep::Clause
    } else if s.is_pronoun(i) || s.is_in(i, SUBJECT_STOPS) {
        WalkStep::Stop
    } else {
        WalkStep::Pass
    }
}

/// The "(" of a short mark in capitals in parentheses that closes at `k`
/// inside a speaker phrase whose next token `a` is capitalized or a
/// lowercase word ("CPI(M) leader", "Shiv Sena (UBT) MP", "JD(U) chief",
/// "CPI(M-L) leader"): one or two words in capitals inside (a hyphen
/// within: "M-L"), a capitalized word before the "(", which stays past
/// `lo`.
fn caps_paren_open(s: &Sent, lo: usize, k: usize, a: usize) -> Option<usize> {
    if !s.is_p(k, ")") || k < lo + 3 || !s.is_word(a) {
        return None;
    }
    let open = (k.saturating_sub(3).max(lo + 1)..k - 1)
        .rev()
        .find(|&o| s.is_p(o, "("))?;
    let inside = (open + 1..k).all(|i| {
        s.is_word(i)
            && s.bytes(i).first().is_some_and(u8::is_ascii_uppercase)
            && s.bytes(i)
                .iter()
                .all(|&c| c.is_ascii_uppercase() || c == b'-')
    });
    (inside && s.is_word(open - 1) && s.is_cap(open - 1) && !s.is_stop(open - 1)).then_some(open)
}

/// Whether token `k` is the "(" or the ")" of a short mark in capitals in
/// parentheses ([`caps_paren_open`]) that stays past `lo` and closes
/// before `e`, a capitalized word after it ("The U.S. Centers for Disease Control and
/// Prevention (CDC) Director Mandy Cohen"): the long subject's walk over a
/// post-modifier passes it as the phrase search does.
pub(crate) fn caps_paren_tok(s: &Sent, lo: usize, k: usize, e: usize) -> bool {
    let close = if s.is_p(k, ")") {
        k
    } else if s.is_p(k, "(") {
        match (k + 2..(k + 4).min(e)).find(|&c| s.is_p(c, ")")) {
            Some(c) => c,
            None => return false,
        }
    } else {
        return false;
    };
    close + 1 < e
        && s.is_cap(close + 1)
        && caps_paren_open(s, lo, close, close + 1).is_some_and(|o| o <= k)
}

/// Whether the token before `a`, the first token of a speaker phrase, is
/// an all-capitals "WHO" (the World Health Organization) that modifies
/// that phrase, not the relative "who": the phrase (a speaker phrase
/// the search took: a name, a title or a speaker noun, "WHO
/// Director-General Tedros", "WHO spokesman Tarik Jasarevic", "WHO
/// chief ...", "WHO experts") opens with a word that has a small letter,
/// so the sentence is no headline in capitals ("THOSE WHO SAY"). A
/// lowercase "who" ("officials who said") and "the official WHO said"
/// (no phrase after it) are left alone.
/// (The byte before the phrase first, the 'O' of "WHO": one test for
/// most phrases; not inlined, so that [`backward_from`] is.)
#[inline(never)]
fn caps_who_before(s: &Sent, a: usize) -> bool {
    s.bytes(a - 1).last() == Some(&b'O')
        && s.bytes(a - 1) == b"WHO"
        && s.bytes(a).iter().any(u8::is_ascii_lowercase)
        && s.is_word(a)
}

/// Lowercase nouns of five bytes or more in "-ly", which [`ly_adverb`]
/// does not take ("said supply lines were cut", "a lawyer for the family
/// said", "the speaker of the assembly said"). (Not the adjectives in
/// "-ly", "elderly", "deadly", "friendly": before a noun in "-ing" they
/// keep it a noun, "a friendly warning", as an adverb would.)
const LY_NOT_ADVERBS: &[&str] = &[
    "supply", "reply", "family", "assembly", "rally", "tally", "anomaly", "monopoly", "duopoly",
    "homily", "belly", "bully", "folly", "jelly",
];

/// Whether token `i` looks like an adverb: a lowercase word of five
/// bytes or more ending in "-ly" ("deeply", "increasingly"), not a noun
/// of [`LY_NOT_ADVERBS`] ("supply", "family", "assembly").
///
/// (The ending first: most tokens asked do not end in "ly", so that branch
/// goes one way, where a first test of the token's kind, case or length
/// went either way with the text. The two bytes before the token's end
/// are read whatever its length, which the test after them checks: they
/// are in the text when it ends at byte 2 or later.)
/// (The ending in line, where most tokens asked are turned down; the rest
/// out of line, [`ly_adverb_rest`].)
#[inline(always)]
pub(crate) fn ly_adverb(s: &Sent, i: usize) -> bool {
    let Some(t) = s.toks.get(i) else {
        return false;
    };
    t.end >= 2 && s.text.as_bytes()[t.end - 2..t.end] == *b"ly" && ly_adverb_rest(s, i)
}

/// [`ly_adverb`] of a token `i` (in the sentence) that ends in "ly": the
/// tests after the ending.
#[inline(never)]
fn ly_adverb_rest(s: &Sent, i: usize) -> bool {
    let t = s.toks[i];
    let text = s.text.as_bytes();
    t.end - t.start > 4
        && t.kind == TokKind::Word
        && !s.is_cap(i)
        && !(ly_noun_shape(text, t.start, t.end) && s.is_in(i, LY_NOT_ADVERBS))
}

/// Whether the "-ly" word at `text[a..b]` has the shape of a word of
/// [`LY_NOT_ADVERBS`]: eight bytes at most, and the letter before "ly" one
/// of theirs ("supp\[l\]y", "fami\[l\]y"): the list is searched only then,
/// not for "recently", "reportedly", "largely", "increasingly".
#[inline]
fn ly_noun_shape(text: &[u8], a: usize, b: usize) -> bool {
    b - a <= 8 && matches!(text[b - 3], b'p' | b'i' | b'b' | b'l' | b'a' | b'o')
}

/// Whether token `i` is an adverb of a closing attribution's tag or
/// subject ("said privately", "reported recently", "said only",
/// "Politico recently reported"): [`ly_adverb`] or "only" (four bytes);
/// not a noun or name in "-ly" ("said supply ...", "said Italy ...",
/// "said July ...").
#[inline]
pub(crate) fn tag_adverb(s: &Sent, i: usize) -> bool {
    ly_adverb(s, i) || s.is_in(i, &["only"])
}

/// Whether token `k` (before a "most/more") opens a clause whose subject
/// "most" may be: a comma, a contrastive conjunction ("but", "while",
/// "whereas", "yet", "though", "although"), or ", and/or" after a
/// sentence opened by a quantity ("Few analysts expected the cut, and most
/// recently predicted ..."). Not a plain "and" nor a series of verb
/// phrases ("declined to criticize him, and most recently defended ...":
/// "most" goes with the adverb).
fn opens_clause(s: &Sent, lo: usize, k: usize) -> bool {
    let quantity_opening = s.is_in(lo, QUANTITY_OPENERS)
        || s.is_in(lo, &["a"]) && lo + 1 < k && s.is_in(lo + 1, &["few", "handful"]);
    s.is_p(k, ",")
        || s.is_in(k, &["but", "while", "whereas", "yet", "though", "although"])
        || s.is_in(k, &["and", "or"]) && k > lo + 1 && s.is_p(k - 1, ",") && quantity_opening
}

/// Quantity words that open a sentence whose later ", and most ..."
/// contrasts with them ("Some ..., and most ...").
const QUANTITY_OPENERS: &[&str] = &["few", "some", "several", "many", "only"];

/// Sentence adverbs that "most/more" modify before a verb ("most recently
/// defended", "more notably argued"): after a subject, an auxiliary or an
/// "and" with no comma, "most" with them is no subject. (At a clause's
/// opening it is: "Of the 40 economists polled, most broadly agreed", "A
/// few disagree, but most broadly agree"; see [`opens_clause`].)
const DEGREE_SENTENCE_ADVERBS: &[&str] = &[
    "recently",
    "notably",
    "famously",
    "importantly",
    "prominently",
    "broadly",
    "controversially",
    "memorably",
];

/// Degree adverbs between a copula and a predicative adjective ("was very
/// worried", "is increasingly confident").
pub(crate) const DEGREE_ADVERBS: WordSet = WordSet::new(
    126,
    &[
        "very", "so", "too", "more", "less", "most", "quite", "rather", "not", "also", "still",
        "even", "all", "somewhat", "pretty", "now", "no", "longer", "ever", "yet",
    ],
);

/// Verbs that take a predicative adjective like "be" ("remained
/// skeptical", "seemed concerned", "grew worried", "looks keen to").
pub(crate) const COPULAS: WordSet = WordSet::new(
    127,
    &[
        "is", "are", "was", "were", "been", "be", "am", "remain", "remains", "remained", "seem",
        "seems", "seemed", "appear", "appears", "appeared", "feel", "feels", "felt", "become",
        "becomes", "became", "grew", "grow", "grows", "grown", "stay", "stays", "stayed",
        "sounded", "being", "look", "looks", "looked",
    ],
);

/// Where the copula before a predicative cue stands: the cue is a past
/// participle ("worried", "convinced") or an adjective cue
/// ([`frame::ADJ`](crate::lexicon::frame::ADJ): "confident"), after up to three degree adverbs
/// ("was very worried", "remained deeply skeptical").
pub(crate) fn copula_before(s: &Sent, lx: &Lexicon, lo: usize, cue: usize) -> Option<usize> {
    use crate::lexicon::{frame, Form};
    // The copula first (word-set bits), the cue's lemma only then.
    let mut k = cue;
    for _ in 0..3 {
        if k > lo && (s.is_in(k - 1, DEGREE_ADVERBS) || ly_adverb(s, k - 1)) {
            k -= 1;
        } else {
            // (The same token again would fail again.)
            break;
        }
    }
    if !(k > lo && s.is_in(k - 1, COPULAS)) {
        return None;
    }
    let (li, form) = s.cue_word(lx, cue)?;
    let c = lx.cue(li);
    // A participle of a state of mind only ("remained convinced", "was
    // deeply worried"; not the passive "was ever released" or "seemed
    // intended to").
    let state = form == Form::Past
        && matches!(
            c.class.as_str(),
            "fear" | "believe" | "hope" | "know" | "promise" | "predict" | "insist"
        );
    (state || c.frames & frame::ADJ != 0).then_some(k - 1)
}

/// Whether [`copula_before`] can find a copula: the token right before
/// the cue is a copula or an adverb its walk skips. When it is neither,
/// the walk stops at once and its copula test fails. Tested in line by
/// the phrase search, which asks at almost every cue.
#[inline]
fn copula_may_precede(s: &Sent, lo: usize, cue: usize) -> bool {
    cue > lo && (s.in_sets(cue - 1, DEGREE_ADVERBS.bit() | COPULAS.bit()) || ly_adverb(s, cue - 1))
}

/// Prepositions after the head of a [`noun_pp_subject`].
const SUBJECT_PREPS_WORDS: &[&str] = &[
    "of", "in", "by", "from", "at", "for", "with", "across", "among", "on", "under", "over",
];

/// [`SUBJECT_PREPS_WORDS`] as a [`WordSet`] bit.
pub(crate) const SUBJECT_PREPS: WordSet = WordSet::new(103, SUBJECT_PREPS_WORDS);

/// Words that stop a [`noun_pp_subject`]: finite verbs, relatives,
/// subordinators.
const SUBJECT_STOPS_WORDS: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "who",
    "which", "whose", "whom", "when", "if", "as", "than", "not", "what", "where",
];

/// [`SUBJECT_STOPS_WORDS`] as a [`WordSet`] bit.
pub(crate) const SUBJECT_STOPS: WordSet = WordSet::new(98, SUBJECT_STOPS_WORDS);

/// The clause subject when the phrase search found none: a speaker noun or
/// a quantity with prepositional phrases that opens its clause and runs to
/// the cue ("A study by the liberal watchdog group Media Matters found",
/// "most in both states supported", "Majorities of Democrats in five
/// states going to the polls Tuesday say"). The head stands within five
/// words of the clause start, right before the first preposition; the
/// whole phrase has at most 18 tokens, no punctuation but possessives, no
/// pronoun, finite auxiliary, relative word or cue word. Bounded: looks at
/// most 20 tokens back.
fn noun_pp_subject(s: &Sent, lx: &Lexicon, cue: usize, lo: usize) -> Option<Np> {
    noun_pp_subject_with(s, lx, cue, lo, true)
}

/// [`noun_pp_subject`]; with `quick`, the walk back passes a word of none
/// of the sets its steps test (and no pronoun) with one mask test (`false`:
/// every step's own tests, for the unit test that compares the two).
fn noun_pp_subject_with(s: &Sent, lx: &Lexicon, cue: usize, lo: usize, quick: bool) -> Option<Np> {
    let mut j = cue;
    while j > lo && (s.is_in(j - 1, SKIP_BACK) || ly_adverb(s, j - 1)) {
        j -= 1;
    }
    let progressive = j > lo && s.is_in(j - 1, BE_PROGRESSIVE);
    if progressive {
        j -= 1;
    }
    // Not a participle ("with many of those over 45 supporting"), a cue
    // closing its clause (`..., X said.` has its own fallback), a noun
    // before a verb ("the last claim was") or after a number or determiner
    // ("a coalition of 13 states").
    let n = s.len();
    let after = cue + 1;
    if j < lo + 3
        || s.bytes(cue).ends_with(b"ing") && !progressive
        || after >= n
        || s.is_punct(after) && !s.is_quote_mark(after)
        || s.is_in(after, SUBJECT_STOPS)
        || s.is_poss(after)
        || s.is_det(j - 1)
        || s.is_in(j - 1, W_EACH_EVERY_ONLY)
        || s.bytes(cue).ends_with(b"s")
            && (s.bytes(j - 1).first().is_some_and(u8::is_ascii_digit) || s.is_number_word(j - 1))
    {
        return None;
    }
    let w0 = j.saturating_sub(18).max(lo);
    let mut k = j;
    let mut c = None;
    // The tokens of a party's or agency's short mark in parentheses inside
    // the phrase, walked over as [`backward_phrase_with`] does ("The U.S.
    // Centers for Disease Control and Prevention (CDC) Director Mandy
    // Cohen said"): one mark, before a capitalized word other than the cue
    // (not "Shares of Infosys (INFY) fell ... after the company said").
    let mut mark = None;
    while k > w0 {
        let i = k - 1;
        if !s.is_word(i) {
            // (The stop of a hyphenated title abbreviation, a token of its
            // own, too: "A spokesman for then-Gov. Rick Perry said".)
            if s.is_poss(i) || s.is_p(i, "%") || s.is_p(i, "$") || hyphen_title_stop(s, i) {
                k -= 1;
                continue;
            }
            if mark.is_none() && i + 1 < j && s.is_cap(i + 1) {
                if let Some(open) = caps_paren_open(s, w0, i, i + 1) {
                    mark = Some((open, i));
                    k = open;
                    continue;
                }
            }
            if s.is_p(i, ",") || s.is_p(i, ";") || s.is_p(i, ":") || is_dash(s, i) {
                c = Some(k);
                break;
            }
            return None;
        }
        match walk_step(s, i, w0, quick) {
            WalkStep::Pass => k -= 1,
            WalkStep::Clause => {
                c = Some(k);
                break;
            }
            WalkStep::Stop => return None,
        }
    }
    let mut c = match c {
        Some(c) => c,
        None if k == lo => lo,
        None => return None,
    };
    while c < j && s.is_in(c, W_BUT_AND_YET_SO_EVEN) {
        c += 1;
    }
    // "X (D-NY), a supporter of ..., told": an apposition, not a subject.
    if c > lo + 1
        && s.is_p(c - 1, ",")
        && s.is_in(c, &["a", "an"])
        && (s.is_cap(c - 2) || s.is_p(c - 2, ")"))
    {
        return None;
    }
    let p = (c + 1..j.min(c + 6)).find(|&i| s.is_in(i, SUBJECT_PREPS))?;
    let h = p - 1;
    // No verb before the head ("Mook convened senior staff for ...") and
    // no preposition opening the phrase ("With the vast majority of ...").
    let verbish = |i: usize| {
        s.is_word(i)
            && (s.bytes(i).ends_with(b"ed") || s.bytes(i).ends_with(b"ing"))
            && !s.w(i).contains('-')
    };
    // "A growing number of": an -ing adjective right after the article.
    let adjective = |i: usize| i == c + 1 && s.is_in(c, ARTICLES);
    if (c..h).any(|i| verbish(i) && !adjective(i))
        || s.is_in(c, SUBJECT_PREPS)
        || s.is_in(c, &["to", "with", "like", "unlike", "including", "than"])
    {
        return None;
    }
    // After the head, a past participle opens a reduced relative ("released
    // this week", "conducted by"); otherwise it is a verb ("The campaign on
    // Monday picked up on"). Right after "in" (or "in" and an article) a
    // participle ("-ed" after three letters or more, not "-eed":
    // `word_lists::place_participle`) is an adjective of the place:
    // "officials in occupied Kherson", "residents in the besieged city"
    // (no verb follows a preposition; not "in the red", nor after "of":
    // "The number of deleted emails that X asked").
    let finite = (p + 1..j).any(|i| {
        s.is_word(i)
            && !(s.is_in(p, &["in"])
                && (i == p + 1 || i == p + 2 && s.is_det(p + 1))
                && super::word_lists::place_participle(s.bytes(i)))
            && s.bytes(i).ends_with(b"ed")
            && !s.w(i).contains('-')
            && !(i + 1 < j && (s.is_in(i + 1, SUBJECT_PREPS) || s.is_in(i + 1, &["this", "last"])))
    });
    if finite {
        return None;
    }
    let head = s.is_p(h, "%")
        || s.is_word(h)
            && (s.speaker_noun(lx, h).is_some() && (!s.is_cap(h) || h == c)
                || s.is_in(h, QUANTIFIERS)
                || s.is_in(h, PERCENT)
                || s.is_in(h, &["majorities", "those", "number"]));
    // The head may be a cue word: before the preposition it is a noun ("An
    // earlier report in a New Hampshire paper said", "A 2014 estimate by
    // ... projected").
    // So may the word right before the cue after a number or determiner
    // ("Supporters of the $40 million project argue").
    let noun_cue = |i: usize| {
        i == h
            || i + 1 == j
                && i > c
                && (s.is_det(i - 1)
                    || s.is_number_word(i - 1)
                    || s.bytes(i - 1).first().is_some_and(u8::is_ascii_digit)
                    || s.is_in(i - 1, &["million", "billion", "trillion"]))
    };
    let in_mark = |i: usize| mark.is_some_and(|(open, close)| (open..=close).contains(&i));
    let plain = |i: usize| {
        (s.is_word(i)
            || s.is_p(i, "%")
            || s.is_p(i, "$")
            || s.is_poss(i)
            || in_mark(i)
            || hyphen_title_stop(s, i))
            && !(s.is_word(i) && is_cue_word(s, lx, i) && !noun_cue(i))
    };
    (head && p + 1 < j && (c..j).all(plain)).then_some(Np { a: c, b: j })
}

fn backward_phrase(s: &Sent, lx: &Lexicon, cue: usize, lo: usize) -> Option<Np> {
    backward_phrase_with(s, lx, cue, lo, true)
}

/// The word sets whose words the steps of [`backward_phrase`] from the
/// infinitive to the appositions read at the token right before the cue:
/// the infinitive's "to", the auxiliaries, adverbs and negations the walk
/// back skips, the media, day, place and time phrases, the progressive
/// and the copula.
const BEFORE_CUE_STEPS: u128 = TO.bit()
    | SKIP_BACK.bit()
    | NEG_CONTRACTIONS.bit()
    | W_AUX_ADVERBS.bit()
    | MEDIA.bit()
    | DAYS.bit()
    | W_THERE_HERE.bit()
    | TIME_UNITS.bit()
    | W_TIME_OF_DAY.bit()
    | BE_PROGRESSIVE.bit()
    | DEGREE_ADVERBS.bit()
    | COPULAS.bit();

/// Whether the steps of [`backward_phrase`] up to the appositions leave
/// the phrase end at `cue`: the cue is a token of `s` and no word of
/// [`PREDICATE_NOUNS`] (so [`predicate_noun_copula`] finds nothing) and
/// the token before it is a
/// word (no comma, parenthesis, quotation mark or dash, which the
/// parenthetical and apposition steps read) of none of
/// [`BEFORE_CUE_STEPS`] and no -ly adverb, after the clause start `lo`.
/// Every one of those steps then passes it (most cues follow a name or a
/// noun: "Trump said", "officials say").
///
/// (Asked at every search, and nearly every one passes. The cue's
/// [`PREDICATE_NOUNS`] bit is read here, so that [`predicate_noun_copula`]
/// is asked only where this fails and the search tests no `j == cue`:
/// some 43 K branches a pass fewer. LLVM still branches on each of the
/// tests joined by `&`, the cue's shared with `predicate_noun_copula`'s
/// own; the bits in one number, one branch, cost more instructions, and
/// the -ly test by `&` too some 16 instructions a search more.)
#[inline(always)]
fn no_step_before_cue(s: &Sent, lo: usize, cue: usize) -> bool {
    let Some(c) = s.toks.get(cue) else {
        return false;
    };
    if cue <= lo {
        return false;
    }
    let p = &s.toks[cue - 1];
    (p.kind == TokKind::Word)
        & (p.sets() & BEFORE_CUE_STEPS == 0)
        & (c.sets() & PREDICATE_NOUNS.bit() == 0)
        && !ly_adverb(s, cue - 1)
}

/// The start of the adjuncts between a subject and its cue that end at
/// `j` (exclusive): a medium phrase ("Trump on Twitter said", "the
/// senator in an interview argued"), a time phrase ("Sanders on Saturday
/// criticized", "Trump Tuesday said", "Trump last week said"), a place
/// adverb ("Officials there said"). Wire copy stacks them, with adverbs
/// between ("The ministry in a statement on Friday said", "Gowdy earlier
/// Thursday said", "The ministry also on Thursday said", "The court
/// earlier this week ruled"): after a medium or time phrase, the
/// adverbs of [`SKIP_BACK`] before it are skipped and the steps run
/// again, at most three rounds; the same test as the walk back's first
/// skip ([`skips_back`]: "The company quietly on Friday said"). `j`
/// itself when none stands there.
fn adjuncts_back(s: &Sent, lx: &Lexicon, lo: usize, cue: usize, mut j: usize) -> usize {
    for _ in 0..3 {
        let from = j;
        j = adjunct_back(s, lx, lo, j);
        if j == from {
            break;
        }
        while j > lo + 1 && skips_back(s, lx, lo, cue, j) {
            j -= 1;
        }
    }
    j
}

/// Whether the walk back from `cue` to the clause start `lo` skips the
/// token before `j`, an auxiliary or adverb between a subject and its cue:
/// a word of [`SKIP_BACK`] that ends no name ([`name_end`]: "Linh Do
/// said"), "both/all" after a subject, a contracted negation right before
/// the cue, the clitic "'s" after "he/she/who", an adverb after
/// "has/have/had/not", an -ly adverb that is no speaker noun, "most/more"
/// before a sentence adverb. Asked by the first skip of
/// [`backward_phrase_with`] and again by [`adjuncts_back`] after each
/// adjunct ("The ministry also on Friday said", "The company quietly on
/// Friday said").
fn skips_back(s: &Sent, lx: &Lexicon, lo: usize, cue: usize, j: usize) -> bool {
    if j <= lo {
        return false;
    }
    let k = j - 1;
    // "both/all" float after a subject ("Richards and Menendez both
    // stressed", "they all said"), but are the subject at the clause
    // start ("Both advocate ...").
    // (Closures: each is asked only once the tests before it in the
    // step's condition below fail; most steps stop at the first token.)
    let floating = || {
        !s.is_in(k, W_BOTH_ALL)
            || k > lo
                && (s.is_word(k - 1)
                    && (!s.is_stop(k - 1)
                        || s.is_pronoun(k - 1)
                        || s.is_in(k - 1, RELATIVES)
                        || s.is_in(k - 1, &["has", "have", "had"]))
                    || s.is_p(k - 1, ")"))
    };
    // "Trump isn't saying what ...", "Sanders hasn't said whether
    // ...", "Democrats don't think Clinton can ...", "he didn't want
    // the attacks to stick": a contracted negation right before a
    // one-word cue (train: 36 of 70 new rows right).
    let neg_wh = || j == cue && s.is_in(k, NEG_CONTRACTIONS);
    // "He’s predicting", "she's said", "He’s not saying", "who's
    // argued": the clitic "is/has" after a subject pronoun (tokenized
    // as a possessive).
    let clitic =
        || s.is_poss(k) && k > lo && (s.is_in(k - 1, W_HE_SHE) || s.is_in(k - 1, &["who"]));
    // "She has since stressed", "has not yet released", "have ever
    // agreed", "has twice complained": adverbs only after "has/have/
    // had/not" ("since X said" opens a clause; "was ever released" is
    // a passive).
    let aux_adverb = || s.is_in(k, W_AUX_ADVERBS) && k > lo && s.is_in(k - 1, W_HAVE_NOT);
    // "and most recently defended", "has more recently argued",
    // "The senator most notably criticized": "most/more" before a
    // sentence adverb just passed is part of it, no quantity
    // subject. It is skipped only after a word that does not open
    // a clause: "Most said", "Most strongly opposed", "Of those
    // polled, most broadly agreed", "A few expect a rebound, but
    // (and, while) most broadly agree" keep "most" as subject.
    let degree_adverb = || {
        j < cue
            && k > lo
            && s.is_in(k, &["most", "more"])
            && s.is_in(j, DEGREE_SENTENCE_ADVERBS)
            && !opens_clause(s, lo, k - 1)
    };
    s.is_in(k, SKIP_BACK) && !name_end(s, k) && floating()
        || neg_wh()
        || clitic()
        || aux_adverb()
        || ly_adverb(s, k) && s.speaker_noun(lx, k).is_none()
        || degree_adverb()
}

/// One round of [`adjuncts_back`]: the medium, time and place steps in
/// their order, each from where the one before left `j`.
fn adjunct_back(s: &Sent, lx: &Lexicon, lo: usize, mut j: usize) -> usize {
    // A medium phrase: "Jeb Bush in a Medium post said", "Trump on Twitter
    // said", "the senator in an interview argued".
    if j > lo + 2 && s.is_in(j - 1, MEDIA) {
        if let Some(k) = (j.saturating_sub(6).max(lo + 1)..j - 1)
            .rev()
            .take_while(|&k| s.is_word(k))
            .find(|&k| s.is_in(k, W_IN_ON))
        {
            j = k;
        }
    }
    // A time phrase: "Sanders on Saturday criticized", "Trump Tuesday said",
    // with a part of the day ("on Thursday night said") and "late/early"
    // before "on" ("late on Tuesday said").
    // (The part of the day "night/morning/evening/afternoon" by the bit of
    // W_TIME_OF_DAY, whose week/month/year do not follow a day name; the
    // "late/early" by TIME_DET's, whose "this/last" do not stand before
    // "on".)
    if j > lo + 2 && s.is_in(j - 1, W_TIME_OF_DAY) && s.is_in(j - 2, DAYS) {
        j -= 1;
    }
    if j > lo + 1 && s.is_in(j - 1, DAYS) {
        j -= 1;
        if j > lo + 1 && s.is_in(j - 1, W_ON) {
            j -= 1;
        }
        if j > lo + 1 && s.is_in(j - 1, super::rules::TIME_DET) {
            j -= 1;
        }
        j = skip_publication(s, lx, lo, j);
    }
    // "Polls there show", "Officials there said": a place adverb after a
    // noun subject.
    if j > lo + 1 && s.is_in(j - 1, W_THERE_HERE) && s.is_word(j - 2) && !s.is_stop(j - 2) {
        j -= 1;
    }
    // "A Quinnipiac poll this month found", "Trump last week said".
    if j > lo + 2 && s.is_in(j - 1, TIME_UNITS) && s.is_in(j - 2, &["this", "last", "earlier"]) {
        j = skip_publication(s, lx, lo, j - 2);
    }
    j
}

/// Capitalized words that are no name before "'s" + "said/told" (the "'s"
/// is "is" or "has": "It's said that ...", "Nobody's said", "Everyone's
/// told me"): no speaker "X's".
const NAME_S_NOT: &[&str] = &[
    "it",
    "that",
    "what",
    "there",
    "here",
    "this",
    "who",
    "he",
    "she",
    "nobody",
    "everyone",
    "everybody",
    "someone",
    "somebody",
    "anyone",
    "anybody",
    "no-one",
    "one",
    "everything",
    "nothing",
    "something",
    "let",
    "where",
    "how",
    "when",
    "why",
    "which",
];

/// Whether the "'s" at token `poss` (after `lo`) ends a name, not a
/// pronoun or indefinite of [`NAME_S_NOT`], and the cue at `cue` is
/// "said/says/told/tells", forms with no noun or adjective use after an
/// owner: "Moody's said", "McDonald's told Reuters"; not "It's said",
/// "Trump's claims", "the company's stated goal". Asked by `apply_cue`
/// (the cue is a verb there) and by [`backward_phrase`] (the speaker's
/// head is the name).
///
/// Not "said" + a bare noun + "is/was to": "Trump's said goal is to cut
/// taxes", "Putin's said aim was to ...": "said" is the adjective of the
/// owner's noun, whose infinitive predicate no reported clause has.
///
/// (The possessive test in line, the rest out of line: the two callers ask
/// it of some 48,000 tokens a pass over train, few of them a "'s", and the
/// call cost more than the test.)
#[inline(always)]
pub(crate) fn name_s_before(s: &Sent, poss: usize, lo: usize, cue: usize) -> bool {
    s.is_poss(poss) && name_s_rest(s, poss, lo, cue)
}

/// [`name_s_before`] past its test of the possessive at `poss`.
#[inline(never)]
fn name_s_rest(s: &Sent, poss: usize, lo: usize, cue: usize) -> bool {
    poss > lo
        && s.is_cap(poss - 1)
        && !s.is_in(poss - 1, NAME_S_NOT)
        && s.is_in(cue, &["said", "says", "told", "tells"])
        && !(s.is_word(cue + 1)
            && !s.is_cap(cue + 1)
            && !s.is_stop(cue + 1)
            && s.is_in(cue, &["said"])
            && said_noun_predicate(s, cue + 1))
}

/// Whether "is/was to" follows the noun at `n` after "said", or, for a
/// noun of purpose, a phrase of "of/for/behind/in" and up to four words
/// before it ("Trump's said reason for the visit was to ...", "Putin's
/// said aim in the talks was to ..."; not "Moody's said growth in the
/// region was to slow").
fn said_noun_predicate(s: &Sent, n: usize) -> bool {
    let copula_to = |k: usize| s.is_in(k, &["is", "was"]) && s.is_in(k + 1, TO);
    copula_to(n + 1)
        || s.is_in(n + 1, &["of", "for", "behind", "in"])
            && s.is_in(
                n,
                &[
                    "reason",
                    "goal",
                    "aim",
                    "purpose",
                    "intent",
                    "intention",
                    "objective",
                    "motive",
                    "rationale",
                    "mission",
                ],
            )
            && (n + 3..n + 7)
                .take_while(|&k| s.is_word(k) && !s.is_in(k, &["that"]))
                .any(copula_to)
}

/// [`backward_phrase`]; with `quick`, a cue of no predicate noun after a
/// word that none of its steps up to the appositions reads
/// ([`no_step_before_cue`]) goes to the head tests at once, and so does a
/// phrase whose last token none of the steps after the appositions reads
/// ([`plain_end`]) (`false`: every step, for the unit test that compares
/// the two).
fn backward_phrase_with(s: &Sent, lx: &Lexicon, cue: usize, lo: usize, quick: bool) -> Option<Np> {
    // A base-form cue after "Will X" is a question ("Will Democrats back
    // ...?"), not the name "Will Smith". (Looked up only where it is
    // asked, after the rarer tests.)
    let base_cue = || {
        s.cue_word(lx, cue)
            .is_none_or(|(_, f)| f == crate::lexicon::Form::Base)
    };
    let mut j = cue;
    // A name in the first apposition ("Another delegate on the slate, Jim
    // Poolman, said"), the speaker when the phrase before it has no head.
    let mut name_appos: Option<Np> = None;
    // (The end is exclusive.)
    let mut end = cue;
    // (The steps up to the appositions only where one may move the end.)
    if !(quick && no_step_before_cue(s, lo, cue)) {
        // "X is a fervent supporter of Y", "X has been a pointed critic of
        // Y", "X remains a proponent of Y": a predicate noun of stance
        // after the copula, an article and up to three modifiers.
        if let Some(k) = predicate_noun_copula(s, lo, cue) {
            j = k;
        }
        // "X continued to insist", "X went on to say", "X used his speech to
        // call": the subject of the verb before the infinitive.
        if j > lo && s.is_in(j - 1, TO) {
            if let Some(h) = catenative(s, lo, j - 1) {
                j = h;
            } else if let Some(np) = causative_object(s, lx, lo, j - 1) {
                return Some(np);
            }
        }
        // Skip auxiliaries and adverbs.
        while j > lo {
            let k = j - 1;
            // "The poll has, however, revealed", "Officials have, though,
            // said": a parenthetical adverb between commas after an auxiliary.
            if j == cue
                && s.is_p(k, ",")
                && k >= lo + 4
                && s.is_in(
                    k - 1,
                    &["however", "though", "too", "also", "meanwhile", "indeed"],
                )
                && s.is_p(k - 2, ",")
                && s.is_in(k - 3, &["has", "have", "had"])
            {
                j = k - 2;
                continue;
            }
            if skips_back(s, lx, lo, cue, j) {
                j = k;
            } else {
                break;
            }
        }
        j = adjuncts_back(s, lx, lo, cue, j);
        // Progressive "is backing", "are planning".
        if j > lo + 1 && s.is_in(j - 1, BE_PROGRESSIVE) {
            j -= 1;
            while j > lo && s.is_in(j - 1, SKIP_BACK) {
                j -= 1;
            }
        } else if let Some(k) = (j + 3 >= cue)
            .then(|| {
                // (The token before the cue first, in line: seldom a copula
                // or an adverb.)
                if copula_may_precede(s, lo, cue) {
                    copula_before(s, lx, lo, cue)
                } else {
                    None
                }
            })
            .flatten()
            .filter(|&k| k < j)
        {
            // A predicative adjective or participle after a copula and degree
            // adverbs: "was very worried that", "remained skeptical that",
            // "seemed increasingly concerned that".
            j = k;
            while j > lo && s.is_in(j - 1, SKIP_BACK) {
                j -= 1;
            }
        }
        // A parenthetical after the name: "Sen. Heidi Heitkamp (D-N.D.)", also
        // with a comma after it ("Gov. John Kasich (R-OH), said").
        let paren_comma = j > lo + 3 && s.is_p(j - 1, ",") && s.is_p(j - 2, ")");
        if j > lo + 2 && s.is_p(j - 1, ")") || paren_comma {
            let close = if paren_comma { j - 2 } else { j - 1 };
            if let Some(open) = (close.saturating_sub(7).max(lo)..close)
                .rev()
                .find(|&k| s.is_p(k, "("))
            {
                if open > lo && s.is_word(open - 1) && (!paren_comma || s.is_cap(open - 1)) {
                    j = open;
                }
            }
        }
        if j == lo {
            return None;
        }
        end = j;
        // An apposition or relative clause between commas (or dashes):
        // "Maria Lopez, a spokeswoman for the county, said".
        // Up to three of them: "Yin May, 60, a doctor, said", "Rachel Berg, a
        // philanthropist from Monsey, New York, said".
        // A name opening its clause before a long or comma-filled apposition
        // the rounds below give up on ("Bill Millis, a businessman who had been
        // a member of the board before departing last month, said", "Anne
        // Richards, assistant secretary for population, refugees, and
        // migration, said").
        // (Found once: every ending below that takes it asks the same tokens.
        // The comma test in line, the walk out of line: most phrases end in
        // no comma.)
        let long_appos = if s.is_p(end - 1, ",") {
            name_before_appos(s, lo, end - 1)
        } else {
            None
        };
        // A name opening the sentence before a relative clause that holds
        // commas of its own ("Sandy Phillips, who lost her daughter in Aurora,
        // Colorado, in July 2012, said", "Mr. Slinker, whose latest start-up,
        // Paradata, uses ..., said"): the name, not the last piece.
        if let Some(np) = long_appos.filter(|np| s.is_in(np.b + 1, &["who", "whose"])) {
            return Some(np);
        }
        // An apposition ending in a quoted title with the comma inside the
        // marks: `Joe Scarborough, host of MSNBC's "Morning Joe," suggested`.
        let title_open = (end > lo + 3 && s.is_quote_mark(end - 1) && s.is_p(end - 2, ","))
            .then(|| {
                (end.saturating_sub(10).max(lo + 2)..end - 2)
                    .rev()
                    .find(|&k| s.is_quote_mark(k))
            })
            .flatten()
            .filter(|&k| {
                k + 1 < end - 2
                    && (s.is_cap(k + 1)
                        && (s.is_word(k - 1) && !s.is_det(k - 1) || s.is_poss(k - 1))
                        || quote_in_clause_appos(s, lo, k))
            });
        if s.is_p(end - 1, ",") || is_dash(s, end - 1) || title_open.is_some() {
            let last = if title_open.is_some() {
                end - 2
            } else {
                end - 1
            };
            let mut close = dash_start(s, last, lo);
            let mut last_first = None;
            // The first token of the apposition of the round before.
            let mut prev_first: Option<usize> = None;
            // Whether the apposition next to the cue is a relative clause.
            let mut who_closes = false;
            'rounds: for round in 0..3 {
                let mut k = match title_open {
                    Some(q) if round == 0 => q,
                    _ => close,
                };
                while k > lo && !(s.is_p(k - 1, ",") || is_dash(s, k - 1)) {
                    if s.is_quote_mark(k - 1) {
                        // A short quoted title inside the apposition ("the
                        // co-author of \"Going Viral,\" about ..."): skip it.
                        let open = (k.saturating_sub(9).max(lo + 1)..k - 1)
                            .rev()
                            .find(|&j| s.is_quote_mark(j))
                            .filter(|&j| {
                                j + 1 < k - 1
                                    && s.is_cap(j + 1)
                                    && s.is_word(j - 1)
                                    && !s.is_cap(j - 1)
                            });
                        match open {
                            Some(j) => {
                                k = j;
                                continue;
                            }
                            // A quote closing before the speaker at the end
                            // of the sentence (`Sanders "is ...," X, a
                            // supporter, said.`): no further apposition.
                            None if round > 0 && cue + 6 >= s.len() => break 'rounds,
                            None => return long_appos,
                        }
                    }
                    k -= 1;
                }
                if round > 0 && (k == lo || k + 1 > close) {
                    break;
                }
                if k == lo || k + 1 > close {
                    return None;
                }
                // k - 1 is the opening comma; the apposition is k..close.
                let first = k;
                if round == 0 {
                    who_closes = s.is_in(first, &["who", "whose"]);
                }
                let age = close == first + 1
                    && s.is_word(first)
                    && s.w(first).chars().all(|c| c.is_ascii_digit());
                // A party tag: "Sen. Tom Briggs, R-Iowa, who ..., said".
                let party = (close == first + 1 || close == first + 2 && s.is_p(first + 1, "."))
                    && s.is_word(first)
                    && {
                        let w = s.w(first).as_bytes();
                        w.len() >= 3
                            && matches!(w[0], b'R' | b'D' | b'I')
                            && w[1] == b'-'
                            && w[2].is_ascii_uppercase()
                    };
                // A share: "about two-thirds, 67 percent, say", "A third of
                // independents, 33%, say".
                let share = close == first + 2
                    && s.is_word(first)
                    && s.bytes(first).first().is_some_and(u8::is_ascii_digit)
                    && is_percent(s, first + 1);
                let det = s.is_in(first, APPOS_OPENERS);
                // "Salceda, citing data from the State Department, said".
                let participle = s.is_word(first)
                    && !s.is_cap(first)
                    && (s.bytes(first).ends_with(b"ing")
                        || s.bytes(first).ends_with(b"ed") && close - first <= 14
                        || s.is_in(first, APPOS_PARTICIPLES)
                        // "when contacted by Reuters", "still stinging over
                        // ...": not a clause ("when Mr. X, who ..., said").
                        && (!s.is_in(first, &["when", "while", "still"])
                            || s.is_word(first + 1)
                                && !s.is_cap(first + 1)
                                && !s.is_stop(first + 1)));
                // "X, director of the center, said": a title or a speaker noun;
                // "X, of Ohio, said"; "X, of course, said".
                let role = s.is_word(first)
                    && !s.is_cap(first)
                    && (is_title(s, first)
                        || s.speaker_noun(lx, first).is_some()
                        || s.is_in(first, PARENTHETICALS)
                        || modified_role(s, lx, first, close));
                // "Germany, home to carmakers that ..., had urged": a bare noun
                // with its complement.
                let noun_pp = s.is_word(first)
                    && !s.is_cap(first)
                    && !s.is_stop(first)
                    && s.is_in(first + 1, &["to", "of"])
                    && close - first <= 12;
                // A place inside an apposition ("Jane Doe, a Des Moines, Iowa,
                // lawyer, said"): one to three capitalized words between the
                // town and the lowercase noun after them.
                let place = round > 0
                    && close - first <= 3
                    && (first..close).all(|i| s.is_cap(i) && !s.is_stop(i) || s.is_p(i, "."))
                    && prev_first.is_some_and(|p| {
                        s.is_word(p)
                            && s.w(p).starts_with(|c: char| c.is_ascii_lowercase())
                            && !s.is_stop(p)
                            && !s.is_det(p)
                            && !s.is_in(p, &["who", "whose"])
                    })
                    && k >= lo + 3
                    && (k.saturating_sub(6).max(lo)..k - 1)
                        .any(|i| s.is_in(i, &["a", "an", "the"]));
                // An aside naming examples or more of the subject ("The
                // party's hawks, like Smith and Jones, say", "Democrats — and
                // some Republicans — say", "Officials, including the mayor,
                // said"); "and/or" only between dashes (between commas it
                // joins a list).
                // Also a companion ("The union, along with its lawyers,
                // said", "The mayor — together with the council — said", "as
                // well as"), and after "and/or" a short phrase of a determiner
                // and a speaker noun or a name ("The union — and its lawyers —
                // said"; not "Trump's candidacy — and a unique base of support
                // that's carried him to ... — is raising").
                let aside = close > first + 1
                    && (s.is_in(first, &["like", "including", "especially", "particularly"])
                        || s.is_in(first, &["such"]) && s.is_in(first + 1, &["as"])
                        || s.is_in(first, &["along", "together"])
                            && s.is_in(first + 1, &["with"])
                            && close > first + 2
                        || s.is_in(first, &["as"])
                            && s.is_in(first + 1, &["well"])
                            && s.is_in(first + 2, &["as"])
                            && close > first + 3
                        || s.is_in(first, &["and", "or"])
                            && is_dash(s, close)
                            && is_dash(s, k - 1)
                            && (s.is_cap(first + 1)
                                || s.is_p(first + 1, ",")
                                || s.is_det(first + 1)
                                    && close <= first + 6
                                    && (first + 2..close)
                                        .any(|i| s.is_cap(i) || s.speaker_noun(lx, i).is_some())
                                || s.is_number_word(first + 1)
                                || s.bytes(first + 1).first().is_some_and(u8::is_ascii_digit)
                                || s.is_in(
                                    first + 1,
                                    &["some", "many", "most", "several", "other"],
                                )));
                let appos = age
                    || share
                    || party
                    || det
                    || aside
                    || participle
                    || role
                    || noun_pp
                    || place
                    || round == 0 && s.is_cap(first);
                // A relative clause may run longer ("Trump, who previously
                // questioned whether ..., said").
                let max_len = if s.is_in(first, &["who", "whose"]) {
                    32
                } else {
                    20
                };
                if round > 0 && (!appos || close - first > max_len) {
                    // A name opening the sentence before a chain the rounds
                    // cannot walk ("Jane Doe, a nurse from Ava, Mo., who has
                    // voted ..., said"): the name, when a relative clause
                    // closes the chain.
                    if who_closes {
                        if let Some(np) = long_appos {
                            return Some(np);
                        }
                    }
                    break;
                }
                if !appos || close - first > max_len {
                    return long_appos;
                }
                if round == 0
                    && s.is_cap(first)
                    && !s.is_stop(first)
                    && close - first <= 4
                    && (first..close).all(|i| s.is_cap(i) || s.is_p(i, "."))
                {
                    name_appos = Some(Np { a: first, b: close });
                }
                end = k - 1;
                end = dash_start(s, end, lo);
                if end <= lo {
                    return None;
                }
                close = end;
                prev_first = Some(first);
                if round > 0 {
                    last_first = Some(first);
                }
            }
            // "In a statement to the Observer, her senior policy adviser, Jake
            // Sullivan, said": the phrase before the appositions is an
            // introductory phrase; the appositions are the speaker.
            if let Some(f) = last_first {
                // Also after a participle phrase ("Speaking to reporters,
                // Writing on X, Asked about the bill,").
                // Also after a sentence adverb or a time phrase ("Separately,
                // the ministry's spokesman, Li Wei, said", "However, the
                // ministry, citing security concerns, said", "Last month, the
                // newspaper, a British daily, revealed").
                let adverb = j - 1 <= f + 12
                    && end == lo + 1
                    && s.is_word(lo)
                    && (s.bytes(lo).len() > 5 && s.bytes(lo).ends_with(b"ly")
                        || s.is_in(lo, OPENING_ADVERBS)
                        || s.is_in(lo, DAYS))
                    || end == lo + 2
                        && s.is_in(lo, &["last", "this", "earlier", "later"])
                        && (s.is_in(lo + 1, TIME_UNITS) || s.is_in(lo + 1, DAYS));
                let intro = adverb
                    || s.is_in(lo, &["in", "on", "at", "during", "after", "before", "with"])
                    || s.is_word(lo)
                        && (s.bytes(lo).len() > 5 && s.bytes(lo).ends_with(b"ing")
                            || s.is_in(lo, &["asked", "pressed", "questioned"]));
                if intro
                    && (lo..end).all(|k| !s.is_punct(k) || s.is_poss(k) || s.is_p(k, "."))
                    && !s.is_cap(f)
                {
                    return Some(Np { a: f, b: j - 1 });
                }
            }
        }
    }
    // A parenthetical before the apposition: "Sen. Rob Portman (R-Ohio),
    // another incumbent, said".
    if end < j && end > lo + 2 && s.is_p(end - 1, ")") {
        if let Some(open) = (end.saturating_sub(8).max(lo)..end - 1)
            .rev()
            .find(|&k| s.is_p(k, "("))
        {
            if open > lo && s.is_word(open - 1) {
                end = open;
            }
        }
    }
    let mut head = end - 1;
    // "Moody's said", "McDonald's told Reuters": a name that ends in "'s"
    // right before "said/says/told/tells" (`apply_cue` lets only these
    // through after a capitalized owner), its head the name.
    if end == cue && name_s_before(s, head, lo, cue) {
        head -= 1;
    }
    // "The then-Gov. said", "the ex-Sen. said": the stop of a former
    // holder's title abbreviation with no name after it (a token of its
    // own, [`hyphen_title_end`]) closes the phrase; the title is its head.
    if head > lo && hyphen_title_end(s, head) {
        head -= 1;
    }
    // (With `quick`, a plain last token, most phrases' name or noun, goes
    // to the head tests with one test of its bits: every step below
    // passes it.)
    'ends: {
        if quick && plain_end(s, head) {
            break 'ends;
        }
        // Relative pronoun subject: "Podesta, who said ..." (the gold and
        // the output name the pronoun; resolution finds the antecedent).
        if s.is_in(end - 1, RELATIVES) {
            return Some(Np { a: end - 1, b: end });
        }
        // "voters polled", "those surveyed": a participle after the head.
        if head > lo && s.is_in(head, POLLED) && !s.is_punct(head - 1) {
            head -= 1;
        }
        // "those surveyed say", "those polled said".
        if head + 1 < end && s.is_in(head, &["those"]) {
            return Some(Np { a: head, b: end });
        }
        // "..., while another says": a lone "another" before a past or -s
        // cue ("another reference" is a noun phrase).
        // (Its determiner bit first: one class test, before the word.)
        if head + 1 == end
            && head > lo
            && s.is_det(head)
            && s.is_in(head, &["another"])
            && !base_cue()
        {
            return Some(Np { a: head, b: end });
        }
        // "42% say", "52 percent said", "Many say", "Most of them said".
        if let Some(a) = quantity(s, lo, head) {
            return Some(Np {
                a: partitive(s, lo, a),
                b: end,
            });
        }
        if s.is_in(head, THEM_US) && head > lo + 1 && s.is_in(head - 1, OF) {
            let a = partitive(s, lo, head);
            return (a < head).then_some(Np { a, b: end });
        }
    }
    // "Number 10 said", "No 10 said", "Channel 4 said": a number after a
    // capitalized word is the end of a name ([`numbered_name`]), walked
    // back from that word as a name's head is.
    let numbered = numbered_name(s, lx, lo, head);
    // (The head tests by the head's class: one load for most heads.)
    let class = if numbered.is_some() {
        HEAD_OK
    } else {
        head_class(s, lx, head)
    };
    if class & HEAD_OK == 0 {
        return subject_np(s, lx, lo, head)
            .or_else(|| name_appos.and_then(|_| role_of_before_appos(s, lx, lo, head)))
            .map(|np| Np {
                a: partitive(s, lo, np.a),
                b: end,
            })
            .or(name_appos);
    }
    if class & HEAD_PRONOUN != 0 {
        return Some(Np { a: head, b: end });
    }
    let mut a = numbered.unwrap_or(head);
    // (A capitalized plural speaker noun takes lowercase modifiers too:
    // "the state's top Republicans", "moderate Democrats".)
    // (The head's bytes, not its text: no out-of-line call.)
    let head_lower = class & HEAD_LOWER != 0
        || class & HEAD_PERSON != 0
            && s.bytes(head).ends_with(b"s")
            && head > lo
            && s.is_word(head - 1)
            && !s.is_cap(head - 1)
            && !s.is_stop(head - 1)
            && !is_cue_word(s, lx, head - 1);
    let mut lower_count = 0;
    while a > lo {
        let k = a - 1;
        if s.is_poss(k) {
            // "Russia's foreign minister": take the owner too.
            let det_owner =
                k > lo + 1 && s.is_word(k - 1) && !s.is_stop(k - 1) && s.is_in(k - 2, ARTICLES);
            if det_owner {
                // "The cooperative's board"
                a = k - 2;
                break;
            }
            if k > lo
                && s.is_word(k - 1)
                && (s.is_cap(k - 1) || s.speaker_noun(lx, k - 1).is_some())
            {
                a = k - 1;
                continue;
            }
            // "Last year's FBI statistics", "this week's poll".
            if k > lo + 1 && s.is_in(k - 1, TIME_UNITS) && s.is_in(k - 2, &["last", "this", "next"])
            {
                a = k - 2;
            }
            break;
        }
        if !s.is_word(k) {
            // "U.S." style or hyphen already inside words; "&" joins names.
            if s.is_p(k, "&") && k > lo && s.is_cap(k - 1) {
                a = k;
                continue;
            }
            // A party's short mark in parentheses inside the phrase,
            // before a title or a name (Indian copy: "CPI(M) leader
            // Mohammed Salim", "Shiv Sena (UBT) MP Sanjay Raut"): the
            // walk goes on before it.
            if let Some(open) = caps_paren_open(s, lo, k, a) {
                a = open;
                continue;
            }
            // A currency sign before an amount ("the $40 million project").
            if s.is_p(k, "$")
                && k > lo
                && k + 1 < head
                && s.bytes(k + 1).first().is_some_and(u8::is_ascii_digit)
            {
                a = k;
                continue;
            }
            // The stop of a former holder's title abbreviation before the
            // name ("An aide to then-Pres. Barack Obama said"): the title
            // is a word of the name, and the walk goes on before it, to a
            // phrase that holds it ([`pp_head`]).
            if hyphen_title_stop(s, k) {
                a = k - 1;
                continue;
            }
            break;
        }
        if s.is_det(k) {
            a = k;
            // "Many other polls", "Two other senators", "some other
            // Republicans": a determiner or number before "other".
            if k > lo
                && s.is_in(k, &["other"])
                && (s.is_det(k - 1)
                    || s.is_word(k - 1) && s.bytes(k - 1).first().is_some_and(u8::is_ascii_digit))
            {
                a = k - 1;
            }
            // "The most recent poll", "its most senior official": a
            // superlative "most" after a determiner is no quantifier.
            if k > lo
                && head_lower
                && k + 1 < head
                && s.is_in(k, &["most"])
                && s.is_det(k - 1)
                && !s.is_in(k - 1, &["most", "many", "some", "all", "few", "several"])
            {
                a = k - 1;
            }
            break;
        }
        // "Will Smith": a first name that is also an auxiliary.
        if s.is_cap(k)
            && (!s.is_stop(k) || s.is_in(k, W_WILL) && k + 1 == a && !base_cue())
            // A sentence adverb opening the clause ("Ultimately Smith
            // thinks") is no part of the name.
            && !(k == lo && s.is_in(k, &super::rules::SENTENCE_ADVERBS))
        {
            a = k;
            continue;
        }
        // "No" before a number inside a name: "A No 10 spokesman".
        if a == k + 1
            && s.is_cap(k)
            && s.is_in(k, &["no"])
            && numbered_name(s, lx, lo, a) == Some(k)
            && !no_count(s, lo, k, head)
        {
            a = k;
            continue;
        }
        // A capitalized preposition inside a name ("Doctors Without
        // Borders", "Citizens For Responsibility").
        if s.is_cap(k)
            && k > lo
            && s.is_cap(k - 1)
            && !s.is_stop(k - 1)
            && s.is_cap(k + 1)
            && s.is_in(k, &["without", "for", "of", "against", "across", "beyond"])
        {
            a = k;
            continue;
        }
        if !head_lower
            && k > lo
            && (is_title(s, k) || s.speaker_noun(lx, k).is_some() || lower_run(s, lx, lo, k))
            && !s.is_stop(k)
        {
            // A lowercase title inside a name: "Judicial Watch president
            // Tom Fitton", "campaign manager Robby Mook".
            a = k;
            continue;
        }
        if s.is_in(k, PARTICLES) && k > lo && s.is_cap(k - 1) && s.is_cap(k + 1) && !head_lower {
            // "Jan de Vries", "Ursula von der Leyen"
            a = k;
            continue;
        }
        if s.is_in(k, PARTICLES) && s.is_cap(k + 1) && !head_lower && (k == lo || s.is_punct(k - 1))
        {
            // A name opening its clause with a particle: `"...," de Vries said`.
            a = k;
            break;
        }
        if s.is_in(k, PARTICLES)
            && k > lo + 1
            && s.is_in(k - 1, PARTICLES)
            && s.is_cap(k - 2)
            && !head_lower
        {
            a = k;
            continue;
        }
        if s.is_in(k, OF_FOR_AND) && k > lo && s.is_cap(k - 1) && s.is_cap(k + 1) && !head_lower {
            // "Secretary of State John Kerry", "Procter and Gamble" —
            // but not "Smith and Jones" lists beyond two names.
            if s.is_in(k, AND) {
                break;
            }
            a = k;
            continue;
        }
        if head_lower
            && !s.is_stop(k)
            && !s.is_cap(k)
            && lower_count < 3
            && !s.is_in(k, SAID_SAYS)
            && !inference_verb(s, lo, k, cue)
        {
            // Lowercase modifiers of a common-noun head: "senior
            // administration officials".
            lower_count += 1;
            a = k;
            continue;
        }
        // A former holder's title to be ("Then-Sen.-elect Jo Park said"):
        // the stop and the "-elect" after its abbreviation are tokens of
        // their own. (Asked only where the walk stops.)
        if !head_lower {
            if let Some(t) = elect_title_start(s, lo, k) {
                a = t;
                continue;
            }
        }
        break;
    }
    // Lowercase modifiers of a title that opens the phrase: "union
    // organizer Dana Holt" after a quote or at the clause start.
    // Also after a subordinator or "with" ("while presumptive Republican
    // nominee Donald Trump has threatened", "After former California Gov.
    // Jerry Brown criticized"), when the phrase holds a title or speaker
    // noun and the modifiers are no participles or cue words.
    let titled = |a: usize| {
        (a..head).any(|i| is_title(s, i) || s.is_word(i) && s.speaker_noun(lx, i).is_some())
    };
    // (The answer of the test below for its `a`: the coordinated titles'
    // test after it asks the same `a` again unless the modifiers moved it,
    // and a name's words are each looked up in the speaker nouns.)
    let mut titled_at: Option<(usize, bool)> = None;
    if !head_lower
        && a < head
        && !s.is_det(a)
        && (!s.is_cap(a) || {
            let t = titled(a);
            titled_at = Some((a, t));
            t
        })
    {
        let mut k = a;
        while k > lo
            && a - k < 2
            && s.is_word(k - 1)
            && !s.is_cap(k - 1)
            && !s.is_stop(k - 1)
            && !s.is_in(k - 1, SKIP_BACK)
        {
            k -= 1;
        }
        let plain = (k..a).all(|i| !s.bytes(i).ends_with(b"ing") && !is_cue_word(s, lx, i));
        // An article before the modifiers at the clause start: "The
        // venture capitalist Marc Andreessen".
        let art = k < a
            && k > lo
            && s.is_in(k - 1, ARTICLES)
            && (k - 1 == lo || s.is_punct(k - 2) && !s.is_poss(k - 2));
        if art && (!s.is_cap(a) || plain) {
            a = k - 1;
        } else if k < a
            && ((!s.is_cap(a) || plain) && (k == lo || s.is_punct(k - 1) && !s.is_poss(k - 1))
                || plain && k > lo && s.is_in(k - 1, SUB_OPENERS))
        {
            a = k;
        } else if k < a && plain && titled(k) && k >= lo + 2 && s.is_poss(k - 1) {
            // A possessive owner opening the clause before the modifiers:
            // "Spain's weather agency Aemet", "Japan's top government
            // spokesman Yoshimasa Hayashi", "South Korea's news agency
            // Yonhap".
            let mut o = k - 2;
            while o > lo && k - o < 5 && s.is_word(o - 1) && s.is_cap(o - 1) {
                o -= 1;
            }
            if s.is_word(o)
                && s.is_cap(o)
                && (o == lo || s.is_punct(o - 1) && !s.is_poss(o - 1) && !s.is_quote_mark(o - 1))
            {
                a = o;
            }
        }
    }
    // Two coordinated titles before a name at the clause start: "former
    // Hewlett-Packard CEO and presidential candidate Carly Fiorina", "Real
    // estate mogul and reality television star Donald Trump".
    if !head_lower
        && a < head
        && match titled_at {
            Some((at, t)) if at == a => t,
            _ => titled(a),
        }
    {
        let mut m = a;
        while m > lo && a - m < 2 && s.is_word(m - 1) && !s.is_cap(m - 1) && !s.is_stop(m - 1) {
            m -= 1;
        }
        let first = m >= lo + 2
            && s.is_in(m - 1, AND)
            && s.is_word(m - 2)
            && (is_title(s, m - 2) || s.speaker_noun(lx, m - 2).is_some());
        if first {
            let mut k = m - 2;
            let mut words = 0;
            loop {
                if k > lo
                    && words < 4
                    && s.is_word(k - 1)
                    && !s.is_stop(k - 1)
                    && !s.is_in(k - 1, SKIP_BACK)
                    && !s.bytes(k - 1).ends_with(b"ing")
                {
                    k -= 1;
                    words += 1;
                    continue;
                }
                // A party's short mark in parentheses inside the first
                // title ("Senior CPI(M) leader and former minister X").
                if let Some(open) = k.checked_sub(1).and_then(|c| caps_paren_open(s, lo, c, k)) {
                    k = open;
                    continue;
                }
                break;
            }
            let opens = k == lo || s.is_punct(k - 1) && !s.is_poss(k - 1);
            if opens && (k..m).all(|i| !is_cue_word(s, lx, i)) {
                a = k;
            }
        }
    }
    // A determiner and one or two adjectives before a name at the clause
    // start: "A defensive Obama said", "an angry Hollande".
    if !head_lower && s.is_cap(a) && a >= lo + 2 {
        let mut k = a;
        while k > lo && a - k < 2 && s.is_word(k - 1) && !s.is_cap(k - 1) && !s.is_stop(k - 1) {
            k -= 1;
        }
        if k < a
            && k > lo
            && (s.is_in(k - 1, ARTICLES) || s.is_det(k - 1) && !s.is_poss(k - 1))
            && (k - 1 == lo || s.is_punct(k - 2) && !s.is_poss(k - 2))
            && !(k..a).any(|i| is_cue_word(s, lx, i) || s.is_in(i, SKIP_BACK))
        {
            a = k - 1;
        }
    }
    // An age before a name ("81-year-old Parker Eaton", "the 14-year-old
    // Aubrey Pelletier"; any word before "-year-old", "five-year-old Ana
    // Ruiz", unlike resolve's `age_of`, which reads the digits of an age).
    if !head_lower
        && s.is_cap(a)
        && a > lo
        && s.is_word(a - 1)
        && s.bytes(a - 1).ends_with(b"-year-old")
    {
        a -= 1;
        if a > lo && s.is_in(a - 1, ARTICLES) {
            a -= 1;
        }
    }
    // Drop a leading capitalized function word ("But", "And"); not the
    // owner of a possessive ("Monday's report", "Last year's statistics").
    while a < head
        && (s.is_stop(a) && !s.is_det(a))
        && !(s.is_in(a, W_WILL) && s.is_cap(a + 1) && !base_cue())
        && (numbered_name(s, lx, lo, a + 1) != Some(a) || no_count(s, lo, a, head))
        && !s.is_poss(a + 1)
        && !(s.is_in(a + 1, TIME_UNITS) && s.is_poss(a + 2))
    {
        a += 1;
    }
    // Lowercase modifiers with no determiner: require they are adjacent to
    // the head noun, else drop them.
    if head_lower && a < head && !s.is_det(a) && !s.is_cap(a) && lower_count > 2 {
        return None;
    }
    // A number and its openers before a plural head at the clause start:
    // "Only two Democrats", "about 200 protesters", "At least four
    // Democrat U.S. senators".
    let a = number_opener(s, lo, a).unwrap_or(a);
    // "A spokeswoman for YouTube", "officials at the Pentagon".
    let a = pp_head(s, lx, lo, a).unwrap_or(a);
    // A name with its affiliation before an apposition: "Raj Patel of the
    // University of Edinburgh, who led the study, said" (without the
    // apposition the long-subject search of the rules finds it).
    let a = if end < j {
        affiliated_name(s, lo, a).unwrap_or(a)
    } else {
        a
    };
    Some(Np {
        a: partitive(s, lo, a),
        b: end,
    })
}

/// The start of a capitalized name of two to five words opening its clause
/// right before "of/at/from" and the phrase at `a` ("Raj Patel of [the
/// University of Edinburgh]"), or `None`. After "the" opening the clause
/// one word will do: the name is an institution's whose title or speaker
/// noun follows ("The Bank of [England governor], Andrew Bailey, said",
/// "The University of [Sydney economist], Jane Smith, said"; also "for":
/// "The Institute for [Fiscal Studies director], Paul Johnson, said").
fn affiliated_name(s: &Sent, lo: usize, a: usize) -> Option<usize> {
    if a < lo + 3 || !(s.is_cap(a) || s.is_in(a, &["the"]) && s.is_cap(a + 1)) {
        return None;
    }
    if !s.is_in(a - 1, &["of", "at", "from", "for"]) {
        return None;
    }
    let p = a - 1;
    let mut k = p;
    while k > lo && p - k < 5 && s.is_word(k - 1) && s.is_cap(k - 1) && !s.is_stop(k - 1) {
        k -= 1;
    }
    let opens = |k: usize| k == lo || s.is_punct(k - 1) && !s.is_poss(k - 1);
    if p - k >= 2 && opens(k) && !s.is_in(p, &["for"]) {
        return Some(k);
    }
    // "The Bank of England governor": the article opens the clause.
    (p > k && k > lo && s.is_in(k - 1, &["the"]) && opens(k - 1)).then(|| k - 1)
}

/// The start of a number (digits or a number word) right before token `a`
/// with up to three openers before it ("only", "about", "at least", "more
/// than"), when that opens a clause; `None` otherwise. In line in
/// `backward_phrase_with` (its one caller): out of line, the call cost more
/// than the tests, most of which end at the first.
#[inline]
fn number_opener(s: &Sent, lo: usize, a: usize) -> Option<usize> {
    // (`Sent::is_numeric`: one test of a plain word's class bits.)
    let num = if s.is_numeric(a) {
        a
    } else if a > lo && s.is_numeric(a - 1) && s.bytes(a).ends_with(b"s") {
        a - 1
    } else {
        return None;
    };
    let mut k = num;
    while k > lo
        && num - k < 4
        && (s.is_in(k - 1, QUANT_OPEN) && !s.is_in(k - 1, &["a", "the", "another"])
            || s.is_in(k - 1, &["at", "least", "almost", "approximately"]))
    {
        k -= 1;
    }
    (k < num && (k == lo || s.is_punct(k - 1) || s.is_in(k - 1, QUANT_CLAUSE))).then_some(k)
}

/// The start of a name that ends in the number at `i` ("Number 10", "No
/// 10", "Channel 4", "Radio 4", "Local 1199"): one to four digits after a
/// capitalized word that is no function word but "No" (the British "No
/// 10"), and no month or weekday ("The company on March 10 said" dates the
/// cue). Not an adverb ("Overall 64 said", "Nationally 64 said": a poll's
/// share), nor a plural speaker noun ("Democrats 48 said": a count of
/// them), nor a year ("Tokyo 2020 said": the games' organizers, not the
/// city). `None` for anything else, at the first test for most tokens.
#[inline]
fn numbered_name(s: &Sent, lx: &Lexicon, lo: usize, i: usize) -> Option<usize> {
    let b = s.bytes(i);
    if !b.first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    numbered_name_rest(s, lx, lo, i, b)
}

/// [`numbered_name`] past its test of the first digit.
#[inline(never)]
fn numbered_name_rest(s: &Sent, lx: &Lexicon, lo: usize, i: usize, b: &[u8]) -> Option<usize> {
    let p = i.checked_sub(1).filter(|&p| p >= lo)?;
    let w = s.bytes(p);
    // (An -ly adverb capitalized at the sentence's start, which
    // [`ly_adverb`] leaves to names: "Nationally", "Similarly"; not
    // "Italy".)
    let ly_word = w.len() > 5 && w[w.len() - 2..].eq_ignore_ascii_case(b"ly");
    let year = b.len() == 4 && matches!(&b[..2], b"19" | b"20");
    (b.len() <= 4
        && b.iter().all(u8::is_ascii_digit)
        && !year
        && s.is_word(p)
        && s.is_cap(p)
        && (!s.is_stop(p) || s.is_in(p, &["no"]))
        && !s.is_in(p, super::rules::MONTHS)
        && !s.is_in(p, MONTH_EXTRAS)
        && !s.is_in(p, DAYS)
        && !ly_word
        && !s.is_in(p, OPENING_ADVERBS)
        && !(plural_s(w) && s.speaker_noun(lx, p).is_some()))
    .then_some(p)
}

/// Whether "No" at `k`, before a number, is the determiner of a count:
/// "No 10 people said", "No 20 officials said" (nobody), not Downing
/// Street. The number is followed, before the head `head` or at it, by a
/// lowercase plural, with no determiner before "No" ("A No 10 spokesman",
/// "the No 10 press office" are the name).
#[cold]
fn no_count(s: &Sent, lo: usize, k: usize, head: usize) -> bool {
    let w = k + 2;
    w <= head
        && s.is_word(w)
        && !s.is_cap(w)
        && !(k > lo && s.is_det(k - 1))
        && (s.is_in(w, PLURAL_PERSONS) || s.is_in(w, &["staff"]) || plural_s(s.bytes(w)))
}

/// "May" (which [`MONTHS`](super::rules::MONTHS) leaves out) and the short
/// forms of the months: with those and [`DAYS`], the words a number after
/// them dates ("on March 10", "May 5", "Friday 13"), no name.
const MONTH_EXTRAS: &[&str] = &[
    "may", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

/// Whether the apposition `first..close` opens with one to three lowercase
/// modifiers and a title or speaker noun ("legal director for the group",
/// "senior adviser to the campaign").
fn modified_role(s: &Sent, lx: &Lexicon, first: usize, close: usize) -> bool {
    (first + 1..close.min(first + 4))
        .find(|&j| {
            !s.is_word(j)
                || s.is_cap(j)
                || s.is_stop(j)
                || is_title(s, j)
                || s.speaker_noun(lx, j).is_some()
        })
        .is_some_and(|j| {
            (is_title(s, j) || s.speaker_noun(lx, j).is_some())
                && !s.is_cap(j)
                && (first..j).all(|i| s.is_word(i) && !s.is_stop(i) && !s.bytes(i).ends_with(b"ly"))
        })
}

/// Subordinators and "with" before a subject phrase ("while presumptive
/// nominee X said", "with former Gov. X calling").
const SUB_OPENERS: &[&str] = &[
    "while", "when", "after", "before", "as", "because", "since", "although", "though", "if",
    "with", "whereas", "until", "once",
];

/// Relative pronouns that can be the subject of a cue.
pub(crate) const RELATIVES: WordSet = WordSet::new(4, &["who", "which"]);

/// Words opening a parenthetical between a speaker and the cue ("X, of
/// course, said", "X, of Ohio, said", "X, however, said").
pub(crate) const PARENTHETICALS: WordSet = WordSet::new(
    5,
    &[
        "of",
        "however",
        "though",
        "too",
        "meanwhile",
        "indeed",
        "instead",
        "again",
        "likewise",
        "similarly",
        "moreover",
        "by",
        "on",
    ],
);

/// Participles that follow the head of a poll speaker ("voters polled").
pub(crate) const POLLED: WordSet = WordSet::new(
    6,
    &[
        "polled",
        "surveyed",
        "questioned",
        "interviewed",
        "sampled",
        "briefed",
    ],
);

/// Quantifier heads: "Many (of X)", "most", "half".
pub(crate) const QUANTIFIERS: WordSet = WordSet::new(
    7,
    &[
        "many",
        "most",
        "some",
        "few",
        "half",
        "both",
        "all",
        "several",
        "others",
        "none",
        "majority",
        "minority",
        "plurality",
        "percent",
        "third",
        "thirds",
        "quarter",
        "quarters",
        "fifth",
        "fifths",
        "two",
        "three",
        "four",
        "five",
        "one",
        "each",
    ],
);

/// Number-like words that open a quantity ("Some 56 percent", "about 40%").
pub(crate) const QUANT_OPEN: WordSet = WordSet::new(
    8,
    &[
        "some", "about", "nearly", "almost", "roughly", "only", "just", "around", "over", "more",
        "than", "fewer", "less", "a", "the", "another", "two", "three", "one",
    ],
);

/// A quantity phrase ending at `head` ("42%", "52 percent", "many", "a
/// majority"), which starts a clause: its first token.
///
/// The quick test of a plain word head is inlined where it is asked (three
/// phrase steps, about 25,000 times a pass of train; most heads are names
/// and nouns), the tests of each kind run out of line.
#[inline]
fn quantity(s: &Sent, lo: usize, head: usize) -> Option<usize> {
    if plain_head(s, head) {
        return None;
    }
    quantity_with(s, lo, head, false)
}

/// Whether the head at `head` is a word no kind of [`quantity`] can end
/// at. Every kind of head is punctuation, a number (digits or a number
/// word), a hyphenated fraction of at least eight bytes or a word of three
/// word sets: any other word (most heads: names and nouns) is no
/// quantity, found with a few tests.
#[inline(always)]
fn plain_head(s: &Sent, head: usize) -> bool {
    plain_head_outside(s, head, 0)
}

/// [`plain_head`] for a word in none of the [`WordSet`]s whose bits are
/// `sets` either: those sets' words answer `false` (one test of the
/// token's set bits for both).
#[inline(always)]
fn plain_head_outside(s: &Sent, head: usize, sets: u128) -> bool {
    if s.is_word(head) && !s.in_sets(head, sets | PERCENT.bit() | QUANTIFIERS.bit() | W_ONE.bit()) {
        let b = s.bytes(head);
        // (Both number tests, a digit first and a number word, in one:
        // each went either way with the text.)
        let number = s.is_numeric(head);
        // (A simple word, one run of ASCII letters and digits, has no
        // hyphen: that flag first, set for most words, so the test ends
        // there for them; the length went either way with the text, and
        // the search for a hyphen ran for every long word.)
        if s.toks[head].simple {
            return !number;
        }
        let fraction = b.len() >= 8 && b.contains(&b'-');
        !(number || fraction)
    } else {
        false
    }
}

/// Whether the last token `h` of a phrase passes every step of
/// [`backward_phrase`] from the relative pronoun to "of them" at once, so
/// that it is the head the head tests read: a [`plain_head`] (no quantity
/// ends at it) in none of [`RELATIVES`], [`POLLED`] and [`THEM_US`], and
/// no determiner ("those", "another"). Most phrases end in a name or a
/// noun, which this turns to the head tests with one test of the token's
/// set bits and one of its class, where the steps' own tests were some
/// ten branches, several of which went either way with the text.
#[inline(always)]
fn plain_end(s: &Sent, h: usize) -> bool {
    !s.is_det(h) && plain_head_outside(s, h, RELATIVES.bit() | POLLED.bit() | THEM_US.bit())
}

/// [`quantity`]; with `quick`, a plain word head is turned down at once
/// (`false`: every kind's own tests, for the unit test that compares the
/// two).
fn quantity_with(s: &Sent, lo: usize, head: usize, quick: bool) -> Option<usize> {
    if quick && plain_head(s, head) {
        return None;
    }
    let mut a = if is_percent(s, head) {
        if head > lo && s.is_numeric(head - 1) {
            head - 1
        } else {
            return None;
        }
    } else if head > lo + 1
        && s.is_numeric(head)
        && s.is_in(head - 1, W_IN_OF)
        && s.is_numeric(head - 2)
    {
        // "one in five say", "nine of 10 said"
        head - 2
    } else if s.is_in(head, QUANTIFIERS) && !s.is_in(head, QUANT_NOT) || fraction(s, head) {
        head
    } else if bare_count(s, head)
        && head + 1 < s.len()
        && (s.is_in(head + 1, SAID_SAYS) || s.is_in(head + 1, &["have", "has", "had"]))
    {
        // "43 said the same", "at least 21,000 said they would", "39 have
        // said they support Sanders": a count of people with no noun,
        // right before "said/says" or "have/has/had" ("60 pledged delegates
        // were at stake" is a count of delegates).
        head
    } else if head > lo && s.is_in(head, W_ONE) && s.is_in(head - 1, W_NO) {
        // "no one knows"
        head - 1
    } else {
        return None;
    };
    // "a 54% majority", "a 45 percent plurality".
    if s.is_in(head, W_MAJORITY)
        && head > lo + 1
        && is_percent(s, head - 1)
        && s.is_numeric(head - 2)
    {
        a = head - 2;
    }
    // (Up to two openers before a ratio too: "more than 4 in 10 said".)
    let ratio = a + 2 == head && s.is_in(head - 1, W_IN_OF);
    let base = if ratio { a } else { head };
    while a > lo && (s.is_in(a - 1, QUANT_OPEN) || s.is_numeric(a - 1)) && a + 3 > base {
        a -= 1;
    }
    // "at least 21,000", "as many as 40 percent", "up to half".
    if a >= lo + 2 && s.is_in(a - 1, W_LEAST) && s.is_in(a - 2, W_AT) {
        a -= 2;
    } else if a >= lo + 3 && s.is_in(a - 1, W_AS) && s.is_in(a - 2, W_MANY) && s.is_in(a - 3, W_AS)
    {
        a -= 3;
    } else if a >= lo + 2 && s.is_in(a - 1, &["to"]) && s.is_in(a - 2, W_UP) {
        a -= 2;
    }
    // "..., as many have speculated", "As some have noted, ...": a bare
    // quantity after a clause-opening "as".
    let as_clause = a > lo
        && s.is_in(a - 1, &["as"])
        && a == head
        && (a - 1 == lo || s.is_p(a - 2, ",") || is_dash(s, a - 2));
    // "..., with 22 percent saying ...": the subject of an absolute
    // participle (the rules check the participle).
    let with_ing = a > lo
        && s.is_in(a - 1, &["with"])
        && head + 1 < s.len()
        && s.is_word(head + 1)
        && s.bytes(head + 1).ends_with(b"ing");
    let clause_start =
        a == lo || s.is_punct(a - 1) || s.is_in(a - 1, QUANT_CLAUSE) || as_clause || with_ing;
    clause_start.then_some(a)
}

/// A count in digits that can stand for people with no noun ("43",
/// "21,000"), not a year ("2016") or a decimal ("4.5").
fn bare_count(s: &Sent, i: usize) -> bool {
    let b = s.bytes(i);
    s.is_word(i)
        && b.first().is_some_and(u8::is_ascii_digit)
        && b.iter().all(|&c| c.is_ascii_digit() || c == b',')
        && !(b.len() == 4 && (b.starts_with(b"19") || b.starts_with(b"20")))
}

/// A speaker noun with a prepositional phrase that starts at token `a`
/// ("A spokeswoman [for YouTube]", "officials [at the Pentagon]"): the start
/// of the whole phrase, which must open a clause.
///
/// Its first test in line (asked at the end of most phrase searches, where
/// the word before the phrase is seldom a preposition), the steps out of
/// line.
#[inline]
fn pp_head(s: &Sent, lx: &Lexicon, lo: usize, a: usize) -> Option<usize> {
    if !pp_may_precede(s, lo, a) {
        return None;
    }
    pp_head_walk(s, lx, lo, a)
}

/// Whether a phrase of [`pp_head`] can end before token `a`: `a - 1` is a
/// preposition of [`PP_PREPS`] or the "with/to/on" of an adjective
/// ("familiar with") after at least one more token. When it is none, the
/// first [`pp_step`] finds nothing.
#[inline]
fn pp_may_precede(s: &Sent, lo: usize, a: usize) -> bool {
    a >= lo + 2 && s.in_sets(a - 1, PP_PREPS.bit() | W_WITH.bit() | TO.bit() | W_ON.bit())
}

/// [`pp_head`] past its first test.
fn pp_head_walk(s: &Sent, lx: &Lexicon, lo: usize, a: usize) -> Option<usize> {
    // Up to two nested phrases: "A survey [by the organization] [in March]".
    let mut a = a;
    for _ in 0..2 {
        let (k, clause_start) = pp_step(s, lx, lo, a)?;
        if clause_start {
            return Some(k);
        }
        a = k;
    }
    None
}

/// One step of [`pp_head`]: the start of the noun phrase that the phrase at
/// `a` modifies, and whether it opens a clause.
fn pp_step(s: &Sent, lx: &Lexicon, lo: usize, a: usize) -> Option<(usize, bool)> {
    // "A source familiar with the talks", "people close to the campaign",
    // "officials briefed on the plan": the adjective joins noun and phrase.
    let a = if a >= lo + 3
        && (s.is_in(a - 1, W_WITH) && s.is_in(a - 2, &["familiar"])
            || s.is_in(a - 1, TO) && s.is_in(a - 2, &["close"])
            || s.is_in(a - 1, W_ON) && s.is_in(a - 2, &["briefed"]))
        && s.speaker_noun(lx, a - 3).is_some()
    {
        a - 1
    } else {
        a
    };
    if a < lo + 2
        || !s.is_in(a - 1, PP_PREPS)
        || s.is_cap(a - 2) && a - 2 != lo && !caps_title_opens(s, lo, a - 2)
        || !(s.speaker_noun(lx, a - 2).is_some() || is_title(s, a - 2))
    {
        return None;
    }
    let mut k = a - 2;
    let mut lower = 0;
    while k > lo {
        let j = k - 1;
        if s.is_det(j) {
            k = j;
            break;
        }
        if s.is_poss(j) && j > lo && s.is_word(j - 1) {
            k = poss_owner(s, lo, j);
            break;
        }
        if s.is_cap(j) && !s.is_stop(j)
            || s.is_word(j)
                && !s.is_stop(j)
                && lower < 2
                && !s.is_in(j, SKIP_BACK)
                && !s.is_in(j, SAID_SAYS)
        {
            lower += usize::from(!s.is_cap(j));
            k = j;
            continue;
        }
        break;
    }
    let clause_start = k == lo
        || s.is_punct(k - 1)
        || s.is_in(k - 1, CLAUSE_LINKS)
        // "when a member of the family suggested", "where the secretary of
        // state said": a subordinate clause opens.
        || s.is_in(k - 1, SUB_OPENERS) && !s.is_in(k - 1, &["with"])
        || s.is_in(k - 1, &["where", "unless"]);
    Some((k, clause_start))
}

/// Whether the capitalized word at `h` (after `lo`) follows one or two
/// capitalized words that open its clause: a title in capitals whose
/// prepositional phrase [`pp_step`] takes as it takes one opening the
/// clause ("Managing Director of the IMF Kristalina Georgieva said",
/// "Deputy Director of the FBI X", "On Monday, Vice President of the
/// Commission X"). Not after a function word ("The Bank of England").
fn caps_title_opens(s: &Sent, lo: usize, h: usize) -> bool {
    let mut k = h;
    while k > lo && h - k < 2 && s.is_word(k - 1) && s.is_cap(k - 1) && !s.is_stop(k - 1) {
        k -= 1;
    }
    k < h && (k == lo || s.is_punct(k - 1) && !s.is_poss(k - 1))
}

/// A title or speaker noun with an "of" complement whose head is no
/// speaker noun, ending at `head` before a name in apposition ("The
/// governor's director of communications, Dana Whitfield, said", "The
/// bank's head of research, Jane Doe, said"): the whole role, found by
/// [`pp_head`] from the complement's start (one or two lowercase words,
/// "of public affairs"), so that the name is not the speaker alone.
fn role_of_before_appos(s: &Sent, lx: &Lexicon, lo: usize, head: usize) -> Option<Np> {
    let mut a = head;
    while a > lo
        && head - a < 2
        && s.is_word(a - 1)
        && !s.is_cap(a - 1)
        && !s.is_stop(a - 1)
        && !s.is_in(a - 1, PP_PREPS)
    {
        a -= 1;
    }
    if a < lo + 2 || !s.is_in(a - 1, OF) || !s.is_word(head) || s.is_cap(head) {
        return None;
    }
    pp_head(s, lx, lo, a).map(|p| Np { a: p, b: head + 1 })
}

/// The start of the owner before the possessive at `p` (`p - 1` a word)
/// in [`pp_step`]: its capitalized words ("Mayor Adams's", "the White
/// House's", "the Chicago mayor's") and the determiner before them ("The
/// mayor's chief of staff", "his boss's director of communications"), else
/// the word before the possessive alone.
fn poss_owner(s: &Sent, lo: usize, p: usize) -> usize {
    let mut o = p - 1;
    while o > lo && p - o < 4 && s.is_word(o - 1) && s.is_cap(o - 1) && !s.is_stop(o - 1) {
        o -= 1;
    }
    if o > lo && s.is_in(o - 1, POSS_DETS) && !s.is_stop(p - 1) {
        o -= 1;
    } else if o + 1 == p && !s.is_cap(o) && !s.is_stop(o) {
        // A lowercase owner with one or two modifiers after its
        // determiner: "The school district's director of transportation",
        // "the Chicago city council's clerk".
        let mut m = o;
        while m > lo && o - m < 2 && s.is_word(m - 1) && !s.is_stop(m - 1) && !s.is_det(m - 1) {
            m -= 1;
        }
        if m < o && m > lo && s.is_in(m - 1, POSS_DETS) {
            o = m - 1;
        }
    }
    o
}

/// The units of [`is_number_word`] (also the number bit of the word
/// classes, see `Sent::is_number_word`).
pub(crate) const UNITS: &[&str] = &[
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
];

/// "six", "Sixty-six", "twenty": a number written in words (any case;
/// ASCII case-folding matches full lowercasing here, as no other character
/// lowercases to a letter of these words).
pub(crate) fn is_number_word(w: &str) -> bool {
    // The first part must be a unit: 3 to 9 letters opening with one of
    // these pairs (any case), which rejects most words at once.
    // (The pair first: at least three bytes and a unit's first two
    // letters reject most words before the search for a hyphen.)
    let b = w.as_bytes();
    if b.len() < 3
        || !matches!(
            [b[0] | 0x20, b[1] | 0x20],
            [b'o', b'n']
                | [b't', b'w' | b'h' | b'e']
                | [b'f', b'o' | b'i']
                | [b's', b'i' | b'e']
                | [b'e', b'i' | b'l']
                | [b'n', b'i']
                | [b'h', b'u']
        )
    {
        return false;
    }
    let first = memchr::memchr(b'-', b).unwrap_or(b.len());
    if !(3..=9).contains(&first) {
        return false;
    }
    crate::text::split_byte(w, b'-').all(|p| UNITS.iter().any(|u| u.eq_ignore_ascii_case(p)))
}

/// `w.split_once('-')` by a byte loop (no memchr call for a short word).
fn split_once_hyphen(w: &str) -> Option<(&str, &str)> {
    let k = w.bytes().position(|b| b == b'-')?;
    Some((&w[..k], &w[k + 1..]))
}

/// A hyphenated fraction ("three-quarters", "two-thirds", "one-fifth").
fn fraction(s: &Sent, i: usize) -> bool {
    // (At least eight bytes: a unit of three, `-` and "half".)
    s.is_word(i)
        && s.toks[i].end - s.toks[i].start >= 8
        && split_once_hyphen(s.w(i)).is_some_and(|(n, f)| {
            is_number_word(n)
                && [
                    "third", "thirds", "quarter", "quarters", "fourth", "fourths", "fifth",
                    "fifths", "half",
                ]
                .iter()
                .any(|x| x.eq_ignore_ascii_case(f))
        })
}

/// Extends a phrase starting at `a` over a partitive before it: "52
/// percent of \[voters\]", "many of \[his supporters\]".
///
/// Its first test in line (asked at the end of most phrase searches, where
/// the word before the phrase is seldom "of" or "half"), the rest out of
/// line.
#[inline]
fn partitive(s: &Sent, lo: usize, a: usize) -> usize {
    if !partitive_may_precede(s, lo, a) {
        return a;
    }
    partitive_walk(s, lo, a)
}

/// Whether [`partitive`] can extend the phrase at `a`: every kind needs
/// "of" or "half" (a word of [`QUANTIFIERS`]) right before it.
#[inline]
fn partitive_may_precede(s: &Sent, lo: usize, a: usize) -> bool {
    a > lo && s.in_sets(a - 1, OF.bit() | QUANTIFIERS.bit())
}

/// [`partitive`] past its first test.
fn partitive_walk(s: &Sent, lo: usize, a: usize) -> usize {
    // "half the voters", "More than half the senators", "nearly half his
    // supporters": "half" takes a determiner with no "of".
    if a > lo && s.is_in(a - 1, &["half"]) && s.is_in(a, POSS_DETS) && !s.is_in(a, &["a", "an"]) {
        return quantity(s, lo, a - 1).unwrap_or(a);
    }
    // "Half a dozen engineers", "half a million residents": a count.
    if a > lo
        && s.is_in(a - 1, &["half"])
        && s.is_in(a, &["a"])
        && s.is_in(a + 1, &["dozen", "hundred", "thousand", "million"])
    {
        return quantity(s, lo, a - 1).unwrap_or(a - 1);
    }
    if a < lo + 2 || !s.is_in(a - 1, OF) {
        return a;
    }
    let q = a - 2;
    if let Some(start) = quantity(s, lo, q) {
        return start;
    }
    if s.is_in(q, QUANTIFIERS) {
        let mut k = q;
        while k > lo
            && (s.is_in(k - 1, QUANT_OPEN)
                || s.is_word(k - 1) && s.w(k - 1).chars().all(|c| c.is_ascii_digit()))
        {
            k -= 1;
        }
        return k;
    }
    a
}

/// Whether the lowercase words ending at token `k` (at most three, no
/// function words or cue verbs) stand between capitalized words of one
/// name: "Republican presidential front-runner Donald Trump".
/// ("State" or "state" before a lowercase word is its modifier, no cue:
/// "Syria's state news agency SANA", "State news agency KCNA";
/// [`state_modifier`].) A party's short mark in parentheses after the
/// capitalized word is walked over ("NCP (SP) working president Supriya
/// Malhotra": [`caps_paren_open`]).
fn lower_run(s: &Sent, lx: &Lexicon, lo: usize, k: usize) -> bool {
    let cue = |i: usize| is_cue_word(s, lx, i) && !state_modifier(s, i);
    let mut j = k;
    while j > lo && k - j < 3 && s.is_word(j) && !s.is_cap(j) && !s.is_stop(j) && !cue(j) {
        j -= 1;
    }
    if j < k && s.is_p(j, ")") {
        if let Some(open) = caps_paren_open(s, lo, j, j + 1) {
            // (`caps_paren_open` proves the word before "(" capitalized
            // and no function word; the tests below still ask it.)
            j = open - 1;
        }
    }
    j < k && s.is_cap(j) && !s.is_stop(j) && !cue(j) && (s.is_word(j) && !s.is_cap(j + 1))
}

/// Whether token `i` is "state" (any case) before a lowercase content
/// word: the adjective of "state news agency", "state media", not the verb
/// "state".
fn state_modifier(s: &Sent, i: usize) -> bool {
    s.bytes(i).eq_ignore_ascii_case(b"state")
        && i + 1 < s.len()
        && s.is_word(i + 1)
        && !s.is_cap(i + 1)
        && !s.is_stop(i + 1)
}

/// Whether token `i` is a cue form on its own ("said", "criticized").
fn is_cue_word(s: &Sent, lx: &Lexicon, i: usize) -> bool {
    // A cue the scan matches over exactly the token is a form with no
    // space whose text is the token's (ASCII letters and inner hyphens, in
    // any case), so the lexicon's one-word forms hold it and
    // `Sent::cue_word` finds it (from the token's class bit for most
    // words: no scan, no vector). The scan runs only for those tokens.
    s.cue_word(lx, i).is_some() && is_cue_word_scanned(s, lx, i)
}

/// [`is_cue_word`] by the lexicon's cue scan over the token alone.
fn is_cue_word_scanned(s: &Sent, lx: &Lexicon, i: usize) -> bool {
    let t = s.toks[i];
    let mut m = Vec::new();
    lx.find_cues(s.text, t.start, t.end, &mut m);
    // A predicative adjective cue without its copula is a plain modifier
    // ("The most optimistic Democrats doubt").
    m.iter().any(|c| {
        c.start == t.start
            && c.end == t.end
            && (lx.cue(c.cue).frames & crate::lexicon::frame::ADJ == 0
                || copula_before(s, lx, 0, i).is_some())
    })
}

/// A poll's publication between it and its cue, before a time phrase at
/// `j`: "A Monmouth poll out Monday showed", "New polls released Sunday
/// showed", "A poll from Marquette Law School released Wednesday found".
/// The participle is a cue of its own, but its object would be the clause
/// of the real cue (an object opening with a past cue is not taken).
fn skip_publication(s: &Sent, lx: &Lexicon, lo: usize, j: usize) -> usize {
    if j <= lo + 2 || !s.is_in(j - 1, DOC_PARTICIPLES) {
        return j;
    }
    let document = |k: usize| {
        s.is_word(k)
            && (s.w(k).to_ascii_lowercase().starts_with("poll")
                || s.speaker_noun(lx, k) == Some(crate::lexicon::NounType::Document))
    };
    // The document right before, or before a short "from/by/of X" phrase
    // ("A CNN/ORC poll of South Carolina released on Tuesday showed").
    let near = document(j - 2)
        || (j.saturating_sub(8).max(lo)..j - 2)
            .rev()
            .take_while(|&k| {
                s.is_word(k) && (s.is_cap(k) || s.is_in(k, &["from", "by", "of", "the"]))
            })
            .any(|k| s.is_in(k, &["from", "by", "of"]) && k > lo && document(k - 1));
    if near {
        j - 1
    } else {
        j
    }
}

/// Whether the quote opening at `q` closes an apposition that is a
/// relative or participle clause with the comma inside its marks
/// (`Ana Ruiz, who called the plan "a disaster," said`, `Mr. Cole,
/// citing "the magic of the brand," said`): the comma that opens the
/// apposition, within a dozen tokens before the quote and with no other
/// quote mark between, is followed by "who/which" or a lowercase -ing
/// word and preceded by a word.
fn quote_in_clause_appos(s: &Sent, lo: usize, q: usize) -> bool {
    let Some(c) = (q.saturating_sub(12).max(lo + 1)..q)
        .rev()
        .take_while(|&j| !s.is_quote_mark(j))
        .find(|&j| s.is_p(j, ","))
    else {
        return false;
    };
    let first = c + 1;
    first < q
        && s.is_word(c - 1)
        && (s.is_in(first, RELATIVES)
            || s.is_word(first) && !s.is_cap(first) && s.bytes(first).ends_with(b"ing"))
}

/// Whether token `i` is a dash or hyphen. Inlined: asked of about 41,000
/// tokens a pass by the phrase search, mostly words, which the kind test
/// turns down without a call.
#[inline]
pub(crate) fn is_dash(s: &Sent, i: usize) -> bool {
    s.is_punct(i) && matches!(s.w(i), "—" | "–" | "―" | "-" | "--")
}

/// The token after the dash at `i`, past a second hyphen (a doubled
/// hyphen is two tokens).
#[inline]
pub(crate) fn after_dash(s: &Sent, i: usize) -> usize {
    if is_dash(s, i + 1) {
        i + 2
    } else {
        i + 1
    }
}

/// The first token of the dash that ends at token `i`: the hyphen before
/// it when both are hyphens (a doubled hyphen "--" is one dash, two
/// tokens), not before `lo`; else `i`. The mirror of [`after_dash`].
#[inline]
pub(crate) fn dash_start(s: &Sent, i: usize, lo: usize) -> usize {
    if i > lo && s.is_p(i, "-") && s.is_p(i - 1, "-") {
        i - 1
    } else {
        i
    }
}

/// Whether token `i` is a dash before a lowercase determiner with a word
/// after it ("said on Tuesday -- a sign that ...", "the ministry said —
/// the longest run ..."): the writer's noun phrase after the report.
pub(crate) fn dash_before_np(s: &Sent, i: usize) -> bool {
    is_dash(s, i) && {
        let j = after_dash(s, i);
        j + 1 < s.len() && s.is_det(j) && !s.is_cap(j)
    }
}

/// The closing dash of an aside opened by the dash at `i` ("said on Monday
/// — a day after the vote — that ..."): the next dash within 40 tokens,
/// if any.
pub(crate) fn closing_dash(s: &Sent, i: usize) -> Option<usize> {
    let a = after_dash(s, i);
    (a..s.len().min(a + 40)).find(|&m| is_dash(s, m))
}

/// Whether the token at `k` is the "." of a hyphenated title abbreviation
/// before a capitalized word ("then-Gov. Paul Sherwood", "ex-Sen. Lee
/// Fox": the tokenizer keeps "Gov." one token but leaves "then-Gov" and
/// "." two, [`hyphen_abbreviation_word`]).
pub(crate) fn hyphen_title_stop(s: &Sent, k: usize) -> bool {
    // (The stop and the word after it first: the abbreviation's lookup
    // last.)
    s.is_p(k, ".")
        && s.is_word(k + 1)
        && s.is_cap(k + 1)
        && !s.is_stop(k + 1)
        && hyphen_title_end(s, k)
}

/// Whether the token at `k` is the "." of a hyphenated title
/// abbreviation, glued to it ("then-Gov.", "ex-Sen."), whatever follows:
/// [`hyphen_title_stop`] before a name, or the end of a title with no
/// name ("The then-Gov. said").
pub(crate) fn hyphen_title_end(s: &Sent, k: usize) -> bool {
    k > 0
        && s.is_p(k, ".")
        && s.is_word(k - 1)
        && s.is_cap(k - 1)
        && s.toks[k - 1].end == s.toks[k].start
        && hyphen_abbreviation_word(s.bytes(k - 1))
}

/// Whether the token at `k` is the stop of a former holder's title
/// abbreviation with "-elect" glued after it ("then-Sen.-elect": the
/// tokens "then-Sen", ".", "-", "elect"), a title to be.
fn elect_after_stop(s: &Sent, k: usize) -> bool {
    let glued = |i: usize| s.toks.get(i + 1).is_some_and(|t| s.toks[i].end == t.start);
    s.is_p(k + 1, "-")
        && s.is_in(k + 2, &["elect"])
        && glued(k)
        && glued(k + 1)
        && hyphen_title_end(s, k)
}

/// The first token of a former holder's title to be ("Then-Sen.-elect
/// Jo Park", [`elect_after_stop`]) whose "elect" is token `k`, else
/// `None`.
fn elect_title_start(s: &Sent, lo: usize, k: usize) -> Option<usize> {
    // (The hyphen first, one byte: the walk asks this of most phrases'
    // first word.)
    (k >= lo + 3 && s.is_p(k - 1, "-") && s.is_in(k, &["elect"]) && elect_after_stop(s, k - 2))
        .then(|| k - 3)
}

/// The speaker phrase starting at token `i` (after an inverted cue or
/// "according to"), or `None`.
pub fn forward(s: &Sent, lx: &Lexicon, i: usize) -> Option<Np> {
    let n = s.len();
    if i >= n || !s.is_word(i) {
        return None;
    }
    if s.is_pronoun(i) {
        return Some(Np { a: i, b: i + 1 });
    }
    // A partitive before the speaker ("said a handful of Democrats", "said
    // dozens of lawmakers", "said one of the organizers"): the phrase
    // whole, when a speaker phrase follows "of".
    const GROUPS: &[&str] = &[
        "handful",
        "group",
        "number",
        "majority",
        "minority",
        "couple",
        "dozen",
        "host",
        "chorus",
        "slew",
        "bunch",
        "coalition",
        "panel",
    ];
    const QUANTITIES: &[&str] = &[
        "dozens",
        "hundreds",
        "thousands",
        "scores",
        "some",
        "many",
        "most",
        "several",
        "one",
        "two",
        "three",
        "four",
        "five",
        "few",
        "all",
        "both",
        "none",
        "each",
        "half",
    ];
    let of_at = if s.is_in(i, &["a", "an"]) && s.is_in(i + 1, GROUPS) {
        i + 2
    } else if s.is_in(i + 1, OF)
        // (Only an "of" after the quantity counts below: its set bit
        // first, then the quantity list word by word.)
        && s.is_in(i, QUANTITIES)
    {
        i + 1
    } else {
        n
    };
    if of_at < n && s.is_in(of_at, OF) {
        if let Some(inner) = forward(s, lx, of_at + 1) {
            return Some(Np { a: i, b: inner.b });
        }
    }
    let mut j = i;
    if s.is_det(j) {
        j += 1;
        // "said a Wednesday statement", "reads a Tuesday night editorial":
        // a day modifying the head.
        if s.is_in(j, DAYS) && s.is_word(j + 1) && !s.is_cap(j + 1) {
            j += 1;
            if s.is_in(j, &["night", "morning", "afternoon", "evening"]) {
                j += 1;
            }
        }
        // `said the "Succession" star`: a quoted title after the article
        // modifies the head ([`quoted_title_end`]).
        if let Some(e) = quoted_title_end(s, lx, j) {
            j = e;
        }
    }
    // A superlative's degree word after the article ("the most optimistic
    // analysts", "the least affected residents"): a modifier of the head.
    if j > i
        && s.is_stop(j)
        && s.is_in(j, &["most", "least"])
        && s.is_word(j + 1)
        && !s.is_cap(j + 1)
        && !s.is_stop(j + 1)
    {
        j += 1;
    }
    let start = i;
    let mut last_head: Option<usize> = None;
    // The end of a lowercase media noun after a name ("the TASS \[news
    // agency\]", [`media_tail`]), 0 for none.
    let mut tail = 0;
    // The owner before a possessive, when lowercase words follow it
    // ("said Unite's national officer, Rhys McCarthy": the officer).
    let mut owner: Option<usize> = None;
    let mut k = j;
    // (Up to twelve words after a title: "said Union Minister of State for
    // Home Affairs Ravi Menon".)
    while k < n && (k < j + 8 || k < j + 12 && (j..k).any(|t| is_title(s, t))) {
        if s.is_poss(k) {
            k += 1;
            if last_head.is_some()
                && s.is_word(k)
                && !s.is_cap(k)
                && !s.is_stop(k)
                && (k..n.min(k + 3)).any(|h| s.is_word(h) && s.speaker_noun(lx, h).is_some())
            {
                owner = last_head.take();
                j = k;
            }
            continue;
        }
        if !s.is_word(k) {
            // "said then-Gov. Paul Sherwood": the stop of a hyphenated
            // title abbreviation, which the tokenizer leaves a token of
            // its own, is part of the title (asked once, at the phrase's
            // end).
            if hyphen_title_stop(s, k) && last_head == Some(k - 1) {
                k += 1;
                continue;
            }
            // "said then-Sen.-elect Jo Park": a title to be
            // ([`elect_after_stop`]).
            if last_head == Some(k - 1) && elect_after_stop(s, k) {
                k += 3;
                continue;
            }
            break;
        }
        if s.is_cap(k) && !s.is_stop(k) {
            last_head = Some(k);
            k += 1;
            let m = media_tail(s, lx, k);
            if m > k {
                tail = m;
                break;
            }
            continue;
        }
        // (A second particle too: "said Edwin van der Sar", "said Pedro
        // de la Rosa".)
        if s.is_in(k, PARTICLES)
            && k > 0
            && (last_head == Some(k - 1)
                && (s.is_cap(k + 1) || s.is_in(k + 1, PARTICLES) && s.is_cap(k + 2))
                || k > 1
                    && last_head == Some(k - 2)
                    && s.is_in(k - 1, PARTICLES)
                    && s.is_cap(k + 1))
        {
            k += 1;
            continue;
        }
        // (An office in "for" after a title, British and Indian style:
        // "said Minister for External Affairs Vikram Singh", "said
        // Secretary of State for Health Wes Stirling".)
        if (s.is_in(k, OF) || s.bytes(k) == b"for" && (j..k).any(|t| is_title(s, t)))
            && k > 0
            && last_head == Some(k - 1)
            && s.is_cap(k + 1)
        {
            k += 1;
            continue;
        }
        // A lowercase role in "of" before a full name: "said chief of
        // staff Ana Ruiz", "said master of ceremonies Asab Al-Tabchi",
        // "said director of operations Tom Reyes".
        if let Some(name) = of_role_name(s, k, j) {
            last_head = None;
            k = name;
            continue;
        }
        // "daily" and "weekly" as a paper before its name ("the German
        // daily Süddeutsche Zeitung", "the Paris daily Libération").
        let paper = s.is_in(k, &["daily", "weekly"]) && s.is_cap(k + 1) && !s.is_stop(k + 1);
        if s.speaker_noun(lx, k).is_some() || paper || is_title(s, k) && last_head.is_some() {
            last_head = Some(k);
            k += 1;
            // A lowercase modifier between two nouns of a compound ("the
            // state [news] agency", "the city [water] department").
            if compound_modifier(s, lx, k) {
                k += 1;
                continue;
            }
            // "said the mayor of Kherson, Roman Mrochko,": the place
            // joins the title when a name in apposition follows, which
            // resolution reads as it does after "the city's mayor".
            if let Some(m) = of_place_before_name(s, k) {
                last_head = Some(m - 1);
                break;
            }
            // Stop after a common-noun head unless a noun or a name
            // follows ("said Ohio State University professor Paul Beck").
            if !(s.is_poss(k)
                || s.is_word(k) && s.speaker_noun(lx, k).is_some()
                || s.is_cap(k) && !s.is_stop(k) && !s.is_cap(k - 1)
                || of_role_name(s, k, j).is_some())
            {
                break;
            }
            continue;
        }
        // A first name that is also a function word: "said Will Doyle".
        if k == j && s.is_cap(k) && s.is_stop(k) && s.is_cap(k + 1) && !s.is_stop(k + 1) {
            k += 1;
            continue;
        }
        if !s.is_stop(k) && !s.is_cap(k) && last_head.is_none() && k < j + 3 {
            // adjective before a noun head
            k += 1;
            continue;
        }
        break;
    }
    let Some(h) = last_head else {
        return owner
            .filter(|&h| head_ok(s, lx, h))
            .map(|h| Np { a: start, b: h + 1 });
    };
    if !head_ok(s, lx, h) {
        return None;
    }
    Some(Np {
        a: start,
        b: (h + 1).max(tail),
    })
}

/// The end of a lowercase media noun at token `k`, right after a
/// capitalized name, that belongs to the phrase ("the TASS \[news
/// agency\]", "the Xinhua \[news agency\]", "the official IRNA \[news
/// agency\]", "the NHK \[state broadcaster\]", "the Kommersant
/// \[daily\].", "the Haaretz \[newspaper\]"; the grammar is an optional
/// "state", an optional "news" and a media noun, so "Xinhua \[news
/// television\]" and "X \[television\]" close the name too); `k` when there is none. "daily" and
/// "weekly" only before punctuation (no adverb: "briefs Tass daily
/// on ..."); none before a speaker noun or a name, whose modifier the
/// media name is ("Haaretz newspaper \[columnist\] Gideon Levy").
fn media_tail(s: &Sent, lx: &Lexicon, k: usize) -> usize {
    /// Whether a byte opens a word of the media lists.
    static MEDIA_FIRST: [bool; 256] = {
        let mut t = [false; 256];
        let mut b = 0;
        while b < 256 {
            t[b] = media_byte(b as u8, true);
            b += 1;
        }
        t
    };
    // (The word's first byte first, by a table of the lists' first
    // bytes: one test after most names.)
    if k >= s.len()
        || !s.bytes(k).first().is_some_and(|&b| MEDIA_FIRST[b as usize])
        || !s.is_word(k)
    {
        return k;
    }
    // (Asked after every capitalized word of a phrase after the cue. Past
    // the sentence's end a token is empty.)
    let at = |i: usize| if i < s.len() { s.bytes(i) } else { &b""[..] };
    let mut i = k;
    for m in MEDIA_MODIFIERS {
        if at(i) == m.as_bytes() {
            i += 1;
        }
    }
    let end = match MEDIA_NAME_NOUNS.iter().find(|(w, _)| at(i) == w.as_bytes()) {
        Some(&(_, closing)) if !closing || i + 1 < s.len() && !s.is_word(i + 1) => i + 1,
        _ => k,
    };
    let modifier = end > k
        && end < s.len()
        && s.is_word(end)
        && (s.is_cap(end) && !s.is_stop(end) || s.speaker_noun(lx, end).is_some());
    if modifier {
        k
    } else {
        end
    }
}

/// The end of "of" + a capitalized place (one to three words) at token
/// `k`, after a title, when a comma and a full name (two capitalized
/// words) follow: "the mayor \[of Kherson\], Roman Mrochko,", "the
/// governor \[of Kursk\], Alexei Smirnov, said". `None` otherwise ("the
/// mayor of Kherson said", "the mayor of Kherson, where ..."). Nor when
/// the two words after the comma are a region: a compass word in them
/// ("the mayor of Lviv, Western Ukraine,", "of Seoul, South Korea,") or a
/// region noun last ("the mayor of Bucha, Kyiv Oblast,"); a state of the
/// gazetteer ("of Wellington, New Zealand,") is refused by resolution,
/// which takes no appositive a state mention covers.
fn of_place_before_name(s: &Sent, k: usize) -> Option<usize> {
    if !s.is_in(k, OF) || !is_title(s, k - 1) {
        return None;
    }
    let mut m = k + 1;
    while m < k + 4 && s.is_cap(m) && !s.is_stop(m) {
        m += 1;
    }
    (m > k + 1
        && s.is_p(m, ",")
        && s.is_cap(m + 1)
        && !s.is_stop(m + 1)
        && s.is_cap(m + 2)
        && !s.is_stop(m + 2)
        && !s.is_in(m + 1, COMPASS)
        && !s.is_in(m + 2, COMPASS)
        && !s.is_in(m + 2, REGION_NOUNS)
        // (A second apposition after them makes the two words a region:
        // "the mayor of Cancun, Quintana Roo, Ana Paty Peralta".)
        && !(s.is_p(m + 3, ",") && s.is_cap(m + 4)))
    .then_some(m)
}

/// Compass words that make two capitalized words a region, not a name
/// ("Western Ukraine", "South Korea"), for [`of_place_before_name`] and
/// the name in apposition of resolution.
pub(crate) const COMPASS: &[&str] = &[
    "western", "eastern", "northern", "southern", "central", "north", "south", "east", "west",
];

/// Nouns that end a region's name ("Kyiv Oblast", "Donetsk Region"), for
/// [`of_place_before_name`] and the name in apposition of resolution.
pub(crate) const REGION_NOUNS: &[&str] = &[
    "oblast", "region", "province", "county", "district", "state", "republic",
];

/// Whether token `k`, right after a common-noun head of [`forward`], is a
/// lowercase word of letters that modifies a lowercase speaker noun
/// right after it ("according to the state \[news\] agency"): no
/// function word, pronoun ("an interview \[his\] brother gave", "voters
/// \[he'd\] force"), auxiliary, past or -ing form ("the minister
/// \[stood\] firm", "the agency \[citing\] officials"), nor an -s form
/// outside a few nouns ("news", "sports").
fn compound_modifier(s: &Sent, lx: &Lexicon, k: usize) -> bool {
    // (Nouns in -s that modify a noun; any other -s word may be a verb:
    // "the ministry \[backs\] farmers".)
    const PLURAL_MODIFIERS: &[&str] = &[
        "news",
        "sports",
        "arms",
        "sales",
        "affairs",
        "customs",
        "communications",
        "operations",
        "statistics",
        "rights",
        "savings",
    ];
    // (The tokens' bits first, the bytes last.)
    k + 1 < s.len()
        && s.is_word(k)
        && !s.is_cap(k)
        && s.is_word(k + 1)
        && !s.is_cap(k + 1)
        && !s.is_stop(k)
        && !s.is_det(k)
        && !s.is_pronoun(k)
        && !s.is_aux_like(k)
        && s.bytes(k)
            .iter()
            .all(|b| b.is_ascii_lowercase() || *b == b'-')
        && !s.bytes(k).ends_with(b"ed")
        && !s.bytes(k).ends_with(b"ing")
        && (!s.bytes(k).ends_with(b"s") || s.is_in(k, PLURAL_MODIFIERS))
        && !s.is_in(k, super::rules::IRREGULAR_PASTS)
        && s.cue_word(lx, k).is_none()
        && s.speaker_noun(lx, k + 1).is_some()
}

/// Where the full name starts after a lowercase role phrase in "of" at
/// token `k` ("of" after one or two lowercase words from `j`, then one or
/// two lowercase nouns, then two capitalized words).
fn of_role_name(s: &Sent, k: usize, j: usize) -> Option<usize> {
    let n = s.len();
    if !(s.is_in(k, OF) && k > j && k <= j + 2) {
        return None;
    }
    let lower = |i: usize| {
        i < n
            && s.is_word(i)
            && !s.is_cap(i)
            && !s.is_stop(i)
            && s.w(i).chars().all(char::is_alphabetic)
    };
    if !(j..k).all(lower) {
        return None;
    }
    let name = (k + 2..n.min(k + 4)).find(|&i| !lower(i))?;
    let cap = |i: usize| i < n && s.is_word(i) && s.is_cap(i) && !s.is_stop(i);
    // The name ends the phrase ("Latin American artists" is no name).
    let goes_on =
        name + 2 < n && s.is_word(name + 2) && !s.is_cap(name + 2) && !s.is_stop(name + 2);
    ((k + 1..name).all(lower) && cap(name) && cap(name + 1) && !goes_on).then_some(name)
}

/// Whether token `i` is a title word that may open a name.
pub fn is_title(s: &Sent, i: usize) -> bool {
    s.is_in(i, TITLES)
}

/// Plural quantifiers and demonstratives that open a plain subject.
const PLURAL_DETS_WORDS: &[&str] = &[
    "several", "many", "some", "most", "few", "both", "all", "these", "those", "other", "two",
    "three",
];

/// [`PLURAL_DETS_WORDS`] as a [`WordSet`] bit.
pub(crate) const PLURAL_DETS: WordSet = WordSet::new(105, PLURAL_DETS_WORDS);

/// Cue forms of inference, whose subject may be an event or a thing
/// (`subject_np`'s owner after an article), matched as whole words (not
/// "meanwhile", "implored").
const INFERENCE_CUES: &[&str] = &[
    "signal",
    "signals",
    "signaled",
    "signalled",
    "signaling",
    "signalling",
    "suggest",
    "suggests",
    "suggested",
    "suggesting",
    "show",
    "shows",
    "showed",
    "shown",
    "showing",
    "indicate",
    "indicates",
    "indicated",
    "indicating",
    "mean",
    "means",
    "meant",
    "reflect",
    "reflects",
    "reflected",
    "reflecting",
    "underscore",
    "underscores",
    "underscored",
    "underscoring",
    "highlight",
    "highlights",
    "highlighted",
    "highlighting",
    "demonstrate",
    "demonstrates",
    "demonstrated",
    "demonstrating",
    "prove",
    "proves",
    "proved",
    "proven",
    "proving",
    "imply",
    "implies",
    "implied",
    "implying",
    "hint",
    "hints",
    "hinted",
    "hinting",
    "point",
    "points",
    "pointed",
    "pointing",
];

/// Finite forms of the verbs of inference of [`INFERENCE_CUES`] that
/// stand between a thing subject and the subject of its that-less clause
/// ("Spending shows voters want change", "The poll suggested Democrats
/// fear ..."): never a modifier of a speaker noun.
const INFERENCE_FINITE: &[&str] = &[
    "shows",
    "showed",
    "suggests",
    "suggested",
    "indicates",
    "indicated",
    "signals",
    "signaled",
    "signalled",
    "means",
    "meant",
    "proves",
    "proved",
    "implies",
    "implied",
    "demonstrates",
    "demonstrated",
];

/// Base forms of [`INFERENCE_FINITE`]'s verbs: finite after a plural
/// subject ("Leaked emails show \[staff\] favored the plan"), a noun's
/// modifier after a singular one ("talk show host").
const INFERENCE_BASE: &[&str] = &[
    "show",
    "suggest",
    "indicate",
    "signal",
    "mean",
    "prove",
    "imply",
    "demonstrate",
];

/// Whether the lowercase word at token `k`, a modifier candidate of a
/// common-noun head before `cue`, is the finite verb of inference of a
/// thing subject ([`INFERENCE_FINITE`], not right after a determiner, or
/// a base form of [`INFERENCE_BASE`] after [`plural_thing_subject`] that
/// is no compound's modifier, [`base_form_modifier`]): the speaker phrase
/// must not run over it ("Spending shows \[voters\] want change" gives no
/// speaker "Spending shows voters"; "Polls show \[voters\] want"). The
/// first letter is asked first (every listed form opens with s, i, m, p
/// or d), then the lists.
fn inference_verb(s: &Sent, lo: usize, k: usize, cue: usize) -> bool {
    k > lo
        && matches!(s.bytes(k).first(), Some(b's' | b'i' | b'm' | b'p' | b'd'))
        && !s.is_det(k - 1)
        && (s.is_in(k, INFERENCE_FINITE)
            || s.is_in(k, INFERENCE_BASE)
                && plural_thing_subject(s, lo, k - 1)
                && !base_form_modifier(s, k, cue))
}

/// Verbs of saying and telling that a compound "X show host" or "X show
/// organizers" may be the subject of ([`base_form_modifier`]).
const SAY_TELL: &[&str] = &["said", "says", "told", "tells"];

/// Whether the base form of inference at token `k` is a compound's
/// modifier ("The fireworks show organizers said", "The kids show host
/// says"): one lowercase noun follows it and then the cue itself, a verb
/// of [`SAY_TELL`], and that cue is a past (a present base form seldom
/// has its object's verb in the past: "show organizers said") or that
/// noun has no plural -s (a plural object before a present cue stays a
/// clause: "Polls show \[voters\] say they want change"). Other cues
/// keep the clause ("Leaked emails show \[staff\] favored the plan").
fn base_form_modifier(s: &Sent, k: usize, cue: usize) -> bool {
    k + 2 == cue
        && s.is_word(k + 1)
        && !s.is_cap(k + 1)
        && s.is_in(cue, SAY_TELL)
        && (!plural_s(s.bytes(k + 1)) || s.is_in(cue, &["said", "told"]))
}

/// Whether token `p` before a base form of inference is a plural subject
/// of it: a word in -s (not -ss, [`plural_s`]), lowercase or the clause's
/// first word ("Leaked emails \[show\]", "Polls \[show\]"; a capital
/// inside the phrase is a name's: "The Oscars show producers").
fn plural_thing_subject(s: &Sent, lo: usize, p: usize) -> bool {
    s.is_word(p) && plural_s(s.bytes(p)) && (p == lo || !s.is_cap(p))
}

/// Whether the lowercase head candidate at token `k` of [`subject_np`]
/// is a past cue form not right after a determiner: a verb, the clause's
/// own, and the phrase before the row's cue noun is no subject ("The
/// union denied \[claims\] it ...": no speaker "The union denied"; "The
/// accused claims", and after a number, "The five accused told", "The 12
/// accused said", keep the past as the head).
fn past_cue_form(s: &Sent, lx: &Lexicon, lo: usize, k: usize) -> bool {
    k > lo
        && !s.is_det(k - 1)
        && !s.is_numeric(k - 1)
        && matches!(s.cue_word(lx, k), Some((_, crate::lexicon::Form::Past)))
        && is_cue_word(s, lx, k)
}

/// A plain subject "Det (modifier)* noun" with an unlisted lowercase head
/// ("The airline"), accepted only at the start of a clause.
fn subject_np(s: &Sent, lx: &Lexicon, lo: usize, head: usize) -> Option<Np> {
    if !s.is_word(head)
        || s.is_cap(head)
        || s.is_stop(head)
        || s.is_pronoun(head)
        || past_cue_form(s, lx, lo, head)
    {
        return None;
    }
    let mut a = head;
    while a > lo && head - a < 3 {
        let k = a - 1;
        // "Several elders", "Many prominent GOP elders", "Those greens": a
        // plural quantifier or demonstrative before a plural head, with no
        // plural or participle among its modifiers ("Many carried
        // placards", "some voters wore T-shirts" are clauses).
        let plural_det = s.is_in(k, PLURAL_DETS)
            && plural_s(s.bytes(head))
            && (k + 1..head).all(|i| {
                s.is_cap(i)
                    || !(s.bytes(i).ends_with(b"s")
                        || s.bytes(i).ends_with(b"ed")
                        || s.bytes(i).ends_with(b"ing"))
            });
        if s.is_in(k, POSS_DETS) || s.is_in(k, &["another"]) && k + 1 == head || plural_det {
            let clause_start = k == lo
                || s.is_punct(k - 1)
                || s.is_in(k - 1, W_AND_BUT_THAT)
                || partitive(s, lo, k) < k;
            if let Some(p) = pp_head(s, lx, lo, k).filter(|_| !clause_start) {
                return Some(Np { a: p, b: head + 1 });
            }
            return clause_start.then_some(Np { a: k, b: head + 1 });
        }
        // "Poland's chief tester": a capitalized owner; "The IMF's
        // director-general", "The company's treasurer": an owner after an
        // article, capitalized or not (as "The treasurer" alone), before a
        // cue that is no inference ([`INFERENCE_CUES`]: "The bill's passage
        // signaled ...", "The market's reaction suggested ..." name an
        // event, no speaker).
        let article_owner = k > lo + 1
            && s.is_in(k - 2, ARTICLES)
            && !(head + 1 < s.len() && s.is_in(head + 1, INFERENCE_CUES));
        if s.is_poss(k)
            && k > lo
            && s.is_word(k - 1)
            && (s.is_cap(k - 1) && !(k > lo + 1 && s.is_in(k - 2, ARTICLES))
                || article_owner && !s.is_stop(k - 1))
        {
            let o = if k > lo + 1 && s.is_in(k - 2, ARTICLES) {
                k - 2
            } else {
                k - 1
            };
            let clause_start = o == lo || s.is_punct(o - 1) || s.is_in(o - 1, W_AND_BUT_THAT);
            return clause_start.then_some(Np { a: o, b: head + 1 });
        }
        if !s.is_word(k) || s.is_stop(k) {
            return None;
        }
        a = k;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_once_hyphen_is_split_once() {
        for w in [
            "",
            "-",
            "two-thirds",
            "one-and-a-half",
            "half",
            "x-",
            "-y",
            "née-Müller",
        ] {
            assert_eq!(split_once_hyphen(w), w.split_once('-'), "{w:?}");
        }
    }

    /// `is_cue_word` (the scan only for a one-word cue form) as the scan
    /// alone at every token of every sentence of the real texts and of
    /// built ones (cue forms in capitals, hyphenated, possessive, inside
    /// other words, adjective cues after a copula and without).
    #[test]
    fn is_cue_word_as_the_scan() {
        let lx = Lexicon::default_data().unwrap();
        let mut texts = crate::attribution::rules::real_texts();
        texts.push(
            "SAID Said said-so e-mailed re-said unsaid says. Told, tell's \"told\" warned! \
             He was optimistic. The optimistic voters doubt. Claims claimed claiming \
             according to said\u{2019}s déclaré saidx xsaid said2 announce-ment"
                .to_string(),
        );
        let (mut asked, mut yes) = (0, 0);
        for text in texts {
            crate::attribution::rules::for_each_sentence(&text, &lx, |s, _, _| {
                for i in 0..s.len() {
                    let want = is_cue_word_scanned(s, &lx, i);
                    assert_eq!(is_cue_word(s, &lx, i), want, "{:?} in {:?}", s.w(i), s.text);
                    asked += 1;
                    yes += usize::from(want);
                }
            });
        }
        assert!(asked > 50_000 && yes > 1_000, "{asked} {yes}");
    }

    /// `ly_adverb` (its ending first, read before the length test) agrees
    /// with the plain test (a lowercase word of five bytes or more ending
    /// in "ly", none of `LY_NOT_ADVERBS`) at every token of every sentence of the real texts and of
    /// short tokens at the text's start, and past the last token.
    #[test]
    fn ly_adverb_as_the_plain_test() {
        let lx = Lexicon::default_data().unwrap();
        let mut texts = crate::attribution::rules::real_texts();
        texts.push("ly. y ly fly Only only deeply Deeply re-ly \"early\" X.ly".to_string());
        texts.push("l".to_string());
        let (mut asked, mut yes) = (0, 0);
        for text in texts {
            crate::attribution::rules::for_each_sentence(&text, &lx, |s, _, _| {
                for i in 0..s.len() + 2 {
                    let plain = s.is_word(i)
                        && !s.is_cap(i)
                        && s.bytes(i).len() > 4
                        && s.bytes(i).ends_with(b"ly")
                        && !LY_NOT_ADVERBS.contains(&s.w(i).to_ascii_lowercase().as_str());
                    assert_eq!(
                        ly_adverb(s, i),
                        plain,
                        "{:?}",
                        s.toks.get(i).map(|_| s.w(i))
                    );
                    asked += 1;
                    yes += usize::from(plain);
                }
            });
        }
        assert!(asked > 50_000 && yes > 30, "{asked} {yes}");
    }

    /// Every word of `LY_NOT_ADVERBS` is one that `ly_adverb` would take
    /// but for the list: lowercase, five bytes or more, in "-ly" (a word in
    /// "-ies", "supplies", never reaches the list), of the shape for which
    /// it searches the list (`ly_noun_shape`).
    #[test]
    fn ly_not_adverbs_are_all_ly_words() {
        for w in LY_NOT_ADVERBS {
            assert!(
                w.len() > 4 && w.ends_with("ly") && !w.bytes().any(|b| b.is_ascii_uppercase()),
                "{w}"
            );
            // (`ly_adverb` searches the list only for words of this shape.)
            assert!(ly_noun_shape(w.as_bytes(), 0, w.len()), "{w}");
        }
    }

    /// The head tests by the class bits (`head_class`) answer as the tests
    /// themselves (`head_class_asked`) and as the phrase search's tests
    /// before them (a pronoun; a capitalized word that is no function
    /// word or ends a name; a speaker noun; the head's case and noun type)
    /// for every token of the real texts and of built sentences
    /// (capitalized function words, joined, long and curly words, words in
    /// capitals), with the lexicon's table and without it.
    #[test]
    fn head_class_as_the_tests() {
        use crate::lexicon::NounType;
        let lx = Lexicon::default_data().unwrap();
        let mut texts = crate::attribution::rules::real_texts();
        let built = "Theresa May said it. Yin Myint May said so. Instead, Will called for it. \
                     Will Smith said. \"Will voters agree?\" The U.S. co-chairs said so. \
                     Counterintelligence officials and internationalization experts \
                     agreed. It\u{2019}s what they\u{2019}d said. DEMOCRATS say so. \
                     Spokeswomen, the Secretary-General and the spokesman said. She, \
                     he and I said. Young Republicans, Long and Rice said. The \
                     Spokesperson-designate, two Senators and many Democrats agreed.";
        texts.push(built.to_string());
        // Every word of the default lexicon's forms and nouns in three
        // cases: every noun's bits in the table.
        texts.push(crate::attribution::sent::tests::lexicon_words());
        let (mut told, mut asked, mut heads, mut persons) = (0, 0, 0, 0);
        let mut check = |s: &Sent| {
            for i in 0..=s.len() {
                let noun = |i| s.speaker_noun(&lx, i);
                let ok = s.is_pronoun(i)
                    || s.is_word(i)
                        && (s.is_cap(i) && (!s.is_stop(i) || name_end(s, i)) || noun(i).is_some());
                let class = head_class(s, &lx, i);
                assert_eq!(class, head_class_asked(s, &lx, i), "{:?} {i}", s.text);
                assert_eq!(class & HEAD_OK != 0, ok, "{:?} {i}", s.text);
                if ok {
                    let pronoun = s.is_pronoun(i);
                    assert_eq!(class & HEAD_PRONOUN != 0, pronoun);
                    if !pronoun {
                        assert_eq!(class & HEAD_LOWER != 0, !s.is_cap(i));
                        let person = noun(i) == Some(NounType::Person);
                        assert_eq!(class & HEAD_PERSON != 0, person);
                        persons += usize::from(person);
                    }
                } else {
                    assert_eq!(class, 0);
                }
                heads += usize::from(ok);
                told += usize::from(s.head_bits(i) & HEAD_ASK == 0);
                asked += usize::from(s.head_bits(i) & HEAD_ASK != 0);
            }
        };
        for text in &texts {
            crate::attribution::rules::for_each_sentence(text, &lx, |s, _, _| check(s));
        }
        // Without the lexicon's table: no noun type in the bits.
        for text in texts.iter().take(50).chain([&built.to_string()]) {
            check(&Sent::new(text, (0, text.len())));
        }
        assert!(
            told > 50_000 && asked > 10_000 && heads > 10_000 && persons > 1_000,
            "{told} {asked} {heads} {persons}"
        );
    }

    /// The phrase search finds the same phrase with and without going to
    /// the head tests at once after a word none of its steps up to the
    /// appositions reads (`no_step_before_cue`) and at a plain last token
    /// (`plain_end`), at every token of every
    /// sentence of the rule examples, corpora and golden inputs, from the
    /// first two clause starts, and of sentences built to hit each step.
    #[test]
    fn phrase_as_with_every_step_before_the_cue() {
        let lx = Lexicon::default_data().unwrap();
        let mut texts = crate::attribution::rules::real_texts();
        texts.push(
            "Trump on Twitter said it. Officials there say so. Sanders on Saturday criticized \
             it. A poll last week found it. He is backing it. She was very worried that it \
             failed. Sen. Heidi Heitkamp (D-N.D.) said so. Maria Lopez, a spokeswoman for the \
             county, said it. Joe Scarborough, host of MSNBC's \"Morning Joe,\" suggested it. \
             He has since stressed it. They all said so. He isn't saying. She continued to \
             insist. The poll has, however, revealed it. Those polled say so. 42% say so. \
             Most of them said it. He deeply regrets it. Democrats \u{2014} and some \
             Republicans \u{2014} say so. X, who lost, said it. Some agreed, while another \
             says no. One in five say so. Voters surveyed said it. He is a fervent \
             supporter of it. Supporters of it say so. Critics said so."
                .to_string(),
        );
        let (mut asked, mut quick_taken, mut found, mut plain_ends) = (0, 0, 0, 0);
        for text in texts {
            crate::attribution::rules::for_each_sentence(&text, &lx, |s, _, span| {
                for lo in 0..2.min(s.len()) {
                    for cue in lo..s.len() {
                        let quick = backward_phrase_with(s, &lx, cue, lo, true);
                        assert_eq!(
                            quick,
                            backward_phrase_with(s, &lx, cue, lo, false),
                            "{:?} cue {cue} lo {lo}",
                            &text[span.0..span.1]
                        );
                        asked += 1;
                        // (The entry's test as its plain `&&` form, which the
                        // `&` of its code must keep: the quick and full
                        // searches above agree either way.)
                        let no_step = no_step_before_cue(s, lo, cue);
                        assert_eq!(
                            no_step,
                            cue > lo
                                && cue < s.len()
                                && !s.is_in(cue, PREDICATE_NOUNS)
                                && s.is_word(cue - 1)
                                && !s.in_sets(cue - 1, BEFORE_CUE_STEPS)
                                && !ly_adverb(s, cue - 1)
                        );
                        quick_taken += usize::from(no_step);
                        found += usize::from(quick.is_some());
                        plain_ends += usize::from(cue > lo && plain_end(s, cue - 1));
                    }
                }
            });
        }
        assert!(
            asked > 100_000 && quick_taken > 10_000 && found > 10_000 && plain_ends > 10_000,
            "{asked} {quick_taken} {found} {plain_ends}"
        );
    }

    /// The quick pass over plain words in the walk back of
    /// `noun_pp_subject` finds what every step's own tests find, for every
    /// cue position and clause start of sentences with prepositional
    /// subjects, names joined by "and", pronouns, relatives and commas.
    #[test]
    fn noun_pp_subject_as_without_the_quick_pass() {
        let lx = Lexicon::default_data().unwrap();
        let mut found = 0;
        for t in [
            "A study by the liberal watchdog group Media Matters found that it was wrong.",
            "A survey by the AP and NORC Center for Public Affairs Research found most agree.",
            "Majorities of Democrats in five states going to the polls Tuesday say they will.",
            "But most in both states, who voted, supported him and some of them said it.",
            "Supporters of the $40 million project argue 52% of residents in the city want it.",
            "When he left, the head of the union at the plant is saying that a number of workers said.",
            "",
        ] {
            let s = Sent::new(t, (0, t.len()));
            for lo in [0, 1, 3] {
                for cue in lo..s.len() {
                    let quick = noun_pp_subject_with(&s, &lx, cue, lo, true);
                    found += usize::from(quick.is_some());
                    assert_eq!(
                        quick,
                        noun_pp_subject_with(&s, &lx, cue, lo, false),
                        "{t:?} cue {cue} lo {lo}"
                    );
                }
            }
        }
        assert!(found > 3, "{found}");
    }

    /// Where `pp_walk_passes` fails at a token, `noun_pp_subject` finds no
    /// phrase that starts at or before it and ends after it, for every cue position, clause
    /// start and token before the cue of real texts and of sentences with
    /// prepositional subjects, names joined by "and", pronouns and
    /// relatives: `backward_from` may keep the search's phrase there
    /// without the walk.
    #[test]
    fn pp_walk_passes_bounds_noun_pp_subject() {
        let lx = Lexicon::default_data().unwrap();
        let mut texts = crate::attribution::rules::real_texts();
        texts.push(
            "A study by the liberal watchdog group Media Matters found it. A survey by the AP \
             and NORC Center for Public Affairs Research found it. Officials who said it left. \
             He and Trump said so. Most of whom said it. Supporters of the plan say so. The \
             head of the union and the chief of police said so. It was what critics of it said."
                .to_string(),
        );
        let (mut turned_down, mut found) = (0, 0);
        for text in texts {
            crate::attribution::rules::for_each_sentence(&text, &lx, |s, _, span| {
                for lo in 0..2.min(s.len()) {
                    for cue in lo + 1..s.len() {
                        let np = noun_pp_subject(s, &lx, cue, lo);
                        found += usize::from(np.is_some());
                        for i in lo..cue {
                            if s.is_punct(i) || pp_walk_passes(s, i) {
                                continue;
                            }
                            turned_down += 1;
                            assert!(
                                np.is_none_or(|np| np.a > i || np.b <= i),
                                "{:?} cue {cue} lo {lo} at {i}",
                                &text[span.0..span.1]
                            );
                        }
                    }
                }
            });
        }
        assert!(turned_down > 10_000 && found > 100, "{turned_down} {found}");
    }

    /// Where `copula_may_precede` fails, `copula_before` finds nothing,
    /// at every cue position and clause start of sentences with copulas,
    /// degree and -ly adverbs, state participles and adjective cues.
    #[test]
    fn copula_before_only_where_it_may_precede() {
        let lx = Lexicon::default_data().unwrap();
        let mut found = 0;
        for t in [
            "He was very worried that she remained deeply skeptical and seemed confident.",
            "They are so increasingly concerned, she felt sure and became convinced it was.",
            "Smith is confident, the mayor was not really certain and we remain hopeful.",
            "Officials have been extremely clear that it is likely, and he said it was feared.",
            "",
        ] {
            let s = Sent::new(t, (0, t.len()));
            for lo in [0, 1, 3] {
                for cue in lo..s.len() {
                    let c = copula_before(&s, &lx, lo, cue);
                    found += usize::from(c.is_some());
                    if !copula_may_precede(&s, lo, cue) {
                        assert_eq!(c, None, "{t:?} cue {cue} lo {lo}");
                    }
                }
            }
        }
        assert!(found > 3, "{found}");
    }

    /// Where `pp_may_precede` fails, `pp_head` finds nothing, at every
    /// token and clause start of sentences with speaker nouns, titles and
    /// prepositional phrases, also after "familiar with" or "close to".
    #[test]
    fn pp_head_only_where_it_may_precede() {
        let lx = Lexicon::default_data().unwrap();
        let mut found = 0;
        for t in [
            "A spokeswoman for YouTube said officials at the Pentagon and a survey by the group in March agree.",
            "A source familiar with the talks, people close to the campaign and officials briefed on the plan said.",
            "When a member of the family suggested it, the secretary of state said the director of the FBI knew.",
            "",
        ] {
            let s = Sent::new(t, (0, t.len()));
            for lo in [0, 1, 3] {
                for a in lo..=s.len() {
                    let p = pp_head_walk(&s, &lx, lo, a);
                    found += usize::from(p.is_some());
                    if !pp_may_precede(&s, lo, a) {
                        assert_eq!(p, None, "{t:?} a {a} lo {lo}");
                    }
                }
            }
        }
        assert!(found > 3, "{found}");
    }

    /// A possessive owner with its determiner before an "X of Y" role
    /// ahead of an apposition: the whole role from [`backward`]; the
    /// owner alone (the word before "'s") left the phrase no clause start.
    #[test]
    fn an_owner_before_an_of_role_and_an_apposition() {
        let lx = Lexicon::default_data().unwrap();
        for (t, want) in [
            (
                "The mayor's chief of staff, Dana Whitfield, said it.",
                "The mayor's chief of staff",
            ),
            (
                "Mayor Adams's chief of staff, Dana Whitfield, said it.",
                "Mayor Adams's chief of staff",
            ),
            (
                "The Chicago mayor's chief of staff, Ana Cruz, said it.",
                "The Chicago mayor's chief of staff",
            ),
            (
                "His boss's head of security, Mark Dunn, said it.",
                "His boss's head of security",
            ),
            (
                "The mayor's director of public affairs, Dana Whitfield, said it.",
                "The mayor's director of public affairs",
            ),
            (
                "The governor's director of communications, Dana Whitfield, said it.",
                "The governor's director of communications",
            ),
            (
                "The director of communications, Dana Whitfield, said it.",
                "The director of communications",
            ),
            (
                "Her chief of staff, Dana Whitfield, said it.",
                "Her chief of staff",
            ),
        ] {
            let s = Sent::new(t, (0, t.len()));
            let cue = (0..s.len()).find(|&i| s.w(i) == "said").unwrap();
            let np = backward(&s, &lx, cue, 0).unwrap_or(Np { a: 0, b: 0 });
            let got = if np.b > np.a {
                &t[s.toks[np.a].start..s.toks[np.b - 1].end]
            } else {
                ""
            };
            assert_eq!(got, want, "{t:?}");
        }
    }

    /// Where `partitive_may_precede` fails, `partitive` keeps the phrase
    /// start, at every token and clause start of sentences with partitives,
    /// "half" with and without "of", and capitalized "Half".
    #[test]
    fn partitive_only_where_it_may_precede() {
        let mut found = 0;
        for t in [
            "Half the voters, 52 percent of voters and many of his supporters said half a dozen.",
            "More than half the senators, nearly half his supporters and most of them agree.",
            "Half of Americans, two-thirds of Democrats and some of the 12 officials said.",
            "",
        ] {
            let s = Sent::new(t, (0, t.len()));
            for lo in [0, 1, 3] {
                for a in lo..=s.len() {
                    let p = partitive_walk(&s, lo, a);
                    found += usize::from(p != a);
                    if !partitive_may_precede(&s, lo, a) {
                        assert_eq!(p, a, "{t:?} a {a} lo {lo}");
                    }
                }
            }
        }
        assert!(found > 3, "{found}");
    }

    /// The quick turn-down of a plain word head in `quantity` agrees with
    /// every kind's own tests, at every token of sentences full of
    /// quantities, numbers, fractions and plain words.
    #[test]
    fn quantity_as_without_the_quick_exit() {
        for t in [
            "About 52 percent of voters say 42% of them, many, most and a majority agree.",
            "One in five said, nine of 10 said, no one knows, 43 said and 21,000 said.",
            "Two-thirds of Americans, three-quarters, one-fifth and Seventy-five reporters said.",
            "A 54% majority, as many as 40 percent, at least 12 people and up to half said.",
            "Smith, the well-known long-serving senator, and Müller-Lüdenscheidt said 2016.",
            "",
        ] {
            let s = Sent::new(t, (0, t.len()));
            for lo in [0, 2] {
                for head in lo..s.len() {
                    assert_eq!(
                        quantity_with(&s, lo, head, true),
                        quantity_with(&s, lo, head, false),
                        "{t:?} head {head}"
                    );
                }
            }
        }
    }

    /// "then-Gov" + "." before a capitalized word is one title word of the
    /// speaker phrase, read forward and back; not a stop after a word that
    /// is no hyphenated title abbreviation, nor one that ends the phrase.
    #[test]
    fn a_hyphenated_title_abbreviation_takes_its_stop() {
        let lx = Lexicon::default_data().unwrap();
        let span = |s: &Sent, np: Option<Np>| {
            np.map(|np| {
                let (a, b) = (s.toks[np.a].start, s.toks[np.b - 1].end);
                s.text[a..b].to_string()
            })
        };
        for (t, at, want) in [
            (
                "He won, said then-Gov. Paul Sherwood.",
                "said",
                "then-Gov. Paul Sherwood",
            ),
            ("He won, said ex-Sen. Lee Fox.", "said", "ex-Sen. Lee Fox"),
            ("He won, said then-Gov.", "said", "then-Gov"),
            // A title to be: "-elect" after the stop.
            (
                "He won, said then-Sen.-elect Lee Fox.",
                "said",
                "then-Sen.-elect Lee Fox",
            ),
        ] {
            let s = Sent::new(t, (0, t.len()));
            let i = (0..s.len()).find(|&i| s.bytes(i) == at.as_bytes()).unwrap() + 1;
            assert_eq!(span(&s, forward(&s, &lx, i)).as_deref(), Some(want), "{t}");
        }
        for (t, want) in [
            ("Then-Sen. Barack Obama said it.", "Then-Sen. Barack Obama"),
            (
                "then-Gov. Paul Sherwood said it.",
                "then-Gov. Paul Sherwood",
            ),
            // The walk goes on before the title ("An aide to [then-Pres.
            // ...]" is the long subject's), a title with no name is the
            // head, and a title to be is one title word.
            (
                "An aide to then-Pres. Paul Sherwood said it.",
                "then-Pres. Paul Sherwood",
            ),
            (
                "A spokesman for then-Gov. Paul Sherwood said it.",
                "A spokesman for then-Gov. Paul Sherwood",
            ),
            ("The then-Gov. said it.", "The then-Gov."),
            (
                "Then-Sen.-elect Lee Fox said it.",
                "Then-Sen.-elect Lee Fox",
            ),
            ("The Sen.-elect said it.", "The Sen.-elect"),
        ] {
            let s = Sent::new(t, (0, t.len()));
            let cue = (0..s.len()).find(|&i| s.bytes(i) == b"said").unwrap();
            assert_eq!(
                span(&s, backward(&s, &lx, cue, 0)).as_deref(),
                Some(want),
                "{t}"
            );
        }
        let t = "It was long-gov. Paul Sherwood said it.";
        let s = Sent::new(t, (0, t.len()));
        assert!(!(0..s.len()).any(|k| hyphen_title_stop(&s, k)), "{t}");
        // No title: a stop after a hyphenated word that is none, nor an
        // "-elect" after another stop.
        for t in ["The long-gov. said it.", "The then-Gov. -elect said it."] {
            let s = Sent::new(t, (0, t.len()));
            assert!(!(0..s.len()).any(|k| elect_after_stop(&s, k)), "{t}");
        }
        let t = "The long-gov. said it.";
        let s = Sent::new(t, (0, t.len()));
        assert!(!(0..s.len()).any(|k| hyphen_title_end(&s, k)), "{t}");
    }

    /// A title in capitals after one or two capitalized words opening the
    /// clause takes its "of" phrase and the name ("Managing Director of
    /// the IMF X"); a lowercase owner takes one or two modifiers after its
    /// determiner ("The school district's director of transportation").
    /// Not after a function word ("The Bank of England"), nor past a
    /// clause's verb.
    #[test]
    fn capitalized_titles_and_modified_owners_before_the_role() {
        let lx = Lexicon::default_data().unwrap();
        for (t, want) in [
            (
                "Managing Director of the IMF Ines Brandt said it.",
                Some("Managing Director of the IMF Ines Brandt"),
            ),
            (
                "On Monday, Deputy Director of the Bureau Ines Brandt said it.",
                Some("Deputy Director of the Bureau Ines Brandt"),
            ),
            (
                "The school district's director of transportation, Lee Park, said it.",
                Some("The school district's director of transportation"),
            ),
            (
                "The county health department's director of nursing, Lee Park, said it.",
                Some("The county health department's director of nursing"),
            ),
            (
                "The Bank of Northland Governor Lee Park said it.",
                Some("The Bank of Northland Governor Lee Park"),
            ),
            (
                "He praised the school district's director of transportation, Lee Park, said it.",
                Some("Lee Park"),
            ),
        ] {
            let s = Sent::new(t, (0, t.len()));
            let cue = (0..s.len()).find(|&i| s.bytes(i) == b"said").unwrap();
            let got =
                backward(&s, &lx, cue, 0).map(|np| &t[s.toks[np.a].start..s.toks[np.b - 1].end]);
            assert_eq!(got, want, "{t}");
        }
    }

    /// The verb `catenative` hands the infinitive's subject to, at the
    /// last "to" of `t`.
    fn purpose_verb(t: &str) -> Option<String> {
        let s = Sent::new(t, (0, t.len()));
        let to = (0..s.len()).rev().find(|&i| s.bytes(i) == b"to")?;
        catenative(&s, 0, to).map(|k| String::from_utf8_lossy(s.bytes(k)).into_owned())
    }

    /// `speech_purpose`: a purpose infinitive of reporting with a clause
    /// for content after a lowercase verb of a public act, the window
    /// crossing no other verb; not the sports and official senses of
    /// "claim/deny/declare" with a noun phrase (rv135 F1-F3).
    #[test]
    fn speech_purpose_needs_a_clause_and_a_clean_window() {
        for (t, want) in [
            (
                "The mayor tweeted on Friday to say he had never backed the plan.",
                Some("tweeted"),
            ),
            (
                "The senator rose on the Senate floor to warn that the bill would fail.",
                Some("rose"),
            ),
            (
                "The president paused during the speech to say that he had no regrets.",
                Some("paused"),
            ),
            (
                "The chief held a news conference in Rome to announce that two men were held.",
                Some("held"),
            ),
            (
                "The coach stood on the sideline to explain why he had benched him.",
                Some("stood"),
            ),
            (
                "The mayor stopped outside City Hall to tell reporters he would not resign.",
                Some("stopped"),
            ),
            (
                "Chelsea held on to claim a 2-1 victory over Arsenal on Saturday.",
                None,
            ),
            ("The Jamaican rose to claim gold in the 200 metres.", None),
            (
                "Alisson stood tall to deny Kane in the closing minutes.",
                None,
            ),
            (
                "The government issued a decree to declare a state of emergency.",
                None,
            ),
            (
                "The senator wrote a letter asking the minister to explain why the funds were cut.",
                None,
            ),
            (
                "The ministry released guidance allowing doctors to confirm that patients died.",
                None,
            ),
            ("Pete Rose to say he regrets nothing.", None),
            (
                "The general held the town for three weeks to insist that the terms be met.",
                None,
            ),
            ("The actress took the podium to thank her parents.", None),
        ] {
            assert_eq!(purpose_verb(t).as_deref(), want, "{t}");
        }
    }

    /// The speaker [`backward`] finds from the clause start before the
    /// first token `cue` of the first sentence of `text`.
    fn speaker_before(lx: &Lexicon, text: &str, cue: &str) -> Option<String> {
        let mut out = None;
        let mut done = false;
        crate::attribution::rules::for_each_sentence(text, lx, |s, _, _| {
            if done {
                return;
            }
            done = true;
            let c = (0..s.len()).find(|&i| s.w(i) == cue).expect("cue in text");
            out = backward(s, lx, c, 0)
                .map(|np| s.text[s.toks[np.a].start..s.toks[np.b - 1].end].to_string());
        });
        out
    }

    /// `adjuncts_back`: stacked adjuncts between a subject and its cue,
    /// with the adverbs the walk back skips before each (also, again, has,
    /// an -ly adverb), "earlier this week", "there" after a time phrase;
    /// a capitalized auxiliary or adverb after a capitalized word is the
    /// end of a name ("Linh Do", "Emre Can", "Tom Still"), in the walk
    /// back's first skip and after an adjunct, but not in title case.
    #[test]
    fn adjuncts_back_speakers() {
        let lx = Lexicon::default_data().unwrap();
        for (text, cue, want) in [
            (
                "The ministry earlier on Thursday said it.",
                "said",
                "The ministry",
            ),
            (
                "The ministry also on Friday said it.",
                "said",
                "The ministry",
            ),
            (
                "The coach again on Sunday insisted it.",
                "insisted",
                "The coach",
            ),
            (
                "The bank has also in a statement said it.",
                "said",
                "The bank",
            ),
            (
                "The company quietly on Friday said it.",
                "said",
                "The company",
            ),
            (
                "The court earlier this week ruled it.",
                "ruled",
                "The court",
            ),
            (
                "The ministry earlier this week said it.",
                "said",
                "The ministry",
            ),
            (
                "Officials there earlier on Friday said it.",
                "said",
                "Officials",
            ),
            ("The army late on Sunday night said it.", "said", "The army"),
            ("Linh Do on Tuesday said it.", "said", "Linh Do"),
            (
                "Midfielder Emre Can on Sunday said it.",
                "said",
                "Midfielder Emre Can",
            ),
            (
                "Senator Ben Still late on Monday said it.",
                "said",
                "Senator Ben Still",
            ),
            ("Coach Tom Still said it.", "said", "Coach Tom Still"),
            ("Analyst Mai Do told Reuters it.", "told", "Analyst Mai Do"),
            (
                "Theresa May earlier on Tuesday said it.",
                "said",
                "Theresa May",
            ),
            ("Mr. Long earlier on Friday said it.", "said", "Mr. Long"),
            ("Trump Has Said He Would Not Back Down", "Said", "Trump"),
        ] {
            assert_eq!(
                speaker_before(&lx, text, cue).as_deref(),
                Some(want),
                "{text}"
            );
        }
    }

    /// `noun_modifier`: a singular lowercase speaker noun right before a
    /// lowercase plural head is a conjunct's modifier ("hospital
    /// officials"; "the army and hospital officials" in a rule example),
    /// not a plural or capitalized word before it.
    #[test]
    fn noun_modifier_compounds() {
        let lx = Lexicon::default_data().unwrap();
        let mut checked = 0;
        let text = "hospital officials protesters police Police officials union leader";
        crate::attribution::rules::for_each_sentence(text, &lx, |s, _, _| {
            assert!(noun_modifier(s, 0, 1), "hospital officials");
            assert!(!noun_modifier(s, 1, 2), "officials protesters");
            assert!(!noun_modifier(s, 2, 3), "protesters police");
            assert!(!noun_modifier(s, 4, 5), "Police officials");
            assert!(!noun_modifier(s, 6, 7), "union leader");
            assert!(!noun_modifier(s, 0, 2), "not adjacent");
            // The conjunct test: "hospital officials" is one, "protesters
            // police" no (a plural speaker noun before the head).
            assert!(simple_conjunct(s, &lx, Np { a: 0, b: 2 }));
            assert!(!simple_conjunct(s, &lx, Np { a: 2, b: 4 }));
            checked += 1;
        });
        assert_eq!(checked, 1);
    }
}
