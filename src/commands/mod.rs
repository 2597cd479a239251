//! The commands, one function each, called from `crate::run`.

pub mod auth;
pub mod completions;
pub mod env;
pub mod events;
pub mod help;
pub mod man;
pub mod sandbox;
pub mod webhook;

use serde_json::Value;

use crate::error::{Error, Result};
use crate::events::{self as catalogue, Event};

/// An EVENT argument in any accepted form; an unknown one is a usage error.
pub fn parse_event(name: &str) -> Result<&'static Event> {
    catalogue::find(name).ok_or_else(|| {
        Error::usage(format!("unknown event '{name}'")).with_hint(format!(
            "events: {} (or their labels, or kebab/snake forms; `fer events list` shows them)",
            catalogue::ids().collect::<Vec<_>>().join(", ")
        ))
    })
}

/// An `--event` filter over webhooks the server holds: a catalogue event
/// in any accepted form, or any other identifier matched exactly (a real
/// account may hold events fer does not know).
#[derive(Debug, Clone)]
pub struct EventFilter {
    given: String,
    known: Option<&'static Event>,
}

impl EventFilter {
    pub fn new(given: &str) -> EventFilter {
        EventFilter {
            given: given.trim().to_string(),
            known: catalogue::find(given),
        }
    }
    pub fn matches(&self, held: &str) -> bool {
        held == self.given || self.known.is_some_and(|e| e.id == held)
    }
    /// The identifier as shown: the canonical one when known.
    pub fn id(&self) -> &str {
        self.known.map(|e| e.id).unwrap_or(&self.given)
    }
}

/// `KEY=VALUE`: the value is JSON when it parses as JSON, else a string.
pub fn parse_set(s: &str) -> Result<(String, Value)> {
    let (k, v) = s
        .split_once('=')
        .filter(|(k, _)| !k.trim().is_empty())
        .ok_or_else(|| Error::usage(format!("--set {s}: expected KEY=VALUE")))?;
    let value = serde_json::from_str(v).unwrap_or_else(|_| Value::String(v.to_string()));
    Ok((k.trim().to_string(), value))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn set_values_are_json_when_they_parse() {
        assert_eq!(parse_set("a=1").unwrap(), ("a".into(), json!(1)));
        assert_eq!(parse_set("a=true").unwrap(), ("a".into(), json!(true)));
        assert_eq!(
            parse_set("a={\"b\":2}").unwrap(),
            ("a".into(), json!({"b": 2}))
        );
        assert_eq!(parse_set("a=hello").unwrap(), ("a".into(), json!("hello")));
        assert_eq!(parse_set("a=").unwrap(), ("a".into(), json!("")));
        assert_eq!(parse_set("a=x=y").unwrap(), ("a".into(), json!("x=y")));
        assert!(parse_set("novalue").is_err());
        assert!(parse_set("=1").is_err());
    }
}
