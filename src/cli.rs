//! The command-line interface: clap types only (INTERFACE.md).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::events;

/// The full command, with the help text that is built at run time.
pub fn command() -> clap::Command {
    use clap::CommandFactory;
    Cli::command().after_long_help(after_help())
}

fn after_help() -> String {
    let mut s = String::from(
        "Credentials, highest first: flags, then FER_ACCOUNT_ID, FER_CLIENT_ID, FER_CLIENT_SECRET,\n\
         FER_ENVIRONMENT, then the profile in the config file.\n\nExit codes:\n",
    );
    for (code, _, meaning) in crate::error::EXIT_CODES {
        s.push_str(&format!("  {code:>3}  {meaning}\n"));
    }
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
    after_help = "Exit codes: 0 ok, 1 failure, 2 usage, 3 not found, 4 auth, 5 delivery failed, 130 cancelled (--help for more)",
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
    /// Credentials profile [default: the config's default_profile, else "default"]
    #[arg(
        long,
        global = true,
        env = "FER_PROFILE",
        hide_env_values = true,
        value_name = "NAME"
    )]
    pub profile: Option<String>,
    /// Config file [default: $XDG_CONFIG_HOME/fer/config.toml]
    #[arg(
        long,
        global = true,
        env = "FER_CONFIG",
        hide_env_values = true,
        value_name = "FILE"
    )]
    pub config: Option<PathBuf>,
    /// Remote Control API base URL [default: https://api.flagship.io/v1]
    #[arg(
        long,
        global = true,
        env = "FER_API_URL",
        hide_env_values = true,
        value_name = "URL"
    )]
    pub api_url: Option<String>,
    /// Authentication base URL [default: https://auth.flagship.io]
    #[arg(
        long,
        global = true,
        env = "FER_AUTH_URL",
        hide_env_values = true,
        value_name = "URL"
    )]
    pub auth_url: Option<String>,
    /// Output format: table for people, json for scripts
    #[arg(
        short,
        long,
        global = true,
        env = "FER_OUTPUT", hide_env_values = true,
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
    /// Never prompt (also in force whenever stdin is not a terminal)
    #[arg(long, global = true, env = "FER_NO_INPUT", hide_env_values = true)]
    pub no_input: bool,
    /// When to use colour (NO_COLOR turns it off for auto)
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    Table,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Store Remote Control API credentials in a profile
    #[command(
        long_about = "Store Remote Control API credentials (account id, client id, client \
        secret) in a profile of the config file. On a terminal it asks for what is missing, the \
        secret hidden. The credentials are checked by fetching a token before anything is saved.\n\n\
        Examples:\n  fer login\n  printf '%s' \"$SECRET\" | fer login --account-id acc-7f3a --client-id abc --client-secret-stdin"
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
    #[arg(long)]
    pub client_secret_stdin: bool,
    /// Default environment for this profile: id or name
    #[arg(long, value_name = "ENV")]
    pub environment: Option<String>,
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
}

/// A webhook id as the user gives it: one that a URL would resolve away
/// (`.`, `..`) or that holds control characters can name no webhook.
pub fn parse_id(s: &str) -> Result<String, String> {
    if !crate::api::usable_id(s.trim()) {
        return Err(format!("'{s}' is not a webhook id"));
    }
    if s.chars().any(char::is_control) {
        return Err("a webhook id holds no control characters".into());
    }
    Ok(s.trim().to_string())
}

/// The longest wait fer accepts for a timeout, in seconds.
pub const MAX_TIMEOUT_SECS: f64 = 3600.0;

/// A number of seconds for a timeout: more than 0, at most an hour.
pub fn parse_seconds(s: &str) -> Result<f64, String> {
    match s.trim().parse::<f64>() {
        Ok(t) if t.is_finite() && t > 0.0 && t <= MAX_TIMEOUT_SECS => Ok(t),
        _ => Err(format!(
            "'{s}' is not a timeout: give a number of seconds, more than 0 and at most {MAX_TIMEOUT_SECS}"
        )),
    }
}

/// Event argument: accepts every form, completes the identifiers.
fn event_arg_parser() -> clap::builder::ValueParser {
    clap::builder::ValueParser::new(EventParser)
}

