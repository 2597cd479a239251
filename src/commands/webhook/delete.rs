//! `fer webhook delete`.

use std::process::ExitCode;

use serde_json::{json, Value};

use super::shared::{find_webhook, id_required, pick_webhooks, plural};
use crate::api::environments::Environment;
use crate::api::webhooks;
use crate::cli::DeleteArgs;
use crate::context::Context;
use crate::error::{Error, Kind, Result};

pub async fn run(ctx: &Context, args: DeleteArgs) -> Result<ExitCode> {
    let (ids, yes) = (&args.ids, args.yes);
    if ids.is_empty() {
        if !ctx.can_prompt() {
            return Err(id_required());
        }
        let (env, hooks) = pick_webhooks(ctx, args.env.env.as_deref(), true).await?;
        let targets: Vec<(String, Environment)> =
            hooks.iter().map(|h| (h.id(), env.clone())).collect();
        return remove(ctx, targets, Vec::new(), yes).await;
    }
    if !yes && !ctx.can_prompt() {
        return Err(Error::usage(format!(
            "refusing to delete {} without confirmation: pass --yes",
            plural(ids.len())
        ))
        .with_hint("nothing was deleted; prompts are off because stdin is not a terminal or --no-input is set"));
    }
    // Find each webhook first, so that the question names what goes.
    let mut targets: Vec<(String, Environment)> = Vec::new();
    let mut missing: Vec<String> = Vec::new();
    for id in ids {
        if targets.iter().any(|(t, _)| t == id) {
            continue;
        }
        match find_webhook(ctx, id, args.env.env.as_deref()).await {
            Ok((env, v)) => {
                if !yes {
                    ctx.out
                        .note(&format!("  {id}  {}  {}  {}", env.name, v.event(), v.url()));
                }
                targets.push((id.clone(), env));
            }
            Err(e) if e.kind == Kind::NotFound => {
                if ids.len() == 1 {
                    return Err(e);
                }
                ctx.out.warn(&e.message);
                missing.push(id.clone());
            }
            Err(e) => return Err(e),
        }
    }
    remove(ctx, targets, missing, yes).await
}

/// Asks (unless `yes`), deletes, reports.
async fn remove(
    ctx: &Context,
    targets: Vec<(String, Environment)>,
    mut missing: Vec<String>,
    yes: bool,
) -> Result<ExitCode> {
    if !yes && !targets.is_empty() {
        let q = format!("Delete {}?", plural(targets.len()));
        if !ctx.prompter.borrow_mut().confirm(&q, false)? {
            return Err(Error::cancelled());
        }
    }
    let client = ctx.client()?;
    let mut results = Vec::new();
    let mut deleted = 0;
    for (id, env) in &targets {
        if webhooks::delete(&client, &env.id, id).await? == webhooks::Deleted::Deleted {
            ctx.out
                .success(&format!("Deleted webhook {id} from {}", env.name));
            ctx.out.quiet_id(id);
            deleted += 1;
            results.push(json!({"id": id, "deleted": true, "environment": env.name}));
        } else {
            ctx.out
                .warn(&format!("webhook {id} was already gone from {}", env.name));
            missing.push(id.clone());
        }
    }
    for id in &missing {
        results.push(json!({"id": id, "deleted": false, "error": "not found"}));
    }
    ctx.out.json_only(&Value::Array(results));
    if missing.is_empty() {
        Ok(ExitCode::SUCCESS)
    } else {
        Err(Error::not_found(format!(
            "not found: {} ({deleted} deleted)",
            missing.join(", ")
        )))
    }
}
