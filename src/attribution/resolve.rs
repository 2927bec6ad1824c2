//! Speaker resolution: pronouns to the nearest compatible earlier entity,
//! role phrases to office holders (by date, or by a named holder in the
//! article), metonyms to their state, surnames to the full name used in the
//! article, continuation quotes to the speaker they continue.

use std::borrow::Cow;

use rustc_hash::FxHashMap as HashMap;
use std::collections::hash_map::Entry;

use super::{Draft, Resolutions, Resolved};
use crate::attribution::sent::words::plural_s;
use crate::gazetteer::{AliasKind, Entity, EntityType, Gazetteer, Gender, Mention};
use crate::lexicon::{Form, Lexicon, NounType};
use crate::model::SpeakerType;
use crate::text::segment::Span;
use crate::text::{ascii_space, last_word};
use crate::text::{split_byte, SplitByte};

mod antecedents;
mod cands;
mod holders;
mod names;
mod orgs;
mod party;
mod word_tables;

use antecedents::{
    affiliated_person, antecedent, apposition_name, bare_plural, cut_short, fill, head_word,
    introduced_name, object_start, org_name, quote_before, quote_names_third_person,
    role_apposition_name, role_subject_before_quote, role_word_antecedent, sentence_initial,
    titled_antecedent, NOT_FIRST_NAMES, NOT_NAME_FIRST_WORDS,
};
#[cfg(test)]
use antecedents::{head_word_plain, object_start_plain, occurrences, POST_WORDS};
#[cfg(test)]
use cands::lower_joined;
use cands::{
    is_pronoun, last_space, lower_joined_in, surname_key, words_of, Added, Cand, Cands, PhraseMemo,
    SpaceSplit, POSSESSIVES, PRONOUN_LEN,
};
use names::{
    cand_of, ends_capitalized_in, in_gazetteer, joined_words, org_of_capitals_phrase, person_name,
    rfind_mark, widen_to_name, widen_to_org_end, ClauseBound, NameAt, NamesMemo, QuoteOpen,
    SentenceEnd, SentenceOrQuote,
};
#[cfg(doc)]
use names::{capitalized_names_in, name_by_rules};
#[cfg(any(test, doc))]
use names::{ends_capitalized, name_into};
#[cfg(test)]
use names::{name_in, name_in_words, names_in, Marks};
use orgs::{
    all_caps, dateline_agency, dateline_country, definite_org_in, has_comma_phrase, is_acronym,
    mentions_from, mentions_in, names_same_entity, one_team, referring_noun,
    suffixed_company_before, Ments, OrgKind, Referent,
};
#[cfg(test)]
use orgs::{
    company_name_word, definite_org, first_dateline_mark, is_name_suffix, org_noun_kinds,
    MENTION_BLOCK, MENTION_FILL,
};
pub(crate) use word_tables::is_org_word;
use word_tables::{
    folded_key, is_surname_first_family, is_title_word, WordTable, COMPANY_SUFFIXES,
    DETERMINER_KEYS, GROUP_PLURALS, LEADER_ROLES, MEMBER_BODIES, NAME_PREPOSITIONS, OFFICE_NOUNS,
    OPENERS, PARTY_NOUNS, PRONOUN_KEYS,
};
#[cfg(test)]
use word_tables::{NO_KEY, ORG_WORDS, SURNAME_FIRST_FAMILIES, TITLE_WORDS};

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

/// Drops the gazetteer person mentions that a generational suffix
/// follows ("Donald Trump Jr.", "Thomas H. Kean, Jr.", "Trump Jr."; the
/// suffixes of [`cands::GENERATIONS`]): the son (or father) is another
/// person than the gazetteer's, whose canonical name and country the row
/// must not take. The name with its suffix is then a name the text gives
/// (its own candidate, type person, no country). (Not when the
/// gazetteer's person bears that suffix in an alias of his:
/// [`Gazetteer::own_generation`], "Joseph R. Biden, Jr.") A gazetteer name that
/// holds its numeral ("John Paul II", "King Charles III") matches whole
/// and is kept; so is every mention that is no person's ("World War II").
/// (One test of the bytes after each mention, out of [`resolve`]'s
/// body; the rest, [`drop_parent_names_of`], runs only when a suffix's
/// capital may follow a mention.)
#[inline(never)]
fn drop_parent_names(text: &str, gaz: &Gazetteer, mentions: &mut Vec<Mention>) {
    let b = text.as_bytes();
    let mut maybe = false;
    for m in mentions.iter() {
        maybe |= suffix_may_follow(b, m.end);
    }
    if maybe {
        drop_parent_names_of(text, gaz, mentions);
    }
}

/// Whether a generational suffix's first two letters may follow the byte
/// `end` of `b`, one or two bytes on (" Jr.", ", Sr.", " III", " IV"):
/// the bytes' test before [`antecedents::generation_after`]'s, which
/// takes only "Jr", "Sr", "II" or "IV" after a space or a comma and a
/// space. (Two letters, not the capital alone: " Senate", " Secretary",
/// " In" follow many mentions, "U.S. Senate", and the cold search ran
/// for them.)
///
/// (Four bytes read as one word when the text has them, the comma shifted
/// out, and its three low bytes compared with the four patterns, with no
/// branch: the two `matches!` of [`suffix_may_follow_bytes`], with their
/// bounds tests, took about thirty instructions a mention.)
#[inline]
fn suffix_may_follow(b: &[u8], end: usize) -> bool {
    let Some(&w) = b.get(end..).and_then(|s| s.first_chunk::<4>()) else {
        return suffix_may_follow_bytes(b, end);
    };
    let w = u32::from_le_bytes(w);
    let t = if w & 0xff == u32::from(b',') {
        w >> 8
    } else {
        w & 0x00ff_ffff
    };
    let pat = |s: &[u8; 3]| u32::from_le_bytes([s[0], s[1], s[2], 0]);
    (t == pat(b" Jr")) | (t == pat(b" Sr")) | (t == pat(b" II")) | (t == pat(b" IV"))
}

/// [`suffix_may_follow`] byte by byte: the test near the text's end,
/// where fewer than four bytes follow `end`.
#[cold]
fn suffix_may_follow_bytes(b: &[u8], end: usize) -> bool {
    matches!(
        b.get(end..end + 3),
        Some(&[b' ', b'J' | b'S', b'r'] | &[b' ', b'I', b'I' | b'V'])
    ) || matches!(
        b.get(end..end + 4),
        Some(&[b',', b' ', b'J' | b'S', b'r'] | &[b',', b' ', b'I', b'I' | b'V'])
    )
}

