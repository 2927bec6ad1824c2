//! Attribution: link cues, content and speakers, then resolve speakers.
//!
//! For each document: paragraphs and quotes are found, sentences are cut
//! and tokenized once (the words give the word classes and the cues,
//! `Sent::with_cues`), and each cue outside a quotation
//! runs the ordered rules of [`rules`]. Document-level rules follow: the
//! headline colon ("Russia: ...") and continuation quotes (a quote sentence
//! with no cue takes the speaker of the quote before it). Finally every
//! speaker is resolved (the `resolve` stage) and offsets become code points.

mod resolve;
pub mod rules;
pub(crate) mod sent;
pub mod speaker;

use std::borrow::Cow;

use crate::gazetteer::Gazetteer;
use crate::lexicon::{CueId, CueMatch, Form, Lexicon, NounType};
use crate::model::{Attribution, Document, Kind, Row, SpeakerType};
use crate::quotes::{document_quotes_into, Quote};
use crate::ruleset::RuleSet;
use crate::text::offsets::CharIndex;
use crate::text::segment::{
    paragraphs_into, sentences_into, sentences_without_breaks_into, ByteHits, Span, TokKind,
};
use crate::text::{ascii_space, last_word};

use sent::{Sent, SentBuffers};

mod continuation_quotes;
mod draft_filters;
mod headlines;
mod thing_subjects;
mod word_lists;

#[cfg(test)]
use continuation_quotes::{a_statement, named_or_he_she, named_or_he_she_plain, words_up_to};
use continuation_quotes::{
    continuations, quote_runs, running_max_end, running_max_end_into, sort_nearly_sorted_by_key,
    span_key, NestBufs, Sources, SUPERSEDED,
};
use draft_filters::{
    adjective_before_noun_cue, answer_without_reply, asked_clause, asked_question,
    compound_noun_cue, control_chains, dedupe, determiner_fragment, drop_nested,
    drop_spanning_speakers, eventive_see, idiom_object, is_anonymity_request, naming_participle,
    passive_cue, phone_call, plural_after_quantifier, poll_source, quoted_title, said_nothing,
    single_quoted_phrase, singular_before_base, speaker_det, verification_note, ContentTable,
    PASSIVE_TRANSITIVE,
};
#[cfg(test)]
use draft_filters::{
    last_clause_word, may_end_in_count, opens_like_anonymity, SpeakerDet, ASKED_CLAUSE_ENDS,
    ASK_FORMS, BELIEF_KEYS, COUNT_ANY_END, COUNT_WORDS, FINDING_KEYS, FRAGMENT_DETS,
    PASSIVE_ADVERBS, PASSIVE_BE, SINGULAR_DETS, SPEAKER_DETS,
};
#[cfg(test)]
use headlines::{
    agency_dateline_end, caps_chars, caps_word, caps_word_may, dash_byline_name, dateline_end_scan,
    day_number, label_start, label_start16, label_start_bytes, last_word16, opens_with_label,
    paren_in_head,
};
use headlines::{
    colon_label, dash_bylines, dateline_colon, dateline_end, has_poll_word, headline, last_word_in,
    opens_view, para_start, tok_end, QuoteWalk,
};
#[cfg(test)]
use thing_subjects::ADVERB_SPEAKERS;
use thing_subjects::{
    addressed_audience, advice_modal, bare_statement, is_adverb_speaker, phrasal_back,
    physical_sense, recall_cue, relative_in_subject, thing_subject, wire_note, FORCE_CUES,
    THING_MOVES,
};
pub(crate) use word_lists::slice_of;
use word_lists::{
    after_space, block16_ending_at, first_masks16, first_piece, first_word, has_clitic_trimmed,
    last_of_pieces, only_spaces, outer_prev, rposition_in, second_of_two_words_at,
    speaker_before_cue, to_space, Adjacent, EndPairs, ShortWords, WordList,
};
#[cfg(test)]
use word_lists::{folded_halves, second_of_two_words, spaces_of_last16};

/// A candidate attribution in byte offsets, before speaker resolution.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Draft {
    /// Kind.
    pub kind: Kind,
    /// Content span.
    pub content: Span,
    /// Speaker mention span.
    pub speaker: Option<Span>,
    /// Cue span and lemma index.
    pub cue: Option<(usize, usize, CueId)>,
    /// Rule id.
    pub rule: &'static str,
    /// Index of an earlier draft whose speaker this one takes (see
    /// [`Draft::inherits`]; 32 bits, as [`Draft::conj`]: a huge document
    /// holds one draft for every few words).
    pub inherit: Option<u32>,
    /// For a coordinated speaker ("France, Britain and Germany"), the
    /// start of its last conjunct ("Germany"); 0 otherwise (also past the
    /// first 4 GiB of a document).
    pub conj: u32,
    /// The speaker's first token in its sentence (the token the speaker
    /// span starts), as the rule that found the speaker knew it, or
    /// [`Draft::NO_TOK`] (not known, or past the first 65,535 tokens of
    /// a sentence: searched by the span's start). 16 bits: the draft's
    /// spare bytes (its size is much of a huge document's memory). Set to
    /// `NO_TOK` where `Extractor::sentence` moves the speaker's start (a
    /// poll source, a headline pair, coordinated names); resolution, which
    /// widens speakers later, does not read it.
    pub sp_tok: u16,
}

impl Draft {
    /// `sp_tok` of a draft whose speaker's first token is not known.
    pub const NO_TOK: u16 = u16::MAX;

    /// The speaker's first token in sentence `s`, given the speaker's
    /// span `sp` (`self.speaker`): `sp_tok` where the rule that found the
    /// speaker knew it, else searched by the span's start.
    #[inline]
    fn speaker_tok(&self, s: &Sent, sp: Span) -> usize {
        let a = match self.sp_tok {
            Draft::NO_TOK => s.tok_at(sp.0),
            k => usize::from(k),
        };
        debug_assert_eq!(a, s.tok_at(sp.0), "{self:?}");
        a
    }

    /// The draft whose speaker this one takes.
    pub fn inherits(&self) -> Option<usize> {
        self.inherit.map(|p| p as usize)
    }

    /// `inherit` of the draft at index `p` (none for an index past 32
    /// bits, which no document in memory reaches).
    pub fn index(p: usize) -> Option<u32> {
        u32::try_from(p).ok()
    }
}

/// The extractor: gazetteer and lexicon, built once, used for every
/// document (it is `Sync`, so threads can share it).
pub struct Extractor {
    gaz: Gazetteer,
    lx: Lexicon,
    rules: RuleSet,
    /// Every rule of `rules` is enabled (the default): no row needs the
    /// per-rule lookup.
    all_enabled: bool,
    default_date: Option<String>,
    /// The draft filters' facts of each cue lemma of `lx`, by its index
    /// ([`lemma_bits`]).
    lemma_bits: Box<[u16]>,
}

impl Extractor {
    /// An extractor over the given data.
    pub fn new(gaz: Gazetteer, lx: Lexicon) -> Extractor {
        let rules = RuleSet::default_data().expect("embedded rules.toml is valid (tested)");
        Extractor {
            gaz,
            lemma_bits: lemma_table(&lx),
            lx,
            all_enabled: rules.rules.iter().all(|r| r.enabled),
            rules,
            default_date: None,
        }
    }

    /// Replaces the rule data (which rules are enabled).
    pub fn set_rules(&mut self, rules: RuleSet) {
        self.all_enabled = rules.rules.iter().all(|r| r.enabled);
        self.rules = rules;
    }

    /// The rule data.
    pub fn rules(&self) -> &RuleSet {
        &self.rules
    }

    /// An extractor over the embedded default data.
    pub fn with_default_data() -> crate::error::Result<Extractor> {
        Ok(Extractor::new(
            Gazetteer::default_data()?,
            Lexicon::default_data()?,
        ))
    }

