//! The frame rules: [`apply_frames`] runs, for a cue its guards let pass,
//! the ordered rules from the quote right before the cue on, and the rules
//! for a cue with no clause subject.
//!
//! [`apply_frames`] is the driver: it reads as the order of the rules,
//! each a function of its own (with a doc comment and an example) in the
//! submodules, in the order it runs them:
//! - [`quote_before`]: 1. a quote right before the cue (`"...," Lavrov
//!   said`, `"...," said Lavrov`).
//! - [`inverted`]: an inverted speaker after a comma closing the sentence
//!   (`..., said Dan Gerstein.` before the speaker search), inverted at
//!   the clause start (`Said Comey, "..."`) and 8. inverted after a clause
//!   (`..., said Maria Lopez, a spokeswoman.`), the last two for a cue
//!   with no speaker before it.
//! - [`mod@speaker_before`]: 2. the speaker before the cue and its subject
//!   searches (a second verb of the subject, a series after a comma, a
//!   long subject, the comma-closing cue, publication participles).
//! - [`speaker_cue`]: the rules for a speaker found before the cue
//!   ([`speaker_cue::speaker_rules`], their driver): a gapped relative,
//!   the quotes after the cue, 3. clause, speaker, cue.
//! - [`relatives`]: a relative word before the speaker (`which he said
//!   ...`, `what X called "..."`).
//! - [`clause_rules`]: 4. the to-infinitive, 5. object and infinitive,
//!   "as X said", 6. the (that) clause and 7. the object.
//!
//! The per-cue state the rules share (the context, the cue, its tokens
//! and the lazily found end of its adverbials) is a [`Frame`] passed by
//! reference. (The rules were one function of about 2,230 lines until the
//! fifty-first round: see `docs/benchmarks.md` for the cost of the split.)
//! Every rule function has one call site and is `#[inline(always)]`: the
//! compiled code is the one function of all the rules, as before the
//! split, with the guards of [`apply_cue`] in a frame of their own; the
//! few steps that were closures used by several rules are plain
//! functions the inliner decides on, as it did for the closures.

use super::*;
use std::cell::Cell;

mod clause_rules;
mod inverted;
mod quote_before;
mod relatives;
mod speaker_before;
mod speaker_cue;

pub(super) use clause_rules::passive_at;
use inverted::{inverted_after_clause, inverted_at_start, inverted_closing_speaker};
use quote_before::quote_before_rule;
use speaker_before::{coord_aux_start, speaker_before};
use speaker_cue::speaker_rules;

/// The state of one cue that the frame rules share: the sentence's
/// context (and its sentence and lexicon), the cue match and its lexicon
/// entry, the cue's first token `ci`, the token after it `cj`, the
/// sentence's token count `n`, and where the words after the cue go on
/// past its adverbials ([`Frame::skip_cj`]), found on first use.
struct Frame<'f, 'a, 'b> {
    ctx: &'f Ctx<'a, 'b>,
    s: &'b Sent<'a>,
    lx: &'b crate::lexicon::Lexicon,
    cue: &'f CueMatch,
    c: &'f crate::lexicon::Cue,
    ci: usize,
    cj: usize,
    n: usize,
    /// Where the words after the cue go on past its adverbials: asked by
    /// up to five of the rules below for the same cue, found once.
    /// (A plain `Cell` with `usize::MAX` for not yet found, which no
    /// token index is: a `OnceCell` sent every first read through its
    /// out-of-line initializer.)
    /// (A reference to a cell of [`apply_frames`], not a cell in the
    /// frame: the cell's address goes to out-of-line calls, and a struct
    /// whose address escapes stays in memory, its fields stored on every
    /// call and loaded again after each out-of-line call, +0.6 M
    /// instructions a pass of train.)
    after_cue: &'f Cell<usize>,
}

impl Frame<'_, '_, '_> {
    /// Where the words after the cue go on past its adverbials
    /// ([`Ctx::skip_adverbials`] from `cj`), found on the first call
    /// ([`after_cue`]).
    #[inline(always)]
    fn skip_cj(&self) -> usize {
        after_cue(self.ctx, self.cj, self.after_cue)
    }
}

