//! fer-hub against docs/api.md, over HTTP: the emulator is only useful if it
//! is as strict as the real API.

use fer_hub::{
    Fault, Hub, Options, ADMIN_CLIENT_ID, ADMIN_CLIENT_SECRET, READER_CLIENT_ID,
    READER_CLIENT_SECRET,
};
use serde_json::{json, Value};

mod control;

pub(crate) struct T {
    hub: Hub,
    rt: tokio::runtime::Runtime,
    http: reqwest::Client,
}

pub(crate) struct Answer {
    status: u16,
    headers: reqwest::header::HeaderMap,
    text: String,
}

impl Answer {
    fn json(&self) -> Value {
        serde_json::from_str(&self.text).unwrap_or_else(|e| panic!("{e}: {}", self.text))
    }
}

impl T {
    fn new(opts: Options) -> T {
        T {
            hub: Hub::start(opts).unwrap(),
            rt: tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap(),
            http: client_builder().build().unwrap(),
        }
    }

    fn call(&self, method: &str, path: &str, token: Option<&str>, body: Option<&str>) -> Answer {
        let url = format!("{}{path}", self.hub.url());
        let mut req = self.http.request(method.parse().unwrap(), url);
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        if let Some(b) = body {
            req = req
                .header("content-type", "application/json")
                .body(b.to_string());
        }
        self.rt.block_on(async {
            let r = req.send().await.unwrap();
            let status = r.status().as_u16();
            let headers = r.headers().clone();
            Answer {
                status,
                headers,
                text: r.text().await.unwrap(),
            }
        })
    }

    fn token_answer(&self, account: &str, client: &str, secret: &str, query: &str) -> Answer {
        let body = json!({"grant_type": "client_credentials", "scope": "*", "client_id": client, "client_secret": secret});
        self.call(
            "POST",
            &format!("/auth/{account}/token{query}"),
            None,
            Some(&body.to_string()),
        )
    }

    fn token(&self, client: &str, secret: &str) -> String {
        let a = self.token_answer("acc-local", client, secret, "?expires_in=3600");
        assert_eq!(a.status, 200, "{}", a.text);
        a.json()["access_token"].as_str().unwrap().to_string()
    }

    fn admin(&self) -> String {
        self.token(ADMIN_CLIENT_ID, ADMIN_CLIENT_SECRET)
    }

    fn hooks_path(&self, env: &str) -> String {
        format!("/v1/accounts/acc-local/account_environments/{env}/webhooks")
    }
}

