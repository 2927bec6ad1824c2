//! The cue lexicon: speech, thought and stance verbs with all their forms,
//! a class each and the frames they take (`gazetteer/verbs.csv`), and the
//! common nouns that head a speaker phrase without a name
//! (`gazetteer/speaker_nouns.csv`).
//!
//! Cue forms are matched whole-word and case-insensitively through an
//! index on their first word: a word scan looks each word up and tries
//! that word's forms longest first, so phrasal forms ("pointed out") win
//! over their first word. Two filters keep most words away from the map:
//! the first byte and length, then a bit set over a hash of the lowercase
//! word computed while it is scanned. This is several times faster than an
//! automaton over all ~1,600 forms. The extractor runs the same scan over
//! the words of its tokenized sentences (`Lexicon::scan_token`): a word
//! that is one run of ASCII letters takes one probe of a table of the
//! packed first words, with the packed key the word classes use.

use rustc_hash::FxHashMap as HashMap;

use crate::attribution::sent::{
    cue_exit_mask, entry_single, list_index, CueExit, Lookup, CUE_EXIT_ANY, CUE_MULTI,
    CUE_NO_SINGLE,
};
use crate::error::{Error, Result};
use crate::gazetteer::{ends_with_word_char, is_word_boundary};
use crate::text::segment::packed_prefix;

/// The embedded default verb lexicon.
pub const DEFAULT_VERBS: &str = include_str!("../gazetteer/verbs.csv");
/// The embedded default speaker nouns.
pub const DEFAULT_SPEAKER_NOUNS: &str = include_str!("../gazetteer/speaker_nouns.csv");

pub mod key;

/// Frames a cue can take.
pub mod frame {
    /// Attaches to a direct quote.
    pub const QUOTE: u8 = 1;
    /// Takes a reported clause ("said (that) ...").
    pub const THAT: u8 = 2;
    /// Takes a to-infinitive ("threatened to ...").
    pub const TO: u8 = 4;
    /// Takes an object and an infinitive ("urged X to ...").
    pub const OBJ_TO: u8 = 8;
    /// Takes a noun-phrase object as a stance ("supports X").
    pub const OBJ: u8 = 16;
    /// A prepositional cue ("according to").
    pub const PREP: u8 = 32;
    /// The reported clause of the `that` frame must be a clause: a bare
    /// noun phrase, gerund or prepositional phrase after the cue is its
    /// object, not a content ("added another title to his resume",
    /// "continued his push", "felt the need to ...").
    pub const CLAUSE: u8 = 64;
    /// A predicative adjective ("confident", "skeptical"): a cue only
    /// after a copula ("is confident that", "remained skeptical that"),
    /// with its clause right after it (or after an aside between commas),
    /// not inside a noun phrase ("the most optimistic Democrats") nor
    /// before an object ("is aware of the risks").
    pub const ADJ: u8 = 128;
}

/// One cue lemma.
#[derive(Clone, Debug)]
pub struct Cue {
    /// Lemma ("say").
    pub lemma: String,
    /// Class ("say", "threaten", ...).
    pub class: String,
    /// Bit set of [`frame`] values.
    pub frames: u8,
    /// The bits of the class and lemma the cue rules test ([`key`]),
    /// found from the two when the lexicon is loaded.
    pub keys: u64,
}

/// Form of a matched cue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// Base or present form ("say").
    Base,
    /// Third person singular ("says").
    Third,
    /// Past or participle ("said").
    Past,
    /// -ing participle ("saying").
    Ing,
    /// Other (phrases, prepositions).
    Other,
}

/// A cue found in text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CueMatch {
    /// Byte start.
    pub start: usize,
    /// Byte end.
    pub end: usize,
    /// Index of the lemma in [`Lexicon::cues`].
    pub cue: usize,
    /// The form.
    pub form: Form,
    /// The index in its sentence of the cue's first token (what
    /// `Sent::tok_at(start)` finds), set by `Sent::with_cues`, which knows
    /// it when it finds the cue; [`CueMatch::NO_TOK`] when the cue was
    /// found by a scan of text (as [`Lexicon::find_cues`]) or the index
    /// does not fit.
    pub tok: u32,
}

impl CueMatch {
    /// [`CueMatch::tok`] when the token is not known.
    pub const NO_TOK: u32 = u32::MAX;
}

/// The index of a cue lemma in 32 bits with room for `None` (it is
/// stored as the index + 1), so a draft's cue, `Option<(usize, usize,
/// CueId)>`, takes 24 bytes (32 with a `usize` index): a huge document
/// holds a draft for every few words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CueId(std::num::NonZeroU32);

impl CueId {
    /// The id of lemma index `i` (an index past 32 bits, which no lexicon
    /// reaches, becomes the largest).
    pub fn new(i: usize) -> CueId {
        let v = u32::try_from(i).map_or(u32::MAX, |v| v.saturating_add(1));
        CueId(std::num::NonZeroU32::new(v).unwrap_or(std::num::NonZeroU32::MAX))
    }
}

impl From<CueId> for usize {
    fn from(id: CueId) -> usize {
        (id.0.get() - 1) as usize
    }
}

/// Type of a speaker noun.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NounType {
    /// A person ("official").
    Person,
    /// An organization ("campaign").
    Organization,
    /// A document or poll ("report").
    Document,
}

/// The cue lexicon and speaker nouns.
pub struct Lexicon {
    cues: Vec<Cue>,
    /// The lemma and form of each pattern. (This and `patterns` and
    /// `lists` are what `flat` and `pool` are made from, kept for the
    /// tests, which compare the scan against them.)
    #[cfg(test)]
    forms: Vec<(usize, Form)>,
    /// Lowercase forms, in pattern order.
    #[cfg(test)]
    patterns: Vec<Vec<u8>>,
    /// Lowercase first word -> index in `lists`.
    by_first: HashMap<Vec<u8>, u32>,
    /// The pattern indexes of each first word, longest pattern first.
    #[cfg(test)]
    lists: Vec<Vec<usize>>,
    /// Per list, what [`Lexicon::cue_at`] reads for most first words, in
    /// one cache line.
    heads: Vec<ListHead>,
    /// The forms of `lists` in one run, list after list (each list's as
    /// its head's `forms` gives them, longest first), for
    /// [`Lexicon::cue_at`].
    flat: Vec<FlatForm>,
    /// The bytes of the forms of `flat`, list after list.
    pool: Vec<u8>,
    /// Bit `len` set in `first[b]` when a form's first word starts with
    /// byte `b` (either case) and has `len` bytes.
    first: Box<[u64; 256]>,
    /// Bit set over [`word_hash`] of every key of `by_first`: a scanned
    /// word whose bit is clear is no first word, with no map lookup.
    hashes: Box<[u64; WORD_HASH_BITS / 64]>,
    /// The word classes of the tokens, with the keys of `by_first` made of
    /// ASCII letters only (at most 16) and their index in `lists`, and per
    /// list its mask, one-word form and what the bytes after its first
    /// word must hold for any of its forms of several words to match there
    /// ([`MultiTail`]), read by [`Lexicon::first_word_at`]
    /// (`Lookup::cue_exit`).
    table: Lookup,
    nouns: HashMap<String, NounType>,
    /// Single-word forms -> (lemma, form).
    words: HashMap<String, (usize, Form)>,
}

/// What the cue scan needs of one list of forms (those with one first
/// word) to decide most words: the one-word form and the second-word
/// bytes of the others. One cache line a list: the scan reads it for every
/// first word it meets, in a table of thousands of lists, and would
/// otherwise wait on three scattered reads in a row.
#[derive(Clone, Copy)]
#[repr(align(64))]
struct ListHead {
    /// Bit `c` set when a form of several words has `c` (ASCII
    /// lowercased) as the first byte of its second word; a word followed
    /// by a space and a byte whose bit is clear can only be a one-word
    /// form.
    second: [u64; 4],
    /// The length of the list's one-word form (the word itself, at most
    /// 63 bytes), 0 for none ...
    single_len: u32,
    /// ... and the lemma and form of its first one (its entry of `forms`).
    single_cue: usize,
    single_form: Form,
    /// The list's forms in `Lexicon::flat` (their indexes).
    forms: (usize, usize),
}

/// One form of a list of cue forms as [`Lexicon::cue_at`] compares it:
/// the forms of a list lie together, their bytes too (`Lexicon::pool`),
/// so that a list's forms take a line or two, not reads of `lists`,
/// `patterns` and `forms` at scattered places.
#[derive(Clone, Copy)]
struct FlatForm {
    /// Where its bytes (lowercase) start in `Lexicon::pool`.
    at: usize,
    /// Its length in bytes.
    len: usize,
    /// Its lemma (index in [`Lexicon::cues`]).
    cue: usize,
    /// Its form.
    form: Form,
    /// What after it rules it out ([`Guard`]): a day name after " on"
    /// ([`day_after`]), a number or quantity or "the long run" after a
    /// belief's " about" or " in" ([`approximator_after`]).
    guard: Guard,
    /// The first eight bytes of its rest, the bytes after its list's
    /// first word (fewer when the rest is shorter), in a `u64`,
    /// little-endian, the bytes past the rest 0 ...
    tail: u64,
    /// ... 0x20 at each byte of `tail` that is a lowercase ASCII letter,
    /// 0 at the others: a text byte `b` lowercases to a form's byte `p`
    /// when `b | 0x20 == p` for a letter `p` and `b == p` for any other
    /// byte (a form has no ASCII capital) ...
    fold: u64,
    /// ... and 0xFF at each byte of `tail` that is one of the rest's.
    mask: u64,
}

impl FlatForm {
    /// Whether the text's bytes from `j`, where the first word of the
    /// form's list ends (every form of the list starts with that word, so
    /// its rest starts there too), to the form's end `e` (within `bytes`)
    /// match the rest of the form, `rest` (its bytes in `Lexicon::pool`),
    /// the text lowercased. When eight
    /// bytes of the text are there, their first (at most eight) bytes of
    /// the rest are compared at once, and only a rest of more than eight
    /// bytes that matches them goes on byte by byte: most forms differ
    /// from the text in their first bytes (a list's forms of several
    /// words share the first word only).
    #[inline(always)]
    fn rest_matches(&self, bytes: &[u8], j: usize, e: usize, rest: &[u8]) -> bool {
        let mut from = 0;
        if let Some(w) = bytes.get(j..j + 8) {
            let x = u64::from_le_bytes(w.try_into().unwrap_or([0; 8]));
            if (x | self.fold) & self.mask != self.tail {
                return false;
            }
            from = rest.len().min(8);
        }
        bytes[j + from..e]
            .iter()
            .zip(&rest[from..])
            .all(|(b, p)| b.to_ascii_lowercase() == *p)
    }
}

