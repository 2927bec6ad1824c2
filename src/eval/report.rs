//! The [`Report`]: numbers and per-case outcomes, serialized with serde for
//! `--json` (and read back as a baseline), rendered as text in the style of
//! a lingua-rs accuracy report.
//!
//! The text report starts with the lines `score.py` prints, in its format,
//! so the two can be diffed; the tables follow.

use std::collections::BTreeMap;
use std::fmt::Write;

use serde::{Deserialize, Serialize};

use super::{DocTexts, Record};

pub use super::diff::{Change, Diff, Flip};

/// The result of scoring predictions against gold.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// Documents scored.
    pub docs: usize,
    /// Required gold records in those documents.
    pub gold: usize,
    /// Predictions in those documents.
    pub pred: usize,
    /// Content matches, whatever the speaker.
    pub quotes: Prf,
    /// Right speakers among matched required records.
    pub speaker: Accuracy,
    /// Content matches with the right speaker.
    pub end_to_end: Prf,
    /// By gold kind: required records found with the right speaker.
    pub recall_by_kind: BTreeMap<String, KindRecall>,
    /// By predicted kind: what became of the predictions.
    pub precision_by_kind: BTreeMap<String, PredTally>,
    /// By the `rule` of the predictions (`(none)` when missing).
    pub rules: BTreeMap<String, PredTally>,
    /// One case per required gold record (right, wrong speaker or missed)
    /// and per spurious prediction, in document order.
    pub cases: Vec<Case>,
    /// The comparison with a baseline report, when one was given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comparison: Option<Diff>,
}

/// Precision, recall and F1 with their counts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Prf {
    /// True positives.
    pub tp: usize,
    /// False positives.
    pub fp: usize,
    /// False negatives.
    #[serde(rename = "fn")]
    pub fn_: usize,
    /// tp / (tp + fp), 0 when there are none.
    pub precision: f64,
    /// tp / (tp + fn), 0 when there are none.
    pub recall: f64,
    /// Harmonic mean of precision and recall, 0 when both are 0.
    pub f1: f64,
}

impl Prf {
    /// Computes the ratios from the counts, as `score.py` does.
    pub fn new(tp: usize, fp: usize, fn_: usize) -> Prf {
        let precision = ratio(tp, tp + fp);
        let recall = ratio(tp, tp + fn_);
        let f1 = if precision + recall > 0.0 {
            2.0 * precision * recall / (precision + recall)
        } else {
            0.0
        };
        Prf {
            tp,
            fp,
            fn_,
            precision,
            recall,
            f1,
        }
    }
}

/// Speaker accuracy on matched required records.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Accuracy {
    /// Matched with the right speaker.
    pub right: usize,
    /// Matched.
    pub matched: usize,
    /// right / matched, 0 when none matched.
    pub accuracy: f64,
}

impl Accuracy {
    /// Computes the accuracy.
    pub fn new(right: usize, matched: usize) -> Accuracy {
        Accuracy {
            right,
            matched,
            accuracy: ratio(right, matched),
        }
    }
}

/// Recall of one gold kind.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct KindRecall {
    /// Found with the right speaker.
    pub right: usize,
    /// Required records of this kind.
    pub total: usize,
}

impl KindRecall {
    /// right / total.
    pub fn recall(&self) -> f64 {
        ratio(self.right, self.total)
    }
}

/// What became of a group of predictions (one kind or one rule).
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PredTally {
    /// Predictions.
    pub pred: usize,
    /// Matched a required record, right speaker.
    pub right: usize,
    /// Matched a required record, wrong speaker.
    pub wrong_speaker: usize,
    /// Matched nothing.
    pub spurious: usize,
    /// Matched an optional record or one without a speaker: not counted.
    pub ignored: usize,
}

impl PredTally {
    /// End-to-end precision: right / (pred - ignored).
    pub fn precision(&self) -> f64 {
        ratio(self.right, self.right + self.wrong_speaker + self.spurious)
    }
}

/// What happened to one required gold record or one prediction.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// A prediction that matched no gold record.
    Spurious,
    /// A gold record no prediction matched.
    Missed,
    /// Content matched, speaker wrong.
    WrongSpeaker,
    /// Content matched, speaker right.
    Right,
}

