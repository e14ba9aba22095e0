//! Writing the generator's output: every file or none, across every crate.
//!
//! 1. Every new file is written into one staging directory, [`STAGING_DIR`] at the
//!    workspace root (same filesystem as the crates, so a rename moves a file atomically),
//!    together with a copy of every file it replaces.
//! 2. A journal listing the targets is written; from then on an interrupted run can be
//!    undone.
//! 3. Each staged file is renamed over its target. If one rename fails, the files already
//!    replaced are restored from their copies (new files are removed) and the error is
//!    returned: the tree is as it was.
//! 4. The journal is removed (the commit point), then the staging directory.
//!
//! A run killed at any point leaves at most the staging directory behind, never a
//! temporary file among the sources. The next run first rolls back whatever a journal
//! lists (restoring the tree to its state before the killed run) and removes the directory.

use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

/// The staging directory, relative to the workspace root.
pub const STAGING_DIR: &str = ".xtask-staging";

const JOURNAL: &str = "journal";

/// What [`write_all`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Written {
    pub files: usize,
}

/// Replaces every `(path, contents)` (paths relative to `root`), all or none.
///
/// On error, every target holds what it held before and the staging directory is gone;
/// the message names the file that could not be written. Only if restoring itself fails
/// is the staging directory kept, and the message says where the copies are.
pub fn write_all(root: &Path, files: &[(PathBuf, String)]) -> Result<Written, String> {
    let staging = root.join(STAGING_DIR);
    recover(root)?;
    if files.is_empty() {
        return Ok(Written { files: 0 });
    }
    let result = stage(root, &staging, files).and_then(|plan| commit(root, &staging, &plan));
    match result {
        Ok(()) => {
            remove_staging(&staging)?;
            Ok(Written { files: files.len() })
        }
        Err(Failure::Clean(e)) => {
            remove_staging(&staging)?;
            Err(format!("{e}; nothing was written"))
        }
        Err(Failure::Dirty(e)) => Err(e),
    }
}

