//! The draft filters, run after the rules on a document's drafts: duplicate
//! content, anonymity requests, drafts nested in another draft's reported
//! clause, spanning speakers, and the cue guards that drop a draft whose cue
//! is no speech (a phone call, an eventive "see", a passive, an idiom, a
//! question asked, a quantity, a title in quotes, or a noun after an
//! adjective: "Strong demand lifted exports").

use super::*;

/// A table from a content span to the index of the first draft entered
/// with it, for [`dedupe`]: open addressing with linear probing in a
/// power-of-two array of at least twice as many slots as drafts, made
/// empty for each document (the array is kept; a document's drafts are
/// few, about 20 over train, so the reset is a short fill). A slot holds
/// only the draft's index (4 bytes; its content is read from the drafts,
/// which `content` gives), so the table of one huge document takes less
/// memory than a hash map of the spans did.
#[derive(Default)]
pub(super) struct ContentTable {
    /// The slots: a draft's index, [`ContentTable::EMPTY`] when empty.
    pub(super) slots: Vec<u32>,
    /// `slots.len() - 1`.
    pub(super) mask: usize,
    /// 64 less the bits of `mask`: a hash's top bits pick the home slot.
    pub(super) shift: u32,
}

impl ContentTable {
    /// An empty slot.
    pub(super) const EMPTY: u32 = u32::MAX;

    /// Empties the table and makes room for `n` entries.
    pub(super) fn reset(&mut self, n: usize) {
        let len = (2 * n).next_power_of_two().max(16);
        self.slots.clear();
        self.slots.resize(len, Self::EMPTY);
        self.mask = len - 1;
        self.shift = 64 - len.trailing_zeros();
    }

    /// The first slot to probe for `c`.
    #[inline]
    pub(super) fn home(&self, c: Span) -> usize {
        let h = (c.0 as u64 ^ (c.1 as u64).rotate_left(29)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (h >> self.shift) as usize
    }

    /// The index entered with content `c`, or none after entering `i`
    /// with it; `content(j)` is the content of the draft entered as `j`.
    /// (Indexes past 32 bits are never entered: a document of four
    /// billion drafts cannot be held.)
    #[inline]
    pub(super) fn first_or_insert(
        &mut self,
        c: Span,
        i: usize,
        content: impl Fn(usize) -> Span,
    ) -> Option<usize> {
        let mut at = self.home(c);
        loop {
            let j = self.slots[at];
            if j == Self::EMPTY {
                self.slots[at] = i as u32;
                return None;
            }
            if content(j as usize) == c {
                return Some(j as usize);
            }
            at = (at + 1) & self.mask;
        }
    }

    /// The index entered with content `c`, if any (`content` as for
    /// [`ContentTable::first_or_insert`]).
    pub(super) fn get(&self, c: Span, content: impl Fn(usize) -> Span) -> Option<usize> {
        let mut at = self.home(c);
        loop {
            let j = self.slots[at];
            if j == Self::EMPTY {
                return None;
            }
            if content(j as usize) == c {
                return Some(j as usize);
            }
            at = (at + 1) & self.mask;
        }
    }
}

/// Drops drafts whose content repeats an earlier draft's content exactly,
/// and drafts inside the answer of an interview transcript.
pub(super) fn dedupe(drafts: &mut Vec<Draft>, bufs: &mut DocBufs) {
    let DocBufs {
        by_content,
        first,
        map,
        keep,
        first_of,
        ..
    } = bufs;
    // Rewrite inherit indexes after removal: a draft inheriting from a
    // dropped repeat inherits from the kept draft with the same content.
    map.clear();
    map.resize(drafts.len(), usize::MAX);
    keep.clear();
    keep.resize(drafts.len(), false);
    // The paragraphs of interview transcript answers ("FALLIN: I think
    // ..."), sorted, with the largest end so far: a draft whose speaker
    // and content lie inside one is part of the answer, not an
    // attribution of its own (train: 1 of 12 such rows right).
    let mut answers: Vec<Span> = drafts
        .iter()
        .filter(|d| d.rule == "transcript-colon")
        .map(|d| d.content)
        .collect();
    answers.sort_unstable();
    let reach = running_max_end(&answers);
    let in_answer = |d: &Draft| {
        let Some(sp) = d.speaker else { return false };
        let (a, b) = (sp.0.min(d.content.0), sp.1.max(d.content.1));
        let k = answers.partition_point(|o| o.0 <= a);
        d.rule != "transcript-colon" && k > 0 && reach[k - 1] >= b
    };
    // The drafts a content may be kept from (neither inside an answer nor
    // superseded): each content's first draft is entered in the table, and
    // the later ones are repeats of it. (`FxHashMap::insert` cost about 75
    // instructions a draft, a sort of the contents more.)
    by_content.reset(drafts.len());
    first.clear();
    first.resize(drafts.len(), usize::MAX);
    for (i, d) in drafts.iter().enumerate() {
        if (answers.is_empty() || !in_answer(d)) && d.rule != SUPERSEDED {
            if let Some(f) = by_content.first_or_insert(d.content, i, |j| drafts[j].content) {
                first[i] = f;
            }
        }
    }
    let mut k = 0;
    // Output index -> input index of the draft whose fields it takes.
    // (Sized once: it grew a draft at a time.)
    first_of.clear();
    first_of.reserve(drafts.len());
    let mut superseded = Vec::new();
    for (i, d) in drafts.iter().enumerate() {
        if !answers.is_empty() && in_answer(d) {
            continue;
        }
        if d.rule == SUPERSEDED {
            superseded.push(i);
            continue;
        }
        match first[i] {
            f if f != usize::MAX => {
                let j = map[f];
                map[i] = j;
                // Of two cues before the same quote, the nearer one speaks
                // ("The crowd cheered when the mayor shouted, \"...\"": the
                // mayor).
                let o = first_of[j];
                let nearer = |a: &Draft, b: &Draft| match (a.cue, b.cue) {
                    (Some(x), Some(y)) => {
                        a.kind == Kind::Direct
                            && b.kind == Kind::Direct
                            && a.rule == "speaker-cue-quote"
                            && b.rule == "speaker-cue-quote"
                            && y.1 <= d.content.0
                            && x.1 < y.1
                    }
                    _ => false,
                };
                if nearer(&drafts[o], d) {
                    first_of[j] = i;
                }
            }
            _ => {
                keep[i] = true;
                map[i] = k;
                first_of.push(i);
                k += 1;
            }
        }
    }
    for i in superseded {
        if let Some(f) = by_content.get(drafts[i].content, |j| drafts[j].content) {
            map[i] = map[f];
        }
    }
    // A nearer cue's draft takes the place of the one first kept for its
    // content (the place, so that inherit indexes stay right).
    for (o, &i) in (0..drafts.len()).filter(|&o| keep[o]).zip(first_of.iter()) {
        if o != i {
            drafts[o] = drafts[i].clone();
        }
    }
    let mut i = 0;
    drafts.retain(|_| {
        let r = keep[i];
        i += 1;
        r
    });
    for d in drafts.iter_mut() {
        if let Some(p) = d.inherits() {
            d.inherit = (map[p] != usize::MAX)
                .then_some(map[p])
                .and_then(Draft::index);
        }
    }
}

/// Whether a content is a source's request not to be named: "(not) to be
/// named/identified/quoted ...", "anonymity ...".
#[inline]
pub(super) fn is_anonymity_request(text: &str, content: (usize, usize)) -> bool {
    // The first words of the tests below (the first word rejects nearly
    // every content).
    const FIRST: WordList = WordList::new(&["not", "anonymity", "to", "that"]);
    let (c0, c1) = content;
    // (A test of the first bytes before the content is sliced, whose
    // bounds' tests cost more: it rejects nearly every content. A
    // printable ASCII byte inside the span opens it. The first four bytes
    // by [`opens_like_anonymity`], when the text has them: the first
    // byte's test of `has_first_word_at` alone let through every content
    // that opens with "a", "n" or "t", "the", "that", "a", which
    // `has_first_word_at` then rejected with a mispredicted branch or
    // two.)
    let b = text.as_bytes();
    if c0 < c1 {
        if let Some(&c) = b.get(c0).filter(|&&c| c > b' ' && c < 0x80) {
            let opens = match b.get(c0..).and_then(|r| r.first_chunk::<4>()) {
                Some(four) => opens_like_anonymity(u32::from_le_bytes(*four)),
                None => FIRST.may_start_with(c),
            };
            if !opens {
                return false;
            }
        }
    }
    let content = slice_of(text, c0, c1);
    if !FIRST.has_first_word_at(text, c0, content) {
        return false;
    }
    let mut words = content.split_whitespace().skip(1);
    let mut w = first_word(content);
    if w.eq_ignore_ascii_case("not") {
        w = words.next().unwrap_or("");
    }
    if w.eq_ignore_ascii_case("anonymity") {
        return true;
    }
    // "that his name not be published", "that her name be withheld".
    if w.eq_ignore_ascii_case("that") {
        return words.next().is_some_and(|w| {
            ["his", "her", "their", "its", "my", "our"]
                .iter()
                .any(|x| x.eq_ignore_ascii_case(w))
        }) && words.next().is_some_and(|w| {
            ["name", "names", "identity"]
                .iter()
                .any(|x| x.eq_ignore_ascii_case(w))
        }) && {
            let mut w = words.next().unwrap_or("");
            if w.eq_ignore_ascii_case("not") {
                w = words.next().unwrap_or("");
            }
            w.eq_ignore_ascii_case("be")
                && words.next().is_some_and(|w| {
                    let w = w.trim_end_matches(|c: char| !c.is_alphabetic());
                    [
                        "published",
                        "used",
                        "withheld",
                        "printed",
                        "disclosed",
                        "released",
                        "revealed",
                        "named",
                        "identified",
                        "given",
                        "reported",
                    ]
                    .iter()
                    .any(|x| x.eq_ignore_ascii_case(w))
                })
        };
    }
    w.eq_ignore_ascii_case("to")
        && words.next().is_some_and(|w| w.eq_ignore_ascii_case("be"))
        && words.next().is_some_and(|w| {
            let w = w.trim_end_matches(|c: char| !c.is_alphabetic());
            ["named", "identified", "quoted"]
                .iter()
                .any(|x| x.eq_ignore_ascii_case(w))
        })
}

/// Whether the four bytes `x` (little-endian) open with "not", "to",
/// "anon" or "that", ASCII case ignored (the letters folded by `| 0x20`):
/// false for a text that opens with none of the first words of
/// [`is_anonymity_request`] ("not", "to", "anonymity", "that"); the bytes after a
/// shorter word are not read. (Bytes that are no letter may fold to a
/// letter's byte, which lets through only texts the full test rejects.)
#[inline(always)]
pub(super) const fn opens_like_anonymity(x: u32) -> bool {
    let w = x | 0x2020_2020;
    (w & 0x00ff_ffff == u32::from_le_bytes(*b"not\0"))
        | (w & 0xffff == u32::from_le_bytes(*b"to\0\0"))
        | (w == u32::from_le_bytes(*b"anon"))
        | (w == u32::from_le_bytes(*b"that"))
}

/// Whether `t` holds a phrase in single quotes: a `‘` anywhere, or a `'`
/// after a space, when no digit follows it (`Trump plan 'dangerously
/// wrong'`; not the elided year in `back to '08 levels`, `the ‘90s`).
/// Linear in `t`.
pub(super) fn single_quoted_phrase(t: &str) -> bool {
    let mut prev = None;
    let mut chars = t.chars().peekable();
    while let Some(c) = chars.next() {
        let opens = c == '‘' || c == '\'' && prev == Some(' ');
        if opens && !chars.peek().is_some_and(char::is_ascii_digit) {
            return true;
        }
        prev = Some(c);
    }
    false
}

/// The poll whose respondents a share speaks for: "In a CNN/ORC poll
/// released Monday, 31 percent of Republicans said ..." and ", and in a
/// recent Quinnipiac survey, 29% said ...": a speaker opening with a
/// number (maybe after "just/only/about/nearly/almost") right after the
/// comma of an "in" phrase naming a poll or survey, which opens the
/// sentence or follows ", and/but" or a comma. The source is the poll
/// (the phrase after "in"), as annotators mark it. `a` is the speaker's
/// first token.
#[inline]
pub(super) fn poll_source(s: &Sent, lo: usize, a: usize) -> Option<Span> {
    if a < lo + 4 || a >= s.len() || !s.is_p(a - 1, ",") {
        return None;
    }
    let q = if s.is_in(a, &["just", "only", "about", "nearly", "almost", "roughly"]) {
        a + 1
    } else {
        a
    };
    let number = q < s.len()
        && (s.bytes(q).first().is_some_and(u8::is_ascii_digit) || speaker::is_number_word(s.w(q)));
    if !number {
        return None;
    }
    // The "in" of the phrase: no comma or quote between it and the comma.
    let i = (a.saturating_sub(20).max(lo)..a - 1)
        .rev()
        .take_while(|&k| s.is_word(k) || s.is_poss(k) || s.is_p(k, "/") || s.is_p(k, "-"))
        .find(|&k| s.w(k).eq_ignore_ascii_case("in"))?;
    let opens = i == lo
        || s.is_p(i - 1, ",")
        || s.is_in(i - 1, &["and", "but"]) && i >= lo + 2 && s.is_p(i - 2, ",");
    let poll = (i + 1..a - 1).any(|k| {
        ["poll", "polls", "survey", "surveys"]
            .iter()
            .any(|w| s.w(k).eq_ignore_ascii_case(w))
    });
    (opens && poll && i + 2 < a).then(|| s.span_of(i + 1, a - 1))
}

/// The cue classes of a stand taken by a vote ([`control_chains`]):
/// "voted to endorse", "voted to condemn", "voted to reject".
const VOTE_STANCE_KEYS: u64 =
    crate::lexicon::key::classes(&["support", "oppose", "criticize", "praise", "reject"]);

/// Whether the text before byte `at` ends in the word "to" and some
/// whitespace, a space or a line break ([`control_chains`]' quick test;
/// the tokens decide).
fn after_to(text: &str, at: usize) -> bool {
    let b = &text.as_bytes()[..at.min(text.len())];
    let w = b
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_whitespace())
        .count();
    let b = &b[..b.len() - w];
    w > 0
        && b.len() >= 3
        && b[b.len() - 2..].eq_ignore_ascii_case(b"to")
        && !b[b.len() - 3].is_ascii_alphanumeric()
}

