//! Comparing a report with a saved baseline report: what got better or
//! worse, overall, per kind, per rule and case by case.
//!
//! A *regression* is a drop in end-to-end F1 or quotes F1, or a gold
//! record whose outcome got worse (right -> wrong speaker or missed, wrong
//! speaker -> missed). New spurious predictions are listed as worse; they
//! count as a regression through the F1 they cost.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::{Deserialize, Serialize};

use super::report::{Case, KindRecall, Outcome, PredTally, Report};

/// Differences smaller than this are noise from float round trips.
const EPS: f64 = 1e-9;

/// One number that changed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Change {
    /// What it is: `end-to-end F1`, `recall[direct]`, `rule q1 precision`.
    pub name: String,
    /// In the baseline (None: not there).
    pub old: Option<f64>,
    /// Now (None: gone).
    pub new: Option<f64>,
    /// Whether the number is a count (shown without decimals).
    #[serde(default)]
    pub count: bool,
}

/// One case whose outcome changed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Flip {
    /// Outcome in the baseline (None: the case is new).
    pub old: Option<Outcome>,
    /// Outcome now (None: the case is gone).
    pub new: Option<Outcome>,
    /// The case, as now (or as in the baseline when gone).
    pub case: Case,
}

/// The comparison of a report with a baseline.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Diff {
    /// Overall numbers that changed.
    pub overall: Vec<Change>,
    /// Recall by gold kind, changed.
    pub by_kind: Vec<Change>,
    /// Precision by predicted kind, changed.
    pub by_pred_kind: Vec<Change>,
    /// Per-rule right counts and precision, changed.
    pub by_rule: Vec<Change>,
    /// Cases that got better.
    pub better: Vec<Flip>,
    /// Cases that got worse.
    pub worse: Vec<Flip>,
    /// Gold records in only one of the two reports (the gold changed).
    pub gold_only_in_one: usize,
    /// Why this is a regression; empty when it is not.
    pub regressions: Vec<String>,
}

impl Diff {
    /// Compares `now` with `base`.
    pub fn new(base: &Report, now: &Report) -> Diff {
        let mut d = Diff::default();
        let overall = |r: &Report| {
            vec![
                ("end-to-end F1", r.end_to_end.f1),
                ("end-to-end P", r.end_to_end.precision),
                ("end-to-end R", r.end_to_end.recall),
                ("quotes F1", r.quotes.f1),
                ("quotes P", r.quotes.precision),
                ("quotes R", r.quotes.recall),
                ("speaker accuracy", r.speaker.accuracy),
            ]
        };
        for ((name, old), (_, new)) in overall(base).into_iter().zip(overall(now)) {
            push(&mut d.overall, name.to_string(), Some(old), Some(new));
            if new < old - EPS && name.ends_with("F1") {
                d.regressions.push(format!("{name} {old:.3} -> {new:.3}"));
            }
        }
        let recall = |m: &BTreeMap<String, KindRecall>| -> BTreeMap<String, f64> {
            m.iter()
                .map(|(k, v)| (format!("recall[{k}]"), v.recall()))
                .collect()
        };
        changes(
            &mut d.by_kind,
            recall(&base.recall_by_kind),
            recall(&now.recall_by_kind),
        );
        let prec = |m: &BTreeMap<String, PredTally>, what: &str| {
            let mut out = BTreeMap::new();
            for (k, v) in m {
                out.insert(format!("{what} {k} right"), v.right as f64);
                out.insert(format!("{what} {k} precision"), v.precision());
            }
            out
        };
        changes(
            &mut d.by_pred_kind,
            prec(&base.precision_by_kind, "kind"),
            prec(&now.precision_by_kind, "kind"),
        );
        changes(
            &mut d.by_rule,
            prec(&base.rules, "rule"),
            prec(&now.rules, "rule"),
        );
        d.flips(base, now);
        let n = d
            .worse
            .iter()
            .filter(|f| f.old.is_some() && f.new.is_some())
            .count();
        if n > 0 {
            d.regressions.push(format!("{n} gold records got worse"));
        }
        d
    }

    fn flips(&mut self, base: &Report, now: &Report) {
        let key = |c: &Case| (c.outcome == Outcome::Spurious, c.id.clone());
        let old: HashMap<_, &Case> = base.cases.iter().map(|c| (key(c), c)).collect();
        let new: HashMap<_, &Case> = now.cases.iter().map(|c| (key(c), c)).collect();
        for c in &now.cases {
            match old.get(&key(c)) {
                Some(o) if o.outcome < c.outcome => self.better.push(flip(Some(o), Some(c), c)),
                Some(o) if o.outcome > c.outcome => self.worse.push(flip(Some(o), Some(c), c)),
                Some(_) => {}
                None if c.outcome == Outcome::Spurious => self.worse.push(flip(None, Some(c), c)),
                None => self.gold_only_in_one += 1,
            }
        }
        for c in &base.cases {
            if !new.contains_key(&key(c)) {
                if c.outcome == Outcome::Spurious {
                    self.better.push(flip(Some(c), None, c));
                } else {
                    self.gold_only_in_one += 1;
                }
            }
        }
    }

    /// Whether anything regressed (see the module docs).
    pub fn is_regression(&self) -> bool {
        !self.regressions.is_empty()
    }

