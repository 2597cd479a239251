//! `fer login`, `fer logout`, `fer auth status`: the credentials.

use std::process::ExitCode;

use serde_json::json;

use crate::api::{environments, Client, Credentials, Secret, DEFAULT_API_URL, DEFAULT_AUTH_URL};
use crate::cli::LoginArgs;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::settings::{SecretSource, Source};

/// A value from the flag, else the env var, else a prompt, else exit 2 naming the flag.
fn value(
    ctx: &Context,
    flag_value: Option<String>,
    from_env: Option<&String>,
    var: &str,
    prompt: &str,
    current: Option<&str>,
    flag: &str,
) -> Result<String> {
    let v = match flag_value.or_else(|| from_env.cloned()) {
        Some(v) => v,
        None if ctx.can_prompt() => {
            ctx.prompter
                .borrow_mut()
                .input(prompt, current, false, &|s: &str| {
                    if s.trim().is_empty() {
                        Err("a value is required".into())
                    } else {
                        Ok(())
                    }
                })?
        }
        None => {
            return Err(Error::missing(
                &prompt.to_ascii_lowercase(),
                &format!("{flag} (or set {var})"),
            ))
        }
    };
    let v = v.trim().to_string();
    if v.is_empty() {
        return Err(Error::usage(format!("{flag} must not be empty")));
    }
    Ok(v)
}

fn read_secret_from_stdin(ctx: &Context) -> Result<String> {
    if ctx.out.io.stdin_tty && ctx.out.io.stderr_tty {
        // Typed, not piped: hide it rather than echo it and wait for EOF.
        return ctx.prompter.borrow_mut().password("Client secret");
    }
    let s = ctx.out.io.read_input("-", "the client secret")?;
    // The secret is the first line; a trailing newline is not part of it.
    let secret = s.lines().next().unwrap_or("").trim().to_string();
    if secret.is_empty() {
        return Err(Error::usage("--client-secret-stdin: stdin was empty"));
    }
    Ok(secret)
}

/// The commands that change the config make no sense in the sandbox.
pub fn not_in_sandbox(ctx: &Context, what: &str) -> Result<()> {
    if ctx.settings.sandbox {
        return Err(Error::usage(format!(
            "{what} is not for the sandbox: it needs no login and reads no config"
        ))
        .with_hint("drop --sandbox (and FER_SANDBOX) to work with a real account"));
    }
    Ok(())
}

