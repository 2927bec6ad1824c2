//! The office holders a document introduces ([`Holder`]): "Acme Chief
//! Executive Harold Quenby", "Former President Ana Ruiz", "Harold Quenby,
//! the chief executive of Acme,". Found once per document, at its first
//! definite role phrase that no other rule names, so that "the chief
//! executive", "the former president" or "the Fed chair" take the name of
//! the one person the text gave that office, whether the gazetteer lists
//! them with it or not.

use super::*;

/// One office holder the text introduces: spans of the text.
#[derive(Clone, Copy, Debug)]
pub(super) struct Holder {
    /// The person's name (two to four capitalized words).
    name: (usize, usize),
    /// The title's words, its head last ("Apple Chief Executive",
    /// "the chief executive").
    title: (usize, usize),
    /// The title's head ("Executive", "executive").
    head: (usize, usize),
}

/// Qualifiers of a lesser or past holder: a title that has one
/// ("Vice President Ana Ruiz", "Former President Ana Ruiz") names the
/// holder of a phrase that has it too ("the former president"), not of
/// one without ("the president"). (Each is a whole word of a title
/// split at spaces, so no prefix like "ex-" and no abbreviation like
/// "Lt.", which [`cap_word`] takes for no title word.)
const LESSER: &[&str] = &[
    "vice",
    "deputy",
    "assistant",
    "acting",
    "associate",
    "interim",
    "lieutenant",
    "former",
    // (An opposition's spokesman for the office: "the shadow chancellor"
    // is not "the chancellor".)
    "shadow",
];

/// US title abbreviations and the offices they stand for: "Sen." is a
/// "senator", "Gov." a "governor", "Rep." a "representative" ("Florida
/// Sen. Marco Rubio" holds what "the Florida senator" names).
const TITLE_ABBREVS: &[(&str, &str)] = &[
    ("Sen.", "senator"),
    ("Gov.", "governor"),
    ("Rep.", "representative"),
];

/// Abbreviations of a title of two words, as the head they stand for and
/// the modifier next to it: "the PM" is "the prime minister", and so the
/// one "Prime Minister Anthony Albanese" or "Ann Lee, the prime
/// minister," the text introduced ([`cached_office_holder`]).
const SPELLED: &[(&str, &str, &str)] = &[("PM", "minister", "prime")];

/// The head and the modifier the abbreviated title `head` stands for
/// ([`SPELLED`]).
fn spelled(head: &str) -> Option<(&'static str, &'static str)> {
    SPELLED
        .iter()
        .find(|s| s.0 == head)
        .map(|&(_, h, m)| (h, m))
}

/// The office the title abbreviation `w` stands for ([`TITLE_ABBREVS`]).
fn title_abbrev(w: &str) -> Option<&'static str> {
    TITLE_ABBREVS.iter().find(|a| a.0 == w).map(|a| a.1)
}

/// The abbreviation of the office `head` (lowercase), the other way
/// round from [`title_abbrev`].
fn head_abbrev(head: &str) -> Option<&'static str> {
    TITLE_ABBREVS.iter().find(|a| a.1 == head).map(|a| a.0)
}

/// Lower ranks that may follow a head's title word, with the holder still
/// of the head ("Detective Sergeant Claire Boyd" is a detective, and so
/// is "Detective Chief Inspector X"). Only these: a second title word in
/// general makes another office ("Attorney General", "Surgeon General",
/// "Chief Executive").
const RANKS: &[&str] = &["Sergeant", "Inspector", "Constable", "Superintendent"];

/// Whether `w` is a capitalized word of a name or title: a capital, then
/// lowercase letters, hyphens or apostrophes ("O'Neil", "Jean-Pierre",
/// "José"), or an initial ("J.").
fn cap_word(w: &str) -> bool {
    let b = w.as_bytes();
    match b.first() {
        Some(c) if c.is_ascii_uppercase() => {}
        // (A name with accents: "Émile", "Łukasz".)
        Some(&c) if c >= 0x80 => return wide_cap_word(w),
        _ => return false,
    }
    let low = |s: &[u8]| {
        s.iter().enumerate().all(|(i, &c)| {
            c.is_ascii_lowercase()
                || c == b'-'
                || c == b'\''
                // (A capital after a hyphen: "Secretary-General",
                // "Jean-Pierre".)
                || c.is_ascii_uppercase() && i > 0 && s[i - 1] == b'-'
        })
    };
    b.len() == 2 && b[1] == b'.'
        || b.len() > 1
            && (low(&b[1..])
                // ("José".)
                || !b.is_ascii() && wide_cap_word(w)
                // A second capital after a name prefix: "McQuenby",
                // "MacArthur", "DeSantis", "LeBron", "DiCaprio".
                || ["Mc", "Mac", "De", "Di", "Du", "La", "Le", "Van", "Von"]
                    .iter()
                    .any(|p| {
                        b.len() > p.len() + 2
                            && b.starts_with(p.as_bytes())
                            && b[p.len()].is_ascii_uppercase()
                            && low(&b[p.len() + 1..])
                    }))
}

/// [`cap_word`] for a word with letters beyond ASCII.
fn wide_cap_word(w: &str) -> bool {
    let mut cs = w.chars();
    cs.next().is_some_and(char::is_uppercase)
        && cs.clone().next().is_some()
        && cs.all(|c| c.is_lowercase() || matches!(c, '-' | '\'' | '\u{2019}'))
}

