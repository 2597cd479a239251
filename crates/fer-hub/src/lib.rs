//! fer-hub: a local emulator of the FE&R API (docs/api.md): the Remote
//! Control API and its webhook routes.
//!
//! It serves the token endpoint under `/auth` and the Remote Control API under
//! `/v1`, from in-memory state, with the contract's validation, pagination cap,
//! scopes and error bodies. A control API under `/_hub` injects faults and
//! delays, expires tokens, reads the request log and triggers real deliveries.
//! Tests start it in-process on 127.0.0.1:0; people run the `fer-hub` binary.
//!
//! One concern a module: `options` (what it starts with and plays), `state`,
//! `auth` (the token endpoint and the caller extractor), `routes` (the API),
//! `faults` (the layer every request meets), `control` (`/_hub`),
//! `deliveries` (triggered POSTs), `error` (the error answer), `server`.

mod auth;
mod control;
mod deliveries;
mod error;
mod faults;
mod options;
mod routes;
mod server;
mod state;

pub use options::{
    generated, Delivery, EnvSeed, ErrorBody, Fault, HookSeed, LogEntry, Options, Readings,
    DEFAULT_WEBHOOKS_PATH,
};
pub use server::{router, Hub};
pub use state::{SavedEnv, Shared, Snapshot};

pub const ADMIN_CLIENT_ID: &str = "fer-hub-admin";
pub const ADMIN_CLIENT_SECRET: &str = "hub-admin-secret";
pub const READER_CLIENT_ID: &str = "fer-hub-reader";
pub const READER_CLIENT_SECRET: &str = "hub-reader-secret";
pub const DEFAULT_ACCOUNT_ID: &str = "acc-local";

pub const ALL_SCOPES: &[&str] = &[
    "environment.list",
    "webhook.list",
    "webhook.create",
    "webhook.update",
    "webhook.delete",
];
pub const READ_SCOPES: &[&str] = &["environment.list", "webhook.list"];
