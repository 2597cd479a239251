//! The Remote Control API client: tokens (with a cache), retries, paging, errors.

pub mod environments;
pub mod webhooks;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use reqwest::{Method, StatusCode};
use serde::Deserialize;
use serde_json::{json, Value};
use tokio::sync::{Mutex, Semaphore};

use crate::config::{self, CachedToken};
use crate::error::{Error, Result};
use crate::output::Sink;

pub const DEFAULT_API_URL: &str = "https://api.flagship.io/v1";
pub const DEFAULT_AUTH_URL: &str = "https://auth.flagship.io";
pub const USER_AGENT: &str = concat!("fer/", env!("CARGO_PKG_VERSION"));

/// Requests in flight at once, across everything a command does.
pub const CONCURRENCY: usize = 8;
/// Attempts for a request that may be retried.
const MAX_ATTEMPTS: u32 = 3;
/// The longest we wait between two attempts, whatever Retry-After says.
const MAX_WAIT: Duration = Duration::from_secs(30);
/// Lifetime asked of the token endpoint.
const TOKEN_LIFETIME: u64 = 3600;
/// Page size asked of list endpoints (the server may cap it lower).
pub const PAGE_SIZE: usize = 100;

/// An HTTP client builder with fer's defaults (TLS provider, User-Agent).
pub fn http_builder() -> reqwest::ClientBuilder {
    // Several calls are harmless: only the first installs.
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::builder().user_agent(USER_AGENT)
}

#[derive(Debug, Clone)]
pub struct Credentials {
    pub account_id: String,
    pub client_id: String,
    pub client_secret: String,
}

#[derive(Debug, Clone)]
pub struct ClientOptions {
    pub api_url: String,
    pub auth_url: String,
    pub cache_dir: Option<PathBuf>,
    /// Where `-v` lines go.
    pub log: Option<Sink>,
    pub timeout: Duration,
    pub connect_timeout: Duration,
}

#[derive(Debug, Deserialize)]
pub struct TokenResponse {
    pub access_token: String,
    #[serde(default)]
    pub expires_in: Option<u64>,
    #[serde(default)]
    pub scope: Option<String>,
}

/// A response as received: status and raw body.
#[derive(Debug)]
pub struct Response {
    pub status: StatusCode,
    pub body: bytes::Bytes,
    pub what: String,
}

impl Response {
    pub fn is_success(&self) -> bool {
        self.status.is_success()
    }

    /// The body as JSON, or an error that says what came instead.
    pub fn json(&self) -> Result<Value> {
        if self.body.iter().all(u8::is_ascii_whitespace) {
            if self.status == StatusCode::NO_CONTENT {
                return Ok(Value::Null);
            }
            return Err(Error::failure(format!(
                "unexpected response to {}: {} with an empty body",
                self.what, self.status
            )));
        }
        serde_json::from_slice(&self.body).map_err(|e| {
            Error::failure(format!(
                "unexpected response to {}: {} with a body that is not valid JSON ({e}): {}",
                self.what,
                self.status,
                snippet(&self.body)
            ))
        })
    }

    /// The body's `message` (or `error_description`), else a short description of it.
    pub fn detail(&self) -> String {
        body_detail(&self.body)
    }

    /// The error for a non-2xx response, mapped to INTERFACE.md's exit codes.
    pub fn error(&self) -> Error {
        let detail = self.detail();
        let code = self.status.as_u16();
        let what = &self.what;
        match code {
            400 => Error::usage(format!("the API rejected {what}: {detail}")),
            401 => Error::auth(format!("the API refused the access token for {what}: {detail}"))
                .with_hint("run `fer auth status` to check the credentials, or `fer login` again"),
            403 => Error::auth(format!("permission denied for {what}: {detail}")).with_hint(
                "the credentials lack a scope (environment.list, webhook.list, webhook.create, webhook.update, webhook.delete); ask an account admin, or use other credentials",
            ),
            404 => Error::not_found(format!("not found: {what}: {detail}")),
            429 => Error::failure(format!("rate limited by the API for {what}, still after {MAX_ATTEMPTS} attempts: {detail}"))
                .with_hint("wait a little and run the command again"),
            _ => Error::failure(format!("the API answered {} for {what}: {detail}", self.status)),
        }
    }