/// Owners whose vote is a business act, no stand ("Shareholders voted to
/// reject the takeover bid"; [`control_chains`]). Not "board", "council"
/// or "members": as often a stand ("The union's executive board voted to
/// endorse Harris").
const VOTE_ACT_SUBJECTS: &[&str] = &[
    "shareholders",
    "stockholders",
    "investors",
    "bondholders",
    "creditors",
    "unitholders",
];

/// Whether the token starting at byte `at` of sentence `s` is "and",
/// "but" or "or" ([`control_chains`]).
fn starts_with_conjunction(s: &Sent, at: usize) -> bool {
    let k = s.tok_at(at);
    k < s.len() && s.is_in(k, &["and", "but", "or"])
}

/// Joins each draft of a cue in the infinitive of a verb of subject
/// control ([`speaker::subject_control`]: "Trump refused to endorse
/// Ryan", "The council voted to condemn the ban") and spoken by that
/// verb's subject to the verb: its cue span starts at the verb ("refused
/// to endorse"), so that the row keeps the refusal or the vow. When the
/// verb is a cue of its own whose draft (same speaker) holds the
/// infinitive ("refused" -> "to endorse Ryan, in what ..."), that draft
/// is dropped and its lemma and kind taken: one stand, one row, whose
/// content is the infinitive's object (train annotates such a chain
/// either way; the object matches both). A draft of such a cue is
/// dropped instead when its content comes before the cue, starts with
/// "and/but/or", or lies past another cue or a subordinator
/// ([`speaker::CONTROL_GAP_ENDS`]); and after "vote" when the cue is no
/// stand ([`VOTE_STANCE_KEYS`]) or the voters a business body
/// ([`VOTE_ACT_SUBJECTS`]). Drafts from `first` on (one sentence's; `lo`
/// its first token after a dateline). Called only for a sentence with a
/// cue after a verb of subject control and "to".
#[inline(never)] // (For sentences with a draft; most have no such chain.)
pub(super) fn control_chains(
    s: &Sent,
    lx: &Lexicon,
    lo: usize,
    drafts: &mut Vec<Draft>,
    first: usize,
) {
    let mut i = first;
    while i < drafts.len() {
        let (Some(sp), Some((c0, c1, id))) = (drafts[i].speaker, drafts[i].cue) else {
            i += 1;
            continue;
        };
        // (Most cues follow no "to": a look at the bytes before the cue
        // turns them down before the token search.)
        if !after_to(s.text, c0) {
            i += 1;
            continue;
        }
        let a = s.tok_at(c0);
        let h = (a > lo + 1 && a < s.len() && s.is_in(a - 1, sent::TO))
            .then(|| speaker::subject_control(s, lo, a - 1))
            .flatten()
            .filter(|&h| sp.1 <= s.toks[h].start);
        let Some(h) = h else {
            i += 1;
            continue;
        };
        // (Only a content after the cue, its object or clause: not a
        // clause or relative before the speaker, "Through a spokeswoman,
        // Trump declined to comment", "the only Republican whom Trump
        // refused to endorse".)
        // Nor a clause after "and/but/or" ("declined to comment and
        // aides later said ..."): no content of the cue. A vote is a
        // stand only for or against someone or something ("voted to
        // endorse Clinton", "votes to condemn the ban"), not an act
        // voted ("voted to confirm the nominees", "voted to release the
        // report").
        // Nor a vote of shareholders or creditors ("Shareholders voted
        // to reject the takeover bid"): a business act.
        let vote = || {
            s.bytes(h)
                .get(..3)
                .is_some_and(|b| b.eq_ignore_ascii_case(b"vot"))
                && (lx.cue(id).keys & VOTE_STANCE_KEYS == 0
                    || (s.tok_at(sp.0)..s.tok_at(sp.1).min(h))
                        .any(|k| s.is_in(k, VOTE_ACT_SUBJECTS)))
        };
        // Nor a content past another cue or a subordinator ("declined to
        // comment before confirming that ...": the participle's).
        let past_other = || {
            let k = s.tok_at(drafts[i].content.0);
            (s.tok_at(c1)..k.min(s.len()))
                .any(|w| s.is_in(w, speaker::CONTROL_GAP_ENDS) || s.cue_word(lx, w).is_some())
        };
        if drafts[i].content.0 < c1
            || starts_with_conjunction(s, drafts[i].content.0)
            || vote()
            || past_other()
        {
            drafts.remove(i);
            continue;
        }
        let (h0, to0) = (s.toks[h].start, s.toks[a - 1].start);
        let outer = (first..drafts.len()).find(|&j| {
            j != i
                && drafts[j].speaker == Some(sp)
                && drafts[j].content.0 == to0
                && drafts[j].cue.is_some_and(|(o0, _, _)| o0 == h0)
        });
        let lemma = outer.and_then(|j| drafts[j].cue).map_or(id, |(_, _, o)| o);
        drafts[i].cue = Some((h0, c1, lemma));
        match outer {
            Some(j) => {
                // (The control verb's row, its kind too: a refusal to say
                // is a stand, no report of speech.)
                drafts[i].kind = drafts[j].kind;
                drafts.remove(j);
                if j > i {
                    i += 1;
                }
            }
            None => i += 1,
        }
    }
}

/// Drops a draft whose speaker phrase runs over another cue of the
/// sentence and into its content, when that content also holds this
/// draft's cue ("The report showed traders" of "expect" in "The report
/// showed traders expect two cuts"): the phrase is no subject, and the
/// nested clause is the other draft's content. Drafts from `first` on
/// (one sentence's).
#[inline]
pub(super) fn drop_spanning_speakers(drafts: &mut Vec<Draft>, first: usize, flags: &mut Vec<bool>) {
    if drafts.len() < first + 2 {
        return;
    }
    let sent = &drafts[first..];
    let spans = |i: usize| {
        let d = &sent[i];
        let (Some(sp), Some((cue_start, cue_end, _))) = (d.speaker, d.cue) else {
            return false;
        };
        // (The drafts of a sentence follow its cues, so the other cue is
        // among the neighbours: a bounded look, whatever the sentence's
        // length.)
        let near = i.saturating_sub(8)..(i + 9).min(sent.len());
        sent[near.clone()].iter().zip(near).any(|(e, j)| {
            e.cue.is_some_and(|(c0, c1, _)| {
                j != i
                    && sp.0 <= c0
                    && c1 <= e.content.0
                    && e.content.0 < sp.1
                    && e.content.0 <= cue_start
                    && e.content.1 >= cue_end
            })
        })
    };
    flags.clear();
    flags.extend((0..sent.len()).map(spans));
    if flags.contains(&true) {
        retain_from(drafts, first, |k, _| !flags[k]);
    }
}

/// Keeps the drafts from `first` on for which `keep` (their index from
/// `first`, the draft) holds, in order. Only the sentence's own drafts
/// move: a `retain` over the whole vector per sentence would make a long
/// document quadratic.
fn retain_from(drafts: &mut Vec<Draft>, first: usize, mut keep: impl FnMut(usize, &Draft) -> bool) {
    let mut kept = first;
    for i in first..drafts.len() {
        if keep(i - first, &drafts[i]) {
            drafts.swap(kept, i);
            kept += 1;
        }
    }
    drafts.truncate(kept);
}

/// The [`Cue::keys`](crate::lexicon::Cue::keys) of the report and
/// finding classes ("reported", "found", "showed"), whose contents hold
/// what a source reports ([`drop_nested`]'s (d)): one test of the cue's
/// keys where the class's name was compared.
pub(super) const FINDING_KEYS: u64 = crate::lexicon::key::classes(&["report", "show"]);

/// The keys of the belief, fear, plan, wish and promise classes of
/// [`drop_nested`]'s (e).
pub(super) const BELIEF_KEYS: u64 = crate::lexicon::key::classes(&[
    "believe", "know", "fear", "plan", "hope", "want", "predict", "promise", "show", "support",
]);

