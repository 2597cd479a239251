//! `fer webhook listen`: a receiver that prints each delivery; with
//! `--public`, one FE&R itself can reach, wired to the account by leased
//! webhooks for as long as it runs.

mod journal;
pub mod lease;
mod print;
mod server;
mod tunnel;

use std::process::ExitCode;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use hyper::StatusCode;
use serde_json::{json, Map, Value};
use tokio::sync::Notify;

pub use journal::{read as read_journal, Entry as JournalEntry};
pub use print::summarize;
use server::{answer, Answer, Received};

use crate::cli::ListenArgs;
use crate::commands::EventFilter;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::events;
use crate::output::Printer;

/// Headers that describe one hop, not the delivery: never relayed.
pub const HOP_HEADERS: &[&str] = &[
    "host",
    "content-length",
    "connection",
    "transfer-encoding",
    "keep-alive",
    "upgrade",
    "te",
    "trailer",
    "proxy-authorization",
    "proxy-authenticate",
    "proxy-connection",
];

/// Whether a header is relayed (`connection` may name more hop headers).
pub fn relayed(name: &str, connection: &[String]) -> bool {
    let n = name.to_ascii_lowercase();
    !HOP_HEADERS.contains(&n.as_str()) && !connection.contains(&n)
}

/// The names a `Connection` header lists.
pub fn connection_names(headers: &[(String, String)]) -> Vec<String> {
    headers
        .iter()
        .filter(|(k, _)| k.eq_ignore_ascii_case("connection"))
        .flat_map(|(_, v)| v.split(',').map(|s| s.trim().to_ascii_lowercase()))
        .collect()
}

/// How long a relayed delivery (--forward-to) may take.
const FORWARD_TIMEOUT: Duration = Duration::from_secs(30);
/// The most of the app's answer relayed back.
const MAX_ANSWER: usize = 4 * 1024 * 1024;
/// How long deliveries under way may take to finish once the receiver stops.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(1);
/// The path a public listener's probe asks.
const PROBE_PATH: &str = "/.well-known/fer-listen-probe/";

struct Listener {
    out: Printer,
    respond_with: StatusCode,
    forward_to: Option<url::Url>,
    http: crate::delivery::Clients,
    filter: Vec<EventFilter>,
    journal: Option<journal::Journal>,
    max_events: Option<u64>,
    count: AtomicU64,
    others: AtomicU64,
    nonce: String,
    done: Notify,
}

