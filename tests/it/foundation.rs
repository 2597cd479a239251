//! The API client, environments, events and output end to end: the real
//! `fer` binary against fer-hub.

use crate::common::*;
use fer_hub::{EnvSeed, Options};

#[test]
fn env_list_follows_pages_past_the_servers_cap() {
    let names: Vec<String> = (0..120).map(|i| format!("env-{i:03}")).collect();
    let w = World::with(Options {
        page_cap: 50,
        environments: names
            .iter()
            .enumerate()
            .map(|(i, n)| EnvSeed::new(n, i == 0))
            .collect(),
        ..Options::default()
    });
    let (code, out, err) = run(w.ci().args(["env", "list", "-o", "json"]));
    assert_eq!(code, 0, "{err}");
    let got: Vec<String> = json(&out)
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["environment"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(got, names, "all 120, in order");
    let pages = w
        .hub
        .log()
        .iter()
        .filter(|e| e.path.contains("account_environments?"))
        .count();
    assert_eq!(pages, 3, "50 + 50 + 20");
    // The table shows them too, with the columns docs/interface.md promises.
    let (_, out, _) = run(w.ci().args(["env", "list"]));
    assert!(
        out.lines()
            .next()
            .unwrap()
            .split_whitespace()
            .eq(["ID", "NAME", "MAIN", "PANIC"]),
        "{out}"
    );
    assert_eq!(out.lines().count(), 121);
}

#[test]
fn env_use_sets_the_default_environment_by_name_or_id() {
    let w = World::new();
    w.login();
    let (code, _, err) = run(w.fer().args(["env", "use", "Staging"]));
    assert_eq!(code, 0, "{err}");
    let text = std::fs::read_to_string(w.config_path()).unwrap();
    assert!(text.contains(&w.env_id("staging")), "{text}");
    let (code, _, err) = run(w.fer().args(["env", "use", "qa"]));
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("unknown environment 'qa'") && err.contains("production, staging"),
        "{err}"
    );
}

#[test]
fn events_are_listed_and_sampled_in_every_accepted_form() {
    let w = World::new();
    let (code, out, _) = run(w.fer().args(["events", "list", "-o", "json"]));
    assert_eq!(code, 0);
    let all = json(&out);
    let all = all.as_array().unwrap();
    assert_eq!(all.len(), 15);
    // The vendor's legacy identifiers are known, and marked.
    let legacy: Vec<&str> = all
        .iter()
        .filter(|e| e["legacy"] == true)
        .map(|e| e["event"].as_str().unwrap())
        .collect();
    assert_eq!(
        legacy,
        [
            "Feature.status",
            "Feature.active",
            "Feature.paused",
            "Flag.new",
            "Flag.deleted",
            "Environment.synchronize"
        ]
    );
    for form in [
        "Campaign.status.changed",
        "campaign.status.changed",
        "campaign-status-changed",
        "campaign_status_changed",
        "Campaign status changed",
    ] {
        let (code, out, err) = run(w.fer().args(["events", "sample", form]));
        assert_eq!(code, 0, "{form}: {err}");
        let body = json(&out);
        assert_eq!(body["event"], "Campaign.status.changed");
        assert_eq!(body["campaign_previous_status"], "draft");
    }
    let (code, _, err) = run(w.fer().args(["events", "sample", "flag-exploded"]));
    assert_eq!(code, 2);
    assert!(
        err.contains("unknown event 'flag-exploded'") && err.contains("Flag.created"),
        "{err}"
    );
    // The account id of the credentials in force goes into the sample.
    let (_, out, _) =
        run(w
            .fer()
            .env("FER_ACCOUNT_ID", "acc-mine")
            .args(["events", "sample", "flag-created"]));
    assert_eq!(json(&out)["account_id"], "acc-mine");
}

#[test]
fn verbose_logs_each_request_without_secrets() {
    let w = World::new();
    let (code, _, err) = run(w.ci().args(["-v", "env", "list"]));
    assert_eq!(code, 0, "{err}");
    let lines: Vec<&str> = err.lines().collect();
    assert!(
        lines.iter().any(|l| l.starts_with("POST ")
            && l.contains("/auth/acc-local/token")
            && l.contains(" 200 ")),
        "{err}"
    );
    assert!(
        lines.iter().any(|l| l.starts_with("GET ")
            && l.contains("account_environments")
            && l.ends_with("ms")),
        "{err}"
    );
    assert!(
        !err.contains(ADMIN_CLIENT_SECRET) && !err.contains("hub-"),
        "{err}"
    );
}

#[test]
fn json_errors_go_to_stderr_as_one_object() {
    let w = World::new();
    let (code, out, err) = run(w.fer().args(["env", "list", "-o", "json"]));
    assert_eq!(code, 4);
    assert!(out.is_empty());
    let e = json(err.trim());
    assert_eq!(e["error"]["kind"], "auth");
    assert_eq!(e["error"]["exit_code"], 4);
    assert!(e["error"]["message"]
        .as_str()
        .unwrap()
        .contains("not logged in"));
}

