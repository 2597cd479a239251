//! Access tokens (docs/api.md, "Authentication" and "Tokens"): asked of the
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

/// What to do about refused credentials.
pub const REFUSED_HINT: &str = "check the account id, client id and client secret (`fer login` stores new ones); Remote Control API credentials come from the account's settings (Integrations > Remote Control API), which only Super Admin users can open";

/// Reads a 2xx token answer. A missing or empty `access_token` means the
/// credentials were refused (exit 4); an `expires_in` that is missing, not a
/// non-negative integer, or absurd means the lifetime that was asked for.
pub fn parse_token(v: &Value, auth_url: &str) -> Result<Token> {
    let access_token = match v.get("access_token") {
        Some(Value::String(s)) if !s.trim().is_empty() => s.clone(),
        _ => {
            return Err(Error::auth(format!(
                "the credentials were refused by {auth_url}: its answer holds no access token"
            ))
            .with_hint(REFUSED_HINT))
        }
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

/// How a secret command is named in messages: its program alone (the rest
/// of the line may hold a vault token or a path).
pub fn program_name(cmd: &str) -> String {
    let first = cmd.split_whitespace().next().unwrap_or("");
    let name = first.rsplit('/').next().unwrap_or(first);
    crate::output::sanitize(name, false).into_owned()
}

/// The most of a secret command's output fer reads.
pub const SECRET_OUTPUT_MAX: usize = 64 * 1024;

/// Runs the profile's `client_secret_command` through the shell: its first
/// line is the secret (as `pass` prints it, with notes below). Failure, an
/// empty first line, a NUL, more than 64 KiB or no end within `timeout` is
/// exit 4 with the command's last stderr line; the output itself is never
/// shown, and the command only by its program's name.
pub fn run_secret_command(cmd: &str, timeout: std::time::Duration) -> Result<String> {
    use std::io::Read;
    let program = program_name(cmd);
    let refused = |why: String| {
        Error::auth(format!("the secret command ({program}) failed: {why}")).with_hint(
            "check the profile's client_secret_command (`fer login --secret-command`), or set FER_CLIENT_SECRET",
        )
    };
    let mut command = std::process::Command::new("sh");
    command
        .arg("-c")
        .arg(cmd)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        // Its own process group, so that a timeout ends all of it.
        command.process_group(0);
    }
    let mut child = command
        .spawn()
        .map_err(|e| refused(format!("cannot run it: {e}")))?;
    let mut stdout = child.stdout.take().expect("piped");
    let mut stderr = child.stderr.take().expect("piped");
    let out_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = (&mut stdout)
            .take(SECRET_OUTPUT_MAX as u64 + 1)
            .read_to_end(&mut buf);
        // Drain the rest, so that the command is not stuck on a full pipe.
        let _ = std::io::copy(&mut stdout, &mut std::io::sink());
        buf
    });
    let err_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = (&mut stderr).take(1 << 20).read_to_end(&mut buf);
        let _ = std::io::copy(&mut stderr, &mut std::io::sink());
        buf
    });
    let start = std::time::Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if start.elapsed() >= timeout => break None,
            Ok(None) => std::thread::sleep(std::time::Duration::from_millis(10)),
            Err(e) => return Err(refused(format!("cannot wait for it: {e}"))),
        }
    };
    if status.is_none() {
        #[cfg(unix)]
        // SAFETY: kill takes a pid and a signal; the group is the child's own.
        unsafe {
            libc::kill(-(child.id() as i32), libc::SIGKILL);
        }
        let _ = child.kill();
        let _ = child.wait();
    }
    let out = out_reader.join().unwrap_or_default();
    let err = err_reader.join().unwrap_or_default();
    let last_err = String::from_utf8_lossy(&err)
        .lines()
        .map(str::trim)
        .rfind(|l| !l.is_empty())
        .map(|l| crate::output::truncate(l, 200))
        .unwrap_or_default();
    let with_err = |why: String| {
        if last_err.is_empty() {
            why
        } else {
            format!("{why}: {last_err}")
        }
    };
    let Some(status) = status else {
        return Err(refused(with_err(format!(
            "no answer within {} s (FER_SECRET_COMMAND_TIMEOUT)",
            timeout.as_secs_f64()
        ))));
    };
    if !status.success() {
        let code = status
            .code()
            .map(|c| format!("exit {c}"))
            .unwrap_or_else(|| "killed".into());
        return Err(refused(with_err(code)));
    }
    if out.len() > SECRET_OUTPUT_MAX {
        return Err(refused(format!(
            "it printed more than {} KiB",
            SECRET_OUTPUT_MAX / 1024
        )));
    }
    let first = out.split(|b| *b == b'\n').next().unwrap_or(&[]);
    if first.contains(&0) {
        return Err(refused("its first line holds a NUL byte".into()));
    }
    let secret = String::from_utf8_lossy(first).trim().to_string();
    if secret.is_empty() {
        return Err(refused(with_err("its first line is empty".into())));
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
                let v = run_secret_command(cmd, self.secret_timeout)?;
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
            .with_hint(REFUSED_HINT)),
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
            let warn = |m: &str| self.warn(m);
            if let Some(cached) = self
                .token_path
                .as_deref()
                .and_then(|p| cache::read_token(p, &warn))
            {
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
                    fingerprint: String::new(),
                },
            );
        }
    }

    /// The cached token's expiry, for `fer auth status`: `Some(None)` never expires.
    pub fn cached_expiry(&self) -> Option<Option<u64>> {
        let warn = |m: &str| self.warn(m);
        self.token_path
            .as_deref()
            .and_then(|p| cache::read_token(p, &warn))
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
