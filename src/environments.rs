//! The account's environments as commands use them: fetched once a run,
//! cached between runs to find one named environment with no request, and
//! invalidated on its own when the cache turns out to be stale.

use std::cell::OnceCell;
use std::path::PathBuf;

use crate::api::environments::{self, Environment};
use crate::api::Client;
use crate::error::{Error, Kind, Result};

/// How long a cached environment list is used. A name it does not know is
/// looked up again at once, so a new environment is never missed.
pub const MAX_AGE: u64 = 600;

pub struct Environments {
    /// Where the list is cached; `None`: not cached.
    cache: Option<PathBuf>,
    /// The list from the server, fetched at most once a run.
    fresh: tokio::sync::OnceCell<Vec<Environment>>,
    /// The list from the cache, read at most once a run.
    cached: OnceCell<Option<Vec<Environment>>>,
}

impl Environments {
    pub fn new(cache: Option<PathBuf>) -> Environments {
        Environments {
            cache,
            fresh: tokio::sync::OnceCell::new(),
            cached: OnceCell::new(),
        }
    }

    /// Every environment of the account, from the server (once a run), so
    /// that whatever spans all environments never leaves a new one out.
    pub async fn all(&self, client: &Client) -> Result<&[Environment]> {
        let envs = self
            .fresh
            .get_or_try_init(|| async {
                let envs = environments::list(client).await?;
                if let Some(path) = &self.cache {
                    // A cache that cannot be written costs a request next time.
                    let _ = crate::cache::write_environments(
                        path,
                        envs.iter().map(|e| e.raw.clone()).collect(),
                    );
                }
                Ok::<_, Error>(envs)
            })
            .await?;
        Ok(envs.as_slice())
    }

    /// The list fetched this run, else the cached one (younger than
    /// MAX_AGE), else a fresh one.
    async fn known(&self, client: &Client) -> Result<&[Environment]> {
        if let Some(envs) = self.fresh.get() {
            return Ok(envs);
        }
        let cached = self.cached.get_or_init(|| {
            crate::cache::read_environments(self.cache.as_ref()?, MAX_AGE)?
                .into_iter()
                .map(Environment::from_value)
                .collect::<Result<Vec<_>>>()
                .ok()
        });
        match cached {
            Some(envs) => Ok(envs),
            None => self.all(client).await,
        }
    }

    /// An environment by id or name (exact first, then any case). A name the
    /// cached list does not know is looked up again in a fresh list before
    /// it is unknown. `fresh`: from the server only, never the cache (a
    /// command that changes something confirms the name with the server).
    pub async fn find(&self, client: &Client, input: &str, fresh: bool) -> Result<Environment> {
        if fresh {
            return environments::resolve(self.all(client).await?, input).cloned();
        }
        let envs = self.known(client).await?;
        match environments::resolve(envs, input) {
            Ok(e) => Ok(e.clone()),
            Err(_) if !self.fresh.initialized() => {
                environments::resolve(self.all(client).await?, input).cloned()
            }
            Err(e) => Err(e),
        }
    }

    /// Whether this run found environments in the cache only.
    fn found_in_cache(&self) -> bool {
        !self.fresh.initialized() && self.cached.get().is_some_and(Option::is_some)
    }

    /// Looks at an error from an environment's webhooks: when the
    /// environment is gone and it was found in the cache, the cache was stale
    /// (an environment deleted and made again): it is dropped, and the
    /// message says that the next run asks the server.
    pub fn check(&self, e: Error) -> Error {
        if e.kind != Kind::NotFound || !self.found_in_cache() {
            return e;
        }
        if let Some(path) = &self.cache {
            let _ = std::fs::remove_file(path);
        }
        e.with_hint(
            "the environment was found in a cached list, now cleared: run the command again",
        )
    }
}
