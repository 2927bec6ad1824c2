//! The gazetteer: people, states and organizations with their aliases, and
//! the offices people held, loaded from `gazetteer/*.csv` and compiled into
//! one byte trie over all aliases (longest match at a word start,
//! case-sensitive, whole words) built once per run.
//!
//! The default data is embedded in the binary; [`GazetteerBuilder::add_dir`]
//! adds a user directory whose entries add to the default or override
//! entries with the same id.

pub mod check;
mod load;
mod offices;
mod trie;

use rustc_hash::FxHashMap as HashMap;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use crate::error::Result;
use offices::OfficeIndex;
use trie::AliasTrie;

pub use load::{GazetteerBuilder, DEFAULT_FILES};

/// What an entity is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EntityType {
    /// A person.
    Person,
    /// A state or territory.
    State,
    /// An organization.
    Organization,
}

/// Grammatical gender of a person, for pronoun resolution.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Gender {
    /// he / him.
    Male,
    /// she / her.
    Female,
}

/// The US party of a politician, with the home state when known
/// (`people.csv`'s `party` column: "D", "R", "I", "D OH"): two to three
/// bytes a person, for second references by party ("the Ohio Democrat").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Party {
    /// `b'D'` (Democrat), `b'R'` (Republican) or `b'I'` (independent).
    pub party: u8,
    /// The two-letter postal code of the home state ("OH"), when known.
    pub state: Option<[u8; 2]>,
}

impl Party {
    /// Parses a `party` cell: "D", "R" or "I", then optionally a space and
    /// a two-letter state code. `None` for anything else.
    pub fn parse(cell: &str) -> Option<Party> {
        let b = cell.as_bytes();
        let party = *b.first().filter(|p| matches!(p, b'D' | b'R' | b'I'))?;
        let state = match b.len() {
            1 => None,
            4 if b[1] == b' ' && b[2..].iter().all(u8::is_ascii_uppercase) => Some([b[2], b[3]]),
            _ => return None,
        };
        Some(Party { party, state })
    }
}

/// One gazetteer entry.
#[derive(Clone, Debug)]
pub struct Entity {
    /// Stable id (`RUS`, `per:sergey-lavrov`, `org:nato`).
    pub id: String,
    /// Canonical name.
    pub name: String,
    /// Person, state or organization.
    pub etype: EntityType,
    /// Sub-type from the data (org type, state/territory).
    pub subtype: String,
    /// ISO3 country code (for a state, its own code).
    pub country: Option<String>,
    /// Gender of a person, when known.
    pub gender: Option<Gender>,
}

/// How an alias refers to its entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AliasKind {
    /// A name or name variant ("Sergey Lavrov", "the U.S.").
    Name,
    /// A surname safe to match alone ("Putin").
    Short,
    /// A capital or seat of government standing for a state ("Moscow").
    Metonym,
    /// A demonym ("Russian", "Russians"): not a speaker alone.
    Demonym,
    /// A government form ("Russian officials").
    Government,
}

/// An office held by a person for a period.
#[derive(Clone, Debug)]
pub struct Office {
    /// Index of the person in [`Gazetteer::entities`].
    pub person: usize,
    /// Role key (`foreign_minister`).
    pub role: String,
    /// ISO3 country (or organization code) of the office.
    pub country: String,
    /// First day, `YYYY-MM-DD`, if known.
    pub from: Option<String>,
    /// Last day, `YYYY-MM-DD`; `None` means still in office.
    pub to: Option<String>,
}

impl Office {
    /// Whether the office was held on `date` (`YYYY-MM-DD`).
    pub fn held_on(&self, date: &str) -> bool {
        let after_start = self.from.as_deref().is_none_or(|f| f <= date);
        let before_end = self.to.as_deref().is_none_or(|t| date <= t);
        after_start && before_end
    }
}

/// An entity mention found in text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mention {
    /// Byte start in the text.
    pub start: usize,
    /// Byte end in the text.
    pub end: usize,
    /// Index into [`Gazetteer::entities`].
    pub entity: usize,
    /// How the alias refers to the entity.
    pub kind: AliasKind,
}

/// The generational suffixes of a person's name, without their stop
/// ([`Gazetteer::own_generation`]).
const GENERATIONS: &[&str] = &["Jr", "Sr", "II", "III", "IV"];

/// Courtesy titles before a name, without their stop ("Mr", "Dr."): what
/// opens a person's name ([`Gazetteer::opens_person_name`]), and in
/// resolution titles and words that are no first names.
pub(crate) const COURTESY_TITLES: &[&str] = &["Mr", "Mrs", "Ms", "Dr"];

/// Titles that open some people's names in the gazetteer ("King
/// Salman", "Sheikh Tamim") and so stand among its first names, but are
/// no first name before a surname ("Pope Francis", "King Charles").
const NAME_TITLES: &[&str] = &[
    "Ayatollah",
    "Baron",
    "Baroness",
    "Crown",
    "Dame",
    "Emir",
    "King",
    "Lady",
    "Lord",
    "Pope",
    "Prince",
    "Princess",
    "Queen",
    "Sheikh",
    "Sir",
    "Sultan",
];

/// First names that are also ordinary words (months, "Will", "Grace"):
/// no other person's first name before a listed surname ("In April
/// Obama said", "Will Trump testify?"). One a line, `#` comments.
const WORD_NAMES: &str = include_str!("../../gazetteer/word_names.txt");

/// Given names that are one name, a row each ("Michael|Mike"): a first
/// name of the listed person's first name's row is the person's own
/// ("Michael Pence", "Charles Hagel"). A header row, `#` comments.
const NICKNAMES: &str = include_str!("../../gazetteer/nicknames.csv");

/// Common given names (the US Census 1990 first-name files, less words,
/// places and months; `gazetteer/build/given_names.py`): first names of
/// people the gazetteer does not list ("Melania", "Hunter"). One a line,
/// `#` comments; a name may be followed by a space and its sex, `f` or `m`,
/// where the census files show a clear one ("Paula f").
const GIVEN_NAMES: &str = include_str!("../../gazetteer/given_names.txt");

/// The data lines of [`WORD_NAMES`], [`NICKNAMES`] or [`GIVEN_NAMES`]: trimmed, without
/// blank lines and comments.
fn data_lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// `word` as a capitalized name of two letters or more, else `None`.
fn capitalized_word(word: &[u8]) -> Option<&str> {
    if word.len() < 2 || !word[0].is_ascii_uppercase() {
        return None;
    }
    std::str::from_utf8(word).ok()
}

/// The capitalized word of letters that ends `before`, with its start,
/// when it opens the text or follows a space or line break (not a
/// hyphen, apostrophe or period: "Jean-Claude", "O'Neill", an initial).
fn name_word_at_end(before: &[u8]) -> Option<(usize, &str)> {
    let start = before
        .iter()
        .rposition(|c| !c.is_ascii_alphabetic())
        .map_or(0, |k| k + 1);
    if start > 0 && before[start - 1] != b' ' && before[start - 1] != b'\n' {
        return None;
    }
    capitalized_word(&before[start..]).map(|w| (start, w))
}

/// Closed-class words (determiners, pronouns, prepositions,
/// conjunctions, adverbs) that open a sentence before a company's name
/// ("The Kohl's store", "At Ferrari", "Instead Google said") and so are
/// no given name
/// ([`Gazetteer::unknown_name_word`]).
const CLOSED_WORDS: &[&str] = &[
    "the",
    "this",
    "that",
    "these",
    "those",
    "and",
    "but",
    "for",
    "from",
    "with",
    "without",
    "into",
    "onto",
    "upon",
    "about",
    "after",
    "before",
    "under",
    "over",
    "inside",
    "outside",
    "its",
    "our",
    "their",
    "his",
    "her",
    "your",
    "both",
    "each",
    "every",
    "all",
    "some",
    "many",
    "most",
    "several",
    "only",
    "even",
    "also",
    "then",
    "when",
    "while",
    "where",
    "why",
    "how",
    "what",
    "which",
    "who",
    "whose",
    "like",
    "unlike",
    "via",
    "against",
    "among",
    "between",
    "through",
    "since",
    "until",
    "not",
    "now",
    "yet",
    "because",
    "although",
    "though",
    "unless",
    "whether",
    "meanwhile",
    "however",
    "still",
    "new",
    "former",
    "rival",
    "any",
    "other",
    "another",
    "one",
    "two",
    "three",
    "last",
    "next",
    "first",
    "see",
    "per",
    "off",
    "out",
    "here",
    "there",
    "too",
    "just",
    "more",
    "less",
    "few",
    "such",
    "own",
    "same",
    "says",
    "said",
    "told",
    "say",
    "ask",
    "asked",
    "are",
    "was",
    "were",
    "has",
    "had",
    "have",
    "will",
    "would",
    "could",
    "should",
    "may",
    "might",
    "must",
    "can",
    "did",
    "does",
    "let",
    "big",
    "top",
    "old",
    "young",
    "giant",
    "group",
    "firm",
    "brand",
    "luxury",
    "fashion",
    "media",
    "tech",
    "oil",
    "auto",
    "drug",
    "food",
    "retail",
    "shares",
    // Time and linking adverbs that open a sentence without a comma
    // ("Tomorrow Google will", "Instead Apple announced"); days and
    // months are asked of the rules' own lists in
    // [`Gazetteer::unknown_name_word`].
    "tomorrow",
    "earlier",
    "later",
    "instead",
    "elsewhere",
    "overall",
    "hence",
    "thus",
    "indeed",
];

/// Lowercase particles between a given name and a surname ("Marc de la
/// Cruz", "Frans van der Berg"), for
/// [`Gazetteer::given_name_before_particles`].
const NAME_PARTICLES: [&[u8]; 20] = [
    b"de", b"da", b"do", b"dos", b"das", b"del", b"della", b"la", b"van", b"von", b"der", b"den",
    b"di", b"du", b"los", b"las", b"le", b"ter", b"ten", b"zu",
];

/// Words that open a place of two words whose second word is a common
/// given name: "St. Louis", "San Diego", "Fort Myers", "Lake Charles",
/// "Palm Beach", "Little Rock". (The three short forms also with a dot,
/// [`DOTTED_PLACE_PREFIXES`]; "in the West. Hunter Biden said" is no
/// place.)
const PLACE_PREFIXES: [&str; 21] = [
    "San", "Santa", "St", "Saint", "Fort", "Ft", "Port", "Mount", "Mt", "Lake", "Los", "Las", "El",
    "New", "North", "South", "East", "West", "Palm", "Grand", "Little",
];

/// Whether `word` opens a place name of two words (`PLACE_PREFIXES`):
/// "New York", "San Diego", "Fort Myers".
pub fn is_place_prefix(word: &str) -> bool {
    PLACE_PREFIXES.contains(&word)
}

/// The place prefixes that also open surnames: "El Ghazi", "Saint
/// Maximin", "Santa Cruz", "San Martin", "St John".
const SURNAME_PLACE_PREFIXES: [&str; 5] = ["El", "San", "Santa", "Saint", "St"];

impl Gazetteer {
    /// Whether the pair `first` `second` is a place, not a surname, by its
    /// first word: a place prefix that opens no surname ("New York", "Fort
    /// Worth", "North Carolina", "Little Rock"), or one that does
    /// (`SURNAME_PLACE_PREFIXES`) before a given name, as places named
    /// after a saint are ("Santa Clara", "San Antonio", "St Paul").
    /// "Saint Maximin", "El Ghazi" and "Santa Cruz" are surnames.
    pub fn is_place_pair(&self, first: &str, second: &str) -> bool {
        is_place_prefix(first)
            && (!SURNAME_PLACE_PREFIXES.contains(&first) || self.is_given_name(second))
    }
}

/// The place prefixes written with a dot: "St. Louis", "Ft. Myers".
const DOTTED_PLACE_PREFIXES: [&str; 3] = ["St", "Ft", "Mt"];

/// Whether `before` (the text before a word and its space) ends in a
/// place prefix ([`PLACE_PREFIXES`]), a whole word.
fn place_prefix_at_end(before: &[u8]) -> bool {
    let (before, dotted) = match before.strip_suffix(b".") {
        Some(b) => (b, true),
        None => (before, false),
    };
    let start = before
        .iter()
        .rposition(|c| !c.is_ascii_alphabetic())
        .map_or(0, |k| k + 1);
    let list: &[&str] = if dotted {
        &DOTTED_PLACE_PREFIXES
    } else {
        &PLACE_PREFIXES
    };
    (start == 0 || matches!(before[start - 1], b' ' | b'\n' | b'"' | b'(' | b'\''))
        && std::str::from_utf8(&before[start..]).is_ok_and(|w| list.contains(&w))
}

