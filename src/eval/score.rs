//! Counting: match each document's predictions to its gold records and
//! tally the outcomes into a [`Report`].

use std::collections::{BTreeMap, HashMap, HashSet};

use super::matching::match_doc;
use super::report::{Accuracy, Case, KindRecall, Outcome, PredTally, Prf, Report, Side};
use super::Record;

/// Which documents and kinds to score.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Score only these documents (`score.py --docs`): predictions for
    /// other ids, and gold records of other ids, are ignored. Default: the
    /// doc ids of the gold records.
    pub doc_ids: Option<Vec<String>>,
    /// Score only gold records and predictions of these kinds
    /// (`score.py --kinds`).
    pub kinds: Option<Vec<String>>,
}

/// Label for a missing kind or rule.
const NONE: &str = "(none)";

/// Scores predictions against gold.
pub fn score(gold: &[Record], pred: &[Record], opts: &Options) -> Report {
    let kind_ok = |r: &&Record| match &opts.kinds {
        None => true,
        Some(ks) => r.kind.as_ref().is_some_and(|k| ks.contains(k)),
    };
    let gold: Vec<&Record> = gold.iter().filter(kind_ok).collect();
    let mut doc_ids: Vec<&str> = Vec::new();
    let mut seen = HashSet::new();
    let all_ids: Box<dyn Iterator<Item = &str>> = match &opts.doc_ids {
        Some(ids) => Box::new(ids.iter().map(String::as_str)),
        None => Box::new(gold.iter().filter_map(|g| g.doc_id.as_deref())),
    };
    for id in all_ids {
        if seen.insert(id) {
            doc_ids.push(id);
        }
    }
    let mut by_doc: HashMap<&str, (Vec<&Record>, Vec<&Record>)> = HashMap::new();
    for g in &gold {
        if let Some(d) = g.doc_id.as_deref().filter(|d| seen.contains(d)) {
            by_doc.entry(d).or_default().0.push(g);
        }
    }
    let mut n_pred = 0;
    for p in pred.iter().filter(kind_ok) {
        if let Some(d) = p.doc_id.as_deref().filter(|d| seen.contains(d)) {
            by_doc.entry(d).or_default().1.push(p);
            n_pred += 1;
        }
    }

    let mut t = Tally::default();
    let empty = (Vec::new(), Vec::new());
    for d in &doc_ids {
        let (gs, ps) = by_doc.get(d).unwrap_or(&empty);
        t.doc(gs, ps);
    }
    let quotes = Prf::new(t.q_tp, t.q_fp, t.q_fn);
    let end_to_end = Prf::new(t.e_tp, t.e_fp, t.e_fn);
    Report {
        docs: doc_ids.len(),
        gold: t.q_tp + t.q_fn,
        pred: n_pred,
        quotes,
        speaker: Accuracy::new(t.e_tp, t.q_tp),
        end_to_end,
        recall_by_kind: t.recall,
        precision_by_kind: t.by_kind,
        rules: t.by_rule,
        cases: t.cases,
        comparison: None,
    }
}

#[derive(Default)]
struct Tally {
    q_tp: usize,
    q_fp: usize,
    q_fn: usize,
    e_tp: usize,
    e_fp: usize,
    e_fn: usize,
    recall: BTreeMap<String, KindRecall>,
    by_kind: BTreeMap<String, PredTally>,
    by_rule: BTreeMap<String, PredTally>,
    cases: Vec<Case>,
    ids: HashMap<String, usize>,
}

impl Tally {
    fn doc(&mut self, gs: &[&Record], ps: &[&Record]) {
        let mut gm = vec![None; gs.len()];
        let mut pm = vec![false; ps.len()];
        for pair in match_doc(gs, ps) {
            gm[pair.gold] = Some((pair.pred, pair.speaker_ok));
            pm[pair.pred] = true;
        }
        for (g, m) in gs.iter().zip(&gm) {
            if !g.required() {
                if let Some((j, _)) = *m {
                    self.pred(ps[j], |t| t.ignored += 1);
                }
                continue;
            }
            let kind = g.kind.as_deref().unwrap_or(NONE).to_string();
            let kr = self.recall.entry(kind).or_default();
            kr.total += 1;
            let outcome = match *m {
                Some((j, true)) => {
                    kr.right += 1;
                    self.q_tp += 1;
                    self.e_tp += 1;
                    self.pred(ps[j], |t| t.right += 1);
                    Outcome::Right
                }
                Some((j, false)) => {
                    self.q_tp += 1;
                    self.e_fp += 1;
                    self.e_fn += 1;
                    self.pred(ps[j], |t| t.wrong_speaker += 1);
                    Outcome::WrongSpeaker
                }
                None => {
                    self.q_fn += 1;
                    self.e_fn += 1;
                    Outcome::Missed
                }
            };
            let pred = m.map(|(j, _)| Side::of(ps[j]));
            self.case(outcome, Some(Side::of(g)), pred);
        }
        for (p, _) in ps.iter().zip(&pm).filter(|(_, &m)| !m) {
            self.q_fp += 1;
            self.e_fp += 1;
            self.pred(p, |t| t.spurious += 1);
            self.case(Outcome::Spurious, None, Some(Side::of(p)));
        }
    }

