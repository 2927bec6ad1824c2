//! Content and speaker boundaries the rules share: quantified speakers,
//! relative clauses and their gaps ("who said", "which ... warned"), dashes,
//! "and -ing" tails, stance nouns, and the document's own speaker. Each
//! finds where a speaker phrase or a content span ends.

use super::*;
use crate::lexicon::NounType;

/// Month names, for time phrases before a subject ("in September he said").
pub(crate) const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// A subject phrase extended over a quantifier, a determiner before a
/// number or "former" that the phrase search stops at, when the extended
/// phrase opens its clause: "(Virtually) all analysts say", "Each side
/// said", "The two voters acknowledged", "On Sunday, former President X
/// said". Otherwise the phrase as it is.
///
/// Inlined: its first test, asked for every phrase found before a cue,
/// answers for most; the steps run out of line ([`quantified_steps`]).
#[inline(always)]
pub(super) fn quantified(s: &Sent, lo: usize, np: Np) -> Np {
    // Every step needs the word before the phrase in one of these sets, or
    // the phrase opening with "all/each/both/every": for most phrases one
    // mask test answers.
    let before = QUANT_ALL.bit()
        | W_LEAST.bit()
        | THE_THESE_THOSE.bit()
        | FORMER_RETIRED.bit()
        | W_AND_NOR_OR.bit();
    if np.a == lo || !s.in_sets(np.a - 1, before) && !s.in_sets(np.a, QUANT_ALL.bit()) {
        return np;
    }
    quantified_steps(s, lo, np)
}

/// The steps of [`quantified`] once its first test let the phrase `np`
/// through.
#[inline(never)]
fn quantified_steps(s: &Sent, lo: usize, np: Np) -> Np {
    let mut a = np.a;
    if a > lo && s.is_in(a - 1, QUANT_ALL) && !s.is_pronoun(a) {
        a -= 1;
    }
    // "At least four Democratic senators", "at least one former employee".
    if a >= lo + 2 && s.is_det(a) && s.is_in(a - 1, W_LEAST) && s.is_in(a - 2, W_AT) {
        a -= 2;
    }
    // "Virtually all", "The two voters", "former President X".
    let widen = a > lo
        && (s.is_in(a, QUANT_ALL) && s.is_in(a - 1, &["virtually", "nearly", "almost"])
            || s.is_in(a - 1, THE_THESE_THOSE)
                && s.is_in(a, &["two", "three", "four", "five", "other"])
            || s.is_in(a - 1, FORMER_RETIRED) && s.is_cap(a));
    if widen {
        a -= 1;
    }
    let opens = |a: usize| {
        a == lo
            || s.is_punct(a - 1) && !s.is_poss(a - 1) && !s.is_quote_mark(a - 1)
            || s.is_in(a - 1, CLAUSE_OPENS)
    };
    if a < np.a && opens(a) {
        return Np { a, b: np.b };
    }
    // The first conjunct of a coordinated subject ("Neither Cruz nor
    // Christie acknowledged", "Obama and Clinton both said"): up to four
    // words of a name or plain noun phrase back to the clause start.
    if a == np.a && a >= lo + 2 && s.is_in(a - 1, W_AND_NOR_OR) && !opens(a) {
        let mut k = a - 1;
        while k > lo
            && a - k < 6
            && (s.is_cap(k - 1) && !s.is_stop(k - 1)
                || s.is_det(k - 1)
                || s.is_poss(k - 1)
                || s.is_word(k - 1) && !s.is_stop(k - 1) && !s.bytes(k - 1).ends_with(b"ly"))
        {
            k -= 1;
        }
        if k > lo && s.is_in(k - 1, &["neither", "both", "either"]) {
            k -= 1;
        }
        // After a comma only a list of names ("Indiana, Michigan and Ohio"
        // is one, "emails, pamphlets or press releases" none).
        let list = k > lo && s.is_p(k - 1, ",");
        if k + 1 < a && opens(k) && s.is_word(k) && (!list || s.is_cap(k) && s.is_cap(np.b - 1)) {
            return Np { a: k, b: np.b };
        }
    }
    np
}

/// "Sam Lau, the communications director for the Iowa Democratic Party
/// said": an apposition with no closing comma after a name opening the
/// sentence; the name joins it. `np` is the phrase found before the cue,
/// starting three to five tokens after the clause start (the caller tests
/// that in line, to skip the call; it is tested again here, so that the
/// function stands on its own); `cj` is the token after the cue. Otherwise `np` as it is.
#[inline(never)]
pub(super) fn name_before_open_appos(ctx: &Ctx, cj: usize, np: Np) -> Np {
    let s = ctx.s;
    let name = np.a >= ctx.lo + 3
        && np.a <= ctx.lo + 5
        && s.is_p(np.a - 1, ",")
        && np.b > np.a + 1
        // Not a parenthetical "Mrs. Clinton, these people said, ...".
        && !(cj < ctx.n() && s.is_p(cj, ","))
        && !s.is_pronoun(np.a)
        && !s.is_in(np.a, &["who", "which", "that", "whose"])
        && (s.is_det(np.a) || s.is_word(np.a) && !s.is_cap(np.a))
        && (ctx.lo..np.a - 1)
            .all(|k| s.is_word(k) && s.is_cap(k) && !s.is_stop(k) && !s.is_in(k, DAYS));
    if name {
        Np { a: ctx.lo, b: np.b }
    } else {
        np
    }
}

/// Auxiliaries and modals that open a relative clause's gap after the cue
/// ("a strike that executives said could hurt", "which he said had harmed").
pub(super) const GAP_AUX: &[&str] = &[
    "is", "was", "were", "are", "will", "would", "could", "can", "may", "might", "should", "must",
    "has", "had", "have",
];

