//! Word tables of speaker resolution: titles, company suffixes, org words,
//! office nouns, pronouns, and the folded-key tables ([`WordTable`]) that
//! look them up in a few probes.

#[cfg(doc)]
use super::*;
use crate::gazetteer::COURTESY_TITLES;

/// Titles before a name: [`OWN_TITLE_WORDS`] and the courtesy titles
/// ([`COURTESY_TITLES`]: "Mr", "Mrs", "Ms", "Dr").
pub(super) const TITLE_WORDS: &[&str] = &concat_words::<
    { OWN_TITLE_WORDS.len() + COURTESY_TITLES.len() },
>(OWN_TITLE_WORDS, COURTESY_TITLES);

/// The titles of [`TITLE_WORDS`] other than the courtesy titles as
/// [`COURTESY_TITLES`] writes them (without a period): offices, and the
/// courtesy titles with their period ("Mr.", "Mrs.", "Ms.", "Dr.").
pub(super) const OWN_TITLE_WORDS: &[&str] = &[
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
    "Reverend",
    "Prof",
    "Cllr",
    "Dame",
    "Baroness",
    "Pastor",
    "Rabbi",
    "Imam",
    "Bishop",
    "Archbishop",
    // Clergy and school titles ("Father Gerald Murray", "Sister Simone
    // Campbell", "Principal Tom Harris", "Msgr. Kevin Sullivan").
    "Father",
    "Sister",
    "Deacon",
    "Monsignor",
    "Msgr.",
    "Principal",
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
    "Councilmember",
    // "Council Member Ydanis Rodriguez", "Board Member Ann Cole": the
    // two-word title as New York and school-board copy write it.
    "Member",
    "Alderwoman",
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
    // Ranks the segmenter keeps before a name ("Pvt. Daniel Okafor",
    // "Army Maj. Tom Vance", "Navy Cmdr. Ann Ruiz", "Brig. Gen. Karen
    // Holt").
    "Pvt.",
    "Maj.",
    "Cmdr.",
    "Brig.",
    // The grade of a rank ("Pvt. First Class Diego Marin", "Airman First
    // Class Ann Ruiz", "Sergeant First Class Tom Vale"): the words after
    // the last title are the name.
    "Class",
    "Gov",
    "Sen",
    "Rep",
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
    "Meteorologist",
    "Forecaster",
    "Scientist",
    "Researcher",
    "Analyst",
    "Strategist",
    "Spokesperson",
    "Professor",
    "Prof.",
    "Coach",
    "Founder",
    // The "co-" roles written before a name ("Co-author Helena Brandt",
    // "Cofounder Ann Lee"): one word each, the second part lowercase.
    "Co-author",
    "Coauthor",
    "Co-founder",
    "Cofounder",
    "Co-host",
    "Co-chair",
    "Editor",
    "Chairperson",
    "Chair",
    "Manager",
    "Whip",
    "Commissioner",
    // A clerk of a county or a city ("County Clerk Janet Pruitt", "City
    // Clerk Ann Cole"): the office's words are no part of the name.
    "Clerk",
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
    // A member of a hall of fame ("Hall of Famer Joe Namath", "Baseball
    // Hall of Famer Cal Ripken"): a title, the hall no organization that
    // speaks.
    "Famer",
    // Arts and school roles capitalized before a name in culture and
    // education copy ("Composer Hildur Magnusdottir", "Choreographer
    // Akram Patel", "Headteacher Sarah Okoro"): the name alone, even
    // when its first name is no census given name.
    "Composer",
    "Conductor",
    "Choreographer",
    "Playwright",
    "Poet",
    "Sculptor",
    "Photographer",
    "Curator",
    "Pianist",
    "Violinist",
    "Headteacher",
    "Headmaster",
    "Headmistress",
    // Positions of a team's players, capitalized before a name
    // ("Midfielder Emre Can", "Goalie Linus Ullmark", "Winger Mitch
    // Marner"): one list, the lowercase nouns of `speaker_nouns.csv`.
    "Pitcher",
    "Catcher",
    "Outfielder",
    "Quarterback",
    "Linebacker",
    "Striker",
    "Winger",
    "Midfielder",
    "Defender",
    "Defenceman",
    "Defenseman",
    "Goalkeeper",
    "Goaltender",
    "Goalie",
    "Skipper",
    "Columnist",
    // Members of a parliament or legislature ("Liberal MP Jane Doe", "NDP
    // MPP Mitzie Hunter", "Green MLA Adam Olsen"; MHA, MNA: Newfoundland's
    // and Quebec's) and Canadian police and council abbreviations ("Coun.
    // Brian Stone", "Cst. Jane Roy", "Supt. Tom Vale").
    "MP",
    "MPP",
    "MLA",
    "MHA",
    // Ireland's Dáil members ("Labour TD Ged Nash").
    "TD",
    "MNA",
    "Coun.",
    "Cst.",
    "Supt.",
    "Insp.",
    "Cpl.",
    // The abbreviations of "President" and "Attorney" the segmenter keeps
    // before a name ("Pres. Joe Biden", "Atty. Gen. Merrick Garland",
    // "then-Pres. Donald Trump").
    "Pres.",
    "Atty.",
    "Activist",
    "Lawyer",
    "Sheikh",
    "Emir",
    "Sultan",
    "Ayatollah",
    "Secretary-General",
    "Director-General",
    // Honorifics of Malaysian, South Asian and West and East African
    // copy ("Datuk Seri Anwar Ibrahim", "Shri Amit Shah", "Alhaji Atiku
    // Abubakar", "Hon. Justin Muturi", "Engr. Dave Umahi"). ("Tan Sri" and
    // "Puan Sri": `HONORIFIC_SRI` in names.rs; "Tan" and "Sri" alone are
    // names.)
    "Datuk",
    "Dato'",
    "Dato",
    "Datin",
    "Tun",
    "Seri",
    "Shri",
    "Smt.",
    "Alhaji",
    "Alhaja",
    "Hon.",
    "Engr.",
    // A Nigerian lawyer's title (the Philippine "Atty." is above), a
    // South Asian scholar's and a Malaysian royal one, and Ireland's head
    // and deputy head of government ("Barrister Femi Falana", "Maulana
    // Fazlur Rehman", "Tengku Zafrul Aziz", "Taoiseach Micheál Martin",
    // "Tánaiste Simon Harris", and as wires with no accents write it,
    // "Tanaiste Simon Harris").
    "Barrister",
    "Maulana",
    "Tengku",
    "Taoiseach",
    "Tánaiste",
    "Tanaiste",
    "the",
    "The",
    "of",
];

