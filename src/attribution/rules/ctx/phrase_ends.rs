//! Rule context, the ends of speaker and object phrases: names, objects,
//! occasions ("at a news conference"), "to" phrases, title case and
//! quantities, clause starts and lowercase cues, as methods of [`Ctx`].

use super::*;

impl<'a, 'b> Ctx<'a, 'b> {
    /// The end of the object of a naming cue from token `i` (content end
    /// `end`): right after its first quote when "and", "but", a comma or a
    /// dash and then a verb phrase or clause follow it (`called the merger
    /// "a terrible deal" and ranked ...`, `called Cruz the "ultimate
    /// hypocrite," linking to ...`), not a second object (`a "new low" and
    /// a "bizarre attempt"`).
    pub(in crate::attribution::rules) fn named_end(&self, i: usize, end: usize) -> usize {
        let s = self.s;
        if i >= end || end > self.n() {
            return end;
        }
        let a = s.toks[i].start;
        let b = s.toks[end - 1].end;
        let k = self.quotes.partition_point(|q| q.open < a);
        let Some(q) = self.quotes.get(k).filter(|q| q.closed && q.close_end <= b) else {
            return end;
        };
        let r = s.tok_at(q.close_end);
        let inner_comma = s.text[q.start..q.end].trim_end().ends_with(',');
        // What follows opens a new verb phrase or clause: a pronoun, a
        // participle or a past form ("and ranked", "linking to", "and he").
        let verbal = |j: usize| {
            j < end
                && (s.is_pronoun(j)
                    || s.is_in(j, &["his", "her", "their", "its", "but"])
                    || s.is_word(j)
                        && !s.is_cap(j)
                        && (s.bytes(j).ends_with(b"ing") || s.bytes(j).ends_with(b"ed")))
        };
        let sep = s.is_in(r, &["and", "but"])
            || s.is_p(r, ",")
            || s.is_p(r, "-")
            || s.is_p(r, "—")
            || s.is_p(r, "–");
        let cut = r < end && (sep && verbal(r + 1) || inner_comma && verbal(r));
        if cut {
            r
        } else {
            end
        }
    }

    /// The end of an object phrase from token `i` (content end `end`): at
    /// a comma, dash or colon, or an adverbial conjunction or preposition
    /// outside quotes ("endorsed Cruz \[,\] urging ...", "criticized the
    /// plan \[during\] a debate").
    pub(in crate::attribution::rules) fn object_end(&self, i: usize, end: usize) -> usize {
        let s = self.s;
        // Whether a list comma was passed: a comma before "and/or" then
        // closes the list ("GOP voters, lawmakers, and thinkers for ...").
        let mut listed = false;
        (i + 1..end)
            .find(|&k| {
                let list = s.is_p(k, ",")
                    && (self.list_comma(k, end) || listed && s.is_in(k + 1, W_AND_OR));
                listed |= list;
                // (The token's own tests first, the quote search, a binary
                // search over the document's quotes, only for a token that
                // would end the object: it ran for every token.)
                // "criticized Cruz, especially his plan", "slammed the
                // plan as too vague": the object goes on.
                (s.is_p(k, ",") && !s.is_in(k + 1, &["including", "especially"]) && !list
                    || s.is_p(k, ":")
                    || s.is_p(k, "(")
                    // "Briggs (who endorses Smith\[)\] spoke": the close of a
                    // parenthesis opened before the object.
                    || s.is_p(k, ")")
                    || s.is_p(k, "-")
                    || s.is_p(k, "--")
                    || s.is_p(k, "—")
                    || s.is_p(k, "–")
                    || s.is_in(k, OBJECT_STOPS) && !s.is_in(k, W_AS)
                    || self.object_time_end(i, k, end)
                    // "asked for a photo \[and Clinton said\] ...",
                    // "accused Obama of ... \[and Donald Trump says\] ...":
                    // a new clause of another speaker.
                    || s.is_in(k, AND) && self.speaker_clause_at(k + 1, end)
                    // "endorses Trump \[and whom\] Trump ...": a second
                    // relative clause of the speaker, no part of the object
                    // (where the object holds no relative of its own: "those
                    // who planned and who carried out the attack").
                    || s.is_in(k, AND)
                        && s.is_in(k + 1, OBJECT_RELATIVES)
                        && !(i..k).any(|w| s.is_in(w, OBJECT_RELATIVES)))
                    && !self.in_quote(k)
            })
            // "condemned the tax even though ...": "even" opens the clause.
            .map(|k| {
                if k > i + 1 && s.is_in(k - 1, W_EVEN) {
                    k - 1
                } else {
                    k
                }
            })
            .unwrap_or(end)
    }

