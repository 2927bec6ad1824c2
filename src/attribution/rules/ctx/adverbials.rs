//! Rule context, adverbials: skipping the adverbials and sentence adverbs
//! between a cue and what follows it ("said on Tuesday that", "said,
//! however, that"), as methods of [`Ctx`].

use super::*;

/// Prepositions that may carry an adjunct after a cue on to a "that"
/// ("said in remarks carried by the agency that", "told reporters on his
/// flight back from Baku that"; [`Ctx::skip_adverbials`]). Not those that
/// open a clause ("after Ted Cruz blamed the network for ...", "while",
/// "when", "before", "following").
const CHAIN_PREPS: &[&str] = &[
    "by", "from", "via", "through", "outside", "inside", "during", "for", "about", "over",
];

/// Common -s verbs of a relative clause on an occasion or a period ("the
/// festival that opens on Friday", "the quarter that ends in June"), which
/// the lexicon of cues does not hold ([`Ctx::that_closes`]).
const S_VERBS: &[&str] = &[
    "opens", "ends", "begins", "starts", "runs", "closes", "lasts", "includes", "covers", "marks",
    "follows", "comes", "takes", "holds", "brings", "features",
];

impl<'a, 'b> Ctx<'a, 'b> {
    /// Whether the -ly adverb at token `i` after a cue modifies the
    /// participle after it, which a bare noun follows, and opens the
    /// content's subject, not an adverb of the saying: "said recently
    /// released figures showed ...", "told reporters publicly owned firms
    /// ..." (not "said recently that ...", "said repeatedly the plan ...",
    /// "said privately he was worried").
    fn ly_modifier(&self, i: usize) -> bool {
        let s = self.s;
        ly_adverb(s, i)
            && s.is_word(i + 1)
            && !s.is_cap(i + 1)
            && (s.bytes(i + 1).ends_with(b"ed") || s.is_in(i + 1, IRREGULAR_PASTS))
            && s.is_word(i + 2)
            && !s.is_cap(i + 2)
            && !s.is_stop(i + 2)
            && !s.is_det(i + 2)
            && !s.is_pronoun(i + 2)
    }

    /// Skips adverbials (weekdays, short prepositional phrases) from `i`.
    /// (The search's quick exit in line: most searches stop at their first
    /// token, a word or mark that opens no adverbial, and the out-of-line
    /// search is called only for the others.)
    #[inline(always)]
    pub(in crate::attribution::rules) fn skip_adverbials(&self, i: usize) -> usize {
        if !self.opens_adverbial(i) {
            return i;
        }
        self.skip_adverbials_with(i, true)
    }

    /// Whether token `i` may open one of the steps of
    /// [`Ctx::skip_adverbials`]: a word of one of their sets or a comma
    /// (past the sentence's end, none). The search stops at any other
    /// token.
    #[inline(always)]
    fn opens_adverbial(&self, i: usize) -> bool {
        let s = self.s;
        i < self.n() && (s.in_sets(i, ADVERBIAL_OPENS) || s.is_p(i, ","))
    }

