//! What the emulator starts with and plays: its options, the readings of
//! the vendor's material, faults, and the records it keeps.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::DEFAULT_ACCOUNT_ID;

/// fer's default webhook route (docs/api.md, "Webhooks").
pub const DEFAULT_WEBHOOKS_PATH: &str =
    "accounts/{account_id}/account_environments/{environment_id}/webhooks";

/// What the emulator starts with.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default)]
pub struct Options {
    pub account_id: String,
    pub account_name: String,
    /// The most items a page holds, whatever `_max_per_page` asks.
    pub page_cap: usize,
    pub environments: Vec<EnvSeed>,
    /// When set, tokens live at most this many seconds.
    pub token_ttl: Option<u64>,
    /// A delay before every API answer.
    pub delay_ms: u64,
    /// When set, at most this many API requests a second; the others get 429
    /// with Retry-After, as a rate-limited server answers.
    pub rate_limit: Option<u32>,
    /// Where the webhook routes live under `/v1`, with `{account_id}` and
    /// `{environment_id}` (fer's FER_WEBHOOKS_PATH setting speaks the same).
    pub webhooks_path: String,
    /// The vendor's material read other ways (docs/api.md): how this
    /// emulator pages, errs, rate-limits and hands out tokens. In a seed
    /// file, the object `"readings"`.
    pub readings: Readings,
}

/// Each way the vendor's own material may be read, so that tests can run
/// fer against every one (docs/api.md, "Lists", "Tokens", "Errors").
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(default)]
pub struct Readings {
    /// The number of the first page: 1, or 0 as the API reference's example.
    pub page_base: u64,
    /// `last_page` as the index of the last page rather than the page count.
    pub last_page_index: bool,
    /// Counts in the list envelope sent as strings (`"total_count": "40"`).
    pub numbers_as_strings: bool,
    /// What an error answer carries (a 409 keeps its `id` whatever this says).
    pub error_body: ErrorBody,
    /// Whether the webhook routes exist; without them they answer 404, as a
    /// deployment that does not serve them would.
    pub webhook_routes: bool,
    /// Whether a rate-limited answer carries Retry-After (none is documented).
    pub retry_after: bool,
    /// Whether token answers carry `expires_in` (the vendor CLI's mocks do not).
    pub token_expires_in: bool,
    /// The second page starts one item early, as a list does when an item
    /// is inserted while it is read: one item shows twice, another not at
    /// all, and the count still adds up.
    pub page_overlap: bool,
}

impl Default for Readings {
    fn default() -> Self {
        Readings {
            page_base: 1,
            last_page_index: false,
            numbers_as_strings: false,
            error_body: ErrorBody::Message,
            webhook_routes: true,
            retry_after: true,
            token_expires_in: true,
            page_overlap: false,
        }
    }
}

/// The body of an error answer.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Default, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum ErrorBody {
    /// `{"message": "…"}`.
    #[default]
    Message,
    /// `{}`, the only error body the vendor documents.
    EmptyObject,
    /// Nothing at all.
    Empty,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            account_id: DEFAULT_ACCOUNT_ID.into(),
            account_name: "Local account".into(),
            page_cap: 50,
            environments: vec![
                EnvSeed::new("production", true),
                EnvSeed::new("staging", false),
            ],
            token_ttl: None,
            delay_ms: 0,
            rate_limit: None,
            webhooks_path: DEFAULT_WEBHOOKS_PATH.into(),
            readings: Readings::default(),
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct EnvSeed {
    pub id: Option<String>,
    pub name: String,
    pub is_main: bool,
    pub panic: bool,
    pub webhooks: Vec<HookSeed>,
}

