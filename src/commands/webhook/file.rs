//! The apply file (docs/apply-file.md): reading it in one pass with every
//! problem at once, each with its line, and writing it (for `export`).
//!
//! An entry holds the fields fer manages (`environment`, `event`, `url`,
//! `description`) and may carry what fer does not manage but the server
//! holds: `headers` (a table of strings, as the vendor documents for some
//! webhooks) and `extra_json` (any other fields, as one JSON object, so that
//! numbers and nulls survive exactly). Any other key is a mistake.

use serde_json::{Map, Value};
use toml_edit::{Document, Item};

use crate::error::{Error, Result};

/// One entry of the file, as written.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Entry {
    /// Its line in the file (1-based), for messages.
    pub line: usize,
    pub environment: String,
    pub event: String,
    pub url: String,
    pub description: Option<String>,
    /// Fields fer does not manage: `headers` and what `extra_json` holds.
    pub extra: Map<String, Value>,
    /// A value it needs is missing or not a string (reported): not planned.
    pub broken: bool,
}

const KEYS: &[&str] = &[
    "environment",
    "event",
    "url",
    "description",
    "headers",
    "extra_json",
];

/// Line starts, for turning byte offsets into line numbers in O(log n).
struct Lines(Vec<usize>);

impl Lines {
    fn new(text: &str) -> Lines {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Lines(starts)
    }
    fn of(&self, offset: usize) -> usize {
        match self.0.binary_search(&offset) {
            Ok(i) => i + 1,
            Err(i) => i,
        }
    }
}

/// The file's bytes as text: not UTF-8 is a usage error naming the offset.
pub fn text(bytes: Vec<u8>, name: &str) -> Result<String> {
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        Error::usage(format!(
            "{name}: not UTF-8 text (an invalid byte at offset {at}); an apply file is TOML, which is UTF-8"
        ))
    })
}

/// Whether a line is a `[[webhook]]` header (spaces and a comment allowed).
fn is_entry_header(line: &str) -> bool {
    let head = line.split('#').next().unwrap_or("");
    let compact: String = head.chars().filter(|c| !c.is_whitespace()).collect();
    compact == "[[webhook]]"
}

/// Parses the file: the entries, and every problem at once (unknown keys,
/// wrong types, missing values), each with its entry and line, for the
/// caller to report with the problems it finds itself. Only a file that is
/// not TOML at all is an error here.
///
/// The file is read one entry at a time (each `[[webhook]]` with what
/// follows it), so that a 100,000-entry file costs its entries, not a whole
/// syntax tree. Should that split ever be wrong (a `[[webhook]]` line inside
/// a multi-line string), the file is read whole instead.
pub fn parse_all(text: &str, name: &str) -> Result<(Vec<Entry>, Vec<String>)> {
    let mut starts = vec![0usize];
    let mut offset = 0usize;
    for line in text.split_inclusive('\n') {
        if is_entry_header(line) && offset > 0 {
            starts.push(offset);
        }
        offset += line.len();
    }
    starts.push(text.len());
    let mut entries = Vec::new();
    let mut problems = Vec::new();
    let mut line_base = 0;
    for w in starts.windows(2) {
        let chunk = &text[w[0]..w[1]];
        match parse_document(chunk, name, line_base, entries.len()) {
            Ok((e, p)) => {
                entries.extend(e);
                problems.extend(p);
            }
            Err(_) => return parse_document(text, name, 0, 0),
        }
        line_base += chunk.matches('\n').count();
    }
    Ok((entries, problems))
}

