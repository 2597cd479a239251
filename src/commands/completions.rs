//! `fer completions SHELL` and the man page.

use std::process::ExitCode;

use crate::cli::{self, Shell};
use crate::context::Context;
use crate::error::{Error, Result};

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

/// The man page, in roff: the top page of `write_man_pages`.
pub fn man_page() -> Result<String> {
    let fail = |e: std::io::Error| Error::failure(format!("cannot render the man page: {e}"));
    let dir = tempfile::tempdir().map_err(fail)?;
    write_man_pages(dir.path()).map_err(fail)?;
    std::fs::read_to_string(dir.path().join("fer.1")).map_err(fail)
}

/// Writes a man page for `fer` and for each subcommand into `dir`.
pub fn write_man_pages(dir: &std::path::Path) -> std::io::Result<()> {
    clap_mangen::generate_to(cli::command(), dir)
}

pub fn completions(ctx: &Context, shell: Shell) -> Result<ExitCode> {
    ctx.out.io.out.write_str(&script(shell));
    Ok(ExitCode::SUCCESS)
}

pub fn man(ctx: &Context) -> Result<ExitCode> {
    ctx.out.io.out.write_str(&man_page()?);
    Ok(ExitCode::SUCCESS)
}
