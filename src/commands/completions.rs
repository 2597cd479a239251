//! `fer completions SHELL`.

use std::process::ExitCode;

use crate::cli::{self, Shell};
use crate::context::Context;
use crate::error::Result;

/// The completion script for `shell`, as `fer completions` prints it.
pub fn script(shell: Shell) -> String {
    use clap_complete::Shell as S;
    let target = match shell {
        Shell::Bash => S::Bash,
        Shell::Zsh => S::Zsh,
        Shell::Fish => S::Fish,
        Shell::Powershell => S::PowerShell,
        Shell::Elvish => S::Elvish,
    };
    let mut buf = Vec::new();
    clap_complete::generate(target, &mut cli::command(), "fer", &mut buf);
    String::from_utf8_lossy(&buf).into_owned()
}

pub fn completions(ctx: &Context, shell: Shell) -> Result<ExitCode> {
    ctx.out.io.out.write_str(&script(shell));
    Ok(ExitCode::SUCCESS)
}
