//! What a command may use: printer (I/O), prompter, settings, config, API client.
//! Commands never read env vars, files or the terminal on their own.

use std::cell::{OnceCell, RefCell};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use crate::api::environments::{self, Environment};
use crate::api::{self, Client, ClientOptions, Credentials};
use crate::cli::GlobalArgs;
use crate::config::{self, Config, Profile, DEFAULT_PROFILE};
use crate::error::{Error, Result};
use crate::output::Printer;
use crate::prompt::Prompter;

/// A snapshot of the environment variables fer reads, taken once at start.
#[derive(Debug, Clone, Default)]
pub struct EnvVars(BTreeMap<String, String>);

impl EnvVars {
    pub fn from_process() -> Self {
        EnvVars(
            std::env::vars()
                .filter(|(k, _)| k.starts_with("FER_") || k == "NO_COLOR" || k == "TERM")
                .collect(),
        )
    }
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        EnvVars(
            pairs
                .into_iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        )
    }
    /// A variable's value; an empty one counts as unset.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.0
            .get(key)
            .map(String::as_str)
            .filter(|v| !v.is_empty())
    }
}

/// Where the client secret in use comes from, for `fer auth status`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecretSource {
    EnvVar,
    ConfigFile,
}

pub struct Context {
    pub out: Printer,
    pub prompter: RefCell<Box<dyn Prompter>>,
    pub env: EnvVars,
    pub global: GlobalArgs,
    pub config_path: PathBuf,
    pub cache_dir: Option<PathBuf>,
    /// Prompts are allowed: stdin and stderr are terminals and --no-input is off.
    pub can_prompt: bool,
    config: OnceCell<Config>,
    client: OnceCell<Arc<Client>>,
    /// The environment list from the server, fetched at most once a run.
    envs_fresh: tokio::sync::OnceCell<Vec<Environment>>,
    /// The environment list from the cache, read at most once a run.
    envs_cached: OnceCell<Option<Vec<Environment>>>,
}

/// How long a cached environment list is used. A name it does not know is
/// looked up again at once, so a new environment is never missed.
pub const ENVIRONMENTS_MAX_AGE: u64 = 600;

impl Context {
    pub fn new(
        global: GlobalArgs,
        env: EnvVars,
        out: Printer,
        prompter: Box<dyn Prompter>,
    ) -> Result<Context> {
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
        let cache_dir = dirs.as_ref().map(|d| d.cache_dir().to_path_buf());
        let can_prompt = !global.no_input && out.io.stdin_tty && out.io.stderr_tty;
        Ok(Context {
            out,
            prompter: RefCell::new(prompter),
            env,
            global,
            config_path,
            cache_dir,
            can_prompt,
            config: OnceCell::new(),
            client: OnceCell::new(),
            envs_fresh: tokio::sync::OnceCell::new(),
            envs_cached: OnceCell::new(),
        })
    }

    /// The config file as it is on disk (read once; warnings shown once).
    pub fn config(&self) -> Result<&Config> {
        if let Some(c) = self.config.get() {
            return Ok(c);
        }
        let loaded = config::load(&self.config_path)?;
        for w in &loaded.warnings {
            self.out.warn(w);
        }
        Ok(self.config.get_or_init(|| loaded.config))
    }

    /// The profile in use: --profile / FER_PROFILE, else the config's default, else "default".
    pub fn profile_name(&self) -> String {
        if let Some(p) = &self.global.profile {
            return p.clone();
        }
        self.config()
            .ok()
            .and_then(|c| c.default_profile.clone())
            .unwrap_or_else(|| DEFAULT_PROFILE.to_string())
    }

    pub fn profile(&self) -> Result<Option<&Profile>> {
        let name = self.profile_name();
        Ok(self.config()?.profiles.get(&name))
    }

    /// flag or env var (clap merges those) > profile > default.
    pub fn api_url(&self) -> Result<String> {
        self.url(
            self.global.api_url.as_deref(),
            |p| p.api_url.clone(),
            api::DEFAULT_API_URL,
        )
    }

    pub fn auth_url(&self) -> Result<String> {
        self.url(
            self.global.auth_url.as_deref(),
            |p| p.auth_url.clone(),
            api::DEFAULT_AUTH_URL,
        )
    }