/// [`Frame::skip_cj`]: where the words after the cue at `cj` go on past
/// its adverbials, kept in `found` (`usize::MAX` until the first call).
/// It takes the cell, not the frame: a frame whose address no function
/// left out of line takes keeps its fields in registers (the split cost
/// 0.6 M instructions a pass of train when [`Frame::skip_cj`] took the
/// frame). No inline attribute, as for the closure it was: the inliner
/// puts it in line where it pays (`#[inline(never)]` cost 0.3 M
/// instructions a pass in calls).
fn after_cue(ctx: &Ctx, cj: usize, found: &Cell<usize>) -> usize {
    match found.get() {
        usize::MAX => {
            let mut k = ctx.skip_adverbials(cj);
            // "conceded under questioning that", "said under oath (on
            // Monday) that": a hearing's fixed phrase is an adjunct of
            // the cue (not "said under the deal that": the content's).
            if let Some(e) = hearing_phrase_end(ctx.s, k) {
                let s = ctx.s;
                let j = ctx.skip_adverbials(e);
                if s.is_in(j, THAT) || s.is_p(j, ",") || s.is_quote_mark(j) || s.is_pronoun(j) {
                    k = j;
                }
            }
            found.set(k);
            k
        }
        k => k,
    }
}

/// The nouns of a hearing's fixed phrase after "under" ("under oath",
/// "under questioning", "under cross-examination"): [`hearing_phrase_end`].
const HEARING_NOUNS: &[&str] = &["oath", "questioning", "cross-examination"];

/// The token after a hearing's fixed phrase at `k` ("under oath", "under
/// questioning", "under cross-examination", also written "under cross -
/// examination" in tokens); `None` for any other words ("under the deal",
/// "under pressure"). Its caller takes it only before "that", a comma, a
/// quote or a pronoun (past adverbials: "under oath on Monday that").
fn hearing_phrase_end(s: &crate::attribution::sent::Sent, k: usize) -> Option<usize> {
    // (A stop word's class bit before the bytes.)
    if !s.is_stop(k) || s.bytes(k) != b"under" {
        return None;
    }
    if s.is_in(k + 1, HEARING_NOUNS) {
        Some(k + 2)
    } else if s.is_in(k + 1, &["cross"]) && s.is_p(k + 2, "-") && s.is_in(k + 3, &["examination"]) {
        Some(k + 4)
    } else {
        None
    }
}

// The functions of the rules that are out of line stand here, not in the
// submodules, as do all the functions the compiler makes code for: a
// submodule of only `#[inline(always)]` functions gets no codegen unit of
// its own, so the crate's codegen units (and the inlining across them)
// stay as before the split (with `opens_gap` and `content_end` in
// submodules, one function of text segmentation and one of speaker
// resolution changed places with their callers, about 1.9 M instructions
// a pass moved each way).

/// The speaker phrase the clause rules take and what they ask of it:
/// whether it is a second verb's subject (`coord`), a relative word
/// (`relative`), a relative after a preposition (`prep_which`: "in which
/// he says"), the subject of a subordinate clause opening the sentence
/// (`sub_open`), and the content end of the last start asked.
struct Speaker {
    np: Np,
    coord: bool,
    relative: bool,
    prep_which: bool,
    sub_open: bool,
    // The content end of the last start asked: a naming cue asks it of
    // the same start up to three times (the tests of a relative
    // speaker and of a quoted name, then the object), and
    // `content_end` walks the rest of the sentence.
    last_end: Cell<Option<(usize, usize)>>,
}

impl Speaker {
    /// The speaker `np` and its state for the clause rules.
    #[inline(always)]
    fn new(f: &Frame, np: Np, coord: bool, relative: bool, prep_which: bool) -> Self {
        let &Frame { ctx, s, .. } = f;
        // "X, who said [content], did ...": a relative clause between
        // commas ends at the next comma.
        // "After X announced that A, B happened": a subordinate clause
        // opening the sentence ends at the comma before the main clause.
        let sub_open = np.a > ctx.lo
            && s.is_in(np.a - 1, W_SUB_OPENERS)
            && (np.a - 1 == ctx.lo
                || np.a - 2 == ctx.lo && s.is_in(ctx.lo, &["but", "and", "even", "yet"]));
        Speaker {
            np,
            coord,
            relative,
            prep_which,
            sub_open,
            last_end: Cell::new(None),
        }
    }