/// Whether speaker `np` right before cue `ci` follows a relative
/// "who/whom" and the cue is a plain form (no participle) of saying,
/// believing, claiming, arguing, suggesting, hoping, fearing, predicting,
/// knowing, reporting, noting, insisting or warning: "two men who police
/// said were armed", "Kelly, who he claims has been unfair". Not an
/// interrogative "who" after a word of asking, knowing or deciding
/// (`WHO_QUESTION`: "asked who he believed was responsible", "unclear who
/// the government thinks will pay"). The caller tests the auxiliary after
/// the cue that makes the relative word the gapped subject of the
/// reported clause. (A relative with no relative word, "a probe the
/// agency said was ongoing", gave train +3 rows right, 0 wrong, but a
/// wrong one on dev.)
#[inline(always)]
pub(super) fn gap_relative(ctx: &Ctx, cue: &CueMatch, np: Np, ci: usize) -> bool {
    let s = ctx.s;
    np.a > ctx.lo + 1
        && np.b == ci
        && (s.is_in(np.a - 1, &["who", "whom"])
            && !(np.a >= 2
                && s.is_in(np.a - 2, WHO_QUESTION)
                && !(s.is_in(np.a - 2, OF) && s.is_in(np.a - 1, &["whom"])))
            // (A "that" on a plain subject asks no word of asking: "The
            // idea that investors said was dead was revived".)
            || that_on_subject(ctx, np.a - 1))
        && gap_cue(ctx, cue)
}

/// Whether token `t` is a relative "that" right after a plain noun phrase
/// opening the clause ("The tanker \[that\] officials said carried Iranian
/// oil was seized", "A drug that doctors say saved his life", "Ships
/// \[that\] officials said carried oil were seized"): two to five words
/// before it, a determiner or a capitalized word first, or one
/// capitalized word alone; none of them a verb (no auxiliary, cue form,
/// irregular past or lowercase past in -ed: "red", "speed", "shed" are
/// no verbs), the last no function word. The clause's verb is still to
/// come, so "that" is no complementizer ("Officials said \[that\] police
/// ..." has its verb before it). An amount's currency sign or percent
/// sign is part of the phrase ("The \$2 billion deal \[that\] analysts
/// said ..."), and a cue word is a noun right after a determiner or a
/// clitic ("The plan", "Trump's plan \[that\] critics said would ...";
/// not "The union says that": no determiner right before the cue word).
/// The one test of both `gap_relative` and the long subject's gap phrase
/// (`long_subject_from`); a gap phrase of a determiner and lowercase
/// nouns there also asks for a verb of saying or believing
/// ([`saying_gap_cue`], within [`gap_cue`]), so the speaker is cut at
/// "that" only where the gap row is made.
pub(in crate::attribution::rules) fn that_on_subject(ctx: &Ctx, t: usize) -> bool {
    let s = ctx.s;
    let lo = ctx.lo;
    t > lo
        && t <= lo + 5
        && s.is_in(t, THAT)
        && (s.is_det(lo) || s.is_cap(lo))
        && !s.is_stop(t - 1)
        && !s.is_det(t - 1)
        && (lo..t).all(|k| {
            (s.is_word(k) || s.is_poss(k) || amount_sign(s, k))
                && !s.is_aux_like(k)
                && (s.is_cap(k) || !ed_verb(s.bytes(k)))
                && !s.is_in(k, IRREGULAR_PASTS)
                && (s.cue_word(ctx.lx, k).is_none() || noun_after_det(s, lo, k))
        })
}

/// Currency signs that open an amount inside a noun phrase ("The \$2
/// billion deal").
const CURRENCY_SIGNS: &[&str] = &["$", "€", "£", "¥"];

/// Whether token `k` is a currency sign before a number, or a percent
/// sign after one ("a 5 % tax"): a sign inside an amount of a noun
/// phrase, no punctuation that ends it.
pub(super) fn amount_sign(s: &Sent, k: usize) -> bool {
    CURRENCY_SIGNS.iter().any(|c| s.is_p(k, c)) && s.is_numeric(k + 1)
        || k > 0 && s.is_p(k, "%") && s.is_numeric(k - 1)
}

/// Whether the cue word at `k` (after `lo`) is a noun: right after a
/// determiner that is no number, or after a clitic "'s" ("the plan",
/// "its report", "Trump's plan"); not a form of a past ("the said
/// agreement" is no noun phrase of a relative's head).
fn noun_after_det(s: &Sent, lo: usize, k: usize) -> bool {
    k > lo
        && (s.is_det(k - 1) && !s.is_numeric(k - 1) || s.is_poss(k - 1))
        && !s.is_in(k, IRREGULAR_PASTS)
        && !ed_verb(s.bytes(k))
}

/// The subject of a contact clause (a relative clause with no relative
/// word) inside speaker `np` right before cue `ci`: a plural with no -s
/// (`invariant_plural`: police, people, staff, -men), after a determiner
/// or not, right after a singular lowercase head with its determiner ("The
/// man \[police\] said fired the shots", "a woman \[the police\] say
/// had fled"), for a cue of [`gap_cue`]. The caller asks for the gapped
/// clause's verb after the cue (an auxiliary or a past: "The state police
/// said the road was closed" has a subject, no gap).
#[inline(never)]
pub(super) fn contact_gap_subject(ctx: &Ctx, cue: &CueMatch, np: Np, ci: usize) -> Option<Np> {
    let s = ctx.s;
    if np.b != ci || ci < ctx.lo + 3 {
        return None;
    }
    if !super::invariant_plural(s, ci - 1) {
        return contact_pronoun_subject(ctx, cue, np, ci)
            .or_else(|| contact_noun_subject(ctx, cue, np, ci));
    }
    let a = if s.is_det(ci - 2) && !s.is_numeric(ci - 2) {
        ci - 2
    } else {
        ci - 1
    };
    // (The phrase search may have stopped at the subject's determiner:
    // "The ship \[the police\] said carried ...".)
    let h = a - 1;
    (np.a <= a
        && h > ctx.lo
        && s.is_word(h)
        && !s.is_cap(h)
        && !s.is_stop(h)
        && !s.is_det(h)
        && !s.bytes(h).ends_with(b"s")
        && !super::invariant_plural(s, h)
        && s.is_det(h - 1)
        && !s.is_numeric(h - 1)
        && gap_cue(ctx, cue))
    .then_some(Np { a, b: ci })
}

/// Subject pronouns that open a contact clause ([`contact_pronoun_subject`]).
const CONTACT_PRONOUNS: &[&str] = &["he", "she", "it", "they", "we"];

