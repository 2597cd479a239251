//! `fer-hub`: run the emulator of the FE&R API (the Remote Control API and
//! its webhook routes) on 127.0.0.1.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;
use fer_hub::{EnvSeed, Hub, Options};

/// A local emulator of the AB Tasty FE&R API (the Remote Control API and its
/// webhook routes), for trying and testing `fer` without an account.
#[derive(Parser)]
#[command(name = "fer-hub", version, after_help = CONTROL)]
struct Args {
    /// Port on 127.0.0.1 (0 takes a free one)
    #[arg(long, default_value_t = 8080)]
    port: u16,
    /// Comma-separated environment names (the first is the main one)
    #[arg(long, value_delimiter = ',', default_value = "production,staging")]
    environments: Vec<String>,
    /// Sample webhooks to create in each environment
    #[arg(long, default_value_t = 0)]
    webhooks_per_env: usize,
    /// The most items a list page holds, whatever the client asks
    #[arg(long, default_value_t = 50)]
    page_cap: usize,
    /// Account id the credentials belong to
    #[arg(long, default_value = fer_hub::DEFAULT_ACCOUNT_ID)]
    account_id: String,
    /// Tokens live at most this many seconds
    #[arg(long)]
    token_ttl: Option<u64>,
    /// Delay every API answer by this many milliseconds
    #[arg(long, default_value_t = 0)]
    delay_ms: u64,
    /// At most N API requests a second; the others get 429 with Retry-After
    #[arg(long, value_name = "N")]
    rate_limit: Option<u32>,
    /// Number the first list page 0 instead of 1 (the API reference's example)
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u64).range(0..=1))]
    page_base: u64,
    /// Send `last_page` as the index of the last page, not the page count
    #[arg(long)]
    last_page_index: bool,
    /// Send the list envelope's counts as strings
    #[arg(long)]
    numbers_as_strings: bool,
    /// What error answers carry: {"message":…}, {} (as the vendor documents), or nothing
    #[arg(long, value_enum, default_value = "message")]
    error_body: fer_hub::ErrorBody,
    /// Answer 404 on every webhook route, as a deployment that does not serve them
    #[arg(long)]
    no_webhook_routes: bool,
    /// Rate-limited answers (--rate-limit) carry no Retry-After
    #[arg(long)]
    no_retry_after: bool,
    /// Token answers carry no expires_in, as the vendor CLI's mocks
    #[arg(long)]
    no_token_expiry: bool,
    /// The second list page starts one item early (a list read while an item is inserted)
    #[arg(long)]
    page_overlap: bool,
    /// Where the webhook routes live under /v1 ({account_id}, {environment_id})
    #[arg(long, value_name = "PATH", default_value = fer_hub::DEFAULT_WEBHOOKS_PATH)]
    webhooks_path: String,
    /// Start from a JSON seed file (an Options object) instead of the flags above
    #[arg(long, value_name = "FILE")]
    seed: Option<PathBuf>,
}

const CONTROL: &str = "\
Control API (for tests and demos), on the same port:
  POST   /_hub/faults         {\"kind\":\"status\",\"status\":503,\"count\":2}  (also 429 with \"retry_after\",
                              kinds html, garbage, truncated, empty, endless, {\"kind\":\"hang\",\"ms\":5000},
                              and {\"kind\":\"redirect\",\"status\":302,\"location\":\"…\"};
                              \"method\":\"POST\" aims a fault at one method)
  POST   /_hub/delay          {\"ms\":25}
  POST   /_hub/expire-tokens
  GET    /_hub/log            DELETE /_hub/log
  GET    /_hub/state
  POST   /_hub/trigger        {\"environment\":\"production\",\"event\":\"Flag.created\",\"fields\":{}}
  GET    /_hub/deliveries";

/// Options from a JSON seed file.
fn read_seed(path: &std::path::Path) -> anyhow::Result<Options> {
    use anyhow::Context;
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read seed file {}", path.display()))?;
    serde_json::from_str(&text)
        .with_context(|| format!("seed file {} is not valid", path.display()))
}

fn main() -> ExitCode {
    let args = Args::parse();
    let opts = match &args.seed {
        Some(path) => match read_seed(path) {
            Ok(o) => o,
            Err(e) => {
                eprintln!("error: {e:#}");
                return ExitCode::from(2);
            }
        },
        None => {
            let mut o = fer_hub::generated(
                args.environments.len(),
                args.webhooks_per_env,
                args.page_cap,
            );
            for (seed, name) in o.environments.iter_mut().zip(&args.environments) {
                seed.name = name.trim().to_string();
            }
            o.environments.retain(|e: &EnvSeed| !e.name.is_empty());
            o.account_id = args.account_id.clone();
            o.token_ttl = args.token_ttl;
            o.delay_ms = args.delay_ms;
            o.rate_limit = args.rate_limit;
            o.readings = fer_hub::Readings {
                page_base: args.page_base,
                last_page_index: args.last_page_index,
                numbers_as_strings: args.numbers_as_strings,
                error_body: args.error_body,
                webhook_routes: !args.no_webhook_routes,
                retry_after: !args.no_retry_after,
                token_expires_in: !args.no_token_expiry,
                page_overlap: args.page_overlap,
            };
            o.webhooks_path = args.webhooks_path.clone();
            o
        }
    };
    let hub = match Hub::start_on(opts, args.port) {
        Ok(h) => h,
        Err(e) => {
            eprintln!("error: cannot listen on 127.0.0.1:{}: {e}", args.port);
            return ExitCode::from(1);
        }
    };
    // The address comes first, alone on its line, for scripts that read it.
    let mut banner = format!("fer-hub listening on {}\n\n", hub.url());
    banner += &format!("  export FER_API_URL={}\n", hub.api_url());
    banner += &format!("  export FER_AUTH_URL={}\n", hub.auth_url());
    banner += &format!("  export FER_ACCOUNT_ID={}\n\n", hub.account_id());
    banner += &format!(
        "  full access: client id {}  secret {}\n",
        fer_hub::ADMIN_CLIENT_ID,
        fer_hub::ADMIN_CLIENT_SECRET
    );
    banner += &format!(
        "  read-only:   client id {}  secret {}\n",
        fer_hub::READER_CLIENT_ID,
        fer_hub::READER_CLIENT_SECRET
    );
    for (id, name) in hub.environments() {
        banner += &format!("  environment: {name} ({id})\n");
    }
    banner += "\nCtrl-C stops it.\n";
    // A reader that went away (`fer-hub | head -1`) is no reason to stop serving.
    let mut out = std::io::stdout();
    let _ = out.write_all(banner.as_bytes()).and_then(|_| out.flush());
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    rt.block_on(async {
        let _ = tokio::signal::ctrl_c().await;
    });
    drop(hub);
    ExitCode::SUCCESS
}
