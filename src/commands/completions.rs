//! `fer completions SHELL`.

use std::process::ExitCode;

use crate::cli::Shell;
use crate::context::Context;
use crate::error::Result;

/// The completion script for `shell`, as `fer completions` prints it: a
/// few lines that make the shell ask `fer` itself on every Tab (commands,
/// flags, events, and environments, ids and profiles from local caches;
/// never the network).
pub fn script(shell: Shell) -> String {
    use clap_complete::env::{Bash, Elvish, EnvCompleter, Fish, Powershell, Zsh};
    let target: &dyn EnvCompleter = match shell {
        Shell::Bash => &Bash,
        Shell::Zsh => &Zsh,
        Shell::Fish => &Fish,
        Shell::Powershell => &Powershell,
        Shell::Elvish => &Elvish,
    };
    let mut buf = Vec::new();
    // Writing into memory cannot fail.
    let _ = target.write_registration("COMPLETE", "fer", "fer", "fer", &mut buf);
    String::from_utf8_lossy(&buf).into_owned()
}

pub fn completions(ctx: &Context, shell: Shell) -> Result<ExitCode> {
    ctx.out.io.out.write_str(&script(shell));
    Ok(ExitCode::SUCCESS)
}
