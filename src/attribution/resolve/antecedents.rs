//! Antecedents for speakers with no name: affiliated persons, org names,
//! the head word of an object phrase, names introduced earlier ("X, the
//! minister"), titled and role antecedents for pronouns and role phrases.

use super::word_tables::concat_words;
use super::*;
use crate::gazetteer::COURTESY_TITLES;

/// The person named before an affiliation ("Professor Raj Patel of the
/// University of Edinburgh", "Ann Lee at Goldman Sachs"): a name of two to
/// five capitalized words, no article, no organization word and no gazetteer mention
/// ("United States of America") before the first "of/at/from", not ending
/// in an office.
pub(super) fn affiliated_person<'t>(
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
    // (A lowercase role noun may open it, "hydrologist Pieter Meer of
    // Delft University", and lowercase particles stand inside the name,
    // "Ines van der Poel of Utrecht University": the name is the run of
    // name words at the end, [`person_name`]. The role noun is looked up
    // only once the rest has the form.)
    let mut at = 0;
    let mut n = 0;
    let mut role = None;
    for w in t.split_sp() {
        if matches!(w, "of" | "at" | "from") && n > 0 {
            break;
        }
        if n == 5 {
            return None;
        }
        if !w.starts_with(|c: char| c.is_uppercase()) {
            if at == 0 {
                role = Some(w);
            } else if n == 0 || !super::super::speaker::PARTICLES.words().contains(&w) {
                return None;
            }
            at += w.len() + 1;
            continue;
        }
        n += 1;
        at += w.len() + 1;
    }
    if n < 2 || at >= t.len() {
        return None;
    }
    if role.is_some_and(|w| lx.speaker_noun(w) != Some(NounType::Person)) {
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
    // title.) (A hyphenated title too: "Parliamentary Under-Secretary of
    // State for Health Jane Doe"; [`hyphenated_title`].)
    let office = lead.rsplit_sp().next().is_some_and(|w| {
        is_title_word(w) || lx.speaker_noun(w).is_some() || hyphenated_title(w, lx)
    }) && !lead
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
/// "the", ending in an organization word or with one before "of" or "for"
/// ("Royal College of Nursing", "Office for National Statistics"); `None`
/// for descriptions ("a Berlin think tank"), possessives not ending in an
/// organization word ("Britain's Parliament", "the Zionist Union Party's
/// Nachman Shai"), two names ("The State Department and the ..."), polls
/// ("New Poll") and Title Case headlines with a finite cue ("... Reveals
/// State Department"; "United States" is no cue).
#[inline]
pub(super) fn org_name<'t>(t: &'t str, lx: &Lexicon) -> Option<&'t str> {
    let name = super::after_the(t).unwrap_or(t);
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
        && (!name.contains("'s") && !name.contains("’s")
            || is_org_word(last)
            || org_of_capitals_phrase(name))
        && !name.contains(" and the ")
        && (is_org_word(last) || org_of_capitals_phrase(name) || {
            // (Or before "for": "Centers for Disease Control and
            // Prevention", "Office for National Statistics".)
            let head = name.split(" of ").next().unwrap_or(name);
            let head = head.split(" for ").next().unwrap_or(head);
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
pub(super) fn cut_short(text: &str, mentions: Ments<'_>, m: &Mention, sp: Span) -> bool {
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
pub(super) fn object_start(t: &str) -> Option<usize> {
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
#[inline]
pub(super) fn head_word<'t>(t: &'t str, lx: &Lexicon) -> &'t str {
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
    let acronym = || orgs::all_caps(prev, 2..=usize::MAX);
    let name_part = i > 1
        && prev.starts_with(|c: char| c.is_uppercase())
        && !(acronym() && lx.speaker_noun(prev) == Some(NounType::Person));
    !name_part && lx.speaker_noun(prev).is_some()
}

/// [`head_word`] by the word lists themselves: for phrases of fewer than
/// eight bytes, and the plain version its test compares it with.
pub(super) fn head_word_plain<'t>(t: &'t str, lx: &Lexicon) -> &'t str {
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

/// The object of a capitalized plural person noun that opens a sentence,
/// the relation of its members to the object's name ("Lawyers for Donald
/// Trump", "Supporters of Republican Donald Trump", "Aides to Joe Biden"):
/// the offset of the preposition, as [`object_start`] gives it for a
/// lowercase head ("lawyers for Donald Trump"), which it cannot tell from
/// a title ("Mayor of London Sadiq Khan"). A plural is no title of one
/// person, so only one counts (ending in "s", a person noun of the
/// lexicon; not "like", which gives an example of them: "Proponents like
/// Mr. Eisenbrey").
///
/// Also the participle "representing" after a lowercase person noun,
/// which names its client as "for" does ("A lawyer representing Hunter
/// Biden", "the MP representing Kingston").
///
/// Asked only when [`object_start`] finds none, with `cap`, whether the
/// phrase ends in a capitalized word ([`super::names::ends_capitalized`],
/// which the resolver remembers for the draft's phrase): the first byte
/// and `cap` decide for most phrases, before any search or word split.
#[inline]
pub(super) fn plural_head_object(
    t: &str,
    cap: impl FnOnce() -> bool,
    lx: &Lexicon,
) -> Option<usize> {
    let b = t.as_bytes();
    let first_up = b.first().is_some_and(u8::is_ascii_uppercase);
    // (The participle in a phrase that ends in a name; a searcher built
    // once: a search set up for every phrase cost 2.3 M instructions a
    // pass of train, and the word split that gated it 1 M.)
    // (The phrase's last word split at spaces first, a short walk back
    // over its bytes: most phrases end in a lowercase word, and then
    // neither `cap` nor the search is asked.)
    if b.len() > 16 && last_word_capitalized(t) && cap() {
        if let Some(at) = representing_object(t, lx) {
            return Some(at);
        }
    }
    // (A head of four bytes or more, a space and a preposition of two:
    // seven bytes at least.)
    if first_up && b.len() >= 7 {
        plural_head(t, lx)
    } else {
        None
    }
}

/// The length of the run of lowercase ASCII bytes that opens `b`, eight
/// bytes at a time: a byte is lowercase when its high bit is clear and its
/// low seven bits lie in `0x61..=0x7a` (no sum below carries from one byte
/// into the next, as each low seven bits plus `0x1f` stays below `0x100`).
#[inline]
fn lowercase_run(b: &[u8]) -> usize {
    const ONES: u64 = u64::from_ne_bytes([1; 8]);
    const HIGH: u64 = ONES * 0x80;
    let mut k = 0;
    while let Some(chunk) = b.get(k..k + 8) {
        let mut w = [0; 8];
        w.copy_from_slice(chunk);
        let v = u64::from_le_bytes(w);
        let low = v & !HIGH;
        let at_least_a = low.wrapping_add(ONES * 0x1f);
        let past_z = low.wrapping_add(ONES * 0x05);
        let lower = at_least_a & !past_z & !v & HIGH;
        let other = !lower & HIGH;
        if other != 0 {
            return k + (other.trailing_zeros() / 8) as usize;
        }
        k += 8;
    }
    while b.get(k).is_some_and(u8::is_ascii_lowercase) {
        k += 1;
    }
    k
}

/// Whether the last word of `t`, split at spaces as `rsplit_sp` gives
/// it, starts with a capital ([`plural_head_object`]).
#[inline]
fn last_word_capitalized(t: &str) -> bool {
    let from = t.bytes().rposition(|c| c == b' ').map_or(0, |i| i + 1);
    t.get(from..)
        .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()))
}

