//! The apply plan: what to create, update and delete so that the account
//! matches the file, checked and matched in one linear pass, and how it is
//! shown (each changed field `old → new`).

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use fer_contract::wire::Webhook;
use serde::Serialize;
use serde_json::{json, Map, Value};

use super::file::{problems_error, Entry};
use super::shared::{check_description, check_url};
use crate::api::environments::{self, Environment};
use crate::error::Result;
use crate::events;
use crate::output::render::Row;
use crate::output::Column;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Create,
    Update,
    Delete,
    Unchanged,
}

impl Action {
    pub fn name(self) -> &'static str {
        match self {
            Action::Create => "create",
            Action::Update => "update",
            Action::Delete => "delete",
            Action::Unchanged => "unchanged",
        }
    }
}

/// How a step went once it was tried.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The server confirmed it.
    Done,
    /// A delete answered 404: it was gone already.
    AlreadyGone,
    /// A create answered 409: the webhook was there already.
    Existed,
    /// Not started: the apply was interrupted first.
    NotStarted,
    Failed(String),
}

/// One field that changes: its value now, and in the file.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub field: String,
    pub from: Value,
    pub to: Value,
}

/// One step of the plan, and, once tried, how it went.
#[derive(Debug, Clone)]
pub struct Step {
    pub action: Action,
    /// Shared by the steps of one environment (a 100k-step plan holds each
    /// environment once).
    pub env: Arc<Environment>,
    pub event: String,
    pub url: String,
    pub description: String,
    /// Fields fer does not manage, sent on create.
    pub extra: Map<String, Value>,
    pub id: String,
    /// For an update: what changes.
    pub changes: Vec<Change>,
    pub outcome: Option<Outcome>,
}

impl Step {
    pub fn is_change(&self) -> bool {
        self.action != Action::Unchanged
    }

    /// The label of the ACTION column: the plan's verb, or what happened.
    fn label(&self) -> String {
        match &self.outcome {
            None => self.action.name().to_string(),
            Some(Outcome::Done) => match self.action {
                Action::Create => "created",
                Action::Update => "updated",
                Action::Delete => "deleted",
                Action::Unchanged => "unchanged",
            }
            .to_string(),
            Some(Outcome::AlreadyGone) => "already gone".to_string(),
            Some(Outcome::Existed) => "already there".to_string(),
            Some(Outcome::NotStarted) => format!("{} not started", self.action.name()),
            Some(Outcome::Failed(_)) => format!("{} FAILED", self.action.name()),
        }
    }

    /// `description: "old" → "new"`, for people.
    pub fn changes_text(&self) -> String {
        let show = |v: &Value| match v {
            Value::String(s) => format!("{s:?}"),
            Value::Null => "(none)".to_string(),
            other => other.to_string(),
        };
        self.changes
            .iter()
            .map(|c| format!("{}: {} → {}", c.field, show(&c.from), show(&c.to)))
            .collect::<Vec<_>>()
            .join("; ")
    }
}

impl Serialize for Step {
    /// `{"action","environment","event","url","id"}`, `changes` for an
    /// update, `outcome` and `error` once tried. Values exact.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("action", self.action.name())?;
        m.serialize_entry("environment", &self.env.name)?;
        m.serialize_entry("event", &self.event)?;
        m.serialize_entry("url", &self.url)?;
        m.serialize_entry("id", &Some(&self.id).filter(|i| !i.is_empty()))?;
        if !self.changes.is_empty() {
            let changes: Map<String, Value> = self
                .changes
                .iter()
                .map(|c| (c.field.clone(), json!({"from": c.from, "to": c.to})))
                .collect();
            m.serialize_entry("changes", &changes)?;
        }
        if let Some(o) = &self.outcome {
            let name = match o {
                Outcome::Done => "done",
                Outcome::AlreadyGone => "already_gone",
                Outcome::Existed => "already_there",
                Outcome::NotStarted => "not_started",
                Outcome::Failed(_) => "failed",
            };
            m.serialize_entry("outcome", name)?;
            if let Outcome::Failed(e) = o {
                m.serialize_entry("error", e)?;
            }
        }
        m.end()
    }
}

impl Row for Step {
    fn columns() -> &'static [Column] {
        const COLUMNS: &[Column] = &[
            Column::new("ACTION", 0),
            Column::new("ENVIRONMENT", 0),
            Column::new("EVENT", 0),
            Column::url("URL", 2),
            Column::new("ID", 0),
            Column::text("CHANGES", 1),
        ];
        COLUMNS
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.label(),
            self.env.name.clone(),
            self.event.clone(),
            crate::api::redact_url(&self.url),
            self.id.clone(),
            self.changes_text(),
        ]
    }
    fn id(&self) -> String {
        self.id.clone()
    }
}

