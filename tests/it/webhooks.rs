//! Webhook management end to end: create, list, get, update, delete.

use crate::common::*;
use fer_hub::Options;

#[test]
fn create_from_flags_alone_in_ci() {
    let w = World::new();
    let (code, out, err) = run(w.ci().args([
        "webhook",
        "create",
        "--env",
        "production",
        "--event",
        "campaign_status_changed",
        "--url",
        "https://hooks.example.com/abtasty",
        "--description",
        "Slack relay",
        "-o",
        "json",
    ]));
    assert_eq!(code, 0, "{err}");
    let v = json(&out);
    assert_eq!(
        v["event"], "Campaign.status.changed",
        "the canonical identifier is sent"
    );
    assert_eq!(v["environment"], "production");
    assert_eq!(v["account_environment_id"], w.env_id("production"));
    assert_eq!(v["description"], "Slack relay");
    assert!(v["created_by"].is_string(), "server fields are kept");
    let hooks = w.hub.webhooks("production");
    assert_eq!(hooks.len(), 1);
    assert_eq!(hooks[0]["id"], v["id"]);

    // Table form: key/value lines on stdout, the confirmation on stderr.
    let (code, out, err) = run(w.ci().args([
        "webhook",
        "create",
        "--env",
        "staging",
        "--event",
        "Flag created",
        "--url",
        "https://hooks.example.com/f",
    ]));
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("event:") && out.contains("Flag.created") && out.contains("staging"),
        "{out}"
    );
    assert!(err.contains("Created webhook"), "{err}");

    // -q: the id alone.
    let id = w.create("staging", "flag-removed", "https://hooks.example.com/r");
    assert!(
        id.starts_with("wh-") && !id.contains(char::is_whitespace),
        "{id}"
    );
}

#[test]
fn create_without_a_terminal_names_the_missing_flag_and_sends_nothing() {
    let w = World::new();
    let (code, _, err) = run(w.ci().args([
        "webhook",
        "create",
        "--env",
        "production",
        "--url",
        "https://x.example.com",
    ]));
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("--event"), "{err}");
    let (code, _, err) = run(w.ci().args([
        "webhook",
        "create",
        "--env",
        "production",
        "--event",
        "flag-created",
    ]));
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("--url"), "{err}");
    // Several environments and none chosen: exit 2 naming --env.
    let (code, _, err) = run(w.ci().args([
        "webhook",
        "create",
        "--event",
        "flag-created",
        "--url",
        "https://x.example.com",
    ]));
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("--env"), "{err}");
    assert!(w.writes().is_empty());
}

#[test]
fn invalid_values_are_exit_2_before_any_request() {
    let w = World::new();
    let long = "d".repeat(256);
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (
            vec!["--event", "flag-exploded", "--url", "https://x.example.com"],
            "unknown event",
        ),
        (
            vec!["--event", "flag-created", "--url", "hooks.example.com"],
            "absolute",
        ),
        (
            vec![
                "--event",
                "flag-created",
                "--url",
                "ftp://hooks.example.com",
            ],
            "http",
        ),
        (
            vec![
                "--event",
                "flag-created",
                "--url",
                "https://hooks example.com",
            ],
            "whitespace",
        ),
        (
            vec![
                "--event",
                "flag-created",
                "--url",
                "https://x.example.com",
                "--description",
                &long,
            ],
            "255",
        ),
    ];
    for (args, text) in cases {
        let (code, _, err) = run(w
            .ci()
            .args(["webhook", "create", "--env", "production"])
            .args(&args));
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(err.contains(text), "{args:?}: {err}");
    }
    assert!(
        w.hub.log().is_empty(),
        "not even a token was asked for: {:?}",
        w.hub.log()
    );
    // An unknown environment needs the list of environments, and nothing more.
    let (code, _, err) = run(w.ci().args([
        "webhook",
        "create",
        "--env",
        "qa",
        "--event",
        "flag-created",
        "--url",
        "https://x.example.com",
    ]));
    assert_eq!(code, 2, "{err}");
    assert!(w.writes().is_empty());
}

#[test]
fn if_not_exists_makes_one_webhook_with_one_post() {
    let w = World::new();
    let args = [
        "webhook",
        "create",
        "--env",
        "production",
        "--event",
        "flag-created",
        "--url",
        "https://x.example.com/h",
        "--if-not-exists",
        "-q",
    ];
    let (code, first, err) = run(w.ci().args(args));
    assert_eq!(code, 0, "{err}");
    let (code, second, err) = run(w.ci().args(args));
    assert_eq!(code, 0, "{err}");
    assert_eq!(first, second, "the same id both times");
    assert_eq!(w.hub.webhooks("production").len(), 1);
    let posts = w.writes().iter().filter(|e| e.method == "POST").count();
    assert_eq!(posts, 1);

    // Without the flag, the duplicate is exit 1 and names the existing id.
    let (code, _, err) = run(w.ci().args(&args[..8]));
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains(first.trim()) && err.contains("--if-not-exists"),
        "{err}"
    );
}

