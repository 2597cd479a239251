//! Hostile input, round two: secrets echoed and cut, proxies, deadlines,
//! token keys, passwords in URLs, secret commands, files that are not
//! files, loose modes, invisible characters, the terminal after a cancel.

use std::time::{Duration, Instant};

use serde_json::json;

use crate::common::*;
use fer_hub::{EnvSeed, HookSeed, Options};

/// fer against a stub for both the API and the auth server.
fn against(w: &World, stub: &Stub) -> assert_cmd::Command {
    let mut c = w.fer();
    c.env("FER_API_URL", format!("{}/v1", stub.url()))
        .env("FER_AUTH_URL", format!("{}/auth", stub.url()))
        .env("FER_ACCOUNT_ID", "acc-local")
        .env("FER_CLIENT_ID", "client");
    c
}

#[test]
fn a_secret_echoed_in_a_long_error_is_not_shown_even_cut() {
    let secret = "0123456789abcdefghijklmnopqrstuvwxyz";
    let w = World::new();
    for body in [
        json!({"error": "invalid_client", "error_description":
            format!("{} the client secret {secret} is not valid for this account", "x".repeat(450))}),
        json!(format!("{}{secret}", "y".repeat(90))),
    ] {
        let stub = Stub::start(move |_| Reply::json(401, body.clone()));
        for extra in [&[][..], &["-o", "json"][..]] {
            let (code, _, err) = run(against(&w, &stub)
                .env("FER_CLIENT_SECRET", secret)
                .args(extra)
                .args(["env", "list"]));
            assert_eq!(code, 4, "{err}");
            assert!(
                !err.contains(&secret[..8]),
                "a piece of the secret shows: {err}"
            );
        }
    }
}

#[test]
fn loopback_never_goes_through_a_proxy_and_a_proxy_is_named() {
    let proxy = Stub::start(|_| Reply::raw(502, b"proxy says no"));
    let w = World::new();
    let l = Listener::start(&w, &["--max-events", "1"]);
    let via = |c: &mut assert_cmd::Command| {
        c.env("HTTP_PROXY", proxy.url())
            .env("HTTPS_PROXY", proxy.url())
            .env("http_proxy", proxy.url());
    };
    let mut c = w.fer();
    via(&mut c);
    let (code, out, err) = run(c.args([
        "webhook",
        "test",
        "--url",
        &l.url,
        "--event",
        "flag-created",
        "-o",
        "json",
    ]));
    assert_eq!(code, 0, "{err}");
    assert_eq!(json(&out)["status"], 200);
    l.wait();
    // The sandbox's token request (with its secret) stays on this machine.
    let mut c = w.fer();
    via(&mut c);
    c.env("XDG_DATA_HOME", w.home().join("data"));
    let (code, _, err) = run(c.args(["--sandbox", "env", "list"]));
    assert_eq!(code, 0, "{err}");
    // The API on loopback, too.
    let mut c = w.ci();
    via(&mut c);
    let (code, _, err) = run(c.args(["env", "list"]));
    assert_eq!(code, 0, "{err}");
    assert!(proxy.requests().is_empty(), "{:?}", proxy.requests());
    // A host elsewhere goes through the proxy, and the error says so.
    let mut c = w.fer();
    via(&mut c);
    let (code, _, err) = run(c.args([
        "webhook",
        "test",
        "--url",
        "http://hooks.invalid/x",
        "--event",
        "flag-created",
    ]));
    assert_eq!(code, 5, "{err}");
    assert!(
        err.contains(&format!("through the proxy {}", proxy.url())),
        "{err}"
    );
    assert_eq!(proxy.requests().len(), 1);
}

