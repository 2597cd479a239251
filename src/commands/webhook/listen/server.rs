//! The receiver's HTTP server: HTTP/1.1 on 127.0.0.1, with the bounds a
//! listener reachable from the internet needs. Headers must arrive within
//! 10 s and a body within 10 s of them; a body is at most 2 MiB; open
//! connections are bounded (below the process's descriptor limit), the
//! oldest idle one closed first to make room. Every refused request (408,
//! 413, 431) is said on stderr.

use std::convert::Infallible;
use std::future::Future;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::sync::Notify;

use crate::output::Printer;

/// How long a client may take to send its headers, and then its body.
pub const READ_TIMEOUT: Duration = Duration::from_secs(10);
/// The largest body taken.
pub const MAX_BODY: usize = 2 * 1024 * 1024;
/// How much of a body too large is read (and discarded) before answering 413.
const DRAIN_MAX: usize = 32 * 1024 * 1024;
/// The largest head (request line and headers) taken.
pub const MAX_HEAD: usize = 64 * 1024;

/// A request as the handler gets it: its head and whole body.
pub struct Received {
    pub method: hyper::Method,
    pub uri: hyper::Uri,
    pub headers: hyper::HeaderMap,
    pub body: Bytes,
}

pub type Answer = Response<Full<Bytes>>;

pub fn answer(status: StatusCode, body: impl Into<Bytes>) -> Answer {
    let mut r = Response::new(Full::new(body.into()));
    *r.status_mut() = status;
    r
}

struct Conn {
    id: u64,
    /// Requests being handled on it now (0: idle, or a head still coming).
    busy: AtomicUsize,
    opened: Instant,
    close: Notify,
    /// Chosen to be closed (its task may not have ended yet).
    closing: std::sync::atomic::AtomicBool,
}

/// The most connections held open at once: well under the descriptor limit.
fn max_connections() -> usize {
    let mut lim = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit writes into the struct we own.
    let soft = if unsafe { libc::getrlimit(libc::RLIMIT_NOFILE, &mut lim) } == 0 {
        lim.rlim_cur as usize
    } else {
        256
    };
    soft.saturating_sub(32).clamp(16, 1024)
}

/// Serves until `stop` resolves; `handle` answers each request.
pub async fn serve<H, F>(
    listener: tokio::net::TcpListener,
    out: Printer,
    handle: H,
    stop: impl Future<Output = ()>,
) where
    H: Fn(Received) -> F + Clone + Send + Sync + 'static,
    F: Future<Output = Answer> + Send + 'static,
{
    let conns: Arc<Mutex<Vec<Arc<Conn>>>> = Arc::new(Mutex::new(Vec::new()));
    let max = max_connections();
    let next_id = AtomicU64::new(0);
    let mut last_warned: Option<Instant> = None;
    tokio::pin!(stop);
    loop {
        let (stream, peer) = tokio::select! {
            _ = &mut stop => break,
            a = listener.accept() => match a {
                Ok(a) => a,
                Err(e) => {
                    // Out of descriptors: make room, and try again shortly.
                    if last_warned.is_none_or(|t: Instant| t.elapsed() > Duration::from_secs(5)) {
                        out.warn(&format!("the receiver cannot accept a connection: {e}; closing idle ones"));
                        last_warned = Some(Instant::now());
                    }
                    close_oldest_idle(&conns);
                    tokio::time::sleep(Duration::from_millis(10)).await;
                    continue;
                }
            },
        };
        let conn = Arc::new(Conn {
            id: next_id.fetch_add(1, Ordering::Relaxed),
            busy: AtomicUsize::new(0),
            opened: Instant::now(),
            close: Notify::new(),
            closing: std::sync::atomic::AtomicBool::new(false),
        });
        {
            let open = conns
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .iter()
                .filter(|c| !c.closing.load(Ordering::SeqCst))
                .count();
            if open >= max {
                close_oldest_idle(&conns);
            }
            conns
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .push(conn.clone());
        }
        let (handle, out, conns) = (handle.clone(), out.clone(), conns.clone());
        tokio::spawn(async move {
            let c2 = conn.clone();
            let out2 = out.clone();
            let service = hyper::service::service_fn(move |req: Request<Incoming>| {
                let (handle, out, c) = (handle.clone(), out2.clone(), c2.clone());
                async move {
                    c.busy.fetch_add(1, Ordering::SeqCst);
                    let r = read_then(req, &out, peer, handle).await;
                    c.busy.fetch_sub(1, Ordering::SeqCst);
                    Ok::<_, Infallible>(r)
                }
            });
            let mut builder = hyper::server::conn::http1::Builder::new();
            builder
                .timer(TokioTimer::new())
                .header_read_timeout(READ_TIMEOUT)
                .max_buf_size(MAX_HEAD);
            let served = builder.serve_connection(TokioIo::new(stream), service);
            tokio::pin!(served);
            // Closed to make room: it was idle (or its head still coming),
            // so dropping it loses no delivery.
            let result = tokio::select! {
                r = &mut served => r,
                _ = conn.close.notified() => Ok(()),
            };
            if let Err(e) = result {
                if e.is_timeout() {
                    out.warn(&format!(
                        "refused a request from {peer}: its headers did not arrive within {} s (408)",
                        READ_TIMEOUT.as_secs()
                    ));
                } else if e.is_parse_too_large() {
                    out.warn(&format!(
                        "refused a request from {peer}: its headers are larger than {} KiB (431)",
                        MAX_HEAD / 1024
                    ));
                }
            }
            conns
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .retain(|c| c.id != conn.id);
        });
    }
}

