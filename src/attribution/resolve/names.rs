//! Names in a speaker phrase: the marks that bound a phrase, widening a
//! span to a whole name, names found in the gazetteer or by capitals, and
//! the name rules ([`name_by_rules`]) that say which name a speaker phrase
//! holds.

use super::*;

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
pub(super) trait Marks {
    const ASCII: &'static [u8];
    const PUNCT: &'static [u8];
}

/// A sentence's or a quotation's bound before a pronoun: `.`, a newline,
/// `!`, `?`, `"`, `“`, `”`.
pub(super) struct SentenceOrQuote;

impl Marks for SentenceOrQuote {
    const ASCII: &'static [u8] = b".\n!?\"";
    const PUNCT: &'static [u8] = &[DQ_OPEN, DQ_CLOSE];
}

/// A quotation's opening: `"`, `“`.
pub(super) struct QuoteOpen;

impl Marks for QuoteOpen {
    const ASCII: &'static [u8] = b"\"";
    const PUNCT: &'static [u8] = &[DQ_OPEN];
}

/// A sentence's end before a quotation: `.`, `!`, `?`, a newline, `"`,
/// `”`.
pub(super) struct SentenceEnd;

impl Marks for SentenceEnd {
    const ASCII: &'static [u8] = b".!?\n\"";
    const PUNCT: &'static [u8] = &[DQ_CLOSE];
}

/// A clause's bound before a relative pronoun: `,`, `;`, `:`, `(`, `)`,
/// `"`, a newline, `“`, `”`, `—`.
pub(super) struct ClauseBound;

impl Marks for ClauseBound {
    const ASCII: &'static [u8] = b",;:()\"\n";
    const PUNCT: &'static [u8] = &[DQ_OPEN, DQ_CLOSE, EM_DASH];
}

