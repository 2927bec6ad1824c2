//! Speaker resolution: pronouns to the nearest compatible earlier entity,
//! role phrases to office holders (by date, or by a named holder in the
//! article), metonyms to their state, surnames to the full name used in the
//! article, continuation quotes to the speaker they continue.

use super::{Draft, Resolved};
use crate::gazetteer::{AliasKind, EntityType, Gazetteer, Gender, Mention};
use crate::lexicon::{Lexicon, NounType};
use crate::model::SpeakerType;
use crate::text::segment::Span;

const TITLE_WORDS: &[&str] = &[
    "President", "Prime", "Minister", "Secretary", "Sen.", "Senator", "Rep.", "Representative",
    "Gov.", "Governor", "Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "General", "Chancellor", "King",
    "Queen", "Pope", "Chairman", "Mayor", "Judge", "Justice", "Speaker", "Leader", "Ambassador",
    "Foreign", "Defense", "Defence", "State", "Vice", "Deputy", "Former", "former", "Attorney",
    "Republican", "Democratic", "Democrat", "presidential", "nominee", "candidate", "Presidential",
    "Sir", "Lord", "Rev.", "Director", "Chief", "Adm.", "Col.", "Lt.", "Capt.", "Sgt.", "Gov",
    "Sen", "Rep", "Mr", "Mrs", "Ms", "Dr", "GOP", "U.S.", "US", "House", "Senate", "Majority",
    "Minority", "Press", "Spokesman", "Spokeswoman", "the", "The", "of",
];

const ORG_WORDS: &[&str] = &[
    "Department", "Ministry", "Committee", "Party", "Inc.", "Inc", "Corp.", "Corp", "Co.", "LLC",
    "Ltd", "Ltd.", "Group", "Association", "Council", "Commission", "Agency", "Office", "Bureau",
    "Institute", "University", "Foundation", "Center", "Centre", "Campaign", "Company", "Bank",
    "Board", "Court", "Service", "Administration", "Times", "Post", "News", "Journal", "Network",
    "Union", "Federation", "League", "Organization", "Fund", "Project", "Coalition", "Alliance",
    "Senate", "House", "Congress", "Parliament", "Police", "Army", "Navy", "Press", "Poll",
    "Report", "Survey", "Review", "Magazine", "Tribune", "Herald", "Street", "Hall", "Club",
];

#[derive(Clone, Debug)]
struct Cand {
    pos: usize,
    canonical: String,
    stype: SpeakerType,
    country: Option<String>,
    gender: Option<Gender>,
}

/// Resolves the speaker of every draft.
pub fn resolve(text: &str, drafts: &[Draft], gaz: &Gazetteer, lx: &Lexicon, date: Option<&str>) -> Vec<Resolved> {
    let mentions = gaz.find_mentions(text);
    // Entity candidates in document order (for pronouns and surnames).
    let mut cands: Vec<Cand> = mentions
        .iter()
        .filter(|m| m.kind != AliasKind::Demonym)
        .map(|m| cand_of(gaz, m))
        .collect();
    // Name-shaped speakers of the drafts are candidates too.
    for d in drafts {
        if let Some(sp) = d.speaker {
            let t = &text[sp.0..sp.1];
            if in_gazetteer(&mentions, sp) {
                continue;
            }
            if let Some(name) = person_name(t) {
                cands.push(Cand { pos: sp.0, canonical: name, stype: SpeakerType::Person, country: None, gender: None });
            }
        }
    }
    cands.sort_by_key(|c| c.pos);
    let mut out: Vec<Resolved> = Vec::with_capacity(drafts.len());
    for d in drafts {
        if let Some(p) = d.inherit {
            let r = if p < out.len() { out[p].clone() } else { Resolved::default() };
            out.push(r);
            continue;
        }
        let Some(sp) = d.speaker else {
            out.push(Resolved::default());
            continue;
        };
        out.push(resolve_one(text, sp, &mentions, &cands, gaz, lx, date));
    }
    out
}

fn in_gazetteer(mentions: &[Mention], sp: Span) -> bool {
    within(mentions, sp).any(|m| m.kind != AliasKind::Demonym)
}

/// The mentions inside `sp`. Mentions are sorted by start (the matcher's
/// order), so this is a binary search, not a scan of the document.
fn within(mentions: &[Mention], sp: Span) -> impl Iterator<Item = &Mention> {
    let lo = mentions.partition_point(|m| m.start < sp.0);
    mentions[lo..].iter().take_while(move |m| m.start <= sp.1).filter(move |m| m.end <= sp.1)
}

fn stype_of(t: EntityType) -> SpeakerType {
    match t {
        EntityType::Person => SpeakerType::Person,
        EntityType::State => SpeakerType::State,
        EntityType::Organization => SpeakerType::Organization,
    }
}

fn cand_of(gaz: &Gazetteer, m: &Mention) -> Cand {
    let e = gaz.entity(m.entity);
    Cand { pos: m.start, canonical: e.name.clone(), stype: stype_of(e.etype), country: e.country.clone(), gender: e.gender }
}

