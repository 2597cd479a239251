//! Sending a delivery (CONTRACT.md, "Deliveries"): the one HTTP client that
//! `fer webhook test`, `fer webhook listen --forward-to` and fer-hub's
//! trigger use. It follows no redirect (FE&R does not either).

use std::time::Duration;

/// The header a test delivery sent by fer carries.
pub const TEST_HEADER: &str = "X-Fer-Test-Delivery";

/// An HTTP client builder with the defaults every part of fer uses: the TLS
/// provider installed, the given User-Agent.
pub fn http_builder(user_agent: &str) -> reqwest::ClientBuilder {
    // Several calls are harmless: only the first installs.
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::builder().user_agent(user_agent.to_string())
}

/// The client deliveries are sent with: no redirects, this timeout.
pub fn client(user_agent: &str, timeout: Duration) -> Result<reqwest::Client, String> {
    http_builder(user_agent)
        .redirect(reqwest::redirect::Policy::none())
        .timeout(timeout)
        .build()
        .map_err(|e| format!("cannot set up HTTP: {}", root_cause(&e)))
}

/// The innermost cause of an error, which is the one that says what happened.
pub fn root_cause(e: &(dyn std::error::Error + 'static)) -> String {
    let mut cur = e;
    while let Some(next) = cur.source() {
        cur = next;
    }
    cur.to_string()
}
