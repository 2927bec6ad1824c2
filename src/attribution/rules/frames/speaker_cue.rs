//! The frame rules for a speaker phrase found before the cue:
//! [`speaker_rules`] runs them in order. Here the gapped relative, the
//! early test of a phrase that is no clause subject, the quotes after the
//! cue (`X said: "..."`, after adjuncts, after an addressee and a colon,
//! in the next paragraph or the next sentence), the subject joined by
//! "and" and 3. clause, speaker, cue; the relative words before the
//! speaker are in [`super::relatives`], rules 4 to 7 in
//! [`super::clause_rules`].

use super::clause_rules::*;
use super::relatives::*;
use super::*;

/// The rules for the speaker phrase `np` found before the cue (`coord`:
/// the cue is a second verb of the sentence's subject), in their order;
/// the first that holds ends them. `Lavrov said the talks would resume.`
#[inline(always)]
pub(super) fn speaker_rules(f: &Frame, np: Np, coord: bool, out: &mut Vec<Draft>) {
    let &Frame {
        ctx,
        s,
        lx,
        cue,
        c,
        ci,
        n,
        ..
    } = f;
    if gapped_relative(f, np, out) || no_subject_early(f, np, coord) {
        return;
    }
    let (k, k_obj) = cue_words_start(f);
    if quote_after_cue(f, np, coord, k, out) {
        return;
    }
    // The quote must open after the cue, inside the sentence (one
    // binary search in the document's quotes); the cheap tests and this
    // one before the gap's.
    let quote_cue = c.frames & frame::QUOTE != 0
        // Not "..., X said, ...": the clause rules take those.
        && !(np.a > ctx.lo
            && s.is_p(np.a - 1, ",")
            && !(np.b == np.a + 1 && s.is_in(np.a, &["who"])))
        && quote_opens_after(ctx, ci);
    if quote_after_adjuncts(f, np, quote_cue, k, out)
        || addressee_quote(f, np, quote_cue, out)
        || colon_ends_paragraph(f, np, k, out)
        || quote_sentence_after(f, np, coord, k, out)
    {
        return;
    }
    let np = joined_subject(f, np, coord, k);
    // `..., X said` or `... "quoted," X said` (comma inside the marks).
    let comma_quote = np.a > ctx.lo + 1 && comma_in_marks(s, ctx.lo, np.a);
    let np_after_comma = np.a > ctx.lo && s.is_p(np.a - 1, ",") || comma_quote;
    let clause_end = if comma_quote {
        np.a
    } else {
        np.a.saturating_sub(1)
    };
    // A relative "who" after a comma is no speaker of the clause
    // before it: that clause holds its antecedent (`"...," said the
    // official, who spoke on condition of anonymity.`).
    let relative = np.b == np.a + 1 && s.is_in(np.a, RELATIVES);
    // 3. Clause, speaker, cue: "..., Russia's foreign minister said."
    if !coord && !relative && clause_speaker_cue(f, np, np_after_comma, clause_end, k, out) {
        return;
    }
    if relative_named_quote(f, np, coord, k, out) {
        return;
    }
    // "in which he says he will ...": after a preposition the relative
    // word is not part of the reported clause, which has its own subject.
    let prep_which = np.a >= ctx.lo + 2
        && c.frames & frame::THAT != 0
        && s.is_in(np.a - 1, &["which", "whom"])
        && s.is_in(
            np.a - 2,
            &["in", "under", "during", "by", "with", "through", "on", "at"],
        );
    relative_that_word(f, np, coord, out);
    if relative_which(f, np, coord, prep_which, out)
        || relative_what_than(f, np, coord, out)
        || relative_object(f, np, coord, out)
    {
        return;
    }
    // The phrase is not the subject of a clause: no draft.
    if no_clause_subject(ctx, cue, ci, np, coord, np_after_comma, prep_which) {
        return;
    }
    let spk = Speaker::new(f, np, coord, relative, prep_which);
    // Relative speakers of stances are mostly not annotated (train
    // precision about 0.4): only reported clauses, support, opposition,
    // criticism and praise ("Obama, who has denounced the attack as
    // ...", "Clinton, who once praised the ... agreement") and a naming
    // cue with a quote ("Pence, who called their son \"an American
    // hero\"") take them (train: 15 of 22 such rows right; urge,
    // demand, know, discuss about 0.3).
    let support = relative
        && np.a > ctx.lo
        && (s.is_p(np.a - 1, ",") || set_off_relative(f, np))
        // Also discussion, citing and threat cues ("..., who cited
        // trade as his major issue", "..., which discussed his plans",
        // "..., who threatened not to attend"); not accuse, describe,
        // demand or urge (train: more spurious rows than right ones).
        && (class_in!(c, "support" | "oppose" | "criticize" | "praise" | "discuss" | "note" | "threaten") || class_in!(c, "describe")
            && k < n
            && s.is_word(k)
            && ctx.kind_of(ctx.span(k, spk.content_end(ctx, c, k)), Kind::Indirect) == Kind::Mixed);
    // "X, who has pledged to ban ...": a relative speaker of a
    // to-infinitive stance, between commas.
    let rel_to = relative
        && np.a > ctx.lo
        && s.is_p(np.a - 1, ",")
        && c.frames & frame::TO != 0
        && ctx.is_infinitive(k);
    if relative && c.frames & frame::THAT == 0 && !support && !rel_to {
        return;
    }
    if infinitive_rule(f, &spk, rel_to, k, out)
        || object_infinitive_rule(f, &spk, k_obj, k, out)
        || as_clause_rule(f, np, k, out)
        || as_closing_rule(f, np, k, out)
    {
        return;
    }
    let k = that_after_parenthetical(f, k);
    let Some(k) = object_start(f, k) else {
        return;
    };
    // 6. Speaker, cue, (that) clause.
    // Without "that" the clause must open with a subject: "states the
    // obvious", "posted a video" are not reports (an object may be).
    // "A new poll shows Sanders leading", "the study found little
    // evidence": a finding verb of a poll or document takes its object
    // as the content.
    let doc_finding = class_in!(c, "show") && document_speaker(s, lx, np);
    if find_getting(f, doc_finding, k) {
        return;
    }
    let gated = gated_clause(f, doc_finding, k);
    if yes_answer_rule(f, &spk, k, out) || that_clause_rule(f, &spk, gated, k, out) {
        return;
    }
    // A participle phrase's subject ("Troops backed by tanks attacked
    // the town", "Men armed with machetes attacked the village") is no
    // speaker of a cue of force read in its object frame: the bodily
    // sense. (Other object stances keep it: "Voters surveyed in the poll
    // support Clinton", "Shareholders represented at the meeting rejected
    // the deal"; nor a cue of force naming its object "as" something:
    // "Dockworkers stationed at the port slammed the deal as a betrayal".
    // The lemma first, the phrase's search again only for those.)
    if crate::attribution::FORCE_CUES.contains(&c.lemma.as_str())
        && !(k..n).any(|i| s.is_in(i, &["as"]))
        && participle_phrase_subject(s, lx, ci, ctx.lo, spk.np)
    {
        return;
    }
    object_rule(f, &spk, support, k, out);
}

