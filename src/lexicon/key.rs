//! Bits of a cue's class and lemma that the cue rules test
//! ([`Cue::keys`](super::Cue::keys)), found once when the lexicon is
//! loaded: a rule asks `keys & key::SAY != 0`, or whether the class is one
//! of a set with one mask, instead of comparing the class or lemma string
//! (the rules made some forty such comparisons for every cue).
//!
//! Every class of `gazetteer/verbs.csv` has a bit; a class or lemma of a
//! user's verb file that is none of those named here has no bit, as it
//! equals none of the names the rules compare with.

/// The classes with a bit, bit `i` for the `i`-th.
const CLASSES: [&str; 41] = [
    "say",
    "criticize",
    "support",
    "believe",
    "discuss",
    "note",
    "urge",
    "praise",
    "describe",
    "reply",
    "reject",
    "oppose",
    "fear",
    "admit",
    "plan",
    "claim",
    "predict",
    "write",
    "demand",
    "know",
    "report",
    "suggest",
    "agree",
    "tell",
    "insist",
    "announce",
    "ask",
    "explain",
    "promise",
    "show",
    "add",
    "argue",
    "want",
    "warn",
    "appear",
    "deny",
    "hope",
    "confirm",
    "source",
    "accuse",
    "threaten",
];

/// The lemmas with a bit, from bit [`LEMMA_SHIFT`] on.
const LEMMAS: [&str; 14] = [
    "add",
    "brief",
    "text",
    "attack",
    "issue",
    "challenge",
    "look",
    "raise",
    "maintain",
    "concerned",
    "find",
    "see",
    "put it",
    "vote for",
];

/// The first lemma bit.
const LEMMA_SHIFT: u32 = 41;

/// Bit of a lemma that starts with "worry" ("worry", "worried about").
pub const WORRY_LEMMA: u64 = 1 << 55;

/// Bit of a lemma that ends with " for" ("call for", "push for").
pub const FOR_LEMMA: u64 = 1 << 56;

const fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

const fn index_in(list: &[&str], name: &str) -> Option<u32> {
    let mut i = 0;
    while i < list.len() {
        if same(list[i], name) {
            return Some(i as u32);
        }
        i += 1;
    }
    None
}

/// The bit of class `name` (a compile-time error for a class without one).
pub const fn class(name: &str) -> u64 {
    match index_in(&CLASSES, name) {
        Some(i) => 1 << i,
        None => panic!("no key for this class"),
    }
}

/// The bits of the classes `names`.
pub const fn classes(names: &[&str]) -> u64 {
    let mut m = 0;
    let mut i = 0;
    while i < names.len() {
        m |= class(names[i]);
        i += 1;
    }
    m
}

/// The bit of lemma `name` (a compile-time error for a lemma without one).
pub const fn lemma(name: &str) -> u64 {
    match index_in(&LEMMAS, name) {
        Some(i) => 1 << (i + LEMMA_SHIFT),
        None => panic!("no key for this lemma"),
    }
}

/// The bits of the lemmas `names`.
pub const fn lemmas(names: &[&str]) -> u64 {
    let mut m = 0;
    let mut i = 0;
    while i < names.len() {
        m |= lemma(names[i]);
        i += 1;
    }
    m
}

/// The keys of a cue of lemma `lemma` and class `class`.
pub fn of(lemma: &str, class: &str) -> u64 {
    let mut k = 0;
    if let Some(i) = index_in(&CLASSES, class) {
        k |= 1 << i;
    }
    if let Some(i) = index_in(&LEMMAS, lemma) {
        k |= 1 << (i + LEMMA_SHIFT);
    }
    if lemma.starts_with("worry") {
        k |= WORRY_LEMMA;
    }
    if lemma.ends_with(" for") {
        k |= FOR_LEMMA;
    }
    k
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every bit of every cue of the default lexicon, and of names no
    /// list holds, says what the string comparisons say.
    #[test]
    fn keys_as_the_names() {
        const _: () = assert!(LEMMA_SHIFT as usize == CLASSES.len());
        const _: () = assert!(LEMMA_SHIFT as usize + LEMMAS.len() <= 55);
        let lx = crate::lexicon::Lexicon::default_data().expect("default lexicon");
        let mut names: Vec<(String, String)> = lx
            .cues()
            .iter()
            .map(|c| (c.lemma.clone(), c.class.clone()))
            .collect();
        for (l, c) in [
            ("sayx", "sa"),
            ("worry", "fears"),
            ("worrying about", ""),
            ("call for", "x"),
            ("for", "say "),
            ("put", "Say"),
        ] {
            names.push((l.to_string(), c.to_string()));
        }
        for (l, c) in &names {
            let k = of(l, c);
            if let Some(cue) = lx.cues().iter().find(|x| &x.lemma == l && &x.class == c) {
                assert_eq!(cue.keys, k);
            }
            for name in CLASSES {
                assert_eq!(k & class(name) != 0, c == name, "{l} {c} {name}");
            }
            for name in LEMMAS {
                assert_eq!(k & lemma(name) != 0, l == name, "{l} {c} {name}");
            }
            assert_eq!(k & WORRY_LEMMA != 0, l.starts_with("worry"));
            assert_eq!(k & FOR_LEMMA != 0, l.ends_with(" for"));
        }
        // Every class of the default lexicon has its bit.
        for cue in lx.cues() {
            assert!(index_in(&CLASSES, &cue.class).is_some(), "{}", cue.class);
        }
    }
}
