//! The `whosaid` command line: wiring only; the work is in the library.
//!
//! Exit status: 0 all fine; 1 some documents were skipped (each named on
//! stderr) or an eval check failed (`eval --min-f1`, `eval
//! --no-regressions`); 2 usage or fatal error. A closed output pipe ends
//! quietly with 0.

mod cmd_eval;
mod cmd_extract;
mod cmd_gazetteer;
mod cmd_rules;

use clap::{Parser, Subcommand};

/// Extract who said, claimed, threatened, urged or feared what from news
/// text.
#[derive(Parser, Debug)]
#[command(name = "whosaid", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Extract attributions from articles into CSV, TSV or JSONL.
    Extract(cmd_extract::Args),
    /// Check the attribution rules against their examples.
    Rules(cmd_rules::Args),
    /// Validate the gazetteer, or look up what a mention resolves to.
    Gazetteer(cmd_gazetteer::Args),
    /// Score attributions against gold: P/R/F1, per kind, per rule.
    Eval(cmd_eval::Args),
}

fn main() {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(a) => cmd_extract::run(a),
        Command::Rules(a) => cmd_rules::run(a),
        Command::Gazetteer(a) => cmd_gazetteer::run(a),
        Command::Eval(a) => cmd_eval::run(a),
    };
    match result {
        Ok(code) => std::process::exit(code),
        Err(e) => {
            if is_broken_pipe(&e) {
                std::process::exit(0);
            }
            eprintln!("whosaid: error: {e:#}");
            std::process::exit(2);
        }
    }
}

/// Whether an error chain ends in a closed pipe.
pub fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn cli_is_consistent() {
        super::Cli::command().debug_assert();
    }
}
