//! Rule context, the subject search: the clause subject before a cue and
//! long subjects ("The head of the agency's office in X said"), as methods
//! of [`Ctx`]. Decides where a speaker phrase before its verb starts.

use super::*;

impl<'a, 'b> Ctx<'a, 'b> {
    pub(in crate::attribution::rules) fn is_infinitive(&self, i: usize) -> bool {
        let s = self.s;
        // "vowed to “take our fight” ...": the verb inside a quote.
        if !s.is_in(i, TO) {
            return false;
        }
        let i = if s.is_quote_mark(i + 1) && s.is_word(i + 2) {
            i + 1
        } else {
            i
        };
        // A Title Case headline capitalizes the verb ("Ted Cruz Refuses to
        // Disavow ...").
        s.is_word(i + 1) && (!s.is_cap(i + 1) || self.title_case()) && !s.is_in(i + 1, INF_OBJECTS)
    }

    /// The subject of the sentence, for a cue at token `ci` that has none
    /// of its own: the phrase opening the sentence (after "But" or an
    /// introductory phrase ending in a comma), followed by a lowercase verb.
    pub(in crate::attribution::rules) fn clause_subject(&self, ci: usize) -> Option<Np> {
        self.clause_subject_with(ci, true)
    }

    /// `clause_subject`; `appos_ok` takes a phrase before an apposition
    /// between commas ("Mitch McConnell, R-Ky., delivered", "David Axelrod,
    /// who was ..., tweeted this:").
    pub(in crate::attribution::rules) fn clause_subject_with(
        &self,
        ci: usize,
        appos_ok: bool,
    ) -> Option<Np> {
        self.clause_subject_in(ci, appos_ok, true)
    }

    /// `clause_subject` of one party: no coordinated subject ("Trump and
    /// Cruz traded barbs: \"...\"": a quote is one speaker's words).
    pub(in crate::attribution::rules) fn clause_subject_single(&self, ci: usize) -> Option<Np> {
        self.clause_subject_in(ci, true, false)
    }