/// [`drop_parent_names`] once a mention may be followed by a suffix.
#[cold]
#[inline(never)]
fn drop_parent_names_of(text: &str, gaz: &Gazetteer, mentions: &mut Vec<Mention>) {
    let b = text.as_bytes();
    let suffixed = |m: &Mention| {
        // (The bytes first.)
        suffix_may_follow(b, m.end)
            && antecedents::generation_after(text.get(m.end..).unwrap_or(""))
                .is_some_and(|g| !gaz.own_generation(m.entity, g))
            && gaz.entity(m.entity).etype == EntityType::Person
    };
    // The entities named only with a suffix: their surname alone ("Trump
    // said", "Mr. Trump", a `Short` alias) is the suffixed person's too,
    // unless an office's title stands before it ("President Trump") or the document names the
    // gazetteer's person in full elsewhere (then the resolver decides as
    // before). (Sorted lists, searched by halves: a document may name many
    // people with suffixes, and the work stays one pass of the mentions
    // and a logarithm.)
    let mut sons: Vec<usize> = mentions
        .iter()
        .filter(|m| suffixed(m))
        .map(|m| m.entity)
        .collect();
    if sons.is_empty() {
        return;
    }
    sons.sort_unstable();
    sons.dedup();
    let mut in_full: Vec<usize> = mentions
        .iter()
        .filter(|m| m.kind != AliasKind::Short && !suffixed(m))
        .map(|m| m.entity)
        .collect();
    in_full.sort_unstable();
    in_full.dedup();
    sons.retain(|e| in_full.binary_search(e).is_err());
    let titled = |m: &Mention| {
        let before = text.get(..m.start).unwrap_or("").trim_end();
        last_word(before).is_some_and(|w| {
            let w = w.trim_start_matches(|c: char| !c.is_alphanumeric());
            is_title_word(w)
                && !crate::gazetteer::COURTESY_TITLES.contains(&w.trim_end_matches('.'))
        })
    };
    mentions.retain(|m| {
        !(suffixed(m)
            || m.kind == AliasKind::Short && sons.binary_search(&m.entity).is_ok() && !titled(m))
    });
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
    drop_parent_names(text, gaz, &mut bufs.mentions);
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
            if let Some((cue, _, _)) = d.cue {
                widen_to_org_end(gaz, mentions, k, cue, sp);
            }
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
            // (Not the object of a title: "The Mayor of Lviv" names no
            // "Lviv" for a later "he"; a name the phrase resolves to is
            // added as the speaker's when it is resolved.)
            if let Some(name) = mentioned
                .map(|n| n.text(t))
                .and_then(|n| office_free_name(t, n, lx, gaz))
            {
                // (The text's word for the person beats the census sex of
                // the first name: "Logan Reese, a spokeswoman", "Bo
                // Derek, the actress".)
                let gender = text_gender(text, sp)
                    .or_else(|| gaz.gender_of_first_name(name.split_sp().next().unwrap_or("")));
                let entity = gaz.alias_hits(&name).next().map(|(e, _)| e);
                base_owns |= matches!(name, Cow::Owned(_));
                // (A newspaper's full name is the paper's, an
                // organization, which its short name takes later: "The
                // Boston Globe reported ... The Globe said".)
                let stype = if paper_speaker(t, lx).is_some() {
                    SpeakerType::Organization
                } else {
                    SpeakerType::Person
                };
                spoken.push(Cand {
                    pos: sp.0,
                    canonical: name,
                    stype,
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
        last_speaker: None,
        last_lone: None,
        person_memo: None,
        content: (0, 0),
        owns: base_owns,
        party: Default::default(),
        leaders: Default::default(),
        acronyms: std::cell::OnceCell::new(),
        first_families: false,
        holders: std::cell::RefCell::new(Vec::new()),
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
        cands.content = d.content;
        let mut r = resolve_one(text, sp, mentions, &cands, gaz, lx, date);
        // "the TASS news agency", "China's official Xinhua news agency":
        // the organization the gazetteer names right before the media
        // noun, when the phrase whole is no name.
        // (The phrase's last byte first: the last letter of a media noun,
        // one test for most speakers left without a name.)
        if r.canonical.is_none()
            && text.as_bytes()[..sp.1]
                .last()
                .is_some_and(|&b| super::word_lists::media_byte(b, false))
            && coord.is_none()
        {
            if let Some(named) = before_media_noun(text, sp).filter(|n| {
                mentions_in(mentions, *n)
                    .iter()
                    .any(|m| m.end == n.1 && m.kind == AliasKind::Name)
            }) {
                let m = resolve_one(text, named, mentions, &cands, gaz, lx, date);
                if m.canonical.is_some() && m.stype == SpeakerType::Organization {
                    r = m;
                }
            }
        }
        cands.person_memo = None;
        cands.content = (0, 0);
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
                    cands.last_lone = Some(sp);
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
        // A coordination ("Siemens and Boeing said") is no antecedent of
        // a singular "It": it is kept with no resolution, as a marker.
        let one = coord.is_none();
        let r = coord.unwrap_or(r);
        cands.last_speaker = Some((
            sp,
            d.content,
            (one && r.stype != SpeakerType::Person).then(|| r.clone()),
            !one,
        ));
        out.push(r);
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

/// The one organization of `kind` named before `pos` (the nearest, when
/// no other of that kind with another name comes before it); `None` when
/// there is none or two. (Not the one company named before, when no
/// name has an airline word: a document names few companies, and "the
/// airline" after "EgyptAir", unknown, took the only one, a detergent's
/// maker.) Only candidates that pass `also` count (`one_team`: not a
/// team's name that starts a longer name).
fn one_of_kind<'c, 'g>(
    text: &str,
    pos: usize,
    kind: OrgKind,
    cands: &'c Cands<'g>,
    gaz: &Gazetteer,
    also: impl Fn(&Cand) -> bool,
) -> Option<&'c Cand<'g>> {
    let ok = |c: &Cand| {
        c.stype == SpeakerType::Organization
            && !c.canonical.is_empty()
            && kind.fits(c, gaz)
            && also(c)
    };
    let c = cands.nearest_before(pos, ok)?;
    let two = cands
        .nearest_before(c.pos, |o| ok(o) && o.canonical != c.canonical)
        .is_some();
    // (Nor past a nearer speaker that may be another of the kind: a
    // name the gazetteer lacks, "Qantas ... Virgin Australia said ... The
    // airline said", or a company for "the carrier", "Lufthansa ...
    // T-Mobile said ... The carrier said"; nor one of "X and Y" with Y
    // unknown, "Ryanair and Jet2 reported ... The airline said".)
    let other = |o: &Cand| {
        o.pos > c.pos
            && !o.canonical.is_empty()
            && o.canonical != c.canonical
            && !ok(o)
            && maybe_of_kind(o, kind, gaz)
    };
    // (A lone name known from nowhere else is no candidate: the speaker
    // just before, "Delta said ... The carrier said".)
    let lone = cands.last_lone.is_some_and(|(a, b)| {
        a > c.pos && a < pos && {
            let w = text.get(a..b).unwrap_or("");
            w.starts_with(char::is_uppercase) && !gaz.is_given_name(w)
        }
    });
    let blocked = lone
        || cands.added.range(c.pos + 1, pos).take(64).any(other)
        || unknown_partner(text, c.pos, cands);
    (!two && !blocked).then_some(c)
}

/// Whether the speaker `o`, not known to be of `kind`, may still be one:
/// an organization the gazetteer lacks, a company for an airline ("the
/// carrier" is also a telephone company's), or a name typed person or
/// unknown that is no known person and opens with no given name
/// ("Virgin Australia", "Delta", "Jetstar"; not "Alan Joyce").
fn maybe_of_kind(o: &Cand, kind: OrgKind, gaz: &Gazetteer) -> bool {
    let subtype = o.entity.map(|e| gaz.entity(e).subtype.as_str());
    match o.stype {
        SpeakerType::Organization => {
            subtype.is_none() || kind == OrgKind::Airline && subtype == Some("company")
        }
        SpeakerType::Person | SpeakerType::Unknown => unknown_name(o, gaz),
        _ => false,
    }
}

/// Whether the speaker `o` is a name the gazetteer lacks that opens with
/// a capital and no given name ("Virgin Australia", "Northside Table";
/// not "Alan Joyce", "Maria Lopez"): another airline or group, for
/// [`maybe_of_kind`] and [`unknown_name_since`].
fn unknown_name(o: &Cand, gaz: &Gazetteer) -> bool {
    let first = o.canonical.split_sp().next().unwrap_or("");
    o.entity.is_none() && first.starts_with(char::is_uppercase) && !gaz.is_given_name(first)
}

/// Whether the name at `at` is one of "X and Y" (or "Y and X") whose
/// other name `Y` is capitalized and no gazetteer name ("Ryanair and
/// Jet2"; not "Lufthansa and Deutsche Telekom").
fn unknown_partner(text: &str, at: usize, cands: &Cands) -> bool {
    let known = |p: usize| {
        let k = cands.base.partition_point(|c| c.pos < p);
        cands
            .base
            .get(k)
            .is_some_and(|c| c.pos == p && c.entity.is_some())
    };
    let cap = |w: &str| w.starts_with(|ch: char| ch.is_uppercase() || ch.is_ascii_digit());
    // After: the name's capitalized words, then " and Y".
    let after = text.get(at..).unwrap_or("");
    let mut off = 0;
    for (seen, w) in after.split(' ').take(6).enumerate() {
        if w == "and" && seen > 0 {
            let y = at + off + 4;
            let next = text.get(y..).unwrap_or("");
            return cap(next) && !known(y);
        }
        if !cap(w) || w.ends_with([',', '.', ';', ':']) {
            break;
        }
        off += w.len() + 1;
    }
    // Before: "Y and " right before the name.
    let before = text.get(..at).unwrap_or("");
    // (Y may have more words: "Deutsche Telekom and Lufthansa".)
    before.strip_suffix(" and ").is_some_and(|b| {
        let mut end = b.len();
        let mut any = false;
        for w in b.rsplit(' ').take(4) {
            if !cap(w) || w.ends_with([',', '.', ';', ':']) {
                break;
            }
            any = true;
            end -= w.len();
            if known(end) {
                return false;
            }
            end = end.saturating_sub(1);
        }
        any
    })
}

/// Whether another group of the noun `noun` ("group", "charity") is
/// introduced between the antecedent at `from` and `pos`, which "the
/// group" at `pos` may be: an indefinite "a/an/another" with lowercase
/// modifiers before the noun ("A smaller group, Ohioans for Safe
/// Streets,", "a volunteer group called Northside Table", "Another
/// charity, Hope for Gaza's Kids,", "Common Cause and a coalition of
/// local groups"); not the antecedent's own description right after its
/// name ("Common Cause, a watchdog group,", "Public Citizen is a group
/// that"). The scan reads at most [`GROUP_WINDOW`] bytes before `pos`
/// once, for one noun: the antecedent may lie any distance back, and
/// every "the group" that finds no name would otherwise read the same
/// stretch again (quadratic in a long document of such phrases).
fn other_group_since(text: &str, from: usize, pos: usize, noun: &str) -> bool {
    let mut from = from.max(pos.saturating_sub(GROUP_WINDOW));
    while from < pos && !text.is_char_boundary(from) {
        from += 1;
    }
    let Some(between) = text.get(from..pos) else {
        return false;
    };
    // "a/an/another" with up to three lowercase modifiers ends `head`,
    // and is not the antecedent's own description.
    let indefinite = |head: &str| {
        let mut end = head.len();
        for w in head.rsplit(' ').take(4) {
            if matches!(w, "a" | "an" | "another" | "A" | "An" | "Another") {
                let own = &head[..end - w.len()];
                let own_description = !own.contains(['.', ';', '?', '!'])
                    && (own.ends_with(", ") || own.ends_with(" is ") || own.ends_with(" was "));
                return !own_description;
            }
            if w.is_empty() || !w.starts_with(char::is_lowercase) || w.ends_with([',', '.', ';']) {
                return false;
            }
            end -= w.len() + 1;
        }
        false
    };
    let same_noun = between.match_indices(noun).any(|(at, _)| {
        // (The whole word: not "groups", "groupings".)
        let after = between[at + noun.len()..].chars().next();
        !after.is_some_and(char::is_alphanumeric)
            && between[..at].strip_suffix(' ').is_some_and(indefinite)
    });
    // "a program called Sandy Hook Promise", "a nonprofit named X": a
    // group's noun, then its name.
    let called = || {
        let named = |(at, w): (usize, &str)| {
            let head = &between[..at];
            let name = &between[at + w.len()..];
            name.starts_with(char::is_uppercase)
                && head
                    .rsplit(' ')
                    .next()
                    .is_some_and(|n| GROUP_NOUNS.contains(&n))
                && indefinite(head)
        };
        between.match_indices(" called ").any(named) || between.match_indices(" named ").any(named)
    };
    same_noun || called()
}

/// How far back [`other_group_since`] looks for another group introduced
/// before "the group": a few paragraphs of news copy.
const GROUP_WINDOW: usize = 3000;

/// The nouns of a group that an indefinite "a ... called X" introduces
/// ([`other_group_since`]).
const GROUP_NOUNS: &[&str] = &[
    "group",
    "charity",
    "coalition",
    "alliance",
    "association",
    "foundation",
    "organization",
    "organisation",
    "nonprofit",
    "non-profit",
    "program",
    "programme",
    "campaign",
    "initiative",
    "network",
    "movement",
    "project",
    "committee",
];

/// Whether a speaker resolved between the antecedent `c` and `pos` is a
/// name the gazetteer lacks that opens with no given name ("Northside
/// Table said"; not "Maria Lopez said"): another group "the group" may
/// be.
fn unknown_name_since(c: &Cand, pos: usize, cands: &Cands, gaz: &Gazetteer) -> bool {
    cands.added.range(c.pos + 1, pos).take(64).any(|o| {
        o.canonical != c.canonical && o.stype != SpeakerType::Organization && unknown_name(o, gaz)
    })
}

/// What a sentence-initial "It" takes from the speaker of the sentence
/// before it ([`previous_sentence_speaker`]).
enum PrevSpeaker<'c, 'g> {
    /// That speaker's resolution: an organization or state with a name
    /// ("The automaker" -> General Motors), or an acronym or name of
    /// unknown type ("SNCF": no name, not "France" of a radio before).
    Is(&'c Resolved<'g>),
    /// That speaker has no name of its own (an organization or state
    /// without one: "Ukraine's air force"; a common noun of unknown type:
    /// "The report"): it (its type and country, kept when no name is
    /// found), its speaker span and its content's span, for a name in its
    /// own sentence outside what it said ([`named_by_previous`]).
    NoName(&'c Resolved<'g>, Span, Span),
    /// That speaker is a coordination ("Siemens and Boeing said ... It
    /// said"): a singular "It" takes no name.
    Coord,
}

/// The organization or state that a sentence-initial "It" takes when the
/// speaker of the sentence before, at `psp` with content `content`, has
/// no name of its own: the last named in that speaker's sentence outside
/// its content ("Ukraine's air force": Ukraine; "Shares of Nvidia rose
/// 4 percent after the company": Nvidia; "The report, released by
/// Amnesty International on Thursday, said": Amnesty), else none: not a
/// name inside what it said, nor the first word of a longer name
/// ("France Inter radio reported"), nor one of an earlier sentence ("The
/// lawsuit contends ... It goes on": not "Libya" of the paragraph
/// before).
fn named_by_previous<'g>(
    text: &str,
    (psp, content): (Span, Span),
    sp: Span,
    mentions: Ments<'_>,
    gaz: &'g Gazetteer,
) -> Option<Cand<'g>> {
    // (The sentence's start: the last stop or line break before the
    // draft, within 300 bytes.)
    let from = psp.0.min(content.0);
    let lo = from.saturating_sub(300);
    let lo = text.as_bytes()[lo..from]
        .iter()
        .rposition(|b| matches!(b, b'.' | b'!' | b'?' | b'\n'))
        .map_or(lo, |i| lo + i + 1);
    let k = mentions.list.partition_point(|m| m.start < lo);
    mentions.list[k..]
        .iter()
        .take_while(|m| m.start < sp.0)
        .filter(|m| {
            let after = &text[m.end..];
            !(content.0..content.1).contains(&m.start)
                && matches!(
                    gaz.entity(m.entity).etype,
                    EntityType::State | EntityType::Organization
                )
                // (Not the first word of a longer name: "France" of
                // "France Inter radio"; the owner of a possessive is one.)
                && (after.starts_with("'s ")
                    || after.starts_with("’s ")
                    || !after
                        .strip_prefix(' ')
                        .is_some_and(|r| r.starts_with(|c: char| c.is_uppercase())))
        })
        .last()
        .map(|m| cand_of(gaz, m))
}

/// The speaker of the sentence right before the pronoun at `sp` when
/// that speaker is no person and the sentence is the pronoun's previous
/// one: its draft ends at most 60 bytes before the pronoun, which opens
/// its sentence, with only the one sentence stop between them ("said on
/// Monday. It"). A speaker with no name gives only its spans
/// ([`PrevSpeaker::NoName`]), a coordination only that it is one
/// ([`PrevSpeaker::Coord`]); one
/// of unknown type is kept as it is only when an acronym or name
/// ([`proper_phrase`]: "SNCF said", not "The report said").
fn previous_sentence_speaker<'c, 'g>(
    text: &str,
    sp: Span,
    cands: &'c Cands<'g>,
) -> Option<PrevSpeaker<'c, 'g>> {
    let (psp, content, prev, coord) = cands.last_speaker.as_ref()?;
    if !*coord && prev.is_none() {
        return None;
    }
    let gap = text.get(psp.1.max(content.1)..sp.0)?;
    if gap.len() > 60 || !sentence_initial(text, sp.0) {
        return None;
    }
    let g = gap.trim_end().trim_end_matches(['"', '”', '’', '\'']);
    let g = g.strip_suffix(['.', '!', '?'])?;
    if g.contains(['.', '!', '?', '"', '“', '”', '\n', ';', ':']) {
        return None;
    }
    let Some(prev) = prev else {
        return Some(PrevSpeaker::Coord);
    };
    match prev.stype {
        SpeakerType::Organization | SpeakerType::State if prev.canonical.is_some() => {
            Some(PrevSpeaker::Is(prev))
        }
        SpeakerType::Organization | SpeakerType::State => {
            Some(PrevSpeaker::NoName(prev, *psp, *content))
        }
        SpeakerType::Unknown => match proper_phrase(text, *psp)? {
            true => Some(PrevSpeaker::Is(prev)),
            false => Some(PrevSpeaker::NoName(prev, *psp, *content)),
        },
        _ => None,
    }
}

/// Whether the speaker phrase at `sp`, capitalized and no pronoun, is
/// an acronym or a name (`true`: "SNCF", "The IOC") or an article with a
/// lowercase noun (`false`: "The report", "A statement"); `None` when it
/// is lowercase or a pronoun.
fn proper_phrase(text: &str, sp: Span) -> Option<bool> {
    let p = &text[sp.0..sp.1];
    if !p.starts_with(|c: char| c.is_uppercase()) || is_pronoun(text, sp) {
        return None;
    }
    Some(!["The ", "A ", "An "].iter().any(|a| {
        p.strip_prefix(a)
            .is_some_and(|r| r.starts_with(|c: char| c.is_lowercase()))
    }))
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
    shared_head(text, &parts, &mut names, lx);
    // A conjunct with no canonical name drops its article before
    // lowercase words ("The police and army": "police; army"), not
    // before a capitalized name ("The New York Times and The Washington
    // Post" keep theirs, as "The New York Times" alone does).
    for (name, &(pa, pb)) in names.iter_mut().zip(&parts) {
        if let Cow::Borrowed(w) = name {
            if *w == &text[pa..pb] {
                *w = strip_article(w);
            }
        }
    }
    // A name twice, as a title and its name in apposition both give it
    // ("The Defence Secretary, Grant Shapps, and the Foreign Secretary,
    // David Cameron,": "Grant Shapps; David Cameron"), once.
    let mut k = 1;
    while k < names.len() {
        if names[..k].contains(&names[k]) {
            names.remove(k);
        } else {
            k += 1;
        }
    }
    Resolved {
        from: usize::MAX,
        canonical: Some(Cow::Owned(names.join("; "))),
        stype: stype.unwrap_or(SpeakerType::Unknown),
        country: country.flatten(),
    }
}

/// A list of modifiers sharing the head of its last conjunct, a lowercase
/// compound with a plural head ("State and federal investigators",
/// "Local, state and federal officials"): each singular one-word
/// conjunct no canonical name was found for takes the head ("state investigators;
/// federal investigators"), not a bare "State" that reads as a body of
/// its own. A capital opening the list is lowered for a speaker noun
/// ("State", "Police"), kept else ("Local officials").
fn shared_head<'g>(text: &'g str, parts: &[Span], names: &mut [Cow<'g, str>], lx: &Lexicon) {
    let Some(&(a, b)) = parts.last() else {
        return;
    };
    let last = &text[a..b];
    let mut words = last.split(' ');
    let (Some(m), Some(h), None) = (words.next(), words.next(), words.next()) else {
        return;
    };
    let lower = |w: &str| w.bytes().all(|c| c.is_ascii_lowercase() || c == b'-');
    // (Not a determiner or possessive, "their supporters", nor a pronoun
    // among the conjuncts: "They and their supporters".)
    let function_word = |w: &str| {
        super::sent::DETERMINERS
            .iter()
            .chain(super::sent::PRONOUNS)
            .any(|d| d.eq_ignore_ascii_case(w))
    };
    if !(lower(m) && lower(h) && h.ends_with('s') && !m.ends_with('s')) || function_word(m) {
        return;
    }
    for (i, &(pa, pb)) in parts[..parts.len() - 1].iter().enumerate() {
        let w = &text[pa..pb];
        if names[i] != w
            || w.contains(' ')
            || !w.bytes().skip(1).all(|c| c.is_ascii_lowercase())
            || function_word(w)
            // (A plural conjunct is a speaker of its own, no modifier:
            // "Residents and city officials".)
            || super::sent::words::plural_s(w.as_bytes())
        {
            continue;
        }
        let w = if w.starts_with(|c: char| c.is_ascii_uppercase())
            && lx.speaker_noun(&w.to_ascii_lowercase()).is_some()
        {
            w.to_ascii_lowercase()
        } else {
            w.to_string()
        };
        names[i] = Cow::Owned(format!("{w} {h}"));
    }
}

/// `w` without a leading article ("the", "a", "an", any case) before
/// lowercase words only ("the police", "a teacher"); a capitalized name
/// keeps its article, as a single one's canonical name does ("The New
/// York Times").
fn strip_article(w: &str) -> &str {
    match w.split_once(' ') {
        Some((a, rest))
            if !rest.is_empty()
                && !rest.chars().any(char::is_uppercase)
                && ["the", "a", "an"].iter().any(|d| d.eq_ignore_ascii_case(a)) =>
        {
            rest
        }
        _ => w,
    }
}

/// Whether the gazetteer lists `name` as (an alias of) a person.
fn gazetteer_person(gaz: &Gazetteer, name: &str) -> bool {
    gaz.alias_hits(name)
        .any(|(e, _)| gaz.entity(e).etype == EntityType::Person)
}

/// Whether the text from a name to a relative's comma holds more than
/// the name: a lowercase word of four letters or more ("Clinton released
/// her tax returns on Friday", "Trump's campaign manager"), where a name
/// has only short particles ("Harry Reid of Nevada", "Charles de Gaulle").
fn clause_after_name(name: &str) -> bool {
    name.split_sp()
        .any(|w| w.len() >= 4 && w.starts_with(|c: char| c.is_lowercase()))
}

/// Whether the speaker phrase "WHO" at `sp` is the relative pronoun of
/// an all-capitals sentence, not the World Health Organization: right
/// after an all-capitals word other than "THE", with an all-capitals
/// word after it ("OFFICIAL WHO LEAKED THE MEMO SAYS"; not "WHO SAYS",
/// "THE WHO SAID", "UN, WHO WARN").
fn caps_relative_who(text: &str, sp: Span) -> bool {
    let caps = |w: &str| all_caps(w, 2..=usize::MAX);
    let before = text[..sp.0].strip_suffix(' ').unwrap_or("");
    let prev = before
        .rsplit(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    let next = text[sp.1..]
        .strip_prefix(' ')
        .and_then(|a| a.split(|c: char| !c.is_ascii_alphabetic()).next())
        .unwrap_or("");
    caps(prev) && prev != "THE" && caps(next)
}

/// Whether mention `m` is an organization's name that ends the phrase
/// `sp` right after a lowercase organization noun, the name in apposition
/// to the noun that describes it: "state news agency KCNA", "the
/// Palestinian militant group Hamas", "state broadcaster NHK" are that
/// organization. (Not a name before the noun, "a Hamas official", nor a
/// state: "the breakaway region Abkhazia" is left as it was; nor the
/// object of a preposition, whose head comes before it: "a spokesman for
/// committee Democrats".)
fn named_after_org_noun(text: &str, sp: Span, m: &Mention, gaz: &Gazetteer, lx: &Lexicon) -> bool {
    m.end == sp.1
        && m.kind != AliasKind::Demonym
        && gaz.entity(m.entity).etype == EntityType::Organization
        && text
            .get(sp.0..m.start)
            .and_then(|lead| lead.strip_suffix(' '))
            .is_some_and(|lead| {
                lead.rsplit_sp().next().is_some_and(|w| {
                    w.starts_with(|c: char| c.is_ascii_lowercase())
                        && lx.speaker_noun(w) == Some(NounType::Organization)
                }) && !words_of(lead).any(|w| NAME_PREPOSITIONS.contains(&w))
            })
}

/// Whether the phrase from a name's end `end` to the phrase's end `to` is
/// one lowercase singular person noun ("The U.N. \[chief\]", "the EU
/// \[envoy\]", "The WHO \[head\]"): the phrase is a person of the name,
/// not the name. (Not a plural: "Clinton campaign aides" may stand for
/// the campaign.)
fn person_noun_after(text: &str, end: usize, to: usize, lx: &Lexicon) -> bool {
    text.get(end..to)
        .and_then(|r| r.strip_prefix(' '))
        .is_some_and(|w| {
            w.starts_with(|c: char| c.is_ascii_lowercase())
                && !w.contains(' ')
                && !bare_plural(w)
                && lx.speaker_noun(w) == Some(NounType::Person)
        })
}

/// Whether a person's name that ends at `end` modifies the lowercase
/// person noun after it, before the phrase's end `to` or a capitalized
/// word ("Obama \[aide\] David Axelrod", "Ex-Trump \[lawyer\] Michael
/// Cohen", "Sanders \[supporters\]"): the speaker is the aide, not the
/// person named, as the owner before "'s" is not ("Trump's lawyer").
/// (Up to three lowercase words, the last a person noun: "Trump
/// campaign manager Paul Manafort"; or two person nouns joined by "and",
/// "Trump ally and donor Elon Musk"; or an "X of Y" role whose X is a
/// person noun, "Obama chief of staff Rahm Emanuel".) One or two capitalized words of
/// letters may come first, the rest of the modifier: a shorter name
/// before a dropped one modifies the noun too ("A Kerry \[Lavrov\] aide"
/// is neither John Kerry nor Sergey Lavrov). (Out of line: asked only of
/// a person mention that would be taken.)
#[inline(never)]
fn name_before_person_noun(text: &str, end: usize, to: usize, lx: &Lexicon) -> bool {
    let Some(rest) = text.get(end..to).and_then(|r| r.strip_prefix(' ')) else {
        return false;
    };
    let mut last = "";
    let mut caps = 0;
    let mut lower = 0;
    // (Whether "and" after a person noun is the last word read, with no
    // lowercase word after it yet; the count of lowercase words allowed;
    // whether "of" followed a person noun, "chief of staff".)
    let mut joined = false;
    let mut limit = 3;
    let mut role_of = false;
    let person = |w: &str| lx.speaker_noun(w) == Some(NounType::Person);
    for w in rest.split_sp() {
        let up = w.starts_with(|c: char| c.is_uppercase());
        if lower == 0 && up {
            caps += 1;
            if caps > 2 || !w.bytes().all(|b| b.is_ascii_alphabetic()) {
                return false;
            }
            continue;
        }
        if lower == limit || up {
            break;
        }
        // (Two relation nouns joined by "and" are one relation: "Trump
        // ally and donor Elon Musk", "Biden friend and adviser Mike
        // Donilon"; the word after "and" is lowercase too, and up to
        // three more may follow it: "Trump aide and former campaign
        // manager Corey Lewandowski".)
        if w == "and" && limit == 3 && lower > 0 && person(last) {
            joined = true;
            limit = lower + 3;
            continue;
        }
        // (Not a coordination or a possessive: "Neither Mr. Comey nor
        // other officials", "Donald Trump and his aides".)
        if !w.bytes().all(|b| b.is_ascii_lowercase())
            || matches!(
                w,
                "and" | "or" | "nor" | "but" | "his" | "her" | "their" | "its"
            )
        {
            return false;
        }
        if w == "of" && lower > 0 && person(last) {
            role_of = true;
        }
        lower += 1;
        last = w;
        joined = false;
    }
    // (A person noun, "Kamala Harris running mate Tim Walz", or an "X of
    // Y" role whose X is one, "Obama chief of staff Rahm Emanuel".)
    !joined && (person(last) || role_of)
}

/// The span `sp` without a lowercase media noun that ends it after a
/// capitalized word ("the TASS \[news agency\]", "the Kommersant
/// \[daily\]", "the NHK \[state broadcaster\]"), the name being the speaker's
/// head; `None` when it ends in none.
fn before_media_noun(text: &str, sp: Span) -> Option<Span> {
    let phrase = &text[sp.0..sp.1];
    // (Suffixes of the phrase, no search for its last space.)
    let mut rest = super::word_lists::MEDIA_NAME_NOUNS
        .iter()
        .find_map(|(n, _)| phrase.strip_suffix(n)?.strip_suffix(' '))?;
    for tail in super::word_lists::MEDIA_MODIFIERS.iter().rev() {
        rest = rest
            .strip_suffix(tail)
            .and_then(|r| r.strip_suffix(' '))
            .unwrap_or(rest);
    }
    let last = rest.rsplit(' ').next()?;
    last.starts_with(|c: char| c.is_ascii_uppercase())
        .then_some((sp.0, sp.0 + rest.len()))
}

/// The person a pronoun at `pos` refers to, of those `person` takes: the
/// nearest before it, unless a person opens the pronoun's sentence and the
/// nearer one comes after that ("Bush went after Trump at the debate ...,
/// when he called the businessman ...": Bush). (The sentence start within
/// 300 bytes; not after a relative "who" on the nearer name.)
fn pronoun_person<'a, 'g>(
    text: &str,
    pos: usize,
    cands: &'a Cands<'g>,
    person: impl Fn(&Cand) -> bool,
) -> Option<&'a Cand<'g>> {
    let near = cands.nearest_before(pos, &person);
    let subject = || {
        let lo = text.floor_char_boundary(pos.saturating_sub(300));
        // (No nearest person, or none after the window's start and so
        // after the sentence start: no subject, with no search for the
        // sentence start.)
        let near = near.filter(|c| c.pos > lo)?;
        let before = &text[lo..pos];
        let (_, k) = rfind_mark::<SentenceOrQuote>(before)?;
        let s0 = lo + k;
        let s0 = s0 + (text[s0..pos].len() - text[s0..pos].trim_start().len());
        if near.pos <= s0 || has_comma_phrase(&text[near.pos..pos], b", who") {
            return None;
        }
        cands.at(s0).find(|c| person(c))
    };
    subject().or(near)
}

/// Whether the stop ending `word` (the word before it, with the stop) is
/// that of an abbreviation, and so ends no sentence for
/// [`previous_subject`]: one of the segmenter's abbreviations
/// (`is_abbreviation_word`: "Jr.", "St.", "Co.", "U.S.") or a single
/// initial ("J."), or a party tag's state ("Sen. Ron Johnson (R-Wis.) is
/// ...", "Rep. Ann Lee, D-N.Y., said"). A short word is no abbreviation:
/// "in May.", "a good run.", "walked out.", "in 2019." end their sentences.
fn abbreviation_stop(word: &str) -> bool {
    let bare = word.strip_suffix('.').unwrap_or(word);
    let bare = bare.trim_start_matches(|c: char| !c.is_alphanumeric());
    let mut chars = bare.chars();
    let initial = chars.next().is_some_and(char::is_uppercase) && chars.next().is_none();
    initial || crate::text::segment::is_abbreviation_word(bare.as_bytes()) || party_tag(bare)
}

/// Whether `w` opens with a party tag: "R-", "D-" or "I-" and a state,
/// a postal code or initials ("R-Wis", "D-N", "D-NY", "D-N.Y"), an AP
/// abbreviation or a state AP writes whole ("R-Calif", "D-Texas",
/// "R-W.Va": [`party::ap_state`], the list `party::dash_tag` reads). Not
/// "D-Day", "I-League": a word after the hyphen ends its sentence.
fn party_tag(w: &str) -> bool {
    let Some(rest) = w
        .strip_prefix(['R', 'D', 'I'])
        .and_then(|r| r.strip_prefix('-'))
    else {
        return false;
    };
    let rest = rest.trim_end_matches('.');
    rest.starts_with(|c: char| c.is_ascii_uppercase())
        && (rest.len() <= 4 && rest.bytes().all(|b| b.is_ascii_uppercase() || b == b'.')
            || party::ap_state(rest))
}

/// Abbreviations of [`abbreviation_stop`] that often end a sentence in
/// wire copy ("in Washington, D.C.", "Martin Luther King Jr.", "Acme
/// Inc."), unlike the titles and initials that come before a name ("Gen.",
/// "Lt. Col.", "Ft.", "J."): their stop ends the sentence for
/// [`previous_subject`] when a capitalized word follows it.
const SENTENCE_END_ABBREVIATIONS: &[&str] = &[
    "U.S", "U.K", "U.N", "D.C", "Inc", "Corp", "Co", "Ltd", "Jr", "Sr", "etc", "a.m", "p.m",
];

/// Whether the stop ending `word` ends a sentence though it is an
/// [`abbreviation_stop`]: `word` is one of [`SENTENCE_END_ABBREVIATIONS`]
/// and `next`, the text after the stop, opens with a capital that is no
/// title or organization word ("... in Washington, D.C. Carl Heastie was
/// ...", not "U.S. District Judge", "U.S. Senate"); `before`, the text
/// before `word`, does not end a line or a sentence ("\n\nU.S. District
/// Judge": a sentence of one word is none).
fn abbreviation_ends_sentence(before: &str, word: &str, next: &str) -> bool {
    let bare = word.strip_suffix('.').unwrap_or(word);
    let bare = bare.trim_start_matches(|c: char| !c.is_alphanumeric());
    let next_word = next.trim_start().split([' ', '\n']).next().unwrap_or("");
    let next_word = next_word.trim_end_matches(|c: char| !c.is_alphanumeric());
    let before = before.trim_end_matches(' ');
    next_word.starts_with(char::is_uppercase)
        && !is_title_word(next_word)
        && !is_org_word(next_word)
        && !before.is_empty()
        && !before.ends_with(['\n', '\r', '.', '!', '?', '"'])
        && SENTENCE_END_ABBREVIATIONS
            .iter()
            .any(|a| a.eq_ignore_ascii_case(bare))
}

/// Last words of place and facility names that follow a given name:
/// "Virginia Beach", "Victoria Station", "Jackson Heights". Two words
/// ending in one are no subject for [`previous_subject`], nor another
/// person for [`named_of_gender`]. (Not the words that are common
/// surnames too: "Hill", "Fields", "Power", "Lake", "River": those are
/// [`SURNAME_PLACE_WORDS`] for [`named_of_gender`] alone.)
const PLACE_WORDS: &[&str] = &[
    "Beach",
    "Station",
    "Heights",
    "Airport",
    "Park",
    "Square",
    "Bridge",
    "Hole",
    "Garden",
    "Gardens",
    "Terminal",
    "Avenue",
    "Road",
    "Boulevard",
    "Valley",
    "Springs",
    "Falls",
    "Island",
    "County",
    "City",
    "Harbor",
    "Harbour",
    "Bay",
    "Stadium",
    "Arena",
    "Plaza",
    "Village",
    "Creek",
    "Canyon",
    "Energy",
];

/// Whether a subject's `verb` (then the words after it) says the subject
/// died or is missing, so that it cannot be the speaker of the quote
/// after it: "died", "has died", "is dead", "was killed", "were murdered",
/// "was found dead", "was shot dead", "passed away", "has been missing
/// since March" (not "is missing the final"). Only what makes speaking
/// impossible: a subject who was arrested, charged, fired, injured or
/// once kidnapped is often who speaks next ("Sandra Ruiz was fired.
/// \"I did nothing wrong,\" she said."), and any other passive ("was
/// pleased", "was elected") leaves the subject a likely speaker.
fn undergoes<'a>(verb: &str, words: &mut impl Iterator<Item = &'a str>) -> bool {
    // (Its first byte first: most verbs are none of these.)
    if !matches!(
        verb.as_bytes().first(),
        Some(b'd' | b'p' | b'w' | b'h' | b'i' | b'a')
    ) {
        return false;
    }
    let verb = verb.trim_end_matches([',', '.']);
    match verb {
        "died" | "dies" | "drowned" => return true,
        "passed" => return words.next().is_some_and(|w| w.starts_with("away")),
        "was" | "were" | "is" | "are" | "has" | "have" | "had" => {}
        _ => return false,
    }
    let mut next = words.next();
    if matches!(verb, "has" | "have" | "had") {
        match next.map(|w| w.trim_end_matches([',', '.'])) {
            Some("been") => next = words.next(),
            // "has died", "had passed away".
            Some("died") => return true,
            Some("passed") => return words.next().is_some_and(|w| w.starts_with("away")),
            _ => return false,
        }
    }
    let Some(w) = next else { return false };
    let w = w.trim_end_matches([',', '.']);
    match w {
        "found" | "shot" => words
            .next()
            .is_some_and(|d| d.trim_end_matches([',', '.']) == "dead"),
        "dead" => true,
        // Missing with no object: "has been missing since March", not
        // "is missing the final".
        "missing" => words.next().is_none_or(|n| {
            !n.starts_with(|c: char| c.is_alphanumeric())
                || matches!(
                    n.trim_end_matches([',', '.']),
                    "since" | "for" | "after" | "from" | "in" | "on" | "and" | "as"
                )
        }),
        _ => TAKEN.contains(&w),
    }
}

/// Participles of what happens to a person who then cannot be the
/// speaker of the quote after the sentence ([`undergoes`], which also
/// takes "dead", "found/shot dead" and "missing" with no object). Not
/// "buried": "was buried in paperwork".
/// Not "kidnapped" or "abducted": a freed hostage tells of it ("Mary
/// Jones was abducted in 2014. \"I never lost hope,\" she said.").
const TAKEN: &[&str] = &["killed", "murdered", "slain", "assassinated", "executed"];

/// Whether `w` may be a word of a subject's name for [`previous_subject_at`]
/// and [`list_subject`]: a capital and then lowercase letters, hyphens or
/// apostrophes, at least two bytes, no title, organization word or word
/// that opens no name ([`NOT_NAME_FIRST_WORDS`]).
fn subject_name_word(w: &str) -> bool {
    w.len() >= 2
        && w.chars()
            .skip(1)
            .all(|c| c.is_lowercase() || c == '-' || c == '\'')
        && !is_title_word(w)
        && !is_org_word(w)
        && !NOT_NAME_FIRST_WORDS.contains(w)
}

/// How far before a pronoun [`previous_subject`] looks for the start of
/// the sentence before it (bytes).
const SUBJECT_WINDOW: usize = 400;

/// The person who opens the sentence just before a pronoun that opens its
/// own, as the subject of a verb, when no candidate of the pronoun's
/// gender is named in that sentence or after it: "Assembly Speaker Carl
/// Heastie was more guarded. He said ..." -> Carl Heastie; "Huffman
/// denied that. He said ..." -> the Huffman named before. The subject is
/// the last one or two of at most four capitalized words before a
/// lowercase word (not "and", "or", "of" or another preposition: no
/// pair, no place of), titles left out; a stop after a title, an
/// abbreviation or an initial ([`abbreviation_stop`]) ends no sentence,
/// but for one of an abbreviation that may end one ("U.S.", "D.C.",
/// "Inc.", "Jr.": [`abbreviation_ends_sentence`]) before a capital;
/// two words (the second none of [`PLACE_WORDS`])
/// are a person when the first is a given name (`Gazetteer::is_given_name`)
/// not known to be of the other gender than the pronoun's `g` (no
/// gazetteer name of another type over them: "Morgan Stanley"; the
/// gazetteer's genders are its people's, so a first name none of them
/// has, "Louis", is of no known gender),
/// one word when it is the surname of a candidate whose known gender is
/// not the other one (also before an apposition between commas and the
/// verb: "Huffman, a Republican, denied that."). `None` otherwise: the pronoun goes to the nearest
/// candidate as before. With `agent` (a pronoun after the quote it
/// closes), not a subject who died or is missing ([`undergoes`]:
/// "John Smith was killed on Monday. \"We are shocked,\" he said." is
/// someone else speaking of him).
/// (A byte test first, in line: most pronouns follow no stop, and their
/// window, its trimming and the call cost about a hundred instructions
/// each: [`stop_may_end_before`].)
#[allow(clippy::too_many_arguments)]
#[inline]
fn previous_subject<'g>(
    text: &'g str,
    pos: usize,
    agent: bool,
    g: Gender,
    mentions: Ments<'_>,
    cands: &Cands<'g>,
    gaz: &'g Gazetteer,
    lx: &Lexicon,
) -> Option<Subject<'g>> {
    if !stop_may_end_before(text.as_bytes(), pos) {
        return None;
    }
    previous_subject_at(text, pos, agent, g, mentions, cands, gaz, lx)
}