    /// The JSON body of a 2xx response, or the mapped error.
    pub fn into_json(self) -> Result<Value> {
        if self.is_success() {
            self.json()
        } else {
            Err(self.error())
        }
    }
}

/// What an error body says, whatever it is: JSON, an HTML page, text or nothing.
pub fn body_detail(body: &[u8]) -> String {
    if body.iter().all(u8::is_ascii_whitespace) {
        return "(empty body)".to_string();
    }
    if let Ok(v) = serde_json::from_slice::<Value>(body) {
        for key in ["message", "error_description", "error"] {
            if let Some(s) = v.get(key).and_then(Value::as_str) {
                return s.to_string();
            }
        }
        return crate::output::truncate(&v.to_string(), 200);
    }
    let text = String::from_utf8_lossy(body);
    let trimmed = text.trim_start();
    if trimmed.starts_with('<') {
        let title = trimmed
            .to_ascii_lowercase()
            .find("<title>")
            .and_then(|i| {
                let rest = &trimmed[i + 7..];
                rest.find('<').map(|j| rest[..j].trim().to_string())
            })
            .filter(|t| !t.is_empty());
        return match title {
            Some(t) => format!("an HTML page, not JSON (\"{t}\")"),
            None => "an HTML page, not JSON".to_string(),
        };
    }
    snippet(body)
}

fn snippet(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(body);
    let one_line: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    format!("\"{}\"", crate::output::truncate(&one_line, 120))
}

/// An error from the network rather than from the server.
fn network_error(what: &str, base: &str, e: &reqwest::Error) -> Error {
    let reason = if e.is_timeout() {
        "timed out".to_string()
    } else if e.is_connect() {
        format!("could not connect ({})", root_cause(e))
    } else {
        root_cause(e)
    };
    Error::failure(format!("{what}: {reason}")).with_hint(format!(
        "check the network and the base URL ({base}); --api-url / --auth-url or FER_API_URL / FER_AUTH_URL change it"
    ))
}

/// The innermost cause of an error, which is the one that says what happened.
pub fn root_cause(e: &(dyn std::error::Error + 'static)) -> String {
    let mut cur = e;
    while let Some(next) = cur.source() {
        cur = next;
    }
    cur.to_string()
}

/// Joins a base URL and a path, whether or not the base ends with `/`.
pub fn join(base: &str, path: &str) -> String {
    format!(
        "{}/{}",
        base.trim_end_matches('/'),
        path.trim_start_matches('/')
    )
}

/// Encodes one path segment (ids come from users).
pub fn seg(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes())
        .collect::<String>()
        .replace('+', "%20")
}

pub struct Client {
    http: reqwest::Client,
    pub api_url: String,
    pub auth_url: String,
    pub creds: Credentials,
    token: Mutex<Option<String>>,
    token_path: Option<PathBuf>,
    log: Option<Sink>,
    limit: Arc<Semaphore>,
}

/// How a request may be repeated when its outcome is unclear.
fn idempotent(m: &Method) -> bool {
    matches!(*m, Method::GET | Method::DELETE | Method::HEAD)
}

impl Client {
    pub fn new(creds: Credentials, opts: ClientOptions) -> Result<Client> {
        let http = http_builder()
            .timeout(opts.timeout)
            .connect_timeout(opts.connect_timeout)
            .build()
            .map_err(|e| Error::failure(format!("cannot set up HTTP: {}", root_cause(&e))))?;
        let token_path = opts
            .cache_dir
            .as_ref()
            .map(|d| config::token_path(d, &opts.auth_url, &creds.account_id, &creds.client_id));
        Ok(Client {
            http,
            api_url: opts.api_url,
            auth_url: opts.auth_url,
            creds,
            token: Mutex::new(None),
            token_path,
            log: opts.log,
            limit: Arc::new(Semaphore::new(CONCURRENCY)),
        })
    }