/// Drops the drafts of sentence drafts `first..` nested in the reported
/// clause of another draft of the sentence. (a) The speaker opens the
/// clause (right after "that" or at its start) of a that-clause, a
/// participle's clause, the clause of a split `..., X said, ...` or the
/// clause after "According to X," / "As X reported,", and the content lies
/// inside it: "Dayton told reporters that he thinks Clinton would win",
/// "saying they plan to ...", "According to Fox News, the department
/// reported finding ..." (train: 3 of 214 such rows right). (b) The
/// speaker follows "that" or a subordinator ("if", "whether", "because",
/// "although", "before", ...) further inside the content of any indirect
/// or mixed draft: "said she appreciated the apology and that she wanted to
/// move forward", "asked workers if they planned to attend", "said he
/// believed that more than half of the workers support ..." (train: 9 of
/// 127 right). The whole clause is the outer speaker's report; the nested
/// belief, wish or plan is not an attribution of its own. (c) A direct
/// quote whose speaker and quote lie inside the clause before a closing
/// "according to X" (train: 1 of 17 right). (f) A relative "which" in the
/// clause about the source that "According to X," skipped ("According to
/// the ministry, which said 40 people died, ..."): the source's row stands,
/// and the pronoun alone names no speaker. (g) A draft inside an opening
/// clause whose content runs over the clause's end and a comma into
/// another draft's content ("Police said, citing witnesses who saw him,
/// that the gunman fled": no "who saw").
#[inline(never)] // (Large, and for sentences of two drafts or more.)
pub(super) fn drop_nested(
    s: &Sent,
    lx: &Lexicon,
    drafts: &mut Vec<Draft>,
    first: usize,
    bufs: &mut NestBufs,
) {
    if drafts.len() < first + 2 {
        return;
    }
    // (content start, content end) of the clauses of (a) and of all the
    // indirect or mixed drafts, each sorted; and the contents of report
    // and finding cues ("The poll found that ...", "Turkish media reported
    // that ...").
    let NestBufs {
        opening,
        any,
        according,
        findings,
        reach,
        according_reach,
        flags,
        ..
    } = bufs;
    opening.clear();
    any.clear();
    according.clear();
    findings.clear();
    // The gaps between the source and the content of "According to X,
    // ..." (`according-to-first`), where the opener skipped a clause about
    // the source ("According to the ministry, which said 40 people died,
    // ..."). (No allocation unless the sentence has one.)
    let mut fronted: Vec<Span> = Vec::new();
    for d in &drafts[first..] {
        if d.rule == "according-to-first" {
            if let Some(sp) = d.speaker.filter(|sp| sp.1 < d.content.0) {
                fronted.push((sp.1, d.content.0));
            }
        }
        if d.kind != Kind::Direct
            && d.cue
                .is_some_and(|(_, _, c)| lx.cue(c).keys & FINDING_KEYS != 0)
            && d.speaker.is_some_and(|sp| {
                let (a, b) = (d.speaker_tok(s, sp), s.tok_before(sp.1));
                a < b && b <= s.len() && rules::document_speaker(s, lx, speaker::Np { a, b })
            })
        {
            findings.push(d.content);
        }
        if !matches!(d.kind, Kind::Indirect | Kind::Mixed) {
            continue;
        }
        any.push(d.content);
        if d.rule == "according-to-last" {
            according.push(d.content);
        }
        if matches!(
            d.rule,
            "speaker-cue-that"
                | "speaker-cue-obj"
                | "participle"
                | "participle-subject"
                | "opening-participle"
                | "with-participle"
                | "clause-speaker-cue-split"
                | "according-to-first"
                | "as-speaker-cue"
        ) {
            opening.push(d.content);
        }
    }
    if any.is_empty() {
        return;
    }
    opening.sort_unstable();
    any.sort_unstable();
    // The largest content end among `any[..=k]`.
    running_max_end_into(any, reach);
    according.sort_unstable();
    running_max_end_into(according, according_reach);
    const SUBORDINATORS: &[&str] = &[
        "that", "if", "whether", "because", "although", "though", "before", "until", "unless",
    ];
    let nested = |d: &Draft| {
        let Some(sp) = d.speaker else { return false };
        // (f) A relative "which" in the skipped clause after "According
        // to X," (", which said 40 people died,"): its speaker is only the
        // pronoun, and the source's row already stands; no row.
        if fronted.iter().any(|g| g.0 <= sp.0 && sp.1 <= g.1)
            && s.text
                .get(sp.0..sp.1)
                .is_some_and(|t| t.eq_ignore_ascii_case("which"))
        {
            return true;
        }
        // (c) A quote with its speaker and cue inside the clause of a
        // closing "according to X" (`"...," Sanders said, according to
        // CNN`): the source of the whole report is X. The same for
        // reported speech and stances ("X told aides that ..., according
        // to people in the room", "The White House is considering ...,
        // according to officials") when their content runs to the source
        // (not "X says Y, which stood at 263, according to Z": the source
        // backs the relative only).
        let (a, b) = (sp.0.min(d.content.0), sp.1.max(d.content.1));
        if d.kind == Kind::Direct {
            let k = according.partition_point(|o| o.0 <= a);
            if k > 0 && according_reach[k - 1] >= b {
                return true;
            }
        } else if d.rule != "as-speaker-cue"
            && according
                .iter()
                .any(|o| o.0 <= a && b <= o.1 && o.1 - b <= 3)
        {
            return true;
        }
        // (d) Reported speech or a stance inside the content of a report
        // or a finding ("The poll found that 43% of voters support X",
        // "Turkish media reported that ... Erdogan reiterated his request
        // that ..."): what the report or the poll says, not a row of its
        // own.
        // (Not a report or finding itself: "..., KING-TV reported", "A
        // recent poll showed that ..." after a colon are sources of their
        // own.)
        if d.kind != Kind::Direct
            && d.cue
                .is_none_or(|(_, _, c)| lx.cue(c).keys & FINDING_KEYS == 0)
            && findings.iter().any(|o| o.0 <= a && b <= o.1 + 3)
        {
            return true;
        }
        // (g) A draft inside an opening clause (a participle's, cut before
        // the clause of the verb it interrupts: `cue_rules`'
        // `before_outer_clause`) whose content runs over that clause's
        // end, a comma, into another draft's content: "Police said,
        // citing witnesses who saw him, that the gunman fled" (no "who |
        // saw | him, that the gunman"). Nested in the clause, as before
        // the cut.
        if d.cue.is_some_and(|(_, c1, _)| {
            opening.iter().any(|o| {
                o.0 <= sp.0
                    && c1 <= o.1
                    && o.1 < d.content.1
                    && any.iter().any(|e| {
                        o.1 < e.0
                            && e.0 < d.content.1
                            && s.text.get(o.1..e.0).is_some_and(|g| g.trim() == ",")
                    })
            })
        }) {
            return true;
        }
        let i = d.speaker_tok(s, sp);
        if i >= s.len() || s.span_of(i, i + 1).0 != sp.0 {
            return false;
        }
        let that = i > 0 && s.is_in(i - 1, &["that"]);
        // (a) The clause opens at the speaker or at "that" before it.
        let mut starts = [sp.0, usize::MAX];
        if that {
            starts[1] = s.span_of(i - 1, i).0;
        }
        let opens = starts.iter().any(|&a| {
            let k = opening.partition_point(|o| o.0 < a);
            opening[k..]
                .iter()
                .take_while(|o| o.0 == a)
                .any(|o| o.0 < d.content.0 && d.content.1 <= o.1)
        });
        // (Not the object of "quoted ... as saying", which opens the
        // outlet's clause but speaks itself: "KCNA quoted Kim as saying
        // ...".)
        if opens {
            return d.rule != "quoted-as-saying";
        }
        // (b) A subordinator before the speaker, inside a content that
        // starts before it.
        if i == 0 || !s.is_in(i - 1, SUBORDINATORS) {
            return false;
        }
        let b = s.span_of(i - 1, i).0.min(d.content.0);
        let k = any.partition_point(|o| o.0 < b);
        k > 0 && reach[k - 1] >= d.content.1
    };
    // (e) A belief, fear, plan, wish or promise whose speaker and content
    // lie inside the content of another draft of the sentence is part of
    // what that source reports ("He said the family planned to bring Ali
    // to the center", "noted that ...: 70 percent believe their children
    // will be better off", "told reporters he didn't think the casino
    // would last"): its subject stated nothing. (The other draft is among
    // the neighbours, as in `drop_spanning_speakers`.)
    let sent = &drafts[first..];
    flags.clear();
    flags.extend((0..sent.len()).map(|i| {
        let d = &sent[i];
        let (Some(sp), Some((_, _, c))) = (d.speaker, d.cue) else {
            return false;
        };
        // (Not a source after its content: "the best way to do that,
        // they think, is ...". The class first: it turns most drafts
        // away with one test of the cue's keys.)
        if d.kind == Kind::Direct
            || lx.cue(c).keys & BELIEF_KEYS == 0
            || matches!(
                d.rule,
                "clause-speaker-cue" | "clause-speaker-cue-split" | "passive-by" | "received-from"
            )
        {
            return false;
        }
        let (a, b) = (sp.0.min(d.content.0), sp.1.max(d.content.1));
        sent[i.saturating_sub(8)..(i + 9).min(sent.len())]
            .iter()
            .any(|e| {
                e.kind != Kind::Direct
                    && e.content != d.content
                    && e.content.0 <= a
                    && b <= e.content.1 + 3
            })
    }));
    // (`flags[k]`: draft `first + k` is such a belief.)
    retain_from(drafts, first, |k, d| !flags[k] && !nested(d));
}

/// Whether a draft's speaker is a singular common noun phrase ("the roll",
/// "The first grim", "a bottom-line", "her new") right before a cue word
/// in its base form ("call", "sign", "focus on", "term"): a singular
/// subject takes "calls", "signs", so the cue word is a noun of the phrase
/// ("The roll call itself was ...", "The first grim sign came in 2014",
/// "her new focus on jobs") or a particle ("The Obamas cut back the
/// ritual"), not a verb. Only the subject-cue rules; not after a plural,
/// collective or number word ("the women say", "a majority say", "the two
/// write", "The data show"), nor the cues whose past is their base ("read", "put").
///
/// `rule` is the [`RuleBits`] of `d.rule`; `phrase` is the speaker's text
/// (`text[sp.0..sp.1]`, which `dropped_draft` slices once for the filters:
/// this one sliced it again, by `get`, whose bounds' branches
/// mispredicted); `adj` is the draft's speaker and cue
/// ([`speaker_before_cue`]); `det` is the speaker's determiner
/// ([`speaker_det`]).
#[inline]
pub(super) fn singular_before_base(
    text: &str,
    lx: &Lexicon,
    rule: RuleBits,
    phrase: &str,
    adj: Adjacent,
    det: SpeakerDet,
) -> bool {
    // (Tested of a word in lowercase: as a `WordList`, in any case, its
    // length and letters reject most words before the list.)
    const NOT_SINGULAR: WordList = WordList::new(&[
        "people",
        "men",
        "women",
        "children",
        "police",
        "staff",
        "personnel",
        "clergy",
        "public",
        "media",
        // "The data show that ...": a plural in news as often as not.
        "data",
        "majority",
        "minority",
        "plurality",
        "couple",
        "number",
        "third",
        "half",
        "quarter",
        "fifth",
        "percent",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "dozen",
        "hundred",
        "thousand",
        "million",
        "few",
        "many",
        "most",
        "several",
        "both",
        "all",
        "pair",
        "team",
        "crowd",
        "audience",
        "family",
        "group",
    ]);
    let Adjacent { c0, c1, ci, .. } = adj;
    if !rule.has(RuleBits::SUBJECT_CUE) {
        return false;
    }
    // (The speaker's words first: they reject nearly every draft, with no
    // look at the cue's lemma. The determiner first, a determiner of
    // [`SINGULAR_DETS`] as the first piece: it rejects most.)
    if !det.piece_in(phrase, SINGULAR_DETS) {
        return false;
    }
    // (The first piece, tested above; the last, when there are two or
    // more.)
    let Some(last) = last_of_pieces(phrase) else {
        return false;
    };
    // (A singular lowercase head, no plural or collective.)
    // Nor a past form closing a relative clause or participle ("The
    // officials whose laws were invalidated say"), nor a phrasal verb's
    // particle closing one ("whose laws were struck down say", "who
    // backed down say").
    if !last.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
        || last.ends_with('s') && !last.ends_with("ss")
        || (last.ends_with("ed") || RELATIVE_PARTICLES.has(last)) && closes_relative(phrase)
        || NOT_SINGULAR.has(last)
    {
        return false;
    }
    let lemma = lx.cue(ci).lemma.as_str();
    let first_lemma = to_space(lemma);
    let cue_first = to_space(&text[c0..c1]);
    cue_first == first_lemma && !matches!(first_lemma, "read" | "put" | "let" | "set" | "cut")
}

/// Particles of a phrasal verb that may close a relative clause before
/// the cue ("whose laws were struck \[down\] say", "who pulled \[back\]
/// say"); `Ctx::relative_particle` reads the same list.
pub(crate) const RELATIVE_PARTICLE_WORDS: &[&str] = &["down", "up", "out", "off", "back", "away"];
const RELATIVE_PARTICLES: WordList = WordList::new(RELATIVE_PARTICLE_WORDS);

/// Whether a "who" or "whose" (lowercase: not the agency "WHO") stands
/// among the last six words of `phrase`, so that its last word closes that
/// relative clause.
fn closes_relative(phrase: &str) -> bool {
    phrase
        .split_ascii_whitespace()
        .rev()
        .take(6)
        .any(|w| w == "who" || w == "whose")
}

/// Whether a draft's speaker is one capitalized word right before a cue
/// word that is also a noun ([`CUE_NOUNS`]; not "Strong said"), the word
/// being that noun's modifier and no speaker. The cue is read as a noun
/// only when the word after its first word is no object or clause opener
/// (a capitalized word, a number, or one of a short closed list: the
/// articles, "this/these/those/no/that", subject and object pronouns and
/// possessives: "Sharp claims the plan will fail", "Strong calls him a
/// liar", "Major supports my view") and a finite verb of the noun's
/// phrase follows before a comma or another clause
/// ([`finite_verb_after`]: "Strong demand lifted exports", "Growing
/// fears hit the markets", "Criminal charges against ... could follow",
/// "Major support came from ..."); without one ("Strong calls for an
/// inquiry.", "Major vows never to return", "Firm plans to list ...") the
/// cue is the word's verb and the row stays. The word is:
/// - an adjective of [`CUE_NOUN_ADJECTIVES`] or a thing of [`THING_MOVES`]
///   ("Inflation fears rattled markets");
/// - or, before the base form of a cue of [`CUE_NOUNS_AS_BASE`] (view,
///   focus, order, tweet), a singular word opening the sentence
///   ("Whichever view seems more credible ...", "Republican focus on ...
///   "); a British team or party with a plural verb has no finite verb
///   after the phrase ("England focus on fitness", "Scotland view the game
///   as must-win") and keeps its row, as do other base forms ("England
///   hope to", "Goldman forecast that ..."). Not a pronoun ("We support")
///   or possessive ("Her criticism of the bank drew ...":
///   `speaker-cue-obj`), a plural or collective ("Democrats fear",
///   "Police say", "Britons fear"), an acronym ("NATO", "EU": the letters
///   after the first are lowercase), nor a nationality ("Chinese",
///   "British", "French"). A headline's "Trump tweet that blasts ..."
///   keeps its row (the scan stops at "that").
///
/// Only the subject-cue rules this filter is asked for (those of
/// `dropped_draft`'s speaker-before-cue test); a headline's "Obama order
/// opens door to ..." (`speaker-cue-obj-to`) keeps its row.
#[inline]
pub(super) fn adjective_before_noun_cue(
    text: &str,
    lx: &Lexicon,
    rule: RuleBits,
    phrase: &str,
    adj: Adjacent,
) -> bool {
    const ADJ: WordList = WordList::new(CUE_NOUN_ADJECTIVES);
    const NOUNS: WordList = WordList::new(CUE_NOUNS);
    const MOVES: WordList = WordList::new(THING_MOVES);
    let b = phrase.as_bytes();
    let Adjacent { sp, c0, c1, ci } = adj;
    // (Only a cue word that is also a noun: "Strong said" names a person.
    // The cue first: its length and bytes turn down most drafts.)
    if !rule.has(RuleBits::SUBJECT_CUE)
        || b.len() < 3
        || !b[0].is_ascii_uppercase()
        || !NOUNS.has_bytes(
            text.as_bytes()[c0..c1]
                .split(|&c| c == b' ')
                .next()
                .unwrap_or(&[]),
        )
        || !b[1..].iter().all(u8::is_ascii_lowercase)
    {
        return false;
    }
    // The word after the cue's first word ("Fresh calls for": "for").
    let t = text.as_bytes();
    let mut k = c0;
    while k < t.len() && t[k].is_ascii_alphabetic() {
        k += 1;
    }
    let after = k;
    while k < t.len() && t[k] == b' ' {
        k += 1;
    }
    let e = k + t[k..]
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric())
        .count();
    let next = &text[k..e];
    // An object or a clause after the cue makes it a verb ("Sharp claims
    // the plan will fail", "Strong calls him a liar", "Major supports my
    // view"): a capitalized word, a number, or a word of this list.
    if next.starts_with(|c: char| c.is_ascii_uppercase() || c.is_ascii_digit())
        || matches!(
            next,
            "the"
                | "a"
                | "an"
                | "his"
                | "her"
                | "its"
                | "their"
                | "our"
                | "my"
                | "your"
                | "he"
                | "she"
                | "it"
                | "they"
                | "we"
                | "you"
                | "i"
                | "him"
                | "them"
                | "us"
                | "me"
                | "this"
                | "these"
                | "those"
                | "no"
                | "that"
        )
    {
        return false;
    }
    // (A singular cue: "demand", "focus"; not "calls".)
    let first = &text[c0..after];
    let singular = !first.ends_with('s') || first.ends_with("ss") || first.ends_with("us");
    // (Or a thing of [`THING_MOVES`]: "Inflation fears rattled ...".)
    if ADJ.has(phrase) || MOVES.has(phrase) {
        return finite_verb_after(&text[after..], singular);
    }
    const AS_BASE: WordList = WordList::new(CUE_NOUNS_AS_BASE);
    let cue = &text[c0..c1];
    // (The cue's first word: "Republican focus on ...".)
    if !AS_BASE.has(cue.split(' ').next().unwrap_or(cue))
        || to_space(cue) != to_space(lx.cue(ci).lemma.as_str())
        || b.ends_with(b"s")
        || b.ends_with(b"ese")
        || b.ends_with(b"ish")
        || b.ends_with(b"ch")
        || matches!(
            phrase,
            "They"
                | "You"
                | "We"
                | "One"
                | "She"
                | "Her"
                | "His"
                | "Their"
                | "Its"
                | "Our"
                | "My"
                | "Your"
                | "Data"
                | "Polls"
                | "Surveys"
                | "People"
                | "Police"
                | "Staff"
                | "Media"
                | "Majority"
                | "Most"
                | "Many"
                | "Few"
                | "Some"
                | "Others"
                | "All"
                | "Both"
                | "Several"
                | "Children"
                | "Men"
                | "Women"
                | "Voters"
                | "Clergy"
                | "Personnel"
                | "Each"
                | "Such"
                | "These"
                | "Those"
                | "Half"
        )
    {
        return false;
    }
    // (At the sentence start: after the text's start, a line break, a
    // sentence's end or a quote mark.)
    let before = &text[..sp.0];
    let trimmed = before.trim_end();
    (before[trimmed.len()..].contains('\n')
        || trimmed
            .bytes()
            .next_back()
            .is_none_or(|c| matches!(c, b'.' | b'!' | b'?' | b'"' | b':') || c >= 0x80))
        && finite_verb_after(&text[after..], singular)
}

