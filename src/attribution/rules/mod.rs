//! The attribution rules, most precise first. Each rule looks at one cue in
//! one sentence and either produces a [`Draft`] or passes. Rule ids match
//! `gazetteer/rules.toml`, where every rule has its examples.

use super::sent::words::*;
use super::sent::{Sent, WordSet, AND, AND_BUT, ARTICLES, DAYS, HAVE, OF, THAT, TIME_UNITS, TO};
use super::speaker::{backward, forward, participle_phrase_subject, Np, RELATIVES};
use super::{Draft, ShortWords, WordList};
use crate::lexicon::{frame, key, CueId, CueMatch, Form};
use crate::model::Kind;
use crate::text::segment::{Span, REPLY_QUESTION_NOUNS};

mod ctx;

pub use ctx::Ctx;
pub(in crate::attribution) use ctx::SENTENCE_ADVERBS;
use ctx::*;
pub(crate) use ctx::{
    ADV_PREPS, AGO, AND_VERB, AS_THOUGH, BE, CLAUSE_CONJ, CLAUSE_OPENERS, CUTS, DOC_PARTICIPLES,
    INF_OBJECTS, INTRO, INTRO_SUBORD, LEAD_CONJ, LONG_SUBJECT_AUX, NOUNISH, NOUN_MARKERS,
    OBJECT_STOPS, OBJ_PRONOUNS, STANCE_ENDS, SUBJECT_BREAKS, SUBJECT_LINKS, TIME_ADVERBS, TIME_DET,
    TIME_NOUNS, VERBAL,
};
pub(crate) use ctx::{CLAUSE_WORDS, IRREGULAR_PASTS, LONG_SUBJECT_OPENERS, SAID_FORMS};

#[macro_use]
mod macros;
mod boundaries;
mod colon_quotes;
mod cue_rules;
mod frames;
mod stance;

use boundaries::GAP_END_PREPS;
pub(crate) use boundaries::MONTHS;
use boundaries::{
    after_stance_noun, amount_sign, and_ing_end, comma_in_marks, contact_gap_end,
    contact_gap_subject, contact_past_object, dash_start, describe_relative, gap_past,
    gap_relative, name_before_open_appos, open_paren_start, piece_comma, push_relative_word,
    quantified, relative_gap, relative_gap_to, who_gap_end, GAP_AUX,
};
#[cfg(test)]
use boundaries::{and_ing_walk, tok_at_from, ING_NOUNS, TOK_WALK};
pub(crate) use boundaries::{document_speaker, RAISED_TOPICS, STANCE_NOUNS};
#[cfg(test)]
use colon_quotes::opens_line;
pub use colon_quotes::{colon_quote, mixed_continuation, poll_in};
use colon_quotes::{
    lone_quote_then_cue, rest_of_line_blank, run_end, title_quote_end, with_affiliation,
    SPEAKING_KEYS,
};
use cue_rules::{
    according_to, continues_subject, light_attack, participle_rules, passive_by, past_addressee,
    quote_opens_after, received_from,
};
use frames::apply_frames;
#[cfg(test)]
use stance::to_view_rest;
pub(crate) use stance::THAT_NOUNS;
use stance::{
    anonymity_at, gap_subject, object_np, object_phrase, overrun_subject, plural_subject_clause,
    poss_noun_may_follow, poss_noun_obj, poss_noun_that, ranked_to, request_no_stance,
    wide_speaker, STANCE_KEYS,
};
pub use stance::{in_words_quote, to_view};

/// The clause from token `k` to its content end as `np`'s attribution:
/// indirect, or mixed when it holds a quotation.
fn push_clause(
    ctx: &Ctx,
    k: usize,
    np: Np,
    cue: &CueMatch,
    rule: &'static str,
    out: &mut Vec<Draft>,
) {
    push_span(ctx, ctx.span(k, ctx.content_end(k)), np, cue, rule, out);
}

/// Pushes the draft of content span `sp`, indirect or (with a quote inside)
/// mixed, spoken by `np`.
fn push_span(
    ctx: &Ctx,
    sp: Span,
    np: Np,
    cue: &CueMatch,
    rule: &'static str,
    out: &mut Vec<Draft>,
) {
    push_span_as(ctx, sp, Kind::Indirect, np, cue, rule, out);
}

/// Pushes the direct draft of quote `q`'s words, spoken by `np`.
fn push_quote(
    ctx: &Ctx,
    q: &crate::quotes::Quote,
    np: Np,
    cue: &CueMatch,
    rule: &'static str,
    out: &mut Vec<Draft>,
) {
    out.push(draft(
        Kind::Direct,
        (q.start, q.end),
        Some(np),
        ctx.s,
        cue,
        rule,
    ));
}

/// `push_span` with the kind of a content without quotes, `kind`
/// (indirect or stance).
fn push_span_as(
    ctx: &Ctx,
    sp: Span,
    kind: Kind,
    np: Np,
    cue: &CueMatch,
    rule: &'static str,
    out: &mut Vec<Draft>,
) {
    out.push(draft(ctx.kind_of(sp, kind), sp, Some(np), ctx.s, cue, rule));
}

/// The source of "according to" with the prepositional phrase after its
/// common-noun head, up to a comma or the sentence end (at most 20
/// tokens): "a tally [by the Associated Press]", "a recent report [from
/// Bloomberg New Energy Finance]", "a court document [filed by state
/// attorney Dave Aronberg]", "interviews [with a dozen party leaders]".
fn source_with_pp(s: &Sent, np: Np) -> Np {
    const PREPS: &[&str] = &["by", "from", "with", "of", "in", "at", "for", "on"];
    let n = s.len();
    let b = np.b;
    if b >= n || b == 0 || !s.is_word(b - 1) || s.is_cap(b - 1) {
        return np;
    }
    let pp = s.is_in(b, PREPS)
        || s.is_word(b)
            && !s.is_cap(b)
            && s.bytes(b).ends_with(b"ed")
            && s.is_in(b + 1, &["by", "in", "for", "from"])
        // "according to two people familiar with the talks", "a source
        // close to the family".
        || s.is_in(b, &["familiar", "close", "knowledgeable"])
            && s.is_in(b + 1, &["with", "to", "about"]);
    if !pp {
        return np;
    }
    let end = (b + 1..n.min(b + 21))
        .find(|&k| s.is_punct(k) && !s.is_poss(k) && !s.is_p(k, "&"))
        .unwrap_or(n.min(b + 21));
    // The phrase ends at a comma, a stop or the sentence end.
    let closes = end == n || s.is_p(end, ",") || end + 1 == n && s.is_punct(end);
    if closes && end > b + 1 {
        Np { a: np.a, b: end }
    } else {
        np
    }
}

fn draft(
    kind: Kind,
    content: Span,
    speaker: Option<Np>,
    s: &Sent,
    cue: &CueMatch,
    rule: &'static str,
) -> Draft {
    let content = if matches!(kind, Kind::Indirect | Kind::Stance)
        && matches!(
            rule,
            "speaker-cue-obj"
                | "speaker-cue-that"
                | "speaker-cue-to"
                | "participle"
                | "participle-subject"
        ) {
        after_stance_noun(s, content, cue.tok)
    } else {
        content
    };
    Draft {
        conj: 0,
        // (Its first token: `Extractor::sentence` asks it of each speaker.)
        sp_tok: speaker.map_or(Draft::NO_TOK, |np| {
            u16::try_from(np.a).unwrap_or(Draft::NO_TOK)
        }),
        kind,
        content,
        speaker: speaker.map(|np| s.span_of(np.a, np.b)),
        cue: Some((cue.start, cue.end, CueId::new(cue.cue))),
        rule,
        inherit: None,
    }
}

/// Prepositions after a cue that follows a quote.
pub(crate) const QUOTE_PREPS: WordSet = WordSet::new(
    48,
    &[
        "of", "about", "in", "on", "at", "to", "during", "after", "before", "with", "from",
        "while", "as", "outside", "into",
    ],
);

/// Prepositions that end a phrasal cue and take an object ("go on",
/// "comment on", "talk about", "hit out at"): the phrase after such a cue
/// is its object, no inverted speaker.
const CUE_PREPOSITIONS: &[&str] = &[
    "on", "at", "about", "of", "to", "for", "against", "with", "after",
];

