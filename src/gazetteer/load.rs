//! Loading gazetteer CSV files (embedded defaults and user directories).
//!
//! Files and columns (see `gazetteer/README.md`); `|` separates values in a
//! cell:
//! Only the alias columns are matched; `name` is the canonical name.
//!
//! - `states.csv`: id, name, type, aliases, metonyms, demonyms,
//!   government_aliases
//! - `organizations.csv`: id, name, type, aliases, country
//! - `people.csv`: id, name, aliases, gender, country, short, party
//!   (`party` optional: "D", "R", "I", then optionally the state code,
//!   "D OH")
//! - `offices.csv`: person_id, role, country, valid_from, valid_to
//! - `roles.csv`: role, forms

use rustc_hash::FxHashMap as HashMap;
use std::path::Path;

use super::{AliasKind, Entity, EntityType, Gazetteer, Gender, Office, Party};
use crate::error::{Error, Result};

/// The embedded default files: (name, contents).
pub const DEFAULT_FILES: [(&str, &str); 5] = [
    ("states.csv", include_str!("../../gazetteer/states.csv")),
    (
        "organizations.csv",
        include_str!("../../gazetteer/organizations.csv"),
    ),
    ("people.csv", include_str!("../../gazetteer/people.csv")),
    ("offices.csv", include_str!("../../gazetteer/offices.csv")),
    ("roles.csv", include_str!("../../gazetteer/roles.csv")),
];

/// Collects entries from several sources, later ones overriding earlier
/// ones with the same id, then builds a [`Gazetteer`].
#[derive(Default)]
pub struct GazetteerBuilder {
    /// The entities with the range of their aliases in `aliases`.
    entities: Vec<(Entity, std::ops::Range<usize>)>,
    /// Entity index -> its US party (people.csv's `party`), when known.
    parties: HashMap<usize, Party>,
    /// Every alias read, in reading order. (One vector for all, not one
    /// per entity: about 17,000 fewer allocations at start-up. An entity
    /// replaced by a later one with the same id leaves its aliases
    /// unused.)
    aliases: Vec<(String, AliasKind)>,
    /// Entity id -> its index in `entities` (becomes the gazetteer's
    /// `by_id`).
    index: HashMap<String, usize>,
    /// (person id, office) with a placeholder person index.
    offices: Vec<(String, Office)>,
    role_forms: Vec<(String, String)>,
}