    /// The end of an object phrase from token `i` (content end `end`)
    /// before a phrase of the occasion or medium it was spoken at or in
    /// ([`Ctx::occasion_at`]): "at", "in", "on" or "during", then a
    /// determiner ("a", "an", "another", "this", a possessive pronoun; "the"
    /// or a possessive name only before an [`OCCASION_EVENTS`] noun or
    /// after "during") and up to five more words ending in an
    /// [`OCCASION_NOUNS`] noun ("thanked supporters \[at a rally\] in
    /// Ohio", "praised Trump \[in a statement\]", "endorsed Cruz \[at a
    /// news conference\] Monday"), or "on" and a medium ("mocked the plan
    /// \[on Twitter\]"), or a bare plural ("\[in statements\]"). The
    /// noun must end the phrase ([`Ctx::occasion_ends`]: "curbs on
    /// Facebook's data", "a ban on Twitter bots" go on). Also "on (the)
    /// condition of anonymity", the terms the source spoke on, whatever
    /// follows it but "as" within three tokens (the object's complement:
    /// "described the talks on condition of anonymity as tense" goes on;
    /// not an "as" that opens a clause, [`Ctx::as_clause`]: "as they were
    /// not authorized to speak publicly" is cut);
    /// a comma and "and/or" before it are cut too ("confirmed the talks
    /// \[and, on condition of anonymity, ...\]"). Not with "the"
    /// before other nouns (the phrase then mostly tells which thing the
    /// object is: "the language in the letter"), not after a participle
    /// that the phrase belongs to ("the claims made in an interview",
    /// "comments he gave at a rally"), and not after "that", "who" or
    /// "which" in the object or in an object that is a wh-clause (the
    /// phrase is then the inner verb's: "cited reports that he said in a
    /// call ..."). Looked for in the object's first 16 tokens (an object
    /// phrase with an occasion is short; a longer content is mostly a
    /// clause). `end` when there is none.
    pub(in crate::attribution::rules) fn occasion_end(&self, i: usize, end: usize) -> usize {
        let s = self.s;
        if i >= end || s.is_in(i, &OCCASION_WH) {
            return end;
        }
        // (The prepositions and relatives by their set bits, the tokens
        // between them skipped in one scan: most objects have neither.)
        let inner = W_THAT_WHO_WHICH.bit();
        let preps = W_IN_ON.bit() | W_AT.bit();
        let last = end.min(i + 16);
        let mut k = i + 1;
        while k < last {
            k = s.next_punct_or_in(k, last, inner | preps | OBJECT_STOPS.bit());
            if k >= last {
                break;
            }
            if s.in_sets(k, inner) {
                return end;
            }
            if (s.in_sets(k, preps) || s.is_in(k, &["during"]))
                && !self.after_participle(k)
                && !self.in_quote(k)
            {
                if let Some(cut) = self.occasion_at(i, k, end) {
                    return cut;
                }
            }
            k += 1;
        }
        end
    }

    /// Whether "as" at token `m` opens a clause of reason or time, no
    /// complement of the object ("as they were not authorized to speak",
    /// "as the talks were secret"): a subject pronoun after it, or a
    /// phrase of up to three words (a determiner or a capitalized word
    /// first) and a finite form (`finite_form`, or a modal) after it.
    fn as_clause(&self, m: usize, end: usize) -> bool {
        let s = self.s;
        let j = m + 1;
        j < end
            && (s.is_pronoun(j) && !s.is_in(j, &["it"])
                || s.is_in(j, &["it"]) && finite_form(s, j + 1)
                || (s.is_det(j) || s.is_word(j) && s.is_cap(j))
                    && (j + 1..end.min(j + 5))
                        .take_while(|&q| s.is_word(q))
                        .any(|q| finite_form(s, q) || !s.is_cap(q) && s.is_in(q, W_DO_MODALS)))
    }

