//! Rule 2 of the frame rules: the speaker before the cue. The backward
//! phrase search (or the one the participle rules made), then the
//! subject searches that correct or replace its phrase: the subject of a
//! clause verb "means" ([`means_clause_subject`]), a second verb of the
//! sentence's subject ([`second_verb_subject`], after
//! [`second_verb_start`] and [`series_subject`]), a long subject with a
//! post-modifier ([`long_subject`]), the subject of the clause before a
//! participle ([`participle_subject`]), the plain phrase after a comma
//! before a comma-closing cue ([`comma_closing_speaker`]) and none for a
//! publication participle ([`publication_participle`]).

use super::*;

/// Rule 2: The speaker before the cue (`Lavrov said`), and whether the cue is
/// a second verb of the sentence's subject (`coord`: "Twitter reported
/// ... and said it was ..." takes that subject). `searched` holds the
/// backward search the participle rules made, if any.
#[inline(always)]
pub(super) fn speaker_before(
    f: &Frame,
    before: &Before,
    searched: Option<Option<Np>>,
    out: &[Draft],
) -> (Option<Np>, bool) {
    let &Frame {
        ctx,
        s,
        lx,
        cue,
        ci,
        cj,
        ..
    } = f;
    let back = match searched {
        Some(back) => {
            #[cfg(test)]
            {
                assert_eq!(
                    back,
                    backward(s, lx, ci, ctx.lo),
                    "{}",
                    &s.text[s.span.0..s.span.1]
                );
                SHARED_SEARCHES.with(|c| c.set(c.get() + 1));
            }
            back
        }
        None => backward(s, lx, ci, ctx.lo),
    };
    let back = means_clause_subject(f, back);
    let cb = second_verb_start(f, back);
    let series = series_subject(f, back, cb);
    let coord = back.is_none() && cb > ctx.lo + 2 && s.is_in(cb - 1, AND_BUT) || series;
    let verbal = verbal_cue(f);
    // A long subject starts at the clause start or after it, so it can
    // replace only a phrase that starts later and not after a comma: for
    // any other phrase found it is not looked for.
    // (Matches, not `is_none_or` and `is_some_and` below: the inliner
    // left their closures out of line in this long function.)
    let long_may_win = match back {
        None => true,
        Some(np) => np.a > ctx.lo && !s.is_p(np.a - 1, ","),
    };
    let back = if coord || !verbal || !long_may_win {
        back
    } else {
        long_subject(f, back)
    };
    let back = if coord {
        second_verb_subject(f, before, out)
    } else if cue.form == Form::Ing {
        participle_subject(f, back)
    } else {
        // (The range test in line, the rest out of line: most phrases
        // start elsewhere.)
        back.map(|np| quantified(s, ctx.lo, np)).map(|np| {
            if np.a >= ctx.lo + 3 && np.a <= ctx.lo + 5 {
                name_before_open_appos(ctx, cj, np)
            } else {
                np
            }
        })
    };
    let back = comma_closing_speaker(f, back, coord, verbal);
    let back = publication_participle(f, back);
    (back, coord)
}

/// The subject of a that-less clause after a verb "means/meant" the
/// phrase search ran over. `The crisis means ministers say prices will
/// rise.` (the speaker "ministers").
#[inline(always)]
fn means_clause_subject(f: &Frame, back: Option<Np>) -> Option<Np> {
    let &Frame { s, .. } = f;
    // "The crisis means ministers say ...": the search ran over the
    // clause's verb "means/meant" (read as a noun's modifier); its
    // that-less clause's subject, after it, speaks.
    match back {
        Some(np) if np.b >= np.a + 3 => (np.a + 1..np.b - 1)
            .rev()
            .find(|&k| s.is_in(k, &["means", "meant"]) && !s.is_det(k - 1))
            .map_or(Some(np), |k| Some(Np { a: k + 1, b: np.b })),
        b => b,
    }
}