/// The offset of "representing" after a lowercase person noun in `t`
/// (or one in capitals, or opening the phrase), a phrase whose last word starts with a capital ([`plural_head_object`]
/// asks [`last_word_capitalized`] first).
#[inline(never)]
fn representing_object(t: &str, lx: &Lexicon) -> Option<usize> {
    static REPRESENTING: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new(" representing "));
    let at = REPRESENTING.find(t.as_bytes())?;
    // (`cap` also holds for a name's article ending, "al-Sadr", and reads
    // words split at any white space: the last word split at spaces
    // decides, as it did before `cap` gated the search; the caller asks
    // it, [`last_word_capitalized`], before `cap`.)
    let before = t[..at].rsplit_sp().next().unwrap_or("");
    // (A person noun in capitals, "The MP representing Kingston", "the
    // MPs representing Kent", or capitalized as the phrase's first word,
    // "Lawyers representing Amazon", is one too; not a name, "Smith".)
    let noun_case = before.starts_with(|c: char| c.is_ascii_lowercase())
        || orgs::all_caps(before.strip_suffix('s').unwrap_or(before), 2..=usize::MAX)
        || before.len() == at;
    (noun_case && lx.speaker_noun(before) == Some(NounType::Person)).then_some(at + 1)
}

/// The offset of the preposition after a capitalized plural person noun
/// that opens `t` ("Lawyers for", "Supporters of"; [`plural_head_object`]):
/// its first byte an ASCII capital, the rest lowercase ASCII
/// ([`lowercase_run`]) ending in "s" but not "ss", more than three bytes,
/// or a collective noun of persons ([`COLLECTIVE_HEADS`]: "Family of").
/// (A leaf that calls nothing but, at its end, the test of the
/// preposition and the noun, [`plural_head_preposition`], which few
/// phrases reach: no registers saved for most.)
#[inline(never)]
fn plural_head(t: &str, lx: &Lexicon) -> Option<usize> {
    let b = t.as_bytes();
    let k = 1 + lowercase_run(b.get(1..).unwrap_or_default());
    // (The head ends at a space; any other byte, or the phrase's end,
    // leaves no plural head with a preposition after it.)
    if b.get(k) != Some(&b' ')
        || k <= 3
        || (b[k - 1] != b's' || b[k - 2] == b's') && !collective(b, k)
    {
        return None;
    }
    plural_head_preposition(t, k, lx)
}

/// Whether the capitalized word of `k` bytes that opens `b` is one of
/// [`COLLECTIVE_HEADS`] (asked only of a head with no plural ending).
#[cold]
fn collective(b: &[u8], k: usize) -> bool {
    COLLECTIVE_HEADS.iter().any(|h| h.as_bytes() == &b[..k])
}

/// [`plural_head`]'s test past the head of `k` bytes: a preposition of
/// [`NAME_PREPOSITIONS`] but "like" after it, then a capitalized word (a
/// name or its title, after "the" or "former" or not), and the head a
/// person noun.
/// (A lowercase noun after the preposition is the whole object, the
/// names after it the speakers' own: "Candidates for governor Josh
/// Shapiro and Doug Mastriano", "Rivals for the nomination Nikki Haley".)
#[cold]
#[inline(never)]
fn plural_head_preposition(t: &str, k: usize, lx: &Lexicon) -> Option<usize> {
    let mut words = t.get(k + 1..)?.split_sp();
    let prep = words.next().unwrap_or("");
    let mut next = words.next().unwrap_or("");
    // ("Lawyers for the Trump campaign", "Aides to former Sen. Bob
    // Menendez", "Supporters of the late John McCain".)
    while matches!(next, "the" | "former" | "late") {
        next = words.next().unwrap_or("");
    }
    // (A title after "then-" or "ex-": "Critics of then-President Donald
    // Trump", "Aides to ex-Gov. Andrew Cuomo".)
    let next = next
        .strip_prefix("then-")
        .or_else(|| next.strip_prefix("ex-"))
        .unwrap_or(next);
    (prep != "like"
        && NAME_PREPOSITIONS.contains(&prep)
        && next.starts_with(|c: char| c.is_uppercase())
        && collective_or_person(t.get(..k)?, lx))
    .then_some(k + 1)
}

/// Capitalized collective nouns of persons that open a phrase before the
/// object they relate to, as a capitalized plural does ("Family of Sonya
/// Massey", "Staff for the House Select Committee on Benghazi"): the
/// members speak, not the object's name ([`plural_head`]). (The lexicon
/// types them organizations, so they are listed here.)
const COLLECTIVE_HEADS: &[&str] = &["Family", "Staff", "Crew"];

/// Whether the head `h` of [`plural_head_preposition`] names persons: one
/// of [`COLLECTIVE_HEADS`] or a person noun of the lexicon.
fn collective_or_person(h: &str, lx: &Lexicon) -> bool {
    COLLECTIVE_HEADS.contains(&h) || lx.speaker_noun(h) == Some(NounType::Person)
}

