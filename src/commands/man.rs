//! `fer man`: the man page (roff) on stdout; `write_man_pages` writes one
//! for every subcommand.

use std::process::ExitCode;

use crate::cli;
use crate::context::Context;
use crate::error::{Error, Result};

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

pub fn run(ctx: &Context) -> Result<ExitCode> {
    ctx.out.io.out.write_str(&man_page()?);
    Ok(ExitCode::SUCCESS)
}