/// Where the conjunction of a second verb of the subject is looked for
/// (`cb`, the cue's token when none): before the auxiliaries, adverbs and
/// time phrase between a conjunction and the cue, when the search found
/// no phrase. `The company cut jobs and on Friday said it would close.`
#[inline(always)]
fn second_verb_start(f: &Frame, back: Option<Np>) -> usize {
    let &Frame {
        ctx, s, cue, ci, ..
    } = f;
    // "... and has said", "but then announced": auxiliaries and adverbs
    // between the conjunction and the cue.
    // (Read only when the search found no phrase: walked only then.)
    let mut cb = ci;
    // A time phrase between the conjunction and the cue ("has long resisted
    // the change but on Friday said", "and last week announced", "but
    // Tuesday wrote"): a day after "on" or alone, or "last/this" + a unit.
    let mut ct = ci;
    if back.is_none() && ci > ctx.lo + 4 {
        if s.is_in(ci - 1, DAYS) {
            ct = if s.is_in(ci - 2, &["on"]) {
                ci - 2
            } else {
                ci - 1
            };
        } else if s.is_in(ci - 1, TIME_UNITS) && s.is_in(ci - 2, &["last", "this"]) {
            ct = ci - 2;
        }
        // "and late on Wednesday told", "and then on Friday said".
        if ct < ci && ct > ctx.lo + 3 && s.is_in(ct, &["on"]) && s.is_in(ct - 1, &["late", "early"])
        {
            ct -= 1;
        }
        if ct < ci && ct > ctx.lo + 3 && s.is_in(ct - 1, &["then"]) {
            ct -= 1;
        }
        // (Not a second day of a pair: "on Monday and Tuesday said the
        // ministry" has its speaker after the cue; "on Tuesday and on
        // Wednesday told" is a second time phrase.)
        if ct < ci
            && ct > ctx.lo + 2
            && s.is_in(ct - 1, AND_BUT)
            && !(s.is_in(ct - 2, DAYS) && s.is_in(ct, DAYS))
            && s.is_in(ci, TIME_TURN_CUES)
        {
            cb = ct;
        }
    }
    if back.is_none() {
        cb = coord_aux_start(s, ctx.lo + 3, cb, ci);
    }
    // "not" follows an auxiliary ("but did not say"; not "and not
    // expected to", a reduced clause of the content before).
    if cb < ci && s.is_in(cb, &["not"]) && cue.form != Form::Base {
        cb = ci;
    }
    // Over "not" only after "but" and to a verb of saying or giving
    // details with no object ([`detail_turn`]: "but did not say when", as
    // `Ctx::clause_end` cuts the content before); "and did not admit ...",
    // "but did not disclose it" go on with the content before.
    if cb < ci
        && (cb..ci).any(|j| s.is_in(j, &["not", "didn't", "didn’t"]))
        && !detail_turn(s, cb - 1, ci)
    {
        cb = ci;
    }
    cb
}

/// Where the auxiliaries and adverbs of `COORD_AUX` between a conjunction
/// and the cue at `ci` open, walked back from `cb` (at most two words
/// before the cue, never to `lo` or before): "and has criticized", "but
/// also backed", "and then said". The walk passes negations too
/// (never/not/didn't: "and never criticized"); a caller that needs a
/// positive act checks them itself ([`second_verb_start`] for "not",
/// `coord_stance` for all).
#[inline(always)]
pub(super) fn coord_aux_start(s: &Sent, lo: usize, mut cb: usize, ci: usize) -> usize {
    while cb > lo && cb + 3 > ci && s.is_in(cb - 1, COORD_AUX) {
        cb -= 1;
    }
    cb
}

