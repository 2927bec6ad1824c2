//! Speaker resolution: pronouns to the nearest compatible earlier entity,
//! role phrases to office holders (by date, or by a named holder in the
//! article), metonyms to their state, surnames to the full name used in the
//! article, continuation quotes to the speaker they continue.

use std::borrow::Cow;

use rustc_hash::FxHashMap as HashMap;
use std::collections::hash_map::Entry;

use super::{Draft, Resolutions, Resolved};
use crate::gazetteer::{AliasKind, Entity, EntityType, Gazetteer, Gender, Mention};
use crate::lexicon::{Form, Lexicon, NounType};
use crate::model::SpeakerType;
use crate::text::segment::Span;
use crate::text::{ascii_space, last_word};
use crate::text::{split_byte, SplitByte};

const TITLE_WORDS: &[&str] = &[
    "President",
    "Prime",
    "Minister",
    "Secretary",
    "Sen.",
    "Senator",
    "Rep.",
    "Representative",
    "Gov.",
    "Governor",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Dr.",
    "Gen.",
    "General",
    "Chancellor",
    "King",
    "Queen",
    "Pope",
    "Chairman",
    "Mayor",
    "Judge",
    "Justice",
    "Speaker",
    "Leader",
    "Ambassador",
    "Foreign",
    "Defense",
    "Defence",
    "State",
    "Vice",
    "Deputy",
    "Former",
    "former",
    "Attorney",
    "Republican",
    "Democratic",
    "Democrat",
    "presidential",
    "nominee",
    "candidate",
    "Presidential",
    "Sir",
    "Lord",
    "Rev.",
    "Prof",
    "Cllr",
    "Dame",
    "Baroness",
    "Pastor",
    "Rabbi",
    "Imam",
    "Bishop",
    "Archbishop",
    "Supervisor",
    "Superintendent",
    "Treasurer",
    "Comptroller",
    "Auditor",
    "Inspector",
    "Administrator",
    "Commander",
    "Councilman",
    "Councilwoman",
    "Councillor",
    "Alderman",
    "Assemblyman",
    "Assemblywoman",
    "Director",
    "Chief",
    "Adm.",
    "Col.",
    "Lt.",
    "Capt.",
    "Sgt.",
    "Gov",
    "Sen",
    "Rep",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "GOP",
    "U.S.",
    "US",
    "House",
    "Senate",
    "Majority",
    "Minority",
    "Press",
    "Spokesman",
    "Spokeswoman",
    "Chairwoman",
    "Officer",
    "Executive",
    "CEO",
    "CFO",
    "COO",
    "Adviser",
    "Advisor",
    "Aide",
    "Envoy",
    "Economist",
    "Analyst",
    "Strategist",
    "Spokesperson",
    "Professor",
    "Prof.",
    "Coach",
    "Founder",
    "Editor",
    "Chairperson",
    "Chair",
    "Manager",
    "Whip",
    "Commissioner",
    "Sheriff",
    "Premier",
    "Detective",
    "Constable",
    "Captain",
    "Colonel",
    "Lieutenant",
    "Sergeant",
    "Admiral",
    "Marshal",
    "Cardinal",
    "Prince",
    "Princess",
    "Crown",
    "Actor",
    "Actress",
    "Singer",
    "Rapper",
    "Comedian",
    "Author",
    "Novelist",
    "Filmmaker",
    "Producer",
    "Musician",
    "Pitcher",
    "Quarterback",
    "Striker",
    "Goalkeeper",
    "Activist",
    "Lawyer",
    "Sheikh",
    "Emir",
    "Sultan",
    "Ayatollah",
    "Secretary-General",
    "Director-General",
    "the",
    "The",
    "of",
];

/// Last words of company names ("Nordwerk AG", "Toyota Motor Corp"): part
/// of [`is_org_word`], and what makes a name the gazetteer does not know
/// an antecedent of "the company".
const COMPANY_SUFFIXES: &[&str] = &[
    "Inc.",
    "Inc",
    "Corp.",
    "Corp",
    "Co.",
    "LLC",
    "Ltd",
    "Ltd.",
    "AG",
    "GmbH",
    "SA",
    "S.A.",
    "plc",
    "PLC",
    "N.V.",
    "SpA",
    "Holdings",
    "Airlines",
    "Airways",
    "Motors",
    "Industries",
    "Technologies",
    "Pharmaceuticals",
    "Securities",
    "Bancorp",
    "Group",
    "Corporation",
    "Company",
    "Bank",
    "AB",
    "ASA",
    "Oyj",
    "A/S",
    "NV",
    "SE",
    "Plc",
    "LLP",
    "Pty",
];

/// Other last words of organization names (with [`COMPANY_SUFFIXES`]).
const ORG_WORDS: &[&str] = &[
    "Department",
    "Ministry",
    "Committee",
    "Party",
    "Association",
    "Council",
    "Commission",
    "Agency",
    "Office",
    "Bureau",
    "Institute",
    "Institution",
    "PAC",
    "College",
    "School",
    "Academy",
    "Society",
    "Trust",
    "Hospital",
    "Authority",
    "University",
    "Foundation",
    "Center",
    "Centre",
    "Campaign",
    "Board",
    "Court",
    "Service",
    "Administration",
    "Times",
    "Post",
    "News",
    "Journal",
    "Network",
    "Union",
    "Federation",
    "League",
    "Organization",
    "Fund",
    "Project",
    "Coalition",
    "Alliance",
    "Senate",
    "House",
    "Congress",
    "Parliament",
    "Police",
    "Army",
    "Navy",
    "Press",
    "Poll",
    "Report",
    "Survey",
    "Review",
    "Magazine",
    "Tribune",
    "Herald",
    "Street",
    "Hall",
    "Club",
    "Consortium",
    "Chamber",
    "Caucus",
    "Forum",
    "Institutes",
    "Partners",
    "Capital",
    "Tribunal",
    "Cabinet",
    "Assembly",
    "Treasury",
    "Secretariat",
    "Directorate",
    "Embassy",
    "Consulate",
];

/// Prepositions that make a following name an object, not the head, of a
/// speaker phrase ("a spokesman for Sen. Tom Briggs").
const NAME_PREPOSITIONS: &[&str] = &[
    "by", "for", "of", "from", "at", "with", "to", "on", "about", "against", "like", "than",
];

/// Capitalized words that open a sentence before a name ("But Crawford,
/// who ...") and are not part of it.
const OPENERS: &[&str] = &[
    "but",
    "and",
    "so",
    "yet",
    "then",
    "when",
    "after",
    "while",
    "if",
    "in",
    "on",
    "at",
    "as",
    "for",
    "with",
    "since",
    "because",
    "although",
    "though",
    "meanwhile",
    "however",
    "also",
    "still",
    "now",
    "later",
    "earlier",
    "today",
    "yesterday",
    "like",
    "unlike",
    "even",
];

/// Lowercase office nouns that take an "of" complement as part of the
/// office ("secretary of state", "head of the agency").
const OFFICE_NOUNS: &[&str] = &[
    "secretary",
    "minister",
    "chairman",
    "chairwoman",
    "chair",
    "head",
    "director",
    "president",
    "governor",
    "leader",
    "mayor",
    "chief",
    "speaker",
    "commissioner",
    "general",
    "attorney",
];

/// Capitalized plural nouns for groups of people, not surnames ("...,"
/// Millennials say").
const GROUP_PLURALS: &[&str] = &[
    "others",
    "millennials",
    "muslims",
    "christians",
    "catholics",
    "evangelicals",
    "jews",
    "hispanics",
    "latinos",
    "blacks",
    "whites",
    "liberals",
    "conservatives",
    "progressives",
    "moderates",
    "independents",
    "americans",
    "boomers",
    "veterans",
    "rules",
    "lawmakers",
];

/// Party nouns that end a descriptor, not a name ("a Texas Republican").
const PARTY_NOUNS: &[&str] = &["Democrat", "Democrats", "Republican", "Republicans"];

/// `w` as one number for comparisons that ignore ASCII case, when it has
/// at most seven bytes: its bytes ASCII-lowercased
/// (`text::segment::packed_prefix`), and its length in the top byte;
/// [`NO_KEY`] when it is longer. Two words of up to seven bytes
/// are equal ignoring ASCII case exactly when their keys are equal, so a
/// one-word phrase is compared with the 33 pronouns and determiners as
/// numbers ([`name_by_rules`]; `eq_ignore_ascii_case` with each word of
/// the two lists in turn cost about 250 instructions a phrase). (Against
/// the seven pronouns alone, `eq_ignore_ascii_case` is as cheap: the
/// compiler unrolls it to a length test per pronoun.)
const fn folded_key(w: &str) -> u64 {
    let b = w.as_bytes();
    if b.len() > 7 {
        return NO_KEY;
    }
    (b.len() as u64) << 56 | crate::text::segment::packed_prefix(b, true)
}

/// The [`folded_key`] of a word of more than seven bytes (no word of
/// seven or fewer has it: their top byte is their length).
const NO_KEY: u64 = u64::MAX;

/// The [`folded_key`]s of `words`, each of at most seven bytes (checked
/// when the constant is built).
const fn folded_keys<const N: usize>(words: &[&str]) -> [u64; N] {
    let mut keys = [0; N];
    let mut i = 0;
    while i < N {
        assert!(words[i].len() <= 7, "a word of more than seven bytes");
        keys[i] = folded_key(words[i]);
        i += 1;
    }
    keys
}

/// [`folded_key`]s of the pronouns.
const PRONOUN_KEYS: [u64; super::sent::PRONOUNS.len()] = folded_keys(super::sent::PRONOUNS);

/// [`folded_key`]s of the determiners.
const DETERMINER_KEYS: [u64; super::sent::DETERMINERS.len()] =
    folded_keys(super::sent::DETERMINERS);

/// A set of words, built at compile time: the word lists above are tested
/// for every word of every speaker phrase (some 32,000 tests a pass over
/// the training texts, one in seven a word of the list).
///
/// A word's bucket is a multiplicative hash of its [`WordTable::key`]
/// (its first two bytes, its last two and its length); the words of a
/// bucket lie together in `sorted`, and a word is compared only with
/// those. With eight buckets or more a word of the list, most words
/// outside it find their bucket empty, so the test is the key, one load
/// and one branch, in line; a word that finds a bucket is compared out of
/// line ([`WordTable::in_bucket`]), and is nearly always the one word
/// there. (A filter by the first byte and the length alone passed more
/// than half of the words asked about, most of them capitalized names of
/// a title's length, and each paid a hash of the whole word and a probe:
/// the filter's outcome followed the text.)
///
/// Not the draft filters' `WordList` (a constant of at most 64 words of
/// 1 to 16 bytes tested in any ASCII case, by masks and then compares):
/// these lists are longer (`TITLE_WORDS` has some 150 words, up to 17
/// bytes) and compared case-sensitively.
struct WordTable<const B: usize, const W: usize> {
    /// Bucket `k` holds `sorted[first..first + count]`, as
    /// `first | count << 8` (0: an empty bucket).
    buckets: [u16; B],
    /// The words, by bucket.
    sorted: [&'static str; W],
    /// The [`WordTable::key`]s of `sorted`.
    keys: [u64; W],
}

impl<const B: usize, const W: usize> WordTable<B, W> {
    /// The table of `words`: `W` words, at most 255, none empty, in `B`
    /// buckets, a power of two and at least eight a word (checked when
    /// the constant is built).
    const fn new(words: &[&'static str]) -> Self {
        assert!(words.len() == W && W <= 255, "W words, at most 255");
        assert!(B.is_power_of_two() && B >= 8 * W, "eight buckets a word");
        let mut counts = [0u16; B];
        let mut i = 0;
        while i < W {
            assert!(!words[i].is_empty(), "an empty word");
            counts[Self::bucket(words[i].as_bytes())] += 1;
            i += 1;
        }
        let mut buckets = [0u16; B];
        let mut next = [0u16; B];
        let (mut k, mut first) = (0, 0);
        while k < B {
            if counts[k] > 0 {
                buckets[k] = first | counts[k] << 8;
            }
            next[k] = first;
            first += counts[k];
            k += 1;
        }
        let (mut sorted, mut keys) = ([""; W], [0; W]);
        let mut i = 0;
        while i < W {
            let k = Self::bucket(words[i].as_bytes());
            sorted[next[k] as usize] = words[i];
            keys[next[k] as usize] = Self::key(words[i].as_bytes());
            next[k] += 1;
            i += 1;
        }
        WordTable {
            buckets,
            sorted,
            keys,
        }
    }

    /// The key of a word of at least one byte: its first two bytes, its
    /// last two (as little-endian numbers) and its length (a word of one
    /// byte counts that byte for all four). Two words of up to four bytes
    /// are equal exactly when their keys are.
    #[inline(always)]
    const fn key(w: &[u8]) -> u64 {
        let (a, z) = match (w.first_chunk::<2>(), w.last_chunk::<2>()) {
            (Some(a), Some(z)) => (u16::from_le_bytes(*a), u16::from_le_bytes(*z)),
            _ => {
                let c = w[0] as u16;
                (c | c << 8, c | c << 8)
            }
        };
        a as u64 | (z as u64) << 16 | (w.len() as u64) << 32
    }

    /// The bucket of a word of at least one byte: the top bits of a
    /// multiplicative hash of its [`WordTable::key`].
    #[inline(always)]
    const fn bucket(w: &[u8]) -> usize {
        Self::bucket_of(Self::key(w))
    }

    /// The bucket of a [`WordTable::key`]: the top bits of a
    /// multiplicative hash.
    #[inline(always)]
    const fn bucket_of(key: u64) -> usize {
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - B.trailing_zeros())) as usize
    }

    /// Whether `w` is one of the words.
    #[inline(always)]
    fn contains(&self, w: &str) -> bool {
        if w.is_empty() {
            return false;
        }
        let key = Self::key(w.as_bytes());
        let e = self.buckets[Self::bucket_of(key)];
        e != 0 && self.in_bucket(e, key, w)
    }

    /// Whether `w`, of key `key`, is one of the words of the bucket `e`
    /// (not empty): a word of its key, and of up to four bytes or equal
    /// to `w` ([`WordTable::equal_in`], so that the loop over the keys,
    /// nearly always of one step, makes no call).
    #[inline(never)]
    fn in_bucket(&self, e: u16, key: u64, w: &str) -> bool {
        let (mut i, to) = (
            usize::from(e & 0xFF),
            usize::from(e & 0xFF) + usize::from(e >> 8),
        );
        while i < to && self.keys[i] != key {
            i += 1;
        }
        i < to && (w.len() <= 4 || self.equal_in(i, to, key, w))
    }

    /// Whether `w`, of key `key`, is one of `sorted[from..to]` of its key.
    #[inline(never)]
    fn equal_in(&self, from: usize, to: usize, key: u64, w: &str) -> bool {
        (from..to).any(|i| self.keys[i] == key && self.sorted[i] == w)
    }
}

/// `a` and then `b`, as an array of `N` words (`N` their count, checked
/// when the constant is built).
const fn concat_words<const N: usize>(a: &[&'static str], b: &[&'static str]) -> [&'static str; N] {
    assert!(a.len() + b.len() == N);
    let mut out = [""; N];
    let mut i = 0;
    while i < N {
        out[i] = if i < a.len() { a[i] } else { b[i - a.len()] };
        i += 1;
    }
    out
}

/// Whether `w` is one of [`TITLE_WORDS`] (case-sensitive).
#[inline]
fn is_title_word(w: &str) -> bool {
    static TABLE: WordTable<2048, { TITLE_WORDS.len() }> = WordTable::new(TITLE_WORDS);
    // A title to be ("President-elect", "Senator-elect") is a title.
    TABLE.contains(w.strip_suffix("-elect").unwrap_or(w))
}

/// [`ORG_WORDS`] and [`COMPANY_SUFFIXES`], for [`is_org_word`].
const ORG_AND_SUFFIXES: [&str; ORG_WORDS.len() + COMPANY_SUFFIXES.len()] =
    concat_words(ORG_WORDS, COMPANY_SUFFIXES);

/// Whether `w` is one of [`ORG_WORDS`] or [`COMPANY_SUFFIXES`]
/// (case-sensitive).
#[inline]
pub(crate) fn is_org_word(w: &str) -> bool {
    static TABLE: WordTable<1024, { ORG_AND_SUFFIXES.len() }> = WordTable::new(&ORG_AND_SUFFIXES);
    TABLE.contains(w)
}

/// A candidate antecedent; names from the gazetteer are borrowed.
#[derive(Clone, Debug)]
struct Cand<'g> {
    pos: usize,
    canonical: Cow<'g, str>,
    stype: SpeakerType,
    country: Option<Cow<'g, str>>,
    gender: Option<Gender>,
    /// The gazetteer entity, when the name is one.
    entity: Option<usize>,
}