/// A relative clause after "who/whom" (or a contact clause) whose
/// reported clause has its subject gapped gives that clause up to where
/// the relative closes, and ends the rules. `Two men who police said were
/// armed fled.` Whether it ended the cue's rules.
#[inline(always)]
fn gapped_relative(f: &Frame, np: Np, out: &mut Vec<Draft>) -> bool {
    let &Frame {
        ctx, s, cue, ci, n, ..
    } = f;
    // "two men who police said were armed", "Kelly, who he claims has
    // been unfair": a relative clause after "who/whom" whose reported
    // clause has its subject gapped (an auxiliary or modal right after
    // the cue, not "that") gives that clause up to where
    // `who_gap_end` closes the relative (no row when it gives none;
    // the phrase is no subject of a clause of its own: no other rule).
    // A past right after the cue is such a gapped clause's verb too
    // ("A man whom prosecutors say \[ran\] the network was
    // extradited", "who police said \[fired\] the shots"); and a
    // contact clause, with no "who", has a plural with no -s for its
    // subject right after a singular head ("The man \[police\] said
    // fired the shots surrendered": `contact_gap_subject`).
    // (The contact clause only after a lowercase word: most phrases
    // before a cue end in a name.)
    // A contact clause with a past after the cue needs that past to
    // take an object, a determiner or an object pronoun ("fired
    // \[the\] shots"); otherwise the past is an adjective of the
    // reported clause's subject ("The state police said
    // \[unidentified\] gunmen ...": `contact_past_object`).
    let gap = if gap_relative(ctx, cue, np, ci) {
        Some((np, false))
    } else if np.b == ci && ci > ctx.lo + 2 && !s.is_cap(ci - 1) {
        contact_gap_subject(ctx, cue, np, ci).map(|np| (np, true))
    } else {
        None
    };
    if let Some((np, contact)) = gap {
        let k = f.skip_cj();
        let aux = k < n && s.is_in(k, GAP_AUX) && !s.is_in(k + 1, THAT);
        let past = k < n && !aux && gap_past(ctx, k);
        if aux || past && (!contact || contact_past_object(ctx, k)) {
            // (The head noun opens the sentence: its words up to it
            // are no verb. The head is the word before "who/whom", or
            // the word before a contact clause's subject.)
            let head = if contact {
                np.a - 1
            } else {
                np.a.saturating_sub(2)
            };
            let subject = head >= ctx.lo
                && head <= ctx.lo + 5
                && (ctx.lo..=head).all(|q| {
                    (s.is_word(q) || s.is_poss(q) || amount_sign(s, q))
                        && !s.is_aux_like(q)
                        && !s.is_in(q, IRREGULAR_PASTS)
                        // ("Those freed": an -eed word is no past, as
                        // in `that_on_subject`.)
                        && (s.is_cap(q)
                            || !s.bytes(q).ends_with(b"ed")
                            || s.bytes(q).ends_with(b"eed"))
                });
            if let Some(end) = who_gap_end(ctx, k, subject, past) {
                let end = if contact {
                    contact_gap_end(ctx, head, k, end)
                } else {
                    end
                };
                relative_gap_to(ctx, cue, np, k, end, out);
            }
            return true;
        }
    }
    false
}