/// Whether the text before `pos`, its ASCII spaces left out, may end with
/// the stop [`previous_subject`] wants: false when it ends with another
/// ASCII byte, or when only ASCII spaces stand in the
/// [`SUBJECT_WINDOW`] bytes before `pos`, where `previous_subject_at`
/// finds nothing ("said. He" and a stop after a character past ASCII are
/// true; the closing quote before "he" in `"Not for children," he` is
/// false).
fn stop_may_end_before(b: &[u8], pos: usize) -> bool {
    let Some(window) = b.get(pos.saturating_sub(SUBJECT_WINDOW)..pos) else {
        return true;
    };
    match window
        .iter()
        .rposition(|c| !matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c))
    {
        Some(i) => window[i] == b'.' || window[i] >= 0x80,
        None => false,
    }
}

/// [`previous_subject`] once a stop may end the text before `pos`.
#[allow(clippy::too_many_arguments)]
#[inline(never)]
fn previous_subject_at<'g>(
    text: &'g str,
    pos: usize,
    agent: bool,
    g: Gender,
    mentions: Ments<'_>,
    cands: &Cands<'g>,
    gaz: &'g Gazetteer,
    lx: &Lexicon,
) -> Option<Subject<'g>> {
    let lo = text.floor_char_boundary(pos.saturating_sub(SUBJECT_WINDOW));
    let before = text[lo..pos].trim_end();
    // The sentence before ends right before the pronoun.
    let body = before.strip_suffix('.')?;
    // (A stop after a title, an abbreviation or an initial, "Lt. Col.
    // Louis Dorfman", "Mr. Manafort", ends no sentence: the search goes on
    // before it. One after a short word, "in May.", does.)
    let mut upto = body.len();
    let mut start = None;
    for _ in 0..4 {
        match rfind_mark::<SentenceOrQuote>(&body[..upto]) {
            Some((m, k)) => {
                // (The word by its last space or newline byte, not
                // `rsplit`: no `memrchr` pattern search for each stop.)
                let word = body.as_bytes()[..k]
                    .iter()
                    .rposition(|&b| b == b' ' || b == b'\n')
                    .map_or(&body[..k], |i| &body[i + 1..k]);
                if body.as_bytes()[m] == b'.'
                    && (is_title_word(word) || abbreviation_stop(word))
                    && !abbreviation_ends_sentence(
                        &body[..k - word.len()],
                        word,
                        &body[m + 1..upto],
                    )
                {
                    upto = m;
                    continue;
                }
                start = Some(lo + k);
            }
            None if lo == 0 => start = Some(0),
            None => {}
        }
        break;
    }
    let start = start?;
    let sentence = &text[start..lo + body.len()];
    let lead = sentence.len() - sentence.trim_start().len();
    let (s0, sentence) = (start + lead, sentence.trim_start());
    // A list of names as the subject: the one of them the pronoun fits,
    // no name when several do.
    if let Some(s) = list_subject(text, sentence, pos, g, mentions, cands, gaz) {
        return Some(s);
    }
    // The person named or added in that sentence or after it comes first.
    if cands
        .nearest_before(pos, |c| {
            c.stype == SpeakerType::Person && c.gender.is_none_or(|cg| cg == g)
        })
        .is_some_and(|c| c.pos >= s0)
    {
        return None;
    }
    let mut caps: [(usize, &str); 4] = [(0, ""); 4];
    let mut n = 0;
    let mut verb = None;
    let mut after_role = false;
    let mut words = sentence.split_sp();
    while let Some(w) = words.next() {
        let off = w.as_ptr() as usize - text.as_ptr() as usize;
        if w.starts_with(char::is_uppercase) && (is_title_word(w) || w.ends_with('.')) {
            // (A title before the name: "Sen.", "Mrs.", "Speaker".)
            continue;
        }
        if w.starts_with(char::is_uppercase) && w.ends_with(',') && n == 0 && w.len() > 1 {
            // A surname before an apposition and the verb after its
            // closing comma: "Huffman, a Republican, denied that." (The
            // apposition opens with no capital: no list of names.)
            caps[0] = (off, &w[..w.len() - 1]);
            n = 1;
            let mut apposition = words.by_ref().take(8);
            if apposition
                .next()
                .is_some_and(|a| !a.starts_with(char::is_uppercase) && !a.ends_with(','))
                && apposition.any(|a| a.ends_with(','))
            {
                verb = words.next().filter(|v| v.starts_with(char::is_lowercase));
            }
            break;
        }
        if w.starts_with(char::is_uppercase) {
            if n == caps.len() || w.ends_with(',') && n > 0 {
                // (A comma closes the name: "Gabriel Sterling, the ...".)
                if w.ends_with(',') && n < caps.len() {
                    caps[n] = (off, &w[..w.len() - 1]);
                    n += 1;
                    verb = Some("");
                }
                break;
            }
            caps[n] = (off, w);
            n += 1;
        } else if n > 0
            && n < caps.len()
            && matches!(lx.speaker_noun(w), Some(NounType::Person))
            && text
                .get(off + w.len()..)
                .is_some_and(|x| x.trim_start().starts_with(char::is_uppercase))
        {
            // A role noun after a team or a place and before the name:
            // the name is the subject ("Liverpool manager Arne Slot was
            // more cautious.", "Senators coach Travis Green praised ...";
            // after a role noun a given name the gazetteer lacks will do).
            n = 0;
            after_role = true;
        } else {
            verb = Some(w);
            break;
        }
    }
    let verb = verb?;
    if agent && undergoes(verb, &mut words) {
        return None;
    }
    if n == 0
        || matches!(
            verb,
            "and"
                | "or"
                | "of"
                | "&"
                | "for"
                | "to"
                | "in"
                | "at"
                | "on"
                | "with"
                | "from"
                | "by"
                | "as"
        )
    {
        return None;
    }
    let word_ok = subject_name_word;
    let (last_at, last) = caps[n - 1];
    // (The tests are pure: the cheap ones and the lookups come before
    // `word_ok`'s.)
    if last.ends_with("'s") || n >= 2 && PLACE_WORDS.contains(&last) {
        return None;
    }
    let end = last_at + last.len();
    if n >= 2 {
        let (first_at, first) = caps[n - 2];
        // (After a role noun a pair with no given name will do, but for a
        // place: "Liverpool manager New York" is no person, "Leeds winger
        // Saint Maximin" is.)
        if !(gaz.is_given_name(first) || after_role && n == 2 && !gaz.is_place_pair(first, last)) {
            return None;
        }
        let gender = gaz.gender_of_first_name(first);
        // (A given name of no known sex gives way to another person of
        // the sentence whose given name has the pronoun's: "Chris Walton
        // met Anna Ruiz. \"...,\" she said." gives no name, not Chris
        // Walton; [`named_of_gender`].)
        if gender.is_none() && named_of_gender(text, end, s0 + sentence.len(), g, mentions, gaz, lx)
        {
            return None;
        }
        if gender.is_none_or(|fg| fg == g) && word_ok(last) && word_ok(first) {
            let other = mentions_in(mentions, (first_at, end))
                .iter()
                .any(|m| gaz.entity(m.entity).etype != EntityType::Person);
            if other {
                return None;
            }
            if let Some(m) = mentions_in(mentions, (first_at, end))
                .iter()
                .find(|m| m.start == first_at && m.end == end)
            {
                return Some(cand_of(gaz, m))
                    .filter(|c| c.gender.is_none_or(|cg| cg == g))
                    .map(Subject::One);
            }
            return Some(Subject::One(Cand {
                pos: first_at,
                canonical: Cow::Borrowed(&text[first_at..end]),
                stype: SpeakerType::Person,
                country: None,
                gender,
                entity: None,
            }));
        }
        return None;
    }
    // A surname alone: the person the article named with it.
    let mut buf = [0u8; 64];
    let key = lower_joined_in(&[last], &mut buf);
    match cands
        .by_surname(&key)
        .or_else(|| cands.by_first_family(&key))
    {
        Some(c) => Some(c)
            .filter(|c| c.stype == SpeakerType::Person && c.gender.is_none_or(|cg| cg == g))
            .filter(|_| word_ok(last))
            .cloned()
            .map(Subject::One),
        // No candidate has it: the full name where the article introduced
        // the surname, as the object of a verb or after a preposition
        // ("Harper beat incumbent Gloria Stanton. ... Stanton conceded.
        // \"The people have spoken,\" she said." -> Gloria Stanton), when
        // its given name does not say the other sex.
        None if word_ok(last) => {
            let name = introduced_name(text, last_at, last, &|f| gaz.is_given_name(f), &|a, b| {
                gaz.same_given_name(a, b)
            })?;
            let gender = name
                .split(' ')
                .next()
                .and_then(|f| gaz.gender_of_first_name(f));
            if gender.is_some_and(|fg| fg != g) {
                return None;
            }
            Some(Subject::One(Cand {
                pos: last_at,
                canonical: Cow::Owned(name),
                stype: SpeakerType::Person,
                country: None,
                gender,
                entity: None,
            }))
        }
        None => None,
    }
}

/// Whether `text[from..to]` (the rest of a sentence after its subject's
/// name) names another person of sex `g`: a given name of that sex
/// before a capitalized word that ends no place's name ("met Anna Ruiz
/// at", "David Cole"; not "Victoria Station", "Jordan River":
/// [`PLACE_WORDS`], [`SURNAME_PLACE_WORDS`]), or alone ([`lone_given_name`]:
/// "met Anna.", "met Maria at the hotel", "Anna's family") when the
/// sentence names no one of the other sex alone or in full as well ("met
/// Maria on Monday and David on Tuesday": the subject's own meetings);
/// or a noun of that sex after "X's" ("Lee's daughter") or after the
/// possessive of the other sex ("his wife", "her husband": "his" and
/// "her" tell the subject's own sex, so "her sister" + "she" is the
/// subject), not one before a noun ("the group's sister airline").
/// (Asked only for a subject of no known sex: [`previous_subject`].)
#[cold]
#[inline(never)]
fn named_of_gender(
    text: &str,
    from: usize,
    to: usize,
    g: Gender,
    mentions: Ments<'_>,
    gaz: &Gazetteer,
    lx: &Lexicon,
) -> bool {
    let Some(s) = text.get(from..to) else {
        return false;
    };
    let mut words = s.split_sp().peekable();
    let mut prev = "";
    // (A given name of sex `g` alone; one of the other sex alone or in
    // full.)
    let mut lone = false;
    let mut other = false;
    while let Some(w) = words.next() {
        let before = std::mem::replace(&mut prev, w);
        let Some(&b) = w.as_bytes().first() else {
            continue;
        };
        if b.is_ascii_lowercase() {
            // "Lee's daughter", "his wife", "her husband".
            let bare = w.trim_end_matches([',', '.', ';', ':', '!', '?', ')']);
            if !may_be_gendered_noun(bare) {
                continue;
            }
            let owner = match before {
                "his" => Some(Gender::Male),
                "her" => Some(Gender::Female),
                _ if before.ends_with("'s") || before.ends_with("\u{2019}s") => None,
                _ => continue,
            };
            // (Not before a noun: "sister airline", "sister title",
            // "brother organisation".)
            let compound = bare.len() == w.len()
                && words.peek().is_some_and(|n| {
                    let n = n.trim_end_matches([',', '.', ';', ':', '!', '?', ')']);
                    n.starts_with(|c: char| c.is_ascii_lowercase())
                        && (lx.speaker_noun(n).is_some() || KIN_COMPOUND_NOUNS.contains(&n))
                });
            if owner != Some(g)
                && !compound
                && GENDERED_NOUNS.iter().any(|&(n, ng)| n == bare && ng == g)
            {
                return true;
            }
            continue;
        }
        if !w.starts_with(char::is_uppercase) {
            continue;
        }
        let marked = w.trim_end_matches([',', '.', ';', ':', '!', '?', ')', '"', '\u{201d}']);
        let bare = marked
            .strip_suffix("'s")
            .or_else(|| marked.strip_suffix("\u{2019}s"))
            .unwrap_or(marked);
        let Some(sex) = gaz.gender_of_first_name(bare) else {
            continue;
        };
        // A given name before a capitalized word that ends no place's
        // name: "Anna Ruiz", not "Victoria Station".
        if bare.len() == w.len() {
            if let Some(n) = words.peek().filter(|n| n.starts_with(char::is_uppercase)) {
                let next = n.trim_end_matches([',', '.', ';', ':', '!', '?', ')']);
                if !PLACE_WORDS.contains(&next) && !SURNAME_PLACE_WORDS.contains(&next) {
                    if sex == g {
                        return true;
                    }
                    other = true;
                }
                continue;
            }
        }
        if lone_given_name(
            text,
            s,
            w,
            bare,
            before,
            words.peek().copied(),
            mentions,
            gaz,
        ) {
            if sex == g {
                lone = true;
            } else {
                other = true;
            }
        }
    }
    lone && !other
}

/// Whether the capitalized word `w` of `s` (a part of `text`), a given
/// name `bare` once its marks and possessive are gone, after the word
/// `before` and before `next`, is a person's given name standing alone
/// for [`named_of_gender`]: before a mark, a possessive or the sentence's
/// end ("met Anna.", "with Anna, then", "Anna's mother") or a preposition
/// ("met Anna at the summit": [`AFTER_LONE_NAME`]), and
/// - after no capitalized word (but one before a comma: "met Chris Lee,
///   Anna and"): not a surname ("Ann Warren", "Anne Frank."), nor a
///   title's ("Sen. Warren", "Mr. Douglas"), a storm's ("Hurricane
///   Maria.", "storm Ciara": [`STORM_WORDS`]) or a flag's ("the Union
///   Jack.");
/// - after no determiner: "a Wendy's", "the Victoria";
/// - no month ("in April."), no second word of a place ("St. Paul", "San
///   Francisco");
/// - after no preposition of place ("in Victoria.", "near Sydney,":
///   [`PLACE_BEFORE`]) nor "to" after a verb or noun of travel ("flew to
///   Victoria", "moved its headquarters to Everett", "a pilgrimage to
///   Lourdes": [`TRAVEL_WORDS`]; not "spoke to Anna");
/// - no name of another type the gazetteer found there.
#[allow(clippy::too_many_arguments)]
fn lone_given_name(
    text: &str,
    s: &str,
    w: &str,
    bare: &str,
    before: &str,
    next: Option<&str>,
    mentions: Ments<'_>,
    gaz: &Gazetteer,
) -> bool {
    let alone = bare.len() < w.len() || next.is_none_or(|n| AFTER_LONE_NAME.contains(&n));
    if !alone
        || before.starts_with(char::is_uppercase) && !before.ends_with([',', ';', ':'])
        || STORM_WORDS.contains(&before)
        || matches!(before, "a" | "an" | "the")
        || gaz.is_place_pair(before.strip_suffix('.').unwrap_or(before), bare)
        || PLACE_BEFORE.contains(&before)
    {
        return false;
    }
    let at = w.as_ptr() as usize - text.as_ptr() as usize;
    if before == "to" {
        // (The words before "to", up to four: "flew to", "moved the
        // company's headquarters to".)
        let here = w.as_ptr() as usize - s.as_ptr() as usize;
        let travel = s[..here]
            .trim_end()
            .rsplit_sp()
            .skip(1)
            .take(4)
            .any(|x| TRAVEL_WORDS.contains(&x));
        if travel {
            return false;
        }
    }
    let month = bare == "May"
        || bare.len() <= 9 && {
            let mut buf = [0u8; 9];
            buf[..bare.len()].copy_from_slice(bare.as_bytes());
            buf[..bare.len()].make_ascii_lowercase();
            std::str::from_utf8(&buf[..bare.len()])
                .is_ok_and(|l| crate::attribution::rules::MONTHS.contains(&l))
        };
    !month
        && !mentions_in(mentions, (at, at + bare.len()))
            .iter()
            .any(|m| gaz.entity(m.entity).etype != EntityType::Person)
}

/// Words after which a given name alone may be a person's for
/// [`named_of_gender`], as after a mark: "met Anna at the summit", "met
/// Maria on Monday", "thanked Mary for", "drove Fatima to the border",
/// "sat beside Sofia as the results came in". (Not "and": "Christian and
/// Muslim leaders"; nor a noun: "Virginia officials".)
const AFTER_LONE_NAME: &[&str] = &[
    "at", "on", "in", "for", "with", "about", "after", "before", "during", "who", "to", "as",
];

/// Prepositions after which a given name alone is a place's for
/// [`named_of_gender`]: "in Victoria", "near Sydney", "from Austin". (Not
/// "to" or "with": "spoke to Anna", "met with Anna"; "to" only after
/// [`TRAVEL_WORDS`].)
const PLACE_BEFORE: &[&str] = &[
    "in",
    "near",
    "at",
    "outside",
    "across",
    "around",
    "into",
    "from",
    "throughout",
    "toward",
    "towards",
    "via",
    "through",
    "of",
];

/// Verbs and nouns of travel: a given name alone after "to" and up to
/// four words after one of them is a place's ("flew to Victoria", "drove
/// to Quincy", "moved the company's headquarters to Everett", "led a
/// pilgrimage to Lourdes"), for [`named_of_gender`].
const TRAVEL_WORDS: &[&str] = &[
    "fly",
    "flies",
    "flew",
    "flown",
    "flying",
    "flight",
    "flights",
    "drive",
    "drives",
    "drove",
    "driven",
    "driving",
    "move",
    "moves",
    "moved",
    "moving",
    "travel",
    "travels",
    "travelled",
    "traveled",
    "travelling",
    "traveling",
    "go",
    "goes",
    "went",
    "gone",
    "going",
    "head",
    "heads",
    "headed",
    "heading",
    "return",
    "returns",
    "returned",
    "returning",
    "come",
    "comes",
    "came",
    "coming",
    "sail",
    "sailed",
    "walk",
    "walked",
    "ride",
    "rode",
    "flee",
    "fled",
    "relocate",
    "relocated",
    "emigrate",
    "emigrated",
    "commute",
    "commuted",
    "march",
    "marched",
    "evacuated",
    "deployed",
    "sent",
    "send",
    "trip",
    "trips",
    "journey",
    "visit",
    "pilgrimage",
    "route",
    "routes",
    "road",
    "way",
    "back",
    "home",
    "headquarters",
    "move",
    "transferred",
    "shipped",
    "exported",
    "exports",
];

/// Words before a given name alone that make it a storm's, in lower case
/// (in capitals any word before a given name keeps it from standing
/// alone): "storm Ciara", "hurricane Maria", for [`named_of_gender`].
const STORM_WORDS: &[&str] = &["hurricane", "storm", "typhoon", "cyclone"];

/// Nouns after "sister" or "brother" (besides [`Lexicon::speaker_noun`]'s)
/// that make it no relative for [`named_of_gender`]: "the paper's sister
/// title", "the line's sister ship".
const KIN_COMPOUND_NOUNS: &[&str] = &[
    "title",
    "titles",
    "ship",
    "ships",
    "vessel",
    "hotel",
    "hotels",
    "brand",
    "brands",
    "plant",
    "site",
    "sites",
    "fund",
    "funds",
    "subsidiary",
    "product",
    "products",
    "project",
    "show",
    "programme",
    "program",
    "restaurant",
    "store",
    "stores",
    "venue",
    "event",
    "events",
    "unit",
    "units",
    "facility",
    "service",
    "services",
    "business",
    "businesses",
];

/// Last words of place and facility names that are common surnames too:
/// a given name before one is no other person for [`named_of_gender`]
/// ("Jordan River", "Victoria Street", "Florence Drive"), but two words
/// ending in one may be a subject ("Robin River, a hydrologist,"), not as
/// [`PLACE_WORDS`].
const SURNAME_PLACE_WORDS: &[&str] = &["River", "Street", "Drive", "Lane", "Lake", "Hill"];

/// Whether `after` (the text after a role phrase) opens with a relative
/// clause calling the person unnamed: ", who has not been named",
/// ", who asked not to be named", ", who was not identified" (within 60
/// bytes of the clause).
fn called_unnamed(after: &str) -> bool {
    after.strip_prefix(", who ").is_some_and(|who| {
        let end = who.find([',', '.']).unwrap_or(who.len());
        let clause = &who[..who.floor_char_boundary(end.min(60))];
        clause.contains("named") || clause.contains("identified")
    })
}

/// Whether `sentence` may open with a list of names for [`list_subject`]:
/// `false` when the first word (split at spaces) that does not start with
/// an ASCII capital starts with another ASCII byte and is not "and", or
/// when every word does. [`list_subject`] finds no list then: its loop
/// stops at such a word with no "and" before it (an empty word, a
/// lowercase verb, a digit or a mark), and a sentence of capitalized
/// words only has no verb after the list. A word that starts with a byte
/// of UTF-8 beyond ASCII (a capital or not) may open a list.
fn may_open_list(s: &[u8]) -> bool {
    let mut i = 0;
    while let Some(&b) = s.get(i) {
        if !b.is_ascii_uppercase() {
            return !b.is_ascii() || s[i..].starts_with(b"and ");
        }
        match s[i..].iter().position(|&x| x == b' ') {
            Some(k) => i += k + 1,
            None => return false,
        }
    }
    false
}