impl Outcome {
    /// The label used in text output.
    pub fn label(self) -> &'static str {
        match self {
            Outcome::Spurious => "spurious",
            Outcome::Missed => "missed",
            Outcome::WrongSpeaker => "wrong speaker",
            Outcome::Right => "right",
        }
    }
}

/// One scored case.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Case {
    /// `doc_id:start-end` of the gold content, or `pred:doc_id:start-end`
    /// for a spurious prediction (`#2`, `#3` on repeats).
    pub id: String,
    /// The outcome.
    pub outcome: Outcome,
    /// The gold record, except for a spurious prediction.
    pub gold: Option<Side>,
    /// The matched or spurious prediction, if any.
    pub pred: Option<Side>,
}

/// One side of a case: the parts of a record shown in reports.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Side {
    /// Document id.
    pub doc_id: String,
    /// Kind.
    pub kind: Option<String>,
    /// Content start (code points).
    pub start: Option<i64>,
    /// Content end (code points, exclusive).
    pub end: Option<i64>,
    /// The content, cut to 100 characters.
    pub content: String,
    /// Speaker mention, else canonical name.
    pub speaker: Option<String>,
    /// Canonical name, when there is also a mention.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker_canonical: Option<String>,
    /// Rule id (predictions).
    pub rule: Option<String>,
}

impl Side {
    /// The reportable parts of a record.
    pub fn of(r: &Record) -> Side {
        Side {
            doc_id: r.doc_id.clone().unwrap_or_default(),
            kind: r.kind.clone(),
            start: r.content_start,
            end: r.content_end,
            content: r.content.chars().take(100).collect(),
            speaker: r.speaker_display().map(str::to_string),
            speaker_canonical: r.speaker_canonical.clone().filter(|_| r.speaker.is_some()),
            rule: r.rule.clone(),
        }
    }

