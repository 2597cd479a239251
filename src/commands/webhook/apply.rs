//! `fer webhook apply` and `fer webhook export`: an account's webhooks as a file.

use std::collections::HashSet;
use std::process::ExitCode;

use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};

use super::create::create_recovering;
use super::manage::{fetch_all, scope_envs};
use crate::api::environments::{self, Environment};
use crate::api::webhooks::{self, field, Created};
use crate::cli::{ApplyArgs, ScopeArgs};
use crate::context::Context;
use crate::error::{Error, Kind, Result};
use crate::events;
use crate::output::Fit;

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
struct Desired {
    env: Environment,
    event: &'static str,
    url: String,
    description: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Action {
    Create,
    Update,
    Delete,
    Unchanged,
}

impl Action {
    fn name(self) -> &'static str {
        match self {
            Action::Create => "create",
            Action::Update => "update",
            Action::Delete => "delete",
            Action::Unchanged => "unchanged",
        }
    }
}

#[derive(Debug, Clone)]
struct Step {
    action: Action,
    env: Environment,
    event: String,
    url: String,
    description: String,
    id: String,
    error: Option<String>,
}

impl Step {
    fn json(&self) -> Value {
        let mut m = Map::new();
        m.insert("action".into(), json!(self.action.name()));
        m.insert("environment".into(), json!(self.env.name));
        m.insert("event".into(), json!(self.event));
        m.insert("url".into(), json!(self.url));
        m.insert(
            "id".into(),
            if self.id.is_empty() {
                Value::Null
            } else {
                json!(self.id)
            },
        );
        if let Some(e) = &self.error {
            m.insert("error".into(), json!(e));
        }
        Value::Object(m)
    }
}