    /// [`Ctx::skip_adverbials`]; with `quick`, a token that opens none of
    /// its steps ends the search at one mask test (`false`: every step's
    /// own tests, for the unit test that compares the two).
    pub(super) fn skip_adverbials_with(&self, mut i: usize, quick: bool) -> usize {
        let s = self.s;
        let n = self.n();
        let mut guard = 0;
        // Every step below starts at a word of `ADVERBIAL_OPENS` or at a
        // comma; at any other token (most cues go on with "that", a name
        // or a pronoun) the adverbials end there, found with one test.
        while i < n && guard < 4 {
            if quick && !self.opens_adverbial(i) {
                break;
            }
            guard += 1;
            // "this", "last", "late", "early" only before a time word
            // ("said this week"; not "think this plan is").
            let time_det = s.is_in(i, TIME_DET);
            // "insists this time is different": the subject of the clause.
            let subject =
                time_det && i + 2 < n && (s.is_aux_like(i + 2) || s.is_in(i + 2, W_DO_MODALS));
            if subject || self.ly_modifier(i) {
                break;
            }
            if (s.is_in(i, DAYS) || s.is_in(i, TIME_ADVERBS))
                && !s.is_poss(i + 1)
                && (!time_det || s.is_in(i + 1, DAYS) || s.is_in(i + 1, TIME_NOUNS))
            {
                // "last week", "this month", "last spring", "this time",
                // "last quarter" (not a modal "may": "said this may hurt");
                // not a possessive time phrase opening the clause ("said
                // last week's vote was rigged").
                let noun = i + 1 < n
                    && (s.is_in(i + 1, W_TIME_OF_DAY)
                        || time_det
                            && s.is_in(i + 1, TIME_NOUNS)
                            && (s.is_cap(i + 1) || !s.is_in(i + 1, &["may", "march"])));
                if noun && s.is_poss(i + 2) {
                    break;
                }
                i += if noun { 2 } else { 1 };
                continue;
            }
            // "said late on Tuesday (that)", "early on Friday": the time
            // word before "on" and a day.
            if time_det
                && i + 2 < n
                && s.is_in(i, &["late", "early"])
                && s.is_in(i + 1, W_ON)
                && s.is_in(i + 2, DAYS)
            {
                i += 1;
                continue;
            }
            if time_det {
                break;
            }
            // "said at least 12 people died", "said about 40 were hurt",
            // "said up to 300 homes": a quantity opening the clause, not a
            // prepositional adjunct.
            if self.quantity_opener(i) {
                break;
            }
            // ", in reference to her first child, \"...\"": a prepositional
            // phrase between commas right before a quote.
            let comma_pp = i > 0
                && s.is_p(i, ",")
                && s.is_in(i + 1, ADV_PREPS)
                && !(s.is_in(i + 1, TO) && self.is_infinitive(i + 1));
            if comma_pp || s.is_in(i, ADV_PREPS) && !(s.is_in(i, TO) && self.is_infinitive(i)) {
                let start = i;
                if comma_pp {
                    i += 1;
                }
                let mut k = i + 1;
                let mut words = 0;
                // Whether a day or a statement noun closed the phrase before
                // the subject of the clause ("said on Monday the sanctions
                // were illegal", "said in a statement the plan").
                let mut headed = false;
                // The words of names after their first.
                let mut named = 0;
                // (Asked of the phrase's first word at every step below.)
                let in_at = s.is_in(i, &["in", "at"]);
                // Whether a second preposition other than "of/with/to/on/
                // at/in" carried the phrase on ("said in remarks carried by
                // the RIA news agency that", "told reporters on his flight
                // back from Baku that"): such a phrase counts only before
                // "that", and may then run to eight words.
                let mut chained = false;
                while k < n && (words < 7 || chained && words < 8) {
                    // (The class bits of token `k` first: the noun list of
                    // token `k - 1` is compared word by word.)
                    if words > 0
                        && (s.is_det(k) && !s.is_in(k, THAT)
                            || s.is_pronoun(k) && !s.is_in(k, W_IT)
                            || s.is_cap(k) && !s.is_in(k, DAYS))
                        && (s.is_in(k - 1, DAYS) && k == i + 2
                            || words >= 2 && s.is_in(k - 1, ADJUNCT_NOUNS))
                    {
                        headed = true;
                        break;
                    }
                    // A place name closes the phrase before the subject of
                    // the clause ("told reporters in Canberra the
                    // government would ...", "said at Fenway Park the team
                    // ...").
                    if words > 0
                        && in_at
                        && (i + 1..k).all(|j| s.is_cap(j))
                        && (s.is_det(k) && !s.is_in(k, THAT)
                            || s.is_pronoun(k) && !s.is_in(k, W_IT))
                    {
                        headed = true;
                        break;
                    }
                    // "said in a note to clients that ...": "to" and a
                    // plural before "that" are no infinitive.
                    // So are "to" and a plural noun or a body before the
                    // clause end, a comma or another preposition ("said in
                    // a speech to supporters.", "in a statement to
                    // parliament on Monday"): verbs seldom end in a single
                    // "s" ("to focus", "to discuss" do not count), nor are
                    // plurals with no -s.
                    let plural =
                        |w: &[u8]| plural_s(w) && !w.ends_with(b"us") && !w.ends_with(b"is");
                    if s.is_in(k, TO)
                        && words > 0
                        && k + 1 < n
                        && s.is_word(k + 1)
                        && !s.is_cap(k + 1)
                        && (plural(s.bytes(k + 1))
                            && (k + 2 >= n
                                || s.is_in(k + 2, THAT)
                                || s.is_punct(k + 2) && !s.is_poss(k + 2)
                                || s.is_in(k + 2, ADV_PREPS))
                            // (A plural with no -s too: "said in an email
                            // to faculty that ...", "to police on Friday".)
                            || (s.is_in(k + 1, &["parliament", "congress"])
                                || super::super::invariant_plural(s, k + 1))
                                && (k + 2 >= n
                                    || s.is_punct(k + 2) && !s.is_poss(k + 2)
                                    || s.is_in(k + 2, ADV_PREPS)
                                    || s.is_in(k + 2, THAT)))
                    {
                        k += 2;
                        words += 2;
                        continue;
                    }
                    // A program title in marks after a network's possessive
                    // or the preposition ("said on CBS' \"Face the
                    // Nation.\"", "on \"Meet the Press\" Sunday") is part
                    // of the adjunct, no quote of the speaker.
                    // (Only with a quote mark at `k` or after it: two class
                    // bits, before the bytes of the possessive's mark, read
                    // for every word of every adjunct.)
                    if s.is_quote_mark(k) || s.is_quote_mark(k + 1) {
                        let (q, title_ok) = if self.bare_possessive(k) {
                            (k + 1, true)
                        } else {
                            (k, s.is_poss(k - 1) || k == i + 1)
                        };
                        if title_ok && s.is_quote_mark(q) {
                            if let Some(e) = super::super::title_quote_end(self, q) {
                                k = e;
                                words += 1;
                                continue;
                            }
                        }
                    }
                    // "in response to queries", "in reply to questions":
                    // "to" after these nouns is no infinitive.
                    let to_noun = s.is_in(k, TO)
                        && words > 0
                        && s.is_in(k - 1, &["response", "reply", "answer", "reference"]);
                    if s.is_in(k, THAT)
                        || self.is_infinitive(k) && !to_noun
                        || s.is_pronoun(k) && (!s.is_in(k, W_IT) || k > i + 1)
                        || s.is_punct(k) && !s.is_poss(k)
                    {
                        break;
                    }
                    if s.is_in(k, ADV_PREPS)
                        && words > 0
                        && !s.is_in(k, &["of", "with", "to", "on", "at", "in"])
                    {
                        if chained || !s.is_in(k, CHAIN_PREPS) || !self.that_closes(k + 1, i + 9) {
                            break;
                        }
                        chained = true;
                    }
                    // A conjoined clause with its own verb of saying:
                    // "asked for a photo and Clinton said, ..." is no
                    // adjunct.
                    if s.is_in(k, SAID_FORMS) && (start + 1..k).any(|j| s.is_in(j, AND_BUT)) {
                        return start;
                    }
                    // A name is one word of the phrase ("in response to
                    // queries from The Straits Times that", "in an email to
                    // The New York Times that").
                    // (So is an "and" or "of" inside a name: "in a filing
                    // with the Securities and Exchange Commission that",
                    // "in a letter to the Department of Health and Human
                    // Services that".)
                    let name_and =
                        |j: usize| s.is_cap(j + 1) && (s.is_in(j, AND) || s.is_in(j, OF));
                    if k > i + 1
                        && (s.is_cap(k)
                            && (s.is_cap(k - 1) || k > i + 2 && s.is_cap(k - 2) && name_and(k - 1))
                            || s.is_cap(k - 1) && name_and(k))
                    {
                        named += 1;
                    } else {
                        words += 1;
                    }
                    k += 1;
                }
                // Only before "that" does a phrase of seven words or more
                // count ("weighed in on allegations against Donald Trump's
                // campaign manager, who ..." is the content).
                if words + named >= 7 && !(k < n && s.is_in(k, THAT)) {
                    return start;
                }
                if words == 0 || words >= 7 && !(chained && k < n && s.is_in(k, THAT)) {
                    return start;
                }
                if comma_pp && !(k + 1 < n && s.is_p(k, ",") && s.is_quote_mark(k + 1)) {
                    return start;
                }
                // "said on Monday — a day after the verdict — that ...",
                // "said on Tuesday — a day after the attack — it had
                // killed ...": an aside between dashes (closed by the next
                // dash) before "that" or a clause's subject (a pronoun, a
                // lowercase determiner or a capitalized word) is skipped
                // too. Before anything else ("— and profit doubled") the
                // opening dash is a boundary only as below.
                if k < n && super::super::super::speaker::is_dash(s, k) {
                    if let Some(m) = super::super::super::speaker::closing_dash(s, k) {
                        let j = super::super::super::speaker::after_dash(s, m);
                        if j < n
                            && (s.is_in(j, THAT)
                                || s.is_pronoun(j)
                                || s.is_det(j) && !s.is_cap(j)
                                || s.is_word(j) && s.is_cap(j) && !s.is_stop(j))
                        {
                            i = j;
                            continue;
                        }
                    }
                }
                // Only a phrase that ends at a clear boundary counts.
                // (A time phrase may follow: "said on Instagram late
                // Tuesday that", "in a statement early Friday that".)
                if k < n
                    && !headed
                    && !(s.is_in(k, THAT)
                        || s.is_in(k, TIME_DET)
                            && (s.is_in(k + 1, DAYS) || s.is_in(k + 1, TIME_NOUNS))
                        || self.is_infinitive(k)
                        || s.is_p(k, ",")
                        || s.is_p(k, ".")
                        || s.is_p(k, ":")
                        // "said on Tuesday -- a sign that ...": a dash
                        // before a noun phrase (a doubled hyphen is two
                        // tokens).
                        || super::super::super::speaker::dash_before_np(s, k)
                        || s.is_pronoun(k)
                        || s.is_quote_mark(k))
                {
                    return start;
                }
                i = k;
                continue;
            }
            break;
        }
        i
    }