pub async fn run(ctx: &Context, args: ListenArgs) -> Result<ExitCode> {
    let forward_to = match &args.forward_to {
        Some(f) => {
            super::shared::check_url(f).map_err(|m| Error::usage(format!("--forward-to: {m}")))?;
            Some(url::Url::parse(f).map_err(|e| Error::usage(format!("--forward-to: {e}")))?)
        }
        None => None,
    };
    if args.max_events == Some(0) {
        return Err(Error::usage("--max-events must be at least 1"));
    }
    let respond_with = StatusCode::from_u16(args.respond_with).map_err(|_| {
        Error::usage(format!(
            "--respond-with {} is not an HTTP status",
            args.respond_with
        ))
    })?;
    let filter: Vec<EventFilter> = args.events.iter().map(|e| EventFilter::new(e)).collect();
    if args.public {
        if args.tunnel.is_none() && args.public_url.is_none() {
            return Err(Error::usage(
                "--public needs --tunnel (cloudflared, ngrok, or a command) or --public-url URL",
            ));
        }
        if filter.is_empty() {
            return Err(Error::usage(
                "--public needs --event EVENT (one or more): a lease is made for each",
            ));
        }
        if let Some(u) = &args.public_url {
            super::shared::check_url(u).map_err(|m| Error::usage(format!("--public-url: {m}")))?;
        }
    }
    let journal = args
        .save
        .as_deref()
        .map(journal::Journal::open)
        .transpose()?;
    let mut signals = Signals::new();
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", args.port))
        .await
        .map_err(|e| {
            Error::failure(format!("cannot listen on 127.0.0.1:{}: {e}", args.port))
                .with_hint("another program may use that port; --port 0 takes a free one")
        })?;
    let addr = listener.local_addr()?;
    let state = Arc::new(Listener {
        out: ctx.out.clone(),
        respond_with,
        forward_to,
        http: crate::delivery::Clients::new(FORWARD_TIMEOUT)?,
        filter,
        journal,
        max_events: args.max_events,
        count: AtomicU64::new(0),
        others: AtomicU64::new(0),
        nonce: format!("{:016x}{:016x}", fastrand::u64(..), fastrand::u64(..)),
        done: Notify::new(),
    });
    // Always shown, even with -q: the address is what a user or script needs.
    ctx.out.note(&format!(
        "Listening on http://{addr} (answering {}){}; Ctrl-C stops",
        respond_with.as_u16(),
        state
            .forward_to
            .as_ref()
            .map(|f| format!(", forwarding to {f}"))
            .unwrap_or_default()
    ));
    let stopping = Arc::new(Notify::new());
    let server = {
        let (state, stopping) = (state.clone(), stopping.clone());
        let handle = {
            let state = state.clone();
            move |r: Received| {
                let state = state.clone();
                async move { receive(&state, r).await }
            }
        };
        tokio::spawn(server::serve(
            listener,
            state.out.clone(),
            handle,
            async move {
                stopping.notified().await;
            },
        ))
    };

    let result = match args.public {
        true => public(ctx, &args, &state, addr, &mut signals).await,
        false => {
            wait_for_stop(&state, &mut signals, None).await;
            Ok(())
        }
    };
    stopping.notify_waiters();
    stopping.notify_one();
    let _ = tokio::time::timeout(SHUTDOWN_GRACE, server).await;
    let n = state.count.load(Ordering::SeqCst);
    let others = state.others.load(Ordering::SeqCst);
    ctx.out.info(&format!(
        "Stopped after {n} deliver{}{}",
        if n == 1 { "y" } else { "ies" },
        if others > 0 {
            format!(" ({others} of other events answered 200, not shown)")
        } else {
            String::new()
        }
    ));
    result.map(|_| ExitCode::SUCCESS)
}

/// Why the listener stops.
#[derive(Debug, PartialEq)]
enum Stop {
    Signal,
    Done,
    TunnelExited(String),
}

/// Ctrl-C and SIGTERM, registered once at the start: a signal that comes
/// while the listener is busy (leasing, renewing) is kept, not lost.
pub(super) struct Signals {
    int: Option<tokio::signal::unix::Signal>,
    term: Option<tokio::signal::unix::Signal>,
}

impl Signals {
    fn new() -> Signals {
        use tokio::signal::unix::{signal, SignalKind};
        Signals {
            int: signal(SignalKind::interrupt()).ok(),
            term: signal(SignalKind::terminate()).ok(),
        }
    }

    async fn any(&mut self) {
        let int = async {
            match self.int.as_mut() {
                Some(s) => {
                    s.recv().await;
                }
                None => std::future::pending::<()>().await,
            }
        };
        let term = async {
            match self.term.as_mut() {
                Some(s) => {
                    s.recv().await;
                }
                None => std::future::pending::<()>().await,
            }
        };
        tokio::select! {
            _ = int => {},
            _ = term => {},
        }
    }
}

/// Waits for Ctrl-C, SIGTERM, the last delivery asked for, or (public) the
/// tunnel's end.
async fn wait_for_stop(
    state: &Listener,
    signals: &mut Signals,
    tunnel: Option<&mut tunnel::Tunnel>,
) -> Stop {
    let tunnel_fut = async {
        match tunnel {
            Some(t) => t.exited().await,
            None => std::future::pending().await,
        }
    };
    tokio::select! {
        _ = signals.any() => Stop::Signal,
        _ = state.done.notified() => Stop::Done,
        how = tunnel_fut => Stop::TunnelExited(how),
    }
}