#[test]
fn bad_inputs_have_their_exit_codes() {
    let w = World::new();
    let cases: &[(&[&str], i32, &str)] = &[
        (
            &["--api-url", "not a url", "env", "list"],
            2,
            "not a valid base URL",
        ),
        (&["-o", "yaml", "env", "list"], 2, "invalid value 'yaml'"),
        (&["env", "use"], 2, "required"),
        (
            &["webhook", "list", "--env", "qa"],
            2,
            "unknown environment 'qa'",
        ),
        (
            &[
                "webhook",
                "create",
                "--env",
                "production",
                "--event",
                "nope",
                "--url",
                "https://x.example.com",
            ],
            2,
            "unknown event 'nope'",
        ),
        (
            &["--color", "sometimes", "events", "list"],
            2,
            "invalid value",
        ),
    ];
    for (args, want, text) in cases {
        let (code, _, err) = run(w.ci().args(*args));
        assert_eq!(code, *want, "{args:?}: {err}");
        assert!(err.contains(text), "{args:?}: {err}");
    }
}

#[test]
fn config_problems_name_the_file() {
    let w = World::new();
    std::fs::create_dir_all(w.config_path().parent().unwrap()).unwrap();
    std::fs::write(
        w.config_path(),
        "default_profile = \"default\"\n[profiles.default\naccount_id = 1\n",
    )
    .unwrap();
    let (code, _, err) = run(w.fer().args(["env", "list"]));
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains(&w.config_path().display().to_string()) && err.contains("line 2"),
        "{err}"
    );

    // A config readable by others is used, with a warning.
    std::fs::remove_file(w.config_path()).unwrap();
    w.login();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(w.config_path(), std::fs::Permissions::from_mode(0o644)).unwrap();
    let (code, _, err) = run(w.fer().args(["env", "list"]));
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("warning:") && err.contains("0644") && err.contains("chmod 600"),
        "{err}"
    );
}

#[test]
fn transient_faults_are_retried_and_lasting_ones_reported() {
    let w = World::new();
    // 429 with Retry-After, then 503: both retried on a read.
    w.hub.inject(
        Fault::Status {
            status: 429,
            retry_after: Some(1),
        },
        1,
    );
    w.hub.inject(
        Fault::Status {
            status: 503,
            retry_after: None,
        },
        1,
    );
    let start = std::time::Instant::now();
    let (code, _, err) = run(w.ci().args(["env", "list"]));
    assert_eq!(code, 0, "{err}");
    assert!(
        start.elapsed() >= std::time::Duration::from_secs(1),
        "Retry-After was honoured"
    );

    // 500 is not transient: exit 1 at once, with the server's message.
    w.hub.inject(
        Fault::Status {
            status: 500,
            retry_after: None,
        },
        1,
    );
    let (code, _, err) = run(w.ci().args(["env", "list"]));
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("500") && err.contains("injected fault"),
        "{err}"
    );

    // 503 three times: three attempts, then exit 1.
    w.hub.clear_log();
    w.hub.inject(
        Fault::Status {
            status: 503,
            retry_after: None,
        },
        3,
    );
    let (code, _, _) = run(w.ci().args(["env", "list"]));
    assert_eq!(code, 1);
    assert_eq!(
        w.hub
            .log()
            .iter()
            .filter(|e| e.path.contains("account_environments"))
            .count(),
        3
    );

    // A proxy's HTML page still gives a readable message.
    w.hub.inject(Fault::Html, 3);
    let (code, _, err) = run(w.ci().args(["env", "list"]));
    assert_eq!(code, 1);
    assert!(
        err.contains("HTML page") && err.contains("502 Bad Gateway"),
        "{err}"
    );
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn a_warm_webhook_list_is_one_request_and_an_unknown_name_is_looked_up_afresh() {
    let w = World::new();
    w.login();
    w.fer()
        .args(["webhook", "list", "--env", "production"])
        .assert()
        .success();
    w.hub.clear_log();
    let (code, _, err) = run(w.fer().args(["webhook", "list", "--env", "production"]));
    assert_eq!(code, 0, "{err}");
    let log = w.hub.log();
    assert_eq!(
        log.len(),
        1,
        "token and environments come from the cache: {log:?}"
    );
    assert!(log[0].path.contains("/webhooks?"), "{log:?}");

    // A name the cached list does not know: the list is fetched again before exit 2.
    w.hub.clear_log();
    let (code, _, err) = run(w.fer().args(["webhook", "list", "--env", "qa"]));
    assert_eq!(code, 2, "{err}");
    assert_eq!(
        w.hub
            .log()
            .iter()
            .filter(|e| e.path.contains("account_environments?"))
            .count(),
        1
    );

    // `env list` always asks the server.
    w.hub.clear_log();
    w.fer().args(["env", "list"]).assert().success();
    assert_eq!(w.hub.log().len(), 1);
}

