//! The cache (INTERFACE.md, "Config and cache"): access tokens and the
//! environment list, one private file per key.

use std::fs;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::files::write_private;

/// A cached access token (INTERFACE.md, "Config and cache").
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

/// Tokens are cached one file per (auth URL, account, client id), so that
/// concurrent runs for different clients never touch the same file.
pub fn token_path(cache_dir: &Path, auth_url: &str, account_id: &str, client_id: &str) -> PathBuf {
    keyed_path(cache_dir, "tokens", &[auth_url, account_id, client_id])
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
        .filter_map(|e| fs::read_to_string(e.path()).ok())
        .filter_map(|t| serde_json::from_str::<Vec<KnownWebhook>>(&t).ok())
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

pub fn read_token(path: &Path) -> Option<CachedToken> {
    let text = fs::read_to_string(path).ok()?;
    serde_json::from_str(&text).ok()
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
    let text = fs::read_to_string(path).ok()?;
    let cached: CachedEnvironments = serde_json::from_str(&text).ok()?;
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
    fn token_paths_differ_by_key() {
        let d = Path::new("/c");
        assert_ne!(token_path(d, "a", "b", "c"), token_path(d, "a", "b", "d"));
        assert_eq!(token_path(d, "a", "b", "c"), token_path(d, "a", "b", "c"));
    }
}
