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
                && !no_row(text, &self.lx, &self.lemma_bits, d))
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
/// call, an answer with no reply, a quoted title. The first four are
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
}

/// The bits of [`lemma_bits`]: which lemma-bound filter of
/// `dropped_draft` and `no_row` can hold for a draft of the lemma.
mod lemma_bit {
    /// "say": `said_nothing`.
    pub const SAY: u16 = 1;
    /// "see": `idiom_object` and `eventive_see`.
    pub const SEE: u16 = 1 << 1;
    /// "find", "reflect", "charge": `idiom_object`.
    pub const IDIOM: u16 = 1 << 2;
    /// "address", "release", "show", "detail": `compound_noun_cue`.
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
    passive
        | match lemma {
            "say" => b::SAY | b::NO_PASSIVE,
            "tell" | "write" | "add" => b::NO_PASSIVE,
            "see" => b::SEE,
            "find" | "reflect" | "charge" => b::IDIOM,
            "address" => b::COMPOUND | b::ROW_ADDRESS,
            "release" => b::COMPOUND | b::ROW_BARE,
            "show" | "detail" => b::COMPOUND,
            "issue" => b::ROW_BARE,
            "call" => b::ROW_CALL,
            "answer" => b::ROW_ANSWER,
            "want" => b::WANT,
            "back" => b::BACK,
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
        let lo = dateline_end(s);
        let ctx = rules::Ctx::with_quote_lo(s, &self.lx, quotes, lo, o.quote_lo);
        if o.head {
            // A headline may contain a cue word ("plan").
            let before = drafts.len();
            headline(&ctx, para, o.is_headline, &self.gaz, o.lower, drafts);
            if drafts.len() > before && o.is_headline && dateline_colon(s, cues, &self.lx) {
                drafts.truncate(before);
            } else if drafts.len() > before || cues.is_empty() && !o.has_colon && !o.words_comma {
                return None;
            }
        }
        let sent_first_draft = drafts.len();
        // Whether every cue starts past the last token or inside a quote.
        let mut no_cue = true;
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
        d.speaker.is_some() && is_adverb_speaker(phrase)
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
    /// which no document in memory reaches, count as none.)
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

/// `s.tok_before(end)` for the span `start..end` whose first token is
/// `a` (`s.tok_at(start)`), walked to from `a`: the tokens follow one
/// another without overlap, so those before `a - 1` end before the span
/// starts, and a cue or a speaker is a few words (no second binary
/// search). When token `a` ends by `end`, so does the one before it, and
/// the walk goes on from `a + 1`; when it ends at `end` (a cue or speaker
/// of one word, most of them), the next one (not empty, starting at or
/// after `end`) ends past it, and `a + 1` is the answer.
fn tok_end(s: &Sent, (start, end): Span, a: usize) -> usize {
    if start > end {
        return s.tok_before(end);
    }
    let toks = &s.toks[..];
    let mut b = match toks.get(a) {
        Some(t) if t.end == end => return a + 1,
        Some(t) if t.end < end => a + 1,
        _ => a.saturating_sub(1),
    };
    while b < toks.len() && toks[b].end <= end {
        b += 1;
    }
    b
}

/// Token index after a dateline ("MOSCOW -", "WASHINGTON (AP) —").
///
/// Every sentence is asked, and most have a second token that is a word
/// starting with a small ASCII letter ("The president said", "He said").
/// Such a sentence holds no dateline, known before the scans: that token
/// is no capitalized word of a left-over "(Reuters) -", no word in
/// capitals, comma, capital, day number, "(" or dash after a first word in
/// capitals, and no "(", capital, comma, stop or day number after the
/// first word of a place before an agency ([`agency_dateline_end`]).
fn dateline_end(s: &Sent) -> usize {
    if let Some(t) = s.toks.get(1) {
        if t.kind == TokKind::Word
            && !s.is_cap(1)
            && s.text.as_bytes()[t.start..t.end]
                .first()
                .is_some_and(u8::is_ascii_lowercase)
        {
            return 0;
        }
    }
    // A dateline opens with a word in capitals (the scan's first form) or
    // holds a "(" in its first ten tokens (the "(Reuters) -" left over, an
    // agency in parentheses): a sentence with neither holds none, known
    // without the scans' token tests ("Donald Trump said", "“We ...":
    // most of the sentences past the test above).
    if !caps_word_may(s) && !paren_in_head(s) {
        return 0;
    }
    dateline_end_scan(s)
}

/// Whether the first token may be a word in capitals ([`caps_word`]): a
/// word of two bytes or more whose first two bytes are no small ASCII
/// letter (`caps_word` fails at the first such byte it reads, and reads
/// the second unless the first is past ASCII, when the second is a
/// continuation byte).
#[inline(always)]
fn caps_word_may(s: &Sent) -> bool {
    s.toks.first().is_some_and(|t| {
        t.kind == TokKind::Word
            && t.end - t.start >= 2
            && !s.text.as_bytes()[t.start].is_ascii_lowercase()
            && !s.text.as_bytes()[t.start + 1].is_ascii_lowercase()
    })
}

/// Whether the bytes of the sentence's first ten tokens (from the first
/// token's start to the tenth's end) hold a "(": every "(" token that
/// [`dateline_end_scan`] and [`agency_dateline_end`] look for lies there.
/// Sixty-four bytes at a time ([`paren_mask64`]; a `memchr` call cost
/// more than its search of these fifty bytes or so).
#[inline(always)]
fn paren_in_head(s: &Sent) -> bool {
    let n = s.len().min(10);
    if n == 0 {
        return false;
    }
    let b = s.text.as_bytes();
    let (mut k, end) = (s.toks[0].start, s.toks[n - 1].end);
    while k < end {
        let Some(m) = paren_mask64(b, k) else {
            return b[k..end].contains(&b'(');
        };
        // (Only the bits of bytes before `end`.)
        let rest = end - k;
        let keep = if rest >= 64 { !0 } else { (1u64 << rest) - 1 };
        if m & keep != 0 {
            return true;
        }
        k += 64;
    }
    false
}

/// The mask of the "(" bytes among the sixty-four bytes of `t` from `a`
/// (bit `k` for byte `a + k`; `segment::mask64`, by SSE2 on x86-64):
/// `None` when `t` has fewer than sixty-four bytes there.
#[inline(always)]
fn paren_mask64(t: &[u8], a: usize) -> Option<u64> {
    let block: &[u8; 64] = t.get(a..)?.first_chunk()?;
    Some(crate::text::segment::mask64(block, b"("))
}

/// [`dateline_end`] by the scans alone.
fn dateline_end_scan(s: &Sent) -> usize {
    let n = s.len();
    // "(Reuters) -" left over when the place name ended in an
    // abbreviation ("ORLANDO, Fla. (Reuters) - ...").
    if s.is_p(0, "(") {
        if let Some(c) = (1..n.min(5)).find(|&k| s.is_p(k, ")")) {
            if c > 1 && (1..c).all(|k| s.is_cap(k)) && c + 1 < n && dateline_dash(s, c + 1) {
                return c + 2;
            }
        }
    }
    let mut i = 0;
    let mut caps = 0;
    let mut comma = false;
    // (Up to 16 tokens: "SAN JOSE, Calif., March 4 (Reuters) -".)
    while i < n && i < 16 {
        if caps_word(s, i) {
            caps += 1;
            i += 1;
        } else if caps > 0 && s.is_p(i, ",") {
            comma = true;
            i += 1;
        } else if caps > 0 && comma && (s.is_cap(i) || s.is_p(i, ".") || day_number(s, i)) {
            // "JAKARTA, Indonesia (AP) —", "AUSTIN, Texas —", "Calif.",
            // "WASHINGTON, Dec. 8 (UPI) —"
            i += 1;
        } else if caps > 0 && s.is_p(i, "(") {
            while i < n && !s.is_p(i, ")") {
                i += 1;
            }
            i += 1;
        } else {
            break;
        }
    }
    if caps > 0 && i < n && dateline_dash(s, i) {
        i + 1
    } else {
        agency_dateline_end(s)
    }
}

/// The end of a dateline closed by a news agency in parentheses with no
/// dash, as the Press Trust of India and other agencies write it ("New
/// Delhi, Mar 3 (PTI) The minister said ...", "NEW DELHI (IANS) Police
/// ..."): a place in capitals or a place and date with a comma (capitalized
/// words, commas, stops and day numbers), then a news agency alone in
/// parentheses, then a capital; else 0.
fn agency_dateline_end(s: &Sent) -> usize {
    let n = s.len();
    // A token of the place (or date) before the agency.
    let place_at =
        |i: usize| s.is_cap(i) || i > 0 && (s.is_p(i, ",") || s.is_p(i, ".")) || day_number(s, i);
    // The first "(" of the second to tenth tokens, every token before it
    // of the place: the scan stops at the first token that is neither
    // (the first or second of nearly every sentence, "The president
    // said"; it read ten tokens for the "(" before the place was tested).
    // (The tokens' kinds and bytes side by side: `s.is_p(i, "(")` for
    // the tokens of nearly every sentence.)
    if !place_at(0) {
        return 0;
    }
    // (An index loop: the iterator's `skip(1)` and `enumerate` cost more
    // than the one or two tokens most sentences read.)
    let mut open = 1;
    loop {
        if open >= n.min(10) {
            return 0;
        }
        if s.is_p(open, "(") {
            break;
        }
        if !place_at(open) {
            return 0;
        }
        open += 1;
    }
    const AGENCIES: &[&str] = &[
        "PTI", "IANS", "ANI", "UNI", "APP", "AP", "AFP", "Reuters", "UPI", "AAP", "CP", "Xinhua",
        "Bernama", "Yonhap", "Kyodo", "dpa", "DPA", "ANSA", "EFE",
    ];
    let agency = open + 2 < n
        && s.is_p(open + 2, ")")
        && s.is_word(open + 1)
        && AGENCIES.contains(&s.w(open + 1));
    // A place in capitals or with a date after a comma ("The Democratic
    // National Committee (AP) ..." is no dateline).
    let dateline = (0..open).any(|i| s.is_p(i, ","))
        || (0..open).all(|i| !s.w(i).chars().any(char::is_lowercase));
    // (Every token before `open` is of the place: tested above.)
    if agency && dateline && open + 3 < n && s.is_cap(open + 3) {
        open + 3
    } else {
        0
    }
}

/// Whether the sentence opens with a dateline in capitals and a colon
/// (Indian and Pakistani press: "NEW DELHI: Union Minister X on Monday said
/// that ...", "LAHORE: Police said ..."), that is one to three words in
/// capitals before the colon and, after it, a capitalized subject and a
/// lowercase cue of saying or telling. Such a sentence is no headline
/// label "NAME: claim" ("AP: Trump chair routed ...", "HUFFPOLLSTER: A
/// 'Seismic Shift' ..."): its own cue gives its row.
fn dateline_colon(s: &Sent, cues: &[CueMatch], lx: &Lexicon) -> bool {
    let n = s.len();
    let Some(colon) = (1..n.min(4)).find(|&i| s.is_p(i, ":")) else {
        return false;
    };
    let caps = (0..colon).all(|i| caps_word(s, i));
    if !caps || colon + 3 >= n || !s.is_cap(colon + 1) {
        return false;
    }
    let from = s.toks[colon + 1].end;
    cues.iter().any(|cm| {
        cm.start > from
            && matches!(lx.cue(cm.cue).class.as_str(), "say" | "tell" | "announce")
            && s.text[cm.start..cm.end].starts_with(|c: char| c.is_lowercase())
    })
}

/// Whether token `i` is a word in capitals of two letters or more (a
/// dateline's place: "WASHINGTON", "NEW DELHI").
fn caps_word(s: &Sent, i: usize) -> bool {
    if !s.is_word(i) {
        return false;
    }
    // By bytes while they are ASCII (the test of every sentence's first
    // word: most fail at their second letter); a word past ASCII by its
    // characters.
    let mut letters = 0;
    for &c in s.bytes(i) {
        if c >= 0x80 {
            return caps_chars(s.w(i));
        }
        if c.is_ascii_lowercase() {
            return false;
        }
        letters += usize::from(c.is_ascii_uppercase());
    }
    letters >= 2
}

/// [`caps_word`] of a word by its characters: no lowercase letter, two
/// letters or more.
fn caps_chars(w: &str) -> bool {
    // (The lowercase test first: it fails at once on most words.)
    w.chars().all(|c| !c.is_lowercase()) && w.chars().filter(|c| c.is_alphabetic()).count() >= 2
}

/// Whether token `i` is a day of the month in a dateline (one or two
/// digits: "Dec. 8", "Mar 3").
fn day_number(s: &Sent, i: usize) -> bool {
    // (By bytes: no character-boundary checks.)
    s.is_word(i) && s.bytes(i).len() <= 2 && s.bytes(i).iter().all(u8::is_ascii_digit)
}

/// Whether token `i` is the dash that ends a dateline.
fn dateline_dash(s: &Sent, i: usize) -> bool {
    s.is_punct(i) && matches!(s.w(i), "-" | "—" | "–" | "―")
}

/// The quote around each position of a sentence asked in order, found by
/// a walk over the sentence's near quotes ([`NearQuotes`], sorted by their
/// ends) instead of a binary search a position: the index
/// `near.partition_point(|q| q.close_end <= p)` of the first quote that
/// closes past `p`. The positions of a sentence's cues come in text order
/// (an earlier one starts the walk again), and a sentence has few quotes:
/// the walk's test mostly stops at once, where the binary search's steps
/// and its test of an empty slice followed the text.
#[derive(Default)]
struct QuoteWalk {
    /// The first near quote not known to close at or before `at`.
    k: usize,
    /// The last position asked.
    at: usize,
}

impl QuoteWalk {
    /// The number of `near` quotes that close at or before `p` (the same
    /// `near` at each call of a walk).
    #[inline(always)]
    fn closed_by(&mut self, near: &[Quote], p: usize) -> usize {
        if p < self.at {
            self.k = 0;
        }
        self.at = p;
        while self.k < near.len() && near[self.k].close_end <= p {
            self.k += 1;
        }
        self.k
    }

    /// Whether `p` lies inside the content of a quote of `near`
    /// ([`Sent::in_quote`] of the token starting at `p`).
    #[inline(always)]
    fn in_quote(&mut self, near: &[Quote], p: usize) -> bool {
        let k = self.closed_by(near, p);
        k < near.len() && near[k].start <= p && p < near[k].end
    }

    /// Whether the bytes `a..b` lie inside the content of one quote of
    /// `near`. Then every token starting in `a..b` is inside it too
    /// ([`Sent::in_quote`]), so a cue there is skipped whichever token it
    /// starts.
    #[inline(always)]
    fn within(&mut self, near: &[Quote], a: usize, b: usize) -> bool {
        let k = self.closed_by(near, a);
        k < near.len() && near[k].start <= a && b <= near[k].end
    }
}

/// Whether sentence `sspan` opens paragraph `para`.
fn para_start(text: &str, para: Span, sspan: Span) -> bool {
    text[para.0..sspan.0].trim().is_empty()
}

/// Whether paragraph `p` opens with one to four capitalized words and a
/// colon ("Lopez:", "KATE BOULDUAN:").
fn colon_label(text: &str, p: Span) -> bool {
    let t = &text[p.0..p.1];
    // (Every paragraph is asked: most fail at their first words, before
    // the search for a colon through the whole paragraph.)
    label_start(t.as_bytes()) && opens_with_label(t)
}

/// [`colon_label`] of the paragraph text `t` without the test of its first
/// words by bytes.
fn opens_with_label(t: &str) -> bool {
    let Some(i) = memchr::memchr(b':', t.as_bytes()) else {
        return false;
    };
    // A party and state in parentheses may follow the name ("SEN. JONES
    // (R-Texas):").
    let label = t[..i].trim_end();
    let label = match label.strip_suffix(')').and_then(|l| l.rfind('(')) {
        Some(k) if k > 0 => &label[..k],
        _ => label,
    };
    let mut words = 0;
    for w in label.split_whitespace() {
        words += 1;
        if words > 4 || !w.chars().next().is_some_and(char::is_uppercase) {
            return false;
        }
    }
    words > 0 && i + 2 < t.len()
}

/// Whether the words of `t` before its first `(` or `:` may open a label
/// of [`colon_label`]: false when, read by bytes, one of them opens with
/// no capital or there are five, so that no label of at most four
/// capitalized words can hold them (a label cut at its parenthesis keeps
/// all the words before it). True whenever the bytes do not tell (a byte
/// past ASCII). The first sixteen bytes decide it for most paragraphs
/// (`label_start16`); the others are read byte by byte.
#[inline]
fn label_start(t: &[u8]) -> bool {
    label_start16(t).unwrap_or_else(|| label_start_bytes(t))
}

/// [`label_start`] when the first sixteen bytes of `t` decide it, by
/// masks of the block (SSE2 on x86-64; elsewhere never): with `s` the
/// first byte that ends the test (`(`, `:` or past ASCII), the words that
/// open before `s` are those the byte loop reads; it says false at the
/// first of them that opens with no capital or is the fifth, and true at
/// `s` when none did. Undecided (`None`) when the block holds no such byte
/// (a fifth word or a word opening with no capital may come after it) or
/// `t` is shorter.
#[inline]
fn label_start16(t: &[u8]) -> Option<bool> {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::{
            _mm_add_epi8, _mm_cmpeq_epi8, _mm_cmplt_epi8, _mm_loadu_si128, _mm_movemask_epi8,
            _mm_or_si128, _mm_set1_epi8,
        };
        let block: &[u8; 16] = t.get(..16)?.try_into().ok()?;
        // SAFETY: SSE2 is always available on x86-64; the load reads the
        // sixteen bytes of `block` (unaligned).
        let (space, stop, upper) = unsafe {
            let x = _mm_loadu_si128(block.as_ptr().cast());
            let mask = |m| _mm_movemask_epi8(m) as u32;
            // `ascii_space`: the space, or 9 to 13 (moved to -128..-124
            // by adding 0x77, the only bytes that go below -123).
            let controls =
                _mm_cmplt_epi8(_mm_add_epi8(x, _mm_set1_epi8(0x77)), _mm_set1_epi8(-123));
            let space = mask(_mm_or_si128(
                _mm_cmpeq_epi8(x, _mm_set1_epi8(b' ' as i8)),
                controls,
            ));
            let marks = _mm_or_si128(
                _mm_cmpeq_epi8(x, _mm_set1_epi8(b'(' as i8)),
                _mm_cmpeq_epi8(x, _mm_set1_epi8(b':' as i8)),
            );
            // A byte past ASCII has its top bit set.
            let stop = mask(_mm_or_si128(marks, x));
            // 'A' to 'Z' (moved to -128..-103 by adding 0x3f, the only
            // bytes that go below -102).
            let upper = mask(_mm_cmplt_epi8(
                _mm_add_epi8(x, _mm_set1_epi8(0x3f)),
                _mm_set1_epi8(-102),
            ));
            (space, stop, upper)
        };
        let solid = !space & 0xffff;
        // The bytes that open a word: solid, after a space or at the start.
        let opens = solid & !(solid << 1);
        let before = if stop == 0 {
            0xffff
        } else {
            (1u32 << stop.trailing_zeros()) - 1
        };
        let words = opens & before;
        if words.count_ones() >= 5 || words & !upper != 0 {
            return Some(false);
        }
        (stop != 0).then_some(true)
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        let _ = t;
        None
    }
}

/// `last_word(&text[a..b])` (the last word of the slice, see
/// `text::last_word`), for `a..b` a slice of `text` at character
/// boundaries: from the sixteen bytes that end at `b` when they decide it
/// (`last_word16`), else by the byte loop. Asked of the speaker phrase
/// and the words before the cue by two filters of `dropped_draft` (some
/// 8,000 drafts a pass), where the byte loop's exit at the word's start
/// mispredicted about four times a call.
#[inline(always)]
fn last_word_in(text: &str, a: usize, b: usize) -> Option<&str> {
    match last_word16(text.as_bytes(), a, b) {
        // SAFETY: `a <= i < j <= b <= text.len()` (`last_word16` read the
        // sixteen bytes `b - 16..b` of `text`, and the word holds a byte),
        // and both are character boundaries of `text` for any `a` and `b`,
        // not only by the caller's contract: every byte of `i..j` is ASCII
        // (`last_word16` leaves a word with a byte past ASCII undecided),
        // so `i` is an ASCII byte, which starts a character, and `j`
        // follows one, which ends a character.
        Some(Some((i, j))) => Some(unsafe { text.get_unchecked(i..j) }),
        Some(None) => None,
        None => last_word(&text[a..b]),
    }
}

/// The span `(i, j)` of [`last_word_in`]'s word (`None` for no word),
/// from masks of the sixteen bytes that end at `b` (SSE2 on x86-64;
/// elsewhere never): the last byte of the slice `a..b` that is no ASCII
/// white space (`ascii_space`) ends the word, the last such space before
/// it or the slice's start opens it. Undecided (outer `None`) when `b` is
/// below sixteen, when the block holds no start of the word or no byte of
/// it while the slice runs on before the block, or when the word holds a
/// byte past ASCII (where the byte loop hands over to the split by
/// characters).
#[inline(always)]
fn last_word16(t: &[u8], a: usize, b: usize) -> Option<Option<(usize, usize)>> {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::{
            _mm_add_epi8, _mm_cmpeq_epi8, _mm_cmplt_epi8, _mm_loadu_si128, _mm_movemask_epi8,
            _mm_or_si128, _mm_set1_epi8,
        };
        let block = block16_ending_at(t, b)?;
        // (`b` is sixteen or more: there is a block.)
        let lo = b - 16;
        let len = b.checked_sub(a)?;
        // SAFETY: SSE2 is always available on x86-64; the load reads the
        // sixteen bytes of `block` (unaligned).
        let (space, high) = unsafe {
            let x = _mm_loadu_si128(block.as_ptr().cast());
            // `ascii_space`: the space, or 9 to 13 (moved to -128..-124
            // by adding 0x77, the only bytes that go below -123).
            let controls =
                _mm_cmplt_epi8(_mm_add_epi8(x, _mm_set1_epi8(0x77)), _mm_set1_epi8(-123));
            let space = _mm_movemask_epi8(_mm_or_si128(
                _mm_cmpeq_epi8(x, _mm_set1_epi8(b' ' as i8)),
                controls,
            )) as u32;
            // (A byte past ASCII has its top bit set.)
            (space, _mm_movemask_epi8(x) as u32)
        };
        // The block's bytes inside the slice: its last `len` (all when
        // the slice is longer).
        let inside = 0xffff_u32 << (16 - len.min(16)) & 0xffff;
        let space = space & inside;
        let solid = !space & inside;
        // (Every outcome below follows the text: each is computed without
        // a branch, and one test of them all says whether the block
        // decides.) The last byte of the word (0 when there is none) and
        // the first: after the last space before it, else the slice's
        // start.
        let last = 31 - (solid | 1).leading_zeros();
        let before = space & ((1u32 << last) - 1);
        let first = std::hint::select_unpredictable(
            before != 0,
            32 - before.leading_zeros(),
            16 - len.min(16) as u32,
        );
        let word = (2u32 << last).wrapping_sub(1u32 << first);
        // Undecided: no word in the block, or none of its start, while
        // the slice runs on before it; a byte past ASCII in the word.
        // (With no word, `before` is 0.)
        if (before == 0) & (len > 16) | ((solid != 0) & (high & word != 0)) {
            return None;
        }
        if solid == 0 {
            return Some(None);
        }
        Some(Some((lo + first as usize, lo + last as usize + 1)))
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        let _ = (t, a, b);
        None
    }
}

/// [`label_start`] byte by byte.
fn label_start_bytes(t: &[u8]) -> bool {
    let mut words = 0;
    let mut i = 0;
    loop {
        while i < t.len() && ascii_space(t[i]) {
            i += 1;
        }
        let Some(&c) = t.get(i) else {
            return true;
        };
        if matches!(c, b'(' | b':') || c >= 0x80 {
            return true;
        }
        words += 1;
        if words > 4 || !c.is_ascii_uppercase() {
            return false;
        }
        while i < t.len() && !ascii_space(t[i]) {
            if matches!(t[i], b'(' | b':') || t[i] >= 0x80 {
                return true;
            }
            i += 1;
        }
    }
}

/// Whether a sentence opens "To ..." or "In ... view/opinion/mind, ..."
/// (for [`rules::to_view`]).
fn opens_view(t: &str) -> bool {
    let t = t.trim_start();
    t.starts_with("To ")
        || t.starts_with("In ")
            && t.get(..48).unwrap_or(t).split(',').next().is_some_and(|h| {
                ["view", "opinion", "mind", "estimation", "judgment"]
                    .iter()
                    .any(|w| h.ends_with(w))
            })
}

/// Whether a sentence mentions a poll or survey (for [`rules::poll_in`]).
fn has_poll_word(t: &str) -> bool {
    // "poll"/"Poll" and "survey"/"Survey", by their fairly rare bytes 'p',
    // 'P' and 'v', each checked in place. (Their positions from the
    // 64-byte masks of `ByteHits`: most sentences have a few of them, and
    // a `memchr3` search paid its set-up again at each.)
    let b = t.as_bytes();
    ByteHits::new(b, [b'p', b'P', b'v']).any(|i| {
        if b[i] == b'v' {
            // ("survey": 's' or 'S', "ur" before the 'v', "ey" after it.)
            i >= 3
                && matches!(b[i - 3], b's' | b'S')
                && &b[i - 2..i] == b"ur"
                && b.get(i + 1..i + 3) == Some(b"ey")
        } else {
            b.get(i + 1..i + 4) == Some(b"oll")
        }
    })
}