/// [`object_start`] by the word lists themselves: for phrases of fewer
/// than eight bytes, and the plain version its test compares it with.
pub(super) fn object_start_plain(t: &str) -> Option<usize> {
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
pub(super) const POST_WORDS: &[&str] = &["close", "familiar", "in", "who", "that", "which"];

/// Slots of [`OBJECT_WORDS`] (a power of two).
const OBJECT_SLOTS: usize = 64;

/// A slot of [`OBJECT_WORDS`]: a word's first eight bytes
/// (`text::segment::packed_prefix`, case kept), its length and its classes
/// (0 in an empty slot).
#[derive(Clone, Copy)]
pub(super) struct ObjectWord {
    prefix: u64,
    pub(super) len: u8,
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

/// The "First [M.] Surname" in the `INTRODUCTION_WINDOW` bytes before
/// `at`, among the first 16 occurrences of the surname there (a bounded
/// search, so a huge document stays linear), or `None`; also `None` when
/// two different first names come with the surname ("Mark Ellis and Jane
/// Ellis": a wrong name is worse than none). The name may open a
/// paragraph or a line (the first name after a line break). A name of
/// three words keeps its first word when that is name-shaped and opens
/// the run of capitals (a known given name after a preposition is a
/// place: "from Austin Greg Abbott" -> "Greg Abbott"; one after a capital
/// is kept, as headlines capitalize every word), and when it is a known
/// given name (`given`) or
/// the middle word is not one ("confirmed Ketanji Brown Jackson" ->
/// "Ketanji Brown Jackson", not "Brown Jackson"; "Republican Kevin
/// McCarthy" stays "Kevin McCarthy").
pub(super) fn introduced_name(
    text: &str,
    at: usize,
    surname: &str,
    given: &dyn Fn(&str) -> bool,
    same_given: &dyn Fn(&str, &str) -> bool,
) -> Option<String> {
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
            && !NOT_NAME_FIRST_WORDS.contains(w)
    };
    // The names found: `sure` where the first name is a known given name
    // or follows a word inside the sentence, `unsure` where a word not
    // known as a given name opens the sentence ("After Scalia",
    // "Interestingly Blocher", a headline's "Fires Schilling", but also
    // "Agusein Garcia, 34, said"): those count only when no sure name was
    // found. Each is `Err(())` once two different names were found.
    let mut sure: Option<Result<String, ()>> = None;
    let mut unsure: Option<Result<String, ()>> = None;
    // The word before the surname at the last occurrence that reached the
    // first-name test, with that test's answer and `given`'s (None: not
    // asked): the same name comes again and again ("Donald Trump").
    let mut last: Option<(&str, bool, Option<bool>)> = None;
    // The name of an occurrence, joined in one buffer kept between them
    // (moved out only when it is the first of its kind).
    let mut name = String::new();
    // The first few occurrences only: the introduction comes first.
    for i in occurrences(hay.as_bytes(), surname.as_bytes()).take(16) {
        // Two different sure names: no name, whatever comes after.
        if matches!(sure, Some(Err(()))) {
            return None;
        }
        let after = hay[i + surname.len()..].chars().next();
        if after.is_some_and(char::is_alphanumeric) || !hay[..i].ends_with(' ') {
            continue;
        }
        let mut before = hay[..i - 1].rsplit_sp().peekable();
        let Some(piece) = before.next() else { continue };
        let (mut w, mut edge) = after_break(piece);
        let mut initial = None;
        // A middle initial: "James C. Cacheris".
        if !edge
            && w.len() == 2
            && w.ends_with('.')
            && w.starts_with(|c: char| c.is_ascii_uppercase())
        {
            initial = Some(w);
            match before.next() {
                Some(f) => (w, edge) = after_break(f),
                None => continue,
            }
        }
        let given_w = match last {
            Some((l, ok, g)) if l == w => {
                if !ok {
                    continue;
                }
                g
            }
            _ => {
                let ok = first_name(w);
                last = Some((w, ok, None));
                if !ok {
                    continue;
                }
                None
            }
        };
        let given_w = given_w.unwrap_or_else(|| {
            let g = given(w);
            last = Some((w, true, Some(g)));
            g
        });
        let mut is_sure = given_w || !(edge || before.peek().is_none_or(|q| ends_sentence(q)));
        // A first word before a middle name: "Ketanji Brown Jackson",
        // when it is a known given name ("Jim Yong Kim") or the middle
        // word is none and a lowercase word comes before ("confirmed
        // Ketanji Brown Jackson"). One opening a sentence that is no
        // known given name leaves the name unsure ("Celebrities Julianne
        // Moore"), without it.
        let mut lead = None;
        if !edge && initial.is_none() {
            if let Some((p, p_edge)) = before.next().map(after_break) {
                if !first_name(p) {
                } else if given(p) {
                    // (Not after a preposition, where it is a place:
                    // "from Austin Greg Abbott". A capital before it is
                    // no test: headlines capitalize every word, "Star
                    // Norbert Leo Butz", "Nominates Jim Yong Kim".)
                    let place = !p_edge
                        && before.peek().is_some_and(|q| {
                            NAME_PREPOSITIONS.contains(q)
                                || matches!(*q, "in" | "near" | "into" | "across")
                        });
                    if !place {
                        lead = Some(p);
                    }
                } else if !given_w {
                    match (!p_edge).then(|| before.next()).flatten() {
                        None => is_sure = false,
                        Some(q) if ends_sentence(q) => is_sure = false,
                        Some(q) if q.starts_with(char::is_lowercase) => lead = Some(p),
                        Some(_) => {}
                    }
                }
            }
        }
        // An unsure name counts only without a sure one; a slot of two
        // names stays so.
        if !is_sure && (sure.is_some() || matches!(unsure, Some(Err(())))) {
            continue;
        }
        // (Joined by hand: `format!` took about 800 instructions.)
        name.clear();
        name.reserve(w.len() + surname.len() + 24);
        if let Some(p) = lead {
            name.push_str(p);
            name.push(' ');
        }
        name.push_str(w);
        name.push(' ');
        if let Some(m) = initial {
            name.push_str(m);
            name.push(' ');
        }
        name.push_str(surname);
        // A generational suffix after the surname is part of the name:
        // "Sen. Robert P. Casey Jr. introduced the bill" names Robert P.
        // Casey Jr., as a speaker row of the full name does.
        if let Some(g) = generation_after(&hay[i + surname.len()..]) {
            name.push(' ');
            name.push_str(g);
        }
        let slot = if is_sure { &mut sure } else { &mut unsure };
        match slot {
            None => *slot = Some(Ok(std::mem::take(&mut name))),
            // The same person named again, or once without a first word
            // of three ("Ketanji Brown Jackson ... Brown Jackson").
            // (Not two suffixes: "Ken Griffey Sr." and "Ken Griffey Jr."
            // are two people.)
            Some(Ok(f))
                if (*f == name || f.ends_with(&*name) || same_first(f, &name, same_given))
                    && !super::cands::two_generations(f, &name) => {}
            Some(r) => *r = Err(()),
        }
    }
    sure.or(unsure)?.ok()
}

/// The generational suffix that opens `rest`, the text right after a
/// surname: " Jr.", ", Jr.", " III" ([`super::cands::GENERATIONS`]),
/// a whole word; `None` for any other text ("Casey said", "Casey Jrn",
/// "Green IV-A"). A Roman numeral may end the sentence ("met Thurston
/// Howell III. Howell said"); "Jr"/"Sr" before a full stop are read as
/// their dotted entries.
pub(super) fn generation_after(rest: &str) -> Option<&'static str> {
    let rest = rest.strip_prefix(", ").or_else(|| rest.strip_prefix(' '))?;
    if !rest.starts_with(['J', 'S', 'I']) {
        return None;
    }
    super::cands::GENERATIONS.iter().copied().find(|g| {
        rest.strip_prefix(g).is_some_and(|after| {
            let mut cs = after.chars();
            match cs.next() {
                None => true,
                Some('.') => g.starts_with('I') && cs.next().is_none_or(char::is_whitespace),
                Some(c) => !(c.is_alphanumeric() || c == '-'),
            }
        })
    })
}

/// The words [`introduced_name`] takes for no first name, in one table
/// (its word is a capital and lowercase letters, so a word of [`OPENERS`]
/// in any ASCII case is its capitalized form): [`CAPITAL_OPENERS`] and
/// [`NOT_FIRST_NAMES`]. (The two lists read one by one cost some 400
/// instructions a word, and the function reads every occurrence.)
/// [`previous_subject`] asks it of a subject's words too (a capital, then
/// lowercase letters, hyphens or apostrophes, which no word here holds).
pub(super) static NOT_NAME_FIRST_WORDS: super::word_tables::WordTable<
    1024,
    { CAPITAL_OPENERS.len() + NOT_FIRST_NAMES.len() },
> = super::word_tables::WordTable::new(&concat_words::<
    { CAPITAL_OPENERS.len() + NOT_FIRST_NAMES.len() },
>(CAPITAL_OPENERS, NOT_FIRST_NAMES));

/// [`OPENERS`] capitalized (a unit test keeps the two lists one).
pub(super) const CAPITAL_OPENERS: &[&str] = &[
    "But",
    "And",
    "So",
    "Yet",
    "Then",
    "When",
    "After",
    "While",
    "If",
    "In",
    "On",
    "At",
    "As",
    "For",
    "With",
    "Since",
    "Because",
    "Although",
    "Though",
    "Meanwhile",
    "However",
    "Also",
    "Still",
    "Now",
    "Later",
    "Earlier",
    "Today",
    "Yesterday",
    "Like",
    "Unlike",
    "Even",
];

/// Whether the space-split piece `w` ends a sentence (the word after it
/// opens one).
fn ends_sentence(w: &str) -> bool {
    // (Most words end in none of the marks nor a closing quote: the last
    // byte decides them, before the trim.)
    if !matches!(
        w.as_bytes().last(),
        Some(b'.' | b'!' | b'?' | b':' | b'"' | 0x9d)
    ) {
        return false;
    }
    let w = w.trim_end_matches(['"', '\u{201d}']);
    w.ends_with(['.', '!', '?', ':']) && !is_title_word(w) && w.len() > 2
}

