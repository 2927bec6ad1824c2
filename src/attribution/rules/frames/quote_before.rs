//! Rule 1 of the frame rules: a quote right before the cue, its speaker
//! between the quote and the cue (`"...," Lavrov said`) or right after
//! the cue (`"...," said Lavrov`), and a second quoted piece after the
//! speaker (`"A," he said, "B."`).

use super::*;
use crate::quotes::Quote;

/// Rule 1: the closed quote right before the cue is the content when
/// only white space and the speaker (or nothing) stand between them
/// ([`quote_adjacent`], [`quote_fits`]) and a speaker is found
/// ([`quote_before_speaker`]). `"We will win," Lavrov said.` Whether it
/// ended the cue's rules.
#[inline(always)]
pub(super) fn quote_before_rule(f: &Frame, out: &mut Vec<Draft>) -> bool {
    let &Frame {
        ctx, s, cue, c, ci, ..
    } = f;
    // (Only a cue that takes a quote, and a quote that closed, can pass
    // `gap_ok` below: the two searches, over the document's quotes and
    // the sentence's tokens, are made only for them.)
    // (Through `quote_before`: 0 as well for most cues whose quote before
    // closed sentences before, with no search and none of the tests below.)
    let mut qi = if c.frames & frame::QUOTE != 0 {
        ctx.quote_before(ci)
    } else {
        0
    };
    // `"...," the "Barbie" director said`: a quoted title inside the
    // speaker phrase is no content; the quote before it is.
    // (The mark before the head noun first: one token test for most.)
    if qi > 1 && ci >= ctx.lo + 4 && s.is_quote_mark(ci - 2) {
        let o = s.tok_at(ctx.quotes[qi - 1].open);
        if o > ctx.lo
            && o < ci
            && s.is_det(o - 1)
            && crate::attribution::speaker::quoted_title_end(s, ctx.lx, o) == Some(ci - 1)
        {
            qi -= 1;
        }
    }
    if qi > 0 && ctx.quotes[qi - 1].closed {
        let q = ctx.quotes[qi - 1];
        let gap_a = tok_at_or_first(s, q.close_end);
        // Gap tokens: optional comma/dash, then the speaker (or nothing).
        let mut g = gap_a;
        if g < ci && punct_in!(s, g, b"," | b"\xe2\x80\x94" | b"\xe2\x80\x93") {
            g += 1;
        }
        // `"...." So said Chancellor Rachel Hume.`: "so" before an
        // inverted cue opening the sentence.
        if g + 1 == ci && g == ctx.lo && s.is_in(g, &["so", "thus"]) && cue.form == Form::Past {
            g += 1;
        }
        // Only white space may stand between the closing mark and the gap
        // tokens (the quote may end the previous sentence).
        // (Asked only once the cheap tests of `gap_ok` below hold: its
        // text scans and the lone-quote test ran for every cue with any
        // quote before it in the document; then the tests of the quote's
        // start and of the words after the cue, made only once the cheap
        // ones hold: most cues have no quote right before them.)
        let gap_ok = gap_a >= ctx.lo && quote_adjacent(f, &q, gap_a) && quote_fits(f, &q, g);
        if gap_ok && quote_before_speaker(f, &q, gap_a, g, out) {
            return true;
        }
    }
    false
}

/// Whether only white space stands between the quote's closing mark and
/// the gap tokens from `gap_a` (the quote may end the previous sentence),
/// with no blank line, nor a new line after a whole quoted sentence but
/// for a lone quote paragraph and a finite speaking cue on the next line.
/// `"We will win this fight."` / `Smith told reporters on Tuesday.`
#[inline(always)]
fn quote_adjacent(f: &Frame, q: &Quote, gap_a: usize) -> bool {
    let &Frame { s, cue, c, ci, .. } = f;
    let gap_start = if gap_a < s.len() {
        s.toks[gap_a].start
    } else {
        s.toks[ci].start
    };
    let gap_end = gap_start.max(q.close_end);
    // (Bytes: no character-boundary checks; the newlines counted
    // in the walk that finds the gap all white space.)
    let Some(newlines) = white_newlines(s.text, q.close_end, gap_end) else {
        return false;
    };
    // (No blank line, "\r\n\r\n" too: the gap is all white space,
    // so two newlines make one.)
    newlines < 2
        // A whole quoted sentence ending its line (`“... stop me.”¶
        // Celebrated singer X was honored`) is not the content of a
        // cue on the next line: that line is a new paragraph.
        && !(newlines > 0
            && s.text[q.start..q.end].trim_end().ends_with(['.', '!', '?']))
        // But a paragraph that is a quote alone may take its
        // speaker from a paragraph of one attribution sentence
        // after it (`"We will win this fight. ..."` / `Smith told
        // reporters on Tuesday.`); the cue's tail is checked below
        // (`long_after`, `own_clause`).
        // (Not a heading in capitals: `TRUMP COUNTER.`)
        || newlines > 0
            && s.w(ci).starts_with(char::is_lowercase)
            // A finite verb of speaking (not `The crowd cheered.`,
            // not a byline's `—X, speaking at the levee.`).
            && cue.form != Form::Ing
            && c.keys & SPEAKING_KEYS != 0
            && lone_quote_then_cue(s.text, q, s.span.1)
}

