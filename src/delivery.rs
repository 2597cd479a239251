//! The one HTTP client setup for everything fer sends that is not an API
//! call: test deliveries (`webhook test`, `test --all`, `replay`) and
//! forwarding (`listen --forward-to`). It follows no redirect (FE&R does
//! not either). A loopback address is never sent through a proxy (the
//! system's HTTP_PROXY would otherwise see a local delivery and answer for
//! it); when a proxy is used, errors name it.

use std::time::Duration;

use url::Url;

use crate::error::{Error, Result};

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
