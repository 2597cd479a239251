//! The interactive flows, driven through a real pseudo-terminal.

use crate::common::*;
use rexpect::session::{spawn_command, PtySession};

const DOWN: &str = "\x1b[B";
const ESC: &str = "\x1b";

fn fer_in_pty(w: &World, args: &[&str]) -> PtySession {
    let mut c = w.process();
    c.env("TERM", "xterm").args(args);
    spawn_command(c, Some(15_000)).expect("spawn in a pty")
}

/// Sends keys without a newline (rexpect's `send` does not flush).
fn keys(p: &mut PtySession, s: &str) {
    p.send(s).unwrap();
    p.flush().unwrap();
}

/// Waits for the end; a process still running after the session's timeout
/// is killed and fails the test rather than hanging it.
fn finish(mut p: PtySession) -> (i32, String) {
    let rest = match p.exp_eof() {
        Ok(rest) => rest,
        Err(e) => {
            let _ = p.process_mut().exit();
            panic!("fer did not end: {e}");
        }
    };
    let code = match p.process().wait() {
        Ok(rexpect::process::WaitStatus::Exited(_, c)) => c,
        other => panic!("unexpected end: {other:?}"),
    };
    (code, rest)
}

#[test]
fn login_asks_for_what_is_missing_with_the_secret_hidden() {
    let w = World::new();
    let mut p = fer_in_pty(&w, &["login"]);
    p.exp_string("Account ID").unwrap();
    p.send_line("acc-local").unwrap();
    p.exp_string("Client ID").unwrap();
    p.send_line(ADMIN_CLIENT_ID).unwrap();
    p.exp_string("Client secret").unwrap();
    p.send_line(ADMIN_CLIENT_SECRET).unwrap();
    let (code, rest) = finish(p);
    assert_eq!(code, 0, "{rest}");
    assert!(rest.contains("Logged in to account acc-local"), "{rest}");
    assert!(
        !rest.contains(ADMIN_CLIENT_SECRET),
        "the secret is not echoed: {rest}"
    );
    let text = std::fs::read_to_string(w.config_path()).unwrap();
    assert!(text.contains(ADMIN_CLIENT_SECRET));
}

#[test]
fn login_with_a_flag_asks_only_for_the_rest() {
    let w = World::new();
    let mut p = fer_in_pty(
        &w,
        &[
            "login",
            "--account-id",
            "acc-local",
            "--client-id",
            ADMIN_CLIENT_ID,
        ],
    );
    p.exp_string("Client secret").unwrap();
    p.send_line("wrong").unwrap();
    let (code, rest) = finish(p);
    assert_eq!(code, 4, "{rest}");
    assert!(!rest.contains("Account ID"), "{rest}");
    assert!(!w.config_path().exists());
}

#[test]
fn create_walks_through_the_web_apps_flow() {
    let w = World::new();
    w.login();
    let mut p = fer_in_pty(&w, &["webhook", "create"]);
    // Environment: production (main) is preselected; one down picks staging.
    p.exp_string("Environment").unwrap();
    p.exp_string("staging").unwrap();
    keys(&mut p, DOWN);
    p.send_line("").unwrap();
    // Event: a list with labels; two down picks the third, Campaign status changed.
    p.exp_string("Event").unwrap();
    p.exp_string("Account access removed").unwrap();
    keys(&mut p, DOWN);
    keys(&mut p, DOWN);
    p.send_line("").unwrap();
    // URL: checked as typed, an invalid one is asked again.
    p.exp_string("URL").unwrap();
    p.send_line("hooks.example.com/no-scheme").unwrap();
    p.exp_string("absolute").unwrap();
    // dialoguer keeps the rejected text out of the next try.
    p.send_line("https://hooks.example.com/abtasty").unwrap();
    p.exp_string("Description").unwrap();
    p.send_line("Slack relay").unwrap();
    // Summary, then a confirmation.
    p.exp_string("Campaign status changed (Campaign.status.changed)")
        .unwrap();
    p.exp_string("Create this webhook?").unwrap();
    keys(&mut p, "y");
    let (code, rest) = finish(p);
    assert_eq!(code, 0, "{rest}");
    let hooks = w.hub.webhooks("staging");
    assert_eq!(hooks.len(), 1, "{hooks:?}");
    assert_eq!(hooks[0]["event"], "Campaign.status.changed");
    assert_eq!(hooks[0]["url"], "https://hooks.example.com/abtasty");
    assert_eq!(hooks[0]["description"], "Slack relay");
    assert!(rest.contains(hooks[0]["id"].as_str().unwrap()), "{rest}");
    assert!(w.hub.webhooks("production").is_empty());
}

