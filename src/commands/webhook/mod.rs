//! `fer webhook …`: the shared parts (validation, lookup, printing) and the dispatch.

pub mod apply;
pub mod create;
pub mod listen;
pub mod manage;
pub mod test;

use std::process::ExitCode;

use serde_json::{json, Value};

use crate::api::environments::Environment;
use crate::api::webhooks::{self, field};
use crate::cli::WebhookCommand;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::Fit;

pub async fn run(ctx: &Context, cmd: WebhookCommand) -> Result<ExitCode> {
    match cmd {
        WebhookCommand::Create(a) => create::run(ctx, a).await,
        WebhookCommand::List(a) => manage::list(ctx, a).await,
        WebhookCommand::Get { ids, env } => manage::get(ctx, &ids, env.env.as_deref()).await,
        WebhookCommand::Update(a) => manage::update(ctx, a).await,
        WebhookCommand::Delete { ids, env, yes } => {
            manage::delete(ctx, &ids, env.env.as_deref(), yes).await
        }
        WebhookCommand::Test(a) => test::run(ctx, a).await,
        WebhookCommand::Listen(a) => listen::run(ctx, a).await,
        WebhookCommand::Apply(a) => apply::apply(ctx, a).await,
        WebhookCommand::Export(a) => apply::export(ctx, a).await,
    }
}

pub use fer_contract::rules::{check_description, check_url};

/// A warning for a URL that is valid but unwise: plain http to a host that is
/// not this machine.
pub fn url_warning(s: &str) -> Option<String> {
    let u = url::Url::parse(s).ok()?;
    crate::api::in_clear(&u).then(|| {
        format!("{s} uses plain http: deliveries will cross the network unencrypted; prefer https")
    })
}

/// Usage errors for the flags that carry a URL or description.
pub fn valid_url_flag(s: &str) -> Result<()> {
    check_url(s).map_err(|m| Error::usage(format!("--url: {m}")))
}

pub fn valid_description_flag(s: &str) -> Result<()> {
    check_description(s).map_err(|m| Error::usage(format!("--description: {m}")))
}

/// A webhook as fer shows it: the server's object plus its environment's
/// name. The environment id is the one it was fetched from, should the
/// server's object not carry it.
pub fn with_env(mut v: Value, env: &Environment) -> Value {
    if let Some(obj) = v.as_object_mut() {
        obj.entry("account_environment_id")
            .or_insert_with(|| json!(env.id));
        obj.insert("environment".into(), json!(env.name));
    }
    v
}

/// 2026-11-28T10:00:00Z -> 2026-11-28 10:00; anything else as it is.
fn short_time(s: &str) -> String {
    match (s.get(..10), s.get(10..11), s.get(11..16)) {
        (Some(date), Some("T"), Some(time)) => format!("{date} {time}"),
        _ => s.to_string(),
    }
}

/// One webhook: JSON object, its id alone (-q), or key/value lines.
pub fn print_webhook(ctx: &Context, v: &Value) {
    if ctx.out.json() {
        ctx.out.print_json(v);
    } else if ctx.out.quiet {
        ctx.out.data(field(v, "id"));
    } else {
        ctx.out.fields(&[
            ("id", field(v, "id").to_string()),
            (
                "environment",
                format!(
                    "{} ({})",
                    field(v, "environment"),
                    field(v, "account_environment_id")
                ),
            ),
            ("event", field(v, "event").to_string()),
            ("url", field(v, "url").to_string()),
            ("description", field(v, "description").to_string()),
            ("created", field(v, "created_at").to_string()),
            ("created by", field(v, "created_by").to_string()),
        ]);
    }
}

/// Several webhooks: JSON array, ids (-q), or a table.
pub fn print_webhooks(ctx: &Context, list: &[Value]) {
    if ctx.out.json() {
        ctx.out.print_json(list);
    } else if ctx.out.quiet {
        for v in list {
            ctx.out.data(field(v, "id"));
        }
    } else {
        ctx.out.table(
            &[
                "ID",
                "ENVIRONMENT",
                "EVENT",
                "URL",
                "DESCRIPTION",
                "CREATED",
            ],
            Fit {
                shrink: &[4, 3, 5],
                drop: &[5, 4],
            },
            list.iter()
                .map(|v| {
                    vec![
                        field(v, "id").to_string(),
                        field(v, "environment").to_string(),
                        field(v, "event").to_string(),
                        field(v, "url").to_string(),
                        field(v, "description").to_string(),
                        short_time(field(v, "created_at")),
                    ]
                })
                .collect(),
        );
    }
}

/// Where to look for a webhook given by id: the environment given or
/// configured, else every environment.
pub async fn search_envs(ctx: &Context, env_flag: Option<&str>) -> Result<Vec<Environment>> {
    let wanted = match env_flag {
        Some(e) => Some(e.to_string()),
        None => ctx.configured_env()?,
    };
    Ok(match wanted {
        Some(w) => vec![ctx.find_env(&w).await?],
        None => ctx.fresh_environments().await?.to_vec(),
    })
}

/// Finds a webhook by id in the given environments (concurrently).
pub async fn locate(ctx: &Context, id: &str, envs: &[Environment]) -> Result<(Environment, Value)> {
    let client = ctx.client()?;
    let found = futures::future::try_join_all(envs.iter().map(|env| {
        let client = client.clone();
        async move { webhooks::get(&client, &env.id, id).await }
    }))
    .await?;
    for (env, hit) in envs.iter().zip(found) {
        if let Some(v) = hit {
            return Ok((env.clone(), with_env(v, env)));
        }
    }
    Err(not_found(id, envs))
}

pub fn not_found(id: &str, envs: &[Environment]) -> Error {
    match envs {
        [one] => Error::not_found(format!("no webhook '{id}' in environment {}", one.name)),
        _ => Error::not_found(format!(
            "no webhook '{id}' in any environment of the account"
        )),
    }
    .with_hint("`fer webhook list --all-envs` shows the account's webhooks")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn created_times_are_shortened_and_odd_ones_kept() {
        assert_eq!(short_time("2026-11-28T10:00:00Z"), "2026-11-28 10:00");
        assert_eq!(short_time("yesterday"), "yesterday");
        assert_eq!(short_time("2026-11-28Tñññññ"), "2026-11-28Tñññññ");
        assert_eq!(short_time(""), "");
    }

    #[test]
    fn plain_http_warning_only_for_remote_hosts() {
        assert!(url_warning("http://hooks.example.com").is_some());
        assert!(url_warning("http://localhost:3000").is_none());
        assert!(url_warning("http://127.0.0.1:8787").is_none());
        assert!(url_warning("http://[::1]:8787").is_none());
        assert!(url_warning("https://hooks.example.com").is_none());
    }
}