/// `w` without a closing possessive "'s" ("Quenby's" -> "Quenby").
fn unpossessed(w: &str) -> &str {
    w.strip_suffix("'s")
        .or_else(|| w.strip_suffix("\u{2019}s"))
        // (A name ending in "s": "Sanders' record".)
        .or_else(|| {
            w.strip_suffix(['\'', '\u{2019}'])
                .filter(|s| s.ends_with('s') && s.len() > 1)
        })
        .unwrap_or(w)
}

/// Whether the word before a name in "Name, the role of ..." shows the
/// name is no subject in apposition: a preposition or a participle
/// ("When asked by Priya Desai, the chairman ...", "Speaking in Los
/// Angeles, the governor ...").
fn no_appositive_before(w: &str) -> bool {
    matches!(
        w,
        "in" | "at"
            | "by"
            | "from"
            | "with"
            | "across"
            | "of"
            | "to"
            | "for"
            | "near"
            | "into"
            | "on"
            | "outside"
            | "inside"
            | "throughout"
            | "around"
            | "after"
            | "before"
            | "since"
            | "during"
            | "than"
            | "like"
            | "about"
            | "against"
    ) || w.len() > 4 && w.ends_with("ing") && w.bytes().all(|c| c.is_ascii_alphabetic())
}

/// Whether `w`, a capitalized word, may be a word of a person's name:
/// not a function word or verb of a headline in title case ("Pollster
/// Says Clinton Is In Trouble") nor a word of an organization's name
/// ("State Department").
fn name_word(w: &str) -> bool {
    const STOP: &[&str] = &[
        "To", "Is", "In", "Of", "The", "And", "A", "An", "On", "At", "For", "Says", "Said", "With",
        "By", "As", "Asks", "Asked", "Are", "Was", "Will", "From",
    ];
    // (Time and place openers: "Late Tuesday, the governor", "Back in
    // New York, the mayor"; connectives: "But Harold Quenby, the chief
    // executive of Acme,".)
    const OPENERS: &[&str] = &[
        "But",
        "Yet",
        "So",
        "Still",
        "Now",
        "Then",
        "However",
        "Also",
        "Instead",
        "Indeed",
        "Separately",
        "Elsewhere",
        "Early",
        "Late",
        "Earlier",
        "Later",
        "Back",
        "Across",
        "Speaking",
        "When",
        "After",
        "Before",
        "While",
        "Since",
        "Last",
        "Next",
        "This",
        "Meanwhile",
        "Outside",
        "Inside",
        "Throughout",
        "Near",
        "Around",
    ];
    // (The day words, "Tuesday", "Tonight", are the adverbials' list,
    // `sent::DAYS`.)
    let day = || {
        crate::attribution::sent::DAYS
            .words()
            .iter()
            .any(|d| d.eq_ignore_ascii_case(w))
    };
    cap_word(w) && !STOP.contains(&w) && !OPENERS.contains(&w) && !day() && !is_org_word(w)
}

/// Whether the lexicon lists `w` (any case) as a noun of a person: `w`
/// with its ASCII letters lowercased (in a buffer on the stack: no
/// allocation) is [`Lexicon::speaker_noun`]'s word. No word of more than
/// [`MAX_HEAD`] bytes is.
fn person_noun(w: &str, lx: &Lexicon) -> bool {
    let b = w.as_bytes();
    if b.len() > MAX_HEAD {
        return false;
    }
    let mut buf = [0u8; MAX_HEAD];
    let low = &mut buf[..b.len()];
    low.copy_from_slice(b);
    low.make_ascii_lowercase();
    // (Lowercasing ASCII bytes keeps UTF-8 valid.)
    std::str::from_utf8(low).is_ok_and(|low| lx.speaker_noun(low) == Some(NounType::Person))
}

/// The longest word [`person_noun`] takes, and so the longest head of a
/// title ([`HeadKey`]).
const MAX_HEAD: usize = 24;

/// A head of role phrases whose holders a document looked up, lowercased
/// (ASCII), in place: no allocation ([`cached_office_holder`]).
#[derive(Clone, Copy, Debug)]
pub(super) struct HeadKey {
    bytes: [u8; MAX_HEAD],
    len: u8,
}

impl HeadKey {
    /// `head` as a key, `None` past [`MAX_HEAD`] bytes.
    fn new(head: &str) -> Option<HeadKey> {
        let b = head.as_bytes();
        let mut bytes = [0u8; MAX_HEAD];
        bytes.get_mut(..b.len())?.copy_from_slice(b);
        bytes.make_ascii_lowercase();
        Some(HeadKey {
            bytes,
            len: b.len() as u8,
        })
    }

    /// Whether `head` is this key's head in any case.
    fn is(&self, head: &str) -> bool {
        self.bytes
            .get(..usize::from(self.len))
            .is_some_and(|k| k.eq_ignore_ascii_case(head.as_bytes()))
    }
}