/// The bytes that every form of several words of a list has in the same
/// place among the first eight after its first word (the space and, for
/// "in the words of", " the wor"), as [`FlatForm::rest_matches`] tests
/// them: a text whose eight bytes after the first word differ from them
/// in one place matches none of the list's forms of several words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct MultiTail {
    /// The bytes, at their places (`tail` of [`packed_tail`], lowercase) ...
    tail: u64,
    /// ... and the bits a text's byte there must share with them: all but
    /// bit 5 of a letter (either case), all of another byte, none at a
    /// place not kept (0 for a list with no form of several words: every
    /// text may match). (`(x | fold) & mask == tail`, as a form tests
    /// its rest, is `(x ^ tail) & (mask & !fold) == 0`: a text byte `x`
    /// with `x | 0x20` a lowercase letter `t` is `t` or `t` less 0x20.)
    bits: u64,
}

impl MultiTail {
    /// The places that all of `forms` (the forms of several words of one
    /// list) fill with the same byte.
    fn of<'f>(forms: impl Iterator<Item = &'f FlatForm>) -> MultiTail {
        let mut common: Option<(u64, u64, u64)> = None;
        for f in forms {
            common = Some(match common {
                None => (f.tail, f.fold, f.mask),
                Some((tail, fold, mask)) => {
                    // The places both fill, with the same byte.
                    let mut mask = mask & f.mask;
                    for k in 0..8 {
                        if (tail ^ f.tail) >> (8 * k) & 0xFF != 0 {
                            mask &= !(0xFF << (8 * k));
                        }
                    }
                    (tail & mask, fold & mask, mask)
                }
            });
        }
        let (tail, fold, mask) = common.unwrap_or((0, 0, 0));
        MultiTail {
            tail,
            bits: mask & !fold,
        }
    }

    /// Whether a form of several words may match with its first word
    /// ending at `j`: not when the eight bytes there differ from the
    /// tail (fewer than eight bytes left: it may).
    #[inline(always)]
    fn may_match(&self, bytes: &[u8], j: usize) -> bool {
        bytes.get(j..j + 8).is_none_or(|w| {
            let x = u64::from_le_bytes(w.try_into().unwrap_or([0; 8]));
            (x ^ self.tail) & self.bits == 0
        })
    }
}

/// The first eight bytes of the rest of a form after its first word of
/// `head` bytes, as [`FlatForm`] holds them: `(tail, fold, mask)`, the
/// bytes packed by [`packed_prefix`] (not folded), with `0x20` in `fold`
/// at each lowercase ASCII letter and `0xFF` in `mask` at each byte.
fn packed_tail(pat: &[u8], head: usize) -> (u64, u64, u64) {
    let rest = &pat[head.min(pat.len())..];
    let (mut fold, mut mask) = (0u64, 0u64);
    for (k, &c) in rest.iter().take(8).enumerate() {
        mask |= 0xFF << (8 * k);
        if c.is_ascii_lowercase() {
            fold |= 0x20 << (8 * k);
        }
    }
    (packed_prefix(rest, false), fold, mask)
}

impl ListHead {
    /// Whether a form of several words of this list may follow its first
    /// word, which ends at `bytes[j]` (`bytes` the text up to where words
    /// end): a space and a byte that starts a second word. When not,
    /// only the one-word form can match. (A form is never its first word
    /// and one byte more: forms are trimmed, and the first word runs to
    /// the first space.)
    #[inline(always)]
    fn may_be_multi(&self, bytes: &[u8], j: usize) -> bool {
        j + 1 < bytes.len() && bytes[j] == b' ' && {
            let c = bytes[j + 1].to_ascii_lowercase();
            self.second[(c >> 6) as usize] & (1 << (c & 63)) != 0
        }
    }

    /// The list's one-word form, its lemma and form packed in 32 bits
    /// ([`unpack_single`]), if it has one and the lemma's index fits.
    fn packed_single(&self) -> Option<u32> {
        if self.single_len == 0 {
            return None;
        }
        let cue = u32::try_from(self.single_cue)
            .ok()
            .filter(|&c| c < 1 << 29)?;
        let form = match self.single_form {
            Form::Base => 0,
            Form::Third => 1,
            Form::Past => 2,
            Form::Ing => 3,
            Form::Other => 4,
        };
        let s = cue << 3 | form;
        debug_assert_ne!(s, CUE_NO_SINGLE);
        Some(s)
    }

    /// Pushes the list's one-word form as found at `i` (its head has one:
    /// `single_len` is not 0), with `tok` as its [`CueMatch::tok`], and
    /// returns where it ends.
    #[inline(always)]
    fn push_single(&self, i: usize, tok: u32, out: &mut Vec<CueMatch>) -> usize {
        let e = i + self.single_len as usize;
        out.push(CueMatch {
            start: i,
            end: e,
            cue: self.single_cue,
            form: self.single_form,
            tok,
        });
        e
    }
}

/// The lemma index and form of a one-word form packed by
/// `ListHead::packed_single`.
#[inline(always)]
fn unpack_single(s: u32) -> (usize, Form) {
    let form = match s & 7 {
        0 => Form::Base,
        1 => Form::Third,
        2 => Form::Past,
        3 => Form::Ing,
        _ => Form::Other,
    };
    ((s >> 3) as usize, form)
}

/// The frame names of `verbs.csv`.
pub const FRAME_NAMES: [(&str, u8); 8] = [
    ("quote", frame::QUOTE),
    ("that", frame::THAT),
    ("to", frame::TO),
    ("obj_to", frame::OBJ_TO),
    ("obj", frame::OBJ),
    ("prep", frame::PREP),
    ("clause", frame::CLAUSE),
    ("adj", frame::ADJ),
];

fn form_of(lemma: &str, form: &str) -> Form {
    let first = form.split(' ').next().unwrap_or(form);
    let lfirst = lemma.split(' ').next().unwrap_or(lemma);
    if form == lemma || first == lfirst {
        Form::Base
    } else if first.ends_with("ing") && !lfirst.ends_with("ing") {
        Form::Ing
    } else if first.ends_with('s')
        && first.len() <= lfirst.len() + 2
        && first.starts_with(&lfirst[..lfirst.len().saturating_sub(1).max(1)])
    {
        Form::Third
    } else {
        Form::Past
    }
}

/// Bits in the filter over the first words of the cue forms.
const WORD_HASH_BITS: usize = 1 << 15;
const WORD_HASH_SEED: u64 = 0xcbf2_9ce4_8422_2325;

/// Per byte: an ASCII letter.
static ASCII_ALPHA: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = (b as u8).is_ascii_alphabetic();
        b += 1;
    }
    t
};

/// Per byte: an ASCII letter or digit, or a byte of a character outside
/// ASCII (which may be a letter: [`Lexicon::cue_at`] looks closer).
static WORD_BYTE: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphanumeric() || b >= 0x80;
        b += 1;
    }
    t
};

/// One step of the (FNV-1a) hash of a lowercase word.
#[inline]
fn word_hash(h: u64, b: u8) -> u64 {
    (h ^ b as u64).wrapping_mul(0x0100_0000_01b3)
}

/// The filter bit of a word hash.
#[inline]
fn word_hash_bit(h: u64) -> usize {
    ((h ^ (h >> 29)) as usize) & (WORD_HASH_BITS - 1)
}

/// Bit `k` set in the first mask when byte `k` of `block` is an ASCII
/// letter ([`ASCII_ALPHA`]), in the second when it is `-`: SSE2 compares
/// of all sixteen bytes on x86-64, byte by byte elsewhere.
#[inline(always)]
fn letters_hyphens16(block: &[u8; 16]) -> (u16, u16) {
    #[cfg(target_arch = "x86_64")]
    {
        use crate::text::bytes_in_range;
        use std::arch::x86_64::{
            _mm_cmpeq_epi8, _mm_loadu_si128, _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8,
        };
        // SAFETY: SSE2 is always available on x86-64; the load reads the
        // sixteen bytes of `block` (unaligned), the rest works on
        // registers.
        unsafe {
            let x = _mm_loadu_si128(block.as_ptr().cast());
            // Bit 5 set lowercases a letter (and moves no other byte into
            // `a..=z`).
            let letter = bytes_in_range(_mm_or_si128(x, _mm_set1_epi8(0x20)), b'a', b'z');
            let hyphen = _mm_cmpeq_epi8(x, _mm_set1_epi8(b'-' as i8));
            (
                _mm_movemask_epi8(letter) as u16,
                _mm_movemask_epi8(hyphen) as u16,
            )
        }
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        let (mut alpha, mut hyphen) = (0u16, 0u16);
        for (k, &c) in block.iter().enumerate() {
            alpha |= u16::from(ASCII_ALPHA[c as usize]) << k;
            hyphen |= u16::from(c == b'-') << k;
        }
        (alpha, hyphen)
    }
}

impl Lexicon {
    /// The embedded default lexicon.
    pub fn default_data() -> Result<Lexicon> {
        Lexicon::parse(
            "gazetteer/verbs.csv",
            DEFAULT_VERBS,
            "gazetteer/speaker_nouns.csv",
            DEFAULT_SPEAKER_NOUNS,
        )
    }