/// The loaded gazetteer with its compiled alias trie.
pub struct Gazetteer {
    entities: Vec<Entity>,
    /// (entity index, party) of the politicians with a known US party,
    /// sorted by index: a side table read only by [`Gazetteer::party`]
    /// (kept out of [`Entity`], whose size the hot paths copy).
    parties: Vec<(u32, Party)>,
    /// (entity, kind, one-word organization name) of each alias, in trie
    /// pattern order. The flag is set at build time for an alias of kind
    /// [`AliasKind::Name`] of an organization with no space ("Apple",
    /// "Fox"), the aliases `surname_of_org_word` asks about, so the scan
    /// reads no entity for the others.
    aliases: Vec<(usize, AliasKind, bool)>,
    offices: Vec<Office>,
    /// Office indexes sorted by person (then index): the offices of one
    /// person, for [`Gazetteer::held`], by binary search.
    offices_by_person: Vec<u32>,
    /// The offices by role and country, for [`Gazetteer::holders`] (each
    /// was a scan of every office, several per speaker phrase with a
    /// role; then a scan of the role's offices' strings).
    office_index: OfficeIndex,
    /// Lowercase role form -> role key.
    role_forms: Vec<(String, String)>,
    by_id: HashMap<String, usize>,
    /// Alias text -> the first and last pattern index with that text, for
    /// exact lookups (the texts are the aliases themselves, moved here).
    by_alias: HashMap<String, (usize, usize)>,
    /// The next pattern index with the same text as this one
    /// (`usize::MAX` at the last); the gazetteer builder gives each text
    /// once, so these lists have one entry.
    alias_next: Vec<usize>,
    trie: AliasTrie,
    /// The byte classes of the AVX2 scan for these aliases' first bytes.
    classes: ScanClasses,
    /// Role forms, case-insensitive, leftmost-longest.
    roles: AhoCorasick,
    /// Whether a phrase can hold a role form at a word start (before the
    /// search by `roles`).
    role_starts: RoleStarts,
    /// First name -> gender, where all people with that first name agree,
    /// else the census sex [`GIVEN_NAMES`] writes beside a name of
    /// `given_names` (one map, so that a gender costs one lookup).
    first_names: HashMap<String, Gender>,
    /// First names that are also ordinary words ([`WORD_NAMES`]).
    word_names: rustc_hash::FxHashSet<&'static str>,
    /// The forms of the speaker nouns (`gazetteer/speaker_nouns.csv`:
    /// "carmaker", "rival"), lowercase: words that are no given name
    /// before a company's name ([`Gazetteer::unknown_name_word`]).
    common_nouns: rustc_hash::FxHashSet<&'static str>,
    /// Given names of people the gazetteer need not list ([`GIVEN_NAMES`]),
    /// less those that are aliases of its own ("Israel", "Kerry").
    given_names: rustc_hash::FxHashSet<&'static str>,
    /// Given name -> the rows of [`NICKNAMES`] it stands in.
    nicknames: HashMap<&'static str, Vec<u16>>,
    /// Per entity, a number resolution keeps for the entity's own name
    /// ([`Gazetteer::entity_memo`]): 0 until it is first asked for.
    /// (Atomic: threads share the gazetteer; each computes the same
    /// number from the name, so relaxed loads and stores do.)
    entity_memo: Box<[std::sync::atomic::AtomicU64]>,
    /// The people one of whose aliases ends with a generational suffix
    /// ("Joseph R. Biden Jr.", "Randy K. Weber, Sr.", "Nicholas J. Begich
    /// III"), by entity, with that suffix without its stop ("Jr", "Sr",
    /// "III"): sorted, for [`Gazetteer::own_generation`].
    generations: Vec<(usize, &'static str)>,
}

impl Gazetteer {
    /// The default gazetteer embedded in the binary.
    pub fn default_data() -> Result<Gazetteer> {
        GazetteerBuilder::with_defaults()?.build()
    }

    /// The gazetteer from its loaded parts; `by_id` maps each entity's
    /// id to its index in `entities` (the loader's own index, taken over
    /// rather than built again).
    pub(crate) fn from_parts(
        entities: Vec<Entity>,
        parties: Vec<(u32, Party)>,
        by_id: HashMap<String, usize>,
        aliases: Vec<(String, usize, AliasKind)>,
        offices: Vec<Office>,
        role_forms: Vec<(String, String)>,
    ) -> Result<Gazetteer> {
        // Searches run only where an alias can start (a word start that
        // is uppercase, a digit or "the"), anchored there, which is much
        // cheaper than scanning every byte; an anchored search needs no
        // failure transitions, so a plain trie does.
        let trie = AliasTrie::new(aliases.iter().map(|a| a.0.as_str()));
        // The alias texts move into the exact-lookup map (no copy each).
        let mut by_alias: HashMap<String, (usize, usize)> = HashMap::default();
        by_alias.reserve(aliases.len());
        let mut alias_next = vec![usize::MAX; aliases.len()];
        let mut slim = Vec::with_capacity(aliases.len());
        let mut generations = Vec::new();
        for (i, (a, e, k)) in aliases.into_iter().enumerate() {
            // (The last byte first: few aliases end as a suffix does.)
            if a.ends_with(['r', '.', 'I', 'V']) && entities[e].etype == EntityType::Person {
                if let Some(g) = a.rsplit(' ').next().and_then(|w| {
                    GENERATIONS
                        .iter()
                        .copied()
                        .find(|g| *g == w.trim_end_matches('.'))
                }) {
                    generations.push((e, g));
                }
            }
            let org_word = k == AliasKind::Name
                && entities[e].etype == EntityType::Organization
                && !a.contains(' ');
            slim.push((e, k, org_word));
            match by_alias.entry(a) {
                std::collections::hash_map::Entry::Occupied(mut o) => {
                    let (head, tail) = *o.get();
                    alias_next[tail] = i;
                    o.insert((head, i));
                }
                std::collections::hash_map::Entry::Vacant(v) => {
                    v.insert((i, i));
                }
            }
        }
        let aliases = slim;
        generations.sort_unstable();
        generations.dedup();
        let mut offices_by_person: Vec<u32> = (0..offices.len() as u32).collect();
        offices_by_person.sort_by_key(|&i| offices[i as usize].person);
        let office_index = OfficeIndex::new(&offices);
        let roles = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(true)
            .build(role_forms.iter().map(|r| r.0.as_str()))
            .map_err(|e| crate::error::Error::data("roles.csv", 0, e.to_string()))?;
        let role_starts = RoleStarts::new(role_forms.iter().map(|r| r.0.as_str()));
        let mut first_names: HashMap<String, Option<Gender>> = HashMap::default();
        for e in entities.iter().filter(|e| e.etype == EntityType::Person) {
            let (Some(g), Some(first)) = (e.gender, e.name.split(' ').next()) else {
                continue;
            };
            let slot = first_names.entry(first.to_string()).or_insert(Some(g));
            if *slot != Some(g) {
                *slot = None;
            }
        }
        let mut first_names: HashMap<String, Gender> = first_names
            .into_iter()
            .filter_map(|(k, v)| v.map(|g| (k, g)))
            .collect();
        let entity_memo = (0..entities.len())
            .map(|_| std::sync::atomic::AtomicU64::new(0))
            .collect();
        let word_names = data_lines(WORD_NAMES).collect();
        let common_nouns = data_lines(crate::lexicon::DEFAULT_SPEAKER_NOUNS)
            .filter_map(|l| l.split(',').nth(1))
            .flat_map(|f| f.split('|'))
            .map(str::trim)
            .collect();
        let mut given_names = rustc_hash::FxHashSet::default();
        for line in data_lines(GIVEN_NAMES) {
            let (name, sex) = line.split_once(' ').unwrap_or((line, ""));
            if by_alias.contains_key(name) {
                continue;
            }
            given_names.insert(name);
            // (The people's own gender first, where they agree; none for a
            // name the census files give both sexes, whatever the few
            // people of the gazetteer with it are: "Kelly", "Jordan".)
            let g = match sex.trim() {
                "f" => Gender::Female,
                "m" => Gender::Male,
                _ => {
                    first_names.remove(name);
                    continue;
                }
            };
            first_names.entry(name.to_string()).or_insert(g);
        }
        let mut nicknames: HashMap<&'static str, Vec<u16>> = HashMap::default();
        // (The header `names` skipped only if it is there: a file without
        // it keeps its first row.)
        let rows = data_lines(NICKNAMES).skip_while(|l| *l == "names");
        for (row, line) in rows.enumerate() {
            for name in crate::text::split_byte(line, b'|').map(str::trim) {
                nicknames.entry(name).or_default().push(row as u16);
            }
        }
        Ok(Gazetteer {
            parties,
            first_names,
            word_names,
            common_nouns,
            given_names,
            nicknames,
            roles,
            role_starts,
            entities,
            aliases,
            offices,
            offices_by_person,
            office_index,
            role_forms,
            by_id,
            by_alias,
            alias_next,
            classes: ScanClasses::new(&trie),
            entity_memo,
            generations,
            trie,
        })
    }

    /// Whether person `e` bears the generational suffix `g` ("Jr", "Sr",
    /// "II", "III", "IV"; a stop after it is ignored) in one of its
    /// aliases: "Joseph R. Biden, Jr." names the gazetteer's Joe Biden
    /// ("Joseph R. Biden Jr." an alias), "Donald Trump Jr." not its
    /// Donald Trump.
    pub fn own_generation(&self, e: usize, g: &str) -> bool {
        let g = g.trim_end_matches('.');
        let from = self.generations.partition_point(|x| x.0 < e);
        self.generations[from..]
            .iter()
            .take_while(|x| x.0 == e)
            .any(|x| x.1 == g)
    }

    /// The number kept for entity `e` ([`Gazetteer::entity_memo`]):
    /// `compute` of the entity, made once, then remembered (0 is "not
    /// yet": a `compute` that gives 0 runs again each time). For a value
    /// resolution derives from the entity's own name alone (its surname
    /// list's key), so any thread computes the same.
    pub(crate) fn entity_memo(&self, e: usize, compute: impl FnOnce(&Entity) -> u64) -> u64 {
        use std::sync::atomic::Ordering::Relaxed;
        let slot = &self.entity_memo[e];
        match slot.load(Relaxed) {
            0 => {
                let v = compute(&self.entities[e]);
                slot.store(v, Relaxed);
                v
            }
            v => v,
        }
    }

    /// All entities.
    pub fn entities(&self) -> &[Entity] {
        &self.entities
    }

    /// The entity at index `i`.
    pub fn entity(&self, i: usize) -> &Entity {
        &self.entities[i]
    }

    /// The US party (and home state) of entity `i`, a politician, when
    /// known (`people.csv`'s `party` column).
    pub fn party(&self, i: usize) -> Option<Party> {
        let i = u32::try_from(i).ok()?;
        self.parties
            .binary_search_by_key(&i, |p| p.0)
            .ok()
            .map(|k| self.parties[k].1)
    }

