// The parser of `gazetteer/irregular_verbs.csv`, shared by `build.rs`
// (which writes the word lists the rules test from it) and
// `crate::irregular` (its tests and error messages): plain `std`, no
// crate paths.

/// One row of `gazetteer/irregular_verbs.csv`: a verb's base, its past
/// forms and its participles ("burn": "burned", "burnt"), and its class.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IrregularVerb {
    /// The base form ("take").
    pub base: String,
    /// The past forms ("took"; "burned", "burnt").
    pub pasts: Vec<String>,
    /// The past participles ("taken").
    pub participles: Vec<String>,
    /// The `class` column.
    pub class: PastClass,
}

/// The `class` column of `gazetteer/irregular_verbs.csv`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PastClass {
    /// Empty: the past reads as a verb wherever a verb may stand ("took",
    /// "put").
    Verb,
    /// `noun`: the past is as often a noun or adjective in news ("a cut",
    /// "a hit", "a slew of", "a bit", "the Fed", "a shot", "on the
    /// ground"): a verb only where the rule's context already wants one.
    Noun,
    /// `adj`: a verb (in [`PastClass::Verb`]'s list too) whose past is as
    /// often an adjective before a bare noun in news ("lost sales", "stuck
    /// valves", "a hung jury", "a lay preacher"): in a list of its own too.
    Adj,
    /// `aux`: an auxiliary ("be", "have", "do"), whose forms the rules
    /// test as auxiliaries: in no list of pasts.
    Aux,
}

/// The header `gazetteer/irregular_verbs.csv` must start with.
pub const IRREGULAR_HEADER: &str = "base,past,participle,class";

/// Parses the table: a header ([`IRREGULAR_HEADER`]), then one verb a
/// line, `base,past,participle,class`, each form of lowercase ASCII
/// letters, two pasts or participles joined by `|`, `class` empty,
/// `noun`, `adj` or `aux` ([`PastClass`]); no base twice. An error gives the line (1-based) and what is
/// wrong.
pub fn parse_irregular(text: &str) -> std::result::Result<Vec<IrregularVerb>, (usize, String)> {
    fn forms(cell: &str, what: &str) -> std::result::Result<Vec<String>, String> {
        let v: Vec<String> = cell.split('|').map(|f| f.trim().to_string()).collect();
        for f in &v {
            if f.is_empty() || f.len() > 16 || !f.bytes().all(|c| c.is_ascii_lowercase()) {
                return Err(format!(
                    "{what} `{f}` must be 1 to 16 lowercase ASCII letters"
                ));
            }
        }
        Ok(v)
    }
    let mut rows: Vec<IrregularVerb> = Vec::new();
    let mut lines = text.lines().enumerate();
    match lines.next() {
        Some((_, h)) if h.trim() == IRREGULAR_HEADER => {}
        _ => return Err((1, format!("the header must be `{IRREGULAR_HEADER}`"))),
    }
    for (i, line) in lines {
        let n = i + 1;
        if line.trim().is_empty() {
            continue;
        }
        let cells: Vec<&str> = line.split(',').map(str::trim).collect();
        if cells.len() != 4 {
            return Err((n, format!("{} columns, not 4", cells.len())));
        }
        let base = forms(cells[0], "base").map_err(|m| (n, m))?;
        if base.len() != 1 {
            return Err((n, "one base a row".to_string()));
        }
        let base = base.into_iter().next().unwrap_or_default();
        let pasts = forms(cells[1], "past").map_err(|m| (n, m))?;
        let participles = forms(cells[2], "participle").map_err(|m| (n, m))?;
        let class = match cells[3] {
            "" => PastClass::Verb,
            "noun" => PastClass::Noun,
            "adj" => PastClass::Adj,
            "aux" => PastClass::Aux,
            c => {
                return Err((
                    n,
                    format!("unknown class `{c}` (empty, `noun`, `adj` or `aux`)"),
                ))
            }
        };
        if rows.iter().any(|r| r.base == base) {
            return Err((n, format!("base `{base}` twice")));
        }
        rows.push(IrregularVerb {
            base,
            pasts,
            participles,
            class,
        });
    }
    Ok(rows)
}

/// The word lists the rules test, from the rows, each sorted with no word
/// twice: the pasts of [`PastClass::Verb`] ("took", "fled", "put"), those
/// of [`PastClass::Noun`] ("cut", "slew", "fed"), and the pasts spelled
/// like their base, of any class ("put", "cut", "cost"), and the pasts of
/// [`PastClass::Adj`] ("lost", "stuck", "hung", "lay"; also in the first
/// list). None holds an
/// auxiliary's form ("was", "had", "did") nor an "-ed" past of five
/// letters or more ("burned", "dived", "showed"): the rules' own spelling
/// tests take those.
pub fn irregular_past_lists(rows: &[IrregularVerb]) -> [Vec<String>; 4] {
    let (mut verb, mut noun, mut like, mut adj) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for r in rows {
        for p in &r.pasts {
            if r.class == PastClass::Aux || p.len() > 4 && p.ends_with("ed") {
                continue;
            }
            if r.class == PastClass::Adj {
                adj.push(p.clone());
            }
            if matches!(r.class, PastClass::Verb | PastClass::Adj) {
                verb.push(p.clone());
            } else {
                noun.push(p.clone());
            }
            if *p == r.base {
                like.push(p.clone());
            }
        }
    }
    for v in [&mut verb, &mut noun, &mut like, &mut adj] {
        v.sort();
        v.dedup();
    }
    // (A past of one class that is the other's too reads as a verb.)
    noun.retain(|w| !verb.contains(w));
    [verb, noun, like, adj]
}