/// The office holders of `text` whose title's head is `head` (any case:
/// "executive" finds "Executive" and "executive"; "executive" and "ceo"
/// find "CEO" too), in text order (see [`Holder`]): a capitalized title
/// whose head the lexicon lists as a person noun right before a name of
/// two to four capitalized words ("Federal Reserve Chair Harold Quenby"),
/// or a name then ", the" and up to three lowercase words whose last is
/// a person noun, before "of", "at", "for" or a comma or stop ("Harold
/// Quenby, the chief executive of Acme,").
/// Only the words around each occurrence of the head are read: twelve
/// words back and eight forward hold every word the patterns test.
pub(super) fn head_holders(text: &str, head: &str, lx: &Lexicon) -> Vec<Holder> {
    let low = head.to_ascii_lowercase();
    if low.is_empty() {
        return Vec::new();
    }
    let bs = text.as_bytes();
    // (The places where a form of the head starts: its tail found once
    // for both cases of an ASCII first letter, "xecutive" for "Executive"
    // and "executive"; "CEO" on its own.)
    let mut starts: Vec<(usize, usize)> = Vec::new();
    let lb = low.as_bytes();
    match lb {
        [first, tail @ ..] if first.is_ascii() && !tail.is_empty() => {
            // (A hyphenated head's tail to its hyphen, the rest in any
            // case: "Secretary-General" for "secretary-general".)
            let cut = tail.iter().position(|&c| c == b'-').unwrap_or(tail.len());
            let (tail, rest) = tail.split_at(cut);
            for t in memchr::memmem::find_iter(bs, tail) {
                if t > 0
                    && bs
                        .get(t - 1)
                        .is_some_and(|c| c.to_ascii_lowercase() == *first)
                    && (rest.is_empty()
                        || bs
                            .get(t + tail.len()..t + tail.len() + rest.len())
                            .is_some_and(|r| r.eq_ignore_ascii_case(rest)))
                {
                    starts.push((t - 1, lb.len()));
                }
            }
        }
        _ => starts.extend(memchr::memmem::find_iter(bs, lb).map(|s| (s, lb.len()))),
    }
    if matches!(low.as_str(), "executive" | "ceo") {
        starts.extend(memchr::memmem::find_iter(bs, b"CEO").map(|s| (s, 3)));
    }
    let mut words: Vec<(usize, usize)> = Vec::new();
    // (Each holder with the word that starts its pattern and the
    // pattern's rank, to put them in the order of one walk of the text.)
    let mut found: Vec<(usize, u8, Holder)> = Vec::new();
    let mut hits: Vec<(usize, u8, Holder)> = Vec::new();
    for (s, len) in starts {
        // (A head starts a word.)
        if s > 0 && !bs.get(s - 1).is_some_and(u8::is_ascii_whitespace) {
            continue;
        }
        let e = s + len;
        // (Cheap tests first. A capitalized head is a title's,
        // before a name or "of"; a lowercase one follows ", the" or
        // a possessive, and up to two lowercase words.)
        let capital = bs
            .get(s)
            .is_some_and(|&c| c.is_ascii_uppercase() || c >= 0x80);
        if capital {
            if !bs.get(e).is_some_and(u8::is_ascii_whitespace) {
                continue;
            }
            let next = bs.get(e..).unwrap_or_default();
            let at = next.iter().position(|c| !c.is_ascii_whitespace());
            if !at
                .and_then(|at| next.get(at))
                .is_some_and(|&c| c.is_ascii_uppercase() || c >= 0x80 || c == b'o')
            {
                continue;
            }
        } else {
            if bs
                .get(e)
                .is_some_and(|&c| !c.is_ascii_whitespace() && !b",.;:".contains(&c))
            {
                continue;
            }
            let mut i = s;
            let mut runs = 0;
            let mut in_run = false;
            let mut stop = None;
            while i > 0 {
                let Some(&c) = bs.get(i - 1) else { break };
                if c.is_ascii_lowercase() || c == b'-' {
                    if !in_run {
                        runs += 1;
                        in_run = true;
                        if runs > 3 {
                            break;
                        }
                    }
                } else if c.is_ascii_whitespace() {
                    in_run = false;
                } else {
                    stop = Some(c);
                    break;
                }
                i -= 1;
            }
            if !matches!(stop, Some(b',' | b'\'' | 0x99)) {
                continue;
            }
        }
        let back = if capital { 3 } else { 12 };
        let mut a = s;
        let mut n = 0;
        while n < back && a > 0 {
            while a > 0 && bs.get(a - 1).is_some_and(u8::is_ascii_whitespace) {
                a -= 1;
            }
            if a == 0 {
                break;
            }
            while a > 0 && bs.get(a - 1).is_some_and(|c| !c.is_ascii_whitespace()) {
                a -= 1;
            }
            n += 1;
        }
        // The words from there to eight past the head's.
        words.clear();
        let mut h = None;
        let mut at = a;
        while at < bs.len() {
            while bs.get(at).is_some_and(u8::is_ascii_whitespace) {
                at += 1;
            }
            let start = at;
            while bs.get(at).is_some_and(|c| !c.is_ascii_whitespace()) {
                at += 1;
            }
            if at > start {
                if start == s {
                    h = Some(words.len());
                }
                words.push((start, at));
                if h.is_some_and(|h| words.len() > h + 8) {
                    break;
                }
            }
        }
        let Some(h) = h else { continue };
        hits.clear();
        let ks = if capital {
            h..h + 1
        } else {
            h.saturating_sub(4)..h
        };
        scan(text, &words, ks, lx, &mut hits);
        found.extend(hits.iter().filter(|x| x.2.head == (s, e)));
    }
    found.sort_by_key(|x| (x.0, x.1));
    found.into_iter().map(|x| x.2).collect()
}