/// The subject [`previous_subject`] finds: one person, or a list of names
/// of which several fit the pronoun (no name).
enum Subject<'g> {
    One(Cand<'g>),
    Several,
}

/// A coordinated list of names opening `sentence` (in `text`) as the
/// subject of a lowercase verb, for a pronoun of gender `g` at `pos`:
/// "Huffman, Russo and Lee met later.", "Matt Huffman and Allison Russo
/// met." Each name (one or two capitalized words, titles left out) is a
/// person of known gender (a candidate by its surname, a given name with
/// its sex), of unknown gender (a word no candidate has), or no person (a
/// gazetteer name of another type). [`Subject::Several`] when two or more
/// fit `g` (known or unknown gender), or one of unknown gender with no
/// candidate; [`Subject::One`] when exactly one person candidate fits and
/// no person of `g` is named after the list before `pos`; `None` when no
/// list, no name of the list is a known person, or none fits.
fn list_subject<'g>(
    text: &'g str,
    sentence: &'g str,
    pos: usize,
    g: Gender,
    mentions: Ments<'_>,
    cands: &Cands<'g>,
    gaz: &'g Gazetteer,
) -> Option<Subject<'g>> {
    // (Cheap first test, in bytes: the words before the first that
    // does not start with a capital hold an "and".)
    if !may_open_list(sentence.as_bytes()) {
        return None;
    }
    let mut items: [(usize, usize); 6] = [(0, 0); 6];
    let mut n = 0;
    let mut cur: Option<(usize, usize, usize)> = None; // start, end, words
    let mut and = false;
    let mut list_end = 0;
    for w in sentence.split_sp().take(20) {
        let off = w.as_ptr() as usize - text.as_ptr() as usize;
        let bare = w.strip_suffix(',').unwrap_or(w);
        if bare.is_empty() {
            return None;
        }
        if bare.starts_with(char::is_uppercase) {
            if is_title_word(bare) || bare.ends_with('.') {
                if cur.is_some() {
                    return None;
                }
                continue;
            }
            let c = cur.get_or_insert((off, off, 0));
            c.1 = off + bare.len();
            c.2 += 1;
            if c.2 > 2 {
                return None;
            }
            if bare.len() < w.len() {
                // A comma closes the item.
                if n == items.len() {
                    return None;
                }
                items[n] = (c.0, c.1);
                n += 1;
                cur = None;
            }
            continue;
        }
        if w == "and" {
            let Some(c) = cur.take() else {
                // (", and": the item closed by its comma.)
                if n == 0 {
                    return None;
                }
                and = true;
                continue;
            };
            if n == items.len() {
                return None;
            }
            items[n] = (c.0, c.1);
            n += 1;
            and = true;
            continue;
        }
        // The verb: lowercase, after the last item, with no comma before.
        let c = cur.take()?;
        if !and || n == items.len() || !w.starts_with(char::is_lowercase) {
            return None;
        }
        items[n] = (c.0, c.1);
        n += 1;
        list_end = c.1;
        if matches!(
            w,
            "or" | "of" | "for" | "to" | "in" | "at" | "on" | "with" | "from" | "by" | "as"
        ) {
            return None;
        }
        break;
    }
    if list_end == 0 || n < 2 {
        return None;
    }
    let word_ok = subject_name_word;
    let fits = |c: Option<Gender>| c.is_none_or(|cg| cg == g);
    let mut known = false;
    let mut fit = 0;
    let mut one: Option<Cand<'g>> = None;
    for &(a, b) in &items[..n] {
        let name = &text[a..b];
        let ms = mentions_in(mentions, (a, b));
        if ms
            .iter()
            .any(|m| gaz.entity(m.entity).etype != EntityType::Person)
        {
            continue;
        }
        let (first, last) = match name.split_once(' ') {
            Some((f, l)) => (Some(f), l),
            None => (None, name),
        };
        if !word_ok(last) || first.is_some_and(|f| !word_ok(f)) {
            return None;
        }
        let cand = if let Some(m) = ms.iter().find(|m| m.start == a && m.end == b) {
            Some(cand_of(gaz, m))
        } else if let Some(f) = first.filter(|f| gaz.is_given_name(f)) {
            Some(Cand {
                pos: a,
                canonical: Cow::Borrowed(name),
                stype: SpeakerType::Person,
                country: None,
                gender: gaz.gender_of_first_name(f),
                entity: None,
            })
        } else {
            let mut buf = [0u8; 64];
            let key = lower_joined_in(&[last], &mut buf);
            cands
                .by_surname(&key)
                .filter(|c| c.stype == SpeakerType::Person)
                .cloned()
        };
        match cand {
            Some(c) => {
                known = true;
                if fits(c.gender) {
                    fit += 1;
                    one = Some(c);
                }
            }
            None => {
                fit += 1;
                one = None;
            }
        }
    }
    if !known || fit == 0 {
        return None;
    }
    if fit >= 2 {
        return Some(Subject::Several);
    }
    let Some(c) = one else {
        return Some(Subject::Several);
    };
    // (A person of the pronoun's gender named after the list comes first,
    // as before.)
    if cands
        .nearest_before(pos, |c| c.stype == SpeakerType::Person && fits(c.gender))
        .is_some_and(|c| c.pos >= list_end)
    {
        return None;
    }
    Some(Subject::One(c))
}

/// How far before a descriptive person phrase its antecedent may be named
/// (bytes: the paragraph or the few sentences before it).
const DESCRIBED_WINDOW: usize = 600;

/// The number of paragraph breaks in `s` (runs of line breaks, with any
/// spaces between them).
fn paragraph_breaks(s: &str) -> usize {
    let mut in_break = false;
    let mut n = 0;
    for b in s.bytes() {
        match b {
            b'\n' | b'\r' => {
                n += usize::from(!in_break);
                in_break = true;
            }
            b' ' | b'\t' => {}
            _ => in_break = false,
        }
    }
    n
}

/// The age, in digits, of an age in words of a person: "34" of
/// "34-year-old"; None for any other word ("five-year-old", "year-old").
fn age_of(w: &str) -> Option<&str> {
    w.strip_suffix("-year-old")
        .filter(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// Whether `w` is an age in words of a person: "34-year-old"
/// ([`age_of`]).
fn is_age(w: &str) -> bool {
    age_of(w).is_some()
}

/// Whether `head`, the last word of the definite phrase `rest` (the words
/// after "the"), is a lowercase noun after an age ("the 66-year-old
/// banker", "the 80-year-old retired machinist") that the lexicon lists
/// as no organization or document ("the 40-year-old company", "the
/// 20-year-old report" are not people): the occupation of a person
/// [`described_person`] may find, which names only a person the text gave
/// that age ([`given_age`]).
/// (Not a noun of [`NEW_PERSON`]: a phrase of one is described only if
/// `referring_nouns.csv` lists the noun.)
fn aged_occupation(rest: &str, head: &str, lx: &Lexicon) -> bool {
    // (The age first: most phrases have none.)
    head.len() > 2
        && rest.split_sp().any(is_age)
        && head.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
        && !NEW_PERSON.contains(&head)
        && lx.speaker_noun(head).is_none_or(|n| n == NounType::Person)
}

/// Nouns after an age that introduce another person as often as they
/// describe the one named ("Maria Lopez, the boy's mother, said ... The
/// 10-year-old boy said", "the 45-year-old suspect", "the 19-year-old
/// victim"): [`aged_occupation`] leaves them out. A list of its own, not
/// `CONTACT_PERSON_HEADS` of the rule boundaries, which picks the heads
/// of an unnamed source's phrase ("a man \[witnesses\] said") and is no
/// list of second references.
const NEW_PERSON: &[&str] = &[
    "boy",
    "girl",
    "man",
    "woman",
    "child",
    "son",
    "daughter",
    "teen",
    "teenager",
    "toddler",
    "infant",
    "baby",
    "victim",
    "suspect",
    "driver",
    "passenger",
    "gunman",
];

/// Whether the person `c` spoke or opens a sentence, after at most three
/// words of title ("Pop star Taylor Swift announced"), rather than being
/// named in passing ("he met Trump").
fn prominent(text: &str, c: &Cand, cands: &Cands, lx: &Lexicon) -> bool {
    if cands.added.range(c.pos, c.pos + 1).next().is_some() {
        return true;
    }
    let lo = text.floor_char_boundary(c.pos.saturating_sub(80));
    let before = &text[lo..c.pos];
    let k = match rfind_mark::<SentenceOrQuote>(before) {
        Some((_, k)) => k,
        None if lo == 0 => 0,
        None => return false,
    };
    let words = || before[k..].split_sp().filter(|w| !w.is_empty());
    words().count() <= 3
        && words().all(|w| {
            w.starts_with(|c: char| c.is_uppercase())
                || lx.speaker_noun(w) == Some(NounType::Person)
        })
}

/// The person a definite descriptive phrase refers to (`rest`: the words
/// of `text[sp.0..sp.1]` after "the"): a noun of a person of
/// `referring_nouns.csv` ("the quarterback", "the Danish singer", "the
/// actress"), an age ("the 34-year-old", "the 19-year-old American"), or
/// a lowercase noun after an age ("the 66-year-old banker",
/// [`aged_occupation`]), after at most three modifiers, each lowercase,
/// an age or a demonym.
/// `None` when the phrase is not one; else the nearest person named
/// (with a canonical name, of the noun's gender) within
/// [`DESCRIBED_WINDOW`] bytes before it, in its paragraph or the one
/// before ([`paragraph_breaks`]), with the sentence subject first
/// as for a pronoun ([`pronoun_person`]), or `Some(None)` when there is
/// none or when that person's name is titled with another person noun
/// ("coach Andy Reid" is not "the quarterback").
/// With an age ([`given_age`]): a noun after it names only a person the
/// text gave that age; a bare age does not name one the text gave another
/// age. A noun after an age that `speaker_nouns.csv` does not list as a
/// person ("the 24-year-old teller") gives `None`, not `Some(None)`, when
/// no person is named: the phrase's type stays unknown.
/// (Not another person than one named: "the other striker", "the rival
/// singer", "the new coach".)
/// `demonym_country`: the country of the phrase's first demonym, if any
/// (the caller has it).
#[allow(clippy::too_many_arguments)]
fn described_person<'a, 'g>(
    text: &str,
    sp: Span,
    rest: &str,
    demonym_country: Option<&str>,
    mentions: Ments<'_>,
    cands: &'a Cands<'g>,
    lx: &Lexicon,
    gaz: &Gazetteer,
) -> Option<Option<&'a Cand<'g>>> {
    const OTHER: &[&str] = &[
        "other", "another", "opposing", "rival", "new", "next", "future", "late", "fellow",
        "backup", "first", "second", "third", "last", "latest", "previous", "younger", "older",
        "elder", "eldest", "youngest", "oldest", "same",
    ];
    let head = rest.rsplit_sp().next()?;
    let noun = referring_noun(head);
    // (The rare shapes first: a person noun, an age, or a capitalized
    // head that may be a demonym after an age.)
    // (Any lowercase head after an age may be a person's occupation the
    // lists need not know, "the 66-year-old banker", "the 80-year-old
    // immunologist", unless the lexicon calls it an organization or a
    // document: "the 40-year-old company", "the 20-year-old report";
    // [`aged_occupation`]. It names only a person the text gave the same
    // age, below, and is a person at all only if the lexicon says so: not
    // "the 20-year-old club", "the 30-year-old treaty".)
    let mut aged_head = false;
    let gender = match noun {
        Some(Referent::Person(g)) => g,
        Some(Referent::Org(_)) => return None,
        None if is_age(head) || head.starts_with(|c: char| c.is_ascii_uppercase()) => None,
        None if aged_occupation(rest, head, lx) => {
            aged_head = true;
            None
        }
        None => return None,
    };
    let start = sp.1 - rest.len();
    let inside = mentions_in(mentions, sp);
    let demonym = |a: usize, b: usize| {
        inside
            .iter()
            .any(|m| m.kind == AliasKind::Demonym && m.start == a && m.end == b)
    };
    let (mut at, mut words, mut aged) = (start, 0, false);
    for w in rest.split_sp() {
        words += 1;
        let (a, b) = (at, at + w.len());
        at = b + 1;
        aged |= is_age(w);
        let ok = if b == sp.1 {
            noun.is_some() || is_age(w) || aged && (aged_head || demonym(a, b))
        } else {
            is_age(w)
                || demonym(a, b)
                || w.bytes().all(|c| c.is_ascii_lowercase() || c == b'-') && !OTHER.contains(&w)
        };
        if !ok || words > 4 {
            return None;
        }
    }
    let person = |c: &Cand| {
        c.stype == SpeakerType::Person
            // (A full name or one the gazetteer knows: not a lone
            // capitalized word, "\u{201c}Broad City\u{201d} Star Asked".)
            && match c.entity {
                // (A person of the gazetteer; not a demonym taken for a
                // person before: "A 19-year-old American said".)
                Some(e) => gaz.entity(e).etype == EntityType::Person,
                None => c.canonical.contains(' '),
            }
            && c.pos + DESCRIBED_WINDOW > sp.0
            && paragraph_breaks(&text[c.pos..sp.0]) <= 1
            && gender.is_none_or(|g| c.gender.is_none_or(|cg| cg == g))
    };
    let c = pronoun_person(text, sp.0, cands, person);
    // (Only a person who spoke or who opens a sentence, after at most
    // three words of title: "Pop star Taylor Swift announced"; not one
    // named in passing, "he met Trump ... the gambling tycoon told".)
    let prominent = |c: &Cand| prominent(text, c, cands, lx);
    // (Another person noun before the name or in its phrase, one of no
    // descriptive noun: "Chiefs coach Andy Reid", "Coach Andy Reid",
    // "Prime Minister Rishi Sunak", "Her manager, Jennifer Chen," are not
    // "the quarterback" or "the singer"; "Pop star Lena Varga" may be
    // "the singer". Any case; a comma after the word is its apposition's;
    // not a word of the sentence before.)
    let titled_other = |c: &Cand| {
        let first = c.canonical.split_sp().next().unwrap_or("");
        let lo = text.floor_char_boundary(c.pos.saturating_sub(24));
        let before = text[lo..c.pos].rsplit('\n').next().unwrap_or("");
        let own = || text[c.pos..].split_sp().take(4).take_while(|w| *w != first);
        let prior = before
            .split_sp()
            .rev()
            .filter(|w| !w.is_empty())
            .take(2)
            .take_while(|w| !w.ends_with(['.', '!', '?', '"', '\u{201d}', ':', ';']));
        // (In the speaker's own phrase, a lowercase word before the comma
        // of an apposition is a role, whether the lexicon lists it or
        // not: "Her publicist, Dana Whitfield, said".)
        let appositive = |w: &str| {
            w.strip_suffix(',').is_some_and(|w| {
                !w.is_empty()
                    && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                    && !matches!(referring_noun(w), Some(Referent::Person(_)))
            })
        };
        if own().any(appositive) {
            return true;
        }
        prior.chain(own()).any(|w| {
            let w = w.trim_end_matches(',');
            let lower;
            let w = if w.bytes().all(|b| b.is_ascii_lowercase()) {
                w
            } else if w.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-') {
                lower = w.to_ascii_lowercase();
                lower.as_str()
            } else {
                return false;
            };
            lx.speaker_noun(w).is_some() && !matches!(referring_noun(w), Some(Referent::Person(_)))
        })
    };
    // (A known country of the person that is not the phrase's demonym:
    // "Jurgen Klopp" is not "the Egyptian striker".)
    let other_country =
        |c: &Cand| demonym_country.is_some_and(|d| c.country.as_deref().is_some_and(|k| k != d));
    // (Nor one who held an office, but for a noun of business: "Rishi
    // Sunak" is not "the striker"; "the billionaire" may be Trump.)
    let business = matches!(
        head,
        "billionaire" | "businessman" | "businesswoman" | "tycoon" | "mogul"
    );
    let official = |c: &Cand| !business && c.entity.is_some_and(|e| gaz.held_any(e));
    let c = c.filter(|c| prominent(c) && !titled_other(c) && !other_country(c) && !official(c));
    // (An age as the head, "the 10-year-old said", or before a noun no
    // list gives, "the 66-year-old banker": often a new person, "The
    // 24-year-old teller", "The 16-year-old fan"; only the person the text
    // gave that age is named: "Jamie Dimon, 66," ... "the 66-year-old
    // banker"; [`given_age`].)
    let unknown = if aged_head && lx.speaker_noun(head) != Some(NounType::Person) {
        None
    } else {
        Some(None)
    };
    // (A bare age keeps the person named before unless the text gave that
    // person another age: "Carl Vance, 44, said ... The 9-year-old said";
    // sports and court copy often call the person named "the 34-year-old"
    // with no age given before.)
    let c = match rest.split_sp().find_map(age_of) {
        Some(age) if aged_head || is_age(head) => c.filter(|c| {
            let lo = text.floor_char_boundary(sp.0.saturating_sub(AGE_WINDOW));
            match given_age(&text[lo..sp.0], age, &c.canonical) {
                Some(same) => same,
                None => !aged_head,
            }
        }),
        _ => c,
    };
    // Only a sole person resolves: none when another person is named
    // between the one found and the phrase ("Mikel Arteta said Bukayo
    // Saka ... The winger"), or another of the noun's gender is in range
    // ("Brad Pitt ... Angelina Jolie ... The actor", "Federer and Nadal
    // ... the defending champion").
    let Some(c) = c else {
        return unknown;
    };
    let lo = text.floor_char_boundary(sp.0.saturating_sub(DESCRIBED_WINDOW));
    let k0 = cands.base.partition_point(|b| b.pos < lo);
    let k1 = cands.base.partition_point(|b| b.pos < sp.0);
    let in_range = || cands.base[k0..k1].iter().chain(cands.added.range(lo, sp.0));
    // (A name's gender from any of its mentions: a speaker added has
    // none of its own.)
    let other_gender = |o: &Cand| {
        gender.is_some_and(|g| {
            in_range().any(|x| x.canonical == o.canonical && x.gender.is_some_and(|xg| xg != g))
        })
    };
    let rival = in_range().any(|o| {
        o.stype == SpeakerType::Person
            && (o.entity.is_some() || o.canonical.contains(' '))
            && o.canonical != c.canonical
            && (o.pos > c.pos
                || person(o)
                    && !other_gender(o)
                    // (Not one the phrase cannot name either, titled with
                    // another person noun, of another country or who held
                    // an office: "Brentford boss Thomas Frank praised his
                    // side ... Ivan Toney said ... the striker said" is
                    // Toney.)
                    && !titled_other(o)
                    && !other_country(o)
                    && !official(o))
    });
    if rival
        || unknown_name_between(
            text,
            c.pos + c.canonical.len().min(sp.0 - c.pos),
            sp.0,
            mentions,
        )
    {
        return unknown;
    }
    Some(Some(c))
}

/// How far before an aged phrase [`given_age`] looks for the age given
/// its person (bytes).
const AGE_WINDOW: usize = 3000;

/// The age `window`, the text before an aged phrase, gives a person of
/// the name `name` (any capitalized word of it, "Dimon" of "Jamie Dimon"):
/// None if none; whether it is `age` (digits) if any. Counted either way
/// only in a form that is an age and nothing else: after the name,
/// "Jamie Dimon, 66, said" (a comma after it, then no digit: not "Joe
/// Smith, 1,234 votes", "Tiger Woods, 3, 4 and 5 under"), "Dimon, who is
/// 66,", "Dimon, aged 66,"; or before it, "66-year-old Dimon", "the
/// 66-year-old JPMorgan chief Jamie Dimon". A number in parentheses or at
/// a clause's end, "Dimon (66)", "Jamie Dimon, 66." counts only when it is
/// `age`: a seed, a ranking or a district is written so too, "Roger
/// Federer (3)". Runs only for an aged phrase with its candidate found.
fn given_age(window: &str, age: &str, name: &str) -> Option<bool> {
    let named = |w: &str| {
        let w = w.trim_end_matches([',', '.', ';', ')']);
        let w = w.strip_suffix("'s").unwrap_or(w);
        w.len() > 1 && w.starts_with(|c: char| c.is_uppercase()) && name.split(' ').any(|n| n == w)
    };
    let b = window.as_bytes();
    let mut found = None;
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let j = i + b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        let (before, n, after) = (&window[..i], &window[i..j], &window[j..]);
        i = j;
        let digit_group = after
            .strip_prefix(',')
            .is_some_and(|a| a.starts_with(|c: char| c.is_ascii_digit()));
        if before.ends_with(|c: char| c.is_alphanumeric() || c == ',') || n.len() > 3 || digit_group
        {
            continue;
        }
        // (Whether it is the person's age, and whether it is one in a form
        // that can only be an age.)
        let (given, sure) = if let Some(a) = after.strip_prefix("-year-old ") {
            // (The name within the next five words of its phrase.)
            let mut hit = false;
            for w in a.split(' ').take(5) {
                if named(w) {
                    hit = true;
                    break;
                }
                if w.ends_with([',', ';', ':', '"']) || w.ends_with('.') && w.len() > 4 {
                    break;
                }
            }
            (hit, true)
        } else if after.starts_with([',', '.', ';', ')']) {
            // (", 66, said", not ", 1,234" nor ", 3, 4 and 5".)
            let comma = after
                .strip_prefix(", ")
                .is_some_and(|a| a.starts_with(|c: char| c.is_alphabetic()));
            let form = [", ", ", who is ", ", who was ", ", aged ", ", age ", " ("]
                .iter()
                .find(|p| {
                    before
                        .strip_suffix(**p)
                        .is_some_and(|b| b.rsplit(' ').next().is_some_and(named))
                });
            match form {
                Some(&" (") => (true, false),
                Some(&", ") => (true, comma),
                Some(_) => (true, comma || !after.starts_with(',')),
                None => (false, false),
            }
        } else {
            (false, false)
        };
        if given {
            if n == age {
                return Some(true);
            }
            if sure {
                found = Some(false);
            }
        }
    }
    found
}

/// How far back a party second reference looks for its politician
/// ([`party_member`]): bytes, and paragraph breaks (the phrase's paragraph
/// and the two before it).
const PARTY_WINDOW: usize = 1000;
const PARTY_PARAGRAPHS: usize = 2;

/// The end of the name that starts at `pos`: its run of capitalized words
/// ("Chuck Schumer, D-N.Y.," -> the comma after "Schumer").
pub(super) fn name_end(text: &str, pos: usize) -> usize {
    let mut end = pos;
    let mut at = pos;
    for w in text[pos..].split(' ').take(5) {
        let word = w.trim_end_matches([',', ';']);
        if !word.starts_with(|c: char| c.is_uppercase()) || word.contains('\n') {
            break;
        }
        end = at + word.len();
        if word.len() < w.len() {
            break;
        }
        at += w.len() + 1;
    }
    end
}

