//! The vendor CLI's credentials (abtasty-cli, docs/api.md "The vendor CLI's
//! credential files"), read and never written: `fer login --from-abtasty-cli`
//! imports one into a fer profile.
//!
//! `~/.abtasty/credentials/fe/<name>.yaml` holds `client_id` and
//! `client_secret` (and the vendor CLI's own token fields, left alone);
//! `~/.abtasty/credentials/fe/.cli.yaml` names the credential in use
//! (`current_used_credential`), its `account_id` and default
//! `account_environment_id`.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::error::{Error, Result};

/// What is imported.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    pub name: String,
    pub account_id: String,
    pub client_id: String,
    pub client_secret: String,
    pub environment_id: Option<String>,
}

#[derive(Deserialize, Default)]
struct Credential {
    #[serde(default)]
    client_id: Option<String>,
    #[serde(default)]
    client_secret: Option<String>,
}

#[derive(Deserialize, Default)]
struct CliState {
    #[serde(default)]
    current_used_credential: Option<String>,
    #[serde(default)]
    account_id: Option<String>,
    #[serde(default)]
    account_environment_id: Option<String>,
}

/// `~/.abtasty/credentials/fe`.
pub fn dir(home: &Path) -> PathBuf {
    home.join(".abtasty").join("credentials").join("fe")
}

fn yaml<T: for<'de> Deserialize<'de> + Default>(path: &Path) -> Result<T> {
    let bytes = crate::files::read_regular(path, 1 << 20, "the abtasty-cli file")?;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Ok(T::default());
    }
    serde_yaml_ng::from_slice(&bytes).map_err(|e| {
        Error::usage(format!(
            "the abtasty-cli file {} is not valid YAML: {e}",
            path.display()
        ))
    })
}

fn text(v: Option<String>) -> Option<String> {
    v.map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
}

/// Reads the credential `name` (else the vendor CLI's current one, else the
/// only one there is) from the vendor CLI's files under `home`.
pub fn read(home: &Path, name: Option<&str>) -> Result<Imported> {
    let dir = dir(home);
    let hint = "`abtasty-cli feature-experimentation configure` makes one; or log in with --account-id, --client-id and the secret";
    if !dir.is_dir() {
        return Err(Error::usage(format!(
            "no abtasty-cli credentials: {} does not exist",
            dir.display()
        ))
        .with_hint(hint));
    }
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .map_err(|e| Error::usage(format!("cannot read {}: {e}", dir.display())))?
        .flatten()
        .filter_map(|e| {
            let f = e.file_name().to_string_lossy().into_owned();
            let stem = f.strip_suffix(".yaml").or_else(|| f.strip_suffix(".yml"))?;
            (!stem.starts_with('.') && !stem.is_empty()).then(|| stem.to_string())
        })
        .collect();
    names.sort();
    let state_path = dir.join(".cli.yaml");
    let state: CliState = if state_path.exists() {
        yaml(&state_path)?
    } else {
        CliState::default()
    };
    let listed = || {
        if names.is_empty() {
            "none".to_string()
        } else {
            names.join(", ")
        }
    };
    let chosen = match name
        .map(String::from)
        .or_else(|| text(state.current_used_credential.clone()))
    {
        Some(n) => n,
        None if names.len() == 1 => names[0].clone(),
        None if names.is_empty() => {
            return Err(
                Error::usage(format!("no abtasty-cli credentials in {}", dir.display()))
                    .with_hint(hint),
            )
        }
        None => {
            return Err(Error::usage(format!(
                "abtasty-cli has several credentials and none is current: {}",
                listed()
            ))
            .with_hint("pick one with --name NAME"))
        }
    };
    if !names.contains(&chosen) {
        return Err(Error::usage(format!(
            "abtasty-cli has no credential '{chosen}' (it has: {})",
            listed()
        ))
        .with_hint("pick one with --name NAME"));
    }
    let path = ["yaml", "yml"]
        .iter()
        .map(|ext| dir.join(format!("{chosen}.{ext}")))
        .find(|p| p.exists())
        .unwrap_or_else(|| dir.join(format!("{chosen}.yaml")));
    let cred: Credential = yaml(&path)?;
    let missing = |what: &str| {
        Error::usage(format!(
            "the abtasty-cli credential '{chosen}' ({}) has no {what}",
            path.display()
        ))
        .with_hint(hint)
    };
    let client_id = text(cred.client_id).ok_or_else(|| missing("client_id"))?;
    let client_secret = text(cred.client_secret).ok_or_else(|| missing("client_secret"))?;
    let account_id = text(state.account_id).ok_or_else(|| {
        Error::usage(format!(
            "abtasty-cli names no account ({} has no account_id)",
            state_path.display()
        ))
        .with_hint("give it with --account-id, or set it in abtasty-cli first")
    })?;
    Ok(Imported {
        name: chosen,
        account_id,
        client_id,
        client_secret,
        environment_id: text(state.account_environment_id),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layout(files: &[(&str, &str)]) -> tempfile::TempDir {
        let home = tempfile::tempdir().unwrap();
        let d = dir(home.path());
        std::fs::create_dir_all(&d).unwrap();
        for (name, text) in files {
            std::fs::write(d.join(name), text).unwrap();
        }
        home
    }

    const CRED: &str = "username: ops@example.com\nclient_id: cid-1\nclient_secret: s3cret\ntoken: t\nrefresh_token: r\nscope: '*'\n";

    #[test]
    fn the_current_credential_is_read_with_its_account() {
        let home = layout(&[
            ("prod.yaml", CRED),
            ("other.yaml", "client_id: cid-2\nclient_secret: x\n"),
            (".cli.yaml", "current_used_credential: prod\naccount_id: acc-1\naccount_environment_id: env-9\nworking_dir: /tmp\n"),
        ]);
        let got = read(home.path(), None).unwrap();
        assert_eq!(
            got,
            Imported {
                name: "prod".into(),
                account_id: "acc-1".into(),
                client_id: "cid-1".into(),
                client_secret: "s3cret".into(),
                environment_id: Some("env-9".into()),
            }
        );
        assert_eq!(read(home.path(), Some("other")).unwrap().client_id, "cid-2");
    }

    #[test]
    fn clear_errors_for_what_is_missing() {
        let none = tempfile::tempdir().unwrap();
        assert!(read(none.path(), None)
            .unwrap_err()
            .message
            .contains("does not exist"));
        let several = layout(&[
            ("a.yaml", CRED),
            ("b.yaml", CRED),
            (".cli.yaml", "account_id: x\n"),
        ]);
        let e = read(several.path(), None).unwrap_err();
        assert_eq!(e.kind, crate::error::Kind::Usage);
        assert!(e.message.contains("a, b"), "{}", e.message);
        let nosecret = layout(&[
            ("a.yaml", "client_id: c\n"),
            (".cli.yaml", "account_id: x\n"),
        ]);
        assert!(read(nosecret.path(), None)
            .unwrap_err()
            .message
            .contains("no client_secret"));
        assert!(read(several.path(), Some("zzz"))
            .unwrap_err()
            .message
            .contains("no credential 'zzz'"));
    }
}
