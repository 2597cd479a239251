//! The config file (profiles) and the token cache: reading, atomic writes, modes.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::files::{file_mode, with_lock, write_private};

pub const DEFAULT_PROFILE: &str = "default";

/// Keys this version does not know are kept as they are, and written back.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Config {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_profile: Option<String>,
    #[serde(default)]
    pub profiles: BTreeMap<String, Profile>,
    #[serde(flatten)]
    pub other: BTreeMap<String, serde_json::Value>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Profile {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_secret: Option<String>,
    /// A command whose output is the client secret (instead of `client_secret`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_secret_command: Option<String>,
    /// Default environment (id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub environment: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth_url: Option<String>,
    /// Where the webhook routes live (docs/api.md, "Webhooks").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webhooks_path: Option<String>,
    #[serde(flatten)]
    pub other: BTreeMap<String, serde_json::Value>,
}

/// A config file as read: its content, and warnings for the user.
#[derive(Debug, Default, Clone)]
pub struct Loaded {
    pub config: Config,
    pub warnings: Vec<String>,
}

/// Reads the config file. A missing file is an empty config; an unreadable or
/// malformed one is an error that names the file (and the line, for bad TOML).
/// The most a config file may hold.
pub const MAX_CONFIG: u64 = 1 << 20;

/// The config file's text; `None` when there is none. A file that is not a
/// regular file (a FIFO would block, a device never end), is larger than
/// 1 MiB, or is not UTF-8 is a usage error.
fn read_text(path: &Path) -> Result<Option<String>> {
    let Some(bytes) = crate::files::read_if_regular(path, MAX_CONFIG, "config file")
        .map_err(|e| e.with_hint("point --config / FER_CONFIG at a regular file"))?
    else {
        return Ok(None);
    };
    String::from_utf8(bytes).map(Some).map_err(|e| {
        Error::usage(format!(
            "config file {} is not UTF-8 text (an invalid byte at offset {})",
            path.display(),
            e.utf8_error().valid_up_to()
        ))
    })
}

pub fn load(path: &Path) -> Result<Loaded> {
    let Some(text) = read_text(path)? else {
        return Ok(Loaded::default());
    };
    let config: Config = toml_edit::de::from_str(&text)
        .map_err(|e| not_valid(path, &text, e.span(), e.message()))?;
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

/// The error for a config file that is not valid TOML: the file, the line.
fn not_valid(
    path: &Path,
    text: &str,
    span: Option<std::ops::Range<usize>>,
    message: &str,
) -> Error {
    let place = span
        .map(|span| {
            let line = text[..span.start.min(text.len())].matches('\n').count() + 1;
            format!(" (line {line})")
        })
        .unwrap_or_default();
    Error::failure(format!(
        "config file {}{place} is not valid: {message}",
        path.display()
    ))
    .with_hint("fix the file, or remove it and run `fer login` again")
}

/// Changes the config file in place: `change` edits the document as it is
/// on disk (comments, blank lines and the order of keys a person wrote
/// stay, and so do keys fer does not know), then it is written atomically,
/// mode 0600, in a directory created 0700. The file is locked meanwhile, so
/// that concurrent changes by other `fer` processes are made one after the
/// other; nothing is written when `change` fails.
pub fn edit(path: &Path, change: impl FnOnce(&mut ConfigEdit) -> Result<()>) -> Result<()> {
    with_lock(path, || {
        let text = read_text(path)?.unwrap_or_default();
        let doc: toml_edit::DocumentMut = text
            .parse()
            .map_err(|e: toml_edit::TomlError| not_valid(path, &text, e.span(), e.message()))?;
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

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

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
}