/// An object `k..end` that is a statement and an -ing cue of what it says
/// ("a statement condemning the attack", "a brief statement Tuesday
/// calling on Congress to act", "statements saying that ..."): the first
/// token after the participle (a phrasal one whole: "calling on"), whether
/// the participle is of a stance class, and the participle's byte end, the
/// row's cue running to it, as annotators mark it (cue "issued a statement
/// condemning", content "the attack"). The statement noun within the
/// object's first four tokens; between it and the participle at most four
/// tokens of a day, a time of day, "on/late/early" and commas, then
/// perhaps a phrase of a preposition of place, channel or occasion
/// ([`OCCASION_PREPS`]) and up to four words ("a statement in Frankfurt
/// denying", "on its website saying"); the participle is no word right
/// after an article or determiner, and the word before it no noun that can
/// own it (a plural document noun; after "in response to / in the wake of
/// / in support of / on behalf of" any plural or person noun). Asked only
/// after a cue of issuing
/// (`apply_frames`).
fn statement_participle(ctx: &Ctx, k: usize, end: usize) -> Option<(usize, bool, usize)> {
    let s = ctx.s;
    let h = (k..end.min(k + 4)).find(|&h| s.is_in(h, &["statement", "statements"]))?;
    if (k..h).any(|i| !s.is_word(i)) {
        return None;
    }
    let mut j = h + 1;
    while j < end
        && j < h + 5
        && (s.is_in(j, DAYS)
            || s.is_in(j, W_TIME_OF_DAY)
            || s.is_in(j, &["on", "late", "early"])
            || s.is_p(j, ","))
    {
        j += 1;
    }
    // An occasion or channel phrase of a preposition and up to four words
    // before the participle: "a statement in Frankfurt denying ...", "a
    // statement through its lawyer calling for ...", "a statement on its
    // website saying ...".
    // (An "on" the time words took: "on its website".)
    let q = if j > h + 1 && s.is_in(j - 1, &["on"]) {
        j - 1
    } else {
        j
    };
    // The participle's word is none right after an article or determiner
    // ("after the hearing saying ...": "hearing" is a noun). After "in
    // response to", "in reply to", "in the wake of", "in support of" or "on
    // behalf of", no plural or person noun stands right before it, and
    // elsewhere no plural document noun: such a noun owns the participle
    // ("in support of the protesters demanding ...", "in response to media
    // reports claiming ...", "after reports alleging ...").
    let owner_phrase = s.is_in(q + 1, &["response", "reply", "support", "behalf"])
        || s.is_in(q + 1, ARTICLES) && s.is_in(q + 2, &["wake"]);
    let plural = |i: usize| {
        let n = s.bytes(i);
        !s.is_cap(i)
            && (plural_s(n) && !n.ends_with(b"us")
                || n.ends_with(b"men")
                || s.is_in(i, &["people"]))
    };
    let owner = |i: usize| {
        let t = s.speaker_noun(ctx.lx, i);
        if owner_phrase {
            plural(i) || t == Some(crate::lexicon::NounType::Person)
        } else {
            plural(i) && t == Some(crate::lexicon::NounType::Document)
        }
    };
    if q + 2 < end && s.is_in(q, OCCASION_PREPS) && s.is_word(q + 1) {
        if let Some(p) = (q + 2..end.min(q + 6))
            .take_while(|&i| s.is_word(i))
            .find(|&i| !s.is_det(i - 1) && !s.is_in(i - 1, ARTICLES) && ctx.is_cue_participle(i))
            .filter(|&p| !owner(p - 1))
        {
            j = p;
        }
    }
    // (Not a participle used as a preposition: "a statement regarding
    // the results".)
    if j + 1 >= end
        || s.is_in(j, &["regarding", "concerning", "considering"])
        // (Nor a participle naming what the statement is about, not what
        // it says: "a statement responding to the lawsuit", "addressing
        // the allegations".)
        || s.is_in(j, &["responding", "addressing", "reacting", "referring"])
        || !ctx.is_cue_participle(j)
    {
        return None;
    }
    // The longest cue starting at the participle, with its particle at
    // most ("calling on"; not "expressing optimism about", whose noun is
    // the statement's words).
    let t = s.toks[j];
    let mut m = Vec::new();
    ctx.lx.find_cues(s.text, t.start, s.toks[j + 1].end, &mut m);
    let c = m
        .iter()
        .filter(|c| c.start == t.start && c.form == Form::Ing)
        .max_by_key(|c| c.end)?;
    // (A cue that takes what follows: not "apologizing to Sanders".)
    let e = ctx.lx.cue(c.cue);
    if e.frames & (frame::THAT | frame::OBJ | frame::OBJ_TO | frame::TO) == 0 {
        return None;
    }
    let after = (j + 1..end).find(|&i| s.toks[i].start >= c.end)?;
    let stance = e.keys & STANCE_KEYS != 0;
    Some((after, stance, c.end))
}

/// Prepositions of a place, channel or occasion between a statement and
/// its participle (`statement_participle`).
const OCCASION_PREPS: &[&str] = &[
    "in", "at", "on", "through", "from", "via", "to", "after", "before", "during",
];

/// Whether a finite verb (an auxiliary, "will/would/can/could", one of
/// "do/does/did/may/might/must/should", an irregular past, an "-ed" form)
/// comes in `a..b` before its first comma: the words open a clause
/// ("Prices will rise, ...", "Taxes must go up, ..."), not a noun phrase
/// and its apposition ("The secretary, a supporter of Clinton, ...").
fn verb_before_comma(s: &Sent, a: usize, b: usize) -> bool {
    (a..b)
        .take_while(|&k| !s.is_p(k, ","))
        .any(|k| finite_form(s, k) || s.is_word(k) && !s.is_cap(k) && s.is_in(k, W_DO_MODALS))
}

/// Words that open an adjunct before a speaker's comma ("In a statement,
/// the company said", "Despite the losses, ...", "Speaking to reporters,
/// ...").
const OPENING_ADJUNCT: &[&str] = &[
    "in",
    "on",
    "at",
    "despite",
    "after",
    "before",
    "during",
    "amid",
    "following",
    "from",
    "with",
    "without",
    "for",
    "by",
    "under",
    "speaking",
    "asked",
    "according",
    "while",
    "when",
    "as",
    "since",
    "unlike",
    "like",
    "however",
    "meanwhile",
    "earlier",
    "later",
    "separately",
    "also",
    "still",
    "writing",
    "addressing",
    "through",
    "via",
    "upon",
    "to",
    "of",
    "last",
    "this",
];

/// Whether the words `a..b` before a speaker's comma are a clause that the
/// speaker reports: a finite verb before their first comma
/// (`verb_before_comma`: "Exports fell for a third month, ..."), or no
/// adjunct's opening word first (`OPENING_ADJUNCT`: "Hillary Clinton
/// thinks ..., Bill Clinton said"), or after such an opener a finite verb
/// after the last comma in `a..b` ("In March, exports fell 5 percent,
/// the ministry said -- ..."; not "In a statement, ...", "On Tuesday,
/// ...", "Despite the losses, ...", "After the company reported losses,
/// ...", with no clause after the opener's comma).
fn report_clause_before(s: &Sent, a: usize, b: usize) -> bool {
    a < b
        && (verb_before_comma(s, a, b)
            || !s.is_in(a, OPENING_ADJUNCT)
            || (a + 1..b)
                .rev()
                .find(|&c| s.is_p(c, ","))
                .is_some_and(|c| verb_before_comma(s, c + 1, b)))
}

