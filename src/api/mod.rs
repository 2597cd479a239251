//! The Remote Control API client: transport (one retry policy, bounded
//! bodies, no redirect across origins), tokens, paging, errors.

pub mod environments;
pub mod paging;
pub mod response;
pub mod retry;
pub mod token;
pub mod webhooks;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use reqwest::header::{CONTENT_TYPE, LOCATION, RETRY_AFTER};
use reqwest::Method;
use serde_json::Value;
use tokio::sync::{Mutex, Semaphore};
use url::Url;

use crate::error::{Error, Result};
use crate::output::Sink;

pub use paging::PAGE_SIZE;
pub use response::{body_detail, Response};
pub use token::Token;

pub const DEFAULT_API_URL: &str = "https://api.flagship.io/v1";
pub const DEFAULT_AUTH_URL: &str = "https://auth.flagship.io";
pub const USER_AGENT: &str = concat!("fer/", env!("CARGO_PKG_VERSION"));

/// Where the webhook collection lives when FER_WEBHOOKS_PATH and the
/// profile's `webhooks_path` do not say (docs/api.md, "Webhooks").
pub const DEFAULT_WEBHOOKS_PATH: &str =
    "accounts/{account_id}/account_environments/{environment_id}/webhooks";

/// A webhooks path must be relative and hold `{environment_id}` (each
/// environment has its own collection); `{account_id}` is optional.
pub fn check_webhooks_path(p: &str) -> Result<()> {
    let bad = |why: &str| {
        Error::usage(format!("webhooks path '{p}': {why}")).with_hint(format!(
            "set FER_WEBHOOKS_PATH (or the profile's webhooks_path) to a path under the API base, such as {DEFAULT_WEBHOOKS_PATH}"
        ))
    };
    if p.starts_with('/') || p.contains("://") {
        return Err(bad("it must be relative to the API base"));
    }
    if !p.contains("{environment_id}") {
        return Err(bad("it must hold {environment_id}"));
    }
    if p.contains('?') || p.contains('#') {
        return Err(bad("it must be a path, without a query"));
    }
    let rest = p
        .replace("{account_id}", "")
        .replace("{environment_id}", "");
    if rest.contains('{') || rest.contains('}') {
        return Err(bad(
            "the placeholders are {account_id} and {environment_id}",
        ));
    }
    Ok(())
}

#[derive(Debug, Clone)]
pub struct Credentials {
    pub account_id: String,
    pub client_id: String,
    pub secret: Secret,
}

/// Where the client secret is: at hand, or the output of a command (a
/// vault, a password manager) run only when a new token is needed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Secret {
    Value(String),
    Command(String),
}

#[derive(Debug, Clone)]
pub struct ClientOptions {
    pub api_url: Url,
    pub auth_url: Url,
    pub cache_dir: Option<PathBuf>,
    /// Where `-v` lines go.
    pub log: Option<Sink>,
    /// Where warnings go (stderr).
    pub warnings: Option<Sink>,
    /// Where the run's secrets are registered (tokens, once received), so
    /// that no printed text ever shows them.
    pub secrets: crate::output::Redactor,
    pub timeout: Duration,
    pub connect_timeout: Duration,
    /// The webhook collection's path template (`{account_id}`, `{environment_id}`).
    pub webhooks_path: String,
    /// Requests in flight at once.
    pub concurrency: usize,
    /// How long a secret command may take.
    pub secret_timeout: Duration,
}

