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
    let mut hooks = fetch_all(ctx, &envs).await?;
    // A running listener's temporary webhooks are not the account's own.
    let before = hooks.len();
    hooks.retain(|w| !super::listen::lease::is_live_lease(&w.description()));
    if hooks.len() < before {
        ctx.out.info(&format!(
            "Left out {} live `fer webhook listen` lease{} (temporary webhooks of a running listener)",
            before - hooks.len(),
            if before - hooks.len() == 1 { "" } else { "s" }
        ));
    }
    let entries: Vec<Entry> = hooks
        .iter()
        .map(|v| Entry {
            line: 0,
            environment: v.environment().to_string(),
            event: v.event().into_owned(),
            url: v.url().into_owned(),
            description: Some(v.description().into_owned()).filter(|d| !d.is_empty()),
            extra: v.unmanaged(),
            broken: false,
        })
        .collect();
    let names: Vec<&str> = envs.iter().map(|e| e.name.as_str()).collect();
    ctx.out.document(
        || {
            entries
                .iter()
                .map(|e| {
                    let mut m = serde_json::Map::new();
                    m.insert("environment".into(), e.environment.clone().into());
                    m.insert("event".into(), e.event.clone().into());
                    m.insert("url".into(), e.url.clone().into());
                    if let Some(d) = &e.description {
                        m.insert("description".into(), d.clone().into());
                    }
                    m.extend(e.extra.clone());
                    serde_json::Value::Object(m)
                })
                .collect::<Vec<_>>()
        },
        || {
            let header = format!(
                "# fer webhook export: {} webhook{} of {}",
                hooks.len(),
                if hooks.len() == 1 { "" } else { "s" },
                names.join(", ")
            );
            format!(
                "{}\n# `fer webhook apply -f FILE` makes an account match this file.\n\n{}",
                crate::output::sanitize(&header, false),
                to_toml(&entries)
            )
        },
    );
    Ok(ExitCode::SUCCESS)
}