/// Whether the phrase at `cj` after a cue at `ci` may be a speaker put
/// after the cue: the cue ends in no preposition (`CUE_PREPOSITIONS`), or
/// the phrase is a title or a determiner and a speaker noun in its first
/// three lowercase words ("..., went on the minister", "..., went on the
/// central bank governor"), or a clause with its verb comes before the
/// cue's comma (`verb_before_comma`: "Prices will rise, went on Ruiz");
/// not "The secretary, a supporter of Clinton, went on CNN."
fn inverted_after_prep(ctx: &Ctx, ci: usize, cj: usize) -> bool {
    let s = ctx.s;
    if cj <= ci + 1 || !s.is_in(cj - 1, CUE_PREPOSITIONS) {
        return true;
    }
    let n = s.len();
    super::speaker::is_title(s, cj)
        || s.is_det(cj)
            && (cj + 1..n.min(cj + 4))
                .take_while(|&k| s.is_word(k) && !s.is_cap(k))
                .any(|k| s.speaker_noun(ctx.lx, k).is_some())
        || verb_before_comma(s, ctx.lo, ci - 1)
}

/// The words before a subject-cue rule's phrase that make it no subject
/// ("the report, which the senator said", "more than experts say").
const WH_THAN: ShortWords = ShortWords::new(&["which", "what", "than", "whom", "who"]);

/// "what" and "than" before a phrase (a comparison or a free relative
/// clause: "than the senator said", "what aides described").
const WHAT_THAN: ShortWords = ShortWords::new(&["what", "than"]);

/// Sentence adverbs between a subject "it" and its verb ("said it now
/// expects", "said it still has"): "it" is no object of the cue then.
const IT_ADVERBS: &[&str] = &[
    "now",
    "still",
    "also",
    "already",
    "never",
    "always",
    "currently",
    "no",
];

/// Media after a broadcaster or paper addressed by a telling cue ("told ABC
/// radio", "told state television", "told the Tass news agency").
const MEDIA_NOUNS: &[&str] = &[
    "radio",
    "television",
    "tv",
    "news",
    "agency",
    "newspaper",
    "daily",
    "channel",
    "network",
    "broadcaster",
    "media",
    "website",
    "magazine",
    "weekly",
];

/// Words after a telling cue that open a reported clause or end its
/// addressee ("told reporters that ...", "told them he ...").
const TELL_CLAUSE_OPENERS: &[&str] = &[
    "that", "he", "she", "they", "we", "i", "it", "you", "there", "this", "if", "whether", "how",
    "what", "why", "when", "to", "and", "but", "not", "was", "is", "were", "are", "would", "will",
];

/// "all", "each", "both", "every" before a subject.
pub(crate) const QUANT_ALL: WordSet = WordSet::new(49, &["all", "each", "both", "every"]);

/// "the", "these", "those" before a number ("The two voters").
pub(crate) const THE_THESE_THOSE: WordSet = WordSet::new(50, &["the", "these", "those"]);

/// "former", "retired" before a title.
pub(crate) const FORMER_RETIRED: WordSet = WordSet::new(51, &["former", "retired"]);

/// Conjunctions before a quantified subject that let it open a clause.
pub(crate) const CLAUSE_OPENS: WordSet =
    WordSet::new(52, &["and", "but", "that", "while", "because", "although"]);

/// Prepositions and adverbs that open an adjunct between a cue and its
/// quote ("X said on Twitter, \"...\"").
pub(crate) const ADVERBIAL_OPENERS: WordSet = WordSet::new(
    54,
    &[
        "in", "on", "at", "during", "after", "before", "via", "from", "while", "when", "as",
        "through", "outside", "inside", "over", "again", "then", "however", "though", "too",
        "also",
    ],
);

/// Words a speaker phrase between a quote and its cue cannot hold.
pub(crate) const GAP_BREAKS: WordSet = WordSet::new(55, &["that", "and", "but", "said", "says"]);

/// Conjunctions before a subject that make its clause dependent.
pub(crate) const SUBORDINATORS: WordSet = WordSet::new(
    57,
    &[
        "and", "but", "that", "because", "as", "if", "while", "when", "so", "since", "although",
        "after", "before", "though", "where", "until", "once", "even", "unless", "whereas",
    ],
);

/// Subordinators before a participle opening the sentence ("After
/// savaging ...", "While saying ...").
pub(crate) const PARTICIPLE_OPENERS: &[&str] = &[
    "after", "while", "since", "in", "before", "despite", "upon", "by", "when", "without",
];

/// "by".
pub(crate) const BY: WordSet = WordSet::new(44, &["by"]);

/// Possessive determiners ("his", "her", "their", "its", "our", "my").
pub(crate) const POSSESSIVE_DETS: &[&str] = &["his", "her", "their", "its", "our", "my"];

/// Auxiliaries and adverbs between a coordinating conjunction and its cue.
pub(crate) const COORD_AUX: WordSet = WordSet::new(
    45,
    &[
        "has",
        "have",
        "had",
        "then",
        "also",
        "later",
        "now",
        "still",
        "would",
        "will",
        "could",
        "did",
        "does",
        "never",
        "repeatedly",
        "often",
        "even",
        "once",
        "since",
        "already",
        "recently",
        "previously",
        "publicly",
        "not",
        "didn't",
        "didn’t",
    ],
);

/// Verbs of saying, commenting or giving details that, after "but" and an
/// auxiliary (and "not"), turn from a reported clause to its speaker ("said
/// the talks would go on but did not say when", "but would not elaborate",
/// "but has not disclosed the terms"): base forms and past participles of
/// the lexicon's cue verbs (the cut also needs a cue word there: "but did
/// not give details" is no cue, and stays in the content).
pub(crate) const DETAIL_CUES: &[&str] = &[
    "say",
    "said",
    "comment",
    "commented",
    "elaborate",
    "elaborated",
    "disclose",
    "disclosed",
    "explain",
    "explained",
    "identify",
    "identified",
    "name",
    "named",
    "confirm",
    "confirmed",
    "reveal",
    "revealed",
    "describe",
    "described",
    "discuss",
    "discussed",
    "detail",
    "detailed",
    "release",
    "released",
    "mention",
    "mentioned",
];

/// What follows a verb of [`DETAIL_CUES`] when it turns to the speaker: a
/// question word ("but did not say when"), "details", "further", the
/// sentence's end or a punctuation mark ("but would not elaborate."). An
/// object does not ("the company knew about the defect but did not disclose
/// it to customers": the content's own subject).
const DETAIL_AFTER: &[&str] = &[
    "when",
    "why",
    "how",
    "where",
    "what",
    "who",
    "which",
    "whether",
    "if",
    "details",
    "further",
    "more",
    "specifics",
    "additional",
    "on",
];

/// "but" at `but`, then (auxiliaries and "not" between) a verb of saying or
/// giving details at `j` with no object after it ([`DETAIL_AFTER`]): the
/// speaker's own second verb phrase ("said the talks would go on but did not
/// say when"), which ends the content before ([`Ctx::clause_end`]) and gets
/// its own row.
/// Cue forms that turn to the speaker after "and/but" and a time phrase
/// ("said the toll had risen and on Tuesday said it could rise further",
/// "but last week warned"): verbs of saying only. After a that-clause, a
/// time phrase and another verb mostly go on with the clause's own
/// subject ("Police said the suspect fled and on Sunday denied any role",
/// "... seized the town and on Sunday claimed control of the airport").
pub(crate) const TIME_TURN_CUES: &[&str] = &[
    "said", "says", "told", "tells", "added", "adds", "warned", "warns",
];

pub(crate) fn detail_turn(s: &Sent, but: usize, j: usize) -> bool {
    s.is_in(but, &["but"])
        && s.is_in(j, DETAIL_CUES)
        && (!s.is_word(j + 1) || s.is_in(j + 1, DETAIL_AFTER))
}

/// Market figures that open a clause but report nothing ("Shares of
/// Boeing fell after warning that ...", "The stock jumped after reporting
/// that ...", "Oil prices rose ..."): no subject of a "before/after" +
/// participle row.
const MARKET_SUBJECTS: &[&str] = &[
    "shares", "stock", "stocks", "price", "prices", "index", "dollar", "yen", "euro", "bonds",
    "yields", "futures", "oil", "gold", "currency", "markets",
];

/// Market names with no word of [`MARKET_SUBJECTS`] ("The Nasdaq and the
/// Dow fell", "Bitcoin and Ether slumped").
const MARKET_NAMES: &[&str] = &[
    "dow",
    "nasdaq",
    "s&p",
    "ftse",
    "nikkei",
    "dax",
    "brent",
    "wti",
    "bitcoin",
    "ether",
    "crude",
    "treasuries",
    "equities",
];