/// A URL as it may be shown: a password in it is replaced by `***`, and a
/// host that is not ASCII is shown as its punycode (`xn--…`), so that a
/// lookalike (a Cyrillic `о`) never passes for the real host.
pub fn redact_url(u: &str) -> String {
    let odd_host = !u.is_ascii();
    match Url::parse(u) {
        Ok(mut p)
            if p.password().is_some() || (odd_host && !p.host_str().unwrap_or("").is_ascii()) =>
        {
            if p.password().is_some() {
                let _ = p.set_password(Some("***"));
            }
            p.to_string()
        }
        Ok(p)
            if odd_host
                && p.host_str()
                    .is_some_and(|h| h.starts_with("xn--") || h.contains(".xn--")) =>
        {
            // The host as punycode, the rest as written.
            let host = p.host_str().unwrap_or("").to_string();
            match u.find("://") {
                Some(i) => {
                    let rest = &u[i + 3..];
                    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
                    let authority = &rest[..end];
                    let (userinfo, hostport) = match authority.rfind('@') {
                        Some(at) => (&authority[..=at], &authority[at + 1..]),
                        None => ("", authority),
                    };
                    let port = hostport.rfind(':').map(|c| &hostport[c..]).unwrap_or("");
                    format!("{}://{userinfo}{host}{port}{}", &u[..i], &rest[end..])
                }
                None => p.to_string(),
            }
        }
        _ => u.to_string(),
    }
}

/// Whether a URL sends what it carries in clear across a network: plain
/// http to a host that is not this machine.
pub fn in_clear(u: &Url) -> bool {
    let local = match u.host() {
        Some(url::Host::Domain(d)) => d == "localhost" || d.ends_with(".localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => true,
    };
    u.scheme() == "http" && !local
}

/// An error from the network rather than from the server.
fn network_error(what: &str, base: &Url, e: &reqwest::Error) -> Error {
    let reason = if e.is_timeout() {
        "timed out".to_string()
    } else if e.is_connect() {
        format!("could not connect ({})", root_cause(e))
    } else {
        root_cause(e)
    };
    Error::failure(format!("{what}: {reason}{}", crate::delivery::via_proxy(base))).with_hint(format!(
        "check the network and the base URL ({}); --api-url / --auth-url or FER_API_URL / FER_AUTH_URL change it",
        redact_url(base.as_str())
    ))
}

pub use fer_contract::delivery::root_cause;
pub use fer_contract::rules::usable_id;

/// A client for the API or the auth server at `base`: a loopback base is
/// reached directly, never through the system's proxy. Each attempt's own
/// timeout is set per request (what is left of the request's deadline).
fn build_http(
    base: &Url,
    connect_timeout: Duration,
    redirects: reqwest::redirect::Policy,
) -> Result<reqwest::Client> {
    let b = crate::delivery::http_builder()
        .connect_timeout(connect_timeout)
        .redirect(redirects);
    let b = if crate::delivery::is_loopback(base) {
        b.no_proxy()
    } else {
        b
    };
    b.build()
        .map_err(|e| Error::failure(format!("cannot set up HTTP: {}", root_cause(&e))))
}

pub struct Client {
    /// For the API: follows redirects within the same origin only.
    api_http: reqwest::Client,
    /// For the token request: follows no redirect (its body holds the secret).
    /// Made on first use: a run with a cached token never needs it.
    auth_http: std::sync::OnceLock<reqwest::Client>,
    timeouts: (Duration, Duration),
    pub api_url: Url,
    pub auth_url: Url,
    pub creds: Credentials,
    token: Mutex<Option<String>>,
    token_path: Option<PathBuf>,
    log: Option<Sink>,
    warnings: Option<Sink>,
    secrets: crate::output::Redactor,
    limit: Arc<Semaphore>,
    /// The limit in force (halved on a 429, never below 1).
    width: std::sync::atomic::AtomicUsize,
    /// After a 429, no API request starts before this.
    paused_until: std::sync::Mutex<Option<Instant>>,
    pub webhooks_path: String,
    secret_timeout: Duration,
    /// For writes (POST, PATCH, DELETE): follows no redirect at all.
    write_http: std::sync::OnceLock<reqwest::Client>,
}

/// One request, as the transport sends it (with retries).
struct Exchange<'a> {
    http: &'a reqwest::Client,
    method: Method,
    url: &'a str,
    bearer: Option<&'a str>,
    body: Option<&'a [u8]>,
    /// May be sent again when its outcome is unclear.
    repeatable: bool,
    what: &'a str,
    base: &'a Url,
}

