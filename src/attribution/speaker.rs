//! Finding the speaker phrase next to a cue: backward (subject before the
//! cue, skipping auxiliaries, adverbs and appositions) or forward (inverted
//! "said Lavrov", "according to officials").

use super::sent::{Sent, DETERMINERS};
use crate::lexicon::Lexicon;

/// Words between a subject and its cue that are skipped.
const SKIP_BACK: &[&str] = &[
    "has",
    "have",
    "had",
    "also",
    "previously",
    "reportedly",
    "repeatedly",
    "later",
    "then",
    "again",
    "once",
    "recently",
    "already",
    "never",
    "long",
    "publicly",
    "privately",
    "often",
    "frequently",
    "initially",
    "originally",
    "first",
    "still",
    "even",
    "just",
    "flatly",
    "would",
    "will",
    "could",
    "may",
    "might",
    "did",
    "does",
    "do",
    "should",
    "can",
    "must",
    "further",
    "similarly",
    "separately",
    "earlier",
    "quickly",
    "famously",
    "personally",
    "specifically",
    "explicitly",
    "openly",
    "simply",
    "not",
    "always",
    "ultimately",
    "eventually",
    "yesterday",
    "today",
    "now",
    "herself",
    "himself",
    "themselves",
    "itself",
    "subsequently",
    "consistently",
    "essentially",
    "effectively",
    "apparently",
    "allegedly",
    "immediately",
    "notably",
    "insisted",
    "however",
];

/// Title words that open a name ("President", "Sen.").
const TITLES: &[&str] = &[
    "president",
    "prime",
    "minister",
    "secretary",
    "sen.",
    "senator",
    "rep.",
    "representative",
    "gov.",
    "governor",
    "mr.",
    "mrs.",
    "ms.",
    "dr.",
    "gen.",
    "general",
    "adm.",
    "admiral",
    "col.",
    "lt.",
    "capt.",
    "sgt.",
    "maj.",
    "chancellor",
    "king",
    "queen",
    "prince",
    "pope",
    "chairman",
    "chairwoman",
    "mayor",
    "judge",
    "justice",
    "speaker",
    "leader",
    "ambassador",
    "attorney",
    "commissioner",
    "director",
    "chief",
    "vice",
    "deputy",
    "foreign",
    "defense",
    "defence",
    "state",
    "sir",
    "lord",
    "lady",
    "rev.",
    "father",
    "sheriff",
    "professor",
    "prof.",
];

/// Lowercase particles inside names ("de Vries", "von der Leyen").
pub const PARTICLES: &[&str] = &[
    "de", "van", "von", "der", "den", "da", "di", "du", "la", "le", "bin", "al", "el", "ibn",
    "dos", "das", "del", "della", "ter", "ten",
];

/// A speaker phrase: token range in the sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Np {
    /// First token.
    pub a: usize,
    /// One past the last token.
    pub b: usize,
}

fn head_ok(s: &Sent, lx: &Lexicon, i: usize) -> bool {
    if s.is_pronoun(i) {
        return true;
    }
    if !s.is_word(i) {
        return false;
    }
    if s.is_cap(i) && !s.is_stop(i) {
        return true;
    }
    lx.speaker_noun(&s.lw(i)).is_some()
}