/// Moves of a market's figures right after a clause subject ("Microsoft and
/// Nvidia rose 4 percent, indicating ...").
const MARKET_MOVES: &[&str] = &[
    "rose",
    "fell",
    "slumped",
    "jumped",
    "climbed",
    "dropped",
    "gained",
    "surged",
    "tumbled",
    "plunged",
    "soared",
    "slid",
    "rallied",
    "sank",
    "slipped",
    "dipped",
    "advanced",
    "declined",
    "retreated",
    "rebounded",
    "edged",
    "hit",
];

/// Participles of inference ("..., signaling that ...", "suggesting",
/// "indicating"): read a market's move, said by no one.
const INFERENCE_INGS: &[&str] = &[
    "signaling",
    "signalling",
    "suggesting",
    "indicating",
    "reflecting",
    "showing",
];

/// Verbs (irregular pasts and bases) whose object may be the message a
/// participle cue describes ("sent an email saying", "will hold banners
/// proclaiming").
const OBJECT_VERBS: &[&str] = &[
    "sent", "send", "sends", "wrote", "held", "hold", "holds", "put", "puts", "gave", "give",
    "made", "make", "wore", "wear", "read",
];

/// The number of newline bytes of `text[a..b]` when it is all white space
/// (`char::is_whitespace`), else `None`; `a` and `b` at character
/// boundaries: its bytes while they are ASCII, its characters from the
/// first other byte on (no character but the newline itself holds a
/// newline byte). For the gap between a quote and a cue after it, asked
/// for most cues that take a quote; the gap mostly opens with a word (the
/// quote closed sentences before), where one byte answers, with no
/// character decoding and no boundary checks, and the white gaps are a
/// byte or two, counted in the same walk (no search for newlines after
/// it).
#[inline(always)]
fn white_newlines(text: &str, a: usize, b: usize) -> Option<usize> {
    let mut newlines = 0;
    for (i, &c) in text.as_bytes()[a..b].iter().enumerate() {
        if !c.is_ascii() {
            let rest = &text[a + i..b];
            return rest
                .chars()
                .all(char::is_whitespace)
                .then(|| newlines + rest.bytes().filter(|&c| c == b'\n').count());
        }
        if !matches!(c, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r') {
            return None;
        }
        newlines += usize::from(c == b'\n');
    }
    Some(newlines)
}

/// [`Sent::tok_at`] (the first token starting at or after byte `pos`),
/// with no search for a position at or before the first token: the
/// quote before most cues closed in an earlier sentence, where the answer
/// is token 0.
#[inline(always)]
fn tok_at_or_first(s: &Sent, pos: usize) -> usize {
    if s.toks.first().is_none_or(|t| pos <= t.start) {
        0
    } else {
        s.tok_at(pos)
    }
}

