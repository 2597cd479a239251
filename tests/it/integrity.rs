//! What fer reports is what happened: exact data and ids, no false
//! "created" or "deleted", lookalike environments, lists that change while
//! read, odd items, events fer does not know, fields fer does not manage,
//! interrupted applies, and the plan shown before it is carried out.

use serde_json::{json, Value};

use crate::common::*;
use fer_hub::{EnvSeed, Fault, HookSeed, Options, Readings};

/// A seeded webhook exactly as the server holds it.
fn raw(v: Value) -> HookSeed {
    HookSeed {
        raw: Some(v),
        ..HookSeed::default()
    }
}

/// A world whose production environment holds these webhooks.
fn holding(hooks: Vec<HookSeed>) -> World {
    World::with(Options {
        environments: vec![
            EnvSeed {
                webhooks: hooks,
                ..EnvSeed::new("production", true)
            },
            EnvSeed::new("staging", false),
        ],
        ..Options::default()
    })
}

fn write(w: &World, name: &str, text: &str) -> String {
    let path = w.home().join(name);
    std::fs::write(&path, text).unwrap();
    path.to_str().unwrap().to_string()
}

/// export, then apply --check of that export: (code, stderr).
fn export_then_check(w: &World, scope: &[&str]) -> (i32, String) {
    let mut args = vec!["webhook", "export"];
    args.extend_from_slice(scope);
    let (code, file, err) = run(w.ci().args(&args));
    assert_eq!(code, 0, "export: {err}");
    let path = write(w, "export.toml", &file);
    let (code, out, err) = run(w
        .ci()
        .args(["webhook", "apply", "-f", &path, "--check", "--prune"]));
    (code, format!("{file}\n{out}\n{err}"))
}

#[test]
fn a_secret_of_the_run_inside_data_is_printed_exactly() {
    // The run's client secret also occurs in a webhook's URL and description.
    let secret = fer_hub::ADMIN_CLIENT_SECRET;
    let w = holding(vec![raw(json!({"id": "wh-1", "event": "Flag.created",
        "url": format!("http://127.0.0.1:1/{secret}"), "description": format!("relay {secret}")}))]);
    let api = w.hub.api_url();
    let (code, out, err) = run(w.ci().env("FER_API_URL", &api).args([
        "webhook",
        "list",
        "--env",
        "production",
        "-o",
        "json",
    ]));
    assert_eq!(code, 0, "{err}");
    let v = json(&out);
    assert_eq!(v[0]["url"], format!("http://127.0.0.1:1/{secret}"));
    assert_eq!(v[0]["description"], format!("relay {secret}"));
    let (code, file, _) =
        run(w
            .ci()
            .env("FER_API_URL", &api)
            .args(["webhook", "export", "--env", "production"]));
    assert_eq!(code, 0);
    assert!(
        file.contains(&format!("url = \"http://127.0.0.1:1/{secret}\"")),
        "{file}"
    );
    // Messages still never show it: a failing test names the URL.
    let (code, _, err) = run(w.ci().args(["webhook", "test", "wh-1", "--timeout", "1"]));
    assert_eq!(code, 5, "{err}");
    assert!(!err.contains(secret), "{err}");
    // And the export applies back with nothing to change.
    let path = write(&w, "e.toml", &file);
    let (code, _, err) = run(w
        .ci()
        .args(["webhook", "apply", "-f", &path, "--check", "--prune"]));
    assert_eq!(code, 0, "{err}");
}

