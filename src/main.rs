//! The `actorgraph` command: argument parsing and glue only (see `cli/`). Built with the
//! default feature `cli`.

mod cli;

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    // clap prints usage errors itself and exits with 2; --help and --version exit with 0.
    let cli = cli::Cli::parse();
    match cli::run(cli) {
        Ok(code) => code,
        Err(e) => {
            // Library errors name the file and carry their cause in the message already.
            cli::say!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
