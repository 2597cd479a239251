//! `fer webhook list`.

use std::process::ExitCode;

use futures::StreamExt;

use super::shared::{env_webhooks, scope_envs};
use crate::cli::ListArgs;
use crate::commands::EventFilter;
use crate::context::Context;
use crate::error::Result;

pub async fn run(ctx: &Context, args: ListArgs) -> Result<ExitCode> {
    let event = args.event.as_deref().map(EventFilter::new);
    let envs = scope_envs(ctx, &args.scope, false).await?;
    // Fetched concurrently, shown in the stable order, an environment as
    // soon as it is complete: a 100k-webhook account is never held whole
    // for scripts.
    let parts = futures::stream::iter(envs.iter().map(|env| env_webhooks(ctx, env)))
        .buffered(ctx.settings.concurrency());
    let names: Vec<&str> = envs.iter().map(|e| e.name.as_str()).collect();
    ctx.out
        .list_parts(
            parts,
            |h| event.as_ref().is_none_or(|e| e.matches(&h.event())),
            || {
                let what = event
                    .as_ref()
                    .map(|e| format!(" for {}", e.id()))
                    .unwrap_or_default();
                format!("No webhooks{what} in {}", names.join(", "))
            },
        )
        .await?;
    Ok(ExitCode::SUCCESS)
}