/// Headline colon: a short first paragraph "Russia: claim", or a speaker
/// label in an interview transcript (`headline` false) "KATE BOULDUAN: ...",
/// which takes the whole paragraph. `lower` tells whether a label is
/// named again in the document.
#[inline(never)] // (Large, and for the first paragraphs only.)
fn headline<'t>(
    ctx: &rules::Ctx<'t, '_>,
    para: Span,
    is_headline: bool,
    gaz: &Gazetteer,
    lower: &NameCounts<'t>,
    out: &mut Vec<Draft>,
) {
    let s = ctx.s;
    let n = s.len();
    // The headline is its paragraph; in a text with no paragraph break (run
    // together on one line), the first sentence of the text.
    let one_para_start = s.span.0 == para.0
        && s.text[..para.0].trim().is_empty()
        && s.text[para.1..].trim().is_empty();
    if is_headline && (n > 30 || s.span != para && !one_para_start) {
        return;
    }
    if !is_headline && s.span.0 != para.0 {
        return;
    }
    // A headline may open with a tag and a dash ("EXCLUSIVE – Roger Stone:
    // ...") and name the audience or place after the speaker ("Clinton to
    // Planned Parenthood: ...", "Mukasey at RNC: ...").
    let a = if is_headline
        && n > 4
        && s.is_in(0, &["exclusive", "watch", "breaking"])
        && (s.is_p(1, "–") || s.is_p(1, "—") || s.is_p(1, "-"))
    {
        2
    } else {
        0
    };
    let Some(colon) = (a + 1..n.min(a + 12)).find(|&i| s.is_p(i, ":")) else {
        return;
    };
    let b = if is_headline {
        (a + 1..colon)
            .find(|&i| s.is_in(i, &["to", "at"]))
            .unwrap_or(colon)
    } else if colon > a + 3 && s.is_p(colon - 1, ")") {
        // A transcript label with the party and state in parentheses:
        // "SEN. JONES (R-Texas):", "REP. GARCIA (D-Calif.):".
        match (a + 1..colon - 1).rev().find(|&i| s.is_p(i, "(")) {
            Some(k) if (k + 1..colon - 1).all(|i| !s.is_p(i, "(") && !s.is_p(i, ")")) => k,
            _ => return,
        }
    } else {
        colon
    };
    if b - a > 5
        || colon + 3 > n
        || !(a..b).all(|i| s.is_cap(i) || s.is_poss(i))
        || is_headline && !(b..colon).all(|i| s.is_word(i) || s.is_p(i, "."))
    {
        return;
    }
    let sp = s.span_of(a, b);
    let name = &s.text[sp.0..sp.1];
    // In a transcript: a name in capitals ("CLINTON:", "MR. SMITH:"),
    // which need not be named again. ("Q:"/"A:" turns stay no rows: on
    // train one interview has rows for its turns, another only for the
    // reported speech inside them.)
    let caps = !is_headline
        && name.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !name.chars().any(char::is_lowercase);
    // A place in capitals opening paragraphs is a dateline of a news
    // digest ("BRUSSELS: EU ministers agreed ...", "NEW DELHI: India
    // will ..."), not a speaker's turn.
    if caps && is_place(gaz, name) {
        return;
    }
    let known = !gaz.lookup_alias(name).is_empty();
    // An unknown one-word name must be page furniture-free and named
    // again in the article ("Trump: ..."); longer ones must look like a
    // person's name.
    const FURNITURE: &[&str] = &[
        // Section labels of explainers ("WHAT HAPPENED: ...", "WHY IT
        // MATTERS: ...").
        "What Happened",
        "Why It Matters",
        "What's Next",
        "What Comes Next",
        "The Big Picture",
        "Key Points",
        "Bottom Line",
        "The Bottom Line",
        "Update",
        "Updated",
        "Watch",
        "Video",
        "Photos",
        "Exclusive",
        "Breaking",
        "Opinion",
        "Analysis",
        "Editorial",
        "Live",
        "Read",
        "Correction",
        "Related",
        "Listen",
        "Editor",
        "Note",
        "Sources",
        "Source",
        "Photo",
        "Credit",
        "Advertisement",
        "Comment",
        "Commentary",
        "Review",
        "Factbox",
        "Explainer",
        "Timeline",
        "Interview",
        "Transcript",
        "Obituary",
        "Profile",
        "Preview",
        "Recap",
        "Podcast",
        "Q",
        // Series and section labels: AP's live updates ("The Latest:
        // Sanders wins Minnesota caucuses"), paid death notices.
        "The Latest",
        "THE LATEST",
        "Paid Notice",
        "Fact Check",
        "FACT CHECK",
    ];
    // A named storm or event as the topic of a headline ("Cyclone Hera:
    // Civil Defence warns of ...", "Typhoon Lando: ..."): no speaker.
    const EVENT_HEADS: &[&str] = &[
        "Cyclone",
        "Hurricane",
        "Typhoon",
        "Storm",
        "Tropical",
        "Tornado",
        "Earthquake",
        "Quake",
        "Wildfire",
        "Bushfire",
        "Flood",
        "Floods",
        "Heatwave",
        "Drought",
        "Election",
        "Budget",
        "Brexit",
    ];
    let first_word = name.split_whitespace().next().unwrap_or(name);
    // (Not a body named after one: "Election Board", "Budget Committee",
    // "Storm Prediction Center".)
    let body = name
        .split_whitespace()
        .last()
        .is_some_and(resolve::is_org_word);
    if !known {
        if b - a > 3
            || b < colon && is_headline
            || FURNITURE.iter().any(|f| f.eq_ignore_ascii_case(name))
            || is_headline
                && !body
                && EVENT_HEADS
                    .iter()
                    .any(|f| f.eq_ignore_ascii_case(first_word))
        {
            return;
        }
        // (a transcript label may be the surname in capitals: "MORALES").
        // Looked up only when it matters; for a label, by searches of the
        // text, or word counts made once per document when the searches
        // have read too much (`NameCounts`).
        let repeated = || {
            if is_headline {
                s.text[s.span.1..].contains(name)
            } else {
                lower.named_twice(name)
            }
        };
        // A speaker noun needs no repetition ("Poll: ...", "Report: ...",
        // "Newspaper: ...").
        let noun = b - a == 1 && ctx.lx.speaker_noun(name).is_some();
        if b - a == 1 && !noun && !caps && !repeated() {
            return;
        }
    }
    let end = if s.is_punct(n - 1) && !s.is_quote_mark(n - 1) {
        n - 1
    } else {
        n
    };
    // A headline with its subtitle after a semicolon ("Khans: Trump stirs
    // 'ugliness'; Muslim couple cope with sudden fame"): the claim ends at
    // the semicolon.
    let end = if is_headline {
        (colon + 1..end).find(|&i| s.is_p(i, ";")).unwrap_or(end)
    } else {
        end
    };
    // (No claim at all: "Name: ; ...".)
    if end <= colon + 1 {
        return;
    }
    let mut content = s.span_of(colon + 1, end);
    if !is_headline {
        // The label's turn runs to the paragraph end; tallies ("Clinton:
        // 547.") and short notes are not turns, but a short sentence of
        // words after a label in capitals is ("TRUMP: Wrong. Wrong.",
        // "KATE BOULDUAN: Why not debate?").
        content.1 = s.text[..para.1].trim_end().len();
        let turn = &s.text[content.0..content.1];
        let short_turn = caps
            && turn.ends_with(['.', '?', '!'])
            && turn
                .split_whitespace()
                .any(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2);
        if name.chars().count() < 2 || turn.split_whitespace().nth(3).is_none() && !short_turn {
            return;
        }
        // A list of names ("Iowa: Tim Albrecht, Brad Anderson, Rob Barron,
        // ..."): a roster, not a turn.
        if name_list(&s.text[content.0..content.1]) {
            return;
        }
    }
    // A headline quote "Name: ‘Claim’": the content is inside the marks.
    let inner = &s.text[content.0..content.1];
    let open = inner
        .chars()
        .next()
        .filter(|&c| matches!(c, '‘' | '“' | '"' | '\''));
    if let Some(o) = open {
        let close = inner
            .chars()
            .last()
            .filter(|&c| matches!(c, '’' | '”' | '"' | '\''));
        if let Some(c) = close.filter(|_| inner.chars().count() > 2) {
            content = (content.0 + o.len_utf8(), content.1 - c.len_utf8());
        }
    }
    let inner = &s.text[content.0..content.1];
    let kind = if open.is_some() {
        Kind::Direct
    } else if inner.contains(['“', '"']) || single_quoted_phrase(inner) {
        // A quoted phrase inside the claim ("Clinton: Trump's view is
        // 'dangerously wrong'").
        Kind::Mixed
    } else {
        Kind::Indirect
    };
    let rule = if is_headline {
        "headline-colon"
    } else {
        "transcript-colon"
    };
    out.push(Draft {
        conj: 0,
        sp_tok: Draft::NO_TOK,
        kind,
        content,
        speaker: Some(sp),
        cue: None,
        rule,
        inherit: None,
    });
}

/// Whether `text` is a list of four or more comma-separated names of one
/// to four capitalized words each (a roster of members or participants).
fn name_list(text: &str) -> bool {
    let mut items = 0usize;
    for item in text.trim_end_matches(['.', ' ']).split(',') {
        let item = item.trim().trim_start_matches("and ");
        let words = item.split_whitespace().count();
        let names = (1..=4).contains(&words)
            && item
                .split_whitespace()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase));
        if !names {
            return false;
        }
        items += 1;
    }
    items >= 4
}

/// A paragraph that is one whole quote, followed by a short paragraph of
/// a dash and a name (the "quotable" and fact-check layout: `"We will
/// win." ¶ - Jane Ruiz.`, `—President Obama, tweeting after the speech.`):
/// the name speaks the quote.
fn dash_bylines(
    text: &str,
    paras: &[Span],
    quotes: &[Quote],
    lx: &Lexicon,
    drafts: &mut Vec<Draft>,
) {
    // The byline on the quote's own line: `"We will win this fight." —
    // Maria Lopez, union organizer`.
    // (The quote opening at each paragraph's start found by a walk over
    // the quotes with the paragraphs, both in order, for a binary search
    // of `quotes::opening_at` a paragraph: about 35 instructions each.)
    debug_assert!(paras.windows(2).all(|w| w[0].0 < w[1].0));
    let mut k = 0;
    for &para in paras {
        while quotes.get(k).is_some_and(|q| q.open < para.0) {
            k += 1;
        }
        let Some(q) = quotes.get(k).filter(|q| q.open == para.0) else {
            continue;
        };
        if !q.closed || q.end <= q.start {
            continue;
        }
        let rest = text[q.close_end..para.1].trim();
        if rest.len() > 120 || !rest.starts_with(['-', '—', '–']) {
            continue;
        }
        let Some(speaker) = dash_byline_name(rest, lx) else {
            continue;
        };
        let at = para.1 - text[q.close_end..para.1].trim_start().len();
        drafts.push(Draft {
            conj: 0,
            sp_tok: Draft::NO_TOK,
            kind: Kind::Direct,
            content: (q.start, q.end),
            speaker: Some((at + speaker.0, at + speaker.1)),
            cue: None,
            rule: "quote-dash-byline",
            inherit: None,
        });
    }
    for w in paras.windows(2) {
        let (prev, para) = (w[0], w[1]);
        let t = &text[para.0..para.1];
        if t.len() > 120 || !t.starts_with(['-', '—', '–']) {
            continue;
        }
        let Some(speaker) = dash_byline_name(t, lx) else {
            continue;
        };
        let Some(q) = crate::quotes::opening_at(quotes, prev.0) else {
            continue;
        };
        if !q.closed || !matches!(text[q.close_end..prev.1].trim(), "" | ".") || q.end <= q.start {
            continue;
        }
        drafts.push(Draft {
            conj: 0,
            sp_tok: Draft::NO_TOK,
            kind: Kind::Direct,
            content: (q.start, q.end),
            speaker: Some((para.0 + speaker.0, para.0 + speaker.1)),
            cue: None,
            rule: "quote-dash-byline",
            inherit: None,
        });
    }
}

