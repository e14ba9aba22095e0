//! Two clones of the workspace, one xtask binary (as with a target directory shared by
//! both): run in either clone, it reads and writes that clone only. The binary finds its
//! workspace from its current directory, never from the path it was compiled in.

mod support;

use std::fs;

use support::{generated_path, make_all_stale, scratch_workspace, tree, xtask};

#[test]
fn each_clone_writes_only_its_own_tree() {
    let a = scratch_workspace();
    let b = scratch_workspace();
    let fresh = tree(a.path());
    make_all_stale(a.path());
    make_all_stale(b.path());
    // Tell the clones apart even where their files are equal.
    fs::write(a.path().join("specs/README.md"), "clone A").unwrap();
    fs::write(b.path().join("specs/README.md"), "clone B").unwrap();
    let a_stale = tree(a.path());
    let b_stale = tree(b.path());
    // The real checkout, where this binary was compiled: it must not be touched either.
    let home = xtask::workspace_root();
    let home_file = home.join(generated_path("flexprice"));
    let home_before = fs::read(&home_file).unwrap();

    // In B, from a crate's directory: cargo runs `cargo xtask` wherever the user stands.
    let out = xtask(&b.path().join("crates/flexprice"), &["codegen"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(tree(a.path()), a_stale, "running in B left A alone");
    let mut b_expected = fresh.clone();
    b_expected.insert(
        "specs/README.md".into(),
        tree(b.path())[std::path::Path::new("specs/README.md")].clone(),
    );
    assert_eq!(tree(b.path()), b_expected, "B was regenerated");
    assert_ne!(tree(b.path()), b_stale);

    let b_now = tree(b.path());
    let out = xtask(a.path(), &["codegen"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(tree(b.path()), b_now, "running in A left B alone");
    let mut a_expected = fresh;
    a_expected.insert(
        "specs/README.md".into(),
        tree(a.path())[std::path::Path::new("specs/README.md")].clone(),
    );
    assert_eq!(tree(a.path()), a_expected, "A was regenerated");

    assert_eq!(fs::read(&home_file).unwrap(), home_before);
}

#[test]
fn outside_any_workspace_the_binary_says_so_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = xtask(dir.path(), &["codegen"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("not inside a Cargo workspace"), "{stderr}");
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0);
}
