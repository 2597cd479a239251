//! The Remote Control API routes (docs/api.md, "Account environments",
//! "Webhooks"), with the contract's paging and validation.

use std::collections::HashMap;

use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use fer_contract::rules;
use fer_contract::wire::{Webhook, WebhookFields, MANAGED, READ_ONLY};
use serde::Serialize;
use serde_json::{json, Value};

use crate::auth::Caller;
use crate::error::ApiError;
use crate::state::{Env, Shared};
use crate::Options;

type Answer = Result<Response, ApiError>;

/// The parts of a webhook route, by name: the route is a setting
/// (`Options::webhooks_path`), which may leave the account out (then the
/// token's account is meant).
#[derive(serde::Deserialize)]
pub(crate) struct HookPath {
    #[serde(default)]
    account: Option<String>,
    env: String,
    #[serde(default)]
    id: String,
}

/// One page of `items` as `_page` and `_max_per_page` ask, in the envelope
/// and numbering the readings in force say.
fn page<T: Serialize>(items: &[T], q: &HashMap<String, String>, opts: &Options) -> Answer {
    let r = &opts.readings;
    let num = |k: &str, default: u64, min: u64| -> Result<u64, ApiError> {
        match q.get(k) {
            None => Ok(default),
            Some(v) => v.parse::<u64>().ok().filter(|n| *n >= min).ok_or_else(|| {
                ApiError::bad_request(format!("{k} must be a whole number from {min}"))
            }),
        }
    };
    let page = num("_page", r.page_base, r.page_base)?;
    let per = num("_max_per_page", 20, 1)?.min(opts.page_cap.max(1) as u64) as usize;
    let total = items.len();
    let pages = total.div_ceil(per).max(1) as u64;
    let last = if r.last_page_index {
        r.page_base + pages - 1
    } else {
        pages
    };
    let start = ((page - r.page_base) as usize)
        .saturating_mul(per)
        .saturating_sub(usize::from(r.page_overlap && page == r.page_base + 1))
        .min(total);
    let chunk = &items[start..(start + per).min(total)];
    let n = |v: u64| {
        if r.numbers_as_strings {
            json!(v.to_string())
        } else {
            json!(v)
        }
    };
    Ok(Json(json!({
        "current_item_count": n(chunk.len() as u64), "current_page": n(page),
        "total_count": n(total as u64), "items_per_page": n(per as u64), "last_page": n(last),
        "items": chunk,
    }))
    .into_response())
}

pub(crate) async fn list_envs(
    State(s): State<Shared>,
    Path(account): Path<String>,
    Query(q): Query<HashMap<String, String>>,
    caller: Caller,
) -> Answer {
    caller.may(&account, "environment.list")?;
    let inner = s.lock();
    let items: Vec<Value> = inner.envs.iter().map(Env::json).collect();
    page(&items, &q, &inner.opts)
}

pub(crate) async fn list_hooks(
    State(s): State<Shared>,
    Path(HookPath { account, env, .. }): Path<HookPath>,
    Query(q): Query<HashMap<String, String>>,
    caller: Caller,
) -> Answer {
    caller.may_in(account.as_deref(), "webhook.list")?;
    let inner = s.lock();
    let i = inner
        .env(&env)
        .ok_or_else(|| ApiError::environment_not_found(&env))?;
    page(&inner.envs[i].webhooks, &q, &inner.opts)
}

pub(crate) async fn get_hook(
    State(s): State<Shared>,
    Path(HookPath { account, env, id }): Path<HookPath>,
    caller: Caller,
) -> Answer {
    caller.may_in(account.as_deref(), "webhook.list")?;
    let inner = s.lock();
    let i = inner
        .env(&env)
        .ok_or_else(|| ApiError::environment_not_found(&env))?;
    inner.envs[i]
        .webhooks
        .iter()
        .find(|w| w.id() == id)
        .map(|w| Json(w).into_response())
        .ok_or_else(|| ApiError::webhook_not_found(&id))
}

