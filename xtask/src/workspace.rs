//! Finding the workspace at run time.
//!
//! Never from `env!("CARGO_MANIFEST_DIR")`: that path is fixed when the xtask compiles, and
//! cargo does not rebuild it when only the checkout's path changes. With one target
//! directory shared by two clones (a global `build.target-dir`), the binary built in one
//! clone would read and rewrite the other clone's files. Instead the root is found the way
//! cargo finds it: the nearest directory, from the current one upward, whose `Cargo.toml`
//! has a `[workspace]` table. (`cargo xtask` runs the binary in the caller's directory; a
//! test runs in its package's directory.)

use std::path::{Path, PathBuf};

/// The nearest ancestor of `start` (itself included) whose `Cargo.toml` declares a workspace.
pub fn find_root(start: &Path) -> Result<PathBuf, String> {
    for dir in start.ancestors() {
        let manifest = dir.join("Cargo.toml");
        match std::fs::read_to_string(&manifest) {
            Ok(text) if declares_workspace(&text) => return Ok(dir.to_path_buf()),
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(format!("{}: cannot read: {e}", manifest.display())),
        }
    }
    Err(format!(
        "{}: not inside a Cargo workspace (no Cargo.toml with a [workspace] table here or above)",
        start.display()
    ))
}

/// Whether a manifest has a `[workspace]` table (not `[workspace.dependencies]` alone,
/// which cannot appear without it anyway, nor a `workspace = true` key).
fn declares_workspace(manifest: &str) -> bool {
    manifest
        .lines()
        .any(|l| l.split('#').next().unwrap_or_default().trim() == "[workspace]")
}

/// The workspace holding the current directory.
pub fn current_root() -> Result<PathBuf, String> {
    let cwd =
        std::env::current_dir().map_err(|e| format!("cannot read the current directory: {e}"))?;
    find_root(&cwd)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_nearest_workspace_manifest_wins() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::write(root.join("Cargo.toml"), "[workspace]\nmembers = [\"a\"]\n").unwrap();
        std::fs::create_dir_all(root.join("a/src")).unwrap();
        std::fs::write(
            root.join("a/Cargo.toml"),
            "[package]\nname = \"a\"\nedition.workspace = true\n",
        )
        .unwrap();
        assert_eq!(find_root(&root.join("a/src")).unwrap(), root);
        assert_eq!(find_root(root).unwrap(), root);
    }

    #[test]
    fn outside_a_workspace_is_an_error_naming_the_directory() {
        let dir = tempfile::tempdir().unwrap();
        let e = find_root(dir.path()).unwrap_err();
        assert!(e.contains("not inside a Cargo workspace"), "{e}");
        assert!(e.contains(&dir.path().display().to_string()), "{e}");
    }
}