/// Whether two names of one surname have first names that `same_given`
/// (nicknames.csv) takes for one name ("Ken Starr", "Kenneth Starr"): one
/// person. A first name that only starts the other is not enough: "Chris
/// Evans" and "Christine Evans", "Dan Brown" and "Dana Brown" are two.
fn same_first(a: &str, b: &str, same_given: &dyn Fn(&str, &str) -> bool) -> bool {
    let (x, y) = (first_piece_of(a), first_piece_of(b));
    x.len() >= 2 && y.len() >= 2 && same_given(x, y)
}

/// The first space-split word of `s`.
fn first_piece_of(s: &str) -> &str {
    s.split(' ').next().unwrap_or(s)
}

/// The word after the last line break of a space-split piece `w`, and
/// whether there was one (a boundary: no word before it counts).
fn after_break(w: &str) -> (&str, bool) {
    match w.rfind(['\n', '\r']) {
        Some(k) => (&w[k + 1..], true),
        None => (w, false),
    }
}

/// The non-overlapping occurrences of `needle` (not empty) in `hay`, left
/// to right, as `memchr::memmem::find_iter` gives them (the next search
/// starts after a match): each candidate found by `memchr` on the
/// needle's first byte and the rest compared. For the short surnames of
/// [`introduced_name`] (about 900 searches a pass) this costs less than
/// building a `memmem` searcher per call, which took most of the
/// function's 2,900 instructions. (Unit test against `find_iter`.)
pub(super) fn occurrences<'h>(hay: &'h [u8], needle: &'h [u8]) -> impl Iterator<Item = usize> + 'h {
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

/// Capitalized words before a surname that are not first names:
/// [`OWN_NOT_FIRST_NAMES`] and the courtesy titles ([`COURTESY_TITLES`]).
pub(super) const NOT_FIRST_NAMES: &[&str] = &concat_words::<
    { OWN_NOT_FIRST_NAMES.len() + COURTESY_TITLES.len() },
>(OWN_NOT_FIRST_NAMES, COURTESY_TITLES);

/// The words of [`NOT_FIRST_NAMES`] that are no courtesy title.
const OWN_NOT_FIRST_NAMES: &[&str] = &[
    "Mister",
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
];

/// Whether a word at `at` opens a sentence: the text before it ends with a
/// sentence stop, a line break or a quote closed after a stop, or nothing.
pub(super) fn sentence_initial(text: &str, at: usize) -> bool {
    let mut before = text[..at].trim_end().chars().rev();
    match before.next() {
        None => true,
        Some('.' | '!' | '?' | '\n' | ':') => true,
        Some('"' | '”' | '’' | '\'') => matches!(before.next(), None | Some('.' | '!' | '?')),
        Some(_) => text[..at].ends_with('\n'),
    }
}

/// The name in apposition right after a phrase ending at `at`: ", Anna
/// Vogt," of two to four capitalized words, closed by a comma, or by the
/// stop that ends the sentence after an inverted tag (`"...," said the
/// boy's uncle, Ray Carter.`; [`sentence_stop`]).
#[inline]
pub(super) fn apposition_name(text: &str, at: usize) -> Option<Span> {
    let rest = text[at..].strip_prefix(", ")?;
    apposition_name_from(text, text.len() - rest.len())
}

/// The name in apposition after a role noun right after a phrase ending
/// at `at` (the noun's [`Lexicon::speaker_noun`] a person's): "The
/// paper's lead author, ecologist Anja Berger, said" gives "Anja Berger";
/// the name as [`apposition_name`] reads it. (For a phrase that
/// [`apposition_name`] finds no name after.)
pub(super) fn role_apposition_name(text: &str, at: usize, lx: &Lexicon) -> Option<Span> {
    let rest = text[at..].strip_prefix(", ")?;
    let (role, _) = rest.split_once(' ')?;
    if role.len() < 4
        || !role.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
        || lx.speaker_noun(role) != Some(NounType::Person)
    {
        return None;
    }
    apposition_name_from(text, text.len() - rest.len() + role.len() + 1)
}

/// Lowercase words that may come before the title of a name in
/// apposition: "Her rival, state Rep. Marcus Tolliver,", "The challenger,
/// former Gov. Mark Ellis," (the name from the title on).
const APPOSITION_MODIFIERS: &[&str] = &["former", "state", "then", "retired", "outgoing"];

/// The clergy titles that take "the" before a name in apposition: "The
/// pastor, the Rev. Jeremiah Wright,", "the Most Rev. Anne Kell,", "the
/// Very Rev. Paul Ode," (the name from the title on; "the" before any
/// other capital opens no person's name: "the New York Times").
const THE_TITLES: &[&str] = &[
    "Rev. ",
    "Reverend ",
    "Most Rev. ",
    "Most Reverend ",
    "Very Rev. ",
    "Very Reverend ",
    "Rt. Rev. ",
    "Right Rev. ",
    "Right Reverend ",
];

/// The offset of the first " of " in `h`, else of the first " at "
/// ([`apposition_name_from`]: `find(" of ").or_else(|| find(" at "))` in
/// one walk over the bytes, with no string searcher set up for every
/// name in apposition).
fn of_or_at(h: &[u8]) -> Option<usize> {
    let mut at = None;
    for (i, w) in h.windows(4).enumerate() {
        match *w {
            [b' ', b'o', b'f', b' '] => return Some(i),
            [b' ', b'a', b't', b' '] if at.is_none() => at = Some(i),
            _ => {}
        }
    }
    at
}

/// [`apposition_name`] of the words from `start` on (after up to two
/// [`APPOSITION_MODIFIERS`] before a capital).
fn apposition_name_from(text: &str, start: usize) -> Option<Span> {
    let mut start = start;
    if text
        .get(start..)
        .and_then(|r| r.strip_prefix("the "))
        .is_some_and(|r| THE_TITLES.iter().any(|&p| r.starts_with(p)))
    {
        start += 4;
    }
    for _ in 0..2 {
        match text.get(start..).and_then(|r| r.split_once(' ')) {
            Some((w, after))
                if APPOSITION_MODIFIERS.contains(&w)
                    && (after.starts_with(char::is_uppercase)
                        || after.split_once(' ').is_some_and(|(v, a)| {
                            APPOSITION_MODIFIERS.contains(&v) && a.starts_with(char::is_uppercase)
                        })) =>
            {
                start += w.len() + 1;
            }
            _ => break,
        }
    }
    // A former holder's title joined by a hyphen ("The nominee, then-Gov.
    // Rick Perry,", "ex-Sen. Lee Fox"): the name from the title on, as
    // after "former".
    if let Some(r) = text
        .get(start..)
        .and_then(|r| r.strip_prefix("then-").or_else(|| r.strip_prefix("ex-")))
    {
        if r.starts_with(|c: char| c.is_ascii_uppercase()) {
            start = text.len() - r.len();
        }
    }
    let rest = text.get(start..)?;
    let lim = rest.floor_char_boundary(60);
    let close = match rest[..lim].find(',') {
        // (A name placed by "of"/"at" and an institution ends before it:
        // "The study's senior author, Maria Gonzalez of Stanford
        // University, said" gives "Maria Gonzalez".)
        Some(c) => {
            let head = &rest[..c];
            match of_or_at(head.as_bytes()) {
                Some(k) if head[k + 4..].starts_with(char::is_uppercase) => k,
                _ => c,
            }
        }
        None => sentence_stop(&rest[..lim], rest)?,
    };
    let name = &rest[..close];
    let n = name.split_sp().count();
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    // (Particles inside: "Ursula von der Leyen", "Jan de Vries".)
    let particle = |w: &str| super::super::speaker::PARTICLES.words().contains(&w);
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

/// The byte in `head` (the start of `rest`) of a period that ends the
/// sentence: the end of the text, a line break ("\n", "\r\n"), a quote
/// mark, or white space (one space or more) and a capital or a quote mark
/// follow it, and the word before it is neither one letter nor a known
/// abbreviation (`is_abbreviation_word` of the segmenter: "Jr", "Sr",
/// "Sgt", "Dr", "St", ...). (So no initial or abbreviation closes the name:
/// "Ray J. Carter." and "Ray Carter Jr." give no name, as a cut one is
/// worse. A two-letter surname does: "Wang Li.", "Ann Ho.") The period of
/// a title opening the name is passed: "Sgt. Ann Ho.", "Dr. Amara Osei.".
fn sentence_stop(head: &str, rest: &str) -> Option<usize> {
    let mut dot = head.find('.')?;
    // (The stop of a title's abbreviation opening the name is passed:
    // `said the study's lead author, Dr. Amara Osei.` gives "Dr. Amara
    // Osei".)
    if !head[..dot].contains(' ')
        && head[dot + 1..].starts_with(' ')
        && crate::text::segment::is_abbreviation_word(&head.as_bytes()[..dot])
    {
        dot += 1 + head[dot + 1..].find('.')?;
    }
    let after = &rest[dot + 1..];
    let ends = after.is_empty()
        || after.starts_with(['\n', '\r', '"', '”'])
        || after.starts_with(char::is_whitespace) && {
            let a = after.trim_start();
            a.is_empty() || a.starts_with(|c: char| c.is_uppercase() || matches!(c, '"' | '“'))
        };
    let word = head[..dot].rsplit(char::is_whitespace).next().unwrap_or("");
    let mut chars = word.chars();
    let one_letter = chars.next().is_none() || chars.next().is_none();
    (ends && !one_letter && !crate::text::segment::is_abbreviation_word(word.as_bytes()))
        .then_some(dot)
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
#[inline]
pub(super) fn titled_antecedent<'a, 'g>(
    text: &str,
    pos: usize,
    rest: &str,
    cands: &'a Cands<'g>,
) -> Option<&'a Cand<'g>> {
    let mut words = rest.rsplit_sp();
    let role = words.next()?;
    let titles = ROLE_TITLES.iter().find(|(r, _)| *r == role)?.1;
    // (Not another office or holder: "the vice president", "the former
    // senator", "the deputy mayor", "the next president"; [`other_holder`].)
    // (The role is looked up first: most phrases after "the" have none,
    // and their words are not walked.)
    for (k, w) in words.enumerate() {
        if k == 2
            || other_holder(w)
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
        "Shadow",
        "shadow",
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

/// The person a definite phrase of a role word refers to when a person
/// was introduced with that same word before ("GM spokeswoman Kelly Brown
/// said ... the spokeswoman said", "Pedro Ruiz, the district's CEO, said
/// ... the CEO said", "A spokesman for the ministry, Jan Berg, said ...
/// the spokesman said", "Superior Court Judge Ana Ruiz ... the judge
/// told"). `rest` is the phrase after "the": up to two lowercase modifiers
/// ("the health officer") and a head the lexicon lists as a person noun.
/// The person is the nearest candidate within 1,500 bytes before `pos`
/// whose introduction has the head ([`introduced_as`]; with a lowercase
/// modifier, "the press secretary", "the defense secretary", a capitalized
/// title must have it before it or in its object). Only a full name
/// resolves; "the other spokesman", "the former mayor" do not; nor any
/// when the role word names another holder between ([`other_holder_between`])
/// or another holder is introduced in the window and one of the two by a
/// title with its object ("Secretary of State Ann Lee and Secretary of
/// Defense Tom Hart"), but for one named in the other's relative clause
/// ([`own_clause`]: "Ann Lee, who replaced Secretary of State Tom Hart,"
/// names Ann Lee).
/// (Each scan is `Cands::nearest_between`'s, which stops at the first
/// candidate 1,500 bytes before `pos`: one for the candidate, one for a
/// rival and, when the rival's clause names the candidate, one for a
/// rival of that one; it runs only for a person noun after "the".)
#[inline]
pub(super) fn role_word_antecedent<'a, 'g>(
    text: &str,
    pos: usize,
    rest: &str,
    cands: &'a Cands<'g>,
    lx: &Lexicon,
) -> Option<&'a Cand<'g>> {
    let mut words = rest.rsplit_sp();
    let head = words.next()?;
    // (The word before the role word: "the press secretary".)
    let modifier = rest.rsplit_sp().nth(1);
    // (A lowercase singular noun or a short acronym: not "the
    // Republicans", "the analysts".)
    let shaped = head.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') && !bare_plural(head)
        || orgs::all_caps(head, 0..=4);
    if !shaped || lx.speaker_noun(head) != Some(NounType::Person) {
        return None;
    }
    // (One capitalized modifier, a demonym or a party, "the Swedish
    // diplomat", "the French striker", "the Republican senator", names
    // only a person the text introduced with that word before the role
    // word: "Anna Berg, a Swedish diplomat,", "French striker Karl
    // Brenner"; [`introduced_as`]'s `cap`.)
    let mut cap = None;
    for (k, w) in words.enumerate() {
        let lower = w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-');
        let capital = !lower
            && cap.is_none()
            && w.len() > 2
            && w.starts_with(|c: char| c.is_ascii_uppercase())
            && w.bytes()
                .skip(1)
                .all(|b| b.is_ascii_lowercase() || b == b'-');
        if k == 2 || other_holder(w) || !(lower || capital) {
            return None;
        }
        if capital {
            cap = Some(w);
        }
    }
    // (The walk stops at the first candidate 1,500 bytes or more before
    // `pos`: the walk goes by descending position.)
    let lo = pos.saturating_sub(1499);
    // ([`introduced_as`] asks for the role word within 40 bytes before a
    // candidate or 160 after it: the places of the word in the span the
    // walk can reach, found once, turn away most candidates before it.)
    let mut at = [0usize; ROLE_PLACES];
    let places = role_places(text, lo, pos, head.as_bytes(), &mut at).map(|k| &at[..k]);
    let n = head.len();
    let near = |c: &Cand| {
        places.is_none_or(|at| {
            let k = at.partition_point(|&o| o + 40 < c.pos);
            at.get(k).is_some_and(|&o| o + n <= c.pos + 160)
        })
    };
    let holder = |c: &Cand| c.stype == SpeakerType::Person && c.canonical.contains(' ') && near(c);
    // (The kind of the introduction of the candidate found, kept from its
    // one evaluation.)
    let kind = std::cell::Cell::new(None);
    let c = cands.nearest_between(lo, pos, |c| {
        holder(c) && {
            kind.set(introduced_as(text, c, head, modifier, cap));
            kind.get().is_some()
        }
    })?;
    // (None when another holder of the role is introduced in the window
    // and one of the two by a title with its object: "Secretary of State
    // Ann Lee and Secretary of Defense Tom Hart met ... The secretary
    // said" is either. Not one named in the relative clause of the other
    // ([`own_clause`]): "Secretary of State Ann Lee, who replaced Secretary
    // of State Tom Hart, said" names Ann Lee, the nearer Tom Hart being
    // the one the clause tells of; she is the holder if no third one is.)
    let rival = |c: &Cand, other: Option<&Cand>, office: bool| {
        cands.nearest_between(lo, pos, |o| {
            holder(o)
                && o.canonical != c.canonical
                && other.is_none_or(|x| o.canonical != x.canonical)
                && !own_clause(text, c, o)
                && introduced_as(text, o, head, modifier, cap).is_some_and(|k| k || office)
        })
    };
    let c = match rival(c, None, kind.get() == Some(true)) {
        None => c,
        Some(o) if own_clause(text, o, c) => {
            let office = introduced_as(text, o, head, modifier, cap) == Some(true);
            if rival(o, Some(c), office).is_some() {
                return None;
            }
            o
        }
        Some(_) => return None,
    };
    (!other_holder_between(text, c, pos, head, cap)).then_some(c)
}

/// Whether `o` is named inside the relative clause that follows the name
/// of `c` in its sentence, as a person the clause tells of rather than one
/// introduced in a phrase of its own: "Ann Lee, who replaced Secretary of
/// State Tom Hart, said", "Ann Lee, whose predecessor, Secretary of State
/// Tom Hart, ..."; the text between ends no sentence or quote, and after
/// its first comma opens with "who", "whose" or "whom".
fn own_clause(text: &str, c: &Cand, o: &Cand) -> bool {
    let Some(between) = text.get(c.pos..o.pos) else {
        return false;
    };
    let Some(k) = between.find(", ") else {
        return false;
    };
    let clause = &between[k + 2..];
    ["who ", "whose ", "whom "]
        .iter()
        .any(|p| clause.starts_with(p))
        && !clause.contains(['.', '!', '?', ';', '\n', '"', '\u{201c}', '\u{201d}'])
}

/// Whether the role word `role` is mentioned between the candidate's
/// introduction and `pos` other than for the candidate: an unnamed holder
/// of the role may be the one who speaks ("A second company spokeswoman,
/// reached later, said", "A spokesman for House Speaker Mike Johnson
/// said", "the hospital named a new spokeswoman", "A second officer was
/// wounded"). A mention counts for the candidate when the candidate's name
/// follows it ("spokeswoman Kelly Brown", "A spokesman for the ministry,
/// Jan Berg") or precedes it in apposition ("Kelly Brown, the
/// spokeswoman,"); a bare definite "the spokeswoman" (a second reference
/// this same rule resolves) does not block either. Runs only for the one
/// candidate found. With a capitalized modifier `cap` ("the Republican
/// senator"), a mention after another such modifier is another kind of
/// holder and does not count ("Democratic senator Nora Li").
fn other_holder_between(text: &str, c: &Cand, pos: usize, role: &str, cap: Option<&str>) -> bool {
    let mut names = c.canonical.split_sp();
    let (Some(first), Some(last)) = (names.next(), names.next_back()) else {
        return true;
    };
    let Some(between) = text.get(c.pos..pos) else {
        return true;
    };
    let word = |b: u8| b.is_ascii_alphanumeric() || b == b'-';
    let bytes = between.as_bytes();
    let mut from = 0;
    while let Some(k) = find_ignore_case(&between[from..], role) {
        let i = from + k;
        let j = i + role.len();
        from = j;
        if i > 0 && word(bytes[i - 1]) || j < bytes.len() && word(bytes[j]) {
            continue;
        }
        let before = &between[between.floor_char_boundary(i.saturating_sub(80))..i];
        // (Another capitalized modifier of the role word, of the shape
        // `cap` has: "Democratic senator" is not "the Republican senator".)
        if cap.is_some_and(|m| {
            bytes[i].is_ascii_lowercase()
                && before.strip_suffix(' ').is_some_and(|b| {
                    let w = b.rsplit(' ').next().unwrap_or(b);
                    w.len() > 2
                        && !w.eq_ignore_ascii_case(m)
                        && w.starts_with(|c: char| c.is_ascii_uppercase())
                        && w.bytes()
                            .skip(1)
                            .all(|b| b.is_ascii_lowercase() || b == b'-')
                        && !matches!(w, "The" | "Another" | "Former" | "Then")
                })
        }) {
            continue;
        }
        let after = &between[j..between.floor_char_boundary((j + 60).min(between.len()))];
        // (The candidate's name after it within the sentence: directly or
        // after titles and capitalized words, "epidemiologist Dr. Helen
        // Park", "founder and CEO Jack Ma"; or in apposition after a
        // prepositional phrase, "A spokesman for Sen. Ann Cole, Jim Day";
        // or after the object of a capitalized title, "Secretary of State
        // Ann Lee", [`office_object_word`].)
        let title = bytes[i].is_ascii_uppercase();
        let named_after = after.find(first).is_some_and(|f| {
            let gap = &after[..f];
            let words = || gap.split_whitespace();
            !gap.contains(['"', '\u{201c}', '\u{201d}', ';'])
                && words().all(|w| !w.ends_with('.') || w.len() <= 4)
                && (gap.ends_with(", ")
                    || words().all(|w| {
                        w == "and"
                            || w.starts_with(|c: char| c.is_uppercase())
                            || title && office_object_word(w)
                    }))
        });
        // (A named holder the candidate's search passed over for a lesser
        // qualifier: "Assistant coach Mike Woods".)
        let lesser_named = before
            .split_whitespace()
            .next_back()
            .is_some_and(|w| ROLE_LESSER.iter().any(|l| l.eq_ignore_ascii_case(w)))
            && after.strip_prefix(' ').is_some_and(|n| {
                let mut ws = n.split(' ');
                ws.next()
                    .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()))
                    && ws
                        .next()
                        .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()))
            });
        // (The candidate's name just before it, in apposition: "Kelly
        // Brown, the spokeswoman," or "Brown, a spokeswoman".)
        let named_before = before.rfind(last).is_some_and(|l| {
            let gap = &before[l + last.len()..];
            gap.starts_with(", ") && !gap.contains(['.', '"', '\u{201c}', '\u{201d}', ';'])
        });
        // (A bare definite second reference: "the spokeswoman said", not
        // "the spokeswoman for the fire department" nor "the
        // spokeswoman, who ...".)
        let definite = (before.ends_with("the ") || before.ends_with("The "))
            && match after.strip_prefix(' ') {
                Some(next) => !["for ", "of ", "at ", "with ", "from ", "to ", "in "]
                    .iter()
                    .any(|p| next.starts_with(p)),
                None => !after.starts_with(','),
            };
        if !(named_after || named_before || definite || lesser_named) {
            return true;
        }
    }
    false
}

/// The first place of `needle` in `hay`, a window of a few hundred bytes:
/// `str::find` for short haystacks without its searcher's set-up, which
/// costs more than the search here ([`introduced_as`] asks for each
/// candidate it walks).
fn find_short(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let first = *n.first()?;
    memchr::memchr_iter(first, h).find(|&i| h[i..].starts_with(n))
}

/// The most places of a role word [`role_places`] keeps.
const ROLE_PLACES: usize = 32;

/// The places, in ascending order, of the ASCII word `role` (in any ASCII
/// case) that start 40 bytes or less before a candidate starting in
/// `lo..pos` and end 160 bytes or less after it: written to `at`, and
/// their number returned; `None` when there are more than `at` holds (no
/// filter then). The span, at most [`ROLE_SPAN`] bytes, is copied in lower
/// case and searched once with `memmem` for the lowercase role (`role` is
/// ASCII, so a lowercased byte equals the role's just when the two match
/// in any ASCII case).
fn role_places(
    text: &str,
    lo: usize,
    pos: usize,
    role: &[u8],
    at: &mut [usize; ROLE_PLACES],
) -> Option<usize> {
    let h = text.as_bytes();
    let from = lo.saturating_sub(40);
    let to = (pos + 160).min(h.len());
    let span = h.get(from..to)?;
    let mut low = [0u8; ROLE_SPAN];
    let low = low.get_mut(..span.len())?;
    low.copy_from_slice(span);
    low.make_ascii_lowercase();
    let mut needle = [0u8; 32];
    let needle = needle.get_mut(..role.len())?;
    needle.copy_from_slice(role);
    needle.make_ascii_lowercase();
    let mut k = 0;
    for i in memchr::memmem::find_iter(low, needle) {
        *at.get_mut(k)? = from + i;
        k += 1;
    }
    Some(k)
}

/// The longest span [`role_places`] searches: the walk's 1,500 bytes and
/// a candidate's 40 bytes before and 160 after.
const ROLE_SPAN: usize = 1499 + 40 + 160;

/// The byte offset of the first ASCII-case-insensitive occurrence of
/// `needle` in `hay`.
fn find_ignore_case(hay: &str, needle: &str) -> Option<usize> {
    let n = needle.as_bytes();
    let first = *n.first()?;
    hay.as_bytes()
        .windows(n.len())
        .position(|w| w[0].eq_ignore_ascii_case(&first) && w.eq_ignore_ascii_case(n))
}

/// Words before a role noun in a definite phrase that make its holder
/// another than the one named before ("the vice president", "the former
/// senator", "the other spokesman", "the associate director", "the future
/// CEO"): [`titled_antecedent`] and [`role_word_antecedent`] give no name.
/// Those of [`ROLE_LESSER`] and these, which are no lesser qualifiers in
/// an introduction ("new spokeswoman Ana Ruiz").
fn other_holder(w: &str) -> bool {
    const MORE: &[&str] = &[
        "other", "another", "same", "second", "future", "would-be", "next", "new", "first",
        "previous", "last", "then",
    ];
    ROLE_LESSER.contains(&w) || MORE.contains(&w)
}

/// Whether `w`, a word between a capitalized title and the name it
/// introduces, may belong to the title's object ("Secretary of State",
/// "Minister for Foreign Affairs", "Secretary of Health and Human
/// Services"): "of", "for", "the", "and", or a capitalized word that is no
/// title of a person ([`ROLE_TITLES`]: not "Spokesman for Mayor Ana Ruiz").
fn office_object_word(w: &str) -> bool {
    matches!(w, "of" | "for" | "the" | "and")
        || w.starts_with(|c: char| c.is_ascii_uppercase())
            && !ROLE_TITLES.iter().any(|(_, titles)| titles.contains(&w))
}

/// Qualifiers of a role held before or under another ("a former state
/// party chairman", "Deputy Mayor", "Shah's predecessor as CEO").
const ROLE_LESSER: &[&str] = &[
    "former",
    "ex",
    "deputy",
    "assistant",
    "acting",
    "vice",
    "interim",
    "retired",
    "late",
    "lt.",
    "associate",
    "predecessor",
    "successor",
    "onetime",
    "erstwhile",
    "outgoing",
    "incoming",
    "shadow",
];

/// Whether the candidate's name is introduced with the role word `role`
/// (any case): among the words of its speaker phrase before the name or
/// the three words before that phrase, in its paragraph and sentence
/// ("GM spokeswoman Kelly Brown", "Superior Court Judge Ana Ruiz"; after a
/// preposition only with the name in apposition: "A spokesman for the
/// ministry, Jan Berg", not "a spokesman for Mayor Ana Ruiz"), or as the
/// last word of an apposition right after the name ("Ana Ruiz, the
/// county's health officer,"). Bounded: 40 bytes before the candidate and
/// 160 after, and 40 bytes before a capitalized title word for its
/// modifier (so up to 80 bytes before the candidate).
/// Some(true) when the name is introduced by a capitalized title with its
/// object joined to it ("Secretary of State Ann Lee"), Some(false)
/// otherwise, also for an apposition after a preposition ("A spokesman
/// for the ministry, Jan Berg").
/// With `modifier`, the word before the role word of the phrase to resolve
/// ("the press secretary", "the health minister"), a capitalized title
/// must have the same word before it ("Press Secretary Karine
/// Jean-Pierre") or in its object ("Secretary of Defense Lloyd Austin" is
/// "the defense secretary"); not "Secretary of State Antony Blinken" for
/// "the press secretary" nor "Foreign Minister Wang Yi" for "the health
/// minister".
/// With `cap`, a capitalized modifier of the phrase ("the Swedish
/// diplomat"), the role word must have it right before it, before the
/// name ("French striker Karl Brenner") or in the apposition ("Anna Berg,
/// a Swedish diplomat,"). An age may come first in the apposition: "Maria
/// Lopez, 38, a farmer,".
fn introduced_as(
    text: &str,
    c: &Cand,
    role: &str,
    modifier: Option<&str>,
    cap: Option<&str>,
) -> Option<bool> {
    let mut names = c.canonical.split_sp();
    let (Some(first), Some(last)) = (names.next(), names.next_back()) else {
        return None;
    };
    let win = text
        .get(c.pos..text.floor_char_boundary(c.pos + 160))
        .unwrap_or("");
    let win = win.split('\n').next().unwrap_or("");
    let f = find_short(win, first)?;
    let lo = text.ceil_char_boundary(c.pos.saturating_sub(40));
    let before = text[lo..c.pos].rsplit('\n').next().unwrap_or("");
    let prior = before
        .split_whitespace()
        .rev()
        .take(3)
        .take_while(|w| !w.ends_with(['"', '\u{201d}', ':', ';', '!', '?']))
        .take_while(|w| !w.ends_with('.') || w.len() <= 4);
    // (Not a role held before or under another, a qualifier among the two
    // words before the role or in the apposition: "a former state party
    // chairman", "Deputy Mayor ..." ([`ROLE_LESSER`]).)
    let lesser = |w: Option<&str>| {
        w.is_some_and(|w| {
            ROLE_LESSER.iter().any(|l| l.eq_ignore_ascii_case(w))
                || ["then-", "ex-"]
                    .iter()
                    .any(|p| w.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p)))
        })
    };
    let phrase = &win[..f];
    let mut after_role = false;
    let mut preposition = false;
    // (A capitalized title with its object joined to the name is the
    // name's own: "Secretary of State James Baker", "Minister for Foreign
    // Affairs Penny Wong"; the words between are capitalized or "of",
    // "for", "the", "and", and none is a title of a person, as in
    // "Spokesman for Mayor Ana Ruiz"; [`office_object_word`].)
    let mut office_object = true;
    // (Whether `modifier` is a word of the title's object: "Secretary of
    // Defense Lloyd Austin" is "the defense secretary".)
    let mut object_modifier = false;
    let mut words = phrase.split_whitespace().rev().chain(prior);
    while let Some(w) = words.next() {
        let w = w.trim_end_matches(',');
        let tail = w.len().checked_sub(role.len()).and_then(|k| w.get(k..));
        if w.len() > role.len()
            && tail.is_some_and(|t| t.eq_ignore_ascii_case(role))
            && lesser(Some(w))
        {
            // ("then-CEO Ron Blake", "ex-spokesman ...")
            break;
        }
        if w.eq_ignore_ascii_case(role) {
            let titled = w.starts_with(|c: char| c.is_ascii_uppercase());
            // (The word before the title in the text: the walk's words
            // stop three words before the name.)
            let at = w.as_ptr() as usize - text.as_ptr() as usize;
            let prev = || {
                text[text.floor_char_boundary(at.saturating_sub(40))..at]
                    .split_whitespace()
                    .next_back()
            };
            if cap.is_some_and(|m| !prev().is_some_and(|p| p.eq_ignore_ascii_case(m))) {
                return None;
            }
            let by_object = object_modifier && preposition && office_object;
            if titled
                && !by_object
                && modifier.is_some_and(|m| !prev().is_some_and(|p| p.eq_ignore_ascii_case(m)))
            {
                return None;
            }
            office_object &= titled;
            after_role = !(lesser(words.next()) || lesser(words.next()));
            break;
        }
        preposition |= matches!(w, "for" | "of" | "to" | "at" | "with" | "from");
        office_object &= office_object_word(w);
        object_modifier |= modifier.is_some_and(|m| w.eq_ignore_ascii_case(m));
    }
    if after_role && (!preposition || office_object || phrase.ends_with(", ")) {
        return Some(preposition && office_object && !phrase.ends_with(", "));
    }
    let l = find_short(&win[f..], last)?;
    let app = win[f + l + last.len()..].strip_prefix(", ")?;
    // (An age first is the name's own: "Maria Lopez, 38, a farmer,".)
    let app = match app.split_once(", ") {
        Some((age, app))
            if (1..=3).contains(&age.len()) && age.bytes().all(|b| b.is_ascii_digit()) =>
        {
            app
        }
        _ => app,
    };
    let end = app.find([',', '.', '"', '\u{201c}']).unwrap_or(app.len());
    let app = &app[..end];
    // (With `cap`, the apposition has it right before the role word: "a
    // Swedish diplomat", "the French striker".)
    if let Some(m) = cap {
        let mut pairs = app.split(' ').zip(app.split(' ').skip(1));
        if !pairs.any(|(a, b)| a == m && b.eq_ignore_ascii_case(role)) {
            return None;
        }
    }
    // (The role is the apposition's head, its last word or the word before
    // a preposition: "a lawyer for the victim's family", "a cardiologist
    // at Mount Sinai".)
    if end > 60 {
        return None;
    }
    let is_role = |h: &str| {
        h.rsplit(' ')
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case(role))
    };
    ((is_role(app)
        || [" for ", " at ", " with ", " of ", " representing ", " in "]
            .iter()
            .filter_map(|p| app.find(p))
            .min()
            .is_some_and(|k| is_role(&app[..k])))
        && !app.split(' ').any(|w| lesser(Some(w))))
    .then_some(false)
}