/// The antecedents of a document: gazetteer mentions and name-shaped
/// speakers (sorted), plus speakers resolved so far, with indexes so every
/// lookup is logarithmic or bounded (a huge single document stays linear).
struct Cands<'g> {
    /// Mentions and name-shaped speakers, by position.
    base: Vec<Cand<'g>>,
    /// Speakers resolved so far, by position (then in the order added).
    added: Added<'g>,
    /// Lowercase last word of multi-word person names (by
    /// [`surname_key`]) -> the first and last entry of those names in
    /// `last_list`, in document order (base first). A hash collision only
    /// joins two lists: every use compares the names themselves.
    by_last: HashMap<u64, (u32, u32)>,
    /// The names of `by_last`, each with the index of the next entry of
    /// its list (`u32::MAX` at the end): one vector per document, no key
    /// string or vector per surname.
    last_list: Vec<(Cand<'g>, u32)>,
    /// Distinct gazetteer people named in the document.
    people: Vec<(Cow<'g, str>, usize)>,
    /// The entities of `people`: the entities whose entry in
    /// [`Buffers::seen`] is this document's number `doc`.
    seen: Vec<u32>,
    doc: u32,
    /// Scratch buffer for `by_last` keys.
    key_buf: String,
    /// (address, length) of the borrowed names known to be in the first
    /// `SURNAME_LIST_CAP` entries of their `by_last` list, but for the
    /// entities' own names (those of the mentions, most), which are
    /// stamped in `listed_own`.
    listed: rustc_hash::FxHashSet<(usize, usize)>,
    /// Per entity, whether its own name is one of `listed`: its entry is
    /// `doc` ([`Buffers::listed_own`]); a stamp, no hash.
    listed_own: Vec<u32>,
    /// The gazetteer's entities (whose names a candidate may borrow).
    entities: &'g [Entity],
    /// The gazetteer, which keeps the surname key of each entity's own
    /// name ([`Gazetteer::entity_memo`]); `None` in tests of the lists
    /// (the keys made each time).
    gaz: Option<&'g Gazetteer>,
    /// The state of the dateline's place ("LONDON -" -> GBR), for role
    /// phrases that name no country ("the Prime Minister"); looked up on
    /// first use (most documents have no such phrase).
    dateline_country: std::cell::OnceCell<Option<String>>,
    /// The span of the last person speaker the article does not name
    /// ("one fisherman", "a senior official"): a "he" or "she" later in
    /// its sentence is that person, not a name from before it.
    unnamed: Option<Span>,
    /// What `resolve` found of the speaker phrase of the draft being
    /// resolved, at that span (see [`Cands::person_name`]).
    person_memo: Option<(Span, PhraseMemo)>,
    /// Whether a candidate of `base` or one added owns its name or its
    /// country (else every candidate, and every name of `last_list` and
    /// `people`, their copies, borrows: `resolve` forgets them, with
    /// nothing to free, rather than drop them).
    owns: bool,
}

/// What `resolve` finds of a draft's speaker phrase while it gathers the
/// candidates, kept for `resolve_one`, which asks the same of the phrase.
#[derive(Clone, Copy, Debug, Default)]
struct PhraseMemo {
    /// Where its person name is in it, found with its mentioned name.
    person: Option<NameAt>,
    /// Whether its last word starts with a capital, the first test of the
    /// names, which the surname rule makes too.
    cap: bool,
    /// Its [`object_start`], found with the names (`None`: not known, as
    /// when the phrase ends with no capital and its names are not sought).
    object: Option<Option<usize>>,
    /// The first of the mentions from its start ([`Ments::first_from`]),
    /// as [`widen_to_name`] found it: a `u32`, in the struct's padding,
    /// and `u32::MAX` for an index that does not fit, which is sought
    /// again.
    first: u32,
}

/// The speakers resolved so far ([`Cands::added`]), by position and then
/// in the order added.
enum Added<'g> {
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
    fn insert(&mut self, c: Cand<'g>) {
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
    fn range(&self, lo: usize, hi: usize) -> AddedRange<'_, 'g> {
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
enum AddedRange<'a, 'g> {
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
fn surname_key(last: &[u8]) -> u64 {
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
fn lower_joined(words: &[&str]) -> String {
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
/// One pass over the bytes, each tested, lowercased and stored (a word is
/// a few bytes: separate passes for the ASCII test, the copy and the
/// lowercasing cost about twice the instructions); a non-ASCII byte or a
/// full buffer falls back to [`lower_joined`], which gives the same bytes.
fn lower_joined_in<'b>(words: &[&str], buf: &'b mut [u8; 64]) -> Cow<'b, [u8]> {
    let mut k = 0;
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            let Some(slot) = buf.get_mut(k) else {
                return Cow::Owned(lower_joined(words).into_bytes());
            };
            *slot = b' ';
            k += 1;
        }
        for &b in w.as_bytes() {
            match buf.get_mut(k) {
                Some(slot) if b < 0x80 => *slot = b.to_ascii_lowercase(),
                _ => return Cow::Owned(lower_joined(words).into_bytes()),
            }
            k += 1;
        }
    }
    Cow::Borrowed(&buf[..k])
}

/// `split(' ')` and `rsplit(' ')` on a speaker phrase or a name, which
/// are short: the next space found by a byte loop ([`split_byte`]; the
/// `char` pattern of `str::split` calls memchr once per piece, whose
/// set-up costs more than the few bytes of a word).
trait SpaceSplit {
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
fn words_of(t: &str) -> Words<'_> {
    if t.is_ascii() {
        Words::Ascii(t.as_bytes())
    } else {
        Words::Other(t.split_whitespace())
    }
}

/// The iterator of [`words_of`].
enum Words<'a> {
    /// The rest of an ASCII text, from the byte after the last word's
    /// space (the space is passed over with its word, so the next call's
    /// loop over leading spaces stops at its first test but after a
    /// double space).
    Ascii(&'a [u8]),
    Other(std::str::SplitWhitespace<'a>),
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

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
fn last_space(b: &[u8]) -> Option<usize> {
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
const POSSESSIVES: [(&str, &str); 2] = [("his", "he"), ("her", "she")];

/// The length of the longest of [`super::sent::PRONOUNS`] (and of
/// [`POSSESSIVES`], checked when it is built).
const PRONOUN_LEN: usize = {
    let (mut n, mut i) = (0, 0);
    while i < super::sent::PRONOUNS.len() {
        if super::sent::PRONOUNS[i].len() > n {
            n = super::sent::PRONOUNS[i].len();
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
/// [`super::sent::PRONOUNS`], ignoring ASCII case. (Most speaker phrases
/// are longer than any pronoun: one compare of the length, before the
/// phrase is sliced from the text and not once a pronoun.)
fn is_pronoun(text: &str, sp: Span) -> bool {
    sp.1 - sp.0 <= PRONOUN_LEN
        && super::sent::PRONOUNS
            .iter()
            .any(|p| p.eq_ignore_ascii_case(&text[sp.0..sp.1]))
}

/// How far back a pronoun looks for its antecedent, in candidates.
const PRONOUN_WINDOW: usize = 400;

impl<'g> Cands<'g> {
    /// Indexes candidate `c` if it is a person: its surname list
    /// ([`Cands::index_person_rest`]) and its entity
    /// ([`Cands::index_entity`]). Inlined, the two common cases cost no
    /// call of the whole: a candidate that is no person (a third of the
    /// base), and an entity's own name already listed in this document
    /// (most people), which is only its entity to index; the other cases
    /// (and these again, to the same effect) in `index_person_rest`.
    #[inline]
    fn index_person(&mut self, c: &Cand<'g>) {
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
    fn index_person_rest(&mut self, c: &Cand<'g>) {
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
        let listed = if let Some(key) = key {
            let new = self.last_list.len() as u32;
            // Whether the name ends up within the first
            // `SURNAME_LIST_CAP` entries of its list.
            match self.by_last.entry(key) {
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
                        self.last_list.push((c.clone(), u32::MAX));
                        self.last_list[tail as usize].1 = new;
                        o.insert((head, new));
                    }
                    found || seen < SURNAME_LIST_CAP
                }
                Entry::Vacant(v) => {
                    self.last_list.push((c.clone(), u32::MAX));
                    v.insert((new, new));
                    true
                }
            }
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

    /// The entity of person `c` in [`Cands::people`].
    #[inline]
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

    fn add(&mut self, c: Cand<'g>) {
        self.owns |=
            matches!(c.canonical, Cow::Owned(_)) || matches!(c.country, Some(Cow::Owned(_)));
        self.index_person(&c);
        self.added.insert(c);
    }

    /// Whether an organization's mention lies within `sp` (a state does
    /// not count: "Norway's fisheries ministry" is no mention of Norway as
    /// the speaker).
    fn org_within(&self, sp: Span) -> bool {
        let k = self.base.partition_point(|c| c.pos < sp.0);
        self.base[k..]
            .iter()
            .take_while(|c| c.pos < sp.1)
            .any(|c| c.stype == SpeakerType::Organization)
    }

    /// The candidates starting at `pos` (by binary search).
    fn at(&self, pos: usize) -> impl Iterator<Item = &Cand<'g>> {
        let k = self.base.partition_point(|c| c.pos < pos);
        self.base[k..]
            .iter()
            .take_while(move |c| c.pos == pos)
            .chain(self.added.range(pos, pos + 1))
    }

    /// The nearest candidate before `pos` that satisfies `ok`.
    fn nearest_before(&self, pos: usize, ok: impl Fn(&Cand) -> bool) -> Option<&Cand<'g>> {
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
            if ok(next) {
                return Some(next);
            }
        }
    }

    /// [`person_name`] of the phrase `t` at `sp`: when it is the phrase
    /// of the draft being resolved, the name found with its mentioned
    /// name (`resolve` runs [`capitalized_names_in`] on every draft's phrase
    /// whose last word is capitalized).
    fn person_name(&self, sp: Span, t: &'g str) -> Option<Cow<'g, str>> {
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
    fn first_and_object(&self, mentions: Ments<'_>, sp: Span, t: &str) -> (usize, Option<usize>) {
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
    fn ends_capitalized(&self, text: &str, sp: Span) -> bool {
        match self.person_memo {
            Some((at, m)) if at == sp => m.cap,
            _ => ends_capitalized_in(text, sp),
        }
    }

    /// A longer person name in the document ending with `surname` (the
    /// bytes of a lowercase text of one or more words).
    fn by_surname(&self, surname: &[u8]) -> Option<&Cand<'g>> {
        let last = match last_space(surname) {
            Some(sp) => &surname[sp + 1..],
            None => surname,
        };
        let &(head, _) = self.by_last.get(&surname_key(last))?;
        list_iter(&self.last_list, head)
            .take(SURNAME_LIST_CAP)
            .find(|c| {
                // An ASCII name compared in place (its lowercase form has the
                // same bytes, lowercased one by one); others through a
                // lowercase copy.
                let name = c.canonical.as_bytes();
                if name.is_ascii() {
                    let (n, k) = (name.len(), surname.len());
                    return n > k
                        && name[n - k..].eq_ignore_ascii_case(surname)
                        && name[n - k - 1] == b' ';
                }
                let full = c.canonical.to_lowercase();
                let full = full.as_bytes();
                full.len() > surname.len()
                    && full.ends_with(surname)
                    && full[full.len() - surname.len() - 1] == b' '
            })
    }
}

/// The buffers of [`resolve`], reused from document to document: the
/// gazetteer mentions of the text, and the tables of the candidates that
/// hold no names (a document allocated and freed them, and grew them by
/// rehashing).
#[derive(Default)]
pub struct Buffers {
    mentions: Vec<Mention>,
    /// The block index of `mentions` (see [`Ments`]).
    mention_blocks: Vec<u32>,
    by_last: HashMap<u64, (u32, u32)>,
    /// Per gazetteer entity, the number of the last document (`doc`) that
    /// named it as a person: the people of a document are told apart with
    /// no hash set to fill and clear (one entry per entity, so its size
    /// does not grow with the documents).
    seen: Vec<u32>,
    /// The number of the current document (from 1).
    doc: u32,
    /// Per gazetteer entity, the number of the last document (`doc`) in
    /// which its own name was known to be in the first
    /// `SURNAME_LIST_CAP` entries of its surname list (as `seen`).
    listed_own: Vec<u32>,
    listed: rustc_hash::FxHashSet<(usize, usize)>,
    key_buf: String,
    /// The vectors of [`Cands`] and of the drafts' person names, empty,
    /// kept for their allocations (five a document before). The
    /// candidates borrow names from the gazetteer, whose lifetime these
    /// buffers do not have: an emptied vector changes its element's
    /// lifetime with [`emptied`].
    base: Vec<Cand<'static>>,
    added: Vec<Cand<'static>>,
    last_list: Vec<(Cand<'static>, u32)>,
    people: Vec<(Cow<'static, str>, usize)>,
    person_names: Vec<(usize, PhraseMemo)>,
    /// The candidates of the drafts' name-shaped speakers, before they
    /// are merged into `base`.
    spoken: Vec<Cand<'static>>,
    /// The names of recent speaker phrases.
    names: NamesMemo,
}

impl Buffers {
    /// Starts a document of a gazetteer of `entities` entities: a new
    /// document number for the stamps of [`Buffers::seen`] (after the last
    /// one they all start again from zero), and a stamp for every entity.
    fn next_document(&mut self, entities: usize) {
        self.doc = self.doc.wrapping_add(1);
        if self.doc == 0 {
            self.seen.fill(0);
            self.listed_own.fill(0);
            self.doc = 1;
        }
        if self.seen.len() < entities {
            self.seen.resize(entities, 0);
        }
        if self.listed_own.len() < entities {
            self.listed_own.resize(entities, 0);
        }
    }
}

/// A table that grew past this many entries for one long document is
/// dropped after it rather than kept: clearing it costs its capacity,
/// which the next, short documents would pay.
const KEEP_TABLE: usize = 4096;

/// Clears a table of [`Buffers`] of `capacity` for the next document
/// (`clear`), or drops it when it is larger than [`KEEP_TABLE`].
fn recycle<T: Default>(table: &mut T, capacity: usize, clear: impl FnOnce(&mut T)) {
    if capacity > KEEP_TABLE {
        *table = T::default();
    } else {
        clear(table);
    }
}

/// `v` emptied, with room for `room` elements, as a vector of another
/// element type of the same size and alignment (a candidate of another
/// lifetime) that keeps its allocation: the emptied vector's buffer taken
/// over as it is (what the standard library's in-place collection of
/// `into_iter` does, without its general loop: about fifty instructions a
/// call less; a unit test checks that the capacity stays). Past
/// [`KEEP_TABLE`] elements, a new vector instead (see [`recycle`]).
#[inline(always)]
fn emptied<T, U>(mut v: Vec<T>, room: usize) -> Vec<U> {
    const {
        assert!(size_of::<T>() == size_of::<U>() && align_of::<T>() == align_of::<U>());
    }
    let mut out = if v.capacity() > KEEP_TABLE {
        Vec::new()
    } else {
        v.clear();
        let mut v = std::mem::ManuallyDrop::new(v);
        let (ptr, cap) = (v.as_mut_ptr().cast::<U>(), v.capacity());
        // SAFETY: `ptr` and `cap` are those of a `Vec<T>` of the global
        // allocator, which is not dropped (`ManuallyDrop`), so the buffer
        // gets exactly one owner. `T` and `U` have the same size and
        // alignment (asserted at compile time above), so the buffer's
        // layout is that of `cap` elements of `U` (and a dangling pointer
        // of an unallocated `Vec<T>` is aligned for `U`). The length is 0:
        // no element of `T` is read as a `U` (the `clear` above dropped
        // them all), so any `U` is fine, lifetimes included.
        unsafe { Vec::from_raw_parts(ptr, 0, cap) }
    };
    out.reserve(room);
    out
}

/// `v` emptied with its elements forgotten, not dropped: for candidates
/// that own no memory (every name and country borrowed), so that none is
/// read again to be dropped. (Were one to own memory, it would leak, which
/// is safe.)
#[inline(always)]
fn forgotten<T>(mut v: Vec<T>) -> Vec<T> {
    // SAFETY: a length of 0 is within the capacity and leaves no element
    // to read; the elements past it are never read or dropped again
    // (forgotten, as by `mem::forget`, which is safe).
    unsafe { v.set_len(0) };
    v
}

/// Pushes to `out` the elements made of `firsts` (`make` of those that
/// `keep` takes, at `first_pos`, which `firsts` are sorted by) and those
/// of `seconds` (at `pos`, in any order; left empty) in the order of a
/// stable sort by position of the firsts' elements followed by `seconds`:
/// `seconds` sorted (stably), then the two merged, a first's element
/// before one of `seconds` at the same position. (Each element made in
/// its place in `out`, not moved through an iterator.)
#[inline(always)]
fn push_merged<'a, S, T>(
    out: &mut Vec<T>,
    firsts: &'a [S],
    keep: impl Fn(&'a S) -> bool,
    first_pos: impl Fn(&S) -> usize,
    make: impl Fn(&'a S) -> T,
    seconds: &mut Vec<T>,
    pos: impl Fn(&T) -> usize,
) {
    seconds.sort_by_key(&pos);
    let mut rest = seconds.drain(..);
    let mut next = rest.next();
    for x in firsts {
        if !keep(x) {
            continue;
        }
        let p = first_pos(x);
        while let Some(y) = next.take_if(|y| pos(y) < p) {
            out.push(y);
            next = rest.next();
        }
        out.push(make(x));
    }
    if let Some(y) = next {
        out.push(y);
    }
    for y in rest {
        out.push(y);
    }
}

/// Resolves the speaker of every draft into `out` (one per draft, in
/// order); `bufs` holds the buffers reused from document to document.
/// `out` is cleared first.
pub fn resolve<'g>(
    text: &'g str,
    drafts: &mut [Draft],
    gaz: &'g Gazetteer,
    lx: &Lexicon,
    date: Option<&str>,
    bufs: &mut Buffers,
    out: &mut Resolutions<'g>,
) {
    bufs.mentions.clear();
    out.clear();
    bufs.next_document(gaz.entities().len());
    gaz.find_mentions_into(text, &mut bufs.mentions);
    let mentions = Ments::new(&bufs.mentions, text.len(), &mut bufs.mention_blocks);
    // Entity candidates in document order (for pronouns and surnames).
    // (Sized once: a filtered `collect` grows the vector step by step.)
    // (A plain loop of pushes: `extend` with a filtered iterator went
    // through a generic out-of-line loop, about twice the instructions.)
    let mut base: Vec<Cand> = emptied(
        std::mem::take(&mut bufs.base),
        mentions.len() + drafts.len(),
    );
    // One walk over the drafts: each speaker widened to the gazetteer name
    // it cuts (see `widen_to_name`), and then its names sought. (The search
    // of draft `i` reads only its own widened speaker, so it may follow its
    // widening in the same walk: the drafts, cold, are read once here.)
    // Name-shaped speakers of the drafts are candidates too. (Their person
    // names, which `resolve_one` may ask for, are found at the same time:
    // by draft, in order.)
    let mut person_names: Vec<(usize, PhraseMemo)> =
        emptied(std::mem::take(&mut bufs.person_names), drafts.len());
    let mut spoken: Vec<Cand> = emptied(std::mem::take(&mut bufs.spoken), drafts.len());
    // Whether a candidate of `base` owns its name: only a speaker's name
    // joined from its words can (the mentions' names and countries borrow
    // from the gazetteer).
    let mut base_owns = false;
    for (i, d) in drafts.iter_mut().enumerate() {
        if let Some(sp) = d.speaker.as_mut() {
            let k = widen_to_name(text, mentions, sp);
            let sp = *sp;
            let t = &text[sp.0..sp.1];
            if in_gazetteer(mentions, k, sp) {
                continue;
            }
            let cap = ends_capitalized_in(text, sp);
            let (person, mentioned, object) = if cap {
                let (person, mentioned, object) = bufs.names.names_in_capitalized(t);
                (person, mentioned, Some(object))
            } else {
                (None, None, None)
            };
            person_names.push((
                i,
                PhraseMemo {
                    person,
                    cap,
                    object,
                    first: u32::try_from(k).unwrap_or(u32::MAX),
                },
            ));
            if let Some(name) = mentioned.map(|n| n.text(t)) {
                let gender = gaz.gender_of_first_name(name.split_sp().next().unwrap_or(""));
                let entity = gaz.alias_hits(&name).next().map(|(e, _)| e);
                base_owns |= matches!(name, Cow::Owned(_));
                spoken.push(Cand {
                    pos: sp.0,
                    canonical: name,
                    stype: SpeakerType::Person,
                    country: None,
                    gender,
                    entity,
                });
            }
        }
    }
    // Both by position, the mentions' before the speakers' at one position
    // (as a stable sort of the mentions' then the speakers' gave them):
    // the mentions come sorted from the scan, so only the speakers' few
    // are sorted, and the two merged.
    debug_assert!(mentions.windows(2).all(|w| w[0].start <= w[1].start));
    push_merged(
        &mut base,
        &mentions,
        |m| m.kind != AliasKind::Demonym && !dateline_agency(text, m),
        |m| m.start,
        |m| cand_of(gaz, m),
        &mut spoken,
        |c| c.pos,
    );
    bufs.spoken = emptied(spoken, 0);
    let drafts = &*drafts;
    // The vectors of the candidates sized once for the document (they grew
    // by doubling, a reallocation and a copy each time): each draft adds
    // at most one speaker, and the surname lists and the people named hold
    // at most one entry per person candidate and speaker.
    let people = base
        .iter()
        .filter(|c| c.stype == SpeakerType::Person)
        .count()
        + drafts.len();
    let mut cands = Cands {
        base: Vec::new(),
        added: Added::Sorted(emptied(std::mem::take(&mut bufs.added), drafts.len())),
        by_last: std::mem::take(&mut bufs.by_last),
        last_list: emptied(std::mem::take(&mut bufs.last_list), people),
        people: emptied(std::mem::take(&mut bufs.people), people),
        seen: std::mem::take(&mut bufs.seen),
        listed_own: std::mem::take(&mut bufs.listed_own),
        entities: gaz.entities(),
        gaz: Some(gaz),
        doc: bufs.doc,
        key_buf: std::mem::take(&mut bufs.key_buf),
        listed: std::mem::take(&mut bufs.listed),
        dateline_country: std::cell::OnceCell::new(),
        unnamed: None,
        person_memo: None,
        owns: base_owns,
    };
    for c in &base {
        cands.index_person(c);
    }
    cands.base = base;
    out.reserve(drafts.len());
    // (The next entry of `person_names`, by index: a peekable iterator
    // copied each entry through its peeked slot.)
    let mut next_name = 0;
    let mut facts = FactsMemo::default();
    for (i, d) in drafts.iter().enumerate() {
        let phrase = match person_names.get(next_name) {
            Some(&(k, m)) if k == i => {
                next_name += 1;
                Some(m)
            }
            _ => None,
        };
        if let Some(p) = d.inherits() {
            if p < out.len() {
                out.push_copy(p);
            } else {
                out.push(Resolved::default());
            }
            continue;
        }
        let Some(sp) = d.speaker else {
            out.push(Resolved::default());
            continue;
        };
        // A coordinated speaker ("Sanders and Clinton") is written out
        // whole; its last conjunct resolves and becomes an antecedent as
        // the speaker did before conjuncts were joined.
        // (Not when a gazetteer name runs over the "and": "The Securities
        // and Exchange Commission".)
        // Only when the "and" lies inside the phrase (rare), and only over
        // the mentions inside it: no scan of every mention per speaker.
        let conj = d.conj as usize;
        let one_name = || {
            mentions_in(mentions, sp)
                .iter()
                .any(|m| m.start < conj && m.end > conj)
        };
        let coord = (conj > sp.0 && conj < sp.1 && !one_name()).then(|| Resolved {
            from: i,
            ..resolve_coordination(text, sp, conj, mentions, &cands, gaz, lx, date)
        });
        let sp = if coord.is_some() { (conj, sp.1) } else { sp };
        cands.person_memo = phrase.filter(|_| coord.is_none()).map(|m| (sp, m));
        let mut r = resolve_one(text, sp, mentions, &cands, gaz, lx, date);
        cands.person_memo = None;
        r.from = i;
        // A lone capitalized word the article names no other way, as the
        // source of "according to" ("according to Opta", "according to
        // Nielsen"), is as often a firm as a surname: no type.
        // (The type first: one compare of a byte, where the rule's name
        // is compared in twelve.)
        if r.stype == SpeakerType::Person
            && d.rule.starts_with("according-to")
            && r.canonical.as_deref() == Some(&text[sp.0..sp.1])
            && !text[sp.0..sp.1].contains(' ')
        {
            r.stype = SpeakerType::Unknown;
        }
        // A resolved speaker is an antecedent for later pronouns ("the
        // British prime minister ... He told").
        let pronoun = is_pronoun(text, sp);
        if !pronoun && coord.is_none() && r.stype == SpeakerType::Person && r.canonical.is_none() {
            cands.unnamed = Some(sp);
        }
        if !pronoun && r.stype != SpeakerType::Unknown {
            if let Some(name) = &r.canonical {
                let NameFacts {
                    known,
                    entity,
                    gender,
                } = facts.of(name, gaz);
                // A lone surname known from nowhere else has no gender:
                // not an antecedent ("she" would take "Sanders").
                if !known && !name.contains(' ') && name.as_ref() == &text[sp.0..sp.1] {
                    out.push(coord.unwrap_or(r));
                    continue;
                }
                let c = Cand {
                    pos: sp.0,
                    canonical: name.clone(),
                    stype: r.stype,
                    country: r.country.clone(),
                    gender,
                    entity,
                };
                cands.add(c);
            } else if matches!(r.stype, SpeakerType::Organization | SpeakerType::State)
                && !cands.org_within(sp)
            {
                // An organization the article names no other way ("Taiwan's
                // defence ministry thanked ..., which it said") is still the
                // antecedent of a later "it": an empty name, so the pronoun
                // gets its type and country but no other organization's
                // name.
                cands.add(Cand {
                    pos: sp.0,
                    canonical: Cow::Borrowed(""),
                    stype: r.stype,
                    country: r.country.clone(),
                    gender: None,
                    entity: None,
                });
            }
        }
        out.push(coord.unwrap_or(r));
    }
    // The tables go back, cleared, for the next document.
    let Cands {
        base,
        added,
        mut by_last,
        last_list,
        people,
        seen,
        listed_own,
        mut listed,
        key_buf,
        owns,
        ..
    } = cands;
    // (The candidates of a document whose names all borrow, most, are
    // forgotten, not dropped: the drop read every candidate again to test
    // its two `Cow`s, freeing nothing.)
    bufs.base = emptied(if base_owns { base } else { forgotten(base) }, 0);
    if let Added::Sorted(added) = added {
        bufs.added = emptied(if owns { added } else { forgotten(added) }, 0);
    }
    if owns {
        bufs.last_list = emptied(last_list, 0);
        bufs.people = emptied(people, 0);
    } else {
        bufs.last_list = emptied(forgotten(last_list), 0);
        bufs.people = emptied(forgotten(people), 0);
    }
    bufs.person_names = emptied(person_names, 0);
    let cap = (by_last.capacity(), listed.capacity());
    recycle(&mut by_last, cap.0, HashMap::clear);
    recycle(&mut listed, cap.1, rustc_hash::FxHashSet::clear);
    bufs.by_last = by_last;
    bufs.seen = seen;
    bufs.listed_own = listed_own;
    bufs.listed = listed;
    bufs.key_buf = key_buf;
}

/// What the gazetteer says of a resolved speaker's name, for its
/// candidate: whether it is an alias, the entity of its first hit, and
/// the gender of the first of its hits that has one, else that of its
/// first word as a first name.
#[derive(Clone, Copy)]
struct NameFacts {
    known: bool,
    entity: Option<usize>,
    gender: Option<Gender>,
}

impl NameFacts {
    fn of(name: &str, gaz: &Gazetteer) -> NameFacts {
        let mut hits = gaz.alias_hits(name).peekable();
        let entity = hits.peek().map(|&(e, _)| e);
        let gender = hits
            .find_map(|(e, _)| gaz.entity(e).gender)
            .or_else(|| gaz.gender_of_first_name(name.split_sp().next().unwrap_or("")));
        NameFacts {
            known: entity.is_some(),
            entity,
            gender,
        }
    }
}

/// How many names [`FactsMemo`] remembers.
const FACTS_MEMO: usize = 8;

/// The [`NameFacts`] of the last few names of a document's resolved
/// speakers borrowed from the gazetteer or the text (an article quotes one
/// speaker again and again): each looked up by its length and address
/// (or bytes) among a few, not hashed twice (the alias map, the first
/// names). Names of their own (`Cow::Owned`) are looked up each time.
#[derive(Default)]
struct FactsMemo<'g> {
    slots: [Option<(&'g str, NameFacts)>; FACTS_MEMO],
    next: usize,
}

impl<'g> FactsMemo<'g> {
    // (A `Cow`, not a `str`: only a borrowed name, which lives through
    // the document, is remembered.)
    #[allow(clippy::ptr_arg)]
    fn of(&mut self, name: &Cow<'g, str>, gaz: &Gazetteer) -> NameFacts {
        let Cow::Borrowed(name) = *name else {
            return NameFacts::of(name, gaz);
        };
        for (n, f) in self.slots.iter().flatten() {
            if n.len() == name.len() && (n.as_ptr() == name.as_ptr() || *n == name) {
                return *f;
            }
        }
        let f = NameFacts::of(name, gaz);
        self.slots[self.next] = Some((name, f));
        self.next = (self.next + 1) % FACTS_MEMO;
        f
    }
}

/// The state of the place in the article's dateline ("LONDON (Reuters) -",
/// "WASHINGTON, D.C. —"), looked up in the gazetteer in title case.
fn dateline_country(text: &str, gaz: &Gazetteer) -> Option<String> {
    // (Paragraphs split at blank lines, which may hold spaces or a
    // carriage return: "\r\n\r\n".)
    let mut rest = Some(text);
    let paras = std::iter::from_fn(|| {
        let r = rest?;
        match blank_line(r.as_bytes()) {
            Some((k, next)) => {
                rest = Some(&r[next..]);
                Some(&r[..k])
            }
            None => {
                rest = None;
                Some(r)
            }
        }
    });
    for para in paras.take(3) {
        let para = para.trim_start();
        // (The first mark within the first 40 bytes: no search of the rest
        // of a long paragraph.)
        let Some(end) = first_dateline_mark(para).filter(|&e| e > 2) else {
            continue;
        };
        let head = para[..end].trim().trim_end_matches(',');
        let place = head.split(',').next().unwrap_or(head).trim();
        if place.is_empty()
            || place.chars().any(char::is_lowercase)
            || !place.chars().any(char::is_alphabetic)
        {
            continue;
        }
        let title: String = place
            .split_sp()
            .map(|w| {
                let mut c = w.chars();
                c.next().map_or(String::new(), |f| {
                    f.to_string() + &c.as_str().to_lowercase()
                })
            })
            .collect::<Vec<_>>()
            .join(" ");
        let hit = gaz.lookup_alias(&title).into_iter().find(|&(e, k)| {
            gaz.entity(e).etype == EntityType::State
                && matches!(k, AliasKind::Name | AliasKind::Metonym)
        });
        if let Some((e, _)) = hit {
            return gaz.entity(e).country.clone();
        }
    }
    None
}

/// The offset of the first `-`, `—`, `–` or `(` of `para` that starts
/// before its byte 40, as `char_indices` finds it, by bytes (the dash's
/// UTF-8 forms are E2 80 94 and E2 80 93; a continuation byte is none of
/// the first bytes tested, so only characters' starts match).
fn first_dateline_mark(para: &str) -> Option<usize> {
    let b = para.as_bytes();
    (0..b.len().min(40)).find(|&i| match b[i] {
        b'-' | b'(' => true,
        0xE2 => b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0x93 | 0x94)),
        _ => false,
    })
}

/// The first blank line of `b`: the offset of the newline that ends the
/// text before it and the offset after the newline that ends it.
fn blank_line(b: &[u8]) -> Option<(usize, usize)> {
    let mut nl = memchr::memchr_iter(b'\n', b);
    let mut prev = nl.next()?;
    for k in nl {
        if b[prev + 1..k]
            .iter()
            .all(|&c| matches!(c, b' ' | b'\t' | b'\r'))
        {
            return Some((prev, k + 1));
        }
        prev = k;
    }
    None
}

/// What kind of organization a definite noun phrase names ("the
/// company", "the ministry"), so that it takes only an antecedent of that
/// kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum OrgKind {
    Company,
    Campaign,
    Government,
    Group,
}

/// Organization nouns by the kind of antecedent they take.
const ORG_NOUN_KINDS: &[(OrgKind, &[&str])] = &[
    (
        OrgKind::Company,
        &[
            "company",
            "firm",
            "automaker",
            "carmaker",
            "bank",
            "lender",
            "retailer",
            "airline",
            "insurer",
            "manufacturer",
            "maker",
            "chipmaker",
            "conglomerate",
            "giant",
            "startup",
            "utility",
            "supplier",
            "producer",
            "operator",
            "corporation",
            "business",
        ],
    ),
    (OrgKind::Campaign, &["campaign"]),
    (
        OrgKind::Government,
        &[
            "ministry",
            "department",
            "agency",
            "government",
            "commission",
            "regulator",
            "bureau",
            "authority",
            "watchdog",
        ],
    ),
    (
        OrgKind::Group,
        &[
            "group",
            "organization",
            "organisation",
            "foundation",
            "charity",
            "institute",
            "association",
            "coalition",
            "alliance",
        ],
    ),
];

impl OrgKind {
    /// Whether the candidate `c` is an organization of this kind.
    fn fits(self, c: &Cand, gaz: &Gazetteer) -> bool {
        let subtype = c.entity.map(|e| gaz.entity(e).subtype.as_str());
        let last = c.canonical.rsplit_sp().next().unwrap_or("");
        match self {
            OrgKind::Company => match subtype {
                Some(st) => st == "company",
                None => COMPANY_SUFFIXES.contains(&last),
            },
            OrgKind::Campaign => subtype == Some("party") && c.canonical.contains("campaign"),
            OrgKind::Government => match subtype {
                Some(st) => matches!(st, "gov_body" | "agency" | "intl_org"),
                None => [
                    "Ministry",
                    "Department",
                    "Agency",
                    "Commission",
                    "Bureau",
                    "Authority",
                ]
                .iter()
                .any(|w| c.canonical.split_sp().any(|x| x == *w)),
            },
            OrgKind::Group => matches!(subtype, None | Some("ngo" | "intl_org")),
        }
    }
}

/// The kind of a definite singular organization noun phrase, given its
/// words after "the": "company", "firm", "Japanese automaker" (no
/// possessive, no plural head, at most three words). (For the tests: the
/// phrase's bytes walked, [`org_bytes_walk`].)
#[cfg(test)]
fn definite_org(rest: &str, lx: &Lexicon) -> Option<OrgKind> {
    org_of_bytes(rest, org_bytes_walk(rest), lx)
}

/// The kind of the definite organization phrase `text[a..b]`, as the
/// tests' `definite_org` gives it for that phrase (`a` and `b` at character
/// boundaries): when the phrase has at most sixteen bytes and sixteen
/// bytes of `text` end it, its spaces and marks are found by masks of
/// those bytes (`bytes_among16`; a phrase after "the" has a dozen bytes or
/// so, and the walk's three-way test of each byte mispredicted about
/// 11,000 times a pass over train); else by [`org_bytes_walk`].
fn definite_org_in(text: &str, a: usize, b: usize, lx: &Lexicon) -> Option<OrgKind> {
    let rest = &text[a..b];
    // (`a <= b`: `rest` is sliced.)
    let block = super::block16_ending_at(text.as_bytes(), b).filter(|_| b - a <= 16);
    let bytes = match block {
        Some(block) => {
            // (Bit `k` for byte `b - 16 + k`, the phrase's byte
            // `k - before`; the bytes before `a` left out.)
            let before = 16 - (b - a);
            let inside = 0xffff_u32 << before & 0xffff;
            let sp = u32::from(crate::text::bytes_among16(block, b" ")) & inside;
            let marks = u32::from(crate::text::bytes_among16(block, b"',\xE2")) & inside != 0;
            // (After the last space, else the phrase's start.)
            let head_at = match sp {
                0 => 0,
                _ => (32 - sp.leading_zeros() as usize) - before,
            };
            (sp.count_ones(), head_at, marks)
        }
        None => org_bytes_walk(rest),
    };
    org_of_bytes(rest, bytes, lx)
}

/// The facts of a definite organization phrase `rest` that its bytes give, in
/// one walk over them: the number of spaces (that of the words of
/// `split(' ')` less one), where the word after the last one starts (the
/// head), and whether it holds a byte of the marks (an apostrophe, a comma
/// or the first byte of "’"; only such a phrase is searched for the marks
/// themselves).
fn org_bytes_walk(rest: &str) -> (u32, usize, bool) {
    let (mut spaces, mut head_at, mut marks) = (0, 0, false);
    for (i, &c) in rest.as_bytes().iter().enumerate() {
        match c {
            b' ' => {
                spaces += 1;
                head_at = i + 1;
            }
            b'\'' | b',' | 0xE2 => marks = true,
            _ => {}
        }
    }
    (spaces, head_at, marks)
}

/// The kind of the definite organization phrase `rest` from its bytes'
/// facts ([`org_bytes_walk`]).
#[inline(always)]
fn org_of_bytes(
    rest: &str,
    (spaces, head_at, marks): (u32, usize, bool),
    lx: &Lexicon,
) -> Option<OrgKind> {
    let head = &rest[head_at..];
    if spaces > 2
        || (marks && rest.contains(['\'', '’', ',']))
        || lx.speaker_noun(head) != Some(NounType::Organization)
    {
        return None;
    }
    ORG_NOUN_KINDS
        .iter()
        .find(|(_, nouns)| nouns.contains(&head))
        .map(|&(kind, _)| kind)
}

/// Whether `w` ends a company name for [`suffixed_company_before`]: one
/// of [`COMPANY_SUFFIXES`] but "Group", "Bank", "Company" and
/// "Corporation" (by a [`WordTable`]: the search tests every word of 600
/// bytes).
fn is_name_suffix(w: &str) -> bool {
    static TABLE: WordTable<512, { NAME_SUFFIXES.len() }> = WordTable::new(&NAME_SUFFIXES);
    TABLE.contains(w)
}

/// The words that end a company name for [`suffixed_company_before`]:
/// [`COMPANY_SUFFIXES`] but "Group", "Bank", "Company" and "Corporation".
const NAME_SUFFIXES: [&str; COMPANY_SUFFIXES.len() - 4] = {
    const fn kept(w: &str) -> bool {
        let (w, mut k) = (w.as_bytes(), 0);
        while k < 4 {
            let x = ["Group", "Bank", "Company", "Corporation"][k].as_bytes();
            let mut i = 0;
            while i < x.len() && i < w.len() && x[i] == w[i] {
                i += 1;
            }
            if i == x.len() && i == w.len() {
                return false;
            }
            k += 1;
        }
        true
    }
    let mut out = [""; COMPANY_SUFFIXES.len() - 4];
    let (mut i, mut n) = (0, 0);
    while i < COMPANY_SUFFIXES.len() {
        if kept(COMPANY_SUFFIXES[i]) {
            out[n] = COMPANY_SUFFIXES[i];
            n += 1;
        }
        i += 1;
    }
    assert!(n == out.len(), "the four words are suffixes, once each");
    out
};

/// The last company name with a suffix ([`COMPANY_SUFFIXES`]) in the 600
/// bytes before `at`: one to four capitalized words and the suffix
/// ("Brightside Ltd.", "Acme Corp", "Nordwerk AG"), with where it starts.
/// A sentence or paragraph break does not stop the search; the window
/// bounds it (a document of companies stays linear). The words are read
/// from the end, and those before a suffix only where one is found.
fn suffixed_company_before(text: &str, at: usize) -> Option<(usize, String)> {
    let lo = text.floor_char_boundary(at.saturating_sub(600));
    let window = &text[lo..at];
    let mut words = window.split_ascii_whitespace();
    while let Some(w) = words.next_back() {
        let bare = w.trim_end_matches([',', ';', ':', ')']);
        // "Ltd." closing a sentence keeps its stop.
        if !is_name_suffix(bare) {
            continue;
        }
        // The up to four name words before the suffix, last first.
        let mut name = [""; 4];
        let mut n = 0;
        for x in words.rev().take(4) {
            if !company_name_word(x) {
                break;
            }
            name[n] = x;
            n += 1;
        }
        let first = name[..n].last()?;
        let mut out = String::with_capacity(window.len().min(64));
        for x in name[..n].iter().rev() {
            out.push_str(x);
            out.push(' ');
        }
        out.push_str(bare);
        return Some((first.as_ptr() as usize - window.as_ptr() as usize + lo, out));
    }
    None
}

/// Whether a word before a company suffix is part of the company's name
/// (for [`suffixed_company_before`]).
fn company_name_word(x: &str) -> bool {
    // A capitalized function word, day or month opening the sentence is no
    // part of the name ("But Brightside Ltd.", "On Tuesday Nordwerk AG",
    // "When Acme Corp").
    let opener = |x: &str| {
        NOT_FIRST_NAMES.contains(&x) || super::sent::STOP.iter().any(|s| s.eq_ignore_ascii_case(x))
    };
    // (A word closing a sentence is no part: "to Mexico. United
    // Technologies"; an initial is: "J. Crew Group".)
    x.starts_with(|c: char| c.is_uppercase())
        && x.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '&' | '.'))
        && (!x.ends_with('.') || x.len() == 2)
        && !opener(x)
        // ("Frankfurt-based Nordwerk AG": a modifier.)
        && !x.split('-').skip(1).any(|p| p.starts_with(char::is_lowercase))
}

/// A news agency in a dateline's parentheses ("FRANKFURT (Reuters) -",
/// "ATLANTA (AP) —"): the article's source, no antecedent of "it".
fn dateline_agency(text: &str, m: &Mention) -> bool {
    // (The byte before first: this runs for every mention.)
    m.start > 0
        && text.as_bytes()[m.start - 1] == b'('
        && text[m.end..]
            .strip_prefix(')')
            .is_some_and(|r| r.trim_start_matches(' ').starts_with(['-', '—', '–']))
}

/// How many bytes a block of [`Ments`]'s index covers (a power of two).
const MENTION_BLOCK: usize = 32;

/// How many entries of [`Ments`]'s index one step of its build fills.
const MENTION_FILL: usize = 16;

/// The gazetteer mentions of a document (sorted by start, not
/// overlapping) with an index by blocks of [`MENTION_BLOCK`] bytes:
/// `blocks[b]` is the number of mentions that start before byte
/// `b * MENTION_BLOCK`. The first mention at or after a position (the
/// `partition_point` of the mentions by start) is found from its block's
/// entry, mostly with no step (blocks are small: a mention starts in
/// about one block in ten), instead of a binary search of all the
/// document's mentions, which `resolve` made several times a draft.
/// (Blocks of 256 bytes held about one mention each, and the walk's
/// step count, zero to two, was the text's: its end mispredicted about
/// once a lookup.) (Dereferences to the mentions.)
#[derive(Clone, Copy)]
struct Ments<'a> {
    list: &'a [Mention],
    blocks: &'a [u32],
}

impl<'a> Ments<'a> {
    /// The mentions `list` of a text of `len` bytes with their index,
    /// built in `blocks` (one entry per block up to the one of `len`).
    fn new(list: &'a [Mention], len: usize, blocks: &'a mut Vec<u32>) -> Ments<'a> {
        // (Every mention starts before the text's end: `first_from` of a
        // position past the blocks is past them all.)
        debug_assert!(list.last().is_none_or(|m| m.start < len));
        let n = len / MENTION_BLOCK + 1;
        // Mention `k` starts in block `start / MENTION_BLOCK`: the blocks
        // from the last one filled up to that one have `k` mentions before
        // them. They are filled [`MENTION_FILL`] entries at a time (a
        // fixed-size fill is a few stores, no loop over a count), past
        // `to` when fewer are due: those are filled again by the next
        // mention or the tail. Most gaps between mentions take one fill.
        // (Entries left from a former text are all filled again: no
        // clearing.)
        if blocks.len() < n + MENTION_FILL {
            blocks.resize(n + MENTION_FILL, 0);
        }
        let mut filled = 0;
        let mut fill_to = |to: usize, k: usize| {
            let mut at = filled;
            loop {
                blocks[at..at + MENTION_FILL].copy_from_slice(&[k as u32; MENTION_FILL]);
                at += MENTION_FILL;
                if at >= to {
                    break;
                }
            }
            filled = filled.max(to);
        };
        for (k, m) in list.iter().enumerate() {
            fill_to((m.start / MENTION_BLOCK + 1).min(n), k);
        }
        fill_to(n, list.len());
        Ments {
            list,
            blocks: &blocks[..n],
        }
    }

    /// The number of mentions that start before `pos`:
    /// `list.partition_point(|m| m.start < pos)`.
    #[inline]
    fn first_from(self, pos: usize) -> usize {
        // A position past the last block lies past the text's end, so
        // after every mention's start. (One bound test: the block clamped
        // to the last one took a `min` and then the index's own test.)
        let Some(&k) = self.blocks.get(pos / MENTION_BLOCK) else {
            return self.list.len();
        };
        let mut k = k as usize;
        while k < self.list.len() && self.list[k].start < pos {
            k += 1;
        }
        k
    }
}

impl std::ops::Deref for Ments<'_> {
    type Target = [Mention];

    fn deref(&self) -> &[Mention] {
        self.list
    }
}

/// Mentions lying inside `sp` (mentions are sorted and do not overlap).
/// The first is found by the block index ([`Ments::first_from`]), then
/// the few mentions inside are counted ([`mentions_from`]).
fn mentions_in(mentions: Ments<'_>, sp: Span) -> &[Mention] {
    mentions_from(mentions, mentions.first_from(sp.0), sp)
}

/// [`mentions_in`] of `sp` whose first, `k`, is known
/// (`mentions.first_from(sp.0)`): the few mentions from it inside are
/// counted (the ends are sorted as the starts are).
fn mentions_from(mentions: Ments<'_>, k: usize, sp: Span) -> &[Mention] {
    let mentions = &mentions.list[k..];
    let n = mentions.iter().take_while(|m| m.end <= sp.1).count();
    &mentions[..n]
}

/// Whether `hay` contains `needle`, a phrase that starts with a comma
/// (", who"): each comma found by memchr and the bytes after it compared
/// (`str::contains` set up a two-way searcher for each of the few hundred
/// bytes before a pronoun it searched).
fn has_comma_phrase(hay: &str, needle: &[u8]) -> bool {
    debug_assert_eq!(needle.first(), Some(&b','));
    let h = hay.as_bytes();
    memchr::memchr_iter(b',', h).any(|i| h[i..].starts_with(needle))
}

/// The last byte of the UTF-8 form of “ (U+201C), after E2 80.
const DQ_OPEN: u8 = 0x9C;
/// The last byte of ” (U+201D).
const DQ_CLOSE: u8 = 0x9D;
/// The last byte of — (U+2014).
const EM_DASH: u8 = 0x94;

/// A set of marks for [`rfind_mark`]: the ASCII bytes `ASCII`, and the
/// characters U+2000..U+203F (General Punctuation: curly quotation
/// marks, dashes) whose UTF-8 form ends with one of the bytes `PUNCT`.
/// Constants of a type, so each search is compiled with its bytes (the
/// compares of a block against constants, not a needle read and spread
/// over a vector for each needle and block).
trait Marks {
    const ASCII: &'static [u8];
    const PUNCT: &'static [u8];
}

/// A sentence's or a quotation's bound before a pronoun: `.`, a newline,
/// `!`, `?`, `"`, `“`, `”`.
struct SentenceOrQuote;
impl Marks for SentenceOrQuote {
    const ASCII: &'static [u8] = b".\n!?\"";
    const PUNCT: &'static [u8] = &[DQ_OPEN, DQ_CLOSE];
}

/// A quotation's opening: `"`, `“`.
struct QuoteOpen;
impl Marks for QuoteOpen {
    const ASCII: &'static [u8] = b"\"";
    const PUNCT: &'static [u8] = &[DQ_OPEN];
}

/// A sentence's end before a quotation: `.`, `!`, `?`, a newline, `"`,
/// `”`.
struct SentenceEnd;
impl Marks for SentenceEnd {
    const ASCII: &'static [u8] = b".!?\n\"";
    const PUNCT: &'static [u8] = &[DQ_CLOSE];
}

/// A clause's bound before a relative pronoun: `,`, `;`, `:`, `(`, `)`,
/// `"`, a newline, `“`, `”`, `—`.
struct ClauseBound;
impl Marks for ClauseBound {
    const ASCII: &'static [u8] = b",;:()\"\n";
    const PUNCT: &'static [u8] = &[DQ_OPEN, DQ_CLOSE, EM_DASH];
}

/// The last mark of `s` of the set `M` ([`Marks`]), as (start, end):
/// `str::rfind` with those characters, from the end with no character
/// decoding, sixteen bytes at a time (the searches look back a few
/// hundred bytes from speaker pronouns).
fn rfind_mark<M: Marks>(s: &str) -> Option<(usize, usize)> {
    let b = s.as_bytes();
    // The mark at `i`, if the byte there is one of `ascii` or ends one of
    // the punctuation characters.
    let mark_at = |i: usize| {
        let c = b[i];
        if c < 0x80 {
            M::ASCII.contains(&c).then_some((i, i + 1))
        } else {
            // (`then`, not `then_some`: `i - 2` only where `i >= 2`.)
            (i >= 2 && M::PUNCT.contains(&c) && b[i - 1] == 0x80 && b[i - 2] == 0xE2)
                .then(|| (i - 2, i + 1))
        }
    };
    // Sixteen bytes at a time from the end, where the bytes of the marks
    // are found at once (the search looks back up to a few hundred bytes);
    // then the bytes left before them one by one.
    let mut end = b.len();
    while end >= 16 {
        let block: &[u8; 16] = b[end - 16..end].try_into().expect("sixteen bytes");
        let mut m = u32::from(
            crate::text::bytes_among16(block, M::ASCII)
                | crate::text::bytes_among16(block, M::PUNCT),
        );
        while m != 0 {
            let k = 31 - m.leading_zeros() as usize;
            if let Some(r) = mark_at(end - 16 + k) {
                return Some(r);
            }
            m &= !(1 << k);
        }
        end -= 16;
    }
    (0..end).rev().find_map(mark_at)
}

/// A speaker phrase that starts inside a gazetteer name ending within it
/// starts with that name (and its article): the phrase search stops at
/// "and", so "The Food and Drug Administration said" gave "Drug
/// Administration". Returns the mentions' first from the phrase's start
/// as widened ([`Ments::first_from`]), for [`in_gazetteer`].
fn widen_to_name(text: &str, mentions: Ments<'_>, sp: &mut Span) -> usize {
    let k = mentions.first_from(sp.0);
    let Some(m) = name_into(mentions, k, *sp) else {
        return k;
    };
    let mut a = m.start;
    let before = &text[..a];
    for art in ["The ", "the "] {
        if before.ends_with(art) {
            let b = a - art.len();
            // A word start: the text start or a non-letter before.
            if !text[..b]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
            {
                a = b;
            }
        }
    }
    sp.0 = a;
    // (Widened, seldom: the first mention from the new start sought.)
    mentions.first_from(a)
}

/// The gazetteer name (no demonym) that starts before the phrase `sp` and
/// ends inside it, for [`widen_to_name`]: only the last mention starting
/// before the phrase can, as mentions are sorted and do not overlap (none
/// before it ends after the phrase start). `k` is
/// `mentions.first_from(sp.0)`.
fn name_into(mentions: Ments<'_>, k: usize, sp: Span) -> Option<&Mention> {
    k.checked_sub(1)
        .map(|j| &mentions.list[j])
        .filter(|m| m.kind != AliasKind::Demonym && m.end > sp.0 && m.end <= sp.1)
}

/// Whether a gazetteer name (no demonym) lies inside `sp`: a mention of
/// [`mentions_in`], whose first is `k`, `mentions.first_from(sp.0)` (as
/// [`widen_to_name`] found it: the search is not made twice).
fn in_gazetteer(mentions: Ments<'_>, k: usize, sp: Span) -> bool {
    mentions_from(mentions, k, sp)
        .iter()
        .any(|m| m.kind != AliasKind::Demonym)
}

fn stype_of(t: EntityType) -> SpeakerType {
    match t {
        EntityType::Person => SpeakerType::Person,
        EntityType::State => SpeakerType::State,
        EntityType::Organization => SpeakerType::Organization,
    }
}

fn cand_of<'g>(gaz: &'g Gazetteer, m: &Mention) -> Cand<'g> {
    let e = gaz.entity(m.entity);
    Cand {
        pos: m.start,
        canonical: Cow::Borrowed(&e.name),
        stype: stype_of(e.etype),
        country: e.country.as_deref().map(Cow::Borrowed),
        gender: e.gender,
        entity: Some(m.entity),
    }
}

/// The name of a person-shaped mention ("President Dmitry Medvedev" ->
/// "Dmitry Medvedev"), or `None`. (Borrowed from `t`, nearly always: see
/// [`NameAt::text`].)
fn person_name(t: &str) -> Option<Cow<'_, str>> {
    name_in(t, false)
}

