//! The irregular verbs of `gazetteer/irregular_verbs.csv`: one table of
//! base, past and participle for every list of irregular pasts the rules
//! test. `build.rs` parses it ([`parse_irregular`]) and writes its word
//! lists as constants ([`irregular_past_lists`]): the pasts that read as
//! verbs ([`PASTS_VERB`], the `IRREGULAR_PASTS` word-set bit of the
//! rules), those as often nouns ([`PASTS_NOUN`]: "cut", "slew", "fed"),
//! those spelled like their base ([`PASTS_LIKE_BASE`]: "put", "cut",
//! "cost", a verb of a clause only before an object) and those as often an
//! adjective before a noun ([`PASTS_ADJ`]: "lost sales", "a hung jury";
//! also in [`PASTS_VERB`]). A bad row fails the
//! build with the file and line; [`parse`] gives the same error as the
//! other gazetteer files do.
//!
//! To add a verb, add its row (kept in order of the base) and rebuild.

use crate::error::{Error, Result};

include!("irregular_parse.rs");
include!(concat!(env!("OUT_DIR"), "/irregular_verbs.rs"));

/// The embedded table.
pub const DEFAULT_IRREGULAR_VERBS: &str = include_str!("../gazetteer/irregular_verbs.csv");

/// [`parse_irregular`] with the error as the other gazetteer files give
/// it: the file `name` and the line.
pub fn parse(name: &str, text: &str) -> Result<Vec<IrregularVerb>> {
    parse_irregular(text).map_err(|(line, msg)| Error::data(name, line, msg))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_parses_and_is_sane() {
        let rows = parse("gazetteer/irregular_verbs.csv", DEFAULT_IRREGULAR_VERBS).unwrap();
        assert!(rows.len() > 150, "{}", rows.len());
        // Every row has a base, a past and a participle; no base twice;
        // kept in order of the base.
        for w in rows.windows(2) {
            assert!(w[0].base < w[1].base, "{} before {}", w[0].base, w[1].base);
        }
        for r in &rows {
            assert!(!r.base.is_empty() && !r.pasts.is_empty() && !r.participles.is_empty());
            let p: std::collections::HashSet<_> = r.pasts.iter().collect();
            assert_eq!(p.len(), r.pasts.len(), "{}", r.base);
        }
        let find = |b: &str| rows.iter().find(|r| r.base == b).unwrap();
        assert_eq!(find("take").pasts, ["took"]);
        assert_eq!(find("take").participles, ["taken"]);
        assert_eq!(find("burn").pasts, ["burned", "burnt"]);
        assert_eq!(find("be").class, PastClass::Aux);
        assert_eq!(find("cut").class, PastClass::Noun);
        assert_eq!(find("go").class, PastClass::Verb);
        assert_eq!(find("lose").class, PastClass::Adj);
        // The built lists: known words in and out of each, their sizes,
        // and no form in two of the verb, noun and aux rows' lists.
        assert!(
            (150..=180).contains(&PASTS_VERB.len()),
            "{}",
            PASTS_VERB.len()
        );
        assert!(
            (15..=40).contains(&PASTS_NOUN.len()),
            "{}",
            PASTS_NOUN.len()
        );
        assert_eq!(
            PASTS_ADJ,
            ["bent", "broke", "hung", "lay", "lit", "lost", "stuck"]
        );
        for w in PASTS_ADJ {
            assert!(PASTS_VERB.contains(w) && !PASTS_NOUN.contains(w), "{w}");
        }
        for w in PASTS_VERB {
            assert!(!PASTS_NOUN.contains(w), "{w} in two lists");
        }
        for l in [PASTS_VERB, PASTS_NOUN, PASTS_LIKE_BASE, PASTS_ADJ] {
            assert!(l.windows(2).all(|w| w[0] < w[1]), "sorted, no word twice");
        }
        // Every past and participle is a form of one row only.
        let mut seen = std::collections::HashMap::new();
        for r in &rows {
            for p in r.pasts.iter().chain(&r.participles) {
                if let Some(b) = seen.insert(p.clone(), r.base.clone()) {
                    assert!(b == r.base, "{p} of {b} and {}", r.base);
                }
            }
        }
        for w in [
            "took", "spoke", "lost", "fled", "said", "burnt", "lay", "put",
        ] {
            assert!(PASTS_VERB.contains(&w) && !PASTS_NOUN.contains(&w), "{w}");
            assert!(is_irregular_past(w.as_bytes()), "{w}");
        }
        for w in ["cut", "set", "cost", "slew", "fed"] {
            assert!(PASTS_NOUN.contains(&w) && !PASTS_VERB.contains(&w), "{w}");
            assert!(is_irregular_past(w.as_bytes()), "{w}");
        }
        for w in ["put", "cut", "set", "cost", "hit", "spread", "read"] {
            assert!(PASTS_LIKE_BASE.contains(&w), "{w}");
        }
        // Not an auxiliary, a regular -ed past of five letters or more,
        // a participle or a base.
        for w in [
            "was", "had", "did", "burned", "showed", "taken", "take", "walked",
        ] {
            assert!(!is_irregular_past(w.as_bytes()), "{w}");
            assert!(!PASTS_VERB.contains(&w) && !PASTS_NOUN.contains(&w));
        }
        // Word lists of lowercase letters of at most 16 bytes (the
        // word-set tables take no longer word).
        for w in PASTS_VERB.iter().chain(PASTS_NOUN) {
            assert!(w.len() <= 16 && w.bytes().all(|c| c.is_ascii_lowercase()));
        }
    }

    #[test]
    fn a_bad_row_names_the_file_and_line() {
        let bad = |text: &str, line: usize, part: &str| {
            let e = parse("x.csv", text).unwrap_err().to_string();
            assert!(e.contains(&format!("x.csv:{line}")), "{e}");
            assert!(e.contains(part), "{e}");
        };
        bad("base,past\ngo,went,gone,\n", 1, "header");
        bad(
            "base,past,participle,class\ngo,went,gone,\ntake,took\n",
            3,
            "columns",
        );
        bad(
            "base,past,participle,class\ngo,Went,gone,\n",
            2,
            "lowercase",
        );
        bad(
            "base,past,participle,class\ngo,went||gone,gone,\n",
            2,
            "past ``",
        );
        bad(
            "base,past,participle,class\ngo,went,gone,verb\n",
            2,
            "class `verb`",
        );
        bad(
            "base,past,participle,class\ngo,went,gone,\n\ngo,went,gone,\n",
            4,
            "twice",
        );
        assert_eq!(parse("x.csv", "base,past,participle,class\n").unwrap(), []);
    }
}
