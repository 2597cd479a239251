//! The list and text prompts fer draws itself, in the look of dialoguer's
//! themes: lists filter as you type (one pick or several, Space marking),
//! and Esc in either answers "back" so that a walk of questions can step
//! back one.

use console::{measure_text_width, truncate_str, Key, Term};
use dialoguer::theme::Theme;

use crate::error::{Error, Result};

/// The most items a list shows at once.
const WINDOW: usize = 15;

/// What the screen holds of a prompt, to be cleared before it is drawn again.
struct Screen<'a> {
    term: &'a Term,
    /// Rows written below the row the cursor is on.
    rows: usize,
}

impl<'a> Screen<'a> {
    fn new(term: &'a Term) -> Self {
        Screen { term, rows: 0 }
    }

    /// Clears what was drawn; the cursor ends at the start of the first row.
    fn clear(&mut self) -> std::io::Result<()> {
        self.term.clear_line()?;
        if self.rows > 0 {
            self.term.clear_last_lines(self.rows)?;
        }
        self.rows = 0;
        Ok(())
    }

    /// Draws `lines`, each cut to the terminal's width so that none wraps;
    /// the cursor (hidden) stays at the end of the last.
    fn draw(&mut self, lines: &[String]) -> std::io::Result<()> {
        self.clear()?;
        let width = (self.term.size().1 as usize).max(20) - 1;
        let cut: Vec<String> = lines
            .iter()
            .map(|l| truncate_str(l, width, "…").into_owned())
            .collect();
        self.term.write_str(&cut.join("\n"))?;
        self.rows = cut.len().saturating_sub(1);
        self.term.flush()
    }
}

/// Whether `item` matches what was typed: every word of it, in any case.
pub fn matches(item: &str, query: &str) -> bool {
    let item = item.to_lowercase();
    query
        .to_lowercase()
        .split_whitespace()
        .all(|w| item.contains(w))
}

fn io_error(e: std::io::Error) -> Error {
    // The cursor is hidden while a list is shown.
    let _ = Term::stderr().show_cursor();
    if e.kind() == std::io::ErrorKind::Interrupted {
        Error::cancelled()
    } else {
        Error::failure(format!("prompt failed: {e}"))
    }
}

/// An answered question's line: runs of spaces (a list's columns) made
/// one gap, cut to the terminal's width, so that it takes one row and
/// stepping back can erase it.
fn one_row(term: &Term, line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut spaces = 0;
    for c in line.chars() {
        if c == ' ' {
            spaces += 1;
            if spaces <= 2 {
                out.push(c);
            }
        } else {
            spaces = 0;
            out.push(c);
        }
    }
    let width = (term.size().1 as usize).max(20) - 1;
    truncate_str(&out, width, "…").into_owned()
}

/// How many terminal columns `chars` take (a wide character takes two).
fn columns(chars: &[char]) -> usize {
    measure_text_width(&chars.iter().collect::<String>())
}

/// Erases the answered question on the row above.
pub fn erase_answer(term: &Term) {
    let _ = term.clear_last_lines(1);
}

fn fmt<F: FnOnce(&mut String) -> std::fmt::Result>(f: F) -> String {
    let mut s = String::new();
    let _ = f(&mut s);
    s
}

/// A list: `Some(marked)` for several, `None` for one pick.
pub struct List<'a> {
    pub theme: &'a dyn Theme,
    pub prompt: &'a str,
    pub items: &'a [String],
    pub default: usize,
    pub several: bool,
}