    /// Where the content that starts at `k` ends: [`Ctx::content_end`]
    /// (the whole time clause for a forecast, fear or warning), cut at the
    /// comma of a subordinate clause opening the sentence or of a relative
    /// between commas. `After X announced that A, B happened.` (With the
    /// context and the cue's entry, not the frame, for its arguments, and
    /// no inline attribute, as the closure it was: see [`after_cue`].)
    fn content_end(&self, ctx: &Ctx, c: &crate::lexicon::Cue, k: usize) -> usize {
        let s = ctx.s;
        let n = ctx.n();
        let Speaker {
            np,
            relative,
            prep_which,
            sub_open,
            ref last_end,
            ..
        } = *self;
        let end = match last_end.get() {
            Some((a, e)) if a == k => e,
            _ => {
                let e = ctx.content_end(k);
                // "expect a sell-off when the Fed raises rates",
                // "predicted a recession after the Fed raises rates":
                // for a forecast, a fear or a warning (the lexicon's
                // predict, fear and warn classes) a time clause is
                // part of the content ([`Ctx::content_end_whole`]);
                // a "because/though" clause is still the speaker's
                // own ("expect a deal before 2017, because ...").
                let whole = e < n
                    && class_in!(c, "predict" | "fear" | "warn")
                    && s.is_in(e, &["when", "after", "before", "until", "once"])
                    && ctx.cut_at_sub(k, e, false);
                let e = if whole { ctx.content_end_whole(k) } else { e };
                last_end.set(Some((k, e)));
                e
            }
        };
        if sub_open {
            (k + 1..end)
                .find(|&j| {
                    s.is_p(j, ",")
                        && !ctx.in_quote(j)
                        && !s.is_in(j + 1, &["and", "or", "but", "including"])
                })
                .unwrap_or(end)
        } else if relative && np.a > ctx.lo && s.is_p(np.a - 1, ",") || prep_which {
            ctx.comma_end(k).min(end)
        } else if relative
            && np.a > ctx.lo
            && (s.is_p(np.a - 1, "(") || super::super::speaker::is_dash(s, np.a - 1))
        {
            // "The governor (who discussed the budget with lawmakers\[)\]
            // vetoed", "The report — which noted a rise in burglaries
            // \[—\] was released": a relative set off by a parenthesis
            // or a dash ends at its close.
            (k + 1..end)
                .find(|&j| s.is_p(j, ")") || super::super::speaker::is_dash(s, j))
                .unwrap_or(end)
        } else {
            end
        }
    }
}

/// Whether an adjunct gap before a quote opens at `k` (see
/// `speaker_cue::quote_after_adjuncts`): a comma, a preposition or an adverb, or a
/// time phrase closing in "later/ago/earlier", or "back in ...".
/// (With the sentence and its length, not the frame, for its arguments,
/// and no inline attribute, as the closure it was: see [`after_cue`].)
fn opens_gap(s: &Sent, n: usize, k: usize) -> bool {
    let k0 = if k < n && s.is_p(k, ",") { k + 1 } else { k };
    let time_gap = k0 + 1 < n
        && s.is_word(k0)
        && !s.is_cap(k0)
        && (s.is_in(k0 + 1, W_LATER_AGO_EARLIER)
            || k0 + 2 < n && s.is_word(k0 + 1) && s.is_in(k0 + 2, W_LATER_AGO_EARLIER)
            // "just a few years earlier", "only two weeks ago"
            || k0 + 3 < n
                && s.is_in(k0, &["just", "only", "some", "about", "nearly", "almost"])
                && (k0 + 1..k0 + 3).all(|i| s.is_word(i) && !s.is_cap(i))
                && s.is_in(k0 + 3, W_LATER_AGO_EARLIER)
            || k0 + 4 < n
                && s.is_in(k0, &["just", "only"])
                && (k0 + 1..k0 + 4).all(|i| s.is_word(i) && !s.is_cap(i))
                && s.is_in(k0 + 4, W_LATER_AGO_EARLIER)
            || s.is_in(k0, &["back"]) && s.is_in(k0 + 1, ADVERBIAL_OPENERS));
    k0 < n
        && (s.is_in(k0, ADVERBIAL_OPENERS)
            || s.is_word(k0) && !s.is_cap(k0) && s.bytes(k0).ends_with(b"ly")
            || time_gap)
}

