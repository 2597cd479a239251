//! The command-line interface: clap types only (docs/interface.md).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

mod values;
mod webhook;

use values::event_arg_parser;
pub use values::{parse_id, parse_seconds, MAX_TIMEOUT_SECS};
pub use webhook::*;

pub use crate::output::{ColorChoice, OutputFormat};

/// The full command, with the help text that is built at run time.
pub fn command() -> clap::Command {
    use clap::CommandFactory;
    Cli::command().after_long_help(after_help())
}

/// The command line as `fer` parses it: the same as [`command`], but a
/// subcommand's help lists only its own options, with a line pointing at
/// `fer --help` for the global ones (as gh does). Completion and the man
/// pages use [`command`], where the global options are everywhere.
pub fn parser() -> clap::Command {
    let mut cmd = command();
    cmd.build();
    let globals: Vec<clap::Id> = cmd
        .get_arguments()
        .filter(|a| a.is_global_set())
        .map(|a| a.get_id().clone())
        .collect();
    // The ones most reached for, of those there are.
    let names: Vec<&str> = [
        "output", "quiet", "verbose", "profile", "sandbox", "no-input",
    ]
    .into_iter()
    .filter(|n| {
        cmd.get_arguments()
            .any(|a| a.is_global_set() && a.get_long() == Some(*n))
    })
    .collect();
    let names: Vec<String> = names.iter().map(|n| format!("--{n}")).collect();
    let pointer = format!(
        "Global options ({}, …) work here too: `fer --help` lists them.",
        names.join(", ")
    );
    hide_globals(cmd, &globals, &pointer)
}

fn hide_globals(mut cmd: clap::Command, globals: &[clap::Id], pointer: &str) -> clap::Command {
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in subs {
        cmd = cmd.mut_subcommand(name, |sub| {
            // In place: a built command's arguments keep their positions.
            let sub = sub.mut_args(|a| {
                if globals.contains(a.get_id()) {
                    a.hide(true)
                } else {
                    a
                }
            });
            hide_globals(sub.after_help(pointer.to_string()), globals, pointer)
        });
    }
    cmd
}

fn after_help() -> String {
    let mut s = String::from(
        "Credentials, highest first: flags, then FER_ACCOUNT_ID, FER_CLIENT_ID, FER_CLIENT_SECRET,\n\
         FER_ENVIRONMENT, then the profile in the config file.\n\nExit codes:\n",
    );
    for r in crate::error::exit_codes() {
        s.push_str(&format!("  {:>3}  {}\n", r.code, r.short));
    }
    s.push_str("(`fer help exit-codes` says what each means)\n");
    s
}

