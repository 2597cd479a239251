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
    let script = String::from_utf8_lossy(&buf).into_owned();
    match shell {
        Shell::Zsh => zsh_either_way(&script),
        _ => script,
    }
}

/// The zsh script works sourced and as `_fer` in a directory of `fpath`:
/// autoloaded by compinit, its body runs on the first Tab, which it then
/// answers (a bare `compdef` would leave that Tab without candidates).
fn zsh_either_way(script: &str) -> String {
    const REGISTER: &str = "compdef _clap_dynamic_completer_fer fer";
    if !script.contains(REGISTER) {
        return script.to_string();
    }
    script.replace(
        REGISTER,
        "if [[ \"${funcstack[1]}\" == _fer ]]; then\n    \
         # Autoloaded from fpath: this Tab is the one to answer.\n    \
         _clap_dynamic_completer_fer \"$@\"\n\
         else\n    \
         compdef _clap_dynamic_completer_fer fer\n\
         fi",
    )
}

pub fn completions(ctx: &Context, shell: Shell) -> Result<ExitCode> {
    ctx.out.io.out.write_str(&script(shell));
    Ok(ExitCode::SUCCESS)
}