/// The tests of the quote's start and of the words after the cue: the
/// quote must open its sentence (or follow an introductory phrase), and a
/// quote of the sentence before is no content of a cue that opens a
/// clause of its own or a long one. `"Why now?" Smith told reporters.`
/// (`g`: the first gap token after the quote.)
#[inline(always)]
fn quote_fits(f: &Frame, q: &Quote, g: usize) -> bool {
    let &Frame {
        ctx,
        s,
        c,
        ci,
        cj,
        n,
        ..
    } = f;
    // The quote must open its sentence: text before it makes the
    // content mixed (clause-speaker-cue handles that).
    let lo_start = s.toks[ctx.lo].start;
    let opens = if q.open <= lo_start {
        // A quote of the previous sentence must open that sentence too:
        // `act as an “umpire.” Students would continue ...`, `called
        // him “a failed candidate.” Romney fired back` quote a phrase of
        // the sentence before, not the words of the next subject.
        q.close_end > s.span.0
            || !s.text[..q.open]
                .trim_end_matches([' ', '\t', '\u{a0}'])
                .chars()
                .next_back()
                .is_some_and(|c| {
                    c.is_alphanumeric() || matches!(c, ',' | ';' | '–' | '—' | '-' | '(')
                })
    } else {
        // Or an introductory phrase ends with a comma or dash right
        // before it: `As for his remarks, "I write them off," said X`.
        s.text[lo_start..q.open].chars().all(|c| {
            c.is_whitespace()
                || matches!(c, '"' | '“' | '‘' | '\'' | '`' | '(' | '—' | '-' | ':')
        }) || s.text[lo_start..q.open]
            .trim_end()
            .ends_with([',', '—', '–', '-', ':'])
            // Not a quote that goes on with the sentence's own subject
            // and predicate after a comma: `The party, held every four
            // years, "allows us to get our message out," said X` is
            // mixed, its content the whole clause (clause-cue-speaker);
            // a quote that opens with its own subject pronoun is a
            // sentence of its own after the introduction (`In past
            // campaigns, "we felt ...," he said`).
            && !(s.text[lo_start..q.open].trim_end().ends_with(',')
                && continues_subject(&s.text[q.start..q.end]))
            // A quote with its attribution in parentheses inside the
            // sentence (`prompted some blowback ("I want my dues
            // back," wrote X, ...)`).
            || s.text[lo_start..q.open].trim_end().ends_with('(')
                && s.text[q.close_end..s.span.1]
                    .find([')', '('])
                    .is_some_and(|k| s.text[q.close_end + k..].starts_with(')'))
    };
    // (The tests of the words after the cue only for a quote that
    // opens its sentence, and closes before it: both tests below
    // hold only for a quote of the sentence before.)
    if !opens {
        return false;
    }
    if q.close_end > s.span.0 {
        return true;
    }
    // A quote that ended the previous sentence (`“ongoing.” He said the
    // FBI ...`) is not the content when a clause follows the cue.
    let k_after = f.skip_cj();
    // `"How are you?" Miller said pleasantly into the phone.`: a manner
    // adverb before a preposition or the clause end opens no clause.
    let manner = k_after < n
        && s.is_word(k_after)
        && !s.is_cap(k_after)
        && s.bytes(k_after).ends_with(b"ly")
        && (k_after + 1 >= n || s.is_punct(k_after + 1) || s.is_in(k_after + 1, QUOTE_PREPS));
    // `"Why now?" Smith told reporters.`, `"We won!" she told CNN on
    // Monday.`: the addressee of a telling cue, then the sentence end,
    // a comma or an adjunct, opens no clause (not `told them he ...`).
    let addressee_only = class_in!(c, "tell") && k_after < n && {
        let mut j = k_after;
        while j < n
            && j < k_after + 5
            && (s.is_word(j) || s.is_poss(j))
            && !s.is_in(j, QUOTE_PREPS)
            && !s.is_in(j, TELL_CLAUSE_OPENERS)
        {
            j += 1;
        }
        let j = ctx.skip_adverbials(j);
        j > k_after && (j >= n || s.is_punct(j) && !s.is_quote_mark(j) || s.is_in(j, QUOTE_PREPS))
    };
    let own_clause = q.close_end <= s.span.0
        && g < ci
        && k_after < n
        && s.is_word(k_after)
        && !class_in!(c, "ask")
        && !manner
        && !addressee_only
        && !s.is_in(k_after, QUOTE_PREPS);
    // A whole quoted sentence of the sentence before (`"... happen."
    // Trump has not yet responded to the remarks, ...`) is the content
    // only of a cue that closes its own sentence after a short adjunct
    // (`Trump said in a statement.`), not of a denied cue or of one with
    // a long clause after it: in text without paragraph breaks, that
    // sentence opens the next paragraph.
    let whole_before = q.close_end <= s.span.0
        && s.text[q.start..q.end]
            .trim_end()
            .trim_end_matches(['’', '\'', '”', '"'])
            .ends_with('.');
    let long_after = whole_before && {
        let denied = (ci.saturating_sub(2)..ci)
            .any(|k| crate::attribution::word_lists::is_negation(s.bytes(k)));
        let mut end = n;
        while end > cj && s.is_punct(end - 1) {
            end -= 1;
        }
        denied || end.saturating_sub(cj) > 8
    };
    !own_clause && !long_after
}

