//! fer-hub: a local emulator of the FE&R Integration Hub API (CONTRACT.md).
//!
//! It serves the token endpoint under `/auth` and the Remote Control API under
//! `/v1`, from in-memory state, with the contract's validation, pagination cap,
//! scopes and error bodies. A control API under `/_hub` injects faults and
//! delays, expires tokens, reads the request log and triggers real deliveries.
//! Tests start it in-process on 127.0.0.1:0; people run the `fer-hub` binary.

// Handlers return the error `Response` itself: the axum way, and off the hot path.
#![allow(clippy::result_large_err)]

use std::collections::{HashMap, VecDeque};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::{Body, Bytes};
use axum::extract::{Path, Query, Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};

pub const ADMIN_CLIENT_ID: &str = "fer-hub-admin";
pub const ADMIN_CLIENT_SECRET: &str = "hub-admin-secret";
pub const READER_CLIENT_ID: &str = "fer-hub-reader";
pub const READER_CLIENT_SECRET: &str = "hub-reader-secret";
pub const DEFAULT_ACCOUNT_ID: &str = "acc-local";

pub const ALL_SCOPES: &[&str] = &[
    "environment.list",
    "webhook.list",
    "webhook.create",
    "webhook.update",
    "webhook.delete",
];
pub const READ_SCOPES: &[&str] = &["environment.list", "webhook.list"];

/// What the emulator starts with.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default)]
pub struct Options {
    pub account_id: String,
    pub account_name: String,
    /// The most items a page holds, whatever `_max_per_page` asks.
    pub page_cap: usize,
    pub environments: Vec<EnvSeed>,
    /// When set, tokens live at most this many seconds.
    pub token_ttl: Option<u64>,
    /// A delay before every API answer.
    pub delay_ms: u64,
    /// When set, at most this many API requests a second; the others get 429
    /// with Retry-After, as a rate-limited server answers.
    pub rate_limit: Option<u32>,
    /// The vendor's material read other ways (CONTRACT.md): how this
    /// emulator pages, errs, rate-limits and hands out tokens.
    #[serde(flatten)]
    pub readings: Readings,
}

/// Each way the vendor's own material may be read, so that tests can run
/// fer against every one (CONTRACT.md, "Lists", "Tokens", "Errors").
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(default)]
pub struct Readings {
    /// The number of the first page: 1, or 0 as the API reference's example.
    pub page_base: u64,
    /// `last_page` as the index of the last page rather than the page count.
    pub last_page_index: bool,
    /// Counts in the list envelope sent as strings (`"total_count": "40"`).
    pub numbers_as_strings: bool,
    /// What an error answer carries (a 409 keeps its `id` whatever this says).
    pub error_body: ErrorBody,
    /// Whether the webhook routes exist; without them they answer 404, as a
    /// deployment that does not serve them would.
    pub webhook_routes: bool,
    /// Whether a rate-limited answer carries Retry-After (none is documented).
    pub retry_after: bool,
    /// Whether token answers carry `expires_in` (the vendor CLI's mocks do not).
    pub token_expires_in: bool,
}

impl Default for Readings {
    fn default() -> Self {
        Readings {
            page_base: 1,
            last_page_index: false,
            numbers_as_strings: false,
            error_body: ErrorBody::Message,
            webhook_routes: true,
            retry_after: true,
            token_expires_in: true,
        }
    }
}

/// The body of an error answer.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Default, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum ErrorBody {
    /// `{"message": "…"}`.
    #[default]
    Message,
    /// `{}`, the only error body the vendor documents.
    EmptyObject,
    /// Nothing at all.
    Empty,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            account_id: DEFAULT_ACCOUNT_ID.into(),
            account_name: "Local account".into(),
            page_cap: 50,
            environments: vec![
                EnvSeed::new("production", true),
                EnvSeed::new("staging", false),
            ],
            token_ttl: None,
            delay_ms: 0,
            rate_limit: None,
            readings: Readings::default(),
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct EnvSeed {
    pub id: Option<String>,
    pub name: String,
    pub is_main: bool,
    pub panic: bool,
    pub webhooks: Vec<HookSeed>,
}

