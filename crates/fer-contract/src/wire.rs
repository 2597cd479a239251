//! Wire types: what the API sends and takes (CONTRACT.md). Fields this
//! version does not know are kept as they came (`extra`), so that what fer
//! prints as JSON is the server's object.

use serde::{Deserialize, Deserializer, Serialize};
use serde_json::{Map, Value};

/// An id as the API sends it: a string, or a number (kept a number).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Id {
    Text(String),
    Number(serde_json::Number),
}

impl Id {
    /// The id as it goes in a path or on a screen.
    pub fn as_string(&self) -> String {
        match self {
            Id::Text(s) => s.clone(),
            Id::Number(n) => n.to_string(),
        }
    }
}

impl From<&str> for Id {
    fn from(s: &str) -> Id {
        Id::Text(s.to_string())
    }
}

/// A webhook (CONTRACT.md, "Webhooks"). Every field is optional on the way
/// in: a server that leaves one out is shown with it empty, not refused.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Webhook {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<Id>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_environment_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    /// Fields this version does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
    /// The environment's name, which fer adds for people and scripts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub environment: Option<String>,
}

impl Webhook {
    /// The id as text ("" when there is none).
    pub fn id(&self) -> String {
        self.id.as_ref().map(Id::as_string).unwrap_or_default()
    }
    pub fn event(&self) -> &str {
        self.event.as_deref().unwrap_or("")
    }
    pub fn url(&self) -> &str {
        self.url.as_deref().unwrap_or("")
    }
    pub fn description(&self) -> &str {
        self.description.as_deref().unwrap_or("")
    }
    pub fn environment_id(&self) -> &str {
        self.account_environment_id.as_deref().unwrap_or("")
    }
    pub fn environment(&self) -> &str {
        self.environment.as_deref().unwrap_or("")
    }
    pub fn created_at(&self) -> &str {
        self.created_at.as_deref().unwrap_or("")
    }
    pub fn created_by(&self) -> &str {
        self.created_by.as_deref().unwrap_or("")
    }
}

/// A list page (CONTRACT.md, "Lists: pagination"). Counts are read as
/// numbers or as strings of digits; anything else counts as absent.
#[derive(Debug, Clone, Deserialize)]
#[serde(bound(deserialize = "T: Deserialize<'de>"))]
pub struct Page<T> {
    #[serde(default = "Vec::new", deserialize_with = "items_or_null")]
    pub items: Vec<T>,
    #[serde(default, deserialize_with = "lenient_count")]
    pub current_page: Option<u64>,
    #[serde(default, deserialize_with = "lenient_count")]
    pub total_count: Option<u64>,
}

fn items_or_null<'de, D: Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Vec<T>, D::Error> {
    Ok(Option::<Vec<T>>::deserialize(d)?.unwrap_or_default())
}

/// A count as the vendor's material sends it: a number, or a string of one.
pub fn count(v: &Value) -> Option<u64> {
    match v {
        Value::Number(n) => n.as_u64().or_else(|| {
            n.as_f64()
                .filter(|f| f.fract() == 0.0 && *f >= 0.0 && *f < 1e15)
                .map(|f| f as u64)
        }),
        Value::String(s) => s.trim().parse::<u64>().ok(),
        _ => None,
    }
}

fn lenient_count<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u64>, D::Error> {
    Ok(Option::<Value>::deserialize(d)?.as_ref().and_then(count))
}

/// The body of a create (POST) or an update (PATCH): only the fields given.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WebhookFields {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

impl WebhookFields {
    pub fn is_empty(&self) -> bool {
        self.event.is_none() && self.url.is_none() && self.description.is_none()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_webhook_keeps_unknown_fields_and_its_order() {
        let v = json!({"id": "wh-1", "account_environment_id": "env-1", "event": "Flag.created",
            "url": "https://x", "description": "d", "created_at": "t", "created_by": "b",
            "labels": ["a"], "version": 3});
        let mut w: Webhook = serde_json::from_value(v.clone()).unwrap();
        assert_eq!(serde_json::to_value(&w).unwrap(), v);
        w.environment = Some("production".into());
        let text = serde_json::to_string(&w).unwrap();
        assert!(
            text.ends_with(r#""version":3,"environment":"production"}"#),
            "{text}"
        );
    }

    #[test]
    fn odd_webhooks_are_read_not_refused() {
        let w: Webhook = serde_json::from_value(json!({"id": 7, "description": null})).unwrap();
        assert_eq!(w.id(), "7");
        assert_eq!(w.description(), "");
        assert_eq!(serde_json::to_value(&w).unwrap(), json!({"id": 7}));
    }

    #[test]
    fn pages_read_counts_as_numbers_or_strings() {
        let p: Page<Value> =
            serde_json::from_value(json!({"items": [1], "total_count": "40", "current_page": 0}))
                .unwrap();
        assert_eq!(
            (p.total_count, p.current_page, p.items.len()),
            (Some(40), Some(0), 1)
        );
        let p: Page<Value> =
            serde_json::from_value(json!({"items": null, "total_count": 40.5})).unwrap();
        assert_eq!((p.total_count, p.items.len()), (None, 0));
        assert_eq!(count(&json!(-1)), None);
        assert_eq!(count(&json!(" 7 ")), Some(7));
    }
}
