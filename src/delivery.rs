//! The one HTTP client setup for everything fer sends that is not an API
//! call: test deliveries (`webhook test`, `test --all`, `replay`) and
//! forwarding (`listen --forward-to`). It follows no redirect (FE&R does
//! not either). A loopback address is never sent through a proxy (the
//! system's HTTP_PROXY would otherwise see a local delivery and answer for
//! it); when a proxy is used, errors name it.

use std::time::{Duration, Instant};

use reqwest::header::{HeaderMap, CONTENT_TYPE, LOCATION};
use serde::Serialize;
use url::Url;

use crate::error::{Error, Result};
use crate::output::render::{Fields, Row};

pub use fer_contract::delivery::{root_cause, TEST_HEADER};

/// An HTTP client builder with the defaults every part of fer uses: the TLS
/// provider installed, fer's User-Agent.
pub fn http_builder() -> reqwest::ClientBuilder {
    // Several calls are harmless: only the first installs.
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::builder().user_agent(crate::api::USER_AGENT)
}

/// Whether a URL names this machine (`127.0.0.0/8`, `::1`, `localhost`).
pub fn is_loopback(u: &Url) -> bool {
    fer_contract::rules::is_loopback(u)
}

/// The proxy the system would use for `u`, as its env vars say, for
/// messages; never for a loopback address (fer sends those directly).
pub fn proxy_for(u: &Url) -> Option<String> {
    if is_loopback(u) {
        return None;
    }
    let var = |k: &str| {
        std::env::var(k)
            .ok()
            .or_else(|| std::env::var(k.to_lowercase()).ok())
            .filter(|v| !v.trim().is_empty())
    };
    if let Some(no) = var("NO_PROXY") {
        let host = u.host_str().unwrap_or("");
        let bypass = no.split(',').map(str::trim).any(|n| {
            n == "*"
                || (!n.is_empty()
                    && (host == n.trim_start_matches('.')
                        || host.ends_with(&format!(".{}", n.trim_start_matches('.')))))
        });
        if bypass {
            return None;
        }
    }
    let scheme_var = if u.scheme() == "https" {
        "HTTPS_PROXY"
    } else {
        "HTTP_PROXY"
    };
    var(scheme_var)
        .or_else(|| var("ALL_PROXY"))
        .map(|p| crate::api::redact_url(&p))
}

/// " (through the proxy …)" when one is used for `u`, else "".
pub fn via_proxy(u: &Url) -> String {
    proxy_for(u)
        .map(|p| format!(" (through the proxy {p})"))
        .unwrap_or_default()
}

/// Clients for deliveries: one that goes direct (for loopback), one that
/// uses the system's proxy settings (for everything else).
pub struct Clients {
    direct: reqwest::Client,
    system: reqwest::Client,
}

impl Clients {
    /// Clients with this timeout per delivery.
    pub fn new(timeout: Duration) -> Result<Clients> {
        let build = |direct: bool| {
            let b = http_builder()
                .redirect(reqwest::redirect::Policy::none())
                .timeout(timeout);
            let b = if direct { b.no_proxy() } else { b };
            b.build()
                .map_err(|e| Error::failure(format!("cannot set up HTTP: {}", root_cause(&e))))
        };
        Ok(Clients {
            direct: build(true)?,
            system: build(false)?,
        })
    }

    /// The client for a URL: direct for loopback, else the system's.
    pub fn for_url(&self, u: &str) -> &reqwest::Client {
        match Url::parse(u) {
            Ok(p) if is_loopback(&p) => &self.direct,
            _ => &self.system,
        }
    }
}

/// How much of the response body is shown.
pub const BODY_PREVIEW: usize = 2048;

/// The first `max` bytes of a body, cut on a character boundary.
fn preview(body: &[u8], max: usize) -> String {
    let text = String::from_utf8_lossy(body);
    if text.len() <= max {
        return text.into_owned();
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}…", &text[..end])
}