    /// [`Ctx::occasion_end`]'s test of the phrase opening with the
    /// preposition at token `k`: the object's new end, or `None`.
    fn occasion_at(&self, i: usize, k: usize, end: usize) -> Option<usize> {
        let s = self.s;
        // "supports Sanders and in a statement praised him": the
        // conjunction goes with the new phrase.
        let cut = if k > i + 1 && s.is_in(k - 1, W_AND_OR) {
            k - 1
        } else {
            k
        };
        // "discussed the talks on condition of anonymity": the terms the
        // source spoke on are no part of the object (not other conditions:
        // "offered talks on condition that sanctions are lifted", "blamed
        // the delay on the condition of the runway").
        // Not when "as" follows within three tokens (the object's
        // complement goes on, as in [`Ctx::occasion_ends`]: "described the
        // talks on condition of anonymity as tense"; not an "as" that opens
        // a clause, "as they were not authorized"); a comma and "and/or"
        // before "on" stay out of the object ("confirmed the talks and, on
        // condition of anonymity, described them ..." gives "the talks").
        if s.is_in(k, &["on"]) {
            let c = k + 1 + usize::from(s.is_in(k + 1, &["the"]));
            if s.is_in(c, &["condition"])
                && s.is_in(c + 1, &["of"])
                && s.is_in(c + 2, &["anonymity"])
            {
                if (c + 3..end.min(c + 6)).any(|m| s.is_in(m, &["as"]) && !self.as_clause(m, end)) {
                    return None;
                }
                let mut cut = k;
                while cut > i + 1 && (s.is_p(cut - 1, ",") || s.is_in(cut - 1, W_AND_OR)) {
                    cut -= 1;
                }
                return Some(cut);
            }
        }
        // A medium or a plural occasion with no determiner: "on Twitter",
        // "in statements".
        if s.is_in(k, &["on"]) && s.is_in(k + 1, &OCCASION_MEDIA)
            || s.is_in(k + 1, &OCCASION_NOUNS)
                && s.w(k + 1).ends_with('s')
                && !s.w(k + 1).ends_with("ss")
        {
            return self.occasion_ends(k + 1, end).then_some(cut);
        }
        // "the" or a possessive name only before an event or after
        // "during" ("during the debate", "at Saturday's rally"; not "the
        // figures in the report").
        let (first, the) = if s.is_in(k + 1, &OCCASION_DETS) {
            (k + 2, false)
        } else if s.is_in(k + 1, &["the"]) {
            (k + 2, true)
        } else if s.is_word(k + 1) && s.is_poss(k + 2) {
            (k + 3, true)
        } else {
            return None;
        };
        let events_only = the && !s.is_in(k, &["during"]);
        for j in first..end.min(k + 7) {
            if !(s.is_word(j) || s.is_poss(j)) || s.is_in(j, &OCCASION_BREAKS) {
                return None;
            }
            if s.is_in(j, &OCCASION_NOUNS)
                && (!events_only || s.is_in(j, &OCCASION_EVENTS))
                && self.occasion_ends(j, end)
            {
                return Some(cut);
            }
        }
        None
    }

    /// Whether the occasion noun at token `j` ends its phrase
    /// ([`Ctx::occasion_end`]): punctuation, the content's end `end`, a
    /// preposition, a subordinator, a time word or a participle after it
    /// ("at a rally in Ohio", "in an interview published Monday"), and no
    /// "as", "that", "if", "whether" or "of" within three tokens (the
    /// object's complement goes on: "described the group during an
    /// interview as ..."), and no "by" or "from" right after it (a source
    /// that says which object it is: "disputed the findings in a report
    /// by Hindenburg Research").
    fn occasion_ends(&self, j: usize, end: usize) -> bool {
        let s = self.s;
        let n = j + 1;
        let ends = n >= end
            || !s.is_word(n) && !s.is_poss(n)
            || s.is_in(n, &OCCASION_BREAKS) && !s.is_in(n, W_AND_OR)
            || s.is_in(n, &["when", "while", "after", "before", "where"])
            || s.is_in(n, DAYS)
            || s.is_in(n, TIME_ADVERBS)
            || s.is_in(n, TIME_DET)
            || s.is_word(n) && !s.is_cap(n) && (s.w(n).ends_with("ed") || s.w(n).ends_with("ing"));
        ends && !(n..end.min(j + 4)).any(|m| s.is_in(m, &["as", "that", "if", "whether", "of"]))
            // "the findings in a report by Hindenburg Research", "the
            // allegations in a letter from shareholders": "by/from" and a
            // source say which object it is.
            && !(n < end && s.is_in(n, &["by", "from"]) && self.source_at(n + 1, end))
    }

