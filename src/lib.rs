//! `fer`: manage AB Tasty FE&R webhooks from the command line.

pub mod abtasty_cli;
pub mod api;

pub use fer_contract::events;
pub mod cache;
pub mod cli;
pub mod commands;
pub mod complete;
pub mod config;
pub mod context;
pub mod delivery;
pub mod environments;
pub mod error;
pub mod files;
pub mod interrupt;
pub mod output;
pub mod prompt;
pub mod sandbox;
pub mod scope;
pub mod settings;

use std::io::IsTerminal;
use std::process::ExitCode;

use cli::{Cli, ColorChoice, Command};
use context::Context;
use error::Result;
use output::{Io, Printer, Sink};
use settings::{EnvVars, Settings};

/// Runs one parsed command line in the real process: terminal, env vars, stdio.
pub fn main_with(cli: Cli, env: &EnvVars) -> ExitCode {
    let io = process_io(cli.global.color, env);
    let printer = Printer::new(io.clone(), cli.global.output, cli.global.quiet);
    let prompter = Box::new(prompt::TerminalPrompter::new(io.color_err));
    let listens = matches!(
        cli.command,
        Command::Webhook(cli::WebhookCommand::Listen(_))
    );
    if !listens {
        // Ctrl-C or SIGTERM: while changes are being made, deferred (the
        // command stops starting requests and says what was made); else a
        // prompt may have hidden the cursor: give it back, then exit as a
        // cancel does. (`listen` stops on Ctrl-C itself.)
        let (io, format) = (io.clone(), cli.global.output);
        interrupt::save_terminal();
        let _ = ctrlc::set_handler(move || {
            if interrupt::on_signal() {
                io.err
                    .line("interrupting: no new request starts; waiting for those in flight");
                return;
            }
            // A hidden prompt may have turned echo off, another the cursor.
            interrupt::restore_terminal();
            if io.stderr_tty {
                let _ = console::Term::stderr().show_cursor();
                io.err.line("");
            }
            output::print_error(&io, format, &error::Error::cancelled());
            std::process::exit(130);
        });
    }
    let terminal = io.stdin_tty && io.stderr_tty;
    let format = cli.global.output;
    match execute(cli, env, printer, prompter, terminal) {
        Ok(code) => code,
        Err(e) => {
            output::print_error(&io, format, &e);
            ExitCode::from(e.kind.exit_code())
        }
    }
}

/// Whether a command line runs against the sandbox: `--sandbox` (or
/// FER_SANDBOX), and `fer sandbox trigger|status`. `fer sandbox reset` only
/// removes its state.
fn sandboxed(cli: &Cli) -> bool {
    use cli::{SandboxCommand, WebhookCommand};
    match &cli.command {
        Command::Sandbox(SandboxCommand::Reset) => false,
        Command::Sandbox(_) => true,
        // Commands that never call the API do not open (and lock) the
        // sandbox: `fer --sandbox webhook listen` must not keep
        // `fer sandbox trigger` waiting for as long as it listens.
        Command::Webhook(WebhookCommand::Listen(_) | WebhookCommand::Replay(_))
        | Command::Events(_)
        | Command::Completions { .. }
        | Command::Help { .. }
        | Command::Man => false,
        _ => cli.global.sandbox,
    }
}

/// Whether a command changes the account: it then confirms environment
/// names with the server, never a cache.
fn writes(command: &Command) -> bool {
    use cli::{EnvCommand, WebhookCommand};
    matches!(
        command,
        Command::Env(EnvCommand::Use { .. })
            | Command::Webhook(
                WebhookCommand::Create(_)
                    | WebhookCommand::Update(_)
                    | WebhookCommand::Delete(_)
                    | WebhookCommand::Apply(_)
                    | WebhookCommand::Listen(_)
            )
    )
}

/// Resolves the settings (or opens the sandbox), runs the command, and saves
/// the sandbox when the command changed it.
fn execute(
    cli: Cli,
    env: &EnvVars,
    printer: Printer,
    prompter: Box<dyn prompt::Prompter>,
    terminal: bool,
) -> Result<ExitCode> {
    let sandbox = if sandboxed(&cli) {
        Some(sandbox::Sandbox::open(settings::data_dir().as_deref())?)
    } else {
        None
    };
    let mut settings = match &sandbox {
        Some(s) => Settings::for_sandbox(&cli.global, env, terminal, s)?,
        None => Settings::resolve(&cli.global, env, terminal)?,
    };
    settings.writes = writes(&cli.command);
    let mut ctx = Context::new(settings, printer, prompter);
    ctx.sandbox = sandbox;
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| error::Error::failure(format!("cannot start: {e}")))?;
    let result = rt.block_on(run(cli.command, &ctx)).and_then(|code| {
        // What was met on the way and reported: the command fails at the end.
        let deferred = ctx.out.take_deferred();
        match deferred.len() {
            0 => Ok(code),
            1 => Err(deferred.into_iter().next().expect("one")),
            n => Err(error::Error::failure(format!(
                "{n} problems (each said above)"
            ))),
        }
    });
    if let Some(sandbox) = ctx.sandbox.take() {
        let path = sandbox.path().display().to_string();
        match sandbox.close() {
            Ok(true) => ctx
                .out
                .note(&format!("Changed the sandbox (saved in {path})")),
            Ok(false) => {}
            Err(e) if result.is_ok() => return Err(e),
            Err(_) => {}
        }
    }
    result
}

