//! Access tokens (CONTRACT.md, "Authentication" and "Tokens"): asked of the
//! auth server, read leniently as the vendor's own mocks send them, kept in
//! memory for the run and in the cache between runs.

use reqwest::Method;
use serde_json::{json, Value};

use super::Client;
use crate::cache::{self, CachedToken};
use crate::error::{Error, Result};

/// Lifetime asked of the token endpoint, in seconds.
pub const TOKEN_LIFETIME: u64 = 3600;
/// A longer `expires_in` than this (ten years) is not believed.
const MAX_LIFETIME: u64 = 10 * 365 * 24 * 3600;

/// A token as fer uses it.
#[derive(Debug, Clone)]
pub struct Token {
    pub access_token: String,
    /// Seconds it lives; `None`: it does not expire.
    pub lifetime: Option<u64>,
    pub scope: Option<String>,
}

/// Reads a 2xx token answer. A missing or empty `access_token` means the
/// credentials were refused (exit 4); an `expires_in` that is missing, not a
/// non-negative integer, or absurd means the lifetime that was asked for.
pub fn parse_token(v: &Value, auth_url: &str) -> Result<Token> {
    let access_token =
        match v.get("access_token") {
            Some(Value::String(s)) if !s.trim().is_empty() => s.clone(),
            _ => return Err(Error::auth(format!(
                "the credentials were refused by {auth_url}: its answer holds no access token"
            ))
            .with_hint(
                "check the account id, client id and client secret (`fer login` stores new ones)",
            )),
        };
    let seconds = match v.get("expires_in") {
        Some(Value::Number(n)) => n.as_u64(),
        Some(Value::String(s)) => s.trim().parse::<u64>().ok(),
        _ => None,
    };
    let lifetime = match seconds {
        Some(0) => None,
        Some(s) if s <= MAX_LIFETIME => Some(s),
        _ => Some(TOKEN_LIFETIME),
    };
    Ok(Token {
        access_token,
        lifetime,
        scope: v.get("scope").and_then(Value::as_str).map(String::from),
    })
}

/// Runs the profile's `client_secret_command` through the shell: its
/// trimmed stdout is the secret. A failure or an empty output is exit 4 with
/// the command's first line on stderr; the output itself is never shown.
pub fn run_secret_command(cmd: &str) -> Result<String> {
    let refused = |why: String| {
        Error::auth(format!("the secret command failed: {why}")).with_hint(format!(
            "check `{cmd}` (client_secret_command), or set FER_CLIENT_SECRET"
        ))
    };
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg(cmd)
        .stdin(std::process::Stdio::null())
        .output()
        .map_err(|e| refused(format!("cannot run it: {e}")))?;
    let first_err = String::from_utf8_lossy(&out.stderr)
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .map(|l| crate::output::truncate(l, 200))
        .unwrap_or_default();
    if !out.status.success() {
        let code = out
            .status
            .code()
            .map(|c| format!("exit {c}"))
            .unwrap_or_else(|| "killed".into());
        return Err(refused(if first_err.is_empty() {
            code
        } else {
            format!("{code}: {first_err}")
        }));
    }
    let secret = String::from_utf8_lossy(&out.stdout).trim().to_string();
    if secret.is_empty() {
        return Err(refused(if first_err.is_empty() {
            "it printed nothing".into()
        } else {
            format!("it printed nothing: {first_err}")
        }));
    }
    Ok(secret)
}

