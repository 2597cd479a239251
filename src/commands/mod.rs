//! The commands, one function each, called from `crate::run`.

pub mod auth;
pub mod completions;
pub mod env;
pub mod events;
pub mod man;
pub mod webhook;

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
