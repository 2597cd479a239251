//! Right against the real platform: the vendor's events and values, the
//! delivery schemas, the success rule, the webhook route as a setting, the
//! vendor CLI's credentials.

use serde_json::{json, Value};

use crate::common::*;
use fer_hub::{EnvSeed, Options};

/// A JSON Schema check for the keywords fer's schemas use (`type`, `enum`,
/// `const`, `required`, `properties`, `oneOf`, `format: date-time`); a
/// keyword it does not know fails the test, so it cannot pass by ignoring.
fn validate(schema: &Value, v: &Value) -> Result<(), String> {
    let known = [
        "$schema",
        "$id",
        "title",
        "description",
        "type",
        "properties",
        "required",
        "additionalProperties",
        "enum",
        "const",
        "format",
        "oneOf",
    ];
    let obj = schema.as_object().ok_or("a schema is an object")?;
    if let Some(k) = obj.keys().find(|k| !known.contains(&k.as_str())) {
        return Err(format!("keyword {k} not understood here"));
    }
    if let Some(all) = obj.get("oneOf") {
        let ok = all
            .as_array()
            .unwrap()
            .iter()
            .filter(|s| validate(s, v).is_ok())
            .count();
        return if ok == 1 {
            Ok(())
        } else {
            Err(format!("{ok} of oneOf match"))
        };
    }
    match obj.get("type").and_then(Value::as_str) {
        Some("object") if !v.is_object() => return Err(format!("{v} is not an object")),
        Some("string") if !v.is_string() => return Err(format!("{v} is not a string")),
        _ => {}
    }
    if let Some(c) = obj.get("const") {
        if c != v {
            return Err(format!("{v} is not {c}"));
        }
    }
    if let Some(e) = obj.get("enum") {
        if !e.as_array().unwrap().contains(v) {
            return Err(format!("{v} not in {e}"));
        }
    }
    if obj.get("format").and_then(Value::as_str) == Some("date-time") {
        chrono::DateTime::parse_from_rfc3339(v.as_str().unwrap_or(""))
            .map_err(|e| format!("{v}: {e}"))?;
    }
    for r in obj
        .get("required")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        if v.get(r.as_str().unwrap()).is_none() {
            return Err(format!("{r} is required"));
        }
    }
    if let Some(props) = obj.get("properties").and_then(Value::as_object) {
        for (k, s) in props {
            if let Some(x) = v.get(k) {
                validate(s, x).map_err(|e| format!("{k}: {e}"))?;
            }
        }
    }
    Ok(())
}

#[test]
fn every_sample_validates_against_its_schema_and_the_vendors_values() {
    let w = World::new();
    let (code, out, _) = run(w.fer().args(["events", "list", "-o", "json"]));
    assert_eq!(code, 0);
    let (_, all, _) = run(w.fer().args(["events", "schema"]));
    let all = json(&all);
    assert_eq!(all["oneOf"].as_array().unwrap().len(), 15);
    for e in json(&out).as_array().unwrap() {
        let id = e["event"].as_str().unwrap();
        let (code, sample, err) = run(w.fer().args(["events", "sample", id]));
        assert_eq!(code, 0, "{id}: {err}");
        let (code, schema, err) = run(w.fer().args(["events", "schema", id]));
        assert_eq!(code, 0, "{id}: {err}");
        let (sample, schema) = (json(&sample), json(&schema));
        assert_eq!(
            schema["$schema"],
            "https://json-schema.org/draft/2020-12/schema"
        );
        validate(&schema, &sample).unwrap_or_else(|e| panic!("{id}: {e}\n{sample}"));
        validate(&all, &sample).unwrap_or_else(|e| panic!("{id} against all: {e}"));
        for (name, p) in schema["properties"].as_object().unwrap() {
            let d = p["description"].as_str().unwrap();
            assert!(
                d.contains("documented (") || d.contains("inferred (") || d.contains("assumed"),
                "{id}.{name}: {d}"
            );
        }
        assert!(
            sample["date"].as_str().unwrap().ends_with("+00:00"),
            "{sample}"
        );
        assert_ne!(sample["campaign_status"], "live");
        assert_ne!(sample["target_user_role"], "EDITOR");
    }
    let (_, s, _) = run(w
        .fer()
        .args(["events", "sample", "campaign-status-changed"]));
    assert_eq!(json(&s)["campaign_status"], "active");
}

