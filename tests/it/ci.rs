//! What CI relies on: drift checks (`apply --check`, exit 6), endpoint
//! health (`webhook test --all`), and secrets from a vault
//! (`login --secret-command`).

use crate::common::*;
use serde_json::Value;

const FILE: &str = "[[webhook]]\nenvironment = \"production\"\nevent = \"Flag.created\"\nurl = \"https://a.example.com\"\n";

fn file(w: &World, text: &str) -> String {
    let path = w.home().join("hooks.toml");
    std::fs::write(&path, text).unwrap();
    path.to_str().unwrap().to_string()
}

#[test]
fn check_is_0_when_the_account_matches_and_6_when_it_drifts() {
    let w = World::new();
    let f = file(&w, FILE);
    // Drift: the webhook is missing. The plan is printed, nothing changes.
    let (code, out, err) = run(w.ci().args(["webhook", "apply", "-f", &f, "--check"]));
    assert_eq!(code, 6, "{err}");
    assert!(
        out.contains("create") && out.contains("https://a.example.com"),
        "{out}"
    );
    assert!(err.contains("differs"), "{err}");
    assert!(w.writes().is_empty(), "{:?}", w.writes());
    // JSON: the plan as an array.
    let (code, out, _) = run(w
        .ci()
        .args(["webhook", "apply", "-f", &f, "--check", "-o", "json"]));
    assert_eq!(code, 6);
    let plan = json(&out);
    assert_eq!(plan[0]["action"], "create");
    assert_eq!(plan[0]["environment"], "production");
    assert_eq!(plan[0]["event"], "Flag.created");
    assert_eq!(plan[0]["url"], "https://a.example.com");
    assert_eq!(plan[0]["id"], Value::Null);
    // Applied: no drift.
    w.ci()
        .args(["webhook", "apply", "-f", &f])
        .assert()
        .success();
    let (code, _, err) = run(w.ci().args(["webhook", "apply", "-f", &f, "--check"]));
    assert_eq!(code, 0, "{err}");
    // A webhook the file does not list is drift only with --prune.
    w.create("production", "flag-removed", "https://extra.example.com");
    let (code, _, _) = run(w.ci().args(["webhook", "apply", "-f", &f, "--check"]));
    assert_eq!(code, 0);
    let (code, out, _) = run(w
        .ci()
        .args(["webhook", "apply", "-f", &f, "--check", "--prune"]));
    assert_eq!(code, 6);
    assert!(
        out.contains("delete") && out.contains("https://extra.example.com"),
        "{out}"
    );
    assert_eq!(w.hub.webhooks("production").len(), 2, "nothing was pruned");
}

#[test]
fn check_never_says_drift_for_a_bad_file_or_a_network_failure() {
    let w = World::new();
    let f = file(
        &w,
        "[[webhook]]\nenvironment = \"production\"\nevent = \"Flag.exploded\"\nurl = \"x\"\n",
    );
    let (code, _, _) = run(w.ci().args(["webhook", "apply", "-f", &f, "--check"]));
    assert_eq!(code, 2);
    let f = file(&w, FILE);
    w.hub.inject(
        Fault::Status {
            status: 503,
            retry_after: None,
        },
        3,
    );
    let (code, _, err) = run(w.ci().args(["webhook", "apply", "-f", &f, "--check"]));
    assert_eq!(code, 1, "{err}");
    let (code, _, _) = run(w
        .ci()
        .env("FER_API_URL", "http://127.0.0.1:9/v1")
        .args(["webhook", "apply", "-f", &f, "--check"]));
    assert_eq!(code, 1);
}

#[test]
fn test_all_reports_every_endpoint_and_fails_when_one_does() {
    let w = World::new();
    let ok = Stub::start(|_| Reply::raw(204, b""));
    let broken = Stub::start(|_| Reply::raw(500, b"down"));
    let dead = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        format!("http://127.0.0.1:{}/", l.local_addr().unwrap().port())
    };
    let a = w.create("production", "flag-created", &format!("{}/a", ok.url()));
    let b = w.create(
        "production",
        "campaign-status-changed",
        &format!("{}/b", broken.url()),
    );
    let c = w.create("production", "flag-removed", &dead);
    let s = w.create("staging", "flag-created", &format!("{}/s", ok.url()));

    let (code, out, err) = run(w
        .ci()
        .args(["webhook", "test", "--all", "--env", "production"]));
    assert_eq!(code, 5, "{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert!(
        lines[0].starts_with("ID") && lines[0].contains("ERROR"),
        "{out}"
    );
    assert_eq!(lines.len(), 4, "{out}");
    // In the order of `webhook list`.
    assert!(
        lines[1].starts_with(&a) && lines[1].contains("204"),
        "{out}"
    );
    assert!(
        lines[2].starts_with(&b) && lines[2].contains("500"),
        "{out}"
    );
    assert!(
        lines[3].starts_with(&c) && lines[3].contains("could not connect"),
        "{out}"
    );
    assert!(err.contains("2 of 3 deliveries failed"), "{err}");

    let (code, out, _) = run(w
        .ci()
        .args(["webhook", "test", "--all", "--all-envs", "-o", "json"]));
    assert_eq!(code, 5);
    let reports = json(&out);
    let reports = reports.as_array().unwrap();
    assert_eq!(reports.len(), 4);
    let by_id = |id: &str| reports.iter().find(|r| r["id"] == id).unwrap().clone();
    assert_eq!(by_id(&a)["ok"], true);
    assert_eq!(by_id(&a)["environment"], "production");
    assert_eq!(by_id(&b)["status"], 500);
    assert_eq!(by_id(&c)["status"], Value::Null);
    assert!(by_id(&c)["error"].is_string());
    assert_eq!(by_id(&s)["environment"], "staging");
    assert!(by_id(&a)["duration_ms"].is_u64() && by_id(&a)["url"].is_string());

    // Only healthy endpoints in scope: exit 0. Each got a test delivery.
    let (code, _, err) = run(w.ci().args([
        "webhook",
        "test",
        "--all",
        "--all-envs",
        "--event",
        "flag-created",
    ]));
    assert_eq!(code, 0, "{err}");
    let got = ok.requests();
    assert!(got
        .iter()
        .all(|r| r.header("x-fer-test-delivery") == Some("true")));
    let body = json(&String::from_utf8_lossy(&got.last().unwrap().body));
    assert_eq!(body["event"], "Flag.created");
}

