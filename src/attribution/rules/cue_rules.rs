//! The cue rules outside the frames: "according to X", the participle rules
//! ("..., saying ..."), passives with "by", "received from", counted givers,
//! light verbs ("launched an attack on") and passive subjects. Each decides
//! a speaker and content for one cue or passes.

use super::*;

/// The words that open a clause about a fronted source between commas
/// ("According to the report, released Tuesday by the agency, ..."; also
/// "..., which covers 40 countries, ..."): the content follows it.
const SOURCE_APPOSITIONS: &[&str] = &[
    "published",
    "released",
    "issued",
    "conducted",
    "compiled",
    "obtained",
    "seen",
    "posted",
    "filed",
    "commissioned",
];

/// The words after a [`SOURCE_APPOSITIONS`] participle that make it a
/// clause about the source ("published in", "released Tuesday", "seen
/// by"), with the day words of [`DAYS`] ("released Tuesday", "issued
/// yesterday"). Not "from" or "on": "obtained from the suspect's phone",
/// "seen from the air", "released on bail" are as often about the
/// content's subject.
const APPOSITION_SECONDS: &[&str] = &[
    "by", "in", "at", "for", "among", "earlier", "last", "this", "late", "online",
];

/// Participles of saying that "cited X as ..." takes: X speaks ("Reuters
/// cited a company official as saying ..."). Any other participle reads
/// X as evidence meaning something to the subject, no speaker ("cited
/// the minutes as pointing to a rate cut", "cited the emails as
/// revealing that he lied", "cited the figures as confirming that
/// ..."). ("quoted X as ..." takes every reporting participle: a quote
/// is a person's words.)
const CITED_SAYING: &[&str] = &[
    "saying",
    "telling",
    "warning",
    "urging",
    "claiming",
    "insisting",
    "describing",
    "calling",
    "vowing",
    "denying",
    "stating",
    "asking",
    "promising",
    "pledging",
    "threatening",
];

/// "according to X", "in the words of X": the source after a
/// prepositional cue and the content around it. Out of line: few cues
/// are prepositional, and its code would lie on the path of all others.
#[inline(never)]
pub(super) fn according_to(ctx: &Ctx, cue: &CueMatch, ci: usize, cj: usize, out: &mut Vec<Draft>) {
    let s = ctx.s;
    let lx = ctx.lx;
    let n = ctx.n();
    // The source phrase: a speaker phrase, or any short phrase up to a
    // comma or the sentence end ("according to the initial schedule").
    let np = forward(s, lx, cj).or_else(|| {
        let e = (cj..n.min(cj + 12))
            .find(|&k| s.is_punct(k) && !s.is_poss(k))
            .unwrap_or(n);
        (e > cj && e <= cj + 10 && s.is_word(cj) && (e == n || s.is_p(e, ",") || s.is_p(e, ".")))
            .then_some(Np { a: cj, b: e })
    });
    let Some(np) = np else { return };
    // "..., because, in the words of its founder, \"...\"", "a book
    // that, according to its publisher, \"...\"": a quote right after
    // the source that closes the sentence is the source's; the words
    // before it are the writer's.
    // Also a source opening the sentence: `In the words of one
    // worker: "..."`, `According to the memo, "..."`.
    if (ci > ctx.lo && s.is_p(ci - 1, ",") || ci == ctx.lo)
        && (s.is_p(np.b, ",") || s.is_p(np.b, ":"))
        && s.is_quote_mark(np.b + 1)
    {
        if let Some(q) = ctx.closing_quote_at(np.b + 1) {
            if q.end > q.start {
                let np = source_with_pp(s, np);
                push_quote(ctx, q, np, cue, "according-to-mid", out);
                return;
            }
        }
    }
    // The comma that closes the source between commas: right after the
    // speaker phrase, or after its modifiers ("according to two people
    // briefed on it, would ...", "according to a person close to the
    // process, is to ...", "according to members who spoke with
    // reporters afterward, was ..."): words only, up to ten.
    let close = if s.is_p(np.b, ",") {
        np.b
    } else if ci > ctx.lo && s.is_p(ci - 1, ",") {
        (np.b..n.min(np.b + 10))
            .find(|&k| !s.is_word(k) && !s.is_poss(k))
            .filter(|&k| s.is_p(k, ","))
            .unwrap_or(np.b)
    } else {
        np.b
    };
    // The source is the whole phrase up to that comma.
    let np = Np { a: np.a, b: close };
    // "..., according to Ann Cole, a spokeswoman for the city.": an
    // apposition of the source closing the sentence (an article or
    // "who", no auxiliary, irregular past or -ed word up to the end:
    // "About 10 p.m., according to a timeline, the contractors left")
    // is no content; the content is
    // the clause before the source (the speaker stays the name, as
    // after "said").
    let appos_end = (ci > ctx.lo + 2
        && s.is_p(ci - 1, ",")
        && s.is_p(close, ",")
        && close + 2 < n
        && s.is_in(close + 1, &["a", "an", "the", "who"])
        && !(close + 1..n).any(|k| {
            s.is_aux_like(k)
                || s.is_in(k, IRREGULAR_PASTS)
                || s.is_word(k) && !s.is_cap(k) && s.bytes(k).ends_with(b"ed")
                || s.is_quote_mark(k)
                || s.is_p(k, ";")
                || s.is_p(k, ":")
        }))
    .then_some(close);
    // "..., according to X, content.": the piece after the source when
    // what comes before is a short introductory phrase.
    // A relative clause on the source is no content, whatever its verbs:
    // the piece after the comma that closes it is, after an adverbial
    // phrase ("Since 2020, according to the report, which covers 40
    // countries, prices have doubled"); with none, the clause before the
    // source is ("No one was hurt, according to a police spokesman, who
    // said the fire started in the kitchen": `according-to-last`; the
    // relative clause is the row of its own cue).
    let adverbial = || {
        s.is_in(
            ctx.lo,
            &[
                "since", "in", "on", "at", "over", "after", "before", "during", "for", "by", "now",
                "about", "around", "until",
            ],
        )
    };
    let after = if s.is_in(close + 1, &["who", "whose", "which"]) {
        (close + 2..n.min(close + 20))
            .find(|&k| !s.is_word(k) && !s.is_poss(k))
            .filter(|&k| s.is_p(k, ",") && adverbial())
    } else {
        Some(close)
    };
    let mid = after.filter(|&c| {
        appos_end.is_none()
            && ci > ctx.lo
            && s.is_p(ci - 1, ",")
            && s.is_p(c, ",")
            && c + 4 < n
            && ci - ctx.lo <= 7
            && (ctx.clause_start(c + 1)
                // After an adverbial phrase ("Since last November,
                // according to X, state security forces have ...", "In
                // addition, according to X, nearly nine million ...").
                || s.is_word(c + 1) && !s.is_cap(c + 1) && adverbial())
    });
    if let Some(c) = mid {
        push_clause(ctx, c + 1, np, cue, "according-to-mid", out);
        return;
    }
    // "Fundraising, according to the campaign, has surged", "The
    // implication, according to the aide, is that ...": the source
    // splits a subject from its predicate; the predicate after the
    // source is a content of its own (annotators mark both pieces),
    // when it opens with an auxiliary or a past form (not an
    // apposition of the source: ", a group that ...", ", who ...").
    if appos_end.is_none()
        && ci > ctx.lo + 1
        && s.is_p(ci - 1, ",")
        && s.is_p(close, ",")
        && close + 3 < n
        && s.is_word(close + 1)
        && !s.is_cap(close + 1)
        && (s.is_in(
            close + 1,
            &[
                "is", "was", "are", "were", "has", "have", "had", "will", "would", "could", "can",
                "may", "might", "should", "must",
            ],
        ) || !s.is_stop(close + 1) && s.bytes(close + 1).ends_with(b"ed"))
    {
        push_clause(ctx, close + 1, np, cue, "according-to-mid", out);
    }
    let np = source_with_pp(s, np);
    // "That's according to early results of exit polls ...": the
    // demonstrative (the previous sentence's claim) is the content.
    if ci == ctx.lo + 2
        && s.is_in(ctx.lo, &["that", "this"])
        && (s.is_poss(ctx.lo + 1) || s.is_in(ctx.lo + 1, &["is", "was"]))
    {
        let sp = ctx.span(ctx.lo, ctx.lo + 1);
        out.push(draft(
            Kind::Indirect,
            sp,
            Some(np),
            s,
            cue,
            "according-to-last",
        ));
        return;
    }
    if ci == ctx.lo
        || (ci > ctx.lo
            && s.is_punct(ci - 1)
            && !s.is_p(ci - 1, ",")
            && !s.is_quote_mark(ci - 1))
        // "But according to X, ..."
        || ci == ctx.lo + 1 && s.is_in(ctx.lo, &["but", "and", "yet", "so", "still"])
    {
        // "According to X, content."
        let mut k = np.b;
        while k < n && !s.is_p(k, ",") {
            k += 1;
        }
        // "According to the spokesperson of the police, Muyiwa Adejobi,
        // the officers ...": a name in apposition after a singular person
        // noun of the source, up to a comma, is the source's, no content
        // (two to six capitalized words, with stops and hyphens: "Mr. Ade
        // Sanwo-Olu"); [`source_name_apposition`].
        if k + 2 < n {
            if let Some(j) = source_name_apposition(ctx, np.a, np.b, k) {
                k = j;
            }
        }
        // "According to the study, published in Nature, ...": a clause
        // about the source between commas is no content.
        // (A participle only before a preposition or time word: not
        // "released prisoners were ...", a subject.)
        // "Which" only as a relative pronoun: a verb, or an -ly adverb
        // and a verb, after it (not "which party wins ...", a content;
        // not "which, analysts noted, ...", whose first comma closes
        // nothing).
        if k + 2 < n
            && (s.is_in(k + 1, &["which"])
                && (ctx.clause_verb_form(k + 2)
                    || super::super::speaker::ly_adverb(s, k + 2) && ctx.clause_verb_form(k + 3))
                || s.is_in(k + 1, SOURCE_APPOSITIONS)
                    && (s.is_in(k + 2, APPOSITION_SECONDS) || s.is_in(k + 2, DAYS)))
        {
            let mut j = k + 2;
            while j < n && !s.is_p(j, ",") && !s.is_quote_mark(j) {
                j += 1;
            }
            // Not when the comma is inside a list: the piece after it
            // holds "and"/"or" before its next comma ("in Texas, Ohio
            // and Florida, most favor ...", "by the IMF, the World Bank
            // and the OECD, growth ..."); the clause is kept.
            let list_tail = || {
                (j + 1..n)
                    .find(|&i| s.is_p(i, ","))
                    .is_some_and(|e| (j + 1..e).any(|i| s.is_in(i, &["and", "or"])))
            };
            if j + 2 < n && s.is_p(j, ",") && !list_tail() {
                k = j;
            }
        }
        if k + 2 < n {
            push_clause(ctx, k + 1, np, cue, "according-to-first", out);
        }
    } else if ci > ctx.lo + 2 && (s.is_p(ci - 1, ",") || s.is_quote_mark(ci - 1)) {
        // Inside a parenthesis ("... (the actual number is closer to
        // 15 percent, according to Factcheck.org).") the content opens
        // after the mark.
        let start = open_paren_start(ctx, ctx.lo, ci - 1);
        // A quote that is all the words before the source (`"We will
        // see them in court," according to the lawyer.`): its words,
        // without the marks.
        let whole_quote = (start == ctx.lo && s.is_quote_mark(start) && s.is_quote_mark(ci - 1))
            .then(|| crate::quotes::opening_at(ctx.quotes, s.toks[start].start))
            .flatten()
            .filter(|q| q.closed && q.close_end == s.toks[ci - 1].end);
        let sp = match whole_quote {
            Some(q) => (q.start, q.end),
            None => ctx.span(start, if s.is_p(ci - 1, ",") { ci - 1 } else { ci }),
        };
        push_span(ctx, sp, np, cue, "according-to-last", out);
    } else if ci > ctx.lo + 3
        && s.is_word(ci - 1)
        && !s.is_stop(ci - 1)
        && !s.is_in(
            ci - 1,
            &["exactly", "precisely", "strictly", "largely", "partly"],
        )
        && forward(s, lx, cj).is_some()
        && (np.b >= n || s.is_p(np.b, ",") || s.is_p(np.b, "."))
    {
        // No comma before the cue: "Clinton leads Sanders by 271
        // pledged delegates according to a count by The Associated
        // Press", "82 percent of whom view Trump unfavorably according
        // to the poll"; the source must be a speaker phrase ("according
        // to plan", "according to their preference" are manner).
        let sp = ctx.span(ctx.lo, ci);
        push_span(ctx, sp, np, cue, "according-to-last", out);
    }
}