/// Where the name of mention `c` starts: its position, or (a speaker's
/// phrase of two names, "Democratic Sen. Laura Benning and Republican Sen.
/// Greg Walsh", the mention of the second starting at the phrase) the
/// first word of its name within the next 120 bytes.
fn name_at(text: &str, c: &Cand) -> usize {
    let first = c.canonical.split(' ').next().unwrap_or("");
    let rest = &text[c.pos..];
    if first.is_empty()
        || rest.starts_with(first)
        || rest.starts_with(c.canonical.rsplit(' ').next().unwrap_or(""))
    {
        return c.pos;
    }
    let near = &rest[..rest.floor_char_boundary(120)];
    near.match_indices(first)
        .find(|&(i, _)| {
            near[..i].ends_with(' ')
                && !near[i + first.len()..].starts_with(|ch: char| ch.is_alphanumeric())
        })
        .map_or(c.pos, |(i, _)| c.pos + i)
}

/// A demonym's leader ("the French leader", `rest` the words after
/// "the", which end with " leader"): the phrase is only the demonym and
/// the noun. `None` when it is not one; else the one gazetteer person of
/// the article ([`Cands::people`]) who held a leader's office of
/// [`LEADER_ROLES`] for the demonym's country at any time, or no name
/// when two did ("Benjamin Netanyahu and Isaac Herzog ... the Israeli
/// leader") or none did ("Kylian Mbappe ... the French leader"); with the
/// demonym's country either way. (Each of the article's distinct people
/// is tested once per demonym, for the first such phrase after it is
/// named: [`Cands::leaders`].)
fn demonym_leader<'g>(
    sp: Span,
    rest: &str,
    mentions: Ments<'_>,
    cands: &Cands<'g>,
    gaz: &'g Gazetteer,
) -> Option<(Option<Cow<'g, str>>, &'g str)> {
    let start = sp.1 - rest.len();
    let end = sp.1 - " leader".len();
    let m = mentions_in(mentions, sp)
        .iter()
        .find(|m| m.kind == AliasKind::Demonym && m.start == start && m.end == end)?;
    let country = gaz.entity(m.entity).country.as_deref()?;
    // Memoized per demonym: only the people added since the last phrase
    // of that demonym are tested.
    let mut memos = cands.leaders.borrow_mut();
    let i = match memos.iter().position(|l| l.demonym == m.entity) {
        Some(i) => i,
        None => {
            memos.push(cands::LeaderMemo {
                demonym: m.entity,
                tested: 0,
                first: None,
                two: false,
            });
            memos.len() - 1
        }
    };
    let memo = &mut memos[i];
    let people = &cands.people;
    for (k, (_, e)) in people.iter().enumerate().skip(memo.tested) {
        if memo.two {
            break;
        }
        if gaz.held_any_of(*e, LEADER_ROLES, Some(country)) {
            if memo.first.is_some() {
                memo.two = true;
            } else {
                memo.first = Some(k);
            }
        }
    }
    memo.tested = people.len();
    match (memo.first, memo.two) {
        (Some(k), false) => Some((people.get(k).map(|(name, _)| name.clone()), country)),
        _ => Some((None, country)),
    }
}

/// The politician a definite party phrase refers to (`rest`: the words
/// of `text[sp.0..sp.1]` after "the"): "Democrat" or "Republican" after
/// at most three words of home ("the New York Democrat", "the Niagara
/// County Republican", "The Republican", "the Senate Democrat") or of
/// standing ("the freshman Democrat"). `None` when the phrase is not one;
/// else the one person named (a full name or a person of the gazetteer)
/// within [`PARTY_WINDOW`] bytes and [`PARTY_PARAGRAPHS`] paragraph breaks
/// before it whose party is the phrase's, and whose state is the phrase's
/// when it names one ("the Ohio Democrat"): the party and state the text
/// gives at one of the person's mentions ([`party::party_tag`]: "Sherrod
/// Brown, D-Ohio,", "(R-Texas)", "X, a Democrat from Ohio,", "Democratic
/// Sen. X"), else the gazetteer's (`people.csv`'s `party`). When the
/// phrase names a state and no one of it matches, one of the party whose
/// state is unknown may be taken. When the phrase names a place that is no
/// state ("the Oshkosh Republican"), one of a known state is taken only
/// when the window writes the place. `None` (a wrong politician is worse
/// than none):
/// - when two people match (two of the phrase's state, or, with none of
///   it, two of unknown state);
/// - when the one taken is of unknown state (the phrase names a state)
///   and a person of unknown party who spoke or opens a sentence
///   ([`prominent`]) is anywhere in the window, or the one taken is not
///   prominent;
/// - when the phrase names no state and the one who matches is not
///   prominent;
/// - when a prominent person of unknown party is named after the one who
///   matches;
/// - when a tag of the phrase's party (and state, when it names one),
///   ", D-Ohio," or " (D-Ohio)", follows a name that is no window person's
///   surname (`uncovered`: "Sen. Tom Brannigan, D-Ohio, pressed ...", a
///   Democrat who never became a candidate, so two may be meant).
#[inline(never)]
fn party_member<'a, 'g>(
    text: &str,
    sp: Span,
    rest: &str,
    cands: &'a Cands<'g>,
    gaz: &Gazetteer,
    lx: &Lexicon,
) -> Option<&'a Cand<'g>> {
    let (home, last) = rest.rsplit_once(' ').unwrap_or(("", rest));
    let party = match last {
        "Democrat" => b'D',
        "Republican" => b'R',
        _ => return None,
    };
    const STANDING: &[&str] = &[
        "freshman",
        "first-term",
        "second-term",
        "two-term",
        "three-term",
        "veteran",
        "moderate",
        "conservative",
        "progressive",
        "liberal",
        "longtime",
        "former",
    ];
    let mut n = 0;
    for w in home.split(' ').filter(|w| !w.is_empty()) {
        n += 1;
        let cap = w.len() > 1
            && w.starts_with(|c: char| c.is_ascii_uppercase())
            && w[1..]
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b == b'-' || b == b'.');
        if n > 3 || !cap && !STANDING.contains(&w) {
            return None;
        }
    }
    let state = party::state_code(home);
    // (A place that is no state, "the Oshkosh Republican": someone of a
    // known state is taken only when the window writes the place, as "a
    // Republican from Oshkosh" does; not a Texas senator.)
    let place = home
        .find(|c: char| c.is_ascii_uppercase())
        .map(|i| &home[i..])
        .filter(|p| state.is_none() && !matches!(*p, "Senate" | "House" | "Assembly"));
    // (The noun of a phrase, not an adjective before one: "the Democrat
    // convention committee said".)
    let next = text[sp.1..].trim_start_matches(' ');
    let next = &next[..next.find([' ', ',', '.']).unwrap_or(next.len())];
    const AFTER: &[&str] = &[
        "said", "told", "wrote", "spoke", "who", "and", "also", "has", "had", "was", "is", "would",
        "will", "did", "could", "can", "may", "might", "later", "then", "on", "in", "at", "during",
        "after", "before", "again", "only", "never",
    ];
    if next.starts_with(|c: char| c.is_lowercase())
        && !next.ends_with('s')
        && !next.ends_with("ed")
        && !AFTER.contains(&next)
    {
        return None;
    }
    let lo = text.floor_char_boundary(sp.0.saturating_sub(PARTY_WINDOW));
    let k0 = cands.base.partition_point(|b| b.pos < lo);
    let k1 = cands.base.partition_point(|b| b.pos < sp.0);
    let person = |c: &Cand| {
        c.stype == SpeakerType::Person
            && !c.canonical.is_empty()
            && (c.entity.is_some() || c.canonical.contains(' '))
    };
    let in_window = cands.base[k0..k1]
        .iter()
        .chain(cands.added.range(lo, sp.0))
        .filter(|c| person(c) && paragraph_breaks(&text[c.pos..sp.0]) <= PARTY_PARAGRAPHS);
    // The party of a person: a tag at one of the mentions before the
    // phrase (the first, with the full name, is often far before), else
    // the gazetteer's.
    // (The document's memo, `cands.party`, keeps each name's first tag
    // and how far its mentions were read, and the tag markers, found once
    // a document: a mention is parsed only when a marker is near it, and
    // each mention is read once a document, not once a phrase.)
    let mut memo = cands.party.borrow_mut();
    let memo = &mut *memo;
    let mut party_of = |c: &'a Cand<'g>| {
        let markers = memo.markers.get_or_insert_with(|| party::tag_markers(text));
        let tag_at = |o: &Cand| {
            let name = name_at(text, o);
            party::may_have_tag(text, markers, o.pos, name)
                .then(|| party::party_tag(text, o.pos, name))
                .flatten()
        };
        let known = match memo.names.get_mut(&*c.canonical) {
            Some(t) => t,
            None => memo.names.entry(c.canonical.to_string()).or_default(),
        };
        // (The first tag of `base[..k1]`, else of the speakers added
        // before the phrase.)
        if known.base_first.is_none() && known.base_done < k1 {
            known.base_first = (known.base_done..k1).find_map(|i| {
                let o = &cands.base[i];
                (o.canonical == c.canonical)
                    .then(|| tag_at(o))
                    .flatten()
                    .map(|t| (i, t))
            });
            known.base_done = k1;
        }
        let tag = match known.base_first {
            Some((i, t)) if i < k1 => Some(t),
            _ => {
                if known.late != memo.late {
                    known.added_first = None;
                    known.added_done = 0;
                    known.late = memo.late;
                }
                if known.added_first.is_none() && known.added_done < sp.0 {
                    known.added_first = cands
                        .added
                        .range(known.added_done, sp.0)
                        .filter(|o| o.canonical == c.canonical)
                        .find_map(|o| tag_at(o).map(|t| (o.pos, t)));
                    known.added_done = sp.0;
                    memo.added_hi = memo.added_hi.max(sp.0);
                }
                known.added_first.filter(|&(p, _)| p < sp.0).map(|(_, t)| t)
            }
        };
        // (A tag overrides only what it states: "Senate Democratic Leader
        // Chuck Schumer" is still the gazetteer's D-NY.)
        let known = c.entity.and_then(|e| gaz.party(e));
        match (tag, known) {
            (Some(t), Some(k)) if t.state.is_none() && t.party == k.party => Some(k),
            (Some(t), _) => Some(t),
            (None, k) => k,
        }
    };
    // The match (its last mention): [0] of the phrase's party and state
    // (or party, when the phrase names no state), [1] of its party whose
    // state is unknown while the phrase names one; `Err` when two people
    // are. And the last mention of a prominent person of unknown party.
    let mut found: [Result<Option<&'a Cand<'g>>, ()>; 2] = [Ok(None), Ok(None)];
    let mut unknown_last: Option<usize> = None;
    'cands: for c in in_window {
        for f in found.iter_mut() {
            if let Ok(Some(m)) = f {
                if m.canonical == c.canonical {
                    *m = c;
                    continue 'cands;
                }
            }
        }
        let slot = match party_of(c) {
            Some(p) if p.party != party => continue,
            Some(p) if p.state.is_some() && place.is_some_and(|h| !text[lo..sp.0].contains(h)) => {
                continue
            }
            // (A phrase naming no state: anyone of its party.)
            Some(p) if state.is_none() || p.state == state => 0,
            Some(p) if p.state.is_none() => 1,
            Some(_) => continue,
            // (Party unknown: it could be the one.)
            None => {
                if prominent(text, c, cands, lx) {
                    unknown_last = unknown_last.max(Some(c.pos));
                }
                continue;
            }
        };
        found[slot] = match found[slot] {
            Ok(None) => Ok(Some(c)),
            _ => Err(()),
        };
    }
    let (c, stateless) = match found {
        [Ok(Some(c)), _] => (c, false),
        [Ok(None), Ok(Some(c))] => (c, true),
        _ => return None,
    };
    // (A state the phrase names and the match's unknown: no one of unknown
    // party at all in the window, and the match prominent.)
    if unknown_last.is_some_and(|u| u > c.pos || stateless) {
        return None;
    }
    if (state.is_none() || stateless) && !prominent(text, c, cands, lx) {
        return None;
    }
    // (A tag of the phrase's party, and state when it names one, after a
    // name that is no candidate's surname: "Sen. Tom Brannigan, D-Ohio, pressed ..." then
    // "President Joe Biden said ...", "the Democrat said": two.)
    let win = &text[lo..sp.0];
    // (`at`, the party letter's offset, only once `i >= 3`: a text may
    // open with the hyphen, "- Sen. Ana Ruiz, D-Calif.", where `i - 1`
    // would be below zero.)
    let uncovered = win.match_indices(['-']).any(|(i, _)| {
        i >= 3
            && win.as_bytes()[i - 1] == party
            && (win[..i - 1].ends_with(", ") || win[..i - 1].ends_with(" ("))
            && paragraph_breaks(&text[lo + i - 1..sp.0]) <= PARTY_PARAGRAPHS
            && party::dash_tag(&win[i - 1..]).is_some_and(|(_, st)| state.is_none_or(|s| s == st))
            && !cands.base[k0..k1]
                .iter()
                .chain(cands.added.range(lo, sp.0))
                .any(|o| {
                    person(o)
                        && o.canonical
                            .rsplit(' ')
                            .next()
                            .is_some_and(|last| text[..lo + i - 3].ends_with(last))
                })
    });
    if uncovered {
        return None;
    }
    Some(c)
}

/// Whether `text[a..b]` names a person none of `mentions` covers: two
/// capitalized words inside a sentence, not after a preposition ("said
/// Bukayo Saka would miss"; not "for Inter Miami", "in New York").
fn unknown_name_between(text: &str, a: usize, b: usize, mentions: Ments<'_>) -> bool {
    const PREPS: &[&str] = &[
        "in", "at", "of", "for", "from", "against", "to", "with", "on", "by", "into", "near",
        "the", "a", "an",
    ];
    let a = text.ceil_char_boundary(a);
    let s = &text[a..b];
    let mut prev = "";
    let mut cap_run = 0;
    let mut run_start = 0;
    let mut lead = "";
    for w in s.split(' ') {
        let at = w.as_ptr() as usize - text.as_ptr() as usize;
        let cap = w.starts_with(|c: char| c.is_ascii_uppercase())
            && w.len() > 1
            && w[1..]
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b == b'-' || b == b',' || b == b'.');
        let sentence_start =
            prev.is_empty() || prev.ends_with(['.', '!', '?', '"', '\u{201d}', ':', '\n']);
        if cap && !sentence_start && cap_run == 0 {
            cap_run = 1;
            run_start = at;
            lead = prev;
        } else if cap && cap_run >= 1 && !prev.ends_with([',', '.']) {
            cap_run += 1;
            let end = at + w.trim_end_matches([',', '.']).len();
            let covered = mentions_in(mentions, (run_start, end))
                .iter()
                .any(|m| m.start <= run_start && m.end >= end);
            if cap_run == 2 && !covered && !PREPS.contains(&lead.to_ascii_lowercase().as_str()) {
                return true;
            }
        } else {
            cap_run = 0;
        }
        prev = w;
    }
    false
}

/// Whether capitalized words in apposition name a region, not a person:
/// a compass word first ("Western Ukraine", "North Wales") or a region
/// noun last ("Kyiv Oblast", "Donetsk Region"), as
/// `speaker::of_place_before_name` reads them.
#[inline]
fn region_name(name: &str) -> bool {
    use super::speaker::{COMPASS, REGION_NOUNS};
    let is = |w: Option<&str>, set: &[&str]| {
        w.is_some_and(|w| set.iter().any(|c| c.eq_ignore_ascii_case(w)))
    };
    is(name.split_sp().next(), COMPASS) || is(name.rsplit_sp().next(), REGION_NOUNS)
}

/// Whether a word is a person noun written as a title: in lowercase
/// ("chancellor", "vice-chair"), an acronym ("MP", "MPs") or capitalized
/// ("Minister", "Secretary", "Mayor", "Archbishop"), the head of a role phrase that a
/// name in apposition may follow ([`apposition_name`]). (Only the first
/// letter may be a capital, or all: "Finance Minister", "MP"; "McCain" is
/// no title.)
/// A hyphenated compound is a title when one of its parts is, each part
/// of that shape: "Secretary-General", "Director-General",
/// "Under-Secretary" ([`title_word_part`]).
#[inline]
fn title_word(w: &str, lx: &Lexicon) -> bool {
    title_word_part(w, lx) || w.as_bytes().contains(&b'-') && hyphenated_title(w, lx)
}

/// [`title_word`] of a word with no hyphen.
#[inline]
fn title_word_part(w: &str, lx: &Lexicon) -> bool {
    let shape = match w.as_bytes() {
        [c, ..] if c.is_ascii_lowercase() => true,
        [c, rest @ ..] if c.is_ascii_uppercase() => {
            rest.iter().all(|c| c.is_ascii_lowercase())
                || rest.iter().all(|&c| c.is_ascii_uppercase() || c == b's')
        }
        _ => false,
    };
    shape && lx.speaker_noun(w) == Some(NounType::Person)
}

/// Words that join a title in a hyphenated office ([`hyphenated_title`]):
/// "Secretary-General", "Under-Secretary", "Commander-in-Chief",
/// "President-elect".
const TITLE_HYPHEN_PARTS: &[&str] = &[
    "Chief",
    "Co",
    "Deputy",
    "Designate",
    "Elect",
    "Ex",
    "General",
    // A former holder as news names one ("then-Gov. Paul Sherwood",
    // "Then-Governor Paul Sherwood", "the then-governor").
    "Then",
    "Under",
    "Vice",
    "co",
    "designate",
    "elect",
    "ex",
    "general",
    "in",
    "then",
    "under",
    "vice",
];

/// Whether `w` is two or three parts joined by hyphens, a title
/// ([`title_word_part`]) and titles or [`TITLE_HYPHEN_PARTS`]:
/// "Secretary-General", "Director-General", "Under-Secretary",
/// "Attorney-General". ("Ukrainian-American", "Lebanese-Nigerian" are no
/// title.) (Called for a word with a hyphen: [`title_word`] tests it.)
#[inline(never)]
fn hyphenated_title(w: &str, lx: &Lexicon) -> bool {
    let parts = || w.split('-');
    // (Also a title abbreviation after "then-" or "ex-", with its stop:
    // "the then-Gov.", "the ex-Sen.".)
    let title = |p: &str| title_word_part(p, lx) || p.ends_with('.') && is_title_word(p);
    (2..=3).contains(&parts().count())
        && parts().any(title)
        && parts().all(|p| TITLE_HYPHEN_PARTS.contains(&p) || title(p))
}

/// Whether `name`, found at the end of the speaker phrase `t`, is the
/// object of a title's preposition: right after "of", "for" or "at" (and
/// any "the") that a person noun ([`title_word`]) comes before ("The
/// Mayor of Lviv", "Governor of Kherson", "the Archbishop of
/// Canterbury"), or that ends a longer object a title's preposition
/// opens: back over at most 8 words, capitalized or "the", "and", "of",
/// "for", "at", to a title before one of the three ("the Chairman of the
/// Joint Chiefs of Staff", "the President of the Republic of Korea"). The
/// phrase's words are split only when the name ends it and something
/// comes before.
/// ("Secretary of State John Kerry" and "Representative Peter King of New
/// York" keep their names: the word before the name is no preposition, or
/// the one before the preposition is a name.)
fn title_object(t: &str, name: &str, lx: &Lexicon) -> bool {
    // (A first test on the bytes before the name: the word there, past the
    // space and any white space `trim_end` would take, must end as "of",
    // "for", "at" or "the" do; most names are the whole phrase or follow
    // none of them. A byte past ASCII there goes on to the whole test.)
    let Some(k) = t.len().checked_sub(name.len() + 1) else {
        return false;
    };
    let b = t.as_bytes();
    if b[k] != b' ' {
        return false;
    }
    let mut j = k;
    while j > 0 && matches!(b[j - 1], b'\t'..=b'\r' | b' ') {
        j -= 1;
    }
    if j < 2 || b[j - 1] < 0x80 && !matches!(&b[j - 2..j], b"of" | b"or" | b"at" | b"he") {
        return false;
    }
    let Some(lead) = t.strip_suffix(name).filter(|l| l.ends_with(' ')) else {
        return false;
    };
    let lead = lead.trim_end();
    // (Over "the": "The Chancellor of the Exchequer".)
    let lead = lead.strip_suffix(" the").unwrap_or(lead);
    let mut ws = lead.rsplit_sp();
    if !matches!(ws.next(), Some("of" | "for" | "at")) {
        return false;
    }
    // The word before the preposition is the title, or the object is a
    // longer name the title's preposition opens: back over its
    // capitalized words and "the", "and", "of", "for" to a title before
    // "of", "for" or "at" ("the Chairman of the Joint Chiefs of Staff",
    // "the President of the Republic of Korea"; a few words at most).
    // (Not a plural: "the Communications Workers of America", "Gun Owners
    // of America" name an organization.)
    let mut after_prep = true;
    for w in ws.take(8) {
        if after_prep && title_word(w, lx) && !plural_s(w.as_bytes()) {
            return true;
        }
        after_prep = matches!(w, "of" | "for" | "at");
        if !(after_prep || matches!(w, "the" | "and") || w.starts_with(|c: char| c.is_uppercase()))
        {
            return false;
        }
    }
    false
}

/// Whether `name`, found at the end of the speaker phrase `t`, opens
/// inside a title's object: it does not open with a given name or title
/// the gazetteer knows, and one to three capitalized words before it
/// (no titles, no given names) follow a title's "of", "for" or "at" and
/// any "the" ([`title_object`] of the name with them; an "and" between
/// them counts among the three): "Minister of
/// State for Foreign Affairs Anna Smith" ("Affairs Anna Smith" after
/// "Foreign"), "Chief of the Defence Staff". ("Secretary of State John
/// Kerry" opens with a given name; "Minister Anna Smith" has no
/// preposition; "A representative for Mr. Novak" names Novak.)
///
/// (Inline, the first test on the bytes before the name; the rest in
/// [`object_runs_into_name_rest`].)
#[inline]
fn object_runs_into_name(t: &str, name: &str, lx: &Lexicon, gaz: &Gazetteer) -> bool {
    // (A first test on the bytes before the name: the word there must
    // open with a capital (or a byte past ASCII) or be "and", after a
    // space, with an "of", "for" or "at" before it; most names are the
    // whole phrase or follow a lowercase word.)
    let Some(k) = t.len().checked_sub(name.len() + 1) else {
        return false;
    };
    let b = t.as_bytes();
    if k < 2 || b[k] != b' ' {
        return false;
    }
    let Some(sp) = b[..k].iter().rposition(|&c| c == b' ') else {
        return false;
    };
    let prev = &b[sp + 1..k];
    (prev
        .first()
        .is_some_and(|&c| c.is_ascii_uppercase() || c >= 0x80)
        || prev == b"and")
        && object_runs_into_name_rest(t, name, sp, lx, gaz)
}