/// The speaker phrase ending just before token `cue` (the cue's first
/// token), or `None`.
pub fn backward(s: &Sent, lx: &Lexicon, cue: usize, lo: usize) -> Option<Np> {
    let mut j = cue;
    // Skip auxiliaries and adverbs.
    while j > lo {
        let k = j - 1;
        if s.is_in(k, SKIP_BACK)
            || (s.is_word(k)
                && !s.is_cap(k)
                && s.w(k).ends_with("ly")
                && s.w(k).len() > 4
                && lx.speaker_noun(&s.lw(k)).is_none())
        {
            j = k;
        } else {
            break;
        }
    }
    if j == lo {
        return None;
    }
    let mut end = j; // exclusive
                     // An apposition or relative clause between commas (or dashes):
                     // "Maria Lopez, a spokeswoman for the county, said".
    if s.is_p(end - 1, ",") || is_dash(s, end - 1) {
        let close = end - 1;
        let mut k = close;
        while k > lo && !(s.is_p(k - 1, ",") || is_dash(s, k - 1)) {
            if s.is_quote_mark(k - 1) {
                return None;
            }
            k -= 1;
        }
        if k == lo || k + 1 > close {
            return None;
        }
        // k - 1 is the opening comma; the apposition is k..close.
        let first = k;
        let appos = s.is_in(
            first,
            &[
                "who", "a", "an", "the", "which", "whose", "one", "now", "then", "also",
                "formerly", "its", "his", "her", "their",
            ],
        ) || s.is_cap(first);
        if !appos || close - first > 14 {
            return None;
        }
        end = k - 1;
        if end <= lo {
            return None;
        }
    }
    let head = end - 1;
    if !head_ok(s, lx, head) {
        return subject_np(s, lo, head);
    }
    if s.is_pronoun(head) {
        return Some(Np { a: head, b: end });
    }
    let mut a = head;
    let head_lower = !s.is_cap(head);
    let mut lower_count = 0;
    while a > lo {
        let k = a - 1;
        if s.is_poss(k) {
            // "Russia's foreign minister": take the owner too.
            let det_owner = k > lo + 1
                && s.is_word(k - 1)
                && !s.is_stop(k - 1)
                && s.is_in(k - 2, &["the", "a", "an"]);
            if det_owner {
                // "The cooperative's board"
                a = k - 2;
                break;
            }
            if k > lo
                && s.is_word(k - 1)
                && (s.is_cap(k - 1) || lx.speaker_noun(&s.lw(k - 1)).is_some())
            {
                a = k - 1;
                continue;
            }
            break;
        }
        if !s.is_word(k) {
            // "U.S." style or hyphen already inside words; "&" joins names.
            if s.is_p(k, "&") && k > lo && s.is_cap(k - 1) {
                a = k;
                continue;
            }
            break;
        }
        if s.is_in(k, DETERMINERS) {
            a = k;
            break;
        }
        if s.is_cap(k) && !s.is_stop(k) {
            a = k;
            continue;
        }
        if !head_lower && lower_count == 0 && s.is_cap(a) && lx.speaker_noun(&s.lw(k)).is_some() {
            // A role noun before a name: "Union chairwoman Petra Kühn".
            lower_count += 1;
            a = k;
            continue;
        }
        if s.is_in(k, PARTICLES) && k > lo && s.is_cap(k - 1) && s.is_cap(k + 1) && !head_lower {
            // "Jan de Vries", "Ursula von der Leyen"
            a = k;
            continue;
        }
        if s.is_in(k, PARTICLES) && s.is_cap(k + 1) && !head_lower && (k == lo || s.is_punct(k - 1))
        {
            // A name opening its clause with a particle: `"...," de Vries said`.
            a = k;
            break;
        }
        if s.is_in(k, PARTICLES)
            && k > lo + 1
            && s.is_in(k - 1, PARTICLES)
            && s.is_cap(k - 2)
            && !head_lower
        {
            a = k;
            continue;
        }
        if s.is_in(k, &["of", "for", "and"])
            && k > lo
            && s.is_cap(k - 1)
            && s.is_cap(k + 1)
            && !head_lower
        {
            // "Secretary of State John Kerry", "Procter and Gamble" —
            // but not "Smith and Jones" lists beyond two names.
            if s.is_in(k, &["and"]) {
                break;
            }
            a = k;
            continue;
        }
        if head_lower
            && !s.is_stop(k)
            && !s.is_cap(k)
            && lower_count < 3
            && !s.is_in(k, &["said", "says"])
        {
            // Lowercase modifiers of a common-noun head: "senior
            // administration officials".
            lower_count += 1;
            a = k;
            continue;
        }
        break;
    }
    // Drop a leading capitalized function word ("But", "And").
    while a < head && (s.is_stop(a) && !s.is_in(a, DETERMINERS)) {
        a += 1;
    }
    // Lowercase modifiers with no determiner: require they are adjacent to
    // the head noun, else drop them.
    if head_lower && a < head && !s.is_in(a, DETERMINERS) && !s.is_cap(a) && lower_count > 2 {
        return None;
    }
    Some(Np { a, b: end })
}

