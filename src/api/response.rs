//! A response as received (status, bounded body) and the one mapping of API
//! answers to the user's errors and exit codes.

use reqwest::StatusCode;
use serde_json::Value;

use crate::error::{Error, Result};
use crate::output::truncate;

/// Where Remote Control API credentials come from, said wherever they are
/// refused or asked for.
pub const CREDENTIALS_HINT: &str = "these credentials may not do this: Remote Control API credentials come from the account's settings (Integrations > Remote Control API), which only Super Admin users can open; ask one for credentials that may";

/// The most of an API or token response fer reads.
pub const MAX_BODY: usize = 4 * 1024 * 1024;

/// A response as received: status, raw body, and where a redirect pointed.
#[derive(Debug)]
pub struct Response {
    pub status: StatusCode,
    pub body: bytes::Bytes,
    /// What was asked, for messages ("listing webhooks").
    pub what: String,
    /// The request's URL, for messages.
    pub url: String,
    /// A redirect's `Location`, which fer did not follow.
    pub location: Option<String>,
}

/// Reads a body up to `cap` bytes. `Ok(None)`: it was larger.
pub async fn read_capped(
    mut resp: reqwest::Response,
    cap: usize,
) -> std::result::Result<Option<bytes::Bytes>, reqwest::Error> {
    if resp.content_length().is_some_and(|n| n > cap as u64) {
        return Ok(None);
    }
    let mut buf = bytes::BytesMut::new();
    while let Some(chunk) = resp.chunk().await? {
        if buf.len() + chunk.len() > cap {
            return Ok(None);
        }
        buf.extend_from_slice(&chunk);
    }
    Ok(Some(buf.freeze()))
}

/// Reads at most the first `max` bytes of a body (what a preview shows) and
/// leaves the rest unread; `true` when there was more.
pub async fn read_prefix(
    mut resp: reqwest::Response,
    max: usize,
) -> std::result::Result<(bytes::Bytes, bool), reqwest::Error> {
    let mut buf = bytes::BytesMut::new();
    while let Some(chunk) = resp.chunk().await? {
        let room = max - buf.len();
        if chunk.len() > room {
            buf.extend_from_slice(&chunk[..room]);
            return Ok((buf.freeze(), true));
        }
        buf.extend_from_slice(&chunk);
    }
    Ok((buf.freeze(), false))
}

