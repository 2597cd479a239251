//! `fer webhook test`: a sample delivery, and what came back; with `--all`,
//! one to every webhook in scope (endpoint health for CI).

use std::process::ExitCode;
use std::time::Duration;

use futures::StreamExt;
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use serde_json::Value;

use super::shared::{
    fetch_all, find_webhook, id_required, pick_webhooks, scope_envs, valid_url_flag,
};
use crate::cli::TestArgs;
use crate::commands::{events::sample_context, parse_event, parse_set, EventFilter};
use crate::context::Context;
use crate::delivery::{Report, Sender};
use crate::error::{Error, Kind, Result};
use crate::events::{self, Event};

/// `Name: value`, as curl takes it.
pub fn parse_header(s: &str) -> Result<(HeaderName, HeaderValue)> {
    let bad = || Error::usage(format!("-H '{s}': expected 'Name: value'"));
    let (n, v) = s.split_once(':').ok_or_else(bad)?;
    let name = HeaderName::from_bytes(n.trim().as_bytes()).map_err(|_| bad())?;
    let value = HeaderValue::from_str(v.trim()).map_err(|_| bad())?;
    Ok((name, value))
}

/// The event's sample body with the --set fields. An event id the
/// catalogue does not know (a newer one, held by the server) gets the common
/// fields only.
fn body_for(
    event: &str,
    sample: &events::SampleContext,
    sets: &[(String, Value)],
) -> Result<Vec<u8>> {
    let mut b = match events::find(event).filter(|e| e.id == event) {
        Some(e) => events::sample_body(e, sample),
        None => events::common_body(event, sample),
    };
    if let Some(obj) = b.as_object_mut() {
        for (k, v) in sets {
            obj.insert(k.clone(), v.clone());
        }
    }
    serde_json::to_vec(&b).map_err(|e| Error::failure(e.to_string()))
}

pub async fn run(ctx: &Context, args: TestArgs) -> Result<ExitCode> {
    // Check every value before anything is sent. With --all, --event is a
    // filter over what the server holds (any identifier).
    let given_event = match args.all {
        true => None,
        false => args.event.as_deref().map(parse_event).transpose()?,
    };
    let sets = args
        .set
        .iter()
        .map(|s| parse_set(s))
        .collect::<Result<Vec<_>>>()?;
    let mut headers = HeaderMap::new();
    for h in &args.headers {
        let (n, v) = parse_header(h)?;
        headers.append(n, v);
    }
    if let Some(u) = &args.url {
        valid_url_flag(u)?;
    }
    if args.scope.all_envs && !args.all {
        return Err(Error::usage(
            "--all-envs goes with --all: `fer webhook test --all --all-envs`",
        ));
    }
    let data: Option<Vec<u8>> = match &args.data {
        Some(path) => Some(ctx.out.io.read_input_bytes(path, "the body")?),
        None => None,
    };
    let http = crate::delivery::Clients::new(Duration::from_secs_f64(args.timeout))?;
    let send = Sender {
        http: &http,
        headers: &headers,
        timeout: args.timeout,
    };
    if args.all {
        let filter = args.event.as_deref().map(EventFilter::new);
        return run_all(ctx, &args, &send, filter, &sets, data.as_deref()).await;
    }

    let mut sample = sample_context(ctx);
    let (url, event): (String, String) = match (&args.id, &args.url) {
        (Some(id), _) => {
            let (env, hook) = find_webhook(ctx, id, args.scope.env.as_deref()).await?;
            sample.environment_id = Some(env.id.clone());
            sample.account_id = Some(ctx.client()?.account_id().to_string());
            (hook.url().to_string(), event_of(given_event, &hook.event()))
        }
        (None, Some(u)) => (
            u.clone(),
            given_event
                .ok_or_else(|| Error::usage("--url needs --event EVENT"))?
                .id
                .to_string(),
        ),
        (None, None) if ctx.can_prompt() => {
            let (env, mut hooks) = pick_webhooks(ctx, args.scope.env.as_deref(), false).await?;
            let hook = hooks.remove(0);
            sample.environment_id = Some(env.id.clone());
            sample.account_id = Some(ctx.client()?.account_id().to_string());
            (hook.url().to_string(), event_of(given_event, &hook.event()))
        }
        (None, None) => {
            return Err(id_required().with_hint(
                "give a webhook ID, or --url and --event (or --all); prompts are off because stdin is not a terminal or --no-input is set",
            ))
        }
    };
    let body = match data {
        Some(d) => d,
        None => body_for(&event, &sample, &sets)?,
    };
    let report = send.deliver(&url, &event, body).await;
    // Without an answer, the error says it all to people.
    ctx.out.item_for_scripts(&report, report.status.is_some());
    match report.failure() {
        None => Ok(ExitCode::SUCCESS),
        Some(why) => Err(Error::new(
            Kind::Delivery,
            format!("delivery to {} failed: {why}", crate::api::redact_url(&url)),
        )),
    }
}

