//! US party tags: the party (and home state) a text gives a politician
//! ("Sen. Jane Doe, D-Ohio,", "(R-Texas)", "Rep. X, a Democrat from Ohio,",
//! "Democratic Sen. X"), and the state a party second reference names ("the
//! Ohio Democrat"), for [`super::party_member`].

use crate::gazetteer::Party;

use super::name_end;

/// The fifty states, the District of Columbia and the five territories
/// that send a delegate to the House: name, postal code, AP abbreviation
/// (as wire copy writes it in party tags, "R-Ky.", "D-N.Y.", "D-P.R.";
/// the name where AP spells it out, "R-Guam").
pub(super) const US_STATES: [(&str, &str, &str); 56] = [
    ("Alabama", "AL", "Ala."),
    ("Alaska", "AK", "Alaska"),
    ("Arizona", "AZ", "Ariz."),
    ("Arkansas", "AR", "Ark."),
    ("California", "CA", "Calif."),
    ("Colorado", "CO", "Colo."),
    ("Connecticut", "CT", "Conn."),
    ("Delaware", "DE", "Del."),
    ("District of Columbia", "DC", "D.C."),
    ("Florida", "FL", "Fla."),
    ("Georgia", "GA", "Ga."),
    ("Hawaii", "HI", "Hawaii"),
    ("Idaho", "ID", "Idaho"),
    ("Illinois", "IL", "Ill."),
    ("Indiana", "IN", "Ind."),
    ("Iowa", "IA", "Iowa"),
    ("Kansas", "KS", "Kan."),
    ("Kentucky", "KY", "Ky."),
    ("Louisiana", "LA", "La."),
    ("Maine", "ME", "Maine"),
    ("Maryland", "MD", "Md."),
    ("Massachusetts", "MA", "Mass."),
    ("Michigan", "MI", "Mich."),
    ("Minnesota", "MN", "Minn."),
    ("Mississippi", "MS", "Miss."),
    ("Missouri", "MO", "Mo."),
    ("Montana", "MT", "Mont."),
    ("Nebraska", "NE", "Neb."),
    ("Nevada", "NV", "Nev."),
    ("New Hampshire", "NH", "N.H."),
    ("New Jersey", "NJ", "N.J."),
    ("New Mexico", "NM", "N.M."),
    ("New York", "NY", "N.Y."),
    ("North Carolina", "NC", "N.C."),
    ("North Dakota", "ND", "N.D."),
    ("Ohio", "OH", "Ohio"),
    ("Oklahoma", "OK", "Okla."),
    ("Oregon", "OR", "Ore."),
    ("Pennsylvania", "PA", "Pa."),
    ("Rhode Island", "RI", "R.I."),
    ("South Carolina", "SC", "S.C."),
    ("South Dakota", "SD", "S.D."),
    ("Tennessee", "TN", "Tenn."),
    ("Texas", "TX", "Texas"),
    ("Utah", "UT", "Utah"),
    ("Vermont", "VT", "Vt."),
    ("Virginia", "VA", "Va."),
    ("Washington", "WA", "Wash."),
    ("West Virginia", "WV", "W.Va."),
    ("Wisconsin", "WI", "Wis."),
    ("Wyoming", "WY", "Wyo."),
    ("American Samoa", "AS", "American Samoa"),
    ("Guam", "GU", "Guam"),
    ("Northern Mariana Islands", "MP", "N. Mariana Islands"),
    ("Puerto Rico", "PR", "P.R."),
    ("Virgin Islands", "VI", "V.I."),
];

/// The postal code of a US state written `s`: its name ("New York"), its
/// postal code ("NY") or its AP abbreviation ("N.Y.", "W.Va.", also "W.
/// Va."). `None` for anything else.
pub(super) fn state_code(s: &str) -> Option<[u8; 2]> {
    let s = s.trim();
    US_STATES
        .iter()
        .find(|(name, code, ap)| {
            s == *name
                || s == *code
                || s == *ap
                || s.len() == ap.len() + 1 && s.replace(". ", ".") == *ap
        })
        .map(|(_, code, _)| [code.as_bytes()[0], code.as_bytes()[1]])
}

/// Whether `bare` is the AP abbreviation of a state of [`US_STATES`]
/// without its final stop ("Calif", "N.Y", "W.Va") or a name AP writes
/// whole ("Texas", "Guam"): the state of a party tag seen up to a stop
/// (`resolve::party_tag`, which [`dash_tag`] reads whole).
pub(super) fn ap_state(bare: &str) -> bool {
    US_STATES
        .iter()
        .any(|(_, _, ap)| ap.strip_suffix('.').unwrap_or(ap) == bare)
}