    /// Counts a prediction in its kind's and its rule's rows.
    fn pred(&mut self, p: &Record, f: impl Fn(&mut PredTally)) {
        let kind = p.kind.as_deref().unwrap_or(NONE).to_string();
        let rule = p.rule.as_deref().unwrap_or(NONE).to_string();
        for t in [
            self.by_kind.entry(kind).or_default(),
            self.by_rule.entry(rule).or_default(),
        ] {
            t.pred += 1;
            f(t);
        }
    }

    fn case(&mut self, outcome: Outcome, gold: Option<Side>, pred: Option<Side>) {
        let side = gold.as_ref().or(pred.as_ref()).expect("a case has a side");
        let mut id = side.id();
        if outcome == Outcome::Spurious {
            id = format!("pred:{id}");
        }
        let n = self.ids.entry(id.clone()).or_default();
        *n += 1;
        if *n > 1 {
            id = format!("{id}#{n}");
        }
        self.cases.push(Case {
            id,
            outcome,
            gold,
            pred,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(doc: &str, kind: &str, span: (i64, i64), spk: &str) -> Record {
        Record {
            doc_id: Some(doc.into()),
            kind: Some(kind.into()),
            content_start: Some(span.0),
            content_end: Some(span.1),
            speaker: (!spk.is_empty()).then(|| spk.into()),
            ..Record::default()
        }
    }

    #[test]
    fn counts_and_ignored_records() {
        let mut opt = rec("a", "stance", (50, 60), "X");
        opt.optional = true;
        let gold = vec![
            rec("a", "direct", (0, 10), "Ann Lee"),
            rec("a", "indirect", (20, 30), "Bo"),
            rec("a", "indirect", (40, 45), ""),
            opt,
            rec("b", "direct", (0, 10), "Cy"),
        ];
        let mut p_rule = rec("a", "direct", (0, 9), "Lee");
        p_rule.rule = Some("q1".into());
        let pred = vec![
            p_rule,
            rec("a", "indirect", (20, 30), "Di"),
            rec("a", "indirect", (40, 45), "Ed"),
            rec("a", "stance", (50, 60), "Z"),
            rec("a", "stance", (70, 80), "Z"),
            rec("zz", "direct", (0, 10), "Cy"),
        ];
        let r = score(&gold, &pred, &Options::default());
        // required: a:0-10 (right), a:20-30 (wrong speaker), b:0-10 missed
        // pred 5 (zz ignored); 2 ignored (no-speaker, optional); 1 spurious
        assert_eq!((r.docs, r.gold, r.pred), (2, 3, 5));
        assert_eq!((r.quotes.tp, r.quotes.fp, r.quotes.fn_), (2, 1, 1));
        assert_eq!(
            (r.end_to_end.tp, r.end_to_end.fp, r.end_to_end.fn_),
            (1, 2, 2)
        );
        assert_eq!((r.speaker.right, r.speaker.matched), (1, 2));
        assert_eq!(r.recall_by_kind["direct"].total, 2);
        assert_eq!(r.recall_by_kind["direct"].right, 1);
        assert_eq!(r.precision_by_kind["stance"].ignored, 1);
        assert_eq!(r.precision_by_kind["stance"].spurious, 1);
        assert_eq!(r.rules["q1"].right, 1);
        assert_eq!(r.rules[NONE].pred, 4);
        let outcomes: Vec<_> = r.cases.iter().map(|c| (c.id.as_str(), c.outcome)).collect();
        assert_eq!(
            outcomes,
            [
                ("a:0-10", Outcome::Right),
                ("a:20-30", Outcome::WrongSpeaker),
                ("pred:a:70-80", Outcome::Spurious),
                ("b:0-10", Outcome::Missed),
            ]
        );
    }

    #[test]
    fn options_restrict_docs_and_kinds() {
        let gold = vec![rec("a", "direct", (0, 10), "X")];
        let pred = vec![
            rec("a", "direct", (0, 10), "X"),
            rec("b", "stance", (0, 10), "X"),
        ];
        let opts = Options {
            doc_ids: Some(vec!["a".into(), "b".into(), "a".into()]),
            kinds: None,
        };
        let r = score(&gold, &pred, &opts);
        assert_eq!((r.docs, r.pred, r.quotes.fp), (2, 2, 1));
        let opts = Options {
            doc_ids: opts.doc_ids,
            kinds: Some(vec!["direct".into()]),
        };
        let r = score(&gold, &pred, &opts);
        assert_eq!((r.pred, r.end_to_end.f1), (1, 1.0));
    }

    #[test]
    fn duplicate_ids_get_a_suffix() {
        let gold = vec![rec("a", "direct", (0, 10), "X"); 2];
        let r = score(&gold, &[], &Options::default());
        assert_eq!(r.cases[1].id, "a:0-10#2");
    }
}
