//! Document-level rule: continuation quotes. A quote sentence with no cue
//! takes the speaker of the quote before it (same paragraph, or the paragraph
//! before when this one opens with a quote); this module finds the quote runs,
//! their sources and which quotes continue which.

use super::*;

/// For spans sorted by start, the largest end among the first k + 1 of
/// them, for every k: with a binary search on the starts it answers "does
/// an earlier span reach past this point?" in O(log n).
pub(super) fn running_max_end(spans: &[Span]) -> Vec<usize> {
    // (Sized at once: the running maximum is no exact-size iterator, and
    // the vector grew step by step.)
    let mut out = Vec::with_capacity(spans.len());
    running_max_end_into(spans, &mut out);
    out
}

/// [`running_max_end`] into `out` (cleared first).
pub(super) fn running_max_end_into(spans: &[Span], out: &mut Vec<usize>) {
    out.clear();
    out.extend(spans.iter().scan(0, |m, s| {
        *m = (*m).max(s.1);
        Some(*m)
    }));
}

/// The working vectors of [`drop_spanning_speakers`] and [`drop_nested`],
/// kept from one sentence to the next in [`Scratch`] (each cleared before
/// use): for every sentence of two drafts or more they made up to seven
/// vectors. (And the rules' bits for [`dropped_draft`], kept for the
/// worker's documents.)
#[derive(Default)]
pub(super) struct NestBufs {
    pub(super) rules: RuleMemo,
    pub(super) opening: Vec<Span>,
    pub(super) any: Vec<Span>,
    pub(super) according: Vec<Span>,
    pub(super) findings: Vec<Span>,
    pub(super) reach: Vec<usize>,
    pub(super) according_reach: Vec<usize>,
    /// One flag per draft of the sentence.
    pub(super) flags: Vec<bool>,
}

/// A quote attribution a continuation may take its speaker from (see
/// [`continuations`]): its key, (content end, draft index), and its
/// content start, whether it is reported speech, whether that is a
/// `clause-speaker-cue` draft, and where the attribution ends.
pub(super) type Source = ((usize, usize), (usize, bool, bool, usize));

/// The [`Source`]s of a document by key, as a map sorted by key would
/// give them: the drafts' sources sorted once ([`quote_sources`]), and the
/// continuations added after them, which come in the order of their
/// quotes, so each is pushed at the end of its own vector (one that comes
/// before the last is put in its place). Two sorted vectors, read merged
/// ([`Merged`]), kept in [`DocBufs`]: a `BTreeMap` was built and dropped
/// for each document with a quote, about 3,000 instructions. (No key is
/// in both: a continuation's draft index is new.)
#[derive(Default)]
pub(super) struct Sources {
    pub(super) base: Vec<Source>,
    pub(super) added: Vec<Source>,
}

impl Sources {
    /// Adds a source.
    pub(super) fn insert(&mut self, key: (usize, usize), val: (usize, bool, bool, usize)) {
        let at = match self.added.last() {
            Some(last) if last.0 > key => self.added.partition_point(|e| e.0 < key),
            _ => self.added.len(),
        };
        self.added.insert(at, (key, val));
    }

    /// The sources with keys below `hi`, in order of key (as
    /// `BTreeMap::range(..hi)`).
    pub(super) fn below(&self, hi: (usize, usize)) -> Merged<'_> {
        let cut = |v: &[Source]| v.partition_point(|e| e.0 < hi);
        Merged(
            &self.base[..cut(&self.base)],
            &self.added[..cut(&self.added)],
        )
    }

    /// The sources with keys from `lo` to `hi`, both included, in order of
    /// key (as `BTreeMap::range(lo..=hi)`); none when `lo` is past `hi`
    /// (where `range` would panic: no caller asks so, a debug build checks).
    pub(super) fn within(&self, lo: (usize, usize), hi: (usize, usize)) -> Merged<'_> {
        debug_assert!(lo <= hi, "range start is greater than range end");
        let part = |v: &'_ [Source]| {
            let a = v.partition_point(|e| e.0 < lo);
            let b = v.partition_point(|e| e.0 <= hi);
            (a, b.max(a))
        };
        let ((a, b), (c, d)) = (part(&self.base), part(&self.added));
        Merged(&self.base[a..b], &self.added[c..d])
    }
}

