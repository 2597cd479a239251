//! What a command may use: the printer (I/O), the prompter, the resolved
//! settings, the API client (made on first use) and the environments.
//! Commands never read env vars, files or the terminal on their own.

use std::cell::{OnceCell, RefCell};
use std::sync::Arc;

use crate::api::environments::Environment;
use crate::api::{Client, ClientOptions};
use crate::config::{self, ConfigEdit};
use crate::environments::Environments;
use crate::error::{Error, Result};
use crate::output::Printer;
use crate::prompt::Prompter;
use crate::settings::Settings;

pub struct Context {
    pub out: Printer,
    pub prompter: RefCell<Box<dyn Prompter>>,
    pub settings: Settings,
    /// The sandbox this command runs against, if it does.
    pub sandbox: Option<crate::sandbox::Sandbox>,
    client: OnceCell<Arc<Client>>,
    environments: OnceCell<Environments>,
    /// The command changes something: environment names are confirmed with
    /// the server, never taken from the cache.
    pub writes: bool,
    /// Problems met on the way that did not stop the command (an item the
    /// server sent without a usable id): the command finishes, then fails.
    pub deferred: RefCell<Vec<Error>>,
}

impl Context {
    /// Prompts are allowed: stdin and stderr are terminals, --no-input is off.
    pub fn can_prompt(&self) -> bool {
        self.settings.can_prompt
    }

    pub fn new(settings: Settings, out: Printer, prompter: Box<dyn Prompter>) -> Context {
        if let Ok(loaded) = settings.config() {
            for w in &loaded.warnings {
                out.warn(w);
            }
        }
        Context {
            out,
            prompter: RefCell::new(prompter),
            settings,
            sandbox: None,
            client: OnceCell::new(),
            environments: OnceCell::new(),
            writes: false,
            deferred: RefCell::new(Vec::new()),
        }
    }

    /// Notes a problem that does not stop the command but fails it at the end.
    pub fn defer(&self, e: Error) {
        self.out.warn(&e.message);
        self.deferred.borrow_mut().push(e);
    }

    /// Options for an API client: base URLs, timeouts, where `-v` lines,
    /// warnings and secrets go.
    pub fn client_options(&self) -> Result<ClientOptions> {
        let timeout = self.settings.timeout()?;
        Ok(ClientOptions {
            api_url: self.settings.api_url()?.clone(),
            auth_url: self.settings.auth_url()?.clone(),
            cache_dir: self.settings.cache_dir.clone(),
            log: self.settings.verbose.then(|| self.out.io.err.clone()),
            warnings: Some(self.out.io.err.clone()),
            secrets: self.out.io.secrets.clone(),
            timeout,
            connect_timeout: timeout.min(std::time::Duration::from_secs(10)),
            webhooks_path: self.settings.webhooks_path()?.to_string(),
            concurrency: self.settings.concurrency(),
            secret_timeout: self.settings.secret_timeout()?,
        })
    }

    /// The API client, made on first use with the credentials in force.
    pub fn client(&self) -> Result<Arc<Client>> {
        if let Some(c) = self.client.get() {
            return Ok(c.clone());
        }
        let (creds, _) = self.settings.credentials()?;
        let client = Arc::new(Client::new(creds, self.client_options()?)?);
        Ok(self.client.get_or_init(|| client).clone())
    }

    /// The environments service, for the credentials in force.
    pub fn environments(&self) -> Result<&Environments> {
        if let Some(e) = self.environments.get() {
            return Ok(e);
        }
        let (creds, _) = self.settings.credentials()?;
        let cache = self.settings.cache_dir.as_ref().map(|dir| {
            crate::cache::environments_path(
                dir,
                self.settings.api_url().map(|u| u.as_str()).unwrap_or(""),
                &creds.account_id,
                &creds.client_id,
            )
        });
        Ok(self.environments.get_or_init(|| Environments::new(cache)))
    }

    /// Keeps the webhooks just listed in an environment, for completion of
    /// ids (`--env` and ids complete from local caches only). A cache that
    /// cannot be written costs a completion, nothing more.
    pub fn remember_webhooks(&self, env: &Environment, hooks: &[fer_contract::wire::Webhook]) {
        let s = &self.settings;
        let (Some(dir), Ok((creds, _)), Ok(api)) = (&s.cache_dir, s.credentials(), s.api_url())
        else {
            return;
        };
        let dir =
            crate::cache::webhooks_dir(dir, api.as_str(), &creds.account_id, &creds.client_id);
        // An id no shell can carry safely is never cached for completion.
        let known: Vec<crate::cache::KnownWebhook> = hooks
            .iter()
            .filter(|h| crate::complete::offerable(&h.id()))
            .map(|h| crate::cache::KnownWebhook {
                id: h.id(),
                environment: env.name.clone(),
                event: h.event().to_string(),
                url: h.url().to_string(),
            })
            .collect();
        let _ = crate::cache::write_webhooks(&crate::cache::webhooks_path(&dir, &env.id), &known);
    }

