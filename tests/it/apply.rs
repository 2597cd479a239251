//! Webhooks as code: `webhook apply` and `webhook export` end to end.

use crate::common::*;
use serde_json::Value;

const FILE: &str = r#"
[[webhook]]
environment = "production"
event = "Campaign.status.changed"
url = "https://hooks.example.com/abtasty"
description = "Slack relay"

[[webhook]]
environment = "Production"
event = "flag-created"
url = "https://hooks.example.com/flags"

[[webhook]]
environment = "staging"
event = "Flag removed"
url = "https://hooks.example.com/flags"
description = "staging flags"
"#;

fn apply(w: &World, text: &str, extra: &[&str]) -> (i32, String, String) {
    run(w
        .ci()
        .args(["webhook", "apply", "-f", "-", "-o", "json"])
        .args(extra)
        .write_stdin(text.to_string()))
}

fn actions(out: &str) -> Vec<(String, String, String)> {
    json(out)
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["action"].as_str().unwrap().into(),
                s["environment"].as_str().unwrap().into(),
                s["event"].as_str().unwrap().into(),
            )
        })
        .collect()
}

fn state(w: &World) -> Vec<(String, String, String, String)> {
    let mut all = Vec::new();
    for (id, name) in w.hub.environments() {
        for h in w.hub.webhooks(&id) {
            let s = |k: &str| h[k].as_str().unwrap_or("").to_string();
            all.push((name.clone(), s("event"), s("url"), s("description")));
        }
    }
    all.sort();
    all
}

#[test]
fn apply_creates_then_changes_nothing_the_second_time() {
    let w = World::new();
    let (code, out, err) = apply(&w, FILE, &[]);
    assert_eq!(code, 0, "{err}");
    // The plan on stderr before the changes; the results on stdout.
    assert!(
        err.contains("Plan: 3 to create, 0 to update, 0 to delete, 0 unchanged"),
        "{err}"
    );
    assert!(
        err.contains("  create  staging  Flag.removed  https://hooks.example.com/flags"),
        "{err}"
    );
    let steps = json(&out);
    assert_eq!(steps.as_array().unwrap().len(), 3);
    assert!(
        steps
            .as_array()
            .unwrap()
            .iter()
            .all(|s| s["action"] == "create" && s["id"].as_str().unwrap().starts_with("wh-")),
        "{out}"
    );
    assert_eq!(state(&w).len(), 3);
    assert_eq!(w.hub.webhooks("production").len(), 2);

    w.hub.clear_log();
    let (code, out, err) = apply(&w, FILE, &[]);
    assert_eq!(code, 0, "{err}");
    assert!(
        actions(&out).iter().all(|(a, _, _)| a == "unchanged"),
        "{out}"
    );
    assert!(
        err.contains("0 to create, 0 to update, 0 to delete, 3 unchanged"),
        "{err}"
    );
    assert!(w.writes().is_empty(), "no write request: {:?}", w.writes());
}

