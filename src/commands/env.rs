//! `fer env list`, `fer env use`.

use std::process::ExitCode;

use serde_json::json;

use crate::context::Context;
use crate::error::Result;

pub async fn list(ctx: &Context) -> Result<ExitCode> {
    ctx.out.list(crate::scope::all(ctx).await?);
    Ok(ExitCode::SUCCESS)
}

pub async fn use_env(ctx: &Context, wanted: &str) -> Result<ExitCode> {
    super::auth::not_in_sandbox(ctx, "`fer env use`")?;
    let name = ctx.settings.profile.clone();
    let env = crate::scope::find(ctx, wanted).await?;
    ctx.settings.update_config(|c| {
        c.set(&name, "environment", Some(&env.id));
        Ok(())
    })?;
    ctx.out.done(
        &json!({"profile": name, "environment": env.raw}),
        &format!(
            "Default environment of profile '{name}': {} ({})",
            env.name, env.id
        ),
    );
    Ok(ExitCode::SUCCESS)
}
