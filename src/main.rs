//! The `actorgraph` command: argument parsing and glue only (see `cli/`). Built with the
//! default feature `cli`.

mod cli;

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    // clap prints usage errors itself and exits with 2; --help and --version exit with 0.
    let cli = cli::Cli::parse();
    // Ctrl-C: stop Graphviz and remove the temporary files of writes in progress before
    // exiting, as a shell expects of an interrupted command (128 + SIGINT).
    let _ = ctrlc::set_handler(|| {
        actorgraph::export::interrupt();
        cli::say!("actorgraph: interrupted");
        std::process::exit(130);
    });
    match cli::run(cli) {
        Ok(code) => code,
        Err(e) => {
            // Library errors name the file and carry their cause in the message already.
            cli::say!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