/// The rules of an -ing cue: a participle opening the sentence, "quoted
/// ... as saying", a participle continuing a clause, an absolute clause
/// after "with". True when one of them settled the cue. Out of line:
/// most cues are other forms. When the absolute clause's speaker search
/// is the one before the cue from the clause start (`backward(s, lx, ci,
/// ctx.lo)`), its result is left in `searched` for the rules after these.
#[inline(never)]
#[allow(clippy::too_many_arguments)]
pub(super) fn participle_rules(
    ctx: &Ctx,
    cue: &CueMatch,
    ci: usize,
    cj: usize,
    before: &Before,
    skip_cj: &impl Fn() -> usize,
    searched: &mut Option<Option<Np>>,
    out: &mut Vec<Draft>,
) -> bool {
    /// Participles that mostly open adverbials.
    const SOME_PARTICIPLES: WordList = WordList::new(&["reflecting", "considering", "regarding"]);
    /// Conjunctions opening the sentence before a participle.
    const CONJUNCTIONS: ShortWords = ShortWords::new(&["but", "and", "yet", "still", "so", "then"]);
    let s = ctx.s;
    let lx = ctx.lx;
    let c = lx.cue(cue.cue);
    let n = ctx.n();
    // (The participle's that-clause, after the medium or occasion it was
    // given in: "Responding on Twitter that ...", "Noting in a statement
    // that ..."; else the cue's end. Not after a time: "After suggesting
    // on Wednesday that ..." is the main clause's report.)
    let cjt = if cue.form == Form::Ing && s.is_in(cj, &["on", "in", "via"]) {
        (cj + 1..n.min(cj + 6))
            .find(|&j| {
                !s.is_word(j)
                    || s.is_in(j, THAT)
                    || s.is_in(j, DAYS)
                    || s.is_in(j, MONTHS)
                    || s.is_numeric(j)
            })
            // (Not a relative on the medium: "Responding in a statement
            // that was posted on its website, ...".)
            .filter(|&j| {
                j > cj + 1
                    && s.is_in(j, THAT)
                    && !(s.is_aux_like(j + 1)
                        || s.is_in(j + 1, W_DO_MODALS)
                        || s.is_word(j + 1)
                            && s.bytes(j + 1).len() > 4
                            && s.bytes(j + 1).ends_with(b"ed"))
            })
            .unwrap_or(cj)
    } else {
        cj
    };
    // A participle opening the sentence, the speaker the subject of the
    // main clause: "Noting that X, Trump said ...", "After savaging the
    // donors as insiders, Trump ...", "In describing Trump, Cuban said".
    if cue.form == Form::Ing
        && ci + 2 < n
        && c.frames & (frame::THAT | frame::OBJ | frame::TO | frame::OBJ_TO) != 0
        // Belief, finding, report and rejection participles mostly open
        // adverbials ("Regarding ...", "Seeing ...", "Declining to ...").
        && !class_in!(c, "believe" | "show" | "report" | "write" | "reject")
        && !s.is_in(ci, &SOME_PARTICIPLES)
        // Nor an answer to something or a pointer to evidence
        // ("Responding to the criticism, ...", "Pointing to the report's
        // findings, ..."): the object of "to" is what the speaker answers
        // or cites, not its words. "Responding that ..." stays a
        // statement; "respond" before anything else but "that" gives no
        // row either ("In responding Friday, ...").
        && !(c.lemma == "point to" || c.lemma == "respond" && !s.is_in(cjt, THAT))
        // Not a place or an audience ("Speaking at a rally in Ohio, ...",
        // "Responding to reporters, ..."), but an infinitive may follow.
        && (!s.is_in(cjt, ADV_PREPS) || ctx.is_infinitive(cjt))
    {
        // After "But/And/Yet/Still" (and a comma): "But noting that ...,
        // he said".
        let lo = if s.is_in(ctx.lo, &CONJUNCTIONS) {
            if s.is_p(ctx.lo + 1, ",") {
                ctx.lo + 2
            } else {
                ctx.lo + 1
            }
        } else {
            ctx.lo
        };
        let opens = ci == lo
            || ci == lo + 1 && s.is_in(lo, PARTICIPLE_OPENERS)
            || ci == lo + 2 && s.is_in(lo, &["instead"]) && s.is_in(lo + 1, OF);
        // The comma closing the participle clause (not inside a quote),
        // within 40 tokens.
        let comma = if opens {
            (cj + 1..n.min(cj + 40)).find(|&j| {
                s.is_p(j, ",")
                    && !ctx.in_quote(j)
                    // Not a thousands separator ("108,000 residents").
                    && !(j + 1 < n
                        && s.w(j - 1).ends_with(|c: char| c.is_ascii_digit())
                        && s.bytes(j + 1).first().is_some_and(u8::is_ascii_digit))
            })
        } else {
            None
        };
        if let Some(c2) = comma {
            let np = forward(s, lx, c2 + 1).filter(|np| {
                np.b < n
                    && (s.is_word(np.b) && !s.is_cap(np.b) && !s.is_in(np.b, AND)
                        || s.is_p(np.b, ","))
            });
            let k = cjt;
            if let Some(np) = np {
                if c2 > k && s.is_word(k) || s.is_quote_mark(k) {
                    let sp = ctx.span(k, c2);
                    let kind = if c.keys & STANCE_KEYS != 0 && c.frames & frame::THAT == 0 {
                        Kind::Stance
                    } else {
                        Kind::Indirect
                    };
                    push_span_as(ctx, sp, kind, np, cue, "opening-participle", out);
                    return true;
                }
            }
        }
    }

    // "The minister was quoted by state media as saying ...": the
    // subject of the passive speaks, not its agent.
    // Other reporting participles too ("quoted the fire chief as warning
    // residents that ...", "as telling reporters that ...", "as claiming
    // ..."); not a finding or a plan ("quoted figures as showing ...").
    if cue.form == Form::Ing
        && ci > ctx.lo + 3
        && s.is_in(ci - 1, &["as"])
        && cj + 2 < n
        && !class_in!(c, "show" | "know" | "appear" | "plan" | "want" | "source")
    {
        // The that-clause or quote past the addressee of "telling/
        // warning/urging reporters that ...", "telling aides: \"...\"".
        let cj = if class_in!(c, "tell" | "warn" | "urge") && s.is_word(cj) && !s.is_in(cj, THAT) {
            (cj + 1..n.min(cj + 5))
                .find(|&j| !s.is_word(j) || s.is_in(j, THAT))
                .filter(|&j| {
                    s.is_in(j, THAT)
                        || s.is_p(j, ":") && j + 1 < n && s.is_quote_mark(j + 1)
                        || s.is_p(j, ",") && j + 1 < n && s.is_quote_mark(j + 1)
                })
                .unwrap_or(cj)
        } else {
            cj
        };
        // A quote that closes the sentence is the content without its
        // marks (`as saying, "..."`).
        // Within a relative between commas ("Xinhua, which quoted the
        // spokesman as saying that the drills were routine, gave ..."),
        // with `rel`, the content ends at the comma closing it, as a
        // relative speaker's own does.
        let content = |rel: bool| {
            let kq = if s.is_p(cj, ",") || s.is_p(cj, ":") {
                cj + 1
            } else {
                cj
            };
            let quote = (kq < n && s.is_quote_mark(kq))
                .then(|| ctx.closing_quote_at(kq))
                .flatten();
            match quote {
                Some(q) => (Kind::Direct, (q.start, q.end)),
                None => {
                    let end = ctx.content_end(cj);
                    let end = if rel { ctx.comma_end(cj).min(end) } else { end };
                    let sp = ctx.span(cj, end);
                    (ctx.kind_of(sp, Kind::Indirect), sp)
                }
            }
        };
        let set_off_rel =
            |r: usize| r > ctx.lo && s.is_in(r, &["which", "who"]) && s.is_p(r - 1, ",");
        // "quoted" or "cited" ("Reuters cited a company official as
        // saying ...").
        // After "cited" only a participle of saying ([`CITED_SAYING`]),
        // not evidence read as meaning something: "cited the minutes as
        // pointing to a rate cut", "a poll was cited as suggesting that
        // ...", "cited the emails as revealing that ..." ("quoted X as
        // suggesting" is a person's words).
        let quoted = (ci.saturating_sub(12).max(ctx.lo + 1)..ci - 1)
            .find(|&k| s.is_in(k, &["quoted", "cited"]))
            .filter(|&k| s.is_in(ci, CITED_SAYING) || !s.is_in(k, &["cited"]));
        // The passive, with its agent or without ("Smith was quoted
        // Tuesday as saying ...", "He was widely quoted as saying ..."):
        // the auxiliary right before, or before one -ly adverb or one of
        // "often/also/later/once/since" ("is often quoted as saying").
        let passive = quoted.and_then(|k| {
            let aux = |j: usize| j > ctx.lo && s.is_in(j, &["was", "is", "were", "been"]);
            if aux(k - 1) {
                Some(k - 1)
            } else if k > ctx.lo + 2
                && (super::super::speaker::ly_adverb(s, k - 1)
                    || s.is_in(k - 1, &["often", "also", "later", "once", "since"]))
                && aux(k - 2)
            {
                Some(k - 2)
            } else {
                None
            }
        });
        if let Some(b) = passive {
            let v = if b > ctx.lo && s.is_in(b - 1, &["has", "have", "had"]) {
                b - 1
            } else {
                b
            };
            if let Some(np) = backward(s, lx, v, ctx.lo).filter(|np| np.b == v) {
                let (kind, sp) = content(set_off_rel(np.a));
                out.push(draft(kind, sp, Some(np), s, cue, "quoted-by-as-saying"));
                return true;
            }
        } else if let Some(k) = quoted.filter(|&k| !s.is_in(k + 1, BY)) {
            // "KCNA quoted Kim as saying ...", "state media quoted the
            // minister as saying ...": the object speaks; the outlet's
            // own row ("quoted" with its object) stays, as a report of
            // the saying. The object may have an appositive ("quoted
            // Ali Hassan, a fisherman, as saying"): its first phrase.
            let end = if s.is_p(ci - 2, ",") {
                (k + 2..ci - 2).find(|&j| s.is_p(j, ",")).unwrap_or(ci - 2)
            } else {
                ci - 1
            };
            // An object pronoun ("quoted him as saying") is the speaker
            // too, resolved as pronouns are.
            let np = if end == k + 2 && s.is_in(k + 1, &["him", "her", "them"]) {
                Some(Np { a: k + 1, b: end })
            } else {
                backward(s, lx, end, k + 1).filter(|np| np.a == k + 1 && np.b == end)
            };
            if let Some(np) = np {
                // The subject of "quoted", past "has/had": a relative
                // word between commas?
                let r = if k > ctx.lo + 1 && s.is_in(k - 1, &["has", "have", "had"]) {
                    k - 2
                } else {
                    k - 1
                };
                let (kind, sp) = content(set_off_rel(r));
                out.push(draft(kind, sp, Some(np), s, cue, "quoted-as-saying"));
                return true;
            }
        }
    }

    // Participle continuing a clause: "..., adding that ...".
    let comma_before = ci > ctx.lo
        && (s.is_p(ci - 1, ",")
            || ci > ctx.lo + 1 && s.is_quote_mark(ci - 1) && s.is_p(ci - 2, ",")
            // "..., falsely suggesting that ...", "..., later saying ...":
            // an adverb between the comma and the participle.
            || ci > ctx.lo + 2
                && s.is_p(ci - 2, ",")
                && (super::super::speaker::ly_adverb(s, ci - 1) || s.is_in(ci - 1, TIME_ADVERBS))
            // "Husted continued by saying, \"...\"", "she began by saying".
            // Only before a quote: train precision of "by saying that ..."
            // is about 0.4.
            // "incurred boos upon saying, \"...\"", "deflected questions
            // before saying, \"...\"" too.
            || ci > ctx.lo + 2
                && (s.is_in(ci - 1, BY) || s.is_in(ci - 1, W_UPON_BEFORE_AFTER))
                && c.frames & frame::QUOTE != 0
                && cj + 1 < n
                && (s.is_quote_mark(cj)
                    || (s.is_p(cj, ",") || s.is_p(cj, ":")) && s.is_quote_mark(cj + 1)));
    // "..., while insisting that ...", "..., while also noting that
    // ...": a report participle with a that-clause after ", while" (an
    // adverb of `TIME_ADVERBS`, "also", "still", or an -ly adverb may
    // stand between); the clause's subject speaks, as after a comma,
    // unless that clause is passive with a "by" agent (`passive_clause`).
    let comma_before = comma_before
        || cue.form == Form::Ing
            && cj + 1 < n
            && s.is_in(cj, THAT)
            && while_report(ctx, ci).is_some_and(|q| !passive_clause(ctx, q))
            && ctx.is_report_participle(ci, c.keys, c.frames);
    // "..., before adding that ...", "charged him after determining that
    // ...": a cue of saying or claiming with a that-clause after
    // "before/after" (`Ctx::is_report_participle`; not "after learning
    // that", "before deciding whether").
    // (The cue's own form, keys and frames: no second lexicon look-up.)
    let that_after = !comma_before
        && cue.form == Form::Ing
        && ci > ctx.lo + 2
        && s.is_in(ci - 1, W_UPON_BEFORE_AFTER)
        && cj + 1 < n
        && ctx.opens_that_clause(cj)
        && ctx.is_report_participle(ci, c.keys, c.frames);
    // "The results are impressive, considering what they are up against",
    // "strong, considering the weak economy": after an adjective or adverb
    // (a form of "be" two or three words before the comma, an -ly adverb
    // one or two words before it: "particularly insensitive", or
    // "well/badly") "considering" means "given", no participle of thinking;
    // not before "whether/if/how" ("..., considering whether to raise
    // rates again"), nor after a clause with an object ("Ministers met for
    // hours, considering a range of options").
    let given = s.is_in(ci, &["considering"])
        && comma_before
        && ci > ctx.lo + 3
        && !s.is_in(ci + 1, &["whether", "if", "how"])
        && (s.is_in(ci - 3, BE)
            || s.is_in(ci - 4, BE) && !s.is_p(ci - 3, ",")
            || super::super::speaker::ly_adverb(s, ci - 2)
            || super::super::speaker::ly_adverb(s, ci - 3)
            || s.is_in(ci - 2, &["well", "badly"]));
    if cue.form == Form::Ing && (comma_before || that_after) && !given {
        // (A copy: the drafts below are pushed while it is read.)
        let prev = before.draft(out, cue.start).cloned();
        let prev = prev.as_ref();
        // A that-participle inside the content before it (`clause_end`
        // cut none): the content's own clause, whose subject the
        // participle may have ("said the gunman fled after shouting that
        // ...", "said the suspect was released, after admitting that
        // ..."). Only for that branch: a quote after "before saying," keeps
        // its row.
        if that_after && prev.is_some_and(|p| p.content.1 > s.toks[ci - 1].start) {
            return false;
        }
        // No attribution before it in the sentence: the subject of the
        // sentence speaks ("The Russians have used ..., saying ...").
        // A quote after the participle (`saying, "..."`, `saying "..."`)
        // is one party's words, unless it opens with "we/our": no
        // coordinated subject
        // (`Ctx::clause_subject_single`).
        let quote_after = {
            let k = if s.is_p(cj, ",") || s.is_p(cj, ":") {
                cj + 1
            } else {
                cj
            };
            // (Unless it speaks for them all: `saying, "We are innocent."`)
            k < n && s.is_quote_mark(k) && !s.is_in(k + 1, &["we", "our"])
        };
        let subj = if prev.is_none() && quote_after {
            ctx.clause_subject_single(ci)
        } else if prev.is_none() {
            ctx.clause_subject(ci)
        } else {
            None
        };
        let market = |np: &Np| {
            (np.a..np.b + 1)
                .take(8)
                .any(|t| t < n && (s.is_in(t, MARKET_SUBJECTS) || s.is_in(t, MARKET_NAMES)))
        };
        // "Shares of Boeing fell after warning that ...", "Oil prices rose
        // after saying that ...": a market's figures do not report; the
        // company the report is about does, unnamed here. "The Nasdaq and
        // the Dow fell 2 percent, signaling that ...", "Tesla and Apple fell
        // sharply, suggesting ...": an inference participle after a
        // market's figures or a market move (`MARKET_MOVES` right after
        // the subject) reads the market, no speaker.
        if that_after && subj.is_some_and(|np| market(&np))
            || comma_before
                && s.is_in(ci, INFERENCE_INGS)
                && subj.is_some_and(|np| market(&np) || s.is_in(np.b, MARKET_MOVES))
        {
            return false;
        }
        // A stand-in draft holding only a speaker phrase.
        let speaker_only = |np: Np| Draft {
            conj: 0,
            sp_tok: Draft::NO_TOK,
            kind: Kind::Indirect,
            content: (0, 0),
            speaker: Some(s.span_of(np.a, np.b)),
            cue: None,
            rule: "participle-subject",
            inherit: None,
        };
        let subj_draft = subj.map(speaker_only);
        let rule = if prev.is_some() {
            "participle"
        } else {
            "participle-subject"
        };
        // "While his rivals called for ..., Trump hewed to ..., noting
        // ...", "X pivoted to talking about trade, but Wallace brought him
        // back to ..., asking ...": a clause with its own subject between
        // the content of the draft before and the participle; its subject
        // speaks.
        let gap_from = prev.map_or(ctx.lo, |p| s.tok_at(p.content.1));
        let avoid = prev.and_then(|p| p.speaker);
        let gap_draft = prev
            .filter(|p| p.content.1 <= s.toks[ci - 1].start)
            .and_then(|_| gap_subject(ctx, gap_from, ci, avoid))
            .or_else(|| {
                // The nearest ", and/but/yet/while" after it and its clause.
                (gap_from.max(ci.saturating_sub(40)) + 1..ci.saturating_sub(1))
                    .rev()
                    .find(|&c| {
                        s.is_p(c - 1, ",")
                            && s.is_in(c, &["and", "but", "yet", "while"])
                            && !ctx.in_quote(c)
                    })
                    .and_then(|c| gap_subject(ctx, c + 1, ci, avoid))
            })
            // A content that overran the clause the participle closes
            // ("When Maddow pointed out that ..., Clinton seized upon
            // it, repeating ...").
            .or_else(|| prev.and_then(|p| overrun_subject(ctx, p, ci)))
            .or_else(|| {
                // The nearest subject pronoun with a finite verb after the
                // speaker: the participle closes its clause ("The former
                // president spoke hours after Mr. Trump ... held a news
                // conference in which he continued his assault on Mr.
                // Bush, mocking ...", "..., though in a news conference
                // last week he used stronger language, saying ...").
                let after = prev
                    .and_then(|p| p.speaker)
                    .or(subj_draft.as_ref().and_then(|d| d.speaker))
                    .map(|sp| s.tok_before(sp.1))?;
                let from = gap_from.max(after).max(ci.saturating_sub(30));
                (from + 1..ci.saturating_sub(2))
                    .rev()
                    .find(|&p| {
                        s.is_in(p, W_SUBJ_PRONOUNS)
                            // (Not in a clause that is an object or an
                            // adverbial: "the suggestion that he was",
                            // "whether he would", "what he would do",
                            // "with whom he clashed", "The hacker whose
                            // ... while she was secretary of state
                            // pleaded guilty, admitting".)
                            && !s.is_in(
                                p - 1,
                                &[
                                    "that", "whether", "if", "how", "what", "whom", "who", "why",
                                    "while", "when", "because", "since", "as", "after", "before",
                                    "until", "though", "although", "once", "unless",
                                ],
                            )
                            && !ctx.in_quote(p)
                            && ctx.subject_verb_at(p, ci - 1).is_some()
                    })
                    .and_then(|p| gap_subject(ctx, p, ci, avoid))
            })
            .map(speaker_only);
        if let Some(p) = gap_draft.as_ref().or(prev).or(subj_draft.as_ref()) {
            let mut k = cj;
            if s.is_in(k, THAT) {
                k += 1;
            }
            // "..., telling them, \"...\"", "telling Reuters: \"...\"": the
            // hearer before a quote.
            let mut hearer = false;
            if class_in!(c, "tell") && k < n {
                let obj_end = if s.is_in(k, OBJ_PRONOUNS) {
                    Some(k + 1)
                } else {
                    forward(s, lx, k).map(|np| np.b)
                };
                // A place or occasion may follow the hearer before a colon
                // ("telling supporters at the Grand Hotel: \"...\""):
                // words only, no verb.
                let obj_end = obj_end.map(|e| {
                    (e..n.min(e + 8))
                        .find(|&j| !s.is_word(j) || s.is_aux_like(j) || s.is_in(j, THAT))
                        .filter(|&j| j > e && s.is_p(j, ":") && s.is_quote_mark(j + 1))
                        .unwrap_or(e)
                });
                if let Some(e) = obj_end.filter(|&e| {
                    e + 1 < n && (s.is_p(e, ",") || s.is_p(e, ":")) && s.is_quote_mark(e + 1)
                }) {
                    k = e;
                    // The quote is the whole content when it closes the
                    // sentence (not `the crowd, "A," and, "B"`).
                    hearer = ctx.closing_quote_at(e + 1).is_some();
                }
            }
            // `saying, "..."`, `by saying: "..."`: a quote closing the
            // sentence is the content without its marks.
            let kq = if s.is_p(k, ",") || s.is_p(k, ":") {
                k + 1
            } else {
                k
            };
            let quote_only =
                hearer || kq < n && s.is_quote_mark(kq) && ctx.closing_quote_at(kq).is_some();
            // The content keeps its "that", as annotators mark it.
            // After "telling" it starts past the addressee, as after
            // "told" ("telling reporters in Canberra the talks had
            // failed", "telling CNN that ...").
            // Any participle's adverbials ("saying in a tweet that",
            // "saying at a campaign event last week that", "announcing
            // on Wednesday he would") are no part of the content
            // either; not a hearer or topic with "to" ("insisting to
            // Priebus that", "responding to the news that", as
            // annotators mark them), and a clause must start there by
            // "that" or a subject pronoun (not at a possessive mark:
            // "stating in an interview on Fox News’ On the Record").
            let clause_from = || {
                let from = if class_in!(c, "tell") {
                    past_addressee(ctx, c, skip_cj())
                } else if s.is_in(cj, TO) {
                    cj
                } else {
                    Some(skip_cj())
                        .filter(|&k| !s.is_quote_mark(k))
                        .unwrap_or(cj)
                };
                // Only where a clause plainly starts there: "that", a
                // subject pronoun ("telling them he would ..."), a quote
                // (not "telling the story of a mother who had to ...").
                let clause = |k: usize| {
                    s.is_in(k, THAT)
                        || s.is_in(k, W_SUBJ_PRONOUNS)
                        || s.is_in(k, W_IT)
                        || s.is_quote_mark(k)
                };
                if from > cj && from + 2 < n && clause(from) {
                    from
                } else {
                    cj
                }
            };
            // A cue whose `that` frame takes clauses only (the `clause`
            // frame, as for "speaker-cue-that"): an object noun phrase
            // after the participle is no reported clause ("..., continuing
            // his win streak", "..., adding another facet to the job").
            // A clause after the participle's adverbials is ("adding in a
            // statement that ...", "adding on Twitter that ...", "arguing
            // in a filing that ...", as after "added in a statement that").
            let object_only = c.frames & frame::CLAUSE != 0
                && k == cj
                && object_phrase(ctx, k, ctx.content_end(k), true)
                && clause_from() == cj;
            if k + 2 < n && c.frames & frame::THAT != 0 && !quote_only && !object_only {
                let from = clause_from();
                let end = before_outer_clause(ctx, prev, from, ctx.content_end(k.max(from)));
                let sp = ctx.span(from, end);
                let mut d = Draft {
                    conj: 0,
                    sp_tok: Draft::NO_TOK,
                    kind: ctx.kind_of(sp, Kind::Indirect),
                    content: sp,
                    speaker: p.speaker,
                    cue: Some((cue.start, cue.end, CueId::new(cue.cue))),
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
                let stance_class = c.keys & STANCE_KEYS != 0;
                let end = before_outer_clause(ctx, prev, k, ctx.content_end(k));
                let end = if stance_class {
                    ctx.object_end(k, end)
                } else if class_in!(c, "describe") {
                    ctx.named_end(k, end)
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
                    conj: 0,
                    sp_tok: Draft::NO_TOK,
                    kind,
                    content: sp,
                    speaker: p.speaker,
                    cue: Some((cue.start, cue.end, CueId::new(cue.cue))),
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
                        conj: 0,
                        sp_tok: Draft::NO_TOK,
                        kind: Kind::Direct,
                        content: (q2.start, q2.end),
                        speaker: p.speaker,
                        cue: Some((cue.start, cue.end, CueId::new(cue.cue))),
                        rule,
                        inherit: p.inherit,
                    });
                }
            }
        }
        return true;
    }

    // An absolute clause after "with", "despite" or "amid": "with O'Malley
    // calling Trump a fascist", "despite polls showing her well behind".
    if cue.form == Form::Ing
        && ci > ctx.lo + 1
        && class_in!(
            c,
            "say" | "describe" | "show" | "suggest" | "ask" | "argue" | "claim" | "warn"
        )
    {
        let e = if s.is_in(ci - 1, &["repeatedly", "also", "now", "still"]) {
            ci - 1
        } else {
            ci
        };
        let back = backward(s, lx, e, ctx.lo);
        if e == ci {
            *searched = Some(back);
        }
        let np = back.filter(|np| {
            np.b == e && np.a > ctx.lo && s.is_in(np.a - 1, &["with", "despite", "amid"])
        });
        if let Some(np) = np {
            let k = if s.is_in(cj, &["that"]) { cj + 1 } else { cj };
            // Opening the sentence, the clause ends at the comma before the
            // main clause.
            // A share of poll respondents ("with 22 percent saying they
            // would not support him, former Gov. X at 20 percent") also
            // ends at a comma.
            let share = s.is_word(np.a) && s.w(np.a).starts_with(|c: char| c.is_ascii_digit());
            let end = if np.a - 1 == ctx.lo
                || np.a >= 2 && s.is_in(np.a - 2, &["and", "but"])
                || class_in!(c, "describe")
                || share
            {
                ctx.comma_end(k).min(ctx.content_end(k))
            } else {
                ctx.content_end(k)
            };
            if k < n
                && (s.is_word(k) || s.is_quote_mark(k))
                && !s.is_in(
                    k,
                    &["to", "at", "on", "in", "with", "for", "about", "out", "up"],
                )
                && end >= k + 2
            {
                let sp = ctx.span(k, end);
                push_span(ctx, sp, np, cue, "with-participle", out);
                return true;
            }
        }
    }
    false
}