#[cfg(test)]
thread_local! {
    /// Test switch: the rules without their early returns (see
    /// [`early_returns`]), for the unit test that compares the two.
    static NO_EARLY: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// Test count of the early returns taken.
    static EARLY_TAKEN: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
    /// Test count of the main speaker searches taken from the participle
    /// rules (each checked against a search made again).
    static SHARED_SEARCHES: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Whether the rules return early where a later test is sure to give no
/// draft (always, but in the unit test that compares the rules with and
/// without those returns).
#[inline(always)]
fn early_returns() -> bool {
    #[cfg(test)]
    {
        !NO_EARLY.with(|c| c.get())
    }
    #[cfg(not(test))]
    {
        true
    }
}

/// Runs the cue rules for one cue (token range `ci..cj`). The drafts of
/// `out` from `sent_first` on are those of the cue's sentence before it
/// (of which a participle or a coordinated verb may take a speaker:
/// `Before`).
pub fn apply(
    ctx: &Ctx,
    cue: &CueMatch,
    ci: usize,
    cj: usize,
    sent_first: usize,
    out: &mut Vec<Draft>,
) {
    let from = out.len();
    let before = Before::new(out, sent_first, from);
    // (The cue for the clause end of its content, which asks whether the
    // cue takes an object there: `Ctx::object_cue_before`.)
    ctx.set_cue(Some((cue.cue, cj)));
    apply_cue(ctx, cue, ci, cj, &before, out);
    ctx.set_cue(None);
    if cue.form == Form::Ing && out.len() > from {
        ing_ends(ctx, cue, &mut out[from..]);
    }
}

/// The contents of an -ing cue's drafts `drafts` that are not direct end
/// before a coordinated clause (`and_ing_end`). Out of line: most cues are
/// other forms, and the walk's registers would be saved and restored for
/// every cue.
#[inline(never)]
fn ing_ends(ctx: &Ctx, cue: &CueMatch, drafts: &mut [Draft]) {
    for d in drafts {
        if d.kind != Kind::Direct && d.cue.is_some_and(|c| c.0 == cue.start) {
            d.content = and_ing_end(ctx.s, d.content);
        }
    }
}

/// The lemmas that a rule of [`apply_cue`] after its frame test takes
/// whatever frames the verb file gives them: a poll share's "vote for"
/// (`share_vote`) and "As X put it, ..." (`as-speaker-cue`). A cue with
/// none of the frames the other rules ask for returns before the speaker
/// search unless its lemma is one of these; a new rule keyed on a lemma
/// with no frame test must add it here (`early_returns_as_without` runs
/// the rules with every verb's frames cleared to find one missing).
const LEMMA_RULES: [&str; 2] = ["vote for", "put it"];

/// The keys of [`LEMMA_RULES`].
const LEMMA_RULES_KEYS: u64 = key::lemmas(&LEMMA_RULES);

/// The keys of [`SPEECH_CLASSES`].
const SPEECH_KEYS: u64 = key::classes(SPEECH_CLASSES);

/// Plurals with no -s and collective nouns that take a base verb
/// ("police say", "people say", "the crew say"); with
/// [`invariant_plural`], read by `name_or_noun_use` and its equivalence
/// test, and by the dash aside's subject (`speaker::dash_aside_subject`).
pub(crate) const INVARIANT_PLURALS: &[&str] = &[
    "police",
    "people",
    "staff",
    "personnel",
    "children",
    "clergy",
    "crew",
    "military",
    "public",
    "faculty",
];

/// Whether token `p` is a plural with no -s: one of
/// [`INVARIANT_PLURALS`] or a lowercase word in -men ("gunmen", "women";
/// not "Yemen", "specimen", "regimen").
pub(crate) fn invariant_plural(s: &Sent, p: usize) -> bool {
    s.is_in(p, INVARIANT_PLURALS)
        || s.bytes(p).ends_with(b"men")
            && !s.is_cap(p)
            && !s.is_in(p, &["specimen", "regimen", "abdomen", "omen", "amen"])
}

/// Whether token `p`, a plural with no -s ([`invariant_plural`]), opens a
/// relative clause as its subject: right after a lowercase "who", or after a
/// determiner right after it ("who police say", "who the police say"). Not
/// after "that" or "which" ("said that police report would", "ruled that
/// the police report was", "The man that police say was armed fled": the
/// gap reading takes only "who").
///
/// Also the subject of a contact clause (no relative word) right after a
/// singular lowercase head and its determiner before "say", "believe" or
/// "think" ([`CONTACT_GAP_VERBS`], verbs that are no nouns): "A woman
/// police say had been missing was found" (not "The police claim was",
/// "A state police report was": a noun compound).
fn invariant_gap_subject(ctx: &Ctx, p: usize) -> bool {
    let s = ctx.s;
    p > ctx.lo
        && invariant_plural(s, p)
        && (s.bytes(p - 1) == b"who"
            || p > ctx.lo + 1
                && s.bytes(p - 1) != b"that"
                && s.is_det(p - 1)
                && s.bytes(p - 2) == b"who"
            || contact_gap_head(s, ctx.lo, p))
}

/// Base forms that are no nouns, whose contact clause's subject
/// [`invariant_gap_subject`] reads ("A woman police \[say\] had been
/// missing").
const CONTACT_GAP_VERBS: &[&str] = &["say", "believe", "think"];

/// Whether the plural with no -s at token `p`, before a verb of
/// [`CONTACT_GAP_VERBS`], follows a singular lowercase head (no -s, no
/// function word, no plural with no -s) right after a determiner that is
/// no number ("A woman \[police\] say had", "The boy \[police\] believe
/// was"): the subject of a contact clause on that head.
fn contact_gap_head(s: &Sent, lo: usize, p: usize) -> bool {
    p >= lo + 2
        && s.is_in(p + 1, CONTACT_GAP_VERBS)
        && s.is_word(p - 1)
        && !s.is_cap(p - 1)
        && !s.is_stop(p - 1)
        && !s.is_det(p - 1)
        && !s.bytes(p - 1).ends_with(b"s")
        && !invariant_plural(s, p - 1)
        && s.is_det(p - 2)
        && !s.is_numeric(p - 2)
}

/// Words that may open the adjuncts of a participle on a noun, besides
/// the days and months ("released by the court", "published on Tuesday",
/// "found in the car", "filed last week"), read by
/// [`participle_in_subject`].
const SUBJECT_PARTICIPLE_OPENERS: &[&str] = &[
    "by",
    "in",
    "on",
    "at",
    "from",
    "during",
    "last",
    "earlier",
    "late",
    "early",
    "this",
    "overnight",
    "yesterday",
];

/// Whether the one-word past cue at token `p` is a participle modifying
/// the noun before it, inside the subject of a later cue: "The hostages
/// \[released\] on Friday said ...", "Experts \[quoted\] by the agency
/// warned ...", "Documents \[released\] by the court show ...". The noun
/// before it is a common noun (lowercase, or a plural opening the
/// clause), no pronoun or function word; the cue is no verb of saying or
/// telling ("Officials said Friday was the deadline"). After it,
/// adjuncts: an opener of [`SUBJECT_PARTICIPLE_OPENERS`] ("last", "this",
/// "late", "early" before a time word: "thought this term would be"
/// is a clause), a day or a month, then up to eight words with no
/// punctuation but a possessive, no auxiliary, pronoun, "to",
/// conjunction or "that", and no second noun phrase (a determiner only
/// after a preposition: "announced on Tuesday \[the\] plan would ..." is
/// a clause); right after them a cue word, past or -s form or a base
/// form of saying, believing, showing or suggesting (a plural's base form
/// of stance counts too: "Voters surveyed on Monday support Clinton"
/// gives the row of "support", with the whole phrase as speaker), not
/// after a determiner or possessive ("explained in its release"), whose
/// subject phrase ([`backward`]) reaches the
/// noun. Where the later cue finds no such subject ("Figures reported on
/// Sunday now suggest"), the participle keeps its row.
#[inline(never)]
fn participle_in_subject(s: &Sent, lx: &crate::lexicon::Lexicon, lo: usize, p: usize) -> bool {
    let n = s.len();
    let q = p + 1;
    if p <= lo || q + 1 >= n || !s.is_word(q) {
        return false;
    }
    let day = |k: usize| s.is_in(k, DAYS) || s.is_in(k, MONTHS);
    let time = |k: usize| day(k) || s.is_in(k, TIME_UNITS);
    if !(s.is_in(q, SUBJECT_PARTICIPLE_OPENERS) || s.is_cap(q) && day(q))
        || s.is_in(q, &["last", "this", "late", "early"]) && !time(q + 1)
    {
        return false;
    }
    let h = p - 1;
    let w = s.bytes(h);
    if !s.is_word(h)
        || s.is_pronoun(h)
        || s.is_stop(h)
        || s.is_det(h)
        || s.is_aux_like(h)
        || s.is_cap(h) && !(h == lo && plural_s(w))
    {
        return false;
    }
    let c = lx.cue(match s.cue_word(lx, p) {
        Some((c, Form::Past)) => c,
        _ => return false,
    });
    if class_in!(c, "say" | "tell") {
        return false;
    }
    let after_time = |k: usize| time(k) || s.is_in(k, &["overnight"]);
    let bare_noun = |k: usize| {
        s.is_word(k)
            && !s.is_cap(k)
            && !s.is_stop(k)
            && !time(k)
            && !s.is_in(k, W_TIME_OF_DAY)
            && !s.is_in(
                k,
                &[
                    "now", "also", "still", "never", "again", "later", "then", "first", "not",
                ],
            )
            && !s.bytes(k).ends_with(b"ly")
            && !s.bytes(k)[0].is_ascii_digit()
    };
    let mut k = q + 1;
    let plural = plural_s(w);
    while k < n.min(q + 9) {
        // A bare noun right after a time word opens a clause without
        // "that": "confirmed on Friday \[tests\] showed", "announced
        // yesterday \[plans\] showed" (the earlier cue is the main verb;
        // an -s form after a plural noun is a noun).
        if after_time(k - 1)
            && bare_noun(k)
            && !s
                .cue_word(lx, k)
                .is_some_and(|(_, f)| f == Form::Past || f == Form::Third && !plural)
        {
            return false;
        }
        if s.is_word(k)
            && !s.is_cap(k)
            && !s.is_det(k - 1)
            && !s.is_poss(k - 1)
            && s.cue_word(lx, k).is_some_and(|(c, f)| {
                f == Form::Past
                    || f == Form::Third
                    || f == Form::Base
                        && class_in!(lx.cue(c), "say" | "believe" | "show" | "suggest")
            })
        {
            // The later cue takes the subject, participle and all.
            return super::speaker::backward(s, lx, k, lo).is_some_and(|np| np.a <= h);
        }
        let ok = s.is_poss(k)
            || s.is_word(k)
                && !s.is_aux_like(k)
                && !s.is_pronoun(k)
                && !s.is_in(k, TO)
                && !s.is_in(k, THAT)
                && !s.is_in(k, AND_BUT)
                && !s.is_in(k, RELATIVES)
                && (!s.is_det(k)
                    || k == q + 1
                    || s.is_stop(k - 1)
                        && !s.is_det(k - 1)
                        && !day(k - 1)
                        && !s.is_in(k - 1, TIME_UNITS));
        if !ok {
            return false;
        }
        k += 1;
    }
    false
}

/// Predicate words of a reduced passive of reporting or belief on a
/// noun ("reported missing", "feared dead", "confirmed killed"), read by
/// [`status_participle`].
const STATUS_WORDS: &[&str] = &[
    "missing",
    "dead",
    "killed",
    "injured",
    "wounded",
    "kidnapped",
    "abducted",
    "drowned",
    "trapped",
    "safe",
    "alive",
    "lost",
];

/// Whether the past cue before token `cj` is a participle that takes a predicate
/// word of [`STATUS_WORDS`] after a noun, inside a noun phrase: "Two
/// climbers \[reported\] missing on Everest were found", "Ten people
/// \[feared\] dead after the quake", "the soldiers \[confirmed\] killed
/// were ...". The noun right before the cue (a lowercase word, no
/// pronoun, auxiliary or function word) and, after the predicate word,
/// punctuation, an auxiliary or a function word, but no object: a noun
/// ("Auditors reported missing funds"), a determiner, a number or a
/// colon ("Police reported missing a 14-year-old girl", "Rescuers
/// reported missing: two fishermen") keep the cue, as does an object
/// before the predicate word ("Police reported him missing").
/// (The caller tests the noun.)
#[inline(never)]
fn status_participle(s: &Sent, cj: usize) -> bool {
    let k = cj + 1;
    k < s.len()
        && s.is_word(cj)
        && !s.is_cap(cj)
        && !s.is_stop(cj)
        && (s.is_punct(k) || s.is_aux_like(k) || s.is_stop(k))
        && !s.is_det(k)
        && !s.is_numeric(k)
        && !s.is_p(k, ":")
        && s.is_in(cj, STATUS_WORDS)
        && !inverted_status(s, k)
}

/// Whether the status word's phrase from `k` (a preposition) runs, with no
/// punctuation, to "was"/"were" and a noun phrase (a determiner, a
/// number or a name): the inverted complement of a report, "Officials
/// confirmed killed in the attack \[was the\] provincial governor",
/// "Police confirmed killed in the crash \[were two\] teenagers". A
/// reduced passive's verb ("missing in the flood were found") keeps
/// [`status_participle`].
#[inline(never)]
fn inverted_status(s: &Sent, k: usize) -> bool {
    let n = s.len();
    // Only after a clause-initial noun ("Officials confirmed killed"):
    // "The soldiers confirmed killed ... were all from" is a reduced passive.
    if k < 3 || !s.is_cap(k - 3) || !s.is_word(k) || !s.is_stop(k) || s.is_aux_like(k) {
        return false;
    }
    for j in k + 1..n.min(k + 10) {
        if !s.is_word(j) {
            return false;
        }
        if s.is_in(j, &["was", "were"]) {
            let m = j + 1;
            return m < n && s.is_word(m) && (s.is_det(m) || s.is_cap(m) || s.is_numeric(m));
        }
    }
    false
}

/// The guards of [`apply_cue`] that find a cue (`ci..cj`, of form `form`)
/// to be part of a name or a noun: whether one holds. They only return,
/// so their order is free: they are grouped behind the tests they share,
/// the token before the cue first and the capitals' guards as one, so
/// that most cues pass them with a few tests (a test of the form, the
/// position or a class once for several guards; `name_or_noun_use_as_plain`
/// compares them with the guards one by one).
#[inline(always)]
fn name_or_noun_use(ctx: &Ctx, form: Form, ci: usize, cj: usize) -> bool {
    let s = ctx.s;
    let lx = ctx.lx;
    let n = ctx.n();
    if ci > ctx.lo {
        let p = ci - 1;
        // A capitalized cue inside a sentence that is not in title case
        // is part of a name ("the State Department", "The Washington
        // Post"). After punctuation, a capitalized base or -s form before
        // a capitalized word is a title or part of a name too ("His
        // lawyer, Advocate Pieter Swanepoel, said", "..., Hope Hicks
        // said", "Credit Suisse").
        if s.is_cap(ci)
            && (!s.is_punct(p)
                || matches!(form, Form::Base | Form::Third) && s.is_cap(cj) && !s.is_stop(cj))
            && !ctx.title_case()
        {
            return true;
        }
        // "Full text of Clinton's remarks:", "Read Trump's tweets:": an
        // -s form after a possessive and before a colon is a noun (the
        // text after the colon is `intro-colon-quote`'s).
        if s.is_poss(p) && form == Form::Third && s.is_p(cj, ":") {
            return true;
        }
    }
    // "state Sen. Ann Cole", "state Rep.": a modifier of a title.
    // (The capital first: one class bit, before the word's bytes.)
    if s.is_cap(cj) && s.bytes(ci) == b"state" && super::speaker::is_title(s, cj) {
        return true;
    }
    // "The top issue is the economy", "the key question is whether ...",
    // "His introductory remarks were ...", "His cost estimates have been
    // ...": a cue word right before a finite auxiliary that cannot be its
    // object gap is a noun heading the subject. A base form after a
    // singular word or a determiner (a verb needs a plural subject: "many
    // economists say is", "Democrats say could"), an -s form before a
    // plural auxiliary (a verb has a singular subject: "Beck fears will").
    // (Each of the three tests asks a base or -s form.)
    if matches!(form, Form::Base | Form::Third) && ci > ctx.lo && cj < n {
        let p = ci - 1;
        let base_noun = form == Form::Base
            && (s.is_aux_like(cj) || s.is_in(cj, W_DO_MODALS))
            && s.is_word(p)
            && !s.is_pronoun(p)
            && !s.bytes(p).ends_with(b"s")
            && !s.is_in(p, RELATIVES)
            // A plural with no -s opening a relative clause ("who police
            // say had fled"): a verb's subject (`invariant_gap_subject`;
            // "The police claim was dismissed", "ruled that the police
            // report was" are noun compounds).
            && !invariant_gap_subject(ctx, p);
        let third_noun = form == Form::Third && s.is_in(cj, W_ARE_WERE_HAVE_DO);
        // "The Spanish champions announced", "Supporters of the project
        // argue that": a present form right before a finite cue (a past
        // form, or a base form taking "that") heads its subject.
        // (Not a gap after a relative: "which Will claims affirmed"; nor a
        // past form that modifies the noun after it, the cue's content:
        // "Police say alleged gang members fired", "Officials say confirmed
        // cases rose".)
        let modifier = |k: usize| k < n && s.is_word(k) && !s.is_cap(k) && !s.is_stop(k);
        // (The token after the cue first, then whether it is a cue form,
        // which its class bit answers for most words, and only then the
        // relatives among the three tokens before, a word-set bit each: that
        // look ran for every present cue, its iterator out of line.)
        let cue_noun = s.is_word(cj)
            && !s.is_cap(cj)
            && s.cue_word(lx, cj).is_some_and(|(_, f)| {
                f == Form::Past && !modifier(cj + 1)
                    || f == Form::Base && cj + 1 < n && s.is_in(cj + 1, THAT)
            })
            && !(ci.saturating_sub(3).max(ctx.lo)..ci).any(|i| s.is_in(i, W_THAT_WHO_WHICH));
        if base_noun || third_noun || cue_noun {
            return true;
        }
    }
    false
}

/// The drafts of a cue's sentence before the cue, `out[first..end]` of
/// the vector the rules push to: the rules of a participle and of a
/// coordinated verb may take the speaker of one ([`Before::draft`]).
/// Looked for only by those rules (about 1,750 times a pass over train),
/// where the sentence loop found it and copied it for every cue the rules
/// ran for (about 28 instructions and 1.5 mispredicts a cue, 36,600 cues a
/// pass). The rules only push drafts and change their own (`out[end..]`),
/// so the drafts before are the same whenever they are asked; debug
/// builds keep a copy of them ([`Before::new`]) and check it at each ask.
#[derive(Debug)]
struct Before {
    first: usize,
    end: usize,
    /// The drafts before, as they were when the cue's rules began.
    #[cfg(debug_assertions)]
    at_start: Vec<Draft>,
}

impl Before {
    /// The drafts `out[first..end]` (`end` is `out.len()` when the cue's
    /// rules begin).
    fn new(out: &[Draft], first: usize, end: usize) -> Before {
        #[cfg(not(debug_assertions))]
        let _ = out;
        Before {
            first,
            end,
            #[cfg(debug_assertions)]
            at_start: out.get(first..end).unwrap_or_default().to_vec(),
        }
    }

    /// The draft before the cue that starts at byte `cue_start` whose
    /// speaker it may share ([`outer_prev`](super::outer_prev) of the
    /// drafts before, in `out`). (Out of line, not `#[cold]`: a cold call
    /// makes its block cold, and the inliner then left the rules' closures
    /// after it out of line.)
    #[inline(never)]
    fn draft<'o>(&self, out: &'o [Draft], cue_start: usize) -> Option<&'o Draft> {
        let before = out.get(self.first..self.end).unwrap_or_default();
        #[cfg(debug_assertions)]
        assert_eq!(
            before,
            &self.at_start[..],
            "a cue rule changed a draft before the cue"
        );
        super::outer_prev(before, cue_start)
    }
}