    fn url(
        &self,
        given: Option<&str>,
        from_profile: impl Fn(&Profile) -> Option<String>,
        default: &str,
    ) -> Result<String> {
        let u = match given.filter(|s| !s.is_empty()) {
            Some(u) => u.to_string(),
            None => self
                .profile()?
                .and_then(from_profile)
                .unwrap_or_else(|| default.to_string()),
        };
        parse_base_url(&u)?;
        Ok(u)
    }

    /// Credentials: FER_* env vars over the profile, field by field.
    pub fn credentials(&self) -> Result<(Credentials, SecretSource)> {
        let profile = self.profile()?.cloned().unwrap_or_default();
        let pick = |var: &str, from_file: Option<String>| {
            self.env.get(var).map(String::from).or(from_file)
        };
        let account_id = pick("FER_ACCOUNT_ID", profile.account_id);
        let client_id = pick("FER_CLIENT_ID", profile.client_id);
        let (secret, source) = match self.env.get("FER_CLIENT_SECRET") {
            Some(s) => (Some(s.to_string()), SecretSource::EnvVar),
            None => (profile.client_secret, SecretSource::ConfigFile),
        };
        if let Some(s) = &secret {
            self.out.io.secrets.add(s);
        }
        match (account_id, client_id, secret) {
            (Some(account_id), Some(client_id), Some(client_secret)) => Ok((
                Credentials {
                    account_id,
                    client_id,
                    client_secret,
                },
                source,
            )),
            (a, c, s) => {
                let mut missing = Vec::new();
                if a.is_none() {
                    missing.push("account id");
                }
                if c.is_none() {
                    missing.push("client id");
                }
                if s.is_none() {
                    missing.push("client secret");
                }
                Err(Error::auth(format!(
                    "not logged in: profile '{}' has no {}",
                    self.profile_name(),
                    missing.join(", ")
                ))
                .with_hint(
                    "run `fer login`, or set FER_ACCOUNT_ID, FER_CLIENT_ID and FER_CLIENT_SECRET",
                ))
            }
        }
    }

    pub fn client_options(&self) -> Result<ClientOptions> {
        let timeout = self
            .env
            .get("FER_HTTP_TIMEOUT")
            .map(|s| {
                crate::cli::parse_seconds(s)
                    .map(Duration::from_secs_f64)
                    .map_err(|m| Error::usage(format!("FER_HTTP_TIMEOUT: {m}")))
            })
            .transpose()?
            .unwrap_or(Duration::from_secs(30));
        Ok(ClientOptions {
            api_url: parse_base_url(&self.api_url()?)?,
            auth_url: parse_base_url(&self.auth_url()?)?,
            cache_dir: self.cache_dir.clone(),
            log: self.global.verbose.then(|| self.out.io.err.clone()),
            warnings: Some(self.out.io.err.clone()),
            secrets: self.out.io.secrets.clone(),
            timeout,
            connect_timeout: timeout.min(Duration::from_secs(10)),
        })
    }

    /// The API client, made on first use with the credentials in force.
    pub fn client(&self) -> Result<Arc<Client>> {
        if let Some(c) = self.client.get() {
            return Ok(c.clone());
        }
        let (creds, _) = self.credentials()?;
        let client = Arc::new(Client::new(creds, self.client_options()?)?);
        Ok(self.client.get_or_init(|| client).clone())
    }

    /// The account's environments: fetched this run, else cached (for
    /// ENVIRONMENTS_MAX_AGE seconds), else fetched now. Only for finding one
    /// given environment (`find_env`); whatever spans all environments uses
    /// `fresh_environments`, so that a new environment is never left out.
    async fn cached_environments(&self) -> Result<&[Environment]> {
        if let Some(envs) = self.envs_fresh.get() {
            return Ok(envs);
        }
        let cached = self.envs_cached.get_or_init(|| {
            let path = self.environments_cache_path().ok()??;
            config::read_environments(&path, ENVIRONMENTS_MAX_AGE)?
                .into_iter()
                .map(Environment::from_value)
                .collect::<Result<Vec<_>>>()
                .ok()
        });
        match cached {
            Some(envs) => Ok(envs),
            None => self.fresh_environments().await,
        }
    }

