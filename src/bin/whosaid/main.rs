//! The `whosaid` command line: wiring only; the work is in the library.

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
enum Command {}

fn main() {
    let _cli = Cli::parse();
}