    /// Whether a source opens at token `j` (before `end`): within three
    /// words past a determiner or modifiers, a capitalized word or a
    /// speaker noun, or a singular whose plural is one ("by Hindenburg
    /// Research", "by the regulator", "from
    /// shareholders"; not "from its headquarters", "by the river").
    fn source_at(&self, j: usize, end: usize) -> bool {
        let s = self.s;
        for m in j..end.min(j + 3) {
            if !s.is_word(m) {
                return false;
            }
            // (A singular by its plural too: the nouns list has
            // "regulators", not "regulator".)
            if s.is_cap(m) || s.speaker_noun(self.lx, m).is_some() || self.plural_is_speaker(s.w(m))
            {
                return true;
            }
        }
        false
    }

    /// Whether `w + "s"` is a speaker noun ("regulator" as "regulators"),
    /// spelled in a buffer on the stack: no allocation (a word of 31 bytes
    /// or more is none).
    fn plural_is_speaker(&self, w: &str) -> bool {
        let mut buf = [0u8; 32];
        let b = w.as_bytes();
        if w.ends_with('s') || b.len() >= buf.len() {
            return false;
        }
        buf[..b.len()].copy_from_slice(b);
        buf[b.len()] = b's';
        std::str::from_utf8(&buf[..=b.len()]).is_ok_and(|p| self.lx.speaker_noun(p).is_some())
    }

    /// Whether the word before token `k` is a participle or a past verb
    /// that a phrase at `k` belongs to ("the claims made in an interview",
    /// "comments he gave at a rally", "testimony given at the hearing").
    fn after_participle(&self, k: usize) -> bool {
        let s = self.s;
        k > 0
            && s.is_word(k - 1)
            && !s.is_cap(k - 1)
            && (s.w(k - 1).ends_with("ed") || s.is_in(k - 1, &OCCASION_PAST))
    }

    /// Whether a time adverbial opening at token `k` ends the object
    /// noun phrase that starts at token `i`: "endorsed Cruz Wednesday",
    /// "backed Trump last week", "endorsed Sanders in early June". Only
    /// after a short plain object (no "for/of/with ..." complement:
    /// "attacked Trump for comments made this week" goes on), and not
    /// before a participle or a relative that still belongs to it ("an
    /// open letter Monday making it clear ...", "the announcement last
    /// year that ..."). Not a possessive ("Tuesday's vote").
    fn object_time_end(&self, i: usize, k: usize, end: usize) -> bool {
        let s = self.s;
        if k > i + 4 || k == i + 1 && !s.is_cap(i) {
            return false;
        }
        if (i..k).any(|j| !s.is_word(j) || s.is_stop(j) && !s.is_det(j)) {
            return false;
        }
        let poss = |j: usize| j + 1 < end && s.is_poss(j + 1);
        let month_or_year = |j: usize| {
            s.is_in(j, TIME_NOUNS) && !s.is_in(j, &["time", "may", "fall", "march"])
                || s.is_in(j, &["may", "march"]) && s.is_cap(j)
                || s.is_word(j)
                    && s.w(j).len() == 4
                    && s.w(j).starts_with(['1', '2'])
                    && s.w(j).chars().all(|c| c.is_ascii_digit())
        };
        let e = if s.is_in(k, DAYS) && !poss(k) {
            k + 1
        } else if s.is_in(k, &["last", "this", "next"])
            && s.is_in(k + 1, TIME_UNITS)
            && !poss(k + 1)
        {
            k + 2
        } else if s.is_in(k, &["in", "on"]) {
            let j = if s.is_in(k + 1, &["early", "late", "mid"]) {
                k + 2
            } else {
                k + 1
            };
            if (s.is_in(j, DAYS) || month_or_year(j)) && !poss(j) {
                j + 1
            } else {
                return false;
            }
        } else {
            return false;
        };
        // "Tuesday night", "June 5": the rest of the time phrase.
        let e = if e < end
            && (s.is_in(e, TIME_NOUNS)
                || s.is_word(e) && s.w(e).starts_with(|c: char| c.is_ascii_digit()))
        {
            e + 1
        } else {
            e
        };
        !(e < end
            && s.is_word(e)
            && !s.is_cap(e)
            && (s.bytes(e).ends_with(b"ing")
                || s.bytes(e).ends_with(b"ed")
                || s.is_in(e, &["that", "which", "who", "to"])))
    }

    /// Whether the comma at `k` separates items of a list: up to six
    /// words, then another comma or "and"/"or" ("Obama, Clinton and Biden").
    fn list_comma(&self, k: usize, end: usize) -> bool {
        let s = self.s;
        (k + 2..end.min(k + 8))
            .find(|&j| !(s.is_word(j) || s.is_poss(j)) || s.is_in(j, W_AND_OR))
            .is_some_and(|j| s.is_p(j, ",") || s.is_in(j, W_AND_OR))
    }