/// A subject pronoun as the subject of a contact clause right after a
/// lowercase head and its determiner ("a step \[they\] believe could
/// unify the party", "a move \[he\] said would cut costs", "the rivals
/// \[she\] thinks are weakest", "a fault \[it\] said could cause fires"):
/// a pronoun in the nominative ("it" too: a cue follows it) ends no noun
/// phrase of its own, so the head before it, a noun after a determiner
/// (plural or not), is the head of a relative clause with no relative
/// word; the caller asks for the gapped clause's auxiliary or past after
/// the cue. Not for a cue of knowing ("a gift he knew would lift my
/// mood": the writer states the fact), nor for a pronoun that is no
/// subject on its own ("the way we ...": the head is a stop word). (A
/// verb of asking before the head is not tested: "asked the man he said
/// had fled ..." is read as such a clause.)
fn contact_pronoun_subject(ctx: &Ctx, cue: &CueMatch, np: Np, ci: usize) -> Option<Np> {
    let s = ctx.s;
    let a = ci - 1;
    let h = a - 1;
    (np.a <= a
        && s.is_in(a, CONTACT_PRONOUNS)
        && h > ctx.lo
        && s.is_word(h)
        && !s.is_cap(h)
        && !s.is_stop(h)
        && !s.is_det(h)
        && !s.is_aux_like(h)
        && !ctx.in_quote(h)
        && (s.is_det(h - 1) && !s.is_numeric(h - 1) || s.is_poss(h - 1))
        && gap_cue(ctx, cue)
        && ctx.lx.cue(cue.cue).class != "know")
        .then_some(Np { a, b: ci })
}

/// A lowercase speaker noun of a person or a body as the subject of a
/// contact clause right after a lowercase head and its determiner: a
/// plural in -s alone ("a goal \[critics\] say is unrealistic", "the deal
/// \[analysts\] say could collapse", "a plan \[officials\] believe will
/// cut costs"), or any number after a determiner of its own ("a report
/// \[the agency\] said was flawed": two noun phrases abut). The bare
/// plural's head is no speaker noun of a person or a body, which would
/// rather modify it ("the union \[leaders\]", "the party officials";
/// but for a head of [`CONTACT_PERSON_HEADS`]: "a man \[witnesses\] said
/// was armed"), nor a plural. As for [`contact_pronoun_subject`], the caller asks for
/// the gapped clause's auxiliary or past after the cue, so "The state
/// officials said the road was closed" keeps its subject.
fn contact_noun_subject(ctx: &Ctx, cue: &CueMatch, np: Np, ci: usize) -> Option<Np> {
    let s = ctx.s;
    let p = ci - 1;
    // (The token's bits first, the quote test, a search of the quotes,
    // last: most cues here have no speaker noun before them.)
    if !s.is_word(p) || s.is_cap(p) || s.is_stop(p) {
        return None;
    }
    let body = |i: usize| {
        matches!(
            s.speaker_noun(ctx.lx, i),
            Some(NounType::Person | NounType::Organization)
        )
    };
    let det = s.is_det(p - 1) && !s.is_numeric(p - 1) && !s.is_poss(p - 1);
    let a = if det { p - 1 } else { p };
    if a < ctx.lo + 2 || np.a > a || !body(p) {
        return None;
    }
    let w = s.bytes(p);
    let plural = w.ends_with(b"s") && !w.ends_with(b"ss");
    if !(det || plural) || ctx.in_quote(p) {
        return None;
    }
    let h = a - 1;
    (s.is_word(h)
        && !s.is_cap(h)
        && !s.is_stop(h)
        && !s.is_det(h)
        && !s.is_aux_like(h)
        && (s.is_det(h - 1) && !s.is_numeric(h - 1) || s.is_poss(h - 1))
        && (det || !s.bytes(h).ends_with(b"s") && (!body(h) || s.is_in(h, CONTACT_PERSON_HEADS)))
        && !ctx.in_quote(h)
        && gap_cue(ctx, cue)
        && ctx.lx.cue(cue.cue).class != "know")
        .then_some(Np { a, b: ci })
}

/// Singular person nouns that head a contact clause on a bare plural
/// speaker noun, where [`contact_noun_subject`] otherwise reads a person
/// head as a modifier ("the union leaders"): "A man \[witnesses\] said
/// was carrying a knife", "The suspect \[investigators\] believe fired
/// the shots was arrested" (with a gapped auxiliary or past after the
/// clause; "... fired the shots remains at large" gives no row). Heads
/// that are no speaker nouns ("gunman", "attacker") pass without the
/// list. They seldom modify a plural person noun, and where they do
/// ("woman lawmakers") the gapped verb that the caller asks after the cue
/// is missing ("Woman lawmakers said they would ...").
const CONTACT_PERSON_HEADS: &[&str] = &[
    "man", "woman", "boy", "girl", "person", "suspect", "teenager", "driver",
];

/// Object-and-infinitive verbs before a contact clause's head ("asked the
/// staff they said were absent \[to\] report back"): the gapped clause
/// ends before the verb's own infinitive ([`contact_gap_end`]).
fn obj_to_verb(ctx: &Ctx, v: usize) -> bool {
    let s = ctx.s;
    s.is_word(v)
        && s.cue_word(ctx.lx, v)
            .is_some_and(|(c, _)| ctx.lx.cue(c).frames & frame::OBJ_TO != 0)
}

/// Adjectives and participles that take a to-infinitive of their own
/// inside a contact clause ("said was \[eager\] to help", "were \[likely\]
/// to strike"), besides the cue words of `gazetteer/verbs.csv` with the
/// "to" frame (eager, keen, willing, refusing, expected, ...): the "to"
/// after them belongs to the gapped clause, not to the main verb
/// ([`contact_gap_end`]).
const INF_TAKERS: &[&str] = &[
    "likely",
    "unlikely",
    "ready",
    "able",
    "unable",
    "sure",
    "certain",
    "set",
    "due",
    "about",
    "going",
    "trying",
    "slow",
    "quick",
    "reluctant",
    "prepared",
    "poised",
    "determined",
    "bound",
    "supposed",
    "unwilling",
    "afraid",
    "free",
    "seeking",
    "working",
];

/// Whether the "to" at `t` licensed by no word before it opens an
/// infinitive: a lowercase word follows that is no determiner or object
/// pronoun ([`INF_OBJECTS`]) and no plural -s noun ("to talks"; "to
/// discuss" ends in -ss).
fn bare_infinitive(ctx: &Ctx, t: usize) -> bool {
    let s = ctx.s;
    let v = t + 1;
    let w = s.bytes(v);
    s.is_word(v)
        && !s.is_cap(v)
        && !s.is_det(v)
        && !s.is_in(v, INF_OBJECTS)
        && (!w.ends_with(b"s") || w.ends_with(b"ss"))
}