    /// Sets the date used for documents without one (`YYYY-MM-DD`).
    pub fn set_default_date(&mut self, date: Option<String>) {
        self.default_date = date;
    }

    /// The gazetteer.
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gaz
    }

    /// The lexicon.
    pub fn lexicon(&self) -> &Lexicon {
        &self.lx
    }

    /// Extracts the attributions of one document, in document order.
    pub fn extract(&self, doc: &Document) -> Vec<Attribution> {
        let mut out = Vec::new();
        self.extract_rows(doc, |r| out.push(r.to_attribution()));
        out
    }

    /// Extracts the attributions of one document and hands each to `f` as
    /// a borrowed [`Row`], in document order (the rows of
    /// [`Extractor::extract`], without allocating their strings).
    pub fn extract_rows(&self, doc: &Document, f: impl FnMut(&Row)) {
        self.extract_rows_with(doc, &mut Scratch::default(), f);
    }

    /// [`Extractor::extract_rows`] with the working vectors of `scratch`,
    /// which a caller keeps from document to document (one per thread), so
    /// a document allocates only where it needs more room than any before.
    pub fn extract_rows_with(
        &self,
        doc: &Document,
        scratch: &mut Scratch,
        mut f: impl FnMut(&Row),
    ) {
        let Scratch {
            paras,
            breaks,
            quotes,
            cues,
            drafts,
            sents,
            bufs,
            resolve_bufs,
            resolutions,
            char_blocks,
            order,
            nest,
            doc: doc_bufs,
        } = scratch;
        paras.clear();
        quotes.clear();
        cues.clear();
        drafts.clear();
        // (Whether each paragraph may hold a line break, which the
        // sentence split looks for.)
        breaks.clear();
        // Markup left in scraped text is blanked and references decoded
        // before the rest (the rows' offsets are mapped back below). The
        // paragraph split tells whether the text holds a `<` or a `&`,
        // in its pass over the text: only then is it cleaned (a pass of
        // its own over every text, for the few that hold markup), and
        // split again when cleaning changed it.
        let marked = paragraphs_into(&doc.text, paras, breaks);
        let cleaned = if marked {
            crate::text::markup::clean(&doc.text)
        } else {
            None
        };
        let text = match &cleaned {
            Some(c) => {
                paras.clear();
                breaks.clear();
                paragraphs_into(&c.text, paras, breaks);
                c.text.as_str()
            }
            None => doc.text.as_str(),
        };
        let paras = &paras[..];
        document_quotes_into(text, paras, quotes);
        let quotes = &quotes[..];
        // Where the cue scan stopped (see `Sent::with_cues`).
        let mut cue_at = 0;
        // The quotes near each sentence.
        let mut near_quotes = NearQuotes::default();
        // An interview transcript: two or more paragraphs open with
        // "NAME:" ("KATE BOULDUAN: Why not debate?").
        let transcript = paras.iter().filter(|&&p| colon_label(text, p)).count() >= 2;
        // Whether a transcript label is named again in the text, asked of
        // the text (`NameCounts`).
        let lower = NameCounts::new(text);
        // The first quote that does not close before the paragraph: the
        // split is given the quotes from it on (`sentences_into`).
        let mut para_quote = 0;
        for (pi, &para) in paras.iter().enumerate() {
            // The quote attribution of the sentence before (same paragraph),
            // which a partly quoted sentence with no cue continues.
            let mut source: Option<usize> = None;
            sents.clear();
            // (From the quotes known to close by the last sentence's start
            // before, `NearQuotes::lo`: by the paragraph's start too.)
            para_quote = para_quote.max(near_quotes.lo);
            while quotes
                .get(para_quote)
                .is_some_and(|q| q.close_end <= para.0)
            {
                para_quote += 1;
            }
            debug_assert_eq!(
                para_quote,
                quotes.partition_point(|q| q.close_end <= para.0),
                "the paragraph's first quote"
            );
            let para_quotes = &quotes[para_quote..];
            if breaks[pi] {
                sentences_into(text, para, para_quotes, sents);
            } else {
                sentences_without_breaks_into(text, para, para_quotes, sents);
            }
            for &sspan in sents.iter() {
                let prev_source = source.take();
                // Every sentence is tokenized: its words give its cues.
                // The cues of the sentences before are used by none after
                // (a cue phrase running past its sentence's end belongs to
                // no sentence), so the vector holds one sentence's cues.
                cues.clear();
                let s = Sent::with_cues(
                    text,
                    sspan,
                    std::mem::take(bufs),
                    &self.lx,
                    &mut cue_at,
                    cues,
                );
                // (A cue phrase running past the sentence's end belongs to
                // no sentence.)
                let last_cue =
                    cues.len() - usize::from(cues.last().is_some_and(|c| c.end > sspan.1));
                let colon_start = transcript && para_start(text, para, sspan);
                let has_colon = s.has_colon();
                let words_comma = s.has_words_comma();
                let near = near_quotes.of(quotes, sspan);
                // A sentence that can give nothing skips the rules: past
                // the headline paragraphs, no colon, nothing to continue,
                // every cue inside a quotation (so the cue rules skip it),
                // no poll word and no opening "To" (`rules::to_view`).
                if pi >= 3
                    && !colon_start
                    && !has_colon
                    && prev_source.is_none()
                    && cues[..last_cue].iter().all({
                        let mut walk = QuoteWalk::default();
                        move |cm| walk.within(near, cm.start, cm.end)
                    })
                    && !has_poll_word(&text[sspan.0..sspan.1])
                    && !opens_view(&text[sspan.0..sspan.1])
                    && !words_comma
                {
                    *bufs = s.into_buffers();
                    continue;
                }
                source = self.sentence(
                    &s,
                    quotes,
                    para,
                    SentenceOpts {
                        head: pi < 3 || colon_start,
                        is_headline: !colon_start,
                        has_colon,
                        words_comma,
                        prev_source,
                        near,
                        quote_lo: near_quotes.lo,
                        lower: &lower,
                        nest,
                    },
                    &cues[..last_cue],
                    drafts,
                );
                *bufs = s.into_buffers();
            }
        }
        dash_bylines(text, paras, quotes, &self.lx, drafts);
        continuations(text, paras, quotes, &self.lx, drafts, doc_bufs);
        // (Trimmed after each user: a long document's vectors of
        // `continuations` are not held while `dedupe` grows its own.)
        doc_bufs.trim();
        quote_runs(text, paras, quotes, drafts);
        dedupe(drafts, doc_bufs);
        doc_bufs.trim();
        let rules = &self.rules;
        let date = doc.date.as_deref().or(self.default_date.as_deref());
        // (The vectors of the document before, empty: the names borrowed
        // from the gazetteer are dropped with the rows, `ResolutionBufs`.)
        let mut resolved = resolutions.take(drafts.len());
        resolve::resolve(
            text,
            drafts,
            &self.gaz,
            &self.lx,
            date,
            resolve_bufs,
            &mut resolved,
        );
        let ix = CharIndex::with_buffer(text, std::mem::take(char_blocks));
        let cp = |b: usize| {
            let c = ix.char_offset(text, b);
            cleaned.as_ref().map_or(c, |m| m.original(b, c))
        };
        // The rows (draft indices) in order of content (start, end), then
        // draft order (a stable sort of indices pushed in draft order).
        // Byte offsets order the contents as their code-point offsets do
        // (both are at character boundaries; the markup map is monotonic),
        // so the code points are counted for the rows only as they are
        // written, and the vector holds one index a row. The key is the
        // span as one number (`span_key`): one compare.
        order.clear();
        for i in 0..drafts.len() {
            let d = &drafts[i];
            if !((resolved.speaker(i, drafts).is_some() || resolved.canonical(i).is_some())
                && (self.all_enabled || rules.enabled(d.rule))
                // Kept as a source for the quote paragraphs after it, but
                // no row of its own.
                && !no_row(text, &self.lx, &self.lemma_bits, d)
                // A news outlet's note that it could not verify a claim.
                && !verification_note(text, &self.lx, &self.gaz, d, || resolved.canonical(i)))
            {
                continue;
            }
            // A quotation with nothing in it (`""`) is a source too, but
            // says nothing. (Trimmed here, once: no later stage reads the
            // drafts' contents.)
            if let Some(c) = row_content(text, d.content) {
                drafts[i].content = c;
                order.push(i);
            }
        }
        sort_nearly_sorted_by_key(order, |&i| span_key(drafts[i].content));
        // One row, each of its cells written in it as it is found (a row
        // built anew for each draft had its cells found first, kept on the
        // stack across the calls between, and then copied into it: about
        // forty moves a row). Every cell but the document id is written,
        // unconditionally, for every draft. The pattern below names each
        // field, so a field added to `Row` fails to compile there and one
        // named and never written is an unused variable (a warning, an
        // error under clippy's `-D warnings`); a write made only under a
        // condition is caught by the test
        // `rows_written_in_one_row_keep_nothing_of_the_row_before`.
        let mut row = Row {
            doc_id: &doc.id,
            kind: Kind::Direct,
            speaker: None,
            speaker_canonical: None,
            speaker_type: SpeakerType::Unknown,
            speaker_country: None,
            cue: None,
            cue_lemma: None,
            cue_class: None,
            content: "",
            content_start: 0,
            content_end: 0,
            speaker_start: None,
            speaker_end: None,
            rule: "",
        };
        for &i in order.iter() {
            let Row {
                doc_id: _,
                kind,
                speaker: speaker_cell,
                speaker_canonical,
                speaker_type,
                speaker_country,
                cue: cue_cell,
                cue_lemma,
                cue_class,
                content: content_cell,
                content_start,
                content_end,
                speaker_start,
                speaker_end,
                rule,
            } = &mut row;
            let d = &drafts[i];
            let speaker = resolved.speaker(i, drafts).map(|sp| {
                has_clitic_trimmed(text, sp, || (resolved.stype(i), resolved.canonical(i)))
            });
            let (a, b) = d.content;
            *content_start = cp(a);
            *content_end = cp(b);
            let cue = d.cue.map(|(_, _, c)| self.lx.cue(c));
            // (The spans' slices by `slice_of`: one branch for their
            // bounds' tests, a bad span panicking as the slice does.)
            let content = slice_of(text, a, b);
            *kind = if d.kind == Kind::Stance && has_quoted_words(content) {
                // A stance with quoted words is a mixed record, as
                // annotators mark it ("accused ministers of 'walking
                // away from the table'": 129 of the 132 such rows that
                // are right on train). Only the label: the drafts keep
                // their kind for the continuation logic.
                Kind::Mixed
            } else {
                d.kind
            };
            *speaker_cell = speaker.map(|(a, b)| slice_of(text, a, b));
            *speaker_canonical = resolved.canonical(i);
            *speaker_type = resolved.stype(i);
            *speaker_country = resolved.country(i);
            *cue_cell = d.cue.map(|(a, b, _)| slice_of(text, a, b));
            *cue_lemma = cue.map(|c| c.lemma.as_str());
            *cue_class = cue.map(|c| c.class.as_str());
            *content_cell = content;
            *speaker_start = speaker.map(|(a, _)| cp(a));
            *speaker_end = speaker.map(|(_, b)| cp(b));
            *rule = d.rule;
            f(&row);
        }
        *char_blocks = ix.into_buffer();
        resolutions.keep(resolved);
    }
}

