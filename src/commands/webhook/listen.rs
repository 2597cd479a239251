//! `fer webhook listen`: a local receiver that prints each delivery.

use std::process::ExitCode;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use axum::response::IntoResponse;
use serde_json::{json, Map, Value};
use tokio::sync::Notify;

use crate::api;
use crate::cli::ListenArgs;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::events;
use crate::output::Printer;

struct Listener {
    out: Printer,
    respond_with: StatusCode,
    forward_to: Option<String>,
    http: crate::delivery::Clients,
    max_events: Option<u64>,
    count: AtomicU64,
    done: Notify,
}

/// Headers not relayed by --forward-to: they describe this hop, not the delivery.
const HOP_HEADERS: &[&str] = &[
    "host",
    "content-length",
    "connection",
    "transfer-encoding",
    "keep-alive",
    "upgrade",
];

/// How long a relayed delivery (--forward-to) may take.
const FORWARD_TIMEOUT: Duration = Duration::from_secs(30);

/// How long deliveries under way may take to finish once the receiver stops.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(1);

pub async fn run(ctx: &Context, args: ListenArgs) -> Result<ExitCode> {
    if let Some(f) = &args.forward_to {
        super::shared::check_url(f).map_err(|m| Error::usage(format!("--forward-to: {m}")))?;
    }
    if args.max_events == Some(0) {
        return Err(Error::usage("--max-events must be at least 1"));
    }
    let respond_with = StatusCode::from_u16(args.respond_with).map_err(|_| {
        Error::usage(format!(
            "--respond-with {} is not an HTTP status",
            args.respond_with
        ))
    })?;
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", args.port))
        .await
        .map_err(|e| {
            Error::failure(format!("cannot listen on 127.0.0.1:{}: {e}", args.port))
                .with_hint("another program may use that port; --port 0 takes a free one")
        })?;
    let addr = listener.local_addr()?;
    let http = crate::delivery::Clients::new(FORWARD_TIMEOUT)?;
    let state = Arc::new(Listener {
        out: ctx.out.clone(),
        respond_with,
        forward_to: args.forward_to.clone(),
        http,
        max_events: args.max_events,
        count: AtomicU64::new(0),
        done: Notify::new(),
    });
    // Always shown, even with -q: the address is what a user or script needs.
    ctx.out.note(&format!(
        "Listening on http://{addr} (answering {}){}; Ctrl-C stops",
        respond_with.as_u16(),
        args.forward_to
            .as_deref()
            .map(|f| format!(", forwarding to {f}"))
            .unwrap_or_default()
    ));
    let app = axum::Router::new()
        .fallback(receive)
        .with_state(state.clone());
    let stopping = Arc::new(Notify::new());
    let stop = {
        let (state, stopping) = (state.clone(), stopping.clone());
        async move {
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {},
                _ = state.done.notified() => {},
            }
            stopping.notify_one();
        }
    };
    let server = axum::serve(listener, app).with_graceful_shutdown(stop);
    // Deliveries under way get a second to finish; a client that holds a
    // half-sent request does not keep the receiver from stopping.
    let deadline = async {
        stopping.notified().await;
        tokio::time::sleep(SHUTDOWN_GRACE).await;
    };
    tokio::select! {
        r = server => r.map_err(|e| Error::failure(format!("the receiver stopped: {e}")))?,
        _ = deadline => {}
    }
    let n = state.count.load(Ordering::SeqCst);
    ctx.out.info(&format!(
        "Stopped after {n} deliver{}",
        if n == 1 { "y" } else { "ies" }
    ));
    Ok(ExitCode::SUCCESS)
}

