//! `fer webhook update`.

use std::process::ExitCode;

use fer_contract::wire::WebhookFields;

use super::shared::{
    locate, not_found, search_envs, url_warning, valid_description_flag, valid_url_flag, with_env,
};
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
        if let Some(w) = url_warning(u) {
            ctx.out.warn(&w);
        }
        patch.url = Some(u.clone());
    }
    if let Some(d) = &args.description {
        valid_description_flag(d)?;
        patch.description = Some(d.clone());
    }
    if patch.is_empty() {
        return Err(Error::usage(
            "nothing to update: pass --event, --url or --description",
        ));
    }
    let envs = search_envs(ctx, args.env.env.as_deref()).await?;
    let env = match envs.as_slice() {
        [one] => one.clone(),
        _ => locate(ctx, &args.id, &envs).await?.0,
    };
    let client = ctx.client()?;
    let v = webhooks::update(&client, &env.id, &args.id, &patch)
        .await?
        .ok_or_else(|| not_found(&args.id, std::slice::from_ref(&env)))?;
    ctx.out
        .success(&format!("Updated webhook {} in {}", args.id, env.name));
    ctx.out.item(&with_env(v, &env));
    Ok(ExitCode::SUCCESS)
}