/// The end (a token) of a parenthetical participle's content that stops
/// before the clause of the verb it interrupts: in "The newspaper reported
/// on Tuesday, citing two officials, that the talks had stalled" the draft
/// before ("reported") holds "that the talks had stalled", so "citing"
/// takes "two officials" alone (train marks "citing" with its object: "the
/// Post, citing another anonymous source"). `prev` is the draft before the
/// participle, `from..end` the participle's content in tokens; the end is
/// cut only where `prev`'s content starts after `from`, inside the
/// participle's, after a comma.
fn before_outer_clause(ctx: &Ctx, prev: Option<&Draft>, from: usize, end: usize) -> usize {
    let s = ctx.s;
    let Some(p) = prev.filter(|p| from < s.toks.len() && p.content.0 > s.toks[from].start) else {
        return end;
    };
    let t = s.tok_at(p.content.0);
    if t > from + 1 && t < end && s.is_p(t - 1, ",") {
        t - 1
    } else {
        end
    }
}

/// Whether a quote of the document opens after the start of token `i` and
/// inside the sentence: without one, no rule that looks for a quote
/// opening after the cue can find it.
pub(super) fn quote_opens_after(ctx: &Ctx, i: usize) -> bool {
    let k = ctx.opened_by(ctx.s.toks[i].start);
    ctx.quotes.get(k).is_some_and(|q| q.open < ctx.s.span.1)
}