/// Whether the cue is a verb phrase in a series after a comma (no phrase
/// found, `cb` the cue). `The governor toured the damage, said the state
/// would rebuild, and thanked the crews.`
#[inline(always)]
fn series_subject(f: &Frame, back: Option<Np>, cb: usize) -> bool {
    let &Frame {
        ctx, s, cue, ci, n, ..
    } = f;
    // A verb phrase in a series after a comma ("The department obfuscated
    // facts, admitted it withheld emails, and delayed ...", "The governor
    // toured the damage, said the state would rebuild, and ..."): a past
    // cue right after a comma that closes a lowercase word, with a later
    // "and" + past form closing the series.
    back.is_none()
        && cb == ci
        && cue.form == Form::Past
        && cb > ctx.lo + 3
        && s.is_p(cb - 1, ",")
        && s.is_word(cb - 2)
        && !s.is_cap(cb - 2)
        && !s.is_in(cb - 2, RELATIVES)
        && (ci + 2..n.min(ci + 40)).any(|k| {
            s.is_in(k, AND) && (s.is_p(k - 1, ",") || k + 1 < n && s.bytes(k + 1).ends_with(b"ed"))
        })
}

/// Whether the cue's form is verbal enough for a long subject and a
/// comma-closing cue: a past, or a present of a class whose forms are
/// rarely nouns. `Aides to the governor say ...` (not "a records
/// request").
#[inline(always)]
fn verbal_cue(f: &Frame) -> bool {
    let &Frame { s, cue, c, ci, .. } = f;
    // A subject with a post-modifier the phrase search stops inside
    // ("Aides to Clinton say", "executives who have worked with X say").
    // Present forms only for classes whose forms are rarely nouns ("the
    // terrorist attacks", "a records request"); of urging, the -s forms
    // that are no nouns, and "urges" before a word that no noun "urges"
    // takes ("The Centers for Disease Control and Prevention recommends
    // that ...", "The Department of Health and Human Services urges
    // parents to ..."; not "urges to eat", "urges and fears", "urges for
    // sweets"; not "appeals", "challenges", "invites", "presses").
    cue.form == Form::Past
        || matches!(cue.form, Form::Base | Form::Third)
            && !s.is_in(ci, NOUNISH)
            && (class_in!(
                c,
                "say"
                    | "believe"
                    | "know"
                    | "argue"
                    | "insist"
                    | "warn"
                    | "want"
                    | "predict"
                    | "agree"
                    | "suggest"
                    | "show"
                    | "admit"
                    | "deny"
                    | "explain"
                    | "confirm"
            ) || cue.form == Form::Third
                && class_in!(c, "urge")
                && (s.is_in(
                    ci,
                    &["recommends", "advises", "encourages", "implores", "exhorts"],
                ) || s.is_in(ci, &["urges"])
                    && s.is_word(ci + 1)
                    && !s.is_in(ci + 1, TO)
                    && !s.is_in(ci + 1, &["and", "or", "for", "of", "in"])))
}

/// A long subject with a post-modifier the phrase search stops inside
/// ([`Ctx::long_subject`]), in place of no phrase or of one that starts
/// later in it. `Executives who have worked with the firm say ...`
#[inline(always)]
fn long_subject(f: &Frame, back: Option<Np>) -> Option<Np> {
    let &Frame {
        ctx, s, lx, c, ci, ..
    } = f;
    // "deny" and "explain" also take things ("Lower sales in China
    // explain the drop", "Policies in some states deny benefits"): their
    // long subject needs a person-like head, a name or a person or
    // organization noun before its first link.
    let long = ctx.long_subject(ci).filter(|ls| {
        !class_in!(c, "deny" | "explain") || {
            let h = (ls.a..ls.b)
                .find(|&k| k + 1 < ls.b && s.is_in(k + 1, SUBJECT_LINKS))
                .unwrap_or(ls.b - 1);
            // (A capital opening the sentence is a name only with no
            // plural -s: not "Policies in some states deny".)
            s.is_cap(h) && (h > ctx.lo || !s.bytes(h).ends_with(b"s"))
                || matches!(
                    s.speaker_noun(lx, h),
                    Some(crate::lexicon::NounType::Person | crate::lexicon::NounType::Organization)
                )
        }
    });
    match (back, long) {
        (None, Some(ls)) => Some(ls),
        // Not across a conjunction or subordinator that opens the
        // phrase's own clause ("The council met in the old hall, and
        // the mayor said", "..., where the mayor said").
        (Some(np), Some(ls))
            if np.a > ls.a
                && !s.is_p(np.a - 1, ",")
                && !(np.a >= ls.a + 2
                    && (s.is_in(np.a - 1, AND_BUT) && s.is_p(np.a - 2, ",")
                        || s.is_in(
                            np.a - 1,
                            &[
                                "where", "when", "while", "as", "after", "before", "because", "if",
                                "though", "although", "since", "whereas",
                            ],
                        ) && (ls.a..np.a - 1).any(|k| s.is_p(k, ",")))) =>
        {
            Some(ls)
        }
        (b, _) => b,
    }
}

