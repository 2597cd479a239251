//! Settings, resolved once (flags > env vars > profile > defaults) from the
//! parsed command line, a snapshot of the env vars and the config file, as
//! ripgrep turns its parsed flags into resolved ones. Nothing else in fer
//! reads an env var or the config file to decide anything.

use std::path::PathBuf;
use std::time::Duration;

use url::Url;

use crate::api::{self, Credentials, Secret};
use crate::cli::GlobalArgs;
use crate::config::{self, Loaded, Profile, DEFAULT_PROFILE};
use crate::error::{Error, Result};

/// Every environment variable fer reads: FER_* and the two that say how
/// to print.
pub const VARS: &[&str] = &[
    "FER_PROFILE",
    "FER_CONFIG",
    "FER_API_URL",
    "FER_AUTH_URL",
    "FER_OUTPUT",
    "FER_NO_INPUT",
    "FER_CONCURRENCY",
    "FER_SANDBOX",
    "FER_ACCOUNT_ID",
    "FER_CLIENT_ID",
    "FER_CLIENT_SECRET",
    "FER_ENVIRONMENT",
    "FER_HTTP_TIMEOUT",
    "FER_WEBHOOKS_PATH",
    "FER_SECRET_COMMAND_TIMEOUT",
    "NO_COLOR",
    "TERM",
];

/// The environment variables fer reads, each read at most once, when first
/// asked for (a process start does not copy the whole environment).
#[derive(Debug, Clone)]
pub struct EnvVars {
    values: Vec<std::sync::OnceLock<Option<String>>>,
    from_process: bool,
}

impl Default for EnvVars {
    /// None set.
    fn default() -> Self {
        Self::from_pairs([])
    }
}

impl EnvVars {
    pub fn from_process() -> Self {
        EnvVars {
            values: VARS.iter().map(|_| std::sync::OnceLock::new()).collect(),
            from_process: true,
        }
    }
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let pairs: Vec<(&str, &str)> = pairs.into_iter().collect();
        EnvVars {
            values: VARS
                .iter()
                .map(|name| {
                    let v = pairs
                        .iter()
                        .rev()
                        .find(|(k, _)| k == name)
                        .map(|(_, v)| v.to_string());
                    std::sync::OnceLock::from(v)
                })
                .collect(),
            from_process: false,
        }
    }
    /// A variable's value; an empty one counts as unset. Only the names in
    /// `VARS` are read.
    pub fn get(&self, key: &str) -> Option<&str> {
        debug_assert!(VARS.contains(&key), "{key} is not in settings::VARS");
        let i = VARS.iter().position(|k| *k == key)?;
        let from_process = self.from_process;
        self.values[i]
            .get_or_init(|| {
                from_process
                    .then(|| std::env::var_os(key)?.into_string().ok())
                    .flatten()
            })
            .as_deref()
            .filter(|v| !v.is_empty())
    }
}

/// Where the client secret in use comes from, for `fer auth status`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecretSource {
    EnvVar,
    ConfigFile,
    /// The profile's `client_secret_command`.
    Command,
}

/// Where a resolved value came from, as `fer auth status` says it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A command-line flag, e.g. `--api-url`.
    Flag(&'static str),
    /// An env var, e.g. `FER_API_URL`.
    Env(&'static str),
    /// The profile of the config file, by name.
    Profile(String),
    /// The sandbox's own.
    Sandbox,
    /// fer's default.
    Default,
    /// Nowhere: the value is missing.
    Missing,
}

impl std::fmt::Display for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Source::Flag(flag) => write!(f, "{flag}"),
            Source::Env(var) => write!(f, "{var}"),
            Source::Profile(p) => write!(f, "profile '{p}' of the config file"),
            Source::Sandbox => f.write_str("the sandbox"),
            Source::Default => f.write_str("default"),
            Source::Missing => f.write_str("not set"),
        }
    }
}