    /// End of a to-infinitive stance starting at token `i` (at most
    /// `end`): a dash, a comma before a determiner, or a conjunction of the
    /// main clause, outside quotes ("pledged to repeal the law - a first",
    /// "vowed to stay despite the loss"). Not a comma before a participle:
    /// "to deploy missiles to the region, bordering Poland, ...".
    pub(in crate::attribution::rules) fn to_end(&self, i: usize, end: usize) -> usize {
        let s = self.s;
        (i + 1..end)
            // (The quote search only for a token that would end the
            // stance.)
            .find(|&k| {
                (s.is_p(k, "—")
                    || s.is_p(k, "–")
                    || s.is_p(k, "--")
                    || s.is_p(k, "-") && s.toks[k - 1].end < s.toks[k].start
                    || s.is_p(k, ",")
                        && s.is_in(k + 1, &["the", "a", "an", "his", "her", "their", "its"])
                    || s.is_in(k, STANCE_ENDS))
                    && !self.in_quote(k)
            })
            .unwrap_or(end)
    }

    /// An inverted speaker after `"...," said`: a determiner and up to four
    /// words, ending at punctuation ("said the 46-year-old").
    pub(in crate::attribution::rules) fn plain_forward(&self, i: usize) -> Option<Np> {
        let s = self.s;
        // `"...," said another.`, `"...," said one.`: a lone pronoun of a
        // group of speakers ending the sentence.
        if s.is_in(i, &["another", "one"])
            && (i + 1 >= self.n() || s.is_p(i + 1, ".") || s.is_p(i + 1, ","))
        {
            return Some(Np { a: i, b: i + 1 });
        }
        if !s.is_in(i, &["the", "a", "an", "one"]) {
            return None;
        }
        let mut e = i + 1;
        // "said one of those advisers": a partitive after "one".
        if s.is_in(i, W_ONE) && s.is_in(e, OF) {
            e += 1;
            if s.is_in(
                e,
                &["the", "those", "these", "his", "her", "their", "its", "our"],
            ) {
                e += 1;
            }
        }
        while e < self.n() && e < i + 6 && s.is_word(e) && !s.is_stop(e) {
            e += 1;
        }
        // The phrase ends at punctuation, a relative clause or a
        // prepositional post-modifier ("said one owner of a shop that
        // sells ...", "said one of two witnesses who relayed ...").
        (e > i + 1
            && (e >= self.n()
                || s.is_punct(e)
                || s.is_in(
                    e,
                    &["who", "whose", "that", "of", "at", "from", "in", "with"],
                )))
        .then_some(Np { a: i, b: e })
    }

    /// Whether most words of the sentence are capitalized (a headline).
    /// Headlines are short: a long run of capitalized words is a list of
    /// names, not a headline (and checking stays constant per cue).
    pub(in crate::attribution::rules) fn title_case(&self) -> bool {
        *self.title.get_or_init(|| self.title_case_scan())
    }

    /// [`Ctx::title_case`] by a pass over the tokens.
    fn title_case_scan(&self) -> bool {
        let s = self.s;
        if self.n() - self.lo > MAX_HEADLINE_TOKENS {
            return false;
        }
        // Words and capitalized words of more than three bytes, in one
        // pass over the tokens (lengths from the token spans).
        let (mut words, mut caps) = (0usize, 0usize);
        for i in self.lo..self.n() {
            let t = s.toks[i];
            if !s.is_word(i) {
                continue;
            }
            let len = t.end - t.start;
            let cap = s.is_cap(i);
            // A long lowercase word ("agreed", "announced") marks a
            // sentence full of names, not a title-case headline ("Iowa
            // State University's Dianne Bystrom agreed.").
            if !cap && len >= 6 {
                return false;
            }
            if len > 3 {
                words += 1;
                caps += cap as usize;
            }
        }
        words > 0 && caps * 10 >= words * 7
    }

    /// Whether token `i` is a number or a quantity word ("about half").
    pub(in crate::attribution::rules) fn quantity_next(&self, i: usize) -> bool {
        let s = self.s;
        s.is_word(i) && s.bytes(i).first().is_some_and(u8::is_ascii_digit)
            || s.is_in(
                i,
                &[
                    "half", "a", "one", "two", "three", "four", "five", "six", "seven", "eight",
                    "nine", "ten", "twice", "as",
                ],
            )
    }