/// The subject of a second verb of the sentence's subject (`coord`): the
/// clause subject (or the subject of the cue before it, or a longer one
/// as that cue found it), else the speaker of the cue before it, else
/// the subject before its apposition. `The United Nations human rights
/// office said ... and called for an inquiry.`
#[inline(always)]
fn second_verb_subject(f: &Frame, before: &Before, out: &[Draft]) -> Option<Np> {
    let &Frame {
        ctx, s, cue, ci, ..
    } = f;
    // (Borrowed from `out` until `back` is found, before any push.)
    let prev = before.draft(out, cue.start);
    // The subject of the cue before it in the sentence, when that one
    // stands after the clause subject found and right before its own
    // cue: the clause subject was an introductory phrase ("In a
    // wide-ranging, in-prison interview with X last year, Lazar said
    // ... and added", "Republicans were quick to chime in, with Trump
    // tweeting that ... and asking").
    let prev_subject = || {
        let d = prev?;
        let sp = d.speaker?;
        let (a, b) = (s.tok_at(sp.0), s.tok_before(sp.1));
        let pc = s.tok_at(d.cue?.0);
        // It opens a clause of its own: after a comma, not after "that",
        // "as", "with" or inside a quote ("arguing that it showed ...
        // and indicated").
        // Also after ", and/but/yet" or "while/whereas" ("Several
        // rabbis called for a boycott, and the league denounced the
        // remarks and said ...").
        let opens = a > ctx.lo
            && (s.is_p(a - 1, ",")
                || a > ctx.lo + 1
                    && (s.is_in(a - 1, &["while", "whereas"])
                        || s.is_in(a - 1, &["and", "but", "yet"]) && s.is_p(a - 2, ",")))
            && !ctx.in_quote(a - 1);
        (opens && a < b && b <= pc && pc <= b + 1 && d.cue?.1 <= cue.start).then_some(Np { a, b })
    };
    // An apposition after the subject is left to the fallback below
    // (the speaker of the cue before it).
    // The same subject, longer as the cue before found it ("The United
    // Nations human rights office said ... and called for": the office,
    // not "The United Nations").
    let longer = |np: Np| {
        // (Not one ending in a lowercase -ed word, a verb the cue
        // before misread as part of its subject: "The company missed
        // estimates on Monday and on Tuesday said", "estimates" no cue.)
        let sp = prev?.speaker?;
        let (a, b) = (s.tok_at(sp.0), s.tok_before(sp.1));
        let verb_end = || !s.is_cap(b - 1) && s.bytes(b - 1).ends_with(b"ed");
        (a == np.a && b > np.b && b <= ci && !verb_end() && prev?.cue?.1 <= cue.start)
            .then_some(Np { a, b })
    };
    // (No coordinated subject: train +2 rows right, but dev a wrong
    // speaker.)
    ctx.clause_subject_in(ci, false, false)
        .filter(|np| np.b + 2 <= ci)
        .map(|np| prev_subject().filter(|p| p.a > np.b).unwrap_or(np))
        .map(|np| longer(np).unwrap_or(np))
        .or_else(|| {
            // The speaker of the cue before it in the sentence ("X,
            // a spokesman, called on ... and said ...").
            let sp = prev?.speaker?;
            let a = s.tok_at(sp.0);
            let b = s.tok_before(sp.1);
            (a >= ctx.lo && b <= ci && a < b && prev?.cue?.1 <= cue.start).then_some(Np { a, b })
        })
        .or_else(|| {
            // No cue before it: the subject before its apposition
            // ("Gary Emineth, a former state party chairman, became a
            // delegate and said ...", "House Democrats, looking for
            // ..., seized the floor and said ...").
            prev.is_none()
                .then(|| ctx.clause_subject_in(ci, true, false))
                .flatten()
                .filter(|np| np.b + 2 <= ci)
        })
}

