//! Prompts: a trait, the dialoguer implementation, and a scripted one for tests.

use std::collections::VecDeque;

use crate::error::{Error, Result};

/// A check on a typed value: `Err(reason)` re-asks.
pub type Check<'a> = &'a dyn Fn(&str) -> std::result::Result<(), String>;

pub trait Prompter {
    /// Picks one of `items` (typing filters them); returns its index.
    fn select(&mut self, prompt: &str, items: &[String], default: usize) -> Result<usize>;
    /// Picks any number of `items` (space marks one, enter accepts);
    /// returns their indices.
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
    fn select(&mut self, prompt: &str, items: &[String], default: usize) -> Result<usize> {
        let theme = self.theme();
        dialoguer::FuzzySelect::with_theme(theme.as_ref())
            .with_prompt(format!("{prompt} (type to filter)"))
            .items(items)
            .default(default)
            .max_length(15)
            .interact_opt()
            .map_err(prompt_error)?
            .ok_or_else(Error::cancelled)
    }

    fn multi_select(&mut self, prompt: &str, items: &[String]) -> Result<Vec<usize>> {
        let theme = self.theme();
        dialoguer::MultiSelect::with_theme(theme.as_ref())
            .with_prompt(format!("{prompt} (space marks, enter accepts)"))
            .items(items)
            .max_length(15)
            .interact_opt()
            .map_err(prompt_error)?
            .ok_or_else(Error::cancelled)
    }

    fn input(
        &mut self,
        prompt: &str,
        default: Option<&str>,
        allow_empty: bool,
        check: Check<'_>,
    ) -> Result<String> {
        let theme = self.theme();
        let mut input = dialoguer::Input::<String>::with_theme(theme.as_ref())
            .with_prompt(prompt)
            .allow_empty(allow_empty)
            .validate_with(|s: &String| check(s));
        if let Some(d) = default {
            input = input.default(d.to_string());
        }
        input.interact_text().map_err(prompt_error)
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
            .ok_or_else(Error::cancelled)
    }
}

/// One scripted answer.
#[derive(Debug, Clone)]
pub enum Answer {
    Select(usize),
    Several(Vec<usize>),
    Text(String),
    Confirm(bool),
}

/// Answers prompts from a script, for unit tests.
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
        self.answers
            .pop_front()
            .ok_or_else(|| Error::failure(format!("no scripted answer for '{prompt}'")))
    }
}

impl Prompter for ScriptedPrompter {
    fn select(&mut self, prompt: &str, items: &[String], _default: usize) -> Result<usize> {
        match self.next(prompt)? {
            Answer::Select(i) if i < items.len() => Ok(i),
            other => Err(Error::failure(format!("bad scripted answer {other:?}"))),
        }
    }
    fn multi_select(&mut self, prompt: &str, items: &[String]) -> Result<Vec<usize>> {
        match self.next(prompt)? {
            Answer::Several(v) if v.iter().all(|i| *i < items.len()) => Ok(v),
            other => Err(Error::failure(format!("bad scripted answer {other:?}"))),
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
                other => return Err(Error::failure(format!("bad scripted answer {other:?}"))),
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
            other => Err(Error::failure(format!("bad scripted answer {other:?}"))),
        }
    }
    fn confirm(&mut self, prompt: &str, _default: bool) -> Result<bool> {
        match self.next(prompt)? {
            Answer::Confirm(b) => Ok(b),
            other => Err(Error::failure(format!("bad scripted answer {other:?}"))),
        }
    }
}
