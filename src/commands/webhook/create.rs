//! `fer webhook create`: the web app's Create flow, on a terminal or from flags.

use std::process::ExitCode;

use fer_contract::wire::{Webhook, WebhookFields};

use super::shared::{
    ask_event, check_description, check_url, create_recovering, env_webhooks, url_warning,
    valid_description_flag, valid_url_flag, with_env,
};
use super::walk::{walk, Questions};
use crate::api::environments::Environment;
use crate::api::webhooks::{self, Created};
use crate::cli::CreateArgs;
use crate::commands::parse_event;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::events::Event;

pub async fn run(ctx: &Context, args: CreateArgs) -> Result<ExitCode> {
    // Every value given is checked before any request is sent.
    let event = args.event.as_deref().map(parse_event).transpose()?;
    if let Some(u) = &args.url {
        valid_url_flag(u)?;
    }
    if let Some(d) = &args.description {
        valid_description_flag(d)?;
    }
    if !ctx.can_prompt() {
        // Every missing value at once, not one a run.
        // Checked before any request: the environment only when another
        // value is missing too (an account with one environment needs none).
        let mut missing: Vec<&str> = Vec::new();
        if event.is_none() {
            missing.push("--event EVENT");
        }
        if args.url.is_none() {
            missing.push("--url URL");
        }
        if !missing.is_empty() && args.env.env.is_none() && ctx.settings.environment()?.is_none() {
            missing.insert(0, "--env ENV");
        }
        if !missing.is_empty() {
            return Err(Error::usage(format!(
                "missing: {} (prompts are off: stdin is not a terminal, or --no-input)",
                missing.join(", ")
            ))
            .with_hint(if ctx.settings.sandbox {
                "in the sandbox the environments are production and staging"
            } else {
                "`fer env list` shows the environments, `fer events list` the events"
            }));
        }
    }

    let (env, event, url, description) = if ctx.can_prompt() {
        let mut q = Create {
            envs: crate::scope::all(ctx).await?.to_vec(),
            env: match args.env.env.as_deref() {
                Some(e) => {
                    Some(crate::scope::one(ctx, Some(e), crate::scope::Unnamed::Default).await?)
                }
                None => None,
            },
            event,
            url: args.url,
            description: args.description,
            asked: [false; 4],
        };
        if q.envs.is_empty() {
            return Err(Error::not_found("the account has no environments"));
        }
        q.asked = [
            q.env.is_none(),
            q.event.is_none(),
            q.url.is_none(),
            q.description.is_none(),
        ];
        if args.yes {
            for i in 0..4 {
                if q.asked[i] {
                    crate::commands::webhook::walk::walk_one(ctx, &mut q, i)?;
                }
            }
        } else {
            walk(ctx, &mut q, "Create this webhook?")?;
        }
        (
            q.env.expect("answered"),
            q.event.expect("answered"),
            q.url.expect("answered"),
            q.description.unwrap_or_default(),
        )
    } else {
        let env =
            crate::scope::one(ctx, args.env.env.as_deref(), crate::scope::Unnamed::Pick).await?;
        (
            env,
            event.expect("checked above"),
            args.url.expect("checked above"),
            args.description.unwrap_or_default(),
        )
    };
    if let Some(w) = url_warning(&url) {
        ctx.out.warn(&w);
    }

    let client = ctx.client()?;
    if args.if_not_exists {
        let existing = env_webhooks(ctx, &env).await?;
        if let Some(v) = existing
            .into_iter()
            .find(|v| v.event() == event.id && v.url() == url)
        {
            ctx.out.info(&format!(
                "A webhook for {} and {url} already exists in {}: {}",
                event.id,
                env.name,
                v.id()
            ));
            ctx.out.item(&v);
            return Ok(ExitCode::SUCCESS);
        }
    }

    let body = WebhookFields {
        event: Some(event.id.to_string()),
        url: Some(url.clone()),
        description: Some(description).filter(|d| !d.is_empty()),
        ..WebhookFields::default()
    };
    match create_recovering(ctx, &client, &env, &body).await? {
        Created::New(v) => {
            ctx.out.success(&format!(
                "Created webhook {} in {} for {}",
                v.id(),
                env.name,
                event.id
            ));
            ctx.out.item(&with_env(*v, &env));
            Ok(ExitCode::SUCCESS)
        }
        Created::Exists(id) if args.if_not_exists => {
            let v = webhooks::get(&client, &env.id, &id)
                .await?
                .unwrap_or_else(|| {
                    let mut w = Webhook::default();
                    w.set("id", serde_json::json!(id));
                    w
                });
            ctx.out.item(&with_env(v, &env));
            Ok(ExitCode::SUCCESS)
        }
        Created::Exists(id) => Err(Error::failure(format!(
            "environment {} already has a webhook for {} and {url}: {id}",
            env.name, event.id
        ))
        .with_hint("--if-not-exists makes this a success that prints the existing webhook")),
    }
}