impl List<'_> {
    /// The indices picked (one, or those marked, in the items' order).
    pub fn interact(&self, term: &Term) -> Result<Vec<usize>> {
        term.hide_cursor().map_err(io_error)?;
        let result = self.run(term).map_err(io_error);
        let _ = term.show_cursor();
        result?
    }

    fn run(&self, term: &Term) -> std::io::Result<Result<Vec<usize>>> {
        let mut screen = Screen::new(term);
        let mut query = String::new();
        let mut marked = vec![false; self.items.len()];
        // The active row is an index into the filtered list.
        let mut active = self.default.min(self.items.len().saturating_sub(1));
        let mut top = 0usize;
        loop {
            let shown: Vec<usize> = (0..self.items.len())
                .filter(|&i| matches(&self.items[i], &query))
                .collect();
            if active >= shown.len() {
                active = shown.len().saturating_sub(1);
            }
            if active < top {
                top = active;
            } else if active >= top + WINDOW {
                top = active + 1 - WINDOW;
            }
            let hint = if self.several {
                let n = marked.iter().filter(|m| **m).count();
                format!(
                    "{} (type to filter; Space marks, Enter confirms; {n} marked)",
                    self.prompt
                )
            } else {
                format!("{} (type to filter)", self.prompt)
            };
            // What was typed, then a bar where the next key goes.
            let head = fmt(|f| self.theme.format_input_prompt(f, &hint, None));
            let mut lines = vec![format!("{head}{query}|")];
            for (row, &i) in shown.iter().enumerate().skip(top).take(WINDOW) {
                let text = &self.items[i];
                lines.push(fmt(|f| {
                    if self.several {
                        self.theme.format_multi_select_prompt_item(
                            f,
                            text,
                            marked[i],
                            row == active,
                        )
                    } else {
                        self.theme.format_select_prompt_item(f, text, row == active)
                    }
                }));
            }
            if shown.is_empty() {
                lines.push(format!("  nothing matches '{query}'"));
            } else if shown.len() > WINDOW {
                lines.push(format!(
                    "  {}–{} of {}",
                    top + 1,
                    (top + WINDOW).min(shown.len()),
                    shown.len()
                ));
            }
            screen.draw(&lines)?;

            match term.read_key()? {
                Key::Escape => {
                    screen.clear()?;
                    term.flush()?;
                    return Ok(Err(Error::back()));
                }
                Key::CtrlC => return Err(std::io::ErrorKind::Interrupted.into()),
                Key::ArrowUp | Key::BackTab if !shown.is_empty() => {
                    active = (active + shown.len() - 1) % shown.len();
                }
                Key::ArrowDown | Key::Tab if !shown.is_empty() => {
                    active = (active + 1) % shown.len();
                }
                Key::PageUp => active = active.saturating_sub(WINDOW),
                Key::PageDown => active = (active + WINDOW).min(shown.len().saturating_sub(1)),
                Key::Home => active = 0,
                Key::End => active = shown.len().saturating_sub(1),
                Key::Char(' ') if self.several => {
                    if let Some(&i) = shown.get(active) {
                        marked[i] = !marked[i];
                    }
                }
                Key::Backspace => {
                    query.pop();
                }
                // Ctrl-U clears what was typed.
                Key::Char('\u{15}') => query.clear(),
                Key::Char(c) if !c.is_control() => {
                    query.push(c);
                    active = 0;
                    top = 0;
                }
                Key::Enter if self.several => {
                    screen.clear()?;
                    let picked: Vec<usize> = (0..self.items.len()).filter(|&i| marked[i]).collect();
                    let names: Vec<&str> = picked.iter().map(|&i| self.items[i].as_str()).collect();
                    let done = fmt(|f| {
                        self.theme
                            .format_multi_select_prompt_selection(f, self.prompt, &names)
                    });
                    term.write_line(&one_row(term, &done))?;
                    return Ok(Ok(picked));
                }
                Key::Enter if !shown.is_empty() => {
                    screen.clear()?;
                    let i = shown[active];
                    let done = fmt(|f| {
                        self.theme
                            .format_input_prompt_selection(f, self.prompt, &self.items[i])
                    });
                    term.write_line(&one_row(term, &done))?;
                    return Ok(Ok(vec![i]));
                }
                _ => {}
            }
        }
    }
}

/// A line of text, with a default taken by Enter on an empty line.
pub struct Line<'a> {
    pub theme: &'a dyn Theme,
    pub prompt: &'a str,
    pub default: Option<&'a str>,
    pub allow_empty: bool,
    pub check: super::Check<'a>,
}