#[test]
fn number_ids_are_kept_by_their_json_text_and_a_404_delete_is_already_gone() {
    let deletes = std::sync::Arc::new(std::sync::Mutex::new(Vec::<String>::new()));
    let seen = deletes.clone();
    let stub = Stub::start(move |req| {
        if req.path.contains("/token") {
            return token_reply();
        }
        let p = req.path.split('?').next().unwrap_or("").to_string();
        if req.method == "DELETE" {
            seen.lock().unwrap().push(p);
            return Reply::json(404, json!({"message": "no such webhook"}));
        }
        if p.ends_with("/account_environments") {
            return Reply::json(
                200,
                json!({"total_count": 1, "items": [{"id": "env-1", "environment": "production"}]}),
            );
        }
        Reply::raw(
            200,
            br#"{"total_count": 2, "items": [
                {"id": 1e3, "account_environment_id": "env-1", "event": "Flag.created", "url": "https://a.example.com"},
                {"id": 12345678901234567890123, "account_environment_id": "env-1", "event": "Flag.created", "url": "https://b.example.com"}]}"#,
        )
        .header("content-type", "application/json")
    });
    let w = World::new();
    let cmd = |args: &[&str]| {
        let mut c = w.ci();
        c.env("FER_API_URL", format!("{}/v1", stub.url()))
            .env("FER_AUTH_URL", format!("{}/auth", stub.url()))
            .args(args);
        c
    };
    let (code, out, err) = run(&mut cmd(&[
        "webhook",
        "list",
        "--env",
        "production",
        "-o",
        "json",
    ]));
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("12345678901234567890123"), "{out}");
    assert!(!out.contains("e22") && !out.contains("1000.0"), "{out}");
    let (code, out, _) = run(&mut cmd(&["webhook", "list", "--env", "production", "-q"]));
    assert_eq!(code, 0);
    assert_eq!(out.lines().nth(1), Some("12345678901234567890123"), "{out}");
    // Prune both: the server answers 404, so neither is counted deleted.
    let path = write(&w, "none.toml", "[[webhook]]\nenvironment = \"production\"\nevent = \"Flag.created\"\nurl = \"https://a.example.com\"\n");
    let (code, out, err) = run(&mut cmd(&[
        "webhook", "apply", "-f", &path, "--prune", "-o", "json",
    ]));
    assert_eq!(code, 0, "{err}");
    let deleted = deletes.lock().unwrap().clone();
    assert_eq!(deleted.len(), 1, "{deleted:?}");
    assert!(
        deleted[0].ends_with("/webhooks/12345678901234567890123"),
        "{deleted:?}"
    );
    let steps = json(&out);
    let del = steps
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["action"] == "delete")
        .unwrap();
    assert_eq!(del["outcome"], "already_gone", "{del}");
    assert!(
        err.contains("1 already gone") && err.contains("0 deleted"),
        "{err}"
    );
}

#[test]
fn a_redirect_answering_a_write_is_never_a_success() {
    let w = World::new();
    let location = format!(
        "{}/accounts/{}/account_environments",
        w.hub.api_url(),
        w.hub.account_id()
    );
    for status in [301, 302, 307] {
        w.hub.inject_for(
            "POST",
            Fault::Redirect {
                status,
                location: location.clone(),
            },
            1,
        );
        let (code, out, err) = run(w.ci().args([
            "webhook",
            "create",
            "--env",
            "production",
            "--event",
            "flag-created",
            "--url",
            "https://x.example.com",
        ]));
        assert_eq!(code, 1, "{status}: {err}");
        assert!(!err.contains("Created"), "{err}");
        assert!(out.is_empty(), "{out}");
        assert!(
            err.contains("outcome unknown") && err.contains(&location),
            "{err}"
        );
    }
    // The same in an apply: reported failed, never "created".
    w.hub.inject_for(
        "POST",
        Fault::Redirect {
            status: 302,
            location: location.clone(),
        },
        2,
    );
    let path = write(&w, "a.toml", "[[webhook]]\nenvironment = \"production\"\nevent = \"Flag.created\"\nurl = \"https://y.example.com\"\n");
    let (code, out, err) = run(w.ci().args(["webhook", "apply", "-f", &path, "-o", "json"]));
    assert_eq!(code, 1, "{err}");
    assert_eq!(json(&out)[0]["outcome"], "failed", "{out}");
    assert!(w
        .hub
        .webhooks("production")
        .iter()
        .all(|h| h["url"] != "https://y.example.com"));
}