#[test]
fn a_portal_shaped_delivery_draws_no_warning_and_a_legacy_one_is_known() {
    let w = World::new();
    let l = Listener::start(&w, &["--max-events", "2"]);
    let portal = json!({"event": "Feature.active", "user_id": "1", "user_email": "a@b.c",
        "user_role": "SUPER_ADMIN", "date": "2005-08-15T15:52:01+00:00", "account_id": "a",
        "account_name": "A", "environment_id": "e", "campaign_id": "c", "campaign_name": "C",
        "campaign_type": "toggle", "campaign_status": "active"});
    let data = w.home().join("portal.json");
    std::fs::write(&data, portal.to_string()).unwrap();
    send_test(
        &w,
        &l.url,
        "flag-created",
        &["--data", data.to_str().unwrap()],
    );
    // A real-shaped Campaign.status.changed without the assumed field.
    let mut body = json!({"event": "Campaign.status.changed", "user_id": "1", "user_email": "a@b.c",
        "user_role": "MEMBER", "date": "2026-11-28T10:00:00+00:00", "campaign_id": "c",
        "campaign_name": "C", "campaign_type": "ab", "campaign_status": "paused"});
    body.as_object_mut()
        .unwrap()
        .remove("campaign_previous_status");
    std::fs::write(&data, body.to_string()).unwrap();
    send_test(
        &w,
        &l.url,
        "flag-created",
        &["--data", data.to_str().unwrap()],
    );
    let (code, out, err) = l.wait();
    assert_eq!(code, 0);
    assert!(!err.contains("warning"), "{err}");
    assert!(!out.contains("unknown event"), "{out}");
    assert!(out.contains("Feature.active"), "{out}");
}

#[test]
fn the_webhook_route_is_a_setting() {
    let w = World::with(Options {
        webhooks_path: "envs/{environment_id}/hooks".into(),
        ..Options::default()
    });
    let (code, _, err) = run(w.ci().args(["webhook", "list", "--env", "production"]));
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("no webhook route") && err.contains("FER_WEBHOOKS_PATH"),
        "{err}"
    );
    let path = "envs/{environment_id}/hooks";
    let (code, out, err) = run(w.ci().env("FER_WEBHOOKS_PATH", path).args([
        "webhook",
        "create",
        "--env",
        "production",
        "--event",
        "flag-created",
        "--url",
        "https://x.example.com",
        "-q",
    ]));
    assert_eq!(code, 0, "{err}");
    let id = out.trim().to_string();
    assert!(w
        .hub
        .log()
        .iter()
        .any(|e| e.path.contains("/v1/envs/") && e.method == "POST"));
    // In the profile too.
    w.login();
    let cfg = std::fs::read_to_string(w.config_path()).unwrap();
    std::fs::write(
        w.config_path(),
        cfg.replace(
            "[profiles.default]\n",
            &format!("[profiles.default]\nwebhooks_path = \"{path}\"\n"),
        ),
    )
    .unwrap();
    let (code, out, err) = run(w
        .fer()
        .args(["webhook", "list", "--env", "production", "-q"]));
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.trim(), id);
    // A path without the environment is refused up front.
    let (code, _, err) = run(w.ci().env("FER_WEBHOOKS_PATH", "/hooks").args([
        "webhook",
        "list",
        "--env",
        "production",
    ]));
    assert_eq!(code, 2, "{err}");
}

#[test]
fn refused_credentials_say_where_credentials_come_from() {
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
    assert!(
        err.contains("missing scope webhook.create"),
        "the server's message as sent: {err}"
    );
    assert!(err.contains("only Super Admin users"), "{err}");
    assert!(!err.contains("lack a scope (environment.list"), "{err}");
    let (code, _, err) = run(&mut w.login_as(ADMIN_CLIENT_ID, "wrong"));
    assert_eq!(code, 4, "{err}");
    assert!(err.contains("only Super Admin users"), "{err}");
}

fn vendor_files(w: &World, files: &[(&str, String)]) -> std::path::PathBuf {
    let dir = w.home().join(".abtasty/credentials/fe");
    std::fs::create_dir_all(&dir).unwrap();
    for (name, text) in files {
        std::fs::write(dir.join(name), text).unwrap();
    }
    dir
}