/// A command line clap refused. With `-o json` (or FER_OUTPUT=json) the error
/// is one JSON object like every other error; help and version print as usual.
pub fn usage_error(
    e: clap::Error,
    args: &[std::ffi::OsString],
    output_env: Option<&str>,
) -> ExitCode {
    let json = json_wanted(args, output_env);
    if !e.use_stderr() || !json {
        e.exit();
    }
    let text = e.to_string();
    // What clap says before its usage block, on one line; a group named
    // without its command is said as such (clap's text is then the help).
    let head = text.split("\n\n").next().unwrap_or(&text);
    use clap::error::ErrorKind;
    let message = if matches!(
        e.kind(),
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand | ErrorKind::MissingSubcommand
    ) {
        missing_command(args)
    } else {
        head.trim_start_matches("error: ")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let err = error::Error::usage(message).with_hint("see --help");
    let io = process_io(ColorChoice::Never, &EnvVars::default());
    output::print_error(&io, cli::OutputFormat::Json, &err);
    ExitCode::from(err.kind.exit_code())
}

/// A FER_* variable that does not parse: exit 2, as JSON when asked.
pub fn setting_error(
    e: &error::Error,
    args: &[std::ffi::OsString],
    output_env: Option<&str>,
) -> ExitCode {
    let format = if json_wanted(args, output_env) {
        cli::OutputFormat::Json
    } else {
        cli::OutputFormat::Table
    };
    let io = process_io(ColorChoice::Auto, &EnvVars::default());
    output::print_error(&io, format, e);
    ExitCode::from(e.kind.exit_code())
}

/// "`fer webhook` needs a command: create, list, …", for the deepest
/// command the arguments name.
fn missing_command(args: &[std::ffi::OsString]) -> String {
    let mut cmd = cli::command();
    let mut path = vec!["fer".to_string()];
    for a in args.iter().skip(1) {
        let a = a.to_string_lossy();
        if let Some(sub) = cmd.find_subcommand(a.as_ref()) {
            path.push(sub.get_name().to_string());
            cmd = sub.clone();
        }
    }
    let subs: Vec<&str> = cmd
        .get_subcommands()
        .filter(|s| !s.is_hide_set())
        .map(|s| s.get_name())
        .collect();
    format!("`{}` needs a command: {}", path.join(" "), subs.join(", "))
}

fn json_wanted(args: &[std::ffi::OsString], output_env: Option<&str>) -> bool {
    let args: Vec<String> = args
        .iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let mut wanted = output_env == Some("json");
    for (i, a) in args.iter().enumerate() {
        let next = args.get(i + 1).map(String::as_str);
        match a.as_str() {
            "-o" | "--output" => wanted = next == Some("json"),
            "--output=json" | "-ojson" | "-o=json" => wanted = true,
            s if s.starts_with("--output=") || s.starts_with("-o=") => wanted = false,
            _ => {}
        }
    }
    wanted
}

fn process_io(color: ColorChoice, env: &EnvVars) -> Io {
    let stdout_tty = std::io::stdout().is_terminal();
    let stderr_tty = std::io::stderr().is_terminal();
    let colors_allowed = env.get("NO_COLOR").is_none() && env.get("TERM") != Some("dumb");
    let decide = |tty: bool| match color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => tty && colors_allowed,
    };
    let width = if stdout_tty {
        console::Term::stdout().size_checked().map(|(_, w)| w)
    } else {
        None
    };
    let secrets = output::Redactor::default();
    Io {
        out: Sink::new(Box::new(std::io::stdout()), secrets.clone()),
        err: Sink::new(Box::new(std::io::stderr()), secrets.clone()),
        secrets,
        stdin_tty: std::io::stdin().is_terminal(),
        stdout_tty,
        stderr_tty,
        color_out: decide(stdout_tty),
        color_err: decide(stderr_tty),
        width,
        stdin: std::sync::Arc::new(std::sync::Mutex::new(Box::new(std::io::stdin()))),
    }
}

/// One match over the commands.
pub async fn run(command: Command, ctx: &Context) -> Result<ExitCode> {
    use cli::{AuthCommand, EnvCommand, EventsCommand};
    match command {
        Command::Login(args) => commands::auth::login(ctx, args).await,
        Command::Logout => commands::auth::logout(ctx),
        Command::Auth(AuthCommand::Status) => commands::auth::status(ctx).await,
        Command::Env(EnvCommand::List) => commands::env::list(ctx).await,
        Command::Env(EnvCommand::Use { env }) => commands::env::use_env(ctx, &env).await,
        Command::Events(EventsCommand::List) => commands::events::list(ctx),
        Command::Events(EventsCommand::Sample { event }) => commands::events::sample(ctx, &event),
        Command::Events(EventsCommand::Schema { event }) => {
            commands::events::schema(ctx, event.as_deref())
        }
        Command::Webhook(cmd) => commands::webhook::run(ctx, cmd).await,
        Command::Completions { shell } => commands::completions::completions(ctx, shell),
        Command::Man => commands::man::run(ctx),
        Command::Help { topic } => commands::help::run(ctx, &topic),
        Command::Sandbox(cmd) => commands::sandbox::run(ctx, cmd).await,
    }
}