/// The holders (see [`head_holders`]) whose pattern starts at one of the
/// words `ks` of `words` (spans of `text`), each with the start of that
/// word and the pattern's rank.
fn scan(
    text: &str,
    words: &[(usize, usize)],
    ks: std::ops::Range<usize>,
    lx: &Lexicon,
    out: &mut Vec<(usize, u8, Holder)>,
) {
    let word = |k: usize| words.get(k).map_or("", |&(a, b)| &text[a..b]);
    // (A word with its closing punctuation cut: "Quenby," -> "Quenby".)
    let bare = |w: &'_ str| -> (usize, bool) {
        let t = w.trim_end_matches([',', '.', ';', ':']);
        // (An initial keeps its stop.)
        if t.len() == 1 && w.len() == 2 && w.ends_with('.') {
            return (w.len(), false);
        }
        (t.len(), t.len() < w.len())
    };
    for k in ks {
        if k >= words.len() {
            break;
        }
        let w = word(k);
        // (Every pattern starts at a capitalized word; most words are
        // not.)
        if !w
            .as_bytes()
            .first()
            .is_some_and(|&c| c.is_ascii_uppercase() || c >= 0x80)
        {
            continue;
        }
        // Pattern A: Title Name.
        // (A name closed by a comma counts: "Pope Francis, leader of".)
        let abbrev = title_abbrev(w).is_some();
        if (cap_word(w) || w == "CEO" || abbrev)
            && cap_word(word(k + 1).trim_end_matches([',', '.', ';', ':']))
            && (abbrev || person_noun(w, lx))
        {
            let mut n = 0;
            let mut end = words[k].1;
            let mut ok = true;
            // (One more title word after the head, a lower rank of its
            // service ([`RANKS`]): "Detective Sergeant Claire Boyd" is a
            // detective too. Or two: "Detective Chief Inspector Sarah
            // Nkemelu" is a detective. Not any title word: "Chief
            // Executive Tim Cook" is no chief, "Attorney General Merrick
            // Garland" no attorney.)
            let name_at = |j: usize| cap_word(word(j).trim_end_matches([',', '.', ';', ':']));
            let rank = if w == "Chief" {
                0
            } else if word(k + 1) == "Chief" && RANKS.contains(&word(k + 2)) && name_at(k + 3) {
                2
            } else {
                usize::from(RANKS.contains(&word(k + 1)) && name_at(k + 2))
            };
            for &(a, b) in words.iter().skip(k + 1 + rank).take(4) {
                let (len, stop) = bare(&text[a..b]);
                // ("Judge Alana Wirth's ruling": the name ends at "'s".)
                let x = unpossessed(&text[a..a + len]);
                let stop = stop || x.len() < len;
                let len = x.len();
                if !name_word(x) || n == 0 && person_noun(x, lx) {
                    ok = n > 0;
                    break;
                }
                n += 1;
                end = a + len;
                if stop {
                    break;
                }
            }
            // (A headline in title case goes on with capitals: "Star
            // Asked Actors To Act"; a bare surname, "President Obama",
            // is kept as a rival of the full names.)
            let after = word(k + 1 + rank + n);
            ok &= n < 4 || !cap_word(after) || word(k + rank + n).ends_with([',', '.']);
            if ok && !bare_plural(w) && (1..=4).contains(&n) {
                // The title: the capitalized words before the head, up
                // to three, none closed by punctuation, and a lowercase
                // "former" before them.
                let mut lo = k;
                while lo > 0 && k - lo < 3 {
                    let p = word(lo - 1);
                    if cap_word(p) || p == "former" {
                        lo -= 1;
                    } else {
                        break;
                    }
                }
                out.push((
                    words[k].0,
                    0,
                    Holder {
                        name: (words[k + 1 + rank].0, end),
                        title: (words[lo].0, words[k].1),
                        head: words[k],
                    },
                ));
            }
        }
        // Unnamed holders, rivals of the named ones: "Secretary of State
        // Antony Blinken" (a secretary), "Microsoft's chief executive
        // also spoke" (a chief executive).
        if cap_word(w)
            && word(k + 1) == "of"
            && cap_word(word(k + 2))
            && name_word(word(k + 3))
            && person_noun(w, lx)
        {
            out.push((
                words[k].0,
                1,
                Holder {
                    name: (words[k].0, words[k].0),
                    title: (words[k].0, words[k + 2].1),
                    head: words[k],
                },
            ));
        }
        let org = unpossessed(w);
        if org.len() < w.len() && cap_word(org) && !person_noun(org, lx) {
            for j in k + 1..(k + 4).min(words.len()) {
                let (len, stop) = bare(word(j));
                let x = &word(j)[..len];
                if x.is_empty() || !x.bytes().all(|c| c.is_ascii_lowercase() || c == b'-') {
                    break;
                }
                // (The head is the last of a run of person nouns: "chief
                // executive".)
                let next = word(j + 1);
                let more =
                    !stop && next.bytes().all(|c| c.is_ascii_lowercase()) && person_noun(next, lx);
                if !more && !bare_plural(x) && person_noun(x, lx) {
                    // (Not before a name: "Apple's chief executive Tim
                    // Cook" is no other holder.)
                    if stop || !cap_word(word(j + 1)) {
                        out.push((
                            words[k].0,
                            2,
                            Holder {
                                name: (words[k].0, words[k].0),
                                title: (words[k].0, words[j].0 + len),
                                head: (words[j].0, words[j].0 + len),
                            },
                        ));
                    }
                    break;
                }
                if stop {
                    break;
                }
            }
        }
        // Pattern B: Name, the [modifiers] role of ...
        if w.ends_with(',') && word(k + 1) == "the" && k > 0 {
            let last = &w[..w.len() - 1];
            if !(name_word(last) && name_word(word(k - 1))) {
                continue;
            }
            let mut lo = k - 1;
            while lo > 0 && k - lo < 3 && name_word(word(lo - 1)) {
                if person_noun(word(lo - 1), lx) {
                    break;
                }
                lo -= 1;
            }
            // (No name after a preposition or participle, past a title:
            // "When asked by Lawmaker Priya Desai, the chairman ...".)
            let mut p = lo;
            while p > 0 && lo - p < 3 && cap_word(word(p - 1)) {
                p -= 1;
            }
            let opening = p == 0 || word(p - 1).ends_with(['.', '?', '!', '"']);
            if p > 0 && no_appositive_before(word(p - 1)) {
                continue;
            }
            // (The role phrase is closed by a comma, or by a stop when
            // the name is no sentence opener: "Ana Ruiz, the mayor of
            // Tulsa, said", "said Ana Ruiz, the mayor of Tulsa.", not
            // "Early Monday, the mayor of Tulsa declared".)
            let closed = words.iter().skip(k + 2).take(8).find_map(|&(a, b)| {
                let t = &text[a..b];
                if t.ends_with([',', ';', ')']) {
                    Some(true)
                } else if t.ends_with(['.', '?', '!', ':']) && !(t.len() == 2 && t.ends_with('.')) {
                    Some(!opening)
                } else {
                    None
                }
            });
            if closed != Some(true) {
                continue;
            }
            for j in k + 2..(k + 5).min(words.len()) {
                let (len, stop) = bare(word(j));
                let x = &word(j)[..len];
                if !x.bytes().all(|c| c.is_ascii_lowercase() || c == b'-') || x.is_empty() {
                    break;
                }
                let next = word(j + 1);
                if (stop || matches!(next, "of" | "at" | "for"))
                    && !bare_plural(x)
                    && person_noun(x, lx)
                {
                    out.push((
                        words[k].0,
                        3,
                        Holder {
                            name: (words[lo].0, words[k].1 - 1),
                            title: (words[k + 1].0, words[j].0 + len),
                            head: (words[j].0, words[j].0 + len),
                        },
                    ));
                    break;
                }
                if stop {
                    break;
                }
            }
        }
    }
}