/// Parses the file: TOML errors with their line.
fn parse(text: &str, name: &str) -> Result<Vec<(usize, Entry)>> {
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
fn check(entries: &[(usize, Entry)], envs: &[Environment], name: &str) -> Result<Vec<Desired>> {
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
        if let Err(m) = super::check_url(&e.url) {
            problems.push(format!("{at}: {m}"));
            ok = false;
        }
        if let Some(d) = &e.description {
            if let Err(m) = super::check_description(d) {
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

/// The plan: what to create, update and (with prune) delete so that the
/// environments named in the file match it.
fn plan(desired: &[Desired], current: &[Value], envs: &[Environment], prune: bool) -> Vec<Step> {
    let mut steps = Vec::new();
    let mut wanted = HashSet::new();
    for d in desired {
        wanted.insert((d.env.id.clone(), d.event.to_string(), d.url.clone()));
        let existing = current.iter().find(|v| {
            field(v, "account_environment_id") == d.env.id
                && field(v, "event") == d.event
                && field(v, "url") == d.url
        });
        let (action, id) = match existing {
            None => (Action::Create, String::new()),
            Some(v) if field(v, "description") != d.description => {
                (Action::Update, webhooks::id_of(v))
            }
            Some(v) => (Action::Unchanged, webhooks::id_of(v)),
        };
        steps.push(Step {
            action,
            env: d.env.clone(),
            event: d.event.to_string(),
            url: d.url.clone(),
            description: d.description.clone(),
            id,
            error: None,
        });
    }
    if prune {
        for v in current {
            let key = (
                field(v, "account_environment_id").to_string(),
                field(v, "event").to_string(),
                field(v, "url").to_string(),
            );
            if !wanted.contains(&key) {
                if let Some(env) = envs.iter().find(|e| e.id == key.0) {
                    steps.push(Step {
                        action: Action::Delete,
                        env: env.clone(),
                        event: key.1,
                        url: key.2,
                        description: String::new(),
                        id: webhooks::id_of(v),
                        error: None,
                    });
                }
            }
        }
    }
    steps
}

fn print_steps(ctx: &Context, steps: &[Step], done: bool) {
    if ctx.out.json() {
        ctx.out
            .print_json(&Value::Array(steps.iter().map(Step::json).collect()));
        return;
    }
    if ctx.out.quiet {
        return;
    }
    let past = |a: Action| match a {
        Action::Create => "created",
        Action::Update => "updated",
        Action::Delete => "deleted",
        Action::Unchanged => "unchanged",
    };
    ctx.out.table(
        &["ACTION", "ENVIRONMENT", "EVENT", "URL", "ID"],
        Fit {
            shrink: &[3],
            drop: &[],
        },
        steps
            .iter()
            .map(|s| {
                let action = match (&s.error, done) {
                    (Some(_), _) => format!("{} FAILED", s.action.name()),
                    (None, true) => past(s.action).to_string(),
                    (None, false) => s.action.name().to_string(),
                };
                vec![
                    action,
                    s.env.name.clone(),
                    s.event.clone(),
                    s.url.clone(),
                    s.id.clone(),
                ]
            })
            .collect(),
    );
}

fn counts(steps: &[Step]) -> String {
    let n = |a: Action| steps.iter().filter(|s| s.action == a).count();
    format!(
        "{} to create, {} to update, {} to delete, {} unchanged",
        n(Action::Create),
        n(Action::Update),
        n(Action::Delete),
        n(Action::Unchanged)
    )
}

pub async fn apply(ctx: &Context, args: ApplyArgs) -> Result<ExitCode> {
    let name = if args.file == "-" {
        "stdin".to_string()
    } else {
        args.file.clone()
    };
    let text = ctx.read_input(&args.file, "the apply file")?;
    let entries = parse(&text, &name)?;
    let all_envs = ctx.fresh_environments().await?.to_vec();
    let desired = check(&entries, &all_envs, &name)?;

    // The environments the file names, in the account's order.
    let named: Vec<Environment> = all_envs
        .iter()
        .filter(|e| desired.iter().any(|d| d.env.id == e.id))
        .cloned()
        .collect();
    let current = fetch_all(ctx, &named).await?;
    let mut steps = plan(&desired, &current, &named, args.prune);

    let changes = steps.iter().any(|s| s.action != Action::Unchanged);
    if args.dry_run || !changes {
        print_steps(ctx, &steps, false);
        ctx.out.info(&format!(
            "{}{}",
            counts(&steps),
            if args.dry_run {
                " (dry run: nothing changed)"
            } else {
                ""
            }
        ));
        return Ok(ExitCode::SUCCESS);
    }

    ctx.out.info(&format!("Plan: {}", counts(&steps)));
    for s in steps.iter().filter(|s| s.action != Action::Unchanged) {
        ctx.out.info(&format!(
            "  {:<7} {}  {}  {}",
            s.action.name(),
            s.env.name,
            s.event,
            s.url
        ));
    }
    let client = ctx.client()?;
    let run_step = |s: &Step| {
        let client = client.clone();
        let s = s.clone();
        async move {
            match s.action {
                Action::Unchanged => Ok(None),
                Action::Create => {
                    let mut body = json!({"event": s.event, "url": s.url});
                    if !s.description.is_empty() {
                        body["description"] = json!(s.description);
                    }
                    match create_recovering(ctx, &client, &s.env.id, &body).await? {
                        Created::New(v) => Ok(Some(field(&v, "id").to_string())),
                        // Made meanwhile (by a run that was cut short): it is there.
                        Created::Exists(id) => Ok(Some(id)),
                    }
                }
                Action::Update => {
                    let patch = json!({"description": s.description});
                    webhooks::update(&client, &s.env.id, &s.id, &patch)
                        .await?
                        .map(|_| None)
                        .ok_or_else(|| Error::not_found(format!("webhook {} is gone", s.id)))
                }
                Action::Delete => {
                    if !crate::api::usable_id(&s.id) {
                        return Err(Error::failure(format!(
                            "the API listed a webhook with the unusable id '{}'; it was left alone",
                            s.id
                        )));
                    }
                    // Already gone is what was wanted.
                    webhooks::delete(&client, &s.env.id, &s.id)
                        .await
                        .map(|_| None)
                }
            }
        }
    };
    // Creates and updates first; deletes only after them, and not in an
    // environment where a create failed: a webhook whose URL changes is
    // made anew before the old one goes, so a failure never leaves neither.
    let mut results: Vec<Option<Result<Option<String>>>> = steps.iter().map(|_| None).collect();
    let first_phase: Vec<usize> = (0..steps.len())
        .filter(|&i| steps[i].action != Action::Delete)
        .collect();
    let done = futures::future::join_all(first_phase.iter().map(|&i| run_step(&steps[i]))).await;
    for (i, r) in first_phase.iter().zip(done) {
        results[*i] = Some(r);
    }
    let failed_envs: HashSet<String> = steps
        .iter()
        .zip(&results)
        .filter(|(s, r)| s.action == Action::Create && matches!(r, Some(Err(_))))
        .map(|(s, _)| s.env.id.clone())
        .collect();
    let second_phase: Vec<usize> = (0..steps.len())
        .filter(|&i| steps[i].action == Action::Delete)
        .collect();
    let done = futures::future::join_all(second_phase.iter().map(|&i| {
        let held_back = failed_envs.contains(&steps[i].env.id);
        let step = &steps[i];
        let run = run_step(step);
        async move {
            if held_back {
                Err(Error::failure(format!(
                    "not deleted: a create in {} failed, so its old webhooks stay",
                    step.env.name
                )))
            } else {
                run.await
            }
        }
    }))
    .await;
    for (i, r) in second_phase.iter().zip(done) {
        results[*i] = Some(r);
    }
    let results = results.into_iter().map(|r| r.unwrap_or(Ok(None)));

    let mut first_error: Option<Error> = None;
    for (step, result) in steps.iter_mut().zip(results) {
        match result {
            Ok(Some(id)) => step.id = id,
            Ok(None) => {}
            Err(e) => {
                step.error = Some(e.message.clone());
                first_error.get_or_insert(e);
            }
        }
    }
    print_steps(ctx, &steps, true);
    match first_error {
        None => {
            ctx.out.success(&format!(
                "Applied {name}: {}",
                counts(&steps).replace("to ", "")
            ));
            Ok(ExitCode::SUCCESS)
        }
        Some(e) => {
            let failed: Vec<String> = steps
                .iter()
                .filter_map(|s| {
                    s.error.as_ref().map(|m| {
                        format!(
                            "{} {} {} {}: {m}",
                            s.action.name(),
                            s.env.name,
                            s.event,
                            s.url
                        )
                    })
                })
                .collect();
            let kind = if e.kind == Kind::Auth {
                Kind::Auth
            } else {
                Kind::Failure
            };
            Err(Error::new(
                kind,
                format!(
                    "{} of {} changes failed; the others were made:\n  {}",
                    failed.len(),
                    steps
                        .iter()
                        .filter(|s| s.action != Action::Unchanged)
                        .count(),
                    failed.join("\n  ")
                ),
            )
            .with_hint("run the same apply again: it makes only what is still missing"))
        }
    }
}

/// The webhooks of `scope` as apply entries, in a stable order.
pub async fn export(ctx: &Context, scope: ScopeArgs) -> Result<ExitCode> {
    let envs = scope_envs(ctx, &scope, true).await?;
    let hooks = fetch_all(ctx, &envs).await?;
    let entries: Vec<Entry> = hooks
        .iter()
        .map(|v| Entry {
            environment: field(v, "environment").to_string(),
            event: field(v, "event").to_string(),
            url: field(v, "url").to_string(),
            description: Some(field(v, "description").to_string()).filter(|d| !d.is_empty()),
        })
        .collect();
    if ctx.out.json() {
        ctx.out
            .print_json(&serde_json::to_value(&entries).unwrap_or_default());
        return Ok(ExitCode::SUCCESS);
    }
    let names: Vec<&str> = envs.iter().map(|e| e.name.as_str()).collect();
    let header = format!(
        "# fer webhook export: {} webhook{} of {}",
        hooks.len(),
        if hooks.len() == 1 { "" } else { "s" },
        names.join(", ")
    );
    ctx.out.io.out.write_str(&format!(
        "{}\n# `fer webhook apply -f FILE` makes an account match this file.\n\n{}",
        crate::output::sanitize(&header, false),
        to_toml(&entries)
    ));
    Ok(ExitCode::SUCCESS)
}

/// The apply file for `entries`. Values are TOML basic strings in which every
/// character that would act on a terminal (controls, bidi overrides) is a
/// `\uXXXX` escape: the file shows safely and `apply` reads the exact value.
fn to_toml(entries: &[Entry]) -> String {
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
        assert_eq!(err.kind, Kind::Usage);
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

    #[test]
    fn plan_creates_updates_prunes_and_leaves_alone() {
        let envs = envs();
        let d = |event: &'static str, url: &str, desc: &str| Desired {
            env: envs[0].clone(),
            event,
            url: url.into(),
            description: desc.into(),
        };
        let desired = vec![
            d("Flag.created", "https://a", "same"),
            d("Flag.removed", "https://a", "new text"),
            d("Flag.created", "https://new", ""),
        ];
        let current = vec![
            json!({"id":"w1","account_environment_id":"env-1","event":"Flag.created","url":"https://a","description":"same"}),
            json!({"id":"w2","account_environment_id":"env-1","event":"Flag.removed","url":"https://a","description":"old"}),
            json!({"id":"w3","account_environment_id":"env-1","event":"Flag.removed","url":"https://gone"}),
        ];
        let actions = |steps: Vec<Step>| -> Vec<(Action, String)> {
            steps.into_iter().map(|s| (s.action, s.id)).collect()
        };
        assert_eq!(
            actions(plan(&desired, &current, &envs[..1], false)),
            vec![
                (Action::Unchanged, "w1".into()),
                (Action::Update, "w2".into()),
                (Action::Create, String::new()),
            ]
        );
        let pruned = actions(plan(&desired, &current, &envs[..1], true));
        assert_eq!(pruned.last().unwrap(), &(Action::Delete, "w3".to_string()));
    }
}