enum Failed {
    TooLarge,
    Net(reqwest::Error),
}

impl Client {
    pub fn new(creds: Credentials, opts: ClientOptions) -> Result<Client> {
        let same_origin = reqwest::redirect::Policy::custom(|attempt| {
            let same = attempt
                .previous()
                .first()
                .is_some_and(|first| first.origin() == attempt.url().origin());
            if same && attempt.previous().len() < 5 {
                attempt.follow()
            } else {
                attempt.stop()
            }
        });
        if let Secret::Value(v) = &creds.secret {
            opts.secrets.add(v);
        }
        opts.secrets.add_public(&creds.client_id);
        opts.secrets.add_public(&creds.account_id);
        for u in [&opts.api_url, &opts.auth_url] {
            if let Some(pw) = u.password() {
                opts.secrets.add(pw);
            }
        }
        let token_path = opts.cache_dir.as_ref().map(|d| {
            // A changed secret (or secret command) is a new key: the token
            // cached for the old one is not used with the new one.
            let secret = match &creds.secret {
                Secret::Value(v) => format!("value:{v}"),
                Secret::Command(c) => format!("command:{c}"),
            };
            crate::cache::token_path(
                d,
                opts.auth_url.as_str(),
                &creds.account_id,
                &creds.client_id,
                &crate::cache::fingerprint(d, &secret),
            )
        });
        Ok(Client {
            api_http: build_http(&opts.api_url, opts.connect_timeout, same_origin)?,
            auth_http: std::sync::OnceLock::new(),
            timeouts: (opts.timeout, opts.connect_timeout),
            api_url: opts.api_url,
            auth_url: opts.auth_url,
            creds,
            token: Mutex::new(None),
            token_path,
            log: opts.log,
            warnings: opts.warnings,
            secrets: opts.secrets,
            limit: Arc::new(Semaphore::new(opts.concurrency.max(1))),
            width: std::sync::atomic::AtomicUsize::new(opts.concurrency.max(1)),
            paused_until: std::sync::Mutex::new(None),
            webhooks_path: opts.webhooks_path,
            secret_timeout: opts.secret_timeout,
            write_http: std::sync::OnceLock::new(),
        })
    }

    pub fn account_id(&self) -> &str {
        &self.creds.account_id
    }

