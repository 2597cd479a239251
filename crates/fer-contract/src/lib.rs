//! The FE&R API contract (docs/api.md, docs/events.md) in one place, for
//! `fer` and for `fer-hub` alike: the event catalogue, delivery bodies and
//! their schemas, the validation rules (URL, description, ids) and the wire
//! types. No HTTP client and no TLS choice: those belong to the programs.

pub mod delivery;
pub mod events;
pub mod rules;
pub mod wire;
