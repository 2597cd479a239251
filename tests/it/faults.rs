//! The fault suite: concurrency, interrupted writes, unclear outcomes, broken
//! bodies, secrets, and config problems.

use std::process::Stdio;

use crate::common::*;

#[test]
fn ten_processes_at_once_with_an_empty_cache_all_succeed() {
    let w = World::new();
    let children: Vec<_> = (0..10)
        .map(|_| {
            let mut c = w.ci_process();
            c.args(["webhook", "list", "--all-envs", "-o", "json"])
                .stdout(Stdio::piped())
                .stderr(Stdio::piped());
            c.spawn().unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(
            json(&String::from_utf8_lossy(&out.stdout)),
            serde_json::json!([])
        );
    }
    let files: Vec<_> = std::fs::read_dir(w.cache_dir().join("tokens"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(
        files.len(),
        1,
        "one cache file, no temporary leftovers: {files:?}"
    );
    let cached = json(&std::fs::read_to_string(&files[0]).unwrap());
    assert!(
        cached["access_token"]
            .as_str()
            .is_some_and(|t| !t.is_empty()),
        "{cached}"
    );
    // And the file serves the next run.
    w.hub.clear_log();
    w.ci().args(["env", "list"]).assert().success();
    assert_eq!(w.token_calls(), 0);
}

#[test]
fn a_config_write_killed_before_the_rename_leaves_the_old_config() {
    let w = World::new();
    w.login();
    let before = std::fs::read(w.config_path()).unwrap();
    let (code, _, _) = run(w
        .fer()
        .env("FER_TEST_CRASH_BEFORE_RENAME", "config.toml")
        .args(["env", "use", "staging"]));
    assert_ne!(code, 0, "the process died");
    assert_eq!(
        std::fs::read(w.config_path()).unwrap(),
        before,
        "the old config is intact"
    );
    // The killed write left its temporary file; once it is old, the next
    // write clears it away (it holds the secret).
    let dir = w.config_path().parent().unwrap().to_path_buf();
    let leftovers = || -> Vec<std::path::PathBuf> {
        std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "tmp"))
            .collect()
    };
    let left = leftovers();
    assert_eq!(left.len(), 1, "{left:?}");
    let an_hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    std::fs::File::options()
        .write(true)
        .open(&left[0])
        .unwrap()
        .set_modified(an_hour_ago)
        .unwrap();
    // The next write works and the config parses.
    w.fer().args(["env", "use", "staging"]).assert().success();
    assert!(leftovers().is_empty(), "{:?}", leftovers());
    let text = std::fs::read_to_string(w.config_path()).unwrap();
    assert!(text.parse::<toml_edit::DocumentMut>().is_ok());
    assert!(text.contains(&w.env_id("staging")));
}

#[test]
fn a_rate_limited_create_waits_and_makes_one_webhook() {
    let w = World::new();
    w.ci().args(["env", "list"]).assert().success();
    // The environments are cached by `env list`: the POST is the first API call.
    w.hub.inject(
        Fault::Status {
            status: 429,
            retry_after: Some(1),
        },
        1,
    );
    let (code, _, err) = run(w.ci().args([
        "webhook",
        "create",
        "--env",
        "production",
        "--event",
        "flag-created",
        "--url",
        "https://x.example.com",
    ]));
    assert_eq!(code, 0, "{err}");
    assert_eq!(w.hub.webhooks("production").len(), 1);
}

#[test]
fn a_503_on_a_write_is_not_repeated_blindly() {
    let w = World::new();
    w.ci().args(["env", "list"]).assert().success();
    w.hub.inject_for(
        "POST",
        Fault::Status {
            status: 503,
            retry_after: None,
        },
        1,
    );
    let (code, _, err) = run(w.ci().args([
        "webhook",
        "create",
        "--env",
        "production",
        "--event",
        "flag-created",
        "--url",
        "https://x.example.com",
    ]));
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("503"), "{err}");
    let posts = w.writes().iter().filter(|e| e.method == "POST").count();
    assert_eq!(posts, 1, "a POST is not retried on 503");
}

#[test]
fn a_create_with_an_unknown_outcome_is_recovered_without_a_duplicate() {
    let w = World::new();
    w.ci().args(["env", "list"]).assert().success();
    // The POST is carried out but its answer is held back past the
    // client's timeout.
    w.hub.inject_for("POST", Fault::Hang { ms: 3000 }, 1);
    let (code, out, err) = run(w.ci().env("FER_HTTP_TIMEOUT", "1").args([
        "webhook",
        "create",
        "--env",
        "production",
        "--event",
        "flag-created",
        "--url",
        "https://x.example.com",
        "-q",
    ]));
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("no answer to the create request"), "{err}");
    let hooks = w.hub.webhooks("production");
    assert_eq!(hooks.len(), 1, "no duplicate: {hooks:?}");
    assert_eq!(
        out.trim(),
        hooks[0]["id"].as_str().unwrap(),
        "the id of the one webhook"
    );
    let posts: Vec<u16> = w
        .writes()
        .iter()
        .filter(|e| e.method == "POST")
        .map(|e| e.status)
        .collect();
    assert_eq!(
        posts,
        [201, 409],
        "the retry found the webhook the first attempt made"
    );
}

