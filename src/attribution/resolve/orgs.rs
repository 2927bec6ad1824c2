//! Organisations and datelines in resolution: the dateline's country and
//! agency, definite org phrases ("the ministry") and their kind, company
//! names with a suffix, and the mentions of a span.

use super::*;

/// The state of the place in the article's dateline ("LONDON (Reuters) -",
/// "WASHINGTON, D.C. —"), looked up in the gazetteer in title case.
pub(super) fn dateline_country(text: &str, gaz: &Gazetteer) -> Option<String> {
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
pub(super) fn first_dateline_mark(para: &str) -> Option<usize> {
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
pub(super) enum OrgKind {
    Company,
    Campaign,
    Government,
    Group,
    /// An airline ("the carrier", "the airline"): a company whose name
    /// has an airline word for its head ([`airline_head`]).
    Airline,
    /// A labor union ("the union"): a name the gazetteer does not know
    /// with a union word for its head ([`union_head`]; "European Union", a party's
    /// "Christian Democratic Union" and the ACLU are the gazetteer's).
    Union,
    /// A sports club ("the club", "the team", "the franchise"): an
    /// organization the gazetteer types `team` ("Arsenal ... The club
    /// said"; not "a team of scientists", which has no such name).
    Team,
}

/// Last words of an airline's name ("Southwest Airlines", "British
/// Airways"; "Delta Air Lines" by its last two words).
const AIRLINE_WORDS: &[&str] = &["Airlines", "Airline", "Airways"];

/// Airlines whose names have no airline word ("Lufthansa ... The airline
/// said"; [`airline_head`]): one a line, `#` comments.
const AIRLINE_NAMES: &str = include_str!("../../../gazetteer/airlines.txt");

/// Whether `name` is a line of [`AIRLINE_NAMES`] (trimmed, not a
/// comment). (The lines sorted once, then a binary search: reading the
/// list line by line for every airline test cost 0.3 M instructions a
/// pass of train.)
fn listed_airline(name: &str) -> bool {
    static LINES: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
        let mut v: Vec<&str> = AIRLINE_NAMES
            .lines()
            .map(str::trim)
            .filter(|l| !l.starts_with('#'))
            .collect();
        v.sort_unstable();
        v
    });
    LINES.binary_search(&name).is_ok()
}

/// Whether an airline word is the head of `name`: last ([`AIRLINE_WORDS`],
/// "Air Lines"; "Air" after another word, "Korean Air", "Wizz Air"),
/// "Air" before a place the gazetteer knows ("Air France",
/// "Air Canada", "Air India Express"; not "Air Products", "Air Liquide"),
/// or the name of an airline of [`AIRLINE_NAMES`] ("Lufthansa",
/// "Ryanair"; not by a name's shape: "Pentair" is a pump maker).
pub(super) fn airline_head(name: &str, gaz: &Gazetteer) -> bool {
    let mut rev = name.rsplit_sp();
    let last = rev.next().unwrap_or("");
    let before = rev.next();
    AIRLINE_WORDS.contains(&last)
        || last == "Lines" && before == Some("Air")
        || last == "Air" && before.is_some()
        || listed_airline(name)
        || name.strip_prefix("Air ").is_some_and(|rest| {
            let state = |place: &str| {
                gaz.alias_hits(place)
                    .any(|(e, _)| gaz.entity(e).etype == EntityType::State)
            };
            state(rest) || state(rest.split_sp().next().unwrap_or(""))
        })
}

/// Whether a union word is the head of `name`: its last word ("Chicago
/// Teachers Union", "United Auto Workers"; not a credit union, which is a
/// bank) or one before "of" ("National Union of Teachers", "Writers Guild
/// of America"); not "Union Bank", "Union Pacific".
fn union_head(name: &str) -> bool {
    let words: Vec<&str> = name.split_sp().collect();
    words.iter().enumerate().any(|(i, w)| {
        UNION_WORDS.contains(w)
            && match words.get(i + 1) {
                None => !(i > 0 && words[i - 1] == "Credit"),
                Some(next) => *next == "of",
            }
    })
}

