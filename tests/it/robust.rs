//! fer under pressure from its own surroundings: concurrent processes, a
//! closed pipe, absurd values, a failed create mid-apply, a half-sent
//! request (README, "Security").

use std::process::Stdio;
use std::time::{Duration, Instant};

use crate::common::*;

#[test]
fn twenty_concurrent_logins_keep_every_profile() {
    let w = World::new();
    let children: Vec<_> = (0..20)
        .map(|i| {
            let mut c = w.process();
            c.args([
                "login",
                "--profile",
                &format!("p{i}"),
                "--account-id",
                &w.hub.account_id(),
                "--client-id",
                ADMIN_CLIENT_ID,
                "--client-secret-stdin",
            ])
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
            let mut child = c.spawn().unwrap();
            use std::io::Write;
            child
                .stdin
                .take()
                .unwrap()
                .write_all(format!("{ADMIN_CLIENT_SECRET}\n").as_bytes())
                .unwrap();
            child
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
    let config: toml_edit::DocumentMut = std::fs::read_to_string(w.config_path())
        .unwrap()
        .parse()
        .unwrap();
    let profiles = config["profiles"].as_table().unwrap();
    assert_eq!(
        profiles.len(),
        20,
        "{:?}",
        profiles.iter().map(|(k, _)| k).collect::<Vec<_>>()
    );
}

/// Runs fer with stdout and stderr on a pipe nobody reads.
fn with_closed_pipe(mut c: std::process::Command) -> i32 {
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    c.stdout(writer.try_clone().unwrap())
        .stderr(writer)
        .stdin(Stdio::null());
    c.status().unwrap().code().unwrap_or(-1)
}

#[test]
fn a_closed_pipe_never_turns_work_into_silence() {
    let w = World::new();
    let path = w.home().join("hooks.toml");
    std::fs::write(
        &path,
        "[[webhook]]\nenvironment = \"production\"\nevent = \"Flag.created\"\nurl = \"https://a.example.com\"\n\n[[webhook]]\nenvironment = \"production\"\nevent = \"Flag.created\"\nurl = \"https://b.example.com\"\n",
    )
    .unwrap();
    let mut c = w.ci_process();
    c.args(["webhook", "apply", "-f", path.to_str().unwrap()]);
    assert_eq!(with_closed_pipe(c), 0);
    assert_eq!(w.hub.webhooks("production").len(), 2, "the work was done");

    // A failure is never exit 0.
    std::fs::write(
        &path,
        "[[webhook]]\nenvironment = \"production\"\nevent = \"Flag.created\"\nurl = \"https://c.example.com\"\n",
    )
    .unwrap();
    w.hub.inject_for(
        "POST",
        Fault::Status {
            status: 500,
            retry_after: None,
        },
        1,
    );
    let mut c = w.ci_process();
    c.args(["webhook", "apply", "-f", path.to_str().unwrap()]);
    assert_eq!(with_closed_pipe(c), 1);

    // A read-only command ends quietly.
    let mut c = w.ci_process();
    c.args(["webhook", "list", "--all-envs"]);
    assert_eq!(with_closed_pipe(c), 0);
}

#[test]
fn absurd_timeouts_are_usage_errors_not_panics() {
    let w = World::new();
    let (code, _, err) = run(w
        .ci()
        .env("FER_HTTP_TIMEOUT", "1e300")
        .args(["env", "list"]));
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("FER_HTTP_TIMEOUT") && err.contains("3600"),
        "{err}"
    );
    for t in ["1e20", "0", "-1", "NaN", "inf"] {
        let (code, _, err) = run(w.fer().args([
            "webhook",
            "test",
            "--url",
            "http://127.0.0.1:9/",
            "--event",
            "flag-created",
            "--timeout",
            t,
        ]));
        assert_eq!(code, 2, "{t}: {err}");
        assert!(!err.contains("panicked"), "{err}");
    }
    let (code, _, _) = run(w.fer().args(["webhook", "listen", "--respond-with", "100"]));
    assert_eq!(code, 2);
}

#[test]
fn apply_makes_the_new_webhook_before_it_removes_the_old() {
    let w = World::new();
    w.create("production", "flag-created", "https://old.example.com");
    let path = w.home().join("hooks.toml");
    std::fs::write(
        &path,
        "[[webhook]]\nenvironment = \"production\"\nevent = \"Flag.created\"\nurl = \"https://new.example.com\"\n",
    )
    .unwrap();
    // The create fails: the old webhook stays.
    w.hub.inject_for(
        "POST",
        Fault::Status {
            status: 500,
            retry_after: None,
        },
        1,
    );
    let (code, _, err) =
        run(w
            .ci()
            .args(["webhook", "apply", "-f", path.to_str().unwrap(), "--prune"]));
    assert_eq!(code, 1, "{err}");
    let urls: Vec<String> = w
        .hub
        .webhooks("production")
        .iter()
        .map(|h| h["url"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(urls, ["https://old.example.com"], "{err}");
    // Run again: the new one is made, then the old one goes.
    w.hub.clear_log();
    let (code, _, err) =
        run(w
            .ci()
            .args(["webhook", "apply", "-f", path.to_str().unwrap(), "--prune"]));
    assert_eq!(code, 0, "{err}");
    let writes: Vec<String> = w.writes().iter().map(|e| e.method.clone()).collect();
    assert_eq!(writes, ["POST", "DELETE"]);
    assert_eq!(
        w.hub.webhooks("production")[0]["url"],
        "https://new.example.com"
    );
}

#[test]
fn listen_stops_within_a_second_of_ctrl_c_with_a_half_sent_request() {
    use std::io::{BufRead, BufReader, Write};
    let w = World::new();
    let mut child = w
        .process()
        .args(["webhook", "listen", "--port", "0"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
    let first = lines.next().unwrap().unwrap();
    let addr = first
        .split_whitespace()
        .find_map(|w| w.strip_prefix("http://127.0.0.1:"))
        .unwrap()
        .to_string();
    let mut half = std::net::TcpStream::connect(format!("127.0.0.1:{addr}")).unwrap();
    half.write_all(b"POST / HTTP/1.1\r\nHost: x\r\nContent-Le")
        .unwrap();
    std::thread::sleep(Duration::from_millis(200));
    let start = Instant::now();
    std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    loop {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        if start.elapsed() > Duration::from_secs(5) {
            let _ = child.kill();
            panic!("listen still running 5 s after Ctrl-C");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(
        start.elapsed() < Duration::from_millis(2500),
        "{:?}",
        start.elapsed()
    );
    drop(half);
}