/// Whether `rest` (the text after a cue word read as a noun, up to a
/// comma or a clause's end) holds a finite verb of which the cue's noun
/// phrase is the subject ([`adjective_before_noun_cue`]): an auxiliary or
/// modal ("Criminal charges against him could follow"), a listed
/// irregular past ("Growing fears hit markets", "Major support came from
/// ..."), a lowercase -ed word ("Strong demand lifted exports", "Obama
/// view on Iran differed ..."), after a singular cue an -s word
/// ("Whichever view seems ..."), after a plural cue a listed base form
/// ("Serious questions remain ...": most base forms are not known); such a word right after a determiner, a
/// preposition, "to", "more"/"most" or a number is no verb ("calls for
/// increased spending", "pledges more detailed plans"). The scan stops at
/// a comma, a sentence's end, a quote mark or a word opening another
/// clause (that, which, who, and, but, as, if, ...), or after 16 words,
/// so "Strong calls for an inquiry.", "Sharp demands more time", "Major
/// vows never to return" have none: the cue is a verb and the row stays.
fn finite_verb_after(rest: &str, singular: bool) -> bool {
    const AUX: WordList = WordList::new(&[
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may",
        "might", "should", "must", "did", "does", "do",
    ]);
    // (Base forms after a plural cue: "Serious questions remain about
    // ...", "Growing fears weigh on ...".)
    const PLURAL_VERBS: WordList = WordList::new(&[
        "remain", "persist", "grow", "mount", "linger", "weigh", "continue", "emerge", "loom",
        "swirl", "surround", "dog", "rise", "fall", "prompt", "push", "drive", "hang",
    ]);
    const NOT_AFTER: WordList = WordList::new(&[
        "the", "a", "an", "to", "for", "of", "into", "on", "in", "with", "about", "over",
        "against", "from", "by", "at", "more", "most", "less", "his", "her", "its", "their", "our",
        "this", "these", "those", "some", "any", "all", "be", "been", "being", "not", "never",
        "further",
    ]);
    const CLAUSE: WordList = WordList::new(&[
        "that", "which", "who", "whom", "whose", "and", "but", "or", "as", "if", "whether",
        "because", "while", "when", "where", "after", "before", "since", "until", "though",
        "although", "so",
    ]);
    let mut prev = "";
    // (At most 16 words: a noun phrase's verb comes soon, and a text with
    // no stop must not be walked to its end for every such draft.)
    for tok in rest.split(' ').take(16) {
        let w = tok.trim_end_matches(|c: char| !c.is_ascii_alphanumeric());
        let ends = w.len() < tok.len() || tok.contains('\n');
        if CLAUSE.has(w) {
            return false;
        }
        if !w.is_empty()
            && w.bytes().all(|c| c.is_ascii_lowercase())
            && !NOT_AFTER.has(prev)
            && !prev.starts_with(|c: char| c.is_ascii_digit())
            && (AUX.has(w)
                || crate::irregular::is_irregular_past(w.as_bytes())
                || !singular && PLURAL_VERBS.has(w)
                || w.len() > 4 && w.ends_with("ed") && !w.ends_with("eed")
                || singular
                    && w.len() > 3
                    && w.ends_with('s')
                    && !w.ends_with("ss")
                    && !w.ends_with("us")
                    && !w.ends_with("is"))
        {
            return true;
        }
        if ends && !tok.ends_with('-') {
            return false;
        }
        if !w.is_empty() {
            prev = w;
        }
    }
    false
}

/// Cue words that are also nouns ("demand", "fears", "support"), the
/// cues [`adjective_before_noun_cue`] asks about.
pub(super) const CUE_NOUNS: &[&str] = &[
    "demand",
    "demands",
    "fear",
    "fears",
    "claim",
    "claims",
    "support",
    "supports",
    "warning",
    "warnings",
    "call",
    "calls",
    "promise",
    "promises",
    "threat",
    "threats",
    "plan",
    "plans",
    "hope",
    "hopes",
    "concern",
    "concerns",
    "worry",
    "worries",
    "doubt",
    "doubts",
    "charge",
    "charges",
    "report",
    "reports",
    "question",
    "questions",
    "estimate",
    "estimates",
    "pledge",
    "pledges",
    "vow",
    "vows",
    "criticism",
    "praise",
    "backing",
    "protest",
    "protests",
    "appeal",
    "appeals",
    "forecast",
    "forecasts",
    "push",
    "focus",
    "view",
    "views",
    "order",
    "orders",
    "tweet",
    "tweets",
    "opposition",
];

/// Cue nouns whose base form after a singular name opening the sentence
/// is a noun ([`adjective_before_noun_cue`]): their verb is seldom said by
/// a team, party or firm ("Whichever view seems ...", "Republican focus
/// on ...").
const CUE_NOUNS_AS_BASE: &[&str] = &["view", "focus", "order", "tweet"];

/// Adjectives that modify a cue word used as a noun at the start of a
/// clause ("Strong demand", "Growing fears", "Public support", "Fresh
/// claims", "Renewed calls"): no speaker of the cue
/// ([`adjective_before_noun_cue`]).
pub(super) const CUE_NOUN_ADJECTIVES: &[&str] = &[
    "strong",
    "stronger",
    "weak",
    "weaker",
    "global",
    "public",
    "popular",
    "growing",
    "rising",
    "mounting",
    "renewed",
    "repeated",
    "fresh",
    "widespread",
    "broad",
    "major",
    "heightened",
    "lingering",
    "persistent",
    "further",
    "additional",
    "political",
    "economic",
    "domestic",
    "foreign",
    "international",
    "internal",
    "criminal",
    "official",
    "bipartisan",
    "sharp",
    "sluggish",
    "robust",
    "solid",
    "firm",
    "tepid",
    "continued",
    "increased",
    "falling",
    "slowing",
    "waning",
    "flagging",
    "overwhelming",
    "unanimous",
    "vocal",
    "urgent",
    "serious",
    "deep",
    "deepening",
    "recent",
    "similar",
    "separate",
    "new",
    "early",
    "earlier",
    "subdued",
    "soft",
    "softer",
    "higher",
    "lower",
    "local",
    "federal",
    "strengthening",
    "weakening",
];

/// Whether a `speaker-cue-obj` draft is a naming participle after an
/// indefinite noun phrase ("A company called Harmony Enterprises gave
/// $5,000", "A new group called Black Votes Matter, led by ...", "a worker
/// named Antonio Arroyo has ..."): "called/named/dubbed" right after "a/an
/// ...", a capitalized name, then a comma or the sentence's verb (an
/// auxiliary, a form in -ed or -s, or a common irregular past). "A
/// spokesman called Trump dangerous" and "A reporter called it chaos" stay.
///
/// `rule` is the [`RuleBits`] of `d.rule`.
///
/// `phrase` is the speaker's text (`&text[sp.0..sp.1]`, sliced once by
/// `dropped_draft`); `adj` is the draft's speaker and cue
/// ([`speaker_before_cue`]).
#[inline]
pub(super) fn naming_participle(
    text: &str,
    d: &Draft,
    rule: RuleBits,
    phrase: &str,
    adj: Adjacent,
) -> bool {
    // (With the irregular pasts of `gazetteer/irregular_verbs.csv`.)
    const VERBS: &[&str] = &[
        "is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could",
    ];
    let Adjacent { c0, c1, .. } = adj;
    if !rule.has(RuleBits::OBJ)
        || c1 > d.content.0
        || d.content.1 > text.len()
        || !matches!(&text[c0..c1], "called" | "named" | "dubbed")
    {
        return false;
    }
    // (Or an indefinite after "of" closing the phrase: "the founder of a
    // Facebook group called Save Our Park, which ...".)
    let first = to_space(phrase);
    if !first.eq_ignore_ascii_case("a")
        && !first.eq_ignore_ascii_case("an")
        && !phrase.contains(" of a ")
        && !phrase.contains(" of an ")
    {
        return false;
    }
    // The capitalized words of the name, then the word after them.
    let e = text.floor_char_boundary(d.content.1.min(d.content.0 + 200));
    let rest = text.get(d.content.0..e).unwrap_or("");
    let mut words = rest.split(' ').filter(|w| !w.is_empty());
    let mut name = 0;
    for w in words.by_ref() {
        let cap = w.chars().next().is_some_and(char::is_uppercase);
        // "Citizens for Clean Water", "Friends of the Earth".
        if !cap && name > 0 && matches!(w, "of" | "for" | "the" | "and") {
            continue;
        }
        if !cap {
            let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
            return name > 0
                && (VERBS.contains(&w)
                    || crate::irregular::is_irregular_past(w.as_bytes())
                    || w.len() > 3 && w.ends_with("ed")
                    || w.len() > 3
                        && w.ends_with('s')
                        && !w.ends_with("ss")
                        && !w.ends_with("ous"));
        }
        name += 1;
        if w.ends_with(',') {
            return true;
        }
        if name > 5 {
            return false;
        }
    }
    // A content that is the name alone, a comma after it.
    name > 0 && e == d.content.1 && text[e..].starts_with(',')
}

/// Whether a draft's cue word is the head of a compound noun whose first
/// part ends the speaker phrase ("Pence's press | release linked to ...",
/// "enter your email | address", "the reality | show \"Cake Boss\"", "The
/// Daily | Show", "his Secret Service | detail"): the name of a thing, not
/// a verb of that subject. The first parts are words that do not head a
/// subject of these verbs ("news" stays out of "show": "news shows that").
#[inline]
pub(super) fn compound_noun_cue(text: &str, lx: &Lexicon, d: &Draft) -> bool {
    const COMPOUNDS: &[(&str, &[&str])] = &[
        (
            "address",
            &[
                "email",
                "e-mail",
                "web",
                "keynote",
                "inaugural",
                "commencement",
                "farewell",
            ],
        ),
        ("release", &["press", "news"]),
        (
            "show",
            &[
                "reality",
                "talk",
                "tv",
                "television",
                "radio",
                "daily",
                "cooking",
                "quiz",
                "chat",
            ],
        ),
        ("detail", &["service", "security", "protective"]),
    ];
    let (Some(sp), Some((c0, c1, ci))) = (d.speaker, d.cue) else {
        return false;
    };
    if sp.0 >= sp.1 || sp.1 > c0 || c1 > text.len() || !text[sp.1..c0].bytes().all(|b| b == b' ') {
        return false;
    }
    let lemma = lx.cue(ci).lemma.as_str();
    if lemma == "advocate" {
        return advocates_noun(text, lx, sp, c0, c1);
    }
    let Some((_, firsts)) = COMPOUNDS.iter().find(|(l, _)| *l == lemma) else {
        return false;
    };
    // (A past form is the verb of a name ending in such a word: "Fox News
    // released a poll", "The National Park Service detailed plans".)
    let cue_word = to_space(&text[c0..c1]);
    if matches!(lx.cue_word(cue_word), Some((_, Form::Past))) {
        return false;
    }
    let last = after_space(&text[sp.0..sp.1]);
    firsts.iter().any(|w| w.eq_ignore_ascii_case(last))
}