impl Client {
    /// Asks the auth server for a token. The request follows no redirect:
    /// its body holds the secret.
    pub async fn fetch_token(&self) -> Result<Token> {
        let mut url = self.segments(&self.auth_url, &[&self.creds.account_id, "token"])?;
        url.query_pairs_mut()
            .append_pair("expires_in", &TOKEN_LIFETIME.to_string());
        if super::in_clear(&self.auth_url) {
            if let Some(w) = &self.warnings {
                w.line(&format!(
                    "warning: the auth URL {} is plain http: the client secret crosses the network unencrypted; use https",
                    super::redact_url(self.auth_url.as_str())
                ));
            }
        }
        let secret = match &self.creds.secret {
            super::Secret::Value(v) => v.clone(),
            super::Secret::Command(cmd) => {
                let v = run_secret_command(cmd)?;
                self.secrets.add(&v);
                v
            }
        };
        let body = serde_json::to_vec(&json!({
            "grant_type": "client_credentials",
            "scope": "*",
            "client_id": self.creds.client_id,
            "client_secret": secret,
        }))
        .map_err(|e| Error::failure(e.to_string()))?;
        let resp = self
            .exchange(super::Exchange {
                http: self.auth_http()?,
                method: Method::POST,
                url: url.as_str(),
                bearer: None,
                body: Some(&body),
                repeatable: true,
                what: "the token request",
                base: &self.auth_url,
            })
            .await?;
        match resp.status.as_u16() {
            200..=299 => {
                let t = parse_token(&resp.json()?, self.auth_url.as_str())?;
                self.secrets.add(&t.access_token);
                Ok(t)
            }
            300..=399 => Err(Error::failure(format!(
                "the auth server answered {} with a redirect to {}; fer never follows a redirect for the token request, whose body holds the secret",
                super::response::status_text(resp.status),
                resp.location.as_deref().unwrap_or("nowhere")
            ))
            .with_hint("point --auth-url (or FER_AUTH_URL) at the address the auth server really answers on")),
            400 | 401 => Err(Error::auth(format!(
                "the credentials were refused by {} ({}): {}",
                self.auth_url,
                super::response::status_text(resp.status),
                resp.detail()
            ))
            .with_hint(
                "check the account id, client id and client secret (`fer login` stores new ones)",
            )),
            _ => Err(Error::failure(format!(
                "the auth server answered {}: {}",
                super::response::status_text(resp.status),
                resp.detail()
            ))),
        }
    }

    /// A token: the one in memory, else a cached one still valid, else a new
    /// one. `refused`: a token the API refused; a new one is fetched unless
    /// another request already replaced it.
    pub(super) async fn token(&self, refused: Option<&str>) -> Result<String> {
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
            if let Some(cached) = self.token_path.as_deref().and_then(cache::read_token) {
                let valid = cached.usable_at(cache::now_unix());
                if valid
                    && cached.auth_url == self.auth_url.as_str()
                    && cached.account_id == self.creds.account_id
                    && cached.client_id == self.creds.client_id
                {
                    self.secrets.add(&cached.access_token);
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
    pub fn store_token(&self, t: &Token) {
        if let Some(path) = &self.token_path {
            let now = cache::now_unix();
            let _ = cache::write_token(
                path,
                &CachedToken {
                    auth_url: self.auth_url.to_string(),
                    account_id: self.creds.account_id.clone(),
                    client_id: self.creds.client_id.clone(),
                    access_token: t.access_token.clone(),
                    expires_at: t.lifetime.map(|s| now.saturating_add(s)),
                    fetched_at: now,
                },
            );
        }
    }

    /// The cached token's expiry, for `fer auth status`: `Some(None)` never expires.
    pub fn cached_expiry(&self) -> Option<Option<u64>> {
        self.token_path
            .as_deref()
            .and_then(cache::read_token)
            .map(|t| t.expires_at)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_answers_as_the_vendor_sends_them() {
        let p = |v: Value| parse_token(&v, "http://a");
        assert_eq!(
            p(json!({"access_token": "t", "expires_in": 60}))
                .unwrap()
                .lifetime,
            Some(60)
        );
        assert_eq!(
            p(json!({"access_token": "t", "expires_in": 0}))
                .unwrap()
                .lifetime,
            None
        );
        for odd in [
            json!(null),
            json!("3600"),
            json!(3600.5),
            json!(-5),
            json!(u64::MAX),
            json!("soon"),
        ] {
            let t = p(json!({"access_token": "t", "expires_in": odd})).unwrap();
            assert_eq!(t.lifetime, Some(TOKEN_LIFETIME), "{odd}");
        }
        let t = p(json!({"access_token": "t", "refresh_token": "r", "scope": "*"})).unwrap();
        assert_eq!(t.lifetime, Some(TOKEN_LIFETIME));
        assert_eq!(t.scope.as_deref(), Some("*"));
        for bad in [
            json!({}),
            json!({"access_token": ""}),
            json!({"access_token": 5}),
            json!([]),
        ] {
            let e = p(bad.clone()).unwrap_err();
            assert_eq!(e.kind, crate::error::Kind::Auth, "{bad}");
        }
    }
}
