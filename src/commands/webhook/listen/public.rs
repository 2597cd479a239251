//! `listen --public`: the tunnel, the probe, and the leases.

use std::sync::Arc;
use std::time::{Duration, Instant};

use fer_contract::wire::WebhookFields;

use super::lease::{self, Lease};
use super::tunnel::{self, Tunnel};
use super::{wait_for_stop, Listener, Stop, PROBE_PATH};
use crate::api::environments::{self, Environment};
use crate::api::webhooks::{self, Created};
use crate::api::Client;
use crate::cli::ListenArgs;
use crate::context::Context;
use crate::error::{Error, Kind, Result};

/// How long the probe may take to get through a tunnel that just started.
const PROBE_WAIT: Duration = Duration::from_secs(30);

/// Where lease operations go: the account, or the sandbox (opened for each
/// operation only, so that `fer sandbox trigger` can run meanwhile).
enum Backend {
    Account(Arc<Client>),
    Sandbox,
}

impl Backend {
    /// A client for one operation, and the sandbox to close after it.
    fn client(&self, ctx: &Context) -> Result<(Arc<Client>, Option<crate::sandbox::Sandbox>)> {
        match self {
            Backend::Account(c) => Ok((c.clone(), None)),
            Backend::Sandbox => {
                // The sandbox runs its own runtime: it is started (and, in
                // `close`, stopped) on a thread of its own, outside this one.
                let dir = ctx.settings.data_dir.clone();
                let sb = std::thread::spawn(move || crate::sandbox::Sandbox::open(dir.as_deref()))
                    .join()
                    .map_err(|_| Error::failure("the sandbox could not be opened"))??;
                let mut opts = ctx.client_options()?;
                opts.api_url = crate::settings::parse_base_url(&sb.api_url())?;
                opts.auth_url = crate::settings::parse_base_url(&sb.auth_url())?;
                opts.cache_dir = None;
                let c = Arc::new(Client::new(sb.credentials(), opts)?);
                Ok((c, Some(sb)))
            }
        }
    }
}

/// Runs one lease operation against the backend.
macro_rules! op {
    ($ctx:expr, $backend:expr, |$c:ident| $body:expr) => {{
        let (client, sandbox) = $backend.client($ctx)?;
        let $c: &Client = &client;
        let r = $body.await;
        if let Some(sb) = sandbox {
            drop(client);
            std::thread::spawn(move || sb.close())
                .join()
                .map_err(|_| Error::failure("the sandbox could not be saved"))??;
        }
        r
    }};
}

/// One leased webhook.
struct Held {
    id: String,
    event: String,
}

