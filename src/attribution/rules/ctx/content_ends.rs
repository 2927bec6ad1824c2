//! Rule context, content boundaries: where a reported content span ends
//! (clause ends, sub-clauses, attribution tails such as ", X said"), and the
//! kind of a content span, as methods of [`Ctx`].

use super::*;
use crate::attribution::draft_filters::BELIEF_KEYS;

/// The past and present of saying and telling that, right after a comma
/// with no subject before them, are a main clause's verb or an inverted
/// tag ([`Ctx::said_after_first_comma`]).
const SAID_SAYS_TOLD: WordList = WordList::new(&["said", "says", "told"]);

/// The irregular pasts of rising and falling ("inflation rose", "demand
/// grew", "the ship sank", "the pipes froze"): after a thing, a content
/// whose "and" + a past is the speaker's ([`Ctx::thing_rose_or_fell`]).
/// Not "flew" ("the plane flew low and struck a hill").
const RISE_FALL_PASTS: &[&str] = &["fell", "froze", "grew", "rose", "sank", "shrank", "shrunk"];

/// Determiners after which a past form is a noun ("a cut", "its spread",
/// "the set"; [`Ctx::second_ed_phrase`]): articles, possessive and
/// demonstrative determiners and the singular quantifiers "every" and
/// "each" ("each cut"), not numbers or plural quantifiers, which may be a
/// that-less clause's subject ("confirmed two fled the city", "many
/// fled", "several hit the ground").
const NOUN_DETS: WordList = WordList::new(&[
    "a", "an", "the", "its", "his", "her", "their", "our", "my", "your", "this", "these", "those",
    "every", "each",
]);

/// Whether token `x` is a bare lowercase word, the head or modifier of a
/// noun phrase with no determiner: no function word, determiner,
/// pronoun or -ly adverb. After an irregular past that is as often a noun
/// or adjective it makes that past a modifier ("and lost \[sales\]",
/// "criticised ground \[forces\]"), no verb ([`Ctx::clause_end`],
/// [`Ctx::listed_past_verb_in`]).
fn bare_word(s: &Sent, x: usize) -> bool {
    s.is_word(x)
        && !s.is_cap(x)
        && !s.is_stop(x)
        && !s.is_det(x)
        && !s.is_pronoun(x)
        && !s.bytes(x).ends_with(b"ly")
}

/// Whether a time phrase opens at token `m`: "this", "that", "next" or
/// "last" + a time unit ("this week", "that day"), or "the" + "same",
/// "previous", "following", "next" or "prior" + a time unit ("the
/// previous day", "the same week"). A past right before it modifies a
/// noun ("the bloggers detained this month"; [`Ctx::speaker_clause_np`]).
fn time_phrase_at(s: &Sent, m: usize) -> bool {
    const UNITS: WordList = WordList::new(&[
        "day",
        "days",
        "night",
        "morning",
        "afternoon",
        "evening",
        "weeks",
        "months",
        "years",
        "quarter",
        "season",
        "term",
    ]);
    let unit = |t: usize| s.is_in(t, TIME_UNITS) || s.is_in(t, &UNITS);
    (s.is_in(m, &["this", "that", "next", "last"]) && unit(m + 1))
        || (s.is_in(m, &["the"])
            && s.is_in(m + 1, &["same", "previous", "following", "next", "prior"])
            && unit(m + 2))
}

/// Pasts of verbs used mostly with no object, read as finite after a
/// subject ("the bloggers detained" may be an object; "the government
/// collapsed", "police withdrew" are clauses; [`Ctx::speaker_clause_np`],
/// only when the row's cue takes no that-less clause or no cue is set). Mostly verbs with no
/// passive and irregular pasts spelled unlike their participles; a few
/// ("rallied", "protested", "plunged", "surrendered") have a passive
/// participle spelled the same, which the list reads as finite too.
const INTRANSITIVE_FINITE: WordList = WordList::new(&[
    "collapsed",
    "resigned",
    "died",
    "marched",
    "protested",
    "rallied",
    "retreated",
    "clashed",
    "rioted",
    "arrived",
    "surrendered",
    "disappeared",
    "vanished",
    "erupted",
    "emerged",
    "happened",
    "occurred",
    "stalled",
    "plunged",
    "slumped",
    "tumbled",
    "soared",
    "surged",
    "retaliated",
    "relented",
    "withdrew",
    "fled",
    "fell",
    "rose",
    "went",
    "came",
    "ran",
    "grew",
    "sank",
    "froze",
]);

/// The cue classes whose content after a noun phrase is a clause more
/// often than an object ([`Ctx::object_cue_before`]): saying, telling,
/// reporting, believing, knowing, confirming, admitting, fearing, hoping
/// and the like ("said the gunman and his brother fled", "confirmed the
/// army and the police killed", "hope the army and the police secured").
const CLAUSE_CUE_KEYS: u64 = crate::lexicon::key::classes(&[
    "say", "tell", "report", "note", "add", "write", "claim", "argue", "insist", "explain",
    "reply", "suggest", "warn", "believe", "know", "predict", "hope", "fear", "show", "confirm",
    "admit", "appear",
]);

/// The cue classes of demands and appeals, whose that-clause takes a
/// subjunctive ("called for the army withdraw"), not a finite past:
/// after their object, "and" + a subject + a past is another subject's
/// clause ("called for new elections \[and the president rejected
/// them\]"; [`thatless_clause_cue`]).
const SUBJUNCTIVE_CUE_KEYS: u64 = crate::lexicon::key::classes(&["demand", "urge", "ask"]);

/// The cue classes whose content right after them is a that-less clause
/// far more often than an object: saying, telling, believing ("think",
/// "suspect"), knowing, insisting, hoping, arguing, explaining, writing,
/// adding ([`Ctx::but_turn`] does not cut before "but" after them). A
/// narrower set than [`CLAUSE_CUE_KEYS`]: not "confirm", "claim", "report",
/// "warn" ..., whose noun-phrase objects ("confirmed two arrests \[but did
/// not name ...\]") are what the cut is for.
const THATLESS_KEYS: u64 = crate::lexicon::key::classes(&[
    "say", "tell", "believe", "know", "insist", "hope", "argue", "explain", "write", "add",
]);

/// Lowercase words ending in "s" that are no present verb after a noun
/// phrase ([`Ctx::present_after_np`]): prepositions, adverbs, pronouns.
const NOT_PRESENT_S: WordList = WordList::new(&[
    "across",
    "towards",
    "versus",
    "unless",
    "whereas",
    "besides",
    "always",
    "perhaps",
    "sometimes",
    "afterwards",
    "this",
    "thus",
    "plus",
    "hers",
    "ours",
    "theirs",
    "yours",
    "nevertheless",
    "overseas",
    "upstairs",
    "downstairs",
    "nowadays",
    "outdoors",
    "indoors",
]);

/// Whether "and" at token `k` joins two passive participles of one
/// form of "be" in the content ("said the man was arrested and charged
/// with murder", "the trooper was treated and released", "was contacted
/// and asked by police"): before "and", a form of "be" (at most one
/// adverb or "later" between) and a lowercase participle (an -ed/-en
/// word or an irregular past); after it, a lowercase -ed word then the
/// sentence's end, a mark or a preposition of a passive's phrase ("with",
/// "by", "on", "from", ...), never an object or a clause. A second cue
/// of the speaker takes one ("and charged that ...", "and urged lawmakers
/// to ...", "and questioned the timing" still turn to the speaker). The
/// second verb must be of a class whose passive is common news copy
/// ([`PASSIVE_PAIR_KEYS`]: released, charged, dismissed, reprimanded;
/// not one of its [`SAYING_LEMMAS`]) or have "by" right after it: a verb
/// of saying, asking, urging, replying, reporting or warning before its
/// own preposition is the speaker's second act ("said she was misquoted
/// \[and asked for a correction\]", "was devastated \[and pleaded with the
/// judge\]", "was threatened \[and testified under protection\]"); "was
/// contacted and asked by police" still joins.
fn passive_pair(s: &Sent, lx: &Lexicon, k: usize) -> bool {
    const BE: &[&str] = &["is", "are", "was", "were", "be", "been", "being"];
    const PHRASE: &[&str] = &[
        "with", "by", "on", "in", "at", "from", "into", "for", "after", "without", "under",
    ];
    let j = k + 1;
    let participle = |m: usize| {
        s.is_word(m)
            && !s.is_cap(m)
            && (s.bytes(m).ends_with(b"ed")
                || s.bytes(m).ends_with(b"en")
                || s.is_in(m, IRREGULAR_PASTS))
    };
    let be_at = |m: usize| {
        m >= 2 && s.is_in(m - 1, BE)
            || m >= 3
                && s.is_in(m - 2, BE)
                && s.is_word(m - 1)
                && (s.bytes(m - 1).ends_with(b"ly")
                    || s.is_in(m - 1, &["later", "also", "then", "not"]))
    };
    k >= 2
        && participle(k - 1)
        && be_at(k - 1)
        && s.is_word(j)
        && !s.is_cap(j)
        && s.bytes(j).ends_with(b"ed")
        && (j + 1 >= s.len() || !s.is_word(j + 1) || s.is_in(j + 1, PHRASE))
        && (s.is_in(j + 1, &["by"])
            || s.cue_word(lx, j).is_some_and(|(c, _)| {
                let cue = lx.cue(c);
                cue.keys & PASSIVE_PAIR_KEYS != 0 && !SAYING_LEMMAS.contains(&cue.lemma.as_str())
            }))
}

/// Lemmas of [`PASSIVE_PAIR_KEYS`]' classes that are verbs of saying: the
/// speaker's own act after "was X and" ("said he was fired and claimed in
/// court that ...", "and announced on Monday that ...", "and described on
/// Twitter how ..."), not a second passive participle.
const SAYING_LEMMAS: &[&str] = &[
    "announce",
    "proclaim",
    "allege",
    "assert",
    "aver",
    "claim",
    "contend",
    "maintain",
    "describe",
    "characterize",
];

/// Cue classes whose past participle often stands as the second of two
/// passive participles ([`passive_pair`]): what is done to someone or
/// something ("was arrested and charged", "was treated and released",
/// "was ignored and dismissed", "was summoned and reprimanded"), not a
/// verb of saying, asking, urging, replying, reporting or warning.
const PASSIVE_PAIR_KEYS: u64 = crate::lexicon::key::classes(&[
    "announce",
    "claim",
    "reject",
    "criticize",
    "accuse",
    "praise",
    "support",
    "oppose",
    "describe",
    "discuss",
    "show",
    "know",
]);

/// Whether `cue` may take a that-less clause of a finite verb after it
/// ("denied its forces committed abuses", "complained the police
/// abandoned the town", "vowed the rebels would pay"): it has the that
/// frame ([`frame::THAT`]) and is no demand or appeal
/// ([`SUBJUNCTIVE_CUE_KEYS`]).
fn thatless_clause_cue(cue: &crate::lexicon::Cue) -> bool {
    cue.frames & frame::THAT != 0 && cue.keys & SUBJUNCTIVE_CUE_KEYS == 0
}