fn apply_cue(
    ctx: &Ctx,
    cue: &CueMatch,
    ci: usize,
    cj: usize,
    before: &Before,
    out: &mut Vec<Draft>,
) {
    let s = ctx.s;
    let lx = ctx.lx;
    let c = lx.cue(cue.cue);
    let n = ctx.n();
    if class_in!(c, "appear") {
        return;
    }
    // A predicative adjective cue needs its copula ("is confident that";
    // not "the most optimistic Democrats doubt").
    // Nor a comparison ("are more optimistic about the economy than").
    // Its clause follows it at once, or after an aside between commas
    // ("is aware of the risks but believes that ...": the "that" is
    // another cue's; "was keenly aware, however, that" keeps it), and not
    // after "so" (a result: "was so confident that it skipped practice").
    // A wish's adjective takes its to-infinitive ("is not yet willing
    // to", "are keen to", "is so keen to", "is more willing to"; not
    // "Candidates willing to debate were ...", a modifier of the noun).
    if c.frames & frame::ADJ != 0
        && (super::speaker::copula_before(s, lx, ctx.lo, ci).is_none()
            || s.is_in(ci - 1, &["more", "less", "so"])
                && !(s.is_in(cj, TO) && class_in!(c, "want"))
            || cj < ctx.n()
                && s.is_word(cj)
                && !(s.is_in(cj, THAT)
                    || ctx.clause_start(cj)
                    || s.is_in(cj, TO) && class_in!(c, "want")))
    {
        return;
    }
    // (The tests of two lemmas behind one test of their keys: most cues
    // are neither.)
    if lemma_is!(c, "add" | "brief") {
        // "won the primary, adding to her run of victories": "adding to" is
        // growth, not speech ("\"...,\" he added to cheers" keeps its quote).
        if lemma_is!(c, "add")
            && cue.form == Form::Ing
            && cj + 1 < n
            && s.is_in(cj, TO)
            && !s.is_quote_mark(cj + 1)
        {
            return;
        }
        // "People briefed on the talks said ...": "briefed on/about" after a
        // noun is a post-modifier of the subject (`POLLED`), not a telling
        // ("The minister briefed reporters", "was briefed on" stay, and so does
        // a day after "on": "The general briefed on Tuesday that ...").
        if lemma_is!(c, "brief")
            && cue.form == Form::Past
            && ci > ctx.lo
            && cj < n
            && s.is_in(cj, &["on", "about"])
            && !s.is_in(cj + 1, DAYS)
            && s.is_word(ci - 1)
            && !s.is_aux_like(ci - 1)
            && !s.is_pronoun(ci - 1)
        {
            return;
        }
    }
    // "Full text of Clinton's remarks:": "text of" is a noun.
    if lemma_is!(c, "text") && s.is_in(cj, OF) {
        return;
    }
    // A cue in a name or a noun (a capital, a possessive before a colon,
    // "state Sen.", a noun before an auxiliary).
    if name_or_noun_use(ctx, cue.form, ci, cj) {
        return;
    }
    // An attack launched on someone: "Christie unleashed withering
    // attacks against Rubio" (`light_attack`).
    // (Its nouns are cues of criticism: the class, one comparison, keeps
    // the word tests off the other cues.)
    if class_in!(c, "criticize") {
        if let Some(d) = light_attack(ctx, cue, ci, cj) {
            out.push(d);
            return;
        }
    }
    // (The tests of six lemmas behind one test of their keys.)
    if lemma_is!(
        c,
        "attack" | "issue" | "challenge" | "look" | "raise" | "maintain"
    ) {
        // "The Paris attacks test ...", "the terrorist attack in Munich",
        // "Clinton's aggressive attack on Trump", "Business issues generally
        // do not ...", "the biggest challenge in organizing ...": "attack(s)",
        // "issue(s)", "challenge(s)" are nouns unless an object follows
        // ("Trump attacks Clinton", "to issue a statement", "challenges him";
        // train: 2 of 30 other rows right).
        // (The form first: one compare, before the lemma's bytes.)
        if matches!(cue.form, Form::Base | Form::Third)
            && lemma_is!(c, "attack" | "issue" | "challenge")
            && !(cj < n
                && (s.is_cap(cj)
                    || s.is_det(cj)
                    || s.is_in(cj, &["him", "them", "me", "us", "you", "it"])))
        {
            // "His attacks on billionaire financiers have ...": the noun
            // after its owner, with its object (`poss_noun_obj`).
            if s.is_in(cj, &["on", "against"]) {
                if let Some(d) = poss_noun_obj(ctx, cue, ci, cj) {
                    out.push(d);
                }
            }
            return;
        }
        // "Cruz looks to build on his momentum", "Republicans are looking to
        // do the same": "look" plans only with a to-infinitive right after it,
        // not "looks to be" (an appearance), "look to see if", "Looking back
        // to 2008", "look to the president for leadership".
        if lemma_is!(c, "look") && (!ctx.is_infinitive(cj) || s.is_in(cj + 1, &["be", "see"])) {
            return;
        }
        // "raised questions about ...", "raising concerns that ...", "raised
        // the issue of ...": "raise" reports only with a topic noun in its
        // first words, not "raised $26 million", "raise rates", "raised two
        // sons" (train: 3 of 39 such rows right).
        if lemma_is!(c, "raise")
            && !(cj..n.min(cj + 5))
                .take_while(|&k| s.is_word(k) || s.is_poss(k))
                .any(|k| s.is_in(k, RAISED_TOPICS))
        {
            return;
        }
        // "maintained that ...", "they maintain they were ...", `he
        // maintained, "..."`: "maintain" reports a clause; with a noun phrase
        // it keeps something ("maintains a wide lead", "maintained her status
        // as ...": train 1 of 19 such rows right).
        if lemma_is!(c, "maintain")
            && cj < n
            && !(s.is_in(cj, THAT)
                || s.is_pronoun(cj)
                || s.is_quote_mark(cj)
                || s.is_punct(cj) && !s.is_p(cj, "("))
        {
            return;
        }
    }
    // "most state parties", "a former Oklahoma state senator", "the two
    // battleground states with ...", "its decrepit state emblematic of":
    // the noun. The verb "state(s)" is followed by "that", a colon, a
    // comma, a stop, a quote or a possessive ("They state their goal",
    // "the document states, ...", "the Saudis state in the paper").
    if matches!(cue.form, Form::Base | Form::Third)
        && s.is_in(ci, W_STATE_STATES)
        && cj < n
        && !(s.is_in(
            cj,
            &["that", "their", "his", "her", "its", "our", "my", "in"],
        ) || s.is_p(cj, ":")
            || s.is_p(cj, ",")
            || s.is_p(cj, ".")
            || s.is_quote_mark(cj))
    {
        return;
    }
    // "Rubio has won overwhelming support from members of Congress":
    // support or criticism received, its giver after "from/of".
    // (Its nouns are cues of support, praise, criticism or opposition.)
    if class_in!(c, "support" | "praise" | "criticize" | "oppose") {
        if let Some(d) = received_from(ctx, cue, ci, cj) {
            out.push(d);
            return;
        }
    }
    // "Their fear that ...", "Mr. Trump's recent assertion that ...": a
    // noun of saying after its owner, with a that-clause.
    if poss_noun_may_follow(ctx, ci, cj) {
        if let Some(d) = poss_noun_that(ctx, cue, ci, cj) {
            out.push(d);
            return;
        }
    }
    // "Graham's energetic endorsement of Cruz", "Her vow to go after
    // ...", "Murphy's opposition to the bill": a noun of stance after its
    // owner, with "of" or "to" ("attacks on" above).
    // (Its nouns are cues of support, criticism, opposition, praise or
    // promise.)
    if class_in!(c, "support" | "criticize" | "oppose" | "praise" | "promise")
        && s.is_in(cj, W_TO_OF_FOR)
    {
        if let Some(d) = poss_noun_obj(ctx, cue, ci, cj) {
            out.push(d);
            return;
        }
    }
    // "Asked by Starnes if he believed ..., Jones said": a question
    // opening the sentence, its asker after "by".
    if ci == ctx.lo && cue.form == Form::Past && class_in!(c, "ask") && s.is_in(cj, BY) {
        passive_by(ctx, cue, ci, cj, out);
        return;
    }
    // A predicate noun of stance is a cue only after the copula ("is a
    // fervent supporter of"), not as a subject ("Supporters of the plan
    // say").
    let predicate = s.is_in(ci, super::speaker::PREDICATE_NOUNS);
    if predicate && super::speaker::predicate_noun_copula(s, ctx.lo, ci).is_none() {
        return;
    }
    // "concerned" reports a fear only after the copula ("are (long)
    // concerned that"), not as a participle ("the people concerned said").
    if lemma_is!(c, "concerned") {
        let mut p = ci;
        while p > ctx.lo
            && ci - p < 3
            && (s.is_in(
                p - 1,
                &[
                    "also",
                    "long",
                    "so",
                    "still",
                    "very",
                    "deeply",
                    "increasingly",
                ],
            ) || s.is_word(p - 1) && !s.is_cap(p - 1) && s.bytes(p - 1).ends_with(b"ly"))
        {
            p -= 1;
        }
        if p == ctx.lo || !s.is_in(p - 1, BE) {
            return;
        }
    }
    // Noun uses, passives and infinitives are not cues.
    if ci > ctx.lo {
        let p = ci - 1;
        if c.frames & frame::PREP == 0 {
            // "He’s predicting", "she's said", "who's argued": the clitic
            // "is/has" after a subject pronoun, not a possessive.
            let clitic = s.is_poss(p)
                && p > ctx.lo
                && (s.is_in(p - 1, W_HE_SHE) || s.is_in(p - 1, &["who"]))
                && matches!(cue.form, Form::Ing | Form::Past);
            // "Moody's said", "McDonald's told Reuters": a name that ends
            // in "'s" before "said/says/told/tells"
            // ([`super::speaker::name_s_before`]).
            let name_s = cj == ci + 1 && super::speaker::name_s_before(s, p, ctx.lo, ci);
            let clitic = clitic || name_s;
            // (A predicate noun of stance after its copula and article
            // is the cue: "Pike is a supporter of the plan"; the test
            // above made sure of the copula.)
            if s.is_in(p, NOUN_MARKERS) && !predicate || s.is_poss(p) && !clitic {
                return;
            }
            // (The passives below ask a past form, the infinitive a base
            // form: one test of the form for all of them.)
            if cue.form == Form::Past {
                // "The hostages released on Friday said ...": the
                // participle of a later cue's subject.
                // "Two climbers reported missing were found", "Ten people
                // feared dead after the quake": a participle with its
                // predicate adjective after a noun (`status_participle`).
                // (Both after a common noun: the bit tests first, most
                // past cues follow a name or a pronoun.)
                if cj == ci + 1
                    && s.is_word(p)
                    && (!s.is_cap(p) || p == ctx.lo)
                    && !s.is_pronoun(p)
                    && !s.is_stop(p)
                    && !s.is_det(p)
                    && !s.is_aux_like(p)
                    && (participle_in_subject(s, lx, ctx.lo, ci) || status_participle(s, cj))
                {
                    return;
                }
                // Also with an adverb between ("The Fed is widely expected to
                // hold rates", "Twitter is increasingly seen as ...").
                // One-word cues only: "are specifically focused on", "are
                // generally leery of" are adjectives of stance.
                let adverb_passive = p > ctx.lo
                    && cj == ci + 1
                    && s.is_in(p - 1, BE)
                    && super::speaker::ly_adverb(s, p);
                // "The government is worried that ...", "Voters were worried
                // about ...": an adjective of fear after the copula, not a
                // passive.
                // (The lemma compared only after a copula.)
                let adjective = || c.keys & key::WORRY_LEMMA != 0 || lemma_is!(c, "concerned");
                if (s.is_in(p, BE) || adverb_passive) && !adjective() {
                    passive_by(ctx, cue, ci, cj, out);
                    return;
                }
                // "As reported by The Post, content.": the clause after the
                // source.
                if class_in!(c, "report") && p == ctx.lo && s.is_in(p, W_AS) && s.is_in(cj, BY) {
                    if let Some(np) = forward(s, lx, cj + 1) {
                        let k = ctx.skip_adverbials(np.b);
                        if k + 3 < n
                            && s.is_p(k, ",")
                            && (ctx.clause_start(k + 1)
                                || s.is_word(k + 1) && !s.is_in(k + 1, &["and", "but", "or"]))
                        {
                            push_clause(ctx, k + 1, np, cue, "as-speaker-cue", out);
                        }
                    }
                    return;
                }
                // A reduced passive: "a biography written by", "the votes needed by";
                // "was first reported last week by".
                let report_by = class_in!(c, "report")
                    && s.is_in(p, &["first", "originally", "initially", "previously"])
                    && (cj..n.min(cj + 4))
                        .take_while(|&k| s.is_word(k))
                        .any(|k| s.is_in(k, BY));
                // Not a speech gerund after "by" ("continued by saying, ...",
                // "responded by arguing that ..."): a passive agent is a noun
                // phrase.
                // (Looked at only after "by".)
                let gerund = || {
                    cj + 1 < n
                        && s.is_word(cj + 1)
                        && s.bytes(cj + 1).ends_with(b"ing")
                        && s.cue_word(lx, cj + 1)
                            .is_some_and(|(_, form)| form == Form::Ing)
                };
                if s.is_in(cj, BY) && !class_in!(c, "say") && !gerund() || report_by {
                    passive_by(ctx, cue, ci, cj, out);
                    return;
                }
            } else if cue.form == Form::Base
                && s.is_in(p, TO)
                && s.is_in(cj, super::speaker::CONTROL_GAP_ENDS)
                && super::speaker::subject_control(s, ctx.lo, p).is_some()
            {
                // "declined to comment before confirming that ...": the
                // clause after the subordinator is no content of the
                // infinitive's cue.
                return;
            } else if cue.form == Form::Base
                && s.is_in(p, TO)
                && (super::speaker::catenative(s, ctx.lo, p).is_none()
                    // An attempt to learn or to ask is no report of what
                    // was learnt or asked ("tried to understand how ...",
                    // "was trying to find a way", "tried to ask him about
                    // ..."): only a verb of trying says so.
                    || class_in!(c, "know" | "ask") | lemma_is!(c, "find")
                        && super::speaker::conative(s, ctx.lo, p).is_some())
                && super::speaker::causative_object(s, lx, ctx.lo, p).is_none()
                && !(p > ctx.lo
                    && s.is_in(
                        p - 1,
                        &["going", "wants", "want", "wanted", "plans", "planned"],
                    ))
                // "Residents I've spoken to say ...": a preposition
                // stranded at the end of a contact clause, no infinitive's.
                && !ctx.stranded_prep(ci)
            {
                // "Grijalva was the first Democrat in Congress to endorse
                // Sanders": the infinitive of a ranked predicate noun
                // (`ranked_to`).
                if class_in!(c, "support" | "oppose") {
                    if let Some(d) = ranked_to(ctx, cue, cj, p) {
                        out.push(d);
                    }
                }
                return;
            }
        }
    }
    // Prepositional cue: "according to X" (its own function: a rare
    // group, kept off the path of the other cues).
    if c.frames & frame::PREP != 0 {
        according_to(ctx, cue, ci, cj, out);
        return;
    }

    apply_frames(ctx, cue, c, ci, cj, before, out);
}