/// The speaker of a quote right before the cue: a phrase between the
/// quote and the cue ([`gap_speaker`]) or one right after the cue when
/// nothing stands between (`"...," said Lavrov`); pushes the quote (but
/// for a whole quoted sentence before a cue that opens a new quote) and
/// a second quoted piece after the speaker (`"A," he said, "B."`).
/// Whether a speaker was found (the rule ends the cue's rules).
#[inline(always)]
fn quote_before_speaker(
    f: &Frame,
    q: &Quote,
    gap_a: usize,
    g: usize,
    out: &mut Vec<Draft>,
) -> bool {
    let &Frame {
        ctx,
        s,
        lx,
        cue,
        ci,
        cj,
        n,
        ..
    } = f;
    let back = gap_speaker(f, q, gap_a, g);
    let fwd = if g == ci {
        forward(s, lx, cj)
            .or_else(|| ctx.plain_forward(cj))
            .map(|np| with_affiliation(s, lx, np))
    } else {
        None
    };
    if back.is_some() || fwd.is_some() {
        let np = back.or(fwd).expect("one is some");
        let content = (q.start, q.end);
        let rule = if fwd.is_some() {
            "quote-cue-speaker"
        } else {
            "quote-speaker-cue"
        };
        let k2 = if fwd.is_some() {
            ctx.skip_adverbials(np.b)
        } else {
            f.skip_cj()
        };
        // `"... terrorists." Mr. Zahed said: "The attack ..."`: a
        // whole quoted sentence before a speaker whose cue opens a
        // new quote belongs to the speaker before (continuation).
        let new_quote = fwd.is_none()
            && s.text[q.start..q.end].trim_end().ends_with(['.', '!', '?'])
            && k2 + 1 < n
            && (s.is_p(k2, ":") || s.is_p(k2, ","))
            && s.is_quote_mark(k2 + 1);
        if !new_quote {
            out.push(draft(Kind::Direct, content, Some(np), s, cue, rule));
        }
        // `"A," he said, "B."`: the second piece.
        let mut k = k2;
        // An apposition or an object before the second piece:
        // `said X, an economist at Y, "..."`, `she told Hewitt, "..."`.
        if k < n && !(s.is_p(k, ",") && s.is_quote_mark(k + 1)) {
            if let Some(j) = piece_comma(s, k) {
                k = j;
            }
        }
        if k < n && (s.is_p(k, ",") || s.is_p(k, ":")) && s.is_quote_mark(k + 1) {
            let start = s.toks[k + 1].start;
            if let Some(q2) = crate::quotes::opening_at(ctx.quotes, start) {
                let mut d = draft(
                    Kind::Direct,
                    (q2.start, q2.end),
                    Some(np),
                    s,
                    cue,
                    "quote-split",
                );
                d.inherit = None;
                out.push(d);
            }
        }
        return true;
    }
    false
}

