//! Credentials end to end: login, logout, auth status, precedence, the
//! token cache and its refresh.

use crate::common::*;
use fer_hub::{EnvSeed, HookSeed, Options};

#[test]
fn login_saves_a_private_profile_after_checking_the_credentials() {
    let w = World::new();
    let (code, _out, err) = run(&mut w.login_as(ADMIN_CLIENT_ID, ADMIN_CLIENT_SECRET));
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("Logged in to account acc-local"), "{err}");
    let text = std::fs::read_to_string(w.config_path()).unwrap();
    let config: toml_edit::DocumentMut = text.parse().unwrap();
    assert_eq!(config["default_profile"].as_str(), Some("default"));
    let p = &config["profiles"]["default"];
    assert_eq!(p["account_id"].as_str(), Some("acc-local"));
    assert_eq!(p["client_id"].as_str(), Some(ADMIN_CLIENT_ID));
    assert_eq!(p["client_secret"].as_str(), Some(ADMIN_CLIENT_SECRET));
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&w.config_path()), 0o600);
    assert_eq!(mode(w.config_path().parent().unwrap()), 0o700);
    // The check fetched exactly one token, and it is cached for the next run.
    assert_eq!(w.token_calls(), 1);
    w.fer().args(["env", "list"]).assert().success();
    assert_eq!(w.token_calls(), 1, "the cached token is reused");
    // The secret is never printed.
    assert!(!err.contains(ADMIN_CLIENT_SECRET));
}

#[test]
fn refused_login_changes_nothing_on_disk() {
    let w = World::new();
    // No config yet: none is created.
    let (code, out, err) = run(&mut w.login_as(ADMIN_CLIENT_ID, "wrong-secret"));
    assert_eq!(code, 4, "{err}");
    assert!(err.contains("credentials were refused"), "{err}");
    assert!(!w.config_path().exists());
    assert!(!out.contains("wrong-secret") && !err.contains("wrong-secret"));

    // An existing config stays byte for byte as it was.
    w.login();
    let before = std::fs::read(w.config_path()).unwrap();
    let (code, _, _) = run(&mut w.login_as("someone-else", "nope"));
    assert_eq!(code, 4);
    assert_eq!(std::fs::read(w.config_path()).unwrap(), before);
}

#[test]
fn login_without_terminal_or_values_names_the_flags() {
    let w = World::new();
    let (code, _, err) = run(w.fer().arg("login"));
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("--account-id"), "{err}");
    let (code, _, err) = run(w
        .fer()
        .args(["login", "--account-id", "a", "--client-id", "b"]));
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("--client-secret-stdin") && err.contains("FER_CLIENT_SECRET"),
        "{err}"
    );
    assert_eq!(w.token_calls(), 0, "nothing is sent for a usage error");
    assert!(!w.config_path().exists());
}

#[test]
fn login_reads_the_secret_from_the_environment_and_resolves_the_environment() {
    let w = World::new();
    let (code, _, err) = run(w.fer().env("FER_CLIENT_SECRET", ADMIN_CLIENT_SECRET).args([
        "login",
        "--account-id",
        "acc-local",
        "--client-id",
        ADMIN_CLIENT_ID,
        "--environment",
        "STAGING",
    ]));
    assert_eq!(code, 0, "{err}");
    let text = std::fs::read_to_string(w.config_path()).unwrap();
    assert!(
        text.contains(&format!("environment = \"{}\"", w.env_id("staging"))),
        "{text}"
    );
}

#[test]
fn ci_needs_only_the_three_env_vars() {
    let w = World::new();
    let (code, out, err) = run(w.ci().args(["env", "list", "-o", "json"]));
    assert_eq!(code, 0, "{err}");
    let envs = json(&out);
    let names: Vec<&str> = envs
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["environment"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["production", "staging"]);
    assert!(!w.config_path().exists(), "no config file is written");
}