/// [`person_name`], or with `objects` the mentioned name: the person name
/// a phrase ends with, also when it is the object of a preposition ("led
/// by MSNBC's Chris Matthews" -> "Chris Matthews"), a person mentioned in
/// the document, for later pronouns and surnames.
///
/// A name found is a run of words at the end of the phrase whose last
/// word starts with a capital ([`name_in_words`] only ever cuts words off
/// the front), so a phrase whose last word does not ("officials", "he",
/// "a spokesman for the ministry") names nobody: most phrases are
/// rejected here, before their words are split.
fn name_in(t: &str, objects: bool) -> Option<Cow<'_, str>> {
    if !ends_capitalized(t) {
        return None;
    }
    name_in_words(t, objects)
}

/// Whether the last word of `t` starts with a capital: the first test of
/// [`name_in`].
#[inline]
fn ends_capitalized(t: &str) -> bool {
    last_word(t).is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// [`ends_capitalized`] of the phrase `text[sp.0..sp.1]`, its last word
/// found by [`super::last_word_in`] (from the sixteen bytes of `text`
/// that end the phrase when they decide it, else by the byte loop).
///
/// `resolve` asks it of every draft's speaker that no gazetteer name
/// covers, where `last_word`'s byte loop back over the last word cost
/// about 60 instructions and a mispredict at its exit, which the word's
/// length decides.
#[inline(always)]
fn ends_capitalized_in(text: &str, sp: Span) -> bool {
    super::last_word_in(text, sp.0, sp.1)
        .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// The names of any phrase `t`: [`capitalized_names_in`] when its last
/// word starts with a capital ([`ends_capitalized`]), else none (and the
/// phrase's [`object_start`]). For the tests, which ask it of any phrase.
#[cfg(test)]
fn names_in(t: &str) -> (Option<NameAt>, Option<NameAt>, Option<usize>) {
    if !ends_capitalized(t) {
        return (None, None, object_start(t));
    }
    capitalized_names_in(t)
}

/// Where [`person_name`] and the mentioned name ([`name_in`] with
/// `objects`) of one phrase lie in it, at the cost of one: their rules
/// differ in three tests only, so the words are split and the name found
/// once. `resolve` finds the
/// mentioned name of every draft's speaker and keeps where its person name
/// is for `resolve_one` (no string until one is asked for).
///
/// Third, the phrase's [`object_start`], which the person rules test and
/// `resolve_one` asks for too: found once, and kept with the names.
///
/// For a phrase `t` whose last word starts with a capital
/// ([`ends_capitalized`]), which its callers found already: it is not
/// tested again (no other phrase names anyone).
fn capitalized_names_in(t: &str) -> (Option<NameAt>, Option<NameAt>, Option<usize>) {
    debug_assert!(ends_capitalized(t));
    let object = object_start(t);
    let (person, mentioned) = match name_by_rules(t, PERSON_RULES | MENTIONED_RULES, Some(object)) {
        None => (None, None),
        Some((at, PERSON_RULES)) => (Some(at), None),
        Some((at, MENTIONED_RULES)) => (None, Some(at)),
        Some((at, _)) => (Some(at), Some(at)),
    };
    (person, mentioned, object)
}

/// How many phrases [`NamesMemo`] holds (a power of two). (1,024 slots
/// of 96 bytes, 96 KB a thread: over one pass of train the share of
/// phrases found rose from about 49% with 128 slots to about 56%, the
/// speakers named again a few documents later, and to 57% with 4,096;
/// each phrase found saves a [`capitalized_names_in`], about 1,100 instructions and
/// 35 mispredicts.)
const NAMES_MEMO: usize = 1024;

/// The longest phrase [`NamesMemo`] holds, in bytes.
const NAMES_MEMO_TEXT: usize = 46;

/// The names [`capitalized_names_in`] found in recent speaker phrases, by phrase (kept
/// in [`Buffers`]). A speaker is named the same way again and again ("Sen.
/// Tom Briggs", "Mr. Trump", "the Trump campaign"), in a document and
/// across documents, and `capitalized_names_in` depends on the phrase alone; its word
/// rules cost about 900 instructions a phrase. A table of fixed size, one
/// phrase a slot by a hash of its bytes, which are kept and compared: a
/// slot holding another phrase is overwritten.
#[derive(Default)]
struct NamesMemo {
    /// `NAMES_MEMO` slots once used (none before: a `Buffers` that never
    /// resolves a phrase allocates nothing).
    slots: Vec<NamesSlot>,
}

/// A slot of [`NamesMemo`]: a phrase's bytes and its names.
#[derive(Clone, Copy)]
struct NamesSlot {
    /// The phrase's length; 0 for an empty slot (a phrase asked for ends
    /// with a capitalized word).
    len: u8,
    text: [u8; NAMES_MEMO_TEXT],
    names: (Option<NameAt>, Option<NameAt>),
    /// The phrase's [`object_start`], or [`NO_OBJECT`] (the slot's spare
    /// byte: it stays 96 bytes).
    object: u8,
}

/// [`NamesSlot::object`] for a phrase with no object (no offset in a
/// phrase the table holds).
const NO_OBJECT: u8 = u8::MAX;
const _: () = assert!(NAMES_MEMO_TEXT < NO_OBJECT as usize);

impl NamesMemo {
    /// [`capitalized_names_in`] of `t`, a phrase whose last word starts with a
    /// capital (`resolve` tests that first, [`ends_capitalized`], and keeps
    /// the answer for `resolve_one`), from the table when `t` is in it.
    fn names_in_capitalized(&mut self, t: &str) -> (Option<NameAt>, Option<NameAt>, Option<usize>) {
        let b = t.as_bytes();
        if b.len() > NAMES_MEMO_TEXT {
            return capitalized_names_in(t);
        }
        if self.slots.is_empty() {
            let empty = NamesSlot {
                len: 0,
                text: [0; NAMES_MEMO_TEXT],
                names: (None, None),
                object: NO_OBJECT,
            };
            self.slots = vec![empty; NAMES_MEMO];
        }
        let k = (surname_key(b) >> (64 - NAMES_MEMO.trailing_zeros())) as usize;
        let slot = &mut self.slots[k];
        if usize::from(slot.len) == b.len() && &slot.text[..b.len()] == b {
            let object = (slot.object != NO_OBJECT).then_some(usize::from(slot.object));
            return (slot.names.0, slot.names.1, object);
        }
        let (person, mentioned, object) = capitalized_names_in(t);
        slot.len = b.len() as u8;
        slot.text[..b.len()].copy_from_slice(b);
        slot.names = (person, mentioned);
        // (An offset in a phrase of at most `NAMES_MEMO_TEXT` bytes.)
        slot.object = object.map_or(NO_OBJECT, |o| o as u8);
        (person, mentioned, object)
    }
}

/// Where a name lies in its phrase: a run of whole words of it.
#[derive(Clone, Copy, Debug, PartialEq)]
struct NameAt {
    start: usize,
    end: usize,
    /// Single spaces part the words (nearly always), so the name is the
    /// bytes themselves.
    spaced: bool,
}

impl NameAt {
    /// The name in phrase `t`: its words joined by single spaces;
    /// borrowed from `t` when single spaces part them (nearly always), so
    /// the names of the speaker phrases become candidates and resolved
    /// names for the document's lifetime with no copy each.
    fn text(self, t: &str) -> Cow<'_, str> {
        let s = &t[self.start..self.end];
        if self.spaced {
            Cow::Borrowed(s)
        } else {
            Cow::Owned(words_of(s).collect::<Vec<_>>().join(" "))
        }
    }
}

/// The rules of [`person_name`], for [`name_by_rules`].
const PERSON_RULES: u8 = 1;
/// The rules of the mentioned name ([`name_in`] with `objects`), for
/// [`name_by_rules`].
const MENTIONED_RULES: u8 = 2;

/// [`name_in`] without its first test.
fn name_in_words(t: &str, objects: bool) -> Option<Cow<'_, str>> {
    let rules = if objects {
        MENTIONED_RULES
    } else {
        PERSON_RULES
    };
    name_by_rules(t, rules, None).map(|(at, _)| at.text(t))
}

