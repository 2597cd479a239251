//! Whole outputs, in process: a table of command lines run through
//! `fer::run` (captured streams, a scripted prompter, settings resolved as
//! the binary resolves them) against fer-hub started in this process, each
//! output compared with its snapshot in `snapshots/`. Ports, times,
//! durations and temporary paths are masked.

use std::path::Path;
use std::process::ExitCode;

use clap::Parser;
use fer::cli::Cli;
use fer::context::Context;
use fer::output::{Io, Printer};
use fer::prompt::ScriptedPrompter;
use fer::settings::{EnvVars, Settings};
use fer_hub::{EnvSeed, HookSeed, Hub, Options};

use crate::common::*;

/// Runs one command line in this process; exit code, stdout, stderr.
fn fer_in_process(hub: &Hub, home: &Path, args: &[&str], reader: bool) -> (u8, String, String) {
    let mut argv = vec!["fer", "--config"];
    let config = home.join("config.toml");
    argv.push(config.to_str().unwrap());
    argv.extend_from_slice(args);
    let cli = Cli::try_parse_from(&argv).unwrap_or_else(|e| panic!("{argv:?}: {e}"));
    let (client, secret) = if reader {
        (READER_CLIENT_ID, READER_CLIENT_SECRET)
    } else {
        (ADMIN_CLIENT_ID, ADMIN_CLIENT_SECRET)
    };
    let (api, auth, account) = (hub.api_url(), hub.auth_url(), hub.account_id());
    let env = EnvVars::from_pairs([
        ("FER_API_URL", api.as_str()),
        ("FER_AUTH_URL", auth.as_str()),
        ("FER_ACCOUNT_ID", account.as_str()),
        ("FER_CLIENT_ID", client),
        ("FER_CLIENT_SECRET", secret),
    ]);
    // The env vars fill what the line left, as the binary does.
    let mut global = cli.global.clone();
    fer::settings::env_into(&mut global, &env).unwrap();
    let mut settings = Settings::resolve(&global, &env, false).unwrap();
    settings.cache_dir = Some(home.join("cache"));
    settings.data_dir = Some(home.join("data"));
    settings.data_dir = Some(home.join("data"));
    let (io, out, err) = Io::capture();
    let printer = Printer::new(io.clone(), global.output, global.quiet);
    let ctx = Context::new(settings, printer, Box::new(ScriptedPrompter::new([])));
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let code = match rt.block_on(fer::run(cli.command, &ctx)) {
        Ok(code) if code == ExitCode::SUCCESS => 0,
        Ok(_) => 1,
        Err(e) => {
            fer::output::print_error(&io, global.output, &e);
            e.kind.exit_code()
        }
    };
    let text = |c: &Captured| String::from_utf8_lossy(&c.lock().unwrap()).into_owned();
    (code, text(&out), text(&err))
}

type Captured = fer::output::Captured;

fn seeded() -> Options {
    let hook = |event: &str, url: &str, description: &str| HookSeed {
        event: event.into(),
        url: url.into(),
        description: description.into(),
        ..HookSeed::default()
    };
    Options {
        environments: vec![
            EnvSeed {
                id: Some("env-prod".into()),
                webhooks: vec![
                    hook(
                        "Flag.created",
                        "https://hooks.example.com/flags",
                        "Slack relay",
                    ),
                    hook(
                        "Campaign.status.changed",
                        "https://hooks.example.com/campaigns",
                        "",
                    ),
                ],
                ..EnvSeed::new("production", true)
            },
            EnvSeed {
                id: Some("env-stag".into()),
                webhooks: vec![hook("Flag.removed", "http://127.0.0.1:9/flags", "local")],
                ..EnvSeed::new("staging", false)
            },
        ],
        ..Options::default()
    }
}

/// Runs one case against a hub and a home of its own, and compares its
/// whole output with `snapshots/outputs/NAME.snap`.
fn case(name: &str, args: &[&str], reader: bool) {
    let hub = Hub::start(seeded()).unwrap();
    let home = tempfile::tempdir().unwrap();
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("snapshots/outputs");
    settings.set_prepend_module_to_snapshot(false);
    settings.add_filter(r"127\.0\.0\.1:\d+", "127.0.0.1:[PORT]");
    settings.add_filter(
        r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(Z|[+-]\d{2}:\d{2}))?",
        "[TIME]",
    );
    settings.add_filter(r"\d+ ms\b", "[N] ms");
    settings.add_filter(&regex_escape(home.path().to_str().unwrap()), "[HOME]");
    settings.bind(|| {
        let (code, out, err) = fer_in_process(&hub, home.path(), args, reader);
        let shown = format!(
            "$ fer {}\nexit: {code}\n--- stdout\n{out}--- stderr\n{err}",
            args.join(" ")
        );
        insta::assert_snapshot!(name, shown);
    });
}

/// One test per case: `name: [args...]` (as the full-access client), or
/// `name: reader [args...]`.
macro_rules! cases {
    ($($name:ident: $($reader:ident)? [$($arg:expr),* $(,)?];)*) => {
        $(
            #[test]
            fn $name() {
                let reader = false $(|| stringify!($reader) == "reader")?;
                case(stringify!($name), &[$($arg),*], reader);
            }
        )*
    };
}

cases! {
    env_list: ["env", "list"];
    env_list_json: ["env", "list", "-o", "json"];
    events_list: ["events", "list"];
    events_sample: ["events", "sample", "flag-created"];
    webhook_list: ["webhook", "list", "--env", "production"];
    webhook_list_all_quiet: ["webhook", "list", "--all-envs", "-q"];
    webhook_list_all_json: ["webhook", "list", "--all-envs", "-o", "json"];
    webhook_list_none: ["webhook", "list", "--env", "staging", "--event", "flag-created"];
    webhook_get: ["webhook", "get", "wh-3c6ef362"];
    webhook_get_missing: ["webhook", "get", "wh-nope", "--env", "production"];
    webhook_export: ["webhook", "export", "--all-envs"];
    webhook_create_denied: reader [
        "webhook", "create", "--env", "staging", "--event", "flag-created",
        "--url", "https://x.example.com",
    ];
    webhook_create_json: [
        "webhook", "create", "--env", "staging", "--event", "flag-created",
        "--url", "https://x.example.com", "-o", "json",
    ];
    webhook_delete_unconfirmed: ["webhook", "delete", "wh-3c6ef362"];
    webhook_update_nothing: ["webhook", "update", "wh-3c6ef362", "-o", "json"];
    unknown_environment: ["webhook", "list", "--env", "qa"];
}

fn regex_escape(s: &str) -> String {
    s.chars()
        .flat_map(|c| {
            if "\\.+*?()|[]{}^$".contains(c) {
                vec!['\\', c]
            } else {
                vec![c]
            }
        })
        .collect()
}

#[test]
fn in_process_and_binary_agree() {
    // The in-process runner is only worth its snapshots if the binary
    // prints the same.
    let hub = Hub::start(seeded()).unwrap();
    let home = tempfile::tempdir().unwrap();
    let w = World::with(seeded());
    for args in [
        &["env", "list"][..],
        &["webhook", "list", "--all-envs", "-q"][..],
        &["webhook", "get", "nope"][..],
    ] {
        let (code, out, err) = fer_in_process(&hub, home.path(), args, false);
        let (bin_code, bin_out, bin_err) = run(w.ci().args(args));
        assert_eq!(
            (i32::from(code), out, err),
            (bin_code, bin_out, bin_err),
            "{args:?}"
        );
    }
}