/// A row's content: the draft's `span` of `text` without the white space
/// at its edges (a quotation's own spacing, `“ … if the`, `'Manhattan
/// poor,' ”`, or a line break from a `<br>` before the closing mark), or
/// `None` when nothing else is left (`""`): such a quotation is a source
/// for the quote paragraphs after it, but says nothing. Trimming whole
/// characters of the cleaned text keeps a blanked tag or a decoded
/// reference whole.
fn row_content(text: &str, (a, b): Span) -> Option<Span> {
    // Most contents open and close with an ASCII character that is no
    // white space (nor a control character): nothing to trim.
    let solid = |c: u8| c > b' ' && c < 0x80;
    if a < b && solid(text.as_bytes()[a]) && solid(text.as_bytes()[b - 1]) {
        return Some((a, b));
    }
    let t = &text[a..b];
    let body = t.trim_start();
    let lead = t.len() - body.len();
    let body = body.trim_end();
    (!body.is_empty()).then_some((a + lead, a + lead + body.len()))
}

/// Whether a draft kept as a source for the quote paragraphs after it
/// writes no row: a bare statement, an audience addressed, a telephone
/// call, an answer with no reply, a quoted title, the question put to the
/// speaker of a closing tag ([`asked_clause`]). The first four are
/// drafts of one cue lemma each: the lemma's bits, read once from
/// `lemmas` (the [`lemma_table`] of `lx`), pick the one test that can hold
/// (each looked the lemma up again for every row).
fn no_row(text: &str, lx: &Lexicon, lemmas: &[u16], d: &Draft) -> bool {
    let lemma = d.cue.map_or(0, |(_, _, ci)| lemmas[usize::from(ci)]);
    lemma & lemma_bit::ROW_TESTS != 0
        && (lemma & lemma_bit::ROW_BARE != 0 && bare_statement(text, lx, d)
            || lemma & lemma_bit::ROW_ADDRESS != 0 && addressed_audience(text, lx, d)
            || lemma & lemma_bit::ROW_CALL != 0 && phone_call(text, lx, d)
            || lemma & lemma_bit::ROW_ANSWER != 0 && answer_without_reply(text, lx, d))
        || quoted_title(text, d)
        || asked_clause(text, d)
}

/// The bits of [`lemma_bits`]: which lemma-bound filter of
/// `dropped_draft` and `no_row` can hold for a draft of the lemma.
mod lemma_bit {
    /// "say": `said_nothing`.
    pub const SAY: u16 = 1;
    /// "see": `idiom_object` and `eventive_see`.
    pub const SEE: u16 = 1 << 1;
    /// "find", "reflect", "charge", "post": `idiom_object`.
    pub const IDIOM: u16 = 1 << 2;
    /// "address", "release", "show", "detail", "advocate":
    /// `compound_noun_cue`.
    pub const COMPOUND: u16 = 1 << 3;
    /// Any of the four above, or `WANT` or `BACK` below.
    pub const DROP_TESTS: u16 = SAY | SEE | IDIOM | COMPOUND | WANT | BACK;
    /// "say", "tell", "write", "add": `passive_cue` never holds.
    pub const NO_PASSIVE: u16 = 1 << 4;
    /// "issue", "release": `bare_statement`.
    pub const ROW_BARE: u16 = 1 << 5;
    /// "address": `addressed_audience`.
    pub const ROW_ADDRESS: u16 = 1 << 6;
    /// "call": `phone_call`.
    pub const ROW_CALL: u16 = 1 << 7;
    /// "answer": `answer_without_reply`.
    pub const ROW_ANSWER: u16 = 1 << 8;
    /// Any of the four above.
    pub const ROW_TESTS: u16 = ROW_BARE | ROW_ADDRESS | ROW_CALL | ROW_ANSWER;
    /// The lemmas of `PASSIVE_TRANSITIVE`: `passive_cue`'s test of a form
    /// of "be" before the cue.
    pub const PASSIVE: u16 = 1 << 9;
    /// "want": `advice_modal`.
    pub const WANT: u16 = 1 << 10;
    /// "back": `phrasal_back`.
    pub const BACK: u16 = 1 << 11;
    /// The cues of force (`FORCE_CUES`: "attack", "blast", "block" ...):
    /// `physical_sense`'s weather and animal subjects.
    pub const FORCE: u16 = 1 << 12;
    /// "dismiss": `physical_sense`'s staff and counts of people.
    pub const DISMISS: u16 = 1 << 13;
    /// "defend": `physical_sense`'s sports titles ("defended his title").
    pub const DEFEND: u16 = 1 << 14;
    /// "decline", "recall": `physical_sense`'s quantity objects
    /// ("declined 3 percent") and, for "recall" alone (a test of the lemma's
    /// name, `recall_cue`: the sixteen bits are all taken), goods ("recalled 2 million
    /// units").
    pub const DECLINE: u16 = 1 << 15;
    /// Any of the four above: `physical_sense` is asked only for them.
    pub const PHYSICAL: u16 = FORCE | DISMISS | DEFEND | DECLINE;
}

