//! The stance rules: "to X's view", "in X's words", "X's belief that ..."
//! (a possessive noun and its that-clause or object), requests with no
//! stance, and the subject search they share ([`wide_speaker`],
//! [`gap_subject`]).

use super::*;

/// The subject of a clause from token `from` to the participle's comma at
/// `ci - 1` ("..., Trump hewed more to Obama's approach, noting"): a
/// phrase at `from` (past a comma, a quote mark or "and/but/while/yet/so")
/// followed by a finite verb (maybe after an -ly adverb), outside quotes,
/// and not overlapping `avoid` (the speaker of the draft before).
pub(super) fn gap_subject(ctx: &Ctx, from: usize, ci: usize, avoid: Option<Span>) -> Option<Np> {
    let s = ctx.s;
    let mut g = from;
    while g + 1 < ci && (s.is_punct(g) || s.is_in(g, &["and", "but", "while", "yet", "so"])) {
        g += 1;
    }
    if g + 1 >= ci || ctx.in_quote(g) {
        return None;
    }
    let np = ctx.subject_verb_at(g, ci - 1)?;
    let sp = s.span_of(np.a, np.b);
    (!avoid.is_some_and(|o| o.0 < sp.1 && sp.0 < o.1)).then_some(np)
}

/// Prepositions that open a short phrase before a comma and a fronted
/// adverbial clause ("In Geneva, while ...", "During the debate, as
/// ..."): such an opener has no finite verb, so the clause after the
/// comma still comes before the main clause. (Not "The talks collapsed on
/// Friday, after the union said ...": the clause closes the sentence.)
const OPENER_PREPS: &[&str] = &[
    "in",
    "at",
    "on",
    "during",
    "amid",
    "with",
    "for",
    "by",
    "from",
    "under",
    "despite",
    "throughout",
    "across",
    "inside",
    "outside",
];

/// Nouns that name a report an apposition answers ("..., a charge that
/// party leaders denied, noting ..."). Not "a plan/deal/drop that X
/// rejected" (a thing, not a claim) nor "a view that the council
/// rejected" (often the first speaker goes on). "report/account/finding"
/// are claims only after a cue of saying ([`answerable_report`]: not
/// "praised the report, a report that critics rejected").
const CHARGE_NOUNS: &[&str] = &[
    "claim",
    "claims",
    "charge",
    "charges",
    "allegation",
    "allegations",
    "accusation",
    "accusations",
    "account",
    "assertion",
    "description",
    "characterization",
    "characterisation",
    "suggestion",
    "finding",
    "findings",
    "report",
];

/// Verbs of answering a charge in an apposition's relative clause ("...,
/// a charge that party leaders denied, noting ..."): the participle after
/// it gives the reply's grounds, so the reply's subject speaks. (Not "a
/// view that many colleagues share, adding ...": the first speaker adds.)
/// Past and -s forms only: a bare plural present ("officials deny") is
/// not read as finite by [`gap_subject`], so base forms would never
/// match.
const REPLY_VERBS: &[&str] = &[
    "denied",
    "denies",
    "rejected",
    "rejects",
    "disputed",
    "disputes",
    "dismissed",
    "dismisses",
    "contested",
    "contests",
    "rebuffed",
    "rebuffs",
];

/// The subject of the last clause after a comma inside the content of
/// `prev` or between it and the participle's comma at `ci - 1`: the
/// content overran (or an apposition hid) a clause of the sentence's own,
/// and the participle closes that clause, so its subject speaks. Two
/// shapes only, both with a subject and a finite verb ([`gap_subject`])
/// right after a comma:
/// - the draft's speaker opens an adverbial clause at the start of the
///   sentence, after one word, or after a comma closing a short
///   prepositional opener (`OPENER_PREPS`; not after a main clause:
///   "Shares slid, as the company said customers were cautious, rivals
///   were cutting prices ..., adding" keeps the company) ("When
///   Maddow pointed out that X refers to it as \"Medicare for all,\"
///   Clinton seized upon the reference, repeating ...", "In a debate,
///   while his rivals called for a bigger effort, also known as X, Trump
///   hewed to ..., noting"; not "said that when officials warned of the
///   storm, residents had left, adding");
/// - an apposition of a report noun (`CHARGE_NOUNS`) with a relative
///   clause of denying closes the content, the verb (after "has/have/had"
///   too) followed by the comma, at most three words short of it with no
///   "as", or an "as" phrase (`reply_as_phrase`: "rejected as baseless")
///   ("complained the contest was rigged, a charge that party leaders
///   denied, noting ...", `REPLY_VERBS`), its comma inside or right at
///   the end of the content of a report of saying or claiming
///   ([`answerable_report`]); not before ", adding" after a bare reply,
///   which goes on with the first speaker.
///
/// Not a clause of the content itself ("said that, after weeks of talks,
/// the sides had failed, adding ..." keeps the speaker who said it).
pub(super) fn overrun_subject(ctx: &Ctx, prev: &Draft, ci: usize) -> Option<Np> {
    let s = ctx.s;
    let sp = prev.speaker?;
    let (a, e) = (s.tok_at(prev.content.0), s.tok_before(prev.content.1));
    if a >= e || e >= ci || ci < 4 {
        return None;
    }
    let sa = s.tok_at(sp.0);
    // A subordinator (`W_SUB_OPENERS` or "what") at `sa - 1` opens an
    // adverbial clause before the main clause, so a cue right after its
    // subject is the clause's, not the sentence's ("When Maddow pointed
    // out that ..., Clinton seized upon it, repeating ..."). It opens the
    // sentence, follows one word ("Ever since she endorsed ...", "In what
    // he called ...") or a comma closing a short prepositional opener ("In
    // Geneva, while ...").
    let opener = |k: usize| {
        k <= ctx.lo + 5 && s.is_in(ctx.lo, OPENER_PREPS) && (ctx.lo..k).all(|j| !s.is_p(j, ","))
    };
    let fronted = sa > ctx.lo
        && sp.1 <= prev.content.0
        && (s.is_in(sa - 1, W_SUB_OPENERS) || s.is_in(sa - 1, &["what"]))
        && (sa - 1 <= ctx.lo + 1 || s.is_p(sa - 2, ",") && opener(sa - 2));
    // An apposition answers a report only after a cue of saying or
    // claiming ("said/claimed/alleged/complained ..., a charge that X
    // denied"), not after one of praise, welcome or restating ("praised
    // the report, a report that critics rejected, saying ...", "repeated
    // the charge, an accusation that X denies, telling ...": the first
    // speaker goes on).
    if !fronted && !answerable_report(ctx, prev) {
        return None;
    }
    (a.max(ci.saturating_sub(40)) + 1..ci - 2)
        .rev()
        .find_map(|c| {
            if !s.is_p(c, ",") {
                return None;
            }
            if fronted {
                return gap_subject(ctx, c, ci, Some(sp));
            }
            // ", a charge that party leaders (strongly) denied": a
            // determiner, one or two lowercase words, "that/which", the
            // clause's subject and a verb of denying.
            // The apposition's comma lies inside the report's content or
            // right at its end.
            if c > e + 1 {
                return None;
            }
            let r = (c + 3..(c + 5).min(ci)).find(|&r| s.is_in(r, &["that", "which"]))?;
            let nouns = (c + 2..r).all(|k| s.is_word(k) && !s.is_cap(k));
            let np = (s.is_det(c + 1) && nouns && s.is_in(r - 1, CHARGE_NOUNS))
                .then(|| gap_subject(ctx, r + 1, ci, Some(sp)))
                .flatten()?;
            let mut v = verb_after(s, np);
            if v + 1 < ci && s.is_in(v, W_HAVE_NOT) {
                v += 1;
            }
            // The reply closes the apposition: the comma, a short phrase
            // ("in court filings") with no "as" ("as temporary"), or an
            // "as" phrase of the reply verb (`reply_as_phrase`).
            let closes = v + 5 >= ci && (v + 1..ci - 1).all(|k| !s.is_in(k, &["as"]))
                || reply_as_phrase(ctx, v, ci);
            // ", adding" goes on with the first speaker after a bare reply
            // ("a charge that party leaders denied, adding"), with the
            // replier after an "as" phrase.
            let adding_ok = !s.is_in(ci, &["adding"]) || reply_as_phrase(ctx, v, ci);
            (v < ci && closes && adding_ok && s.is_in(v, REPLY_VERBS)).then_some(np)
        })
}

