//! `fer webhook apply`: make the account's webhooks match a file.

use std::collections::HashSet;
use std::process::ExitCode;

use fer_contract::wire::WebhookFields;
use futures::StreamExt;

use super::file::{parse_all, text};
use super::plan::{counts, plan, Action, Outcome, Step};
use super::shared::{create_recovering, fetch_all};
use crate::api::environments::Environment;
use crate::api::webhooks::{self, Created, Deleted};
use crate::cli::ApplyArgs;
use crate::context::Context;
use crate::error::{Error, Kind, Result};

pub async fn run(ctx: &Context, args: ApplyArgs) -> Result<ExitCode> {
    let name = if args.file == "-" {
        "stdin".to_string()
    } else {
        args.file.clone()
    };
    let bytes = ctx.out.io.read_input_bytes(&args.file, "the apply file")?;
    let (entries, problems) = parse_all(&text(bytes, &name)?, &name)?;
    let all_envs = crate::scope::all(ctx).await?.to_vec();

    // The environments the file names (those it names wrongly are reported
    // with the plan's other problems), in the account's order.
    let wanted: HashSet<String> = entries
        .iter()
        .filter_map(|e| {
            crate::api::environments::resolve(&all_envs, &e.environment)
                .ok()
                .map(|env| env.id.clone())
        })
        .collect();
    let named: Vec<Environment> = all_envs
        .iter()
        .filter(|e| wanted.contains(&e.id))
        .cloned()
        .collect();
    let current = fetch_all(ctx, &named).await?;
    let leases = current
        .iter()
        .filter(|w| super::listen::lease::is_live_lease(&w.description()))
        .count();
    if leases > 0 && args.prune {
        ctx.out.info(&format!(
            "Leaving {leases} live `fer webhook listen` lease{} alone (temporary webhooks of a running listener)",
            if leases == 1 { "" } else { "s" }
        ));
    }
    let unaddressable = ctx.out.deferred();
    let mut steps = plan(&entries, &all_envs, &current, args.prune, &name, problems)?;
    drop(current);

    let changes = steps.iter().filter(|s| s.is_change()).count();
    if unaddressable > 0 && !args.check && !args.dry_run {
        // A create could duplicate a webhook fer cannot address, a prune
        // could miss one: an account like this is not changed at all.
        ctx.out.list(&steps);
        return Err(Error::failure(format!(
            "the account holds {unaddressable} item{} without a usable id (said above); nothing was changed",
            if unaddressable == 1 { "" } else { "s" }
        ))
        .with_hint("fix or remove those items on the server, then apply again"));
    }
    if args.check {
        // Drift check: the plan, nothing changed, exit 6 when there is drift.
        ctx.out.list(&steps);
        if changes > 0 {
            return Err(Error::new(
                Kind::Drift,
                format!("the account differs from {name}: {}", counts(&steps)),
            )
            .with_hint(format!(
                "`fer webhook apply -f {}` makes it match",
                args.file
            )));
        }
        ctx.out
            .info(&format!("The account matches {name}: {}", counts(&steps)));
        return Ok(ExitCode::SUCCESS);
    }
    if args.dry_run || changes == 0 {
        ctx.out.list(&steps);
        ctx.out.info(&format!(
            "{}{}",
            counts(&steps),
            if args.dry_run {
                " (dry run: nothing changed)"
            } else {
                ""
            }
        ));
        return Ok(ExitCode::SUCCESS);
    }

    ctx.out.info(&format!("Plan: {}", counts(&steps)));
    for s in steps.iter().filter(|s| s.is_change()) {
        let what = s.changes_text();
        ctx.out.info(&format!(
            "  {:<7} {}  {}  {}{}",
            s.action.name(),
            s.env.name,
            s.event,
            crate::api::redact_url(&s.url),
            if what.is_empty() {
                String::new()
            } else {
                format!("  ({what})")
            }
        ));
    }
    if ctx.can_prompt() && !args.yes {
        let q = format!(
            "Apply these {changes} change{}?",
            if changes == 1 { "" } else { "s" }
        );
        if !ctx.prompter.borrow_mut().confirm(&q, false)? {
            return Err(Error::cancelled().with_hint("nothing was changed"));
        }
    }

    let client = ctx.client()?;
    // From here on, Ctrl-C and SIGTERM stop new requests; those in flight
    // finish, and what was made is said.
    let _deferred = crate::interrupt::defer();
    let run_step = |i: usize, s: Step| {
        let client = client.clone();
        async move {
            if crate::interrupt::interrupted() {
                return (i, Outcome::NotStarted, None);
            }
            let result: Result<(Outcome, Option<String>)> = match s.action {
                Action::Unchanged => Ok((Outcome::Done, None)),
                Action::Create => {
                    let body = WebhookFields {
                        event: Some(s.event.clone()),
                        url: Some(s.url.clone()),
                        description: Some(s.description.clone()).filter(|d| !d.is_empty()),
                        extra: s.extra.clone(),
                    };
                    match create_recovering(ctx, &client, &s.env, &body).await {
                        Ok(Created::New(v)) => Ok((Outcome::Done, Some(v.id()))),
                        // Made meanwhile (by a run that was cut short): it is there.
                        Ok(Created::Exists(id)) => Ok((Outcome::Existed, Some(id))),
                        Err(e) => Err(e),
                    }
                }
                Action::Update => {
                    let mut patch = WebhookFields::default();
                    for c in &s.changes {
                        if c.field == "description" {
                            patch.description = Some(s.description.clone());
                        } else {
                            patch.extra.insert(c.field.clone(), c.to.clone());
                        }
                    }
                    match webhooks::update(&client, &s.env.id, &s.id, &patch).await {
                        Ok(Some(_)) => Ok((Outcome::Done, None)),
                        Ok(None) => Err(Error::not_found(format!(
                            "webhook {} is gone (deleted meanwhile?)",
                            s.id
                        ))),
                        Err(e) => Err(e),
                    }
                }
                Action::Delete => {
                    if !crate::api::usable_id(&s.id) {
                        Err(Error::failure(format!(
                            "the API listed a webhook with the unusable id '{}'; it was left alone",
                            s.id
                        )))
                    } else {
                        match webhooks::delete(&client, &s.env.id, &s.id).await {
                            Ok(Deleted::Deleted) => Ok((Outcome::Done, None)),
                            Ok(Deleted::AlreadyGone) => Ok((Outcome::AlreadyGone, None)),
                            Err(e) => Err(e),
                        }
                    }
                }
            };
            match result {
                Ok((o, id)) => (i, o, id),
                Err(e) => (i, Outcome::Failed(e.message), None),
            }
        }
    };
    let width = ctx.settings.concurrency();
    // Creates and updates first; deletes only after them, and not in an
    // environment where a create failed: a webhook whose URL changes is
    // made anew before the old one goes, so a failure never leaves neither.
    // N requests in flight, a new one starting as any one ends.
    let first: Vec<(usize, Step)> = steps
        .iter()
        .enumerate()
        .filter(|(_, s)| s.is_change() && s.action != Action::Delete)
        .map(|(i, s)| (i, s.clone()))
        .collect();
    let done: Vec<_> = futures::stream::iter(first)
        .map(|(i, s)| run_step(i, s))
        .buffer_unordered(width)
        .collect()
        .await;
    record(&mut steps, done);
    let failed_envs: HashSet<String> = steps
        .iter()
        .filter(|s| s.action == Action::Create && matches!(s.outcome, Some(Outcome::Failed(_))))
        .map(|s| s.env.id.clone())
        .collect();
    let mut second = Vec::new();
    for (i, s) in steps.iter_mut().enumerate() {
        if s.action != Action::Delete {
            continue;
        }
        if failed_envs.contains(&s.env.id) {
            s.outcome = Some(Outcome::Failed(format!(
                "not deleted: a create in {} failed, so its old webhooks stay",
                s.env.name
            )));
        } else {
            second.push((i, s.clone()));
        }
    }
    let done: Vec<_> = futures::stream::iter(second)
        .map(|(i, s)| run_step(i, s))
        .buffer_unordered(width)
        .collect()
        .await;
    record(&mut steps, done);
    for s in steps.iter_mut().filter(|s| !s.is_change()) {
        s.outcome = Some(Outcome::Done);
    }
    report(ctx, &name, &steps)
}