/// Where the gapped clause of a contact clause (on the head at `head`)
/// ends when the verb before the head's determiner takes an object and an
/// infinitive ("He asked the staff they said were absent \[to report
/// back\]"): at the first "to" after the clause's first two words that
/// the word before it does not take ([`INF_TAKERS`], a cue word with the "to" frame:
/// "was refusing to negotiate \[to return\] to talks") and that a base
/// verb follows ([`bare_infinitive`]), which opens that verb's
/// infinitive; else `end` ("asked the bank the agency said was eager to
/// help": no cut).
pub(super) fn contact_gap_end(ctx: &Ctx, head: usize, k: usize, end: usize) -> usize {
    let s = ctx.s;
    if head < ctx.lo + 2 || !(s.is_det(head - 1) || s.is_poss(head - 1)) {
        return end;
    }
    if !obj_to_verb(ctx, head - 2) {
        return end;
    }
    let takes_to = |b: usize| {
        s.is_in(b, INF_TAKERS)
            || s.cue_word(ctx.lx, b)
                .is_some_and(|(c, _)| ctx.lx.cue(c).frames & frame::TO != 0)
    };
    (k + 2..end)
        .find(|&t| s.is_in(t, TO) && t + 1 < end && !takes_to(t - 1) && bare_infinitive(ctx, t))
        .unwrap_or(end)
}

/// A lowercase past right after the cue of a gapped clause (an -ed word
/// or an irregular past of `gazetteer/irregular_verbs.csv`:
/// [`IRREGULAR_PASTS`], [`super::ctx::NOUN_PASTS`]), no passive participle
/// before "by": the clause's
/// own verb ("who police said
/// \[fired\] the shots", "whom prosecutors say \[ran\] the network").
pub(super) fn gap_past(ctx: &Ctx, k: usize) -> bool {
    let s = ctx.s;
    s.is_word(k)
        && !s.is_cap(k)
        && (s.is_in(k, IRREGULAR_PASTS)
            || s.bytes(k).len() > 4 && s.bytes(k).ends_with(b"ed")
            || s.is_in(k, super::ctx::NOUN_PASTS))
        && !s.is_in(k + 1, &["by"])
        && !ctx.in_quote(k)
}

/// Whether the past at `k` (right after a contact clause's cue) takes an
/// object, as the gapped clause's verb does: a determiner or an object
/// pronoun (him, her, them, us, me) follows it ("The man police said
/// fired \[the\] shots", "The ship the police said carried \[the\]
/// drugs"). Any other word after it makes the past an adjective of the
/// reported clause's subject ("The state police said \[unidentified\]
/// gunmen on motorcycles killed ...", "said injured passengers,
/// including ..."): no contact clause.
pub(super) fn contact_past_object(ctx: &Ctx, k: usize) -> bool {
    let s = ctx.s;
    let o = k + 1;
    s.is_word(o) && !s.is_cap(o) && (s.is_det(o) || s.is_in(o, &["him", "her", "them", "us", "me"]))
}

/// Whether the cue word at `ci` is a plain form of a verb of saying or
/// believing that takes a clause (class "say" or "believe": said,
/// believed, thought; not announced, promised, proposed, whose object is
/// often the relative's head: "The reforms that the ruling coalition
/// \[promised\] have stalled"), so a gap phrase of lowercase nouns before
/// it may be a speaker ("that \[the coast guard\] said was sinking"). A
/// narrower test than [`gap_cue`], so the speaker is cut only where the
/// gap row is made.
pub(in crate::attribution::rules) fn saying_gap_cue(ctx: &Ctx, ci: usize) -> bool {
    ctx.s.cue_word(ctx.lx, ci).is_some_and(|(id, form)| {
        let c = ctx.lx.cue(id);
        form != Form::Ing && c.frames & frame::THAT != 0 && class_in!(c, "say" | "believe")
    })
}

/// Whether cue `cue` may take a gapped clause: a plain form (no
/// participle) of saying, believing, claiming, arguing, suggesting,
/// hoping, fearing, predicting, knowing, reporting, noting, insisting or
/// warning that takes a clause.
fn gap_cue(ctx: &Ctx, cue: &CueMatch) -> bool {
    cue.form != Form::Ing && {
        let c = ctx.lx.cue(cue.cue);
        c.frames & frame::THAT != 0
            && class_in!(
                c,
                "say"
                    | "believe"
                    | "claim"
                    | "argue"
                    | "suggest"
                    | "hope"
                    | "fear"
                    | "predict"
                    | "know"
                    | "report"
                    | "note"
                    | "insist"
                    | "warn"
            )
    }
}

/// Words before an interrogative "who" (a question or what is known of
/// it, no relative clause): "asked who ...", "unclear who ...", "to
/// determine who ...", "whether/wonder who ...".
const WHO_QUESTION: &[&str] = &[
    "ask",
    "asks",
    "asked",
    "asking",
    "know",
    "knows",
    "knew",
    "known",
    "knowing",
    "determine",
    "determines",
    "determined",
    "determining",
    "unclear",
    "clear",
    "uncertain",
    "unknown",
    "sure",
    "certain",
    "whether",
    "wonder",
    "wonders",
    "wondered",
    "wondering",
    "question",
    "questions",
    "decide",
    "decides",
    "decided",
    "deciding",
    "establish",
    "explain",
    "learn",
    "out",
    "on",
    "about",
    "of",
    "over",
    "as",
    "to",
    "identify",
    "tell",
    "said",
    "say",
    "says",
    "see",
    "doubt",
    "idea",
    "matter",
    "ascertain",
];

/// Function-word adverbs that may stand between a gapped clause and the
/// main clause's past after a sentence subject ("The storm that
/// forecasters said would weaken \[instead\] intensified", "... would
/// hurt consumers \[later\] collapsed"): [`who_gap_end`] reads the past
/// after one as it reads one after a noun, or after the gapped clause's
/// own past ("who police said fled \[later\] surrendered"). (-ly adverbs
/// are bare words there already.)
const MAIN_VERB_ADVERBS: &[&str] = &["instead", "later", "then", "soon", "eventually", "also"];