#[test]
fn answering_no_offers_to_change_an_answer_or_cancel() {
    let w = World::new();
    w.login();
    let mut p = fer_in_pty(
        &w,
        &[
            "webhook",
            "create",
            "--env",
            "production",
            "--event",
            "flag-created",
            "--url",
            "https://x.example.com",
            "--description",
            "",
        ],
    );
    p.exp_string("Create this webhook?").unwrap();
    keys(&mut p, "n");
    // The answers, then a way out: the last row.
    p.exp_string("Change which answer?").unwrap();
    p.exp_string("https://x.example.com").unwrap();
    p.exp_string("Nothing: cancel").unwrap();
    keys(&mut p, "cancel");
    p.send_line("").unwrap();
    let (code, _) = finish(p);
    assert_eq!(code, 130);
    assert!(w.hub.webhooks("production").is_empty());
}

#[test]
fn no_at_the_summary_changes_one_answer_and_keeps_the_others() {
    let w = World::new();
    w.login();
    let mut p = fer_in_pty(&w, &["webhook", "create", "--env", "staging"]);
    p.exp_string("Event").unwrap();
    keys(&mut p, "flag removed");
    p.send_line("").unwrap();
    p.exp_string("URL").unwrap();
    p.send_line("https://wrong.example.com").unwrap();
    p.exp_string("Description").unwrap();
    p.send_line("kept").unwrap();
    p.exp_string("Create this webhook?").unwrap();
    keys(&mut p, "n");
    p.exp_string("Change which answer?").unwrap();
    keys(&mut p, "URL");
    p.send_line("").unwrap();
    // The URL asked again, then the summary with the new one.
    p.exp_string("URL").unwrap();
    p.send_line("https://right.example.com").unwrap();
    p.exp_string("https://right.example.com").unwrap();
    p.exp_string("Create this webhook?").unwrap();
    keys(&mut p, "y");
    let (code, rest) = finish(p);
    assert_eq!(code, 0, "{rest}");
    let hooks = w.hub.webhooks("staging");
    assert_eq!(hooks.len(), 1, "{hooks:?}");
    assert_eq!(hooks[0]["event"], "Flag.removed");
    assert_eq!(hooks[0]["url"], "https://right.example.com");
    assert_eq!(hooks[0]["description"], "kept");
}

#[test]
fn esc_steps_back_one_question_in_the_create_walk() {
    let w = World::new();
    w.login();
    let mut p = fer_in_pty(&w, &["webhook", "create", "--env", "staging"]);
    p.exp_string("Event").unwrap();
    keys(&mut p, "flag created");
    p.send_line("").unwrap();
    p.exp_string("URL").unwrap();
    keys(&mut p, "https://half");
    // Esc at the URL: the event list again; another event, then on.
    keys(&mut p, ESC);
    p.exp_string("Event").unwrap();
    p.exp_string("type to filter").unwrap();
    keys(&mut p, "campaign");
    p.exp_string("Campaign.status.changed").unwrap();
    p.send_line("").unwrap();
    p.exp_string("URL").unwrap();
    p.send_line("https://hooks.example.com/abtasty").unwrap();
    p.exp_string("Description").unwrap();
    // Esc at the description: the URL again.
    keys(&mut p, ESC);
    p.exp_string("URL").unwrap();
    p.send_line("").unwrap();
    p.exp_string("Description").unwrap();
    p.send_line("").unwrap();
    p.exp_string("Create this webhook?").unwrap();
    keys(&mut p, "y");
    let (code, rest) = finish(p);
    assert_eq!(code, 0, "{rest}");
    let hooks = w.hub.webhooks("staging");
    assert_eq!(hooks.len(), 1, "{hooks:?}");
    assert_eq!(hooks[0]["event"], "Campaign.status.changed");
    assert_eq!(hooks[0]["url"], "https://hooks.example.com/abtasty");
}