    /// The comparison as text.
    pub fn to_text(&self, baseline: &str) -> String {
        let mut s = format!("\n>> Compared with {baseline}\n");
        for c in self
            .overall
            .iter()
            .chain(&self.by_kind)
            .chain(&self.by_pred_kind)
            .chain(&self.by_rule)
        {
            s.push_str(&format!("{:<40}{}\n", c.name, change_text(c)));
        }
        if self.overall.is_empty() && self.by_kind.is_empty() && self.by_rule.is_empty() {
            s.push_str("no number changed\n");
        }
        if self.gold_only_in_one > 0 {
            s.push_str(&format!(
                "note: {} gold records are in only one report (gold changed?)\n",
                self.gold_only_in_one
            ));
        }
        for (head, flips) in [("better", &self.better), ("worse", &self.worse)] {
            s.push_str(&format!("\n>> {head}: {} cases\n", flips.len()));
            for f in flips {
                let side = f.case.gold.as_ref().or(f.case.pred.as_ref());
                let content = side.map(|x| x.content.as_str()).unwrap_or("");
                s.push_str(&format!(
                    "{} {}: {} -> {}  {:?}\n",
                    if head == "better" { "+" } else { "-" },
                    f.case.id,
                    f.old.map_or("(none)", Outcome::label),
                    f.new.map_or("(none)", Outcome::label),
                    content.chars().take(60).collect::<String>()
                ));
            }
        }
        if self.is_regression() {
            s.push_str(&format!("\nREGRESSION: {}\n", self.regressions.join("; ")));
        } else {
            s.push_str("\nno regression\n");
        }
        s
    }
}

fn flip(old: Option<&Case>, new: Option<&Case>, case: &Case) -> Flip {
    Flip {
        old: old.map(|c| c.outcome),
        new: new.map(|c| c.outcome),
        case: case.clone(),
    }
}

fn push(out: &mut Vec<Change>, name: String, old: Option<f64>, new: Option<f64>) {
    let same = match (old, new) {
        (Some(a), Some(b)) => (a - b).abs() <= EPS,
        _ => false,
    };
    if !same {
        let count = name.ends_with(" right");
        out.push(Change {
            name,
            old,
            new,
            count,
        });
    }
}

fn changes(out: &mut Vec<Change>, old: BTreeMap<String, f64>, new: BTreeMap<String, f64>) {
    let names: BTreeSet<&String> = old.keys().chain(new.keys()).collect();
    for name in names {
        push(
            out,
            name.clone(),
            old.get(name).copied(),
            new.get(name).copied(),
        );
    }
}

fn change_text(c: &Change) -> String {
    let p = if c.count { 0 } else { 3 };
    let v = |x: Option<f64>| x.map_or("-".to_string(), |x| format!("{x:.p$}"));
    let delta = match (c.old, c.new) {
        (Some(a), Some(b)) => format!("  ({:+.p$})", b - a),
        _ => String::new(),
    };
    format!("{} -> {}{delta}", v(c.old), v(c.new))
}

#[cfg(test)]
mod tests {
    use super::super::{score, Options, Record};
    use super::*;

    fn rec(start: i64, spk: &str) -> Record {
        Record {
            doc_id: Some("d".into()),
            kind: Some("direct".into()),
            content_start: Some(start),
            content_end: Some(start + 10),
            speaker: Some(spk.into()),
            ..Record::default()
        }
    }

    #[test]
    fn flips_and_regressions() {
        let gold = vec![rec(0, "A"), rec(20, "B"), rec(40, "C")];
        let base = score(
            &gold,
            &[rec(0, "A"), rec(20, "X"), rec(60, "S")],
            &Options::default(),
        );
        let now = score(
            &gold,
            &[rec(0, "Z"), rec(20, "B"), rec(40, "C")],
            &Options::default(),
        );
        let d = Diff::new(&base, &now);
        let ids = |fs: &[Flip]| fs.iter().map(|f| f.case.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&d.better), ["d:20-30", "d:40-50", "pred:d:60-70"]);
        assert_eq!(ids(&d.worse), ["d:0-10"]);
        assert_eq!(d.worse[0].old, Some(Outcome::Right));
        assert_eq!(d.worse[0].new, Some(Outcome::WrongSpeaker));
        // F1 went up (1/3 -> 2/3) but one gold record got worse
        assert_eq!(d.regressions, ["1 gold records got worse"]);
        let d = Diff::new(&now, &now);
        assert!(!d.is_regression());
        assert!(d.overall.is_empty() && d.better.is_empty() && d.worse.is_empty());
        // a new spurious prediction alone regresses through the F1
        let more = score(
            &gold,
            &[rec(0, "Z"), rec(20, "B"), rec(40, "C"), rec(80, "S")],
            &Options::default(),
        );
        let d = Diff::new(&now, &more);
        assert_eq!(ids(&d.worse), ["pred:d:80-90"]);
        assert!(d.regressions[0].starts_with("end-to-end F1"));
    }

    #[test]
    fn counts_show_no_decimals() {
        let mut out = Vec::new();
        push(&mut out, "rule q1 right".into(), Some(3.0), Some(5.0));
        push(&mut out, "rule q1 precision".into(), Some(0.5), None);
        push(&mut out, "same".into(), Some(0.5), Some(0.5));
        assert_eq!(out.len(), 2);
        assert_eq!(change_text(&out[0]), "3 -> 5  (+2)");
        assert_eq!(change_text(&out[1]), "0.500 -> -");
    }
}