impl EnvSeed {
    pub fn new(name: &str, is_main: bool) -> Self {
        EnvSeed {
            name: name.into(),
            is_main,
            ..EnvSeed::default()
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct HookSeed {
    pub event: String,
    pub url: String,
    pub description: String,
    /// Fields the contract does not manage (custom `headers`, …).
    pub extra: serde_json::Map<String, Value>,
    /// The webhook exactly as the server holds it, whatever its shape (an
    /// id as a number in exponent form, a legacy or unknown event, odd field
    /// types): served as it is, instead of one made from the fields above.
    pub raw: Option<Value>,
}

/// A fault the next API calls answer with.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", try_from = "FaultWire")]
pub enum Fault {
    /// This status with a JSON `message` body (429 carries `Retry-After`).
    Status {
        status: u16,
        #[serde(default)]
        retry_after: Option<u64>,
    },
    /// 502 with an HTML page, as a proxy would answer.
    Html,
    /// 200 with a body that is not JSON.
    Garbage,
    /// 200 with JSON cut off part-way.
    Truncated,
    /// 200 with an empty body.
    Empty,
    /// The request is carried out, then the answer is held back this long
    /// (a client with a shorter timeout never learns the outcome).
    Hang { ms: u64 },
    /// 200 with a JSON body that never ends.
    Endless,
    /// A redirect (301, 302, 307…) to `location`, as a proxy in front of
    /// the API may answer; nothing is carried out.
    Redirect { status: u16, location: String },
}

/// A fault as JSON spells it (`{"kind":"status","status":503}`), read
/// through a plain struct: numbers kept by their text (`arbitrary_precision`)
/// do not survive serde's buffering of internally tagged enums.
#[derive(Debug, Clone, Deserialize)]
pub struct FaultWire {
    pub kind: String,
    #[serde(default)]
    pub status: Option<u16>,
    #[serde(default)]
    pub retry_after: Option<u64>,
    #[serde(default)]
    pub ms: Option<u64>,
    #[serde(default)]
    pub location: Option<String>,
    /// With the control route: how many requests meet it.
    #[serde(default)]
    pub count: Option<usize>,
    /// With the control route: only requests with this method meet it.
    #[serde(default)]
    pub method: Option<String>,
}

impl TryFrom<FaultWire> for Fault {
    type Error = String;
    fn try_from(w: FaultWire) -> Result<Fault, String> {
        Ok(match w.kind.as_str() {
            "status" => Fault::Status {
                status: w.status.ok_or("a status fault needs `status`")?,
                retry_after: w.retry_after,
            },
            "html" => Fault::Html,
            "garbage" => Fault::Garbage,
            "truncated" => Fault::Truncated,
            "empty" => Fault::Empty,
            "hang" => Fault::Hang {
                ms: w.ms.ok_or("a hang fault needs `ms`")?,
            },
            "endless" => Fault::Endless,
            "redirect" => Fault::Redirect {
                status: w.status.unwrap_or(302),
                location: w.location.ok_or("a redirect fault needs `location`")?,
            },
            other => return Err(format!("unknown fault kind '{other}'")),
        })
    }
}

/// One request the emulator received.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct LogEntry {
    pub method: String,
    /// Path and query.
    pub path: String,
    /// Whether an `Authorization` header was sent.
    pub token: bool,
    pub status: u16,
}

/// One delivery attempt made by `trigger`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Delivery {
    pub webhook_id: String,
    pub url: String,
    pub event: String,
    pub status: Option<u16>,
    pub error: Option<String>,
    pub duration_ms: u64,
    pub body: Value,
}

pub fn generated(envs: usize, per_env: usize, page_cap: usize) -> Options {
    let events = fer_contract::events::EVENTS;
    Options {
        page_cap,
        environments: (0..envs)
            .map(|i| EnvSeed {
                id: None,
                name: if i == 0 {
                    "production".into()
                } else {
                    format!("env-{i:02}")
                },
                is_main: i == 0,
                panic: false,
                webhooks: (0..per_env)
                    .map(|j| HookSeed {
                        event: events[j % events.len()].id.into(),
                        // At the local receiver (`fer webhook listen`), so
                        // that testing or triggering one delivers on this
                        // machine and nothing is looked up elsewhere.
                        url: format!("http://127.0.0.1:8787/{i}/{j}"),
                        description: format!("hook {j}"),
                        ..HookSeed::default()
                    })
                    .collect(),
            })
            .collect(),
        ..Options::default()
    }
}
