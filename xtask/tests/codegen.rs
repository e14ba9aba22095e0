//! `cargo xtask codegen` on a copy of the workspace: bad input gets a clear error and
//! loses nothing; `--check` reports stale files with a diff.

use std::fs;
use std::path::{Path, PathBuf};

mod support;

use support::scratch_workspace;
use xtask::settings::{APIS, GENERATED_FILE};

fn generated_files(root: &Path) -> Vec<(PathBuf, String)> {
    APIS.iter()
        .map(|api| {
            let p = root.join(api.crate_dir).join(GENERATED_FILE);
            let text = fs::read_to_string(&p).unwrap();
            (p, text)
        })
        .collect()
}

/// `cargo xtask codegen [--check]` on `root`, in process; returns the exit code.
fn codegen(root: &Path, check: bool) -> i32 {
    xtask::codegen::run(root, check)
}

#[test]
fn a_clean_copy_is_up_to_date_and_regenerates_identically() {
    let dir = scratch_workspace();
    let before = generated_files(dir.path());
    assert_eq!(codegen(dir.path(), true), 0);
    assert_eq!(codegen(dir.path(), false), 0);
    assert_eq!(
        generated_files(dir.path()),
        before,
        "codegen is deterministic"
    );
}

#[test]
fn a_yaml_error_fails_everything_and_writes_nothing() {
    let dir = scratch_workspace();
    // Make billing stale too, so a partial run would show as a write.
    let billing = dir.path().join("crates/billing-v2").join(GENERATED_FILE);
    fs::write(&billing, "stale").unwrap();
    let flex = dir.path().join("specs/flexprice.yaml");
    let text = fs::read_to_string(&flex).unwrap();
    fs::write(&flex, text.replacen("paths:", "paths: [unclosed\n", 1)).unwrap();
    let before = generated_files(dir.path());
    assert_eq!(codegen(dir.path(), false), 1);
    assert_eq!(generated_files(dir.path()), before);
    assert_eq!(fs::read_to_string(&billing).unwrap(), "stale");
}

#[test]
fn errors_name_the_file_and_the_place() {
    let text = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a: [1, 2\n";
    let err = xtask::spec::parse(text, "specs/broken.yaml").err().unwrap();
    let line = err.line.expect("the line of the error");
    assert!(
        err.to_string().starts_with(&format!(
            "specs/broken.yaml:{line}: YAML error at line {line}, "
        )),
        "{err}"
    );
}

#[test]
fn a_generator_panic_is_caught_and_names_the_operation() {
    let dir = scratch_workspace();
    // Two success responses with different schemas: progenitor asserts on that.
    let flex = dir.path().join("specs/flexprice.yaml");
    let text = fs::read_to_string(&flex).unwrap();
    let broken = text.replacen(
        "      responses:\n",
        "      responses:\n        '202':\n          description: accepted\n          content:\n            application/json:\n              schema:\n                $ref: '#/components/schemas/ErrorResponse'\n",
        1,
    );
    assert_ne!(broken, text, "the fixture edit applied");
    fs::write(&flex, broken).unwrap();
    let api = APIS.iter().find(|a| a.name == "flexprice").unwrap();
    // As codegen loads it: validated, then normalised for progenitor.
    let spec = xtask::normalise::apply(xtask::spec::load(&flex, api.spec).unwrap(), api);
    let err = xtask::generate::generate(api, &spec)
        .err()
        .expect("generation fails");
    assert!(err.contains("progenitor panicked"), "{err}");
    // The first operation of the spec is the one the edit broke, and the only one named.
    assert!(err.contains("POST /addons (createAddon)"), "{err}");
    assert_eq!(err.matches("\n  specs/flexprice.yaml:").count(), 1, "{err}");
    let before = generated_files(dir.path());
    assert_eq!(codegen(dir.path(), false), 1);
    assert_eq!(generated_files(dir.path()), before);
}

#[test]
fn check_fails_on_a_stale_file_and_writes_nothing() {
    let dir = scratch_workspace();
    let file = dir.path().join("crates/flexprice").join(GENERATED_FILE);
    let fresh = fs::read_to_string(&file).unwrap();
    fs::write(&file, fresh.replacen("pub struct", "pub  struct", 1)).unwrap();
    assert_eq!(codegen(dir.path(), true), 1);
    assert_ne!(fs::read_to_string(&file).unwrap(), fresh);
    // What `--check` prints for it: a unified diff naming the file.
    let diff = xtask::codegen::unified_diff(
        Path::new("crates/flexprice/src/generated.rs"),
        &fs::read_to_string(&file).unwrap(),
        &fresh,
    );
    assert!(diff.starts_with(
        "--- a/crates/flexprice/src/generated.rs\n+++ b/crates/flexprice/src/generated.rs\n"
    ));
    assert!(
        diff.lines()
            .any(|l| l.starts_with('-') && l.contains("pub  struct")),
        "{diff}"
    );
    assert!(
        diff.lines()
            .any(|l| l.starts_with('+') && l.contains("pub struct")),
        "{diff}"
    );
}

#[test]
fn a_spec_losing_its_webhooks_is_refused_while_the_crate_includes_them() {
    let dir = scratch_workspace();
    let lib = "crates/billing-v2/src/lib.rs";
    fs::copy(xtask::workspace_root().join(lib), dir.path().join(lib)).unwrap();
    let spec = dir.path().join("specs/billing-v2.yaml");
    let text = fs::read_to_string(&spec).unwrap();
    let at = text
        .find("\nx-webhooks:")
        .expect("billing-v2 declares webhooks");
    fs::write(&spec, &text[..=at]).unwrap();
    let before = support::tree(dir.path());
    let errors = match xtask::codegen::render_all(dir.path()) {
        Err(errors) => errors,
        Ok(_) => panic!("codegen accepted a spec whose crate includes webhooks it lost"),
    };
    assert!(
        errors.iter().any(|e| e.starts_with("specs/billing-v2.yaml: the spec declares no `x-webhooks`, but crates/billing-v2/src/lib.rs includes")),
        "{errors:?}"
    );
    assert_eq!(codegen(dir.path(), false), 1);
    assert_eq!(support::tree(dir.path()), before, "nothing written");
}

#[test]
fn a_type_the_hand_written_code_names_must_still_be_generated() {
    let dir = scratch_workspace();
    // The crate's real hand-written error helpers: the spec still generates what they name.
    let error = "crates/flexprice/src/error.rs";
    fs::copy(xtask::workspace_root().join(error), dir.path().join(error)).unwrap();
    assert_eq!(codegen(dir.path(), true), 0);
    // A schema those helpers need, renamed in the spec: refused, naming file and type.
    let spec = dir.path().join("specs/flexprice.yaml");
    let text = fs::read_to_string(&spec).unwrap();
    fs::write(
        &spec,
        text.replace(
            "#/components/schemas/ErrorResponse'",
            "#/components/schemas/ApiErrorResponse'",
        )
        .replace("\n    ErrorResponse:\n", "\n    ApiErrorResponse:\n"),
    )
    .unwrap();
    let before = support::tree(dir.path());
    let errors = match xtask::codegen::render_all(dir.path()) {
        Err(errors) => errors,
        Ok(_) => panic!("codegen accepted a spec that drops a type error.rs uses"),
    };
    assert!(
        errors.iter().any(|e| e.contains(
            "crates/flexprice/src/error.rs uses `crate::types::ErrorResponse`"
        )),
        "{errors:?}"
    );
    assert_eq!(codegen(dir.path(), false), 1);
    assert_eq!(support::tree(dir.path()), before, "nothing written");
}