    /// The entity with id `id`.
    pub fn by_id(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    /// Number of aliases in the trie.
    pub fn alias_count(&self) -> usize {
        self.aliases.len()
    }

    /// All offices.
    pub fn offices(&self) -> &[Office] {
        &self.offices
    }

    /// Whole-word mentions of gazetteer aliases in `text`, leftmost-longest.
    pub fn find_mentions(&self, text: &str) -> Vec<Mention> {
        let mut out = Vec::new();
        self.find_mentions_into(text, &mut out);
        out
    }

    /// [`Gazetteer::find_mentions`], appended to `out` (a vector reused
    /// from document to document).
    pub fn find_mentions_into(&self, text: &str, out: &mut Vec<Mention>) {
        #[cfg(target_arch = "x86_64")]
        if std::arch::is_x86_feature_detected!("avx2")
            && std::arch::is_x86_feature_detected!("bmi1")
            && std::arch::is_x86_feature_detected!("bmi2")
        {
            // SAFETY: the processor has AVX2, BMI1 and BMI2 (just
            // detected).
            unsafe { self.find_mentions_avx2(text, out) };
            return;
        }
        // SAFETY: no AVX2 asked for.
        unsafe { self.scan::<false>(text, out) };
    }

    /// [`Gazetteer::find_mentions_into`] compiled for AVX2, whose blocks of
    /// 64 bytes take about a third of the instructions of SSE2's
    /// ([`candidates64_avx2`]), and for the bit instructions of BMI1 and
    /// BMI2, which every processor with AVX2 has too: the offset of a
    /// mask's lowest start and the mask without it, and the mask of a
    /// wide node's children, in one instruction each, and shifts by a
    /// register other than `cl`. Its walk of the trie takes SSSE3's
    /// shuffle, which AVX2 implies ([`AliasTrie::longest_prefix_from_ssse3`]).
    ///
    /// # Safety
    ///
    /// The processor must have AVX2, BMI1 and BMI2.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2,bmi1,bmi2")]
    unsafe fn find_mentions_avx2(&self, text: &str, out: &mut Vec<Mention>) {
        // SAFETY: the processor has AVX2 (this function's contract).
        unsafe { self.scan::<true>(text, out) };
    }

    /// The scan of [`Gazetteer::find_mentions_into`], with the blocks of 64
    /// bytes tested by AVX2 when `AVX2`.
    ///
    /// # Safety
    ///
    /// With `AVX2`, the processor must have AVX2.
    #[inline(always)]
    unsafe fn scan<const AVX2: bool>(&self, text: &str, out: &mut Vec<Mention>) {
        let bytes = text.as_bytes();
        // An alias can start at a word start that is uppercase, a digit,
        // `t` ("the") or a non-ASCII letter: START of this byte and not
        // ALNUM of the one before, a test of two bytes only. So the
        // possible starts of a block of 64 bytes (SSE2; sixteen, eight,
        // then single bytes, near the end) are found at once as a bit mask
        // ([`candidate_block`]) and tried in order, with no test of the
        // block again after a start that matched no alias; a mention
        // found takes the starts inside it off the mask.
        // (With AVX2, a `t` not followed by "he " is no start when no
        // alias starts with `t` but "the ": most lowercase `t` words, "to",
        // "that", "they", are dropped from the masks before any lookup;
        // so is "the " before a lowercase letter that follows it in no
        // alias, "the first".)
        let the = AVX2 && self.trie.t_is_the();
        // The jump-table place (the slot's offset in the table) of each
        // start's first four bytes, by its offset in the block, from the
        // prefetch loop: its lookup does not hash them again
        // ([`AliasTrie::longest_prefix_from`]).
        let mut homes = [0usize; 64];
        // (Never taken, see [`AliasTrie::has_jump_table`]: tested here, once,
        // it takes a load and a branch off each lookup.)
        if !self.trie.has_jump_table() {
            return;
        }
        let mut base = 0;
        while base < bytes.len() {
            let prev_alnum = base > 0 && BYTE_CLASS[bytes[base - 1] as usize] & ALNUM != 0;
            // SAFETY: with `AVX2`, the processor has AVX2 (this
            // function's contract).
            let (mut m, width) =
                unsafe { candidate_block::<AVX2>(bytes, base, prev_alnum, the, &self.classes) };
            let mut next = base + width;
            // The offset in the block of the lowest start of a mask.
            let low = |m: u64| m.trailing_zeros() as usize & 63;
            // The jump-table slots of all the block's starts asked for
            // first, so their cache misses overlap ([`AliasTrie::prefetch`]).
            let mut p = m;
            // (`first_chunk` of the bytes from `base`, which the loop's
            // test keeps in bounds: one compare of the bytes left, where
            // `get(base..base + 67)` also tested `base + 67` for overflow.)
            if let Some(block) = bytes[base..].first_chunk::<67>() {
                // (Every start of a block has its four bytes in the 67 from
                // the block's first: the bounds of the slice and of its
                // first four bytes tested once a block, not once a start.)
                while p != 0 {
                    let k = low(p);
                    homes[k] = self.trie.prefetch(&block[k..k + 4]);
                    p &= p - 1;
                }
            }
            while p != 0 {
                let k = low(p);
                homes[k] = self.trie.prefetch(&bytes[base + k..]);
                p &= p - 1;
            }
            while m != 0 {
                let k = low(m);
                let i = base + k;
                m &= m - 1;
                // SAFETY: with `AVX2`, the processor has AVX2 (this
                // function's contract), so SSSE3; `i` is a start of the
                // block, whose `width` bytes from `base` are `bytes`'
                // ([`candidate_block`]: a bit of its mask is below
                // `width`), so `i < bytes.len()`.
                if let Some(len) = unsafe { self.mention_at::<AVX2>(bytes, i, homes[k], out) } {
                    next = next.max(i + len);
                    if i + len >= base + width {
                        break;
                    }
                    m &= u64::MAX << (i + len - base);
                }
            }
            base = next;
        }
    }

    /// The mention that starts at the possible alias start `i`, pushed to
    /// `out`, and its length: the longest alias there that is a whole
    /// word. `home` is the jump-table place (the slot's byte offset) of
    /// its first four bytes ([`AliasTrie::prefetch`]). With `SIMD`, the
    /// trie is walked with SSSE3 ([`AliasTrie::longest_prefix_from_ssse3`]).
    /// (Always inlined: the AVX2 scan, compiled with another target
    /// feature, would call it otherwise.)
    ///
    /// # Safety
    ///
    /// With `SIMD`, the processor must have SSSE3. `i` must be at most
    /// `bytes.len()`.
    #[inline(always)]
    unsafe fn mention_at<const SIMD: bool>(
        &self,
        bytes: &[u8],
        i: usize,
        home: usize,
        out: &mut Vec<Mention>,
    ) -> Option<usize> {
        debug_assert!(i <= bytes.len());
        // SAFETY: `i <= bytes.len()` (this function's contract). (The
        // bounds test was two instructions a start the scan looked up.)
        let hay = unsafe { bytes.get_unchecked(i..) };
        #[cfg(target_arch = "x86_64")]
        let found = if SIMD {
            // SAFETY: with `SIMD`, the processor has SSSE3 (this
            // function's contract).
            unsafe { self.trie.longest_prefix_from_ssse3(hay, home) }
        } else {
            self.trie.longest_prefix_from(hay, home)
        };
        #[cfg(not(target_arch = "x86_64"))]
        let found = self.trie.longest_prefix_from(hay, home);
        let (p, len) = found?;
        // A possible start follows no ASCII letter or digit, so this is
        // the whole test of the word start of [`is_word_boundary`]. (Made
        // after the lookup, which rejects most starts: an alias rarely
        // starts after a non-ASCII letter, so this saves a test per start
        // and seldom costs a lookup.)
        if i > 0 && bytes[i - 1] >= 0x80 && ends_with_word_char(&bytes[..i]) {
            return None;
        }
        if !ends_word(bytes, i + len) {
            return None;
        }
        let (entity, kind, org_word) = self.aliases[p];
        // (In line, the bytes that test needs first: a space, then two
        // letters of the word before; most surnames follow punctuation or
        // start a line, and are no call.)
        if kind == AliasKind::Short
            && i >= 3
            && bytes[i - 1] == b' '
            && bytes[i - 2].is_ascii_alphabetic()
            && bytes[i - 3].is_ascii_alphabetic()
            && self.other_first_name_before(bytes, i, entity)
        {
            return None;
        }
        // A one-word organization name after a given name is a person's
        // surname: "Fiona Apple", "Evan Spiegel", "Megan Fox".
        // (The flag, set at build time and read with the kind, keeps the
        // test away from the entities: most names are no such alias.)
        if org_word
            && i >= 3
            && bytes[i - 1] == b' '
            && bytes[i - 2].is_ascii_lowercase()
            && self.surname_of_org_word(bytes, i, entity)
        {
            return None;
        }
        out.push(Mention {
            start: i,
            end: i + len,
            entity,
            kind,
        });
        Some(len)
    }

    /// Whether the surname-only alias of `entity` at `i` follows another
    /// person's first name: "Michelle Obama", "Eric Trump", "Phil Flynn"
    /// (an oil analyst) name someone other than the gazetteer's "Obama",
    /// "Trump", "Flynn". The word before must be a first name of the
    /// gazetteer's people or a common given name ([`GIVEN_NAMES`]:
    /// "Melania Trump", "Hunter Biden"), not a title that opens some of
    /// their names ("King", "Sheikh") nor a word name ([`WORD_NAMES`]),
    /// and share no first three letters with a word of
    /// the entity's name ("Tim Kaine", "Don Trump", "Bashar Assad" stay).
    /// Full aliases ("Mike Flynn") match from their own start, before
    /// this. (Out of line: only surname aliases, a few a document, ask.)
    #[cold]
    #[inline(never)]
    fn other_first_name_before(&self, bytes: &[u8], i: usize, entity: usize) -> bool {
        let Some(before) = bytes[..i].strip_suffix(b" ") else {
            return false;
        };
        let Some((start, word)) = name_word_at_end(before) else {
            return self.given_name_before_particles(before, entity);
        };
        // A saint's place: "Santa Cruz", "San Marino" (not "Ted Cruz").
        if matches!(word, "San" | "Santa" | "Santo" | "Saint") {
            return true;
        }
        // (The first names first: most capitalized words before a surname
        // are none, "President", "Senator"; the gazetteer's own, then the
        // larger list of common given names.)
        if !self.is_given_name(word)
            || NAME_TITLES.contains(&word)
            || self.word_names.contains(word)
            || self.own_given_name(word, entity)
        {
            return false;
        }
        // A census given name that ends a place of two words, "St. Louis",
        // "San Diego", "St. Paul"; also when it is a first name of the
        // gazetteer's own people ("Lake Charles Biden supporters").
        if self.given_names.contains(word) && start > 1 && place_prefix_at_end(&before[..start - 1])
        {
            return false;
        }
        // A middle name after the person's own first name: "Donald John
        // Trump".
        let own_before = start > 1
            && name_word_at_end(&before[..start - 1])
                .is_some_and(|(_, w)| self.own_given_name(w, entity));
        !own_before
    }

    /// Whether `before` (the text before a surname alias of `entity` and
    /// its space) ends in one or two lowercase name particles after
    /// another person's given name: "Marc de la Cruz", "Maria da Silva"
    /// name someone other than the gazetteer's "Cruz" or "Silva". The
    /// given name is a common one ([`Gazetteer::is_given_name`]) and not
    /// the entity's own ("Luiz Inácio Lula da Silva" stays).
    #[cold]
    #[inline(never)]
    fn given_name_before_particles(&self, before: &[u8], entity: usize) -> bool {
        let mut rest = before;
        for round in 0..2 {
            let start = rest.iter().rposition(|&c| c == b' ').map_or(0, |k| k + 1);
            let word = &rest[start..];
            if !NAME_PARTICLES.contains(&word) {
                return round > 0
                    && name_word_at_end(rest).is_some_and(|(_, w)| {
                        self.given_name_before_surname(w) && !self.own_given_name(w, entity)
                    });
            }
            // (A particle the entity's own name lacks: "Mr. de la Cruz",
            // "the de la Cruz family" are not the gazetteer's "Ted
            // Cruz".)
            if !self.entities[entity]
                .name
                .split(' ')
                .any(|n| n.as_bytes().eq_ignore_ascii_case(word))
            {
                return true;
            }
            let Some(r) = rest.get(..start.saturating_sub(1)).filter(|_| start > 0) else {
                return false;
            };
            rest = r;
        }
        name_word_at_end(rest).is_some_and(|(_, w)| {
            self.given_name_before_surname(w) && !self.own_given_name(w, entity)
        })
    }

    /// Whether the one-word organization alias at `i` ("Apple", "Spiegel",
    /// "Target": flagged at build time) follows a common given name, so names a person
    /// ("Fiona Apple", "Evan Spiegel"): the word before is a first name of
    /// the gazetteer's people or a common given name, not a title of names
    /// nor a word name ([`WORD_NAMES`]: "Will", "Grant"), and no place
    /// prefix comes before it ("San Diego"). Aliases of several words
    /// ("Goldman Sachs") and a whole alias that starts with the given
    /// name ("Charles Schwab") are matched as before. (Out of line: few
    /// names of a document ask.)
    #[cold]
    #[inline(never)]
    fn surname_of_org_word(&self, bytes: &[u8], i: usize, entity: usize) -> bool {
        let Some(before) = bytes[..i].strip_suffix(b" ") else {
            return false;
        };
        let Some((start, word)) = name_word_at_end(before) else {
            return false;
        };
        // (Also a given name the census lacks before a company's name,
        // most often a founder's surname: not before "Democrats".)
        (self.given_name_before_surname(word)
            || (self.entities[entity].subtype == "company" && self.unknown_name_word(word)))
            && (start <= 1 || !place_prefix_at_end(&before[..start - 1]))
    }

    /// Whether the capitalized `word` before a one-word organization
    /// alias reads as a given name the census list lacks ("Enzo
    /// Ferrari", "Frits Philips", "Walt Disney", "Helmut Kohl's"): a word
    /// of three or more letters, capital first and the rest lowercase,
    /// that is no word of the lexicons the text's other capitalized
    /// words come from: no title of names, word name, speaker noun
    /// ("Carmaker", "Rival"), role, alias of the gazetteer ("Italian",
    /// "Dutch"), closed-class word ([`CLOSED_WORDS`]: "The", "At") nor a
    /// word with an ending of verbs or adjectives ("Embattled",
    /// "Struggling", "Newly").
    fn unknown_name_word(&self, word: &str) -> bool {
        let b = word.as_bytes();
        if b.len() < 3 || b.len() > 24 || !b[1..].iter().all(u8::is_ascii_lowercase) {
            return false;
        }
        if ["ing", "ed", "ly", "ers", "ian", "ese", "ish"]
            .iter()
            .any(|e| word.ends_with(e))
        {
            return false;
        }
        let mut buf = [0u8; 24];
        buf[..b.len()].copy_from_slice(b);
        buf[0] = buf[0].to_ascii_lowercase();
        let lower = std::str::from_utf8(&buf[..b.len()]).unwrap_or("");
        !(NAME_TITLES.contains(&word)
            || COURTESY_TITLES.contains(&word)
            || CLOSED_WORDS.contains(&lower)
            || crate::attribution::sent::DAYS.words().contains(&lower)
            || crate::attribution::rules::MONTHS.contains(&lower)
            || self.word_names.contains(word)
            || self.common_nouns.contains(lower)
            || self.find_role(word).is_some()
            || self.alias_hits(word).next().is_some())
    }

    /// Whether `word` before a capitalized word makes that word a
    /// surname: a given name ([`Gazetteer::is_given_name`]) that is no
    /// title of names nor a word name ("Will", "Grant": `gazetteer/word_names.txt`).
    /// For a one-word organization alias ("Fiona Apple") and for an
    /// organization word ending a phrase ("Leslie Command said").
    pub fn given_name_before_surname(&self, word: &str) -> bool {
        self.is_given_name(word) && !NAME_TITLES.contains(&word) && !self.word_names.contains(word)
    }

    /// Whether `word`, a given name, is one of `entity`'s own: it shares
    /// its first three letters with a word of the entity's name ("Tim
    /// Kaine", "Don Trump", "Bashar Assad"), or is a formal form or
    /// nickname of the entity's first name ([`NICKNAMES`]: "Michael
    /// Pence", "Charles Hagel").
    fn own_given_name(&self, word: &str, entity: usize) -> bool {
        let name = &self.entities[entity].name;
        let prefix = &word.as_bytes()[..3.min(word.len())];
        if name.split(' ').any(|n| {
            n.as_bytes()
                .get(..prefix.len())
                .is_some_and(|p| p.eq_ignore_ascii_case(prefix))
        }) {
            return true;
        }
        let rows = |w: &str| self.nicknames.get(w).map_or(&[][..], Vec::as_slice);
        let first = name.split(' ').next().unwrap_or("");
        let theirs = rows(first);
        rows(word).iter().any(|r| theirs.contains(r))
    }

    /// Whether the given names `a` and `b` are one name: the same, or on
    /// one row of nicknames.csv ("Ken", "Kenneth").
    pub fn same_given_name(&self, a: &str, b: &str) -> bool {
        let rows = |w: &str| self.nicknames.get(w).map_or(&[][..], Vec::as_slice);
        a == b || rows(a).iter().any(|r| rows(b).contains(r))
    }

    /// Whether `word` is a first name of the gazetteer's people or a
    /// common given name (the embedded `given_names.txt`).
    pub fn is_given_name(&self, word: &str) -> bool {
        self.first_names.contains_key(word) || self.given_names.contains(word)
    }

    /// Whether `word` opens a person's name: a title of the gazetteer's
    /// names ("Sir", "Dame", "Lady", `NAME_TITLES`), a courtesy title
    /// (`COURTESY_TITLES`, "Justice") or a given name
    /// (`is_given_name`; unlike `other_first_name_before`,
    /// the titles count, and so do given names that are also words,
    /// "Grant", "Will"). (For a name in apposition to a capitalized
    /// title: "The Speaker, Sir Lindsay Hoyle," is a person, "The
    /// Chairman, Tata Sons," none.)
    pub fn opens_person_name(&self, word: &str) -> bool {
        let bare = word.strip_suffix('.').unwrap_or(word);
        NAME_TITLES.contains(&word)
            || COURTESY_TITLES.contains(&bare)
            || bare == "Justice"
            || self.is_given_name(word)
    }

    /// The gender people with this first name have in the gazetteer, when
    /// they all agree, else the sex the census files show for it as a
    /// common given name (`given_names.txt`: "Paula", "Mark"; none for
    /// "Jordan", "Jean"). (In line: resolution asks it for every person
    /// candidate, and its map lookups are small.)
    #[inline]
    pub fn gender_of_first_name(&self, first: &str) -> Option<Gender> {
        // (The census sex is in the same map: `first_names`.)
        self.first_names.get(first).copied()
    }

    /// The role key of the longest role form in `phrase` (whole words,
    /// any case): "Russia's foreign minister" -> "foreign_minister".
    pub fn find_role(&self, phrase: &str) -> Option<&str> {
        let bytes = phrase.as_bytes();
        // Most phrases hold no role form ("officials", "a spokesman for
        // the company"): none starts at any of their word starts.
        if !self.role_starts.may_start(bytes) {
            return None;
        }
        self.search_role(phrase)
    }

    /// Whether a role form of `phrase` (at word bounds) starts before the
    /// byte `end` and ends after the byte `start` (`end <= start`): it
    /// reaches from the words before `end` into those from `start` on
    /// ("Deputy Prime Minister and Minister for Foreign | Affairs Simon
    /// Harris").
    pub fn role_across(&self, phrase: &str, end: usize, start: usize) -> bool {
        let bytes = phrase.as_bytes();
        self.role_starts.may_start(bytes)
            && self
                .roles
                .find_iter(phrase)
                .take_while(|m| m.start() < end)
                .any(|m| m.end() > start && is_word_boundary(bytes, m.start(), m.end()))
    }

    /// [`Gazetteer::find_role`] by the search alone.
    fn search_role(&self, phrase: &str) -> Option<&str> {
        let bytes = phrase.as_bytes();
        self.roles
            .find_iter(phrase)
            .find(|m| is_word_boundary(bytes, m.start(), m.end()))
            .map(|m| self.role_forms[m.pattern().as_usize()].1.as_str())
    }

    /// Exact lookup of an alias as written (also tries without a leading
    /// "the "/"The ").
    pub fn lookup_alias(&self, alias: &str) -> Vec<(usize, AliasKind)> {
        let mut out: Vec<(usize, AliasKind)> = Vec::new();
        for hit in self.alias_hits(alias) {
            if !out.contains(&hit) {
                out.push(hit);
            }
        }
        out
    }

    /// The hits of [`Gazetteer::lookup_alias`] in its order, without
    /// removing repeats and with no vector: for callers that want the
    /// first hit, or whether there is one.
    pub fn alias_hits(&self, alias: &str) -> impl Iterator<Item = (usize, AliasKind)> + '_ {
        let head = |a: &str| self.by_alias.get(a).map_or(usize::MAX, |&(h, _)| h);
        let mut heads = [head(alias), usize::MAX, usize::MAX];
        if let Some(rest) = alias
            .strip_prefix("The ")
            .or_else(|| alias.strip_prefix("the "))
        {
            heads[1] = head(rest);
            heads[2] = head(&format!("the {rest}"));
        }
        AliasHits {
            gaz: self,
            i: heads[0],
            heads,
            k: 0,
        }
    }

