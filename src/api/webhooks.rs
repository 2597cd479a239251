//! Webhook routes (CONTRACT.md, "Webhooks"). Webhooks stay JSON values so that
//! fields this version does not know are kept.

use reqwest::{Method, StatusCode};
use serde_json::Value;

use super::{seg, Client};
use crate::error::{Error, Result};

fn base(client: &Client, env_id: &str) -> String {
    format!(
        "accounts/{}/account_environments/{}/webhooks",
        seg(client.account_id()),
        seg(env_id)
    )
}

fn item(client: &Client, env_id: &str, id: &str) -> String {
    format!("{}/{}", base(client, env_id), seg(id))
}

/// A string field of a webhook object ("" when absent).
pub fn field<'a>(v: &'a Value, key: &str) -> &'a str {
    v.get(key).and_then(Value::as_str).unwrap_or("")
}

pub async fn list(client: &Client, env_id: &str) -> Result<Vec<Value>> {
    client
        .get_all(&base(client, env_id), "listing webhooks")
        .await
}

/// One webhook; `None` when the environment has no such webhook.
pub async fn get(client: &Client, env_id: &str, id: &str) -> Result<Option<Value>> {
    let resp = client
        .get(&item(client, env_id, id), &format!("getting webhook {id}"))
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
    let resp = client
        .send(
            Method::POST,
            &base(client, env_id),
            Some(body),
            "creating the webhook",
        )
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
            &item(client, env_id, id),
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
            &item(client, env_id, id),
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