/// The prepositions after an -ed word that make it a participle of a
/// noun phrase in [`who_gap_end`] ("a network based \[in\] Syria"), or,
/// after a possessive, a main verb ("Alzheimer's failed \[in\] trials");
/// in the object of a stance participle (`modifier_object_end`), the same
/// ("tariffs imposed \[on\] China").
pub(super) const GAP_END_PREPS: &[&str] = &[
    "by", "at", "in", "from", "with", "for", "on", "as", "under", "near", "into", "inside",
    "outside", "during", "over", "through", "across", "along",
];

/// Where the clause after a cue in a relative after "who/whom" ends, from
/// the auxiliary at `k` that opens it ("who police said [had fled]"): at
/// the first comma outside quotes or the content end, or before that at a
/// dash, a semicolon, a colon or a ")" that closes the relative (no "("
/// after `k` before it: "gave the wrong dose (insulin) to the patient"
/// goes on; "The gunman -- who police said had a history of mental
/// illness -- was shot dead"), or at the main clause's verb outside
/// quotes after no conjunction, relative word, "to" or pronoun. The
/// relative's own verb chain right after `k` ("have/be/been/being",
/// adverbs and one participle, an -ed or irregular past or participle
/// ("was stolen") or an -ing word)
/// is skipped; the main verb is then an auxiliary, a modal or a listed
/// irregular past (not before "by": "a network built by"), or an -ed word
/// (`main_ed`) right after that chain's participle after a form of "be"
/// ("was wounded \[died\]"; not "had leaked classified designs"), or after
/// a possessive "'s" before a determiner, "to" or a preposition
/// ("Alzheimer's \[failed\] a trial"; not "the city's failed port"), or after a
/// noun phrase's end: a capitalized word or a lowercase noun after a
/// determiner ("a limited role in the scheme \[pleaded\]", "the Pentagon
/// \[agreed\] to pay"), not before a preposition of a participle ("a network
/// based in Syria", "homes damaged by the quake", "sentenced to 10
/// years": "to" before a determiner, capital or number). Not an -ed word
/// after a determiner, number or modifier ("was a registered sex
/// offender", "had a concealed weapon") nor after a bare noun
/// ("documents marked top secret") unless a determiner follows it ("who
/// witnesses say wore uniforms \[attacked\] the village"). ("The
/// suspect who prosecutors say had fled to Spain \[was\] extradited", "may
/// have been exposed \[were\] moved".) `None` when the clause would be one
/// word or less.
///
/// `past` says `k` is the clause's own verb, a past (not an auxiliary):
/// no participle chain follows it, the main verb may come right after it
/// ("who police said fled \[was\] arrested") and a one-word clause is
/// kept.
///
/// `subject` says the relative closes the sentence's subject (its head
/// opens the sentence): the main verb must follow, so when none is found
/// before the content's end, an -ed word (not before "and/or" or a
/// comma) after a noun phrase's end or a bare lowercase noun (or one of
/// `MAIN_VERB_ADVERBS` after either), or else
/// one right after the past at `k` with a word after it, is it ("The man who police said fired the
/// shots \[surrendered\] on Sunday", "needed urgent surgery \[died\]",
/// "fled \[pleaded\] guilty"), unless an -s word after a bare lowercase
/// noun follows it (a present main verb further on: "drove the car involved
/// in the crash \[faces\] charges"). With `past` and `subject`, no
/// such end gives `None`: no row rather than a clause that runs on into
/// the main clause ("stole the painting denies the charges").
pub(super) fn who_gap_end(ctx: &Ctx, k: usize, subject: bool, past: bool) -> Option<usize> {
    let s = ctx.s;
    let stop = ctx.comma_end(k).min(ctx.content_end(k));
    let low = |j: usize| s.is_word(j) && !s.is_cap(j);
    let ed = |j: usize| {
        low(j)
            && (s.bytes(j).len() > 4 && s.bytes(j).ends_with(b"ed")
                || s.is_in(j, &["died", "lied", "tied"]))
    };
    let participle = |j: usize| {
        low(j)
            && !s.is_aux_like(j)
            && !s.is_in(j, W_DO_MODALS)
            && (ed(j)
                || s.is_in(j, IRREGULAR_PASTS)
                // ("was \[stolen\] abandoned": a participle that is no past.)
                || crate::irregular::is_irregular_participle(s.bytes(j))
                || s.bytes(j).len() > 4 && s.bytes(j).ends_with(b"ing"))
    };
    let mut j = k + 1;
    let mut content = past;
    let mut passive = false;
    let mut progressive = false;
    while j < stop {
        if s.is_in(
            j,
            &[
                "not", "never", "also", "already", "still", "just", "have", "be", "been", "being",
                "n't",
            ],
        ) {
            j += 1;
        } else if !content && participle(j) {
            content = true;
            passive = s.is_in(j - 1, &["is", "are", "was", "were", "be", "been", "being"]);
            progressive = s.bytes(j).ends_with(b"ing");
            j += 1;
        } else {
            break;
        }
    }
    let chain_end = j;
    // An -ed word that ends the noun phrase before it: a capitalized word
    // or a lowercase noun with a determiner up to three words before it.
    let np_end = |p: usize| {
        s.is_word(p)
            && !s.is_stop(p)
            && !s.is_det(p)
            && !s.is_pronoun(p)
            && !s.is_numeric(p)
            && !s.is_number_word(p)
            && (s.is_cap(p)
                || (p.saturating_sub(3).max(k + 1)..p)
                    .rev()
                    .take_while(|&q| s.is_word(q))
                    .any(|q| s.is_det(q) && !s.is_numeric(q)))
    };
    // A bare lowercase noun ("needed urgent \[surgery\] died").
    let bare_noun = |p: usize| {
        low(p)
            && !s.is_stop(p)
            && !s.is_det(p)
            && !s.is_pronoun(p)
            && !s.is_numeric(p)
            && !s.is_number_word(p)
            && !s.is_aux_like(p)
            && !ed(p)
            && !s.bytes(p).ends_with(b"ing")
    };
    // A present main verb: an -s word after a bare lowercase noun ("the crash
    // \[faces\] charges").
    let present = |q: usize| low(q) && !s.is_stop(q) && plural_s(s.bytes(q)) && bare_noun(q - 1);
    let main_ed = |m: usize| {
        ed(m)
            && (m == chain_end && passive
                // "who witnesses say wore uniforms \[attacked\] the
                // village": an -ed word with a determiner after a noun.
                || m > chain_end
                    && s.is_word(m - 1)
                    && !s.is_cap(m - 1)
                    && !s.is_stop(m - 1)
                    && !s.is_det(m - 1)
                    && s.is_det(m + 1)
                    && !s.is_numeric(m + 1)
                // "who police said had been drinking \[crashed\] his car":
                // an -ed word with a determiner after an -ing chain.
                || m == chain_end && progressive && s.is_det(m + 1) && !s.is_numeric(m + 1)
                // "will slow Alzheimer's \[failed\] a trial": an -ed word
                // right after a possessive "'s" before a determiner, a
                // preposition or "to" (not "the city's failed port").
                || m > chain_end
                    && s.is_poss(m - 1)
                    && (s.is_det(m + 1) && !s.is_numeric(m + 1)
                        || s.is_in(m + 1, TO)
                        || s.is_in(m + 1, GAP_END_PREPS))
                || np_end(m - 1)
                    && !s.is_in(m + 1, GAP_END_PREPS)
                    && !(s.is_in(m + 1, TO)
                        && (s.is_det(m + 2) || s.is_cap(m + 2) || s.is_numeric(m + 2))))
    };
    let main = |m: usize| {
        low(m)
            && (s.is_aux_like(m)
                || s.is_in(m, W_DO_MODALS)
                || s.is_in(m, IRREGULAR_PASTS) && !s.is_in(m + 1, &["by"]))
            || main_ed(m)
    };
    let end = (j..stop)
        .find(|&m| {
            super::super::speaker::is_dash(s, m)
                || s.is_p(m, ")") && !(k..m).any(|q| s.is_p(q, "("))
                || s.is_p(m, ";")
                || s.is_p(m, ":")
                || main(m)
                    && (m > k + 1 || past)
                    && !ctx.in_quote(m)
                    && !s.is_in(m - 1, AND_BUT)
                    && !s.is_in(m - 1, &["or", "nor", "that", "which", "who", "whom", "to"])
                    && !s.is_pronoun(m - 1)
        })
        .or_else(|| {
            (subject && stop == ctx.content_end(k))
                .then(|| {
                    // (The last present main verb, found once: an -ed word
                    // before it is no main verb.)
                    let last_present = (k + 2..stop).rev().find(|&q| present(q));
                    let fits = |m: usize| {
                        ed(m)
                            && !ctx.in_quote(m)
                            && !s.is_in(m + 1, &["by", "or"])
                            && !s.is_in(m + 1, AND_BUT)
                            && !s.is_p(m + 1, ",")
                            && last_present.is_none_or(|q| q <= m)
                    };
                    // (After a noun phrase's end or a bare noun, or one
                    // of `MAIN_VERB_ADVERBS` after either: "would weaken
                    // \[instead\] intensified".)
                    let closes = |p: usize| np_end(p) || bare_noun(p);
                    (j.max(k + 2)..stop)
                        .find(|&m| {
                            fits(m)
                                && (closes(m - 1)
                                    || m >= k + 2
                                        && s.is_in(m - 1, MAIN_VERB_ADVERBS)
                                        && (m == k + 2 && past || m > k + 2 && closes(m - 2)))
                        })
                        // (The adverb stays out of the gapped clause.)
                        .map(|m| m - usize::from(s.is_in(m - 1, MAIN_VERB_ADVERBS)))
                        // Right after the past only when nothing else
                        // fits and a word follows ("fled \[pleaded\]
                        // guilty"; not "treated \[infected\] patients
                        // died", nor a cut-off "looked tired").
                        .or_else(|| (past && k + 2 < stop && fits(k + 1)).then_some(k + 1))
                })
                .flatten()
        });
    if past && subject && end.is_none() {
        return None;
    }
    let end = end.unwrap_or(stop);
    (end >= k + 2 || past && end > k).then_some(end)
}

