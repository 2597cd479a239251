//! `fer webhook test`: one sample delivery, and what came back.

use std::process::ExitCode;
use std::time::{Duration, Instant};

use reqwest::header::{HeaderMap, HeaderName, HeaderValue, CONTENT_TYPE, LOCATION};
use serde_json::json;

use super::shared::{id_required, locate, pick_webhooks, search_envs, valid_url_flag};
use crate::api;
use crate::cli::TestArgs;
use crate::commands::{events::sample_context, parse_event, parse_set};
use crate::context::Context;
use crate::error::{Error, Kind, Result};
use crate::events::{self, Event};

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

pub async fn run(ctx: &Context, args: TestArgs) -> Result<ExitCode> {
    // Check every value before anything is sent.
    let given_event = args.event.as_deref().map(parse_event).transpose()?;
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

    let mut sample = sample_context(ctx);
    let (url, event): (String, &'static Event) = match (&args.id, &args.url) {
        (Some(id), _) => {
            let envs = search_envs(ctx, args.env.env.as_deref()).await?;
            let (env, hook) = locate(ctx, id, &envs).await?;
            sample.environment_id = Some(env.id.clone());
            sample.account_id = Some(ctx.client()?.account_id().to_string());
            let event = match given_event {
                Some(e) => e,
                None => parse_event(hook.event())?,
            };
            (hook.url().to_string(), event)
        }
        (None, Some(u)) => (
            u.clone(),
            given_event.ok_or_else(|| Error::usage("--url needs --event EVENT"))?,
        ),
        (None, None) if ctx.can_prompt => {
            let (env, mut hooks) = pick_webhooks(ctx, args.env.env.as_deref(), false).await?;
            let hook = hooks.remove(0);
            sample.environment_id = Some(env.id.clone());
            sample.account_id = Some(ctx.client()?.account_id().to_string());
            let event = match given_event {
                Some(e) => e,
                None => parse_event(hook.event())?,
            };
            (hook.url().to_string(), event)
        }
        (None, None) => {
            return Err(id_required().with_hint(
                "give a webhook ID, or --url and --event; prompts are off because stdin is not a terminal or --no-input is set",
            ))
        }
    };

    let body: Vec<u8> = match &args.data {
        Some(path) => ctx.read_input(path, "the body")?.into_bytes(),
        None => {
            let mut b = events::sample_body(event, &sample);
            if let Some(obj) = b.as_object_mut() {
                for (k, v) in sets {
                    obj.insert(k, v);
                }
            }
            serde_json::to_vec(&b).map_err(|e| Error::failure(e.to_string()))?
        }
    };

    let http =
        fer_contract::delivery::client(api::USER_AGENT, Duration::from_secs_f64(args.timeout))
            .map_err(Error::failure)?;
    let mut request = http
        .post(&url)
        .header(CONTENT_TYPE, "application/json")
        .header(fer_contract::delivery::TEST_HEADER, "true")
        .body(body)
        .build()
        .map_err(|e| Error::failure(format!("cannot build the request: {e}")))?;
    // The user's headers replace the defaults of the same name.
    for name in headers.keys() {
        request.headers_mut().remove(name);
        for v in headers.get_all(name) {
            request.headers_mut().append(name.clone(), v.clone());
        }
    }

    let start = Instant::now();
    let outcome = match http.execute(request).await {
        Ok(r) => {
            let status = r.status();
            let location = r
                .headers()
                .get(LOCATION)
                .and_then(|v| v.to_str().ok())
                .map(String::from);
            // Only what the preview shows is read: a receiver's endless
            // answer costs nothing.
            let bytes = api::response::read_prefix(r, BODY_PREVIEW + 1).await;
            let ms = start.elapsed().as_millis();
            match bytes {
                Ok((b, _)) => Ok((status, location, b, ms)),
                Err(e) => Err((e, ms)),
            }
        }
        Err(e) => Err((e, start.elapsed().as_millis())),
    };

    match outcome {
        Ok((status, location, bytes, ms)) => {
            let body = preview(&bytes, BODY_PREVIEW);
            let ok = status.is_success();
            let status_text = format!(
                "{} {}",
                status.as_u16(),
                status.canonical_reason().unwrap_or("")
            )
            .trim()
            .to_string();
            if ctx.out.json() {
                ctx.out.print_json(&json!({
                    "url": url, "event": event.id, "status": status.as_u16(), "ok": ok,
                    "duration_ms": ms as u64, "response_body": body,
                }));
            } else if ctx.out.quiet {
                ctx.out.data(&status.as_u16().to_string());
            } else {
                let mut rows = vec![
                    ("url", url.clone()),
                    ("event", event.id.to_string()),
                    ("status", status_text.clone()),
                    ("time", format!("{ms} ms")),
                ];
                if let Some(l) = &location {
                    rows.push(("location", l.clone()));
                }
                rows.push((
                    "response",
                    if body.is_empty() {
                        "(empty)".into()
                    } else {
                        body
                    },
                ));
                ctx.out.fields(&rows);
            }
            if ok {
                return Ok(ExitCode::SUCCESS);
            }
            let why = if status.is_redirection() {
                format!(
                    "the receiver answered {status_text}{} (redirects are not followed: FE&R does not follow them either)",
                    location.map(|l| format!(" to {l}")).unwrap_or_default()
                )
            } else {
                format!("the receiver answered {status_text}")
            };
            Err(Error::new(
                Kind::Delivery,
                format!("delivery to {url} failed: {why}"),
            ))
        }
        Err((e, ms)) => {
            let why = if e.is_timeout() {
                format!("no response within {} s (--timeout)", args.timeout)
            } else if e.is_connect() {
                let cause = api::root_cause(&e);
                if cause.contains("dns") || cause.contains("resolve") || cause.contains("lookup") {
                    format!("the host name does not resolve ({cause})")
                } else {
                    format!("could not connect ({cause})")
                }
            } else {
                api::root_cause(&e)
            };
            if ctx.out.json() {
                ctx.out.print_json(&json!({
                    "url": url, "event": event.id, "status": null, "ok": false,
                    "duration_ms": ms as u64, "response_body": null, "error": why,
                }));
            }
            Err(Error::new(
                Kind::Delivery,
                format!("delivery to {url} failed: {why}"),
            ))
        }
    }
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
