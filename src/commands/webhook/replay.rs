//! `fer webhook replay`: the deliveries of a journal (`listen --save`),
//! sent again byte for byte, a row each as `webhook test --all` prints.

use std::process::ExitCode;
use std::time::Duration;

use futures::StreamExt;
use reqwest::header::HeaderMap;

use crate::cli::ReplayArgs;
use crate::commands::webhook::listen::{read_journal, under};
use crate::commands::EventFilter;
use crate::context::Context;
use crate::delivery::{Clients, Report, Sender};
use crate::error::{Error, Kind, Result};

/// Where a replay goes without --to: where `fer webhook listen` listens.
pub const DEFAULT_TO: &str = "http://127.0.0.1:8787";

pub async fn run(ctx: &Context, args: ReplayArgs) -> Result<ExitCode> {
    let to = args.to.as_deref().unwrap_or(DEFAULT_TO);
    super::shared::check_url(to).map_err(|m| Error::usage(format!("--to: {m}")))?;
    let base = url::Url::parse(to).map_err(|e| Error::usage(format!("--to: {e}")))?;
    let since = args
        .since
        .as_deref()
        .map(|s| {
            chrono::DateTime::parse_from_rfc3339(s)
                .map(|d| d.with_timezone(&chrono::Utc))
                .map_err(|e| Error::usage(format!("--since {s}: not an RFC 3339 time ({e})")))
        })
        .transpose()?;
    let filter: Vec<EventFilter> = args.events.iter().map(|e| EventFilter::new(e)).collect();
    let entries = read_journal(&args.file)?;
    let chosen: Vec<(usize, _)> = entries
        .into_iter()
        .enumerate()
        .filter(|(_, e)| {
            since.is_none_or(|s| {
                chrono::DateTime::parse_from_rfc3339(&e.time)
                    .is_ok_and(|t| t.with_timezone(&chrono::Utc) >= s)
            })
        })
        .filter(|(_, e)| {
            filter.is_empty()
                || e.event()
                    .is_some_and(|ev| filter.iter().any(|f| f.matches(&ev)))
        })
        .collect();
    if chosen.is_empty() {
        ctx.out.nothing_listed("No journalled delivery to replay");
        return Ok(ExitCode::SUCCESS);
    }
    let clients = Clients::new(Duration::from_secs_f64(args.timeout))?;
    let headers = HeaderMap::new();
    let sender = Sender {
        http: &clients,
        headers: &headers,
        timeout: args.timeout,
    };
    let jobs = chosen.into_iter().map(|(i, e)| {
        let sender = &sender;
        let base = &base;
        async move {
            let url = under(base, &e.path, e.query.as_deref());
            let event = e.event().unwrap_or_else(|| "?".into());
            let mut r = match e.bytes() {
                Ok(body) => {
                    sender
                        .replay(&e.method, &url, &event, &e.headers, body)
                        .await
                }
                Err(err) => Report::failed(&url, &event, err.message),
            };
            r.id = Some(format!("line {}", i + 1));
            r.environment = Some(e.time.clone());
            (i, r)
        }
    });
    // N in flight, a new one starting as any ends; rows in journal order.
    let mut reports: Vec<(usize, Report)> = futures::stream::iter(jobs)
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
            format!("{failed} of {} replayed deliveries failed", reports.len()),
        ));
    }
    ctx.out.info(&format!(
        "Replayed {} deliver{} to {to}: all answered 20X or 30X",
        reports.len(),
        if reports.len() == 1 { "y" } else { "ies" }
    ));
    Ok(ExitCode::SUCCESS)
}