/// The last mark of `s` of the set `M` ([`Marks`]), as (start, end):
/// `str::rfind` with those characters, from the end with no character
/// decoding, sixteen bytes at a time (the searches look back a few
/// hundred bytes from speaker pronouns).
#[inline]
pub(super) fn rfind_mark<M: Marks>(s: &str) -> Option<(usize, usize)> {
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
pub(super) fn widen_to_name(text: &str, mentions: Ments<'_>, sp: &mut Span) -> usize {
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

/// A speaker phrase cut inside a gazetteer organization's name that ends
/// before the cue at `cue` ends with that name: the phrase search reads
/// "Here" of "Unite Here said" as the adverb it skips, and so gave
/// "Unite". The name is the first mention from the phrase's start, `k`
/// (`mentions.first_from(sp.0)`, as [`widen_to_name`] returns it); only an
/// organization's, whose names hold such words ("Save the Children",
/// "Stand Up for Ohio"), and only up to the cue, so that the phrase stays
/// before it. One mention read per speaker.
pub(super) fn widen_to_org_end(
    gaz: &Gazetteer,
    mentions: Ments<'_>,
    k: usize,
    cue: usize,
    sp: &mut Span,
) {
    if let Some(m) = mentions.list.get(k) {
        if m.start < sp.1
            && m.end > sp.1
            && m.end <= cue
            && m.kind != AliasKind::Demonym
            && gaz.entity(m.entity).etype == EntityType::Organization
        {
            sp.1 = m.end;
        }
    }
}

/// The gazetteer name (no demonym) that starts before the phrase `sp` and
/// ends inside it, for [`widen_to_name`]: only the last mention starting
/// before the phrase can, as mentions are sorted and do not overlap (none
/// before it ends after the phrase start). `k` is
/// `mentions.first_from(sp.0)`.
pub(super) fn name_into(mentions: Ments<'_>, k: usize, sp: Span) -> Option<&Mention> {
    k.checked_sub(1)
        .map(|j| &mentions.list[j])
        .filter(|m| m.kind != AliasKind::Demonym && m.end > sp.0 && m.end <= sp.1)
}

/// Whether a gazetteer name (no demonym) lies inside `sp`: a mention of
/// [`mentions_in`], whose first is `k`, `mentions.first_from(sp.0)` (as
/// [`widen_to_name`] found it: the search is not made twice).
pub(super) fn in_gazetteer(mentions: Ments<'_>, k: usize, sp: Span) -> bool {
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

pub(super) fn cand_of<'g>(gaz: &'g Gazetteer, m: &Mention) -> Cand<'g> {
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
pub(super) fn person_name(t: &str) -> Option<Cow<'_, str>> {
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
pub(super) fn name_in(t: &str, objects: bool) -> Option<Cow<'_, str>> {
    if !ends_capitalized(t) {
        return None;
    }
    name_in_words(t, objects)
}

/// Whether the last word of `t` starts with a capital: the first test of
/// [`name_in`].
#[inline]
pub(super) fn ends_capitalized(t: &str) -> bool {
    last_word(t).is_some_and(|w| name_end(t, w))
}

/// [`ends_capitalized`] of the phrase `text[sp.0..sp.1]`, its last word
/// found by [`super::super::last_word_in`] (from the sixteen bytes of `text`
/// that end the phrase when they decide it, else by the byte loop).
///
/// `resolve` asks it of every draft's speaker that no gazetteer name
/// covers, where `last_word`'s byte loop back over the last word cost
/// about 60 instructions and a mispredict at its exit, which the word's
/// length decides.
#[inline(always)]
pub(super) fn ends_capitalized_in(text: &str, sp: Span) -> bool {
    super::super::last_word_in(text, sp.0, sp.1).is_some_and(|w| {
        if article_name(w) {
            name_end(&text[sp.0..sp.1], w)
        } else {
            w.chars().next().is_some_and(char::is_uppercase)
        }
    })
}

/// Whether the word `w`, a slice of the phrase `t`, can end a name: it
/// opens with a capital, or it is an [`article_name`] right after a
/// capitalized word ("Abdullah al-Rabeeah"; "al-Jazeera" alone names
/// nobody, nor does "al-Ahram").
fn name_end(t: &str, w: &str) -> bool {
    if !article_name(w) {
        return w.chars().next().is_some_and(char::is_uppercase);
    }
    let at = (w.as_ptr() as usize).saturating_sub(t.as_ptr() as usize);
    t.get(..at)
        .and_then(|b| b.split_whitespace().next_back())
        .is_some_and(|p| p.starts_with(char::is_uppercase))
}

/// Whether a word is a lowercase Arabic article joined to a capitalized
/// word ("al-Rabeeah", "el-Sayed").
#[inline]
fn article_name(w: &str) -> bool {
    matches!(w.as_bytes(), [b'a' | b'e', b'l', b'-', c, ..] if c.is_ascii_uppercase())
}

/// Whether a word opens as a name does: with a capital, or with an
/// Arabic article joined to a capitalized word ("al-Rabeeah", "el-Sayed",
/// as names are written after a given name: "Abdullah al-Rabeeah").
#[inline]
pub(super) fn name_capital(w: &str) -> bool {
    article_name(w) || w.chars().next().is_some_and(char::is_uppercase)
}

/// The names of any phrase `t`: [`capitalized_names_in`] when its last
/// word starts with a capital ([`ends_capitalized`]), else none (and the
/// phrase's [`object_start`]). For the tests, which ask it of any phrase.
#[cfg(test)]
pub(super) fn names_in(t: &str) -> (Option<NameAt>, Option<NameAt>, Option<usize>) {
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
pub(super) fn capitalized_names_in(t: &str) -> (Option<NameAt>, Option<NameAt>, Option<usize>) {
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

/// The words before "Sri" in the Malaysian honorifics "Tan Sri" and "Puan
/// Sri", which open a name as its titles do ([`name_by_rules`]). ("Tan"
/// and "Sri" alone are names: "Tan Chuan-Jin", "Sri Mulyani Indrawati".)
const HONORIFIC_SRI: &[&str] = &["Tan", "Puan"];

/// The Malaysian titles a "Sri" after which is a title too ("Datuk Sri
/// Najib Razak", "Tan Sri Dato' Sri Mustapa Mohamed"), for
/// [`leading_titles`]. ("Sri" alone is a name: "Sri Mulyani Indrawati".)
const TITLES_BEFORE_SRI: &[&str] = &["Datuk", "Dato'", "Dato’", "Dato", "Datin"];

/// How many title words open `words` ("Datuk Seri Anwar Ibrahim": two;
/// a "Sri" after a Datuk title counts: "Datuk Sri Najib Razak", two),
/// and whether a title word was kept as part of the name: one that
/// repeats ("Tun Tun Oo", "Shri Shri Ravi Shankar"), "Tun" or "Seri"
/// opening the phrase before fewer than two name words (Burmese and
/// Indonesian given names: "Seri Wahyuni"; "Tun Mahathir Mohamad" loses
/// "Tun"; after another title it is a title: "Datuk Seri Anwar" is
/// "Anwar"), "Father" or "Sister" before one name word (a religious name,
/// most often a given name alone: "Sister Bernadette", "Father Pius";
/// "Father Gerald Murray" is "Gerald Murray"), and any title before a
/// name ending in an organization word ("Shri Ram Finance"), and a
/// title in capitals before one word ("TD Economics": a company).
fn leading_titles(words: &[&str]) -> (usize, bool) {
    let is_title_word = |w: &str| is_title_word(w) || lead_hyphenated_title(w);
    let Some(i) = words.iter().position(|w| !is_title_word(w)) else {
        return (words.len(), false);
    };
    if i == 0 {
        return (0, false);
    }
    if words
        .last()
        .is_some_and(|w| is_org_word(w) || *w == "Finance")
    {
        return (0, true);
    }
    // A title in capitals before one word opens a company's name, no
    // person's ("TD Economics", "TD Securities"; "Labour TD Ged Nash" has
    // two name words).
    if i == 1
        && words.len() == 2
        && words[0].len() > 1
        && words[0].bytes().all(|b| b.is_ascii_uppercase())
    {
        return (0, true);
    }
    let repeats = |k: usize| words.get(k + 1) == Some(&words[k]);
    let names_after = words[1..].iter().filter(|w| !is_title_word(w)).count();
    if repeats(0) || matches!(words[0], "Tun" | "Seri" | "Father" | "Sister") && names_after < 2 {
        return (0, true);
    }
    if let Some(k) = (1..i).find(|&k| repeats(k)) {
        return (k, true);
    }
    if words[i] == "Sri" && TITLES_BEFORE_SRI.contains(&words[i - 1]) && words.len() > i + 1 {
        return (i + 1, false);
    }
    (i, false)
}

/// Whether `w` is a hyphenated title that opens a name as its title words
/// do ([`leading_titles`]): any "X-General" ("Attorney-General Mark
/// Dreyfus", "Solicitor-General", "Governor-General"), or parts that are
/// all titles ([`is_title_word`]) or [`TITLE_HYPHEN_PARTS`], one a title
/// ("Vice-President", "Under-Secretary", "Deputy-Director").
/// ("Jean-Pierre", "Ukrainian-American" are none.)
/// (The first test inline, a loop over the word's few bytes rather than
/// a call of memchr; the rest in [`hyphenated_title_parts`].)
#[inline]
#[allow(clippy::manual_contains)] // (`contains` calls memchr.)
fn lead_hyphenated_title(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 6
        && b[0].is_ascii_uppercase()
        && b[1..].iter().any(|&c| c == b'-')
        && hyphenated_title_parts(w)
}

/// [`lead_hyphenated_title`] of a capitalized word of a hyphen.
#[inline(never)]
fn hyphenated_title_parts(w: &str) -> bool {
    // A former holder's title ("Ex-governor Paul Sherwood", "Then-chairman
    // Robert Ellison"), and a rank's abbreviation after a hyphen
    // ("Lance-Cpl. Ian Doyle"). (Not a name of more hyphens: "Ex-Cell-O".)
    w.ends_with("-General")
        || ["Ex-", "Then-"]
            .iter()
            .any(|h| w.strip_prefix(h).is_some_and(|r| !r.contains('-')))
        || w.rsplit('-')
            .next()
            .is_some_and(|p| p.ends_with('.') && is_title_word(p))
        || w.split('-').any(is_title_word)
            && w.split('-')
                .all(|p| is_title_word(p) || TITLE_HYPHEN_PARTS.contains(&p))
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
pub(super) struct NamesMemo {
    /// `NAMES_MEMO` slots once used (none before: a `Buffers` that never
    /// resolves a phrase allocates nothing).
    pub(super) slots: Vec<NamesSlot>,
}

/// A slot of [`NamesMemo`]: a phrase's bytes and its names.
#[derive(Clone, Copy)]
pub(super) struct NamesSlot {
    /// The phrase's length; 0 for an empty slot (a phrase asked for ends
    /// with a capitalized word).
    pub(super) len: u8,
    pub(super) text: [u8; NAMES_MEMO_TEXT],
    pub(super) names: (Option<NameAt>, Option<NameAt>),
    /// The phrase's [`object_start`], or [`NO_OBJECT`] (the slot's spare
    /// byte: it stays 96 bytes).
    pub(super) object: u8,
}

/// [`NamesSlot::object`] for a phrase with no object (no offset in a
/// phrase the table holds).
const NO_OBJECT: u8 = u8::MAX;

const _: () = assert!(NAMES_MEMO_TEXT < NO_OBJECT as usize);

impl NamesMemo {
    /// [`capitalized_names_in`] of `t`, a phrase whose last word starts with a
    /// capital (`resolve` tests that first, [`ends_capitalized`], and keeps
    /// the answer for `resolve_one`), from the table when `t` is in it.
    pub(super) fn names_in_capitalized(
        &mut self,
        t: &str,
    ) -> (Option<NameAt>, Option<NameAt>, Option<usize>) {
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
pub(super) struct NameAt {
    pub(super) start: usize,
    pub(super) end: usize,
    /// Single spaces part the words (nearly always), so the name is the
    /// bytes themselves.
    pub(super) spaced: bool,
}

impl NameAt {
    /// The name in phrase `t`: its words joined by single spaces;
    /// borrowed from `t` when single spaces part them (nearly always), so
    /// the names of the speaker phrases become candidates and resolved
    /// names for the document's lifetime with no copy each.
    pub(super) fn text(self, t: &str) -> Cow<'_, str> {
        joined_words(&t[self.start..self.end], self.spaced)
    }
}

/// The words of `s` joined by single spaces; borrowed from `s` when
/// `spaced` says single spaces already part them (nearly always).
pub(super) fn joined_words(s: &str, spaced: bool) -> Cow<'_, str> {
    if spaced {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(words_of(s).collect::<Vec<_>>().join(" "))
    }
}

/// Nobility and other titles that open "Title of Place" and that
/// [`is_title_word`] does not list ("the Duke of Sussex", "Head of
/// Mission"): [`org_of_capitals`] leaves them to the name rules.
const OF_TITLES: &[&str] = &[
    "Baron",
    "Baroness",
    "Count",
    "Countess",
    "Duchess",
    "Duke",
    "Earl",
    "Head",
    "Heads",
    "Marchioness",
    "Marquess",
    "Viscount",
];

/// Academic and other offices that open "Office of X Name" and that
/// [`is_title_word`] does not list (as "Dean" is also a given name):
/// "Dean of Students Mark Hill", "Dean of the Faculty of Law Helen
/// Marsh" name the person after the office ([`org_of_capitals`] leaves
/// them to the name rules, whose office test takes them before "of").
pub(super) const OF_OFFICES: &[&str] =
    &["Bursar", "Dean", "Provost", "Rector", "Registrar", "Warden"];

/// The periods of an award "X of the Year Name" ("Player of the Year
/// Caitlin Clark", "Man of the Match Bukayo Saka"): the name after them
/// is a person's ([`org_of_capitals`]).
const AWARD_PERIODS: &[&str] = &[
    "Century", "Decade", "Game", "Match", "Month", "Season", "Week", "Year",
];

/// Quantities that open "X of the Y" about people, no organization's name
/// ("Half of Vermont Democrats", "Dozens of the Senators"), besides the
/// determiners and the numbers ("Two of the Republicans", "Eleven of the
/// Senators": `speaker::is_number_word`): [`org_of_capitals`].
const QUANTITY_LEADS: &[&str] = &[
    "Dozens",
    "Half",
    "Hundreds",
    "Majority",
    "Millions",
    "None",
    "Scores",
    "Thousands",
];

/// Whether the capitalized words `lead`, ending with "of", "for" or "&"
/// (and any "the" after "of" or "for"), before the name run `name` that
/// ends a speaker phrase make one organization's name with it rather
/// than a person's: "The Writers Guild of America", "Lloyd's of London",
/// "The Carnegie Endowment for International Peace", "The Widget Makers
/// of Ohio", "The Judicial Conference of the United States" (the person
/// "America", "Ohio" or "United States" before). Every word of `lead`
/// after a leading "The" is capitalized or "of", "the", "and", "for",
/// "&", none is a title ("Mayor of London Sadiq Khan", "The Chancellor of
/// the Exchequer", "the Duke of Sussex": [`OF_TITLES`]) and no title is in
/// the name ("Bank of America CEO Brian Moynihan"). (A lone plural
/// opening a sentence before "of" or "for" is a group of people,
/// "Residents of Ohio" (not before "&": "Marks & Spencer"), and
/// stays to the rules after, as do quantities, "Two of the Republicans",
/// "Half of Vermont Democrats" ([`QUANTITY_LEADS`], party members);
/// "Smith and Jones" are two.)
pub(super) fn org_of_capitals(lead: &[&str], name: &[&str]) -> bool {
    let full = lead;
    let (lead, amp, the) = match lead {
        [rest @ .., "of" | "for", "the"] => (rest, false, true),
        [rest @ .., "&"] => (rest, true, false),
        [rest @ .., "of" | "for"] => (rest, false, false),
        _ => return false,
    };
    let lead = match lead {
        ["The" | "the", rest @ ..] => rest,
        _ => lead,
    };
    let plural_word =
        |w: &str| w.len() > 3 && w.ends_with('s') && w.chars().skip(1).all(char::is_lowercase);
    let Some(&first) = lead.first() else {
        return false;
    };
    // (A plural opening the phrase before "of" or "for" names people,
    // however long the rest, "Members of the Board of Trustees",
    // "Representatives of the Ministry of Health of Ukraine"; not after
    // "The": "The Sisters of Mercy of Ireland".)
    let lone_plural = !amp
        && plural_word(first)
        && (lead.len() == 1
            || !matches!(full.first(), Some(&("The" | "the")))
                && matches!(lead.get(1), Some(&("of" | "for"))));
    // (Any number, in words or digits: "Eleven of the Senators", "20 of
    // the Residents".)
    let quantity = DETERMINER_KEYS.contains(&folded_key(first))
        || QUANTITY_LEADS.contains(&first)
        || first.starts_with(|c: char| c.is_ascii_digit())
        || crate::attribution::speaker::is_number_word(first);
    // (An award's period before the name: "Player of the Year Caitlin
    // Clark", "Time Person of the Year Taylor Swift".)
    let award = the && name.len() > 1 && AWARD_PERIODS.contains(&name[0]);
    first.starts_with(|c: char| c.is_uppercase())
        && !lone_plural
        && !award
        && !quantity
        && !name.last().is_some_and(|w| PARTY_NOUNS.contains(w))
        && lead.iter().all(|w| {
            matches!(*w, "of" | "the" | "and" | "for" | "&")
                || w.starts_with(|c: char| c.is_uppercase())
                    && !is_title_word(w)
                    && !OF_TITLES.contains(w)
                    && !OF_OFFICES.contains(w)
        })
        && !name.is_empty()
        && !name.iter().any(|w| is_title_word(w))
}

/// Whether the last word of the phrase `b`, as `split_whitespace` gives
/// it, may start with a capital: false only when that word is ASCII and
/// opens with no ASCII capital ([`org_of_capitals_phrase`], whose name
/// run must end the phrase: "The company", "Members of the public" end
/// in a lowercase word). A walk back over the last word's bytes only; a
/// byte of a multibyte character in it leaves the answer to the full
/// test (a space other than ASCII may split it).
fn last_word_may_be_capital(b: &[u8]) -> bool {
    let space = |c: u8| matches!(c, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r');
    let end = b.iter().rposition(|&c| !space(c)).map_or(0, |i| i + 1);
    let word = &b[..end];
    let from = word.iter().rposition(|&c| space(c)).map_or(0, |i| i + 1);
    let word = &word[from..];
    word.iter().any(|&c| c >= 0x80) || word.first().is_some_and(u8::is_ascii_uppercase)
}

/// [`org_of_capitals`] of the whole speaker phrase `t`: its last run of
/// capitalized words is the name, the words before it the lead. (For
/// the organization's type and name when the gazetteer lacks it:
/// "The Writers Guild of America" is an organization of that name.)
pub(super) fn org_of_capitals_phrase(t: &str) -> bool {
    // (A first test on the bytes: a capital opening the phrase and a
    // joint word inside it, with no string search; most phrases that get
    // here are lowercase, "officials", "a spokesman".)
    let b = t.as_bytes();
    if !b
        .first()
        .is_some_and(|&c| c.is_ascii_uppercase() || c >= 0x80)
        || !last_word_may_be_capital(b)
        || !(1..b.len()).any(|i| {
            b[i - 1] == b' ' && {
                let w = &b[i..];
                w.starts_with(b"of ") || w.starts_with(b"for ") || w.starts_with(b"& ")
            }
        })
    {
        return false;
    }
    let mut few = [""; 16];
    let mut n = 0;
    for w in words_of(t) {
        match few.get_mut(n) {
            Some(slot) => *slot = w,
            None => return false,
        }
        n += 1;
    }
    let words = &few[..n];
    let start = words
        .iter()
        .rposition(|w| !w.starts_with(|c: char| c.is_uppercase()))
        .map_or(0, |i| i + 1);
    start >= 2 && start < n && org_of_capitals(&words[..start], &words[start..])
}

/// Whether a lowercase word is an adjective of a place between "in" and
/// its name: a participle ("occupied", "besieged", "annexed": "-ed" after
/// three letters or more, not "-eed",
/// [`place_participle`](crate::attribution::word_lists::place_participle);
/// "rebel-held", "war-torn"), a compass direction ("southern",
/// "northeastern", "south-western"; not "stern" or "concern") or a few
/// others ("central", "coastal", "restive", "modern", "present-day"). [`name_by_rules`] reads the
/// name after it as a place, as after "in" itself.
fn place_adjective(w: &str) -> bool {
    let compass = || {
        let rest = w
            .strip_prefix("north")
            .or_else(|| w.strip_prefix("south"))
            .map_or(w, |r| r.trim_start_matches('-'));
        matches!(rest, "ern" | "eastern" | "western")
    };
    w.starts_with(|c: char| c.is_ascii_lowercase())
        && (crate::attribution::word_lists::place_participle(w.as_bytes())
            || w.ends_with("-held")
            || w.ends_with("-torn")
            || w.ends_with("ern") && compass()
            || matches!(
                w,
                "central"
                    | "rural"
                    | "coastal"
                    | "nearby"
                    | "neighboring"
                    | "neighbouring"
                    | "restive"
                    | "breakaway"
                    | "modern"
                    | "modern-day"
                    | "present-day"
            ))
}

/// The rules of [`person_name`], for [`name_by_rules`].
const PERSON_RULES: u8 = 1;

/// The rules of the mentioned name ([`name_in`] with `objects`), for
/// [`name_by_rules`].
const MENTIONED_RULES: u8 = 2;

/// [`name_in`] without its first test.
pub(super) fn name_in_words(t: &str, objects: bool) -> Option<Cow<'_, str>> {
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
pub(super) fn name_by_rules(
    t: &str,
    rules: u8,
    object: Option<Option<usize>>,
) -> Option<(NameAt, u8)> {
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
    // "Member" before a body is no title before a name ("European Union
    // Member States", "Member Nations", "Member Station WBUR"): the
    // members are no person.
    if words
        .windows(2)
        .any(|p| p[0] == "Member" && MEMBER_BODIES.contains(&p[1]))
    {
        return None;
    }
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
    // name words before a capitalized word ("Jan de Vries"), or before
    // a second particle and a capitalized word ("Frans van der Berg").
    let particle = |i: usize| {
        words
            .get(i)
            .is_some_and(|w| super::super::speaker::PARTICLES.words().contains(w))
    };
    let capital = |i: usize| words.get(i).is_some_and(|n| name_capital(n));
    let is_particle =
        |i: usize| particle(i) && (capital(i + 1) || particle(i + 1) && capital(i + 2));
    // (An article name only after a capitalized word: [`name_end`].)
    let upper = |w: &str| w.starts_with(char::is_uppercase);
    let name_word = |i: usize| {
        upper(words[i]) || article_name(words[i]) && i > 0 && upper(words[i - 1]) || is_particle(i)
    };
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
    // (So may a lowercase word of a former holder before a title after a
    // preposition, "the" between them or not: "An attorney for former
    // Sen. Bob Menendez", "for the former Sen. ...", "A friend of then-Sen.
    // Al Franken": the subject is the attorney or the friend, not the
    // senator, no name; "the late" before any name, "supporters of the
    // late John McCain".)
    let prep = if p >= 4 && words[p - 2] == "the" {
        p - 3
    } else {
        p.wrapping_sub(2)
    };
    if p >= 3
        && words
            .get(prep)
            .is_some_and(|w| NAME_PREPOSITIONS.contains(w))
        && (words[p - 1] == "former" && words.get(p).is_some_and(|w| is_title_word(w))
            || words[p - 1] == "late"
            || ["then-", "ex-"]
                .iter()
                .any(|h| words[p - 1].strip_prefix(h).is_some_and(is_title_word)))
    {
        p -= 1;
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
    // (Also past a place's adjectives: "officials in occupied Kherson",
    // "residents in southern Zaporizhzhia": [`place_adjective`].)
    let mut q = p;
    while q >= 3 && q + 2 > p && place_adjective(words[q - 1]) {
        q -= 1;
    }
    if q < p && words[q - 1] == "in" && {
        // (The head as `lower_head` reads it, a plural opening the
        // phrase counted at its place: "Officials in occupied Kherson".)
        let h = words[q - 2];
        lower_head(h)
            || is_org_word(h)
            || q == 2
                && h.len() > 3
                && h.ends_with('s')
                && h.chars().skip(1).all(char::is_lowercase)
    } {
        return None;
    }
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
    if start >= 2 && org_of_capitals(&words[..start], &words[start..]) {
        return None;
    }
    // An office "Title of X" before the name ("Chief of Staff Katie
    // Walsh", "Supervisor of Elections Susan Bucher"): the office's words
    // are not the name, which is then its last two words (three with a
    // middle initial).
    // (Also "Title for X" and "Title of X for Y", British and Indian
    // style: "Minister for Railways Anil Deshmukh", "Secretary of State for
    // Health Wes Stirling".)
    // (And "Title of the X": "Chief of the General Staff Valery
    // Gerasimov".)
    let of_at = if start >= 3 && words[start - 1] == "the" && words[start - 2] == "of" {
        start - 1
    } else {
        start
    };
    // (An office of [`OF_OFFICES`] counts before "of", also opening a
    // longer office: "Dean of the Faculty of Law Helen Marsh".)
    let of_office = |i: usize| OF_OFFICES.contains(&words[i]) && words.get(i + 1) == Some(&"of");
    let office_the = of_at < start && (is_title_word(words[of_at - 2]) || of_office(of_at - 2));
    let office = start >= 2
        && (words[of_at - 1] == "of"
            && (is_title_word(words[of_at - 2]) || of_office(of_at - 2) || of_office(0))
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
        // (The name after an office "Title of the ... X" whose last word is
        // an organization word: "Chief of the General Staff Valery
        // Gerasimov".)
        Some(p)
            if office_the
                && (2..=3).contains(&(words.len() - p - 1))
                && !words[p + 1..].iter().any(|w| is_title_word(w)) =>
        {
            &words[p + 1..]
        }
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
    let (lead, mut kept) = leading_titles(words);
    let mut name = &words[lead..];
    // (A two-word honorific, and titles after it: "Tan Sri Dato'
    // Muhyiddin Yassin".)
    while let [first, "Sri", rest @ ..] = name {
        if !HONORIFIC_SRI.contains(first) || kept {
            break;
        }
        let (lead, k) = leading_titles(rest);
        name = &rest[lead..];
        kept = k;
    }
    // Past a descriptor with a title inside it ("Malaysian Defence
    // Minister Hishammuddin Hussein"): the words after its last title,
    // when at least two are left. (Not when a title was kept as part of
    // the name: "Tun Tun Oo", "Shri Ram Finance".)
    let name = match name[..name.len().saturating_sub(1)]
        .iter()
        .rposition(|w| is_title_word(w))
    {
        Some(p) if name.len() - p > 2 && !kept => &name[p + 1..],
        _ => name,
    };
    // (Nor is an article name alone a name: "al-Jazeera said".)
    if name.first().is_some_and(|w| article_name(w)) {
        return None;
    }
    // A possessive owner before the name ("MSNBC's Chris Matthews"), or a
    // role and its comma ("the local MP, Joan Ellis").
    let name = match name[..name.len().saturating_sub(1)]
        .iter()
        .rposition(|w| w.ends_with("'s") || w.ends_with("’s") || w.ends_with(','))
    {
        Some(p) => &name[p + 1..],
        None => name,
    };
    if name.is_empty() || name.len() > 5 || !name.last().is_some_and(|w| name_capital(w)) {
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
        if super::super::sent::DAYS
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

#[cfg(test)]
mod last_word_tests {
    use super::last_word_may_be_capital;

    #[test]
    fn a_phrase_whose_last_word_is_capitalized_is_never_turned_away() {
        let phrases = [
            "",
            " ",
            "The company",
            "The Writers Guild of America",
            "The Writers Guild of America ",
            "Members of the public\t",
            "The Guild of\u{a0}America",
            "The Guild of\u{a0}america",
            "The Guild of Ängland",
            "The Guild of ängland",
            "The Guild of\u{b}America",
            "The Guild of\u{85}America",
            "Lloyd's of London\r\n",
            "X",
            "x",
        ];
        for t in phrases {
            let capital = t
                .split_whitespace()
                .next_back()
                .is_some_and(|w| w.starts_with(char::is_uppercase));
            let may = last_word_may_be_capital(t.as_bytes());
            assert!(may || !capital, "{t:?}");
            // (An ASCII last word is read exactly.)
            if t.is_ascii() {
                assert_eq!(may, capital, "{t:?}");
            }
        }
    }
}