    /// `clause_subject_with`; `coord_ok` takes a coordinated subject
    /// ("Netanyahu and other Israeli leaders shunned ..., claiming").
    pub(in crate::attribution::rules) fn clause_subject_in(
        &self,
        ci: usize,
        appos_ok: bool,
        coord_ok: bool,
    ) -> Option<Np> {
        let s = self.s;
        let mut i = self.lo;
        // Up to three openers: "And then Trump went on the attack,
        // saying", "And even then, the rebels kept fighting, saying".
        for _ in 0..3 {
            if s.is_in(i, W_CLAUSE_OPENERS) {
                i += 1;
                if s.is_p(i, ",") {
                    i += 1;
                }
            }
        }
        // A sentence adverb and its comma: "Likewise, a paper from ... had
        // this to say: \"...\"".
        if s.is_p(i + 1, ",") && s.is_in(i, &SENTENCE_ADVERBS) {
            i += 2;
        }
        let intro_word = intro_at(s, i)
            || s.is_in(
                i,
                &[
                    "however",
                    "meanwhile",
                    "still",
                    "instead",
                    "later",
                    "earlier",
                ],
            );
        // An introductory participle or time phrase: "Asked on Monday
        // whether ..., Mrs. Clinton shook her head and said", "Eight years
        // ago, he supported ... and said".
        let intro_phrase = !intro_word
            && (s.is_cap(i)
                && s.is_word(i)
                && (s.bytes(i).ends_with(b"ing") || s.bytes(i).ends_with(b"ed"))
                && s.is_word(i + 1)
                && !s.is_cap(i + 1)
                || s.is_in(i, &["outside", "inside", "amid", "under", "given"])
                // An irregular participle ("Known until last month as ...,
                // it was built", "Born in Ohio, she ...", "Hit by ..., the
                // company ...").
                || s.is_in(i, INTRO_PARTICIPLES) && s.is_word(i + 1) && !s.is_cap(i + 1)
                // "Shortly after the announcement, ...", "Hours before the
                // vote, ...": a time word before a preposition of time.
                || s.is_in(
                    i,
                    &["shortly", "soon", "hours", "days", "minutes", "weeks", "months"],
                ) && s.is_in(i + 1, &["after", "before"])
                || (i + 1..ci.min(i + 6)).any(|k| s.is_in(k, AGO) && s.is_p(k + 1, ","))
                // "Hours later, Trump returned ..., telling", "Minutes
                // later, she sent an email saying": a span of time and
                // "later/earlier" is no subject.
                || (i + 1..ci.min(i + 4)).any(|k| {
                    s.is_in(k, &["later", "earlier"])
                        && s.is_p(k + 1, ",")
                        && s.is_in(k - 1, TIME_SPANS)
                }));
        // A subject with an unlisted head ("The port authority rejected
        // ... and urged"): the phrase the backward search finds before the
        // first lowercase word.
        let verb_at = |b: usize| {
            s.is_word(b)
                && !s.is_cap(b)
                && !s.is_in(b, &["and", "or", "of", "who", "which", "that"])
        };
        // A finite verb: an -ed form, an irregular past, a finite
        // auxiliary ("Jessie Elkins, 70, had served ...") or a past or
        // third-person cue form.
        let verbish = |j: usize| {
            verb_at(j)
                && (s.bytes(j).ends_with(b"ed")
                    // "Jones, the mayor, put it this way:", "X, 54, was
                    // blunt:", "X, an aide, had a message:".
                    || s.is_aux_like(j)
                    || s.is_in(j, IRREGULAR_PASTS)
                    || s.cue_word(self.lx, j)
                        .is_some_and(|(_, f)| matches!(f, Form::Past | Form::Third)))
        };
        // "Huma Abedin, vice chairwoman for the campaign, emailed ...": an
        // apposition between commas after the phrase ending at `b`.
        let appos = |b: usize| {
            s.is_p(b, ",")
                && (verbish(b + 1)
                    || (b + 2..ci.min(b + 16))
                        .find(|&j| s.is_p(j, ",") || s.is_quote_mark(j))
                        .is_some_and(|j| s.is_p(j, ",") && verbish(j + 1)))
        };
        // A party and state in parentheses after a name: "Sen. Ted Cruz
        // (R-Texas) continued his attack ..., calling him ...".
        let after_paren = |b: usize| {
            if b < ci && s.is_p(b, "(") && b > self.lo && s.is_cap(b - 1) {
                (b + 1..ci.min(b + 8))
                    .find(|&k| s.is_p(k, ")"))
                    .map_or(b, |k| k + 1)
            } else {
                b
            }
        };
        // A coordinated subject ("Netanyahu and other Israeli leaders
        // shunned ...", "Chaffetz (R-Utah) and Goodlatte (R-Va.) sent
        // ..."): the phrase after "and" ends before a finite verb
        // (`verbish` or a listed past, after "both/also" if there: not
        // "Walmart and Target shares rose"), and the whole coordination is the subject. Not before a
        // state ("Trump and Clinton are neck and neck in the polls,
        // suggesting"), nor with a comma between the verb and the one
        // before the cue ("Musk and Tesla's board clashed over pay,
        // prompting investors to sue, saying": a later clause's
        // participle).
        let coordinated = |np: Np| {
            let b = after_paren(np.b);
            if !coord_ok || b + 1 >= ci || !s.is_in(b, AND) {
                return None;
            }
            forward(s, self.lx, b + 1)
                .filter(|np2| {
                    // ("Sanders and Cruz both campaigned ...")
                    let v = after_paren(np2.b);
                    let v = if s.is_in(v, &["both", "also"]) {
                        v + 1
                    } else {
                        v
                    };
                    np2.a == b + 1
                        && v + 1 < ci
                        && (verbish(v) || verb_at(v) && s.is_in(v, NOUN_PASTS))
                        && !(s.is_in(v, BE)
                            && !(s.bytes(v + 1).ends_with(b"ing")
                                || s.bytes(v + 1).ends_with(b"ed")))
                        && !(v + 1..ci - 1).any(|k| s.is_p(k, ","))
                })
                .map(|np2| Np { a: np.a, b: np2.b })
        };
        // A capitalized first word before a lowercase word that is no
        // verb, then "and" or a finite verb, is an adjective of that noun
        // ("Heavy rain and strong winds battered ...", "Pfizer shares
        // rose, citing ..."), no one-word name subject. (Before an armed
        // group's plural and a finite verb the two words are the subject:
        // `force_subject`.)
        let modifier = |np: Np| {
            np.b == np.a + 1
                && s.is_cap(np.a)
                && np.b + 1 < ci
                && s.is_word(np.b)
                && !s.is_stop(np.b)
                && s.bytes(np.b).first().is_some_and(u8::is_ascii_lowercase)
                && !s.bytes(np.b).ends_with(b"ly")
                && !verbish(np.b)
                && (s.is_in(np.b + 1, AND) || verbish(np.b + 1))
        };
        // "Israeli forces raided ..., saying", "Hamas gunmen attacked
        // ...": a name or adjective and an unlisted plural of an armed
        // group ([`FORCE_PLURALS`]) before a finite verb, both words.
        let force_subject = |np: Np| {
            (np.b == np.a + 1
                && s.is_cap(np.a)
                && np.b + 1 < ci
                && s.is_in(np.b, FORCE_PLURALS)
                && verbish(np.b + 1))
            .then_some(Np {
                a: np.a,
                b: np.b + 1,
            })
        };
        let subject_at = |i: usize| {
            let np = forward(s, self.lx, i)
                .and_then(|np| {
                    if let Some(np2) = force_subject(np) {
                        Some(np2)
                    } else if modifier(np) {
                        None
                    } else if verb_at(after_paren(np.b)) || appos(after_paren(np.b)) {
                        Some(np)
                    } else {
                        coordinated(np)
                    }
                })
                .or_else(|| {
                    // The first verb-like word: a cue form, an -ed form or an
                    // auxiliary.
                    let v = (i + 1..ci.min(i + 7)).find(|&k| {
                        s.is_word(k)
                            && !s.is_cap(k)
                            && (s.bytes(k).ends_with(b"ed")
                                || s.is_in(k, &["has", "had", "is", "was", "will", "would", "has"])
                                || s.cue_word(self.lx, k)
                                    .is_some_and(|(_, f)| matches!(f, Form::Past | Form::Third)))
                    })?;
                    backward(s, self.lx, v, self.lo).filter(|np| np.a == i)
                })?;
            let b = after_paren(np.b);
            (b < ci && (verb_at(b) || appos_ok && appos(b))).then_some(np)
        };
        // An introductory phrase with no comma before a subject pronoun
        // ("On Monday she toured the harbor and said", "After the storm
        // they rebuilt ... and vowed", "Two days later he met ... and
        // told"): the pronoun, when only words stand before it and a verb
        // after it. `time_only`: the word before the pronoun ends a time
        // phrase (a day, a time unit, "later/ago/earlier", a year).
        let bare = |i: usize, time_only: bool| -> Option<Np> {
            let k = (i + 1..ci.min(i + 9))
                .take_while(|&k| s.is_word(k))
                .find(|&k| s.is_pronoun(k))?;
            let time = s.is_in(k - 1, W_LATER_AGO_EARLIER)
                || s.is_in(k - 1, DAYS)
                || s.is_in(k - 1, TIME_UNITS)
                || s.bytes(k - 1).len() == 4 && s.bytes(k - 1).iter().all(u8::is_ascii_digit);
            // (No auxiliary inside the phrase: "This was the mayor we all
            // knew, who ... and asserts"; no dash, colon or semicolon
            // after the pronoun's clause opens: "For that she drew his
            // ire - he called her ... and said".)
            (k > i + 1
                && k + 1 < ci
                && s.is_in(k, W_SUBJ_PRONOUNS)
                && (time || !time_only)
                && !(i + 1..k).any(|j| s.is_aux_like(j))
                && !(k + 1..ci).any(|j| {
                    s.is_p(j, ";") || s.is_p(j, ":") || super::super::super::speaker::is_dash(s, j)
                })
                && verb_at(k + 1))
            .then_some(Np { a: k, b: k + 1 })
        };
        if intro_word {
            let comma = (i + 1..ci.min(i + 16)).find(|&k| s.is_p(k, ","));
            if let Some(np) = comma.and_then(|c| subject_at(c + 1)) {
                return Some(np);
            }
            // A longer introductory phrase ("In response to ...'s proposal
            // to bar ... from entering the United States, X rallied"): the
            // first later comma (within 25 tokens) after which a subject
            // stands.
            return (comma.map_or(i + 1, |c| c + 1)..ci.min(i + 25))
                .filter(|&k| s.is_p(k, ",") && !self.in_quote(k))
                .find_map(|k| subject_at(k + 1))
                .or_else(|| bare(i, false));
        }
        if intro_phrase {
            // The first comma (within 25 tokens) after which a subject
            // stands.
            if let Some(np) = (i + 1..ci.min(i + 25))
                .filter(|&k| s.is_p(k, ",") && !self.in_quote(k))
                .find_map(|k| subject_at(k + 1))
            {
                return Some(np);
            }
            return None;
        }
        subject_at(i)
            .or_else(|| {
                // A short introductory phrase of any shape ("Hours later,",
                // "Here in Columbia,"): the subject after its comma.
                let c = (i + 2..ci.min(i + 6)).find(|&k| s.is_p(k, ","))?;
                // A name and its apposition ("Paul Dales, chief economist at
                // Capital Economics, argued ... and predicted", "Mr. Trump,
                // who said ..., issued a statement saying"): the name, where
                // an apposition may stand.
                let name = (i..c)
                    .all(|k| s.is_word(k) && s.is_cap(k) && !s.is_stop(k) && !s.is_in(k, MONTHS));
                if name {
                    // (Not the participle right after the name's comma: "Nate
                    // Cohn, writing in the Times, noticed".)
                    return (appos_ok && ci > c + 1).then_some(Np { a: i, b: c });
                }
                (!s.is_p(i + 1, ",")).then(|| subject_at(c + 1)).flatten()
            })
            .or_else(|| bare(i, true))
    }