    /// Requests in flight at once now.
    pub fn concurrency(&self) -> usize {
        self.width.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Waits `next` before another attempt, when the policy asks for one and
    /// it ends before the request's deadline (said with -v); `false`: stop.
    async fn wait_to_retry(
        &self,
        why: &str,
        next: Option<Duration>,
        deadline: Instant,
        attempt: u32,
    ) -> bool {
        match next {
            Some(wait) if Instant::now() + wait < deadline => {
                self.log(|| {
                    format!(
                        "{why}: waiting {:.1} s before attempt {}",
                        wait.as_secs_f64(),
                        attempt + 1
                    )
                });
                tokio::time::sleep(wait).await;
                true
            }
            _ => false,
        }
    }

    /// A 429: the limit halves for the rest of the command (never below 1),
    /// so a large --concurrency can never hammer the API.
    fn halve(&self) {
        use std::sync::atomic::Ordering;
        let now = self.width.load(Ordering::Relaxed);
        let next = (now / 2).max(1);
        if next < now
            && self
                .width
                .compare_exchange(now, next, Ordering::Relaxed, Ordering::Relaxed)
                .is_ok()
        {
            // Take the permits out of circulation for good.
            let limit = self.limit.clone();
            let n = (now - next) as u32;
            tokio::spawn(async move {
                if let Ok(p) = limit.acquire_many_owned(n).await {
                    p.forget();
                }
            });
            self.log(|| format!("429: concurrency halved to {next} for the rest of the command"));
        }
    }

    /// The HTTP client for the token request, which follows no redirect.
    fn auth_http(&self) -> Result<&reqwest::Client> {
        if let Some(c) = self.auth_http.get() {
            return Ok(c);
        }
        let (_, connect) = self.timeouts;
        let c = build_http(&self.auth_url, connect, reqwest::redirect::Policy::none())?;
        Ok(self.auth_http.get_or_init(|| c))
    }

    /// A warning on stderr (where warnings go), sanitised.
    pub(crate) fn warn(&self, msg: &str) {
        if let Some(sink) = &self.warnings {
            sink.line(&format!("warning: {}", crate::output::sanitize(msg, true)));
        }
    }

    fn log(&self, line: impl FnOnce() -> String) {
        if let Some(sink) = &self.log {
            sink.line(&line());
        }
    }

    /// `base` with `segments` appended, each encoded as one segment. An id
    /// that a URL would resolve away (`.`, `..`, empty) is refused.
    pub fn segments(&self, base: &Url, segments: &[&str]) -> Result<Url> {
        if let Some(bad) = segments.iter().find(|s| !usable_id(s)) {
            return Err(Error::failure(format!(
                "refusing to send a request with the id '{bad}': it is not a usable id"
            )));
        }
        let mut url = base.clone();
        url.path_segments_mut()
            .map_err(|_| Error::usage(format!("'{base}' cannot be a base URL")))?
            .pop_if_empty()
            .extend(segments);
        Ok(url)
    }

    /// An API URL: the API base and these segments.
    pub fn url(&self, segments: &[&str]) -> Result<Url> {
        self.segments(&self.api_url, segments)
    }

    /// The webhook collection of an environment (and an item of it), built
    /// from the webhooks path setting, each placeholder one encoded segment.
    pub fn webhooks_url(&self, env_id: &str, id: Option<&str>) -> Result<Url> {
        let mut segments: Vec<&str> = self
            .webhooks_path
            .split('/')
            .filter(|s| !s.is_empty())
            .map(|s| match s {
                "{account_id}" => self.account_id(),
                "{environment_id}" => env_id,
                other => other,
            })
            .collect();
        segments.extend(id);
        self.url(&segments)
    }

    /// The HTTP client for writes, which follows no redirect.
    fn write_http(&self) -> Result<&reqwest::Client> {
        if let Some(c) = self.write_http.get() {
            return Ok(c);
        }
        let (_, connect) = self.timeouts;
        let c = build_http(&self.api_url, connect, reqwest::redirect::Policy::none())?;
        Ok(self.write_http.get_or_init(|| c))
    }

    /// The transport: one request with the retry policy (`retry.rs`), the
    /// bound on requests in flight for API calls, a bounded body and `-v`
    /// lines. Token and API requests both go through here.
    async fn exchange(&self, x: Exchange<'_>) -> Result<Response> {
        let shown = redact_url(x.url);
        // One deadline for the whole request, retries and waits included.
        let (total, _) = self.timeouts;
        let deadline = Instant::now() + total;
        let out_of_time = |attempt: u32| {
            let mut e = Error::failure(format!(
                "{}: no answer within {} s in all (FER_HTTP_TIMEOUT), after {attempt} attempt{}{}",
                if x.bearer.is_some() {
                    format!("cannot complete {}", x.what)
                } else {
                    "cannot reach the auth server".to_string()
                },
                total.as_secs_f64(),
                if attempt == 1 { "" } else { "s" },
                Url::parse(x.url)
                    .map(|u| crate::delivery::via_proxy(&u))
                    .unwrap_or_default()
            ))
            .with_hint("FER_HTTP_TIMEOUT sets how long one request may take in all, in seconds");
            if !x.repeatable {
                e.outcome_unknown = true;
                e.no_answer = true;
            }
            e
        };
        let mut attempt = 0;
        loop {
            attempt += 1;
            // A slot of the bound on requests in flight (halved under 429s),
            // then the pause a 429 asked of every request, not only its own.
            let permit = match x.bearer {
                Some(_) => Some(self.limit.acquire().await.expect("semaphore never closed")),
                None => None,
            };
            if x.bearer.is_some() {
                let until = *self.paused_until.lock().unwrap_or_else(|e| e.into_inner());
                if let Some(until) = until.filter(|u| *u > Instant::now()) {
                    tokio::time::sleep_until(until.into()).await;
                }
            }
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return Err(out_of_time(attempt - 1));
            }
            let mut req = x.http.request(x.method.clone(), x.url).timeout(left);
            if let Some(t) = x.bearer {
                req = req.bearer_auth(t);
            }
            if let Some(b) = x.body {
                req = req
                    .header(CONTENT_TYPE, "application/json")
                    .body(b.to_vec());
            }
            let start = Instant::now();
            let result = match req.send().await {
                Ok(r) => {
                    let status = r.status();
                    let header = |name| {
                        r.headers()
                            .get(name)
                            .and_then(|v: &reqwest::header::HeaderValue| v.to_str().ok())
                            .map(String::from)
                    };
                    let ra = header(RETRY_AFTER).and_then(|v| retry::parse_retry_after(&v));
                    let location = header(LOCATION);
                    match response::read_capped(r, response::MAX_BODY).await {
                        Ok(Some(body)) => Ok((status, ra, location, body)),
                        Ok(None) => Err(Failed::TooLarge),
                        Err(e) => Err(Failed::Net(e)),
                    }
                }
                Err(e) => Err(Failed::Net(e)),
            };
            drop(permit);
            let ms = start.elapsed().as_millis();
            let method = &x.method;
            match result {
                Ok((status, ra, location, body)) => {
                    self.log(|| format!("{method} {shown} {} {ms}ms", status.as_u16()));
                    let outcome = retry::Outcome::Status(status.as_u16(), ra);
                    let next = retry::next_wait(attempt, outcome, x.repeatable);
                    if status.as_u16() == 429 && x.bearer.is_some() {
                        self.halve();
                        // Every request of this command waits it out.
                        let until = Instant::now() + next.unwrap_or(ra.unwrap_or_default());
                        let mut p = self.paused_until.lock().unwrap_or_else(|e| e.into_inner());
                        if p.is_none_or(|cur| cur < until) {
                            *p = Some(until);
                        }
                    }
                    if self
                        .wait_to_retry(&status.as_u16().to_string(), next, deadline, attempt)
                        .await
                    {
                        continue;
                    }
                    return Ok(Response {
                        status,
                        body,
                        what: x.what.to_string(),
                        url: shown,
                        location,
                    });
                }
                Err(Failed::TooLarge) => {
                    self.log(|| format!("{method} {shown} too large {ms}ms"));
                    return Err(response::too_large(x.what, response::MAX_BODY));
                }
                Err(Failed::Net(e)) => {
                    self.log(|| format!("{method} {shown} error {ms}ms"));
                    let outcome = if e.is_connect() {
                        retry::Outcome::Connect
                    } else if e.is_timeout() {
                        retry::Outcome::Timeout
                    } else {
                        retry::Outcome::Other
                    };
                    let why = if e.is_timeout() {
                        "timed out"
                    } else {
                        "no connection"
                    };
                    let next = retry::next_wait(attempt, outcome, x.repeatable);
                    if self.wait_to_retry(why, next, deadline, attempt).await {
                        continue;
                    }
                    if e.is_timeout() && Instant::now() >= deadline {
                        return Err(out_of_time(attempt));
                    }
                    let what = if x.bearer.is_some() {
                        format!("cannot complete {}", x.what)
                    } else {
                        "cannot reach the auth server".to_string()
                    };
                    let mut err = network_error(&what, x.base, &e);
                    if !x.repeatable && !e.is_connect() {
                        // Sent, but no answer: it may or may not have been carried out.
                        err.message
                            .push_str(" (the server may or may not have carried it out)");
                        err.outcome_unknown = true;
                        err.no_answer = true;
                    }
                    return Err(err);
                }
            }
        }
    }