/// The create walk's questions: environment, event, URL, description.
struct Create {
    envs: Vec<Environment>,
    env: Option<Environment>,
    event: Option<&'static Event>,
    url: Option<String>,
    description: Option<String>,
    asked: [bool; 4],
}

impl Questions for Create {
    fn count(&self) -> usize {
        4
    }
    fn asked(&self, i: usize) -> bool {
        self.asked[i]
    }
    fn ask(&mut self, ctx: &Context, i: usize) -> Result<()> {
        match i {
            0 => {
                let current = self.env.as_ref().map(|e| e.id.clone());
                // The configured default is preselected the first time.
                let pre = match current {
                    Some(c) => Some(c),
                    None => ctx.settings.environment()?,
                };
                let i = crate::scope::pick(ctx, &self.envs, pre.as_deref())?;
                self.env = Some(self.envs[i].clone());
            }
            1 => self.event = Some(ask_event(ctx, self.event.map(|e| e.id))?),
            2 => {
                // In the sandbox, the local receiver (`fer webhook listen`)
                // is the URL that delivers something.
                let default = self.url.as_deref().or(ctx
                    .settings
                    .sandbox
                    .then_some(crate::commands::webhook::replay::DEFAULT_TO));
                let url = ctx
                    .prompter
                    .borrow_mut()
                    .input("URL", default, false, &check_url)?;
                self.url = Some(url);
            }
            _ => {
                let d = ctx.prompter.borrow_mut().input(
                    "Description (optional)",
                    self.description.as_deref().filter(|d| !d.is_empty()),
                    true,
                    &check_description,
                )?;
                self.description = Some(d);
            }
        }
        Ok(())
    }
    fn label(&self, i: usize) -> String {
        let value = match i {
            0 => self.env.as_ref().map(|e| e.name.clone()),
            1 => self.event.map(|e| e.label.to_string()),
            2 => self.url.clone(),
            _ => self.description.clone().filter(|d| !d.is_empty()),
        };
        let name = ["Environment", "Event", "URL", "Description"][i];
        let value = value.unwrap_or_else(|| "(none)".into());
        crate::output::sanitize(&format!("{name:<12}  {value}"), false).into_owned()
    }
    fn summary(&self, ctx: &Context) {
        let (env, event) = (
            self.env.as_ref().expect("asked"),
            self.event.expect("asked"),
        );
        ctx.out.note("");
        ctx.out
            .note(&format!("  Environment:  {} ({})", env.name, env.id));
        ctx.out
            .note(&format!("  Event:        {} ({})", event.label, event.id));
        ctx.out.note(&format!(
            "  URL:          {}",
            self.url.as_deref().unwrap_or("")
        ));
        if let Some(d) = self.description.as_deref().filter(|d| !d.is_empty()) {
            ctx.out.note(&format!("  Description:  {d}"));
        }
        ctx.out.note("");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::context::tests::context;
    use crate::prompt::Answer;

    #[test]
    fn the_event_list_maps_to_the_catalogue() {
        for (i, event) in crate::events::current_events().enumerate() {
            let (ctx, _, _) = context(&[], &[], vec![Answer::Select(i)], true);
            assert_eq!(ask_event(&ctx, None).unwrap().id, event.id);
        }
    }

    #[tokio::test]
    async fn missing_values_without_a_terminal_name_their_flags_before_any_request() {
        // No credentials at all: a request would fail with exit 4, not 2.
        let (ctx, _, _) = context(&[], &[], vec![], false);
        let args = |event: Option<&str>, url: Option<&str>| CreateArgs {
            env: Default::default(),
            event: event.map(String::from),
            url: url.map(String::from),
            description: None,
            if_not_exists: false,
            yes: false,
        };
        let err = run(&ctx, args(None, Some("https://x.example.com")))
            .await
            .unwrap_err();
        assert!(err.message.contains("--event"), "{}", err.message);
        let err = run(&ctx, args(Some("flag-created"), None))
            .await
            .unwrap_err();
        assert!(err.message.contains("--url"), "{}", err.message);
        let err = run(&ctx, args(Some("nope"), Some("https://x.example.com")))
            .await
            .unwrap_err();
        assert_eq!(err.kind, crate::error::Kind::Usage);
    }
}
