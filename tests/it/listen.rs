//! `fer webhook listen` end to end: what it prints, forwards and warns
//! about, real deliveries from fer-hub, and how it stops.

use crate::common::*;

#[test]
fn listen_warns_about_deliveries_that_break_the_contract() {
    let w = World::new();
    let l = Listener::start(&w, &["--max-events", "2"]);
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("b");
    std::fs::write(&data, "not json").unwrap();
    send_test(
        &w,
        &l.url,
        "flag-created",
        &["--data", data.to_str().unwrap()],
    );
    std::fs::write(&data, r#"{"event":"Flag.exploded"}"#).unwrap();
    send_test(
        &w,
        &l.url,
        "flag-created",
        &["--data", data.to_str().unwrap()],
    );
    let (_, _, err) = l.wait();
    assert!(err.contains("delivery 1: the body is not JSON"), "{err}");
    assert!(
        err.contains("delivery 2: missing documented fields")
            && err.contains("event 'Flag.exploded' is not in fer's catalogue"),
        "{err}"
    );
}

#[test]
fn listen_forwards_each_delivery_and_shows_the_status() {
    let w = World::new();
    let target = Listener::start(
        &w,
        &["-o", "json", "--max-events", "1", "--respond-with", "202"],
    );
    let relay = Listener::start(
        &w,
        &[
            "-o",
            "json",
            "--max-events",
            "1",
            "--forward-to",
            &target.url,
        ],
    );
    let (code, _, err) = send_test(&w, &relay.url, "flag-created", &["-H", "X-Trace: 7"]);
    assert_eq!(code, 0, "{err}");
    let (_, out, _) = relay.wait();
    assert_eq!(json(out.lines().next().unwrap())["forward"]["status"], 202);
    let (_, out, _) = target.wait();
    let got = json(out.lines().next().unwrap());
    assert_eq!(got["headers"]["x-trace"], "7", "headers are relayed");
    assert_eq!(got["test"], true);
    assert_eq!(got["body"]["event"], "Flag.created");
}

#[test]
fn fer_hub_delivers_to_a_webhook_that_points_at_listen() {
    let w = World::new();
    let l = Listener::start(&w, &["--max-events", "1"]);
    let (code, _, err) = run(w.ci().args([
        "webhook",
        "create",
        "--env",
        "production",
        "--event",
        "campaign-status-changed",
        "--url",
        &l.url,
    ]));
    assert_eq!(code, 0, "{err}");
    // A webhook for another event must not receive it.
    run(w.ci().args([
        "webhook",
        "create",
        "--env",
        "production",
        "--event",
        "flag-created",
        "--url",
        "http://127.0.0.1:1/",
    ]));
    let mut fields = serde_json::Map::new();
    fields.insert("campaign_name".into(), "Spring sale".into());
    let deliveries = w
        .hub
        .trigger("production", "Campaign.status.changed", fields)
        .unwrap();
    assert_eq!(deliveries.len(), 1);
    assert_eq!(deliveries[0].status, Some(200));
    let (code, out, _) = l.wait();
    assert_eq!(code, 0);
    assert!(
        out.contains("Campaign.status.changed")
            && out.contains("Spring sale")
            && out.contains("draft -> active"),
        "{out}"
    );
    assert!(
        !out.contains("(test)"),
        "a real delivery is not marked as a test: {out}"
    );
    assert_eq!(w.hub.deliveries().len(), 1);
}

#[test]
fn ctrl_c_stops_listen_cleanly() {
    let w = World::new();
    let l = Listener::start(&w, &[]);
    let (code, _, _) = send_test(&w, &l.url, "flag-created", &[]);
    assert_eq!(code, 0);
    let pid = l.child.id().to_string();
    assert!(std::process::Command::new("kill")
        .args(["-INT", &pid])
        .status()
        .unwrap()
        .success());
    let (code, out, err) = l.wait();
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Flag.created"), "{out}");
    assert!(err.contains("Stopped after 1 delivery"), "{err}");
}

#[test]
fn listen_on_a_port_in_use_is_exit_1_with_a_hint() {
    let w = World::new();
    let busy = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = busy.local_addr().unwrap().port().to_string();
    let (code, _, err) = run(w.fer().args(["webhook", "listen", "--port", &port]));
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains(&format!("cannot listen on 127.0.0.1:{port}")) && err.contains("--port 0"),
        "{err}"
    );
    let (code, _, err) = run(w.fer().args(["webhook", "listen", "--respond-with", "99"]));
    assert_eq!(code, 2, "{err}");
    let (code, _, err) = run(w.fer().args(["webhook", "listen", "--forward-to", "nope"]));
    assert_eq!(code, 2, "{err}");
}

#[test]
fn listen_shows_a_hostile_delivery_with_its_controls_made_visible() {
    let w = World::new();
    let l = Listener::start(&w, &["--max-events", "1"]);
    let evil = "x\x1b]52;c;ZXZpbA==\x07\r\u{202e}y";
    let body = serde_json::json!({"event": format!("Flag.created{evil}"), "flag_name": evil,
        "user_email": evil, "date": evil});
    let (code, _, err) = run(w
        .fer()
        .args(["webhook", "test", "--url", &format!("{}/%1b%5b2J", l.url)])
        .args(["--event", "flag-created", "--data", "-"])
        .write_stdin(body.to_string()));
    assert_eq!(code, 0, "{err}");
    let (_, out, err) = l.wait();
    for bad in ['\x1b', '\x07', '\r', '\u{202e}'] {
        assert!(
            !out.contains(bad) && !err.contains(bad),
            "{bad:?} in {out:?} / {err:?}"
        );
    }
    assert!(out.contains("^["), "{out}");
}