#[test]
fn esc_at_the_first_question_cancels_and_esc_steps_back_in_update() {
    let w = World::new();
    w.login();
    let p = {
        let mut p = fer_in_pty(&w, &["webhook", "create", "--env", "staging"]);
        p.exp_string("Event").unwrap();
        keys(&mut p, ESC);
        p
    };
    let (code, _) = finish(p);
    assert_eq!(code, 130);
    let id = w.create("production", "flag-created", "https://old.example.com");
    let mut p = fer_in_pty(&w, &["webhook", "update", &id]);
    p.exp_string("Event").unwrap();
    p.send_line("").unwrap();
    p.exp_string("URL").unwrap();
    p.send_line("https://new.example.com").unwrap();
    p.exp_string("Description").unwrap();
    keys(&mut p, ESC);
    // Back at the URL, its answer now the default: Enter keeps it.
    p.exp_string("https://new.example.com").unwrap();
    p.send_line("").unwrap();
    p.exp_string("Description").unwrap();
    p.send_line("").unwrap();
    p.exp_string("Update this webhook?").unwrap();
    keys(&mut p, "y");
    let (code, rest) = finish(p);
    assert_eq!(code, 0, "{rest}");
    assert_eq!(
        w.hub.webhooks("production")[0]["url"],
        "https://new.example.com"
    );
}

#[test]
fn delete_asks_and_names_what_goes() {
    let w = World::new();
    w.login();
    let (_, id, _) = run(w.fer().args([
        "webhook",
        "create",
        "--env",
        "production",
        "--event",
        "flag-created",
        "--url",
        "https://x.example.com",
        "-q",
    ]));
    let id = id.trim().to_string();
    let mut p = fer_in_pty(&w, &["webhook", "delete", &id]);
    p.exp_string("https://x.example.com").unwrap();
    p.exp_string("Delete 1 webhook?").unwrap();
    keys(&mut p, "y");
    let (code, rest) = finish(p);
    assert_eq!(code, 0, "{rest}");
    assert!(w.hub.webhooks("production").is_empty());
}

#[test]
fn ctrl_c_at_a_prompt_gives_the_cursor_back_and_exits_130() {
    let w = World::new();
    w.login();
    let mut p = fer_in_pty(&w, &["webhook", "create"]);
    p.exp_string("Environment").unwrap();
    p.exp_string("staging").unwrap();
    p.send_control('c').unwrap();
    let (code, rest) = finish(p);
    assert_eq!(code, 130, "{rest}");
    assert!(rest.contains("cancelled"), "{rest}");
    assert!(
        rest.contains("\x1b[?25h"),
        "the cursor is shown again: {rest:?}"
    );
    assert!(w.hub.webhooks("production").is_empty() && w.hub.webhooks("staging").is_empty());
}

