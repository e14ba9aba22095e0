//! Every spec change shows up here as a snapshot diff of the API surface: one line per
//! operation (Rust method, parameters, success and error types), then each type with its
//! fields. Accept an intended change with `cargo insta review`.
//!
//! The full generated code is not snapshotted: the committed `generated*.rs` files are that
//! snapshot already (`committed_code_is_fresh` below and `cargo xtask codegen --check` pin
//! them byte for byte), and a second copy of files of tens of thousands of lines is neither
//! read by a reviewer nor cheap to keep in step.

use xtask::codegen::{Output, render_all, unified_diff};

fn outputs() -> Vec<Output> {
    render_all(&xtask::workspace_root()).unwrap_or_else(|errors| {
        panic!("codegen failed:\n{}", errors.join("\n"));
    })
}

fn settings() -> insta::Settings {
    let mut s = insta::Settings::clone_current();
    // Found at run time, like the specs: a path compiled in could be another checkout's.
    s.set_snapshot_path(xtask::workspace_root().join("tests/snapshots"));
    s.set_prepend_module_to_snapshot(false);
    s.set_omit_expression(true);
    s
}

#[test]
fn api_surface() {
    let root = xtask::workspace_root();
    for out in outputs() {
        if !out.path.ends_with(xtask::settings::GENERATED_FILE) {
            continue;
        }
        let spec = xtask::spec::load(&root.join(out.api.spec), out.api.spec).expect("spec loads");
        let spec = xtask::normalise::apply(spec, out.api);
        let surface = xtask::surface::render(&spec, &out.generated.code).expect("parses");
        settings().bind(|| {
            insta::assert_snapshot!(format!("{}.surface", out.api.name), surface);
        });
    }
}

/// The committed `generated.rs` files are what the specs produce now.
#[test]
fn committed_code_is_fresh() {
    let root = xtask::workspace_root();
    let mut stale = String::new();
    for out in outputs() {
        let committed = std::fs::read_to_string(root.join(&out.path)).unwrap_or_default();
        if committed != out.generated.code {
            stale.push_str(&unified_diff(&out.path, &committed, &out.generated.code));
        }
    }
    assert!(
        stale.is_empty(),
        "generated files are stale; run `cargo xtask codegen`:\n{stale}"
    );
}
