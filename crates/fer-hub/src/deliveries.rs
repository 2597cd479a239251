//! Real deliveries: what fer-hub posts when an event is triggered.

use std::time::{Duration, Instant};

use fer_contract::delivery;
use serde_json::{Map, Value};

use crate::state::Shared;
use crate::Delivery;

/// Posts the delivery body of `event` to every webhook of `environment`
/// subscribed to it, and records each attempt.
pub(crate) async fn trigger(
    s: &Shared,
    environment: &str,
    event: &str,
    fields: Map<String, Value>,
) -> Result<Vec<Delivery>, String> {
    let ev = fer_contract::events::find(event).ok_or_else(|| format!("unknown event {event}"))?;
    let (targets, body) = {
        let inner = s.lock();
        let env = inner
            .envs
            .iter()
            .find(|e| e.is(environment))
            .ok_or_else(|| format!("unknown environment {environment}"))?;
        let targets: Vec<(String, String)> = env
            .webhooks
            .iter()
            .filter(|w| w.event() == ev.id)
            .map(|w| (w.id(), w.url().to_string()))
            .collect();
        let mut body = fer_contract::events::sample_body(
            ev,
            &fer_contract::events::SampleContext {
                account_id: Some(inner.opts.account_id.clone()),
                account_name: Some(inner.opts.account_name.clone()),
                environment_id: Some(env.id.clone()),
                ..Default::default()
            },
        );
        if let Some(obj) = body.as_object_mut() {
            obj.extend(fields);
        }
        (targets, body)
    };
    // No redirect is followed (FE&R does not either); loopback goes direct,
    // never through a proxy the environment names.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let build = |direct: bool| {
        let b = reqwest::Client::builder()
            .user_agent("fer-hub")
            .redirect(reqwest::redirect::Policy::none())
            .timeout(Duration::from_secs(10));
        let b = if direct { b.no_proxy() } else { b };
        b.build()
            .map_err(|e| format!("cannot set up HTTP: {}", delivery::root_cause(&e)))
    };
    let (direct, system) = (build(true)?, build(false)?);
    let mut out = Vec::new();
    for (id, url) in targets {
        let start = Instant::now();
        let local = url::Url::parse(&url).is_ok_and(|u| fer_contract::rules::is_loopback(&u));
        let http = if local { &direct } else { &system };
        let r = http.post(&url).json(&body).send().await;
        let d = Delivery {
            webhook_id: id,
            url,
            event: ev.id.to_string(),
            status: r.as_ref().ok().map(|r| r.status().as_u16()),
            error: r.as_ref().err().map(|e| delivery::root_cause(e)),
            duration_ms: start.elapsed().as_millis() as u64,
            body: body.clone(),
        };
        s.lock().deliveries.push(d.clone());
        out.push(d);
    }
    Ok(out)
}