    /// A subject whose head is followed by a post-modifier, ending before
    /// the cue at token `ci` (its auxiliaries and adverbs skipped): a
    /// prepositional phrase, a relative clause or a to-infinitive ("Aides
    /// to Clinton say", "executives who have worked with him say", "the
    /// last man to mount a race says"). The head is a plain phrase opening
    /// the clause (a determiner, a capitalized word or a speaker noun, no
    /// verb) and the whole subject has no punctuation but commas. It
    /// never starts before [`Ctx::lo`].
    pub(in crate::attribution::rules) fn long_subject(&self, ci: usize) -> Option<Np> {
        // (Walked once here, not by each search: see `aux_from`.)
        let aux = self.before_aux(self.lo, ci);
        if self.no_long_subject(aux) || !self.post_modifier_before(aux) {
            return None;
        }
        self.long_subject_walk(ci, aux)
    }

    /// Whether a token after the clause start and before `e` (the
    /// auxiliaries before the cue, `before_aux(lo, ci)`) is a word that
    /// may open a long subject's post-modifier: every search of
    /// [`Ctx::long_subject`] that finds a subject found its opener there
    /// (a start at or after [`Ctx::lo`], the opener after the start and
    /// before the subject's end, which is at most `e`). One pass over the
    /// tokens' set bits, asked once the word before the auxiliaries has let
    /// the cue through: it turns down about 28% of those cues (a pass over
    /// train: 3,373 walks of up to four searches -> 2,421).
    #[inline]
    pub(super) fn post_modifier_before(&self, e: usize) -> bool {
        const OPENERS: u128 = SUBJECT_LINKS.bit() | DOC_PARTICIPLES.bit() | POLLED.bit();
        self.s
            .toks
            .get(self.lo + 1..e)
            .is_some_and(|t| t.iter().any(|t| t.sets() & OPENERS != 0))
            || self.contact_subject_before(e)
    }

    /// Whether a contact clause's subject ([`Ctx::contact_pronoun`])
    /// stands after the clause start and before `e` ("The scholars \[I\]
    /// interviewed thought"): a post-modifier with no link word. (The
    /// same span as the openers': the search takes a pronoun up to six
    /// words after its start, wherever the subject ends.)
    #[inline]
    fn contact_subject_before(&self, e: usize) -> bool {
        (self.lo + 1..e).any(|k| self.contact_pronoun(k))
    }

    /// Whether token `k` is the subject pronoun of a contact clause (a
    /// relative clause with no relative word) after a speaker noun (a
    /// person, group or document: not "The things we heard worried us"),
    /// before its verb: "Several people \[I've\] spoken with said", "The
    /// scholars \[I\] interviewed thought", "Officials \[we\] spoke to
    /// said" (a capital only as the sentence's first word). The verb is a
    /// past or participle (an -ed word, an -en word or
    /// a listed irregular past), or "have/has/had" before one ("Officials he has talked to say"), or the pronoun
    /// carries "'ve/'d". Not "it" ("the plan it").
    ///
    /// (Its first test in line, the rest out of line
    /// ([`Ctx::contact_pronoun_rest`]): asked of some 16,000 tokens a pass
    /// over train, nearly all of them neither a pronoun nor a word with an
    /// apostrophe, and the call cost more than the test.)
    #[inline(always)]
    pub(super) fn contact_pronoun(&self, k: usize) -> bool {
        // (A clitic is a word but no simple one: see below.)
        (self.s.is_pronoun(k)
            || self
                .s
                .toks
                .get(k)
                .is_some_and(|t| !t.simple && t.kind == crate::text::segment::TokKind::Word))
            && self.contact_pronoun_rest(k)
    }