/// The name [`name_in_words`] finds in `t` under any of `rules` (bits
/// [`PERSON_RULES`] and [`MENTIONED_RULES`]: with objects or without),
/// with the rules that accept it; `None` when none does. The name is a run
/// of whole words of `t`, given as where it lies in `t`. (`object`:
/// [`object_start`] of `t` when the caller has it; else it is found here
/// if a rule needs it.)
fn name_by_rules(t: &str, rules: u8, object: Option<Option<usize>>) -> Option<(NameAt, u8)> {
    // The words on the stack when there are few (nearly always), so a
    // speaker phrase costs no vector.
    let mut few = [""; 16];
    let mut n = 0;
    for w in words_of(t) {
        if let Some(slot) = few.get_mut(n) {
            *slot = w;
        }
        n += 1;
    }
    let many: Vec<&str>;
    let words: &[&str] = if n <= few.len() {
        &few[..n]
    } else {
        many = words_of(t).collect();
        &many
    };
    // A pronoun or a quantity alone ("Some argue", "Many fear") names
    // nobody.
    if words.len() == 1 && {
        let k = folded_key(words[0]);
        PRONOUN_KEYS.contains(&k) || DETERMINER_KEYS.contains(&k)
    } {
        return None;
    }
    if words.len() == 1 && t.ends_with('s') && t.chars().skip(1).all(char::is_lowercase) {
        // "Critics", "Officials" at the start of a sentence.
        return None;
    }
    // The trailing run of name words, after any role words:
    // "Union chairwoman Petra Kühn" -> "Petra Kühn". Particles count as
    // name words before a capitalized word ("Jan de Vries").
    let is_particle = |i: usize| {
        super::speaker::PARTICLES.words().contains(&words[i])
            && words
                .get(i + 1)
                .is_some_and(|n| n.chars().next().is_some_and(char::is_uppercase))
    };
    let name_word =
        |i: usize| words[i].chars().next().is_some_and(char::is_uppercase) || is_particle(i);
    let start = (0..words.len())
        .rev()
        .take_while(|&i| name_word(i))
        .last()
        .unwrap_or(words.len());
    // "economists polled by Reuters", "a spokesman for Sen. Tom Briggs":
    // a name that is the object of a preposition after a lowercase head is
    // not the speaker; nor after a plural noun opening the sentence
    // ("Analysts at Jefferies", "Officials from France and Germany";
    // "Centers for Disease Control Director
    // Thomas Frieden" has a title before its name). A place after "in" names nobody ("a
    // trader in Frankfurt").
    // (A determiner may stand between: "an adviser to both Clintons"; so
    // may a first name joined by "and": "exit polls in Iowa and New
    // Hampshire".)
    let cap = |w: &str| w.starts_with(|c: char| c.is_uppercase());
    let mut p = start;
    if p >= 3 && words[p - 1] == "and" && cap(words[p - 2]) {
        p -= 1;
        while p >= 2 && cap(words[p - 1]) {
            p -= 1;
        }
    }
    if p >= 3 && matches!(words[p - 1], "both" | "the" | "all") {
        p -= 1;
    }
    let lower_head = |w: &str| {
        w.starts_with(|c: char| c.is_lowercase())
            || matches!(w, "CEO" | "CFO" | "COO")
            || p == 2
                && !words[start..].iter().any(|w| is_title_word(w))
                && w.len() > 3
                && w.ends_with('s')
                && w.chars().skip(1).all(char::is_lowercase)
    };
    // Nor a name further inside the object of a preposition after a
    // lowercase head ("A lawyer for pop singer Jordan Vale", "a columnist
    // for the tech news site Pando"); "by" and "of" keep it (the author of
    // "a study by economists Peter Schott", "master of ceremonies Asab
    // Al-Tabchi").
    // (Each test takes the rules it belongs to off `rules`.)
    let mut rules = rules;
    if rules & PERSON_RULES != 0
        && p < words.len()
        && object.unwrap_or_else(|| object_start(t)).is_some_and(|o| {
            o <= (words[p].as_ptr() as usize).saturating_sub(t.as_ptr() as usize)
                && !t[o..].starts_with("by ")
                && !t[o..].starts_with("of ")
        })
    {
        rules &= !PERSON_RULES;
    }
    // Nor a place after an organization ("The Health Ministry in Gaza",
    // "the U.S. Embassy in Kyiv"). (Without objects, a name after any
    // of the prepositions and a lowercase head.)
    if p >= 2 {
        let w = words[p - 1];
        let head = || lower_head(words[p - 2]) || w == "in" && is_org_word(words[p - 2]);
        if w == "in" && head() {
            return None;
        }
        if rules & PERSON_RULES != 0 && NAME_PREPOSITIONS.contains(&w) && head() {
            rules &= !PERSON_RULES;
        }
    }
    // Nor, as a person mentioned, a name after "of/at" and a lowercase
    // head: a place or a body ("The mayor of Springfield", "a professor
    // at Harvard", "the governor of New York"), which a later "he" or
    // "she" must not take. ("from" keeps it: "a post from Arianna
    // Huffington" names the author.)
    if rules & MENTIONED_RULES != 0
        && p >= 2
        && matches!(words[p - 1], "of" | "at")
        && lower_head(words[p - 2])
    {
        rules &= !MENTIONED_RULES;
    }
    if rules == 0 {
        return None;
    }
    // A name inside a relative clause of the head ("Economists who study
    // rural America", "Democrats who back Hillary Clinton") is not the
    // speaker.
    if words[..p]
        .iter()
        .any(|w| matches!(*w, "who" | "that" | "which" | "whose"))
    {
        return None;
    }
    // "The Department of Health and Human Services": the end of an
    // organization's name, not a person.
    // (Unless a title follows: "Board of Education President Ann Cole";
    // nor after an office whose title follows the organization word:
    // "Union Minister of State for Home Affairs Nityanand Rai".)
    let org_at = words[..start.saturating_sub(1)]
        .iter()
        .position(|w| is_org_word(w));
    if start >= 2
        && matches!(words[start - 1], "and" | "of" | "for" | "&")
        && org_at.is_some_and(|o| {
            !(words[start - 1] == "for" && words[o + 1..start - 1].iter().any(|w| is_title_word(w)))
        })
        && !words[start..words.len().saturating_sub(2).max(start)]
            .iter()
            .any(|w| is_title_word(w))
    {
        return None;
    }
    // An office "Title of X" before the name ("Chief of Staff Katie
    // Walsh", "Supervisor of Elections Susan Bucher"): the office's words
    // are not the name, which is then its last two words (three with a
    // middle initial).
    // (Also "Title for X" and "Title of X for Y", British and Indian
    // style: "Minister for Railways Anil Deshmukh", "Secretary of State for
    // Health Wes Stirling".)
    let office = start >= 2
        && (words[start - 1] == "of" && is_title_word(words[start - 2])
            || words[start - 1] == "for"
                && words[start.saturating_sub(5)..start - 1]
                    .iter()
                    .any(|w| is_title_word(w)))
        && !words[start..].iter().any(|w| is_title_word(w));
    let start = if office && words.len() - start > 2 {
        let initial = |w: &str| w.len() == 2 && w.ends_with('.');
        if words.len() - start > 3 && initial(words[words.len() - 2]) {
            words.len() - 3
        } else {
            words.len() - 2
        }
    } else {
        start
    };
    let words = &words[start..];
    // An office of an organization before the name ("Senate Agriculture
    // Committee Chairwoman Maria Lopez", "House Speaker Paul Ryan"): the
    // words after the last organization word, when a title opens them.
    // (Also with a portfolio between them: "Union Home Minister Amit
    // Verma", "Union Minister of State for Home Affairs Nityanand Rai":
    // the first title after the organization word, when the words up to
    // it are capitalized and two or more words follow the last title.)
    let words = match words.iter().rposition(|w| is_org_word(w)) {
        None => words,
        Some(p) if words.get(p + 1).is_some_and(|w| is_title_word(w)) => &words[p + 1..],
        Some(p) => match words[p + 1..].iter().position(|w| is_title_word(w)) {
            Some(q)
                if q <= 2
                    && words[p + 1..p + 1 + q]
                        .iter()
                        .all(|w| w.starts_with(char::is_uppercase))
                    && words[p + 1..]
                        .iter()
                        .rposition(|w| is_title_word(w))
                        .is_some_and(|r| words.len() - (p + 1 + r) > 2) =>
            {
                &words[p + 1 + q..]
            }
            _ => return None,
        },
    };
    let name = &words[words
        .iter()
        .position(|w| !is_title_word(w))
        .unwrap_or(words.len())..];
    // Past a descriptor with a title inside it ("Malaysian Defence
    // Minister Hishammuddin Hussein"): the words after its last title,
    // when at least two are left.
    let name = match name[..name.len().saturating_sub(1)]
        .iter()
        .rposition(|w| is_title_word(w))
    {
        Some(p) if name.len() - p > 2 => &name[p + 1..],
        _ => name,
    };
    // A possessive owner before the name ("MSNBC's Chris Matthews"), or a
    // role and its comma ("the local MP, Joan Ellis").
    let name = match name[..name.len().saturating_sub(1)]
        .iter()
        .rposition(|w| w.ends_with("'s") || w.ends_with("’s") || w.ends_with(','))
    {
        Some(p) => &name[p + 1..],
        None => name,
    };
    if name.is_empty()
        || name.len() > 5
        || !name
            .last()
            .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
    {
        return None;
    }
    if name.iter().any(|w| w.chars().all(|c| !c.is_lowercase())) && name.len() == 1 {
        return None;
    }
    // "a California Democrat" names a party member, not a person.
    if name
        .last()
        .is_some_and(|w| PARTY_NOUNS.contains(&w.trim_end_matches(['.', ','])))
    {
        return None;
    }
    // Nor is a day closing the phrase a name ("a CNN/ORC poll released
    // Monday", "a statement issued Tuesday").
    if let [w] = name {
        if super::sent::DAYS
            .words()
            .iter()
            .any(|d| d.eq_ignore_ascii_case(w))
        {
            return None;
        }
    }
    // (The words are slices of `t`.)
    let at = |w: &str| w.as_ptr() as usize - t.as_ptr() as usize;
    let spaced = name
        .windows(2)
        .all(|p| at(p[1]) == at(p[0]) + p[0].len() + 1 && t.as_bytes()[at(p[1]) - 1] == b' ');
    let last = name[name.len() - 1];
    let name = NameAt {
        start: at(name[0]),
        end: at(last) + last.len(),
        spaced,
    };
    Some((name, rules))
}

/// A coordinated speaker ("France, Britain and Germany", "Sanders and
/// Clinton"; `last` is where its last conjunct starts): each conjunct
/// resolved on its own; the canonical names (or the conjuncts as written)
/// joined by "; ", the type and country when all conjuncts share them.
#[allow(clippy::too_many_arguments)]
fn resolve_coordination<'g>(
    text: &'g str,
    sp: Span,
    last: usize,
    mentions: Ments<'_>,
    cands: &Cands<'g>,
    gaz: &'g Gazetteer,
    lx: &Lexicon,
    date: Option<&str>,
) -> Resolved<'g> {
    let head = text[sp.0..last].trim_end();
    let head = head.strip_suffix("and").unwrap_or(head).trim_end();
    let head = head.strip_suffix(',').unwrap_or(head);
    let mut parts: Vec<Span> = Vec::new();
    let mut at = sp.0;
    for piece in head.split(", ") {
        // ("Both Bolton and Gorka": "both" is no part of the first name.)
        let p = piece.trim_start();
        let p = p
            .strip_prefix("Both ")
            .or_else(|| p.strip_prefix("both "))
            .unwrap_or(p);
        let lead = piece.len() - p.len();
        let p = p.trim_end();
        if !p.is_empty() {
            parts.push((at + lead, at + lead + p.len()));
        }
        at += piece.len() + 2;
    }
    parts.push((last, sp.1));
    let mut names: Vec<Cow<'g, str>> = Vec::with_capacity(parts.len());
    let mut stype = None;
    let mut country: Option<Option<Cow<'g, str>>> = None;
    for &part in &parts {
        let r = resolve_one(text, part, mentions, cands, gaz, lx, date);
        names.push(r.canonical.unwrap_or(Cow::Borrowed(&text[part.0..part.1])));
        stype = match stype {
            None => Some(r.stype),
            Some(t) if t == r.stype => Some(t),
            Some(_) => Some(SpeakerType::Unknown),
        };
        country = match country {
            None => Some(r.country),
            Some(c) if c == r.country => Some(c),
            Some(_) => Some(None),
        };
    }
    // A pronoun taken for another conjunct ("he and Brafman") stays as
    // written.
    for (i, &part) in parts.iter().enumerate() {
        let t = &text[part.0..part.1];
        let pronoun = super::sent::PRONOUNS
            .iter()
            .any(|p| p.eq_ignore_ascii_case(t));
        if pronoun && (0..names.len()).any(|k| k != i && names[k] == names[i]) {
            names[i] = Cow::Borrowed(t);
        }
    }
    Resolved {
        from: usize::MAX,
        canonical: Some(Cow::Owned(names.join("; "))),
        stype: stype.unwrap_or(SpeakerType::Unknown),
        country: country.flatten(),
    }
}

fn resolve_one<'g>(
    text: &'g str,
    sp: Span,
    mentions: Ments<'_>,
    cands: &Cands<'g>,
    gaz: &'g Gazetteer,
    lx: &Lexicon,
    date: Option<&str>,
) -> Resolved<'g> {
    let t = super::slice_of(text, sp.0, sp.1);
    // The pronoun, lowercase (ASCII case-folding is enough: no other
    // character lowercases into these words). (Most phrases are longer
    // than any pronoun or possessive: one compare of the length, not one
    // with each of the nine words.)
    let lower = if t.len() > PRONOUN_LEN {
        ""
    } else {
        super::sent::PRONOUNS
            .iter()
            .find(|p| p.eq_ignore_ascii_case(t))
            .copied()
            // A possessive alone as the speaker ("His answer:", "the text
            // of her speech:") is its person.
            .or_else(|| {
                POSSESSIVES
                    .iter()
                    .find(|(p, _)| p.eq_ignore_ascii_case(t))
                    .map(|&(_, q)| q)
            })
            .unwrap_or("")
    };
    let mut r = Resolved::default();
    // Pronouns.
    match lower {
        "he" | "she" => {
            let g = if lower == "he" {
                Gender::Male
            } else {
                Gender::Female
            };
            let person =
                |c: &Cand| c.stype == SpeakerType::Person && c.gender.is_none_or(|cg| cg == g);
            // Inside the relative clause of an unnamed singular person
            // speaker, in the same sentence, with no person named between
            // ("said one fisherman, who asked not to be named because he
            // feared ..."): that person, no name. (Elsewhere a pronoun after
            // an unnamed speaker is as often a person named before: "an
            // Iowa voter asked if she would ...", "her advisers said she".)
            let unnamed = cands.unnamed.filter(|u| {
                let head = text[u.0..u.1].rsplit_sp().next().unwrap_or("");
                u.1 <= sp.0
                    // (Not a plural: "aides", "fishermen", "people".)
                    && !(bare_plural(head) || head == "children")
                    && text.get(u.1..sp.0).is_some_and(|b| {
                        b.len() < 200
                            && has_comma_phrase(b, b", who ")
                            && !b.contains(['.', '\n', '"', '“', '”'])
                    })
                    && cands
                        .nearest_before(sp.0, |c| c.stype == SpeakerType::Person)
                        .is_none_or(|c| c.pos < u.0)
            });
            // A person opening the pronoun's sentence comes before one
            // named after it in that sentence ("Bush went after Trump at
            // the debate ..., when he called the businessman ...": Bush).
            // (The sentence start within 300 bytes; not after a relative
            // "who" on the nearer name.)
            // (`near`: the nearest person before the pronoun, which is
            // also the answer when there is no such subject.)
            let subject = |near: Option<&Cand<'g>>| {
                let lo = text.floor_char_boundary(sp.0.saturating_sub(300));
                // (No nearest person, or none after the window's start and
                // so after the sentence start: no subject, with no search
                // for the sentence start.)
                let near = near.filter(|c| c.pos > lo)?;
                let before = &text[lo..sp.0];
                let (_, k) = rfind_mark::<SentenceOrQuote>(before)?;
                let s0 = lo + k;
                let s0 = s0 + (text[s0..sp.0].len() - text[s0..sp.0].trim_start().len());
                if near.pos <= s0 || has_comma_phrase(&text[near.pos..sp.0], b", who") {
                    return None;
                }
                cands.at(s0).find(|c| person(c))
            };
            if unnamed.is_some() || role_subject_before_quote(text, sp.0, lx) {
                r.stype = SpeakerType::Person;
            } else if let Some(c) = {
                let near = cands.nearest_before(sp.0, person);
                subject(near).or(near)
            } {
                fill(&mut r, c);
            } else {
                r.stype = SpeakerType::Person;
            }
            return r;
        }
        "it" => {
            // A speaker earlier in the same sentence comes before any
            // name between them ("Taiwan's ministry thanked Washington for
            // the sale, which it said would help": the ministry).
            let same_sentence = cands
                .added
                .range(0, sp.0)
                .next_back()
                .filter(|c| matches!(c.stype, SpeakerType::Organization | SpeakerType::State))
                .filter(|c| {
                    text.get(c.pos..sp.0)
                        .is_some_and(|b| b.len() < 200 && !b.contains(['.', '\n', '"', '“', '”']))
                });
            if let Some(c) = same_sentence {
                fill(&mut r, c);
                return r;
            }
            if let Some(c) = cands.nearest_before(sp.0, |c| {
                matches!(c.stype, SpeakerType::Organization | SpeakerType::State)
            }) {
                fill(&mut r, c);
            } else {
                r.stype = SpeakerType::Organization;
            }
            return r;
        }
        "they" => {
            // Only a nearby earlier speaker that is an organization or a
            // state: "they" after "Officials said ..." must not take a
            // name merely mentioned before.
            let speaker = cands
                .added
                .range(0, sp.0)
                .rfind(|c| !c.canonical.is_empty())
                .filter(|c| c.pos + 300 > sp.0)
                .filter(|c| matches!(c.stype, SpeakerType::Organization | SpeakerType::State));
            if let Some(c) = speaker {
                fill(&mut r, c);
            }
            return r;
        }
        "we" | "i" | "you" => return r,
        _ => {}
    }
    // A demonym for the person who last spoke: "the Spaniard said", "the
    // Argentine added" (a singular noun of a person, not an adjective for
    // the nation: "the French", "the British", "the Swiss").
    // (The words after a leading "the", for this and the organization
    // nouns below.)
    let after_the = t.strip_prefix("the ").or_else(|| t.strip_prefix("The "));
    if let Some(rest) = after_the {
        let demonym = !rest.contains(' ')
            && !rest.ends_with('s')
            && !["ish", "ch", "ese"].iter().any(|e| rest.ends_with(e))
            && mentions_in(mentions, sp).iter().any(|m| {
                m.kind == AliasKind::Demonym && m.start == sp.1 - rest.len() && m.end == sp.1
            });
        if demonym {
            // (Only the speakers of the last 600 bytes are walked.)
            let last = cands
                .added
                .range(sp.0.saturating_sub(600), sp.0)
                .rfind(|c| c.stype == SpeakerType::Person && !c.canonical.is_empty());
            if let Some(c) = last {
                fill(&mut r, c);
            } else {
                r.stype = SpeakerType::Person;
            }
            return r;
        }
    }
    // A relative "who"/"which" takes the name of its antecedent: a known
    // name right before it ("Reid, who endorsed Clinton, stressed"), else
    // the phrase before its comma ("Sen. Tom Briggs, R-Iowa, who voted
    // against it").
    if t.eq_ignore_ascii_case("who") || t.eq_ignore_ascii_case("which") {
        if let Some(c) = cands.nearest_before(sp.0, |_| true) {
            let between = text.get(c.pos..sp.0).unwrap_or("");
            let name = between.trim_end().strip_suffix(',').unwrap_or(between);
            if between.len() <= 48 && !name.contains([',', ';', ':', '(', '"', '\n']) {
                fill(&mut r, c);
                return r;
            }
        }
        if let Some(a) = antecedent(text, sp.0) {
            let ar = resolve_one(text, a, mentions, cands, gaz, lx, date);
            // (A lone capitalized word not known as a name may be a place:
            // "voters in Manchester, who".)
            let known = ar
                .canonical
                .as_deref()
                .is_some_and(|c| c.contains(' ') || ar.stype != SpeakerType::Person);
            if known {
                r.canonical = ar.canonical;
                r.stype = ar.stype;
                r.country = ar.country;
            }
        }
        return r;
    }
    // "The company said", "the agency said": a definite organization noun
    // with no name in it takes the nearest organization named before it
    // (spoken or only mentioned: on train, speakers alone missed more
    // antecedents than they saved) when that one is of its kind. A name of
    // another kind in between ("an analyst at SBI Securities" before "the
    // ministry") gives none; one of the same kind wins (a known limit).
    // (A demonym may modify it: "the Japanese automaker".)
    if let Some((rest, kind)) =
        after_the.and_then(|rest| Some((rest, definite_org_in(text, sp.1 - rest.len(), sp.1, lx)?)))
    {
        let inside = mentions_in(mentions, sp);
        if inside.iter().all(|m| m.kind == AliasKind::Demonym) {
            let demonym = |w: &str| {
                inside
                    .iter()
                    .any(|m| m.kind == AliasKind::Demonym && &text[m.start..m.end] == w)
            };
            let last = cands.nearest_before(sp.0, |c| {
                c.stype == SpeakerType::Organization && !c.canonical.is_empty()
            });
            // (Any other capitalized modifier must be part of the name:
            // "the Sanders campaign" is not the Clinton campaign.)
            let named = |c: &Cand| {
                rest.split_sp()
                    .filter(|w| w.starts_with(char::is_uppercase) && !demonym(w))
                    .all(|w| c.canonical.split_sp().any(|x| x == w))
            };
            // A company the gazetteer does not know, named with its suffix
            // shortly before and after any organization antecedent
            // ("Brightside Ltd. will close 120 stores, the company said").
            if kind == OrgKind::Company
                && rest.split_sp().all(|w| !w.starts_with(char::is_uppercase))
            {
                if let Some((at, name)) = suffixed_company_before(text, sp.0) {
                    if last.is_none_or(|c| c.pos < at) {
                        r.canonical = Some(Cow::Owned(name));
                        r.stype = SpeakerType::Organization;
                        r.country = None;
                        return r;
                    }
                }
            }
            if let Some(c) = last.filter(|c| kind.fits(c, gaz) && named(c)) {
                fill(&mut r, c);
                return r;
            }
        }
    }
    // "the chancellor", "the 88-year-old pontiff", "the senator": a
    // definite role noun is the nearest person named before it with that
    // title ("German Chancellor Olaf Scholz ... The chancellor said").
    if let Some(rest) = after_the {
        if let Some(c) = titled_antecedent(text, sp.0, rest, cands) {
            fill(&mut r, c);
            return r;
        }
    }
    // A role phrase followed by the name in apposition ("Its chief
    // negotiator, Anna Vogt, told"; "President Obama's spokesman, Josh
    // Earnest, said"): the person is the name.
    // (An acronym role counts: "The local MP, Joan Ellis, said"; so does
    // a role noun before a named object: "The mayor of Springfield, Dana
    // Hollis, said", "The head of the World Health Organization, Tedros
    // Adhanom Ghebreyesus, said".)
    let role_of = || {
        let mut prev = "";
        t.split_sp().any(|w| {
            let hit = matches!(w, "of" | "for" | "at")
                && prev.starts_with(|c: char| c.is_ascii_lowercase())
                && lx.speaker_noun(prev) == Some(NounType::Person);
            prev = w;
            hit
        })
    };
    // (Only a phrase that ", " follows can have a name in apposition
    // ([`apposition_name`]'s first test, made first here: the tests of the
    // phrase's words cost about 160 instructions a phrase, and few phrases
    // are followed by a comma.)
    if text[sp.1..].starts_with(", ")
        && (t.rsplit_sp().next().is_some_and(|w| {
            w.bytes().all(|b| b.is_ascii_lowercase())
                || w.bytes().all(|b| b.is_ascii_uppercase() || b == b's')
                    && lx.speaker_noun(w) == Some(NounType::Person)
        }) || role_of())
    {
        if let Some(a) = apposition_name(text, sp.1) {
            let ar = resolve_one(text, a, mentions, cands, gaz, lx, date);
            if ar.canonical.is_some() && ar.stype == SpeakerType::Person {
                r.canonical = ar.canonical;
                r.stype = ar.stype;
                r.country = ar.country;
                return r;
            }
        }
    }
    // Gazetteer mentions inside the phrase: the longest name wins; a
    // demonym or state mention may instead be the country of a role.
    // (Not a person named after a preposition: "A spokesman for Prime
    // Minister Rishi Sunak" is the spokesman.)
    let (first, object_at) = cands.first_and_object(mentions, sp, t);
    let inside = mentions_from(mentions, first, sp);
    let object_from = object_at.map_or(usize::MAX, |o| sp.0 + o);
    // (Nor the owner before a possessive: "Donald Trump's eldest
    // daughter" is the daughter.)
    let owner = |m: &Mention| {
        let rest = &text[m.end..sp.1];
        (rest.starts_with("'s ") || rest.starts_with("’s ")) && rest.len() > 4
    };
    // "Sudan's government", "France's government": the state, as "the
    // Sudanese government" is (a government alias of the gazetteer).
    if let Some(m) = inside.first().filter(|m| {
        inside.len() == 1
            && gaz.entity(m.entity).etype == EntityType::State
            && matches!(
                text.get(m.end..sp.1),
                Some("'s government" | "’s government")
            )
            && text
                .get(sp.0..m.start)
                .is_some_and(|b| b.is_empty() || b == "the " || b == "The ")
    }) {
        fill(&mut r, &cand_of(gaz, m));
        return r;
    }
    // (The longest, the last of equals, as `max_by_key` gives it: a plain
    // loop, as a `filter` and `max_by_key` over a few mentions ran an
    // out-of-line fold.)
    let mut person: Option<&Mention> = None;
    for m in inside {
        if gaz.entity(m.entity).etype == EntityType::Person
            && m.start < object_from
            && !owner(m)
            && person.is_none_or(|p| m.end - m.start >= p.end - p.start)
        {
            person = Some(m);
        }
    }
    if let Some(m) = person {
        fill(&mut r, &cand_of(gaz, m));
        return r;
    }
    // (The role search only when no person is named.)
    if let Some(role) = gaz.find_role(object_at.map_or(t, |o| t[..o].trim_end())) {
        let country = inside
            .iter()
            .find(|m| gaz.entity(m.entity).etype == EntityType::State)
            // Else a body of one state named in the phrase ("A State
            // Department spokesperson" in a story datelined BEIJING).
            .or_else(|| {
                inside.iter().find(|m| {
                    let e = gaz.entity(m.entity);
                    e.etype == EntityType::Organization
                        && e.subtype == "gov_body"
                        && e.country
                            .as_deref()
                            .is_some_and(|c| c.len() == 3 && c != "ZZ")
                })
            })
            .and_then(|m| gaz.entity(m.entity).country.as_deref().map(Cow::Borrowed))
            .or_else(|| {
                cands
                    .dateline_country
                    .get_or_init(|| dateline_country(text, gaz))
                    .clone()
                    .map(Cow::Owned)
            });
        // An office of an organization named in the phrase ("the U.N.
        // secretary-general", "the NATO secretary-general"): its holders
        // are listed under the organization's id; the speaker's country is
        // the organization's.
        let org_office = if country.is_none() {
            inside.iter().find_map(|m| {
                let e = gaz.entity(m.entity);
                (e.etype == EntityType::Organization && gaz.has_office(role, &e.id))
                    .then_some((e.id.as_str(), e.country.as_deref()))
            })
        } else {
            None
        };
        if let Some((office_of, org_country)) = org_office {
            let indefinite = ["a ", "an ", "A ", "An "].iter().any(|a| t.starts_with(a));
            r.stype = SpeakerType::Person;
            r.country = org_country.map(Cow::Borrowed);
            r.canonical = match affiliated_person(t, sp, inside, lx)
                .or_else(|| cands.person_name(sp, t))
                .filter(|n| n.contains(' '))
            {
                Some(full) => Some(full),
                // (The holders looked up only here: a name in the phrase
                // or an indefinite phrase needs none.)
                None if !indefinite => match gaz.holders(role, office_of, date)[..] {
                    [one] => Some(Cow::Borrowed(gaz.entity(one).name.as_str())),
                    _ => None,
                },
                None => None,
            };
            return r;
        }
        if let Some(country) = country {
            // A named holder in the article settles it, else the date.
            // (Of several people of the article who held the role, the one
            // holding it at the article's date; none when that is not one:
            // "The Florida senator" in an article naming two senators.)
            // (The holders of the role looked up only when needed: one
            // person of the article who held it settles it without them.
            // The scan of the role's offices with their dates is the
            // dearest step here.)
            let holders = || gaz.holders(role, &country, date);
            let mut held = cands
                .people
                .iter()
                .filter(|(_, e)| gaz.held(*e, role, Some(&country)));
            let first = held.next();
            let named = match held.next() {
                None => first,
                Some(_) => {
                    let holders = holders();
                    let mut now = cands.people.iter().filter(|(_, e)| holders.contains(e));
                    match (now.next(), now.next()) {
                        (Some(one), None) => Some(one),
                        _ => None,
                    }
                }
            };
            let ambiguous = first.is_some() && named.is_none();
            // "a State Department spokesman" is one of several: no holder.
            let indefinite = ["a ", "an ", "A ", "An "].iter().any(|a| t.starts_with(a));
            let pick = if ambiguous || indefinite && named.is_none() {
                None
            } else if let Some((name, _)) = named {
                Some(name.clone())
            } else if let [one] = holders()[..] {
                Some(Cow::Borrowed(gaz.entity(one).name.as_str()))
            } else {
                None
            };
            r.stype = SpeakerType::Person;
            r.country = Some(country);
            // A full name in the phrase is the person ("Rep. Matt Gaetz":
            // not some other past representative named in the article),
            // unless the holder has its surname (a spelling the gazetteer
            // lacks). Else the holder, else the name the phrase gives
            // ("Rep. Wong").
            let full = affiliated_person(t, sp, inside, lx)
                .or_else(|| cands.person_name(sp, t))
                .filter(|n| n.contains(' '));
            let surname = |n: &str| n.rsplit_sp().next().unwrap_or(n).to_lowercase();
            r.canonical = match (full, pick) {
                (Some(f), Some(p)) if surname(&f) == surname(&p) => Some(p),
                (Some(f), _) => Some(f),
                (None, p) => p.or_else(|| cands.person_name(sp, t)),
            };
            return r;
        }
    }
    if let Some(m) = inside
        .iter()
        .filter(|m| m.kind != AliasKind::Demonym)
        .max_by_key(|m| m.end - m.start)
    {
        let c = cand_of(gaz, m);
        // "Russian officials" (government form) or a bare state/org name.
        let covers = m.end - m.start + 6 >= sp.1 - sp.0;
        if covers || m.kind == AliasKind::Government {
            fill(&mut r, &c);
            return r;
        }
    }
    // Surname (or title + surname) of a person named in the article.
    // At most three words matter: a fourth ends the count (no vector).
    let mut few = [""; 4];
    let mut n = 0;
    // (Only when the phrase's last word starts with a capital: the words
    // kept always end with that word (it ends the trimmed phrase), so the
    // test of the last word kept below fails for any other phrase; no
    // word split and no title lookups then, about 85 instructions a
    // phrase.)
    if cands.ends_capitalized(text, sp) {
        // (A title word closing the phrase is a surname: "Mr. Prince",
        // "Mr. King".)
        let end = {
            let trimmed = t.trim_end();
            trimmed.as_ptr() as usize + trimmed.len()
        };
        for w in words_of(t).filter(|w| !is_title_word(w) || w.as_ptr() as usize + w.len() == end) {
            few[n] = w;
            n += 1;
            if n == few.len() {
                break;
            }
        }
    }
    let words = &few[..n];
    if !words.is_empty()
        && words.len() <= 3
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_alphabetic))
        && words
            .last()
            .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
    {
        // "Lavrov", "De Vries" -> "Jan de Vries": a longer name in the
        // article that ends with the same words (any case).
        let mut buf = [0u8; 64];
        let surname = lower_joined_in(words, &mut buf);
        if let Some(c) = cands.by_surname(&surname) {
            fill(&mut r, c);
            return r;
        }
        // "Her rival, Gov. Mark Ellis, was unimpressed. ... Ellis said":
        // the full name where the article introduced the surname.
        if let [w] = words {
            if let Some(name) = introduced_name(text, sp.0, w) {
                r.canonical = Some(Cow::Owned(name));
                r.stype = SpeakerType::Person;
                return r;
            }
        }
    }
    // A lone capitalized speaker noun opening a sentence or headline is
    // the common noun ("Chipmaker warns of ...", "Pope calls for ...",
    // "Economist predicts ..."), not a name.
    // (`last_space`, not `contains`: its first eight bytes from the end
    // find the space of most phrases, where the search by `memchr` read
    // them one by one from the start.)
    if inside.is_empty() && last_space(t.as_bytes()).is_none() && sentence_initial(text, sp.0) {
        if let Some(ty) = lx.speaker_noun(t) {
            r.stype = match ty {
                NounType::Person => SpeakerType::Person,
                NounType::Organization => SpeakerType::Organization,
                NounType::Document => SpeakerType::Unknown,
            };
            return r;
        }
    }
    if let Some(name) = affiliated_person(t, sp, inside, lx).or_else(|| cands.person_name(sp, t)) {
        // A name after an organization noun is the organization's
        // ("Campaign group Transport Focus", "the consultancy Oxford
        // Economics").
        // (Not an office "of staff", "of state" before a person's name.)
        let org = t.strip_suffix(name.as_ref()).is_some_and(|lead| {
            let mut ws = lead.trim_end().rsplit_sp();
            let w = ws.next().unwrap_or("");
            w.bytes().all(|b| b.is_ascii_lowercase())
                && lx.speaker_noun(w) == Some(NounType::Organization)
                && ws.next() != Some("of")
        });
        r.canonical = Some(name);
        r.stype = if org {
            SpeakerType::Organization
        } else {
            SpeakerType::Person
        };
        return r;
    }
    // A capitalized word in "-s" that `person_name` takes for a plural
    // noun ("Critics said") is a surname inside a sentence when no speaker
    // noun has that form (`"...," Ellis said`).
    if t.ends_with('s')
        && last_space(t.as_bytes()).is_none()
        && t.chars().next().is_some_and(char::is_uppercase)
        && t.chars().skip(1).all(char::is_lowercase)
        && !sentence_initial(text, sp.0)
        && inside.is_empty()
        && !GROUP_PLURALS.iter().any(|g| g.eq_ignore_ascii_case(t))
        && lx.speaker_noun(t).is_none()
    {
        r.canonical = Some(Cow::Borrowed(t));
        r.stype = SpeakerType::Person;
        return r;
    }
    // The head noun (the last word before a post-modifier, else the last
    // word).
    let last = head_word(t, lx);
    // Lowercase ASCII (most heads: "officials") is used as it is.
    let head: Cow<str> = if last
        .bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
    {
        Cow::Borrowed(last)
    } else {
        Cow::Owned(last.to_lowercase())
    };
    // (A capitalized head after an organization word and its "of/for" is
    // the end of the organization's name: "the American Society of Civil
    // Engineers", "the American Federation of Teachers".)
    let org_name_end = last.starts_with(|c: char| c.is_uppercase()) && t.ends_with(last) && {
        let mut prev = "";
        words_of(t).any(|w| {
            let hit = matches!(w, "of" | "for") && is_org_word(prev);
            prev = w;
            hit
        })
    };
    r.stype = match lx.speaker_noun(&head) {
        _ if org_name_end => SpeakerType::Organization,
        Some(NounType::Person) => SpeakerType::Person,
        Some(NounType::Organization) => SpeakerType::Organization,
        _ if words_of(t).any(is_org_word) => SpeakerType::Organization,
        _ => SpeakerType::Unknown,
    };
    // An organization's name the gazetteer lacks is its own canonical name
    // ("Nordwerk AG", "the Harbor Institute"), an antecedent of "it".
    if r.stype == SpeakerType::Organization {
        r.canonical = org_name(t, lx).map(Cow::Borrowed);
        // A short form of an organization named before ("The Post" after
        // "The Washington Post", "the Times") is that organization.
        if r.canonical.is_none() {
            if let Some(short) = t
                .strip_prefix("The ")
                .or_else(|| t.strip_prefix("the "))
                .filter(|w| !w.contains(' ') && w.starts_with(|c: char| c.is_uppercase()))
            {
                if let Some(c) = cands.nearest_before(sp.0, |c| {
                    c.stype == SpeakerType::Organization
                        && c.canonical.len() > short.len()
                        && c.canonical.ends_with(short)
                        && c.canonical[..c.canonical.len() - short.len()].ends_with(' ')
                }) {
                    fill(&mut r, c);
                    return r;
                }
            }
        }
    }
    // (Not from a name cut short by "and": "The Department of Health and
    // Human Services" holds "Department of Health", a British body.)
    if let Some(m) = inside.iter().find(|m| !cut_short(text, mentions, m, sp)) {
        r.country = gaz.entity(m.entity).country.as_deref().map(Cow::Borrowed);
    }
    r
}

