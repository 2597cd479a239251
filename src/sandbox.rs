//! The sandbox (docs/interface.md, "The sandbox"): fer-hub embedded in fer,
//! started in this process on 127.0.0.1 for the length of one command, with
//! built-in credentials and its state in a file of its own. No login, no
//! config read or written, no request anywhere else.

use std::path::{Path, PathBuf};

use fer_hub::{EnvSeed, HookSeed, Hub, Options, Snapshot};

use crate::api::Credentials;
use crate::error::{Error, Result};
use crate::files;

/// The sandbox's account.
pub const ACCOUNT_ID: &str = "acc-sandbox";

/// The most the sandbox's state file may hold.
pub const MAX_STATE: u64 = 256 << 20;

/// The state file: `$XDG_DATA_HOME/fer/sandbox.json`.
pub fn state_path(data_dir: Option<&Path>) -> Result<PathBuf> {
    data_dir.map(|d| d.join("sandbox.json")).ok_or_else(|| {
        Error::failure("cannot find a data directory for the sandbox (no home directory)")
    })
}

/// What a new sandbox holds: production and staging, and webhooks that
/// point at `fer webhook listen` on its default port.
fn seed() -> Options {
    let hook = |event: &str, path: &str, description: &str| HookSeed {
        event: event.into(),
        url: format!("http://127.0.0.1:8787/{path}"),
        description: description.into(),
        ..HookSeed::default()
    };
    Options {
        account_id: ACCOUNT_ID.into(),
        account_name: "Sandbox".into(),
        environments: vec![
            EnvSeed {
                webhooks: vec![
                    hook(
                        "Flag.created",
                        "flags",
                        "Sandbox: flags to the local receiver",
                    ),
                    hook(
                        "Campaign.status.changed",
                        "campaigns",
                        "Sandbox: campaigns to the local receiver",
                    ),
                ],
                ..EnvSeed::new("production", true)
            },
            EnvSeed {
                webhooks: vec![hook("Flag.removed", "staging", "Sandbox: staging flags")],
                ..EnvSeed::new("staging", false)
            },
        ],
        ..Options::default()
    }
}

/// A running sandbox. It holds the state file's lock from `open` to
/// `close`: concurrent sandbox commands run one after the other, so none
/// loses what another did.
pub struct Sandbox {
    hub: Hub,
    path: PathBuf,
    before: Snapshot,
    _lock: files::Lock,
}

impl Sandbox {
    /// Locks the state, reads it (or seeds a new one) and starts the hub.
    pub fn open(data_dir: Option<&Path>) -> Result<Sandbox> {
        let path = state_path(data_dir)?;
        let lock = files::Lock::acquire(&path)?;
        let saved = match files::read_if_regular(&path, MAX_STATE, "the sandbox state")
            .map_err(|e| e.with_hint("`fer sandbox reset` starts the sandbox afresh"))?
        {
            Some(bytes) => Some(serde_json::from_slice::<Snapshot>(&bytes).map_err(|e| {
                Error::failure(format!(
                    "the sandbox state {} is not valid: {e}",
                    path.display()
                ))
                .with_hint("`fer sandbox reset` starts the sandbox afresh")
            })?),
            None => None,
        };
        let cannot = |e: std::io::Error| Error::failure(format!("cannot start the sandbox: {e}"));
        let hub = match saved {
            Some(state) => Hub::start_from(seed(), state).map_err(cannot)?,
            None => Hub::start(seed()).map_err(cannot)?,
        };
        let before = hub.snapshot();
        Ok(Sandbox {
            hub,
            path,
            before,
            _lock: lock,
        })
    }

    pub fn api_url(&self) -> String {
        self.hub.api_url()
    }

    pub fn auth_url(&self) -> String {
        self.hub.auth_url()
    }

    pub fn credentials(&self) -> Credentials {
        Credentials {
            account_id: ACCOUNT_ID.into(),
            client_id: fer_hub::ADMIN_CLIENT_ID.into(),
            secret: crate::api::Secret::Value(fer_hub::ADMIN_CLIENT_SECRET.into()),
        }
    }

    pub fn hub(&self) -> &Hub {
        &self.hub
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Saves the state when the command changed it (atomically) and stops
    /// the hub; whether it changed.
    pub fn close(self) -> Result<bool> {
        let after = self.hub.snapshot();
        // The id counter moves with every token handed out: only the
        // environments and webhooks tell whether the command changed it.
        let changed = after.environments != self.before.environments;
        if changed || !self.path.exists() {
            let text = serde_json::to_vec_pretty(&after)
                .map_err(|e| Error::failure(format!("cannot save the sandbox: {e}")))?;
            files::write_private(&self.path, &text).map_err(|e| {
                Error::failure(format!(
                    "cannot save the sandbox state {}: {e}",
                    self.path.display()
                ))
            })?;
        }
        Ok(changed)
    }
}

/// Forgets the sandbox's state; whether there was one.
pub fn reset(data_dir: Option<&Path>) -> Result<bool> {
    let path = state_path(data_dir)?;
    let _lock = files::Lock::acquire(&path)?;
    match std::fs::remove_file(&path) {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(Error::failure(format!(
            "cannot remove the sandbox state {}: {e}",
            path.display()
        ))),
    }
}