/// Whether the phrase is no subject of the cue's clause, decided before
/// the words after the cue are searched when none of the rules that may
/// still take it can hold (the cue's rules end, no draft). `After the
/// vote, said to be close, the bill passed.`
#[inline(always)]
fn no_subject_early(f: &Frame, np: Np, coord: bool) -> bool {
    let &Frame {
        ctx,
        s,
        cue,
        c,
        ci,
        n,
        ..
    } = f;
    // A phrase that is no subject of the cue's clause gives no draft
    // (`no_clause_subject`, asked again below after the rules that may
    // still take it): decided here, before the words after the cue are
    // skipped and searched, unless one of those rules can hold. They
    // need a cue that takes a quote with a quote opening after it in
    // the sentence or a colon or comma closing the sentence, a naming
    // cue, or a relative word before the phrase ("which", "what",
    // "than", "whom", "who"; "in which" is `prep_which`).
    if early_returns()
        && np.a > ctx.lo
        && !class_in!(c, "describe")
        && !s.is_in(np.a - 1, &WH_THAN)
        && no_clause_subject(
            ctx,
            cue,
            ci,
            np,
            coord,
            s.is_p(np.a - 1, ",") || np.a > ctx.lo + 1 && comma_in_marks(s, ctx.lo, np.a),
            false,
        )
        && !(c.frames & frame::QUOTE != 0
            && (punct_in!(s, n - 1, b":" | b",") || quote_opens_after(ctx, ci)))
    {
        #[cfg(test)]
        EARLY_TAKEN.with(|c| c.set(c.get() + 1));
        return true;
    }
    false
}

/// Where the cue's words start (`k`), past its adverbials, its addressee
/// ("told reporters (on Monday) that") and a manner phrase of a speech
/// participle (`continued by saying, "..."`); and where they started
/// before the addressee (`k_obj`, for rule 5: "urged him to resign").
#[inline(always)]
fn cue_words_start(f: &Frame) -> (usize, usize) {
    let &Frame {
        ctx, s, lx, c, n, ..
    } = f;
    let mut k = f.skip_cj();
    // "told reporters (on Monday) that"
    // Not the subject of a belief's bare clause: "believes it could
    // win", "expects it will pass", "believe her record will help"
    // (an auxiliary after "it/you", a noun after possessive "her").
    // Any cue but telling takes "it" and an auxiliary for the subject
    // of its clause ("critics warned it was not enough", "businesses
    // that warn it could harm commerce", "urged it would be wise"):
    // no addressee of a warning or urging.
    let belief_subject = k + 1 < n
        && (class_in!(c, "believe" | "predict")
            && (s.is_in(k, &["it", "you"]) && s.is_aux_like(k + 1)
                || s.is_in(k, &["her"]) && s.is_word(k + 1) && !s.is_stop(k + 1))
            || !class_in!(c, "tell") && s.is_in(k, W_IT) && s.is_aux_like(k + 1));
    // (The object pronoun of an object + infinitive cue, "urged him to
    // resign", is the start of its content, rule 5 below.)
    let k_obj = k;
    if (class_in!(c, "tell") || c.frames & frame::OBJ_TO != 0) && !belief_subject {
        k = past_addressee(ctx, c, k);
    }
    // `X continued by saying, "..."`, `he began by asking, "..."`: the
    // manner phrase of a speech participle leads to the quote.
    // (The word-set bit of "by" before its bytes: that test ran with
    // an out-of-line call for every cue with a speaker phrase.)
    if k + 2 < n
        && s.is_in(k, BY)
        && s.bytes(k) == b"by"
        && c.frames & frame::QUOTE != 0
        && s.bytes(k + 1).ends_with(b"ing")
        && s.cue_word(lx, k + 1)
            .is_some_and(|(li, _)| lx.cue(li).frames & frame::QUOTE != 0)
        && (s.is_p(k + 2, ",") || s.is_p(k + 2, ":") || s.is_quote_mark(k + 2))
    {
        k += 2;
    }
    (k, k_obj)
}

