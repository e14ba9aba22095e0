//! `Idempotency-Key` on the operations that document it: a key the caller gives is sent as
//! given, and without one each logical call gets a fresh key that its retries keep.

mod common;

use common::*;
use qonversion_v4::Client;
use qonversion_v4::types::{CreateUserRequest, UserEnvironment, builder};
use wiremock::MockServer;

const USER: &str = r#"{"object":"user","id":"QON_1","url":"/v4/users/QON_1","environment":"prod","identity_id":null,"created_at":"2026-04-20T12:00:00Z"}"#;

fn body() -> CreateUserRequest {
    builder::CreateUserRequest::default()
        .environment(UserEnvironment::Prod)
        .try_into()
        .expect("a complete body")
}

fn keys(requests: &[wiremock::Request]) -> Vec<Option<String>> {
    requests
        .iter()
        .map(|r| header(r, "idempotency-key").map(str::to_string))
        .collect()
}

#[tokio::test]
async fn a_key_given_by_the_caller_is_sent_as_given() {
    let server = MockServer::start().await;
    mount(&server, "POST", "/v4/users", json(201, USER)).await;
    let user = client(&server)
        .v4_create_user()
        .idempotency_key("order-42")
        .body(body())
        .send()
        .await
        .expect("created")
        .into_inner();
    assert_eq!(user.id, "QON_1");
    let sent = requests(&server).await;
    assert_eq!(keys(&sent), [Some("order-42".to_string())]);
    assert_eq!(
        body_json(&sent[0]),
        serde_json::json!({"environment": "prod"})
    );
}

#[tokio::test]
async fn each_call_gets_a_fresh_key_that_its_retries_keep() {
    let server = MockServer::start().await;
    mount_times(&server, "POST", "/v4/users", 1, json(503, "{}")).await;
    mount(&server, "POST", "/v4/users", json(201, USER)).await;
    let c = Client::with_options(KEY, options(&server).retry_policy(fast_retries()))
        .expect("client builds");

    c.v4_create_user()
        .body(body())
        .send()
        .await
        .expect("created after a retry");
    c.v4_create_user()
        .body(body())
        .send()
        .await
        .expect("created");

    let sent = keys(&requests(&server).await);
    assert_eq!(sent.len(), 3, "a retry, then a second call: {sent:?}");
    let first = sent[0].clone().expect("a generated key");
    assert!(!first.is_empty());
    assert_eq!(
        sent[1].as_deref(),
        Some(first.as_str()),
        "the retry keeps the key"
    );
    let second = sent[2].clone().expect("a generated key");
    assert_ne!(first, second, "a new logical call gets a new key");
}
