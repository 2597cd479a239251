//! The delivery journal (`listen --save FILE`, read by `webhook replay`):
//! one JSON object a line with the time, method, path, query, headers and
//! the body's exact bytes (`body` when they are UTF-8 text, else
//! `body_base64`). The file is private (0600), appended to, each line
//! written whole, so it is safe to `tail -f`.

use std::io::Write;
use std::path::Path;
use std::sync::Mutex;

use base64::Engine;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// One received delivery, as journalled.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    /// When it was received (RFC 3339, UTC).
    pub time: String,
    pub method: String,
    pub path: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
    /// Name and value, in the order received.
    pub headers: Vec<(String, String)>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body_base64: Option<String>,
}

impl Entry {
    pub fn new(
        method: &str,
        path: &str,
        query: Option<&str>,
        headers: Vec<(String, String)>,
        body: &[u8],
    ) -> Entry {
        let (text, b64) = match std::str::from_utf8(body) {
            Ok(t) => (Some(t.to_string()), None),
            Err(_) => (
                None,
                Some(base64::engine::general_purpose::STANDARD.encode(body)),
            ),
        };
        Entry {
            time: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
            method: method.to_string(),
            path: path.to_string(),
            query: query.map(String::from),
            headers,
            body: text,
            body_base64: b64,
        }
    }

    /// The body's exact bytes.
    pub fn bytes(&self) -> Result<Vec<u8>> {
        match (&self.body, &self.body_base64) {
            (Some(t), _) => Ok(t.as_bytes().to_vec()),
            (None, Some(b)) => base64::engine::general_purpose::STANDARD
                .decode(b)
                .map_err(|e| {
                    Error::usage(format!("a journal line's body_base64 is not base64: {e}"))
                }),
            (None, None) => Ok(Vec::new()),
        }
    }

    /// The event the body names, if it is JSON with one.
    pub fn event(&self) -> Option<String> {
        let bytes = self.bytes().ok()?;
        let v: serde_json::Value = serde_json::from_slice(&bytes).ok()?;
        v.get("event")?.as_str().map(String::from)
    }
}

/// A journal open for appending.
pub struct Journal {
    file: Mutex<std::fs::File>,
}

impl Journal {
    /// Opens (or creates, 0600) `path` for appending; an existing file must
    /// be a regular file.
    pub fn open(path: &Path) -> Result<Journal> {
        if let Ok(meta) = std::fs::metadata(path) {
            if !meta.is_file() {
                return Err(Error::usage(format!(
                    "--save {}: not a regular file (a {})",
                    path.display(),
                    crate::files::kind_of(&meta)
                )));
            }
        }
        let mut o = std::fs::OpenOptions::new();
        o.create(true).append(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            o.mode(0o600);
        }
        let file = o
            .open(path)
            .map_err(|e| Error::usage(format!("--save {}: {e}", path.display())))?;
        Ok(Journal {
            file: Mutex::new(file),
        })
    }

    /// Appends one entry as one line, written whole.
    pub fn append(&self, e: &Entry) -> std::io::Result<()> {
        let mut line = serde_json::to_vec(e).map_err(std::io::Error::other)?;
        line.push(b'\n');
        let mut f = self.file.lock().unwrap_or_else(|p| p.into_inner());
        f.write_all(&line)?;
        f.flush()
    }
}

/// Reads a journal: every line an entry (blank lines skipped); a line that
/// does not read is a usage error naming it.
pub fn read(path: &Path) -> Result<Vec<Entry>> {
    let bytes = crate::files::read_regular(path, 1 << 30, "the journal")?;
    let text = String::from_utf8(bytes)
        .map_err(|e| Error::usage(format!("the journal {} is not UTF-8: {e}", path.display())))?;
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str(l).map_err(|e| {
                Error::usage(format!(
                    "{} line {}: not a journal entry ({e})",
                    path.display(),
                    i + 1
                ))
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bodies_come_back_byte_for_byte() {
        for body in [&b"{\"event\":\"Flag.created\"}"[..], b"\xff\x00binary", b""] {
            let e = Entry::new("POST", "/a", Some("x=1"), vec![], body);
            let line = serde_json::to_string(&e).unwrap();
            let back: Entry = serde_json::from_str(&line).unwrap();
            assert_eq!(back.bytes().unwrap(), body);
        }
    }
}