/// Closes the connection idle the longest (a half-sent request counts as
/// idle: nothing is being answered on it).
fn close_oldest_idle(conns: &Mutex<Vec<Arc<Conn>>>) {
    let all = conns.lock().unwrap_or_else(|p| p.into_inner());
    if let Some(c) = all
        .iter()
        .filter(|c| c.busy.load(Ordering::SeqCst) == 0 && !c.closing.load(Ordering::SeqCst))
        .min_by_key(|c| c.opened)
    {
        c.closing.store(true, Ordering::SeqCst);
        c.close.notify_one();
    }
}

/// Reads the whole body within the bounds, then hands the request over.
async fn read_then<H, F>(
    req: Request<Incoming>,
    out: &Printer,
    peer: std::net::SocketAddr,
    handle: H,
) -> Answer
where
    H: Fn(Received) -> F,
    F: Future<Output = Answer>,
{
    let (parts, body) = req.into_parts();
    let what = format!("{} {}", parts.method, parts.uri.path());
    let declared = parts
        .headers
        .get(hyper::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    let too_large = || {
        out.warn(&format!(
            "refused a delivery from {peer} ({what}): its body is larger than {} MiB (413)",
            MAX_BODY >> 20
        ));
        answer(StatusCode::PAYLOAD_TOO_LARGE, "the body is too large\n")
    };
    if declared.is_some_and(|n| n > DRAIN_MAX as u64) {
        return too_large();
    }
    // Read up to MAX_BODY; past it, read on (up to DRAIN_MAX) and discard,
    // so that the sender gets the 413 rather than a reset connection.
    let read = async {
        let mut body = body;
        let mut buf = bytes::BytesMut::new();
        let mut seen = 0usize;
        while let Some(frame) = body.frame().await {
            let Ok(frame) = frame else {
                return Err(false);
            };
            if let Ok(data) = frame.into_data() {
                seen += data.len();
                if seen > DRAIN_MAX {
                    return Err(true);
                }
                if seen <= MAX_BODY {
                    buf.extend_from_slice(&data);
                }
            }
        }
        if seen > MAX_BODY {
            Err(true)
        } else {
            Ok(buf.freeze())
        }
    };
    let body = match tokio::time::timeout(READ_TIMEOUT, read).await {
        Err(_) => {
            out.warn(&format!(
                "refused a delivery from {peer} ({what}): its body did not arrive within {} s (408)",
                READ_TIMEOUT.as_secs()
            ));
            return answer(StatusCode::REQUEST_TIMEOUT, "the body took too long\n");
        }
        Ok(Err(true)) => return too_large(),
        Ok(Err(false)) => return answer(StatusCode::BAD_REQUEST, "the body could not be read\n"),
        Ok(Ok(b)) => b,
    };
    handle(Received {
        method: parts.method,
        uri: parts.uri,
        headers: parts.headers,
        body,
    })
    .await
}