impl EnvSeed {
    pub fn new(name: &str, is_main: bool) -> Self {
        EnvSeed {
            name: name.into(),
            is_main,
            ..EnvSeed::default()
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct HookSeed {
    pub event: String,
    pub url: String,
    pub description: String,
}

/// A fault the next API calls answer with.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Fault {
    /// This status with a JSON `message` body (429 carries `Retry-After`).
    Status {
        status: u16,
        #[serde(default)]
        retry_after: Option<u64>,
    },
    /// 502 with an HTML page, as a proxy would answer.
    Html,
    /// 200 with a body that is not JSON.
    Garbage,
    /// 200 with JSON cut off part-way.
    Truncated,
    /// 200 with an empty body.
    Empty,
    /// The request is carried out, then the answer is held back this long
    /// (a client with a shorter timeout never learns the outcome).
    Hang { ms: u64 },
    /// 200 with a JSON body that never ends.
    Endless,
}

/// One request the emulator received.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct LogEntry {
    pub method: String,
    /// Path and query.
    pub path: String,
    /// Whether an `Authorization` header was sent.
    pub token: bool,
    pub status: u16,
}

/// One delivery attempt made by `trigger`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Delivery {
    pub webhook_id: String,
    pub url: String,
    pub event: String,
    pub status: Option<u16>,
    pub error: Option<String>,
    pub duration_ms: u64,
    pub body: Value,
}

#[derive(Debug, Clone)]
struct Env {
    id: String,
    name: String,
    is_main: bool,
    panic: bool,
    webhooks: Vec<Value>,
}

impl Env {
    fn json(&self) -> Value {
        json!({"id": self.id, "environment": self.name, "is_main": self.is_main,
               "panic": self.panic, "single_assignment": false})
    }
}

#[derive(Debug, Clone)]
struct Token {
    account_id: String,
    client_id: String,
    scopes: Vec<&'static str>,
    expires_at: Option<Instant>,
}

struct Client {
    id: &'static str,
    secret: &'static str,
    scopes: &'static [&'static str],
}

const CLIENTS: &[Client] = &[
    Client {
        id: ADMIN_CLIENT_ID,
        secret: ADMIN_CLIENT_SECRET,
        scopes: ALL_SCOPES,
    },
    Client {
        id: READER_CLIENT_ID,
        secret: READER_CLIENT_SECRET,
        scopes: READ_SCOPES,
    },
];

struct Inner {
    opts: Options,
    envs: Vec<Env>,
    tokens: HashMap<String, Token>,
    /// Queued faults, each for any method or for one (`POST`, …).
    faults: VecDeque<(Fault, Option<String>)>,
    delay_ms: u64,
    log: Vec<LogEntry>,
    deliveries: Vec<Delivery>,
    /// The current one-second window of the rate limit: its start and count.
    window: (Instant, u32),
    /// Every access token handed out, expired ones included.
    issued: Vec<String>,
    counter: u64,
}

impl Inner {
    fn next_id(&mut self, prefix: &str) -> String {
        self.counter += 1;
        // A bijection on u32: unique ids that do not look sequential.
        let n = (self.counter as u32).wrapping_mul(0x9E37_79B1);
        format!("{prefix}-{n:08x}")
    }
}

#[derive(Clone)]
pub struct Shared(Arc<Mutex<Inner>>);

impl Shared {
    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn new(opts: Options) -> Shared {
        let mut inner = Inner {
            envs: Vec::new(),
            tokens: HashMap::new(),
            faults: VecDeque::new(),
            delay_ms: opts.delay_ms,
            log: Vec::new(),
            deliveries: Vec::new(),
            window: (Instant::now(), 0),
            issued: Vec::new(),
            counter: 0,
            opts: opts.clone(),
        };
        for seed in &opts.environments {
            let id = seed.id.clone().unwrap_or_else(|| inner.next_id("env"));
            let mut env = Env {
                id,
                name: seed.name.clone(),
                is_main: seed.is_main,
                panic: seed.panic,
                webhooks: Vec::new(),
            };
            for h in &seed.webhooks {
                let hook = new_webhook(
                    &mut inner,
                    &env.id,
                    &h.event,
                    &h.url,
                    &h.description,
                    "seed@fer-hub.local",
                );
                env.webhooks.push(hook);
            }
            inner.envs.push(env);
        }
        Shared(Arc::new(Mutex::new(inner)))
    }
}

fn new_webhook(
    inner: &mut Inner,
    env_id: &str,
    event: &str,
    url: &str,
    description: &str,
    by: &str,
) -> Value {
    let id = inner.next_id("wh");
    json!({
        "id": id, "account_environment_id": env_id, "event": event, "url": url,
        "description": description,
        "created_at": chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string(),
        "created_by": by,
    })
}

fn error(status: StatusCode, message: impl Into<String>) -> Response {
    (status, Json(json!({"message": message.into()}))).into_response()
}

/// 409: a webhook for the same event and URL exists; its id.
fn conflict(id: Value) -> Response {
    (
        StatusCode::CONFLICT,
        Json(json!({"message": "a webhook for this event and URL already exists in this environment", "id": id})),
    )
        .into_response()
}

fn auth_error(status: StatusCode, code: &str, description: &str) -> Response {
    (
        status,
        Json(json!({"error": code, "error_description": description})),
    )
        .into_response()
}