#[test]
fn client_secret_stdin_on_a_terminal_is_read_hidden() {
    let w = World::new();
    let mut p = fer_in_pty(
        &w,
        &[
            "login",
            "--account-id",
            "acc-local",
            "--client-id",
            ADMIN_CLIENT_ID,
            "--client-secret-stdin",
        ],
    );
    p.exp_string("Client secret").unwrap();
    p.send_line(ADMIN_CLIENT_SECRET).unwrap();
    let (code, rest) = finish(p);
    assert_eq!(code, 0, "{rest}");
    assert!(!rest.contains(ADMIN_CLIENT_SECRET), "{rest}");
    assert!(std::fs::read_to_string(w.config_path())
        .unwrap()
        .contains(ADMIN_CLIENT_SECRET));
}

#[test]
fn get_without_an_id_picks_the_environment_then_the_webhook() {
    let w = World::new();
    w.login();
    w.create("production", "flag-created", "https://one.example.com");
    w.create("production", "flag-removed", "https://two.example.com");
    let mut p = fer_in_pty(&w, &["webhook", "get"]);
    p.exp_string("Environment").unwrap();
    p.exp_string("staging").unwrap();
    // production, the main one, is preselected.
    p.send_line("").unwrap();
    p.exp_string("Webhook").unwrap();
    p.exp_string("https://two.example.com").unwrap();
    keys(&mut p, DOWN);
    p.send_line("").unwrap();
    let (code, rest) = finish(p);
    assert_eq!(code, 0, "{rest}");
    assert!(
        rest.contains("url:         https://two.example.com"),
        "{rest}"
    );
}

