//! The attribution rules, most precise first. Each rule looks at one cue in
//! one sentence and either produces a [`Draft`] or passes. Rule ids match
//! `gazetteer/rules.toml`, where every rule has its examples.

use super::sent::Sent;
use super::speaker::{backward, forward, Np};
use super::Draft;
use crate::lexicon::{frame, CueMatch, Form};
use crate::model::Kind;
use crate::text::segment::Span;

mod ctx;

pub use ctx::Ctx;
use ctx::*;
pub(crate) use ctx::{
    ADV_PREPS, AND_VERB, BE, CLAUSE_OPENERS, CUTS, INTRO, NOUNISH, NOUN_MARKERS, OBJECT_STOPS,
    OBJ_PRONOUNS, TIME_ADVERBS,
};

fn draft(
    kind: Kind,
    content: Span,
    speaker: Option<Np>,
    s: &Sent,
    cue: &CueMatch,
    rule: &'static str,
) -> Draft {
    Draft {
        kind,
        content,
        speaker: speaker.map(|np| s.span_of(np.a, np.b)),
        cue: Some((cue.start, cue.end, cue.cue)),
        rule,
        inherit: None,
    }
}

/// Runs the cue rules for one cue (token range `ci..cj`).
pub fn apply(
    ctx: &Ctx,
    cue: &CueMatch,
    ci: usize,
    cj: usize,
    prev: Option<&Draft>,
    out: &mut Vec<Draft>,
) {
    let s = ctx.s;
    let lx = ctx.lx;
    let c = lx.cue(cue.cue);
    let n = ctx.n();
    if c.class == "appear" {
        return;
    }
    // A capitalized cue inside a sentence that is not in title case is part
    // of a name ("the State Department", "The Washington Post").
    if ci > ctx.lo && s.is_cap(ci) && !s.is_punct(ci - 1) && !ctx.title_case() {
        return;
    }
    // Noun uses, passives and infinitives are not cues.
    if ci > ctx.lo {
        let p = ci - 1;
        if c.frames & frame::PREP == 0 {
            if s.is_in(p, NOUN_MARKERS) || s.is_poss(p) {
                return;
            }
            if s.is_in(p, BE) && cue.form == Form::Past {
                return;
            }
            // A reduced passive: "a biography written by", "the votes needed by".
            if cue.form == Form::Past && s.is_in(cj, &["by"]) && c.class != "say" {
                return;
            }
            if s.is_in(p, &["to"])
                && cue.form == Form::Base
                && !(p > ctx.lo
                    && s.is_in(
                        p - 1,
                        &["going", "wants", "want", "wanted", "plans", "planned"],
                    ))
            {
                return;
            }
        }
    }
    // Prepositional cue: "according to X".
    if c.frames & frame::PREP != 0 {
        // The source phrase: a speaker phrase, or any short phrase up to a
        // comma or the sentence end ("according to the initial schedule").
        let np = forward(s, lx, cj).or_else(|| {
            let e = (cj..n.min(cj + 12))
                .find(|&k| s.is_punct(k) && !s.is_poss(k))
                .unwrap_or(n);
            (e > cj
                && e <= cj + 10
                && s.is_word(cj)
                && (e == n || s.is_p(e, ",") || s.is_p(e, ".")))
            .then_some(Np { a: cj, b: e })
        });
        let Some(np) = np else { return };
        // "..., according to X, content.": the piece after the source when
        // what comes before is a short introductory phrase.
        let mid = ci > ctx.lo
            && s.is_p(ci - 1, ",")
            && s.is_p(np.b, ",")
            && np.b + 4 < n
            && ci - ctx.lo <= 7
            && ctx.clause_start(np.b + 1);
        if mid {
            let sp = ctx.span(np.b + 1, ctx.content_end(np.b + 1));
            out.push(draft(
                ctx.kind_of(sp, Kind::Indirect),
                sp,
                Some(np),
                s,
                cue,
                "according-to-mid",
            ));
            return;
        }
        if ci == ctx.lo
            || (ci > ctx.lo
                && s.is_punct(ci - 1)
                && !s.is_p(ci - 1, ",")
                && !s.is_quote_mark(ci - 1))
        {
            // "According to X, content."
            let mut k = np.b;
            while k < n && !s.is_p(k, ",") {
                k += 1;
            }
            if k + 2 < n {
                let sp = ctx.span(k + 1, ctx.content_end(k + 1));
                out.push(draft(
                    ctx.kind_of(sp, Kind::Indirect),
                    sp,
                    Some(np),
                    s,
                    cue,
                    "according-to-first",
                ));
            }
        } else if ci > ctx.lo + 2 && (s.is_p(ci - 1, ",") || s.is_quote_mark(ci - 1)) {
            let sp = ctx.span(ctx.lo, if s.is_p(ci - 1, ",") { ci - 1 } else { ci });
            out.push(draft(
                ctx.kind_of(sp, Kind::Indirect),
                sp,
                Some(np),
                s,
                cue,
                "according-to-last",
            ));
        }
        return;
    }

    // 1. A quote right before: `"...," Lavrov said` / `"...," said Lavrov`.
    let qi = ctx
        .quotes
        .partition_point(|q| q.close_end <= s.toks[ci].start);
    if qi > 0 {
        let q = ctx.quotes[qi - 1];
        let gap_a = s.tok_at(q.close_end);
        // Gap tokens: optional comma/dash, then the speaker (or nothing).
        let mut g = gap_a.max(ctx.lo.min(gap_a));
        if g < ci && (s.is_p(g, ",") || s.is_p(g, "—") || s.is_p(g, "–")) {
            g += 1;
        }
        // Only white space may stand between the closing mark and the gap
        // tokens (the quote may end the previous sentence).
        let gap_start = if gap_a < s.len() {
            s.toks[gap_a].start
        } else {
            s.toks[ci].start
        };
        let adjacent = s.text[q.close_end..gap_start.max(q.close_end)]
            .chars()
            .all(char::is_whitespace)
            && !s.text[q.close_end..gap_start.max(q.close_end)].contains("\n\n");
        // The quote must open its sentence: text before it makes the
        // content mixed (clause-speaker-cue handles that).
        let lo_start = s.toks[ctx.lo].start;
        // Or an introductory phrase ends with a comma or dash right before
        // it: `As for his remarks, "I write them off," said X`.
        let opens = q.open <= lo_start
            || s.text[lo_start..q.open].chars().all(|c| {
                c.is_whitespace() || matches!(c, '"' | '“' | '‘' | '\'' | '(' | '—' | '-' | ':')
            })
            || s.text[lo_start..q.open]
                .trim_end()
                .ends_with([',', '—', '–', '-']);
        // A quote that ended the previous sentence (`“ongoing.” He said the
        // FBI ...`) is not the content when a clause follows the cue.
        let k_after = ctx.skip_adverbials(cj);
        let own_clause = q.close_end <= s.span.0
            && g < ci
            && k_after < n
            && s.is_word(k_after)
            && !s.is_in(k_after, &["of", "about", "in", "on", "at"]);
        let gap_ok = q.closed
            && adjacent
            && opens
            && !own_clause
            && gap_a >= ctx.lo
            && c.frames & frame::QUOTE != 0;
        if gap_ok {
            // Between `"...,"` and the cue stands the speaker: a phrase of
            // up to six words whose head the backward search found, or
            // which opens with a determiner or a capital ("Senate minority
            // leader Harry Reid told", "a voice over says").
            let plain = |a: usize, b: usize| {
                b > a
                    && b - a <= 6
                    && (a..b).all(|k| {
                        (s.is_word(k) || s.is_poss(k))
                            && !s.is_in(k, &["said", "says", "that", "and", "but", "if", "when"])
                    })
            };
            let back = if g < ci {
                match backward(s, lx, ci, g) {
                    Some(np) if np.a == g => Some(np),
                    Some(np) if plain(g, np.a) => Some(Np { a: g, b: np.b }),
                    None => {
                        let mut e = ci;
                        while e > g
                            && s.is_in(
                                e - 1,
                                &["also", "then", "later", "has", "had", "once", "recently"],
                            )
                        {
                            e -= 1;
                        }
                        (plain(g, e) && (s.is_det(g) || s.is_cap(g)) && !s.is_pronoun(g))
                            .then_some(Np { a: g, b: e })
                    }
                    _ => None,
                }
            } else {
                None
            };
            let fwd = if g == ci {
                forward(s, lx, cj).or_else(|| ctx.plain_forward(cj))
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
                let after = if fwd.is_some() { np.b } else { cj };
                out.push(draft(Kind::Direct, content, Some(np), s, cue, rule));
                // `"A," he said, "B."`: the second piece.
                let k = ctx.skip_adverbials(after);
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
                return;
            }
        }
    }

    // Participle continuing a clause: "..., adding that ...".
    if cue.form == Form::Ing && ci > ctx.lo && s.is_p(ci - 1, ",") {
        // No attribution before it in the sentence: the subject of the
        // sentence speaks ("The Russians have used ..., saying ...").
        let subj = if prev.is_none() {
            ctx.clause_subject(ci)
        } else {
            None
        };
        let subj_draft = subj.map(|np| Draft {
            kind: Kind::Indirect,
            content: (0, 0),
            speaker: Some(s.span_of(np.a, np.b)),
            cue: None,
            rule: "participle-subject",
            inherit: None,
        });
        let rule = if prev.is_some() {
            "participle"
        } else {
            "participle-subject"
        };
        if let Some(p) = prev.or(subj_draft.as_ref()) {
            let mut k = cj;
            if s.is_in(k, &["that"]) {
                k += 1;
            }
            if k + 2 < n && c.frames & frame::THAT != 0 {
                let sp = ctx.span(k, ctx.content_end(k));
                let mut d = Draft {
                    kind: ctx.kind_of(sp, Kind::Indirect),
                    content: sp,
                    speaker: p.speaker,
                    cue: Some((cue.start, cue.end, cue.cue)),
                    rule,
                    inherit: p.inherit,
                };
                if d.speaker.is_none() {
                    d.inherit = p.inherit;
                }
                out.push(d);
            } else if c.frames & frame::OBJ != 0
                && c.frames & frame::THAT == 0
                && k + 1 < n
                && s.is_word(k)
                && !s.is_in(k, &["to", "for", "on", "of"])
            {
                // "..., calling it a 'paperwork error'": the object.
                let stance_class = is_stance_class(&c.class);
                let end = ctx.content_end(k);
                let end = if stance_class {
                    ctx.object_end(k, end)
                } else {
                    end
                };
                let sp = ctx.span(k, end);
                let kind = ctx.kind_of(
                    sp,
                    if stance_class {
                        Kind::Stance
                    } else {
                        Kind::Indirect
                    },
                );
                out.push(Draft {
                    kind,
                    content: sp,
                    speaker: p.speaker,
                    cue: Some((cue.start, cue.end, cue.cue)),
                    rule,
                    inherit: p.inherit,
                });
            } else if s.is_p(k, ":") || s.is_p(k, ",") || s.is_quote_mark(k) {
                let k2 = if s.is_p(k, ":") || s.is_p(k, ",") {
                    k + 1
                } else {
                    k
                };
                let q2 = if k2 < n {
                    crate::quotes::opening_at(ctx.quotes, s.toks[k2].start)
                } else {
                    None
                };
                if let Some(q2) = q2 {
                    out.push(Draft {
                        kind: Kind::Direct,
                        content: (q2.start, q2.end),
                        speaker: p.speaker,
                        cue: Some((cue.start, cue.end, cue.cue)),
                        rule,
                        inherit: p.inherit,
                    });
                }
            }
        }
        return;
    }

    // 2. Speaker before the cue; a second verb of the sentence's subject
    // ("Twitter reported ... and said it was ...") takes that subject.
    let back = backward(s, lx, ci, ctx.lo);
    let coord = back.is_none() && ci > ctx.lo + 2 && s.is_in(ci - 1, &["and", "but"]);
    let back = if coord {
        ctx.clause_subject(ci)
            .filter(|np| np.b + 2 < ci)
            .or_else(|| {
                // The speaker of the cue before it in the sentence ("X,
                // a spokesman, called on ... and said ...").
                let sp = prev?.speaker?;
                let a = s.tok_at(sp.0);
                let b = s.tok_before(sp.1);
                (a >= ctx.lo && b <= ci && a < b && prev?.cue?.1 <= cue.start)
                    .then_some(Np { a, b })
            })
    } else {
        back
    };
    if let Some(np) = back {
        let mut k = ctx.skip_adverbials(cj);
        // "told reporters (on Monday) that"
        if c.class == "tell" || c.frames & frame::OBJ_TO != 0 {
            if s.is_in(k, OBJ_PRONOUNS) {
                k = ctx.skip_adverbials(k + 1);
            } else if c.class == "tell" {
                if let Some(obj) = forward(s, lx, k) {
                    k = ctx.skip_adverbials(obj.b);
                }
            }
        }
        // Direct quote after the cue: `X said: "..."`.
        let kq = if k < n && (s.is_p(k, ":") || s.is_p(k, ",")) {
            k + 1
        } else {
            k
        };
        if kq < n && s.is_quote_mark(kq) && c.frames & frame::QUOTE != 0 {
            if let Some(q) = crate::quotes::opening_at(ctx.quotes, s.toks[kq].start) {
                let rest = s.tok_at(q.close_end);
                let ends = rest >= n
                    || (rest + 1 >= n && s.is_punct(rest))
                    || s.is_p(rest, ",")
                    || s.is_p(rest, ".");
                if ends {
                    out.push(draft(
                        Kind::Direct,
                        (q.start, q.end),
                        Some(np),
                        s,
                        cue,
                        "speaker-cue-quote",
                    ));
                    return;
                }
            }
        }
        // `X said:` at the end of a paragraph, the quote opening the next.
        if k + 1 == n && s.is_p(k, ":") && c.frames & frame::QUOTE != 0 {
            let end = s.span.1;
            let next = ctx
                .quotes
                .get(ctx.quotes.partition_point(|q| q.open < end))
                .filter(|q| {
                    let gap = &s.text[end..q.open];
                    gap.contains('\n') && gap.chars().all(char::is_whitespace)
                });
            if let Some(q) = next {
                out.push(draft(
                    Kind::Direct,
                    (q.start, q.end),
                    Some(np),
                    s,
                    cue,
                    "speaker-cue-colon",
                ));
                return;
            }
        }
        // `..., X said` or `... "quoted," X said` (comma inside the marks).
        let comma_quote = np.a > ctx.lo + 1 && s.is_quote_mark(np.a - 1) && s.is_p(np.a - 2, ",");
        let np_after_comma = np.a > ctx.lo && s.is_p(np.a - 1, ",") || comma_quote;
        let clause_end = if comma_quote {
            np.a
        } else {
            np.a.saturating_sub(1)
        };
        // 3. Clause, speaker, cue: "..., Russia's foreign minister said."
        if !coord
            && np_after_comma
            && (k >= n
                || s.is_p(k, ".")
                || s.is_p(k, ",")
                || s.is_p(k, "?")
                || s.is_p(k, "!")
                || s.is_p(k, ";"))
            && (np.a - 1 > ctx.lo + 1 || np.a - 1 > ctx.lo && s.is_p(k, ","))
        {
            let sp = ctx.span(ctx.lo, clause_end);
            if c.frames & (frame::THAT | frame::QUOTE) != 0 && sp.1 > sp.0 {
                out.push(draft(
                    ctx.kind_of(sp, Kind::Indirect),
                    sp,
                    Some(np),
                    s,
                    cue,
                    "clause-speaker-cue",
                ));
                // "The years that followed, he said, brought a shift.": the
                // rest of the sentence is the second piece.
                if s.is_p(k, ",")
                    && !ctx.is_cue_participle(k + 1)
                    && !s.is_in(k + 1, CUTS)
                    && !s.is_in(
                        k + 1,
                        &[
                            "and",
                            "or",
                            "as",
                            "because",
                            "since",
                            "if",
                            "when",
                            "after",
                            "before",
                            "noting",
                            "citing",
                            "according",
                        ],
                    )
                {
                    let end = ctx.content_end(k + 1);
                    if end >= k + 3 {
                        let sp2 = ctx.span(k + 1, end);
                        out.push(draft(
                            ctx.kind_of(sp2, Kind::Indirect),
                            sp2,
                            Some(np),
                            s,
                            cue,
                            "clause-speaker-cue-split",
                        ));
                    }
                }
            }
            return;
        }
        let relative = s.is_in(np.a, &["who", "which"]) && np.b == np.a + 1;
        // A sentence adverb before the subject: "Now Bloomberg says ...".
        let adverb_open = np.a == ctx.lo + 1
            && s.is_in(
                ctx.lo,
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
        if np.a != ctx.lo
            && !adverb_open
            && !coord
            && !np_after_comma
            && !relative
            && !s.is_in(
                np.a.saturating_sub(1),
                &[
                    "and", "but", "that", "because", "as", "if", "while", "when", "so", "since",
                    "although",
                ],
            )
        {
            // The phrase is not the subject of a clause.
            if !(np.a > ctx.lo
                && (s.is_quote_mark(np.a - 1)
                    || s.is_p(np.a - 1, "—")
                    || s.is_p(np.a - 1, "–")
                    || s.is_p(np.a - 1, "-")
                    || s.is_p(np.a - 1, "(")
                    || s.is_p(np.a - 1, ":")))
            {
                return;
            }
        }
        // "X, who said [content], did ...": a relative clause between
        // commas ends at the next comma.
        let cend = |k: usize| {
            let end = ctx.content_end(k);
            if relative && np.a > ctx.lo && s.is_p(np.a - 1, ",") {
                ctx.comma_end(k).min(end)
            } else {
                end
            }
        };
        // Relative speakers of stances are mostly not annotated (train
        // precision about 0.4): only reported clauses take them.
        let support = matches!(c.class.as_str(), "support" | "oppose")
            && relative
            && np.a > ctx.lo
            && s.is_p(np.a - 1, ",");
        if relative && c.frames & frame::THAT == 0 && !support {
            return;
        }
        // 4. Speaker, cue, to-infinitive: "threatened to deploy".
        if c.frames & frame::TO != 0 && !relative && ctx.is_infinitive(k) {
            let sp = ctx.span(k, cend(k));
            out.push(draft(Kind::Stance, sp, Some(np), s, cue, "speaker-cue-to"));
            return;
        }
        // 5. Speaker, cue, object, to-infinitive: "urged the U.S. to".
        if c.frames & frame::OBJ_TO != 0 && !relative {
            let obj = if s.is_in(k, OBJ_PRONOUNS) {
                Some(Np { a: k, b: k + 1 })
            } else {
                forward(s, lx, k).or_else(|| object_np(s, k))
            };
            if let Some(obj) = obj {
                if ctx.is_infinitive(obj.b) {
                    let sp = ctx.span(obj.a, cend(obj.a));
                    out.push(draft(
                        Kind::Stance,
                        sp,
                        Some(np),
                        s,
                        cue,
                        "speaker-cue-obj-to",
                    ));
                    return;
                }
            }
        }
        // 6. Speaker, cue, (that) clause.
        // Without "that" the clause must open with a subject: "states the
        // obvious", "posted a video" are not reports (an object may be).
        let gated = c.frames & frame::THAT != 0
            && !s.is_in(k, &["that"])
            && !ctx.clause_start(k)
            && (!SPEECH_CLASSES.contains(&c.class.as_str()) || s.is_in(ci, NOUNISH));
        if c.frames & frame::THAT != 0 && !(gated && c.frames & frame::OBJ != 0) {
            let mut k2 = k;
            if s.is_in(k2, &["that"]) {
                k2 += 1;
            } else if gated
                || s.is_p(k2, ",")
                || s.is_p(k2, ".")
                || k2 >= n
                || (s.is_in(k2, &["about"]) && !ctx.quantity_next(k2 + 1)
                    || s.is_in(k2, &["to", "of", "for"]))
                || s.is_in(
                    k2,
                    &[
                        "so",
                        "it",
                        "this",
                        "nothing",
                        "something",
                        "anything",
                        "yes",
                        "no",
                    ],
                ) && !(s.is_in(k2, &["it", "this"]) && s.is_poss(k2 + 1))
                    && (!s.is_word(k2 + 1)
                        || s.is_stop(k2 + 1)
                            && !s.is_in(
                                k2 + 1,
                                &[
                                    "is", "was", "will", "would", "has", "had", "could", "can",
                                    "may", "might", "should", "did", "does", "must",
                                ],
                            ))
            {
                return;
            }
            if s.is_p(k2, ":") {
                k2 += 1;
            }
            let end = cend(k2);
            if end >= k2 + 3 {
                let sp = ctx.span(k2, end);
                out.push(draft(
                    ctx.kind_of(sp, Kind::Indirect),
                    sp,
                    Some(np),
                    s,
                    cue,
                    "speaker-cue-that",
                ));
            }
            return;
        }
        // 7. Speaker, cue, noun-phrase object: "supports the deal".
        if c.frames & frame::OBJ != 0
            && (!relative || support)
            && !coord
            && k < n
            && s.is_word(k)
            && !s.is_in(k, &["to", "that", "of", "it", "this", "them", "him", "her"])
        {
            let stance_class = is_stance_class(&c.class);
            let end = if stance_class {
                ctx.object_end(k, cend(k))
            } else {
                cend(k)
            };
            if end >= k + 2 || end == k + 1 && s.is_cap(k) {
                let sp = ctx.span(k, end);
                let kind = if stance_class {
                    Kind::Stance
                } else {
                    Kind::Indirect
                };
                out.push(draft(
                    ctx.kind_of(sp, kind),
                    sp,
                    Some(np),
                    s,
                    cue,
                    "speaker-cue-obj",
                ));
            }
        }
        return;
    }

    // 8. Inverted after a clause: "..., said Maria Lopez, a spokeswoman."
    // Also `... "quoted words," said X` with the comma inside the marks.
    let comma_quote = ci > ctx.lo + 3 && s.is_quote_mark(ci - 1) && s.is_p(ci - 2, ",");
    if ci > ctx.lo + 2
        && (s.is_p(ci - 1, ",") || comma_quote)
        && c.frames & (frame::QUOTE | frame::THAT) != 0
    {
        if let Some(np) = forward(s, lx, cj) {
            let k = np.b;
            if k >= n
                || s.is_p(k, ".")
                || s.is_p(k, ",")
                || s.is_in(k, &["for", "of", "at", "with", "from", "in", "on"])
            {
                let sp = ctx.span(ctx.lo, if comma_quote { ci } else { ci - 1 });
                out.push(draft(
                    ctx.kind_of(sp, Kind::Indirect),
                    sp,
                    Some(np),
                    s,
                    cue,
                    "clause-cue-speaker",
                ));
            }
        }
    }
}

/// Classes whose noun-phrase object is a stance ("supports the deal").
fn is_stance_class(class: &str) -> bool {
    matches!(
        class,
        "support"
            | "oppose"
            | "criticize"
            | "praise"
            | "accuse"
            | "demand"
            | "reject"
            | "urge"
            | "want"
            | "promise"
            | "threaten"
            | "agree"
    )
}

/// A plain object phrase from `k`: up to 6 words before "to".
fn object_np(s: &Sent, k: usize) -> Option<Np> {
    let mut j = k;
    while j < s.len() && j < k + 6 && (s.is_word(j) || s.is_poss(j)) && !s.is_in(j, &["to", "that"])
    {
        j += 1;
    }
    (j > k && s.is_in(j, &["to"])).then_some(Np { a: k, b: j })
}
