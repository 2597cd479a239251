//! Bounded concurrency without head-of-line waits, a limit the user sets,
//! and a limit that halves under 429s.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::common::*;
use fer_hub::{EnvSeed, HookSeed, Options};

#[test]
fn a_slow_endpoint_holds_one_slot_not_the_queue() {
    // 20 endpoints; the first is held until the other 19 have arrived.
    let others = Arc::new(AtomicUsize::new(0));
    let all_came = Arc::new(AtomicBool::new(false));
    let (o, a) = (others.clone(), all_came.clone());
    let stub = Stub::start(move |req| {
        if req.path == "/slow" {
            let start = Instant::now();
            while o.load(Ordering::SeqCst) < 19 && start.elapsed() < Duration::from_secs(5) {
                std::thread::sleep(Duration::from_millis(10));
            }
            a.store(o.load(Ordering::SeqCst) == 19, Ordering::SeqCst);
        } else {
            o.fetch_add(1, Ordering::SeqCst);
            std::thread::sleep(Duration::from_millis(30));
        }
        Reply::raw(200, b"")
    });
    let mut hooks = vec![HookSeed {
        event: "Flag.created".into(),
        url: format!("{}/slow", stub.url()),
        ..HookSeed::default()
    }];
    hooks.extend((0..19).map(|i| HookSeed {
        event: "Flag.created".into(),
        url: format!("{}/fast/{i}", stub.url()),
        ..HookSeed::default()
    }));
    let w = World::with(Options {
        environments: vec![EnvSeed {
            webhooks: hooks,
            ..EnvSeed::new("production", true)
        }],
        ..Options::default()
    });
    let (code, out, err) = run(w.ci().args(["webhook", "test", "--all", "-o", "json"]));
    assert_eq!(code, 0, "{err}");
    assert!(
        all_came.load(Ordering::SeqCst),
        "the other deliveries waited behind the slow one"
    );
    // Rows stay in list order.
    let rows = json(&out);
    assert!(
        rows[0]["url"].as_str().unwrap().ends_with("/slow"),
        "{rows}"
    );
}

#[test]
fn under_429s_the_limit_halves_for_the_rest_of_the_command() {
    let w = World::with(Options {
        rate_limit: Some(5),
        ..Options::default()
    });
    w.ci().args(["env", "list"]).assert().success();
    let mut file = String::new();
    for i in 0..30 {
        file.push_str(&format!(
            "[[webhook]]\nenvironment = \"production\"\nevent = \"Flag.created\"\nurl = \"https://h.example.com/{i}\"\n\n"
        ));
    }
    let path = w.home().join("f.toml");
    std::fs::write(&path, file).unwrap();
    let (code, _, err) = run(w.ci().args([
        "-v",
        "--concurrency",
        "32",
        "webhook",
        "apply",
        "-f",
        path.to_str().unwrap(),
    ]));
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("concurrency halved to 16"), "{err}");
    assert_eq!(w.hub.webhooks("production").len(), 30);
    // Never below 1, and only ever down.
    let halvings: Vec<usize> = err
        .lines()
        .filter_map(|l| l.split("concurrency halved to ").nth(1))
        .filter_map(|r| r.split(' ').next()?.parse().ok())
        .collect();
    assert!(
        halvings.windows(2).all(|p| p[1] < p[0]) && halvings.iter().all(|n| *n >= 1),
        "{halvings:?}"
    );
}

#[test]
fn concurrency_is_checked() {
    let w = World::new();
    for bad in ["0", "65", "x"] {
        let (code, _, err) = run(w.ci().args(["--concurrency", bad, "env", "list"]));
        assert_eq!(code, 2, "{bad}: {err}");
    }
    let (code, _, err) = run(w.ci().env("FER_CONCURRENCY", "99").args(["env", "list"]));
    assert_eq!(code, 2, "{err}");
}