    /// Sends an API request: token, one refresh on 401, the transport's
    /// retries (429 on any method: it was not carried out; 502/503/504 and
    /// timeouts on GET and DELETE only).
    pub async fn send(
        &self,
        method: Method,
        url: &Url,
        body: Option<&Value>,
        what: &str,
    ) -> Result<Response> {
        let body = body
            .map(serde_json::to_vec)
            .transpose()
            .map_err(|e| Error::failure(e.to_string()))?;
        let repeatable = matches!(method, Method::GET | Method::DELETE | Method::HEAD);
        // A redirect is followed for reads (within one origin) and never for
        // writes: a 3xx there is the answer, and the caller says so.
        let http = if matches!(method, Method::GET | Method::HEAD) {
            &self.api_http
        } else {
            self.write_http()?
        };
        let mut refused: Option<String> = None;
        loop {
            let token = self.token(refused.as_deref()).await?;
            let resp = self
                .exchange(Exchange {
                    http,
                    method: method.clone(),
                    url: url.as_str(),
                    bearer: Some(&token),
                    body: body.as_deref(),
                    repeatable,
                    what,
                    base: &self.api_url,
                })
                .await?;
            if resp.status == reqwest::StatusCode::UNAUTHORIZED && refused.is_none() {
                // The token is no longer valid: one new token, one more try.
                refused = Some(token);
                continue;
            }
            return Ok(resp);
        }
    }