/// A direct quote right after the cue (or its colon or comma) that closes
/// the clause: `X said: "..."`, and the unquoted phrase before the
/// speaker as a piece of its own (`Instead, Axelrod said, "..."`).
/// Whether it ended the cue's rules.
#[inline(always)]
fn quote_after_cue(f: &Frame, np: Np, coord: bool, k: usize, out: &mut Vec<Draft>) -> bool {
    let &Frame {
        ctx,
        s,
        cue,
        c,
        ci,
        n,
        ..
    } = f;
    // Direct quote after the cue: `X said: "..."`.
    let kq = if k < n && punct_in!(s, k, b":" | b",") {
        k + 1
    } else {
        k
    };
    if kq < n && s.is_quote_mark(kq) && c.frames & frame::QUOTE != 0 {
        if let Some(q) = crate::quotes::opening_at(ctx.quotes, s.toks[kq].start) {
            let rest = s.tok_at(q.close_end);
            // The quote closes the clause, or ends with a comma or stop
            // inside its marks (`said, "We'll see," when asked`).
            let closed_inside = s.text[q.start..q.end]
                .trim_end()
                .ends_with([',', '.', '!', '?']);
            let ends = rest >= n
                || (rest + 1 >= n && s.is_punct(rest))
                || s.is_p(rest, ",")
                || s.is_p(rest, ".")
                || s.is_p(rest, "-")
                || s.is_p(rest, "—")
                || s.is_p(rest, "–")
                // A short one too after a comma (`said, "We'll
                // see," when asked`).
                || closed_inside && (q.end - q.start > 12 || k < n && s.is_p(k, ","))
                // An exclamation or question right after a verb of
                // voice, then an adjunct (`yelled "You lie!" at the
                // president`, `chanted "Lock her up!" as he spoke`).
                || class_in!(c, "say")
                    && s.text[q.start..q.end].trim_end().ends_with(['!', '?'])
                    && s.is_word(rest)
                    && !s.is_cap(rest)
                // A capitalized quote of two or more words after a
                // comma, then a time or place adjunct (`tweeted, "Thank
                // you Indiana #Trump2016" on Friday`).
                || k < n
                    && s.is_p(k, ",")
                    && s.text[q.start..].starts_with(char::is_uppercase)
                    && s.text[q.start..q.end].trim().contains(' ')
                    && s.is_in(rest, &["on", "in", "at", "after", "before", "during", "from"]);
            if ends {
                describe_relative(ctx, cue, np, coord, out);
                push_quote(ctx, q, np, cue, "speaker-cue-quote", out);
                // `Instead, Axelrod said, "..."`, `If she wins, he
                // said, "..."`: the unquoted phrase before the speaker
                // is a piece of its own.
                // Only when the quote goes on with the sentence (a
                // lowercase word after `said, "`).
                if !coord
                    && np.a > ctx.lo + 1
                    && s.is_p(np.a - 1, ",")
                    // The speaker right before its cue (not the
                    // subject of "she sent an email saying").
                    && (np.b..ci).all(|i| s.is_in(i, LONG_SUBJECT_AUX))
                    && s.is_p(k, ",")
                    && s.is_word(kq + 1)
                    && !s.is_cap(kq + 1)
                    && (ctx.lo..np.a).all(|i| !s.is_quote_mark(i) && !ctx.in_quote(i))
                {
                    let sp = ctx.span(ctx.lo, np.a - 1);
                    out.push(draft(
                        Kind::Indirect,
                        sp,
                        Some(np),
                        s,
                        cue,
                        "clause-speaker-cue",
                    ));
                }
                return true;
            }
        }
    }
    false
}