/// [`office_holder`] with the holders of the phrase's head `head` (its
/// [`holder_head`]), found once a document per head and kept in `cache` (at most [`MAX_HEADS`] heads:
/// past them, no name).
pub(super) fn cached_office_holder(
    text: &str,
    pos: usize,
    rest: &str,
    head: &str,
    lx: &Lexicon,
    cache: &std::cell::RefCell<Vec<(HeadKey, Vec<Holder>)>>,
) -> Option<(usize, usize)> {
    let mut cache = cache.borrow_mut();
    // ("the PM": the holders of "minister", [`spelled`].)
    let head = spelled(head).map_or(head, |s| s.0);
    let at = cache_slot(&mut cache, text, head, lx)?;
    // (The holders of its abbreviated title, "Sen." for "senator", only
    // for a phrase with a modifier: "the Florida senator".)
    let ab = match head_abbrev(head) {
        Some(ab) if rest.contains(' ') => cache_slot(&mut cache, text, ab, lx),
        _ => None,
    };
    let more = ab.and_then(|b| cache.get(b)).map_or(&[][..], |c| &c.1[..]);
    office_holder(text, pos, rest, &cache.get(at)?.1, more)
}

/// The place in `cache` of the holders of `head`, found now if new;
/// `None` past [`MAX_HEADS`] heads.
fn cache_slot(
    cache: &mut Vec<(HeadKey, Vec<Holder>)>,
    text: &str,
    head: &str,
    lx: &Lexicon,
) -> Option<usize> {
    match cache.iter().position(|(h, _)| h.is(head)) {
        Some(at) => Some(at),
        None if cache.len() < MAX_HEADS => {
            cache.push((HeadKey::new(head)?, head_holders(text, head, lx)));
            Some(cache.len() - 1)
        }
        None => None,
    }
}

/// The head of the role phrase `rest` (its words after "the") when a
/// holder may have it ([`cached_office_holder`] finds none for other
/// phrases): a singular person noun (or "executive", for a "CEO") after
/// at most two modifiers. Cheap: no search of the text.
pub(super) fn holder_head<'r>(rest: &'r str, lx: &Lexicon) -> Option<&'r str> {
    let mut ws = rest.rsplit_sp();
    let head = ws.next()?;
    // (No holder has a head the lexicon lists as no person noun, but a
    // "CEO" for "the chief executive".)
    if head.is_empty()
        || bare_plural(head)
        || ws.nth(2).is_some()
        || !head.eq_ignore_ascii_case("executive") && !person_noun(head, lx)
    {
        return None;
    }
    Some(head)
}

/// The most heads of role phrases whose holders a document looks up.
const MAX_HEADS: usize = 24;

