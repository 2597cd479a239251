//! Webhook routes (CONTRACT.md, "Webhooks"). Webhooks stay JSON values so that
//! fields this version does not know are kept.

use reqwest::{Method, StatusCode};
use serde_json::Value;
use url::Url;

use super::Client;
use crate::error::{Error, Result};

fn collection(client: &Client, env_id: &str) -> Result<Url> {
    client.url(&[
        "accounts",
        client.account_id(),
        "account_environments",
        env_id,
        "webhooks",
    ])
}

fn item(client: &Client, env_id: &str, id: &str) -> Result<Url> {
    client.url(&[
        "accounts",
        client.account_id(),
        "account_environments",
        env_id,
        "webhooks",
        id,
    ])
}

/// A string field of a webhook object ("" when absent).
pub fn field<'a>(v: &'a Value, key: &str) -> &'a str {
    v.get(key).and_then(Value::as_str).unwrap_or("")
}

/// A webhook's id: a string, or a number as the API may send one ("" when
/// there is none).
pub fn id_of(v: &Value) -> String {
    match v.get("id") {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        _ => String::new(),
    }
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
pub async fn list(client: &Client, env_id: &str) -> Result<Vec<Value>> {
    let url = collection(client, env_id)?;
    match client.get_all(&url, "listing webhooks").await {
        Err(e) if e.kind == crate::error::Kind::NotFound => {
            Err(collection_404(client, env_id, &url, e).await)
        }
        other => other,
    }
}

/// One webhook; `None` when the environment has no such webhook.
pub async fn get(client: &Client, env_id: &str, id: &str) -> Result<Option<Value>> {
    let resp = client
        .get(&item(client, env_id, id)?, &format!("getting webhook {id}"))
        .await?;
    if resp.status == StatusCode::NOT_FOUND {
        return Ok(None);
    }
    resp.into_json().map(Some)
}

pub enum Created {
    New(Value),
    /// 409: a webhook for the same event and URL exists; its id.
    Exists(String),
}

pub async fn create(client: &Client, env_id: &str, body: &Value) -> Result<Created> {
    let url = collection(client, env_id)?;
    let resp = client
        .send(Method::POST, &url, Some(body), "creating the webhook")
        .await?;
    if resp.status == StatusCode::CONFLICT {
        let id = resp
            .json()
            .ok()
            .and_then(|v| v.get("id").and_then(Value::as_str).map(String::from))
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
    resp.into_json().map(Created::New)
}

/// Changes the given fields; `None` when there is no such webhook.
pub async fn update(
    client: &Client,
    env_id: &str,
    id: &str,
    patch: &Value,
) -> Result<Option<Value>> {
    let resp = client
        .send(
            Method::PATCH,
            &item(client, env_id, id)?,
            Some(patch),
            &format!("updating webhook {id}"),
        )
        .await?;
    if resp.status == StatusCode::NOT_FOUND {
        return Ok(None);
    }
    resp.into_json().map(Some)
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