impl Source {
    /// A short tag, for JSON: `flag`, `env`, `profile`, `sandbox`, `default`, `missing`.
    pub fn tag(&self) -> String {
        match self {
            Source::Flag(flag) => format!("flag:{flag}"),
            Source::Env(var) => format!("env:{var}"),
            Source::Profile(p) => format!("profile:{p}"),
            Source::Sandbox => "sandbox".into(),
            Source::Default => "default".into(),
            Source::Missing => "missing".into(),
        }
    }
}

/// Where each setting `auth status` shows came from.
#[derive(Debug, Clone)]
pub struct Sources {
    pub profile: Source,
    pub config: Source,
    pub api_url: Source,
    pub auth_url: Source,
    pub account_id: Source,
    pub client_id: Source,
    pub client_secret: Source,
    pub environment: Source,
}

impl Sources {
    /// The settings and their sources, in the order `auth status` shows them.
    pub fn named(&self) -> [(&'static str, &Source); 8] {
        [
            ("profile", &self.profile),
            ("config", &self.config),
            ("api_url", &self.api_url),
            ("auth_url", &self.auth_url),
            ("account_id", &self.account_id),
            ("client_id", &self.client_id),
            ("client_secret", &self.client_secret),
            ("environment", &self.environment),
        ]
    }
}

/// Fills the global options the command line did not give from their
/// FER_* variables (flags > env vars): the one place they are read. A
/// value that does not parse is a usage error naming the variable.
pub fn env_into(global: &mut GlobalArgs, env: &EnvVars) -> Result<()> {
    let given = std::mem::take(&mut global.given);
    // The variable's value, when the command line did not give the option.
    let unset = |id: &str, var: &str| {
        if given.iter().any(|g| g == id) {
            None
        } else {
            env.get(var)
        }
    };
    let bad = |var: &str, v: &str, want: &str| Error::usage(format!("{var}: '{v}' is not {want}"));
    let mut from_env: Vec<String> = Vec::new();
    let mut took = |id: &str| from_env.push(id.to_string());
    if let Some(v) = unset("profile", "FER_PROFILE") {
        global.profile = Some(v.to_string());
        took("profile");
    }
    if let Some(v) = unset("config", "FER_CONFIG") {
        global.config = Some(PathBuf::from(v));
        took("config");
    }
    if let Some(v) = unset("api_url", "FER_API_URL") {
        global.api_url = Some(v.to_string());
        took("api_url");
    }
    if let Some(v) = unset("auth_url", "FER_AUTH_URL") {
        global.auth_url = Some(v.to_string());
        took("auth_url");
    }
    if let Some(v) = unset("output", "FER_OUTPUT") {
        use clap::ValueEnum;
        global.output = crate::cli::OutputFormat::from_str(v, true)
            .map_err(|_| bad("FER_OUTPUT", v, "table or json"))?;
        took("output");
    }
    if let Some(v) = unset("concurrency", "FER_CONCURRENCY") {
        let n: u16 = v
            .parse()
            .ok()
            .filter(|n| (1..=64).contains(n))
            .ok_or_else(|| bad("FER_CONCURRENCY", v, "a number from 1 to 64"))?;
        global.concurrency = Some(n);
        took("concurrency");
    }
    let yes_no = |var: &str, v: &str| {
        boolish(v).ok_or_else(|| bad(var, v, "1 or 0 (true/false, yes/no, on/off)"))
    };
    if let Some(v) = unset("no_input", "FER_NO_INPUT") {
        global.no_input = yes_no("FER_NO_INPUT", v)?;
        took("no_input");
    }
    if let Some(v) = unset("sandbox", "FER_SANDBOX") {
        global.sandbox = yes_no("FER_SANDBOX", v)?;
        took("sandbox");
    }
    global.given = given;
    global.from_env = from_env;
    Ok(())
}

/// A yes/no value as env vars spell it.
pub fn boolish(v: &str) -> Option<bool> {
    match v.to_ascii_lowercase().as_str() {
        "1" | "true" | "t" | "yes" | "y" | "on" => Some(true),
        "0" | "false" | "f" | "no" | "n" | "off" => Some(false),
        _ => None,
    }
}

/// A global option's source: its flag, its env var, else `otherwise`.
fn flag_or_env(
    global: &GlobalArgs,
    id: &str,
    given: bool,
    flag: &'static str,
    var: &'static str,
    otherwise: Source,
) -> Source {
    match (given, global.from_env.iter().any(|e| e == id)) {
        (true, true) => Source::Env(var),
        (true, false) => Source::Flag(flag),
        (false, _) => otherwise,
    }
}

/// Credentials given by env vars (CI), before the profile fills the gaps.
#[derive(Debug, Clone, Default)]
pub struct Given {
    pub account_id: Option<String>,
    pub client_id: Option<String>,
    pub client_secret: Option<String>,
    pub environment: Option<String>,
}

/// Everything a command may know of its surroundings, resolved once. A part
/// that could not be resolved (a malformed config file, a bad URL) is kept
/// as its error, raised only by a command that needs that part.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The profile in use: --profile / FER_PROFILE, else the config's
    /// `default_profile`, else "default".
    pub profile: String,
    pub config_path: PathBuf,
    pub cache_dir: Option<PathBuf>,
    pub data_dir: Option<PathBuf>,
    /// Prompts are allowed: stdin and stderr are terminals and --no-input is off.
    pub can_prompt: bool,
    pub verbose: bool,
    /// Credentials and environment from env vars (in the sandbox, its own).
    pub given: Given,
    /// Running against the sandbox: no config file is read or written.
    pub sandbox: bool,
    /// --sandbox was given (a command that does not open the sandbox for
    /// its whole length, `listen --public`, opens it for each operation).
    pub sandbox_requested: bool,
    /// Where the values came from.
    pub sources: Sources,
    /// The command changes something: environment names are confirmed with
    /// the server, never taken from the cache.
    pub writes: bool,
    config: Result<Loaded>,
    api_url: Result<Url>,
    auth_url: Result<Url>,
    timeout: Result<Duration>,
    /// Where the webhook collection lives under the API base.
    webhooks_path: Result<String>,
    /// Requests in flight at once in every bounded loop.
    concurrency: usize,
    /// How long a secret command may take.
    secret_timeout: Result<Duration>,
}