/// What one delivery came back with (the JSON of `webhook test`).
#[derive(Debug, Serialize)]
pub struct Report {
    /// With --all: the webhook's id and environment (replay: the line).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub environment: Option<String>,
    url: String,
    event: String,
    pub status: Option<u16>,
    pub ok: bool,
    duration_ms: u64,
    response_body: Option<String>,
    /// Why no status came (timeout, refused connection…).
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
    #[serde(skip)]
    status_text: String,
    #[serde(skip)]
    location: Option<String>,
    /// " (through the proxy …)" when the delivery went through one.
    #[serde(skip)]
    via: String,
}

impl Report {
    /// A delivery to `url` not sent yet.
    fn new(url: &str, event: &str) -> Report {
        Report {
            id: None,
            environment: None,
            url: url.to_string(),
            event: event.to_string(),
            status: None,
            ok: false,
            duration_ms: 0,
            response_body: None,
            error: None,
            status_text: String::new(),
            location: None,
            via: url::Url::parse(url)
                .map(|u| via_proxy(&u))
                .unwrap_or_default(),
        }
    }

    /// A delivery that could not be sent at all.
    pub fn failed(url: &str, event: &str, why: String) -> Report {
        Report {
            error: Some(why),
            ..Report::new(url, event)
        }
    }

    /// Why the delivery failed, or `None` when it was answered 20X or 30X
    /// (the platform's own rule: its UI marks both Success).
    pub fn failure(&self) -> Option<String> {
        if self.ok {
            return None;
        }
        if let Some(e) = &self.error {
            return Some(e.clone());
        }
        Some(format!(
            "the receiver answered {}{}",
            self.status_text, self.via
        ))
    }

    /// For a 30X: it counts as delivered, and was not followed.
    fn redirect_note(&self) -> Option<String> {
        self.status.filter(|s| (300..400).contains(s))?;
        Some(format!(
            "{}: counted as delivered, as FE&R's UI does; not followed{}",
            self.status_text,
            self.location
                .as_deref()
                .map(|l| format!(" (Location: {})", crate::api::redact_url(l)))
                .unwrap_or_default()
        ))
    }
}

impl Fields for Report {
    fn fields(&self) -> Vec<(&'static str, String)> {
        let mut rows = vec![
            ("url", crate::api::redact_url(&self.url)),
            ("event", self.event.clone()),
        ];
        if self.status.is_some() {
            rows.push(("status", self.status_text.clone()));
        }
        if let Some(n) = self.redirect_note() {
            rows.push(("verdict", n));
        }
        rows.push(("time", format!("{} ms", self.duration_ms)));
        if let Some(l) = &self.location {
            rows.push(("location", l.clone()));
        }
        match &self.response_body {
            Some(b) if !b.is_empty() => rows.push(("response", b.clone())),
            Some(_) => rows.push(("response", "(empty)".into())),
            None => {}
        }
        rows
    }
    fn id(&self) -> String {
        self.status.map(|s| s.to_string()).unwrap_or_default()
    }
}

impl Row for Report {
    fn columns() -> &'static [crate::output::Column] {
        use crate::output::Column;
        const COLUMNS: &[crate::output::Column] = &[
            Column::new("ID", 0),
            Column::new("ENVIRONMENT", 0),
            Column::new("EVENT", 0),
            Column::url("URL", 1),
            Column::new("STATUS", 0),
            Column::new("TIME", 0),
            Column::text("ERROR", 2),
        ];
        COLUMNS
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.clone().unwrap_or_default(),
            self.environment.clone().unwrap_or_default(),
            self.event.clone(),
            crate::api::redact_url(&self.url),
            self.status
                .map(|s| s.to_string())
                .unwrap_or_else(|| "-".into()),
            format!("{} ms", self.duration_ms),
            if self.ok {
                self.redirect_note()
                    .map(|_| "30X: delivered, not followed".to_string())
                    .unwrap_or_default()
            } else {
                self.error
                    .clone()
                    .unwrap_or_else(|| self.status_text.clone())
            },
        ]
    }
    fn id(&self) -> String {
        self.id.clone().unwrap_or_default()
    }
}