/// Two vectors of [`Source`]s sorted by key with no key in both, read as
/// one in order of key, from either end.
pub(super) struct Merged<'s>(pub(super) &'s [Source], pub(super) &'s [Source]);

impl<'s> Iterator for Merged<'s> {
    type Item = &'s Source;

    fn next(&mut self) -> Option<&'s Source> {
        let take_first = match (self.0.first(), self.1.first()) {
            (None, None) => return None,
            (Some(a), Some(b)) => a.0 < b.0,
            (a, _) => a.is_some(),
        };
        let side = if take_first { &mut self.0 } else { &mut self.1 };
        let (e, rest) = side.split_first()?;
        *side = rest;
        Some(e)
    }
}

impl<'s> DoubleEndedIterator for Merged<'s> {
    fn next_back(&mut self) -> Option<&'s Source> {
        let take_first = match (self.0.last(), self.1.last()) {
            (None, None) => return None,
            (Some(a), Some(b)) => a.0 > b.0,
            (a, _) => a.is_some(),
        };
        let side = if take_first { &mut self.0 } else { &mut self.1 };
        let (e, rest) = side.split_last()?;
        *side = rest;
        Some(e)
    }
}

/// Fills `sources` (emptied first) with the [`Source`]s of `drafts` for
/// [`continuations`].
fn quote_sources(text: &str, lx: &Lexicon, drafts: &[Draft], sources: &mut Sources) {
    // Reported speech with a speaker is a source only for a quote that
    // opens the next paragraph ("Carter said that ... ." / "\"That's
    // because ...\"").
    sources.added.clear();
    let entries = &mut sources.base;
    entries.clear();
    entries.extend(
        drafts
            .iter()
            .enumerate()
            .filter(|(_, d)| {
                matches!(d.kind, Kind::Direct | Kind::Mixed)
                    && (d.inherit.is_some()
                    // Not a relative pronoun ("said Mr. X, who noted that
                    // ... had ''cratered''"): the quote before it speaks.
                    || d.speaker.is_some_and(|sp| {
                        !matches!(&text[sp.0..sp.1], "who" | "which" | "that" | "whom")
                    }))
                    || matches!(d.kind, Kind::Indirect | Kind::Stance)
                        && d.speaker.is_some_and(|sp| {
                            let t = &text[sp.0..sp.1];
                            // "digital consultant Phil Musser says": a name
                            // after a lowercase title.
                            named_or_he_she(t)
                                || d.rule == "clause-speaker-cue"
                                    && t.split_whitespace()
                                        .skip(1)
                                        .any(|w| w.starts_with(char::is_uppercase))
                        })
                        && d.cue.is_some_and(|(_, _, li)| {
                            let c = lx.cue(li);
                            c.frames & crate::lexicon::frame::QUOTE != 0 && c.class != "report"
                        })
                    // "The ministry issued a statement on Monday." /
                    // "\"...\"": the statement is the quote (also of a
                    // lowercase phrase: "the DNC", "the company").
                    || matches!(d.kind, Kind::Indirect | Kind::Stance)
                        && a_statement(&text[d.content.0..d.content.1])
                        && d.speaker.is_some_and(|sp| {
                            let t = &text[sp.0..sp.1];
                            t.contains(' ') || named_or_he_she(t)
                        })
            })
            .map(|(i, d)| {
                // Where the attribution ends: `..., Musser says.` ends after
                // its cue.
                let attr_end = d
                    .content
                    .1
                    .max(d.speaker.map_or(0, |sp| sp.1))
                    .max(d.cue.map_or(0, |c| c.1));
                let indirect = matches!(d.kind, Kind::Indirect | Kind::Stance);
                (
                    (d.content.1, i),
                    (
                        d.content.0,
                        indirect,
                        indirect && d.rule == "clause-speaker-cue",
                        attr_end,
                    ),
                )
            }),
    );
    // (The keys are distinct: the draft indices are.)
    entries.sort_unstable_by_key(|e| e.0);
}