/// The name of a person-shaped mention ("President Dmitry Medvedev" ->
/// "Dmitry Medvedev"), or `None`.
fn person_name(t: &str) -> Option<String> {
    let words: Vec<&str> = t.split_whitespace().collect();
    if words.iter().any(|w| ORG_WORDS.contains(w)) {
        return None;
    }
    let name: Vec<&str> = words.iter().copied().skip_while(|w| TITLE_WORDS.contains(w)).collect();
    if name.is_empty() || name.len() > 4 || !name.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase)) {
        return None;
    }
    if name.iter().any(|w| w.chars().all(|c| !c.is_lowercase())) && name.len() == 1 {
        return None;
    }
    Some(name.join(" "))
}

fn resolve_one(text: &str, sp: Span, mentions: &[Mention], cands: &[Cand], gaz: &Gazetteer, lx: &Lexicon, date: Option<&str>) -> Resolved {
    let t = &text[sp.0..sp.1];
    let lower = t.to_lowercase();
    let mut r = Resolved { speaker: Some(sp), ..Resolved::default() };
    // Pronouns.
    match lower.as_str() {
        "he" | "she" => {
            let g = if lower == "he" { Gender::Male } else { Gender::Female };
            let before = &cands[..cands.partition_point(|c| c.pos < sp.0)];
            if let Some(c) = before.iter().rev().find(|c| c.stype == SpeakerType::Person && c.gender.is_none_or(|cg| cg == g)) {
                fill(&mut r, c);
            } else {
                r.stype = SpeakerType::Person;
            }
            return r;
        }
        "it" => {
            let before = &cands[..cands.partition_point(|c| c.pos < sp.0)];
            if let Some(c) = before.iter().rev().find(|c| matches!(c.stype, SpeakerType::Organization | SpeakerType::State)) {
                fill(&mut r, c);
            }
            return r;
        }
        "they" | "we" | "i" | "you" => return r,
        _ => {}
    }
    // Gazetteer mentions inside the phrase: the longest name wins; a
    // demonym or state mention may instead be the country of a role.
    let inside: Vec<&Mention> = within(mentions, sp).collect();
    let role = gaz.role_forms().iter().find(|(f, _)| contains_word(&lower, f)).map(|(_, r)| r.clone());
    let person = inside.iter().filter(|m| gaz.entity(m.entity).etype == EntityType::Person).max_by_key(|m| m.end - m.start);
    if let Some(m) = person {
        fill(&mut r, &cand_of(gaz, m));
        return r;
    }
    if let Some(role) = role {
        let country = inside
            .iter()
            .find(|m| gaz.entity(m.entity).etype == EntityType::State)
            .and_then(|m| gaz.entity(m.entity).country.clone());
        if let Some(country) = country {
            // A named holder in the article settles it, else the date.
            let named: Vec<&Cand> = cands.iter().filter(|c| c.stype == SpeakerType::Person).filter(|c| {
                gaz.lookup_alias(&c.canonical).iter().any(|&(e, _)| gaz.held(e, &role, Some(&country)))
            }).collect();
            let holders = gaz.holders(&role, &country, date);
            let pick = if let Some(c) = named.first() {
                Some(c.canonical.clone())
            } else if holders.len() == 1 {
                Some(gaz.entity(holders[0]).name.clone())
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
    if let Some(m) = inside.iter().filter(|m| m.kind != AliasKind::Demonym).max_by_key(|m| m.end - m.start) {
        let c = cand_of(gaz, m);
        // "Russian officials" (government form) or a bare state/org name.
        let covers = m.end - m.start + 6 >= sp.1 - sp.0;
        if covers || m.kind == AliasKind::Government {
            fill(&mut r, &c);
            return r;
        }
    }
    // Surname (or title + surname) of a person named in the article.
    let words: Vec<&str> = t.split_whitespace().filter(|w| !TITLE_WORDS.contains(w)).collect();
    if words.len() == 1 && words[0].chars().next().is_some_and(char::is_uppercase) {
        let w = words[0];
        if let Some(c) = cands.iter().find(|c| c.stype == SpeakerType::Person && c.canonical.split_whitespace().count() > 1 && c.canonical.rsplit(' ').next() == Some(w)) {
            fill(&mut r, c);
            return r;
        }
    }
    if let Some(name) = person_name(t) {
        r.canonical = Some(name);
        r.stype = SpeakerType::Person;
        return r;
    }
    let head = t.rsplit(' ').next().unwrap_or(t).to_lowercase();
    r.stype = match lx.speaker_noun(&head) {
        Some(NounType::Person) => SpeakerType::Person,
        Some(NounType::Organization) => SpeakerType::Organization,
        _ if t.split_whitespace().any(|w| ORG_WORDS.contains(&w)) => SpeakerType::Organization,
        _ => SpeakerType::Unknown,
    };
    if let Some(m) = inside.first() {
        r.country = gaz.entity(m.entity).country.clone();
    }
    r
}

fn contains_word(hay: &str, needle: &str) -> bool {
    let mut from = 0;
    while let Some(i) = hay[from..].find(needle) {
        let a = from + i;
        let b = a + needle.len();
        let ok_a = a == 0 || !hay.as_bytes()[a - 1].is_ascii_alphanumeric();
        let ok_b = b == hay.len() || !hay.as_bytes()[b].is_ascii_alphanumeric();
        if ok_a && ok_b {
            return true;
        }
        from = a + 1;
    }
    false
}

fn fill(r: &mut Resolved, c: &Cand) {
    r.canonical = Some(c.canonical.clone());
    r.stype = c.stype;
    r.country = c.country.clone();
}