/// Manage AB Tasty Feature Experimentation & Rollout webhooks.
#[derive(Debug, Parser)]
#[command(
    name = "fer",
    version,
    about = "Manage AB Tasty Feature Experimentation & Rollout (FE&R) webhooks",
    long_about = "Manage AB Tasty Feature Experimentation & Rollout (FE&R) webhooks: create, list, \
                  update and delete them, send test deliveries, receive deliveries locally, and keep \
                  an account's webhooks in a file.\n\n\
                  Examples:\n  fer login\n  fer webhook create\n  fer webhook list --all-envs -o json",
    after_help = crate::error::exit_codes_line(),
    disable_help_subcommand = true,
    propagate_version = true,
    max_term_width = 100
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Credentials profile [default: the config's default_profile, else "default"] [env: FER_PROFILE]
    #[arg(
        long,
        global = true,
        value_name = "NAME",
        add = clap_complete::engine::ArgValueCompleter::new(crate::complete::profiles)
    )]
    pub profile: Option<String>,
    /// Config file [default: $XDG_CONFIG_HOME/fer/config.toml] [env: FER_CONFIG]
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Remote Control API base URL [default: https://api.flagship.io/v1] [env: FER_API_URL]
    #[arg(long, global = true, value_name = "URL")]
    pub api_url: Option<String>,
    /// Authentication base URL [default: https://auth.flagship.io] [env: FER_AUTH_URL]
    #[arg(long, global = true, value_name = "URL")]
    pub auth_url: Option<String>,
    /// Output format: table for people, json for scripts [env: FER_OUTPUT]
    #[arg(
        short,
        long,
        global = true,
        value_enum,
        default_value_t = OutputFormat::Table
    )]
    pub output: OutputFormat,
    /// Print only what a script needs (ids), nothing decorative
    #[arg(short, long, global = true)]
    pub quiet: bool,
    /// Log each HTTP request on stderr: method, URL, status, milliseconds
    #[arg(short, long, global = true)]
    pub verbose: bool,
    /// Never prompt (also in force whenever stdin is not a terminal) [env: FER_NO_INPUT]
    #[arg(long, global = true)]
    pub no_input: bool,
    /// When to use colour (NO_COLOR turns it off for auto)
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,
    /// Requests in flight at once in every bounded loop, 1-64 [default: 8]; halved
    /// for the rest of the command on a 429 [env: FER_CONCURRENCY]
    #[arg(
        long,
        global = true,
        value_name = "N",
        value_parser = clap::value_parser!(u16).range(1..=64)
    )]
    pub concurrency: Option<u16>,
    /// Run against the sandbox built into fer: no account, no login [env: FER_SANDBOX=1]
    #[arg(long, global = true)]
    pub sandbox: bool,
    /// The global options given on the command line (their ids): the
    /// others may come from their env var (`settings::env_into`).
    #[arg(skip)]
    pub given: Vec<String>,
    /// The global options whose value came from their env var, for the
    /// sources `auth status` names.
    #[arg(skip)]
    pub from_env: Vec<String>,
}

