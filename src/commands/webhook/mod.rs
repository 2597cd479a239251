//! `fer webhook …`: one file a verb, each `run(ctx, args)`; what they share
//! is in `shared` (lookups, checks) and `file` (the apply file format).

pub mod apply;
pub mod create;
pub mod delete;
pub mod export;
pub mod file;
pub mod get;
pub mod list;
pub mod listen;
pub mod plan;
pub mod replay;
pub mod shared;
pub mod test;
pub mod update;
pub mod walk;

use std::process::ExitCode;

use crate::cli::WebhookCommand;
use crate::context::Context;
use crate::error::Result;

pub async fn run(ctx: &Context, cmd: WebhookCommand) -> Result<ExitCode> {
    match cmd {
        WebhookCommand::Create(a) => create::run(ctx, a).await,
        WebhookCommand::List(a) => list::run(ctx, a).await,
        WebhookCommand::Get(a) => get::run(ctx, a).await,
        WebhookCommand::Update(a) => update::run(ctx, a).await,
        WebhookCommand::Delete(a) => delete::run(ctx, a).await,
        WebhookCommand::Test(a) => test::run(ctx, a).await,
        WebhookCommand::Listen(a) => listen::run(ctx, a).await,
        WebhookCommand::Replay(a) => replay::run(ctx, a).await,
        WebhookCommand::Apply(a) => apply::run(ctx, a).await,
        WebhookCommand::Export(a) => export::run(ctx, a).await,
    }
}
