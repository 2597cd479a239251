//! What a command may use: the printer (and its Io: stdout, stderr, stdin),
//! the prompter, the resolved settings, and the API client made on first
//! use (with the environment list it serves, and the sandbox when the
//! client talks to one). Which environments a command works in is
//! `scope`'s; the id memory for completion, `cache`'s; the config file,
//! `settings`'. Commands never read env vars, files or the terminal on
//! their own.

use std::cell::{OnceCell, RefCell};
use std::sync::Arc;

use crate::api::{Client, ClientOptions};
use crate::environments::Environments;
use crate::error::Result;
use crate::output::Printer;
use crate::prompt::Prompter;
use crate::settings::Settings;

pub struct Context {
    pub out: Printer,
    pub prompter: RefCell<Box<dyn Prompter>>,
    pub settings: Settings,
    /// The sandbox the client talks to, if it does (saved at the end).
    pub sandbox: Option<crate::sandbox::Sandbox>,
    /// The lazy client, and the account's environments as it serves them.
    client: OnceCell<Arc<Client>>,
    environments: OnceCell<Environments>,
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
        }
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
        let mut cli = Cli::try_parse_from(argv).unwrap();
        let vars = EnvVars::from_pairs(env.iter().copied());
        crate::settings::env_into(&mut cli.global, &vars).unwrap();
        let (mut io, out, err) = Io::capture();
        io.stdin_tty = can_prompt;
        io.stderr_tty = can_prompt;
        let printer = Printer::new(io, OutputFormat::Table, false);
        let settings = Settings::resolve(
            &cli.global,
            &EnvVars::from_pairs(env.iter().copied()),
            can_prompt,
        )
        .unwrap();
        let ctx = Context::new(settings, printer, Box::new(ScriptedPrompter::new(answers)));
        (ctx, out, err)
    }

    #[test]
    fn prompts_are_off_without_a_terminal_or_with_no_input() {
        assert!(!context(&[], &[], vec![], false).0.can_prompt());
        assert!(context(&[], &[], vec![], true).0.can_prompt());
        assert!(!context(&["--no-input"], &[], vec![], true).0.can_prompt());
    }
}