impl GlobalArgs {
    /// Notes which global options the command line gave.
    pub fn note_sources(&mut self, matches: &clap::ArgMatches) {
        use clap::parser::ValueSource;
        for id in [
            "profile",
            "config",
            "api_url",
            "auth_url",
            "output",
            "no_input",
            "concurrency",
            "sandbox",
        ] {
            if matches!(matches.value_source(id), Some(ValueSource::CommandLine)) {
                self.given.push(id.to_string());
            }
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Store Remote Control API credentials in a profile
    #[command(
        long_about = "Store Remote Control API credentials (account id, client id, client \
        secret) in a profile of the config file. On a terminal it asks for what is missing, the \
        secret hidden. The credentials are checked by fetching a token before anything is saved.\n\n\
        With --secret-command, the profile keeps a command instead of the secret (no secret in \
        the config at all); fer runs it through the shell whenever it needs a new token.\n\n\
        Examples:\n  fer login\n  printf '%s' \"$SECRET\" | fer login --account-id acc-7f3a --client-id abc --client-secret-stdin\n  \
        fer login --account-id acc-7f3a --client-id abc --secret-command 'pass show fer/prod'"
    )]
    Login(LoginArgs),
    /// Remove a profile and its cached token
    #[command(
        long_about = "Remove the profile from the config file and delete its cached token.\n\n\
        Example:\n  fer logout --profile staging"
    )]
    Logout,
    /// Show and check the stored credentials
    #[command(
        subcommand,
        long_about = "Show and check the credentials in force.\n\nExample:\n  fer auth status"
    )]
    Auth(AuthCommand),
    /// Account environments
    #[command(
        subcommand,
        name = "env",
        long_about = "The account's environments (production, staging, …): list them, and set the \
        profile's default.\n\nExamples:\n  fer env list\n  fer env use staging"
    )]
    Env(EnvCommand),
    /// The webhook event catalogue
    #[command(
        subcommand,
        long_about = "The events a webhook can subscribe to, and the body FE&R posts for each.\n\n\
        Examples:\n  fer events list\n  fer events sample flag-created"
    )]
    Events(EventsCommand),
    /// Create, list, change, delete and test webhooks
    #[command(
        subcommand,
        visible_alias = "webhooks",
        long_about = "Create, list, change, delete and test webhooks; receive deliveries locally; keep \
        an account's webhooks in a file.\n\nExamples:\n  fer webhook create\n  fer webhook list --all-envs"
    )]
    Webhook(WebhookCommand),
    /// The sandbox built into fer: trigger events, reset it, show it
    #[command(
        subcommand,
        long_about = "fer carries an emulator of the FE&R API: `--sandbox` (or FER_SANDBOX=1) runs any \
        command against it, with no account and no login. Its state lives in \
        $XDG_DATA_HOME/fer/sandbox.json.\n\n\
        Examples:\n  fer --sandbox webhook create\n  fer webhook listen &  fer sandbox trigger flag-created"
    )]
    Sandbox(SandboxCommand),
    /// Print a completion script for a shell
    #[command(
        long_about = "Print a completion script for bash, zsh, fish, powershell or elvish \
        on stdout.\n\nExamples:\n  fer completions bash > ~/.local/share/bash-completion/completions/fer\n  \
        fer completions zsh > ~/.zfunc/_fer"
    )]
    Completions {
        /// The shell
        #[arg(value_enum)]
        shell: Shell,
    },
    /// Print the man page (roff) on stdout
    #[command(hide = true)]
    Man,
    /// Help on a command, or on a topic: `fer help exit-codes`
    #[command(
        long_about = "Help on a command (`fer help webhook create` is `fer webhook create --help`), \
        or on a topic:\n  exit-codes  what each exit code means"
    )]
    Help {
        /// A command (`webhook create`) or a topic (`exit-codes`)
        #[arg(value_name = "COMMAND|TOPIC")]
        topic: Vec<String>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Shell {
    Bash,
    Zsh,
    Fish,
    Powershell,
    Elvish,
}

#[derive(Debug, Args)]
pub struct LoginArgs {
    /// Account id (FER_ACCOUNT_ID)
    #[arg(long, value_name = "ID")]
    pub account_id: Option<String>,
    /// Client id (FER_CLIENT_ID)
    #[arg(long, value_name = "ID")]
    pub client_id: Option<String>,
    /// Read the client secret from stdin (FER_CLIENT_SECRET is also read)
    #[arg(long, conflicts_with_all = ["secret_command", "from_abtasty_cli"])]
    pub client_secret_stdin: bool,
    /// Keep a command that prints the secret (`pass show fer/prod`), not the secret itself
    #[arg(long, value_name = "CMD", conflicts_with = "from_abtasty_cli")]
    pub secret_command: Option<String>,
    /// Import the credential the vendor's CLI (abtasty-cli) uses, from ~/.abtasty/credentials/fe/
    #[arg(long)]
    pub from_abtasty_cli: bool,
    /// With --from-abtasty-cli: the vendor CLI's credential to import [default: its current one]
    #[arg(long, value_name = "NAME", requires = "from_abtasty_cli")]
    pub name: Option<String>,
    /// Default environment for this profile: id or name
    #[arg(long, value_name = "ENV")]
    pub environment: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum SandboxCommand {
    /// Fire an event: POST its body to every sandbox webhook for it
    #[command(
        long_about = "Fire EVENT in the sandbox, as FE&R would: a real HTTP POST of the event's \
        body to every sandbox webhook subscribed to it (in every environment, or in --env), and a \
        line for each attempt. Exit 5 when a delivery fails.\n\n\
        Examples:\n  fer sandbox trigger flag-created\n  fer sandbox trigger campaign-status-changed --env staging --set campaign_status=paused"
    )]
    Trigger {
        /// Event: identifier (any case), label, or kebab/snake form
        #[arg(value_parser = event_arg_parser())]
        event: String,
        /// Only the webhooks of this environment (id or name)
        #[arg(long, value_name = "ENV", add = clap_complete::engine::ArgValueCompleter::new(crate::complete::environments))]
        env: Option<String>,
        /// Set a top-level field of the body (the value is parsed as JSON when it is JSON)
        #[arg(long = "set", value_name = "KEY=VALUE")]
        set: Vec<String>,
    },
    /// Forget the sandbox's state: the next command starts afresh
    #[command(
        long_about = "Forget the sandbox's state (environments, webhooks): the next sandbox \
        command starts from the seeded production and staging.\n\nExample:\n  fer sandbox reset"
    )]
    Reset,
    /// Where the sandbox lives, its environments and webhooks
    #[command(
        long_about = "Show where the sandbox's state lives, its account, its environments and how \
        many webhooks each has.\n\nExamples:\n  fer sandbox status\n  fer sandbox status -o json"
    )]
    Status,
}

