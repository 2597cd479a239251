//! `fer webhook list`.

use std::process::ExitCode;

use futures::StreamExt;

use super::shared::{env_webhooks, fetch_all, scope_envs};
use crate::cli::ListArgs;
use crate::commands::EventFilter;
use crate::context::Context;
use crate::error::Result;

pub async fn run(ctx: &Context, args: ListArgs) -> Result<ExitCode> {
    let event = args.event.as_deref().map(EventFilter::new);
    let envs = scope_envs(ctx, &args.scope, false).await?;
    if ctx.out.json() {
        // Streamed in the stable order, an environment as soon as it is
        // complete (and those before it): a 100k-webhook account is never
        // held whole.
        let mut lists = futures::stream::iter(envs.iter().map(|env| env_webhooks(ctx, env)))
            .buffered(ctx.settings.concurrency());
        let mut out = ctx.out.json_array();
        while let Some(hooks) = lists.next().await {
            for h in hooks? {
                if event.as_ref().is_none_or(|e| e.matches(&h.event())) {
                    out.item(&h);
                }
            }
        }
        out.end();
        return Ok(ExitCode::SUCCESS);
    }
    let mut all = fetch_all(ctx, &envs).await?;
    if let Some(e) = &event {
        all.retain(|v| e.matches(&v.event()));
    }
    if all.is_empty() && !ctx.out.json() {
        let names: Vec<&str> = envs.iter().map(|e| e.name.as_str()).collect();
        let what = event
            .map(|e| format!(" for {}", e.id()))
            .unwrap_or_default();
        ctx.out
            .info(&format!("No webhooks{what} in {}", names.join(", ")));
        return Ok(ExitCode::SUCCESS);
    }
    ctx.out.list(&all);
    Ok(ExitCode::SUCCESS)
}
