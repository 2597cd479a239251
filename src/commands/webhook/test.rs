//! `fer webhook test`: a sample delivery, and what came back; with `--all`,
//! one to every webhook in scope (endpoint health for CI).

use std::process::ExitCode;
use std::time::{Duration, Instant};

use futures::StreamExt;
use reqwest::header::{HeaderMap, HeaderName, HeaderValue, CONTENT_TYPE, LOCATION};
use serde::Serialize;
use serde_json::Value;

use super::shared::{fetch_all, id_required, locate, pick_webhooks, search_envs, valid_url_flag};
use crate::api;
use crate::cli::TestArgs;
use crate::commands::{events::sample_context, parse_event, parse_set, EventFilter};
use crate::context::Context;
use crate::error::{Error, Kind, Result};
use crate::events::{self, Event};
use crate::output::render::{Fields, Row};

/// How much of the response body is shown.
pub const BODY_PREVIEW: usize = 2048;

/// `Name: value`, as curl takes it.
pub fn parse_header(s: &str) -> Result<(HeaderName, HeaderValue)> {
    let bad = || Error::usage(format!("-H '{s}': expected 'Name: value'"));
    let (n, v) = s.split_once(':').ok_or_else(bad)?;
    let name = HeaderName::from_bytes(n.trim().as_bytes()).map_err(|_| bad())?;
    let value = HeaderValue::from_str(v.trim()).map_err(|_| bad())?;
    Ok((name, value))
}

/// The first `max` bytes of a body, cut on a character boundary.
fn preview(body: &[u8], max: usize) -> String {
    let text = String::from_utf8_lossy(body);
    if text.len() <= max {
        return text.into_owned();
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}…", &text[..end])
}

/// What one delivery came back with (the JSON of `webhook test`).
#[derive(Debug, Serialize)]
pub struct Report {
    /// With --all: the webhook's id and environment.
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    environment: Option<String>,
    url: String,
    event: String,
    status: Option<u16>,
    ok: bool,
    duration_ms: u64,
    response_body: Option<String>,
    /// Why no status came (timeout, refused connection…).
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
    #[serde(skip)]
    status_text: String,
    #[serde(skip)]
    location: Option<String>,
    /// " (through the proxy …)" when the delivery went through one.
    #[serde(skip)]
    via: String,
}

impl Report {
    /// Why the delivery failed, or `None` when it was answered 20X or 30X
    /// (the platform's own rule: its UI marks both Success).
    fn failure(&self) -> Option<String> {
        if self.ok {
            return None;
        }
        if let Some(e) = &self.error {
            return Some(e.clone());
        }
        Some(format!(
            "the receiver answered {}{}",
            self.status_text, self.via
        ))
    }

    /// For a 30X: it counts as delivered, and was not followed.
    fn redirect_note(&self) -> Option<String> {
        self.status.filter(|s| (300..400).contains(s))?;
        Some(format!(
            "{}: counted as delivered, as FE&R's UI does; not followed{}",
            self.status_text,
            self.location
                .as_deref()
                .map(|l| format!(" (Location: {})", crate::api::redact_url(l)))
                .unwrap_or_default()
        ))
    }
}

impl Fields for Report {
    fn fields(&self) -> Vec<(&'static str, String)> {
        let mut rows = vec![
            ("url", crate::api::redact_url(&self.url)),
            ("event", self.event.clone()),
        ];
        if self.status.is_some() {
            rows.push(("status", self.status_text.clone()));
        }
        if let Some(n) = self.redirect_note() {
            rows.push(("verdict", n));
        }
        rows.push(("time", format!("{} ms", self.duration_ms)));
        if let Some(l) = &self.location {
            rows.push(("location", l.clone()));
        }
        match &self.response_body {
            Some(b) if !b.is_empty() => rows.push(("response", b.clone())),
            Some(_) => rows.push(("response", "(empty)".into())),
            None => {}
        }
        rows
    }
    fn id(&self) -> String {
        self.status.map(|s| s.to_string()).unwrap_or_default()
    }
}

impl Row for Report {
    fn columns() -> &'static [crate::output::Column] {
        use crate::output::Column;
        const COLUMNS: &[crate::output::Column] = &[
            Column::new("ID", 0),
            Column::new("ENVIRONMENT", 0),
            Column::new("EVENT", 0),
            Column::url("URL", 1),
            Column::new("STATUS", 0),
            Column::new("TIME", 0),
            Column::text("ERROR", 2),
        ];
        COLUMNS
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.clone().unwrap_or_default(),
            self.environment.clone().unwrap_or_default(),
            self.event.clone(),
            crate::api::redact_url(&self.url),
            self.status
                .map(|s| s.to_string())
                .unwrap_or_else(|| "-".into()),
            format!("{} ms", self.duration_ms),
            if self.ok {
                self.redirect_note()
                    .map(|_| "30X: delivered, not followed".to_string())
                    .unwrap_or_default()
            } else {
                self.error
                    .clone()
                    .unwrap_or_else(|| self.status_text.clone())
            },
        ]
    }
    fn id(&self) -> String {
        self.id.clone().unwrap_or_default()
    }
}