/// The texts of the rules' examples and counter-examples, the bench and
/// eval corpora and the golden inputs: the real inputs that the rules'
/// fast paths and early returns are compared on, with and without them.
#[cfg(test)]
pub(crate) fn real_texts() -> Vec<String> {
    let rules = crate::ruleset::RuleSet::default_data().unwrap();
    let mut texts = rules.example_texts();
    let jsonl = [
        include_str!("../../../benches/corpus.jsonl"),
        include_str!("../../../tests/data/eval/docs.jsonl"),
    ];
    for line in jsonl.iter().flat_map(|f| f.lines()) {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        texts.push(v["text"].as_str().unwrap().to_string());
    }
    for t in [
        include_str!("../../../tests/golden/example/input.txt"),
        include_str!("../../../tests/golden/kinds/input.txt"),
        include_str!("../../../tests/golden/negatives/input.txt"),
    ] {
        texts.push(t.to_string());
    }
    texts
}

/// Calls `f` with every sentence of `text` as the extractor tokenizes it
/// (cues scanned with `lx`), the document's quotes and the sentence's
/// span: the loop of the tests that compare a walk's fast path with its
/// plain version on every sentence of many texts.
#[cfg(test)]
pub(crate) fn for_each_sentence(
    text: &str,
    lx: &crate::lexicon::Lexicon,
    mut f: impl FnMut(&crate::attribution::sent::Sent, &[crate::quotes::Quote], (usize, usize)),
) {
    let paras = crate::text::segment::paragraphs(text);
    let quotes = crate::quotes::document_quotes(text, &paras);
    let (mut at, mut cues) = (0, Vec::new());
    for &p in &paras {
        for span in crate::text::segment::sentences(text, p, &quotes) {
            let s = crate::attribution::sent::Sent::with_cues(
                text,
                span,
                Default::default(),
                lx,
                &mut at,
                &mut cues,
            );
            f(&s, &quotes, span);
        }
    }
}

#[cfg(test)]
mod tests;