    /// The account's environments from the server (once a run), cached for later runs.
    pub async fn fresh_environments(&self) -> Result<&[Environment]> {
        let client = self.client()?;
        let envs = self
            .envs_fresh
            .get_or_try_init(|| async {
                let envs = environments::list(&client).await?;
                if let Ok(Some(path)) = self.environments_cache_path() {
                    // A cache that cannot be written costs a request next time.
                    let _ = config::write_environments(
                        &path,
                        envs.iter().map(|e| e.raw.clone()).collect(),
                    );
                }
                Ok::<_, Error>(envs)
            })
            .await?;
        Ok(envs.as_slice())
    }

    fn environments_cache_path(&self) -> Result<Option<PathBuf>> {
        let Some(dir) = &self.cache_dir else {
            return Ok(None);
        };
        let (creds, _) = self.credentials()?;
        Ok(Some(config::environments_path(
            dir,
            &self.api_url()?,
            &creds.account_id,
            &creds.client_id,
        )))
    }

    /// Whether this run resolved environments from the cache only.
    fn envs_from_cache(&self) -> bool {
        !self.envs_fresh.initialized() && self.envs_cached.get().is_some_and(Option::is_some)
    }

    /// For a 404 from an environment's webhook list or create route, which
    /// means the environment is gone: when it was found in the cache, the
    /// cache may be out of date (an environment deleted and made again), so it
    /// is dropped and the next run asks the server.
    pub fn environment_gone(&self, e: Error) -> Error {
        if e.kind != crate::error::Kind::NotFound || !self.envs_from_cache() {
            return e;
        }
        if let Ok(Some(path)) = self.environments_cache_path() {
            let _ = std::fs::remove_file(path);
        }
        e.with_hint(
            "the environment was found in a cached list, now cleared: run the command again",
        )
    }

    /// An environment by id or name. A name the cached list does not know is
    /// looked up again in a fresh list before it is called unknown.
    pub async fn find_env(&self, input: &str) -> Result<Environment> {
        let envs = self.cached_environments().await?;
        match environments::resolve(envs, input) {
            Ok(e) => Ok(e.clone()),
            Err(_) if !self.envs_fresh.initialized() => {
                let envs = self.fresh_environments().await?;
                environments::resolve(envs, input).cloned()
            }
            Err(e) => Err(e),
        }
    }

    /// The default environment asked for, before resolution: FER_ENVIRONMENT,
    /// else the profile's `environment`.
    pub fn configured_env(&self) -> Result<Option<String>> {
        if let Some(e) = self.env.get("FER_ENVIRONMENT") {
            return Ok(Some(e.to_string()));
        }
        Ok(self.profile()?.and_then(|p| p.environment.clone()))
    }

    /// The environment a command works in (INTERFACE.md): --env, else
    /// FER_ENVIRONMENT, else the profile's, else the account's only one, else
    /// a prompt on a terminal, else exit 2.
    pub async fn resolve_env(&self, flag: Option<&str>) -> Result<Environment> {
        let wanted = match flag {
            Some(f) => Some(f.to_string()),
            None => self.configured_env()?,
        };
        if let Some(w) = wanted {
            return self.find_env(&w).await;
        }
        let envs = self.fresh_environments().await?;
        match envs {
            [] => Err(Error::not_found("the account has no environments")),
            [only] => Ok(only.clone()),
            _ if self.can_prompt => {
                let i = self.pick_env(envs, None)?;
                Ok(envs[i].clone())
            }
            _ => {
                let names: Vec<&str> = envs.iter().map(|e| e.name.as_str()).collect();
                Err(
                    Error::missing("an environment", "--env ENV (or set FER_ENVIRONMENT)").with_hint(format!(
                        "the account has several environments ({}); `fer env use ENV` sets a default",
                        names.join(", ")
                    )),
                )
            }
        }
    }

    /// Asks for an environment from a list; the preselected one is `default`,
    /// else the main one.
    pub fn pick_env(&self, envs: &[Environment], default: Option<&str>) -> Result<usize> {
        let items: Vec<String> = envs
            .iter()
            .map(|e| {
                let main = if e.is_main { "  (main)" } else { "" };
                crate::output::sanitize(&format!("{}  {}{main}", e.name, e.id), false).into_owned()
            })
            .collect();
        let pre = preselected(envs, default);
        self.prompter
            .borrow_mut()
            .select("Environment", &items, pre)
    }

