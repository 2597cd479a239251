//! Account environments (docs/api.md, "Account environments").

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
        // An id may come as a number: kept by its JSON text.
        let id = v
            .get("id")
            .and_then(fer_contract::wire::id_text)
            .ok_or_else(|| {
                Error::failure(format!(
                    "unexpected environment without an id: {}",
                    crate::output::truncate(&v.to_string(), 120)
                ))
            })?;
        let name = match v.get("environment") {
            Some(Value::String(s)) if !s.is_empty() => s.clone(),
            Some(Value::Number(n)) => n.to_string(),
            _ => id.clone(),
        };
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
    let items = client
        .get_all(&url, "listing environments")
        .await
        .map_err(|e| match e.kind {
            // No such route at all: the base URL is wrong, not an environment missing.
            crate::error::Kind::NotFound => Error::failure(format!(
                "{} has no environments route: it answered 404 for {}",
                super::redact_url(client.api_url.as_str()),
                super::redact_url(url.as_str())
            ))
            .with_hint(
                "check the API base URL: --api-url or FER_API_URL (or the profile's api_url); the default is https://api.flagship.io/v1",
            ),
            _ => e,
        })?;
    items.into_iter().map(Environment::from_value).collect()
}

/// Finds an environment by id, else by its exact name, else by its name in
/// any case. Two names that match in any case, neither exactly, are a usage
/// error naming both (writes must never land in a lookalike). An unknown one
/// is a usage error that lists what there is.
pub fn resolve<'a>(envs: &'a [Environment], input: &str) -> Result<&'a Environment> {
    let wanted = input.trim();
    if let Some(e) = envs
        .iter()
        .find(|e| e.id == wanted)
        .or_else(|| envs.iter().find(|e| e.name == wanted))
    {
        return Ok(e);
    }
    let folded: Vec<&Environment> = envs
        .iter()
        .filter(|e| e.name.eq_ignore_ascii_case(wanted))
        .collect();
    match folded.as_slice() {
        [one] => Ok(one),
        [] => {
            let names: Vec<&str> = envs.iter().map(|e| e.name.as_str()).collect();
            Err(
                Error::usage(format!("unknown environment '{wanted}'")).with_hint(
                    if names.is_empty() {
                        "the account has no environments".to_string()
                    } else {
                        format!("the account's environments: {}", names.join(", "))
                    },
                ),
            )
        }
        several => {
            let names: Vec<String> = several
                .iter()
                .map(|e| format!("'{}' ({})", e.name, e.id))
                .collect();
            Err(Error::usage(format!(
                "'{wanted}' matches several environments when case is ignored: {}",
                names.join(" and ")
            ))
            .with_hint("give the name exactly as the account spells it, or the environment's id"))
        }
    }
}

impl Serialize for Environment {
    /// The server's object, as it came.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.raw.serialize(s)
    }
}

impl Row for Environment {
    fn columns() -> &'static [crate::output::Column] {
        use crate::output::Column;
        const COLUMNS: &[crate::output::Column] = &[
            Column::new("ID", 0),
            Column::new("NAME", 0),
            Column::new("MAIN", 0),
            Column::new("PANIC", 0),
        ];
        COLUMNS
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

    #[test]
    fn an_exact_name_wins_and_lookalikes_are_refused() {
        let envs: Vec<Environment> = [
            ("e1", "Production"),
            ("e2", "production"),
            ("e3", "QA"),
            ("e4", "qa"),
        ]
        .iter()
        .map(|(id, n)| Environment::from_value(json!({"id": id, "environment": n})).unwrap())
        .collect();
        assert_eq!(resolve(&envs, "production").unwrap().id, "e2");
        assert_eq!(resolve(&envs, "Production").unwrap().id, "e1");
        let err = resolve(&envs, "PRODUCTION").unwrap_err();
        assert_eq!(err.kind, crate::error::Kind::Usage);
        assert!(
            err.message
                .contains("'Production' (e1) and 'production' (e2)"),
            "{}",
            err.message
        );
        let e = Environment::from_value(json!({"id": 12, "environment": 7})).unwrap();
        assert_eq!((e.id.as_str(), e.name.as_str()), ("12", "7"));
    }
}