#[test]
fn login_imports_the_vendor_clis_credential() {
    let w = World::new();
    let staging = w.env_id("staging");
    let cred = format!(
        "username: ops@example.com\nclient_id: {ADMIN_CLIENT_ID}\nclient_secret: {ADMIN_CLIENT_SECRET}\ntoken: old\nrefresh_token: r\nscope: '*'\n"
    );
    let dir = vendor_files(&w, &[
        ("prod.yaml", cred.clone()),
        ("other.yaml", format!("client_id: {READER_CLIENT_ID}\nclient_secret: {READER_CLIENT_SECRET}\n")),
        (".cli.yaml", format!("current_used_credential: prod\naccount_id: {}\naccount_environment_id: {staging}\nworking_dir: /tmp\n", w.hub.account_id())),
    ]);
    let before: Vec<(String, Vec<u8>)> = ["prod.yaml", "other.yaml", ".cli.yaml"]
        .iter()
        .map(|f| (f.to_string(), std::fs::read(dir.join(f)).unwrap()))
        .collect();
    let (code, _, err) = run(w.fer().args(["login", "--from-abtasty-cli"]));
    assert_eq!(code, 0, "{err}");
    let cfg = std::fs::read_to_string(w.config_path()).unwrap();
    assert!(
        cfg.contains(&format!("client_id = \"{ADMIN_CLIENT_ID}\"")),
        "{cfg}"
    );
    assert!(
        cfg.contains(&format!("environment = \"{staging}\"")),
        "{cfg}"
    );
    for (f, bytes) in before {
        assert_eq!(
            std::fs::read(dir.join(&f)).unwrap(),
            bytes,
            "{f} was only read"
        );
    }
    let (code, _, err) = run(w.fer().args([
        "--profile",
        "r",
        "login",
        "--from-abtasty-cli",
        "--name",
        "other",
    ]));
    assert_eq!(code, 0, "{err}");
    // Several credentials and no current one: names listed, exit 2.
    std::fs::write(
        dir.join(".cli.yaml"),
        format!("account_id: {}\n", w.hub.account_id()),
    )
    .unwrap();
    let (code, _, err) = run(w.fer().args(["login", "--from-abtasty-cli"]));
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("other, prod") && err.contains("--name"),
        "{err}"
    );
    // No secret.
    std::fs::write(dir.join("prod.yaml"), "client_id: x\n").unwrap();
    let (code, _, err) = run(w
        .fer()
        .args(["login", "--from-abtasty-cli", "--name", "prod"]));
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("no client_secret"), "{err}");
    // No directory.
    let fresh = World::new();
    let (code, _, err) = run(fresh.fer().args(["login", "--from-abtasty-cli"]));
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("does not exist"), "{err}");
    assert!(!fresh.config_path().exists());
}

#[test]
fn sandbox_trigger_counts_a_30x_as_delivered() {
    let w = World::new();
    let l = Listener::start(&w, &["--respond-with", "302", "--max-events", "1"]);
    let mut c = w.fer();
    c.env("XDG_DATA_HOME", w.home().join("data"));
    let (code, _, err) = run(c.args([
        "--sandbox",
        "webhook",
        "create",
        "--env",
        "staging",
        "--event",
        "account-access-granted",
        "--url",
        &l.url,
        "--yes",
    ]));
    assert_eq!(code, 0, "{err}");
    let mut c = w.fer();
    c.env("XDG_DATA_HOME", w.home().join("data"));
    let (code, out, err) = run(c.args([
        "sandbox",
        "trigger",
        "account-access-granted",
        "--env",
        "staging",
    ]));
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("counted as delivered"), "{out}");
    l.wait();
}

#[test]
fn fer_hub_serves_legacy_webhooks_and_refuses_them_for_new_ones() {
    let w = World::with(Options {
        environments: vec![EnvSeed {
            webhooks: vec![fer_hub::HookSeed {
                raw: Some(
                    json!({"id": "wh-old", "event": "Feature.paused", "url": "https://x.example.com"}),
                ),
                ..fer_hub::HookSeed::default()
            }],
            ..EnvSeed::new("production", true)
        }],
        ..Options::default()
    });
    let (code, out, _) = run(w
        .ci()
        .args(["webhook", "list", "--event", "feature-paused", "-q"]));
    assert_eq!(code, 0);
    assert_eq!(out.trim(), "wh-old");
    let (code, _, err) = run(w.ci().args([
        "webhook",
        "create",
        "--event",
        "Feature.paused",
        "--url",
        "https://y.example.com",
    ]));
    assert_eq!(code, 2, "the server's 400 for a legacy id: {err}");
}

#[test]
fn first_hour_hints_hold() {
    let w = World::new();
    // A wrong --api-url: no environments route, said as such, exit 1.
    let (code, _, err) = run(w
        .ci()
        .env("FER_API_URL", format!("{}/nope", w.hub.url()))
        .args(["env", "list"]));
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("has no environments route") && err.contains("FER_API_URL"),
        "{err}"
    );
    // A scripted create names every missing value at once.
    let (code, _, err) = run(w.ci().args(["webhook", "create"]));
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("--env ENV") && err.contains("--event EVENT") && err.contains("--url URL"),
        "{err}"
    );
    // get with a default environment finds an id in another one.
    let id = w.create("staging", "flag-created", "https://x.example.com");
    let (code, out, err) = run(w
        .ci()
        .env("FER_ENVIRONMENT", "production")
        .args(["webhook", "get", &id]));
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("staging") && err.contains("found in staging"),
        "{out}{err}"
    );
    // The sandbox's hints are the sandbox's.
    let mut c = w.fer();
    c.env("XDG_DATA_HOME", w.home().join("data"));
    let (code, _, err) = run(c.args(["--sandbox", "webhook", "list"]));
    assert_eq!(code, 2, "{err}");
    assert!(
        !err.contains("env use") && err.contains("production, staging"),
        "{err}"
    );
    let mut c = w.fer();
    c.env("XDG_DATA_HOME", w.home().join("data"));
    let (_, out, _) = run(c.args(["sandbox", "status"]));
    assert!(!out.contains("1 webhooks"), "{out}");
}
