//! Wire types: what the API sends and takes (docs/api.md). A webhook is kept
//! as the server's object, exactly: numbers by their JSON text (serde_json's
//! `arbitrary_precision`), fields of unexpected types as they came, fields
//! this version does not know carried along. Accessors read it leniently.

use std::borrow::Cow;

use serde::{Deserialize, Deserializer, Serialize};
use serde_json::{Map, Value};

/// The keys fer manages on a webhook (sent on create and update).
pub const MANAGED: &[&str] = &["event", "url", "description"];

/// The keys the server sets and fer never sends.
pub const READ_ONLY: &[&str] = &[
    "id",
    "account_environment_id",
    "environment_id",
    "created_at",
    "created_by",
    "updated_at",
    "updated_by",
    "environment",
];

/// An id's text: a string as it is, a number by its JSON text. Anything else
/// (null, a bool, an object, an empty string) is no usable id.
pub fn id_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) if !s.is_empty() => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// A value as text for people: a string as it is, null as empty, anything
/// else by its JSON text.
pub fn text(v: Option<&Value>) -> Cow<'_, str> {
    match v {
        None | Some(Value::Null) => Cow::Borrowed(""),
        Some(Value::String(s)) => Cow::Borrowed(s.as_str()),
        Some(other) => Cow::Owned(other.to_string()),
    }
}

/// A webhook (docs/api.md, "Webhooks"): the server's object, plus the name
/// of its environment, which fer adds for people and scripts.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Webhook {
    /// The server's object, exactly as it came (key order kept).
    pub fields: Map<String, Value>,
    /// The environment's name.
    pub environment: Option<String>,
}

impl Serialize for Webhook {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(None)?;
        for (k, v) in &self.fields {
            if k == "environment" && self.environment.is_some() {
                continue;
            }
            m.serialize_entry(k, v)?;
        }
        if let Some(e) = &self.environment {
            m.serialize_entry("environment", e)?;
        }
        m.end()
    }
}

impl<'de> Deserialize<'de> for Webhook {
    /// Any JSON object is a webhook; whether it is a usable one (it has an
    /// id) is the reader's question.
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Webhook, D::Error> {
        let fields = Map::<String, Value>::deserialize(d)?;
        Ok(Webhook {
            fields,
            environment: None,
        })
    }
}

impl Webhook {
    pub fn from_fields(fields: Map<String, Value>) -> Webhook {
        Webhook {
            fields,
            environment: None,
        }
    }
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.fields.get(key)
    }
    pub fn set(&mut self, key: &str, v: Value) {
        self.fields.insert(key.to_string(), v);
    }
    /// The id's text, when the server sent a usable one.
    pub fn id_opt(&self) -> Option<String> {
        self.get("id").and_then(id_text)
    }
    /// The id as text ("" when there is none).
    pub fn id(&self) -> String {
        self.id_opt().unwrap_or_default()
    }
    pub fn event(&self) -> Cow<'_, str> {
        text(self.get("event"))
    }
    pub fn url(&self) -> Cow<'_, str> {
        text(self.get("url"))
    }
    pub fn description(&self) -> Cow<'_, str> {
        text(self.get("description"))
    }
    pub fn environment_id(&self) -> Cow<'_, str> {
        text(self.get("account_environment_id"))
    }
    pub fn environment(&self) -> &str {
        self.environment.as_deref().unwrap_or("")
    }
    pub fn created_at(&self) -> Cow<'_, str> {
        text(self.get("created_at"))
    }
    pub fn created_by(&self) -> Cow<'_, str> {
        text(self.get("created_by"))
    }
    /// The fields fer does not manage and the server does not set
    /// (custom `headers`, body parameters, …): carried by export and apply.
    pub fn unmanaged(&self) -> Map<String, Value> {
        self.fields
            .iter()
            .filter(|(k, _)| !MANAGED.contains(&k.as_str()) && !READ_ONLY.contains(&k.as_str()))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect()
    }
}

/// A list page (docs/api.md, "Lists: pagination"). Counts are read as
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

/// The body of a create (POST) or an update (PATCH): only the fields given,
/// and on a create from a file the fields fer does not manage (`headers`, …).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WebhookFields {
    pub event: Option<String>,
    pub url: Option<String>,
    pub description: Option<String>,
    /// Fields fer does not manage, sent as they are.
    pub extra: Map<String, Value>,
}

impl Serialize for WebhookFields {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(None)?;
        for (k, v) in [
            ("event", &self.event),
            ("url", &self.url),
            ("description", &self.description),
        ] {
            if let Some(v) = v {
                m.serialize_entry(k, v)?;
            }
        }
        for (k, v) in &self.extra {
            m.serialize_entry(k, v)?;
        }
        m.end()
    }
}

impl WebhookFields {
    pub fn is_empty(&self) -> bool {
        self.event.is_none()
            && self.url.is_none()
            && self.description.is_none()
            && self.extra.is_empty()
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
        assert_eq!(
            w.unmanaged(),
            json!({"labels": ["a"], "version": 3})
                .as_object()
                .unwrap()
                .clone()
        );
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
        assert_eq!(
            serde_json::to_value(&w).unwrap(),
            json!({"id": 7, "description": null})
        );
        let text =
            r#"{"id":1e+3,"description":42,"created_at":1764324000,"n":12345678901234567890123}"#;
        let w: Webhook = serde_json::from_str(text).unwrap();
        assert_eq!(w.id(), "1e+3");
        assert_eq!(w.description(), "42");
        assert_eq!(w.created_at(), "1764324000");
        assert_eq!(serde_json::to_string(&w).unwrap(), text);
        for bad in [
            r#"{"id":""}"#,
            r#"{"id":null}"#,
            r#"{"id":{"a":1}}"#,
            r#"{}"#,
        ] {
            let w: Webhook = serde_json::from_str(bad).unwrap();
            assert_eq!(w.id_opt(), None, "{bad}");
        }
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