    /// People who held `role` for `country`; on `date` when given.
    pub fn holders(&self, role: &str, country: &str, date: Option<&str>) -> Vec<usize> {
        self.office_index
            .holders(&self.offices, role, country, date)
    }

    /// Whether the gazetteer lists any holder of `role` for `country` (a
    /// state's code or an organization's id).
    pub fn has_office(&self, role: &str, country: &str) -> bool {
        self.office_index.has(&self.offices, role, country)
    }

    /// Whether person `p` held any office at any time.
    pub fn held_any(&self, p: usize) -> bool {
        let by_person = &self.offices_by_person;
        let a = by_person.partition_point(|&i| self.offices[i as usize].person < p);
        by_person
            .get(a)
            .is_some_and(|&i| self.offices[i as usize].person == p)
    }

    /// Whether person `p` held `role` (for `country` when given) at any
    /// time.
    pub fn held(&self, p: usize, role: &str, country: Option<&str>) -> bool {
        self.held_any_of(p, &[role], country)
    }

    /// Whether person `p` held any of `roles` (for `country` when given)
    /// at any time: one search for the person's offices, one scan of them.
    pub fn held_any_of(&self, p: usize, roles: &[&str], country: Option<&str>) -> bool {
        let by_person = &self.offices_by_person;
        let a = by_person.partition_point(|&i| self.offices[i as usize].person < p);
        by_person[a..]
            .iter()
            .map(|&i| &self.offices[i as usize])
            .take_while(|o| o.person == p)
            .any(|o| country.is_none_or(|c| o.country == c) && roles.contains(&o.role.as_str()))
    }
}

/// The first words of the role forms, for [`Gazetteer::find_role`]. A
/// form's first word is its run of ASCII letters and digits from its
/// start; its second word, when the form goes on after the first, is the
/// run (maybe empty) after the byte that ends the first. A form found as
/// a whole word starts at a word start of the phrase (its start or a byte
/// after one that is no ASCII letter or digit), and the run of ASCII
/// letters and digits there is exactly the form's first word, ASCII letters
/// in either case as the role search folds them: the run ends where the
/// form's first word ends, at the form's next byte (no ASCII letter or
/// digit), or, when the form is that one word, at the end of the match,
/// which the search accepts only at the end of a word. When the form goes
/// on, the phrase has the same byte after the run, and the run after that
/// byte is exactly the form's second word, for the same reasons. So a
/// phrase with no word start where a form's first word (and its next
/// byte and second word, when the form goes on) are found holds no role,
/// and the search (an Aho-Corasick search set up per phrase) is not run.
/// ("Republicans", "Democrats" and "the statement" start as "republican",
/// "democratic" and "state" do, but are no such word; "Republican
/// leaders" has the first word of "republican nominee", not its second.)
/// Words are compared by their length and first four bytes, by bits of a
/// bit set over a hash of those: a hash collision only lets a phrase
/// through to the search.
struct RoleStarts {
    /// Bit set over [`RoleStarts::slot`] of the forms' first words (tag
    /// [`FIRST`]), first words that are whole forms (tag [`SINGLE`]), and
    /// first words with their next byte and second word.
    bits: Vec<u64>,
    /// A form starts with no ASCII letter or digit: the search always
    /// runs.
    always: bool,
}

/// Bits of the set of [`RoleStarts`] (8 KB): a few hundred forms leave
/// nearly every bit clear.
const ROLE_START_BITS: u32 = 16;

/// Tag of a key of [`RoleStarts`]: the first word of a form.
const FIRST: u64 = 1;
/// Tag of a key of [`RoleStarts`]: a form of one word.
const SINGLE: u64 = 2;

impl RoleStarts {
    fn new<'a>(forms: impl Iterator<Item = &'a str>) -> RoleStarts {
        let mut r = RoleStarts {
            bits: vec![0; (1 << ROLE_START_BITS) / 64],
            always: false,
        };
        for f in forms {
            let f = f.as_bytes();
            let n = Self::run(f);
            if n == 0 {
                r.always = true;
                continue;
            }
            let first = Self::word(f, n);
            r.set(Self::slot(first, FIRST));
            match f.get(n) {
                None => r.set(Self::slot(first, SINGLE)),
                Some(&sep) => r.set(Self::slot(first, Self::second(sep, &f[n + 1..]))),
            }
        }
        r
    }

    fn set(&mut self, k: usize) {
        self.bits[k >> 6] |= 1 << (k & 63);
    }

    #[inline]
    fn has(&self, k: usize) -> bool {
        self.bits[k >> 6] & (1 << (k & 63)) != 0
    }

    /// The length of the run of ASCII letters and digits that starts `b`.
    #[inline]
    fn run(b: &[u8]) -> usize {
        b.iter()
            .position(|&c| BYTE_CLASS[c as usize] & ALNUM == 0)
            .unwrap_or(b.len())
    }

    /// A word of `n` bytes that starts `b` (`n` the length of the run of
    /// letters and digits there), as its first four bytes (fewer when `n`
    /// is shorter: the rest zero), ASCII capitals folded to lowercase,
    /// little endian, and its length above them.
    #[inline]
    fn word(b: &[u8], n: usize) -> u64 {
        let x = match b.first_chunk::<4>() {
            Some(&q) => u32::from_le_bytes(q),
            None => {
                let mut q = [0u8; 4];
                q[..b.len()].copy_from_slice(b);
                u32::from_le_bytes(q)
            }
        };
        let x = if n < 4 {
            x & u32::MAX.checked_shr(32 - 8 * n as u32).unwrap_or(0)
        } else {
            x
        };
        // Bit 7 of each ASCII byte from `A`, and from `[`: the capitals
        // are the bytes with the first and not the second, and get bit 5.
        const H: u32 = 0x8080_8080;
        let ascii = !x & H;
        let from_a = (x | H).wrapping_sub(0x4141_4141) & ascii;
        let past_z = (x | H).wrapping_sub(0x5B5B_5B5B) & ascii;
        u64::from(x | (from_a & !past_z) >> 2) | (n as u64) << 32
    }

    /// The tag of a first word followed by the byte `sep` and by `rest`:
    /// the second word (the run of letters and digits of `rest`) and `sep`,
    /// above the tags [`FIRST`] and [`SINGLE`].
    #[inline]
    fn second(sep: u8, rest: &[u8]) -> u64 {
        let w = Self::word(rest, Self::run(rest));
        (w.wrapping_mul(0xD6E8_FEB8_6659_FD93) | 3) ^ u64::from(sep) << 2
    }

