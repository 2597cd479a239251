//! `fer env list`, `fer env use`.

use std::process::ExitCode;

use serde_json::{json, Value};

use crate::context::Context;
use crate::error::Result;
use crate::output::Fit;

pub async fn list(ctx: &Context) -> Result<ExitCode> {
    let envs = ctx.fresh_environments().await?;
    if ctx.out.json() {
        ctx.out
            .print_json(&Value::Array(envs.iter().map(|e| e.raw.clone()).collect()));
    } else if ctx.out.quiet {
        for e in envs {
            ctx.out.data(&e.id);
        }
    } else {
        let yes_no = |b: bool| if b { "yes" } else { "no" }.to_string();
        ctx.out.table(
            &["ID", "NAME", "MAIN", "PANIC"],
            Fit::default(),
            envs.iter()
                .map(|e| {
                    vec![
                        e.id.clone(),
                        e.name.clone(),
                        yes_no(e.is_main),
                        yes_no(e.panic),
                    ]
                })
                .collect(),
        );
    }
    Ok(ExitCode::SUCCESS)
}

pub async fn use_env(ctx: &Context, wanted: &str) -> Result<ExitCode> {
    let name = ctx.profile_name();
    let env = ctx.find_env(wanted).await?;
    ctx.update_config(|c| {
        c.profiles.entry(name.clone()).or_default().environment = Some(env.id.clone());
        Ok(())
    })?;
    if ctx.out.json() {
        ctx.out
            .print_json(&json!({"profile": name, "environment": env.raw}));
    } else {
        ctx.out.success(&format!(
            "Default environment of profile '{name}': {} ({})",
            env.name, env.id
        ));
    }
    Ok(ExitCode::SUCCESS)
}
