//! The control API under `/_hub`, for tests and demos: faults, delay,
//! token expiry, the request log, the state, triggers and deliveries.

use axum::extract::State;
use axum::http::{Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Deserialize;
use serde_json::{json, Map, Value};

use crate::deliveries::trigger;
use crate::error::ApiError;
use crate::options::FaultWire;
use crate::state::Shared;
use crate::Fault;

/// `{"kind": …, "count": N, "method": "POST"}`: N requests (1 when not
/// said), of any method or of that one, meet the fault.
pub(crate) async fn ctl_faults(State(s): State<Shared>, Json(f): Json<FaultWire>) -> Response {
    let (count, method) = (f.count.unwrap_or(1), f.method.clone());
    let fault = match Fault::try_from(f) {
        Ok(fault) => fault,
        Err(m) => return ApiError::bad_request(m).into_response(),
    };
    let mut inner = s.lock();
    for _ in 0..count {
        inner.faults.push_back((fault.clone(), method.clone()));
    }
    Json(json!({"queued": inner.faults.len()})).into_response()
}

pub(crate) async fn ctl_delay(State(s): State<Shared>, Json(v): Json<Value>) -> Response {
    let ms = v.get("ms").and_then(Value::as_u64).unwrap_or(0);
    s.lock().delay_ms = ms;
    Json(json!({"delay_ms": ms})).into_response()
}

pub(crate) async fn ctl_expire(State(s): State<Shared>) -> Response {
    let mut inner = s.lock();
    let n = inner.tokens.len();
    inner.tokens.clear();
    Json(json!({"expired": n})).into_response()
}

pub(crate) async fn ctl_log(State(s): State<Shared>, method: Method) -> Response {
    let mut inner = s.lock();
    if method == Method::DELETE {
        inner.log.clear();
        return StatusCode::NO_CONTENT.into_response();
    }
    Json(inner.log.clone()).into_response()
}

pub(crate) async fn ctl_state(State(s): State<Shared>) -> Response {
    let inner = s.lock();
    let envs: Vec<Value> = inner
        .envs
        .iter()
        .map(|e| {
            let mut v = e.json();
            v["webhooks"] = json!(e.webhooks);
            v
        })
        .collect();
    Json(json!({"account_id": inner.opts.account_id, "environments": envs})).into_response()
}

pub(crate) async fn ctl_deliveries(State(s): State<Shared>) -> Response {
    Json(s.lock().deliveries.clone()).into_response()
}

#[derive(Deserialize)]
pub(crate) struct TriggerRequest {
    environment: String,
    event: String,
    #[serde(default)]
    fields: Map<String, Value>,
}

pub(crate) async fn ctl_trigger(
    State(s): State<Shared>,
    Json(t): Json<TriggerRequest>,
) -> Response {
    match trigger(&s, &t.environment, &t.event, t.fields).await {
        Ok(d) => Json(d).into_response(),
        Err(m) => ApiError::bad_request(m).into_response(),
    }
}