#[derive(Clone)]
struct EventParser;

impl clap::builder::TypedValueParser for EventParser {
    type Value = String;
    fn parse_ref(
        &self,
        _cmd: &clap::Command,
        _arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<String, clap::Error> {
        Ok(value.to_string_lossy().into_owned())
    }
    fn possible_values(
        &self,
    ) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new(events::EVENTS.iter().map(|e| {
            clap::builder::PossibleValue::new(e.id).help(e.label)
        })))
    }
}

#[derive(Debug, Args, Clone, Default)]
pub struct EnvSelect {
    /// Environment: id or name (any case) [env: FER_ENVIRONMENT]
    #[arg(long, value_name = "ENV")]
    pub env: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum WebhookCommand {
    /// Create a webhook (interactive on a terminal)
    #[command(
        long_about = "Create a webhook: the web app's Create flow. On a terminal it asks, in \
        order, for what is missing: environment, event, URL, description; shows a summary and asks \
        to confirm. In scripts, give every value as a flag.\n\n\
        Examples:\n  fer webhook create\n  fer webhook create --env production --event campaign-status-changed \\\n    \
        --url https://hooks.example.com/abtasty --description 'Slack relay' --yes"
    )]
    Create(CreateArgs),
    /// List webhooks
    #[command(
        visible_alias = "ls",
        long_about = "List the webhooks of one environment, or of all of them.\n\n\
        Examples:\n  fer webhook list --env production\n  fer webhook list --all-envs --event flag-created -o json"
    )]
    List(ListArgs),
    /// Show one webhook
    #[command(
        long_about = "Show one webhook. Without --env it is looked up in the default \
        environment, or across all environments when no default is set.\n\n\
        Examples:\n  fer webhook get wh-1a2b3c\n  fer webhook get wh-1a2b3c --env staging -o json"
    )]
    Get {
        /// Webhook ids
        #[arg(required = true, value_parser = parse_id)]
        ids: Vec<String>,
        #[command(flatten)]
        env: EnvSelect,
    },
    /// Change a webhook's event, URL or description
    #[command(
        long_about = "Change the given fields of a webhook; the others stay as they are.\n\n\
        Example:\n  fer webhook update wh-1a2b3c --description 'Slack relay (ops)'"
    )]
    Update(UpdateArgs),
    /// Delete webhooks
    #[command(
        visible_alias = "rm",
        long_about = "Delete one or more webhooks. Asks y/N on a terminal unless --yes; without a \
        terminal and without --yes nothing is deleted (exit 2).\n\n\
        Example:\n  fer webhook delete wh-1a2b3c wh-4d5e6f --yes"
    )]
    Delete {
        /// Webhook ids
        #[arg(required = true, value_parser = parse_id)]
        ids: Vec<String>,
        #[command(flatten)]
        env: EnvSelect,
        /// Do not ask for confirmation
        #[arg(short, long)]
        yes: bool,
    },
    /// Send a sample delivery to a webhook's URL and report what came back
    #[command(
        long_about = "Send one sample delivery (the body FE&R posts for the event) to a \
        webhook's URL, or to --url, and report the status, the time taken and the start of the \
        response body. Exit 5 when the delivery fails. Needs no credentials with --url.\n\n\
        Examples:\n  fer webhook test wh-1a2b3c\n  fer webhook test --url http://127.0.0.1:8787 --event flag-created --set flag_name=beta"
    )]
    Test(TestArgs),
    /// Receive deliveries on 127.0.0.1 and print them
    #[command(
        long_about = "Run a local receiver on 127.0.0.1 that prints each delivery as it \
        arrives. Point a webhook (or `fer webhook test`) at it while you build your endpoint.\n\n\
        Examples:\n  fer webhook listen\n  fer webhook listen --port 0 --forward-to http://127.0.0.1:3000/hooks"
    )]
    Listen(ListenArgs),
    /// Make the account's webhooks match a file
    #[command(
        long_about = "Make the account's webhooks match a TOML file of [[webhook]] entries \
        (environment, event, url, description). Creates what is missing, updates descriptions that \
        differ and, with --prune, deletes the webhooks of the named environments that the file \
        does not list.\n\n\
        Examples:\n  fer webhook apply -f webhooks.toml --dry-run\n  fer webhook apply -f webhooks.toml --prune"
    )]
    Apply(ApplyArgs),
    /// Print the current webhooks in the apply file format
    #[command(
        long_about = "Print the current webhooks as a file that `fer webhook apply` accepts \
        unchanged.\n\nExample:\n  fer webhook export --all-envs > webhooks.toml"
    )]
    Export(ScopeArgs),
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    #[command(flatten)]
    pub env: EnvSelect,
    /// Event: identifier (any case), label, or kebab/snake form
    #[arg(long, value_parser = event_arg_parser())]
    pub event: Option<String>,
    /// URL that receives the deliveries (absolute http or https)
    #[arg(long)]
    pub url: Option<String>,
    /// Short description (at most 255 characters)
    #[arg(long)]
    pub description: Option<String>,
    /// When the environment already has a webhook with this event and URL, print it and exit 0
    #[arg(long)]
    pub if_not_exists: bool,
    /// Do not ask for confirmation
    #[arg(short, long)]
    pub yes: bool,
}

