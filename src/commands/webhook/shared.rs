//! What the webhook verbs share: checks of given values, looking a webhook
//! up, the environments a command covers, fetching their webhooks, and the
//! create that recovers from an unclear outcome. Verbs use this module and
//! never each other.

use fer_contract::wire::{Webhook, WebhookFields};

use crate::api::environments::Environment;
use crate::api::webhooks::{self, Created};
use crate::api::Client;
use crate::cli::ScopeArgs;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::events::{Event, EVENTS};

pub use fer_contract::rules::{check_description, check_url};

/// A warning for a URL that is valid but unwise: plain http to a host that
/// is not this machine.
pub fn url_warning(s: &str) -> Option<String> {
    let u = url::Url::parse(s).ok()?;
    let host = u.host_str().unwrap_or("");
    if host.split('.').any(|l| l.starts_with("xn--")) {
        return Some(format!(
            "the URL's host is not plain ASCII: it is {host} (punycode); check that it is the host you mean, not a lookalike"
        ));
    }
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
pub fn with_env(mut hook: Webhook, env: &Environment) -> Webhook {
    if hook.get("account_environment_id").is_none() {
        hook.set("account_environment_id", serde_json::json!(env.id));
    }
    hook.environment = Some(env.name.clone());
    hook
}

/// Finds a webhook by id: in the environment given with --env only; else
/// in the default one, then across all (found elsewhere is found, with its
/// environment shown).
pub async fn find_webhook(
    ctx: &Context,
    id: &str,
    env_flag: Option<&str>,
) -> Result<(Environment, Webhook)> {
    let first = crate::scope::resolve(
        ctx,
        crate::scope::Wanted::env(env_flag),
        crate::scope::Unnamed::DefaultElseAll,
        false,
    )
    .await?;
    match locate(ctx, id, &first).await {
        Err(e)
            if e.kind == crate::error::Kind::NotFound && env_flag.is_none() && first.len() == 1 =>
        {
            let all: Vec<Environment> = crate::scope::all(ctx)
                .await?
                .iter()
                .filter(|e| e.id != first[0].id)
                .cloned()
                .collect();
            match locate(ctx, id, &all).await {
                Ok(found) => {
                    ctx.out.info(&format!(
                        "Webhook {id} is not in the default environment {}; found in {}",
                        first[0].name, found.0.name
                    ));
                    Ok(found)
                }
                Err(_) => Err(not_found(id, &[])),
            }
        }
        other => other,
    }
}

/// Finds a webhook by id in the given environments (concurrently).
pub async fn locate(
    ctx: &Context,
    id: &str,
    envs: &[Environment],
) -> Result<(Environment, Webhook)> {
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

/// The environments `--env` / `--all-envs` cover (list, export, test
/// --all). `fresh`: from the server, not the cache (a file must name
/// environments as they are now).
pub async fn scope_envs(ctx: &Context, scope: &ScopeArgs, fresh: bool) -> Result<Vec<Environment>> {
    let wanted = crate::scope::Wanted {
        env: scope.env.as_deref(),
        all: scope.all_envs,
    };
    crate::scope::resolve(ctx, wanted, crate::scope::Unnamed::Default, fresh).await
}

/// The webhooks of one environment, as fer shows them.
pub async fn env_webhooks(ctx: &Context, env: &Environment) -> Result<Vec<Webhook>> {
    let client = ctx.client()?;
    match webhooks::list(&client, &env.id).await {
        Ok(listed) => {
            for odd in &listed.unusable {
                ctx.out.defer(Error::failure(format!(
                    "environment {} holds an item without a usable id, left out: {}",
                    env.name,
                    crate::output::truncate(&odd.to_string(), 160)
                )));
            }
            crate::cache::remember_webhooks(&ctx.settings, env, &listed.hooks);
            Ok(listed.hooks.into_iter().map(|v| with_env(v, env)).collect())
        }
        Err(e) => Err(ctx.environments()?.check(e)),
    }
}

/// Every webhook of `envs`, fetched concurrently (the client bounds the
/// requests in flight), in a stable order: environments in the account's
/// order, webhooks in the server's (creation) order.
pub async fn fetch_all(ctx: &Context, envs: &[Environment]) -> Result<Vec<Webhook>> {
    let lists =
        futures::future::try_join_all(envs.iter().map(|env| env_webhooks(ctx, env))).await?;
    Ok(lists.into_iter().flatten().collect())
}

/// Creates a webhook. When the request was sent but no answer came, it is
/// sent once more: the server refuses a duplicate with 409 and names the
/// webhook it has, so the retry either creates it or finds the one the first
/// attempt made. Nothing is duplicated either way.
pub async fn create_recovering(
    ctx: &Context,
    client: &Client,
    env: &Environment,
    body: &WebhookFields,
) -> Result<Created> {
    let attempt = match webhooks::create(client, &env.id, body).await {
        Err(e) if e.no_answer => {
            ctx.out
                .warn("no answer to the create request; checking whether it was carried out");
            match webhooks::create(client, &env.id, body).await {
                Ok(Created::Exists(id)) => {
                    let v = webhooks::get(client, &env.id, &id).await?.ok_or_else(|| {
                        Error::failure(format!("webhook {id} vanished while it was checked"))
                    })?;
                    Ok(Created::New(Box::new(v)))
                }
                Ok(c) => Ok(c),
                Err(_) => Err(e),
            }
        }
        other => other,
    };
    attempt.map_err(|e| match ctx.environments() {
        Ok(envs) => envs.check(e),
        Err(_) => e,
    })
}

/// Asks for an event from the catalogue; `current` preselected.
pub fn ask_event(ctx: &Context, current: Option<&str>) -> Result<&'static Event> {
    // The current events; a legacy one only when it is the webhook's own.
    let offered: Vec<&'static Event> = EVENTS
        .iter()
        .filter(|e| !e.legacy || current == Some(e.id))
        .collect();
    let width = offered.iter().map(|e| e.label.len()).max().unwrap_or(0);
    let items: Vec<String> = offered
        .iter()
        .map(|e| format!("{:<width$}  {}", e.label, e.id))
        .collect();
    let pre = current
        .and_then(|c| offered.iter().position(|e| e.id == c))
        .unwrap_or(0);
    let i = ctx.prompter.borrow_mut().select("Event", &items, pre)?;
    Ok(offered[i])
}

/// A webhook ID left out where no prompt can ask for it: exit 2.
pub fn id_required() -> Error {
    Error::missing("a webhook ID", "the ID (`fer webhook list` shows them)")
}

/// On a terminal, the webhooks to work on when no ID was given: the
/// environment first (as create chooses it), then one of its webhooks, or
/// several.
pub async fn pick_webhooks(
    ctx: &Context,
    env_flag: Option<&str>,
    several: bool,
) -> Result<(Environment, Vec<Webhook>)> {
    let env = crate::scope::one(ctx, env_flag, crate::scope::Unnamed::Pick).await?;
    let hooks = env_webhooks(ctx, &env).await?;
    if hooks.is_empty() {
        return Err(
            Error::not_found(format!("environment {} has no webhooks", env.name))
                .with_hint("`fer webhook create` makes one"),
        );
    }
    let items = picker_rows(&hooks);
    let picked = if several {
        let picked = ctx.prompter.borrow_mut().multi_select("Webhooks", &items)?;
        if picked.is_empty() {
            return Err(Error::cancelled()
                .with_message("nothing was marked")
                .with_hint("Space marks a webhook, Enter confirms the marked ones"));
        }
        picked
    } else {
        vec![ctx.prompter.borrow_mut().select("Webhook", &items, 0)?]
    };
    let chosen = picked.into_iter().map(|i| hooks[i].clone()).collect();
    Ok((env, chosen))
}

/// A picker's rows: id, event, URL and description in aligned columns
/// (made visible and safe to print, URLs' credentials masked).
pub fn picker_rows(hooks: &[Webhook]) -> Vec<String> {
    let cells: Vec<[String; 4]> = hooks
        .iter()
        .map(|h| {
            let cell = |s: &str| crate::output::sanitize(s, false).into_owned();
            [
                cell(&h.id()),
                cell(&h.event()),
                cell(&crate::api::redact_url(&h.url())),
                cell(&h.description()),
            ]
        })
        .collect();
    let mut widths = [0usize; 3];
    for row in &cells {
        for (w, c) in widths.iter_mut().zip(row) {
            *w = (*w).max(console::measure_text_width(c));
        }
    }
    cells
        .iter()
        .map(|row| {
            let mut line = String::new();
            for (c, w) in row.iter().zip(widths) {
                line.push_str(c);
                line.push_str(&" ".repeat(w - console::measure_text_width(c) + 2));
            }
            line.push_str(&row[3]);
            line.trim_end().to_string()
        })
        .collect()
}

/// "1 webhook", "3 webhooks".
pub fn plural(n: usize) -> String {
    if n == 1 {
        "1 webhook".to_string()
    } else {
        format!("{n} webhooks")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_http_warning_only_for_remote_hosts() {
        assert!(url_warning("http://hooks.example.com").is_some());
        assert!(url_warning("http://localhost:3000").is_none());
        assert!(url_warning("http://127.0.0.1:8787").is_none());
        assert!(url_warning("http://[::1]:8787").is_none());
        assert!(url_warning("https://hooks.example.com").is_none());
    }
}