pub(super) async fn public(
    ctx: &Context,
    args: &ListenArgs,
    state: &Listener,
    addr: std::net::SocketAddr,
    signals: &mut super::Signals,
) -> Result<()> {
    let local = format!("http://{addr}");
    let (mut tunnel, mut public_url): (Option<Tunnel>, String) =
        match (&args.tunnel, &args.public_url) {
            (Some(t), _) => {
                let cmd = tunnel::command(t, &local, addr.port());
                ctx.out.info(&format!(
                    "Starting the tunnel ({})…",
                    crate::api::token::program_name(&cmd)
                ));
                let (t, url) = Tunnel::start(&cmd, addr.port()).await?;
                (Some(t), url)
            }
            (None, Some(u)) => (None, u.trim_end_matches('/').to_string()),
            (None, None) => unreachable!("checked by the caller"),
        };
    let stop_tunnel = |t: Option<Tunnel>| async move {
        if let Some(mut t) = t {
            t.stop().await;
        }
    };
    // The public URL must reach this listener before the account is touched.
    if let Err(e) = probe(state, &public_url).await {
        stop_tunnel(tunnel).await;
        return Err(e);
    }
    ctx.out.info(&format!("{public_url} reaches this listener"));

    let backend = if ctx.settings.sandbox_requested {
        Backend::Sandbox
    } else {
        Backend::Account(ctx.client()?)
    };
    let wanted = args.env.as_deref().unwrap_or_default();
    let env: Environment = op!(ctx, backend, |c| async {
        let envs = environments::list(c).await?;
        environments::resolve(&envs, wanted).cloned()
    })?;
    if env.is_main && !args.yes {
        let q = format!(
            "Lease temporary webhooks in {}, the account's main environment?",
            env.name
        );
        let ok = ctx.can_prompt() && ctx.prompter.borrow_mut().confirm(&q, false)?;
        if !ok {
            stop_tunnel(tunnel).await;
            return Err(match ctx.can_prompt() {
                true => Error::cancelled().with_hint("nothing was leased"),
                false => Error::usage(format!(
                    "{} is the account's main environment: pass --yes to lease webhooks in it",
                    env.name
                )),
            });
        }
    }
    // Leases a crash left behind: expired, or of a process of this host that is gone.
    let removed = op!(ctx, backend, |c| remove_stale(c, &env))?;
    if removed > 0 {
        ctx.out.info(&format!(
            "Removed {removed} lease{} left by a listener that is gone",
            if removed == 1 { "" } else { "s" }
        ));
    }
    let held = match op!(ctx, backend, |c| lease_all(c, &env, state, &public_url)) {
        Ok(h) => h,
        Err(e) => {
            stop_tunnel(tunnel).await;
            return Err(e);
        }
    };
    for h in &held {
        ctx.out.note(&format!(
            "Leased webhook {} for {} in {} at {public_url}",
            h.id, h.event, env.name
        ));
    }
    ctx.out
        .note("The leases are deleted when this listener stops; Ctrl-C stops");

    let mut renew = tokio::time::interval(lease::RENEW_EVERY);
    renew.tick().await;
    let mut tunnel_error = None;
    let mut urls = tunnel
        .as_mut()
        .map(|t| std::mem::replace(&mut t.urls, tokio::sync::mpsc::unbounded_channel().1));
    loop {
        let next_url = async {
            match urls.as_mut() {
                Some(u) => u.recv().await,
                None => std::future::pending().await,
            }
        };
        tokio::select! {
            stop = wait_for_stop(state, signals, tunnel.as_mut()) => {
                if let Stop::TunnelExited(how) = stop {
                    let last = tunnel.as_ref().map(|t| t.last_line()).unwrap_or_default();
                    tunnel_error = Some(format!(
                        "the tunnel ({}) exited ({how}){}",
                        tunnel.as_ref().map(|t| t.program().to_string()).unwrap_or_default(),
                        if last.is_empty() { String::new() } else { format!(": {last}") }
                    ));
                }
                break;
            }
            Some(url) = next_url => {
                ctx.out.info(&format!("The tunnel's URL changed to {url}; re-pointing the leases"));
                if let Err(e) = probe(state, &url).await {
                    ctx.out.warn(&format!("{}; the leases keep {public_url}", e.message));
                    continue;
                }
                public_url = url;
                let r = op!(ctx, backend, |c| repoint(c, &env, &held, Some(&public_url)));
                if let Err(e) = r {
                    ctx.out.warn(&format!("cannot re-point the leases: {}", e.message));
                }
            }
            _ = renew.tick() => {
                let r = op!(ctx, backend, |c| repoint(c, &env, &held, None));
                if let Err(e) = r {
                    ctx.out.warn(&format!("cannot renew the leases: {}", e.message));
                }
            }
        }
    }
    // Remove the leases, whatever ended the listener.
    let mut gone = 0;
    let mut left = Vec::new();
    for h in &held {
        match op!(ctx, backend, |c| webhooks::delete(c, &env.id, &h.id)) {
            Ok(_) => gone += 1,
            Err(e) => left.push(format!("{} ({})", h.id, e.message)),
        }
    }
    stop_tunnel(tunnel).await;
    if left.is_empty() {
        ctx.out.info(&format!(
            "Deleted the {gone} leased webhook{}",
            if gone == 1 { "" } else { "s" }
        ));
    } else {
        ctx.out.warn(&format!(
            "could not delete {} leased webhook(s): {}; the next `fer webhook listen --public` removes them once they expire",
            left.len(),
            left.join(", ")
        ));
    }
    match tunnel_error {
        Some(m) => Err(Error::failure(format!("{m}; the leases were removed"))),
        None => Ok(()),
    }
}