#[test]
fn one_deadline_bounds_a_request_retries_included() {
    let silent = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = silent.local_addr().unwrap();
    let held = std::thread::spawn(move || {
        let mut conns = Vec::new();
        for c in silent.incoming().take(4) {
            conns.push(c);
        }
        std::thread::sleep(Duration::from_secs(8));
    });
    let w = World::new();
    let start = Instant::now();
    let (code, _, err) = run(w
        .fer()
        .env("FER_API_URL", format!("http://{addr}/v1"))
        .env("FER_AUTH_URL", format!("http://{addr}/auth"))
        .env("FER_ACCOUNT_ID", "a")
        .env("FER_CLIENT_ID", "c")
        .env("FER_CLIENT_SECRET", "s")
        .env("FER_HTTP_TIMEOUT", "2")
        .args(["env", "list"]));
    let took = start.elapsed();
    assert_eq!(code, 1, "{err}");
    assert!(took < Duration::from_millis(3500), "{took:?}: {err}");
    assert!(err.contains("in all (FER_HTTP_TIMEOUT)"), "{err}");
    drop(held);
    // -v says each wait as it starts.
    let n = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let seen = n.clone();
    let stub = Stub::start(move |req| {
        if req.path.contains("/token") {
            return token_reply();
        }
        if seen.fetch_add(1, std::sync::atomic::Ordering::SeqCst) == 0 {
            return Reply::json(429, json!({})).header("retry-after", "1");
        }
        Reply::json(200, json!({"items": [], "total_count": 0}))
    });
    let (code, _, err) = run(against(&w, &stub)
        .env("FER_CLIENT_SECRET", "s")
        .args(["-v", "env", "list"]));
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("429: waiting 1."), "{err}");
}

#[test]
fn logout_leaves_no_usable_token_and_a_changed_secret_is_checked() {
    let w = World::new();
    // The auth URL typed differently from how fer writes it.
    let auth = format!("{}/", w.hub.auth_url().replace("http://", "HTTP://"));
    let (code, _, err) = run(w
        .login_as(ADMIN_CLIENT_ID, ADMIN_CLIENT_SECRET)
        .env("FER_AUTH_URL", &auth));
    assert_eq!(code, 0, "{err}");
    // A wrong secret with the same account and client is not let in on the cached token.
    let (code, _, err) = run(w
        .fer()
        .env("FER_AUTH_URL", &auth)
        .env("FER_ACCOUNT_ID", w.hub.account_id())
        .env("FER_CLIENT_ID", ADMIN_CLIENT_ID)
        .env("FER_CLIENT_SECRET", "wrong-secret")
        .args(["env", "list"]));
    assert_eq!(code, 4, "{err}");
    let (code, _, _) = run(w.fer().env("FER_AUTH_URL", &auth).args(["logout"]));
    assert_eq!(code, 0);
    let left: Vec<_> = std::fs::read_dir(w.cache_dir().join("tokens"))
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    assert!(left.is_empty(), "tokens left after logout: {left:?}");
}

#[test]
fn passwords_in_webhook_urls_are_masked_for_people_and_exact_in_data() {
    let w = World::with(Options {
        environments: vec![EnvSeed {
            webhooks: vec![HookSeed {
                raw: Some(
                    json!({"id": "wh-p", "event": "Flag.created", "url": "http://relay:hunter22@127.0.0.1:1/in"}),
                ),
                ..HookSeed::default()
            }],
            ..EnvSeed::new("production", true)
        }],
        ..Options::default()
    });
    let (_, out, _) = run(w.ci().args(["webhook", "list"]));
    assert!(out.contains("relay:***@127.0.0.1"), "{out}");
    assert!(!out.contains("hunter22"), "{out}");
    let (_, out, _) = run(w.ci().args(["webhook", "get", "wh-p"]));
    assert!(!out.contains("hunter22"), "{out}");
    let (_, out, _) = run(w.ci().args(["webhook", "list", "-o", "json"]));
    assert_eq!(json(&out)[0]["url"], "http://relay:hunter22@127.0.0.1:1/in");
    let (code, out, err) = run(w.ci().args(["webhook", "test", "wh-p"]));
    assert_eq!(code, 5);
    assert!(
        !err.contains("hunter22") && !out.contains("hunter22"),
        "{out}{err}"
    );
    let (code, out, err) = run(w.ci().args(["webhook", "test", "--all"]));
    assert_eq!(code, 5);
    assert!(
        !err.contains("hunter22") && !out.contains("hunter22"),
        "{out}{err}"
    );
    let (_, file, _) = run(w.ci().args(["webhook", "export"]));
    assert!(file.contains("hunter22"), "export is data: {file}");
}

fn login_with_command(w: &World, cmd: &str, extra: &[(&str, &str)]) -> (i32, String, String) {
    let mut c = w.fer();
    for (k, v) in extra {
        c.env(k, v);
    }
    run(c.args([
        "login",
        "--account-id",
        &w.hub.account_id(),
        "--client-id",
        ADMIN_CLIENT_ID,
        "--secret-command",
        cmd,
    ]))
}