/// The speaker of a participle cue before a quote: the clause subject
/// when the phrase found is the object of the clause's verb. `The
/// ministry issued a statement saying, "We regret the delay."` Before a
/// clause content too when the phrase is a message that subject sent
/// ([`sent_sender`]): `The ministry sent out a statement saying the
/// border would reopen.`
#[inline(always)]
fn participle_subject(f: &Frame, back: Option<Np>) -> Option<Np> {
    let &Frame {
        ctx, s, ci, cj, n, ..
    } = f;
    // The object of the clause's verb before the participle ("issued
    // a statement saying", "wrote a letter to supporters stating"): the
    // clause subject speaks.
    let quote_next = cj + 1 < n
        && (s.is_quote_mark(cj) || (s.is_p(cj, ",") || s.is_p(cj, ":")) && s.is_quote_mark(cj + 1));
    let verb_like = |k: usize| {
        s.is_word(k)
            && !s.is_cap(k)
            && !s.is_stop(k)
            && (s.bytes(k).ends_with(b"ed")
                || s.bytes(k).ends_with(b"ing")
                || s.is_in(k, OBJECT_VERBS))
    };
    let object = |np: &Np| {
        // "carrying signs saying": the phrase search took the verb as
        // a modifier of the object.
        np.b >= np.a + 2 && np.a > ctx.lo + 1 && verb_like(np.a) && !s.is_det(np.a)
            || np.a > ctx.lo + 1
                && s.is_word(np.a - 1)
                && !s.is_cap(np.a - 1)
                && (s.is_in(np.a - 1, &["to"]) || verb_like(np.a - 1))
    };
    if let Some(sj) = back
        .filter(|np| !(object(np) && quote_next))
        .and_then(|np| sent_sender(f, np))
    {
        return Some(sj);
    }
    match back {
        Some(np) if object(&np) && quote_next => ctx
            .clause_subject_single(ci)
            .filter(|sj| sj.b < np.a)
            .or(Some(np)),
        // "Workers carried signs saying, \"...\"": the phrase search
        // ran over the clause's past verb; its subject speaks.
        Some(np) if quote_next => Some(
            (np.a + 1..np.b.saturating_sub(1))
                .find(|&k| {
                    s.is_word(k)
                        && !s.is_cap(k)
                        && !s.is_stop(k)
                        && s.bytes(k).ends_with(b"ed")
                        && s.is_word(k + 1)
                })
                .map_or(np, |k| Np { a: np.a, b: k }),
        ),
        b => b,
    }
}

/// Words of a sent or published message ("a statement", "a press
/// release", "an email", "a tweet"), whose participle of saying has the
/// sender for speaker ([`sent_sender`]). Not `MEDIA` (speaker.rs) or
/// `OPENER_MEDIA` (frames.rs): those name where words were said ("in an
/// interview", "in a speech", "on Twitter"), not a thing one sends, and
/// lack "release", "memo", "message" and "note".
const SENT_MESSAGES: WordList = WordList::new(&[
    "statement",
    "statements",
    "release",
    "releases",
    "email",
    "emails",
    "message",
    "messages",
    "letter",
    "letters",
    "memo",
    "memos",
    "note",
    "notice",
    "alert",
    "bulletin",
    "tweet",
    "tweets",
    "post",
]);

/// Verbs of sending a message whose subject is its author, alone ("sent
/// a letter saying", "circulated a memo saying") or before "out" or
/// "off" ([`SENDING_PARTICLE_VERBS`]); not of getting, reading or citing
/// one ("received / obtained / read / cited a letter saying"), whose
/// writer is another. Not "posted" or "emailed", cues of their own whose
/// rows hold the message ("posted a message saying ...").
const SENDING_VERBS: WordList = WordList::new(&["sent", "sends", "circulated", "circulates"]);