/// The relative word before a speaker ("that"/"which" in "a plan which
/// aides said would fail") as an indirect content of its own.
pub(super) fn push_relative_word(ctx: &Ctx, np: Np, cue: &CueMatch, out: &mut Vec<Draft>) {
    let sp = ctx.span(np.a - 1, np.a);
    out.push(draft(
        Kind::Indirect,
        sp,
        Some(np),
        ctx.s,
        cue,
        "relative-speaker-cue",
    ));
}

/// The token after the last "(" between `lo` and `end` that is still open
/// at `end`, else `lo`.
#[inline]
pub(super) fn open_paren_start(ctx: &Ctx, lo: usize, end: usize) -> usize {
    let s = ctx.s;
    let mut closed = 0usize;
    for k in (lo..end).rev() {
        if s.is_p(k, ")") {
            closed += 1;
        } else if s.is_p(k, "(") {
            if closed == 0 {
                return if k + 1 < end { k + 1 } else { lo };
            }
            closed -= 1;
        }
    }
    lo
}

/// "a cartel, which he called “...”", "Smith, whom he described as
/// “volatile”": before a describe cue with a quote, the relative word
/// names what the speaker describes and is a content of its own
/// (annotators mark it); not after a preposition ("in which Trump called
/// himself “...”").
pub(super) fn describe_relative(
    ctx: &Ctx,
    cue: &CueMatch,
    np: Np,
    coord: bool,
    out: &mut Vec<Draft>,
) {
    let s = ctx.s;
    if ctx.lx.cue(cue.cue).class != "describe"
        || coord
        || np.a <= ctx.lo
        || np.b - np.a > 6
        || !s.is_in(np.a - 1, &["which", "whom"])
        || np.a >= 2
            && s.is_in(
                np.a - 2,
                &[
                    "in", "under", "during", "by", "with", "through", "on", "at", "of", "to",
                    "for", "about", "from",
                ],
            )
    {
        return;
    }
    push_relative_word(ctx, np, cue, out);
}

/// The clause after the cue of a relative speaker ("which officials said
/// [will take effect soon]", "what she said [is growing demand]"): it runs to
/// the comma that closes the relative clause, or to the content end (the
/// tests of the words at `k` in [`relative_gap_to`]).
pub(super) fn relative_gap(ctx: &Ctx, cue: &CueMatch, np: Np, k: usize, out: &mut Vec<Draft>) {
    if k >= ctx.n() {
        return;
    }
    let end = ctx.comma_end(k).min(ctx.content_end(k));
    if end >= k + 2 {
        relative_gap_to(ctx, cue, np, k, end, out);
    }
}