/// One request: the probe, a delivery to show (and relay, and journal), or
/// one of another event.
async fn receive(l: &Listener, r: Received) -> Answer {
    let path = r.uri.path().to_string();
    if let Some(nonce) = path.strip_prefix(PROBE_PATH) {
        return if nonce == l.nonce {
            answer(StatusCode::OK, l.nonce.clone())
        } else {
            answer(StatusCode::NOT_FOUND, "")
        };
    }
    if r.method != hyper::Method::POST {
        return answer(
            StatusCode::METHOD_NOT_ALLOWED,
            "fer webhook listen receives deliveries as POST requests\n",
        );
    }
    let headers: Vec<(String, String)> = r
        .headers
        .iter()
        .map(|(k, v)| {
            (
                k.to_string(),
                String::from_utf8_lossy(v.as_bytes()).into_owned(),
            )
        })
        .collect();
    let entry = journal::Entry::new(
        r.method.as_str(),
        &path,
        r.uri.query(),
        headers.clone(),
        &r.body,
    );
    if let Some(j) = &l.journal {
        if let Err(e) = j.append(&entry) {
            l.out
                .warn(&format!("--save: cannot write the journal: {e}"));
        }
    }
    let parsed: Option<Value> = serde_json::from_slice(&r.body).ok();
    let event = parsed
        .as_ref()
        .and_then(|v| v.get("event"))
        .and_then(Value::as_str)
        .unwrap_or("?")
        .to_string();
    if !l.filter.is_empty() && !l.filter.iter().any(|f| f.matches(&event)) {
        l.others.fetch_add(1, Ordering::SeqCst);
        return answer(StatusCode::OK, "");
    }
    let n = l.count.fetch_add(1, Ordering::SeqCst) + 1;
    if l.max_events.is_some_and(|m| n > m) {
        return answer(
            StatusCode::SERVICE_UNAVAILABLE,
            "the receiver is stopping\n",
        );
    }
    let mut warnings = Vec::new();
    match &parsed {
        Some(v) => warnings.extend(events::check_delivery(v)),
        None => warnings.push(if r.body.is_empty() {
            "the body is empty".to_string()
        } else {
            "the body is not JSON".to_string()
        }),
    }
    let test = r
        .headers
        .get(crate::delivery::TEST_HEADER)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.eq_ignore_ascii_case("true"));
    let forwarded = match &l.forward_to {
        Some(base) => Some(forward(l, base, &r, &headers).await),
        None => None,
    };
    show(
        l,
        n,
        &entry,
        &event,
        test,
        parsed.as_ref(),
        &warnings,
        forwarded.as_ref(),
    );
    // Stop after the last delivery asked for, or when no one reads the
    // output any more (`fer webhook listen | head -3`).
    if l.max_events.is_some_and(|m| n >= m) || l.out.io.out.is_closed() {
        l.done.notify_one();
    }
    match forwarded {
        Some(Ok(f)) => {
            let mut a = answer(f.status, f.body);
            if let Some(ct) = f.content_type {
                if let Ok(v) = hyper::header::HeaderValue::from_str(&ct) {
                    a.headers_mut().insert(hyper::header::CONTENT_TYPE, v);
                }
            }
            a
        }
        Some(Err(_)) => answer(
            StatusCode::BAD_GATEWAY,
            "the app behind fer webhook listen could not be reached\n",
        ),
        None => answer(l.respond_with, ""),
    }
}

/// The app's answer to a relayed delivery.
struct Forwarded {
    status: StatusCode,
    body: Bytes,
    content_type: Option<String>,
    ms: u128,
    target: String,
}

