//! Speaker resolution: pronouns to the nearest compatible earlier entity,
//! role phrases to office holders (by date, or by a named holder in the
//! article), metonyms to their state, surnames to the full name used in the
//! article, continuation quotes to the speaker they continue.

use std::borrow::Cow;

use rustc_hash::FxHashMap as HashMap;

use super::{Draft, Resolved};
use crate::gazetteer::{AliasKind, EntityType, Gazetteer, Gender, Mention};
use crate::lexicon::{Lexicon, NounType};
use crate::model::SpeakerType;
use crate::text::segment::Span;

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
    "the",
    "The",
    "of",
];

const ORG_WORDS: &[&str] = &[
    "Department",
    "Ministry",
    "Committee",
    "Party",
    "Inc.",
    "Inc",
    "Corp.",
    "Corp",
    "Co.",
    "LLC",
    "Ltd",
    "Ltd.",
    "Group",
    "Association",
    "Council",
    "Commission",
    "Agency",
    "Office",
    "Bureau",
    "Institute",
    "University",
    "Foundation",
    "Center",
    "Centre",
    "Campaign",
    "Company",
    "Bank",
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
];

/// A set of words, hashed: the word lists above are tested for every word
/// of every speaker phrase.
type WordTable = rustc_hash::FxHashSet<&'static str>;

/// Whether `w` is one of [`TITLE_WORDS`] (case-sensitive).
fn is_title_word(w: &str) -> bool {
    static SET: std::sync::OnceLock<WordTable> = std::sync::OnceLock::new();
    SET.get_or_init(|| TITLE_WORDS.iter().copied().collect())
        .contains(w)
}

/// Whether `w` is one of [`ORG_WORDS`] (case-sensitive).
fn is_org_word(w: &str) -> bool {
    static SET: std::sync::OnceLock<WordTable> = std::sync::OnceLock::new();
    SET.get_or_init(|| ORG_WORDS.iter().copied().collect())
        .contains(w)
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
    /// Speakers resolved so far, by (position, sequence).
    added: std::collections::BTreeMap<(usize, usize), Cand<'g>>,
    /// Lowercase last word of multi-word person names -> those names, in
    /// document order (base first).
    by_last: HashMap<String, Vec<Cand<'g>>>,
    /// Distinct gazetteer people named in the document.
    people: Vec<(Cow<'g, str>, usize)>,
    /// The entities of `people`.
    people_set: rustc_hash::FxHashSet<usize>,
    /// Scratch buffer for `by_last` keys.
    key_buf: String,
    /// The state of the dateline's place ("LONDON -" -> GBR), for role
    /// phrases that name no country ("the Prime Minister").
    dateline_country: Option<String>,
}

/// How far back a pronoun looks for its antecedent, in candidates.
const PRONOUN_WINDOW: usize = 400;

impl<'g> Cands<'g> {
    fn index_person(&mut self, c: &Cand<'g>) {
        if c.stype != SpeakerType::Person {
            return;
        }
        // (Lowercasing never adds or removes a space, so the last word of
        // the lowercase name is the lowercase last word.)
        if let Some((_, last)) = c.canonical.rsplit_once(' ') {
            // The key is lowercased into a reused buffer; most surnames
            // are known already, so only a new one allocates.
            let key = &mut self.key_buf;
            key.clear();
            if last.is_ascii() {
                key.push_str(last);
                key.make_ascii_lowercase();
            } else {
                key.push_str(&last.to_lowercase());
            }
            match self.by_last.get_mut(key.as_str()) {
                Some(v) => {
                    if !v.iter().any(|x| x.canonical == c.canonical) {
                        v.push(c.clone());
                    }
                }
                None => {
                    self.by_last.insert(key.clone(), vec![c.clone()]);
                }
            }
        }
        if let Some(e) = c.entity {
            if self.people_set.insert(e) {
                self.people.push((c.canonical.clone(), e));
            }
        }
    }

    fn add(&mut self, c: Cand<'g>) {
        self.index_person(&c);
        let seq = self.added.len();
        self.added.insert((c.pos, seq), c);
    }

    /// The nearest candidate before `pos` that satisfies `ok`.
    fn nearest_before(&self, pos: usize, ok: impl Fn(&Cand) -> bool) -> Option<&Cand<'g>> {
        let k = self.base.partition_point(|c| c.pos < pos);
        let mut base = self.base[..k].iter().rev().take(PRONOUN_WINDOW).peekable();
        let mut added = self
            .added
            .range(..(pos, 0))
            .rev()
            .map(|(_, c)| c)
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

    /// A longer person name in the document ending with `surname`
    /// (lowercase, one or more words).
    fn by_surname(&self, surname: &str) -> Option<&Cand<'g>> {
        let last = surname.rsplit(' ').next().unwrap_or(surname);
        self.by_last.get(last)?.iter().find(|c| {
            let full = c.canonical.to_lowercase();
            full.len() > surname.len()
                && full.ends_with(surname)
                && full.as_bytes()[full.len() - surname.len() - 1] == b' '
        })
    }
}

