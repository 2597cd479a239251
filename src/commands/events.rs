//! `fer events list`, `fer events sample`.

use std::process::ExitCode;

use serde_json::{json, Value};

use crate::context::Context;
use crate::error::Result;
use crate::events::{self, SampleContext};
use crate::output::Fit;

pub fn list(ctx: &Context) -> Result<ExitCode> {
    if ctx.out.json() {
        ctx.out.print_json(&Value::Array(
            events::EVENTS
                .iter()
                .map(|e| {
                    json!({"event": e.id, "label": e.label, "description": e.description, "fields": e.fields})
                })
                .collect(),
        ));
    } else if ctx.out.quiet {
        for e in events::EVENTS {
            ctx.out.data(e.id);
        }
    } else {
        ctx.out.table(
            &["EVENT", "LABEL", "DESCRIPTION"],
            Fit {
                shrink: &[2, 1],
                drop: &[2],
            },
            events::EVENTS
                .iter()
                .map(|e| {
                    vec![
                        e.id.to_string(),
                        e.label.to_string(),
                        e.description.to_string(),
                    ]
                })
                .collect(),
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// The sample context from what is known without a request: the account id of
/// the credentials in force and the default environment, when they are set.
pub fn sample_context(ctx: &Context) -> SampleContext {
    let profile = ctx.profile().ok().flatten().cloned().unwrap_or_default();
    SampleContext {
        account_id: ctx
            .env
            .get("FER_ACCOUNT_ID")
            .map(String::from)
            .or(profile.account_id),
        environment_id: ctx.configured_env().ok().flatten(),
        ..SampleContext::default()
    }
}

pub fn sample(ctx: &Context, name: &str) -> Result<ExitCode> {
    let event = super::parse_event(name)?;
    let body = events::sample_body(event, &sample_context(ctx));
    ctx.out.print_json(&body);
    Ok(ExitCode::SUCCESS)
}