/// Asks the public URL for this listener's nonce, until it answers (a new
/// tunnel may take a while to be reachable) or PROBE_WAIT runs out.
async fn probe(state: &Listener, public_url: &str) -> Result<()> {
    let url = format!(
        "{}{PROBE_PATH}{}",
        public_url.trim_end_matches('/'),
        state.nonce
    );
    let start = Instant::now();
    let mut last = String::new();
    while start.elapsed() < PROBE_WAIT {
        match state.http.for_url(&url).get(&url).send().await {
            Ok(r) => {
                let status = r.status();
                let body = r.text().await.unwrap_or_default();
                if status.is_success() && body.trim() == state.nonce {
                    return Ok(());
                }
                last = format!("it answered {status}");
                // Something else answers there: waiting will not help. (A
                // tunnel still starting answers 5xx, or not at all.)
                if status.is_success() || status.is_client_error() {
                    break;
                }
            }
            Err(e) => last = crate::api::root_cause(&e),
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    Err(Error::failure(format!(
        "the public URL {public_url} does not reach this listener ({last}); nothing was leased"
    ))
    .with_hint("check that the tunnel forwards to this listener's port"))
}

/// Deletes the stale leases of an environment; how many went.
async fn remove_stale(c: &Client, env: &Environment) -> Result<usize> {
    let listed = webhooks::list(c, &env.id).await?;
    let now = chrono::Utc::now();
    let mut n = 0;
    for w in &listed.hooks {
        if let Some(l) = Lease::parse(&w.description()) {
            if !l.live(now) {
                webhooks::delete(c, &env.id, &w.id()).await?;
                n += 1;
            }
        }
    }
    Ok(n)
}

fn until() -> chrono::DateTime<chrono::Utc> {
    chrono::Utc::now() + chrono::Duration::from_std(lease::TTL).unwrap_or_default()
}

/// Makes a lease per event; on a failure, those made are removed again.
async fn lease_all(
    c: &Client,
    env: &Environment,
    state: &Listener,
    url: &str,
) -> Result<Vec<Held>> {
    let mut held: Vec<Held> = Vec::new();
    for f in &state.filter {
        let body = WebhookFields {
            event: Some(f.id().to_string()),
            url: Some(url.to_string()),
            description: Some(Lease::mine(until()).describe()),
            ..WebhookFields::default()
        };
        let made = match webhooks::create(c, &env.id, &body).await {
            Ok(Created::New(w)) => Ok(w.id()),
            Ok(Created::Exists(id)) => match webhooks::get(c, &env.id, &id).await {
                // Ours from a moment ago, or a stale one: take it over.
                Ok(Some(w))
                    if Lease::parse(&w.description()).is_some_and(|l| {
                        !l.live(chrono::Utc::now()) || l.pid == std::process::id()
                    }) =>
                {
                    Ok(id)
                }
                _ => Err(Error::new(
                    Kind::Failure,
                    format!(
                        "{} already has a webhook for {} at {url} that is not a lease",
                        env.name,
                        f.id()
                    ),
                )),
            },
            Err(e) => Err(e),
        };
        match made {
            Ok(id) => held.push(Held {
                id,
                event: f.id().to_string(),
            }),
            Err(e) => {
                for h in &held {
                    let _ = webhooks::delete(c, &env.id, &h.id).await;
                }
                return Err(e);
            }
        }
    }
    Ok(held)
}

/// Renews the leases (a new expiry), and points them at `url` when given.
async fn repoint(c: &Client, env: &Environment, held: &[Held], url: Option<&str>) -> Result<()> {
    for h in held {
        let patch = WebhookFields {
            url: url.map(String::from),
            description: Some(Lease::mine(until()).describe()),
            ..WebhookFields::default()
        };
        webhooks::update(c, &env.id, &h.id, &patch).await?;
    }
    Ok(())
}