/// Words of a labor union's name ("United Auto Workers", "Chicago
/// Teachers Union", "Writers Guild of America").
const UNION_WORDS: &[&str] = &[
    "Union",
    "Workers",
    "Teamsters",
    "Guild",
    "Brotherhood",
    "AFL-CIO",
    "Unite",
];

/// The descriptive nouns that refer back to a name of the article, with
/// the kind of name they take (`gazetteer/referring_nouns.csv`, rows of
/// `noun,refers_to,gender`): industry nouns of companies ("the
/// planemaker", "the lender"), nouns of government bodies and groups, and
/// nouns that describe a person ("the quarterback", "the singer").
const REFERRING_NOUNS: &str = include_str!("../../../gazetteer/referring_nouns.csv");

/// What a descriptive noun of [`REFERRING_NOUNS`] refers to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Referent {
    /// An organization of this kind.
    Org(OrgKind),
    /// A person, of this gender when the noun has one ("actress").
    Person(Option<Gender>),
}

/// The rows of [`REFERRING_NOUNS`], parsed once (a malformed row is a
/// bug of the embedded data, which a unit test reads: it panics).
fn referring_table() -> &'static HashMap<&'static str, Referent> {
    static TABLE: std::sync::OnceLock<HashMap<&'static str, Referent>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = HashMap::default();
        for line in REFERRING_NOUNS.lines().skip(1).filter(|l| !l.is_empty()) {
            let mut cols = line.split(',');
            let (noun, to, gender) = (cols.next(), cols.next(), cols.next());
            let gender = match gender.unwrap_or("") {
                "" => None,
                "m" => Some(Gender::Male),
                "f" => Some(Gender::Female),
                g => panic!("referring_nouns.csv: gender {g:?} in {line:?}"),
            };
            let referent = match to.unwrap_or("") {
                "company" => Referent::Org(OrgKind::Company),
                "campaign" => Referent::Org(OrgKind::Campaign),
                "government" => Referent::Org(OrgKind::Government),
                "group" => Referent::Org(OrgKind::Group),
                "airline" => Referent::Org(OrgKind::Airline),
                "union" => Referent::Org(OrgKind::Union),
                "team" => Referent::Org(OrgKind::Team),
                "person" => Referent::Person(gender),
                k => panic!("referring_nouns.csv: kind {k:?} in {line:?}"),
            };
            let noun = noun.filter(|n| !n.is_empty());
            table.insert(noun.expect("referring_nouns.csv: a noun"), referent);
        }
        table
    })
}

/// What the descriptive noun `head` refers to, if it is one of
/// [`REFERRING_NOUNS`].
pub(super) fn referring_noun(head: &str) -> Option<Referent> {
    referring_table().get(head).copied()
}

/// The organization nouns of [`REFERRING_NOUNS`] by kind (for the tests).
#[cfg(test)]
pub(super) fn org_noun_kinds() -> Vec<(OrgKind, Vec<&'static str>)> {
    let mut kinds: Vec<(OrgKind, Vec<&'static str>)> = Vec::new();
    let mut nouns: Vec<_> = referring_table().iter().collect();
    nouns.sort_by_key(|(n, _)| **n);
    for (&noun, &r) in nouns {
        if let Referent::Org(kind) = r {
            match kinds.iter_mut().find(|(k, _)| *k == kind) {
                Some((_, list)) => list.push(noun),
                None => kinds.push((kind, vec![noun])),
            }
        }
    }
    kinds
}

impl OrgKind {
    /// Whether the candidate `c` is an organization of this kind.
    pub(super) fn fits(self, c: &Cand, gaz: &Gazetteer) -> bool {
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
            // (Not a newspaper the gazetteer lacks: "the group" after "the
            // Chicago Sun-Times reported" is another's.)
            OrgKind::Group => match subtype {
                None => !super::super::word_lists::paper_word(last),
                Some(st) => matches!(st, "ngo" | "intl_org"),
            },
            OrgKind::Airline => {
                matches!(subtype, None | Some("company")) && airline_head(&c.canonical, gaz)
            }
            OrgKind::Union => subtype.is_none() && union_head(&c.canonical),
            OrgKind::Team => subtype == Some("team"),
        }
    }

    /// Whether a definite noun of this kind takes only the one
    /// organization of its kind named before it, not the nearest
    /// organization ("the carrier" after two airlines takes neither).
    pub(super) fn needs_one(self) -> bool {
        matches!(self, OrgKind::Airline | OrgKind::Union | OrgKind::Team)
    }
}