/// Resolves the file's entries against the account and plans, in one
/// linear pass. Client-side rules (URL, description, known event) apply to
/// new values only: a value the server holds already is taken as it is, so
/// that `apply` accepts its own `export` of any account. Every problem is
/// reported at once.
pub fn plan(
    entries: &[Entry],
    envs: &[Environment],
    current: &[Webhook],
    prune: bool,
    name: &str,
    mut problems: Vec<String>,
) -> Result<Vec<Step>> {
    // The account's webhooks by (environment id, event, URL).
    let mut index: HashMap<(&str, &str, &str), usize> = HashMap::with_capacity(current.len());
    for (i, w) in current.iter().enumerate() {
        let (env, event, url) = (
            w.get("account_environment_id"),
            w.get("event"),
            w.get("url"),
        );
        if let (Some(Value::String(env)), Some(Value::String(event)), Some(Value::String(url))) =
            (env, event, url)
        {
            index.entry((env, event, url)).or_insert(i);
        }
    }
    let mut steps = Vec::with_capacity(entries.len());
    let shared: HashMap<&str, Arc<Environment>> = envs
        .iter()
        .map(|e| (e.id.as_str(), Arc::new(e.clone())))
        .collect();
    let mut wanted: HashSet<usize> = HashSet::with_capacity(entries.len());
    let mut seen: HashSet<(String, String, String)> = HashSet::with_capacity(entries.len());
    for (n, e) in entries.iter().enumerate() {
        let at = format!("{name}: webhook #{} (line {})", n + 1, e.line);
        if e.broken {
            // Already reported by the parser.
            continue;
        }
        let env = match environments::resolve(envs, &e.environment) {
            Ok(env) => env,
            Err(err) => {
                problems.push(format!("{at}: {}", err.message));
                continue;
            }
        };
        // The event as the server holds it, else its canonical identifier.
        let held = index.get(&(env.id.as_str(), e.event.as_str(), e.url.as_str()));
        let (event, existing) = match held {
            Some(&i) => (e.event.clone(), Some(i)),
            None => match events::find(&e.event) {
                Some(ev) => (
                    ev.id.to_string(),
                    index
                        .get(&(env.id.as_str(), ev.id, e.url.as_str()))
                        .copied(),
                ),
                None => (e.event.clone(), None),
            },
        };
        if !seen.insert((env.id.clone(), event.clone(), e.url.clone())) {
            problems.push(format!(
                "{at}: a second entry for {} {} {}",
                env.name, event, e.url
            ));
            continue;
        }
        let description = e.description.clone().unwrap_or_default();
        let mut step = Step {
            action: Action::Unchanged,
            env: shared[env.id.as_str()].clone(),
            event: event.clone(),
            url: e.url.clone(),
            description: description.clone(),
            extra: e.extra.clone(),
            id: String::new(),
            changes: Vec::new(),
            outcome: None,
        };
        match existing {
            None => {
                step.action = Action::Create;
                if events::find(&event).is_none() {
                    problems.push(format!(
                        "{at}: unknown event '{event}' for a new webhook (`fer events list` shows them)"
                    ));
                }
                if let Err(m) = check_url(&e.url) {
                    problems.push(format!("{at}: {m}"));
                }
                if let Err(m) = check_description(&description) {
                    problems.push(format!("{at}: {m}"));
                }
            }
            Some(i) => {
                wanted.insert(i);
                let w = &current[i];
                step.id = w.id();
                if *w.description() != description {
                    if let Err(m) = check_description(&description) {
                        problems.push(format!("{at}: {m}"));
                    }
                    step.changes.push(Change {
                        field: "description".into(),
                        from: w.get("description").cloned().unwrap_or(Value::Null),
                        to: json!(description),
                    });
                }
                // Only the unmanaged fields the file names are compared.
                for (k, v) in &e.extra {
                    let now = w.get(k).cloned().unwrap_or(Value::Null);
                    if &now != v {
                        step.changes.push(Change {
                            field: k.clone(),
                            from: now,
                            to: v.clone(),
                        });
                    }
                }
                if !step.changes.is_empty() {
                    step.action = Action::Update;
                }
            }
        }
        steps.push(step);
    }
    if !problems.is_empty() {
        // Most useful in the file's order.
        problems.sort_by_key(|p| line_of_problem(p));
        return Err(problems_error(name, problems));
    }
    if prune {
        let named: HashSet<String> = steps.iter().map(|s| s.env.id.clone()).collect();
        for (i, w) in current.iter().enumerate() {
            if wanted.contains(&i) {
                continue;
            }
            let env_id = w.environment_id();
            if !named.contains(env_id.as_ref()) {
                continue;
            }
            // A running `fer webhook listen --public`'s lease is not the file's to prune.
            if crate::commands::webhook::listen::lease::is_live_lease(&w.description()) {
                continue;
            }
            if let Some(env) = envs.iter().find(|e| e.id == *env_id) {
                steps.push(Step {
                    action: Action::Delete,
                    env: shared[env.id.as_str()].clone(),
                    event: w.event().into_owned(),
                    url: w.url().into_owned(),
                    description: w.description().into_owned(),
                    extra: Map::new(),
                    id: w.id(),
                    changes: Vec::new(),
                    outcome: None,
                });
            }
        }
    }
    Ok(steps)
}