pub async fn login(ctx: &Context, args: LoginArgs) -> Result<ExitCode> {
    not_in_sandbox(ctx, "`fer login`")?;
    let name = ctx.settings.profile.clone();
    let given = &ctx.settings.given;
    let mut secret_from_import: Option<String> = None;
    // A malformed config stops here, before anything is asked or written.
    let current = ctx.settings.profile_values()?;
    let mut args = args;
    let mut imported_env = None;
    if args.from_abtasty_cli {
        let home = directories::BaseDirs::new()
            .map(|d| d.home_dir().to_path_buf())
            .ok_or_else(|| Error::usage("cannot find the home directory"))?;
        let imported = crate::abtasty_cli::read(&home, args.name.as_deref())?;
        ctx.out.info(&format!(
            "Importing abtasty-cli's credential '{}' (account {}, client {})",
            imported.name, imported.account_id, imported.client_id
        ));
        args.account_id = args.account_id.or(Some(imported.account_id));
        args.client_id = args.client_id.or(Some(imported.client_id));
        imported_env = imported.environment_id;
        args.secret_command = None;
        secret_from_import = Some(imported.client_secret);
    }
    let account_id = value(
        ctx,
        args.account_id,
        given.account_id.as_ref(),
        "FER_ACCOUNT_ID",
        "Account ID",
        current.account_id.as_deref(),
        "--account-id",
    )?;
    let client_id = value(
        ctx,
        args.client_id,
        given.client_id.as_ref(),
        "FER_CLIENT_ID",
        "Client ID",
        current.client_id.as_deref(),
        "--client-id",
    )?;
    let secret = if let Some(s) = secret_from_import {
        Secret::Value(s)
    } else if let Some(cmd) = &args.secret_command {
        if cmd.trim().is_empty() {
            return Err(Error::usage("--secret-command must not be empty"));
        }
        Secret::Command(cmd.clone())
    } else {
        let s = if args.client_secret_stdin {
            read_secret_from_stdin(ctx)?
        } else if let Some(s) = &given.client_secret {
            s.clone()
        } else if ctx.can_prompt() {
            ctx.prompter.borrow_mut().password("Client secret")?
        } else {
            return Err(Error::missing(
                "the client secret",
                "--client-secret-stdin or --secret-command (or set FER_CLIENT_SECRET)",
            ));
        };
        if s.trim().is_empty() {
            return Err(Error::usage("the client secret must not be empty"));
        }
        Secret::Value(s)
    };

    let opts = ctx.client_options()?;
    let api_url = ctx.settings.api_url()?.clone();
    let auth_url = ctx.settings.auth_url()?.clone();
    let client = Client::new(
        Credentials {
            account_id: account_id.clone(),
            client_id: client_id.clone(),
            secret: secret.clone(),
        },
        opts,
    )?;
    // Check the credentials before anything is saved.
    let token = client.fetch_token().await?;
    client.store_token(&token);
    let environment = match (&args.environment, &imported_env) {
        (Some(wanted), _) => {
            let envs = environments::list(&client).await?;
            Some(environments::resolve(&envs, wanted)?.clone())
        }
        // abtasty-cli's default environment, when the account has it.
        (None, Some(id)) => {
            let envs = environments::list(&client).await?;
            match envs.iter().find(|e| e.id == *id) {
                Some(e) => Some(e.clone()),
                None => {
                    ctx.out.warn(&format!(
                        "abtasty-cli's default environment {id} is not in the account; no default environment set"
                    ));
                    None
                }
            }
        }
        (None, None) => None,
    };

    // Only what login knows is written: the profile's other keys, its
    // comments and their order stay as they are.
    let keep_env = current.account_id.as_deref() == Some(account_id.as_str());
    let base = |u: &url::Url, default: &str| {
        Some(u.to_string()).filter(|s| s.trim_end_matches('/') != default.trim_end_matches('/'))
    };
    ctx.settings.update_config(|c| {
        c.set(&name, "account_id", Some(&account_id));
        c.set(&name, "client_id", Some(&client_id));
        // The secret, or the command that prints it: never both.
        match &secret {
            Secret::Value(v) => {
                c.set(&name, "client_secret", Some(v));
                c.set(&name, "client_secret_command", None);
            }
            Secret::Command(cmd) => {
                c.set(&name, "client_secret_command", Some(cmd));
                c.set(&name, "client_secret", None);
            }
        }
        match (&environment, keep_env) {
            (Some(e), _) => c.set(&name, "environment", Some(&e.id)),
            (None, true) => {}
            (None, false) => c.set(&name, "environment", None),
        }
        c.set(&name, "api_url", base(&api_url, DEFAULT_API_URL).as_deref());
        c.set(
            &name,
            "auth_url",
            base(&auth_url, DEFAULT_AUTH_URL).as_deref(),
        );
        if c.default_profile().is_none() {
            c.set_default_profile(Some(&name));
        }
        Ok(())
    })?;

    let path = ctx.settings.config_path.display().to_string();
    ctx.out.done(
        &json!({
            "profile": name,
            "account_id": account_id,
            "client_id": client_id,
            "environment": environment.as_ref().map(|e| e.id.clone()),
            "config": path,
        }),
        &format!(
            "Logged in to account {account_id} as client {client_id}; profile '{name}' saved in {path}"
        ),
    );
    if let Some(e) = environment {
        ctx.out
            .info(&format!("Default environment: {} ({})", e.name, e.id));
    }
    Ok(ExitCode::SUCCESS)
}

pub fn logout(ctx: &Context) -> Result<ExitCode> {
    not_in_sandbox(ctx, "`fer logout`")?;
    let name = ctx.settings.profile.clone();
    if !ctx.settings.has_profile()? {
        return Err(Error::auth(format!(
            "not logged in: no profile '{name}' in {}",
            ctx.settings.config_path.display()
        )));
    }
    let profile = ctx.settings.profile_values()?;
    ctx.settings.update_config(|c| {
        c.remove_profile(&name);
        if c.default_profile() == Some(name.as_str()) {
            c.set_default_profile(None);
        }
        Ok(())
    })?;
    if let (Some(dir), Some(account), Some(client)) = (
        &ctx.settings.cache_dir,
        &profile.account_id,
        &profile.client_id,
    ) {
        // Every token of the profile's account and client, whatever auth
        // URL or secret it was fetched with.
        crate::cache::remove_tokens(dir, account, client);
    }
    ctx.out.done(
        &json!({"profile": name, "logged_out": true}),
        &format!(
            "Logged out: profile '{name}' removed from {}",
            ctx.settings.config_path.display()
        ),
    );
    Ok(ExitCode::SUCCESS)
}