/// The filters' facts of a cue lemma (the bits of the `lemma_bit`
/// module): a filter bound to a few lemmas is tried only for theirs.
fn lemma_bits(lemma: &str) -> u16 {
    use lemma_bit as b;
    let passive = if PASSIVE_TRANSITIVE.contains(&lemma) {
        b::PASSIVE
    } else {
        0
    };
    let force = if FORCE_CUES.contains(&lemma) {
        b::FORCE
    } else {
        0
    };
    passive
        | force
        | match lemma {
            "say" => b::SAY | b::NO_PASSIVE,
            "tell" | "write" | "add" => b::NO_PASSIVE,
            "see" => b::SEE,
            "find" | "reflect" | "charge" | "post" | "claim" | "highlight" | "underscore"
            | "continue" => b::IDIOM,
            "address" => b::COMPOUND | b::ROW_ADDRESS,
            "release" => b::COMPOUND | b::ROW_BARE,
            "show" => b::COMPOUND | b::IDIOM,
            "detail" | "advocate" => b::COMPOUND,
            "issue" => b::ROW_BARE,
            "call" => b::ROW_CALL | b::IDIOM,
            "answer" => b::ROW_ANSWER,
            "want" => b::WANT,
            "back" => b::BACK,
            "dismiss" => b::DISMISS,
            "defend" => b::DEFEND,
            "decline" | "recall" => b::DECLINE,
            _ => 0,
        }
}

/// The [`lemma_bits`] of every cue lemma of `lx`, by its index: made once
/// with the extractor, so the filters of each draft (some 15,000 a pass
/// over train) read one number for the lemma, not compare its name with
/// each filter's lemmas.
fn lemma_table(lx: &Lexicon) -> Box<[u16]> {
    lx.cues().iter().map(|c| lemma_bits(&c.lemma)).collect()
}

/// The facts of a draft's rule that the filters of `dropped_draft` test
/// (bits of a byte), found once a draft from its name, which each filter
/// compared again.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct RuleBits(u8);

impl RuleBits {
    /// The name starts with "speaker-cue".
    const SPEAKER_CUE: u8 = 1;
    /// The name is "speaker-cue-obj".
    const OBJ: u8 = 1 << 1;
    /// One of the subject-cue rules of `singular_before_base`
    /// ("speaker-cue-obj", "speaker-cue-that", "speaker-cue-to",
    /// "clause-speaker-cue", "clause-speaker-cue-split").
    const SUBJECT_CUE: u8 = 1 << 2;
    /// The name is "participle" or "participle-subject" (a participle
    /// after a clause: "The fracas erupted ..., calling them ...").
    const PARTICIPLE: u8 = 1 << 3;

    /// The bits of the rule named `rule`.
    fn of(rule: &str) -> RuleBits {
        let b = rule.as_bytes();
        RuleBits(if let Some(rest) = b.strip_prefix(b"speaker-cue") {
            match rest {
                b"-obj" => Self::SPEAKER_CUE | Self::OBJ | Self::SUBJECT_CUE,
                b"-that" | b"-to" => Self::SPEAKER_CUE | Self::SUBJECT_CUE,
                _ => Self::SPEAKER_CUE,
            }
        } else if matches!(b, b"clause-speaker-cue" | b"clause-speaker-cue-split") {
            Self::SUBJECT_CUE
        } else if matches!(b, b"participle" | b"participle-subject") {
            Self::PARTICIPLE
        } else {
            0
        })
    }

    /// Whether bit `bit` is set.
    fn has(self, bit: u8) -> bool {
        self.0 & bit != 0
    }
}

/// How many rule names [`RuleMemo`] holds (some fifty rules name drafts,
/// a handful of them most).
const RULE_MEMO: usize = 32;

/// The [`RuleBits`] of the rule names met so far, one a slot picked by
/// the name's address. A draft's rule is a `&'static str`, whose address
/// and length give its bytes for good: a hit answers with one compare of
/// the two, where [`RuleBits::of`] compared the name's bytes (about thirty
/// instructions a draft, and a mispredict in every second). A name met
/// at another address, or in a slot taken since, is only found again.
#[derive(Default)]
struct RuleMemo {
    /// (address, length, bits); the address 0, which no name has, for an
    /// empty slot.
    slots: [(usize, usize, RuleBits); RULE_MEMO],
}

impl RuleMemo {
    /// `RuleBits::of(rule)`.
    #[inline(always)]
    fn of(&mut self, rule: &'static str) -> RuleBits {
        let (at, len) = (rule.as_ptr() as usize, rule.len());
        // (The address's bits mixed into the top five: names lie a few
        // bytes apart.)
        let k = ((at as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 59) as usize % RULE_MEMO;
        let slot = &mut self.slots[k];
        if slot.0 == at && slot.1 == len {
            return slot.2;
        }
        let bits = RuleBits::of(rule);
        *slot = (at, len, bits);
        bits
    }
}

/// Whether `t` holds quoted words: a double mark (straight, curly,
/// doubled `''`, guillemets), an opening curly single mark, or a straight
/// single mark opening a word after a space (not an apostrophe).
///
/// One pass over the bytes (three searches of the content before, the
/// first decoding every character): the marks past ASCII are known by
/// their lead byte and the bytes after it, and a lead byte is never a
/// continuation byte, so each is found where it starts. Only the bytes
/// that may start a mark are looked at, found 64 at a time
/// ([`ByteHits`]: a stance's content is about 120 bytes, and a match on
/// every byte cost about five instructions a byte).
fn has_quoted_words(t: &str) -> bool {
    let b = t.as_bytes();
    ByteHits::new(b, [b'"', b'\'', 0xE2, 0xC2]).any(|i| match b[i] {
        b'"' => true,
        // `''`, or a mark opening a word at the start or after a space.
        b'\'' => b.get(i + 1).is_some_and(|&n| {
            n == b'\'' || n.is_ascii_alphabetic() && (i == 0 || b[i - 1] == b' ')
        }),
        // “ ” ‘
        0xE2 => matches!(b.get(i + 1..i + 3), Some([0x80, 0x9C | 0x9D | 0x98])),
        // « »
        0xC2 => matches!(b.get(i + 1), Some(0xAB | 0xBB)),
        _ => false,
    })
}

/// The working vectors of [`Extractor::extract_rows_with`], kept from one
/// document to the next (each is cleared before use).
#[derive(Default)]
pub struct Scratch {
    paras: Vec<Span>,
    /// Whether each paragraph may hold a line break.
    breaks: Vec<bool>,
    quotes: Vec<Quote>,
    cues: Vec<CueMatch>,
    drafts: Vec<Draft>,
    sents: Vec<Span>,
    bufs: SentBuffers,
    resolve_bufs: resolve::Buffers,
    resolutions: ResolutionBufs,
    char_blocks: crate::text::offsets::CharBlocks,
    /// Rows to write: their draft indices.
    order: Vec<usize>,
    nest: NestBufs,
    doc: DocBufs,
}

/// The working vectors of [`dedupe`] and [`continuations`], kept from one
/// document to the next in [`Scratch`] (each cleared before use): they
/// made about six allocations a document. One grown past
/// `DocBufs::KEEP` elements by a long document is dropped after it
/// instead (clearing the table costs its capacity, which the next, short
/// documents would pay).
#[derive(Default)]
struct DocBufs {
    /// `dedupe`: each content's first draft.
    by_content: ContentTable,
    /// `dedupe`: for each draft, the first earlier draft of its content
    /// (`usize::MAX` for none).
    first: Vec<usize>,
    /// `dedupe`: each draft's index after removal.
    map: Vec<usize>,
    /// `dedupe`: whether each draft is kept.
    keep: Vec<bool>,
    /// `dedupe`: output index -> input index.
    first_of: Vec<usize>,
    /// `continuations`: the drafts' contents, sorted.
    spans: Vec<Span>,
    /// `continuations`: the running maximum of their ends.
    max_end: Vec<usize>,
    /// `continuations`: the quote attributions.
    sources: Sources,
}

impl DocBufs {
    const KEEP: usize = 4096;

