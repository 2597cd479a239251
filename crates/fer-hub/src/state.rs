//! The emulator's state: environments and their webhooks, issued tokens,
//! queued faults, and the logs tests read.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use fer_contract::wire::{Webhook, WebhookFields};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use crate::{
    Delivery, Fault, LogEntry, Options, ADMIN_CLIENT_ID, ADMIN_CLIENT_SECRET, ALL_SCOPES,
    READER_CLIENT_ID, READER_CLIENT_SECRET, READ_SCOPES,
};

#[derive(Debug, Clone)]
pub(crate) struct Env {
    pub id: String,
    pub name: String,
    pub is_main: bool,
    pub panic: bool,
    pub webhooks: Vec<Webhook>,
    /// (event, url) of every webhook: a create's duplicate check without a
    /// scan, so that making many webhooks stays linear.
    pub keys: std::collections::HashSet<(String, String)>,
}

impl Env {
    pub fn new(
        id: String,
        name: String,
        is_main: bool,
        panic: bool,
        webhooks: Vec<Webhook>,
    ) -> Env {
        let keys = webhooks.iter().map(key).collect();
        Env {
            id,
            name,
            is_main,
            panic,
            webhooks,
            keys,
        }
    }

    pub fn json(&self) -> Value {
        json!({"id": self.id, "environment": self.name, "is_main": self.is_main,
               "panic": self.panic, "single_assignment": false})
    }

    /// Whether `name` names this environment (its id, or its name in any case).
    pub fn is(&self, name: &str) -> bool {
        self.id == name || self.name.eq_ignore_ascii_case(name)
    }
}

/// A webhook's (event, url), as the duplicate rule sees it.
pub fn key(w: &Webhook) -> (String, String) {
    (w.event().into_owned(), w.url().into_owned())
}

/// An access token handed out.
#[derive(Debug, Clone)]
pub(crate) struct Token {
    pub account_id: String,
    pub client_id: String,
    pub scopes: Vec<&'static str>,
    pub expires_at: Option<Instant>,
}

/// A client the emulator knows, with its secret and scopes.
pub(crate) struct Client {
    pub id: &'static str,
    pub secret: &'static str,
    pub scopes: &'static [&'static str],
}

pub(crate) const CLIENTS: &[Client] = &[
    Client {
        id: ADMIN_CLIENT_ID,
        secret: ADMIN_CLIENT_SECRET,
        scopes: ALL_SCOPES,
    },
    Client {
        id: READER_CLIENT_ID,
        secret: READER_CLIENT_SECRET,
        scopes: READ_SCOPES,
    },
];

pub(crate) struct Inner {
    pub opts: Options,
    pub envs: Vec<Env>,
    pub tokens: HashMap<String, Token>,
    /// Queued faults, each for any method or for one (`POST`, …).
    pub faults: VecDeque<(Fault, Option<String>)>,
    pub delay_ms: u64,
    pub log: Vec<LogEntry>,
    pub deliveries: Vec<Delivery>,
    /// The current one-second window of the rate limit: its start and count.
    pub window: (Instant, u32),
    /// Every access token handed out, expired ones included.
    pub issued: Vec<String>,
    pub counter: u64,
    /// How far the emulator's clock runs ahead of the real one: tests move
    /// it on (`Hub::advance_clock`) instead of sleeping.
    pub clock_offset: std::time::Duration,
}

impl Inner {
    /// The emulator's clock: what the rate-limit window and token expiry
    /// are measured with.
    pub fn now(&self) -> Instant {
        Instant::now() + self.clock_offset
    }

    pub fn next_id(&mut self, prefix: &str) -> String {
        self.counter += 1;
        // A bijection on u32: unique ids that do not look sequential.
        let n = (self.counter as u32).wrapping_mul(0x9E37_79B1);
        format!("{prefix}-{n:08x}")
    }

    /// The environment with this id.
    pub fn env(&self, id: &str) -> Option<usize> {
        self.envs.iter().position(|e| e.id == id)
    }

    /// A new webhook in environment `env_id`, made by `by`; `extra`: fields
    /// the contract does not manage (custom `headers`, …), kept as sent.
    pub fn new_webhook(&mut self, env_id: &str, fields: &WebhookFields, by: &str) -> Webhook {
        let mut w = Webhook::default();
        w.set("id", json!(self.next_id("wh")));
        w.set("account_environment_id", json!(env_id));
        w.set("event", json!(fields.event.clone().unwrap_or_default()));
        w.set("url", json!(fields.url.clone().unwrap_or_default()));
        w.set(
            "description",
            json!(fields.description.clone().unwrap_or_default()),
        );
        for (k, v) in &fields.extra {
            w.set(k, v.clone());
        }
        w.set(
            "created_at",
            json!(chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string()),
        );
        w.set("created_by", json!(by));
        w
    }

