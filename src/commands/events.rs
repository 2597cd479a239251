//! `fer events list`, `fer events sample`.

use std::process::ExitCode;

use crate::context::Context;
use crate::error::Result;
use crate::events::{self, SampleContext};
use crate::output::render::EventRow;

pub fn list(ctx: &Context) -> Result<ExitCode> {
    let rows: Vec<EventRow> = events::EVENTS.iter().map(EventRow::from).collect();
    ctx.out.list(&rows);
    Ok(ExitCode::SUCCESS)
}

/// The sample context from what is known without a request: the account id of
/// the credentials in force and the default environment, when they are set.
pub fn sample_context(ctx: &Context) -> SampleContext {
    let s = &ctx.settings;
    let profile = s.profile_values().unwrap_or_default();
    SampleContext {
        account_id: s.given.account_id.clone().or(profile.account_id),
        environment_id: s.environment().ok().flatten(),
        ..SampleContext::default()
    }
}

pub fn sample(ctx: &Context, name: &str) -> Result<ExitCode> {
    let event = super::parse_event(name)?;
    let body = events::sample_body(event, &sample_context(ctx));
    ctx.out.print_json(&body);
    Ok(ExitCode::SUCCESS)
}

/// The JSON Schema of one event's delivery body, or of every event's.
pub fn schema(ctx: &Context, name: Option<&str>) -> Result<ExitCode> {
    let schema = match name {
        Some(n) => events::schema(super::parse_event(n)?),
        None => events::schema_all(),
    };
    ctx.out.print_json(&schema);
    Ok(ExitCode::SUCCESS)
}