/// Whether `cue` takes a noun-phrase object only, whatever its class: the
/// object frame and no quote, that-clause or clause frame ("believe in",
/// "think about", "worry about", "made no mention of"). Its content after
/// the cue is an object, not a clause ([`Ctx::object_cue_before`]).
fn object_only(cue: &crate::lexicon::Cue) -> bool {
    cue.frames & frame::OBJ != 0 && cue.frames & (frame::QUOTE | frame::THAT | frame::CLAUSE) == 0
}

/// Modals that [`Sent::is_aux_like`] lacks: the finite verb after a
/// relative on a clause's subject ("the bird, which was last seen in
/// 1998, may be extinct"; `Ctx::relative_then_verb`).
const RELATIVE_THEN_MODALS: &[&str] = &["may", "might", "must", "should", "shall"];

/// Plural time nouns that open an adverbial, not a verb, after a
/// relative's closing comma ("a loss in Europe, which accounts for a third
/// of sales, weeks before the call"; `Ctx::relative_then_verb`).
const RELATIVE_THEN_TIMES: &[&str] = &[
    "seconds",
    "minutes",
    "hours",
    "days",
    "nights",
    "weeks",
    "weekends",
    "months",
    "years",
    "decades",
    "centuries",
    "moments",
    "times",
];

impl<'a, 'b> Ctx<'a, 'b> {
    /// Whether an -ing cue at token `i` of keys `keys` and frames `frames`
    /// after "before/after" reports a statement: a that-frame cue of
    /// saying or claiming ([`REPORT_PARTICIPLE_KEYS`]: "adding",
    /// "admitting", "concluding", "determining", "finding"), not of
    /// perceiving, learning or deciding ("hearing", "learning",
    /// "realizing", "deciding", "feeling") nor "discovering", "showing",
    /// "reading" ("resigned after learning that ...",
    /// "will wait before deciding whether ...": no row).
    #[inline]
    pub(in crate::attribution::rules) fn is_report_participle(
        &self,
        i: usize,
        keys: u64,
        frames: u8,
    ) -> bool {
        frames & crate::lexicon::frame::THAT != 0
            && keys & REPORT_PARTICIPLE_KEYS != 0
            && !self.s.is_in(i, &["discovering", "showing", "reading"])
    }

    /// "before adding that ...", "after arguing he ...": "before/after" +
    /// an -ing cue of saying or claiming ([`Ctx::is_report_participle`])
    /// at token `i` + a clause ("that", a subject pronoun,
    /// "why/how/whether"): a second report of the sentence's subject (see
    /// `participle_rules`).
    pub(in crate::attribution::rules) fn is_that_participle(&self, i: usize) -> bool {
        i + 2 < self.n()
            && self.opens_that_clause(i + 1)
            && self.lower_cue_is(i, |c| {
                let e = self.lx.cue(c.cue);
                c.form == Form::Ing && self.is_report_participle(i, e.keys, e.frames)
            })
    }

    /// End of the content that starts at token `i`: the sentence end or a
    /// clause boundary outside quotes; a lone dash before an afterthought
    /// ("an overwhelming victory - a landslide win based on ...", "that
    /// Comey was referring only to her interviews - but she also ..."); an
    /// unclosed parenthesis.
    pub(in crate::attribution::rules) fn content_end(&self, i: usize) -> usize {
        self.content_end_with(i, true, true)
    }

    /// [`Ctx::content_end`] without the end before a subordinate clause of
    /// the speaker's own ([`Ctx::sub_clause_at`]): for a forecast or a
    /// fear, whose content the clause completes ("expect a sell-off when
    /// the Fed raises rates").
    pub(in crate::attribution::rules) fn content_end_whole(&self, i: usize) -> usize {
        self.content_end_with(i, true, false)
    }

    /// Whether a noun-phrase content starting at token `i` and ending at
    /// `end` was cut before a subordinate clause of the speaker's own:
    /// [`Ctx::sub_clause_at`], or with `as_too` also
    /// [`Ctx::as_clause_at`] after a plain object ("acknowledged some
    /// plagiarism even as he defended ..."); the cut at "even" of "even
    /// though/as" counts.
    pub(in crate::attribution::rules) fn cut_at_sub(
        &self,
        i: usize,
        end: usize,
        as_too: bool,
    ) -> bool {
        let s = self.s;
        if end <= i
            || end >= self.n()
            || s.is_in(i, THAT)
            || s.is_pronoun(i)
            || s.is_in(i, CLAUSE_WORDS)
        {
            return false;
        }
        let at = |k: usize| {
            self.sub_clause_at(i, k)
                || as_too
                    && s.is_in(k, AS_THOUGH)
                    && self.as_clause_at(i, k)
                    && self.plain_object(i, k)
        };
        at(end) || s.is_in(end, W_EVEN) && at(end + 1)
    }

    /// [`Ctx::content_end`]; with `quick`, the clause end's walk passes
    /// the tokens that no step of it reads in one slice search (`false`:
    /// token by token, for the unit test that compares the two).
    /// With `sub` false, no end before a subordinate clause
    /// ([`Ctx::content_end_whole`]).
    pub(super) fn content_end_with(&self, i: usize, quick: bool, sub: bool) -> usize {
        // The first mark the walk passed that may be a dash or an opening
        // parenthesis (`usize::MAX` for none; without `quick`, 0: the
        // search below from the content's start): most contents have none,
        // and the search for them below is made only for the others, from
        // that mark on (the marks before it are neither).
        let mut first_mark = if quick { usize::MAX } else { 0 };
        let end = self.clause_end(i, quick, sub, &mut first_mark);
        if first_mark >= end {
            return end;
        }
        let s = self.s;
        // The token first, the quote search (a binary search) only for a
        // dash.
        // (Each mark as bytes: "—", "–", "--", and "-" after a space.)
        let dash = |k: usize| {
            s.is_punct(k)
                && match s.bytes(k) {
                    b"\xE2\x80\x94" | b"\xE2\x80\x93" | b"--" => true,
                    b"-" => s.toks[k - 1].end < s.toks[k].start,
                    _ => false,
                }
                && !self.in_quote(k)
        };
        // "raising the minimum wage (with far less intensity than ...": a
        // parenthesis that opens with a lowercase word or a quote and runs
        // to the end of the content is the writer's aside.
        let aside = |k: usize| {
            s.is_p(k, "(")
                && !self.in_quote(k)
                && (s.is_word(k + 1) && !s.is_cap(k + 1) || s.is_quote_mark(k + 1))
        };
        // One pass over the punctuation of the content for the first two
        // dashes and the first aside.
        // (From punctuation to punctuation: the words between are skipped
        // over the tokens in one slice.)
        let (mut first_dash, mut second_dash, mut first_open) = (None, false, None);
        let mut k = s.next_punct_or_in(first_mark.max(i + 2), end, 0);
        while k < end {
            if !second_dash && dash(k) {
                second_dash = first_dash.is_some();
                first_dash.get_or_insert(k);
            } else if first_open.is_none() && aside(k) {
                first_open = Some(k);
            }
            if second_dash && first_open.is_some() {
                break;
            }
            k = s.next_punct_or_in(k + 1, end, 0);
        }
        let end = match first_dash {
            // A pair of dashes holds a parenthetical; the content goes on.
            Some(d) if s.is_in(d + 1, AFTERTHOUGHT) && !second_dash => d,
            _ => end,
        };
        let open = first_open.filter(|&o| o < end);
        // It closes, if at all, at the end of the content.
        let close = open.and_then(|o| (o + 1..end).find(|&k| s.is_p(k, ")")));
        match (open, close) {
            (Some(o), None) => o,
            (Some(o), Some(c)) if (c + 1..end).all(|j| s.is_punct(j)) => o,
            _ => end,
        }
    }