/// The rules of [`apply_cue`] from the quote right before the cue on, for
/// a cue its guards let pass (26,076 of 36,584 a pass over train), in
/// their order. Out of line: the guards, which turn down the rest, then
/// run in a frame of their own with fewer live values, not in the frame
/// of all the rules, and the rules' closures and small helpers stay in
/// line here (in the one function of all of them, the inliner left them
/// out of line).
#[inline(never)]
pub(super) fn apply_frames(
    ctx: &Ctx,
    cue: &CueMatch,
    c: &crate::lexicon::Cue,
    ci: usize,
    cj: usize,
    before: &Before,
    out: &mut Vec<Draft>,
) {
    let after_cue_at = Cell::new(usize::MAX);
    let f = Frame {
        ctx,
        s: ctx.s,
        lx: ctx.lx,
        cue,
        c,
        ci,
        cj,
        n: ctx.n(),
        after_cue: &after_cue_at,
    };
    // 1. A quote right before: `"...," Lavrov said` / `"...," said Lavrov`.
    if quote_before_rule(&f, out) {
        return;
    }

    // The participle rules (their own function: they hold only for an
    // -ing form, and most cues are other forms). The speaker search before
    // the cue that their absolute clause makes is the main search below
    // (`back`): kept, not made twice.
    let mut searched = None;
    if cue.form == Form::Ing
        && participle_rules(
            ctx,
            cue,
            ci,
            cj,
            before,
            &|| after_cue(ctx, cj, &after_cue_at),
            &mut searched,
            out,
        )
    {
        return;
    }
    // A cue with none of the frames the rules below take (no quote, clause,
    // infinitive or object: "argument", "debate", "try", "need") gets no
    // draft from them: each asks for its frame, but for the quoted
    // relative of a naming cue and the rules keyed on a lemma
    // ([`LEMMA_RULES`]). No speaker search for it.
    if early_returns()
        && c.frames & (frame::QUOTE | frame::THAT | frame::TO | frame::OBJ_TO | frame::OBJ) == 0
        && !class_in!(c, "describe")
        && c.keys & LEMMA_RULES_KEYS == 0
    {
        #[cfg(test)]
        EARLY_TAKEN.with(|c| c.set(c.get() + 1));
        return;
    }

    // 2. Speaker before the cue; a second verb of the sentence's subject
    // ("Twitter reported ... and said it was ...") takes that subject.
    // First an inverted speaker after a comma closing the sentence.
    if inverted_closing_speaker(&f, out) {
        return;
    }
    let (back, coord) = speaker_before(&f, before, searched, out);
    // Rules 3 to 7 for the speaker found: they end the cue's rules.
    if let Some(np) = back {
        speaker_rules(&f, np, coord, out);
        return;
    }

    // No speaker before the cue: an inverted one after it.
    if inverted_at_start(&f, out) {
        return;
    }
    inverted_after_clause(&f, out);
}

