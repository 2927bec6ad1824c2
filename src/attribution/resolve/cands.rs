//! The candidate antecedents of a document ([`Cands`]): every entity
//! mentioned so far, indexed by surname and phrase, that pronouns,
//! surnames and role phrases resolve to.

use super::*;

/// A candidate antecedent; names from the gazetteer are borrowed.
#[derive(Clone, Debug)]
pub(super) struct Cand<'g> {
    pub(super) pos: usize,
    pub(super) canonical: Cow<'g, str>,
    pub(super) stype: SpeakerType,
    pub(super) country: Option<Cow<'g, str>>,
    pub(super) gender: Option<Gender>,
    /// The gazetteer entity, when the name is one.
    pub(super) entity: Option<usize>,
}

/// The antecedents of a document: gazetteer mentions and name-shaped
/// speakers (sorted), plus speakers resolved so far, with indexes so every
/// lookup is logarithmic or bounded (a huge single document stays linear).
pub(super) struct Cands<'g> {
    /// Mentions and name-shaped speakers, by position.
    pub(super) base: Vec<Cand<'g>>,
    /// Speakers resolved so far, by position (then in the order added).
    pub(super) added: Added<'g>,
    /// Lowercase last word of multi-word person names (by
    /// [`surname_key`]) -> the first and last entry of those names in
    /// `last_list`, in document order (base first). A hash collision only
    /// joins two lists: every use compares the names themselves.
    pub(super) by_last: HashMap<u64, (u32, u32)>,
    /// The names of `by_last`, each with the index of the next entry of
    /// its list (`u32::MAX` at the end): one vector per document, no key
    /// string or vector per surname.
    pub(super) last_list: Vec<(Cand<'g>, u32)>,
    /// Distinct gazetteer people named in the document.
    pub(super) people: Vec<(Cow<'g, str>, usize)>,
    /// The entities of `people`: the entities whose entry in
    /// [`Buffers::seen`] is this document's number `doc`.
    pub(super) seen: Vec<u32>,
    pub(super) doc: u32,
    /// Scratch buffer for `by_last` keys.
    pub(super) key_buf: String,
    /// (address, length) of the borrowed names known to be in the first
    /// `SURNAME_LIST_CAP` entries of their `by_last` list, but for the
    /// entities' own names (those of the mentions, most), which are
    /// stamped in `listed_own`.
    pub(super) listed: rustc_hash::FxHashSet<(usize, usize)>,
    /// Per entity, whether its own name is one of `listed`: its entry is
    /// `doc` ([`Buffers::listed_own`]); a stamp, no hash.
    pub(super) listed_own: Vec<u32>,
    /// The gazetteer's entities (whose names a candidate may borrow).
    pub(super) entities: &'g [Entity],
    /// The gazetteer, which keeps the surname key of each entity's own
    /// name ([`Gazetteer::entity_memo`]); `None` in tests of the lists
    /// (the keys made each time).
    pub(super) gaz: Option<&'g Gazetteer>,
    /// The state of the dateline's place ("LONDON -" -> GBR), for role
    /// phrases that name no country ("the Prime Minister"); looked up on
    /// first use (most documents have no such phrase).
    pub(super) dateline_country: std::cell::OnceCell<Option<String>>,
    /// The span of the last person speaker the article does not name
    /// ("one fisherman", "a senior official"): a "he" or "she" later in
    /// its sentence is that person, not a name from before it.
    pub(super) unnamed: Option<Span>,
    /// The last speaker resolved (not inherited): its span, its
    /// content's span, what it resolved to unless it is a person or a
    /// coordination, and whether it is a coordination ("Siemens and
    /// Boeing said": a later "It" takes no name). A sentence-initial "It"
    /// right after that draft's sentence is that speaker ("The automaker
    /// said the recall covers GMC Sierra trucks. It said": the automaker,
    /// not a name inside its content).
    pub(super) last_speaker: Option<(Span, Span, Option<Resolved<'g>>, bool)>,
    /// The span of the latest speaker that is a lone name known from
    /// nowhere else, which is no antecedent ("Delta said"): "the carrier"
    /// after it takes no airline named before it.
    pub(super) last_lone: Option<Span>,
    /// What `resolve` found of the speaker phrase of the draft being
    /// resolved, at that span (see [`Cands::person_name`]).
    pub(super) person_memo: Option<(Span, PhraseMemo)>,
    /// The content's span of the draft being resolved (empty between
    /// drafts): a name in apposition after the speaker phrase that lies
    /// in it is the content's, not the speaker's ("According to the
    /// police, John Smith, 45, was arrested": the police, not "John
    /// Smith").
    pub(super) content: Span,
    /// Whether a candidate of `base` or one added owns its name or its
    /// country (else every candidate, and every name of `last_list` and
    /// `people`, their copies, borrows: `resolve` forgets them, with
    /// nothing to free, rather than drop them).
    pub(super) owns: bool,
    /// The party tags found so far ([`party_member`]); empty until the
    /// document's first party phrase.
    pub(super) party: std::cell::RefCell<party::PartyMemo>,
    /// Per demonym of a "the French leader" phrase
    /// ([`demonym_leader`]): how many entries of `people` were tested,
    /// the first of them who led its country, and whether a second did;
    /// each person is tested once per demonym, not once per phrase.
    /// (Keyed by the demonym's entity, no borrowed name: `Cands` stays
    /// covariant in its lifetime.)
    pub(super) leaders: std::cell::RefCell<Vec<LeaderMemo>>,
    /// The acronyms the text defines ([`orgs::AcronymDefs`]), found at
    /// the document's first acronym speaker (most documents have none).
    pub(super) acronyms: std::cell::OnceCell<orgs::AcronymDefs>,
    /// Whether a name of the document is listed under its first word, a
    /// family name written first ([`first_family_key`]): if not (nearly
    /// every document), [`Cands::by_surname`] looks for none.
    pub(super) first_families: bool,
    /// The office holders the text introduces, by the head of their
    /// title ([`holders::head_holders`]), each head's found at the first
    /// role phrase that needs them.
    pub(super) holders: std::cell::RefCell<Vec<(holders::HeadKey, Vec<holders::Holder>)>>,
}

/// What [`demonym_leader`] found of one country ([`Cands::leaders`]).
#[derive(Clone, Copy, Debug)]
pub(super) struct LeaderMemo {
    /// The demonym's gazetteer entity, whose country it is.
    pub(super) demonym: usize,
    /// The entries of [`Cands::people`] tested so far.
    pub(super) tested: usize,
    /// The first of them who led the country.
    pub(super) first: Option<usize>,
    /// Whether another of them did too.
    pub(super) two: bool,
}

/// What `resolve` finds of a draft's speaker phrase while it gathers the
/// candidates, kept for `resolve_one`, which asks the same of the phrase.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct PhraseMemo {
    /// Where its person name is in it, found with its mentioned name.
    pub(super) person: Option<NameAt>,
    /// Whether its last word starts with a capital, the first test of the
    /// names, which the surname rule makes too.
    pub(super) cap: bool,
    /// Its [`object_start`], found with the names (`None`: not known, as
    /// when the phrase ends with no capital and its names are not sought).
    pub(super) object: Option<Option<usize>>,
    /// The first of the mentions from its start ([`Ments::first_from`]),
    /// as [`widen_to_name`] found it: a `u32`, in the struct's padding,
    /// and `u32::MAX` for an index that does not fit, which is sought
    /// again.
    pub(super) first: u32,
}

/// The speakers resolved so far ([`Cands::added`]), by position and then
/// in the order added.
pub(super) enum Added<'g> {
    /// A sorted vector: speakers come nearly always in text order, so
    /// each is appended, or inserted a place or two before the end.
    Sorted(Vec<Cand<'g>>),
    /// After a speaker far before the end (many places to shift), a tree
    /// keyed by (position, sequence): no input makes the insertions
    /// quadratic.
    Tree(std::collections::BTreeMap<(usize, usize), Cand<'g>>),
}

/// How many places an insertion into [`Added::Sorted`] may shift.
const ADDED_SHIFT_CAP: usize = 64;

impl<'g> Added<'g> {
    pub(super) fn insert(&mut self, c: Cand<'g>) {
        if let Added::Sorted(v) = self {
            // (After the speakers at the same position: in the order added.)
            let k = v.partition_point(|x| x.pos <= c.pos);
            if v.len() - k <= ADDED_SHIFT_CAP {
                v.insert(k, c);
                return;
            }
            // (The sequence numbers keep the order of the vector.)
            let tree = std::mem::take(v)
                .into_iter()
                .enumerate()
                .map(|(seq, x)| ((x.pos, seq), x))
                .collect();
            *self = Added::Tree(tree);
        }
        if let Added::Tree(t) = self {
            let seq = t.len();
            t.insert((c.pos, seq), c);
        }
    }

    /// The speakers at `lo..hi`, in order.
    pub(super) fn range(&self, lo: usize, hi: usize) -> AddedRange<'_, 'g> {
        match self {
            Added::Sorted(v) => {
                let a = v.partition_point(|x| x.pos < lo);
                let b = a + v[a..].partition_point(|x| x.pos < hi);
                AddedRange::Sorted(v[a..b].iter())
            }
            Added::Tree(t) => AddedRange::Tree(t.range((lo, 0)..(hi.max(lo), 0))),
        }
    }
}

/// The iterator of [`Added::range`].
pub(super) enum AddedRange<'a, 'g> {
    Sorted(std::slice::Iter<'a, Cand<'g>>),
    Tree(std::collections::btree_map::Range<'a, (usize, usize), Cand<'g>>),
}

impl<'a, 'g> Iterator for AddedRange<'a, 'g> {
    type Item = &'a Cand<'g>;

    fn next(&mut self) -> Option<&'a Cand<'g>> {
        match self {
            AddedRange::Sorted(it) => it.next(),
            AddedRange::Tree(it) => it.next().map(|(_, c)| c),
        }
    }
}

impl<'a, 'g> DoubleEndedIterator for AddedRange<'a, 'g> {
    fn next_back(&mut self) -> Option<&'a Cand<'g>> {
        match self {
            AddedRange::Sorted(it) => it.next_back(),
            AddedRange::Tree(it) => it.next_back().map(|(_, c)| c),
        }
    }
}

/// How many names of one surname list are compared: a document naming
/// hundreds of different people with one surname (a generated roster, a
/// transcript) must not compare every new name with all the others
/// (quadratic). Real articles name a handful per surname.
const SURNAME_LIST_CAP: usize = 64;

/// The key of a lowercase surname in [`Cands::by_last`] (of its bytes:
/// [`lower_joined_in`] gives the surnames looked up as bytes).
pub(super) fn surname_key(last: &[u8]) -> u64 {
    use std::hash::{BuildHasher, BuildHasherDefault};
    BuildHasherDefault::<rustc_hash::FxHasher>::default().hash_one(last)
}

/// What [`Gazetteer::entity_memo`] keeps for a person's own name of one
/// word (no surname list). (A name whose key is this number, or 0, is
/// only computed each time.)
const ONE_WORD: u64 = u64::MAX;

/// The [`surname_key`] of the lowercase last word of a person's name, or
/// `None` for a name of one word (no list); `buf` holds the lowercase word.
fn name_surname_key(name: &str, buf: &mut String) -> Option<u64> {
    // (Lowercasing never adds or removes a space, so the last word of
    // the lowercase name is the lowercase last word.)
    let name = without_generation(name);
    let sp = last_space(name.as_bytes())?;
    let last = &name[sp + 1..];
    // The key is lowercased into a reused buffer; most surnames are
    // known already, so only a new one allocates.
    buf.clear();
    if last.is_ascii() {
        buf.push_str(last);
        buf.make_ascii_lowercase();
    } else {
        buf.push_str(&last.to_lowercase());
    }
    Some(surname_key(buf.as_bytes()))
}

/// Mixed into the [`surname_key`] of a family name written first, so that
/// its list in [`Cands::by_last`] is not that of the same word as a last
/// name ("Lee Hsien Loong" and "Robert E. Lee").
pub(super) const FIRST_FAMILY_SALT: u64 = 0x9e37_79b9_7f4a_7c15;

/// The key in [`Cands::by_last`] of a person's name of two or three words
/// whose first word is a Chinese or Korean family name
/// ([`is_surname_first_family`]: "Mao Ning", "Kim Jong Un"), under which
/// a later "Mao" or "Kim" finds it; `None` for other names.
#[inline(always)]
pub(super) fn first_family_key(name: &str) -> Option<u64> {
    // (A cheap first test, every person's name comes here: the first
    // space within seven bytes, found in the name's first eight bytes as
    // one number, then the word lowercased in that number; a name of
    // fewer bytes byte by byte.)
    let b = name.as_bytes();
    let (sp, low) = match b.first_chunk::<8>() {
        Some(c) => {
            let x = u64::from_le_bytes(*c);
            let s = x ^ 0x2020_2020_2020_2020;
            // (The lowest byte flagged is the first space; a borrow only
            // flags bytes above it.)
            let z = s.wrapping_sub(0x0101_0101_0101_0101) & !s & 0x8080_8080_8080_8080;
            (
                z.trailing_zeros() as usize / 8,
                ascii_lower8(x).to_le_bytes(),
            )
        }
        None => {
            let mut low = [0u8; 8];
            low[..b.len()].copy_from_slice(b);
            low.make_ascii_lowercase();
            (b.iter().position(|&x| x == b' ')?, low)
        }
    };
    if !(2..=6).contains(&sp) {
        return None;
    }
    let first = low.get(..sp)?;
    // (The words counted only for a family name, few names.)
    (is_surname_first_family(first) && b[sp..].iter().filter(|&&x| x == b' ').count() <= 2)
        .then(|| surname_key(first) ^ FIRST_FAMILY_SALT)
}

/// The generational suffixes that may end a person's name after the
/// surname ("Robert F. Kennedy Jr.", "Thurston Howell III"): a second
/// reference by surname ("Kennedy said") names the person without it.
pub(super) const GENERATIONS: &[&str] = &["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"];

/// `name` without a generational suffix after its surname ("Robert F.
/// Kennedy Jr." -> "Robert F. Kennedy"), for the surname key and the
/// comparison of [`Cands::by_surname`]; other names as they are. (A name
/// of the suffix and one word keeps it: "Smith Jr." has no given name
/// before its surname.)
#[inline]
pub(super) fn without_generation(name: &str) -> &str {
    // (Two bytes first: every suffix of [`GENERATIONS`] ends in "r.",
    // "Jr", "Sr", "II" or "IV", and few names do, so nearly all return
    // here before the search for the last space.)
    match name.as_bytes() {
        [.., b'r', b'.'] | [.., b'J' | b'S', b'r'] | [.., b'I', b'I' | b'V'] => {
            strip_generation(name)
        }
        _ => name,
    }
}

/// [`without_generation`] for a name whose last two bytes may end a
/// suffix.
#[inline(never)]
fn strip_generation(name: &str) -> &str {
    let Some(sp) = last_space(name.as_bytes()) else {
        return name;
    };
    let head = &name[..sp];
    if GENERATIONS.contains(&&name[sp + 1..]) && head.contains(' ') {
        head.trim_end_matches(',')
    } else {
        name
    }
}

/// The generational suffix that ends `name` after its surname, without
/// its full stop ("Ken Griffey Jr." and "Ken Griffey Jr" -> "Jr",
/// "Thurston Howell III" -> "III"); `None` for a name without one (see
/// [`without_generation`]).
pub(super) fn generation_of(name: &str) -> Option<&str> {
    let g = name.get(without_generation(name).len()..)?;
    let g = g.trim_start_matches([',', ' ']).trim_end_matches('.');
    (!g.is_empty()).then_some(g)
}

/// Whether person names `a` and `b` both end with a generational suffix,
/// not the same one ("Ken Griffey Sr." and "Ken Griffey Jr."): two
/// people, whatever else they share. ("Jr." and "Jr" are one suffix.)
pub(super) fn two_generations(a: &str, b: &str) -> bool {
    matches!((generation_of(a), generation_of(b)), (Some(x), Some(y)) if x != y)
}

/// The names of one [`Cands::by_last`] list, from entry `head` on.
fn list_iter<'a, 'g>(list: &'a [(Cand<'g>, u32)], head: u32) -> impl Iterator<Item = &'a Cand<'g>> {
    let mut next = head;
    std::iter::from_fn(move || {
        let (c, n) = list.get(next as usize)?;
        next = *n;
        Some(c)
    })
}