/// Quote sentences with no cue take the speaker of the quote before them
/// (same paragraph, or the paragraph before when this one opens with a
/// quote).
pub(super) fn continuations(
    text: &str,
    paras: &[Span],
    quotes: &[Quote],
    lx: &Lexicon,
    drafts: &mut Vec<Draft>,
    bufs: &mut DocBufs,
) {
    // Drafts' content spans sorted by start, with the running maximum of
    // their ends, answer "does any draft overlap this quote?" in O(log n).
    let DocBufs {
        spans,
        max_end,
        sources: sources_buf,
        ..
    } = bufs;
    spans.clear();
    spans.extend(drafts.iter().map(|d| d.content));
    sort_nearly_sorted_by_key(spans, |&s| span_key(s));
    running_max_end_into(spans, max_end);
    let (spans, max_end) = (&spans[..], &max_end[..]);
    let covered = |a: usize, b: usize| {
        let k = spans.partition_point(|s| s.0 < b);
        k > 0 && max_end[k - 1] > a
    };
    // Quote attributions that a continuation may take its speaker from,
    // by content end ([`quote_sources`]); continuations join as they are
    // made, so a quote running over several paragraphs chains. Made when
    // the first quote passes the tests before them (a document of no such
    // quote makes none).
    let mut made = false;
    for (qi, q) in quotes.iter().enumerate() {
        if covered(q.start, q.end) {
            continue;
        }
        // (Only up to four words matter below.)
        let words = words_up_to(&text[q.start..q.end], 4);
        // Short quotes only when they are whole sentences ("Very good."),
        // one word only as a question or exclamation in the paragraph of
        // the quote attribution before it (`"This is silly," Powe wrote.
        // "Blacklisted?"`).
        let lone_word = words == 1
            && text[..q.end].ends_with(['!', '?'])
            && paras
                .get(paras.partition_point(|p| p.1 <= q.open))
                .is_some_and(|p| !text[p.0..q.open].trim().is_empty());
        if words < 2 && !lone_word || words < 4 && !text[..q.end].ends_with(['.', '!', '?']) {
            continue;
        }
        let pi = paras.partition_point(|p| p.1 <= q.open);
        if pi >= paras.len() || paras[pi].0 > q.open {
            continue;
        }
        let para = paras[pi];
        // A short paragraph of one phrase in single marks is a section
        // heading (`'A really tough decision.'`, `'Totally pro-Israel.'`
        // between the paragraphs of a feature), not a quote of the speaker
        // before (train: 0 of 12 annotated).
        let single = matches!(&text[q.open..q.start], "'" | "‘");
        if single
            && text[para.0..q.open].trim().is_empty()
            && text[q.close_end..para.1]
                .trim()
                .trim_start_matches('.')
                .is_empty()
            && text[q.start..q.end].split_whitespace().take(9).count() <= 8
        {
            continue;
        }
        if !made {
            quote_sources(text, lx, drafts, sources_buf);
            made = true;
        }
        let sources = &mut *sources_buf;
        // The quote must stand as its own sentence: only space or sentence
        // punctuation before it since the last sentence end.
        let before = text[para.0..q.open].trim_end();
        // Or a capitalized quote right after the cue of a quote
        // attribution with no comma between (`"...," Trump said "Bush and
        // Obama sent people back."`): a new quote sentence.
        let after_cue = || {
            text[q.start..].starts_with(char::is_uppercase)
                && before.ends_with(char::is_alphabetic)
                && sources.below((q.open + 1, 0)).next_back().is_some_and(
                    |&(_, (_, indirect, _, attr_end))| {
                        !indirect && attr_end == para.0 + before.len()
                    },
                )
        };
        // A bare possessive apostrophe is no closing mark: a short title
        // after it is a program's name (`she said on CBS' "Face the
        // Nation."`).
        let possessive = ["s'", "S'", "s’", "S’"].iter().any(|p| before.ends_with(p))
            && text[q.start..q.end].split_whitespace().nth(6).is_none();
        let starts_sentence = before.is_empty()
            || before.ends_with(['.', '!', '?', '"', '”', ':', '\'']) && !possessive
            || after_cue();
        let after = text[q.close_end..para.1].trim_start();
        let ends_sentence = after.is_empty()
            || after.starts_with(['"', '“'])
            || after.starts_with("''")
            || after.starts_with("``")
            || after.chars().next().is_some_and(char::is_uppercase)
            || q.end > q.start && text[..q.end].ends_with(['.', '!', '?']);
        // A quote ending in a comma with words after it has its own
        // attribution there (`"...," Hannity started.`), known cue or not.
        let comma_then_words = text[q.start..q.end].trim_end().ends_with(',')
            && after.starts_with(char::is_alphabetic);
        // A quote right after a quote attribution sentence of the same
        // paragraph (`"...," said X, chair of Y. "..." - increasing ...`,
        // `"...," the person added. "... Rubio" in the debate ...`) may run
        // into words of the writer's; not into a capitalized attribution
        // of its own (`"...," Hannity started.`).
        let strict = ends_sentence && !comma_then_words;
        let loose =
            !(before.is_empty() || comma_then_words && after.starts_with(char::is_uppercase));
        if !starts_sentence || !strict && !loose {
            continue;
        }
        // Previous quote attribution: in this paragraph before q, or in
        // the previous paragraph when q opens this paragraph, or follows
        // only a short question of the writer's that opens it (interview
        // features: `Does she miss Ireland? "Every day. Less in
        // winter."`): one sentence of at most twelve words ending in "?",
        // no quote mark, no attribution over it. (Its length first, so
        // that a long paragraph of many quotes is not read again for
        // each: the tests after it read at most 160 bytes.)
        let question_lead = || {
            before.len() <= 160
                && before.ends_with('?')
                && before[..before.len() - 1]
                    .bytes()
                    .all(|b| !matches!(b, b'.' | b'!' | b'?' | b'"' | b':' | b';'))
                && !before.contains(['“', '”', '‘', '’'])
                && before.split_whitespace().take(13).count() <= 12
                && !covered(para.0, q.open)
        };
        let opens = pi > 0 && (before.is_empty() || question_lead());
        // A short paragraph of the writer's ending in a colon with no
        // attribution of its own ("Read the full letter below:", "The
        // statement in full:") hands the quote on to the paragraph before.
        let intro = opens
            && pi > 1
            && text[paras[pi - 1].0..paras[pi - 1].1]
                .trim_end()
                .ends_with(':')
            && text[paras[pi - 1].0..paras[pi - 1].1]
                .split_whitespace()
                .take(13)
                .count()
                <= 12
            && !covered(paras[pi - 1].0, paras[pi - 1].1);
        // A short paragraph of the writer's between two quote paragraphs
        // of one speaker ("The crowd cheered.", "She pauses.",
        // "(Applause)"): at most five words, no quote mark, no
        // attribution; the quote goes on from a quote (not reported
        // speech) of the paragraph before it.
        let interlude = opens
            && pi > 1
            && !intro
            && {
                let t = text[paras[pi - 1].0..paras[pi - 1].1].trim();
                t.split_whitespace().take(6).count() <= 5
                    && !t.contains(['"', '“', '”', '«', '»', ':'])
                    && !t.contains("''")
            }
            && !covered(paras[pi - 1].0, paras[pi - 1].1);
        let gap = if intro { paras[pi - 1].0 } else { para.0 };
        let lo = if intro || interlude {
            paras[pi - 2].0
        } else if opens {
            paras[pi - 1].0
        } else {
            para.0
        };
        // A quote opening its paragraph right before an attributed quote
        // of the same paragraph (`"We came to win. We lost. "We will be
        // back," the coach said.`: a straight mark reopened after a
        // sentence end) is that speaker's, not the previous paragraph's.
        let next_source = || {
            let n = quotes.get(qi + 1)?;
            if !before.is_empty()
                || n.open >= para.1
                || !text[q.close_end..n.open].trim().is_empty()
            {
                return None;
            }
            sources
                .within((n.end, 0), (n.end, usize::MAX))
                .find(|&&(_, (start, indirect, _, _))| start == n.start && !indirect)
                .map(|&((_, i), _)| (i, false))
        };
        let prev = next_source()
            .or_else(|| {
                sources
                    .below((q.open + 1, 0))
                    .rev()
                    .take_while(|((end, _), _)| *end >= lo)
                    .find(|((end, i), (start, indirect, clause_first, attr_end))| {
                        let (start, indirect, clause_first, attr_end) =
                            (*start, *indirect, *clause_first, *attr_end);
                        // Reported speech must end the paragraph before, or be a
                        // clause whose speaker and cue end the sentence right
                        // before the quote (`Also, he isn't a conservative, he
                        // said. "He's a liberal!"`).
                        start >= lo
                            && !(interlude && indirect)
                            && (strict
                                || !indirect
                                    && attr_end <= q.open
                                    && q.open - attr_end <= 300
                                    && text[attr_end..q.open]
                                        .trim_end_matches(|c: char| {
                                            c.is_whitespace() || matches!(c, '"' | '“' | '\'' | '`')
                                        })
                                        .trim_end_matches(['.', '!', '?'])
                                        .chars()
                                        .all(|c| {
                                            !matches!(c, '.' | '!' | '?' | '"' | '“' | '”' | '\n')
                                        }))
                            && (!indirect
                        || opens
                            && *end <= gap
                            && (!text[*end..gap].contains(char::is_alphanumeric)
                                || sentence_tail(&text[*end..gap])
                                    && drafts[*i]
                                        .speaker
                                        .is_some_and(|sp| opens_sentence(text, sp.0)))
                        || !opens
                            && clause_first
                            && attr_end <= q.open
                            && !text[attr_end..q.open].contains(char::is_alphanumeric)
                        // Reported speech opening the sentence right
                        // before the quote, in its paragraph (`Khan says
                        // she got a call from her niece, who ... . "She
                        // called me ..."`): its content may stop before the
                        // sentence does (", who", ", but").
                        || !opens
                            && !clause_first
                            && *end <= q.open
                            && sentence_tail(&text[*end..q.open])
                            && drafts[*i].speaker.is_some_and(|sp| opens_sentence(text, sp.0)))
                    })
                    .map(|&((_, i), (_, indirect, _, _))| (i, indirect))
            })
            .map(|(i, indirect)| (inner_quote_source(drafts, sources, i), indirect));
        if let Some((i, indirect)) = prev {
            // No chains after reported speech: a run of quote paragraphs
            // there is more often a block quote or a list. But a quote
            // left open at its paragraph end goes on in the next one (the
            // multi-paragraph convention), so that one chains.
            if !indirect || !q.closed {
                sources.insert((q.end, drafts.len()), (q.start, false, false, q.end));
            }
            drafts.push(continuation(q, i));
        }
    }
}