/// Whether the words before the speaker's comma, tokens `a..e`, are only
/// a sentence opener that is no content of the cue (`cj` the token after
/// the cue, `k` where the speaker's clause ends): the clause closes the
/// sentence at `k` (the end, ".", "?", "!", ";", or a comma before a
/// lowercase -ing word, "..., saying ...", but also "..., during ...");
/// the cue has no words of its own between it and `k` other than a time
/// ("said on Tuesday", "said last week"); the opener is a preposition of
/// a short list and up to five words with no verb (no subject pronoun,
/// auxiliary, count, "a dozen", lowercase -ed word or listed past not
/// right after a determiner or owner, nor an -s word after a lowercase
/// word); and it names where it was said (in/on/at/via/under/during and
/// a noun of `OPENER_MEDIA`: "In a statement, the ministry said.", "Under
/// oath, she said.", "On Twitter, Trump wrote.", "At the hearing, the
/// judge agreed."), is "On" + a day or "In" + a month alone ("On
/// Tuesday, ...", "In March, ...", "In May, ..." with "May" capitalized),
/// or links it to the story (`OPENER_LINKS`: "As a result", "In
/// addition"). Any other opener is the cue's content: "Within weeks, the
/// official said.", "Before March, the bank said.", "In the polls Labour
/// leads, a YouGov survey showed in March.", and, with words of the
/// cue's own after it, "Within weeks, the official told Reuters.", "In
/// a statement, the ministry said in an email.". Not when the cue is
/// interposed ("In 2008, Trump said, the foundation ...").
fn opener_only(ctx: &Ctx, a: usize, e: usize, cj: usize, k: usize) -> bool {
    /// Nouns of an opener naming where something was said.
    const OPENER_MEDIA: &[&str] = &[
        "statement",
        "statements",
        "interview",
        "interviews",
        "letter",
        "email",
        "speech",
        "address",
        "post",
        "tweet",
        "twitter",
        "facebook",
        "filing",
        "testimony",
        "ruling",
        "briefing",
        "conference",
        "release",
        "remarks",
        "oath",
        "op-ed",
        "blog",
        "hearing",
        "meeting",
        "session",
        "anonymity",
    ];
    /// Openers that only link the sentence to the story.
    const OPENER_LINKS: &[&str] = &[
        "as a result",
        "in addition",
        "in contrast",
        "by contrast",
        "in response",
        "in theory",
        "in practice",
        "in turn",
        "in particular",
        "in fact",
    ];
    let s = ctx.s;
    let n = ctx.n();
    if !(e > a + 1
        && e - a <= 6
        && (k >= n
            || punct_in!(s, k, b"." | b"?" | b"!" | b";")
            || s.is_p(k, ",")
                && s.is_word(k + 1)
                && !s.is_cap(k + 1)
                && s.bytes(k + 1).ends_with(b"ing"))
        && s.is_in(
            a,
            &[
                "in",
                "on",
                "at",
                "as",
                "like",
                "unlike",
                "during",
                "after",
                "before",
                "despite",
                "amid",
                "under",
                "with",
                "without",
                "following",
                "throughout",
                "among",
                "upon",
                "via",
                "within",
            ],
        )
        && (a + 1..e).all(|i| {
            // ("In Trump's letter": the clitic is part of the owner.)
            if s.is_poss(i) {
                return i > a + 1 && s.is_word(i - 1);
            }
            let w = s.bytes(i);
            // (After a determiner or owner an -ed word or a listed past
            // is an adjective or a noun: "In a televised address".)
            let after_det = s.is_det(i - 1)
                || s.is_poss(i - 1)
                || s.is_in(i - 1, &["his", "her", "its", "their", "our", "my", "your"]);
            s.is_word(i)
                // (A count is a report of its own: "At least 12 dead,
                // officials said", "At least a dozen dead, ...".)
                && !s.is_number_word(i)
                && !w.first().is_some_and(u8::is_ascii_digit)
                && !s.is_in(i, &["dozen", "dozens", "hundreds", "thousands", "millions", "billions", "scores"])
                && !s.is_in(i, &["he", "she", "it", "they", "we", "i", "you", "there"])
                && !s.is_aux_like(i)
                && !(!after_det
                    && (!s.is_cap(i) && w.ends_with(b"ed")
                        || s.is_in(i, IRREGULAR_PASTS)
                        || s.is_in(i, super::ctx::NOUN_PASTS)))
                && !(i > a + 1
                    && !s.is_cap(i)
                    && plural_s(w)
                    && s.is_word(i - 1)
                    && !s.is_cap(i - 1)
                    && !s.is_det(i - 1)
                    && !s.is_stop(i - 1))
        }))
    {
        return false;
    }
    // The cue's own words after it, other than a time ("said on Tuesday",
    // "said last week").
    let own_words = (cj..k.min(n)).any(|i| {
        s.is_word(i)
            && !s.is_in(
                i,
                &[
                    "on",
                    "last",
                    "this",
                    "late",
                    "yesterday",
                    "today",
                    "tonight",
                ],
            )
            && !s.is_in(i, TIME_ADVERBS)
            && !s.is_in(i, TIME_NOUNS)
            && !s.is_in(i, DAYS)
            && !s.is_in(i, MONTHS)
    });
    if own_words {
        return false;
    }
    let phrase = |p: &str| {
        let mut ws = p.split(' ');
        let mut i = a;
        ws.all(|w| {
            let ok = i < e && s.w(i).eq_ignore_ascii_case(w);
            i += 1;
            ok
        }) && i == e
    };
    s.is_in(a, &["in", "on", "at", "via", "under", "during"])
        && (a + 1..e).any(|i| s.is_in(i, OPENER_MEDIA))
        || e == a + 2
            && (s.is_in(a, &["on"]) && s.is_in(a + 1, DAYS)
                || s.is_in(a, &["in"])
                    && (s.is_in(a + 1, MONTHS) || s.is_cap(a + 1) && s.is_in(a + 1, &["may"])))
        || OPENER_LINKS.iter().any(|p| phrase(p))
}

/// Whether the speaker phrase `np` found before cue `ci` is no subject of
/// the cue's clause: a word before it that opens no clause (not the
/// clause start, a comma, a conjunction or subordinator, a relative, a
/// sentence adverb, a time phrase, a dash, a quote mark, a parenthesis or
/// a colon): "part of another anti-Trump \[protest\]", "said she does not
/// \[believe\]". Once the quote and relative rules have passed it, the
/// speaker-first rules give such a phrase no draft.
/// `np_after_comma`: the phrase follows a comma (or one inside closing
/// marks); `prep_which`: it follows "in which" or the like.
#[inline(always)]
fn no_clause_subject(
    ctx: &Ctx,
    cue: &CueMatch,
    ci: usize,
    np: Np,
    coord: bool,
    np_after_comma: bool,
    prep_which: bool,
) -> bool {
    let s = ctx.s;
    // (The tests of the words right before the phrase first, in line: most
    // phrases open the clause or follow a comma or conjunction.)
    !(np.a == ctx.lo
        || coord
        || np_after_comma
        || prep_which
        || s.is_in(np.a - 1, SUBORDINATORS)
        || s.is_in(np.a, RELATIVES) && np.b == np.a + 1)
        && no_clause_subject_rest(ctx, cue, ci, np)
}

