//! The cache (docs/interface.md, "Config and cache"): access tokens and the
//! environment list, one private file per key.

use std::fs;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::files::write_private;

/// The most a cache file may hold: a cache that is not a small regular
/// file is not read (it costs a request).
pub const MAX_CACHE: u64 = 64 << 20;

/// A cached access token (docs/interface.md, "Config and cache").
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct CachedToken {
    pub auth_url: String,
    pub account_id: String,
    pub client_id: String,
    pub access_token: String,
    /// Unix seconds; `None` when the token does not expire.
    pub expires_at: Option<u64>,
    /// Unix seconds, when it was fetched (for its lifetime).
    #[serde(default)]
    pub fetched_at: u64,
    /// A salted hash of the secret it was fetched with (never the secret):
    /// a changed secret fetches a new token.
    #[serde(default)]
    pub fingerprint: String,
}

impl CachedToken {
    /// Whether the token may still be used at `now`: until 60 s before it
    /// expires, or a fifth of its lifetime before, for a short-lived one.
    pub fn usable_at(&self, now: u64) -> bool {
        match self.expires_at {
            None => true,
            Some(at) => {
                let lifetime = at.saturating_sub(self.fetched_at);
                let margin = if self.fetched_at == 0 {
                    60
                } else {
                    (lifetime / 5).min(60)
                };
                now + margin < at
            }
        }
    }
}

/// A URL as every cache key spells it: parsed and written back (so that
/// `https://H/` and `https://h` are one key), else as given.
pub fn key_url(u: &str) -> String {
    url::Url::parse(u.trim())
        .map(|p| p.to_string())
        .unwrap_or_else(|_| u.trim().to_string())
}

/// Tokens are cached one file per (account, client id) and (auth URL,
/// secret fingerprint), named so that every token of an account's client
/// can be found (by `fer logout`) whatever the auth URL or secret, and so
/// that concurrent runs for different clients never touch the same file.
pub fn token_path(
    cache_dir: &Path,
    auth_url: &str,
    account_id: &str,
    client_id: &str,
    fingerprint: &str,
) -> PathBuf {
    cache_dir.join("tokens").join(format!(
        "{}-{:016x}.json",
        client_prefix(account_id, client_id),
        fnv1a(format!("{}\n{fingerprint}", key_url(auth_url)).as_bytes())
    ))
}

fn client_prefix(account_id: &str, client_id: &str) -> String {
    format!(
        "{:016x}",
        fnv1a(format!("{account_id}\n{client_id}").as_bytes())
    )
}

/// Removes every cached token of an account's client (any auth URL, any
/// secret); how many went.
pub fn remove_tokens(cache_dir: &Path, account_id: &str, client_id: &str) -> usize {
    let prefix = format!("{}-", client_prefix(account_id, client_id));
    let Ok(entries) = fs::read_dir(cache_dir.join("tokens")) else {
        return 0;
    };
    entries
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with(&prefix))
        .filter(|e| fs::remove_file(e.path()).is_ok())
        .count()
}

/// A salted hash of a secret, for cache keys: the salt is this cache's own
/// (random, made once, private), so the hash says nothing elsewhere.
pub fn fingerprint(cache_dir: &Path, secret: &str) -> String {
    use sha2::{Digest, Sha256};
    let salt_path = cache_dir.join("salt");
    let read = || {
        crate::files::read_regular(&salt_path, 1024, "the cache salt")
            .ok()
            .filter(|s| s.len() >= 16)
    };
    let salt = read().unwrap_or_else(|| {
        // Made once: of several runs racing, the first one's salt stands.
        let fresh: Vec<u8> = (0..32).map(|_| fastrand::u8(..)).collect();
        let _ = crate::files::write_private_once(&salt_path, &fresh);
        read().unwrap_or(fresh)
    });
    let mut h = Sha256::new();
    h.update(&salt);
    h.update(secret.as_bytes());
    h.finalize()
        .iter()
        .take(16)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The account's environments are cached per (API URL, account, client id).
pub fn environments_path(
    cache_dir: &Path,
    api_url: &str,
    account_id: &str,
    client_id: &str,
) -> PathBuf {
    keyed_path(cache_dir, "environments", &[api_url, account_id, client_id])
}

/// Where the webhooks last listed are cached, for completion: a folder per
/// (API URL, account, client id), a file per environment.
pub fn webhooks_dir(cache_dir: &Path, api_url: &str, account_id: &str, client_id: &str) -> PathBuf {
    keyed_path(cache_dir, "webhooks", &[api_url, account_id, client_id]).with_extension("")
}

pub fn webhooks_path(dir: &Path, env_id: &str) -> PathBuf {
    dir.join(format!("{:016x}.json", fnv1a(env_id.as_bytes())))
}

/// A webhook as completion shows it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct KnownWebhook {
    pub id: String,
    pub environment: String,
    pub event: String,
    pub url: String,
}

/// Writes the list unless the file already holds it: the common case, a
/// list that did not change, costs a read rather than a synced write.
pub fn write_webhooks(path: &Path, hooks: &[KnownWebhook]) -> std::io::Result<()> {
    let text = serde_json::to_vec(hooks).map_err(std::io::Error::other)?;
    if fs::read(path).is_ok_and(|old| old == text) {
        return Ok(());
    }
    write_private(path, &text)
}

