//! Real deliveries on a laptop: `listen --public` with a stub tunnel
//! program (a reverse proxy on 127.0.0.1 that prints its URL the way
//! cloudflared does), leases, forwarding, the journal and replay.

use std::io::{BufRead, BufReader};
use std::process::{Child, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::json;

use crate::common::*;

fn stub_tunnel() -> String {
    let script =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/tools/stub_tunnel.py");
    assert!(
        std::process::Command::new("python3")
            .arg("--version")
            .output()
            .is_ok(),
        "python3 is needed for the stub tunnel"
    );
    format!("python3 {} {{url}}", script.display())
}

/// A running `fer webhook listen` whose stdout and stderr are collected.
struct Running {
    child: Child,
    out: Arc<Mutex<String>>,
    err: Arc<Mutex<String>>,
}

impl Running {
    fn start(w: &World, args: &[&str], extra_env: &[(&str, String)]) -> Running {
        let mut c = w.ci_process();
        for (k, v) in extra_env {
            c.env(k, v);
        }
        let mut child = c
            .args(["webhook", "listen", "--port", "0"])
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let collect = |r: Box<dyn std::io::Read + Send>| {
            let buf = Arc::new(Mutex::new(String::new()));
            let b = buf.clone();
            std::thread::spawn(move || {
                for line in BufReader::new(r).lines().map_while(Result::ok) {
                    let mut s = b.lock().unwrap();
                    s.push_str(&line);
                    s.push('\n');
                }
            });
            buf
        };
        let out = collect(Box::new(child.stdout.take().unwrap()));
        let err = collect(Box::new(child.stderr.take().unwrap()));
        Running { child, out, err }
    }
    fn err(&self) -> String {
        self.err.lock().unwrap().clone()
    }
    fn out(&self) -> String {
        self.out.lock().unwrap().clone()
    }
    /// Waits until stderr holds `text` `n` times.
    fn wait_err(&self, text: &str, n: usize) {
        let start = Instant::now();
        while self.err().matches(text).count() < n {
            assert!(
                start.elapsed() < Duration::from_secs(40),
                "waited for {text:?}: {}",
                self.err()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
    fn wait_out(&self, text: &str) {
        let start = Instant::now();
        while !self.out().contains(text) {
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "waited for {text:?}: {}\n{}",
                self.out(),
                self.err()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
    fn signal(&self, sig: &str) {
        std::process::Command::new("kill")
            .args([sig, &self.child.id().to_string()])
            .status()
            .unwrap();
    }
    fn wait(&mut self) -> (i32, String, String) {
        let start = Instant::now();
        loop {
            if let Some(s) = self.child.try_wait().unwrap() {
                std::thread::sleep(Duration::from_millis(100));
                return (s.code().unwrap_or(-1), self.out(), self.err());
            }
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "did not stop: {}",
                self.err()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
    /// The address it listens on.
    fn url(&self) -> String {
        self.wait_err("Listening on ", 1);
        let e = self.err();
        let at = e.find("Listening on ").unwrap() + "Listening on ".len();
        e[at..].split_whitespace().next().unwrap().to_string()
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        // A test that failed half-way leaves no listener behind.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn leases(w: &World, env: &str) -> Vec<serde_json::Value> {
    w.hub
        .webhooks(env)
        .into_iter()
        .filter(|h| {
            h["description"]
                .as_str()
                .unwrap_or("")
                .starts_with("fer webhook listen lease")
        })
        .collect()
}

#[test]
fn a_public_listener_leases_receives_through_the_tunnel_and_cleans_up() {
    let w = World::new();
    let mut l = Running::start(
        &w,
        &[
            "--public",
            "--tunnel",
            &stub_tunnel(),
            "--env",
            "staging",
            "--event",
            "flag-created",
            "--event",
            "campaign-status-changed",
        ],
        &[],
    );
    l.wait_err("Leased webhook", 2);
    let held = leases(&w, "staging");
    assert_eq!(held.len(), 2, "{held:?}");
    let url = held[0]["url"].as_str().unwrap().to_string();
    assert!(
        url.starts_with("http://127.0.0.1:") && !l.url().contains(&url),
        "the tunnel's URL: {url}"
    );
    let desc = held[0]["description"].as_str().unwrap();
    assert!(
        desc.contains("pid ") && desc.contains("until ") && desc.chars().count() <= 255,
        "{desc}"
    );
    // A real event, fired by the hub, arrives through the tunnel.
    let d = w
        .hub
        .trigger("staging", "Flag.created", Default::default())
        .unwrap();
    assert_eq!(d[0].status, Some(200), "{d:?}");
    l.wait_out("Flag.created");
    l.signal("-INT");
    let (code, _, err) = l.wait();
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("Deleted the 2 leased webhooks"), "{err}");
    assert!(leases(&w, "staging").is_empty());
}

#[test]
fn leases_left_by_a_killed_listener_are_removed_at_the_next_start_and_a_new_url_is_a_patch() {
    let w = World::new();
    let pidfile = w.home().join("tunnel.pid");
    let env = [("STUB_TUNNEL_PID", pidfile.display().to_string())];
    let args = [
        "--public",
        "--tunnel",
        &stub_tunnel(),
        "--env",
        "staging",
        "--event",
        "flag-created",
    ];
    let mut l = Running::start(&w, &args, &env);
    l.wait_err("Leased webhook", 1);
    l.signal("-KILL");
    let _ = l.wait();
    let tunnel_pid = std::fs::read_to_string(&pidfile).unwrap();
    std::process::Command::new("kill")
        .args(["-KILL", tunnel_pid.trim()])
        .status()
        .unwrap();
    assert_eq!(leases(&w, "staging").len(), 1, "the crash left its lease");
    // Another live listener's lease is never touched.
    let other = json!({"event": "Flag.removed", "url": "https://elsewhere.example.com",
        "description": format!("fer webhook listen lease (temporary): host another-host, pid 1, until {}; removed when it stops",
            (chrono::Utc::now() + chrono::Duration::minutes(5)).format("%Y-%m-%dT%H:%M:%SZ"))});
    run(w.ci().args([
        "webhook",
        "create",
        "--env",
        "staging",
        "--event",
        "flag-removed",
        "--url",
        "https://elsewhere.example.com",
        "--description",
        other["description"].as_str().unwrap(),
    ]));
    let tunnel = format!("{} --second-url-after 2", stub_tunnel());
    let mut l = Running::start(
        &w,
        &[
            "--public",
            "--tunnel",
            &tunnel,
            "--env",
            "staging",
            "--event",
            "flag-created",
        ],
        &env,
    );
    l.wait_err("Removed 1 lease left by a listener that is gone", 1);
    l.wait_err("Leased webhook", 1);
    let first = leases(&w, "staging");
    assert_eq!(
        first.len(),
        2,
        "its own and the other listener's: {first:?}"
    );
    w.hub.clear_log();
    l.wait_err("re-pointing the leases", 1);
    let start = Instant::now();
    while w.writes().is_empty() && start.elapsed() < Duration::from_secs(10) {
        std::thread::sleep(Duration::from_millis(50));
    }
    std::thread::sleep(Duration::from_millis(300));
    let writes = w.writes();
    assert!(
        writes.iter().all(|e| e.method == "PATCH"),
        "a new URL is a PATCH, not a new webhook: {writes:?}"
    );
    let mine = |v: &Vec<serde_json::Value>| {
        v.iter()
            .find(|h| h["event"] == "Flag.created")
            .cloned()
            .unwrap()
    };
    let (before, after) = (mine(&first), mine(&leases(&w, "staging")));
    assert_eq!(before["id"], after["id"]);
    assert_ne!(before["url"], after["url"]);
    l.signal("-TERM");
    let (code, _, err) = l.wait();
    assert_eq!(code, 0, "{err}");
    let left = leases(&w, "staging");
    assert_eq!(
        left.len(),
        1,
        "only the other listener's lease stays: {left:?}"
    );
    assert_eq!(left[0]["event"], "Flag.removed");
}

#[test]
fn a_tunnel_that_exits_ends_the_listener_and_its_leases() {
    let w = World::new();
    let pidfile = w.home().join("tunnel.pid");
    let mut l = Running::start(
        &w,
        &[
            "--public",
            "--tunnel",
            &stub_tunnel(),
            "--env",
            "staging",
            "--event",
            "flag-created",
        ],
        &[("STUB_TUNNEL_PID", pidfile.display().to_string())],
    );
    l.wait_err("Leased webhook", 1);
    let pid = std::fs::read_to_string(&pidfile).unwrap();
    std::process::Command::new("kill")
        .args(["-KILL", pid.trim()])
        .status()
        .unwrap();
    let (code, _, err) = l.wait();
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("the tunnel") && err.contains("exited") && err.contains("leases were removed"),
        "{err}"
    );
    assert!(leases(&w, "staging").is_empty());
}

#[test]
fn a_public_url_that_does_not_reach_the_listener_touches_nothing() {
    let w = World::new();
    let elsewhere = Stub::start(|_| Reply::raw(200, b"not the nonce"));
    let started = Instant::now();
    let mut l = Running::start(
        &w,
        &[
            "--public",
            "--public-url",
            &elsewhere.url(),
            "--env",
            "staging",
            "--event",
            "flag-created",
        ],
        &[],
    );
    let (code, _, err) = l.wait();
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("does not reach this listener") && err.contains("nothing was leased"),
        "{err}"
    );
    assert!(w.writes().is_empty());
    assert!(started.elapsed() < Duration::from_secs(40));
    // The main environment needs --yes without a terminal.
    let mut l = Running::start(
        &w,
        &[
            "--public",
            "--tunnel",
            &stub_tunnel(),
            "--env",
            "production",
            "--event",
            "flag-created",
        ],
        &[],
    );
    let (code, _, err) = l.wait();
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("--yes"), "{err}");
    assert!(w.writes().is_empty());
}

#[test]
fn forwarding_keeps_path_and_query_and_relays_the_apps_answer() {
    let w = World::new();
    let app = Stub::start(|req| {
        if req.path.contains("teapot") {
            Reply::json(418, json!({"why": "teapot"}))
        } else {
            Reply::json(201, json!({"got": req.path}))
        }
    });
    let mut l = Running::start(
        &w,
        &[
            "--forward-to",
            &format!("{}/base", app.url()),
            "--max-events",
            "2",
        ],
        &[],
    );
    let listen = l.url();
    let (code, out, err) = send_test(
        &w,
        &format!("{listen}/a/b?x=1"),
        "flag-created",
        &["-o", "json"],
    );
    assert_eq!(code, 0, "{err}");
    let r = json(&out);
    assert_eq!(r["status"], 201, "the sender sees the app's status: {r}");
    assert!(
        r["response_body"]
            .as_str()
            .unwrap()
            .contains("/base/a/b?x=1"),
        "{r}"
    );
    let (code, out, _) = send_test(
        &w,
        &format!("{listen}/teapot"),
        "flag-created",
        &["-o", "json"],
    );
    assert_eq!(code, 5);
    assert_eq!(json(&out)["status"], 418);
    let _ = l.wait();
    let seen = app.requests();
    assert_eq!(seen[0].path, "/base/a/b?x=1");
    assert_eq!(
        seen[0].header("x-fer-test-delivery"),
        Some("true"),
        "headers are kept"
    );
    // An app that is down: the sender gets 502, stderr says so.
    let down = {
        let s = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        s.local_addr().unwrap()
    };
    let mut l = Running::start(
        &w,
        &[
            "--forward-to",
            &format!("http://{down}"),
            "--max-events",
            "1",
        ],
        &[],
    );
    let (code, out, _) = send_test(&w, &l.url(), "flag-created", &["-o", "json"]);
    assert_eq!(code, 5);
    assert_eq!(json(&out)["status"], 502);
    let (_, _, err) = l.wait();
    assert!(
        err.contains("could not be reached") && err.contains("502"),
        "{err}"
    );
}

#[test]
fn event_filters_and_the_journal_replayed_byte_for_byte() {
    let w = World::new();
    let journal = w.home().join("deliveries.jsonl");
    let mut l = Running::start(
        &w,
        &[
            "--event",
            "flag-created",
            "--save",
            journal.to_str().unwrap(),
            "--max-events",
            "2",
        ],
        &[],
    );
    let url = l.url();
    send_test(
        &w,
        &format!("{url}/hooks?from=test"),
        "campaign-status-changed",
        &[],
    );
    send_test(&w, &format!("{url}/hooks?from=test"), "flag-created", &[]);
    let raw = w.home().join("raw.bin");
    // Spacing, escapes and a trailing newline that a re-encoding would lose.
    let bytes = "{ \"event\" :\"Flag.created\",  \"note\": \"caf\\u00e9 é\", \"n\": 1.50 }\n\n"
        .as_bytes()
        .to_vec();
    std::fs::write(&raw, &bytes).unwrap();
    send_test(
        &w,
        &format!("{url}/raw"),
        "flag-created",
        &["--data", raw.to_str().unwrap()],
    );
    let (code, out, err) = l.wait();
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.matches("Flag.created").count(), 2, "{out}");
    assert!(
        !out.contains("Campaign.status.changed"),
        "filtered out: {out}"
    );
    assert!(err.contains("1 of other events answered 200"), "{err}");
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        std::fs::metadata(&journal).unwrap().permissions().mode() & 0o777,
        0o600
    );
    let lines = std::fs::read_to_string(&journal).unwrap();
    assert_eq!(
        lines.lines().count(),
        3,
        "every delivery is journalled: {lines}"
    );
    // Replay to an app: the same paths, queries and bytes.
    let app = Stub::start(|_| Reply::raw(200, b""));
    let (code, out, err) = run(w.fer().args([
        "webhook",
        "replay",
        journal.to_str().unwrap(),
        "--to",
        &app.url(),
        "-o",
        "json",
    ]));
    assert_eq!(code, 0, "{err}");
    assert_eq!(json(&out).as_array().unwrap().len(), 3);
    // Sent concurrently: found by path, not by order.
    let seen = app.requests();
    assert_eq!(
        seen.iter().filter(|r| r.path == "/hooks?from=test").count(),
        2,
        "{seen:?}"
    );
    let raw_seen = seen
        .iter()
        .find(|r| r.path == "/raw")
        .expect("the raw delivery");
    assert_eq!(raw_seen.body, bytes, "byte for byte");
    let (_, _, _) = run(w.fer().args([
        "webhook",
        "replay",
        journal.to_str().unwrap(),
        "--to",
        &app.url(),
        "--event",
        "campaign-status-changed",
    ]));
    assert_eq!(app.requests().len(), 4);
    // A failing endpoint is exit 5.
    let bad = Stub::start(|_| Reply::raw(500, b""));
    let (code, _, _) = run(w.fer().args([
        "webhook",
        "replay",
        journal.to_str().unwrap(),
        "--to",
        &bad.url(),
    ]));
    assert_eq!(code, 5);
}

#[test]
fn a_listener_survives_half_sent_requests_and_says_what_it_refused() {
    use std::io::Write;
    let w = World::new();
    // Few descriptors, many half-sent requests: real deliveries still get in.
    let mut c = w.process();
    let fer = fer_bin();
    let mut child = std::process::Command::new("sh");
    child
        .arg("-c")
        .arg(format!(
            "ulimit -n 128; exec '{}' webhook listen --port 0 --max-events 2",
            fer.display()
        ))
        .env_clear()
        .envs(
            c.get_envs()
                .filter_map(|(k, v)| v.map(|v| (k.to_owned(), v.to_owned()))),
        )
        .env("PATH", std::env::var("PATH").unwrap_or_default());
    let _ = &mut c;
    let mut child = child
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let err_buf = Arc::new(Mutex::new(String::new()));
    let e2 = err_buf.clone();
    let stderr = child.stderr.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            let mut s = e2.lock().unwrap();
            s.push_str(&line);
            s.push('\n');
        }
    });
    let start = Instant::now();
    let url = loop {
        let e = err_buf.lock().unwrap().clone();
        if let Some(at) = e.find("Listening on http://") {
            break e[at + "Listening on ".len()..]
                .split_whitespace()
                .next()
                .unwrap()
                .to_string();
        }
        assert!(start.elapsed() < Duration::from_secs(10), "{e}");
        std::thread::sleep(Duration::from_millis(20));
    };
    let addr = url.trim_start_matches("http://").to_string();
    let mut held = Vec::new();
    let sock: std::net::SocketAddr = addr.parse().unwrap();
    for _ in 0..250 {
        if let Ok(mut s) = std::net::TcpStream::connect_timeout(&sock, Duration::from_millis(200)) {
            let _ = s.write_all(b"POST / HTTP/1.1\r\nHost: x\r\n");
            held.push(s);
        }
    }
    let (code, _, err) = send_test(&w, &url, "flag-created", &["--timeout", "5"]);
    if code != 0 {
        let _ = child.kill();
    }
    assert_eq!(code, 0, "a real delivery got in: {err}");
    // Too large: 413, said on stderr.
    let big = w.home().join("big.json");
    std::fs::write(
        &big,
        format!(
            "{{\"event\":\"Flag.created\",\"pad\":\"{}\"}}",
            "x".repeat(3 << 20)
        ),
    )
    .unwrap();
    let (code, out, _) = send_test(
        &w,
        &url,
        "flag-created",
        &["--data", big.to_str().unwrap(), "-o", "json"],
    );
    assert_eq!(code, 5);
    assert_eq!(json(&out)["status"], 413);
    // A body that never comes: 408 after the read timeout, said too.
    let mut slow = std::net::TcpStream::connect(&addr).unwrap();
    slow.write_all(b"POST /slow HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{")
        .unwrap();
    let start = Instant::now();
    loop {
        let e = err_buf.lock().unwrap().clone();
        if e.contains("(408)") && e.contains("(413)") {
            break;
        }
        assert!(start.elapsed() < Duration::from_secs(20), "{e}");
        std::thread::sleep(Duration::from_millis(100));
    }
    drop(held);
    let _ = child.kill();
    let _ = child.wait();
}

