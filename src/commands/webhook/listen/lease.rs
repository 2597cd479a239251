//! Leases: the temporary webhooks `listen --public` makes. A lease says so
//! in its description (within the 255-character rule), with its host,
//! process and expiry; it is renewed while the listener runs, re-pointed
//! when the tunnel's URL changes, deleted when the listener stops, and
//! removed at the next start when it expired or its process on this host is
//! gone. Another live listener's lease is never touched.

use std::time::Duration;

use chrono::{DateTime, Utc};

/// How long a lease lives without renewal.
pub const TTL: Duration = Duration::from_secs(10 * 60);
/// How often a running listener renews its leases.
pub const RENEW_EVERY: Duration = Duration::from_secs(3 * 60);

const PREFIX: &str = "fer webhook listen lease (temporary):";

/// What a lease's description says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lease {
    pub host: String,
    pub pid: u32,
    pub until: DateTime<Utc>,
}

impl Lease {
    pub fn mine(until: DateTime<Utc>) -> Lease {
        Lease {
            host: this_host(),
            pid: std::process::id(),
            until,
        }
    }

    /// The description it is written as.
    pub fn describe(&self) -> String {
        let host: String = self.host.chars().take(64).collect();
        format!(
            "{PREFIX} host {host}, pid {}, until {}; removed when it stops",
            self.pid,
            self.until.format("%Y-%m-%dT%H:%M:%SZ")
        )
    }

    /// A lease's description read back; `None` for any other description.
    pub fn parse(description: &str) -> Option<Lease> {
        let rest = description.strip_prefix(PREFIX)?.trim();
        let rest = rest.strip_prefix("host ")?;
        let (host, rest) = rest.split_once(", pid ")?;
        let (pid, rest) = rest.split_once(", until ")?;
        let until = rest.split(';').next()?.trim();
        Some(Lease {
            host: host.to_string(),
            pid: pid.trim().parse().ok()?,
            until: DateTime::parse_from_rfc3339(until)
                .ok()?
                .with_timezone(&Utc),
        })
    }

    /// Whether it belongs to a listener that still runs: not expired, and,
    /// on this host, its process alive.
    pub fn live(&self, now: DateTime<Utc>) -> bool {
        self.until > now && (self.host != this_host() || pid_alive(self.pid))
    }
}

/// Whether a description is that of a live lease (apply --prune and
/// export leave those alone).
pub fn is_live_lease(description: &str) -> bool {
    Lease::parse(description).is_some_and(|l| l.live(Utc::now()))
}

/// This machine's name.
pub fn this_host() -> String {
    let mut buf = [0u8; 256];
    // SAFETY: gethostname writes at most buf.len() bytes into buf.
    let ok = unsafe { libc::gethostname(buf.as_mut_ptr().cast(), buf.len()) } == 0;
    let end = buf.iter().position(|b| *b == 0).unwrap_or(0);
    match ok {
        true if end > 0 => String::from_utf8_lossy(&buf[..end]).into_owned(),
        _ => "localhost".to_string(),
    }
}

/// Whether a process of this host runs.
pub fn pid_alive(pid: u32) -> bool {
    // SAFETY: signal 0 only checks that the process exists.
    let r = unsafe { libc::kill(pid as i32, 0) };
    r == 0 || std::io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lease_reads_back_and_fits_the_description_rule() {
        let l = Lease {
            host: "h".repeat(200),
            pid: 42,
            until: DateTime::parse_from_rfc3339("2026-12-01T10:00:00Z")
                .unwrap()
                .with_timezone(&Utc),
        };
        let d = l.describe();
        assert!(d.chars().count() <= 255, "{}", d.len());
        let back = Lease::parse(&d).unwrap();
        assert_eq!((back.pid, back.until), (42, l.until));
        assert!(Lease::parse("Slack relay").is_none());
        // Expired, or of a process of this host that is gone: not live.
        let now = Utc::now();
        let mine = Lease::mine(now + chrono::Duration::minutes(5));
        assert!(mine.live(now));
        assert!(!Lease {
            until: now - chrono::Duration::minutes(1),
            ..mine.clone()
        }
        .live(now));
        assert!(!Lease {
            pid: 999_999_999,
            ..mine.clone()
        }
        .live(now));
        assert!(Lease {
            host: "elsewhere".into(),
            pid: 999_999_999,
            ..mine
        }
        .live(now));
    }
}