/// What sends deliveries: the clients, the user's headers, the timeout.
pub struct Sender<'a> {
    pub http: &'a Clients,
    pub headers: &'a HeaderMap,
    pub timeout: f64,
}

impl Sender<'_> {
    /// POSTs `body` to `url` as a test delivery (marked with the test
    /// header): only the first 2 KiB of the answer are read, no redirect is
    /// followed.
    pub async fn deliver(&self, url: &str, event: &str, body: Vec<u8>) -> Report {
        let http = self.http.for_url(url);
        let request = http
            .post(url)
            .header(CONTENT_TYPE, "application/json")
            .header(TEST_HEADER, "true")
            .body(body)
            .build();
        self.send(url, event, request).await
    }

    /// Sends a journalled delivery again: its method, headers (but
    /// hop-by-hop ones) and exact body.
    pub async fn replay(
        &self,
        method: &str,
        url: &str,
        event: &str,
        headers: &[(String, String)],
        body: Vec<u8>,
    ) -> Report {
        let http = self.http.for_url(url);
        let method =
            reqwest::Method::from_bytes(method.as_bytes()).unwrap_or(reqwest::Method::POST);
        let conn = crate::commands::webhook::listen::connection_names(headers);
        let mut req = http.request(method, url).body(body);
        for (k, v) in headers {
            if crate::commands::webhook::listen::relayed(k, &conn) {
                req = req.header(k.as_str(), v.as_str());
            }
        }
        self.send(url, event, req.build()).await
    }

    async fn send(
        &self,
        url: &str,
        event: &str,
        request: reqwest::Result<reqwest::Request>,
    ) -> Report {
        let mut report = Report::new(url, event);
        let http = self.http.for_url(url);
        let mut request = match request {
            Ok(r) => r,
            Err(e) => {
                report.error = Some(format!("cannot build the request: {}", root_cause(&e)));
                return report;
            }
        };
        // The user's headers replace the defaults of the same name.
        for name in self.headers.keys() {
            request.headers_mut().remove(name);
            for v in self.headers.get_all(name) {
                request.headers_mut().append(name.clone(), v.clone());
            }
        }
        let start = Instant::now();
        let answer = match http.execute(request).await {
            Ok(r) => {
                let status = r.status();
                report.location = r
                    .headers()
                    .get(LOCATION)
                    .and_then(|v| v.to_str().ok())
                    .map(String::from);
                // Only what the preview shows is read: a receiver's endless
                // answer costs nothing.
                crate::api::response::read_prefix(r, BODY_PREVIEW + 1)
                    .await
                    .map(|(b, _)| (status, b))
            }
            Err(e) => Err(e),
        };
        report.duration_ms = start.elapsed().as_millis() as u64;
        match answer {
            Ok((status, bytes)) => {
                report.status = Some(status.as_u16());
                report.ok = fer_contract::rules::delivered(status.as_u16());
                report.status_text = crate::api::response::status_text(status);
                report.response_body = Some(preview(&bytes, BODY_PREVIEW));
            }
            Err(e) => {
                let via = url::Url::parse(url)
                    .map(|u| via_proxy(&u))
                    .unwrap_or_default();
                report.error = Some(format!(
                    "{}{via}",
                    if e.is_timeout() {
                        format!("no response within {} s (--timeout)", self.timeout)
                    } else if e.is_connect() {
                        let cause = root_cause(&e);
                        if cause.contains("dns")
                            || cause.contains("resolve")
                            || cause.contains("lookup")
                        {
                            format!("the host name does not resolve ({cause})")
                        } else {
                            format!("could not connect ({cause})")
                        }
                    } else {
                        root_cause(&e)
                    }
                ));
            }
        }
        report
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn preview_cuts_on_a_boundary() {
        assert_eq!(preview("éé".as_bytes(), 3), "é…");
        assert_eq!(preview(b"abc", 10), "abc");
    }
}