impl Line<'_> {
    pub fn interact(&self, term: &Term) -> Result<String> {
        self.run(term).map_err(io_error)?
    }

    fn run(&self, term: &Term) -> std::io::Result<Result<String>> {
        let mut text: Vec<char> = Vec::new();
        let mut cursor = 0usize;
        let mut error: Option<String> = None;
        // Rows the prompt line took when last drawn (a long URL wraps), and
        // rows below it (an error).
        let mut drawn_rows = 1usize;
        let mut below = 0usize;
        loop {
            let head = fmt(|f| self.theme.format_input_prompt(f, self.prompt, self.default));
            let typed: String = text.iter().collect();
            let line = format!("{head}{typed}");
            // Back to the start of what was drawn, then draw again.
            if below > 0 {
                for _ in 0..below {
                    term.move_cursor_down(1)?;
                    term.clear_line()?;
                }
                term.move_cursor_up(below)?;
            }
            term.write_str("\r")?;
            term.clear_line()?;
            if drawn_rows > 1 {
                term.clear_last_lines(drawn_rows - 1)?;
            }
            term.write_str(&line)?;
            let cols = (term.size().1 as usize).max(1);
            drawn_rows = measure_text_width(&line).max(1).div_ceil(cols);
            below = 0;
            if let Some(e) = &error {
                let msg = fmt(|f| self.theme.format_error(f, e));
                term.write_str("\n")?;
                term.write_str(&truncate_str(&msg, cols - 1, "…"))?;
                term.move_cursor_up(1)?;
                term.write_str("\r")?;
                term.move_cursor_right(measure_text_width(&line) % cols)?;
                below = 1;
            }
            term.move_cursor_left(columns(&text[cursor..]))?;
            term.flush()?;

            match term.read_key()? {
                Key::Escape => {
                    self.erase(term, drawn_rows, below)?;
                    return Ok(Err(Error::back()));
                }
                Key::CtrlC => return Err(std::io::ErrorKind::Interrupted.into()),
                Key::Enter => {
                    let typed: String = text.iter().collect();
                    let value = if typed.is_empty() {
                        self.default.unwrap_or("").to_string()
                    } else {
                        typed
                    };
                    let verdict = if value.is_empty() && !self.allow_empty {
                        Err("a value is required".to_string())
                    } else {
                        (self.check)(&value)
                    };
                    match verdict {
                        Ok(()) => {
                            term.move_cursor_right(columns(&text[cursor..]))?;
                            self.erase(term, drawn_rows, below)?;
                            let done = fmt(|f| {
                                self.theme
                                    .format_input_prompt_selection(f, self.prompt, &value)
                            });
                            term.write_line(&one_row(term, &done))?;
                            return Ok(Ok(value));
                        }
                        Err(e) => {
                            // Asked again from an empty line, the reason below.
                            term.move_cursor_right(columns(&text[cursor..]))?;
                            error = Some(e);
                            text.clear();
                            cursor = 0;
                            continue;
                        }
                    }
                }
                Key::Backspace if cursor > 0 => {
                    cursor -= 1;
                    text.remove(cursor);
                }
                Key::Del if cursor < text.len() => {
                    text.remove(cursor);
                }
                Key::ArrowLeft if cursor > 0 => cursor -= 1,
                Key::ArrowRight if cursor < text.len() => cursor += 1,
                Key::Home | Key::Char('\u{1}') => cursor = 0,
                Key::End | Key::Char('\u{5}') => cursor = text.len(),
                Key::Char('\u{15}') => {
                    text.drain(..cursor);
                    cursor = 0;
                }
                Key::Char(c) if !c.is_control() => {
                    text.insert(cursor, c);
                    cursor += 1;
                }
                _ => {}
            }
            // Redrawing starts from the end of the line.
            term.move_cursor_right(columns(&text[cursor..]))?;
        }
    }

    /// Clears the prompt (the cursor at its end) and the error below it.
    fn erase(&self, term: &Term, rows: usize, below: usize) -> std::io::Result<()> {
        for _ in 0..below {
            term.move_cursor_down(1)?;
            term.clear_line()?;
        }
        if below > 0 {
            term.move_cursor_up(below)?;
        }
        term.write_str("\r")?;
        term.clear_line()?;
        if rows > 1 {
            term.clear_last_lines(rows - 1)?;
        }
        term.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::matches;

    #[test]
    fn the_cursor_moves_by_columns_not_characters() {
        assert_eq!(super::columns(&['a', 'b']), 2);
        assert_eq!(super::columns(&['日', '本']), 4);
    }

    #[test]
    fn typing_filters_by_every_word_in_any_case() {
        assert!(matches("Campaign.status.changed  https://a", "camp"));
        assert!(matches("Campaign.status.changed  https://a", "STATUS a"));
        assert!(!matches("Flag.created  https://a", "camp"));
        assert!(matches("anything", ""));
    }
}
