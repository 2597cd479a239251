//! Shared end-to-end test setup: fer-hub on 127.0.0.1:0 and the real `fer`
//! binary with HOME and the XDG dirs in a temporary directory.

use std::io::{BufRead, BufReader, Read};
use std::path::PathBuf;
use std::process::{Child, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

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
        let mut c = std::process::Command::new(fer_bin());
        c.env_clear()
            .env("HOME", self.home())
            .env("XDG_CONFIG_HOME", self.dir.path().join("config"))
            .env("XDG_CACHE_HOME", self.dir.path().join("cache"))
            .env("XDG_DATA_HOME", self.dir.path().join("data"))
            .env("XDG_STATE_HOME", self.dir.path().join("state"))
            .env("FER_API_URL", self.hub.api_url())
            .env("FER_AUTH_URL", self.hub.auth_url())
            .env("NO_COLOR", "1");
        c
    }

    /// `fer ARGS` as `process` runs it, for a pseudo-terminal `cols` wide:
    /// a shell sets the width (stty) and becomes fer.
    pub fn process_at_width(&self, cols: u16, args: &[&str]) -> std::process::Command {
        let mut sh = std::process::Command::new("sh");
        sh.env_clear();
        for (k, v) in self.process().get_envs() {
            if let Some(v) = v {
                sh.env(k, v);
            }
        }
        sh.arg("-c")
            .arg(format!("stty cols {cols} rows 40; exec \"$0\" \"$@\""))
            .arg(fer_bin())
            .args(args);
        sh
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

/// The `fer` binary under test: this build's, or the one FER_TEST_BIN
/// names (to see a new test fail against an older build).
pub fn fer_bin() -> PathBuf {
    std::env::var_os("FER_TEST_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| assert_cmd::cargo::cargo_bin("fer"))
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

/// One request a `Stub` received.
#[derive(Debug, Clone)]
pub struct StubRequest {
    pub method: String,
    /// Path and query, as sent.
    pub path: String,
    /// Header lines, names lower-cased.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl StubRequest {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// What a `Stub` answers.
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// After the body, this chunk again and again until the client leaves.
    pub endless: Option<Vec<u8>>,
}

impl Reply {
    pub fn json(status: u16, v: Value) -> Reply {
        Reply {
            status,
            headers: vec![("content-type".into(), "application/json".into())],
            body: v.to_string().into_bytes(),
            endless: None,
        }
    }
    pub fn raw(status: u16, body: &[u8]) -> Reply {
        Reply {
            status,
            headers: Vec::new(),
            body: body.to_vec(),
            endless: None,
        }
    }
    pub fn header(mut self, name: &str, value: &str) -> Reply {
        self.headers.push((name.into(), value.into()));
        self
    }
}

type Handler = dyn Fn(&StubRequest) -> Reply + Send + Sync;

/// A small HTTP/1.1 server on 127.0.0.1 that answers whatever a test says,
/// hostile answers included; it records what it received.
pub struct Stub {
    pub addr: std::net::SocketAddr,
    pub requests: std::sync::Arc<std::sync::Mutex<Vec<StubRequest>>>,
}

impl Stub {
    pub fn start(handler: impl Fn(&StubRequest) -> Reply + Send + Sync + 'static) -> Stub {
        use std::sync::{Arc, Mutex};
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        let addr = listener.local_addr().unwrap();
        let requests = Arc::new(Mutex::new(Vec::new()));
        let handler: Arc<Handler> = Arc::new(handler);
        let seen = requests.clone();
        std::thread::spawn(move || {
            for conn in listener.incoming() {
                let Ok(conn) = conn else { continue };
                let (handler, seen) = (handler.clone(), seen.clone());
                std::thread::spawn(move || {
                    let _ = serve_one(conn, &*handler, &seen);
                });
            }
        });
        Stub { addr, requests }
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn requests(&self) -> Vec<StubRequest> {
        self.requests.lock().unwrap().clone()
    }
}

fn serve_one(
    mut conn: std::net::TcpStream,
    handler: &Handler,
    seen: &std::sync::Mutex<Vec<StubRequest>>,
) -> std::io::Result<()> {
    use std::io::{BufRead, BufReader, Read, Write};
    conn.set_read_timeout(Some(std::time::Duration::from_secs(10)))?;
    let mut reader = BufReader::new(conn.try_clone()?);
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 {
            return Ok(());
        }
        let mut parts = line.split_whitespace();
        let method = parts.next().unwrap_or("").to_string();
        let path = parts.next().unwrap_or("").to_string();
        let mut headers = Vec::new();
        loop {
            let mut h = String::new();
            reader.read_line(&mut h)?;
            let h = h.trim_end();
            if h.is_empty() {
                break;
            }
            if let Some((n, v)) = h.split_once(':') {
                headers.push((n.trim().to_ascii_lowercase(), v.trim().to_string()));
            }
        }
        let len = headers
            .iter()
            .find(|(n, _)| n == "content-length")
            .and_then(|(_, v)| v.parse::<usize>().ok())
            .unwrap_or(0);
        let mut body = vec![0; len];
        reader.read_exact(&mut body)?;
        let req = StubRequest {
            method,
            path,
            headers,
            body,
        };
        seen.lock().unwrap().push(req.clone());
        let reply = handler(&req);
        let reason = match reply.status {
            200 => "OK",
            307 => "Temporary Redirect",
            404 => "Not Found",
            _ => "Status",
        };
        let mut head = format!("HTTP/1.1 {} {reason}\r\n", reply.status);
        for (n, v) in &reply.headers {
            head += &format!("{n}: {v}\r\n");
        }
        match &reply.endless {
            None => head += &format!("content-length: {}\r\n\r\n", reply.body.len()),
            Some(_) => head += "connection: close\r\n\r\n",
        }
        conn.write_all(head.as_bytes())?;
        conn.write_all(&reply.body)?;
        if let Some(chunk) = &reply.endless {
            // Until the client hangs up (bounded, should it never).
            for _ in 0..1_000_000 {
                conn.write_all(chunk)?;
            }
            return Ok(());
        }
        conn.flush()?;
    }
}

/// A token answer as the vendor documents it.
pub fn token_reply() -> Reply {
    Reply::json(
        200,
        serde_json::json!({"access_token": "stub-token", "expires_in": 3600, "token_type": "Bearer"}),
    )
}

/// A running `fer webhook listen`, killed when dropped.
pub struct Listener {
    pub child: Child,
    pub url: String,
    pub stderr: mpsc::Receiver<String>,
}

impl Listener {
    pub fn start(w: &World, extra: &[&str]) -> Listener {
        let mut child = w
            .process()
            .args(["webhook", "listen", "--port", "0"])
            .args(extra)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("listen starts");
        let (tx, rx) = mpsc::channel();
        let err = child.stderr.take().unwrap();
        std::thread::spawn(move || {
            for line in BufReader::new(err).lines().map_while(Result::ok) {
                let _ = tx.send(line);
            }
        });
        let first = rx
            .recv_timeout(Duration::from_secs(10))
            .expect("listen prints its address");
        let url = first
            .split_whitespace()
            .find(|w| w.starts_with("http://127.0.0.1:"))
            .unwrap_or_else(|| panic!("no address in: {first}"))
            .to_string();
        Listener {
            child,
            url,
            stderr: rx,
        }
    }

    /// Waits for the listener to exit by itself; its stdout and stderr.
    pub fn wait(mut self) -> (i32, String, String) {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                let mut out = String::new();
                self.child
                    .stdout
                    .take()
                    .unwrap()
                    .read_to_string(&mut out)
                    .unwrap();
                // Every line, up to the reader thread's end of file: the
                // last ones may still be on their way when the process ends.
                let mut err = Vec::new();
                while let Ok(line) = self.stderr.recv_timeout(Duration::from_secs(5)) {
                    err.push(line);
                }
                return (status.code().unwrap_or(-1), out, err.join("\n"));
            }
            assert!(Instant::now() < deadline, "listen did not stop");
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `fer webhook test --url URL --event EVENT EXTRA…`.
pub fn send_test(w: &World, url: &str, event: &str, extra: &[&str]) -> (i32, String, String) {
    run(w
        .fer()
        .args(["webhook", "test", "--url", url, "--event", event])
        .args(extra))
}
