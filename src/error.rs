//! Error kinds and their exit codes (INTERFACE.md, "Exit codes"): the one table.

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

/// The exit-code table, in one place. `fer help exit-codes` prints it.
pub const EXIT_CODES: &[(u8, &str, &str)] = &[
    (0, "ok", "success"),
    (1, "failure", "network, server error, unexpected response"),
    (
        2,
        "usage",
        "bad flag or value, unknown event or environment, a value missing where no prompt is allowed, delete without --yes and without a terminal",
    ),
    (3, "not_found", "webhook or environment not found"),
    (
        4,
        "auth",
        "not logged in, credentials refused, token refused after one refresh, missing scope (403)",
    ),
    (
        5,
        "delivery_failed",
        "webhook test: no 2xx, connection error or timeout",
    ),
    (
        6,
        "drift",
        "webhook apply --check: the account differs from the file (the plan says how)",
    ),
    (130, "cancelled", "cancelled at a prompt (Ctrl-C, or answering no)"),
];

impl Kind {
    pub fn exit_code(self) -> u8 {
        match self {
            Kind::Failure => 1,
            Kind::Usage => 2,
            Kind::NotFound => 3,
            Kind::Auth => 4,
            Kind::Delivery => 5,
            Kind::Drift => 6,
            Kind::Cancelled => 130,
        }
    }

    /// The name used in JSON errors: `{"error":{"kind":…}}`.
    pub fn name(self) -> &'static str {
        let code = self.exit_code();
        EXIT_CODES
            .iter()
            .find(|(c, _, _)| *c == code)
            .map(|(_, name, _)| *name)
            .unwrap_or("failure")
    }
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
    fn every_kind_is_in_the_table() {
        for kind in [
            Kind::Failure,
            Kind::Usage,
            Kind::NotFound,
            Kind::Auth,
            Kind::Delivery,
            Kind::Drift,
            Kind::Cancelled,
        ] {
            assert!(
                EXIT_CODES
                    .iter()
                    .any(|(c, n, _)| *c == kind.exit_code() && *n == kind.name()),
                "{kind:?}"
            );
        }
    }
}