/// Lowercase words that may modify a sports club's noun ("the football
/// club", "the basketball team"); any other lowercase modifier makes it
/// another team ("the legal team", "the rescue team", "a country club").
/// A capitalized modifier ("the Italian club", "the Merseyside club") is
/// the club's own.
const SPORTS_MODIFIERS: &[&str] = &[
    "football",
    "soccer",
    "basketball",
    "baseball",
    "hockey",
    "rugby",
    "cricket",
    "volleyball",
    "handball",
    "sports",
    "professional",
];

/// Whether `w` may modify the noun of a sports club: capitalized or one
/// of [`SPORTS_MODIFIERS`].
fn sports_modifier(w: &str) -> bool {
    w.starts_with(|c: char| c.is_uppercase()) || SPORTS_MODIFIERS.contains(&w)
}

/// Words before "team" or "club" that keep it a reference to a club
/// named before ("the team", "his club", "the club's"); others make a
/// new team or club ([`new_team_phrase`]).
const TEAM_DETERMINERS: &[&str] = &[
    "the", "this", "that", "his", "her", "its", "their", "our", "my", "your", "whose",
];

/// Bytes before a team reference searched for a new team or club phrase
/// ([`new_team_phrase`]): a bound on the work of each reference.
const TEAM_WINDOW: usize = 2000;

/// Whether `window` holds a team or club that is not a club named before:
/// "a team of surgeons", "A rescue team", "The school's robotics team", "a
/// country club", "a nightclub" (a lowercase word before "team" or "club"
/// that is neither a determiner, [`TEAM_DETERMINERS`], nor a sports word,
/// [`SPORTS_MODIFIERS`], or a longer word ending in "club").
fn new_team_phrase(window: &str) -> bool {
    let mut prev: Option<&str> = None;
    for raw in window.split_ascii_whitespace() {
        let w = raw.trim_end_matches(|c: char| !c.is_alphanumeric());
        let w = w
            .strip_suffix("'s")
            .or_else(|| w.strip_suffix("’s"))
            .unwrap_or(w);
        let noun = ["team", "teams", "club", "clubs"]
            .iter()
            .any(|n| w.eq_ignore_ascii_case(n));
        if w.len() > 4 && w.ends_with("club") && !noun {
            return true;
        }
        if noun {
            if let Some(p) = prev {
                let det = TEAM_DETERMINERS.iter().any(|d| p.eq_ignore_ascii_case(d));
                let indefinite = ["a", "an", "another"]
                    .iter()
                    .any(|d| p.eq_ignore_ascii_case(d));
                if indefinite || !det && !sports_modifier(p) {
                    return true;
                }
            }
        }
        // (A word that ends a clause or phrase is no modifier of the next.)
        prev = match raw.ends_with([',', '.', ';', ':', '!', '?', ')', '"']) {
            true => None,
            false => Some(w),
        };
    }
    false
}