    /// Parses the verb and noun files; errors name file and line.
    pub fn parse(verbs_name: &str, verbs: &str, nouns_name: &str, nouns: &str) -> Result<Lexicon> {
        let mut cues = Vec::new();
        let mut forms: Vec<(usize, Form)> = Vec::new();
        let mut patterns: Vec<String> = Vec::new();
        let mut seen: HashMap<String, usize> = HashMap::default();
        let mut words: HashMap<String, (usize, Form)> = HashMap::default();
        let mut rdr = csv::Reader::from_reader(verbs.as_bytes());
        for rec in rdr.records() {
            let rec = rec.map_err(|e| {
                Error::data(
                    verbs_name,
                    e.position().map_or(0, |p| p.line() as usize),
                    e.to_string(),
                )
            })?;
            let line = rec.position().map_or(0, |p| p.line() as usize);
            let (lemma, class, fs, frames) = (
                rec.get(0).unwrap_or("").trim(),
                rec.get(1).unwrap_or("").trim(),
                rec.get(2).unwrap_or("").trim(),
                rec.get(3).unwrap_or("").trim(),
            );
            if lemma.is_empty() || class.is_empty() || fs.is_empty() {
                return Err(Error::data(
                    verbs_name,
                    line,
                    "lemma, class and forms must not be empty",
                ));
            }
            let mut bits = 0u8;
            for f in frames.split('|').map(str::trim).filter(|f| !f.is_empty()) {
                match FRAME_NAMES.iter().find(|(n, _)| *n == f) {
                    Some((_, b)) => bits |= b,
                    None => {
                        return Err(Error::data(
                            verbs_name,
                            line,
                            format!("unknown frame `{f}`"),
                        ))
                    }
                }
            }
            let ci = cues.len();
            cues.push(Cue {
                lemma: lemma.to_string(),
                class: class.to_string(),
                frames: bits,
                keys: key::of(lemma, class),
            });
            for form in fs.split('|').map(str::trim).filter(|f| !f.is_empty()) {
                let lf = form.to_lowercase();
                if let Some(prev) = seen.get(&lf) {
                    return Err(Error::data(
                        verbs_name,
                        line,
                        format!("form `{form}` already belongs to `{}`", cues[*prev].lemma),
                    ));
                }
                seen.insert(lf.clone(), ci);
                let f = form_of(lemma, &lf);
                if !lf.contains(' ') {
                    words.insert(lf.clone(), (ci, f));
                }
                forms.push((ci, f));
                patterns.push(lf);
            }
        }
        let mut by_first: HashMap<Vec<u8>, u32> = HashMap::default();
        let mut lists: Vec<Vec<usize>> = Vec::new();
        let mut first = Box::new([0u64; 256]);
        for (i, p) in patterns.iter().enumerate() {
            let w = p.split(' ').next().unwrap_or(p).as_bytes();
            if w.is_empty() || w.len() > 63 || !w[0].is_ascii_alphabetic() {
                // Forms glued to a word ("'d like") can never start a
                // whole word; they are not indexed.
                continue;
            }
            first[w[0] as usize] |= 1 << w.len();
            first[w[0].to_ascii_uppercase() as usize] |= 1 << w.len();
            let l = *by_first.entry(w.to_vec()).or_insert_with(|| {
                lists.push(Vec::new());
                (lists.len() - 1) as u32
            });
            lists[l as usize].push(i);
        }
        let mut hashes = Box::new([0u64; WORD_HASH_BITS / 64]);
        for (k, &l) in by_first.iter() {
            lists[l as usize].sort_by_key(|&i| std::cmp::Reverse(patterns[i].len()));
            let h = k.iter().fold(WORD_HASH_SEED, |h, &b| word_hash(h, b));
            hashes[word_hash_bit(h) >> 6] |= 1 << (word_hash_bit(h) & 63);
        }
        let mut heads = vec![
            ListHead {
                second: [0; 4],
                single_len: 0,
                single_cue: 0,
                single_form: Form::Other,
                forms: (0, 0),
            };
            lists.len()
        ];
        for (k, &l) in by_first.iter() {
            let h = &mut heads[l as usize];
            for &i in &lists[l as usize] {
                let p = patterns[i].as_bytes();
                match p.get(k.len() + 1) {
                    Some(&c) => {
                        let c = c.to_ascii_lowercase();
                        h.second[(c >> 6) as usize] |= 1 << (c & 63);
                    }
                    None => {
                        // The word alone: a form is trimmed, so it never
                        // ends in the space after its first word. (First
                        // words are of 1 to 63 bytes.)
                        debug_assert_eq!(p.len(), k.len());
                        if h.single_len == 0 {
                            h.single_len = p.len() as u32;
                            (h.single_cue, h.single_form) = forms[i];
                        }
                    }
                }
            }
        }
        let patterns: Vec<Vec<u8>> = patterns.into_iter().map(String::into_bytes).collect();
        let mut multi_tails = Vec::with_capacity(lists.len());
        let mut flat = Vec::with_capacity(patterns.len());
        let mut pool = Vec::new();
        for (list, h) in lists.iter().zip(&mut heads) {
            let at = flat.len();
            // (The list's first word: that of its every form.)
            let head = list.first().map_or(0, |&p| {
                patterns[p]
                    .iter()
                    .position(|&c| c == b' ')
                    .unwrap_or(patterns[p].len())
            });
            for &p in list {
                let pat = &patterns[p];
                let (tail, fold, mask) = packed_tail(pat, head);
                flat.push(FlatForm {
                    at: pool.len(),
                    len: pat.len(),
                    cue: forms[p].0,
                    form: forms[p].1,
                    guard: if pat.ends_with(b" on") {
                        Guard::Day
                    } else if (pat.ends_with(b" about") || pat.ends_with(b" in"))
                        && cues[forms[p].0].class == "believe"
                    {
                        Guard::Approximator
                    } else {
                        Guard::None
                    },
                    tail,
                    fold,
                    mask,
                });
                pool.extend_from_slice(pat);
            }
            h.forms = (at, flat.len());
            multi_tails.push(MultiTail::of(flat[at..].iter().filter(|f| f.len > head)));
        }
        let mut noun_map = HashMap::default();
        let mut rdr = csv::Reader::from_reader(nouns.as_bytes());
        for rec in rdr.records() {
            let rec = rec.map_err(|e| {
                Error::data(
                    nouns_name,
                    e.position().map_or(0, |p| p.line() as usize),
                    e.to_string(),
                )
            })?;
            let line = rec.position().map_or(0, |p| p.line() as usize);
            let t = match rec.get(2).unwrap_or("").trim() {
                "person" => NounType::Person,
                "organization" => NounType::Organization,
                "document" => NounType::Document,
                other => {
                    return Err(Error::data(
                        nouns_name,
                        line,
                        format!("type must be person, organization or document, not `{other}`"),
                    ))
                }
            };
            for f in rec
                .get(1)
                .unwrap_or("")
                .split('|')
                .map(str::trim)
                .filter(|f| !f.is_empty())
            {
                // A form listed twice would take the type of its last line
                // unseen: an error, as a verb form listed twice is.
                if noun_map.insert(f.to_lowercase(), t).is_some() {
                    return Err(Error::data(
                        nouns_name,
                        line,
                        format!("noun form `{f}` is listed twice"),
                    ));
                }
            }
        }
        let mut table = Lookup::new(
            by_first.iter().map(|(w, &l)| (w.as_slice(), l)),
            words.keys().map(String::as_bytes),
            noun_map.iter().map(|(w, &t)| (w.as_bytes(), t)),
        );
        table.set_cue_exits(
            heads
                .iter()
                .zip(multi_tails)
                .map(|(h, tail)| {
                    let m = cue_exit_mask(&h.second, h.single_len != 0);
                    let head = match h.packed_single() {
                        Some(s) => [m, s],
                        // (A lemma index past 2^29, which no lexicon
                        // reaches: `first_word_at` leaves the list to
                        // `cue_at`.)
                        None if h.single_len != 0 => [m | CUE_EXIT_ANY, CUE_NO_SINGLE],
                        None => [m, CUE_NO_SINGLE],
                    };
                    CueExit { head, tail }
                })
                .collect(),
        );
        Ok(Lexicon {
            cues,
            #[cfg(test)]
            forms,
            #[cfg(test)]
            patterns,
            by_first,
            #[cfg(test)]
            lists,
            heads,
            flat,
            pool,
            first,
            hashes,
            table,
            nouns: noun_map,
            words,
        })
    }

    /// All cue lemmas.
    pub fn cues(&self) -> &[Cue] {
        &self.cues
    }

    /// The cue lemma at `i` (an index or a [`CueId`]).
    pub fn cue(&self, i: impl Into<usize>) -> &Cue {
        &self.cues[i.into()]
    }

    /// Whole-word cue matches in `text[start..end]`, in text order.
    pub fn find_cues(&self, text: &str, start: usize, end: usize, out: &mut Vec<CueMatch>) {
        self.scan(&text.as_bytes()[..end], start, end, out);
    }

    /// The cue scan of [`Lexicon::find_cues`] over the words that start in
    /// `bytes[from..to]` (words and phrases may run on past `to`; `bytes`
    /// is the text up to where words end). Returns the byte where the scan
    /// stopped: `to`, or the end of a word or phrase that runs past it.
    #[inline(never)]
    pub(crate) fn scan(
        &self,
        bytes: &[u8],
        from: usize,
        to: usize,
        out: &mut Vec<CueMatch>,
    ) -> usize {
        self.scan_body(bytes, from, to, out)
    }

    /// The body of [`Lexicon::scan`], in line in it and in
    /// `Lexicon::scan_in_token_body`.
    #[inline(always)]
    fn scan_body(&self, bytes: &[u8], from: usize, to: usize, out: &mut Vec<CueMatch>) -> usize {
        let end = bytes.len();
        let mut i = from;
        while i < to {
            let b = bytes[i];
            if !ASCII_ALPHA[b as usize] {
                i += 1;
                continue;
            }
            // The word: ASCII letters and inner hyphens ("e-mail"), hashed
            // in lowercase on the way.
            let mut h = word_hash(WORD_HASH_SEED, b | 0x20);
            let mut j = i + 1;
            while j < end
                && (ASCII_ALPHA[bytes[j] as usize]
                    || bytes[j] == b'-' && j + 1 < end && ASCII_ALPHA[bytes[j + 1] as usize])
            {
                // `| 0x20` lowercases a letter and keeps `-`.
                h = word_hash(h, bytes[j] | 0x20);
                j += 1;
            }
            if self.first_has(b, j - i) && self.hashes_have(h) {
                i = self.cue_at(bytes, i, j, None, out);
            } else {
                i = j;
            }
        }
        i
    }