    /// [`Ctx::contact_pronoun`] past its first test.
    #[inline(never)]
    fn contact_pronoun_rest(&self, k: usize) -> bool {
        let s = self.s;
        // (The pronoun's class bit first, then a clitic's last byte: they
        // turn down nearly every token.)
        let pronoun = s.is_pronoun(k);
        // (A clitic is no simple word: it holds an apostrophe.)
        let clitic = !pronoun
            && s.toks
                .get(k)
                .is_some_and(|t| !t.simple && t.kind == crate::text::segment::TokKind::Word)
            && matches!(s.bytes(k).last(), Some(b'e' | b'd'))
            && s.is_in(
                k,
                &[
                    "i've",
                    "we've",
                    "they've",
                    "you've",
                    "i'd",
                    "we'd",
                    "they'd",
                    "he'd",
                    "she'd",
                    "i\u{2019}ve",
                    "we\u{2019}ve",
                    "they\u{2019}ve",
                    "you\u{2019}ve",
                ],
            );
        // (A capitalized noun only as the sentence's first word:
        // "Officials we spoke to said".)
        if !(pronoun || clitic)
            || k <= self.lo
            || k + 1 >= s.toks.len()
            || !s.is_word(k - 1)
            || s.is_cap(k - 1) && k - 1 > self.lo
            || pronoun && s.bytes(k).eq_ignore_ascii_case(b"it")
        {
            return false;
        }
        let p = k - 1;
        let noun = !s.is_stop(p)
            && !s.is_det(p)
            && !s.is_pronoun(p)
            && !s.is_aux_like(p)
            && !s.is_numeric(p)
            && !s.bytes(p).ends_with(b"ly")
            && !s.bytes(p).ends_with(b"ed")
            && !s.bytes(p).ends_with(b"ing")
            && !s.is_in(p, IRREGULAR_PASTS)
            && !s.is_in(p, NOUN_PASTS)
            && s.cue_word(self.lx, p).is_none()
            && s.speaker_noun(self.lx, p).is_some();
        let v = k + 1;
        let past = |v: usize| {
            s.is_word(v)
                && !s.is_cap(v)
                && (s.bytes(v).len() > 4 && s.bytes(v).ends_with(b"ed")
                    || s.bytes(v).ends_with(b"en")
                    || s.is_in(v, IRREGULAR_PASTS)
                    || s.is_in(v, NOUN_PASTS))
        };
        noun && (clitic && s.is_word(v) && !s.is_cap(v)
            || past(v)
            || s.is_in(v, &["have", "has", "had"]) && past(v + 1))
    }

    /// Whether no start of [`Ctx::long_subject`] can find a subject,
    /// known from the word before the cue's auxiliaries alone: every
    /// search (`long_subject_from`, from a start `i` at or after the clause
    /// start) ends its subject where the auxiliaries before the cue begin,
    /// `e` (`before_aux` stops at `i`, and a subject of two tokens or less
    /// is none). Unless that word is a day or a comma (which move `e`),
    /// a function word, a pronoun or a preposition there ends no subject
    /// ("the study of \[support\]", "said she does not \[believe\]"). Most
    /// searches find nothing, after up to four walks. `e` is
    /// `before_aux(lo, ci)`.
    #[inline]
    pub(super) fn no_long_subject(&self, e: usize) -> bool {
        let s = self.s;
        e <= self.lo + 2
            || (s.is_stop(e - 1) && !self.relative_particle(e - 1) && !self.stranded_prep(e)
                || s.is_pronoun(e - 1)
                || s.is_in(e - 1, ADV_PREPS) && !self.stranded_prep(e))
                && !s.is_in(e - 1, DAYS)
                && !s.is_p(e - 1, ",")
    }

    /// Whether the word before `e` is a preposition stranded at the end of
    /// a contact clause ("Several people I've spoken \[with\] said",
    /// "Officials we spoke \[to\] said"): a preposition of `ADV_PREPS`
    /// right after the clause's verb, its pronoun right before that or
    /// before "have/had" and that verb ("Diplomats I have spoken \[to\]
    /// said"; also before a base form: "Residents I've spoken \[to\]
    /// say", which `apply_cue` would read as an infinitive).
    /// (Asked only of a function word.)
    #[inline]
    pub(in crate::attribution::rules) fn stranded_prep(&self, e: usize) -> bool {
        e >= self.lo + 4
            && self.s.is_in(e - 1, ADV_PREPS)
            && (self.contact_pronoun(e - 3)
                || e >= self.lo + 5
                    && self.s.is_in(e - 3, &["have", "has", "had"])
                    && self.contact_pronoun(e - 4))
    }

    /// Whether token `p` is a phrasal verb's particle (the list of
    /// `RELATIVE_PARTICLE_WORDS`: "down", "up", "out", "off", "back",
    /// "away") right after a lowercase verb (no function word or
    /// determiner: "the ups and downs"), which may close a relative clause
    /// before the cue ("The officials whose laws were struck \[down\] say",
    /// "Lawmakers who backed \[down\] said", "workers who were laid
    /// \[off\] say"). `long_subject_from` also asks for a "who/whose"
    /// among the last six words; `no_long_subject` (a first test that
    /// may only let more through) does not. (Asked only of a function
    /// word.)
    #[inline]
    pub(super) fn relative_particle(&self, p: usize) -> bool {
        let s = self.s;
        // (The class bits of the word before first: the list is asked of
        // few words.)
        p > self.lo + 2
            && s.is_word(p - 1)
            && !s.is_cap(p - 1)
            && !s.is_stop(p - 1)
            && !s.is_det(p - 1)
            && s.is_in(
                p,
                crate::attribution::draft_filters::RELATIVE_PARTICLE_WORDS,
            )
    }

