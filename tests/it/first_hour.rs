//! What a new user meets in the first hour: tables at 80 columns, help
//! that stays short, errors that say what is missing.

use crate::common::*;
use rexpect::session::spawn_command;

/// `fer ARGS` in a pseudo-terminal `cols` wide; everything it printed.
fn at_width(w: &World, cols: u16, args: &[&str]) -> String {
    let sh = w.process_at_width(cols, args);
    let mut p = spawn_command(sh, Some(15_000)).expect("spawn in a pty");
    let out = p.exp_eof().expect("fer ends");
    // rexpect gives each byte as a char.
    let bytes: Vec<u8> = out.chars().map(|c| c as u32 as u8).collect();
    String::from_utf8(bytes).unwrap().replace('\r', "")
}

#[test]
fn at_80_columns_rows_stay_apart() {
    let w = World::new();
    w.login();
    let base = "https://hooks.acme-shop.example.com/integrations/abtasty/webhooks";
    for end in ["orders-created", "payments-refunded", "stock-low"] {
        let url = format!("{base}/{end}");
        run(w.fer().args([
            "webhook",
            "create",
            "--env",
            "staging",
            "--event",
            "flag-created",
            "--url",
            &url,
            "--description",
            "relay for the platform team, with a long description",
        ]));
    }
    let screen = at_width(&w, 80, &["webhook", "list", "--env", "staging"]);
    let lines: Vec<&str> = screen.lines().filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.len(), 4, "{screen}");
    for l in &lines {
        assert!(console::measure_text_width(l) <= 80, "wider than 80: {l:?}");
    }
    // CREATED goes first, the description is cut before the URL.
    assert!(!lines[0].contains("CREATED"), "{screen}");
    for (line, end) in lines[1..]
        .iter()
        .zip(["orders-created", "payments-refunded", "stock-low"])
    {
        assert!(line.contains("https://hooks."), "the host's start: {line}");
        assert!(
            line.trim_end().ends_with(&format!("…/{end}")),
            "the last segment whole: {line}"
        );
    }
    // Piped, nothing is cut.
    let (_, out, _) = run(w.fer().args(["webhook", "list", "--env", "staging"]));
    assert!(out.contains(&format!("{base}/stock-low")), "{out}");
    assert!(out.contains("CREATED"), "{out}");
}

#[test]
fn a_subcommands_help_points_at_the_global_options_instead_of_repeating_them() {
    let w = World::new();
    for args in [
        &["webhook", "list", "--help"][..],
        &["webhook", "list", "-h"],
        &["login", "--help"],
    ] {
        let (code, out, _) = run(w.fer().args(args));
        assert_eq!(code, 0);
        assert!(!out.contains("--auth-url"), "{args:?}: {out}");
        assert!(!out.contains("--concurrency"), "{args:?}: {out}");
        assert!(out.contains("`fer --help` lists them"), "{args:?}: {out}");
        assert!(out.lines().count() < 45, "{args:?}: {out}");
    }
    // The global options are still taken there, and listed at the top.
    let (code, _, _) = run(w.fer().args(["webhook", "list", "--help", "--no-input"]));
    assert_eq!(code, 0);
    let (_, out, _) = run(w.fer().arg("--help"));
    for flag in ["--auth-url", "--concurrency", "--sandbox", "--output"] {
        assert!(out.contains(flag), "{flag}: {out}");
    }
    let (code, _, err) = run(w
        .fer()
        .args(["--sandbox", "events", "list", "--output", "json"]));
    assert_eq!(code, 0, "{err}");
}

#[test]
fn a_group_without_its_command_says_which_commands_it_has() {
    let w = World::new();
    let (code, out, err) = run(w.fer().args(["-o", "json", "webhook"]));
    assert_eq!(code, 2);
    assert!(out.is_empty(), "{out}");
    let e = json(&err);
    let message = e["error"]["message"].as_str().unwrap();
    assert!(
        message.contains("`fer webhook` needs a command"),
        "{message}"
    );
    assert!(message.contains("create, list"), "{message}");
    assert!(
        !message.contains("Create, list, change"),
        "not the about text: {message}"
    );
}