    /// The bit of a word (a [`RoleStarts::word`]) with a tag.
    #[inline]
    fn slot(word: u64, tag: u64) -> usize {
        let v = word ^ tag.rotate_left(29);
        (v.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - ROLE_START_BITS)) as usize
    }

    /// Whether a form whose first word is `first` may start where `first`
    /// is followed by `rest`: it is a form of one word, or `rest` has the
    /// next byte and second word of a form that starts with `first`. (Out
    /// of the loop of [`RoleStarts::may_start`], which seldom gets here.)
    #[inline(never)]
    fn goes_on(&self, first: u64, rest: &[u8]) -> bool {
        self.has(Self::slot(first, SINGLE))
            || rest
                .split_first()
                .is_some_and(|(&sep, rest)| self.has(Self::slot(first, Self::second(sep, rest))))
    }

    /// Whether a role form may start at a word start of `phrase`: whether
    /// the run of letters and digits at one of them is the first word of
    /// a form of one word, or is followed as a form's first word is by
    /// its next byte and second word (as far as their lengths and first
    /// bytes tell).
    fn may_start(&self, phrase: &[u8]) -> bool {
        if self.always {
            return true;
        }
        let mut i = 0;
        while i < phrase.len() {
            let s = i;
            while i < phrase.len() && BYTE_CLASS[phrase[i] as usize] & ALNUM != 0 {
                i += 1;
            }
            if i > s {
                let first = Self::word(&phrase[s..], i - s);
                if self.has(Self::slot(first, FIRST)) && self.goes_on(first, &phrase[i..]) {
                    return true;
                }
            }
            i += 1;
        }
        false
    }
}

/// The iterator of [`Gazetteer::alias_hits`]: the lists of pattern
/// indexes (`alias_next`) from each of up to three heads, in turn. (A
/// `flat_map` over the heads cost about twice the instructions a call.)
struct AliasHits<'a> {
    gaz: &'a Gazetteer,
    /// The heads of the lists (`usize::MAX`: none).
    heads: [usize; 3],
    /// The list being walked.
    k: usize,
    /// The next entry of that list (`usize::MAX`: its end).
    i: usize,
}

impl Iterator for AliasHits<'_> {
    type Item = (usize, AliasKind);

    fn next(&mut self) -> Option<(usize, AliasKind)> {
        loop {
            if let Some(&(e, k, _)) = self.gaz.aliases.get(self.i) {
                self.i = self.gaz.alias_next[self.i];
                return Some((e, k));
            }
            self.k += 1;
            self.i = *self.heads.get(self.k)?;
        }
    }
}

/// [`BYTE_CLASS`] bit: an alias may start with this byte.
const START: u8 = 1;
/// [`BYTE_CLASS`] bit: an ASCII letter or digit (shifted onto [`START`]
/// to test the byte before a start).
const ALNUM: u8 = 2;

/// Per byte: [`START`] and [`ALNUM`] bits.
static BYTE_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        if c.is_ascii_uppercase() || c == b't' || c >= 0xC0 || c.is_ascii_digit() {
            t[b] |= START;
        }
        if c.is_ascii_alphanumeric() {
            t[b] |= ALNUM;
        }
        b += 1;
    }
    t
};

/// The bytes of `x` (eight text bytes, little endian) where an alias may
/// start, as bit 7 of each byte: [`START`] bytes not after an ASCII letter
/// or digit (`prev_alnum`: the byte before the first one is one). The same
/// test as [`BYTE_CLASS`], on all eight bytes at once.
#[inline]
fn candidates(x: u64, prev_alnum: bool) -> u64 {
    const L: u64 = 0x0101_0101_0101_0101;
    const H: u64 = 0x8080_8080_8080_8080;
    let ascii = !x & H;
    // Bit 7 set in the ASCII bytes >= c (c <= 0x80): no borrow crosses a
    // byte, as each byte is at least 0x80 before the subtraction.
    let ge = |c: u8| ((x | H) - L * c as u64) & ascii;
    let range = |lo: u8, hi: u8| ge(lo) & !ge(hi + 1);
    let upper = range(b'A', b'Z');
    let digit = range(b'0', b'9');
    let lower = range(b'a', b'z');
    // Bytes equal to `t`: zero bytes of x ^ "tttttttt".
    let y = x ^ (L * b't' as u64);
    let t = !(((y & !H) + !H) | y) & H;
    // Lead bytes of characters of two or more bytes from U+0080 (0xC0..).
    let lead = x & (x << 1) & H;
    let start = upper | digit | t | lead;
    let alnum = upper | digit | lower;
    start & !(alnum << 8 | (prev_alnum as u64) << 7)
}

/// Bit 7 of each byte of `x` (the form of [`candidates`]) gathered into
/// bits 0 to 7: bit `k` set when byte `k` has bit 7 (the other bits must
/// be clear). One multiplication: the product's top byte collects bit 7
/// of byte `k` at bit `56 + k`, with no carries (every term lands on its
/// own bit).
#[inline]
fn byte_bits(x: u64) -> u64 {
    debug_assert_eq!(x & !0x8080_8080_8080_8080, 0);
    x.wrapping_mul(0x0002_0408_1020_4081) >> 56
}

/// The possible alias starts of the block of `bytes` at `base`
/// (`prev_alnum`: the byte before it is an ASCII letter or digit), for
/// [`Gazetteer::find_mentions_into`]: (mask, width), where byte
/// `base + k` of the `width` bytes may start an alias when bit `k` of the
/// mask is set. 64 bytes with SSE2 ([`candidates64`]),
/// near the end sixteen ([`candidates16`]), else eight
/// ([`candidates`], its bit 7 of each byte gathered by [`byte_bits`]: one
/// bit a byte in every block, so the scan's loops take a start's offset
/// from the mask with no shift), else the bytes left one
/// by one ([`BYTE_CLASS`]). With `the` (AVX2 only), where the four bytes
/// after the 64 are there too, a `t` is a start only before "he " and a
/// byte that may follow "the " in an alias ([`candidates64_avx2_the`]);
/// elsewhere every `t` is. The AVX2 blocks
/// take their classes from `classes`, where a byte no alias starts with
/// may be no start (see [`ScanClasses`]).
///
/// # Safety
///
/// With `AVX2` (the blocks of 64 bytes by [`candidates64_avx2`]), the
/// processor must have AVX2.
#[inline(always)]
unsafe fn candidate_block<const AVX2: bool>(
    bytes: &[u8],
    base: usize,
    prev_alnum: bool,
    the: bool,
    classes: &ScanClasses,
) -> (u64, usize) {
    // (The blocks by `first_chunk` of the bytes from `base`: one compare
    // of the bytes left each, where `get(base..base + n)` also tested
    // `base + n` for overflow.)
    let rest = bytes.get(base..).unwrap_or_default();
    #[cfg(target_arch = "x86_64")]
    if AVX2 && the {
        if let Some(block) = rest.first_chunk::<68>() {
            // SAFETY: the processor has AVX2 (this function's contract).
            return (
                unsafe { candidates64_avx2_the(block, prev_alnum, classes) },
                64,
            );
        }
    }
    #[cfg(target_arch = "x86_64")]
    if let Some(block) = rest.first_chunk::<64>() {
        let m = if AVX2 {
            // SAFETY: the processor has AVX2 (this function's contract).
            unsafe { candidates64_avx2(block, prev_alnum, classes) }
        } else {
            candidates64(block, prev_alnum)
        };
        return (m, 64);
    }
    #[cfg(target_arch = "x86_64")]
    if let Some(block) = rest.first_chunk::<16>() {
        let m = candidates16(block, prev_alnum);
        return (u64::from(m), 16);
    }
    if let Some(block) = rest.first_chunk::<8>() {
        let x = u64::from_le_bytes(*block);
        return (byte_bits(candidates(x, prev_alnum)), 8);
    }
    let mut m = 0u64;
    let mut prev_alnum = prev_alnum;
    for (k, &b) in rest.iter().enumerate() {
        let cls = BYTE_CLASS[b as usize];
        if cls & START != 0 && !prev_alnum {
            m |= 1 << k;
        }
        prev_alnum = cls & ALNUM != 0;
    }
    (m, rest.len())
}

/// [`candidates`] for 64 bytes with SSE2 (four blocks of sixteen, see
/// [`classes16`]): bit `k` set when byte `k` may start an alias. Most of
/// the text is scanned in such blocks: one test of the byte before, one
/// bound check and one mask per 64 bytes.
#[cfg(target_arch = "x86_64")]
#[inline]
fn candidates64(block: &[u8; 64], prev_alnum: bool) -> u64 {
    let mut start = 0u64;
    let mut alnum = 0u64;
    for (k, b) in block.chunks_exact(16).enumerate() {
        let (s, a) = classes16(b.try_into().expect("sixteen bytes"));
        start |= u64::from(s) << (16 * k);
        alnum |= u64::from(a) << (16 * k);
    }
    start & !(alnum << 1 | u64::from(prev_alnum))
}

/// [`candidates64`] with AVX2: two blocks of 32 bytes, each classified
/// by table lookups ([`classes32_of`]), with no copies of registers (the
/// three-operand instructions of AVX). About 40 instructions a block
/// against about 150.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
#[inline]
fn candidates64_avx2(block: &[u8; 64], prev_alnum: bool, classes: &ScanClasses) -> u64 {
    let low = classes32(block[..32].try_into().expect("32 bytes"), classes);
    let high = classes32(block[32..].try_into().expect("32 bytes"), classes);
    starts64(low, high, prev_alnum)
}

/// The candidate mask of 64 bytes from the [`START`] and [`ALNUM`] masks
/// of their two halves: a start whose byte before (in the block, or
/// `prev_alnum` for the first) is no letter or digit.
#[inline(always)]
fn starts64((s0, a0): (u32, u32), (s1, a1): (u32, u32), prev_alnum: bool) -> u64 {
    let start = u64::from(s0) | u64::from(s1) << 32;
    let alnum = u64::from(a0) | u64::from(a1) << 32;
    start & !(alnum << 1 | u64::from(prev_alnum))
}

/// [`candidates64_avx2`] with a `t` a start only where "he " follows it,
/// and then a byte that may follow "the " in an alias
/// ([`ScanClasses::after_the`]; bytes 64 to 67 of `block` are the four
/// after the 64 tested): when no
/// alias starts with `t` but "the " ([`AliasTrie::t_is_the`]), the other
/// lowercase `t` words ("to", "that", "they": about 52,000 of the 209,000
/// possible starts of a pass over train) are dropped here, for three more
/// loads, compares and `and`s a 32 bytes, not at about 30 instructions each
/// in the scan loop.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
#[inline]
fn candidates64_avx2_the(block: &[u8; 68], prev_alnum: bool, classes: &ScanClasses) -> u64 {
    let low = classes32_the(block[..36].try_into().expect("36 bytes"), classes);
    let high = classes32_the(block[32..].try_into().expect("36 bytes"), classes);
    starts64(low, high, prev_alnum)
}

/// [`classes32`] of the first 32 bytes of `block`, with a `t` in the
/// starts only where "he " follows it, and not where a byte of
/// [`ScanClasses::after_the`] follows that (a lowercase letter that no
/// alias has after "the "; the four bytes after the 32 are read for
/// that).
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
#[inline]
fn classes32_the(block: &[u8; 36], classes: &ScanClasses) -> (u32, u32) {
    use std::arch::x86_64::{
        __m256i, _mm256_and_si256, _mm256_cmpeq_epi8, _mm256_loadu_si256, _mm256_set1_epi8,
        _mm256_setzero_si256,
    };
    let p = block.as_ptr();
    // SAFETY: each load reads 32 bytes from offset 0 to 4 of the 36 of
    // `block` (unaligned).
    let [x, x1, x2, x3, x4] =
        [0, 1, 2, 3, 4].map(|k| unsafe { _mm256_loadu_si256(p.add(k).cast::<__m256i>()) });
    let is = |v: __m256i, b: u8| _mm256_cmpeq_epi8(v, _mm256_set1_epi8(b as i8));
    let t = _mm256_and_si256(
        _mm256_and_si256(is(x, b't'), is(x1, b'h')),
        _mm256_and_si256(is(x2, b'e'), is(x3, b' ')),
    );
    // The bytes after it that end it ([`ScanClasses::after_the`]): by the
    // tables of its two halves (`text::by_halves32`), as [`classes32_of`]
    // classifies.
    let [after_low, after_high] = &classes.after_the;
    let ends = crate::text::by_halves32(x4, after_low, after_high);
    let goes_on = _mm256_cmpeq_epi8(ends, _mm256_setzero_si256());
    classes32_of(x, _mm256_and_si256(t, goes_on), classes)
}