    /// [`Ctx::long_subject`] without its first test: the searches
    /// themselves (for the unit test that compares the two). `aux` is
    /// `before_aux(lo, ci)`.
    pub(super) fn long_subject_walk(&self, ci: usize, aux: usize) -> Option<Np> {
        let s = self.s;
        let mut i = self.lo;
        if s.is_in(i, LEAD_CONJ) {
            i += 1;
            if s.is_p(i, ",") {
                i += 1;
            }
        }
        // "Even the organizer of a rally said", "Though executives who
        // ... say", "Indeed, proponents of ... say": an adverb or a
        // subordinating conjunction before the subject.
        let mut j = i;
        if s.is_in(j, LONG_SUBJECT_OPENERS) {
            j += 1;
            if s.is_in(j, &["though"]) {
                j += 1;
            }
            if s.is_p(j, ",") {
                j += 1;
            }
        }
        let first = if j > i {
            self.long_subject_from(j, ci, aux)
        } else {
            None
        };
        first
            .or_else(|| self.long_subject_from(i, ci, aux))
            .or_else(|| {
                // After an introductory phrase or clause ending in a comma
                // ("When her lead slipped, her boosters in the state insisted").
                // The subject after the comma has at most 20 tokens before the
                // auxiliaries of the cue, so a comma farther back cannot open it
                // (and the search stays constant per cue).
                let e = aux_from(aux, i, ci);
                // (A one-word opener too: "Nevertheless, a survey
                // conducted by ... found".)
                let c = ((i + 1).max(e.saturating_sub(22))..ci.saturating_sub(3))
                    .rev()
                    .find(|&k| s.is_p(k, ",") && !self.in_quote(k))?;
                (intro_at(s, i) || s.is_in(i, INTRO_SUBORD) || c <= i + 3)
                    .then(|| self.long_subject_from(c + 1, ci, aux))
                    .flatten()
            })
            .or_else(|| {
                // A second clause after a conjunction ("..., but 55 percent of
                // all voters say", "even though a number of attendees said"),
                // looked for within the same bounded window.
                let e = aux_from(aux, i, ci);
                // (A one-word opener too: "Nevertheless, a survey
                // conducted by ... found".)
                let c = ((i + 1).max(e.saturating_sub(22))..ci.saturating_sub(3))
                    .rev()
                    .find(|&k| s.is_in(k, CLAUSE_CONJ) && !self.in_quote(k))?;
                self.long_subject_from(c + 1, ci, aux)
            })
    }

    /// Whether the phrase from `a` to `e` before the cue at `ci` is a
    /// determiner and up to three lowercase words, no function word, no
    /// auxiliary, form of "be" or past, an -ing word only before the last
    /// ("the \[ruling\] party"), and an auxiliary (not before "that")
    /// follows the cue's one word, a verb of saying or believing
    /// ([`super::super::boundaries::saying_gap_cue`]; not "The reforms
    /// that the ruling coalition promised have stalled"): the subject of a
    /// relative clause whose reported clause has its subject gapped ("that
    /// \[the coast guard\] said was sinking", "the \[seed\] bank").
    fn det_gap_phrase(&self, a: usize, e: usize, ci: usize) -> bool {
        let s = self.s;
        e > a + 1
            && e <= a + 4
            && s.is_det(a)
            && !s.is_numeric(a)
            && s.is_in(ci + 1, super::super::GAP_AUX)
            && !s.is_in(ci + 2, THAT)
            && (a + 1..e).all(|k| {
                s.is_word(k)
                    && !s.is_cap(k)
                    && !s.is_stop(k)
                    && !s.is_aux_like(k)
                    && !s.is_in(k, BE)
                    && !s.is_in(k, IRREGULAR_PASTS)
                    && !s.is_in(k, NOUN_PASTS)
                    && !crate::attribution::sent::words::ed_verb(s.bytes(k))
                    && (k + 1 < e || !s.bytes(k).ends_with(b"ing"))
            })
            && super::super::boundaries::saying_gap_cue(self, ci)
    }

    /// Where the auxiliaries and adverbs before the cue at `ci` begin
    /// ("... has also said"), not before `i`.
    pub(super) fn before_aux(&self, i: usize, ci: usize) -> usize {
        let mut e = ci;
        while e > i && self.s.is_in(e - 1, LONG_SUBJECT_AUX) {
            e -= 1;
        }
        e
    }