/// Requests in flight at once when --concurrency / FER_CONCURRENCY do not say.
pub const DEFAULT_CONCURRENCY: usize = 8;

/// The timeout of an API request when FER_HTTP_TIMEOUT does not say.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

impl Settings {
    /// Resolves the settings. `terminal`: stdin and stderr are terminals.
    pub fn resolve(global: &GlobalArgs, env: &EnvVars, terminal: bool) -> Result<Settings> {
        let dirs = directories::ProjectDirs::from("", "", "fer");
        let config_path = match &global.config {
            Some(p) => p.clone(),
            None => dirs
                .as_ref()
                .map(|d| d.config_dir().join("config.toml"))
                .ok_or_else(|| {
                    Error::usage("cannot find a config directory (no home directory)")
                        .with_hint("pass --config FILE or set FER_CONFIG")
                })?,
        };
        let config = config::load(&config_path);
        let file = config.as_ref().ok().map(|l| &l.config);
        let profile = global
            .profile
            .clone()
            .or_else(|| file.and_then(|c| c.default_profile.clone()))
            .unwrap_or_else(|| DEFAULT_PROFILE.to_string());
        let in_profile = |pick: fn(&Profile) -> Option<String>| -> Result<Option<String>> {
            match &config {
                Ok(l) => Ok(l.config.profiles.get(&profile).and_then(pick)),
                Err(e) => Err(e.clone()),
            }
        };
        let base = |given: Option<&str>, pick: fn(&Profile) -> Option<String>, default: &str| {
            let u = match given.filter(|s| !s.is_empty()) {
                Some(u) => u.to_string(),
                None => in_profile(pick)?.unwrap_or_else(|| default.to_string()),
            };
            parse_base_url(&u)
        };
        let api_url = base(
            global.api_url.as_deref(),
            |p| p.api_url.clone(),
            api::DEFAULT_API_URL,
        );
        let auth_url = base(
            global.auth_url.as_deref(),
            |p| p.auth_url.clone(),
            api::DEFAULT_AUTH_URL,
        );
        let timeout = timeout(env);
        let webhooks_path = match env.get("FER_WEBHOOKS_PATH") {
            Some(p) => Ok(p.to_string()),
            None => in_profile(|p| p.webhooks_path.clone())
                .map(|p| p.unwrap_or_else(|| api::DEFAULT_WEBHOOKS_PATH.to_string())),
        }
        .and_then(|p| api::check_webhooks_path(&p).map(|_| p));
        let has = |pick: fn(&Profile) -> Option<String>| in_profile(pick).ok().flatten().is_some();
        let from_profile = |pick: fn(&Profile) -> Option<String>, var: &'static str| {
            if env.get(var).is_some() {
                Source::Env(var)
            } else if has(pick) {
                Source::Profile(profile.clone())
            } else {
                Source::Missing
            }
        };
        let base_source =
            |given: &Option<String>, id, flag, var, pick: fn(&Profile) -> Option<String>| {
                flag_or_env(
                    global,
                    id,
                    given.as_deref().is_some_and(|s| !s.is_empty()),
                    flag,
                    var,
                    if has(pick) {
                        Source::Profile(profile.clone())
                    } else {
                        Source::Default
                    },
                )
            };
        let sources = Sources {
            profile: flag_or_env(
                global,
                "profile",
                global.profile.is_some(),
                "--profile",
                "FER_PROFILE",
                if file.and_then(|c| c.default_profile.as_ref()).is_some() {
                    Source::Profile(profile.clone())
                } else {
                    Source::Default
                },
            ),
            config: flag_or_env(
                global,
                "config",
                global.config.is_some(),
                "--config",
                "FER_CONFIG",
                Source::Default,
            ),
            api_url: base_source(
                &global.api_url,
                "api_url",
                "--api-url",
                "FER_API_URL",
                |p| p.api_url.clone(),
            ),
            auth_url: base_source(
                &global.auth_url,
                "auth_url",
                "--auth-url",
                "FER_AUTH_URL",
                |p| p.auth_url.clone(),
            ),
            account_id: from_profile(|p| p.account_id.clone(), "FER_ACCOUNT_ID"),
            client_id: from_profile(|p| p.client_id.clone(), "FER_CLIENT_ID"),
            client_secret: if env.get("FER_CLIENT_SECRET").is_some() {
                Source::Env("FER_CLIENT_SECRET")
            } else if has(|p| {
                p.client_secret_command
                    .clone()
                    .filter(|c| !c.trim().is_empty())
            }) || has(|p| p.client_secret.clone())
            {
                Source::Profile(profile.clone())
            } else {
                Source::Missing
            },
            environment: from_profile(|p| p.environment.clone(), "FER_ENVIRONMENT"),
        };
        Ok(Settings {
            writes: false,
            sources,
            webhooks_path,
            concurrency: concurrency(global),
            secret_timeout: seconds(env, "FER_SECRET_COMMAND_TIMEOUT"),
            sandbox: false,
            sandbox_requested: global.sandbox,
            profile,
            config_path,
            cache_dir: dirs.as_ref().map(|d| d.cache_dir().to_path_buf()),
            data_dir: dirs.as_ref().map(|d| d.data_dir().to_path_buf()),
            can_prompt: terminal && !global.no_input,
            verbose: global.verbose,
            given: Given {
                account_id: env.get("FER_ACCOUNT_ID").map(String::from),
                client_id: env.get("FER_CLIENT_ID").map(String::from),
                client_secret: env.get("FER_CLIENT_SECRET").map(String::from),
                environment: env.get("FER_ENVIRONMENT").map(String::from),
            },
            config,
            api_url,
            auth_url,
            timeout,
        })
    }

    /// Settings for the sandbox: its URLs and credentials; no config file,
    /// no cache, nothing from FER_ACCOUNT_ID and the like.
    pub fn for_sandbox(
        global: &GlobalArgs,
        env: &EnvVars,
        terminal: bool,
        sandbox: &crate::sandbox::Sandbox,
    ) -> Result<Settings> {
        let creds = sandbox.credentials();
        Ok(Settings {
            writes: false,
            sources: Sources {
                profile: Source::Sandbox,
                config: Source::Sandbox,
                api_url: Source::Sandbox,
                auth_url: Source::Sandbox,
                account_id: Source::Sandbox,
                client_id: Source::Sandbox,
                client_secret: Source::Sandbox,
                environment: Source::Missing,
            },
            sandbox: true,
            sandbox_requested: true,
            profile: "sandbox".into(),
            config_path: sandbox.path().to_path_buf(),
            cache_dir: None,
            data_dir: data_dir(),
            can_prompt: terminal && !global.no_input,
            verbose: global.verbose,
            given: Given {
                account_id: Some(creds.account_id),
                client_id: Some(creds.client_id),
                client_secret: match creds.secret {
                    Secret::Value(v) => Some(v),
                    Secret::Command(_) => None,
                },
                environment: None,
            },
            config: Ok(Loaded::default()),
            api_url: parse_base_url(&sandbox.api_url()),
            auth_url: parse_base_url(&sandbox.auth_url()),
            timeout: timeout(env),
            webhooks_path: Ok(api::DEFAULT_WEBHOOKS_PATH.to_string()),
            concurrency: concurrency(global),
            secret_timeout: Ok(DEFAULT_TIMEOUT),
        })
    }

    /// Where the webhook collection lives: FER_WEBHOOKS_PATH, else the
    /// profile's `webhooks_path`, else the default route.
    pub fn webhooks_path(&self) -> Result<&str> {
        self.webhooks_path.as_deref().map_err(Clone::clone)
    }

    /// How long a secret command may take: FER_SECRET_COMMAND_TIMEOUT, else 30 s.
    pub fn secret_timeout(&self) -> Result<Duration> {
        self.secret_timeout.clone()
    }

    /// Requests in flight at once in every bounded loop.
    pub fn concurrency(&self) -> usize {
        self.concurrency
    }

    /// Changes the config file in place (comments and order kept), under a
    /// lock; nothing is written when `change` fails.
    pub fn update_config(
        &self,
        change: impl FnOnce(&mut crate::config::ConfigEdit) -> Result<()>,
    ) -> Result<()> {
        crate::config::edit(&self.config_path, change)
    }

    /// The config file as it was read, with warnings for the user.
    pub fn config(&self) -> Result<&Loaded> {
        self.config.as_ref().map_err(Clone::clone)
    }

    /// The profile in use as the config file has it (empty when absent).
    pub fn profile_values(&self) -> Result<Profile> {
        Ok(self
            .config()?
            .config
            .profiles
            .get(&self.profile)
            .cloned()
            .unwrap_or_default())
    }

    /// Whether the config file has the profile in use.
    pub fn has_profile(&self) -> Result<bool> {
        Ok(self.config()?.config.profiles.contains_key(&self.profile))
    }

    pub fn api_url(&self) -> Result<&Url> {
        self.api_url.as_ref().map_err(Clone::clone)
    }

    pub fn auth_url(&self) -> Result<&Url> {
        self.auth_url.as_ref().map_err(Clone::clone)
    }

    /// The timeout of one API request.
    pub fn timeout(&self) -> Result<Duration> {
        self.timeout.clone()
    }

    /// The environment asked for by default, before resolution:
    /// FER_ENVIRONMENT, else the profile's `environment`.
    pub fn environment(&self) -> Result<Option<String>> {
        if let Some(e) = &self.given.environment {
            return Ok(Some(e.clone()));
        }
        Ok(self.profile_values()?.environment)
    }

    /// Credentials: FER_* env vars over the profile, field by field.
    pub fn credentials(&self) -> Result<(Credentials, SecretSource)> {
        let profile = self.profile_values()?;
        let account_id = self.given.account_id.clone().or(profile.account_id);
        let client_id = self.given.client_id.clone().or(profile.client_id);
        // FER_CLIENT_SECRET, else the profile's command, else its secret.
        let (secret, source) = match (&self.given.client_secret, profile.client_secret_command) {
            (Some(s), _) => (Some(Secret::Value(s.clone())), SecretSource::EnvVar),
            (None, Some(cmd)) if !cmd.trim().is_empty() => {
                (Some(Secret::Command(cmd)), SecretSource::Command)
            }
            (None, _) => (
                profile.client_secret.map(Secret::Value),
                SecretSource::ConfigFile,
            ),
        };
        match (account_id, client_id, secret) {
            (Some(account_id), Some(client_id), Some(secret)) => Ok((
                Credentials {
                    account_id,
                    client_id,
                    secret,
                },
                source,
            )),
            (a, c, s) => {
                let missing: Vec<&str> = [
                    (a.is_none(), "account id"),
                    (c.is_none(), "client id"),
                    (s.is_none(), "client secret"),
                ]
                .iter()
                .filter(|(gone, _)| *gone)
                .map(|(_, what)| *what)
                .collect();
                Err(Error::auth(format!(
                    "not logged in: profile '{}' has no {}",
                    self.profile,
                    missing.join(", ")
                ))
                .with_hint(
                    "run `fer login`, or set FER_ACCOUNT_ID, FER_CLIENT_ID and FER_CLIENT_SECRET; to try fer without an account, add --sandbox (or set FER_SANDBOX=1)",
                ))
            }
        }
    }
}