/// Whether a quote after an introductory phrase and a comma goes on with
/// the sentence's subject: it opens with a lowercase word that is not a
/// subject pronoun or a question word (`"allows us to ..."`, `"is seen
/// as ..."`, `"there has been ..."`, not `"we felt ..."`, `"why
/// wouldn't you ..."`).
pub(super) fn continues_subject(quote: &str) -> bool {
    let w = quote
        .trim_start()
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .next()
        .unwrap_or("");
    let head = w.split(['\'', '’']).next().unwrap_or("");
    w.starts_with(|c: char| c.is_lowercase())
        && !matches!(
            head,
            "i" | "we"
                | "you"
                | "he"
                | "she"
                | "they"
                | "it"
                | "why"
                | "what"
                | "how"
                | "who"
                | "when"
                | "where"
                | "whether"
                | "if"
                | "let"
        )
}

/// The token after the addressee of a telling cue or the object of an
/// object + infinitive cue, from `k` (the token after the cue and its
/// adverbials): "told reporters (on Monday) that", "told them", "told ABC
/// radio", "told NBC's \"Meet the Press\" that", "told conservative radio
/// host X on Wednesday that", "told state television, quoted by Interfax,
/// that"; `k` itself when there is none.
pub(super) fn past_addressee(ctx: &Ctx, c: &crate::lexicon::Cue, mut k: usize) -> usize {
    let s = ctx.s;
    let lx = ctx.lx;
    let n = ctx.n();
    if s.is_in(k, OBJ_PRONOUNS) {
        k = ctx.skip_adverbials(k + 1);
    } else if class_in!(c, "tell") {
        if let Some(obj) = forward(s, lx, k) {
            // A broadcaster or paper and its medium ("told ABC
            // radio", "told state television", "told the Tass news
            // agency"): the addressee goes on over the medium (not
            // over a noun with "of", the head of the content: "told
            // Reuters news of the deal had leaked").
            let mut e = obj.b;
            while e < n && e < obj.b + 3 && s.is_in(e, MEDIA_NOUNS) && !s.is_in(e + 1, OF) {
                e += 1;
            }
            // A station's channel number after its call letters ("told
            // KCRA 3 he plans", "told WFAA 8 that", "told NBC 5 the
            // storm"): the addressee goes on over the number.
            if channel_number(s, e) {
                e += 1;
            }
            k = ctx.skip_adverbials(e);
        } else if let Some(j) = (k + 1..n.min(k + 9))
            .find(|&j| s.is_in(j, THAT))
            .filter(|&j| (k..j).all(|i| s.is_word(i) && !s.is_aux_like(i)))
        {
            // A hearer that is no speaker phrase ("told pilgrims
            // that", "told tens of thousands of worshippers that"):
            // words only, up to "that".
            k = j;
        }
        // A program title after the addressee: `told NBC's "Meet
        // the Press" that ...`, `told "Fox News Sunday" that ...`.
        let mut t = k;
        if s.is_poss(t) {
            t += 1;
        }
        if let Some(e) = title_quote_end(ctx, t) {
            k = ctx.skip_adverbials(e);
        }
    }
    // "told Bill O'Reilly of Fox News, that ...".
    if k + 1 < n && s.is_p(k, ",") && s.is_in(k + 1, THAT) {
        k += 1;
    }
    // An addressee running on to "that" over words only, no
    // determiner, pronoun or auxiliary ("told conservative radio
    // host Hugh Hewitt on Wednesday that", "told television channel
    // BFM TV that"), nor a past or -s cue form, whose own "that" it is
    // ("told reporters Trump knew that ...": the clause opens at
    // "Trump").
    // (Also over a possessive of the addressee: "told the BBC's Today
    // programme that", "told CBC's Rosemary Barton that".)
    // A warning's hearer too ("warned lawmakers that the military ...",
    // "cautioned Clinton that he ..."), when a determiner, a pronoun or a
    // capital opens the clause after "that": not a relative "that" ("warned
    // companies that fail to comply would be fined").
    let warn = class_in!(c, "warn");
    let from = if k + 1 < n && s.is_poss(k) { k + 1 } else { k };
    if (class_in!(c, "tell") || warn) && from < n && !s.is_in(from, THAT) && s.is_word(from) {
        if let Some(j) = (from + 1..n.min(from + 9)).find(|&j| !s.is_word(j) || s.is_in(j, THAT)) {
            let verb = |i: usize| {
                s.cue_word(lx, i)
                    .is_some_and(|(_, f)| matches!(f, Form::Past | Form::Third))
            };
            if s.is_in(j, THAT)
                && (!warn
                    || j + 1 < n
                        && (s.is_det(j + 1) || s.is_pronoun(j + 1) || s.is_cap(j + 1))
                        && !relative_on_hearer(s, j + 1))
                && (from..j)
                    .all(|i| !s.is_det(i) && !s.is_pronoun(i) && !s.is_aux_like(i) && !verb(i))
            {
                k = j;
            }
        }
    }
    // An aside between commas after the addressee, then "that"
    // ("told state television, quoted by Interfax, that ...").
    if class_in!(c, "tell") && k + 2 < n && s.is_p(k, ",") {
        if let Some(j) = (k + 2..n.min(k + 9)).find(|&j| s.is_p(j, ",")) {
            if j + 1 < n
                && s.is_in(j + 1, THAT)
                && (k + 1..j).all(|i| s.is_word(i) && !s.is_aux_like(i))
            {
                k = j + 1;
            }
        }
    }
    k
}