/// Whether reply verb `v` is followed by "as" and a phrase of at most
/// five words up to the participle's comma at `ci - 1`: "rejected \[as
/// baseless\]", "dismissed as politically motivated", "denied as a
/// smear", and an "as" clause of time too ("rejected as protesters
/// gathered outside"): the participle after it goes on with the one who
/// replied ("..., saying its books were audited", "..., adding that it
/// had won fairly"). No punctuation inside ("rejected as false; the
/// firm, ...").
fn reply_as_phrase(ctx: &Ctx, v: usize, ci: usize) -> bool {
    let s = ctx.s;
    v + 3 < ci
        && ci <= v + 8
        && s.is_in(v, REPLY_VERBS)
        && s.is_in(v + 1, &["as"])
        && s.is_p(ci - 1, ",")
        && (v + 2..ci - 1).all(|j| s.is_word(j))
}

/// The cue classes of a report that an apposition may answer ("...
/// said/claimed/alleged/argued/complained X, a charge that Y denied").
/// Not praise, welcome, support or restating ("repeated the charge, an
/// accusation that ...": class insist).
const ANSWERABLE_KEYS: u64 = key::classes(&[
    "say",
    "claim",
    "argue",
    "criticize",
    "suggest",
    "report",
    "tell",
]);

/// Whether `prev` reports a claim that an apposition of denying can
/// answer: a cue of `ANSWERABLE_KEYS` with a reported content, or an
/// accusation ("accused the company of lying, a charge that it denied");
/// not another stance row, whose object is no claim ("criticized the
/// report, a report that the agency disputed, saying ...").
fn answerable_report(ctx: &Ctx, prev: &Draft) -> bool {
    prev.cue.is_some_and(|(_, _, id)| {
        let keys = ctx.lx.cue(id).keys;
        keys & key::classes(&["accuse"]) != 0
            || prev.kind != Kind::Stance && keys & ANSWERABLE_KEYS != 0
    })
}

/// The keys of the cue classes of stance: their object is a stance.
pub(super) const STANCE_KEYS: u64 = key::classes(&[
    "support",
    "oppose",
    "criticize",
    "praise",
    "accuse",
    "demand",
    "reject",
    "urge",
    "want",
    "promise",
    "threaten",
    "agree",
]);

/// A plain object phrase from `k`: up to 6 words before "to".
#[inline]
pub(super) fn object_np(s: &Sent, k: usize) -> Option<Np> {
    let mut j = k;
    while j < s.len() && j < k + 6 && (s.is_word(j) || s.is_poss(j)) && !s.is_in(j, &["to", "that"])
    {
        j += 1;
    }
    (j > k && s.is_in(j, TO)).then_some(Np { a: k, b: j })
}

/// A long speaker phrase between a quote and its cue that the phrase
/// search gave up on: an apposition or relative clause with no closing
/// comma ("Nate Silver, the polling guru who founded the site tweeted"), a
/// title with an owner and a name in apposition ("California Rep. Duncan
/// Hunter's chief of staff, Joe Kasper, told"), coordinated names with a
/// post-modifier ("experts David Albright and Serena Kelleher of the
/// Institute wrote"). The whole gap `a..e` is the speaker when it names
/// someone (a capitalized word or a speaker noun before any relative word)
/// and holds no quote mark, clause break or finite verb of saying.
pub(super) fn wide_speaker(
    s: &Sent,
    lx: &crate::lexicon::Lexicon,
    a: usize,
    e: usize,
) -> Option<Np> {
    let mut e = e;
    while e > a && (s.is_p(e - 1, ",") || s.is_p(e - 1, "—")) {
        e -= 1;
    }
    if e < a + 3 || e - a > 24 || s.is_pronoun(a) {
        return None;
    }
    let mut relative = false;
    let mut named = false;
    for k in a..e {
        if s.is_word(k) {
            if s.is_in(k, &["who", "whose", "which", "that"]) {
                if k == a {
                    return None;
                }
                relative = true;
            } else if s.is_in(
                k,
                &[
                    "but", "said", "says", "told", "tells", "if", "when", "because",
                ],
            ) || !relative && s.is_in(k, &["asked"])
            {
                // ("who asked not to be named": the relative's own verb.)
                return None;
            } else if s.is_cap(k) && !s.is_stop(k) || s.speaker_noun(lx, k).is_some() {
                named |= !relative;
            } else if !relative
                && s.cue_word(lx, k)
                    .is_some_and(|(_, f)| matches!(f, Form::Past | Form::Third))
            {
                return None;
            }
        } else if s.is_quote_mark(k)
            || s.is_p(k, ";")
            || s.is_p(k, ":")
            || s.is_p(k, "?")
            || s.is_p(k, "!")
        {
            return None;
        }
    }
    let opens =
        s.is_cap(a) || s.is_det(a) || (a..(a + 4).min(e)).any(|k| s.is_cap(k) && !s.is_stop(k));
    (named && opens).then_some(Np { a, b: e })
}

/// A point of view opening a sentence without a cue: "To Sexton, Tuesday
/// marked a turning point", "To them, it signals ...", "To Florida
/// consultant Wilson, the official party line ..." (the clause after the
/// comma is what the person holds). Only a name or an object pronoun after
/// "To": "To be sure, ...", "To win, ..." and "To date, ..." are lowercase
/// verbs or adverbs; "For X, ..." is mostly a topic, not a view (train: 4 of
/// 27).
/// (The opening word's set bits in line, before the call: most sentences
/// open with neither word.)
#[inline(always)]
pub fn to_view(ctx: &Ctx, out: &mut Vec<Draft>) {
    if ctx.s.in_sets(ctx.lo, W_IN.bit() | TO.bit()) {
        to_view_rest(ctx, out);
    }
}

/// [`to_view`] past its test of the sentence's opening word.
pub(super) fn to_view_rest(ctx: &Ctx, out: &mut Vec<Draft>) {
    let s = ctx.s;
    let n = ctx.n();
    let lo = ctx.lo;
    if lo + 5 < n && s.is_in(lo, W_IN) && s.is_cap(lo) {
        in_view(ctx, out);
        return;
    }
    if !(lo + 4 < n && s.is_in(lo, TO) && s.is_cap(lo)) {
        return;
    }
    let i = lo + 1;
    let np = if s.is_in(i, &["him", "her", "them", "many"]) && !s.is_cap(i) {
        Some(Np { a: i, b: i + 1 })
    } else if s.is_cap(i) && !s.is_stop(i) {
        forward(s, ctx.lx, i).filter(|np| np.a == i)
    } else {
        None
    };
    let Some(mut np) = np else { return };
    // A name after a lowercase title the phrase search stopped before
    // ("To Montclair State University political science professor Brigid
    // Harrison, ..."): words up to a comma after a capitalized word.
    if !s.is_p(np.b, ",") && s.is_cap(i) {
        if let Some(k) = (np.b..n.min(np.b + 8)).find(|&k| !s.is_word(k)) {
            if s.is_p(k, ",") && s.is_cap(k - 1) {
                np.b = k;
            }
        }
    }
    // The comma closing the phrase, over a relative clause ("To Sexton,
    // who has made a study of Trump rallies, Tuesday ..."): bounded.
    let mut k = np.b;
    if k + 1 < n && s.is_p(k, ",") && s.is_in(k + 1, RELATIVES) {
        k = (k + 2..n.min(k + 30))
            .find(|&j| s.is_p(j, ",") && !ctx.in_quote(j))
            .unwrap_or(n);
    }
    // A bare plural may open the clause too ("To Frank, issues of ...").
    let opens = ctx.clause_start(k + 1)
        || s.is_word(k + 1) && !s.is_stop(k + 1) && s.bytes(k + 1).ends_with(b"s");
    if !(k + 3 < n && s.is_p(k, ",") && opens) {
        return;
    }
    let sp = ctx.span(k + 1, ctx.content_end(k + 1));
    out.push(Draft {
        conj: 0,
        sp_tok: Draft::NO_TOK,
        kind: Kind::Indirect,
        content: sp,
        speaker: Some(s.span_of(np.a, np.b)),
        cue: None,
        rule: "to-view",
        inherit: None,
    });
}