    /// Drops the vectors a long document grew past [`DocBufs::KEEP`].
    fn trim(&mut self) {
        let big = |n: usize| n > Self::KEEP;
        if big(self.by_content.slots.capacity()) || big(self.first.capacity()) {
            (self.by_content, self.first) = Default::default();
        }
        if big(self.map.capacity()) || big(self.keep.capacity()) || big(self.first_of.capacity()) {
            (self.map, self.keep, self.first_of) = Default::default();
        }
        if big(self.spans.capacity()) || big(self.max_end.capacity()) {
            (self.spans, self.max_end) = Default::default();
        }
        if big(self.sources.base.capacity()) || big(self.sources.added.capacity()) {
            self.sources = Sources::default();
        }
    }
}

/// The two vectors of a document's [`Resolutions`], kept empty in
/// [`Scratch`] from one document to the next: made and dropped for each
/// document, they cost about 900 instructions of `malloc` and `free` a
/// document. The names borrow from the gazetteer for the extractor's
/// lifetime, which `Scratch` does not carry: they are dropped when the
/// document's rows are written, and the empty vector is kept as one of
/// `'static` names (taken back for any shorter lifetime, `Names` being
/// covariant in it). A vector grown past [`DocBufs::KEEP`] by a long
/// document is dropped instead, as `DocBufs::trim` does.
#[derive(Default)]
struct ResolutionBufs {
    packed: Vec<Packed>,
    names: Vec<Names<'static>>,
}

impl ResolutionBufs {
    /// The kept vectors as the empty resolutions of a document of `n`
    /// drafts (with room for `n` names, as `Resolutions::with_capacity`).
    fn take<'g>(&mut self, n: usize) -> Resolutions<'g> {
        let mut names: Vec<Names<'g>> = std::mem::take(&mut self.names);
        names.reserve(n);
        Resolutions {
            packed: std::mem::take(&mut self.packed),
            names,
        }
    }

    /// Keeps the vectors of `r` for the next document, emptied (its names
    /// dropped), unless one has room for more than [`DocBufs::KEEP`].
    fn keep(&mut self, r: Resolutions<'_>) {
        let Resolutions { mut packed, names } = r;
        if packed.capacity() > DocBufs::KEEP || names.capacity() > DocBufs::KEEP {
            return;
        }
        packed.clear();
        self.packed = packed;
        // (Every name dropped; the collection into a vector of the same
        // layout reuses the allocation, with no element to move. Not a
        // `filter`: the element type changes, to `'static` names.)
        #[allow(clippy::unnecessary_filter_map)]
        let names = names.into_iter().filter_map(|_| None).collect();
        self.names = names;
    }
}

/// The quotes that can hold a position of a sentence: from the first that
/// closes past the sentence's start on. As the document's quotes are
/// sorted by their ends, a walk for the quote around a position of the
/// sentence ([`QuoteWalk`], as [`Sent::in_quote`] searches) finds in these
/// the quote it finds in all of them, and stops at the first quote that
/// closes past the position: at or before the first that closes past the
/// sentence's end. So the walk needs no end bound: a few steps, often
/// none, for every cue. The sentences come in text order, so `lo` only
/// moves on.
///
/// `lo` walks from the `lo` of the sentence before, one step for each
/// quote that closes in that sentence or between the two. (It walked from
/// a `hi`, the first quote closing past the sentence before's end, which a
/// second walk found for every sentence, to bound the slice given: that
/// walk took the same steps, and its exit followed the text as this one's
/// does, with a dozen instructions a sentence besides.)
#[derive(Default)]
struct NearQuotes {
    lo: usize,
    /// The end of the sentence asked before (for the debug check of the
    /// order).
    end: usize,
}

impl NearQuotes {
    /// The quotes near the sentence `span` (from the first that closes
    /// past its start on), which starts at or after the end of the
    /// sentences asked before.
    #[inline]
    fn of<'q>(&mut self, quotes: &'q [Quote], span: Span) -> &'q [Quote] {
        debug_assert!(span.0 >= self.end, "sentences in order: {span:?}");
        self.end = span.1;
        while self.lo < quotes.len() && quotes[self.lo].close_end <= span.0 {
            self.lo += 1;
        }
        &quotes[self.lo..]
    }
}

/// What the sentence loop knows about a sentence besides its tokens.
struct SentenceOpts<'d, 't> {
    /// Run the headline rule (one of the first paragraphs, or a transcript
    /// label).
    head: bool,
    /// A real headline rather than a transcript label.
    is_headline: bool,
    /// The sentence has a colon (colon-introduced quotes).
    has_colon: bool,
    /// The sentence may hold "in X's words, \"...\"" ([`Sent::has_words_comma`]).
    words_comma: bool,
    /// The quote attribution of the sentence before, in the same paragraph.
    prev_source: Option<usize>,
    /// The quotes near the sentence ([`NearQuotes`]: those from the first
    /// that closes past its start on, for [`QuoteWalk`]s of its positions).
    near: &'d [Quote],
    /// The number of the document's quotes that close at or before the
    /// sentence's start (where `near` starts).
    quote_lo: usize,
    /// Whether a name occurs twice in the document ([`NameCounts`]).
    lower: &'d NameCounts<'t>,
    /// The working vectors of the filters of the sentence's drafts.
    nest: &'d mut NestBufs,
}

