//! The sandbox built into fer, end to end: no login, persistence between
//! processes, concurrency, trigger, reset, status, and no request to any
//! other URL.

use std::process::Stdio;

use crate::common::*;
use serde_json::Value;

/// `fer --sandbox …` with nothing else set up: no credentials, no config,
/// and API URLs that would catch any request sent to them.
fn sandbox(w: &World, catch: &Stub) -> assert_cmd::Command {
    let mut c = w.fer();
    c.env("XDG_DATA_HOME", w.home().join("data"))
        .env("FER_API_URL", catch.url())
        .env("FER_AUTH_URL", catch.url())
        .env("FER_SANDBOX", "1");
    c
}

fn catcher() -> Stub {
    Stub::start(|_| Reply::raw(500, b"the sandbox must not call me"))
}

fn state(w: &World) -> Value {
    json(&std::fs::read_to_string(w.home().join("data/fer/sandbox.json")).unwrap())
}

fn webhook_count(w: &World) -> usize {
    state(w)["environments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["webhooks"].as_array().unwrap().len())
        .sum()
}

#[test]
fn the_sandbox_needs_no_login_and_reads_no_config() {
    let w = World::new();
    let catch = catcher();
    // A config that would fail any command that read it.
    std::fs::create_dir_all(w.config_path().parent().unwrap()).unwrap();
    std::fs::write(w.config_path(), "[profiles.default\n").unwrap();
    let (code, out, err) =
        run(sandbox(&w, &catch).args(["webhook", "list", "--all-envs", "-o", "json"]));
    assert_eq!(code, 0, "{err}");
    let hooks = json(&out);
    assert!(hooks.as_array().unwrap().len() >= 3, "seeded: {hooks}");
    assert!(hooks[0]["url"]
        .as_str()
        .unwrap()
        .starts_with("http://127.0.0.1:8787/"));
    assert_eq!(
        std::fs::read_to_string(w.config_path()).unwrap(),
        "[profiles.default\n"
    );
    assert!(!w.cache_dir().exists(), "no cache written");
    assert!(catch.requests().is_empty(), "{:?}", catch.requests());
    // --sandbox works as a flag too, and login is refused.
    let mut c = w.fer();
    c.env("XDG_DATA_HOME", w.home().join("data"));
    let (code, out, _) = run(c.args(["--sandbox", "env", "list", "-q"]));
    assert_eq!(code, 0);
    assert_eq!(out.lines().count(), 2);
    let (code, _, err) = run(sandbox(&w, &catch).args(["login", "--account-id", "a"]));
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("sandbox"), "{err}");
}

#[test]
fn not_logged_in_hints_at_the_sandbox() {
    let w = World::new();
    let (code, _, err) = run(w.fer().args(["webhook", "list"]));
    assert_eq!(code, 4);
    assert!(err.contains("--sandbox"), "{err}");
}

#[test]
fn changes_persist_between_processes_and_are_announced() {
    let w = World::new();
    let catch = catcher();
    let (code, id, err) = run(sandbox(&w, &catch).args([
        "webhook",
        "create",
        "--env",
        "staging",
        "--event",
        "flag-created",
        "--url",
        "http://127.0.0.1:9/mine",
        "-q",
    ]));
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("Changed the sandbox"), "{err}");
    let id = id.trim().to_string();
    let (code, out, err) = run(sandbox(&w, &catch).args(["webhook", "get", &id, "-o", "json"]));
    assert_eq!(code, 0, "{err}");
    assert_eq!(json(&out)["url"], "http://127.0.0.1:9/mine");
    assert!(!err.contains("Changed"), "a read changes nothing: {err}");
    let (code, _, err) = run(sandbox(&w, &catch).args(["webhook", "delete", &id, "--yes"]));
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("Changed the sandbox"), "{err}");
    let (code, _, _) = run(sandbox(&w, &catch).args(["webhook", "get", &id]));
    assert_eq!(code, 3);
    assert!(catch.requests().is_empty());
}

