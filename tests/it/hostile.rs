//! A hostile API, receiver, terminal and file system: what fer guarantees
//! (README, "Security") holds against each.

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
    assert!(err.contains("without a usable id"), "{err}");
    assert!(err.contains("nothing was changed"), "{err}");
    let deleted = deleted.lock().unwrap().clone();
    assert_eq!(
        deleted,
        Vec::<String>::new(),
        "an account fer cannot fully address is not changed: a create could duplicate an unaddressable webhook"
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