    /// Whether a "that" after token `i` and before token `end` closes a
    /// run of plain words (no mark, pronoun, auxiliary, cue word or
    /// preposition but "of": "by the RIA news agency that", "from Baku
    /// that"): the rest of an adjunct that a second preposition
    /// ([`CHAIN_PREPS`]) carries on ([`Ctx::skip_adverbials`]).
    ///
    /// A "that" before an auxiliary, a modal or a finite verb opens a
    /// relative clause inside the adjunct ("in a report for parliament
    /// that could be published ...", "over the weekend that saw protests
    /// ...", "for the quarter that ended in June ...", "for the festival
    /// that opens ..."): no close. A cue word in its base form right after
    /// the preposition or a determiner is a noun of the phrase ("by state
    /// television", "by email", "by the state"; not "for reporting that").
    fn that_closes(&self, i: usize, end: usize) -> bool {
        let s = self.s;
        let end = end.min(self.n());
        for k in i..end {
            if s.is_in(k, THAT) {
                // A "that" with no word after it (end of sentence or
                // line: "carried by the agency that.") never closes; nor
                // does one opening an object relative: a pronoun and a
                // verb that is no cue right before a second "that" ("the
                // summit that he chaired that ..."; not "that he hoped
                // that ...").
                let object_relative = s.is_pronoun(k + 1)
                    && s.is_word(k + 2)
                    && s.cue_word(self.lx, k + 2).is_none()
                    && s.is_in(k + 3, THAT);
                return k > i
                    && (s.is_word(k + 1) || s.is_quote_mark(k + 1))
                    && !object_relative
                    && !self.relative_verb(k + 1);
            }
            if !s.is_word(k)
                || s.is_pronoun(k)
                || s.is_aux_like(k)
                || s.is_in(k, ADV_PREPS) && !s.is_in(k, &["of"])
                || s.cue_word(self.lx, k).is_some_and(|(_, f)| {
                    matches!(f, Form::Ing | Form::Third | Form::Past) || k > i && !s.is_det(k - 1)
                })
            {
                return false;
            }
        }
        false
    }

