//! Error kinds and their exit codes (docs/interface.md, "Exit codes"): the one table.

use std::fmt;

/// What went wrong, as far as a script needs to know.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Network, server error, unexpected response.
    Failure,
    /// Bad flag or value, unknown event or environment, missing value with no prompt allowed.
    Usage,
    /// Webhook or environment not found.
    NotFound,
    /// Not logged in, credentials refused, token refused, missing scope.
    Auth,
    /// `webhook test`: the delivery failed.
    Delivery,
    /// `webhook apply --check`: the account differs from the file.
    Drift,
    /// Cancelled at a prompt.
    Cancelled,
}

/// One row of the exit-code table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExitCodeRow {
    pub code: u8,
    /// The name in JSON errors (`{"error":{"kind":…}}`).
    pub name: &'static str,
    /// A few words, for the one-line summary in `--help`.
    pub short: &'static str,
    pub meaning: &'static str,
}

impl Kind {
    /// Every kind, in the order of their codes.
    pub const ALL: [Kind; 7] = [
        Kind::Failure,
        Kind::Usage,
        Kind::NotFound,
        Kind::Auth,
        Kind::Delivery,
        Kind::Drift,
        Kind::Cancelled,
    ];

    /// The kind's row of the table: the one place a code is said.
    pub const fn row(self) -> ExitCodeRow {
        let (code, name, short, meaning) = match self {
            Kind::Failure => (1, "failure", "failure", "failure: network, server error, unexpected response"),
            Kind::Usage => (
                2,
                "usage",
                "usage",
                "usage or invalid input: a bad flag or value, an unknown event or environment, a value missing where no prompt is allowed, delete without --yes and without a terminal, a local file that cannot be used",
            ),
            Kind::NotFound => (3, "not_found", "not found", "not found: the webhook or environment"),
            Kind::Auth => (
                4,
                "auth",
                "auth",
                "authentication: not logged in, credentials refused, token refused after one refresh, missing scope (403), a secret command that failed",
            ),
            Kind::Delivery => (
                5,
                "delivery_failed",
                "delivery failed",
                "webhook test / replay: a delivery failed (40X/50X, no connection, timeout; a 30X counts as delivered, as the platform counts it); with --all, any failed",
            ),
            Kind::Drift => (
                6,
                "drift",
                "drift",
                "webhook apply --check: the account differs from the file (the plan says how)",
            ),
            Kind::Cancelled => (
                130,
                "cancelled",
                "cancelled",
                "cancelled: Ctrl-C or no at a prompt; interrupted mid-change, with what was made said",
            ),
        };
        ExitCodeRow {
            code,
            name,
            short,
            meaning,
        }
    }

    pub fn exit_code(self) -> u8 {
        self.row().code
    }

    /// The name used in JSON errors: `{"error":{"kind":…}}`.
    pub fn name(self) -> &'static str {
        self.row().name
    }
}

/// The table: success, then every kind.
pub fn exit_codes() -> Vec<ExitCodeRow> {
    let ok = ExitCodeRow {
        code: 0,
        name: "ok",
        short: "ok",
        meaning: "success",
    };
    std::iter::once(ok)
        .chain(Kind::ALL.iter().map(|k| k.row()))
        .collect()
}

/// The table as `fer help exit-codes` prints it, and as README shows it.
pub fn exit_codes_table() -> String {
    let mut s = String::from("| code | meaning |\n|---|---|\n");
    for r in exit_codes() {
        s.push_str(&format!("| {} | {} |\n", r.code, r.meaning));
    }
    s
}

/// The one-line summary under every `--help`.
pub fn exit_codes_line() -> String {
    let codes: Vec<String> = exit_codes()
        .iter()
        .map(|r| format!("{} {}", r.code, r.short))
        .collect();
    format!(
        "Exit codes: {}\n(`fer help exit-codes` says what each means)",
        codes.join(", ")
    )
}

/// An error as the user sees it: a message and, where it helps, what to do.
#[derive(Debug, Clone)]
pub struct Error {
    pub kind: Kind,
    pub message: String,
    pub hint: Option<String>,
    /// A write may or may not have been carried out.
    pub outcome_unknown: bool,
    /// A write was sent and no answer came at all (a timeout): sending it
    /// again is how a create finds out (the server refuses a duplicate).
    pub no_answer: bool,
    /// Esc at a prompt: a walk of questions steps back one; anywhere else
    /// it is a cancel.
    pub back: bool,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn new(kind: Kind, message: impl Into<String>) -> Self {
        Error {
            kind,
            message: message.into(),
            hint: None,
            outcome_unknown: false,
            no_answer: false,
            back: false,
        }
    }
    pub fn failure(message: impl Into<String>) -> Self {
        Self::new(Kind::Failure, message)
    }
    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(Kind::Usage, message)
    }
    pub fn not_found(message: impl Into<String>) -> Self {
        Self::new(Kind::NotFound, message)
    }
    pub fn auth(message: impl Into<String>) -> Self {
        Self::new(Kind::Auth, message)
    }
    pub fn cancelled() -> Self {
        Self::new(Kind::Cancelled, "cancelled")
    }
    /// Esc at a prompt.
    pub fn back() -> Self {
        Error {
            back: true,
            ..Self::cancelled()
        }
    }
    pub fn with_message(mut self, message: impl Into<String>) -> Self {
        self.message = message.into();
        self
    }
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
    /// A value that a prompt would have asked for, when no prompt is allowed.
    pub fn missing(what: &str, flag: &str) -> Self {
        Self::usage(format!("{what} is required: pass {flag}"))
            .with_hint("prompts are off because stdin is not a terminal or --no-input is set")
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error::failure(e.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_its_own_code_and_name() {
        let rows = exit_codes();
        for (i, a) in rows.iter().enumerate() {
            for b in &rows[i + 1..] {
                assert!(a.code != b.code && a.name != b.name, "{a:?} {b:?}");
            }
        }
        assert_eq!(rows.len(), Kind::ALL.len() + 1);
        assert!(exit_codes_line().contains("6 drift, 130 cancelled"));
    }
}