/// `words.join(" ").to_lowercase()`, in one string (ASCII words, nearly
/// all, lowercased in place).
pub(super) fn lower_joined(words: &[&str]) -> String {
    if !words.iter().all(|w| w.is_ascii()) {
        return words.join(" ").to_lowercase();
    }
    let mut out = String::with_capacity(words.iter().map(|w| w.len() + 1).sum());
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(w);
    }
    out.make_ascii_lowercase();
    out
}

/// The bytes of [`lower_joined`], written into `buf` when the words are
/// ASCII and fit (a surname of up to three words, nearly always): no
/// string allocated, and no UTF-8 check of the bytes (ASCII lowercased
/// is ASCII; [`Cands::by_surname`] compares bytes).
///
/// The words are copied in, with one bound test a word, and the bytes
/// written are then lowercased and tested for ASCII eight at a time (a
/// byte loop that tested, lowercased and stored each byte cost about 170
/// instructions a call); a non-ASCII byte or a full buffer falls back to
/// [`lower_joined`], which gives the same bytes.
pub(super) fn lower_joined_in<'b>(words: &[&str], buf: &'b mut [u8; 64]) -> Cow<'b, [u8]> {
    let mut k = 0;
    for (i, w) in words.iter().enumerate() {
        let b = w.as_bytes();
        let sep = usize::from(i > 0);
        let Some(out) = buf.get_mut(k..k + sep + b.len()) else {
            return Cow::Owned(lower_joined(words).into_bytes());
        };
        let (space, out) = out.split_at_mut(sep);
        if let Some(s) = space.first_mut() {
            *s = b' ';
        }
        out.copy_from_slice(b);
        k += sep + b.len();
    }
    // (`k` is at most 64, so the eight-byte chunks that hold the bytes
    // written lie in `buf`; the bytes past `k` in the last are lowercased
    // with the rest, unread, and left out of the ASCII test.)
    let chunks = k.div_ceil(8);
    let mut high = 0;
    for (n, c) in buf.chunks_exact_mut(8).take(chunks).enumerate() {
        let x = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        let used = k - 8 * n;
        high |= if used >= 8 {
            x
        } else {
            x & ((1u64 << (8 * used)) - 1)
        };
        c.copy_from_slice(&ascii_lower8(x).to_le_bytes());
    }
    if high & 0x8080_8080_8080_8080 != 0 {
        return Cow::Owned(lower_joined(words).into_bytes());
    }
    Cow::Borrowed(&buf[..k])
}