    /// Reads a file the user named, or stdin for `-`.
    pub fn read_input(&self, path: &str, what: &str) -> Result<String> {
        use std::io::Read;
        if path == "-" {
            let mut s = String::new();
            std::io::stdin()
                .read_to_string(&mut s)
                .map_err(|e| Error::failure(format!("cannot read {what} from stdin: {e}")))?;
            Ok(s)
        } else {
            std::fs::read_to_string(path).map_err(|e| {
                let kind = if e.kind() == std::io::ErrorKind::NotFound {
                    crate::error::Kind::Usage
                } else {
                    crate::error::Kind::Failure
                };
                Error::new(kind, format!("cannot read {what} {path}: {e}"))
            })
        }
    }

    /// Changes the config file: reads it afresh, applies `change`, writes it
    /// atomically. Nothing is written when `change` fails.
    /// The file is locked meanwhile: concurrent changes by other `fer`
    /// processes (20 logins at once) are made one after the other, and none
    /// is lost.
    pub fn update_config(&self, change: impl FnOnce(&mut Config) -> Result<()>) -> Result<()> {
        config::with_lock(&self.config_path, || {
            let mut config = config::load(&self.config_path)?.config;
            change(&mut config)?;
            config::save(&self.config_path, &config)
        })
    }
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

/// A base URL must be an absolute http(s) URL.
pub fn parse_base_url(u: &str) -> Result<url::Url> {
    match url::Url::parse(u) {
        Ok(p) if matches!(p.scheme(), "http" | "https") && p.host().is_some() => Ok(p),
        _ => Err(Error::usage(format!(
            "'{}' is not a valid base URL: it must be an absolute http or https URL",
            api::redact_url(u)
        ))),
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::cli::{Cli, OutputFormat};
    use crate::output::{Captured, Io};
    use crate::prompt::{Answer, ScriptedPrompter};
    use clap::Parser;

    /// A context over in-memory streams, a scripted prompter and given env vars.
    pub fn context(
        args: &[&str],
        env: &[(&str, &str)],
        answers: Vec<Answer>,
        can_prompt: bool,
    ) -> (Context, Captured, Captured) {
        let mut argv = vec!["fer"];
        argv.extend_from_slice(args);
        argv.extend_from_slice(&["events", "list"]);
        let cli = Cli::try_parse_from(argv).unwrap();
        let (mut io, out, err) = Io::capture();
        io.stdin_tty = can_prompt;
        io.stderr_tty = can_prompt;
        let printer = Printer {
            io,
            format: OutputFormat::Table,
            quiet: false,
        };
        let ctx = Context::new(
            cli.global,
            EnvVars::from_pairs(env.iter().copied()),
            printer,
            Box::new(ScriptedPrompter::new(answers)),
        )
        .unwrap();
        (ctx, out, err)
    }

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
        assert_eq!(ctx.pick_env(&envs, Some("production")).unwrap(), 2);
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
        let (ctx, _, _) = context(
            &["--config", p],
            &[("FER_CLIENT_SECRET", "s-env")],
            vec![],
            false,
        );
        let (c, source) = ctx.credentials().unwrap();
        assert_eq!(
            (
                c.account_id.as_str(),
                c.client_id.as_str(),
                c.client_secret.as_str()
            ),
            ("acc-file", "id-file", "s-env")
        );
        assert_eq!(source, SecretSource::EnvVar);
        let (ctx, _, _) = context(&["--config", p, "--profile", "other"], &[], vec![], false);
        let err = ctx.credentials().unwrap_err();
        assert_eq!(err.kind, crate::error::Kind::Auth);
        assert!(err.message.contains("profile 'other'"), "{}", err.message);
    }

    #[test]
    fn prompts_are_off_without_a_terminal_or_with_no_input() {
        assert!(!context(&[], &[], vec![], false).0.can_prompt);
        assert!(context(&[], &[], vec![], true).0.can_prompt);
        assert!(!context(&["--no-input"], &[], vec![], true).0.can_prompt);
    }

    #[test]
    fn base_urls_must_be_absolute_http() {
        assert!(parse_base_url("http://127.0.0.1:8080/v1/").is_ok());
        assert!(parse_base_url("https://api.flagship.io/v1").is_ok());
        assert!(parse_base_url("api.flagship.io").is_err());
        assert!(parse_base_url("file:///etc/passwd").is_err());
    }
}