/// fer's data directory (`$XDG_DATA_HOME/fer` on Linux): the sandbox's home.
pub fn data_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "fer").map(|d| d.data_dir().to_path_buf())
}

fn concurrency(global: &GlobalArgs) -> usize {
    global
        .concurrency
        .map(usize::from)
        .unwrap_or(DEFAULT_CONCURRENCY)
}

/// The deadline of an API request, retries included: FER_HTTP_TIMEOUT, else 30 s.
fn timeout(env: &EnvVars) -> Result<Duration> {
    seconds(env, "FER_HTTP_TIMEOUT")
}

/// A duration in seconds from an env var, else 30 s.
fn seconds(env: &EnvVars, var: &str) -> Result<Duration> {
    match env.get(var) {
        None => Ok(DEFAULT_TIMEOUT),
        Some(s) => crate::cli::parse_seconds(s)
            .map(Duration::from_secs_f64)
            .map_err(|m| Error::usage(format!("{var}: {m}"))),
    }
}

/// A base URL must be an absolute http(s) URL.
pub fn parse_base_url(u: &str) -> Result<Url> {
    match Url::parse(u) {
        Ok(p) if matches!(p.scheme(), "http" | "https") && p.host().is_some() => Ok(p),
        _ => Err(Error::usage(format!(
            "'{}' is not a valid base URL: it must be an absolute http or https URL",
            api::redact_url(u)
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::Cli;
    use clap::Parser;

    fn settings(args: &[&str], env: &[(&str, &str)]) -> Settings {
        let mut argv = vec!["fer"];
        argv.extend_from_slice(args);
        argv.extend_from_slice(&["events", "list"]);
        let mut cli = Cli::try_parse_from(argv).unwrap();
        let vars = EnvVars::from_pairs(env.iter().copied());
        env_into(&mut cli.global, &vars).unwrap();
        Settings::resolve(&cli.global, &vars, true).unwrap()
    }

    #[test]
    fn env_vars_fill_what_the_command_line_left_and_are_checked() {
        let parse = |args: &[&str]| {
            let mut argv = vec!["fer"];
            argv.extend_from_slice(args);
            argv.extend_from_slice(&["events", "list"]);
            let m = crate::cli::command().try_get_matches_from(argv).unwrap();
            let mut cli = <Cli as clap::FromArgMatches>::from_arg_matches(&m).unwrap();
            cli.global.note_sources(&m);
            cli
        };
        let vars = EnvVars::from_pairs([
            ("FER_OUTPUT", "json"),
            ("FER_API_URL", "http://127.0.0.1:1/v1"),
            ("FER_NO_INPUT", "yes"),
        ]);
        let mut cli = parse(&["--api-url", "http://127.0.0.1:2/v1"]);
        env_into(&mut cli.global, &vars).unwrap();
        assert_eq!(cli.global.output, crate::cli::OutputFormat::Json);
        assert_eq!(cli.global.api_url.as_deref(), Some("http://127.0.0.1:2/v1"));
        assert!(cli.global.no_input);
        assert!(cli.global.from_env.contains(&"output".to_string()));
        assert!(!cli.global.from_env.contains(&"api_url".to_string()));
        // -o table on the line wins over FER_OUTPUT=json.
        let mut cli = parse(&["-o", "table"]);
        env_into(&mut cli.global, &vars).unwrap();
        assert_eq!(cli.global.output, crate::cli::OutputFormat::Table);
        for (var, v) in [
            ("FER_OUTPUT", "xml"),
            ("FER_CONCURRENCY", "65"),
            ("FER_SANDBOX", "maybe"),
        ] {
            let mut cli = parse(&[]);
            let err = env_into(&mut cli.global, &EnvVars::from_pairs([(var, v)])).unwrap_err();
            assert_eq!(err.kind, crate::error::Kind::Usage);
            assert!(err.message.starts_with(var), "{}", err.message);
        }
    }

    #[test]
    fn credentials_take_env_vars_over_the_profile_field_by_field() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(
            &path,
            "[profiles.default]\naccount_id = \"acc-file\"\nclient_id = \"id-file\"\nclient_secret = \"s-file\"\n",
        )
        .unwrap();
        let p = path.to_str().unwrap();
        let s = settings(&["--config", p], &[("FER_CLIENT_SECRET", "s-env")]);
        let (c, source) = s.credentials().unwrap();
        assert_eq!(
            (c.account_id.as_str(), c.client_id.as_str(), &c.secret),
            ("acc-file", "id-file", &Secret::Value("s-env".into()))
        );
        assert_eq!(source, SecretSource::EnvVar);
        let s = settings(&["--config", p, "--profile", "other"], &[]);
        let err = s.credentials().unwrap_err();
        assert_eq!(err.kind, crate::error::Kind::Auth);
        assert!(err.message.contains("profile 'other'"), "{}", err.message);
    }

    #[test]
    fn urls_come_from_flags_then_the_profile_then_defaults() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(
            &path,
            "[profiles.default]\napi_url = \"http://127.0.0.1:1/v1\"\n",
        )
        .unwrap();
        let p = path.to_str().unwrap();
        let s = settings(&["--config", p], &[]);
        assert_eq!(s.api_url().unwrap().as_str(), "http://127.0.0.1:1/v1");
        assert_eq!(s.auth_url().unwrap().as_str(), "https://auth.flagship.io/");
        let s = settings(&["--config", p, "--api-url", "http://127.0.0.1:2/v1"], &[]);
        assert_eq!(s.api_url().unwrap().as_str(), "http://127.0.0.1:2/v1");
        let s = settings(&["--config", p, "--api-url", "file:///etc/passwd"], &[]);
        assert!(s.api_url().is_err());
    }

    #[test]
    fn prompts_are_off_with_no_input() {
        assert!(settings(&[], &[]).can_prompt);
        assert!(!settings(&["--no-input"], &[]).can_prompt);
    }

    #[test]
    fn a_malformed_config_fails_only_what_needs_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(&path, "[profiles.default\n").unwrap();
        let s = settings(&["--config", path.to_str().unwrap()], &[]);
        assert!(s.credentials().is_err());
        assert!(s.api_url().is_err());
        assert!(settings(
            &[
                "--config",
                path.to_str().unwrap(),
                "--api-url",
                "http://h/v1"
            ],
            &[]
        )
        .api_url()
        .is_ok());
    }

    #[test]
    fn base_urls_must_be_absolute_http() {
        assert!(parse_base_url("http://127.0.0.1:8080/v1/").is_ok());
        assert!(parse_base_url("https://api.flagship.io/v1").is_ok());
        assert!(parse_base_url("api.flagship.io").is_err());
        assert!(parse_base_url("file:///etc/passwd").is_err());
    }
}
