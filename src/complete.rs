//! Completion of values from what fer keeps locally: environment names and
//! webhook ids (from the caches the last commands wrote), profile names
//! (from the config), and the sandbox's own. Offline and instant: a Tab never
//! sends a request and never waits on the network.
//!
//! The shell asks fer itself (clap_complete's `CompleteEnv`): `fer
//! completions SHELL` prints the few lines that register it.

use std::ffi::OsStr;

use clap::Parser;
use clap_complete::engine::CompletionCandidate;

use crate::cache::{self, KnownWebhook};
use crate::cli::Cli;
use crate::settings::{self, EnvVars, Settings};

/// The settings in force for the shell that asks (env vars and config).
fn settings() -> Option<Settings> {
    let mut cli = Cli::try_parse_from(["fer", "events", "list"]).ok()?;
    let env = EnvVars::from_process();
    crate::settings::env_into(&mut cli.global, &env).ok()?;
    Settings::resolve(&cli.global, &env, false).ok()
}

/// The words of the command line being completed.
fn words() -> Vec<String> {
    std::env::args_os()
        .skip_while(|a| a != "--")
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned())
        .collect()
}

fn sandboxed(words: &[String]) -> bool {
    words.iter().any(|w| w == "--sandbox")
        || EnvVars::from_process()
            .get("FER_SANDBOX")
            .and_then(crate::settings::boolish)
            .unwrap_or(false)
}

/// The value given to `--env` on the line, if any.
fn env_given(words: &[String]) -> Option<String> {
    words.iter().enumerate().find_map(|(i, w)| {
        w.strip_prefix("--env=")
            .map(String::from)
            .or_else(|| (w == "--env").then(|| words.get(i + 1).cloned()).flatten())
    })
}

/// (id, name) of the environments fer knows, and the webhooks.
fn known() -> (Vec<(String, String)>, Vec<KnownWebhook>) {
    let words = words();
    if sandboxed(&words) {
        return sandbox_known();
    }
    let Some(s) = settings() else {
        return (Vec::new(), Vec::new());
    };
    let (Some(dir), Ok((creds, _)), Ok(api)) = (&s.cache_dir, s.credentials(), s.api_url()) else {
        return (Vec::new(), Vec::new());
    };
    let envs = cache::read_environments(
        &cache::environments_path(dir, api.as_str(), &creds.account_id, &creds.client_id),
        u64::MAX,
    )
    .unwrap_or_default()
    .into_iter()
    .filter_map(|v| {
        let id = v.get("id")?.as_str()?.to_string();
        let name = v
            .get("environment")
            .and_then(|n| n.as_str())
            .unwrap_or(&id)
            .to_string();
        Some((id, name))
    })
    .collect();
    let hooks = cache::read_all_webhooks(&cache::webhooks_dir(
        dir,
        api.as_str(),
        &creds.account_id,
        &creds.client_id,
    ));
    (envs, hooks)
}

fn sandbox_known() -> (Vec<(String, String)>, Vec<KnownWebhook>) {
    let Ok(path) = crate::sandbox::state_path(settings::data_dir().as_deref()) else {
        return (Vec::new(), Vec::new());
    };
    let Some(state) = crate::files::read_regular(&path, crate::sandbox::MAX_STATE, "")
        .ok()
        .and_then(|t| serde_json::from_slice::<fer_hub::Snapshot>(&t).ok())
    else {
        return (Vec::new(), Vec::new());
    };
    let envs = state
        .environments
        .iter()
        .map(|e| (e.id.clone(), e.name.clone()))
        .collect();
    let hooks = state
        .environments
        .iter()
        .flat_map(|e| {
            e.webhooks.iter().map(|w| KnownWebhook {
                id: w.id(),
                environment: e.name.clone(),
                event: w.event().to_string(),
                url: w.url().to_string(),
            })
        })
        .collect();
    (envs, hooks)
}

/// Whether a value from a server can be offered to a shell at all: no
/// control, bidi or invisible character (it would act on the terminal, or
/// look like another), no NUL, not empty.
pub fn offerable(v: &str) -> bool {
    !v.is_empty()
        && !v.chars().any(|c| {
            c == '\n'
                || fer_contract::rules::acts_on_terminal(c)
                || fer_contract::rules::invisible(c)
        })
}

/// A value as the shell that asked must receive it. bash inserts what it
/// gets as typed text, so anything but plain characters is single-quoted
/// there (`stag$(touch x)` must stay a name, `*` must not glob); zsh and
/// fish quote what they insert themselves.
fn for_shell(v: String) -> String {
    let plain = |c: char| c.is_ascii_alphanumeric() || "._-/:@%+=,^~".contains(c) || !c.is_ascii();
    // clap_complete clears COMPLETE before asking; bash alone sets this.
    let bash = std::env::var_os("_CLAP_COMPLETE_COMP_TYPE").is_some();
    if !bash || v.chars().all(plain) {
        return v;
    }
    format!("'{}'", v.replace('\'', "'\\''"))
}

/// A candidate for a value, with its help made safe to show.
fn candidate(value: String, help: Option<String>) -> Option<CompletionCandidate> {
    if !offerable(&value) {
        return None;
    }
    let c = CompletionCandidate::new(for_shell(value));
    Some(match help {
        Some(h) => c.help(Some(crate::output::sanitize(&h, false).into_owned().into())),
        None => c,
    })
}

fn starts(current: &OsStr) -> impl Fn(&str) -> bool + '_ {
    move |s: &str| s.starts_with(current.to_string_lossy().as_ref())
}

/// `--env`: environment names (any case is accepted; the name is offered).
pub fn environments(current: &OsStr) -> Vec<CompletionCandidate> {
    let ok = starts(current);
    known()
        .0
        .into_iter()
        .filter(|(_, name)| ok(name))
        .filter_map(|(id, name)| candidate(name, Some(id)))
        .collect()
}

/// Webhook ids: those of `--env` when given, else of every environment.
pub fn webhook_ids(current: &OsStr) -> Vec<CompletionCandidate> {
    let ok = starts(current);
    let env = env_given(&words());
    let (envs, hooks) = known();
    let wanted = |h: &KnownWebhook| match &env {
        None => true,
        Some(e) => {
            h.environment.eq_ignore_ascii_case(e)
                || envs
                    .iter()
                    .any(|(id, name)| id == e && name == &h.environment)
        }
    };
    hooks
        .into_iter()
        .filter(|h| ok(&h.id) && wanted(h))
        .filter_map(|h| {
            let help = format!(
                "{} {} {}",
                h.environment,
                h.event,
                crate::api::redact_url(&h.url)
            );
            candidate(h.id, Some(help))
        })
        .collect()
}

/// `--profile`: the config's profiles.
pub fn profiles(current: &OsStr) -> Vec<CompletionCandidate> {
    let ok = starts(current);
    let Some(s) = settings() else {
        return Vec::new();
    };
    let Ok(loaded) = s.config() else {
        return Vec::new();
    };
    loaded
        .config
        .profiles
        .keys()
        .filter(|p| ok(p))
        .filter_map(|p| candidate(p.clone(), None))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_env_given_on_the_line_is_found() {
        let w = |s: &str| s.split(' ').map(String::from).collect::<Vec<_>>();
        assert_eq!(
            env_given(&w("fer webhook get --env staging wh")),
            Some("staging".into())
        );
        assert_eq!(
            env_given(&w("fer webhook get --env=prod wh")),
            Some("prod".into())
        );
        assert_eq!(env_given(&w("fer webhook get wh")), None);
        assert!(sandboxed(&w("fer --sandbox webhook get")));
    }
}