/// [`object_runs_into_name`] past its first test (`sp`: the space before
/// the word before the name).
#[inline(never)]
fn object_runs_into_name_rest(
    t: &str,
    name: &str,
    sp: usize,
    lx: &Lexicon,
    gaz: &Gazetteer,
) -> bool {
    if !has_of_for_at(&t.as_bytes()[..=sp]) {
        return false;
    }
    let Some(lead) = t.strip_suffix(name).map(str::trim_end) else {
        return false;
    };
    if !lead
        .rsplit_sp()
        .next()
        .is_some_and(|w| w == "and" || first_char_is(w, char::is_uppercase))
        || name
            .split_sp()
            .next()
            .is_none_or(|w| gaz.opens_person_name(w))
    {
        return false;
    }
    // Back over the object's capitalized words to the preposition: the
    // object with the name is then a title's ([`title_object`]).
    let mut rest = lead;
    for _ in 0..3 {
        let Some((before, w)) = rest.rsplit_once(' ') else {
            return false;
        };
        // (Over an "and" between the object's words: "Secretary of State
        // for Work and Pensions Laura Finch".)
        if w == "and" {
            rest = before;
            continue;
        }
        // (A plain capitalized word: not a title, nor "Mr.", "Mr", "Sir"
        // or a given name before a surname, "A representative for Mr.
        // Novak", "a spokesman for Mr Novak", which name a person.)
        if !first_char_is(w, char::is_uppercase)
            || !w.chars().all(char::is_alphabetic)
            || title_word(w, lx)
            || gaz.opens_person_name(w)
        {
            return false;
        }
        let obj = &t[before.len() + 1..];
        if title_object(t, obj, lx) {
            return true;
        }
        rest = before;
    }
    false
}

/// Whether the bytes `b` hold a word "of", "for" or "at" after a space
/// and before another ([`object_runs_into_name`]'s first test: a title's
/// preposition comes before its object; most phrases hold none).
/// (A plain loop: the bytes are a few words, too few for `memchr`'s set-up.)
fn has_of_for_at(b: &[u8]) -> bool {
    (0..b.len()).any(|i| {
        b[i] == b' ' && {
            let w = &b[i + 1..];
            w.starts_with(b"of ") || w.starts_with(b"for ") || w.starts_with(b"at ")
        }
    })
}

/// Whether `name`, found at the end of the speaker phrase `t`, is made of
/// the words of an office the gazetteer lists (roles.csv) rather than a
/// person's name: the phrase holds a role form that the name's removal
/// breaks ("The Minister for Foreign Affairs" is the foreign minister with
/// no name, not "Affairs"; "Secretary of State John Kerry" keeps its name,
/// as "Secretary of State" is a role form without it; "Billie Jean King"
/// is one in the name alone). The phrase's words before the name must be
/// more than a lone "the" and hold "of" or "for" (as a listed office
/// does), and the name must not open with a given name or a title the
/// gazetteer knows ("Secretary of State John Kerry").
fn role_words_name(t: &str, name: &str, gaz: &Gazetteer) -> bool {
    // (A first test on the bytes before the name, with no string compare:
    // a word "of" or "for" there opens with "of" or "for" at the start or
    // after a space. Most names are the whole phrase, or follow neither.)
    let Some(cut) = t.len().checked_sub(name.len()) else {
        return false;
    };
    if !opens_of_or_for(&t.as_bytes()[..cut]) {
        return false;
    }
    let Some(lead) = t.strip_suffix(name).map(str::trim_end) else {
        return false;
    };
    // (A name that opens with a given name or a title is a person's: most
    // named speakers leave here, before the role searches.)
    // (And the role form crosses into the name only after "of" or "for",
    // as listed offices do: "Minister for Foreign Affairs"; a phrase
    // without them leaves before the role searches.)
    if lead.is_empty()
        || lead.eq_ignore_ascii_case("the")
        || !lead.split_sp().any(|w| matches!(w, "of" | "for"))
        || name
            .split_sp()
            .next()
            .is_some_and(|w| gaz.opens_person_name(w))
    {
        return false;
    }
    // (A role form must reach across the name's start, whichever comes
    // first: "Deputy Prime Minister and Minister for Foreign Affairs Simon
    // Harris"; "Tennis great Billie Jean King" holds "king" in the name
    // alone.)
    gaz.role_across(t, lead.len(), t.len() - name.len())
}

/// The name an article gives the acronym of mention `m` when it is not
/// the gazetteer's entity ([`Cands::defined_acronym`]): "the Rapid Support
/// Forces (RSF)" then "The RSF said" is the Rapid Support Forces, though
/// the gazetteer knows "RSF" as Reporters Without Borders; "Reporters
/// Without Borders (RSF)" keeps the gazetteer's. `None` unless the
/// speaker phrase `t` is the acronym alone (any "The" before it; most
/// phrases fail on the length or the first bytes) or when the article
/// does not define it.
fn own_acronym<'g>(
    text: &'g str,
    t: &str,
    m: &Mention,
    cands: &Cands<'g>,
    gaz: &'g Gazetteer,
) -> Option<Cow<'g, str>> {
    let acr = after_the(t).unwrap_or(t);
    if !is_acronym(acr) || text.get(m.start..m.end) != Some(acr) {
        return None;
    }
    let (name, placed) = cands.defined_acronym(text, gaz, m.end + 1, acr)?;
    // (A place's possessive with the name of the gazetteer's entity after
    // it: "Israel's Defense Forces (IDF)" is the gazetteer's IDF;
    // "Canada's Conservative Party (CCP)" is not the Chinese Communist
    // Party, and stays the article's, possessive and all.)
    if let Some(rest) = placed {
        let own = &gaz.entity(m.entity).name;
        if names_same_entity(rest, own) || gaz.alias_hits(rest).any(|(e, _)| e == m.entity) {
            return None;
        }
    }
    // (The definition's name, if the gazetteer knows it as the mention's
    // entity, is the gazetteer's; if as another, that one's name. A name
    // that holds every word of the mention's entity's name, accents folded,
    // is that entity spelled another way: "Medecins Sans Frontieres (MSF)",
    // "Islamic State in Iraq and the Levant (ISIL)"; [`names_same_entity`].)
    match gaz.alias_hits(name).next() {
        Some((e, _)) if e == m.entity => None,
        Some((e, _)) => Some(Cow::Borrowed(gaz.entity(e).name.as_str())),
        None if names_same_entity(&gaz.entity(m.entity).name, name) => None,
        None => Some(Cow::Borrowed(name)),
    }
}

/// The speaker phrase `t` after its leading "The " or "the ", if it has
/// one ("The RSF" gives "RSF").
#[inline]
pub(super) fn after_the(t: &str) -> Option<&str> {
    t.strip_prefix("The ").or_else(|| t.strip_prefix("the "))
}

/// Whether `w`'s first character passes `test` (`is_alphabetic`,
/// `is_uppercase`), with no decoding for an ASCII first byte: for it the
/// `char` tests are the ASCII ones.
#[inline]
fn first_char_is(w: &str, test: fn(char) -> bool) -> bool {
    match w.as_bytes().first() {
        None => false,
        Some(&c) if c < 0x80 => test(char::from(c)),
        Some(_) => w.chars().next().is_some_and(test),
    }
}

/// Whether some word of `b` (words split at spaces, as `split_sp` does)
/// opens with "of" or "for": [`role_words_name`]'s first test, which its
/// word test ("of" or "for" before the name) implies.
fn opens_of_or_for(b: &[u8]) -> bool {
    let mut i = 0;
    while i < b.len() {
        let w = &b[i..];
        if w.starts_with(b"of") || w.starts_with(b"for") {
            return true;
        }
        match w.iter().position(|&c| c == b' ') {
            Some(k) => i += k + 1,
            None => return false,
        }
    }
    false
}

/// The words of `t` after a listed office that `name` reaches into
/// ([`role_words_name`]): the name's last two words or more, from the
/// first word past the office's, when they are not themselves office
/// words ("Minister for Foreign Affairs Penny Wong" gives "Penny Wong";
/// "The Minister for Foreign Affairs" none).
fn name_after_role<'t>(t: &'t str, name: &str, gaz: &Gazetteer) -> Option<&'t str> {
    name_tails(t, name)?.find(|sub| !role_words_name(t, sub, gaz))
}

/// The tails of `name` at the end of `t` that start after its first word
/// and hold two words or more, longest first, as slices of `t`: "Foreign
/// Affairs Penny Wong" gives "Affairs Penny Wong", "Penny Wong". `None`
/// when `t` does not end with `name`. ([`name_after_role`],
/// [`name_after_title_object`].)
fn name_tails<'t>(t: &'t str, name: &str) -> Option<impl Iterator<Item = &'t str>> {
    let rest = t.strip_suffix(name)?;
    let tail = &t[rest.len()..];
    Some(
        tail.char_indices()
            .filter(|&(i, c)| c == ' ' && i + 1 < tail.len())
            .map(move |(i, _)| &tail[i + 1..])
            .take_while(|sub| sub.contains(' ')),
    )
}

/// `name` at the end of the speaker phrase `t` as a person's name: itself
/// when it is neither a title's object ([`title_object`]) nor words of a
/// listed office ([`role_words_name`]), else the words after
/// them ([`name_after_title_object`], [`name_after_role`]), if any:
/// "Australian Minister for Foreign Affairs Penny Wong" gives "Penny Wong".
fn office_free_name<'t>(
    t: &'t str,
    name: Cow<'t, str>,
    lx: &Lexicon,
    gaz: &Gazetteer,
) -> Option<Cow<'t, str>> {
    if title_object(t, &name, lx) {
        name_after_title_object(t, &name, gaz).map(Cow::Borrowed)
    } else if object_runs_into_name(t, &name, lx, gaz) {
        // (A name of two words or more the lists do not open stays:
        // "Minister for Railways Anil Deshmukh"; one word is the object's
        // last, "Foreign Affairs".)
        name_after_object(t, &name, gaz)
            .map(Cow::Borrowed)
            .or_else(|| Some(name).filter(|n| n.contains(' ')))
    } else if role_words_name(t, &name, gaz) {
        name_after_role(t, &name, gaz).map(Cow::Borrowed)
    } else {
        Some(job_word_free(name, lx, gaz))
    }
}

/// `name` without a capitalized job word that opens it, as a sentence's
/// first word is capitalized: "Jockey Frankie Dettori", "Epidemiologist
/// Caitlin Rivers", "Co-author Maria Lopez" give the words after it.
/// The word must be a person noun ([`Lexicon::speaker_noun`]) and no
/// given name, and two name words or more must follow it, the first a
/// given name: "Baker Mayfield", "Hunter Biden" stay whole, as does
/// "Nurse Ratched".
///
/// (A first test inline, on the first byte, the length and the count of
/// spaces, with no call: most names have fewer than three words; the rest
/// in [`job_word_cut`]. Inline whole it cost about 1.3 M instructions a
/// pass of train, this way about 0.5 M.)
#[inline(always)]
fn job_word_free<'t>(name: Cow<'t, str>, lx: &Lexicon, gaz: &Gazetteer) -> Cow<'t, str> {
    let b = name.as_bytes();
    if b.len() < 9 || !b[0].is_ascii_uppercase() || b.iter().filter(|&&c| c == b' ').count() < 2 {
        return name;
    }
    match job_word_cut(&name, lx, gaz) {
        0 => name,
        cut => match name {
            Cow::Borrowed(n) => Cow::Borrowed(&n[cut..]),
            Cow::Owned(n) => Cow::Owned(n[cut..].to_owned()),
        },
    }
}

/// Where the name after [`job_word_free`]'s job word starts in `name`,
/// or 0 when no job word opens it.
#[inline(never)]
fn job_word_cut(name: &str, lx: &Lexicon, gaz: &Gazetteer) -> usize {
    let Some((first, rest)) = name.split_once(' ') else {
        return 0;
    };
    let Some((given, _)) = rest.split_once(' ') else {
        return 0;
    };
    let job = first.len() > 2
        && first.starts_with(|c: char| c.is_ascii_uppercase())
        && first[1..]
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b == b'-')
        && lx.speaker_noun(first) == Some(NounType::Person)
        && gaz.is_given_name(given)
        && !gaz.is_given_name(first);
    if job {
        first.len() + 1
    } else {
        0
    }
}

/// The name after a title's object that runs into it: the given name
/// after the object ([`name_after_title_object`]), else the words after
/// its plural last word ([`name_after_plural_object_word`]).
fn name_after_object<'t>(t: &'t str, name: &str, gaz: &Gazetteer) -> Option<&'t str> {
    name_after_title_object(t, name, gaz).or_else(|| name_after_plural_object_word(t, name))
}

/// The words of a title's object ([`title_object`]) from a given name on,
/// when the object runs on into a person's name: "Chairman of the Federal
/// Reserve Jerome Powell" gives "Jerome Powell". The words must be two or
/// more and open with a given name or title the gazetteer knows, after
/// the object's first word ("The Mayor of Lviv", "Governor of the Federal
/// Reserve" give none).
fn name_after_title_object<'t>(t: &'t str, name: &str, gaz: &Gazetteer) -> Option<&'t str> {
    name_tails(t, name)?.find(|sub| {
        sub.split_sp()
            .next()
            .is_some_and(|w| gaz.opens_person_name(w))
    })
}

/// The words of `name` after its first when that first word is a plural
/// in "-s" (not "-ss") that ends a title's object the name runs on from
/// ([`object_runs_into_name`]), and two capitalized words or more follow
/// it: "Minister of State for Foreign Affairs Tariq Ahmad" gives "Tariq
/// Ahmad" when the gazetteer knows no "Tariq". (A given name in "-s" the
/// gazetteer knows, "James", stops `object_runs_into_name` before.)
fn name_after_plural_object_word<'t>(t: &'t str, name: &str) -> Option<&'t str> {
    let first = name.split_sp().next()?;
    if first.len() < 4 || !plural_s(first.as_bytes()) {
        return None;
    }
    name_tails(t, name)?.next().filter(|tail| {
        tail.split_sp()
            .all(|w| first_char_is(w, char::is_uppercase))
    })
}

/// Nouns that name a person and never a company
/// ([`role_before_name`]): "The defendant Morgan Bank", "The buyer Morgan
/// Group" may be companies, "Team spokesman Rick Hall" is a person.
const PERSON_ONLY_NOUNS: &[&str] = &[
    "attorney",
    "captain",
    "chair",
    "chairman",
    "chairperson",
    "chairwoman",
    "coach",
    "councillor",
    "councilor",
    "detective",
    "director",
    "leader",
    "lawyer",
    "manager",
    "officer",
    "player",
    "president",
    "secretary",
    "solicitor",
    "spokesman",
    "spokesperson",
    "spokeswoman",
];

/// Nouns of one sex that an apposition gives a person ([`text_gender`]),
/// and that name another person of that sex after a possessive
/// ([`named_of_gender`]: "met her mother", "his daughter").
const GENDERED_NOUNS: &[(&str, Gender)] = &[
    ("actress", Gender::Female),
    ("brother", Gender::Male),
    ("businessman", Gender::Male),
    ("businesswoman", Gender::Female),
    ("chairwoman", Gender::Female),
    ("congressman", Gender::Male),
    ("congresswoman", Gender::Female),
    ("councilman", Gender::Male),
    ("councilwoman", Gender::Female),
    ("daughter", Gender::Female),
    ("father", Gender::Male),
    ("husband", Gender::Male),
    ("mother", Gender::Female),
    ("sister", Gender::Female),
    ("son", Gender::Male),
    ("spokesman", Gender::Male),
    ("spokeswoman", Gender::Female),
    ("widow", Gender::Female),
    ("wife", Gender::Female),
];

/// The sex the text gives the person named at `sp`: "Mr."/"Ms."/"Mrs."
/// just before the name, or a noun of one sex ([`GENDERED_NOUNS`]) in an
/// apposition right after it that opens with an article and before any
/// preposition ("Logan Reese, a spokeswoman for the hospital", "Anh Cao,
/// a former congressman"; not "Ann Lee, a friend of his wife").
fn text_gender(text: &str, sp: Span) -> Option<Gender> {
    // (The title in the speaker or just before it: "Mr. Shirley Tate".)
    let before = text.get(..sp.0).unwrap_or("");
    let own = text.get(sp.0..sp.1).unwrap_or("");
    let titled = |t: &str| before.ends_with(t) || own.starts_with(t);
    if titled("Mr. ") {
        return Some(Gender::Male);
    }
    if titled("Ms. ") || titled("Mrs. ") {
        return Some(Gender::Female);
    }
    let rest = text.get(sp.1..)?.strip_prefix(", ")?;
    let mut words = rest.split(' ').take(6);
    if !matches!(words.next(), Some("a" | "an" | "the")) {
        return None;
    }
    for w in words {
        let bare = w.trim_end_matches([',', '.', ';', ':']);
        if may_be_gendered_noun(bare) {
            if let Some(&(_, g)) = GENDERED_NOUNS.iter().find(|(n, _)| *n == bare) {
                return Some(g);
            }
        }
        if bare.len() != w.len()
            || matches!(
                bare,
                "of" | "for" | "at" | "in" | "with" | "from" | "to" | "who" | "and"
            )
        {
            return None;
        }
    }
    None
}

/// The cheap first test of [`text_gender`] before its search of
/// [`GENDERED_NOUNS`], true of every noun there: 3 to 13 bytes, the first
/// and the last among the nouns' own.
fn may_be_gendered_noun(w: &str) -> bool {
    let b = w.as_bytes();
    (3..=13).contains(&b.len())
        && matches!(
            b.first(),
            Some(b'a' | b'b' | b'c' | b'd' | b'f' | b'h' | b'm' | b's' | b'w')
        )
        && matches!(b.last(), Some(b'n' | b's' | b'r' | b'd' | b'w' | b'e'))
}

/// Last words of a company's name that are never a surname
/// ([`role_before_name`]: "The contractor Morgan Group", "The director
/// Morgan Bank"), beside [`COMPANY_SUFFIXES`].
const COMPANY_ONLY_WORDS: &[&str] = &["Capital", "Co", "Partners"];

/// The last two words of a speaker phrase when they are a person's name
/// after a lowercase person noun of [`PERSON_ONLY_NOUNS`] (capitalized as
/// the phrase's first word): a given name the gazetteer knows and a
/// surname that is an organization word, which `person_name` leaves to
/// the organization ("Team spokesman Rick Hall", "police spokeswoman Amy
/// Church"). ("the consultancy Oxford Group" has no person noun, "the
/// spokesman for Carnegie Hall" no given name.)
fn role_before_name<'t>(t: &'t str, gaz: &Gazetteer, lx: &Lexicon) -> Option<&'t str> {
    let mut ws = t.rsplit_sp();
    let (last, first, noun) = (ws.next()?, ws.next()?, ws.next()?);
    // (The organization word first: most phrases end in none, and the
    // noun search below is a scan of a list.)
    if !is_org_word(last) {
        return None;
    }
    // (Capitalized as the phrase's first word, the same noun: "Spokesman
    // Rick Hall said".)
    let opens = ws.next().is_none();
    let noun = PERSON_ONLY_NOUNS.iter().copied().find(|&n| {
        n.len() == noun.len()
            && match noun.as_bytes() {
                [h, rest @ ..] if opens && h.is_ascii_uppercase() => {
                    n.as_bytes()[0] == h.to_ascii_lowercase() && n.as_bytes()[1..] == *rest
                }
                b => n.as_bytes() == b,
            }
    });
    let ok = !COMPANY_SUFFIXES.contains(&last)
        && !COMPANY_ONLY_WORDS.contains(&last)
        && !is_org_word(first)
        && first.starts_with(|c: char| c.is_uppercase())
        && noun.is_some_and(|n| lx.speaker_noun(n) == Some(NounType::Person))
        && gaz.opens_person_name(first);
    ok.then(|| &t[first.as_ptr() as usize - t.as_ptr() as usize..])
}

/// Whether a speaker phrase opens, after any "the", with a capitalized
/// title of one to three words whose last is a singular person noun
/// ([`title_word`]) and then "of", "for" or "at": "The Governor of the
/// Central Bank", "the Speaker of Parliament", "The Lord Mayor of
/// Birmingham" are the office's holder, whatever organization follows.
/// ("The Friends of the Earth", "Gun Owners of America": plural; "The
/// Office of the Director" opens with an organization.)
fn title_before_object(t: &str, lx: &Lexicon) -> bool {
    let name = after_the(t).unwrap_or(t);
    // (A first test: the first word must be capitalized, and a lowercase
    // ASCII byte, or none, opens no capitalized word: "officials", "a
    // spokesman", "company" leave here.)
    if name
        .as_bytes()
        .first()
        .is_none_or(|&c| c < 0x80 && !c.is_ascii_uppercase())
    {
        return false;
    }
    let mut prev = "";
    for (i, w) in name.split_sp().enumerate() {
        if matches!(w, "of" | "for" | "at") {
            return i > 0 && title_word(prev, lx) && !plural_s(prev.as_bytes());
        }
        if i == 3 || !w.starts_with(|c: char| c.is_uppercase()) {
            return false;
        }
        prev = w;
    }
    false
}

/// Whether the words before a capital's mention in a speaker phrase
/// (`lead`) are one capitalized word other than "The": the capital is
/// then part of a longer name, as sports clubs are named ("Real Madrid",
/// "Lazio Rome", "Dynamo Kyiv"), not the state it stands for.
fn club_before_capital(lead: &str) -> bool {
    let w = lead.trim_end();
    !w.is_empty()
        && w.len() < lead.len()
        && !w.contains(' ')
        && w.starts_with(|c: char| c.is_uppercase())
        && w != "The"
}

/// Whether a name in apposition looks like a person's, for a capitalized
/// title ("The Finance Minister, Nirmala Sitharaman,"): the gazetteer
/// knows it whole as a person, or its first word opens a person's name
/// ([`Gazetteer::opens_person_name`]: "Sir Lindsay Hoyle", "Grant
/// Shapps"), or a person's title opens it ([`person_title`]: a title
/// with a stop, a rank or a courtesy title: "Sgt. Ann Ho", "Prof. Lena
/// Brandt", "Lt. Gen. Tunji Ade", "Engr. Dave Umahi"), or a
/// West African, South Asian or Malaysian honorific ("Alhaji Lanre
/// Mojola", "Maulana Fazlur Rehman", "Datuk Seri Anwar Ibrahim",
/// "Tengku Zafrul Aziz"). "The Chairman, Tata Sons," and "The Manager,
/// Aston Villa," give none, and so does a name ending in an institution
/// word, though a given name opens it ("The Chief Medical Director, Aminu
/// Kano Teaching Hospital,", "Kwame Nkrumah Memorial Park").
#[cold]
#[inline(never)]
fn person_like(text: &str, a: Span, mentions: Ments<'_>, gaz: &Gazetteer) -> bool {
    let name = &text[a.0..a.1];
    // (Not every organization word: "Hall", "House", "Street" and
    // "Court" are surnames too.)
    let institution = name.split_sp().next_back().is_some_and(|w| {
        matches!(
            w,
            "Hospital"
                | "University"
                | "College"
                | "Polytechnic"
                | "School"
                | "Academy"
                | "Institute"
                | "Centre"
                | "Center"
                | "Foundation"
                | "Clinic"
                | "Museum"
                | "Library"
                | "Park"
                | "Memorial"
                | "Airport"
                | "Square"
                | "Stadium"
                | "Cathedral"
                | "Mosque"
        )
    });
    known_person(a, mentions, gaz) || !institution && name.split_sp().next().is_some_and(|w| {
        // (An initial opens a name too: "S Jaishankar", "J K Rowling".)
        gaz.opens_person_name(w)
            || matches!(w.strip_suffix('.').unwrap_or(w).as_bytes(), [c] if c.is_ascii_uppercase())
            || person_title(w)
            || matches!(
                w,
                "Alhaji" | "Alhaja" | "Maulana" | "Datuk" | "Dato'" | "Tengku"
            ) && word_tables::is_title_word(w)
    })
}

