//! A hostile API, receiver, terminal and file system: what fer guarantees
//! (README, "Security") holds against each.

use std::process::Stdio;
use std::time::{Duration, Instant};

use crate::common::*;
use serde_json::{json, Value};

/// What must never reach a terminal raw: ESC, BEL, CR, C1 CSI, bidi override.
fn assert_clean(text: &str, what: &str) {
    for bad in ['\x1b', '\x07', '\r', '\u{9b}', '\u{202e}', '\u{2066}'] {
        assert!(!text.contains(bad), "{what} holds {bad:?} raw: {text:?}");
    }
}

const EVIL: &str =
    "Slack\x1b[2J\x1b]52;c;ZXZpbA==\x07\rwh-legit  production\u{202e}txt.exe\u{9b}31m";

/// An API with one environment and one webhook whose every field is hostile.
fn evil_api() -> Stub {
    Stub::start(|req| {
        if req.path.contains("/token") {
            return token_reply();
        }
        let p = req.path.split('?').next().unwrap_or("");
        if p.ends_with("/account_environments") {
            return Reply::json(
                200,
                json!({"total_count": 1, "items": [{"id": "env-1", "environment": format!("prod{EVIL}")}]}),
            );
        }
        if p.ends_with("/webhooks") && req.method == "GET" {
            return Reply::json(
                200,
                json!({"total_count": 1, "items": [{
                    "id": format!("wh-1{EVIL}"), "account_environment_id": "env-1",
                    "event": format!("Flag.created{EVIL}"), "url": format!("https://x.example.com/{EVIL}"),
                    "description": EVIL, "created_at": EVIL, "created_by": EVIL,
                }]}),
            );
        }
        Reply::json(400, json!({"message": format!("rejected: {EVIL}")}))
    })
}

fn against(w: &World, stub: &Stub) -> assert_cmd::Command {
    let mut c = w.ci();
    c.env("FER_API_URL", stub.url())
        .env("FER_AUTH_URL", stub.url());
    c
}

#[test]
fn network_text_is_shown_with_its_controls_made_visible() {
    let w = World::new();
    let stub = evil_api();
    for args in [
        &["webhook", "list", "--env", "env-1"][..],
        &["webhook", "list", "--all-envs"][..],
        &["webhook", "get", "wh-1x", "--env", "env-1"][..],
        &["env", "list"][..],
        &["webhook", "export", "--all-envs"][..],
    ] {
        let (_, out, err) = run(against(&w, &stub).args(args));
        assert_clean(&out, &format!("stdout of {args:?}"));
        assert_clean(&err, &format!("stderr of {args:?}"));
    }
    let (code, out, _) = run(against(&w, &stub).args(["webhook", "list", "--env", "env-1"]));
    assert_eq!(code, 0);
    assert!(out.contains("^[[2J") && out.contains("<U+202E>"), "{out}");
    assert_eq!(out.lines().count(), 2, "one header, one row: {out}");

    // An error message from the server.
    let (code, _, err) = run(against(&w, &stub).args([
        "webhook",
        "update",
        "wh-1",
        "--env",
        "env-1",
        "--description",
        "x",
    ]));
    assert_eq!(code, 2, "{err}");
    assert_clean(&err, "error");
    assert!(err.contains("^[]52;"), "{err}");

    // -o json keeps every value exact.
    let (_, out, _) =
        run(against(&w, &stub).args(["webhook", "list", "--env", "env-1", "-o", "json"]));
    assert_eq!(json(&out)[0]["description"], EVIL);
}

#[test]
fn a_receivers_answer_is_shown_with_its_controls_made_visible() {
    let w = World::new();
    let receiver = Stub::start(|_| Reply::raw(500, format!("oops{EVIL}").as_bytes()));
    let (code, out, err) = run(w.fer().args([
        "webhook",
        "test",
        "--url",
        &receiver.url(),
        "--event",
        "flag-created",
    ]));
    assert_eq!(code, 5, "{err}");
    assert_clean(&out, "stdout");
    assert_clean(&err, "stderr");
    assert!(out.contains("oops"), "{out}");
}