#[test]
fn test_all_without_a_terminal_needs_an_environment_when_there_are_several() {
    let w = World::new();
    let (code, _, err) = run(w.ci().args(["webhook", "test", "--all"]));
    assert_eq!(code, 2, "{err}");
    let (code, _, _) =
        run(w
            .ci()
            .args(["webhook", "test", "--all", "--url", "http://127.0.0.1:9"]));
    assert_eq!(code, 2);
}

/// `fer login` for the hub's account as the admin, with a secret command.
fn login_with_command(w: &World, cmd: &str) -> (i32, String, String) {
    run(w.fer().args([
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
fn a_secret_command_keeps_the_secret_out_of_the_config() {
    let w = World::new();
    let count = w.home().join("runs");
    let vault = w.home().join("vault");
    // Padded with spaces and a newline: fer uses the trimmed output.
    std::fs::write(&vault, format!("  {ADMIN_CLIENT_SECRET}\n")).unwrap();
    let cmd = format!(
        "echo run >> '{}'; cat '{}'",
        count.display(),
        vault.display()
    );
    let (code, out, err) = login_with_command(&w, &cmd);
    assert_eq!(code, 0, "{err}");
    let config = std::fs::read_to_string(w.config_path()).unwrap();
    assert!(config.contains("client_secret_command"), "{config}");
    assert!(
        !config.contains(ADMIN_CLIENT_SECRET),
        "no secret in the config: {config}"
    );
    assert!(!out.contains(ADMIN_CLIENT_SECRET) && !err.contains(ADMIN_CLIENT_SECRET));
    // Commands work; the command runs only when a new token is needed.
    w.fer().args(["env", "list"]).assert().success();
    w.fer()
        .args(["webhook", "list", "--all-envs"])
        .assert()
        .success();
    let runs = std::fs::read_to_string(&count).unwrap().lines().count();
    assert_eq!(runs, 1, "login's token serves the later commands");
    w.hub.expire_tokens();
    std::fs::remove_dir_all(w.cache_dir()).unwrap();
    w.fer().args(["env", "list"]).assert().success();
    assert_eq!(std::fs::read_to_string(&count).unwrap().lines().count(), 2);
    // auth status says where the secret comes from.
    let (code, out, _) = run(w.fer().args(["auth", "status", "-o", "json"]));
    assert_eq!(code, 0);
    let status = json(&out);
    assert_eq!(status["secret_source"], "command");
    // The command is shown by its program alone: the rest may hold a token.
    assert_eq!(status["secret_command"], "echo");
    assert!(!out.contains("vault"), "{out}");
    let (_, out, _) = run(w.fer().args(["auth", "status"]));
    assert!(out.contains("printed by a command (echo"), "{out}");
    assert!(!out.contains(ADMIN_CLIENT_SECRET));
}

#[test]
fn a_failing_or_silent_secret_command_is_exit_4_with_its_last_line() {
    let w = World::new();
    let (code, _, err) = login_with_command(
        &w,
        "echo 'unlocking' >&2; echo 'vault is sealed' >&2; exit 3",
    );
    assert_eq!(code, 4, "{err}");
    let message = err.lines().next().unwrap();
    assert!(
        message.contains("vault is sealed") && message.contains("exit 3"),
        "{err}"
    );
    assert!(!message.contains("unlocking"), "only the last line: {err}");
    assert!(!w.config_path().exists(), "nothing saved");
    let (code, _, err) = login_with_command(&w, "true");
    assert_eq!(code, 4, "{err}");
    assert!(err.contains("first line is empty"), "{err}");
}

#[test]
fn fer_client_secret_wins_over_the_command() {
    let w = World::new();
    let vault = w.home().join("vault");
    std::fs::write(&vault, ADMIN_CLIENT_SECRET).unwrap();
    let (code, _, err) = login_with_command(&w, &format!("cat '{}'", vault.display()));
    assert_eq!(code, 0, "{err}");
    // The command now fails, but the env var is used instead.
    std::fs::remove_file(&vault).unwrap();
    std::fs::remove_dir_all(w.cache_dir()).unwrap();
    let (code, _, err) = run(w
        .fer()
        .env("FER_CLIENT_SECRET", ADMIN_CLIENT_SECRET)
        .args(["env", "list"]));
    assert_eq!(code, 0, "{err}");
    // Without it, a new token needs the command, which fails.
    std::fs::remove_dir_all(w.cache_dir()).unwrap();
    let (code, _, err) = run(w.fer().args(["env", "list"]));
    assert_eq!(code, 4, "{err}");
    assert!(err.contains("secret command"), "{err}");
}
