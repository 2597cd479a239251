//! Webhook routes (docs/api.md, "Webhooks"), typed: `Webhook` keeps the
//! fields this version does not know, so JSON output is the server's object.

use fer_contract::wire::{Webhook, WebhookFields};
use reqwest::{Method, StatusCode};
use serde_json::Value;
use url::Url;

use super::{usable_id, Client};
use crate::error::{Error, Result};

fn collection(client: &Client, env_id: &str) -> Result<Url> {
    client.webhooks_url(env_id, None)
}

fn item(client: &Client, env_id: &str, id: &str) -> Result<Url> {
    client.webhooks_url(env_id, Some(id))
}

/// A webhook object from the API, or an error that says what came instead.
fn webhook(v: Value, what: &str) -> Result<Webhook> {
    match v {
        Value::Object(m) => Ok(Webhook::from_fields(m)),
        other => Err(Error::failure(format!(
            "unexpected response to {what}: not a webhook object: {}",
            crate::output::truncate(&other.to_string(), 120)
        ))),
    }
}

/// "Outcome unknown": a write that may or may not have been carried out.
fn unknown(m: String) -> Error {
    let mut e = Error::failure(format!(
        "{m}; outcome unknown: the change may or may not have been made"
    ))
    .with_hint("`fer webhook list` shows what the account holds now");
    e.outcome_unknown = true;
    e
}

/// A redirect answering a write: fer follows none for a change, so the
/// outcome is unknown; the error says where it pointed.
fn redirected(resp: &super::Response, what: &str) -> Error {
    unknown(format!(
        "the API answered {} to {what}, a redirect to {} (fer follows no redirect for a change)",
        super::response::status_text(resp.status),
        resp.location
            .as_deref()
            .map(super::redact_url)
            .unwrap_or_else(|| "nowhere".into())
    ))
    .with_hint("point --api-url (or FER_API_URL) at the address the API really answers on")
}

/// The answer to a write (create, update): a webhook with a usable id, or
/// "outcome unknown" (the write may have been carried out). A redirect is
/// never followed for a write: it is the answer, and says where it pointed.
fn written(resp: super::Response, what: &str) -> Result<Webhook> {
    if resp.status.is_redirection() {
        return Err(redirected(&resp, what));
    }
    if !resp.is_success() {
        return Err(resp.error());
    }
    let v = resp.json().map_err(|e| unknown(e.message))?;
    let hook = webhook(v, what).map_err(|e| unknown(e.message))?;
    if hook.id_opt().is_none() {
        return Err(unknown(format!(
            "the answer to {what} is not a webhook with an id: {}",
            crate::output::truncate(&serde_json::to_string(&hook).unwrap_or_default(), 120)
        )));
    }
    Ok(hook)
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
                "AB Tasty does not publish its webhook routes, and the API at {} does not serve them at the webhooks path '{}'; set FER_WEBHOOKS_PATH (or the profile's webhooks_path) to where they are, or point --api-url (FER_API_URL) at an API that serves them",
                super::redact_url(client.api_url.as_str()),
                client.webhooks_path
            )),
            None => Error::not_found(format!(
                "environment {env_id} is not in the account (any more)"
            ))
            .with_hint("`fer env list` shows the account's environments"),
        },
        Err(_) => original,
    }
}

/// An environment's webhooks as listed: the usable ones (with an id), and
/// what came without a usable id, for the caller to report.
pub struct Listed {
    pub hooks: Vec<Webhook>,
    pub unusable: Vec<Value>,
}

/// Every webhook of an environment. One odd item never fails the list: an
/// item is unusable only without a usable id.
pub async fn list(client: &Client, env_id: &str) -> Result<Listed> {
    let url = collection(client, env_id)?;
    match client.get_all(&url, "listing webhooks").await {
        Err(e) if e.kind == crate::error::Kind::NotFound => {
            Err(collection_404(client, env_id, &url, e).await)
        }
        Err(e) => Err(e),
        Ok(items) => {
            let mut listed = Listed {
                hooks: Vec::with_capacity(items.len()),
                unusable: Vec::new(),
            };
            for v in items {
                match v {
                    Value::Object(m) => {
                        let w = Webhook::from_fields(m);
                        match w.id_opt() {
                            Some(id) if usable_id(&id) => listed.hooks.push(w),
                            _ => listed
                                .unusable
                                .push(serde_json::to_value(&w).unwrap_or_default()),
                        }
                    }
                    other => listed.unusable.push(other),
                }
            }
            Ok(listed)
        }
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
            .and_then(|v| v.get("id").and_then(fer_contract::wire::id_text))
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
    written(resp, "creating the webhook").map(|w| Created::New(Box::new(w)))
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
    written(resp, &what).map(Some)
}

/// What a DELETE came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Deleted {
    /// The server confirmed it (2xx).
    Deleted,
    /// 404: there was no such webhook (any more).
    AlreadyGone,
}

/// Deletes a webhook. A redirect is not followed: the outcome is unknown.
pub async fn delete(client: &Client, env_id: &str, id: &str) -> Result<Deleted> {
    let what = format!("deleting webhook {id}");
    let resp = client
        .send(Method::DELETE, &item(client, env_id, id)?, None, &what)
        .await?;
    match resp.status {
        StatusCode::NOT_FOUND => Ok(Deleted::AlreadyGone),
        s if s.is_success() => Ok(Deleted::Deleted),
        s if s.is_redirection() => Err(redirected(&resp, &what)),
        _ => Err(resp.error()),
    }
}