/// Whether the cue "advocates" at `c0..c1` is the plural noun heading its
/// subject, as a bare verb of saying right after it tells ("Tenant
/// advocates say the law ...", "Consumer advocates warn ...": the verb's
/// row has the whole phrase as its speaker; the verb "advocates" takes an
/// object, a "that" clause or "for", never a bare verb).
///
/// Not after a pronoun (`sp`, "He advocates ..."), and not before a word
/// that is also a noun, the verb's object ("advocates support for the
/// bill", "advocates protest against the plan", "advocates call
/// centers"), unless a clause or "for" tells the verb ("advocates
/// demand that ...", "advocates call for ...").
fn advocates_noun(text: &str, lx: &Lexicon, sp: Span, c0: usize, c1: usize) -> bool {
    const NOUNS: WordList = WordList::new(CUE_NOUNS);
    const MORE_NOUNS: &[&str] = &["help", "strike", "change"];
    if !text
        .get(c0..c1)
        .is_some_and(|w| w.eq_ignore_ascii_case("advocates"))
    {
        return false;
    }
    let rest = text.get(c1..).unwrap_or("").strip_prefix(' ').unwrap_or("");
    let end = rest
        .bytes()
        .position(|b| !b.is_ascii_lowercase())
        .unwrap_or(rest.len());
    if end == 0 || !matches!(lx.cue_word(&rest[..end]), Some((_, Form::Base))) {
        return false;
    }
    let word = &rest[..end];
    if NOUNS.has(word) || MORE_NOUNS.contains(&word) {
        let next = rest[end..].strip_prefix(' ').unwrap_or("");
        let next = &next[..next.find(' ').unwrap_or(next.len())];
        if !(next == "that" || (word == "call" && (next == "for" || next == "on"))) {
            return false;
        }
    }
    let subject = text.get(sp.0..sp.1).unwrap_or("");
    !super::sent::PRONOUNS
        .iter()
        .any(|p| p.eq_ignore_ascii_case(subject))
}

/// The content of a draft whose cue has the lemma `lemma`, when the
/// content follows the cue (an object or clause after the verb). (The
/// lemma is compared first: it rejects nearly every draft.)
fn object_of_cue<'t>(text: &'t str, lx: &Lexicon, d: &Draft, lemma: &str) -> Option<&'t str> {
    let (_, c1, ci) = d.cue?;
    if lx.cue(ci).lemma != lemma || c1 > d.content.0 {
        return None;
    }
    text.get(d.content.0..d.content.1)
}

/// Whether a draft of "call" is a telephone call or a summons, no naming:
/// the object is a person (a pronoun, a capitalized name, or a phrase
/// ending in a person or organization noun, maybe with an apposition
/// between commas) and no name or description of it follows, only the
/// content's end, "to" + a verb, "and", "only", "onto/into", "back",
/// a reflexive or a day ("she called Sanders to congratulate him", "Mr.
/// Obama called Naghmeh Abedini", "he called the company only to be told
/// to wait", "Obama called both candidates Tuesday night and ...", "Trump
/// called LeVell, a former county chairman, onto the stage"). "called him
/// divisive", "called Mr. Y, a former trucker, an outstanding leader" and
/// quoted names stay.
#[inline]
pub(super) fn phone_call(text: &str, lx: &Lexicon, d: &Draft) -> bool {
    const PRONOUNS: &[&str] = &["him", "her", "them", "me", "us"];
    const DETS: &[&str] = &[
        "a", "an", "the", "his", "her", "my", "our", "their", "its", "both", "several", "each",
        "every", "some", "other", "another",
    ];
    const AFTER: &[&str] = &[
        "and",
        "only",
        "onto",
        "into",
        "back",
        "himself",
        "herself",
        "themselves",
        "personally",
        "repeatedly",
        "last",
        "this",
        "on",
    ];
    let Some(content) = object_of_cue(text, lx, d, "call") else {
        return false;
    };
    let Some((c0, c1, _)) = d.cue else {
        return false;
    };
    if d.kind == Kind::Direct
        || text[c0..c1].contains(' ')
        || text
            .get(c1..d.content.0)
            .is_none_or(|between| between.contains(['"', '“', '”', '‘', '’', '\'']))
        || content.contains(['"', '“', '”', '‘', '’', '\''])
    {
        return false;
    }
    let words: Vec<&str> = content.split_whitespace().take(24).collect();
    let bare = |w: &str| w.trim_end_matches([',', '.']).to_string();
    let Some(first) = words.first() else {
        return false;
    };
    let cap = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    // The end of the object: its last word's index + 1.
    let mut end;
    let lower = bare(first).to_lowercase();
    if PRONOUNS.contains(&lower.as_str())
        && words.get(1).is_none_or(|w| {
            !w.chars().next().is_some_and(char::is_lowercase)
                || AFTER.contains(&bare(w).to_lowercase().as_str())
                || bare(w) == "to"
        })
    {
        end = 1;
    } else if cap(first) && !DETS.contains(&lower.as_str()) {
        end = words
            .iter()
            .take(4)
            .take_while(|w| cap(w) && !w.ends_with(','))
            .count();
        if end < 4 && words.get(end).is_some_and(|w| cap(w) && w.ends_with(',')) {
            end += 1;
        }
    } else if DETS.contains(&lower.as_str()) {
        // "the company", "both candidates", "my friend's mother".
        let Some(k) = (1..words.len().min(5)).find(|&k| {
            let w = bare(words[k]).to_lowercase();
            lx.speaker_noun(&w).is_some_and(|t| t != NounType::Document)
                || lx
                    .speaker_noun(w.trim_end_matches('s'))
                    .is_some_and(|t| t != NounType::Document)
        }) else {
            return false;
        };
        end = k + 1;
    } else {
        return false;
    }
    if end == 0 {
        return false;
    }
    // An apposition after the object, closed by a comma.
    if words[end - 1].ends_with(',') {
        let Some(k) = words[end..].iter().position(|w| w.ends_with(',')) else {
            // "called Clara Powers, a delegate" (the content ends there).
            return end + 8 >= words.len();
        };
        end += k + 1;
    }
    let Some(next) = words.get(end) else {
        return true;
    };
    let next = bare(next).to_lowercase();
    if next == "to" {
        return words.get(end + 1).is_some_and(|w| {
            w.chars().next().is_some_and(char::is_lowercase) && lx.speaker_noun(w).is_none()
        });
    }
    AFTER.contains(&next.as_str()) || sent::DAYS.words().contains(&next.as_str())
}

/// Whether a draft of "see" has a time, an event or a place for its
/// subject, the setting of what happened, not a viewer ("The third
/// quarter saw a sharp rise in bankruptcies", "The weekend saw heavy
/// fighting", "The referendum saw turnout fall", "The district saw 30
/// applicants for delegate slots", "The city has seen a spike in
/// shootings", "2015 saw ..."): the head of the subject (its last word,
/// or the word before its first preposition) is one of these nouns or a
/// year, and the content is no "X as Y" view ("The country sees the deal
/// as a threat" stays) and no clause opening with "that".
pub(super) fn eventive_see(text: &str, lx: &Lexicon, d: &Draft) -> bool {
    const SETTINGS: &[&str] = &[
        "year",
        "years",
        "month",
        "months",
        "week",
        "weeks",
        "weekend",
        "day",
        "days",
        "night",
        "decade",
        "decades",
        "quarter",
        "period",
        "season",
        "era",
        "century",
        "election",
        "elections",
        "referendum",
        "primary",
        "primaries",
        "district",
        "districts",
        "city",
        "cities",
        "town",
        "towns",
        "country",
        "countries",
        "region",
        "regions",
        "area",
        "areas",
        "county",
        "counties",
        "market",
        "markets",
        "economy",
        "industry",
        "sector",
    ];
    const PREPS: &[&str] = &["of", "in", "with", "since", "after", "before", "at", "on"];
    let Some(content) = object_of_cue(text, lx, d, "see") else {
        return false;
    };
    let Some(sp) = d.speaker else {
        return false;
    };
    if sp.1 > d.content.0 {
        return false;
    }
    if content
        .split_whitespace()
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("that"))
        || content.split_whitespace().any(|w| w == "as")
    {
        return false;
    }
    let Some(phrase) = text.get(sp.0..sp.1) else {
        return false;
    };
    let words: Vec<&str> = phrase.split_whitespace().take(12).collect();
    let head_at = words
        .iter()
        .skip(1)
        .position(|w| PREPS.contains(w))
        .map_or(words.len(), |k| k + 1);
    let Some(head) = head_at.checked_sub(1).and_then(|k| words.get(k)) else {
        return false;
    };
    let head = head.trim_end_matches([',', '.']);
    is_year(head) || SETTINGS.iter().any(|w| w.eq_ignore_ascii_case(head))
}

/// Whether a draft of "answer" takes part in an exchange with no reply of
/// its own: questions, a door, a phone or a call, and no topic after them
/// ("answered questions and even assured the crowd ...", "hadn't answered
/// the question", "who answered her door Sunday afternoon", "answering the
/// call to energize his wife's campaign"). "answered a question on trade
/// by asserting ..." stays. The draft stays a source for a cue joined to
/// it ("who answered her door and said she planned to ..."), but writes no
/// row.
pub(super) fn answer_without_reply(text: &str, lx: &Lexicon, d: &Draft) -> bool {
    let Some(content) = object_of_cue(text, lx, d, "answer") else {
        return false;
    };
    let mut ws = content
        .split_whitespace()
        .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()));
    let mut w = ws.next().unwrap_or("");
    if matches!(
        w.to_ascii_lowercase().as_str(),
        "a" | "an" | "the" | "her" | "his" | "their" | "its" | "my" | "your" | "our"
    ) {
        w = ws.next().unwrap_or("");
    }
    let is_thing = |w: &str| {
        matches!(
            w,
            "question" | "questions" | "door" | "phone" | "phones" | "call" | "calls"
        )
    };
    if !is_thing(w) {
        w = ws.next().unwrap_or("");
    }
    // A topic after the thing ("on trade", not "on Sunday").
    let next = ws.next().unwrap_or("");
    let day = ws.next().is_some_and(|w| {
        sent::DAYS
            .words()
            .contains(&w.to_ascii_lowercase().as_str())
    });
    is_thing(w)
        && !(matches!(
            next,
            "about" | "of" | "by" | "from" | "regarding" | "over" | "that"
        ) || next == "on" && !day)
}

/// The nouns of a result that a subject "posts": a figure, a change, a
/// score or a win ([`posted_result`]). Not "results", "returns",
/// "record(s)" or "figures", which are also documents put online ("posted
/// the results on its website", "posted his tax returns").
const POSTED_RESULTS: &[&str] = &[
    "loss",
    "losses",
    "profit",
    "profits",
    "gain",
    "gains",
    "victory",
    "victories",
    "win",
    "wins",
    "deficit",
    "deficits",
    "surplus",
    "surpluses",
    "growth",
    "decline",
    "declines",
    "drop",
    "drops",
    "rise",
    "rises",
    "increase",
    "increases",
    "decrease",
    "decreases",
    "revenue",
    "revenues",
    "earnings",
    "sales",
    "rebound",
    "jump",
    "jumps",
    "slump",
    "contraction",
    "expansion",
    "turnover",
    "income",
];

/// The words that end the head phrase of an object in [`posted_result`]:
/// a preposition, a conjunction or a relative word.
const POSTED_PHRASE_ENDS: &[&str] = &[
    "of", "in", "on", "for", "at", "from", "to", "with", "by", "since", "after", "before", "over",
    "and", "or", "but", "that", "which", "as", "than", "while", "when", "amid", "about",
];

/// The determiners that open a new noun phrase inside the first words of
/// an object in [`posted_result`] ("a video showing \[the\] loss").
const POSTED_DETS: &[&str] = &[
    "a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this", "these",
];

/// The quotation marks that show an object of "post" is a message put up
/// ([`posted_result`]): straight and curly double quotes and an opening
/// single quote (not "\u{2019}", an apostrophe too).
const QUOTE_MARKS: [char; 5] = ['"', '\u{201C}', '\u{201D}', '\u{201E}', '\u{2018}'];

/// Whether the object of "post" is a result the subject achieved, no text
/// it put up: the last word of the object's head phrase (its words up to
/// a preposition, conjunction or relative, a word ending in a mark, or a
/// determiner after the first word; six words at most) is one of
/// [`POSTED_RESULTS`] ("Boeing posted a quarterly loss of $1.2 billion",
/// "posted record profits", "Sanders posted an overwhelming victory in
/// New Hampshire", "shares posted their biggest gain in a month"). In
/// business and election copy this sense outnumbers the other. "posted a
/// video showing the loss", "posted a message about his victory",
/// "posted a photo mocking Clinton's loss", "posted that ..." stay; so do
/// a possessive in the head phrase, whose noun comes after it ("posted
/// the lead investigator's name"), and an object that holds a quotation
/// mark, a message put up ("posted \"Big win!\" on Twitter"; the caller
/// also keeps direct and mixed rows).
fn posted_result(content: &str) -> bool {
    if content.contains(QUOTE_MARKS) {
        return false;
    }
    let mut head = "";
    for (k, w) in content.split_whitespace().enumerate() {
        let bare = w.trim_end_matches(|c: char| !c.is_alphanumeric());
        if bare.ends_with("'s") || bare.ends_with("\u{2019}s") || w.ends_with(['\'', '\u{2019}']) {
            return false;
        }
        let lower = bare.to_ascii_lowercase();
        if k >= 6
            || POSTED_PHRASE_ENDS.contains(&lower.as_str())
            || k > 0 && POSTED_DETS.contains(&lower.as_str())
        {
            break;
        }
        head = bare;
        if bare.len() < w.len() {
            break;
        }
    }
    POSTED_RESULTS.iter().any(|r| r.eq_ignore_ascii_case(head))
}

/// Nouns of a share or a prize won that make "claim" a gain, no
/// assertion ([`claimed_gain`]): "claimed three seats", "claims more
/// territory", "claimed the title", "the crash claimed 12 lives".
const GAIN_NOUNS: &[&str] = &[
    "seat",
    "seats",
    "territory",
    "lives",
    "title",
    "titles",
    "crown",
    "prize",
    "medal",
    "medals",
    "trophy",
    "championship",
    "jackpot",
];

