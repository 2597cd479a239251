use std::process::ExitCode;

use clap::FromArgMatches;

fn main() -> ExitCode {
    // A shell asking for completions (COMPLETE=bash fer -- …) is answered
    // here, from local caches only, and the process ends.
    clap_complete::CompleteEnv::with_factory(fer::cli::command).complete();
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let parsed = fer::cli::command()
        .try_get_matches_from(&args)
        .map_err(|e| {
            // Help is drawn by the parser whose subcommands point at the
            // global options rather than repeat them (built only then: it
            // costs a walk of the whole tree).
            use clap::error::ErrorKind;
            match e.kind() {
                ErrorKind::DisplayHelp | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
                    fer::cli::parser()
                        .try_get_matches_from(&args)
                        .err()
                        .unwrap_or(e)
                }
                _ => e,
            }
        })
        .and_then(|m| {
            let mut cli = fer::cli::Cli::from_arg_matches(&m)?;
            cli.global.note_sources(&m);
            Ok(cli)
        });
    let env = fer::settings::EnvVars::from_process();
    match parsed {
        Ok(mut cli) => match fer::settings::env_into(&mut cli.global, &env) {
            Ok(()) => fer::main_with(cli, &env),
            Err(e) => fer::setting_error(&e, &args, env.get("FER_OUTPUT")),
        },
        Err(e) => fer::usage_error(e, &args, env.get("FER_OUTPUT")),
    }
}