/// The rest of [`no_clause_subject`]'s tests, for a phrase after a word.
fn no_clause_subject_rest(ctx: &Ctx, cue: &CueMatch, ci: usize, np: Np) -> bool {
    let s = ctx.s;
    let c = ctx.lx.cue(cue.cue);
    // A sentence adverb before the subject: "Now Bloomberg says ...".
    // (Also after a conjunction: "But ultimately Smith thinks".)
    let adverb_at = if np.a == ctx.lo + 2 && s.is_in(ctx.lo, &["but", "and", "yet", "so"]) {
        ctx.lo + 1
    } else {
        ctx.lo
    };
    let adverb_open = np.a == adverb_at + 1
        && s.is_in(
            adverb_at,
            &[
                "now",
                "still",
                "yet",
                "also",
                "meanwhile",
                "later",
                "then",
                "instead",
                "today",
                "separately",
                "earlier",
                "similarly",
                "likewise",
                "indeed",
                "previously",
                "recently",
                "privately",
                "publicly",
                "ultimately",
                "initially",
                "originally",
            ],
        );
    // "with Gorka noting the absurdity of ...", "with 30 percent of
    // voters saying ...": the subject of an absolute participle.
    // After a comma only ("a petition campaign with CREDO Action
    // asking ...": "with" joins a noun). The rule `with-participle`
    // has already taken the say/describe/show/... classes; this covers
    // the other speech cues ("with two members insisting ...").
    let with_ing = cue.form == Form::Ing
        && np.a > ctx.lo + 1
        && s.is_in(np.a - 1, W_WITH)
        && s.is_p(np.a - 2, ",")
        && c.keys & SPEECH_KEYS != 0;
    // "led some allies to worry whether ...": the object of a
    // causative verb is the subject of the infinitive cue.
    let causative = np.a > ctx.lo
        && np.b + 1 == ci
        && s.is_in(np.b, TO)
        && s.is_in(np.a - 1, super::super::speaker::CAUSATIVES);
    // "..., another says there are about 1,800", "...; most said they
    // were worried", "..., while others argue that ...": a lone
    // quantifier opening the next clause after a comma or semicolon.
    let quant_clause = np.b == np.a + 1
        && np.a > ctx.lo + 1
        && s.is_in(np.a, &["another", "others", "many", "most", "few"])
        && {
            let mut d = np.a - 1;
            if s.is_in(d, &["and", "but", "while", "whereas", "yet"]) {
                d -= 1;
            }
            s.is_p(d, ",") || s.is_p(d, ";")
        };
    let this_time = np.a > ctx.lo + 1
        && (s.is_in(np.a - 1, super::super::sent::TIME_UNITS)
            || s.is_in(np.a - 1, &["time", "morning", "night"]))
        && s.is_in(np.a - 2, &["this", "last", "next", "that"]);
    let day_part = np.a > ctx.lo + 1
        && s.is_in(np.a - 1, &["morning", "afternoon", "evening", "night"])
        && s.is_in(np.a - 2, DAYS);
    // "Minutes later they said", "Two days later she told", "A few
    // hours afterward he said", "Years ago he argued": a span of time
    // and "later/earlier/afterward/ago" before the subject (a pronoun, a
    // determiner or a capital opening it: "Hours later the ministry
    // said"); where
    // the span opens (a number or "a/a few/several" before it).
    let span_open = (np.a > ctx.lo + 1
        && (s.is_pronoun(np.a) || s.is_det(np.a) || s.is_cap(np.a))
        && (s.is_in(np.a - 1, W_LATER_AGO_EARLIER)
            || s.is_in(np.a - 1, &["afterward", "afterwards"]))
        && s.is_in(np.a - 2, TIME_SPANS))
    .then(|| {
        let mut d = np.a - 2;
        while d > ctx.lo
            && np.a - d < 5
            && s.is_word(d - 1)
            && (s.is_number_word(d - 1)
                || s.bytes(d - 1).first().is_some_and(u8::is_ascii_digit)
                || s.is_in(d - 1, &["a", "few", "several", "many", "some"]))
        {
            d -= 1;
        }
        d
    })
    .filter(|&d| {
        d == ctx.lo
            || s.is_in(
                d - 1,
                &["but", "and", "although", "though", "while", "when"],
            )
            || s.is_p(d - 1, ",")
    });
    // "The crisis means ministers say they cannot plan": the that-less
    // clause object of "means/meant", whose subject speaks (not a noun
    // "means": "by means ...", "the means").
    let means_clause = np.a > ctx.lo + 1
        && s.is_in(np.a - 1, &["means", "meant"])
        && !s.is_det(np.a - 2)
        && !s.is_stop(np.a - 2);
    !quant_clause
        && !means_clause
        && !adverb_open
        && !fronted_place(ctx, ci, np)
        && !with_ing
        && !causative
        // A time phrase before the subject: "but late Saturday he
        // announced", "On Monday she said".
        // "Although in September she said", "In 2010 he said".
        // "But this week she said", "And this time he praised".
        && span_open.is_none()
        && !((s.is_in(np.a - 1, DAYS)
            // "On Tuesday night the ministry said": a part of a day.
            || day_part
            || np.a > ctx.lo + 1
                && s.is_in(np.a - 2, W_IN)
                && (s.is_in(np.a - 1, MONTHS)
                    // "In May the minister said": the month, capitalized
                    // after "in" (`MONTHS` leaves out the modal "may").
                    // Not before a capital that opens a phrase going on
                    // in lowercase ("In May Day clashes police said"),
                    // unless an owner's clitic is in it ("In May Trump's
                    // aides said"): a name only ("In May Trump said").
                    || s.is_cap(np.a - 1)
                        && s.is_in(np.a - 1, &["may"])
                        && !(s.is_cap(np.a)
                            && (np.a + 1..np.b).any(|i| s.is_word(i) && !s.is_cap(i))
                            && !(np.a..np.b).any(|i| s.is_poss(i)))
                    || s.bytes(np.a - 1).len() == 4
                        && s.w(np.a - 1).chars().all(|c| c.is_ascii_digit()))
            || this_time)
            // (A pronoun, or a phrase opening with a determiner or a
            // capital: "On Tuesday the ministry said", "Last week Exxon
            // said", "Earlier this month Exxon said".)
            // (Not one whose cue an auxiliary follows: "On Monday a man
            // police said was armed was shot dead" is a relative with no
            // "who", no subject of "said".)
            && (s.is_pronoun(np.a)
                || (s.is_det(np.a) || s.is_cap(np.a)) && !s.is_aux_like(ci + 1))
            && {
                let mut d = if this_time || day_part { np.a - 2 } else { np.a - 1 };
                if d > ctx.lo && s.is_in(d - 1, &["on", "late", "early", "in", "earlier"]) {
                    d -= 1;
                    // "Late on Tuesday", "Earlier on Monday", "Later on
                    // Friday": one more word before "on".
                    if d > ctx.lo
                        && s.is_in(d, &["on"])
                        && s.is_in(d - 1, &["late", "early", "earlier", "later"])
                    {
                        d -= 1;
                    }
                }
                // "In a statement on Monday Exxon said": an opening
                // phrase of medium before the time phrase.
                if d > ctx.lo + 2
                    && d <= ctx.lo + 4
                    && s.is_in(ctx.lo, W_IN_ON)
                    && s.is_det(ctx.lo + 1)
                    && s.is_in(d - 1, super::super::speaker::MEDIA)
                {
                    d = ctx.lo;
                }
                d == ctx.lo
                    || s.is_in(d - 1, &["but", "and", "although", "though", "while", "when"])
                    || s.is_p(d - 1, ",")
                    || s.is_p(d - 1, "(")
            })
        // Nor after a mark that opens one.
        && !(np.a > ctx.lo
            && (s.is_quote_mark(np.a - 1)
                || s.is_p(np.a - 1, "—")
                || s.is_p(np.a - 1, "–")
                || s.is_p(np.a - 1, "-")
                || s.is_p(np.a - 1, "(")
                || s.is_p(np.a - 1, ":")
                || s.is_p(np.a - 1, ";")
                    && (cue.form == Form::Past
                        || cue.form == Form::Third && !s.is_in(ci, NOUNISH)
                        || s.is_pronoun(np.a)
                        // A share of poll respondents: "...; 26% say
                        // they are conservative", "...; a 45%
                        // plurality of Democrats oppose it".
                        || (np.a..np.b.min(np.a + 2)).any(|i| {
                            s.is_word(i)
                                && s.w(i).starts_with(|c: char| c.is_ascii_digit())
                        }))))
}