/// Verbs that send or publish a message only with a particle: "put out"
/// and "sent out" a statement, "fired off" or "sent off" a tweet; not
/// "put the letter on the table", "put off" (postponed) a statement.
const SENDING_PARTICLE_VERBS: [(&str, WordList); 2] = [
    ("out", WordList::new(&["sent", "sends", "put", "puts"])),
    ("off", WordList::new(&["sent", "sends", "fired", "fires"])),
];

/// The sender of the message `np` before a participle cue, the speaker
/// of its content ("The campaign sent out a press release saying Murphy
/// owes ...", "She sent a tweet saying she would ..."): `np`'s head is a
/// message word, a sending verb stands right before it (alone, with its
/// particle, or "sent" with one lowercase addressee: "sent reporters an
/// email saying"), and the clause subject stands right before that verb,
/// maybe past auxiliaries and -ly adverbs ("had quickly sent"). None for
/// a passive ("Parents were sent a letter saying": the recipient is no
/// sender) or when the clause subject is not the verb's ("Villagers said
/// the company had sent out a statement saying ...": not the villagers').
/// A quote after the participle is taken without this test.
#[inline(always)]
fn sent_sender(f: &Frame, np: Np) -> Option<Np> {
    let &Frame { ctx, s, ci, .. } = f;
    if np.b < np.a + 2 || np.a < ctx.lo + 3 || !s.is_in(np.b - 1, &SENT_MESSAGES) {
        return None;
    }
    let p = np.a - 1;
    let v = if let Some((_, verbs)) = SENDING_PARTICLE_VERBS
        .iter()
        .find(|(w, _)| s.is_in(p, &[*w]))
    {
        s.is_in(p - 1, verbs).then_some(p - 1)?
    } else if s.is_in(p, &SENDING_VERBS) {
        p
    } else {
        (s.is_word(p) && !s.is_cap(p) && s.is_in(p - 1, &["sent", "sends"])).then_some(p - 1)?
    };
    // Back over "had", "has", "will", "also" and -ly adverbs to the
    // subject; a form of "be" or "get" makes it passive.
    let mut k = v;
    while k > ctx.lo && s.is_word(k - 1) && !s.is_cap(k - 1) {
        if s.is_in(k - 1, &PASSIVE_AUX) {
            return None;
        }
        if !(s.is_aux_like(k - 1) || s.is_in(k - 1, &["also"]) || s.bytes(k - 1).ends_with(b"ly")) {
            break;
        }
        k -= 1;
    }
    ctx.clause_subject_single(ci).filter(|sj| sj.b == k)
}

/// Forms of "be" and "get" before a participle that make it passive
/// ("were sent", "had been sent", "got sent").
const PASSIVE_AUX: WordList = WordList::new(&[
    "is", "are", "was", "were", "be", "been", "being", "get", "gets", "got", "gotten",
]);

/// A cue closing the sentence after a comma: the plain phrase between
/// the comma and the cue speaks, in place of the head the phrase search
/// took. `Rates will rise, a wide array of economists say.` The cue may
/// close it after its adverbials or a telling cue's addressee
/// ([`closes_after_adjuncts`]): `..., diplomats and officials said on
/// Monday.`, `..., residents and officials told Reuters.`
#[inline(always)]
fn comma_closing_speaker(f: &Frame, back: Option<Np>, coord: bool, verbal: bool) -> Option<Np> {
    let &Frame {
        ctx,
        s,
        c,
        ci,
        cj,
        n,
        ..
    } = f;
    // `..., a wide array of economists say.`, `..., campaign and
    // corporate records show.`: a cue closing the sentence after a comma;
    // the plain phrase between the comma and the cue speaks.
    // The phrase search took only the head of a longer phrase after the
    // comma ("a wide array of [economists] say").
    let widen = matches!(back, Some(np) if np.a > ctx.lo && !s.is_p(np.a - 1, ",") && np.b == ci);
    // (A match on the phrase, not `filter` and `or_else`, for the same
    // reason.)
    match back {
        Some(np) if !widen => Some(np),
        // (The cheap tests in line, the walk in [`comma_phrase`].)
        _ if coord || !verbal || c.frames & (frame::THAT | frame::QUOTE) == 0 => back,
        _ if cj >= n || s.is_p(cj, ".") || s.is_p(cj, ",") => comma_phrase(f).or(back),
        // `..., diplomats and officials said on Monday.`: after
        // adjuncts, two speaker phrases joined by "and" after the comma.
        Some(np) if closes_after_adjuncts(f) => {
            Some(crate::attribution::speaker::pair_after_comma(s, f.lx, ctx.lo, np).unwrap_or(np))
        }
        _ => back,
    }
}

