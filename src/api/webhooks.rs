//! Webhook routes (CONTRACT.md, "Webhooks"), typed: `Webhook` keeps the
//! fields this version does not know, so JSON output is the server's object.

use fer_contract::wire::{Webhook, WebhookFields};
use reqwest::{Method, StatusCode};
use serde_json::Value;
use url::Url;

use super::Client;
use crate::error::{Error, Result};

/// `…/account_environments/{env}/webhooks`, and `…/{id}` when given.
fn path(client: &Client, env_id: &str, id: Option<&str>) -> Result<Url> {
    let mut segments = vec![
        "accounts",
        client.account_id(),
        "account_environments",
        env_id,
        "webhooks",
    ];
    segments.extend(id);
    client.url(&segments)
}

fn collection(client: &Client, env_id: &str) -> Result<Url> {
    path(client, env_id, None)
}

fn item(client: &Client, env_id: &str, id: &str) -> Result<Url> {
    path(client, env_id, Some(id))
}

/// A webhook object from the API, or an error that says what came instead.
fn webhook(v: Value, what: &str) -> Result<Webhook> {
    serde_json::from_value(v.clone()).map_err(|e| {
        Error::failure(format!(
            "unexpected response to {what}: a webhook that does not read ({e}): {}",
            crate::output::truncate(&v.to_string(), 120)
        ))
    })
}

/// A 404 on an environment's webhook collection has two meanings: the
/// environment is gone (exit 3), or this API has no webhook route there (the
/// routes are not published, so a real deployment may not serve them):
/// rerunning will not help, and the message says so. One more request, to
/// the environment list, tells them apart.
async fn collection_404(client: &Client, env_id: &str, url: &Url, original: Error) -> Error {
    match super::environments::list(client).await {
        Ok(envs) => match envs.iter().find(|e| e.id == env_id) {
            Some(env) => Error::failure(format!(
                "this API has no webhook route for environment {} ({}): {} answered 404 Not Found, though the account has that environment",
                env.name,
                env.id,
                super::redact_url(url.as_str())
            ))
            .with_hint(format!(
                "AB Tasty does not publish its webhook routes, and the API at {} does not serve them where fer expects; point --api-url (or FER_API_URL) at an API that does",
                super::redact_url(client.api_url.as_str())
            )),
            None => Error::not_found(format!(
                "environment {env_id} is not in the account (any more)"
            ))
            .with_hint("`fer env list` shows the account's environments"),
        },
        Err(_) => original,
    }
}

/// Every webhook of an environment.
pub async fn list(client: &Client, env_id: &str) -> Result<Vec<Webhook>> {
    let url = collection(client, env_id)?;
    match client.get_all(&url, "listing webhooks").await {
        Err(e) if e.kind == crate::error::Kind::NotFound => {
            Err(collection_404(client, env_id, &url, e).await)
        }
        Err(e) => Err(e),
        Ok(items) => items
            .into_iter()
            .map(|v| webhook(v, "listing webhooks"))
            .collect(),
    }
}

/// One webhook; `None` when the environment has no such webhook.
pub async fn get(client: &Client, env_id: &str, id: &str) -> Result<Option<Webhook>> {
    let what = format!("getting webhook {id}");
    let resp = client.get(&item(client, env_id, id)?, &what).await?;
    if resp.status == StatusCode::NOT_FOUND {
        return Ok(None);
    }
    webhook(resp.into_json()?, &what).map(Some)
}

pub enum Created {
    New(Box<Webhook>),
    /// 409: a webhook for the same event and URL exists; its id.
    Exists(String),
}

pub async fn create(client: &Client, env_id: &str, body: &WebhookFields) -> Result<Created> {
    let url = collection(client, env_id)?;
    let body = serde_json::to_value(body).map_err(|e| Error::failure(e.to_string()))?;
    let resp = client
        .send(Method::POST, &url, Some(&body), "creating the webhook")
        .await?;
    if resp.status == StatusCode::CONFLICT {
        let id = resp
            .json()
            .ok()
            .and_then(|v| match v.get("id") {
                Some(Value::String(s)) => Some(s.clone()),
                Some(Value::Number(n)) => Some(n.to_string()),
                _ => None,
            })
            .ok_or_else(|| {
                Error::failure(format!(
                    "the API answered 409 without the existing webhook's id: {}",
                    resp.detail()
                ))
            })?;
        return Ok(Created::Exists(id));
    }
    if resp.status == StatusCode::NOT_FOUND {
        return Err(collection_404(client, env_id, &url, resp.error()).await);
    }
    webhook(resp.into_json()?, "creating the webhook").map(|w| Created::New(Box::new(w)))
}

/// Changes the given fields; `None` when there is no such webhook.
pub async fn update(
    client: &Client,
    env_id: &str,
    id: &str,
    patch: &WebhookFields,
) -> Result<Option<Webhook>> {
    let what = format!("updating webhook {id}");
    let patch = serde_json::to_value(patch).map_err(|e| Error::failure(e.to_string()))?;
    let resp = client
        .send(
            Method::PATCH,
            &item(client, env_id, id)?,
            Some(&patch),
            &what,
        )
        .await?;
    if resp.status == StatusCode::NOT_FOUND {
        return Ok(None);
    }
    webhook(resp.into_json()?, &what).map(Some)
}

/// Deletes a webhook; `false` when there was none.
pub async fn delete(client: &Client, env_id: &str, id: &str) -> Result<bool> {
    let resp = client
        .send(
            Method::DELETE,
            &item(client, env_id, id)?,
            None,
            &format!("deleting webhook {id}"),
        )
        .await?;
    match resp.status {
        StatusCode::NOT_FOUND => Ok(false),
        s if s.is_success() => Ok(true),
        _ => Err(resp.error()),
    }
}