/// Adjuncts between the cue and a quote closing the sentence (for a
/// `quote_cue`, see [`speaker_rules`]): `X acknowledged, however, "..."`.
/// Whether it ended the cue's rules.
#[inline(always)]
fn quote_after_adjuncts(
    f: &Frame,
    np: Np,
    quote_cue: bool,
    k: usize,
    out: &mut Vec<Draft>,
) -> bool {
    let &Frame {
        ctx,
        s,
        lx,
        cue,
        cj,
        n,
        ..
    } = f;
    // Adjuncts between the cue and a quote closing the sentence: `X
    // said on Twitter on Monday, in reference to ..., "..."`, `X
    // initially said in the spring, when ..., "..."`, `X acknowledged,
    // however, "..."`. The gap opens with a comma, a preposition or an
    // adverb and holds no cue word, "that" or other quote.
    // Also a time phrase closing in "later/ago/earlier" (`As X wrote
    // years earlier, "..."`) or "back in ..." (`As the band sang back
    // in the 1980s, "..."`), and after "As X put it" (the clause rule
    // for "As X noted, ..." takes no quote).
    // The gap is looked for after the adverbials skipped, then right
    // after the cue ("put it in his memo to staff, \"...\"": the
    // skip stops at "to staff").
    let kg = if !quote_cue {
        None
    } else if opens_gap(s, n, k) {
        Some(k)
    } else {
        Some(cj).filter(|&j| j < k && opens_gap(s, n, j))
    };
    if let Some(k) = kg {
        if let Some(j) = (k + 1..n.min(k + 30)).find(|&j| s.is_quote_mark(j)) {
            let gap_ok = (s.is_p(j - 1, ",") || s.is_p(j - 1, ":"))
                && (k..j - 1).all(|i| {
                    // (A participle shares the subject: `put it in his
                    // memo to staff explaining the deal, "..."`.)
                    let cue_word = s.is_word(i)
                        && !s.is_cap(i)
                        && s.cue_word(lx, i).is_some()
                        && !(i > k && s.bytes(i).ends_with(b"ing") && !s.is_p(i - 1, ","));
                    !(cue_word || s.is_in(i, &["that", "said", "says", "told", "asked"]))
                });
            if let Some(q) = ctx.closing_quote_at(j).filter(|_| gap_ok) {
                push_quote(ctx, q, np, cue, "speaker-cue-quote", out);
                return true;
            }
        }
    }
    false
}

/// An addressee or object phrase between the cue and a colon before a
/// quote closing the sentence: `told the Reuters news agency: "..."`.
/// Whether it ended the cue's rules.
#[inline(always)]
fn addressee_quote(f: &Frame, np: Np, quote_cue: bool, out: &mut Vec<Draft>) -> bool {
    let &Frame {
        ctx,
        s,
        lx,
        cue,
        c,
        cj,
        n,
        ..
    } = f;
    // An addressee or object phrase between the cue and a colon before
    // a quote closing the sentence: `told the Reuters news agency: "..."`,
    // `told the BBC's Today programme: "..."`, `told state broadcaster
    // RTE: "..."`, `has said the same thing at every stop: "..."`; after
    // a telling cue also a comma (`told the Reuters news agency simply,
    // "..."`). The phrase holds words and possessives only, no cue
    // word, "that", wh-word or subject pronoun (no clause of its own).
    // Not in a Title Case headline, where the phrase is part of a
    // mixed claim ("Trump Praises Reporter Matthew Boyle: 'Very Good
    // Reporter.'").
    // (The same tests of the cue and the speaker as above, and a quote
    // opening after the cue.)
    if quote_cue && !ctx.title_case() {
        // (A program title in marks may stand in the phrase: `told
        // NBC's "Meet the Press" on Sunday: "..."`.)
        let mut j = cj;
        let mut titles = Vec::new();
        while j < n.min(cj + 16) {
            if let Some(e) = title_quote_end(ctx, j) {
                titles.push((j, e));
                j = e;
            } else if s.is_word(j) || s.is_poss(j) {
                j += 1;
            } else {
                break;
            }
        }
        let in_title = |i: usize| titles.iter().any(|&(a, e)| i >= a && i < e);
        let j = Some(j).filter(|&j| {
            j + 1 < n
                && (s.is_p(j, ":") || class_in!(c, "tell") && s.is_p(j, ","))
                && s.is_quote_mark(j + 1)
                && (cj..j).all(|i| {
                    s.is_poss(i)
                        || in_title(i)
                        // "told state broadcaster RTE:"
                        || i == cj && class_in!(c, "tell") && s.is_in(i, &["state"])
                        || s.is_cap(i)
                        // A noun after a determiner ("at every stop",
                        // "state broadcaster" is no verb either).
                        || i > cj && (s.is_det(i - 1) || s.is_in(i - 1, &["every", "each"]))
                        || !(s.cue_word(lx, i).is_some()
                            || s.is_in(i, THAT)
                            || s.is_in(
                                i,
                                &[
                                    "what", "which", "who", "how", "why", "whether", "if",
                                    "he", "she", "they", "we", "i", "it", "you", "and", "but",
                                ],
                            ))
                })
        });
        if let Some(q) = j.and_then(|j| ctx.closing_quote_at(j + 1)) {
            if q.end > q.start {
                push_quote(ctx, q, np, cue, "speaker-cue-quote", out);
                return true;
            }
        }
    }
    false
}