/// [`classes16`] for 32 bytes with AVX2.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
#[inline]
fn classes32(block: &[u8; 32], classes: &ScanClasses) -> (u32, u32) {
    use std::arch::x86_64::{_mm256_cmpeq_epi8, _mm256_loadu_si256, _mm256_set1_epi8};
    // SAFETY: the load reads the 32 bytes of `block` (unaligned).
    let x = unsafe { _mm256_loadu_si256(block.as_ptr().cast()) };
    classes32_of(
        x,
        _mm256_cmpeq_epi8(x, _mm256_set1_epi8(b't' as i8)),
        classes,
    )
}

/// The [`START`] and [`ALNUM`] masks of the 32 bytes `x` (see
/// [`classes16`]), with `t` the bytes `t` that count as starts; with
/// `ScanClasses::ALL` (the tables as they are, for the tests), a byte is
/// a start as [`BYTE_CLASS`] has it, with
/// a gazetteer's [`ScanClasses`] only if some of its aliases may start
/// with it.
///
/// Each byte's class is looked up by its two halves
/// ([`crate::text::by_halves32`]), a
/// `vpshufb` on a table of sixteen for each half (`classes.low` and
/// `classes.high`), and
/// the two answers are `and`ed: one bit of [`NIBBLE_LOW`] and
/// [`NIBBLE_HIGH`] for each of the six ranges, a lowercase letter from
/// `a` to `o` or from `p` to `z`, a digit, a capital from `A` to `O` or
/// from `P` to `Z`, a lead byte (from 0xC0), at most one of them set. The
/// letters and digits are the classes above 0 as signed bytes (the lead
/// byte's bit is the sign), the starts the classes above 16 (the
/// capitals, and the digits that have bit 3 besides their bit 4), the
/// lead bytes and `t`.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
#[inline]
fn classes32_of(
    x: std::arch::x86_64::__m256i,
    t: std::arch::x86_64::__m256i,
    classes: &ScanClasses,
) -> (u32, u32) {
    use std::arch::x86_64::{
        _mm256_cmpgt_epi8, _mm256_movemask_epi8, _mm256_or_si256, _mm256_set1_epi8,
        _mm256_setzero_si256,
    };
    let class = crate::text::by_halves32(x, &classes.low, &classes.high);
    let alnum = _mm256_cmpgt_epi8(class, _mm256_setzero_si256());
    let start = _mm256_or_si256(
        _mm256_cmpgt_epi8(class, _mm256_set1_epi8(16)),
        _mm256_or_si256(class, t),
    );
    (
        _mm256_movemask_epi8(start) as u32,
        _mm256_movemask_epi8(alnum) as u32,
    )
}

/// The classes of [`classes32_of`] a byte's low half allows: bits 0 and 5
/// from 1 (`a`..`o`, `A`..`O`), bits 1 and 6 up to 10 (`p`..`z`,
/// `P`..`Z`), bits 3 and 4 up to 9 (`0`..`9`: bit 4 a digit, bit 3 a
/// digit that is a start), bit 7 always (lead bytes).
#[cfg_attr(not(target_arch = "x86_64"), allow(dead_code))]
static NIBBLE_LOW: [u8; 16] = {
    let mut t = [0u8; 16];
    let mut k = 0;
    while k < 16 {
        let mut c = 0x80;
        if k >= 1 {
            c |= 0x21;
        }
        if k <= 10 {
            c |= 0x42;
        }
        if k <= 9 {
            c |= 0x18;
        }
        t[k] = c;
        k += 1;
    }
    t
};

/// The classes of [`classes32_of`] a byte's high half allows: 3 digits
/// (bits 3 and 4), 4 and 5 capitals (bits 5 and 6), 6 and 7 lowercase
/// letters (bits 0 and 1), 0xC to 0xF lead bytes (bit 7).
#[cfg_attr(not(target_arch = "x86_64"), allow(dead_code))]
static NIBBLE_HIGH: [u8; 16] = [
    0, 0, 0, 0x18, 0x20, 0x40, 0x01, 0x02, 0, 0, 0, 0, 0x80, 0x80, 0x80, 0x80,
];

/// The class tables of the AVX2 scan ([`classes32_of`]) for one
/// gazetteer: a byte that no alias starts with finds no mention, so it
/// need be no possible start, and its lookup is saved. Of [`NIBBLE_LOW`]
/// and [`NIBBLE_HIGH`], a digit keeps its start bit (3) only when some
/// alias starts with it (its bit 4, a letter or digit before a start,
/// stays), and the lead byte's bit (7) is kept only for the low and the
/// high halves of the lead bytes some alias starts with (so the lead
/// bytes left are those whose two halves are each some such byte's: all
/// of them, maybe more). With the default gazetteer (whose aliases start
/// with no digit but 1 and 5, and with no lead byte but 0xC3 and 0xC4),
/// this drops about 9,400 lead bytes of punctuation (curly quotes,
/// dashes) and 6,100 digits a pass over train from the starts; none of
/// them could find a mention.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "x86_64"), allow(dead_code))]
struct ScanClasses {
    /// The table of the low halves.
    low: [u8; 16],
    /// The table of the high halves.
    high: [u8; 16],
    /// The tables of the low and the high halves of the bytes after "the "
    /// that make its `t` no start ([`classes32_the`]): a nonzero `and` of
    /// the two for each lowercase letter that no alias has there (bit 0
    /// for `a` to `o`, bit 1 for `p` to `z`), when no alias is "the " or
    /// a prefix of it ([`AliasTrie::lowercase_after_the`]); zero for
    /// every byte when some alias is. ("the company", "the first": about
    /// 22,000 starts a pass over train, each a lookup that found no
    /// alias.)
    after_the: [[u8; 16]; 2],
}

#[cfg_attr(not(target_arch = "x86_64"), allow(dead_code))]
impl ScanClasses {
    /// Every byte [`BYTE_CLASS`] has as a [`START`] (the tables as they
    /// are).
    #[cfg(test)]
    const ALL: ScanClasses = ScanClasses {
        low: NIBBLE_LOW,
        high: NIBBLE_HIGH,
        after_the: [[0; 16]; 2],
    };

    /// The classes for the patterns of `trie` (whose first bytes it
    /// tells, [`AliasTrie::starts_with`]).
    fn new(trie: &AliasTrie) -> ScanClasses {
        let mut low = NIBBLE_LOW.map(|c| c & !0x88);
        let mut high = NIBBLE_HIGH.map(|c| c & 0x7f);
        for b in (b'0'..=b'9').filter(|&b| trie.starts_with(b)) {
            low[usize::from(b & 15)] |= 0x08;
        }
        for b in (0xC0..=0xFFu8).filter(|&b| trie.starts_with(b)) {
            low[usize::from(b & 15)] |= 0x80;
            high[usize::from(b >> 4)] |= 0x80;
        }
        let mut after_the = [[0u8; 16]; 2];
        if let Some(kept) = trie.lowercase_after_the() {
            after_the[1][6] = 1;
            after_the[1][7] = 2;
            for c in (b'a'..=b'z').filter(|c| kept >> (c - b'a') & 1 == 0) {
                after_the[0][usize::from(c & 15)] |= if c < 0x70 { 1 } else { 2 };
            }
        }
        ScanClasses {
            low,
            high,
            after_the,
        }
    }
}

/// [`candidates`] for sixteen bytes with SSE2 (part of every x86-64
/// processor): bit `k` set when byte `k` may start an alias.
#[cfg(target_arch = "x86_64")]
#[inline]
fn candidates16(block: &[u8; 16], prev_alnum: bool) -> u32 {
    let (start, alnum) = classes16(block);
    start & !(alnum << 1 | u32::from(prev_alnum))
}

/// The [`START`] and [`ALNUM`] bytes of sixteen bytes as two bit masks
/// (bit `k` for byte `k`), with SSE2.
#[cfg(target_arch = "x86_64")]
#[inline]
fn classes16(block: &[u8; 16]) -> (u32, u32) {
    use crate::text::bytes_in_range;
    use std::arch::x86_64::{
        _mm_cmpeq_epi8, _mm_loadu_si128, _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8,
    };
    // SAFETY: SSE2 is always available on x86-64; the load reads the
    // sixteen bytes of `block` (unaligned), the rest works on registers.
    unsafe {
        let x = _mm_loadu_si128(block.as_ptr().cast());
        let upper = bytes_in_range(x, b'A', b'Z');
        let digit = bytes_in_range(x, b'0', b'9');
        let lower = bytes_in_range(x, b'a', b'z');
        let t = _mm_cmpeq_epi8(x, _mm_set1_epi8(b't' as i8));
        // Lead bytes of characters of two or more bytes from U+0080.
        let lead = bytes_in_range(x, 0xC0, 0xFF);
        let upper_digit = _mm_or_si128(upper, digit);
        let start = _mm_or_si128(upper_digit, _mm_or_si128(t, lead));
        let alnum = _mm_or_si128(upper_digit, lower);
        (
            _mm_movemask_epi8(start) as u32,
            _mm_movemask_epi8(alnum) as u32,
        )
    }
}

/// Whether `start..end` in `bytes` is a whole word: no letter or digit on
/// either side.
pub fn is_word_boundary(bytes: &[u8], start: usize, end: usize) -> bool {
    let before_ok = start == 0 || {
        let s = &bytes[..start];
        !ends_with_word_char(s)
    };
    before_ok && ends_word(bytes, end)
}

/// Whether no letter or digit follows `end` in `bytes` (the end of a
/// whole word). (Always inlined: the AVX2 scan, compiled with another
/// target feature, called it for each alias found, about 24,000 calls a
/// pass over train; a byte past ASCII still calls `starts_with_letter`.)
#[inline(always)]
fn ends_word(bytes: &[u8], end: usize) -> bool {
    end >= bytes.len() || {
        let b = bytes[end];
        !(b.is_ascii_alphanumeric() || b >= 0x80 && starts_with_letter(&bytes[end..]))
    }
}

/// Whether the bytes end with a letter or digit (any script).
pub fn ends_with_word_char(s: &[u8]) -> bool {
    let b = s[s.len() - 1];
    if b < 0x80 {
        return b.is_ascii_alphanumeric();
    }
    // U+2000..U+203F (E2 80 xx: dashes, curly quotation marks, spaces),
    // the most common non-ASCII characters before a word, hold no letter
    // or digit.
    if s.len() >= 3 && s[s.len() - 3] == 0xE2 && s[s.len() - 2] == 0x80 {
        return false;
    }
    // Find the start of the last UTF-8 character.
    let mut i = s.len() - 1;
    while i > 0 && (s[i] & 0xC0) == 0x80 {
        i -= 1;
    }
    std::str::from_utf8(&s[i..])
        .ok()
        .and_then(|c| c.chars().next())
        .is_some_and(|c| c.is_alphanumeric())
}

/// Whether the bytes start with a letter or digit (any script), for a
/// non-ASCII first byte.
fn starts_with_letter(s: &[u8]) -> bool {
    // U+2000..U+203F (E2 80 xx: dashes, curly quotation marks, spaces),
    // the most common non-ASCII characters after a word ("Obama’s"),
    // hold no letter or digit (as in [`ends_with_word_char`]): no
    // decoding and no Unicode table lookup.
    if s.starts_with(&[0xE2, 0x80]) {
        return false;
    }
    let n = s.len().min(4);
    for k in (1..=n).rev() {
        if let Ok(c) = std::str::from_utf8(&s[..k]) {
            return c.chars().next().is_some_and(|c| c.is_alphanumeric());
        }
    }
    false
}

#[cfg(test)]
mod scan_tests {
    use super::*;

    /// nicknames.csv opens with its header `names`, which the loader
    /// skips: its first row of names is "Michael|Mike|...".
    #[test]
    fn nicknames_header_is_names() {
        let mut lines = data_lines(NICKNAMES);
        assert_eq!(lines.next(), Some("names"));
        assert!(lines.next().is_some_and(|l| l.starts_with("Michael|")));
    }

    #[test]
    fn general_punctuation_ends_and_starts_no_word() {
        for c in '\u{2000}'..='\u{203F}' {
            assert!(!c.is_alphanumeric(), "{c:?}");
            let t = format!("ab{c}");
            assert!(!ends_with_word_char(t.as_bytes()), "{c:?}");
            let t = format!("{c}ab");
            assert!(!starts_with_letter(t.as_bytes()), "{c:?}");
        }
        assert!(ends_with_word_char("Müller".as_bytes()));
        assert!(ends_with_word_char("x\u{2071}".as_bytes()));
        assert!(starts_with_letter("\u{2071}x".as_bytes()));
        assert!(starts_with_letter("Ünal".as_bytes()));
    }