/// The eight bytes of `x` with each ASCII capital lowercased, each byte
/// apart (no carry crosses a byte: a byte's low seven bits plus 0x3F or
/// 0x25 stay below 0x100). A byte of 0x80 or more may change; callers
/// test for those.
#[inline(always)]
fn ascii_lower8(x: u64) -> u64 {
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let h = x & LOW7;
    // The top bit of each byte: the byte is at least "A" and not past "Z".
    let upper =
        h.wrapping_add(0x3F3F_3F3F_3F3F_3F3F) & !h.wrapping_add(0x2525_2525_2525_2525) & HIGH;
    x | upper >> 2
}

/// `split(' ')` and `rsplit(' ')` on a speaker phrase or a name, which
/// are short: the next space found by a byte loop ([`split_byte`]; the
/// `char` pattern of `str::split` calls memchr once per piece, whose
/// set-up costs more than the few bytes of a word).
pub(super) trait SpaceSplit {
    fn split_sp(&self) -> SplitByte<'_>;
    fn rsplit_sp(&self) -> std::iter::Rev<SplitByte<'_>>;
}

impl SpaceSplit for str {
    fn split_sp(&self) -> SplitByte<'_> {
        split_byte(self, b' ')
    }

    fn rsplit_sp(&self) -> std::iter::Rev<SplitByte<'_>> {
        split_byte(self, b' ').rev()
    }
}