/// `BASE/path?query`: the delivery's path and query under the base's path.
pub fn under(base: &url::Url, path: &str, query: Option<&str>) -> String {
    let mut s = base.as_str().trim_end_matches('/').to_string();
    if base.query().is_some() {
        // A base with a query: the delivery's path goes before it.
        let mut b = base.clone();
        b.set_query(None);
        s = b.as_str().trim_end_matches('/').to_string();
    }
    s.push_str(if path.is_empty() { "/" } else { path });
    if let Some(q) = query.filter(|q| !q.is_empty()) {
        s.push('?');
        s.push_str(q);
    }
    s
}

async fn forward(
    l: &Listener,
    base: &url::Url,
    r: &Received,
    headers: &[(String, String)],
) -> std::result::Result<Forwarded, String> {
    let target = under(base, r.uri.path(), r.uri.query());
    let method =
        reqwest::Method::from_bytes(r.method.as_str().as_bytes()).unwrap_or(reqwest::Method::POST);
    let conn = connection_names(headers);
    let mut req = l
        .http
        .for_url(&target)
        .request(method, &target)
        .body(r.body.clone());
    for (k, v) in headers {
        if relayed(k, &conn) {
            req = req.header(k.as_str(), v.as_str());
        }
    }
    let start = Instant::now();
    let resp = req.send().await.map_err(|e| {
        let why = crate::api::root_cause(&e);
        l.out.warn(&format!(
            "the app at {target} could not be reached: {why}; the sender was answered 502"
        ));
        why
    })?;
    let status = StatusCode::from_u16(resp.status().as_u16()).unwrap_or(StatusCode::BAD_GATEWAY);
    let content_type = resp
        .headers()
        .get(reqwest::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(String::from);
    let body = crate::api::response::read_capped(resp, MAX_ANSWER)
        .await
        .ok()
        .flatten()
        .unwrap_or_default();
    Ok(Forwarded {
        status,
        body,
        content_type,
        ms: start.elapsed().as_millis(),
        target,
    })
}

#[allow(clippy::too_many_arguments)]
fn show(
    l: &Listener,
    n: u64,
    e: &journal::Entry,
    event: &str,
    test: bool,
    parsed: Option<&Value>,
    warnings: &[String],
    forwarded: Option<&std::result::Result<Forwarded, String>>,
) {
    let path = match &e.query {
        Some(q) => format!("{}?{q}", e.path),
        None => e.path.clone(),
    };
    if l.out.json() {
        let mut line = Map::new();
        line.insert("time".into(), json!(e.time));
        line.insert("method".into(), json!(e.method));
        line.insert("path".into(), json!(path));
        line.insert("event".into(), json!(event));
        line.insert("test".into(), json!(test));
        let hs: Map<String, Value> = e
            .headers
            .iter()
            .map(|(k, v)| (k.clone(), json!(v)))
            .collect();
        line.insert("headers".into(), Value::Object(hs));
        line.insert(
            "body".into(),
            parsed
                .cloned()
                .unwrap_or_else(|| json!(e.body.clone().unwrap_or_default())),
        );
        line.insert("warnings".into(), json!(warnings));
        if let Some(f) = forwarded {
            line.insert(
                "forward".into(),
                match f {
                    Ok(f) => {
                        json!({"status": f.status.as_u16(), "duration_ms": f.ms, "url": f.target})
                    }
                    Err(e) => json!({"error": e}),
                },
            );
        }
        l.out.json_line(&Value::Object(line).to_string());
        return;
    }
    let time = chrono::Local::now().format("%H:%M:%S").to_string();
    let summary = parsed.map(summarize).unwrap_or_default();
    let tag = if test { "  (test)" } else { "" };
    let line = format!("{time}  {} {path}  {event}{tag}  {summary}", e.method);
    l.out.data(line.trim_end());
    if let Some(f) = forwarded {
        match f {
            Ok(f) => l.out.data(&format!(
                "          forwarded: {} ({} ms)",
                f.status.as_u16(),
                f.ms
            )),
            Err(e) => l
                .out
                .data(&format!("          forward failed: {e} (answered 502)")),
        }
    }
    for w in warnings {
        l.out.warn(&format!("delivery {n}: {w}"));
    }
}

mod public;
use public::public;