#[test]
fn flags_beat_env_vars_beat_the_profile() {
    let w = World::with(Options {
        environments: vec![
            EnvSeed {
                webhooks: vec![HookSeed {
                    event: "Flag.created".into(),
                    url: "https://p.example.com".into(),
                    description: String::new(),
                    ..HookSeed::default()
                }],
                ..EnvSeed::new("production", true)
            },
            EnvSeed {
                webhooks: vec![HookSeed {
                    event: "Flag.created".into(),
                    url: "https://s.example.com".into(),
                    description: String::new(),
                    ..HookSeed::default()
                }],
                ..EnvSeed::new("staging", false)
            },
        ],
        ..Options::default()
    });
    w.login();
    w.fer()
        .args(["env", "use", "production"])
        .assert()
        .success();
    let env_of = |cmd: &mut assert_cmd::Command, extra: &[&str]| {
        let (code, out, err) = run(cmd.args(["webhook", "list", "-o", "json"]).args(extra));
        assert_eq!(code, 0, "{err}");
        json(&out)[0]["environment"].as_str().unwrap().to_string()
    };
    // Environment: profile < FER_ENVIRONMENT < --env.
    assert_eq!(env_of(&mut w.fer(), &[]), "production");
    assert_eq!(
        env_of(w.fer().env("FER_ENVIRONMENT", "staging"), &[]),
        "staging"
    );
    assert_eq!(
        env_of(
            w.fer().env("FER_ENVIRONMENT", "staging"),
            &["--env", "production"]
        ),
        "production"
    );

    // API URL: the profile holds the hub's; a bad env var wins over it, and the flag over both.
    let bad = "http://127.0.0.1:9/v1";
    let (code, _, _) = run(w.fer().env_remove("FER_API_URL").args(["env", "list"]));
    assert_eq!(code, 0, "the profile's api_url is used");
    let (code, _, err) = run(w.fer().env("FER_API_URL", bad).args(["env", "list"]));
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("127.0.0.1:9"), "{err}");
    let (code, _, err) =
        run(w
            .fer()
            .env("FER_API_URL", bad)
            .args(["--api-url", &w.hub.api_url(), "env", "list"]));
    assert_eq!(code, 0, "{err}");

    // Credentials: env vars override the profile's, field by field.
    let (code, _, err) = run(w
        .fer()
        .env("FER_CLIENT_SECRET", "not-the-secret")
        .env("FER_CLIENT_ID", "other")
        .args(["env", "list"]));
    assert_eq!(code, 4, "{err}");

    // Profile: --profile over FER_PROFILE over default_profile.
    let (code, _, err) = run(w.fer().env("FER_PROFILE", "nobody").args(["env", "list"]));
    assert_eq!(code, 4, "{err}");
    assert!(err.contains("profile 'nobody'"), "{err}");
    let (code, _, err) =
        run(w
            .fer()
            .env("FER_PROFILE", "nobody")
            .args(["--profile", "default", "env", "list"]));
    assert_eq!(code, 0, "{err}");
}

#[test]
fn a_fresh_token_is_fetched_once_after_the_server_expired_them() {
    let w = World::new();
    w.login();
    w.fer().args(["env", "list"]).assert().success();
    assert_eq!(w.token_calls(), 1);
    w.hub.expire_tokens();
    w.hub.clear_log();
    let (code, _, err) = run(w.fer().args(["env", "list"]));
    assert_eq!(code, 0, "{err}");
    let log = w.hub.log();
    let statuses: Vec<(String, u16)> = log
        .iter()
        .map(|e| (e.path.split('?').next().unwrap().to_string(), e.status))
        .collect();
    assert_eq!(statuses.len(), 3, "{statuses:?}");
    assert_eq!(statuses[0].1, 401);
    assert!(
        statuses[1].0.ends_with("/token") && statuses[1].1 == 200,
        "{statuses:?}"
    );
    assert_eq!(statuses[2].1, 200);
    // The new token was cached: the next run makes no token call.
    w.hub.clear_log();
    w.fer().args(["env", "list"]).assert().success();
    assert_eq!(w.token_calls(), 0);
}

#[test]
fn a_token_refused_after_one_refresh_is_exit_4() {
    let w = World::new();
    w.hub.inject(
        Fault::Status {
            status: 401,
            retry_after: None,
        },
        2,
    );
    let (code, _, err) = run(w.ci().args(["env", "list"]));
    assert_eq!(code, 4, "{err}");
    assert!(err.contains("refused the access token"), "{err}");
    assert_eq!(w.token_calls(), 2, "one token, then exactly one refresh");
}

#[test]
fn a_missing_scope_is_exit_4_and_names_the_scope() {
    let w = World::new();
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
    assert!(err.contains("webhook.create"), "{err}");
    // Reading is allowed to the same client.
    w.reader()
        .args(["webhook", "list", "--all-envs"])
        .assert()
        .success();
}