    /// The cue whose first word is the scanned word `bytes[i..j]` (ASCII
    /// letters and inner hyphens, passed the first-word filters), pushed
    /// to `out` when the word stands alone and one of its forms matches.
    /// `list` is the word's index in `lists` when known (else the word is
    /// looked up). Returns where the scan goes on: the end of the cue,
    /// else `j`.
    #[inline(never)]
    fn cue_at(
        &self,
        bytes: &[u8],
        i: usize,
        j: usize,
        list: Option<u32>,
        out: &mut Vec<CueMatch>,
    ) -> usize {
        let end = bytes.len();
        let word_byte = |b: u8| WORD_BYTE[b as usize];
        let len = j - i;
        // (Which is `is_word_boundary(bytes, i, j)`.)
        let alone = (i == 0
            || !word_byte(bytes[i - 1])
            || (bytes[i - 1] >= 0x80 && !ends_with_word_char(&bytes[..i])))
            && (j == end || !word_byte(bytes[j]) || is_word_boundary(bytes, i, j));
        if !alone {
            return j;
        }
        let list = match list {
            Some(l) => l,
            None => {
                let mut buf = [0u8; 64];
                for (k, c) in bytes[i..j].iter().enumerate() {
                    buf[k] = c.to_ascii_lowercase();
                }
                match self.by_first.get(&buf[..len]) {
                    Some(&l) => l,
                    None => return j,
                }
            }
        };
        // Every form of the list starts with the word: the rest of each is
        // compared (a one-word form matches at once, as the word stands
        // alone).
        // No form of several words when the byte after the space starts
        // none of their second words: the one-word form, if any.
        let l = list as usize;
        let h = &self.heads[l];
        if !h.may_be_multi(bytes, j) {
            // The one-word form, from the list's head alone.
            if h.single_len == 0 {
                return j;
            }
            return h.push_single(i, CueMatch::NO_TOK, out);
        }
        // (The list's forms and their bytes from `flat` and `pool`, where
        // they lie together.)
        let hit = self.flat[h.forms.0..h.forms.1].iter().find(|f| {
            let e = i + f.len;
            // (A form has no ASCII capital, `Lexicon::parse` lowercases
            // them: only the text's bytes are lowercased to compare.)
            f.len == len
                || e <= end
                    && f.rest_matches(bytes, j, e, &self.pool[f.at + len..f.at + f.len])
                    && is_word_boundary(bytes, i, e)
                    && match f.guard {
                        Guard::None => true,
                        Guard::Day => !day_after(&bytes[e..]),
                        Guard::Approximator => !approximator_after(&bytes[e..]),
                    }
        });
        let Some(f) = hit else { return j };
        let e = i + f.len;
        out.push(CueMatch {
            start: i,
            end: e,
            cue: f.cue,
            form: f.form,
            tok: CueMatch::NO_TOK,
        });
        e
    }