/// Whether the name in apposition `a` after the role phrase `t` may stand:
/// true unless [`apposition_name`] cut it before " of " or " at " (the
/// name placed by an institution: "The study's senior author, Maria
/// Gonzalez of Stanford University,"). A cut name stands only after a
/// lowercase person noun (the phrase's head: "author", "envoy", "A lawyer
/// for the family"; not "winery", "firm", "hotel") and when it reads as a
/// person's: the gazetteer knows it whole as a person, or a given name
/// (one of a known sex too: "Sofia") or a person's title opens it and none of its words is a role or organization noun.
/// So "The department's envoy, Assistant Secretary of State Ann Ruiz,",
/// "The county's top prosecutor, District Attorney of Harris County Sean
/// Teare," and "The winery, Chateau Margaux of Bordeaux," give no name.
#[cold]
#[inline(never)]
fn of_cut_person(
    t: &str,
    text: &str,
    a: Span,
    mentions: Ments<'_>,
    gaz: &Gazetteer,
    lx: &Lexicon,
) -> bool {
    let after = text.get(a.1..).unwrap_or("");
    if !(after.starts_with(" of ") || after.starts_with(" at ")) {
        return true;
    }
    // (The head: the word before the phrase's first "of", "for" or "at",
    // "A lawyer for the family", else its last word.)
    let mut head = "";
    for w in t.split_sp() {
        if matches!(w, "of" | "for" | "at") && !head.is_empty() {
            break;
        }
        head = w;
    }
    let person_head = head.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
        && lx.speaker_noun(head) == Some(NounType::Person);
    if !person_head {
        return false;
    }
    if known_person(a, mentions, gaz) {
        return true;
    }
    let name = &text[a.0..a.1];
    name.split_sp().next().is_some_and(|w| {
        gaz.opens_person_name(w) || gaz.gender_of_first_name(w).is_some() || person_title(w)
    }) && name
        .split_sp()
        .all(|w| person_title(w) || lx.speaker_noun(w).is_none())
}

/// Whether the gazetteer knows the name `a` whole as a person.
fn known_person(a: Span, mentions: Ments<'_>, gaz: &Gazetteer) -> bool {
    mentions_in(mentions, a)
        .iter()
        .any(|m| m.start == a.0 && m.end == a.1 && gaz.entity(m.entity).etype == EntityType::Person)
}

/// Whether the name in apposition `a` after the phrase `sp` counts as the
/// phrase's person: one closed by a comma does; one closed by the
/// sentence's stop, after an inverted tag (`"...," said the boy's uncle,
/// Ray Carter.`), only if it looks like a person's ([`person_like`]), the
/// phrase's head is no organization noun ("said the company's law firm,
/// Morgan Lewis.", "said the team, Georgia Tech.") and the gazetteer
/// finds no state in it, nor an organization that opens or ends it ("said
/// the club's coach, Grace Madrid." is none). A wrong name is worse than
/// none. (The gazetteer knows no American place: "said the town's mayor,
/// Virginia Beach." still gives the name.)
#[cold]
#[inline(never)]
fn stop_closed_person(
    text: &str,
    sp: Span,
    a: Span,
    mentions: Ments<'_>,
    gaz: &Gazetteer,
    lx: &Lexicon,
) -> bool {
    !text[a.1..].starts_with('.')
        || person_like(text, a, mentions, gaz)
            && lx.speaker_noun(head_word(&text[sp.0..sp.1], lx)) != Some(NounType::Organization)
            && mentions_in(mentions, a)
                .iter()
                .all(|m| match gaz.entity(m.entity).etype {
                    EntityType::Person => true,
                    EntityType::State => false,
                    // (Not a surname that is a company's too, inside the
                    // name: "Keisha Williams Brown".)
                    EntityType::Organization => m.start > a.0 && m.end < a.1,
                })
}

/// Whether the head `last` of the phrase `t` ending at byte `end` of
/// `text` is a person noun in capitals ("MP", "MLA", "MPP") that only
/// modifies the lowercase noun after the phrase ("According to the MLA
/// style guide", "the MP expenses row"): the next word is no cue, no
/// function word, no adverb or participle in "-ly"/"-ed"/"-ing" (an
/// "-ing" word before a lowercase noun is a gerund noun, the head: "the
/// MP housing allowance rules", [`participle`]), no reflexive and no
/// time word ("the MP representing Kingston", "the MP herself", "the MP
/// last week", "the MP yesterday"). A title before a
/// name or the head of its phrase ("the MLA said", "the MP for Kingston",
/// "the MLA, who") stays a person.
fn acronym_modifier(text: &str, end: usize, t: &str, last: &str, lx: &Lexicon) -> bool {
    // (Function words, and the words of time and of linking that follow a
    // whole phrase: "said the MP last week", "the MP, however".)
    const FUNCTION: &[&str] = &[
        "a",
        "after",
        "again",
        "also",
        "and",
        "an",
        "as",
        "at",
        "because",
        "before",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "earlier",
        "for",
        "from",
        "had",
        "has",
        "have",
        "however",
        "in",
        "is",
        "last",
        "later",
        "may",
        "might",
        "must",
        "next",
        "now",
        "of",
        "on",
        "or",
        "said",
        "should",
        "that",
        "the",
        "then",
        "this",
        "though",
        "to",
        "today",
        "tonight",
        "too",
        "was",
        "were",
        "when",
        "which",
        "while",
        "who",
        "whom",
        "whose",
        "will",
        "with",
        "would",
        "yesterday",
    ];
    if !(2..=4).contains(&last.len())
        || !last.bytes().all(|b| b.is_ascii_uppercase())
        || !t.ends_with(last)
    {
        return false;
    }
    let Some(rest) = text.get(end..).and_then(|r| r.strip_prefix(' ')) else {
        return false;
    };
    let n = rest
        .bytes()
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(rest.len());
    let w = &rest[..n];
    w.starts_with(|c: char| c.is_ascii_lowercase())
        && !FUNCTION.contains(&w)
        && !w.ends_with("ly")
        && !w.ends_with("ed")
        && !participle(w, &rest[n..], FUNCTION)
        && !w.ends_with("self")
        && !w.ends_with("selves")
        && lx.cue_word(w).is_none()
}

