//! Everything that reaches the user: stdout data, stderr messages, tables, JSON, errors.

pub mod render;
pub mod sanitize;
mod table;

use std::io::{self, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

pub use sanitize::{sanitize, Redactor};
use table::fit;
pub use table::{cut_url, truncate, Column, Cut};

use comfy_table::{presets, Cell, ContentArrangement, Table};
use serde_json::json;

use crate::error::Error;

/// How results are printed: tables for people, JSON for scripts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    Table,
    Json,
}

/// When to colour the output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// A shared, thread-safe writer (stderr is written from the HTTP client
/// too). Every write is redacted (no secret of the run is ever printed). A
/// closed pipe is remembered, not fatal: later writes are dropped and the
/// command goes on to finish its work and exit with its real status (a
/// read-only command then ends quietly; nothing here calls `exit`).
#[derive(Clone)]
pub struct Sink {
    w: Arc<Mutex<Box<dyn Write + Send>>>,
    closed: Arc<AtomicBool>,
    secrets: Redactor,
}

impl std::fmt::Debug for Sink {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Sink")
    }
}

impl Sink {
    pub fn new(w: Box<dyn Write + Send>, secrets: Redactor) -> Self {
        Sink {
            w: Arc::new(Mutex::new(w)),
            closed: Arc::new(AtomicBool::new(false)),
            secrets,
        }
    }

    /// Whether the reader went away (`fer webhook list | head -1`).
    pub fn is_closed(&self) -> bool {
        self.closed.load(Ordering::Relaxed)
    }

    fn write_bytes(&self, bytes: &[u8]) {
        if self.is_closed() {
            return;
        }
        let mut w = self.w.lock().unwrap_or_else(|e| e.into_inner());
        if let Err(e) = w.write_all(bytes).and_then(|_| w.flush()) {
            if e.kind() == io::ErrorKind::BrokenPipe {
                self.closed.store(true, Ordering::Relaxed);
            }
        }
    }

    /// Writes data as it is: no redaction (data is exact: `-o json`,
    /// export, tables of what the server holds). Messages use `line`.
    pub fn data_str(&self, s: &str) {
        self.write_bytes(s.as_bytes());
    }

    /// Writes one line of a message, redacted.
    pub fn line(&self, s: &str) {
        let mut text = self.secrets.redact(s).into_owned();
        text.push('\n');
        self.write_bytes(text.as_bytes());
    }

    /// Writes `s` as it is (but redacted).
    pub fn write_str(&self, s: &str) {
        self.write_bytes(self.secrets.redact(s).as_bytes());
    }
}

/// What a captured stream received.
pub type Captured = Arc<Mutex<Vec<u8>>>;

/// The process's streams and what they are connected to.
#[derive(Clone)]
pub struct Io {
    pub out: Sink,
    pub err: Sink,
    pub stdin_tty: bool,
    pub stdout_tty: bool,
    pub stderr_tty: bool,
    pub color_out: bool,
    pub color_err: bool,
    /// Terminal width for tables, when stdout is a terminal.
    pub width: Option<u16>,
    /// The run's secrets, redacted from both streams.
    pub secrets: Redactor,
    /// Where `-` reads from: the process's stdin, or bytes in tests.
    pub stdin: Arc<Mutex<Box<dyn std::io::Read + Send>>>,
}

/// The most fer reads of a file the user names (an apply file, a body).
pub const MAX_INPUT: u64 = 256 << 20;

impl Io {
    /// Reads a file the user named, or stdin for `-`, as UTF-8 text.
    pub fn read_input(&self, path: &str, what: &str) -> crate::error::Result<String> {
        let bytes = self.read_input_bytes(path, what)?;
        String::from_utf8(bytes).map_err(|e| {
            Error::usage(format!(
                "{what} {path} is not UTF-8 text (an invalid byte at offset {})",
                e.utf8_error().valid_up_to()
            ))
        })
    }

    /// Reads a file the user named, or stdin for `-`: a regular file (not a
    /// FIFO or a device) of at most MAX_INPUT bytes, else a usage error.
    pub fn read_input_bytes(&self, path: &str, what: &str) -> crate::error::Result<Vec<u8>> {
        use std::io::Read;
        if path == "-" {
            let mut buf = Vec::new();
            self.stdin
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .by_ref()
                .take(MAX_INPUT + 1)
                .read_to_end(&mut buf)
                .map_err(|e| Error::failure(format!("cannot read {what} from stdin: {e}")))?;
            if buf.len() as u64 > MAX_INPUT {
                return Err(Error::usage(format!(
                    "{what} on stdin is larger than {} MiB",
                    MAX_INPUT >> 20
                )));
            }
            return Ok(buf);
        }
        crate::files::read_regular(std::path::Path::new(path), MAX_INPUT, what)
    }