    /// The possible starts `mask` finds in random blocks of `N` bytes
    /// (half from a few interesting bytes) after various bytes, against
    /// the class table.
    #[cfg(target_arch = "x86_64")]
    fn agrees_with_the_class_table<const N: usize>(
        rounds: usize,
        mask: impl Fn(&[u8; N], bool) -> u64,
    ) {
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        for round in 0..rounds {
            let mut block = [0u8; N];
            for b in block.iter_mut() {
                crate::next_random(&mut seed);
                *b = if round % 2 == 0 {
                    b"aZt0 9\xC3\xE2\x80\xBF\xC0\xFF@[`{/:"[(seed % 18) as usize]
                } else {
                    seed as u8
                };
            }
            for prev in [b' ', b'a', b'Z', b'5', 0xC3, 0x80] {
                let m = mask(&block, BYTE_CLASS[prev as usize] & ALNUM != 0);
                let mut p = prev;
                for (k, &b) in block.iter().enumerate() {
                    let want =
                        BYTE_CLASS[b as usize] & START != 0 && BYTE_CLASS[p as usize] & ALNUM == 0;
                    assert_eq!(m >> k & 1 == 1, want, "{block:?} {prev} at {k}");
                    p = b;
                }
                assert!(N == 64 || m >> N == 0);
            }
        }
    }

    #[cfg(target_arch = "x86_64")]
    #[test]
    fn sse2_candidates_agree_with_the_class_table() {
        agrees_with_the_class_table::<16>(20_000, |b, prev| u64::from(candidates16(b, prev)));
        agrees_with_the_class_table::<64>(5_000, candidates64);
        if std::arch::is_x86_feature_detected!("avx2") {
            // SAFETY: the processor has AVX2 (just detected).
            agrees_with_the_class_table::<64>(5_000, |b, prev| unsafe {
                candidates64_avx2(b, prev, &ScanClasses::ALL)
            });
        }
    }

    /// [`candidates64_avx2_the`]: the class table's starts of the first 64
    /// bytes, but a `t` only before "he ", on random blocks of 68 bytes
    /// made of pieces of "the " and other bytes.
    #[cfg(target_arch = "x86_64")]
    #[test]
    fn avx2_the_candidates_agree_with_the_class_table() {
        if !std::arch::is_x86_feature_detected!("avx2") {
            return;
        }
        let pieces: [&[u8]; 12] = [
            b"the ",
            b"t",
            b"he ",
            b"th",
            b"e",
            b" ",
            b"The ",
            b"thE ",
            b"the\n",
            b"a",
            b"\xC3\xA9",
            b"9",
        ];
        let mut seed = 0x7468_6520_0000_0001u64;
        let mut kept = 0;
        for _ in 0..20_000 {
            let mut block = [0u8; 68];
            let mut k = 0;
            while k < 68 {
                crate::next_random(&mut seed);
                let p = pieces[(seed % pieces.len() as u64) as usize];
                let n = p.len().min(68 - k);
                block[k..k + n].copy_from_slice(&p[..n]);
                k += n;
            }
            for prev in [b' ', b'a'] {
                let prev_alnum = BYTE_CLASS[prev as usize] & ALNUM != 0;
                // SAFETY: the processor has AVX2 (just detected).
                let m = unsafe { candidates64_avx2_the(&block, prev_alnum, &ScanClasses::ALL) };
                let mut p = prev;
                for k in 0..64 {
                    let b = block[k];
                    let start =
                        BYTE_CLASS[b as usize] & START != 0 && BYTE_CLASS[p as usize] & ALNUM == 0;
                    let want = start && (b != b't' || block[k + 1..].starts_with(b"he "));
                    kept += usize::from(want && b == b't');
                    assert_eq!(m >> k & 1 == 1, want, "{block:?} {prev} at {k}");
                    p = b;
                }
            }
        }
        assert!(kept > 1000, "{kept}");
    }

    /// The AVX2 masks with a gazetteer's [`ScanClasses`]: the starts of
    /// [`ScanClasses::ALL`] less some of those whose byte no alias of the
    /// gazetteer starts with (none of the others), on random blocks of
    /// bytes, for gazetteers whose aliases start with a digit or not, and
    /// with lead bytes of one or more high halves or none; and the bytes
    /// dropped by the default gazetteer's classes are digits and lead
    /// bytes that start none of its aliases, 0xE2 and `0` among them.
    #[cfg(target_arch = "x86_64")]
    #[test]
    fn gazetteer_classes_drop_only_bytes_no_alias_starts_with() {
        if !std::arch::is_x86_feature_detected!("avx2") {
            return;
        }
        let default = Gazetteer::default_data().unwrap();
        let gazetteers = [
            default,
            two_companies("Acme Group|ACME|A", "Acme Bank|the bank"),
            two_companies("Acme Group|3M|Łódź Bank", "Acme Bank|Ωmega|Émile"),
            two_companies("Acme Group|Ďas", "Acme Bank|ЖК Bank|7-Eleven|中国银行"),
        ];
        let dropped: Vec<u8> = (0..=255u8)
            .filter(|&b| {
                let block = [b; 64];
                // SAFETY: the processor has AVX2 (just detected).
                let m = unsafe { candidates64_avx2(&block, false, &gazetteers[0].classes) };
                BYTE_CLASS[b as usize] & START != 0 && m & 1 == 0
            })
            .collect();
        for &b in &dropped {
            assert!(b.is_ascii_digit() || b >= 0xC0, "{b}");
            assert!(!gazetteers[0].trie.starts_with(b), "{b}");
        }
        // (The curly quotes' and dashes' lead byte, a digit.)
        assert!(dropped.contains(&0xE2) && dropped.contains(&b'0'));
        let mut seed = 0x5ca1_ab1e_0000_0001u64;
        for round in 0..20_000 {
            let mut block = [0u8; 68];
            for b in block.iter_mut() {
                crate::next_random(&mut seed);
                *b = if round % 2 == 0 {
                    b"aZt0 9\xC3\xC5\xCE\xD0\xE4\xE2\x80\xBF\xC0\xFFhe @"[(seed % 20) as usize]
                } else {
                    seed as u8
                };
            }
            for g in &gazetteers {
                for prev in [false, true] {
                    // SAFETY: the processor has AVX2 (just detected).
                    let pairs = unsafe {
                        [
                            (
                                candidates64_avx2(
                                    block[..64].try_into().unwrap(),
                                    prev,
                                    &g.classes,
                                ),
                                candidates64_avx2(
                                    block[..64].try_into().unwrap(),
                                    prev,
                                    &ScanClasses::ALL,
                                ),
                            ),
                            (
                                candidates64_avx2_the(&block, prev, &g.classes),
                                candidates64_avx2_the(&block, prev, &ScanClasses::ALL),
                            ),
                        ]
                    };
                    for (m, all) in pairs {
                        assert_eq!(m & !all, 0, "{block:?}");
                        for k in 0..64 {
                            // (A `t` before "he " and a lowercase letter that
                            // follows "the " in no alias may be dropped.)
                            let after = block[k + 4];
                            let the_lower = block[k..].starts_with(b"the ")
                                && after.is_ascii_lowercase()
                                && g.trie
                                    .lowercase_after_the()
                                    .is_some_and(|m| m >> (after - b'a') & 1 == 0);
                            if all >> k & 1 == 1 && g.trie.starts_with(block[k]) && !the_lower {
                                assert_eq!(m >> k & 1, 1, "{block:?} at {k}");
                            }
                        }
                    }
                }
            }
        }
    }

    /// The default gazetteer's AVX2 scan drops a `t` before "he " and a
    /// lowercase letter that no alias has after "the " ("the zoo"), and
    /// keeps it before those that some alias has ("the government of
    /// Albania", "the court is organized ...", "the provisional
    /// constitution ...") and before any other byte ("the Kremlin"); the
    /// tables of every byte drop none.
    #[cfg(target_arch = "x86_64")]
    #[test]
    fn the_before_a_lowercase_letter_no_alias_has_is_no_start() {
        if !std::arch::is_x86_feature_detected!("avx2") {
            return;
        }
        let g = Gazetteer::default_data().unwrap();
        let kept = |c: u8| 1 << (c - b'a');
        assert_eq!(
            g.trie.lowercase_after_the(),
            Some(kept(b'c') | kept(b'g') | kept(b'p'))
        );
        for (text, kept) in [
            ("the zoo", false),
            ("the first", false),
            ("the army", false),
            ("the officials", false),
            ("the government", true),
            ("the court", true),
            ("the president", true),
            ("the Kremlin", true),
            ("the 1990s", true),
            ("the \"best\"", true),
        ] {
            // (At offset 0 and at 40: both halves of the block.)
            for at in [0, 40] {
                let mut block = [b' '; 68];
                block[at..at + text.len()].copy_from_slice(text.as_bytes());
                // SAFETY: the processor has AVX2 (just detected).
                let (m, all) = unsafe {
                    (
                        candidates64_avx2_the(&block, false, &g.classes),
                        candidates64_avx2_the(&block, false, &ScanClasses::ALL),
                    )
                };
                assert_eq!(m >> at & 1 == 1, kept, "{text} at {at}");
                assert_eq!(all >> at & 1, 1, "{text} at {at}");
            }
        }
    }

    #[test]
    fn byte_bits_gathers_bit_seven_of_each_byte() {
        // Every one of the 256 patterns of eight bit-7s, one bit a byte.
        for bits in 0..=255u64 {
            let x = (0..8)
                .filter(|k| bits >> k & 1 == 1)
                .fold(0u64, |x, k| x | 0x80 << (8 * k));
            assert_eq!(byte_bits(x), bits, "{x:#018x}");
        }
    }

    #[test]
    fn candidate_mask_agrees_with_the_class_table() {
        let bytes: Vec<u8> = (0..=255u8).collect();
        let check = |block: [u8; 8], prev: u8| {
            let m = candidates(
                u64::from_le_bytes(block),
                BYTE_CLASS[prev as usize] & ALNUM != 0,
            );
            let mut p = prev;
            for (k, &b) in block.iter().enumerate() {
                let want =
                    BYTE_CLASS[b as usize] & START != 0 && BYTE_CLASS[p as usize] & ALNUM == 0;
                assert_eq!(m >> (8 * k + 7) & 1 == 1, want, "{block:?} {prev} at {k}");
                assert_eq!(m >> (8 * k) & 0x7f, 0);
                p = b;
            }
        };
        for &a in &bytes {
            for &b in &bytes {
                check([a, b, b'x', b't', b'T', b' ', 0xC3, 0x80], a);
                check([b'a', a, b, b' ', b'9', a, 0xE2, b], b);
            }
        }
    }

    /// A gazetteer of two companies, Acme Group (USA) and Acme Bank (GBR),
    /// with these aliases.
    fn two_companies(group: &str, bank: &str) -> Gazetteer {
        let mut b = load::GazetteerBuilder::new();
        let csv = format!(
            "id,name,type,aliases,country\n\
             org:a,Acme Group,company,{group},USA\n\
             org:b,Acme Bank,company,{bank},GBR\n"
        );
        b.add_file("organizations.csv", "organizations.csv", &csv)
            .unwrap();
        b.build().unwrap()
    }

