//! Prompts: a trait, the terminal implementation (lists and lines drawn
//! by `term`, confirmations and secrets by dialoguer), and a scripted one
//! for tests.

mod term;

use std::collections::VecDeque;

use crate::error::{Error, Result};

/// A check on a typed value: `Err(reason)` re-asks.
pub type Check<'a> = &'a dyn Fn(&str) -> std::result::Result<(), String>;

/// Every question may be answered with Esc: the error it gives has `back`
/// set, which a walk of questions takes as "step back one".
pub trait Prompter {
    /// Picks one of `items` (typing filters them); returns its index.
    fn select(&mut self, prompt: &str, items: &[String], default: usize) -> Result<usize>;
    /// Marks any number of `items` (typing filters them, Space marks one,
    /// Enter confirms); returns their indices, none when nothing was marked.
    fn multi_select(&mut self, prompt: &str, items: &[String]) -> Result<Vec<usize>>;
    /// Asks for a line of text, re-asking until `check` accepts it.
    fn input(
        &mut self,
        prompt: &str,
        default: Option<&str>,
        allow_empty: bool,
        check: Check<'_>,
    ) -> Result<String>;
    /// Asks for a secret without echo.
    fn password(&mut self, prompt: &str) -> Result<String>;
    /// Asks y/N (or Y/n).
    fn confirm(&mut self, prompt: &str, default: bool) -> Result<bool>;
    /// Takes the last answered question's line off the screen (a walk
    /// stepping back to it asks it again in its place).
    fn erase_answer(&mut self) {}
}

/// Prompts on the terminal (stderr), with dialoguer.
pub struct TerminalPrompter {
    color: bool,
}

impl TerminalPrompter {
    pub fn new(color: bool) -> Self {
        TerminalPrompter { color }
    }

    fn theme(&self) -> Box<dyn dialoguer::theme::Theme> {
        if self.color {
            Box::new(dialoguer::theme::ColorfulTheme::default())
        } else {
            Box::new(dialoguer::theme::SimpleTheme)
        }
    }
}

fn prompt_error(e: dialoguer::Error) -> Error {
    // dialoguer leaves the cursor hidden when a list prompt is interrupted.
    let _ = console::Term::stderr().show_cursor();
    match e {
        dialoguer::Error::IO(io) if io.kind() == std::io::ErrorKind::Interrupted => {
            Error::cancelled()
        }
        dialoguer::Error::IO(io) => Error::failure(format!("prompt failed: {io}")),
    }
}

impl Prompter for TerminalPrompter {
    fn erase_answer(&mut self) {
        term::erase_answer(&console::Term::stderr());
    }

    fn select(&mut self, prompt: &str, items: &[String], default: usize) -> Result<usize> {
        let theme = self.theme();
        let list = term::List {
            theme: theme.as_ref(),
            prompt,
            items,
            default,
            several: false,
        };
        Ok(list.interact(&console::Term::stderr())?[0])
    }

    fn multi_select(&mut self, prompt: &str, items: &[String]) -> Result<Vec<usize>> {
        let theme = self.theme();
        let list = term::List {
            theme: theme.as_ref(),
            prompt,
            items,
            default: 0,
            several: true,
        };
        list.interact(&console::Term::stderr())
    }

    fn input(
        &mut self,
        prompt: &str,
        default: Option<&str>,
        allow_empty: bool,
        check: Check<'_>,
    ) -> Result<String> {
        let theme = self.theme();
        let line = term::Line {
            theme: theme.as_ref(),
            prompt,
            default,
            allow_empty,
            check,
        };
        line.interact(&console::Term::stderr())
    }

    fn password(&mut self, prompt: &str) -> Result<String> {
        let theme = self.theme();
        dialoguer::Password::with_theme(theme.as_ref())
            .with_prompt(prompt)
            .interact()
            .map_err(prompt_error)
    }

    fn confirm(&mut self, prompt: &str, default: bool) -> Result<bool> {
        let theme = self.theme();
        dialoguer::Confirm::with_theme(theme.as_ref())
            .with_prompt(prompt)
            .default(default)
            .interact_opt()
            .map_err(prompt_error)?
            .ok_or_else(Error::back)
    }
}

/// One scripted answer.
#[derive(Debug, Clone)]
pub enum Answer {
    Select(usize),
    Several(Vec<usize>),
    /// A line; empty takes the prompt's default, as Enter does.
    Text(String),
    Confirm(bool),
    /// Enter on a list or a confirmation: its default.
    Default,
    /// Esc.
    Back,
}

/// Answers prompts from a script, for unit tests. A script with answers
/// left when it is dropped fails the test: every answer written is one a
/// question was expected to take.
#[derive(Debug, Default)]
pub struct ScriptedPrompter {
    pub answers: VecDeque<Answer>,
}

impl ScriptedPrompter {
    pub fn new(answers: impl IntoIterator<Item = Answer>) -> Self {
        ScriptedPrompter {
            answers: answers.into_iter().collect(),
        }
    }
    fn next(&mut self, prompt: &str) -> Result<Answer> {
        match self.answers.pop_front() {
            Some(Answer::Back) => Err(Error::back()),
            Some(a) => Ok(a),
            None => Err(Error::failure(format!("no scripted answer for '{prompt}'"))),
        }
    }
}

impl Drop for ScriptedPrompter {
    fn drop(&mut self) {
        if !self.answers.is_empty() && !std::thread::panicking() {
            panic!("scripted answers left unused: {:?}", self.answers);
        }
    }
}

fn bad(answer: Answer) -> Error {
    Error::failure(format!("bad scripted answer {answer:?}"))
}

impl Prompter for ScriptedPrompter {
    fn select(&mut self, prompt: &str, items: &[String], default: usize) -> Result<usize> {
        match self.next(prompt)? {
            Answer::Select(i) if i < items.len() => Ok(i),
            Answer::Default if default < items.len() => Ok(default),
            other => Err(bad(other)),
        }
    }
    fn multi_select(&mut self, prompt: &str, items: &[String]) -> Result<Vec<usize>> {
        match self.next(prompt)? {
            Answer::Several(v) if v.iter().all(|i| *i < items.len()) => Ok(v),
            other => Err(bad(other)),
        }
    }
    fn input(
        &mut self,
        prompt: &str,
        default: Option<&str>,
        allow_empty: bool,
        check: Check<'_>,
    ) -> Result<String> {
        // Like the terminal: invalid answers are re-asked, consuming the next one.
        loop {
            let text = match self.next(prompt)? {
                Answer::Text(t) => t,
                Answer::Default => String::new(),
                other => return Err(bad(other)),
            };
            let text = if text.is_empty() {
                default.unwrap_or("").to_string()
            } else {
                text
            };
            if text.is_empty() && !allow_empty {
                continue;
            }
            if check(&text).is_ok() {
                return Ok(text);
            }
        }
    }
    fn password(&mut self, prompt: &str) -> Result<String> {
        match self.next(prompt)? {
            Answer::Text(t) => Ok(t),
            other => Err(bad(other)),
        }
    }
    fn confirm(&mut self, prompt: &str, default: bool) -> Result<bool> {
        match self.next(prompt)? {
            Answer::Confirm(b) => Ok(b),
            Answer::Default => Ok(default),
            other => Err(bad(other)),
        }
    }
}