#[derive(Debug, Subcommand)]
pub enum AuthCommand {
    /// Show the profile in use and check its credentials
    #[command(
        long_about = "Show the profile, account, client id (never the secret), where the \
        secret is stored, the config file and its mode, and the cached token's expiry; then check \
        the credentials by fetching a token (exit 4 when they are refused).\n\n\
        Examples:\n  fer auth status\n  fer auth status --profile staging -o json"
    )]
    Status,
}

#[derive(Debug, Subcommand)]
pub enum EnvCommand {
    /// List the account's environments
    #[command(
        visible_alias = "ls",
        long_about = "List the account's environments: ID, NAME, MAIN, PANIC.\n\n\
        Examples:\n  fer env list\n  fer env list -o json"
    )]
    List,
    /// Set the profile's default environment
    #[command(
        long_about = "Set the profile's default environment, by id or name (any case).\n\n\
        Example:\n  fer env use production"
    )]
    Use {
        /// Environment id or name
        #[arg(add = clap_complete::engine::ArgValueCompleter::new(crate::complete::environments))]
        env: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum EventsCommand {
    /// List the events a webhook can subscribe to
    #[command(
        visible_alias = "ls",
        long_about = "List the events a webhook can subscribe to: EVENT, LABEL, DESCRIPTION. \
        EVENT arguments accept the identifier in any case, the label, or a kebab/snake form.\n\n\
        Examples:\n  fer events list\n  fer events list -q"
    )]
    List,
    /// Print the sample delivery body for an event, as JSON
    #[command(
        long_about = "Print the body FE&R posts for EVENT, with sample values, as JSON.\n\n\
        Example:\n  fer events sample campaign-status-changed"
    )]
    Sample {
        /// Event: identifier (any case), label, or kebab/snake form
        #[arg(value_parser = event_arg_parser())]
        event: String,
    },
    /// Print the JSON Schema of an event's delivery body (or of every event's)
    #[command(
        long_about = "Print a JSON Schema (draft 2020-12) of the body FE&R posts for EVENT, or one \
        schema for every event. `required` holds the fields a vendor page documents; each \
        property's description says whether it is documented (and where), inferred, or assumed \
        (chosen by fer, in no vendor source).\n\n\
        Examples:\n  fer events schema campaign-status-changed\n  fer events schema > deliveries.schema.json"
    )]
    Schema {
        /// Event: identifier (any case), label, or kebab/snake form [default: every event]
        #[arg(value_parser = event_arg_parser())]
        event: Option<String>,
    },
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn verify_command_tree() {
        Cli::command().debug_assert();
        command().debug_assert();
    }

    #[test]
    fn global_options_go_before_or_after() {
        let a = Cli::try_parse_from(["fer", "-o", "json", "events", "list"]).unwrap();
        let b = Cli::try_parse_from(["fer", "events", "list", "-o", "json"]).unwrap();
        assert_eq!(a.global.output, OutputFormat::Json);
        assert_eq!(b.global.output, OutputFormat::Json);
    }
}
