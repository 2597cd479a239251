//! The API as the vendor's own material describes it, read every way
//! (docs/api.md, "Lists", "Tokens", "Errors"): fer returns every item or
//! fails, copes with odd token answers, and says what a person can act on.

use std::time::{Duration, Instant};

use crate::common::*;
use fer_hub::{ErrorBody, Options, Readings};
use serde_json::{json, Value};

fn with_readings(opts: Options, readings: Readings) -> World {
    World::with(Options { readings, ..opts })
}

fn paging_readings() -> Vec<(&'static str, Readings)> {
    let r = Readings::default();
    vec![
        ("1-based", r.clone()),
        (
            "0-based",
            Readings {
                page_base: 0,
                ..r.clone()
            },
        ),
        (
            "0-based, last_page an index",
            Readings {
                page_base: 0,
                last_page_index: true,
                ..r.clone()
            },
        ),
        (
            "1-based, last_page an index",
            Readings {
                last_page_index: true,
                ..r.clone()
            },
        ),
        (
            "counts as strings",
            Readings {
                numbers_as_strings: true,
                ..r.clone()
            },
        ),
        (
            "0-based, counts as strings, last_page an index",
            Readings {
                page_base: 0,
                numbers_as_strings: true,
                last_page_index: true,
                ..r
            },
        ),
    ]
}

#[test]
fn every_paging_reading_returns_every_environment() {
    for (name, readings) in paging_readings() {
        // The API reference's example: 250 environments, 10 a page.
        let w = with_readings(fer_hub::generated(250, 0, 10), readings);
        let (code, out, err) = run(w.ci().args(["env", "list", "-o", "json"]));
        assert_eq!(code, 0, "{name}: {err}");
        let envs = json(&out);
        assert_eq!(envs.as_array().unwrap().len(), 250, "{name}");
        let mut ids: Vec<&str> = envs
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["id"].as_str().unwrap())
            .collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), 250, "{name}: no environment twice");
    }
}

#[test]
fn every_paging_reading_lists_exports_and_applies_every_webhook() {
    for (name, readings) in paging_readings() {
        let w = with_readings(fer_hub::generated(3, 23, 10), readings);
        let (code, out, err) = run(w.ci().args(["webhook", "list", "--all-envs", "-o", "json"]));
        assert_eq!(code, 0, "{name}: {err}");
        assert_eq!(json(&out).as_array().unwrap().len(), 69, "{name}");

        let (code, file, err) = run(w.ci().args(["webhook", "export", "--all-envs"]));
        assert_eq!(code, 0, "{name}: {err}");
        assert_eq!(file.matches("[[webhook]]").count(), 69, "{name}");

        // The exported file applies as "nothing to change": apply saw every
        // webhook (a missed one would be planned as a create).
        let path = w.home().join("hooks.toml");
        std::fs::write(&path, &file).unwrap();
        let (code, out, err) = run(w.ci().args([
            "webhook",
            "apply",
            "-f",
            path.to_str().unwrap(),
            "--prune",
            "-o",
            "json",
        ]));
        assert_eq!(code, 0, "{name}: {err}");
        let actions: Vec<Value> = json(&out)
            .as_array()
            .unwrap()
            .iter()
            .filter(|a| a["action"] != "unchanged")
            .cloned()
            .collect();
        assert!(actions.is_empty(), "{name}: {actions:?}");
        assert!(w.writes().is_empty(), "{name}: {:?}", w.writes());
    }
}

#[test]
fn two_environments_on_a_zero_based_api_are_both_found() {
    let w = with_readings(
        Options::default(),
        Readings {
            page_base: 0,
            ..Readings::default()
        },
    );
    let (code, out, err) = run(w.ci().args(["env", "list", "-q"]));
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.lines().count(), 2, "{out}");
    let (code, _, err) = run(w
        .login_as(ADMIN_CLIENT_ID, ADMIN_CLIENT_SECRET)
        .args(["--environment", "staging"]));
    assert_eq!(code, 0, "{err}");
    let config = std::fs::read_to_string(w.config_path()).unwrap();
    assert!(config.contains(&w.env_id("staging")), "{config}");
}

/// An API whose environment list reports `total` but holds `held` items,
/// `per_page` a page (1-based).
fn short_api(total: Value, held: usize, per_page: usize) -> Stub {
    Stub::start(move |req| {
        if req.path.contains("/token") {
            return token_reply();
        }
        let page: usize = req
            .path
            .split(['?', '&'])
            .find_map(|kv| kv.strip_prefix("_page="))
            .map_or(1, |p| p.parse().unwrap());
        let items: Vec<Value> = (0..held)
            .skip((page - 1) * per_page)
            .take(per_page)
            .map(|i| json!({"id": format!("env-{i}"), "environment": format!("e{i}")}))
            .collect();
        Reply::json(
            200,
            json!({"current_page": page, "total_count": total.clone(), "items": items}),
        )
    })
}