/// "..., in her words, \"...\"", "In Forbes' words, \"...\"": "in", an owner
/// (a possessive pronoun, or up to three capitalized words before "'s"),
/// "(own) words", a comma and a quote closing the sentence: the quote is
/// the owner's. Checks each "words" token once and at most seven tokens
/// before it.
///
/// A pronoun owner takes the speaker of the sentence's last draft before
/// it ("She ... promised to ... because, in her words, ..." is "She").
pub fn in_words_quote(ctx: &Ctx, first: usize, out: &mut Vec<Draft>) {
    let s = ctx.s;
    let n = ctx.n();
    for w in ctx.lo + 2..n.saturating_sub(2) {
        if s.w(w) != "words" || !s.is_p(w + 1, ",") || !s.is_quote_mark(w + 2) {
            continue;
        }
        let mut k = w;
        if s.is_in(k - 1, &["own"]) {
            k -= 1;
        }
        let owner = if s.is_in(k - 1, &["his", "her", "their"]) {
            Some(Np { a: k - 1, b: k })
        } else if s.is_poss(k - 1) {
            let b = k - 1;
            let mut a = b;
            while a > ctx.lo && b - a < 3 && s.is_cap(a - 1) && !s.is_stop(a - 1) {
                a -= 1;
            }
            (a < b).then_some(Np { a, b })
        } else if s.is_cap(k - 1)
            && (s.bytes(k - 1).ends_with("’".as_bytes()) || s.bytes(k - 1).ends_with(b"'"))
        {
            // "Forbes’" in one token.
            Some(Np { a: k - 1, b: k })
        } else {
            None
        };
        let Some(owner) = owner.filter(|o| o.a > ctx.lo && s.is_in(o.a - 1, W_IN)) else {
            continue;
        };
        // Opening its sentence or after a comma ("because, in her words,").
        let i = owner.a - 1;
        if !(i == ctx.lo || s.is_p(i - 1, ",")) {
            continue;
        }
        let Some(q) = ctx.closing_quote_at(w + 2) else {
            continue;
        };
        if q.end <= q.start {
            continue;
        }
        if out[first..].iter().any(|d| d.content == (q.start, q.end)) {
            continue;
        }
        let mut speaker = s.span_of(owner.a, owner.b);
        if s.is_pronoun(owner.a) || s.is_in(owner.a, &["his", "her", "their"]) {
            if let Some(sp) = out[first..]
                .iter()
                .rev()
                .filter_map(|d| d.speaker)
                .find(|sp| sp.1 <= speaker.0)
            {
                speaker = sp;
            }
        }
        out.push(Draft {
            conj: 0,
            sp_tok: Draft::NO_TOK,
            kind: Kind::Direct,
            content: (q.start, q.end),
            speaker: Some(speaker),
            cue: None,
            rule: "to-view",
            inherit: None,
        });
    }
}

/// "In his view, content." / "In Ash's view, content." opening a sentence
/// with no cue: the owner holds the clause after the comma ("my/our" are
/// left out: mostly inside quotations, where the quote's speaker holds it).
fn in_view(ctx: &Ctx, out: &mut Vec<Draft>) {
    let s = ctx.s;
    let n = ctx.n();
    let i = ctx.lo + 1;
    // The owner: a possessive pronoun, or up to three capitalized words
    // before "'s".
    let (owner, mut k) = if s.is_in(i, &["his", "her", "their"]) {
        (Np { a: i, b: i + 1 }, i + 1)
    } else {
        let Some(p) = (i + 1..n.min(i + 4)).find(|&k| !s.is_cap(k) || s.is_stop(k)) else {
            return;
        };
        if !s.is_poss(p) || !(i..p).all(|k| s.is_cap(k) && !s.is_stop(k)) {
            return;
        }
        (Np { a: i, b: p }, p + 1)
    };
    if s.is_in(k, &["own"]) {
        k += 1;
    }
    if !(s.is_in(k, &["view", "opinion", "mind", "estimation", "judgment"])
        && k + 4 < n
        && s.is_p(k + 1, ",")
        && ctx.clause_start(k + 2))
    {
        return;
    }
    let sp = ctx.span(k + 2, ctx.content_end(k + 2));
    out.push(Draft {
        conj: 0,
        sp_tok: Draft::NO_TOK,
        kind: Kind::Indirect,
        content: sp,
        speaker: Some(s.span_of(owner.a, owner.b)),
        cue: None,
        rule: "to-view",
        inherit: None,
    });
}

/// Nouns of saying or holding that take a that-clause after their owner
/// ("Their fear that ...", "Trump's assertion that ...").
pub(crate) const THAT_NOUNS: WordSet = WordSet::new(
    122,
    &[
        "claim",
        "claims",
        "assertion",
        "assertions",
        "argument",
        "belief",
        "warning",
        "warnings",
        "promise",
        "fear",
        "fears",
        "hope",
        "view",
        // Nouns of reporting whose that-clause is what was said: "Kim's
        // suggestion that ...", "Ruiz's insistence that ...", "the
        // ministry's assurances that ..." (their cue rows in
        // `gazetteer/verbs.csv` have no frames: nothing else reads them).
        "suggestion",
        "insistence",
        "allegation",
        "allegations",
        "assurance",
        "assurances",
        "admission",
        "denial",
        "contention",
        "prediction",
    ],
);

/// Whether a bare clause opens at token `i` with a subject of one to three
/// lowercase content words and a finite verb: "believe voters can reverse
/// the trend", "fear rising prices will hurt families". (A determiner,
/// pronoun or name opening the clause is `Ctx::clause_start`.)
pub(super) fn plural_subject_clause(s: &Sent, i: usize) -> bool {
    let plain = |t: usize| s.is_word(t) && !s.is_cap(t) && !s.is_stop(t);
    // (The words after `i` up to the first other token are plain by the
    // search: only `i` itself is left to test, and first.)
    plain(i)
        && (i + 1..s.toks.len().min(i + 4))
            .find(|&j| !plain(j))
            .is_some_and(|j| s.is_aux_like(j) || s.is_in(j, W_DO_MODALS))
}

/// The first test of [`poss_noun_that`]: a one-word noun of saying
/// (`THAT_NOUNS`), then "that" and at least three more tokens.
#[inline(always)]
pub(super) fn poss_noun_may_follow(ctx: &Ctx, ci: usize, cj: usize) -> bool {
    let s = ctx.s;
    cj == ci + 1 && cj + 3 < ctx.n() && s.is_in(ci, THAT_NOUNS) && s.is_in(cj, THAT)
}

/// "Their fear that ...", "Mr. Trump's recent assertion that ...": an
/// owner (a possessive pronoun, or capitalized words before "'s"), up to two
/// lowercase modifiers, a noun of saying and "that" with its clause, which
/// keeps its "that".
/// The first of up to two lowercase modifiers before the noun at `ci`
/// ("his **strong** belief", "Graham's **energetic** endorsement"): words that
/// are no stop word or determiner (and, with `no_cues`, no cue word),
/// stopping at `lo + 1` so that an owner can sit before them.
fn noun_modifiers_start(ctx: &Ctx, ci: usize, no_cues: bool) -> usize {
    let s = ctx.s;
    let mut p = ci;
    while p > ctx.lo + 1
        && ci - p < 2
        && s.is_word(p - 1)
        && !s.is_cap(p - 1)
        && !s.is_stop(p - 1)
        && !s.is_det(p - 1)
        && !(no_cues && s.cue_word(ctx.lx, p - 1).is_some())
    {
        p -= 1;
    }
    p
}

/// Out of line: its first test, which [`apply_cue`] asks before the call
/// ([`poss_noun_may_follow`]), holds for few cues.
#[inline(never)]
pub(super) fn poss_noun_that(ctx: &Ctx, cue: &CueMatch, ci: usize, cj: usize) -> Option<Draft> {
    let s = ctx.s;
    if !poss_noun_may_follow(ctx, ci, cj) {
        return None;
    }
    let p = noun_modifiers_start(ctx, ci, false);
    if p == ctx.lo {
        return None;
    }
    let q = p - 1;
    // A possessive pronoun only opening the sentence: inside it, "his
    // claim" is often the subject's own ("Woods shared her belief that",
    // train: 4 of 11 such rows right).
    let opens = q == ctx.lo || s.is_p(q - 1, ":") || s.is_p(q - 1, ";");
    let owner = if opens && s.is_in(q, &["his", "her", "their", "its"]) {
        Np { a: q, b: q + 1 }
    } else if s.is_poss(q) && q > ctx.lo {
        let mut a = q;
        while a > ctx.lo && q - a < 4 && s.is_cap(a - 1) && !s.is_stop(a - 1) {
            a -= 1;
        }
        if a == q {
            return None;
        }
        Np { a, b: q }
    } else {
        return None;
    };
    // A clause after "that", not a relative on the noun ("Ruiz's claim
    // that shocked the town", "the assurances that were given"): only a
    // verb or auxiliary right after "that" makes it a relative; a plural or
    // bare noun is the clause's subject ("that prosecutors withheld
    // evidence", "that police planted the gun", "that voters want change").
    // ("That" before a time noun and a mark or a preposition is a
    // determiner: "Harvard's admission that year of 2,000 students"; not
    // before a verb: "their fear that time was running out".)
    // ("That proved right", "that turned out false", "that came true":
    // a relative with a subject gap, though "proved right was" looks like
    // a plural subject and its verb.)
    if !(ctx.clause_start(cj + 1) || plural_subject_clause(s, cj + 1))
        && relative_verb_at(s, cj + 1)
        || s.is_in(cj + 1, THAT_TIME_NOUNS) && that_time_determiner(s, cj + 2)
        || copular_relative_at(s, cj + 1)
    {
        return None;
    }
    let end = opener_clause_end(ctx, owner.a, cj, ctx.content_end(cj));
    if end < cj + 3 {
        return None;
    }
    let sp = ctx.span(cj, end);
    Some(Draft {
        conj: 0,
        sp_tok: Draft::NO_TOK,
        kind: ctx.kind_of(sp, Kind::Indirect),
        content: sp,
        speaker: Some(s.span_of(owner.a, owner.b)),
        cue: Some((cue.start, cue.end, CueId::new(cue.cue))),
        rule: "poss-noun-that",
        inherit: None,
    })
}