/// The name of the one office holder of `holders` that the definite role
/// phrase `rest` (its words after "the": up to two modifiers and a head)
/// names, introduced before `pos`: the holders whose title's head is the
/// phrase's head, whose title has each of its modifiers (a lowercase one
/// as a word, "the chief executive"; a capitalized one as the start of a
/// word or as the initials of the title's capitalized words, "the Fed
/// chair" for "Federal Reserve Chair", "the ECB president" for "European
/// Central Bank President") and the same lesser qualifiers ([`LESSER`]:
/// "the former president" is a "Former President", "the president" is
/// no "Vice President"). `None` unless exactly one person (one name) of
/// the whole document holds it.
///
/// A US state among the modifiers ("the Florida senator", "the New
/// Jersey governor") names a holder whose title writes it ("Florida Sen.
/// Marco Rubio") or whose party tag gives it ("Sen. Marco Rubio
/// (R-Fla.)", "Sen. Marco Rubio, R-Fla.,"); failing any such holder, the
/// one whose state the text does not give, never one of another state.
fn office_holder(
    text: &str,
    pos: usize,
    rest: &str,
    holders: &[Holder],
    more: &[Holder],
) -> Option<(usize, usize)> {
    let mut ws = rest.rsplit_sp();
    let mut head = ws.next()?;
    let mut mods: Vec<&str> = ws.collect();
    if mods.len() > 2 || bare_plural(head) {
        return None;
    }
    // ("the PM" is "the prime minister", "the Australian PM" "the
    // Australian prime minister": [`spelled`].)
    if let Some((h, m)) = spelled(head) {
        head = h;
        mods.insert(0, m);
    }
    // (The state, its words taken out of the modifiers; `mods` runs from
    // the head back.)
    // (Only an office with an abbreviated title has one, "the Florida
    // senator": the cheap test first.)
    let cap = |m: &&str| m.starts_with(|c: char| c.is_ascii_uppercase());
    let off = |m: &str| m.as_ptr() as usize - rest.as_ptr() as usize;
    let state = match mods.as_slice() {
        _ if head_abbrev(head).is_none() => None,
        [a] | [a, _] if cap(a) && !mods.get(1).is_some_and(cap) => party::state_code(a),
        // ("New Jersey": the two words as the phrase writes them.)
        [a, b] if cap(a) && cap(b) => rest
            .get(off(b)..off(a) + a.len())
            .and_then(party::state_code),
        [_, b] if cap(b) => party::state_code(b),
        _ => None,
    };
    if state.is_some() {
        mods.retain(|m| !cap(m));
        // (Those of the state first; then, failing any, those of no
        // known state.)
        let of_state = |given: bool| {
            office_holder_of(
                text,
                pos,
                head,
                &mods,
                holders,
                more,
                state.map(|s| (s, given)),
            )
        };
        return of_state(true).or_else(|| of_state(false)).flatten();
    }
    office_holder_of(text, pos, head, &mods, holders, more, None).flatten()
}

/// The state a holder's title or party tag gives ([`office_holder`]).
fn holder_state(text: &str, h: &Holder) -> Option<[u8; 2]> {
    // (A state of one or two capitalized words before the title's
    // head: "Florida Sen.", "Former New Jersey Gov.".)
    let title = text.get(h.title.0..h.head.0).unwrap_or("");
    let mut prev: Option<usize> = None;
    for w in title.split_sp().filter(|w| !w.is_empty()) {
        let at = w.as_ptr() as usize - title.as_ptr() as usize;
        if !w.starts_with(|c: char| c.is_ascii_uppercase()) || w.len() < 3 {
            prev = None;
            continue;
        }
        let pair = prev.and_then(|p| title.get(p..at + w.len()));
        if let Some(s) = pair
            .and_then(party::state_code)
            .or_else(|| party::state_code(w))
        {
            return Some(s);
        }
        prev = Some(at);
    }
    party::party_tag(text, h.name.0, h.name.0)
        .and_then(|p| p.state)
        .or_else(|| {
            // (A dash tag that ends the sentence: "Sen. Joni Ernst,
            // R-Iowa.", its stop no part of the state's name.)
            let after = text.get(h.name.1..)?;
            let t = after
                .strip_prefix(", ")
                .or_else(|| after.strip_prefix(" ("))?;
            let t = &t[..t.find(char::is_whitespace).unwrap_or(t.len())];
            let t = t.strip_suffix('.')?;
            party::dash_tag(t).map(|(_, s)| s)
        })
}