fn against(w: &World, stub: &Stub) -> assert_cmd::Command {
    let mut c = w.ci();
    c.env("FER_API_URL", stub.url())
        .env("FER_AUTH_URL", stub.url());
    c
}

#[test]
fn a_short_list_is_a_failure_that_names_both_numbers() {
    let w = World::new();
    // total_count as a string, 40 announced, 10 there: the issue's case.
    for total in [json!(40), json!("40")] {
        let stub = short_api(total.clone(), 10, 10);
        let (code, out, err) = run(against(&w, &stub).args(["env", "list"]));
        assert_eq!(code, 1, "{total}: {out}");
        assert!(
            err.contains("reported 40") && err.contains("returned 10"),
            "{err}"
        );
        assert!(out.is_empty(), "nothing half-shown: {out}");
    }
    // More than announced is as wrong as fewer.
    let stub = short_api(json!(5), 12, 10);
    let (code, _, err) = run(against(&w, &stub).args(["env", "list"]));
    assert_eq!(code, 1);
    assert!(err.contains("reported 5"), "{err}");
}

#[test]
fn absurd_totals_are_refused_without_following_them() {
    let w = World::new();
    let stub = short_api(json!(1_000_000_000u64), 10, 10);
    let start = Instant::now();
    let (code, _, err) = run(against(&w, &stub).args(["env", "list"]));
    assert_eq!(code, 1);
    assert!(
        err.contains("1000000000") && err.contains("at most"),
        "{err}"
    );
    assert!(start.elapsed() < Duration::from_secs(5));
    let pages = stub
        .requests()
        .iter()
        .filter(|r| r.path.contains("account_environments"))
        .count();
    assert_eq!(pages, 1, "only the first page was asked");
}

#[test]
fn a_server_that_ignores_the_page_number_is_caught() {
    let w = World::new();
    // Every page is the first: 30 announced, 10 a page.
    let stub = Stub::start(|req| {
        if req.path.contains("/token") {
            return token_reply();
        }
        let items: Vec<Value> = (0..10).map(|i| json!({"id": format!("env-{i}")})).collect();
        Reply::json(200, json!({"total_count": 30, "items": items}))
    });
    let (code, _, err) = run(against(&w, &stub).args(["env", "list"]));
    assert_eq!(code, 1);
    assert!(err.contains("same items again"), "{err}");
}

