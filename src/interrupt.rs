//! Ctrl-C and SIGTERM. At a prompt or while reading, they cancel at once
//! (exit 130). While a command is making changes (`webhook apply`), they
//! are deferred: no new request starts, those in flight finish, and the
//! command says what was made before it exits 130.

use std::sync::atomic::{AtomicBool, Ordering};

static DEFERRING: AtomicBool = AtomicBool::new(false);
static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// What the signal handler does: `true` when it was deferred (the command
/// will stop by itself), `false` when the process should exit now.
pub fn on_signal() -> bool {
    if DEFERRING.load(Ordering::SeqCst) {
        INTERRUPTED.store(true, Ordering::SeqCst);
        true
    } else {
        false
    }
}

/// Defers signals for as long as the guard lives.
pub struct Deferred(());

pub fn defer() -> Deferred {
    DEFERRING.store(true, Ordering::SeqCst);
    Deferred(())
}

impl Drop for Deferred {
    fn drop(&mut self) {
        DEFERRING.store(false, Ordering::SeqCst);
    }
}

/// Whether a deferred signal came.
pub fn interrupted() -> bool {
    INTERRUPTED.load(Ordering::SeqCst)
}

#[cfg(unix)]
static SAVED: std::sync::OnceLock<libc::termios> = std::sync::OnceLock::new();

/// Keeps the terminal's settings as they are at start, so that a cancel
/// at a hidden prompt (echo off) can give them back.
pub fn save_terminal() {
    #[cfg(unix)]
    {
        // SAFETY: tcgetattr writes into the struct we own; fd 0 may not be a
        // terminal, and then it fails and nothing is kept.
        unsafe {
            let mut t: libc::termios = std::mem::zeroed();
            if libc::isatty(0) == 1 && libc::tcgetattr(0, &mut t) == 0 {
                let _ = SAVED.set(t);
            }
        }
    }
}

/// Gives the terminal its settings from the start back (echo on again).
pub fn restore_terminal() {
    #[cfg(unix)]
    if let Some(t) = SAVED.get() {
        // SAFETY: the struct came from tcgetattr on the same descriptor.
        unsafe {
            libc::tcsetattr(0, libc::TCSANOW, t);
        }
    }
}