    pub fn account_id(&self) -> &str {
        &self.creds.account_id
    }

    fn log(&self, line: impl FnOnce() -> String) {
        if let Some(sink) = &self.log {
            sink.line(&line());
        }
    }

    /// Asks the auth server for a token (CONTRACT.md, "Authentication").
    pub async fn fetch_token(&self) -> Result<TokenResponse> {
        let url = format!(
            "{}?expires_in={TOKEN_LIFETIME}",
            join(
                &self.auth_url,
                &format!("{}/token", seg(&self.creds.account_id))
            )
        );
        let body = json!({
            "grant_type": "client_credentials",
            "scope": "*",
            "client_id": self.creds.client_id,
            "client_secret": self.creds.client_secret,
        });
        let mut attempt = 0;
        let resp = loop {
            attempt += 1;
            let start = Instant::now();
            let sent = self.http.post(&url).json(&body).send().await;
            let result = match sent {
                Ok(r) => {
                    let status = r.status();
                    let retry_after = retry_after(r.headers());
                    match r.bytes().await {
                        Ok(b) => Ok((status, b, retry_after)),
                        Err(e) => Err(e),
                    }
                }
                Err(e) => Err(e),
            };
            let ms = start.elapsed().as_millis();
            match result {
                Ok((status, body, retry_after)) => {
                    self.log(|| format!("POST {url} {} {ms}ms", status.as_u16()));
                    let transient = status == StatusCode::TOO_MANY_REQUESTS
                        || matches!(status.as_u16(), 502..=504);
                    if transient && attempt < MAX_ATTEMPTS {
                        tokio::time::sleep(wait_for(attempt, retry_after)).await;
                        continue;
                    }
                    break Response {
                        status,
                        body,
                        what: "the token request".into(),
                    };
                }
                Err(e) => {
                    self.log(|| format!("POST {url} error {ms}ms"));
                    if e.is_connect() && attempt < MAX_ATTEMPTS {
                        tokio::time::sleep(wait_for(attempt, None)).await;
                        continue;
                    }
                    return Err(network_error(
                        "cannot reach the auth server",
                        &self.auth_url,
                        &e,
                    ));
                }
            }
        };
        match resp.status.as_u16() {
            200..=299 => {
                let v = resp.json()?;
                serde_json::from_value::<TokenResponse>(v).map_err(|e| {
                    Error::failure(format!(
                        "unexpected token response from the auth server: {e}"
                    ))
                })
            }
            400 | 401 => Err(Error::auth(format!(
                "the credentials were refused by {}: {}",
                self.auth_url,
                resp.detail()
            ))
            .with_hint(
                "check the account id, client id and client secret (`fer login` stores new ones)",
            )),
            _ => Err(Error::failure(format!(
                "the auth server answered {}: {}",
                resp.status,
                resp.detail()
            ))),
        }
    }

    /// A token: the one in memory, else a cached one still valid, else a new
    /// one. `refused`: a token the API refused; a new one is fetched unless
    /// another request already replaced it.
    async fn token(&self, refused: Option<&str>) -> Result<String> {
        let mut slot = self.token.lock().await;
        if let (Some(bad), Some(current)) = (refused, slot.as_deref()) {
            if bad != current {
                return Ok(current.to_string());
            }
        }
        if refused.is_none() {
            if let Some(t) = slot.as_ref() {
                return Ok(t.clone());
            }
            if let Some(cached) = self.token_path.as_deref().and_then(config::read_token) {
                let valid = cached.usable_at(config::now_unix());
                if valid
                    && cached.auth_url == self.auth_url
                    && cached.account_id == self.creds.account_id
                    && cached.client_id == self.creds.client_id
                {
                    *slot = Some(cached.access_token.clone());
                    return Ok(cached.access_token);
                }
            }
        }
        let t = self.fetch_token().await?;
        self.store_token(&t);
        *slot = Some(t.access_token.clone());
        Ok(t.access_token)
    }