// ---- auth ----------------------------------------------------------------

async fn token(
    State(s): State<Shared>,
    Path(account): Path<String>,
    Query(q): Query<HashMap<String, String>>,
    body: Bytes,
) -> Response {
    let Ok(v) = serde_json::from_slice::<Value>(&body) else {
        return auth_error(
            StatusCode::BAD_REQUEST,
            "invalid_request",
            "the body is not valid JSON",
        );
    };
    if v.get("grant_type").and_then(Value::as_str) != Some("client_credentials") {
        return auth_error(
            StatusCode::BAD_REQUEST,
            "unsupported_grant_type",
            "grant_type must be client_credentials",
        );
    }
    let requested = match q.get("expires_in").map(|s| s.parse::<u64>()) {
        None => 3600,
        Some(Ok(n)) => n,
        Some(Err(_)) => {
            return auth_error(
                StatusCode::BAD_REQUEST,
                "invalid_request",
                "expires_in must be a whole number of seconds",
            )
        }
    };
    let id = v.get("client_id").and_then(Value::as_str).unwrap_or("");
    let secret = v.get("client_secret").and_then(Value::as_str).unwrap_or("");
    let mut inner = s.lock();
    let client = CLIENTS.iter().find(|c| c.id == id && c.secret == secret);
    let (Some(client), true) = (client, account == inner.opts.account_id) else {
        return auth_error(
            StatusCode::UNAUTHORIZED,
            "invalid_client",
            "client authentication failed",
        );
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
    inner.tokens.insert(
        access_token.clone(),
        Token {
            account_id: account.clone(),
            client_id: client.id.to_string(),
            scopes: client.scopes.to_vec(),
            expires_at: (expires_in > 0).then(|| Instant::now() + Duration::from_secs(expires_in)),
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
    Json(answer).into_response()
}

/// Checks the bearer token for `account` and `scope`; the error response otherwise.
fn authorize(
    s: &Shared,
    headers: &HeaderMap,
    account: &str,
    scope: &str,
) -> Result<Token, Response> {
    let bearer = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim);
    let Some(bearer) = bearer else {
        return Err(error(StatusCode::UNAUTHORIZED, "missing bearer token"));
    };
    let inner = s.lock();
    let Some(t) = inner.tokens.get(bearer) else {
        return Err(error(StatusCode::UNAUTHORIZED, "invalid token"));
    };
    if t.expires_at.is_some_and(|at| Instant::now() >= at) {
        return Err(error(StatusCode::UNAUTHORIZED, "token expired"));
    }
    if t.account_id != account {
        return Err(error(
            StatusCode::FORBIDDEN,
            "the token is for another account",
        ));
    }
    if !t.scopes.contains(&scope) {
        return Err(error(
            StatusCode::FORBIDDEN,
            format!("missing scope {scope}"),
        ));
    }
    Ok(t.clone())
}

// ---- paging --------------------------------------------------------------

fn page(items: Vec<Value>, q: &HashMap<String, String>, opts: &Options) -> Response {
    let r = &opts.readings;
    let num = |k: &str, default: u64, min: u64| -> Result<u64, Response> {
        match q.get(k) {
            None => Ok(default),
            Some(v) => v.parse::<u64>().ok().filter(|n| *n >= min).ok_or_else(|| {
                error(
                    StatusCode::BAD_REQUEST,
                    format!("{k} must be a whole number from {min}"),
                )
            }),
        }
    };
    let page = match num("_page", r.page_base, r.page_base) {
        Ok(p) => p,
        Err(resp) => return resp,
    };
    let per = match num("_max_per_page", 20, 1) {
        Ok(p) => p.min(opts.page_cap.max(1) as u64) as usize,
        Err(resp) => return resp,
    };
    let total = items.len();
    let pages = total.div_ceil(per).max(1) as u64;
    let last = if r.last_page_index {
        r.page_base + pages - 1
    } else {
        pages
    };
    let chunk: Vec<Value> = items
        .into_iter()
        .skip(((page - r.page_base) as usize).saturating_mul(per))
        .take(per)
        .collect();
    let n = |v: u64| {
        if r.numbers_as_strings {
            json!(v.to_string())
        } else {
            json!(v)
        }
    };
    Json(json!({
        "current_item_count": n(chunk.len() as u64), "current_page": n(page),
        "total_count": n(total as u64), "items_per_page": n(per as u64), "last_page": n(last),
        "items": chunk,
    }))
    .into_response()
}

// ---- environments and webhooks ------------------------------------------

async fn list_envs(
    State(s): State<Shared>,
    Path(account): Path<String>,
    Query(q): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Response {
    if let Err(r) = authorize(&s, &headers, &account, "environment.list") {
        return r;
    }
    let inner = s.lock();
    let items = inner.envs.iter().map(Env::json).collect();
    page(items, &q, &inner.opts)
}

fn env_index(inner: &Inner, env: &str) -> Option<usize> {
    inner.envs.iter().position(|e| e.id == env)
}

async fn list_hooks(
    State(s): State<Shared>,
    Path((account, env)): Path<(String, String)>,
    Query(q): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Response {
    if let Err(r) = authorize(&s, &headers, &account, "webhook.list") {
        return r;
    }
    let inner = s.lock();
    let Some(i) = env_index(&inner, &env) else {
        return error(
            StatusCode::NOT_FOUND,
            format!("account environment {env} not found"),
        );
    };
    page(inner.envs[i].webhooks.clone(), &q, &inner.opts)
}

async fn get_hook(
    State(s): State<Shared>,
    Path((account, env, id)): Path<(String, String, String)>,
    headers: HeaderMap,
) -> Response {
    if let Err(r) = authorize(&s, &headers, &account, "webhook.list") {
        return r;
    }
    let inner = s.lock();
    let Some(i) = env_index(&inner, &env) else {
        return error(
            StatusCode::NOT_FOUND,
            format!("account environment {env} not found"),
        );
    };
    match inner.envs[i]
        .webhooks
        .iter()
        .find(|w| w["id"] == id.as_str())
    {
        Some(w) => Json(w.clone()).into_response(),
        None => error(StatusCode::NOT_FOUND, format!("webhook {id} not found")),
    }
}

/// The contract's validation of a POST or PATCH body.
fn validate(body: &Bytes, partial: bool) -> Result<Map<String, Value>, Response> {
    let v: Value = serde_json::from_slice(body)
        .map_err(|e| error(StatusCode::BAD_REQUEST, format!("malformed JSON: {e}")))?;
    let Value::Object(obj) = v else {
        return Err(error(
            StatusCode::BAD_REQUEST,
            "the body must be a JSON object",
        ));
    };
    for k in obj.keys() {
        if !matches!(k.as_str(), "event" | "url" | "description") {
            return Err(error(
                StatusCode::BAD_REQUEST,
                format!("unknown field '{k}'"),
            ));
        }
    }
    match obj.get("event") {
        None if partial => {}
        None => return Err(error(StatusCode::BAD_REQUEST, "event is required")),
        Some(Value::String(e)) if fer::events::EVENTS.iter().any(|x| x.id == e) => {}
        Some(e) => return Err(error(StatusCode::BAD_REQUEST, format!("unknown event {e}"))),
    }
    match obj.get("url") {
        None if partial => {}
        None => return Err(error(StatusCode::BAD_REQUEST, "url is required")),
        Some(Value::String(u)) if valid_url(u) => {}
        Some(u) => return Err(error(StatusCode::BAD_REQUEST, format!("invalid url {u}"))),
    }
    match obj.get("description") {
        None => {}
        Some(Value::String(d)) if d.chars().any(hazardous) => {
            return Err(error(
                StatusCode::BAD_REQUEST,
                "description must not contain control characters",
            ))
        }
        Some(Value::String(d)) if d.chars().count() <= 255 => {}
        Some(Value::String(_)) => {
            return Err(error(
                StatusCode::BAD_REQUEST,
                "description is longer than 255 characters",
            ))
        }
        Some(_) => {
            return Err(error(
                StatusCode::BAD_REQUEST,
                "description must be a string",
            ))
        }
    }
    Ok(obj)
}

/// Control characters and bidirectional overrides: refused in URLs and
/// descriptions.
fn hazardous(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{2028}' | '\u{2029}')
}

/// Absolute http or https, with a host, no whitespace, at most 2048 characters.
pub fn valid_url(u: &str) -> bool {
    if u.len() > 2048 || u.chars().any(|c| c.is_whitespace() || hazardous(c)) {
        return false;
    }
    let rest = if let Some(r) = u.strip_prefix("https://") {
        r
    } else if let Some(r) = u.strip_prefix("http://") {
        r
    } else {
        return false;
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = authority.rsplit('@').next().unwrap_or("");
    let host = if host.starts_with('[') {
        host.split(']')
            .next()
            .map(|h| h.trim_start_matches('['))
            .unwrap_or("")
    } else {
        host.split(':').next().unwrap_or("")
    };
    !host.is_empty()
}

async fn create_hook(
    State(s): State<Shared>,
    Path((account, env)): Path<(String, String)>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let token = match authorize(&s, &headers, &account, "webhook.create") {
        Ok(t) => t,
        Err(r) => return r,
    };
    let obj = match validate(&body, false) {
        Ok(o) => o,
        Err(r) => return r,
    };
    let mut inner = s.lock();
    let Some(i) = env_index(&inner, &env) else {
        return error(
            StatusCode::NOT_FOUND,
            format!("account environment {env} not found"),
        );
    };
    let event = obj["event"].as_str().unwrap_or_default().to_string();
    let url = obj["url"].as_str().unwrap_or_default().to_string();
    let description = obj
        .get("description")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string();
    if let Some(existing) = inner.envs[i]
        .webhooks
        .iter()
        .find(|w| w["event"] == event.as_str() && w["url"] == url.as_str())
    {
        let id = existing["id"].clone();
        return conflict(id);
    }
    let by = format!("{}@fer-hub.local", token.client_id);
    let hook = new_webhook(&mut inner, &env, &event, &url, &description, &by);
    inner.envs[i].webhooks.push(hook.clone());
    (StatusCode::CREATED, Json(hook)).into_response()
}

async fn patch_hook(
    State(s): State<Shared>,
    Path((account, env, id)): Path<(String, String, String)>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    if let Err(r) = authorize(&s, &headers, &account, "webhook.update") {
        return r;
    }
    let obj = match validate(&body, true) {
        Ok(o) => o,
        Err(r) => return r,
    };
    let mut inner = s.lock();
    let Some(i) = env_index(&inner, &env) else {
        return error(
            StatusCode::NOT_FOUND,
            format!("account environment {env} not found"),
        );
    };
    let hooks = &mut inner.envs[i].webhooks;
    let Some(pos) = hooks.iter().position(|w| w["id"] == id.as_str()) else {
        return error(StatusCode::NOT_FOUND, format!("webhook {id} not found"));
    };
    let mut updated = hooks[pos].clone();
    for (k, v) in obj {
        updated[k] = v;
    }
    if let Some(other) = hooks.iter().find(|w| {
        w["id"] != id.as_str() && w["event"] == updated["event"] && w["url"] == updated["url"]
    }) {
        let other_id = other["id"].clone();
        return conflict(other_id);
    }
    hooks[pos] = updated.clone();
    Json(updated).into_response()
}

async fn delete_hook(
    State(s): State<Shared>,
    Path((account, env, id)): Path<(String, String, String)>,
    headers: HeaderMap,
) -> Response {
    if let Err(r) = authorize(&s, &headers, &account, "webhook.delete") {
        return r;
    }
    let mut inner = s.lock();
    let Some(i) = env_index(&inner, &env) else {
        return error(
            StatusCode::NOT_FOUND,
            format!("account environment {env} not found"),
        );
    };
    let hooks = &mut inner.envs[i].webhooks;
    match hooks.iter().position(|w| w["id"] == id.as_str()) {
        Some(pos) => {
            hooks.remove(pos);
            StatusCode::NO_CONTENT.into_response()
        }
        None => error(StatusCode::NOT_FOUND, format!("webhook {id} not found")),
    }
}

/// Logging for every request; delay and faults for API requests.
async fn layer(State(s): State<Shared>, req: Request, next: Next) -> Response {
    let method = req.method().to_string();
    let path = req
        .uri()
        .path_and_query()
        .map(|p| p.to_string())
        .unwrap_or_default();
    let token = req.headers().contains_key("authorization");
    let is_api = req.uri().path().starts_with("/v1/");
    let no_route =
        is_api && !s.lock().opts.readings.webhook_routes && req.uri().path().contains("/webhooks");
    let (delay, fault) = if is_api {
        let mut inner = s.lock();
        let retry_after = inner.opts.readings.retry_after;
        let limited = inner.opts.rate_limit.is_some_and(|limit| {
            let now = Instant::now();
            if now.duration_since(inner.window.0) >= Duration::from_secs(1) {
                inner.window = (now, 0);
            }
            inner.window.1 += 1;
            inner.window.1 > limit
        });
        let fault = if limited {
            Some(Fault::Status {
                status: 429,
                retry_after: retry_after.then_some(1),
            })
        } else {
            let m = req.method().as_str();
            let at = inner
                .faults
                .iter()
                .position(|(_, only)| only.as_deref().is_none_or(|o| o.eq_ignore_ascii_case(m)));
            at.and_then(|i| inner.faults.remove(i)).map(|(f, _)| f)
        };
        (inner.delay_ms, fault)
    } else {
        (0, None)
    };
    if delay > 0 {
        tokio::time::sleep(Duration::from_millis(delay)).await;
    }
    let mut hold = 0;
    let resp = match fault {
        None if no_route => error(StatusCode::NOT_FOUND, "no such route"),
        None => next.run(req).await,
        Some(Fault::Hang { ms }) => {
            hold = ms;
            next.run(req).await
        }
        Some(Fault::Status { status, retry_after }) => {
            let code = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            let mut r = error(code, format!("injected fault: {status}"));
            if let Some(ra) = retry_after {
                r.headers_mut().insert("retry-after", HeaderValue::from(ra));
            }
            r
        }
        Some(Fault::Html) => (
            StatusCode::BAD_GATEWAY,
            [("content-type", "text/html")],
            "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>",
        )
            .into_response(),
        Some(Fault::Garbage) => (StatusCode::OK, [("content-type", "text/html")], "<html>maintenance</html>").into_response(),
        Some(Fault::Truncated) => (
            StatusCode::OK,
            [("content-type", "application/json")],
            "{\"current_item_count\": 2, \"items\": [{\"id\": \"wh-",
        )
            .into_response(),
        Some(Fault::Empty) => (StatusCode::OK, [("content-type", "application/json")], Body::empty()).into_response(),
        Some(Fault::Endless) => (StatusCode::OK, [("content-type", "application/json")], endless_body()).into_response(),
    };
    let error_body = s.lock().opts.readings.error_body;
    let resp = if is_api && resp.status().as_u16() >= 400 && resp.status() != StatusCode::CONFLICT {
        restyle_error(resp, error_body)
    } else {
        resp
    };
    if is_api || path.starts_with("/auth/") {
        s.lock().log.push(LogEntry {
            method,
            path,
            token,
            status: resp.status().as_u16(),
        });
    }
    // A held-back answer is logged when it was decided, then held.
    if hold > 0 {
        tokio::time::sleep(Duration::from_millis(hold)).await;
    }
    resp
}

/// `{"items": [{…}, {…}, …` without end.
fn endless_body() -> Body {
    let head = futures::stream::once(async {
        Ok::<_, std::convert::Infallible>(Bytes::from_static(b"{\"items\": ["))
    });
    let item: Bytes = Bytes::from(format!(
        "{{\"id\": \"wh-{}\", \"event\": \"Flag.created\"}},",
        "0".repeat(1000)
    ));
    let rest = futures::stream::repeat_with(move || Ok(item.clone()));
    Body::from_stream(futures::StreamExt::chain(head, rest))
}

/// An error answer as the reading in force has it.
fn restyle_error(resp: Response, style: ErrorBody) -> Response {
    let (mut parts, body) = resp.into_parts();
    let body = match style {
        ErrorBody::Message => return Response::from_parts(parts, body),
        ErrorBody::EmptyObject => Body::from("{}"),
        ErrorBody::Empty => Body::empty(),
    };
    parts.headers.remove(axum::http::header::CONTENT_LENGTH);
    if style == ErrorBody::Empty {
        parts.headers.remove(axum::http::header::CONTENT_TYPE);
    }
    Response::from_parts(parts, body)
}

// ---- control ---------------------------------------------------------------

#[derive(Deserialize)]
struct FaultRequest {
    #[serde(flatten)]
    fault: Fault,
    #[serde(default = "one")]
    count: usize,
    /// Only requests with this method meet the fault.
    #[serde(default)]
    method: Option<String>,
}

fn one() -> usize {
    1
}

async fn ctl_faults(State(s): State<Shared>, Json(f): Json<FaultRequest>) -> Response {
    let mut inner = s.lock();
    for _ in 0..f.count {
        inner.faults.push_back((f.fault.clone(), f.method.clone()));
    }
    Json(json!({"queued": inner.faults.len()})).into_response()
}

async fn ctl_delay(State(s): State<Shared>, Json(v): Json<Value>) -> Response {
    let ms = v.get("ms").and_then(Value::as_u64).unwrap_or(0);
    s.lock().delay_ms = ms;
    Json(json!({"delay_ms": ms})).into_response()
}

async fn ctl_expire(State(s): State<Shared>) -> Response {
    let mut inner = s.lock();
    let n = inner.tokens.len();
    inner.tokens.clear();
    Json(json!({"expired": n})).into_response()
}

async fn ctl_log(State(s): State<Shared>, method: Method) -> Response {
    let mut inner = s.lock();
    if method == Method::DELETE {
        inner.log.clear();
        return StatusCode::NO_CONTENT.into_response();
    }
    Json(inner.log.clone()).into_response()
}

async fn ctl_state(State(s): State<Shared>) -> Response {
    let inner = s.lock();
    let envs: Vec<Value> = inner
        .envs
        .iter()
        .map(|e| {
            let mut v = e.json();
            v["webhooks"] = Value::Array(e.webhooks.clone());
            v
        })
        .collect();
    Json(json!({"account_id": inner.opts.account_id, "environments": envs})).into_response()
}

async fn ctl_deliveries(State(s): State<Shared>) -> Response {
    Json(s.lock().deliveries.clone()).into_response()
}

#[derive(Deserialize)]
struct TriggerRequest {
    environment: String,
    event: String,
    #[serde(default)]
    fields: Map<String, Value>,
}

async fn ctl_trigger(State(s): State<Shared>, Json(t): Json<TriggerRequest>) -> Response {
    match trigger(&s, &t.environment, &t.event, t.fields).await {
        Ok(d) => Json(d).into_response(),
        Err(m) => error(StatusCode::BAD_REQUEST, m),
    }
}

/// Posts the delivery body of `event` to every webhook of `environment`
/// subscribed to it, and records each attempt.
async fn trigger(
    s: &Shared,
    environment: &str,
    event: &str,
    fields: Map<String, Value>,
) -> Result<Vec<Delivery>, String> {
    let ev = fer::events::find(event).ok_or_else(|| format!("unknown event {event}"))?;
    let (targets, body) = {
        let inner = s.lock();
        let env = inner
            .envs
            .iter()
            .find(|e| e.id == environment || e.name.eq_ignore_ascii_case(environment))
            .ok_or_else(|| format!("unknown environment {environment}"))?;
        let targets: Vec<(String, String)> = env
            .webhooks
            .iter()
            .filter(|w| w["event"] == ev.id)
            .map(|w| {
                (
                    w["id"].as_str().unwrap_or("").to_string(),
                    w["url"].as_str().unwrap_or("").to_string(),
                )
            })
            .collect();
        let mut body = fer::events::sample_body(
            ev,
            &fer::events::SampleContext {
                account_id: Some(inner.opts.account_id.clone()),
                account_name: Some(inner.opts.account_name.clone()),
                environment_id: Some(env.id.clone()),
                ..Default::default()
            },
        );
        if let Some(obj) = body.as_object_mut() {
            obj.extend(fields);
        }
        (targets, body)
    };
    let http = fer::api::http_builder()
        .user_agent("fer-hub")
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(10))
        .build()
        .map_err(|e| e.to_string())?;
    let mut out = Vec::new();
    for (id, url) in targets {
        let start = Instant::now();
        let r = http.post(&url).json(&body).send().await;
        let d = Delivery {
            webhook_id: id,
            url,
            event: ev.id.to_string(),
            status: r.as_ref().ok().map(|r| r.status().as_u16()),
            error: r.as_ref().err().map(|e| fer::api::root_cause(e)),
            duration_ms: start.elapsed().as_millis() as u64,
            body: body.clone(),
        };
        s.lock().deliveries.push(d.clone());
        out.push(d);
    }
    Ok(out)
}

async fn not_found() -> Response {
    error(StatusCode::NOT_FOUND, "no such route")
}

pub fn router(s: Shared) -> Router {
    Router::new()
        .route("/auth/{account}/token", post(token))
        .route(
            "/v1/accounts/{account}/account_environments",
            get(list_envs),
        )
        .route(
            "/v1/accounts/{account}/account_environments/{env}/webhooks",
            get(list_hooks).post(create_hook),
        )
        .route(
            "/v1/accounts/{account}/account_environments/{env}/webhooks/{id}",
            get(get_hook).patch(patch_hook).delete(delete_hook),
        )
        .route("/_hub/faults", post(ctl_faults))
        .route("/_hub/delay", post(ctl_delay))
        .route("/_hub/expire-tokens", post(ctl_expire))
        .route("/_hub/log", get(ctl_log).delete(ctl_log))
        .route("/_hub/state", get(ctl_state))
        .route("/_hub/trigger", post(ctl_trigger))
        .route("/_hub/deliveries", get(ctl_deliveries))
        .fallback(not_found)
        .layer(middleware::from_fn_with_state(s.clone(), layer))
        .with_state(s)
}

/// A running emulator. Dropping it stops it.
pub struct Hub {
    pub addr: SocketAddr,
    shared: Shared,
    rt: Option<tokio::runtime::Runtime>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
}

impl Hub {
    /// Starts the emulator in this process on 127.0.0.1:0.
    pub fn start(opts: Options) -> std::io::Result<Hub> {
        Self::start_on(opts, 0)
    }

    pub fn start_on(opts: Options, port: u16) -> std::io::Result<Hub> {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()?;
        let listener = rt.block_on(tokio::net::TcpListener::bind(("127.0.0.1", port)))?;
        let addr = listener.local_addr()?;
        let shared = Shared::new(opts);
        let app = router(shared.clone());
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        rt.spawn(async move {
            let _ = axum::serve(listener, app)
                .with_graceful_shutdown(async {
                    let _ = rx.await;
                })
                .await;
        });
        Ok(Hub {
            addr,
            shared,
            rt: Some(rt),
            stop: Some(tx),
        })
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }
    pub fn api_url(&self) -> String {
        format!("{}/v1", self.url())
    }
    pub fn auth_url(&self) -> String {
        format!("{}/auth", self.url())
    }
    pub fn account_id(&self) -> String {
        self.shared.lock().opts.account_id.clone()
    }

    /// The requests received so far.
    pub fn log(&self) -> Vec<LogEntry> {
        self.shared.lock().log.clone()
    }
    pub fn clear_log(&self) {
        self.shared.lock().log.clear();
    }
    /// The next `count` API calls answer with `fault`.
    pub fn inject(&self, fault: Fault, count: usize) {
        let mut inner = self.shared.lock();
        for _ in 0..count {
            inner.faults.push_back((fault.clone(), None));
        }
    }
    /// The next `count` API calls with `method` answer with `fault`; other
    /// calls pass.
    pub fn inject_for(&self, method: &str, fault: Fault, count: usize) {
        let mut inner = self.shared.lock();
        for _ in 0..count {
            inner
                .faults
                .push_back((fault.clone(), Some(method.to_string())));
        }
    }
    pub fn set_delay(&self, ms: u64) {
        self.shared.lock().delay_ms = ms;
    }
    pub fn expire_tokens(&self) {
        self.shared.lock().tokens.clear();
    }
    /// (id, name) of each environment, in order.
    pub fn environments(&self) -> Vec<(String, String)> {
        self.shared
            .lock()
            .envs
            .iter()
            .map(|e| (e.id.clone(), e.name.clone()))
            .collect()
    }
    /// Adds an environment, as someone would in the web app; its id.
    pub fn add_environment(&self, name: &str) -> String {
        let mut inner = self.shared.lock();
        let id = inner.next_id("env");
        inner.envs.push(Env {
            id: id.clone(),
            name: name.to_string(),
            is_main: false,
            panic: false,
            webhooks: Vec::new(),
        });
        id
    }
    /// Removes an environment (by id or name) and its webhooks.
    pub fn remove_environment(&self, env: &str) {
        self.shared
            .lock()
            .envs
            .retain(|e| e.id != env && e.name != env);
    }
    /// The webhooks of an environment (by id or name).
    pub fn webhooks(&self, env: &str) -> Vec<Value> {
        self.shared
            .lock()
            .envs
            .iter()
            .find(|e| e.id == env || e.name == env)
            .map(|e| e.webhooks.clone())
            .unwrap_or_default()
    }
    /// Every access token handed out so far, expired ones included.
    pub fn issued_tokens(&self) -> Vec<String> {
        self.shared.lock().issued.clone()
    }
    pub fn deliveries(&self) -> Vec<Delivery> {
        self.shared.lock().deliveries.clone()
    }
    /// Triggers an event, as `POST /_hub/trigger` does.
    pub fn trigger(
        &self,
        env: &str,
        event: &str,
        fields: Map<String, Value>,
    ) -> Result<Vec<Delivery>, String> {
        let rt = self.rt.as_ref().expect("running");
        let s = self.shared.clone();
        let (env, event) = (env.to_string(), event.to_string());
        rt.block_on(async move { trigger(&s, &env, &event, fields).await })
    }
}

impl Drop for Hub {
    fn drop(&mut self) {
        if let Some(tx) = self.stop.take() {
            let _ = tx.send(());
        }
        if let Some(rt) = self.rt.take() {
            rt.shutdown_timeout(Duration::from_secs(1));
        }
    }
}

/// Options with `n` webhooks in each environment, for tests and benchmarks.
pub fn generated(envs: usize, per_env: usize, page_cap: usize) -> Options {
    let events = fer::events::EVENTS;
    Options {
        page_cap,
        environments: (0..envs)
            .map(|i| EnvSeed {
                id: None,
                name: if i == 0 {
                    "production".into()
                } else {
                    format!("env-{i:02}")
                },
                is_main: i == 0,
                panic: false,
                webhooks: (0..per_env)
                    .map(|j| HookSeed {
                        event: events[j % events.len()].id.into(),
                        url: format!("https://hooks.example.com/{i}/{j}"),
                        description: format!("hook {j}"),
                    })
                    .collect(),
            })
            .collect(),
        ..Options::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn url_rule_matches_the_contract() {
        assert!(valid_url("https://hooks.example.com/x"));
        assert!(valid_url("http://127.0.0.1:8787"));
        assert!(valid_url("http://[::1]:80/"));
        assert!(!valid_url("ftp://x"));
        assert!(!valid_url("https://"));
        assert!(!valid_url("https:// x"));
        assert!(!valid_url(&format!("https://x/{}", "a".repeat(2048))));
    }

    #[test]
    fn ids_are_unique() {
        let s = Shared::new(Options::default());
        let mut inner = s.lock();
        let ids: std::collections::HashSet<String> =
            (0..10_000).map(|_| inner.next_id("wh")).collect();
        assert_eq!(ids.len(), 10_000);
    }
}