/// Puts each step's outcome (and a new webhook's id) in place.
fn record(steps: &mut [Step], done: Vec<(usize, Outcome, Option<String>)>) {
    for (i, outcome, id) in done {
        if let Some(id) = id {
            steps[i].id = id;
        }
        steps[i].outcome = Some(outcome);
    }
}

/// The outcome: the steps (a table or JSON), then a line that says what was
/// made, and an exit status that never claims more than the server confirmed.
fn report(ctx: &Context, name: &str, steps: &[Step]) -> Result<ExitCode> {
    ctx.out.list(steps);
    let changes: Vec<&Step> = steps.iter().filter(|s| s.is_change()).collect();
    let made = |s: &Step| {
        matches!(
            s.outcome,
            Some(Outcome::Done | Outcome::AlreadyGone | Outcome::Existed)
        )
    };
    let n_made = changes.iter().filter(|s| made(s)).count();
    let describe = |s: &Step| {
        format!(
            "{} {} {} {}",
            s.action.name(),
            s.env.name,
            s.event,
            crate::api::redact_url(&s.url)
        )
    };
    if crate::interrupt::interrupted() {
        let listed: Vec<String> = changes
            .iter()
            .filter(|s| made(s))
            .map(|s| format!("{} ({})", describe(s), s.id))
            .collect();
        return Err(Error::new(
            Kind::Cancelled,
            format!(
                "interrupted: {n_made} of {} changes were made{}",
                changes.len(),
                if listed.is_empty() {
                    String::new()
                } else {
                    format!(":\n  {}", listed.join("\n  "))
                }
            ),
        )
        .with_hint("run the same apply again: it makes only what is still missing"));
    }
    let failed: Vec<(&Step, &str)> = changes
        .iter()
        .filter_map(|s| match &s.outcome {
            Some(Outcome::Failed(m)) => Some((*s, m.as_str())),
            _ => None,
        })
        .collect();
    if failed.is_empty() {
        let n = |a: Action, o: Outcome| {
            steps
                .iter()
                .filter(|s| s.action == a && s.outcome.as_ref() == Some(&o))
                .count()
        };
        let mut parts = vec![
            format!("{} created", n(Action::Create, Outcome::Done)),
            format!("{} updated", n(Action::Update, Outcome::Done)),
            format!("{} deleted", n(Action::Delete, Outcome::Done)),
        ];
        let gone = n(Action::Delete, Outcome::AlreadyGone);
        if gone > 0 {
            parts.push(format!("{gone} already gone"));
        }
        let there = n(Action::Create, Outcome::Existed);
        if there > 0 {
            parts.push(format!("{there} already there"));
        }
        parts.push(format!(
            "{} unchanged",
            steps.iter().filter(|s| !s.is_change()).count()
        ));
        ctx.out
            .success(&format!("Applied {name}: {}", parts.join(", ")));
        return Ok(ExitCode::SUCCESS);
    }
    let auth = failed.iter().any(|(_, m)| m.contains("permission denied"));
    let lines: Vec<String> = failed
        .iter()
        .map(|(s, m)| format!("{}: {m}", describe(s)))
        .collect();
    Err(Error::new(
        if auth { Kind::Auth } else { Kind::Failure },
        format!(
            "{} of {} changes failed; {n_made} were made:\n  {}",
            failed.len(),
            changes.len(),
            lines.join("\n  ")
        ),
    )
    .with_hint("run the same apply again: it makes only what is still missing"))
}