/// The words of `t` as `t.split_whitespace()` gives them, split byte by
/// byte when `t` is ASCII (no character decoding): speaker phrases are
/// nearly always ASCII.
pub(super) fn words_of(t: &str) -> Words<'_> {
    if t.is_ascii() {
        Words::Ascii(t.as_bytes())
    } else {
        Words::Other(t.split_whitespace())
    }
}

/// The iterator of [`words_of`].
pub(super) enum Words<'a> {
    /// The rest of an ASCII text, from the byte after the last word's
    /// space (the space is passed over with its word, so the next call's
    /// loop over leading spaces stops at its first test but after a
    /// double space).
    Ascii(&'a [u8]),
    Other(std::str::SplitWhitespace<'a>),
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        match self {
            Words::Other(it) => it.next(),
            Words::Ascii(rest) => {
                let b: &'a [u8] = rest;
                let mut a = 0;
                while a < b.len() && ascii_space(b[a]) {
                    a += 1;
                }
                if a == b.len() {
                    *rest = &[];
                    return None;
                }
                let mut e = a + 1;
                while e < b.len() && !ascii_space(b[e]) {
                    e += 1;
                }
                *rest = b.get(e + 1..).unwrap_or(&[]);
                // SAFETY: `b` is a part of an ASCII text (`words_of` makes
                // this variant only for `t.is_ascii()`, and every rest is
                // a part of it), and any run of ASCII bytes is UTF-8.
                Some(unsafe { std::str::from_utf8_unchecked(&b[a..e]) })
            }
        }
    }
}

