//! Integration tests: one binary, modules by topic.
//!
//! - `util`: temp dirs, running the built `whosaid` binary, and `extract`
//!   (the rows of a text with the default data, one extractor for all).
//! - `cli`: `whosaid extract` on text files, directories, JSONL, stdin and
//!   bad input; `-j` determinism; `rules test`.
//! - `golden`: extraction output of the articles in `tests/golden/` against
//!   their committed expected rows (`WHOSAID_BLESS=1` rewrites them).
//! - `resolution`: speaker resolution with the default gazetteer.
//! - `eval`: `whosaid eval` on hand-made gold, predictions and documents.
//! - `hardening`: hostile input, CSV injection, atomic output, pipes.
//! - `indirect_recall`: reported speech and stance shapes that gave no row
//!   before (issue 5).
//! - `lexicon_cues`: cues of `verbs.csv` that gave no row before (phrasal
//!   and adjective stances: "sparred over", "doubled down on", "is glad
//!   that", "upbeat about"; manner-of-speaking verbs: "groused"), noun
//!   forms that are none ("his angry remarks"), and speaker nouns of
//!   `speaker_nouns.csv` ("but viewers said", "the tribunal").
//! - `news_layouts`: layouts and quoting conventions of real news
//!   (articles flattened to one line, transcripts, quote lists).
//! - `precision`: action verbs and objects that are no reported speech
//!   (issue 5, precision).
//! - `properties`: proptest invariants (offsets, determinism, batch
//!   independence).
//! - `quantity_speakers`: quantities and shares of a group as speakers
//!   ("Half the voters said", "More than half the senators support").
//! - `quote_styles`: direct quotes in the quote-mark styles and layouts of
//!   wire news.
//! - `content_spans`: content boundaries as annotators mark them (time
//!   adverbials after an object, a relative "that" before the speaker, the
//!   subject pronoun of a belief's clause, "according to" between a subject
//!   and its predicate, a "yes" answer).
//! - `stance_recall`: stance cues and frames that gave no row before
//!   (issue 5, stance recall: "looks to ...", support received "from",
//!   attacks launched "on", "is a supporter of").
//! - `wire_sources`: anonymous sources, poll respondents (also "going to
//!   the polls Tuesday", "; 26% say", "with 22 percent saying"), published polls, superlative subjects ("The most
//!   recent poll") and role nouns as wire news introduces them.
//! - `wire_styles`: short articles in the styles of other outlets (weather
//!   warnings, courts, parliaments, election nights, obituaries, the foreign
//!   press, Q&A interviews) and their rows.
//! - `wire_reviews`: faults reviewers found in wire-news sentences (a
//!   speaker over a verb, a relative "that" after the subject, "said so",
//!   "The data show", contact clauses before "say"; former and
//!   abbreviated titles, "then-Pres.", "The then-Gov.", roles with owners
//!   and appositions) and their near misses.

mod cli;
mod content_spans;
mod eval;
mod golden;
mod hardening;
mod indirect_recall;
mod lexicon_cues;
mod news_layouts;
mod precision;
mod properties;
mod quantity_speakers;
mod quote_styles;
mod resolution;
mod stance_recall;
mod util;
mod wire_reviews;
mod wire_sources;
mod wire_styles;
