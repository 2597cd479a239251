//! Paged lists (docs/api.md, "Lists: pagination"), read so that no reading
//! of the vendor's material loses items silently: the first page is asked
//! without `_page` and gives the base (`current_page`); the page count comes
//! from `total_count` and what a full page held, never from `last_page`;
//! pages are fetched lazily, a few at a time; an empty page stops early;
//! numbers may come as strings; and the count received must equal
//! `total_count`, else the command fails.

use fer_contract::wire::Page;
use futures::StreamExt;
use serde_json::Value;
use url::Url;

use super::Client;
use crate::error::{Error, Result};

/// Page size asked of list endpoints (the server may cap it lower).
pub const PAGE_SIZE: usize = 100;
/// The most items fer reads from one list; a server claiming more is refused.
pub const MAX_ITEMS: u64 = 100_000;
/// The most pages fer asks for one list.
pub const MAX_PAGES: u64 = 10_000;

/// A page as fer reads it: fer-contract's `Page`, whose counts may come as
/// numbers or strings.
fn envelope(v: Value, what: &str) -> Result<Page<Value>> {
    let items_ok = match v.get("items") {
        Some(i) => i.is_array() || i.is_null(),
        // No items at all, but a count: an empty page.
        None => v.get("total_count").is_some(),
    };
    if !items_ok {
        return Err(Error::failure(format!(
            "unexpected response to {what}: no \"items\" list in {}",
            crate::output::truncate(&v.to_string(), 120)
        )));
    }
    serde_json::from_value(v)
        .map_err(|e| Error::failure(format!("unexpected response to {what}: {e}")))
}

fn page_url(list: &Url, page: Option<u64>) -> Url {
    let mut url = list.clone();
    {
        let mut q = url.query_pairs_mut();
        if let Some(p) = page {
            q.append_pair("_page", &p.to_string());
        }
        q.append_pair("_max_per_page", &PAGE_SIZE.to_string());
    }
    url
}

fn mismatch(what: &str, total: u64, got: u64) -> Error {
    Error::failure(format!(
        "the API reported {total} items for {what} but returned {got}"
    ))
    .with_hint(
        "the server's paging does not add up; nothing was left out silently, so nothing is shown",
    )
}

fn too_many(what: &str, total: u64) -> Error {
    Error::failure(format!(
        "the API reported {total} items for {what}; fer reads at most {MAX_ITEMS} items or {MAX_PAGES} pages from one list"
    ))
    .with_hint("check --api-url: no FE&R account holds that many")
}

fn repeated(what: &str, page: u64) -> Error {
    Error::failure(format!(
        "the API returned the same items again for page {page} of {what}: it does not seem to page by _page"
    ))
}

impl Client {
    async fn page(&self, list: &Url, page: Option<u64>, what: &str) -> Result<Page<Value>> {
        let v = self.get(&page_url(list, page), what).await?.into_json()?;
        envelope(v, what)
    }

    /// Every item of a paged list, or an error: never a short list, and
    /// never one item twice (a list that changed while it was read: an
    /// insert shifts the pages, so one item shows twice and another not).
    pub async fn get_all(&self, path: &Url, what: &str) -> Result<Vec<Value>> {
        let items = self.get_all_pages(path, what).await?;
        let mut seen = std::collections::HashSet::with_capacity(items.len());
        for item in &items {
            if let Some(id) = item.get("id").and_then(fer_contract::wire::id_text) {
                if !seen.insert(id) {
                    let id = item.get("id").map(Value::to_string).unwrap_or_default();
                    return Err(Error::failure(format!(
                        "the list changed while it was read ({what}): the API returned {id} twice, so another item may be missing"
                    ))
                    .with_hint("run the command again"));
                }
            }
        }
        Ok(items)
    }

    async fn get_all_pages(&self, path: &Url, what: &str) -> Result<Vec<Value>> {
        let first = self.page(path, None, what).await?;
        // The first page's number is the base (0 or 1); absent: 1-based.
        let base = first.current_page.unwrap_or(1);
        let full = first.items.len() as u64;
        let mut items = first.items;
        match first.total_count {
            Some(total) if total > MAX_ITEMS => Err(too_many(what, total)),
            Some(total) if full >= total || full == 0 => {
                if full == total {
                    Ok(items)
                } else {
                    Err(mismatch(what, total, full))
                }
            }
            Some(total) => {
                let pages = total.div_ceil(full);
                if pages > MAX_PAGES {
                    return Err(too_many(what, total));
                }
                // Pages asked lazily, a few in flight; the client's bound on
                // requests in flight holds across lists fetched together.
                let mut rest = futures::stream::iter(1..pages)
                    .map(|i| self.page(path, Some(base + i), what))
                    .buffered(self.concurrency());
                // A page that starts as the one before it did is the same
                // page again (a server that ignores `_page`).
                let mut previous = items.first().cloned();
                let mut n = 1;
                while let Some(page) = rest.next().await {
                    n += 1;
                    let page = page?.items;
                    if page.is_empty() {
                        break;
                    }
                    if items.len() as u64 + page.len() as u64 > total {
                        return Err(mismatch(
                            what,
                            total,
                            items.len() as u64 + page.len() as u64,
                        ));
                    }
                    if page.first() == previous.as_ref() {
                        return Err(repeated(what, base + n - 1));
                    }
                    previous = page.first().cloned();
                    items.extend(page);
                }
                if items.len() as u64 != total {
                    return Err(mismatch(what, total, items.len() as u64));
                }
                Ok(items)
            }
            // No count: page on, one at a time, until a page is empty or
            // shorter than the first.
            None => {
                if full == 0 {
                    return Ok(items);
                }
                let mut previous = items.first().cloned();
                let mut page_no = base;
                loop {
                    page_no += 1;
                    if page_no - base >= MAX_PAGES || items.len() as u64 >= MAX_ITEMS {
                        return Err(too_many(what, items.len() as u64));
                    }
                    let page = self.page(path, Some(page_no), what).await?.items;
                    if page.is_empty() {
                        break;
                    }
                    if page.first() == previous.as_ref() {
                        return Err(repeated(what, page_no));
                    }
                    previous = page.first().cloned();
                    let short = (page.len() as u64) < full;
                    items.extend(page);
                    if short {
                        break;
                    }
                }
                Ok(items)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_page_is_asked_without_a_number() {
        let u = |s: &str| Url::parse(s).unwrap();
        assert_eq!(
            page_url(&u("http://h/a/b"), None).as_str(),
            "http://h/a/b?_max_per_page=100"
        );
        assert_eq!(
            page_url(&u("http://h/a/b"), Some(0)).as_str(),
            "http://h/a/b?_page=0&_max_per_page=100"
        );
    }
}
