//! Content overlap (Dice), speaker agreement and one-to-one matching, with
//! exactly the semantics of the reference scorer `score.py`.
//!
//! * Content: Dice over code-point spans when both records have a span
//!   (`end > start`), else Dice over the multisets of lowercased tokens of
//!   the content text after trimming quotes and punctuation at both ends.
//! * Speaker: right when the speaker spans overlap, or when a normalized
//!   name of one side equals one of the other, or is its surname
//!   ("Lavrov" ~ "Sergey Lavrov"). Names are `speaker` and
//!   `speaker_canonical`, lowercased, a trailing `'s` removed and honorifics
//!   ("President", "Mr.") dropped.
//! * Matching: all pairs with Dice >= 0.5, sorted by (speaker right, Dice,
//!   lower gold index, lower prediction index) best first, taken greedily.

use std::collections::{BTreeSet, HashMap};

use super::Record;

/// The least Dice overlap for a prediction to match a gold record.
pub const MIN_DICE: f64 = 0.5;

/// Words dropped from speaker names before comparing them.
const HONOR: [&str; 17] = [
    "dr",
    "gen",
    "gov",
    "king",
    "lord",
    "minister",
    "mr",
    "mrs",
    "ms",
    "pope",
    "president",
    "prime",
    "queen",
    "rep",
    "sen",
    "sir",
    "the",
];

/// Characters trimmed from both ends of a content text (token fallback).
const STRIP: &str = " \t\n\r\"'“”‘’«»„,.;:!?—–-()[]";

/// Dice overlap of the contents of `g` and `p`, in `[0, 1]`.
pub fn dice(g: &Record, p: &Record) -> f64 {
    if let (Some(gs), Some(ps)) = (g.content_span(), p.content_span()) {
        let ov = (gs.1.min(ps.1) - gs.0.max(ps.0)).max(0);
        return (2 * ov) as f64 / ((gs.1 - gs.0) + (ps.1 - ps.0)) as f64;
    }
    let gt = tokens(&g.content);
    let pt = tokens(&p.content);
    if gt.is_empty() || pt.is_empty() {
        return 0.0;
    }
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for t in &gt {
        *counts.entry(t.as_str()).or_default() += 1;
    }
    let mut ov = 0usize;
    for t in &pt {
        if let Some(n) = counts.get_mut(t.as_str()) {
            if *n > 0 {
                *n -= 1;
                ov += 1;
            }
        }
    }
    (2 * ov) as f64 / (gt.len() + pt.len()) as f64
}

/// Python's `str.isspace` (Unicode White_Space plus the C0 separators).
fn py_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// Tokens of a content text for the fallback Dice.
fn tokens(s: &str) -> Vec<String> {
    let s = s.trim_matches(|c| STRIP.contains(c)).to_lowercase();
    s.split(py_space)
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect()
}

/// The normalized names of a record's speaker: one per non-empty
/// `speaker` and `speaker_canonical`.
pub fn names(r: &Record) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for v in [&r.speaker, &r.speaker_canonical].into_iter().flatten() {
        let mut v = v.trim_matches(py_space);
        for suffix in ["'s", "’s"] {
            if let Some(s) = v.strip_suffix(suffix) {
                v = s;
                break;
            }
        }
        let lower = v.to_lowercase();
        let toks: Vec<&str> = lower
            .split(|c: char| !(word_char(c) || c == '.' || c == '-'))
            .filter(|t| !t.is_empty())
            .filter(|t| !HONOR.contains(&t.trim_matches('.')))
            .collect();
        if !toks.is_empty() {
            out.insert(toks.join(" "));
        }
    }
    out
}

/// Python's `\w` for `str` patterns: alphanumeric or underscore.
fn word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Whether the predicted speaker of `p` is right for gold record `g`.
pub fn speaker_ok(g: &Record, p: &Record) -> bool {
    if let (Some(gs), Some(ps)) = (g.speaker_span(), p.speaker_span()) {
        if gs.1.min(ps.1) > gs.0.max(ps.0) {
            return true;
        }
    }
    let pn = names(p);
    for a in &names(g) {
        for b in &pn {
            if a == b {
                return true;
            }
            let at: Vec<&str> = a.split(' ').collect();
            let bt: Vec<&str> = b.split(' ').collect();
            let surname =
                |x: &[&str], y: &[&str]| x.len() == 1 && y.len() > 1 && Some(&x[0]) == y.last();
            if surname(&at, &bt) || surname(&bt, &at) {
                return true;
            }
        }
    }
    false
}

/// One matched pair: indexes into the gold and prediction slices.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Pair {
    /// Index of the gold record.
    pub gold: usize,
    /// Index of the prediction.
    pub pred: usize,
    /// Whether the speaker is right.
    pub speaker_ok: bool,
}