/// [`relative_gap`] with the clause's end `end` given (for "who/whom",
/// [`who_gap_end`]; its callers ask for two words or more, or one past:
/// "who police said \[fled\] was arrested").
pub(super) fn relative_gap_to(
    ctx: &Ctx,
    cue: &CueMatch,
    np: Np,
    k: usize,
    end: usize,
    out: &mut Vec<Draft>,
) {
    let s = ctx.s;
    let n = ctx.n();
    // Not a hearer ("what she told NBC News") or a question ("what we
    // should ask"), nor a conjunction or an adverbial after the cue.
    let class = ctx.lx.cue(cue.cue).class.as_str();
    if k >= n
        || !s.is_word(k)
        || matches!(class, "tell" | "ask")
        || s.is_in(
            k,
            &[
                "that", "to", "of", "about", "for", "so", "and", "or", "but", "when", "under",
                "with", "on", "in", "at", "by", "from",
            ],
        )
    {
        return;
    }
    if end <= k {
        return;
    }
    let sp = ctx.span(k, end);
    push_span(ctx, sp, np, cue, "relative-gap-cue", out);
}

/// Where a clause before `, X said` starts: after its last dash outside
/// quotes ("... about to go fishing - archetypal Trump voters, he
/// thought", "... the bad blood - it's a two-way street, they insist"),
/// the piece before the dash being the writer's. A dash closing a pair
/// ("- particularly a second-place finish -") only before "and/but".
pub(super) fn dash_start(ctx: &Ctx, end: usize) -> usize {
    let s = ctx.s;
    let dash = |k: usize| {
        (s.is_p(k, "-") || s.is_p(k, "--") || s.is_p(k, "—") || s.is_p(k, "–")) && !ctx.in_quote(k)
    };
    let mut last = None;
    let mut count = 0;
    for k in ctx.lo..end {
        if dash(k) {
            last = Some(k);
            count += 1;
        }
    }
    match last {
        Some(d) if d > ctx.lo && d + 1 < end && (count == 1 || s.is_in(d + 1, AND_BUT)) => d + 1,
        _ => ctx.lo,
    }
}

/// The content of a participle cue ends before a second coordinated
/// participle of the same subject ("urging voters to see the big picture
/// and promising to manage ...", "describing the son as a hero but
/// insisting that ..."), outside double quotes; not when the content is
/// itself a gerund ("discussed abandoning X and focusing on Y") or holds
/// one before the conjunction ("that cutting costs and raising fares").
#[inline]
pub(super) fn and_ing_end(s: &Sent, content: Span) -> Span {
    let a = s.tok_at(content.0);
    let b = s.tok_before(content.1);
    // Only a conjunction at the content's third token or later can end it
    // early (the walk returns `content` at every other exit): a content
    // with none, most of them, is kept after one pass over the tokens'
    // set bits, with no word's bytes read.
    if !s
        .toks
        .get(a + 2..b)
        .is_some_and(|t| t.iter().any(|t| t.sets() & AND_BUT.bit() != 0))
    {
        return content;
    }
    and_ing_walk(s, content, a, b)
}

/// [`and_ing_end`]'s walk over the content's tokens `a..b`, with no test
/// first (the unit test compares the two over every content).
#[inline(always)]
pub(super) fn and_ing_walk(s: &Sent, content: Span, a: usize, b: usize) -> Span {
    // (A function always in line, the word's bytes read once: as a
    // closure it stayed out of line, a call for every token of every -ing
    // cue's content.)
    #[inline(always)]
    fn ing(s: &Sent, j: usize) -> bool {
        s.is_word(j) && !s.is_cap(j) && {
            let t = s.toks[j];
            let w = &s.text.as_bytes()[t.start..t.end];
            w.len() > 4 && w.ends_with(b"ing") && !s.is_in(j, &ING_NOUNS)
        }
    }
    let mut marks = 0;
    for k in a..b {
        if s.is_punct(k) && matches!(s.w(k), "\"" | "“" | "”" | "''" | "«" | "»") {
            marks += 1;
        }
        // "that cutting costs and raising fares": coordinated gerunds.
        if ing(s, k) {
            return content;
        }
        if marks % 2 == 0 && k > a + 1 && s.is_in(k, AND_BUT) {
            let j = if s.is_in(k + 1, &["then", "also", "even"]) {
                k + 2
            } else {
                k + 1
            };
            if j < b && ing(s, j) {
                return trim_span(s, a, k);
            }
        }
    }
    content
}

/// -ing words that are nouns or prepositions, not participles.
pub(super) const ING_NOUNS: WordList = WordList::new(&[
    "including",
    "according",
    "something",
    "nothing",
    "anything",
    "everything",
    "morning",
    "evening",
    "spending",
    "funding",
    "building",
    "during",
    "meeting",
    "hearing",
    "feeling",
    "being",
    "offering",
    "rating",
    "ruling",
    "warning",
    "saying",
    "timing",
    "polling",
    "housing",
    "training",
    "thing",
    "things",
    "string",
    "ceiling",
    "wedding",
    "clothing",
    "setting",
    "shooting",
    "shootings",
    "bombing",
    "bombings",
    "killing",
    "killings",
    "wing",
    "king",
]);

/// Topic nouns that make "raise" a cue ("raised questions about ...",
/// "raising the prospect of ...").
const RAISED_TOPICS_WORDS: &[&str] = &[
    "question",
    "questions",
    "query",
    "queries",
    "concern",
    "concerns",
    "doubt",
    "doubts",
    "issue",
    "issues",
    "possibility",
    "prospect",
    "specter",
    "spectre",
    "alarm",
    "alarms",
    "objection",
    "objections",
    "example",
    "point",
    "points",
    "idea",
    "matter",
    "subject",
    "topic",
    "worry",
    "worries",
    "fear",
    "fears",
    "suspicion",
    "suspicions",
    "flag",
    "flags",
];

/// [`RAISED_TOPICS_WORDS`] as a [`WordSet`] bit.
pub(crate) const RAISED_TOPICS: WordSet = WordSet::new(107, RAISED_TOPICS_WORDS);