#[test]
fn plans_for_update_prune_and_dry_run() {
    let w = World::new();
    apply(&w, FILE, &[]);
    // Someone added a webhook by hand and changed a description.
    run(w.ci().args([
        "webhook",
        "create",
        "--env",
        "staging",
        "--event",
        "flag-created",
        "--url",
        "https://manual.example.com",
    ]));
    let campaign = |w: &World| {
        w.hub
            .webhooks("production")
            .into_iter()
            .find(|h| h["event"] == "Campaign.status.changed")
            .unwrap()
    };
    let id = campaign(&w)["id"].as_str().unwrap().to_string();
    run(w
        .ci()
        .args(["webhook", "update", &id, "--description", "edited by hand"]));
    let before = state(&w);

    // Dry run: the plan, and nothing changed.
    w.hub.clear_log();
    let (code, out, err) = apply(&w, FILE, &["--prune", "--dry-run"]);
    assert_eq!(code, 0, "{err}");
    let plan = actions(&out);
    assert!(
        plan.contains(&(
            "update".into(),
            "production".into(),
            "Campaign.status.changed".into()
        )),
        "{plan:?}"
    );
    assert!(
        plan.contains(&("delete".into(), "staging".into(), "Flag.created".into())),
        "{plan:?}"
    );
    assert_eq!(plan.iter().filter(|(a, _, _)| a == "unchanged").count(), 2);
    assert!(w.writes().is_empty());
    assert_eq!(state(&w), before);

    // Without --prune the hand-made webhook stays.
    let (code, out, _) = apply(&w, FILE, &[]);
    assert_eq!(code, 0);
    assert!(!actions(&out).iter().any(|(a, _, _)| a == "delete"));
    assert_eq!(campaign(&w)["description"], "Slack relay");
    assert_eq!(w.hub.webhooks("staging").len(), 2);

    // With --prune it goes.
    let (code, out, err) = apply(&w, FILE, &["--prune"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        actions(&out)
            .iter()
            .filter(|(a, _, _)| a == "delete")
            .count(),
        1
    );
    assert_eq!(w.hub.webhooks("staging").len(), 1);

    // The table form of a plan.
    let (code, out, _) = run(w
        .ci()
        .args(["webhook", "apply", "-f", "-", "--dry-run"])
        .write_stdin(FILE));
    assert_eq!(code, 0);
    assert!(
        out.lines().next().unwrap().split_whitespace().eq([
            "ACTION",
            "ENVIRONMENT",
            "EVENT",
            "URL",
            "ID",
            "CHANGES"
        ]),
        "{out}"
    );
}

#[test]
fn prune_touches_only_the_environments_the_file_names() {
    let w = World::new();
    run(w.ci().args([
        "webhook",
        "create",
        "--env",
        "staging",
        "--event",
        "flag-created",
        "--url",
        "https://keep.example.com",
    ]));
    let only_prod = "[[webhook]]\nenvironment = \"production\"\nevent = \"Flag.created\"\nurl = \"https://p.example.com\"\n";
    let (code, _, err) = apply(&w, only_prod, &["--prune"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(w.hub.webhooks("staging").len(), 1);
}

#[test]
fn a_failure_part_way_is_reported_and_a_rerun_finishes_without_duplicates() {
    let w = World::new();
    let want = 3;
    // Cache a token, so that the next run's first API call is the environments list.
    w.ci().args(["env", "list"]).assert().success();
    let text = FILE.to_string();
    // The three reads pass (a zero hold is no fault); then one create gets a 500.
    w.hub.inject(Fault::Hang { ms: 0 }, 3);
    w.hub.inject(
        Fault::Status {
            status: 500,
            retry_after: None,
        },
        1,
    );
    let (code, out, err) = apply(&w, &text, &[]);
    assert_eq!(code, 1, "{err}");
    let steps = json(&out);
    let failed: Vec<&Value> = steps
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s.get("error").is_some())
        .collect();
    assert_eq!(failed.len(), 1, "{out}");
    let last = err.lines().last().unwrap();
    assert!(last.contains("1 of 3 changes failed"), "{err}");
    assert_eq!(state(&w).len(), 2, "the others were made");

    let (code, out, err) = apply(&w, &text, &[]);
    assert_eq!(code, 0, "{err}");
    let a = actions(&out);
    assert_eq!(
        a.iter().filter(|(x, _, _)| x == "create").count(),
        1,
        "{a:?}"
    );
    assert_eq!(state(&w).len(), want);
    // Each (environment, event, url) once.
    let mut keys: Vec<_> = state(&w)
        .into_iter()
        .map(|(e, ev, u, _)| (e, ev, u))
        .collect();
    keys.dedup();
    assert_eq!(keys.len(), want);
}

#[test]
fn export_then_apply_changes_nothing() {
    let w = World::with(fer_hub::generated(3, 7, 50));
    let first = w.hub.webhooks("production")[0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let edit = [
        "webhook",
        "update",
        &first,
        "--description",
        "with \"quotes\" and ünïcode",
    ];
    let (code, _, err) = run(w.ci().args(edit));
    assert_eq!(code, 0, "{err}");
    let (code, file, err) = run(w.ci().args(["webhook", "export", "--all-envs"]));
    assert_eq!(code, 0, "{err}");
    assert!(file.contains("[[webhook]]"), "{file}");
    assert_eq!(file.matches("[[webhook]]").count(), 21);
    // Stable: the same bytes twice.
    let (_, again, _) = run(w.ci().args(["webhook", "export", "--all-envs"]));
    assert_eq!(file, again);
    w.hub.clear_log();
    let (code, out, err) = apply(&w, &file, &["--prune"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        actions(&out).iter().all(|(a, _, _)| a == "unchanged"),
        "{out}"
    );
    assert!(w.writes().is_empty());

    // One environment, and JSON.
    let (code, out, _) = run(w
        .ci()
        .args(["webhook", "export", "--env", "env-02", "-o", "json"]));
    assert_eq!(code, 0);
    let entries = json(&out);
    assert_eq!(entries.as_array().unwrap().len(), 7);
    assert!(entries
        .as_array()
        .unwrap()
        .iter()
        .all(|e| e["environment"] == "env-02"));
}

#[test]
fn malformed_files_are_exit_2_before_any_write() {
    let w = World::new();
    let cases: &[(&str, &[&str])] = &[
        ("[[webhook]]\nenvironment = \"production\"\nevent = \n", &["line 3"]),
        ("[[webhook]]\nenvironment = \"production\"\nevent = \"Flag.exploded\"\nurl = \"https://x.example.com\"\n", &["webhook #1 (line 1)", "unknown event 'Flag.exploded'"]),
        ("[[webhook]]\nenvironment = \"production\"\nevent = \"Flag.created\"\nurl = \"x.example.com\"\n", &["webhook #1", "absolute"]),
        ("[[webhook]]\nenvironment = \"qa\"\nevent = \"Flag.created\"\nurl = \"https://x.example.com\"\n", &["unknown environment 'qa'"]),
        (
            "[[webhook]]\nenvironment = \"production\"\nevent = \"Flag.created\"\nurl = \"https://x.example.com\"\n[[webhook]]\nenvironment = \"PRODUCTION\"\nevent = \"flag-created\"\nurl = \"https://x.example.com\"\n",
            &["webhook #2 (line 5)", "second entry"],
        ),
        ("[[webhook]]\nenvironment = \"production\"\nevent = \"Flag.created\"\n", &["'url' is missing"]),
        ("[[hook]]\nenvironment = \"production\"\n", &["hook"]),
    ];
    for (text, wants) in cases {
        let (code, _, err) = run(w
            .ci()
            .args(["webhook", "apply", "-f", "-"])
            .write_stdin(text.to_string()));
        assert_eq!(code, 2, "{text}: {err}");
        for want in *wants {
            assert!(err.contains(want), "{text}: wanted {want:?} in {err}");
        }
    }
    assert!(w.writes().is_empty());
    assert!(state(&w).is_empty());
    let (code, _, err) = run(w
        .ci()
        .args(["webhook", "apply", "-f", "/nonexistent/webhooks.toml"]));
    assert_eq!(code, 2, "{err}");
}