#[test]
fn list_one_environment_or_all_in_a_stable_order() {
    // 3 environments x 120 webhooks, a page cap of 50: 9 pages to follow.
    let w = World::with(fer_hub::generated(3, 120, 50));
    let (code, out, err) = run(w.ci().args(["webhook", "list", "--all-envs", "-o", "json"]));
    assert_eq!(code, 0, "{err}");
    let all = json(&out);
    let all = all.as_array().unwrap();
    assert_eq!(all.len(), 360);
    let mut expected = Vec::new();
    for (id, _) in w.hub.environments() {
        expected.extend(
            w.hub
                .webhooks(&id)
                .into_iter()
                .map(|h| h["id"].as_str().unwrap().to_string()),
        );
    }
    let got: Vec<String> = all
        .iter()
        .map(|h| h["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        got, expected,
        "environments in the account's order, webhooks in creation order"
    );
    assert!(all.iter().all(|h| h["environment"].is_string()));
    // Same order on every run, however the concurrent requests finish.
    let (_, again, _) = run(w.ci().args(["webhook", "list", "--all-envs", "-o", "json"]));
    assert_eq!(out, again);

    // One environment, filtered by event; the table has the promised columns.
    let (code, out, err) = run(w.ci().args([
        "webhook",
        "list",
        "--env",
        "env-01",
        "--event",
        "flag_removed",
    ]));
    assert_eq!(code, 0, "{err}");
    let mut lines = out.lines();
    assert!(lines.next().unwrap().split_whitespace().eq([
        "ID",
        "ENVIRONMENT",
        "EVENT",
        "URL",
        "DESCRIPTION",
        "CREATED"
    ]));
    let rows: Vec<&str> = lines.collect();
    assert!(
        !rows.is_empty()
            && rows
                .iter()
                .all(|r| r.contains("Flag.removed") && r.contains("env-01")),
        "{out}"
    );

    // The aliases people type.
    let (code, ids, _) = run(w.ci().args(["webhooks", "ls", "--env", "production", "-q"]));
    assert_eq!(code, 0);
    assert_eq!(ids.lines().count(), 120);
}

#[test]
fn the_only_environment_needs_no_flag() {
    let w = World::with(Options {
        environments: vec![fer_hub::EnvSeed::new("production", true)],
        ..Options::default()
    });
    let id = w.create("production", "flag-created", "https://x.example.com");
    let (code, out, err) = run(w.ci().args(["webhook", "list", "-q"]));
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.trim(), id);
}

#[test]
fn get_finds_a_webhook_across_environments_or_says_not_found() {
    let w = World::new();
    let id = w.create("staging", "flag-created", "https://x.example.com");
    let (code, out, err) = run(w.ci().args(["webhook", "get", &id, "-o", "json"]));
    assert_eq!(code, 0, "{err}");
    let v = json(&out);
    assert_eq!(v["id"], id.as_str());
    assert_eq!(v["environment"], "staging");
    let (code, out, _) = run(w.ci().args(["webhook", "get", &id]));
    assert_eq!(code, 0);
    assert!(
        out.contains("https://x.example.com") && out.contains("staging"),
        "{out}"
    );

    // With --env, only that environment is searched.
    let (code, _, err) = run(w.ci().args(["webhook", "get", &id, "--env", "production"]));
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("production"), "{err}");
    let (code, _, err) = run(w.ci().args(["webhook", "get", "wh-nope"]));
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("wh-nope"), "{err}");
}

#[test]
fn update_sends_only_the_given_fields() {
    let w = World::new();
    let (_, out, _) = run(w.ci().args([
        "webhook",
        "create",
        "--env",
        "production",
        "--event",
        "flag-created",
        "--url",
        "https://x.example.com",
        "--description",
        "keep me",
        "-q",
    ]));
    let id = out.trim();
    let (code, out, err) = run(w.ci().args([
        "webhook",
        "update",
        id,
        "--url",
        "https://y.example.com",
        "-o",
        "json",
    ]));
    assert_eq!(code, 0, "{err}");
    let v = json(&out);
    assert_eq!(v["url"], "https://y.example.com");
    assert_eq!(v["description"], "keep me");
    assert_eq!(v["event"], "Flag.created");
    let (code, _, err) = run(w.ci().args([
        "webhook",
        "update",
        id,
        "--event",
        "campaign-status-changed",
        "--description",
        "",
    ]));
    assert_eq!(code, 0, "{err}");
    let stored = &w.hub.webhooks("production")[0];
    assert_eq!(stored["event"], "Campaign.status.changed");
    assert_eq!(stored["description"], "");

    let (code, _, err) = run(w.ci().args(["webhook", "update", id]));
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("nothing to update"), "{err}");
    let (code, _, _) = run(w.ci().args(["webhook", "update", id, "--url", "nope"]));
    assert_eq!(code, 2);
    let (code, _, err) = run(w.ci().args([
        "webhook",
        "update",
        "wh-nope",
        "--env",
        "production",
        "--description",
        "x",
    ]));
    assert_eq!(code, 3, "{err}");
    let (code, _, err) = run(w
        .reader()
        .args(["webhook", "update", id, "--description", "x"]));
    assert_eq!(code, 4, "{err}");
}