/// Whether token `i` is a channel number of one or two digits after a
/// station's call letters (token `i - 1`: three capitals or more, a
/// hyphen allowed, "KCRA", "NBC", "WBAL-TV") and before what opens a
/// clause that cannot open with a count ("that", a determiner, a
/// pronoun, or a name of one or two capitalized words with no plural -s
/// before an auxiliary): "told KCRA 3 he plans", "told WFAA 8 Smith
/// was". Not before a noun the number counts, lowercase or capitalized
/// ("told CNN 5 people died", "told CNN 3 Americans had", "told ABC 2
/// Marines were", "told CNN 4 British nationals were", "told FEMA 10
/// Texas counties").
fn channel_number(s: &Sent, i: usize) -> bool {
    let Some(prev) = i.checked_sub(1) else {
        return false;
    };
    if i + 1 >= s.len() || !s.is_word(i) || !s.is_word(prev) {
        return false;
    }
    let num = s.bytes(i);
    let call = s.bytes(prev);
    num.len() <= 2
        && num.iter().all(u8::is_ascii_digit)
        && call.len() >= 3
        && call[0].is_ascii_uppercase()
        && call.iter().all(|&b| b.is_ascii_uppercase() || b == b'-')
        && (s.is_in(i + 1, THAT)
            || s.is_det(i + 1)
            || s.is_pronoun(i + 1)
            || channel_name_clause(s, i + 1))
}

