//! `whosaid gazetteer check`: validate gazetteer files and report every
//! problem with its file and line: duplicate ids, aliases shared by
//! several entries, bad or reversed dates, unknown countries, offices of
//! unknown people, roles with no surface form.

use std::collections::{HashMap, HashSet};

/// A problem found in a gazetteer file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// File name as shown.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// What is wrong.
    pub msg: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.msg)
    }
}

/// One file to check: (kind such as `people.csv`, name shown, contents).
pub type Source<'a> = (&'a str, String, String);

fn rows(text: &str) -> Vec<(usize, HashMap<String, String>)> {
    let mut rdr = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = rdr
        .headers()
        .map(|h| h.iter().map(str::to_string).collect())
        .unwrap_or_default();
    rdr.records()
        .filter_map(Result::ok)
        .map(|r| {
            let line = r.position().map_or(0, |p| p.line() as usize);
            (
                line,
                headers
                    .iter()
                    .cloned()
                    .zip(r.iter().map(|c| c.trim().to_string()))
                    .collect(),
            )
        })
        .collect()
}

fn date_ok(d: &str) -> bool {
    let b = d.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && d[..4].parse::<u32>().is_ok()
        && d[5..7].parse::<u32>().is_ok_and(|m| (1..=12).contains(&m))
        && d[8..].parse::<u32>().is_ok_and(|x| (1..=31).contains(&x))
}

/// Checks the files; later files override earlier ones with the same id
/// (as `--gazetteer` does), so only duplicates within one file are errors.
pub fn check(sources: &[Source]) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut p = |file: &str, line: usize, msg: String| {
        problems.push(Problem {
            file: file.to_string(),
            line,
            msg,
        })
    };
    // Pass 1: ids and countries.
    let mut states: HashSet<String> = HashSet::new();
    let mut entity_ids: HashSet<String> = HashSet::new();
    let mut people: HashSet<String> = HashSet::new();
    let mut roles: HashSet<String> = HashSet::new();
    for (kind, name, text) in sources {
        let mut seen: HashMap<String, usize> = HashMap::new();
        let key = if *kind == "offices.csv" {
            None
        } else if *kind == "roles.csv" {
            Some("role")
        } else {
            Some("id")
        };
        for (line, r) in rows(text) {
            let Some(key) = key else { continue };
            let id = r.get(key).cloned().unwrap_or_default();
            if id.is_empty() {
                p(name, line, format!("empty `{key}`"));
                continue;
            }
            if let Some(first) = seen.insert(id.clone(), line) {
                p(
                    name,
                    line,
                    format!("duplicate {key} `{id}` (first on line {first})"),
                );
            }
            match *kind {
                "states.csv" => {
                    states.insert(id.clone());
                }
                "people.csv" => {
                    people.insert(id.clone());
                }
                "roles.csv" => {
                    roles.insert(id.clone());
                    if r.get("forms").is_none_or(|f| f.is_empty()) {
                        p(name, line, format!("role `{id}` has no forms"));
                    }
                }
                _ => {}
            }
            entity_ids.insert(id);
        }
    }
    let country_ok = |c: &str| {
        c.is_empty() || c == "ZZ" || c == "EU" || states.contains(c) || entity_ids.contains(c)
    };
    // Pass 2: references, dates and aliases.
    let mut alias_owner: HashMap<String, (String, String, usize)> = HashMap::new();
    for (kind, name, text) in sources {
        for (line, r) in rows(text) {
            let get = |k: &str| r.get(k).map(String::as_str).unwrap_or("");
            if matches!(*kind, "organizations.csv" | "people.csv" | "offices.csv")
                && !country_ok(get("country"))
            {
                p(name, line, format!("unknown country `{}`", get("country")));
            }
            if *kind == "offices.csv" {
                let (pid, from, to) = (get("person_id"), get("valid_from"), get("valid_to"));
                if !people.contains(pid) {
                    p(name, line, format!("office names unknown person `{pid}`"));
                }
                if !roles.is_empty() && !roles.contains(get("role")) {
                    p(
                        name,
                        line,
                        format!("unknown role `{}` (not in roles.csv)", get("role")),
                    );
                }
                for d in [from, to] {
                    if !d.is_empty() && !date_ok(d) {
                        p(name, line, format!("bad date `{d}` (want YYYY-MM-DD)"));
                    }
                }
                if date_ok(from) && date_ok(to) && to < from {
                    p(
                        name,
                        line,
                        format!("valid_to {to} is before valid_from {from}"),
                    );
                }
                continue;
            }
            let id = get("id").to_string();
            let cols: &[&str] = match *kind {
                "states.csv" => &["aliases", "metonyms", "demonyms", "government_aliases"],
                "organizations.csv" => &["aliases"],
                "people.csv" => &["aliases", "short"],
                _ => &[],
            };
            for c in cols {
                for a in get(c).split('|').map(str::trim).filter(|a| !a.is_empty()) {
                    match alias_owner.get(a) {
                        Some((other, ofile, oline)) if *other != id => {
                            p(name, line, format!("alias `{a}` of `{id}` is also an alias of `{other}` ({ofile}:{oline})"));
                        }
                        Some(_) => {}
                        None => {
                            alias_owner.insert(a.to_string(), (id.clone(), name.clone(), line));
                        }
                    }
                }
            }
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::DEFAULT_FILES;

    #[test]
    fn default_gazetteer_is_clean() {
        let sources: Vec<Source> = DEFAULT_FILES
            .iter()
            .map(|(k, t)| (*k, format!("gazetteer/{k}"), t.to_string()))
            .collect();
        let problems = check(&sources);
        assert!(
            problems.is_empty(),
            "{}",
            problems
                .iter()
                .map(|p| p.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        );
    }

    #[test]
    fn problems_name_file_and_line() {
        let sources: Vec<Source> = vec![
            ("states.csv", "s.csv".into(), "id,name,type,aliases,metonyms,demonyms,government_aliases\nAAA,Aland,state,Aland,Alton,,\n".into()),
            ("people.csv", "p.csv".into(), "id,name,aliases,gender,country,short\nper:x,X Y,X Y|Alton,M,AAA,\nper:x,X Z,,M,QQQ,\n".into()),
            ("offices.csv", "o.csv".into(), "person_id,role,country,valid_from,valid_to\nper:x,pm,AAA,2020-01-01,2019-01-01\nper:nobody,pm,AAA,2020-13-01,\n".into()),
        ];
        let got: Vec<String> = check(&sources).iter().map(|p| p.to_string()).collect();
        let want = [
            "p.csv:3: duplicate id `per:x` (first on line 2)",
            "p.csv:2: alias `Alton` of `per:x` is also an alias of `AAA` (s.csv:2)",
            "p.csv:3: unknown country `QQQ`",
            "o.csv:2: valid_to 2019-01-01 is before valid_from 2020-01-01",
            "o.csv:3: office names unknown person `per:nobody`",
            "o.csv:3: bad date `2020-13-01` (want YYYY-MM-DD)",
        ];
        for w in want {
            assert!(got.iter().any(|g| g == w), "missing {w:?} in {got:#?}");
        }
    }
}