impl Extractor {
    /// Runs the headline rule (when `o.head`), the cue rules of `cues` and
    /// the sentence-level rules (polls, colon quotes, mixed continuations)
    /// on one sentence. Returns the index of the sentence's last direct or
    /// mixed draft, which a partly quoted next sentence may continue.
    fn sentence<'t>(
        &self,
        s: &Sent<'t>,
        quotes: &[Quote],
        para: Span,
        o: SentenceOpts<'_, 't>,
        cues: &[CueMatch],
        drafts: &mut Vec<Draft>,
    ) -> Option<usize> {
        if s.len() == 0 {
            return None;
        }
        let mut lo = dateline_end(s);
        // A dateline in capitals and a colon opening the story ("MUMBAI:
        // The civic body will ..., the commissioner said"): the rules
        // start after it, and it gives no headline label.
        let colon_dateline = if o.head && o.is_headline && lo == 0 {
            dateline_colon(s, cues, &self.lx)
        } else {
            None
        };
        if let Some(c) = colon_dateline {
            lo = c;
        }
        let ctx = rules::Ctx::with_quote_lo(s, &self.lx, quotes, lo, o.quote_lo, cues)
            .with_gazetteer(&self.gaz);
        if o.head {
            // A headline may contain a cue word ("plan").
            let before = drafts.len();
            headline(&ctx, para, o.is_headline, &self.gaz, o.lower, drafts);
            if drafts.len() > before && colon_dateline.is_some() {
                drafts.truncate(before);
            } else if drafts.len() > before || cues.is_empty() && !o.has_colon && !o.words_comma {
                return None;
            }
        }
        let sent_first_draft = drafts.len();
        // Whether every cue starts past the last token or inside a quote.
        let mut no_cue = true;
        // Whether a cue follows "to" ("refused to endorse"): only then
        // may its drafts be joined to a verb of subject control
        // (`control_chains`).
        let mut chain = false;
        // (The cues' quotes, found by one walk: `QuoteWalk`. A position
        // before the content of the first near quote is in none, known
        // without the walk: the cues of a sentence with no quote, and those
        // before its first.)
        let mut walk = QuoteWalk::default();
        let quotes_from = o.near.first().map_or(usize::MAX, |q| q.start);
        for cm in cues {
            // (The cue's first token, known to the word pass that found
            // it: `Sent::with_cues`.)
            let a = match cm.tok {
                CueMatch::NO_TOK => s.tok_at(cm.start),
                k => k as usize,
            };
            debug_assert_eq!(a, s.tok_at(cm.start), "{cm:?}");
            let quoted = a < s.len()
                && s.toks[a].start >= quotes_from
                && walk.in_quote(o.near, s.toks[a].start);
            no_cue &= a >= s.len() || quoted;
            if a < lo || quoted {
                continue;
            }
            let b = tok_end(s, (cm.start, cm.end), a);
            if a >= b {
                continue;
            }
            // (One bit test a cue; `control_chains` asks for the verb.)
            chain |= a > lo + 1 && s.is_in(a - 1, sent::TO);
            let first = drafts.len();
            rules::apply(&ctx, cm, a, b, sent_first_draft, drafts);
            // The draft filters (adverbs taken for names, requests for
            // anonymity, cue words that are no verb of the speaker).
            let mut i = first;
            while i < drafts.len() {
                let d = &drafts[i];
                if dropped_draft(
                    s.text,
                    &self.lx,
                    &self.lemma_bits,
                    d,
                    o.nest.rules.of(d.rule),
                ) {
                    drafts.remove(i);
                } else {
                    i += 1;
                }
            }
        }
        if chain && drafts.len() > sent_first_draft {
            control_chains(s, &self.lx, lo, drafts, sent_first_draft);
        }
        // (Both look at sentences of two drafts or more and only drop
        // drafts; most sentences have fewer, which skip the call and its
        // frame.)
        if drafts.len() >= sent_first_draft + 2 {
            drop_spanning_speakers(drafts, sent_first_draft, &mut o.nest.flags);
            drop_nested(s, &self.lx, drafts, sent_first_draft, o.nest);
        }
        // Each speaker: the poll a share speaks for, then the conjuncts
        // before a subject, which join its speaker ("France, Britain and
        // Germany said"); the speaker's first token found once for both.
        for d in &mut drafts[sent_first_draft..] {
            // (The rules' own token where they gave it: no search.)
            let first = d.speaker.map(|sp| d.speaker_tok(s, sp));
            if let (Some(sp), Some(mut a)) = (d.speaker.as_mut(), first) {
                if let Some(poll) = poll_source(s, lo, a) {
                    *sp = poll;
                    d.conj = 0;
                    a = s.tok_at(sp.0);
                    // (No stale token for the moved speaker.)
                    d.sp_tok = Draft::NO_TOK;
                }
                let b = tok_end(s, *sp, a);
                if a > lo + 1 && a < b && b <= s.len() && s.span_of(a, b) == *sp {
                    // A headline joins two names with a comma ("India,
                    // Pakistan agree to restore ceasefire").
                    // (The document's first line only: "Democrats, Frank
                    // notes, applaud" and "First, Donald Trump attacked"
                    // are no pairs.)
                    if o.head
                        && o.is_headline
                        && s.text[..para.0].trim().is_empty()
                        && s.text[para.0..s.span.0].trim().is_empty()
                        && headline_pair(s, lo, a, b)
                    {
                        d.conj = u32::try_from(sp.0).unwrap_or(0);
                        sp.0 = s.toks[lo].start;
                        d.sp_tok = Draft::NO_TOK;
                        continue;
                    }
                    let np = speaker::coordinated(s, &self.lx, lo, speaker::Np { a, b });
                    if np.a < a {
                        d.conj = u32::try_from(sp.0).unwrap_or(0);
                        sp.0 = s.span_of(np.a, np.b).0;
                        d.sp_tok = Draft::NO_TOK;
                    }
                }
            }
        }
        // "..., in her words, \"...\"", "in Forbes' words, \"...\"".
        if o.words_comma {
            rules::in_words_quote(&ctx, sent_first_draft, drafts);
        }
        // A poll as the source ("In the latest poll, X leads"), looked for
        // only when the cues gave nothing.
        if drafts.len() == sent_first_draft {
            rules::poll_in(&ctx, drafts);
        }
        // "To X, content." with no cue in the sentence.
        if drafts.len() == sent_first_draft {
            rules::to_view(&ctx, drafts);
        }
        if o.has_colon {
            if let Some(d) = rules::colon_quote(&ctx, &drafts[sent_first_draft..]) {
                drafts.push(d);
            }
        }
        if drafts.len() == sent_first_draft && no_cue {
            if let Some(d) = o
                .prev_source
                .and_then(|i| rules::mixed_continuation(&ctx, i))
            {
                drafts.push(d);
            }
        }
        drafts[sent_first_draft..]
            .iter()
            .rposition(|d| matches!(d.kind, Kind::Direct | Kind::Mixed))
            .map(|k| sent_first_draft + k)
    }
}

