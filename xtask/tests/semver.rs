//! Semver-safe types: user-style code written against a generated crate still compiles
//! after an optional field and an enum value are added to its spec, and the struct-literal
//! style that such a change would break is refused from the start.
//!
//! A small spec is generated (with every policy, exactly as `cargo xtask codegen` does) into
//! a crate of a scratch workspace, next to a crate of "user" code; `cargo check` compiles the
//! user code against the crate generated BEFORE and AFTER the spec change. The scratch
//! workspace shares this workspace's `Cargo.lock` and target directory, so the dependencies
//! are not built again.

use std::path::{Path, PathBuf};
use std::process::Command;

use xtask::settings::ApiSettings;

const BEFORE: &str = r##"openapi: 3.0.3
info:
  title: Probe
  version: "1.0"
servers:
  - url: https://probe.invalid/v1
security:
  - bearerAuth: []
paths:
  /widgets/{id}:
    get:
      operationId: getWidget
      parameters:
        - name: id
          in: path
          required: true
          schema:
            type: string
      responses:
        "200":
          description: The widget.
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/Widget"
        "400":
          description: An error.
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/Problem"
  /widgets:
    post:
      operationId: createWidget
      requestBody:
        required: true
        content:
          application/json:
            schema:
              $ref: "#/components/schemas/NewWidget"
      responses:
        "201":
          description: The new widget.
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/Widget"
        "400":
          description: An error.
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/Problem"
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
  schemas:
    Colour:
      type: string
      enum: [red, green]
    Meta:
      type: object
      properties:
        note:
          type: string
    Widget:
      type: object
      required: [id, colour]
      properties:
        id:
          type: string
        colour:
          $ref: "#/components/schemas/Colour"
        label:
          type: string
        meta:
          $ref: "#/components/schemas/Meta"
    NewWidget:
      type: object
      required: [name]
      properties:
        name:
          type: string
        colour:
          $ref: "#/components/schemas/Colour"
    Problem:
      type: object
      required: [message]
      properties:
        message:
          type: string
"##;

/// The same spec with an enum value and an optional field in every object added.
fn after() -> String {
    let changed = BEFORE
        .replace("enum: [red, green]", "enum: [red, green, blue]")
        .replace(
            "        note:\n          type: string\n",
            "        note:\n          type: string\n        rank:\n          type: integer\n",
        )
        .replace(
            "        meta:\n          $ref: \"#/components/schemas/Meta\"\n",
            "        meta:\n          $ref: \"#/components/schemas/Meta\"\n        weight:\n          type: number\n",
        )
        .replace(
            "        name:\n          type: string\n",
            "        name:\n          type: string\n        notes:\n          type: array\n          items:\n            type: string\n",
        );
    assert_eq!(
        changed.matches("rank:").count()
            + changed.matches("weight:").count()
            + changed.matches("notes:").count()
            + changed.matches("blue").count(),
        4,
        "every change applied"
    );
    changed
}

/// Code a user could reasonably write, following the crate README.
const USER_CODE: &str = r#"
use probe::types;

/// A fixture with the builder: optional fields default to absent.
pub fn fixture() -> types::Widget {
    types::Widget::builder()
        .id("w1")
        .colour(types::Colour::Red)
        .try_into()
        .expect("every required field is set")
}

/// A fixture from JSON.
pub fn from_json() -> types::Widget {
    serde_json::from_value(serde_json::json!({"id": "w1", "colour": "green"})).expect("decodes")
}

/// A type whose fields are all optional: `Default`, then assign.
pub fn meta() -> types::Meta {
    let mut meta = types::Meta::default();
    meta.note = Some("fragile".to_string());
    meta
}

pub fn new_widget() -> types::NewWidget {
    types::NewWidget::builder()
        .name("bolt")
        .colour(Some(types::Colour::Green))
        .try_into()
        .expect("every required field is set")
}

/// Request bodies through the operation's builder.
pub fn create(ops: &probe::Operations) -> probe::builder::CreateWidget<'_> {
    ops.create_widget()
        .body_map(|b| b.name("bolt").colour(Some(types::Colour::Green)))
}

pub fn create_with_builder(ops: &probe::Operations) -> probe::builder::CreateWidget<'_> {
    ops.create_widget().body(types::NewWidget::builder().name("bolt"))
}

/// Reading: fields, destructuring with `..`, a `match` with a `_` arm.
pub fn describe(widget: &types::Widget) -> String {
    let types::Widget { id, colour, .. } = widget;
    let colour = match colour {
        types::Colour::Red => "warm".to_string(),
        types::Colour::Green => "calm".to_string(),
        other => other.to_string(),
    };
    let note = widget.meta.as_ref().and_then(|m| m.note.clone());
    format!("{id}: {colour} {:?} {note:?}", widget.label)
}
"#;

/// The style the policy steers users away from: it breaks when a field is added.
const STRUCT_LITERAL: &str = r#"
use probe::types;

pub fn fixture() -> types::NewWidget {
    types::NewWidget {
        name: "bolt".to_string(),
        colour: None,
    }
}
"#;

