//! Shared by the wire tests: a loopback server, a client pointed at it, and request checks.
//! The generic helpers come from `wire-test-support`.

#![allow(dead_code)]

use billing_v2::{Client, ClientOptions, RetryPolicy};
use wiremock::{MockServer, ResponseTemplate};

pub use wire_test_support::*;

pub const KEY: &str = "sk_wire_test_secret_0123456789";
pub const PROJECT: &str = "proj1ab2c3d4";
pub const CUSTOMER: &str = "19b8de26-77c1-49f1-aa18-019a391603e2";
/// Every header a request may carry.
pub const ALLOWED_HEADERS: &[&str] = &[
    "authorization",
    "accept",
    "user-agent",
    "host",
    "content-type",
    "content-length",
    "accept-encoding",
    // Sent on the writes whose spec declares it: a fresh key unless the caller gives one.
    "idempotency-key",
];

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
    mount(
        server,
        verb,
        p,
        ResponseTemplate::new(status).set_body_json(body),
    )
    .await;
}

/// The request carries the bearer key and nothing the API does not define.
pub fn assert_headers(request: &wiremock::Request, has_body: bool) {
    assert_eq!(
        header(request, "authorization"),
        Some(format!("Bearer {KEY}").as_str())
    );
    assert_only_headers(request, ALLOWED_HEADERS);
    assert_eq!(
        request.headers.get("content-type").is_some(),
        has_body,
        "content-type present iff a body is sent"
    );
}
