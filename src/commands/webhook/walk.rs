//! A walk of questions on a terminal, as create and update ask them: Esc
//! steps back one question, a summary ends it, and "no" at the summary
//! offers to change an answer rather than throwing them all away.

use crate::context::Context;
use crate::error::{Error, Result};

/// The questions of a walk.
pub trait Questions {
    /// How many there are.
    fn count(&self) -> usize;
    /// Whether question `i` is asked on the way through (one answered by a
    /// flag is not, though it can still be changed at the summary).
    fn asked(&self, i: usize) -> bool;
    /// Asks question `i`, its answer so far the default.
    fn ask(&mut self, ctx: &Context, i: usize) -> Result<()>;
    /// Question `i` and its answer, for the "change an answer" list.
    fn label(&self, i: usize) -> String;
    /// Prints the answers (stderr).
    fn summary(&self, ctx: &Context);
    /// Whether the answers ask for nothing at all: the walk then ends
    /// without its summary.
    fn nothing_to_do(&self) -> bool {
        false
    }
}

/// Walks `q` to its end: `Ok` when the summary's `question` is answered
/// yes; a cancel when Esc is pressed at the first question or the user
/// picks "cancel".
pub fn walk(ctx: &Context, q: &mut dyn Questions, question: &str) -> Result<()> {
    let n = q.count();
    let asked: Vec<usize> = (0..n).filter(|&i| q.asked(i)).collect();
    // Position in `asked`; `asked.len()` is the summary.
    let mut at = 0usize;
    loop {
        if at < asked.len() {
            match q.ask(ctx, asked[at]) {
                Ok(()) => at += 1,
                Err(e) if e.back && at == 0 => return Err(Error::cancelled()),
                Err(e) if e.back => {
                    at -= 1;
                    ctx.prompter.borrow_mut().erase_answer();
                }
                Err(e) => return Err(e),
            }
            continue;
        }
        if q.nothing_to_do() {
            return Ok(());
        }
        q.summary(ctx);
        let answer = ctx.prompter.borrow_mut().confirm(question, true);
        match answer {
            Ok(true) => return Ok(()),
            Ok(false) => {}
            // Esc at the summary: back to the last question asked.
            Err(e) if e.back && !asked.is_empty() => {
                at -= 1;
                continue;
            }
            Err(e) if e.back => return Err(Error::cancelled()),
            Err(e) => return Err(e),
        }
        // "No": change an answer, or cancel.
        loop {
            let mut items: Vec<String> = (0..n).map(|i| q.label(i)).collect();
            items.push("Nothing: cancel".to_string());
            let pick = ctx
                .prompter
                .borrow_mut()
                .select("Change which answer?", &items, 0);
            match pick {
                Ok(i) if i == n => return Err(Error::cancelled()),
                Ok(i) => match q.ask(ctx, i) {
                    Ok(()) => break,
                    // Esc at the question: the list of answers again.
                    Err(e) if e.back => continue,
                    Err(e) => return Err(e),
                },
                // Esc at the list: the summary again.
                Err(e) if e.back => break,
                Err(e) => return Err(e),
            }
        }
    }
}

/// Asks question `i` alone (`--yes`: no summary); Esc cancels.
pub fn walk_one(ctx: &Context, q: &mut dyn Questions, i: usize) -> Result<()> {
    q.ask(ctx, i)
        .map_err(|e| if e.back { Error::cancelled() } else { e })
}