/// The speaker phrase between a quote and its cue, tokens from `g`: the
/// phrase the backward search found, widened to the gap's start by a
/// plain phrase, or a plain phrase opening with a determiner or a
/// capital, or a long one after a quote that leaves its sentence open.
/// `"...," Senate minority leader Harry Reid told reporters.`
#[inline(always)]
fn gap_speaker(f: &Frame, q: &Quote, gap_a: usize, g: usize) -> Option<Np> {
    let &Frame { s, lx, cue, ci, .. } = f;
    // Between `"...,"` and the cue stands the speaker: a phrase of
    // up to six words whose head the backward search found, or
    // which opens with a determiner or a capital ("Senate minority
    // leader Harry Reid told", "a voice over says").
    let plain = |a: usize, b: usize| {
        b > a
            && b - a <= 6
            && (a..b).all(|k| {
                // "the bespectacled, 71-year-old diplomat":
                // coordinated adjectives after a determiner.
                let adj_comma = s.is_p(k, ",")
                    && s.is_det(a)
                    && k > a + 1
                    && s.is_word(k - 1)
                    && !s.is_cap(k - 1)
                    && s.is_word(k + 1)
                    && !s.is_cap(k + 1);
                adj_comma
                    || (s.is_word(k) || s.is_poss(k))
                        && !s.is_in(k, &["said", "says", "that", "but", "if", "when"])
                    // "the Florida senator and presidential candidate"
                    && (!s.is_in(k, AND)
                        || s.is_det(a) && !s.is_stop(a + 1)
                        || k > 0 && s.is_cap(k - 1) && s.is_cap(k + 1))
            })
    };
    let mut e = ci;
    while e > g
        && s.is_in(
            e - 1,
            &["also", "then", "later", "has", "had", "once", "recently"],
        )
    {
        e -= 1;
    }
    // A participle after a comma continues the clause before it
    // (`"...," the minister told him, adding that ...`): no speaker
    // phrase stands between the quote and it.
    let participle_after_comma = cue.form == Form::Ing && ci > 0 && s.is_p(ci - 1, ",");
    // `"...," the clerk, who asked not to be named, told WESH`: a phrase
    // ending in a relative pronoun is the subject of a relative clause,
    // whose verb is no cue of the quote (the cue after the clause is).
    // (Lowercase only: "WHO said" is the agency.) A restrictive clause
    // whose verb asks or urges, after a phrase that opens with a
    // determiner or a capital (`"...," the firefighter who asked
    // residents to leave said`), keeps the phrase, whose cue then holds
    // the quote: its object with an infinitive runs over the cue after
    // the clause, which is not found there. (Not "the woman who called
    // 911 told", nor a verb's object: `"...," stars an impersonator who
    // promises`.)
    let relative_end = |np: &Np| {
        np.b > np.a + 1
            && matches!(s.bytes(np.b - 1), b"who" | b"which")
            && (s.is_p(np.b - 2, ",")
                || !(s.is_det(np.a) || s.is_cap(np.a))
                || !(class_in!(f.c, "ask") || class_in!(f.c, "urge")))
    };
    if g < ci && !participle_after_comma {
        let np = match backward(s, lx, ci, g) {
            Some(np) if np.a == g => Some(np),
            Some(np) if plain(g, np.a) => Some(Np { a: g, b: np.b }),
            None => (plain(g, e) && (s.is_det(g) || s.is_cap(g)) && !s.is_pronoun(g))
                .then_some(Np { a: g, b: e })
                // A long phrase only after a quote that leaves its
                // sentence open (`"...," X, ..., said`).
                .or_else(|| {
                    (s.text[q.start..q.end].trim_end().ends_with(',') || g > gap_a)
                        .then(|| wide_speaker(s, lx, g, e))
                        .flatten()
                }),
            // A phrase found inside a longer subject with a comma
            // of its own ("California Rep. Duncan Hunter's chief
            // of staff, Joe Kasper, told").
            // Not a participle clause ("referring to ..., the
            // Chicago Tribune reports").
            Some(_) => ((s.is_cap(g) || !s.bytes(g).ends_with(b"ing"))
                && s.text[q.start..q.end].trim_end().ends_with(','))
            .then(|| wide_speaker(s, lx, g, e))
            .flatten(),
        };
        np.filter(|np| !relative_end(np))
    } else {
        None
    }
}