    pub async fn get(&self, url: &Url, what: &str) -> Result<Response> {
        self.send(Method::GET, url, None, what).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn client(api: &str) -> Client {
        Client::new(
            Credentials {
                account_id: "acc".into(),
                client_id: "c".into(),
                secret: Secret::Value("s".into()),
            },
            ClientOptions {
                api_url: Url::parse(api).unwrap(),
                auth_url: Url::parse("http://127.0.0.1:1/auth").unwrap(),
                cache_dir: None,
                log: None,
                warnings: None,
                secrets: Default::default(),
                timeout: Duration::from_secs(1),
                connect_timeout: Duration::from_secs(1),
                webhooks_path: DEFAULT_WEBHOOKS_PATH.into(),
                concurrency: 8,
                secret_timeout: Duration::from_secs(30),
            },
        )
        .unwrap()
    }

    #[test]
    fn paths_are_built_segment_by_segment() {
        for base in ["http://h/v1", "http://h/v1/"] {
            let c = client(base);
            assert_eq!(
                c.url(&["accounts", "a b/c", "x?y#z"]).unwrap().as_str(),
                "http://h/v1/accounts/a%20b%2Fc/x%3Fy%23z"
            );
        }
        assert_eq!(
            client("http://h").url(&["a"]).unwrap().as_str(),
            "http://h/a"
        );
        for bad in ["", ".", ".."] {
            assert!(
                client("http://h/v1").url(&["accounts", bad]).is_err(),
                "{bad:?}"
            );
        }
        assert_eq!(
            client("http://h/v1")
                .url(&["%2e%2e", "..."])
                .unwrap()
                .as_str(),
            "http://h/v1/%252e%252e/..."
        );
    }

    #[test]
    fn passwords_in_urls_are_redacted() {
        assert_eq!(redact_url("http://u:pw@h/v1"), "http://u:***@h/v1");
        assert_eq!(redact_url("http://h/v1"), "http://h/v1");
        assert_eq!(
            redact_url("http://relay:pass@hooks.example.com/x"),
            "http://relay:***@hooks.example.com/x"
        );
    }

    #[test]
    fn lookalike_hosts_are_shown_as_punycode() {
        // A Cyrillic "о" in "hооks".
        let shown = redact_url("https://h\u{043e}oks.example.com/a/é");
        assert!(shown.starts_with("https://xn--"), "{shown}");
        assert!(shown.ends_with("/a/é"), "{shown}");
        assert_eq!(
            redact_url("https://hooks.example.com/é"),
            "https://hooks.example.com/é"
        );
    }
}
