//! The FE&R Integration Hub API contract (CONTRACT.md) in one place, for
//! `fer` and for `fer-hub` alike: the event catalogue and sample delivery
//! bodies, the validation rules (URL, description, ids), the wire types, and
//! the HTTP client that sends a delivery.

pub mod delivery;
pub mod events;
pub mod rules;
pub mod wire;