#[test]
fn lookalike_environment_names_never_take_a_write_elsewhere() {
    let w = World::with(Options {
        environments: vec![
            EnvSeed::new("Production", true),
            EnvSeed::new("production", false),
        ],
        ..Options::default()
    });
    let id = w.create("production", "flag-created", "https://x.example.com");
    assert!(w
        .hub
        .webhooks("production")
        .iter()
        .any(|h| h["id"] == id.as_str()));
    let lower = w.env_id("production");
    assert_eq!(w.hub.webhooks(&lower).len(), 1);
    let upper = w.env_id("Production");
    assert!(w.hub.webhooks(&upper).is_empty());
    // Neither exactly: exit 2, naming both.
    let (code, _, err) = run(w.ci().args(["webhook", "list", "--env", "PRODUCTION"]));
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("'Production'") && err.contains("'production'"),
        "{err}"
    );
    // export -> apply --check of both is clean.
    let (code, log) = export_then_check(&w, &["--all-envs"]);
    assert_eq!(code, 0, "{log}");
}

#[test]
fn a_write_confirms_the_environment_name_with_the_server() {
    let w = World::new();
    w.login();
    let (code, _, _) = run(w.fer().args(["env", "list"]));
    assert_eq!(code, 0);
    // The names are swapped after fer cached them.
    let (prod, staging) = (w.env_id("production"), w.env_id("staging"));
    w.hub.rename_environment(&prod, "staging");
    w.hub.rename_environment(&staging, "production");
    let (code, _, err) = run(w.fer().args([
        "webhook",
        "create",
        "--env",
        "production",
        "--event",
        "flag-created",
        "--url",
        "https://swap.example.com",
    ]));
    assert_eq!(code, 0, "{err}");
    assert!(
        w.hub
            .webhooks(&staging)
            .iter()
            .any(|h| h["url"] == "https://swap.example.com"),
        "created in the environment now named production"
    );
}

#[test]
fn a_list_that_changes_while_it_is_read_is_not_shown_short() {
    let w = World::with(Options {
        page_cap: 2,
        readings: Readings {
            page_overlap: true,
            ..Readings::default()
        },
        ..fer_hub::generated(1, 5, 2)
    });
    let (code, out, err) =
        run(w
            .ci()
            .args(["webhook", "list", "--env", "production", "-o", "json"]));
    assert_eq!(code, 1, "{out}");
    assert!(out.is_empty(), "{out}");
    assert!(err.contains("the list changed while it was read"), "{err}");
}

#[test]
fn one_odd_item_never_fails_the_whole_account() {
    let w = holding(vec![
        raw(
            json!({"id": "wh-a", "event": "Flag.created", "url": "https://a.example.com",
            "description": 42, "created_at": 1764324000}),
        ),
        raw(
            json!({"id": 77, "account_environment_id": 9, "event": "Flag.removed",
            "url": "https://b.example.com"}),
        ),
        raw(json!({"id": null, "event": "Flag.created", "url": "https://c.example.com"})),
    ]);
    let (code, out, err) =
        run(w
            .ci()
            .args(["webhook", "list", "--env", "production", "-o", "json"]));
    assert_eq!(code, 1, "the unusable item is reported: {err}");
    let v = json(&out);
    assert_eq!(v.as_array().unwrap().len(), 2, "{v}");
    assert_eq!(v[0]["description"], 42);
    assert_eq!(v[0]["created_at"], 1764324000);
    assert_eq!(v[1]["id"], 77);
    assert!(
        err.contains("without a usable id") && err.contains("https://c.example.com"),
        "{err}"
    );
    let (code, out, _) = run(w.ci().args(["webhook", "list", "--env", "production"]));
    assert_eq!(code, 1);
    assert!(
        out.contains("wh-a") && out.contains("42") && out.contains("1764324000"),
        "{out}"
    );
}