/// `t.split_whitespace().take(n).count()`, the number of words of `t` up
/// to `n`: the runs of characters that are no white space, counted in one
/// loop over the bytes (ASCII by `ascii_space`, a character past ASCII
/// decoded), which stops at the `n`-th (the standard split, asked of every
/// quote no draft covers, cost about 500 instructions a quote).
///
/// Sixteen bytes at a time first, while they are ASCII
/// ([`first_masks16`]): the words' starts among them are the bytes of no
/// white space after white space (or after the bytes before, when those
/// ended outside a word), counted at once (the byte loop cost about seven
/// instructions a byte, and a quote's first four words take twenty bytes
/// or more); the bytes left, or from the first block with a byte past
/// ASCII on, by the byte loop.
pub(super) fn words_up_to(t: &str, n: usize) -> usize {
    let b = t.as_bytes();
    let (mut count, mut in_word, mut i) = (0, false, 0);
    while count < n {
        let Some(m) = first_masks16(b, i).filter(|m| m.high == 0) else {
            break;
        };
        let solid = !m.space & 0xffff;
        count += (solid & !(solid << 1 | u32::from(in_word))).count_ones() as usize;
        in_word = solid >> 15 != 0;
        i += 16;
    }
    if count >= n {
        return n;
    }
    while i < b.len() && count < n {
        let (space, len) = if b[i] < 0x80 {
            (ascii_space(b[i]), 1)
        } else {
            // (`i` is at a character boundary: only whole characters are
            // stepped over.)
            let c = t[i..].chars().next().unwrap_or(' ');
            (c.is_whitespace(), c.len_utf8())
        };
        if space {
            in_word = false;
        } else if !in_word {
            in_word = true;
            count += 1;
        }
        i += len;
    }
    count
}

