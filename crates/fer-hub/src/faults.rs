//! What every request meets on its way in: the request log, the delay, the
//! rate limit, injected faults, and the readings that change answers (no
//! webhook routes, error bodies).

use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::error::ApiError;
use crate::state::Shared;
use crate::{ErrorBody, Fault, LogEntry};

/// Logging for every request; delay and faults for API requests.
pub(crate) async fn layer(State(s): State<Shared>, req: Request, next: Next) -> Response {
    let method = req.method().to_string();
    let path = req
        .uri()
        .path_and_query()
        .map(|p| p.to_string())
        .unwrap_or_default();
    let token = req.headers().contains_key("authorization");
    let is_api = req.uri().path().starts_with("/v1/");
    let no_route =
        is_api && !s.lock().opts.readings.webhook_routes && req.uri().path().contains("/webhooks");
    let (delay, fault) = if is_api {
        let mut inner = s.lock();
        let retry_after = inner.opts.readings.retry_after;
        let now = inner.now();
        let limited = inner.opts.rate_limit.is_some_and(|limit| {
            if now.duration_since(inner.window.0) >= Duration::from_secs(1) {
                inner.window = (now, 0);
            }
            inner.window.1 += 1;
            inner.window.1 > limit
        });
        let fault = if limited {
            Some(Fault::Status {
                status: 429,
                retry_after: retry_after.then_some(1),
            })
        } else {
            let m = req.method().as_str();
            let at = inner
                .faults
                .iter()
                .position(|(_, only)| only.as_deref().is_none_or(|o| o.eq_ignore_ascii_case(m)));
            at.and_then(|i| inner.faults.remove(i)).map(|(f, _)| f)
        };
        (inner.delay_ms, fault)
    } else {
        (0, None)
    };
    if delay > 0 {
        tokio::time::sleep(Duration::from_millis(delay)).await;
    }
    let mut hold = 0;
    let resp = match fault {
        None if no_route => ApiError::new(StatusCode::NOT_FOUND, "no such route").into_response(),
        None => next.run(req).await,
        Some(Fault::Hang { ms }) => {
            hold = ms;
            next.run(req).await
        }
        Some(Fault::Status { status, retry_after }) => {
            let code = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            let mut r = ApiError::new(code, format!("injected fault: {status}")).into_response();
            if let Some(ra) = retry_after {
                r.headers_mut().insert("retry-after", HeaderValue::from(ra));
            }
            r
        }
        Some(Fault::Html) => (
            StatusCode::BAD_GATEWAY,
            [("content-type", "text/html")],
            "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>",
        )
            .into_response(),
        Some(Fault::Garbage) => (StatusCode::OK, [("content-type", "text/html")], "<html>maintenance</html>").into_response(),
        Some(Fault::Truncated) => (
            StatusCode::OK,
            [("content-type", "application/json")],
            "{\"current_item_count\": 2, \"items\": [{\"id\": \"wh-",
        )
            .into_response(),
        Some(Fault::Empty) => (StatusCode::OK, [("content-type", "application/json")], Body::empty()).into_response(),
        Some(Fault::Endless) => (StatusCode::OK, [("content-type", "application/json")], endless_body()).into_response(),
        Some(Fault::Redirect { status, location }) => {
            let code = StatusCode::from_u16(status).unwrap_or(StatusCode::FOUND);
            let mut r = code.into_response();
            if let Ok(v) = HeaderValue::from_str(&location) {
                r.headers_mut().insert("location", v);
            }
            r
        }
    };
    let error_body = s.lock().opts.readings.error_body;
    let resp = if is_api && resp.status().as_u16() >= 400 && resp.status() != StatusCode::CONFLICT {
        restyle_error(resp, error_body)
    } else {
        resp
    };
    if is_api || path.starts_with("/auth/") {
        s.lock().log.push(LogEntry {
            method,
            path,
            token,
            status: resp.status().as_u16(),
        });
    }
    // A held-back answer is logged when it was decided, then held.
    if hold > 0 {
        tokio::time::sleep(Duration::from_millis(hold)).await;
    }
    resp
}

/// `{"items": [{…}, {…}, …` without end.
fn endless_body() -> Body {
    let head = futures::stream::once(async {
        Ok::<_, std::convert::Infallible>(Bytes::from_static(b"{\"items\": ["))
    });
    let item: Bytes = Bytes::from(format!(
        "{{\"id\": \"wh-{}\", \"event\": \"Flag.created\"}},",
        "0".repeat(1000)
    ));
    let rest = futures::stream::repeat_with(move || Ok(item.clone()));
    Body::from_stream(futures::StreamExt::chain(head, rest))
}

/// An error answer as the reading in force has it.
fn restyle_error(resp: Response, style: ErrorBody) -> Response {
    let (mut parts, body) = resp.into_parts();
    let body = match style {
        ErrorBody::Message => return Response::from_parts(parts, body),
        ErrorBody::EmptyObject => Body::from("{}"),
        ErrorBody::Empty => Body::empty(),
    };
    parts.headers.remove(axum::http::header::CONTENT_LENGTH);
    if style == ErrorBody::Empty {
        parts.headers.remove(axum::http::header::CONTENT_TYPE);
    }
    Response::from_parts(parts, body)
}