/// `X said:` at the end of a paragraph, the quote opening the next one.
/// `The minister said:` / `"We will not give in."` Whether it ended the
/// cue's rules.
#[inline(always)]
fn colon_ends_paragraph(f: &Frame, np: Np, k: usize, out: &mut Vec<Draft>) -> bool {
    let &Frame {
        ctx, s, cue, c, n, ..
    } = f;
    // `X said:` at the end of a paragraph, the quote opening the next
    // (also `X wrote,` with a comma).
    if k + 1 == n && (s.is_p(k, ":") || s.is_p(k, ",")) && c.frames & frame::QUOTE != 0 {
        let end = s.span.1;
        let next = ctx
            .quotes
            .get(ctx.quotes.partition_point(|q| q.open < end))
            .filter(|q| {
                let gap = &s.text[end..q.open];
                gap.contains('\n') && gap.chars().all(char::is_whitespace)
            });
        if let Some(q) = next {
            let end = if q.closed { q.end } else { run_end(ctx, q) };
            out.push(draft(
                Kind::Direct,
                (q.start, end),
                Some(np),
                s,
                cue,
                "speaker-cue-colon",
            ));
            return true;
        }
    }
    false
}

/// A sentence of only the speaker and its cue, a quote sentence right
/// after it. `Iowa State University's Dianne Bystrom agreed. "..."`
/// Whether it ended the cue's rules.
#[inline(always)]
fn quote_sentence_after(f: &Frame, np: Np, coord: bool, k: usize, out: &mut Vec<Draft>) -> bool {
    let &Frame {
        ctx, s, cue, c, n, ..
    } = f;
    // `Iowa State University's Dianne Bystrom agreed. "..."`: a
    // sentence of only the speaker and its cue, a quote sentence right
    // after it in the same paragraph.
    if k + 1 == n
        && s.is_p(k, ".")
        && c.frames & frame::QUOTE != 0
        && !coord
        && matches!(cue.form, Form::Past | Form::Third)
        && (np.a == ctx.lo || np.a == ctx.lo + 1 && s.is_in(ctx.lo, &["and", "but"]))
    {
        let end = s.span.1;
        let next = ctx
            .quotes
            .get(ctx.quotes.partition_point(|q| q.open < end))
            .filter(|q| {
                q.closed
                    && (s.text[end..q.open]
                        .chars()
                        .all(|c| c == ' ' || c == '\u{a0}')
                        // Or the quote opens the next paragraph and
                        // is all of it (`She said in a statement.` /
                        // `"..."`).
                        || s.text[end..q.open].contains('\n')
                            && c.keys & SPEAKING_KEYS != 0
                            && s.text[end..q.open].chars().all(char::is_whitespace)
                            && rest_of_line_blank(s.text, q.close_end))
                    && s.text[q.start..q.end].split_whitespace().count() >= 3
                    // Not a quote with an attribution of its own
                    // (`X agreed. "...," she said.`).
                    && !(s.text[q.start..q.end].trim_end().ends_with(',')
                        && s.text[q.close_end..]
                            .trim_start()
                            .starts_with(char::is_alphabetic))
            });
        if let Some(q) = next {
            push_quote(ctx, q, np, cue, "speaker-cue-colon", out);
            return true;
        }
    }
    false
}

/// The speaker widened over a pronoun or name joined by "and" after the
/// comma, when the cue closes the clause. `..., he and Mr. Allen said.`
#[inline(always)]
fn joined_subject(f: &Frame, np: Np, coord: bool, k: usize) -> Np {
    let &Frame { ctx, s, c, n, .. } = f;
    // `..., he and Mr. Allen said.`: a pronoun or a name of up to three
    // capitalized words joined by "and" after the comma is part of
    // the subject, when the cue closes the clause (rule 3 below; the
    // other rules keep the phrase they found).
    let closes = k >= n || punct_in!(s, k, b"." | b"?" | b"!" | b";");
    let joined = (!coord
        && closes
        && c.frames & (frame::THAT | frame::QUOTE) != 0
        && np.a >= ctx.lo + 3
        && s.is_in(np.a - 1, AND))
    .then(|| {
        let and = np.a - 1;
        let mut k = and;
        if s.is_pronoun(k - 1) {
            k -= 1;
        } else {
            while k > ctx.lo + 1
                && and - k < 3
                && s.is_word(k - 1)
                && s.is_cap(k - 1)
                && !s.is_stop(k - 1)
            {
                k -= 1;
            }
        }
        (k < and
            && k > ctx.lo
            && s.is_p(k - 1, ",")
            && k.checked_sub(2).is_none_or(|q| !s.is_quote_mark(q)))
        .then_some(k)
    })
    .flatten();
    joined.map_or(np, |k| Np { a: k, b: np.b })
}