/// Nouns of attitude or speech that, with a light verb and a preposition,
/// make a cue of their own ("offered some kind words about X", "expressed
/// enthusiasm about X", "offered strident defenses of X"): the content is
/// the object of the preposition.
const STANCE_NOUNS_WORDS: &[&str] = &[
    "words",
    "word",
    "defense",
    "defenses",
    "enthusiasm",
    "understanding",
    "fondness",
    "doubts",
    "doubt",
    "displeasure",
    "sympathy",
    "condolences",
    "congratulations",
    "preview",
    "thoughts",
    "views",
    "skepticism",
    "frustration",
    "anger",
    "outrage",
    "admiration",
    "confidence",
    "reservations",
    "objections",
    "optimism",
    "pessimism",
    "dismay",
    "gratitude",
    "thanks",
    "apology",
    "apologies",
    "specifics",
    "tribute",
    "concern",
    "concerns",
    "questions",
];

/// [`STANCE_NOUNS_WORDS`] as a [`WordSet`] bit.
pub(crate) const STANCE_NOUNS: WordSet = WordSet::new(99, STANCE_NOUNS_WORDS);

/// The content after "(to V) (up to three words) STANCE_NOUN prep" at the
/// start of `content`; not after a definite or possessive determiner
/// ("the remarks about", "Clinton's concerns about": the whole phrase is
/// the content). `near` is a token that may start before the content (the
/// cue's, [`CueMatch::tok`]): the content's first token is walked to from
/// it (see [`tok_at_from`]).
#[inline]
pub(super) fn after_stance_noun(s: &Sent, content: Span, near: u32) -> Span {
    let a = tok_at_from(s, near as usize, content.0);
    let mut j = a;
    if s.is_in(j, TO) && s.is_word(j + 1) {
        j += 2;
    }
    for m in j..(j + 4).min(s.len()) {
        if s.is_in(m, STANCE_NOUNS)
            && s.is_in(
                m + 1,
                &[
                    "about", "of", "for", "against", "with", "on", "to", "toward", "towards",
                ],
            )
            && m + 2 < s.len()
            && s.toks[m + 2].start < content.1
        {
            return (s.toks[m + 2].start, content.1);
        }
        if !s.is_word(m) || s.is_cap(m) || s.is_in(m, W_THE_THIS_THAT) {
            break;
        }
    }
    content
}

/// The most tokens [`tok_at_from`] walks before it searches.
pub(super) const TOK_WALK: usize = 8;

/// [`Sent::tok_at`]`(pos)`, the first token starting at or after byte
/// `pos`, walked from token `from` when that one starts before `pos` (the
/// tokens' starts rise, so the first one the walk meets at or after `pos`
/// is the one the search finds): a content after a cue starts a few
/// tokens after it, and the binary search over the whole sentence, with a
/// mispredicted branch at most of its steps, is made only when the walk
/// passes [`TOK_WALK`] tokens or `from` is no such token (past the
/// sentence, [`CueMatch::NO_TOK`], or at or after `pos`).
#[inline]
pub(super) fn tok_at_from(s: &Sent, from: usize, pos: usize) -> usize {
    if s.toks.get(from).is_some_and(|t| t.start < pos) {
        let end = s.len().min(from + 1 + TOK_WALK);
        if let Some(k) = (from + 1..end).find(|&k| s.toks[k].start >= pos) {
            return k;
        }
        if end == s.len() {
            return end;
        }
    }
    s.tok_at(pos)
}

/// The comma before the second piece of a split quote after the words
/// from token `k` (`said X, an economist at Y, "..."`, `she told Hewitt,
/// "..."`): the first quotation mark or ".", ";", ":" within 20 tokens of
/// `k`, when it is a quotation mark after a comma, more than one token
/// after `k`, and every token before it is a word, a possessive or a
/// comma and none of [`GAP_BREAKS`]. One walk that stops at the first
/// token that fails (not a search, then a second walk over what it
/// passed: both went through out-of-line iterator calls, for about 6,000
/// drafts a pass).
#[inline(always)]
pub(super) fn piece_comma(s: &Sent, k: usize) -> Option<usize> {
    let end = s.len().min(k + 20);
    let mut j = k;
    while j < end {
        if s.is_quote_mark(j) || s.is_p(j, ".") || s.is_p(j, ";") || s.is_p(j, ":") {
            // (`then`, not `then_some`: `j - 1` only where `j > k + 1`; a
            // stop at token 0 overflowed in a build with overflow checks.)
            return (j > k + 1 && s.is_quote_mark(j) && s.is_p(j - 1, ",")).then(|| j - 1);
        }
        // (A "." stops the walk above: a word, a possessive or a comma.)
        if !((s.is_word(j) || s.is_poss(j) || s.is_p(j, ",")) && !s.is_in(j, GAP_BREAKS)) {
            return None;
        }
        j += 1;
    }
    None
}

/// Whether the tokens before `i` are a comma and one or two closing marks
/// (`,"` or a nested `,'”`).
/// (Always inlined: asked for every speaker phrase found, mostly after a
/// word, where its first test fails; the inliner kept it out of line.)
#[inline(always)]
pub(super) fn comma_in_marks(s: &Sent, lo: usize, i: usize) -> bool {
    i > lo + 1
        && s.is_quote_mark(i - 1)
        && (s.is_p(i - 2, ",") || i > lo + 2 && s.is_quote_mark(i - 2) && s.is_p(i - 3, ","))
}

/// Classes whose noun-phrase object is a stance ("supports the deal").
/// The speaker phrase is headed by a poll or document noun ("a new
/// poll", "FBI statistics", "The inquiry"): its last word or the word
/// before a post-modifier ("A poll conducted by ...", "a survey of ...").
pub(crate) fn document_speaker(s: &Sent, lx: &crate::lexicon::Lexicon, np: Np) -> bool {
    let is_doc = |i: usize| s.speaker_noun(lx, i) == Some(crate::lexicon::NounType::Document);
    let b = (np.a..np.b.min(np.a + 12))
        .find(|&i| {
            s.is_punct(i)
                || s.is_in(i, &["of", "by", "from", "in", "on", "that", "which"])
                || s.is_in(i, DOC_PARTICIPLES)
        })
        .unwrap_or(np.b);
    b > np.a && is_doc(b - 1)
}