/// Undoes a run that was interrupted after its journal was written, and removes what
/// such a run (or one killed while staging) left in the staging directory.
/// Returns whether anything was rolled back.
pub fn recover(root: &Path) -> Result<bool, String> {
    let staging = root.join(STAGING_DIR);
    if !staging.exists() {
        return Ok(false);
    }
    let journal = staging.join(JOURNAL);
    let rolled_back = match fs::read_to_string(&journal) {
        Ok(text) => {
            let plan = Plan::parse(&text).map_err(|e| {
                format!(
                    "{}: unreadable journal of an interrupted run ({e}); inspect and remove it",
                    journal.display()
                )
            })?;
            rollback(root, &staging, &plan, plan.targets.len()).map_err(|e| {
                format!(
                    "cannot undo the interrupted run recorded in {}: {e}",
                    journal.display()
                )
            })?;
            true
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => false,
        Err(e) => return Err(format!("{}: cannot read: {e}", journal.display())),
    };
    remove_staging(&staging)?;
    Ok(rolled_back)
}

enum Failure {
    /// Nothing in the tree changed (or every change was undone).
    Clean(String),
    /// The tree could not be restored; the staging directory holds the copies.
    Dirty(String),
}

/// One target file: where it goes and whether a file was there before.
struct Target {
    path: PathBuf,
    existed: bool,
}

/// What a run is about to change, as recorded in the journal.
struct Plan {
    targets: Vec<Target>,
    /// Directories that did not exist, outermost first.
    new_dirs: Vec<PathBuf>,
}

impl Plan {
    fn render(&self) -> String {
        let mut out = String::new();
        for d in &self.new_dirs {
            out.push_str(&format!("dir\t{}\n", d.display()));
        }
        for t in &self.targets {
            let kind = if t.existed { "replace" } else { "create" };
            out.push_str(&format!("{kind}\t{}\n", t.path.display()));
        }
        out
    }

    fn parse(text: &str) -> Result<Plan, String> {
        let mut plan = Plan {
            targets: Vec::new(),
            new_dirs: Vec::new(),
        };
        for line in text.lines() {
            let (kind, path) = line
                .split_once('\t')
                .ok_or_else(|| format!("bad line {line:?}"))?;
            let path = PathBuf::from(path);
            match kind {
                "dir" => plan.new_dirs.push(path),
                "replace" => plan.targets.push(Target {
                    path,
                    existed: true,
                }),
                "create" => plan.targets.push(Target {
                    path,
                    existed: false,
                }),
                _ => return Err(format!("bad line {line:?}")),
            }
        }
        Ok(plan)
    }
}

fn new_file(staging: &Path, i: usize) -> PathBuf {
    staging.join(format!("new-{i}"))
}

fn backup_file(staging: &Path, i: usize) -> PathBuf {
    staging.join(format!("old-{i}"))
}

fn write_synced(path: &Path, contents: &[u8]) -> std::io::Result<()> {
    let mut f = fs::File::create(path)?;
    f.write_all(contents)?;
    f.sync_all()
}

/// Writes every new file and a copy of every old one into the staging directory, then
/// the journal. Touches nothing outside the staging directory.
fn stage(root: &Path, staging: &Path, files: &[(PathBuf, String)]) -> Result<Plan, Failure> {
    let clean = |what: &Path, e: std::io::Error| Failure::Clean(format!("{}: {e}", what.display()));
    fs::create_dir_all(staging).map_err(|e| clean(staging, e))?;
    let mut plan = Plan {
        targets: Vec::new(),
        new_dirs: Vec::new(),
    };
    for (i, (path, contents)) in files.iter().enumerate() {
        if plan.targets.iter().any(|t| t.path == *path) {
            return Err(Failure::Clean(format!(
                "{}: the generator produced this file twice",
                path.display()
            )));
        }
        let full = root.join(path);
        write_synced(&new_file(staging, i), contents.as_bytes())
            .map_err(|e| clean(&new_file(staging, i), e))?;
        let existed = full.is_file();
        if existed {
            fs::copy(&full, backup_file(staging, i))
                .map_err(|e| Failure::Clean(format!("{}: cannot read: {e}", path.display())))?;
        }
        // The directories a new file needs, outermost first.
        let mut missing = Vec::new();
        let mut dir = path.parent();
        while let Some(d) = dir.filter(|d| !d.as_os_str().is_empty()) {
            if root.join(d).exists() || plan.new_dirs.iter().any(|n| n == d) {
                break;
            }
            missing.push(d.to_path_buf());
            dir = d.parent();
        }
        plan.new_dirs.extend(missing.into_iter().rev());
        plan.targets.push(Target {
            path: path.clone(),
            existed,
        });
    }
    write_synced(&staging.join(JOURNAL), plan.render().as_bytes())
        .map_err(|e| clean(&staging.join(JOURNAL), e))?;
    Ok(plan)
}

/// Renames every staged file over its target; on the first failure, undoes the others.
fn commit(root: &Path, staging: &Path, plan: &Plan) -> Result<(), Failure> {
    let mut done = 0;
    let mut failure = None;
    for d in &plan.new_dirs {
        if let Err(e) = fs::create_dir(root.join(d)) {
            failure = Some(format!("{}: cannot create the directory: {e}", d.display()));
            break;
        }
    }
    if failure.is_none() {
        for (i, t) in plan.targets.iter().enumerate() {
            if let Err(e) = fs::rename(new_file(staging, i), root.join(&t.path)) {
                failure = Some(format!("{}: cannot write: {e}", t.path.display()));
                break;
            }
            done += 1;
        }
    }
    match failure {
        None => {
            // The commit point: without a journal, nothing will be rolled back.
            fs::remove_file(staging.join(JOURNAL)).map_err(|e| {
                Failure::Dirty(format!(
                    "every file was written, but {} could not be removed: {e}",
                    staging.join(JOURNAL).display()
                ))
            })?;
            Ok(())
        }
        Some(e) => match rollback(root, staging, plan, done) {
            Ok(()) => Err(Failure::Clean(if done == 0 {
                e
            } else {
                format!("{e}; the {done} file(s) already replaced were restored")
            })),
            Err(r) => Err(Failure::Dirty(format!(
                "{e}; restoring the files already replaced failed too: {r}; \
                 the originals are in {} (see its journal)",
                staging.display()
            ))),
        },
    }
}

/// Restores the first `done` targets of `plan` (all of them when recovering: a target
/// not yet replaced is simply restored to what it already is) and removes new directories.
fn rollback(root: &Path, staging: &Path, plan: &Plan, done: usize) -> Result<(), String> {
    let mut errors = Vec::new();
    for (i, t) in plan.targets.iter().enumerate().take(done).rev() {
        let full = root.join(&t.path);
        let result = if t.existed {
            let backup = backup_file(staging, i);
            if backup.exists() {
                fs::rename(&backup, &full)
            } else {
                // Already restored by an earlier, interrupted recovery.
                Ok(())
            }
        } else {
            match fs::remove_file(&full) {
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
                r => r,
            }
        };
        if let Err(e) = result {
            errors.push(format!("{}: {e}", t.path.display()));
        }
    }
    for d in plan.new_dirs.iter().rev() {
        // Only empty directories go; a directory that holds something else stays.
        let _ = fs::remove_dir(root.join(d));
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors.join("; "))
    }
}