    /// A search of [`Ctx::long_subject`] from token `i`, at or after
    /// [`Ctx::lo`]; `aux` is `before_aux(lo, ci)`.
    fn long_subject_from(&self, i: usize, ci: usize, aux: usize) -> Option<Np> {
        let s = self.s;
        let mut e = aux_from(aux, i, ci);
        // A day closing the subject is a time adverbial ("voters in five
        // states going to the polls (on) Tuesday say").
        // "(on) Super Tuesday": a capitalized word before the day only
        // with "on" before it.
        if e > i + 4 && s.is_in(e - 1, DAYS) {
            e -= 1;
            if s.is_in(e - 1, &["on"]) {
                e -= 1;
            } else if e > i + 5 && s.is_cap(e - 1) && s.is_in(e - 2, &["on"]) {
                e -= 2;
            }
        }
        // A parenthetical between commas before the cue ("veterans
        // interviewed at rallies, including Mr. Jebens, said", "Supporters
        // of abortion rights, on the other hand, argued", "..., for
        // instance, said"): the subject ends before it.
        if e > i + 4 && s.is_p(e - 1, ",") {
            if let Some(c) = (e.saturating_sub(9).max(i + 3)..e - 2)
                .rev()
                .find(|&c| s.is_p(c, ","))
            {
                if (s.is_in(c + 1, PARENTHETICALS)
                    || s.is_in(c + 1, &["including", "like", "for", "in", "at"]))
                    && (c + 1..e - 1).all(|k| s.is_word(k) || s.is_p(k, "."))
                {
                    e = c;
                }
            }
        }
        if e <= i + 2 || e - i > 20 {
            return None;
        }
        // "nearly two-thirds of ...", "About four out of 10 voters", "At
        // least half of voters", "Only about 4 in 10 voters", "as many as
        // three-fourths of them": up to two approximating words (after "at
        // least", "as many as", "up to") before the quantity at `p`.
        let mut q = i;
        if s.is_in(i, W_AT) && s.is_in(i + 1, W_LEAST) {
            q = i + 2;
        } else if s.is_in(i, W_AS) && s.is_in(i + 1, W_MANY) && s.is_in(i + 2, W_AS) {
            q = i + 3;
        } else if s.is_in(i, W_UP) && s.is_in(i + 1, TO) {
            q = i + 2;
        }
        let mut p = q;
        while p < q + 2 && p + 1 < e && s.is_in(p, QUANT_OPEN) && !s.is_det(p) {
            p += 1;
        }
        let approx = p > i
            && p < e
            && (s.is_in(p, QUANTIFIERS)
                || p > q && s.is_in(p, W_THAN)
                || s.is_in(p, W_A)
                    && s.is_in(
                        p + 1,
                        &["dozen", "quarter", "third", "half", "majority", "handful"],
                    )
                || s.is_word(p)
                    && (s.bytes(p).first().is_some_and(u8::is_ascii_digit)
                        || s.is_number_word(p)
                        || s.bytes(p).ends_with(b"thirds")
                        || s.bytes(p).ends_with(b"quarters")
                        || s.bytes(p).ends_with(b"fourths")));
        // A lowercase head right after a conjunction or adverb opening the
        // sentence stands where a capitalized first word would ("But
        // current and former officials in the FBI have said", "And
        // engineers at the water authority said").
        let after_opener = i == self.lo + 1
            && (s.is_in(self.lo, LEAD_CONJ) || s.is_in(self.lo, LONG_SUBJECT_OPENERS));
        let opens = s.is_det(i)
            || approx
            || ((s.is_cap(i) || after_opener && s.is_word(i)) && !s.is_stop(i))
            || s.is_in(i + 1, OF)
            || s.speaker_noun(self.lx, i).is_some()
            || s.bytes(i).first().is_some_and(u8::is_ascii_digit);
        // Not an all-capitals headline ("AT LEAST 10 KILLED IN ..."), nor a
        // cue form before a possessive ("of Washington state's 44").
        // (The lowercase test first: it stops at the first lowercase
        // letter, mostly the second character, where the count of letters
        // read the whole word; asked of nearly every subject looked for.)
        let shout = |k: usize| {
            s.is_word(k)
                && !s.w(k).chars().any(char::is_lowercase)
                && s.w(k).chars().filter(|c| c.is_alphabetic()).count() > 1
        };
        // (Before the headline test below: both turn the subject down,
        // and this one mostly decides with class bits.)
        if !opens
            || s.is_pronoun(i)
            || s.is_in(i, ADV_PREPS) && !approx
            || intro_at(s, i) && !approx
            || s.bytes(i).ends_with(b"ing")
            || s.bytes(i).ends_with(b"ed")
            || self.title_case()
        {
            return None;
        }
        if shout(i) && shout(i + 1) || s.is_poss(ci + 1) {
            return None;
        }
        // A present cue form after a determiner is a noun ("for all three
        // state polls").
        // (The determiner first: the cue's word is looked up only after
        // one.)
        if e == ci
            && s.is_det(e - 1)
            && s.cue_word(self.lx, ci)
                .is_some_and(|(_, f)| matches!(f, Form::Base | Form::Third))
        {
            return None;
        }
        // A passive closing a "who" clause ("who asked not to be named
        // said").
        // So does any last word of a "whose" clause ("The officials whose
        // laws were rejected say"): a lowercase "whose" within the last six
        // words before the cue, at least two before it, with no relative
        // word or comma after it. (No passive or past is asked: the test
        // is read only where the subject's last word is an -ed word.)
        let who_passive = || {
            s.is_in(e - 2, BE) && (i..e).any(|k| s.is_in(k, &["who"]))
                || (e.saturating_sub(6).max(i + 1)..e.saturating_sub(2)).any(|k| {
                    s.bytes(k) == b"whose"
                        && !(k + 1..e).any(|j| s.is_in(j, W_THAT_WHO_WHICH) || s.is_p(j, ","))
                })
        };
        // The cue is a verb: the subject ends with a noun, not with a
        // preposition or a pronoun ("the former secretary of State", "said
        // they support").
        // A particle closing a "who/whose" clause among the last six
        // words ("whose laws were struck down say") is no function word
        // ending the subject.
        let particle_close = || {
            self.relative_particle(e - 1)
                && (e.saturating_sub(7).max(i + 1)..e - 2)
                    .any(|k| s.bytes(k) == b"who" || s.bytes(k) == b"whose")
        };
        // A contact clause's verb or stranded preposition closing the
        // subject ("The scholars I \[interviewed\] thought", "people I've
        // spoken \[with\] said").
        let contact_close = || self.stranded_prep(e) || e >= i + 3 && self.contact_pronoun(e - 2);
        if s.is_stop(e - 1) && !particle_close() && !self.stranded_prep(e)
            || s.is_pronoun(e - 1)
            || s.is_in(e - 1, ADV_PREPS) && !self.stranded_prep(e)
            || !s.is_cap(e - 1)
                && s.bytes(e - 1).ends_with(b"ed")
                && !s.is_in(e - 1, POLLED)
                && !who_passive()
                && !contact_close()
        {
            return None;
        }
        // The post-modifier opener, after a plain head of up to six words.
        // A poll or document noun also takes a participle ("A poll
        // conducted by ...", "emails released this week", "a poll out
        // Monday").
        // So does a poll's participle after its respondents ("Economists
        // polled by Reuters").
        let m = (i + 1..e.min(i + 7)).find(|&k| {
            s.is_in(k, SUBJECT_LINKS)
                || self.contact_pronoun(k)
                || s.is_in(k, DOC_PARTICIPLES)
                    && s.speaker_noun(self.lx, k - 1) == Some(crate::lexicon::NounType::Document)
                || s.is_in(k, POLLED)
                    && (s.is_in(k + 1, &["by"])
                        // "veterans interviewed at Trump rallies said":
                        // a place or time phrase after the plural's
                        // participle.
                        || s.is_in(k + 1, &["at", "in", "outside", "after", "this", "last", "on"])
                            && s.bytes(k - 1).ends_with(b"s")
                            && (!s.is_cap(k - 1) || k - 1 == i))
        })?;
        // "both/all" before a word inside the subject are determiners
        // ("Partisans on both sides", "voters in all five states"), not
        // floating quantifiers ("have all said").
        let aux = |k: usize| {
            s.is_in(k, LONG_SUBJECT_AUX)
                && !(s.is_in(k, W_BOTH_ALL)
                    && k + 1 < e
                    && s.is_word(k + 1)
                    && !s.is_in(k + 1, LONG_SUBJECT_AUX))
        };
        // A present cue form after "each/every/no/more", a possessive, a
        // number or a determiner and an adjective is a noun ("An earlier
        // report in ...", "voters in each state", "the group's plans"), and
        // so is a plural right before the cue ("Governors in more states
        // balked"). Not after a determiner alone (train +2 tp, +2 fp; dev
        // +1 fp).
        let noun = |k: usize| {
            s.cue_word(self.lx, k)
                .is_some_and(|(_, f)| matches!(f, Form::Base | Form::Third))
                && (k > i
                    && (s.is_poss(k - 1)
                        || s.is_in(k - 1, &["each", "every", "no", "more"])
                        || s.w(k - 1)
                            .chars()
                            .next()
                            .is_some_and(|c| c.is_ascii_digit())
                        // "voters in five states": a number word too.
                        || s.is_number_word(k - 1)
                        || k > i + 1
                            && s.is_det(k - 2)
                            && s.is_word(k - 1)
                            && !s.is_cap(k - 1)
                            && !s.is_stop(k - 1)
                            && s.cue_word(self.lx, k - 1).is_none())
                    || k + 1 == e && plural_s(s.bytes(k)))
        };
        // An -ing participle before the post-modifier ("Democrats trying
        // to regain ...").
        let participle =
            |k: usize| k + 1 == m && k > i && !s.is_cap(k) && s.bytes(k).ends_with(b"ing");
        // A document noun before its publication participle is a noun
        // even when it is a cue form ("A report released in September by
        // ... noted").
        let document = |k: usize| {
            k + 1 == m
                && s.is_in(m, DOC_PARTICIPLES)
                && s.speaker_noun(self.lx, k) == Some(crate::lexicon::NounType::Document)
        };
        let plain_head = (i..m).all(|k| {
            (s.is_word(k) || s.is_poss(k))
                && (s.is_cap(k)
                    || participle(k)
                    || document(k)
                    // A noun modifier between a determiner and the head
                    // ("The state officials whose ...", "A redacted copy
                    // of ..."): an -ed participle after the determiner is an
                    // adjective, but no auxiliary, "be" or irregular past
                    // other than one as often an adjective ([`ADJ_PASTS`]:
                    // "A lost hiker who ...", "A hung jury that ...", "A lay
                    // preacher who ..."), and a cue word only in its base
                    // form ("state").
                    || k > i
                        && k + 1 < m
                        && s.is_det(k - 1)
                        && s.is_word(k + 1)
                        && !s.is_stop(k + 1)
                        && !aux(k)
                        && !s.is_in(k, BE)
                        && (!s.is_in(k, IRREGULAR_PASTS) || s.is_in(k, ADJ_PASTS))
                        && s.cue_word(self.lx, k).is_none_or(|(_, f)| f == Form::Base)
                    || !(s.bytes(k).ends_with(b"ed")
                        || s.is_in(k, IRREGULAR_PASTS)
                        || aux(k)
                        || s.is_in(k, BE)
                        || s.cue_word(self.lx, k).is_some() && !noun(k)))
        });
        // No auxiliary or subject pronoun in the subject (another clause),
        // but auxiliaries inside a relative clause ("who have worked").
        // A relative clause may also close a prepositional phrase or a
        // partitive after the head ("Officials at the ministry who spoke
        // on condition of anonymity said", "Many of the delegates who
        // backed him said"): the words from its "who" on are read as a
        // relative clause's. (Only "who": a "that" after a noun phrase
        // may open a clause of its own.)
        // (Looked for only after a link that is no relative word: most
        // subjects have none.)
        let rel =
            if s.is_in(m, &["who", "that"]) || s.bytes(m) == b"whose" || self.contact_pronoun(m) {
                m
            } else {
                (m + 2..e)
                    .find(|&k| s.is_in(k, &["who"]) || self.contact_pronoun(k))
                    .unwrap_or(e)
            };
        // A contact clause opens with its subject pronoun.
        let contact = rel < e && !s.is_in(rel, &["who", "that"]) && s.bytes(rel) != b"whose";
        // "A man who police said had been drinking", "the suspect who the
        // prosecutors say fled", "Rubio, who many in the establishment had
        // backed": a "who" right before a phrase with no verb that ends at
        // the cue is the gapped object of the cue's own clause, and that
        // phrase alone is the cue's subject (`gap_relative`); "executives
        // who Trump met said" has its verb. (Only "who": a "whom" is no
        // link of the subject search, and not read here.)
        // (A word of the gap phrase: no verb form.)
        let nominal = |k: usize| {
            (s.is_word(k) || s.is_poss(k))
                && !aux(k)
                && !s.is_in(k, BE)
                && !s.is_in(k, IRREGULAR_PASTS)
                && !s.is_in(k, NOUN_PASTS)
                && (s.is_cap(k) || !(s.bytes(k).ends_with(b"ed") || s.bytes(k).ends_with(b"ing")))
        };
        if rel + 1 < e
            // A lowercase "who" (not the agency: "The WHO Africa office
            // said").
            && (s.bytes(rel) == b"who"
                // A relative "that" right after the plain head ("The
                // tanker that officials said carried ..."): the gap
                // phrase too, by `gap_relative`'s own test.
                || rel == m && super::super::boundaries::that_on_subject(self, rel))
            && (s.is_det(rel + 1)
                || s.is_cap(rel + 1)
                // A plural speaker noun ("who police said", "who officials
                // say", "who police in Ohio said"), no verb ("those who
                // advocate free speech say"): right before the cue, a
                // that-less clause's verb ("who polls show \[favour\]"),
                // "in", "at" or "from", not an -s verb before its object ("who
                // heads the agency said", "who chairs Senate Banking", "who
                // reports to the minister said").
                || s.speaker_noun(self.lx, rel + 1).is_some()
                    && (s.bytes(rel + 1).ends_with(b"s") || s.is_in(rel + 1, &["police", "people"]))
                    && (rel + 2 == e
                        || s.is_in(rel + 2, GAP_CLAUSE_VERBS)
                        || s.is_in(rel + 2, &["in", "at", "from"])))
        {
            // Its last word a name or a speaker noun, the clause's subject
            // (not a verb or an adjunct's noun: "workers who the unions
            // represent say", "Residents who Reuters spoke with by phone
            // said", "voters who Trump lost in 2020 say"). Any lowercase
            // noun ends it after a determiner when an auxiliary follows a
            // one-word cue, the gapped clause's verb ("The ship that the
            // coast \[guard\] said was sinking", "Evidence that the
            // \[defense\] said was planted"): a phrase ending in a verb
            // leaves no gap ("workers who the unions represent say they
            // are ...").
            if (rel + 1..e).all(nominal)
                && (s.is_cap(e - 1) || s.speaker_noun(self.lx, e - 1).is_some())
                || self.det_gap_phrase(rel + 1, e, ci)
            {
                return Some(Np { a: rel + 1, b: e });
            }
            // A gap phrase closed by a verb taking a that-less clause ("The
            // nurse who colleagues said \[warned\] of the risks was fired",
            // "Voters who polls show \[favour\] ..."): the cue is the
            // gapped clause's verb, and no long subject speaks.
            if e >= rel + 3
                && (rel + 1..e - 1).all(nominal)
                && (s.is_cap(e - 2) || s.speaker_noun(self.lx, e - 2).is_some())
                && s.is_word(e - 1)
                && !s.is_cap(e - 1)
                && s.is_in(e - 1, GAP_CLAUSE_VERBS)
            {
                return None;
            }
        }
        // Such a late relative clause has a word of its own past its
        // auxiliaries before those of the cue (not "an adviser to the
        // campaign who has long \[dismissed\]": the cue is the clause's own
        // verb); else it is read as before.
        let rel = if rel > m
            && !(rel + 1..e).any(|k| {
                s.is_word(k)
                    && !aux(k)
                    && !s.is_in(k, &["long", "not", "never"])
                    && !super::super::super::speaker::ly_adverb(s, k)
            }) {
            e
        } else {
            rel
        };
        // A "whose" clause has a verb of its own before the cue's
        // auxiliaries ("whose shares fell 5 percent said", "whose economies
        // rely on oil warned": a word before a preposition), else the cue
        // is its verb ("The hacker whose mischief first \[revealed\]").
        if rel < e
            && s.bytes(rel) == b"whose"
            && !(rel + 2..e).any(|k| {
                s.is_word(k)
                    && !s.is_cap(k)
                    && (aux(k)
                        || s.is_in(k, SUBJECT_LINKS) && k > rel + 2
                        || s.is_in(k, BE)
                        || s.is_in(k, IRREGULAR_PASTS)
                        || s.bytes(k).ends_with(b"ed")
                        || s.cue_word(self.lx, k).is_some())
            })
        {
            return None;
        }
        let relative = |k: usize| k >= rel;
        // A "who" clause may hold "not" and "be" ("officials who were not
        // authorized to speak publicly", "a neighbour who did not want to
        // be named"), but no subject pronoun of its own.
        let who = rel < e && (s.is_in(rel, &["who"]) || s.bytes(rel) == b"whose");
        // "state"/"State" after a determiner and before a capitalized
        // word, a possessive or a lowercase content word is the noun of a
        // name or a compound in the post-modifier ("Smith of the State
        // Department", "Price of the state police", "an aide of the
        // state's attorney general"), not the verb of saying.
        let state_noun = |k: usize| {
            k > m
                && s.is_in(k, W_STATE_STATES)
                && s.is_det(k - 1)
                && k + 1 < e
                && (s.is_poss(k + 1)
                    || s.is_word(k + 1) && !s.is_stop(k + 1) && (s.is_cap(k + 1) || !s.is_cap(k)))
        };
        // (A closure: the walk over the post-modifier, with up to two cue
        // lookups a word, is made last, once the cheap tests below hold.)
        let clean = || {
            (m..e).all(|k| {
                (s.is_word(k)
                    || s.is_poss(k)
                    || s.is_p(k, ",")
                    // A party's or agency's short mark in parentheses
                    // ("... Control and Prevention (CDC) Director X").
                    || crate::attribution::speaker::caps_paren_tok(s, i, k, e)
                    // The stop of a former holder's title abbreviation
                    // ("An aide to then-Pres. Barack Obama said").
                    || crate::attribution::speaker::hyphen_title_stop(s, k))
                    && !self.in_quote(k)
                    && !(s.is_in(k, SUBJECT_BREAKS)
                        && !(who && relative(k) && (s.is_in(k, BE) || s.is_in(k, &["not", "never"])))
                        && !(contact && k == rel))
                    // ", but ...": a second clause, not a post-modifier.
                    && !(s.is_p(k, ",") && s.is_in(k + 1, &["but", "while", "whereas"]))
                    // "found that ...": the clause of another cue ("A survey
                    // released Monday found that most owners want").
                    && !(s.is_in(k, THAT) && s.cue_word(self.lx, k - 1).is_some())
                    && (relative(k)
                        || !aux(k)
                            && (noun(k)
                                || state_noun(k)
                                || s.cue_word(self.lx, k).is_none_or(|(c, f)| {
                                    self.lx.cue(c).class != "say" && (f != Form::Third || s.is_cap(k))
                                })))
            })
        };
        // A partitive takes its head from the phrase after "of".
        let head_end = if s.is_in(m, OF) && (m == i + 1 || approx && m <= p + 2) {
            e
        } else {
            m
        };
        let has_head = (i..head_end).any(|k| {
            s.is_cap(k)
                || k == i && after_opener
                || s.speaker_noun(self.lx, k).is_some()
                || s.bytes(k).first().is_some_and(u8::is_ascii_digit)
        });
        (!s.is_p(e - 1, ",") && has_head && plain_head && clean()).then_some(Np { a: i, b: e })
    }
}