#[test]
fn delete_needs_yes_without_a_terminal() {
    let w = World::new();
    let id = w.create("production", "flag-created", "https://x.example.com");
    w.hub.clear_log();
    let (code, _, err) = run(w.ci().args(["webhook", "delete", &id]));
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("--yes") && err.contains("nothing was deleted"),
        "{err}"
    );
    assert_eq!(w.hub.webhooks("production").len(), 1, "still there");
    assert!(w.hub.log().is_empty(), "nothing was sent");

    let (code, _, err) = run(w.reader().args(["webhook", "rm", &id, "--yes"]));
    assert_eq!(code, 4, "{err}");
    assert_eq!(w.hub.webhooks("production").len(), 1);

    let (code, out, err) = run(w.ci().args(["webhook", "rm", &id, "--yes", "-o", "json"]));
    assert_eq!(code, 0, "{err}");
    assert_eq!(json(&out)[0]["id"], id.as_str());
    assert_eq!(json(&out)[0]["deleted"], true);
    assert!(w.hub.webhooks("production").is_empty());
}

#[test]
fn deleting_several_reports_each_and_a_missing_one_is_exit_3_after_the_rest() {
    let w = World::new();
    let a = w.create("production", "flag-created", "https://a.example.com");
    let b = w.create("staging", "flag-created", "https://b.example.com");
    let (code, out, err) = run(w.ci().args([
        "webhook",
        "delete",
        &a,
        "wh-missing",
        &b,
        "--yes",
        "-o",
        "json",
    ]));
    assert_eq!(code, 3, "{err}");
    let results = json(&out);
    let deleted: Vec<(&str, bool)> = results
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["id"].as_str().unwrap(), r["deleted"].as_bool().unwrap()))
        .collect();
    assert!(
        deleted.contains(&(a.as_str(), true))
            && deleted.contains(&(b.as_str(), true))
            && deleted.contains(&("wh-missing", false)),
        "{deleted:?}"
    );
    assert!(w.hub.webhooks("production").is_empty() && w.hub.webhooks("staging").is_empty());
    let json_err = json(err.lines().last().unwrap());
    assert_eq!(json_err["error"]["kind"], "not_found");
}

#[test]
fn an_empty_list_says_so_on_stderr_and_prints_no_table() {
    let w = World::new();
    let (code, out, err) = run(w.ci().args(["webhook", "list", "--all-envs"]));
    assert_eq!(code, 0);
    assert!(out.is_empty(), "{out}");
    assert!(err.contains("No webhooks in production, staging"), "{err}");
    let (_, out, _) = run(w.ci().args(["webhook", "list", "--all-envs", "-o", "json"]));
    assert_eq!(json(&out), serde_json::json!([]));
}

#[test]
fn update_and_delete_in_table_form() {
    let w = World::new();
    let id = w.create("staging", "flag-created", "https://x.example.com");
    let (code, out, err) = run(w
        .ci()
        .args(["webhook", "update", &id, "--description", "nightly"]));
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains(&format!("Updated webhook {id} in staging")),
        "{err}"
    );
    let line = out
        .lines()
        .find(|l| l.starts_with("description:"))
        .unwrap_or_else(|| panic!("{out}"));
    assert!(line.ends_with("nightly"), "{out}");
    let (code, out, err) = run(w.ci().args(["webhook", "delete", &id, "--yes"]));
    assert_eq!(code, 0, "{err}");
    assert!(out.is_empty(), "{out}");
    assert!(
        err.contains(&format!("Deleted webhook {id} from staging")),
        "{err}"
    );
    let (code, out, _) = run(w.ci().args([
        "webhook",
        "delete",
        &w.create("staging", "flag-created", "https://y.example.com"),
        "--yes",
        "-q",
    ]));
    assert_eq!(code, 0);
    assert!(
        out.trim().starts_with("wh-"),
        "-q prints the deleted id: {out}"
    );
}

#[test]
fn get_takes_several_ids() {
    let w = World::new();
    let a = w.create("production", "flag-created", "https://a.example.com");
    let b = w.create("staging", "flag-removed", "https://b.example.com");
    let (code, out, err) = run(w.ci().args(["webhook", "get", &a, &b, "-o", "json"]));
    assert_eq!(code, 0, "{err}");
    let got = json(&out);
    assert_eq!(got[0]["id"], a.as_str());
    assert_eq!(got[1]["environment"], "staging");
    let (code, out, err) = run(w.ci().args(["webhook", "get", &a, "wh-nope", &b, "-q"]));
    assert_eq!(code, 3, "{err}");
    assert_eq!(out.lines().collect::<Vec<_>>(), [a.as_str(), b.as_str()]);
    assert!(err.contains("wh-nope"), "{err}");
}