/// Whether a draft that a cue rule gave is dropped by one of the
/// sentence's filters: a sentence adverb or preposition taken for a name
/// at the clause start ("Usually when ..., news outlets call upon ... and
/// explain", "Hastily politicizing ..., Trump ... emphasized": train, 0 of
/// 8 such rows right), a request for anonymity ("who asked not to be
/// named said ...": the source's real statement follows it), or a cue word
/// that is no verb of that speaker (the filters below).
///
/// Four filters hold for drafts of one cue lemma or a few: the lemma's
/// bits, read once from `lemmas` (the [`lemma_table`] of `lx`), pick
/// those that can hold (each compared the lemma's name again for every
/// draft, some 15,000 a pass over train); the rule's facts come as
/// `rule`, the [`RuleBits`] of `d.rule` (from the worker's [`RuleMemo`]).
/// Out of line: every draft
/// runs the chain right after the cue rules, whose code has pushed the
/// sentence loop's out of the instruction cache.
#[inline(never)]
fn dropped_draft(text: &str, lx: &Lexicon, lemmas: &[u16], d: &Draft, rule: RuleBits) -> bool {
    use lemma_bit as b;
    // (The lemma's facts, read once: `lemma_table`.)
    let lemma = d.cue.map_or(0, |(_, _, ci)| lemmas[usize::from(ci)]);
    let by_lemma = lemma & b::DROP_TESTS != 0
        && (lemma & b::SAY != 0 && said_nothing(text, lx, d)
            || lemma & (b::SEE | b::IDIOM) != 0 && idiom_object(text, lx, d)
            || lemma & b::SEE != 0 && eventive_see(text, lx, d)
            || lemma & b::COMPOUND != 0 && compound_noun_cue(text, lx, d)
            || lemma & b::WANT != 0 && advice_modal(text, d)
            || lemma & b::BACK != 0 && phrasal_back(text, d));
    // (The filters are pure tests, so their order does not change the
    // answer. The five that hold only for some rules come last, behind one
    // test of the rule's bits: each tested the bits itself, a branch that
    // the rule decides, mispredicted some 9,000 times a pass at each of
    // the five sites.)
    by_lemma || {
        // (The speaker sliced once, for the five filters that read it: each
        // sliced it again, boundary tests that the text's branches before
        // them made callgrind's predictor miss. The filters that need a
        // speaker also test `d.speaker`, so "" stands for none.)
        let phrase = d.speaker.map_or("", |sp| slice_of(text, sp.0, sp.1));
        d.speaker.is_some() && (is_adverb_speaker(phrase) || wire_note(text, d, phrase))
            || is_anonymity_request(text, d.content)
            || {
                // (The speaker's determiner, looked up once for the two
                // filters that open with it.)
                let det = speaker_det(text, d, phrase);
                determiner_fragment(text, d, phrase, det)
                    || relative_in_subject(text, d, phrase)
                    || rule.0 & (RuleBits::SPEAKER_CUE | RuleBits::SUBJECT_CUE) != 0
                        // (Three filters hold only for a speaker right
                        // before its cue: asked once here, where each
                        // asked it with the same bounds, and none of them
                        // runs where it fails.)
                        && (speaker_before_cue(text, d).is_some_and(|adj| {
                            singular_before_base(text, lx, rule, phrase, adj, det)
                                || adjective_before_noun_cue(text, lx, rule, phrase, adj)
                                || naming_participle(text, d, rule, phrase, adj)
                                || plural_after_quantifier(text, lx, rule, phrase, adj)
                        })
                            || passive_cue(text, lx, d, rule, lemma, phrase)
                            || asked_question(text, d, rule))
                    || rule.0 & (RuleBits::SUBJECT_CUE | RuleBits::PARTICIPLE) != 0
                        && thing_subject(text, d, phrase)
                    || lemma & b::PHYSICAL != 0 && {
                        // ("recall" takes its object by the "that" rule,
                        // which reads a bare phrase: "recalled 2 million
                        // units"; "decline" keeps the object rule alone:
                        // "declined to recall its trucks" is a refusal.)
                        let recall = lemma & b::DECLINE != 0 && recall_cue(text, lx, d);
                        (rule.has(RuleBits::OBJ) || recall && rule.has(RuleBits::SUBJECT_CUE))
                            && physical_sense(text, d, phrase, lemma, recall)
                    }
            }
    }
}

/// Whether `name` (in any case: "TOKYO", "NEW DELHI") is the name of a
/// state or of its capital in the gazetteer.
/// Whether a headline's speaker `a..b` is the second of two names joined
/// by a comma at the clause start ("India, Pakistan agree", "U.S., China
/// agree"): one to three capitalized words before the comma, at most three
/// after it, and no other punctuation but abbreviation stops.
fn headline_pair(s: &Sent, lo: usize, a: usize, b: usize) -> bool {
    let name = |x: usize, y: usize| {
        y > x
            && y - x <= 3
            && (x..y).all(|i| s.is_cap(i) && !s.is_stop(i) || s.is_p(i, ".") && i > x)
    };
    a >= lo + 2 && s.is_p(a - 1, ",") && name(lo, a - 1) && name(a, b)
}

fn is_place(gaz: &Gazetteer, name: &str) -> bool {
    let title: String = name
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut c = w.chars();
            c.next().map_or(String::new(), |f| {
                f.to_uppercase().collect::<String>() + &c.as_str().to_lowercase()
            })
        })
        .collect::<Vec<_>>()
        .join(" ");
    gaz.lookup_alias(&title).into_iter().any(|(e, k)| {
        gaz.entity(e).etype == crate::gazetteer::EntityType::State
            && matches!(
                k,
                crate::gazetteer::AliasKind::Name | crate::gazetteer::AliasKind::Metonym
            )
    })
}

/// Lowercase word (run of letters and digits) -> number of occurrences.
/// (A word already in lowercase is its own key, borrowed from the text.)
type WordCounts<'t> = rustc_hash::FxHashMap<Cow<'t, str>, u32>;

/// The [`WordCounts`] of `text`, in one pass: the words are the runs of
/// alphanumeric characters (`text.split(|c: char| !c.is_alphanumeric())`
/// without the empty pieces), each counted under its `to_lowercase`.
///
/// A transcript's whole text is counted (about 9,300 words a pass over
/// train, most of a document's words new to its table, 600 instructions
/// each when every word was split by characters and lowercased into a new
/// string): ASCII bytes are classed as they are read, a character past
/// ASCII decoded; an ASCII word in lowercase is its own key (no string
/// made), one with capitals is lowercased into a buffer on the stack and
/// looked up before a string is made for it.
fn word_counts<'t>(text: &'t str) -> WordCounts<'t> {
    // (Sized once for about one new word in sixteen bytes: the table grew
    // by doubling, every entry hashed and moved again at each step.)
    let mut counts = WordCounts::with_capacity_and_hasher(text.len() / 16, Default::default());
    let mut count = |w: &'t str| {
        let mut buf = [0u8; 32];
        let key = match w {
            // (ASCII: `to_lowercase` is `to_ascii_lowercase`.)
            w if !w.bytes().any(|b| b.is_ascii_uppercase() || b >= 0x80) => {
                *counts.entry(Cow::Borrowed(w)).or_insert(0) += 1;
                return;
            }
            w if w.is_ascii() && w.len() <= buf.len() => {
                let b = &mut buf[..w.len()];
                b.copy_from_slice(w.as_bytes());
                b.make_ascii_lowercase();
                std::str::from_utf8(b).unwrap_or_default()
            }
            w => {
                *counts.entry(Cow::Owned(w.to_lowercase())).or_insert(0) += 1;
                return;
            }
        };
        match counts.get_mut(key) {
            Some(n) => *n += 1,
            None => {
                counts.insert(Cow::Owned(key.to_owned()), 1);
            }
        }
    };
    let b = text.as_bytes();
    // The start of the word being read, if any.
    let mut start = None;
    let mut i = 0;
    while i < b.len() {
        let (alnum, len) = if b[i] < 0x80 {
            (b[i].is_ascii_alphanumeric(), 1)
        } else {
            // (`i` is at a character boundary: only whole characters are
            // stepped over.)
            let c = text[i..].chars().next().unwrap_or(' ');
            (c.is_alphanumeric(), c.len_utf8())
        };
        match (alnum, start) {
            (true, None) => start = Some(i),
            (false, Some(a)) => {
                count(&text[a..i]);
                start = None;
            }
            _ => {}
        }
        i += len;
    }
    if let Some(a) = start {
        count(&text[a..]);
    }
    counts
}

/// Whether every word of `name` (any case) occurs at least twice in the
/// text of `counts`: the label and one more mention.
fn named_twice(counts: &WordCounts, name: &str) -> bool {
    let mut words = name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .peekable();
    words.peek().is_some()
        && words.all(|w| {
            counts
                .get(w.to_lowercase().as_str())
                .is_some_and(|&n| n >= 2)
        })
}

/// Whether the words of a name occur twice in a document's text, as
/// [`named_twice`] of its [`word_counts`] tells, asked of a transcript's
/// one-word labels (about 60 times a pass over train, in 9 documents).
///
/// The table of every word of the text cost about 70 instructions a
/// byte, for a few labels: a name of ASCII words is looked for in the text
/// instead (`NameCounts::search`: each word's first letter found by
/// `memchr2`, in either case, a match of the word's letters in any case
/// with no letter or digit on either side, stopping at the second). The
/// searches may read the text [`NameCounts::SEARCHES`] times in all, then
/// the table is made (many labels in a long transcript stay linear in
/// its length), as it is for a name with a word past ASCII and for a text
/// with the Kelvin sign (see `NameCounts::search`).
struct NameCounts<'t> {
    text: &'t str,
    /// The bytes the searches may still read.
    left: std::cell::Cell<usize>,
    /// Whether the text holds the Kelvin sign, known on first search.
    kelvin: std::cell::OnceCell<bool>,
    /// The table, made when the searches cannot answer.
    table: std::cell::OnceCell<WordCounts<'t>>,
}

