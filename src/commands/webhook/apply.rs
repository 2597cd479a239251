//! `fer webhook apply`: make the account's webhooks match a file.

use std::collections::HashSet;
use std::process::ExitCode;

use fer_contract::wire::WebhookFields;

use super::file::{check, parse};
use super::plan::{counts, plan, print_steps, Action, Step};
use super::shared::{create_recovering, fetch_all};
use crate::api::environments::Environment;
use crate::api::webhooks::{self, Created};
use crate::cli::ApplyArgs;
use crate::context::Context;
use crate::error::{Error, Kind, Result};

pub async fn run(ctx: &Context, args: ApplyArgs) -> Result<ExitCode> {
    let name = if args.file == "-" {
        "stdin".to_string()
    } else {
        args.file.clone()
    };
    let text = ctx.read_input(&args.file, "the apply file")?;
    let entries = parse(&text, &name)?;
    let all_envs = ctx.all_environments().await?.to_vec();
    let desired = check(&entries, &all_envs, &name)?;

    // The environments the file names, in the account's order.
    let named: Vec<Environment> = all_envs
        .iter()
        .filter(|e| desired.iter().any(|d| d.env.id == e.id))
        .cloned()
        .collect();
    let current = fetch_all(ctx, &named).await?;
    let mut steps = plan(&desired, &current, &named, args.prune);

    let changes = steps.iter().any(|s| s.action != Action::Unchanged);
    if args.check {
        // Drift check: the plan, nothing changed, exit 6 when there is drift.
        print_steps(ctx, &steps);
        if changes {
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
    if args.dry_run || !changes {
        print_steps(ctx, &steps);
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
    for s in steps.iter().filter(|s| s.action != Action::Unchanged) {
        ctx.out.info(&format!(
            "  {:<7} {}  {}  {}",
            s.action.name(),
            s.env.name,
            s.event,
            s.url
        ));
    }
    let client = ctx.client()?;
    let run_step = |s: &Step| {
        let client = client.clone();
        let s = s.clone();
        async move {
            match s.action {
                Action::Unchanged => Ok(None),
                Action::Create => {
                    let body = WebhookFields {
                        event: Some(s.event.clone()),
                        url: Some(s.url.clone()),
                        description: Some(s.description.clone()).filter(|d| !d.is_empty()),
                    };
                    match create_recovering(ctx, &client, &s.env, &body).await? {
                        Created::New(v) => Ok(Some(v.id())),
                        // Made meanwhile (by a run that was cut short): it is there.
                        Created::Exists(id) => Ok(Some(id)),
                    }
                }
                Action::Update => {
                    let patch = WebhookFields {
                        description: Some(s.description.clone()),
                        ..WebhookFields::default()
                    };
                    webhooks::update(&client, &s.env.id, &s.id, &patch)
                        .await?
                        .map(|_| None)
                        .ok_or_else(|| Error::not_found(format!("webhook {} is gone", s.id)))
                }
                Action::Delete => {
                    if !crate::api::usable_id(&s.id) {
                        return Err(Error::failure(format!(
                            "the API listed a webhook with the unusable id '{}'; it was left alone",
                            s.id
                        )));
                    }
                    // Already gone is what was wanted.
                    webhooks::delete(&client, &s.env.id, &s.id)
                        .await
                        .map(|_| None)
                }
            }
        }
    };
    // Creates and updates first; deletes only after them, and not in an
    // environment where a create failed: a webhook whose URL changes is
    // made anew before the old one goes, so a failure never leaves neither.
    let mut results: Vec<Option<Result<Option<String>>>> = steps.iter().map(|_| None).collect();
    let first_phase: Vec<usize> = (0..steps.len())
        .filter(|&i| steps[i].action != Action::Delete)
        .collect();
    let done = futures::future::join_all(first_phase.iter().map(|&i| run_step(&steps[i]))).await;
    for (i, r) in first_phase.iter().zip(done) {
        results[*i] = Some(r);
    }
    let failed_envs: HashSet<String> = steps
        .iter()
        .zip(&results)
        .filter(|(s, r)| s.action == Action::Create && matches!(r, Some(Err(_))))
        .map(|(s, _)| s.env.id.clone())
        .collect();
    let second_phase: Vec<usize> = (0..steps.len())
        .filter(|&i| steps[i].action == Action::Delete)
        .collect();
    let done = futures::future::join_all(second_phase.iter().map(|&i| {
        let held_back = failed_envs.contains(&steps[i].env.id);
        let step = &steps[i];
        let run = run_step(step);
        async move {
            if held_back {
                Err(Error::failure(format!(
                    "not deleted: a create in {} failed, so its old webhooks stay",
                    step.env.name
                )))
            } else {
                run.await
            }
        }
    }))
    .await;
    for (i, r) in second_phase.iter().zip(done) {
        results[*i] = Some(r);
    }
    let results = results.into_iter().map(|r| r.unwrap_or(Ok(None)));

    let mut first_error: Option<Error> = None;
    for (step, result) in steps.iter_mut().zip(results) {
        match result {
            Ok(Some(id)) => step.id = id,
            Ok(None) => {}
            Err(e) => {
                step.error = Some(e.message.clone());
                first_error.get_or_insert(e);
            }
        }
    }
    for s in steps.iter_mut() {
        s.done = true;
    }
    print_steps(ctx, &steps);
    match first_error {
        None => {
            ctx.out.success(&format!(
                "Applied {name}: {}",
                counts(&steps).replace("to ", "")
            ));
            Ok(ExitCode::SUCCESS)
        }
        Some(e) => {
            let failed: Vec<String> = steps
                .iter()
                .filter_map(|s| {
                    s.error.as_ref().map(|m| {
                        format!(
                            "{} {} {} {}: {m}",
                            s.action.name(),
                            s.env.name,
                            s.event,
                            s.url
                        )
                    })
                })
                .collect();
            let kind = if e.kind == Kind::Auth {
                Kind::Auth
            } else {
                Kind::Failure
            };
            Err(Error::new(
                kind,
                format!(
                    "{} of {} changes failed; the others were made:\n  {}",
                    failed.len(),
                    steps
                        .iter()
                        .filter(|s| s.action != Action::Unchanged)
                        .count(),
                    failed.join("\n  ")
                ),
            )
            .with_hint("run the same apply again: it makes only what is still missing"))
        }
    }
}
