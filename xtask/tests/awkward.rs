//! Valid but awkward specs (`tests/awkward/*.yaml`), one per shape the vendors' whole specs
//! show (constrained path parameters, a path and a query parameter of one name, a query
//! parameter named `-`, security named per operation only, servers without descriptions,
//! dotted schema names, binary responses, several servers): each goes through
//! `codegen` into a crate of its own in a scratch copy of the workspace, and every crate
//! builds, so that "codegen succeeded but the crate does not build" cannot come back.
//! The renamed parameters, and the operation marked `security: []` (no key sent), are
//! checked on the wire against a loopback server.
//!
//! Slow (it builds seven crates, in this workspace's target directory so that no
//! dependency is rebuilt): it prints what it is doing.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use xtask::settings::{ApiSettings, NO_HOOKS};

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

/// The wire test of `shared-parameter-names`: the Rust names differ, the wire names are
/// the spec's.
const WIRE_TEST: &str = r#"
use serde_json::json;
use wiremock::matchers::{header, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

use awkward_shared_parameter_names as api;

fn client(server: &MockServer) -> api::Client {
    api::Client::with_options(
        "key1",
        api::ClientOptions::new()
            .base_url(format!("{}/v1", server.uri()))
            .retry_policy(api::RetryPolicy::none()),
    )
    .unwrap()
}

#[tokio::test]
async fn renamed_parameters_keep_their_wire_names() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/wallets/w1/transactions"))
        .and(query_param("id", "t9"))
        .and(query_param("-", "5"))
        .and(header("x-api-key", "key1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"items": [{"id": "t9"}]})))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v1/wallets/w1"))
        .and(header("id", "h7"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"id": "w1"})))
        .mount(&server)
        .await;

    let client = client(&server);
    let page = client
        .list_wallet_transactions()
        .id("w1")
        .query_id("t9")
        .x(5)
        .send()
        .await
        .unwrap();
    assert_eq!(page.items[0].id, "t9");
    let wallet = client.get_wallet().id("w1").header_id("h7").send().await.unwrap();
    assert_eq!(wallet.id, "w1");

    // Exactly the spec's names went out, and none of the Rust ones.
    let requests = server.received_requests().await.unwrap();
    let mut pairs: Vec<(String, String)> = requests[0]
        .url
        .query_pairs()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    pairs.sort();
    assert_eq!(
        pairs,
        [("-".to_string(), "5".to_string()), ("id".to_string(), "t9".to_string())]
    );
    assert!(requests[1].headers.get("header_id").is_none());
    assert_eq!(requests[1].headers.get("id").unwrap(), "h7");
}
"#;

/// The wire test of `per-operation-security`: the key goes with every operation but the one
/// marked `security: []`.
const SECURITY_TEST: &str = r#"
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use awkward_per_operation_security as api;

#[tokio::test]
async fn an_operation_without_security_sends_no_key() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/health"))
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/customers/c1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({"id": "c1"})))
        .mount(&server)
        .await;
    let client = api::Client::with_options(
        "key1",
        api::ClientOptions::new()
            .base_url(server.uri())
            .retry_policy(api::RetryPolicy::none()),
    )
    .unwrap();
    client.health().send().await.unwrap();
    let customer = client.get_customer().id("c1").send().await.unwrap();
    assert_eq!(customer.id.as_deref(), Some("c1"));

    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests[0].url.path(), "/health");
    assert!(requests[0].headers.get("x-api-key").is_none());
    assert_eq!(requests[1].headers.get("x-api-key").unwrap(), "key1");
}
"#;

#[test]
fn awkward_specs_generate_crates_that_build() {
    let source = xtask::workspace_root();
    let corpus = source.join("xtask/tests/awkward");
    let scratch = tempfile::tempdir().unwrap();
    let root = scratch.path();
    eprintln!("awkward: copying the workspace to {}", root.display());
    copy_tree(&source, root);

    let mut stems: Vec<String> = fs::read_dir(&corpus)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    stems.sort();
    assert!(stems.len() >= 7, "one spec per shape: {stems:?}");
    let mut rows = Vec::new();
    for stem in &stems {
        let name: &'static str = Box::leak(format!("awkward-{stem}").into_boxed_str());
        let spec: &'static str = Box::leak(format!("specs/{name}.yaml").into_boxed_str());
        let crate_dir: &'static str = Box::leak(format!("crates/{name}").into_boxed_str());
        fs::copy(corpus.join(format!("{stem}.yaml")), root.join(spec)).unwrap();
        rows.push(ApiSettings {
            name,
            spec,
            crate_dir,
            replacements: &[],
            hooks: NO_HOOKS,
        });
    }
    let rows: &'static [ApiSettings] = Box::leak(rows.into_boxed_slice());
    eprintln!("awkward: codegen of {} specs", rows.len());
    assert_eq!(xtask::codegen::run_apis(root, rows, false), 0, "codegen");

    let tests = root.join("crates/awkward-shared-parameter-names/tests");
    fs::create_dir_all(&tests).unwrap();
    fs::write(tests.join("wire.rs"), WIRE_TEST).unwrap();
    let tests = root.join("crates/awkward-per-operation-security/tests");
    fs::create_dir_all(&tests).unwrap();
    fs::write(tests.join("wire.rs"), SECURITY_TEST).unwrap();

    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| source.join("target"));
    let mut args = vec!["test", "--offline", "--tests"];
    for row in rows {
        args.extend(["-p", row.name]);
    }
    eprintln!(
        "awkward: cargo {} (builds {} crates)",
        args.join(" "),
        rows.len()
    );
    let output = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args(&args)
        .current_dir(root)
        .env("CARGO_TARGET_DIR", &target)
        .output()
        .expect("cargo runs");
    let log = String::from_utf8_lossy(&output.stdout).to_string()
        + &String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "the awkward crates failed:\n{log}");
    for test in [
        "renamed_parameters_keep_their_wire_names ... ok",
        "an_operation_without_security_sends_no_key ... ok",
    ] {
        assert!(log.contains(test), "{log}");
    }
    eprintln!(
        "awkward: every crate builds; the wire names are the spec's; `security: []` sends no key"
    );
}
