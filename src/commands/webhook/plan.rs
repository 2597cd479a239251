//! The apply plan: what to create, update and delete so that the account
//! matches the file, and how it is shown.

use std::collections::HashSet;

use fer_contract::wire::Webhook;
use serde::Serialize;

use super::file::Desired;
use crate::api::environments::Environment;
use crate::context::Context;
use crate::output::render::Row;
use crate::output::Fit;

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

    fn past(self) -> &'static str {
        match self {
            Action::Create => "created",
            Action::Update => "updated",
            Action::Delete => "deleted",
            Action::Unchanged => "unchanged",
        }
    }
}

/// One step of the plan, and, once carried out, how it went.
#[derive(Debug, Clone)]
pub struct Step {
    pub action: Action,
    pub env: Environment,
    pub event: String,
    pub url: String,
    pub description: String,
    pub id: String,
    pub error: Option<String>,
    /// Carried out (the table says "created", not "create").
    pub done: bool,
}

impl Serialize for Step {
    /// `{"action","environment","event","url","id"}` (and `error`).
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("action", self.action.name())?;
        m.serialize_entry("environment", &self.env.name)?;
        m.serialize_entry("event", &self.event)?;
        m.serialize_entry("url", &self.url)?;
        m.serialize_entry("id", &Some(&self.id).filter(|i| !i.is_empty()))?;
        if let Some(e) = &self.error {
            m.serialize_entry("error", e)?;
        }
        m.end()
    }
}

impl Row for Step {
    fn headers() -> &'static [&'static str] {
        &["ACTION", "ENVIRONMENT", "EVENT", "URL", "ID"]
    }
    fn fit() -> Fit<'static> {
        Fit {
            shrink: &[3],
            drop: &[],
        }
    }
    fn cells(&self) -> Vec<String> {
        let action = match (&self.error, self.done) {
            (Some(_), _) => format!("{} FAILED", self.action.name()),
            (None, true) => self.action.past().to_string(),
            (None, false) => self.action.name().to_string(),
        };
        vec![
            action,
            self.env.name.clone(),
            self.event.clone(),
            self.url.clone(),
            self.id.clone(),
        ]
    }
    fn id(&self) -> String {
        self.id.clone()
    }
}

/// The plan: what to create, update and (with prune) delete so that the
/// environments named in the file match it.
pub fn plan(
    desired: &[Desired],
    current: &[Webhook],
    envs: &[Environment],
    prune: bool,
) -> Vec<Step> {
    let mut steps = Vec::new();
    let mut wanted = HashSet::new();
    let step =
        |action, env: &Environment, event: &str, url: &str, description: &str, id: String| Step {
            action,
            env: env.clone(),
            event: event.to_string(),
            url: url.to_string(),
            description: description.to_string(),
            id,
            error: None,
            done: false,
        };
    for d in desired {
        wanted.insert((d.env.id.clone(), d.event.to_string(), d.url.clone()));
        let existing = current
            .iter()
            .find(|v| v.environment_id() == d.env.id && v.event() == d.event && v.url() == d.url);
        let (action, id) = match existing {
            None => (Action::Create, String::new()),
            Some(v) if v.description() != d.description => (Action::Update, v.id()),
            Some(v) => (Action::Unchanged, v.id()),
        };
        steps.push(step(action, &d.env, d.event, &d.url, &d.description, id));
    }
    if prune {
        for v in current {
            let key = (
                v.environment_id().to_string(),
                v.event().to_string(),
                v.url().to_string(),
            );
            if !wanted.contains(&key) {
                if let Some(env) = envs.iter().find(|e| e.id == key.0) {
                    steps.push(step(Action::Delete, env, &key.1, &key.2, "", v.id()));
                }
            }
        }
    }
    steps
}

/// The plan or its outcome: a table (stdout), JSON, or nothing with -q.
pub fn print_steps(ctx: &Context, steps: &[Step]) {
    if ctx.out.quiet && !ctx.out.json() {
        return;
    }
    ctx.out.list(steps);
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
    use serde_json::json;

    fn envs() -> Vec<Environment> {
        [("env-1", "production"), ("env-2", "staging")]
            .iter()
            .map(|(id, n)| Environment::from_value(json!({"id": id, "environment": n})).unwrap())
            .collect()
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
        let current: Vec<Webhook> = [
            json!({"id":"w1","account_environment_id":"env-1","event":"Flag.created","url":"https://a","description":"same"}),
            json!({"id":"w2","account_environment_id":"env-1","event":"Flag.removed","url":"https://a","description":"old"}),
            json!({"id":"w3","account_environment_id":"env-1","event":"Flag.removed","url":"https://gone"}),
        ]
        .into_iter()
        .map(|v| serde_json::from_value(v).unwrap())
        .collect();
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