    /// An Io over in-memory buffers, for tests.
    pub fn capture() -> (Io, Captured, Captured) {
        #[derive(Clone)]
        struct Buf(Arc<Mutex<Vec<u8>>>);
        impl Write for Buf {
            fn write(&mut self, b: &[u8]) -> io::Result<usize> {
                self.0.lock().unwrap().extend_from_slice(b);
                Ok(b.len())
            }
            fn flush(&mut self) -> io::Result<()> {
                Ok(())
            }
        }
        let out = Arc::new(Mutex::new(Vec::new()));
        let err = Arc::new(Mutex::new(Vec::new()));
        let secrets = Redactor::default();
        let io = Io {
            out: Sink::new(Box::new(Buf(out.clone())), secrets.clone()),
            err: Sink::new(Box::new(Buf(err.clone())), secrets.clone()),
            secrets,
            stdin_tty: false,
            stdout_tty: false,
            stderr_tty: false,
            color_out: false,
            color_err: false,
            width: None,
            stdin: Arc::new(Mutex::new(Box::new(std::io::empty()))),
        };
        (io, out, err)
    }
}

/// How a command prints its results.
#[derive(Clone)]
pub struct Printer {
    pub io: Io,
    pub format: OutputFormat,
    pub quiet: bool,
    /// Problems met on the way that did not stop the command (an item the
    /// server sent without a usable id): said at once, failing it at the end.
    deferred: std::sync::Arc<Mutex<Vec<crate::error::Error>>>,
}

impl Printer {
    pub fn new(io: Io, format: OutputFormat, quiet: bool) -> Printer {
        Printer {
            io,
            format,
            quiet,
            deferred: Default::default(),
        }
    }

    /// Says a problem that does not stop the command but fails it at the end.
    pub fn defer(&self, e: crate::error::Error) {
        self.warn(&e.message);
        self.deferred
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push(e);
    }

    /// How many problems were deferred so far.
    pub fn deferred(&self) -> usize {
        self.deferred
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .len()
    }

    /// The deferred problems, taken.
    pub fn take_deferred(&self) -> Vec<crate::error::Error> {
        std::mem::take(&mut *self.deferred.lock().unwrap_or_else(|p| p.into_inner()))
    }

    pub fn json(&self) -> bool {
        self.format == OutputFormat::Json
    }

    /// One JSON document on stdout: exact values (JSON escapes what it
    /// must; nothing is redacted inside data).
    pub fn print_json<T: serde::Serialize + ?Sized>(&self, value: &T) {
        match serde_json::to_string_pretty(value) {
            Ok(mut text) => {
                text.push('\n');
                self.io.out.data_str(&text);
            }
            Err(e) => self.warn(&format!("cannot encode JSON: {e}")),
        }
    }

    /// A JSON array written as its items come (`[`, each item, `]`), in the
    /// same pretty form as `print_json` of the whole array: a long list is
    /// never held whole to be printed.
    pub fn json_array(&self) -> JsonArray<'_> {
        JsonArray {
            printer: self,
            count: 0,
        }
    }

    /// One line of JSON on stdout (a stream of JSON lines), exact.
    pub fn json_line(&self, line: &str) {
        self.io.out.data_str(&format!("{line}\n"));
    }

    /// Text of our own on stdout (help), as it is.
    pub fn data_text(&self, text: &str) {
        self.io.out.data_str(text);
        if !text.ends_with('\n') {
            self.io.out.data_str("\n");
        }
    }

    /// A line of data on stdout; control characters made visible.
    pub fn data(&self, line: &str) {
        self.io
            .out
            .data_str(&format!("{}\n", sanitize(line, false)));
    }

    /// A line for people on stderr, always shown; control characters made
    /// visible (line breaks kept).
    pub fn note(&self, msg: &str) {
        self.io.err.line(&sanitize(msg, true));
    }

    /// Progress or a note for people, on stderr; silent with -q.
    pub fn info(&self, msg: &str) {
        if !self.quiet {
            self.note(msg);
        }
    }

    /// A success line on stderr (green tick on a colour terminal); silent with -q.
    pub fn success(&self, msg: &str) {
        if !self.quiet {
            let msg = sanitize(msg, true);
            if self.io.color_err {
                self.io.err.line(&format!("{} {msg}", paint("✓").green()));
            } else {
                self.io.err.line(&msg);
            }
        }
    }

    /// A warning on stderr; shown even with -q.
    pub fn warn(&self, msg: &str) {
        let msg = sanitize(msg, true);
        let prefix = if self.io.color_err {
            paint("warning:").yellow().bold().to_string()
        } else {
            "warning:".to_string()
        };
        self.io.err.line(&format!("{prefix} {msg}"));
    }

    /// A table on stdout, fitted to the terminal's width when stdout is one
    /// (see `Column`). Piped output is never cut.
    pub fn table(&self, columns: &[Column], mut rows: Vec<Vec<String>>) {
        for cell in rows.iter_mut().flatten() {
            if let std::borrow::Cow::Owned(clean) = sanitize(cell, false) {
                *cell = clean;
            }
        }
        let kept = match self.io.width {
            Some(width) => fit(columns, &mut rows, usize::from(width)),
            None => columns.to_vec(),
        };
        let headers: Vec<&str> = kept.iter().map(|c| c.name).collect();
        let headers = &headers[..];
        let mut table = Table::new();
        table.load_preset(presets::NOTHING);
        table.set_content_arrangement(ContentArrangement::Disabled);
        let header: Vec<Cell> = headers
            .iter()
            .map(|h| {
                let c = Cell::new(h);
                if self.io.color_out {
                    c.add_attribute(comfy_table::Attribute::Bold)
                } else {
                    c
                }
            })
            .collect();
        table.set_header(header);
        if self.io.color_out {
            table.enforce_styling();
        } else {
            table.force_no_tty();
        }
        for row in rows {
            table.add_row(row);
        }
        // Columns apart by two spaces, flush left, like `gh` and `kubectl`.
        let last = headers.len().saturating_sub(1);
        for (i, column) in table.column_iter_mut().enumerate() {
            column.set_padding((0, if i == last { 0 } else { 2 }));
        }
        for line in table.lines() {
            self.io.out.data_str(&format!("{}\n", line.trim_end()));
        }
    }

    /// Key/value lines for one item.
    pub fn fields(&self, pairs: &[(&str, String)]) {
        let width = pairs.iter().map(|(k, _)| k.len()).max().unwrap_or(0);
        for (k, v) in pairs {
            let key = format!("{k}:");
            let key = if self.io.color_out {
                paint(format!("{key:<w$}", w = width + 1))
                    .bold()
                    .to_string()
            } else {
                format!("{key:<w$}", w = width + 1)
            };
            self.io
                .out
                .data_str(&format!("{key} {}\n", sanitize(v, false)));
        }
    }
}