#[test]
fn apply_prune_and_export_leave_a_live_lease_alone() {
    let w = World::new();
    w.create("staging", "flag-removed", "https://keep.example.com");
    let mut l = Running::start(
        &w,
        &[
            "--public",
            "--tunnel",
            &stub_tunnel(),
            "--env",
            "staging",
            "--event",
            "flag-created",
        ],
        &[],
    );
    l.wait_err("Leased webhook", 1);
    let (code, file, err) = run(w.ci().args(["webhook", "export", "--env", "staging"]));
    assert_eq!(code, 0, "{err}");
    assert!(
        !file.contains("lease") && file.contains("keep.example.com"),
        "{file}"
    );
    assert!(
        err.contains("Left out 1 live `fer webhook listen` lease"),
        "{err}"
    );
    let path = w.home().join("s.toml");
    std::fs::write(&path, &file).unwrap();
    let (code, _, err) = run(w.ci().args([
        "webhook",
        "apply",
        "-f",
        path.to_str().unwrap(),
        "--prune",
        "--check",
    ]));
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("Leaving 1 live"), "{err}");
    assert_eq!(leases(&w, "staging").len(), 1);
    l.signal("-INT");
    l.wait();
}

#[test]
fn the_sandbox_delivers_real_events_through_a_public_listener() {
    let w = World::new();
    let data = ("XDG_DATA_HOME", w.home().join("data").display().to_string());
    let sandbox = |args: &[&str]| {
        let mut c = w.fer();
        c.env(data.0, &data.1).args(args);
        run(&mut c)
    };
    sandbox(&["sandbox", "reset"]);
    let mut l = Running::start(
        &w,
        &[
            "--sandbox",
            "--public",
            "--tunnel",
            &stub_tunnel(),
            "--env",
            "staging",
            "--event",
            "account-access-granted",
        ],
        std::slice::from_ref(&data),
    );
    l.wait_err("Leased webhook", 1);
    let (code, out, err) = sandbox(&[
        "sandbox",
        "trigger",
        "account-access-granted",
        "--env",
        "staging",
    ]);
    assert_eq!(code, 0, "{out}{err}");
    l.wait_out("Account.access.granted");
    l.signal("-INT");
    let (code, _, err) = l.wait();
    assert_eq!(code, 0, "{err}");
    let (_, listed, _) = sandbox(&[
        "--sandbox",
        "webhook",
        "list",
        "--env",
        "staging",
        "-o",
        "json",
    ]);
    assert!(
        !listed.contains("fer webhook listen lease"),
        "the lease is gone from the sandbox: {listed}"
    );
}