#[derive(Debug, Args, Clone, Default)]
pub struct ScopeArgs {
    /// Environment: id or name (any case) [env: FER_ENVIRONMENT]
    #[arg(long, value_name = "ENV", conflicts_with = "all_envs")]
    pub env: Option<String>,
    /// Every environment of the account
    #[arg(long)]
    pub all_envs: bool,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub scope: ScopeArgs,
    /// Only webhooks for this event
    #[arg(long, value_parser = event_arg_parser())]
    pub event: Option<String>,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// Webhook id
    #[arg(value_parser = parse_id)]
    pub id: String,
    #[command(flatten)]
    pub env: EnvSelect,
    /// New event
    #[arg(long, value_parser = event_arg_parser())]
    pub event: Option<String>,
    /// New URL
    #[arg(long)]
    pub url: Option<String>,
    /// New description ("" clears it)
    #[arg(long)]
    pub description: Option<String>,
}

#[derive(Debug, Args)]
pub struct TestArgs {
    /// Webhook id (its URL and event are used)
    #[arg(required_unless_present = "url", conflicts_with = "url", value_parser = parse_id)]
    pub id: Option<String>,
    #[command(flatten)]
    pub env: EnvSelect,
    /// Send to this URL instead of a webhook's (needs --event)
    #[arg(long, requires = "event")]
    pub url: Option<String>,
    /// Event of the sample body
    #[arg(long, value_parser = event_arg_parser())]
    pub event: Option<String>,
    /// Set a top-level field of the body (the value is parsed as JSON when it is JSON)
    #[arg(long = "set", value_name = "KEY=VALUE")]
    pub set: Vec<String>,
    /// Send this body instead of the sample (a file, or - for stdin)
    #[arg(long, value_name = "FILE", conflicts_with = "set")]
    pub data: Option<String>,
    /// Extra request header
    #[arg(short = 'H', long = "header", value_name = "NAME: VALUE")]
    pub headers: Vec<String>,
    /// Seconds to wait for the response
    #[arg(long, default_value_t = 10.0, value_name = "SECS", value_parser = parse_seconds)]
    pub timeout: f64,
}

#[derive(Debug, Args)]
pub struct ListenArgs {
    /// Port on 127.0.0.1 (0 takes a free one and prints it)
    #[arg(long, default_value_t = 8787)]
    pub port: u16,
    /// Relay each delivery (body and headers) to this URL
    #[arg(long, value_name = "URL")]
    pub forward_to: Option<String>,
    /// HTTP status to answer with
    #[arg(long, default_value_t = 200, value_name = "STATUS", value_parser = clap::value_parser!(u16).range(200..=599))]
    pub respond_with: u16,
    /// Exit after N deliveries
    #[arg(long, value_name = "N")]
    pub max_events: Option<u64>,
}

#[derive(Debug, Args)]
pub struct ApplyArgs {
    /// The file (- for stdin)
    #[arg(short = 'f', long = "file", value_name = "FILE")]
    pub file: String,
    /// Delete the webhooks of the file's environments that the file does not list
    #[arg(long)]
    pub prune: bool,
    /// Print the plan and change nothing
    #[arg(long)]
    pub dry_run: bool,
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