/// Prepositions opening a sentence before a noun of saying and its
/// that-clause, whose main clause follows a comma ("Despite Ruiz's
/// insistence that ..., the board ...").
const THAT_NOUN_OPENERS: &[&str] = &["despite", "after", "amid", "before", "given", "with"];

/// The end of the that-clause at `cj` of a noun of saying whose owner
/// starts at `a`, from the content end `end`: when an opening preposition
/// comes right before the owner ("Despite Ruiz's insistence that she was
/// innocent, the board fired her"), the clause ends at the first comma
/// outside quotation marks that a subject and its verb follow (past a
/// phrase between commas right after "that": "insistence that, by law, she
/// had done nothing wrong, the board ..."); else, and with no such comma,
/// `end`. (A cut before the main verb of a sentence whose subject the noun
/// is was tried and dropped: it cut inside the claim, "that the firm would
/// hire skilled workers was false" -> "that the firm would hire".)
fn opener_clause_end(ctx: &Ctx, a: usize, cj: usize, end: usize) -> usize {
    let s = ctx.s;
    let lo = if s.is_in(ctx.lo, &["but", "and", "yet"]) {
        ctx.lo + 1
    } else {
        ctx.lo
    };
    // (Its "the" first: "After the White House's denial that ...".)
    let a = if a > ctx.lo && s.is_in(a - 1, &["the"]) {
        a - 1
    } else {
        a
    };
    if !(a == lo + 1 && s.is_in(lo, THAT_NOUN_OPENERS)) {
        return end;
    }
    let from = if s.is_p(cj + 1, ",") {
        match (cj + 2..end).find(|&k| s.is_p(k, ",")) {
            Some(c) => c + 3,
            None => return end,
        }
    } else {
        cj + 3
    };
    (from..end)
        .find_map(|k| {
            if !s.is_p(k, ",") {
                return None;
            }
            // (A comma inside a quotation, right before its closing mark,
            // ends it too: "admission that “the figures were wrong,” the
            // board ..."; the content keeps the mark.)
            let after = if !ctx.in_quote(k) {
                k + 1
            } else if s.is_quote_mark(k + 1) && !ctx.in_quote(k + 1) {
                k + 2
            } else {
                return None;
            };
            ctx.subject_verb_at(after, end).map(|_| after - 1)
        })
        .map_or(end, |c| if s.is_quote_mark(c) { c + 1 } else { c })
}

/// Time nouns after which "that" is a determiner, not a conjunction.
const THAT_TIME_NOUNS: &[&str] = &[
    "year",
    "season",
    "day",
    "week",
    "month",
    "night",
    "time",
    "morning",
    "evening",
    "summer",
    "spring",
    "fall",
    "winter",
    "decade",
    "era",
    "period",
    "afternoon",
    "weekend",
    "term",
];

/// Whether token `i`, after "that" and a time noun, makes "that" a
/// determiner: the sentence ends, a mark follows or a preposition
/// ("admission that year **of** 2,000 students", "that season, ...").
fn that_time_determiner(s: &Sent, i: usize) -> bool {
    i >= s.toks.len()
        || !s.is_word(i)
        || s.is_in(
            i,
            &["of", "in", "at", "on", "for", "when", "after", "before"],
        )
}

/// Whether token `i`, right after the "that" of a noun of saying, is
/// clearly a verb or auxiliary, so that "that" is a relative pronoun with
/// a subject gap ("claim that **shocked** the town", "assurances that
/// **were** given", "claim that **makes** the case"): an auxiliary, a
/// modal, an irregular past, or an "-ed" form (not "-eed": "greed",
/// "speed") or an "-s" form before a determiner or an object pronoun. A
/// plural or bare noun ("tariffs protect", "police planted") is not one,
/// nor a comma: it opens a fronted phrase of a complement clause ("claim
/// that, despite the evidence, the election was stolen").
fn relative_verb_at(s: &Sent, i: usize) -> bool {
    if !s.is_word(i) {
        return false;
    }
    if s.is_cap(i) {
        return false;
    }
    let b = s.bytes(i);
    // (An "-ed" or "-s" form only before an object: "that armed guards
    // blocked", "that sales to China had doubled" open clauses.)
    let object_next = i + 1 < s.toks.len()
        && (s.is_det(i + 1) || s.is_in(i + 1, &["it", "him", "them", "us", "me", "not"]));
    s.is_aux_like(i)
        || s.is_in(i, W_DO_MODALS)
        || s.is_in(i, IRREGULAR_PASTS)
        || (ed_verb(b) || s_form(b)) && object_next
}

/// Whether token `i`, right after the "that" of a noun of saying, opens a
/// copular verb of outcome with a subject gap: "proved"/"proves"/"proven",
/// "turned"/"turns out", "came"/"comes true" ("Wu's prediction that
/// **proved** right was made in 2019").
fn copular_relative_at(s: &Sent, i: usize) -> bool {
    s.is_in(i, &["proved", "proves", "proven"])
        || i + 1 < s.toks.len()
            && (s.is_in(i, &["turned", "turns"]) && s.is_in(i + 1, &["out"])
                || s.is_in(i, &["came", "comes"]) && s.is_in(i + 1, &["true"]))
}

/// Whether a word ends as a present "-s" form or a plural can ("-s", not
/// "-ss" or "-us": "faces", "costs"; not "press", "census"), which
/// [`clause_verb`] and [`poss_noun_obj`] then tell apart by context.
fn s_form(b: &[u8]) -> bool {
    plural_s(b) && !b.ends_with(b"us")
}

/// Whether token `j` is an irregular past that reads as the verb of a
/// clause after the subject's noun ("argued the merger put consumers at
/// risk", "conceded the team lost its focus", "disclosed the recall cost it
/// $2 billion"): [`IRREGULAR_PASTS`] (a word-set bit) or [`NOUN_PASTS`]
/// (of `gazetteer/irregular_verbs.csv`). "fled" and "sped" are among them because the
/// "-ed" test of [`object_phrase`] takes words of five letters or more only.
fn clause_past(s: &Sent, j: usize) -> bool {
    s.is_in(j, IRREGULAR_PASTS) || s.is_in(j, NOUN_PASTS)
}

/// "-s" forms of verbs that take a prepositional phrase: one of these
/// after a subject reads as a clause's verb before a preposition too ("the
/// ban infringes on free speech", "the rule conflicts with federal law",
/// "the policy discriminates against women", "the statute applies in this
/// case", "the conflict weighs on growth", "the evidence points to another
/// suspect", "the virus spreads through the air").
const CLAUSE_PREP_VERBS: &[&str] = &[
    "applies",
    "infringes",
    "conflicts",
    "discriminates",
    "weighs",
    "depends",
    "relies",
    "hinges",
    "rests",
    "stems",
    "amounts",
    "complies",
    "belongs",
    "differs",
    "consists",
    "lies",
    "leads",
    "refers",
    "contributes",
    "exists",
    "happens",
    "occurs",
    "remains",
    "points",
    "spreads",
];

/// Determiners and possessives that open the subject of a clause's "-s"
/// verb ([`clause_verb`]).
const CLAUSE_SUBJECT_DETS: &[&str] = &[
    "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "these", "those",
];

