//! The server: the router, and `Hub`, a running emulator on 127.0.0.1.

use std::net::SocketAddr;
use std::time::Duration;

use axum::http::StatusCode;
use axum::middleware;
use axum::routing::{get, post};
use axum::Router;
use serde_json::{Map, Value};

use crate::auth::token;
use crate::control::*;
use crate::deliveries::trigger;
use crate::error::ApiError;
use crate::faults::layer;
use crate::routes::*;
use crate::state::{Env, Shared};
use crate::{Delivery, Fault, LogEntry, Options, Snapshot};

async fn not_found() -> ApiError {
    ApiError::new(StatusCode::NOT_FOUND, "no such route")
}

pub fn router(s: Shared) -> Router {
    // The webhook routes live where `webhooks_path` says, as a real
    // deployment may serve them somewhere else than fer's default.
    let hooks = format!(
        "/v1/{}",
        s.lock()
            .opts
            .webhooks_path
            .trim_matches('/')
            .replace("{account_id}", "{account}")
            .replace("{environment_id}", "{env}")
    );
    Router::new()
        .route("/auth/{account}/token", post(token))
        .route(
            "/v1/accounts/{account}/account_environments",
            get(list_envs),
        )
        .route(&hooks, get(list_hooks).post(create_hook))
        .route(
            &format!("{hooks}/{{id}}"),
            get(get_hook).patch(patch_hook).delete(delete_hook),
        )
        .route("/_hub/faults", post(ctl_faults))
        .route("/_hub/delay", post(ctl_delay))
        .route("/_hub/expire-tokens", post(ctl_expire))
        .route("/_hub/log", get(ctl_log).delete(ctl_log))
        .route("/_hub/state", get(ctl_state))
        .route("/_hub/trigger", post(ctl_trigger))
        .route("/_hub/deliveries", get(ctl_deliveries))
        .fallback(not_found)
        .layer(middleware::from_fn_with_state(s.clone(), layer))
        .with_state(s)
}

/// A running emulator. Dropping it stops it.
pub struct Hub {
    pub addr: SocketAddr,
    shared: Shared,
    rt: Option<tokio::runtime::Runtime>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
}

impl Hub {
    /// Starts the emulator in this process on 127.0.0.1:0.
    pub fn start(opts: Options) -> std::io::Result<Hub> {
        Self::start_on(opts, 0)
    }

    pub fn start_on(opts: Options, port: u16) -> std::io::Result<Hub> {
        Self::serve(Shared::new(opts), port)
    }

    /// Starts the emulator on 127.0.0.1:0 from a saved state (the sandbox).
    pub fn start_from(opts: Options, state: Snapshot) -> std::io::Result<Hub> {
        Self::serve(Shared::restore(opts, state), 0)
    }

    fn serve(shared: Shared, port: u16) -> std::io::Result<Hub> {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()?;
        let listener = rt.block_on(tokio::net::TcpListener::bind(("127.0.0.1", port)))?;
        let addr = listener.local_addr()?;
        let app = router(shared.clone());
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        rt.spawn(async move {
            let _ = axum::serve(listener, app)
                .with_graceful_shutdown(async {
                    let _ = rx.await;
                })
                .await;
        });
        Ok(Hub {
            addr,
            shared,
            rt: Some(rt),
            stop: Some(tx),
        })
    }

    /// The state as it is now, to be saved and restored by `start_from`.
    pub fn snapshot(&self) -> Snapshot {
        self.shared.snapshot()
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }
    pub fn api_url(&self) -> String {
        format!("{}/v1", self.url())
    }
    pub fn auth_url(&self) -> String {
        format!("{}/auth", self.url())
    }
    pub fn account_id(&self) -> String {
        self.shared.lock().opts.account_id.clone()
    }

