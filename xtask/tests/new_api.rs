//! Adding an API is its spec plus one settings row: `new-api` writes the row, `codegen`
//! creates the crate around the generated code, and the crate builds and talks to a
//! loopback server. Runs on a scratch copy of the workspace, built in this workspace's
//! target directory so that no dependency is rebuilt.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use xtask::settings::{ApiSettings, NO_HOOKS};

/// The row `new-api` writes, as the compiled table would hold it after a rebuild.
static PETSTORE: [ApiSettings; 1] = [ApiSettings {
    name: "petstore",
    spec: "specs/petstore.yaml",
    crate_dir: "crates/petstore",
    replacements: &[],
    hooks: NO_HOOKS,
}];

fn copy_tree(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name();
        if name == "target" || name == ".git" {
            continue;
        }
        let (src, dst) = (entry.path(), to.join(&name));
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&src, &dst);
        } else {
            fs::copy(&src, &dst).unwrap();
        }
    }
}

/// Every file under `root` (relative path -> content), but build output.
fn tree(root: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<PathBuf, Vec<u8>>) {
        for entry in fs::read_dir(dir).unwrap() {
            let entry = entry.unwrap();
            if entry.file_name() == "target" || entry.file_name() == ".git" {
                continue;
            }
            let path = entry.path();
            if entry.file_type().unwrap().is_dir() {
                walk(root, &path, out);
            } else {
                let rel = path.strip_prefix(root).unwrap().to_path_buf();
                out.insert(rel, fs::read(&path).unwrap());
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(root, root, &mut out);
    out
}

const WIRE_TEST: &str = r#"
use futures::TryStreamExt;
use serde_json::json;
use wiremock::matchers::{header, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn client(server: &MockServer) -> petstore::Client {
    petstore::Client::with_options(
        "sk_pets",
        petstore::ClientOptions::new()
            .base_url(format!("{}/v1", server.uri()))
            .retry_policy(petstore::RetryPolicy::none()),
    )
    .unwrap()
}

#[tokio::test]
async fn a_call_and_a_stream_against_a_loopback_server() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/pets/p1"))
        .and(header("authorization", "Bearer sk_pets"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"id": "p1", "name": "Rex"})))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v1/pets"))
        .and(query_param("after", "p1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"items": [{"id": "p2", "name": "Tom"}], "next_page": null})))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v1/pets"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"items": [{"id": "p1", "name": "Rex"}], "next_page": "/v1/pets?after=p1"})))
        .with_priority(10)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v1/pets/nope"))
        .respond_with(ResponseTemplate::new(404).set_body_json(json!({"message": "no such pet"})))
        .mount(&server)
        .await;

    let client = client(&server);
    let pet = client.get_pet().pet_id("p1").send().await.unwrap();
    assert_eq!(pet.name, "Rex");
    let err = client.get_pet().pet_id("nope").send().await.unwrap_err();
    assert_eq!(err.api_error().unwrap().message, "no such pet");
    let stream = client.stream_pets();
    let names: Vec<String> = tokio::spawn(async move { stream.try_collect::<Vec<_>>().await })
        .await
        .unwrap()
        .unwrap()
        .into_iter()
        .map(|p| p.name)
        .collect();
    assert_eq!(names, ["Rex", "Tom"]);
    assert!(!format!("{client:?}").contains("sk_pets"));
}
"#;

#[test]
fn a_fifth_api_is_a_spec_and_one_row() {
    let source = xtask::workspace_root();
    let scratch = tempfile::tempdir().unwrap();
    let root = scratch.path();
    // This test takes about a minute (it builds a new crate): say what it is doing.
    eprintln!("new_api: copying the workspace to {}", root.display());
    copy_tree(&source, root);
    let before = tree(root);

    // By hand: the spec.
    // Found at run time, like everything else the tests read: never a compiled-in path.
    let spec = xtask::workspace_root().join("xtask/tests/fixtures/petstore.yaml");
    fs::copy(&spec, root.join("specs/petstore.yaml")).unwrap();
    // One command: the row.
    assert_eq!(
        xtask::scaffold::new_api(root, "petstore", "specs/petstore.yaml"),
        0
    );
    let settings = fs::read_to_string(root.join("xtask/src/settings.rs")).unwrap();
    assert!(settings.contains("name: \"petstore\""), "{settings}");
    assert_ne!(
        xtask::scaffold::new_api(root, "petstore", "specs/petstore.yaml"),
        0
    );
    // Then codegen (with the row as the rebuilt xtask would hold it).
    eprintln!("new_api: cargo xtask new-api petstore done; generating crates/petstore");
    assert_eq!(xtask::codegen::run_apis(root, &PETSTORE, false), 0);
    assert_eq!(
        xtask::codegen::run_apis(root, &PETSTORE, true),
        0,
        "a second run has nothing to do"
    );

    let after = tree(root);
    let changed: Vec<String> = after
        .iter()
        .filter(|(p, c)| before.get(*p) != Some(c))
        .map(|(p, _)| p.display().to_string())
        .collect();
    assert_eq!(
        changed,
        [
            "Cargo.toml",
            "crates/petstore/Cargo.toml",
            "crates/petstore/README.md",
            "crates/petstore/src/generated.rs",
            "crates/petstore/src/generated_client.rs",
            "crates/petstore/src/generated_mock.rs",
            "crates/petstore/src/lib.rs",
            "crates/petstore/tests/generated_wire.rs",
            "specs/petstore.yaml",
            "xtask/src/settings.rs",
        ]
    );
    assert!(
        before.keys().all(|p| after.contains_key(p)),
        "nothing removed"
    );

    // The new crate builds, its README compiles, and it talks to a loopback server.
    let tests = root.join("crates/petstore/tests");
    fs::create_dir_all(&tests).unwrap();
    fs::write(tests.join("wire.rs"), WIRE_TEST).unwrap();
    let manifest = root.join("crates/petstore/Cargo.toml");
    let text = fs::read_to_string(&manifest).unwrap();
    // The wire test's own needs (the scaffold gives tokio, wiremock, serde_json).
    fs::write(
        &manifest,
        text.replace(
            "[dev-dependencies]\n",
            "[dev-dependencies]\nfutures.workspace = true\n",
        ),
    )
    .unwrap();
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| source.join("target"));
    eprintln!(
        "new_api: cargo test -p petstore --features mock (builds the new crate; about a minute)"
    );
    let started = std::time::Instant::now();
    let output = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args(["test", "--offline", "-p", "petstore", "--features", "mock"])
        .current_dir(root)
        .env("CARGO_TARGET_DIR", &target)
        .output()
        .expect("cargo runs");
    let log = String::from_utf8_lossy(&output.stdout).to_string()
        + &String::from_utf8_lossy(&output.stderr);
    eprintln!(
        "new_api: cargo test -p petstore finished in {:.0} s",
        started.elapsed().as_secs_f64()
    );
    assert!(
        output.status.success(),
        "cargo test -p petstore failed:\n{log}"
    );
    assert!(
        log.contains("a_call_and_a_stream_against_a_loopback_server ... ok"),
        "{log}"
    );
}
