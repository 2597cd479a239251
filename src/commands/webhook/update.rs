//! `fer webhook update`: from flags, or on a terminal, field by field.

use std::process::ExitCode;

use fer_contract::wire::{Webhook, WebhookFields};

use super::shared::{
    ask_event, check_description, check_url, find_webhook, id_required, not_found, pick_webhooks,
    url_warning, valid_description_flag, valid_url_flag, with_env,
};
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
                Some(e) if !interactive => (ctx.find_env(e).await?, id.clone(), None),
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
        patch = ask_changes(ctx, &current)?;
        if patch.is_empty() {
            ctx.out.info("Nothing changed: nothing was sent");
            return Ok(ExitCode::SUCCESS);
        }
        show_changes(ctx, &env, &current, &patch);
        if !ctx
            .prompter
            .borrow_mut()
            .confirm("Update this webhook?", true)?
        {
            return Err(Error::cancelled());
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

/// Event, URL and description, each with its current value as the
/// default: only what differs goes in the patch.
fn ask_changes(ctx: &Context, current: &Webhook) -> Result<WebhookFields> {
    let (cur_event, cur_url, cur_desc) = (current.event(), current.url(), current.description());
    let event = ask_event(ctx, Some(&cur_event))?;
    let url = ctx
        .prompter
        .borrow_mut()
        .input("URL", Some(&cur_url), false, &check_url)?;
    let description = ctx.prompter.borrow_mut().input(
        "Description",
        Some(&*cur_desc).filter(|d| !d.is_empty()),
        true,
        &check_description,
    )?;
    Ok(WebhookFields {
        event: Some(event.id.to_string()).filter(|e| *e != cur_event),
        url: Some(url).filter(|u| *u != cur_url),
        description: Some(description).filter(|d| *d != cur_desc),
        ..WebhookFields::default()
    })
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

    #[test]
    fn the_walk_keeps_what_is_not_changed() {
        // Enter on every question: the current values, nothing to send.
        let (ctx, _, _) = context(
            &[],
            &[],
            vec![
                Answer::Select(0),
                Answer::Text(String::new()),
                Answer::Text(String::new()),
            ],
            true,
        );
        assert!(ask_changes(&ctx, &hook()).unwrap().is_empty());
        // A new URL and description; the event stays.
        let (ctx, _, _) = context(
            &[],
            &[],
            vec![
                Answer::Select(0),
                Answer::Text("https://b.example.com".into()),
                Answer::Text("new".into()),
            ],
            true,
        );
        let patch = ask_changes(&ctx, &hook()).unwrap();
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
}