/// Whether `t` (from the end of a draft's content to a quote's opening mark)
/// only finishes the draft's sentence: no sentence end, quote mark or line
/// break before its final stop.
fn sentence_tail(t: &str) -> bool {
    let t = t.trim_end();
    let Some(body) = t.strip_suffix(['.', '!', '?']) else {
        return false;
    };
    body.chars()
        .all(|c| !matches!(c, '.' | '!' | '?' | '"' | '“' | '”' | '\n' | ':' | ';'))
}

/// Whether the speaker at `pos` belongs to the main clause of its sentence:
/// no quote mark between the sentence start and it (`"...," Trump assured
/// Jones, after Jones assured Trump that ...` is not). A single straight
/// `'` is an apostrophe there ("At Brazille's direction, the DNC issued
/// ..."), as a curly one is; a doubled `''` is a quote mark.
fn opens_sentence(text: &str, pos: usize) -> bool {
    let lead = &text[..pos];
    let start = lead.rfind(['.', '!', '?', '\n']).map_or(0, |k| k + 1);
    let lead = &lead[start..];
    !lead.contains(['"', '“', '”']) && !lead.contains("''")
}

/// The quote attribution a continuation takes its speaker from, given the
/// latest source `i` before it: a mixed draft whose content holds a direct
/// quote with an attribution of its own (`he didn't think ...: "...,"
/// Roffman predicted.`, `Moscow strongly denies -- "...?" asked Dunn.`,
/// `''...,'' said Robin Maynard, half joking.`), or to a draft of the
/// same quote whose speaker follows it (the sentence's closing
/// attribution, `X offered ... "...," DeSantis said.`), gives way to that
/// quote's draft: the speaker named at the quote is the one who goes on.
/// A closing attribution itself gives way to a direct quote inside it
/// only (`Asked about X, Y said "...," she said.`).
fn inner_quote_source(drafts: &[Draft], sources: &Sources, i: usize) -> usize {
    let d = &drafts[i];
    if d.kind != Kind::Mixed {
        return i;
    }
    let (a, b) = d.content;
    // (A draft whose speaker follows its quote, the sentence's closing
    // attribution, gives way to a direct quote inside it only.)
    let closing = d.speaker.is_some_and(|sp| sp.0 >= b);
    sources
        .within((a, 0), (b, usize::MAX))
        .rev()
        .find(|&&((_, j), (start, indirect, _, _))| {
            j != i
                && !indirect
                && (start >= a && drafts[j].kind == Kind::Direct
                    // A mixed content that runs over the speaker of another
                    // quote attribution (`In 2009, when X offered states
                    // billions, "...," DeSantis said.` gives "offered" the
                    // content up to "said"): that speaker goes on.
                    || !closing && drafts[j].speaker.is_some_and(|sp| a <= sp.0 && sp.1 <= b)
                    // Or one that ends at the same quote with its speaker
                    // after it (the content cut before `, DeSantis said`:
                    // the closing attribution of the sentence).
                    || !closing
                        && drafts[j].content.1 == b
                        && drafts[j].speaker.is_some_and(|sp| sp.0 >= b))
                && drafts[j].speaker.is_some()
        })
        .map_or(i, |&((_, j), _)| j)
}