#[test]
fn control_characters_are_refused_in_urls_and_descriptions() {
    let w = World::new();
    for (flag, value) in [
        ("--description", "Slack\x1b]52;c;eA==\x07"),
        ("--description", "a\rb"),
        ("--description", "evil\u{202e}txt"),
        ("--url", "https://x.example.com/\x1b[2J"),
    ] {
        let mut args = vec![
            "webhook",
            "create",
            "--env",
            "production",
            "--event",
            "flag-created",
            "--url",
            "https://ok.example.com",
        ];
        args.extend([flag, value]);
        let (code, _, err) = run(w.ci().args(&args));
        assert_eq!(code, 2, "{flag} {value:?}: {err}");
        assert_clean(&err, "error");
    }
    let path = w.home().join("hooks.toml");
    std::fs::write(
        &path,
        "[[webhook]]\nenvironment = \"production\"\nevent = \"Flag.created\"\nurl = \"https://x.example.com\"\ndescription = \"a\\u001bb\"\n",
    )
    .unwrap();
    let (code, _, err) = run(w
        .ci()
        .args(["webhook", "apply", "-f", path.to_str().unwrap()]));
    assert_eq!(code, 2, "{err}");
    assert!(w.writes().is_empty(), "nothing sent: {:?}", w.writes());
    assert!(w.hub.webhooks("production").is_empty());
}

#[test]
fn dot_ids_from_the_command_line_are_refused_before_any_request() {
    let w = World::new();
    w.create("production", "flag-created", "https://x.example.com");
    w.hub.clear_log();
    for args in [
        &["webhook", "delete", "..", "--env", "production", "--yes"][..],
        &["webhook", "delete", ".", "--env", "production", "--yes"][..],
        &["webhook", "get", "..", "--env", "production"][..],
        &[
            "webhook",
            "update",
            ".",
            "--env",
            "production",
            "--description",
            "x",
        ][..],
        &["webhook", "test", "..", "--env", "production"][..],
        &["webhook", "delete", "", "--yes"][..],
    ] {
        let (code, _, err) = run(w.ci().args(args));
        assert_eq!(code, 2, "{args:?}: {err}");
    }
    assert!(w.hub.log().is_empty(), "{:?}", w.hub.log());
    assert_eq!(w.hub.webhooks("production").len(), 1);
    assert_eq!(w.hub.environments().len(), 2);
}

#[test]
fn unusable_ids_from_the_server_are_reported_and_skipped() {
    let w = World::new();
    // An environment whose id is "..": nothing is sent under it.
    let stub = Stub::start(|req| {
        if req.path.contains("/token") {
            return token_reply();
        }
        let p = req.path.split('?').next().unwrap_or("");
        if p.ends_with("/account_environments") {
            return Reply::json(
                200,
                json!({"total_count": 1, "items": [{"id": "..", "environment": "weird"}]}),
            );
        }
        Reply::json(200, json!({"total_count": 0, "items": []}))
    });
    let (code, _, err) = run(against(&w, &stub).args(["webhook", "list", "--env", "weird"]));
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("'..'"), "{err}");
    assert!(
        stub.requests()
            .iter()
            .all(|r| !r.path.contains("/webhooks") && !r.path.ends_with("/accounts/acc-local")),
        "{:?}",
        stub.requests()
    );

    // apply --prune over webhooks whose ids are ".", "..", "", missing and a number.
    let deleted = std::sync::Arc::new(std::sync::Mutex::new(Vec::<String>::new()));
    let seen = deleted.clone();
    let stub = Stub::start(move |req| {
        if req.path.contains("/token") {
            return token_reply();
        }
        let p = req.path.split('?').next().unwrap_or("").to_string();
        if req.method == "DELETE" {
            seen.lock().unwrap().push(p);
            return Reply::raw(204, b"");
        }
        if p.ends_with("/account_environments") {
            return Reply::json(
                200,
                json!({"total_count": 1, "items": [{"id": "env-1", "environment": "production"}]}),
            );
        }
        let hook = |id: Value, n: u32| {
            json!({"id": id, "account_environment_id": "env-1",
            "event": "Flag.created", "url": format!("https://x.example.com/{n}")})
        };
        let mut items: Vec<Value> = vec![
            hook(json!("."), 1),
            hook(json!(".."), 2),
            hook(json!(""), 3),
            hook(json!(7), 4),
        ];
        items.push(json!({"account_environment_id": "env-1", "event": "Flag.created", "url": "https://x.example.com/5"}));
        Reply::json(200, json!({"total_count": items.len(), "items": items}))
    });
    let path = w.home().join("empty.toml");
    std::fs::write(
        &path,
        "[[webhook]]\nenvironment = \"production\"\nevent = \"Flag.created\"\nurl = \"https://x.example.com/1\"\n",
    )
    .unwrap();
    let (code, _, err) =
        run(against(&w, &stub).args(["webhook", "apply", "-f", path.to_str().unwrap(), "--prune"]));
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("unusable id"), "{err}");
    let deleted = deleted.lock().unwrap().clone();
    assert_eq!(
        deleted,
        vec!["/accounts/acc-local/account_environments/env-1/webhooks/7".to_string()],
        "only the webhook with a usable id"
    );
}