/// Resolves the speaker of every draft into `out` (one per draft, in
/// order); `mentions` is a buffer for the gazetteer mentions of `text`.
/// Both vectors are cleared first (they are reused from document to
/// document).
pub fn resolve<'g>(
    text: &str,
    drafts: &[Draft],
    gaz: &'g Gazetteer,
    lx: &Lexicon,
    date: Option<&str>,
    mentions: &mut Vec<Mention>,
    out: &mut Vec<Resolved<'g>>,
) {
    mentions.clear();
    out.clear();
    gaz.find_mentions_into(text, mentions);
    let mentions = &mentions[..];
    // Entity candidates in document order (for pronouns and surnames).
    let mut base: Vec<Cand> = mentions
        .iter()
        .filter(|m| m.kind != AliasKind::Demonym)
        .map(|m| cand_of(gaz, m))
        .collect();
    // Name-shaped speakers of the drafts are candidates too.
    for d in drafts {
        if let Some(sp) = d.speaker {
            let t = &text[sp.0..sp.1];
            if in_gazetteer(mentions, sp) {
                continue;
            }
            if let Some(name) = person_name(t) {
                let gender = gaz.gender_of_first_name(name.split(' ').next().unwrap_or(""));
                let entity = gaz.lookup_alias(&name).first().map(|&(e, _)| e);
                base.push(Cand {
                    pos: sp.0,
                    canonical: Cow::Owned(name),
                    stype: SpeakerType::Person,
                    country: None,
                    gender,
                    entity,
                });
            }
        }
    }
    base.sort_by_key(|c| c.pos);
    let mut cands = Cands {
        base: Vec::new(),
        added: Default::default(),
        by_last: HashMap::default(),
        people: Vec::new(),
        people_set: Default::default(),
        key_buf: String::new(),
        dateline_country: dateline_country(text, gaz),
    };
    for c in &base {
        cands.index_person(c);
    }
    cands.base = base;
    out.reserve(drafts.len());
    for d in drafts {
        if let Some(p) = d.inherit {
            let r = if p < out.len() {
                out[p].clone()
            } else {
                Resolved::default()
            };
            out.push(r);
            continue;
        }
        let Some(sp) = d.speaker else {
            out.push(Resolved::default());
            continue;
        };
        let r = resolve_one(text, sp, mentions, &cands, gaz, lx, date);
        // A resolved speaker is an antecedent for later pronouns ("the
        // British prime minister ... He told").
        let pronoun = super::sent::PRONOUNS
            .iter()
            .any(|p| p.eq_ignore_ascii_case(&text[sp.0..sp.1]));
        if !pronoun && r.stype != SpeakerType::Unknown {
            if let Some(name) = &r.canonical {
                let hits = gaz.lookup_alias(name);
                let entity = hits.first().map(|&(e, _)| e);
                let gender = hits
                    .iter()
                    .find_map(|&(e, _)| gaz.entity(e).gender)
                    .or_else(|| gaz.gender_of_first_name(name.split(' ').next().unwrap_or("")));
                let c = Cand {
                    pos: sp.0,
                    canonical: name.clone(),
                    stype: r.stype,
                    country: r.country.clone(),
                    gender,
                    entity,
                };
                cands.add(c);
            }
        }
        out.push(r);
    }
}