#[test]
fn a_secret_command_gives_its_first_line_within_bounds() {
    let w = World::new();
    // `pass show` prints the secret, then notes.
    let (code, _, err) = login_with_command(
        &w,
        &format!("printf '{ADMIN_CLIENT_SECRET}\\nuser: ops\\nurl: x\\n'"),
        &[],
    );
    assert_eq!(code, 0, "{err}");
    let w = World::new();
    let (code, _, err) =
        login_with_command(&w, &format!("printf '{ADMIN_CLIENT_SECRET}\\000x'"), &[]);
    assert_eq!(code, 4, "{err}");
    assert!(err.contains("NUL"), "{err}");
    let (code, _, err) = login_with_command(&w, "head -c 50000000 /dev/zero | tr '\\0' a", &[]);
    assert_eq!(code, 4, "{err}");
    assert!(err.contains("more than 64 KiB"), "{err}");
    let start = Instant::now();
    let (code, _, err) = login_with_command(
        &w,
        "echo 'asking the vault' >&2; sleep 30; echo secret",
        &[("FER_SECRET_COMMAND_TIMEOUT", "1")],
    );
    assert_eq!(code, 4, "{err}");
    assert!(
        start.elapsed() < Duration::from_secs(5),
        "{:?}",
        start.elapsed()
    );
    assert!(
        err.contains("no answer within 1 s") && err.contains("asking the vault"),
        "{err}"
    );
    assert!(
        !err.contains("sleep 30"),
        "the command is named by its program only: {err}"
    );
}

#[test]
fn files_that_are_not_regular_files_are_refused_not_read() {
    let w = World::new();
    let fifo = w.home().join("config.fifo");
    assert!(std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    let start = Instant::now();
    // Bounded: a FIFO opened for reading would block for ever.
    let t = Duration::from_secs(10);
    let (code, _, err) = run(w
        .fer()
        .timeout(t)
        .env("FER_CONFIG", &fifo)
        .args(["events", "list"]));
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = run(w
        .fer()
        .timeout(t)
        .env("FER_CONFIG", &fifo)
        .args(["env", "list"]));
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("not a regular file (a FIFO)"), "{err}");
    assert!(start.elapsed() < Duration::from_secs(5));
    for path in ["/dev/zero", fifo.to_str().unwrap()] {
        let (code, _, err) = run(w
            .ci()
            .timeout(t)
            .args(["webhook", "apply", "-f", path, "--check"]));
        assert_eq!(code, 2, "{path}: {err}");
        assert!(err.contains("not a regular file"), "{err}");
    }
}

#[test]
fn a_token_file_others_can_read_is_repaired() {
    use std::os::unix::fs::PermissionsExt;
    let w = World::new();
    w.login();
    let dir = w.cache_dir().join("tokens");
    let file = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .next()
        .unwrap()
        .path();
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o777)).unwrap();
    let (code, _, err) = run(w.fer().args(["env", "list"]));
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("mode is now 0600"), "{err}");
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!((mode(&file), mode(&dir)), (0o600, 0o700));
}

#[test]
fn invisible_characters_are_refused_and_lookalike_hosts_shown_as_punycode() {
    let w = World::new();
    for c in ['\u{200b}', '\u{00ad}', '\u{2060}', '\u{feff}'] {
        let (code, _, err) = run(w.ci().args([
            "webhook",
            "create",
            "--env",
            "production",
            "--event",
            "flag-created",
            "--url",
            &format!("https://hooks.example.com/a{c}b"),
        ]));
        assert_eq!(code, 2, "{c:?}: {err}");
        assert!(err.contains("invisible"), "{err}");
    }
    assert!(w.writes().is_empty());
    // A Cyrillic "о" in the host.
    let (code, _, err) = run(w.ci().args([
        "webhook",
        "create",
        "--env",
        "production",
        "--event",
        "flag-created",
        "--url",
        "https://h\u{043e}oks.example.com/x",
    ]));
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("xn--") && err.contains("lookalike"), "{err}");
    let (_, out, _) = run(w.ci().args(["webhook", "list", "--env", "production"]));
    assert!(out.contains("https://xn--"), "{out}");
    assert!(!out.contains('\u{043e}'), "{out}");
}