#[test]
fn the_token_request_follows_no_redirect() {
    let w = World::new();
    let thief = Stub::start(|_| token_reply());
    let target = thief.url();
    let auth =
        Stub::start(move |_| Reply::raw(307, b"").header("location", &format!("{target}/steal")));
    let (code, _, err) = run(w.ci().env("FER_AUTH_URL", auth.url()).args(["env", "list"]));
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("redirect"), "{err}");
    assert!(thief.requests().is_empty(), "the secret went elsewhere");
    assert_eq!(auth.requests().len(), 1);
}

#[test]
fn api_requests_follow_no_redirect_to_another_origin() {
    let w = World::new();
    let other = Stub::start(|_| Reply::json(200, json!({"total_count": 0, "items": []})));
    let target = other.url();
    let api = Stub::start(move |req| {
        if req.path.contains("/token") {
            return token_reply();
        }
        Reply::raw(307, b"").header("location", &format!("{target}{}", req.path))
    });
    let (code, _, err) = run(against(&w, &api).args(["env", "list"]));
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("redirect") && err.contains("--api-url"),
        "{err}"
    );
    assert!(other.requests().is_empty(), "the token went elsewhere");
}

#[test]
fn a_secret_echoed_by_a_server_is_never_printed() {
    let w = World::new();
    let secret = "s3cret-value-xyz";
    // The auth server echoes the request body, as JSON and as text.
    for as_json in [true, false] {
        let auth = Stub::start(move |req| {
            let body = String::from_utf8_lossy(&req.body).into_owned();
            if as_json {
                Reply::json(
                    400,
                    json!({"error": "invalid_client", "error_description": format!("bad request {body}")}),
                )
            } else {
                Reply::raw(401, format!("refused: {body}").as_bytes())
            }
        });
        let (code, out, err) = run(w
            .fer()
            .env("FER_ACCOUNT_ID", "acc")
            .env("FER_CLIENT_ID", "cid")
            .env("FER_CLIENT_SECRET", secret)
            .env("FER_AUTH_URL", auth.url())
            .args(["env", "list", "-v"]));
        assert_eq!(code, 4, "{err}");
        assert!(!out.contains(secret) && !err.contains(secret), "{err}");
        assert!(err.contains("***"), "{err}");
    }
    // A token echoed in an error is not shown either.
    let api = Stub::start(|req| {
        if req.path.contains("/token") {
            return Reply::json(
                200,
                json!({"access_token": "tok-very-secret-1", "expires_in": 60}),
            );
        }
        let auth = req.header("authorization").unwrap_or("").to_string();
        Reply::json(500, json!({"message": format!("boom, you sent {auth}")}))
    });
    let (code, _, err) = run(against(&w, &api).args(["env", "list", "-o", "json"]));
    assert_eq!(code, 1);
    assert!(!err.contains("tok-very-secret-1"), "{err}");
    // A password in a base URL, in -v lines and hints.
    let (_, _, err) = run(w.ci().args([
        "env",
        "list",
        "-v",
        "--api-url",
        "http://user:hunter22@127.0.0.1:9/v1",
    ]));
    assert!(!err.contains("hunter22"), "{err}");
}

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
    let config: toml::Value =
        toml::from_str(&std::fs::read_to_string(w.config_path()).unwrap()).unwrap();
    let profiles = config["profiles"].as_table().unwrap();
    assert_eq!(
        profiles.len(),
        20,
        "{:?}",
        profiles.keys().collect::<Vec<_>>()
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
fn a_plain_http_auth_url_to_another_host_warns() {
    let w = World::new();
    // 0.0.0.0 is not a loopback address, yet it reaches this machine.
    let auth = format!("http://0.0.0.0:{}/auth", w.hub.addr.port());
    let (code, _, err) = run(w.ci().env("FER_AUTH_URL", &auth).args(["env", "list"]));
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("plain http") && err.contains("secret"),
        "{err}"
    );
    let (_, _, err) = run(w.ci().args(["env", "list"]));
    assert!(!err.contains("plain http"), "loopback is fine: {err}");
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