/// A quote running over several paragraphs repeats its opening mark and
/// closes only in its last paragraph (`“First, ...` / `“Second, ...` /
/// `“And third, ...,” she said.`): each open paragraph of the run that no
/// draft covers takes the speaker of the quote after it, back from the
/// attribution that closes the run.
pub(super) fn quote_runs(text: &str, paras: &[Span], quotes: &[Quote], drafts: &mut Vec<Draft>) {
    // (Most documents have no quote left open: nothing to index.)
    if quotes.len() < 2 || quotes.iter().all(|q| q.closed) {
        return;
    }
    // Direct drafts with a speaker, by content start.
    let mut source: rustc_hash::FxHashMap<usize, usize> = drafts
        .iter()
        .enumerate()
        .filter(|(_, d)| d.kind == Kind::Direct && (d.speaker.is_some() || d.inherit.is_some()))
        .map(|(i, d)| (d.content.0, i))
        .collect();
    let mut starts: Vec<usize> = drafts.iter().map(|d| d.content.0).collect();
    starts.sort_unstable();
    let para_of = |pos: usize| paras.partition_point(|p| p.1 <= pos);
    // Whether the quote opens its paragraph.
    let opens = |q: &Quote, pi: usize| {
        pi < paras.len() && paras[pi].0 <= q.open && text[paras[pi].0..q.open].trim().is_empty()
    };
    for qi in (0..quotes.len() - 1).rev() {
        let q = &quotes[qi];
        let pi = para_of(q.open);
        if q.closed || !opens(q, pi) || !text[q.end..paras[pi].1].trim().is_empty() {
            continue;
        }
        // The next quote must open the next paragraph.
        let nq = &quotes[qi + 1];
        if para_of(nq.open) != pi + 1 || !opens(nq, pi + 1) {
            continue;
        }
        let Some(&src) = source.get(&nq.start) else {
            continue;
        };
        // Speech, not a block quote of an article (those run over
        // paragraphs too, and the source is the article): a first- or
        // second-person word.
        let speech = text[q.start..q.end]
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| {
                matches!(
                    w,
                    "I" | "we" | "We" | "our" | "Our" | "us" | "my" | "My" | "you" | "You" | "me"
                )
            });
        if !speech {
            continue;
        }
        // A draft already there keeps the quote (and leads the chain on),
        // unless it only continues the paragraph before (reported speech
        // or a closed quote, not a colon introducing the run): the
        // attribution closing the run names the speaker (`Officials said
        // ...` / `"We will keep fighting ...` / `"And ...," Newsom said.`).
        let k = starts.partition_point(|&s| s < q.start);
        if starts.get(k).is_some_and(|&s| s < q.end) {
            let intro_colon = text[paras[pi.saturating_sub(1)].0..q.open]
                .trim_end()
                .ends_with(':');
            let cont = (starts[k] == q.start && !intro_colon)
                .then(|| {
                    drafts
                        .iter()
                        .position(|d| d.rule == "continuation" && d.content == (q.start, q.end))
                })
                .flatten();
            if let Some(c) = cont {
                if drafts[src].rule != "continuation" && drafts[c].inherits() != Some(src) {
                    // (A draft takes the speaker of an earlier one only:
                    // the new draft replaces it, see `dedupe`.)
                    drafts[c].rule = SUPERSEDED;
                    source.insert(q.start, drafts.len());
                    drafts.push(continuation(q, src));
                }
            }
            continue;
        }
        source.insert(q.start, drafts.len());
        drafts.push(continuation(q, src));
    }
}