/// The one sports team named before the reference "the `rest`" at `pos`
/// ("Arsenal ... The club said"), as [`one_of_kind`] finds one of a kind,
/// but none when the reference has a modifier that is not a sports word
/// ("the legal team", [`sports_modifier`]), when a new team or club comes
/// between ("A team of surgeons", "a nightclub": [`new_team_phrase`]),
/// and not a team's name that starts a longer capitalized name ("Chelsea
/// Clinton"; a title after it is no part of it: "Real Madrid President
/// Florentino Perez").
pub(super) fn one_team<'c, 'g>(
    text: &str,
    pos: usize,
    rest: &str,
    cands: &'c Cands<'g>,
    mentions: Ments<'_>,
    gaz: &Gazetteer,
) -> Option<&'c Cand<'g>> {
    if !rest.rsplit_sp().skip(1).all(sports_modifier) {
        return None;
    }
    // (Not a team's name that starts a longer capitalized name.)
    let whole_name = |c: &Cand| {
        !mentions
            .list
            .get(mentions.first_from(c.pos))
            .filter(|m| m.start == c.pos)
            .and_then(|m| text.get(m.end..))
            .and_then(|after| after.strip_prefix(' '))
            .is_some_and(|after| {
                let word = after.split(' ').next().unwrap_or("");
                word.starts_with(char::is_uppercase) && !is_title_word(word)
            })
    };
    let c = super::one_of_kind(text, pos, OrgKind::Team, cands, gaz, whole_name)?;
    let mut lo = c.pos.max(pos.saturating_sub(TEAM_WINDOW));
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let window = text.get(lo..pos).unwrap_or("");
    (!new_team_phrase(window)).then_some(c)
}

/// The kind of a definite singular organization noun phrase, given its
/// words after "the": "company", "firm", "Japanese automaker" (no
/// possessive, no plural head, at most three words). (For the tests: the
/// phrase's bytes walked, [`org_bytes_walk`].)
#[cfg(test)]
pub(super) fn definite_org(rest: &str, lx: &Lexicon) -> Option<OrgKind> {
    org_of_bytes(rest, org_bytes_walk(rest), lx)
}

/// The kind of the definite organization phrase `text[a..b]`, as the
/// tests' `definite_org` gives it for that phrase (`a` and `b` at character
/// boundaries): when the phrase has at most sixteen bytes and sixteen
/// bytes of `text` end it, its spaces and marks are found by masks of
/// those bytes (`bytes_among16`; a phrase after "the" has a dozen bytes or
/// so, and the walk's three-way test of each byte mispredicted about
/// 11,000 times a pass over train); else by [`org_bytes_walk`].
#[inline]
pub(super) fn definite_org_in(text: &str, a: usize, b: usize, lx: &Lexicon) -> Option<OrgKind> {
    let rest = &text[a..b];
    // (`a <= b`: `rest` is sliced.)
    let block = super::super::block16_ending_at(text.as_bytes(), b).filter(|_| b - a <= 16);
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
    match referring_noun(head)? {
        Referent::Org(kind) => Some(kind),
        Referent::Person(_) => None,
    }
}

