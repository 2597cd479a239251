//! `fer sandbox trigger|reset|status`: the sandbox built into fer.

use std::process::ExitCode;

use fer_hub::Delivery;
use serde::Serialize;
use serde_json::{json, Map};

use crate::cli::SandboxCommand;
use crate::commands::{parse_event, parse_set};
use crate::context::Context;
use crate::error::{Error, Kind, Result};
use crate::output::render::Row;
use crate::sandbox::{self, Sandbox};

pub async fn run(ctx: &Context, cmd: SandboxCommand) -> Result<ExitCode> {
    match cmd {
        SandboxCommand::Trigger { event, env, set } => {
            trigger(ctx, &event, env.as_deref(), &set).await
        }
        SandboxCommand::Reset => reset(ctx),
        SandboxCommand::Status => status(ctx),
    }
}

fn the_sandbox(ctx: &Context) -> Result<&Sandbox> {
    ctx.sandbox
        .as_ref()
        .ok_or_else(|| Error::failure("the sandbox is not running"))
}

/// One delivery attempt, as a row.
#[derive(Serialize)]
struct Attempt {
    environment: String,
    #[serde(flatten)]
    delivery: Delivery,
}

impl Row for Attempt {
    fn columns() -> &'static [crate::output::Column] {
        use crate::output::Column;
        const COLUMNS: &[crate::output::Column] = &[
            Column::new("WEBHOOK", 0),
            Column::new("ENVIRONMENT", 0),
            Column::url("URL", 1),
            Column::text("STATUS", 2),
            Column::new("TIME", 0),
        ];
        COLUMNS
    }
    fn cells(&self) -> Vec<String> {
        let d = &self.delivery;
        vec![
            d.webhook_id.clone(),
            self.environment.clone(),
            crate::api::redact_url(&d.url),
            match (&d.status, &d.error) {
                (Some(s), _) if (300..400).contains(s) => {
                    format!("{s} (counted as delivered, as FE&R's UI does; not followed)")
                }
                (Some(s), _) => s.to_string(),
                (None, Some(e))
                    if e.contains("lookup") || e.contains("resolve") || e.contains("dns") =>
                {
                    format!("failed: the host name does not resolve ({e})")
                }
                (None, Some(e)) => format!("failed: {e}"),
                (None, None) => "failed".into(),
            },
            format!("{} ms", d.duration_ms),
        ]
    }
    fn id(&self) -> String {
        self.delivery.webhook_id.clone()
    }
}

async fn trigger(
    ctx: &Context,
    event: &str,
    env: Option<&str>,
    set: &[String],
) -> Result<ExitCode> {
    let event = parse_event(event)?;
    let mut fields = Map::new();
    for s in set {
        let (k, v) = parse_set(s)?;
        fields.insert(k, v);
    }
    let sandbox = the_sandbox(ctx)?;
    let envs = match env {
        Some(e) => vec![crate::scope::find(ctx, e).await?],
        None => crate::scope::all(ctx).await?.to_vec(),
    };
    let mut attempts = Vec::new();
    for e in &envs {
        let deliveries = sandbox
            .hub()
            .trigger_async(&e.id, event.id, fields.clone())
            .await
            .map_err(Error::failure)?;
        attempts.extend(deliveries.into_iter().map(|delivery| Attempt {
            environment: e.name.clone(),
            delivery,
        }));
    }
    if attempts.is_empty() {
        let names: Vec<&str> = envs.iter().map(|e| e.name.as_str()).collect();
        ctx.out.nothing_listed(&format!(
            "No sandbox webhook for {} in {}: `fer --sandbox webhook create` makes one",
            event.id,
            names.join(", ")
        ));
        return Ok(ExitCode::SUCCESS);
    }
    ctx.out.list(&attempts);
    let failed: Vec<&Attempt> = attempts
        .iter()
        .filter(|a| {
            !a.delivery
                .status
                .is_some_and(fer_contract::rules::delivered)
        })
        .collect();
    if !failed.is_empty() {
        let err = Error::new(
            Kind::Delivery,
            format!("{} of {} deliveries failed", failed.len(), attempts.len()),
        );
        // The local receiver is the answer only where the webhook points at it.
        let to_listener = failed.iter().any(|a| {
            url::Url::parse(&a.delivery.url)
                .is_ok_and(|u| fer_contract::rules::is_loopback(&u) && u.port() == Some(8787))
        });
        return Err(if to_listener {
            err.with_hint("`fer webhook listen` receives deliveries on 127.0.0.1:8787, where the sandbox's seeded webhooks point")
        } else {
            err
        });
    }
    Ok(ExitCode::SUCCESS)
}

fn reset(ctx: &Context) -> Result<ExitCode> {
    let path = sandbox::state_path(ctx.settings.data_dir.as_deref())?;
    let had = sandbox::reset(ctx.settings.data_dir.as_deref())?;
    let data = json!({"state": path, "reset": had});
    if had {
        ctx.out.done(
            &data,
            &format!("Reset the sandbox: {} removed", path.display()),
        );
    } else {
        ctx.out.done_note(&data, "The sandbox was already new");
    }
    Ok(ExitCode::SUCCESS)
}

fn status(ctx: &Context) -> Result<ExitCode> {
    let sandbox = the_sandbox(ctx)?;
    let state = sandbox.hub().snapshot();
    let total: usize = state.environments.iter().map(|e| e.webhooks.len()).sum();
    let data = json!({
        "state": sandbox.path(),
        "account_id": sandbox::ACCOUNT_ID,
        "environments": state.environments.iter().map(|e| json!({
            "id": e.id, "name": e.name, "is_main": e.is_main, "webhooks": e.webhooks.len(),
        })).collect::<Vec<_>>(),
        "webhooks": total,
    });
    let mut rows = vec![
        ("state", sandbox.path().display().to_string()),
        ("account", sandbox::ACCOUNT_ID.to_string()),
    ];
    for e in &state.environments {
        rows.push((
            "environment",
            format!(
                "{} ({}): {}",
                e.name,
                e.id,
                crate::commands::webhook::shared::plural(e.webhooks.len())
            ),
        ));
    }
    rows.push(("webhooks", total.to_string()));
    ctx.out.described(&data, &rows);
    Ok(ExitCode::SUCCESS)
}
