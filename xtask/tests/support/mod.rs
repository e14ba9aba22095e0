//! Scratch workspaces for the xtask's integration tests: a minimal copy of what codegen
//! reads and writes (root manifest, specs, crate manifests, generated files), a hash of
//! every file and directory in it, and the built `xtask` binary run inside it.

#![allow(dead_code)] // Each test file uses part of this.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

use xtask::settings::{APIS, GENERATED_FILE, GENERATED_FILES, GENERATED_WEBHOOKS_FILE};

/// A scratch copy of the workspace, enough for `cargo xtask codegen` to run in.
pub fn scratch_workspace() -> tempfile::TempDir {
    let root = xtask::workspace_root();
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("Cargo.toml"),
        "[workspace]\nresolver = \"3\"\nmembers = []\n",
    )
    .unwrap();
    for api in APIS {
        let spec = dir.path().join(api.spec);
        fs::create_dir_all(spec.parent().unwrap()).unwrap();
        fs::copy(root.join(api.spec), &spec).unwrap();
        let krate = dir.path().join(api.crate_dir);
        fs::create_dir_all(krate.join("src")).unwrap();
        fs::copy(
            root.join(api.crate_dir).join("Cargo.toml"),
            krate.join("Cargo.toml"),
        )
        .unwrap();
        for file in generated_files(&root, api) {
            let to = krate.join(file);
            fs::create_dir_all(to.parent().unwrap()).unwrap();
            fs::copy(root.join(api.crate_dir).join(file), to).unwrap();
        }
    }
    dir
}

/// The generated files of `api` under `root`: every crate's, and the webhooks module where
/// the crate has one (its spec has `x-webhooks`).
pub fn generated_files(root: &Path, api: &xtask::settings::ApiSettings) -> Vec<&'static str> {
    let mut files = GENERATED_FILES.to_vec();
    if root
        .join(api.crate_dir)
        .join(GENERATED_WEBHOOKS_FILE)
        .exists()
    {
        files.push(GENERATED_WEBHOOKS_FILE);
    }
    files
}

/// How many files codegen writes in the workspace `root`.
pub fn generated_file_count(root: &Path) -> usize {
    APIS.iter()
        .map(|api| generated_files(root, api).len())
        .sum()
}

/// Every file (by its SHA-256) and every directory under `root`, by relative path.
pub fn tree(root: &Path) -> BTreeMap<PathBuf, String> {
    let mut out = BTreeMap::new();
    walk(root, root, &mut out);
    out
}

fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<PathBuf, String>) {
    let mut entries: Vec<_> = fs::read_dir(dir).unwrap().map(|e| e.unwrap()).collect();
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let path = e.path();
        let rel = path.strip_prefix(root).unwrap().to_path_buf();
        let kind = e.file_type().unwrap();
        if kind.is_dir() {
            out.insert(rel, "directory".into());
            walk(root, &path, out);
        } else {
            let bytes = fs::read(&path).unwrap();
            out.insert(rel, xtask::spec::sha256_hex(&bytes));
        }
    }
}

/// Runs the built `xtask` binary with `args`, its current directory `cwd`.
pub fn xtask(cwd: &Path, args: &[&str]) -> Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(args)
        .current_dir(cwd)
        // The binary must not need these to find its workspace; point them elsewhere.
        .env("CARGO_MANIFEST_DIR", xtask::workspace_root().join("xtask"))
        .output()
        .unwrap()
}

/// The generated file of the API called `name`, relative to the workspace root.
pub fn generated_path(name: &str) -> PathBuf {
    let api = APIS.iter().find(|a| a.name == name).unwrap();
    Path::new(api.crate_dir).join(GENERATED_FILE)
}

/// Makes every generated file stale, so that a run writes all of them.
pub fn make_all_stale(root: &Path) {
    for api in APIS {
        for file in generated_files(root, api) {
            let path = root.join(api.crate_dir).join(file);
            let stale = if file == xtask::settings::README_FILE {
                // Only the generated section is the generator's: make that stale.
                let text = fs::read_to_string(&path).unwrap();
                let start = text.find(xtask::readme::START).unwrap();
                let end = text.find(xtask::readme::END).unwrap();
                format!(
                    "{}{}\nstale\n{}",
                    &text[..start],
                    xtask::readme::START,
                    &text[end..]
                )
            } else {
                format!("// stale {} {file}\n", api.name)
            };
            fs::write(path, stale).unwrap();
        }
    }
}
