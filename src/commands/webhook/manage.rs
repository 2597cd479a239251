//! `fer webhook list`, `get`, `update`, `delete`.

use std::process::ExitCode;

use serde_json::{json, Map, Value};

use super::{locate, not_found, print_webhook, print_webhooks, search_envs, with_env};
use crate::api::environments::Environment;
use crate::api::webhooks::{self, field};
use crate::cli::{ListArgs, ScopeArgs, UpdateArgs};
use crate::commands::parse_event;
use crate::context::Context;
use crate::error::{Error, Kind, Result};

/// The environments a list or export covers. `fresh`: from the server, not
/// the cache (a file must name environments as they are now).
pub async fn scope_envs(ctx: &Context, scope: &ScopeArgs, fresh: bool) -> Result<Vec<Environment>> {
    if fresh {
        ctx.fresh_environments().await?;
    }
    if scope.all_envs {
        Ok(ctx.fresh_environments().await?.to_vec())
    } else {
        Ok(vec![ctx.resolve_env(scope.env.as_deref()).await?])
    }
}

/// Every webhook of `envs`, fetched concurrently (the client bounds the
/// requests in flight), in a stable order: environments in the account's
/// order, webhooks in the server's (creation) order.
pub async fn fetch_all(ctx: &Context, envs: &[Environment]) -> Result<Vec<Value>> {
    let client = ctx.client()?;
    let lists = futures::future::try_join_all(envs.iter().map(|env| {
        let client = client.clone();
        async move {
            let items = webhooks::list(&client, &env.id).await?;
            Ok::<_, Error>(
                items
                    .into_iter()
                    .map(|v| with_env(v, env))
                    .collect::<Vec<_>>(),
            )
        }
    }))
    .await?;
    Ok(lists.into_iter().flatten().collect())
}

pub async fn list(ctx: &Context, args: ListArgs) -> Result<ExitCode> {
    let event = args.event.as_deref().map(parse_event).transpose()?;
    let envs = scope_envs(ctx, &args.scope, false).await?;
    let mut all = fetch_all(ctx, &envs)
        .await
        .map_err(|e| ctx.environment_gone(e))?;
    if let Some(e) = event {
        all.retain(|v| field(v, "event") == e.id);
    }
    if all.is_empty() && !ctx.out.json() {
        let names: Vec<&str> = envs.iter().map(|e| e.name.as_str()).collect();
        let what = event.map(|e| format!(" for {}", e.id)).unwrap_or_default();
        ctx.out
            .info(&format!("No webhooks{what} in {}", names.join(", ")));
        return Ok(ExitCode::SUCCESS);
    }
    print_webhooks(ctx, &all);
    Ok(ExitCode::SUCCESS)
}

/// One webhook, or several: those found are shown, then a missing one is exit 3.
pub async fn get(ctx: &Context, ids: &[String], env: Option<&str>) -> Result<ExitCode> {
    let envs = search_envs(ctx, env).await?;
    if let [id] = ids {
        let (_, v) = locate(ctx, id, &envs).await?;
        print_webhook(ctx, &v);
        return Ok(ExitCode::SUCCESS);
    }
    let mut found = Vec::new();
    let mut missing = Vec::new();
    for id in ids {
        match locate(ctx, id, &envs).await {
            Ok((_, v)) => found.push(v),
            Err(e) if e.kind == Kind::NotFound => {
                ctx.out.warn(&e.message);
                missing.push(id.as_str());
            }
            Err(e) => return Err(e),
        }
    }
    if ctx.out.json() {
        ctx.out.print_json(&found);
    } else {
        for (i, v) in found.iter().enumerate() {
            if i > 0 && !ctx.out.quiet {
                ctx.out.data("");
            }
            print_webhook(ctx, v);
        }
    }
    if missing.is_empty() {
        Ok(ExitCode::SUCCESS)
    } else {
        Err(Error::not_found(format!(
            "not found: {}",
            missing.join(", ")
        )))
    }
}

pub async fn update(ctx: &Context, args: UpdateArgs) -> Result<ExitCode> {
    let mut patch = Map::new();
    if let Some(e) = &args.event {
        patch.insert("event".into(), json!(parse_event(e)?.id));
    }
    if let Some(u) = &args.url {
        super::valid_url_flag(u)?;
        if let Some(w) = super::url_warning(u) {
            ctx.out.warn(&w);
        }
        patch.insert("url".into(), json!(u));
    }
    if let Some(d) = &args.description {
        super::valid_description_flag(d)?;
        patch.insert("description".into(), json!(d));
    }
    if patch.is_empty() {
        return Err(Error::usage(
            "nothing to update: pass --event, --url or --description",
        ));
    }
    let envs = search_envs(ctx, args.env.env.as_deref()).await?;
    let env = match envs.as_slice() {
        [one] => one.clone(),
        _ => locate(ctx, &args.id, &envs).await?.0,
    };
    let client = ctx.client()?;
    let v = webhooks::update(&client, &env.id, &args.id, &Value::Object(patch))
        .await?
        .ok_or_else(|| not_found(&args.id, std::slice::from_ref(&env)))?;
    ctx.out
        .success(&format!("Updated webhook {} in {}", args.id, env.name));
    print_webhook(ctx, &with_env(v, &env));
    Ok(ExitCode::SUCCESS)
}

pub async fn delete(
    ctx: &Context,
    ids: &[String],
    env: Option<&str>,
    yes: bool,
) -> Result<ExitCode> {
    if !yes && !ctx.can_prompt {
        return Err(Error::usage(format!(
            "refusing to delete {} without confirmation: pass --yes",
            plural(ids.len())
        ))
        .with_hint("nothing was deleted; prompts are off because stdin is not a terminal or --no-input is set"));
    }
    let envs = search_envs(ctx, env).await?;
    // Find each webhook first, so that the question names what goes.
    let mut targets: Vec<(String, Environment)> = Vec::new();
    let mut missing: Vec<String> = Vec::new();
    for id in ids {
        if targets.iter().any(|(t, _)| t == id) {
            continue;
        }
        match locate(ctx, id, &envs).await {
            Ok((env, v)) => {
                if !yes {
                    ctx.out.note(&format!(
                        "  {id}  {}  {}  {}",
                        env.name,
                        field(&v, "event"),
                        field(&v, "url")
                    ));
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
        if webhooks::delete(&client, &env.id, id).await? {
            ctx.out
                .success(&format!("Deleted webhook {id} from {}", env.name));
            if ctx.out.quiet && !ctx.out.json() {
                ctx.out.data(id);
            }
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
    if ctx.out.json() {
        ctx.out.print_json(&Value::Array(results));
    }
    if missing.is_empty() {
        Ok(ExitCode::SUCCESS)
    } else {
        Err(Error::not_found(format!(
            "not found: {} ({deleted} deleted)",
            missing.join(", ")
        )))
    }
}

fn plural(n: usize) -> String {
    if n == 1 {
        "1 webhook".to_string()
    } else {
        format!("{n} webhooks")
    }
}