/// README's install block for `shell`: the lines under its `# shell`
/// comment in the completions section, up to the blank line.
fn readme_install_block(shell: &str) -> String {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let section = &readme[readme.find("## Shell completions and man pages").unwrap()..];
    let start = section
        .lines()
        .position(|l| l.starts_with(&format!("# {shell}")))
        .unwrap_or_else(|| panic!("README has no `# {shell}` install block"));
    let block: Vec<&str> = section
        .lines()
        .skip(start + 1)
        .take_while(|l| !l.trim().is_empty() && !l.starts_with("```"))
        .collect();
    assert!(!block.is_empty(), "{shell}: an empty block");
    block.join("\n")
}

/// Runs README's block for `shell` in an empty HOME, then opens the shell
/// on a terminal and presses Tab on `fer events li`: the completed command
/// runs and lists the events.
fn completion_installs_as_written(shell: &str) {
    // Looked for on the PATH, not run: a shell run here would write in the
    // caller's HOME.
    let found = std::env::var_os("PATH")
        .is_some_and(|p| std::env::split_paths(&p).any(|d| d.join(shell).is_file()));
    if !found {
        assert!(
            std::env::var_os("CI").is_none(),
            "{shell} is not installed, and CI is set: install it (.ci/run does)"
        );
        return;
    }
    let w = World::new();
    let home = w.home();
    // `fer` on the PATH, by that name.
    let bin = home.join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    std::os::unix::fs::symlink(fer_bin(), bin.join("fer")).unwrap();
    let env = |c: &mut std::process::Command| {
        c.env_clear()
            .env("HOME", &home)
            .env(
                "PATH",
                format!("{}:/usr/local/bin:/usr/bin:/bin", bin.display()),
            )
            .env("TERM", "dumb")
            .env("NO_COLOR", "1")
            .env("XDG_CONFIG_HOME", home.join(".config"))
            .env("XDG_CACHE_HOME", home.join(".cache"))
            .env("XDG_DATA_HOME", home.join(".local/share"))
            .current_dir(&home);
    };
    let block = readme_install_block(shell);
    let mut install = std::process::Command::new(shell);
    install.arg("-c").arg(&block);
    env(&mut install);
    let out = install.output().unwrap();
    assert!(
        out.status.success(),
        "{shell}: README's block failed in an empty HOME:\n{block}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let mut interactive = std::process::Command::new(shell);
    interactive.arg("-i");
    env(&mut interactive);
    let mut p = spawn_command(interactive, Some(20_000)).expect("spawn the shell");
    p.send("fer events li\t").unwrap();
    p.flush().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(700));
    p.send("\r").unwrap();
    p.flush().unwrap();
    let seen = p.exp_string("Campaign.status.changed");
    let _ = p.send("exit\r");
    let _ = p.flush();
    let _ = p.process_mut().exit();
    if let Err(e) = seen {
        panic!("{shell}: Tab did not complete `fer events li` to a command that runs: {e}");
    }
}

#[test]
fn readme_completion_install_works_in_bash() {
    completion_installs_as_written("bash");
}

#[test]
fn readme_completion_install_works_in_zsh() {
    completion_installs_as_written("zsh");
}

#[test]
fn readme_completion_install_works_in_fish() {
    completion_installs_as_written("fish");
}

#[test]
fn logging_in_to_fer_hub_shows_the_client_id_whole() {
    // The admin client's id shares "hub-admin" with its secret: a cut
    // piece of a secret inside a public id is not masked.
    let w = World::new();
    let (code, _, err) = run(&mut w.login_as(ADMIN_CLIENT_ID, ADMIN_CLIENT_SECRET));
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains(&format!("as client {ADMIN_CLIENT_ID};")),
        "{err}"
    );
    assert!(!err.contains(ADMIN_CLIENT_SECRET), "{err}");
}

#[test]
fn fer_hubs_generated_webhooks_deliver_on_this_machine() {
    let w = World::with(fer_hub::generated(2, 3, 50));
    let (code, out, err) = run(w.ci().args(["webhook", "list", "--all-envs", "-o", "json"]));
    assert_eq!(code, 0, "{err}");
    let hooks = json(&out);
    let urls: Vec<&str> = hooks
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["url"].as_str().unwrap())
        .collect();
    assert_eq!(urls.len(), 6, "{out}");
    for u in urls {
        assert!(u.starts_with("http://127.0.0.1:8787/"), "{u}");
    }
}