/// The person named before an affiliation ("Professor Raj Patel of the
/// University of Edinburgh", "Ann Lee at Goldman Sachs"): a name of two to
/// five capitalized words, no article, no organization word and no gazetteer mention
/// ("United States of America") before the first "of/at/from", not ending
/// in an office.
fn affiliated_person<'t>(
    t: &'t str,
    sp: Span,
    inside: &[Mention],
    lx: &Lexicon,
) -> Option<Cow<'t, str>> {
    // One pass over the words to the first "of/at/from" (no substring
    // search: this runs for most speaker phrases).
    // (No article: "The Child Citizenship Act of 2000".)
    if matches!(
        t.split_sp().next(),
        Some("The" | "A" | "An" | "This" | "That")
    ) {
        return None;
    }
    let mut at = 0;
    let mut n = 0;
    for w in t.split_sp() {
        if matches!(w, "of" | "at" | "from") && n > 0 {
            break;
        }
        if n == 5 || !w.starts_with(|c: char| c.is_uppercase()) {
            return None;
        }
        n += 1;
        at += w.len() + 1;
    }
    if n < 2 || at >= t.len() {
        return None;
    }
    let at = at - 1;
    let lead = &t[..at];
    // (The organization words only of a name before an "of/at/from": most
    // capitalized phrases have none, and every way out is `None`.)
    if lead.split_sp().any(is_org_word) {
        return None;
    }
    // (An office in "of" is no affiliation: "Missouri Secretary of State
    // Jason Kander", "County Supervisor of Elections Susan Bucher".)
    // ("Representative Peter T. King of New York" is a name after its
    // title.)
    let office = lead
        .rsplit_sp()
        .next()
        .is_some_and(|w| is_title_word(w) || lx.speaker_noun(w).is_some())
        && !lead
            .rsplit_sp()
            .skip(1)
            .any(|w| is_title_word(w) && w.ends_with(|c: char| c.is_lowercase() || c == '.'));
    if office || inside.iter().any(|m| m.start < sp.0 + at) {
        return None;
    }
    person_name(lead).filter(|name| name.contains(' '))
}

/// A phrase that is an organization's name: two to eight words, each
/// capitalized or a connective ("of", "and", "for", "&"), after an optional
/// "the", ending in an organization word or with one before "of" ("Royal
/// College of Nursing"); `None` for descriptions ("a Berlin think tank"),
/// possessives not ending in an organization word ("Britain's Parliament",
/// "the Zionist Union Party's Nachman Shai"), two names ("The State Department
/// and the ..."), polls ("New Poll") and Title Case headlines with a finite
/// cue ("... Reveals State Department"; "United States" is no cue).
fn org_name<'t>(t: &'t str, lx: &Lexicon) -> Option<&'t str> {
    let name = t
        .strip_prefix("The ")
        .or_else(|| t.strip_prefix("the "))
        .unwrap_or(t);
    let n = name.split_sp().count();
    let capital = |w: &str| w.starts_with(|c: char| c.is_uppercase());
    let last = name.rsplit_sp().next().unwrap_or(name);
    // (The tests of the words' count and capitals first: the searches for
    // "'s", " and the " and " of " set up a searcher each, for every
    // phrase of an organization.)
    let ok = (2..=8).contains(&n)
        && name.split_sp().next().is_some_and(capital)
        && capital(last)
        && last != "Poll"
        && (!name.contains("'s") && !name.contains("’s") || is_org_word(last))
        && !name.contains(" and the ")
        && (is_org_word(last) || {
            let head = name.split(" of ").next().unwrap_or(name);
            head.len() < name.len() && head.rsplit_sp().next().is_some_and(is_org_word)
        })
        && name
            .split_sp()
            .all(|w| capital(w) || matches!(w, "of" | "and" | "for" | "&" | "on" | "the"))
        && name.split_sp().skip(1).all(|w| {
            !(w.ends_with('s') || w.ends_with("ed"))
                || lx
                    .cue_word(w)
                    .is_none_or(|(_, f)| !matches!(f, Form::Third | Form::Past))
                || w == "States"
        });
    ok.then_some(name)
}

/// A name in "of" ("Department of Health") followed inside the phrase by
/// "and" and a capitalized word that starts no mention of its own is the
/// front of a longer name; "the Associated Press and Television Networks"
/// are two. (The mention at the word is found by binary search: the
/// mentions are sorted and do not overlap. A scan of every mention of the
/// document, once per speaker, was quadratic in a long document of such
/// names.)
fn cut_short(text: &str, mentions: Ments<'_>, m: &Mention, sp: Span) -> bool {
    let rest = text.get(m.end..sp.1).unwrap_or("");
    let next = m.end + " and ".len();
    // (The test of the text after the name first: the search for " of "
    // set up a searcher for every mention inside a phrase.)
    rest.strip_prefix(" and ")
        .is_some_and(|r| r.starts_with(|c: char| c.is_uppercase()))
        && text.get(m.start..m.end).is_some_and(|n| n.contains(" of "))
        && mentions.binary_search_by_key(&next, |n| n.start).is_err()
}

/// The offset in a speaker phrase where a prepositional object after a
/// lowercase head starts ("a spokesman for ...", "the wife of ..."), if
/// any; "Secretary of State John Kerry" has none.
///
/// Each word is classed by one lookup of its first eight bytes in
/// [`OBJECT_WORDS`] (a preposition of [`NAME_PREPOSITIONS`], a relative
/// pronoun, one of [`OFFICE_NOUNS`], an acronym head), and the tests are
/// combined without a branch on the class: the comparisons of each word
/// with the word lists branched on the text (about seven mispredicted
/// branches a phrase). [`object_start_plain`] is the same search by the
/// lists themselves.
fn object_start(t: &str) -> Option<usize> {
    let b = t.as_bytes();
    let Some(&last) = b.last_chunk::<8>() else {
        // Too short to read eight bytes at a time.
        return object_start_plain(t);
    };
    let mut prev_lower = false;
    // Where the word starts; the words are the pieces between single
    // spaces, as `split_sp` gives them.
    let mut pos = 0;
    loop {
        let left = b.len() - pos;
        let (prefix, len) = phrase_word_at(b, last, pos);
        let first = prefix as u8;
        let class = object_word_class(prefix, len);
        // (A relative clause of the head too: "Democrats who back Hillary
        // Clinton".)
        let ends = (OBJECT_PREPOSITION * prev_lower as u8) | (OBJECT_RELATIVE * (pos > 0) as u8);
        if class & ends != 0 {
            return Some(pos);
        }
        // "the secretary of state John Kerry": an office, not an object;
        // "the former CEO of Hewlett-Packard": an acronym head. (An
        // office noun of more than eight bytes is matched by its first
        // eight and its length, then compared whole; a space is ASCII, so
        // the word's ends are character boundaries.)
        let lower = if first < 0x80 {
            first.is_ascii_lowercase()
        } else {
            t[pos..].chars().next().is_some_and(char::is_lowercase)
        };
        let mut office = class & OBJECT_OFFICE != 0;
        if office & (len > 8) {
            office = OFFICE_NOUNS.contains(&&t[pos..pos + len]);
        }
        prev_lower = lower & !office | (class & OBJECT_ACRONYM != 0);
        if len == left {
            return None;
        }
        pos += len + 1;
    }
}

/// The word of the phrase `b` (of at least eight bytes, `last` its last
/// eight) that starts at `pos` (0 or a byte after a space), as `split_sp`
/// gives it: its first eight bytes as one number, zero-padded
/// (`text::segment::packed_prefix`, case kept), and its length.
///
/// The eight bytes from the word's start are read as one number (the
/// phrase's last eight, shifted, when fewer are left: zeros past the
/// end), and the first space among them found in the number (the lowest
/// byte the zero-byte test flags is exact); the byte loop only after
/// eight bytes with no space. (A loop that tests byte after byte
/// mispredicts its exit, which the word's length decides.)
#[inline(always)]
fn phrase_word_at(b: &[u8], last: [u8; 8], pos: usize) -> (u64, usize) {
    let left = b.len() - pos;
    let at = pos.min(b.len() - 8);
    let x = match b[at..].first_chunk::<8>() {
        Some(chunk) => u64::from_le_bytes(*chunk),
        None => u64::from_le_bytes(last),
    };
    let shift = 4 * (pos - at) as u32; // at most 32: two shifts
    let x = x >> shift >> shift;
    let v = x ^ 0x2020_2020_2020_2020;
    let spaces = v.wrapping_sub(0x0101_0101_0101_0101) & !v & 0x8080_8080_8080_8080;
    let below = ((spaces & spaces.wrapping_neg()) >> 7).wrapping_sub(1);
    let mut len = (spaces.trailing_zeros() as usize / 8).min(left);
    if len == 8 && left > 8 {
        len += b[pos + 8..]
            .iter()
            .position(|&c| c == b' ')
            .unwrap_or(left - 8);
    }
    (x & below, len)
}

/// The head noun of a speaker phrase: the last word before a
/// post-modifier ("a spokeswoman for the ministry", "economists polled by
/// Reuters", "a source close to him"), else the last word (the words
/// are the pieces of `split_sp`).
///
/// A post-modifier is a word of class [`OBJECT_POST`] in [`OBJECT_WORDS`]
/// (one lookup of its first eight bytes, as [`object_start`] makes; the
/// split at spaces byte by byte and the compares with the lists
/// mispredicted about two branches a phrase) or a lowercase participle in
/// "-ed" of more than four bytes. [`head_word_plain`] is the same search
/// by the lists themselves, for phrases of fewer than eight bytes.
fn head_word<'t>(t: &'t str, lx: &Lexicon) -> &'t str {
    let b = t.as_bytes();
    let Some(&last) = b.last_chunk::<8>() else {
        // Too short to read eight bytes at a time.
        return head_word_plain(t, lx);
    };
    // The word before, as its start and end (empty before the first).
    let (mut prev_at, mut prev_end) = (0, 0);
    let mut i = 0;
    let mut pos = 0;
    loop {
        let left = b.len() - pos;
        let (prefix, len) = phrase_word_at(b, last, pos);
        let w = &b[pos..pos + len];
        let post = object_word_class(prefix, len) & OBJECT_POST != 0
            || len > 4 && w.ends_with(b"ed") && w.iter().all(u8::is_ascii_lowercase);
        if post && prev_end > prev_at {
            // (A space is one byte: the pieces' ends are character
            // boundaries.)
            let prev = &t[prev_at..prev_end];
            if head_before(prev, i, lx) {
                return prev;
            }
        }
        if len == left {
            return &t[pos..];
        }
        (prev_at, prev_end) = (pos, pos + len);
        i += 1;
        pos += len + 1;
    }
}

/// Whether the word `prev`, not empty, before a post-modifier that is
/// the phrase's word `i`, is the phrase's head: a speaker noun that is no
/// part of a name (a capitalized word inside the phrase: "A Department of
/// Health spokesman"; an acronym role is a head: "the former CEO of X").
#[inline(always)]
fn head_before(prev: &str, i: usize, lx: &Lexicon) -> bool {
    let acronym = || prev.len() > 1 && prev.bytes().all(|b| b.is_ascii_uppercase());
    let name_part = i > 1
        && prev.starts_with(|c: char| c.is_uppercase())
        && !(acronym() && lx.speaker_noun(prev) == Some(NounType::Person));
    !name_part && lx.speaker_noun(prev).is_some()
}

/// [`head_word`] by the word lists themselves: for phrases of fewer than
/// eight bytes, and the plain version its test compares it with.
fn head_word_plain<'t>(t: &'t str, lx: &Lexicon) -> &'t str {
    let mut prev = "";
    for (i, w) in t.split_sp().enumerate() {
        let post = NAME_PREPOSITIONS.contains(&w)
            || matches!(w, "close" | "familiar" | "in" | "who" | "that" | "which")
            || (w.len() > 4 && w.ends_with("ed") && w.bytes().all(|b| b.is_ascii_lowercase()));
        if post && !prev.is_empty() && head_before(prev, i, lx) {
            return prev;
        }
        prev = w;
    }
    prev
}

/// [`object_start`] by the word lists themselves: for phrases of fewer
/// than eight bytes, and the plain version its test compares it with.
fn object_start_plain(t: &str) -> Option<usize> {
    let mut prev_lower = false;
    let mut pos = 0;
    for w in t.split_sp() {
        if prev_lower && NAME_PREPOSITIONS.contains(&w)
            || pos > 0 && matches!(w, "who" | "whose" | "which" | "that")
        {
            return Some(pos);
        }
        prev_lower = w.chars().next().is_some_and(char::is_lowercase) && !OFFICE_NOUNS.contains(&w)
            || matches!(w, "CEO" | "CFO" | "COO");
        pos += w.len() + 1;
    }
    None
}

/// Classes of [`OBJECT_WORDS`]: one of [`NAME_PREPOSITIONS`].
const OBJECT_PREPOSITION: u8 = 1;
/// A relative pronoun ("who", "whose", "which", "that").
const OBJECT_RELATIVE: u8 = 2;
/// One of [`OFFICE_NOUNS`] (by its first eight bytes and length).
const OBJECT_OFFICE: u8 = 4;
/// An acronym head ("CEO", "CFO", "COO").
const OBJECT_ACRONYM: u8 = 8;
/// A word that starts a post-modifier of a head noun ([`head_word`]):
/// one of [`NAME_PREPOSITIONS`], [`POST_WORDS`].
const OBJECT_POST: u8 = 16;

/// The words besides [`NAME_PREPOSITIONS`] that start a post-modifier of
/// a head noun ("a source close to him", "a person familiar with", "an
/// analyst in Tokyo", "people who ...").
const POST_WORDS: &[&str] = &["close", "familiar", "in", "who", "that", "which"];

/// Slots of [`OBJECT_WORDS`] (a power of two).
const OBJECT_SLOTS: usize = 64;

/// A slot of [`OBJECT_WORDS`]: a word's first eight bytes
/// (`text::segment::packed_prefix`, case kept), its length and its classes
/// (0 in an empty slot).
#[derive(Clone, Copy)]
struct ObjectWord {
    prefix: u64,
    len: u8,
    class: u8,
}

/// The multiplier of [`object_slot`], chosen so that the words of
/// [`OBJECT_WORDS`] have a slot each (found by a search over random odd
/// numbers; checked when the table is built).
const OBJECT_MULTIPLIER: u64 = 0xd7f4_41f8_5954_3e43;

/// The slot of a word's first eight bytes in [`OBJECT_WORDS`].
#[inline(always)]
const fn object_slot(prefix: u64) -> usize {
    (prefix.wrapping_mul(OBJECT_MULTIPLIER) >> (64 - OBJECT_SLOTS.trailing_zeros())) as usize
}

/// The words [`object_start`] classes, by [`object_slot`] of their first
/// eight bytes: no two share a slot (the build fails otherwise), so a word
/// is looked up with one load and compare. (Not a `WordList` or a
/// [`WordTable`]: one lookup answers five lists at once, with their
/// classes, case-sensitively, for every word of the speaker phrase.)
static OBJECT_WORDS: [ObjectWord; OBJECT_SLOTS] = {
    let empty = ObjectWord {
        prefix: 0,
        len: 0,
        class: 0,
    };
    let mut table = [empty; OBJECT_SLOTS];
    let lists: [(&[&str], u8); 6] = [
        (NAME_PREPOSITIONS, OBJECT_PREPOSITION),
        (&["who", "whose", "which", "that"], OBJECT_RELATIVE),
        (OFFICE_NOUNS, OBJECT_OFFICE),
        (&["CEO", "CFO", "COO"], OBJECT_ACRONYM),
        (NAME_PREPOSITIONS, OBJECT_POST),
        (POST_WORDS, OBJECT_POST),
    ];
    let mut l = 0;
    while l < lists.len() {
        let (words, class) = lists[l];
        let mut i = 0;
        while i < words.len() {
            let w = words[i].as_bytes();
            assert!(!w.is_empty() && w.len() < 256);
            // (A word of more than eight bytes is matched by its first
            // eight and its length only: `object_start` compares it whole
            // for the office nouns alone, so no other class may have one.)
            assert!(
                w.len() <= 8 || class == OBJECT_OFFICE,
                "a word of OBJECT_WORDS of more than eight bytes that is no office noun"
            );
            let prefix = crate::text::segment::packed_prefix(w, false);
            let slot = object_slot(prefix);
            let e = table[slot];
            // (A word of two lists has the classes of both.)
            let same = e.prefix == prefix && e.len as usize == w.len();
            assert!(
                e.class == 0 || same,
                "two words of OBJECT_WORDS share a slot"
            );
            table[slot] = ObjectWord {
                prefix,
                len: w.len() as u8,
                class: e.class | class,
            };
            i += 1;
        }
        l += 1;
    }
    table
};

/// The classes of the word of `len` bytes whose first eight bytes are
/// `prefix` (`text::segment::packed_prefix`, case kept); for a word of
/// more than eight bytes, the class of the listed word of its length and
/// first eight bytes, if any.
#[inline(always)]
fn object_word_class(prefix: u64, len: usize) -> u8 {
    let e = &OBJECT_WORDS[object_slot(prefix)];
    let hit = (e.prefix == prefix) & (e.len as usize == len);
    e.class & (hit as u8).wrapping_neg()
}

