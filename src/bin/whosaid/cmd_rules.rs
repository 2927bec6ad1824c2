//! `whosaid rules test|list`: check every rule against its examples.

use std::io::Write;
use std::path::PathBuf;

use whosaid::ruleset::RuleSet;

/// Rule data commands.
#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(clap::Subcommand, Debug)]
enum Cmd {
    /// Run every rule's examples and counter-examples; exit 1 on failure.
    Test {
        /// A rules.toml to test instead of the embedded one.
        #[arg(long)]
        rules: Option<PathBuf>,
        /// Add or override gazetteer files from this directory.
        #[arg(long = "gazetteer", value_name = "DIR")]
        gazetteer: Vec<PathBuf>,
    },
    /// List the rules in the order they are tried.
    List,
}

fn load(path: &Option<PathBuf>) -> anyhow::Result<RuleSet> {
    Ok(match path {
        Some(p) => RuleSet::parse(
            &p.display().to_string(),
            &std::fs::read_to_string(p).map_err(|e| anyhow::anyhow!("{}: {e}", p.display()))?,
        )?,
        None => RuleSet::default_data()?,
    })
}

pub fn run(args: Args) -> anyhow::Result<i32> {
    // (Written with `writeln!`, not `println!`: a closed pipe
    // (`| head -1`) is an error `main` ends on quietly, where
    // `println!` panicked.)
    let mut out = std::io::stdout().lock();
    match args.cmd {
        Cmd::List => {
            for r in RuleSet::default_data()?.rules {
                writeln!(
                    out,
                    "{:<22} {:<8} {:<4} {}",
                    r.id,
                    r.kind,
                    if r.enabled { "on" } else { "off" },
                    r.description
                )?;
            }
            Ok(0)
        }
        Cmd::Test { rules, gazetteer } => {
            let rs = load(&rules)?;
            let mut ex = crate::cmd_extract::build_extractor(&gazetteer, false, None)?;
            ex.set_rules(rs.clone());
            let fails = rs.test(&ex);
            let n: usize = rs
                .rules
                .iter()
                .filter(|r| r.enabled)
                .map(|r| r.examples.len() + r.counters.len())
                .sum();
            for f in &fails {
                writeln!(out, "FAIL {} {}: {}", f.rule, f.example, f.msg)?;
            }
            writeln!(
                out,
                "{} rules, {n} examples, {} failed",
                rs.rules.len(),
                fails.len()
            )?;
            Ok(if fails.is_empty() { 0 } else { 1 })
        }
    }
}