    /// Writes a token to the cache. A cache that cannot be written costs a
    /// token request next time, nothing more.
    pub fn store_token(&self, t: &TokenResponse) {
        if let Some(path) = &self.token_path {
            let expires_at = match t.expires_in {
                Some(0) | None => None,
                Some(s) => Some(config::now_unix() + s),
            };
            let _ = config::write_token(
                path,
                &CachedToken {
                    auth_url: self.auth_url.clone(),
                    account_id: self.creds.account_id.clone(),
                    client_id: self.creds.client_id.clone(),
                    access_token: t.access_token.clone(),
                    expires_at,
                    fetched_at: config::now_unix(),
                },
            );
        }
    }

    /// The cached token's expiry, for `fer auth status`: `Some(None)` never expires.
    pub fn cached_expiry(&self) -> Option<Option<u64>> {
        self.token_path
            .as_deref()
            .and_then(config::read_token)
            .map(|t| t.expires_at)
    }

    /// Sends an API request: token, one refresh on 401, retries on 429 (any
    /// method: the request was not processed) and on 502/503/504 or a timeout
    /// (GET and DELETE only), bounded concurrency, `-v` logging.
    pub async fn send(
        &self,
        method: Method,
        path: &str,
        body: Option<&Value>,
        what: &str,
    ) -> Result<Response> {
        let url = join(&self.api_url, path);
        let mut refused: Option<String> = None;
        let mut attempt = 0;
        loop {
            attempt += 1;
            let token = self.token(refused.as_deref()).await?;
            let permit = self.limit.acquire().await.expect("semaphore never closed");
            let mut req = self.http.request(method.clone(), &url).bearer_auth(&token);
            if let Some(b) = body {
                req = req.json(b);
            }
            let start = Instant::now();
            let result = match req.send().await {
                Ok(r) => {
                    let status = r.status();
                    let ra = retry_after(r.headers());
                    r.bytes().await.map(|b| (status, b, ra))
                }
                Err(e) => Err(e),
            };
            drop(permit);
            let ms = start.elapsed().as_millis();
            let (status, bytes, ra) = match result {
                Ok(x) => x,
                Err(e) => {
                    self.log(|| format!("{method} {url} error {ms}ms"));
                    let retry = attempt < MAX_ATTEMPTS
                        && (e.is_connect() || (idempotent(&method) && e.is_timeout()));
                    if retry {
                        tokio::time::sleep(wait_for(attempt, None)).await;
                        continue;
                    }
                    let mut err =
                        network_error(&format!("cannot complete {what}"), &self.api_url, &e);
                    if !idempotent(&method) && !e.is_connect() {
                        // Sent, but no answer: it may or may not have been carried out.
                        err.message
                            .push_str(" (the server may or may not have carried it out)");
                        err.outcome_unknown = true;
                    }
                    return Err(err);
                }
            };
            self.log(|| format!("{method} {url} {} {ms}ms", status.as_u16()));
            if status == StatusCode::UNAUTHORIZED && refused.is_none() {
                // The token is no longer valid: one new token, one more try.
                refused = Some(token);
                attempt = 0;
                continue;
            }
            let transient = status == StatusCode::TOO_MANY_REQUESTS
                || (idempotent(&method) && matches!(status.as_u16(), 502..=504));
            if transient && attempt < MAX_ATTEMPTS {
                tokio::time::sleep(wait_for(attempt, ra)).await;
                continue;
            }
            return Ok(Response {
                status,
                body: bytes,
                what: what.to_string(),
            });
        }
    }

    pub async fn get(&self, path: &str, what: &str) -> Result<Response> {
        self.send(Method::GET, path, None, what).await
    }