/// How far back [`introduced_name`] looks, in bytes.
const INTRODUCTION_WINDOW: usize = 20_000;

/// The first "First [M.] Surname" in the `INTRODUCTION_WINDOW` bytes before
/// `at`, among the first 16 occurrences of the surname there (a bounded
/// search, so a huge document stays linear), or `None`.
fn introduced_name(text: &str, at: usize, surname: &str) -> Option<String> {
    if surname.len() < 2
        || !surname.chars().next().is_some_and(char::is_uppercase)
        || is_org_word(surname)
    {
        return None;
    }
    let lo = text.ceil_char_boundary(at.saturating_sub(INTRODUCTION_WINDOW));
    let hay = &text[lo..at];
    let first_name = |w: &str| {
        let mut cs = w.chars();
        cs.next().is_some_and(char::is_uppercase)
            && w.len() >= 2
            && cs.all(char::is_lowercase)
            && !is_title_word(w)
            && !OPENERS.iter().any(|o| o.eq_ignore_ascii_case(w))
            && !NOT_FIRST_NAMES.contains(&w)
    };
    // The first few occurrences only: the introduction comes first.
    for i in occurrences(hay.as_bytes(), surname.as_bytes()).take(16) {
        let after = hay[i + surname.len()..].chars().next();
        if after.is_some_and(char::is_alphanumeric) || !hay[..i].ends_with(' ') {
            continue;
        }
        let mut before = hay[..i - 1].rsplit_sp();
        let Some(mut w) = before.next() else { continue };
        let mut initial = None;
        // A middle initial: "James C. Cacheris".
        if w.len() == 2 && w.ends_with('.') && w.starts_with(|c: char| c.is_ascii_uppercase()) {
            initial = Some(w);
            match before.next() {
                Some(f) => w = f,
                None => continue,
            }
        }
        if first_name(w) {
            // (Joined by hand: `format!` took about 800 instructions.)
            let mut name = String::with_capacity(w.len() + surname.len() + 4);
            name.push_str(w);
            name.push(' ');
            if let Some(m) = initial {
                name.push_str(m);
                name.push(' ');
            }
            name.push_str(surname);
            return Some(name);
        }
    }
    None
}

/// The non-overlapping occurrences of `needle` (not empty) in `hay`, left
/// to right, as `memchr::memmem::find_iter` gives them (the next search
/// starts after a match): each candidate found by `memchr` on the
/// needle's first byte and the rest compared. For the short surnames of
/// [`introduced_name`] (about 900 searches a pass) this costs less than
/// building a `memmem` searcher per call, which took most of the
/// function's 2,900 instructions. (Unit test against `find_iter`.)
fn occurrences<'h>(hay: &'h [u8], needle: &'h [u8]) -> impl Iterator<Item = usize> + 'h {
    // With AVX2, `memchr`'s searcher for the first byte, made once: the
    // stops at each capital (seven a search) went through three layers
    // of dispatch each.
    #[cfg(target_arch = "x86_64")]
    let one = needle
        .first()
        .and_then(|&b| memchr::arch::x86_64::avx2::memchr::One::new(b));
    let find = move |first: u8, h: &[u8]| {
        #[cfg(target_arch = "x86_64")]
        if let Some(one) = &one {
            return one.find(h);
        }
        memchr::memchr(first, h)
    };
    let mut at = 0;
    std::iter::from_fn(move || {
        let (&first, rest) = needle.split_first()?;
        while let Some(k) = hay.get(at..).and_then(|h| find(first, h)) {
            let i = at + k;
            // (The second byte tested first: most stops end there, without
            // a call of `memcmp`.)
            let second = rest.first().is_none_or(|b| hay.get(i + 1) == Some(b));
            if second && hay[i + 1..].starts_with(rest) {
                at = i + needle.len();
                return Some(i);
            }
            at = i + 1;
        }
        None
    })
}

/// Capitalized words before a surname that are not first names.
const NOT_FIRST_NAMES: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "The",
    "A",
    "An",
    "His",
    "Her",
    "Their",
    "Its",
    "Our",
    "This",
    "That",
    "Said",
    "Says",
    "Asked",
    "Told",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
];

/// Whether a word at `at` opens a sentence: the text before it ends with a
/// sentence stop, a line break or a quote closed after a stop, or nothing.
fn sentence_initial(text: &str, at: usize) -> bool {
    let mut before = text[..at].trim_end().chars().rev();
    match before.next() {
        None => true,
        Some('.' | '!' | '?' | '\n' | ':') => true,
        Some('"' | '”' | '’' | '\'') => matches!(before.next(), None | Some('.' | '!' | '?')),
        Some(_) => text[..at].ends_with('\n'),
    }
}

/// The name in apposition right after a phrase ending at `at`: ", Anna
/// Vogt," of two to four capitalized words, closed by a comma.
fn apposition_name(text: &str, at: usize) -> Option<Span> {
    let rest = text[at..].strip_prefix(", ")?;
    let start = text.len() - rest.len();
    let lim = rest.floor_char_boundary(60);
    let close = rest[..lim].find(',')?;
    let name = &rest[..close];
    let n = name.split_sp().count();
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    // (Particles inside: "Ursula von der Leyen", "Jan de Vries".)
    let particle = |w: &str| super::speaker::PARTICLES.words().contains(&w);
    if (2..=5).contains(&n)
        && name.split_sp().next().is_some_and(capital)
        && name.split_sp().next_back().is_some_and(capital)
        && name.split_sp().all(|w| capital(w) || particle(w))
        && !name.contains(['"', '“', '”'])
    {
        Some((start, start + close))
    } else {
        None
    }
}

/// Role nouns and the titles that name their holders ("the senator" ->
/// "Sen. Maria Lopez").
const ROLE_TITLES: &[(&str, &[&str])] = &[
    ("senator", &["Sen.", "Sen", "Senator"]),
    ("governor", &["Gov.", "Gov", "Governor"]),
    ("congressman", &["Rep.", "Representative", "Congressman"]),
    (
        "congresswoman",
        &["Rep.", "Representative", "Congresswoman"],
    ),
    ("president", &["President"]),
    ("chancellor", &["Chancellor"]),
    ("premier", &["Premier"]),
    ("pontiff", &["Pope"]),
    ("pope", &["Pope"]),
    ("mayor", &["Mayor"]),
    ("judge", &["Judge"]),
    ("general", &["Gen.", "General"]),
    ("admiral", &["Adm.", "Admiral"]),
    ("colonel", &["Col.", "Colonel"]),
    ("sheriff", &["Sheriff"]),
    ("king", &["King"]),
    ("queen", &["Queen"]),
    ("prince", &["Prince"]),
    ("professor", &["Prof.", "Professor"]),
];

/// The person a definite role phrase refers to (`rest` is the phrase after
/// "the": up to two lowercase modifiers and a role noun of
/// [`ROLE_TITLES`]): the nearest person candidate within 1,500 bytes
/// before `pos` whose mention (or speaker phrase) has one of the role's
/// titles among the two words before it or its own first two words, in
/// its paragraph and after no lesser qualifier ("Vice", "Lt.", "former").
/// Modifiers with a capital ("the Florida senator") are left to the
/// gazetteer's roles. (The scan is `Cands::nearest_before`'s, bounded by
/// `PRONOUN_WINDOW` candidates.)
fn titled_antecedent<'a, 'g>(
    text: &str,
    pos: usize,
    rest: &str,
    cands: &'a Cands<'g>,
) -> Option<&'a Cand<'g>> {
    let mut words = rest.rsplit_sp();
    let role = words.next()?;
    let titles = ROLE_TITLES.iter().find(|(r, _)| *r == role)?.1;
    // (Not another office or holder: "the vice president", "the former
    // senator", "the deputy mayor", "the next president".)
    const OTHER: &[&str] = &[
        "vice",
        "former",
        "ex",
        "deputy",
        "assistant",
        "acting",
        "late",
        "future",
        "next",
        "new",
        "first",
        "previous",
        "last",
        "then",
        "interim",
        "retired",
        "would-be",
    ];
    // (The role is looked up first: most phrases after "the" have none,
    // and their words are not walked.)
    for (k, w) in words.enumerate() {
        if k == 2
            || OTHER.contains(&w)
            || !w
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b == b'-' || b.is_ascii_digit())
        {
            return None;
        }
    }
    // (Not the holder of a lesser office with that title: "Vice President
    // Joe Biden", "Lt. Gov. Dan Patrick", "Deputy Mayor ...".)
    const LESSER: &[&str] = &[
        "Vice",
        "vice",
        "Deputy",
        "deputy",
        "Lt.",
        "Lt",
        "Lieutenant",
        "Assistant",
        "Acting",
        "acting",
        "former",
        "Former",
    ];
    cands.nearest_before(pos, |c| {
        if c.stype != SpeakerType::Person || c.canonical.is_empty() || c.pos + 1500 <= pos {
            return false;
        }
        // The three words before the candidate and its own first two, in
        // reading order, inside its paragraph ("President Obama.\n\nAdmiral
        // Harris": no title of Obama; split at any whitespace, so "Sen.\u{a0}Ann
        // Lee" has its title); a title is one of the two words on either side of
        // `c.pos`, after no lesser qualifier. (The windows are widened or
        // narrowed to character boundaries: a byte offset inside an "é"
        // made `get` fail and the title go unseen.)
        let mut seq = [""; 5];
        let before = text
            .get(text.ceil_char_boundary(c.pos.saturating_sub(40))..c.pos)
            .unwrap_or("");
        let before = before.rsplit('\n').next().unwrap_or("");
        let mut nb = 0;
        for w in before.split_whitespace().rev().take(3) {
            nb += 1;
            seq[3 - nb] = w;
        }
        let after = text
            .get(c.pos..text.floor_char_boundary(c.pos + 40))
            .unwrap_or("");
        let after = after.split('\n').next().unwrap_or("");
        for (k, w) in after.split_whitespace().take(2).enumerate() {
            seq[3 + k] = w;
        }
        (1..5).any(|k| titles.contains(&seq[k]) && !LESSER.contains(&seq[k - 1]))
    })
}

/// Whether the pronoun at `at` closes a quote that follows a sentence
/// whose subject is an unnamed person ("An engineer paused. \"I hope
/// so,\" he said.", "One resident, for her part, was defiant. \"We will
/// rebuild,\" she said."): "A/An/One" and up to three lowercase words
/// ending in a person noun open that sentence, and it names nobody.
/// Bounded: looks at most 400 bytes back.
fn role_subject_before_quote(text: &str, at: usize, lx: &Lexicon) -> bool {
    let lo = text.floor_char_boundary(at.saturating_sub(400));
    let before = text[lo..at].trim_end();
    // `"...," he said`: the quote closes right before the pronoun.
    let Some(close) = before.strip_suffix(['"', '”']).map(str::len) else {
        return false;
    };
    let Some((open, _)) = rfind_mark::<QuoteOpen>(&before[..close]) else {
        return false;
    };
    let prev = before[..open].trim_end();
    if !prev.ends_with(['.', '!']) {
        return false;
    }
    let body = &prev[..prev.len() - 1];
    let start = rfind_mark::<SentenceEnd>(body).map_or(0, |(_, e)| e);
    let sentence = body[start..].trim_start();
    let mut words = sentence.split_whitespace();
    // (Indefinite only: "The candidate", "The senator" mostly take up a
    // person named before.)
    if !matches!(words.next(), Some("A" | "An" | "One")) {
        return false;
    }
    // The head: the last of up to three lowercase words before a comma or
    // a verb (the first word that is no noun of a person ends the search).
    let mut head = None;
    for w in words.by_ref().take(3) {
        let bare = w.trim_end_matches(',');
        if !bare.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') {
            return false;
        }
        if lx.speaker_noun(bare) == Some(NounType::Person) {
            head = Some(bare);
            break;
        }
    }
    head.is_some_and(|h| !bare_plural(h))
        && !sentence
            .split_whitespace()
            .skip(1)
            .any(|w| w.starts_with(|c: char| c.is_uppercase()))
}

/// Whether a lowercase noun reads as a plural ("officials", "fishermen").
fn bare_plural(w: &str) -> bool {
    w.ends_with('s') && !w.ends_with("ss") || w.ends_with("men") || w == "people" || w == "police"
}

/// The antecedent phrase of a relative pronoun at `at`: the words before
/// its comma back to the previous punctuation, stepping over a party tag or
/// an age ("Sen. Tom Briggs, R-Iowa, who", "Carter, 54, who") and an
/// indefinite descriptor ("Alice Wong, a California Democrat, who"). At
/// most three steps of at most 120 bytes each.
fn antecedent(text: &str, at: usize) -> Option<Span> {
    let mut end = text[..at].trim_end().strip_suffix(',')?.len();
    for _ in 0..3 {
        let lo = text.ceil_char_boundary(end.saturating_sub(120));
        let window = &text[lo..end];
        let seg_start = match rfind_mark::<ClauseBound>(window) {
            Some((_, e)) => lo + e,
            None => lo,
        };
        let seg = text[seg_start..end].trim();
        let first = seg.split_whitespace().next().unwrap_or("");
        let tag = seg.len() <= 12
            && (seg.bytes().all(|b| b.is_ascii_digit())
                || seg.len() >= 3
                    && matches!(seg.as_bytes()[0], b'R' | b'D' | b'I')
                    && seg.as_bytes()[1] == b'-'
                    && seg.as_bytes()[2].is_ascii_uppercase());
        if tag || first == "a" || first == "an" {
            // Step over it to the phrase before its comma.
            end = text[..seg_start].trim_end().strip_suffix(',')?.len();
            continue;
        }
        if seg.is_empty()
            || (seg_start == lo && lo > 0)
            || seg.eq_ignore_ascii_case("who")
            || seg.eq_ignore_ascii_case("which")
        {
            return None;
        }
        // The trailing run of capitalized words ("... opposed by Sen. Tom
        // Briggs"), after any sentence end ("Tuesday. Briggs"); the
        // whole segment when there is none ("the group").
        let seg_end = seg_start + text[seg_start..end].trim_end().len();
        let mut start = seg_end;
        let mut pos = seg_end;
        for w in text[seg_start..seg_end].rsplit_sp() {
            let w_start = pos - w.len();
            let capital = w.chars().next().is_some_and(char::is_uppercase)
                && !OPENERS.iter().any(|o| o.eq_ignore_ascii_case(w));
            let sentence_end = w.len() > 4 && w.ends_with('.') && !w[..w.len() - 1].contains('.');
            if !capital || (start < seg_end && sentence_end) {
                break;
            }
            start = w_start;
            if w_start <= seg_start {
                break;
            }
            pos = w_start - 1;
        }
        if start == seg_end {
            start = seg_end - seg.len();
        }
        return Some((start, seg_end));
    }
    None
}

