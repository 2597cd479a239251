//! `fer webhook update`: from flags, or on a terminal, field by field.

use std::process::ExitCode;

use fer_contract::wire::{Webhook, WebhookFields};

use super::shared::{
    ask_event, check_description, check_url, find_webhook, id_required, not_found, pick_webhooks,
    url_warning, valid_description_flag, valid_url_flag, with_env,
};
use super::walk::{walk, Questions};
use crate::api::environments::Environment;
use crate::api::webhooks;
use crate::cli::UpdateArgs;
use crate::commands::parse_event;
use crate::context::Context;
use crate::error::{Error, Result};

pub async fn run(ctx: &Context, args: UpdateArgs) -> Result<ExitCode> {
    let mut patch = WebhookFields::default();
    if let Some(e) = &args.event {
        patch.event = Some(parse_event(e)?.id.to_string());
    }
    if let Some(u) = &args.url {
        valid_url_flag(u)?;
        patch.url = Some(u.clone());
    }
    if let Some(d) = &args.description {
        valid_description_flag(d)?;
        patch.description = Some(d.clone());
    }
    let interactive = patch.is_empty() && ctx.can_prompt();
    if patch.is_empty() && !interactive {
        return Err(Error::usage(
            "nothing to update: pass --event, --url or --description",
        ));
    }
    let env_flag = args.env.env.as_deref();
    let (env, id, current) = match &args.id {
        Some(id) => {
            match env_flag {
                // The environment named and the fields given: no need to look first.
                Some(e) if !interactive => (crate::scope::find(ctx, e).await?, id.clone(), None),
                _ => {
                    let (env, hook) = find_webhook(ctx, id, env_flag).await?;
                    (env, id.clone(), Some(hook))
                }
            }
        }
        None if ctx.can_prompt() => {
            let (env, mut hooks) = pick_webhooks(ctx, env_flag, false).await?;
            let hook = hooks.remove(0);
            (env, hook.id(), Some(hook))
        }
        None => return Err(id_required()),
    };
    if interactive {
        let current = current.expect("looked up for the questions");
        let mut q = Update::new(&current, &env);
        walk(ctx, &mut q, "Update this webhook?")?;
        patch = q.patch();
        if patch.is_empty() {
            ctx.out.info("Nothing changed: nothing was sent");
            return Ok(ExitCode::SUCCESS);
        }
    }
    if let Some(w) = patch.url.as_deref().and_then(url_warning) {
        ctx.out.warn(&w);
    }
    let client = ctx.client()?;
    let v = webhooks::update(&client, &env.id, &id, &patch)
        .await?
        .ok_or_else(|| not_found(&id, std::slice::from_ref(&env)))?;
    ctx.out
        .success(&format!("Updated webhook {id} in {}", env.name));
    ctx.out.item(&with_env(v, &env));
    Ok(ExitCode::SUCCESS)
}

/// The update walk's questions: event, URL and description, each with its
/// current value as the default; only what differs goes in the patch.
struct Update<'a> {
    current: &'a Webhook,
    env: &'a Environment,
    event: String,
    url: String,
    description: String,
}

impl<'a> Update<'a> {
    fn new(current: &'a Webhook, env: &'a Environment) -> Self {
        Update {
            current,
            env,
            event: current.event().into_owned(),
            url: current.url().into_owned(),
            description: current.description().into_owned(),
        }
    }

    fn patch(&self) -> WebhookFields {
        let c = self.current;
        WebhookFields {
            event: Some(self.event.clone()).filter(|e| *e != c.event()),
            url: Some(self.url.clone()).filter(|u| *u != c.url()),
            description: Some(self.description.clone()).filter(|d| *d != c.description()),
            ..WebhookFields::default()
        }
    }
}