#[test]
fn logout_removes_the_profile_and_its_token() {
    let w = World::new();
    w.login();
    let tokens = || {
        std::fs::read_dir(w.cache_dir().join("tokens"))
            .map(|d| d.count())
            .unwrap_or(0)
    };
    assert_eq!(tokens(), 1);
    w.fer().arg("logout").assert().success();
    assert_eq!(tokens(), 0);
    let text = std::fs::read_to_string(w.config_path()).unwrap();
    assert!(!text.contains("client_secret"), "{text}");
    let (code, _, err) = run(w.fer().arg("logout"));
    assert_eq!(code, 4, "{err}");
    let (code, _, _) = run(w.fer().args(["env", "list"]));
    assert_eq!(code, 4);
}

#[test]
fn auth_status_tells_where_things_are_and_never_the_secret() {
    let w = World::new();
    w.login();
    let (code, out, err) = run(w.fer().args(["auth", "status"]));
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("acc-local") && out.contains(ADMIN_CLIENT_ID),
        "{out}"
    );
    assert!(
        out.contains("mode 0600") && out.contains("config file"),
        "{out}"
    );
    assert!(out.contains("expires") && out.contains("valid"), "{out}");
    assert!(!out.contains(ADMIN_CLIENT_SECRET) && !err.contains(ADMIN_CLIENT_SECRET));
    let (code, out, _) = run(w
        .fer()
        .env("FER_CLIENT_SECRET", "bad")
        .args(["auth", "status", "-o", "json"]));
    assert_eq!(code, 4);
    let v = json(&out);
    assert_eq!(v["secret_source"], "env");
    assert_eq!(v["credentials_valid"], false);
    assert!(!out.contains("\"bad\""));
}

#[test]
fn concurrent_requests_refused_together_share_one_new_token() {
    let w = World::with(fer_hub::generated(8, 1, 50));
    w.login();
    // Environments cached, token cached: the next run starts with 8 concurrent lists.
    w.fer()
        .args(["webhook", "list", "--all-envs"])
        .assert()
        .success();
    w.hub.expire_tokens();
    w.hub.clear_log();
    let (code, out, err) = run(w.fer().args(["webhook", "list", "--all-envs", "-q"]));
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.lines().count(), 8);
    assert_eq!(w.token_calls(), 1, "{:?}", w.hub.log());
}

#[test]
fn a_short_lived_token_is_still_reused_across_runs() {
    let w = World::with(Options {
        token_ttl: Some(30),
        ..Options::default()
    });
    w.ci().args(["env", "list"]).assert().success();
    w.ci().args(["env", "list"]).assert().success();
    assert_eq!(
        w.token_calls(),
        1,
        "a 30 s token is used until 6 s before it ends"
    );
}

#[test]
fn auth_status_says_where_each_value_came_from() {
    // The sandbox is named as the source, not FER_CLIENT_SECRET.
    let w = World::new();
    let (code, out, err) = run(w.fer().args(["--sandbox", "auth", "status"]));
    assert_eq!(code, 0, "{err}");
    assert!(!out.contains("FER_CLIENT_SECRET"), "{out}");
    assert!(out.contains("the sandbox's built-in credentials"), "{out}");
    assert!(out.contains("(from the sandbox)"), "{out}");
    let (_, out, _) = run(w.fer().args(["--sandbox", "auth", "status", "-o", "json"]));
    let v = json(&out);
    assert_eq!(v["sources"]["client_secret"], "sandbox", "{v}");
    assert_eq!(v["sources"]["api_url"], "sandbox", "{v}");

    // A profile, an env var over it, a flag, a default.
    w.login();
    let (code, out, err) = run(w
        .fer()
        .env_remove("FER_API_URL")
        .env("FER_CLIENT_ID", ADMIN_CLIENT_ID)
        .args([
            "--api-url",
            &w.hub.api_url(),
            "auth",
            "status",
            "-o",
            "json",
        ]));
    assert_eq!(code, 0, "{err}");
    let v = json(&out);
    let s = &v["sources"];
    assert_eq!(s["account_id"], "profile:default", "{v}");
    assert_eq!(s["client_secret"], "profile:default", "{v}");
    assert_eq!(s["client_id"], "env:FER_CLIENT_ID", "{v}");
    assert_eq!(s["api_url"], "flag:--api-url", "{v}");
    assert_eq!(s["auth_url"], "env:FER_AUTH_URL", "{v}");
    assert_eq!(s["config"], "default", "{v}");
    let (_, out, _) = run(w.fer().args(["auth", "status"]));
    assert!(out.contains("(from FER_API_URL)"), "{out}");
    assert!(
        out.contains("(from profile 'default' of the config file)"),
        "{out}"
    );
}
