//! The repository speaks for itself: every path its docs name exists, nothing points to a
//! file outside it, and the rustdoc generated from the specs speaks to users, not to the
//! people who transcribed them.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The checkout these tests run in (integration tests run in the package's directory).
fn root() -> PathBuf {
    let cwd = std::env::current_dir().expect("a current directory");
    cwd.ancestors()
        .find(|dir| {
            std::fs::read_to_string(dir.join("Cargo.toml"))
                .is_ok_and(|manifest| manifest.contains("[workspace]"))
        })
        .expect("the tests run inside the workspace")
        .to_path_buf()
}

/// Every file git tracks, as (relative path, text); binary files are skipped.
fn tracked_texts(root: &Path) -> Vec<(String, String)> {
    let out = Command::new("git")
        .args(["ls-files", "-z"])
        .current_dir(root)
        .output()
        .expect("git runs");
    assert!(out.status.success(), "git ls-files failed");
    String::from_utf8(out.stdout)
        .expect("UTF-8 file names")
        .split('\0')
        .filter(|p| !p.is_empty())
        .filter_map(|p| {
            let text = std::fs::read_to_string(root.join(p)).ok()?;
            Some((p.to_string(), text))
        })
        .collect()
}

fn is_generated(path: &str) -> bool {
    path.rsplit('/')
        .next()
        .is_some_and(|name| name.starts_with("generated"))
        || path.ends_with(".snap")
}

/// The doc text of a file: all of a Markdown file, the `//!` and `///` lines of Rust code.
fn doc_text(path: &str, text: &str) -> Option<String> {
    if path.ends_with(".md") {
        return Some(text.to_string());
    }
    if path.ends_with(".rs") && !is_generated(path) {
        return Some(
            text.lines()
                .map(str::trim_start)
                .filter(|l| l.starts_with("//!") || l.starts_with("///"))
                .collect::<Vec<_>>()
                .join("\n"),
        );
    }
    None
}

/// The name of a notes file outside the repository that docs once pointed to.
const NOTES_FILE: &str = concat!("FA", "CTS");

const TOP_DIRS: &[&str] = &[
    "specs/", "crates/", "xtask/", "tests/", ".ci/", ".cargo/", "benches/",
];

/// Backticked words that name a file or folder of the repository.
fn named_paths(doc: &str) -> Vec<String> {
    doc.split('`')
        .skip(1)
        .step_by(2)
        .map(|word| word.split_whitespace().last().unwrap_or(""))
        .filter(|word| TOP_DIRS.iter().any(|dir| word.starts_with(dir)))
        .filter(|word| !word.contains(['<', '>', '*', '{', '}', '$']))
        .map(|word| word.trim_end_matches([':', ',', '.', ')']).to_string())
        .collect()
}

#[test]
fn every_path_the_docs_name_exists() {
    let root = root();
    let mut missing = Vec::new();
    for (path, text) in tracked_texts(&root) {
        let Some(doc) = doc_text(&path, &text) else {
            continue;
        };
        // A path is read from the workspace root, or from the crate the doc belongs to.
        let package = Path::new(&path)
            .ancestors()
            .skip(1)
            .find(|dir| root.join(dir).join("Cargo.toml").exists())
            .unwrap_or(Path::new(""));
        for named in named_paths(&doc) {
            if !root.join(&named).exists() && !root.join(package).join(&named).exists() {
                missing.push(format!("{path}: `{named}`"));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "docs name paths that do not exist:\n{}",
        missing.join("\n")
    );
}

#[test]
fn nothing_points_outside_the_repository() {
    let root = root();
    // Spelled in pieces so that this file does not name what it looks for.
    let outside = [
        concat!("../", "shared"),
        concat!("shared/", "api-docs"),
        NOTES_FILE,
    ];
    let offenders: Vec<_> = tracked_texts(&root)
        .into_iter()
        .flat_map(|(path, text)| {
            text.lines()
                .enumerate()
                .filter(|(_, line)| outside.iter().any(|o| line.contains(o)))
                .map(|(n, line)| format!("{path}:{}: {}", n + 1, line.trim()))
                .collect::<Vec<_>>()
        })
        .filter(|hit| !hit.starts_with("tests/tests/docs.rs:"))
        .collect();
    assert!(
        offenders.is_empty(),
        "lines point outside the repository:\n{}",
        offenders.join("\n")
    );
}

#[test]
fn generated_rustdoc_speaks_to_users() {
    let root = root();
    let mut notes = Vec::new();
    for (path, text) in tracked_texts(&root) {
        if !(path.ends_with(".rs") && is_generated(&path)) {
            continue;
        }
        // Doc comments span lines (prettyplease prints `/** ... */` blocks): read every line.
        for (n, line) in text.lines().enumerate() {
            if line.contains(NOTES_FILE) || mentions_the_document(line) {
                notes.push(format!("{path}:{}: {}", n + 1, line.trim()));
            }
        }
    }
    assert!(
        notes.is_empty(),
        "generated rustdoc carries transcription notes (move them to specs/README.md):\n{}",
        notes.join("\n")
    );
}

/// "the document" as words ("the documented base URL" is fine).
fn mentions_the_document(line: &str) -> bool {
    let lower = line.to_lowercase();
    lower.match_indices("the document").any(|(at, found)| {
        !lower[at + found.len()..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric)
    })
}

#[test]
fn transcription_notes_are_recognised() {
    assert!(mentions_the_document(
        "/// Per the document, ms since epoch."
    ));
    assert!(mentions_the_document("the document."));
    assert!(!mentions_the_document("/// The documented base URL."));
}

#[test]
fn the_path_finder_sees_paths_and_skips_patterns() {
    let doc = "see `specs/README.md`, `crates/<api>/src`, `cargo xtask codegen` and `xtask/src/policy.rs`.";
    assert_eq!(
        named_paths(doc),
        vec!["specs/README.md", "xtask/src/policy.rs"]
    );
}