/// The error for a body larger than fer reads.
pub fn too_large(what: &str, cap: usize) -> Error {
    Error::failure(format!(
        "the answer to {what} is larger than {} KiB; fer stops reading there",
        cap / 1024
    ))
    .with_hint("the server sent far more than a page of data: check --api-url / --auth-url")
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
                self.what,
                status_text(self.status)
            )));
        }
        serde_json::from_slice(&self.body).map_err(|e| {
            Error::failure(format!(
                "unexpected response to {}: {} with a body that is not valid JSON ({e}): {}",
                self.what,
                status_text(self.status),
                snippet(&self.body)
            ))
        })
    }

    /// What the body says, never a bare `{}`: its message, else "no details".
    pub fn detail(&self) -> String {
        body_detail(&self.body)
    }

    /// The error for a non-2xx response, mapped to docs/interface.md's exit codes:
    /// the status, and what the body says.
    pub fn error(&self) -> Error {
        let detail = self.detail();
        let status = status_text(self.status);
        let what = &self.what;
        match self.status.as_u16() {
            300..=399 => Error::failure(format!(
                "the API answered {status} for {what}, a redirect to {}, which fer does not follow to another host",
                self.location.as_deref().unwrap_or("nowhere")
            ))
            .with_hint("point --api-url (or FER_API_URL) at the address the API really answers on"),
            400 => Error::usage(format!("the API rejected {what} ({status}): {detail}")),
            401 => Error::auth(format!(
                "the API refused the access token for {what} ({status}): {detail}"
            ))
            .with_hint("run `fer auth status` to check the credentials, or `fer login` again"),
            403 => Error::auth(format!("permission denied for {what} ({status}): {detail}"))
                .with_hint(CREDENTIALS_HINT),
            404 => Error::not_found(format!("not found: {what} ({status}): {detail}")),
            429 => Error::failure(format!(
                "rate limited by the API for {what}, still after {} attempts ({status}): {detail}",
                super::retry::RATE_LIMIT_ATTEMPTS
            ))
            .with_hint("wait a minute and run the command again"),
            _ => Error::failure(format!("the API answered {status} for {what}: {detail}")),
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

/// `404 Not Found`, or the bare number for a status without a name.
pub fn status_text(s: StatusCode) -> String {
    match s.canonical_reason() {
        Some(r) => format!("{} {r}", s.as_u16()),
        None => s.as_u16().to_string(),
    }
}

/// What an error body says, whatever it is: JSON, an HTML page, text or
/// nothing. Never a bare `{}`: a body with nothing to say is "no details".
pub fn body_detail(body: &[u8]) -> String {
    const NONE: &str = "no details";
    if body.iter().all(u8::is_ascii_whitespace) {
        return NONE.to_string();
    }
    if let Ok(v) = serde_json::from_slice::<Value>(body) {
        for key in ["message", "error_description", "error", "detail", "title"] {
            match v.get(key) {
                Some(Value::String(s)) if !s.trim().is_empty() => return one_line(s),
                Some(Value::Object(o)) => {
                    if let Some(Value::String(s)) = o.get("message") {
                        return one_line(s);
                    }
                }
                _ => {}
            }
        }
        let empty = match &v {
            Value::Null => true,
            Value::Object(o) => o
                .values()
                .all(|x| x.is_null() || x == "" || x == &Value::Object(Default::default())),
            Value::Array(a) => a.is_empty(),
            Value::String(s) => s.trim().is_empty(),
            _ => false,
        };
        if empty {
            return NONE.to_string();
        }
        if let Value::String(s) = v {
            return truncate(&s, 200);
        }
        return truncate(&v.to_string(), 200);
    }
    let text = String::from_utf8_lossy(body);
    let trimmed = text.trim_start();
    if trimmed.starts_with('<') {
        let lower = trimmed.to_ascii_lowercase();
        let title = lower
            .find("<title>")
            .and_then(|i| trimmed.get(i + 7..))
            .and_then(|rest| rest.find('<').map(|j| rest[..j].trim().to_string()))
            .filter(|t| !t.is_empty());
        return match title {
            Some(t) => format!("an HTML page, not JSON (\"{}\")", truncate(&t, 120)),
            None => "an HTML page, not JSON".to_string(),
        };
    }
    snippet(body)
}

/// A server's message on one line, not too long: it is shown inside fer's own.
fn one_line(s: &str) -> String {
    truncate(&s.split_whitespace().collect::<Vec<_>>().join(" "), 500)
}

fn snippet(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(&body[..body.len().min(4096)]);
    let one_line: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    format!("\"{}\"", truncate(&one_line, 120))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn details_of_odd_bodies() {
        assert_eq!(body_detail(b""), "no details");
        assert_eq!(body_detail(b"{}"), "no details");
        assert_eq!(body_detail(b" {\"message\": \"\"} "), "no details");
        assert_eq!(body_detail(b"null"), "no details");
        assert_eq!(body_detail(b"[]"), "no details");
        assert_eq!(body_detail(br#"{"message":"bad url"}"#), "bad url");
        assert_eq!(
            body_detail(br#"{"error":"invalid_client","error_description":"nope"}"#),
            "nope"
        );
        assert_eq!(body_detail(br#"{"error":{"message":"deep"}}"#), "deep");
        assert_eq!(body_detail(br#"{"code":12}"#), r#"{"code":12}"#);
        assert_eq!(
            body_detail(b"<html><head><title>502 Bad Gateway</title></head></html>"),
            "an HTML page, not JSON (\"502 Bad Gateway\")"
        );
        assert_eq!(body_detail(b"oops\n"), "\"oops\"");
    }

    #[test]
    fn errors_name_the_status_and_never_a_bare_brace_pair() {
        let r = Response {
            status: StatusCode::FORBIDDEN,
            body: bytes::Bytes::from_static(b"{}"),
            what: "listing webhooks".into(),
            url: "http://h/x".into(),
            location: None,
        };
        let e = r.error();
        assert_eq!(
            e.message,
            "permission denied for listing webhooks (403 Forbidden): no details"
        );
        assert_eq!(e.kind, crate::error::Kind::Auth);
    }
}
