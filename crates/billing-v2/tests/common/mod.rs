//! Shared by the wire tests: a loopback server, a client pointed at it, and request checks.

#![allow(dead_code)]

use billing_v2::{Client, ClientOptions, RetryPolicy};
use wiremock::MockServer;
use wiremock::matchers::{method, path};
use wiremock::{Mock, ResponseTemplate};

pub const KEY: &str = "sk_wire_test_secret_0123456789";
pub const PROJECT: &str = "proj1ab2c3d4";
pub const CUSTOMER: &str = "19b8de26-77c1-49f1-aa18-019a391603e2";

pub fn client(server: &MockServer) -> Client {
    client_with(server, RetryPolicy::none())
}

pub fn client_with(server: &MockServer, retry: RetryPolicy) -> Client {
    Client::with_options(
        KEY,
        ClientOptions::new()
            .base_url(format!("{}/v2", server.uri()))
            .retry_policy(retry),
    )
    .expect("client builds")
}

/// Answers `verb path` with `status` and a JSON body.
pub async fn answer(
    server: &MockServer,
    verb: &str,
    p: &str,
    status: u16,
    body: serde_json::Value,
) {
    Mock::given(method(verb))
        .and(path(p))
        .respond_with(ResponseTemplate::new(status).set_body_json(body))
        .mount(server)
        .await;
}

/// The only request the server received.
pub async fn only_request(server: &MockServer) -> wiremock::Request {
    let mut requests = server.received_requests().await.expect("recording is on");
    assert_eq!(requests.len(), 1, "expected exactly one request");
    requests.remove(0)
}

/// The request carries the bearer key and nothing the API does not define.
pub fn assert_headers(request: &wiremock::Request, has_body: bool) {
    assert_eq!(
        request
            .headers
            .get("authorization")
            .map(|v| v.to_str().unwrap()),
        Some(format!("Bearer {KEY}").as_str())
    );
    let allowed = [
        "authorization",
        "accept",
        "user-agent",
        "host",
        "content-type",
        "content-length",
        "accept-encoding",
    ];
    for name in request.headers.keys() {
        assert!(allowed.contains(&name.as_str()), "stray header `{name}`");
    }
    assert_eq!(
        request.headers.get("content-type").is_some(),
        has_body,
        "content-type present iff a body is sent"
    );
}

pub fn body_json(request: &wiremock::Request) -> serde_json::Value {
    serde_json::from_slice(&request.body).expect("request body is JSON")
}
