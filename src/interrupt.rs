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

/// For tests that run commands in process: as if a signal came now.
pub fn raise() -> bool {
    on_signal()
}