    /// Whether token `j`, right after a "that", is an auxiliary, a modal
    /// or a finite verb ("that could be", "that saw", "that ended", "that
    /// opens"): the "that" is a relative pronoun, not the complementizer
    /// of a reported clause ([`Ctx::that_closes`]). A time noun or "day"
    /// ("for release that morning", "that summer", "that day") makes it a demonstrative,
    /// which does not close either.
    fn relative_verb(&self, j: usize) -> bool {
        let s = self.s;
        self.clause_verb_form(j)
            || s.is_word(j)
                && !s.is_cap(j)
                && (s.is_in(j, W_TIME_OF_DAY) || s.is_in(j, TIME_UNITS) || s.is_in(j, &["day"]))
    }

    /// Whether token `j` is a lowercase finite verb by its spelling or
    /// the lexicon: [`finite_form`], "do/does/did" and the modals,
    /// "shall", a common -s verb ("covers", "includes") or a cue's third
    /// person or past ("shows", "found"). The verb after a relative
    /// "which" ("..., which covers 40 countries, ..."; not "which party
    /// wins ...", a determiner).
    pub(in crate::attribution::rules) fn clause_verb_form(&self, j: usize) -> bool {
        let s = self.s;
        s.is_word(j)
            && !s.is_cap(j)
            && (finite_form(s, j)
                || s.is_in(j, W_DO_MODALS)
                || s.is_in(j, &["shall"])
                || s.is_in(j, S_VERBS)
                || s.cue_word(self.lx, j)
                    .is_some_and(|(_, f)| matches!(f, Form::Third | Form::Past)))
    }

    /// Whether token `i` is an apostrophe glued to a word ending in "s"
    /// before a quote mark ("CBS' \"Face the Nation\"").
    fn bare_possessive(&self, i: usize) -> bool {
        let s = self.s;
        i > 0
            && matches!(s.bytes(i), b"'" | b"\xE2\x80\x99")
            && s.toks[i - 1].end == s.toks[i].start
            && s.is_word(i - 1)
            && s.bytes(i - 1).ends_with(b"S") | s.bytes(i - 1).ends_with(b"s")
            && s.is_quote_mark(i + 1)
    }
}