/// Matches the predictions of one document to its gold records,
/// one-to-one, right speaker first, then best Dice, then lowest indexes.
pub fn match_doc(gold: &[&Record], pred: &[&Record]) -> Vec<Pair> {
    let mut cands = Vec::new();
    for (i, g) in gold.iter().enumerate() {
        for (j, p) in pred.iter().enumerate() {
            let d = dice(g, p);
            if d >= MIN_DICE {
                cands.push((speaker_ok(g, p), d, i, j));
            }
        }
    }
    cands.sort_by(|a, b| {
        b.0.cmp(&a.0)
            .then(b.1.total_cmp(&a.1))
            .then(a.2.cmp(&b.2))
            .then(a.3.cmp(&b.3))
    });
    let mut gold_used = vec![false; gold.len()];
    let mut pred_used = vec![false; pred.len()];
    let mut out = Vec::new();
    for (ok, _, i, j) in cands {
        if gold_used[i] || pred_used[j] {
            continue;
        }
        gold_used[i] = true;
        pred_used[j] = true;
        out.push(Pair {
            gold: i,
            pred: j,
            speaker_ok: ok,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(span: Option<(i64, i64)>, content: &str, spk: &str) -> Record {
        Record {
            content: content.to_string(),
            content_start: span.map(|s| s.0),
            content_end: span.map(|s| s.1),
            speaker: (!spk.is_empty()).then(|| spk.to_string()),
            ..Record::default()
        }
    }

    fn named(speaker: &str, canonical: Option<&str>) -> Record {
        Record {
            speaker: Some(speaker.to_string()),
            speaker_canonical: canonical.map(str::to_string),
            ..Record::default()
        }
    }

    #[test]
    fn dice_spans() {
        let g = rec(Some((0, 10)), "", "");
        assert_eq!(dice(&g, &rec(Some((0, 10)), "", "")), 1.0);
        assert_eq!(dice(&g, &rec(Some((5, 15)), "", "")), 0.5);
        assert_eq!(dice(&g, &rec(Some((10, 20)), "", "")), 0.0);
        // 2*4 / (10+6) = 0.5
        assert_eq!(dice(&g, &rec(Some((6, 12)), "", "")), 0.5);
    }

    #[test]
    fn dice_text_fallback() {
        let g = rec(Some((0, 10)), "“We will respond,” he said.", "");
        // No span on the prediction, so token Dice: the trimmed gold is
        // `we will respond,” he said` (5 tokens), the prediction has 3, and
        // 2 are common ("respond,”" is not "respond"): 2*2 / (5+3) = 0.5
        let p = rec(None, "We will respond", "");
        assert_eq!(dice(&g, &p), 0.5);
        let empty = rec(None, " “” ", "");
        assert_eq!(dice(&g, &empty), 0.0);
        // repeated tokens count as a multiset: {a,a,b} vs {a,b,b}: 2*2/6
        let a = rec(None, "a a b", "");
        let b = rec(None, "A b B", "");
        assert_eq!(dice(&a, &b), 4.0 / 6.0);
        // an empty span (end == start) also falls back to the text
        let c = rec(Some((3, 3)), "a a b", "");
        assert_eq!(dice(&c, &a), 1.0);
    }

    #[test]
    fn names_normalized() {
        let n = names(&named("President Vladimir Putin's", None));
        assert_eq!(n.into_iter().collect::<Vec<_>>(), ["vladimir putin"]);
        let n = names(&named("Mr. Lavrov’s", Some("Sergey Lavrov")));
        assert_eq!(
            n.into_iter().collect::<Vec<_>>(),
            ["lavrov", "sergey lavrov"]
        );
        // only a trailing lowercase 's is removed, and only once
        assert!(names(&named("Jones'S", None)).contains("jones s"));
        // honorifics alone leave no name
        assert!(names(&named("the President", None)).is_empty());
        // non-ASCII letters are word characters
        assert!(
            names(&named("Señor Müller-Lüdenscheidt", None)).contains("señor müller-lüdenscheidt")
        );
    }

    #[test]
    fn speaker_agreement() {
        let full = named("Sergey Lavrov", None);
        assert!(speaker_ok(&full, &named("Lavrov", None)));
        assert!(speaker_ok(&named("Lavrov", None), &full));
        assert!(!speaker_ok(&full, &named("Sergey", None)));
        assert!(!speaker_ok(
            &named("Lavrov", None),
            &named("Lavrov X", None)
        ));
        assert!(speaker_ok(&named("he", Some("Sergey Lavrov")), &full));
        assert!(!speaker_ok(&named("he", None), &named("she", None)));
        // overlapping mention spans win whatever the names
        let mut a = named("he", None);
        let mut b = named("the minister", None);
        (a.speaker_start, a.speaker_end) = (Some(10), Some(12));
        (b.speaker_start, b.speaker_end) = (Some(11), Some(20));
        assert!(speaker_ok(&a, &b));
        (b.speaker_start, b.speaker_end) = (Some(12), Some(20));
        assert!(!speaker_ok(&a, &b));
    }

    #[test]
    fn one_to_one_prefers_right_speaker_then_dice() {
        let g0 = rec(Some((0, 10)), "", "Smith");
        let g1 = rec(Some((0, 10)), "", "Jones");
        // p0 overlaps both fully, speaker Jones; p1 a bit less, Smith
        let p0 = rec(Some((0, 10)), "", "Jones");
        let p1 = rec(Some((0, 8)), "", "Smith");
        let pairs = match_doc(&[&g0, &g1], &[&p0, &p1]);
        assert_eq!(
            pairs,
            [
                Pair {
                    gold: 1,
                    pred: 0,
                    speaker_ok: true
                },
                Pair {
                    gold: 0,
                    pred: 1,
                    speaker_ok: true
                },
            ]
        );
        // two predictions for one gold: only the best one matches
        let pairs = match_doc(&[&g0], &[&p1, &p0]);
        assert_eq!(
            pairs,
            [Pair {
                gold: 0,
                pred: 0,
                speaker_ok: true
            }]
        );
        // ties go to the lowest indexes
        let pairs = match_doc(&[&g0, &g0], &[&p1, &p1]);
        assert_eq!(
            pairs[0],
            Pair {
                gold: 0,
                pred: 0,
                speaker_ok: true
            }
        );
        assert_eq!(
            pairs[1],
            Pair {
                gold: 1,
                pred: 1,
                speaker_ok: true
            }
        );
    }
}