/// Whether `w` ends a company name for [`suffixed_company_before`]: one
/// of [`COMPANY_SUFFIXES`] but "Group", "Bank", "Company" and
/// "Corporation" (by a [`WordTable`]: the search tests every word of 600
/// bytes).
pub(super) fn is_name_suffix(w: &str) -> bool {
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
pub(super) fn suffixed_company_before(text: &str, at: usize) -> Option<(usize, String)> {
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
pub(super) fn company_name_word(x: &str) -> bool {
    // A capitalized function word, day or month opening the sentence is no
    // part of the name ("But Brightside Ltd.", "On Tuesday Nordwerk AG",
    // "When Acme Corp").
    let opener = |x: &str| {
        NOT_FIRST_NAMES.contains(&x)
            || super::super::sent::STOP
                .iter()
                .any(|s| s.eq_ignore_ascii_case(x))
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
#[inline]
pub(super) fn dateline_agency(text: &str, m: &Mention) -> bool {
    // (The byte before first: this runs for every mention.)
    m.start > 0
        && text.as_bytes()[m.start - 1] == b'('
        && text[m.end..]
            .strip_prefix(')')
            .is_some_and(|r| r.trim_start_matches(' ').starts_with(['-', '—', '–']))
}

/// How many bytes a block of [`Ments`]'s index covers (a power of two).
pub(super) const MENTION_BLOCK: usize = 32;

/// How many entries of [`Ments`]'s index one step of its build fills.
pub(super) const MENTION_FILL: usize = 16;

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
pub(super) struct Ments<'a> {
    pub(super) list: &'a [Mention],
    pub(super) blocks: &'a [u32],
}

impl<'a> Ments<'a> {
    /// The mentions `list` of a text of `len` bytes with their index,
    /// built in `blocks` (one entry per block up to the one of `len`).
    #[inline]
    pub(super) fn new(list: &'a [Mention], len: usize, blocks: &'a mut Vec<u32>) -> Ments<'a> {
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
    pub(super) fn first_from(self, pos: usize) -> usize {
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
pub(super) fn mentions_in(mentions: Ments<'_>, sp: Span) -> &[Mention] {
    mentions_from(mentions, mentions.first_from(sp.0), sp)
}

/// [`mentions_in`] of `sp` whose first, `k`, is known
/// (`mentions.first_from(sp.0)`): the few mentions from it inside are
/// counted (the ends are sorted as the starts are).
pub(super) fn mentions_from(mentions: Ments<'_>, k: usize, sp: Span) -> &[Mention] {
    let mentions = &mentions.list[k..];
    let n = mentions.iter().take_while(|m| m.end <= sp.1).count();
    &mentions[..n]
}

/// Whether `hay` contains `needle`, a phrase that starts with a comma
/// (", who"): each comma found by memchr and the bytes after it compared
/// (`str::contains` set up a two-way searcher for each of the few hundred
/// bytes before a pronoun it searched).
pub(super) fn has_comma_phrase(hay: &str, needle: &[u8]) -> bool {
    debug_assert_eq!(needle.first(), Some(&b','));
    let h = hay.as_bytes();
    memchr::memchr_iter(b',', h).any(|i| h[i..].starts_with(needle))
}

/// Whether `w` is an acronym as a document may define one: two to eight
/// ASCII capitals ("RSF", "SDF", "FDLR"; not "U.N.", whose dots no
/// definition in parentheses writes).
pub(super) fn is_acronym(w: &str) -> bool {
    all_caps(w, 2..=8)
}

/// Whether `w` is all ASCII capitals and its length in `lens` (the test
/// of an acronym: [`is_acronym`]'s 2 to 8, or "2 or more" for words of an
/// all-capitals line).
#[inline]
pub(super) fn all_caps(w: &str, lens: std::ops::RangeInclusive<usize>) -> bool {
    lens.contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase())
}

/// Words that may join the capitalized words of an organization's name
/// that an acronym stands for ([`AcronymDefs`]): "Democratic Forces
/// for the Liberation of Rwanda", "Forces Armées de la République".
const ACRONYM_JOINS: &[&str] = &[
    "of", "for", "the", "and", "in", "on", "de", "du", "des", "la", "le", "el", "al", "et",
];

/// The definitions of acronyms in a document's text, found once a
/// document, at its first acronym speaker ([`super::Cands::acronyms`]),
/// so that each speaker's lookup is logarithmic (asking the whole text
/// before each speaker made a document of many "The SDF said" quadratic).
///
/// A definition is the capitalized words right before "(ACR)" or ", or
/// ACR," ("the paramilitary Rapid Support Forces (RSF)", "the Syrian
/// Democratic Forces, or SDF,"), one capitalized word (an ASCII capital,
/// then letters or '-'; a single letter counts) for each letter of the
/// acronym, its initial, in any order ("Democratic Forces for the
/// Liberation of Rwanda (FDLR)"), joined words allowed between them
/// ([`ACRONYM_JOINS`]; [`acronym_expansion`]); a word's accented capital
/// counts as its letter, an apostrophe is part of a word ("Workers'"),
/// and "al-Sham" gives "S". A place's possessive may give a letter and
/// stays in the name ("America's Health Insurance Plans (AHIP)"); the
/// name after it is kept too, for the gazetteer's entity of the acronym to
/// answer where it names that entity ("Israel's Defense Forces (IDF)").
/// A capitalized word with a dot ends the words:
/// no definition. Nor is a person's name one ([`person_initials`]:
/// "Rep. Marjorie Taylor Greene (MTG)").
#[derive(Debug, Default)]
pub(super) struct AcronymDefs {
    /// By acronym, then in text order.
    defs: Vec<AcronymDef>,
}

/// One definition of [`AcronymDefs`]: offsets into the text, so that the
/// memo borrows nothing.
#[derive(Debug)]
struct AcronymDef {
    /// The acronym's bytes, packed ([`acronym_key`]).
    acr: u64,
    /// The end of the acronym in the text.
    end: usize,
    /// Where the name is in the text.
    name: (usize, usize),
    /// Whether this and every earlier definition of the acronym give the
    /// same name, word for word (folded; [`same_words_folded`]).
    agrees: bool,
    /// Where the name goes on after a place's possessive that gave the
    /// acronym a letter ("Defense Forces" in "Israel's Defense Forces
    /// (IDF)"; [`place_possessive`]); `name.0` for a name without one.
    rest: usize,
}

/// The bytes of an acronym (at most eight) as one number.
fn acronym_key(acr: &str) -> u64 {
    acr.bytes().fold(0, |k, b| (k << 8) | u64::from(b))
}

impl AcronymDefs {
    /// The definitions of `text`: each "(" or ", or " followed by two to
    /// eight ASCII capitals and ")" (or, after ", or ", ",").
    pub(super) fn scan(text: &str, gaz: &Gazetteer) -> Self {
        let b = text.as_bytes();
        // (The capitals at `i` up to a byte `close` accepts: their end.)
        let token = |i: usize, close: fn(u8) -> bool| {
            let n = b[i..]
                .iter()
                .take(9)
                .take_while(|c| c.is_ascii_uppercase())
                .count();
            ((2..=8).contains(&n) && b.get(i + n).copied().is_some_and(close)).then_some(i + n)
        };
        let paren = memchr::memchr_iter(b'(', b).filter_map(|p| {
            let end = token(p + 1, |c| c == b')')?;
            Some((p + 1, end, text[..p].trim_end()))
        });
        let or = memchr::memmem::find_iter(b, b", or ").filter_map(|p| {
            let end = token(p + 5, |c| matches!(c, b',' | b')'))?;
            Some((p + 5, end, &text[..p]))
        });
        let mut defs: Vec<AcronymDef> = paren
            .chain(or)
            .filter_map(|(i, end, lead)| {
                let acr = &text[i..end];
                let name = acronym_expansion(lead, acr)?;
                let start = lead.len() - name.len();
                if person_initials(&lead[..start], name, gaz) {
                    return None;
                }
                // (A place's possessive gives its letter, and stays in the
                // name: "America's Health Insurance Plans (AHIP)"; the
                // gazetteer's entity may still be the name after it.)
                let rest = place_possessive(name, gaz).map_or(start, |r| lead.len() - r.len());
                Some(AcronymDef {
                    acr: acronym_key(acr),
                    end,
                    name: (start, lead.len()),
                    agrees: true,
                    rest,
                })
            })
            .collect();
        defs.sort_unstable_by_key(|d| (d.acr, d.end));
        let mut first = 0;
        for k in 1..defs.len() {
            if defs[k].acr != defs[k - 1].acr {
                first = k;
                continue;
            }
            let (f, n) = (defs[first].name, defs[k].name);
            defs[k].agrees =
                defs[k - 1].agrees && same_words_folded(&text[n.0..n.1], &text[f.0..f.1]);
        }
        AcronymDefs { defs }
    }

    /// [`AcronymDefs::before_placed`]'s name alone (for tests).
    #[cfg(test)]
    pub(super) fn before<'t>(&self, text: &'t str, before: usize, acr: &str) -> Option<&'t str> {
        self.before_placed(text, before, acr).map(|(name, _)| name)
    }

    /// The name the text before `before` defines the acronym `acr` as
    /// (its first definition there); `text` is the text scanned. `None`
    /// when the text defines it nowhere before, or when it defines it
    /// twice with names that differ ("the African National Congress (ANC)"
    /// and, in an aside, "the African National Council (ANC)": the article
    /// is no guide then). With the name, the name after a place's
    /// possessive that gave the definition a letter ("Israel's Defense
    /// Forces (IDF)" gives "Defense Forces"), if it has one: a name the
    /// gazetteer's entity of the acronym may answer for (the Israel
    /// Defense Forces) where it is that entity's.
    pub(super) fn before_placed<'t>(
        &self,
        text: &'t str,
        before: usize,
        acr: &str,
    ) -> Option<(&'t str, Option<&'t str>)> {
        debug_assert!(is_acronym(acr));
        let key = acronym_key(acr);
        let lo = self.defs.partition_point(|d| d.acr < key);
        let group = &self.defs[lo..];
        let group = &group[..group.partition_point(|d| d.acr == key)];
        let k = group.partition_point(|d| d.end <= before);
        let first = group[0..k].first()?;
        let (f0, f1) = first.name;
        let rest = (first.rest != f0).then(|| &text[first.rest..f1]);
        group[k - 1].agrees.then(|| (&text[f0..f1], rest))
    }
}

/// The rest of an acronym's `name` after its first word when that word is
/// a place's possessive ("Israel's", "Iran’s": a state the gazetteer
/// knows by that name) and more words follow ("Israel's Defense Forces"
/// gives "Defense Forces"); `None` for any other name ("Women's Tennis
/// Association").
fn place_possessive<'t>(name: &'t str, gaz: &Gazetteer) -> Option<&'t str> {
    let (first, rest) = name.split_once(' ')?;
    let place = first
        .strip_suffix("'s")
        .or_else(|| first.strip_suffix("’s"))?;
    gaz.alias_hits(place)
        .any(|(e, k)| {
            gaz.entity(e).etype == crate::gazetteer::EntityType::State
                && matches!(
                    k,
                    crate::gazetteer::AliasKind::Name | crate::gazetteer::AliasKind::Metonym
                )
        })
        .then_some(rest)
}