/// Every webhook cached in `dir` (all environments of one account).
pub fn read_all_webhooks(dir: &Path) -> Vec<KnownWebhook> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    entries
        .flatten()
        .filter_map(|e| crate::files::read_regular(&e.path(), MAX_CACHE, "").ok())
        .filter_map(|t| serde_json::from_slice::<Vec<KnownWebhook>>(&t).ok())
        .flatten()
        .collect()
}

fn keyed_path(cache_dir: &Path, kind: &str, key: &[&str]) -> PathBuf {
    cache_dir
        .join(kind)
        .join(format!("{:016x}.json", fnv1a(key.join("\n").as_bytes())))
}

fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// A cached token. Its file must be a small regular file; modes that let
/// others read it are repaired (0600, directory 0700) when the file is
/// ours, and the token is not used otherwise (`warn` says why).
pub fn read_token(path: &Path, warn: &dyn Fn(&str)) -> Option<CachedToken> {
    if !crate::files::private_or_repaired(path, warn) {
        return None;
    }
    let bytes = crate::files::read_regular(path, 64 * 1024, "the token cache").ok()?;
    serde_json::from_slice(&bytes).ok()
}

pub fn write_token(path: &Path, token: &CachedToken) -> std::io::Result<()> {
    let text = serde_json::to_vec(token).map_err(std::io::Error::other)?;
    write_private(path, &text)
}

/// The cached environment list: the server's objects and when they were fetched.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CachedEnvironments {
    pub fetched_at: u64,
    pub items: Vec<serde_json::Value>,
}

pub fn read_environments(path: &Path, max_age: u64) -> Option<Vec<serde_json::Value>> {
    let text = crate::files::read_regular(path, MAX_CACHE, "").ok()?;
    let cached: CachedEnvironments = serde_json::from_slice(&text).ok()?;
    let age = now_unix().checked_sub(cached.fetched_at)?;
    (age <= max_age).then_some(cached.items)
}

pub fn write_environments(path: &Path, items: Vec<serde_json::Value>) -> std::io::Result<()> {
    let cached = CachedEnvironments {
        fetched_at: now_unix(),
        items,
    };
    let text = serde_json::to_vec(&cached).map_err(std::io::Error::other)?;
    write_private(path, &text)
}

pub fn now_unix() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

/// Keeps the webhooks just listed in an environment, for completion of
/// ids (`--env` and ids complete from local caches only). A cache that
/// cannot be written costs a completion, nothing more.
pub fn remember_webhooks(
    s: &crate::settings::Settings,
    env: &crate::api::environments::Environment,
    hooks: &[fer_contract::wire::Webhook],
) {
    let (Some(dir), Ok((creds, _)), Ok(api)) = (&s.cache_dir, s.credentials(), s.api_url()) else {
        return;
    };
    let dir = webhooks_dir(dir, api.as_str(), &creds.account_id, &creds.client_id);
    // An id no shell can carry safely is never cached for completion.
    let known: Vec<KnownWebhook> = hooks
        .iter()
        .filter(|h| crate::complete::offerable(&h.id()))
        .map(|h| KnownWebhook {
            id: h.id(),
            environment: env.name.clone(),
            event: h.event().to_string(),
            url: h.url().to_string(),
        })
        .collect();
    let _ = write_webhooks(&webhooks_path(&dir, &env.id), &known);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_used_until_shortly_before_they_expire() {
        let t = |fetched_at, expires_at| CachedToken {
            auth_url: String::new(),
            account_id: String::new(),
            client_id: String::new(),
            access_token: String::new(),
            expires_at,
            fetched_at,
            fingerprint: String::new(),
        };
        // An hour: until 60 s before the end.
        assert!(t(1000, Some(4600)).usable_at(4539));
        assert!(!t(1000, Some(4600)).usable_at(4540));
        // 30 s: until 6 s before the end.
        assert!(t(1000, Some(1030)).usable_at(1023));
        assert!(!t(1000, Some(1030)).usable_at(1024));
        // Never expires.
        assert!(t(1000, None).usable_at(u64::MAX / 2));
    }

    #[test]
    fn token_paths_differ_by_key_and_normalise_the_url() {
        let d = Path::new("/c");
        let p = |a, b, c, f| token_path(d, a, b, c, f);
        assert_ne!(p("http://a", "b", "c", "f"), p("http://a", "b", "d", "f"));
        assert_ne!(p("http://a", "b", "c", "f"), p("http://a", "b", "c", "g"));
        assert_eq!(p("http://A/", "b", "c", "f"), p("http://a", "b", "c", "f"));
    }

    #[test]
    fn logout_finds_every_token_of_a_client() {
        let dir = tempfile::tempdir().unwrap();
        for (url, f) in [("http://a", "1"), ("http://b", "2")] {
            write_private(&token_path(dir.path(), url, "acc", "cl", f), b"{}").unwrap();
        }
        write_private(
            &token_path(dir.path(), "http://a", "acc", "other", "1"),
            b"{}",
        )
        .unwrap();
        assert_eq!(remove_tokens(dir.path(), "acc", "cl"), 2);
        assert_eq!(remove_tokens(dir.path(), "acc", "other"), 1);
    }

    #[test]
    fn fingerprints_are_salted_and_stable() {
        let a = tempfile::tempdir().unwrap();
        let b = tempfile::tempdir().unwrap();
        let f = fingerprint(a.path(), "secret");
        assert_eq!(f, fingerprint(a.path(), "secret"));
        assert_ne!(f, fingerprint(a.path(), "secret2"));
        assert_ne!(
            f,
            fingerprint(b.path(), "secret"),
            "another cache, another salt"
        );
        assert!(!f.contains("secret"));
    }
}
