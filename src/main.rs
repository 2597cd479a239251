use std::process::ExitCode;

use clap::FromArgMatches;

fn main() -> ExitCode {
    let matches = fer::cli::command().get_matches();
    match fer::cli::Cli::from_arg_matches(&matches) {
        Ok(cli) => fer::main_with(cli),
        Err(e) => e.exit(),
    }
}
