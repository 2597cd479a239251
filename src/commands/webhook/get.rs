//! `fer webhook get`.

use std::process::ExitCode;

use super::shared::{find_webhook, id_required, pick_webhooks};
use crate::cli::GetArgs;
use crate::context::Context;
use crate::error::{Error, Kind, Result};

/// One webhook, or several: those found are shown, then a missing one is exit 3.
pub async fn run(ctx: &Context, args: GetArgs) -> Result<ExitCode> {
    if args.ids.is_empty() {
        if !ctx.can_prompt() {
            return Err(id_required());
        }
        let (_, hooks) = pick_webhooks(ctx, args.env.env.as_deref(), false).await?;
        ctx.out.item(&hooks[0]);
        return Ok(ExitCode::SUCCESS);
    }
    if let [id] = args.ids.as_slice() {
        let (_, v) = find_webhook(ctx, id, args.env.env.as_deref()).await?;
        ctx.out.item(&v);
        return Ok(ExitCode::SUCCESS);
    }
    let mut found = Vec::new();
    let mut missing = Vec::new();
    for id in &args.ids {
        match find_webhook(ctx, id, args.env.env.as_deref()).await {
            Ok((_, v)) => found.push(v),
            Err(e) if e.kind == Kind::NotFound => {
                ctx.out.warn(&e.message);
                missing.push(id.as_str());
            }
            Err(e) => return Err(e),
        }
    }
    ctx.out.items(&found);
    if missing.is_empty() {
        Ok(ExitCode::SUCCESS)
    } else {
        Err(Error::not_found(format!(
            "not found: {}",
            missing.join(", ")
        )))
    }
}
