//! The frame rules for a relative word right before the speaker found
//! before the cue ([`super::speaker_cue::speaker_rules`] runs them after
//! rule 3): a quoted name of a naming cue, "that", "which", "what/than"
//! and an object relative.

use super::*;

/// A quoted name after a naming cue whose speaker follows a relative
/// word: the quote (or "as" and the quote) is the content. `It was what
/// the mayor called "a betrayal."` Whether it ended the cue's rules.
#[inline(always)]
pub(super) fn relative_named_quote(
    f: &Frame,
    np: Np,
    coord: bool,
    k: usize,
    out: &mut Vec<Draft>,
) -> bool {
    let &Frame {
        ctx, s, cue, c, n, ..
    } = f;
    // "what X called \"hand-to-hand combat\"", "which Mr. Trump called
    // ''a disgrace''": the quoted name is the content.
    // "which he described as \"like an open orchid\"", "whom he
    // describes as having \"a prosecutor's bearing\"": "as" (and up to
    // three words) before the quote make a partly quoted content.
    let rel_as = (class_in!(c, "describe") && k + 1 < n && s.is_in(k, W_AS))
        .then(|| (k + 1..n.min(k + 5)).find(|&j| !s.is_word(j)))
        .flatten()
        .filter(|&j| s.is_quote_mark(j));
    if class_in!(c, "describe")
        && np.a > ctx.lo
        && (k < n && s.is_quote_mark(k) || rel_as.is_some())
        && s.is_in(np.a - 1, &["what", "which", "whom", "who"])
    {
        let kq = rel_as.unwrap_or(k);
        if let Some(q) = crate::quotes::opening_at(ctx.quotes, s.toks[kq].start) {
            describe_relative(ctx, cue, np, coord, out);
            if rel_as.is_some() {
                out.push(draft(
                    Kind::Mixed,
                    (s.toks[k].start, q.close_end),
                    Some(np),
                    s,
                    cue,
                    "relative-speaker-as-quote",
                ));
            } else {
                push_quote(ctx, q, np, cue, "speaker-cue-quote", out);
            }
        }
        return true;
    }
    false
}

/// A relative "that" before the speaker is a content of its own when the
/// clause after the cue opens with a finite verb. `A strike that
/// executives said could hurt earnings.` (The rules go on.)
#[inline(always)]
pub(super) fn relative_that_word(f: &Frame, np: Np, coord: bool, out: &mut Vec<Draft>) {
    let &Frame {
        ctx, s, cue, c, n, ..
    } = f;
    // "a strike that executives said could hurt earnings", "laws that
    // critics say target immigrants": a relative "that" before the
    // speaker is a content of its own (annotators mark the relative
    // word) when the clause after the cue opens with a finite verb
    // (its subject is the gap). The clause itself stays the content of
    // `speaker-cue-that` below.
    if np.a > ctx.lo + 1
        && !coord
        && np.b - np.a <= 6
        && c.frames & frame::THAT != 0
        && s.is_in(np.a - 1, THAT)
        && s.is_word(np.a - 2)
        && !s.is_pronoun(np.a)
    {
        let k = f.skip_cj();
        let gap = k + 1 < n
            && (s.is_in(k, GAP_AUX)
                || s.is_word(k) && !s.is_cap(k) && !s.is_stop(k) && s.bytes(k).ends_with(b"ed"));
        if gap {
            push_relative_word(ctx, np, cue, out);
        }
    }
}