/// A JSON array being written; `end` closes it.
pub struct JsonArray<'a> {
    printer: &'a Printer,
    count: usize,
}

impl JsonArray<'_> {
    pub fn item<T: serde::Serialize + ?Sized>(&mut self, value: &T) {
        let text = match serde_json::to_string_pretty(value) {
            Ok(t) => t,
            Err(e) => return self.printer.warn(&format!("cannot encode JSON: {e}")),
        };
        let mut out = String::with_capacity(text.len() + text.len() / 16 + 8);
        out.push_str(if self.count == 0 { "[\n" } else { ",\n" });
        for (i, line) in text.lines().enumerate() {
            if i > 0 {
                out.push('\n');
            }
            out.push_str("  ");
            out.push_str(line);
        }
        self.printer.io.out.data_str(&out);
        self.count += 1;
    }

    pub fn end(self) {
        self.printer
            .io
            .out
            .data_str(if self.count == 0 { "[]\n" } else { "\n]\n" });
    }
}

/// Prints an error the way docs/interface.md says: `error: …` and `hint: …`, or one
/// JSON object with `-o json`.
pub fn print_error(io: &Io, format: OutputFormat, err: &Error) {
    if format == OutputFormat::Json {
        let mut obj = json!({"kind": err.kind.name(), "message": err.message, "exit_code": err.kind.exit_code()});
        if let Some(h) = &err.hint {
            obj["hint"] = json!(h);
        }
        io.err.line(&json!({ "error": obj }).to_string());
        return;
    }
    let (e, h) = if io.color_err {
        (
            paint("error:").red().bold().to_string(),
            paint("hint:").cyan().to_string(),
        )
    } else {
        ("error:".to_string(), "hint:".to_string())
    };
    io.err
        .line(&format!("{e} {}", sanitize(&err.message, true)));
    if let Some(hint) = &err.hint {
        io.err.line(&format!("{h} {}", sanitize(hint, true)));
    }
}

/// A styled text. Only called once fer has decided on colour (--color,
/// NO_COLOR, the terminal), so console's own detection is overruled.
pub fn paint<D>(text: D) -> console::StyledObject<D> {
    console::style(text).force_styling(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dash_reads_the_ios_stdin_and_bounds_it() {
        let (mut io, _, _) = Io::capture();
        io.stdin = Arc::new(Mutex::new(Box::new(std::io::Cursor::new(
            b"s3cret\n".to_vec(),
        ))));
        assert_eq!(io.read_input("-", "the secret").unwrap(), "s3cret\n");
        // Read once: a second read finds it drained.
        assert_eq!(io.read_input("-", "the secret").unwrap(), "");
        io.stdin = Arc::new(Mutex::new(Box::new(std::io::Cursor::new(vec![0xff, 0xfe]))));
        let err = io.read_input("-", "the secret").unwrap_err();
        assert!(err.message.contains("not UTF-8"), "{}", err.message);
    }
}