/// What is sent: the body, and the user's headers.
struct Send<'a> {
    http: &'a crate::delivery::Clients,
    headers: &'a HeaderMap,
    timeout: f64,
}

impl Send<'_> {
    /// POSTs `body` to `url` as a test delivery: only the first 2 KiB of the
    /// answer are read, no redirect is followed.
    async fn deliver(&self, url: &str, event: &str, body: Vec<u8>) -> Report {
        let mut report = Report {
            id: None,
            environment: None,
            url: url.to_string(),
            event: event.to_string(),
            status: None,
            ok: false,
            duration_ms: 0,
            response_body: None,
            error: None,
            status_text: String::new(),
            location: None,
            via: url::Url::parse(url)
                .map(|u| crate::delivery::via_proxy(&u))
                .unwrap_or_default(),
        };
        let http = self.http.for_url(url);
        let request = http
            .post(url)
            .header(CONTENT_TYPE, "application/json")
            .header(crate::delivery::TEST_HEADER, "true")
            .body(body)
            .build();
        let mut request = match request {
            Ok(r) => r,
            Err(e) => {
                report.error = Some(format!("cannot build the request: {}", api::root_cause(&e)));
                return report;
            }
        };
        // The user's headers replace the defaults of the same name.
        for name in self.headers.keys() {
            request.headers_mut().remove(name);
            for v in self.headers.get_all(name) {
                request.headers_mut().append(name.clone(), v.clone());
            }
        }
        let start = Instant::now();
        let answer = match http.execute(request).await {
            Ok(r) => {
                let status = r.status();
                report.location = r
                    .headers()
                    .get(LOCATION)
                    .and_then(|v| v.to_str().ok())
                    .map(String::from);
                // Only what the preview shows is read: a receiver's endless
                // answer costs nothing.
                api::response::read_prefix(r, BODY_PREVIEW + 1)
                    .await
                    .map(|(b, _)| (status, b))
            }
            Err(e) => Err(e),
        };
        report.duration_ms = start.elapsed().as_millis() as u64;
        match answer {
            Ok((status, bytes)) => {
                report.status = Some(status.as_u16());
                report.ok = fer_contract::rules::delivered(status.as_u16());
                report.status_text = api::response::status_text(status);
                report.response_body = Some(preview(&bytes, BODY_PREVIEW));
            }
            Err(e) => {
                let via = url::Url::parse(url)
                    .map(|u| crate::delivery::via_proxy(&u))
                    .unwrap_or_default();
                report.error = Some(format!(
                    "{}{via}",
                    if e.is_timeout() {
                        format!("no response within {} s (--timeout)", self.timeout)
                    } else if e.is_connect() {
                        let cause = api::root_cause(&e);
                        if cause.contains("dns")
                            || cause.contains("resolve")
                            || cause.contains("lookup")
                        {
                            format!("the host name does not resolve ({cause})")
                        } else {
                            format!("could not connect ({cause})")
                        }
                    } else {
                        api::root_cause(&e)
                    }
                ));
            }
        }
        report
    }
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
    let data: Option<Vec<u8>> = match &args.data {
        Some(path) => Some(ctx.read_input(path, "the body")?.into_bytes()),
        None => None,
    };
    let http = crate::delivery::Clients::new(Duration::from_secs_f64(args.timeout))?;
    let send = Send {
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
            let envs = search_envs(ctx, args.env.env.as_deref()).await?;
            let (env, hook) = locate(ctx, id, &envs).await?;
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
            let (env, mut hooks) = pick_webhooks(ctx, args.env.env.as_deref(), false).await?;
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
    if report.status.is_some() || ctx.out.json() {
        ctx.out.item(&report);
    }
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
    send: &Send<'_>,
    event: Option<EventFilter>,
    sets: &[(String, Value)],
    data: Option<&[u8]>,
) -> Result<ExitCode> {
    let envs = if args.all_envs {
        ctx.all_environments().await?.to_vec()
    } else {
        vec![ctx.resolve_env(args.env.env.as_deref()).await?]
    };
    let mut hooks = fetch_all(ctx, &envs).await?;
    if let Some(e) = &event {
        hooks.retain(|h| e.matches(&h.event()));
    }
    if hooks.is_empty() {
        if ctx.out.json() {
            ctx.out.print_json(&Vec::<Value>::new());
        } else {
            let names: Vec<&str> = envs.iter().map(|e| e.name.as_str()).collect();
            ctx.out
                .info(&format!("No webhooks to test in {}", names.join(", ")));
        }
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

    #[test]
    fn preview_cuts_on_a_boundary() {
        assert_eq!(preview("éé".as_bytes(), 3), "é…");
        assert_eq!(preview(b"abc", 10), "abc");
    }
}