/// The rule of a continuation draft that a later draft with the same
/// content replaces (`quote_runs`); `dedupe` drops it.
pub(super) const SUPERSEDED: &str = "continuation-superseded";

/// The draft of quote `q` continuing the speaker of draft `src`.
fn continuation(q: &Quote, src: usize) -> Draft {
    Draft {
        conj: 0,
        sp_tok: Draft::NO_TOK,
        kind: Kind::Direct,
        content: (q.start, q.end),
        speaker: None,
        cue: None,
        rule: "continuation",
        inherit: Draft::index(src),
    }
}

/// Whether a content names a statement as an object ("a statement", "a
/// brief written statement on Monday"): "a"/"an" and "statement" (with a
/// comma or stop after it) within its first four words.
pub(super) fn a_statement(content: &str) -> bool {
    // (A first byte in ASCII, no space and no "a", opens another word:
    // most contents.)
    if content
        .as_bytes()
        .first()
        .is_some_and(|&c| c > b' ' && c < 0x80 && c != b'a')
    {
        return false;
    }
    if !matches!(first_word(content), "a" | "an") {
        return false;
    }
    let mut w = content.split_whitespace();
    matches!(w.next(), Some("a" | "an"))
        && w.take(3)
            .any(|x| x == "statement" || x == "statement," || x == "statement.")
}