/// Rule 3: Clause, speaker, cue: the clause before the speaker's comma (for a
/// speaker that is no second verb's subject nor a relative word; the
/// sentence or the clause closes at `k`), and the rest of the sentence as
/// a second piece ([`clause_split_piece`]). `Talks will resume, Russia's
/// foreign minister said.` Whether it ended the cue's rules.
#[inline(always)]
fn clause_speaker_cue(
    f: &Frame,
    np: Np,
    np_after_comma: bool,
    clause_end: usize,
    k: usize,
    out: &mut Vec<Draft>,
) -> bool {
    let &Frame {
        ctx,
        s,
        cue,
        c,
        cj,
        n,
        ..
    } = f;
    if np_after_comma
        && (k >= n
            || s.is_p(k, ".")
            || s.is_p(k, ",")
            || s.is_p(k, "?")
            || s.is_p(k, "!")
            || s.is_p(k, ";")
            // "..., the agency said on Tuesday -- a sign that ...":
            // a dash before a noun phrase (the writer's comment on
            // the report) or before "and/but" ("..., the governor said
            // — but rates will stay high") closes the report too, when
            // the words before the speaker's comma are a clause
            // (`report_clause_before`: not "In a statement, the
            // company said -- a day after ...").
            || (super::super::super::speaker::dash_before_np(s, k)
                || super::super::super::speaker::is_dash(s, k)
                    && s.is_in(super::super::super::speaker::after_dash(s, k), AND_BUT))
                && report_clause_before(s, dash_start(ctx, clause_end), clause_end))
        && (np.a - 1 > ctx.lo + 1 || np.a - 1 > ctx.lo && s.is_p(k, ","))
    {
        let sp_a = dash_start(ctx, clause_end);
        let sp = ctx.span(sp_a, first_tag_end(ctx, sp_a, clause_end));
        // ", a claim the army denied", ", an account Moscow disputes":
        // a noun in apposition to the clause, then the relative's
        // subject, which is the speaker.
        const CLAIMS: &[&str] = &[
            "claim",
            "charge",
            "allegation",
            "accusation",
            "assertion",
            "account",
            "version",
            "view",
            "assessment",
            "figure",
            "estimate",
            "description",
            "characterization",
            "conclusion",
            "contention",
            "notion",
            "suggestion",
        ];
        let np = if np.b > np.a + 2
            && s.is_in(np.a, &["a", "an"])
            && s.is_in(np.a + 1, CLAIMS)
            && (s.is_in(np.a + 2, &["the", "his", "her", "its", "their"]) || s.is_cap(np.a + 2))
        {
            Np {
                a: np.a + 2,
                b: np.b,
            }
        } else {
            np
        };
        if c.frames & (frame::THAT | frame::QUOTE) != 0 && sp.1 > sp.0 {
            // (An opener before a closing cue: no row, but the rule
            // still ends here, so no later rule reads past a ";";
            // before a comma and a participle, the participle's piece
            // only, below.)
            // (Nor an "According to" opener: a source of its own, never
            // the content of the cue after it: "According to witnesses,
            // the gunman shouted before opening fire.")
            if !opener_only(ctx, sp_a, clause_end, cj, k)
                && !according_opener(ctx, sp_a, clause_end)
            {
                push_span(ctx, sp, np, cue, "clause-speaker-cue", out);
            }
            clause_split_piece(f, np, k, out);
        }
        return true;
    }
    false
}

/// Whether the clause `a..end` is only an "according to" opener (its own
/// row is `according-to-first`'s): "according" "to" and the source, as
/// that rule reads it ([`forward`], with a phrase after it,
/// [`source_with_pp`]), then the comma at `end` right before the speaker.
/// ("According to the indictment, the men met twice, prosecutors said"
/// and, with no comma after the opener, "According to Smith the deal was
/// dead, the agent said" keep their rows.)
fn according_opener(ctx: &Ctx, a: usize, end: usize) -> bool {
    let s = ctx.s;
    s.is_in(a, &["according"])
        && s.is_in(a + 1, &["to"])
        && forward(s, ctx.lx, a + 2).is_some_and(|np| np.b == end || source_with_pp(s, np).b == end)
}