/// The particles of Arabic personal names ("Abu Bakr al-Baghdadi", "Umm
/// Hussein", "Mohammed bin Salman"): a name that holds one is a person's
/// ([`person_initials`]).
const NAME_PARTICLES: &[&str] = &["Abu", "Umm", "Ibn", "ibn", "bin", "Bin", "bint", "Bint"];

/// Whether `name`, which spells an acronym after `lead`, is a person's
/// name, its initials no organization's: it (or the word before it)
/// opens with a title or a given name the gazetteer knows ("Rep.
/// Marjorie Taylor Greene (MTG)", "Justice Ruth Bader Ginsburg (RBG)"),
/// and no word of it is an organization's ("Christian Democratic Union
/// (CDU)" is a party).
fn person_initials(lead: &str, name: &str, gaz: &Gazetteer) -> bool {
    let first = name.split(' ').next().unwrap_or(name);
    let before = lead.trim_end().rsplit(' ').next().unwrap_or("");
    (gaz.opens_person_name(first)
        || gaz.opens_person_name(before)
        || name.split(' ').any(|w| NAME_PARTICLES.contains(&w)))
        && !name.split(' ').any(is_org_word)
}

/// The letter `c` without its accent, for the accented letters of the
/// Latin alphabets' names ("é" -> 'e', "ñ" -> 'n', "ß" stays); any other
/// character is itself.
fn base_letter(c: char) -> char {
    match c {
        'à'..='å' => 'a',
        'À'..='Å' => 'A',
        'ç' | 'ć' | 'č' => 'c',
        'Ç' | 'Ć' | 'Č' => 'C',
        'è'..='ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'È'..='Ë' | 'Ē' | 'Ė' | 'Ę' | 'Ě' => 'E',
        'ì'..='ï' | 'ī' | 'ı' => 'i',
        'Ì'..='Ï' | 'Ī' | 'İ' => 'I',
        'ñ' | 'ń' | 'ň' => 'n',
        'Ñ' | 'Ń' | 'Ň' => 'N',
        'ò'..='ö' | 'ø' | 'ō' | 'ő' => 'o',
        'Ò'..='Ö' | 'Ø' | 'Ō' | 'Ő' => 'O',
        'ù'..='ü' | 'ū' | 'ů' | 'ű' => 'u',
        'Ù'..='Ü' | 'Ū' | 'Ů' | 'Ű' => 'U',
        'ý' | 'ÿ' => 'y',
        'Ý' | 'Ÿ' => 'Y',
        'ś' | 'š' | 'ş' => 's',
        'Ś' | 'Š' | 'Ş' => 'S',
        'ź' | 'ż' | 'ž' => 'z',
        'Ź' | 'Ż' | 'Ž' => 'Z',
        'ł' => 'l',
        'Ł' => 'L',
        'ř' => 'r',
        'Ř' => 'R',
        'ğ' => 'g',
        'Ğ' => 'G',
        _ => c,
    }
}

