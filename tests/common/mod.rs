//! Shared end-to-end test setup: fer-hub on 127.0.0.1:0 and the real `fer`
//! binary with HOME and the XDG dirs in a temporary directory.
#![allow(dead_code)]

use std::path::PathBuf;

use assert_cmd::Command;
use fer_hub::{Hub, Options};
use serde_json::Value;

#[allow(unused_imports)]
pub use fer_hub::{
    Fault, ADMIN_CLIENT_ID, ADMIN_CLIENT_SECRET, READER_CLIENT_ID, READER_CLIENT_SECRET,
};

pub struct World {
    pub hub: Hub,
    pub dir: tempfile::TempDir,
}

impl World {
    pub fn new() -> World {
        World::with(Options::default())
    }

    pub fn with(opts: Options) -> World {
        World {
            hub: Hub::start(opts).expect("fer-hub starts"),
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub fn home(&self) -> PathBuf {
        self.dir.path().to_path_buf()
    }
    pub fn config_path(&self) -> PathBuf {
        self.dir
            .path()
            .join("config")
            .join("fer")
            .join("config.toml")
    }
    pub fn cache_dir(&self) -> PathBuf {
        self.dir.path().join("cache").join("fer")
    }

    /// The `fer` process with a clean environment: nothing of the
    /// developer's leaks in; HOME and the XDG dirs are the temporary ones.
    pub fn process(&self) -> std::process::Command {
        let mut c = std::process::Command::new(assert_cmd::cargo::cargo_bin("fer"));
        c.env_clear()
            .env("HOME", self.home())
            .env("XDG_CONFIG_HOME", self.dir.path().join("config"))
            .env("XDG_CACHE_HOME", self.dir.path().join("cache"))
            .env("FER_API_URL", self.hub.api_url())
            .env("FER_AUTH_URL", self.hub.auth_url())
            .env("NO_COLOR", "1");
        c
    }

    /// The same, as an assert_cmd command.
    pub fn fer(&self) -> Command {
        Command::from_std(self.process())
    }

    /// Creates a webhook with the CI credentials; its id.
    pub fn create(&self, env: &str, event: &str, url: &str) -> String {
        let (code, out, err) = run(self.ci().args([
            "webhook", "create", "--env", env, "--event", event, "--url", url, "-q",
        ]));
        assert_eq!(code, 0, "{err}");
        out.trim().to_string()
    }

    /// `fer` with credentials in env vars only, as in CI.
    pub fn ci(&self) -> Command {
        Command::from_std(self.ci_process())
    }

    pub fn ci_process(&self) -> std::process::Command {
        let mut c = self.process();
        c.env("FER_ACCOUNT_ID", self.hub.account_id())
            .env("FER_CLIENT_ID", ADMIN_CLIENT_ID)
            .env("FER_CLIENT_SECRET", ADMIN_CLIENT_SECRET);
        c
    }

    /// `fer` with the read-only client's credentials in env vars.
    pub fn reader(&self) -> Command {
        let mut c = self.fer();
        c.env("FER_ACCOUNT_ID", self.hub.account_id())
            .env("FER_CLIENT_ID", READER_CLIENT_ID)
            .env("FER_CLIENT_SECRET", READER_CLIENT_SECRET);
        c
    }

    /// `fer login` for the hub's account as `client_id`, the secret on stdin.
    pub fn login_as(&self, client_id: &str, secret: &str) -> Command {
        let mut c = self.fer();
        c.args([
            "login",
            "--account-id",
            &self.hub.account_id(),
            "--client-id",
            client_id,
            "--client-secret-stdin",
        ])
        .write_stdin(format!("{secret}\n"));
        c
    }

    /// Logs in the admin client into the default profile.
    pub fn login(&self) {
        self.login_as(ADMIN_CLIENT_ID, ADMIN_CLIENT_SECRET)
            .assert()
            .success();
    }

    pub fn token_calls(&self) -> usize {
        self.hub
            .log()
            .iter()
            .filter(|e| e.path.starts_with("/auth/"))
            .count()
    }

    /// Requests that change something.
    pub fn writes(&self) -> Vec<fer_hub::LogEntry> {
        self.hub
            .log()
            .into_iter()
            .filter(|e| e.path.starts_with("/v1/") && e.method != "GET")
            .collect()
    }

    pub fn env_id(&self, name: &str) -> String {
        self.hub
            .environments()
            .into_iter()
            .find(|(_, n)| n == name)
            .map(|(id, _)| id)
            .expect("environment exists")
    }
}

/// Runs a command and returns (exit code, stdout, stderr).
pub fn run(cmd: &mut Command) -> (i32, String, String) {
    let out = cmd.output().expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

pub fn json(s: &str) -> Value {
    serde_json::from_str(s).unwrap_or_else(|e| panic!("not JSON ({e}): {s}"))
}
