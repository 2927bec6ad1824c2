//! The inverted speakers of the frame rules, put after the cue: after a
//! comma closing the sentence (tried before the speaker search before the
//! cue), at the clause start, and after a clause (rule 8; these two for a
//! cue with no speaker before it).

use super::*;

/// An inverted speaker after a comma closing the sentence, before the
/// speaker search: the clause before the comma is the content.
/// `When the race moves to New York, the race will be tight, said Dan
/// Gerstein.` Whether it ended the cue's rules.
#[inline(always)]
pub(super) fn inverted_closing_speaker(f: &Frame, out: &mut Vec<Draft>) -> bool {
    let &Frame {
        ctx,
        s,
        lx,
        cue,
        c,
        ci,
        cj,
        n,
        ..
    } = f;
    // "When the race moves to New York, the race will be tight, said Dan
    // Gerstein.": an inverted speaker after a comma closing the sentence
    // (or before its apposition); the clause before it is no apposition of
    // a phrase the backward search would find ("New York").
    if ci > ctx.lo + 2
        && s.is_p(ci - 1, ",")
        && matches!(cue.form, Form::Past | Form::Third)
        && c.frames & (frame::QUOTE | frame::THAT) != 0
        && c.frames & frame::OBJ == 0
        && !class_in!(c, "tell")
        && (s.is_cap(cj) || s.is_det(cj))
        // (Not after a cue ending in a preposition, unless a title or a
        // speaker noun follows it or a clause with its verb comes before
        // it: "The secretary, a supporter of Clinton, went on CNN.";
        // "Prices will rise, went on the minister.")
        && inverted_after_prep(ctx, ci, cj)
    {
        // The phrase ends the sentence or an apposition follows it ("said
        // Dan Gerstein, director of ...", "said Steve Grubbs, an Iowa
        // operative"), not a clause ("said their stump speeches, already
        // replete with ...", "remembers Mr. Bush, known as Jeb, as ...").
        let appos = |k: usize| {
            k < n
                && (s.is_det(k)
                    || super::super::super::speaker::is_title(s, k)
                    || s.is_word(k) && !s.is_cap(k) && s.speaker_noun(lx, k).is_some())
        };
        if let Some(np) = forward(s, lx, cj).filter(|np| {
            np.a == cj && (np.b >= n || s.is_p(np.b, ".") || s.is_p(np.b, ",") && appos(np.b + 1))
        }) {
            let sp = ctx.span(ctx.lo, ci - 1);
            push_span(ctx, sp, np, cue, "clause-cue-speaker", out);
            return true;
        }
    }
    false
}

/// Inverted at the clause start: the quote after the speaker after the
/// cue. `Said Comey, "We will not stop."` Whether it ended the cue's
/// rules.
#[inline(always)]
pub(super) fn inverted_at_start(f: &Frame, out: &mut Vec<Draft>) -> bool {
    let &Frame {
        ctx,
        s,
        lx,
        cue,
        c,
        ci,
        cj,
        n,
        ..
    } = f;
    // Inverted at the clause start: `Said Comey, "..."`, `Continued Stone:
    // "..."`, `But, said Solovey, "..."`.
    let opens_clause = ci == ctx.lo
        || s.is_p(ci - 1, ",") && ci == ctx.lo + 2 && s.is_in(ctx.lo, &["but", "and", "still"]);
    if opens_clause && c.frames & frame::QUOTE != 0 && matches!(cue.form, Form::Past | Form::Third)
    {
        if let Some(np) = forward(s, lx, cj) {
            let k = np.b;
            // `Said Ana Ruiz, who grew up near the harbor, "..."`: an
            // apposition or relative clause of the speaker before the
            // quote, up to a comma right before its opening mark.
            let k = if k + 2 < n && s.is_p(k, ",") && !s.is_quote_mark(k + 1) {
                (k + 1..n.min(k + 25))
                    .take_while(|&j| {
                        let stop = s.is_quote_mark(j) || s.is_p(j, ".") || s.is_p(j, ";");
                        // (A comma ends the phrase only before the quote.)
                        let inner_comma = s.is_p(j, ",") && j + 1 < n && !s.is_quote_mark(j + 1);
                        !(stop || inner_comma)
                    })
                    .last()
                    .unwrap_or(k)
            } else {
                k
            };
            if k + 1 < n && (s.is_p(k, ",") || s.is_p(k, ":")) && s.is_quote_mark(k + 1) {
                if let Some(q) = crate::quotes::opening_at(ctx.quotes, s.toks[k + 1].start) {
                    push_quote(ctx, q, np, cue, "speaker-cue-quote", out);
                    return true;
                }
            }
        }
    }
    false
}

/// Rule 8: Inverted after a clause: the clause before the cue's comma is the
/// content of the speaker after the cue (and a quote closing the sentence
/// after the speaker its words too). `Prices will rise, said Maria Lopez,
/// a spokeswoman.`
#[inline(always)]
pub(super) fn inverted_after_clause(f: &Frame, out: &mut Vec<Draft>) {
    let &Frame {
        ctx,
        s,
        lx,
        cue,
        c,
        ci,
        cj,
        n,
        ..
    } = f;
    // 8. Inverted after a clause: "..., said Maria Lopez, a spokeswoman."
    // Also `... "quoted words," said X` with the comma inside the marks.
    // Not "tell": the phrase after "told" is the hearer (", told the
    // New Yorker.").
    let comma_quote = ci > ctx.lo + 3 && comma_in_marks(s, ctx.lo, ci);
    if ci > ctx.lo + 2
        && (s.is_p(ci - 1, ",") || comma_quote)
        && c.frames & (frame::QUOTE | frame::THAT) != 0
        && !class_in!(c, "tell")
        // "The secretary, a supporter of Clinton, went on CNN.": after a
        // cue ending in a preposition the phrase is its object, no
        // speaker put after the cue, unless a quote's comma (`"...," went
        // on Ruiz`) or a clause with its verb ("Prices will rise, went on
        // Ruiz") comes before the cue, or a title or a speaker noun
        // follows it ("..., went on the minister"): `inverted_after_prep`.
        && (comma_quote || inverted_after_prep(ctx, ci, cj))
    {
        if let Some(np) = forward(s, lx, cj) {
            let k = np.b;
            // `Because of the calendar, explained Rosenberg, "with this
            // ..."`, `In other words, explained moderator Ana Ruiz: "..."`:
            // a quote closing the sentence right after the speaker is its
            // words too.
            if !comma_quote
                && c.frames & frame::QUOTE != 0
                && k + 1 < n
                && (s.is_p(k, ",") || s.is_p(k, ":"))
                && s.is_quote_mark(k + 1)
            {
                if let Some(q) = ctx.closing_quote_at(k + 1) {
                    push_quote(ctx, q, np, cue, "speaker-cue-quote", out);
                    if s.is_p(k, ":") {
                        return;
                    }
                }
            }
            if k >= n
                || s.is_p(k, ".")
                || s.is_p(k, ",")
                || s.is_in(k, &["for", "of", "at", "with", "from", "in", "on"])
                // A speaker with a relative clause or a post-modifier:
                // "..., said a senior official who asked not to be named",
                // "..., said a source close to the family".
                || s.is_in(k, &["who", "whose", "close", "familiar", "speaking", "briefed"])
            {
                let sp = ctx.span(ctx.lo, if comma_quote { ci } else { ci - 1 });
                push_span(ctx, sp, np, cue, "clause-cue-speaker", out);
            }
        }
    }
}