    /// A seeded webhook: `raw` as it is (an id and the environment id added
    /// when it has none), else one made from the seed's fields.
    pub fn seeded(&mut self, env_id: &str, h: &crate::HookSeed) -> Webhook {
        match &h.raw {
            Some(Value::Object(raw)) => {
                let mut w = Webhook::from_fields(raw.clone());
                if w.get("id").is_none() {
                    w.set("id", json!(self.next_id("wh")));
                }
                if w.get("account_environment_id").is_none() {
                    w.set("account_environment_id", json!(env_id));
                }
                w
            }
            _ => {
                let fields = WebhookFields {
                    event: Some(h.event.clone()),
                    url: Some(h.url.clone()),
                    description: Some(h.description.clone()),
                    extra: h.extra.clone(),
                };
                self.new_webhook(env_id, &fields, "seed@fer-hub.local")
            }
        }
    }
}

/// The state, shared by every handler.
#[derive(Clone)]
pub struct Shared(Arc<Mutex<Inner>>);

impl Shared {
    pub(crate) fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn new(opts: Options) -> Shared {
        let mut inner = Inner {
            envs: Vec::new(),
            tokens: HashMap::new(),
            faults: VecDeque::new(),
            delay_ms: opts.delay_ms,
            log: Vec::new(),
            deliveries: Vec::new(),
            window: (Instant::now(), 0),
            issued: Vec::new(),
            counter: 0,
            clock_offset: std::time::Duration::ZERO,
            opts: opts.clone(),
        };
        for seed in &opts.environments {
            let id = seed.id.clone().unwrap_or_else(|| inner.next_id("env"));
            let hooks = seed.webhooks.iter().map(|h| inner.seeded(&id, h)).collect();
            let env = Env::new(id, seed.name.clone(), seed.is_main, seed.panic, hooks);
            inner.envs.push(env);
        }
        Shared(Arc::new(Mutex::new(inner)))
    }
}

/// What the emulator keeps between runs when it backs `fer --sandbox`: the
/// environments, their webhooks, and the id counter.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    pub counter: u64,
    pub environments: Vec<SavedEnv>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SavedEnv {
    pub id: String,
    pub name: String,
    pub is_main: bool,
    pub panic: bool,
    pub webhooks: Vec<Webhook>,
}

impl Shared {
    /// The state as it is now.
    pub fn snapshot(&self) -> Snapshot {
        let inner = self.lock();
        Snapshot {
            counter: inner.counter,
            environments: inner
                .envs
                .iter()
                .map(|e| SavedEnv {
                    id: e.id.clone(),
                    name: e.name.clone(),
                    is_main: e.is_main,
                    panic: e.panic,
                    webhooks: e.webhooks.clone(),
                })
                .collect(),
        }
    }

    /// An emulator with `opts`, its environments and webhooks those saved.
    pub fn restore(opts: Options, state: Snapshot) -> Shared {
        let shared = Shared::new(Options {
            environments: Vec::new(),
            ..opts
        });
        {
            let mut inner = shared.lock();
            inner.counter = state.counter;
            inner.envs = state
                .environments
                .into_iter()
                .map(|e| Env::new(e.id, e.name, e.is_main, e.panic, e.webhooks))
                .collect();
        }
        shared
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique() {
        let s = Shared::new(Options::default());
        let mut inner = s.lock();
        let ids: std::collections::HashSet<String> =
            (0..10_000).map(|_| inner.next_id("wh")).collect();
        assert_eq!(ids.len(), 10_000);
    }

    #[test]
    fn a_snapshot_restores_the_same_state() {
        let s = Shared::new(crate::generated(2, 3, 50));
        let snap = s.snapshot();
        let back = Shared::restore(Options::default(), snap.clone());
        assert_eq!(back.snapshot(), snap);
        // New ids go on from the saved counter: none is given twice.
        let next = back.lock().next_id("wh");
        let ids: Vec<String> = snap
            .environments
            .iter()
            .flat_map(|e| e.webhooks.iter().map(|w| w.id()))
            .collect();
        assert!(!ids.contains(&next), "{next} in {ids:?}");
    }
}