/// One document's entries and problems; its lines are numbered from
/// `line_base`, its entries from `index_base`.
fn parse_document(
    text: &str,
    name: &str,
    line_base: usize,
    index_base: usize,
) -> Result<(Vec<Entry>, Vec<String>)> {
    let lines = Lines::new(text);
    let lines = |offset: usize| lines.of(offset) + line_base;
    let doc = Document::parse(text).map_err(|e: toml_edit::TomlError| {
        let place = e
            .span()
            .map(|s| format!(" line {}", lines(s.start)))
            .unwrap_or_default();
        Error::usage(format!("{name}:{place}: {}", e.message().trim()))
    })?;
    let mut problems = Vec::new();
    for (k, item) in doc.iter() {
        if k != "webhook" {
            let line = item.span().map(|s| lines(s.start)).unwrap_or(0);
            problems.push(format!(
                "{name}: line {line}: unknown key '{k}' (the file holds [[webhook]] entries)"
            ));
        }
    }
    let mut entries = Vec::new();
    match doc.get("webhook") {
        None => {}
        Some(Item::ArrayOfTables(tables)) => {
            for (i, t) in tables.iter().enumerate() {
                let line = t.span().map(|s| lines(s.start)).unwrap_or(0);
                let at = format!("{name}: webhook #{} (line {line})", i + 1 + index_base);
                let mut e = Entry {
                    line,
                    ..Entry::default()
                };
                for (k, item) in t.iter() {
                    let kline = item.span().map(|s| lines(s.start)).unwrap_or(line);
                    let here = format!("{name}: webhook #{} (line {kline})", i + 1 + index_base);
                    let string = |problems: &mut Vec<String>| match item.as_str() {
                        Some(s) => Some(s.to_string()),
                        None => {
                            problems.push(format!("{here}: '{k}' must be a string"));
                            None
                        }
                    };
                    match k {
                        "environment" | "event" | "url" => {
                            let v = string(&mut problems);
                            e.broken |= v.is_none();
                            let v = v.unwrap_or_default();
                            match k {
                                "environment" => e.environment = v,
                                "event" => e.event = v,
                                _ => e.url = v,
                            }
                        }
                        "description" => e.description = string(&mut problems),
                        "headers" => match headers(item) {
                            Some(h) => {
                                e.extra.insert("headers".into(), Value::Object(h));
                            }
                            None => problems
                                .push(format!("{here}: 'headers' must be a table of strings")),
                        },
                        "extra_json" => match item
                            .as_str()
                            .and_then(|s| serde_json::from_str::<Value>(s).ok())
                        {
                            Some(Value::Object(m)) => {
                                for (k, v) in m {
                                    e.extra.entry(k).or_insert(v);
                                }
                            }
                            _ => problems.push(format!(
                                "{here}: 'extra_json' must be a string holding one JSON object"
                            )),
                        },
                        other => problems.push(format!(
                            "{here}: unknown key '{other}' (an entry has {})",
                            KEYS.join(", ")
                        )),
                    }
                }
                for (k, v) in [
                    ("environment", &e.environment),
                    ("event", &e.event),
                    ("url", &e.url),
                ] {
                    if v.is_empty() && !t.contains_key(k) {
                        problems.push(format!("{at}: '{k}' is missing"));
                        e.broken = true;
                    }
                }
                entries.push(e);
            }
        }
        Some(other) => {
            let line = other.span().map(|s| lines(s.start)).unwrap_or(0);
            problems.push(format!(
                "{name}: line {line}: 'webhook' must be an array of tables ([[webhook]])"
            ));
        }
    }
    Ok((entries, problems))
}

/// Parses the file; any problem is an error.
pub fn parse(text: &str, name: &str) -> Result<Vec<Entry>> {
    let (entries, problems) = parse_all(text, name)?;
    if problems.is_empty() {
        Ok(entries)
    } else {
        Err(problems_error(name, problems))
    }
}

/// `headers = { Name = "value" }`: a table of strings.
fn headers(item: &Item) -> Option<Map<String, Value>> {
    let table = item.as_table_like()?;
    let mut out = Map::new();
    for (k, v) in table.iter() {
        out.insert(k.to_string(), Value::String(v.as_str()?.to_string()));
    }
    Some(out)
}

/// "N problems in FILE; nothing was changed:" and one line each.
pub fn problems_error(name: &str, problems: Vec<String>) -> Error {
    let n = problems.len();
    Error::usage(format!(
        "{} in {name}; nothing was changed:\n  {}",
        if n == 1 {
            "1 problem".to_string()
        } else {
            format!("{n} problems")
        },
        problems.join("\n  ")
    ))
}

