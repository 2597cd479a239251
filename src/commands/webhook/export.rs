//! `fer webhook export`: the current webhooks as an apply file.

use std::process::ExitCode;

use super::file::{to_toml, Entry};
use super::shared::{fetch_all, scope_envs};
use crate::cli::ScopeArgs;
use crate::context::Context;
use crate::error::Result;

/// The webhooks of `scope` as apply entries, in a stable order.
pub async fn run(ctx: &Context, scope: ScopeArgs) -> Result<ExitCode> {
    let envs = scope_envs(ctx, &scope, true).await?;
    let hooks = fetch_all(ctx, &envs).await?;
    let entries: Vec<Entry> = hooks
        .iter()
        .map(|v| Entry {
            environment: v.environment().to_string(),
            event: v.event().to_string(),
            url: v.url().to_string(),
            description: Some(v.description().to_string()).filter(|d| !d.is_empty()),
        })
        .collect();
    if ctx.out.json() {
        ctx.out
            .print_json(&serde_json::to_value(&entries).unwrap_or_default());
        return Ok(ExitCode::SUCCESS);
    }
    let names: Vec<&str> = envs.iter().map(|e| e.name.as_str()).collect();
    let header = format!(
        "# fer webhook export: {} webhook{} of {}",
        hooks.len(),
        if hooks.len() == 1 { "" } else { "s" },
        names.join(", ")
    );
    ctx.out.io.out.write_str(&format!(
        "{}\n# `fer webhook apply -f FILE` makes an account match this file.\n\n{}",
        crate::output::sanitize(&header, false),
        to_toml(&entries)
    ));
    Ok(ExitCode::SUCCESS)
}