/// Last words of company names ("Nordwerk AG", "Toyota Motor Corp"): part
/// of [`is_org_word`], and what makes a name the gazetteer does not know
/// an antecedent of "the company".
pub(super) const COMPANY_SUFFIXES: &[&str] = &[
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
pub(super) const ORG_WORDS: &[&str] = &[
    "Department",
    "Ministry",
    "Committee",
    "Party",
    "Association",
    "Council",
    "Conference",
    "Convention",
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
    "Centers",
    "Centres",
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
    // Armed forces, armed groups and aid bodies ("the General Staff",
    // "U.S. Central Command", "the Rapid Support Forces", "the Islamic
    // Revolutionary Guard Corps", "the Qassam Brigades", "the Syrian
    // Observatory for Human Rights", "the Palestinian Red Crescent",
    // "the World Food Programme").
    "Staff",
    "Command",
    "Forces",
    "Corps",
    "Brigades",
    "Observatory",
    "Programme",
    "Crescent",
    // Guards ("the Coast Guard", "the National Guard", "the Border
    // Guard").
    "Guard",
    // Units of a body ("the Athletics Integrity Unit", "the Serious
    // Fraud Unit").
    "Unit",
];

/// Prepositions that make a following name an object, not the head, of a
/// speaker phrase ("a spokesman for Sen. Tom Briggs").
pub(super) const NAME_PREPOSITIONS: &[&str] = &[
    "by", "for", "of", "from", "at", "with", "to", "on", "about", "against", "like", "than",
];

/// Capitalized words that open a sentence before a name ("But Crawford,
/// who ...") and are not part of it.
pub(super) const OPENERS: &[&str] = &[
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
pub(super) const OFFICE_NOUNS: &[&str] = &[
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
];

/// Capitalized plural nouns for groups of people, not surnames ("...,"
/// Millennials say").
pub(super) const GROUP_PLURALS: &[&str] = &[
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

/// Chinese and Korean family names, lowercase and sorted: written first
/// ("Mao Ning", "Kim Jong Un"), so that a second reference by the family
/// name ("Mao said", "Kim said") is the first word of the full name, not
/// the last ([`super::Cands::by_first_family`]). (The common Mainland
/// pinyin and Korean romanized family names; Chung, Rhee, Yu, Choo,
/// Lai, Tsai, Chan, Ong, Lan and Lou added after the review of session
/// 63, rv188, found them missing in Korean, Taiwanese, Hong Kong and
/// Singapore copy.)
pub(super) const SURNAME_FIRST_FAMILIES: &[&str] = &[
    "ahn", "bae", "baek", "bai", "cai", "cao", "chan", "chen", "cheng", "cho", "choi", "choo",
    "chun", "chung", "cui", "deng", "ding", "dong", "du", "duan", "fan", "fang", "feng", "fu",
    "gao", "geng", "gong", "gu", "guo", "han", "hao", "heo", "hong", "hou", "hu", "hua", "huang",
    "hwang", "jang", "jeon", "jia", "jiang", "jin", "jung", "kang", "kim", "ko", "kong", "kwak",
    "kwon", "lai", "lan", "lee", "lei", "li", "liang", "liao", "lim", "lin", "liu", "long", "lou",
    "lu", "luo", "ma", "mao", "meng", "min", "moon", "nam", "ni", "noh", "oh", "ong", "pan",
    "park", "peng", "qi", "qian", "qin", "qiu", "ren", "rhee", "roh", "ryu", "seo", "shao", "shen",
    "shi", "shin", "son", "song", "su", "sun", "tan", "tang", "tian", "tsai", "wan", "wang", "wei",
    "woo", "wu", "xi", "xia", "xiao", "xie", "xiong", "xu", "xue", "yan", "yang", "yao", "ye",
    "yi", "yin", "yoo", "yoon", "yu", "yuan", "zeng", "zhang", "zhao", "zheng", "zhong", "zhou",
    "zhu", "zou",
];

/// Whether `w` (lowercase) is one of [`SURNAME_FIRST_FAMILIES`]: by a
/// [`WordTable`] of the bytes (a binary search by `memcmp` cost some
/// 0.9 M instructions a pass over the training texts, a check of UTF-8
/// first 0.3 M).
#[inline]
pub(super) fn is_surname_first_family(w: &[u8]) -> bool {
    static TABLE: WordTable<2048, { SURNAME_FIRST_FAMILIES.len() }> =
        WordTable::new(SURNAME_FIRST_FAMILIES);
    // (At most six bytes: "xiong", "hwang", "zhang"; a cheap first test.)
    w.len() <= 6 && TABLE.contains_bytes(w)
}

/// The roles (of `roles.csv`) whose holders lead their country: "the
/// French leader" is the one person of the article who held one of them
/// for France ([`super::demonym_leader`]).
pub(super) const LEADER_ROLES: &[&str] = &[
    "head_of_state",
    "head_of_government",
    "monarch",
    "supreme_leader",
];

/// Party nouns that end a descriptor, not a name ("a Texas Republican").
pub(super) const PARTY_NOUNS: &[&str] = &["Democrat", "Democrats", "Republican", "Republicans"];

/// `w` as one number for comparisons that ignore ASCII case, when it has
/// at most seven bytes: its bytes ASCII-lowercased
/// (`text::segment::packed_prefix`), and its length in the top byte;
/// [`NO_KEY`] when it is longer. Two words of up to seven bytes
/// are equal ignoring ASCII case exactly when their keys are equal, so a
/// one-word phrase is compared with the 33 pronouns and determiners as
/// numbers ([`name_by_rules`]; `eq_ignore_ascii_case` with each word of
/// the two lists in turn cost about 250 instructions a phrase), and a
/// phrase of up to four bytes with the seven pronouns ([`is_pronoun`]).
pub(super) const fn folded_key(w: &str) -> u64 {
    let b = w.as_bytes();
    if b.len() > 7 {
        return NO_KEY;
    }
    (b.len() as u64) << 56 | crate::text::segment::packed_prefix(b, true)
}

/// The [`folded_key`] of a word of more than seven bytes (no word of
/// seven or fewer has it: their top byte is their length).
pub(super) const NO_KEY: u64 = u64::MAX;

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
pub(super) const PRONOUN_KEYS: [u64; super::super::sent::PRONOUNS.len()] =
    folded_keys(super::super::sent::PRONOUNS);

/// [`folded_key`]s of the determiners.
pub(super) const DETERMINER_KEYS: [u64; super::super::sent::DETERMINERS.len()] =
    folded_keys(super::super::sent::DETERMINERS);

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
pub(super) struct WordTable<const B: usize, const W: usize> {
    /// Bucket `k` holds `sorted[first..first + count]`, as
    /// `first | count << 8` (0: an empty bucket).
    pub(super) buckets: [u16; B],
    /// The words, by bucket.
    pub(super) sorted: [&'static str; W],
    /// The [`WordTable::key`]s of `sorted`.
    pub(super) keys: [u64; W],
}

impl<const B: usize, const W: usize> WordTable<B, W> {
    /// The table of `words`: `W` words, at most 255, none empty, in `B`
    /// buckets, a power of two and at least eight a word (checked when
    /// the constant is built).
    pub(super) const fn new(words: &[&'static str]) -> Self {
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
    pub(super) fn contains(&self, w: &str) -> bool {
        self.contains_bytes(w.as_bytes())
    }

    /// Whether the bytes `w` are one of the words (any bytes: no word
    /// is equal to bytes that are not UTF-8).
    #[inline(always)]
    pub(super) fn contains_bytes(&self, w: &[u8]) -> bool {
        if w.is_empty() {
            return false;
        }
        let key = Self::key(w);
        let e = self.buckets[Self::bucket_of(key)];
        e != 0 && self.in_bucket(e, key, w)
    }

    /// Whether `w`, of key `key`, is one of the words of the bucket `e`
    /// (not empty): a word of its key, and of up to four bytes or equal
    /// to `w` ([`WordTable::equal_in`], so that the loop over the keys,
    /// nearly always of one step, makes no call).
    #[inline(never)]
    fn in_bucket(&self, e: u16, key: u64, w: &[u8]) -> bool {
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
    fn equal_in(&self, from: usize, to: usize, key: u64, w: &[u8]) -> bool {
        (from..to).any(|i| self.keys[i] == key && self.sorted[i].as_bytes() == w)
    }
}

/// `a` and then `b`, as an array of `N` words (`N` their count, checked
/// when the constant is built).
pub(super) const fn concat_words<const N: usize>(
    a: &[&'static str],
    b: &[&'static str],
) -> [&'static str; N] {
    assert!(a.len() + b.len() == N);
    let mut out = [""; N];
    let mut i = 0;
    while i < N {
        out[i] = if i < a.len() { a[i] } else { b[i - a.len()] };
        i += 1;
    }
    out
}

/// Bodies after "Member" that make it no title before a name ("EU Member
/// States", "Member Nations", "Member Nation Brazil", "Member Station
/// WBUR"), for
/// [`name_by_rules`].
pub(super) const MEMBER_BODIES: &[&str] = &[
    "States",
    "State",
    "Nations",
    "Nation",
    "Countries",
    "Country",
    "Economies",
    "Governments",
    "Parties",
    "Organizations",
    "Organisations",
    "Companies",
    "Firms",
    "Banks",
    "Clubs",
    "Unions",
    "Associations",
    "Institutions",
    "Agencies",
    "Churches",
    "Station",
    "Stations",
];

/// Whether `w` is one of [`TITLE_WORDS`] (case-sensitive).
#[inline]
pub(super) fn is_title_word(w: &str) -> bool {
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
