//! Deliveries end to end: `webhook test` into `webhook listen`, failures,
//! and real deliveries from fer-hub.

use std::time::{Duration, Instant};

use crate::common::*;
use serde_json::Value;

/// docs/events.md, "Delivery bodies", written out here independently of the catalogue in crates/fer-contract.
const CONTRACT: &[(&str, bool, &[&str])] = &[
    ("Flag.created", true, &["flag_id", "flag_name", "flag_type"]),
    ("Flag.removed", true, &["flag_id", "flag_name", "flag_type"]),
    (
        "Campaign.status.changed",
        true,
        &[
            "campaign_id",
            "campaign_name",
            "campaign_type",
            "campaign_status",
            "campaign_previous_status",
        ],
    ),
    (
        "Project.access.granted",
        true,
        &["project_id", "project_name", "target_user_email"],
    ),
    (
        "Project.edit_role.granted",
        true,
        &[
            "project_id",
            "project_name",
            "target_user_email",
            "target_user_role",
        ],
    ),
    (
        "Project.access.removed",
        true,
        &["project_id", "project_name", "target_user_email"],
    ),
    ("Account.access.granted", false, &["target_user_email"]),
    (
        "Account.edit_role.granted",
        false,
        &["target_user_email", "target_user_role"],
    ),
    ("Account.access.removed", false, &["target_user_email"]),
];

fn check_body_against_contract(body: &Value, event: &str) {
    let (_, per_env, own) = CONTRACT
        .iter()
        .find(|(e, _, _)| *e == event)
        .expect("event in contract");
    let obj = body.as_object().expect("an object");
    let mut expected: Vec<&str> = vec![
        "event",
        "user_id",
        "user_email",
        "user_role",
        "date",
        "account_id",
        "account_name",
    ];
    if *per_env {
        expected.push("environment_id");
    }
    expected.extend(own.iter());
    let mut got: Vec<&str> = obj.keys().map(String::as_str).collect();
    got.sort();
    expected.sort();
    assert_eq!(got, expected, "{event}");
    assert_eq!(body["event"], event);
    let date = body["date"].as_str().unwrap();
    assert!(
        chrono::DateTime::parse_from_rfc3339(date).is_ok()
            && (date.contains('+') || date.ends_with('Z') || date[19..].contains('-')),
        "{date}"
    );
    for v in obj.values() {
        assert!(
            v.as_str().is_some_and(|s| !s.is_empty()),
            "{event}: every sample value is a non-empty string: {body}"
        );
    }
    if let Some(t) = body.get("flag_type") {
        assert!(["string", "boolean", "number", "array", "object"].contains(&t.as_str().unwrap()));
    }
    if let Some(t) = body.get("campaign_type") {
        assert!(["ab", "toggle", "perso", "deployment"].contains(&t.as_str().unwrap()));
    }
}

#[test]
fn test_to_listen_round_trip_for_every_event() {
    let w = World::new();
    let l = Listener::start(&w, &["-o", "json", "--max-events", "9"]);
    for (event, _, _) in CONTRACT {
        let (code, out, err) = send_test(&w, &l.url, event, &["-o", "json"]);
        assert_eq!(code, 0, "{event}: {err}");
        let report = json(&out);
        assert_eq!(report["status"], 200);
        assert_eq!(report["ok"], true);
        assert_eq!(report["event"], *event);
        assert!(report["duration_ms"].is_u64() && report["response_body"].is_string());
    }
    let (code, out, _) = l.wait();
    assert_eq!(code, 0, "listen exits by itself after --max-events");
    let lines: Vec<Value> = out.lines().map(json).collect();
    assert_eq!(lines.len(), 9);
    for (line, (event, _, _)) in lines.iter().zip(CONTRACT) {
        assert_eq!(line["event"], *event);
        assert_eq!(line["test"], true, "X-Fer-Test-Delivery: true");
        assert_eq!(line["headers"]["content-type"], "application/json");
        assert!(line["headers"]["user-agent"]
            .as_str()
            .unwrap()
            .starts_with("fer/"));
        assert_eq!(line["warnings"], serde_json::json!([]), "{line}");
        check_body_against_contract(&line["body"], event);
    }
}