    /// `doc_id:start-end`, or `doc_id:"first words"` without offsets.
    pub fn id(&self) -> String {
        match (self.start, self.end) {
            (Some(s), Some(e)) => format!("{}:{s}-{e}", self.doc_id),
            _ => {
                let words: String = self.content.chars().take(30).collect();
                format!("{}:{words:?}", self.doc_id)
            }
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

impl Report {
    /// The text report. The first lines are `score.py`'s.
    pub fn to_text(&self) -> String {
        let (q, e) = (&self.quotes, &self.end_to_end);
        let mut s = String::new();
        let w = &mut s;
        // score.py's lines, verbatim format
        wl(
            w,
            format_args!("docs {}  gold {}  pred {}", self.docs, self.gold, self.pred),
        );
        wl(
            w,
            format_args!(
                "quotes      P {:.3}  R {:.3}  F1 {:.3}",
                q.precision, q.recall, q.f1
            ),
        );
        wl(
            w,
            format_args!("speaker acc on matched quotes {:.3}", self.speaker.accuracy),
        );
        wl(
            w,
            format_args!(
                "end-to-end  P {:.3}  R {:.3}  F1 {:.3}",
                e.precision, e.recall, e.f1
            ),
        );
        for (k, r) in &self.recall_by_kind {
            wl(
                w,
                format_args!("  recall[{k}] {:.3} of {}", r.recall(), r.total),
            );
        }
        wl(
            w,
            format_args!(
                "\n>>> End-to-end F1: {:.1}%  (quotes F1 {:.1}%, speaker \
             accuracy {:.1}%)\n",
                100.0 * e.f1,
                100.0 * q.f1,
                100.0 * self.speaker.accuracy
            ),
        );
        wl(w, format_args!(">> Counts"));
        for (name, p) in [("quotes", q), ("end-to-end", e)] {
            wl(
                w,
                format_args!("  {name:<12}tp {}  fp {}  fn {}", p.tp, p.fp, p.fn_),
            );
        }
        wl(
            w,
            format_args!(
                "  {:<12}right {} of {} matched\n",
                "speaker", self.speaker.right, self.speaker.matched
            ),
        );
        wl(
            w,
            format_args!(">> Recall by gold kind (found, right speaker)"),
        );
        wl(
            w,
            format_args!("{:<24}{:>7}{:>7}{:>8}", "kind", "right", "total", "recall"),
        );
        for (k, r) in &self.recall_by_kind {
            wl(
                w,
                format_args!("{k:<24}{:>7}{:>7}{:>8.3}", r.right, r.total, r.recall()),
            );
        }
        wl(
            w,
            format_args!("\n>> Precision by predicted kind (end to end)"),
        );
        tally_table(w, "kind", &self.precision_by_kind);
        wl(w, format_args!("\n>> Rules (precision end to end)"));
        tally_table(w, "rule", &self.rules);
        let kinds = self.kind_pairs();
        if !kinds.is_empty() {
            kind_table(w, &kinds);
        }
        s
    }

    /// How the kinds of matched pairs agree: (gold kind, predicted kind)
    /// -> pairs, over the cases whose content matched (right or wrong
    /// speaker). Matching ignores kinds, so this shows whether a rule
    /// labels what it finds as the annotators did.
    pub fn kind_pairs(&self) -> BTreeMap<(String, String), usize> {
        let mut pairs = BTreeMap::new();
        for c in &self.cases {
            if !matches!(c.outcome, Outcome::Right | Outcome::WrongSpeaker) {
                continue;
            }
            let kind = |side: &Option<Side>| {
                side.as_ref()
                    .and_then(|x| x.kind.clone())
                    .unwrap_or_else(|| "(none)".to_string())
            };
            *pairs.entry((kind(&c.gold), kind(&c.pred))).or_insert(0) += 1;
        }
        pairs
    }

    /// Lists the first `n` missed, spurious and wrong-speaker cases each,
    /// with the text around them when `docs` is given.
    pub fn errors_text(&self, n: usize, docs: Option<&DocTexts>) -> String {
        let mut s = String::new();
        for outcome in [Outcome::Missed, Outcome::Spurious, Outcome::WrongSpeaker] {
            let cases: Vec<&Case> = self.cases.iter().filter(|c| c.outcome == outcome).collect();
            wl(
                &mut s,
                format_args!(
                    "\n>> {} (first {} of {})",
                    outcome.label(),
                    n.min(cases.len()),
                    cases.len()
                ),
            );
            for c in cases.into_iter().take(n) {
                case_text(&mut s, c, docs);
            }
        }
        if docs.is_none() {
            s.push_str("\n(give the documents file, --docs, for context)\n");
        }
        s
    }
}

/// Writes one line.
fn wl(s: &mut String, args: std::fmt::Arguments<'_>) {
    s.write_fmt(args).expect("writing to a String");
    s.push('\n');
}

/// The gold-by-predicted kind table of matched pairs, with the share
/// whose kinds agree.
fn kind_table(s: &mut String, pairs: &BTreeMap<(String, String), usize>) {
    // The same kinds in rows and columns: every kind of either side.
    let mut kinds: Vec<&str> = pairs
        .keys()
        .flat_map(|(g, p)| [g.as_str(), p.as_str()])
        .collect();
    kinds.sort_unstable();
    kinds.dedup();
    let total: usize = pairs.values().sum();
    let same: usize = pairs
        .iter()
        .filter(|((g, p), _)| g == p)
        .map(|(_, n)| n)
        .sum();
    wl(
        s,
        format_args!(
            "\n>> Kinds of matched attributions (gold in rows, predicted in columns): \
             {same} of {total} agree ({:.3})",
            ratio(same, total)
        ),
    );
    let mut head = format!("{:<24}", "gold \\ pred");
    for c in &kinds {
        let _ = write!(head, "{c:>10}");
    }
    wl(s, format_args!("{head}"));
    for r in &kinds {
        let mut line = format!("{r:<24}");
        for c in &kinds {
            let n = pairs
                .get(&(r.to_string(), c.to_string()))
                .copied()
                .unwrap_or(0);
            let _ = write!(line, "{n:>10}");
        }
        wl(s, format_args!("{line}"));
    }
}

fn tally_table(s: &mut String, head: &str, rows: &BTreeMap<String, PredTally>) {
    wl(
        s,
        format_args!(
            "{head:<24}{:>7}{:>7}{:>11}{:>10}{:>9}{:>11}",
            "pred", "right", "wrong-spk", "spurious", "ignored", "precision"
        ),
    );
    for (k, t) in rows {
        wl(
            s,
            format_args!(
                "{k:<24}{:>7}{:>7}{:>11}{:>10}{:>9}{:>11.3}",
                t.pred,
                t.right,
                t.wrong_speaker,
                t.spurious,
                t.ignored,
                t.precision()
            ),
        );
    }
}

fn case_text(s: &mut String, c: &Case, docs: Option<&DocTexts>) {
    let show = |side: &Option<Side>| match side {
        None => "-".to_string(),
        Some(x) => {
            let mut t = format!(
                "{} {:?}",
                x.kind.as_deref().unwrap_or("(none)"),
                x.speaker.as_deref().unwrap_or("")
            );
            if let Some(canonical) = &x.speaker_canonical {
                let _ = write!(t, " ({canonical})");
            }
            if let Some(rule) = &x.rule {
                let _ = write!(t, " rule {rule}");
            }
            t
        }
    };
    wl(
        s,
        format_args!(
            "--- {} {}  gold: {}  pred: {}",
            c.outcome.label(),
            c.id,
            show(&c.gold),
            show(&c.pred)
        ),
    );
    let side = c
        .gold
        .as_ref()
        .or(c.pred.as_ref())
        .expect("a case has a side");
    let text = docs.and_then(|d| d.text(&side.doc_id));
    match (text, side.start, side.end) {
        (Some(text), Some(a), Some(b)) => {
            wl(s, format_args!("    {}", context(text, a, b)));
        }
        _ => wl(s, format_args!("    [[{}]]", side.content)),
    }
}

/// The sentence(s) around `text[start..end]` (code points), the span in
/// `[[ ]]`, on one line, at most about 200 characters each side.
pub fn context(text: &str, start: i64, end: i64) -> String {
    const MAX: usize = 200;
    let chars: Vec<char> = text.chars().collect();
    let clamp = |x: i64| (x.max(0) as usize).min(chars.len());
    let (a, b) = (clamp(start), clamp(end.max(start)));
    let mut left = a;
    while left > 0 && a - left < MAX {
        let c = chars[left - 1];
        let after_stop = left >= 2 && ".!?".contains(chars[left - 2]) && c.is_whitespace();
        if c == '\n' || after_stop {
            break;
        }
        left -= 1;
    }
    let mut right = b;
    while right < chars.len() && right - b < MAX {
        let c = chars[right];
        right += 1;
        if c == '\n' {
            right -= 1;
            break;
        }
        if ".!?".contains(c) && chars.get(right).is_none_or(|n| n.is_whitespace()) {
            break;
        }
    }
    let piece = |x: &[char]| -> String {
        x.iter()
            .map(|&c| if c.is_whitespace() { ' ' } else { c })
            .collect()
    };
    let mut mid = piece(&chars[a..b]);
    if b - a > 2 * MAX {
        mid = format!(
            "{} … {}",
            piece(&chars[a..a + MAX]),
            piece(&chars[b - MAX..b])
        );
    }
    let more = |yes: bool| if yes { "…" } else { "" };
    format!(
        "{}{}[[{}]]{}{}",
        more(left > 0 && chars[left - 1] != '\n' && a - left >= MAX),
        piece(&chars[left..a]).trim_start(),
        mid,
        piece(&chars[b..right]).trim_end(),
        more(right < chars.len() && right - b >= MAX),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prf_like_score_py() {
        let p = Prf::new(3, 1, 2);
        assert_eq!((p.precision, p.recall), (0.75, 0.6));
        assert!((p.f1 - 2.0 / 3.0).abs() < 1e-12);
        assert_eq!(Prf::new(0, 0, 0).f1, 0.0);
        assert_eq!(Prf::new(0, 2, 0).f1, 0.0);
        assert_eq!(Accuracy::new(0, 0).accuracy, 0.0);
    }

    #[test]
    fn context_is_the_sentence() {
        let text = "First one. He said «ça va» today. Next.\n\nOther.";
        // «ça va» is at code points 19..26
        assert_eq!(context(text, 19, 26), "He said [[«ça va»]] today.");
        assert_eq!(context(text, 0, 5), "[[First]] one.");
        assert_eq!(context(text, 41, 47), "[[Other.]]");
    }

    #[test]
    fn json_round_trip() {
        let r = super::super::score(&[], &[], &Default::default());
        let json = serde_json::to_string(&r).unwrap();
        assert!(json.contains(r#""fn":0"#));
        let back: Report = serde_json::from_str(&json).unwrap();
        assert_eq!(back, r);
    }
}