    /// Every environment of the account, from the server.
    pub async fn all_environments(&self) -> Result<&[Environment]> {
        let client = self.client()?;
        self.environments()?.all(&client).await
    }

    /// An environment by id or name.
    pub async fn find_env(&self, input: &str) -> Result<Environment> {
        let client = self.client()?;
        self.environments()?.find(&client, input, self.writes).await
    }

    /// The environment a command works in (docs/interface.md): --env, else
    /// FER_ENVIRONMENT, else the profile's, else the account's only one, else
    /// a prompt on a terminal, else exit 2.
    pub async fn resolve_env(&self, flag: Option<&str>) -> Result<Environment> {
        let wanted = match flag {
            Some(f) => Some(f.to_string()),
            None => self.settings.environment()?,
        };
        if let Some(w) = wanted {
            return self.find_env(&w).await;
        }
        let envs = self.all_environments().await?;
        match envs {
            [] => Err(Error::not_found("the account has no environments")),
            [only] => Ok(only.clone()),
            _ if self.can_prompt() => {
                let i = self.pick_env(envs, None)?;
                Ok(envs[i].clone())
            }
            _ => {
                let names: Vec<&str> = envs.iter().map(|e| e.name.as_str()).collect();
                let hint = if self.settings.sandbox {
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

    /// Asks for an environment from a list; the preselected one is `default`,
    /// else the main one.
    pub fn pick_env(&self, envs: &[Environment], default: Option<&str>) -> Result<usize> {
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
        self.prompter
            .borrow_mut()
            .select("Environment", &items, pre)
    }

    /// Reads a file the user named, or stdin for `-`, as UTF-8 text.
    pub fn read_input(&self, path: &str, what: &str) -> Result<String> {
        let bytes = self.read_input_bytes(path, what)?;
        String::from_utf8(bytes).map_err(|e| {
            Error::usage(format!(
                "{what} {path} is not UTF-8 text (an invalid byte at offset {})",
                e.utf8_error().valid_up_to()
            ))
        })
    }

    /// Reads a file the user named, or stdin for `-`: a regular file (not a
    /// FIFO or a device) of at most MAX_INPUT bytes, else a usage error.
    pub fn read_input_bytes(&self, path: &str, what: &str) -> Result<Vec<u8>> {
        use std::io::Read;
        if path == "-" {
            let mut buf = Vec::new();
            std::io::stdin()
                .take(MAX_INPUT + 1)
                .read_to_end(&mut buf)
                .map_err(|e| Error::failure(format!("cannot read {what} from stdin: {e}")))?;
            if buf.len() as u64 > MAX_INPUT {
                return Err(Error::usage(format!(
                    "{what} on stdin is larger than {} MiB",
                    MAX_INPUT >> 20
                )));
            }
            return Ok(buf);
        }
        crate::files::read_regular(std::path::Path::new(path), MAX_INPUT, what)
    }
    /// Changes the config file in place (comments and order kept), under a
    /// lock; nothing is written when `change` fails.
    pub fn update_config(&self, change: impl FnOnce(&mut ConfigEdit) -> Result<()>) -> Result<()> {
        config::edit(&self.settings.config_path, change)
    }
}

/// The most fer reads of a file the user names (an apply file, a body).
pub const MAX_INPUT: u64 = 256 << 20;

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
pub(crate) mod tests {
    use super::*;
    use crate::cli::{Cli, OutputFormat};
    use crate::output::{Captured, Io};
    use crate::prompt::{Answer, ScriptedPrompter};
    use crate::settings::EnvVars;
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
        let settings = Settings::resolve(
            &cli.global,
            &EnvVars::from_pairs(env.iter().copied()),
            can_prompt,
        )
        .unwrap();
        let ctx = Context::new(settings, printer, Box::new(ScriptedPrompter::new(answers)));
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
    fn prompts_are_off_without_a_terminal_or_with_no_input() {
        assert!(!context(&[], &[], vec![], false).0.can_prompt());
        assert!(context(&[], &[], vec![], true).0.can_prompt());
        assert!(!context(&["--no-input"], &[], vec![], true).0.can_prompt());
    }
}