/// Ordinals that make a possessive "victory" or "win" a count of wins
/// ([`claimed_gain`]: "claiming his third victory").
const GAIN_ORDINALS: &[&str] = &[
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "latest", "biggest",
];

/// Prepositions that may follow the noun of a gain in [`claimed_gain`]
/// ("claimed the title with a win over ...", "claimed 54 percent of the
/// vote in the runoff").
const GAIN_NEXT_PREPS: &[&str] = &[
    "in",
    "on",
    "at",
    "for",
    "from",
    "of",
    "with",
    "by",
    "over",
    "after",
    "before",
    "during",
    "since",
    "against",
    "to",
    "into",
    "across",
    "amid",
    "under",
    "as",
    "than",
    "between",
    "among",
    "within",
    "through",
    "throughout",
    "despite",
    "following",
    "including",
    "behind",
    "without",
];

/// Whether the object of "claim" is something won, no assertion: a share
/// of the vote ("claiming 41 percent of the vote", "claimed 52% of the
/// votes"), a noun of [`GAIN_NOUNS`] among its first four words ("claimed
/// the prize for ...", "claims more territory from the rebels", "claimed
/// two seats"), or an owner, an ordinal and "victory" or "win" ("claiming
/// his third victory in a row"). The noun ("vote(s)" for a share) must
/// end the object or come before a preposition or a mark: a word after
/// it is a verb of a that-less clause ("claimed the territory belonged to
/// it", "claimed the seats went to donors", "claimed 30 percent of the
/// votes counted came from ...", "claimed more territory fell to them").
/// "claimed that ..." and the like (a clause opener first), "claimed
/// victory" (a declaration), "claimed responsibility for the attack",
/// "claimed credit", "claimed (that) 30 percent of voters back him" (no
/// "vote" word) and an object with an auxiliary ("claimed the lives of
/// three soldiers were lost") stay.
fn claimed_gain(content: &str) -> bool {
    let mut raw: Vec<&str> = content.split_whitespace().take(10).collect();
    // (Whether words go on after the 9-word window: its last word then
    // ends no phrase.)
    let more = raw.len() > 9;
    raw.truncate(9);
    let words: Vec<&str> = raw
        .iter()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '%'))
        .collect();
    let is = |i: usize, list: &[&str]| {
        words
            .get(i)
            .is_some_and(|w| list.iter().any(|x| x.eq_ignore_ascii_case(w)))
    };
    // (A clause opener or "to": "claimed to have ...".)
    if is(0, CLAUSE_OPENERS) || is(0, &["to"]) {
        return false;
    }
    // The noun at `i` ends the object's phrase: the last word, a mark
    // after it, or a preposition next.
    let phrase_end = |i: usize| {
        (i + 1 >= raw.len() && !more)
            || raw[i]
                .trim_end_matches('%')
                .ends_with(|c: char| !c.is_alphanumeric())
            || is(i + 1, GAIN_NEXT_PREPS)
    };
    // A share of the vote: "percent" (or a "%" number) then "vote(s)".
    let share = words
        .iter()
        .take(3)
        .any(|w| w.eq_ignore_ascii_case("percent") || w.ends_with('%'))
        && words
            .iter()
            .position(|w| w.eq_ignore_ascii_case("vote") || w.eq_ignore_ascii_case("votes"))
            .is_some_and(phrase_end);
    let gain_noun = (0..4).find(|&i| is(i, GAIN_NOUNS)).is_some_and(phrase_end);
    let ordinal_win = is(0, &["his", "her", "their", "its"])
        && is(1, GAIN_ORDINALS)
        && is(2, &["victory", "win"])
        && phrase_end(2);
    // (An auxiliary later in the object is a clause too: "claimed the
    // lives of three soldiers were lost".)
    let clause = words.iter().any(|w| {
        [
            "is", "are", "was", "were", "has", "have", "had", "will", "would", "could",
        ]
        .iter()
        .any(|x| x.eq_ignore_ascii_case(w))
    });
    !clause && (share || gain_noun || ordinal_win)
}

/// Words that open a clause as the first word of an object: such an object
/// is something said, no thing won or shown ([`claimed_gain`]: "claimed
/// that ...", [`result_participle`]: "showing how ...").
const CLAUSE_OPENERS: &[&str] = &[
    "that", "how", "why", "what", "whether", "who", "where", "when", "if",
];

/// Nouns of a speech event that no cue word names, which make the clause
/// before a result participle one of speaking ([`result_participle`]):
/// "presented the budget to parliament, highlighting ...", "gave a
/// keynote at the conference, highlighting ...", "delivered a sermon,
/// underscoring ...".
const SPEECH_EVENTS: &[&str] = &[
    "speech",
    "speeches",
    "keynote",
    "address",
    "budget",
    "lecture",
    "sermon",
    "briefing",
    "testimony",
    "remarks",
    "presentation",
    "interview",
    "statement",
    "eulogy",
    "toast",
];

/// Lemmas whose participle after a clause of no speaking is a result of
/// that clause, no report ([`result_participle`]).
const RESULT_PARTICIPLES: &[&str] = &["show", "highlight", "underscore", "continue"];

/// Whether a participle draft of a [`RESULT_PARTICIPLES`] lemma with a
/// noun-phrase object is a result of its clause, no report: "Four people
/// were injured, showing the gulf between ...", "Turnout hit a record,
/// continuing a pattern of ...", "The protesters stayed in the square,
/// highlighting the anger over the tax". The
/// clause from the speaker to the participle holds no cue word in its
/// first 40 words ("said",
/// "published", "briefed", "reaffirmed": the participle may go on with
/// what was said) and no noun of a speech event ([`SPEECH_EVENTS`]:
/// "presented the budget to parliament, highlighting ...") and no quotation mark ("\"...,\" she added, underscoring ..." and "Trump
/// said ..., showing ..." stay), and the object opens no clause ("showing
/// that ...", "showing how ...") and quotes nothing.
fn result_participle(text: &str, lx: &Lexicon, d: &Draft, content: &str) -> bool {
    let (Some((_, sp_end)), Some((c0, _, _))) = (d.speaker, d.cue) else {
        return false;
    };
    if !d.rule.starts_with("participle") || content.contains(QUOTE_MARKS) || sp_end > c0 {
        return false;
    }
    let first = content
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_matches(|c: char| !c.is_alphanumeric());
    if CLAUSE_OPENERS.iter().any(|w| w.eq_ignore_ascii_case(first)) {
        return false;
    }
    let Some(between) = text.get(sp_end..c0) else {
        return false;
    };
    !between.contains(QUOTE_MARKS)
        && !between.contains("''")
        && !between.split_whitespace().take(40).any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            lx.cue_word(w).is_some() || SPEECH_EVENTS.iter().any(|x| x.eq_ignore_ascii_case(w))
        })
}

/// Whether a draft's object makes an idiom with its cue, no report:
/// "find" with a reflexive object ("he found himself in trouble", "the
/// bank has found itself at the center of ...", "finds herself in a
/// similar job": a situation the subject is in), and "see fit", "see eye
/// to eye", "see what happens" ("as it saw fit", "the issue on which they
/// see eye to eye", "will see what happens"); and a participle
/// "reflecting" + object ("..., reflecting his status as the favorite"),
/// a cause; and "post" with a result for its object ("posted a quarterly
/// loss", "posted an overwhelming victory": [`posted_result`]); "claim"
/// with a share or a prize won for its object ("claiming 41 percent of
/// the vote": [`claimed_gain`]); "call off" ("called off the deal", a
/// cancelling); and a participle of a result ("..., showing the gulf
/// between ...": [`result_participle`]).
#[inline]
pub(super) fn idiom_object(text: &str, lx: &Lexicon, d: &Draft) -> bool {
    const REFLEXIVES: &[&str] = &[
        "himself",
        "herself",
        "itself",
        "themselves",
        "themself",
        "myself",
        "yourself",
        "yourselves",
        "ourselves",
        "oneself",
    ];
    // (The lemma first: nearly every draft's is none of those below, and
    // then nothing else is looked at.)
    let lemma = match d.cue {
        Some((_, _, ci)) => lx.cue(ci).lemma.as_str(),
        None => return false,
    };
    if !matches!(
        lemma,
        "find"
            | "reflect"
            | "charge"
            | "see"
            | "post"
            | "claim"
            | "call"
            | "show"
            | "highlight"
            | "underscore"
            | "continue"
    ) {
        return false;
    }
    let Some(content) = object_of_cue(text, lx, d, lemma) else {
        return false;
    };
    let mut words = content
        .split_whitespace()
        .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()));
    let first = words.next().unwrap_or("");
    match lemma {
        "find" => REFLEXIVES.iter().any(|w| w.eq_ignore_ascii_case(first)),
        // "posted a quarterly loss", "posted an overwhelming victory": a
        // result achieved, no text put up.
        "post" => d.kind == Kind::Indirect && posted_result(content),
        // "claiming 41 percent of the vote", "claimed the title": a gain.
        "claim" => d.kind == Kind::Indirect && claimed_gain(content),
        // "called off the merger": a cancelling, no naming (a quote
        // after "called" that opens with "Off" stays).
        "call" => d.kind != Kind::Direct && first.eq_ignore_ascii_case("off"),
        l if RESULT_PARTICIPLES.contains(&l) => {
            matches!(d.kind, Kind::Indirect | Kind::Stance)
                && result_participle(text, lx, d, content)
        }
        // "..., reflecting the jumbled field": a cause, not a remark
        // ("reflecting on lessons from ..." stays).
        "reflect" => d.rule.starts_with("participle") && first != "on",
        // "charged into the fray", "(arrested and) charged with fraud",
        // "charges $20,000 for a speech", "charged the campaign $3.7
        // million": a movement, a passive or a price, no accusation
        // ("charged that ...", "charged the officer with murder" stay).
        "charge" => {
            matches!(
                first,
                "with" | "into" | "ahead" | "forward" | "through" | "toward"
            ) || first != "that"
                && d.cue
                    .and_then(|(_, c1, _)| text.get(c1..d.content.1))
                    .unwrap_or(content)
                    .split_whitespace()
                    .take(10)
                    .any(|w| {
                        w.starts_with(['$', '£', '€'])
                            || matches!(w, "dollars" | "cents" | "fee" | "fees")
                    })
        }
        "see" => {
            let rest: Vec<&str> = words.take(3).collect();
            match first {
                "fit" => rest.first().is_none_or(|w| *w == "to"),
                "eye" => rest.starts_with(&["to", "eye"]),
                "what" => rest[..] == ["happens"],
                _ => false,
            }
        }
        _ => false,
    }
}

/// The verbs whose passive participle [`passive_cue`] takes for no state
/// of mind (none of the lemmas it rejects first, a unit test checks).
pub(super) const PASSIVE_TRANSITIVE: &[&str] = &[
    "consider",
    "compare",
    "endorse",
    "deem",
    "regard",
    "view",
    "see",
    "describe",
    "call",
    "name",
    "dub",
    "label",
    "brand",
    "praise",
    "criticize",
    "accuse",
    "blame",
    "quote",
    "cite",
    "reject",
    "back",
    "support",
    "nominate",
    "rank",
    "rate",
];

/// The forms of "be" of a passive before a cue ("was quoted").
pub(super) const PASSIVE_BE: &[&str] = &["is", "are", "was", "were", "be", "been", "being"];

/// The adverbs that may stand between a form of "be" and a passive cue
/// ("was also quoted", "is widely expected").
pub(super) const PASSIVE_ADVERBS: &[&str] = &[
    "not",
    "now",
    "also",
    "still",
    "often",
    "long",
    "never",
    "already",
    "even",
    "once",
    "then",
    "soon",
    "just",
    "widely",
    "generally",
    "largely",
    "frequently",
];