    /// The cue whose rules run ([`Ctx::set_cue`]) when the content at
    /// token `i` is its own and the cue takes a noun-phrase object there
    /// more often than a clause ([`Ctx::clause_end`]): the content starts
    /// right after the cue or after at most six words with no mark (an
    /// adjunct or a listener: "said in a statement", "said earlier this
    /// month", "announced on Tuesday", "told reporters"), not right after
    /// "that"; the cue's lexicon class is none of [`CLAUSE_CUE_KEYS`]
    /// (saying, reporting, believing, confirming, ...: "said in a
    /// televised address the government and its allies rejected",
    /// "believe the gunman and his brother planned") and it takes no
    /// clause only ([`frame::CLAUSE`]: "argue"). The cue is the row's,
    /// not the nearest cue word before the content ("address", "call",
    /// "release" in the adjunct are none). No cue set: `None`.
    pub(super) fn object_cue_before(&self, i: usize) -> Option<&'b crate::lexicon::Cue> {
        let cue = self.row_cue_before(i)?;
        (cue.keys & CLAUSE_CUE_KEYS == 0 && cue.frames & frame::CLAUSE == 0 || object_only(cue))
            .then_some(cue)
    }

    /// The row's cue when the content at token `i` is its own
    /// ([`Ctx::object_cue_before`]: right after it or after at most six
    /// words with no mark, not right after "that"), whatever its class.
    fn row_cue_before(&self, i: usize) -> Option<&'b crate::lexicon::Cue> {
        let s = self.s;
        let (lemma, cj) = self.cue.get();
        if lemma == usize::MAX
            || cj > i
            || i > cj + 6
            || i == 0
            || s.is_in(i - 1, THAT)
            || !(cj..i).all(|m| s.is_word(m))
        {
            return None;
        }
        Some(self.lx.cue(lemma))
    }

    /// Whether the row's cue before the content at token `i`
    /// ([`Ctx::row_cue_before`]) is one of belief, fear, wish, plan or
    /// forecast ([`BELIEF_KEYS`]): its noun-phrase object, however short,
    /// ends before a closing attribution ([`Ctx::clause_end`]: "Residents
    /// fear flooding, the mayor said"; "Economists expect a slowdown, the
    /// report said"), as the clause of such a cue does.
    fn belief_cue_before(&self, i: usize) -> bool {
        self.row_cue_before(i)
            .is_some_and(|c| c.keys & BELIEF_KEYS != 0)
    }

    /// Whether the comma at token `k`, before "said", "says" or "told"
    /// ([`Ctx::clause_end`]), closes the content starting at token `i`:
    /// not before "to" or "by" (a participle: "the plan, said to cost",
    /// "the man, told by police to leave"), outside quotes, and the first
    /// comma of the content outside quotes (after an earlier one the
    /// comma may close a modifier the content opened: "said the
    /// neighbor, who lives nearby, said she heard ..."). The walk back
    /// over the content is made only for this rare form.
    ///
    /// Nor, when the content so far has no verb (`verb`) and is no
    /// noun-phrase object of the row's cue ([`Ctx::object_cue_before`],
    /// [`Ctx::belief_cue_before`]: "who feared losing her pension, said
    /// she would retire, then changed her mind" is cut), a participle
    /// group on its bare subject that a later comma closes before the
    /// clause's own verb ([`Ctx::participle_group_closed`]: "said the
    /// suspect, told of the charges on Monday, showed no emotion";
    /// "said the company, says its website, employs 4,000").
    fn said_after_first_comma(&self, i: usize, k: usize, verb: bool) -> bool {
        let s = self.s;
        !s.is_in(k + 2, &["to", "by"])
            && !self.in_quote(k)
            && !(i..k).any(|j| s.is_p(j, ",") && !self.in_quote(j))
            && (verb
                || self.object_cue_before(i).is_some()
                || self.belief_cue_before(i)
                || !self.participle_group_closed(k))
    }

    /// Whether the group ", said/says/told ..." opened by the comma at
    /// token `k` is closed, within fifteen tokens and before any other
    /// mark, by a comma outside quotes followed by a verb of the clause
    /// around it ([`finite_form`]: an auxiliary, an irregular past, an
    /// -ed form), or a lowercase word that is no function word, pronoun,
    /// number nor "-ing" form, maybe after one adverb ("the suspect,
    /// told of the charges, showed ...", "the gunman, said in court
    /// filings to be 24, fled ...", "the victim, told nothing, later
    /// hired ..."). Not after an inverted tag: "..., said the mayor,
    /// who ...", "..., said Jane Doe, a lawyer", "..., said Smith, 45",
    /// "..., said the mayor, adding ...".
    fn participle_group_closed(&self, k: usize) -> bool {
        let s = self.s;
        let n = self.n();
        let Some(c) = (k + 2..(k + 17).min(n)).find(|&j| s.is_punct(j)) else {
            return false;
        };
        // (Past one adverb: "..., later hired a detective".)
        let v = c + 1 + usize::from(s.is_in(c + 1, &["also", "later", "still", "then", "now"]));
        s.is_p(c, ",")
            && !self.in_quote(c)
            && (finite_form(s, v)
                || s.is_word(v)
                    && !s.is_cap(v)
                    && !s.is_stop(v)
                    && !s.is_pronoun(v)
                    && !s.is_numeric(v)
                    && !s.bytes(v).ends_with(b"ing"))
    }

    /// Whether the comma at token `k` opens an inverted closing
    /// attribution: a lowercase past or present cue of saying (a quote or
    /// that-clause frame, no object) and its subject, a determiner or a
    /// name first, up to the sentence's end or a mark ("..., said the
    /// striker.", "..., said the striker, who ...", "..., says Ann
    /// Lee."). It ends a noun-phrase object content before it
    /// ([`Ctx::clause_end`]: "don't believe in luck, said the striker").
    fn inverted_tail(&self, k: usize) -> bool {
        let s = self.s;
        let j = k + 1;
        s.is_word(j)
            && !s.is_cap(j)
            && (s.is_det(j + 1) || s.is_cap(j + 1))
            && s.cue_word(self.lx, j).is_some_and(|(c, f)| {
                let e = self.lx.cue(c);
                matches!(f, Form::Past | Form::Third)
                    && e.frames & (frame::QUOTE | frame::THAT) != 0
                    && e.frames & frame::OBJ == 0
            })
            && forward(s, self.lx, j + 1)
                .is_some_and(|np| np.a == j + 1 && (np.b >= self.n() || s.is_punct(np.b)))
    }

    /// Whether token `j` is a past or present cue of a reported clause
    /// that takes no noun-phrase object ("said", "says", "added"; not
    /// "warned", "criticized"): a noun phrase right after it opens the
    /// clause's subject.
    fn clause_cue_at(&self, j: usize) -> bool {
        let s = self.s;
        s.is_word(j)
            && s.cue_word(self.lx, j).is_some_and(|(c, f)| {
                let e = self.lx.cue(c);
                matches!(f, Form::Past | Form::Third | Form::Base)
                    && e.frames & frame::THAT != 0
                    && e.frames & frame::OBJ == 0
            })
    }

    /// Whether the relative clause opening at token `r` closes with a
    /// comma before a finite verb, the main verb of the clause whose
    /// subject it follows ("the plan, which was approved in May, would
    /// cost"; not "the final bill, which includes ...", closing the
    /// sentence, nor "Zimmerman, who alleged ..., not guilty").
    fn relative_then_verb(&self, r: usize) -> bool {
        let s = self.s;
        let n = self.n();
        let Some(m) = (r + 1..n.min(r + 40)).find(|&m| s.is_p(m, ",")) else {
            return false;
        };
        let j = m + 1;
        if j >= n || !s.is_word(j) || s.is_cap(j) || self.in_quote(m) {
            return false;
        }
        let w = s.bytes(j);
        if s.is_aux_like(j)
            || s.is_in(j, VERBAL)
            || s.is_in(j, RELATIVE_THEN_MODALS)
            || s.is_in(j, IRREGULAR_PASTS)
            || s.is_in(j, NOUN_PASTS)
        {
            return true;
        }
        if s.is_stop(j) {
            return false;
        }
        if w.len() > 4 && w.ends_with(b"ed") || w.len() == 4 && w.ends_with(b"ied") {
            return true;
        }
        // An -s word: a verb ("remains", "accounts") unless a plural time
        // noun opens an adverbial ("..., weeks before the call") or a cue
        // right after it or closing the sentence within a few words makes
        // it a closing attribution ("..., officials said", "..., analysts
        // at Citi noted", "..., sources familiar with the process
        // confirmed": a past or present cue before the stop; not "...,
        // plans to seek another term", a base form).
        w.len() > 3
            && w.ends_with(b"s")
            && !s.is_in(j, RELATIVE_THEN_TIMES)
            && !(j + 1 < n && s.cue_word(self.lx, j + 1).is_some())
            && !(j + 2..n.min(j + 6))
                .take_while(|&q| !s.is_punct(q))
                .any(|q| {
                    (q + 1 >= n || s.is_punct(q + 1))
                        && s.cue_word(self.lx, q)
                            .is_some_and(|(_, f)| matches!(f, Form::Past | Form::Third))
                })
    }

    /// Whether the word at token `m` may name an agent, the subject of a
    /// clause: a capitalized word, a pronoun, or a person or organization
    /// noun of the lexicon, itself or less a plural "s" or "ies" for
    /// "y" ("police", "companies",
    /// "government", "executives", "forces"); not a document noun
    /// ("report", "plan") nor any other word ("cut", "dividend", "offer").
    fn agent_word(&self, m: usize) -> bool {
        use crate::lexicon::NounType;
        let s = self.s;
        if !s.is_word(m) {
            return false;
        }
        if s.is_cap(m) || s.is_pronoun(m) {
            return true;
        }
        let agent =
            |t: Option<NounType>| matches!(t, Some(NounType::Person | NounType::Organization));
        let w = s.w(m);
        agent(s.speaker_noun(self.lx, m))
            || w.strip_suffix('s')
                .is_some_and(|w| agent(self.lx.speaker_noun(w)))
            || w.strip_suffix("ies")
                .is_some_and(|w| agent(self.lx.speaker_noun(&format!("{w}y"))))
    }

    /// Whether the first noun phrase of the content from token `i` to
    /// "and" at token `k` has an agent for its head ([`Ctx::agent_word`]):
    /// the word before the content's first preposition, when a
    /// prepositional phrase follows the head ("complained the police in
    /// the town and the army abandoned them": one clause with a
    /// coordinated subject; "announced a cut in its dividend \[and the
    /// board said\]" is cut).
    fn agent_head(&self, i: usize, k: usize) -> bool {
        let s = self.s;
        (i + 1..k)
            .find(|&m| !s.is_word(m) || s.is_stop(m) && !s.is_det(m))
            .is_some_and(|p| {
                s.is_word(p)
                    && s.is_in(p, &["in", "of", "at", "from", "on", "across", "near"])
                    && self.agent_word(p - 1)
            })
    }

    /// Whether the noun-phrase content from token `i` to "and" at token
    /// `k` holds a verb: an irregular past ([`IRREGULAR_PASTS`] or
    /// [`NOUN_PASTS`]: "its profits fell", "the pipes froze", "the
    /// buses broke down") used as a verb ([`Ctx::listed_past_verb_in`]:
    /// lowercase, not right after an article, a possessive or
    /// demonstrative determiner or an owner ([`NOUN_DETS`]: "a cut in its
    /// dividend" is a noun), a noun-class past not before a bare noun), or a lowercase -ed word right after the
    /// content's first noun phrase (an -ly word between: "exports jumped",
    /// "its shares sharply climbed"). Such a content is a that-less clause,
    /// and "and" + "were/was/has" continues it ([`Ctx::clause_end`]).
    fn content_has_verb(&self, i: usize, k: usize) -> bool {
        let s = self.s;
        self.listed_past_verb_in(i, k)
            || forward(s, self.lx, i).is_some_and(|np| {
                let v = np.b + 1 + usize::from(np.b + 1 < k && s.bytes(np.b + 1).ends_with(b"ly"));
                np.a == i && v < k && s.is_word(v) && !s.is_cap(v) && s.bytes(v).ends_with(b"ed")
            })
    }

    /// Whether a word of the content from token `i` to "and" at token `k`
    /// is a past of rising or falling ([`RISE_FALL_PASTS`]: "rose", "fell",
    /// "grew", "sank", "shrank", "froze") after a word that names no agent
    /// ([`Ctx::agent_word`]: "inflation rose", "the ship sank", "quarterly
    /// revenue rose 5 percent"; not "the boy fell", "he fell"): such a
    /// thing does no second act, so "and" + a past is the speaker's.
    fn thing_rose_or_fell(&self, i: usize, k: usize) -> bool {
        let s = self.s;
        (i + 1..k).any(|m| s.is_in(m, RISE_FALL_PASTS) && !self.agent_word(m - 1))
    }

    /// Whether "and" at token `k` after the noun-phrase content from `i`
    /// opens the speaker's second verb phrase with the -ed past at token
    /// `j` ([`Ctx::clause_end`]): `j` is a lowercase past of five letters or
    /// more ("indeed", "need", "hundred" ... are none) before a determiner
    /// or an object pronoun ("and appointed a new chairman", "and freed
    /// them"; not "the charges and related documents"); the word before
    /// `i` is the cue, a verb that takes an object and is no verb of
    /// saying or reporting ("rejected", "confirmed", "vetoed"; not
    /// "said", "reported", a participle "saying" of [`SAY_PARTICIPLES`]
    /// or the comma after "According to police"); and no word of the content is a verb of a
    /// that-less clause the -ed past may be coordinated with (an irregular
    /// past ([`IRREGULAR_PASTS`] or [`NOUN_PASTS`]) used as a verb,
    /// [`Ctx::listed_past_verb_in`]): "confirmed the blast tore through the market
    /// and killed ...", "the company cut jobs and closed ..."), unless it
    /// follows an article, a possessive or demonstrative determiner
    /// ([`NOUN_DETS`]) or an owner's "'s" in the content, a noun then
    /// ("announced a cut in its dividend and lowered ..."; after a number
    /// or quantifier it is still a verb: "confirmed two fled the city and
    /// joined ...").
    pub(super) fn second_ed_phrase(&self, i: usize, k: usize, j: usize) -> bool {
        let s = self.s;
        if !s.is_word(j) || s.is_cap(j) {
            return false;
        }
        let w = s.bytes(j);
        w.len() > 4
            && w.ends_with(b"ed")
            && (!w.ends_with(b"eed") || s.is_in(j, &["freed", "agreed", "decreed", "guaranteed"]))
            && !s.is_in(j, NOT_PASTS_ED)
            && (s.is_det(j + 1) || s.is_in(j + 1, &["him", "them", "it", "us", "me"]))
            && i > 0
            && s.is_word(i - 1)
            && !s.is_cap(i - 1)
            && !s.is_in(i - 1, SAY_PARTICIPLES)
            && !s.is_in(i - 1, SAY_REPORT_CUES)
            // (A past form right after an article, a possessive or
            // demonstrative determiner or an owner is a noun: "announced a
            // cut in its dividend and lowered ...", "the company's cut";
            // not after a number or quantifier: "confirmed two fled".)
            && !self.listed_past_verb_in(i, k)
    }

    /// Whether a word of tokens `i..k` is an irregular past
    /// ([`IRREGULAR_PASTS`] or [`NOUN_PASTS`]) used as a verb: lowercase
    /// ("Fed comments", "Read Group" are names); not right after an
    /// article, a possessive or demonstrative determiner ([`NOUN_DETS`])
    /// or an owner's "'s", where it is a noun ("announced a cut in its
    /// dividend", "the company's cut"); and a past of [`NOUN_PASTS`] not
    /// as the first word `i` before a bare lowercase word (no determiner,
    /// pronoun, number, stop word or -ly word), where it is a noun
    /// modifier ("criticised ground forces"; after a subject it is a verb:
    /// "the company cut jobs", "the storm hit coastal towns", "the gunman
    /// shot two people"). After a number or quantifier it is still a verb
    /// ("confirmed two fled").
    #[inline]
    fn listed_past_verb_in(&self, i: usize, k: usize) -> bool {
        let s = self.s;
        (i..k).any(|m| {
            (s.is_in(m, IRREGULAR_PASTS)
                || s.is_in(m, NOUN_PASTS)
                    && !(m == i && bare_word(s, m + 1) && !s.is_numeric(m + 1)))
                && !s.is_cap(m)
                && !(m > i && (s.is_in(m - 1, &NOUN_DETS) || s.is_poss(m - 1)))
        })
    }

    /// The clause boundary that ends a content starting at token `i`. With
    /// `quick`, the tokens no step reads are passed in one slice search
    /// each (see [`Ctx::content_end_with`]): before a verb, a word that is
    /// no verb and none of `ends`; then any mark but a comma, a semicolon
    /// or a quotation mark, which no test below reads. Lowers `first_mark`
    /// to the first such mark that may be a dash or an opening parenthesis
    /// (every token up to the end found is walked, every mark stopped at).
    fn clause_end(&self, i: usize, quick: bool, sub: bool, first_mark: &mut usize) -> usize {
        let s = self.s;
        let n = self.n();
        let mut k = i + 1;
        // Whether the content opens a clause, and whether a finite verb was
        // seen in it so far (else it is a noun phrase object).
        let clause = s.is_in(i, THAT) || s.is_pronoun(i) || s.is_in(i, CLAUSE_WORDS);
        let verbal = |k: usize| {
            s.is_in(k, VERBAL)
                // "urged the candidate to dig in": an infinitive.
                || s.is_in(k, TO) && s.is_word(k + 1) && !s.is_cap(k + 1) && !s.is_stop(k + 1)
                // (Not a negated auxiliary: "n't" counted only with a
                // straight apostrophe, so straight and curly text ended
                // "isn't going anywhere, and most don't expect ..."
                // differently; counted with both, train lost a row.)
                // (The capital first: its class bit, before the word's
                // bytes.)
                || s.is_word(k) && !s.is_cap(k) && {
                    let w = s.bytes(k);
                    w.len() > 4 && w.ends_with(b"ed")
                }
        };
        let mut verb = verbal(i);
        // "While most of his rivals called for a bigger effort, Trump hewed
        // to ...": a content inside an opening subordinate clause (no comma
        // between the subordinator and the content) ends before the main
        // clause, a subject and a finite verb after a comma.
        let lo = self.lo;
        // (The word-set bit of a wider list first: most first words are
        // none of them.)
        let in_subordinate = i > lo
            && i <= lo + 40
            && s.is_in(lo, W_SUB_OPENERS)
            && s.is_in(lo, CONTENT_SUBORDINATORS)
            && (lo + 1..i).all(|j| !s.is_p(j, ","));
        let main_clause = |k: usize| self.subject_verb_at(k + 1, n).is_some();
        // Every test below but the verb first needs token `k` to be
        // punctuation or a word of one of these sets.
        let ends = AND.bit() | AND_BUT.bit() | AS_THOUGH.bit();
        // Before a verb of a noun-phrase content, "before/after" too (the
        // test of a that-participle after it, below).
        let object_ends = if clause {
            ends
        } else {
            ends | W_UPON_BEFORE_AFTER.bit()
        };
        // After the verb of a to-infinitive too, governed by a past act
        // of declining, refusing, agreeing, vowing, promising or
        // threatening ("declined to comment before confirming that ...");
        // not after a plan or wish ("plans to cut rates after confirming
        // that ...": no claim made yet).
        let to_cut = !clause
            && i > 0
            && s.is_in(i, TO)
            && s.is_in(
                i - 1,
                &[
                    "declined",
                    "refused",
                    "agreed",
                    "vowed",
                    "pledged",
                    "promised",
                    "threatened",
                ],
            );
        let verb_ends = if to_cut { object_ends } else { ends };
        // Before a verb also a subordinator, in the first words of a
        // content that opens no clause (the noun-phrase content's end
        // test below, [`Ctx::sub_clause_at`]; none after them, nor without
        // `sub`).
        let mut subs = if clause || !sub {
            0
        } else {
            W_SUB_OPENERS.bit()
        };
        while k < n {
            if !verb {
                if k > i + 8 {
                    subs = 0;
                }
                // (Quick: straight to the next token that is punctuation,
                // a word of `object_ends` or one `verbal` may take.)
                if quick {
                    k = next_verbal_or_stop(s, k, n, object_ends | subs | VERBAL.bit() | TO.bit());
                    if k == n {
                        break;
                    }
                }
                // (A mark is no verb: `verbal`'s three tests, each of which
                // fails for it, are asked of words only. Most tokens the
                // scan above stops at are marks.)
                if !s.is_punct(k) {
                    verb = verbal(k);
                    if !verb && !s.in_sets(k, object_ends | subs) {
                        k += 1;
                        continue;
                    }
                }
            }
            // Once a verb is seen only the tests below are left, and a token
            // that is no punctuation and no word of `ends` passes them all:
            // skip to the next one that is.
            if verb {
                k = s.next_punct_or_in(k, n, verb_ends);
                if k == n {
                    break;
                }
            }
            // A mark that is no comma, semicolon or quotation mark (most
            // often the sentence's stop) passes every test below.
            if quick && s.is_punct(k) && !s.is_quote_mark(k) {
                let b = s.text.as_bytes()[s.toks[k].start];
                if !matches!(b, b',' | b';') {
                    // ("-", "(", or the lead byte of a long dash; the first
                    // one is the least, kept without a branch.)
                    let may_be = matches!(b, b'-' | b'(' | 0xE2);
                    *first_mark = (*first_mark).min(if may_be { k } else { usize::MAX });
                    k += 1;
                    continue;
                }
            }
            // A mark reads only the tests of marks, a word (of `ends`) only
            // those of words.
            if s.is_punct(k) {
                // (Whether the mark is a comma, read once: five of the tests
                // below ask it, and the other two hold for a semicolon or a
                // quotation mark, the only other marks that come here with
                // `quick`.)
                let comma = s.is_p(k, ",");
                if !comma && s.is_p(k, ";") && !self.in_quote(k) {
                    return k;
                }
                if in_subordinate && comma && !self.in_quote(k) && main_clause(k) {
                    return k;
                }
                // "X told aides that he saw Sanders as a threat, according to
                // someone in attendance": the source of the whole sentence
                // follows; the content ends before it. (Not a source between
                // commas inside the clause: "said the bill, according to the
                // budget office, would cost ...".)
                if comma
                    && self.according_next(k + 1)
                    && !self.according_inside(k + 3)
                    && !self.in_quote(k)
                {
                    return k;
                }
                // "A neighbor, who asked not to be identified because she
                // feared retaliation, said she heard ...": "said", "says" or
                // "told" right after the first comma of the content, with
                // no subject of its own, is the main clause's verb or an
                // inverted tag ("..., said the mayor"); the comma closes
                // the modifier of a subject the cue sits in, or the
                // content. Not a participle ("the plan, said to cost",
                // "the man, told by police to leave"), nor after an
                // earlier comma of the content, whose own modifier the
                // comma may close ("said the neighbor, who lives nearby,
                // said she heard ...": [`Ctx::said_after_first_comma`]).
                if comma
                    && s.is_in(k + 1, &SAID_SAYS_TOLD)
                    && self.said_after_first_comma(i, k, verb)
                {
                    return k;
                }
                if comma
                    && s.is_in(k + 1, CUTS)
                    && !self.in_quote(k)
                    // "X, where ...": a relative on a place in the content.
                    && !s.is_in(k + 1, &["where"])
                    // "believes there are no good options, but that sometimes
                    // ...": a second complement clause of the same cue (like
                    // "and that" below) goes on, after a clause content.
                    // Not "that" as a determiner ("but that group was ...").
                    && !((clause || verb)
                        && s.is_in(k + 1, &["but"])
                        && s.is_in(k + 2, THAT)
                        && !(s.is_word(k + 3)
                            && !s.is_cap(k + 3)
                            && !s.is_pronoun(k + 3)
                            && !s.is_det(k + 3)
                            && s.is_aux_like(k + 4)))
                    // "that the plan, which critics fought, was ...": a relative
                    // on the short subject of a that-clause; so too right
                    // after a cue of a clause that takes no object ("Officials
                    // said the plan, which was approved in May, would cost
                    // ...").
                    && !(s.is_in(k + 1, &["who", "which", "whose"])
                        && k <= i + 5
                        && (s.is_in(i, &["that"])
                            || i > 0 && s.is_in(i - 1, &["that"])
                            || !clause
                                && !verb
                                && i > 0
                                && self.clause_cue_at(i - 1)
                                && self.relative_then_verb(k + 1))
                        && (i..k).all(|j| s.is_word(j) || s.is_poss(j)))
                {
                    return k;
                }
                // ", and its leaders threatened ...": a new clause with its own
                // subject and cue.
                if comma && s.is_in(k + 1, AND_BUT) && !self.in_quote(k) {
                    let new_clause = (k + 3..(k + 7).min(n))
                        .take_while(|&j| s.is_word(j) || s.is_poss(j))
                        .any(|j| {
                            s.cue_word(self.lx, j)
                                .is_some_and(|(_, f)| matches!(f, Form::Past | Form::Third))
                        })
                        // ", and he railed against ...", ", and I think ...": a
                        // personal pronoun opening the next clause.
                        || s.is_in(k + 2, W_SUBJ_PRONOUNS)
                            && s.is_word(k + 3)
                            && !s.is_stop(k + 3)
                        // ", and Ms. Brainard is ...": a name and an auxiliary.
                        || s.is_cap(k + 2)
                            && !s.is_stop(k + 2)
                            && (k + 3..(k + 6).min(n))
                                .take_while(|&j| s.is_cap(j) && s.is_word(j) || s.is_aux_like(j))
                                .any(|j| s.is_aux_like(j))
                        // "denied any role in the attacks, and the U.S. has
                        // never ...": after a noun-phrase content, a verb in the
                        // next words opens a clause of its own.
                        || !clause
                            && !verb
                            && !s.is_in(k + 2, W_THAT_WHO_WHICH)
                            && (k + 2..(k + 10).min(n))
                                .take_while(|&j| {
                                    !s.is_in(j, W_THAT_WHO_WHICH)
                                        && !s.is_p(j, ":")
                                        && !s.is_p(j, ";")
                                })
                                .any(|j| {
                                    verbal(j)
                                        || s.is_in(j, &["say", "says", "want", "wants"])
                                        || s.cue_word(self.lx, j).is_some_and(|(_, f)| {
                                            matches!(f, Form::Past | Form::Third)
                                        })
                                });
                    if new_clause {
                        return k;
                    }
                }
                // "... would rise, the company said.": the writer's own
                // attribution of the sentence closes it (after three words
                // of the content at least, which a row needs: "He said
                // prices rose, analysts said" keeps its one content; any
                // noun-phrase object of a cue that takes one: "called for
                // calm, his office said", "demanded an apology, state
                // media reported").
                // (A noun-phrase object of the row's cue: "called for calm".)
                let np_object = || !clause && !verb && self.object_cue_before(i).is_some();
                // (Any noun phrase of a belief, fear, wish or forecast,
                // however short: "Residents fear flooding, the mayor
                // said", "Economists expect a slowdown, the report said";
                // not "He said prices rose, analysts said".)
                let belief_object = || !clause && !verb && self.belief_cue_before(i);
                if comma
                    && (k >= i + usize::from(s.is_in(i, THAT)) + 3
                        || np_object()
                        || belief_object())
                    && self.tail_attribution(k)
                    && !self.opening_subordinate(i, k)
                    && !self.in_quote(k)
                {
                    return k;
                }
                // "don't believe in luck, said the striker": an inverted
                // closing attribution after such an object
                // ([`Ctx::inverted_tail`]).
                if comma && np_object() && self.inverted_tail(k) && !self.in_quote(k) {
                    return k;
                }
                // "..., calling it X": a participle clause of the speaker.
                if comma && self.is_cue_participle(k + 1) && !self.in_quote(k) {
                    return k;
                }
                // "..., before adding that ...": after an object or a
                // to-infinitive ("called it a stunt, before adding that",
                // "declined to comment, before confirming that"), not after
                // a clause, whose own subject the participle may have
                // ("said the suspect was released on bail, after admitting
                // that ...").
                // After a clause too for ", before adding / saying /
                // noting that ...": the speaker's next words ("said 12
                // people had died, before adding that the toll could rise").
                if comma
                    && (!clause && (!verb || s.is_in(i, TO))
                        || s.is_in(k + 1, &["before"])
                            && s.is_in(k + 2, &["adding", "saying", "noting"]))
                    && s.is_in(k + 1, W_UPON_BEFORE_AFTER)
                    && self.is_that_participle(k + 2)
                    && !self.in_quote(k)
                {
                    return k;
                }
                // The same with the comma inside the closing mark: `... was
                // "corrupt," noting that ...`, `"...," while ...`.
                if !comma
                    && s.is_quote_mark(k)
                    && k > i + 1
                    && s.is_p(k - 1, ",")
                    && self.in_quote(k - 1)
                    && !self.in_quote(k)
                    && (self.is_cue_participle(k + 1)
                        || s.is_in(k + 1, CUTS)
                        || self.according_next(k + 1)
                        // `... the deal "as soon as possible," an aide
                        // said.`: a closing attribution.
                        || self.tail_attribution(k))
                {
                    return k + 1;
                }
            } else {
                // "barely mentioned Clinton's remarks and went right back to
                // ...": an irregular past after an object opens a second verb
                // phrase of the speaker. So does an -ed past with an object
                // of its own after a cue with a noun-phrase object
                // ([`Ctx::second_ed_phrase`]: "denied the charges and
                // accused the officers of ...", "condemned the attack and
                // urged ...").
                if !clause && !verb && k > i && s.is_in(k, AND) && !self.in_quote(k) {
                    let j = if s.is_in(k + 1, AND_ADVERBS) {
                        k + 2
                    } else {
                        k + 1
                    };
                    // Not a past before a bare noun that is as often an
                    // adjective ("blamed higher costs and lost sales",
                    // "broken pipes and stuck valves"), nor after a content
                    // that has a verb of its own, a clause whose second
                    // verb the past is ("said the suspect stole a truck and
                    // drove ...": "stole" is no word of [`VERBAL`]; a
                    // four-letter "died/lied/tied" after a word other than a
                    // determiner is a verb too: "said the officer lied
                    // under oath and broke the law"), unless that verb is a
                    // rise or fall of a thing and the past after "and" is
                    // no "lost" ([`Ctx::thing_rose_or_fell`]: "said
                    // inflation rose \[and left rates unchanged\]", "said
                    // the ship sank \[and sent rescue teams\]"; "said its
                    // shares fell and lost a third of their value").
                    if k > i + 1
                        && s.is_in(j, IRREGULAR_PASTS)
                        && !(s.is_in(j, ADJ_PASTS) && bare_word(s, j + 1))
                        && (!self.content_has_verb(i, k)
                            || (self.thing_rose_or_fell(i, k) && !s.is_in(j, &["lost"])))
                        && !(i + 1..k)
                            .any(|m| s.is_in(m, &["died", "lied", "tied"]) && !s.is_det(m - 1))
                    {
                        return k;
                    }
                    if k > i + 1 && self.second_ed_phrase(i, k, j) {
                        return k;
                    }
                    // After the row's cue when it takes a noun-phrase
                    // object there ([`Ctx::object_cue_before`]: not one of
                    // saying, believing or confirming, even after an
                    // adjunct or a listener: "said in a televised address
                    // the government and its allies rejected", "believe
                    // the gunman and his brother planned"; nor after a mark
                    // or "that", whose clause's subject the phrase may be:
                    // "According to police, the gunman and his brother
                    // fled", "showed that moderates and women backed
                    // Clinton"):
                    // (1) "denied the allegations \[and was cleared\]",
                    // "accused X of fraud \[and is seeking damages\]": a finite
                    // "be", "have" or modal right after "and" has the speaker
                    // for its subject (the object is a noun phrase with no
                    // verb: no cut when the content holds one,
                    // [`Ctx::content_has_verb`]: "announced its profits fell
                    // and were expected to fall further").
                    // (2) "called for a ceasefire \[and the army rejected
                    // it\]": a clause of another subject, as after an object
                    // of `speaker-cue-obj` ([`Ctx::object_end`]); when the
                    // cue may take a that-less clause of a finite verb
                    // ([`thatless_clause_cue`]), only if the word before
                    // "and" names no agent ([`Ctx::agent_word`]: "denied
                    // its forces and allied militias committed abuses",
                    // "complained the police and the army abandoned the
                    // town", "announced the government and the unions
                    // signed a deal" are the cue's clause; "announced a
                    // rate cut \[and its governor said\]", "accepted the
                    // report \[and the findings shocked\]" are cut); an -s
                    // verb (after an -ly word, the word after it) before a
                    // word ("and Japanese comments." is no clause; "and the
                    // speaker agreed." is one).
                    // A one-word object only after a demand or appeal,
                    // whose one noun is a row of its own ("urged calm \[and
                    // police withdrew\]"; "denied wrongdoing and was
                    // cleared" keeps its one content).
                    if let Some(cue) = self
                        .object_cue_before(i)
                        .filter(|c| k > i + 1 || c.keys & SUBJUNCTIVE_CUE_KEYS != 0)
                    {
                        if s.is_aux_like(j)
                            && s.is_word(j + 1)
                            && !s.is_cap(j + 1)
                            && !self.content_has_verb(i, k)
                        {
                            return k;
                        }
                        if j == k + 1
                            && !(thatless_clause_cue(cue) && self.agent_word(k - 1))
                            && self.speaker_clause_np(k + 1, n).is_some_and(|np| {
                                let v = verb_after(s, np);
                                s.is_word(v + 1) || !s.bytes(v).ends_with(b"s")
                            })
                            && !(thatless_clause_cue(cue) && self.agent_head(i, k))
                        {
                            return k;
                        }
                    }
                }
                // "called her son a hero before explaining why ...": after
                // an object of two words or more with no verb before it (not
                // inside a clause, whose own subject the participle may
                // have: "said the gunman fled after shouting that ..."), a
                // participle of saying or claiming (`is_that_participle`).
                // After a to-infinitive of a past act too (`to_cut`,
                // "declined to comment before confirming that ...").
                if !clause
                    && (!verb || to_cut)
                    && k >= i + 2
                    && s.is_in(k, W_UPON_BEFORE_AFTER)
                    && self.is_that_participle(k + 1)
                    && !self.in_quote(k)
                {
                    return k;
                }
                // "preferred Clinton while 6 in 10 men backed Sanders",
                // "denied the charges after prosecutors filed them",
                // "criticized the plan before leaving": after a noun-phrase
                // content, a subordinate clause with its own subject and
                // verb, or an -ing participle, goes with the speaker's verb
                // (not "a time when ...": a relative on a time noun).
                if !verb && subs != 0 && self.sub_clause_at(i, k) {
                    return if s.is_in(k - 1, W_EVEN) { k - 1 } else { k };
                }
                // "... and urged X to": a second cue sharing the subject,
                // right after "and/but". After auxiliaries, adverbs or "not"
                // (the walk of the coordinated cue's own rule, `COORD_AUX`)
                // the walked words mostly go on with the content's own
                // subject ("said his client has cooperated and has denied
                // ...", "the suspect fled to Mexico and later denied ...",
                // "had resigned but had not explained why"): only "but" +
                // auxiliaries other than "had" + a verb of saying or giving
                // details with no object ([`detail_turn`]: "said the talks
                // would go on but did not say when") turns to the speaker,
                // and only with three words of content before it, which a
                // row needs ("said sales fell but did not say by how much"
                // keeps its one content). "not" right after the conjunction
                // only before a base form.
                // (The quote test, a binary search, last.)
                if s.is_in(k, AND_BUT) {
                    // A time phrase between the conjunction and the cue
                    // ("said the toll had risen to 40 and on Tuesday said
                    // it could rise further", "and last week warned"), as
                    // `apply_frames` skips it (not the second of "Monday
                    // and Tuesday"), before a verb of saying only
                    // ([`TIME_TURN_CUES`]; "and later denied", "and on
                    // Sunday claimed" go on with the content's subject).
                    // (Also after "then" and "late/early" before "on":
                    // "and then on Friday said", "and late on Wednesday
                    // told".)
                    let mut p = k + 1;
                    if s.is_in(p, &["then"]) {
                        p += 1;
                    }
                    if s.is_in(p, &["late", "early"]) && s.is_in(p + 1, &["on"]) {
                        p += 1;
                    }
                    let t = if s.is_in(k - 1, DAYS) {
                        k + 1
                    } else if s.is_in(p, &["on"]) && s.is_in(p + 1, DAYS)
                        || s.is_in(p, &["last", "this"]) && s.is_in(p + 1, TIME_UNITS)
                    {
                        p + 2
                    } else if s.is_in(p, DAYS) {
                        p + 1
                    } else {
                        k + 1
                    };
                    let mut j = t;
                    while j < n && j < t + 2 && s.is_in(j, COORD_AUX) {
                        j += 1;
                    }
                    let turns = j == t
                        || k >= i + usize::from(s.is_in(i, THAT)) + 3
                            && detail_turn(s, k, j)
                            && !(k + 1..j).any(|a| s.is_in(a, &["had"]));
                    if turns
                        && j < n
                        && s.is_word(j)
                        && (t == k + 1 || s.is_in(j, TIME_TURN_CUES))
                        && self
                            .second_cue_form(j, k > i + 1, || {
                                clause
                                    || (i..k).any(|m| {
                                        verbal(m)
                                            || finite_form(s, m)
                                            || s.is_in(m, &INTRANSITIVE_FINITE)
                                    })
                            })
                            .is_some_and(|f| {
                                matches!(f, Form::Past | Form::Third) && !s.is_in(k + 1, &["not"])
                                    || f == Form::Base && j > t
                            })
                        && !(j == k + 1 && passive_pair(s, self.lx, k))
                        && !self.in_quote(k)
                    {
                        return k;
                    }
                }
                // "painted a dire portrait as he accepted the nomination", "the
                // overthrow of Assad, even though it was clear ...": a
                // subordinate clause of the speaker's sentence with a pronoun
                // subject (not "as he said", "as long as he").
                if s.is_in(k, AS_THOUGH) && self.as_clause_at(i, k) {
                    return if s.is_in(k - 1, W_EVEN) { k - 1 } else { k };
                }
                // "... the party doesn't care, and one in four said it was
                // out of touch", "21 percent said yes and 14 percent said no",
                // ", and more than 4 in 10 said ...": a share of respondents
                // after "and" opens a new clause with its own cue.
                if s.is_in(k, AND) && k > i + 1 && self.share_clause(k + 1) && !self.in_quote(k) {
                    return if s.is_p(k - 1, ",") { k - 1 } else { k };
                }
                // "... and would not say": a second verb phrase of the speaker.
                if s.is_in(k, AND)
                    && k > i + 1
                    && s.is_in(k + 1, AND_VERB)
                    // (After a finite verb of the content, "and would/has
                    // ..." goes on with the reported clause: "said it was
                    // ready to act and would use all its tools".)
                    && !(verb && s.is_in(k + 1, &["would", "will", "has", "have", "had"]))
                    && !self.in_quote(k)
                {
                    return if s.is_p(k - 1, ",") { k - 1 } else { k };
                }
                // "confirmed the messages \[but would say nothing\]",
                // "claimed victory in the primary \[but has not secured
                // the nomination\]": after a noun-phrase content of two
                // words or more, "but" + a finite auxiliary or a verb of
                // `AND_VERB` opens the speaker's second verb phrase
                // ([`Ctx::but_turn`]).
                if !clause && !verb && k > i + 1 && self.but_turn(i, k) {
                    return if s.is_p(k - 1, ",") { k - 1 } else { k };
                }
            }
            k += 1;
        }
        n
    }

    /// Whether "but" at token `k` after a noun-phrase content starting at
    /// token `i` (no clause opener, no verb: [`Ctx::clause_end`]) opens a
    /// second verb phrase of the speaker: "but" + a finite auxiliary, a
    /// modal, "did/does" or a word of [`AND_VERB`] (not "also": "called
    /// for not only a ceasefire but also talks"), then a lowercase word
    /// ("denied the report \[but did not rule out ...\]", "mentioned his
    /// rivals by name \[but would not say ...\]", "claimed a victory
    /// \[but was later stripped of it\]"). A noun phrase takes no
    /// finite verb, so the verb is the speaker's. Not after "not only /
    /// just / merely / simply" in the content or right before it ("not
    /// only the tax cuts but would ..." coordinates), nor right after a
    /// finite verb of saying ([`SAID_FORMS`]) or in a content with a past
    /// of its own ([`Ctx::content_has_verb`]): a that-less clause, whose
    /// subject may do the second act ("said fees fell but did not say by
    /// how much", "said the ferry line knew about the leak but did not
    /// disclose it"); nor inside a quote.
    pub(in crate::attribution::rules) fn but_turn(&self, i: usize, k: usize) -> bool {
        let s = self.s;
        s.is_in(k, &["but"])
            && (s.is_aux_like(k + 1) || s.is_in(k + 1, W_DO_MODALS) || s.is_in(k + 1, AND_VERB))
            && !s.is_in(k + 1, &["also"])
            && s.is_word(k + 2)
            && !s.is_cap(k + 2)
            && !(i.saturating_sub(1)..k).any(|j| {
                s.is_in(j, &["not"]) && s.is_in(j + 1, &["only", "just", "merely", "simply"])
            })
            && !(i > 0 && s.is_in(i - 1, SAID_FORMS))
            && !self.content_has_verb(i, k)
            && !self.present_after_np(i, k)
            && !self.thatless_cue_before(i)
            && !self.in_quote(k)
    }

    /// Whether the row's cue, ending at most six words before the content
    /// at token `i`, is one whose content after it is a that-less clause far
    /// more often than an object ([`THATLESS_KEYS`]: "say", "believe",
    /// "think", "suspect", "insist", "know", "hope" ...): "Police say the
    /// man owns a gun but has no criminal record", "officials believe the
    /// men own a gun but have no record" (a plural present, which no
    /// spelling tells): the clause's subject does the second act.
    fn thatless_cue_before(&self, i: usize) -> bool {
        let (lemma, cj) = self.cue.get();
        lemma != usize::MAX
            && cj <= i
            && i <= cj + 6
            && self.lx.cue(lemma).keys & THATLESS_KEYS != 0
    }

    /// Whether the content from token `i` to "but" at token `k` opens with
    /// a noun phrase followed by a lowercase -s word of four letters or
    /// more (after an -ly word, the word after it; not "-ss", "-us", "-is"
    /// nor a word of [`NOT_PRESENT_S`]): a present verb, so the content is
    /// a that-less clause ("confirmed the company owns the site but ...",
    /// "the virus spreads through water but may ..."); "the deaths of
    /// three soldiers", "reports of a cover-up" have none.
    fn present_after_np(&self, i: usize, k: usize) -> bool {
        let s = self.s;
        forward(s, self.lx, i).is_some_and(|np| {
            let v = np.b + usize::from(np.b + 1 < k && s.bytes(np.b).ends_with(b"ly"));
            np.a == i && v < k && s.is_word(v) && !s.is_cap(v) && !s.is_in(v, &NOT_PRESENT_S) && {
                let w = s.bytes(v);
                w.len() >= 4
                    && w.ends_with(b"s")
                    && !w.ends_with(b"ss")
                    && !w.ends_with(b"us")
                    && !w.ends_with(b"is")
            }
        })
    }

    /// The form of a cue opening at token `j`, a second cue of the speaker
    /// after "and/but" ([`Ctx::clause_end`]): a one-word cue form, or a
    /// cue of several words the scan found there that reports a content
    /// (a class of [`CLAUSE_CUE_KEYS`] but "appear", and a that-clause or
    /// object frame): "denies any wrongdoing \[and points out that ...\]",
    /// "\[and spelled out its demands\]"; not "and looks like", "but
    /// went on to build", "and adds up"). A cue of several words only
    /// when `phrase` (a content of two words or more): cut to one word
    /// ("denied wrongdoing \[and points out that ...\]") the row would be
    /// dropped as a bare noun, so it keeps its whole content. After a
    /// `clause` content (a verb of its own; asked only for a cue of several
    /// words), only a cue of saying, adding
    /// or telling ("went on to say") or one before "that" ("points out
    /// that"): "said the troops came under attack and fired back", "said
    /// its sales fell and pointed to ..." are the clause subject's acts.
    fn second_cue_form(&self, j: usize, phrase: bool, clause: impl Fn() -> bool) -> Option<Form> {
        const KEYS: u64 = CLAUSE_CUE_KEYS & !crate::lexicon::key::classes(&["appear"]);
        const SAY_KEYS: u64 = crate::lexicon::key::classes(&["say", "add", "tell"]);
        let s = self.s;
        s.cue_word(self.lx, j).map(|(_, f)| f).or_else(|| {
            phrase
                .then(|| {
                    self.cues.iter().find(|c| {
                        c.tok as usize == j && {
                            let e = self.lx.cue(c.cue);
                            e.keys & KEYS != 0
                                && e.frames & (frame::THAT | frame::OBJ) != 0
                                && (e.keys & SAY_KEYS != 0
                                    || !clause()
                                    || s.is_in(s.tok_at(c.end), THAT))
                        }
                    })
                })
                .flatten()
                .map(|c| c.form)
        })
    }

    /// Whether "as" or "even though/as" at token `k` opens a subordinate
    /// clause of the speaker's sentence with a pronoun subject, ending a
    /// content that starts at token `i` ([`Ctx::clause_end`]: "painted a
    /// dire portrait as he accepted the nomination", "the overthrow of
    /// Assad, even though it was clear ..."; not "as he said", "as long
    /// as he").
    fn as_clause_at(&self, i: usize, k: usize) -> bool {
        let s = self.s;
        k > i + 1
            && (s.is_in(k, W_AS) || s.is_in(k - 1, W_EVEN))
            && !(k > i + 2 && s.is_in(k - 2, W_AS))
            && s.is_in(k + 1, W_SUBJ_PRONOUNS)
            && s.is_word(k + 2)
            && !s.is_aux_like(k + 2)
            && !s.is_in(k + 2, AS_PRONOUN_NOT)
            && !self.in_quote(k)
    }

    /// Whether a noun-phrase content starting at token `i` ends before a
    /// subordinate clause of the speaker's own at token `k`
    /// ([`Ctx::clause_end`]): within its first eight tokens, a
    /// subordinator of `CONTENT_SUBORDINATORS` but "since" ("the worst
    /// losses since regulators tightened ...": "since" mostly dates the
    /// noun) after a [`Ctx::plain_object`], followed by a subject and a
    /// finite verb or by an -ing participle, outside quotes.
    pub(in crate::attribution::rules) fn sub_clause_at(&self, i: usize, k: usize) -> bool {
        let s = self.s;
        k > i
            && k <= i + 8
            && k < self.n()
            && s.in_sets(k, W_SUB_OPENERS.bit())
            && s.is_in(k, CONTENT_SUBORDINATORS)
            && !s.is_in(k, &["since"])
            && self.plain_object(i, k)
            && (s.is_word(k + 1)
                && !s.is_cap(k + 1)
                && s.bytes(k + 1).len() > 5
                && s.bytes(k + 1).ends_with(b"ing")
                && !s.is_stop(k + 1)
                || self.subject_verb_at(k + 1, self.n()).is_some())
            && !self.in_quote(k)
    }

    /// Whether tokens `i..k` before a subordinator at `k` are a plain
    /// noun-phrase object ([`Ctx::clause_end`]): not after "that", not
    /// opening with a gerund, no auxiliary, past form or "as" in them
    /// ("that Clinton used a private server while ...", "described him
    /// as weak because ...", "sitting in on groups when ..."), and the
    /// word before the subordinator a content word or a comma, not a
    /// preposition, an adverb or a time noun ("for once", "particularly
    /// when", "the days when").
    fn plain_object(&self, i: usize, k: usize) -> bool {
        let s = self.s;
        // (Past "even" and a comma: ", even though ...".)
        let mut q = k;
        if q > i + 1 && s.is_in(q - 1, W_EVEN) {
            q -= 1;
        }
        if q > i + 1 && s.is_p(q - 1, ",") {
            q -= 1;
        }
        let p = q - 1;
        if p < i
            || i > 0 && s.is_in(i - 1, THAT)
            || s.bytes(i).ends_with(b"ing")
            || !s.is_word(p) && !s.is_poss(p) && !s.is_quote_mark(p)
            || s.is_word(p) && (s.is_stop(p) || s.bytes(p).ends_with(b"ly"))
            || s.is_in(p, TIME_NOUNS)
            || s.is_in(
                p,
                &[
                    "time", "times", "moment", "moments", "point", "era", "days", "back",
                ],
            )
        {
            return false;
        }
        (i..k).all(|j| {
            !s.is_word(j)
                || !(s.is_aux_like(j)
                    || s.is_in(j, W_DO_MODALS)
                    || s.is_in(j, IRREGULAR_PASTS)
                    // "he'll", "they're", "don't": a contracted verb.
                    || contracted(s.bytes(j))
                    || s.is_in(j, W_AS)
                    || !s.is_cap(j) && s.bytes(j).len() > 3 && s.bytes(j).ends_with(b"ed"))
        })
    }

    /// Whether the comma at token `k` opens the writer's attribution of
    /// the whole sentence, at its end: a subject and a past or present cue
    /// form ("..., the company said.", "..., analysts said Monday", "...,
    /// Reuters reported, citing ...", "..., he replied, \"We ...\"", "...,
    /// officials said that ..."), maybe after "and" or "but" or an -ly
    /// adverb ("Politico recently reported"), which ends a content before
    /// it (`Ctx::clause_end`, not after an opening subordinate clause of
    /// the content: [`Ctx::opening_subordinate`]). Not a parenthetical the
    /// content goes on after ("the suspect, he told them, had fled", "Mr.
    /// Ruiz, she believed, had misled ..."), nor a verb followed by
    /// anything else ("..., I wrote in \"Ralph Nader\"";
    /// [`Ctx::attribution_tail`]).
    pub(in crate::attribution::rules) fn tail_attribution(&self, k: usize) -> bool {
        self.tail_attribution_in(k, 0)
    }

    /// [`Ctx::tail_attribution`] as the `depth`-th tag of a chain of
    /// closing attributions ("..., he said, the minister added": the
    /// first tag ends where the second begins, [`Ctx::tag_ends_at`]).
    /// (A chain is followed three tags deep and no further, so that a
    /// sentence of many tags in a row costs each test a bounded walk, not
    /// one down the whole chain: callers test every comma of a content.)
    fn tail_attribution_in(&self, k: usize, depth: u8) -> bool {
        let s = self.s;
        let n = self.n();
        let j = if s.is_in(k + 1, AND_BUT) {
            k + 2
        } else {
            k + 1
        };
        // (The subject's first word: a determiner, a pronoun, a name, a
        // plural noun, a speaker noun or a modifier before one ("police",
        // "state media", "local police"); not a relative.)
        // (The class bits by `|`, without a branch each.)
        if !s.is_word(j)
            || !(s.is_det(j) | s.is_pronoun(j) | s.is_cap(j) | s.bytes(j).ends_with(b"s")
                || s.speaker_noun(self.lx, j).is_some()
                || s.is_word(j + 1) && s.speaker_noun(self.lx, j + 1).is_some())
            || s.is_in(j, W_THAT_WHO_WHICH)
        {
            return false;
        }
        // The cue first, by its token bits, within the next words (the
        // subject search, which costs more, only for a cue with a tail):
        // a past or present form in lowercase.
        let last = n.min(j + 8);
        let mut v = j + 1;
        while v < last && (s.is_word(v) || s.is_poss(v)) {
            if s.is_word(v)
                && !s.is_cap(v)
                && s.cue_word(self.lx, v)
                    .is_some_and(|(_, f)| matches!(f, Form::Past | Form::Third))
                && self.attribution_tail(v, depth)
            {
                // The subject runs from `j` to the cue (maybe before an
                // -ly adverb: "Politico recently reported").
                return forward(s, self.lx, j).is_some_and(|np| {
                    np.a == j && (np.b == v || np.b + 1 == v && tag_adverb(s, np.b))
                });
            }
            v += 1;
        }
        false
    }

    /// Whether what follows the cue at token `v` of a closing attribution
    /// ([`Ctx::tail_attribution`]; after the hearer of "told": "told
    /// reporters", "told Reuters") may end the sentence's attribution: the
    /// sentence's end, a reported clause or quote of the tag's own, a
    /// time, the occasion ("in a statement"), or after a comma a
    /// participle or a contrast.
    fn attribution_tail(&self, v: usize, depth: u8) -> bool {
        let s = self.s;
        let n = self.n();
        let a = if s.is_in(v, &["told"]) && s.is_word(v + 1) && !s.is_in(v + 1, THAT) {
            forward(s, self.lx, v + 1)
                .filter(|o| o.a == v + 1)
                .map_or(v + 2, |o| o.b)
        } else {
            v + 1
        };
        // A time or the occasion after the cue ("said on Tuesday", "said
        // late Sunday", "said in a statement"): the tag ends after it
        // unless a comma and a verb follow, the rest of a content the tag
        // sits inside ("the virus, officials said on Tuesday, had
        // spread"; "..., diplomats said late Sunday, as fighting went
        // on" ends it).
        // (Also an -ly adverb of the telling: "said privately", "said
        // separately", "reported recently".)
        let adjunct = s.is_in(a, DAYS)
            || tag_adverb(s, a)
            || s.is_in(a, &["on"]) && s.is_in(a + 1, DAYS)
            || s.is_in(a, TAIL_TIMES)
            || s.is_in(a, &["in", "at"]) && s.is_in(a + 1, TAIL_DETS);
        if adjunct {
            let mut p = a + 1;
            while p < n && p < a + 8 && s.is_word(p) {
                p += 1;
            }
            let verb_after = |q: usize| {
                s.is_in(q, VERBAL)
                    || s.is_in(q, W_DO_MODALS)
                    || s.is_in(q, &["not", "never", "also"])
                    || s.is_word(q) && !s.is_cap(q) && s.bytes(q).ends_with(b"ed")
            };
            return if s.is_p(p, ",") {
                !verb_after(p + 1)
            } else {
                self.tag_ends_at(p, depth)
            };
        }
        // "..., officials said supply lines were open.": a that-less
        // clause of "said/says" that runs, within 30 tokens and with no
        // comma, to the sentence's end or to a mark that ends a tag (";",
        // ":", a dash, a parenthesis; not a parenthetical: "the suspect,
        // he said the police believed, had fled"), opened by its subject: a determiner, a
        // pronoun, a name or a content word, not a preposition ("attacks
        // that, she noted, Trump said during the debate were ...": the
        // relative's gap).
        let clause_to_end = || {
            s.is_in(v, &["said", "says"])
                && s.is_word(a)
                && (!s.is_stop(a) || s.is_det(a) || s.is_pronoun(a))
                && {
                    let mut p = a + 1;
                    while p < n && p < a + 30 && (s.is_word(p) || s.is_poss(p)) {
                        p += 1;
                    }
                    p >= n
                        || s.is_punct(p)
                            && !s.is_p(p, ",")
                            && !s.is_quote_mark(p)
                            && self.tag_ends_at(p, depth)
                }
        };
        s.is_in(a, THAT) || self.tag_ends_at(a, depth) || clause_to_end()
    }

    /// Whether a closing attribution's tag ends at token `a`: the
    /// sentence's end, a mark other than a comma, or a comma before a
    /// quotation, a contrast, an "-ing" participle ("..., the agency
    /// reported, citing ..."), "according to" or a second closing
    /// attribution ("..., he said, the minister added", "..., officials
    /// said, according to a statement"), the tag being the `depth`-th of
    /// its chain ([`Ctx::tail_attribution_in`]).
    fn tag_ends_at(&self, a: usize, depth: u8) -> bool {
        let s = self.s;
        a >= self.n()
            || s.is_punct(a) && !s.is_p(a, ",")
            || s.is_p(a, ",")
                && (s.is_quote_mark(a + 1) && s.is_cap(a + 2)
                    || s.is_in(
                        a + 1,
                        &["but", "though", "although", "while", "whereas", "and"],
                    )
                    || s.is_word(a + 1) && !s.is_cap(a + 1) && s.w(a + 1).ends_with("ing")
                    || self.according_next(a + 1)
                    || depth < 2 && self.tail_attribution_in(a, depth + 1))
    }

    /// Whether the comma at token `k` closes the subordinate clause that
    /// opens the content starting at token `i` (after "that"): "that
    /// although the talks failed, he insisted ..." goes on with its own
    /// main clause. So does a time or place phrase after "that" ("said
    /// that in March, the airline admitted that ...", "that during the
    /// trial, witnesses testified ...").
    fn opening_subordinate(&self, i: usize, k: usize) -> bool {
        let s = self.s;
        let after_that = s.is_in(i, THAT);
        let c0 = if after_that { i + 1 } else { i };
        let that_before = after_that || i > 0 && s.is_in(i - 1, THAT);
        // (The phrase is short, three tokens at most: "that in March
        // sales fell, the company said" ends at its tag; or longer with
        // no verb of its own, also after "whether": "testified that on
        // the night of the crash, the driver said he was tired" goes on.)
        let c0 = if s.is_in(i, &["whether"]) { i + 1 } else { c0 };
        let no_verb = || {
            (c0 + 1..k).all(|m| {
                (s.is_word(m) || s.is_poss(m))
                    && !(s.is_aux_like(m)
                        || s.is_in(m, W_DO_MODALS)
                        || s.is_in(m, VERBAL)
                        || s.is_in(m, IRREGULAR_PASTS)
                        || !s.is_cap(m) && s.bytes(m).len() > 3 && s.bytes(m).ends_with(b"ed"))
            })
        };
        (s.is_in(c0, TAIL_SUBORDINATORS)
            || (that_before || s.is_in(i, &["whether"]))
                && s.is_in(c0, THAT_ADJUNCT_OPENERS)
                && (k <= c0 + 3 || k <= c0 + 12 && no_verb()))
            && (c0 + 1..k).all(|m| !s.is_p(m, ","))
    }

    /// Whether a share of respondents opens a clause at token `j` with
    /// "say/says/said" within seven tokens: a number (digits or a
    /// word) or a quantity opener ("more than 4 in 10", "one in four",
    /// "14 percent", "nearly half") followed only by numbers, "%",
    /// "percent", "in/of/than" and quantity words before the cue.
    fn share_clause(&self, j: usize) -> bool {
        let s = self.s;
        let number = |k: usize| {
            s.is_word(k)
                && (s.bytes(k).first().is_some_and(u8::is_ascii_digit) || s.is_number_word(k))
        };
        let n = self.n();
        // (The word-set bits first: every word of the list that may open
        // the share is a quantity opener or quantifier, and the list's
        // own test, a loop over its words, is made only for those.)
        if j >= n
            || !(number(j)
                || s.in_sets(j, SHARE_OPENERS)
                    && s.is_in(j, &SHARE_WORDS)
                    && !s.is_in(j, SHARE_NOT_FIRST))
        {
            return false;
        }
        let mut has_number = false;
        for k in j..n.min(j + 7) {
            if number(k) || s.is_p(k, "%") || s.is_in(k, &["half", "third", "quarter"]) {
                has_number = true;
                continue;
            }
            if !s.is_word(k) {
                return false;
            }
            if s.is_in(k, &SHARE_WORDS) {
                continue;
            }
            // (Only "say/says/said": "and 42 percent favored X" after a
            // poll's finding goes on with the finding.)
            return has_number && k > j && s.is_in(k, &["say", "says", "said"]);
        }
        false
    }

    /// Whether "according to" opens at token `i`.
    #[inline]
    fn according_next(&self, i: usize) -> bool {
        self.s.is_in(i, &["according"]) && self.s.is_in(i + 1, TO)
    }

    /// Whether the source of an "according to" starting at token `i` is
    /// an aside inside a clause: a comma within a dozen tokens, then the
    /// clause goes on with its finite verb (an auxiliary, an irregular
    /// past or an -ed form: "the bill, according to the budget office,
    /// would cost ...", "the attack, according to early reports, killed
    /// 12"), not an apposition or a new clause of the source.
    fn according_inside(&self, i: usize) -> bool {
        let s = self.s;
        let n = self.n();
        let Some(c) = (i..n.min(i + 12)).find(|&k| !s.is_word(k) && !s.is_poss(k)) else {
            return false;
        };
        let v = c + 1;
        s.is_p(c, ",") && finite_form(s, v)
    }

    /// A subject phrase opening at token `g` and followed, before token
    /// `end`, by a finite verb (maybe after an -ly adverb): an auxiliary,
    /// an irregular past, an -ed form or a past or -s cue form ("Trump
    /// hewed", "the league strongly denounced", "Emanuel said").
    pub(in crate::attribution::rules) fn subject_verb_at(
        &self,
        g: usize,
        end: usize,
    ) -> Option<Np> {
        let s = self.s;
        let np = forward(s, self.lx, g).filter(|np| np.a == g && np.b < end)?;
        let v = verb_after(s, np);
        // (A pronoun's contracted "is/has": "she's tacked to the left".)
        let contracted = np.b == np.a + 1 && s.is_pronoun(np.a) && s.is_poss(np.b);
        let verb = contracted
            || v < end
                && (finite_form(s, v)
                    || s.is_word(v)
                        && !s.is_cap(v)
                        && s.cue_word(self.lx, v)
                            .is_some_and(|(_, f)| matches!(f, Form::Past | Form::Third)));
        verb.then_some(np)
    }

    /// Whether a subject phrase opening at token `g` is followed, before
    /// token `end`, by an -s form of a cue, "said/warned/complained/...",
    /// or another past form of a cue not followed by a preposition or a
    /// time word ("and Clinton said", "and Donald Trump says", "and the
    /// army claimed responsibility"): a clause of its own speaker, not a
    /// coordinated object ("Kasich and
    /// Rand Paul paid ..." is no cue; "the executives named in the
    /// lawsuit", "the militias accused of the massacre", "the evidence
    /// cited by them", "the workers dismissed in 2020": a past participle
    /// modifying the noun). Also a known subject, or one of an article,
    /// before another past with an object of its own; an intransitive
    /// past ([`INTRANSITIVE_FINITE`]) when the row's cue takes no
    /// that-less clause ([`thatless_clause_cue`]); and a subject of common
    /// nouns the speaker search does not know
    /// ([`Ctx::plain_subject_verb_at`]).
    pub(super) fn speaker_clause_at(&self, g: usize, end: usize) -> bool {
        self.speaker_clause_np(g, end).is_some()
    }

    /// [`Ctx::speaker_clause_at`] with the subject phrase found.
    fn speaker_clause_np(&self, g: usize, end: usize) -> Option<Np> {
        const AFTER_PARTICIPLE: WordList = WordList::new(&[
            "in", "by", "of", "for", "at", "on", "from", "during", "under", "with", "after",
            "over", "since", "as", "to", "into", "against", "about", "before", "last", "earlier",
        ]);
        // Past forms that hardly modify a noun ("and the company warned
        // of job cuts", "and the governor said in a statement").
        const FINITE_PAST: &[&str] = &[
            "said",
            "warned",
            "complained",
            "insisted",
            "argued",
            "testified",
            "spoke",
            "responded",
            "replied",
            "explained",
            "added",
            "stressed",
        ];
        let s = self.s;
        // An intransitive past ends the content only after a cue that
        // takes no that-less clause ("demanded new elections \[and the
        // government collapsed\]"); after one that does, "the X and the Y
        // rose" is one clause with a coordinated subject ("complained the
        // prices and the rents rose", "denied the talks and the ceasefire
        // collapsed", "announced its revenue and its profit rose").
        let wide = {
            let (lemma, _) = self.cue.get();
            lemma == usize::MAX || !thatless_clause_cue(self.lx.cue(lemma))
        };
        let intransitive =
            |v: usize| wide && s.is_word(v) && !s.is_cap(v) && s.is_in(v, &INTRANSITIVE_FINITE);
        self.subject_verb_at(g, end)
            .or_else(|| {
                // (A known subject before an intransitive past, which
                // `subject_verb_at` does not take: "police withdrew".)
                forward(s, self.lx, g).filter(|np| np.a == g && np.b < end && intransitive(np.b))
            })
            .filter(|np| {
                let v = verb_after(s, *np);
                v < end
                    && match s.cue_word(self.lx, v) {
                        Some((_, f)) => {
                            f == Form::Third
                                || f == Form::Past
                                    && (s.is_in(v, FINITE_PAST)
                                        || !s.is_in(v + 1, &AFTER_PARTICIPLE))
                        }
                        // A past that is no cue after a subject with an
                        // article, with an object of its own (a determiner, an
                        // object pronoun or a number), which no participle
                        // modifying the noun takes ("asked for a stay and the
                        // court granted it", "and the judge rejected the
                        // request"; not "the documents filed in court", "the
                        // firefighters sent overnight", "and the money
                        // raised").
                        None => {
                            s.is_in(np.a, ARTICLES)
                            && !s.is_aux_like(v)
                            && (finite_form(s, v) || s.is_word(v) && s.is_in(v, VERBAL))
                            && v + 1 < end
                            && !time_phrase_at(s, v + 1)
                            && (s.is_det(v + 1)
                                || s.is_in(v + 1, &["it", "them", "him", "her", "us"])
                                || s.bytes(v + 1).first().is_some_and(u8::is_ascii_digit))
                            // An intransitive past, which has no passive
                            // participle to modify a noun with, after any
                            // subject ("urged calm \[and police withdrew
                            // from the square\]", "demanded new elections
                            // \[and the government collapsed\]"; `wide`).
                            || intransitive(v)
                        }
                    }
            })
            .or_else(|| self.plain_subject_verb_at(g, end, wide))
    }

    /// A subject phrase of a common noun the speaker search does not know
    /// ([`forward`] finds none: "the bidder", "its rival", "the
    /// newspaper's owner"): a lowercase determiner and one to three
    /// lowercase words that are no function word and no verb form, then
    /// the verb before token `end`: an intransitive past
    /// ([`INTRANSITIVE_FINITE`], only when `wide`: "and the government
    /// collapsed"), or a finite form ([`finite_form`]) or a cue's past or
    /// -s form with an object of its own, a determiner or an object
    /// pronoun ("and the bidder raised its offer"). A participle or a
    /// plural noun in a noun phrase takes none: "the job cuts announced
    /// this week", "the reforms promised two years ago", "the tax hikes
    /// proposed.", "the media reports about its finances" are no
    /// clause. The phrase ends at the verb.
    fn plain_subject_verb_at(&self, g: usize, end: usize, wide: bool) -> Option<Np> {
        let s = self.s;
        if g >= end || !s.is_det(g) || s.is_cap(g) {
            return None;
        }
        let listed = |v: usize| s.is_word(v) && !s.is_cap(v) && s.is_in(v, &INTRANSITIVE_FINITE);
        let verb = |v: usize| {
            listed(v)
                || finite_form(s, v)
                || s.is_word(v)
                    && !s.is_cap(v)
                    && s.cue_word(self.lx, v)
                        .is_some_and(|(_, f)| matches!(f, Form::Past | Form::Third))
        };
        let mut v = g + 1;
        while v < end && v < g + 4 && s.is_word(v) && !s.is_cap(v) && !s.is_stop(v) && !verb(v) {
            v += 1;
        }
        if v == g + 1 || v >= end || !verb(v) {
            return None;
        }
        // An object of its own: not a time phrase ("announced this week",
        // "reported last night", "promised two years ago", "a week ago").
        // Nor "each/every/all" + a time unit ("the levies imposed every
        // year", "the pay rises promised each quarter"), nor a determiner
        // phrase before a verb of its own: a contact relative's subject
        // ("the pension promises \[the company made\]", "the spending
        // plans \[the minister unveiled\]").
        let relative = || {
            let mut m = v + 2;
            while m < end && m < v + 5 && s.is_word(m) && !s.is_cap(m) && !s.is_stop(m) {
                if verb(m) {
                    return m > v + 2;
                }
                m += 1;
            }
            false
        };
        let object = v + 1 < end
            && (s.is_det(v + 1)
                && !s.is_in(v + 1, THAT)
                && !time_phrase_at(s, v + 1)
                && !(s.is_in(v + 1, &["each", "every", "all"])
                    && (s.is_in(v + 2, TIME_UNITS)
                        || s.is_in(
                            v + 2,
                            &[
                                "day", "night", "weeks", "months", "years", "quarter", "season",
                            ],
                        )))
                && !s.is_in(v + 3, &["ago", "earlier", "later", "before"])
                && !relative()
                || s.is_in(v + 1, &["it", "them", "him", "her", "us"]));
        (wide && listed(v) || object).then_some(Np { a: g, b: v })
    }

    /// The first comma outside quotes after token `i` (or the sentence end).
    pub(in crate::attribution::rules) fn comma_end(&self, i: usize) -> usize {
        let s = self.s;
        (i + 1..self.n())
            .find(|&k| s.is_p(k, ",") && !self.in_quote(k))
            .unwrap_or(self.n())
    }

    pub(in crate::attribution::rules) fn span(&self, a: usize, b: usize) -> Span {
        trim_span(self.s, a, b)
    }

    /// The kind of content `span` by its quotation marks.
    pub(in crate::attribution::rules) fn kind_of(&self, span: Span, default: Kind) -> Kind {
        let mut quoted = 0usize;
        // The same with the marks: a span that is one quote with its
        // curly marks (3 bytes each: `“...”`) or doubled ones (`''...''`)
        // is as direct as one in straight marks.
        let mut marked = 0usize;
        let mut any = false;
        // Quotes are sorted and do not overlap, so their ends are sorted:
        // the first that may overlap by binary search.
        let first = self.closed_by(span.0);
        for q in &self.quotes[first..] {
            if q.open >= span.1 {
                break;
            }
            let ov = span.1.min(q.end).saturating_sub(span.0.max(q.start));
            if ov > 0 {
                any = true;
                quoted += ov;
                marked += span.1.min(q.close_end).saturating_sub(span.0.max(q.open));
            }
        }
        if !any {
            return default;
        }
        let len = span.1 - span.0;
        if quoted + 2 >= len || marked >= len {
            Kind::Direct
        } else if default == Kind::Stance {
            Kind::Stance
        } else {
            Kind::Mixed
        }
    }
}
