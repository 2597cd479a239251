//! The token endpoint (docs/api.md, "Authentication") and the extractor that
//! checks an API request's bearer token.

use std::collections::HashMap;
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::{FromRequestParts, Path, Query, State};
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::Json;
use serde_json::{json, Value};

use crate::error::ApiError;
use crate::state::{Shared, Token, CLIENTS};

pub(crate) async fn token(
    State(s): State<Shared>,
    Path(account): Path<String>,
    Query(q): Query<HashMap<String, String>>,
    body: Bytes,
) -> Result<Json<Value>, ApiError> {
    let invalid =
        |code: &str, description: &str| ApiError::oauth(StatusCode::BAD_REQUEST, code, description);
    let v = serde_json::from_slice::<Value>(&body)
        .map_err(|_| invalid("invalid_request", "the body is not valid JSON"))?;
    if v.get("grant_type").and_then(Value::as_str) != Some("client_credentials") {
        return Err(invalid(
            "unsupported_grant_type",
            "grant_type must be client_credentials",
        ));
    }
    let requested = match q.get("expires_in").map(|s| s.parse::<u64>()) {
        None => 3600,
        Some(Ok(n)) => n,
        Some(Err(_)) => {
            return Err(invalid(
                "invalid_request",
                "expires_in must be a whole number of seconds",
            ))
        }
    };
    let id = v.get("client_id").and_then(Value::as_str).unwrap_or("");
    let secret = v.get("client_secret").and_then(Value::as_str).unwrap_or("");
    let mut inner = s.lock();
    let client = CLIENTS.iter().find(|c| c.id == id && c.secret == secret);
    let (Some(client), true) = (client, account == inner.opts.account_id) else {
        return Err(ApiError::oauth(
            StatusCode::UNAUTHORIZED,
            "invalid_client",
            "client authentication failed",
        ));
    };
    let expires_in = match (inner.opts.token_ttl, requested) {
        (Some(ttl), 0) => ttl,
        (Some(ttl), r) => r.min(ttl),
        (None, r) => r,
    };
    inner.counter += 1;
    let access_token = format!(
        "hub-{:x}-{:x}",
        inner.counter,
        (inner.counter as u32).wrapping_mul(0x85EB_CA6B)
    );
    inner.issued.push(access_token.clone());
    let now = inner.now();
    inner.tokens.insert(
        access_token.clone(),
        Token {
            account_id: account.clone(),
            client_id: client.id.to_string(),
            scopes: client.scopes.to_vec(),
            expires_at: (expires_in > 0).then(|| now + Duration::from_secs(expires_in)),
        },
    );
    let mut answer = json!({
        "access_token": access_token, "expires_in": expires_in,
        "refresh_token": format!("refresh-{access_token}"),
        "scope": client.scopes.join(" "), "token_type": "Bearer",
    });
    if !inner.opts.readings.token_expires_in {
        answer.as_object_mut().map(|o| o.remove("expires_in"));
    }
    Ok(Json(answer))
}

/// The caller of an API route: a bearer token that this emulator issued and
/// that has not expired (else 401). What it may do is asked with `may`.
pub(crate) struct Caller(pub Token);

impl FromRequestParts<Shared> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, s: &Shared) -> Result<Caller, ApiError> {
        let bearer = parts
            .headers
            .get("authorization")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(str::trim)
            .ok_or_else(|| ApiError::unauthorized("missing bearer token"))?;
        let inner = s.lock();
        let t = inner
            .tokens
            .get(bearer)
            .ok_or_else(|| ApiError::unauthorized("invalid token"))?;
        if t.expires_at.is_some_and(|at| inner.now() >= at) {
            return Err(ApiError::unauthorized("token expired"));
        }
        Ok(Caller(t.clone()))
    }
}

impl Caller {
    /// 403 unless the token is for `account` and holds `scope`.
    /// As `may`, for a route that may leave the account out (the token's).
    pub fn may_in(&self, account: Option<&str>, scope: &str) -> Result<&Token, ApiError> {
        let account = account.unwrap_or(&self.0.account_id).to_string();
        self.may(&account, scope)
    }

    pub fn may(&self, account: &str, scope: &str) -> Result<&Token, ApiError> {
        if self.0.account_id != account {
            return Err(ApiError::forbidden("the token is for another account"));
        }
        if !self.0.scopes.contains(&scope) {
            return Err(ApiError::forbidden(format!("missing scope {scope}")));
        }
        Ok(&self.0)
    }
}