fn split(cell: &str) -> impl Iterator<Item = &str> {
    crate::text::split_byte(cell, b'|')
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

fn valid_date(d: &str) -> bool {
    let b = d.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

impl GazetteerBuilder {
    /// An empty builder (`--no-default-gazetteer`).
    pub fn new() -> GazetteerBuilder {
        GazetteerBuilder::default()
    }

    /// A builder holding the embedded default data.
    pub fn with_defaults() -> Result<GazetteerBuilder> {
        let mut b = GazetteerBuilder::new();
        for (name, text) in DEFAULT_FILES {
            b.add_file(name, &format!("gazetteer/{name}"), text)?;
        }
        Ok(b)
    }

    /// Adds every known file present in `dir`. Unknown files are ignored.
    pub fn add_dir(&mut self, dir: &Path) -> Result<()> {
        if !dir.is_dir() {
            return Err(Error::io(
                &dir.display().to_string(),
                std::io::Error::new(std::io::ErrorKind::NotFound, "not a directory"),
            ));
        }
        for (name, _) in DEFAULT_FILES {
            let path = dir.join(name);
            if path.exists() {
                let shown = path.display().to_string();
                let text = std::fs::read_to_string(&path).map_err(|e| Error::io(&shown, e))?;
                self.add_file(name, &shown, &text)?;
            }
        }
        Ok(())
    }

    /// Adds the contents of one file; `kind` is its base name
    /// (`states.csv`, ...), `shown` the name used in errors.
    pub fn add_file(&mut self, kind: &str, shown: &str, text: &str) -> Result<()> {
        let mut rdr = csv::ReaderBuilder::new()
            .flexible(false)
            .from_reader(text.as_bytes());
        let headers = rdr
            .headers()
            .map_err(|e| Error::data(shown, 1, e.to_string()))?
            .clone();
        let col = |name: &str| -> Result<usize> {
            headers
                .iter()
                .position(|h| h == name)
                .ok_or_else(|| Error::data(shown, 1, format!("missing column `{name}`")))
        };
        let cols: Vec<usize> = match kind {
            "states.csv" => [
                "id",
                "name",
                "type",
                "aliases",
                "metonyms",
                "demonyms",
                "government_aliases",
            ]
            .iter()
            .map(|c| col(c))
            .collect::<Result<_>>()?,
            "organizations.csv" => ["id", "name", "type", "aliases", "country"]
                .iter()
                .map(|c| col(c))
                .collect::<Result<_>>()?,
            "people.csv" => ["id", "name", "aliases", "gender", "country", "short"]
                .iter()
                .map(|c| col(c))
                .collect::<Result<_>>()?,
            "offices.csv" => ["person_id", "role", "country", "valid_from", "valid_to"]
                .iter()
                .map(|c| col(c))
                .collect::<Result<_>>()?,
            "roles.csv" => ["role", "forms"]
                .iter()
                .map(|c| col(c))
                .collect::<Result<_>>()?,
            other => {
                return Err(Error::data(
                    shown,
                    0,
                    format!("unknown gazetteer file `{other}`"),
                ))
            }
        };
        // (people.csv's optional column.)
        let party_col = headers.iter().position(|h| h == "party");
        // Room for one entry per line (at most one per row), so that the
        // tables do not grow, and the index rehash, row by row.
        let lines = memchr::memchr_iter(b'\n', text.as_bytes()).count();
        match kind {
            "offices.csv" => self.offices.reserve(lines),
            "roles.csv" => {}
            _ => {
                self.entities.reserve(lines);
                self.index.reserve(lines);
            }
        }
        // One record, reused for every row.
        let mut rec = csv::StringRecord::new();
        while rdr.read_record(&mut rec).map_err(|e| {
            let line = e.position().map_or(0, |p| p.line() as usize);
            Error::data(shown, line, e.to_string())
        })? {
            let line = rec.position().map_or(0, |p| p.line() as usize);
            let f = |i: usize| rec.get(cols[i]).unwrap_or("").trim();
            match kind {
                "states.csv" => {
                    let id = f(0);
                    if id.is_empty() || f(1).is_empty() {
                        return Err(Error::data(shown, line, "empty id or name"));
                    }
                    // Only the alias columns are matched; `name` is the
                    // canonical name ("Georgia" is not an alias of GEO).
                    let start = self.aliases.len();
                    let aliases = &mut self.aliases;
                    aliases.extend(split(f(3)).map(|a| (a.to_string(), AliasKind::Name)));
                    aliases.extend(split(f(4)).map(|a| (a.to_string(), AliasKind::Metonym)));
                    aliases.extend(split(f(5)).map(|a| (a.to_string(), AliasKind::Demonym)));
                    aliases.extend(split(f(6)).map(|a| (a.to_string(), AliasKind::Government)));
                    let e = Entity {
                        id: id.to_string(),
                        name: f(1).to_string(),
                        etype: EntityType::State,
                        subtype: f(2).to_string(),
                        country: Some(id.to_string()),
                        gender: None,
                    };
                    self.put(e, start);
                }
                "organizations.csv" => {
                    let id = f(0);
                    if id.is_empty() || f(1).is_empty() {
                        return Err(Error::data(shown, line, "empty id or name"));
                    }
                    let start = self.aliases.len();
                    self.aliases
                        .extend(split(f(3)).map(|a| (a.to_string(), AliasKind::Name)));
                    let country = f(4);
                    let e = Entity {
                        id: id.to_string(),
                        name: f(1).to_string(),
                        etype: EntityType::Organization,
                        subtype: f(2).to_string(),
                        country: (!country.is_empty()).then(|| country.to_string()),
                        gender: None,
                    };
                    self.put(e, start);
                }
                "people.csv" => {
                    let id = f(0);
                    if id.is_empty() || f(1).is_empty() {
                        return Err(Error::data(shown, line, "empty id or name"));
                    }
                    let gender = match f(3) {
                        "M" | "m" => Some(Gender::Male),
                        "F" | "f" => Some(Gender::Female),
                        "" => None,
                        g => {
                            return Err(Error::data(
                                shown,
                                line,
                                format!("gender must be M, F or empty, not `{g}`"),
                            ))
                        }
                    };
                    let start = self.aliases.len();
                    let aliases = &mut self.aliases;
                    aliases.extend(split(f(2)).map(|a| (a.to_string(), AliasKind::Name)));
                    aliases.extend(split(f(5)).map(|a| (a.to_string(), AliasKind::Short)));
                    let country = f(4);
                    // (The optional `party` column.)
                    let cell = party_col.and_then(|c| rec.get(c)).unwrap_or("").trim();
                    let party = Party::parse(cell);
                    if party.is_none() && !cell.is_empty() {
                        return Err(Error::data(
                            shown,
                            line,
                            format!("party must be D, R or I, then a state code, not `{cell}`"),
                        ));
                    }
                    let e = Entity {
                        id: id.to_string(),
                        name: f(1).to_string(),
                        etype: EntityType::Person,
                        subtype: String::new(),
                        country: (!country.is_empty()).then(|| country.to_string()),
                        gender,
                    };
                    self.put(e, start);
                    self.set_party(id, party);
                }
                "offices.csv" => {
                    let (from, to) = (f(3), f(4));
                    for d in [from, to] {
                        if !d.is_empty() && !valid_date(d) {
                            return Err(Error::data(
                                shown,
                                line,
                                format!("bad date `{d}` (want YYYY-MM-DD)"),
                            ));
                        }
                    }
                    if !from.is_empty() && !to.is_empty() && to < from {
                        return Err(Error::data(shown, line, "valid_to before valid_from"));
                    }
                    if f(0).is_empty() || f(1).is_empty() {
                        return Err(Error::data(shown, line, "empty person_id or role"));
                    }
                    self.offices.push((
                        f(0).to_string(),
                        Office {
                            person: usize::MAX,
                            role: f(1).to_string(),
                            country: f(2).to_string(),
                            from: (!from.is_empty()).then(|| from.to_string()),
                            to: (!to.is_empty()).then(|| to.to_string()),
                        },
                    ));
                }
                _ => {
                    let role = f(0);
                    if role.is_empty() {
                        return Err(Error::data(shown, line, "empty role"));
                    }
                    for form in split(f(1)) {
                        self.role_forms
                            .push((form.to_lowercase(), role.to_string()));
                    }
                }
            }
        }
        Ok(())
    }

    /// Adds or replaces entity `e`, whose aliases are those read since
    /// `start`.
    fn put(&mut self, e: Entity, start: usize) {
        let aliases = start..self.aliases.len();
        match self.index.get(&e.id) {
            Some(&i) => self.entities[i] = (e, aliases),
            None => {
                self.index.insert(e.id.clone(), self.entities.len());
                self.entities.push((e, aliases));
            }
        }
    }

    /// Sets (or, with `None`, clears) the party of the entity with id `id`,
    /// just put.
    fn set_party(&mut self, id: &str, party: Option<Party>) {
        let Some(&i) = self.index.get(id) else { return };
        match party {
            Some(p) => {
                self.parties.insert(i, p);
            }
            None => {
                self.parties.remove(&i);
            }
        }
    }

    /// Builds the alias trie. Offices naming unknown people are an error.
    pub fn build(self) -> Result<Gazetteer> {
        let mut entities = Vec::with_capacity(self.entities.len());
        let mut read = self.aliases;
        let mut all = Vec::with_capacity(read.len());
        for (i, (e, range)) in self.entities.into_iter().enumerate() {
            let al = &mut read[range];
            // "the Kremlin" also matches "The Kremlin" at a sentence start.
            let capitalized: Vec<(String, AliasKind)> = al
                .iter()
                .filter_map(|(a, k)| a.strip_prefix("the ").map(|r| (format!("The {r}"), *k)))
                .collect();
            all.extend(
                al.iter_mut()
                    .map(|(a, k)| (std::mem::take(a), *k))
                    .chain(capitalized)
                    .map(|(a, k)| (a, i, k)),
            );
            entities.push(e);
        }
        // One pattern per alias text; the first entity keeps it. (The texts
        // are borrowed for the test, not copied.)
        let mut seen: rustc_hash::FxHashSet<&str> = Default::default();
        let keep: Vec<bool> = all
            .iter()
            .map(|(a, _, _)| seen.insert(a.as_str()))
            .collect();
        drop(seen);
        let aliases: Vec<(String, usize, AliasKind)> = all
            .into_iter()
            .zip(keep)
            .filter_map(|(a, keep)| keep.then_some(a))
            .collect();
        let mut offices = Vec::with_capacity(self.offices.len());
        for (pid, mut o) in self.offices {
            match self.index.get(&pid) {
                Some(&i) => {
                    o.person = i;
                    offices.push(o);
                }
                None => {
                    return Err(Error::data(
                        "offices.csv",
                        0,
                        format!("office `{}` names unknown person `{pid}`", o.role),
                    ))
                }
            }
        }
        let mut role_forms = self.role_forms;
        role_forms.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
        role_forms.dedup();
        let mut parties: Vec<(u32, Party)> = self
            .parties
            .into_iter()
            .map(|(i, p)| (i as u32, p))
            .collect();
        parties.sort_unstable_by_key(|p| p.0);
        Gazetteer::from_parts(entities, parties, self.index, aliases, offices, role_forms)
    }
}