async fn receive(
    State(l): State<Arc<Listener>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> impl IntoResponse {
    if method != Method::POST {
        return (
            StatusCode::METHOD_NOT_ALLOWED,
            "fer webhook listen receives deliveries as POST requests\n",
        )
            .into_response();
    }
    let n = l.count.fetch_add(1, Ordering::SeqCst) + 1;
    if l.max_events.is_some_and(|m| n > m) {
        return (
            StatusCode::SERVICE_UNAVAILABLE,
            "the receiver is stopping\n",
        )
            .into_response();
    }
    let time = chrono::Local::now().format("%H:%M:%S").to_string();
    let parsed: Option<Value> = serde_json::from_slice(&body).ok();
    let mut warnings = Vec::new();
    match &parsed {
        Some(v) => warnings.extend(events::check_delivery(v)),
        None => warnings.push(if body.is_empty() {
            "the body is empty".to_string()
        } else {
            "the body is not JSON".to_string()
        }),
    }
    let test = headers
        .get("x-fer-test-delivery")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.eq_ignore_ascii_case("true"));

    let forward = match &l.forward_to {
        Some(target) => Some(forward(l.http.for_url(target), target, &headers, body.clone()).await),
        None => None,
    };

    let event = parsed
        .as_ref()
        .and_then(|v| v.get("event"))
        .and_then(Value::as_str)
        .unwrap_or("?")
        .to_string();
    if l.out.json() {
        let mut line = Map::new();
        line.insert("time".into(), json!(events::now_iso8601()));
        line.insert("method".into(), json!(method.as_str()));
        line.insert("path".into(), json!(uri.to_string()));
        line.insert("event".into(), json!(event));
        line.insert("test".into(), json!(test));
        let hs: Map<String, Value> = headers
            .iter()
            .map(|(k, v)| (k.to_string(), json!(String::from_utf8_lossy(v.as_bytes()))))
            .collect();
        line.insert("headers".into(), Value::Object(hs));
        line.insert(
            "body".into(),
            parsed
                .clone()
                .unwrap_or_else(|| json!(String::from_utf8_lossy(&body))),
        );
        line.insert("warnings".into(), json!(warnings));
        if let Some(f) = &forward {
            line.insert(
                "forward".into(),
                match f {
                    Ok((status, ms)) => json!({"status": status, "duration_ms": ms}),
                    Err(e) => json!({"error": e}),
                },
            );
        }
        l.out.json_line(&Value::Object(line).to_string());
    } else {
        let summary = parsed.as_ref().map(summarize).unwrap_or_default();
        let tag = if test { "  (test)" } else { "" };
        let line = format!("{time}  {} {uri}  {event}{tag}  {summary}", method.as_str());
        l.out.data(line.trim_end());
        if let Some(f) = &forward {
            match f {
                Ok((status, ms)) => l
                    .out
                    .data(&format!("          forwarded: {status} ({ms} ms)")),
                Err(e) => l.out.data(&format!("          forward failed: {e}")),
            }
        }
        for w in &warnings {
            l.out.warn(&format!("delivery {n}: {w}"));
        }
    }
    // Stop after the last delivery asked for, or when no one reads the
    // output any more (`fer webhook listen | head -3`).
    if l.max_events.is_some_and(|m| n >= m) || l.out.io.out.is_closed() {
        l.done.notify_one();
    }
    (l.respond_with, "").into_response()
}

async fn forward(
    http: &reqwest::Client,
    target: &str,
    headers: &HeaderMap,
    body: Bytes,
) -> std::result::Result<(u16, u128), String> {
    let mut req = http.post(target).body(body);
    for (k, v) in headers {
        if !HOP_HEADERS.contains(&k.as_str()) {
            req = req.header(k.as_str(), v.as_bytes());
        }
    }
    let start = Instant::now();
    match req.send().await {
        Ok(r) => Ok((r.status().as_u16(), start.elapsed().as_millis())),
        Err(e) => Err(api::root_cause(&e)),
    }
}

/// The fields that matter for a delivery's event, on one line.
pub fn summarize(v: &Value) -> String {
    let s = |k: &str| {
        v.get(k).map(|x| match x {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        })
    };
    let s = |k: &str| s(k).unwrap_or_default();
    let event = s("event");
    let who = format!("by {}", s("user_email"));
    let what = if event.starts_with("Flag.") {
        format!(
            "flag {} ({}, {})",
            s("flag_name"),
            s("flag_id"),
            s("flag_type")
        )
    } else if event.starts_with("Campaign.") {
        format!(
            "campaign {} ({}, {}): {} -> {}",
            s("campaign_name"),
            s("campaign_id"),
            s("campaign_type"),
            s("campaign_previous_status"),
            s("campaign_status")
        )
    } else if event.starts_with("Project.") {
        let role = v
            .get("target_user_role")
            .map(|_| format!(" as {}", s("target_user_role")))
            .unwrap_or_default();
        format!(
            "project {} ({}): {}{role}",
            s("project_name"),
            s("project_id"),
            s("target_user_email")
        )
    } else if event.starts_with("Account.") {
        let role = v
            .get("target_user_role")
            .map(|_| format!(" as {}", s("target_user_role")))
            .unwrap_or_default();
        format!(
            "account {}: {}{role}",
            s("account_name"),
            s("target_user_email")
        )
    } else {
        String::new()
    };
    let env = v
        .get("environment_id")
        .map(|_| format!("  env {}", s("environment_id")))
        .unwrap_or_default();
    format!("{what}{env}  {who}").trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::{sample_body, SampleContext, EVENTS};

    #[test]
    fn summaries_name_what_matters() {
        let find = |id: &str| EVENTS.iter().find(|e| e.id == id).unwrap();
        let c = summarize(&sample_body(
            find("Campaign.status.changed"),
            &SampleContext::default(),
        ));
        assert!(
            c.contains("Checkout v2") && c.contains("draft -> active"),
            "{c}"
        );
        let f = summarize(&sample_body(
            find("Flag.created"),
            &SampleContext::default(),
        ));
        assert!(f.contains("new_checkout"), "{f}");
        let p = summarize(&sample_body(
            find("Project.edit_role.granted"),
            &SampleContext::default(),
        ));
        assert!(p.contains("dev@example.com as PROJECT_MANAGER"), "{p}");
        let a = summarize(&sample_body(
            find("Account.access.removed"),
            &SampleContext::default(),
        ));
        assert!(a.contains("dev@example.com") && !a.contains("env "), "{a}");
    }
}