    /// [`Lexicon::cue_at`] for a first word of the word's cue-form entry
    /// `list`, but for a word whose list has forms of several words only, none
    /// of which can follow here (most "in", "is", "was": about 40% of the first
    /// words met): `cue_at` would find nothing whether or not the word stands
    /// alone, and the call, with the registers it saves and the word-boundary
    /// test, is skipped. (The word loop skips most such words before this call,
    /// by the mask of the list's second words in its table's slot:
    /// `Lookup::skips_cue_step`, folded.) Nor is `cue_at` called for a word
    /// whose one-word form is all that can match (no form of several words can
    /// follow) when the word plainly stands alone: the form is pushed here
    /// (about 42,000 of the 50,000 words a pass over train that went on to
    /// `cue_at`, most of them "said"). Out of line, as `cue_at`, so the word
    /// loop that calls it keeps its registers (the test inline there cost the
    /// loop more than it saved), and apart from `cue_at`, so the words skipped
    /// save few registers. The cue pushed, if any, is given `tok` as its
    /// [`CueMatch::tok`].
    ///
    /// `list` is the word's cue-form entry as the word table gives it (not
    /// 0): 1 + the list's index, or that and the one-word form packed, or
    /// 1 + the index marked `CUE_MULTI`.
    #[inline(never)]
    fn first_word_at(
        &self,
        bytes: &[u8],
        i: usize,
        j: usize,
        list: u32,
        tok: usize,
        out: &mut Vec<CueMatch>,
    ) -> usize {
        // (A list of one-word forms only, "said", most cues met: its
        // one-word form from the word's entry, packed (`CUE_PACKED`), with
        // no read but of the slot the word loop has just read, and no test
        // of the bytes after the word, as no form of several words can
        // follow. A branch, as packed lists and others come as the text
        // has them, but one that skips those tests: a select of where the
        // mask is read from cost more instructions than the mispredicts.)
        // (Else the list's mask, one-word form and the bytes its forms of
        // several words share after the first word from the table's
        // entry of the list (`Lookup::cue_exit`, 32 bytes a list, one line,
        // which missed the cache on most calls), not from the list's head
        // (64 bytes a list): what `ListHead::may_be_multi` tells, as a
        // second word starts with a byte that is no letter only in a list
        // with `CUE_EXIT_ANY`.)
        // (A second word's first letter in the mask, but the bytes after
        // the word unlike those all the list's forms of several words
        // have there: no such form can follow either. About 3,700 "in"
        // a pass over train, whose one such form is "in the words of",
        // are turned down here, not by `cue_at`.)
        // (A list of forms of several words only whose whole mask the
        // word loop has tested (`CUE_MULTI`: "in", "is", "was"): the
        // bytes alone, with no read of the mask nor test of the letter.
        // Called from elsewhere for such a list, rare: no space after the
        // word, a byte that is no letter, a letter not in the mask or the
        // text's end goes on to `cue_at`, which finds nothing as well.)
        let l = list_index(list);
        'single: {
            let single = match entry_single(list) {
                Some(single) => single,
                None => {
                    let Some(x) = self.table.cue_exit(l) else {
                        break 'single;
                    };
                    if list & CUE_MULTI != 0 {
                        if x.tail.may_match(bytes, j) {
                            break 'single;
                        }
                        return j;
                    }
                    let m = x.head[0];
                    if m & CUE_EXIT_ANY != 0
                        || j + 1 < bytes.len() && bytes[j] == b' ' && {
                            let c = bytes[j + 1].to_ascii_lowercase().wrapping_sub(b'a');
                            c < 26 && m & (1 << c) != 0 && x.tail.may_match(bytes, j)
                        }
                    {
                        break 'single;
                    }
                    // (Read here, not with the mask: one register less
                    // over the tests.)
                    match x.head[1] {
                        CUE_NO_SINGLE => return j,
                        single => single,
                    }
                }
            };
            // The one-word form, when the word plainly stands alone (an
            // ASCII byte that is no letter or digit, or the text's edge, on
            // each side): what `cue_at` pushes then, without its call. Else
            // `cue_at` tests it in full. (Only with room in `out`: with no
            // call to grow it, this function saves no registers.)
            let word_byte = |b: u8| WORD_BYTE[b as usize];
            if (i == 0 || !word_byte(bytes[i - 1]))
                && bytes.get(j).is_none_or(|&b| !word_byte(b))
                && out.len() < out.capacity()
            {
                // (The one-word form is the word itself, `j - i` bytes.)
                debug_assert_eq!(self.heads[l as usize].single_len as usize, j - i);
                let (cue, form) = unpack_single(single);
                out.push(CueMatch {
                    start: i,
                    end: j,
                    cue,
                    form,
                    tok: u32::try_from(tok).unwrap_or(CueMatch::NO_TOK),
                });
                return j;
            }
        }
        // (`cue_at` pushes at most one cue, starting at `i`.)
        let n = out.len();
        let e = self.cue_at(bytes, i, j, Some(l), out);
        if let Some(c) = out.get_mut(n) {
            c.tok = u32::try_from(tok).unwrap_or(CueMatch::NO_TOK);
        }
        e
    }

    /// The cue scan of [`Lexicon::find_cues`] over one word token
    /// `bytes[a..b]` of a tokenized sentence (`bytes` the whole text),
    /// the scan having stopped at `*at` (a byte before `b`). `list` is
    /// given when the tokenizer found the token to be one run of ASCII
    /// letters and digits of at most 16 bytes: the entry of the cue forms
    /// it is the first word of (in [`Lexicon::word_table`], the same
    /// probe as its word classes: 1 + their index, or that and the
    /// one-word form packed, or marked, `Lookup::cue_exit`), or 0. Such a
    /// word is a cue only when it is a whole first word, with no byte scan.
    /// Other tokens (inner
    /// punctuation, non-ASCII, possessives) are scanned byte by byte, but
    /// for most of them, which hold no cue, that is told from their first
    /// sixteen bytes ([`Lexicon::scan_in_token`]).
    /// Called for the tokens of the sentences in text order, it finds what
    /// [`Lexicon::find_cues`] finds over the whole text. `tok` is the
    /// token's index in its sentence: each cue found is given its first
    /// token's index as [`CueMatch::tok`].
    /// (In line in the word loop: its arguments cost no call. Always, as
    /// with the sixteen-byte test in it LLVM would call it.)
    #[inline(always)]
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn scan_token(
        &self,
        bytes: &[u8],
        a: usize,
        b: usize,
        tok: usize,
        list: Option<u32>,
        at: &mut usize,
        out: &mut Vec<CueMatch>,
    ) {
        // A run of letters and digits that ends where the scanned word
        // ends (no letter or hyphen after it, as at a sentence cut).
        if let Some(l) = list {
            if *at <= a
                && !bytes
                    .get(b)
                    .is_some_and(|&c| c == b'-' || ASCII_ALPHA[c as usize])
            {
                *at = match l {
                    // Digits: a letter run next to a digit is no whole word.
                    0 => b,
                    l => self.first_word_at(bytes, a, b, l, tok, out),
                };
                return;
            }
        }
        // (`scan_in_token`'s sixteen-byte test here, in line: the word
        // loop has saved its registers already, where `scan_in_token`
        // saved six of its own to keep the scan's arguments for its jump.
        // The byte scan is called only for the tokens the test leaves
        // undecided.)
        *at = self.scan_in_token_inline(bytes, a, b, tok, *at, out);
    }

    /// [`Lexicon::scan_token`] of a possessive token `bytes[a..b]` (an
    /// apostrophe, "'" or "’", and at most an "s" after it; a third of the
    /// tokens the word loop leaves to the byte scan), the scan having
    /// stopped at `at` (before `b`). Its one word, if any, is the "s":
    /// when the first-word filter rules out that one-letter word and no
    /// letter runs on from it (as the scan's word would), the scan finds no
    /// cue and ends at `b`, which this gives with no registers saved and
    /// without the scan's set-up; else the byte scan (a jump to it).
    /// Returns where the scan stopped. Out of line, so the word loop's
    /// call of it is small (in line, it took the loop's token callback out
    /// of line).
    #[inline(never)]
    pub(crate) fn scan_possessive(
        &self,
        bytes: &[u8],
        a: usize,
        b: usize,
        tok: usize,
        at: usize,
        out: &mut Vec<CueMatch>,
    ) -> usize {
        let alpha = |c: u8| ASCII_ALPHA[c as usize];
        debug_assert!(at < b && bytes[a..b - 1].iter().all(|&c| !alpha(c)));
        if let Some(&last) = bytes.get(b.wrapping_sub(1)) {
            // (A lone apostrophe holds no letter: the scan ends at `b`.)
            if !alpha(last) {
                return b;
            }
            let runs_on = bytes.get(b).is_some_and(|&c| {
                alpha(c) || c == b'-' && bytes.get(b + 1).is_some_and(|&d| alpha(d))
            });
            if !runs_on
                && self
                    .first
                    .get(last as usize)
                    .is_some_and(|&f| f & 1 << 1 == 0)
            {
                return b;
            }
        }
        self.scan_in_token(bytes, a, b, tok, at, out)
    }

    /// [`Lexicon::scan`] of token `tok`, `bytes[a..b]`, from `at`, each
    /// cue found given its first token's index. Most tokens that come here
    /// hold no cue (about 99% over train: "Mr.", "well-known", "don’t",
    /// "U.S.", "10,000"), which [`Lexicon::scan_no_cue16`] tells from the
    /// sixteen bytes at the scan's start with no byte loop; the others go
    /// on to the scan, out of line ([`Lexicon::scan_in_token_body`]).
    /// Out of line for [`Lexicon::scan_possessive`], which reaches it by a
    /// jump; [`Lexicon::scan_token`] has the same in line
    /// ([`Lexicon::scan_in_token_inline`]), as the word loop that calls it
    /// has its registers saved already (out of line, this saved six to
    /// keep the scan's arguments for its jump, on every call).
    #[inline(never)]
    fn scan_in_token(
        &self,
        bytes: &[u8],
        a: usize,
        b: usize,
        tok: usize,
        at: usize,
        out: &mut Vec<CueMatch>,
    ) -> usize {
        self.scan_in_token_inline(bytes, a, b, tok, at, out)
    }

    /// The body of [`Lexicon::scan_in_token`], in line in it (for
    /// [`Lexicon::scan_possessive`]) and in [`Lexicon::scan_token`].
    #[inline(always)]
    fn scan_in_token_inline(
        &self,
        bytes: &[u8],
        a: usize,
        b: usize,
        tok: usize,
        at: usize,
        out: &mut Vec<CueMatch>,
    ) -> usize {
        if let Some(e) = self.scan_no_cue16(bytes, a.max(at), b) {
            return e;
        }
        self.scan_in_token_body(bytes, a, b, tok, at, out)
    }

    /// Where [`Lexicon::scan_body`] over `bytes[from..to]` stops when it
    /// finds no cue, if that can be told from the sixteen bytes at `from`
    /// alone: every word the scan meets (a run of ASCII letters and inner
    /// hyphens that starts before `to`) ends inside the first fifteen of
    /// them and fails the first-word filters ([`Lexicon::first_has`],
    /// [`Lexicon::hashes_have`]), so the scan calls no `cue_at` and stops
    /// at `to` or at the end of a word that runs past it. `None` when a
    /// word passes the filters, when fewer than sixteen bytes are left or
    /// `to` is more than fifteen past `from`, or when a word reaches byte
    /// fifteen (whether a hyphen there joins depends on the byte after
    /// the block): the scan decides.
    #[inline(always)]
    fn scan_no_cue16(&self, bytes: &[u8], from: usize, to: usize) -> Option<usize> {
        // (`from` is below `to`, at most the text's length: no overflow.
        // A `from` past `to` wraps `n` past 15.)
        let n = to.wrapping_sub(from);
        if n > 15 {
            return None;
        }
        let block: &[u8; 16] = bytes.get(from..from + 16)?.try_into().ok()?;
        let (alpha, hyphen) = letters_hyphens16(block);
        let (alpha, hyphen) = (u32::from(alpha), u32::from(hyphen));
        // In a word: a letter, or a hyphen between two letters (the byte
        // before an inner hyphen is a letter of the word: a hyphen joins
        // only before a letter, so no two are inner in a row).
        let inside = alpha | hyphen & alpha >> 1 & alpha << 1;
        // A word starts at a letter after a byte outside a word, or at
        // `from` itself (the scan takes the letter there as a start).
        let mut starts = alpha & !(inside << 1) & ((1 << n) - 1);
        // The ends known from the block: bytes 0 to 14 (a hyphen at 15
        // joins when byte 16 is a letter).
        let outside = !inside & 0x7FFF;
        let mut e = to;
        while starts != 0 {
            let p = starts.trailing_zeros() as usize;
            starts &= starts - 1;
            // (Bit 0 of `outside >> p` is clear: `p` is a letter.)
            let len = {
                let rest = outside >> p;
                if rest == 0 {
                    return None;
                }
                rest.trailing_zeros() as usize
            };
            let word = &block[p..p + len];
            if self.first_has(word[0], len)
                && self.hashes_have(
                    word.iter()
                        .fold(WORD_HASH_SEED, |h, &c| word_hash(h, c | 0x20)),
                )
            {
                return None;
            }
            e = e.max(from + p + len);
        }
        Some(e)
    }

    /// Whether a scanned word starting with byte `b` and of `len` bytes
    /// passes the filter of the first words' first bytes and lengths.
    #[inline(always)]
    fn first_has(&self, b: u8, len: usize) -> bool {
        len < 64 && self.first[b as usize] & (1 << len) != 0
    }

    /// Whether a scanned word of hash `h` ([`word_hash`] of its bytes,
    /// lowercased) passes the filter of the first words' hashes.
    #[inline(always)]
    fn hashes_have(&self, h: u64) -> bool {
        let hb = word_hash_bit(h);
        self.hashes[hb >> 6] & (1 << (hb & 63)) != 0
    }

    /// [`Lexicon::scan_in_token`] by the scan (its body in line: one
    /// call, not a call of `scan` from it).
    #[inline(never)]
    fn scan_in_token_body(
        &self,
        bytes: &[u8],
        a: usize,
        b: usize,
        tok: usize,
        at: usize,
        out: &mut Vec<CueMatch>,
    ) -> usize {
        let n = out.len();
        let e = self.scan_body(bytes, a.max(at), b, out);
        // The cues found start in the token (at `a` or after): the first
        // token starting at or after a cue's start is the token, or the
        // next one for a cue inside it.
        for c in &mut out[n..] {
            let k = tok + usize::from(c.start != a);
            c.tok = u32::try_from(k).unwrap_or(CueMatch::NO_TOK);
        }
        e
    }

    /// The word table of the tokenizer's word classes, which also holds
    /// the first words of the cue forms (see [`Lexicon::scan_token`]).
    pub(crate) fn word_table(&self) -> &Lookup {
        &self.table
    }

    /// The cue lemma and form of a single word (any case), if it is a cue.
    pub fn cue_word(&self, word: &str) -> Option<(usize, Form)> {
        if word.bytes().any(|b| b.is_ascii_uppercase()) {
            let mut buf = [0u8; 32];
            if let Some(w) = ascii_lower(word, &mut buf) {
                return self.words.get(w).copied();
            }
            return self.words.get(&word.to_ascii_lowercase()).copied();
        }
        self.words.get(word).copied()
    }

    /// The type of a speaker noun (any case), if it is one.
    pub fn speaker_noun(&self, word: &str) -> Option<NounType> {
        // Most words: one probe of the word table, which holds the type of
        // every noun of ASCII of at most 16 bytes (no hashing of the
        // string, no compare of its bytes).
        if let Some(t) = self.table.noun_type(word.as_bytes()) {
            return t;
        }
        if word.bytes().any(|b| b.is_ascii_uppercase()) || !word.is_ascii() {
            let mut buf = [0u8; 32];
            if let Some(w) = ascii_lower(word, &mut buf) {
                return self.nouns.get(w).copied();
            }
            return self.nouns.get(&word.to_lowercase()).copied();
        }
        self.nouns.get(word).copied()
    }
}

/// `word` lowercased into `buf` when it is ASCII and fits (no allocation);
/// for ASCII, `to_lowercase` and `to_ascii_lowercase` agree.
fn ascii_lower<'b>(word: &str, buf: &'b mut [u8; 32]) -> Option<&'b str> {
    let b = word.as_bytes();
    if b.len() > buf.len() || !word.is_ascii() {
        return None;
    }
    let out = &mut buf[..b.len()];
    out.copy_from_slice(b);
    out.make_ascii_lowercase();
    std::str::from_utf8(out).ok()
}

/// What rules out a cue form of several words by the text after it
/// ([`FlatForm::guard`]).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Guard {
    /// Nothing.
    None,
    /// A day name ("commented on Monday": [`day_after`]).
    Day,
    /// A number, a quantity or an adverbial of time after a belief's
    /// " about" or " in" ([`approximator_after`]).
    Approximator,
}