/// The offset of the last space (b' ') in `b`, as
/// `b.iter().rposition(|&x| x == b' ')`, eight bytes at a time from the
/// end (a person's name, a dozen bytes or so, in two words of eight; the
/// byte loop took about four instructions a byte), then the bytes left
/// before them one by one.
#[inline]
pub(super) fn last_space(b: &[u8]) -> Option<usize> {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    let mut end = b.len();
    while end >= 8 {
        let w = u64::from_le_bytes(b[end - 8..end].try_into().expect("eight bytes"));
        // The bytes equal to a space become zero; `y`'s high bit is set
        // in a byte exactly when the byte is not zero (no carry crosses
        // bytes: each byte's low seven bits plus 0x7f stays below 0x100).
        let t = w ^ 0x2020_2020_2020_2020;
        let y = ((t & LOW7).wrapping_add(LOW7) | t) & !LOW7;
        let zeros = !y & !LOW7;
        if zeros != 0 {
            // (Little-endian: the last byte of the eight is the highest.)
            return Some(end - 8 + 7 - zeros.leading_zeros() as usize / 8);
        }
        end -= 8;
    }
    b[..end].iter().rposition(|&x| x == b' ')
}

/// The possessives that stand for their person as a speaker alone, with
/// that person's pronoun ([`resolve_one`]).
pub(super) const POSSESSIVES: [(&str, &str); 2] = [("his", "he"), ("her", "she")];

/// The length of the longest of [`super::super::sent::PRONOUNS`] (and of
/// [`POSSESSIVES`], checked when it is built).
pub(super) const PRONOUN_LEN: usize = {
    let (mut n, mut i) = (0, 0);
    while i < super::super::sent::PRONOUNS.len() {
        if super::super::sent::PRONOUNS[i].len() > n {
            n = super::super::sent::PRONOUNS[i].len();
        }
        i += 1;
    }
    let mut k = 0;
    while k < POSSESSIVES.len() {
        assert!(POSSESSIVES[k].0.len() <= n);
        k += 1;
    }
    n
};

/// Whether the phrase at `sp` in `text` is one of
/// [`super::super::sent::PRONOUNS`], ignoring ASCII case. (Most speaker phrases
/// are longer than any pronoun: one compare of the length, before the
/// phrase is sliced from the text and not once a pronoun. The rest is
/// its folded key against [`super::word_tables::PRONOUN_KEYS`], seven
/// compares of numbers: `eq_ignore_ascii_case` with each pronoun in turn
/// was a call out of line, about 110 instructions a phrase.)
#[inline]
pub(super) fn is_pronoun(text: &str, sp: Span) -> bool {
    sp.1 - sp.0 <= PRONOUN_LEN && {
        const { assert!(PRONOUN_LEN <= 7) };
        let b = &text.as_bytes()[sp.0..sp.1];
        let key = (b.len() as u64) << 56 | crate::text::segment::packed_prefix(b, true);
        super::word_tables::PRONOUN_KEYS.contains(&key)
    }
}

/// How far back a pronoun looks for its antecedent, in candidates.
const PRONOUN_WINDOW: usize = 400;

impl<'g> Cands<'g> {
    /// The name the document's text before `before` defines the acronym
    /// `acr` as, and its name after a place's possessive that gave it a
    /// letter, if any ([`orgs::AcronymDefs::before_placed`]); the definitions are found
    /// once, at the first call.
    pub(super) fn defined_acronym(
        &self,
        text: &'g str,
        gaz: &Gazetteer,
        before: usize,
        acr: &str,
    ) -> Option<(&'g str, Option<&'g str>)> {
        self.acronyms
            .get_or_init(|| orgs::AcronymDefs::scan(text, gaz))
            .before_placed(text, before, acr)
    }