#[test]
fn token_endpoint_follows_the_contract() {
    let t = T::new(Options::default());
    let ok = t.token_answer(
        "acc-local",
        ADMIN_CLIENT_ID,
        ADMIN_CLIENT_SECRET,
        "?expires_in=120",
    );
    assert_eq!(ok.status, 200);
    let v = ok.json();
    assert_eq!(v["expires_in"], 120);
    assert_eq!(v["token_type"], "Bearer");
    assert!(v["refresh_token"].is_string());
    assert!(v["scope"]
        .as_str()
        .unwrap()
        .split(' ')
        .any(|s| s == "webhook.create"));
    let reader = t
        .token_answer("acc-local", READER_CLIENT_ID, READER_CLIENT_SECRET, "")
        .json();
    assert_eq!(reader["scope"], "environment.list webhook.list");
    assert_eq!(reader["expires_in"], 3600);
    assert_eq!(
        t.token_answer(
            "acc-local",
            ADMIN_CLIENT_ID,
            ADMIN_CLIENT_SECRET,
            "?expires_in=0"
        )
        .json()["expires_in"],
        0
    );

    let wrong = t.token_answer("acc-local", ADMIN_CLIENT_ID, "nope", "");
    assert_eq!(wrong.status, 401);
    assert_eq!(wrong.json()["error"], "invalid_client");
    assert!(wrong.json()["error_description"].is_string());
    assert_eq!(
        t.token_answer("acc-other", ADMIN_CLIENT_ID, ADMIN_CLIENT_SECRET, "")
            .status,
        401
    );
    let malformed = t.call("POST", "/auth/acc-local/token", None, Some("{not json"));
    assert_eq!(malformed.status, 400);
    let grant = t.call(
        "POST",
        "/auth/acc-local/token",
        None,
        Some(r#"{"grant_type":"password"}"#),
    );
    assert_eq!(grant.status, 400);
    assert_eq!(grant.json()["error"], "unsupported_grant_type");
}

#[test]
fn lists_are_paged_with_a_cap_and_the_envelope() {
    let t = T::new(fer_hub::generated(1, 7, 3));
    let tok = t.admin();
    let env = t.hub.environments()[0].0.clone();
    let p1 = t
        .call(
            "GET",
            &format!("{}?_page=1&_max_per_page=100", t.hooks_path(&env)),
            Some(&tok),
            None,
        )
        .json();
    assert_eq!(p1["items_per_page"], 3, "capped below what was asked");
    assert_eq!(p1["total_count"], 7);
    assert_eq!(p1["last_page"], 3);
    assert_eq!(p1["current_page"], 1);
    assert_eq!(p1["current_item_count"], 3);
    let p3 = t
        .call(
            "GET",
            &format!("{}?_page=3&_max_per_page=100", t.hooks_path(&env)),
            Some(&tok),
            None,
        )
        .json();
    assert_eq!(p3["items"].as_array().unwrap().len(), 1);
    let p4 = t
        .call(
            "GET",
            &format!("{}?_page=4&_max_per_page=2", t.hooks_path(&env)),
            Some(&tok),
            None,
        )
        .json();
    assert_eq!(p4["items"].as_array().unwrap().len(), 1, "the 7th of 7");
    assert_eq!(p4["last_page"], 4);
    let p5 = t
        .call(
            "GET",
            &format!("{}?_page=5&_max_per_page=2", t.hooks_path(&env)),
            Some(&tok),
            None,
        )
        .json();
    assert_eq!(p5["items"], json!([]), "past the last page");
    for bad in ["_page=0", "_max_per_page=0", "_page=x"] {
        let a = t.call(
            "GET",
            &format!("{}?{bad}", t.hooks_path(&env)),
            Some(&tok),
            None,
        );
        assert_eq!(a.status, 400, "{bad}");
        assert!(a.json()["message"].is_string());
    }
    let envs = t
        .call(
            "GET",
            "/v1/accounts/acc-local/account_environments",
            Some(&tok),
            None,
        )
        .json();
    let item = &envs["items"][0];
    for k in ["id", "environment", "is_main", "panic", "single_assignment"] {
        assert!(item.get(k).is_some(), "{k}");
    }
}

#[test]
fn webhook_validation_and_crud() {
    let t = T::new(Options::default());
    let tok = t.admin();
    let env = t.hub.environments()[0].0.clone();
    let path = t.hooks_path(&env);
    let long = "d".repeat(256);
    let long_url = format!("https://x.example.com/{}", "a".repeat(2048));
    for (body, text) in [
        (
            json!({"event": "Flag.exploded", "url": "https://x.example.com"}).to_string(),
            "unknown event",
        ),
        (
            json!({"event": "flag-created", "url": "https://x.example.com"}).to_string(),
            "unknown event",
        ),
        (
            json!({"event": "Flag.created", "url": "x.example.com"}).to_string(),
            "invalid url",
        ),
        (
            json!({"event": "Flag.created", "url": "https://a b.example.com"}).to_string(),
            "invalid url",
        ),
        (
            json!({"event": "Flag.created", "url": long_url}).to_string(),
            "invalid url",
        ),
        (
            json!({"event": "Flag.created", "url": "https://x.example.com", "description": long})
                .to_string(),
            "255",
        ),
        (
            json!({"event": "Flag.created", "url": "https://x.example.com", "description": 5})
                .to_string(),
            "string",
        ),
        (
            json!({"event": "Flag.created", "url": "https://x.example.com", "colour": "red"})
                .to_string(),
            "unknown field",
        ),
        (
            json!({"url": "https://x.example.com"}).to_string(),
            "event is required",
        ),
        ("{oops".to_string(), "malformed JSON"),
    ] {
        let a = t.call("POST", &path, Some(&tok), Some(&body));
        assert_eq!(a.status, 400, "{body}");
        assert!(
            a.json()["message"].as_str().unwrap().contains(text),
            "{body}: {}",
            a.text
        );
    }

    let created = t.call(
        "POST",
        &path,
        Some(&tok),
        Some(r#"{"event":"Flag.created","url":"https://x.example.com"}"#),
    );
    assert_eq!(created.status, 201);
    let hook = created.json();
    let id = hook["id"].as_str().unwrap().to_string();
    assert_eq!(hook["account_environment_id"], env.as_str());
    assert_eq!(hook["description"], "");
    for k in ["created_at", "created_by"] {
        assert!(hook[k].is_string(), "{k}");
    }
    let dup = t.call(
        "POST",
        &path,
        Some(&tok),
        Some(r#"{"event":"Flag.created","url":"https://x.example.com","description":"again"}"#),
    );
    assert_eq!(dup.status, 409);
    assert_eq!(dup.json()["id"], id.as_str());

    let item = format!("{path}/{id}");
    let patched = t.call("PATCH", &item, Some(&tok), Some(r#"{"description":"new"}"#));
    assert_eq!(patched.status, 200);
    assert_eq!(patched.json()["description"], "new");
    assert_eq!(patched.json()["url"], "https://x.example.com");
    assert_eq!(
        t.call("PATCH", &item, Some(&tok), Some(r#"{"url":"nope"}"#))
            .status,
        400
    );
    let other = t
        .call(
            "POST",
            &path,
            Some(&tok),
            Some(r#"{"event":"Flag.created","url":"https://y.example.com"}"#),
        )
        .json();
    let clash = t.call(
        "PATCH",
        &format!("{path}/{}", other["id"].as_str().unwrap()),
        Some(&tok),
        Some(r#"{"url":"https://x.example.com"}"#),
    );
    assert_eq!(clash.status, 409, "a PATCH may not make a duplicate either");

    assert_eq!(t.call("GET", &item, Some(&tok), None).status, 200);
    let deleted = t.call("DELETE", &item, Some(&tok), None);
    assert_eq!(deleted.status, 204);
    assert!(deleted.text.is_empty());
    for m in ["GET", "DELETE"] {
        let a = t.call(m, &item, Some(&tok), None);
        assert_eq!(a.status, 404, "{m}");
        assert!(a.json()["message"].is_string());
    }
    assert_eq!(t.call("PATCH", &item, Some(&tok), Some("{}")).status, 404);
    assert_eq!(
        t.call("GET", &t.hooks_path("env-nope"), Some(&tok), None)
            .status,
        404
    );
}

#[test]
fn tokens_and_scopes_are_enforced() {
    let t = T::new(Options::default());
    let env = t.hub.environments()[0].0.clone();
    let path = t.hooks_path(&env);
    assert_eq!(t.call("GET", &path, None, None).status, 401);
    assert_eq!(t.call("GET", &path, Some("made-up"), None).status, 401);
    let reader = t.token(READER_CLIENT_ID, READER_CLIENT_SECRET);
    assert_eq!(t.call("GET", &path, Some(&reader), None).status, 200);
    let denied = t.call(
        "POST",
        &path,
        Some(&reader),
        Some(r#"{"event":"Flag.created","url":"https://x.example.com"}"#),
    );
    assert_eq!(denied.status, 403);
    assert_eq!(denied.json()["message"], "missing scope webhook.create");
    let admin = t.admin();
    let other = t.call(
        "GET",
        "/v1/accounts/acc-other/account_environments",
        Some(&admin),
        None,
    );
    assert_eq!(other.status, 403);
    t.hub.expire_tokens();
    assert_eq!(t.call("GET", &path, Some(&admin), None).status, 401);

    // A token that lives one second, through --token-ttl.
    let short = T::new(Options {
        token_ttl: Some(1),
        ..Options::default()
    });
    let a = short
        .token_answer(
            "acc-local",
            ADMIN_CLIENT_ID,
            ADMIN_CLIENT_SECRET,
            "?expires_in=3600",
        )
        .json();
    assert_eq!(a["expires_in"], 1);
    std::thread::sleep(std::time::Duration::from_millis(1100));
    let env = short.hub.environments()[0].0.clone();
    assert_eq!(
        short
            .call(
                "GET",
                &short.hooks_path(&env),
                Some(a["access_token"].as_str().unwrap()),
                None
            )
            .status,
        401
    );
}

/// A client for these tests, with the TLS provider installed (reqwest is
/// built without one in this workspace).
pub fn client_builder() -> reqwest::ClientBuilder {
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::builder().user_agent("fer-hub-tests")
}