/// Whether the speaker phrase `np` before cue `ci` follows a short
/// place or occasion phrase opening the clause with no comma: "At the news
/// conference he predicted that ...", "In an interview she said ...",
/// "During the debate the senator argued ...", "After the meeting
/// officials said ...". The opener is a preposition of a short list, a
/// determiner or possessive, and one to three more words that are no
/// function word, verb, count or cue (no "-ed" word but a capitalized one,
/// no listed past, no auxiliary; a cue word right after the determiner is
/// a noun: "At the hearing"); the phrase is a pronoun or opens with a
/// determiner or a capital; and no auxiliary follows the cue ("At the
/// rally he said was his last ..." is a relative with no "that"); the
/// opener ends in no noun of time, place or manner that heads a relative
/// ("At the moment Sanders announced ...", "In the event they voted ...").
/// (Asked fourth in the chain of [`no_clause_subject_rest`], after the
/// quantifier, "means" and adverb tests; only phrases after a word reach
/// it.)
fn fronted_place(ctx: &Ctx, ci: usize, np: Np) -> bool {
    let s = ctx.s;
    let lo = ctx.lo;
    np.a >= lo + 3
        && np.a <= lo + 5
        && s.is_in(
            lo,
            &[
                "at",
                "in",
                "during",
                "after",
                "before",
                "throughout",
            ],
        )
        && s.is_in(lo + 1, super::super::speaker::POSS_DETS)
        && (s.is_pronoun(np.a) || s.is_det(np.a) || s.is_cap(np.a))
        && !s.is_aux_like(ci + 1)
        && (lo + 2..np.a).all(|i| {
            let w = s.bytes(i);
            s.is_word(i)
                && !s.is_stop(i)
                && !s.is_aux_like(i)
                && !s.is_number_word(i)
                && !w.first().is_some_and(u8::is_ascii_digit)
                && (s.is_cap(i) || !w.ends_with(b"ed"))
                && !s.is_in(i, IRREGULAR_PASTS)
                // (A cue word right after the determiner is a noun: "At
                // the hearing", "In his statement".)
                && (i == lo + 2 || s.cue_word(ctx.lx, i).is_none())
        })
        // "At the moment Sanders announced his candidacy, ...", "In the
        // event they all voted ...": a noun of time or manner that heads
        // a relative with no "that"; the phrase is that relative's subject.
        && !s.is_in(
            np.a - 1,
            &[
                "moment", "event", "time", "times", "day", "days", "night", "week", "year",
                "hour", "minute", "instant", "way", "extent", "point", "period", "months",
                "weeks", "years", "hours", "minutes", "case", "places", "place",
            ],
        )
        && !relative_on_opener(ctx, ci)
}