fn fill<'g>(r: &mut Resolved<'g>, c: &Cand<'g>) {
    r.canonical = (!c.canonical.is_empty()).then(|| c.canonical.clone());
    r.stype = c.stype;
    r.country = c.country.clone();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_tables_find_what_a_set_finds() {
        // The three tables against plain sets: every word of the real
        // texts; every listed word as it is, with "-elect", in other
        // cases, cut, lengthened and with each byte changed (the same key
        // when that byte is neither of the first two nor of the last two);
        // short, empty, NUL and non-ASCII words; random words of listed
        // pieces.
        use std::collections::HashSet;
        let titles: HashSet<&str> = TITLE_WORDS.iter().copied().collect();
        let orgs: HashSet<&str> = ORG_WORDS.iter().chain(COMPANY_SUFFIXES).copied().collect();
        let suffixes: HashSet<&str> = COMPANY_SUFFIXES
            .iter()
            .copied()
            .filter(|w| !matches!(*w, "Group" | "Bank" | "Company" | "Corporation"))
            .collect();
        let mut words: Vec<String> = Vec::new();
        for text in crate::attribution::rules::real_texts() {
            words.extend(text.split_whitespace().map(str::to_string));
            words.extend(
                text.split(|c: char| !c.is_alphanumeric())
                    .map(str::to_string),
            );
        }
        let listed: Vec<&str> = TITLE_WORDS
            .iter()
            .chain(ORG_WORDS)
            .chain(COMPANY_SUFFIXES)
            .copied()
            .collect();
        for w in &listed {
            let b = w.as_bytes();
            words.extend([
                w.to_string(),
                format!("{w}-elect"),
                format!("{w}-elec"),
                format!("{w}s"),
                format!("x{w}"),
                w.to_lowercase(),
                w.to_uppercase(),
                w[..w.len() - 1].to_string(),
                w[1..].to_string(),
            ]);
            for i in 0..b.len() {
                for c in [b'x', b'.', 0, b'e'] {
                    let mut v = b.to_vec();
                    v[i] = c;
                    words.push(String::from_utf8(v).unwrap());
                }
            }
        }
        words.extend(
            [
                "",
                "M",
                "A",
                ".",
                "\0",
                "\0\0",
                "Mr",
                "Dr",
                "é",
                "Müller",
                "Präsident",
                "-elect",
                "Institutes",
                "Industries",
                "Inxxxxxxes",
            ]
            .map(str::to_string),
        );
        let mut pieces = listed.clone();
        pieces.extend(["-", "elect", ".", "s", "r", "M", "é", "\0"]);
        let mut seed = 0x2545_f491_4f6c_dd1d;
        for _ in 0..20_000 {
            let n = 1 + crate::next_random(&mut seed) % 3;
            words.push(
                (0..n)
                    .map(|_| pieces[(crate::next_random(&mut seed) % pieces.len() as u64) as usize])
                    .collect(),
            );
        }
        let mut found = [0; 3];
        for w in &words {
            let title = titles.contains(w.strip_suffix("-elect").unwrap_or(w));
            assert_eq!(is_title_word(w), title, "title {w:?}");
            assert_eq!(is_org_word(w), orgs.contains(w.as_str()), "org {w:?}");
            assert_eq!(
                is_name_suffix(w),
                suffixes.contains(w.as_str()),
                "suffix {w:?}"
            );
            found[0] += title as usize;
            found[1] += orgs.contains(w.as_str()) as usize;
            found[2] += suffixes.contains(w.as_str()) as usize;
        }
        assert!(
            found.iter().all(|&n| n > 100),
            "{found:?} in {} words",
            words.len()
        );
    }

    #[test]
    fn a_word_table_tells_apart_words_of_one_key_and_bucket() {
        // Eight words in 64 buckets, four of one key (first two bytes,
        // last two, length), so a bucket of several words.
        const WORDS: [&str; 8] = [
            "Institutes",
            "Industries",
            "Inxxxxxxes",
            "Iny.....es",
            "ab",
            "abab",
            "aab",
            "b",
        ];
        static TABLE: WordTable<64, 8> = WordTable::new(&WORDS);
        assert!(
            TABLE.buckets.iter().any(|&e| e >> 8 > 1),
            "no bucket of two words"
        );
        for w in WORDS {
            assert!(TABLE.contains(w), "{w:?}");
        }
        for w in [
            "Inzzzzzzes",
            "Institutez",
            "a",
            "abb",
            "bab",
            "ba",
            "bb",
            "",
            "Iny....es",
        ] {
            assert!(!TABLE.contains(w), "{w:?}");
        }
    }

    /// The pieces of the random phrases of the word-walk tests: each word
    /// of `listed`, capitalized, with an "s" and with its last byte cut,
    /// and each of `extra`, every piece with and without a space after.
    fn phrase_pieces<'w>(listed: impl Iterator<Item = &'w &'w str>, extra: &[&str]) -> Vec<String> {
        let mut pieces: Vec<String> = Vec::new();
        for w in listed {
            let mut cap = w.to_string();
            cap[..1].make_ascii_uppercase();
            pieces.extend([
                w.to_string(),
                cap,
                format!("{w}s"),
                w[..w.len() - 1].to_string(),
            ]);
        }
        pieces.extend(extra.iter().map(|w| w.to_string()));
        pieces
            .iter()
            .flat_map(|p| [format!("{p} "), p.clone()])
            .collect()
    }

    #[test]
    fn object_start_as_by_the_lists() {
        // Every listed word, its capitalized and longer forms, words that
        // share an office noun's first eight bytes, non-ASCII words and
        // empty words, in random phrases; and every phrase of the real
        // texts' sentences cut at each comma.
        let pieces = phrase_pieces(
            NAME_PREPOSITIONS
                .iter()
                .chain(OFFICE_NOUNS)
                .chain(&["who", "whose", "which", "that", "CEO", "CFO", "COO"]),
            &[
                "commissioned",
                "presidential",
                "secretariat",
                "chairwomen",
                "a",
                "the",
                "John",
                "Kerry",
                "économiste",
                "Émile",
                "ärzte",
                "x\0",
                "by\0",
                "",
                "spokesman",
                "wife",
                "Secretary",
                "State",
                "8bytes12",
            ],
        );
        let pieces: Vec<&str> = pieces.iter().map(String::as_str).collect();
        let mut seed = 0x005e_ed0b_1ec7_u64;
        let mut found = 0;
        for _ in 0..200_000 {
            let t = crate::random_text(&mut seed, &pieces, 9);
            let got = object_start(&t);
            assert_eq!(got, object_start_plain(&t), "{t:?}");
            found += got.is_some() as usize;
        }
        assert!(found > 10_000);
        for text in crate::attribution::rules::real_texts() {
            for part in text.split([',', '.', '"', '\n']) {
                let t = part.trim();
                assert_eq!(object_start(t), object_start_plain(t), "{t:?}");
            }
        }
    }

    #[test]
    fn head_word_as_by_the_lists() {
        // Every listed word, its capitalized and longer forms, speaker
        // nouns, names, acronyms, participles in "-ed", non-ASCII words
        // and empty words, in random phrases; and every phrase of the
        // real texts' sentences cut at each comma.
        let lx = Lexicon::default_data().unwrap();
        let pieces = phrase_pieces(
            NAME_PREPOSITIONS.iter().chain(POST_WORDS).chain(&["whose"]),
            &[
                "familiarity",
                "closed",
                "polled",
                "Polled",
                "asked",
                "quoted",
                "spokesman",
                "spokeswoman",
                "officials",
                "Officials",
                "analyst",
                "source",
                "CEO",
                "MP",
                "Department",
                "Health",
                "John",
                "Kerry",
                "the",
                "a",
                "économiste",
                "Émile",
                "ärzte",
                "x\0",
                "",
                "8bytes12",
            ],
        );
        let pieces: Vec<&str> = pieces.iter().map(String::as_str).collect();
        let mut seed = 0x5eed_0063_4ead_u64;
        let mut before_post = 0;
        for _ in 0..200_000 {
            let t = crate::random_text(&mut seed, &pieces, 9);
            let got = head_word(&t, &lx);
            let want = head_word_plain(&t, &lx);
            assert_eq!(got, want, "{t:?}");
            // (The same piece of `t`, not only the same word.)
            assert_eq!(got.as_ptr(), want.as_ptr(), "{t:?}");
            before_post += !t.ends_with(got) as usize;
        }
        assert!(before_post > 1_000, "{before_post}");
        for text in crate::attribution::rules::real_texts() {
            for part in text.split([',', '.', '"', '\n']) {
                let t = part.trim();
                assert_eq!(head_word(t, &lx), head_word_plain(t, &lx), "{t:?}");
            }
        }
    }

    #[test]
    fn lower_joined_is_join_then_lowercase() {
        for words in [
            &[][..],
            &["Lavrov"],
            &["De", "Vries"],
            &["VAN", "der", "Berg"],
            &["Müller", "KÜHN"],
            &["İstanbul"],
            &[
                "Abcdefghijklmnopqrstuvwxyz",
                "Abcdefghijklmnopqrstuvwxyz",
                "ABCDEFGHIJ",
            ],
            &[
                "Abcdefghijklmnopqrstuvwxyz",
                "Abcdefghijklmnopqrstuvwxyz",
                "ABCDEFGHIJK",
            ],
            &[
                "Abcdefghijklmnopqrstuvwxyz",
                "Abcdefghijklmnopqrstuvwxyz",
                "ABCDEFGHIJKL",
            ],
            &["", ""],
        ] {
            assert_eq!(
                lower_joined(words),
                words.join(" ").to_lowercase(),
                "{words:?}"
            );
            assert_eq!(
                &*lower_joined_in(words, &mut [0; 64]),
                words.join(" ").to_lowercase().as_bytes(),
                "{words:?}"
            );
        }
        // Random words of ASCII and other letters, up to past the buffer.
        let pieces = [
            "Ab",
            "DE",
            "vries",
            "Ü",
            "ß",
            "İ",
            "x",
            "Abcdefghij",
            "",
            "KL-",
        ];
        let mut seed = 0x10ee_d0c5_0000_0024u64;
        for _ in 0..20_000 {
            let n = (crate::next_random(&mut seed) % 5) as usize;
            let words: Vec<String> = (0..n)
                .map(|_| crate::random_text(&mut seed, &pieces, 12))
                .collect();
            let words: Vec<&str> = words.iter().map(String::as_str).collect();
            assert_eq!(
                &*lower_joined_in(&words, &mut [0; 64]),
                words.join(" ").to_lowercase().as_bytes(),
                "{words:?}"
            );
        }
    }

    #[test]
    fn name_in_rejects_only_what_the_word_rules_reject() {
        let phrases = [
            "",
            " ",
            "he",
            "He",
            "officials",
            "Officials",
            "a spokesman for the ministry",
            "a spokesman for Sen. Tom Briggs",
            "Sen. Tom Briggs",
            "Sen. Tom Briggs ",
            "Jan de Vries",
            "Jan de",
            "de Vries",
            "Union chairwoman Petra Kühn",
            "Petra kühn",
            "Öztürk",
            "öztürk",
            "Ölaf\u{A0}Berg",
            "Ölaf\u{A0}berg\u{2003}",
            "İsmail",
            "MSNBC's Chris Matthews",
            "the local MP, Joan Ellis",
            "economists polled by Reuters",
            "The Department of Health and Human Services",
            "Chief of Staff Katie Walsh",
            "a California Democrat",
            "a statement issued Tuesday",
            "CEO",
            "Alice\tWong\n",
            "1999",
            "Ellis,",
            "“Ellis”",
        ];
        for t in phrases {
            for objects in [false, true] {
                assert_eq!(
                    name_in(t, objects),
                    name_in_words(t, objects),
                    "{t:?} {objects}"
                );
            }
            assert_eq!(last_word(t), words_of(t).last(), "{t:?}");
            assert_eq!(names_of(t), (name_in(t, false), name_in(t, true)), "{t:?}");
        }
    }

    /// `ends_capitalized_in` against [`ends_capitalized`] of the slice,
    /// for random phrases of random texts (spans of every length, at the
    /// text's start and past sixteen bytes, with white space, marks and
    /// words past ASCII) and a few written ones.
    #[test]
    fn ends_capitalized_in_is_ends_capitalized_of_the_slice() {
        let mut seed = 0x4341_5049_5441_4c31u64;
        for _ in 0..20_000 {
            let text = crate::random_text(&mut seed, NAME_PIECES, 12);
            crate::next_random(&mut seed);
            let a = text.floor_char_boundary((seed % (text.len() as u64 + 1)) as usize);
            crate::next_random(&mut seed);
            let b = a + (seed % (text.len() - a + 1) as u64) as usize;
            let b = text.floor_char_boundary(b).max(a);
            assert_eq!(
                ends_capitalized_in(&text, (a, b)),
                ends_capitalized(&text[a..b]),
                "{:?}",
                &text[a..b]
            );
        }
        let text = "Officials said that Sen. Tom Briggs and the Ministry of Trade\t \
                    spoke to \u{c9}mile Zola and \u{e9}mile zola, also the ÉCOLE";
        for a in 0..text.len() {
            for b in a..=text.len() {
                if text.is_char_boundary(a) && text.is_char_boundary(b) {
                    assert_eq!(
                        ends_capitalized_in(text, (a, b)),
                        ends_capitalized(&text[a..b]),
                        "{:?}",
                        &text[a..b]
                    );
                }
            }
        }
    }

    /// [`names_in`] as names.
    fn names_of(t: &str) -> (Option<Cow<'_, str>>, Option<Cow<'_, str>>) {
        let name = |at: Option<NameAt>| at.map(|n| n.text(t));
        let (person, mentioned, _) = names_in(t);
        (name(person), name(mentioned))
    }

    #[test]
    fn remembered_names_are_the_names_found_again() {
        let mut memo = NamesMemo::default();
        let mut seed = 0x4e41_4d45_5332_0002u64;
        let mut phrases: Vec<String> = Vec::new();
        let mut hits = 0;
        for round in 0..40_000 {
            // Half the phrases seen before (most recent first), so the
            // table answers many and its slots are overwritten by others.
            crate::next_random(&mut seed);
            let t = if round % 2 == 1 && !phrases.is_empty() {
                let back = (seed % 300) as usize % phrases.len();
                phrases[phrases.len() - 1 - back].clone()
            } else {
                crate::random_text(&mut seed, NAME_PIECES, 6)
            };
            let before = memo
                .slots
                .iter()
                .any(|s| usize::from(s.len) == t.len() && &s.text[..t.len()] == t.as_bytes());
            hits += usize::from(before);
            let got = if ends_capitalized(&t) {
                memo.names_in_capitalized(&t)
            } else {
                (None, None, object_start(&t))
            };
            assert_eq!(got, names_in(&t), "{t:?}");
            phrases.push(t);
        }
        // (Both ways of answering were taken many times.)
        assert!(hits > 5_000 && hits < 35_000, "{hits}");
    }

    /// Pieces of speaker phrases, for random phrases in the name tests.
    const NAME_PIECES: &[&str] = &[
        "  ",
        "\t",
        "\u{A0}",
        "Zoë ",
        " ",
        "a ",
        "A ",
        "the ",
        "The ",
        "spokesman ",
        "economists ",
        "Analysts ",
        "for ",
        "of ",
        "at ",
        "by ",
        "in ",
        "and ",
        "both ",
        "who ",
        "Sen. ",
        "Gov. ",
        "Tom ",
        "Briggs",
        "Jan ",
        "de ",
        "Vries",
        "Ministry ",
        "Department ",
        "Health ",
        "Chief ",
        "Staff ",
        "MSNBC's ",
        "Kühn",
        "Öl ",
        "CEO ",
        "mayor ",
        "Springfield",
        "Democrat",
        "Tuesday",
        "Officials",
        "he",
        "J. ",
        ", ",
    ];

    #[test]
    fn both_names_at_once_are_the_names_one_at_a_time() {
        let pieces = NAME_PIECES;
        let mut seed = 0x4e41_4d45_5332_0001u64;
        let mut both = 0;
        for _ in 0..30_000 {
            let t = crate::random_text(&mut seed, pieces, 9);
            let want = (name_in(&t, false), name_in(&t, true));
            both += usize::from(want.0.is_some() != want.1.is_some());
            assert_eq!(names_of(&t), want, "{t:?}");
            // A name is its words joined by single spaces, also when it is
            // taken as its bytes.
            let (person, mentioned, object) = names_in(&t);
            assert_eq!(object, object_start(&t), "{t:?}");
            for at in person.into_iter().chain(mentioned) {
                let words: Vec<&str> = words_of(&t[at.start..at.end]).collect();
                assert_eq!(at.text(&t), words.join(" "), "{t:?}");
                // (Borrowed from the phrase exactly when its bytes are
                // the name.)
                let borrowed = matches!(at.text(&t), Cow::Borrowed(_));
                assert_eq!(borrowed, at.spaced, "{t:?}");
            }
        }
        // (The two rules disagree on some of the phrases.)
        assert!(both > 100, "{both}");
    }

    /// [`org_name`] with its tests in the order they were written
    /// before the searches went last.
    fn org_name_ref<'t>(t: &'t str, lx: &Lexicon) -> Option<&'t str> {
        let name = t
            .strip_prefix("The ")
            .or_else(|| t.strip_prefix("the "))
            .unwrap_or(t);
        let n = name.split_sp().count();
        let capital = |w: &str| w.starts_with(|c: char| c.is_uppercase());
        let last = name.rsplit_sp().next().unwrap_or(name);
        let head = name.split(" of ").next().unwrap_or(name);
        let ok = (2..=8).contains(&n)
            && name.split_sp().next().is_some_and(capital)
            && (!name.contains("'s") && !name.contains("’s") || is_org_word(last))
            && !name.contains(" and the ")
            && capital(last)
            && last != "Poll"
            && (is_org_word(last)
                || head.len() < name.len() && head.rsplit_sp().next().is_some_and(is_org_word))
            && name
                .split_sp()
                .all(|w| capital(w) || matches!(w, "of" | "and" | "for" | "&" | "on" | "the"))
            && name.split_sp().skip(1).all(|w| {
                !(w.ends_with('s') || w.ends_with("ed"))
                    || lx
                        .cue_word(w)
                        .is_none_or(|(_, f)| !matches!(f, Form::Third | Form::Past))
                    || w == "States"
            });
        ok.then_some(name)
    }

    #[test]
    fn org_name_with_its_searches_last_is_org_name() {
        let lx = Lexicon::default_data().unwrap();
        let pieces = [
            "The ",
            "the ",
            "Harbor",
            "Institute",
            "Society",
            " of ",
            " and the ",
            " and ",
            "Civil",
            "Engineers",
            "'s",
            "’s",
            " ",
            "Poll",
            "States",
            "said",
            "reported",
            "Bank",
            "for",
            "of",
            "Group",
            "ministry",
            "Nordwerk",
            "AG",
            "é",
        ];
        let mut seed = 0x0a95_eed0_f0a9_1234u64;
        let mut some = 0;
        for _ in 0..100_000 {
            let t = crate::random_text(&mut seed, &pieces, 9);
            let got = org_name(&t, &lx);
            some += usize::from(got.is_some());
            assert_eq!(got, org_name_ref(&t, &lx), "{t:?}");
        }
        assert!(some > 100, "{some}");
    }

    #[test]
    fn dateline_marks_are_found_as_char_indices_finds_them() {
        let pieces = [
            "LONDON", " ", "-", "—", "–", "(", "Reuters", ")", ",", "“", "”", "é", "€", "\n",
            "D.C.", "a",
        ];
        let mut seed = 0x0da7_e11e_5eed_0001u64;
        for _ in 0..50_000 {
            let t = crate::random_text(&mut seed, &pieces, 16);
            let want = t
                .char_indices()
                .take_while(|&(i, _)| i < 40)
                .find(|&(_, c)| matches!(c, '-' | '—' | '–' | '('))
                .map(|(e, _)| e);
            assert_eq!(first_dateline_mark(&t), want, "{t:?}");
        }
    }

    #[test]
    fn remembered_name_facts_are_the_facts_found_again() {
        let g = Gazetteer::default_data().unwrap();
        // Gazetteer names borrowed (the same address again), copies of
        // them elsewhere (equal bytes, another address), owned names, and
        // unknown ones, more than the memo holds.
        let text = "Barack Obama Donald Trump Angela Merkel Sanders Reuters \
                    Anna Vogt Hillary Clinton the Pentagon Bernie Sanders X";
        let words: Vec<&str> = text.split(' ').collect();
        let mut names: Vec<&str> = words
            .windows(2)
            .map(|w| {
                let a = w[0].as_ptr() as usize - text.as_ptr() as usize;
                &text[a..a + w[0].len() + 1 + w[1].len()]
            })
            .collect();
        names.extend(words.iter().copied());
        names.extend(g.entities().iter().take(40).map(|e| e.name.as_str()));
        let mut seed = 0x0fac_75ee_d000_0001u64;
        let mut memo = FactsMemo::default();
        for round in 0..5_000 {
            let n = names[(crate::next_random(&mut seed) % names.len() as u64) as usize];
            let name: Cow<str> = if round % 7 == 0 {
                Cow::Owned(n.to_string())
            } else {
                Cow::Borrowed(n)
            };
            let (got, want) = (memo.of(&name, &g), NameFacts::of(&name, &g));
            assert_eq!(
                (got.known, got.entity, got.gender),
                (want.known, want.entity, want.gender),
                "{name:?}"
            );
        }
    }

    #[test]
    fn rfind_mark_finds_what_rfind_finds() {
        let pieces = [
            "a",
            "Zoë",
            " ",
            ".",
            "\n",
            "!",
            "?",
            "\"",
            "“",
            "”",
            "—",
            "–",
            "’",
            "€",
            "…",
            ",",
            ";",
            ":",
            "(",
            ")",
            "\u{2000}",
            "\u{203F}",
            "\u{2040}",
            "\u{201C}x",
            // Two-byte characters whose last byte is that of a mark
            // (C3 9D, C3 9C, C3 94): no mark, and at the text's start
            // nothing to subtract from (a debug build checks).
            "Ý",
            "Ü",
            "Ô",
        ];
        fn check<M: Marks>(t: &str, chars: &[char]) {
            let want = t
                .rfind(chars)
                .map(|i| (i, i + t[i..].chars().next().unwrap().len_utf8()));
            assert_eq!(rfind_mark::<M>(t), want, "{t:?} {chars:?}");
        }
        let mut seed = 0x1234_5678_9abc_def1u64;
        // (Short texts, and texts of several blocks of sixteen bytes.)
        for round in 0..10_000 {
            let t = crate::random_text(&mut seed, &pieces, if round % 2 == 0 { 12 } else { 80 });
            check::<SentenceOrQuote>(&t, &['.', '\n', '!', '?', '"', '“', '”']);
            check::<QuoteOpen>(&t, &['"', '“']);
            check::<SentenceEnd>(&t, &['.', '!', '?', '\n', '"', '”']);
            check::<ClauseBound>(&t, &[',', ';', ':', '(', ')', '"', '“', '”', '\n', '—']);
        }
    }

    #[test]
    fn added_speakers_are_ranged_as_a_tree_ranges_them() {
        let cand = |pos: usize, i: usize| Cand {
            pos,
            canonical: Cow::Owned(i.to_string()),
            stype: SpeakerType::Person,
            country: None,
            gender: None,
            entity: None,
        };
        let mut seed = 0x7777_1234_abcd_0001u64;
        let mut trees = 0;
        for round in 0..300 {
            let mut added = Added::Sorted(Vec::new());
            let mut tree = std::collections::BTreeMap::new();
            let n = round % 150;
            for i in 0..n {
                crate::next_random(&mut seed);
                // Mostly in order, some a little before the end, some far
                // before it (the vector turns into a tree), some at equal
                // positions.
                let pos = match seed % 10 {
                    0 => (seed >> 8) as usize % (i + 1),
                    1 | 2 => (i * 10).saturating_sub((seed >> 8) as usize % 30),
                    3 => (i * 10).saturating_sub(10),
                    _ => i * 10,
                };
                added.insert(cand(pos, i));
                tree.insert((pos, i), cand(pos, i));
                crate::next_random(&mut seed);
                let lo = (seed % (n as u64 * 10 + 10)) as usize;
                let hi = lo + (seed >> 20) as usize % 40;
                let names = |it: &mut dyn DoubleEndedIterator<Item = &Cand>| -> Vec<String> {
                    it.map(|c| c.canonical.to_string()).collect()
                };
                let want = names(&mut tree.range((lo, 0)..(hi, 0)).map(|(_, c)| c));
                assert_eq!(names(&mut added.range(lo, hi)), want);
                let want = names(&mut tree.range(..(hi, 0)).map(|(_, c)| c).rev());
                assert_eq!(names(&mut added.range(0, hi).rev()), want);
            }
            trees += usize::from(matches!(added, Added::Tree(_)));
        }
        // Both forms were tested.
        assert!(trees > 0 && trees < 300, "{trees}");
    }

    /// [`suffixed_company_before`] as it was: every word of the window
    /// collected, each tested against the suffix list (the test of a name
    /// word is the same).
    /// The last company name with a suffix ([`COMPANY_SUFFIXES`]) in the 600
    /// bytes before `at`: one to four capitalized words and the suffix
    /// ("Brightside Ltd.", "Acme Corp", "Nordwerk AG"), with where it starts.
    /// A sentence or paragraph break does not stop the search; the window
    /// bounds it (a document of companies stays linear).
    fn suffixed_company_before_ref(text: &str, at: usize) -> Option<(usize, String)> {
        let lo = text.floor_char_boundary(at.saturating_sub(600));
        let window = &text[lo..at];
        let words: Vec<(usize, &str)> = window
            .split_ascii_whitespace()
            .map(|w| (w.as_ptr() as usize - window.as_ptr() as usize + lo, w))
            .collect();
        for (j, &(_, w)) in words.iter().enumerate().rev() {
            let bare = w.trim_end_matches([',', ';', ':', ')']);
            // "Ltd." closing a sentence keeps its stop.
            if !COMPANY_SUFFIXES.contains(&bare)
                || matches!(bare, "Group" | "Bank" | "Company" | "Corporation")
            {
                continue;
            }
            let first = (0..j)
                .rev()
                .take(4)
                .take_while(|&i| company_name_word(words[i].1))
                .last()?;
            let name: Vec<&str> = words[first..j]
                .iter()
                .map(|&(_, x)| x)
                .chain(std::iter::once(bare))
                .collect();
            return Some((words[first].0, name.join(" ")));
        }
        None
    }

    #[test]
    fn company_suffix_search_finds_what_the_word_list_search_finds() {
        let pieces = [
            " ",
            "  ",
            "\n",
            "\t",
            "Acme ",
            "Corp",
            "Corp.",
            "Ltd.",
            "Ltd",
            "AG",
            "Group",
            "Bank",
            "J. ",
            "Crew ",
            "But ",
            "Tuesday ",
            "the ",
            "United ",
            "Mexico. ",
            "Frankfurt-based ",
            "Nordwerk ",
            "Müller ",
            "Öl ",
            "AT&T ",
            ",",
            ";",
            ")",
            "x",
            "Zoë",
            "—",
            "Holdings",
            "SA",
        ];
        let mut seed = 0x5eed_c0de_0000_0017u64;
        for _ in 0..20_000 {
            let t = crate::random_text(&mut seed, &pieces, 40);
            for at in [t.len(), t.floor_char_boundary(t.len() / 2)] {
                assert_eq!(
                    suffixed_company_before(&t, at),
                    suffixed_company_before_ref(&t, at),
                    "{t:?} {at}"
                );
            }
        }
        // A window longer than 600 bytes, cut inside a word.
        let t = format!("{} Acme Corp said", "Zoë Nordwerk ".repeat(60));
        assert_eq!(
            suffixed_company_before(&t, t.len()),
            suffixed_company_before_ref(&t, t.len())
        );
    }

    #[test]
    fn occurrences_as_memmem_finds_them() {
        let pieces = [
            "Lala", "la", "L", "a", " ", "Ellis", "Ell", "is", "Zoë", "ë", "\n",
        ];
        let needles = ["Lala", "La", "L", "Ellis", "Zoë", "aa", "lal", "Ell"];
        let mut seed = 0x0cc0_5eed_0000_0024u64;
        let mut found = 0;
        for _ in 0..20_000 {
            let t = crate::random_text(&mut seed, &pieces, 30);
            for n in needles {
                let ours: Vec<usize> = occurrences(t.as_bytes(), n.as_bytes()).collect();
                let theirs: Vec<usize> =
                    memchr::memmem::find_iter(t.as_bytes(), n.as_bytes()).collect();
                assert_eq!(ours, theirs, "{t:?} {n:?}");
                found += ours.len();
            }
        }
        assert!(found > 10_000);
        assert_eq!(
            occurrences(b"LalalaLala", b"Lala").collect::<Vec<_>>(),
            [0, 6]
        );
        assert_eq!(occurrences(b"", b"La").count(), 0);
        // Long texts too: the AVX2 searcher's blocks and their ends.
        for _ in 0..2_000 {
            let t = crate::random_text(&mut seed, &pieces, 400);
            for n in needles {
                let ours: Vec<usize> = occurrences(t.as_bytes(), n.as_bytes()).collect();
                let theirs: Vec<usize> =
                    memchr::memmem::find_iter(t.as_bytes(), n.as_bytes()).collect();
                assert_eq!(ours, theirs, "{t:?} {n:?}");
            }
        }
    }

    /// The names `introduced_name` joins: first name, initial, surname.
    #[test]
    fn introduced_names_joined() {
        let pad = "Some text about Cacheris and Smith and more. ".repeat(5);
        for (text, surname, want) in [
            (
                "said James C. Cacheris, a lawyer. Then ",
                "Cacheris",
                Some("James C. Cacheris"),
            ),
            (
                "said John Smith, a lawyer. Then ",
                "Smith",
                Some("John Smith"),
            ),
            ("said Monday Smith, a lawyer. Then ", "Smith", None),
        ] {
            for lead in ["", pad.as_str()] {
                let t = format!("{lead}{text}{surname} said.");
                let at = t.len() - surname.len() - " said.".len();
                assert_eq!(introduced_name(&t, at, surname).as_deref(), want, "{t:?}");
            }
        }
    }

    /// [`affiliated_person`] as it was, with the organization words
    /// tested word by word in the first loop.
    fn affiliated_person_ref<'t>(
        t: &'t str,
        sp: Span,
        inside: &[Mention],
        lx: &Lexicon,
    ) -> Option<Cow<'t, str>> {
        if matches!(
            t.split_sp().next(),
            Some("The" | "A" | "An" | "This" | "That")
        ) {
            return None;
        }
        let mut at = 0;
        let mut n = 0;
        for w in t.split_sp() {
            if matches!(w, "of" | "at" | "from") && n > 0 {
                break;
            }
            if n == 5 || !w.starts_with(|c: char| c.is_uppercase()) || is_org_word(w) {
                return None;
            }
            n += 1;
            at += w.len() + 1;
        }
        if n < 2 || at >= t.len() {
            return None;
        }
        let at = at - 1;
        let lead = &t[..at];
        let office =
            lead.rsplit_sp()
                .next()
                .is_some_and(|w| is_title_word(w) || lx.speaker_noun(w).is_some())
                && !lead.rsplit_sp().skip(1).any(|w| {
                    is_title_word(w) && w.ends_with(|c: char| c.is_lowercase() || c == '.')
                });
        if office || inside.iter().any(|m| m.start < sp.0 + at) {
            return None;
        }
        person_name(lead).filter(|name| name.contains(' '))
    }

    #[test]
    fn affiliated_person_as_before() {
        let lx = Lexicon::default_data().unwrap();
        let pieces = [
            "Raj ",
            "Patel ",
            "Ann ",
            "Lee ",
            "of ",
            "at ",
            "from ",
            "the ",
            "University ",
            "Ministry ",
            "Corp ",
            "Party ",
            "Professor ",
            "Dr. ",
            "Secretary ",
            "spokesman ",
            "Goldman ",
            "Sachs ",
            "The ",
            "A ",
            " ",
            "Zoë ",
            "Édith ",
            "X",
        ];
        let mention = Mention {
            start: 0,
            end: 3,
            entity: 0,
            kind: AliasKind::Name,
        };
        let mut seed = 0xaff1_11a7_0000_0024u64;
        let mut some = 0;
        for _ in 0..30_000 {
            let t = crate::random_text(&mut seed, &pieces, 10);
            let t = t.trim_end();
            for inside in [&[][..], &[mention][..]] {
                let sp = (0, t.len());
                let got = affiliated_person(t, sp, inside, &lx);
                assert_eq!(got, affiliated_person_ref(t, sp, inside, &lx), "{t:?}");
                some += usize::from(got.is_some());
            }
        }
        assert!(some > 100, "{some}");
    }

    #[test]
    fn emptied_vectors_keep_their_allocations() {
        let name = String::from("Jan de Vries");
        let c = Cand {
            pos: 3,
            canonical: Cow::Borrowed(name.as_str()),
            stype: SpeakerType::Person,
            country: None,
            gender: None,
            entity: Some(7),
        };
        let mut v = Vec::with_capacity(100);
        v.push(c.clone());
        let at = v.as_ptr() as usize;
        let kept: Vec<Cand<'static>> = emptied(v, 10);
        assert!(kept.is_empty());
        assert_eq!((kept.capacity(), kept.as_ptr() as usize), (100, at));
        let mut list = Vec::with_capacity(50);
        list.push((c.clone(), 1u32));
        let kept: Vec<(Cand<'static>, u32)> = emptied(list, 60);
        assert!(kept.is_empty() && kept.capacity() >= 60);
        let mut people: Vec<(Cow<str>, usize)> = Vec::with_capacity(20);
        people.push((c.canonical.clone(), 7));
        let at = people.as_ptr() as usize;
        let kept: Vec<(Cow<'static, str>, usize)> = emptied(people, 0);
        assert_eq!(
            (kept.len(), kept.capacity(), kept.as_ptr() as usize),
            (0, 20, at)
        );
        // A vector grown past `KEEP_TABLE` for one long document is not
        // kept for the next.
        let big: Vec<(usize, Option<NameAt>)> = Vec::with_capacity(KEEP_TABLE + 1);
        let kept: Vec<(usize, Option<NameAt>)> = emptied(big, 0);
        assert_eq!(kept.capacity(), 0);
    }

    /// `forgotten` keeps the buffer and its capacity, with no element,
    /// and drops none of them (a borrowed candidate has nothing to drop;
    /// an `Rc` shows that no drop ran).
    #[test]
    fn forgotten_keeps_the_buffer_and_drops_nothing() {
        let rc = std::rc::Rc::new(());
        let mut v = Vec::with_capacity(8);
        v.push(std::rc::Rc::clone(&rc));
        v.push(std::rc::Rc::clone(&rc));
        let at = v.as_ptr() as usize;
        let kept = super::forgotten(v);
        assert_eq!(
            (kept.len(), kept.capacity(), kept.as_ptr() as usize),
            (0, 8, at)
        );
        assert_eq!(std::rc::Rc::strong_count(&rc), 3);
        let base: Vec<Cand<'static>> = emptied(kept_cands(), 0);
        assert!(base.is_empty());
    }

    /// Two borrowed candidates in a vector of room for four.
    fn kept_cands() -> Vec<Cand<'static>> {
        let c = Cand {
            pos: 3,
            canonical: Cow::Borrowed("Ann Lee"),
            stype: SpeakerType::Person,
            country: Some(Cow::Borrowed("USA")),
            gender: None,
            entity: Some(1),
        };
        let mut v = Vec::with_capacity(4);
        v.push(c.clone());
        v.push(c);
        let at = v.as_ptr() as usize;
        let v = super::forgotten(v);
        assert_eq!((v.len(), v.capacity(), v.as_ptr() as usize), (0, 4, at));
        v
    }

    /// `emptied` against the plain in-place collection it replaces
    /// (`clear`, then `into_iter().filter_map(|_| None).collect()`) on
    /// vectors of many capacities and lengths, with owned and borrowed
    /// names: the same length, capacity and buffer kept or not, and every
    /// element dropped once (counted by `Rc`s, which only the elements
    /// hold besides the test).
    #[test]
    fn emptied_as_in_place_collect() {
        fn plain<T, U>(mut v: Vec<T>, room: usize) -> Vec<U> {
            let mut out = if v.capacity() > KEEP_TABLE {
                Vec::new()
            } else {
                v.clear();
                v.into_iter().filter_map(|_| None).collect()
            };
            out.reserve(room);
            out
        }
        let tag = std::rc::Rc::new(());
        let text = String::from("Jan de Vries");
        let mut seed = 7u64;
        let mut next = |n: u64| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) % n
        };
        for _ in 0..400 {
            let cap = match next(4) {
                0 => next(4) as usize,
                1 => KEEP_TABLE - 2 + next(4) as usize,
                _ => next(200) as usize,
            };
            let len = next(cap as u64 + 1) as usize;
            let room = next(300) as usize;
            let make = |i: usize| {
                let name = if i.is_multiple_of(3) {
                    Cow::Owned(format!("name {i}"))
                } else {
                    Cow::Borrowed(text.as_str())
                };
                (name, std::rc::Rc::clone(&tag))
            };
            let mut a = Vec::with_capacity(cap);
            let mut b = Vec::with_capacity(cap);
            a.extend((0..len).map(make));
            b.extend((0..len).map(make));
            let (cap_a, at_a) = (a.capacity(), a.as_ptr() as usize);
            let cap_b = b.capacity();
            assert_eq!(std::rc::Rc::strong_count(&tag), 1 + 2 * len);
            let got: Vec<(Cow<'static, str>, std::rc::Rc<()>)> = emptied(a, room);
            let want: Vec<(Cow<'static, str>, std::rc::Rc<()>)> = plain(b, room);
            assert_eq!(std::rc::Rc::strong_count(&tag), 1);
            assert_eq!((got.len(), got.capacity()), (want.len(), want.capacity()));
            assert!(got.capacity() >= room);
            if cap_a <= KEEP_TABLE && cap_a >= room {
                assert_eq!((got.capacity(), got.as_ptr() as usize), (cap_a, at_a));
            }
            assert_eq!(cap_a, cap_b);
        }
    }

    /// Candidates of a new document of `bufs`, for a gazetteer of `count`
    /// entities, whose own names are `entities` (none: every borrowed
    /// name listed by address).
    fn cands_for<'g>(bufs: &mut Buffers, count: usize, entities: &'g [Entity]) -> Cands<'g> {
        bufs.next_document(count);
        Cands {
            base: Vec::new(),
            added: Added::Sorted(Vec::new()),
            by_last: HashMap::default(),
            last_list: Vec::new(),
            people: Vec::new(),
            seen: std::mem::take(&mut bufs.seen),
            listed_own: std::mem::take(&mut bufs.listed_own),
            entities,
            gaz: None,
            doc: bufs.doc,
            key_buf: String::new(),
            listed: Default::default(),
            dateline_country: std::cell::OnceCell::new(),
            unnamed: None,
            person_memo: None,
            owns: false,
        }
    }

    /// `Cands::owns` holds once a candidate added owns its name or its
    /// country, and not before (borrowed names, the common case, leave
    /// it unset, so that `resolve` forgets the candidates).
    #[test]
    fn owns_is_set_by_an_owned_name_or_country() {
        let cand = |name: Cow<'static, str>, country: Option<Cow<'static, str>>| Cand {
            pos: 0,
            canonical: name,
            stype: SpeakerType::Person,
            country,
            gender: None,
            entity: None,
        };
        for (name, country, owns) in [
            (Cow::Borrowed("Ann Lee"), Some(Cow::Borrowed("USA")), false),
            (Cow::Owned("Ann Lee".to_string()), None, true),
            (
                Cow::Borrowed("Ann Lee"),
                Some(Cow::Owned("USA".to_string())),
                true,
            ),
        ] {
            let mut bufs = Buffers::default();
            let mut cands = cands_for(&mut bufs, 0, &[]);
            cands.add(cand(Cow::Borrowed("Bo Li"), None));
            assert!(!cands.owns);
            cands.add(cand(name, country));
            assert_eq!(cands.owns, owns);
        }
    }

    /// The person name, the capitalized last word, the object and the
    /// first mention of the draft's phrase, kept as `resolve` keeps them,
    /// are those found again from the phrase; another phrase is asked of
    /// the plain functions.
    #[test]
    fn remembered_phrase_answers_are_the_answers_found_again() {
        let mut bufs = Buffers::default();
        let mut cands = cands_for(&mut bufs, 0, &[]);
        let mut seed = 0x0e4d_ca91_7a11_0005u64;
        let mut blocks = Vec::new();
        for _ in 0..3000 {
            let text = crate::random_text(&mut seed, NAME_PIECES, 8);
            // Mentions of three bytes every five to eight (by position
            // only: the first is a matter of starts).
            let mut mentions = Vec::new();
            let mut at = 0;
            loop {
                crate::next_random(&mut seed);
                let start = at + 2 + (seed % 4) as usize;
                if start + 3 > text.len() {
                    break;
                }
                mentions.push(Mention {
                    start,
                    end: start + 3,
                    entity: 0,
                    kind: AliasKind::Name,
                });
                at = start + 3;
            }
            let ments = Ments::new(&mentions, text.len(), &mut blocks);
            crate::next_random(&mut seed);
            let a = text.floor_char_boundary((seed % (text.len() as u64 + 1)) as usize);
            let sp = (a, text.len());
            let t = &text[sp.0..sp.1];
            let cap = ends_capitalized(t);
            // (The object is known with the names, as `resolve` keeps it.)
            let (person, _, object) = names_in(t);
            let memo = PhraseMemo {
                person: person.filter(|_| cap),
                cap,
                object: Some(object).filter(|_| cap),
                first: ments.first_from(a) as u32,
            };
            cands.person_memo = Some((sp, memo));
            assert_eq!(
                cands.ends_capitalized(&text, sp),
                ends_capitalized(t),
                "{t:?}"
            );
            assert_eq!(cands.person_name(sp, t), person_name(t), "{t:?}");
            assert_eq!(
                cands.first_and_object(ments, sp, t),
                (mentions.partition_point(|m| m.start < a), object_start(t)),
                "{t:?}"
            );
            // Another phrase: not the one remembered.
            let other = (0, a);
            let o = &text[..a];
            assert_eq!(
                cands.ends_capitalized(&text, other),
                ends_capitalized(o),
                "{o:?}"
            );
            assert_eq!(cands.person_name(other, o), person_name(o), "{o:?}");
            assert_eq!(
                cands.first_and_object(ments, other, o),
                (0, object_start(o)),
                "{o:?}"
            );
        }
    }

    /// `last_space` finds what the byte loop finds, on random texts of
    /// spaces, letters and bytes that differ from a space by one bit or
    /// by borrows (0x1f, 0x21, 0xa0, 0x00), of every length to 40.
    #[test]
    fn last_space_finds_what_rposition_finds() {
        let pieces = [b' ', b'a', b'Z', 0x1f, 0x21, 0xa0, 0x00, 0x20 | 0x80, 0xff];
        let mut seed = 0x6c61_7374_5f73_7063u64;
        for _ in 0..20_000 {
            crate::next_random(&mut seed);
            let n = (seed % 41) as usize;
            let b: Vec<u8> = (0..n)
                .map(|_| {
                    crate::next_random(&mut seed);
                    // Spaces rarer, so that many texts have none.
                    if seed >> 33 & 7 == 0 {
                        b' '
                    } else {
                        pieces[1 + (seed >> 40) as usize % (pieces.len() - 1)]
                    }
                })
                .collect();
            assert_eq!(last_space(&b), b.iter().rposition(|&x| x == b' '), "{b:?}");
        }
        for name in ["Hillary Clinton", "Clinton", "", " ", "John F. Kennedy Jr."] {
            let b = name.as_bytes();
            assert_eq!(last_space(b), b.iter().rposition(|&x| x == b' '));
        }
    }

    #[test]
    fn own_names_stamped_are_listed_as_by_address() {
        let g = Gazetteer::default_data().unwrap();
        let ents = g.entities();
        // The people of the most common surname, and others.
        let surname = |e: &Entity| e.name.rsplit(' ').next().unwrap_or("").to_string();
        let mut counts: HashMap<String, usize> = HashMap::default();
        for e in ents.iter().filter(|e| e.etype == EntityType::Person) {
            *counts.entry(surname(e)).or_default() += 1;
        }
        let (common, n) = counts.iter().max_by_key(|&(s, n)| (*n, s.clone())).unwrap();
        assert!(*n >= 3, "{common} {n}");
        let mut people: Vec<usize> = (0..ents.len())
            .filter(|&e| ents[e].etype == EntityType::Person && surname(&ents[e]) == *common)
            .collect();
        people.extend(
            (0..ents.len())
                .filter(|&e| ents[e].etype == EntityType::Person)
                .take(30),
        );
        // Names of that surname that are no entity's, enough to fill its
        // list past `SURNAME_LIST_CAP`.
        let fillers: Vec<String> = (0..80).map(|i| format!("Filler{i} {common}")).collect();
        let (mut bufs_a, mut bufs_b) = (Buffers::default(), Buffers::default());
        // The plain version, with no inlined fast path.
        let mut bufs_p = Buffers::default();
        let mut seed = 0x4c49_5354_4544_0001u64;
        for _ in 0..60 {
            let mut a = cands_for(&mut bufs_a, ents.len(), ents);
            // (The keys of the entities' own names kept by the gazetteer
            // from document to document, in `a` only.)
            a.gaz = Some(&g);
            let mut b = cands_for(&mut bufs_b, ents.len(), &[]);
            let mut p = cands_for(&mut bufs_p, ents.len(), ents);
            let cand = |canonical, entity| Cand {
                pos: 0,
                canonical,
                stype: SpeakerType::Person,
                country: None,
                gender: None,
                entity,
            };
            // In half the documents the surname's list is full first:
            // its own names then lie past `SURNAME_LIST_CAP` and are not
            // listed.
            if seed & 1 == 0 {
                for f in &fillers {
                    a.index_person(&cand(Cow::Borrowed(f.as_str()), None));
                    b.index_person(&cand(Cow::Borrowed(f.as_str()), None));
                    p.index_person_rest(&cand(Cow::Borrowed(f.as_str()), None));
                }
            }
            for _ in 0..300 {
                crate::next_random(&mut seed);
                let e = people[(seed % people.len() as u64) as usize];
                let (canonical, entity) = match seed >> 40 & 7 {
                    // An entity's own name, mostly.
                    0..=3 => (Cow::Borrowed(ents[e].name.as_str()), Some(e)),
                    // Its name under another entity.
                    4 => (Cow::Borrowed(ents[e].name.as_str()), Some(people[0])),
                    5 => (Cow::Owned(ents[e].name.clone()), Some(e)),
                    _ => {
                        let f = &fillers[(seed >> 20) as usize % fillers.len()];
                        (Cow::Borrowed(f.as_str()), None)
                    }
                };
                let mut c = cand(canonical, entity);
                // Now and then no person: nothing indexed.
                if seed >> 50 & 15 == 0 {
                    c.stype = SpeakerType::Organization;
                }
                a.index_person(&c);
                b.index_person(&c);
                p.index_person_rest(&c);
            }
            let names = |c: &Cands| -> Vec<(String, u32)> {
                c.last_list
                    .iter()
                    .map(|(c, n)| (c.canonical.to_string(), *n))
                    .collect()
            };
            assert_eq!(names(&a), names(&b));
            assert_eq!(a.people, b.people);
            assert_eq!(names(&a), names(&p));
            assert_eq!(a.people, p.people);
            assert_eq!(a.listed, p.listed);
            assert_eq!(a.listed_own, p.listed_own);
            let keys = |c: &Cands| {
                let mut k: Vec<(u64, (u32, u32))> =
                    c.by_last.iter().map(|(&k, &v)| (k, v)).collect();
                k.sort_unstable();
                k
            };
            assert_eq!(keys(&a), keys(&p));
            bufs_p.seen = p.seen;
            bufs_p.listed_own = p.listed_own;
            bufs_a.seen = a.seen;
            bufs_a.listed_own = a.listed_own;
            bufs_b.seen = b.seen;
            bufs_b.listed_own = b.listed_own;
        }
    }

    #[test]
    fn document_numbers_start_again_after_the_last() {
        let mut b = Buffers::default();
        b.next_document(3);
        assert_eq!((b.doc, b.seen.len()), (1, 3));
        b.seen[1] = 1;
        b.next_document(5);
        assert_eq!((b.doc, &b.seen[..]), (2, &[0, 1, 0, 0, 0][..]));
        // No entity seen before the number wraps is seen after it.
        b.doc = u32::MAX;
        b.seen[2] = u32::MAX;
        b.next_document(5);
        assert_eq!((b.doc, &b.seen[..]), (1, &[0; 5][..]));
    }

    /// [`name_into`] finds the mention a reference search finds;
    /// [`widen_to_name`] returns the first mention from the widened
    /// phrase's start, and [`in_gazetteer`] from it whether a name (no
    /// demonym) lies inside the phrase (texts with "The " every few bytes,
    /// so that some widenings take the article).
    #[test]
    fn the_name_into_a_phrase_is_the_last_mention_before_it() {
        // The search over the four mentions before the phrase it replaced.
        fn name_into_ref(mentions: &[Mention], sp: Span) -> Option<&Mention> {
            let k = mentions.partition_point(|m| m.start < sp.0);
            mentions[k.saturating_sub(4)..k]
                .iter()
                .filter(|m| m.kind != AliasKind::Demonym && m.end > sp.0 && m.end <= sp.1)
                .min_by_key(|m| m.start)
        }
        let len = 70;
        let mut seed = 0x1dea_5eed_0000_0099u64;
        for _ in 0..3000 {
            // Sorted mentions that do not overlap, as the scan finds them.
            let mut mentions = Vec::new();
            let mut at = 0;
            loop {
                crate::next_random(&mut seed);
                let start = at + (seed % 6) as usize;
                crate::next_random(&mut seed);
                let end = start + 1 + (seed % 7) as usize;
                if end > len {
                    break;
                }
                crate::next_random(&mut seed);
                let kind =
                    [AliasKind::Name, AliasKind::Demonym, AliasKind::Short][(seed % 3) as usize];
                mentions.push(Mention {
                    start,
                    end,
                    entity: 0,
                    kind,
                });
                at = end;
            }
            crate::next_random(&mut seed);
            let a = (seed % len as u64) as usize;
            crate::next_random(&mut seed);
            let b = (a + (seed % 12) as usize).min(len);
            let mut blocks = Vec::new();
            let ments = Ments::new(&mentions, len, &mut blocks);
            assert_eq!(
                name_into(ments, ments.first_from(a), (a, b)),
                name_into_ref(&mentions, (a, b)),
                "{mentions:?} {a} {b}"
            );
            let text = "The ab ".repeat(10);
            let mut sp = (a, b);
            let k = widen_to_name(&text, ments, &mut sp);
            assert_eq!(k, ments.first_from(sp.0), "{mentions:?} {a} {b} {sp:?}");
            let inside = mentions
                .iter()
                .any(|m| m.start >= sp.0 && m.end <= sp.1 && m.kind != AliasKind::Demonym);
            assert_eq!(in_gazetteer(ments, k, sp), inside, "{mentions:?} {sp:?}");
        }
    }

    /// The block index of [`Ments`] finds the partition point by start
    /// that a binary search finds, and [`mentions_in`] the mentions inside
    /// a span that the search and a count find: texts of one to many
    /// blocks, mentions dense, sparse (blocks with none) and clustered,
    /// positions anywhere up to the text's end and past it.
    #[test]
    fn the_block_index_finds_what_the_binary_search_finds() {
        let mut seed = 0x0b10_c0de_0000_0256u64;
        // One index reused, as `Buffers` does: entries of a longer former
        // text left in it.
        let mut blocks = vec![7; 3];
        for round in 0..2000 {
            crate::next_random(&mut seed);
            // Up to several fills of the build (gaps of many blocks).
            let len = (seed % (3 * (MENTION_FILL * MENTION_BLOCK) as u64 + 50)) as usize;
            // The longest gap between mentions: dense to sparse.
            let gap = [3u64, 40, 300, 1500, 4000][round % 5];
            let mut mentions = Vec::new();
            let mut at = 0;
            loop {
                crate::next_random(&mut seed);
                let start = at + (seed % gap) as usize;
                crate::next_random(&mut seed);
                let end = start + 1 + (seed % 9) as usize;
                if end > len {
                    break;
                }
                mentions.push(Mention {
                    start,
                    end,
                    entity: 0,
                    kind: AliasKind::Name,
                });
                at = end;
            }
            let ments = Ments::new(&mentions, len, &mut blocks);
            assert_eq!(ments.len(), mentions.len());
            // (Past the end too: the blocks end at the text's.)
            for pos in len + 1..len + 2 * MENTION_BLOCK {
                assert_eq!(ments.first_from(pos), mentions.len(), "{len} {pos}");
            }
            for pos in 0..=len {
                let want = mentions.partition_point(|m| m.start < pos);
                assert_eq!(ments.first_from(pos), want, "{mentions:?} {len} {pos}");
                crate::next_random(&mut seed);
                let end = (pos + (seed % 80) as usize).min(len);
                let n = mentions[want..].iter().take_while(|m| m.end <= end).count();
                assert_eq!(
                    mentions_in(ments, (pos, end)),
                    &mentions[want..want + n],
                    "{mentions:?} {pos} {end}"
                );
            }
        }
    }

    /// `resolve_one` looks for a surname only in a phrase whose last word
    /// starts with a capital: the last word of [`words_of`] ends where the
    /// trimmed phrase does, so the words kept always end with it (a title
    /// word there is kept too), and it is the word `ends_capitalized`
    /// tests.
    #[test]
    fn the_last_word_ends_the_trimmed_phrase() {
        let pieces = [
            "Mr.", "Smith", "former", " ", "\t", "\u{B}", "\u{A0}", "\u{2003}", "é", "\n", "x",
        ];
        let mut seed = 0x6c61_7374_776f_7264u64;
        for _ in 0..20_000 {
            let t = crate::random_text(&mut seed, &pieces, 6);
            let trimmed = t.trim_end();
            let last = words_of(&t).last();
            assert_eq!(last, last_word(&t), "{t:?}");
            if let Some(w) = last {
                let end = w.as_ptr() as usize + w.len();
                assert_eq!(end, trimmed.as_ptr() as usize + trimmed.len(), "{t:?}");
            }
        }
    }

    /// `resolve_one` tests for ", " after a phrase before its word tests
    /// and [`apposition_name`]: no name in apposition follows a phrase
    /// without it.
    #[test]
    fn a_name_in_apposition_follows_a_comma_and_space() {
        let pieces = [
            ", ",
            ",",
            " ",
            "Anna ",
            "Vogt",
            "von der ",
            "Leyen",
            ", Anna Vogt, ",
            "x ",
            "é",
            "“",
            "\n",
        ];
        let mut seed = 0x6170_706f_7369_7469u64;
        let mut found = 0;
        for _ in 0..20_000 {
            let t = crate::random_text(&mut seed, &pieces, 9);
            for (at, _) in t.char_indices() {
                if apposition_name(&t, at).is_some() {
                    found += 1;
                    assert!(t[at..].starts_with(", "), "{t:?} {at}");
                }
            }
        }
        assert!(found > 100, "{found}");
    }

    #[test]
    fn comma_phrases_are_found_as_contains_finds_them() {
        let pieces = [
            ", who ", ", who", ",", " who", "w", "ho ", ", ", "é", "“", ".",
        ];
        let mut seed = 0xc0ff_ee00_1234_5678u64;
        for _ in 0..2000 {
            let mut t = String::new();
            for _ in 0..(seed % 9) {
                crate::next_random(&mut seed);
                t.push_str(pieces[(seed % pieces.len() as u64) as usize]);
            }
            crate::next_random(&mut seed);
            for needle in [", who ", ", who"] {
                assert_eq!(
                    has_comma_phrase(&t, needle.as_bytes()),
                    t.contains(needle),
                    "{t:?}"
                );
            }
        }
    }

    #[test]
    fn folded_keys_are_equal_as_words_ignoring_ascii_case() {
        // Words of zero to nine bytes from a few letters of both cases, a
        // NUL (a longer word padded with zeros must not match), and
        // non-ASCII bytes.
        let pieces = ["h", "H", "e", "E", "r", "s", "\0", "é", "İ"];
        let mut seed = 0x5eed_f01d_ca5e_0001u64;
        let mut words: Vec<String> = crate::attribution::sent::PRONOUNS
            .iter()
            .chain(crate::attribution::sent::DETERMINERS)
            .chain(&["his", "her", "HER", "He\0", "another1", "anotheR"])
            .map(|w| w.to_string())
            .collect();
        for _ in 0..3000 {
            crate::next_random(&mut seed);
            let n = (seed % 8) as usize;
            let mut w = String::new();
            for _ in 0..n {
                crate::next_random(&mut seed);
                w.push_str(pieces[(seed % pieces.len() as u64) as usize]);
            }
            words.push(w);
        }
        for a in &words {
            for b in words.iter().step_by(7) {
                let same = a.len() <= 7 && a.eq_ignore_ascii_case(b);
                let keys = folded_key(a) == folded_key(b) && folded_key(a) != NO_KEY;
                assert_eq!(keys, same, "{a:?} {b:?}");
            }
        }
    }

    /// [`definite_org`] as it was: the words counted, the head found and
    /// the marks searched for by three walks.
    fn definite_org_ref(rest: &str, lx: &Lexicon) -> Option<OrgKind> {
        let head = rest.rsplit_sp().next().unwrap_or(rest);
        if rest.split_sp().count() > 3
            || rest.contains(['\'', '’', ','])
            || lx.speaker_noun(head) != Some(NounType::Organization)
        {
            return None;
        }
        ORG_NOUN_KINDS
            .iter()
            .find(|(_, nouns)| nouns.contains(&head))
            .map(|&(kind, _)| kind)
    }

    #[test]
    fn definite_org_in_one_walk_is_definite_org_in_three() {
        let lx = Lexicon::default_data().unwrap();
        let mut pieces: Vec<&str> = vec![
            " ",
            "  ",
            "'",
            "’",
            "‘",
            "—",
            ",",
            "s",
            "Japanese",
            "new",
            "é",
            "ministry's",
            "\t",
        ];
        for (_, nouns) in ORG_NOUN_KINDS {
            pieces.extend(nouns.iter().take(6));
        }
        let mut seed = 0x0d3f_1417_e000_0001u64;
        let mut found = 0;
        for _ in 0..100_000 {
            let t = crate::random_text(&mut seed, &pieces, 7);
            let want = definite_org_ref(&t, &lx);
            found += usize::from(want.is_some());
            assert_eq!(definite_org(&t, &lx), want, "{t:?}");
        }
        assert!(found > 1000, "{found}");
    }

    /// `definite_org_in` (the masks of the sixteen bytes that end the
    /// phrase) against [`definite_org`]'s walk, for random phrases at
    /// random places of random texts, and every span of a written one.
    #[test]
    fn definite_org_in_text_is_definite_org() {
        let lx = Lexicon::default_data().unwrap();
        let mut pieces: Vec<&str> = vec![" ", "  ", "'", "’", ",", "s", "Japanese", "é", "\t"];
        for (_, nouns) in ORG_NOUN_KINDS {
            pieces.extend(nouns.iter().take(4));
        }
        let mut seed = 0x4445_4f52_4749_4e31u64;
        let mut found = 0;
        for _ in 0..50_000 {
            let before = crate::random_text(&mut seed, &pieces, 8);
            let rest = crate::random_text(&mut seed, &pieces, 5);
            let after = crate::random_text(&mut seed, &pieces, 3);
            let text = format!("{before}{rest}{after}");
            let (a, b) = (before.len(), before.len() + rest.len());
            let want = definite_org(&rest, &lx);
            found += usize::from(want.is_some());
            assert_eq!(
                definite_org_in(&text, a, b, &lx),
                want,
                "{rest:?} in {text:?}"
            );
        }
        assert!(found > 1000, "{found}");
        let text = "said the company's own agency, the Japanese automaker and the ministry";
        for a in (0..=text.len()).filter(|&a| text.is_char_boundary(a)) {
            for b in (a..=text.len()).filter(|&b| text.is_char_boundary(b)) {
                assert_eq!(
                    definite_org_in(text, a, b, &lx),
                    definite_org(&text[a..b], &lx),
                    "{:?}",
                    &text[a..b]
                );
            }
        }
    }

    #[test]
    fn words_of_splits_as_split_whitespace() {
        for t in [
            "",
            "   ",
            "Sen. Tom  Briggs",
            " a\tb\nc\x0Bd\x0Ce\rf \x1Fg\x1C ",
            "Jan de\u{A0}Vries\u{2003}said",
            "Müller  and\u{3000}Kühn ",
            "one",
            "trailing  ",
        ] {
            let want: Vec<&str> = t.split_whitespace().collect();
            let got: Vec<&str> = words_of(t).collect();
            assert_eq!(got, want, "{t:?}");
        }
        // Random texts of words, single and double spaces, the other ASCII
        // spaces, control bytes that are no space and non-ASCII spaces; the
        // words handed out and the calls after the last (`None` again).
        let pieces = [
            "a",
            "Sen.",
            "Tom",
            "officials",
            " ",
            " ",
            "  ",
            "\t",
            "\n",
            "\x0B",
            "\x0C",
            "\r",
            "\x1F",
            "\x00",
            "!",
            "\u{A0}",
            "Kühn",
            "-",
        ];
        let mut seed = 0x776f_7264_735f_6f66u64;
        let mut ascii = 0;
        for _ in 0..20_000 {
            let t = crate::random_text(&mut seed, &pieces, 12);
            ascii += usize::from(t.is_ascii());
            let want: Vec<&str> = t.split_whitespace().collect();
            let mut it = words_of(&t);
            let got: Vec<&str> = it.by_ref().collect();
            assert_eq!(got, want, "{t:?}");
            assert_eq!(it.next(), None, "{t:?}");
        }
        assert!(ascii > 5_000, "{ascii}");
    }

    #[test]
    fn pronouns_are_found_as_the_list_finds_them() {
        let plain = |t: &str| {
            super::super::sent::PRONOUNS
                .iter()
                .any(|p| p.eq_ignore_ascii_case(t))
        };
        let mut texts: Vec<String> = Vec::new();
        for p in super::super::sent::PRONOUNS {
            texts.push(p.to_string());
            texts.push(p.to_uppercase());
            let mut c = p.chars();
            let first = c
                .next()
                .map(|x| x.to_uppercase().to_string())
                .unwrap_or_default();
            texts.push(first + c.as_str());
            texts.push(format!("{p}s"));
            texts.push(format!(" {p}"));
        }
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        for _ in 0..2000 {
            let pieces = [
                "h", "e", "s", "t", "y", "i", "w", "o", "u", "H", "E", "I", "T", " ",
            ];
            texts.push(crate::random_text(&mut seed, &pieces, 7));
        }
        texts.extend(["", "Theyy", "the spokesman", "She said"].map(String::from));
        for t in &texts {
            assert_eq!(is_pronoun(t, (0, t.len())), plain(t), "{t:?}");
            let in_text = format!("x {t} y");
            assert_eq!(is_pronoun(&in_text, (2, 2 + t.len())), plain(t), "{t:?}");
        }
    }

    #[test]
    fn merged_candidates_are_in_the_order_a_stable_sort_gives() {
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..3000 {
            let n = (crate::next_random(&mut seed) % 12) as usize;
            let k = (crate::next_random(&mut seed) % 6) as usize;
            let span = 1 + crate::next_random(&mut seed) % 20;
            // (position, tag): firsts sorted, with repeated positions.
            let mut firsts: Vec<(usize, usize)> = (0..n)
                .map(|i| ((crate::next_random(&mut seed) % span) as usize, i))
                .collect();
            firsts.sort();
            let seconds: Vec<(usize, usize)> = (0..k)
                .map(|i| ((crate::next_random(&mut seed) % span) as usize, 100 + i))
                .collect();
            let mut want: Vec<(usize, usize)> = firsts
                .iter()
                .filter(|x| x.1 % 3 != 2)
                .chain(&seconds)
                .copied()
                .collect();
            want.sort_by_key(|x| x.0);
            let mut got = vec![(999, 999)];
            let mut second = seconds.clone();
            // (Every third first dropped.)
            push_merged(
                &mut got,
                &firsts,
                |x| x.1 % 3 != 2,
                |x| x.0,
                |x| *x,
                &mut second,
                |x| x.0,
            );
            assert_eq!(got[1..], want[..], "{firsts:?} {seconds:?}");
            assert!(second.is_empty());
        }
    }
}