fn describe_expiry(expiry: Option<Option<u64>>) -> String {
    match expiry {
        None => "none cached".to_string(),
        Some(None) => "cached, does not expire".to_string(),
        Some(Some(at)) => {
            let now = crate::cache::now_unix();
            let when = chrono::DateTime::from_timestamp(at as i64, 0)
                .map(|d| d.format("%Y-%m-%d %H:%M:%S UTC").to_string())
                .unwrap_or_else(|| at.to_string());
            if at > now {
                format!("cached, expires {when} (in {} min)", (at - now) / 60)
            } else {
                format!("cached, expired {when}")
            }
        }
    }
}

pub async fn status(ctx: &Context) -> Result<ExitCode> {
    let name = ctx.settings.profile.clone();
    let path = ctx.settings.config_path.display().to_string();
    let mode =
        crate::files::file_mode(&ctx.settings.config_path).map(|m| format!("{:04o}", m & 0o7777));
    let config_desc = match &mode {
        Some(m) => format!("{path} (mode {m})"),
        None => format!("{path} (not created)"),
    };
    let (creds, source) = match ctx.settings.credentials() {
        Ok(c) => c,
        Err(e) => {
            // People see what was found before the error; scripts get the error.
            let found = [("profile", name.clone()), ("config", config_desc)];
            ctx.out.fields_for_people(&found);
            return Err(e);
        }
    };
    let sources = &ctx.settings.sources;
    let secret_at = match (&source, &creds.secret) {
        _ if ctx.settings.sandbox => "the sandbox's built-in credentials".to_string(),
        (SecretSource::EnvVar, _) => "stored in environment variable FER_CLIENT_SECRET".to_string(),
        (SecretSource::Command, Secret::Command(cmd)) => format!(
            "printed by a command ({}; client_secret_command)",
            crate::api::token::program_name(cmd)
        ),
        _ => format!("stored in config file {path}"),
    };
    let client = ctx.client()?;
    let expiry = client.cached_expiry();
    let check = client.fetch_token().await;
    let valid = match &check {
        Ok(t) => {
            client.store_token(t);
            match &t.scope {
                Some(s) if !s.is_empty() => format!("valid (scopes: {s})"),
                _ => "valid".to_string(),
            }
        }
        Err(e) => format!("refused: {}", e.message),
    };
    let data = json!({
        "profile": name,
        "account_id": creds.account_id,
        "client_id": creds.client_id,
        "secret_source": match source { SecretSource::EnvVar => "env", SecretSource::ConfigFile => "config", SecretSource::Command => "command" },
        "secret_command": match &creds.secret { Secret::Command(c) => Some(crate::api::token::program_name(c)), Secret::Value(_) => None },
        "config": path,
        "config_mode": mode,
        "api_url": crate::api::redact_url(client.api_url.as_str()),
        "auth_url": crate::api::redact_url(client.auth_url.as_str()),
        "token_expires_at": expiry.flatten(),
        "credentials_valid": check.is_ok(),
        "scopes": check.as_ref().ok().and_then(|t| t.scope.clone()),
        "sources": sources
            .named()
            .iter()
            .map(|(k, v)| (k.to_string(), json!(v.tag())))
            .collect::<serde_json::Map<_, _>>(),
    });
    let from = |v: String, s: &Source| format!("{v}  (from {s})");
    let rows = [
        ("profile", from(name, &sources.profile)),
        (
            "account",
            from(creds.account_id.clone(), &sources.account_id),
        ),
        (
            "client id",
            from(creds.client_id.clone(), &sources.client_id),
        ),
        ("client secret", secret_at),
        ("config", from(config_desc, &sources.config)),
        (
            "api",
            from(
                crate::api::redact_url(client.api_url.as_str()),
                &sources.api_url,
            ),
        ),
        (
            "auth",
            from(
                crate::api::redact_url(client.auth_url.as_str()),
                &sources.auth_url,
            ),
        ),
        ("token", describe_expiry(expiry)),
        ("credentials", valid),
    ];
    ctx.out.described(&data, &rows);
    check.map(|_| ExitCode::SUCCESS)
}
