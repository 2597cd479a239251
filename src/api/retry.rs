//! The one retry policy, for token and API requests alike: what is retried,
//! how many times, and how long to wait (with jitter, so that requests
//! refused together do not come back together).

use std::time::Duration;

/// The longest we wait between two attempts, whatever Retry-After says.
pub const MAX_WAIT: Duration = Duration::from_secs(30);
/// Attempts for a transient fault: 502/503/504, a timeout, a refused connection.
pub const FAULT_ATTEMPTS: u32 = 3;
/// Attempts for a 429: enough to ride out a short burst (waits of about
/// 1 + 2 + 4 + 8 s when the server gives no Retry-After).
pub const RATE_LIMIT_ATTEMPTS: u32 = 5;

/// What an attempt ended with, as far as retrying is concerned.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Outcome {
    /// An HTTP status, with the Retry-After the server sent.
    Status(u16, Option<Duration>),
    /// No connection was made: nothing was sent.
    Connect,
    /// Sent, and no answer in time.
    Timeout,
    /// Anything else (a reset mid-answer, a body too large, …).
    Other,
}

/// How long to wait before attempt `attempt + 1`, or `None` to stop.
/// `repeatable`: the request may be sent again when its outcome is unclear
/// (GET, DELETE, the token request).
pub fn next_wait(attempt: u32, outcome: Outcome, repeatable: bool) -> Option<Duration> {
    let step = attempt.saturating_sub(1).min(8);
    match outcome {
        // A 429 was not carried out: any method may be sent again.
        Outcome::Status(429, ra) if attempt < RATE_LIMIT_ATTEMPTS => Some(match ra {
            Some(d) => after_at_least(d),
            None => spread(Duration::from_secs(1) * (1 << step)),
        }),
        Outcome::Status(502..=504, ra) if repeatable && attempt < FAULT_ATTEMPTS => {
            Some(match ra {
                Some(d) => after_at_least(d),
                None => spread(Duration::from_millis(250) * (1 << step)),
            })
        }
        Outcome::Connect if attempt < FAULT_ATTEMPTS => {
            Some(spread(Duration::from_millis(250) * (1 << step)))
        }
        Outcome::Timeout if repeatable && attempt < FAULT_ATTEMPTS => {
            Some(spread(Duration::from_millis(250) * (1 << step)))
        }
        _ => None,
    }
}

/// A Retry-After value (seconds, possibly fractional), capped; a date or
/// anything else is not understood and counts as absent.
pub fn parse_retry_after(value: &str) -> Option<Duration> {
    value
        .trim()
        .parse::<f64>()
        .ok()
        .filter(|s| s.is_finite() && *s >= 0.0)
        .map(|s| Duration::from_secs_f64(s.min(MAX_WAIT.as_secs_f64())))
}

/// `base`, spread over ±25 % at random, capped.
fn spread(base: Duration) -> Duration {
    base.mul_f64(0.75 + fastrand::f64() * 0.5).min(MAX_WAIT)
}

/// What the server asked for, never less, plus up to a quarter (at most 1 s)
/// more at random; capped.
fn after_at_least(asked: Duration) -> Duration {
    let extra = (asked / 4).min(Duration::from_secs(1)) + Duration::from_millis(50);
    (asked + extra.mul_f64(fastrand::f64())).min(MAX_WAIT)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn within(d: Duration, lo_ms: u64, hi_ms: u64) -> bool {
        d >= Duration::from_millis(lo_ms) && d <= Duration::from_millis(hi_ms)
    }

    #[test]
    fn a_429_without_retry_after_backs_off_1_2_4_8_seconds() {
        for (attempt, base) in [(1, 1000), (2, 2000), (3, 4000), (4, 8000)] {
            let d = next_wait(attempt, Outcome::Status(429, None), false).unwrap();
            assert!(within(d, base * 3 / 4, base * 5 / 4), "{attempt}: {d:?}");
        }
        assert_eq!(
            next_wait(RATE_LIMIT_ATTEMPTS, Outcome::Status(429, None), true),
            None
        );
    }

    #[test]
    fn retry_after_is_honoured_never_shortened_and_capped() {
        let ra = Some(Duration::from_secs(2));
        let d = next_wait(1, Outcome::Status(429, ra), false).unwrap();
        assert!(within(d, 2000, 2550), "{d:?}");
        let d = next_wait(
            1,
            Outcome::Status(429, Some(Duration::from_secs(3600))),
            false,
        );
        assert_eq!(d, Some(MAX_WAIT));
        assert_eq!(parse_retry_after("1.5"), Some(Duration::from_millis(1500)));
        assert_eq!(parse_retry_after("86400"), Some(MAX_WAIT));
        assert_eq!(parse_retry_after("-1"), None);
        assert_eq!(parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT"), None);
        assert_eq!(parse_retry_after("NaN"), None);
    }

    #[test]
    fn waits_are_jittered() {
        let waits: std::collections::HashSet<Duration> = (0..8)
            .map(|_| next_wait(1, Outcome::Status(429, None), true).unwrap())
            .collect();
        assert!(
            waits.len() > 1,
            "eight requests refused together spread out"
        );
        let waits: std::collections::HashSet<Duration> = (0..8)
            .map(|_| {
                next_wait(1, Outcome::Status(429, Some(Duration::from_secs(1))), true).unwrap()
            })
            .collect();
        assert!(waits.len() > 1);
    }

    #[test]
    fn faults_are_retried_only_where_repeating_is_safe() {
        assert!(next_wait(1, Outcome::Status(503, None), true).is_some());
        assert!(next_wait(1, Outcome::Status(503, None), false).is_none());
        assert!(next_wait(FAULT_ATTEMPTS, Outcome::Status(503, None), true).is_none());
        assert!(next_wait(1, Outcome::Status(500, None), true).is_none());
        assert!(next_wait(1, Outcome::Connect, false).is_some());
        assert!(next_wait(1, Outcome::Timeout, false).is_none());
        assert!(next_wait(1, Outcome::Timeout, true).is_some());
        assert!(next_wait(1, Outcome::Other, true).is_none());
    }
}
