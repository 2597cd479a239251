//! Files generated from the command tree (completions, man pages, help) stay
//! in sync with the binary, and the completion scripts work in real shells.
//!
//! Regenerate them all with: FER_UPDATE_GENERATED=1 cargo test --test it generated

use std::path::{Path, PathBuf};
use std::process::Command;

const SHELLS: &[(&str, &str)] = &[
    ("bash", "completions/fer.bash"),
    ("zsh", "completions/_fer"),
    ("fish", "completions/fer.fish"),
    ("powershell", "completions/_fer.ps1"),
    ("elvish", "completions/fer.elv"),
];

fn updating() -> bool {
    std::env::var_os("FER_UPDATE_GENERATED").is_some()
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Compares a generated text with the committed file, or writes it when updating.
fn check(path: &Path, actual: &str) {
    if updating() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        expected == actual,
        "{} differs from what the binary generates; run `FER_UPDATE_GENERATED=1 cargo test --test it generated` and commit the result",
        path.display()
    );
}

fn fer(args: &[&str]) -> String {
    let out = Command::new(assert_cmd::cargo::cargo_bin("fer"))
        .env_clear()
        .env("HOME", "/nonexistent")
        .args(args)
        .output()
        .expect("fer runs");
    assert!(
        out.status.success(),
        "fer {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn committed_completions_are_what_the_binary_generates() {
    for (shell, file) in SHELLS {
        check(&root().join(file), &fer(&["completions", shell]));
    }
    // Every shell the CLI offers has a committed script.
    let cmd = fer::cli::command();
    let completions = cmd.find_subcommand("completions").unwrap();
    let offered: Vec<String> = completions
        .get_arguments()
        .find(|a| a.get_id() == "shell")
        .unwrap()
        .get_possible_values()
        .iter()
        .map(|v| v.get_name().to_string())
        .collect();
    let committed: Vec<String> = SHELLS.iter().map(|(s, _)| s.to_string()).collect();
    assert_eq!(offered, committed);
}

#[test]
fn committed_man_pages_are_what_the_binary_generates() {
    let dir = tempfile::tempdir().unwrap();
    fer::commands::man::write_man_pages(dir.path()).unwrap();
    let mut generated: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    generated.sort();
    assert!(
        generated.contains(&"fer-webhook-create.1".to_string()),
        "{generated:?}"
    );
    for name in &generated {
        let text = std::fs::read_to_string(dir.path().join(name)).unwrap();
        check(&root().join("man").join(name), &text);
    }
    if !updating() {
        let mut committed: Vec<String> = std::fs::read_dir(root().join("man"))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        committed.sort();
        assert_eq!(committed, generated, "man/ holds a page for no command");
    }
    // `fer man` prints the top page.
    assert_eq!(
        fer(&["man"]),
        std::fs::read_to_string(dir.path().join("fer.1")).unwrap()
    );
}

/// Every visible command path: ["webhook", "create"], …
fn command_paths(cmd: &clap::Command, prefix: Vec<String>, out: &mut Vec<Vec<String>>) {
    for sub in cmd.get_subcommands() {
        if sub.is_hide_set() || sub.get_name() == "help" {
            continue;
        }
        let mut path = prefix.clone();
        path.push(sub.get_name().to_string());
        out.push(path.clone());
        command_paths(sub, path, out);
    }
}

#[test]
fn help_teaches_and_matches_its_snapshot() {
    let mut paths = vec![vec![]];
    command_paths(&fer::cli::command(), vec![], &mut paths);
    assert!(paths.len() > 20, "{paths:?}");
    for path in paths {
        let mut args: Vec<&str> = path.iter().map(String::as_str).collect();
        args.push("--help");
        let help = fer(&args);
        let name = if path.is_empty() {
            "fer".to_string()
        } else {
            format!("fer-{}", path.join("-"))
        };
        assert!(
            help.contains("Example"),
            "{name} --help has no example:\n{help}"
        );
        let summary = help.lines().next().unwrap_or("");
        assert!(!summary.trim().is_empty(), "{name} has no summary");
        check(
            &root()
                .join("tests/snapshots/help")
                .join(format!("{name}.txt")),
            &help,
        );
    }
    // The exit codes are listed in `fer --help`.
    let top = fer(&["--help"]);
    for code in [
        "  0  ", "  1  ", "  2  ", "  3  ", "  4  ", "  5  ", "130  ",
    ] {
        assert!(top.contains(code), "exit code {code:?} missing:\n{top}");
    }
}

/// Runs `script` in a real shell, with `fer` on the PATH (the completion
/// scripts ask it on every Tab) and HOME and the XDG dirs of `world`, when
/// given. `None` when the shell is not installed.
fn shell_in(program: &str, script: &str, world: Option<&crate::common::World>) -> Option<String> {
    let fer = crate::common::fer_bin();
    let bin_dir = fer.parent().unwrap().to_path_buf();
    let path = format!(
        "{}:{}",
        bin_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let mut cmd = Command::new(program);
    cmd.arg("-c").arg(script).current_dir(root());
    // Never the caller's HOME or XDG dirs: the world's, else a temporary one.
    let own = crate::common::World::new();
    let w = world.unwrap_or(&own);
    cmd.env_clear();
    for (k, v) in w.ci_process().get_envs() {
        if let Some(v) = v {
            cmd.env(k, v);
        }
    }
    cmd.env("XDG_DATA_HOME", w.home().join("data"));
    cmd.env("PATH", path);
    let out = match cmd.output() {
        Ok(out) => out,
        Err(_) => {
            // A shell a test needs that is missing is a failure in CI.
            assert!(
                std::env::var_os("CI").is_none(),
                "{program} is not installed, and CI is set: install it (.ci/run does)"
            );
            return None;
        }
    };
    assert!(
        out.status.success(),
        "{program}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}

fn shell(program: &str, script: &str) -> Option<String> {
    shell_in(program, script, None)
}

fn bash_complete_in(words: &str, world: Option<&crate::common::World>) -> Vec<String> {
    let script = format!(
        r#"source completions/fer.bash
COMP_WORDS=({words}); COMP_CWORD=$(( ${{#COMP_WORDS[@]}} - 1 ))
COMP_LINE="{words}"; COMP_POINT=${{#COMP_LINE}}; COMP_TYPE=9
_clap_complete_fer fer "${{COMP_WORDS[$COMP_CWORD]}}" "${{COMP_WORDS[$COMP_CWORD-1]}}"
printf '%s\n' "${{COMPREPLY[@]}}""#
    );
    shell_in("bash", &script, world)
        .expect("bash runs")
        .lines()
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

fn bash_complete(words: &str) -> Vec<String> {
    bash_complete_in(words, None)
}

#[test]
fn bash_completes_commands_and_events() {
    assert_eq!(bash_complete("fer webhook cr"), ["create"]);
    let mut events = bash_complete("fer webhook create --event Flag.");
    events.sort();
    assert_eq!(events, ["Flag.created", "Flag.removed"]);
    let outputs = bash_complete("fer -o ''");
    assert!(
        outputs.contains(&"json".to_string()) && outputs.contains(&"table".to_string()),
        "{outputs:?}"
    );
    assert!(bash_complete("fer completions ''").contains(&"elvish".to_string()));
}

#[test]
fn fish_completes_commands_and_events() {
    let Some(out) = shell("fish", "source completions/fer.fish; complete -C 'fer webhook cr'; echo ---; complete -C 'fer webhook create --event Flag.'") else {
        // .ci/run installs fish; without it there is nothing to run.
        eprintln!("fish is not installed: skipped");
        return;
    };
    let (commands, events) = out.split_once("---").unwrap();
    assert!(
        commands.lines().any(|l| l.starts_with("create")),
        "{commands}"
    );
    let mut events: Vec<&str> = events
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    events.sort();
    assert!(
        events.contains(&"Flag.created") && events.contains(&"Flag.removed"),
        "{events:?}"
    );
    assert!(events.iter().all(|e| e.contains("Flag.")), "{events:?}");
}

#[test]
fn environments_ids_and_profiles_complete_from_the_cache_without_a_request() {
    let w = crate::common::World::new();
    w.login();
    let id = w.create("staging", "flag-created", "https://x.example.com");
    w.create("production", "flag-removed", "https://y.example.com");
    // A list writes the caches completion reads.
    crate::common::run(w.ci().args(["webhook", "list", "--all-envs"]));
    w.hub.clear_log();

    assert_eq!(
        bash_complete_in("fer webhook list --env st", Some(&w)),
        ["staging"]
    );
    let ids = bash_complete_in("fer webhook get --env staging wh-", Some(&w));
    assert_eq!(ids, std::slice::from_ref(&id));
    let all = bash_complete_in("fer webhook delete wh-", Some(&w));
    assert_eq!(all.len(), 2, "{all:?}");
    assert_eq!(
        bash_complete_in("fer webhook list --profile de", Some(&w)),
        ["default"]
    );
    if let Some(out) = shell_in(
        "fish",
        "source completions/fer.fish; complete -C 'fer webhook test --env sta'; echo ---; complete -C 'fer webhook update --env staging wh-'",
        Some(&w),
    ) {
        let (envs, ids) = out.split_once("---").unwrap();
        assert!(envs.lines().any(|l| l.starts_with("staging")), "{envs}");
        assert!(ids.lines().any(|l| l.starts_with(&id)), "{ids}");
    } else {
        eprintln!("fish is not installed: skipped");
    }
    assert!(
        w.hub.log().is_empty(),
        "a Tab sent requests: {:?}",
        w.hub.log()
    );
}

#[test]
fn zsh_loads_its_script() {
    // zsh parses the script (-n) without an error.
    if shell("zsh", "zsh -n completions/_fer && echo ok").is_none() {
        eprintln!("zsh is not installed: skipped");
    }
}

#[test]
fn completion_never_hands_a_shell_something_it_would_run_or_show_raw() {
    let w = crate::common::World::with(fer_hub::Options {
        environments: vec![
            fer_hub::EnvSeed::new("production", true),
            fer_hub::EnvSeed::new("stag$(touch PWNED)", false),
            fer_hub::EnvSeed::new("stars*", false),
            fer_hub::EnvSeed::new("st\u{1b}]0;owned\u{7}", false),
        ],
        ..fer_hub::Options::default()
    });
    w.login();
    crate::common::run(w.ci().args(["webhook", "list", "--all-envs"]));
    let got = bash_complete_in("fer webhook list --env st", Some(&w));
    assert_eq!(got, ["'stag$(touch PWNED)'", "'stars*'"], "{got:?}");
    // What bash inserts runs as text, not as a command or a glob.
    let script = format!(
        r#"cd "{home}" && touch starsX && source "{root}/completions/fer.bash"
COMP_WORDS=(fer webhook list --env st); COMP_CWORD=4
COMP_LINE="fer webhook list --env st"; COMP_POINT=${{#COMP_LINE}}; COMP_TYPE=9
_clap_complete_fer fer st --env
for c in "${{COMPREPLY[@]}}"; do eval "printf '%s\n' $c"; done"#,
        home = w.home().display(),
        root = root().display()
    );
    let out = shell_in("bash", &script, Some(&w)).expect("bash runs");
    assert_eq!(
        out.lines().collect::<Vec<_>>(),
        ["stag$(touch PWNED)", "stars*"],
        "{out}"
    );
    assert!(
        !w.home().join("PWNED").exists(),
        "a completed name ran a command"
    );
}

#[test]
fn the_exit_code_table_is_the_same_everywhere() {
    let table = fer::error::exit_codes_table();
    let printed = fer(&["help", "exit-codes"]);
    assert!(printed.contains(&table), "{printed}");
    for doc in ["README.md", "docs/interface.md"] {
        let text = std::fs::read_to_string(root().join(doc)).unwrap();
        assert!(
            text.contains(&table),
            "{doc} does not show the table `fer help exit-codes` prints:\n{table}"
        );
    }
}
