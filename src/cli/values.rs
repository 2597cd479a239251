//! Value parsers shared by the command tree.

use crate::events;

/// A webhook id as the user gives it: one that a URL would resolve away
/// (`.`, `..`) or that holds control characters can name no webhook.
pub fn parse_id(s: &str) -> Result<String, String> {
    if !crate::api::usable_id(s.trim()) {
        return Err(format!("'{s}' is not a webhook id"));
    }
    if s.chars().any(char::is_control) {
        return Err("a webhook id holds no control characters".into());
    }
    Ok(s.trim().to_string())
}

/// The longest wait fer accepts for a timeout, in seconds.
pub const MAX_TIMEOUT_SECS: f64 = 3600.0;

/// A number of seconds for a timeout: more than 0, at most an hour.
pub fn parse_seconds(s: &str) -> Result<f64, String> {
    match s.trim().parse::<f64>() {
        Ok(t) if t.is_finite() && t > 0.0 && t <= MAX_TIMEOUT_SECS => Ok(t),
        _ => Err(format!(
            "'{s}' is not a timeout: give a number of seconds, more than 0 and at most {MAX_TIMEOUT_SECS}"
        )),
    }
}

/// Event argument: accepts every form, completes the identifiers.
pub(crate) fn event_arg_parser() -> clap::builder::ValueParser {
    clap::builder::ValueParser::new(EventParser)
}

#[derive(Clone)]
struct EventParser;

impl clap::builder::TypedValueParser for EventParser {
    type Value = String;
    fn parse_ref(
        &self,
        _cmd: &clap::Command,
        _arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<String, clap::Error> {
        Ok(value.to_string_lossy().into_owned())
    }
    fn possible_values(
        &self,
    ) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new(events::current_events().map(|e| {
            clap::builder::PossibleValue::new(e.id).help(e.label)
        })))
    }
}