/// Whether token `j` of an object phrase reads as the finite verb of a
/// clause whose subject the phrase opened. The word before it is a word
/// that is no stop word (the subject's noun), and `j` is either an
/// irregular past ([`clause_past`]: "argued the merger put travelers at
/// risk"), or a lowercase present form in "-s" (not "-ss", "-us", "-is")
/// that has a subject before it and a word after it. The subject of an
/// "-s" form is a name (a capitalized word)
/// or a determiner or possessive of [`CLAUSE_SUBJECT_DETS`] and one to
/// three words that are no stop words and no numbers ([`det_subject`]:
/// "argued the economy faces headwinds", "agreed the deal gives Northern
/// Ireland ..."), or a possessive after a word and one to three such words
/// when the "-s" form is a clear verb: listed, or before a determiner,
/// pronoun or "that" ("argued the party's base remains loyal", "the
/// court's ruling violates the constitution"; not "read the jury's verdict
/// forms aloud"); so a plural after a determiner, possessive or number is
/// no verb ("continued their losses this week", "added 500 workers this
/// year"). The word after the "-s" form is no day and none of
/// [`NOT_AFTER_CLAUSE_VERB`] ("the payments in a filing", "his romp
/// through the state conventions Saturday" stay object phrases), unless
/// the form is one of [`CLAUSE_PREP_VERBS`] ("the rule conflicts with
/// federal law").
fn clause_verb(s: &Sent, j: usize) -> bool {
    if j == 0 || !s.is_word(j - 1) || s.is_stop(j - 1) {
        return false;
    }
    if clause_past(s, j) {
        return true;
    }
    let b = s.bytes(j);
    if !(b.len() > 3 && s_form(b) && !b.ends_with(b"is")) {
        return false;
    }
    if !(b[0].is_ascii_lowercase() && s.is_word(j + 1) && !s.is_in(j + 1, DAYS)) {
        return false;
    }
    // The subject: a name, or a determiner or possessive and up to three
    // words that are no stop words and no numbers.
    let subject = s.is_cap(j - 1) && !s.is_numeric(j - 1) || det_subject(s, j);
    // Or a possessive (after a word) and such words ("argued the party's
    // base remains loyal", "the court's ruling violates the constitution"),
    // with a clear verb only: a listed present ([`STANCE_SUBJECT_VERBS`],
    // [`CLAUSE_PREP_VERBS`]) or an "-s" form before a determiner, pronoun or
    // "that" (not an object noun phrase: "read the jury's verdict forms
    // aloud", "noticed the plant's cooling pumps leaking oil").
    let poss_subject = || {
        (1..=3).any(|n| {
            j > n + 1
                && s.is_poss(j - n - 1)
                && s.is_word(j - n - 2)
                && (j - n..j).all(|i| subject_word(s, i))
        }) && (s.is_in(j, STANCE_SUBJECT_VERBS)
            || s.is_det(j + 1)
            || s.is_pronoun(j + 1)
            || s.is_in(j + 1, THAT)
            || s.is_in(j, CLAUSE_PREP_VERBS))
    };
    if !subject && !poss_subject() {
        return false;
    }
    s.is_in(j, CLAUSE_PREP_VERBS) || !s.is_in(j + 1, NOT_AFTER_CLAUSE_VERB)
}

/// Whether a determiner or possessive of [`CLAUSE_SUBJECT_DETS`] and one
/// to three words that are no stop words and no numbers end right before
/// token `j`: the subject of a clause whose verb `j` may be.
fn det_subject(s: &Sent, j: usize) -> bool {
    (1..=3).any(|n| {
        j > n && s.is_in(j - n - 1, CLAUSE_SUBJECT_DETS) && (j - n..j).all(|i| subject_word(s, i))
    })
}

/// Whether token `i` may stand in a clause subject's words after its
/// determiner or possessive ([`det_subject`], [`clause_verb`]): a word
/// that is no stop word and no number.
fn subject_word(s: &Sent, i: usize) -> bool {
    s.is_word(i) && !s.is_stop(i) && !s.is_numeric(i)
}

/// Whether token `j` reads as the plural present verb of a clause whose
/// subject ends in a plural noun ("adding the cuts save $1 billion a
/// year", "arguing the raises fall short of inflation", "added the
/// protests reflect a small minority"): the word before it is a lowercase
/// "-s" form (not "-ss", "-us", "-is") after a determiner or possessive
/// ([`det_subject`]), and `j` is a lowercase word of three letters or
/// more that is no stop word, does not end in "-s", "-ing", "-ly" or
/// "-ed", and is no preposition, conjunction, particle or time word
/// ([`NOT_AFTER_CLAUSE_VERB`], days, time adverbs and a short list). After
/// it comes a determiner, a number, "$" or a lowercase word that is no
/// stop word and none of those words: "the sales push into Asia", "their
/// gains last week", "the works back", "their demonstrations outside
/// parliament" stay object phrases.
fn plural_present(s: &Sent, j: usize) -> bool {
    let b = s.bytes(j);
    let p = s.bytes(j - 1);
    let verb = b.len() >= 3
        && b.iter().all(u8::is_ascii_lowercase)
        && !s.is_stop(j)
        && !b.ends_with(b"s")
        && !b.ends_with(b"ing")
        && !b.ends_with(b"ly")
        && !b.ends_with(b"ed");
    if !(verb
        && p.len() > 3
        && p[0].is_ascii_lowercase()
        && s_form(p)
        && !p.ends_with(b"is")
        && det_subject(s, j))
    {
        return false;
    }
    // A preposition, particle or time word is no verb ("their
    // demonstrations outside parliament", "the works back"), nor a word
    // after which one stands.
    let no_verb = |i: usize| {
        s.is_in(i, NOT_AFTER_CLAUSE_VERB)
            || s.is_in(i, DAYS)
            || s.is_in(i, TIME_ADVERBS)
            || s.is_in(
                i,
                &[
                    "back", "up", "down", "out", "off", "away", "again", "too", "together", "here",
                    "there", "now", "early", "late", "first", "ahead", "instead", "home", "abroad",
                    "overseas", "online", "tomorrow", "alone", "so", "worth", "like", "per",
                    "each", "apiece", "ago",
                ],
            )
    };
    if no_verb(j) {
        return false;
    }
    // (The sentence may end right after `j`: a headline with no stop.)
    let next = j + 1;
    s.is_det(next)
        || s.is_numeric(next)
        || next < s.toks.len() && s.bytes(next).starts_with(b"$")
        || s.is_word(next)
            && s.bytes(next)[0].is_ascii_lowercase()
            && !s.is_stop(next)
            && !no_verb(next)
}

/// The words after which an "-s" form of [`clause_verb`] reads as a
/// plural noun of an object phrase, not a verb (prepositions,
/// conjunctions and time words: "the payments in a filing", "his romp
/// through the state conventions Saturday"), unless it is one of
/// [`CLAUSE_PREP_VERBS`].
const NOT_AFTER_CLAUSE_VERB: &[&str] = &[
    "of",
    "in",
    "on",
    "at",
    "for",
    "from",
    "with",
    "by",
    "as",
    "and",
    "or",
    "but",
    "over",
    "after",
    "before",
    "during",
    "into",
    "than",
    "about",
    "against",
    "since",
    "until",
    "while",
    "through",
    "throughout",
    "across",
    "amid",
    "toward",
    "towards",
    "under",
    "despite",
    "without",
    "within",
    "around",
    "near",
    "via",
    "among",
    "between",
    "behind",
    "beyond",
    "outside",
    "inside",
    "to",
    "next",
    "last",
    "this",
    "today",
    "tonight",
    "yesterday",
    "earlier",
    "later",
];

/// Present forms in "-s" that read as the verb after a noun of stance and
/// its content whatever follows them ("Obama's pledge to close Guantanamo
/// remains unfulfilled", "... faces legal hurdles", "... depends on a
/// ceasefire", "... means little").
const STANCE_SUBJECT_VERBS: &[&str] = &[
    "comes",
    "stands",
    "costs",
    "remains",
    "worries",
    "faces",
    "means",
    "depends",
    "rings",
    "lifts",
    "seems",
    "appears",
    "looks",
    "sounds",
    "matters",
    "hinges",
    "marks",
    "rattles",
    "signals",
    "poses",
    "raises",
    "threatens",
];

/// Words that open a subordinate or relative clause inside a content: the
/// verb after its subject is not the clause's ("vow to defend Taiwan if
/// China invaded surprised aides", "the settlements that Israel built").
const CONTENT_SUBORDINATORS: &[&str] = &[
    "if", "when", "unless", "once", "because", "after", "before", "until", "while", "whether",
    "that", "which", "who", "whom",
];