/// "which" before the speaker is the content when the clause after the
/// cue has no subject of its own, and the gapped clause. `..., which he
/// said had harmed the economy.` Whether it ended the cue's rules.
#[inline(always)]
pub(super) fn relative_which(
    f: &Frame,
    np: Np,
    coord: bool,
    prep_which: bool,
    out: &mut Vec<Draft>,
) -> bool {
    let &Frame {
        ctx, s, cue, c, n, ..
    } = f;
    // "..., which he said had harmed the economy": "which" before the
    // speaker is the content when the clause after the cue has no
    // subject of its own (a verb or the sentence end follows). Train
    // precision with "what", "that" or "who" is below 0.3.
    if np.a > ctx.lo
        && !coord
        && np.b - np.a <= 6
        && c.frames & frame::THAT != 0
        && s.is_in(np.a - 1, &["which"])
        && !(prep_which && ctx.clause_start(f.skip_cj()))
    {
        let k = f.skip_cj();
        let gap = k >= n
            || (s.is_punct(k) && !s.is_quote_mark(k) && !s.is_p(k, ":"))
            // "which he describes as his second home"
            || class_in!(c, "describe") && s.is_in(k, W_AS)
            || s.is_in(k, GAP_AUX)
            || s.is_in(k, &["did", "does"])
            // A finite verb opening the gap: "which he argued seeks to
            // restore ...", "which the campaign says includes 2.7
            // million ...", "which Will claims affirmed the ...".
            || s.is_word(k)
                && !s.is_cap(k)
                && !s.is_stop(k)
                && (s.bytes(k).ends_with(b"ed")
                    || s.is_in(k, IRREGULAR_PASTS)
                    || plural_s(s.bytes(k))
                        && k + 1 < n
                        && (s.is_det(k + 1)
                            || s.is_in(k + 1, TO)
                            || s.is_pronoun(k + 1)
                            || s.bytes(k + 1).first().is_some_and(u8::is_ascii_digit)));
        if gap {
            push_relative_word(ctx, np, cue, out);
        }
        relative_gap(ctx, cue, np, k, out);
        return true;
    }
    false
}

/// The clause after a speech cue whose object is the relative word
/// "what/than". `What he said was a mistake.` Whether it ended the cue's
/// rules.
#[inline(always)]
pub(super) fn relative_what_than(f: &Frame, np: Np, coord: bool, out: &mut Vec<Draft>) -> bool {
    let &Frame { ctx, s, cue, c, .. } = f;
    // "what he said was a mistake", "less credit than aides say he
    // deserves": the clause after a speech cue whose object is the
    // relative word.
    if np.a > ctx.lo
        && !coord
        && np.b - np.a <= 6
        && c.frames & frame::THAT != 0
        // (The word first: the class is looked for in a list.)
        && s.is_in(np.a - 1, &WHAT_THAN)
        && c.keys & SPEECH_KEYS != 0
    {
        relative_gap(ctx, cue, np, f.skip_cj(), out);
        return true;
    }
    false
}

/// An object relative before the speaker of an object cue with no object
/// of its own. `..., which Beijing denounced Thursday.` Whether it ended
/// the cue's rules.
#[inline(always)]
pub(super) fn relative_object(f: &Frame, np: Np, coord: bool, out: &mut Vec<Draft>) -> bool {
    let &Frame {
        ctx,
        s,
        cue,
        c,
        ci,
        cj,
        n,
        ..
    } = f;
    // "..., which Beijing denounced Thursday.", "Fiorina, whom he
    // named as ...": an object relative before the speaker of an
    // object cue is the content when the cue has no object of its own
    // (the clause ends or "as" follows).
    if np.a > ctx.lo
        && !coord
        && np.b - np.a <= 6
        && c.frames & frame::THAT == 0
        && c.frames & frame::OBJ != 0
        && s.is_in(np.a - 1, &["which", "whom", "who"])
        // Not a question or a prepositional object ("asked whom she
        // supported", "on whom they will support", "the facts to which
        // Lazar admitted", "whom Michelle Obama referred to").
        && np.a >= 2
        && !s.is_in(
            np.a - 2,
            &[
                "to", "of", "on", "for", "about", "with", "by", "at", "in", "from", "matter",
                "asked", "ask", "know", "knows", "decide", "over",
            ],
        )
        && !s.is_in(
            cj - 1,
            &["to", "of", "at", "on", "for", "about", "with", "by"],
        )
        // Not a perfect ("which Trump has criticized"): on train these
        // are rarely annotated.
        && !(np.b..ci).any(|i| s.is_in(i, HAVE))
    {
        let k = f.skip_cj();
        let gap =
            k >= n || (s.is_punct(k) && !s.is_quote_mark(k) && !s.is_p(k, ":")) || s.is_in(k, W_AS);
        if gap {
            let sp = ctx.span(np.a - 1, np.a);
            out.push(draft(
                Kind::Indirect,
                sp,
                Some(np),
                s,
                cue,
                "relative-speaker-cue",
            ));
            return true;
        }
    }
    false
}
