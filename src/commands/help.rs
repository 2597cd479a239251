//! `fer help`: a command's help, or a topic (`exit-codes`), as gh has.

use std::process::ExitCode;

use crate::context::Context;
use crate::error::{Error, Result};

pub fn run(ctx: &Context, topic: &[String]) -> Result<ExitCode> {
    match topic {
        [t] if t == "exit-codes" => {
            ctx.out.data_text(&format!(
                "fer exits with one of these codes; scripts can rely on them.\n\n{}",
                crate::error::exit_codes_table()
            ));
            Ok(ExitCode::SUCCESS)
        }
        words => {
            let mut cmd = crate::cli::parser();
            let mut path = vec!["fer".to_string()];
            for w in words {
                let Some(sub) = cmd.find_subcommand(w).cloned() else {
                    return Err(Error::usage(format!(
                        "no command or help topic '{}'",
                        path[1..]
                            .iter()
                            .chain([w])
                            .cloned()
                            .collect::<Vec<_>>()
                            .join(" ")
                    ))
                    .with_hint(
                        "`fer --help` lists the commands; `fer help exit-codes` the exit codes",
                    ));
                };
                path.push(w.clone());
                cmd = sub.bin_name(path.join(" "));
            }
            ctx.out.data_text(&cmd.render_long_help().to_string());
            Ok(ExitCode::SUCCESS)
        }
    }
}