/// "Graham's energetic endorsement of Cruz surprised many", "Mr. Trump's
/// promises to deport ... alarmed ...": a noun of stance after its owner
/// opening the clause (capitalized words before "'s", not an opening
/// preposition or participle: "Following Merkel's praise", "Given
/// Beijing's criticism" give no row; a possessive pronoun before an "of"
/// noun), up to two lowercase modifiers between, with the object of "of"
/// (endorsement, criticism, praise) or a to-infinitive whose first word
/// can be a base verb (promise, pledge, vow; not "Trump's promise to
/// voters") as its content. The clause's verb must follow: an auxiliary or
/// modal; a listed present ([`STANCE_SUBJECT_VERBS`], not after a
/// determiner or possessive); or, not after a function word, determiner
/// or possessive and not hyphenated: a past or "-s" form of the lexicon or
/// an irregular past ([`clause_past`]) (an "-s" form not right after the
/// content's first word: "to cut costs", "of Russian attacks"; one like its base, "cut",
/// "cost", only before an object and not after a number), an "-ed" word
/// (for a to-infinitive not right after its verb), or an "-s" word not
/// after a number and before a determiner, pronoun or name ("send weapons
/// to Ukraine", "of large state-owned banks", "Israel's planned" are no
/// verbs); a subordinate or relative clause with a subject of its own has
/// its verb first ("if China invaded", "that Israel built"). Without a
/// verb before the sentence's end (or ";", ":") there is no row. The content ends before
/// that verb, or before a comma ("to end the war, critics say, is ..."),
/// a time phrase ("this week", "in 2015", a day), or "and" + a possessive
/// pronoun (a coordinated subject). An -s noun form only right after the
/// owner: "Her economic plan promises to ..." is the verb. Not inside a
/// clause ("repeated Germany's criticism of the plan", "invoked his own
/// promise to ...": mostly the content of the clause's own cue).
/// Also "his/her" + a modifier of speech + "attacks on/against"
/// ([`attack_words`]) and "his/her opposition to" + a noun
/// phrase. Out of line: [`apply_cue`] asks it only for a cue of support,
/// criticism, opposition, praise or promise before "to/of/for", and for
/// the noun "attacks" before "on/against".
#[inline(never)]
pub(super) fn poss_noun_obj(ctx: &Ctx, cue: &CueMatch, ci: usize, cj: usize) -> Option<Draft> {
    // ("embrace" out: "China's embrace of the market" is a policy, not
    // something said.)
    const OF_NOUNS: &[&str] = &["endorsement", "criticism", "praise"];
    const TO_NOUNS: &[&str] = &["promise", "promises", "pledge", "pledges", "vow", "vows"];
    let s = ctx.s;
    let lx = ctx.lx;
    let n = ctx.n();
    if cj + 1 >= n {
        return None;
    }
    // Attacks in words, not arms: only the plural after "his/her"
    // ([`attack_words`]).
    let attack = s.is_in(ci, &["attacks"]) && s.is_in(cj, &["on", "against"]);
    // A noun with its object after a preposition ("endorsement of",
    // "attacks on", "opposition to the plan"; not "the opposition to
    // boycott the vote": the party).
    let of = s.is_in(cj, OF) && s.is_in(ci, OF_NOUNS)
        || attack
        || s.is_in(ci, &["opposition"]) && s.is_in(cj, TO) && !ctx.is_infinitive(cj);
    // A to-infinitive's first word can be a base verb: a plural noun ("to
    // voters", "to allies") cannot, unless the lexicon has it as a base.
    let base =
        |k: usize| !s_form(s.bytes(k)) || s.cue_word(lx, k).is_some_and(|(_, f)| f == Form::Base);
    if !(of || s.is_in(ci, TO_NOUNS) && ctx.is_infinitive(cj) && base(cj + 1)) {
        return None;
    }
    // (Modifiers before "attacks" too: "His harsh attacks on".)
    let p = if s.bytes(ci).ends_with(b"s") && !attack {
        ci
    } else {
        noun_modifiers_start(ctx, ci, true)
    };
    if p == ctx.lo {
        return None;
    }
    let q = p - 1;
    // The owner's phrase opens its clause, the subject of a verb after the
    // content (the start, a punctuation mark or a conjunction before it;
    // train: 6 of 7 such rows with a named owner right, 3 of 6 inside a
    // clause).
    let opens = |a: usize| {
        a == ctx.lo
            || !s.is_word(a - 1) && !s.is_quote_mark(a - 1)
            || s.is_in(
                a - 1,
                &[
                    "and", "but", "that", "because", "while", "as", "though", "although",
                ],
            )
    };
    // A sentence-opening preposition or participle is no part of a name
    // ("Following Merkel's praise", "Given Beijing's", "Regarding Biden's").
    let intro = |i: usize| {
        s.is_stop(i)
            || s.is_in(i, super::super::speaker::INTRO_PREPOSITIONS)
            || s.is_in(
                i,
                &[
                    "given",
                    "regarding",
                    "concerning",
                    "considering",
                    "despite",
                    "about",
                    "including",
                    "excluding",
                    "following",
                    "amid",
                ],
            )
    };
    // A possessive pronoun only as the subject of an "of" noun: inside a
    // clause "his promise to ..." is mostly the object of the subject's
    // own verb ("The president invoked his own promise to ...", "withdrew
    // his endorsement of Trump": train 8 of 23 such rows right), and "His
    // vow to ..." opening a sentence is right 2 times of 4 (train and
    // dev).
    let owner = if attack {
        attack_words(ctx, q, ci, opens)?
    } else if of
        && s.is_in(q, &["his", "her", "their", "its"])
        && !(s.is_in(ci, &["opposition"]) && s.is_in(q, &["their", "its"]))
        && opens(q)
    {
        // ("Its/Their opposition to ..." is as often the opposition party
        // or a match's opponent: "Its opposition to Maduro has been
        // fractured", "Their opposition in the final will be Argentina";
        // only "his/her opposition to".)
        Np { a: q, b: q + 1 }
    } else if s.is_poss(q) && q > ctx.lo && !s.is_in(ci, &["opposition"]) {
        // (A named owner's "opposition" is as often its opposition party:
        // "Venezuela's opposition to the Maduro government has been
        // weakened", "Belarus's opposition to the vote was led from exile";
        // only "his/her opposition to" above.)
        let mut a = q;
        while a > ctx.lo && q - a < 4 && s.is_cap(a - 1) && !intro(a - 1) {
            a -= 1;
        }
        if a == q || !opens(a) {
            return None;
        }
        Np { a, b: q }
    } else {
        return None;
    };
    // (The content's first word: `cj + 1`.)
    let first = cj + 1;
    // A word after which the next is a noun or its modifier, not a verb.
    let np_word = |k: usize| s.is_poss(k) || s.is_word(k) && (s.is_stop(k) || s.is_det(k));
    let object = |k: usize| {
        k < n
            && (s.is_det(k)
                || s.is_pronoun(k)
                || s.is_in(k, &["him", "them", "us", "it", "me"])
                || s.is_cap(k) && s.is_word(k))
    };
    // A number, with its magnitude ("1 million", "25 billion"): a plural
    // after it is its unit ("1 million barrels", "25 million jobs").
    let number = |k: usize| {
        s.is_numeric(k)
            || s.is_in(
                k,
                &["million", "billion", "trillion", "thousand", "hundred"],
            )
    };
    // A time phrase or a coordinated subject ends the content, not the
    // clause.
    // ("the previous week", "a day earlier", "the same day", "the day
    // after" too.)
    let time = |k: usize| {
        s.is_in(k, DAYS)
            || s.is_in(k, &["this", "last", "next"])
                && k + 1 < n
                && s.is_in(k + 1, &["week", "month", "year", "weekend", "morning"])
            || s.is_in(k, &["a", "the", "that"])
                // (Not a rate after a number and its unit: "by 1 million
                // barrels a day", "300,000 tonnes a year".)
                // ("100,000 veterans a year ago" is a time.)
                && !(k > first + 1
                    && s.is_in(k, W_A)
                    && number(k - 2)
                    && !s.is_in(k + 2, &["ago", "earlier", "later", "before"]))
                && (k + 1..(k + 3).min(n)).any(|m| {
                    s.is_in(
                        m,
                        &[
                            "day", "week", "month", "year", "weekend", "morning", "night",
                        ],
                    )
                })
                && (k + 1 == n
                    || s.is_in(
                        k + 1,
                        &[
                            "day", "week", "month", "year", "weekend", "morning", "night",
                        ],
                    )
                    || s.is_in(k + 1, &["previous", "same", "following", "next", "prior"]))
            || s.is_in(k, &["in"]) && k + 1 < n && s.is_numeric(k + 1) && s.bytes(k + 1).len() == 4
            || s.is_in(k, AND) && k + 1 < n && s.is_in(k + 1, &["his", "her", "their", "its"])
    };
    let verb = |k: usize| {
        if s.is_aux_like(k) || s.is_in(k, W_DO_MODALS) {
            return true;
        }
        if !s.is_word(k) || s.is_cap(k) || s.is_stop(k) {
            return false;
        }
        let b = s.bytes(k);
        // (An "-s" form right after the content's first word is a plural
        // noun of it, not the clause's verb: "to cut costs", "to ease
        // worries", "of Russian attacks", "of media reports".)
        // (After a name and before a determiner or pronoun it is the verb:
        // "Graham's endorsement of Cruz surprises many Republicans"; not
        // before a time phrase: "criticism of China tariffs a day earlier".)
        let plural_of_first = k == first + 1
            && b.ends_with(b"s")
            && !(s.is_cap(first)
                && !time(k + 1)
                && !s.is_in(k + 1, &["that"])
                && (s.is_det(k + 1)
                    || s.is_pronoun(k + 1)
                    || s.is_in(k + 1, &["him", "them", "us", "it", "me"])));
        // (A listed present form also after a number: "by 2030 faces".)
        if s.is_in(k, STANCE_SUBJECT_VERBS)
            && !s.is_det(k - 1)
            && !s.is_poss(k - 1)
            && !plural_of_first
        {
            return true;
        }
        if np_word(k - 1) || b.contains(&b'-') {
            return false;
        }
        // (A past like its base, "cut", "cost", "set", only before an
        // object: "to give Americans a tax cut was popular".)
        if s.is_in(k, BASE_LIKE_PASTS) {
            return k > first && !s.is_numeric(k - 1) && object(k + 1);
        }
        if clause_past(s, k)
            || s.cue_word(lx, k)
                .is_some_and(|(_, f)| matches!(f, Form::Past | Form::Third))
        {
            return k > first && !plural_of_first;
        }
        // (Not an adjective as the infinitive's object: "to deport
        // undocumented immigrants".)
        if b.ends_with(b"ed") {
            return of || k > first + 1;
        }
        s_form(b) && !plural_of_first && !number(k - 1) && object(k + 1)
    };
    // The clause's verb (searched to the sentence's end, over a comma), and
    // the content's end before it.
    let cut = |k: usize, end: usize| -> Option<usize> {
        let mut sub = false;
        let mut stop = None;
        for i in k + 1..n {
            if s.is_p(i, ";") || s.is_p(i, ":") {
                break;
            }
            if stop.is_none() && (s.is_p(i, ",") || time(i)) {
                stop = Some(i);
            }
            // A subordinate or relative clause with a subject of its own
            // ("if China invaded", "the settlements that Israel built";
            // not "if attacked", "allies who failed to pay").
            if s.is_in(i, CONTENT_SUBORDINATORS) && i + 1 < n {
                sub = s.is_cap(i + 1) || s.is_det(i + 1) || s.is_pronoun(i + 1);
                continue;
            }
            if verb(i) {
                if sub {
                    sub = false;
                    continue;
                }
                return Some(stop.unwrap_or(i).min(i).min(end));
            }
        }
        None
    };
    let (sp, rule) = if of {
        let k = cj + 1;
        let end = ctx.object_end(k, ctx.content_end(k));
        let end = cut(k, end)?;
        if end <= k || s.is_in(k, DAYS) || !s.is_word(k) {
            return None;
        }
        (ctx.span(k, end), "speaker-cue-obj")
    } else {
        let end = ctx.to_end(cj, ctx.content_end(cj));
        let end = cut(cj + 1, end)?;
        if end <= cj + 1 {
            return None;
        }
        (ctx.span(cj, end), "speaker-cue-to")
    };
    Some(draft(
        ctx.kind_of(sp, Kind::Stance),
        sp,
        Some(owner),
        s,
        cue,
        rule,
    ))
}