/// Whether `w` is a participle in "-ing", not a gerund noun that heads
/// the phrase: no lowercase noun follows in `after`, the text after it. A capital, a function word
/// (`function`), an object pronoun, an adverb in "-ly" or punctuation
/// follow a participle ("the MP representing Kingston", "speaking for",
/// "questioning the minister", "telling them"); a lowercase noun follows
/// a gerund noun ("the MP housing allowance", "the CEO hiring plan").
fn participle(w: &str, after: &str, function: &[&str]) -> bool {
    const OBJECTS: &[&str] = &["her", "him", "it", "its", "me", "them", "us", "you"];
    if !w.ends_with("ing") {
        return false;
    }
    let Some(rest) = after.strip_prefix(' ') else {
        return true;
    };
    let n = rest
        .bytes()
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(rest.len());
    let w = &rest[..n];
    // (A bare plural object that a comma, a stop or the text's end closes
    // is the participle's object, no noun the "-ing" word modifies: "the
    // MP leading negotiations, said", "said the CEO overseeing
    // operations." A singular one may be the head: "the CEO hiring plan,
    // 300 engineers will join".)
    let closed = || {
        w.ends_with('s')
            && !w.ends_with("ss")
            && matches!(
                rest.as_bytes().get(n),
                None | Some(b',' | b'.' | b';' | b':')
            )
    };
    !w.starts_with(|c: char| c.is_ascii_lowercase())
        || function.contains(&w)
        || OBJECTS.contains(&w)
        || w.ends_with("ly")
        || closed()
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
            let quote = quote_before(text, sp.0);
            if unnamed.is_some() || role_subject_before_quote(text, quote, lx) {
                r.stype = SpeakerType::Person;
            } else if let Some(c) = previous_subject(text, sp.0, false, g, mentions, cands, gaz, lx)
                .or_else(|| {
                    // After the quote it closes, the sentence before the
                    // quote: "Gary Tollefson disagreed. \"Not for
                    // children,\" he said." -> Gary Tollefson. (Not when
                    // the quote talks about a third person of the
                    // pronoun's gender: "Paul Grady lost his car. \"He had
                    // nothing left,\" he said." is not Grady. Asked only
                    // once a subject is found: most of these quotes have
                    // none, and the quote's words cost 1.3 M instructions
                    // a pass of train when asked first.)
                    let (_, open) = quote?;
                    previous_subject(text, open, true, g, mentions, cands, gaz, lx)
                        .filter(|_| !quote_names_third_person(text, open, g))
                })
            {
                match c {
                    Subject::One(c) => fill(&mut r, &c),
                    Subject::Several => r.stype = SpeakerType::Person,
                }
            } else if let Some(c) = pronoun_person(text, sp.0, cands, person) {
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
            // An organization that spoke in the sentence just before, as
            // its subject, before any name inside what it said ("The
            // automaker said the recall covers GMC Sierra trucks. It said";
            // "SNCF said it expected disruption. It said": no name, not
            // "France" of a radio's name before).
            // (One of unknown type keeps it: "The lawsuit contends ...
            // It goes on".)
            // One with no name of its own gives way to a name of its own
            // phrase or sentence, none inside what it said ("Ukraine's
            // air force said ... It said": Ukraine; "The report, released
            // by Amnesty International, said ... It said": Amnesty).
            match previous_sentence_speaker(text, sp, cands) {
                Some(PrevSpeaker::Is(prev)) => {
                    return Resolved {
                        from: usize::MAX,
                        ..prev.clone()
                    };
                }
                Some(PrevSpeaker::NoName(prev, psp, content)) => {
                    if let Some(c) = named_by_previous(text, (psp, content), sp, mentions, gaz) {
                        fill(&mut r, &c);
                        return r;
                    }
                    return Resolved {
                        from: usize::MAX,
                        ..prev.clone()
                    };
                }
                Some(PrevSpeaker::Coord) => return r,
                None => {}
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
    let rest_the = after_the(t);
    if let Some(rest) = rest_the {
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
    // (Only a name: a clause between it and the relative is no name's
    // ("Clinton released her tax returns on Friday, which showed ...":
    // the returns showed), nor is a person the gazetteer lists the
    // antecedent of "which". A name typed a person only by its shape may
    // be an organization: "reported by the Boston Globe, which said",
    // "rejected by Philip Morris, which said".)
    // (Not the agency's initials: "WHO said on Friday" names the World
    // Health Organization; but in all-capitals text "WHO" right after a
    // noun is the relative: "OFFICIAL WHO LEAKED THE MEMO SAYS".)
    if t.eq_ignore_ascii_case("who") && (t != "WHO" || caps_relative_who(text, sp))
        || t.eq_ignore_ascii_case("which")
    {
        let which = t.eq_ignore_ascii_case("which");
        if let Some(c) = cands.nearest_before(sp.0, |_| true) {
            let between = text.get(c.pos..sp.0).unwrap_or("");
            let name = between.trim_end().strip_suffix(',').unwrap_or(between);
            let person_which = which && c.stype == SpeakerType::Person && c.entity.is_some();
            if between.len() <= 48
                && !name.contains([',', ';', ':', '(', '"', '\n'])
                && !person_which
                && !clause_after_name(name)
            {
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
            let person_which = which
                && ar.stype == SpeakerType::Person
                && ar
                    .canonical
                    .as_deref()
                    .is_some_and(|c| gazetteer_person(gaz, c));
            if known && !person_which {
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
        rest_the.and_then(|rest| Some((rest, definite_org_in(text, sp.1 - rest.len(), sp.1, lx)?)))
    {
        let inside = mentions_in(mentions, sp);
        if inside.iter().all(|m| m.kind == AliasKind::Demonym) {
            let demonym = |w: &str| {
                inside
                    .iter()
                    .any(|m| m.kind == AliasKind::Demonym && &text[m.start..m.end] == w)
            };
            // "The carrier said", "the union said": the one airline or
            // union named before, else no name ("Delta Air Lines said ...
            // The carrier said").
            if kind.needs_one() {
                let one = match kind {
                    OrgKind::Team => one_team(text, sp.0, rest, cands, mentions, gaz),
                    _ => one_of_kind(text, sp.0, kind, cands, gaz, |_| true),
                };
                if let Some(c) = one {
                    fill(&mut r, c);
                } else {
                    r.stype = SpeakerType::Organization;
                }
                return r;
            }
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
            // (An industry noun, "the planemaker", is not the company
            // named before when another name unknown to the gazetteer
            // spoke since: "Boeing said ... Northwind Aero, a small plane
            // builder, said ... The planemaker said".)
            let industry = matches!(
                rest.rsplit_sp().next(),
                Some("planemaker" | "drugmaker" | "steelmaker" | "broadcaster")
            );
            let unknown_since = |c: &Cand| {
                cands.added.range(c.pos + 1, sp.0).any(|o| {
                    o.entity.is_none() && !o.canonical.is_empty() && o.canonical != c.canonical
                })
            };
            if let Some(c) = last.filter(|c| kind.fits(c, gaz) && named(c)) {
                // (Nor "the group" past another group introduced since:
                // [`other_group_since`].)
                let other_group = kind == OrgKind::Group
                    && rest.rsplit_sp().next().is_some_and(|noun| {
                        other_group_since(text, c.pos, sp.0, noun)
                            || unknown_name_since(c, sp.0, cands, gaz)
                    });
                if industry && unknown_since(c) || other_group {
                    r.stype = SpeakerType::Organization;
                    return r;
                }
                fill(&mut r, c);
                return r;
            }
        }
    }
    // "the New York Democrat", "the Lima Republican": a party member
    // named by home and party is the politician named just before
    // ([`party_member`]).
    if let Some(rest) = rest_the.filter(|r| r.ends_with("Democrat") || r.ends_with("Republican")) {
        if let Some(c) = party_member(text, sp, rest, cands, gaz, lx) {
            fill(&mut r, c);
            return r;
        }
    }
    // "the French leader", "the Israeli leader": a demonym before a
    // leader noun is the one person of the article who led that country
    // ([`demonym_leader`]); none when two did or none did.
    if let Some(rest) = rest_the.filter(|r| r.ends_with(" leader")) {
        if let Some((name, country)) = demonym_leader(sp, rest, mentions, cands, gaz) {
            r.stype = SpeakerType::Person;
            r.canonical = name;
            r.country = Some(Cow::Borrowed(country));
            return r;
        }
    }
    // "the chancellor", "the 88-year-old pontiff", "the senator": a
    // definite role noun is the nearest person named before it with that
    // title ("German Chancellor Olaf Scholz ... The chancellor said").
    if let Some(rest) = rest_the {
        if let Some(c) = titled_antecedent(text, sp.0, rest, cands) {
            fill(&mut r, c);
            return r;
        }
    }
    // "The quarterback said", "the singer wrote", "the 34-year-old
    // added": a noun that describes a person, or an age, is the person
    // named just before, as a pronoun is ([`described_person`]).
    if let Some(rest) = rest_the {
        // (The phrase's demonym gives the person's country when the
        // name has none: "The Colombian singer".)
        let demonym = mentions_in(mentions, sp)
            .iter()
            .find(|m| m.kind == AliasKind::Demonym)
            .and_then(|m| gaz.entity(m.entity).country.as_deref());
        let found = described_person(text, sp, rest, demonym, mentions, cands, lx, gaz);
        // Else a person introduced with the phrase's role word ("GM
        // spokeswoman Kelly Brown ... the spokeswoman said"), unless a name
        // follows in apposition ("The party chairman, Kelly Armstrong,").
        let introduced = || {
            // (One closed by the sentence's stop only if the gazetteer
            // knows it whole as a person: "said the spokeswoman, Detroit
            // Lions." and "said the coach, Georgia Tech." leave the one
            // introduced, as a given name opens "Georgia Tech" and the
            // gazetteer knows no "Georgia"; [`known_person`].)
            if text[sp.1..].starts_with(", ")
                && apposition_name(text, sp.1).is_some_and(|a| {
                    !text[a.1..].starts_with('.') || known_person(a, mentions, gaz)
                })
            {
                return None;
            }
            // (Nor one the text calls unnamed: "The officer, who has not
            // been named, said", "who asked not to be named", "who was not
            // identified".)
            if called_unnamed(&text[sp.1..]) {
                return None;
            }
            role_word_antecedent(text, sp.0, rest, cands, lx)
        };
        if let Some(c) = found.flatten().or_else(introduced) {
            fill(&mut r, c);
            if r.country.is_none() {
                r.country = demonym.map(Cow::Borrowed);
            }
            return r;
        }
        // "Acme Chief Executive Harold Quenby ... the chief executive
        // said": the one holder of the office the text introduced, though
        // the gazetteer does not list the person with it
        // ([`holders::cached_office_holder`]); not before a name in apposition
        // ("The chief executive, Tim Cook, said", "the chief executive,
        // Lena Ortiz of Globex, said": a capital after the comma) nor
        // before a clause calling the person unnamed.
        let appositive = || {
            let after = &text[sp.1..];
            after.starts_with(", ")
                && (apposition_name(text, sp.1).is_some()
                    || after[2..].starts_with(|c: char| c.is_uppercase()))
                || called_unnamed(after)
        };
        // (The cheap test of the phrase's head first: most role phrases
        // have none a holder may have.)
        let head = holders::holder_head(rest, lx).filter(|_| !appositive());
        if let Some(head) = head {
            if let Some(n) =
                holders::cached_office_holder(text, sp.0, rest, head, lx, &cands.holders)
            {
                let at = cands.base.partition_point(|c| c.pos < n.0);
                match cands.base.get(at).filter(|c| {
                    c.pos == n.0 && c.stype == SpeakerType::Person && !c.canonical.is_empty()
                }) {
                    Some(c) => fill(&mut r, c),
                    None => {
                        r.stype = SpeakerType::Person;
                        // (One space between the words: "Harold  Quenby",
                        // "Harold\nQuenby" -> "Harold Quenby".)
                        let name = &text[n.0..n.1];
                        let spaced = !name.contains(|c: char| c != ' ' && c.is_whitespace())
                            && !name.contains("  ");
                        r.canonical = Some(joined_words(name, spaced));
                    }
                }
                if r.country.is_none() {
                    r.country = demonym.map(Cow::Borrowed);
                }
                return r;
            }
        }
        if found.is_some() {
            r.stype = SpeakerType::Person;
            if r.country.is_none() {
                r.country = demonym.map(Cow::Borrowed);
            }
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
    // (A title in capitals counts too, as British, Irish, Indian and
    // Commonwealth copy writes it: "The Finance Minister, Nirmala
    // Sitharaman,", "The Mayor of London, Sadiq Khan,", "The Conservative
    // MP for Wycombe, Steve Baker,"; [`title_word`].)
    // A role noun before "of", "for" or "at", in one walk: `Some(false)`
    // for a lowercase person noun (the head main took: "The mayor of
    // Springfield"), else `Some(true)` for a capitalized title ("The Mayor
    // of London").
    let role_of = || {
        let mut prev = "";
        let mut cap = None;
        for w in t.split_sp() {
            if matches!(w, "of" | "for" | "at") {
                if prev.starts_with(|c: char| c.is_ascii_lowercase())
                    && lx.speaker_noun(prev) == Some(NounType::Person)
                {
                    return Some(false);
                }
                if cap.is_none() && title_word(prev, lx) {
                    cap = Some(true);
                }
            }
            prev = w;
        }
        cap
    };
    // (Only a phrase that ", " follows can have a name in apposition
    // ([`apposition_name`]'s first test, made first here: the tests of the
    // phrase's words cost about 160 instructions a phrase, and few phrases
    // are followed by a comma.)
    // (A capitalized title, the path main had not, takes only a name that
    // looks like a person's: one the gazetteer knows as a person, or
    // opened by a title of names or a given name
    // ([`Gazetteer::opens_person_name`]): "The Chairman, Tata Sons,", "The
    // Mayor, Milton Keynes," are no person; some names the lists do not
    // know fall back to none, as a wrong name is worse.)
    // (Not a titled name after a person noun that is the object of "of",
    // "for" or "to" after the head, the test [`object_start`] gives "A
    // spokesman for Prime Minister Rishi Sunak": the title is the
    // object's, and so is the name, not the speaker's: "The wife of the
    // governor, then-Gov. Rick Perry, said", "A spokesman for the senator,
    // Sen. Bob Kerrey, said", "An aide to the mayor, former Mayor Eric
    // Adams,". An untitled name may be the speaker's: "A spokesman for the
    // governor, John Wells, said" is left as it was.)
    // (Asked after the test of the phrase's last word below; the word
    // after the comma found by a walk over its bytes, as `split_once`
    // would give it, with no searcher set up.)
    let person_object = || {
        let after = &text[sp.1 + 2..];
        after.bytes().position(|b| b == b' ').is_some_and(|e| {
            let w = &after[..e];
            w.starts_with(|c: char| c.is_ascii_lowercase())
                || w.len() > 2 && w.ends_with('.')
                || title_word(w, lx)
        }) && t.rsplit_sp().next().is_some_and(|w| {
            w.bytes().all(|b| b.is_ascii_lowercase())
                && lx.speaker_noun(w) == Some(NounType::Person)
        }) && object_start(t)
            .and_then(|o| t.get(o..))
            .is_some_and(|r| r.starts_with("of ") || r.starts_with("for ") || r.starts_with("to "))
    };
    let mut capital = false;
    if text[sp.1..].starts_with(", ")
        && (t.rsplit_sp().next().is_some_and(|w| {
            w.bytes().all(|b| b.is_ascii_lowercase())
                || title_word(w, lx) && {
                    capital = !w.bytes().all(|b| b.is_ascii_uppercase() || b == b's');
                    true
                }
        }) || role_of().is_some_and(|c| {
            capital = c;
            true
        }))
        && !person_object()
    {
        // (Or after a role noun: "The paper's lead author, ecologist Anja
        // Berger, said"; [`role_apposition_name`].)
        // (A name cut before "of"/"at" only after a person noun and when
        // it reads as a person's: [`of_cut_person`].)
        let cut_ok = |a: &Span| of_cut_person(t, text, *a, mentions, gaz, lx);
        let appos = apposition_name(text, sp.1)
            .filter(cut_ok)
            .or_else(|| role_apposition_name(text, sp.1, lx).filter(cut_ok));
        // (Not a name inside the draft's own content, its subject: "According
        // to the police, John Smith, 45, was arrested", "According to
        // witnesses, Maria Lopez, a teacher, ran"; the rule that found the
        // source strips the source's own name from the content, so the
        // name follows its one test.)
        let appos = appos.filter(|a| !(cands.content.0 <= a.0 && a.0 < cands.content.1));
        // A region or state in apposition ("The Mayor of Lviv, Western
        // Ukraine, said", "The Mayor of Wellington, New Zealand, said"): a
        // person with no name, not the title's object.
        if appos.is_some_and(|a| {
            region_name(&text[a.0..a.1])
                || mentions_in(mentions, a).iter().any(|m| {
                    m.start == a.0
                        && m.end == a.1
                        && gaz.entity(m.entity).etype == EntityType::State
                })
        }) {
            r.stype = SpeakerType::Person;
            return r;
        }
        // (A name the gazetteer does not know and that does not look like a
        // person's leaves the person unnamed, not the title's object: "The
        // Mayor of Kyiv, Vitali Klitschko," gives no name, not "Kyiv".)
        if let Some(a) = appos.filter(|&a| capital && !person_like(text, a, mentions, gaz)) {
            if mentions_in(mentions, a).is_empty() {
                r.stype = SpeakerType::Person;
                return r;
            }
        } else if let Some(a) = appos.filter(|&a| {
            // (A name closed by the sentence's stop, after an inverted
            // tag, only if it counts as a person's: `"...," said the
            // club's manager, Manchester United.` is no person;
            // [`stop_closed_person`].)
            stop_closed_person(text, sp, a, mentions, gaz, lx)
        }) {
            let ar = resolve_one(text, a, mentions, cands, gaz, lx, date);
            // (A state or region was left above, [`region_name`].)
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
    // (Or the object of a capitalized plural head: "Lawyers for Donald
    // Trump said" is the lawyers; [`plural_head_object`].)
    let plural_object = object_at.is_none();
    let object_at = object_at
        .or_else(|| antecedents::plural_head_object(t, || cands.ends_capitalized(text, sp), lx));
    let plural_object = plural_object && object_at.is_some();
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
            && !name_before_person_noun(text, m.end, sp.1, lx)
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
                        && e.country.as_deref().is_some_and(national_code)
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
                .and_then(|n| office_free_name(t, n, lx, gaz))
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
            // (Not the object of a title: "The President of France", "the
            // President of the United States" name no one;
            // [`title_object`].)
            let own = || {
                affiliated_person(t, sp, inside, lx)
                    .or_else(|| cands.person_name(sp, t))
                    .and_then(|n| office_free_name(t, n, lx, gaz))
            };
            let full = own().filter(|n| n.contains(' '));
            let surname = |n: &str| n.rsplit_sp().next().unwrap_or(n).to_lowercase();
            r.canonical = match (full, pick) {
                (Some(f), Some(p)) if surname(&f) == surname(&p) => Some(p),
                (Some(f), _) => Some(f),
                (None, p) => p.or_else(|| {
                    cands
                        .person_name(sp, t)
                        .and_then(|n| office_free_name(t, n, lx, gaz))
                }),
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
        // (Not a capital after a name word of its own: "Real Madrid",
        // "Lazio Rome", "CSKA Moscow" are clubs, not the state;
        // [`club_before_capital`].)
        // (Nor an organization or state after a courtesy title: "Mr.
        // Bloomberg", "Ms. Jordan", "Mr Dell" are people, whose surname
        // the gazetteer knows as a name of something else;
        // [`courtesy_titled`].)
        let name_only = || !person_noun_after(text, m.end, sp.1, lx);
        let covers = m.end - m.start + 6 >= sp.1 - sp.0
            && !(m.kind == AliasKind::Metonym && club_before_capital(&text[sp.0..m.start]))
            && !courtesy_titled(&text[sp.0..m.start])
            // (Nor a name before a person noun that ends the phrase: "The
            // U.N. chief", "the EU envoy", "The WHO head" are a person of
            // the organization, as "The NATO chief" is; [`person_noun_after`].)
            && name_only()
            // (Nor a name before an outsider or a thing noun: "Twitter
            // users", "Apple users"; [`outsider_use`].)
            && !outsider_use(text, m, sp, gaz);
        if covers || m.kind == AliasKind::Government || named_after_org_noun(text, sp, m, gaz, lx) {
            // An acronym the article defines as another name is that name
            // ("the Rapid Support Forces (RSF) ... The RSF said" is not
            // Reporters Without Borders; [`own_acronym`]).
            if let Some(own) = own_acronym(text, t, m, cands, gaz) {
                r.canonical = Some(own);
                r.stype = SpeakerType::Organization;
                return r;
            }
            fill(&mut r, &c);
            return r;
        }
    }
    // A newspaper named as a speaker ("The Chronicle said", "The Gazette
    // confirmed", "the San Francisco Chronicle reported") is the paper, an
    // organization, not a person named "Chronicle"
    // ([`paper_name`](super::word_lists::paper_name)); a short name is
    // the paper named before in full when the article has it. (Before the
    // surnames: "The Globe" is no person "Globe" the article introduced.)
    if let Some(name) = paper_speaker(t, lx) {
        r.stype = SpeakerType::Organization;
        if name.contains(' ') {
            r.canonical = Some(Cow::Borrowed(name));
            // (The country of a place the gazetteer finds in the name, as
            // for any organization's name below: "The Washington Times".)
            if let Some(m) = inside.iter().find(|m| !cut_short(text, mentions, m, sp)) {
                r.country = gaz.entity(m.entity).country.as_deref().map(Cow::Borrowed);
            }
        } else if let Some(c) = cands.nearest_before(sp.0, |c| short_form_of(c, name)) {
            fill(&mut r, c);
        }
        return r;
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
            .last()
            .is_some_and(|w| first_char_is(w, char::is_uppercase))
        && words.iter().all(|w| first_char_is(w, char::is_alphabetic))
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
            if let Some(name) =
                introduced_name(text, sp.0, w, &|f| gaz.is_given_name(f), &|a, b| {
                    gaz.same_given_name(a, b)
                })
            {
                r.canonical = Some(Cow::Owned(name));
                r.stype = SpeakerType::Person;
                return r;
            }
            // "Mao Ning said ... Mao said": a Chinese or Korean name that
            // starts with the family name, after any name ending with it.
            if let Some(c) = cands.by_first_family(&surname) {
                fill(&mut r, c);
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
                NounType::Organization if !org_sense(&t.to_lowercase(), t) => SpeakerType::Unknown,
                NounType::Organization => SpeakerType::Organization,
                NounType::Document => SpeakerType::Unknown,
            };
            return r;
        }
    }
    // A person whose surname is an organization word ("Rep. Harold
    // Forces", "Leslie Command said she ..."): not the organization the
    // last word would make the phrase ([`person_of_org_surname`]).
    // (Whether the last word is an organization word, asked once: the
    // surname test here and `role_before_name` below both need one.)
    let last_org = last_org_word(t);
    if let Some(name) = last_org.then(|| person_of_org_surname(t, gaz)).flatten() {
        r.canonical = Some(Cow::Borrowed(name));
        r.stype = SpeakerType::Person;
        return r;
    }
    if let Some(name) = affiliated_person(t, sp, inside, lx).or_else(|| cands.person_name(sp, t)) {
        // (Not a name inside the object of a plural head: "Lawyers for
        // Sen. Bob Menendez" are the lawyers.)
        if plural_object && object_at.is_some_and(|o| !t[..o].contains(name.as_ref())) {
            r.stype = SpeakerType::Person;
            return r;
        }
        // A name that is the object of a capitalized title's "of", "for"
        // or "at" is the office's place or body, not the holder's name:
        // "The Mayor of Lviv", "the Governor of Kherson", "Chief Executive
        // of Barclays" are a person left unnamed ([`title_object`]).
        // (An object that runs into the name counts when a given name
        // follows it or the name is one word, the object's last ("The
        // Minister of State for Foreign Affairs"); else the name found
        // stays, "Minister for Railways Anil Deshmukh"
        // ([`object_runs_into_name`]).)
        let of_title = title_object(t, &name, lx);
        let run = !of_title && object_runs_into_name(t, &name, lx, gaz);
        let run_tail = run.then(|| name_after_object(t, &name, gaz)).flatten();
        let object = of_title || run && (run_tail.is_some() || !name.contains(' '));
        if object || role_words_name(t, &name, gaz) {
            r.stype = SpeakerType::Person;
            // The name before such a title in apposition is the person:
            // "Filippo Grandi, the U.N. High Commissioner for Refugees".
            // (Or the words after the office's: a given name after the
            // title's object, "Chairman of the Federal Reserve Jerome
            // Powell" ([`name_after_title_object`]); the words past a
            // listed office's, "Minister for Foreign Affairs Penny Wong"
            // ([`name_after_role`]).)
            r.canonical = t
                .split_once(", ")
                .and_then(|(lead, _)| person_name(lead).filter(|n| n.as_ref() == lead))
                .or_else(|| {
                    if object && run {
                        run_tail
                    } else if object {
                        name_after_title_object(t, &name, gaz)
                    } else {
                        name_after_role(t, &name, gaz)
                    }
                    .map(Cow::Borrowed)
                });
            return r;
        }
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
        // A person named after the organization that opens the phrase and
        // a title has its country ("Real Madrid president Florentino
        // Perez", "Air France chief executive Anne Rigail"), as "A Toyota
        // spokesman" has ([`org_title_country`]).
        if !org && r.country.is_none() {
            r.country = org_title_country(text, sp, t, &name, inside, lx, gaz).map(Cow::Borrowed);
        }
        r.canonical = Some(job_word_free(name, lx, gaz));
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
    // A person's name after a role noun is the person's, though its
    // surname is an organization word ("Team spokesman Rick Hall", "police
    // spokeswoman Amy Church"; [`role_before_name`]).
    if let Some(name) = last_org.then(|| role_before_name(t, gaz, lx)).flatten() {
        r.canonical = Some(Cow::Borrowed(name));
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
    } || org_of_capitals_phrase(t);
    r.stype = match lx.speaker_noun(&head) {
        // (A capitalized title before the organization: "The Governor of
        // the Central Bank", "The Speaker of Parliament" are a person with
        // no name; [`title_before_object`].)
        _ if title_before_object(t, lx) => SpeakerType::Person,
        _ if org_name_end => SpeakerType::Organization,
        // (Not a person noun in capitals that modifies the noun after the
        // phrase: "According to the MLA style guide"; [`acronym_modifier`].)
        Some(NounType::Person) if acronym_modifier(text, sp.1, t, last, lx) => SpeakerType::Unknown,
        Some(NounType::Person) => SpeakerType::Person,
        // (A hyphenated title: "The Attorney-General", "the
        // Secretary-General"; [`hyphenated_title`].)
        None if last.as_bytes().contains(&b'-') && title_word(last, lx) => SpeakerType::Person,
        Some(NounType::Organization) if !org_sense(&head, t) => SpeakerType::Unknown,
        Some(NounType::Organization) => SpeakerType::Organization,
        // (Not a lowercase plural head after the organization's name, its
        // members: "Democratic Forces for the Liberation of Rwanda
        // fighters"; a document noun keeps the organization: "Federal
        // Election Commission filings".)
        Some(NounType::Document) if words_of(t).any(is_org_word) => SpeakerType::Organization,
        // (No second scan of the words for a document noun: the arm below
        // would find no organization word either.)
        Some(NounType::Document) => SpeakerType::Unknown,
        _ if words_of(t).any(is_org_word) && !lower_plural_head(t, last) => {
            SpeakerType::Organization
        }
        _ => SpeakerType::Unknown,
    };
    // An acronym the gazetteer lacks that the article defined is the
    // organization it stands for: "the Syrian Democratic Forces (SDF)"
    // then "The SDF said" ([`Cands::defined_acronym`]).
    if r.stype == SpeakerType::Unknown {
        let bare = after_the(t).unwrap_or(t);
        if is_acronym(bare) {
            if let Some((name, _)) = cands.defined_acronym(text, gaz, sp.0, bare) {
                r.canonical = Some(Cow::Borrowed(name));
                r.stype = SpeakerType::Organization;
                return r;
            }
        }
    }
    // An organization's name the gazetteer lacks is its own canonical name
    // ("Nordwerk AG", "the Harbor Institute"), an antecedent of "it".
    if r.stype == SpeakerType::Organization {
        r.canonical = org_name(t, lx).map(Cow::Borrowed);
        // A short form of an organization named before ("The Post" after
        // "The Washington Post", "the Times") is that organization.
        if r.canonical.is_none() {
            if let Some(short) = after_the(t)
                .filter(|w| !w.contains(' ') && w.starts_with(|c: char| c.is_uppercase()))
            {
                if let Some(c) = cands.nearest_before(sp.0, |c| short_form_of(c, short)) {
                    fill(&mut r, c);
                    return r;
                }
            }
        }
    }
    // (Not from a name cut short by "and": "The Department of Health and
    // Human Services" holds "Department of Health", a British body.)
    // (Nor from a name that is no organization of the speaker's: "Twitter
    // users", "another Twitter user", "some on Twitter"; [`outsider_use`].)
    if let Some(m) = inside.iter().find(|m| !cut_short(text, mentions, m, sp)) {
        if !outsider_use(text, m, sp, gaz) {
            r.country = gaz.entity(m.entity).country.as_deref().map(Cow::Borrowed);
        }
    }
    r
}

/// The country of the organization that opens the speaker phrase `sp`
/// (`t` its text; after "the" at most) when only title words stand
/// between it and the person's `name` that ends the phrase: ESP for "Real
/// Madrid president Florentino Perez", FRA for "Air France chief executive
/// Anne Rigail". None for an international body (country "ZZ"), a demonym,
/// an organization later in the phrase ("Former Real Madrid president"
/// opens with no organization) or words other than titles between ("Real
/// Madrid fan Ana Ruiz", [`OUTSIDERS`]; "Real Madrid and Barcelona
/// president ...").
fn org_title_country<'g>(
    text: &str,
    sp: Span,
    t: &str,
    name: &str,
    inside: &[Mention],
    lx: &Lexicon,
    gaz: &'g Gazetteer,
) -> Option<&'g str> {
    let m = inside.first()?;
    if m.kind == AliasKind::Demonym || !matches!(text.get(sp.0..m.start)?, "" | "the " | "The ") {
        return None;
    }
    let e = gaz.entity(m.entity);
    if e.etype != EntityType::Organization {
        return None;
    }
    // (A team's players and coaches are often foreign, "Real Madrid coach
    // Carlo Ancelotti": only its officers take its country.)
    let team = e.subtype == "team";
    let country = e.country.as_deref().filter(|c| national_code(c))?;
    let lead = t.strip_suffix(name)?;
    let between = text.get(m.end..sp.0 + lead.len())?.trim();
    // (Not one outside it: "Real Madrid supporter", "Air France
    // passenger".)
    let outside = |w: &str| {
        OUTSIDERS
            .iter()
            .any(|o| w.strip_prefix(o).is_some_and(|s| s.is_empty() || s == "s"))
    };
    let mut words = between.split_sp().peekable();
    words.peek()?;
    words
        .all(|w| title_word(w, lx) && !outside(w) && !(team && TEAM_ROLES.contains(&w)))
        .then_some(country)
}

/// Whether a gazetteer country `c` is one state's ISO3 code: not the
/// "ZZ" of an international body, nor an empty one.
fn national_code(c: &str) -> bool {
    c.len() == 3
}

/// Words of a team's players and coaches ([`org_title_country`]).
const TEAM_ROLES: &[&str] = &[
    "coach",
    "manager",
    "boss",
    "player",
    "captain",
    "striker",
    "forward",
    "midfielder",
    "defender",
    "goalkeeper",
    "winger",
    "guard",
    "center",
    "quarterback",
    "pitcher",
    "outfielder",
    "star",
];

/// Person nouns of someone outside an organization named before them
/// ([`org_title_country`], [`outsider_use`]): "Real Madrid fan", "Air
/// France passenger", "Twitter users", "Netflix subscribers".
const OUTSIDERS: &[&str] = &[
    "fan",
    "supporter",
    "critic",
    "rival",
    "opponent",
    "customer",
    "client",
    "passenger",
    "victim",
    "user",
    "subscriber",
    "follower",
    "viewer",
    "shopper",
    "shareholder",
];

/// Nouns of a thing on or of a company named before them, not its voice
/// ([`outsider_use`]): "the school's Facebook post", "his LinkedIn page",
/// "a YouTube video".
const ORG_THINGS: &[&str] = &["page", "post", "account", "feed", "video", "ad", "profile"];

/// Whether the mention `m` inside the speaker phrase `sp` names no
/// organization of the speaker's, neither the speaker nor its country:
/// a modifier of an outsider or a thing ("Twitter users", "another
/// Twitter user", "Apple customers", "Yildirim's LinkedIn page";
/// [`OUTSIDERS`], [`ORG_THINGS`]), a company a person is on ("some on
/// Twitter"), a name used as a verb before its object ("curious enough to
/// Google him").
fn outsider_use(text: &str, m: &Mention, sp: Span, gaz: &Gazetteer) -> bool {
    // (Only an organization's name: "a German user", "a U.S. customer"
    // keep their country.)
    let e = gaz.entity(m.entity);
    if e.etype != EntityType::Organization || m.kind == AliasKind::Demonym {
        return false;
    }
    // (A medium's post or account is its own voice: "an Associated Press
    // account", "a CNN video".)
    let company = e.subtype == "company";
    let next = text
        .get(m.end..sp.1)
        .and_then(|r| r.strip_prefix(' '))
        .and_then(|r| r.split(' ').next())
        .filter(|w| w.starts_with(|c: char| c.is_ascii_lowercase()));
    if let Some(w) = next {
        let one = w.strip_suffix('s').unwrap_or(w);
        if OUTSIDERS.contains(&one)
            || company && ORG_THINGS.contains(&one)
            || matches!(w, "him" | "her" | "them" | "me" | "us")
        {
            return true;
        }
    }
    m.start >= sp.0 + 3 && text.get(..m.start).is_some_and(|b| b.ends_with(" on ")) && company
}

/// The newspaper's name a speaker phrase `t` is
/// ([`paper_name`](super::word_lists::paper_name)), unless a word before
/// the paper word is a title or person noun ([`title_word`]): "The Chief
/// Medical Examiner said" is an official, a person, as "The Chronicle" and
/// "the San Francisco Examiner" are papers.
fn paper_speaker<'t>(t: &'t str, lx: &Lexicon) -> Option<&'t str> {
    let name = super::word_lists::paper_name(t)?;
    let before = name.rsplit_once(' ').map_or("", |(b, _)| b);
    (!before
        .split(' ')
        .any(|w| !w.is_empty() && title_word(w, lx)))
    .then_some(name)
}

/// Whether `short`, one word after "the", is the last word of the
/// candidate `c`'s name, an organization's: "Post" of "The Washington
/// Post", "Chronicle" of "San Francisco Chronicle".
fn short_form_of(c: &Cand, short: &str) -> bool {
    c.stype == SpeakerType::Organization
        && c.canonical.len() > short.len()
        && c.canonical.ends_with(short)
        && c.canonical[..c.canonical.len() - short.len()].ends_with(' ')
}

/// Whether `last`, the head word of the phrase `t`, ends it as a
/// lowercase plural ("fighters", "loyalists", no speaker noun): the
/// people of an organization named before it, not the organization.
fn lower_plural_head(t: &str, last: &str) -> bool {
    last.len() > 3
        && last.ends_with('s')
        && last.bytes().all(|b| b.is_ascii_lowercase())
        && t.ends_with(last)
}

/// Whether the last word of `t` (after its last space; none when it has
/// no space) is an organization word ([`is_org_word`]): the first test of
/// [`person_of_org_surname`] and of [`role_before_name`], which
/// `resolve_one` asks once for both.
#[inline]
fn last_org_word(t: &str) -> bool {
    // (`last_space`, not `rsplit_once`: its eight bytes at a time from the
    // end, where `rsplit_once` paid `memrchr`'s call for every phrase,
    // about 1 M instructions a pass of train.)
    last_space(t.as_bytes()).is_some_and(|i| is_org_word(&t[i + 1..]))
}

/// The name of a person whose surname is an organization word
/// ([`is_org_word`]), in a phrase of no other words than person titles
/// before the name: "Rep. Harold Forces" -> "Harold Forces" (one or more
/// titles of [`person_title`] open it), "Leslie Command" (the words before
/// the surname are given names, [`Gazetteer::given_name_before_surname`]).
/// `None` for any other phrase: "U.S. Central Command", "the Marine
/// Corps", "Gen. Staff", "Mr. Trump's Council". Asked only once the
/// phrase's last word is an organization word ([`last_org_word`]; few
/// phrases).
#[cold]
#[inline(never)]
fn person_of_org_surname<'t>(t: &'t str, gaz: &Gazetteer) -> Option<&'t str> {
    let mut few = [""; 6];
    let mut n = 0;
    for w in words_of(t) {
        *few.get_mut(n)? = w;
        n += 1;
    }
    let words = &few[..n];
    let titles = words.iter().take_while(|w| person_title(w)).count();
    let name = &words[titles..];
    let plain = |w: &&str| {
        w.starts_with(|c: char| c.is_uppercase())
            && w.chars().skip(1).all(|c| c.is_lowercase() || c == '-')
            && !is_org_word(w)
            && !is_title_word(w)
    };
    let firsts = &name[..name.len().saturating_sub(1)];
    let person = (2..=3).contains(&name.len())
        && firsts.iter().all(plain)
        && (titles > 0 || firsts.iter().all(|w| gaz.given_name_before_surname(w)));
    person.then(|| &t[name[0].as_ptr() as usize - t.as_ptr() as usize..])
}

/// Whether `before`, the words of a speaker phrase before a name, are a
/// courtesy title alone ("Mr. ", "Mrs ", "Ms. ", "Dr. ", "Miss "): the
/// name after it is a person's surname, whatever else the gazetteer calls
/// it ("Mr. Bloomberg", "Ms. Jordan", "Mr Ford").
fn courtesy_titled(before: &str) -> bool {
    let Some(w) = before.strip_suffix(' ') else {
        return false;
    };
    let w = w.strip_suffix('.').unwrap_or(w);
    w == "Miss" || crate::gazetteer::COURTESY_TITLES.contains(&w)
}

/// Whether `w` is a title that only a person's name follows: a courtesy
/// title ("Mr", "Dr") or an abbreviated title of [`is_title_word`]
/// ("Rep.", "Sen.", "Gen.", "Sgt."), not "U.S.".
fn person_title(w: &str) -> bool {
    crate::gazetteer::COURTESY_TITLES.contains(&w)
        || w.ends_with('.') && w != "U.S." && is_title_word(w)
}

/// Whether `head`, the lowercase head noun of speaker phrase `t` and an
/// organization noun of `speaker_nouns.csv`, names an organization in
/// this phrase. "streamer" is a company ("The streamer said it had
/// renewed ...") or a person ("The streamer said she had been banned"),
/// so neither; "label" is a record label only as "record label" or
/// "X's label" ("Kendrick Lamar's label"), not "The label on the
/// bottle", "The warning label". Every other organization noun does.
fn org_sense(head: &str, t: &str) -> bool {
    match head {
        "streamer" | "streamers" => false,
        "label" => ["record label", "'s label", "\u{2019}s label"]
            .iter()
            .any(|p| t.contains(p)),
        _ => true,
    }
}

#[cfg(test)]
mod tests;