/// A speaker that a quote paragraph after reported speech may continue:
/// a capitalized phrase (not "They", "We", "It"), "he"/"she", or a
/// definite phrase in lowercase too ("In a statement, the family said
/// ..." as "The family said ...").
pub(super) fn named_or_he_she(s: &str) -> bool {
    // By the first byte when it is ASCII and no space (nearly every
    // speaker): a capital opens a name unless the word is one of the
    // pronouns (of at most four letters, so five bytes tell), a lowercase
    // letter other than h, s or t opens none of the words, nor does a
    // digit or a sign.
    let b = s.as_bytes();
    match b.first() {
        Some(&c) if c.is_ascii_uppercase() => {
            // (A second byte that is a letter or digit other than the
            // pronouns' second letters: a name, "Trump", "Clinton".)
            if b.get(1).is_some_and(|&d| {
                d.is_ascii_alphanumeric() && !matches!(d, b'h' | b'e' | b'o' | b't')
            }) {
                return true;
            }
            match b.iter().take(5).position(|&c| ascii_space(c) || c >= 0x80) {
                Some(k) if b[k] < 0x80 => {
                    return !matches!(&s[..k], "They" | "We" | "It" | "I" | "You");
                }
                // (A byte past ASCII may end the word: read below.)
                Some(_) => {}
                None => return b.len() > 4 || !matches!(s, "They" | "We" | "It" | "I" | "You"),
            }
        }
        Some(&c) if c > b' ' && c < 0x80 && !matches!(c, b'h' | b's' | b't') => return false,
        _ => {}
    }
    named_or_he_she_plain(s)
}

/// [`named_or_he_she`] by the first word as the standard split gives it.
pub(super) fn named_or_he_she_plain(s: &str) -> bool {
    let w = first_word(s);
    matches!(w, "he" | "she" | "He" | "She" | "the")
        || w.starts_with(char::is_uppercase) && !matches!(w, "They" | "We" | "It" | "I" | "You")
}

/// Sorts `v` by `key` as `v.sort_by_key(key)` does: a stable sort, so
/// elements of equal keys keep their order (the rows, pushed in draft
/// order, are sorted by their contents alone, with no index in the key).
/// A document's drafts come nearly in the order of their contents: an
/// insertion sort takes them in one pass with a few moves, where the
/// library's sort (no faster on a nearly sorted slice unless it is wholly
/// sorted) made a quicksort of every slice of more than twenty. Past a
/// budget of moves (eight an element) the rest is left to that sort, so a
/// slice far from order stays O(n log n).
#[inline]
pub(super) fn sort_nearly_sorted_by_key<T: Copy, K: Ord>(v: &mut [T], key: impl Fn(&T) -> K) {
    let mut budget = 8 * v.len();
    for i in 1..v.len() {
        let x = v[i];
        let kx = key(&x);
        let mut j = i;
        // (Only a greater key is passed: an equal one stays before `x`.)
        while j > 0 && key(&v[j - 1]) > kx {
            if budget == 0 {
                // (`x` back in the hole first: the slice is a permutation
                // of the input again, and elements of equal keys are in
                // their first order, which the stable sort keeps.)
                v[j] = x;
                v.sort_by_key(key);
                return;
            }
            budget -= 1;
            v[j] = v[j - 1];
            j -= 1;
        }
        v[j] = x;
    }
}

/// A span as one number that orders spans as `(start, end)` does: the
/// start in the high 64 bits, the end in the low (a `usize` has at most 64
/// bits, so neither spills into the other, for any offsets). The sorts'
/// key, one compare of two words where the pair's was two branches.
pub(super) fn span_key((a, b): Span) -> u128 {
    const { assert!(usize::BITS <= 64, "an offset fits half a u128") };
    (a as u128) << 64 | b as u128
}