#[test]
fn webhooks_on_events_fer_does_not_know_are_listed_tested_and_round_tripped() {
    let w = World::new();
    let l = Listener::start(&w, &["--max-events", "3"]);
    let w = holding(vec![
        raw(json!({"id": "wh-legacy", "event": "Feature.status", "url": l.url})),
        raw(json!({"id": "wh-new", "event": "Feature.toggled", "url": l.url})),
        raw(
            json!({"id": "wh-odd", "event": "Flag.created", "url": "https://a b.example.com/x",
            "description": format!("two\nlines {}", "x".repeat(300))}),
        ),
    ]);
    let (code, out, err) = run(w.ci().args([
        "webhook",
        "list",
        "--env",
        "production",
        "--event",
        "Feature.toggled",
        "-q",
    ]));
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.trim(), "wh-new");
    let (code, out, err) = run(w.ci().args(["webhook", "test", "wh-new", "-o", "json"]));
    assert_eq!(code, 0, "{err}");
    assert_eq!(json(&out)["event"], "Feature.toggled");
    let (code, out, err) = run(w.ci().args(["webhook", "test", "wh-legacy", "-o", "json"]));
    assert_eq!(code, 0, "{err}");
    assert_eq!(json(&out)["event"], "Feature.status");
    // --all: a row per webhook, never an early stop (the odd URL fails).
    let (code, out, _) = run(w.ci().args([
        "webhook",
        "test",
        "--all",
        "--env",
        "production",
        "-o",
        "json",
    ]));
    assert_eq!(code, 5);
    assert_eq!(json(&out).as_array().unwrap().len(), 3, "{out}");
    let (code, log) = export_then_check(&w, &["--env", "production"]);
    assert_eq!(code, 0, "{log}");
    let (_, out, _) = l.wait();
    assert!(
        out.contains("Feature.status") && out.contains("Feature.toggled"),
        "{out}"
    );
}

#[test]
fn fields_fer_does_not_manage_travel_through_export_and_apply() {
    let w = holding(vec![raw(
        json!({"id": "wh-s", "event": "Environment.synchronize",
        "url": "https://ci.example.com/hook", "headers": {"X-Token": "abc", "X-Team": "web"}}),
    )]);
    let (code, file, err) = run(w.ci().args(["webhook", "export", "--env", "production"]));
    assert_eq!(code, 0, "{err}");
    assert!(
        file.contains("headers = { X-Token = \"abc\", X-Team = \"web\" }"),
        "{file}"
    );
    let (code, log) = export_then_check(&w, &["--env", "production"]);
    assert_eq!(code, 0, "{log}");
    // Applied to an account without it, the create sends the headers.
    let fresh = World::new();
    let file = file.replace("Environment.synchronize", "Flag.created");
    let path = write(&fresh, "h.toml", &file);
    let (code, _, err) = run(fresh.ci().args(["webhook", "apply", "-f", &path]));
    assert_eq!(code, 0, "{err}");
    let made = fresh.hub.webhooks("production");
    let made = made
        .iter()
        .find(|h| h["url"] == "https://ci.example.com/hook")
        .unwrap();
    assert_eq!(made["headers"], json!({"X-Token": "abc", "X-Team": "web"}));
    // A header that differs is drift, shown old -> new.
    let changed = file.replace("\"abc\"", "\"xyz\"");
    let path = write(&fresh, "h2.toml", &changed);
    let (code, out, _) = run(fresh
        .ci()
        .args(["webhook", "apply", "-f", &path, "--check", "-o", "json"]));
    assert_eq!(code, 6);
    let steps = json(&out);
    let upd = steps
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["action"] == "update")
        .unwrap();
    assert_eq!(upd["changes"]["headers"]["to"]["X-Token"], "xyz", "{upd}");
}

#[test]
fn the_plan_shows_what_changes_old_to_new() {
    let w = World::new();
    let file = "[[webhook]]\nenvironment = \"production\"\nevent = \"Campaign.status.changed\"\nurl = \"https://hooks.example.com/abtasty\"\ndescription = \"New words\"\n";
    let (code, _, _) = run(w.ci().args([
        "webhook",
        "create",
        "--env",
        "production",
        "--event",
        "campaign-status-changed",
        "--url",
        "https://hooks.example.com/abtasty",
        "--description",
        "Old words",
    ]));
    assert_eq!(code, 0);
    let path = write(&w, "p.toml", file);
    let (code, out, _) =
        run(w
            .ci()
            .args(["webhook", "apply", "-f", &path, "--dry-run", "-o", "json"]));
    assert_eq!(code, 0);
    assert_eq!(
        json(&out)[0]["changes"],
        json!({"description": {"from": "Old words", "to": "New words"}})
    );
    let (_, out, _) = run(w.ci().args(["webhook", "apply", "-f", &path, "--dry-run"]));
    assert!(
        out.contains("description: \"Old words\" → \"New words\""),
        "{out}"
    );
}