fn is_dash(s: &Sent, i: usize) -> bool {
    s.is_punct(i) && matches!(s.w(i), "—" | "–" | "―")
}

/// The speaker phrase starting at token `i` (after an inverted cue or
/// "according to"), or `None`.
pub fn forward(s: &Sent, lx: &Lexicon, i: usize) -> Option<Np> {
    let n = s.len();
    if i >= n || !s.is_word(i) {
        return None;
    }
    if s.is_pronoun(i) {
        return Some(Np { a: i, b: i + 1 });
    }
    let mut j = i;
    if s.is_in(j, DETERMINERS) {
        j += 1;
    }
    let start = i;
    let mut last_head: Option<usize> = None;
    let mut k = j;
    while k < n && k < j + 8 {
        if s.is_poss(k) {
            k += 1;
            continue;
        }
        if !s.is_word(k) {
            break;
        }
        if s.is_cap(k) && !s.is_stop(k) {
            last_head = Some(k);
            k += 1;
            continue;
        }
        if s.is_in(k, PARTICLES)
            && last_head == Some(k - 1)
            && (s.is_cap(k + 1) || s.is_in(k + 1, PARTICLES) && s.is_cap(k + 2))
        {
            k += 1;
            continue;
        }
        if s.is_in(k, &["of"]) && last_head == Some(k - 1) && s.is_cap(k + 1) {
            k += 1;
            continue;
        }
        if lx.speaker_noun(&s.lw(k)).is_some() {
            last_head = Some(k);
            k += 1;
            // Stop after a common-noun head unless a noun follows.
            if !(s.is_poss(k) || s.is_word(k) && lx.speaker_noun(&s.lw(k)).is_some()) {
                break;
            }
            continue;
        }
        if !s.is_stop(k) && !s.is_cap(k) && last_head.is_none() && k < j + 3 {
            // adjective before a noun head
            k += 1;
            continue;
        }
        break;
    }
    let h = last_head?;
    if !head_ok(s, lx, h) {
        return None;
    }
    Some(Np { a: start, b: h + 1 })
}

/// Whether token `i` is a title word that may open a name.
pub fn is_title(s: &Sent, i: usize) -> bool {
    s.is_in(i, TITLES)
}

/// A plain subject "Det (modifier)* noun" with an unlisted lowercase head
/// ("The airline"), accepted only at the start of a clause.
fn subject_np(s: &Sent, lo: usize, head: usize) -> Option<Np> {
    if !s.is_word(head) || s.is_cap(head) || s.is_stop(head) || s.is_pronoun(head) {
        return None;
    }
    let mut a = head;
    while a > lo && head - a < 3 {
        let k = a - 1;
        if s.is_in(k, &["the", "a", "an", "his", "her", "their", "its", "our"]) {
            let clause_start =
                k == lo || s.is_punct(k - 1) || s.is_in(k - 1, &["and", "but", "that"]);
            return clause_start.then_some(Np { a: k, b: head + 1 });
        }
        if s.is_poss(k) && k > lo && s.is_cap(k - 1) {
            // "Poland's chief tester": a capitalized owner.
            let o = k - 1;
            let clause_start =
                o == lo || s.is_punct(o - 1) || s.is_in(o - 1, &["and", "but", "that"]);
            return clause_start.then_some(Np { a: o, b: head + 1 });
        }
        if !s.is_word(k) || s.is_stop(k) {
            return None;
        }
        a = k;
    }
    None
}