/// The quote that closes right before the pronoun at `at` (`"...," he
/// said`) and opens within 400 bytes before it: the start of that window
/// and the quote's opening mark (both byte offsets in `text`).
#[inline]
pub(super) fn quote_before(text: &str, at: usize) -> Option<(usize, usize)> {
    let lo = text.floor_char_boundary(at.saturating_sub(400));
    let before = text[lo..at].trim_end();
    let close = before.strip_suffix(['"', '”'])?.len();
    let (open, _) = rfind_mark::<QuoteOpen>(&before[..close])?;
    Some((lo, lo + open))
}

/// Whether the quote that opens at `open` (its opening mark) talks about
/// a third person of gender `g` from its start: it opens with "He" or
/// "His" (for a man; "She" or "Her" for a woman), or has "he" ("she")
/// among its first four words before any comma, colon, semicolon or stop
/// (`"He had nothing left," he said`, `"Now she has nothing," she said`).
/// The speaker of such a quote talks about someone else, and the person
/// the sentence before the quote names is as often that one. (An object
/// pronoun later is no sign: in `Casey Morgan laughed. "Let her try," she
/// said.` the "her" is another woman.) Bounded: four words of the quote.
/// Cold and out of line: `resolve_one` asks it only once a subject before
/// the quote is found (0.02 M instructions a pass of train).
#[cold]
#[inline(never)]
pub(super) fn quote_names_third_person(text: &str, open: usize, g: Gender) -> bool {
    let Some(q) = text.get(open..) else {
        return false;
    };
    let mut chars = q.chars();
    if chars.next().is_none() {
        return false;
    }
    let q = chars.as_str();
    let clause = q
        .find([',', ';', ':', '.', '!', '?', '"', '”', '\n'])
        .map_or(q, |k| &q[..k]);
    let (subject, possessive) = match g {
        Gender::Male => ("he", "his"),
        Gender::Female => ("she", "her"),
    };
    clause.split_whitespace().take(4).enumerate().any(|(i, w)| {
        let w = w.trim_matches(|c: char| !c.is_alphabetic());
        w.eq_ignore_ascii_case(subject) || i == 0 && w.eq_ignore_ascii_case(possessive)
    })
}

