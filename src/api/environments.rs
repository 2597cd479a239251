//! Account environments (CONTRACT.md, "Account environments").

use serde_json::Value;

use super::Client;
use crate::error::{Error, Result};
use crate::output::render::Row;
use serde::Serialize;

#[derive(Debug, Clone)]
pub struct Environment {
    pub id: String,
    /// The human name (`production`, `staging`, …).
    pub name: String,
    pub is_main: bool,
    pub panic: bool,
    /// The server's object, unknown fields kept.
    pub raw: Value,
}

impl Environment {
    pub fn from_value(v: Value) -> Result<Environment> {
        let id = v
            .get("id")
            .and_then(Value::as_str)
            .ok_or_else(|| Error::failure(format!("unexpected environment without an id: {v}")))?
            .to_string();
        let name = v
            .get("environment")
            .and_then(Value::as_str)
            .unwrap_or(&id)
            .to_string();
        Ok(Environment {
            is_main: v.get("is_main").and_then(Value::as_bool).unwrap_or(false),
            panic: v.get("panic").and_then(Value::as_bool).unwrap_or(false),
            id,
            name,
            raw: v,
        })
    }
}

pub async fn list(client: &Client) -> Result<Vec<Environment>> {
    let url = client.url(&["accounts", client.account_id(), "account_environments"])?;
    client
        .get_all(&url, "listing environments")
        .await?
        .into_iter()
        .map(Environment::from_value)
        .collect()
}

/// Finds an environment by id, or by name in any case. An unknown one is a
/// usage error that lists what there is.
pub fn resolve<'a>(envs: &'a [Environment], input: &str) -> Result<&'a Environment> {
    let wanted = input.trim();
    envs.iter()
        .find(|e| e.id == wanted)
        .or_else(|| envs.iter().find(|e| e.name.eq_ignore_ascii_case(wanted)))
        .ok_or_else(|| {
            let names: Vec<&str> = envs.iter().map(|e| e.name.as_str()).collect();
            Error::usage(format!("unknown environment '{wanted}'")).with_hint(if names.is_empty() {
                "the account has no environments".to_string()
            } else {
                format!("the account's environments: {}", names.join(", "))
            })
        })
}

impl Serialize for Environment {
    /// The server's object, as it came.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.raw.serialize(s)
    }
}

impl Row for Environment {
    fn headers() -> &'static [&'static str] {
        &["ID", "NAME", "MAIN", "PANIC"]
    }
    fn cells(&self) -> Vec<String> {
        let yes_no = |b: bool| if b { "yes" } else { "no" }.to_string();
        vec![
            self.id.clone(),
            self.name.clone(),
            yes_no(self.is_main),
            yes_no(self.panic),
        ]
    }
    fn id(&self) -> String {
        self.id.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn resolve_by_id_or_name_any_case() {
        let envs: Vec<Environment> = [("env-1", "production"), ("env-2", "staging")]
            .iter()
            .map(|(id, n)| Environment::from_value(json!({"id": id, "environment": n})).unwrap())
            .collect();
        assert_eq!(resolve(&envs, "env-2").unwrap().name, "staging");
        assert_eq!(resolve(&envs, "PRODUCTION").unwrap().id, "env-1");
        let err = resolve(&envs, "qa").unwrap_err();
        assert_eq!(err.kind, crate::error::Kind::Usage);
        assert!(err.hint.unwrap().contains("production, staging"));
    }
}