/// The party letter and state of a dash tag at the start of `t`, a party
/// letter, a hyphen and a state up to a comma or a parenthesis: "D-N.Y.,",
/// "R-Texas)", "I-Vt." ([`party_tag`], and `party_member`'s test for a
/// tagged name no candidate covers).
pub(super) fn dash_tag(t: &str) -> Option<(u8, [u8; 2])> {
    let b = t.as_bytes();
    if b.len() < 3 || !matches!(b[0], b'D' | b'R' | b'I') || b[1] != b'-' {
        return None;
    }
    let st = &t[2..];
    let st = &st[..st.find([',', ')']).unwrap_or(st.len())];
    state_code(st).map(|state| (b[0], state))
}

/// The party letter of a word: "Democrat", "Democratic" -> `b'D'`,
/// "Republican" -> `b'R'`.
fn party_word(w: &str) -> Option<u8> {
    match w {
        "Democrat" | "Democratic" => Some(b'D'),
        "Republican" => Some(b'R'),
        _ => None,
    }
}

/// The party (and state) a text gives the person whose name starts at
/// `pos` and ends at `end`: a tag right after the name ("Chuck Schumer,
/// D-N.Y.,", "Jane Smith (R-Ohio)", "(D-CA)"), an apposition ("Monique
/// Lopez, a Santa Barbara Democrat,", "X, a Republican from Ohio,", "X, an
/// Ohio Democrat,"), or the party adjective in the title before it
/// ("Democratic Sen. Jane Doe", "Republican Gov. X"). The mention starts
/// at `pos`, the name itself at `name` (later in a mention of two names,
/// "Democratic Sen. Laura Benning and Republican Sen. Greg Walsh": the
/// party word that opens it is the first name's alone). `None` when the
/// text gives none there.
pub(super) fn party_tag(text: &str, pos: usize, name: usize) -> Option<Party> {
    let end = name_end(text, name);
    let stop = text.floor_char_boundary((end + 64).min(text.len()));
    let s = &text[end.min(stop)..stop];
    // (Up to the end of the sentence or paragraph; a tag's own dots,
    // "D-N.Y.,", are inside it.)
    let s = &s[..s.find(['\n', ';', '"', '\u{201c}']).unwrap_or(s.len())];
    if let Some(t) = s.strip_prefix(", ").or_else(|| s.strip_prefix(" (")) {
        // "D-N.Y.," "(R-Texas)": a party letter, a hyphen, a state.
        if let Some((party, state)) = dash_tag(t) {
            return Some(Party {
                party,
                state: Some(state),
            });
        }
        // ", a Santa Barbara Democrat," ", a Republican from Ohio,".
        if let Some(app) = t.strip_prefix("a ").or_else(|| t.strip_prefix("an ")) {
            let app = &app[..app.find([',', '.', ')']).unwrap_or(app.len())];
            let mut at = 0;
            for w in app.split(' ') {
                if let Some(party) = party_word(w).filter(|_| w != "Democratic") {
                    let after = app[at + w.len()..].trim_start();
                    let state = match after.strip_prefix("from ") {
                        Some(st) => state_code(st),
                        None if after.is_empty() && at > 0 => state_code(&app[..at - 1]),
                        None => None,
                    };
                    return Some(Party { party, state });
                }
                // (Only capitalized words of home before the party:
                // "a Santa Barbara Democrat", not "a critic of the
                // Democrat".)
                if !w.starts_with(|c: char| c.is_ascii_uppercase()) {
                    return None;
                }
                at += w.len() + 1;
            }
        }
    }
    // "Democratic Sen. Jane Doe": the party adjective opens the title
    // (the speaker's phrase, when no other name is before this one in it,
    // or just before the name).
    // (Only before a US title, or "Democrat"/"Republican" right before
    // the name, AP's "Democrat Chris Murphy": not "Democratic Republic of
    // Congo President X", "Social Democratic Chancellor Olaf Scholz".)
    let own = !text[pos..name].contains(" and ") && !text[pos..name].contains(',');
    if let Some(party) = text[pos..]
        .split_once(' ')
        .filter(|_| own)
        .and_then(|(w, rest)| {
            let next = rest.split([' ', '\n']).next().unwrap_or("");
            party_word(w)
                .filter(|_| us_title(next) || w != "Democratic" && pos + w.len() + 1 == name)
        })
    {
        return Some(Party { party, state: None });
    }
    let lo = text.floor_char_boundary(name.saturating_sub(40));
    let head = &text[lo..name];
    let mut n = 0;
    let mut after = "";
    let mut words = head.rsplit([' ', '\n']).skip(1);
    while let Some(w) = words.next() {
        if let Some(party) = party_word(w) {
            let before = words.next().unwrap_or("");
            let ok = if n == 0 {
                w != "Democratic"
            } else {
                us_title(after)
            };
            if ok && !FOREIGN_PARTY_LEAD.contains(&before) {
                return Some(Party { party, state: None });
            }
            return None;
        }
        n += 1;
        if n > 2 || !w.starts_with(|c: char| c.is_ascii_uppercase()) {
            break;
        }
        after = w;
    }
    None
}

