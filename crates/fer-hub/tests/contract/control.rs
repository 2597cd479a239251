//! fer-hub's control API, binary, rate limit and readings of the vendor's
//! material.

use crate::*;

#[test]
fn faults_answer_as_asked_and_are_logged() {
    let t = T::new(Options::default());
    let tok = t.admin();
    let path = "/v1/accounts/acc-local/account_environments";
    t.hub.inject(
        Fault::Status {
            status: 429,
            retry_after: Some(7),
        },
        1,
    );
    let a = t.call("GET", path, Some(&tok), None);
    assert_eq!(a.status, 429);
    assert_eq!(a.headers["retry-after"], "7");
    t.hub.inject(Fault::Html, 1);
    let a = t.call("GET", path, Some(&tok), None);
    assert_eq!(a.status, 502);
    assert!(a.text.starts_with("<html>"));
    t.hub.inject(Fault::Empty, 1);
    let a = t.call("GET", path, Some(&tok), None);
    assert_eq!((a.status, a.text.as_str()), (200, ""));
    t.hub.inject(Fault::Truncated, 1);
    assert!(serde_json::from_str::<Value>(&t.call("GET", path, Some(&tok), None).text).is_err());
    assert_eq!(
        t.call("GET", path, Some(&tok), None).status,
        200,
        "faults are used up"
    );
    // The control API over HTTP does the same.
    let queued = t.call(
        "POST",
        "/_hub/faults",
        None,
        Some(r#"{"kind":"status","status":503,"count":2}"#),
    );
    assert_eq!(queued.json()["queued"], 2);
    assert_eq!(t.call("GET", path, Some(&tok), None).status, 503);
    assert_eq!(t.call("GET", path, Some(&tok), None).status, 503);
    let log = t.call("GET", "/_hub/log", None, None).json();
    let last = log.as_array().unwrap().last().unwrap().clone();
    assert_eq!(
        last,
        json!({"method": "GET", "path": path, "token": true, "status": 503})
    );
    assert_eq!(log[0]["path"], "/auth/acc-local/token?expires_in=3600");
    assert_eq!(log[0]["token"], false);
    t.call("DELETE", "/_hub/log", None, None);
    assert_eq!(t.hub.log().len(), 0);
}

#[test]
fn the_binary_prints_its_address_and_takes_a_seed_file() {
    let dir = std::env::temp_dir().join(format!("fer-hub-seed-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let seed = dir.join("seed.json");
    std::fs::write(
        &seed,
        r#"{"account_id":"acc-seeded","environments":[{"name":"qa","is_main":true,"webhooks":[{"event":"Flag.created","url":"https://q.example.com"}]}]}"#,
    )
    .unwrap();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_fer-hub"))
        .args(["--port", "0", "--seed", seed.to_str().unwrap()])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    std::io::BufRead::read_line(
        &mut std::io::BufReader::new(child.stdout.take().unwrap()),
        &mut first,
    )
    .unwrap();
    let url = first
        .trim()
        .strip_prefix("fer-hub listening on ")
        .unwrap_or_else(|| panic!("{first}"))
        .to_string();
    assert!(
        url.starts_with("http://127.0.0.1:") && !url.ends_with(":0"),
        "{url}"
    );
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let http = crate::client_builder().build().unwrap();
    let state: Value = rt.block_on(async {
        http.get(format!("{url}/_hub/state"))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap()
    });
    child.kill().unwrap();
    child.wait().unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(state["account_id"], "acc-seeded");
    assert_eq!(state["environments"][0]["environment"], "qa");
    assert_eq!(
        state["environments"][0]["webhooks"][0]["url"],
        "https://q.example.com"
    );
}

#[test]
fn a_rate_limit_answers_429_with_retry_after_past_the_limit() {
    let t = T::new(Options {
        rate_limit: Some(3),
        ..Options::default()
    });
    let tok = t.admin();
    let path = "/v1/accounts/acc-local/account_environments";
    let statuses: Vec<u16> = (0..5)
        .map(|_| t.call("GET", path, Some(&tok), None).status)
        .collect();
    assert_eq!(statuses, [200, 200, 200, 429, 429]);
    let limited = t.call("GET", path, Some(&tok), None);
    assert_eq!(limited.headers["retry-after"], "1");
    assert!(limited.json()["message"].is_string());
    // The window is the emulator's clock: moved on, not slept through.
    t.hub.advance_clock(std::time::Duration::from_millis(1100));
    assert_eq!(
        t.call("GET", path, Some(&tok), None).status,
        200,
        "a new second, a new allowance"
    );
}

#[test]
fn each_reading_of_the_vendor_material_is_played() {
    use fer_hub::{ErrorBody, Readings};
    let opts = Options {
        readings: Readings {
            page_base: 0,
            last_page_index: true,
            numbers_as_strings: true,
            error_body: ErrorBody::EmptyObject,
            token_expires_in: false,
            ..Readings::default()
        },
        ..fer_hub::generated(1, 7, 3)
    };
    let t = T::new(opts);
    let a = t.token_answer("acc-local", ADMIN_CLIENT_ID, ADMIN_CLIENT_SECRET, "");
    assert!(a.json().get("expires_in").is_none(), "{}", a.text);
    let tok = a.json()["access_token"].as_str().unwrap().to_string();
    let env = t.hub.environments()[0].0.clone();
    // No _page: the first page, numbered 0.
    let first = t.call("GET", &t.hooks_path(&env), Some(&tok), None).json();
    assert_eq!(first["current_page"], "0");
    assert_eq!(first["total_count"], "7");
    assert_eq!(first["last_page"], "2", "the index of the last page");
    let last = t
        .call(
            "GET",
            &format!("{}?_page=2", t.hooks_path(&env)),
            Some(&tok),
            None,
        )
        .json();
    assert_eq!(last["items"].as_array().unwrap().len(), 1);
    // Errors carry {} (a 409 keeps its id).
    let e = t.call(
        "GET",
        &format!("{}/nope", t.hooks_path(&env)),
        Some(&tok),
        None,
    );
    assert_eq!((e.status, e.text.as_str()), (404, "{}"));

    let t = T::new(Options {
        readings: Readings {
            webhook_routes: false,
            error_body: ErrorBody::Empty,
            ..Readings::default()
        },
        ..Options::default()
    });
    let tok = t.admin();
    let env = t.hub.environments()[0].0.clone();
    let e = t.call("GET", &t.hooks_path(&env), Some(&tok), None);
    assert_eq!((e.status, e.text.as_str()), (404, ""));
    let envs = t.call(
        "GET",
        "/v1/accounts/acc-local/account_environments",
        Some(&tok),
        None,
    );
    assert_eq!(envs.status, 200, "environments are still served");
    t.hub.inject(
        Fault::Status {
            status: 429,
            retry_after: None,
        },
        1,
    );
    let e = t.call(
        "GET",
        "/v1/accounts/acc-local/account_environments",
        Some(&tok),
        None,
    );
    assert_eq!(e.status, 429);
    assert!(e.headers.get("retry-after").is_none());
}

#[test]
fn a_bad_seed_file_is_exit_2_naming_the_file() {
    let dir = std::env::temp_dir().join(format!("fer-hub-bad-seed-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let seed = dir.join("seed.json");
    std::fs::write(&seed, "{\"environments\": 5}").unwrap();
    for path in [seed.clone(), dir.join("missing.json")] {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_fer-hub"))
            .args(["--port", "0", "--seed", path.to_str().unwrap()])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.starts_with("error: ") && err.contains(path.to_str().unwrap()),
            "{err}"
        );
        assert!(err.contains(": "), "the cause follows: {err}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}