/// Whether the text after a belief's " about" or " in" (`rest`, from the
/// space) opens an approximate number or quantity ("thought about 200
/// people attended", "think about half of the funds", "about a third")
/// or an adverbial of time ("believe in the long run
/// the merger will pay off", "in the short term", "in the end"): the
/// preposition belongs to what follows, and the plain verb ("thought",
/// "believe") takes the clause.
fn approximator_after(rest: &[u8]) -> bool {
    // (Not a bare number word: "think about two options" is the object.)
    const QUANTITIES: [&[u8]; 10] = [
        b"half",
        b"a third",
        b"a quarter",
        b"a fifth",
        b"a tenth",
        b"a dozen",
        b"a hundred",
        b"a thousand",
        b"a million",
        b"a billion",
    ];
    const TIMES: [&[u8]; 5] = [
        b"the long run",
        b"the long term",
        b"the short run",
        b"the short term",
        b"the end",
    ];
    let Some(r) = rest.strip_prefix(b" ") else {
        return false;
    };
    // (A whole word or phrase, in any case.)
    let at = |p: &[u8]| {
        r.len() >= p.len()
            && r[..p.len()].eq_ignore_ascii_case(p)
            && r.get(p.len())
                .is_none_or(|b| !b.is_ascii_alphanumeric() && *b != b'-')
    };
    // "about 200", "about $5 million", "about 40%".
    r.first().is_some_and(|b| b.is_ascii_digit() || *b == b'$')
        || QUANTITIES.iter().any(|p| at(p))
        // "in the end of the story" is the object ("the end of ...").
        || TIMES.iter().any(|p| at(p) && !r[p.len()..].starts_with(b" of"))
}