/// The state of the place in the article's dateline ("LONDON (Reuters) -",
/// "WASHINGTON, D.C. —"), looked up in the gazetteer in title case.
fn dateline_country(text: &str, gaz: &Gazetteer) -> Option<String> {
    for para in text.split("\n\n").take(3) {
        let para = para.trim_start();
        let Some(end) = para.find(['-', '—', '–', '(']).filter(|&e| e > 2 && e < 40) else {
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
            .split(' ')
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

/// Mentions lying inside `sp` (mentions are sorted and do not overlap).
fn mentions_in(mentions: &[Mention], sp: Span) -> &[Mention] {
    let a = mentions.partition_point(|m| m.start < sp.0);
    let b = mentions.partition_point(|m| m.end <= sp.1);
    &mentions[a..b.max(a)]
}

fn in_gazetteer(mentions: &[Mention], sp: Span) -> bool {
    mentions_in(mentions, sp)
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
/// "Dmitry Medvedev"), or `None`.
fn person_name(t: &str) -> Option<String> {
    // The words on the stack when there are few (nearly always), so a
    // speaker phrase costs no vector.
    let mut few = [""; 16];
    let mut n = 0;
    for w in t.split_whitespace() {
        if let Some(slot) = few.get_mut(n) {
            *slot = w;
        }
        n += 1;
    }
    let many: Vec<&str>;
    let words: &[&str] = if n <= few.len() {
        &few[..n]
    } else {
        many = t.split_whitespace().collect();
        &many
    };
    if words.len() == 1
        && super::sent::PRONOUNS
            .iter()
            .any(|p| p.eq_ignore_ascii_case(words[0]))
    {
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
    let words = &words[start..];
    if words.iter().any(|w| is_org_word(w)) {
        return None;
    }
    let name = &words[words
        .iter()
        .position(|w| !is_title_word(w))
        .unwrap_or(words.len())..];
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
    Some(name.join(" "))
}

fn resolve_one<'g>(
    text: &str,
    sp: Span,
    mentions: &[Mention],
    cands: &Cands<'g>,
    gaz: &'g Gazetteer,
    lx: &Lexicon,
    date: Option<&str>,
) -> Resolved<'g> {
    let t = &text[sp.0..sp.1];
    // The pronoun, lowercase (ASCII case-folding is enough: no other
    // character lowercases into these words).
    let lower = super::sent::PRONOUNS
        .iter()
        .find(|p| p.eq_ignore_ascii_case(t))
        .copied()
        .unwrap_or("");
    let mut r = Resolved {
        speaker: Some(sp),
        ..Resolved::default()
    };
    // A relative pronoun right after its antecedent's name ("Reid, who
    // endorsed Clinton, stressed ...") takes the name.
    if t.eq_ignore_ascii_case("who") || t.eq_ignore_ascii_case("which") {
        if let Some(c) = cands.nearest_before(sp.0, |_| true) {
            let between = text.get(c.pos..sp.0).unwrap_or("");
            let name = between.trim_end().strip_suffix(',').unwrap_or(between);
            if between.len() <= 48 && !name.contains([',', ';', ':', '(', '"', '\n']) {
                fill(&mut r, c);
            }
        }
        return r;
    }
    // Pronouns.
    match lower {
        "he" | "she" => {
            let g = if lower == "he" {
                Gender::Male
            } else {
                Gender::Female
            };
            if let Some(c) = cands.nearest_before(sp.0, |c| {
                c.stype == SpeakerType::Person && c.gender.is_none_or(|cg| cg == g)
            }) {
                fill(&mut r, c);
            } else {
                r.stype = SpeakerType::Person;
            }
            return r;
        }
        "it" => {
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
                .range(..(sp.0, 0))
                .next_back()
                .map(|(_, c)| c)
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
    // Gazetteer mentions inside the phrase: the longest name wins; a
    // demonym or state mention may instead be the country of a role.
    let inside = mentions_in(mentions, sp);
    let person = inside
        .iter()
        .filter(|m| gaz.entity(m.entity).etype == EntityType::Person)
        .max_by_key(|m| m.end - m.start);
    if let Some(m) = person {
        fill(&mut r, &cand_of(gaz, m));
        return r;
    }
    // (The role search only when no person is named.)
    if let Some(role) = gaz.find_role(t) {
        let country = inside
            .iter()
            .find(|m| gaz.entity(m.entity).etype == EntityType::State)
            .and_then(|m| gaz.entity(m.entity).country.as_deref().map(Cow::Borrowed))
            .or_else(|| cands.dateline_country.clone().map(Cow::Owned));
        if let Some(country) = country {
            // A named holder in the article settles it, else the date.
            let named = cands
                .people
                .iter()
                .find(|(_, e)| gaz.held(*e, role, Some(&country)));
            let holders = gaz.holders(role, &country, date);
            let pick = if let Some((name, _)) = named {
                Some(name.clone())
            } else if holders.len() == 1 {
                Some(Cow::Borrowed(gaz.entity(holders[0]).name.as_str()))
            } else {
                None
            };
            r.stype = SpeakerType::Person;
            r.country = Some(country);
            if let Some(name) = pick {
                r.canonical = Some(name);
            }
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
    for w in t.split_whitespace().filter(|w| !is_title_word(w)) {
        few[n] = w;
        n += 1;
        if n == few.len() {
            break;
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
        let surname = words.join(" ").to_lowercase();
        if let Some(c) = cands.by_surname(&surname) {
            fill(&mut r, c);
            return r;
        }
    }
    if let Some(name) = person_name(t) {
        r.canonical = Some(Cow::Owned(name));
        r.stype = SpeakerType::Person;
        return r;
    }
    let last = t.rsplit(' ').next().unwrap_or(t);
    // Lowercase ASCII (most heads: "officials") is used as it is.
    let head: Cow<str> = if last
        .bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
    {
        Cow::Borrowed(last)
    } else {
        Cow::Owned(last.to_lowercase())
    };
    r.stype = match lx.speaker_noun(&head) {
        Some(NounType::Person) => SpeakerType::Person,
        Some(NounType::Organization) => SpeakerType::Organization,
        _ if t.split_whitespace().any(is_org_word) => SpeakerType::Organization,
        _ => SpeakerType::Unknown,
    };
    if let Some(m) = inside.first() {
        r.country = gaz.entity(m.entity).country.as_deref().map(Cow::Borrowed);
    }
    r
}

fn fill<'g>(r: &mut Resolved<'g>, c: &Cand<'g>) {
    r.canonical = Some(c.canonical.clone());
    r.stype = c.stype;
    r.country = c.country.clone();
}