#[test]
fn set_data_and_headers_reach_the_receiver() {
    let w = World::new();
    let l = Listener::start(&w, &["-o", "json", "--max-events", "2"]);
    let (code, _, err) = send_test(
        &w,
        &l.url,
        "flag-created",
        &[
            "--set",
            "flag_name=beta_banner",
            "--set",
            "flag_count=3",
            "--set",
            "extra={\"a\":[1,2]}",
            "-H",
            "X-Team: ops",
            "-H",
            "Authorization: Bearer abc",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("body.json");
    std::fs::write(&data, r#"{"custom": true, "event": "Flag.removed"}"#).unwrap();
    let (code, _, err) = send_test(
        &w,
        &l.url,
        "flag-removed",
        &["--data", data.to_str().unwrap()],
    );
    assert_eq!(code, 0, "{err}");
    let (_, out, _) = l.wait();
    let lines: Vec<Value> = out.lines().map(json).collect();
    let first = &lines[0];
    assert_eq!(first["body"]["flag_name"], "beta_banner");
    assert_eq!(first["body"]["flag_count"], 3, "a JSON value stays JSON");
    assert_eq!(first["body"]["extra"]["a"][1], 2);
    assert_eq!(
        first["body"]["flag_id"], "flag-3c9d",
        "the rest of the sample is kept"
    );
    assert_eq!(first["headers"]["x-team"], "ops");
    assert_eq!(first["headers"]["authorization"], "Bearer abc");
    assert_eq!(
        lines[1]["body"],
        serde_json::json!({"custom": true, "event": "Flag.removed"})
    );
    // --data from stdin too.
    let l = Listener::start(&w, &["-o", "json", "--max-events", "1"]);
    let (code, _, err) = run(w
        .fer()
        .args([
            "webhook",
            "test",
            "--url",
            &l.url,
            "--event",
            "flag-removed",
            "--data",
            "-",
        ])
        .write_stdin("{\"from\":\"stdin\"}"));
    assert_eq!(code, 0, "{err}");
    let (_, out, _) = l.wait();
    assert_eq!(json(out.lines().next().unwrap())["body"]["from"], "stdin");
}

#[test]
fn a_receiver_answering_500_is_exit_5() {
    let w = World::new();
    let l = Listener::start(&w, &["--respond-with", "500", "--max-events", "1"]);
    let (code, out, err) = send_test(&w, &l.url, "flag-created", &[]);
    assert_eq!(code, 5, "{err}");
    assert!(out.contains("500"), "{out}");
    assert!(err.contains("answered 500"), "{err}");
    let (_, out, warn) = l.wait();
    assert!(
        out.contains("Flag.created") && out.contains("new_checkout"),
        "{out}"
    );
    assert!(!warn.contains("warning"), "{warn}");
}

#[test]
fn a_30x_counts_as_delivered_as_the_platform_counts_it_and_is_not_followed() {
    let w = World::new();
    for status in ["301", "302", "307"] {
        let l = Listener::start(&w, &["--respond-with", status, "--max-events", "1"]);
        let (code, out, err) = send_test(&w, &l.url, "flag-created", &["-o", "json"]);
        assert_eq!(code, 0, "{status}: {err}");
        let v = json(&out);
        assert_eq!(v["status"], status.parse::<u16>().unwrap());
        assert_eq!(v["ok"], true, "{v}");
        let (_, _, listen_err) = l.wait();
        assert!(
            !listen_err.contains("delivery 2"),
            "not followed: {listen_err}"
        );
        let l = Listener::start(&w, &["--respond-with", status, "--max-events", "1"]);
        let (code, out, err) = send_test(&w, &l.url, "flag-created", &[]);
        assert_eq!(code, 0, "{status}: {err}");
        assert!(
            out.contains("counted as delivered, as FE&R's UI does; not followed"),
            "{out}"
        );
        l.wait();
    }
    // 40X and 50X still fail.
    let l = Listener::start(&w, &["--respond-with", "404", "--max-events", "1"]);
    let (code, _, err) = send_test(&w, &l.url, "flag-created", &[]);
    assert_eq!(code, 5, "{err}");
    l.wait();
}

#[test]
fn a_closed_port_is_exit_5_within_a_second() {
    let w = World::new();
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let url = format!("http://127.0.0.1:{port}/");
    let start = Instant::now();
    let (code, _, err) = send_test(&w, &url, "flag-created", &[]);
    let took = start.elapsed();
    assert_eq!(code, 5, "{err}");
    assert!(err.contains("could not connect"), "{err}");
    assert!(took < Duration::from_secs(1), "{took:?}");
}

#[test]
fn a_receiver_that_never_answers_is_exit_5_after_the_timeout() {
    let w = World::new();
    let silent = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/", silent.local_addr().unwrap());
    // Accept and hold connections without ever answering.
    let held = std::thread::spawn(move || {
        let (s, _) = silent.accept().unwrap();
        std::thread::sleep(Duration::from_secs(3));
        drop(s);
    });
    let start = Instant::now();
    let (code, out, err) = send_test(
        &w,
        &url,
        "flag-created",
        &["--timeout", "0.5", "-o", "json"],
    );
    let took = start.elapsed();
    assert_eq!(code, 5, "{err}");
    assert!(err.contains("no response within 0.5 s"), "{err}");
    assert_eq!(json(&out)["ok"], false);
    assert!(took >= Duration::from_millis(500), "{took:?}");
    held.join().unwrap();
}

#[test]
fn test_by_id_uses_the_webhooks_url_and_event_and_bad_input_is_exit_2() {
    let w = World::new();
    let l = Listener::start(&w, &["-o", "json", "--max-events", "1"]);
    let (_, id, err) = run(w.ci().args([
        "webhook",
        "create",
        "--env",
        "staging",
        "--event",
        "campaign-status-changed",
        "--url",
        &l.url,
        "-q",
    ]));
    let id = id.trim();
    assert!(!id.is_empty(), "{err}");
    let (code, _, err) = run(w.ci().args(["webhook", "test", id]));
    assert_eq!(code, 0, "{err}");
    let (_, out, _) = l.wait();
    let line = json(out.lines().next().unwrap());
    assert_eq!(line["body"]["event"], "Campaign.status.changed");
    assert_eq!(line["body"]["account_id"], "acc-local");
    assert_eq!(line["body"]["environment_id"], w.env_id("staging"));

    for (args, text) in [
        (
            vec!["--url", "http://127.0.0.1:1/", "--event", "nope"],
            "unknown event",
        ),
        (vec!["--url", "nope", "--event", "flag-created"], "--url"),
        (
            vec![
                "--url",
                "http://127.0.0.1:1/",
                "--event",
                "flag-created",
                "--set",
                "novalue",
            ],
            "KEY=VALUE",
        ),
        (
            vec![
                "--url",
                "http://127.0.0.1:1/",
                "--event",
                "flag-created",
                "-H",
                "NoColon",
            ],
            "Name: value",
        ),
        (vec!["--url", "http://127.0.0.1:1/"], "--event"),
    ] {
        let (code, _, err) = run(w.fer().args(["webhook", "test"]).args(&args));
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(err.contains(text), "{args:?}: {err}");
    }
    let (code, _, _) = run(w.ci().args(["webhook", "test", "wh-nope"]));
    assert_eq!(code, 3);
}