/// Whether a day name follows (after one space): "insisted on Sunday
/// that" is "insisted" and a time phrase, not the phrasal "insist on".
fn day_after(rest: &[u8]) -> bool {
    const DAYS: [&[u8]; 7] = [
        b"Monday",
        b"Tuesday",
        b"Wednesday",
        b"Thursday",
        b"Friday",
        b"Saturday",
        b"Sunday",
    ];
    rest.strip_prefix(b" ").is_some_and(|r| {
        DAYS.iter()
            .any(|d| r.starts_with(d) && r.get(d.len()).is_none_or(|b| !b.is_ascii_alphanumeric()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribution::sent::CUE_PACKED;

    #[test]
    fn cue_ids_give_back_their_index_and_keep_a_draft_cue_small() {
        for i in [0, 1, 2, 41, 1_000, u32::MAX as usize - 1] {
            assert_eq!(usize::from(CueId::new(i)), i);
        }
        // (No panic past 32 bits.)
        let _ = CueId::new(usize::MAX);
        assert_eq!(std::mem::size_of::<Option<(usize, usize, CueId)>>(), 24);
        let lx = Lexicon::default_data().unwrap();
        let (say, _) = lx.cue_word("said").unwrap();
        assert_eq!(lx.cue(CueId::new(say)).lemma, lx.cue(say).lemma);
    }

    #[test]
    fn approximators_after_a_belief_rule_out_about_and_in() {
        for rest in [
            " 200 people attended",
            " $5 million",
            " half of the funds",
            " a Third of the money",
            " the long run the merger",
            " the end, he said",
        ] {
            assert!(approximator_after(rest.as_bytes()), "{rest:?}");
        }
        for rest in [
            "",
            " ",
            " two options",
            " the end of the war",
            " the longer run",
            " halfway measures",
            " a thirdparty",
            "200",
        ] {
            assert!(!approximator_after(rest.as_bytes()), "{rest:?}");
        }
        let lx = Lexicon::default_data().unwrap();
        let lemma = |t: &str| {
            let mut out = Vec::new();
            lx.find_cues(t, 0, t.len(), &mut out);
            out.iter()
                .map(|c| lx.cue(c.cue).lemma.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(lemma("They thought about 200 people came."), ["think"]);
        assert_eq!(lemma("They thought about the idea."), ["think about"]);
        assert_eq!(lemma("We believe in the long run it works."), ["believe"]);
        assert_eq!(lemma("We believe in the end of history."), ["believe in"]);
        // Not other lemmas' "about": "talked about 200 people".
        assert_eq!(lemma("They talked about 200 people."), ["talk about"]);
    }

    /// The form `cue_at` takes for the first word `bytes[i..j]` of list
    /// `l`, found by comparing every form (as before the second-byte
    /// masks).
    fn every_form(lx: &Lexicon, bytes: &[u8], i: usize, j: usize, l: usize) -> Option<usize> {
        let len = j - i;
        lx.lists[l].iter().copied().find(|&p| {
            let pat = &lx.patterns[p];
            let e = i + pat.len();
            pat.len() == len
                || e <= bytes.len()
                    && bytes[j..e].eq_ignore_ascii_case(&pat[len..])
                    && is_word_boundary(bytes, i, e)
                    && !(pat.ends_with(b" on") && day_after(&bytes[e..]))
                    && !((pat.ends_with(b" about") || pat.ends_with(b" in"))
                        && lx.cues[lx.forms[p].0].class == "believe"
                        && approximator_after(&bytes[e..]))
        })
    }

    #[test]
    fn second_word_masks_keep_every_form_match() {
        let lx = Lexicon::default_data().unwrap();
        // (What `cue_at`'s compare of the rest of a form relies on.)
        assert!(lx
            .patterns
            .iter()
            .flatten()
            .all(|b| !b.is_ascii_uppercase()));
        let mut texts: Vec<String> = Vec::new();
        for (k, &l) in &lx.by_first {
            let w = String::from_utf8(k.clone()).unwrap();
            texts.push(w.clone());
            texts.push(format!("{w} "));
            texts.push(format!("{w}  x"));
            texts.push(format!("{w} zzz plan"));
            texts.push(format!("{w} on Monday"));
            texts.push(w.to_uppercase());
            for &p in &lx.lists[l as usize] {
                let f = String::from_utf8(lx.patterns[p].clone()).unwrap();
                texts.push(f.clone());
                texts.push(format!("{f} x"));
                texts.push(f.to_uppercase() + ".");
                // The form cut short by one byte, and run into a word.
                texts.push(f[..f.len() - 1].to_string());
                texts.push(format!("{f}s"));
                // With eight bytes or more after the first word (the rest
                // compared eight bytes at once, `FlatForm::rest_matches`):
                // the form, in capitals, cut short, and with each byte of
                // its rest changed (a letter's case, or another byte).
                let pad = " and so on, later";
                texts.push(format!("{f}{pad}"));
                texts.push(format!("{}{pad}", f.to_uppercase()));
                texts.push(format!("{}{pad}", &f[..f.len() - 1]));
                texts.push(format!("{f}s{pad}"));
                let head = w.len();
                for k in head..f.len() {
                    for c in [b'x', b'-', b' ', 0xC3] {
                        let mut b = f.clone().into_bytes();
                        if c == 0xC3 {
                            if k == head {
                                // (A letter run on from the first word: no
                                // whole word, which `every_form` does not
                                // test.)
                                continue;
                            }
                            // An "é" (two bytes) for the byte.
                            b.splice(k..k + 1, [0xC3, 0xA9]);
                        } else if b[k] == c {
                            continue;
                        } else {
                            b[k] = c;
                        }
                        texts.push(String::from_utf8(b).unwrap() + pad);
                    }
                    // Bit 5 flipped: a letter's case (a match), or another
                    // ASCII byte (a space a NUL, a hyphen a CR: none).
                    let mut b = f.clone().into_bytes();
                    b[k] ^= 0x20;
                    texts.push(String::from_utf8(b).unwrap() + pad);
                }
            }
        }
        let mut checked = 0;
        for t in &texts {
            let b = t.as_bytes();
            let j = b
                .iter()
                .position(|c| !c.is_ascii_alphanumeric())
                .unwrap_or(b.len());
            let key = b[..j].to_ascii_lowercase();
            let Some(&l) = lx.by_first.get(&key) else {
                continue;
            };
            let mut out = Vec::new();
            let e = lx.cue_at(b, 0, j, Some(l), &mut out);
            let want = every_form(&lx, b, 0, j, l as usize);
            assert_eq!(
                out.first().map(|m| (m.end, m.cue, m.form)),
                want.map(|p| (lx.patterns[p].len(), lx.forms[p].0, lx.forms[p].1)),
                "{t:?}"
            );
            assert_eq!(e, want.map_or(j, |p| lx.patterns[p].len()), "{t:?}");
            // The tokenizer's way in, which skips the words that cannot
            // start a form here.
            // (Its cue is given the token index it is passed.)
            let mut out2 = Vec::new();
            let entry = lx.table.list_entry(l);
            assert_eq!(lx.first_word_at(b, 0, j, entry, 7, &mut out2), e, "{t:?}");
            for m in &mut out2 {
                assert_eq!(m.tok, 7, "{t:?}");
                m.tok = CueMatch::NO_TOK;
            }
            assert_eq!(out2, out, "{t:?}");
            checked += 1;
        }
        assert!(checked > 1000, "{checked}");
    }

    /// `first_word_at` (with its push of a one-word form that plainly
    /// stands alone) against `cue_at`, for every first word of a form with
    /// bytes of every kind before and after it, and an output vector with
    /// and without room (the fast path needs room; a vector with none
    /// takes `cue_at`). Breaking the fast path's test of the byte before
    /// or after the word makes this fail ("xsaid", "saidé"). The lexicon
    /// of a user's verbs too, whose lists have second words that start
    /// with a byte that is no letter (`CUE_EXIT_ANY`, which the default
    /// lexicon has none of): without the test of that bit in
    /// `first_word_at`, "blurted 1" is pushed as "blurted".
    #[test]
    fn first_word_pushes_as_cue_at() {
        let own = Lexicon::parse(
            "v.csv",
            "lemma,class,forms,frames\n\
             blurt,say,blurted|blurted 1|blurted -x|blurted \u{e9}t\u{e9}|blurted  x|blurted to,quote\n\
             yelp,say,yelps 2|yelps on,quote\n\
             xsixteen,say,abcdefghijklmnop|abcdefghijklmnop x|abcdefghijklmnopq,quote\n",
            "n.csv",
            "noun,forms,type\n",
        )
        .unwrap();
        for lx in [Lexicon::default_data().unwrap(), own] {
            first_word_pushes_as_cue_at_in(&lx);
        }
    }

    fn first_word_pushes_as_cue_at_in(lx: &Lexicon) {
        let befores = [
            "", " ", "x", "1", "\u{e9}", "-", "\u{201c}", "'", ".", "\u{3b1}",
        ];
        let afters = [
            "",
            " ",
            "x",
            "1",
            ".",
            ",",
            "-",
            "s",
            "\u{e9}",
            "\u{2019}s",
            "'s",
            " x",
            " on Monday",
            " that",
            " to",
            " That",
            " 1",
            " \u{e9}",
            " -",
            "  x",
            "\u{201d}",
            "\u{3b1}",
        ];
        let (mut checked, mut pushed) = (0, 0);
        for (k, &l) in &lx.by_first {
            let w = String::from_utf8(k.clone()).unwrap();
            for (bi, before) in befores.iter().enumerate() {
                for (ai, after) in afters.iter().enumerate() {
                    let word = if (bi + ai) % 3 == 0 {
                        w.to_uppercase()
                    } else {
                        w.clone()
                    };
                    let t = format!("{before}{word}{after}");
                    let b = t.as_bytes();
                    let (i, j) = (before.len(), before.len() + word.len());
                    // (The entry as the table holds it, packed or not, and
                    // the entry unpacked, which reads the list's masks.)
                    for (room, entry) in [0, 1, 8]
                        .into_iter()
                        .flat_map(|r| [(r, lx.table.list_entry(l)), (r, l + 1)])
                    {
                        let mut want = Vec::with_capacity(room);
                        let mut got = Vec::with_capacity(room);
                        if room == 1 {
                            // A vector already full.
                            let m = CueMatch {
                                start: 0,
                                end: 0,
                                cue: 0,
                                form: Form::Base,
                                tok: CueMatch::NO_TOK,
                            };
                            want.push(m);
                            got.push(m);
                        }
                        let e = lx.cue_at(b, i, j, Some(l), &mut want);
                        assert_eq!(lx.first_word_at(b, i, j, entry, 7, &mut got), e, "{t:?}");
                        for m in &mut got[usize::from(room == 1)..] {
                            assert_eq!(m.tok, 7, "{t:?}");
                            m.tok = CueMatch::NO_TOK;
                        }
                        assert_eq!(got, want, "{t:?}");
                        pushed += usize::from(got.len() > usize::from(room == 1));
                        checked += 1;
                    }
                }
            }
        }
        assert!(
            checked > 80 * lx.by_first.len() && pushed > 0,
            "{checked} {pushed}"
        );
        // After the word, the rests of the list's own forms: whole, cut,
        // with a byte changed and in capitals, run on, and with fewer
        // than eight bytes to the text's end ([`MultiTail`]).
        let (mut tried, mut found) = (0, 0);
        for (k, &l) in &lx.by_first {
            let h = &lx.heads[l as usize];
            for f in &lx.flat[h.forms.0..h.forms.1] {
                let rest = &lx.pool[f.at + k.len()..f.at + f.len];
                let mut afters: Vec<Vec<u8>> = Vec::new();
                for cut in [rest.len(), rest.len().saturating_sub(1), 9, 8, 7, 5, 3, 2] {
                    let r = &rest[..cut.min(rest.len())];
                    afters.push(r.to_vec());
                    afters.push([r, b" x"].concat());
                    afters.push([r, b"s and more"].concat());
                    afters.push(r.to_ascii_uppercase());
                    for at in [1, 2, 4, 7] {
                        if let Some(c) = r.get(at) {
                            let mut changed = [r, b" said"].concat();
                            changed[at] = c ^ 0x01;
                            afters.push(changed);
                        }
                    }
                }
                for after in afters {
                    let t = [k.as_slice(), &after].concat();
                    let mut want = Vec::with_capacity(4);
                    let mut got = Vec::with_capacity(4);
                    let e = lx.cue_at(&t, 0, k.len(), Some(l), &mut want);
                    // (`tok` as `cue_at` leaves it.)
                    let tok = CueMatch::NO_TOK as usize;
                    for entry in [lx.table.list_entry(l), l + 1] {
                        got.clear();
                        assert_eq!(
                            lx.first_word_at(&t, 0, k.len(), entry, tok, &mut got),
                            e,
                            "{t:?}"
                        );
                        assert_eq!(got, want, "{t:?}");
                    }
                    tried += 1;
                    found += usize::from(!want.is_empty() && want[0].end > k.len());
                }
            }
        }
        assert!(
            tried > 20 * lx.by_first.len() && found > 0,
            "{tried} {found}"
        );
    }

    /// The table's entry of each list (`Lookup::cue_head`) against the
    /// list's head: the one-word form packed and unpacked, and the mask's
    /// letters and `CUE_EXIT_ANY` against the second-word bytes (what
    /// `first_word_at` reads in place of the head), and the entry's tail
    /// (`Lookup::cue_exit`) that of the list's forms of several words.
    #[test]
    fn cue_heads_agree_with_the_list_heads() {
        let lx = Lexicon::default_data().unwrap();
        let (mut singles, mut packed, mut marked) = (0, 0, 0);
        let first_len: HashMap<u32, usize> =
            lx.by_first.iter().map(|(k, &l)| (l, k.len())).collect();
        for (l, h) in lx.heads.iter().enumerate() {
            let l = l as u32;
            let (at, Some([m, single])) = lx.table.cue_head(l + 1) else {
                panic!("no entry for list {l}")
            };
            assert_eq!(at, l);
            let x = lx.table.cue_exit(l).unwrap();
            assert_eq!(x.head, [m, single]);
            let forms = lx.flat[h.forms.0..h.forms.1].iter();
            assert_eq!(
                x.tail,
                MultiTail::of(forms.filter(|f| f.len > first_len[&l]))
            );
            // The entry the slots hold gives the same, packed, marked or
            // neither.
            let entry = lx.table.list_entry(l);
            assert_eq!(lx.table.cue_head(entry), (l, Some([m, single])), "{l}");
            packed += usize::from(entry & CUE_PACKED != 0);
            marked += usize::from(entry & CUE_MULTI != 0 && entry & CUE_PACKED == 0);
            if h.single_len == 0 {
                assert_eq!(single, CUE_NO_SINGLE);
            } else {
                assert_eq!(unpack_single(single), (h.single_cue, h.single_form));
                singles += 1;
            }
            for c in 0..=255u8 {
                let bit = h.second[usize::from(c >> 6)] & (1 << (c & 63)) != 0;
                if c.is_ascii_lowercase() {
                    assert_eq!(m & (1 << (c - b'a')) != 0, bit, "{l} {c}");
                } else if bit {
                    assert_ne!(m & CUE_EXIT_ANY, 0, "{l} {c}");
                }
            }
        }
        assert!(
            singles > 500 && packed > 500 && marked > 100,
            "{singles} {packed} {marked}"
        );
        for (cue, form) in [
            (0, Form::Base),
            (7, Form::Third),
            (12, Form::Past),
            (300, Form::Ing),
            ((1 << 29) - 1, Form::Other),
        ] {
            let h = ListHead {
                second: [0; 4],
                single_len: 3,
                single_cue: cue,
                single_form: form,
                forms: (0, 0),
            };
            assert_eq!(h.packed_single().map(unpack_single), Some((cue, form)));
        }
        let big = ListHead {
            second: [0; 4],
            single_len: 3,
            single_cue: 1 << 29,
            single_form: Form::Base,
            forms: (0, 0),
        };
        assert_eq!(big.packed_single(), None);
    }

    /// `speaker_noun` (the word table's probe for words of ASCII of at
    /// most 16 bytes) against the plain lookup of the lowercased word in
    /// the map, for every noun form of the default lexicon and of one
    /// with forms holding a NUL, in several cases, cut, run on, with a
    /// NUL or a byte past ASCII, and random words. Without the NUL test
    /// of `Lookup::noun_type`, "official\0" is a person; without the
    /// length test, a word of 17 bytes is looked up packed.
    #[test]
    fn speaker_noun_agrees_with_the_map() {
        let plain = |lx: &Lexicon, w: &str| lx.nouns.get(&w.to_lowercase()).copied();
        let own =
            "noun,forms,type\nab,ab|a\u{0}b|c\u{0},person\nx,x\u{0}\u{0}|officials,organization\n";
        let mut seed = 38;
        for lx in [
            Lexicon::default_data().unwrap(),
            Lexicon::parse(
                "v.csv",
                "lemma,class,forms,frames\nsay,say,said,quote\n",
                "n.csv",
                own,
            )
            .unwrap(),
        ] {
            let mut words: Vec<String> = vec![
                String::new(),
                "\u{0}".into(),
                "a".into(),
                "c".into(),
                "x".into(),
                "a\u{0}".into(),
                "ab".into(),
                "A\u{0}B".into(),
                "spokeswomanships".into(),
                "spokeswomanshipss".into(),
            ];
            for n in lx.nouns.keys() {
                let up = n.to_uppercase();
                let cap: String = n
                    .chars()
                    .enumerate()
                    .map(|(i, c)| if i == 0 { c.to_ascii_uppercase() } else { c })
                    .collect();
                words.extend([
                    n.clone(),
                    up,
                    cap,
                    format!("{n}s"),
                    format!("{n}\u{0}"),
                    format!("\u{0}{n}"),
                    format!("{n}\u{e9}"),
                    format!("{n}{n}"),
                    n[..n.len() - 1].to_string(),
                    n[1..].to_string(),
                ]);
            }
            let pieces = ["a", "b", "official", "s", "E", "\u{0}", "ers", "\u{e9}"];
            for _ in 0..3000 {
                words.push(crate::random_text(&mut seed, &pieces, 6));
            }
            let mut found = 0;
            for w in &words {
                assert_eq!(lx.speaker_noun(w), plain(&lx, w), "{w:?}");
                found += usize::from(plain(&lx, w).is_some());
            }
            assert!(found > 10, "{found}");
        }
    }

    #[test]
    fn default_lexicon_loads_and_matches() {
        let lx = Lexicon::default_data().unwrap();
        let t = "Lavrov Said that he had pointed out the risk, according to aides.";
        let mut out = Vec::new();
        lx.find_cues(t, 0, t.len(), &mut out);
        let found: Vec<&str> = out.iter().map(|m| &t[m.start..m.end]).collect();
        assert!(found.contains(&"Said"));
        assert!(found.contains(&"according to"));
        assert!(lx.speaker_noun("officials").is_some());
    }

    #[test]
    fn word_table_holds_the_letter_first_words() {
        let lx = Lexicon::default_data().unwrap();
        let key = |w: &str| crate::attribution::sent::pack(w.as_bytes());
        let table = lx.word_table();
        for (w, &l) in &lx.by_first {
            let indexed = w.len() <= 16 && w.iter().all(u8::is_ascii_lowercase);
            if w.len() <= 16 {
                let k = key(std::str::from_utf8(w).unwrap());
                assert_eq!(table.first_word(k), indexed.then_some(l));
            }
        }
        assert!(table.first_word(key("said")).is_some());
        assert!(table.first_word(key("according")).is_some());
        assert_eq!(table.first_word(key("the")), None);
        assert_eq!(table.first_word(key("saidx")), None);
    }

    /// The word loop's skip of the cue step (`Lookup::skips_cue_step`)
    /// against `first_word_at`: every first word of the table, followed
    /// by the rest of each of its forms, by a space and each ASCII byte,
    /// and by other bytes, in either case: when the loop skips, the scan
    /// would have found nothing and stopped at the word's end. (A mask
    /// missing a letter of a second word fails on the form itself.)
    #[test]
    fn skipped_cue_steps_find_nothing() {
        let lx = Lexicon::default_data().unwrap();
        let table = lx.word_table();
        let (mut skipped, mut taken) = (0, 0);
        for (w, &l) in &lx.by_first {
            if w.len() > 16 || !w.iter().all(u8::is_ascii_lowercase) {
                continue;
            }
            let w = std::str::from_utf8(w).unwrap();
            let mut after: Vec<String> = lx.lists[l as usize]
                .iter()
                .map(|&p| format!("{} x", String::from_utf8_lossy(&lx.patterns[p][w.len()..])))
                .collect();
            for c in 0x20..0x7fu8 {
                after.push(format!(" {}", c as char));
                after.push(format!("{}", c as char));
            }
            for a in ["", " ", "  ", " é", " “x", "\n", " \n", "’s", "-x"] {
                after.push(a.to_string());
            }
            for a in &after {
                for word in [w.to_string(), w.to_ascii_uppercase()] {
                    let text = format!("{word}{a}");
                    let b = text.as_bytes();
                    let j = word.len();
                    let next = j + usize::from(b.get(j) == Some(&b' '));
                    let entry = table.list_entry(l);
                    if table.skips_cue_step(entry, b, j, next) {
                        skipped += 1;
                        let mut out = Vec::new();
                        assert_eq!(lx.first_word_at(b, 0, j, entry, 0, &mut out), j, "{text:?}");
                        assert!(out.is_empty(), "{text:?}");
                        assert_eq!(lx.cue_at(b, 0, j, Some(l), &mut out), j, "{text:?}");
                        assert!(out.is_empty(), "{text:?}");
                    } else {
                        taken += 1;
                    }
                }
            }
        }
        assert!(skipped > 10_000 && taken > 10_000, "{skipped} {taken}");
        // No masks, no skips (the table of the words without a lexicon).
        let plain = crate::attribution::sent::Lookup::new(
            std::iter::empty(),
            std::iter::empty(),
            std::iter::empty(),
        );
        for k in 1..100 {
            assert!(!plain.skips_cue_step(k, b"in x", 2, 3));
        }
    }

    #[test]
    fn possessive_scan_agrees_with_the_byte_scan() {
        let one_letter = Lexicon::parse(
            "v.csv",
            "lemma,class,forms,frames\nsay,say,s|said|s out,quote\n",
            "n.csv",
            "noun,forms,type\n",
        )
        .unwrap();
        let lexicons = [Lexicon::default_data().unwrap(), one_letter];
        let heads: [&[u8]; 4] = [b"'s", "’s".as_bytes(), b"'", "’".as_bytes()];
        let pieces: [&[u8]; 12] = [
            b"'",
            "’".as_bytes(),
            b"s",
            b"S",
            b"x",
            b"-",
            b"a",
            b" ",
            b".",
            b"1",
            b"said",
            b"out",
        ];
        // A word, a possessive, then up to five pieces from a simple
        // generator; the scan from each byte of the possessive.
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        let (mut quick, mut cues) = (0, 0);
        for _ in 0..4_000 {
            crate::next_random(&mut seed);
            let mut t = b"Trump".to_vec();
            let a = t.len();
            t.extend_from_slice(heads[seed as usize % heads.len()]);
            let b = t.len();
            for k in 0..seed >> 4 & 7 {
                t.extend_from_slice(pieces[(seed >> (8 + 4 * k)) as usize % pieces.len()]);
            }
            for lx in &lexicons {
                for at in 0..b {
                    let (mut fast, mut full) = (vec![], vec![]);
                    let e = lx.scan_possessive(&t, a, b, 1, at, &mut fast);
                    assert_eq!(
                        e,
                        lx.scan_in_token(&t, a, b, 1, at, &mut full),
                        "{t:?} {at}"
                    );
                    assert_eq!(fast, full, "{t:?} {at}");
                    quick += usize::from(e == b && full.is_empty());
                    cues += full.len();
                }
            }
        }
        // (Both outcomes met: the one-letter cue "s" is found.)
        assert!(quick > 1_000 && cues > 100, "{quick} {cues}");
    }

    #[test]
    fn multi_tails_keep_the_places_all_forms_share() {
        let form = |pat: &[u8], head: usize| {
            let (tail, fold, mask) = packed_tail(pat, head);
            FlatForm {
                at: 0,
                len: pat.len(),
                cue: 0,
                form: Form::Base,
                guard: Guard::None,
                tail,
                fold,
                mask,
            }
        };
        let in_favor = [form(b"vote in favor of", 4), form(b"vote in favour of", 4)];
        let t = MultiTail::of(in_favor.iter());
        assert_eq!(t.bits, 0xDFDF_DFDF_FFDF_DFFF, "{t:?}");
        assert!(t.may_match(b"vote In Favor of it", 4));
        assert!(!t.may_match(b"vote in fever of it", 4));
        // Fewer than eight bytes after the word: it may match.
        assert!(t.may_match(b"vote in x", 4));
        // " to" and " on": the space alone is shared.
        let two = [form(b"go to", 2), form(b"go on", 2)];
        let t = MultiTail::of(two.iter());
        assert_eq!(t.bits, 0xFF, "{t:?}");
        assert!(t.may_match(b"go ahead and", 2) && !t.may_match(b"go-ahead and", 2));
        // No form of several words: every text may match.
        let t = MultiTail::of([].iter());
        assert!(t.may_match(b"said nothing at all", 4) && t.bits == 0);
    }

    #[test]
    fn token_scan_agrees_with_the_byte_scan() {
        let hyphened = Lexicon::parse(
            "v.csv",
            "lemma,class,forms,frames\nsay,say,s|said|s out|e-mailed|x-ray-said,quote\n",
            "n.csv",
            "noun,forms,type\n",
        )
        .unwrap();
        let lexicons = [Lexicon::default_data().unwrap(), hyphened];
        let pieces: [&[u8]; 22] = [
            b"said",
            b"Said",
            b"e-mailed",
            b"x-ray",
            b"-",
            b"--",
            b"a",
            b"s",
            b"Mr",
            b".",
            b"'",
            "’".as_bytes(),
            "é".as_bytes(),
            b"9",
            b" ",
            b"according",
            b"to",
            b"told",
            b"well",
            b"known",
            b"Z",
            b"out",
        ];
        // A token of up to six pieces between up to four pieces before and
        // after it; the scan from each byte of the token. (Texts short and
        // long: the block of sixteen bytes is there or not.)
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let (mut quick, mut cues) = (0, 0);
        for _ in 0..6_000 {
            crate::next_random(&mut seed);
            let (before, inner, after) = (seed % 5, 1 + (seed >> 3) % 6, (seed >> 6) % 5);
            let mut t = Vec::new();
            let (mut a, mut b) = (0, 0);
            for k in 0..before + inner + after {
                if k == before {
                    a = t.len();
                }
                crate::next_random(&mut seed);
                t.extend_from_slice(pieces[(seed >> 11) as usize % pieces.len()]);
                if k + 1 == before + inner {
                    b = t.len();
                }
            }
            for lx in &lexicons {
                for at in a..b {
                    let (mut fast, mut full) = (vec![], vec![]);
                    let e = lx.scan_in_token(&t, a, b, 3, at, &mut fast);
                    assert_eq!(
                        e,
                        lx.scan_in_token_body(&t, a, b, 3, at, &mut full),
                        "{t:?} {a} {b} {at}"
                    );
                    assert_eq!(fast, full, "{t:?} {a} {b} {at}");
                    // (The word loop's way, `scan_token` with no cue list:
                    // its copy of the sixteen-byte test in line, which must
                    // stay `scan_in_token`'s.)
                    let (mut pos, mut inline) = (at, vec![]);
                    lx.scan_token(&t, a, b, 3, None, &mut pos, &mut inline);
                    assert_eq!((pos, &inline), (e, &full), "{t:?} {a} {b} {at}");
                    quick += usize::from(lx.scan_no_cue16(&t, at, b).is_some());
                    cues += full.len();
                }
            }
        }
        // (Both ways taken often.)
        assert!(quick > 5_000 && cues > 1_000, "{quick} {cues}");
    }

    #[test]
    fn bad_frame_names_line() {
        let e = Lexicon::parse(
            "v.csv",
            "lemma,class,forms,frames\nsay,say,say|said,quote\nx,y,z,bogus\n",
            "n.csv",
            "noun,forms,type\n",
        )
        .err()
        .unwrap()
        .to_string();
        assert!(e.contains("v.csv:3"), "{e}");
    }

    #[test]
    fn duplicate_noun_form_is_an_error() {
        let nouns = "noun,forms,type\nlender,lender|lenders,person\nbank,bank|banks,organization\nlender,lender,organization\n";
        let e = Lexicon::parse(
            "v.csv",
            "lemma,class,forms,frames\nsay,say,said,quote\n",
            "n.csv",
            nouns,
        )
        .err()
        .expect("a repeated noun form is an error");
        let m = e.to_string();
        assert!(
            m.contains("n.csv") && m.contains('4') && m.contains("lender"),
            "{m}"
        );
    }

    #[test]
    fn duplicate_form_is_an_error() {
        let e = Lexicon::parse(
            "v.csv",
            "lemma,class,forms,frames\nsay,say,say|said,quote\ntell,tell,said,quote\n",
            "n.csv",
            "noun,forms,type\n",
        );
        assert!(e.is_err());
    }
}