/// Whether words `a` and `b` are one word with accents folded and case
/// ignored ("Médecins" and "Medecins", "FRONTIÈRES" and "Frontieres"); no
/// allocation.
pub(super) fn same_word_folded(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        return a.eq_ignore_ascii_case(b);
    }
    let fold = |c: char| base_letter(c).to_lowercase();
    a.chars().flat_map(fold).eq(b.chars().flat_map(fold))
}

/// Whether names `a` and `b` hold the same words, word for word, with
/// accents folded and case ignored ([`same_word_folded`]).
fn same_words_folded(a: &str, b: &str) -> bool {
    let mut bw = b.split_sp();
    a.split_sp()
        .all(|w| bw.next().is_some_and(|v| same_word_folded(w, v)))
        && bw.next().is_none()
}

/// Whether every word of the entity's name `entity` stands in the name
/// `defined` that an article gives its acronym, accents folded and case
/// ignored: the same entity spelled another way ("Médecins Sans
/// Frontières" in "Medecins Sans Frontieres (MSF)", "Islamic State" in
/// "Islamic State in Iraq and the Levant (ISIL)"; not "Reporters Without
/// Borders" in "Rapid Support Forces (RSF)").
pub(super) fn names_same_entity(entity: &str, defined: &str) -> bool {
    // (Not the gazetteer's gloss in parentheses: "National Assembly (South
    // Africa)".)
    let entity = entity.split_once(" (").map_or(entity, |(e, _)| e);
    entity
        .split_sp()
        .all(|w| defined.split_sp().any(|v| same_word_folded(w, v)))
}