/// [`office_holder`] for the phrase's head and its modifiers other than
/// a state's words, the holders restricted to those of `state` when the
/// flag is set, else to those of `state` or none known: `None` when no
/// holder fits, `Some(None)` when no one person does.
fn office_holder_of(
    text: &str,
    pos: usize,
    head: &str,
    mods: &[&str],
    holders: &[Holder],
    more: &[Holder],
    state: Option<([u8; 2], bool)>,
) -> Option<Option<(usize, usize)>> {
    let mut any = false;
    // (One name, or a surname alone and the full name that ends with it:
    // "President Barack Obama ... President Obama".)
    // (Word by word from the end, whatever spaces or line breaks part
    // the words: "Harold  Quenby" is "Harold Quenby".)
    let same = |a: &str, b: &str| {
        a.split_whitespace()
            .rev()
            .zip(b.split_whitespace().rev())
            .all(|(x, y)| x == y)
    };
    let lesser = |w: &str| LESSER.iter().any(|l| l.eq_ignore_ascii_case(w));
    // ("the chief executive" is a "CEO" too.)
    // (`mods` runs from the head back: "chief" is next to it.)
    let ceo = head == "executive" && mods.first() == Some(&"chief");
    let mut found: Option<(usize, usize)> = None;
    let mut found_title = "";
    let mut unnamed: Option<&str> = None;
    let mut before = false;
    for h in holders.iter().chain(more) {
        let hh = &text[h.head.0..h.head.1];
        let as_ceo = ceo && hh == "CEO";
        // (An abbreviated title, "Sen.", holds only a phrase with a
        // state or another modifier, "the Florida senator", "the former
        // governor": a bare "the senator" is as often one the text
        // called "the senator from Florida" or gave no title at all.)
        if !as_ceo
            && !hh.eq_ignore_ascii_case(head)
            && (title_abbrev(hh) != Some(head) || mods.is_empty() && state.is_none())
        {
            continue;
        }
        let mods = if as_ceo { &mods[1..] } else { mods };
        let title = &text[h.title.0..h.title.1];
        let tw = || title.split_sp().filter(|w| !w.is_empty());
        // (Every lesser qualifier of the title is the phrase's, and the
        // other way round.)
        let fits = tw().all(|w| !lesser(w) || mods.iter().any(|m| m.eq_ignore_ascii_case(w)))
            && mods.iter().all(|m| {
                if lesser(m) {
                    return tw().any(|w| w.eq_ignore_ascii_case(m));
                }
                if m.bytes().all(|c| c.is_ascii_lowercase() || c == b'-') {
                    return tw().any(|w| w.eq_ignore_ascii_case(m));
                }
                if !m.starts_with(|c: char| c.is_ascii_uppercase()) {
                    return false;
                }
                let prefix = m.len() >= 3
                    && tw().any(|w| {
                        w.len() >= m.len() && w.is_char_boundary(m.len()) && w.starts_with(m)
                    });
                let initials = m.len() >= 2
                    && m.bytes().all(|c| c.is_ascii_uppercase())
                    && tw()
                        .filter_map(|w| w.bytes().next().filter(u8::is_ascii_uppercase))
                        .collect::<Vec<u8>>()
                        .windows(m.len())
                        .any(|x| x == m.as_bytes());
                prefix || initials
            });
        if !fits {
            continue;
        }
        if let Some((st, strict)) = state {
            match holder_state(text, h) {
                Some(s) if s == st => {}
                None if !strict => {}
                _ => continue,
            }
        }
        any = true;
        let name = &text[h.name.0..h.name.1];
        if name.is_empty() {
            // (An unnamed holder is a rival, unless it is "Acme's chief
            // executive" and the named one an "Acme Chief Executive":
            // checked below.)
            let first = title.split_sp().next().unwrap_or("");
            let org = unpossessed(first);
            if org.len() == first.len() || unnamed.is_some_and(|u| u != org) {
                return Some(None);
            }
            unnamed = Some(org);
            continue;
        }
        match found {
            Some(f) if !same(&text[f.0..f.1], name) => return Some(None),
            // (The full name rather than a surname alone.)
            Some(f) if name.len() > f.1 - f.0 => {
                found = Some(h.name);
                found_title = title;
            }
            Some(_) => {}
            None => {
                found = Some(h.name);
                found_title = title;
            }
        }
        before |= h.name.1 <= pos;
    }
    if let Some(org) = unnamed {
        if !found_title.split_sp().any(|w| unpossessed(w) == org) {
            return Some(None);
        }
    }
    if !any {
        return None;
    }
    // (A surname alone is no name to give.)
    Some(found.filter(|f| before && text[f.0..f.1].split_whitespace().nth(1).is_some()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cap_word_takes_accents_and_initials() {
        assert!(cap_word("José"));
        assert!(cap_word("Łukasz"));
        assert!(cap_word("Ortiz"));
        assert!(cap_word("J."));
        assert!(!cap_word("é"));
        assert!(!cap_word("É"));
        assert!(!cap_word("JOSÉ"));
        assert!(!cap_word("CEO"));
        // (Internal capitals after a name prefix.)
        for w in ["McQuenby", "MacArthur", "DeSantis", "LeBron", "DiCaprio"] {
            assert!(cap_word(w), "{w}");
        }
        for w in ["YouTube", "PayPal", "McD", "DeSANTIS", "MCQuenby"] {
            assert!(!cap_word(w), "{w}");
        }
    }

    #[test]
    fn holders_are_found_per_head() {
        let lx = Lexicon::default_data().unwrap();
        let text = "Acme Chief Executive Harold Quenby spoke. Ana Ruiz, the chief \
                    executive of Bolt, agreed. Acme's chief executive left.";
        let hs = head_holders(text, "executive", &lx);
        let names: Vec<&str> = hs.iter().map(|h| &text[h.name.0..h.name.1]).collect();
        assert_eq!(names, ["Harold Quenby", "Ana Ruiz", ""]);
        let heads: Vec<&str> = hs.iter().map(|h| &text[h.head.0..h.head.1]).collect();
        assert_eq!(heads, ["Executive", "executive", "executive"]);
        assert!(head_holders(text, "president", &lx).is_empty());
        assert!(head_holders("", "executive", &lx).is_empty());
    }

    #[test]
    fn person_nouns_and_head_keys_need_no_allocation() {
        let lx = Lexicon::default_data().unwrap();
        assert!(person_noun("Executive", &lx));
        assert!(person_noun("president", &lx));
        assert!(!person_noun("table", &lx));
        // (Past MAX_HEAD bytes no word is one, and no key is made.)
        let long = "a".repeat(MAX_HEAD + 1);
        assert!(!person_noun(&long, &lx));
        assert!(HeadKey::new(&long).is_none());
        assert!(HeadKey::new(&long[1..]).is_some());
        let k = HeadKey::new("Executive").unwrap();
        assert!(k.is("executive") && k.is("EXECUTIVE") && !k.is("executives"));
        assert!(!k.is("execut"));
        assert_eq!(holder_head("chief executive", &lx), Some("executive"));
        assert_eq!(holder_head("Fed chair", &lx), Some("chair"));
        assert_eq!(holder_head("chief executives", &lx), None);
        assert_eq!(holder_head("very long former vice president", &lx), None);
        assert_eq!(holder_head("table", &lx), None);
    }

    #[test]
    fn lesser_qualifiers_are_whole_words() {
        // (A title is split at spaces: an entry with a stop or a hyphen
        // could never equal one of its words.)
        for l in LESSER {
            assert!(l.bytes().all(|c| c.is_ascii_lowercase()), "{l}");
        }
        let text = "Lieutenant Governor Ana Ruiz spoke. Governor Ben Cole spoke.";
        assert_eq!(
            holder_at_end(text, "governor", "lieutenant governor"),
            Some("Ana Ruiz")
        );
        assert_eq!(
            holder_at_end(text, "governor", "governor"),
            Some("Ben Cole")
        );
    }

    /// The holder of `phrase` (head `head`) that a role phrase at the end of
    /// `text` names.
    fn holder_at_end<'t>(text: &'t str, head: &str, phrase: &str) -> Option<&'t str> {
        let lx = Lexicon::default_data().unwrap();
        let hs = head_holders(text, head, &lx);
        office_holder(text, text.len(), phrase, &hs, &[]).map(|n| &text[n.0..n.1])
    }

    #[test]
    fn the_pm_is_the_prime_minister() {
        let lx = Lexicon::default_data().unwrap();
        let holder = |text: &str, phrase: &str| {
            let head = holder_head(phrase, &lx)?;
            let cache = std::cell::RefCell::new(Vec::new());
            cached_office_holder(text, text.len(), phrase, head, &lx, &cache)
                .map(|n| text[n.0..n.1].to_string())
        };
        let text = "Prime Minister Ana Ruiz spoke. Later the PM left.";
        assert_eq!(holder(text, "PM").as_deref(), Some("Ana Ruiz"));
        assert_eq!(holder(text, "prime minister").as_deref(), Some("Ana Ruiz"));
        let text = "Ana Ruiz, the prime minister, spoke. Later the PM left.";
        assert_eq!(holder(text, "PM").as_deref(), Some("Ana Ruiz"));
        // (A lesser or another minister is none; nor is one of another
        // country the phrase names.)
        for (text, phrase) in [
            (
                "Deputy Prime Minister Ana Ruiz spoke. Later the PM left.",
                "PM",
            ),
            ("Foreign Minister Ana Ruiz spoke. Later the PM left.", "PM"),
            (
                "Prime Minister Ana Ruiz spoke. Later the Australian PM left.",
                "Australian PM",
            ),
        ] {
            assert_eq!(holder(text, phrase), None, "{text}");
        }
        assert_eq!(spelled("PM"), Some(("minister", "prime")));
        assert_eq!(spelled("pm"), None);
    }

    #[test]
    fn internal_capitals_keep_the_whole_name() {
        let text = "Governor Ron DeSantis spoke. Later the governor left.";
        assert_eq!(
            holder_at_end(text, "governor", "governor"),
            Some("Ron DeSantis")
        );
    }

    #[test]
    fn spaces_inside_a_name_make_no_second_person() {
        let lx = Lexicon::default_data().unwrap();
        let text = "Harold  Quenby, the chief executive of Acme, spoke. Acme Chief \
                    Executive Harold Quenby left. Then the chief executive said so.";
        let hs = head_holders(text, "executive", &lx);
        assert_eq!(hs.len(), 2);
        assert!(office_holder(text, text.len(), "chief executive", &hs, &[]).is_some());
        let text = "Ana Ruiz, the chief executive of Acme, spoke. Acme Chief \
                    Executive Ben Ruiz left. Then the chief executive said so.";
        let hs = head_holders(text, "executive", &lx);
        assert!(office_holder(text, text.len(), "chief executive", &hs, &[]).is_none());
    }

    #[test]
    fn abbreviated_titles_hold_state_phrases() {
        let lx = Lexicon::default_data().unwrap();
        let text = "Texas Sen. Ana Ruiz spoke. Sen. Ben Cole (R-Fla.) spoke. \
                    Sen. Joe Park, R-Iowa. Gov. Lena Ortiz spoke.";
        let hs = head_holders(text, "Sen.", &lx);
        assert_eq!(hs.len(), 3);
        let name = |rest: &str, hs: &[Holder]| {
            office_holder(text, text.len(), rest, &[], hs).map(|n| &text[n.0..n.1])
        };
        assert_eq!(name("Florida senator", &hs), Some("Ben Cole"));
        assert_eq!(name("Texas senator", &hs), Some("Ana Ruiz"));
        assert_eq!(name("Iowa senator", &hs), Some("Joe Park"));
        assert_eq!(name("Ohio senator", &hs), None);
        assert_eq!(name("senator", &hs), None);
        let hs = head_holders(text, "Gov.", &lx);
        assert_eq!(name("New Jersey governor", &hs), Some("Lena Ortiz"));
        assert_eq!(name("governor", &hs), None);
        assert_eq!(title_abbrev("Sen."), Some("senator"));
        assert_eq!(head_abbrev("governor"), Some("Gov."));
    }

    #[test]
    fn possessive_is_cut() {
        assert_eq!(unpossessed("Quenby's"), "Quenby");
        assert_eq!(unpossessed("Quenby\u{2019}s"), "Quenby");
        assert_eq!(unpossessed("Quenby"), "Quenby");
        assert_eq!(unpossessed("Sanders'"), "Sanders");
        assert_eq!(unpossessed("Sanders\u{2019}"), "Sanders");
        assert_eq!(unpossessed("O'"), "O'");
    }

    #[test]
    fn openers_are_no_name_words() {
        assert!(!name_word("Tuesday"));
        assert!(!name_word("Across"));
        assert!(!name_word("But"));
        assert!(!name_word("Meanwhile"));
        assert!(name_word("Quenby"));
        assert!(no_appositive_before("by"));
        assert!(no_appositive_before("Speaking".to_lowercase().as_str()));
        assert!(!no_appositive_before("said"));
    }
}