/// Whether the words after cue `ci` run to a comma and a new clause (a
/// subject and a finite verb) with no "that" or subordinator between:
/// the opener's phrase, the speaker and the cue are a relative on the
/// opener's noun ("In the letter the company says it never sent, the chief
/// executive apologized ...", "In the speech he says he wrote himself, the
/// president called ...").
fn relative_on_opener(ctx: &Ctx, ci: usize) -> bool {
    let s = ctx.s;
    let n = s.toks.len();
    (ci + 1..n.min(ci + 20))
        .find(|&k| !s.is_word(k) || s.is_in(k, THAT) || s.is_in(k, RELATIVE_BREAKS))
        .is_some_and(|k| k > ci + 1 && s.is_p(k, ",") && ctx.subject_verb_at(k + 1, n).is_some())
}

/// Words after the cue of a fronted opener that open a clause of the
/// content, no relative on the opener's noun (`relative_on_opener`: "In
/// his speech he warned that if taxes rose, businesses would leave").
const RELATIVE_BREAKS: &[&str] = &[
    "although", "though", "while", "when", "if", "because", "since", "after", "before", "as",
    "once", "until", "unless", "whereas", "even", "and", "but", "or",
];

/// Words after "so" that make it open a content of its own ("said so
/// many people had died", "said so far no one was hurt", "said so much
/// money was wasted").
const SO_OPENS: &[&str] = &[
    "many", "much", "far", "few", "little", "long", "often", "that",
];

/// Whether "so" at token `k` right after a cue stands for a content said
/// before ("have said so publicly", "She said so repeatedly", "said so in
/// an interview"): the earlier content is not this row's to guess, so the
/// cue has none. Not "so" before a word of [`SO_OPENS`] ("said so many
/// people had died").
fn pro_so(s: &Sent, k: usize) -> bool {
    s.is_in(k, &["so"]) && !s.is_in(k + 1, SO_OPENS)
}