/// Words before "Democratic"/"Democrat"/"Republican" that make it a
/// foreign party's name ("Social Democratic Chancellor Olaf Scholz",
/// "Christian Democratic leader").
const FOREIGN_PARTY_LEAD: &[&str] = &[
    "Social",
    "Christian",
    "Free",
    "Liberal",
    "National",
    "New",
    "People's",
    "Swiss",
];

/// A US title a party adjective may stand before ("Republican Sen. X",
/// "Democratic state Sen. X", "Republican Gov. X").
fn us_title(w: &str) -> bool {
    matches!(
        w,
        "Sen."
            | "Rep."
            | "Gov."
            | "Lt."
            | "Del."
            | "Senator"
            | "Representative"
            | "Congressman"
            | "Congresswoman"
            | "Mayor"
            | "state"
            | "State"
            | "Assemblyman"
            | "Assemblywoman"
            | "Delegate"
            | "Leader"
            | "Whip"
            | "Speaker"
            | "President"
            | "Attorney"
            | "Secretary"
            | "Councilman"
            | "Councilwoman"
            | "Sens."
            | "Reps."
    )
}

/// The offsets, sorted, of the bytes of `text` where a party tag's marker
/// starts ([`party_tag`] finds a tag only near one): "Democrat" (also of
/// "Democratic"), "Republican", and a party letter before a hyphen ("D-",
/// "R-", "I-"). Found once a document ([`PartyMemo`]), so that each mention
/// is tested by a binary search ([`may_have_tag`]), not parsed.
pub(super) fn tag_markers(text: &str) -> Vec<usize> {
    let b = text.as_bytes();
    static WORDS: std::sync::LazyLock<[memchr::memmem::Finder<'static>; 2]> =
        std::sync::LazyLock::new(|| {
            [
                memchr::memmem::Finder::new("Democrat"),
                memchr::memmem::Finder::new("Republican"),
            ]
        });
    let mut m: Vec<usize> = WORDS[0]
        .find_iter(b)
        .chain(WORDS[1].find_iter(b))
        .chain(
            memchr::memchr_iter(b'-', b)
                .filter(|&i| i > 0 && matches!(b[i - 1], b'D' | b'R' | b'I'))
                .map(|i| i - 1),
        )
        .collect();
    m.sort_unstable();
    m
}

/// Whether [`party_tag`]`(text, pos, name)` can find a tag: a marker of
/// `markers` ([`tag_markers`]) starts within the bytes it reads, from 44
/// bytes before `name` (or `pos`) to 64 after the name's end. `false`
/// means `party_tag` gives `None`.
pub(super) fn may_have_tag(text: &str, markers: &[usize], pos: usize, name: usize) -> bool {
    let lo = pos.min(name).saturating_sub(44);
    let Some(&m) = markers.get(markers.partition_point(|&m| m < lo)) else {
        return false;
    };
    if m < name + 64 {
        return true;
    }
    // (The name's end: at most five words on from `name`.)
    if m < name + 64 + 256 {
        return m < name_end(text, name) + 64;
    }
    let near = &text.as_bytes()[name..(name + 256).min(text.len())];
    memchr::memchr_iter(b' ', near).count() < 5 && !near.contains(&b'\n')
}

/// What [`super::party_member`] found of a document's party tags, kept for
/// the document ([`super::Cands::party`]) so each phrase adds only what
/// lies past the last one's scan: the cost of a document stays linear
/// however many party phrases it has.
#[derive(Debug, Default)]
pub(super) struct PartyMemo {
    /// The tag markers of the text ([`tag_markers`]), found at the first
    /// name whose tag is looked up.
    pub(super) markers: Option<Vec<usize>>,
    /// Per canonical name, its tags found so far.
    pub(super) names: rustc_hash::FxHashMap<String, NameTags>,
    /// The end of the furthest scan of the added speakers: a speaker
    /// added before it ([`PartyMemo::added`]) may be one a scan missed.
    pub(super) added_hi: usize,
    /// How many speakers were added before `added_hi` ([`NameTags::late`]).
    pub(super) late: u32,
}

impl PartyMemo {
    /// A speaker is added at `pos` ([`super::Cands::add`]).
    pub(super) fn added(&mut self, pos: usize) {
        if pos < self.added_hi {
            self.late += 1;
        }
    }
}

/// The tags of one name's mentions scanned so far: of the mentions
/// (`Cands::base`, by index) and of the speakers added (`Cands::added`,
/// by position), the first tagged one of each and how far each was read.
#[derive(Debug, Default)]
pub(super) struct NameTags {
    /// The first tagged mention of `base[..base_done]`: (index, tag).
    pub(super) base_first: Option<(usize, Party)>,
    pub(super) base_done: usize,
    /// The first tagged speaker added at `..added_done`: (position, tag).
    pub(super) added_first: Option<(usize, Party)>,
    pub(super) added_done: usize,
    /// [`PartyMemo::late`] when the added speakers were scanned: when it
    /// changed, one was added where they had been read, and they are read
    /// again.
    pub(super) late: u32,
}
