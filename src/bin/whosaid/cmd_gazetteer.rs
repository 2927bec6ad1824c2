//! `whosaid gazetteer check|lookup`: validate gazetteer files, and show
//! what a mention resolves to.

use std::io::Write;
use std::path::PathBuf;

use whosaid::gazetteer::check::{check, Source};
use whosaid::gazetteer::{AliasKind, EntityType, GazetteerBuilder, DEFAULT_FILES};

/// Gazetteer commands.
#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(clap::Subcommand, Debug)]
enum Cmd {
    /// Validate the gazetteer (the default one, plus DIR when given): duplicate
    /// ids, aliases shared by several entries, bad dates, unknown countries.
    /// Exit 1 when a problem is found.
    Check {
        /// A directory of gazetteer files to check on top of the default.
        dir: Option<PathBuf>,
        /// Check DIR alone, without the default files.
        #[arg(long)]
        no_default_gazetteer: bool,
    },
    /// Show what a mention resolves to ("the Kremlin", "Russia's foreign
    /// minister").
    ///
    /// Example: whosaid gazetteer lookup "the British prime minister" --date 2016-09-01
    Lookup {
        /// The mention as written.
        name: String,
        /// Resolve office holders on this date (YYYY-MM-DD).
        #[arg(long)]
        date: Option<String>,
        /// Add or override gazetteer files from this directory.
        #[arg(long = "gazetteer", value_name = "DIR")]
        gazetteer: Vec<PathBuf>,
    },
}

pub fn run(args: Args) -> anyhow::Result<i32> {
    // (Written with `writeln!`, not `println!`: a closed pipe
    // (`| head -1`) is an error `main` ends on quietly, where
    // `println!` panicked.)
    let mut out = std::io::stdout().lock();
    match args.cmd {
        Cmd::Check {
            dir,
            no_default_gazetteer,
        } => {
            let mut sources: Vec<Source> = Vec::new();
            if !no_default_gazetteer {
                sources.extend(
                    DEFAULT_FILES
                        .iter()
                        .map(|(k, t)| (*k, format!("gazetteer/{k} (embedded)"), t.to_string())),
                );
            }
            if let Some(d) = &dir {
                anyhow::ensure!(d.is_dir(), "{}: not a directory", d.display());
                for (k, _) in DEFAULT_FILES {
                    let p = d.join(k);
                    if p.exists() {
                        let text = std::fs::read_to_string(&p)
                            .map_err(|e| anyhow::anyhow!("{}: {e}", p.display()))?;
                        sources.push((k, p.display().to_string(), text));
                    }
                }
            }
            let problems = check(&sources);
            for p in &problems {
                writeln!(out, "{p}")?;
            }
            // Loading also checks what the builder enforces.
            let mut b = if no_default_gazetteer {
                GazetteerBuilder::new()
            } else {
                GazetteerBuilder::with_defaults()?
            };
            if let Some(d) = &dir {
                b.add_dir(d)?;
            }
            let g = b.build()?;
            let count = |t: EntityType| g.entities().iter().filter(|e| e.etype == t).count();
            writeln!(
                out,
                "{} problems; {} states, {} organizations, {} people, {} offices, {} aliases",
                problems.len(),
                count(EntityType::State),
                count(EntityType::Organization),
                count(EntityType::Person),
                g.offices().len(),
                g.alias_count()
            )?;
            Ok(if problems.is_empty() { 0 } else { 1 })
        }
        Cmd::Lookup {
            name,
            date,
            gazetteer,
        } => {
            let ex = crate::cmd_extract::build_extractor(&gazetteer, false, date.clone())?;
            let g = ex.gazetteer();
            let mut found = false;
            for (e, kind) in g.lookup_alias(&name) {
                let ent = g.entity(e);
                let how = match kind {
                    AliasKind::Name => "name",
                    AliasKind::Short => "surname",
                    AliasKind::Metonym => "metonym",
                    AliasKind::Demonym => "demonym (not a speaker alone)",
                    AliasKind::Government => "government form",
                };
                writeln!(
                    out,
                    "{name:?} -> {} ({}) [{:?} {}, country {}] as {how}",
                    ent.name,
                    ent.id,
                    ent.etype,
                    ent.subtype,
                    ent.country.as_deref().unwrap_or("-")
                )?;
                found = true;
            }
            if let Some(role) = g.find_role(&name) {
                let mentions = g.find_mentions(&name);
                let mut countries: Vec<String> = mentions
                    .iter()
                    .filter(|m| g.entity(m.entity).etype == EntityType::State)
                    .filter_map(|m| g.entity(m.entity).country.clone())
                    .collect();
                // Else an organization with that office ("the U.N.
                // secretary-general": offices listed under `org:un`).
                if countries.is_empty() {
                    countries.extend(
                        mentions
                            .iter()
                            .map(|m| g.entity(m.entity))
                            .filter(|e| {
                                e.etype == EntityType::Organization && g.has_office(role, &e.id)
                            })
                            .map(|e| e.id.clone())
                            .take(1),
                    );
                }
                for c in &countries {
                    let holders = g.holders(role, c, date.as_deref());
                    let when = date
                        .as_deref()
                        .map_or("at any time".to_string(), |d| format!("on {d}"));
                    writeln!(
                        out,
                        "{name:?} -> role {role} of {c}, {} holder(s) {when}:",
                        holders.len()
                    )?;
                    for p in holders {
                        for o in g
                            .offices()
                            .iter()
                            .filter(|o| o.person == p && o.role == role && &o.country == c)
                        {
                            writeln!(
                                out,
                                "  {} ({}) {} .. {}",
                                g.entity(p).name,
                                g.entity(p).id,
                                o.from.as_deref().unwrap_or("?"),
                                o.to.as_deref().unwrap_or("now")
                            )?;
                        }
                    }
                    found = true;
                }
                if countries.is_empty() {
                    writeln!(
                        out,
                        "{name:?} -> role {role}, but no state (or organization with that office) named in the phrase"
                    )?;
                    found = true;
                }
            }
            if !found {
                writeln!(out, "{name:?}: not in the gazetteer")?;
            }
            Ok(if found { 0 } else { 1 })
        }
    }
}