#[test]
fn token_answers_without_expiry_are_cached_for_the_lifetime_asked() {
    let w = with_readings(
        Options::default(),
        Readings {
            token_expires_in: false,
            ..Readings::default()
        },
    );
    w.ci().args(["env", "list"]).assert().success();
    let file = std::fs::read_dir(w.cache_dir().join("tokens"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let cached = json(&std::fs::read_to_string(file).unwrap());
    let lifetime = cached["expires_at"]
        .as_u64()
        .expect("an expiry, not 'never'")
        - cached["fetched_at"].as_u64().unwrap();
    assert_eq!(lifetime, 3600);
    w.hub.clear_log();
    w.ci().args(["env", "list"]).assert().success();
    assert_eq!(w.token_calls(), 0, "the cached token serves");
}

#[test]
fn odd_expires_in_values_never_fail_a_command() {
    let w = World::new();
    for odd in [
        json!("3600"),
        json!(3600.5),
        json!(-5),
        json!(1e300),
        json!(null),
    ] {
        let o = odd.clone();
        let stub = Stub::start(move |req| {
            if req.path.contains("/token") {
                return Reply::json(200, json!({"access_token": "t", "expires_in": o.clone()}));
            }
            Reply::json(200, json!({"total_count": 0, "items": []}))
        });
        let (code, _, err) = run(against(&w, &stub).args(["env", "list"]));
        assert_eq!(code, 0, "{odd}: {err}");
    }
}

#[test]
fn a_token_answer_without_an_access_token_is_refused_credentials() {
    let w = World::new();
    for answer in [
        json!({"access_token": "", "expires_in": 3600}),
        json!({"refresh_token": "r", "scope": "*"}),
    ] {
        let a = answer.clone();
        let stub = Stub::start(move |_| Reply::json(200, a.clone()));
        let (code, _, err) = run(w
            .login_as("someone", "a-secret")
            .env("FER_API_URL", stub.url())
            .env("FER_AUTH_URL", stub.url()));
        assert_eq!(code, 4, "{answer}: {err}");
        assert!(err.contains("no access token"), "{err}");
        assert!(err.contains("hint:"), "{err}");
        assert!(!w.config_path().exists(), "nothing saved");
    }
}

#[test]
fn error_bodies_without_a_message_say_the_status_and_no_details() {
    for style in [ErrorBody::EmptyObject, ErrorBody::Empty] {
        let w = with_readings(
            Options::default(),
            Readings {
                error_body: style,
                ..Readings::default()
            },
        );
        let (code, _, err) = run(w.reader().args([
            "webhook",
            "create",
            "--env",
            "production",
            "--event",
            "flag-created",
            "--url",
            "https://x.example.com",
        ]));
        assert_eq!(code, 4, "{err}");
        assert!(
            err.contains("403 Forbidden") && err.contains("no details"),
            "{style:?}: {err}"
        );
        assert!(!err.contains("{}"), "{err}");
    }
}

#[test]
fn a_missing_webhook_route_says_so_and_never_to_run_again() {
    let w = with_readings(
        Options::default(),
        Readings {
            webhook_routes: false,
            error_body: ErrorBody::EmptyObject,
            ..Readings::default()
        },
    );
    for args in [
        &["webhook", "list", "--env", "production"][..],
        &[
            "webhook",
            "create",
            "--env",
            "production",
            "--event",
            "flag-created",
            "--url",
            "https://x.example.com",
        ][..],
    ] {
        let (code, _, err) = run(w.ci().args(args));
        assert_eq!(code, 1, "{args:?}: {err}");
        assert!(err.contains("no webhook route"), "{err}");
        assert!(err.contains("production"), "{err}");
        assert!(
            err.contains("/webhooks") && err.contains("--api-url"),
            "{err}"
        );
        assert!(!err.contains("again"), "{err}");
    }
    // An environment that is really gone is still "not found".
    let w = World::new();
    w.ci().args(["env", "list"]).assert().success();
    w.hub.remove_environment("staging");
    let (code, _, err) = run(w.ci().args(["webhook", "list", "--env", "staging"]));
    assert_eq!(code, 3, "{err}");
    assert!(!err.contains("no webhook route"), "{err}");
}

#[test]
fn a_429_burst_without_retry_after_is_ridden_out() {
    let w = World::new();
    w.hub.inject(
        Fault::Status {
            status: 429,
            retry_after: None,
        },
        3,
    );
    let start = Instant::now();
    let (code, _, err) = run(w.ci().args(["env", "list"]));
    assert_eq!(code, 0, "{err}");
    // About 1 + 2 + 4 s, each spread by a quarter.
    let waited = start.elapsed();
    assert!(waited >= Duration::from_millis(5250), "{waited:?}");
    let hub_log = w.hub.log();
    assert_eq!(
        hub_log.iter().filter(|e| e.status == 429).count(),
        3,
        "{hub_log:?}"
    );
}

#[test]
fn endless_bodies_are_cut_off_with_a_clear_error() {
    // From the API.
    let w = World::new();
    w.hub.inject(Fault::Endless, 1);
    let (code, _, err) = run(w.ci().args(["env", "list"]));
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("larger than"), "{err}");

    // From the auth server.
    let stub = Stub::start(|_| Reply {
        endless: Some(b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa".repeat(100)),
        ..Reply::json(200, json!({}))
    });
    let (code, _, err) = run(against(&w, &stub).args(["env", "list"]));
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("larger than"), "{err}");

    // From a receiver: `webhook test` reads only what it shows.
    let receiver = Stub::start(|_| Reply {
        endless: Some(b"0123456789".repeat(1000)),
        ..Reply::raw(200, b"")
    });
    let (code, out, err) = run(w.fer().args([
        "webhook",
        "test",
        "--url",
        &receiver.url(),
        "--event",
        "flag-created",
        "-o",
        "json",
    ]));
    assert_eq!(code, 0, "{err}");
    let v = json(&out);
    assert_eq!(v["status"], 200);
    assert!(v["response_body"].as_str().unwrap().len() < 4096);
}

#[test]
fn responses_are_asked_for_compressed() {
    let w = World::new();
    let stub = short_api(json!(0), 0, 10);
    run(against(&w, &stub).args(["env", "list"]));
    let reqs = stub.requests();
    assert!(!reqs.is_empty());
    for r in reqs {
        assert!(
            r.header("accept-encoding")
                .is_some_and(|v| v.contains("gzip")),
            "{r:?}"
        );
    }
}