fn remove_staging(staging: &Path) -> Result<(), String> {
    match fs::remove_dir_all(staging) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(format!("{}: cannot remove: {e}", staging.display())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(root: &Path) -> Vec<(PathBuf, String)> {
        let mut out = Vec::new();
        let mut stack = vec![root.to_path_buf()];
        while let Some(dir) = stack.pop() {
            for e in fs::read_dir(&dir).unwrap() {
                let p = e.unwrap().path();
                if p.is_dir() {
                    stack.push(p.clone());
                }
                let rel = p.strip_prefix(root).unwrap().to_path_buf();
                out.push((
                    rel,
                    fs::read_to_string(&p).unwrap_or_else(|_| "<dir>".into()),
                ));
            }
        }
        out.sort();
        out
    }

    fn tree() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for (p, c) in [("a/src/gen.rs", "old a"), ("b/src/gen.rs", "old b")] {
            fs::create_dir_all(dir.path().join(p).parent().unwrap()).unwrap();
            fs::write(dir.path().join(p), c).unwrap();
        }
        dir
    }

    fn outputs() -> Vec<(PathBuf, String)> {
        vec![
            ("a/src/gen.rs".into(), "new a".into()),
            ("b/src/gen.rs".into(), "new b".into()),
            ("c/src/facade.rs".into(), "new c".into()),
        ]
    }

    #[test]
    fn every_file_is_written_new_directories_included_and_staging_is_gone() {
        let dir = tree();
        let written = write_all(dir.path(), &outputs()).unwrap();
        assert_eq!(written.files, 3);
        let mut expected: Vec<(PathBuf, String)> = outputs();
        for d in ["a", "a/src", "b", "b/src", "c", "c/src"] {
            expected.push((d.into(), "<dir>".into()));
        }
        expected.sort();
        assert_eq!(files(dir.path()), expected);
    }

    #[test]
    fn a_failure_after_new_directories_removes_them_too() {
        let dir = tree();
        let before = files(dir.path());
        let mut out = outputs();
        // A directory where the last file goes: its rename fails after the others.
        fs::create_dir_all(dir.path().join("d/x.rs/inside")).unwrap();
        let before_with_d = files(dir.path());
        out.push(("d/x.rs".into(), "new d".into()));
        let e = write_all(dir.path(), &out).unwrap_err();
        assert!(e.starts_with("d/x.rs: cannot write"), "{e}");
        assert!(
            e.ends_with("the 3 file(s) already replaced were restored; nothing was written"),
            "{e}"
        );
        assert_eq!(files(dir.path()), before_with_d);
        assert_ne!(before, before_with_d);
    }

    #[test]
    fn a_run_killed_mid_commit_is_rolled_back_by_the_next_run() {
        let dir = tree();
        let root = dir.path();
        let before = files(root);
        let staging = root.join(STAGING_DIR);
        // What a run killed after its first rename leaves behind.
        let plan = match stage(root, &staging, &outputs()) {
            Ok(plan) => plan,
            Err(_) => panic!("staging fails"),
        };
        fs::create_dir(root.join("c")).unwrap();
        fs::rename(new_file(&staging, 0), root.join(&plan.targets[0].path)).unwrap();
        assert_eq!(
            fs::read_to_string(root.join("a/src/gen.rs")).unwrap(),
            "new a"
        );

        assert!(recover(root).unwrap(), "something was rolled back");
        assert_eq!(files(root), before);
        // And the next run then writes everything.
        write_all(root, &outputs()).unwrap();
        assert_eq!(
            fs::read_to_string(root.join("a/src/gen.rs")).unwrap(),
            "new a"
        );
        assert!(!staging.exists());
    }

    #[test]
    fn a_run_killed_while_staging_leaves_only_the_staging_directory_which_goes() {
        let dir = tree();
        let root = dir.path();
        let before = files(root);
        let staging = root.join(STAGING_DIR);
        fs::create_dir(&staging).unwrap();
        fs::write(new_file(&staging, 0), "half").unwrap();
        assert!(!recover(root).unwrap(), "no journal, nothing to roll back");
        assert_eq!(files(root), before);
    }

    #[test]
    fn the_journal_reads_back_what_was_written() {
        let plan = Plan {
            targets: vec![
                Target {
                    path: "a/b.rs".into(),
                    existed: true,
                },
                Target {
                    path: "c d/e.rs".into(),
                    existed: false,
                },
            ],
            new_dirs: vec!["c d".into()],
        };
        let back = Plan::parse(&plan.render()).unwrap();
        assert_eq!(back.render(), plan.render());
        assert!(Plan::parse("nonsense").is_err());
    }
}