/// Whether a name of one or two capitalized words, none with a plural -s,
/// opens a clause at token `j` with an auxiliary right after it ("Smith
/// was", "John Smith had"): a subject no count goes with, for
/// [`channel_number`]. ("Americans had", "Texas counties" fail.)
fn channel_name_clause(s: &Sent, j: usize) -> bool {
    let name = |k: usize| s.is_cap(k) && !s.bytes(k).ends_with(b"s");
    name(j) && (s.is_aux_like(j + 1) || name(j + 1) && s.is_aux_like(j + 2))
}

/// Whether the clause from `a` (after a warning's "that") is a relative
/// clause on the hearer: a subject and a past verb with no object, then an
/// auxiliary or a modal ("warned suppliers that the audit flagged would
/// lose their contracts", "contractors that the inspectors cited would be
/// barred"), where the hearer is part of the content. (A reduced relative
/// in the clause, "that the money needed would run out", reads so too: the
/// hearer is then kept, as before the skip.)
fn relative_on_hearer(s: &Sent, a: usize) -> bool {
    let n = s.len();
    let Some(x) = (a + 1..n.min(a + 6)).find(|&i| !s.is_word(i) || s.is_aux_like(i)) else {
        return false;
    };
    let v = x - 1;
    s.is_aux_like(x) && v > a && !s.is_cap(v) && s.w(v).len() > 3 && s.w(v).ends_with("ed")
}

/// A passive with its agent: "Cruz was endorsed by Fiorina", "the law,
/// opposed by Democrats", "which was first reported by The Post". The
/// subject is the content, the agent the speaker.
pub(super) fn passive_by(ctx: &Ctx, cue: &CueMatch, ci: usize, cj: usize, out: &mut Vec<Draft>) {
    let s = ctx.s;
    let c = ctx.lx.cue(cue.cue);
    let n = ctx.n();
    // "When asked by a reporter whether ...", "Sanders was asked by host
    // John Dickerson whether ...": the asker speaks the question after
    // the agent (not the person asked).
    if class_in!(c, "ask") && cue.form == Form::Past && s.is_in(cj, BY) {
        if let Some(agent) = forward(s, ctx.lx, cj + 1) {
            let k = ctx.skip_adverbials(agent.b);
            let k = if s.is_p(k, ",") { k + 1 } else { k };
            // A day or time between the agent and the question ("asked by
            // Ingraham on Thursday about ...").
            let k = if k + 3 < n
                && s.is_in(k, &["on", "last", "this", "earlier"])
                && (s.is_in(k + 1, DAYS) || s.is_in(k + 1, super::super::sent::TIME_UNITS))
            {
                k + 2
            } else {
                k
            };
            // A request ("to respond ...") only in a question opening the
            // sentence ("Asked by X to respond to ..., Carson said"); "was
            // asked by the council to leave" is an order.
            let opening = ci == ctx.lo || ci == ctx.lo + 1 && s.is_in(ctx.lo, &["when"]);
            if k + 2 < n
                && (s.is_in(k, &["whether", "if", "about", "why", "what", "how", "when"])
                    || opening && s.is_in(k, TO))
            {
                let sp = ctx.span(k, ctx.comma_end(k).min(ctx.content_end(k)));
                push_span(ctx, sp, agent, cue, "passive-by", out);
            }
        }
        return;
    }
    // Classes whose passive agent is annotated on train (support, announce,
    // ask: mostly not, "a statement released by the campaign").
    // "The meeting was first reported by Politico": a report names its
    // source.
    // Only after "was" or "first" ("exit polls reported by CNN" is mostly
    // not annotated) and with "by" close ("it was revealed that ... by").
    let report = class_in!(c, "report")
        && ci > ctx.lo
        && (s.is_in(ci - 1, BE)
            || s.is_in(ci - 1, &["first", "originally", "initially", "previously"]))
        && (cj..n.min(cj + 4))
            .take_while(|&k| s.is_word(k) && !s.is_in(k, &["that"]))
            .any(|k| s.is_in(k, BY));
    if cue.form != Form::Past
        || !report && c.frames & frame::OBJ == 0
        || !report
            && !class_in!(
                c,
                "accuse"
                    | "agree"
                    | "believe"
                    | "confirm"
                    | "criticize"
                    | "describe"
                    | "oppose"
                    | "praise"
                    | "reject"
            )
    {
        return;
    }
    // "The city was heavily attacked by rebels": with a manner adverb
    // before it, "attacked" is mostly force, not words.
    // (Not the adverbs `passive_subject` always stepped over: "was publicly
    // attacked by Trump" is words.)
    if lemma_is!(c, "attack")
        && ci > ctx.lo
        && super::super::speaker::ly_adverb(s, ci - 1)
        && !s.is_in(ci - 1, PASSIVE_ADVERBS)
    {
        return;
    }
    // "by" within a few words after the cue ("was first reported last week by").
    let Some(by) = (cj..n.min(cj + 5))
        .take_while(|&k| s.is_word(k))
        .find(|&k| s.is_in(k, BY))
    else {
        return;
    };
    let Some(agent) = forward(s, ctx.lx, by + 1) else {
        return;
    };
    // "seen by X" alone is sight, not belief: "a memo seen by Reuters
    // said ...". The belief reads "seen by X as Y".
    if lemma_is!(c, "see")
        && !(agent.b..n.min(agent.b + 6))
            .take_while(|&k| s.is_word(k))
            .any(|k| s.is_in(k, &["as"]))
    {
        return;
    }
    let Some(subj) = passive_subject(ctx, ci, report) else {
        return;
    };
    let sp = ctx.span(subj.a, subj.b);
    let kind = if c.keys & STANCE_KEYS != 0 {
        Kind::Stance
    } else {
        Kind::Indirect
    };
    push_span_as(ctx, sp, kind, agent, cue, "passive-by", out);
}

/// Support, praise or criticism received, its giver after "from" or
/// "of": "Rubio has won overwhelming support from members of Congress",
/// "The proposal has drawn harsh criticism from fellow Republicans", "Cruz
/// received the endorsement of Gov. Mike Pence", "Trump earned the support
/// of nearly four in 10 likely voters", "Clinton has strong support among
/// African-American voters" ("among" after "support" only). The receiver
/// (the subject) is the content and the giver the speaker, as in a
/// passive ("was criticized by"). Not after "to" or a modal ("to win the support of", "may not
/// have the backing of": hopes and odds, mostly not annotated), nor for
/// aid in money or arms ("received financial support from", "had air
/// support from").
pub(super) fn received_from(ctx: &Ctx, cue: &CueMatch, ci: usize, cj: usize) -> Option<Draft> {
    const RECEIVED: WordList = WordList::new(&[
        "won",
        "wins",
        "winning",
        "drew",
        "draws",
        "drawn",
        "drawing",
        "earned",
        "earns",
        "earning",
        "received",
        "receives",
        "receiving",
        "faced",
        "faces",
        "facing",
        "sparked",
        "sparking",
        "got",
        "gotten",
        "has",
        "had",
        "have",
        "enjoy",
        "enjoys",
        "enjoyed",
        "garnered",
        "secured",
        "attracted",
        // With "up" ("picked up the endorsement of", "racked up
        // criticism from", "has sewn up endorsements of"; "picked up" only
        // with an endorsement: "Oil prices picked up support from OPEC's
        // output cuts", "picked up backing from state lenders for a loan"
        // are a market's driver and money).
        "picked",
        "picks",
        "picking",
        "racked",
        "racks",
        "racking",
        "sewn",
        "sewed",
    ]);
    // The verbs above that take "up" (a receiving verb only with it).
    const WITH_UP: WordList = WordList::new(&[
        "picked", "picks", "picking", "racked", "racks", "racking", "sewn", "sewed",
    ]);
    const GIVEN: WordList = WordList::new(&[
        "support",
        "backing",
        "praise",
        "criticism",
        "endorsement",
        "endorsements",
        "condemnation",
        "opposition",
        "rebuke",
        "rebukes",
    ]);
    const FROM_OF: ShortWords = ShortWords::new(&["from", "of"]);
    let s = ctx.s;
    // (The word after the cue first: the nouns' list is compared only
    // before "from/of/among".)
    if cj + 1 >= ctx.n()
        || !(s.is_in(cj, &FROM_OF) || s.is_in(cj, &["among"]) && s.is_in(ci, &["support"]))
        || !s.is_in(ci, &GIVEN)
    {
        return None;
    }
    // The verb, up to two lowercase modifiers before the noun ("won
    // overwhelming support", "drew the support", "received even stronger
    // support").
    let v = (ci.saturating_sub(3).max(ctx.lo)..ci)
        .rev()
        .find(|&k| s.is_in(k, &RECEIVED))?;
    // (Not a verb or a preposition between: "who has welcomed support
    // from", "has dealt with criticism of"; nor aid in money or arms:
    // "received financial support from the government", "had air
    // support from the coalition".)
    let up = s.is_in(v, &WITH_UP);
    if up
        && (!s.is_in(v + 1, &["up"])
            || s.is_in(v, &["picked", "picks", "picking"])
                && !s.is_in(ci, &["endorsement", "endorsements"]))
    {
        return None;
    }
    if (v + 1 + usize::from(up)..ci).any(|k| {
        !s.is_word(k)
            || s.is_in(k, MATERIAL_AID)
            || s.is_cap(k)
            || s.is_stop(k) && !s.is_det(k) && !s.is_in(k, &["even", "more", "much", "any", "no"])
            || s.bytes(k).ends_with(b"ed")
            || s.cue_word(ctx.lx, k).is_some()
    }) {
        return None;
    }
    // (A that-clause or a "to" object after the giver is the content:
    // "has faced criticism from rivals that the tenor of his campaign
    // ...", "faced stern opposition from homeowners to his plan".)
    let agent = forward(s, ctx.lx, cj + 1)
        .filter(|np| np.a == cj + 1)
        .or_else(|| counted_giver(ctx, cj + 1))
        .filter(|np| !s.is_in(np.b, THAT) && !s.is_in(np.b, TO))?;
    let subj = light_verb_subject(ctx, v, true)?;
    let sp = ctx.span(subj.a, subj.b);
    Some(draft(
        ctx.kind_of(sp, Kind::Stance),
        sp,
        Some(agent),
        s,
        cue,
        "received-from",
    ))
}