/// Whether the cue of a `speaker-cue-*` draft is a passive participle
/// whose subject is what is considered, not who considers it: after a form
/// of "be" and up to two adverbs ("George P. Bush, the land commissioner,
/// is now considered the family's next best hope", "Cruz was also endorsed
/// the day before by ...", "Perez is often compared with ...") for verbs
/// whose passive is no state of mind ("is concerned that", "are worried
/// about", "was focused on" stay), or right after an apposition opening
/// with "a/an" ("Justice Breyer, a Clinton appointee considered a liberal,
/// ranks ...", "a group of disaffected Ethiopians called Ginbot 7, was
/// ..."): a reduced relative inside the apposition.
///
/// `rule` is the [`RuleBits`] of `d.rule`, `lemma` the [`lemma_bits`] of
/// its cue's lemma.
///
/// `phrase` is the speaker's text (`&text[sp.0..sp.1]`, sliced once by
/// `dropped_draft`; "" when the draft has no speaker).
#[inline]
pub(super) fn passive_cue(
    text: &str,
    lx: &Lexicon,
    d: &Draft,
    rule: RuleBits,
    lemma: u16,
    phrase: &str,
) -> bool {
    let (Some(sp), Some((c0, c1, _))) = (d.speaker, d.cue) else {
        return false;
    };
    if !rule.has(RuleBits::SPEAKER_CUE) || sp.0 >= sp.1 || sp.1 > c0 || c1 > text.len() {
        return false;
    }
    // Neither test below holds for these lemmas (no passive of theirs is
    // in the list, and no apposition takes them): looked at first, before
    // the speaker is searched for a comma (most drafts are of "say"):
    // "say", "tell", "write", "add".
    if lemma & lemma_bit::NO_PASSIVE != 0 {
        return false;
    }
    // Both tests need the cue word in the past, looked up last (the tests
    // of the speaker and the words between reject nearly every draft).
    let past = || matches!(lx.cue_word(to_space(&text[c0..c1])), Some((_, Form::Past)));
    // (The words between by `only_spaces`, nearly always one space, known
    // by that byte: their slice's boundary tests and the byte loop's exit
    // mispredicted some 14 K times a pass.)
    if only_spaces(text, sp.1, c0) {
        // No word between, so no passive: an apposition, a phrase with
        // "a/an" after the speaker's last comma ("Smith, a lawyer,
        // said"; not of "say", "tell", "write", "add": those returned
        // above).
        // (The last comma by blocks of sixteen bytes from the speaker's
        // end back, [`rposition_in`].)
        return rposition_in(text, sp.0, sp.1, b',').is_some_and(|k| {
            // (A comma is one byte: `k + 1` is a character boundary.)
            let first = first_word(&phrase[k + 1..]);
            first.eq_ignore_ascii_case("a") || first.eq_ignore_ascii_case("an")
        }) && past();
    }
    // (As `WordList`s: a word's length and letters reject most before the
    // lists.)
    const BE_W: WordList = WordList::new(PASSIVE_BE);
    const ADVERBS_W: WordList = WordList::new(PASSIVE_ADVERBS);
    // A form of "be", maybe after up to two adverbs, right before the cue,
    // for the lemmas of `PASSIVE_TRANSITIVE` only: their bit first, before
    // the words between are read. (Most drafts that reach here are of
    // other lemmas: the last word's masks and the two lists' lookups cost
    // 0.27 M instructions a pass when the lemma's name was compared with
    // the list last.)
    if lemma & lemma_bit::PASSIVE == 0 {
        return false;
    }
    let between = &text[sp.1..c0];
    // (The last word first, by bytes: when it is no adverb, it decides.)
    let passive = match last_word_in(text, sp.1, c0) {
        None => false,
        Some(w) if BE_W.has(w) => true,
        Some(w) if !ADVERBS_W.has(w) => false,
        Some(_) => {
            let mut passive = false;
            for (n, w) in between.split_whitespace().rev().enumerate() {
                if BE_W.has(w) {
                    passive = true;
                    break;
                }
                if n >= 2 || !ADVERBS_W.has(w) {
                    break;
                }
            }
            passive
        }
    };
    passive && past()
}

/// The marks that end the clause `asked_question` looks back through.
pub(super) const ASKED_CLAUSE_ENDS: [char; 9] = ['.', '?', '!', ';', ':', '\n', '"', '“', '”'];

/// The forms of "ask", "wonder" and "question" that `asked_question`
/// looks for before the speaker.
pub(super) const ASK_FORMS: &[&str] = &[
    "ask",
    "asks",
    "asked",
    "asking",
    "wonder",
    "wonders",
    "wondered",
    "wondering",
    "question",
    "questioned",
    "questioning",
];

/// Whether a draft's speaker opens a yes/no question that someone else
/// asks ("when asked if he would endorse Trump", "an Iowa voter asked if
/// she might consider appointing Obama", "Hannity followed up by asking
/// whether the governor believes ..."): the subject of the question has
/// said nothing; the asker's question is the report. "if/whether" right
/// before the speaker, a form of "ask", "wonder" or "question" among the
/// eight words before it, in the same sentence.
///
/// `rule` is the [`RuleBits`] of `d.rule`.
#[inline]
pub(super) fn asked_question(text: &str, d: &Draft, rule: RuleBits) -> bool {
    use {ASKED_CLAUSE_ENDS as CLAUSE_ENDS, ASK_FORMS as ASK};
    let Some(sp) = d.speaker else {
        return false;
    };
    if !rule.has(RuleBits::SPEAKER_CUE) || sp.0 > text.len() {
        return false;
    }
    let from = text.floor_char_boundary(sp.0.saturating_sub(120));
    // The last word before the speaker must be "if" or "whether" (nearly
    // never): looked at first, back from the speaker, before the clause
    // is cut out below; by bytes while they are ASCII, else as below.
    let t = &text.as_bytes()[from..sp.0];
    // (Both end in "f" or "r": a last byte in ASCII, after the spaces,
    // that is neither, or no byte, ends a word that is neither, or none:
    // the word is not read.)
    // (Nearly always one space before the speaker: that case first, no
    // loop, whose exit the spaces' count decided.)
    let j = match t {
        [.., c, b' '] if !ascii_space(*c) => t.len() - 1,
        _ => t.len() - t.iter().rev().take_while(|&&b| ascii_space(b)).count(),
    };
    if j == 0 || t[j - 1] < 0x80 && !matches!(t[j - 1] | 0x20, b'f' | b'r') {
        return false;
    }
    if let Some(w) = last_clause_word(t) {
        if !(w.eq_ignore_ascii_case(b"if") || w.eq_ignore_ascii_case(b"whether")) {
            return false;
        }
    }
    let last_word = text[from..sp.0]
        .trim_end()
        .rsplit(|c: char| c.is_whitespace() || CLAUSE_ENDS.contains(&c))
        .next()
        .unwrap_or("");
    if !(last_word.eq_ignore_ascii_case("if") || last_word.eq_ignore_ascii_case("whether")) {
        return false;
    }
    let before = &text[from..sp.0];
    // The clause before the speaker, back to the sentence start.
    let before = before.rsplit(CLAUSE_ENDS).next().unwrap_or("");
    let mut words = before.split_whitespace().rev();
    let Some(sub) = words.next() else {
        return false;
    };
    (sub.eq_ignore_ascii_case("if") || sub.eq_ignore_ascii_case("whether"))
        && words
            .take(8)
            .any(|w| ASK.iter().any(|a| a.eq_ignore_ascii_case(w)))
}

/// The last word of `t` for [`asked_question`]: after its trailing
/// whitespace is cut, the bytes back to a space or a clause end (`.`, `?`,
/// `!`, `;`, `:`, a line break, `"`), or to the start. `None` when a byte
/// past ASCII is met first (a curly mark or a no-break space may end the
/// word there: the caller splits by characters).
pub(super) fn last_clause_word(t: &[u8]) -> Option<&[u8]> {
    let mut j = t.len();
    while j > 0 && ascii_space(t[j - 1]) {
        j -= 1;
    }
    let mut i = j;
    while i > 0
        && !ascii_space(t[i - 1])
        && !matches!(t[i - 1], b'.' | b'?' | b'!' | b';' | b':' | b'"')
    {
        if t[i - 1] >= 0x80 {
            return None;
        }
        i -= 1;
    }
    Some(&t[i..j])
}

/// Whether a word is a year of the last two centuries ("1998", "2015"):
/// four digits opening with "19" or "20" (also for
/// [`super::thing_subjects`]'s quantity and recall objects).
pub(super) fn is_year(w: &str) -> bool {
    w.len() == 4
        && (w.starts_with("19") || w.starts_with("20"))
        && w.bytes().all(|b| b.is_ascii_digit())
}

/// Whether a draft's cue word is a plural noun counted by the last word of
/// its speaker phrase ("the investor took several | questions from
/// attendees", "The first four | states that vote", "a few | blocks from
/// the venue", "The documents included 44 | emails that ..."): a plural
/// subject takes the base form ("the two say"), so an -s form after a
/// number or a plural quantifier ending a phrase of two words or more is
/// a noun. The draft is dropped.
///
/// `rule` is the [`RuleBits`] of `d.rule`.
///
/// `phrase` is the speaker's text (`&text[sp.0..sp.1]`, sliced once by
/// `dropped_draft`); `adj` is the draft's speaker and cue
/// ([`speaker_before_cue`]).
#[inline]
pub(super) fn plural_after_quantifier(
    text: &str,
    lx: &Lexicon,
    rule: RuleBits,
    phrase: &str,
    adj: Adjacent,
) -> bool {
    const COUNTS: WordList = WordList::new(COUNT_WORDS);
    let Adjacent { sp, c0, c1, .. } = adj;
    if !rule.has(RuleBits::SPEAKER_CUE) {
        return false;
    }
    // (The speaker's words first: they reject nearly every draft, with no
    // lookup of the cue. Its last two bytes first ([`may_end_in_count`]),
    // which turn away most speakers before the last word is read.)
    if !may_end_in_count(text, sp.1) {
        return false;
    }
    // (The last word read by bytes; then that there is a word before it.)
    let last = last_word_in(text, sp.0, sp.1).unwrap_or("");
    if !(last.bytes().all(|b| b.is_ascii_digit() || b == b',') || COUNTS.has(last))
        || phrase.split_whitespace().nth(1).is_none()
    {
        return false;
    }
    let cue_word = to_space(&text[c0..c1]);
    matches!(lx.cue_word(cue_word), Some((_, Form::Third)))
}

/// The counts of [`plural_after_quantifier`]: the speaker's last word is
/// one of them (in any case) or a number.
pub(super) const COUNT_WORDS: &[&str] = &[
    "several",
    "many",
    "few",
    "other",
    "more",
    "both",
    "all",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "dozen",
    "dozens",
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
];

/// The ASCII bytes that let a speaker through [`may_end_in_count`] as its
/// last, as bits: the digits, the comma and ASCII white space
/// ([`ascii_space`]; a unit test checks every byte against it).
pub(super) const COUNT_ANY_END: u128 =
    (((1 << 10) - 1) << b'0') | 1 << b',' | 1 << b' ' | (((1 << 5) - 1) << b'\t');

/// Whether the speaker that ends at `end` in `text` may end in a word of
/// [`COUNT_WORDS`] or a run of digits and commas (the test of
/// [`plural_after_quantifier`] on its last word, [`last_word_in`]): false
/// only when it does not, for a speaker with a last word. Asked of some
/// 5,700 speakers a pass right before a cue, where reading the last word
/// (its sixteen bytes' masks) and looking it up was some 0.6 M instructions
/// a pass, about 100 a speaker: the last two bytes, looked up in the pairs
/// of the words' last two letters ([`EndPairs`]), turn away nearly nine in
/// ten ("Trump", "officials", "he"). The last word ends at the last byte
/// unless that is white space; a last word that is a count has at least two
/// letters, its last two; one of digits and commas ends in one of them (a
/// speaker of one byte is its last word, whatever the byte before it). A
/// byte past ASCII at the end may be part of white space that the split by
/// characters takes (U+00A0), with the last word before it: such a speaker
/// is let through.
#[inline(always)]
pub(super) fn may_end_in_count(text: &str, end: usize) -> bool {
    const COUNT_ENDS: EndPairs = EndPairs::new(COUNT_WORDS);
    match text.as_bytes().get(..end) {
        Some(&[.., p, c]) => {
            // (The three tests as bits, one branch: LLVM made three of
            // them, which with the slice's length test mispredicted 6.7 K
            // times a pass in one placement. The bytes from `text` and
            // `end`, not from the speaker's slice, whose length was
            // tested first.)
            let any = (COUNT_ANY_END >> (c & 0x7f)) as u32 & 1 | u32::from(c >> 7);
            any | u32::from(COUNT_ENDS.admit(p, c)) != 0
        }
        _ => true,
    }
}

/// The determiners that open a speaker phrase in two filters of
/// `dropped_draft`: the first nine are `determiner_fragment`'s
/// ([`FRAGMENT_DETS`]), all but "their" `singular_before_base`'s
/// ([`SINGULAR_DETS`]). One list, looked up once a draft for both
/// ([`speaker_det`]): each filter looked up a list of its own, which read
/// the speaker's first bytes again and whose masks missed D1 apart.
pub(super) const SPEAKER_DETS: WordList = WordList::new(&[
    "a", "an", "the", "this", "that", "his", "her", "its", "their", "one", "another", "each",
    "every",
]);

/// The bits in [`SPEAKER_DETS`] of `determiner_fragment`'s determiners
/// ("a" to "their").
pub(super) const FRAGMENT_DETS: u64 = (1 << 9) - 1;

/// The bits in [`SPEAKER_DETS`] of `singular_before_base`'s determiners
/// (all but "their").
pub(super) const SINGULAR_DETS: u64 = ((1 << 13) - 1) & !(1 << 8);

/// A draft's speaker's first word as a word of [`SPEAKER_DETS`]
/// ([`speaker_det`]).
#[derive(Clone, Copy)]
pub(super) struct SpeakerDet {
    /// The word's bit in [`SPEAKER_DETS`] (bit `k` for word `k`), 0 when
    /// it is none of them or the draft has no speaker.
    pub(super) bit: u64,
    /// The end of the first word in the speaker phrase (when `bit` is
    /// not 0).
    pub(super) end: usize,
}

impl SpeakerDet {
    /// Whether the first piece of `phrase` split at spaces
    /// ([`first_piece`]) is a word of [`SPEAKER_DETS`] with its bit in
    /// `dets`, for `self` the [`speaker_det`] of `phrase`. When `phrase`
    /// opens with printable ASCII, its first piece and first word open at
    /// its start, and the piece is a word of the list (letters only)
    /// exactly when the first word is one and a space or the phrase's end
    /// follows it (else the piece runs on past the word, over another
    /// white space or a byte past ASCII). Else the piece is looked up.
    #[inline(always)]
    pub(super) fn piece_in(self, phrase: &str, dets: u64) -> bool {
        let b = phrase.as_bytes();
        match b.first() {
            Some(&c) if c > b' ' && c < 0x80 => {
                self.bit & dets != 0 && matches!(b.get(self.end), None | Some(b' '))
            }
            _ => SPEAKER_DETS.bit_of_bytes(first_piece(phrase).as_bytes()) & dets != 0,
        }
    }
}

