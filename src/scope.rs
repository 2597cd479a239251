//! Which environments a command works in, for every verb: one resolver
//! (`resolve`) with the exact-name-first rule (docs/interface.md,
//! "Environments"): one environment (named, the default, the only one, or
//! picked on a terminal), or all of them.

use crate::api::environments::Environment;
use crate::context::Context;
use crate::error::{Error, Result};

/// What the command line names: `--env`, `--all-envs`, or neither.
#[derive(Debug, Clone, Copy, Default)]
pub struct Wanted<'a> {
    pub env: Option<&'a str>,
    pub all: bool,
}

impl<'a> Wanted<'a> {
    pub fn env(env: Option<&'a str>) -> Self {
        Wanted { env, all: false }
    }
}

/// When nothing is named, what the command takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unnamed {
    /// The default, else the account's only one, else a pick on a
    /// terminal, else exit 2 (list, export, test --all, env use…).
    Default,
    /// On a terminal always a pick, the default preselected (create and
    /// the pickers of get/update/delete/test); else as `Default`.
    Pick,
    /// The default, else every environment (looking a webhook up by id).
    DefaultElseAll,
}

/// Resolves what a command works in. `fresh`: the names are confirmed with
/// the server rather than a cache (a file must name environments as they are).
pub async fn resolve(
    ctx: &Context,
    wanted: Wanted<'_>,
    unnamed: Unnamed,
    fresh: bool,
) -> Result<Vec<Environment>> {
    if wanted.all {
        return Ok(all(ctx).await?.to_vec());
    }
    if fresh {
        // Fetched once from the server; what follows resolves against it.
        all(ctx).await?;
    }
    if let Some(name) = wanted.env {
        return Ok(vec![find(ctx, name).await?]);
    }
    let configured = ctx.settings.environment()?;
    match unnamed {
        Unnamed::Pick if ctx.can_prompt() => {
            let envs = all(ctx).await?;
            if envs.is_empty() {
                return Err(Error::not_found("the account has no environments"));
            }
            let i = pick(ctx, envs, configured.as_deref())?;
            Ok(vec![envs[i].clone()])
        }
        Unnamed::DefaultElseAll => match configured {
            Some(c) => Ok(vec![find(ctx, &c).await?]),
            None => Ok(all(ctx).await?.to_vec()),
        },
        Unnamed::Default | Unnamed::Pick => match configured {
            Some(c) => Ok(vec![find(ctx, &c).await?]),
            None => Ok(vec![only_or_pick(ctx).await?]),
        },
    }
}

/// One environment: what `resolve` gives, for the verbs that work in one.
pub async fn one(ctx: &Context, env: Option<&str>, unnamed: Unnamed) -> Result<Environment> {
    let mut envs = resolve(ctx, Wanted::env(env), unnamed, false).await?;
    Ok(envs.remove(0))
}

/// Every environment of the account, from the server (once a command).
pub async fn all(ctx: &Context) -> Result<&[Environment]> {
    let client = ctx.client()?;
    ctx.environments()?.all(&client).await
}

/// An environment by id or name: the exact name first, then any case.
pub async fn find(ctx: &Context, input: &str) -> Result<Environment> {
    let client = ctx.client()?;
    ctx.environments()?
        .find(&client, input, ctx.settings.writes)
        .await
}

/// Nothing named and no default: the account's only environment, else a
/// pick on a terminal, else exit 2 naming them.
async fn only_or_pick(ctx: &Context) -> Result<Environment> {
    let envs = all(ctx).await?;
    match envs {
        [] => Err(Error::not_found("the account has no environments")),
        [only] => Ok(only.clone()),
        _ if ctx.can_prompt() => {
            let i = pick(ctx, envs, None)?;
            Ok(envs[i].clone())
        }
        _ => {
            let names: Vec<&str> = envs.iter().map(|e| e.name.as_str()).collect();
            let hint = if ctx.settings.sandbox {
                // The sandbox keeps no default: `env use` is not for it.
                format!(
                    "the sandbox's environments: {}; pass one with --env",
                    names.join(", ")
                )
            } else {
                format!(
                    "the account has several environments ({}); `fer env use ENV` sets a default",
                    names.join(", ")
                )
            };
            Err(
                Error::missing("an environment", "--env ENV (or set FER_ENVIRONMENT)")
                    .with_hint(hint),
            )
        }
    }
}

/// Asks for an environment from a list (names aligned, ids shown); the
/// preselected one is `default`, else the main one.
pub fn pick(ctx: &Context, envs: &[Environment], default: Option<&str>) -> Result<usize> {
    let names: Vec<String> = envs
        .iter()
        .map(|e| crate::output::sanitize(&e.name, false).into_owned())
        .collect();
    let width = names
        .iter()
        .map(|n| console::measure_text_width(n))
        .max()
        .unwrap_or(0);
    let items: Vec<String> = envs
        .iter()
        .zip(&names)
        .map(|(e, name)| {
            let main = if e.is_main { "  (main)" } else { "" };
            let pad = " ".repeat(width - console::measure_text_width(name));
            let id = crate::output::sanitize(&e.id, false);
            format!("{name}{pad}  {id}{main}")
        })
        .collect();
    let pre = preselected(envs, default);
    ctx.prompter.borrow_mut().select("Environment", &items, pre)
}

/// The environment a list starts on: `default`, else the main one, else the first.
pub fn preselected(envs: &[Environment], default: Option<&str>) -> usize {
    default
        .and_then(|d| {
            envs.iter()
                .position(|e| e.id == d || e.name.eq_ignore_ascii_case(d))
        })
        .or_else(|| envs.iter().position(|e| e.is_main))
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::context::tests::context;
    use crate::prompt::Answer;

    fn envs() -> Vec<Environment> {
        [
            ("env-1", "production", false),
            ("env-2", "staging", true),
            ("env-3", "qa", false),
        ]
        .iter()
        .map(|(id, n, main)| {
            Environment::from_value(
                serde_json::json!({"id": id, "environment": n, "is_main": main}),
            )
            .unwrap()
        })
        .collect()
    }

    #[test]
    fn the_environment_list_preselects_the_default_else_the_main_one() {
        let envs = envs();
        assert_eq!(preselected(&envs, Some("PRODUCTION")), 0);
        assert_eq!(preselected(&envs, Some("env-3")), 2);
        assert_eq!(preselected(&envs, None), 1, "staging is the main one");
        assert_eq!(preselected(&envs, Some("gone")), 1);
        assert_eq!(preselected(&[], None), 0);
        // What is picked is what the prompter answers.
        let (ctx, _, _) = context(&[], &[], vec![Answer::Select(2)], true);
        assert_eq!(pick(&ctx, &envs, Some("production")).unwrap(), 2);
    }
}
