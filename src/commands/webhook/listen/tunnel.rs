//! The user's tunnel program (cloudflared, ngrok, ssh, anything that prints
//! a public URL), run as a child process; never a download or a bundled
//! SDK. Its public URL is read from what it prints, on stdout or stderr.

use std::process::Stdio;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::sync::mpsc;

use crate::error::{Error, Result};

/// How long a tunnel may take to print its URL.
pub const URL_WAIT: Duration = Duration::from_secs(30);

/// The command for `--tunnel`: a preset, or the user's own with `{url}` and
/// `{port}` replaced.
pub fn command(tunnel: &str, local_url: &str, port: u16) -> String {
    let template = match tunnel.trim() {
        "cloudflared" => "cloudflared tunnel --url {url}",
        "ngrok" => "ngrok http {port} --log stdout",
        other => other,
    };
    template
        .replace("{url}", local_url)
        .replace("{port}", &port.to_string())
}

/// The first URL in a line that can be the public one: http(s), not the
/// local listener itself (ngrok prints `addr=http://localhost:PORT`), not a
/// vendor's documentation link.
pub fn public_url_in(line: &str, local_port: u16) -> Option<String> {
    let mut rest = line;
    while let Some(i) = rest.find("http") {
        let cand = &rest[i..];
        let end = cand
            .find(|c: char| c.is_whitespace() || "\"'<>|`".contains(c))
            .unwrap_or(cand.len());
        let url = cand[..end].trim_end_matches(['.', ',', ';', ')']);
        rest = &cand[end.max(1)..];
        let Ok(u) = url::Url::parse(url) else {
            continue;
        };
        let local =
            fer_contract::rules::is_loopback(&u) && u.port_or_known_default() == Some(local_port);
        if !matches!(u.scheme(), "http" | "https") || local {
            continue;
        }
        let host = u.host_str().unwrap_or("");
        let docs = |d: &str| host == d || host.ends_with(&format!(".{d}"));
        if host == "0.0.0.0" || docs("cloudflare.com") || docs("ngrok.com") {
            continue;
        }
        return Some(url.trim_end_matches('/').to_string());
    }
    None
}

/// A running tunnel.
pub struct Tunnel {
    child: tokio::process::Child,
    /// Each public URL it prints, the first one and any later one.
    pub urls: mpsc::UnboundedReceiver<String>,
    last_err: Arc<Mutex<String>>,
    program: String,
}

impl Tunnel {
    /// Starts `cmd` through the shell and waits for its first public URL.
    pub async fn start(cmd: &str, local_port: u16) -> Result<(Tunnel, String)> {
        let program = crate::api::token::program_name(cmd);
        let mut c = tokio::process::Command::new("sh");
        c.arg("-c")
            .arg(cmd)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .kill_on_drop(true);
        #[cfg(unix)]
        c.process_group(0);
        let mut child = c
            .spawn()
            .map_err(|e| Error::failure(format!("cannot run the tunnel ({program}): {e}")))?;
        let (tx, mut rx) = mpsc::unbounded_channel();
        let last_err = Arc::new(Mutex::new(String::new()));
        let mut seen = Vec::<String>::new();
        let (lines_tx, mut lines_rx) = mpsc::unbounded_channel::<(bool, String)>();
        if let Some(out) = child.stdout.take() {
            let t = lines_tx.clone();
            tokio::spawn(async move {
                let mut l = BufReader::new(out).lines();
                while let Ok(Some(line)) = l.next_line().await {
                    let _ = t.send((false, line));
                }
            });
        }
        if let Some(err) = child.stderr.take() {
            let t = lines_tx.clone();
            tokio::spawn(async move {
                let mut l = BufReader::new(err).lines();
                while let Ok(Some(line)) = l.next_line().await {
                    let _ = t.send((true, line));
                }
            });
        }
        drop(lines_tx);
        let keep = last_err.clone();
        tokio::spawn(async move {
            while let Some((is_err, line)) = lines_rx.recv().await {
                if is_err && !line.trim().is_empty() {
                    *keep.lock().unwrap_or_else(|p| p.into_inner()) =
                        crate::output::truncate(line.trim(), 200);
                }
                if let Some(u) = public_url_in(&line, local_port) {
                    if !seen.contains(&u) {
                        seen.push(u.clone());
                        if tx.send(u).is_err() {
                            break;
                        }
                    }
                }
            }
        });
        let mut t = Tunnel {
            child,
            urls: mpsc::unbounded_channel().1,
            last_err,
            program,
        };
        let first = tokio::select! {
            u = rx.recv() => u,
            _ = tokio::time::sleep(URL_WAIT) => None,
            _ = t.child.wait() => None,
        };
        t.urls = rx;
        match first {
            Some(u) => Ok((t, u)),
            None => {
                let exited = t.child.try_wait().ok().flatten();
                let why = match exited {
                    Some(s) => format!(
                        "the tunnel ({}) exited ({s}) without printing a public URL",
                        t.program
                    ),
                    None => format!(
                        "the tunnel ({}) printed no public URL within {} s",
                        t.program,
                        URL_WAIT.as_secs()
                    ),
                };
                let last = t.last_line();
                t.stop().await;
                Err(Error::failure(if last.is_empty() { why } else { format!("{why}: {last}") })
                    .with_hint("check that the tunnel program is installed and logged in, or run it yourself and pass --public-url"))
            }
        }
    }

    /// Its last stderr line, for messages.
    pub fn last_line(&self) -> String {
        self.last_err
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    pub fn program(&self) -> &str {
        &self.program
    }

    /// Resolves when the tunnel exits.
    pub async fn exited(&mut self) -> String {
        match self.child.wait().await {
            Ok(s) => s.to_string(),
            Err(e) => e.to_string(),
        }
    }

    /// Ends the tunnel and everything it started.
    pub async fn stop(&mut self) {
        #[cfg(unix)]
        if let Some(pid) = self.child.id() {
            // SAFETY: the child leads its own process group.
            unsafe {
                libc::kill(-(pid as i32), libc::SIGTERM);
            }
        }
        let _ = tokio::time::timeout(Duration::from_secs(2), self.child.wait()).await;
        let _ = self.child.kill().await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn public_urls_are_read_as_the_tunnels_print_them() {
        let cf = "2026-12-01T10:00:00Z INF |  https://steady-owl-1234.trycloudflare.com                                 |";
        assert_eq!(
            public_url_in(cf, 8787).as_deref(),
            Some("https://steady-owl-1234.trycloudflare.com")
        );
        assert_eq!(
            public_url_in(
                "INF Thank you for trying Cloudflare Tunnel. https://developers.cloudflare.com/x",
                8787
            ),
            None
        );
        let ng = "t=2026 lvl=info msg=\"started tunnel\" obj=tunnels name=command_line addr=http://localhost:8787 url=https://ab12.ngrok-free.app";
        assert_eq!(
            public_url_in(ng, 8787).as_deref(),
            Some("https://ab12.ngrok-free.app")
        );
        assert_eq!(
            public_url_in("Forwarding http://127.0.0.1:8787", 8787),
            None
        );
        assert_eq!(
            command("ngrok", "http://127.0.0.1:9", 9),
            "ngrok http 9 --log stdout"
        );
        assert_eq!(
            command("ssh -R 80:localhost:{port} x", "u", 7),
            "ssh -R 80:localhost:7 x"
        );
    }
}