#[test]
fn command_line_errors_are_json_too_with_o_json() {
    let w = World::new();
    for (args, env) in [
        (vec!["-o", "json", "webhook", "create", "--bogus"], None),
        (vec!["webhook", "get", "--output=json"], None),
        (vec!["webhook", "list", "--env"], Some("json")),
    ] {
        let mut cmd = w.fer();
        if let Some(v) = env {
            cmd.env("FER_OUTPUT", v);
        }
        let (code, out, err) = run(cmd.args(&args));
        assert_eq!(code, 2, "{args:?}");
        assert!(out.is_empty());
        let e = json(err.trim());
        assert_eq!(e["error"]["kind"], "usage", "{err}");
        assert!(!e["error"]["message"].as_str().unwrap().is_empty());
    }
    // Without -o json clap's own message stays, and --help still prints help.
    let (code, _, err) = run(w.fer().args(["webhook", "create", "--bogus"]));
    assert_eq!(code, 2);
    assert!(
        err.starts_with("error: unexpected argument '--bogus'"),
        "{err}"
    );
    let (code, out, _) = run(w.fer().args(["-o", "json", "--help"]));
    assert_eq!(code, 0);
    assert!(out.contains("Usage:"));
}

#[test]
fn a_closed_pipe_ends_fer_quietly() {
    let w = World::with(fer_hub::generated(2, 300, 50));
    let fer = assert_cmd::cargo::cargo_bin("fer");
    let script = format!(
        "set -o pipefail; FER_ACCOUNT_ID={} FER_CLIENT_ID={ADMIN_CLIENT_ID} FER_CLIENT_SECRET={ADMIN_CLIENT_SECRET} \
         FER_API_URL={} FER_AUTH_URL={} HOME={home} XDG_CONFIG_HOME={home}/config XDG_CACHE_HOME={home}/cache XDG_DATA_HOME={home}/data '{}' webhook list --all-envs | head -2",
        w.hub.account_id(),
        w.hub.api_url(),
        w.hub.auth_url(),
        fer.display(),
        home = w.home().display()
    );
    let out = std::process::Command::new("bash")
        .arg("-c")
        .arg(&script)
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "exit {:?}: {stderr}",
        out.status.code()
    );
    assert!(
        !stderr.contains("panicked") && !stderr.contains("Broken pipe"),
        "{stderr}"
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 2);
}

#[test]
fn colour_only_when_asked_or_on_a_terminal() {
    let w = World::new();
    let (_, plain, _) = run(w.fer().args(["events", "list"]));
    assert!(!plain.contains('\x1b'), "piped output has no colour");
    let (_, forced, _) = run(w
        .fer()
        .env_remove("NO_COLOR")
        .args(["--color", "always", "events", "list"]));
    assert!(forced.contains("\x1b["), "{forced:?}");
    let (_, _, err_forced) = run(w.fer().args(["--color", "always", "env", "list"]));
    assert!(
        err_forced.contains("\x1b["),
        "errors are coloured too when forced: {err_forced:?}"
    );
    let (_, never, _) = run(w.fer().args(["--color", "never", "events", "list"]));
    assert_eq!(never, plain);
}

#[test]
fn a_cached_environment_list_never_hides_a_new_environment() {
    let w = World::new();
    w.login();
    w.fer()
        .args(["webhook", "list", "--env", "production"])
        .assert()
        .success();
    // An environment is added meanwhile; the cache does not know it.
    w.hub.add_environment("qa");
    // Someone else adds a webhook there (with a cache of their own).
    let elsewhere = tempfile::tempdir().unwrap();
    let (code, id, err) = run(w.ci().env("XDG_CACHE_HOME", elsewhere.path()).args([
        "webhook",
        "create",
        "--env",
        "qa",
        "--event",
        "flag-created",
        "--url",
        "https://qa.example.com",
        "-q",
    ]));
    assert_eq!(code, 0, "{err}");
    let id = id.trim().to_string();
    let (code, out, err) = run(w.fer().args(["webhook", "list", "--all-envs", "-q"]));
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out.trim(),
        id,
        "--all-envs asks the server for the environments"
    );
    let (code, out, err) = run(w.fer().args(["webhook", "get", &id, "-q"]));
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out.trim(),
        id,
        "an id is searched in every environment there is"
    );
    let (code, _, err) = run(w.fer().args(["webhook", "list", "--env", "QA"]));
    assert_eq!(code, 0, "{err}");
}

#[test]
fn an_environment_made_again_is_found_on_the_next_run() {
    let w = World::new();
    w.login();
    w.fer()
        .args(["webhook", "list", "--env", "staging"])
        .assert()
        .success();
    // staging is deleted and made again: same name, another id.
    w.hub.remove_environment("staging");
    w.hub.add_environment("staging");
    let (code, _, err) = run(w.fer().args(["webhook", "list", "--env", "staging"]));
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("run the command again"), "{err}");
    let (code, _, err) = run(w.fer().args(["webhook", "list", "--env", "staging"]));
    assert_eq!(code, 0, "the next run asks the server: {err}");
}

#[test]
fn a_missing_webhook_is_not_blamed_on_the_environment_cache() {
    let w = World::new();
    w.login();
    w.fer()
        .args(["webhook", "list", "--env", "staging"])
        .assert()
        .success();
    let (code, _, err) = run(w
        .fer()
        .args(["webhook", "get", "wh-nope", "--env", "staging"]));
    assert_eq!(code, 3, "{err}");
    assert!(!err.contains("cache"), "{err}");
}