    /// Whether a quantity opens at token `i`: "at least/most", or
    /// "about/around/up to" before a number ("at least 12 people",
    /// "about 40", "up to 300").
    pub(in crate::attribution::rules) fn quantity_opener(&self, i: usize) -> bool {
        let s = self.s;
        let number = |k: usize| {
            k < self.n()
                && s.is_word(k)
                && (s.bytes(k).first().is_some_and(u8::is_ascii_digit)
                    || super::super::super::speaker::is_number_word(&s.w(k).to_ascii_lowercase()))
        };
        s.is_in(i, W_AT) && s.is_in(i + 1, &["least", "most"]) && i + 2 < self.n()
            || s.is_in(i, W_ABOUT_AROUND) && number(i + 1)
            || s.is_in(i, W_UP) && s.is_in(i + 1, TO) && number(i + 2)
    }

    /// Whether token `i` can open a reported clause that has no "that":
    /// a pronoun, a determiner, a name, a number or a quotation mark.
    pub(in crate::attribution::rules) fn clause_start(&self, i: usize) -> bool {
        let s = self.s;
        s.is_pronoun(i)
            || s.is_cap(i)
            || s.is_quote_mark(i)
            || s.is_p(i, ":")
            || s.is_word(i) && s.bytes(i).first().is_some_and(u8::is_ascii_digit)
            || s.is_det(i)
            || s.is_in(i, CLAUSE_OPENERS)
    }

    /// Whether lowercase token `i` is, as a whole, a cue match for which
    /// `keep` holds.
    pub(super) fn lower_cue_is(
        &self,
        i: usize,
        keep: impl Fn(&crate::lexicon::CueMatch) -> bool,
    ) -> bool {
        if !self.s.is_word(i) || self.s.is_cap(i) {
            return false;
        }
        // A token that is a whole cue form is a form of one word, so it has
        // a `Sent::cue_word` (the lexicon's word map holds every form with
        // no space, the token's table bits every ASCII one): most words
        // asked about (after a comma in a content) have none, and the scan
        // is made only for the others.
        let Some((cue, form)) = self.s.cue_word(self.lx, i) else {
            return false;
        };
        // A plain word after a space is the one cue match the scan would
        // find in it: that form, whose lemma and form `cue_word` gave (no
        // scan, no vector for its match).
        let t = self.s.toks[i];
        if plain_word_after_space(self.s.text.as_bytes(), t) {
            let m = crate::lexicon::CueMatch {
                start: t.start,
                end: t.end,
                cue,
                form,
                tok: crate::lexicon::CueMatch::NO_TOK,
            };
            return keep(&m);
        }
        self.lower_cue_scan(i, keep)
    }

    /// [`Ctx::lower_cue_is`] past its tests of the token: the lexicon's
    /// scan of the token's text (a vector for its matches).
    pub(super) fn lower_cue_scan(
        &self,
        i: usize,
        keep: impl Fn(&crate::lexicon::CueMatch) -> bool,
    ) -> bool {
        let t = self.s.toks[i];
        let mut m = Vec::new();
        self.lx.find_cues(self.s.text, t.start, t.end, &mut m);
        m.iter()
            .any(|c| c.start == t.start && c.end == t.end && keep(c))
    }

    /// Whether token `i` is a lowercase past form of a cue ("found").
    pub(in crate::attribution::rules) fn is_past_cue(&self, i: usize) -> bool {
        self.lower_cue_is(i, |c| c.form == Form::Past)
    }

    /// Whether token `i` is the -ing form of a cue ("saying", "calling").
    pub(in crate::attribution::rules) fn is_cue_participle(&self, i: usize) -> bool {
        self.lower_cue_is(i, |c| {
            c.form == Form::Ing && self.lx.cue(c.cue).class != "appear"
        })
    }

    /// Token `k` opens the clause of a that-frame: "that", a subject
    /// pronoun, "why/how/whether".
    #[inline]
    pub(in crate::attribution::rules) fn opens_that_clause(&self, k: usize) -> bool {
        let s = self.s;
        s.is_in(k, THAT) || s.is_in(k, W_SUBJ_PRONOUNS) || s.is_in(k, &["why", "how", "whether"])
    }
}

/// Relative words that open a second relative clause after "and"
/// ([`Ctx::object_end`]: "endorses Trump and whom critics call aloof").
const OBJECT_RELATIVES: &[&str] = &["who", "whom", "which", "whose"];