const PROBE: ApiSettings = ApiSettings {
    name: "probe",
    spec: "specs/probe.yaml",
    crate_dir: "probe",
    replacements: &[],
    hooks: xtask::settings::NO_HOOKS,
};

fn write(path: &Path, content: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, content).unwrap();
}

/// This workspace's `[workspace.dependencies]`, with its path dependencies made absolute.
fn workspace_dependencies(root: &Path) -> String {
    let manifest = std::fs::read_to_string(root.join("Cargo.toml")).unwrap();
    let start = manifest
        .find("[workspace.dependencies]")
        .expect("the workspace declares its dependencies");
    let rest = &manifest[start..];
    let end = rest[1..].find("\n[").map_or(rest.len(), |i| i + 2);
    rest[..end].replace(
        "path = \"crates/",
        &format!("path = \"{}/crates/", root.display()),
    )
}

/// Generates `spec` into the probe crate of the scratch workspace at `dir`.
fn generate(dir: &Path, spec: &str) {
    let spec_path = dir.join(PROBE.spec);
    write(&spec_path, spec);
    let loaded = xtask::spec::load(&spec_path, PROBE.spec).expect("the probe spec loads");
    let generated = xtask::generate::generate(&PROBE, &loaded).expect("the probe spec generates");
    let deps: String = generated
        .needs
        .iter()
        .map(|dep| format!("{dep}.workspace = true\n"))
        .collect();
    write(
        &dir.join("probe/Cargo.toml"),
        &format!(
            "[package]\nname = \"probe\"\nversion = \"0.1.0\"\nedition = \"2024\"\npublish = false\n\n[dependencies]\n{deps}"
        ),
    );
    // The crate as `cargo xtask codegen` makes it: operations and types, then the facade.
    let file = generated.syntax.as_ref().expect("the syntax tree is kept");
    let ops = xtask::operations::build(&loaded.openapi, &loaded.wire_names, file)
        .expect("the probe's operations are found");
    let client = xtask::facade::render_file(&PROBE, &loaded, &generated, &ops)
        .expect("the probe facade generates");
    write(
        &dir.join("probe/src/lib.rs"),
        "#[rustfmt::skip]\nmod generated;\n#[rustfmt::skip]\nmod generated_client;\npub use generated_client::*;\n",
    );
    write(&dir.join("probe/src/generated.rs"), &generated.code);
    write(&dir.join("probe/src/generated_client.rs"), &client.code);
}

fn scratch_workspace(root: &Path) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    write(
        &dir.path().join("Cargo.toml"),
        &format!(
            "[workspace]\nresolver = \"3\"\nmembers = [\"probe\", \"user\"]\n\n{}",
            workspace_dependencies(root)
        ),
    );
    std::fs::copy(root.join("Cargo.lock"), dir.path().join("Cargo.lock")).unwrap();
    write(
        &dir.path().join("user/Cargo.toml"),
        "[package]\nname = \"user\"\nversion = \"0.1.0\"\nedition = \"2024\"\npublish = false\n\n\
         [dependencies]\nprobe = { path = \"../probe\" }\nserde_json.workspace = true\n",
    );
    dir
}

fn target_dir(root: &Path) -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target"))
}

/// `cargo check -p user` in the scratch workspace: (success, stderr).
fn check_user(dir: &Path, root: &Path, code: &str) -> (bool, String) {
    write(&dir.join("user/src/lib.rs"), code);
    // Each check builds crates for several seconds: say what is being built.
    eprintln!("semver: cargo check -p user (user code against the generated probe crate)");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = Command::new(cargo)
        .args(["check", "--offline", "--quiet", "-p", "user"])
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target_dir(root))
        .env_remove("RUSTFLAGS")
        .output()
        .expect("cargo runs");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn user_code_survives_an_optional_field_and_an_enum_value() {
    let root = xtask::workspace_root();
    let scratch = scratch_workspace(&root);
    let dir = scratch.path();

    eprintln!("semver: generating the probe crate from the spec before the change");
    generate(dir, BEFORE);
    let (ok, stderr) = check_user(dir, &root, USER_CODE);
    assert!(
        ok,
        "user code against the crate before the change:\n{stderr}"
    );

    let (ok, stderr) = check_user(dir, &root, STRUCT_LITERAL);
    assert!(!ok, "a struct literal must not compile outside the crate");
    assert!(
        stderr.contains("E0639"),
        "refused as a non-exhaustive struct expression:\n{stderr}"
    );

    let before = std::fs::read_to_string(dir.join("probe/src/generated.rs")).unwrap();
    eprintln!("semver: generating the probe crate from the spec after the change");
    generate(dir, &after());
    let changed = std::fs::read_to_string(dir.join("probe/src/generated.rs")).unwrap();
    for added in ["pub weight:", "pub rank:", "pub notes:", "Blue"] {
        assert!(
            !before.contains(added) && changed.contains(added),
            "{added}"
        );
    }
    let (ok, stderr) = check_user(dir, &root, USER_CODE);
    assert!(
        ok,
        "user code against the crate after the change:\n{stderr}"
    );
}