/// Whether the cue closes its sentence or clause (the end, a stop or a
/// comma) after its adverbials and, for a telling cue, its addressee:
/// `said on Monday.`, `said in a statement.`, `told Reuters.`, `told
/// reporters on Sunday,`. Without it a coordinated speaker after the
/// comma lost its first conjunct (`..., diplomats and officials said on
/// Monday.` gave "officials", then no row: no comma before it).
#[inline(always)]
fn closes_after_adjuncts(f: &Frame) -> bool {
    let &Frame { ctx, s, c, n, .. } = f;
    let mut k = f.skip_cj();
    if class_in!(c, "tell") {
        k = super::super::cue_rules::past_addressee(ctx, c, k);
    }
    k >= n || s.is_p(k, ".") || s.is_p(k, ",")
}

/// The plain phrase between the comma and a comma-closing cue (auxiliaries
/// before the cue skipped): words only, no relative, pronoun, owner
/// word or participle opening it. `Prices will rise, campaign and
/// corporate records show.`
#[inline(always)]
fn comma_phrase(f: &Frame) -> Option<Np> {
    let &Frame {
        ctx,
        s,
        lx,
        cue,
        ci,
        ..
    } = f;
    let mut e = ci;
    while e > ctx.lo && s.is_in(e - 1, LONG_SUBJECT_AUX) {
        e -= 1;
    }
    let comma = (e.saturating_sub(10).max(ctx.lo + 3)..e.saturating_sub(1))
        .rev()
        .find(|&k| !s.is_word(k) && !s.is_poss(k))
        .filter(|&k| s.is_p(k, ",") && !ctx.in_quote(k))?;
    let a = comma + 1;
    let plain = (a..e).all(|k| {
        (s.is_word(k) || s.is_poss(k))
            && !s.is_in(
                k,
                &[
                    "that", "which", "who", "whom", "whose", "is", "are", "was", "were",
                ],
            )
            && !s.is_aux_like(k)
    });
    // Not a participle clause ("beating X in his home state") nor a
    // noun before a present form ("morning shows", "nativist rant").
    let head_ok = cue.form == Form::Past
        || s.is_cap(e - 1)
        || s.speaker_noun(lx, e - 1).is_some()
        || plural_s(s.bytes(e - 1));
    (plain
        && head_ok
        && !s.bytes(a).ends_with(b"ing")
        && !s.bytes(a).ends_with(b"ed")
        && !(a..e).any(|k| s.is_in(k, POSSESSIVE_DETS))
        && !s.is_pronoun(a)
        && !s.is_stop(e - 1)
        && !s.is_pronoun(e - 1)
        && (s.is_det(a) || s.is_word(a) && !s.is_stop(a)))
    .then_some(Np { a, b: e })
}

/// No speaker phrase before a publication participle right after a poll
/// or document noun: the participle is part of the subject, no cue of its
/// own. `A survey released on Monday found support rising.`
#[inline(always)]
fn publication_participle(f: &Frame, back: Option<Np>) -> Option<Np> {
    let &Frame { s, lx, cue, ci, .. } = f;
    // "A survey released on Monday found ...", "a report published by the
    // agency showed": a publication participle right after a poll or
    // document noun is part of the subject, no cue of its own.
    match back {
        Some(np)
            if cue.form == Form::Past
                && np.b == ci
                && s.is_in(ci, DOC_PARTICIPLES)
                && document_speaker(s, lx, np) =>
        {
            None
        }
        b => b,
    }
}
