//! The code keeps the promises its module docs make: read as text, the
//! way a reviewer would check them.

use std::path::{Path, PathBuf};

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The lines of `files` (code, not comments) holding any of `needles`.
fn offending(files: &[PathBuf], needles: &[&str]) -> Vec<String> {
    let mut found = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(f).unwrap();
        // Unit tests at the end of a file may do as they like.
        let code = text.split("\n#[cfg(test)]").next().unwrap_or(&text);
        for (i, line) in code.lines().enumerate() {
            let line = line.trim_start();
            if line.starts_with("//") {
                continue;
            }
            if needles.iter().any(|n| line.contains(n)) {
                let shown = f.strip_prefix(root()).unwrap_or(f).display().to_string();
                found.push(format!("{shown}:{}: {line}", i + 1));
            }
        }
    }
    found
}

#[test]
fn no_command_chooses_the_output_format() {
    let mut files = Vec::new();
    sources(&root().join("src/commands"), &mut files);
    // listen's stream of deliveries is the one exception.
    files.retain(|f| !f.components().any(|c| c.as_os_str() == "listen"));
    assert!(files.len() > 10, "{files:?}");
    let found = offending(
        &files,
        &[
            ".json()",
            "OutputFormat",
            "out.quiet ",
            "out.quiet)",
            ".format ==",
        ],
    );
    assert!(
        found.is_empty(),
        "the printer chooses the format (src/output/render.rs), not a command:\n{}",
        found.join("\n")
    );
}

#[test]
fn fer_variables_are_read_in_settings_only() {
    let mut files = Vec::new();
    sources(&root().join("src"), &mut files);
    files.retain(|f| !f.ends_with("settings.rs"));
    // Nor by clap (`env = "FER_…"` on an argument): flags > env vars is
    // settings' rule, and it names each value's source.
    let found = offending(
        &files,
        &["env::var(\"FER_", "env::var_os(\"FER_", "env = \"FER_"],
    );
    // A debug build's crash hook for tests is not a setting.
    let found: Vec<String> = found
        .into_iter()
        .filter(|l| !l.contains("FER_TEST_"))
        .collect();
    assert!(
        found.is_empty(),
        "FER_* variables are read once, in src/settings.rs:\n{}",
        found.join("\n")
    );
}