/// The initial a word of a name gives an acronym ([`acronym_expansion`]),
/// an ASCII capital: a capitalized word of letters, hyphens and
/// apostrophes ("Kurdistan", "Workers'", "Al-Aqsa"), its capital's accent
/// folded ("Église" gives 'E'), or the capital after a joined Arabic
/// article ("al-Sham" gives 'S'). `None` for any other word.
fn name_initial(w: &str) -> Option<u8> {
    let body = match w.as_bytes() {
        [b'a' | b'e', b'l', b'-', c, ..] if c.is_ascii_uppercase() => &w[3..],
        _ => w,
    };
    let mut chars = body.chars();
    let first = base_letter(chars.next()?);
    (first.is_ascii_uppercase()
        && chars.all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’')))
    .then_some(first as u8)
}

/// The words at the end of `lead` that spell `acr` ([`AcronymDefs`]):
/// each capitalized word, from the last back, must give the initial of a
/// letter not yet found, until all are ("Rapid Support Forces";
/// "Democratic Forces for the Liberation of Rwanda" for "FDLR"). A
/// capitalized word that gives none ends the search with no name: "Sam
/// Fox of Reporters Without Borders (RSF)" spells no "RSF".
fn acronym_expansion<'t>(lead: &'t str, acr: &str) -> Option<&'t str> {
    // Letters of the acronym not yet found among the initials, by count.
    let mut need = [0u8; 26];
    for b in acr.bytes() {
        need[usize::from(b - b'A')] += 1;
    }
    let mut left = acr.len();
    let mut start = lead.len();
    for w in lead.rsplit(' ').take(16) {
        if let Some(first) = name_initial(w) {
            let k = usize::from(first - b'A');
            if need[k] == 0 {
                return None;
            }
            need[k] -= 1;
            left -= 1;
        } else if !ACRONYM_JOINS.contains(&w) {
            return None;
        }
        start -= w.len();
        if left == 0 {
            return Some(&lead[start..]);
        }
        start = start.saturating_sub(1);
    }
    None
}