#[test]
fn delete_without_ids_lets_several_be_picked() {
    let w = World::new();
    w.login();
    w.create("staging", "flag-created", "https://one.example.com");
    w.create("staging", "flag-removed", "https://two.example.com");
    w.create("staging", "flag-removed", "https://three.example.com");
    let mut p = fer_in_pty(&w, &["webhook", "delete", "--env", "staging"]);
    p.exp_string("Space marks, Enter confirms").unwrap();
    p.exp_string("https://three.example.com").unwrap();
    // Mark the first and the third.
    keys(&mut p, " ");
    keys(&mut p, DOWN);
    keys(&mut p, DOWN);
    keys(&mut p, " ");
    p.send_line("").unwrap();
    p.exp_string("Delete 2 webhooks?").unwrap();
    keys(&mut p, "y");
    let (code, rest) = finish(p);
    assert_eq!(code, 0, "{rest}");
    let left: Vec<String> = w
        .hub
        .webhooks("staging")
        .iter()
        .map(|h| h["url"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(left, ["https://two.example.com"]);
}

#[test]
fn typing_in_the_delete_picker_filters_and_marks_nothing() {
    let w = World::new();
    w.login();
    let keep = w.create("staging", "flag-created", "https://flags.example.com");
    w.create(
        "staging",
        "campaign-status-changed",
        "https://camp-a.example.com",
    );
    w.create(
        "staging",
        "campaign-status-changed",
        "https://camp-b.example.com",
    );
    let mut p = fer_in_pty(&w, &["webhook", "delete", "--env", "staging"]);
    p.exp_string("Space marks, Enter confirms").unwrap();
    // The rows show their ids.
    p.exp_string(&keep).unwrap();
    // Letters filter ("a" once toggled every row; j and k moved).
    keys(&mut p, "camp-b");
    p.exp_string("0 marked").unwrap();
    keys(&mut p, " ");
    p.exp_string("1 marked").unwrap();
    p.send_line("").unwrap();
    p.exp_string("Delete 1 webhook?").unwrap();
    keys(&mut p, "y");
    let (code, rest) = finish(p);
    assert_eq!(code, 0, "{rest}");
    let left: Vec<String> = w
        .hub
        .webhooks("staging")
        .iter()
        .map(|h| h["url"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        left,
        ["https://flags.example.com", "https://camp-a.example.com"]
    );

    // Enter with nothing marked: said, and nothing goes.
    let mut p = fer_in_pty(&w, &["webhook", "delete", "--env", "staging"]);
    p.exp_string("Space marks, Enter confirms").unwrap();
    keys(&mut p, "camp");
    p.send_line("").unwrap();
    let (code, rest) = finish(p);
    assert_eq!(code, 130, "{rest}");
    assert!(rest.contains("nothing was marked"), "{rest}");
    assert_eq!(w.hub.webhooks("staging").len(), 2);
}

#[test]
fn update_walks_event_url_and_description_and_types_to_filter() {
    let w = World::new();
    w.login();
    let id = w.create("production", "flag-created", "https://old.example.com");
    w.hub.clear_log();
    let mut p = fer_in_pty(&w, &["webhook", "update", &id]);
    p.exp_string("Event").unwrap();
    p.exp_string("type to filter").unwrap();
    // Typing filters the list: "campaign" leaves one event.
    keys(&mut p, "campaign");
    p.exp_string("Campaign.status.changed").unwrap();
    p.send_line("").unwrap();
    p.exp_string("URL").unwrap();
    p.send_line("https://new.example.com").unwrap();
    p.exp_string("Description").unwrap();
    p.send_line("").unwrap();
    // What changes, old then new (rexpect reads bytes as Latin-1: no arrow).
    p.exp_string("https://old.example.com ").unwrap();
    p.exp_string(" https://new.example.com").unwrap();
    p.exp_string("Update this webhook?").unwrap();
    keys(&mut p, "y");
    let (code, rest) = finish(p);
    assert_eq!(code, 0, "{rest}");
    let hook = &w.hub.webhooks("production")[0];
    assert_eq!(hook["event"], "Campaign.status.changed");
    assert_eq!(hook["url"], "https://new.example.com");
    let patches = w.writes();
    assert_eq!(patches.len(), 1, "{patches:?}");
}

#[test]
fn an_update_that_changes_nothing_sends_nothing() {
    let w = World::new();
    w.login();
    let id = w.create("production", "flag-created", "https://same.example.com");
    w.hub.clear_log();
    let mut p = fer_in_pty(&w, &["webhook", "update", &id]);
    p.exp_string("Event").unwrap();
    p.send_line("").unwrap();
    p.exp_string("URL").unwrap();
    p.send_line("").unwrap();
    p.exp_string("Description").unwrap();
    p.send_line("").unwrap();
    let (code, rest) = finish(p);
    assert_eq!(code, 0, "{rest}");
    assert!(rest.contains("Nothing changed"), "{rest}");
    assert!(w.writes().is_empty(), "{:?}", w.writes());
}

#[test]
fn the_readmes_first_command_reaches_the_create_flow_with_nothing_set_up() {
    let w = World::new();
    let mut c = w.process();
    c.env("TERM", "xterm")
        .env("XDG_DATA_HOME", w.home().join("data"))
        .args(["--sandbox", "webhook", "create"]);
    let mut p = spawn_command(c, Some(15_000)).unwrap();
    p.exp_string("Environment").unwrap();
    p.send_line("").unwrap();
    p.exp_string("Event").unwrap();
    keys(&mut p, "flag removed");
    p.send_line("").unwrap();
    // The sandbox offers the local receiver, where a delivery arrives.
    p.exp_string("URL").unwrap();
    p.exp_string("http://127.0.0.1:8787").unwrap();
    p.send_line("").unwrap();
    p.exp_string("Description").unwrap();
    p.send_line("tried it").unwrap();
    p.exp_string("Create this webhook?").unwrap();
    keys(&mut p, "y");
    let (code, rest) = finish(p);
    assert_eq!(code, 0, "{rest}");
    assert!(rest.contains("Changed the sandbox"), "{rest}");
    let state = std::fs::read_to_string(w.home().join("data/fer/sandbox.json")).unwrap();
    let state: serde_json::Value = serde_json::from_str(&state).unwrap();
    let made = state["environments"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|e| e["webhooks"].as_array().unwrap().iter())
        .find(|h| h["description"] == "tried it")
        .cloned()
        .unwrap();
    assert_eq!(made["url"], "http://127.0.0.1:8787", "{made}");
    assert!(!w.config_path().exists(), "no config written");
}

#[test]
fn apply_on_a_terminal_shows_the_plan_and_asks_first() {
    let w = World::new();
    w.login();
    w.create("production", "flag-created", "https://gone.example.com");
    w.hub.clear_log();
    let path = w.home().join("a.toml");
    std::fs::write(
        &path,
        "[[webhook]]\nenvironment = \"production\"\nevent = \"Flag.created\"\nurl = \"https://new.example.com\"\n",
    )
    .unwrap();
    let file = path.to_str().unwrap();
    // No: nothing changes.
    let mut p = fer_in_pty(&w, &["webhook", "apply", "-f", file, "--prune"]);
    p.exp_string("delete").unwrap();
    p.exp_string("Apply these 2 changes?").unwrap();
    p.send_line("n").unwrap();
    let (code, rest) = finish(p);
    assert_eq!(code, 130, "{rest}");
    assert!(w.writes().is_empty(), "{:?}", w.writes());
    // Yes: both.
    let mut p = fer_in_pty(&w, &["webhook", "apply", "-f", file, "--prune"]);
    p.exp_string("Apply these 2 changes?").unwrap();
    p.send_line("y").unwrap();
    let (code, rest) = finish(p);
    assert_eq!(code, 0, "{rest}");
    let urls: Vec<String> = w
        .hub
        .webhooks("production")
        .iter()
        .map(|h| h["url"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(urls, ["https://new.example.com"]);
}

#[test]
fn ctrl_c_at_the_hidden_secret_prompt_gives_the_terminal_back() {
    let w = World::new();
    let fer = fer_bin();
    let mut c = w.process();
    c.env("TERM", "xterm").args([
        "-c",
        &format!(
            "trap '' INT; stty echo; '{}' login --account-id acc-local --client-id c; stty -a | tr ' ;' '\\n\\n' | grep -x -- '-\\?echo'",
            fer.display()
        ),
    ]);
    let mut c2 = std::process::Command::new("sh");
    c2.args(c.get_args().collect::<Vec<_>>());
    c2.env_clear();
    for (k, v) in c.get_envs() {
        if let Some(v) = v {
            c2.env(k, v);
        }
    }
    c2.env("PATH", std::env::var("PATH").unwrap_or_default());
    let mut p = spawn_command(c2, Some(15_000)).expect("spawn in a pty");
    p.exp_string("Client secret").unwrap();
    keys(&mut p, "\x03");
    let rest = p.exp_eof().unwrap_or_default();
    let last = rest
        .lines()
        .map(str::trim)
        .rfind(|l| !l.is_empty())
        .unwrap_or("");
    assert_eq!(last, "echo", "echo is on again: {rest:?}");
}

/// What a terminal shows once `bytes` are written to it: the escape
/// sequences fer's prompts use (cursor moves, line clears) are carried out,
/// colours and modes ignored. Rows never scroll away: the screen grows.
fn screen(bytes: &[u8], width: usize) -> String {
    let text = String::from_utf8_lossy(bytes);
    let mut rows: Vec<Vec<char>> = vec![Vec::new()];
    let (mut row, mut col) = (0usize, 0usize);
    let mut chars = text.chars().peekable();
    let put = |rows: &mut Vec<Vec<char>>, row: usize, col: usize, c: char| {
        while rows.len() <= row {
            rows.push(Vec::new());
        }
        let line = &mut rows[row];
        while line.len() <= col {
            line.push(' ');
        }
        line[col] = c;
    };
    while let Some(c) = chars.next() {
        match c {
            '\r' => col = 0,
            '\n' => row += 1,
            '\x07' => {}
            '\x08' => col = col.saturating_sub(1),
            '\x1b' => {
                if chars.peek() != Some(&'[') {
                    chars.next();
                    continue;
                }
                chars.next();
                let mut params = String::new();
                let mut end = ' ';
                for p in chars.by_ref() {
                    if p.is_ascii_alphabetic() || p == '~' {
                        end = p;
                        break;
                    }
                    params.push(p);
                }
                let n = params.trim_start_matches('?').parse::<usize>().unwrap_or(0);
                match end {
                    'A' => row = row.saturating_sub(n.max(1)),
                    'B' => row += n.max(1),
                    'C' => col = (col + n.max(1)).min(width - 1),
                    'D' => col = col.saturating_sub(n.max(1)),
                    'G' => col = n.max(1) - 1,
                    'K' => {
                        if let Some(line) = rows.get_mut(row) {
                            match n {
                                0 => line.truncate(col),
                                _ => line.clear(),
                            }
                        }
                    }
                    'J' => {
                        rows.truncate(row + 1);
                        if let Some(line) = rows.get_mut(row) {
                            line.truncate(col);
                        }
                    }
                    _ => {}
                }
            }
            c => {
                if col >= width {
                    row += 1;
                    col = 0;
                }
                put(&mut rows, row, col, c);
                col += 1;
            }
        }
    }
    let mut lines: Vec<String> = rows
        .iter()
        .map(|l| l.iter().collect::<String>().trim_end().to_string())
        .collect();
    while lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    lines.join("\n")
}

#[test]
fn the_readmes_create_transcript_is_the_screen_of_a_real_run() {
    let w = World::new();
    w.login();
    let mut c = w.process_at_width(100, &["webhook", "create"]);
    c.env("TERM", "xterm");
    let mut p = spawn_command(c, Some(15_000)).expect("spawn in a pty");
    // What README tells: staging, the campaign event by typing, a URL
    // refused then given, a description, yes. Every byte read is kept:
    // each expectation hands back what came before its match.
    let mut log = String::new();
    let mut exp = |p: &mut PtySession, s: &str| {
        log.push_str(&p.exp_string(s).unwrap());
        log.push_str(s);
    };
    exp(&mut p, "Environment");
    exp(&mut p, "staging");
    keys(&mut p, DOWN);
    p.send_line("").unwrap();
    exp(&mut p, "Event");
    keys(&mut p, "campaign");
    exp(&mut p, "Campaign.status.changed");
    p.send_line("").unwrap();
    exp(&mut p, "URL");
    p.send_line("hooks.example.com/abtasty").unwrap();
    exp(&mut p, "absolute");
    p.send_line("https://hooks.example.com/abtasty").unwrap();
    exp(&mut p, "Description");
    p.send_line("Slack relay").unwrap();
    exp(&mut p, "Create this webhook?");
    keys(&mut p, "y");
    log.push_str(&p.exp_eof().expect("fer ends"));
    // rexpect hands each byte over as a char.
    let sent: Vec<u8> = log.chars().map(|c| c as u32 as u8).collect();
    let _ = p.process().wait();
    let mut shown = format!("$ fer webhook create\n{}", screen(&sent, 100));
    // The one value that changes from run to run.
    let created = shown
        .lines()
        .find(|l| l.starts_with("created:"))
        .expect("the new webhook is printed")
        .to_string();
    shown = shown.replace(&created, "created:     2026-12-01T10:00:00Z");

    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
    let readme = std::fs::read_to_string(&path).unwrap();
    let start = readme.find("```text\n$ fer webhook create\n").unwrap() + "```text\n".len();
    let end = start + readme[start..].find("\n```").unwrap();
    if std::env::var_os("FER_UPDATE_GENERATED").is_some() {
        let updated = format!("{}{}{}", &readme[..start], shown, &readme[end..]);
        std::fs::write(&path, updated).unwrap();
        return;
    }
    assert_eq!(
        &readme[start..end],
        shown,
        "README's create transcript differs from the screen; run `FER_UPDATE_GENERATED=1 cargo test --test it transcript` and commit README.md"
    );
}