    /// The texts of the mentions found in `t`.
    fn found<'t>(g: &Gazetteer, t: &'t str) -> Vec<&'t str> {
        g.find_mentions(t)
            .iter()
            .map(|m| &t[m.start..m.end])
            .collect()
    }

    /// The scan of [`Gazetteer::find_mentions_into`] one byte at a time:
    /// every possible alias start in order, from the end of the last
    /// mention found.
    fn mentions_byte_by_byte(g: &Gazetteer, text: &str) -> Vec<Mention> {
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            let start = BYTE_CLASS[bytes[i] as usize] & START != 0
                && (i == 0 || BYTE_CLASS[bytes[i - 1] as usize] & ALNUM == 0);
            if start {
                let home = g.trie.prefetch(&bytes[i..]);
                // SAFETY: no SSSE3 asked for; `i < bytes.len()`.
                if let Some(len) = unsafe { g.mention_at::<false>(bytes, i, home, &mut out) } {
                    i += len;
                    continue;
                }
            }
            i += 1;
        }
        out
    }

    #[test]
    fn block_scan_finds_what_a_byte_scan_finds() {
        // Every alias in `t` starts with "the " (the AVX2 scan drops the
        // other `t` starts), and in the second one does not.
        let the = two_companies(
            "Acme Group|ACME|the Acme Agency|A|Acme Group of Tea|the Acme Agency of Acme Group of Tea of the Acme Agency|the Acme Agency of Acme Group of Tea of the Acme Agency of Acme Group of Tea of the Acme Agency of Acme Group of Tea and Acme Bank and ACME",
            "Acme Bank|Zoë Bank|the bank of Acme|3M|Ém",
        );
        let tea = two_companies(
            "Acme Group|ACME|the Acme Agency|A|Acme Group of Tea|tea",
            "Acme Bank|Zoë Bank|the bank of Acme|3M|Ém|thebank",
        );
        // No alias starts with a digit or a lead byte (the AVX2 scan drops
        // those starts), and another with other lead bytes.
        let plain = two_companies(
            "Acme Group|ACME|the Acme Agency|A|Acme Group and the Acme Agency and the bank of Acme with Acme Group and the Acme Agency and the bank of Acme",
            "Acme Bank|the bank of Acme",
        );
        let lead = two_companies("Acme Group|ACME|Ωmega|Łódź", "Acme Bank|“Acme”|Émile|3M");
        assert!(the.trie.t_is_the() && !tea.trie.t_is_the());
        let pieces = [
            "Acme Group",
            "ACME",
            "the Acme Agency",
            "the bank of Acme",
            "Acme Bank",
            "A",
            "3M",
            "Zoë Bank",
            "Ém",
            " of Tea",
            "The ",
            "t",
            "the ",
            "é",
            "Müller",
            " ",
            ",",
            "“",
            "”",
            "x",
            "9",
            "-",
            "\n",
            "Acme",
            "ACMEs",
            "xACME",
            "tea",
            "thebank",
            "the\n",
            "Ωmega",
            "Łódź",
            "“Acme”",
            "Émile",
            "42",
            "the Acme Agency of Acme Group of Tea of the Acme Agency",
            // (Aliases longer than a block, of 139 and 108 bytes: a
            // mention over the whole next block.)
            "the Acme Agency of Acme Group of Tea of the Acme Agency of Acme Group of Tea of the Acme Agency of Acme Group of Tea and Acme Bank and ACME",
            "Acme Group and the Acme Agency and the bank of Acme with Acme Group and the Acme Agency and the bank of Acme",
        ];
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for round in 0..4_000 {
            // Now and then a text of several blocks of 64 bytes (a
            // mention that reaches past its block, or over the whole next
            // one, decides where the next block starts; the longest
            // aliases are over 64 bytes).
            let long = round % 8 == 0;
            let t = crate::random_text(&mut seed, &pieces, if long { 150 } else { 24 });
            // Every suffix, so the blocks fall at every offset (of a long
            // text the first 70, every offset in a block).
            for (k, _) in t.char_indices().take(if long { 70 } else { usize::MAX }) {
                let s = &t[k..];
                for g in [&the, &tea, &plain, &lead] {
                    let want = mentions_byte_by_byte(g, s);
                    assert_eq!(g.find_mentions(s), want, "{s:?}");
                    // The SSE2 scan too, where `find_mentions` takes AVX2.
                    let mut sse2 = Vec::new();
                    // SAFETY: no AVX2 asked for.
                    unsafe { g.scan::<false>(s, &mut sse2) };
                    assert_eq!(sse2, want, "{s:?}");
                }
            }
        }
        assert_eq!(
            found(
                &the,
                "ACME and the Acme Agency met Acme Group of Tea and 3M."
            ),
            ["ACME", "the Acme Agency", "Acme Group of Tea", "3M"]
        );
    }

    #[test]
    fn office_indexes_agree_with_a_scan_of_the_offices() {
        let g = Gazetteer::default_data().unwrap();
        let offices = g.offices();
        let holders = |role: &str, country: &str, date: Option<&str>| {
            offices::tests::holders_by_scan(offices, role, country, date)
        };
        let held = |p: usize, role: &str, country: Option<&str>| {
            offices
                .iter()
                .any(|o| o.person == p && o.role == role && country.is_none_or(|c| o.country == c))
        };
        let mut keys: Vec<(&str, &str)> = offices
            .iter()
            .map(|o| (o.role.as_str(), o.country.as_str()))
            .collect();
        keys.extend([
            ("", ""),
            ("president", ""),
            ("president", "ZZZ"),
            ("zzz", "USA"),
        ]);
        for &(role, country) in &keys {
            for date in [
                None,
                Some("2016-11-08"),
                Some("1990-01-01"),
                Some(""),
                Some("2017-01-20"),
                Some("2017-01-20T12:00:00Z"),
                Some("2017-01"),
                Some("2017/01/20"),
            ] {
                assert_eq!(
                    g.holders(role, country, date),
                    holders(role, country, date),
                    "{role} {country} {date:?}"
                );
            }
            assert_eq!(
                g.has_office(role, country),
                !holders(role, country, None).is_empty()
            );
        }
        for o in offices {
            for p in [o.person, o.person + 1, o.person.saturating_sub(1)] {
                for (role, country) in [
                    (o.role.as_str(), Some(o.country.as_str())),
                    (o.role.as_str(), None),
                    ("president", Some("USA")),
                    ("", None),
                ] {
                    assert_eq!(
                        g.held(p, role, country),
                        held(p, role, country),
                        "{p} {role} {country:?}"
                    );
                    // Any of several roles: one scan, the same answer as
                    // each role asked alone.
                    let roles = [role, "president", "prime minister"];
                    assert_eq!(
                        g.held_any_of(p, &roles, country),
                        roles.iter().any(|r| held(p, r, country)),
                        "{p} {roles:?} {country:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn role_start_filter_keeps_every_role_the_search_finds() {
        let pieces = [
            " ",
            "-",
            "the ",
            "The ",
            "a ",
            "Russia's ",
            "foreign ",
            "Foreign ",
            "minister",
            "MINISTER",
            "prime ",
            "PM",
            "pm",
            "Pm",
            "sen.",
            "Sen.",
            "rep.",
            "king",
            "ex",
            "vice",
            "president",
            "President-elect",
            "spokesman",
            "for ",
            "of ",
            "state",
            "u.n. ",
            "U.N. ",
            "ambassador",
            "Kühn",
            "é",
            "—",
            "“",
            "x",
            "judge",
            "1",
            "speaker",
            "development",
            "chief",
            "’s ",
        ];
        let g = Gazetteer::default_data().unwrap();
        // And a gazetteer with forms of one to three bytes and one whose
        // first word ends at a byte that is not ASCII; and one with a form
        // that starts with no ASCII letter (searched always).
        let build = |forms: &str| {
            let mut b = load::GazetteerBuilder::new();
            b.add_file(
                "roles.csv",
                "roles.csv",
                &format!("role,forms\nx,{forms}\n"),
            )
            .unwrap();
            b.build().unwrap()
        };
        let small = build("q|pm|ab.|kühn|minister");
        let odd = build("q|é|minister");
        assert!(odd.role_starts.always && !small.role_starts.always);
        // Whether at some word start (found one byte at a time) the run of
        // ASCII letters and digits is, in either case, the first word of a
        // form of `g` of one word, or is followed as a form's first word
        // is by the same byte and second word: then `may_start` must let
        // the phrase through.
        let first_word = |g: &Gazetteer, phrase: &[u8]| {
            let word = |b: &[u8]| -> Vec<u8> {
                b.iter()
                    .take_while(|c| c.is_ascii_alphanumeric())
                    .map(u8::to_ascii_lowercase)
                    .collect()
            };
            // A form's first word, its next byte and second word.
            let words = |b: &[u8]| {
                let w = word(b);
                let next = b.get(w.len()).copied();
                let second = next.map(|_| word(&b[w.len() + 1..]));
                (w, next, second)
            };
            let forms: Vec<_> = g.role_forms.iter().map(|f| words(f.0.as_bytes())).collect();
            let mut start = true;
            for (i, &c) in phrase.iter().enumerate() {
                if start {
                    let (w, next, second) = words(&phrase[i..]);
                    if forms
                        .iter()
                        .any(|f| f.0 == w && (f.1.is_none() || (f.1, &f.2) == (next, &second)))
                    {
                        return true;
                    }
                }
                start = !c.is_ascii_alphanumeric();
            }
            false
        };
        let mut seed = 0x2010_1e57_a475_0001u64;
        let mut found = 0;
        let mut skipped = 0;
        for _ in 0..20_000 {
            let t = crate::random_text(&mut seed, &pieces, 8);
            for g in [&g, &small, &odd] {
                let may = g.role_starts.may_start(t.as_bytes());
                if !may {
                    assert!(!first_word(g, t.as_bytes()), "{t:?}");
                    skipped += 1;
                }
                let want = g.search_role(&t);
                found += usize::from(want.is_some());
                assert_eq!(g.find_role(&t), want, "{t:?}");
            }
        }
        assert!(skipped > 1000, "{skipped}");
        assert!(found > 1000, "{found}");
        // And it rejects the common phrases with no role.
        for t in [
            "officials",
            "a spokesman for the company",
            "Ms. Kühn's aide",
            "",
            "Republicans",
            "some Democrats",
            "the statement",
            "Ms. Epstein",
            "the presidency",
            "Republican leaders",
            "the State of the Union",
        ] {
            assert!(!g.role_starts.may_start(t.as_bytes()), "{t:?}");
        }
        assert!(g.role_starts.may_start(b"the ex-PRIME minister"));
        assert!(g.role_starts.may_start(b"the PM"));
        assert!(g.role_starts.may_start(b"the Republican nominee"));
        assert!(g.role_starts.may_start(b"Sen. Smith"));
    }

    #[test]
    fn an_alias_text_shared_by_two_entries_stays_with_the_first() {
        let g = two_companies("Acme Group|ACME|the Acme Agency", "Acme Bank|ACME");
        let name = |hits: Vec<(usize, AliasKind)>| -> Vec<String> {
            hits.iter()
                .map(|&(e, _)| g.entity(e).name.clone())
                .collect()
        };
        assert_eq!(name(g.lookup_alias("ACME")), ["Acme Group"]);
        assert_eq!(name(g.lookup_alias("Acme Bank")), ["Acme Bank"]);
        assert_eq!(name(g.lookup_alias("The Acme Agency")), ["Acme Group"]);
        assert!(g.lookup_alias("Acme").is_empty());
        for a in [
            "ACME",
            "Acme Bank",
            "The Acme Agency",
            "the Acme Agency",
            "Acme",
            "The ",
            "",
        ] {
            let mut hits: Vec<_> = Vec::new();
            for h in g.alias_hits(a) {
                if !hits.contains(&h) {
                    hits.push(h);
                }
            }
            assert_eq!(hits, g.lookup_alias(a), "{a}");
        }
        // Acme Group, ACME, the/The Acme Agency, Acme Bank.
        assert_eq!(g.alias_count(), 5);
        assert_eq!(
            found(
                &g,
                "Shares of ACME fell; The Acme Agency and Acme Bank said."
            ),
            ["ACME", "The Acme Agency", "Acme Bank"]
        );
    }
}

#[cfg(test)]
mod party_tests {
    use super::*;

    /// The party data stays out of the entry (a side table by entity
    /// index): `Entity` is four strings and two one-byte fields, as
    /// before it (a bigger entry is dearer to copy on hot paths).
    #[test]
    fn entity_has_no_party_field() {
        assert_eq!(std::mem::size_of::<Entity>(), 4 * 24 + 8);
    }

    /// A given name no listed person has takes the census sex that
    /// `given_names.txt` writes beside it; names of either sex, here or
    /// abroad, and East Asian family names have none.
    #[test]
    fn given_names_have_their_census_sex() {
        let g = crate::gazetteer::load::GazetteerBuilder::with_defaults()
            .unwrap()
            .build()
            .unwrap();
        for name in ["Paula", "Diane", "Ana", "Olga", "Ingrid"] {
            assert_eq!(g.gender_of_first_name(name), Some(Gender::Female), "{name}");
            assert!(g.is_given_name(name), "{name}");
        }
        for name in ["Hans", "Ahmed", "Jose", "Carlos"] {
            assert_eq!(g.gender_of_first_name(name), Some(Gender::Male), "{name}");
        }
        // (The census's alone: a listed person may still give one, "Jean".)
        for name in [
            "Jordan", "Taylor", "Robin", "Jean", "Andrea", "Kim", "Lu", "Wei", "Leslie", "Ola",
            "Marian", "Avery", "Cameron", "Charlie", "Anh",
        ] {
            let sexed = |l: &str| l.split_once(' ').is_some_and(|(n, _)| n == name);
            assert!(!data_lines(GIVEN_NAMES).any(sexed), "{name}");
        }
        // The sex is no part of the name.
        assert!(!g.is_given_name("Paula f"));
    }

    /// `Gazetteer::party` reads the side table built from `people.csv`.
    #[test]
    fn party_of_a_person_from_the_side_table() {
        let g = crate::gazetteer::load::GazetteerBuilder::with_defaults()
            .unwrap()
            .build()
            .unwrap();
        let mcconnell = g.by_id("per:mitch-mcconnell").unwrap();
        let p = g.party(mcconnell).unwrap();
        assert_eq!((p.party, p.state), (b'R', Some(*b"KY")));
        assert_eq!(g.party(g.by_id("per:volodymyr-zelensky").unwrap()), None);
        assert_eq!(g.party(usize::MAX), None);
    }

    #[test]
    fn own_generation_is_the_suffix_of_an_alias_of_a_person() {
        let g = Gazetteer::default_data().unwrap();
        let biden = g.by_id("per:joe-biden").unwrap();
        assert!(g.own_generation(biden, "Jr."));
        assert!(g.own_generation(biden, "Jr"));
        assert!(!g.own_generation(biden, "Sr."));
        let weber = g.by_id("per:randy-weber").unwrap();
        assert!(g.own_generation(weber, "Sr."));
        let trump = g.by_id("per:donald-trump").unwrap();
        assert!(!g.own_generation(trump, "Jr."));
        assert!(!g.own_generation(usize::MAX, "Jr."));
    }
}