    /// Every item of a paged list, following `last_page` / `total_count`
    /// rather than trusting the page size asked for. Pages after the first
    /// are fetched concurrently (bounded by the client).
    pub async fn get_all(&self, path: &str, what: &str) -> Result<Vec<Value>> {
        let page_url = |page: usize| {
            let sep = if path.contains('?') { '&' } else { '?' };
            format!("{path}{sep}_page={page}&_max_per_page={PAGE_SIZE}")
        };
        let first = self.get(&page_url(1), what).await?.into_json()?;
        let page = Page::parse(first, what)?;
        let mut items = page.items;
        let per_page = page.items_per_page.unwrap_or(items.len()).max(1);
        let last = match (page.last_page, page.total_count) {
            (Some(l), _) => l,
            (None, Some(total)) => total.div_ceil(per_page),
            (None, None) => 1,
        }
        .min(100_000);
        if last > 1 {
            let rest = futures::future::try_join_all((2..=last).map(|p| {
                let url = page_url(p);
                async move {
                    let v = self.get(&url, what).await?.into_json()?;
                    Ok::<_, Error>(Page::parse(v, what)?.items)
                }
            }))
            .await?;
            for chunk in rest {
                items.extend(chunk);
            }
        }
        Ok(items)
    }
}

/// The list envelope (CONTRACT.md, "Lists: pagination").
struct Page {
    items: Vec<Value>,
    last_page: Option<usize>,
    total_count: Option<usize>,
    items_per_page: Option<usize>,
}

impl Page {
    fn parse(mut v: Value, what: &str) -> Result<Page> {
        let num = |v: &Value, k: &str| v.get(k).and_then(Value::as_u64).map(|n| n as usize);
        let (last_page, total_count, items_per_page) = (
            num(&v, "last_page"),
            num(&v, "total_count"),
            num(&v, "items_per_page"),
        );
        // Taken, not copied: a page's items are the bulk of it.
        match v.get_mut("items").map(Value::take) {
            Some(Value::Array(items)) => Ok(Page {
                items,
                last_page,
                total_count,
                items_per_page,
            }),
            _ => Err(Error::failure(format!(
                "unexpected response to {what}: no \"items\" list in {}",
                crate::output::truncate(&v.to_string(), 120)
            ))),
        }
    }
}

fn retry_after(h: &reqwest::header::HeaderMap) -> Option<Duration> {
    h.get(reqwest::header::RETRY_AFTER)
        .and_then(|v| v.to_str().ok())
        .and_then(|s| s.trim().parse::<f64>().ok())
        .filter(|s| s.is_finite() && *s >= 0.0)
        .map(|s| Duration::from_secs_f64(s.min(MAX_WAIT.as_secs_f64())))
}

/// Exponential backoff (250 ms, 500 ms, …), or what Retry-After asks, capped.
fn wait_for(attempt: u32, retry_after: Option<Duration>) -> Duration {
    retry_after
        .unwrap_or_else(|| Duration::from_millis(250u64 << (attempt - 1).min(6)))
        .min(MAX_WAIT)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn join_handles_slashes() {
        assert_eq!(join("http://h/v1/", "/accounts"), "http://h/v1/accounts");
        assert_eq!(join("http://h/v1", "accounts"), "http://h/v1/accounts");
    }

    #[test]
    fn details_of_odd_bodies() {
        assert_eq!(body_detail(b""), "(empty body)");
        assert_eq!(body_detail(br#"{"message":"bad url"}"#), "bad url");
        assert_eq!(
            body_detail(br#"{"error":"invalid_client","error_description":"nope"}"#),
            "nope"
        );
        assert_eq!(
            body_detail(b"<html><head><title>502 Bad Gateway</title></head></html>"),
            "an HTML page, not JSON (\"502 Bad Gateway\")"
        );
        assert_eq!(body_detail(b"oops\n"), "\"oops\"");
    }

    #[test]
    fn backoff_is_capped() {
        assert_eq!(wait_for(1, None), Duration::from_millis(250));
        assert_eq!(wait_for(2, None), Duration::from_millis(500));
        assert_eq!(wait_for(1, Some(Duration::from_secs(3600))), MAX_WAIT);
    }

    #[test]
    fn segments_are_encoded() {
        assert_eq!(seg("a b/c"), "a%20b%2Fc");
        assert_eq!(seg("wh-1a2b"), "wh-1a2b");
    }
}
