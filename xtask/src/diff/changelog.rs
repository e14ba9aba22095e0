//! `cargo xtask changelog [<git-ref>]`: what the spec changes since a revision do to users of
//! each generated crate, and the version bump they imply.

use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;

use super::change::Change;
use super::compare::{Scope, compare};
use super::model::Document;
use super::render::changelog_message;
use super::rules::{Impact, changelog_impact};
use crate::settings::APIS;

/// What `cargo xtask changelog --help` prints.
pub const HELP: &str = "\
usage: cargo xtask changelog [<git-ref>]

Compares every spec at <git-ref> (default HEAD) with the working tree and prints, per crate,
the operations, parameters, fields, enum values and schemas added, removed or changed, each
marked breaking or not for code using the generated crate, and the version bump it implies
(0.x crates: breaking -> next minor, otherwise next patch).

Not breaking: a new operation, optional parameter, optional field, enum value (enums are
non_exhaustive with an Unknown catch-all), success status or schema. Breaking: anything
removed or renamed, a changed type, format or constraint, a field that gains or loses Option,
a new required parameter, field or request body.";

/// One API of the workspace, as the changelog sees it.
#[derive(Debug, Clone)]
pub struct Target {
    pub name: String,
    pub spec: String,
    pub crate_dir: String,
}

impl Target {
    /// Every API of the settings table.
    pub fn all() -> Vec<Target> {
        APIS.iter()
            .map(|a| Target {
                name: a.name.to_string(),
                spec: a.spec.to_string(),
                crate_dir: a.crate_dir.to_string(),
            })
            .collect()
    }
}

/// The changes between two versions of one spec, judged, without duplicates.
pub fn entries(before: &Document, now: &Document) -> Vec<(Change, Impact)> {
    let mut out: Vec<(Change, Impact)> = Vec::new();
    for change in compare(before, now, Scope::Everything).changes {
        if out.iter().any(|(c, _)| *c == change) {
            continue;
        }
        let impact = changelog_impact(&change);
        out.push((change, impact));
    }
    out
}

/// The next version: `None` without changes.
pub fn bump(version: &str, entries: &[(Change, Impact)]) -> Option<String> {
    if entries.is_empty() {
        return None;
    }
    let breaking = entries.iter().any(|(_, i)| *i == Impact::Breaking);
    let mut parts = version
        .split(['.', '-', '+'])
        .take(3)
        .map(|p| p.parse::<u64>().unwrap_or(0));
    let (major, minor, patch) = (
        parts.next().unwrap_or(0),
        parts.next().unwrap_or(0),
        parts.next().unwrap_or(0),
    );
    Some(match (major, breaking) {
        (0, true) => format!("0.{}.0", minor + 1),
        (0, false) => format!("0.{minor}.{}", patch + 1),
        (m, true) => format!("{}.0.0", m + 1),
        (m, false) => format!("{m}.{}.0", minor + 1),
    })
}

/// One crate's section of the changelog.
pub fn render_crate(name: &str, version: &str, entries: &[(Change, Impact)]) -> String {
    let mut out = String::new();
    let Some(next) = bump(version, entries) else {
        let _ = writeln!(out, "## {name} {version}: no API change");
        return out;
    };
    let breaking = entries.iter().any(|(_, i)| *i == Impact::Breaking);
    let _ = writeln!(
        out,
        "## {name} {version} -> {next} ({})",
        if breaking {
            "minor: breaking changes"
        } else {
            "patch: nothing breaking"
        }
    );
    for (impact, title) in [
        (Impact::Breaking, "Breaking"),
        (Impact::NotBreaking, "Not breaking"),
    ] {
        let mut lines: Vec<String> = entries
            .iter()
            .filter(|(_, i)| *i == impact)
            .map(|(c, _)| format!("- {}: {}", c.location, changelog_message(c)))
            .collect();
        if lines.is_empty() {
            continue;
        }
        lines.sort();
        lines.dedup();
        let _ = writeln!(out, "\n{title}:");
        for l in lines {
            let _ = writeln!(out, "{l}");
        }
    }
    out
}

fn git(root: &Path, args: &[&str]) -> Result<Vec<u8>, String> {
    let out = Command::new("git")
        .arg("-C")
        .arg(root)
        .args(args)
        .output()
        .map_err(|e| format!("cannot run git: {e}"))?;
    if out.status.success() {
        Ok(out.stdout)
    } else {
        Err(String::from_utf8_lossy(&out.stderr).trim().to_string())
    }
}

/// The crate version from its Cargo.toml (`0.0.0` when not found).
fn crate_version(root: &Path, crate_dir: &str) -> String {
    std::fs::read_to_string(root.join(crate_dir).join("Cargo.toml"))
        .ok()
        .and_then(|text| {
            text.lines()
                .find_map(|l| l.trim().strip_prefix("version = \"").map(str::to_string))
        })
        .and_then(|v| v.split('"').next().map(str::to_string))
        .unwrap_or_else(|| "0.0.0".into())
}

/// The whole changelog of the working tree against `reference`, for `targets`.
pub fn changelog(root: &Path, reference: &str, targets: &[Target]) -> Result<String, String> {
    git(
        root,
        &["rev-parse", "--verify", &format!("{reference}^{{commit}}")],
    )
    .map_err(|e| format!("`{reference}` is not a revision: {e}"))?;
    let empty = |label: &str| Document::from_text("{\"openapi\": \"3.0.3\", \"paths\": {}}", label);
    let mut out = format!("# API changelog: {reference} -> working tree\n");
    for t in targets {
        let label_before = format!("{} at {reference}", t.spec);
        let before = match git(root, &["show", &format!("{reference}:{}", t.spec)]) {
            Ok(bytes) => Document::from_text(&String::from_utf8_lossy(&bytes), &label_before)?,
            // Not in that revision: a new API, every operation added.
            Err(_) => empty(&label_before)?,
        };
        let now = match std::fs::read_to_string(root.join(&t.spec)) {
            Ok(text) => Document::from_text(&text, &t.spec)?,
            Err(_) => empty(&t.spec)?,
        };
        let version = crate_version(root, &t.crate_dir);
        out.push('\n');
        out.push_str(&render_crate(&t.name, &version, &entries(&before, &now)));
    }
    Ok(out)
}

/// The command: prints the changelog, returns the exit status.
pub fn run(root: &Path, args: &[&str]) -> i32 {
    let reference = match args {
        [] => "HEAD",
        ["-h" | "--help"] => {
            println!("{HELP}");
            return 0;
        }
        [r] if !r.starts_with('-') => r,
        _ => {
            eprintln!("{HELP}");
            return 2;
        }
    };
    match changelog(root, reference, &Target::all()) {
        Ok(text) => {
            print!("{text}");
            0
        }
        Err(e) => {
            eprintln!("error: {e}");
            2
        }
    }
}
