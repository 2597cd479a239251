//! The config file (profiles) and the token cache: reading, atomic writes, modes.

use std::collections::BTreeMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

pub const DEFAULT_PROFILE: &str = "default";

/// Keys this version does not know are kept as they are, and written back.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Config {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_profile: Option<String>,
    #[serde(default)]
    pub profiles: BTreeMap<String, Profile>,
    #[serde(flatten)]
    pub other: BTreeMap<String, toml::Value>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Profile {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_secret: Option<String>,
    /// Default environment (id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub environment: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth_url: Option<String>,
    #[serde(flatten)]
    pub other: BTreeMap<String, toml::Value>,
}

/// A config file as read: its content, and warnings for the user.
#[derive(Debug, Default, Clone)]
pub struct Loaded {
    pub config: Config,
    pub warnings: Vec<String>,
}

/// Reads the config file. A missing file is an empty config; an unreadable or
/// malformed one is an error that names the file (and the line, for bad TOML).
pub fn load(path: &Path) -> Result<Loaded> {
    let text = match fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Loaded::default()),
        Err(e) => {
            return Err(
                Error::failure(format!("cannot read config file {}: {e}", path.display()))
                    .with_hint(
                        "check the file's permissions, or point --config / FER_CONFIG elsewhere",
                    ),
            )
        }
    };
    let config: Config = toml::from_str(&text).map_err(|e| {
        let place = e
            .span()
            .map(|span| {
                let line = text[..span.start.min(text.len())].matches('\n').count() + 1;
                format!(" (line {line})")
            })
            .unwrap_or_default();
        Error::failure(format!(
            "config file {}{place} is not valid: {}",
            path.display(),
            e.message()
        ))
        .with_hint("fix the file, or remove it and run `fer login` again")
    })?;
    let mut warnings = Vec::new();
    if let Some(mode) = file_mode(path) {
        if mode & 0o077 != 0 {
            warnings.push(format!(
                "config file {} is readable by others (mode {:04o}); it holds client secrets: run `chmod 600 {}`",
                path.display(),
                mode & 0o7777,
                path.display()
            ));
        }
    }
    Ok(Loaded { config, warnings })
}

/// The permission bits of a file, where the system has them.
pub fn file_mode(path: &Path) -> Option<u32> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::metadata(path).ok().map(|m| m.permissions().mode())
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        None
    }
}

/// Changes the config file in place: `change` edits the document as it is
/// on disk (comments, blank lines and the order of keys a person wrote
/// stay, and so do keys fer does not know), then it is written atomically,
/// mode 0600, in a directory created 0700. The file is locked meanwhile, so
/// that concurrent changes by other `fer` processes are made one after the
/// other; nothing is written when `change` fails.
pub fn edit(path: &Path, change: impl FnOnce(&mut ConfigEdit) -> Result<()>) -> Result<()> {
    with_lock(path, || {
        let text = match fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
            Err(e) => {
                return Err(Error::failure(format!(
                    "cannot read config file {}: {e}",
                    path.display()
                )))
            }
        };
        let doc: toml_edit::DocumentMut = text.parse().map_err(|e: toml_edit::TomlError| {
            let place = e
                .span()
                .map(|span| {
                    let line = text[..span.start.min(text.len())].matches('\n').count() + 1;
                    format!(" (line {line})")
                })
                .unwrap_or_default();
            Error::failure(format!(
                "config file {}{place} is not valid: {}",
                path.display(),
                e.message()
            ))
            .with_hint("fix the file, or remove it and run `fer login` again")
        })?;
        let mut edit = ConfigEdit { doc };
        change(&mut edit)?;
        write_private(path, edit.doc.to_string().as_bytes()).map_err(|e| {
            Error::failure(format!("cannot write config file {}: {e}", path.display()))
        })
    })
}

/// The config document being changed (see `edit`).
pub struct ConfigEdit {
    doc: toml_edit::DocumentMut,
}

impl ConfigEdit {
    fn profiles(&mut self) -> &mut toml_edit::Table {
        let item = self.doc.entry("profiles").or_insert_with(|| {
            let mut t = toml_edit::Table::new();
            t.set_implicit(true);
            toml_edit::Item::Table(t)
        });
        if !item.is_table() {
            let mut t = toml_edit::Table::new();
            t.set_implicit(true);
            *item = toml_edit::Item::Table(t);
        }
        item.as_table_mut().expect("a table")
    }

    pub fn default_profile(&self) -> Option<&str> {
        self.doc.get("default_profile").and_then(|v| v.as_str())
    }

    pub fn set_default_profile(&mut self, name: Option<&str>) {
        match name {
            Some(n) => {
                self.doc["default_profile"] = toml_edit::value(n);
            }
            None => {
                self.doc.remove("default_profile");
            }
        }
    }

    /// Sets (or, with `None`, removes) one key of a profile, which is made
    /// when it does not exist.
    pub fn set(&mut self, profile: &str, key: &str, value: Option<&str>) {
        let profiles = self.profiles();
        let entry = profiles
            .entry(profile)
            .or_insert_with(|| toml_edit::Item::Table(toml_edit::Table::new()));
        if !entry.is_table() {
            *entry = toml_edit::Item::Table(toml_edit::Table::new());
        }
        let table = entry.as_table_mut().expect("a table");
        match value {
            Some(v) => {
                table[key] = toml_edit::value(v);
            }
            None => {
                table.remove(key);
            }
        }
    }

    /// Removes a profile; whether there was one.
    pub fn remove_profile(&mut self, profile: &str) -> bool {
        self.profiles().remove(profile).is_some()
    }
}