/// The words that rank a predicate noun whose to-infinitive tells what its
/// holder did ([`ranked_to`]): "the first", "the only", "among".
pub(crate) const RANKS: &[&str] = &[
    "first", "only", "last", "earliest", "latest", "second", "third", "fourth", "fifth", "final",
    "among",
];

/// The links of a ranked predicate noun to its subject ([`ranked_to`]).
const RANK_LINKS: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "became", "become", "becomes", "remains", "remained",
];

/// Heads of a ranked phrase that name no agent ("the last chance to back
/// the plan", "the first time to vote for ..."), and subjects that are
/// none ("It was the first step to ...").
const RANK_NO_AGENT: &[&str] = &[
    "chance",
    "chances",
    "time",
    "times",
    "opportunity",
    "step",
    "steps",
    "way",
    "day",
    "attempt",
    "effort",
    "move",
    "bid",
    "thing",
    "hope",
    "it",
    "this",
    "that",
    "there",
    "which",
    "what",
    "who",
    "whom",
];

/// Words after "back" (or another cue) that make it another verb ("back
/// away from", "back out of", "back up a claim"): no [`ranked_to`] row.
const RANK_PARTICLES: &[&str] = &["out", "away", "up", "down", "off", "into"];

/// The cues whose ranked infinitive is political backing in wire copy
/// ([`ranked_to`]): "the first Democrat to endorse Sanders", "the only
/// Republican to oppose the nominee", "among 25 senators to vote against
/// the bailout". Not "support" or "back": as often a standard, a market,
/// aid or a family ("the first phone maker to support the new charging
/// standard", "the last central bank to support the bond market", "the
/// first mother to support her children alone", "the only driver to back
/// her car out of the garage").
const RANK_CUES: &[&str] = &["endorse", "oppose", "vote"];

/// Whether the subject `subj` of a ranked phrase (words `k..to`) and the
/// phrase name a person or organization ([`ranked_to`]): the subject a
/// personal pronoun ("He", "They"), a capitalized head (a name, "Grijalva",
/// or a plural opening the sentence, "Voters"),
/// "Collins and Murkowski") or a person or organization speaker noun ("The
/// senator"); the phrase holds such a noun ("the first Democrat", "among
/// 25 senators", "the only member of the cabinet") or only determiners,
/// ranks ("the first", "among the first"). Not a thing ("The tax credit is the
/// latest measure to support ...", "The steel beam was the only piece to
/// support the roof") nor "the only one to support her family".
fn rank_agents(ctx: &Ctx, subj: Np, k: usize, to: usize) -> bool {
    let s = ctx.s;
    let agent = |w: usize| agent_noun(ctx, w);
    let head = subj.b - 1;
    let subject = subj.b == subj.a + 1 && s.is_in(subj.a, &["he", "she", "they", "i", "we", "you"])
        || s.is_cap(head) && !(head == ctx.lo && s.is_det(head))
        || agent(head);
    subject
        && ((k..to).any(agent)
            || (k..to).all(|w| s.is_det(w) && !s.is_in(w, &["one"]) || s.is_in(w, RANKS)))
}

/// A support or opposition cue in the to-infinitive of a ranked predicate
/// noun (`to` is the "to"; the cue's object from `cj`): its subject is the
/// speaker ("Grijalva was the first Democrat in Congress to endorse
/// Sanders", "He was among 25 senators to vote against the bailout",
/// "She became the first governor to oppose the plan"); only the cues of
/// [`RANK_CUES`]. The words between the link ("is", "was", "became", ...)
/// and "to" are at most nine plain words with a rank ([`RANKS`]), no
/// pronoun and none of who/whom/and/but/or/to/for; the subject phrase ends at the link and
/// is none of [`RANK_NO_AGENT`], nor the phrase ("the last chance to
/// back"). Elsewhere such an infinitive is no cue (an aim: "turned out to
/// support Sanders").
#[inline(never)]
pub(super) fn ranked_to(ctx: &Ctx, cue: &CueMatch, cj: usize, to: usize) -> Option<Draft> {
    let s = ctx.s;
    let n = ctx.n();
    // (A particle is another verb: "to back away from", "back out of",
    // "back up his claim"; a question asks, "Who was the first Republican
    // to endorse the plan?")
    if cj >= n
        || !s.is_in(to + 1, RANK_CUES)
        || !s.is_word(cj)
        || s.is_in(cj, THAT)
        || s.is_in(cj, RANK_PARTICLES)
        || s.is_p(n - 1, "?")
    {
        return None;
    }
    let mut k = to;
    let mut ranked = false;
    while k > ctx.lo && to - k < 10 && !s.is_in(k - 1, RANK_LINKS) {
        let w = k - 1;
        if !s.is_word(w)
            || s.is_in(w, RANK_NO_AGENT)
            || s.is_in(w, &["who", "whom", "and", "but", "or", "to", "for"])
            || s.is_pronoun(w)
        {
            return None;
        }
        ranked |= s.is_in(w, RANKS);
        k -= 1;
    }
    if !ranked || k == to || k <= ctx.lo + 1 || !s.is_in(k - 1, RANK_LINKS) {
        return None;
    }
    let v = k - 1;
    let subj = backward(s, ctx.lx, v, ctx.lo).filter(|np| {
        np.b == v
            && !s.is_in(np.a, RANK_NO_AGENT)
            && !(np.a > ctx.lo && s.is_in(np.a - 1, &["which", "what", "whose"]))
    })?;
    if !rank_agents(ctx, subj, k, to) {
        return None;
    }
    let end = ctx.object_end(cj, ctx.content_end(cj));
    if end <= cj {
        return None;
    }
    let sp = ctx.span(cj, end);
    Some(draft(
        ctx.kind_of(sp, Kind::Stance),
        sp,
        Some(subj),
        s,
        cue,
        "speaker-cue-obj",
    ))
}