    /// The requests received so far.
    pub fn log(&self) -> Vec<LogEntry> {
        self.shared.lock().log.clone()
    }
    pub fn clear_log(&self) {
        self.shared.lock().log.clear();
    }
    /// The next `count` API calls answer with `fault`.
    pub fn inject(&self, fault: Fault, count: usize) {
        let mut inner = self.shared.lock();
        for _ in 0..count {
            inner.faults.push_back((fault.clone(), None));
        }
    }
    /// The next `count` API calls with `method` answer with `fault`; other
    /// calls pass.
    pub fn inject_for(&self, method: &str, fault: Fault, count: usize) {
        let mut inner = self.shared.lock();
        for _ in 0..count {
            inner
                .faults
                .push_back((fault.clone(), Some(method.to_string())));
        }
    }
    pub fn set_delay(&self, ms: u64) {
        self.shared.lock().delay_ms = ms;
    }
    /// Moves the emulator's clock on by `by`: a rate-limit window or a
    /// token's lifetime passes without a test sleeping.
    pub fn advance_clock(&self, by: std::time::Duration) {
        self.shared.lock().clock_offset += by;
    }

    pub fn expire_tokens(&self) {
        self.shared.lock().tokens.clear();
    }
    /// (id, name) of each environment, in order.
    pub fn environments(&self) -> Vec<(String, String)> {
        self.shared
            .lock()
            .envs
            .iter()
            .map(|e| (e.id.clone(), e.name.clone()))
            .collect()
    }
    /// Adds an environment, as someone would in the web app; its id.
    pub fn add_environment(&self, name: &str) -> String {
        let mut inner = self.shared.lock();
        let id = inner.next_id("env");
        inner.envs.push(Env::new(
            id.clone(),
            name.to_string(),
            false,
            false,
            Vec::new(),
        ));
        id
    }
    /// Renames an environment (given by id), as someone would in the web app.
    pub fn rename_environment(&self, id: &str, name: &str) {
        let mut inner = self.shared.lock();
        if let Some(e) = inner.envs.iter_mut().find(|e| e.id == id) {
            e.name = name.to_string();
        }
    }
    /// Removes an environment (by id or name) and its webhooks.
    pub fn remove_environment(&self, env: &str) {
        self.shared
            .lock()
            .envs
            .retain(|e| e.id != env && e.name != env);
    }
    /// The webhooks of an environment (by id or name).
    pub fn webhooks(&self, env: &str) -> Vec<Value> {
        self.shared
            .lock()
            .envs
            .iter()
            .find(|e| e.id == env || e.name == env)
            .map(|e| {
                e.webhooks
                    .iter()
                    .filter_map(|w| serde_json::to_value(w).ok())
                    .collect()
            })
            .unwrap_or_default()
    }
    /// Every access token handed out so far, expired ones included.
    pub fn issued_tokens(&self) -> Vec<String> {
        self.shared.lock().issued.clone()
    }
    pub fn deliveries(&self) -> Vec<Delivery> {
        self.shared.lock().deliveries.clone()
    }
    /// Triggers an event, as `POST /_hub/trigger` does.
    pub fn trigger(
        &self,
        env: &str,
        event: &str,
        fields: Map<String, Value>,
    ) -> Result<Vec<Delivery>, String> {
        let rt = self.rt.as_ref().expect("running");
        rt.block_on(self.trigger_async(env, event, fields))
    }

    /// Triggers an event from inside another async runtime: the deliveries
    /// run on the emulator's own.
    pub async fn trigger_async(
        &self,
        env: &str,
        event: &str,
        fields: Map<String, Value>,
    ) -> Result<Vec<Delivery>, String> {
        let rt = self.rt.as_ref().expect("running");
        let s = self.shared.clone();
        let (env, event) = (env.to_string(), event.to_string());
        rt.spawn(async move { trigger(&s, &env, &event, fields).await })
            .await
            .map_err(|e| e.to_string())?
    }
}

impl Drop for Hub {
    fn drop(&mut self) {
        if let Some(tx) = self.stop.take() {
            let _ = tx.send(());
        }
        if let Some(rt) = self.rt.take() {
            rt.shutdown_timeout(Duration::from_secs(1));
        }
    }
}