/// Runs `f` while holding an exclusive lock on `path` (a `.lock` file beside
/// it), so that concurrent read-modify-writes of the same file by several
/// `fer` processes happen one after the other and none is lost. The lock is
/// released when `f` returns, or when the process dies.
pub fn with_lock<T>(path: &Path, f: impl FnOnce() -> Result<T>) -> Result<T> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".lock");
    let lock_path = dir.join(name);
    let cannot =
        |e: std::io::Error| Error::failure(format!("cannot lock {}: {e}", lock_path.display()));
    create_private_dir(&dir).map_err(cannot)?;
    let mut options = fs::OpenOptions::new();
    options.create(true).truncate(false).write(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let file = options.open(&lock_path).map_err(cannot)?;
    file.lock().map_err(cannot)?;
    let result = f();
    let _ = file.unlock();
    result
}

/// Atomic write of a private file: a reader sees the old content or the new
/// content, never a part; a failure leaves the old file as it was.
pub fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    create_private_dir(&dir)?;
    // NamedTempFile is created with mode 0600.
    let mut tmp = tempfile::Builder::new()
        .prefix(".fer-")
        .suffix(".tmp")
        .tempfile_in(&dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    // Test hook: die the way a killed process would, between write and
    // rename, when writing the file of that name.
    if let Some(name) = std::env::var_os("FER_TEST_CRASH_BEFORE_RENAME") {
        if path.file_name() == Some(name.as_os_str()) {
            std::process::abort();
        }
    }
    tmp.persist(path).map_err(|e| e.error)?;
    remove_stale_temporaries(&dir);
    Ok(())
}

/// Temporary files that a killed write left behind (they may hold a secret).
/// Only old ones go: a young one may belong to a write under way.
fn remove_stale_temporaries(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let stale = std::time::Duration::from_secs(60);
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if !(name.starts_with(".fer-") && name.ends_with(".tmp")) {
            continue;
        }
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age > stale);
        if old {
            let _ = fs::remove_file(entry.path());
        }
    }
}

fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)
    }
    #[cfg(not(unix))]
    {
        fs::create_dir_all(dir)
    }
}

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
    fn round_trip_and_mode() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub").join("config.toml");
        let mut config = Config::default();
        config.profiles.insert(
            "default".into(),
            Profile {
                account_id: Some("acc".into()),
                client_id: Some("cid".into()),
                client_secret: Some("s3cret".into()),
                ..Profile::default()
            },
        );
        edit(&path, |e| {
            e.set("default", "account_id", Some("acc"));
            e.set("default", "client_id", Some("cid"));
            e.set("default", "client_secret", Some("s3cret"));
            Ok(())
        })
        .unwrap();
        let loaded = load(&path).unwrap();
        assert_eq!(loaded.config, config);
        assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
        #[cfg(unix)]
        {
            assert_eq!(file_mode(&path).unwrap() & 0o777, 0o600);
            assert_eq!(file_mode(path.parent().unwrap()).unwrap() & 0o777, 0o700);
        }
    }

    #[test]
    fn unknown_keys_survive_a_rewrite() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        fs::write(
            &path,
            "default_profile = \"a\"\ntheme = \"dark\"\n[profiles.a]\naccount_id = \"x\"\nregion = \"eu\"\n",
        )
        .unwrap();
        edit(&path, |e| {
            e.set("a", "environment", Some("env-1"));
            Ok(())
        })
        .unwrap();
        let text = fs::read_to_string(&path).unwrap();
        assert!(text.contains("theme = \"dark\""), "{text}");
        assert!(text.contains("region = \"eu\""), "{text}");
        assert!(text.contains("environment = \"env-1\""), "{text}");
    }

    #[test]
    fn a_persons_comments_and_order_survive_every_edit() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        let before = "# my fer config\ndefault_profile = \"prod\"   # the one I use\n\n[profiles.prod]\n# from the vault\nclient_id = \"c\"\naccount_id = \"a\"\n\n[profiles.old]\naccount_id = \"x\"\n";
        fs::write(&path, before).unwrap();
        edit(&path, |e| {
            e.set("prod", "environment", Some("env-1"));
            e.remove_profile("old");
            e.set("new", "account_id", Some("n"));
            Ok(())
        })
        .unwrap();
        let text = fs::read_to_string(&path).unwrap();
        assert!(
            text.starts_with("# my fer config\ndefault_profile = \"prod\"   # the one I use\n"),
            "{text}"
        );
        assert!(
            text.contains(
                "# from the vault\nclient_id = \"c\"\naccount_id = \"a\"\nenvironment = \"env-1\""
            ),
            "{text}"
        );
        assert!(!text.contains("[profiles.old]"), "{text}");
        assert!(
            text.contains("[profiles.new]\naccount_id = \"n\""),
            "{text}"
        );
        assert!(!text.contains("[profiles]\n"), "{text}");
        // A failed change writes nothing.
        let err = edit(&path, |e| {
            e.set("prod", "environment", Some("env-2"));
            Err(Error::usage("no"))
        });
        assert!(err.is_err());
        assert_eq!(fs::read_to_string(&path).unwrap(), text);
    }

    #[test]
    fn bad_toml_names_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        fs::write(&path, "default_profile = \"x\"\n[profiles.default\n").unwrap();
        let err = load(&path).unwrap_err();
        assert!(err.message.contains("config.toml"), "{}", err.message);
        assert!(err.message.contains("line 2"), "{}", err.message);
    }

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