/// Modifiers that name speech for "his/her ... attacks on" ([`attack_words`]):
/// not "fierce", "vicious", "repeated" or "public", which as often describe
/// fists, arms or play ("His vicious attacks on three women", "His fierce
/// attacks on Ukrainian positions", "Her fierce attacks on the basket").
const SPEECH_ATTACK: &[&str] = &[
    "verbal",
    "rhetorical",
    "scathing",
    "harsh",
    "harsh-worded",
    "withering",
    "blistering",
    "stinging",
    "searing",
    "sharp",
    "personal",
    "inflammatory",
];

/// The owner of "attacks on/against" (at `ci`) for [`poss_noun_obj`]:
/// "his" or "her" at `q`, opening its clause, with a modifier of speech
/// ([`SPEECH_ATTACK`]) between ("Her
/// sharp attacks on the prime minister drew ...", "His scathing attacks
/// against the ruling party"). Without one a person's attacks are as often
/// arms, fists or play ("His attacks on three elderly women went
/// unreported", "His attacks on the net earned him the set", "Her attacks
/// on the left flank"); so are one attack and a group's or a named owner's
/// ("His attack on the mosque", "Russia's attacks on the power grid").
fn attack_words(ctx: &Ctx, q: usize, ci: usize, opens: impl Fn(usize) -> bool) -> Option<Np> {
    let s = ctx.s;
    (s.is_in(q, &["his", "her"]) && opens(q) && (q + 1..ci).any(|k| s.is_in(k, SPEECH_ATTACK)))
        .then_some(Np { a: q, b: q + 1 })
}

/// Whether the object of a demand cue opening at token `k` asks for no
/// stance: its head noun (the last word before a preposition, "not",
/// "and/but", a clause word or punctuation) is a reporter's or source's
/// request ("asked for a comment from the ministry", "further comment",
/// "the ministry's comment", "a response / an interview / his reaction",
/// "asked for his name not to be published", "requested anonymity"); for
/// a lemma with "for" (`ask_for`: "ask for", "call for", ...) also a plea
/// for oneself or an order ("asked for asylum in Germany", "bankruptcy
/// protection", "water", "the bill"); for any demand cue a solicitation,
/// a bare plural right after the cue ("called for proposals to redevelop
/// the pier", "renewed its call for bids", "requested tenders"; not
/// "called for the government's proposals to be withdrawn").
pub(super) fn request_no_stance(s: &Sent, k: usize, ask_for: bool) -> bool {
    const HEAD_END: WordList = WordList::new(&[
        "of", "from", "with", "to", "for", "in", "on", "at", "by", "about", "over", "into", "not",
        "and", "but", "or", "because", "so", "that", "which", "who", "until", "after", "before",
        "while", "when", "as", "last", "this", "next", "earlier",
    ]);
    const SOURCING: WordList = WordList::new(&[
        "comment",
        "comments",
        "response",
        "responses",
        "reaction",
        "reactions",
        "interview",
        "interviews",
        "name",
        "anonymity",
        "identity",
        "reply",
        "confirmation",
        "statement",
    ]);
    const FOR_ONESELF: WordList = WordList::new(&[
        "asylum",
        "protection",
        "water",
        "food",
        "bill",
        "check",
        "refuge",
        "autograph",
    ]);
    const SOLICITED: WordList = WordList::new(&[
        "proposals",
        "bids",
        "tenders",
        "applications",
        "nominations",
        "submissions",
        "entries",
    ]);
    let mut head = None;
    let mut i = k;
    // (A day after the head ends it too: "requested comment Tuesday from
    // the ministry".)
    while i < s.len()
        && i < k + 8
        && (s.is_word(i) || s.is_poss(i))
        && !s.is_in(i, &HEAD_END)
        && !(i > k && s.is_in(i, DAYS))
    {
        if s.is_word(i) {
            head = Some(i);
        }
        i += 1;
    }
    head.is_some_and(|h| {
        s.is_in(h, &SOURCING)
            || ask_for && s.is_in(h, &FOR_ONESELF)
            || h == k && s.is_in(h, &SOLICITED)
    })
}

/// Whether "on (the) condition of anonymity" opens at token `i`, past
/// commas and "and/or" (the cut [`Ctx::occasion_end`] makes before the
/// terms the source spoke on): the object before it is tested alone, a
/// clause of reason after it ("... as they were not authorized to speak")
/// being none of the object.
pub(super) fn anonymity_at(s: &Sent, i: usize) -> bool {
    let mut k = i;
    while k < s.len() && (s.is_p(k, ",") || s.is_in(k, &["and", "or"])) {
        k += 1;
    }
    let c = k + 1 + usize::from(s.is_in(k + 1, &["the"]));
    s.is_in(k, &["on"])
        && s.is_in(c, &["condition"])
        && s.is_in(c + 1, OF)
        && s.is_in(c + 2, &["anonymity"])
}

/// Whether tokens `k..end` (a content without "that") open as an object
/// phrase rather than a clause: a determiner, possessive, number, gerund or
/// preposition first, and no auxiliary, negation, "-ed" form or verb of a
/// clause ([`clause_verb`]) up to the first punctuation or quote mark (at
/// most 12 tokens looked at). "the case will be litigated" and "the plan
/// was dead" stay clauses; with `plural` (a participle's content), a
/// plural present after a plural noun is a clause's verb too
/// ([`plural_present`]: "..., adding the cuts save $1 billion"), not for a
/// finite cue, whose noun-phrase objects read so more often ("continued
/// their marches downtown", "read the jobs report carefully").
pub(super) fn object_phrase(ctx: &Ctx, k: usize, end: usize, plural: bool) -> bool {
    let s = ctx.s;
    if k >= end || !s.is_word(k) || s.is_cap(k) && !s.is_det(k) {
        return false;
    }
    let w = s.bytes(k);
    let opener = s.is_in(
        k,
        &[
            "a",
            "an",
            "another",
            "the",
            "his",
            "her",
            "its",
            "their",
            "our",
            "my",
            "your",
            "additional",
            "some",
            "these",
            "those",
            "as",
            "in",
            "on",
            "with",
            "through",
        ],
    ) || w.first().is_some_and(u8::is_ascii_digit)
        || ctx.quantity_opener(k)
        || w.len() > 5 && w.ends_with(b"ing") && !s.is_stop(k);
    if !opener {
        return false;
    }
    let stop = end.min(k + 12);
    for j in k + 1..stop {
        if !s.is_word(j) {
            if s.is_punct(j) && !s.is_poss(j) || s.is_quote_mark(j) {
                break;
            }
            continue;
        }
        let b = s.bytes(j);
        if s.is_in(
            j,
            &[
                "is", "was", "are", "were", "will", "would", "has", "have", "had", "could", "can",
                "may", "might", "should", "did", "does", "do", "must", "be", "been", "not",
            ],
        ) || crate::attribution::word_lists::contracted_negation(b)
            || b.len() > 4 && b.ends_with(b"ed")
            || clause_verb(s, j)
            || plural && plural_present(s, j)
        {
            return false;
        }
    }
    // A clause ran past the look-ahead: leave it.
    stop == end || (k + 1..stop).any(|j| !s.is_word(j) && !s.is_poss(j))
}