/// A giver counted or ranked before its noun phrase, after "from/of" at
/// `i - 1` of [`received_from`]: "the support of nearly four in 10 likely
/// voters", "the support of 41 percent of the Republican voters surveyed",
/// "support from roughly six in 10 Democrats", "the backing of 33% of
/// national Republican primary voters", "the backing of two of the
/// state's congressional Republicans", "the endorsement of the most
/// influential leader of Iowa's evangelicals". Up to seven words of
/// counting (a number, "percent", "%", "of", "in", "nearly", "most", ...;
/// after "the most" six) with at least one number or "most", then a
/// speaker phrase ([`forward`]); the span is the whole.
#[inline(never)]
fn counted_giver(ctx: &Ctx, i: usize) -> Option<Np> {
    const COUNTING: WordList = WordList::new(&[
        "nearly", "roughly", "about", "almost", "around", "some", "only", "just", "over", "more",
        "than", "fewer", "less", "percent", "of", "in", "out", "most",
    ]);
    let s = ctx.s;
    let n = ctx.n();
    let mut k = i;
    let mut counted = false;
    if s.is_in(k, &["the"]) && s.is_in(k + 1, &["most"]) {
        k += 1;
    }
    while k < n && k < i + 7 {
        if s.is_numeric(k) || s.is_in(k, &["most"]) {
            counted = true;
        } else if !(s.is_p(k, "%") || s.is_in(k, &COUNTING)) {
            break;
        }
        k += 1;
    }
    if !counted || k == i || k >= n || s.is_in(k - 1, &["than", "over"]) {
        return None;
    }
    let np = forward(s, ctx.lx, k).filter(|np| np.a == k)?;
    Some(Np { a: i, b: np.b })
}

/// Modifiers of support given in money, arms or services, not opinion
/// ("financial support", "air support", "military backing").
const MATERIAL_AID: &[&str] = &[
    "financial",
    "military",
    "air",
    "naval",
    "logistical",
    "logistic",
    "technical",
    "material",
    "economic",
    "fiscal",
    "budgetary",
    "monetary",
    "medical",
    "humanitarian",
    "emergency",
    "life",
    "income",
    "tech",
    "customer",
    "fire",
];

/// The subject of a finite verb at `v` that is no cue ("won" in "Rubio
/// has won support from", "unleashed" in "Christie unleashed attacks
/// on"): the phrase before it (over "has/had" and adverbs, as for a
/// passive), opening its clause: not the end of a longer phrase ("the
/// shooting in Orlando drew rebukes from", "relations with Russia have
/// drawn criticism from"). None after "to" or a modal ("to win the
/// support of", "may not have the backing of", "decide to launch attacks
/// on": hopes and odds, mostly not annotated), nor after "not/n't/never"
/// ("has never received support from", "still has not received any
/// endorsements from": the support denied, no stance). A name closed off
/// by an apposition or relative clause and its comma ("Ted Cruz, who
/// ..., received") is the subject; `whole` keeps the apposition in the
/// phrase.
fn light_verb_subject(ctx: &Ctx, v: usize, whole: bool) -> Option<Np> {
    let s = ctx.s;
    // Back to the subject over "has/have/had", "still", manner adverbs
    // and the adverbs of a passive ("quickly drew sharp criticism", "Cruz
    // also won the endorsement of", "Cruz still has won"; `passive_subject`
    // steps over adverbs only before a form of "be" or "have"); a
    // negation ends the search ("has never received support from").
    let mut w = v;
    while w > ctx.lo
        && s.is_word(w - 1)
        && (s.is_in(w - 1, HAVE)
            || s.is_in(w - 1, PASSIVE_ADVERBS)
            || s.is_in(w - 1, &["not", "n't", "still", "never"])
            || !s.is_cap(w - 1) && s.bytes(w - 1).ends_with(b"ly"))
    {
        if s.is_in(w - 1, &["not", "n't", "never"]) {
            return None;
        }
        w -= 1;
    }
    if w > ctx.lo
        && (s.is_in(w - 1, TO)
            || s.is_in(w - 1, W_DO_MODALS)
            || s.is_in(w - 1, &["will", "would", "can", "could"]))
    {
        return None;
    }
    // "Ted Cruz, who badly needs a win in Indiana, received the
    // endorsement of ...", "Mrs. Clinton, a former senator from New York,
    // received support from ...": the name and the apposition or
    // relative clause closing at the comma; with `whole` (a content,
    // the receiver as the sentence names it) the two together, else (a
    // speaker) the name.
    if w > ctx.lo + 2 && s.is_p(w - 1, ",") {
        if let Some(np) = super::super::speaker::name_before_appos(s, ctx.lo, w - 1) {
            return Some(if whole { Np { a: np.a, b: w - 1 } } else { np });
        }
    }
    passive_subject(ctx, w, false)
        .filter(|np| np.a == ctx.lo || s.is_punct(np.a - 1) || s.is_in(np.a - 1, SUBORDINATORS))
}

/// Modifiers that make "attack(s)" words, not arms ("harsh", "scathing",
/// "verbal"): [`light_attack`], and "his/her" + "attacks on" in
/// `stance::poss_noun_obj`.
pub(super) const VERBAL_ATTACK: &[&str] = &[
    "withering",
    "harsh",
    "sharp",
    "scathing",
    "blistering",
    "personal",
    "verbal",
    "rhetorical",
    "inflammatory",
    "pre-emptive",
    "preemptive",
    "stinging",
    "searing",
    "fierce",
    "vicious",
    "public",
];

/// An attack launched on someone: "Christie unleashed withering attacks
/// against Rubio", "Trump launched a pre-emptive attack against Obama",
/// "He has stepped up his attacks on Clinton's positions", "she escalated
/// her criticism of ...". The noun "attack(s)" or "criticism" after a
/// verb of starting or keeping up (at most three lowercase modifiers
/// between) is the cue when they are words, not arms: the noun
/// "criticism", a modifier of speech ("withering"), or "his/her" before
/// the plural "attacks". The object of "on" or "against" ("of" after
/// "criticism") is the content, the verb's subject the speaker.
pub(super) fn light_attack(ctx: &Ctx, cue: &CueMatch, ci: usize, cj: usize) -> Option<Draft> {
    const LAUNCHED: &[&str] = &[
        "launched",
        "launches",
        "launching",
        "unleashed",
        "unleashes",
        "unleashing",
        "stepped",
        "steps",
        "escalated",
        "escalates",
        "escalating",
        "leveled",
        "levelled",
        "levels",
        "leveling",
        "levelling",
        "continued",
        "continues",
        "renewed",
        "renews",
        "mounted",
        "mounts",
        "rebooted",
        "reboots",
        "intensified",
        "intensifies",
        "sharpened",
        "sharpens",
        "doubled",
    ];
    const ATTACKS: WordList = WordList::new(&["attack", "attacks", "criticism"]);
    let s = ctx.s;
    let n = ctx.n();
    if !s.is_in(ci, &ATTACKS)
        || cj + 1 >= n
        || !s.is_in(cj, &["on", "against", "of"])
        || s.is_in(cj, OF) && !s.is_in(ci, &["criticism"])
    {
        return None;
    }
    let v = (ci.saturating_sub(4).max(ctx.lo)..ci)
        .rev()
        .find(|&k| s.is_in(k, LAUNCHED))?;
    // "stepped up his attacks", "doubled down on attacks", "unleashed a
    // harsh attack": particles, determiners and lowercase modifiers.
    if (v + 1..ci).any(|k| {
        !(s.is_word(k) || s.is_p(k, "-"))
            || s.is_cap(k)
            || s.is_stop(k) && !s.is_det(k) && !s.is_in(k, &["up", "down", "on", "more"])
            || s.cue_word(ctx.lx, k).is_some()
    }) {
        return None;
    }
    // Words, not arms ("launched an attack on the border post"): a
    // modifier of speech ("withering", "harsh", "pre-emptive"), the noun
    // "criticism", or a person's possessive before the plural ("stepped
    // up his attacks on"; not "their", a group's: "Insurgents stepped up
    // their attacks on troops"; nor one attack: "The gunman launched his
    // attack on the school").
    let person_attacks =
        s.is_in(ci, &["attacks"]) && (v + 1..ci).any(|k| s.is_in(k, &["his", "her"]));
    if !s.is_in(ci, &["criticism"])
        && !person_attacks
        && !(v + 1..ci).any(|k| s.is_in(k, VERBAL_ATTACK))
    {
        return None;
    }
    let subj = light_verb_subject(ctx, v, false)?;
    let k = cj + 1;
    // (Not a day: "escalated her criticism on Tuesday".)
    if s.is_in(k, DAYS) {
        return None;
    }
    let end = ctx.object_end(k, ctx.content_end(k));
    if end < k + 1 || end == k + 1 && !s.is_cap(k) {
        return None;
    }
    let sp = ctx.span(k, end);
    Some(draft(
        ctx.kind_of(sp, Kind::Stance),
        sp,
        Some(subj),
        s,
        cue,
        "speaker-cue-obj",
    ))
}