/// The contract's validation of a POST or PATCH body: the three managed
/// fields and custom `headers` (an object of strings), kept as sent.
fn validate(body: &Bytes, partial: bool) -> Result<WebhookFields, ApiError> {
    let v: Value = serde_json::from_slice(body)
        .map_err(|e| ApiError::bad_request(format!("malformed JSON: {e}")))?;
    let Value::Object(obj) = v else {
        return Err(ApiError::bad_request("the body must be a JSON object"));
    };
    if let Some(k) = obj.keys().find(|k| READ_ONLY.contains(&k.as_str())) {
        return Err(ApiError::bad_request(format!(
            "field '{k}' is set by the server"
        )));
    }
    // The three fields, and the custom headers the vendor documents on some
    // webhooks; nothing else.
    if let Some(k) = obj
        .keys()
        .find(|k| !MANAGED.contains(&k.as_str()) && k.as_str() != "headers")
    {
        return Err(ApiError::bad_request(format!("unknown field '{k}'")));
    }
    let mut fields = WebhookFields::default();
    match obj.get("event") {
        None if partial => {}
        None => return Err(ApiError::bad_request("event is required")),
        Some(Value::String(e)) if fer_contract::events::current(e).is_some() => {
            fields.event = Some(e.clone())
        }
        Some(e) => return Err(ApiError::bad_request(format!("unknown event {e}"))),
    }
    match obj.get("url") {
        None if partial => {}
        None => return Err(ApiError::bad_request("url is required")),
        Some(Value::String(u)) => {
            rules::check_url(u)
                .map_err(|m| ApiError::bad_request(format!("invalid url {u}: {m}")))?;
            fields.url = Some(u.clone());
        }
        Some(u) => return Err(ApiError::bad_request(format!("invalid url {u}"))),
    }
    match obj.get("description") {
        None => {}
        Some(Value::String(d)) => {
            rules::check_description(d).map_err(ApiError::bad_request)?;
            fields.description = Some(d.clone());
        }
        Some(_) => return Err(ApiError::bad_request("description must be a string")),
    }
    if let Some(h) = obj.get("headers") {
        let strings = h
            .as_object()
            .is_some_and(|m| m.values().all(Value::is_string));
        if !strings {
            return Err(ApiError::bad_request(
                "headers must be an object of strings",
            ));
        }
    }
    fields.extra = obj
        .into_iter()
        .filter(|(k, _)| !MANAGED.contains(&k.as_str()))
        .collect();
    Ok(fields)
}

pub(crate) async fn create_hook(
    State(s): State<Shared>,
    Path(HookPath { account, env, .. }): Path<HookPath>,
    caller: Caller,
    body: Bytes,
) -> Answer {
    let token = caller.may_in(account.as_deref(), "webhook.create")?;
    let fields = validate(&body, false)?;
    let mut inner = s.lock();
    let i = inner
        .env(&env)
        .ok_or_else(|| ApiError::environment_not_found(&env))?;
    let wanted = (
        fields.event.clone().unwrap_or_default(),
        fields.url.clone().unwrap_or_default(),
    );
    if inner.envs[i].keys.contains(&wanted) {
        let existing = inner.envs[i]
            .webhooks
            .iter()
            .find(|w| crate::state::key(w) == wanted)
            .and_then(|w| w.get("id").cloned())
            .unwrap_or(Value::Null);
        return Err(ApiError::conflict(existing));
    }
    let by = format!("{}@fer-hub.local", token.client_id);
    let hook = inner.new_webhook(&env, &fields, &by);
    inner.envs[i].keys.insert(wanted);
    inner.envs[i].webhooks.push(hook.clone());
    Ok((StatusCode::CREATED, Json(hook)).into_response())
}

pub(crate) async fn patch_hook(
    State(s): State<Shared>,
    Path(HookPath { account, env, id }): Path<HookPath>,
    caller: Caller,
    body: Bytes,
) -> Answer {
    caller.may_in(account.as_deref(), "webhook.update")?;
    let fields = validate(&body, true)?;
    let mut inner = s.lock();
    let i = inner
        .env(&env)
        .ok_or_else(|| ApiError::environment_not_found(&env))?;
    let hooks = &mut inner.envs[i].webhooks;
    let pos = hooks
        .iter()
        .position(|w| w.id() == id)
        .ok_or_else(|| ApiError::webhook_not_found(&id))?;
    let mut updated: Webhook = hooks[pos].clone();
    for (k, v) in [
        ("event", &fields.event),
        ("url", &fields.url),
        ("description", &fields.description),
    ] {
        if let Some(v) = v {
            updated.set(k, json!(v));
        }
    }
    for (k, v) in &fields.extra {
        updated.set(k, v.clone());
    }
    if let Some(other) = hooks
        .iter()
        .find(|w| w.id() != id && w.event() == updated.event() && w.url() == updated.url())
    {
        return Err(ApiError::conflict(
            other.get("id").cloned().unwrap_or(Value::Null),
        ));
    }
    let (old, new) = (crate::state::key(&hooks[pos]), crate::state::key(&updated));
    hooks[pos] = updated.clone();
    let keys = &mut inner.envs[i].keys;
    keys.remove(&old);
    keys.insert(new);
    Ok(Json(updated).into_response())
}

pub(crate) async fn delete_hook(
    State(s): State<Shared>,
    Path(HookPath { account, env, id }): Path<HookPath>,
    caller: Caller,
) -> Answer {
    caller.may_in(account.as_deref(), "webhook.delete")?;
    let mut inner = s.lock();
    let i = inner
        .env(&env)
        .ok_or_else(|| ApiError::environment_not_found(&env))?;
    let hooks = &mut inner.envs[i].webhooks;
    let pos = hooks
        .iter()
        .position(|w| w.id() == id)
        .ok_or_else(|| ApiError::webhook_not_found(&id))?;
    let gone = hooks.remove(pos);
    inner.envs[i].keys.remove(&crate::state::key(&gone));
    Ok(StatusCode::NO_CONTENT.into_response())
}
