//! The end-to-end suite, one binary: the real `fer` against fer-hub (or a
//! small hostile server) on 127.0.0.1, with HOME and the XDG dirs in a
//! temporary directory.

mod common;

mod apply;
mod auth;
mod ci;
mod contract_catalogue;
mod delivery;
mod faults;
mod fidelity;
mod first_hour;
mod foundation;
mod generated;
mod hostile;
mod hostile2;
mod house;
mod integrity;
mod listen;
mod pty;
mod public;
mod robust;
mod sandbox;
mod scale;
mod snapshots;
mod vendor;
mod webhooks;