    /// Indexes candidate `c` if it is a person: its surname list
    /// ([`Cands::index_person_rest`]) and its entity
    /// ([`Cands::index_entity`]). Inlined, the two common cases cost no
    /// call of the whole: a candidate that is no person (a third of the
    /// base), and an entity's own name already listed in this document
    /// (most people), which is only its entity to index; the other cases
    /// (and these again, to the same effect) in `index_person_rest`.
    #[inline]
    pub(super) fn index_person(&mut self, c: &Cand<'g>) {
        if c.stype != SpeakerType::Person {
            return;
        }
        if let (Cow::Borrowed(name), Some(e)) = (&c.canonical, c.entity) {
            if self
                .entities
                .get(e)
                .is_some_and(|x| x.name.as_ptr() == name.as_ptr() && x.name.len() == name.len())
                && self.listed_own[e] == self.doc
            {
                self.index_entity(c);
                return;
            }
        }
        self.index_person_rest(c);
    }

    /// [`Cands::index_person`] in full: a person's name added to the list
    /// of its surname unless known to be within the list's first
    /// `SURNAME_LIST_CAP` entries, and its entity indexed.
    #[inline(never)]
    pub(super) fn index_person_rest(&mut self, c: &Cand<'g>) {
        if c.stype != SpeakerType::Person {
            return;
        }
        // A name borrowed from the gazetteer that is already in the
        // first `SURNAME_LIST_CAP` entries of its list (one person
        // mentioned again, the common case) would be found there and not
        // added: nothing to do. Same address and length, same text.
        let borrowed = match &c.canonical {
            Cow::Borrowed(name) => Some((name.as_ptr() as usize, name.len())),
            Cow::Owned(_) => None,
        };
        // (The entity's own name, the same address and length.)
        let own = c.entity.filter(|&e| {
            self.entities
                .get(e)
                .is_some_and(|x| borrowed == Some((x.name.as_ptr() as usize, x.name.len())))
        });
        let known = match own {
            Some(e) => self.listed_own[e] == self.doc,
            None => borrowed.is_some_and(|k| self.listed.contains(&k)),
        };
        if known {
            self.index_entity(c);
            return;
        }
        // (A name of one word has no list: nothing to do either.)
        // (The key of an entity's own name is the gazetteer's to keep,
        // made once for all documents: [`ONE_WORD`] for a name of one
        // word.)
        let buf = &mut self.key_buf;
        let key = match (own, self.gaz) {
            (Some(e), Some(gaz)) => {
                // (A key that is either number the memo gives a meaning,
                // 0 or `ONE_WORD`, is not kept: 0 comes back, and the key
                // is made each time.)
                let kept = gaz.entity_memo(e, |x| match name_surname_key(&x.name, buf) {
                    None => ONE_WORD,
                    Some(0 | ONE_WORD) => 0,
                    Some(k) => k,
                });
                match kept {
                    ONE_WORD => None,
                    0 => name_surname_key(&c.canonical, buf),
                    k => Some(k),
                }
            }
            _ => name_surname_key(&c.canonical, buf),
        };
        // A Chinese or Korean name, family name first ("Mao Ning"), is
        // listed under its first word too ([`first_family_key`]).
        if let Some(fk) = first_family_key(&c.canonical) {
            self.push_first_family(fk, c);
        }
        let listed = if let Some(key) = key {
            self.push_listed(key, c)
        } else {
            true
        };
        if listed {
            match own {
                Some(e) => self.listed_own[e] = self.doc,
                None => {
                    if let Some(k) = borrowed {
                        self.listed.insert(k);
                    }
                }
            }
        }
        self.index_entity(c);
    }

    /// `c` listed under `key`, the [`first_family_key`] of its name. (Out
    /// of line and cold: few names have one, and a second copy of
    /// [`Cands::push_listed`] inlined in [`Cands::index_person_rest`]
    /// weighed on every name.)
    #[cold]
    #[inline(never)]
    fn push_first_family(&mut self, key: u64, c: &Cand<'g>) {
        self.first_families = true;
        self.push_listed(key, c);
    }

    /// `c` added at the end of the [`Cands::by_last`] list of `key`
    /// unless it is within its first `SURNAME_LIST_CAP` entries; whether
    /// it ends up there.
    #[inline(always)]
    fn push_listed(&mut self, key: u64, c: &Cand<'g>) -> bool {
        {
            let new = self.last_list.len() as u32;
            // Whether the name is pushed, and whether it ends up within
            // the first `SURNAME_LIST_CAP` entries of its list.
            let (push, listed) = match self.by_last.entry(key) {
                Entry::Occupied(mut o) => {
                    let (head, tail) = *o.get();
                    let mut seen = 0;
                    let found = list_iter(&self.last_list, head)
                        .take(SURNAME_LIST_CAP)
                        .any(|x| {
                            seen += 1;
                            x.canonical == c.canonical
                        });
                    if !found {
                        self.last_list[tail as usize].1 = new;
                        o.insert((head, new));
                    }
                    (!found, found || seen < SURNAME_LIST_CAP)
                }
                Entry::Vacant(v) => {
                    v.insert((new, new));
                    (true, true)
                }
            };
            // (One place that pushes, so that the clone is made inline
            // once.)
            if push {
                self.last_list.push((c.clone(), u32::MAX));
            }
            listed
        }
    }