/// A TOML basic string in which every character that would act on a
/// terminal (controls, bidi overrides) is a `\uXXXX` escape: the file shows
/// safely and `apply` reads the exact value.
fn string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if crate::output::sanitize::acts_on_terminal(c) || c == '\n' => {
                out.push_str(&format!("\\u{:04X}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A TOML key: bare when it can be, else quoted.
fn key(k: &str) -> String {
    if !k.is_empty()
        && k.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        k.to_string()
    } else {
        string(k)
    }
}

/// The apply file for `entries`: exact values, safe to show.
pub fn to_toml(entries: &[Entry]) -> String {
    let mut out = String::with_capacity(entries.len() * 160);
    for (i, e) in entries.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str("[[webhook]]\n");
        out.push_str(&format!("environment = {}\n", string(&e.environment)));
        out.push_str(&format!("event = {}\n", string(&e.event)));
        out.push_str(&format!("url = {}\n", string(&e.url)));
        if let Some(d) = &e.description {
            out.push_str(&format!("description = {}\n", string(d)));
        }
        let mut rest = e.extra.clone();
        if let Some(Value::Object(h)) = rest.get("headers") {
            if h.values().all(Value::is_string) {
                let pairs: Vec<String> = h
                    .iter()
                    .map(|(k, v)| format!("{} = {}", key(k), string(v.as_str().unwrap_or(""))))
                    .collect();
                out.push_str(&format!("headers = {{ {} }}\n", pairs.join(", ")));
                rest.shift_remove("headers");
            }
        }
        if !rest.is_empty() {
            let json = serde_json::to_string(&Value::Object(rest)).unwrap_or_default();
            out.push_str(&format!("extra_json = {}\n", string(&json)));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn exported_values_read_back_exactly_and_show_safely() {
        let odd = "a\"b\\c\x1b[2J\x07\r\n\u{9b}\u{202e}d é 漢";
        let mut extra = Map::new();
        extra.insert("headers".into(), json!({"X-Token": "t", "odd key": odd}));
        extra.insert(
            "n".into(),
            serde_json::from_str("12345678901234567890123").unwrap(),
        );
        extra.insert("none".into(), Value::Null);
        let entries = vec![Entry {
            line: 1,
            environment: "production".into(),
            event: "Feature.toggled".into(),
            url: format!("https://x.example.com/{odd}"),
            description: Some(odd.into()),
            extra,
            broken: false,
        }];
        let text = to_toml(&entries);
        assert!(
            !text
                .chars()
                .any(|c| c != '\n' && crate::output::sanitize::acts_on_terminal(c)),
            "{text:?}"
        );
        assert_eq!(parse(&text, "f").unwrap(), entries);
    }

    #[test]
    fn bad_toml_names_the_line() {
        let err = parse(
            "[[webhook]]\nenvironment = \"production\"\nevent = \n",
            "f.toml",
        )
        .unwrap_err();
        assert_eq!(err.kind, crate::error::Kind::Usage);
        assert!(err.message.contains("f.toml: line 3"), "{}", err.message);
    }

    #[test]
    fn every_problem_at_once_unknown_keys_included() {
        let text = "[[webhook]]\nenvironment = \"p\"\nevent = 3\nurl = \"https://x\"\ncolour = \"red\"\n\n[[webhook]]\nenvironment = \"p\"\nheaders = \"x\"\n";
        let m = parse(text, "f").unwrap_err().message;
        assert!(m.contains("5 problems"), "{m}");
        assert!(
            m.contains("webhook #1 (line 3): 'event' must be a string"),
            "{m}"
        );
        assert!(
            m.contains("webhook #1 (line 5): unknown key 'colour'"),
            "{m}"
        );
        assert!(
            m.contains("webhook #2 (line 9): 'headers' must be a table"),
            "{m}"
        );
        assert!(m.contains("webhook #2 (line 7): 'url' is missing"), "{m}");
    }

    #[test]
    fn not_utf8_names_the_offset() {
        let err = text(b"[[webhook]]\n\xff".to_vec(), "f").unwrap_err();
        assert_eq!(err.kind, crate::error::Kind::Usage);
        assert!(err.message.contains("offset 12"), "{}", err.message);
    }

    #[test]
    fn lines_are_found_by_offset() {
        let l = Lines::new("a\nbb\n\nc");
        assert_eq!([0, 1, 2, 4, 5, 6].map(|o| l.of(o)), [1, 1, 2, 2, 3, 4]);
    }
}