#[test]
fn ten_concurrent_creates_are_all_kept() {
    let w = World::new();
    let catch = catcher();
    run(sandbox(&w, &catch).args(["env", "list"]));
    let before = webhook_count(&w);
    let children: Vec<_> = (0..10)
        .map(|i| {
            let mut p = w.process();
            p.env("XDG_DATA_HOME", w.home().join("data"))
                .env("FER_API_URL", catch.url())
                .env("FER_SANDBOX", "1")
                .args([
                    "webhook",
                    "create",
                    "--env",
                    "production",
                    "--event",
                    "flag-removed",
                    "--url",
                    &format!("http://127.0.0.1:9/{i}"),
                ])
                .stdout(Stdio::null())
                .stderr(Stdio::piped());
            p.spawn().unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert_eq!(webhook_count(&w), before + 10);
}

#[test]
fn trigger_delivers_to_a_local_receiver_and_reports_each_attempt() {
    let w = World::new();
    let catch = catcher();
    let receiver = Stub::start(|_| Reply::raw(200, b"ok"));
    let (code, _, err) = run(sandbox(&w, &catch).args([
        "webhook",
        "create",
        "--env",
        "staging",
        "--event",
        "campaign-status-changed",
        "--url",
        &format!("{}/hook", receiver.url()),
    ]));
    assert_eq!(code, 0, "{err}");
    let (code, out, err) = run(sandbox(&w, &catch).args([
        "sandbox",
        "trigger",
        "campaign-status-changed",
        "--env",
        "staging",
        "--set",
        "campaign_status=paused",
    ]));
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("200") && out.contains("/hook"), "{out}");
    let got = receiver.requests();
    assert_eq!(got.len(), 1);
    let body = json(&String::from_utf8_lossy(&got[0].body));
    assert_eq!(body["event"], "Campaign.status.changed");
    assert_eq!(body["campaign_status"], "paused");
    assert_eq!(body["account_id"], "acc-sandbox");
    // A receiver that is not there: the attempt is shown, exit 5.
    let (code, out, err) =
        run(sandbox(&w, &catch).args(["sandbox", "trigger", "flag-removed", "-o", "json"]));
    assert_eq!(code, 5, "{err}");
    assert!(
        json(&out)
            .as_array()
            .unwrap()
            .iter()
            .all(|d| d["error"].is_string()),
        "{out}"
    );
    assert!(catch.requests().is_empty());
}

#[test]
fn reset_and_status() {
    let w = World::new();
    let catch = catcher();
    run(sandbox(&w, &catch).args([
        "webhook",
        "create",
        "--env",
        "production",
        "--event",
        "flag-removed",
        "--url",
        "http://127.0.0.1:9/x",
    ]));
    let (code, out, _) = run(sandbox(&w, &catch).args(["sandbox", "status", "-o", "json"]));
    assert_eq!(code, 0);
    let status = json(&out);
    assert_eq!(status["webhooks"], 4);
    assert!(status["state"]
        .as_str()
        .unwrap()
        .ends_with("fer/sandbox.json"));
    let (code, _, err) = run(sandbox(&w, &catch).args(["sandbox", "reset"]));
    assert_eq!(code, 0, "{err}");
    let (_, out, _) = run(sandbox(&w, &catch).args(["sandbox", "status", "-o", "json"]));
    assert_eq!(json(&out)["webhooks"], 3, "seeded afresh");
}

#[test]
fn listen_in_the_sandbox_does_not_hold_it() {
    let w = World::new();
    let catch = catcher();
    let mut p = w.process();
    p.env("XDG_DATA_HOME", w.home().join("data"))
        .env("FER_SANDBOX", "1")
        .args(["webhook", "listen", "--port", "0", "--max-events", "1"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = p.spawn().unwrap();
    let mut err = std::io::BufReader::new(child.stderr.take().unwrap());
    let mut first = String::new();
    std::io::BufRead::read_line(&mut err, &mut first).unwrap();
    let url = first
        .split_whitespace()
        .find(|w| w.starts_with("http://127.0.0.1:"))
        .unwrap()
        .to_string();
    // While it listens, the sandbox is free: a create and a trigger go
    // through. (A lock held by listen would keep them waiting: coreutils'
    // timeout cuts that short.)
    let within = |args: &[&str]| {
        let mut c = std::process::Command::new("timeout");
        c.arg("20")
            .arg(assert_cmd::cargo::cargo_bin("fer"))
            .args(args);
        c.env_clear();
        for (k, v) in w.process().get_envs() {
            if let Some(v) = v {
                c.env(k, v);
            }
        }
        c.env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("XDG_DATA_HOME", w.home().join("data"))
            .env("FER_API_URL", catch.url())
            .env("FER_SANDBOX", "1")
            .stdin(Stdio::null());
        let out = c.output().unwrap();
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let (code, _, err) = within(&[
        "webhook",
        "create",
        "--env",
        "production",
        "--event",
        "flag-removed",
        "--url",
        &url,
    ]);
    if code != 0 {
        let _ = child.kill();
    }
    assert_eq!(code, 0, "{err}");
    let (code, out, err) = within(&["sandbox", "trigger", "flag-removed", "--env", "production"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("200"), "{out}");
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("Flag.removed"));
}