/// Whether the pronoun at `at` closes a quote that follows a sentence
/// whose subject is an unnamed person ("An engineer paused. \"I hope
/// so,\" he said.", "One resident, for her part, was defiant. \"We will
/// rebuild,\" she said."): "A/An/One" and up to three lowercase words
/// ending in a person noun open that sentence, and it names nobody.
/// `quote` is the pronoun's [`quote_before`].
#[inline]
pub(super) fn role_subject_before_quote(
    text: &str,
    quote: Option<(usize, usize)>,
    lx: &Lexicon,
) -> bool {
    let Some((lo, open)) = quote else {
        return false;
    };
    let prev = text[lo..open].trim_end();
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
pub(super) fn bare_plural(w: &str) -> bool {
    w.ends_with('s') && !w.ends_with("ss") || w.ends_with("men") || w == "people" || w == "police"
}

/// The antecedent phrase of a relative pronoun at `at`: the words before
/// its comma back to the previous punctuation, stepping over a party tag or
/// an age ("Sen. Tom Briggs, R-Iowa, who", "Carter, 54, who") and an
/// indefinite descriptor ("Alice Wong, a California Democrat, who"). At
/// most three steps of at most 120 bytes each.
#[inline]
pub(super) fn antecedent(text: &str, at: usize) -> Option<Span> {
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

pub(super) fn fill<'g>(r: &mut Resolved<'g>, c: &Cand<'g>) {
    r.canonical = (!c.canonical.is_empty()).then(|| c.canonical.clone());
    r.stype = c.stype;
    r.country = c.country.clone();
}

#[cfg(test)]
mod lowercase_run_tests {
    use super::lowercase_run;

    /// The run byte by byte, as the plural head was read before.
    fn by_byte(b: &[u8]) -> usize {
        b.iter().take_while(|c| c.is_ascii_lowercase()).count()
    }

    #[test]
    fn the_run_eight_bytes_at_a_time_is_the_run_byte_by_byte() {
        let words: &[&[u8]] = &[
            b"",
            b"awyers for Donald Trump",
            b"upporters of",
            b"he",
            b"rump",
            b"abcdefgh",
            b"abcdefghijklmnop",
            b"abcdefghijklmnopq Z",
            b"abcdefg`",
            b"abcdefg{",
            b"abcdefgz",
            b"abc\xe1\xbb\x9fde",
            b"zzzzzzzzA",
        ];
        for w in words {
            assert_eq!(lowercase_run(w), by_byte(w), "{w:?}");
        }
        // Every byte at every place of a lowercase run, and after it.
        for at in 0..18 {
            for x in 0..=255u8 {
                let mut w = vec![b'q'; 18];
                w[at] = x;
                assert_eq!(lowercase_run(&w), by_byte(&w), "{at} {x}");
                w.push(b'a');
                assert_eq!(
                    lowercase_run(&w[..at + 1]),
                    by_byte(&w[..at + 1]),
                    "{at} {x}"
                );
            }
        }
    }
}

#[cfg(test)]
mod of_or_at_tests {
    use super::of_or_at;

    /// The two string searches `of_or_at` stands for.
    fn by_find(h: &str) -> Option<usize> {
        h.find(" of ").or_else(|| h.find(" at "))
    }

    #[test]
    fn the_walk_finds_what_the_two_searches_find() {
        let heads = [
            "",
            " of ",
            " at ",
            "Maria Gonzalez of Stanford University",
            "Maria Gonzalez at Stanford of Palo Alto",
            "Ann Ho at the clinic",
            "Ann Ho at Sky of",
            "Ann Ho atof of",
            "Ann Ho  at  of ",
            "José Núñez of Médicos",
            " at  of ",
            "Of At",
            "of at",
        ];
        for h in heads {
            assert_eq!(of_or_at(h.as_bytes()), by_find(h), "{h:?}");
        }
    }
}
