//! The apply file (INTERFACE.md, "The apply file"): reading it, checking
//! every entry at once, and writing it (for `export`).

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use super::shared::{check_description, check_url};
use crate::api::environments::{self, Environment};
use crate::error::{Error, Result};
use crate::events;

/// The file as read, with each entry's place for messages.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SpannedFile {
    #[serde(default)]
    webhook: Vec<toml::Spanned<Entry>>,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub environment: String,
    pub event: String,
    pub url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// One checked entry: environment resolved, event canonical.
#[derive(Debug, Clone)]
pub struct Desired {
    pub env: Environment,
    pub event: &'static str,
    pub url: String,
    pub description: String,
}

/// Parses the file: TOML errors with their line.
pub fn parse(text: &str, name: &str) -> Result<Vec<(usize, Entry)>> {
    let line_of = |offset: usize| text[..offset.min(text.len())].matches('\n').count() + 1;
    let file: SpannedFile = toml::from_str(text).map_err(|e| {
        let place = e
            .span()
            .map(|s| format!(" line {}", line_of(s.start)))
            .unwrap_or_default();
        Error::usage(format!("{name}:{place}: {}", e.message().trim()))
    })?;
    Ok(file
        .webhook
        .into_iter()
        .map(|s| (line_of(s.span().start), s.into_inner()))
        .collect())
}

/// Checks every entry and reports every problem at once.
pub fn check(entries: &[(usize, Entry)], envs: &[Environment], name: &str) -> Result<Vec<Desired>> {
    let mut problems = Vec::new();
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    for (i, (line, e)) in entries.iter().enumerate() {
        let at = format!("{name}: webhook #{} (line {line})", i + 1);
        let mut ok = true;
        let event = events::find(&e.event);
        if event.is_none() {
            problems.push(format!("{at}: unknown event '{}'", e.event));
            ok = false;
        }
        if let Err(m) = check_url(&e.url) {
            problems.push(format!("{at}: {m}"));
            ok = false;
        }
        if let Some(d) = &e.description {
            if let Err(m) = check_description(d) {
                problems.push(format!("{at}: {m}"));
                ok = false;
            }
        }
        let env = environments::resolve(envs, &e.environment).ok();
        if env.is_none() {
            problems.push(format!("{at}: unknown environment '{}'", e.environment));
            ok = false;
        }
        if let (true, Some(event), Some(env)) = (ok, event, env) {
            if !seen.insert((env.id.clone(), event.id, e.url.clone())) {
                problems.push(format!(
                    "{at}: a second entry for {} {} {}",
                    env.name, event.id, e.url
                ));
                continue;
            }
            out.push(Desired {
                env: env.clone(),
                event: event.id,
                url: e.url.clone(),
                description: e.description.clone().unwrap_or_default(),
            });
        }
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        let n = problems.len();
        Err(Error::usage(format!(
            "{} in {name}; nothing was changed:\n  {}",
            if n == 1 {
                "1 problem".to_string()
            } else {
                format!("{n} problems")
            },
            problems.join("\n  ")
        )))
    }
}

/// The apply file for `entries`. Values are TOML basic strings in which every
/// character that would act on a terminal (controls, bidi overrides) is a
/// `\uXXXX` escape: the file shows safely and `apply` reads the exact value.
pub fn to_toml(entries: &[Entry]) -> String {
    fn string(s: &str) -> String {
        let mut out = String::with_capacity(s.len() + 2);
        out.push('"');
        for c in s.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                c if crate::output::sanitize::acts_on_terminal(c) => {
                    out.push_str(&format!("\\u{:04X}", c as u32))
                }
                c => out.push(c),
            }
        }
        out.push('"');
        out
    }
    let mut out = String::new();
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
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn envs() -> Vec<Environment> {
        [("env-1", "production"), ("env-2", "staging")]
            .iter()
            .map(|(id, n)| Environment::from_value(json!({"id": id, "environment": n})).unwrap())
            .collect()
    }

    #[test]
    fn exported_values_read_back_exactly_and_show_safely() {
        let odd = "a\"b\\c\x1b[2J\x07\r\n\u{9b}\u{202e}d é 漢";
        let entries = vec![Entry {
            environment: "production".into(),
            event: "Flag.created".into(),
            url: format!("https://x.example.com/{odd}"),
            description: Some(odd.into()),
        }];
        let text = to_toml(&entries);
        assert!(
            !text
                .chars()
                .any(|c| c != '\n' && crate::output::sanitize::acts_on_terminal(c)),
            "{text:?}"
        );
        let back: toml::Value = toml::from_str(&text).unwrap();
        assert_eq!(back["webhook"][0]["description"].as_str(), Some(odd));
        assert_eq!(
            back["webhook"][0]["url"].as_str(),
            Some(format!("https://x.example.com/{odd}").as_str())
        );
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
    fn every_problem_is_reported_with_its_entry() {
        let text = r#"
[[webhook]]
environment = "production"
event = "Flag.exploded"
url = "https://a.example.com"

[[webhook]]
environment = "qa"
event = "flag-created"
url = "not a url"

[[webhook]]
environment = "staging"
event = "flag-created"
url = "https://b.example.com"

[[webhook]]
environment = "STAGING"
event = "Flag.created"
url = "https://b.example.com"
"#;
        let entries = parse(text, "f.toml").unwrap();
        let err = check(&entries, &envs(), "f.toml").unwrap_err();
        let m = err.message;
        assert!(m.contains("4 problems"), "{m}");
        assert!(
            m.contains("webhook #1 (line 2): unknown event 'Flag.exploded'"),
            "{m}"
        );
        assert!(
            m.contains("webhook #2 (line 7): unknown environment 'qa'"),
            "{m}"
        );
        assert!(
            m.contains("webhook #2 (line 7): the URL must not contain whitespace"),
            "{m}"
        );
        assert!(m.contains("webhook #4 (line 17): a second entry"), "{m}");
    }

    #[test]
    fn unknown_keys_are_refused() {
        let err = parse("[[webhook]]\nenvironment=\"p\"\nevent=\"Flag.created\"\nurl=\"https://x\"\ncolour=\"red\"\n", "f").unwrap_err();
        assert!(err.message.contains("colour"), "{}", err.message);
    }
}