/// The entry number of a problem line ("… webhook #12 (line …"), to sort by.
fn line_of_problem(p: &str) -> usize {
    p.split("webhook #")
        .nth(1)
        .and_then(|r| r.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

/// "1 to create, 0 to update, …".
pub fn counts(steps: &[Step]) -> String {
    let n = |a: Action| steps.iter().filter(|s| s.action == a).count();
    format!(
        "{} to create, {} to update, {} to delete, {} unchanged",
        n(Action::Create),
        n(Action::Update),
        n(Action::Delete),
        n(Action::Unchanged)
    )
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

    fn entry(event: &str, url: &str, desc: &str) -> Entry {
        Entry {
            line: 1,
            environment: "production".into(),
            event: event.into(),
            url: url.into(),
            description: Some(desc.into()).filter(|d: &String| !d.is_empty()),
            extra: Map::new(),
            broken: false,
        }
    }

    fn hooks(items: Vec<Value>) -> Vec<Webhook> {
        items
            .into_iter()
            .map(|v| serde_json::from_value(v).unwrap())
            .collect()
    }

    #[test]
    fn plan_creates_updates_prunes_and_leaves_alone() {
        let envs = envs();
        let entries = vec![
            entry("Flag.created", "https://a", "same"),
            entry("flag-removed", "https://a", "new text"),
            entry("Flag.created", "https://new", ""),
        ];
        let current = hooks(vec![
            json!({"id":"w1","account_environment_id":"env-1","event":"Flag.created","url":"https://a","description":"same"}),
            json!({"id":"w2","account_environment_id":"env-1","event":"Flag.removed","url":"https://a","description":"old"}),
            json!({"id":"w3","account_environment_id":"env-1","event":"Flag.removed","url":"https://gone"}),
        ]);
        let actions = |steps: Vec<Step>| -> Vec<(Action, String)> {
            steps.into_iter().map(|s| (s.action, s.id)).collect()
        };
        let steps = plan(&entries, &envs, &current, false, "f", vec![]).unwrap();
        assert_eq!(
            steps[1].changes_text(),
            "description: \"old\" → \"new text\""
        );
        assert_eq!(
            actions(steps),
            vec![
                (Action::Unchanged, "w1".into()),
                (Action::Update, "w2".into()),
                (Action::Create, String::new()),
            ]
        );
        let pruned = actions(plan(&entries, &envs, &current, true, "f", vec![]).unwrap());
        assert_eq!(pruned.last().unwrap(), &(Action::Delete, "w3".to_string()));
    }

    #[test]
    fn server_values_are_taken_as_they_are_new_ones_are_checked() {
        let envs = envs();
        let long = "x".repeat(300);
        let current = hooks(vec![json!({"id": 7, "account_environment_id": "env-1",
            "event": "Feature.toggled", "url": "https://a b", "description": long})]);
        let entries = vec![entry("Feature.toggled", "https://a b", &long)];
        let steps = plan(&entries, &envs, &current, true, "f", vec![]).unwrap();
        assert_eq!(steps.len(), 1);
        assert_eq!(
            (steps[0].action, steps[0].id.as_str()),
            (Action::Unchanged, "7")
        );
        // The same values for a new webhook are refused, all at once.
        let err = plan(&entries, &envs, &[], false, "f", vec![]).unwrap_err();
        assert!(err.message.contains("3 problems"), "{}", err.message);
    }
}