/// Where the clause from token `a` before a closing attribution's comma
/// at token `end` ends: before an earlier closing attribution that ends
/// at that comma ("The plan will fail, he said, the minister added":
/// the minister's content is "The plan will fail" too), else at `end`.
/// (The last comma before `end` only, the nearest tag: a row's content
/// is three tokens at least.) Three tags back at most, as
/// [`Ctx::tail_attribution`] follows a chain: a sentence of many tags in a
/// row costs each cue a bounded walk.
fn first_tag_end(ctx: &Ctx, a: usize, end: usize) -> usize {
    let s = ctx.s;
    let mut end = end;
    for _ in 0..3 {
        let mut k = end;
        while k > a + 3 {
            k -= 1;
            if !s.is_word(k) && !s.is_poss(k) {
                break;
            }
        }
        if k < end && k >= a + 3 && s.is_p(k, ",") && ctx.tail_attribution(k) && !ctx.in_quote(k) {
            end = k;
        } else {
            break;
        }
    }
    end
}

/// The second piece of clause, speaker, cue: the rest of the sentence
/// after the cue's comma. `The years that followed, he said, brought a
/// shift.`
#[inline(always)]
fn clause_split_piece(f: &Frame, np: Np, k: usize, out: &mut Vec<Draft>) {
    let &Frame { ctx, s, cue, n, .. } = f;
    // "The years that followed, he said, brought a shift.": the
    // rest of the sentence is the second piece.
    // `..., Strother said, but "we don't ask ..."`: a quote
    // after the conjunction is a second piece too.
    let conj_quote = k + 2 < n && s.is_in(k + 1, AND_BUT) && s.is_quote_mark(k + 2);
    // `..., they say, but he is still ...`, `..., she said, but
    // also the flow of ...`: a clause or a second object after
    // "but" goes on with the report.
    // (Not a pronoun of the speaker's own number, mostly the
    // speaker itself in the writer's words: "..., the company
    // said, but it did not give details", "..., officials
    // say, but they declined to say when".)
    let last = np.b - 1;
    let plural_speaker = s.is_in(last, &["they", "we"])
        || s.is_word(last) && !s.is_pronoun(last) && !s.is_cap(last) && plural_s(s.bytes(last));
    let own_pronoun =
        s.is_in(k + 2, &["he", "she", "it", "they"]) && s.is_in(k + 2, &["they"]) == plural_speaker;
    let but_clause = k + 2 < n
        && s.is_in(k + 1, &["but"])
        && !own_pronoun
        && (s.is_in(k + 2, W_SUBJ_PRONOUNS)
            || s.is_in(k + 2, W_IT)
            || s.is_in(k + 2, &["also", "not"]));
    // (Nor a second closing attribution: "..., he said, the minister
    // added" gives "the minister" the clause before the first tag.)
    if s.is_p(k, ",")
        && !ctx.is_cue_participle(k + 1)
        && !ctx.tail_attribution(k)
        && (conj_quote || but_clause || !s.is_in(k + 1, CUTS))
        && (conj_quote
            || !s.is_in(
                k + 1,
                &[
                    "or",
                    "as",
                    "since",
                    "if",
                    "when",
                    "after",
                    "before",
                    "noting",
                    "citing",
                    "according",
                ],
            ))
    {
        let end = ctx.content_end(k + 1);
        // "..., he said, because ..." / "..., the airline added,
        // and had passed ...": not when the piece reports a
        // saying of its own ("and aviation experts say ...").
        let own_saying = s.is_in(k + 1, &["and", "because", "but"])
            && (k + 2..end).any(|i| s.is_in(i, &["said", "says", "say", "told"]));
        if end >= k + 3 && !own_saying {
            let sp2 = ctx.span(k + 1, end);
            push_span(ctx, sp2, np, cue, "clause-speaker-cue-split", out);
        }
    }
}

/// Whether the relative speaker `np` follows an opening parenthesis or a
/// dash, which set off a relative as a comma does ("Briggs — who had
/// endorsed Smith —", "Rep. Ana Ruiz (who opposes the pipeline)"), its
/// content ending at ")" or the closing dash (`Speaker::content_end`:
/// "(who discussed the budget with lawmakers) vetoed"). A "which" there
/// needs a person or an organization before the mark ("The firm (which
/// opposed the rule)"; not "The bridge — which supports heavy trucks —",
/// "The plant (which supports 5,000 jobs)").
fn set_off_relative(f: &Frame, np: Np) -> bool {
    let &Frame { ctx, s, .. } = f;
    (s.is_p(np.a - 1, "(") || super::super::super::speaker::is_dash(s, np.a - 1))
        && (!s.is_in(np.a, &["which"])
            || np.a > ctx.lo + 1
                && (s.is_cap(np.a - 2) && !s.is_det(np.a - 2) || agent_noun(ctx, np.a - 2)))
}