impl Questions for Update<'_> {
    fn count(&self) -> usize {
        3
    }
    fn asked(&self, _: usize) -> bool {
        true
    }
    fn ask(&mut self, ctx: &Context, i: usize) -> Result<()> {
        match i {
            0 => self.event = ask_event(ctx, Some(&self.event))?.id.to_string(),
            1 => {
                self.url =
                    ctx.prompter
                        .borrow_mut()
                        .input("URL", Some(&self.url), false, &check_url)?
            }
            _ => {
                self.description = ctx.prompter.borrow_mut().input(
                    "Description",
                    Some(&*self.description).filter(|d| !d.is_empty()),
                    true,
                    &check_description,
                )?
            }
        }
        Ok(())
    }
    fn label(&self, i: usize) -> String {
        let (name, value) = match i {
            0 => ("Event", self.event.as_str()),
            1 => ("URL", self.url.as_str()),
            _ => ("Description", self.description.as_str()),
        };
        let value = if value.is_empty() { "(none)" } else { value };
        crate::output::sanitize(&format!("{name:<12}  {value}"), false).into_owned()
    }
    fn nothing_to_do(&self) -> bool {
        self.patch().is_empty()
    }
    fn summary(&self, ctx: &Context) {
        show_changes(ctx, self.env, self.current, &self.patch());
    }
}

/// What changes, old → new, on stderr.
fn show_changes(ctx: &Context, env: &Environment, current: &Webhook, patch: &WebhookFields) {
    ctx.out.note("");
    ctx.out
        .note(&format!("  Webhook {} in {}", current.id(), env.name));
    let rows = [
        ("Event", current.event(), patch.event.as_deref()),
        ("URL", current.url(), patch.url.as_deref()),
        (
            "Description",
            current.description(),
            patch.description.as_deref(),
        ),
    ];
    for (name, old, new) in rows {
        if let Some(new) = new {
            ctx.out.note(&format!("  {name:<12}  {old} → {new}"));
        }
    }
    ctx.out.note("");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::context::tests::context;
    use crate::prompt::Answer;

    fn hook() -> Webhook {
        serde_json::from_value(serde_json::json!({"id": "wh-1", "event": "Flag.created",
            "url": "https://a.example.com", "description": "old"}))
        .unwrap()
    }

    fn env() -> Environment {
        Environment::from_value(serde_json::json!({"id": "e1", "name": "production"})).unwrap()
    }

    fn walked(answers: Vec<Answer>) -> Result<WebhookFields> {
        let (ctx, _, _) = context(&[], &[], answers, true);
        let (hook, env) = (hook(), env());
        let mut q = Update::new(&hook, &env);
        walk(&ctx, &mut q, "Update this webhook?").map(|()| q.patch())
    }

    #[test]
    fn the_walk_keeps_what_is_not_changed() {
        // Enter on every question: the current values, nothing to send
        // (and no summary to confirm).
        let patch = walked(vec![Answer::Default, Answer::Default, Answer::Default]).unwrap();
        assert!(patch.is_empty());
        // A new URL and description; the event stays.
        let patch = walked(vec![
            Answer::Default,
            Answer::Text("https://b.example.com".into()),
            Answer::Text("new".into()),
            Answer::Confirm(true),
        ])
        .unwrap();
        assert_eq!(
            patch,
            WebhookFields {
                event: None,
                url: Some("https://b.example.com".into()),
                description: Some("new".into()),
                ..WebhookFields::default()
            }
        );
    }

    #[test]
    fn esc_steps_back_and_no_offers_to_change_an_answer() {
        let patch = walked(vec![
            Answer::Default,
            Answer::Text("https://wrong.example.com".into()),
            // Esc at the description: the URL again, its answer the default.
            Answer::Back,
            Answer::Text("https://b.example.com".into()),
            Answer::Default,
            // No at the summary: change the description, then yes.
            Answer::Confirm(false),
            Answer::Select(2),
            Answer::Text("changed".into()),
            Answer::Confirm(true),
        ])
        .unwrap();
        assert_eq!(patch.url.as_deref(), Some("https://b.example.com"));
        assert_eq!(patch.description.as_deref(), Some("changed"));
        // Esc at the first question, or "Nothing: cancel", is a cancel.
        let err = walked(vec![Answer::Back]).unwrap_err();
        assert_eq!((err.kind, err.back), (crate::error::Kind::Cancelled, false));
        let err = walked(vec![
            Answer::Default,
            Answer::Text("https://b.example.com".into()),
            Answer::Default,
            Answer::Confirm(false),
            Answer::Select(3),
        ])
        .unwrap_err();
        assert_eq!(err.kind, crate::error::Kind::Cancelled);
    }
}