/// The event of a delivery to a webhook: --event, else the webhook's own,
/// whatever the server holds (a legacy or unknown id is still tested).
fn event_of(given: Option<&'static Event>, hooks: &str) -> String {
    match given {
        Some(e) => e.id.to_string(),
        None => hooks.to_string(),
    }
}

/// `--all`: one delivery to every webhook in scope, at most CONCURRENCY at
/// once, a row each in the order of `webhook list`; exit 5 when any failed.
async fn run_all(
    ctx: &Context,
    args: &TestArgs,
    send: &Sender<'_>,
    event: Option<EventFilter>,
    sets: &[(String, Value)],
    data: Option<&[u8]>,
) -> Result<ExitCode> {
    let envs = scope_envs(ctx, &args.scope, false).await?;
    let mut hooks = fetch_all(ctx, &envs).await?;
    if let Some(e) = &event {
        hooks.retain(|h| e.matches(&h.event()));
    }
    if hooks.is_empty() {
        let names: Vec<&str> = envs.iter().map(|e| e.name.as_str()).collect();
        ctx.out
            .nothing_listed(&format!("No webhooks to test in {}", names.join(", ")));
        return Ok(ExitCode::SUCCESS);
    }
    let mut base = sample_context(ctx);
    base.account_id = Some(ctx.client()?.account_id().to_string());
    let jobs = hooks
        .iter()
        .enumerate()
        .map(|(i, h)| {
            let event = h.event().into_owned();
            let mut sample = base.clone();
            sample.environment_id = Some(h.environment_id().to_string());
            let body = match data {
                Some(d) => d.to_vec(),
                None => body_for(&event, &sample, sets)?,
            };
            Ok((i, h, event, body))
        })
        .collect::<Result<Vec<_>>>()?;
    // N in flight at all times: a new delivery starts as soon as any one
    // ends (a slow endpoint holds one slot, not the queue); rows are put
    // back in list order afterwards.
    let mut reports: Vec<(usize, Report)> = futures::stream::iter(jobs)
        .map(|(i, h, event, body)| async move {
            let mut r = send.deliver(&h.url(), &event, body).await;
            r.id = Some(h.id());
            r.environment = Some(h.environment().to_string());
            (i, r)
        })
        .buffer_unordered(ctx.settings.concurrency())
        .collect()
        .await;
    reports.sort_by_key(|(i, _)| *i);
    let reports: Vec<Report> = reports.into_iter().map(|(_, r)| r).collect();
    ctx.out.list(&reports);
    let failed = reports.iter().filter(|r| !r.ok).count();
    if failed > 0 {
        return Err(Error::new(
            Kind::Delivery,
            format!("{failed} of {} deliveries failed", reports.len()),
        ));
    }
    ctx.out.info(&format!(
        "All {} deliveries answered 20X or 30X",
        reports.len()
    ));
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_parse_like_curl() {
        let (n, v) = parse_header("X-Token: abc def").unwrap();
        assert_eq!(n.as_str(), "x-token");
        assert_eq!(v.to_str().unwrap(), "abc def");
        assert!(parse_header("nocolon").is_err());
        assert!(parse_header("bad name: x").is_err());
    }
}