/// The name of a dash byline paragraph `t` ("- Sen. Ana Ruiz, D-Calif."):
/// after one or two dashes, up to the first comma or the final period, one
/// to five capitalized words (with "of/de/van/von/al" between), not opened
/// by a function word or a credit label ("An immigrant himself", "Reporting
/// by ..."). Or an unnamed person: "a"/"an", up to two lowercase words and
/// a person noun ("— a resident", "— an emergency room nurse"). Byte span
/// within `t`.
fn dash_byline_name(t: &str, lx: &Lexicon) -> Option<Span> {
    let body = t.trim_start_matches(['-', '—', '–']);
    if t.len() - body.len() > '—'.len_utf8() * 2 {
        return None;
    }
    let lead = t.len() - body.trim_start().len();
    let body = body.trim_start();
    let end = body.find(',').unwrap_or(body.len());
    let name = body[..end].trim_end().trim_end_matches('.');
    let words: Vec<&str> = name.split_whitespace().collect();
    let first = *words.first()?;
    if matches!(first, "a" | "an" | "A" | "An")
        && (2..=4).contains(&words.len())
        && words[1..]
            .iter()
            .all(|w| w.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
        && lx.speaker_noun(words[words.len() - 1]) == Some(crate::lexicon::NounType::Person)
    {
        return Some((lead, lead + name.len()));
    }
    if words.len() > 5
        || !first.starts_with(char::is_uppercase)
        || matches!(
            first,
            "A" | "An"
                | "The"
                | "This"
                | "That"
                | "These"
                | "Those"
                | "It"
                | "He"
                | "She"
                | "They"
                | "We"
                | "I"
                | "You"
                | "In"
                | "On"
                | "At"
                | "For"
                | "And"
                | "But"
                | "Or"
                | "By"
                | "With"
                | "From"
                | "To"
                | "As"
                | "Reporting"
                | "Editing"
                | "Writing"
                | "Additional"
                | "Photo"
                | "Source"
                | "Sources"
                | "Note"
                | "Read"
                | "See"
                | "Follow"
                | "Contact"
                | "Updated"
                | "Posted"
        )
        || !words.iter().all(|w| {
            (w.starts_with(char::is_uppercase)
                || matches!(*w, "of" | "de" | "van" | "von" | "al" | "la" | "del"))
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-'))
        })
    {
        return None;
    }
    Some((lead, lead + name.len()))
}

/// For spans sorted by start, the largest end among the first k + 1 of
/// them, for every k: with a binary search on the starts it answers "does
/// an earlier span reach past this point?" in O(log n).
fn running_max_end(spans: &[Span]) -> Vec<usize> {
    // (Sized at once: the running maximum is no exact-size iterator, and
    // the vector grew step by step.)
    let mut out = Vec::with_capacity(spans.len());
    running_max_end_into(spans, &mut out);
    out
}

/// [`running_max_end`] into `out` (cleared first).
fn running_max_end_into(spans: &[Span], out: &mut Vec<usize>) {
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
struct NestBufs {
    rules: RuleMemo,
    opening: Vec<Span>,
    any: Vec<Span>,
    according: Vec<Span>,
    findings: Vec<Span>,
    reach: Vec<usize>,
    according_reach: Vec<usize>,
    /// One flag per draft of the sentence.
    flags: Vec<bool>,
}

/// A quote attribution a continuation may take its speaker from (see
/// [`continuations`]): its key, (content end, draft index), and its
/// content start, whether it is reported speech, whether that is a
/// `clause-speaker-cue` draft, and where the attribution ends.
type Source = ((usize, usize), (usize, bool, bool, usize));

/// The [`Source`]s of a document by key, as a map sorted by key would
/// give them: the drafts' sources sorted once ([`quote_sources`]), and the
/// continuations added after them, which come in the order of their
/// quotes, so each is pushed at the end of its own vector (one that comes
/// before the last is put in its place). Two sorted vectors, read merged
/// ([`Merged`]), kept in [`DocBufs`]: a `BTreeMap` was built and dropped
/// for each document with a quote, about 3,000 instructions. (No key is
/// in both: a continuation's draft index is new.)
#[derive(Default)]
struct Sources {
    base: Vec<Source>,
    added: Vec<Source>,
}

impl Sources {
    /// Adds a source.
    fn insert(&mut self, key: (usize, usize), val: (usize, bool, bool, usize)) {
        let at = match self.added.last() {
            Some(last) if last.0 > key => self.added.partition_point(|e| e.0 < key),
            _ => self.added.len(),
        };
        self.added.insert(at, (key, val));
    }

    /// The sources with keys below `hi`, in order of key (as
    /// `BTreeMap::range(..hi)`).
    fn below(&self, hi: (usize, usize)) -> Merged<'_> {
        let cut = |v: &[Source]| v.partition_point(|e| e.0 < hi);
        Merged(
            &self.base[..cut(&self.base)],
            &self.added[..cut(&self.added)],
        )
    }

    /// The sources with keys from `lo` to `hi`, both included, in order of
    /// key (as `BTreeMap::range(lo..=hi)`); none when `lo` is past `hi`
    /// (where `range` would panic: no caller asks so, a debug build checks).
    fn within(&self, lo: (usize, usize), hi: (usize, usize)) -> Merged<'_> {
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
struct Merged<'s>(&'s [Source], &'s [Source]);

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
fn continuations(
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
        // the previous paragraph when q opens this paragraph.
        let opens = before.is_empty() && pi > 0;
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
fn words_up_to(t: &str, n: usize) -> usize {
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
/// `''...,'' said Robin Maynard, half joking.`) gives way to that quote's
/// draft: the speaker named at the quote is the one who goes on.
fn inner_quote_source(drafts: &[Draft], sources: &Sources, i: usize) -> usize {
    let d = &drafts[i];
    if d.kind != Kind::Mixed {
        return i;
    }
    let (a, b) = d.content;
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
                    || drafts[j].speaker.is_some_and(|sp| a <= sp.0 && sp.1 <= b))
                && drafts[j].speaker.is_some()
        })
        .map_or(i, |&((_, j), _)| j)
}

/// A quote running over several paragraphs repeats its opening mark and
/// closes only in its last paragraph (`“First, ...` / `“Second, ...` /
/// `“And third, ...,” she said.`): each open paragraph of the run that no
/// draft covers takes the speaker of the quote after it, back from the
/// attribution that closes the run.
fn quote_runs(text: &str, paras: &[Span], quotes: &[Quote], drafts: &mut Vec<Draft>) {
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
const SUPERSEDED: &str = "continuation-superseded";

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
fn a_statement(content: &str) -> bool {
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
fn named_or_he_she(s: &str) -> bool {
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
fn named_or_he_she_plain(s: &str) -> bool {
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
fn sort_nearly_sorted_by_key<T: Copy, K: Ord>(v: &mut [T], key: impl Fn(&T) -> K) {
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
fn span_key((a, b): Span) -> u128 {
    const { assert!(usize::BITS <= 64, "an offset fits half a u128") };
    (a as u128) << 64 | b as u128
}

/// A table from a content span to the index of the first draft entered
/// with it, for [`dedupe`]: open addressing with linear probing in a
/// power-of-two array of at least twice as many slots as drafts, made
/// empty for each document (the array is kept; a document's drafts are
/// few, about 20 over train, so the reset is a short fill). A slot holds
/// only the draft's index (4 bytes; its content is read from the drafts,
/// which `content` gives), so the table of one huge document takes less
/// memory than a hash map of the spans did.
#[derive(Default)]
struct ContentTable {
    /// The slots: a draft's index, [`ContentTable::EMPTY`] when empty.
    slots: Vec<u32>,
    /// `slots.len() - 1`.
    mask: usize,
    /// 64 less the bits of `mask`: a hash's top bits pick the home slot.
    shift: u32,
}

impl ContentTable {
    /// An empty slot.
    const EMPTY: u32 = u32::MAX;

    /// Empties the table and makes room for `n` entries.
    fn reset(&mut self, n: usize) {
        let len = (2 * n).next_power_of_two().max(16);
        self.slots.clear();
        self.slots.resize(len, Self::EMPTY);
        self.mask = len - 1;
        self.shift = 64 - len.trailing_zeros();
    }

    /// The first slot to probe for `c`.
    #[inline]
    fn home(&self, c: Span) -> usize {
        let h = (c.0 as u64 ^ (c.1 as u64).rotate_left(29)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (h >> self.shift) as usize
    }

    /// The index entered with content `c`, or none after entering `i`
    /// with it; `content(j)` is the content of the draft entered as `j`.
    /// (Indexes past 32 bits are never entered: a document of four
    /// billion drafts cannot be held.)
    #[inline]
    fn first_or_insert(
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
    fn get(&self, c: Span, content: impl Fn(usize) -> Span) -> Option<usize> {
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
fn dedupe(drafts: &mut Vec<Draft>, bufs: &mut DocBufs) {
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
fn is_anonymity_request(text: &str, content: (usize, usize)) -> bool {
    // The first words of the tests below (the first word rejects nearly
    // every content).
    const FIRST: WordList = WordList::new(&["not", "anonymity", "to"]);
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
    w.eq_ignore_ascii_case("to")
        && words.next().is_some_and(|w| w.eq_ignore_ascii_case("be"))
        && words.next().is_some_and(|w| {
            let w = w.trim_end_matches(|c: char| !c.is_alphabetic());
            ["named", "identified", "quoted"]
                .iter()
                .any(|x| x.eq_ignore_ascii_case(w))
        })
}

/// Whether the four bytes `x` (little-endian) open with "not", "to" or
/// "anon", ASCII case ignored (the letters folded by `| 0x20`): false for
/// a text that opens with none of the first words of
/// [`is_anonymity_request`] ("not", "to", "anonymity"); the bytes after a
/// shorter word are not read. (Bytes that are no letter may fold to a
/// letter's byte, which lets through only texts the full test rejects.)
#[inline(always)]
const fn opens_like_anonymity(x: u32) -> bool {
    let w = x | 0x2020_2020;
    (w & 0x00ff_ffff == u32::from_le_bytes(*b"not\0"))
        | (w & 0xffff == u32::from_le_bytes(*b"to\0\0"))
        | (w == u32::from_le_bytes(*b"anon"))
}

/// Whether `t` holds a phrase in single quotes: a `‘` anywhere, or a `'`
/// after a space, when no digit follows it (`Trump plan 'dangerously
/// wrong'`; not the elided year in `back to '08 levels`, `the ‘90s`).
/// Linear in `t`.
fn single_quoted_phrase(t: &str) -> bool {
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
fn poll_source(s: &Sent, lo: usize, a: usize) -> Option<Span> {
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

/// Drops a draft whose speaker phrase runs over another cue of the
/// sentence and into its content, when that content also holds this
/// draft's cue ("The report showed traders" of "expect" in "The report
/// showed traders expect two cuts"): the phrase is no subject, and the
/// nested clause is the other draft's content. Drafts from `first` on
/// (one sentence's).
fn drop_spanning_speakers(drafts: &mut Vec<Draft>, first: usize, flags: &mut Vec<bool>) {
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
const FINDING_KEYS: u64 = crate::lexicon::key::classes(&["report", "show"]);

/// The keys of the belief, fear, plan, wish and promise classes of
/// [`drop_nested`]'s (e).
const BELIEF_KEYS: u64 = crate::lexicon::key::classes(&[
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
/// "according to X" (train: 1 of 17 right).
#[inline(never)] // (Large, and for sentences of two drafts or more.)
fn drop_nested(s: &Sent, lx: &Lexicon, drafts: &mut Vec<Draft>, first: usize, bufs: &mut NestBufs) {
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
    for d in &drafts[first..] {
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
        if opens {
            return true;
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
/// write"), nor the cues whose past is their base ("read", "put").
///
/// `rule` is the [`RuleBits`] of `d.rule`; `phrase` is the speaker's text
/// (`text[sp.0..sp.1]`, which `dropped_draft` slices once for the filters:
/// this one sliced it again, by `get`, whose bounds' branches
/// mispredicted); `adj` is the draft's speaker and cue
/// ([`speaker_before_cue`]); `det` is the speaker's determiner
/// ([`speaker_det`]).
fn singular_before_base(
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
    // officials whose laws were invalidated say").
    if !last.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
        || last.ends_with('s') && !last.ends_with("ss")
        || last.ends_with("ed") && closes_relative(phrase)
        || NOT_SINGULAR.has(last)
    {
        return false;
    }
    let lemma = lx.cue(ci).lemma.as_str();
    let first_lemma = to_space(lemma);
    let cue_first = to_space(&text[c0..c1]);
    cue_first == first_lemma && !matches!(first_lemma, "read" | "put" | "let" | "set" | "cut")
}

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
fn adjective_before_noun_cue(
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
/// clause (that, which, who, and, but, as, if, ...), so "Strong calls for
/// an inquiry.", "Sharp demands more time", "Major vows never to return"
/// have none: the cue is a verb and the row stays.
fn finite_verb_after(rest: &str, singular: bool) -> bool {
    const AUX: WordList = WordList::new(&[
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may",
        "might", "should", "must", "did", "does", "do",
    ]);
    const PASTS: WordList = WordList::new(&[
        "went", "took", "made", "gave", "came", "kept", "left", "led", "sent", "won", "held",
        "brought", "began", "became", "found", "fell", "rose", "grew", "drew", "hit", "sank",
        "slid", "spread", "shook", "drove", "struck", "put", "cut", "set", "lost", "meant",
        "weighed", "hung", "forced", "broke", "hurt", "dogged",
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
    for tok in rest.split(' ') {
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
                || PASTS.has(w)
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
const CUE_NOUNS: &[&str] = &[
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
const CUE_NOUN_ADJECTIVES: &[&str] = &[
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
fn naming_participle(text: &str, d: &Draft, rule: RuleBits, phrase: &str, adj: Adjacent) -> bool {
    const VERBS: &[&str] = &[
        "is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could", "gave",
        "got", "said", "told", "took", "made", "went", "came", "ran", "won", "lost", "left",
        "began", "brought", "bought", "sent", "spent", "wrote", "found", "held", "led", "paid",
        "sold", "grew", "rose", "fell", "became", "kept", "met", "saw", "drew",
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
fn compound_noun_cue(text: &str, lx: &Lexicon, d: &Draft) -> bool {
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
fn phone_call(text: &str, lx: &Lexicon, d: &Draft) -> bool {
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
fn eventive_see(text: &str, lx: &Lexicon, d: &Draft) -> bool {
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
fn answer_without_reply(text: &str, lx: &Lexicon, d: &Draft) -> bool {
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

/// Whether a draft's object makes an idiom with its cue, no report:
/// "find" with a reflexive object ("he found himself in trouble", "the
/// bank has found itself at the center of ...", "finds herself in a
/// similar job": a situation the subject is in), and "see fit", "see eye
/// to eye", "see what happens" ("as it saw fit", "the issue on which they
/// see eye to eye", "will see what happens"); and a participle
/// "reflecting" + object ("..., reflecting his status as the favorite"),
/// a cause.
fn idiom_object(text: &str, lx: &Lexicon, d: &Draft) -> bool {
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
    // (The lemma first: nearly every draft's is none of the four, and
    // then nothing else is looked at.)
    let lemma = match d.cue {
        Some((_, _, ci)) => lx.cue(ci).lemma.as_str(),
        None => return false,
    };
    if !matches!(lemma, "find" | "reflect" | "charge" | "see") {
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
const PASSIVE_TRANSITIVE: &[&str] = &[
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
const PASSIVE_BE: &[&str] = &["is", "are", "was", "were", "be", "been", "being"];

/// The adverbs that may stand between a form of "be" and a passive cue
/// ("was also quoted", "is widely expected").
const PASSIVE_ADVERBS: &[&str] = &[
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
fn passive_cue(
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
const ASKED_CLAUSE_ENDS: [char; 9] = ['.', '?', '!', ';', ':', '\n', '"', '“', '”'];

/// The forms of "ask", "wonder" and "question" that `asked_question`
/// looks for before the speaker.
const ASK_FORMS: &[&str] = &[
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
fn asked_question(text: &str, d: &Draft, rule: RuleBits) -> bool {
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
fn last_clause_word(t: &[u8]) -> Option<&[u8]> {
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

/// Whether a word is a year of the last two centuries ("1998", "2015").
fn is_year(w: &str) -> bool {
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
fn plural_after_quantifier(
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
const COUNT_WORDS: &[&str] = &[
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
const COUNT_ANY_END: u128 =
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
fn may_end_in_count(text: &str, end: usize) -> bool {
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
const SPEAKER_DETS: WordList = WordList::new(&[
    "a", "an", "the", "this", "that", "his", "her", "its", "their", "one", "another", "each",
    "every",
]);

/// The bits in [`SPEAKER_DETS`] of `determiner_fragment`'s determiners
/// ("a" to "their").
const FRAGMENT_DETS: u64 = (1 << 9) - 1;

/// The bits in [`SPEAKER_DETS`] of `singular_before_base`'s determiners
/// (all but "their").
const SINGULAR_DETS: u64 = ((1 << 13) - 1) & !(1 << 8);

/// A draft's speaker's first word as a word of [`SPEAKER_DETS`]
/// ([`speaker_det`]).
#[derive(Clone, Copy)]
struct SpeakerDet {
    /// The word's bit in [`SPEAKER_DETS`] (bit `k` for word `k`), 0 when
    /// it is none of them or the draft has no speaker.
    bit: u64,
    /// The end of the first word in the speaker phrase (when `bit` is
    /// not 0).
    end: usize,
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
    fn piece_in(self, phrase: &str, dets: u64) -> bool {
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
fn speaker_det(text: &str, d: &Draft, phrase: &str) -> SpeakerDet {
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
fn determiner_fragment(text: &str, d: &Draft, phrase: &str, det: SpeakerDet) -> bool {
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
fn said_nothing(text: &str, lx: &Lexicon, d: &Draft) -> bool {
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

/// Whether a direct draft's quote is the title of a work named right
/// before it ("Mr. Rubio said in his 2012 book, ''An American Son.''",
/// "she wrote in her memoir, \"Tough Choices.\"", "on his weekly radio
/// show, “Generations with Kevin Swanson,”", "he said on MSNBC’s “Morning
/// Joe.”"): a short quote in Title Case after a word for a work (and a
/// comma) or after a possessive, not the speaker's words.
fn quoted_title(text: &str, d: &Draft) -> bool {
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

/// Head nouns of subjects that name an outcome, a trend, a thing, a
/// natural event or an act, a quality or a feeling, which report and intend
/// nothing: "The loss raises the possibility that ...", "The overall
/// backdrop favors Clinton", "The storm raised fears of flooding", "The
/// fight in Nevada underscored the determination of ...", "The latest
/// hiccup adds to ...", "The selloff reflects fears that ...". (Not
/// documents, polls, events with voices or organizations, which news and
/// PolNeAR make sources: "report", "poll", "debate", "race", "deal",
/// "bill", "campaign", "plan", "move", "decision", "results", "findings",
/// "data", "figures", "remarks", "speech"; nor "demographics" and
/// "regions", which PolNeAR annotates as sources; nor "region" and
/// "territory", which wire news makes the voice of a government: "The
/// breakaway region accused Moldova of ...".)
const THING_SUBJECTS: &[&str] = &[
    "loss",
    "losses",
    "win",
    "victory",
    "victories",
    "defeat",
    "defeats",
    "backdrop",
    "wall",
    "border",
    "procedure",
    "trend",
    "trends",
    "growth",
    "decline",
    "surge",
    "slump",
    "downturn",
    "recession",
    "storm",
    "storms",
    "hurricane",
    "weather",
    "flood",
    "floods",
    "drought",
    "earthquake",
    "outbreak",
    "crash",
    "collapse",
    "violence",
    "economy",
    "momentum",
    "mood",
    "landscape",
    "climate",
    "turnout",
    "stability",
    "consolidation",
    "feeling",
    "feelings",
    "sentiment",
    "anger",
    "frustration",
    "smiles",
    "manner",
    "preference",
    "pressure",
    "pressures",
    "tension",
    "tensions",
    "uncertainty",
    "volatility",
];

/// Thing heads that are also surnames, given names or groups' names
/// ("Wall", "Storm", "Momentum", "Future", "Battle"): capitalized, a
/// speaker before a cue of inference ([`thing_subject`]).
const THING_NAMES: &[&str] = &[
    "wall",
    "storm",
    "storms",
    "momentum",
    "future",
    "battle",
    "manner",
    "spike",
    "flood",
    "win",
    "victory",
    "discovery",
    "border",
    "hurricane",
    "crash",
    "fall",
    "rise",
    "boom",
];

/// More heads of [`THING_SUBJECTS`] (a [`WordList`] holds 64 words):
/// fights and acts of force, efforts and steps and their outcomes.
const THING_ACTS: &[&str] = &[
    "talks",
    "negotiations",
    "fight",
    "fights",
    "fighting",
    "battle",
    "battles",
    "clash",
    "clashes",
    "fracas",
    "scuffle",
    "brawl",
    "skirmish",
    "firepower",
    "fusillade",
    "barrage",
    "onslaught",
    "offensive",
    "shooting",
    "bombing",
    "blast",
    "explosion",
    "fire",
    "conflict",
    "upheaval",
    "unrest",
    "turmoil",
    "chaos",
    "effort",
    "efforts",
    "performance",
    "hiccup",
    "setback",
    "setbacks",
    "mistake",
    "mistakes",
    "error",
    "errors",
    "blunder",
    "gaffe",
    "rejection",
    "creation",
    "discovery",
    "trip",
    "visit",
    "appointment",
    "resignation",
    "departure",
    "arrival",
    "upset",
    "rout",
    "shift",
    "episode",
    "incident",
    "accident",
    "scandal",
    "controversy",
    "crisis",
    "problem",
    "problems",
    "future",
];

/// More heads of [`THING_SUBJECTS`]: market and economic moves ("The
/// selloff reflects fears that ...", "The rise in prices shows ...").
const THING_MOVES: &[&str] = &[
    "borrowing",
    "spending",
    "lending",
    "advances",
    "gains",
    "selloff",
    "rise",
    "fall",
    "drop",
    "jump",
    "increase",
    "decrease",
    "rebound",
    "recovery",
    "expansion",
    "contraction",
    "inflation",
    "unemployment",
    "deficit",
    "shortage",
    "shortages",
    "spike",
    "boom",
    "bubble",
];

/// Words that end the head of a speaker phrase: its last word before them
/// is the head ("the fight in Nevada", "The rejection of the treaty",
/// "Witnesses to the blast", "Sources close to the effort"; "families
/// affected by mass shootings" has no listed head): the prepositions,
/// relatives and conjunctions a speaker phrase holds.
const THING_PHRASE_BREAKS: &[&str] = &[
    "of",
    "in",
    "on",
    "at",
    "by",
    "for",
    "from",
    "with",
    "about",
    "over",
    "under",
    "after",
    "before",
    "during",
    "into",
    "than",
    "who",
    "which",
    "that",
    "whose",
    "whom",
    "and",
    "or",
    "to",
    "near",
    "behind",
    "against",
    "amid",
    "like",
    "toward",
    "towards",
    "between",
    "among",
    "across",
    "around",
    "through",
    "throughout",
    "without",
    "within",
    "beyond",
    "inside",
    "outside",
    "along",
    "despite",
    "since",
    "via",
    "upon",
    "onto",
    "but",
    "nor",
    "unlike",
];

/// Words that make a speaker phrase hold a clause, whose subject may
/// speak ("Mr. Rubio's problems on Saturday began when Mr. Christie ...",
/// "The rise in yields came after the Fed said ..."); looked for after the
/// phrase's first break, so "The drop after the recall" is still a thing.
const THING_CLAUSE_WORDS: &[&str] = &[
    "when", "while", "because", "as", "if", "where", "until", "after", "before", "since", "once",
];

/// Words before a participle that keep it in the noun phrase as its
/// modifier ("The escalating crisis", "its continued fighting"), so it
/// ends no head (as it does in "Officers responding to the shooting").
const THING_DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our", "my", "your",
    "any", "some", "no", "every", "each",
];

/// Verbs that, in the base or -s form after a listed head and before a
/// noun phrase, make the phrase a clause ("The gains suggest investors |
/// think ...", "The slump suggests investors | fear ...").
const THING_VERBS: &[&str] = &[
    "suggest",
    "show",
    "signal",
    "indicate",
    "reflect",
    "mean",
    "underscore",
    "highlight",
    "prove",
    "raise",
    "fuel",
    "spark",
    "prompt",
    "stoke",
    "leave",
    "make",
    "hint",
    "confirm",
    "point",
    "add",
];

/// Whether the speaker of a subject-cue or participle draft is a thing
/// that speaks for no one ([`THING_SUBJECTS`], [`THING_ACTS`],
/// [`THING_MOVES`]). Its head is the last word before the phrase's first
/// break: a word of [`THING_PHRASE_BREAKS`], or a lowercase -ing or -ed
/// word after a first word that is no determiner, possessive or -ly
/// adverb ("Officers responding to ...", "The slump fueled"), unless that
/// word is itself a listed head ("The shooting", "The fighting"). The words
/// before the break, or all of them, are at most five with no comma, and
/// the head is listed, in lowercase (a capitalized one may be a name:
/// "Victory", a party, "Momentum", a campaign group); the rest after the
/// break holds no clause ([`THING_CLAUSE_WORDS`]). Or, before the break, a
/// listed head is followed by a verb: one of [`THING_VERBS`] or its -s
/// form with a word after it (the speaker of a nested cue: "The slump suggests
/// investors | fear ...", whose row is dropped with the thing's), or an -s
/// word ending the phrase before a noun cue in -s, which a plural noun
/// before it would not take ("The selloff reflects | fears that ...", but
/// "The shooting victims fear ..."). Train: 28 rows, none right ("The
/// fracas erupted ..., vowing to", "The fight in Nevada underscored the
/// determination of ...", "The latest hiccup adds to ...", "The rejection
/// of the treaty signals ...").
///
/// `phrase` is the speaker's text (`&text[sp.0..sp.1]`, sliced once by
/// `dropped_draft`; "" when the draft has no speaker).
fn thing_subject(text: &str, d: &Draft, phrase: &str) -> bool {
    const WORDS: WordList = WordList::new(THING_SUBJECTS);
    const ACTS: WordList = WordList::new(THING_ACTS);
    const MOVES: WordList = WordList::new(THING_MOVES);
    const BREAKS: WordList = WordList::new(THING_PHRASE_BREAKS);
    const CLAUSE: WordList = WordList::new(THING_CLAUSE_WORDS);
    const DETS: WordList = WordList::new(THING_DETERMINERS);
    const VERBS: WordList = WordList::new(THING_VERBS);
    const NAMES: WordList = WordList::new(THING_NAMES);
    let listed = |h: &[u8]| {
        h.first().is_some_and(u8::is_ascii_lowercase)
            && (WORDS.has_bytes(h) || ACTS.has_bytes(h) || MOVES.has_bytes(h))
    };
    let lower = |w: &[u8]| w.len() > 3 && w.iter().all(u8::is_ascii_lowercase);
    // (The words by bytes, split at spaces: `split_ascii_whitespace` and
    // `rsplit_once` cost some 3 M a pass over the drafts of the subject
    // rules, nearly all of them names and pronouns.)
    let b = phrase.as_bytes();
    // One word (most speakers: a name or a pronoun) is its own head, no
    // walk needed.
    if !b.contains(&b' ') {
        return listed(b) && !BREAKS.has_bytes(b) && !b.ends_with(b",")
            // A capitalized head (in any place) before a cue of inference
            // ("Inflation reflects fears that ...", "Unemployment signals
            // ..."; by the -s or past forms of the list below, so a plural
            // head's base form, "Talks suggest a deal is close", is not
            // asked and keeps its row): a thing, as in lowercase (a capitalized head is kept
            // elsewhere: it may name a party or a group), unless the head
            // is also a name ([`THING_NAMES`]: "Wall suggests the company
            // was aware ...", "Momentum says").
            || d.cue.is_some_and(|(a, c, _)| {
                // (The cue first: its length and bytes turn down most
                // drafts, "said" and names, before the speaker's lists.)
                const INFER: WordList = WordList::new(&[
                    "reflects", "reflected", "shows", "showed", "suggests", "suggested",
                    "signals", "signaled", "signalled", "indicates", "indicated", "means",
                    "meant", "underscores", "underscored",
                ]);
                text.get(a..c).is_some_and(|w| INFER.has(w))
            }) && b.len() > 3
                && b[0].is_ascii_uppercase()
                && b[1..].iter().all(u8::is_ascii_lowercase)
                && (WORDS.has_bytes(b) || ACTS.has_bytes(b) || MOVES.has_bytes(b))
                && !NAMES.has_bytes(b);
    }
    let mut ws: [&[u8]; 5] = [&[]; 5];
    let (mut n, mut start, mut end) = (0, 0, b.len());
    for i in 0..=b.len() {
        if i < b.len() && b[i] != b' ' {
            continue;
        }
        let w = &b[start..i];
        start = i + 1;
        if w.is_empty() {
            continue;
        }
        if BREAKS.has_bytes(w) {
            end = i;
            break;
        }
        // A participle after a noun ends its phrase ("Officers responding
        // to the shooting", "The slump fueled"), one after a determiner or
        // adverb describes the head ("The escalating crisis", "The widely
        // expected rise"), and one before a noun is a compound's middle
        // ("The earthquake monitoring agency", "The climate working group").
        if n > 0
            && lower(w)
            && (w.ends_with(b"ing") || w.ends_with(b"ed"))
            && !listed(w)
            && !DETS.has_bytes(ws[n - 1])
            && !ws[n - 1].ends_with(b"'s")
            && !ws[n - 1].ends_with(b"ly")
            && {
                let next = b[(i + 1).min(b.len())..]
                    .split(|&c| c == b' ')
                    .next()
                    .unwrap_or(&[]);
                next.is_empty() || BREAKS.has_bytes(next) || DETS.has_bytes(next)
            }
        {
            end = i;
            break;
        }
        if n == 5 || w.ends_with(b",") {
            return false;
        }
        ws[n] = w;
        n += 1;
    }
    if n == 0 {
        return false;
    }
    if listed(ws[n - 1]) {
        // (The break word itself is skipped: "The drop after the recall".)
        return b[end..]
            .split(|&c| c == b' ')
            .all(|w| w.is_empty() || !CLAUSE.has_bytes(w));
    }
    // A verb of [`THING_VERBS`] or its -s form before a noun phrase ("The
    // slump suggests investors"; not "The fire brigades union").
    let verb = |w: &[u8]| {
        VERBS.has_bytes(w) || w.len() > 3 && w.ends_with(b"s") && VERBS.has_bytes(&w[..w.len() - 1])
    };
    (0..n - 1).any(|j| {
        listed(ws[j])
            && if j + 2 < n {
                verb(ws[j + 1])
            } else {
                end == b.len()
                    && lower(ws[j + 1])
                    && ws[j + 1].ends_with(b"s")
                    && d.cue.is_some_and(|(_, c, _)| {
                        text.as_bytes().get(c.wrapping_sub(1)) == Some(&b's')
                    })
            }
    })
}

/// Whether a draft of "want" has "may" or "might" right before its cue,
/// or before one of "also", "well", "still", "just", "even", "really"
/// right before it ("Investors may want to wait for the figures", "The
/// board might want to reconsider", "Buyers may also want to check",
/// "Lawmakers might well want to wait", "may actually want"): the writer's
/// hedged advice to the subject, not a wish the subject voiced. Train: 5 such rows, 1 right.
/// "would want", "may not want" and "may have wanted" stay (a stated or
/// reported wish).
fn advice_modal(text: &str, d: &Draft) -> bool {
    let Some((a, _, _)) = d.cue else {
        return false;
    };
    let modal = |w: &str| w.eq_ignore_ascii_case("may") || w.eq_ignore_ascii_case("might");
    let from = text.floor_char_boundary(a.saturating_sub(24));
    let Some(w) = last_word_in(text, from, a) else {
        return false;
    };
    if modal(w) {
        return true;
    }
    // (Or an adverb in "-ly": "may actually want", "might eventually
    // want".)
    // Not an adverb of the wish's strength ("may badly want a trade
    // deal": the subject's own wish).
    let ly = w.len() > 4
        && w.ends_with("ly")
        && w.bytes().all(|c| c.is_ascii_lowercase())
        && !["badly", "desperately", "sorely", "dearly", "truly"].contains(&w);
    if !ly
        && !["also", "well", "still", "just", "even", "really"]
            .iter()
            .any(|x| w.eq_ignore_ascii_case(x))
    {
        return false;
    }
    // (The word's start in `text`: `last_word_in` returns a slice of it.)
    let at = w.as_ptr() as usize - text.as_ptr() as usize;
    last_word_in(text, from, at).is_some_and(modal)
}

/// Whether a draft of "back" has for its content the particle "down",
/// which makes the verb another one: to yield ("was not backing down",
/// "backed down from the proposal"), no stance of support (train: 2 rows,
/// none right). "back up" stays (support: "backed up the board"; or
/// proof: "backed up its claim with images", train 1 row), as do "back
/// away from" and "back off", a position given up, which gold marks as a
/// stance ("didn't back away from his pledge").
fn phrasal_back(text: &str, d: &Draft) -> bool {
    let w = first_word(slice_of(text, d.content.0, d.content.1));
    w.trim_end_matches(|c: char| !c.is_ascii_alphabetic())
        .eq_ignore_ascii_case("down")
}

/// Whether a draft of a relative "who" has for its content an object
/// pronoun and the subject's own speech cue ("Those who know him say he
/// is stubborn", "People who know her said ..."): the relative clause is
/// part of the subject of "say", which gives the row.
///
/// `phrase` is the speaker's text (`&text[sp.0..sp.1]`, sliced once by
/// `dropped_draft`; "" when the draft has no speaker).
fn relative_in_subject(text: &str, d: &Draft, phrase: &str) -> bool {
    if d.speaker.is_none() || !phrase.eq_ignore_ascii_case("who") {
        return false;
    }
    let mut words = text[d.content.0..d.content.1].split(' ');
    matches!(words.next(), Some("him" | "her" | "them" | "me" | "us"))
        && matches!(words.next(), Some("say" | "says" | "said"))
}

/// Whether a `speaker-cue-obj` draft of "issue/release" has a bare
/// statement for its object ("issued a statement Thursday", "released the
/// following statement", "issued a formal statement Sunday afternoon",
/// "released a statement after ..."): the act of publishing, whose words
/// come after it, not a content. A statement that carries its words or
/// topic stays ("issued a statement saying ...", "released a statement
/// condemning ...", "issued a statement on the subject").
fn bare_statement(text: &str, lx: &Lexicon, d: &Draft) -> bool {
    // After a day ("Monday", "today": `DAYS`) or these; the first four
    // also after "on".
    const AFTER: &[&str] = &[
        "this",
        "last",
        "earlier",
        "later",
        "late",
        "early",
        "after",
        "at",
        "before",
        "when",
        "following",
        "on",
    ];
    let day = |w: &str| sent::DAYS.words().contains(&w);
    let Some((_, _, ci)) = d.cue else {
        return false;
    };
    if d.rule != "speaker-cue-obj" || !matches!(lx.cue(ci).lemma.as_str(), "issue" | "release") {
        return false;
    }
    let Some(content) = text.get(d.content.0..d.content.1) else {
        return false;
    };
    let words: Vec<&str> = content.split_whitespace().take(40).collect();
    let Some(first) = words.first() else {
        return false;
    };
    if !["a", "an", "the"]
        .iter()
        .any(|w| w.eq_ignore_ascii_case(first))
    {
        return false;
    }
    let trim = |w: &str| {
        w.trim_end_matches(|c: char| !c.is_alphanumeric())
            .to_ascii_lowercase()
    };
    let Some(h) = (1..words.len().min(4))
        .find(|&i| matches!(trim(words[i]).as_str(), "statement" | "statements"))
    else {
        return false;
    };
    if words[1..h]
        .iter()
        .any(|w| !w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'))
    {
        return false;
    }
    let rest = &words[h + 1..];
    let on_time = |k: usize| {
        trim(rest[k]) != "on"
            || rest.get(k + 1).is_some_and(|w| {
                let w = trim(w);
                day(&w) || AFTER[..4].contains(&w.as_str())
            })
    };
    let after = |w: &str| {
        let w = trim(w);
        day(&w) || AFTER.contains(&w.as_str())
    };
    (rest.is_empty() || after(rest[0]) && on_time(0))
        && !rest
            .iter()
            .any(|w| trim(w).ends_with("ing") || w.contains(['"', '“', '”', '‘', ':']))
}

/// Whether a `speaker-cue-obj` draft of "address" has an audience for its
/// object ("addressed a Wednesday night rally", "addressed big, boisterous
/// rallies", "addressed the students of the university", "addresses a very
/// different party", "addressed voters on the street"): speaking to people,
/// not addressing an issue ("addressed the fact that ...", "addressed
/// voters' concerns"). The head is looked for among the first five words,
/// before any preposition.
fn addressed_audience(text: &str, lx: &Lexicon, d: &Draft) -> bool {
    const AUDIENCES: &[&str] = &[
        "rally",
        "rallies",
        "crowd",
        "crowds",
        "students",
        "voters",
        "supporters",
        "audience",
        "audiences",
        "convention",
        "delegates",
        "congregation",
        "conference",
        "gathering",
        "assembly",
        "party",
        "graduates",
        "troops",
        "workers",
        "members",
        "meeting",
        "summit",
        "forum",
        "luncheon",
        "dinner",
    ];
    let Some((_, _, ci)) = d.cue else {
        return false;
    };
    if d.rule != "speaker-cue-obj" || lx.cue(ci).lemma != "address" {
        return false;
    }
    let Some(content) = text.get(d.content.0..d.content.1) else {
        return false;
    };
    for w in content.split_whitespace().take(5) {
        let bare = w.trim_end_matches([',', '.', ';']);
        if AUDIENCES.contains(&bare) {
            return true;
        }
        if matches!(
            bare,
            "of" | "on" | "in" | "at" | "about" | "that" | "to" | "for" | "with"
        ) || bare.len() < w.len() && !w.ends_with(',')
        {
            return false;
        }
    }
    false
}

/// The words of [`is_adverb_speaker`].
const ADVERB_SPEAKERS: &[&str] = &[
    "usually",
    "hastily",
    "perhaps",
    "absent",
    "beyond",
    "besides",
    "initially",
    "shortly",
    "ultimately",
    "eventually",
    "apparently",
    "clearly",
    "finally",
    "meanwhile",
    "instead",
    "overall",
    "however",
    "nonetheless",
    "nevertheless",
    "moreover",
    "furthermore",
    "indeed",
    "ironically",
    "unfortunately",
    "fortunately",
    "obviously",
    "importantly",
    "interestingly",
    "surprisingly",
    "separately",
    "additionally",
    "afterward",
    "afterwards",
    "despite",
    "although",
    "whereas",
    "unless",
    "following",
    "including",
    "regarding",
    "unlike",
    "maybe",
    "sometimes",
    "rather",
];

/// Sentence adverbs and prepositions that are never a speaker on their own.
fn is_adverb_speaker(w: &str) -> bool {
    // (Most speakers are names of a length some adverb has: their first
    // letter, looked up for their length, rejects them before the list.)
    const WORDS: WordList = WordList::new(ADVERB_SPEAKERS);
    WORDS.has(w)
}

/// A list of words tested in any ASCII case: bit masks of the words'
/// lengths and end letters first, then a compare with the words that pass
/// them. The one test of a word against a constant list: the draft
/// filters here use it, and so does `Sent::is_in` for a plain list (the
/// token tests of the rules and the speaker search, through `sent::Words`).
///
/// Two forms, for two kinds of list:
/// - [`WordList::plain_has`], for a list of a few words given where it is
///   tested (the `&[...]` of `Sent::is_in`, some 700 sites): the list's
///   [`Masks`] come from a loop that is always inlined, which the compiler
///   unrolls and folds to immediates where the list is a constant; a word
///   that passes their three bit tests is compared with the words in turn
///   (one loop, out of line, shared by all the sites). Masks by length, or
///   the words of each length as bits, do not fold at those sites and cost
///   more in the hot callers than the shared loop (the twenty-sixth round,
///   sent40); a `WordList` value made at each site (its index unused)
///   cost `rules::apply_cue` 0.3 M more instructions a pass than the
///   masks alone.
/// - [`WordList::new`], a longer list (at most 64 words of 1 to 16
///   lowercase letters) built as a constant: for each length, the masks
///   of the first and the last bytes of the words of that length and the
///   indexes of those words ([`LengthIndex`]), so a word of another
///   length, first or last letter (nearly every speaker and word the
///   filters ask about) is rejected by two bit tests, and one that passes
///   is compared only with the words of its length, as two numbers each
///   ([`folded_halves`]). (With list-wide masks, or with the first letters
///   alone, one speaker in eight, "Clinton" of "clearly", "Sanders" of
///   "shortly", went through the whole list of 44 sentence adverbs.)
///
/// (Resolution's `WordTable` is another mechanism for another kind of
/// list: up to 255 words, case-sensitive, in buckets by a hash of their
/// first two bytes, last two and length, also built at compile time.)
struct WordList {
    /// The words (the tests compare the list's answers with theirs).
    #[cfg(test)]
    words: &'static [&'static str],
    /// The list-wide masks (the first byte's for
    /// [`WordList::first_word_bit_at`], and the longest word).
    masks: Masks,
    index: LengthIndex,
    /// Word `k` packed by [`folded_halves`], for [`WordList::has_bytes`]'s
    /// compare.
    keys: [[u64; 2]; 64],
}

/// The list-wide masks of a word list: a word whose length or first or
/// last byte has no bit set is none of the words.
#[derive(Clone, Copy)]
struct Masks {
    /// Bit `n.min(31)` set when a word has `n` bytes ([`length_bit`]).
    lengths: u32,
    /// The [`end_bit`]s of the words' first bytes.
    firsts: u32,
    /// The [`end_bit`]s of the words' last bytes.
    lasts: u32,
    /// The length of the longest word.
    longest: usize,
}

impl Masks {
    /// The masks of `words` (always inlined: they fold to constants where
    /// `words` is one).
    #[inline(always)]
    const fn of(words: &[&str]) -> Masks {
        let (mut lengths, mut firsts, mut lasts, mut longest) = (0, 0, 0, 0);
        let mut k = 0;
        while k < words.len() {
            let x = words[k].as_bytes();
            lengths |= length_bit(x.len());
            firsts |= end_bit(x.first());
            lasts |= end_bit(x.last());
            if x.len() > longest {
                longest = x.len();
            }
            k += 1;
        }
        Masks {
            lengths,
            firsts,
            lasts,
            longest,
        }
    }

    /// Whether `w` passes the masks (its length's bit as [`length_bit`]).
    #[inline(always)]
    fn admit(&self, w: &[u8]) -> bool {
        self.lengths & 1 << w.len().min(31) != 0
            && self.firsts & end_bit(w.first()) != 0
            && self.lasts & end_bit(w.last()) != 0
    }
}

/// The masks by length of a [`WordList::new`]: for each length up to 16,
/// the [`end_bit`]s of the first and of the last bytes of the words of
/// that length, and bit `k` set when word `k` has that length (no word is
/// empty: the masks of length 0 are 0).
struct LengthIndex {
    firsts: [u32; 17],
    lasts: [u32; 17],
    words: [u64; 17],
}

/// Bit 5 of every byte: set in a byte, it lowercases an ASCII capital and
/// keeps a lowercase letter; a byte it makes a given lowercase letter was
/// that letter or its capital (a byte past ASCII stays past it).
const FOLD: u64 = 0x2020_2020_2020_2020;

/// The bytes `w` (1 to 16 of them) as a [`WordList`]'s keys hold its
/// words: the first eight and the last eight bytes (the first eight alone
/// for a word of at most eight, and 0), each packed as
/// `segment::packed_prefix` packs them, with [`FOLD`] set. Two words of
/// the same length have the same halves exactly when they are equal with
/// the bytes of one folded to bit 5 set, which for a word of lowercase
/// letters is `eq_ignore_ascii_case`.
#[inline(always)]
fn folded_halves(w: &[u8]) -> [u64; 2] {
    use crate::text::segment::pack_short_word;
    let n = w.len();
    let lo = pack_short_word(w.get(..8).unwrap_or(w));
    let hi = if n > 8 {
        pack_short_word(w.get(n - 8..).unwrap_or(w))
    } else {
        0
    };
    [lo | FOLD, hi | FOLD]
}

/// The bit of a length in a length mask (lengths from 31 on share bit 31).
#[inline(always)]
const fn length_bit(n: usize) -> u32 {
    1 << if n < 31 { n } else { 31 }
}

/// The bit of a word's first or last byte in a word list's masks: bit
/// `c & 31`, the same for the two cases of an ASCII letter (bytes alike in
/// their low five bits share it, which lets through only words the
/// compare then rejects); bit 0 for no byte.
#[inline(always)]
const fn end_bit(b: Option<&u8>) -> u32 {
    1 << match b {
        Some(&c) => c & 31,
        None => 0,
    }
}

impl WordList {
    /// Whether the bytes `w` are one of `words`, a list of a few words
    /// given in line, ASCII case ignored: the list's [`Masks`], then the
    /// words in turn (always inlined: the masks fold to constants where
    /// `words` is one; the loop is one copy, out of line).
    #[inline(always)]
    fn plain_has(words: &[&str], w: &[u8]) -> bool {
        Masks::of(words).admit(w)
            // Length first: most entries differ there.
            && words
                .iter()
                .any(|x| x.len() == w.len() && x.as_bytes().eq_ignore_ascii_case(w))
    }

    /// The list of `words`, at most 64 of 1 to 16 lowercase ASCII letters,
    /// with its masks by length and its words packed (checked when the
    /// constant is built).
    const fn new(words: &'static [&'static str]) -> WordList {
        assert!(words.len() <= 64);
        let mut index = LengthIndex {
            firsts: [0; 17],
            lasts: [0; 17],
            words: [0; 17],
        };
        let mut keys = [[0; 2]; 64];
        let mut k = 0;
        while k < words.len() {
            let x = words[k].as_bytes();
            assert!(!x.is_empty() && x.len() <= 16);
            // (Letters only: `folded_halves` folds case by setting bit 5,
            // which is exact only against a lowercase letter.)
            let mut i = 0;
            while i < x.len() {
                assert!(x[i].is_ascii_lowercase(), "a word not of lowercase letters");
                i += 1;
            }
            index.firsts[x.len()] |= end_bit(x.first());
            index.lasts[x.len()] |= end_bit(x.last());
            index.words[x.len()] |= 1 << k;
            let n = x.len();
            let lo = crate::text::segment::packed_prefix(x, false);
            let hi = if n > 8 {
                crate::text::segment::packed_prefix(x.split_at(n - 8).1, false)
            } else {
                0
            };
            keys[k] = [lo | FOLD, hi | FOLD];
            k += 1;
        }
        WordList {
            #[cfg(test)]
            words,
            masks: Masks::of(words),
            index,
            keys,
        }
    }

    /// `self.has(first_word(t))` for `t` the slice `text[a..a + t.len()]`:
    /// [`WordList::first_word_bit_at`]'s bit not 0.
    #[inline(always)]
    fn has_first_word_at(&self, text: &str, a: usize, t: &str) -> bool {
        self.first_word_bit_at(text, a, t).0 != 0
    }

    /// The first word of `t` (`first_word(t)`), for `t` the slice
    /// `text[a..a + t.len()]`, as a word of the list: its bit (bit `k`
    /// for word `k`, as [`WordList::bit_of_bytes`]; 0 for none) and its
    /// end in `t`. After the first byte's test, when the sixteen bytes of
    /// `text` from `a` are there and the longest word has at most fifteen
    /// bytes, the word's end is the lowest bit of the mask of their white
    /// space, their bytes past ASCII and `t`'s end ([`first_masks16`]),
    /// not the byte loop's exit, which the word's length decides (some
    /// 20 K mispredicts a pass in `determiner_fragment` and
    /// `is_anonymity_request`); else by [`first_word`].
    #[inline(always)]
    fn first_word_bit_at(&self, text: &str, a: usize, t: &str) -> (u64, usize) {
        debug_assert_eq!(text.get(a..a + t.len()), Some(t));
        // (The general test, and the word's end in `t` when it is one of
        // the words: then `first_word` gave a slice of `t`, not the empty
        // string of no word.)
        let general = || {
            let w = first_word(t);
            let bit = self.bit_of_bytes(w.as_bytes());
            let end = if bit == 0 {
                0
            } else {
                w.as_ptr() as usize - t.as_ptr() as usize + w.len()
            };
            (bit, end)
        };
        let b = t.as_bytes();
        match b.first() {
            Some(&c) if c > b' ' && c < 0x80 => {
                if self.masks.firsts & end_bit(Some(&c)) == 0 {
                    return (0, 0);
                }
                let Some(m) = first_masks16(text.as_bytes(), a).filter(|_| self.masks.longest < 16)
                else {
                    return general();
                };
                let k = (m.space | m.high | 1 << b.len().min(16)).trailing_zeros();
                if k as usize > self.masks.longest {
                    // No word end within the longest word's length.
                    return (0, 0);
                }
                if m.high >> k & 1 != 0 {
                    return general();
                }
                // (A `match`, not `map_or`: the lookup stays in line.)
                let bit = match b.get(..k as usize) {
                    Some(w) => self.bit_of_bytes(w),
                    None => 0,
                };
                (bit, k as usize)
            }
            _ => general(),
        }
    }

    /// Whether a word of the list may start with the printable ASCII byte
    /// `c` (the test of [`WordList::has_first_word_at`]'s first byte: when
    /// it fails, no first word of a text that opens with `c` is one).
    #[inline(always)]
    fn may_start_with(&self, c: u8) -> bool {
        self.masks.firsts & end_bit(Some(&c)) != 0
    }

    /// Whether `w` is one of the words, in any case.
    #[inline(always)]
    fn has(&self, w: &str) -> bool {
        self.has_bytes(w.as_bytes())
    }

    /// Whether the bytes `w` are one of the words, ASCII case ignored
    /// ([`WordList::bit_of_bytes`] not 0).
    #[inline(always)]
    fn has_bytes(&self, w: &[u8]) -> bool {
        self.bit_of_bytes(w) != 0
    }

    /// The bit of the word that the bytes `w` are, ASCII case ignored (bit
    /// `k` for word `k`), or 0 for none: the masks of `w`'s length, then
    /// the words of that length, compared as two numbers each
    /// ([`folded_halves`]; `eq_ignore_ascii_case` byte by byte cost the
    /// draft filters about 0.5 M instructions a pass and its loop's exits
    /// some 16 K mispredicts).
    #[inline(always)]
    fn bit_of_bytes(&self, w: &[u8]) -> u64 {
        let of_length = |masks: &[u32; 17]| masks.get(w.len()).copied().unwrap_or(0);
        if of_length(&self.index.firsts) & end_bit(w.first()) == 0
            || of_length(&self.index.lasts) & end_bit(w.last()) == 0
        {
            return 0;
        }
        // (The words of `w`'s length: `w` has 1 to 16 bytes, as no word
        // has another length.)
        let mut m = self.index.words.get(w.len()).copied().unwrap_or(0);
        let [lo, hi] = folded_halves(w);
        let mut bit = 0;
        while m != 0 && bit == 0 {
            let k = m.trailing_zeros();
            let [a, b] = self.keys[k as usize];
            bit = u64::from((a ^ lo) | (b ^ hi) == 0) << k;
            m &= m - 1;
        }
        bit
    }
}

/// The last two bytes of the words of a list, as a table: for the low
/// five bits of a last byte (as [`end_bit`]), the bits of the low five
/// bits of the bytes that come before it in a word. The bytes of a word
/// of the list in any ASCII case pass ([`EndPairs::admit`]); so do some
/// others, which share their low five bits with them. A test before a
/// word is cut out of a text: the last two bytes of the text are those
/// of its last word when that word has two bytes or more.
struct EndPairs([u32; 32]);

impl EndPairs {
    /// The pairs of `words`, each of two lowercase ASCII letters or more
    /// (checked when the constant is built).
    const fn new(words: &[&str]) -> EndPairs {
        let mut pairs = [0; 32];
        let mut k = 0;
        while k < words.len() {
            let x = words[k].as_bytes();
            assert!(x.len() >= 2);
            let (p, c) = (x[x.len() - 2], x[x.len() - 1]);
            assert!(p.is_ascii_lowercase() && c.is_ascii_lowercase());
            pairs[(c & 31) as usize] |= end_bit(Some(&p));
            k += 1;
        }
        EndPairs(pairs)
    }

    /// Whether the bytes `p` and then `c` may end a word of the list: false
    /// only when they end none of them, in any ASCII case.
    #[inline(always)]
    fn admit(&self, p: u8, c: u8) -> bool {
        self.0[usize::from(c & 31)] & end_bit(Some(&p)) != 0
    }
}

/// A `sent::Words` list made by [`WordList::new`]: a
/// constant with the masks of the first and last bytes of its words by
/// length, tested by `WordList::has_bytes` in line. For the longer lists
/// of `Sent::is_in` that common words pass the list-wide masks of (which
/// `WordList::plain_has` then compares with every word of the list, out of
/// line).
impl sent::Words for &WordList {
    #[inline(always)]
    fn has(&self, s: &Sent, i: usize) -> bool {
        // Bytes, not `w(i)`: no character-boundary checks.
        let t = s.toks[i];
        self.has_bytes(&s.text.as_bytes()[t.start..t.end])
    }
}

/// A `WordList` of at most eight words of ASCII letters, each of at most
/// eight bytes, with the words packed (`segment::packed_prefix`,
/// lowercase): a word that passes the list-wide masks
/// (`WordList::plain_has`'s first test) is packed and compared with the
/// packed words, constants at each site, in line, where `plain_has`
/// compares it with the words in a loop out of line. For the short lists
/// of `Sent::is_in` whose masks common words pass (those of "which, what,
/// than, whom, who" let "that" and "with" through).
struct ShortWords {
    /// The list-wide masks of the words.
    masks: Masks,
    /// The packed words, then `u64::MAX`, which no token's key in
    /// `has_at` equals: a key of fewer than eight bytes has a zero top
    /// byte, and one of eight would need every byte 0xdf or 0xff (0xff once
    /// bit 5 is set), but the list-wide masks turn away a token opening
    /// with either (their low five bits, 31, are no letter's).
    packed: [u64; 8],
}

impl ShortWords {
    /// The list of `words` (checked when the constant is built).
    const fn new(words: &'static [&'static str]) -> ShortWords {
        assert!(words.len() <= 8);
        let mut packed = [u64::MAX; 8];
        let mut k = 0;
        while k < words.len() {
            let w = words[k].as_bytes();
            assert!(!w.is_empty() && w.len() <= 8);
            let mut i = 0;
            while i < w.len() {
                assert!(w[i].is_ascii_alphabetic());
                i += 1;
            }
            packed[k] = crate::text::segment::packed_prefix(w, true);
            k += 1;
        }
        ShortWords {
            masks: Masks::of(words),
            packed,
        }
    }

    /// Whether `text[a..b]` is one of the words, ASCII case ignored: the
    /// list-wide masks, then the bytes packed as `packed_prefix` packs them
    /// (eight read at once when the text has them, the bytes past `b`
    /// masked off) with bit 5 set in each, compared with the packed words:
    /// a byte with bit 5 set is a given lowercase letter only when it was
    /// that letter or its capital, and a word of another length differs in
    /// its padding.
    #[inline(always)]
    fn has_at(&self, text: &[u8], a: usize, b: usize) -> bool {
        let w = &text[a..b];
        if !self.masks.admit(w) {
            return false;
        }
        // The low `n` bytes (the masks admit no word of more than eight
        // bytes, nor an empty one).
        let n = w.len().min(8);
        let low = (u128::from(u64::MAX) >> (64 - 8 * n)) as u64;
        let k = match text.get(a..a + 8) {
            Some(x) => u64::from_le_bytes([x[0], x[1], x[2], x[3], x[4], x[5], x[6], x[7]]),
            None => crate::text::segment::packed_prefix(w, false),
        };
        let k = (k | FOLD) & low;
        self.packed.iter().fold(false, |found, &p| found | (p == k))
    }
}

impl sent::Words for &ShortWords {
    #[inline(always)]
    fn has(&self, s: &Sent, i: usize) -> bool {
        let t = s.toks[i];
        self.has_at(s.text.as_bytes(), t.start, t.end)
    }
}

/// The draft before a cue of the sentence whose speaker the cue may share
/// (a participle after a comma, a coordinated verb): the last draft, unless
/// its speaker lies inside the content of an earlier draft that ends before
/// the cue ("Trump announced that he filed his statement, saying ...": the
/// participle is Trump's, not that of the nested "he filed"). Only the last
/// nine drafts of the sentence are looked at. A draft whose speaker is
/// an agent, not the subject of its clause ("He was praised by Democrats",
/// "The mayor drew criticism from the union"), is passed over: a
/// participle after it ("..., saying ...") is the subject's.
fn outer_prev(sent: &[Draft], cue_start: usize) -> Option<&Draft> {
    let lo = sent.len().saturating_sub(9);
    let mut i = (lo..sent.len())
        .rev()
        .find(|&k| !matches!(sent[k].rule, "passive-by" | "received-from"))?;
    while let Some(sp) = sent[i].speaker {
        // Only an earlier draft: the walk cannot turn back.
        let outer = (lo..i).rev().find(|&k| {
            let e = &sent[k];
            let inner = sent[i].content;
            // Not when each holds the other's speaker (a content running
            // over the next attribution: "X intends ..., Y said, adding").
            e.speaker
                .is_some_and(|o| !(inner.0 <= o.0 && o.1 <= inner.1))
                && e.content.0 <= sp.0
                && sp.1 <= e.content.1
                && e.content.1 <= cue_start
        });
        match outer {
            Some(k) => i = k,
            None => break,
        }
    }
    Some(&sent[i])
}

/// `t.split_whitespace().next().unwrap_or("")`, the first word of `t`.
///
/// The filters of `Extractor::sentence` ask for the first word of a
/// speaker or a content for every draft, and most reject the draft on it;
/// the standard split decodes and classifies every character. Here the
/// bytes are read while they are ASCII (where only six bytes are
/// whitespace); at the first byte past ASCII the standard split takes over
/// from the word's start, so the result is the same for any text.
#[inline]
fn first_word(t: &str) -> &str {
    let b = t.as_bytes();
    let mut i = 0;
    while i < b.len() && ascii_space(b[i]) {
        i += 1;
    }
    let mut j = i;
    // (Eight bytes at a time while all are printable ASCII, above the
    // space and below 0x80: the bit of the first other byte is the lowest
    // set, as a borrow of the subtraction starts only at such a byte.)
    const L: u64 = 0x0101_0101_0101_0101;
    const H: u64 = 0x8080_8080_8080_8080;
    while let Some(w) = b.get(j..j + 8) {
        let x = u64::from_le_bytes(w.try_into().expect("eight bytes"));
        let stop = (x.wrapping_sub(L * 0x21) & !x | x) & H;
        if stop != 0 {
            j += (stop.trailing_zeros() / 8) as usize;
            break;
        }
        j += 8;
    }
    while j < b.len() && !ascii_space(b[j]) {
        if b[j] >= 0x80 {
            // (Only ASCII before `i`: a character boundary.)
            return t[i..].split_whitespace().next().unwrap_or("");
        }
        j += 1;
    }
    &t[i..j]
}

/// `text[a..b].bytes().rposition(|c| c == byte)` (for `a <= b <= text.len()`
/// and an ASCII `byte`), from the masks of the blocks of sixteen bytes of
/// `text` that end at `b`, `b - 16`, ... (`bytes_among16`), back to the
/// block that holds the last such byte or the slice's start; by the byte
/// loop only for the bytes of the slice among the text's first sixteen. A
/// speaker phrase is short, and the loop's exit, which the byte's place
/// decides, mispredicted; the loop over the whole slice past its last
/// sixteen bytes (some 950 speakers a pass, 29 bytes each, in
/// `passive_cue`) cost 0.17 M instructions a pass.
#[inline(always)]
fn rposition_in(text: &str, a: usize, b: usize, byte: u8) -> Option<usize> {
    debug_assert!(byte.is_ascii() && a <= b && b <= text.len());
    let mut e = b;
    while let Some(block) = block16_ending_at(text.as_bytes(), e) {
        // (Bit `k` for byte `e - 16 + k`: the slice's last `len` up to `e`.)
        let len = e.saturating_sub(a);
        let inside = 0xffff_u32 << (16 - len.min(16)) & 0xffff;
        let m = u32::from(crate::text::bytes_among16(block, &[byte])) & inside;
        if m != 0 {
            // (The last one, at `e - 16 + k`: `len + k - 16` past `a`,
            // not below 0 as the byte is inside.)
            let k = 31 - m.leading_zeros() as usize;
            return Some(len + k - 16);
        }
        if len <= 16 {
            return None;
        }
        e -= 16;
    }
    text.as_bytes().get(a..e)?.iter().rposition(|&c| c == byte)
}

/// The masks of [`first_masks16`]: bit `k` for byte `a + k`.
#[derive(Clone, Copy)]
struct FirstMasks {
    /// ASCII white space (`ascii_space`).
    space: u32,
    /// Bytes past ASCII.
    high: u32,
}

/// The masks of the sixteen bytes of `t` from `a` (SSE2 on x86-64;
/// elsewhere never): `None` when `t` has fewer than sixteen bytes there.
/// For [`WordList::first_word_bit_at`] and [`second_of_two_words_at`].
#[inline(always)]
fn first_masks16(t: &[u8], a: usize) -> Option<FirstMasks> {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::{
            _mm_add_epi8, _mm_cmpeq_epi8, _mm_cmplt_epi8, _mm_loadu_si128, _mm_movemask_epi8,
            _mm_or_si128, _mm_set1_epi8,
        };
        let block: &[u8; 16] = t.get(a..a.checked_add(16)?)?.try_into().ok()?;
        // SAFETY: SSE2 is always available on x86-64; the load reads the
        // sixteen bytes of `block` (unaligned).
        unsafe {
            let x = _mm_loadu_si128(block.as_ptr().cast());
            // `ascii_space`: the space, or 9 to 13 (moved to -128..-124
            // by adding 0x77, the only bytes that go below -123).
            let controls =
                _mm_cmplt_epi8(_mm_add_epi8(x, _mm_set1_epi8(0x77)), _mm_set1_epi8(-123));
            let spaces = _mm_cmpeq_epi8(x, _mm_set1_epi8(b' ' as i8));
            Some(FirstMasks {
                space: _mm_movemask_epi8(_mm_or_si128(spaces, controls)) as u32,
                // (A byte past ASCII has its top bit set.)
                high: _mm_movemask_epi8(x) as u32,
            })
        }
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        let _ = (t, a);
        None
    }
}

/// `t.split(' ').next()`: `t` up to its first space (by
/// [`crate::text::split_byte`]'s byte loop: the filters ask this of cue
/// words and speakers, which are short, where the standard split sets up a
/// `memchr` search).
#[inline]
fn to_space(t: &str) -> &str {
    crate::text::split_byte(t, b' ').next().unwrap_or(t)
}

/// `t.rsplit(' ').next()`: `t` after its last space (as [`to_space`]).
/// When one of the last sixteen bytes is a space, from their mask
/// ([`spaces_of_last16`]): `quoted_title` asks this of the forty bytes
/// before every direct quote, where the byte loop's exit at the last
/// word's start followed the text.
#[inline]
fn after_space(t: &str) -> &str {
    if let Some(m) = spaces_of_last16(t.as_bytes()) {
        if m != 0 {
            // (The last space: byte `len - 16 + h` for the mask's highest
            // bit `h`; an ASCII byte, so a character boundary after it.)
            let h = 15 - m.leading_zeros() as usize;
            return &t[t.len() - 16 + h + 1..];
        }
    }
    crate::text::split_byte(t, b' ').next_back().unwrap_or(t)
}

/// The speaker span `sp` of a row without a final "'s" that is the
/// contraction of "has": "Trump's told aides ..." (a person's name that
/// the gazetteer knows without the "'s", its canonical name not ending in
/// one, the span a name alone: every word capitalized) is the speaker
/// "Trump"; a company named with the "'s" keeps it ("Moody's said",
/// canonical "Moody's"), and so does a phrase whose "'s" is on another
/// name than the person's, after a lowercase word ("Mark Zandi of Moody's
/// said", canonical "Mark Zandi"). A name the gazetteer does not know
/// keeps it too ("Powell's said").
fn has_clitic_trimmed<'r>(
    text: &str,
    sp: Span,
    names: impl FnOnce() -> (SpeakerType, Option<&'r str>),
) -> Span {
    let (a, b) = sp;
    let w = &text.as_bytes()[a..b];
    // (The bytes first: most speakers end in no "'s", and the names are
    // looked up only for those that do.)
    let clitic = if w.ends_with(b"'s") {
        2
    } else if w.ends_with("\u{2019}s".as_bytes()) {
        4
    } else {
        return sp;
    };
    match names() {
        (SpeakerType::Person, Some(c))
            if b - a > clitic
                && !c.ends_with("'s")
                && !c.ends_with("\u{2019}s")
                && text[a..b - clitic]
                    .split(' ')
                    .all(|w| !w.starts_with(|ch: char| ch.is_lowercase())) =>
        {
            (a, b - clitic)
        }
        _ => sp,
    }
}

/// `&text[a..b]`, its bounds tested with one branch: `a <= b` and both
/// character boundaries (the end, or a byte that continues no character),
/// combined without a branch on the bytes; a failing test takes the
/// slice, which panics as it did. (The slice's own tests branch on each
/// bound, about six branches, some mispredicted in the filters of every
/// draft and in `resolve_one`.) A panic names the caller's line, as the
/// slice's own did.
#[inline(always)]
#[track_caller]
pub(crate) fn slice_of(text: &str, a: usize, b: usize) -> &str {
    let t = text.as_bytes();
    let boundary = |i: usize| t.get(i).map_or(i == t.len(), |&c| (c as i8) >= -0x40);
    if (a <= b) & boundary(a) & boundary(b) {
        // SAFETY: `boundary(b)` holds only for `b <= text.len()`, and
        // `a <= b`; both are character boundaries of `text` (the end, or
        // a byte that is no UTF-8 continuation byte, 0x80..=0xBF, which
        // are the bytes below -0x40 as `i8`).
        unsafe { text.get_unchecked(a..b) }
    } else {
        &text[a..b]
    }
}

/// Whether `text[a..b]` is all spaces (b' ', or empty): false for a
/// range that is no slice of `text` (reversed, past its end or inside a
/// character; no panic). The gap between a speaker and its cue
/// ([`speaker_before_cue`]) is one space nearly always, known by that
/// byte with no slice and no loop, the two tests combined with no branch
/// between them (the first alone mispredicted); else by the bytes.
#[inline(always)]
fn only_spaces(text: &str, a: usize, b: usize) -> bool {
    let one = text.as_bytes().get(a).is_some_and(|&c| c == b' ');
    if (b == a.wrapping_add(1)) & one {
        return true;
    }
    text.get(a..b).is_some_and(|g| g.bytes().all(|c| c == b' '))
}

/// A draft's speaker `sp` and cue `c0..c1` (lemma `ci`), the speaker right
/// before the cue: made only by [`speaker_before_cue`].
#[derive(Clone, Copy, Debug, PartialEq)]
struct Adjacent {
    sp: Span,
    c0: usize,
    c1: usize,
    ci: CueId,
}

/// Draft `d`'s speaker and cue when it has both, the speaker ending
/// before the cue with only spaces between (`text[sp.1..c0]`, often one),
/// and the cue inside `text`: the first test of `singular_before_base`,
/// `naming_participle` and `plural_after_quantifier`, which take its
/// answer, so `dropped_draft` asks it once for the three (each asked it,
/// with the same bounds, from its own copies of the draft's fields).
#[inline(always)]
fn speaker_before_cue(text: &str, d: &Draft) -> Option<Adjacent> {
    let (Some(sp), Some((c0, c1, ci))) = (d.speaker, d.cue) else {
        return None;
    };
    (sp.1 <= c0 && c1 <= text.len() && only_spaces(text, sp.1, c0)).then_some(Adjacent {
        sp,
        c0,
        c1,
        ci,
    })
}

/// The sixteen bytes of `t` that end at `b` (`t[b - 16..b]`), for the
/// masks of a phrase that ends there: `None` when `b` is below sixteen
/// or past the end of `t`.
#[inline(always)]
fn block16_ending_at(t: &[u8], b: usize) -> Option<&[u8; 16]> {
    t.get(..b)?.last_chunk()
}

/// The mask of the spaces among the last sixteen bytes of `t` (bit `k`
/// for byte `t.len() - 16 + k`; `text::bytes_among16`, by SSE2 on
/// x86-64): `None` when `t` is shorter.
#[inline(always)]
fn spaces_of_last16(t: &[u8]) -> Option<u16> {
    Some(crate::text::bytes_among16(t.last_chunk()?, b" "))
}

/// The first piece of `t` split at spaces that is not empty
/// (`t.split(' ').find(|w| !w.is_empty())`), or "" (as [`to_space`]).
#[inline]
fn first_piece(t: &str) -> &str {
    crate::text::split_byte(t, b' ')
        .find(|w| !w.is_empty())
        .unwrap_or("")
}

/// The last piece of `t` split at spaces that is not empty, when there
/// are two such pieces or more (`t.split(' ').filter(|w| !w.is_empty())`,
/// its first taken, then `next_back`): with the spaces at both ends cut,
/// the text after the last space, if any (a space is one byte: the
/// positions are character boundaries).
#[inline]
fn last_of_pieces(t: &str) -> Option<&str> {
    let b = t.as_bytes();
    let e = b.len() - b.iter().rev().take_while(|&&c| c == b' ').count();
    let s = b[..e].iter().take_while(|&&c| c == b' ').count();
    let k = b[s..e].iter().rposition(|&c| c == b' ')?;
    Some(&t[s + k + 1..e])
}

/// [`second_of_two_words`] of `t`, the slice `text[a..a + t.len()]`:
/// when `t` has at most sixteen bytes, all ASCII, and the sixteen bytes
/// of `text` from `a` are there, from the mask of its white space
/// ([`first_masks16`]): the words' first bytes are the bytes of no space
/// after a space or at the start, and with two of them the second word
/// runs from the second to the next space or `t`'s end. The byte loops'
/// exits, which the words' lengths decide, were some 10 K mispredicts a
/// pass in `determiner_fragment`. A longer phrase with three words in
/// its first sixteen bytes has none either.
#[inline(always)]
fn second_of_two_words_at<'t>(text: &str, a: usize, t: &'t str) -> Option<&'t str> {
    debug_assert_eq!(text.get(a..a + t.len()), Some(t));
    let n = t.len();
    let Some(m) = first_masks16(text.as_bytes(), a) else {
        return second_of_two_words(t);
    };
    // (The bits of `t`'s bytes among the sixteen.)
    let inside = (1u32 << n.min(16)) - 1;
    if m.high & inside != 0 {
        return second_of_two_words(t);
    }
    let solid = !m.space & inside;
    let starts = solid & !(solid << 1);
    if n > 16 {
        // A longer phrase: three words in its first sixteen bytes are
        // more than two (a phrase of many words, the byte loop's walk
        // over its first two); else the byte loop decides.
        return if starts.count_ones() > 2 {
            None
        } else {
            second_of_two_words(t)
        };
    }
    if starts.count_ones() != 2 {
        return None;
    }
    let start = (starts & (starts - 1)).trailing_zeros();
    // (Bit `n` is no byte of `t`, so the word ends by it.)
    let end = (!solid & (u32::MAX << start)).trailing_zeros();
    // (Both are ASCII bytes' places or `n`: character boundaries.)
    t.get(start as usize..end as usize)
}

/// The second word of `t` when `t` has two words, split at white space
/// (`t.split_whitespace()` giving two): by bytes when `t` is ASCII (where
/// [`ascii_space`] is the white-space test), else by that split.
#[inline]
fn second_of_two_words(t: &str) -> Option<&str> {
    if !t.is_ascii() {
        let mut words = t.split_whitespace().skip(1);
        return match (words.next(), words.next()) {
            (Some(w), None) => Some(w),
            _ => None,
        };
    }
    let b = t.as_bytes();
    let n = b.len();
    let skip = |mut i: usize, space: bool| {
        while i < n && ascii_space(b[i]) == space {
            i += 1;
        }
        i
    };
    let first = skip(0, true);
    let start = skip(skip(first, false), true);
    let end = skip(start, false);
    (first < start && start < end && skip(end, true) == n).then(|| &t[start..end])
}

#[cfg(test)]
mod tests {
    use super::{
        after_space, first_piece, first_word, is_adverb_speaker, last_clause_word, named_twice,
        to_space, word_counts, QuoteWalk, ADVERB_SPEAKERS,
    };
    use crate::quotes::Quote;

    /// `QuoteWalk::within` as a binary search (the former test of the
    /// sentence gate): whether the bytes `a..b` lie inside the content of
    /// one quote.
    fn within_quote(quotes: &[Quote], a: usize, b: usize) -> bool {
        let k = quotes.partition_point(|q| q.close_end <= a);
        k < quotes.len() && quotes[k].start <= a && b <= quotes[k].end
    }

    /// `QuoteWalk` answers as the binary searches it replaced
    /// (`Sent::in_quote`'s and `within_quote`'s) over slices of quotes in
    /// order (touching or apart, closed or not, empty ones) and positions
    /// asked mostly in order, some again, some back (the walk starts over).
    #[test]
    fn quote_walk_as_binary_search() {
        let mut seed = 0x9E37_79B9_7F4A_7C15u64;
        let mut r = |n: u64| (crate::next_random(&mut seed) % n) as usize;
        let mut inside = 0;
        for _ in 0..3_000 {
            let mut quotes = Vec::new();
            let mut at = r(4);
            for _ in 0..r(9) {
                let open = at + r(3);
                let start = open + 1 + r(2);
                let end = start + r(12);
                let closed = r(3) > 0;
                let close_end = if closed { end + 1 + r(2) } else { end };
                quotes.push(Quote {
                    open,
                    start,
                    end,
                    close_end,
                    closed,
                });
                at = close_end + r(4);
            }
            // Any slice of them (`NearQuotes` gives one to their end).
            let lo = r(quotes.len() as u64 + 1);
            let hi = lo + r((quotes.len() - lo) as u64 + 1);
            let near = &quotes[lo..hi];
            let (mut walk, mut walk2) = (QuoteWalk::default(), QuoteWalk::default());
            let mut p = r(6);
            for _ in 0..r(24) {
                p = match r(8) {
                    0 => r(at as u64 + 8),
                    1 => p,
                    _ => p + r(5),
                };
                let b = p + r(6);
                let k = near.partition_point(|q| q.close_end <= p);
                let want = k < near.len() && near[k].start <= p && p < near[k].end;
                inside += usize::from(want);
                assert_eq!(walk.in_quote(near, p), want, "{near:?} {p}");
                let want = within_quote(near, p, b);
                assert_eq!(walk2.within(near, p, b), want, "{near:?} {p} {b}");
            }
        }
        assert!(inside > 1000, "{inside}");
    }

    /// The insertion sort with its budget sorts as the library's sort:
    /// slices of up to 300 spans nearly in order (a few moved some places),
    /// far from it (past the budget, where the library's sort finishes a
    /// slice half sorted) and in reverse, with repeated spans, sorted as
    /// they are and as indices by their spans alone (`span_key`), which
    /// must come out as by the span and then the index (a stable sort).
    #[test]
    fn nearly_sorted_as_sort_by_key() {
        let mut seed = 0x5027_u64;
        let mut r = |n: u64| crate::next_random(&mut seed) % n.max(1);
        for case in 0..4000 {
            let n = r(if case % 10 == 0 { 300 } else { 40 }) as usize;
            let mut v: Vec<(usize, usize)> = (0..n)
                .map(|i| {
                    let a = i * 3 + r(4) as usize;
                    (a, a + r(3) as usize)
                })
                .collect();
            match case % 4 {
                0 => {}
                1 if n > 0 => {
                    for _ in 0..r(4) {
                        let (i, j) = (r(n as u64) as usize, r(n as u64) as usize);
                        v.swap(i, j);
                    }
                }
                2 => v
                    .iter_mut()
                    .for_each(|s| *s = (r(30) as usize, r(30) as usize)),
                _ => v.reverse(),
            }
            let mut want = v.clone();
            want.sort_unstable();
            let mut got = v.clone();
            super::sort_nearly_sorted_by_key(&mut got, |&s| super::span_key(s));
            assert_eq!(got, want, "{case} {v:?}");
            // Indices in order, sorted by their spans alone (as the rows
            // are): equal spans keep the indices' order, in the insertion
            // sort and past its budget (cases 2 and 3, far from order).
            let mut idx: Vec<usize> = (0..n).collect();
            let mut want: Vec<usize> = idx.clone();
            want.sort_unstable_by_key(|&i| (v[i], i));
            super::sort_nearly_sorted_by_key(&mut idx, |&i| super::span_key(v[i]));
            assert_eq!(idx, want, "{case} {v:?}");
        }
    }

    /// `span_key` orders spans as the pair does, at the offsets' edges
    /// (zero, one, 2^32 either side, `usize::MAX`), where a packing of
    /// fewer bits would let the end spill into the start.
    #[test]
    fn span_key_orders_as_the_pair() {
        let edges = [0, 1, (1 << 32) - 1, 1 << 32, usize::MAX - 1, usize::MAX];
        let spans: Vec<super::Span> = edges
            .iter()
            .flat_map(|&a| edges.iter().map(move |&b| (a, b)))
            .collect();
        for &x in &spans {
            for &y in &spans {
                let (kx, ky) = (super::span_key(x), super::span_key(y));
                assert_eq!(kx.cmp(&ky), x.cmp(&y), "{x:?} {y:?}");
            }
        }
    }

    /// `dedupe`'s table of first drafts by content answers as a hash map
    /// of the first index entered for each content, over documents of up
    /// to 700 drafts (the same array kept across them, as `DocBufs` keeps
    /// it) whose contents repeat often, are far apart or share a start.
    #[test]
    fn content_table_as_hash_map() {
        let mut seed = 0xc0de_u64;
        let mut r = |n: u64| crate::next_random(&mut seed) % n;
        let mut table = super::ContentTable::default();
        for doc in 0..3000 {
            let n = if doc % 50 == 0 { r(700) } else { r(40) } as usize;
            let spread = 1 + r(3 * n as u64 + 2);
            let far = r(4) == 0;
            let span = |r: &mut dyn FnMut(u64) -> u64| {
                let a = r(spread) as usize * if far { 1 << 33 } else { 7 };
                (a, a + r(3) as usize)
            };
            table.reset(n);
            let mut plain = std::collections::HashMap::new();
            // The contents entered so far, by index (`dedupe` reads them
            // from its drafts).
            let mut contents = Vec::with_capacity(n);
            for i in 0..n {
                let c = span(&mut r);
                let want = plain.get(&c).copied();
                plain.entry(c).or_insert(i);
                contents.push(c);
                let got = table.first_or_insert(c, i, |j| contents[j]);
                assert_eq!(got, want, "{doc} {i} {c:?}");
            }
            for _ in 0..n + 5 {
                let c = span(&mut r);
                let got = table.get(c, |j| contents[j]);
                assert_eq!(got, plain.get(&c).copied(), "{doc} {c:?}");
            }
        }
    }

    /// The sentence loop's count of quotes closed by a sentence's start
    /// (`NearQuotes::lo`, which the rules' `Ctx` walks from) is the
    /// binary search over the document's quotes, for every sentence of
    /// the rules' real texts in order, and the quotes given are those from
    /// it on. Over them, `QuoteWalk` answers for every position of the
    /// sentence, and every span of it from a token's start, as the binary
    /// searches over all the document's quotes (`Sent::in_quote`,
    /// `within_quote`): the walk needs no bound at the sentence's end, and
    /// no position before the first quote's content is in a quote.
    #[test]
    fn near_quotes_lo_as_by_search() {
        let lx = crate::lexicon::Lexicon::default_data().unwrap();
        let (mut asked, mut inside) = (0, 0);
        for text in crate::attribution::rules::real_texts() {
            let mut near = super::NearQuotes::default();
            crate::attribution::rules::for_each_sentence(&text, &lx, |s, quotes, span| {
                let got = near.of(quotes, span);
                assert_eq!(
                    near.lo,
                    quotes.partition_point(|q| q.close_end <= span.0),
                    "{text:?} {span:?}"
                );
                assert_eq!(got, &quotes[near.lo..]);
                let mut walk = QuoteWalk::default();
                // (The cue loop asks no walk before the first quote's
                // content: `Extractor::sentence`.)
                let quotes_from = got.first().map_or(usize::MAX, |q| q.start);
                for p in span.0..=span.1 {
                    let k = quotes.partition_point(|q| q.close_end <= p);
                    let want = k < quotes.len() && quotes[k].start <= p && p < quotes[k].end;
                    assert!(p >= quotes_from || !want, "{text:?} {span:?} {p}");
                    inside += usize::from(want);
                    assert_eq!(walk.in_quote(got, p), want, "{text:?} {span:?} {p}");
                }
                let mut walk = QuoteWalk::default();
                for t in &s.toks {
                    for b in [t.end, (t.end + 9).min(span.1), span.1] {
                        let want = within_quote(quotes, t.start, b);
                        assert_eq!(walk.within(got, t.start, b), want, "{text:?} {t:?} {b}");
                    }
                }
                asked += 1;
            });
        }
        assert!(asked > 1000 && inside > 1000, "{asked} {inside}");
    }

    #[test]
    fn token_end_walk_agrees_with_the_search() {
        for text in [
            "",
            "He said.",
            "  “Yes,” Trump’s aide, Ana-María López, said: it's 2,000 U.S. troops — not 9/11!  ",
            "Officials said (AP) that élan \u{a0}works\u{2009}too",
        ] {
            let s = super::Sent::new(text, (0, text.len()));
            for start in 0..=text.len() {
                for end in 0..=text.len() + 1 {
                    let a = s.tok_at(start);
                    assert_eq!(
                        super::tok_end(&s, (start, end), a),
                        s.tok_before(end),
                        "{text:?} {start} {end}"
                    );
                }
            }
        }
    }

    /// `agency_dateline_end` as it was: the "(" found first, then the
    /// place before it tested.
    fn agency_dateline_end_plain(s: &super::Sent) -> usize {
        use crate::text::segment::TokKind;
        let n = s.len();
        let bytes = s.text.as_bytes();
        let Some(open) = s.toks[..n.min(10)]
            .iter()
            .skip(1)
            .position(|t| t.kind == TokKind::Punct && bytes[t.start..t.end] == *b"(")
            .map(|k| k + 1)
        else {
            return 0;
        };
        const AGENCIES: &[&str] = &[
            "PTI", "IANS", "ANI", "UNI", "APP", "AP", "AFP", "Reuters", "UPI", "AAP", "CP",
            "Xinhua", "Bernama", "Yonhap", "Kyodo", "dpa", "DPA", "ANSA", "EFE",
        ];
        let agency = open + 2 < n
            && s.is_p(open + 2, ")")
            && s.is_word(open + 1)
            && AGENCIES.contains(&s.w(open + 1));
        let place = (0..open).all(|i| {
            s.is_cap(i) || i > 0 && (s.is_p(i, ",") || s.is_p(i, ".")) || super::day_number(s, i)
        });
        let dateline = (0..open).any(|i| s.is_p(i, ","))
            || (0..open).all(|i| !s.w(i).chars().any(char::is_lowercase));
        if agency && place && dateline && open + 3 < n && s.is_cap(open + 3) {
            open + 3
        } else {
            0
        }
    }

    /// `dateline_end`'s test of the second token agrees with the
    /// scans, for every line of the rules' real texts and the text from
    /// every word and mark of them on, and for datelines of all kinds.
    #[test]
    fn dateline_end_as_by_the_scans() {
        let mut texts = crate::attribution::rules::real_texts();
        texts.extend(
            [
                "WASHINGTON (AP) — He said it.",
                "NEW DELHI, Mar 3 (PTI) The minister said it.",
                "New Delhi, Mar 3 (PTI) The minister said it.",
                "Paris (AFP) The minister said it.",
                "(Reuters) - He said.",
                "MOSCOW - Officials said.",
                "Xinhua said so. iPhone users said. eBay (AP) The firm said.",
                "MÜNCHEN — Er sagte. Élan said. ÉLAN — He said. The 3 said. A b c.",
                "LONDON 12 (Reuters) Officials said. SAN JOSE, Calif., March 4 (Reuters) - It",
                "(AP) Officials said. (Reuters) said. AUSTIN said. AUSTIN, Texas — It",
                // (The agency's "(" as the tenth token and the eleventh:
                // the last that `paren_in_head` must see, and one past.)
                "A B C D E F G H I (PTI) The minister said.",
                "A B C D E F G H I J (PTI) The minister said.",
                "ÉL (AP) The minister said. Él (AP) The minister said. U.S. (AP) It said.",
                // (A place token that is no capital: a day number.)
                "8 (PTI) The minister said.",
                // (A word in capitals of two bytes, the shortest
                // `caps_word_may` lets through, with no "(" after it.)
                "UN — Officials said. DC, Jan. 5 — It said. UK - He said.",
            ]
            .map(String::from),
        );
        let (mut fast, mut hits, mut skipped) = (0, 0, 0);
        for text in &texts {
            let mut starts = vec![0];
            for (i, c) in text.char_indices() {
                if !c.is_alphanumeric() {
                    starts.push(i + c.len_utf8());
                }
            }
            for &a in &starts {
                let e = text[a..].find('\n').map_or(text.len(), |k| a + k);
                let s = super::Sent::new(text, (a, e));
                let plain = super::dateline_end_scan(&s);
                assert_eq!(super::dateline_end(&s), plain, "{:?}", &text[a..e]);
                hits += usize::from(plain > 0);
                fast +=
                    usize::from(s.is_word(1) && s.bytes(1)[0].is_ascii_lowercase() && !s.is_cap(1));
                skipped += usize::from(!super::caps_word_may(&s) && !super::paren_in_head(&s));
            }
        }
        assert!(
            hits >= 8 && fast >= 100 && skipped >= 100,
            "{hits} {fast} {skipped}"
        );
    }

    /// `day_number` by the token's bytes is the test by its text, for
    /// every token of the rules' real texts and of digits, letters and
    /// marks past ASCII.
    #[test]
    fn day_number_by_bytes_agrees_with_the_text() {
        let mut texts = crate::attribution::rules::real_texts();
        texts.push("Dec. 8 12 123 1a ٣ ٣٣ ²  0 00 x9 Mar 31 (AP) é1".to_string());
        let mut hits = 0;
        for text in &texts {
            let s = super::Sent::new(text, (0, text.len()));
            for i in 0..s.len() + 2 {
                let plain =
                    s.is_word(i) && s.w(i).len() <= 2 && s.w(i).chars().all(|c| c.is_ascii_digit());
                assert_eq!(super::day_number(&s, i), plain, "{i} {text:?}");
                hits += usize::from(plain);
            }
        }
        assert!(hits >= 3, "{hits}");
    }

    #[test]
    fn agency_dateline_by_one_scan_agrees_with_the_plain_one() {
        let mut texts = crate::attribution::rules::real_texts();
        texts.extend(
            [
                "NEW DELHI, Mar 3 (PTI) The minister said it.",
                "New Delhi, Mar 3 (PTI) The minister said it.",
                "NEW DELHI (IANS) Police said so.",
                "ORLANDO, Fla. (Reuters) - He said.",
                "The Democratic National Committee (AP) said it.",
                "WASHINGTON, Dec. 8 (UPI) Officials said.",
                "(AP) Officials said.",
                "A (AP) B",
                "Paris (AFP) (AFP) X y",
                "LONDON 12 (Reuters) Officials",
                "SAN JOSE, Calif., March 4 (Reuters) The",
            ]
            .map(String::from),
        );
        let mut hits = 0;
        for text in &texts {
            // Every line, and the text from each stop on.
            let mut starts = vec![0];
            for (i, c) in text.char_indices() {
                if matches!(c, '.' | '\n') {
                    starts.push(i + 1);
                }
            }
            for &a in &starts {
                let e = text[a..].find('\n').map_or(text.len(), |k| a + k);
                let s = super::Sent::new(text, (a, e));
                let plain = agency_dateline_end_plain(&s);
                assert_eq!(super::agency_dateline_end(&s), plain, "{:?}", &text[a..e]);
                hits += usize::from(plain > 0);
            }
        }
        assert!(hits >= 6, "{hits}");
    }

    #[test]
    fn caps_word_bytes_agree_with_the_characters() {
        let text =
            "WASHINGTON The NEW DELHI, Calif. (AP) — U.S. A 9/11 ÉLAN Élan éLAN X1 XX MÜNCHEN \
                    ΑΘΗΝΑ Αθήνα 2015 I'M O'NEIL DE-ESCALATE ǅ ǈx";
        let s = super::Sent::new(text, (0, text.len()));
        for i in 0..s.len() {
            let plain = s.is_word(i) && super::caps_chars(s.w(i));
            assert_eq!(super::caps_word(&s, i), plain, "{:?}", s.w(i));
        }
    }

    /// `rules::poll_in` searches for a poll word only in a sentence opening
    /// with "in" after its dateline: it finds nothing in another, and finds
    /// the poll in one that does.
    #[test]
    fn poll_in_reads_only_a_sentence_opening_with_in() {
        let lx = crate::lexicon::Lexicon::default_data().unwrap();
        for (text, opens) in [
            (
                "In a new CNN poll, Clinton leads Trump by six points.",
                true,
            ),
            (
                "WASHINGTON (AP) — In the latest survey, 31 percent back the plan.",
                true,
            ),
            (
                "in a Quinnipiac poll released Monday, Sanders leads Clinton by four.",
                true,
            ),
            (
                "The poll, released Monday, shows Clinton ahead by six.",
                false,
            ),
            (
                "Overall, in a new CNN poll, Clinton leads Trump by six.",
                false,
            ),
            (
                "Polls show that, in a new survey, Clinton leads Trump by six.",
                false,
            ),
            (
                "Pollsters in the survey, Clinton leads Trump by six points.",
                false,
            ),
        ] {
            let s = super::Sent::new(text, (0, text.len()));
            let lo = super::dateline_end(&s);
            assert_eq!(s.is_in(lo, super::sent::words::W_IN), opens, "{text}");
            let ctx = super::rules::Ctx::new(&s, &lx, &[], lo);
            let mut drafts = Vec::new();
            super::rules::poll_in(&ctx, &mut drafts);
            assert_eq!(!drafts.is_empty(), opens, "{text}");
        }
    }

    #[test]
    fn a_scratch_kept_from_document_to_document_gives_the_same_rows() {
        let ex = super::Extractor::with_default_data().unwrap();
        let para = |i: usize| {
            format!(
                "\"We will win this,\" Senator Ann Lee said on day {i}. \"We will win this,\" she \
                 said again.\n\n\"The vote is close. It will be close until the end.\n\n\"But we \
                 are ready,\" she added. Officials said the count would take a week."
            )
        };
        let docs: Vec<crate::Document> = [1, 3, 40, 2, 0, 7]
            .iter()
            .enumerate()
            .map(|(k, &n)| crate::Document {
                id: format!("d{k}"),
                text: (0..n).map(para).collect::<Vec<_>>().join("\n\n"),
                date: None,
                title: None,
            })
            .collect();
        let rows = |d: &crate::Document, scratch: &mut super::Scratch| {
            let mut out = Vec::new();
            ex.extract_rows_with(d, scratch, |r| out.push(r.to_attribution()));
            out
        };
        let mut kept = super::Scratch::default();
        for d in docs.iter().chain(docs.iter().rev()) {
            let want = rows(d, &mut super::Scratch::default());
            assert!(d.text.is_empty() || !want.is_empty());
            assert_eq!(rows(d, &mut kept), want, "{}", d.id);
        }
    }

    /// The rows are written into one `Row`, cell by cell: no cell keeps
    /// the value of the row before. Every cell of every row is checked
    /// against the rows written out: rows with a cue and a continuation
    /// with none; direct, indirect, mixed and stance rows; persons, an
    /// organization and states; named speakers with a country, without
    /// one and without a canonical name (last); different lemmas and
    /// classes from row to row; code points before the rows (curly
    /// quotes, "É") and a markup reference ("&amp;", whose content is
    /// decoded and whose offsets are the original text's). A cell written
    /// only under a condition that these rows differ in (a cue, a canonical
    /// name, a country, the kind, the speaker's type) leaves a neighbour's
    /// value in some row here; every row here has a speaker, so a speaker
    /// cell written only when there is one would pass.
    #[test]
    fn rows_written_in_one_row_keep_nothing_of_the_row_before() {
        let ex = super::Extractor::with_default_data().unwrap();
        let text = "\u{201c}We will win this,\u{201d} Senator Ann Lee said on Monday.\n\n\
                    \u{201c}The vote is close.\u{201d}\n\n\
                    Barack Obama said the plan &amp; the bill would work. He told reporters \
                    that it was fair.\n\n\
                    Amnesty International accused the ministers of \u{201c}walking away from \
                    the table.\u{201d}\n\n\
                    \u{c9}mile Durand, a caf\u{e9} owner, warned that prices would rise.\n\n\
                    France urged calm, while Germany and Britain called for talks.\n\n\
                    Officials said the count would take a week.";
        let doc = crate::Document {
            id: "d".into(),
            text: text.into(),
            date: None,
            title: None,
        };
        let mut rows = Vec::new();
        ex.extract_rows(&doc, |r| {
            let o = |c: Option<&str>| c.unwrap_or("-").to_string();
            let n = |c: Option<usize>| c.map_or("-".to_string(), |c| c.to_string());
            rows.push(
                [
                    r.doc_id.to_string(),
                    r.kind.as_str().to_string(),
                    o(r.speaker),
                    o(r.speaker_canonical),
                    r.speaker_type.as_str().to_string(),
                    o(r.speaker_country),
                    o(r.cue),
                    o(r.cue_lemma),
                    o(r.cue_class),
                    r.content.to_string(),
                    r.content_start.to_string(),
                    r.content_end.to_string(),
                    n(r.speaker_start),
                    n(r.speaker_end),
                    r.rule.to_string(),
                ]
                .join("|"),
            )
        });
        let want = [
            "d|direct|Senator Ann Lee|Ann Lee|person|-|said|say|say|We will win this,|1|18|20|35|\
             quote-speaker-cue",
            "d|direct|Senator Ann Lee|Ann Lee|person|-|-|-|-|The vote is close.|54|72|20|35|\
             continuation",
            "d|indirect|Barack Obama|Barack Obama|person|USA|said|say|say|\
             the plan & the bill would work|93|127|75|87|speaker-cue-that",
            "d|indirect|He|Barack Obama|person|USA|told|tell|tell|that it was fair|147|163|129|131|\
             speaker-cue-that",
            "d|mixed|Amnesty International|Amnesty International|organization|ZZ|accused|accuse|\
             accuse|the ministers of \u{201c}walking away from the table.\u{201d}|196|243|166|187|\
             speaker-cue-obj",
            "d|indirect|\u{c9}mile Durand|\u{c9}mile Durand|person|-|warned|warn|warn|\
             that prices would rise|280|302|245|257|speaker-cue-that",
            "d|stance|France|France|state|FRA|urged|urge|urge|calm|318|322|305|311|speaker-cue-obj",
            "d|stance|Britain|United Kingdom|state|GBR|called for|call for|demand|talks|361|366|\
             342|349|speaker-cue-obj",
            "d|indirect|Officials|-|person|-|said|say|say|the count would take a week|384|411|369|\
             378|speaker-cue-that",
        ];
        assert_eq!(rows, want);
    }

    /// `dash_bylines` finds the quote opening each paragraph by a walk
    /// with the paragraphs: the same drafts as by `quotes::opening_at`'s
    /// binary search, on the real texts and on texts of quoted paragraphs
    /// with dash bylines on their own line and the next, single marks and
    /// quotes left open.
    #[test]
    fn dash_bylines_by_a_walk_agree_with_the_search() {
        use crate::quotes::opening_at;
        let ex = super::Extractor::with_default_data().unwrap();
        let lx = &ex.lx;
        // `dash_bylines` as it was.
        let plain = |text: &str,
                     paras: &[super::Span],
                     quotes: &[super::Quote],
                     out: &mut Vec<super::Draft>| {
            for &para in paras {
                let Some(q) = opening_at(quotes, para.0) else {
                    continue;
                };
                if !q.closed || q.end <= q.start {
                    continue;
                }
                let rest = text[q.close_end..para.1].trim();
                if rest.len() > 120 || !rest.starts_with(['-', '—', '–']) {
                    continue;
                }
                let Some(speaker) = super::dash_byline_name(rest, lx) else {
                    continue;
                };
                let at = para.1 - text[q.close_end..para.1].trim_start().len();
                out.push(super::Draft {
                    conj: 0,
                    sp_tok: super::Draft::NO_TOK,
                    kind: crate::model::Kind::Direct,
                    content: (q.start, q.end),
                    speaker: Some((at + speaker.0, at + speaker.1)),
                    cue: None,
                    rule: "quote-dash-byline",
                    inherit: None,
                });
            }
            for w in paras.windows(2) {
                let (prev, para) = (w[0], w[1]);
                let t = &text[para.0..para.1];
                if t.len() > 120 || !t.starts_with(['-', '—', '–']) {
                    continue;
                }
                let Some(speaker) = super::dash_byline_name(t, lx) else {
                    continue;
                };
                let Some(q) = opening_at(quotes, prev.0) else {
                    continue;
                };
                if !q.closed
                    || !matches!(text[q.close_end..prev.1].trim(), "" | ".")
                    || q.end <= q.start
                {
                    continue;
                }
                out.push(super::Draft {
                    conj: 0,
                    sp_tok: super::Draft::NO_TOK,
                    kind: crate::model::Kind::Direct,
                    content: (q.start, q.end),
                    speaker: Some((para.0 + speaker.0, para.0 + speaker.1)),
                    cue: None,
                    rule: "quote-dash-byline",
                    inherit: None,
                });
            }
        };
        let pieces = [
            "\"We will win.\" — Maria Lopez, organizer",
            "“Not now,” he said. — Ann Lee",
            "'Fine' - Bob Day",
            "\"Open and on",
            "— Sen. Ana Ruiz, D-Calif.",
            "He said ‘no’ then.",
            "\u{2029}",
        ];
        let mut texts = crate::attribution::rules::real_texts();
        let mut seed = 0xda5b_u64;
        for _ in 0..3_000 {
            let n = 1 + crate::next_random(&mut seed) as usize % 8;
            texts.push(
                (0..n)
                    .map(|_| pieces[crate::next_random(&mut seed) as usize % pieces.len()])
                    .collect::<Vec<_>>()
                    .join(if crate::next_random(&mut seed).is_multiple_of(2) {
                        "\n\n"
                    } else {
                        " "
                    }),
            );
        }
        let mut found = 0;
        for t in &texts {
            let paras = crate::text::segment::paragraphs(t);
            let quotes = crate::quotes::document_quotes(t, &paras);
            // (The walk, as the search, asks for the quotes in order.)
            assert!(quotes.windows(2).all(|w| w[0].open < w[1].open), "{t:?}");
            let (mut got, mut want) = (Vec::new(), Vec::new());
            super::dash_bylines(t, &paras, &quotes, lx, &mut got);
            plain(t, &paras, &quotes, &mut want);
            let got: Vec<_> = got.iter().map(|d| (d.content, d.speaker)).collect();
            let want: Vec<_> = want.iter().map(|d| (d.content, d.speaker)).collect();
            assert_eq!(got, want, "{t:?}");
            found += want.len();
        }
        assert!(found > 500, "{found}");
    }

    /// `paren_in_head` is the byte search of the first ten tokens, for
    /// sentences of random words, marks and "(" (heads shorter and longer
    /// than sixty-four bytes, ending near the text's end or far from it)
    /// and every sentence start of the real texts.
    #[test]
    fn paren_in_head_as_the_byte_search() {
        let plain = |s: &super::Sent| {
            let n = s.len().min(10);
            n > 0 && s.text.as_bytes()[s.toks[0].start..s.toks[n - 1].end].contains(&b'(')
        };
        let pieces = [
            "Trump ",
            " ",
            "  ",
            "(",
            ")",
            "(AP)",
            ", ",
            "said ",
            "é",
            "NEW DELHI ",
            "the ",
            "international ",
            "\n",
            " - ",
            "—",
            "x ",
            "“",
            "representatives ",
            "of ",
            "a ",
            "Washington ",
            "officials ",
            "Reuters ",
            "in ",
            "on ",
            "and ",
            "administration ",
        ];
        let mut seed = 0x9a7e_4ead;
        let (mut found, mut long) = (0, 0);
        for _ in 0..30_000 {
            let t = crate::random_text(&mut seed, &pieces, 60);
            let s = super::Sent::new(&t, (0, t.len()));
            let p = plain(&s);
            assert_eq!(super::paren_in_head(&s), p, "{t:?}");
            found += usize::from(p);
            let n = s.len().min(10);
            long += usize::from(n > 0 && s.toks[n - 1].end - s.toks[0].start > 64);
        }
        for text in crate::attribution::rules::real_texts() {
            for (a, _) in text.match_indices(' ') {
                let s = super::Sent::new(&text, (a, text.len().min(a + 400)));
                assert_eq!(super::paren_in_head(&s), plain(&s), "{:?}", &text[a..]);
            }
        }
        assert!(
            found > 3_000 && found < 27_000 && long > 3_000,
            "{found} {long}"
        );
    }

    #[test]
    fn label_start_by_blocks_is_the_byte_loop() {
        let pieces = [
            "KATE", "Lopez", "the", " ", "  ", ":", "(", ")", "É", "é", "\u{a0}", "\t", "\n", "\r",
            "\u{b}", "\u{c}", "x", "SEN.", "Q", "@", "[", "`", "{", "Z", "A", "a", "z", "0",
            "\u{0}", "\u{8}", "\u{e}", "\u{1f}", "\u{7f}", "“",
        ];
        let mut seed = 0x001a_be15;
        let mut decided = 0;
        for _ in 0..200_000 {
            let t = crate::random_text(&mut seed, &pieces, 14);
            let b = t.as_bytes();
            assert_eq!(super::label_start(b), super::label_start_bytes(b), "{t:?}");
            if let Some(v) = super::label_start16(b) {
                assert_eq!(v, super::label_start_bytes(b), "{t:?}");
                decided += 1;
            }
        }
        // (The blocks decide a good share of them.)
        assert!(decided > 30_000, "{decided}");
    }

    /// `last_word_in` against `text::last_word` of the slice, for every
    /// slice at character boundaries of random texts of words, white
    /// space of every kind, bytes past ASCII and long words.
    #[test]
    fn last_word_in_as_last_word() {
        let pieces = crate::with_white_space(&[
            "said",
            "Lopez",
            "é",
            "“",
            "x",
            "0",
            ",",
            "1,000",
            "thousands",
            "extraordinarily",
            "\u{0}",
            "\u{1f}",
            "!",
            "\u{2029}",
            "\u{7f}",
        ]);
        let mut seed = 0x1a57_0a0d;
        let (mut calls, mut decided) = (0, 0);
        for _ in 0..600 {
            let t = crate::random_text(&mut seed, &pieces, 24);
            for (a, b) in crate::char_spans(&t) {
                let want = crate::text::last_word(&t[a..b]);
                assert_eq!(super::last_word_in(&t, a, b), want, "{t:?} {a} {b}");
                if let Some(got) = super::last_word16(t.as_bytes(), a, b) {
                    assert_eq!(got.map(|(i, j)| &t[i..j]), want, "{t:?} {a} {b}");
                    decided += 1;
                }
                calls += 1;
            }
        }
        // (The blocks decide a good share of them.)
        assert!(decided * 3 > calls, "{decided} {calls}");
    }

    /// `may_end_in_count` never turns away a speaker whose last word
    /// (`last_word`) is a count of `COUNT_WORDS` in any case or a run of
    /// digits and commas, for texts of counts, names and white space of
    /// every kind (the no-break space after a count among them), and turns
    /// away most names.
    #[test]
    fn may_end_in_count_lets_every_count_through() {
        let counts = |w: &str| {
            w.bytes().all(|b| b.is_ascii_digit() || b == b',')
                || super::COUNT_WORDS.iter().any(|x| x.eq_ignore_ascii_case(w))
        };
        let pieces = crate::with_white_space(&[
            "two",
            "TWO",
            "Thousands",
            "dozen",
            "sevEN",
            "all",
            "1,000",
            "44",
            ",",
            "he",
            "Trump",
            "officials",
            "é",
            "\u{2029}",
            "x",
        ]);
        let mut seed = 0x0c07_17e5;
        let (mut calls, mut through) = (0, 0);
        for _ in 0..600 {
            let t = crate::random_text(&mut seed, &pieces, 12);
            for (a, b) in crate::char_spans(&t) {
                let phrase = &t[a..b];
                let may = super::may_end_in_count(&t, b);
                if crate::text::last_word(phrase).is_some_and(counts) {
                    assert!(may, "{phrase:?}");
                }
                calls += 1;
                through += usize::from(may);
            }
        }
        // (Not all of them: the test turns speakers away.)
        assert!(through * 4 < calls * 3, "{through} {calls}");
        for w in [
            "he",
            "Trump",
            "officials",
            "Obama",
            "spokesman",
            "Ms. Jones",
        ] {
            assert!(!super::may_end_in_count(w, w.len()), "{w}");
        }
        for w in [
            "the two",
            "Hundreds",
            "some 1,000",
            "THE FEW",
            "the five\u{a0}",
            "x",
        ] {
            assert!(super::may_end_in_count(w, w.len()), "{w}");
        }
    }

    /// `COUNT_ANY_END` holds just the digits, the comma and the bytes of
    /// `ascii_space` among the ASCII bytes.
    #[test]
    fn count_any_end_is_digits_comma_and_ascii_space() {
        for b in 0..128u8 {
            let want = b.is_ascii_digit() || b == b',' || crate::text::ascii_space(b);
            assert_eq!(super::COUNT_ANY_END >> b & 1 == 1, want, "{b}");
        }
    }

    /// `EndPairs::admit` of every two bytes: the low five bits of both
    /// are those of the last two letters of a word of the list.
    #[test]
    fn end_pairs_are_the_words_last_letters() {
        const WORDS: &[&str] = &["two", "dozens", "ah", "hundred"];
        let pairs = super::EndPairs::new(WORDS);
        for p in 0..=255u8 {
            for c in 0..=255u8 {
                let want = WORDS.iter().any(|w| {
                    let x = w.as_bytes();
                    x[x.len() - 2] & 31 == p & 31 && x[x.len() - 1] & 31 == c & 31
                });
                assert_eq!(pairs.admit(p, c), want, "{p} {c}");
            }
        }
        assert!(pairs.admit(b'W', b'o') && pairs.admit(b'a', b'H') && !pairs.admit(b'o', b'w'));
    }

    #[test]
    fn label_start_rejects_no_label() {
        // `colon_label` without the byte test.
        let plain = super::opens_with_label;
        let pieces = [
            "KATE",
            "Lopez",
            "the",
            " ",
            ":",
            "(",
            ")",
            "(R-Texas)",
            "É",
            "é",
            "\u{a0}",
            "\t",
            "x",
            "SEN.",
            "Q",
        ];
        for t in texts(&pieces) {
            for t in [format!("{t} more words"), format!("A B C D {t}: x y"), t] {
                assert_eq!(super::colon_label(&t, (0, t.len())), plain(&t), "{t:?}");
            }
        }
    }

    /// Drafts over `text` of every cue lemma of `lx`, with the speaker, cue
    /// and content of each of `spans` (their first places in `text`), of
    /// both kinds and each of `rules`; with the lemma index.
    fn drafts_of_every_lemma(
        lx: &crate::lexicon::Lexicon,
        text: &str,
        spans: &[(&str, &str, &str)],
        rules: &[&'static str],
    ) -> Vec<(usize, super::Draft)> {
        use super::{Draft, Kind};
        let at = |w: &str| text.find(w).unwrap();
        let mut out = Vec::new();
        for ci in 0..lx.cues().len() {
            for &(sp, cue, content) in spans {
                for kind in [Kind::Direct, Kind::Indirect] {
                    for &rule in rules {
                        out.push((
                            ci,
                            Draft {
                                kind,
                                content: (at(content), at(content) + content.len()),
                                speaker: Some((at(sp), at(sp) + sp.len())),
                                cue: Some((
                                    at(cue),
                                    at(cue) + cue.len(),
                                    crate::lexicon::CueId::new(ci),
                                )),
                                rule,
                                inherit: None,
                                conj: 0,
                                sp_tok: Draft::NO_TOK,
                            },
                        ));
                    }
                }
            }
        }
        out
    }

    #[test]
    fn row_content_is_the_trimmed_span() {
        let pieces = [
            "a", "Z", " ", "\t", "\n", "\r", "\u{a0}", "\u{202f}", "\u{1f}", "“", "é", "'", "x y",
        ];
        let mut n = 0;
        for p in pieces {
            for q in pieces {
                for r in pieces {
                    let text = format!("{p}{q}{r}");
                    for a in 0..=text.len() {
                        for b in a..=text.len() {
                            if !text.is_char_boundary(a) || !text.is_char_boundary(b) {
                                continue;
                            }
                            let t = &text[a..b];
                            let lead = t.len() - t.trim_start().len();
                            let want = (!t.trim().is_empty())
                                .then_some((a + lead, a + lead + t.trim().len()));
                            assert_eq!(super::row_content(&text, (a, b)), want, "{t:?}");
                            n += 1;
                        }
                    }
                }
            }
        }
        assert!(n > 10_000);
    }

    /// `no_row` (one lemma lookup picking the test) agrees with all the
    /// tests one after the other, for drafts of every cue lemma.
    #[test]
    fn no_row_agrees_with_every_test() {
        let lx = crate::lexicon::Lexicon::default_data().unwrap();
        let text = "Ruiz called him to congratulate him. The firm issued a statement Monday. \
                    She addressed a rally of voters. He answered questions and left. \
                    He said in his book, \"An American Son.\" Ruiz called Obama on Tuesday.";
        let spans = [
            ("Ruiz", "called", "him to congratulate him"),
            ("The firm", "issued", "a statement Monday"),
            ("She", "addressed", "a rally of voters"),
            ("He", "answered", "questions and left"),
            ("He", "said", "An American Son."),
            ("Ruiz", "called Obama", "Obama on Tuesday"),
        ];
        let lemmas = super::lemma_table(&lx);
        let mut hits = 0;
        for (ci, d) in drafts_of_every_lemma(&lx, text, &spans, &["speaker-cue-obj", "participle"])
        {
            let all = super::bare_statement(text, &lx, &d)
                || super::addressed_audience(text, &lx, &d)
                || super::phone_call(text, &lx, &d)
                || super::answer_without_reply(text, &lx, &d)
                || super::quoted_title(text, &d);
            assert_eq!(
                super::no_row(text, &lx, &lemmas, &d),
                all,
                "{ci} {:?}",
                d.content
            );
            hits += usize::from(all);
        }
        // (The title holds for every lemma; each of the four tests for its
        // own.)
        assert!(hits > 2 * lx.cues().len() + 4, "{hits}");
    }

    /// `after_space` (from the mask of the last sixteen bytes when one is
    /// a space) is the standard split, for texts of words, spaces, white
    /// space of other kinds and characters past ASCII, shorter and longer
    /// than sixteen bytes, and every suffix of them.
    #[test]
    fn after_space_by_the_mask_as_rsplit() {
        let pieces = [
            " ",
            "  ",
            "said",
            ",",
            "\t",
            "\n",
            "\u{a0}",
            "é",
            "“",
            "Fox",
            "documentary",
            "x",
        ];
        let mut seed = 0x0af7_e45e;
        let (mut masked, mut long) = (0, 0);
        for _ in 0..20_000 {
            let t = crate::random_text(&mut seed, &pieces, 16);
            for a in (0..=t.len()).filter(|&a| t.is_char_boundary(a)) {
                let u = &t[a..];
                assert_eq!(
                    super::after_space(u),
                    u.rsplit(' ').next().unwrap(),
                    "{u:?}"
                );
                long += usize::from(u.len() >= 16);
                masked +=
                    usize::from(super::spaces_of_last16(u.as_bytes()).is_some_and(|m| m != 0));
            }
        }
        assert!(masked > 50_000 && long > masked, "{masked} {long}");
    }

    /// Every case of the first words of `is_anonymity_request`, followed
    /// by any byte, passes `opens_like_anonymity`; the common openings
    /// that the first byte's test let through do not.
    #[test]
    fn opens_like_anonymity_refuses_no_first_word() {
        let four = |t: &[u8]| u32::from_le_bytes(*t.first_chunk::<4>().expect("four bytes"));
        for w in ["not", "to", "anonymity"] {
            let w = &w.as_bytes()[..w.len().min(4)];
            for case in 0..1u32 << w.len() {
                let mut t: Vec<u8> = w
                    .iter()
                    .enumerate()
                    .map(|(i, &c)| {
                        if case >> i & 1 != 0 {
                            c.to_ascii_uppercase()
                        } else {
                            c
                        }
                    })
                    .collect();
                t.extend([0, 0, 0]);
                for c in 0..=255u8 {
                    t[w.len()] = c;
                    assert!(super::opens_like_anonymity(four(&t)), "{t:?}");
                }
            }
        }
        for t in [
            "the ", "that", "a sp", "an a", "and ", "they", "anyo", "said",
        ] {
            assert!(!super::opens_like_anonymity(four(t.as_bytes())), "{t}");
        }
        // The filter's answers, through the test, for contents at a text's
        // end (fewer than four bytes after them) and inside it.
        let text = "He said, not to be named. Anonymity was asked. To be quoted? to";
        let spans = [(9, 24), (26, 45), (47, 59), (61, 63), (3, 7), (61, 62)];
        let want = [true, true, true, false, false, false];
        for (&sp, &want) in spans.iter().zip(&want) {
            assert_eq!(super::is_anonymity_request(text, sp), want, "{sp:?}");
        }
    }

    #[test]
    fn dropped_draft_agrees_with_every_filter() {
        let lx = crate::lexicon::Lexicon::default_data().unwrap();
        let t = "The weekend saw heavy fighting. He said nothing about it. Ruiz found \
                 himself alone. The press release linked to it. The 2012 request was \
                 denied. The two cities say so. The reality show aired. The rally \
                 reflected the mood. Police charged into the crowd. A group called \
                 Save Our Park, said it. The storm raised fears.";
        let spans = [
            ("The weekend", "saw", "heavy fighting"),
            ("He", "said", "nothing about it"),
            ("Ruiz", "found", "himself alone"),
            ("The press", "release", "linked to it"),
            ("The 2012", "request", "was denied"),
            ("The two cities", "say", "so"),
            ("The reality", "show", "aired"),
            ("The rally", "reflected", "the mood"),
            ("Police", "charged", "into the crowd"),
            ("A group", "called", "Save Our Park,"),
            ("The storm", "raised", "fears"),
        ];
        let rules = ["speaker-cue-obj", "speaker-cue-that", "participle"];
        let lemmas = super::lemma_table(&lx);
        let mut hits = 0;
        for (ci, d) in drafts_of_every_lemma(&lx, t, &spans, &rules) {
            let sp = d.speaker.unwrap();
            let det = super::speaker_det(t, &d, &t[sp.0..sp.1]);
            let all = super::is_adverb_speaker(&t[sp.0..sp.1])
                || super::is_anonymity_request(t, d.content)
                || super::speaker_before_cue(t, &d).is_some_and(|adj| {
                    let rule = super::RuleBits::of(d.rule);
                    super::singular_before_base(t, &lx, rule, &t[sp.0..sp.1], adj, det)
                        || super::naming_participle(t, &d, rule, &t[sp.0..sp.1], adj)
                        || super::plural_after_quantifier(t, &lx, rule, &t[sp.0..sp.1], adj)
                })
                || super::compound_noun_cue(t, &lx, &d)
                || super::idiom_object(t, &lx, &d)
                || super::passive_cue(
                    t,
                    &lx,
                    &d,
                    super::RuleBits::of(d.rule),
                    super::lemma_bits(&lx.cue(ci).lemma),
                    &t[sp.0..sp.1],
                )
                || super::said_nothing(t, &lx, &d)
                || super::asked_question(t, &d, super::RuleBits::of(d.rule))
                || super::eventive_see(t, &lx, &d)
                || super::determiner_fragment(t, &d, &t[sp.0..sp.1], det)
                || super::relative_in_subject(t, &d, &t[sp.0..sp.1])
                || super::RuleBits::of(d.rule).0
                    & (super::RuleBits::SUBJECT_CUE | super::RuleBits::PARTICIPLE)
                    != 0
                    && super::thing_subject(t, &d, &t[sp.0..sp.1])
                || lx.cue(ci).lemma == "want" && super::advice_modal(t, &d)
                || lx.cue(ci).lemma == "back" && super::phrasal_back(t, &d);
            // (The two lemma filters' own answers are fixed sentence by
            // sentence in `advice_and_back_down_drop_their_drafts`.)
            assert_eq!(
                super::dropped_draft(t, &lx, &lemmas, &d, super::RuleBits::of(d.rule)),
                all,
                "{ci} {:?}",
                d.content
            );
            hits += usize::from(all);
        }
        // (The determiner fragment holds for every lemma; the lemma
        // filters each for their own.)
        assert!(hits > 6 * lx.cues().len() + 8, "{hits}");
    }

    /// `dropped_draft` on drafts of "want" and "back" against fixed
    /// answers: a hedged "may/might (also, well) want" and "back down" give
    /// no row; a wish and support keep theirs.
    #[test]
    fn advice_and_back_down_drop_their_drafts() {
        use super::{Draft, Kind};
        let lx = crate::lexicon::Lexicon::default_data().unwrap();
        let lemmas = super::lemma_table(&lx);
        let cases = [
            ("Investors may want to wait.", "want", "to wait", true),
            ("Investors might want to wait.", "want", "to wait", true),
            ("Investors may also want to wait.", "want", "to wait", true),
            (
                "Investors might well want to wait.",
                "want",
                "to wait",
                true,
            ),
            ("Investors MAY want to wait.", "want", "to wait", true),
            ("Investors want to wait.", "want", "to wait", false),
            ("Investors would want to wait.", "want", "to wait", false),
            ("Investors may not want to wait.", "want", "to wait", false),
            ("Investors still want to wait.", "want", "to wait", false),
            (
                "Investors would also want to wait.",
                "want",
                "to wait",
                false,
            ),
            (
                "Investors may have wanted to wait.",
                "wanted",
                "to wait",
                false,
            ),
            ("The union backed down.", "backed", "down", true),
            ("The union was not backing down.", "backing", "down", true),
            (
                "The union backed down from the plan.",
                "backed",
                "down from the plan",
                true,
            ),
            (
                "The union backed up the board.",
                "backed",
                "up the board",
                false,
            ),
            (
                "The union backed off its demand.",
                "backed",
                "off its demand",
                false,
            ),
            ("The union backed the plan.", "backed", "the plan", false),
            (
                "The union backed downtown projects.",
                "backed",
                "downtown projects",
                false,
            ),
        ];
        for (t, cue, content, want) in cases {
            let lemma = if cue.starts_with("back") {
                "back"
            } else {
                "want"
            };
            let ci = lx.cues().iter().position(|c| c.lemma == lemma).unwrap();
            let rule = if lemma == "want" {
                "speaker-cue-to"
            } else {
                "speaker-cue-obj"
            };
            let at = |w: &str| t.find(w).unwrap();
            let sp = if t.starts_with("The union") {
                "The union"
            } else {
                "Investors"
            };
            let d = Draft {
                kind: Kind::Stance,
                content: (at(content), at(content) + content.len()),
                speaker: Some((at(sp), at(sp) + sp.len())),
                cue: Some((at(cue), at(cue) + cue.len(), crate::lexicon::CueId::new(ci))),
                rule,
                inherit: None,
                conj: 0,
                sp_tok: Draft::NO_TOK,
            };
            assert_eq!(
                super::dropped_draft(t, &lx, &lemmas, &d, super::RuleBits::of(rule)),
                want,
                "{t}"
            );
        }
    }

    /// `RuleBits::of` against the names' string tests it replaced, for
    /// every rule of the rule data and names near them.
    #[test]
    fn rule_bits_as_the_names_tests() {
        const SUBJECT: &[&str] = &[
            "speaker-cue-obj",
            "speaker-cue-that",
            "speaker-cue-to",
            "clause-speaker-cue",
            "clause-speaker-cue-split",
        ];
        let rules = crate::ruleset::RuleSet::default_data().unwrap();
        let mut names: Vec<String> = rules.rules.iter().map(|r| r.id.clone()).collect();
        for extra in [
            "",
            "speaker-cue",
            "speaker-cu",
            "speaker-cue-",
            "speaker-cue-ob",
            "speaker-cue-objs",
            "speaker-cue-t",
            "speaker-cue-tox",
            "clause-speaker-cu",
            "clause-speaker-cue-",
            "clause-speaker-cue-splits",
            "xspeaker-cue-obj",
            "participle",
        ] {
            names.push(extra.to_string());
        }
        // (Each name cut at either end and with each byte changed: the
        // word compares of `RuleBits::of` must see every byte.)
        let mut near = Vec::new();
        for n in &names {
            for k in 0..n.len() {
                near.push(n[..k].to_string());
                near.push(n[k..].to_string());
                let mut b = n.clone().into_bytes();
                b[k] = if b[k] == b'x' { b'y' } else { b'x' };
                near.push(String::from_utf8(b).unwrap());
            }
        }
        names.extend(near);
        let mut seen = [0; 4];
        for n in &names {
            let bits = super::RuleBits::of(n);
            let want = [
                n.starts_with("speaker-cue"),
                n == "speaker-cue-obj",
                SUBJECT.contains(&n.as_str()),
                n == "participle" || n == "participle-subject",
            ];
            let got = [
                bits.has(super::RuleBits::SPEAKER_CUE),
                bits.has(super::RuleBits::OBJ),
                bits.has(super::RuleBits::SUBJECT_CUE),
                bits.has(super::RuleBits::PARTICIPLE),
            ];
            assert_eq!(got, want, "{n:?}");
            for k in 0..4 {
                seen[k] += usize::from(want[k]);
            }
        }
        // (The rule data names rules of each kind.)
        assert!(seen.iter().all(|&k| k > 0), "{seen:?}");
    }

    /// `RuleMemo::of` is `RuleBits::of` for every name asked, in turns:
    /// the rules' names and names near them (more than the memo's slots,
    /// so slots are taken over), each at two addresses, asked again and
    /// again in a random order.
    #[test]
    fn rule_memo_is_rule_bits() {
        let rules = crate::ruleset::RuleSet::default_data().unwrap();
        let mut names: Vec<&'static str> = Vec::new();
        for r in &rules.rules {
            for n in [r.id.clone(), format!("{}x", r.id), r.id[1..].to_string()] {
                // (Each text at two addresses.)
                names.push(Box::leak(n.clone().into_boxed_str()));
                names.push(Box::leak(n.into_boxed_str()));
            }
        }
        names.extend([
            "",
            "speaker-cue",
            "speaker-cue-obj",
            "clause-speaker-cue-split",
        ]);
        assert!(names.len() > 2 * super::RULE_MEMO);
        let mut memo = super::RuleMemo::default();
        let mut seed = 0x5255_4c45_0000_0001u64;
        for _ in 0..20_000 {
            crate::next_random(&mut seed);
            let n = names[(seed >> 16) as usize % names.len()];
            assert_eq!(memo.of(n), super::RuleBits::of(n), "{n:?}");
        }
    }

    /// `lemma_bits` against the lemma names the filters compared, for
    /// every lemma of the default lexicon.
    #[test]
    fn lemma_bits_as_the_names_tests() {
        use super::lemma_bit as b;
        let lx = crate::lexicon::Lexicon::default_data().unwrap();
        let table = super::lemma_table(&lx);
        assert_eq!(table.len(), lx.cues().len());
        let mut seen = 0u16;
        for (c, &bits) in lx.cues().iter().zip(table.iter()) {
            let l = c.lemma.as_str();
            let want = [
                (b::SAY, l == "say"),
                (b::SEE, l == "see"),
                (b::IDIOM, matches!(l, "find" | "reflect" | "charge")),
                (
                    b::COMPOUND,
                    matches!(l, "address" | "release" | "show" | "detail"),
                ),
                (b::NO_PASSIVE, matches!(l, "say" | "tell" | "write" | "add")),
                (b::ROW_BARE, matches!(l, "issue" | "release")),
                (b::ROW_ADDRESS, l == "address"),
                (b::ROW_CALL, l == "call"),
                (b::ROW_ANSWER, l == "answer"),
                // (Built by the same test: `passive_cue` against
                // `passive_cue_plain`, which compares the names, checks it.)
                (b::PASSIVE, super::PASSIVE_TRANSITIVE.contains(&l)),
                (b::WANT, l == "want"),
                (b::BACK, l == "back"),
            ];
            let mut all = 0;
            for (bit, holds) in want {
                assert_eq!(bits & bit != 0, holds, "{l:?} {bit}");
                all |= bit;
            }
            assert_eq!(bits & !all, 0, "{l:?}");
            seen |= bits;
        }
        // (Every bit is some lemma's in the default lexicon.)
        assert_eq!(seen, (1 << 12) - 1);
    }

    /// `drop_nested`'s class masks say what its comparisons of the class's
    /// name said, for every cue of the default lexicon and for a user's
    /// cue whose class has no key; each class of the masks has a cue.
    #[test]
    fn nest_class_keys_as_the_names() {
        use super::{BELIEF_KEYS, FINDING_KEYS};
        const FINDINGS: [&str; 2] = ["report", "show"];
        const BELIEFS: [&str; 10] = [
            "believe", "know", "fear", "plan", "hope", "want", "predict", "promise", "show",
            "support",
        ];
        let lx = crate::lexicon::Lexicon::default_data().unwrap();
        let mut cues: Vec<(String, u64)> = lx
            .cues()
            .iter()
            .map(|c| (c.class.clone(), c.keys))
            .collect();
        cues.push((
            "reports".to_string(),
            crate::lexicon::key::of("report", "reports"),
        ));
        for (class, keys) in &cues {
            let c = class.as_str();
            assert_eq!(keys & FINDING_KEYS != 0, FINDINGS.contains(&c), "{c}");
            assert_eq!(keys & BELIEF_KEYS != 0, BELIEFS.contains(&c), "{c}");
        }
        for name in FINDINGS.iter().chain(&BELIEFS) {
            assert!(lx.cues().iter().any(|c| c.class == *name), "{name}");
        }
    }

    #[test]
    fn source_speaker_and_statement_tests_by_bytes_agree_with_the_words() {
        let pieces = [
            "They",
            "You",
            "I",
            "It",
            "We",
            "He",
            "he",
            "she",
            "the",
            "The",
            "Thea",
            "a",
            "an",
            "A",
            "statement",
            "x",
            " ",
            "\u{a0}",
            "\t",
            "é",
            "É",
            "1",
            ".",
        ];
        let a_statement_plain = |c: &str| {
            let mut w = c.split_whitespace();
            matches!(w.next(), Some("a" | "an"))
                && w.take(3)
                    .any(|x| x == "statement" || x == "statement," || x == "statement.")
        };
        for t in texts(&pieces) {
            assert_eq!(
                super::named_or_he_she(&t),
                super::named_or_he_she_plain(&t),
                "{t:?}"
            );
            assert_eq!(super::a_statement(&t), a_statement_plain(&t), "{t:?}");
        }
    }

    #[test]
    fn sources_read_as_a_sorted_map() {
        use std::collections::BTreeMap;
        let mut seed = 0x5eed_u64;
        let mut r = |n: u64| (crate::next_random(&mut seed) % n) as usize;
        let mut sources = super::Sources::default();
        for round in 0..300 {
            let mut map = BTreeMap::new();
            // Sources of drafts 0..n, then continuations of new indices
            // (mostly in order of their ends, some before the last).
            let n = r(12);
            sources.base.clear();
            sources.added.clear();
            for i in 0..n {
                let (k, v) = ((r(40), i), (r(40), r(2) == 0, r(2) == 0, r(40)));
                sources.base.push((k, v));
                map.insert(k, v);
            }
            sources.base.sort_unstable_by_key(|e| e.0);
            let mut end = 0;
            for i in n..n + r(10) {
                end = if r(4) == 0 { r(40) } else { end + r(6) };
                let (k, v) = ((end, i), (r(40), false, false, end));
                sources.insert(k, v);
                map.insert(k, v);
            }
            for _ in 0..20 {
                let hi = (r(45), r(25));
                let lo = (r(45), r(25));
                let want: Vec<_> = map.range(..hi).map(|(k, v)| (*k, *v)).collect();
                let got: Vec<_> = sources.below(hi).copied().collect();
                assert_eq!(got, want, "{round}");
                let mut back: Vec<_> = sources.below(hi).rev().copied().collect();
                back.reverse();
                assert_eq!(back, want, "{round}");
                let (lo, hi) = (lo.min(hi), lo.max(hi));
                let want: Vec<_> = map.range(lo..=hi).map(|(k, v)| (*k, *v)).collect();
                let got: Vec<_> = sources.within(lo, hi).copied().collect();
                assert_eq!(got, want, "{round}");
                let mut back: Vec<_> = sources.within(lo, hi).rev().copied().collect();
                back.reverse();
                assert_eq!(back, want, "{round}");
            }
        }
    }

    /// `passive_cue` as it was before its tests were reordered (the cue
    /// word looked up before the words between).
    fn passive_cue_plain(text: &str, lx: &crate::lexicon::Lexicon, d: &super::Draft) -> bool {
        use crate::lexicon::Form;
        let (Some(sp), Some((c0, c1, ci))) = (d.speaker, d.cue) else {
            return false;
        };
        if !d.rule.starts_with("speaker-cue") || sp.0 >= sp.1 || sp.1 > c0 || c1 > text.len() {
            return false;
        }
        let lemma = lx.cue(ci).lemma.as_str();
        if matches!(lemma, "say" | "tell" | "write" | "add") {
            return false;
        }
        let between = &text[sp.1..c0];
        if between.bytes().all(|b| b == b' ') && !text[sp.0..sp.1].contains(',') {
            return false;
        }
        let cue_word = text[c0..c1].split(' ').next().unwrap();
        if !matches!(lx.cue_word(cue_word), Some((_, Form::Past))) {
            return false;
        }
        let mut passive = false;
        for (n, w) in between.split_whitespace().rev().enumerate() {
            let is = |set: &[&str]| set.iter().any(|x| x.eq_ignore_ascii_case(w));
            if is(super::PASSIVE_BE) {
                passive = true;
                break;
            }
            if n >= 2 || !is(super::PASSIVE_ADVERBS) {
                break;
            }
        }
        if passive {
            return super::PASSIVE_TRANSITIVE.contains(&lemma);
        }
        between.bytes().all(|b| b == b' ')
            && text[sp.0..sp.1].rsplit_once(',').is_some_and(|(_, last)| {
                let first = last.split_whitespace().next().unwrap_or("");
                first.eq_ignore_ascii_case("a") || first.eq_ignore_ascii_case("an")
            })
    }

    /// The first test of `said_nothing` as it was before the first word
    /// was read by bytes: "little" or "nothing", maybe after "almost",
    /// "very" or "next to", with its stops.
    fn said_little_plain(content: &str) -> bool {
        let mut words = content.split_whitespace();
        let mut w = words.next().unwrap_or("");
        if matches!(w, "almost" | "very" | "next") {
            w = match (w, words.next()) {
                ("next", Some("to")) => words.next().unwrap_or(""),
                (_, Some(x)) => x,
                _ => "",
            };
        }
        matches!(w.trim_end_matches([',', '.', ';']), "little" | "nothing")
    }

    /// `asked_question` with no test of the last byte before the speaker
    /// (the word read by characters).
    fn asked_question_plain(text: &str, d: &super::Draft) -> bool {
        use super::{ASKED_CLAUSE_ENDS as CLAUSE_ENDS, ASK_FORMS as ASK};
        let Some(sp) = d.speaker else {
            return false;
        };
        if !d.rule.starts_with("speaker-cue") || sp.0 > text.len() {
            return false;
        }
        let from = text.floor_char_boundary(sp.0.saturating_sub(120));
        let last_word = text[from..sp.0]
            .trim_end()
            .rsplit(|c: char| c.is_whitespace() || CLAUSE_ENDS.contains(&c))
            .next()
            .unwrap_or("");
        if !(last_word.eq_ignore_ascii_case("if") || last_word.eq_ignore_ascii_case("whether")) {
            return false;
        }
        let before = &text[from..sp.0];
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

    #[test]
    fn reordered_draft_filters_agree_with_the_plain_ones() {
        let lx = crate::lexicon::Lexicon::default_data().unwrap();
        // Passives after adverbs, appositions after commas, "if" and
        // "whether" (and words ending in f or r) before speakers, curly
        // marks and no-break spaces, contents of "little" and "nothing".
        let t = "It asked whether Smith was reportedly told. Smith, a lawyer, \
                 described it. Jones, an aide said almost nothing, really. The \
                 plan is also still widely reported. Ask IF Ruiz was not called. \
                 A chief of WHETHER\u{a0}Lee were  now  then named little. \
                 “Over,” Kim, an ex-aide, had reported next to nothing; Park \
                 é, an élève, was even once just found very little, and Cho \
                 – being quoted nothing.";
        let spans = [
            ("Smith", "was reportedly told", "described it"),
            ("Smith, a lawyer,", "described", "it"),
            ("Jones, an aide", "said", "almost nothing, really"),
            (
                "The plan",
                "is also still widely reported",
                "nothing, really",
            ),
            ("Ruiz", "was not called", "little"),
            ("Lee", "were  now  then named", "little."),
            ("Kim, an ex-aide,", "had reported", "next to nothing;"),
            (
                "Park é, an élève,",
                "was even once just found",
                "very little, and",
            ),
            ("Cho", "– being quoted", "nothing."),
            ("Over", "reported", "nothing; Park"),
            ("A chief", "of", "WHETHER"),
        ];
        let rules = ["speaker-cue-obj", "speaker-cue-that", "participle"];
        let mut holds = [0; 3];
        for (ci, d) in drafts_of_every_lemma(&lx, t, &spans, &rules) {
            let plain = passive_cue_plain(t, &lx, &d);
            assert_eq!(
                super::passive_cue(
                    t,
                    &lx,
                    &d,
                    super::RuleBits::of(d.rule),
                    super::lemma_bits(&lx.cue(ci).lemma),
                    d.speaker.map_or("", |sp| &t[sp.0..sp.1]),
                ),
                plain,
                "{ci} {d:?}"
            );
            let content = &t[d.content.0..d.content.1];
            let little = said_little_plain(content);
            let w = super::first_word(content);
            // (The new first test passes every content the old one does.)
            assert!(
                !little
                    || matches!(w, "almost" | "very" | "next")
                    || w.starts_with("little")
                    || w.starts_with("nothing"),
                "{content:?}"
            );
            let asked = asked_question_plain(t, &d);
            assert_eq!(
                super::asked_question(t, &d, super::RuleBits::of(d.rule)),
                asked,
                "{d:?}"
            );
            holds[2] += usize::from(asked);
            holds[0] += usize::from(plain);
            holds[1] += usize::from(little);
        }
        // Every test holds for some drafts.
        assert!(holds.iter().all(|&n| n > 0), "{holds:?}");
    }

    #[test]
    fn quoted_words_by_bytes_agree_with_the_searches() {
        let plain = |t: &str| {
            let b = t.as_bytes();
            t.contains(['"', '“', '”', '«', '»', '‘'])
                || t.contains("''")
                || b.windows(2).enumerate().any(|(i, w)| {
                    w[0] == b'\'' && w[1].is_ascii_alphabetic() && (i == 0 || b[i - 1] == b' ')
                })
        };
        let pieces = [
            "a",
            " ",
            "'",
            "\"",
            "“",
            "”",
            "‘",
            "’",
            "«",
            "»",
            "é",
            "\u{2018}\u{2019}",
            "—",
            "9",
            "\u{a0}",
            "Ā",
            "\u{2000}",
        ];
        for t in texts(&pieces) {
            assert_eq!(super::has_quoted_words(&t), plain(&t), "{t:?}");
            // Across the 64-byte blocks of the byte search, and past the
            // first one.
            for pad in [60, 62, 63, 64, 127] {
                for t in [
                    format!("{}{t}", "a".repeat(pad)),
                    format!("{}{t}x", " ".repeat(pad)),
                ] {
                    assert_eq!(super::has_quoted_words(&t), plain(&t), "{t:?}");
                }
            }
        }
    }

    /// The masks of `first_masks16` against `ascii_space` and the top bit,
    /// for every byte at every place of the window, and the word-end forms
    /// with every ASCII byte after a word (the tests above hold only the
    /// tab of the controls 9 to 13, whose mask is a range compare).
    #[test]
    fn first_masks16_are_the_byte_tests() {
        use crate::text::ascii_space;
        // (Elsewhere the masks are never made.)
        for c in (0..=255u8).filter(|_| cfg!(target_arch = "x86_64")) {
            for k in 0..16 {
                let mut b = [b'x'; 20];
                b[k + 2] = c;
                let m = super::first_masks16(&b, 2).expect("sixteen bytes");
                let bit = |on: bool| u32::from(on) << k;
                assert_eq!(m.space, bit(ascii_space(c)), "{c} {k}");
                assert_eq!(m.high, bit(c >= 0x80), "{c} {k}");
            }
        }
        const LIST: super::WordList = super::WordList::new(&["the", "anonymity"]);
        for c in 0..0x80u8 {
            for word in ["the", "anonymity", "an"] {
                let text = format!("{word}{}2012 and more words after", c as char);
                for n in [word.len() + 1, word.len() + 5, text.len()] {
                    let t = &text[..n];
                    let plain = LIST.has(first_word(t));
                    assert_eq!(LIST.has_first_word_at(&text, 0, t), plain, "{t:?}");
                    let (bit, end) = LIST.first_word_bit_at(&text, 0, t);
                    assert_eq!(bit, LIST.bit_of_bytes(first_word(t).as_bytes()), "{t:?}");
                    assert!(bit == 0 || end == first_word(t).len(), "{t:?}");
                    let mut words = t.split_whitespace().skip(1);
                    let two = match (words.next(), words.next()) {
                        (Some(w), None) => Some(w),
                        _ => None,
                    };
                    assert_eq!(super::second_of_two_words_at(&text, 0, t), two, "{t:?}");
                }
            }
        }
    }

    /// `WordList::first_word_bit_at` (and `has_first_word_at`) against
    /// the bit of `first_word`, and `SpeakerDet::piece_in` against the bit
    /// of `first_piece` in `SPEAKER_DETS`, for texts of pieces with white
    /// space, bytes past ASCII and Unicode spaces, in windows of sixteen
    /// bytes cut short, past `t`'s end or not there.
    #[test]
    fn first_word_list_test_agrees_with_the_split() {
        use super::{FRAGMENT_DETS, SINGULAR_DETS, SPEAKER_DETS};
        const LISTS: [super::WordList; 2] = [
            SPEAKER_DETS,
            super::WordList::new(&["not", "anonymity", "to"]),
        ];
        // The filters' lists as they were, for the bits of `SPEAKER_DETS`.
        const FRAGMENT: &[&str] = &[
            "a", "an", "the", "this", "that", "his", "her", "its", "their",
        ];
        const SINGULAR: &[&str] = &[
            "a", "an", "the", "this", "that", "his", "her", "its", "one", "another", "each",
            "every",
        ];
        let plain_in = |words: &[&str], w: &str| words.iter().any(|x| x.eq_ignore_ascii_case(w));
        // Every word of the two old lists, in either case: its bit in
        // `SPEAKER_DETS` is set, and within each filter's bits just when
        // that filter's list had it.
        for w in FRAGMENT.iter().chain(SINGULAR) {
            for w in [w.to_string(), w.to_ascii_uppercase()] {
                let bit = SPEAKER_DETS.bit_of_bytes(w.as_bytes());
                assert_eq!(bit.count_ones(), 1, "{w}");
                assert_eq!(bit & FRAGMENT_DETS != 0, plain_in(FRAGMENT, &w), "{w}");
                assert_eq!(bit & SINGULAR_DETS != 0, plain_in(SINGULAR, &w), "{w}");
            }
        }
        let pieces = [
            "the",
            "a",
            "The",
            "THEIR",
            "their",
            "an",
            " ",
            "\t",
            "x",
            "é",
            "\u{a0}",
            "to",
            "not",
            "anonymity",
            "\u{1}",
            ".",
            "\u{2003}",
            "Each",
            "one",
        ];
        let mut hits = 0;
        let mut piece_hits = 0;
        for t in texts(&pieces) {
            for (n, list) in LISTS.iter().enumerate() {
                let plain = list.has(first_word(&t));
                hits += usize::from(plain);
                let plain_bit = list.bit_of_bytes(first_word(&t).as_bytes());
                assert_eq!(plain_bit != 0, plain, "{t:?}");
                if n == 0 {
                    assert_eq!(
                        plain_bit & FRAGMENT_DETS != 0,
                        plain_in(FRAGMENT, first_word(&t))
                    );
                    assert_eq!(
                        plain_bit & SINGULAR_DETS != 0,
                        plain_in(SINGULAR, first_word(&t))
                    );
                }
                let piece = first_piece(&t);
                piece_hits += usize::from(n == 0 && plain_in(SINGULAR, piece));
                // The forms that read sixteen bytes of the text around
                // `t` (the window there, cut short, or past `t`'s end).
                for (pre, post) in [
                    ("", ""),
                    ("ab ", " and more words after it"),
                    ("\u{e9}", "\u{a0}x\tyz \u{e9}\u{e9} the end"),
                    ("x", "yyyyyyyyyyyyyyyyyyyy"),
                    ("", "  "),
                ] {
                    let text = format!("{pre}{t}{post}");
                    let a = pre.len();
                    let s = &text[a..a + t.len()];
                    assert_eq!(list.has_first_word_at(&text, a, s), plain, "{text:?} {a}");
                    let (bit, end) = list.first_word_bit_at(&text, a, s);
                    assert_eq!(bit, plain_bit, "{text:?} {a}");
                    if n == 0 {
                        let det = super::SpeakerDet { bit, end };
                        for (dets, words) in [(FRAGMENT_DETS, FRAGMENT), (SINGULAR_DETS, SINGULAR)]
                        {
                            assert_eq!(
                                det.piece_in(s, dets),
                                plain_in(words, piece),
                                "{text:?} {a}"
                            );
                        }
                    }
                }
            }
        }
        assert!(hits > 1000 && piece_hits > 1000, "{hits} {piece_hits}");
    }

    /// `WordList::has` (masks by length, then the words of the length)
    /// and `WordList::plain_has` (list-wide masks, then every word)
    /// against a plain comparison with every word, for the lists of the
    /// filters, a list of words that end in no letter (`plain_has` only: a
    /// `WordList` holds letters), and the words of random texts near them
    /// (every word of a list in other cases, cut, lengthened, with letters
    /// changed).
    #[test]
    fn word_list_has_as_any_word() {
        let lists: [&'static [&'static str]; 5] = [
            super::ADVERB_SPEAKERS,
            super::PASSIVE_BE,
            super::PASSIVE_ADVERBS,
            &[
                "a", "an", "the", "this", "that", "his", "her", "its", "one", "another",
            ],
            &["n't", "u.s.", "1st", "x-ray", "'", "no.", "@", "p"],
        ];
        let mut seed = 0x00a0_1157;
        let (mut asked, mut hits) = (0, 0);
        for words in lists {
            let letters = words
                .iter()
                .all(|w| w.bytes().all(|c| c.is_ascii_lowercase()));
            let list = letters.then(|| super::WordList::new(words));
            let mut ask = |w: &str| {
                let plain = words.iter().any(|x| x.eq_ignore_ascii_case(w));
                if let Some(list) = &list {
                    assert_eq!(list.has(w), plain, "{w:?}");
                }
                let in_line = super::WordList::plain_has(words, w.as_bytes());
                assert_eq!(in_line, plain, "{w:?}");
                asked += 1;
                hits += usize::from(plain);
            };
            for w in words {
                ask(w);
                ask(&w.to_uppercase());
                ask(&w[1..]);
                ask(&w[..w.len() - 1]);
                ask(&format!("{w}s"));
                ask(&format!("x{w}"));
                for k in 0..w.len() {
                    let mut b = w.as_bytes().to_vec();
                    b[k] = b'a' + (crate::next_random(&mut seed) % 26) as u8;
                    ask(std::str::from_utf8(&b).unwrap());
                }
            }
            let pieces: Vec<&str> = words
                .iter()
                .copied()
                .chain(["e", "S", "é", "", "0", "N", "`"])
                .collect();
            for _ in 0..2_000 {
                ask(&crate::random_text(&mut seed, &pieces, 3));
            }
        }
        assert!(hits > 400 && asked > 8_000, "{hits} {asked}");
    }

    /// `folded_halves` against `eq_ignore_ascii_case` with a word of
    /// lowercase letters (a `WordList`'s): every byte against every letter,
    /// and words of 1 to 16 bytes with each byte changed to every byte (a
    /// capital, a NUL, a byte past ASCII, the letter's neighbours).
    #[test]
    fn folded_halves_equal_as_eq_ignore_ascii_case() {
        use super::folded_halves as f;
        for c in 0..=255u8 {
            for l in b'a'..=b'z' {
                assert_eq!(f(&[c]) == f(&[l]), c.eq_ignore_ascii_case(&l), "{c} {l}");
            }
        }
        let mut seed = 0x0f01_d3d5;
        for n in 1..=16 {
            for _ in 0..20 {
                let word: Vec<u8> = (0..n)
                    .map(|_| b'a' + (crate::next_random(&mut seed) % 26) as u8)
                    .collect();
                assert_eq!(f(&word), f(&word.to_ascii_uppercase()), "{word:?}");
                for k in 0..n {
                    for c in 0..=255u8 {
                        let mut w = word.clone();
                        w[k] = c;
                        assert_eq!(f(&w) == f(&word), w.eq_ignore_ascii_case(&word), "{w:?}");
                    }
                }
            }
        }
    }

    /// A `WordList` holds lowercase letters only (its compare folds case
    /// by bit 5): another word stops the constant's build.
    #[test]
    #[should_panic(expected = "lowercase letters")]
    fn word_list_refuses_a_word_of_other_bytes() {
        let words: &'static [&'static str] = &["said", "n't"];
        let _ = std::hint::black_box(super::WordList::new(std::hint::black_box(words)));
    }

    #[test]
    fn passive_cue_rejects_no_listed_lemma_first() {
        for l in super::PASSIVE_TRANSITIVE {
            assert!(!matches!(*l, "say" | "tell" | "write" | "add"), "{l}");
        }
    }

    #[test]
    fn adverb_speaker_test_agrees_with_the_list() {
        let plain = |w: &str| ADVERB_SPEAKERS.iter().any(|x| x.eq_ignore_ascii_case(w));
        let mut words: Vec<String> = Vec::new();
        for w in ADVERB_SPEAKERS {
            words.push(w.to_string());
            words.push(w.to_uppercase());
            words.push(w[..1].to_uppercase() + &w[1..]);
            words.push(format!("{w}s"));
            words.push(w[1..].to_string());
        }
        // Every first byte at every length, and the empty word.
        for len in 0..=18 {
            for b in 0u8..=255 {
                let mut w = vec![b'e'; len];
                if let Some(f) = w.first_mut() {
                    *f = b;
                }
                words.push(String::from_utf8_lossy(&w).into_owned());
            }
        }
        // Every last byte after each word's other letters.
        for w in ADVERB_SPEAKERS {
            for b in 0u8..=255 {
                let mut v = w.as_bytes().to_vec();
                *v.last_mut().unwrap() = b;
                words.push(String::from_utf8_lossy(&v).into_owned());
            }
        }
        words.push("é".repeat(4));
        for w in &words {
            assert_eq!(is_adverb_speaker(w), plain(w), "{w:?}");
        }
    }

    /// Every text of up to four pieces of `pieces` (with repeats).
    fn texts(pieces: &[&str]) -> Vec<String> {
        let mut out = vec![String::new()];
        let mut last = vec![String::new()];
        for _ in 0..4 {
            let next: Vec<String> = last
                .iter()
                .flat_map(|t| pieces.iter().map(move |p| format!("{t}{p}")))
                .collect();
            out.extend(next.iter().cloned());
            last = next;
        }
        out
    }

    /// `rposition_in` against the byte loop, for every slice of two texts
    /// (short and long slices, the byte inside and before them, in the
    /// last block of sixteen bytes, in one further back or in none).
    #[test]
    fn rposition_in_is_rposition() {
        // (The second text puts the bytes four and five blocks of sixteen
        // back from the slices' ends.)
        for text in [
            "Smith, a lawyer, said; Jane Doe, 60, a nurse from Ava, Mo., who said",
            "x; the chairman of the House Committee on Oversight and Government Reform, \
             Trump's former campaign manager and the chairwoman of its board",
        ] {
            for a in 0..=text.len() {
                for b in a..=text.len() {
                    for byte in [b',', b' ', b';', b'x'] {
                        assert_eq!(
                            super::rposition_in(text, a, b, byte),
                            text.as_bytes()[a..b].iter().rposition(|&c| c == byte),
                            "{a} {b} {byte}"
                        );
                    }
                }
            }
        }
    }

    /// `slice_of` is the slice for every span of a text with characters
    /// of two, three and four bytes, and panics as the slice for spans
    /// that are none (a bound inside a character, past the end, reversed).
    #[test]
    fn slice_of_is_the_slice() {
        let text = "Aé “x” 😀 b";
        for a in 0..=text.len() {
            for b in a..=text.len() {
                if let Some(want) = text.get(a..b) {
                    assert_eq!(super::slice_of(text, a, b), want, "{a} {b}");
                }
            }
        }
        for (a, b) in [(2, 3), (0, 2), (1, 19), (3, 1)] {
            assert!(text.get(a..b).is_none());
            let got = std::panic::catch_unwind(|| super::slice_of(text, a, b));
            assert!(got.is_err(), "{a} {b}");
        }
    }

    /// `only_spaces` against the slice's bytes, for every span at
    /// character boundaries of a text (one space, several, none, other
    /// white space, a character past ASCII); false, with no panic, for
    /// spans inside a character, reversed or past the end.
    #[test]
    fn only_spaces_is_the_bytes_test() {
        let text = "Smith  said, é  x\t y ";
        for a in 0..=text.len() + 2 {
            for b in 0..=text.len() + 2 {
                let want = text
                    .get(a..b)
                    .is_some_and(|gap| gap.bytes().all(|c| c == b' '));
                assert_eq!(super::only_spaces(text, a, b), want, "{a} {b}");
            }
        }
    }

    /// `speaker_before_cue` against the three filters' own test of the
    /// gap (`sp.1 <= c0`, `c1` inside the text, `text[sp.1..c0]` all
    /// spaces), for speakers and cues at every pair of bounds of a text,
    /// past its end too, and for drafts with no speaker or no cue.
    #[test]
    fn speaker_before_cue_is_the_filters_test() {
        use super::{Draft, Kind};
        let text = "Smith  said é, Ann x\tsays";
        let n = text.len();
        let draft = |speaker, cue| Draft {
            kind: Kind::Indirect,
            content: (n, n),
            speaker,
            cue,
            rule: "speaker-cue-that",
            inherit: None,
            conj: 0,
            sp_tok: Draft::NO_TOK,
        };
        let ci = crate::lexicon::CueId::new(0);
        let mut hits = 0;
        for s1 in 0..=n + 1 {
            for c0 in 0..=n + 1 {
                for c1 in [c0, c0 + 4, n, n + 1] {
                    let d = draft(Some((0, s1)), Some((c0, c1, ci)));
                    let want = s1 <= c0
                        && c1 <= n
                        && text
                            .get(s1..c0)
                            .is_some_and(|g| g.bytes().all(|c| c == b' '));
                    let got = super::speaker_before_cue(text, &d);
                    assert_eq!(got.is_some(), want, "{s1} {c0} {c1}");
                    if let Some(adj) = got {
                        let sp = (0, s1);
                        assert_eq!(adj, super::Adjacent { sp, c0, c1, ci });
                    }
                    hits += usize::from(want);
                }
            }
        }
        assert!(hits > n, "{hits}");
        assert!(super::speaker_before_cue(text, &draft(None, Some((6, 11, ci)))).is_none());
        assert!(super::speaker_before_cue(text, &draft(Some((0, 5)), None)).is_none());
        let adj = super::speaker_before_cue(text, &draft(Some((0, 5)), Some((7, 11, ci))));
        assert_eq!(
            adj,
            Some(super::Adjacent {
                sp: (0, 5),
                c0: 7,
                c1: 11,
                ci
            })
        );
    }

    /// `may_start_with` is the first byte's test of `has_first_word_at`:
    /// a text that opens with a byte it refuses has no first word in the
    /// list.
    #[test]
    fn may_start_with_refuses_no_first_word() {
        const L: super::WordList = super::WordList::new(&["not", "anonymity", "to"]);
        for c in b'!'..0x80 {
            for rest in ["", "ot", "ot named", "o be", "nonymity,"] {
                let t = format!("{}{rest}", c as char);
                if !L.may_start_with(c) {
                    assert!(!L.has_first_word_at(&t, 0, &t), "{t:?}");
                }
            }
            // (The masks keep a byte's low five bits: "n", "a", "t" and
            // every byte that shares those.)
            let want = [b'n', b'a', b't'].iter().any(|&w| w & 31 == c & 31);
            assert_eq!(L.may_start_with(c), want, "{c}");
        }
    }

    /// `block16_ending_at` is the sixteen bytes that end at `b` when there
    /// are sixteen before it within the text, else none (the chain of
    /// `checked_sub`, `get` and `try_from` it replaced).
    #[test]
    fn block16_ending_at_is_the_sixteen_bytes_before() {
        for text in [
            "",
            "short",
            "exactly sixteen!",
            "Jane Doe, 60, a nurse from Ava, Mo.",
        ] {
            let t = text.as_bytes();
            for b in 0..=t.len() + 2 {
                let want = b
                    .checked_sub(16)
                    .and_then(|lo| t.get(lo..b))
                    .and_then(|w| <&[u8; 16]>::try_from(w).ok());
                assert_eq!(super::block16_ending_at(t, b), want, "{text:?} {b}");
            }
        }
    }

    /// `words_up_to` against the standard split for long random texts
    /// (the sixteen-byte blocks, blocks past ASCII, words across blocks,
    /// white space of every kind) and every start of a written one.
    #[test]
    fn words_up_to_by_blocks_is_the_standard_count() {
        let pieces = crate::with_white_space(&[
            "é",
            "a",
            "To",
            "said",
            "Wordsworth",
            "administration",
            "“",
            ".",
            ",",
        ]);
        let mut seed = 0x5750_5430_0000_0001u64;
        for _ in 0..20_000 {
            let t = crate::random_text(&mut seed, &pieces, 40);
            for n in 0..8 {
                assert_eq!(
                    super::words_up_to(&t, n),
                    t.split_whitespace().take(n).count(),
                    "{t:?} {n}"
                );
            }
        }
        let t = "  The senator said the measure was \"dead on arrival\" in a\tHouse \
                 that passed it, and Ms. Müller-Lüdenscheidt\u{a0}agreed.  ";
        for a in 0..t.len() {
            if t.is_char_boundary(a) {
                let p = &t[a..];
                for n in 0..8 {
                    assert_eq!(
                        super::words_up_to(p, n),
                        p.split_whitespace().take(n).count(),
                        "{p:?} {n}"
                    );
                }
            }
        }
    }

    #[test]
    fn byte_word_splits_agree_with_the_standard_splits() {
        // ASCII and Unicode whitespace, multibyte letters, curly marks and
        // clause ends, next to words and at both ends.
        let pieces = crate::with_white_space(&[
            "if",
            "To",
            "é",
            "“",
            "”",
            "\"",
            ".",
            ":",
            ",",
            "x.y",
            "Wordsworth",
        ]);
        for t in texts(&pieces) {
            assert_eq!(
                first_word(&t),
                t.split_whitespace().next().unwrap_or(""),
                "{t:?}"
            );
            assert_eq!(
                crate::text::last_word(&t).unwrap_or(""),
                t.split_whitespace().next_back().unwrap_or(""),
                "{t:?}"
            );
            assert_eq!(to_space(&t), t.split(' ').next().unwrap(), "{t:?}");
            assert_eq!(after_space(&t), t.rsplit(' ').next().unwrap(), "{t:?}");
            assert_eq!(
                first_piece(&t),
                t.split(' ').find(|w| !w.is_empty()).unwrap_or(""),
                "{t:?}"
            );
            let mut pieces = t.split(' ').filter(|w| !w.is_empty());
            pieces.next();
            assert_eq!(super::last_of_pieces(&t), pieces.next_back(), "{t:?}");
            for n in 0..6 {
                assert_eq!(
                    super::words_up_to(&t, n),
                    t.split_whitespace().take(n).count(),
                    "{t:?} {n}"
                );
            }
            let mut words = t.split_whitespace().skip(1);
            let two = match (words.next(), words.next()) {
                (Some(w), None) => Some(w),
                _ => None,
            };
            assert_eq!(super::second_of_two_words(&t), two, "{t:?}");
            // (In a text with sixteen bytes from `t`'s start, or fewer.)
            for post in ["", "x", " and more words after it"] {
                let text = format!("a {t}{post}");
                assert_eq!(
                    super::second_of_two_words_at(&text, 2, &text[2..2 + t.len()]),
                    two,
                    "{text:?}"
                );
            }
            // (The split `asked_question` makes when the bytes do not
            // tell.)
            const CLAUSE_ENDS: [char; 9] = ['.', '?', '!', ';', ':', '\n', '"', '“', '”'];
            let plain = t
                .trim_end()
                .rsplit(|c: char| c.is_whitespace() || CLAUSE_ENDS.contains(&c))
                .next()
                .unwrap_or("");
            if let Some(w) = last_clause_word(t.as_bytes()) {
                assert_eq!(w, plain.as_bytes(), "{t:?}");
            } else {
                assert!(!t.is_ascii(), "{t:?}");
            }
        }
    }

    #[test]
    fn poll_word_test_finds_the_four_words_anywhere() {
        // The plain definition the byte search replaces.
        let plain = |t: &str| {
            ["poll", "Poll", "survey", "Survey"]
                .iter()
                .any(|w| t.contains(w))
        };
        let texts = [
            "",
            "p",
            "poll",
            "Poll",
            "pol",
            "polls show",
            "A Pollster",
            "Apollo",
            "pOll",
            "survey",
            "Survey",
            "surve",
            "urvey",
            "SURVEY",
            "the surveyed",
            "v",
            "vv survey",
            "a pp pp pol l",
            "ééé poll",
            "pollé",
            "«Survey»",
            "sur vey",
            "spoll",
        ];
        for t in texts {
            for cut in 0..=t.len() {
                if let (Some(a), Some(b)) = (t.get(..cut), t.get(cut..)) {
                    for x in [a, b] {
                        assert_eq!(super::has_poll_word(x), plain(x), "{x:?}");
                    }
                }
            }
            // Across the 64-byte blocks of the search.
            for pad in (56..72).chain(120..136) {
                let x = format!("{}{t}{}", "x".repeat(pad), "y".repeat(pad % 7));
                assert_eq!(super::has_poll_word(&x), plain(&x), "{x:?}");
            }
        }
    }

    #[test]
    fn speaker_tok_is_the_carried_token_or_the_search() {
        use super::{Draft, Kind, Sent};
        let text = "Officials said on Monday that Ann Lee, the mayor, will run.";
        let s = Sent::new(text, (0, text.len()));
        // Every token start as a speaker start, with its token carried
        // and not: both give the search's token.
        for i in 0..s.len() {
            let sp = (s.toks[i].start, s.toks[i].end);
            let mut d = Draft {
                kind: Kind::Indirect,
                content: (0, 1),
                speaker: Some(sp),
                cue: None,
                rule: "test",
                inherit: None,
                conj: 0,
                sp_tok: Draft::NO_TOK,
            };
            assert_eq!(d.speaker_tok(&s, sp), s.tok_at(sp.0));
            assert_eq!(d.speaker_tok(&s, sp), i);
            d.sp_tok = u16::try_from(i).unwrap();
            assert_eq!(d.speaker_tok(&s, sp), i);
        }
    }

    #[test]
    fn packed_resolutions_give_back_what_was_pushed() {
        use super::{Draft, Kind, Resolutions, Resolved};
        use crate::model::SpeakerType;
        use std::borrow::Cow;
        assert!(std::mem::size_of::<super::Packed>() <= 12);
        let draft = |speaker: Option<(usize, usize)>| Draft {
            kind: Kind::Direct,
            content: (0, 1),
            speaker,
            cue: None,
            rule: "test",
            inherit: None,
            conj: 0,
            sp_tok: Draft::NO_TOK,
        };
        let drafts = [
            draft(Some((3, 8))),
            draft(None),
            draft(None),
            draft(Some((9, 12))),
        ];
        let mut rs = Resolutions::with_capacity(1);
        rs.push(Resolved {
            from: 0,
            canonical: Some(Cow::Owned("Ann Lee".to_string())),
            stype: SpeakerType::Person,
            country: Some(Cow::Borrowed("USA")),
        });
        rs.push(Resolved::default());
        rs.push_copy(0);
        rs.push(Resolved {
            from: 3,
            stype: SpeakerType::Organization,
            ..Resolved::default()
        });
        assert_eq!(rs.len(), 4);
        assert_eq!(rs.speaker(0, &drafts), Some((3, 8)));
        assert_eq!(
            (rs.canonical(0), rs.country(0)),
            (Some("Ann Lee"), Some("USA"))
        );
        assert_eq!(rs.speaker(1, &drafts), None);
        assert_eq!((rs.canonical(1), rs.country(1)), (None, None));
        // A copy takes the speaker span and names of the draft copied.
        assert_eq!(rs.speaker(2, &drafts), Some((3, 8)));
        assert_eq!(rs.canonical(2), Some("Ann Lee"));
        assert_eq!(rs.stype(2), SpeakerType::Person);
        assert_eq!(rs.speaker(3, &drafts), Some((9, 12)));
        assert_eq!(
            (rs.canonical(3), rs.stype(3)),
            (None, SpeakerType::Organization)
        );
        rs.clear();
        assert!(rs.is_empty());
    }

    /// `ResolutionBufs` gives back its vectors empty, with the room of the
    /// document before (the names of a borrowed string dropped with them),
    /// and drops vectors grown past `DocBufs::KEEP`.
    #[test]
    fn resolution_bufs_are_kept_empty() {
        use super::{DocBufs, ResolutionBufs, Resolved};
        use crate::model::SpeakerType;
        use std::borrow::Cow;
        let mut bufs = ResolutionBufs::default();
        for (n, names) in [(3, 2), (40, 40), (2, 0), (DocBufs::KEEP + 1, 1), (5, 5)] {
            let local = String::from("Ann Lee");
            let mut rs = bufs.take(n);
            assert!(rs.is_empty() && rs.names.is_empty());
            assert!(rs.names.capacity() >= n);
            for k in 0..n {
                rs.push(Resolved {
                    from: k,
                    canonical: (k < names).then_some(Cow::Borrowed(local.as_str())),
                    stype: SpeakerType::Person,
                    country: (k % 2 == 1).then(|| Cow::Owned(format!("C{k}"))),
                });
            }
            assert_eq!(rs.len(), n);
            let (packed, held) = (rs.packed.as_ptr(), rs.names.as_ptr() as usize);
            let big = rs.names.capacity() > DocBufs::KEEP;
            bufs.keep(rs);
            drop(local);
            assert!(bufs.packed.is_empty() && bufs.names.is_empty());
            if big {
                assert_eq!(bufs.names.capacity(), 0);
            } else {
                assert_eq!(bufs.packed.as_ptr(), packed, "the same vector kept");
                assert_eq!(bufs.names.as_ptr() as usize, held, "the same vector kept");
            }
        }
    }

    #[test]
    fn word_counts_agree_with_a_split_by_characters() {
        let plain = |text: &str| {
            let mut counts = super::WordCounts::default();
            for w in text.split(|c: char| !c.is_alphanumeric()) {
                if !w.is_empty() {
                    *counts.entry(w.to_lowercase().into()).or_insert(0) += 1;
                }
            }
            counts
        };
        let pieces = [
            "Trump",
            "TRUMP",
            "trump",
            " ",
            "'",
            "-",
            "2016",
            "Élan",
            "ÉLAN",
            "naïve",
            "İstanbul",
            "ǅ",
            "Σ",
            "ΟΔΟΣ",
            "\u{a0}",
            "—",
            "x\u{301}",
            "ß",
            "日本",
            "A".repeat(40).leak(),
            "b".repeat(32).leak(),
            "\n",
        ];
        for t in texts(&pieces[..]) {
            assert_eq!(word_counts(&t), plain(&t), "{t:?}");
        }
    }

    #[test]
    fn a_label_is_named_twice_by_whole_words_in_any_case() {
        let c = word_counts("MORALES: We won. Morales's team, led by O'Neil, and O'NEIL agreed.");
        assert!(named_twice(&c, "MORALES"));
        assert!(named_twice(&c, "O'Neil"));
        assert!(!named_twice(&c, "Team"));
        assert!(!named_twice(&c, "Mora"));
        assert!(!named_twice(&c, "--"));
    }

    /// The Kelvin sign is the one character past ASCII whose lowercase is
    /// all ASCII (`NameCounts::search` leaves a text with it to the table).
    #[test]
    fn only_the_kelvin_sign_lowercases_to_ascii() {
        let ascii_lower: Vec<char> = (0..=0x10FFFFu32)
            .filter_map(char::from_u32)
            .filter(|c| !c.is_ascii() && c.to_lowercase().all(|l| l.is_ascii()))
            .collect();
        assert_eq!(ascii_lower, ['\u{212A}']);
        // (And as a string: the final sigma aside, `str::to_lowercase` is
        // that of each character.)
        assert_eq!("\u{212A}ATE".to_lowercase(), "kate");
    }

    /// `NameCounts` answers as the table of every word does: names of
    /// pieces of words in any case, across texts of the same pieces with
    /// letters past ASCII, the Kelvin sign, marks and line breaks around
    /// them; with the searches' budget as made, none (the table at once),
    /// and a few bytes (the table after a search or two). Fails when a
    /// search ignores a letter or digit on either side of a match, counts a
    /// part of a word, or misses the Kelvin sign's `k`.
    #[test]
    fn name_searches_agree_with_the_word_counts() {
        let pieces = [
            "Kate",
            "KATE",
            "kate",
            "\u{212A}ate",
            "Ka",
            "a",
            "A",
            " ",
            ":",
            "'",
            "é",
            "\n",
            "1",
            "İ",
        ];
        let names = [
            "Kate",
            "KATE",
            "kate",
            "a",
            "A",
            "ka",
            "Ka",
            "O'Kate",
            "Kate1",
            "1",
            "é",
            "Éa",
            "\u{212A}ate",
            "--",
            "",
            "İ",
            "i",
            "Kate a",
        ];
        let mut n = 0;
        for t in texts(&pieces[..]) {
            let counts = word_counts(&t);
            for name in names {
                let want = named_twice(&counts, name);
                for budget in [None, Some(0), Some(3)] {
                    let nc = super::NameCounts::new(&t);
                    if let Some(b) = budget {
                        nc.left.set(b);
                    }
                    // (Asked twice: the second may find the table made.)
                    assert_eq!(nc.named_twice(name), want, "{t:?} {name:?} {budget:?}");
                    assert_eq!(nc.named_twice(name), want, "{t:?} {name:?} {budget:?}");
                    n += usize::from(nc.table.get().is_none());
                }
            }
        }
        // (Most answered by the searches.)
        assert!(n > 100_000, "{n}");
    }
}