#[test]
fn broken_success_bodies_are_exit_1_with_a_readable_message() {
    let w = World::new();
    w.ci().args(["env", "list"]).assert().success();
    for (fault, text) in [
        (Fault::Garbage, "not valid JSON"),
        (Fault::Truncated, "not valid JSON"),
        (Fault::Empty, "empty body"),
    ] {
        w.hub.inject(fault.clone(), 1);
        let (code, out, err) = run(w.ci().args(["env", "list"]));
        assert_eq!(code, 1, "{fault:?}: {err}");
        assert!(out.is_empty());
        assert!(
            err.starts_with("error: ") && err.contains(text),
            "{fault:?}: {err}"
        );
        assert!(
            !err.contains("panicked") && !err.contains("RUST_BACKTRACE"),
            "{err}"
        );
    }
    // The same in JSON errors.
    w.hub.inject(Fault::Truncated, 1);
    let (code, _, err) = run(w.ci().args(["env", "list", "-o", "json"]));
    assert_eq!(code, 1);
    assert_eq!(json(err.trim())["error"]["kind"], "failure");
}

#[test]
fn secrets_and_tokens_never_reach_the_output() {
    let w = World::new();
    let mut seen = String::new();
    let mut record = |(_, out, err): (i32, String, String)| {
        seen.push_str(&out);
        seen.push_str(&err);
    };
    for verbose in [false, true] {
        let v: &[&str] = if verbose { &["-v"] } else { &[] };
        record(run(w
            .login_as(ADMIN_CLIENT_ID, ADMIN_CLIENT_SECRET)
            .args(v)));
        record(run(w
            .login_as(ADMIN_CLIENT_ID, "wrong-secret-value")
            .args(v)));
        record(run(w.fer().args(v).args(["auth", "status"])));
        record(run(w.fer().args(v).args(["auth", "status", "-o", "json"])));
        record(run(w.fer().args(v).args(["env", "list"])));
        w.hub.inject(
            Fault::Status {
                status: 401,
                retry_after: None,
            },
            2,
        );
        record(run(w.fer().args(v).args(["env", "list"])));
        w.hub.inject(
            Fault::Status {
                status: 500,
                retry_after: None,
            },
            1,
        );
        record(run(w.fer().args(v).args(["webhook", "list", "--all-envs"])));
        record(run(w.reader().args(v).args([
            "webhook",
            "create",
            "--env",
            "production",
            "--event",
            "flag-created",
            "--url",
            "https://x.example.com",
        ])));
        record(run(w
            .fer()
            .args(v)
            .env("FER_API_URL", "http://127.0.0.1:9/v1")
            .args(["env", "list"])));
        record(run(w
            .fer()
            .args(v)
            .env("FER_AUTH_URL", "http://127.0.0.1:9/auth")
            .env("FER_CLIENT_SECRET", "other-secret-value")
            .args(["env", "list"])));
    }
    let tokens = w.hub.issued_tokens();
    assert!(
        tokens.len() >= 4,
        "the runs fetched several tokens: {}",
        tokens.len()
    );
    assert!(
        seen.contains("POST ") && seen.contains("GET "),
        "the verbose runs logged requests"
    );
    for secret in [
        ADMIN_CLIENT_SECRET,
        READER_CLIENT_SECRET,
        "wrong-secret-value",
        "other-secret-value",
    ] {
        assert!(!seen.contains(secret), "{secret} was printed");
    }
    for t in tokens {
        assert!(!seen.contains(&t), "a token was printed");
    }
    assert!(
        !seen.contains("Bearer"),
        "no Authorization header is printed"
    );
}

#[test]
fn an_unreadable_config_is_an_error_that_names_the_file() {
    let w = World::new();
    // A directory where the file should be: unreadable even for root.
    std::fs::create_dir_all(w.config_path()).unwrap();
    let (code, _, err) = run(w.ci().args(["env", "list"]));
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("config file")
            && err.contains("not a regular file (a directory)")
            && err.contains(&w.config_path().display().to_string()),
        "{err}"
    );
}

#[test]
fn a_rate_limited_server_is_paced_and_everything_arrives() {
    // The environment list, then 6 lists at once, against 4 requests a second:
    // 3 are refused with Retry-After: 1 and get through on their second try.
    let w = World::with(fer_hub::Options {
        rate_limit: Some(4),
        ..fer_hub::generated(6, 3, 50)
    });
    let (code, out, err) = run(w.ci().args(["webhook", "list", "--all-envs", "-q"]));
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.lines().count(), 18);
    let refused = w.hub.log().iter().filter(|e| e.status == 429).count();
    // 3 when the seven requests share a second; fewer on a machine slow enough to split them.
    assert!((1..=3).contains(&refused), "{:?}", w.hub.log());
}