impl<'t> NameCounts<'t> {
    /// How many times over the searches may read the text in all before
    /// the table is made.
    const SEARCHES: usize = 8;

    /// The counts of `text`; nothing is read until a name is asked.
    fn new(text: &'t str) -> NameCounts<'t> {
        NameCounts {
            text,
            left: std::cell::Cell::new(text.len().saturating_mul(Self::SEARCHES)),
            kelvin: std::cell::OnceCell::new(),
            table: std::cell::OnceCell::new(),
        }
    }

    /// [`named_twice`] of the text's [`word_counts`].
    fn named_twice(&self, name: &str) -> bool {
        if let Some(counts) = self.table.get() {
            return named_twice(counts, name);
        }
        self.search(name)
            .unwrap_or_else(|| named_twice(self.table.get_or_init(|| word_counts(self.text)), name))
    }

    /// [`NameCounts::named_twice`] by searches of the text, or `None`
    /// where the table must answer: a name with a word past ASCII, a text
    /// with the Kelvin sign, or the searches' bytes spent.
    ///
    /// A word of the text counts under its `to_lowercase`; for an ASCII
    /// word of the name, the text's words that count under it are those
    /// of the same letters in any ASCII case, and words with a character
    /// past ASCII whose lowercase is ASCII: U+212A KELVIN SIGN (lowercase
    /// `k`) is the one such character (a unit test goes through them all),
    /// and a text that holds it is left to the table.
    fn search(&self, name: &str) -> Option<bool> {
        if !name.is_ascii() || *self.kelvin.get_or_init(|| self.text.contains('\u{212A}')) {
            return None;
        }
        let mut words = name
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .peekable();
        if words.peek().is_none() {
            return Some(false);
        }
        for w in words {
            if self.left.get() == 0 {
                return None;
            }
            if !self.twice(w.as_bytes()) {
                return Some(false);
            }
        }
        Some(true)
    }

    /// Whether the ASCII word `w` (letters and digits) occurs twice as a
    /// whole word of the text in any ASCII case; the bytes read are taken
    /// from the searches' budget.
    fn twice(&self, w: &[u8]) -> bool {
        let (t, b) = (self.text, self.text.as_bytes());
        let alnum_before = |i: usize| {
            t[..i]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
        };
        let alnum_at = |i: usize| t[i..].chars().next().is_some_and(char::is_alphanumeric);
        let first = w[0];
        let (lo, hi) = (first.to_ascii_lowercase(), first.to_ascii_uppercase());
        let mut seen = 0;
        let mut read = b.len();
        for i in memchr::memchr2_iter(lo, hi, b) {
            let end = i + w.len();
            if end > b.len() {
                break;
            }
            // (The bytes from `i` to `end` are ASCII, as `w` is: `i` and
            // `end` are character boundaries.)
            if b[i..end].eq_ignore_ascii_case(w) && !alnum_before(i) && !alnum_at(end) {
                seen += 1;
                if seen == 2 {
                    read = end;
                    break;
                }
            }
        }
        self.left.set(self.left.get().saturating_sub(read));
        seen == 2
    }
}

/// A resolved speaker; names from the gazetteer are borrowed.
#[derive(Clone, Debug)]
pub struct Resolved<'g> {
    /// The draft whose speaker span is the mention as written (its own,
    /// or the one it inherits from); `usize::MAX` for none. (An index,
    /// not the span: a huge document holds one of these a draft.)
    pub from: usize,
    /// Canonical name.
    pub canonical: Option<Cow<'g, str>>,
    /// Type.
    pub stype: SpeakerType,
    /// ISO3 country.
    pub country: Option<Cow<'g, str>>,
}

impl Default for Resolved<'_> {
    fn default() -> Self {
        Resolved {
            from: usize::MAX,
            canonical: None,
            stype: SpeakerType::default(),
            country: None,
        }
    }
}

/// The resolved speakers of a document's drafts, one a draft, packed: a
/// huge document holds one for every few words until its rows are
/// written, and most have no name and no country (twelve bytes then,
/// where a [`Resolved`] takes 64). A draft that inherits its speaker
/// shares the names of the draft it inherits from.
#[derive(Default)]
pub struct Resolutions<'g> {
    packed: Vec<Packed>,
    /// (canonical name, country) of the resolutions that have either.
    names: Vec<Names<'g>>,
}

/// A resolution's canonical name and country.
type Names<'g> = (Option<Cow<'g, str>>, Option<Cow<'g, str>>);

/// One draft's resolution: [`Resolved::from`], its index in
/// `Resolutions::names` and the type; `NONE32` for none.
#[derive(Clone, Copy)]
struct Packed {
    from: u32,
    names: u32,
    stype: SpeakerType,
}

const NONE32: u32 = u32::MAX;

impl<'g> Resolutions<'g> {
    /// Room for `n` drafts.
    pub fn with_capacity(n: usize) -> Resolutions<'g> {
        // (The names sized once too: pages of a huge document's vector
        // that no name reaches are never touched.)
        Resolutions {
            packed: Vec::with_capacity(n),
            names: Vec::with_capacity(n),
        }
    }

    /// Drops every resolution.
    pub fn clear(&mut self) {
        self.packed.clear();
        self.names.clear();
    }

    /// Room for `n` more drafts.
    pub fn reserve(&mut self, n: usize) {
        self.packed.reserve(n);
    }

    /// Resolutions held (the drafts resolved so far).
    pub fn len(&self) -> usize {
        self.packed.len()
    }

    /// No resolution held.
    pub fn is_empty(&self) -> bool {
        self.packed.is_empty()
    }

    /// Appends the resolution of the next draft. (Indexes past 32 bits,
    /// which no document in memory reaches, count as none.) (Inlined:
    /// `resolve` pushes one a draft, and out of line each call passed the
    /// resolution's 64 bytes through memory; `#[inline]` alone left it
    /// out of line.)
    #[inline(always)]
    pub fn push(&mut self, r: Resolved<'g>) {
        let names = if r.canonical.is_none() && r.country.is_none() {
            NONE32
        } else {
            match u32::try_from(self.names.len()) {
                Ok(k) if k != NONE32 => {
                    self.names.push((r.canonical, r.country));
                    k
                }
                _ => NONE32,
            }
        };
        self.packed.push(Packed {
            from: u32::try_from(r.from).unwrap_or(NONE32),
            names,
            stype: r.stype,
        });
    }

    /// Appends, for the next draft, the resolution of draft `p` (which
    /// must be held): a speaker inherited.
    pub fn push_copy(&mut self, p: usize) {
        let c = self.packed[p];
        self.packed.push(c);
    }

    fn names(&self, i: usize) -> Option<&Names<'g>> {
        let k = self.packed[i].names;
        (k != NONE32).then(|| &self.names[k as usize])
    }

    /// The canonical name of draft `i`.
    pub fn canonical(&self, i: usize) -> Option<&str> {
        self.names(i).and_then(|n| n.0.as_deref())
    }

    /// The ISO3 country of draft `i`.
    pub fn country(&self, i: usize) -> Option<&str> {
        self.names(i).and_then(|n| n.1.as_deref())
    }

    /// The speaker type of draft `i`.
    pub fn stype(&self, i: usize) -> SpeakerType {
        self.packed[i].stype
    }

    /// The mention span as written of draft `i`, with the drafts resolved.
    pub fn speaker(&self, i: usize, drafts: &[Draft]) -> Option<Span> {
        let from = self.packed[i].from;
        if from == NONE32 {
            return None;
        }
        drafts.get(from as usize).and_then(|d| d.speaker)
    }
}

#[cfg(test)]
mod tests;