/// Draft `d`'s speaker's first word as a word of [`SPEAKER_DETS`]
/// (`phrase` is the speaker's text, `&text[sp.0..sp.1]`, sliced once by
/// `dropped_draft`): read by bytes ([`WordList::first_word_bit_at`]), once
/// for `determiner_fragment` and `singular_before_base`.
#[inline(always)]
pub(super) fn speaker_det(text: &str, d: &Draft, phrase: &str) -> SpeakerDet {
    match d.speaker {
        Some(sp) => {
            let (bit, end) = SPEAKER_DETS.first_word_bit_at(text, sp.0, phrase);
            SpeakerDet { bit, end }
        }
        None => SpeakerDet { bit: 0, end: 0 },
    }
}

/// Whether a draft's whole speaker is a determiner with a year, a date or
/// a degree word ("The 2012 | request by CREW was ...", "A 2014 |
/// estimate by the committee projected ...", "The 9/11 | comment came
/// ...", "The most | telling promise she has made is ..."): the cue word is
/// the noun or adjective of that phrase, and the phrase names no one.
///
/// `phrase` is the speaker's text (`&text[sp.0..sp.1]`, sliced once by
/// `dropped_draft`; "" when the draft has no speaker); `det` is its
/// determiner ([`speaker_det`]).
#[inline]
pub(super) fn determiner_fragment(text: &str, d: &Draft, phrase: &str, det: SpeakerDet) -> bool {
    let Some(sp) = d.speaker else {
        return false;
    };
    // (The determiner first, a determiner of [`FRAGMENT_DETS`] as the
    // first word: it rejects nearly every speaker.)
    if det.bit & FRAGMENT_DETS == 0 {
        return false;
    }
    let Some(w) = second_of_two_words_at(text, sp.0, phrase) else {
        return false;
    };
    let year = is_year(w);
    let date = w.contains('/') && w.bytes().all(|b| b.is_ascii_digit() || b == b'/');
    let degree = ["most", "more", "least", "less"]
        .iter()
        .any(|x| x.eq_ignore_ascii_case(w));
    year || date || degree
}

/// Whether a reported draft of "say" has "little" or "nothing" for its
/// content ("She has said little about the plan in recent months", "said
/// almost nothing about monetary policy until October", "said little,
/// according to an attendee"): the absence of a statement. A clause that
/// opens with the word stays ("said nothing will change until ...").
#[inline]
pub(super) fn said_nothing(text: &str, lx: &Lexicon, d: &Draft) -> bool {
    const AFTER: &[&str] = &[
        "about",
        "on",
        "of",
        "regarding",
        "until",
        "in",
        "publicly",
        "to",
        "since",
        "when",
        "during",
        "at",
        "after",
        "before",
        "beyond",
        "else",
        "more",
        "new",
    ];
    let Some(content) = object_of_cue(text, lx, d, "say") else {
        return false;
    };
    if d.kind == Kind::Direct {
        return false;
    }
    // (The first word, by bytes, rejects nearly every content: one of the
    // three words read past, or "little" or "nothing" with its stops.)
    let w = first_word(content);
    if !(matches!(w, "almost" | "very" | "next")
        || w.starts_with("little")
        || w.starts_with("nothing"))
    {
        return false;
    }
    let mut words = content.split_whitespace();
    let mut w = words.next().unwrap_or("");
    if matches!(w, "almost" | "very" | "next") {
        w = match (w, words.next()) {
            ("next", Some("to")) => words.next().unwrap_or(""),
            (_, Some(x)) => x,
            _ => "",
        };
    }
    let bare = w.trim_end_matches([',', '.', ';']);
    if !matches!(bare, "little" | "nothing") {
        return false;
    }
    // (A finite verb in the next few words makes the word the subject of
    // a clause after all: "said nothing in the deal would stop it", "said
    // nothing new had emerged".)
    const FINITE: &[&str] = &[
        "would", "will", "could", "can", "should", "must", "may", "might", "is", "was", "are",
        "were", "has", "had", "have", "does", "did",
    ];
    bare.len() < w.len()
        || words.next().is_none_or(|n| {
            let bare_n = n.trim_end_matches([',', '.', ';']);
            AFTER.contains(&bare_n)
                && (bare_n.len() < n.len()
                    || !words
                        .take(6)
                        .take_while(|w| !w.ends_with([',', '.', ';']))
                        .any(|w| FINITE.contains(&w)))
        })
}

/// Whether a "Content, Speaker cue." draft's content is only the question
/// put to the speaker: "Asked", "Pressed", "Questioned" or "Quizzed" (also
/// after "When", "If" or "Once") and a word that opens what was asked
/// (`ASKED_OPENS`: "whether", "about", "on", "for" ...). "Asked whether
/// she would return, she laughed.", "When pressed on the deal, he
/// demurred.": the cue is the answer, the clause no words of the
/// speaker's. The draft is kept as a source (a later "he" is the one
/// asked) and writes no row. ("Asked to leave, the protesters refused,
/// police said" keeps it: asked to do something, a clause of its own.)
pub(super) fn asked_clause(text: &str, d: &Draft) -> bool {
    /// The words after "Asked" that open the question.
    const ASKED_OPENS: &[&str] = &[
        "whether", "if", "about", "what", "why", "how", "who", "which", "when", "where", "on",
        "for",
    ];
    let c = text.as_bytes().get(d.content.0).copied().unwrap_or(0);
    if !matches!(c, b'A' | b'P' | b'Q' | b'W' | b'I' | b'O') || d.rule != "clause-speaker-cue" {
        return false;
    }
    let mut words = text[d.content.0..d.content.1].split_ascii_whitespace();
    let mut w = words.next().unwrap_or("");
    if ["When", "If", "Once"].contains(&w) {
        w = words.next().unwrap_or("");
    }
    ["asked", "pressed", "questioned", "quizzed"]
        .iter()
        .any(|a| a.eq_ignore_ascii_case(w))
        && words
            .next()
            .is_some_and(|n| ASKED_OPENS.iter().any(|o| o.eq_ignore_ascii_case(n)))
}

/// Whether a direct draft's quote is the title of a work named right
/// before it ("Mr. Rubio said in his 2012 book, ''An American Son.''",
/// "she wrote in her memoir, \"Tough Choices.\"", "on his weekly radio
/// show, “Generations with Kevin Swanson,”", "he said on MSNBC’s “Morning
/// Joe.”"): a short quote in Title Case after a word for a work (and a
/// comma) or after a possessive, not the speaker's words.
#[inline]
pub(super) fn quoted_title(text: &str, d: &Draft) -> bool {
    // (Asked of the word before nearly every direct quote: "said,".)
    const WORKS: WordList = WordList::new(&[
        "book",
        "memoir",
        "memoirs",
        "novel",
        "autobiography",
        "biography",
        "show",
        "program",
        "programme",
        "film",
        "movie",
        "documentary",
        "album",
        "song",
        "series",
        "podcast",
        "play",
        "poem",
        "newsletter",
        "titled",
        "entitled",
    ]);
    if d.kind != Kind::Direct || d.content.0 > d.content.1 || d.content.1 > text.len() {
        return false;
    }
    let from = text.ceil_char_boundary(d.content.0.saturating_sub(40));
    let Some(before) = text.get(from..d.content.0) else {
        return false;
    };
    let mark = |c: char| matches!(c, '"' | '\'' | '“' | '‘');
    let trimmed = before.trim_end_matches(mark);
    if trimmed.len() == before.len() {
        return false;
    }
    let trimmed = trimmed.trim_end().trim_end_matches(',');
    let last = after_space(trimmed);
    let possessive = last.len() > 2
        && (last.ends_with("'s") || last.ends_with("’s"))
        && last.starts_with(char::is_uppercase);
    if !possessive && !WORKS.has(last) {
        return false;
    }
    let title = &text[d.content.0..d.content.1];
    // At most nine words are looked at, whatever the length of the quote.
    let words: Vec<&str> = title.split_whitespace().take(9).collect();
    // (At least one long word, capitalized: a quote of short words alone,
    // "It is all a lie.", is a sentence said on the show, no title.)
    let long = |w: &&str| w.trim_matches(|c: char| !c.is_alphanumeric()).len() >= 4;
    words.len() <= 8
        && words.iter().any(long)
        && words.iter().all(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            w.len() < 4 || w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        })
}

/// Whether `gap`, the words between a speaker and its verification cue
/// `cue`, hold the negation of a newsroom's note ([`verification_note`]):
/// an inability ("could not", "cannot", "unable", "was not able"), a
/// perfect ("has not verified", "had not been able") or a negation with
/// "independently" or "immediately" ("did not independently confirm").
/// A plain "did not" or "never" ("The broadcaster did not confirm whether
/// the presenter had been suspended", "The tabloid never verified the
/// story") is the outlet's own act, a row as anyone's. Only the words
/// after the gap's last comma or dash count, those that govern the cue: a
/// clause between ("Reuters, which could not reach him, confirmed the
/// death", "The newspaper, unable to reach him, verified the claim") does
/// not negate it. And a past form of the cue ("confirmed") follows a
/// negation only as a perfect's participle ("has not verified"); after
/// any other ("could not ... confirmed") it is a finite verb of its own.
/// Words are matched with ASCII case ignored ("Reuters Could Not Verify").
fn note_negation(gap: &str, cue: &str) -> bool {
    let gap = gap.rsplit([',', '—', '–']).next().unwrap_or(gap);
    let is = |w: &str, list: &[&str]| list.iter().any(|x| w.eq_ignore_ascii_case(x));
    let (mut negated, mut note, mut perfect, mut prev) = (false, false, false, "");
    for w in gap.split_whitespace() {
        let not = super::word_lists::is_negation(w.as_bytes());
        let base = w.trim_end_matches("n't").trim_end_matches("n’t");
        let aux = is(base, &["could", "has", "have", "had"]);
        perfect |= is(base, &["has", "have", "had"]);
        negated |= not || is(w, &["cannot", "unable"]);
        note |= is(
            w,
            &["cannot", "unable", "able", "independently", "immediately"],
        ) || aux && not
            || w.eq_ignore_ascii_case("not") && is(prev, &["could", "has", "have", "had"]);
        prev = w;
    }
    let past = cue.len() > 2 && cue.as_bytes()[cue.len() - 2..].eq_ignore_ascii_case(b"ed");
    negated && note && (!past || perfect)
}

/// The cue classes of a verification ("confirm", "verify", "corroborate").
const CONFIRM_KEYS: u64 = crate::lexicon::key::classes(&["confirm"]);

/// Whether draft `d` is a news outlet's note that it could not verify what
/// it reports ("Reuters could not independently verify the claim", "The
/// Associated Press was unable to confirm the report", "CNN has not
/// verified the video"): the newsroom's own caveat, no statement of the
/// outlet as a source. Such a draft has a verification cue (class
/// "confirm"), a negation among the few words between its speaker and
/// the cue in the form of a note ([`note_negation`]: "could not",
/// "unable", "has not", "did not independently"), and a
/// speaker that is a news outlet: resolved (`canonical`) to a "media"
/// entity of the gazetteer, or a phrase headed by a media noun
/// ([`OUTLET_HEADS`](super::word_lists::OUTLET_HEADS): "the newspaper",
/// "the magazine", "the news agency"; not a bare "agency", as often a
/// government's). Anyone else's negated verification stays a row, as
/// train marks it ("The ministry could not confirm the report", "claims
/// that the inspector general's report could not corroborate"); so does
/// an outlet's report ("Reuters reported that ...").
///
/// `canonical` gives the speaker's resolved name, asked only of a negated
/// verification (most drafts end at the cue's class).
#[inline]
pub(super) fn verification_note<'a>(
    text: &str,
    lx: &Lexicon,
    gaz: &Gazetteer,
    d: &Draft,
    canonical: impl FnOnce() -> Option<&'a str>,
) -> bool {
    match d.cue {
        Some((c0, c1, ci)) if lx.cue(ci).keys & CONFIRM_KEYS != 0 => {
            outlet_note(text, gaz, d, (c0, c1), canonical)
        }
        _ => false,
    }
}

/// The rest of [`verification_note`] for a verification cue at `c0..c1`.
#[inline(never)]
fn outlet_note<'a>(
    text: &str,
    gaz: &Gazetteer,
    d: &Draft,
    (c0, c1): (usize, usize),
    canonical: impl FnOnce() -> Option<&'a str>,
) -> bool {
    let Some(sp) = d.speaker.filter(|sp| sp.1 <= c0 && c0 - sp.1 <= 48) else {
        return false;
    };
    if !note_negation(slice_of(text, sp.1, c0), slice_of(text, c0, c1)) {
        return false;
    }
    let phrase = slice_of(text, sp.0, sp.1);
    let mut words = phrase.rsplit(' ');
    let head = words.next().unwrap_or("");
    let media_head = super::word_lists::OUTLET_HEADS
        .iter()
        .any(|&w| head.eq_ignore_ascii_case(w))
        && (!head.eq_ignore_ascii_case("agency")
            || words.next().is_some_and(|w| w.eq_ignore_ascii_case("news")));
    media_head
        || super::word_lists::paper_short_name(phrase)
        || canonical().is_some_and(|n| {
            gaz.alias_hits(n)
                .any(|(e, _)| gaz.entity(e).subtype == "media")
        })
}
