//! `cargo xtask codegen` replaces every stale file of every crate, or none: when the
//! second crate's file cannot be written, the first crate's file, already replaced, is
//! restored, and no temporary file or directory is left anywhere.

mod support;

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use support::{
    generated_file_count, generated_path, make_all_stale, scratch_workspace, tree, xtask,
};

/// Makes writing into `dir` fail. Returns a description of how, and whether the caller
/// must restore write permission afterwards.
fn block_writes(root: &Path, file: &Path) -> (&'static str, bool) {
    let dir = root.join(file.parent().unwrap());
    fs::set_permissions(&dir, fs::Permissions::from_mode(0o555)).unwrap();
    let probe = dir.join("probe");
    if fs::write(&probe, "").is_err() {
        return ("read-only directory", true);
    }
    // Running as root: permissions do not stop us. Put a directory where the file goes;
    // renaming a file over a directory fails for everyone.
    fs::remove_file(&probe).unwrap();
    fs::set_permissions(&dir, fs::Permissions::from_mode(0o755)).unwrap();
    let target = root.join(file);
    fs::remove_file(&target).unwrap();
    fs::create_dir(&target).unwrap();
    fs::write(target.join("keep"), "a directory in the way").unwrap();
    ("directory in the file's place", false)
}

#[test]
fn a_failing_second_crate_leaves_the_first_unchanged_and_no_temp_files() {
    let dir = scratch_workspace();
    let root = dir.path();
    make_all_stale(root);
    // The order of APIS: qonversion-v4 is written first, qonversion-analytics second.
    let first = generated_path("qonversion-v4");
    let second = generated_path("qonversion-analytics");
    let (how, restore) = block_writes(root, &second);
    let before = tree(root);

    let out = xtask(root, &["codegen"]);
    if restore {
        fs::set_permissions(
            root.join(second.parent().unwrap()),
            fs::Permissions::from_mode(0o755),
        )
        .unwrap();
    }
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{how}: {stderr}");
    assert!(
        stderr.contains(&format!("error: {}: cannot write", second.display())),
        "{how}: {stderr}"
    );
    assert!(
        // Every file of the first crate had been replaced, and was put back.
        stderr.contains(&format!(
            "the {} file(s) already replaced were restored; nothing was written",
            xtask::settings::GENERATED_FILES.len()
        )),
        "{how}: {stderr}"
    );
    assert_eq!(
        fs::read_to_string(root.join(&first)).unwrap(),
        "// stale qonversion-v4 src/generated.rs\n",
        "{how}: the first crate is unchanged"
    );
    // Every file and directory as before: nothing replaced, no temp file, no staging dir.
    assert_eq!(tree(root), before, "{how}");
}

#[test]
fn a_successful_run_replaces_every_stale_file_and_leaves_nothing_else() {
    let dir = scratch_workspace();
    let root = dir.path();
    let fresh = tree(root);
    make_all_stale(root);
    let out = xtask(root, &["codegen"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let written = format!("codegen: {} file(s) written", generated_file_count(root));
    assert!(String::from_utf8_lossy(&out.stderr).contains(&written));
    assert_eq!(tree(root), fresh);
}