/// Adverbs [`passive_subject`] steps back over before a passive cue, with
/// or without a form of "be" right before them ("was first reported by",
/// "was publicly attacked by").
const PASSIVE_ADVERBS: &[&str] = &[
    "also",
    "first",
    "all",
    "later",
    "previously",
    "recently",
    "already",
    "widely",
    "publicly",
    "repeatedly",
    "once",
];

/// The subject of a passive cue at `ci` ("Cruz was endorsed by", "the
/// law, opposed by", "which was first reported by"), or of a verb of
/// receiving ("The proposal has drawn criticism from"): the phrase before
/// "is/was/has been" and adverbs, or before the comma of a reduced
/// passive. `report` takes a capitalized owner before a plain noun
/// ("Starr's remarks").
fn passive_subject(ctx: &Ctx, ci: usize, report: bool) -> Option<Np> {
    let s = ctx.s;
    let mut j = ci;
    while j > ctx.lo
        && (s.is_in(j - 1, BE)
            || s.is_in(j - 1, HAVE)
            || s.is_in(j - 1, PASSIVE_ADVERBS)
            // "was hotly criticized by", "had been soundly rejected by".
            || j == ci && j - 1 > ctx.lo && s.is_in(j - 2, BE) && super::super::speaker::ly_adverb(s, j - 1))
    {
        j -= 1;
    }
    // A reduced passive after a comma may have adverbs: ", first reported by".
    let reduced = j > ctx.lo && s.is_p(j - 1, ",") && (j..ci).all(|i| !s.is_in(i, BE));
    if j < ci && !reduced && !s.is_in(j, BE) && !s.is_in(j, &["has", "have", "had"]) {
        return None;
    }
    let mut e = j;
    if e > ctx.lo && s.is_p(e - 1, ",") && (j == ci || reduced) {
        e -= 1;
    }
    if e <= ctx.lo || !s.is_word(e - 1) {
        return None;
    }
    let subj = if s.is_in(e - 1, &["which", "who", "that"]) {
        Np { a: e - 1, b: e }
    } else if let Some(np) = backward(s, ctx.lx, e, ctx.lo).filter(|np| np.b == e) {
        np
    } else {
        // A plain noun phrase: back to its determiner, up to six words.
        let mut a = e;
        while a > ctx.lo && a + 6 > e && s.is_word(a - 1) && !s.is_det(a - 1) && !s.is_stop(a - 1) {
            a -= 1;
            // "Starr's remarks": a capitalized owner.
            if report && a > ctx.lo + 1 && s.is_poss(a - 1) && s.is_cap(a - 2) {
                a -= 2;
            }
        }
        if a > ctx.lo && s.is_det(a - 1) {
            a -= 1;
        }
        if a == e || !(s.is_det(a) || s.is_cap(a)) {
            return None;
        }
        Np { a, b: e }
    };
    Some(subj)
}

/// The comma of ", while" before the participle at `ci`, with at most
/// one adverb between ("..., while insisting ...", "..., while also
/// noting ...", "..., while privately conceding ..."): the participle
/// continues the clause before the comma.
fn while_report(ctx: &Ctx, ci: usize) -> Option<usize> {
    let s = ctx.s;
    if ci < ctx.lo + 3 {
        return None;
    }
    let mut w = ci - 1;
    if w > ctx.lo + 1
        && (s.is_in(w, &["also", "still"])
            || super::super::speaker::ly_adverb(s, w)
            || s.is_in(w, TIME_ADVERBS))
    {
        w -= 1;
    }
    (w > ctx.lo + 1 && s.is_in(w, &["while"]) && s.is_p(w - 1, ",")).then_some(w - 1)
}

/// Whether the clause right before the comma at `q` is passive with a
/// "by" agent: going back from the comma to another comma, a relative
/// ("who", "which", "that") or a clause word ([`CLAUSE_LINKS`],
/// [`CLAUSE_CONJ`], [`CLAUSE_WORDS`]), a form
/// of "be" or "get" with a past participle ([`frames::passive_at`]) and a
/// "by" after it ("The law was signed by the governor, while warning that
/// ...", "The deal was welcomed by investors, while ..."): the speaker of
/// the participle is unclear. A bare passive subject speaks ("He was
/// detained on Monday, while maintaining that ..."), and so does the
/// subject past an insertion ("The senator, who was re-elected in May,
/// backed the bill, while warning that ...").
///
/// [`CLAUSE_LINKS`]: super::super::speaker::CLAUSE_LINKS
fn passive_clause(ctx: &Ctx, q: usize) -> bool {
    let s = ctx.s;
    let mut a = q;
    while a > ctx.lo.max(q.saturating_sub(40))
        && !s.is_p(a - 1, ",")
        && !s.is_in(a - 1, RELATIVES)
        && !s.is_in(a - 1, super::super::speaker::CLAUSE_LINKS)
        && !s.is_in(a - 1, CLAUSE_CONJ)
        && !s.is_in(a - 1, CLAUSE_WORDS)
    {
        a -= 1;
    }
    (a..q).any(|j| {
        (s.is_in(j, BE) || s.is_in(j, &["get", "gets", "got", "gotten", "getting"]))
            && frames::passive_at(s, j + 1, q)
            && (j + 2..q).any(|k| s.is_in(k, &["by"]))
    })
}

/// The closing comma of a person's name in apposition after an "according
/// to" source `a..b`, the source's own name ("According to the
/// spokesperson of the police, Muyiwa Adejobi, the officers ..."), from
/// the comma `k` after the source: only after a singular person noun (the
/// source's last: "the spokesperson", "a witness", "lawyers for the
/// minister"; not "witnesses", "police", "officials"), two
/// to six capitalized words (with stops and hyphens, "Mr. Ade Sanwo-Olu")
/// whose first opens a person's name in the gazetteer (a given name or a
/// title), up to a comma after which a clause of its own starts. None for
/// a place, a club or a company ("the coach, Real Madrid, Barcelona and
/// Atletico have ...", "the analyst, Goldman Sachs, ..."), and none when
/// the name is the content's subject: a verb, an age or a relative
/// pronoun after it ("the witness, Maria Lopez, ran ...", "the doctor,
/// Tom Reed, 54, died ...", "the witness, Mr. Adams, who lives nearby,
/// ..."), a list ("the coach, Tom Reed, Jack Smith and Bill Jones were
/// ...") or an apposition and a verb ("the agent, Tom Reed, the club's
/// owner, is reluctant ...", "a witness, Maria Lopez, a teacher, ran
/// ..."). The one test of the name: the speaker's resolution takes no
/// name in apposition that lies in the content (`resolve`), so the
/// source is named by it only when it is stripped here.
#[cold]
#[inline(never)]
fn source_name_apposition(ctx: &Ctx, a: usize, b: usize, k: usize) -> Option<usize> {
    let s = ctx.s;
    let n = s.len();
    let gaz = ctx.gaz?;
    // The source's last person noun, the name's, singular ("witness",
    // "boss": -ss; not "police", "women": [`super::invariant_plural`]).
    let p = (a..b)
        .rev()
        .find(|&i| s.speaker_noun(ctx.lx, i) == Some(crate::lexicon::NounType::Person))?;
    if crate::attribution::sent::words::plural_s(s.bytes(p)) && !s.bytes(p).ends_with(b"us")
        || super::invariant_plural(s, p)
    {
        return None;
    }
    let j = (k + 1..n.min(k + 10)).find(|&i| !(s.is_cap(i) || s.is_p(i, ".") || s.is_p(i, "-")))?;
    let caps = (k + 1..j).filter(|&i| s.is_cap(i)).count();
    if !(s.is_p(j, ",")
        && (2..=6).contains(&caps)
        && j + 2 < n
        && gaz.opens_person_name(s.w(k + 1)))
    {
        return None;
    }
    let next = s.w(j + 1);
    if next.starts_with(|c: char| c.is_ascii_digit())
        || ctx.clause_verb_form(j + 1)
        || s.is_in(
            j + 1,
            &["who", "whom", "whose", "which", "that", "and", "or", "but"],
        )
    {
        return None;
    }
    // The piece up to the next comma: no list, no apposition before a
    // verb.
    let e = (j + 1..n).find(|&i| s.is_p(i, ",")).unwrap_or(n);
    if (j + 1..e).any(|i| s.is_in(i, &["and", "or"]))
        || e + 1 < n && ctx.clause_verb_form(e + 1)
        || e + 1 < n
            && s.is_in(
                e + 1,
                &[
                    "is", "was", "are", "were", "has", "have", "had", "will", "would", "could",
                    "can", "may", "might", "should", "must",
                ],
            )
    {
        return None;
    }
    Some(j)
}
