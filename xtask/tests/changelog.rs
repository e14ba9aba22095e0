//! `cargo xtask changelog` end to end: a spec committed in a temporary git repository, changed
//! in the working tree, read back with `git show`.

use std::path::Path;
use std::process::Command;

use xtask::diff::changelog::{Target, changelog};

fn git(dir: &Path, args: &[&str]) {
    let status = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(["-c", "user.name=t", "-c", "user.email=t@example.com"])
        .args(args)
        .status()
        .expect("git runs");
    assert!(status.success(), "git {args:?}");
}

const BEFORE: &str = "\
openapi: 3.0.3
info: {title: demo, version: '1'}
servers:
  - url: https://api.example.com/v1
paths:
  /widgets/{id}:
    get:
      operationId: getWidget
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Widget'}
components:
  schemas:
    Widget:
      type: object
      required: [id]
      properties:
        id: {type: string}
        size: {type: integer}
        color: {type: string, enum: [red, green]}
";

fn targets() -> Vec<Target> {
    vec![
        Target {
            name: "demo".into(),
            spec: "specs/demo.yaml".into(),
            crate_dir: "crates/demo".into(),
        },
        Target {
            name: "fresh".into(),
            spec: "specs/fresh.yaml".into(),
            crate_dir: "crates/fresh".into(),
        },
    ]
}

#[test]
fn working_tree_against_head() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::create_dir_all(root.join("specs")).unwrap();
    std::fs::create_dir_all(root.join("crates/demo")).unwrap();
    std::fs::write(root.join("specs/demo.yaml"), BEFORE).unwrap();
    std::fs::write(
        root.join("crates/demo/Cargo.toml"),
        "[package]\nname = \"demo\"\nversion = \"0.3.1\"\n",
    )
    .unwrap();
    git(root, &["init", "-q"]);
    git(root, &["add", "."]);
    git(root, &["commit", "-qm", "demo"]);

    // Unchanged: no API change for either crate.
    let text = changelog(root, "HEAD", &targets()).unwrap();
    assert!(text.contains("## demo 0.3.1: no API change\n"), "{text}");

    // A new enum value and an optional field (not breaking), a field retyped (breaking), and a
    // new API that did not exist at HEAD.
    let now = BEFORE
        .replace("enum: [red, green]", "enum: [red, green, blue]")
        .replace(
            "size: {type: integer}",
            "size: {type: number}\n        label: {type: string}",
        );
    std::fs::write(root.join("specs/demo.yaml"), now).unwrap();
    std::fs::write(
        root.join("specs/fresh.yaml"),
        "openapi: 3.0.3\ninfo: {title: f, version: '1'}\npaths:\n  /ping:\n    get:\n      operationId: ping\n      responses:\n        '204': {description: ok}\n",
    )
    .unwrap();
    let text = changelog(root, "HEAD", &targets()).unwrap();
    let expected = "\
# API changelog: HEAD -> working tree

## demo 0.3.1 -> 0.4.0 (minor: breaking changes)

Breaking:
- schema `Widget`: `size`: type integer -> number

Not breaking:
- schema `Widget`: `color`: enum value `blue` added
- schema `Widget`: field `label` added (optional)

## fresh 0.0.0 -> 0.0.1 (patch: nothing breaking)

Not breaking:
- GET /ping (ping): operation added
";
    assert_eq!(text, expected);

    let err = changelog(root, "no-such-ref", &targets()).unwrap_err();
    assert!(err.contains("`no-such-ref` is not a revision"), "{err}");
}