    /// The entity of person `c` in [`Cands::people`].
    #[inline(always)]
    fn index_entity(&mut self, c: &Cand<'g>) {
        if let Some(e) = c.entity {
            // (`seen` has an entry for every entity of the gazetteer:
            // `next_document` sizes it.)
            let stamp = &mut self.seen[e];
            if *stamp != self.doc {
                *stamp = self.doc;
                self.people.push((c.canonical.clone(), e));
            }
        }
    }

    pub(super) fn add(&mut self, c: Cand<'g>) {
        self.owns |=
            matches!(c.canonical, Cow::Owned(_)) || matches!(c.country, Some(Cow::Owned(_)));
        self.index_person(&c);
        self.party.get_mut().added(c.pos);
        self.added.insert(c);
    }

    /// Whether an organization's mention lies within `sp` (a state does
    /// not count: "Norway's fisheries ministry" is no mention of Norway as
    /// the speaker).
    pub(super) fn org_within(&self, sp: Span) -> bool {
        let k = self.base.partition_point(|c| c.pos < sp.0);
        self.base[k..]
            .iter()
            .take_while(|c| c.pos < sp.1)
            .any(|c| c.stype == SpeakerType::Organization)
    }

    /// The candidates starting at `pos` (by binary search).
    pub(super) fn at(&self, pos: usize) -> impl Iterator<Item = &Cand<'g>> {
        let k = self.base.partition_point(|c| c.pos < pos);
        self.base[k..]
            .iter()
            .take_while(move |c| c.pos == pos)
            .chain(self.added.range(pos, pos + 1))
    }

    /// The nearest candidate before `pos` that satisfies `ok`.
    pub(super) fn nearest_before(
        &self,
        pos: usize,
        ok: impl Fn(&Cand) -> bool,
    ) -> Option<&Cand<'g>> {
        self.nearest_between(0, pos, ok)
    }

    /// The nearest candidate starting in `lo..pos` that satisfies `ok`:
    /// [`Cands::nearest_before`]'s walk, stopped at the first candidate
    /// before `lo` (the walk goes by descending position).
    #[inline(always)]
    pub(super) fn nearest_between(
        &self,
        lo: usize,
        pos: usize,
        ok: impl Fn(&Cand) -> bool,
    ) -> Option<&Cand<'g>> {
        let k = self.base.partition_point(|c| c.pos < pos);
        let mut base = self.base[..k].iter().rev().take(PRONOUN_WINDOW).peekable();
        let mut added = self
            .added
            .range(0, pos)
            .rev()
            .take(PRONOUN_WINDOW)
            .peekable();
        loop {
            let next = match (base.peek(), added.peek()) {
                (Some(b), Some(a)) => {
                    if a.pos >= b.pos {
                        added.next()
                    } else {
                        base.next()
                    }
                }
                (Some(_), None) => base.next(),
                (None, Some(_)) => added.next(),
                (None, None) => return None,
            }?;
            if next.pos < lo {
                return None;
            }
            if ok(next) {
                return Some(next);
            }
        }
    }

    /// [`person_name`] of the phrase `t` at `sp`: when it is the phrase
    /// of the draft being resolved, the name found with its mentioned
    /// name (`resolve` runs [`capitalized_names_in`] on every draft's phrase
    /// whose last word is capitalized).
    pub(super) fn person_name(&self, sp: Span, t: &'g str) -> Option<Cow<'g, str>> {
        match self.person_memo {
            Some((at, m)) if at == sp => m.person.map(|n| n.text(t)),
            _ => person_name(t),
        }
    }

    /// The first of `mentions` from the start of the phrase `t` at `sp`
    /// ([`Ments::first_from`]) and its [`object_start`]: for the draft's
    /// phrase, the first as the name walk found it and the object when
    /// its names were sought. (One test of the memo for both: the search
    /// of the mentions was made again for most drafts.)
    pub(super) fn first_and_object(
        &self,
        mentions: Ments<'_>,
        sp: Span,
        t: &str,
    ) -> (usize, Option<usize>) {
        match self.person_memo {
            Some((at, m)) if at == sp => {
                let first = match m.first {
                    u32::MAX => mentions.first_from(sp.0),
                    k => k as usize,
                };
                debug_assert_eq!(first, mentions.first_from(sp.0));
                (first, m.object.unwrap_or_else(|| object_start(t)))
            }
            _ => (mentions.first_from(sp.0), object_start(t)),
        }
    }

    /// [`ends_capitalized`] of the phrase `text[sp.0..sp.1]`, remembered
    /// for the draft's phrase as its person name is (else
    /// [`ends_capitalized_in`]).
    #[inline]
    pub(super) fn ends_capitalized(&self, text: &str, sp: Span) -> bool {
        match self.person_memo {
            Some((at, m)) if at == sp => m.cap,
            _ => ends_capitalized_in(text, sp),
        }
    }

    /// A longer person name in the document ending with `surname` (the
    /// bytes of a lowercase text of one or more words). `None` when two
    /// such names carry different generational suffixes ("Ken Griffey
    /// Sr." and "Ken Griffey Jr.": [`two_generations`]), as the surname
    /// alone cannot tell the two people apart.
    pub(super) fn by_surname(&self, surname: &[u8]) -> Option<&Cand<'g>> {
        let last = match last_space(surname) {
            Some(sp) => &surname[sp + 1..],
            None => surname,
        };
        let found = match self.by_last.get(&surname_key(last)) {
            Some(&(head, _)) => self.by_surname_in(head, surname),
            None => None,
        };
        // (A suffix's last word first: at most four bytes, "jr."/"sr."/"ii"/
        // "iii"/"iv".)
        found.or_else(|| {
            (last.len() <= 4 && matches!(last.first(), Some(b'j' | b's' | b'i')))
                .then(|| self.by_surname_and_generation(surname))
                .flatten()
        })
    }

    /// A Chinese or Korean family name alone ("mao", lowercase): the name
    /// of the document that starts with it ("Mao Ning"), listed by
    /// [`first_family_key`]. `None` for any other word, and when two
    /// people of the document start with it ("Kim Jong Un" and "Kim Yo
    /// Jong", "Wang Yi" and "Wang Wenbin": such family names are shared
    /// by many, and the first of them is a guess). The callers ask it
    /// after [`Cands::by_surname`] and any name the text introduces
    /// ending with the word, so that "Sarah Lee" wins over "Lee Anderson".
    #[inline]
    pub(super) fn by_first_family(&self, surname: &[u8]) -> Option<&Cand<'g>> {
        if !self.first_families || !is_surname_first_family(surname) {
            return None;
        }
        let &(head, _) = self
            .by_last
            .get(&(surname_key(surname) ^ FIRST_FAMILY_SALT))?;
        let starts_with = |c: &&Cand<'g>| {
            let name = c.canonical.as_bytes();
            name.len() > surname.len()
                && name[..surname.len()].eq_ignore_ascii_case(surname)
                && name[surname.len()] == b' '
        };
        let mut names = list_iter(&self.last_list, head)
            .take(SURNAME_LIST_CAP)
            .filter(starts_with);
        let found = names.next()?;
        // (The list holds each name once; one person under two names, of
        // one entity, is no tie.)
        let tie = names.any(|c| c.entity.is_none() || c.entity != found.entity);
        (!tie).then_some(found)
    }

    /// [`Cands::by_surname`] in the list that starts at `head`.
    #[inline]
    fn by_surname_in(&self, head: u32, surname: &[u8]) -> Option<&Cand<'g>> {
        let ends_with = |c: &Cand<'g>| {
            // An ASCII name compared in place (its lowercase form has the
            // same bytes, lowercased one by one); others through a
            // lowercase copy.
            let name = without_generation(&c.canonical).as_bytes();
            if name.is_ascii() {
                let (n, k) = (name.len(), surname.len());
                return n > k
                    && name[n - k..].eq_ignore_ascii_case(surname)
                    && name[n - k - 1] == b' ';
            }
            let full = without_generation(&c.canonical).to_lowercase();
            ends_with_word(full.as_bytes(), surname)
        };
        let mut names = list_iter(&self.last_list, head).take(SURNAME_LIST_CAP);
        let found = names.find(|c| ends_with(c))?;
        // (Only a name with a suffix needs the rest of the list read.)
        if generation_of(&found.canonical).is_some() {
            let mut first_gen = found;
            for c in names {
                if generation_of(&c.canonical).is_some() && ends_with(c) {
                    if two_generations(&first_gen.canonical, &c.canonical) {
                        return None;
                    }
                    first_gen = c;
                }
            }
        }
        Some(found)
    }

    /// [`Cands::by_surname`] of a surname with its generational suffix
    /// ("trump jr." -> "Donald Trump Jr."): a longer name in the document
    /// with that surname that ends with the same suffix ("Donald Trump",
    /// without it, is another person). `None` when `surname` ends with no
    /// suffix (the first test: a last word of at most four bytes).
    #[cold]
    #[inline(never)]
    fn by_surname_and_generation(&self, surname: &[u8]) -> Option<&Cand<'g>> {
        let sp = last_space(surname)?;
        let (head, gen) = (&surname[..sp], &surname[sp + 1..]);
        if gen.len() > 4
            || !GENERATIONS
                .iter()
                .any(|g| g.as_bytes().eq_ignore_ascii_case(gen))
        {
            return None;
        }
        let last = match last_space(head) {
            Some(sp) => &head[sp + 1..],
            None => head,
        };
        let &(first, _) = self.by_last.get(&surname_key(last))?;
        list_iter(&self.last_list, first)
            .take(SURNAME_LIST_CAP)
            .find(|c| {
                // The whole name, its suffix kept (", Jr." read as " Jr.").
                let full = c.canonical.to_lowercase().replace(", ", " ");
                ends_with_word(full.as_bytes(), surname)
            })
    }
}

/// Whether the lowercase name `full` ends with the words `words`, a
/// space before them ("donald trump jr." ends with "trump jr.", not
/// "rump jr."): [`Cands::by_surname`]'s test on a lowercase copy.
fn ends_with_word(full: &[u8], words: &[u8]) -> bool {
    full.len() > words.len() && full.ends_with(words) && full[full.len() - words.len() - 1] == b' '
}
