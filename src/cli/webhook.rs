//! The `fer webhook` command tree and its verbs' arguments.

use clap::{Args, Subcommand};

use clap_complete::engine::ArgValueCompleter;

use super::values::{event_arg_parser, parse_id, parse_seconds};
use crate::complete;

#[derive(Debug, Args, Clone, Default)]
pub struct EnvSelect {
    /// Environment: id or name (any case) [env: FER_ENVIRONMENT]
    #[arg(long, value_name = "ENV", add = ArgValueCompleter::new(complete::environments))]
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
    Get(GetArgs),
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
    Delete(DeleteArgs),
    /// Send a sample delivery to a webhook's URL and report what came back
    #[command(
        long_about = "Send one sample delivery (the body FE&R posts for the event) to a \
        webhook's URL, or to --url, and report the status, the time taken and the start of the \
        response body. Exit 5 when the delivery fails. Needs no credentials with --url.\n\n\
        Examples:\n  fer webhook test wh-1a2b3c\n  fer webhook test --url http://127.0.0.1:8787 --event flag-created --set flag_name=beta"
    )]
    Test(TestArgs),
    /// Receive deliveries on 127.0.0.1 and print them; --public for real FE&R deliveries
    #[command(
        long_about = "Run a receiver on 127.0.0.1 that prints each delivery as it arrives. Point a \
        webhook (or `fer webhook test`) at it while you build your endpoint.\n\n\
        With --public, FE&R itself can reach it: fer runs your tunnel program (--tunnel \
        cloudflared, --tunnel ngrok, or --tunnel 'CMD' with {url} and {port}), or takes the \
        --public-url of one you run (ssh -R, a reverse proxy), checks that the public URL reaches \
        this receiver, then leases one temporary webhook per --event in --env. Leases are re-pointed \
        when the tunnel's URL changes and deleted when fer stops; a lease left by a crash is \
        removed at the next start.\n\n\
        Examples:\n  fer webhook listen\n  fer webhook listen --port 0 --forward-to http://127.0.0.1:3000\n  \
        fer webhook listen --public --tunnel cloudflared --env staging --event campaign-status-changed \\\n    \
        --forward-to http://127.0.0.1:3000 --save deliveries.jsonl"
    )]
    Listen(ListenArgs),
    /// Send journalled deliveries (listen --save) again, byte for byte
    #[command(
        long_about = "Send the deliveries of a journal (`fer webhook listen --save FILE`) again, \
        byte for byte: the same method, the path and query under --to, the headers but hop-by-hop \
        ones, the exact body. A row each, as `webhook test --all` prints; exit 5 when one failed \
        (a 30X counts as delivered, as the platform counts it).\n\n\
        Examples:\n  fer webhook replay deliveries.jsonl --to http://127.0.0.1:3000\n  \
        fer webhook replay deliveries.jsonl --event campaign-status-changed --since 2026-12-01T10:00:00Z"
    )]
    Replay(ReplayArgs),
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
pub struct GetArgs {
    /// Webhook ids (on a terminal, left out: picked from a list)
    #[arg(value_parser = parse_id, add = ArgValueCompleter::new(complete::webhook_ids))]
    pub ids: Vec<String>,
    #[command(flatten)]
    pub env: EnvSelect,
}

#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// Webhook ids (on a terminal, left out: picked from a list)
    #[arg(value_parser = parse_id, add = ArgValueCompleter::new(complete::webhook_ids))]
    pub ids: Vec<String>,
    #[command(flatten)]
    pub env: EnvSelect,
    /// Do not ask for confirmation
    #[arg(short, long)]
    pub yes: bool,
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
    #[arg(long, value_name = "ENV", conflicts_with = "all_envs", add = ArgValueCompleter::new(complete::environments))]
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
    /// Webhook id (on a terminal, left out: picked from a list)
    #[arg(value_parser = parse_id, add = ArgValueCompleter::new(complete::webhook_ids))]
    pub id: Option<String>,
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
    /// Webhook id (its URL and event are used; on a terminal, left out: picked from a list)
    #[arg(conflicts_with_all = ["url", "all"], value_parser = parse_id, add = ArgValueCompleter::new(complete::webhook_ids))]
    pub id: Option<String>,
    /// Test every webhook of the environment (or of --all-envs): a row each, exit 5 when any fails
    #[arg(long, conflicts_with = "url")]
    pub all: bool,
    /// --env, or with --all, --all-envs: the environments as list and export take them
    #[command(flatten)]
    pub scope: ScopeArgs,
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
    /// Relay each delivery to this base URL (/a/b?x=1 goes to URL/a/b?x=1); the sender gets the app's answer
    #[arg(long, value_name = "URL")]
    pub forward_to: Option<String>,
    /// Show only these events (others are answered 200 and counted); with --public, lease these
    #[arg(long = "event", value_name = "EVENT", value_parser = event_arg_parser(), num_args = 1..)]
    pub events: Vec<String>,
    /// Append each delivery to FILE as one JSON line (time, method, path, query, headers, exact body)
    #[arg(long, value_name = "FILE")]
    pub save: Option<std::path::PathBuf>,
    /// Make this receiver reachable by FE&R and lease temporary webhooks for it
    #[arg(long, requires = "env")]
    pub public: bool,
    /// With --public: the tunnel program to run: cloudflared, ngrok, or a command with {url} / {port}
    #[arg(
        long,
        value_name = "CMD",
        requires = "public",
        conflicts_with = "public_url"
    )]
    pub tunnel: Option<String>,
    /// With --public: the public URL of a tunnel you run yourself (ssh -R, a reverse proxy)
    #[arg(long, value_name = "URL", requires = "public")]
    pub public_url: Option<String>,
    /// With --public: the environment to lease webhooks in
    #[arg(long, value_name = "ENV", add = ArgValueCompleter::new(complete::environments))]
    pub env: Option<String>,
    /// With --public: lease in the account's main environment without asking
    #[arg(long, short = 'y')]
    pub yes: bool,
    /// HTTP status to answer with
    #[arg(long, default_value_t = 200, value_name = "STATUS", value_parser = clap::value_parser!(u16).range(200..=599))]
    pub respond_with: u16,
    /// Exit after N deliveries
    #[arg(long, value_name = "N")]
    pub max_events: Option<u64>,
}

#[derive(Debug, Args)]
pub struct ReplayArgs {
    /// The journal (`fer webhook listen --save FILE`)
    #[arg(value_name = "FILE")]
    pub file: std::path::PathBuf,
    /// Base URL to send to [default: http://127.0.0.1:8787, where `fer webhook listen` listens]
    #[arg(long, value_name = "URL")]
    pub to: Option<String>,
    /// Only deliveries of these events
    #[arg(long = "event", value_name = "EVENT", value_parser = event_arg_parser())]
    pub events: Vec<String>,
    /// Only deliveries received at or after TIME (RFC 3339, e.g. 2026-12-01T10:00:00Z)
    #[arg(long, value_name = "TIME")]
    pub since: Option<String>,
    /// Seconds each delivery may take
    #[arg(long, default_value_t = 10.0, value_name = "SECS", value_parser = parse_seconds)]
    pub timeout: f64,
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
    /// Drift check for CI: print the plan, change nothing; exit 6 when the account differs
    #[arg(long)]
    pub check: bool,
    /// Apply without asking (on a terminal the plan is shown and confirmed first)
    #[arg(long, short = 'y')]
    pub yes: bool,
}