#[test]
fn an_interrupted_apply_says_what_was_made() {
    let w = World::new();
    w.hub.set_delay(150);
    let mut file = String::new();
    for i in 0..40 {
        file.push_str(&format!(
            "[[webhook]]\nenvironment = \"production\"\nevent = \"Flag.created\"\nurl = \"https://h.example.com/{i}\"\n\n"
        ));
    }
    let path = write(&w, "many.toml", &file);
    let before = w.hub.webhooks("production").len();
    let child = w
        .ci_process()
        .args(["webhook", "apply", "-f", &path, "--concurrency", "2"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Wait until some creates are made, then Ctrl-C.
    let start = std::time::Instant::now();
    while w.writes().len() < 4 && start.elapsed().as_secs() < 20 {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let pid = child.id().to_string();
    std::process::Command::new("kill")
        .args(["-INT", &pid])
        .status()
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(130), "{err}");
    let made = w.hub.webhooks("production").len() - before;
    assert!(made < 40, "it stopped: {made}");
    assert!(
        err.contains(&format!("interrupted: {made} of 40 changes were made")),
        "{made} made: {err}"
    );
    assert!(err.contains("run the same apply again"), "{err}");
}

#[test]
fn apply_files_with_problems_say_all_of_them_and_non_utf8_is_usage() {
    let w = World::new();
    let path = w.home().join("bin.toml");
    std::fs::write(&path, b"[[webhook]]\nenvironment = \"production\xff\"\n").unwrap();
    let (code, _, err) = run(w
        .ci()
        .args(["webhook", "apply", "-f", path.to_str().unwrap()]));
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("not UTF-8") && err.contains("offset"), "{err}");
    let text = "[[webhook]]\nenvironment = \"production\"\nevent = \"Flag.created\"\nurl = \"x\"\ncolour = \"red\"\n\n[[webhook]]\nenvironment = \"qa\"\nevent = \"Flag.created\"\nurl = \"https://x.example.com\"\n";
    let path = write(&w, "bad.toml", text);
    let (code, _, err) = run(w.ci().args(["webhook", "apply", "-f", &path]));
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("unknown key 'colour'"), "{err}");
    assert!(err.contains("unknown environment 'qa'"), "{err}");
    assert!(err.contains("absolute"), "{err}");
    assert!(w.writes().is_empty());
}

/// A small deterministic generator of odd accounts.
fn odd_account(seed: u64) -> Vec<HookSeed> {
    let mut rng = fastrand::Rng::with_seed(seed);
    let events = [
        "Flag.created",
        "Campaign.status.changed",
        "Feature.status",
        "Feature.paused",
        "Flag.new",
        "Environment.synchronize",
        "Feature.toggled",
        "flag.created",
    ];
    let texts = [
        "plain",
        "two\nlines",
        "tab\there",
        "esc \u{1b}[2J",
        "bidi \u{202e}",
        "漢字 é",
        "",
        "\"quoted\" \\",
    ];
    (0..rng.usize(1..12))
        .map(|i| {
            let id = match rng.u8(0..3) {
                0 => json!(format!("wh-{seed}-{i}")),
                1 => json!(1000 + i),
                _ => serde_json::from_str(&format!("{}{:03}", "98765432109876543210", i)).unwrap(),
            };
            let mut h = json!({
                "id": id,
                "event": events[rng.usize(..events.len())],
                "url": format!("https://h{}.example.com/{}/{}", rng.u8(..3), i, texts[rng.usize(..texts.len())]),
            });
            match rng.u8(0..4) {
                0 => h["description"] = json!(texts[rng.usize(..texts.len())].repeat(rng.usize(1..60))),
                1 => h["description"] = json!(rng.u32(..)),
                2 => {}
                _ => h["description"] = Value::Null,
            }
            if rng.bool() {
                h["headers"] = json!({"X-Token": format!("t{i}"), "X Odd": texts[rng.usize(..texts.len())]});
            }
            if rng.bool() {
                h["labels"] = json!(["a", 1, null, {"n": 1.5}]);
            }
            raw(h)
        })
        .collect()
}

#[test]
fn export_then_check_is_clean_on_any_account_the_hub_can_hold() {
    for seed in 0..12 {
        let w = holding(odd_account(seed));
        let (code, log) = export_then_check(&w, &["--all-envs"]);
        assert_eq!(code, 0, "seed {seed}:\n{log}");
    }
}
